"""Attendance shapes taught by the retired twelfth blind set (children's trust boards, LINks, GP patient groups, a
bilingual fire authority, a youth offending board, a scrutiny topic group), each on an invented example: the layout
and the formulaic words are as minutes print them, the bodies and names are made up."""
from boardpapers.extractors.attendance.headings import _heading

from .attendance_shapes import people


def test_an_office_cell_before_its_holder_heads_a_row_without_any_other_heading_word():
    # "CHAIR:<TAB>Name": the office alone in the label column (the quick word test used to pass it by)
    assert _heading("CHAIR:\tMrs P Quarry")[0] == "present"
    assert _heading("DEPUTY CHAIR:\tR Pugh")[0] == "present"
    assert _heading("Vice Chair:\tAnn Lee")[0] == "present"
    assert _heading("Deputy Chair\tClinical Lead") is None  # a grid's role row, no holder after it
    assert _heading("The Chair welcomed everyone.") is None


def test_an_office_heading_holds_its_holder_only_and_is_a_row_inside_a_present_list():
    found = people("Scrutiny Panel - 4 May 2017\nChairman: Cllr Ann Pike\nVenue: Oak Room 2, Town Hall, Northvale\n"
                   "1. Substitutions.\n", "status")
    assert found == {"Ann Pike": ("present",)}
    found = people("Present\nChair\tCllr Ann Pike\nArea Officer\tBo Dent\nApologies\nCy Rowe\n", "status")
    assert found == {"Ann Pike": ("present",), "Bo Dent": ("present",), "Cy Rowe": ("apologies",)}


def test_the_chair_in_the_meeting_details_then_in_the_list_keeps_the_list_form_of_the_name():
    found = people("Title of Meeting:\tArea Formulary Committee\nChairman:\tPhil Pike\nVenue:\tOak Room\n"
                   "Present:\tDr P Pike\t(Chair)\n\tBo Dent\tPharmacist, Northvale PCT\n"
                   "08/001\tApologies:\n\tCy Rowe\n", "status")
    assert found == {"P Pike": ("present",), "Bo Dent": ("present",), "Cy Rowe": ("apologies",)}


def test_a_bilingual_label_column_with_the_other_language_first():
    # a Welsh authority's table: "WELSH/ ENGLISH:" in the label cell, the in-attendance label wrapped over two rows
    text = ("COFNODION / MINUTES\n"
            "PRESENOLDEB/ATTENDANCE\n"
            "CADEIRYDD/ CHAIR:\tR Pugh\n"
            "IS-GADEIRYDD/ DEPUTY CHAIR:\tG Hywel\n"
            "AELODAU/MEMBERS:\tCyng/Cllrs: A Bowen, D Rhys, T\n"
            "\tMorgan, E Vaughan\n"
            "YMDDIHEURIADAU/APOLOGIES:\tCyng/Cllrs: W Price\n"
            "YN BRESENNOL /IN\tJ Parry, L Owen, K\n"
            "ATTENDANCE:\tLloyd, M Ifans\n"
            "1 APOLOGIES FOR ABSENCE\n")
    assert people(text, "status") == {
        "R Pugh": ("present",), "G Hywel": ("present",), "A Bowen": ("present",), "D Rhys": ("present",),
        "T Morgan": ("present",), "E Vaughan": ("present",), "W Price": ("apologies",),
        "J Parry": ("in_attendance",), "L Owen": ("in_attendance",), "K Lloyd": ("in_attendance",),
        "M Ifans": ("in_attendance",)}


def test_an_apologies_label_with_no_colon_before_a_titled_name_list():
    text = ("1.\tPresent\n"
            "\tCllr Ann Pike (Chair)\tAP\t- Northvale Borough Council\n"
            "In Attendance: Bo Dent (Housing, NBC), Cy Rowe (Minuting, NBC).\n"
            "Apologies Dr Farr, Cllr Hume, Ivo Lund, Jan Moss.\n"
            "2.\tMinutes from Previous Meeting\n")
    assert people(text, "status") == {
        "Ann Pike": ("present",), "Bo Dent": ("in_attendance",), "Cy Rowe": ("in_attendance",),
        "Farr": ("apologies",), "Hume": ("apologies",), "Ivo Lund": ("apologies",), "Jan Moss": ("apologies",)}
    # a heading's own sentence wording is read as a sentence, with what follows it
    found = people("Minutes:\nApologies for absence were received from Dr Ada Farr, Ivo Lund and Dr Jan Moss. Dr Cy Rowe "
                   "would be substituting for Dr Moss.\n", "status", "substitute_for")
    assert found == {"Ada Farr": ("apologies", None), "Ivo Lund": ("apologies", None), "Jan Moss": ("apologies", None),
                     "Cy Rowe": ("substitute", "Dr Moss")}


def test_cc_before_a_name_is_the_county_councillor_title():
    text = ("ATTENDANCE\n"
            "County Councillors:\tAnn Pike (Chair),\n"
            "Bo Dent\n"
            "Apologies:\tCC Cy Rowe,\n"
            "CC Dee Lund,\n"
            "Ed Moss.\n"
            "Minutes of the last meeting\n")
    assert people(text, "status") == {
        "Ann Pike": ("present",), "Bo Dent": ("present",), "Cy Rowe": ("apologies",), "Dee Lund": ("apologies",),
        "Ed Moss": ("apologies",)}


def test_a_body_in_brackets_then_on_behalf_of_a_member_is_a_substitute_with_that_body():
    text = ("Present: Ann Pike (Chair)\n"
            "In Attendance: Bo Dent (Housing Services, NBC attending on behalf of Cy Rowe), Dee Lund (Minuting, NBC).\n"
            "Apologies: Cy Rowe.\n")
    found = people(text, "status", "organisation", "substitute_for")
    assert found["Bo Dent"] == ("substitute", "Housing Services, NBC", "Cy Rowe")
    assert {name: fields[0] for name, fields in found.items()} == {
        "Ann Pike": "present", "Bo Dent": "substitute", "Dee Lund": "in_attendance", "Cy Rowe": "apologies"}


def test_a_sub_numbered_item_run_into_its_title_ends_the_apologies():
    text = ("In attendance: Ann Pike, Bo Dent\n"
            "Apologies: Cy Rowe, Dee Lund, Ed Moss.\n"
            "12.04.Welcome and Membership\n"
            "AP welcomed everyone.\n")
    assert people(text, "status", "organisation") == {
        "Ann Pike": ("in_attendance", None), "Bo Dent": ("in_attendance", None), "Cy Rowe": ("apologies", None),
        "Dee Lund": ("apologies", None), "Ed Moss": ("apologies", None)}


def test_a_members_label_joining_two_kinds_of_seat_with_and():
    text = ("1. Introductions\n"
            "Voluntary and Community Group Members\n"
            "Wendy Pike - North Forum\n"
            "Sam Dent - Carers' Centre Northvale\n"
            "Individual Members\n"
            "Jason Rowe (Chair)\n"
            "Apologies:\n"
            "Pam Lund\n")
    assert people(text, "status", "organisation") == {
        "Wendy Pike": ("present", "North Forum"), "Sam Dent": ("present", "Carers' Centre Northvale"),
        "Jason Rowe": ("present", None), "Pam Lund": ("apologies", None)}
    assert people("Appointment of Board Members\nThe Board noted the nominations received.\n") == {}


def test_a_group_label_glued_to_a_titled_name():
    text = ("In attendance:\n"
            "Patients: Mr G Hale, Mrs D Ives\n"
            "Apologies:\n"
            "Patients:Mr S Jones, Mr C Kerr, Mrs L Lamb\n"
            "1) Welcome\n")
    assert people(text, "status") == {"G Hale": ("in_attendance",), "D Ives": ("in_attendance",),
                                      "S Jones": ("apologies",), "C Kerr": ("apologies",), "L Lamb": ("apologies",)}
