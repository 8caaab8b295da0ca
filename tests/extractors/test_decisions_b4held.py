"""Decision shapes from the fourth blind set's retired held-out half (issue 12), as invented minutes."""
from boardpapers.extractors.decisions import decision_kind, parse_decisions
from boardpapers.models import Page
from .decision_shapes import page_decisions as _found


def test_resolved_to_note_is_noted_whatever_its_subject_says():
    assert decision_kind("RESOLVED: To note the attendance at this meeting of the following duly appointed "
                         "Reserve Member:-") == "noted"
    assert decision_kind("RESOLVED: 1. To note the forward plan.") == "noted"
    assert decision_kind("RESOLVED: To approve the plan.") == "approved"
    assert decision_kind("RESOLVED: To note and approve the budget.") == "approved"


def test_resolved_to_recommend_leaves_the_decision_to_another_body():
    assert decision_kind("Resolved to RECOMMEND: (to Council) That the revised terms of reference be "
                         "approved.") == "other"


def test_a_lettered_moderngov_item_number():
    # "1b" on its own line above the item's title (modelled on a Northern Irish council's ModernGov page)
    text = ("No.\tItem\n1a\nApologies\nMinutes:\nNo apologies were reported.\n1b\nMinutes\nMinutes:\n"
            "The minutes of the meeting of 7th June were taken as read and signed correct.\n")
    [d] = parse_decisions([Page(number=1, text=text)])
    assert d.item == "1b"
    assert d.kind == "approved"


def test_there_was_submitted_and_noted():
    # the Scottish council wording (modelled on a Scottish council's minutes PDF)
    found = _found("ELECTIONS\n1. There was submitted and noted a report dated 4 May 2012 (circulated) by the Chief "
                   "Executive on the results of the elections.\nAPPOINTMENTS\n2. The Chief Executive invited "
                   "nominations.\n")
    assert [(i, k) for i, k, _ in found] == [("1.", "noted")]
    assert found[0][2].startswith("There was submitted and noted a report dated 4 May 2012")


def test_there_was_submitted_alone_is_narrative():
    assert _found("3. There was submitted a report by the Director on the budget.\n") == []


def test_members_of_the_board_noted():
    # (modelled on an English health and wellbeing board's ModernGov minutes page)
    found = _found("5.\nPlace Update\nMinutes:\nThe Director gave an update on the place plan.\n"
                   "Members of the Board noted the update.\n")
    assert [(k, t) for _, k, t in found] == [("noted", "Members of the Board noted the update.")]
