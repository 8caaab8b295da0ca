"""Attendance shapes the lead fixed in session 30, each on an invented example: the layout and the formulaic words
are as minutes print them, the bodies and names are made up."""
from .attendance_shapes import people


def test_apologies_presented_offered_or_conveyed_from_a_list_are_apologies():
    # a county council's wording ("Apologies for absence were presented from:") over a list, and in a sentence
    found = people("Minutes\n\nApologies for absence were presented from:\n\nCounty Councillor Ann Pike\n"
                   "Mr Bo Dent, Northvale Council\n\n1. Minutes\nThe minutes were agreed.\n", "status", "organisation")
    assert found == {"Ann Pike": ("apologies", None), "Bo Dent": ("apologies", "Northvale Council")}
    for verb in ("presented", "offered", "conveyed"):
        found = people(f"Present: Cllr Jo Bell (Chair)\n\nApologies for absence were {verb} from Councillor Ann Pike "
                       "and Mr Bo Dent.\n\n1. Minutes\n", "status")
        assert found == {"Jo Bell": ("present",), "Ann Pike": ("apologies",), "Bo Dent": ("apologies",)}, verb
