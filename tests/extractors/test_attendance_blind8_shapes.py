"""Attendance shapes taught by the retired eighth blind set, each on an invented example: the layout and the
formulaic words are as minutes print them, the bodies and names are made up."""
from boardpapers.extractors.attendance.learned import _may_add

from .attendance_shapes import people


def test_council_title_run_into_the_name_in_a_substitute_sentence():
    found = people("Apologies for absence\nMinutes:\nAn apology for absence was received from Cllr Ria Penhale and "
                   "CllrTobias Wren attended as substitute.\nDeclarations of Interests\n", "status", "substitute_for")
    assert found == {"Ria Penhale": ("apologies", None), "Tobias Wren": ("substitute", "Cllr Ria Penhale")}


def test_a_motion_record_in_title_case_gives_the_learned_fallback_nobody():
    # the CRF tags such a line as an entry on some pages (a Northern Irish council's AGM); the gate keeps it out
    assert not _may_add("Councillor Quarrie Moved, Councillor Ashdown Seconded and the Council", 0, [])
    assert _may_add("Councillor Ada Quarrie, Councillor Ben Ashdown", 0, [])


def test_apologies_under_a_written_out_minute_reference_and_dash():
    text = ("PRESENT\nMr. Ivo Marsh\t(Chairman)\nMs. Uma Kettle\t(Chief Executive)\n"
            "On behalf of the Board, Mr Marsh welcomed everyone.\n"
            "Minute No 2019.4.031 - Apologies (Agenda Item 1)\n"
            "Mr. Hal Orton (Non-Executive Director)\n"
            "Minute No. 2019.4.032 - Minutes of the Previous Meeting (Agenda Item 2)\n"
            "The minutes were agreed as an accurate record.\n")
    assert people(text, "status")["Hal Orton"] == ("apologies",)
