"""Attendance shapes taught by the retired ninth blind set, each on an invented example: the layout and the
formulaic words are as minutes print them, the bodies and names are made up."""
from .attendance_shapes import people

_MARKED = ("Minutes of the Meeting of the Licensing Committee\n"
           "Councillors:\n"
           "P Nora Quill (Chairman)\n"
           "P Owen Tarrant\n"
           "A Vera Hollis\n"
           "P Simon Dray (substitute for Vera Hollis)\n"
           "\n"
           "A Ada Pennock\n"
           "P: Present\n"
           "A: Apologies for absence submitted\n"
           "1 Public speaking\nThe Chairman welcomed the speakers.\n")


def test_mark_before_each_name_takes_its_status_from_the_legend():
    found = people(_MARKED, "status", "qualifiers", "substitute_for")
    assert found == {"Nora Quill": ("present", ("Chair",), None), "Owen Tarrant": ("present", (), None),
                     "Vera Hollis": ("apologies", (), None), "Simon Dray": ("substitute", (), "Vera Hollis"),
                     "Ada Pennock": ("apologies", (), None)}


def test_marks_without_a_legend_are_no_register():
    found = people(_MARKED.replace("P: Present\nA: Apologies for absence submitted\n", ""))
    assert [status for status, _, _ in found.values()].count("apologies") == 0  # a lone capital may be an initial
