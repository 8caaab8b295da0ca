"""Attendance shapes taught by the retired eleventh blind set (alcohol and drug partnerships, NHS medicines
committees, a corporate parenting board), each on an invented example: the layout and the formulaic words are as
minutes print them, the bodies and names are made up."""
from .attendance_shapes import people


def test_a_heading_run_straight_on_into_a_titled_name():
    # a Word table's "Present" cell and the first member's cell exported as one paragraph, no separator left
    text = ("MINUTE of MEETING of the\nNORTHVALE AREA FORMULARY COMMITTEE\n"
            "PresentDr Alma Trent (Chairman)\n"
            "Mr Basil Orme\n"
            "Ms Cora Vance (by videolink)\n"
            "In AttendanceMrs Dale Huxley, Committee Administrator\n"
            "1 WELCOME AND APOLOGIES\n")
    assert people(text, "status") == {
        "Alma Trent": ("present",), "Basil Orme": ("present",), "Cora Vance": ("present",),
        "Dale Huxley": ("in_attendance",)}
    # read as the same rows with their separators
    separated = text.replace("PresentDr", "Present:\tDr").replace("AttendanceMrs", "Attendance:\tMrs")
    assert people(text) == people(separated)


def test_a_word_run_on_into_a_title_is_no_heading_unless_it_is_a_heading():
    assert people("Minutes\nPresentationDr Alma Trent spoke about the formulary.\n") == {}


def test_replacements_as_follows_then_sentences_of_who_joined_and_who_observed():
    # a ModernGov "Minutes:" paragraph: the substitutes under a lead-in line, then sentences naming people with
    # their bodies and how they were there
    text = ("Minutes:\n"
            "All were welcomed to the meeting and apologies were received from County Councillor Ann Kew and Bob Lyle.\n"
            "Replacements for this meeting were as follows:\n"
            "Dan Nutt for Ed Orr, Family Support Service, Eastshire County Council\n"
            "County Councillor Hal Sims, Eastshire County Council and Ivy Tate, NHS Eastshire and Westby Integrated "
            "Care Board joined the meeting via Teams.\n"
            "Jon Vane, NHS Eastshire Integrated Care Board observed the meeting.\n"
            "Notes of the Meeting\n")
    assert people(text, "status", "organisation", "substitute_for") == {
        "Ann Kew": ("apologies", None, None), "Bob Lyle": ("apologies", None, None),
        "Dan Nutt": ("substitute", "Eastshire County Council", "Ed Orr"),
        "Hal Sims": ("present", "Eastshire County Council", None),
        "Ivy Tate": ("present", "NHS Eastshire and Westby Integrated Care Board", None),
        "Jon Vane": ("in_attendance", "NHS Eastshire Integrated Care Board", None)}


def test_a_sentence_of_what_was_discussed_at_the_meeting_names_no_one():
    text = "Minutes:\nThe report, which set out the budget, was discussed after Jon Vane joined the meeting.\n"
    assert people(text) == {}


def test_a_body_written_once_after_each_semicolon_group_of_a_run_on_present_paragraph():
    text = ("UNAPPROVED MINUTE\n"
            "Present:-\tRay Lowe (Chair); Councillors Jim Kay, Gord Lyle; and Will Yule, Bert Dean\n"
            "and Andy Ivor, Eastshire Police; Paul Hart, ECVO; Simon Ray, Karen Gill and Fraser Hogg, NHS Eastshire;\n"
            "Chris Stott, Depute Manager, Eastshire Community Health Partnership; and Fiona Garr.\n"
            "The minute of the meeting held on 11th May was approved.\n")
    assert people(text, "organisation") == {
        "Ray Lowe": (None,), "Jim Kay": (None,), "Gord Lyle": (None,), "Will Yule": ("Eastshire Police",),
        "Bert Dean": ("Eastshire Police",), "Andy Ivor": ("Eastshire Police",), "Paul Hart": ("ECVO",),
        "Simon Ray": ("NHS Eastshire",), "Karen Gill": ("NHS Eastshire",), "Fraser Hogg": ("NHS Eastshire",),
        "Chris Stott": ("Eastshire Community Health Partnership",), "Fiona Garr": (None,)}


def test_a_comma_list_with_no_semicolon_keeps_its_last_body_to_the_last_name():
    text = "Minutes\nPresent: Ann Lee, Bo Kerr and Cy Dale, NHS Eastshire\n1. Welcome\n"
    assert people(text, "organisation") == {"Ann Lee": (None,), "Bo Kerr": (None,), "Cy Dale": ("NHS Eastshire",)}


def test_the_action_table_header_with_two_titles_in_one_cell_ends_the_present_rows():
    text = ("Title of Meeting:\tArea Prescribing Committee Meeting\n"
            "Present:\tDr A Trent\t(Chair)\n"
            "\tBo Kerr\tPharmacist, Northvale Trust\n"
            "\tAgenda Items & Action Points\tAction By\n"
            "08/001\tApologies:\n"
            "\tCy Dale, Di Orr\n")
    assert people(text, "status") == {"A Trent": ("present",), "Bo Kerr": ("present",), "Cy Dale": ("apologies",),
                                      "Di Orr": ("apologies",)}


def test_a_list_wrapped_onto_a_line_that_ends_in_a_sentence_of_who_attended_keeps_its_tail():
    text = ("MINUTES of the meeting of Eastby Parish Council held on 10th October 2016.\n"
            "PRESENT were Mr D Bragg (Chairman), Mrs N Carr, Mr T Sale and Mr S\n"
            "Stead. 14 residents of the village also attended the meeting.\n"
            "APOLOGIES FOR ABSENCE were received from Mrs S Blyth.\n")
    assert people(text, "status") == {"D Bragg": ("present",), "N Carr": ("present",), "T Sale": ("present",),
                                      "S Stead": ("present",), "S Blyth": ("apologies",)}


def test_the_words_of_drug_and_alcohol_services_are_no_names():
    text = ("Minutes of the meeting of the Eastby Drug and Alcohol Forum\n"
            "Present:-\tRay Lowe (Chair); Paul Hart, ECVO; Sue Mack, Eastby Alcohol, Drug and\n"
            "Blood Borne Virus Forum; and Fiona Garr.\n"
            "APOLOGIES\n"
            "Neil Turk, Alcohol Liaison Nurse\n"
            "Jo Ell, Smoking Cessation, Eastby County\n"
            "1. WELCOMES\n")
    assert people(text, "status", "role", "organisation") == {
        "Ray Lowe": ("present", None, None), "Paul Hart": ("present", None, "ECVO"),
        "Sue Mack": ("present", None, "Eastby Alcohol, Drug and Blood Borne Virus Forum"),
        "Fiona Garr": ("present", None, None),
        "Neil Turk": ("apologies", "Alcohol Liaison Nurse", None),
        "Jo Ell": ("apologies", "Smoking Cessation", "Eastby County")}
