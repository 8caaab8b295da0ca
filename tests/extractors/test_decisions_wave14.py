"""Decision shapes taught by the wave-14 dev cases (a district council's votes, a city health commission's motions, a
Commons committee's published decisions, a hospital district board's highlights), each on an invented example: the formulaic words are as minutes print
them, everything around them is written anew."""
from boardpapers.extractors.decisions.kinds import decision_kind
from boardpapers.extractors.decisions.wording import _item_heading

from .decision_shapes import page_decisions as _found


def test_the_verdict_of_a_vote_on_an_amendment_and_on_the_recommendation_are_two_decisions():
    found = _found("12. Depot relocation\n"
                   "Councillor Amberley proposed the recommendation and Councillor Frith seconded it.\n"
                   "A vote was taken on the amendment, which was not carried.\n"
                   "The vote on the recommendation was then taken, and carried by 19 votes to four.\n")
    assert found == [("12.", "rejected", "A vote was taken on the amendment, which was not carried."),
                     ("12.", "agreed", "The vote on the recommendation was then taken, and carried by 19 votes to four.")]


def test_a_vote_described_without_its_result_is_narrative():
    assert _found("4. Parking review\nA vote was taken by a show of hands after the debate had closed.\n") == []


def test_motion_by_seconded_by_motion_passed_is_one_decision_under_a_roman_heading_run_into_its_title():
    found = _found("II.Roll Call\nAttending: Ines Varga, Paul Odum.\n"
                   "III.Approval Of Meeting Agenda\n"
                   "Motion by Ines Varga to approve meeting agenda. Seconded by Paul Odum. Motion Passed.\n")
    assert found == [("III", "approved", "Motion by Ines Varga to approve meeting agenda. Seconded by Paul Odum. Motion Passed.")]


def test_a_roman_numeral_glued_to_a_sentence_is_no_heading():
    assert _item_heading("IV.The Commission approved the budget.") is None
    assert _item_heading("IV.Chair And Member Comments") == ("IV", "Chair And Member Comments")


def test_a_motion_to_recommend_that_another_body_act_leaves_the_decision_to_it():
    assert decision_kind("Motion by Ines Varga to recommend that the City Council adopt the plan. Seconded by Paul Odum. "
                         "Motion Passed.") == "other"
    assert decision_kind("Motion by Ines Varga to extend the pilot. Seconded by Paul Odum. Motion Passed.") == "agreed"


def test_the_committee_took_note_of_the_paper():
    found = _found("4. Quarterly finance report\nThe Committee took note of the paper.\n")
    assert found == [("4.", "noted", "The Committee took note of the paper.")]


def test_a_paper_received_by_the_body_is_noted_and_a_time_stamp_ends_the_decision_before_it():
    found = _found("3. Correspondence\nThe letter from the Trust was received by the Committee\nThe Committee adjourned at 8:15pm\n")
    assert found == [("3.", "noted", "The letter from the Trust was received by the Committee")]


def test_minutes_received_slash_adopted_and_a_decision_after_resumed_consideration():
    found = _found("Meeting called to order at 9:30am\nMinutes of the May meeting were received/adopted\n"
                   "The Board recessed at 10:05am\n"
                   "The Board resumed consideration of the grant request and agreed to fund it in full\n")
    assert found == [(None, "approved", "Minutes of the May meeting were received/adopted"),
                     (None, "agreed", "The Board resumed consideration of the grant request and agreed to fund it in full")]


def test_a_minute_reference_and_agenda_wording_run_into_the_minute_with_proposed_and_resolved():
    found = _found("041/22 To receive and accept apologies for absence Apologies were received from Cllr. Pemberton. "
                   "Proposed and Resolved that the reason given be accepted.\n"
                   "042/22 To receive and approve the notes of the meeting on 4th May as Minutes. Amendment to item 037/22 to "
                   "read 'the hedge to be cut in October.' Proposed and Resolved that the notes be approved as a correct record.\n")
    assert found == [("041/22", "agreed", "Proposed and Resolved that the reason given be accepted."),
                     ("042/22", "approved", "Proposed and Resolved that the notes be approved as a correct record.")]


def test_a_paragraph_number_before_agenda_wording_is_no_minute_reference():
    # only a reference with its year ("041/22") opens an item this way; "3." before a sentence stays a paragraph
    assert _found("3. To the surprise of members the hall was full. Proposed and Resolved that the hire fee be waived.\n") == [
        (None, "agreed", "Proposed and Resolved that the hire fee be waived.")]


def test_motion_passed_wrapped_onto_its_own_line_closes_the_motion():
    found = _found("IV.Approval Of Meeting Minutes\nMotion by Ines Varga to approve meeting minutes. Seconded by Paul Odum. Motion\n"
                   "Passed.\n")
    assert found == [("IV", "approved", "Motion by Ines Varga to approve meeting minutes. Seconded by Paul Odum. Motion Passed.")]
