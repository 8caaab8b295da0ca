"""Decision shapes taught by the retired eleventh blind set, each on an invented example: the formulaic words are as
minutes print them, the bodies, names and narrative are made up."""
from .decision_shapes import page_decisions as _found


def test_an_approved_stamp_over_the_body_name_at_the_head_of_the_minutes_is_no_decision():
    found = _found("APPROVED\n"
                   "NHS EASTSHIRE\n"
                   "Minute of the Area Clinical Forum Meeting held on Wednesday 14 May 2014\n"
                   "Present:\n"
                   "Dr Ann Lee\n"
                   "3. Minute of previous meeting\n"
                   "The Minute of the previous meeting was approved as an accurate record.\n", "item", "text")
    assert found == [("3.", "The Minute of the previous meeting was approved as an accurate record.")]


def test_a_bare_verdict_over_its_resolution_at_the_head_of_a_page_is_still_a_decision():
    assert _found("AGREED\nThat the report be noted.\n", "text") == [("That the report be noted.",)]


def test_the_meeting_date_and_time_under_the_title_is_no_item():
    found = _found("Westshire Alcohol and Drug Partnership\n"
                   "EXECUTIVE GROUP MEETING\n"
                   "20 April 2011 at 10.00 - 3.00pm\n"
                   "Minutes of Meeting\n"
                   "FINANCE UPDATE\n"
                   "It was agreed that Ann Lee will edit the grant forms.\n", "item", "text")
    assert found == [(None, "It was agreed that Ann Lee will edit the grant forms.")]


def test_a_sub_item_number_a_title_in_capitals_and_its_minute_on_one_line_with_no_full_stop():
    found = _found("MINUTES\n"
                   "4. ACTION PLAN\n"
                   "4.1 ACTION PLAN 2009-10 The plan had been reviewed in full in February, so it was\n"
                   "agreed that Ann would submit the Plan to the board.\n"
                   "4.2 FUNDING\n", "item", "item_title", "text")
    assert found == [("4.1", "ACTION PLAN 2009-10",
                      "The plan had been reviewed in full in February, so it was agreed that Ann would submit the Plan "
                      "to the board.")]


def test_approved_as_an_accurate_record_alone_under_the_minutes_item():
    found = _found("MINUTES\n"
                   "2.0\tMinute of Previous Meeting\n"
                   "2.1\tApproved as an accurate record\n"
                   "3.0\tMatters Arising\n", "item", "text", "kind")
    assert found == [("2.0", "Approved as an accurate record", "approved")]
