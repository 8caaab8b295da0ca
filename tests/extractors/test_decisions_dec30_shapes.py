"""Decision shapes from the dec30 sweep of real minutes no set uses (a motion's record closed by a plain verdict, a
vote told as who was in favour, "It was proposed by A and resolved …" with no seconder, a line cut before a name),
each on an invented example."""
from .decision_shapes import page_decisions as _found


def test_a_plain_verdict_after_a_motion_joins_it():
    text = ("2. Co-option of Treasurer\n"
            "CC Dunmore proposed Petra Vale for the position of Treasurer and was seconded by CC Amberley. "
            "All present agreed.\n")
    assert _found(text) == [("2.", "agreed", "CC Dunmore proposed Petra Vale for the position of Treasurer and was "
                                             "seconded by CC Amberley. All present agreed.")]


def test_this_was_approved_as_such_after_a_passive_motion():
    text = ("1. Minutes of previous meeting\n"
            "Approval of the minutes of the previous meeting as a true record was proposed by Mr K. Lorne and "
            "seconded by Mrs F. Treadwell. This was approved as such.\n")
    assert _found(text) == [("1.", "approved", "Approval of the minutes of the previous meeting as a true record was "
                                               "proposed by Mr K. Lorne and seconded by Mrs F. Treadwell. This was "
                                               "approved as such.")]


def test_an_election_verdict_after_the_nomination():
    text = ("4 Election of Vice Chair.\n"
            "Cllr. Orme proposed, seconded by Cllr. Peel, that Cllr. Wrenfield be elected Vice Chairman for the "
            "ensuing year. Cllr. Wrenfield was duly elected unanimously.\n")
    assert _found(text) == [("4", "approved", "Cllr. Orme proposed, seconded by Cllr. Peel, that Cllr. Wrenfield be "
                                              "elected Vice Chairman for the ensuing year. Cllr. Wrenfield was duly "
                                              "elected unanimously.")]


def test_a_plain_verdict_with_no_motion_before_it_decides_nothing():
    text = ("3. Village fete\n"
            "The fete raised more than last year and the stalls were busy. All present agreed.\n")
    assert _found(text) == []


def test_a_vote_told_as_all_in_favour_is_a_decision():
    text = ("18/40 Minutes of meeting of 3rd May 2018\n"
            "The minutes of the meeting held on 3rd May 2018 were then proposed by Cllr Ashby, seconded by Cllr Nunn "
            "and all those at the meeting were in favour.\n"
            "18/41 Outstanding Applications\n"
            "S/HOU/18/0921 Rear extension at Mill Cottage\n"
            "A proposal was raised to reply with \"No objection\" by Cllr Ashby. Cllr Nunn seconded this and all "
            "Cllrs were in favour.\n")
    assert _found(text) == [
        ("18/40", "approved", "The minutes of the meeting held on 3rd May 2018 were then proposed by Cllr Ashby, "
                              "seconded by Cllr Nunn and all those at the meeting were in favour."),
        ("18/41", "agreed", "A proposal was raised to reply with \"No objection\" by Cllr Ashby. Cllr Nunn seconded "
                            "this and all Cllrs were in favour.")]


def test_proposed_and_resolved_with_no_seconder():
    text = ("211/21 CLOSED SESSION\n"
            "It was proposed by Cllr Marsh and resolved to go into closed session.\n"
            "212/21 STAFF MEETING\n"
            "It was proposed by Cllr Pike and resolved, to invite all staff to a meeting on 3rd May at the Hall.\n")
    assert _found(text) == [
        ("211/21", "agreed", "It was proposed by Cllr Marsh and resolved to go into closed session."),
        ("212/21", "agreed", "It was proposed by Cllr Pike and resolved, to invite all staff to a meeting on 3rd May "
                             "at the Hall.")]


def test_a_part_cut_before_a_capitalised_name_goes_on_with_it():
    text = ("14 – Terms of Reference\n"
            "The Board discussed the draft.\n"
            "RESOLVED:- (i) To agree the Terms of Reference and Code of\n"
            "Conduct subject to the amendments outlined above.\n")
    assert _found(text) == [("14", "agreed", "(i) To agree the Terms of Reference and Code of Conduct subject to the "
                                             "amendments outlined above.")]


def test_a_paragraph_number_alone_above_its_sentence_is_no_item():
    # (the resolution's own paragraph number stands for the item where the page prints none)
    text = ("Agenda item\n\nIssues Raised by the Panels\n\nPanel Chairs to report\n\nMinutes:\n\n6.1\n\n"
            "The Chairs of the Panels in attendance, updated the Committee on the respective Panel's work.\n\n"
            "6.2\n\nRESOLVED: That the Committee notes the information now reported.\n")
    assert _found(text, "item", "item_title", "text") == [
        ("6.2", "Issues Raised by the Panels", "That the Committee notes the information now reported.")]


def test_a_numbered_short_title_still_opens_its_item():
    text = "6.1\n\nUpdate on the Library Review\n\nRESOLVED: That the update be noted.\n"
    assert _found(text, "item", "item_title") == [("6.1", "Update on the Library Review")]


def test_the_same_short_verdict_under_each_application_is_kept_and_ends_before_the_next():
    text = ("412 PLANNING\n"
            "  • 21/100231/FULL 4 Orchard Row\n\nSingle storey rear extension.\n\n"
            "Unanimously AGREED to support the application\n\n"
            "  • 21/100377/FULL 9 Kiln Lane\n\nReplacement garage.\n\n"
            "Unanimously AGREED to support the application\n")
    assert _found(text) == [("412", "approved", "AGREED to support the application"),
                            ("412", "approved", "AGREED to support the application")]


def test_a_resolution_printed_twice_under_its_item_is_still_kept_once():
    text = ("7 Budget Monitoring\nDecision:\nRESOLVED: That the report be noted.\nMinutes:\n"
            "The Treasurer presented the report.\nRESOLVED: That the report be noted.\n")
    assert _found(text, "item", "text") == [("7", "That the report be noted.")]


def test_lettered_that_parts_after_the_discussion_are_one_resolution():
    # (a finished sentence of the discussion saying members were asked to consider topics is no recommendation's lead-in)
    text = ("41 Review Groups Progress Report\n\n"
            "Members were asked to consider topics for future reviews, and two were suggested.\n\n"
            "a.    That Councillors Ames and Birch be appointed to the Flood Review Group.\n\n"
            "b.    That scoping reports on both topics be brought to a future meeting.\n")
    assert _found(text) == [("41", "approved", "a. That Councillors Ames and Birch be appointed to the Flood Review "
                                               "Group.\nb. That scoping reports on both topics be brought to a future "
                                               "meeting.")]


def test_a_first_part_in_the_subjunctive_with_no_that_and_its_list_past_the_gaps():
    text = ("12 Work Programme\n\nThe Coordinator submitted a report on the work programme.\n\n"
            "(a)       subject to the items agreed during the meeting, the work programme be approved;\n\n"
            "(b)       the following members be appointed to the Challenge Groups –\n\n"
            "            Housing – Councillor Ada Morn\n\n"
            "            Leisure – Councillor Ben Tull, and\n\n"
            "(c)       the matter be given further consideration at the next meeting.\n\n"
            "The meeting concluded at 12.40 p.m.\n")
    assert _found(text) == [("12", "approved", "(a) subject to the items agreed during the meeting, the work programme "
                                               "be approved;\n(b) the following members be appointed to the Challenge "
                                               "Groups –\nHousing – Councillor Ada Morn\nLeisure – Councillor Ben Tull, "
                                               "and\n(c) the matter be given further consideration at the next meeting.")]


def test_a_recommendation_lead_in_still_keeps_a_bare_that_from_deciding():
    text = ("5 Budget\nThe Committee is asked to consider the following recommendation:\n"
            "That the budget be approved.\n")
    assert _found(text) == []


def test_a_seconders_initial_keeps_the_motion_one_sentence():
    text = ("11/21 Approval of the accounts\n"
            "The accounts had been circulated.\n"
            "T. Barlow proposed acceptance of the accounts, seconded by K. Osgood and unanimously agreed. "
            "The Clerk will send them to the auditor.\n")
    assert _found(text, "item", "text") == [
        ("11/21", "T. Barlow proposed acceptance of the accounts, seconded by K. Osgood and unanimously agreed.")]


def test_the_meeting_agreeing_what_was_proposed_and_seconded():
    text = ("7. Subscription\nA discussion took place on the subscription.\n"
            "Proposal: Mrs Yarrow proposed and Mr Quint seconded payment of this subscription and the meeting "
            "unanimously agreed. The clerk will make the payment.\n")
    assert _found(text) == [("7.", "agreed", "Proposal: Mrs Yarrow proposed and Mr Quint seconded payment of this "
                                             "subscription and the meeting unanimously agreed.")]


def test_a_capital_letter_ending_a_sentence_still_ends_it():
    text = "5 Plan\nThe plan is at Appendix A. The Board approved the plan.\n"
    assert _found(text, "item", "text") == [("5", "The Board approved the plan.")]


def test_the_points_noted_after_the_following_was_noted_are_no_parts():
    text = ("1\tUpdate on Respite Strategy\n"
            "Ola Penn presented a report on progress. The Group welcomed the update and the following was noted:\n"
            "(i) the council had won a share of a national bid;\n"
            "(ii) assessments were expected to rise this year.\n")
    assert _found(text) == [("1", "noted", "The Group welcomed the update and the following was noted:")]


def test_a_formal_resolution_noting_the_following_keeps_its_parts():
    text = ("4 Performance\nRESOLVED – That the following be noted:\n"
            "(i) the rise in assessments;\n(ii) the bid outcome.\n")
    assert _found(text) == [("4", "noted", "That the following be noted:\n(i) the rise in assessments;\n"
                                           "(ii) the bid outcome.")]


def test_a_numbered_title_cut_after_of_is_not_joined_to_the_next_line():
    from boardpapers.extractors.decisions.parser import _unwrap
    assert _unwrap(["5. Annual Report of", "The Harbour Master", "The report was noted."]) == \
        ["5. Annual Report of", "The Harbour Master", "The report was noted."]
    assert _unwrap(["Cllr Ames proposed the plan, seconded by Cllr", "Boyd. All present agreed."]) == \
        ["Cllr Ames proposed the plan, seconded by Cllr Boyd. All present agreed."]


def test_an_unnumbered_long_title_with_its_file_icon_names_the_item():
    text = ("Agenda and minutes\n\nNo. Item\n\n"
            "Minutes of the meeting held on 12 March 2016 and Matters Arising from the Forum pdf icon PDF 98 KB\n\n"
            "The Participation Officer said that the last paragraph of minute 88 should read £2,000 rather than £3,000.\n\n"
            "The minutes of the meeting held on 12 March 2016 were agreed as an otherwise true record and signed by "
            "the Chair.\n")
    assert _found(text, "item", "item_title") == [
        (None, "Minutes of the meeting held on 12 March 2016 and Matters Arising from the Forum")]


def test_a_plain_verdict_on_the_line_after_the_motion_joins_it():
    text = ("2. Co-option of Treasurer\n"
            "CC Dunmore proposed Petra Vale for the position of Treasurer and was seconded by CC Amberley.\n"
            "All present agreed. The Treasurer will take up the post in March.\n")
    assert _found(text) == [("2.", "agreed", "CC Dunmore proposed Petra Vale for the position of Treasurer and was "
                                             "seconded by CC Amberley. All present agreed.")]


def test_a_seconder_cut_after_the_style_goes_on_in_a_proposal():
    text = ("18/41 Outstanding Applications\n"
            "A proposal was raised to reply with \"No objection\" by Cllr Ashby. Cllr\n"
            "Nunn seconded this and all Cllrs were in favour.\n")
    assert _found(text, "text") == [("A proposal was raised to reply with \"No objection\" by Cllr Ashby. Cllr Nunn "
                                     "seconded this and all Cllrs were in favour.",)]


def test_a_verdict_given_by_the_group_itself():
    text = ("1 / Minutes & Matters arising 4th May 2016\n"
            "Minutes of the last meeting were reviewed and commented on & accepted by the group.\n"
            "2 / Terms of Reference – PPG\n"
            "These have been agreed by the group for publishing.\n")
    assert _found(text) == [
        ("1", "approved", "Minutes of the last meeting were reviewed and commented on & accepted by the group."),
        ("2", "agreed", "These have been agreed by the group for publishing.")]


def test_a_verdict_by_the_group_at_an_earlier_meeting_is_no_decision():
    text = "3 / Survey\nThe survey questions were agreed by the group at the last meeting and have gone out.\n"
    assert _found(text) == []
