"""Decision shapes taught by the wave-11 dev cases (parish and community councils above all), each on an invented
example: the formulaic words are as minutes print them, everything around them is written anew."""
from boardpapers.extractors.decisions.kinds import decision_kind

from .decision_shapes import page_decisions as _found


def test_agenda_wording_in_lower_case_after_a_number_is_a_heading_but_a_part_in_a_resolution_is_not():
    found = _found("2. To receive declarations of interest.\nNone\n"
                   "3. To confirm the minutes of the meeting held on Tuesday 4th June 2024\n"
                   "Resolved, that these minutes be agreed as a true and accurate record of the proceedings\n"
                   "4. To consider the allotment rents\nThe rents were last raised in 2019.\n")
    assert found == [("3.", "approved", "Resolved, that these minutes be agreed as a true and accurate record of the proceedings")]
    found = _found("6. Play Area\nRESOLVED:\n1. To note the inspection report;\n2. To approve the repair of the swings;\n")
    assert [i for i, _, _ in found] == ["6."]


def test_resolved_with_mover_and_seconder_then_unanimously_agreed_closes_the_motion():
    found = _found("5. To fill the vacancy\n"
                   "Resolved, proposed Cllr Brook, seconded Cllr Amis, that Tom Yeo be co-opted to the office of parish councillor. Unanimously agreed\n"
                   "Tom Yeo signed the declaration of acceptance of office and joined the meeting.\n")
    assert found == [("5.", "approved", "Resolved, proposed Cllr Brook, seconded Cllr Amis, that Tom Yeo be co-opted to the "
                                        "office of parish councillor. Unanimously agreed")]


def test_number_title_colon_and_text_on_one_line_is_a_heading_only_where_its_number_follows_the_last():
    found = _found("3. Minutes of the meeting held on 2nd March: The minutes were approved and signed as a true record.\n"
                   "5. Finance\nThe Treasurer reported on the accounts.\n"
                   "1. Audit: after questions, RESOLVED that the internal audit report be noted.\n")
    assert found == [("3.", "approved", "The minutes were approved and signed as a true record."),
                     ("5.", "noted", "RESOLVED that the internal audit report be noted.")]


def test_the_record_of_a_motion_before_its_verdict_is_part_of_the_decision():
    found = _found("4. Approval of the grant schedule – Ref 25/031: Proposed and seconded; a vote was taken; 6 for, 1 against. "
                   "It was therefore RESOLVED that the grant schedule be approved.\n"
                   "6. Election of Vice-Chair: Nominations were invited. LW proposed GH second TR. The proposal was agreed.\n")
    assert found == [
        ("4.", "approved", "Proposed and seconded; a vote was taken; 6 for, 1 against. It was therefore RESOLVED that the grant "
                           "schedule be approved."),
        ("6.", "agreed", "LW proposed GH second TR. The proposal was agreed."),
    ]


def test_noted_and_accepted_with_the_following_comments_keeps_the_comments_out_and_is_noted():
    found = _found("8. Clerk's Report\nThe report was noted and accepted with the following comments:\n"
                   "- The bench by the pond needs a new slat.\n- The hall insurance falls due in July.\n")
    assert found == [("8.", "noted", "The report was noted and accepted with the following comments:")]


def test_agreed_with_the_officer_who_acts_and_no_that():
    found = _found("7. Bus Shelter\nResidents asked for a timetable at the shelter.\n"
                   "Agreed Clerk should write to the bus company for a timetable.\n"
                   "Agreed Cllr Dunmore to ask the surgery about its opening hours.\n")
    assert found == [("7.", "agreed", "Agreed Clerk should write to the bus company for a timetable."),
                     ("7.", "agreed", "Agreed Cllr Dunmore to ask the surgery about its opening hours.")]


def test_a_seconded_proposal_which_was_agreed_is_a_decision_and_the_next_lettered_matter_is_not_part_of_it():
    found = _found("4. Matters Arising\n"
                   "a) Cllr Ives proposed that £40 be given to the lunch club. Cllr Rowe seconded the proposal, which was agreed by all.\n"
                   "b) The noticeboard had been repainted.\n")
    assert found == [("4.", "agreed", "a) Cllr Ives proposed that £40 be given to the lunch club. Cllr Rowe seconded the "
                                      "proposal, which was agreed by all.")]


def test_a_short_title_over_its_paragraph_ends_a_sentence_left_without_a_full_stop():
    found = _found("Minutes\nThe minutes of the April meeting were agreed and signed off by the Chair\n"
                   "Correspondence\nA letter had been received from the health board about the new clinic.\n")
    assert found == [(None, "approved", "The minutes of the April meeting were agreed and signed off by the Chair")]


def test_planning_application_noted_with_no_objection():
    found = _found("9. Planning\nAn application for a porch at Ty Gwyn was considered.\n"
                   "The application was noted and no objection was raised.\n")
    assert found == [("9.", "noted", "The application was noted and no objection was raised.")]


def test_a_resolution_restating_the_decision_just_recorded_counts_once():
    found = _found("3) MINUTES\nIt was proposed, seconded and agreed that the Minutes of the meeting held on 8th March be "
                   "approved as a true record.\nResolved:\nThat the Minutes of the meeting held on 8th March be approved as a true record.\n")
    assert [(i, k) for i, k, _ in found] == [("3", "approved")]


def test_a_date_and_a_verb_under_minutes_approve_that_meeting_s_minutes():
    assert _found("2. Minutes\n14-02-03 approved\n") == [("2.", "approved", "14-02-03 approved")]


def test_arising_therefrom_resolved_over_bare_clauses_is_agreed():
    assert decision_kind("Arising therefrom Resolved: 1. Clerk ask the county council for a date") == "agreed"
