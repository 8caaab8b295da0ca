"""Attendance shapes of parish and community councils and GP patient groups (wave 14, December 2026).

Every name here is invented; only the layouts are those of the real minutes: group labels ending in
"Representatives:", names each followed by their own initials in brackets, "and new members A, B", an
"Apologies." heading closed by a full stop, "District Cllr X had apologised as …", and the reason for an apology
in a column of its own."""
import pytest

from .test_attendance import by_person, parse
from .test_attendance_wave10 import _statuses


def test_representatives_labels_head_lists_of_people_with_their_own_initials():
    text = ("Patient Group Meeting\n"
            "Group Representatives: Ann Vole (AV) Secretary, Bob Wren (BW), Cara Lark (CL), Dan Finch (DF)\n"
            "Surgery Representatives: Dr Eve Rook (ER), Fay Teal (FT), Chair\n"
            "Apologies: Gus Kite, Hal Crow\n"
            "The Chair opened the meeting.\n")
    recs = by_person(parse(text))
    assert {p: r.status for p, r in recs.items()} == {
        "Ann Vole": "present", "Bob Wren": "present", "Cara Lark": "present", "Dan Finch": "present",
        "Eve Rook": "present", "Fay Teal": "present", "Gus Kite": "apologies", "Hal Crow": "apologies"}
    assert recs["Ann Vole"].role == "Secretary" and recs["Bob Wren"].role is None


def test_one_persons_role_after_their_initials_still_reads_as_one_person():
    # a later part without its own bracket of initials: the commas are the first person's fields
    text = "Present:\nDr Ann Vole (AV) GP Member, North Locality\nBob Wren (BW) Lay Member\n\nItem 1\n"
    recs = by_person(parse(text))
    assert set(recs) == {"Ann Vole", "Bob Wren"}


def test_new_members_named_after_and_in_an_apology_list():
    text = ("Apologies: Gus Kite, Hal Crow,\n"
            "Ida Moth and new members Jo Lynx, Kit Hare and Lou Newt\n"
            "The Chair opened the meeting.\n")
    assert _statuses(text) == {p: "apologies" for p in
                               ("Gus Kite", "Hal Crow", "Ida Moth", "Jo Lynx", "Kit Hare", "Lou Newt")}


@pytest.mark.parametrize("text, expected", [
    # an "Apologies." heading closed by a full stop, then the present list on the same line
    ("MINUTES of the meeting at the Chapel\n\n"
     "Apologies. Cllr. Mrs. A. Vole, holiday; Cllr. B. Wren, previous engagement. Present: Cllr. C. Lark, "
     "Cllr. Mrs. D. Finch, Mrs. E. Rook, Clerk. 1. Declarations of Interest. There were none.\n",
     {"A. Vole": "apologies", "B. Wren": "apologies", "C. Lark": "present", "D. Finch": "present",
      "E. Rook": "present"}),
    # a full stop after "present" with no person after it is no heading
    ("The Chair noted that all members were present. The meeting went on to item 2.\n", {}),
    # a tier before the short title, then "had apologised as …" or "had apologised." as a sentence
    ("Members present: Cllrs Vole (Chair), Wren, Lark.\n"
     "1. To receive apologies\nAll Cllrs present. District Cllr Finch had apologised as he was on holiday.\n"
     "2. Minutes\nCllr Teal had apologised.\n",
     {"Vole": "present", "Wren": "present", "Lark": "present", "Finch": "apologies", "Teal": "apologies"}),
])
def test_stop_closed_headings_and_apologised_sentences(text, expected):
    assert _statuses(text) == expected


def test_the_reason_for_an_apology_in_its_own_column_is_no_field():
    text = ("19/101\tAPOLOGIES\n"
            "\tCllr A Vole\tLeave of Absence\n"
            "\tCllr B Wren Holiday\n"
            "\tIt was resolved that these apologies be accepted.\n")
    recs = by_person(parse(text))
    assert {p: r.status for p, r in recs.items()} == {"A Vole": "apologies", "B Wren": "apologies"}
    assert recs["A Vole"].organisation is None and recs["A Vole"].role is None


def test_a_public_count_inside_an_in_attendance_cell_does_not_end_the_block():
    # "3 Members of the public" opens like an agenda item numbered 3; among the attendees it is a count
    text = ("In attendance:\tAnn Vole, Clerk\n"
            "\t3 Members of the public\n"
            "\tCllr B Wren, Ward Member\n"
            "19/101\tWELCOME\n"
            "\tThe Chairman welcomed those present.\n")
    assert _statuses(text) == {"Ann Vole": "in_attendance", "B Wren": "in_attendance"}
