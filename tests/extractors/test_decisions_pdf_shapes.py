"""Decision shapes of PDF minutes (issue 12): decision-table titles wrapped over several lines, paragraph-numbered
minutes under unnumbered headings, "RESOLVED – that … be agreed" and things that decide nothing. Invented text."""
from .decision_shapes import page_decisions


def _found(text):
    return page_decisions(text, "item", "item_title", "kind", "text")


def test_decision_table_titles_wrapped_onto_further_lines():
    # the layout reader writes a line wrapped in a cell with a TAB per blank column before it
    assert _found("Item\tTitle\tDecision\n"
                  "1.\tBetter Care Fund plan for\tThe Board approved the plan\n"
                  "\t2023 to 2025\tsubject to minor changes.\n"
                  "2.\tJoint Health and Wellbeing\tThe Board agreed the strategy.\n"
                  "\tStrategy refresh\n"
                  "3.\tPharmacy Needs\tNoted.\n"
                  "\tAssessment\n") == [
        ("1.", "Better Care Fund plan for 2023 to 2025", "approved",
         "The Board approved the plan subject to minor changes."),
        ("2.", "Joint Health and Wellbeing Strategy refresh", "agreed", "The Board agreed the strategy."),
        ("3.", "Pharmacy Needs Assessment", "noted", "Noted."),
    ]


def test_paragraph_numbered_minutes_take_the_heading_above_their_first_paragraph():
    assert _found("Minutes of the Board\n"
                  "Chief Executive's Report\n"
                  "12.1 The Chief Executive presented her report.\n"
                  "12.2 The Board RESOLVED to note the report.\n"
                  "Annual Plan\n"
                  "13.1 The Director presented the plan.\n"
                  "13.2 The Board RESOLVED – that the plan be agreed.\n") == [
        (None, "Chief Executive's Report", "noted", "RESOLVED to note the report."),
        (None, "Annual Plan", "agreed", "RESOLVED – that the plan be agreed."),
    ]


def test_resolved_dash_that_be_agreed_or_approved():
    assert _found("5. Terms of reference\nRESOLVED – that the terms of reference be agreed.\n"
                  "6. Plan\nRESOLVED – that the plan be approved, subject to the changes set out above.\n"
                  "7. Report\nRESOLVED – That the report be received and noted.\n") == [
        ("5.", "Terms of reference", "agreed", "that the terms of reference be agreed."),
        ("6.", "Plan", "approved", "that the plan be approved, subject to the changes set out above."),
        ("7.", "Report", "noted", "That the report be received and noted."),
    ]


def test_requests_recommendations_and_actions_are_no_decisions():
    assert _found("4. Better Care Fund\n"
                  "The Board is asked to approve the Better Care Fund plan.\n"
                  "Members are asked to agree the terms of reference.\n"
                  "The report recommends that the Board approves the strategy.\n"
                  "It is recommended that the Board agrees the plan.\n"
                  "RECOMMENDATION: That the Board notes the report.\n"
                  "Action\tOwner\tDue\n"
                  "Agree the revised plan with partners\tJB\tMay 2023\n"
                  "5. Next meeting\n") == []


def test_a_cover_sheets_decision_row_heads_no_decision_table():
    # "Decision | For approval" says what the paper asks the meeting for; the rows under it decide nothing
    assert _found("Report to: Trust Board\nPurpose: For decision\n"
                  "Decision\tFor approval\nApproval\tX\nAssurance\t\n") == []
    # a real decision table's header still opens one
    assert _found("Item\tDecision\n4.\tThe Board approved the plan.\n") == [
        ("4.", None, "approved", "The Board approved the plan.")]
