"""Attendance and decision shapes of wave 19 (December 2026): internal drainage boards' text minutes, a council's
issue page with amendments lost on the vote, a scrutiny committee's paragraph-numbered ModernGov minutes.

Every name, body and sentence here is invented; only the layouts are those of the real minutes ("PRESENT: Ratepayer
Members: Mr A (Ch) Mr B …", "D Body Esq., …, Elected Members. Cllr …, Appointed Members.", "It was PROPOSED by MR A
and SECONDED by MR B and UNANIMOUSLY RESOLVED that …", "RESOLVED that this be noted." after each declaration, "…
put to the vote and lost.", "1d Exclusion of Press and Public" inside item 1's minute)."""
from .decision_shapes import page_decisions as _found
from .test_attendance import by_person, parse
from .test_attendance_wave10 import _statuses


# --- decisions -------------------------------------------------------------------------------------------

def test_a_motion_proposed_seconded_and_resolved_in_one_sentence_is_one_decision_from_its_mover():
    text = ("14 Minutes of the previous Full Board Meeting, 2nd March 2020.\n"
            "14.1 It was PROPOSED by MR QUARRY and SECONDED by MR FENWICK and UNANIMOUSLY RESOLVED that the minutes of\n"
            "the previous meeting be adopted as a true record.\n"
            "15 Accounts\n"
            "15.1 It was PROPOSED by MR DYKE and SECONDED by MR QUARRY and UNANIMOUSLY RESOLVED that the\n"
            "Annual Accounts for 2019/20 be approved.\n")
    assert _found(text) == [
        ("14", "approved", "14.1 It was PROPOSED by MR QUARRY and SECONDED by MR FENWICK and UNANIMOUSLY RESOLVED that "
                           "the minutes of the previous meeting be adopted as a true record."),
        ("15", "approved", "15.1 It was PROPOSED by MR DYKE and SECONDED by MR QUARRY and UNANIMOUSLY RESOLVED that the "
                           "Annual Accounts for 2019/20 be approved.")]


def test_a_motion_wrapped_before_its_verdict_is_joined_and_its_kind_is_what_it_resolved():
    text = ("3. SUB-COMMITTEE MINUTES\n"
            "The minutes of the Works Committee held on Tuesday\n"
            "9 March 2021 were received. It was proposed by Councillor Mrs J Wren, seconded by Mr K L\n"
            "Moss and resolved that the minutes be received.\n"
            "4. REPORT\n"
            "It was proposed by P Lark Esq., seconded by Cllr T Finch and agreed that the report be received.\n")
    assert [(item, kind) for item, kind, _ in _found(text)] == [("3.", "noted"), ("4.", "noted")]


def test_amendments_put_to_the_vote_and_lost_are_rejected_decisions_before_the_resolution():
    text = ("41\tCommittee Structure\n"
            "Cllr Orme proposed an amendment that the committee meet monthly, this was seconded by Cllr Bray put to "
            "the vote and lost.\n"
            "The substantive motion was put to the vote and carried.\n"
            "RESOLVED that the committees merge from May 2025.\n")
    assert [kind for _, kind, _ in _found(text)] == ["rejected", "agreed"]


def test_each_declaration_noted_by_resolution_is_a_decision_of_its_own():
    text = ("07/21 DECLARATIONS OF INTEREST\n"
            "07/21/01 Mr P Hale declared an interest in a payment to his brother. RESOLVED that this be noted.\n"
            "07/21/02 Mrs R Knight declared an interest in the Westfen works. RESOLVED that this be noted.\n")
    assert [(item, kind) for item, kind, _ in _found(text)] == [("07/21", "noted"), ("07/21", "noted")]


def test_the_same_resolution_printed_twice_alone_is_still_one_decision():
    text = ("5\tMinutes\nDecision:\nRESOLVED that the report be noted.\nMinutes:\nRESOLVED that the report be noted.\n")
    assert len(_found(text)) == 1


def test_minutes_taken_as_read_then_accepted_are_one_decision():
    text = ("312. MINUTES OF PREVIOUS MEETING\n"
            "The minutes of the meeting held on 4th May 2015 having been circulated were taken as read. The minutes "
            "were accepted as a correct record and signed by the Chairman.\n")
    assert _found(text) == [("312.", "approved", "The minutes were accepted as a correct record and signed by the "
                                                 "Chairman.")]


def test_minutes_held_as_read_alone_are_still_the_decision():
    text = "4. MINUTE\nThe minute of the meeting of 3rd June 2010 was held as read.\n"
    assert [kind for _, kind, _ in _found(text)] == ["approved"]


def test_a_lettered_sub_heading_inside_a_moderngov_minute_stays_under_its_item():
    text = ("1.\nPROCEDURAL BUSINESS\nMinutes:\n1a Declarations of substitutions\n1.1 There were none.\n"
            "1b Exclusion of Press and Public\n1.2 RESOLVED - That the press and public be not excluded.\n"
            "2.\nMINUTES\nMinutes:\n2.1 RESOLVED That the minutes be approved.\n")
    assert _found(text, "item", "item_title") == [("1.", "PROCEDURAL BUSINESS"), ("2.", "MINUTES")]


def test_a_lettered_number_in_its_own_cell_is_still_an_item():
    text = ("1a\nAppointment of Chair\nMinutes:\nRESOLVED - That Councillor Ash be appointed Chair.\n"
            "1b\nAppointment of Deputy Chair\nMinutes:\nRESOLVED - That Councillor Birch be appointed Deputy Chair.\n")
    assert [item for item, _, _ in _found(text)] == ["1a", "1b"]


# --- attendance ------------------------------------------------------------------------------------------

def test_category_rows_of_titled_names_run_together_split_at_each_title():
    text = ("PRESENT: Ratepayer Members: Mr Quarry (Ch) Mr Fenwick Mr J Dyke Mr Lomas (VCh) Mr Tarn\n"
            "APOLOGIES: Ratepayer Members: Mr Osgood Appointed Members: Cllr Pryor Co-opted Members:\n"
            "IN ATTENDANCE: Officers: Mr Haines – Chief Executive (CEO) Mrs Keel – Asset Manager (AMgr)\n"
            "1 Welcome\n1.1 The Chairman welcomed members.\n")
    recs = by_person(parse(text))
    assert {p: r.status for p, r in recs.items()} == {
        "Quarry": "present", "Fenwick": "present", "J Dyke": "present", "Lomas": "present", "Tarn": "present",
        "Osgood": "apologies", "Pryor": "apologies", "Haines": "in_attendance", "Keel": "in_attendance"}
    assert [recs[p].organisation for p in ("Quarry", "Lomas", "Keel")] == [None, None, None]


def test_a_courtesy_esquire_is_no_part_of_the_name_and_a_group_label_carries_the_list_past_its_stop():
    text = ("PRESENT\nP Lark Esq., G Marsh Esq., Elected Members. Cllr T Finch, Cllr Mrs H Rook, Appointed Members.\n"
            "57. APOLOGIES FOR ABSENCE\n"
            "Apologies were received from J Reed Esq., and B Teal Esq., Elected Members. Cllr O Snipe and Cllr W\n"
            "Crane, Appointed Members.\n"
            "58. MINUTES\nThe minutes were accepted as a correct record.\n")
    assert _statuses(text) == {
        "P Lark": "present", "G Marsh": "present", "T Finch": "present", "H Rook": "present",
        "J Reed": "apologies", "B Teal": "apologies", "O Snipe": "apologies", "W Crane": "apologies"}


def test_people_in_attendance_named_in_a_sentence_after_the_list_of_those_present():
    text = ("PRESENT\nA B Gale Esq (Chairman)            C D Heath Esq\nE F Moor Esq\n"
            "Mrs Ivy Cole (representing the Clerk to the Board) and Mr Ned Pike (representing the Engineers) were in "
            "attendance.\n\nApologies for absence\nApologies for absence were received from G H Wold Esq.\n")
    assert _statuses(text) == {"A B Gale": "present", "C D Heath": "present", "E F Moor": "present",
                               "Ivy Cole": "in_attendance", "Ned Pike": "in_attendance",
                               "G H Wold": "apologies"}


def test_a_comma_list_ending_was_in_attendance_under_its_heading_stays_the_blocks_row():
    text = ("In Attendance\nCouncillors S Pryce (SP) Chair, T Hale (TH), Ann Ford (AF), the clerk, was in "
            "attendance.\n1. Apologies\nNone.\n")
    assert set(_statuses(text).values()) == {"in_attendance"}


def test_a_name_wrapped_after_its_title_and_initial_keeps_the_sentence_going():
    text = ("1. APOLOGIES\nApologies for absence were received from Mr P Dunn, Councillor R Vale, Councillor H\n"
            "Ashby-Thornton and Councillor S Reed. An apology was also received from Mr Carl Voss.\n"
            "2. MINUTES\nThe minutes were approved.\n")
    assert _statuses(text) == {"P Dunn": "apologies", "R Vale": "apologies", "H Ashby-Thornton": "apologies",
                               "S Reed": "apologies", "Carl Voss": "apologies"}


def test_an_officers_report_as_an_items_title_opens_no_attendance_block():
    text = ("Present: Mr A Lyle, Mr B Crane\n\n4. CLERK & ENGINEER'S REPORT\nWeed Cutting\n"
            "The Clerk said the spring cut would start in May.\n")
    assert _statuses(text) == {"A Lyle": "present", "B Crane": "present"}
