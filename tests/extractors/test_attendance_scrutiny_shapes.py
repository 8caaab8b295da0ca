"""Attendance shapes of council scrutiny and committee minutes (ModernGov item pages and AKS-style meeting pages):
an "Attendance Details" title over its own status headings, apologies whose sentence runs on under the heading,
plural and tiered councillor titles, a list of apologies with "– substituted by", substitutions declared as
"A substituting for B", and a group named before the people in an apology sentence.

Every name and body here is invented; each test reproduces the shape of a layout real minutes print."""
from .test_attendance import by_person, parse


def _status(recs):
    return {name: r.status for name, r in recs.items()}


def test_attendance_details_title_over_present_officers_and_apologies_headings():
    # the page's title is "Attendance Details"; under it "Present:", "Officers:" and "Apologies for absence:" are
    # headings of their own, and the apology sentence runs on to the line under its heading
    recs = by_person(parse(
        "Attendance Details\nPresent:\nCouncillors Ames, Bellingham, Crossley and P Dunmore (as substitute for "
        "Councillor Everitt).\nOfficers:\nJ Foxton, G Hallam and K Ingleby.\nApologies for absence:\n"
        "were submitted on behalf of Councillors Everitt, Lowther and Mrs M Nunnery\nDeclarations of interest:\n"
        "There were no declarations of interest.\n"))
    assert _status(recs) == {
        "Ames": "present", "Bellingham": "present", "Crossley": "present", "P Dunmore": "substitute",
        "J Foxton": "in_attendance", "G Hallam": "in_attendance", "K Ingleby": "in_attendance",
        "Everitt": "apologies", "Lowther": "apologies", "M Nunnery": "apologies",
    }
    assert recs["P Dunmore"].substitute_for == "Councillor Everitt"


def test_plural_title_on_a_present_line_makes_each_surname_a_person():
    recs = by_person(parse("Present: Councillors Ames, Bellingham, Crossley and Dunmore.\n"))
    assert set(recs) == {"Ames", "Bellingham", "Crossley", "Dunmore"}
    assert all(r.status == "present" and r.role is None and r.organisation is None for r in recs.values())


def test_county_and_district_councillors_each_head_their_own_group():
    recs = by_person(parse(
        "Apologies for Absence/Replacement Members\nMinutes:\nApologies for absence were received from County "
        "Councillors A B Quarrie and District Councillors Mrs C Jessop (Northvale District Council) and D Evanson "
        "(Southmoor District Council).\n"))
    assert _status(recs) == {"A B Quarrie": "apologies", "C Jessop": "apologies", "D Evanson": "apologies"}
    # the body in brackets after the district group is not the county councillor's
    assert recs["A B Quarrie"].organisation is None
    assert recs["C Jessop"].organisation == "Northvale District Council"
    assert recs["D Evanson"].organisation == "Southmoor District Council"
    assert all(r.name.startswith("Councillor ") for r in recs.values())


def test_apology_lines_under_a_following_members_sentence_with_dash_substitutes():
    recs = by_person(parse(
        "12/21\nApologies for Absence and Temporary Appointments\nMinutes:\n"
        "The following Committee Members had sent their apologies:\n"
        "Cllr Ann Leyton – substituted by Cllr Bob Colby\nCllr Tim Harker – substituted by Cllr Jo Grayling\n"
        "Cllr Sue Wardle\nCllr Ken Ingram\n13/21\nDeclarations of Interest\n"))
    assert _status(recs) == {
        "Ann Leyton": "apologies", "Bob Colby": "substitute", "Tim Harker": "apologies", "Jo Grayling": "substitute",
        "Sue Wardle": "apologies", "Ken Ingram": "apologies",
    }
    assert recs["Bob Colby"].substitute_for == "Cllr Ann Leyton"
    assert recs["Jo Grayling"].substitute_for == "Cllr Tim Harker"
    assert recs["Ann Leyton"].role is None  # "substituted by …" is no role


def test_substitutions_declared_as_a_substituting_for_b():
    recs = by_person(parse(
        "Substitutes\nMinutes:\nThe following substitutions were declared:\n"
        "Councillor Ann Leyton substituting for Councillor Bob Colby. Councillor Jo Grayling substituting for "
        "Councillor Tim Harker.\nApologies for absence\nMinutes:\n"
        "Apologies for absence were received from Councillors Tim Harker and Bob Colby.\n"))
    assert _status(recs) == {"Ann Leyton": "substitute", "Jo Grayling": "substitute", "Tim Harker": "apologies",
                             "Bob Colby": "apologies"}
    assert recs["Ann Leyton"].substitute_for == "Councillor Bob Colby"
    assert recs["Jo Grayling"].substitute_for == "Councillor Tim Harker"


def test_group_named_before_the_people_in_an_apology_sentence():
    recs = by_person(parse(
        "287.\nApologies and Welcome\nMinutes:\nThe Chairman welcomed everyone to the meeting. Apologies had been "
        "received from Panel members Rhys Aldous and Robina Lunt.\n"))
    assert _status(recs) == {"Rhys Aldous": "apologies", "Robina Lunt": "apologies"}


def test_present_list_of_surnames_alone_then_substitutes():
    # a committee page that lists its councillors by surname only, substitutes with initials
    recs = by_person(parse(
        "Present:\nAshworth, Benfield, Dunstan, Hebden, P Purcell (as substitute for Councillor Kilby) and "
        "N J Walcot (as substitute for Councillor Lorne).\nOfficers:\nJ Benning and E Prout.\n"))
    assert _status(recs) == {"Ashworth": "present", "Benfield": "present", "Dunstan": "present", "Hebden": "present",
                             "P Purcell": "substitute", "N J Walcot": "substitute", "J Benning": "in_attendance",
                             "E Prout": "in_attendance"}
    assert recs["P Purcell"].substitute_for == "Councillor Kilby"


def test_places_among_names_are_never_surnames():
    # fewer than three single words in a row, so "Northvale" and "Southmoor" stay the people's places
    recs = by_person(parse("Present: Ann Leyton, Northvale, Bob Colby, Southmoor\n"))
    assert set(recs) == {"Ann Leyton", "Bob Colby"}


def test_two_column_grid_with_a_bracket_wrapped_into_the_next_row():
    recs = by_person(parse(
        "Present:\tProvost Fergus WOODLEY (in the Chair)\n\tCouncillor Neil BENTLEY\tCouncillor Alasdair MacPHAIL\n"
        "\tCouncillor Ian BROWNLIE\tCouncillor Gerard O'BRIAN (from\n\tCouncillor Scott FARRIER\titem SC12e)\n"
        "\tCouncillor Tony FFOULKES\tCouncillor Paul OVERTON\nIn Attendance:\tJim Boyce, Chief Accountant\n"))
    assert set(recs) == {"Fergus Woodley", "Neil Bentley", "Alasdair MacPHAIL", "Ian Brownlie", "Gerard O'brian",
                         "Scott Farrier", "Tony Ffoulkes", "Paul Overton", "Jim Boyce"}
    assert recs["Scott Farrier"].status == "present" and recs["Scott Farrier"].role is None


def test_apology_sentence_without_a_full_stop_ends_at_the_narrative_line():
    recs = by_person(parse(
        "Apologies:\tAn apology for absence was submitted on behalf of Councillor Callum Camborne\n"
        "Before business began, the Provost congratulated the staff of two council services on their awards.\n"))
    assert _status(recs) == {"Callum Camborne": "apologies"}


def test_also_representing_another_member_is_a_substitute_for_them():
    recs = by_person(parse(
        "Present:\tJoan Mallow - Independent Chair\n\tLorna Brightwell - Assistant Director, Adult Social Care "
        "(also representing Harvey Boden)\n\tNick Dawes - Chief Superintendent, Northvale Constabulary\n"))
    assert recs["Lorna Brightwell"].status == "substitute"
    assert recs["Lorna Brightwell"].substitute_for == "Harvey Boden"
    assert recs["Lorna Brightwell"].role == "Assistant Director, Adult Social Care"
    assert recs["Nick Dawes"].status == "present"


def test_ocr_reads_the_capital_i_of_a_given_name_as_l():
    from boardpapers.extractors.ocr import tesseract_tsv_words

    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    words = [("lan", 100, 50), ("Stirrup", 150, 50), ("-", 250, 50), ("Manager", 270, 50),
             ("the", 100, 90), ("lan", 140, 90), ("cable", 180, 90)]
    tsv = "\n".join([head] + [f"5\t1\t1\t1\t1\t{k}\t{x}\t{y}\t40\t20\t90.0\t{t}" for k, (t, x, y) in enumerate(words)])
    # before a capitalised word it is the name Ian; before a lower-case word it is left as read
    assert [w["text"] for w in tesseract_tsv_words(tsv)] == ["Ian", "Stirrup", "-", "Manager", "the", "lan", "cable"]


def test_did_not_attend_sentence_after_the_apologies_wrapped_over_lines():
    recs = by_person(parse(
        "1.1\tApologies for the meeting were received from Jo Smythe, Nigel Haywood and Faye Henley. Jill Crookes "
        "did not\n\tattend the meeting.\n1.2\tThe Chair welcomed three newly elected governors.\n"))
    assert _status(recs) == {"Jo Smythe": "apologies", "Nigel Haywood": "apologies", "Faye Henley": "apologies",
                             "Jill Crookes": "absent"}


def test_membership_table_with_an_apols_column_blank_for_those_present():
    # a board's membership table (text of a bordered PDF table): the header cells after the first run together,
    # wrapped cells continue on lines that start with an empty first cell, and "Apols" marks the apologies
    recs = by_person(parse(
        "1. Attendance, Apologies & Governance\n"
        "NVSCB Members\tTitle\tRepresenting Other Interests: Northvale Partnerships Apols\n"
        "\tBoards, Groups etc. (Ch. denotes Chair)\n"
        "Dora Pickles (DP)\tIndependent Chair\tNVSCB\tChair of the Eastmoor Board\n"
        "Paula Beeston (PB)\tBusiness Manager\t\tCarers Forum\n\tNorthvale Safeguarding Forum\n"
        "Lena Bairstow (LB)\tLay Member\n"
        "Lesley Cotton (LC)\tLay Member\tRavens Trust\tApols\n"
        "Jan Hume (JH)\tDirector\tof\tLocal Authority Health and Wellbeing Board\n\tServices\tPartnership\n"
        "Jane Edmond (JE)\tStrategic\tHousing\tEarly Help Partnership Group Housing and Apols\n\tManager\n"))
    assert _status(recs) == {"Dora Pickles": "present", "Paula Beeston": "present", "Lena Bairstow": "present",
                             "Lesley Cotton": "apologies", "Jan Hume": "present", "Jane Edmond": "apologies"}
    assert recs["Lena Bairstow"].role == "Lay Member"
    assert all(r.organisation is None for r in recs.values())  # the other columns' places are not certain
    assert recs["Jan Hume"].role is None  # a role wrapped among other columns' text is not guessed at


def test_with_a_substitute_for_a_named_member_at_the_end_of_the_apologies():
    recs = by_person(parse(
        "Apologies were received from Councillors Ann Smithers and Bob Joliffe, with Councillor Tim Broadley "
        "attending as substitute for Councillor Smithers.\n"))
    assert _status(recs) == {"Ann Smithers": "apologies", "Bob Joliffe": "apologies", "Tim Broadley": "substitute"}
    assert recs["Tim Broadley"].substitute_for == "Councillor Smithers"
    assert recs["Bob Joliffe"].role is None


def test_and_from_after_a_substituted_member_starts_the_next_apology():
    recs = by_person(parse(
        "Apologies for absence were received from Councillor Ann Smithers, who was substituted by Councillor Tim "
        "Broadley, and from Bob Joliffe.\n"))
    assert _status(recs) == {"Ann Smithers": "apologies", "Tim Broadley": "substitute", "Bob Joliffe": "apologies"}
    assert recs["Ann Smithers"].role is None


def test_surname_with_a_substitute_bracket_under_a_plural_title():
    recs = by_person(parse("Apologies for absence were received from Councillors Joliffe and Broadley (substitute "
                           "Councillor Greenhalgh).\n"))
    assert _status(recs) == {"Joliffe": "apologies", "Broadley": "apologies", "Greenhalgh": "substitute"}
    assert recs["Greenhalgh"].substitute_for == "Councillor Broadley"


def test_capital_labelled_paragraphs_end_at_the_chair_label():
    # PRESENT / ATTENDING / APOLOGIES / CHAIR paragraphs in capitals: the chair named last is no apology
    recs = by_person(parse(
        "PRESENT:\tAnn Leyton (Chair), Bob Colby, Dr Tim Harker\nATTENDING:\tSue Wardle (Head of Finance), Ken "
        "Ingram (Clerk)\nAPOLOGIES:\tJo Grayling, Ray Foxton\nCHAIR:\tAnn Leyton\n"))
    assert _status(recs) == {"Ann Leyton": "present", "Bob Colby": "present", "Tim Harker": "present",
                             "Sue Wardle": "in_attendance", "Ken Ingram": "in_attendance",
                             "Jo Grayling": "apologies", "Ray Foxton": "apologies"}


def test_seat_rows_in_capitals_under_present_stay_in_the_block():
    recs = by_person(parse("PRESENT:\nCHAIR:\tCllr Ann Leyton\nVICE-CHAIR:\tCllr Bob Colby\nAPOLOGIES:\tJo Grayling\n"))
    assert _status(recs) == {"Ann Leyton": "present", "Bob Colby": "present", "Jo Grayling": "apologies"}


def test_post_before_the_name_in_a_cell_of_a_name_grid():
    recs = by_person(parse(
        "Present:\tProvost Fergus WOODLEY (in the Chair)\n\tCouncillor Neil BENTLEY\tCouncillor Alasdair MacPHAIL\n"
        "\tCouncillor Graham HOUSE\tDepute Convenor Jim THOMPSON\n\tCouncillor Graham LAMB\n"))
    assert recs["Jim Thompson"].role == "Depute Convenor" and recs["Jim Thompson"].status == "present"
    assert set(recs) == {"Fergus Woodley", "Neil Bentley", "Alasdair MacPHAIL", "Graham House", "Jim Thompson",
                         "Graham Lamb"}
