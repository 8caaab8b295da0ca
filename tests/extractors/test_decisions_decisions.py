"""Decision forms and kinds added on branch h/decisions (issue 12 §6), each on an invented example: the
formulaic words are as minutes print them, everything around them is written anew."""
from boardpapers.extractors.decisions import decision_kind
from .decision_shapes import page_decisions as _found


# --- forms ------------------------------------------------------------------------------------------------


def test_received_in_capitals_is_a_noted_decision():
    assert _found("3. Winter Pressures\nRECEIVED the report of the Director of Adult Services.\n"
                  "NOTED the update from the ward sister, covering:\n") == [
        ("3.", "noted", "RECEIVED the report of the Director of Adult Services."),
        ("3.", "noted", "NOTED the update from the ward sister, covering:"),
    ]


def test_unheaded_scottish_articles_number_their_decisions():
    found = _found("1. The Executive Group had before it a report by the Head of Planning on the carers plan.\n"
                   "Decided: to approve the plan for consultation.\n"
                   "2.The Executive Group had before it a note on winter funding.\n"
                   "Decided:-\n(i) to note the position; and\n(ii) to ask for a further update in May.\n"
                   "3. There was submitted a report on the kelp farm lease.\nDecided: to defer the item to June.\n")
    assert found == [
        ("1.", "approved", "to approve the plan for consultation."),
        ("2.", "noted", "(i) to note the position; and\n(ii) to ask for a further update in May."),
        ("3.", "deferred", "to defer the item to June."),
    ]


def test_article_numbers_never_override_numbered_headings():
    found = _found("7. Finance Report\n1. There was submitted a note on the year-end position.\n"
                   "Decided: to note the position.\n")
    assert found == [("7.", "noted", "to note the position.")]


def test_a_ruling_agreed_by_the_body_is_a_decision():
    assert _found("The Convener ruled, and the Committee agreed, that the late paper on ferry fares be taken "
                  "as item 9.\n1. APOLOGIES\nApologies were received from Councillor Innes.\n") == [
        (None, "agreed", "The Convener ruled, and the Committee agreed, that the late paper on ferry fares be "
                         "taken as item 9."),
    ]


def test_resolved_colon_dash_roman_list_is_one_decision():
    found = _found("7. Capital Plan\nThe Board resolved :-\n(i) to note the report;\n(ii) to approve the plan;\n"
                   "(iii) to delegate the contract signature;\n(iv) to ask for a review in spring;\n"
                   "(v) to thank the estates team.\n8. Any Other Business\nNone.\n")
    assert len(found) == 1 and found[0][:2] == ("7.", "approved")
    assert found[0][2].splitlines()[-1] == "(v) to thank the estates team."


def test_minutes_accepted_or_signed_as_a_record():
    assert _found("2. Minutes\nThe minutes of the meeting held on 3 May were accepted as a true record.\n"
                  "3. Notes\nThe notes of the last meeting were signed as a correct record.\n") == [
        ("2.", "approved", "The minutes of the meeting held on 3 May were accepted as a true record."),
        ("3.", "approved", "The notes of the last meeting were signed as a correct record."),
    ]


# --- not decisions ----------------------------------------------------------------------------------------


def test_some_members_noting_interests_is_not_the_body_deciding():
    assert _found("1. Declarations of Interest\nTwo members noted interests arising from their roles with a "
                  "local hospice.\nSeveral Members agreed that the paper had come late.\n") == []


def test_recalled_and_quoted_decisions_are_not_this_meetings():
    assert _found("4. Pooled Budget\nThe Board had previously resolved to pool the budgets in 2019.\n"
                  "It was agreed at the last meeting that a workshop would be held; this took place in June.\n"
                  "The report set out its recommendations: that the Board approve the plan, and that the plan "
                  "be published.\n") == []


def test_an_opening_clause_that_dates_the_decision_recalls_an_earlier_meeting():
    assert _found("4. Equipment Service\nIn October, the Board agreed to pool the equipment budgets.\n"
                  "At its meeting in 2022, the Committee resolved to set up a task group.\n") == []
    assert _found("4. Equipment Service\nIn reaching its decision, the Board agreed to pool the equipment budgets.\n") == [
        ("4.", "agreed", "In reaching its decision, the Board agreed to pool the equipment budgets."),
    ]


def test_a_resolution_naming_no_kind_verb_is_agreed():
    assert decision_kind("Having heard the options, the Committee resolved to set up a short-life working group.") \
        == "agreed"


def test_it_was_agreed_at_this_meeting_still_counts():
    assert _found("5. Workshop\nIt was agreed that a second workshop would be held in the autumn.\n") == [
        ("5.", "agreed", "It was agreed that a second workshop would be held in the autumn."),
    ]


# --- kinds ------------------------------------------------------------------------------------------------


def test_endorsing_electing_ratifying_supporting_approve():
    assert decision_kind("RESOLVED: That the joint scrutiny protocol be endorsed.") == "approved"
    assert decision_kind("Resolved – That Councillor P Vance be elected Chair for the meeting.") == "approved"
    assert decision_kind("Resolved to appoint Dr K Osei as Vice-Chair for the year.") == "approved"
    assert decision_kind("The Committee ratified the urgent decision on the lease.") == "approved"
    assert decision_kind("The Board supported the proposals for the new hub.") == "approved"


def test_received_and_noted_are_noted():
    assert decision_kind("RECEIVED the report of the Director of Public Health.") == "noted"
    assert decision_kind("That the annual report be received and noted.") == "noted"


def test_the_verb_after_be_decides_not_words_in_the_subject():
    assert decision_kind("That the list of appointed representatives on outside bodies be noted.") == "noted"
    assert decision_kind("That the endorsed action plan be deferred to the June meeting.") == "deferred"
    assert decision_kind("That the proposed policy not be approved.") == "rejected"
    assert decision_kind("That approval be given to release the grant.") == "approved"
    # the subject of a later part never reaches back over the part before it
    assert decision_kind("That the Board approves the plan. That delegated authority be given to the Chair to "
                         "agree the final wording.") == "approved"
    assert decision_kind("1. That it be noted that Councillor Roe is appointed Vice Chair by right. "
                         "2. That the work plan be agreed.") == "agreed"


def test_deferred_to_a_later_meeting():
    assert _found("6. Estates Review\nDeferred to the March meeting.\n") == [
        ("6.", "deferred", "Deferred to the March meeting."),
    ]


def _decision_table_pdf(rows, widths=(15, 60, 95)) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5, "Harbourside Partnership Board - decisions of the meeting held on 4 June",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for row in rows:  # one table row: each cell wrapped inside its own width, top-aligned as Word does
        y0, x = pdf.get_y(), pdf.l_margin
        height = max(len(pdf.multi_cell(w, 5, c, dry_run=True, output="LINES")) for w, c in zip(widths, row)) * 5
        for w, cell in zip(widths, row):
            pdf.set_xy(x, y0)
            pdf.multi_cell(w, 5, cell)
            x += w
        pdf.set_xy(pdf.l_margin, y0 + height + 2)
    return bytes(pdf.output())


def test_item_description_decision_table_in_a_pdf():
    from boardpapers.extractors import extract_document

    data = _decision_table_pdf([
        ("Item", "Description", "Decision"),
        ("1", "Minutes of the last meeting", "Approved as a correct record."),
        ("2", "Community transport", "The Board agreed to commission an independent review of community transport "
                                     "and to receive its findings in the autumn."),
        ("3", "Risk register", "Noted."),
        ("4", "Estates strategy", "Deferred to the September meeting."),
    ])
    found = [(d.item, d.item_title, d.kind, d.text)
             for d in extract_document(data, content_type="application/pdf", filename="decisions.pdf").decisions]
    assert found == [
        ("1", "Minutes of the last meeting", "approved", "Approved as a correct record."),
        ("2", "Community transport", "agreed", "The Board agreed to commission an independent review of community "
                                               "transport and to receive its findings in the autumn."),
        ("3", "Risk register", "noted", "Noted."),
        ("4", "Estates strategy", "deferred", "Deferred to the September meeting."),
    ]


def test_verdicts_with_a_trailing_qualifier():
    assert _found("8. Terms of Reference\nThe revised terms of reference were approved subject to two changes in "
                  "the quorum.\n9. Estates\nThe item was deferred to the next meeting.\n"
                  "10. Minutes\nThe Vice-Chair signed the minutes as a correct record.\n") == [
        ("8.", "approved", "The revised terms of reference were approved subject to two changes in the quorum."),
        ("9.", "deferred", "The item was deferred to the next meeting."),
        ("10.", "approved", "The Vice-Chair signed the minutes as a correct record."),
    ]


def test_a_body_that_did_not_approve_rejected():
    assert _found("6. Parking Charges\nThe Committee did not approve the proposal to charge staff for parking.\n") == [
        ("6.", "rejected", "The Committee did not approve the proposal to charge staff for parking."),
    ]


def test_a_one_word_verdict_does_not_swallow_the_next_paragraph():
    assert _found("3. Risk Register\nThe Head of Governance introduced the register.\nNoted.\n"
                  "The next review falls in April.\n4. Minutes\nRESOLVED.\nThat the minutes be approved.\n") == [
        ("3.", "noted", "Noted."),
        ("4.", "approved", "That the minutes be approved."),
    ]
