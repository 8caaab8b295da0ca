"""Attendance shapes taught by the retired thirteenth blind set, each on an invented example: the formulaic words are
as minutes print them, the bodies and names are made up."""
from boardpapers.extractors.attendance.headings import _heading
from boardpapers.extractors.ocr import _mend_misreads

from .attendance_shapes import people


def test_a_surname_grid_under_councillors_gives_each_councillor():
    found = people("Minutes of Proceedings\n"
                   "Present\n"
                   "Councillors\n"
                   "Abbot\tDenham\tLister\n"
                   "Ann Baker\tEmsley\tMorton\n"
                   "Carl Baker\tFoxley (Vice-Chairman)\tNorris\n"
                   "Dunn MBE\tGrange\tPerrin\n"
                   "In Attendance\n"
                   "Sam Quill\tTed Rowe\tUna Sharp\n"
                   "Vic Tull\tWes Upton\tYan Vell\n"
                   "Minutes\n"
                   "90 Apologies for absence\n"
                   "No apologies were received.\n", "status", "role")
    assert found == {
        "Abbot": ("present", None), "Denham": ("present", None), "Lister": ("present", None),
        "Ann Baker": ("present", None), "Emsley": ("present", None), "Morton": ("present", None),
        "Carl Baker": ("present", None), "Foxley": ("present", None), "Norris": ("present", None),
        "Dunn": ("present", None), "Grange": ("present", None), "Perrin": ("present", None),
        "Sam Quill": ("in_attendance", None), "Ted Rowe": ("in_attendance", None), "Una Sharp": ("in_attendance", None),
        "Vic Tull": ("in_attendance", None), "Wes Upton": ("in_attendance", None), "Yan Vell": ("in_attendance", None),
    }


def test_a_lone_surname_among_initialled_names_is_not_read_as_a_councillor():
    # an initial lost by a scan's text ("Duxbury" for "I Duxbury") in a grid of initialled names: no new person
    found = people("Present:\n"
                   "Councillors\n"
                   "A Ash\tF Fern\n"
                   "U Umber\tZ Zeal MBE\n"
                   "Dorsey\tM Moss\n"
                   "1. Welcome\n", "status")
    assert "Dorsey" not in found
    assert {"A Ash", "F Fern", "U Umber", "Z Zeal", "M Moss"} <= set(found)


def test_a_running_minute_number_then_apologies_with_a_full_stop_heads_the_list_below():
    assert _heading("141) Apologies.") == ("apologies", "Apologies", 15)
    assert _heading("2. Apologies.") == ("apologies", "Apologies", 13)
    assert _heading("Apologies.") is None  # a bare word and a stop, no item number: no heading of its own
    found = people("Present:\tCouncillors H. Hale (Chair)\n"
                   "\tA.E. Ames\n"
                   "\tM. Marsh\n"
                   "In attendance:\tClerk - Ms. C. Dale\n"
                   "141) Apologies.\n"
                   "Councillors E. Eyre, D. Eyre, T. Tait and I. Ince\n"
                   "142) Declarations of Interest\n"
                   "The Chair reminded Members to declare.\n", "status", "role")
    assert found == {"H. Hale": ("present", None), "A.E. Ames": ("present", None), "M. Marsh": ("present", None),
                     "C. Dale": ("in_attendance", "Clerk"), "E. Eyre": ("apologies", None),
                     "D. Eyre": ("apologies", None), "T. Tait": ("apologies", None), "I. Ince": ("apologies", None)}


def test_a_post_a_dash_then_a_titled_name_alone_after_the_heading():
    assert people("In attendance: Clerk – Mrs Ann Dale\n1. Minutes\n", "status", "role") == {
        "Ann Dale": ("in_attendance", "Clerk")}


def test_a_bar_with_a_full_stop_is_the_initial_i():
    words = [{"text": "and", "x0": 0, "x1": 10}, {"text": "|.", "x0": 12, "x1": 14}, {"text": "Ince", "x0": 16, "x1": 30}]
    assert [w["text"] for w in _mend_misreads(words)] == ["and", "I.", "Ince"]
    assert [w["text"] for w in _mend_misreads([{"text": "|", "x0": 0, "x1": 1}])] == ["|"]  # a rule stays a rule
