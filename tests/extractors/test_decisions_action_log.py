"""An action log printed as a table (action, owner, due date or status) carries actions between meetings: its rows
are no decisions, even where a row says "agreed" (issue 12). A decision table with an action column stays a
decision table. Invented text."""
from .decision_shapes import page_decisions as _found


def test_action_log_rows_are_no_decisions():
    assert _found("3. Action log\n"
                  "No.\tAction\tOwner\tStatus\n"
                  "1\tThe Board agreed to circulate the dementia paper\tJS\tComplete\n"
                  "2\tAgreed: finance report to come back in June\tAB\tOpen\n"
                  "\tand to include the pooled budget\n"
                  "The action log was noted.\n"
                  "4. Dementia strategy\n"
                  "Agreed actions\tLead\tBy when\n"
                  "Approve the dementia strategy at the next meeting\tCD\tMarch\n"
                  "RESOLVED – That the dementia strategy be approved.\n") == [
        ("3.", "noted", "The action log was noted."),
        ("4.", "approved", "That the dementia strategy be approved."),
    ]


def test_a_decision_table_with_an_action_column_keeps_its_decisions():
    assert _found("Item\tDecision\tAction\tOwner\n"
                  "1.\tThe Board approved the plan.\tPublish the plan\tJS\n") == [
        ("1.", "approved", "The Board approved the plan."),
    ]
