"""ModernGov and CMIS page shapes seen in a review of real minutes pages (helper mg29): minute numbers led or
followed by a body's letters, the issue-history and published-decisions pages, a bare "DECISION" over numbered
parts, a vote's lead-in before "RESOLVED:", and unnumbered item rows. Every name here is invented."""
from boardpapers.extractors.decisions import parse_decisions
from boardpapers.models import Page


def _one(text):
    return parse_decisions([Page(number=1, text=text)])


def _triples(text):
    return [(d.item, d.item_title, d.text) for d in _one(text)]


def test_minute_numbers_with_a_bodys_letters_before_or_after():
    text = ("No.\tItem\nQ/218\nMinutes\nMinutes:\nRESOLVED – That the minutes be signed as a correct record.\n"
            "K 11/047\tElection of Chair\nRESOLVED: That Councillor Vane be elected Chair.\n"
            "21/4/ESC\nStreet Lighting Contract\nMinutes:\nRESOLVED – That the contract be awarded.\n")
    assert _triples(text) == [
        ("Q/218", "Minutes", "That the minutes be signed as a correct record."),
        ("K 11/047", "Election of Chair", "That Councillor Vane be elected Chair."),
        ("21/4/ESC", "Street Lighting Contract", "That the contract be awarded."),
    ]


def test_a_number_in_its_own_cell_with_title_and_resolution_on_one_row():
    text = ("K 11/048\tVote of Thanks\tRESOLVED: That thanks be recorded to the retiring Chair.\n"
            "K 11/049\tMinutes\tRESOLVED: That the Minutes of 2 April be approved as a correct record.\n")
    assert [(d.item, d.item_title) for d in _one(text)] == [("K 11/048", "Vote of Thanks"), ("K 11/049", "Minutes")]


def test_vote_lead_in_ending_in_and_is_part_of_the_resolution_below():
    text = ("1.\nELECTION OF MAYOR\nMinutes:\nIt was proposed by Councillor Orme that Councillor Pask be nominated.\n"
            "On being put to the vote it was agreed and\nRESOLVED: That Councillor Pask be elected Mayor for the year.\n")
    d = _one(text)
    assert [(x.item, x.text, x.kind) for x in d] == [("1.", "That Councillor Pask be elected Mayor for the year.", "approved")]


def test_bare_decision_label_over_numbered_to_parts_is_one_decision():
    text = ("6.4\nParking Strategy - Addendum\nDecision:\nDECISION\n1. To adopt the Parking Strategy Addendum.\n"
            "2. To note the Equalities Impact Assessment.\nMinutes:\nThe Mayor introduced the report.\nRESOLVED\n"
            "1. To adopt the Parking Strategy Addendum.\n2. To note the Equalities Impact Assessment.\n")
    d = _one(text)
    assert [(x.item, x.item_title, x.kind) for x in d] == [("6.4", "Parking Strategy - Addendum", "approved")]
    assert d[0].text.splitlines() == ["1. To adopt the Parking Strategy Addendum.",
                                      "2. To note the Equalities Impact Assessment."]


def test_issue_history_page_takes_the_number_from_the_meeting_line():
    text = ("Issue - meetings\nCommittee places for the year\nMeeting: 14/05/2021 - Council (Item 12.)\n"
            "Committee places for the year\nThe report set out the seats each group holds.\nDecision:\n"
            "To appoint Members to Committees as set out in Appendix A.\n")
    assert _triples(text) == [("12.", "Committee places for the year",
                               "To appoint Members to Committees as set out in Appendix A.")]


def test_issue_history_title_carrying_its_own_number_is_left_to_the_heading():
    text = ("Issue - meetings\nMeeting: 03/02/2015 - Cabinet (Item 44)\n44 Fees and Charges pdf icon PDF 90 KB\n"
            "Minutes:\nRESOLVED – That the fees be approved.\n")
    assert [(d.item, d.item_title) for d in _one(text)] == [("44", "Fees and Charges")]


def test_published_decisions_list_titles_each_entry_and_amended_minutes_are_one_approval():
    text = ("Decisions published\n11/06/2022 - Minutes ref: 512    Recommendations Approved\n"
            "Decision Maker: Audit Committee\nDecision:\n"
            "The Minutes of the meeting held on 2 May 2022 were approved as a correct record, subject to the "
            "following amendments:-\nMinute 9 - the date of the audit be corrected to 14 April.\n"
            "The Minutes were then approved with the correction above.\n"
            "11/06/2022 - Internal Audit Plan ref: 513    Recommendations Approved\nDecision Maker: Audit Committee\n"
            "Decision:\nThe Committee RESOLVED that the Internal Audit Plan be approved.\n")
    d = _one(text)
    assert [(x.item, x.item_title, x.kind) for x in d] == [(None, "Minutes", "approved"),
                                                          (None, "Internal Audit Plan", "approved")]


def test_unnumbered_row_title_over_its_one_line_verdict():
    text = ("No.\tItem\nDeclarations of Interest in matters coming before this meeting\n"
            "Minutes of the meeting held on 3 March 2010\nAgreed as an accurate record.\n")
    assert [(d.item, d.item_title, d.text) for d in _one(text)] == [
        (None, "Minutes of the meeting held on 3 March 2010", "Agreed as an accurate record.")]


def test_decision_details_page_titles_its_decision_and_drops_the_report_account_before_resolved():
    text = ("Decision details\nShared Scrutiny Committee - New Terms of Reference for the Northmere and Eastvale "
            "Partnership Panel\nDecision status: Recommendations Approved\nDecisions:\n"
            "The Scrutiny Officer presented a report on the panel's new terms of reference.\n"
            "RESOLVED that:-\n1. the Committee approve the terms of reference and refer them to Council.\n"
            "Report author: Ivo Marsh\nPublication date: 06/06/2016\n")
    d = _one(text)
    assert [(x.item, x.item_title, x.kind) for x in d] == [
        (None, "Shared Scrutiny Committee - New Terms of Reference for the Northmere and Eastvale Partnership Panel",
         "approved")]
    assert d[0].text.startswith("RESOLVED that:-")


def test_a_vote_announcing_the_resolution_below_is_no_decision_of_its_own():
    text = ("51 Approval of Minutes\nMinutes:\nThere were no proposed changes to the minutes.\nDecision\n"
            "The Council voted unanimously on a show of hands to make the resolution below.\nRESOLVED\n"
            "That the minutes of the meeting of 4 March be approved as a correct record.\n")
    assert [(d.item, d.text) for d in _one(text)] == [
        ("51", "That the minutes of the meeting of 4 March be approved as a correct record.")]
