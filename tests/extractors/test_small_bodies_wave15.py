"""Attendance and decision shapes of small bodies' minutes (wave 15, December 2026): parish councils, local medical
committees, village hall committees, a marina company's board.

Every name, body and sentence here is invented; only the layouts and the formulaic wording are those of the real
minutes ("Item 1:<TAB>Apologies:", "Unitary Cllr", "Public Participation – None.", "Cllr A & Cllr B sent apologies.",
a table's name column then its role column, "It was duly approved by the Committee", "2.TITLE IN CAPITALS")."""
from boardpapers.extractors.html_text import html_pages

from .decision_shapes import page_decisions as _found
from .test_attendance import by_person, parse
from .test_attendance_wave10 import _statuses


def test_an_item_label_with_a_colon_before_the_apologies_heading():
    text = ("Present:\tAnna Moss, Ben Tull, Cara Penn.\n"
            "Item 1:\tApologies:\n"
            "\tDora Kyle, Evan Hart, Fay Lund,\n"
            "Item 2\tMinutes of the Last Meeting.\n"
            "The minutes were approved by the Committee.\n")
    assert _statuses(text) == {"Anna Moss": "present", "Ben Tull": "present", "Cara Penn": "present",
                               "Dora Kyle": "apologies", "Evan Hart": "apologies", "Fay Lund": "apologies"}


def test_a_unitary_councillor_in_attendance_and_the_public_session_after_the_block():
    text = ("Present: Cllr A Bell (Chair), Cllr C Dale & Cllr E Frost.\n"
            "In attendance: Mrs G Hale (Clerk) and Unitary Cllr J Ives.\n"
            "Public Participation – None.\n"
            "12.\tTo receive apologies for absence\n")
    recs = by_person(parse(text))
    assert recs["J Ives"].status == "in_attendance"
    assert recs["J Ives"].organisation is None
    assert recs["G Hale"].role == "Clerk"


def test_two_councillors_who_sent_apologies_in_a_bullet():
    text = ("Present: Cllr A Bell (Chair), Cllr C Dale.\n"
            "59.\tTo receive apologies for absence\n"
            "•\tCllr K Lowe & Cllr M Nash sent apologies.\n"
            "60.\tTo receive declarations of interests\n"
            "•\tNone\n")
    assert _statuses(text) == {"A Bell": "present", "C Dale": "present", "K Lowe": "apologies", "M Nash": "apologies"}


def test_one_person_who_sent_apologies_is_read_once():
    text = ("Present: Cllr A Bell, Cllr C Dale.\n3.\tTo receive apologies for absence\n•\tCllr K Lowe sent apologies.\n"
            "4.\tMinutes\n")
    recs = parse(text)
    assert [(r.person, r.status) for r in recs if r.status == "apologies"] == [("K Lowe", "apologies")]


def test_a_name_column_then_its_role_column_with_group_names_among_the_roles():
    # a Word table of one row: "Present" | every name | every role or member group, read one cell after another
    markup = ("<table><tr><td><p>Present</p></td><td><p>Hugo Marsh</p><p>Iris Kemp</p><p>Jack Orme</p><p>Kate Pryce</p>"
              "</td><td><p>Chairman</p><p>Secretary</p><p>Tennis Club</p><p>Residents Association</p></td></tr>"
              "<tr><td><p>Apologies</p></td><td><p>Liam Reed</p><p>Mona Shaw</p><p>Nell Troy</p></td>"
              "<td><p>Bowls Club</p><p>Treasurer</p><p>Pre-School</p></td></tr>"
              "<tr><td colspan=3><p>ITEM</p></td></tr></table><p>Item 1 – Welcome</p><p>Hugo welcomed everyone.</p>")
    from boardpapers.extractors.attendance import parse_attendance
    recs = by_person(parse_attendance(html_pages(markup.encode())))
    assert set(recs) == {"Hugo Marsh", "Iris Kemp", "Jack Orme", "Kate Pryce", "Liam Reed", "Mona Shaw", "Nell Troy"}
    assert recs["Hugo Marsh"].role == "Chairman" and recs["Iris Kemp"].role == "Secretary"
    assert recs["Kate Pryce"].organisation == "Residents Association"
    assert recs["Mona Shaw"].role == "Treasurer" and recs["Mona Shaw"].status == "apologies"
    assert recs["Nell Troy"].organisation == "Pre-School"


def test_a_list_of_people_only_is_not_read_as_names_then_roles():
    text = "Present:\nAnna Moss\nBen Tull\nCara Penn\nDora Kyle\n\n1. Welcome\n"
    recs = by_person(parse(text))
    assert set(recs) == {"Anna Moss", "Ben Tull", "Cara Penn", "Dora Kyle"}
    assert all(r.role is None for r in recs.values())


def test_treasurer_in_a_name_role_table_is_a_role():
    text = ("Dr Omar Quinn (OQ)\tChair\nDr P Rowe (PR)\tVice Chair\nDr S Tate (ST)\tTreasurer\n"
            "Mrs Una Vine\tLay Secretary\n")
    recs = by_person(parse("Present:\n" + text + "\n1. Apologies\n"))
    assert recs["S Tate"].role == "Treasurer"
    assert recs["S Tate"].organisation is None


def test_a_chief_officers_acronym_before_the_body():
    text = ("Present:Wyn Abbot(Chair)(WA)\nXena Boyd (Director)(XB)\n"
            "In Attendance:Yuri Cole (CFO Northvale District Council)(YC)\nZara Dent (Marina Administrator)(ZD)\n\n"
            "1. Minutes\n")
    recs = by_person(parse(text))
    assert recs["Yuri Cole"].role == "CFO"
    assert recs["Yuri Cole"].organisation == "Northvale District Council"


def test_a_policy_duly_approved_by_the_committee():
    found = _found("Item 3:\tMatters arising:\n"
                   "Lettings Policy\n"
                   "This had been sent round after the last meeting. It was duly approved by the Committee and signed "
                   "by the Chairman.\n", "kind", "text")
    assert found == [("approved", "It was duly approved by the Committee and signed by the Chairman.")]


def test_minutes_discussed_and_agreed():
    found = _found("Item 3 - Record of Minutes from the last Meeting\n"
                   "The minutes of the meeting held in May were discussed and agreed.\n", "item", "kind")
    assert found == [("Item 3", "approved")]


def test_a_number_run_into_its_title_in_capitals_is_the_item():
    found = _found("1.APOLOGIES\nNone.\n2.MINUTES OF THE PREVIOUS MEETING\n"
                   "That the Minutes of the Board meeting held on 3 May are accepted as a true and accurate record.\n"
                   "Moved: Wyn Abbot/Seconded: Xena Boyd\n", "item", "item_title", "kind")
    assert found == [("2.", "MINUTES OF THE PREVIOUS MEETING", "approved")]


def test_the_next_bare_row_number_of_an_item_discussion_table_is_the_item():
    found = _found("Item\tDiscussion\tAction\n"
                   "1.\tApologies were noted as above.\n"
                   "2.\n"
                   "It was agreed that the minutes of the previous meeting were an accurate record.\n"
                   "Action: the secretary to publish the minutes.\n"
                   "AB\n", "item", "kind")
    assert found == [("2.", "approved")]


def test_a_patient_groups_attendees_by_initials_only():
    text = ("Attendees:\nKT., PW., LM, DRB\nApologies: OJ, FN.\nShape\nAgenda & Discussion Points\n"
            "1. Approval of Previous Minutes\n")
    assert _statuses(text) == {"KT": "present", "PW": "present", "LM": "present", "DRB": "present",
                               "OJ": "apologies", "FN": "apologies"}


def test_a_list_of_body_acronyms_is_not_read_as_initials():
    text = "Apologies: NHS, CCG\n\n1. Minutes\n"
    assert _statuses(text) == {}
