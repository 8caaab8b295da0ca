"""The learned fallback reads table and grid cells: one person a cell, statuses from label cells (a label wrapped
onto a second line too), and guards against cells that are no person. Its words come from the rules' vocabulary.
Documents and names are invented; the layouts are those of text-PDF minutes (a label column with group labels, a
name (body) grid under a "Chaired by:" line, a three-column grid whose "IN / ATTENDANCE:" label wraps in its cell,
a name | initials | role table)."""
import pytest

from extractors.attendance import learned
from extractors.attendance.headings import _heading
from extractors.attendance.learned import MODEL_ENV, cue_status, learned_records
from extractors.attendance.shape import _PERSONAL_TITLE
from extractors.names import PERSONAL_TITLES
from extractors.organisations import Gazetteer


@pytest.fixture
def shipped(monkeypatch):
    monkeypatch.delenv(MODEL_ENV, raising=False)


def _alone(text: str) -> list[tuple]:
    """The fallback by itself: no rules' block, nobody found before it."""
    return [(r.person, r.status, r.role, r.organisation) for r in learned_records(text, [], [], 1, Gazetteer.default())]


# ---- cells -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("cell, person", [
    ("Ann Rudd (Northvale Council)", True),
    ("Mr B Hart", True),
    ("Cy Irwin, Treasurer", True),
    ("Chairman Cllr Bo Hart", True),            # a role before a titled name
    ("Board Members", False),                   # a heading
    ("Apologies", False),
    ("Present", False),                         # a status cell
    ("✓", False),
    ("12", False),                              # a count
    ("Members of the public 4", False),
    ("Northvale Health Trust", False),          # a body
    ("12 March 2024", False),                   # a date
    ("AR", False),                              # a register column of initials
    ("Abbey Ward Councillor, Green Party", False),  # a seat, not a name
])
def test_a_person_cell_holds_a_name_and_no_heading_count_body_date_or_initials(cell, person):
    assert learned._person_cell(cell) is person


def test_a_grid_row_gives_each_person_cell_and_two_people_run_into_one_cell():
    row = "Ann Rudd (Northvale Council) Bo Hart (Eastshire PCT)\tCy Irwin (Westmoor Police)"
    assert learned._grid_cells(row) == [(0, "Ann Rudd (Northvale Council)"), (29, "Bo Hart (Eastshire PCT)"),
                                        (53, "Cy Irwin (Westmoor Police)")]
    # a count cell is no person: it stays with the cell before it
    assert learned._grid_cells("Mr Al Dunn, Chair\t12\tMs Di Eyre, Treasurer") == [
        (0, "Mr Al Dunn, Chair\t12"), (21, "Ms Di Eyre, Treasurer")]


def test_a_name_initials_role_row_is_one_person_and_its_initials_no_mark():
    row = "Dame Fay Quill\tFQ\tChair"
    assert learned._grid_cells(row) == []
    assert learned._has_mark(row) is False
    assert learned._status_cell(row, "present", []) == ("present", row)
    # a real mark still says the status
    assert learned._status_cell("Dame Fay Quill\tFQ\tApols", "present", []) == ("apologies",
                                                                              "Dame Fay Quill\tFQ\t     ")


def test_a_label_cell_gives_its_status_and_a_label_may_wrap_onto_the_next_line():
    assert learned._label_cell("Guests\tDee Lomas\tAdviser, Eastshire Trust", "") == ("in_attendance", 6, False)
    assert learned._label_cell("Board Members\tChairman Cllr Ann Rudd\tCabinet Member", "") == ("present", 13, False)
    assert learned._label_cell("IN\tEd Moss, Director of Housing", "ATTENDANCE:") == ("in_attendance", 2, True)
    # a meeting-facts row and a row of the rules' own people are no labels
    assert learned._label_cell("Date\t4 June 2019", "") is None
    assert learned._label_cell("Venue\tNorthvale Hall", "") is None
    assert learned._label_cell("Ann Rudd\tBo Hart", "") is None


# ---- the rules' vocabulary ---------------------------------------------------------------------------------------

def test_board_members_attending_and_those_attending_are_present_for_rules_and_fallback():
    for label in ("Board Members Attending", "Those attending:"):
        assert _heading(label)[0] == "present"
        assert cue_status(label) == "present"
    assert cue_status("Also attending:") == "in_attendance"
    assert cue_status("Chaired by: Ann Rudd") == "present"


def test_the_titles_are_one_list_for_rules_and_features():
    for title in PERSONAL_TITLES:
        assert _PERSONAL_TITLE.match(f"{title} Ann Rudd"), title
        assert learned._TITLE_START.match(f"{title} Ann Rudd"), title
    assert not _PERSONAL_TITLE.match("Deputy Chief Executive")
    assert learned._STATUS_WORDS["apols"] == "apologies" and learned._STATUS_WORDS["guests"] == "in_attendance"


# ---- pages (the shipped model) -----------------------------------------------------------------------------------

_LABEL_COLUMN = ("Northvale Environment Partnership\n"
                 "Meeting notes, 4 June 2019\n"
                 "Attendees\n"
                 "Board Members\tChairman Cllr Ann Rudd\tCabinet Member for Parks, Northvale Council\n"
                 "\tBo Hart\tDirector of Housing, Northvale Council\n"
                 "Guests\tCy Irwin\tAdviser, Eastshire Trust\n"
                 "Standing Officers\tDee Lomas\tClerk to the Partnership\n"
                 "Apologies\tEve Ford\tLay Member\n"
                 "Agenda\n"
                 "1\tWelcome\t5m\tCllr Ann Rudd\n")


def test_a_label_column_gives_the_status_of_its_rows(shipped):
    assert _alone(_LABEL_COLUMN) == [
        ("Ann Rudd", "present", "Cabinet Member for Parks", "Northvale Council"),
        ("Bo Hart", "present", "Director of Housing", "Northvale Council"),
        ("Cy Irwin", "in_attendance", "Adviser", "Eastshire Trust"),
        ("Dee Lomas", "in_attendance", "Clerk to the Partnership", None),
        ("Eve Ford", "apologies", "Lay Member", None),
    ]


_CHAIRED_GRID = ("Northvale Children's Partnership\n"
                 "Meeting notes, 9 May 2012\n"
                 "Chaired by: Gus Kane (Northvale Council)\n"
                 "Gus Kane (Northvale Council) Hal Moss (Eastshire PCT)\tIda Nash (Westmoor Police)\n"
                 "Jon Owen (Northvale Council)\tKay Pratt (Northvale Schools)\tLee Quinn (Eastshire PCT)\n"
                 "Apologies:\n"
                 "Max Reid (Westmoor Police)\tNia Stone (Northvale Council)\n"
                 "Points of discussion\n"
                 "1) Introductions\n"
                 "The Partnership noted the apologies.\n")


def test_a_name_grid_without_a_present_heading_gives_one_person_a_cell(shipped):
    assert [(p, s, o) for p, s, _, o in _alone(_CHAIRED_GRID)] == [
        ("Gus Kane", "present", "Northvale Council"), ("Hal Moss", "present", "Eastshire PCT"),
        ("Ida Nash", "present", "Westmoor Police"), ("Jon Owen", "present", "Northvale Council"),
        ("Kay Pratt", "present", None), ("Lee Quinn", "present", "Eastshire PCT"),
        ("Max Reid", "apologies", "Westmoor Police"), ("Nia Stone", "apologies", "Northvale Council"),
    ]


_WRAPPED_LABEL = ("Northvale Council of Governors\n"
                  "14 March 2011\n"
                  "PRESENT:\tAnn Rudd (Chair)\tBo Hart\tCy Irwin\n"
                  "\tDee Lomas\tEve Ford\n"
                  "IN\tGus Kane, Deputy Governor\n"
                  "ATTENDANCE:\n"
                  "\tHal Moss, Chief Executive\n"
                  "\tIda Nash, Trust Secretary\n"
                  "1.1\tThe Chair welcomed new governors.\n")


def test_a_label_wrapped_onto_a_second_line_says_in_attendance(shipped):
    assert [(p, s, r) for p, s, r, _ in _alone(_WRAPPED_LABEL)] == [
        ("Ann Rudd", "present", None), ("Bo Hart", "present", None), ("Cy Irwin", "present", None),
        ("Dee Lomas", "present", None), ("Eve Ford", "present", None),
        ("Gus Kane", "in_attendance", "Deputy Governor"), ("Hal Moss", "in_attendance", "Chief Executive"),
        ("Ida Nash", "in_attendance", "Trust Secretary"),
    ]
