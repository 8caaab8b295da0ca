"""Decision forms met in wave 6 of the real cases (evaluation/real/decisions/cases_wave6.py), each on an invented
example: the formulaic words are as minutes print them, everything around them is written anew."""
from boardpapers.extractors.decisions import decision_kind
from .decision_shapes import page_decisions as _found


# --- forms ------------------------------------------------------------------------------------------------


def test_resolved_comma_that_colon_takes_long_unmarked_parts():
    long_part = ("The revised grants policy be approved for submission to the Court, subject to the small grants "
                 "threshold being reviewed at the next meeting of the Committee; and")
    assert len(long_part) > 150
    found = _found(f"6.\nGrants Policy Review\nMinutes:\nThe Committee considered a report of the Town Clerk.\n"
                   f"RESOLVED, that:\n{long_part}\nAny further changes be delegated to the Town Clerk.\n")
    assert found == [("6.", "approved", f"RESOLVED, that:\n{long_part}\nAny further changes be delegated to the Town Clerk.")]


def test_capital_lettered_parts_continue_the_resolution():
    assert _found("212 Work Programme\nRESOLVED – that (A) the report be received; and\n"
                  "(B) the review of dental access be carried forward to the new committee.\n") == [
        ("212", "noted", "that (A) the report be received; and\n(B) the review of dental access be carried forward "
                         "to the new committee."),
    ]


def test_resolved_glued_to_that_is_a_resolution():
    assert _found("PC 21/07 Practice Merger\nRESOLVEDthat the merger of the Elm and Orchard practices be approved.\n") == [
        ("PC 21/07", "approved", "RESOLVED that the merger of the Elm and Orchard practices be approved."),
    ]


def test_lower_case_committee_approving_the_minute():
    assert _found("PC 21/02 Minutes\nThe committee approved the Minute of the meeting held on 4 May as a correct record.\n") == [
        ("PC 21/02", "approved", "The committee approved the Minute of the meeting held on 4 May as a correct record."),
    ]


def test_thereafter_the_committee_agreed():
    assert _found("PC 21/08 Enhanced Services\nThe Clinical Lead summarised the responses from practices.\n"
                  "Thereafter the Committee agreed that the service be offered to all practices from June.\n") == [
        ("PC 21/08", "agreed", "Thereafter the Committee agreed that the service be offered to all practices from June."),
    ]


def test_outcome_tab_row_is_a_decision_not_a_table_header():
    found = _found("PC 21/04 Finance Report\nThe Head of Finance reported a small overspend on locum costs.\n"
                   "Outcome\tThe Committee noted the month 3 position and the risks in the report.\n"
                   "PC 21/05 Estates Update\nThe Estates Lead gave an update on the new health centre.\n")
    # the row's label stays with its text, as a paragraph number does ("3.2 The Board noted …")
    assert found == [("PC 21/04", "noted", "Outcome The Committee noted the month 3 position and the risks in the report.")]


def test_body_accepting_inside_a_clause():
    assert _found("41 Cabinet Minutes\nThe Leader proposed, and Council accepted, that the exempt minute on the depot "
                  "lease be published.\n") == [
        ("41", "agreed", "The Leader proposed, and Council accepted, that the exempt minute on the depot lease be published."),
    ]


def test_other_bodys_minutes_received_for_information():
    assert _found("41 Cabinet Minutes\nThe minutes of the meeting of the Cabinet held on 2 March were received for "
                  "information.\n") == [
        ("41", "noted", "The minutes of the meeting of the Cabinet held on 2 March were received for information."),
    ]


def test_this_was_confirmed_is_a_verdict():
    assert _found("119.\nTo confirm that the items marked Part 2 will be considered in private\nMinutes:\nThis was confirmed.\n") == [
        ("119.", "approved", "This was confirmed."),
    ]


def test_agenda_worded_titles_open_their_items():
    found = _found("118.\nTo approve the minutes of the meeting held on 3 February\nMinutes:\n"
                   "The minutes of the last meeting were approved as a correct record.\n"
                   "Meeting: 4/03/2019 - Council (Item 31)\n"
                   "31 To receive the minutes of the Executive pdf icon PDF 120 KB\n"
                   "The minutes of the Executive held on 1 March were received for information.\n", "item", "item_title")
    assert found == [("118.", "To approve the minutes of the meeting held on 3 February"),
                     ("31", "To receive the minutes of the Executive")]


def test_summary_table_rows_repeated_by_the_minutes_count_once():
    found = _found("SUMMARY OF DECISIONS\nMinute\tDecision\n"
                   "PC 21/02\tMinutes of 4 May approved.\n"
                   "PC 21/03\tBranch closure at Hill Lane approved.\n"
                   "\nPC 21/02 Minutes\nThe Committee approved the minutes of the meeting held on 4 May as a correct record.\n"
                   "PC 21/03 Branch Closure\nRESOLVED that the closure of the Hill Lane branch surgery be approved.\n"
                   "PC 21/04 Any other business\nNone.\n", "item", "text")
    assert found == [("PC 21/02", "The Committee approved the minutes of the meeting held on 4 May as a correct record."),
                     ("PC 21/03", "RESOLVED that the closure of the Hill Lane branch surgery be approved.")]


def test_summary_table_row_kept_where_the_minutes_record_nothing():
    found = _found("Minute\tDecision\nPC 21/05\tEstates strategy endorsed.\n\nPC 21/05 Estates Strategy\n"
                   "The Estates Lead presented the strategy.\n", "item", "text")
    assert found == [("PC 21/05", "Estates strategy endorsed.")]


def test_agenda_recommendation_before_the_items_own_decision_is_dropped():
    found = _found("ICB/22/14 Pharmacy Hours\nRecommended – That the Committee approves the application.\n"
                   "The Head of Pharmacy described the application.\n"
                   "The Committee approved the application to reduce the supplementary hours.\n")
    assert found == [("ICB/22/14", "approved", "The Committee approved the application to reduce the supplementary hours.")]


def test_recommendation_alone_in_its_item_stays():
    found = _found("ICB/22/15 Annual Report\nRecommended – That Council adopts the annual report.\n")
    assert found == [("ICB/22/15", "approved", "That Council adopts the annual report.")]


def test_sub_committee_is_a_body():
    assert _found("4. Licensing\nThe Sub-Committee agreed:-\n(a) to grant the licence;\n(b) to add the conditions set out.\n"
                  "5. Street Trading\nThe Sub-Committee agreed to defer the review to June.\n") == [
        ("4.", "agreed", "The Sub-Committee agreed:-\n(a) to grant the licence;\n(b) to add the conditions set out."),
        ("5.", "deferred", "The Sub-Committee agreed to defer the review to June."),
    ]


# --- not decisions ----------------------------------------------------------------------------------------


def test_the_mayor_will_move_is_a_proposal():
    assert _found("52/21\nMinutes of the meeting held on 9 June\nThe Mayor will move that the minutes of the meeting be "
                  "signed as a correct record.\nMinutes:\nThe minutes of the meeting held on 9 June were confirmed as a "
                  "correct record and signed by the Mayor.\n", "item", "text") == [
        ("52/21", "The minutes of the meeting held on 9 June were confirmed as a correct record and signed by the Mayor."),
    ]


def test_sentences_under_reasons_for_the_decision_decide_nothing():
    found = _found("Decision:\nThe Executive Member resolved to approve the park improvement plan.\n"
                   "Reasons for the decision:\nThe plan was supported by residents.\n"
                   "The Scrutiny Committee considered and endorsed the recommendations by 5 votes to 1.\n", "text")
    assert found == [("The Executive Member resolved to approve the park improvement plan.",)]


# --- kinds ------------------------------------------------------------------------------------------------


def test_kind_of_a_body_agreeing_inside_that_clause():
    assert decision_kind("RESOLVED – (a) That the summary be noted. (b) That the Panel agrees that its review has "
                         "ended and that the councils be told.") == "agreed"


def test_kind_of_a_bare_numbered_resolution():
    assert decision_kind("(1) that the minutes are submitted again to the next meeting; (2) that a further meeting is "
                         "held.") == "agreed"
