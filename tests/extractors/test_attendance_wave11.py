"""Attendance shapes of parish council minutes (wave 11, December 2026).

Every name here is invented; only the layouts are those of the real minutes: sentences of attendance after the full
stop that ends a "Present:" list on the same line ("County Councillor … was in attendance …", "Also in attendance
for part of the meeting was …", a titled name then "of the" and a body, a "who …" clause after the list), the
members listed under no heading as one "Councillors …" line with an officer's line of post then name below it
("Parish Clerk and RFO …"), an agenda table's header row of "Item …" columns after the block, and a body named
after "to" in an officer's post."""
from .test_attendance import by_person, parse
from .test_attendance_wave10 import _statuses


def test_sentences_of_attendance_after_the_present_list_are_read_as_sentences():
    text = (
        "Minutes of the Annual Parish Meeting held in the Village Hall.\n\n"
        "Present: Cllrs Abney, Brough, Cressbrook and Dunford. County Councillor Elsa Fenny was in attendance "
        "with 9 members of the public. Also in attendance for part of the meeting was Mrs Gwen Hathers, Head "
        "Teacher and Mr Ivo Jagger MBE and Mr Ken Lumb of the Kelby Beekeepers’ Society who gave a talk.\n\n"
        "1. Mr Lumb spoke about bees.\n")
    assert _statuses(text) == {
        "Abney": "present", "Brough": "present", "Cressbrook": "present", "Dunford": "present",
        "Elsa Fenny": "in_attendance", "Gwen Hathers": "in_attendance", "Ivo Jagger": "in_attendance",
        "Ken Lumb": "in_attendance"}
    recs = by_person(parse(text))
    assert recs["Gwen Hathers"].role == "Head Teacher"
    assert recs["Ken Lumb"].organisation == "Kelby Beekeepers’ Society"


def test_was_in_attendance_on_its_own_line_after_the_list():
    text = ("Minutes of the meeting.\n"
            "Present: Cllrs A Marden, B Nether and C Orton.\n"
            "County Councillor Sue Pell was in attendance.\n"
            "1. Minutes\nAgreed.\n")
    assert _statuses(text) == {"A Marden": "present", "B Nether": "present", "C Orton": "present",
                               "Sue Pell": "in_attendance"}


def test_members_listed_under_no_heading_and_an_officer_by_post_then_name():
    text = (
        "Minutes of a Meeting of the Council held at the Village Hall on Wednesday, 4 April 2007\n\n"
        "Councillors T Ashby (Chairman) (TA), P Bolt (PB), C Corder (CC), J Dunn (JD) and K Earl (KE)\n\n"
        "Parish Clerk and RFO M N Farrow\n\n"
        "1-0708/1 - Welcome and Apologies.\nThe Chairman opened the meeting.\n")
    assert _statuses(text) == {
        "T Ashby": "present", "P Bolt": "present", "C Corder": "present", "J Dunn": "present", "K Earl": "present",
        "M N Farrow": "present"}
    assert by_person(parse(text))["M N Farrow"].role == "Parish Clerk and RFO"


def test_item_columns_end_the_block_and_a_body_after_to_is_the_officers():
    text = ("In Attendance:\n"
            "One member of the public\n"
            "Mr R Stoke Clerk and Executive Officer to Dunmere Parish Council\n"
            "Mrs T Ure Assistant Clerk, Dunmere Parish Council\n"
            "Item No\tItem under discussion\n"
            "21.44\tELECTION OF CHAIR OF THE COUNCIL\n")
    recs = by_person(parse(text))
    assert {p: r.status for p, r in recs.items()} == {"R Stoke": "in_attendance", "T Ure": "in_attendance"}
    assert recs["R Stoke"].organisation == "Dunmere Parish Council"
    assert recs["T Ure"].organisation == "Dunmere Parish Council"
    assert recs["R Stoke"].role == "Clerk and Executive Officer"
