"""The decision kind rule (extractors.decisions.decision_kind): the wording minutes use, and its precedence."""
from __future__ import annotations

import pytest

from boardpapers.extractors.decisions import decision_kind, parse_decisions
from boardpapers.models import Page


@pytest.mark.parametrize("text,kind", [
    ("That the report be noted.", "noted"),
    ("The Board received the update.", "noted"),
    ("That the Board approves the plan for submission to NHS England.", "approved"),
    ("That the refreshed strategy be endorsed and recommended to partner organisations.", "approved"),  # endorsing approves (issue 12, h/decisions)
    ("That the Board supports the proposals set out in section 4 of the report.", "approved"),
    ("That the minutes of the meeting held on 3 May be agreed as a correct record.", "approved"),  # a record confirmed is approved
    ("That the report be noted and the recommendations agreed.", "agreed"),  # agreeing outranks noting
    ("That the item be deferred to the next meeting.", "deferred"),
    ("That consideration of the plan be postponed until the March meeting.", "deferred"),
    ("That the proposal be not approved.", "rejected"),
    ("The Board did not support the proposed changes.", "rejected"),
    ("That the application be rejected and the plan noted.", "rejected"),
    ("That the comments of the Board be forwarded to the consultation.", "other"),
    ("That the Director of Public Health be asked to circulate the data.", "other"),
    ("", "other"),
])
def test_decision_kind(text, kind):
    assert decision_kind(text) == kind


def test_parse_decisions_sets_the_kind():
    pages = [Page(1, "5. Joint Strategic Needs Assessment\nRESOLVED: That the assessment be approved.\n\n"
                     "6. Performance\nRESOLVED: That the report be noted.")]
    assert [(d.item, d.kind) for d in parse_decisions(pages)] == [("5.", "approved"), ("6.", "noted")]
