import sys
from pathlib import Path

import pytest

from boardpapers.models import extraction_from_dict
from boardpapers.extractors import extract_document
from boardpapers.extractors.decisions import decision_kind, parse_decisions
from boardpapers.models import Page


def _one(text):
    return parse_decisions([Page(number=1, text=text)])


def _pairs(text):
    return [(d.item, d.text) for d in _one(text)]


# --- the forms of pattern 6, each on a small example of its own ------------------------------------------


def test_resolved_on_own_line_then_that_lines():
    d = _one("53. Better Care Fund\nRESOLVED:\nThat the Board approve the plan.\nThat the plan be submitted.\n")
    assert len(d) == 1
    assert d[0].item == "53." and d[0].item_title == "Better Care Fund" and d[0].page == 1
    assert d[0].text.splitlines() == ["That the Board approve the plan.", "That the plan be submitted."]
    assert d[0].kind == "approved"


def test_resolved_dash_and_inline_forms_keep_the_printed_verb():
    d = _one("77/21 Minutes\nResolved – That the report be noted.\n\n14.1 JSNA\nRESOLVED that the report be noted.\n")
    assert [(x.item, x.text, x.kind) for x in d] == [("77/21", "That the report be noted.", "noted"),
                                                     ("14.1", "RESOLVED that the report be noted.", "noted")]


def test_resolved_numbered_parts_one_decision():
    d = _one("12. Pharmacy Needs Assessment\nRESOLVED: 1. To approve the assessment for consultation;\n"
             "2. To delegate the final text to the Director of Public Health.\n13. Any other business\n")
    assert len(d) == 1 and d[0].item == "12."
    assert d[0].text.splitlines() == ["1. To approve the assessment for consultation;",
                                      "2. To delegate the final text to the Director of Public Health."]


def test_numbered_parts_kept_on_lines():
    d = _one("E.70/23 Pharmaceutical Needs Assessment\nAGREED:\n(i) That the PNA be published;\n"
             "(ii) That authority be delegated.\n\nE.71/23 Next item\n")
    assert d[0].item == "E.70/23"
    assert d[0].text.splitlines() == ["(i) That the PNA be published;", "(ii) That authority be delegated."]
    d = _one("7. AOB\nRESOLVED: (i) That the report be noted (ii) That the plan be approved.\n")
    assert d[0].text.splitlines() == ["(i) That the report be noted", "(ii) That the plan be approved."]
    d = _one("8. Plan\nRESOLVED:\n(1) That A.\n(2) That B.\n(a) That C.\n")
    assert len(d[0].text.splitlines()) == 3


def test_resolved_that_inside_a_paragraph_and_as_its_own_paragraph():
    d = _one("4. Winter plan\nMembers discussed the plan at length. It was RESOLVED that the plan be endorsed.\n"
             "5. Carers strategy\nRESOLVED –\n1) That the strategy be approved.\n2) That progress be reported in May.\n")
    assert [(x.item, x.kind) for x in d] == [("4.", "approved"), ("5.", "approved")]
    assert d[0].text == "It was RESOLVED that the plan be endorsed."
    assert d[1].text.splitlines()[0] == "1) That the strategy be approved."


def test_bracketed_number_resolved_that():
    d = _one("55 Shadow board\n(1) Mr Hale moved the recommendations.\n(3) Resolved that the board be established.\n")
    assert _pairs("55 Shadow board\n(3) Resolved that the board be established.\n") == [
        ("55", "Resolved that the board be established.")]
    assert len(d) == 1 and d[0].kind == "agreed"


def test_board_resolved_colon_dash_with_roman_parts():
    d = _one("3 Minute of Previous Meeting\nThe Board resolved :-\n(i) to amend Article 9;\n"
             "(ii) to publish the amendments; and\n(v) to otherwise approve the minute as a true record.\n"
             "4 Finance\nThe Chief Finance Officer reported.\n")
    assert len(d) == 1 and d[0].item == "3" and d[0].kind == "approved"
    assert d[0].text.splitlines()[0] == "The Board resolved :-" and len(d[0].text.splitlines()) == 4


def test_moderngov_decision_block_and_repeat_under_minutes_is_one_decision():
    html = ("<html><body><div id='modgov'><table class='mgItemTable'><tr><td class='mgItemNumberCell'>84/21</td><td>"
            "<p class='mgAiTitleTxt'>Market Position Statement</p><p class='mgSubItemTitleTxt'>Decision:</p>"
            "<div class='mgWordPara'><p>RESOLVED:</p><p>That the statement be approved.</p></div>"
            "<p class='mgSubItemTitleTxt'>Minutes:</p><div class='mgWordPara'><p>The Cabinet Member introduced the "
            "statement and answered questions from members about the care market.</p><p>RESOLVED:</p>"
            "<p>That the statement be approved.</p></div></td></tr></table></div></body></html>")
    ext = extract_document(html.encode(), content_type="text/html", filename="minutes.html")
    assert [(d.item, d.item_title, d.text, d.kind) for d in ext.decisions] == [
        ("84/21", "Market Position Statement", "That the statement be approved.", "approved")]


def test_decision_heading_block_stops_at_reasons():
    d = _one("Decision:\nTo approve the action plan for 2010-2015.\nReasons for the decision:\n"
             "(i) The board may only act within the plan.\n")
    assert [(x.text, x.kind) for x in d] == [("To approve the action plan for 2010-2015.", "approved")]


def test_board_agreed_colon_with_bullets_and_unmarked_list():
    d = _one("Item 7 Estates Strategy\nThe Board agreed:\n• to approve the Estates Strategy;\n"
             "• to receive a progress report in six months.\nItem 9 Guardian report\n")
    assert len(d) == 1 and d[0].item == "Item 7" and len(d[0].text.splitlines()) == 3
    d = _one("The Joint Committee approved three policies which included:\nPolicy for grommets\n"
             "Policy for eye surgery\nThe Joint Committee deferred the spinal policy to November.\n")
    assert [x.kind for x in d] == ["approved", "deferred"]
    assert d[0].text.splitlines()[1:] == ["Policy for grommets", "Policy for eye surgery"]


def test_agreed_forms():
    assert _pairs("2. Minutes\nAGREED:\nthat the minutes be confirmed as a correct record.\n") == [
        ("2.", "that the minutes be confirmed as a correct record.")]
    d = _one("Minute 12 Healthwatch report\nAgreed that the report be noted and an update be brought in\nsix months.\n")
    assert d[0].item == "Minute 12" and d[0].item_title == "Healthwatch report"
    assert d[0].text == "Agreed that the report be noted and an update be brought in six months."
    assert d[0].kind == "noted"
    d = _one("3. Governance\nWith two corrections made, it was agreed that the Minutes be approved as a correct record.\n")
    assert d[0].text.startswith("With two corrections made, it was agreed") and d[0].kind == "approved"


def test_decision_colon_caps_and_decision_action():
    d = _one("1.4 Minutes of the previous meeting\nDECISION: The Governing Body APPROVED the minutes.\n"
             "3.2 Annual Report\nDECISION: The Governing Body DEFERRED approval of the annual report.\n")
    assert [(x.item, x.kind) for x in d] == [("1.4", "approved"), ("3.2", "deferred")]
    d = _one("Performance dashboard\nDecision/Action: The Board noted the dashboard.\n")
    assert d[0].text == "The Board noted the dashboard." and d[0].kind == "noted"


def test_minutes_recorded_as_approved_in_their_many_wordings():
    text = ("14/10 / Minutes of Meeting held on 21 January 2010\nMembers agreed the minutes of the meeting of 21 "
            "January 2010 as an accurate record and the minutes were duly signed by the Chair.\n"
            "III MINUTE OF PREVIOUS MEETING\nThe minute of meeting held on 25th August was submitted and approved.\n"
            "40. Minutes\nThe minutes of the meeting held on 28th August 2018 were agreed and signed as a true record.\n"
            "41. Committee minutes\nThe Minutes of the Audit Committee held on 23 February 2021 were noted.\n"
            "2. Notes of the last meeting\nNotes of the last meeting were agreed as a true and correct record.\n"
            "4. Minutes\nThe minutes of the meeting held on 20 March 2024 be confirmed and signed.\n")
    d = _one(text)
    assert [(x.item, x.kind) for x in d] == [("14/10", "approved"), ("III", "approved"), ("40.", "approved"),
                                             ("41.", "noted"), ("2.", "approved"), ("4.", "approved")]


def test_decision_sentence_inside_narrative_paragraph_only():
    d = _one("1. Welcome\n1.1 The Chair welcomed all to the meeting. The minutes of the meeting of 2 December were "
             "agreed. The Chair gave updates on several areas.\n")
    assert [(x.item, x.text) for x in d] == [("1.", "The minutes of the meeting of 2 December were agreed.")]


def test_body_verb_sentences_caps_and_plain():
    d = _one("126/14 MID-YEAR ASSURANCE STATEMENT\nTrust Board APPROVED the Mid-Year Assurance Statement.\n"
             "2. DECLARATIONS\nThe HEALTH & SOCIAL CARE INTEGRATION JOINT BOARD noted there were none.\n"
             "5. Plan\nThe Board agreed that covering reports should state what is asked.\n"
             "The Board agreed to a start time of 18:00.\n")
    assert [(x.item, x.kind) for x in d] == [("126/14", "approved"), ("2.", "noted"), ("5.", "agreed"), ("5.", "agreed")]


def test_bare_that_resolution_in_a_decision_notice():
    d = _one("GMCA 96/19 APOLOGIES\nThat apologies be received from the Chief Executive of Bolton Council.\n"
             "3. APPOINTMENT OF VICE CHAIRS\n1. That it be noted that Councillor Lunn is a Vice Chair.\n"
             "2. That the appointment of Councillor Ward as a Vice Chair be agreed.\n")
    assert [(x.item, x.kind, len(x.text.splitlines())) for x in d] == [("GMCA 96/19", "noted", 1), ("3.", "agreed", 2)]
    assert _one("5. Budget\nRecommendation:\nThat the Board approve the budget.\n") == []


def test_short_verdicts_and_inline_verdicts():
    d = _one("3.1 Refocusing the Role\nAll recommendations were agreed\n3.3 Structure\nRecommendation 3 was agreed.\n"
             "Matters arising\nEvidence to the committee: Agreed; a submission to be made.\n")
    assert [(x.item, x.kind) for x in d] == [("3.1", "agreed"), ("3.3", "agreed"), ("3.3", "agreed")]


def test_item_description_decision_table():
    text = ("Decision Summary\nItem\tDescription\tDecision\n1\tMinutes of the meeting held on 17\tApproved as an "
            "accurate record.\n\tJanuary 2017\n2\tHyper Acute Stroke Services\tThe Joint Committee agreed to proceed to\n"
            "\tconsultation.\n3\tRisk register\tNoted.\n")
    d = _one(text)
    assert [(x.item, x.item_title, x.text, x.kind) for x in d] == [
        # the title's cell wrapped onto the next line goes on in the title
        ("1", "Minutes of the meeting held on 17 January 2017", "Approved as an accurate record.", "approved"),
        ("2", "Hyper Acute Stroke Services", "The Joint Committee agreed to proceed to consultation.", "agreed"),
        ("3", "Risk register", "Noted.", "noted")]


def test_roman_decision_table_under_an_item():
    d = _one("21/35 Decisions taken under emergency governance\nRef\tDecision\n"
             "i)\tThe Governing Body ratified the contract extension.\nii)\tThe Governing Body ratified the winter funding.\n")
    assert [(x.item, x.item_title, x.kind) for x in d] == [
        ("21/35", "Decisions taken under emergency governance", "approved")] * 2


def test_one_decision_across_pages():
    pages = [Page(1, "1. Welcome\nThe Chair welcomed members.\n2. Plan\nRESOLVED:\n(i) That A;"),
             Page(2, "(ii) That B.\n3. Close\nNo decisions.")]
    d = parse_decisions(pages)
    assert len(d) == 1 and d[0].item == "2." and d[0].page == 1
    assert d[0].text.splitlines() == ["(i) That A;", "(ii) That B."]


def test_numbered_paragraphs_are_not_items():
    d = _one("5. Minutes of Last Meeting\n5.1. In consideration of the minutes, one amendment was made to the text.\n"
             "5.2. The minutes were approved as a correct record subject to the amendment above.\n")
    assert [(x.item, x.kind) for x in d] == [("5.", "approved")]


def test_narrative_is_not_a_decision():
    text = ("1. Welcome\nDecision making in the ICS was discussed.\nIt was noted that a workshop had been arranged.\n"
            "The Board noted that the service had improved.\nMembers welcomed the shift towards prevention.\n"
            "The minutes would be approved at the next meeting.\nApologies were received and noted as above.\n"
            "Item 3\nBoard Minutes\na. To approve the Minutes of the meeting held on 24 September.\n")
    assert _one(text) == []


# --- second pass: shapes found missing on real minutes (each example written anew) ----------------------


def test_list_nested_under_a_numbered_part_stays_in_one_decision():
    text = ("6. Carers Strategy\nThe portfolio holder introduced the strategy.\nDelegated decisions:\n"
            "That the strategy be approved for publication.\nThat the following themes be adopted:\n"
            "Theme A – Identifying carers\nTheme B – Breaks for carers\n"
            "That progress be reported to the Board in a year.\nReason for the decisions:\nThe strategy is due.\n")
    d = _one(text)
    assert [(x.item, x.kind) for x in d] == [("6.", "approved")]
    assert d[0].text.splitlines() == [
        "That the strategy be approved for publication.", "That the following themes be adopted:",
        "Theme A – Identifying carers", "Theme B – Breaks for carers", "That progress be reported to the Board in a year."]


def test_bare_roman_list_after_discussion_is_one_decision():
    text = ("Falls Prevention Update\nAn officer presented the update and members asked about waiting times.\n"
            "(i) That the progress made be noted.\n(ii) That a further update be brought in the spring.\n"
            "Supporting documents:\n")
    d = _one(text)
    assert [(x.text.splitlines(), x.kind) for x in d] == [
        (["(i) That the progress made be noted.", "(ii) That a further update be brought in the spring."], "noted")]
    # a later part alone does not open a resolution
    assert _one("Update\nMembers discussed the plan.\n(ii) That a further update be brought in the spring.\n") == []


def test_later_part_after_an_action_line_continues_its_resolution():
    text = ("Minutes of the previous meeting\nResolved:- (1) That the minutes be approved as a correct record.\n"
            "(2) That the officer check the data.\nAction:- A Officer\n(3) That the paper be circulated to members.\n"
            "Action:- B Officer\n")
    d = _one(text)
    assert len(d) == 1 and d[0].text.splitlines() == [
        "(1) That the minutes be approved as a correct record.", "(2) That the officer check the data.",
        "(3) That the paper be circulated to members."]


@pytest.mark.parametrize("line", [
    "The minutes of the meeting held on 3 March were taken as read, confirmed and signed.",
    "2.1 The notes of the previous meeting agreed as an accurate record, with one correction to the date.",
    "The Partnership were pleased to note the progress report.",
    "Councillor Jan Marsh was appointed Chair of the Partnership for the coming year.",
])
def test_further_wordings_of_a_decision(line):
    d = _one(f"2. Business\n{line}\n")
    assert [(x.item, x.text) for x in d] == [("2.", line)]


def test_narrative_around_the_new_wordings_is_still_not_a_decision():
    text = ("1. Welcome\nIt was noted that the minutes were taken as read at the last meeting of the group.\n"
            "The Chair, who was appointed Chair last year, welcomed members.\n"
            "Members said they were pleased to see the report.\nDecisions on funding would follow in May.\n"
            "The Chair said that the minutes, once corrected, were to be agreed as a true record in March.\n")
    assert _one(text) == []


def test_sub_paragraph_number_under_an_item_is_not_an_item():
    text = ("4.\nCommunity Diagnostic Centres\n4.1 An officer introduced the report.\n"
            "4.2 In the discussion, members raised:\nparking at the sites;\n4.3 Resolved:\n"
            "That the Board supports the next phase of the programme.\n5.\nAny other business\n")
    d = _one(text)
    assert [(x.item, x.item_title, x.text) for x in d] == [
        ("4.", "Community Diagnostic Centres", "That the Board supports the next phase of the programme.")]


def test_decision_table_whose_first_row_has_no_number():
    text = ("8 Housing Strategy\nDecision number:\tDecision:\n"
            "The Cabinet noted the views of the scrutiny committee on the draft strategy.\n"
            "55/2024\tThe Cabinet approved the Housing Strategy for consultation.\nReasons:\nThe strategy is due.\n")
    d = _one(text)
    assert [(x.item, x.kind) for x in d] == [("8", "noted"), ("8", "approved")]
    assert d[1].text == "The Cabinet approved the Housing Strategy for consultation."


@pytest.mark.parametrize("text,kind", [
    ("RESOLVED that the report be noted.", "noted"),
    ("The Board agreed to note the changes in membership.", "noted"),
    ("That the Market Position Statement be approved and authority delegated.", "approved"),
    ("The minutes were agreed as an accurate record.", "approved"),
    ("Minutes of the previous meeting were agreed.", "approved"),
    ("That the policy not be approved and be referred back.", "rejected"),
    ("It was agreed that a decision be deferred to September.", "deferred"),
    ("The Board agreed that reports should set out what is asked.", "agreed"),
    ("That Cllr Hood be elected as Chair.", "approved"),
    ("Noted: the next meeting is on 8 September.", "noted"),
    ("That the GMCA record its gratitude to the staff.", "other"),
    ("The Board also noted the risk register, which set out the risks agreed at the last meeting.", "noted"),
    ("RESOLVED that the retiring members be thanked for their service.", "other"),
    ("Resolved to appoint Cllr Shaw as Vice-Chair for the year.", "approved"),  # appointing or electing someone approves (issue 12, h/decisions)
    ("The Board noted the report, which was approved by the ICB, and agreed the actions.", "agreed"),
])
def test_decision_kind(text, kind):
    assert decision_kind(text) == kind


def test_kind_round_trips_through_json_and_catalogue():
    ext = extract_document(b"3. Minutes\nRESOLVED: That the minutes be approved.\n", filename="m.txt")
    data = ext.to_dict()
    assert data["decisions"][0]["kind"] == "approved"
    assert extraction_from_dict(data).decisions[0].kind == "approved"
    old = dict(data, decisions=[{"item": "3.", "text": "x", "item_title": None, "page": 1}])  # stored before kind
    assert extraction_from_dict(old).decisions[0].kind is None


# --- third pass (wave 4 dev cases): shapes found on new bodies, each example written anew ---------------


def test_running_footer_at_a_page_edge_stays_out_of_a_decision_across_pages():
    # two pages are too few for the text layer to see the footer repeat; the decision reader drops it itself
    pages = [Page(1, "4. Finance Report\nThe Director presented the report.\nThe Board:\nNorthmere Trust Board 01.02.2024 Minutes   Page 1"),
             Page(2, "- NOTED the position;\n- APPROVED the savings plan.\nNorthmere Trust Board 01.02.2024 Minutes   Page 2")]
    d = parse_decisions(pages)
    assert len(d) == 1 and d[0].item == "4." and d[0].kind == "approved"
    assert "Page" not in d[0].text and d[0].text.splitlines()[-1] == "- APPROVED the savings plan."


def test_a_page_reference_inside_the_body_is_kept():
    # only a page's first or last line can be furniture
    d = _one("2. Plan\nRESOLVED: That the plan be published as set out on page 4\n3. Close\nNone.")
    assert [x.text for x in d] == ["That the plan be published as set out on page 4"]


def test_decision_block_and_minutes_repeat_with_paragraph_numbers_is_one_decision():
    d = _one("64 Shadow Board\nDecision:\n64.2 RESOLVED: That the proposals be approved.\nMinutes:\n"
             "64.1 The Leader moved the proposals.\n64.2 RESOLVED: That the proposals be approved.\n")
    assert [(x.item, x.text) for x in d] == [("64", "64.2 RESOLVED: That the proposals be approved.")]


def test_minute_reference_under_matters_arising_opens_no_item():
    d = _one("Matters Arising\nMinute 7 - Feedback on Spending\nA report would follow.\n"
             "Review of the Group\nIt was agreed that the Group would meet quarterly.\n")
    assert [(x.item, x.kind) for x in d] == [(None, "agreed")]
    d = _one("Minute 7 - Feedback on Spending\nIt was agreed that the Group would meet quarterly.\n")
    assert [x.item for x in d] == ["Minute 7"]


def test_agreed_next_step_in_discussion_is_a_decision_but_its_action_line_is_not():
    # rule: an agreement the minutes record ("It was agreed that the officer would circulate …") is a decision
    # of kind agreed, as the labels define; the "ACTION: JB" owner line after it is not part of it
    d = _one("5. Memory Pathway\nThe manager outlined the gaps.\n"
             "It was agreed that the manager would circulate a revised specification before the next meeting.\nACTION: JB\n")
    assert [(x.item, x.kind, x.text) for x in d] == [
        ("5.", "agreed", "It was agreed that the manager would circulate a revised specification before the next meeting.")]
    # narrative that only reports what someone said is not
    assert _one("5. Update\nThe Chair said the group had agreed the timetable last week and it would be shared.\n") == []


def test_kind_sets_aside_named_funds_and_including_clauses():
    assert decision_kind("RESOLVED: That the Better Care Fund quarter three return be noted.") == "noted"
    assert decision_kind("The Board agreed to fund the unit until March.") == "agreed"
    assert decision_kind("The Board APPROVED the capital programme, including the deferral of three schemes.") == "approved"
    assert decision_kind("The Board deferred the capital programme to March.") == "deferred"


def test_opening_phrase_without_comma_before_the_body_and_verb():
    d = _one("3. Strategy\nAfter discussion Members resolved to approve the strategy.\n")
    assert [(x.item, x.kind) for x in d] == [("3.", "approved")]
    d = _one("3. Strategy\nFollowing a lengthy debate the Board agreed to defer the decision to March.\n")
    assert [(x.item, x.kind) for x in d] == [("3.", "deferred")]
    assert _one("3. Strategy\nFollowing discussion it was noted that the plan was late.\n") == []


def test_unnumbered_headings_give_their_title_to_the_decisions_below():
    d = _one("Request for Deputation\nThe Council had before it a request for deputation in connection with the report on halting sites:-\n"
             "Mr Graham Lyall\nThe Council resolved:-\nto accept the request and hear the deputation first.\n"
             "Budget Monitoring\nThe Council had before it a report by the Director of Finance on the budget position.\n"
             "The Council resolved:-\nto note the report.\n")
    assert [(x.item, x.item_title, x.kind) for x in d] == [(None, "Request for Deputation", "agreed"),
                                                           (None, "Budget Monitoring", "noted")]
    # once items carry numbers, a short line is never taken for a heading
    d = _one("4. Budget\nCarers Strategy Refresh\nThe Director of Finance presented the budget position for the year.\n"
             "RESOLVED: That the report be noted.\n")
    assert [(x.item, x.item_title) for x in d] == [("4.", "Budget")]


def test_compound_body_verbs_and_verdict_labels():
    assert [(x.kind, x.text) for x in _one("6. Annual Plan\nThe Board considered and APPROVED the Annual Plan.\n")] == [
        ("approved", "The Board considered and APPROVED the Annual Plan.")]
    assert [x.kind for x in _one("6. Risk\nThe Committee reviewed and noted the risk register.\n")] == ["noted"]
    assert _one("3. Plan\nThe Board discussed and noted that the plan was late.\n") == []
    assert [(x.kind, x.text) for x in _one("10. Policy\nApproved: the revised safeguarding policy.\n")] == [
        ("approved", "the revised safeguarding policy.")]
    assert [x.kind for x in _one("10. Policy\nDeferred to the next meeting pending legal advice.\n")] == ["deferred"]
    # a title that starts with one of those words is still a title
    d = _one("10. Approved Mental Health Professionals\nThe service lead described the rota.\nThe Board noted the rota.\n")
    assert [(x.item, x.item_title) for x in d] == [("10.", "Approved Mental Health Professionals")]


def test_a_sentence_wrapped_between_body_and_verb_is_read_whole():
    d = _one("5. Capital Plan\nFollowing a detailed discussion of the risks, the Board\napproved the capital plan for 2024/25 subject to the\n"
             "conditions set out in the paper.\n6. Close\nNone.")
    assert [(x.item, x.kind, x.text) for x in d] == [
        ("5.", "approved", "Following a detailed discussion of the risks, the Board approved the capital plan for 2024/25 "
                           "subject to the conditions set out in the paper.")]
    d = _one("2. Minutes\nThe minutes of the meeting held on 3 May were amended at page 2 to read \"eight\" and with that amendment the\n"
             "minutes were approved.\n")
    assert [(x.item, x.kind) for x in d] == [("2.", "approved")]
    # list parts and table rows are never joined to the line above
    d = _one("4. Plan\nThe Board agreed\n(a) to support the plan\n(b) to review it in May.\n")
    assert d[0].text.splitlines()[-2:] == ["(a) to support the plan", "(b) to review it in May."]


def test_an_earlier_decision_recalled_in_narrative_is_not_one():
    assert _one("4. Plan\nPartners agreed in principle last year to pool budgets, and the report set out progress.\n") == []
    assert _one("4. Plan\nThe Board agreed in 2019 to adopt the framework; this report reviews it.\n") == []
    assert [x.kind for x in _one("4. Plan\nMembers noted the progress made since last year.\n")] == ["noted"]
    assert [x.kind for x in _one("4. Plan\nThe Board approved the strategy, which it had first seen last year.\n")] == ["approved"]


# --- the real-world cases: the dev split must hold its floor -----------------------------------------------


def test_real_world_dev_split_floor():
    root = Path(__file__).resolve().parents[2] / "evaluation"
    sys.path.insert(0, str(root))
    try:
        import score_decisions
    finally:
        sys.path.remove(str(root))
    cases = score_decisions.load_cases("dev")
    bodies = {c["meta"]["body"].split(" (")[0] for c in score_decisions.load_cases("all")}
    assert len(cases) >= 40 and len(bodies) >= 60
    t = score_decisions.score(cases)["all"]
    assert t.recall >= 0.97 and t.precision >= 0.97, (t.recall, t.precision)
    assert t.kind_ok / t.matched >= 0.95


def test_a_page_number_between_resolution_parts_is_not_decision_text():
    text = ("5. Suicide Prevention Strategy\nRESOLVED:\nPage 1 of 2\n"
            "(i) That delegated authority be given to the Chair.\n- Page 2 -\n(ii) That the Board approves the strategy.")
    [decision] = _one(text)
    assert decision.item == "5." and "Page" not in decision.text
    assert decision.text.splitlines() == ["(i) That delegated authority be given to the Chair.",
                                          "(ii) That the Board approves the strategy."]
