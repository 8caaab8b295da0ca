"""Decision shapes taught by the retired thirteenth blind set, each on an invented example: the formulaic words are as
minutes print them, the bodies, names and narrative are made up."""
from boardpapers.extractors.decisions.kinds import decision_kind

from .decision_shapes import page_decisions as _found


def test_a_that_in_capitals_after_the_minutes_own_account_is_the_resolution():
    # the account mentions "recommendations" as a noun: it recommends nothing, so the "THAT …" below it is decided
    found = _found("Progress Update\n"
                   "Minutes:\n"
                   "The chairman took members through the outcomes and recommendations of earlier meetings.\n"
                   "THAT the progress report be noted.\n", "kind", "text")
    assert found == [("noted", "THAT the progress report be noted.")]


def test_a_that_under_a_recommendation_label_is_still_no_decision():
    found = _found("5. Budget monitoring\n"
                   "Recommendation:\n"
                   "That the Board approves the budget.\n", "text")
    assert found == []


def test_a_body_verb_written_with_a_capital_records_the_verdict():
    found = _found("2 Minute of Meeting held on 3 May 2016\n"
                   "The Committee Approved the Minute and Action Plan of the meeting held on 3 May 2016.\n"
                   "3 Matters Arising\n"
                   "The Committee Noted that the survey had been delayed.\n", "item", "kind", "text")
    assert found == [("2", "approved", "The Committee Approved the Minute and Action Plan of the meeting held on "
                                      "3 May 2016.")]


def test_another_agendas_item_named_inside_a_minute_opens_no_item():
    found = _found("3 Matters Arising\n"
                   "There were none.\n"
                   "4 Board Business\n"
                   "4.1 Board Meeting - 8 June 2016\n"
                   "The Committee looked at the reports on the Board's agenda:\n"
                   "Item 4.6 Redesign of Community Nursing\n"
                   "Members noted the circulated report recommending the Board support the redesign.\n"
                   "4.2 Workforce Plan\n"
                   "Members noted the plan.\n", "item", "kind")
    assert found == [("4.1", "noted"), ("4.2", "noted")]


def test_an_item_word_heading_in_its_own_sequence_is_still_an_item():
    found = _found("1 Welcome\n"
                   "All were welcomed.\n"
                   "2 Minutes\n"
                   "The minutes were approved.\n"
                   "Item 3 Finance\n"
                   "RESOLVED that the accounts be approved.\n", "item", "text")
    assert found == [("2", "The minutes were approved."), ("Item 3", "RESOLVED that the accounts be approved.")]


def test_lettered_matters_arising_are_sub_items_of_their_own():
    found = _found("3. MATTERS ARISING FROM PREVIOUS MEETINGS\n"
                   "a) Pier Repairs (4.2.11, para 5)\n"
                   "Members considered the engineer's letter and it was:-\n"
                   "RESOLVED to note the letter.\n"
                   "b) Hall Notice Board (4.2.11, para 4 (a))\n"
                   "Members heard the board had been replaced and it was:-\n"
                   "RESOLVED to note that this item had concluded.\n", "item", "text")
    assert found == [("3a", "RESOLVED to note the letter."),
                     ("3b", "RESOLVED to note that this item had concluded.")]


def test_lettered_parts_of_another_item_stay_in_it():
    found = _found("3. Minutes of the Board meeting held on 4 May 2011\n"
                   "a) Approval of Minutes\n"
                   "The minutes were approved as an accurate record of the meeting.\n"
                   "b) Actions Arising\n"
                   "The Secretary went through the actions.\n", "item", "text")
    assert found == [("3.", "The minutes were approved as an accurate record of the meeting.")]


def test_a_verdict_with_no_was_on_all_that_was_listed():
    found = _found("143) To receive any recommendations of the Events Sub-Committee:\n"
                   "The following spending was recommended to Council:\n"
                   "- Fireworks - hire of a field.\n"
                   "All expenditure approved accordingly, subject to the Chair's sign-off of the costings.\n",
                   "item", "kind", "text")
    assert found == [("143", "approved", "All expenditure approved accordingly, subject to the Chair's sign-off of "
                                         "the costings.")]


def test_a_low_number_with_an_agenda_verb_and_a_colon_is_still_a_part():
    found = _found("RESOLVED:\n"
                   "1. To approve the following:\n"
                   "the plan.\n", "item")
    assert all(item is None for (item,) in found)


def test_minutes_agreed_with_the_verb_first_are_approved():
    assert decision_kind("Agreed the minutes of the meeting held on 9 April 2013 subject to an amendment to reflect "
                         "the apologies of Councillor Vale.") == "approved"


def test_a_report_noted_is_noted_whatever_it_recommends():
    assert decision_kind("Members noted the circulated report recommending the Board support the new boundaries.") \
        == "noted"
    assert decision_kind("The Committee noted the report which sought Board approval for the direction of travel.") \
        == "noted"
    assert decision_kind("The Committee noted the report and approved its recommendations.") == "approved"
