"""Decision shapes of wave 18 (December 2026): council audit and scrutiny committees' issue pages, fire authorities'
ModernGov pages, a national park forum's minutes.

Every name, body and sentence here is invented; only the layouts are those of the real minutes ("The Committee
approved the minutes of its meeting of … subject to the following amendments." over lettered amendments that are
bare "That …" sentences)."""
from .decision_shapes import page_decisions as _found

_AMENDED = ("12\tMinutes\n"
            "The Committee approved the minutes of its meeting of 4 May and authorised the Chair to sign them as a "
            "correct record, subject to the following amendments.\n"
            "(a)     Attendance\n"
            "That Councillor Rhian Toller be added to the list of Voting Members present at the meeting.\n"
            "(b)     Item 9: Risk Register\n"
            "That the second bullet point be corrected to read ‘quarterly’.\n"
            "13\tWork Plan\n"
            "That the work plan be approved.\n")


def test_bare_resolutions_under_amendments_ending_in_a_full_stop_correct_the_old_minutes():
    assert [(item, kind) for item, kind, _ in _found(_AMENDED)] == [("12", "approved"), ("13", "approved")]


def test_amendments_introduced_by_a_colon_are_no_decisions_either():
    text = _AMENDED.replace("the following amendments.", "the following amendments:")
    assert [item for item, _, _ in _found(text)] == ["12", "13"]


def test_a_bare_resolution_after_an_approval_without_amendments_is_its_own_decision():
    text = ("12\tMinutes\n"
            "The Committee approved the minutes of its meeting of 4 May and authorised the Chair to sign them.\n"
            "That the action log be noted.\n")
    assert [kind for _, kind, _ in _found(text)] == ["approved", "noted"]
