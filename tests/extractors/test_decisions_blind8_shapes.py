"""Decision shapes taught by the retired eighth blind set, each on an invented example: the formulaic words are as
minutes print them, the bodies and narrative are made up."""
from boardpapers.extractors.decisions.kinds import decision_kind

from .decision_shapes import page_decisions as _found


def test_bare_resolution_with_a_comma_after_that():
    found = _found("Exclusion of the Press and Public\nMinutes:\n"
                   "That, in accordance with Section 100A(4) of the Local Government Act 1972, the press and public be "
                   "excluded from the meeting for the following item.\n"
                   "Riverside Depot Lease\nMinutes:\nThe Cabinet considered a confidential report.\n", "kind", "text")
    assert found == [("agreed", "That, in accordance with Section 100A(4) of the Local Government Act 1972, the press "
                                "and public be excluded from the meeting for the following item.")]


def test_a_choice_not_to_take_a_proposal_up_is_rejected():
    assert decision_kind("The Board decided not to support the Eastmoor bid.") == "rejected"
    assert decision_kind("DECIDED not to proceed with the Kelby footbridge scheme.") == "rejected"
    assert decision_kind("It was agreed not to hold a meeting in August.") == "agreed"  # no proposal turned down
