"""Decision shapes of council scrutiny minutes: minute numbers "21/1" before a title in capitals, a bare "NOTED"
closing its item, "ORDERED that" and "CONCLUDED that", and an item table whose text keeps only the decision
column (one decision a row, a row that decides nothing left out).

Every name and body here is invented; the formulaic words are as minutes print them."""
from .decision_shapes import page_decisions as _found


def test_slash_numbered_items_bare_noted_and_ordered():
    found = _found(
        "Item Number\tItem/Resolution\nPUBLIC\n21/1\tELECTION OF CHAIR - APPOINTMENT\n"
        "The clerk sought nominations for Chair of the Panel for the meeting.\n"
        "AGREED that Councillor Ames be appointed Chair of the Panel for the meeting.\n"
        "21/2\tWELCOME - NEW MEMBER\nThe Chair welcomed a new member of the Panel.\nNOTED\n"
        "21/3\tVICE-CHAIR - APPOINTMENT\nThe Chair sought nominations for Vice-Chair for the year.\n"
        "ORDERED that Councillor Bell be appointed as Vice-Chair of the Panel for the year.\n"
        "21/4\tMINUTES - PANEL 3 MARCH 2021\nThe minutes of the meeting of the Panel held on 3 March 2021 were "
        "submitted and approved as a correct record.\n21/5\tWORK PROGRAMME\nThe officer set out possible topics.\n")
    assert found == [
        ("21/1", "approved", "AGREED that Councillor Ames be appointed Chair of the Panel for the meeting."),
        ("21/2", "noted", "NOTED"),
        ("21/3", "approved", "ORDERED that Councillor Bell be appointed as Vice-Chair of the Panel for the year."),
        ("21/4", "approved", "The minutes of the meeting of the Panel held on 3 March 2021 were submitted and "
                             "approved as a correct record."),
    ]


def test_bare_noted_before_more_narrative_is_no_decision_on_its_own():
    # "NOTED" followed by the paragraph it heads is a block verdict, not a one-word decision
    found = _found("4. Winter Plan\nNOTED\nThe update on the winter plan and the staffing figures.\n5. Close\n")
    assert found == [("4.", "noted", "The update on the winter plan and the staffing figures.")]


def test_item_table_with_only_its_decision_column():
    found = _found(
        "Item\tDescription\tDecision\nThere were no declarations of interest.\n"
        "The minutes of the meeting held on 2nd March 2012 were signed by the Chair as a correct record.\n"
        "CONCLUDED that the work programme be agreed.\n"
        "1. The update on the regional review be noted. 2. The draft protocol be endorsed.\n"
        "CONCLUDED that the Chair's report be noted.\n2.00 pm - 4.15 pm\n"
        "Members heard an update on the dental contract from the local commissioner.\n")
    assert found == [
        (None, "approved", "The minutes of the meeting held on 2nd March 2012 were signed by the Chair as a correct "
                           "record."),
        (None, "agreed", "CONCLUDED that the work programme be agreed."),
        (None, "approved", "1. The update on the regional review be noted. 2. The draft protocol be endorsed."),
        (None, "noted", "CONCLUDED that the Chair's report be noted."),
    ]


def test_a_one_digit_minute_number_needs_a_title_in_capitals():
    # "24/7 Crisis Line" is a service's name, not minute 24/7
    found = _found("6. Crisis Services\n24/7 Crisis Line\nRESOLVED that the report be noted.\n")
    assert found == [("6.", "noted", "RESOLVED that the report be noted.")]


def test_numbered_paragraph_ending_in_a_colon_is_a_decision_not_an_item():
    # the date line under the body's name is no item 13 either
    found = _found("NORTHVALE NHS FOUNDATION TRUST\n13 OCTOBER 2011\n2.1\tOne governor told the Council about a new role.\n"
                   "3.1\tThe following change to the minutes was agreed:\n")
    # a change to the minutes is agreed; the minutes themselves are not approved by it
    assert found == [(None, "agreed", "3.1 The following change to the minutes was agreed:")]
