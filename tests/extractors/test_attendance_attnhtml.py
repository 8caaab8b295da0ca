"""Attendance shapes of HTML and plain-text minutes (ModernGov item pages, printed minutes, Word text).

Every name and body here is invented; each test reproduces one layout seen in real minutes."""
from boardpapers.extractors.attendance import parse_attendance
from boardpapers.extractors.html_text import html_pages

from .test_attendance import by_person, parse


def test_seat_groups_with_roles_run_into_names_and_label_bodies():
    # a ModernGov item row listing members under seat labels, no "Present" heading; one role has lost its
    # space ("OrrCo-Chair"), others follow the name with no separator at all
    html = (
        "<table class='mgItemTable'><tr><th>No.</th><th>Item</th></tr><tr><td></td><td>"
        "<p>Directors of Northvale Borough Council</p><p>Aled Brannock – Director of Public Health</p>"
        "<p>Marta Quill Director of Adult Services</p><p>&nbsp;</p>"
        "<p>Representative of Local Healthwatch</p><p>Ossian OrrCo-Chair, Healthwatch Northvale</p><p>&nbsp;</p>"
        "<p>Third Sector Representative</p><p>Bettina Crowe - Chief Executive, Open Door Circle</p>"
        "<p>Representative of Northvale GP Confederation</p><p>Dev Rana Chief Executive of Northvale GP "
        "Confederation</p></td></tr>"
        "<tr><td>12.</td><td><p>Welcome</p><div><p>Minutes:</p><p>The Chair welcomed everyone.</p>"
        "<p>A further paragraph of narrative about the agenda.</p></div></td></tr></table>")
    recs = by_person(parse_attendance(html_pages(html)))
    assert set(recs) == {"Aled Brannock", "Marta Quill", "Ossian Orr", "Bettina Crowe", "Dev Rana"}
    assert all(r.status == "present" for r in recs.values())
    assert recs["Marta Quill"].role == "Director of Adult Services"
    assert recs["Aled Brannock"].organisation == "Northvale Borough Council"  # from the seat label
    assert recs["Marta Quill"].organisation == "Northvale Borough Council"
    assert recs["Ossian Orr"].role == "Co-Chair"
    assert recs["Bettina Crowe"].organisation == "Open Door Circle" and recs["Bettina Crowe"].role == "Chief Executive"
    assert recs["Dev Rana"].organisation == "Northvale GP Confederation"


def test_role_then_plain_body_name_after_a_comma():
    recs = by_person(parse("Present:\nPia Lund - Director, Volantis\nGus Ember - Cabinet Member, Adult Social Care\n"))
    assert recs["Pia Lund"].organisation == "Volantis" and recs["Pia Lund"].role == "Director"
    # a portfolio after a comma is no body
    assert recs["Gus Ember"].organisation is None


def test_named_person_had_sent_apologies_in_a_sentence():
    text = ("12. Election of Chair\nAs Councillor R Tallis, the Chair of the Board, had sent her apologies, "
            "Councillor M Oduya was nominated to chair the meeting.\n")
    recs = by_person(parse(text))
    assert recs["R Tallis"].status == "apologies"
    assert recs["R Tallis"].role == "Chair of the Board"
    assert "M Oduya" not in recs  # nominated to chair: not an attendance statement


def test_apology_list_rows_with_deputies_and_name_run_into_body():
    text = ("Minutes:\nApologies were received from:\n"
            "Wendell Pryce, NHS England\n"
            "Ivo Marsh Northshire & Wessex Fire & Rescue Service and his deputy Tobin Hale\n"
            "Greta Lowe, Director of Children's Services. Her deputy Sabine Kerr attended in her place\n"
            "Ruben Slate, representing the Community and Mental Health NHS Trusts\n"
            "Declarations of Interest\nMinutes:\nNone were declared.\n")
    recs = by_person(parse(text))
    assert set(recs) == {"Wendell Pryce", "Ivo Marsh", "Tobin Hale", "Greta Lowe", "Sabine Kerr", "Ruben Slate"}
    assert recs["Ivo Marsh"].status == "apologies"
    assert recs["Ivo Marsh"].organisation == "Northshire & Wessex Fire & Rescue Service"
    assert recs["Tobin Hale"].status == "apologies" and recs["Tobin Hale"].role == "deputy"
    assert recs["Greta Lowe"].status == "apologies" and recs["Greta Lowe"].role == "Director of Children's Services"
    assert recs["Sabine Kerr"].status == "substitute" and recs["Sabine Kerr"].substitute_for == "Greta Lowe"
    assert recs["Ruben Slate"].organisation == "Community and Mental Health NHS Trusts"


def test_bulleted_apology_rows_ending_in_and_stay_separate():
    text = ("Minutes:\nApologies for absence were received from:\n"
            "- Nora Vix who was substituted by Cal Penn, and\n"
            "- Ida Frome who was substituted by Rafe Dunmore.\n"
            "Declaration of Members' Interests\nMinutes:\n"
            "Dr Hal Brisk declared a non-pecuniary interest as a local GP partner.\n")
    recs = by_person(parse(text))
    assert set(recs) == {"Nora Vix", "Cal Penn", "Ida Frome", "Rafe Dunmore"}
    assert recs["Ida Frome"].status == "apologies"
    assert recs["Rafe Dunmore"].status == "substitute" and recs["Rafe Dunmore"].substitute_for == "Ida Frome"


def test_elided_arranged_for_clauses():
    text = ("Minutes:\nThe apologies of Councillor Yates, Orla Penrose and Bram Tully were noted.\n"
            "The Board noted that Orla Penrose had arranged for Liv Carden, Chair of Healthwatch; and that Bram "
            "Tully had arranged for Dr Emil Voss to attend the meeting as their representatives.\n")
    recs = by_person(parse(text))
    assert recs["Liv Carden"].status == "substitute" and recs["Liv Carden"].substitute_for == "Orla Penrose"
    assert recs["Emil Voss"].status == "substitute" and recs["Emil Voss"].substitute_for == "Bram Tully"
    assert recs["Orla Penrose"].status == "apologies"


def test_correction_to_previous_minutes_attendance_is_not_this_meeting():
    text = ("Minutes of the Previous Meeting\nMinutes:\nThe minutes of the previous meeting were agreed, with minor "
            "amendments in the attendance section. It was noted that Fen Aldous and Kit Marlow were present and "
            "that Dr Rhys Oban was present as a substitute for Dr Una Pell.\n")
    assert parse(text) == []


def test_post_before_name_and_apology_line_without_full_stop():
    text = ("Apologies for Absence\nMinutes:\nApologies for absencewere received from Councillor Tam Rudd, "
            "Dr Ines Hale, Val Corder, and Borough Commander Otto Brand\nUrgent Business\nMinutes:\n"
            "There was no urgent business.\n")
    recs = by_person(parse(text))
    assert set(recs) == {"Tam Rudd", "Ines Hale", "Val Corder", "Otto Brand"}
    assert recs["Otto Brand"].status == "apologies" and recs["Otto Brand"].role == "Borough Commander"
    assert recs["Val Corder"].role is None


def test_others_label_is_in_attendance():
    text = ("Board Meeting\nPresent: Ada Finch (Chairman), Leo Hart (Chief Executive), Mia Stone\n"
            "Others: Noel Brandt (Officer, minute-taker), Ona Reyes (Stakeholder Panel Chair)\n"
            "1. Welcome\nAda welcomed everyone.\n")
    recs = by_person(parse(text))
    assert recs["Mia Stone"].status == "present"
    assert recs["Noel Brandt"].status == "in_attendance" and recs["Ona Reyes"].status == "in_attendance"


def test_representing_a_person_and_role_word_wrapped_onto_next_line():
    text = ("Present\nAnn Cole (AC), ICB Chair\nBea Dorn (representing Cy Vance) (BD) Director of Nursing\n"
            "In Attendance\nDee Ellery (DE), Corporate Administration\nManager Fay Gunn (FG), Head of Governance\n"
            "Gil Hoy (GH), Interpreter\n")
    recs = by_person(parse(text))
    assert recs["Bea Dorn"].status == "substitute" and recs["Bea Dorn"].substitute_for == "Cy Vance"
    assert recs["Dee Ellery"].role == "Corporate Administration Manager"
    assert recs["Fay Gunn"].status == "in_attendance" and recs["Fay Gunn"].role == "Head of Governance"


def test_post_before_name_needs_a_job_word():
    # "Voluntary Action Westmere" after a role is a body whose last words look like a name, not a person
    text = "Present: Ada Quist, Chief Executive Officer, Voluntary Action Westmere; Bo Lind, Area Manager.\n"
    assert set(by_person(parse(text))) == {"Ada Quist", "Bo Lind"}


def test_last_table_row_does_not_swallow_the_next_minutes_title():
    text = ("Present:\nCouncillor Pym\tOpposition Member\nIris Vale\tNorthmere and Westdale Voluntary Action\n"
            "Minutes from the Meeting held on 3 March 2021\nMinutes:\nResolved that the minutes be approved.\n")
    recs = by_person(parse(text))
    assert recs["Iris Vale"].organisation == "Northmere and Westdale Voluntary Action"
    assert recs["Iris Vale"].role is None


def test_someone_who_took_the_chair_was_present():
    text = ("Minutes:\nApologies for absence were received from Councillor Rhona Veit (Chair) and Lyle Moss.\n"
            "In the absence of Councillor Veit, Councillor Tomas Ekwueme took the chair.\n")
    recs = by_person(parse(text))
    assert recs["Rhona Veit"].status == "apologies"
    assert recs["Tomas Ekwueme"].status == "present" and "Chair" in recs["Tomas Ekwueme"].qualifiers


def test_acronym_body_after_a_comma_is_not_initials():
    text = ("Minutes:\n29.1 Bruno Dace, BHTC attended as a substitute for Pia Wren. Hana Cole (HC), "
            "Northvale Trust attended as a substitute for Ed Mott.\n")
    recs = by_person(parse(text))
    assert recs["Bruno Dace"].status == "substitute" and recs["Bruno Dace"].organisation == "BHTC"
    assert recs["Hana Cole"].organisation == "Northvale Trust"


def test_body_acronym_after_a_job_and_coded_item_after_the_list():
    text = ("Present\nLena Fry (LF), ICB Chair (Chair)\n"
            "Omar Tull (OT), Chief Executive NVHT & Place Partnerships (NHS Trust Partner Member)\n"
            "Apologies\nRia Sand (RS), Chief Executive WMHT & Provider Collaborative\n"
            "ICBP/2425/001: Welcome and apologies\nThe Chair welcomed members.\n")
    recs = by_person(parse(text))
    assert recs["Omar Tull"].organisation == "NVHT"
    assert recs["Ria Sand"].organisation == "WMHT" and recs["Ria Sand"].status == "apologies"
    assert "Welcome" not in (recs["Ria Sand"].role or "")


def test_independent_chair_of_a_board_names_the_body():
    text = ("19.1 Apologies were received from Councillor Vane (Deputy Chair) and Rosa Kell, Independent Chair of "
            "the Northvale Safeguarding Adults Board.\n")
    recs = by_person(parse(text))
    assert recs["Rosa Kell"].organisation == "Northvale Safeguarding Adults Board"
    assert recs["Rosa Kell"].role == "Independent Chair"
