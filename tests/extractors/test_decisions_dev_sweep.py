"""Decision shapes from a sweep of the development misses (item pages' titles, numbered records with no titles,
elections, titles run into the minute), each on an invented example."""
from .decision_shapes import page_decisions as _found


def test_the_line_over_an_items_minutes_label_is_its_title_whatever_its_length_or_bracket():
    text = ("Agenda item\nLibrary Hours Review - update (Oral report)\nMinutes:\n"
            "The Head of Libraries outlined the consultation on opening hours across the district.\n"
            "RESOLVED that the update be noted.\n")
    assert _found(text, "item_title", "text") == [("Library Hours Review - update (Oral report)", "RESOLVED that the update be noted.")]


def test_a_title_over_a_line_of_description_then_the_label_is_the_title():
    text = ("Agenda and minutes\nWelcome\nMinutes:\nThe Chair welcomed members.\n"
            "Rules of Procedure\nReport of the Borough Secretary.\nMinutes:\n"
            "Resolved: That the revised rules of procedure be approved.\n"
            "To confirm the notes of the meeting held on 2 May as a correct record\nMinutes:\n"
            "RESOLVED – That the notes be confirmed.\n")
    assert _found(text, "item_title", "kind") == [("Rules of Procedure", "approved"),
                                                  ("To confirm the notes of the meeting held on 2 May as a correct record", "approved")]


def test_a_decision_page_title_sits_over_its_decision_maker_line():
    text = ("Decision details\nDecision details\nPark Pavilion Lease (Phase 2)\nDecision Maker: Cabinet\n"
            "Decision status: Recommendations Approved\nDecision:\n(i) to grant the lease for ten years.\n")
    assert _found(text, "item_title") == [("Park Pavilion Lease (Phase 2)",)]


def test_the_minutes_own_reference_after_a_title_is_no_part_of_it():
    text = ("2. Apologies - Ref 31/200: Councillor P Orme.\n"
            "4. Approval of the bank reconciliation (Ref 31/188) – Ref 31/202:\n"
            "Proposed and seconded; all in favour. It was therefore RESOLVED that the reconciliation be approved.\n")
    assert _found(text, "item", "item_title") == [("4.", "Approval of the bank reconciliation (Ref 31/188)")]


def test_an_election_on_a_motion_or_after_a_vote_is_a_decision_but_its_narrative_is_not():
    found = _found("7. Vacancy\nMr Ravi Okafor was duly proposed and seconded and on being put to the vote was duly "
                   "elected to the Town Council.\n")
    assert found == [("7.", "approved", "Mr Ravi Okafor was duly proposed and seconded and on being put to the vote was "
                                        "duly elected to the Town Council.")]
    found = _found("3. Trustees\nOn a motion by Ann Tull the following members were unanimously elected: 1. Bo Marr, "
                   "2. Cy Dunn.\n")
    assert found == [("3.", "approved", "On a motion by Ann Tull the following members were unanimously elected: 1. Bo Marr, "
                                        "2. Cy Dunn.")]
    # (told before the resolution that records it, the election is that resolution's narrative; with no resolution
    # after it in its item it is the election itself: test_decisions_dec30b_shapes.py)
    assert _found("4. Chair\nAs there were no other nominations, Councillor Jo Pike was duly elected as Chair for 2025/26.\n"
                  "Councillor Jo Pike, who was elected in May, thanked the members.\n"
                  "RESOLVED: That Councillor Jo Pike be elected Chair for 2025/26.\n") == [
        ("4.", "approved", "That Councillor Jo Pike be elected Chair for 2025/26.")]


def test_numbered_paragraphs_with_no_titles_are_the_items_of_what_they_record():
    text = ("1. As its first business the Chair said the next meeting would be held on 4 April.\n"
            "2. The next item was the minutes of the last meeting. The minutes of the March meeting were approved on a "
            "motion by Lee Hart and passed unanimously.\n"
            "3. The Secretary read a letter from the county about the clinic's opening hours.\n")
    assert [(i, k) for i, k, _ in _found(text)] == [("2.", "approved")]


def test_a_numbered_list_of_what_the_board_received_notes_each_paper():
    text = ("Business:\n1) The Board received the Clinic Consent Calendar, as of May 3rd, 2021\n"
            "2) After some discussion, the Board deferred the request for a second ambulance bay until June\n"
            "3) The Board received a letter from the health authority about its rural staffing plan\n")
    assert [(i, k) for i, k, _ in _found(text)] == [("1)", "noted"), ("2)", "deferred"), ("3)", "noted")]
    # outside such a record, the words open the narrative of an item
    assert _found("5. Clinic Update\nThe Board received a presentation from the clinic lead on waiting times.\n") == []


def test_a_minute_reference_opens_its_item_when_a_short_title_runs_into_the_minute():
    text = ("041/22 To receive apologies for absence Apologies were received from Cllr. Veal. Proposed and Resolved that "
            "the reason given be accepted.\n"
            "042/22 Clerk's Report The Clerk reported that the hedge along the playing field had been cut.\n"
            "043/22 Accounts Bank statements for May were circulated to all members. Proposed and Resolved that the "
            "payments listed be approved.\n"
            "044/22 Planning Application 22/0071 – new porch, 9 Mill Lane. Proposed and Resolved to raise no objection.\n")
    assert _found(text, "item", "item_title") == [("041/22", "To receive apologies for absence"), ("043/22", "Accounts"),
                                                  ("044/22", "Planning Application 22/0071")]


def test_a_reference_back_to_an_earlier_minute_opens_no_item():
    text = ("120/22 Matters Arising\n"
            "101/22 : Budget : Reserves - The figure for reserves would be shown in the next report.\n"
            "RESOLVED that the matters arising be noted.\n")
    assert _found(text, "item") == [("120/22",)]


def test_an_agenda_title_run_into_its_minute_ends_where_the_minutes_sentence_opens():
    text = ("051/23 To consider co-opting a member to the Town Council Three residents had applied for the seat. "
            "Proposed and Resolved that Ms Ada Quell be co-opted.\n"
            "052/23 To approve the notes of the meeting on 5th June 2023 as Minutes. Amendment to item 040/23 was "
            "noted. Proposed and Resolved that the notes be approved as Minutes.\n")
    assert _found(text, "item", "item_title") == [
        ("051/23", "To consider co-opting a member to the Town Council"),
        ("052/23", "To approve the notes of the meeting on 5th June 2023 as Minutes")]


def test_a_heading_in_capitals_with_a_small_ordinal_and_a_stop_opens_its_item():
    text = ("BOARD OF DIRECTORS - Minutes\n2026/31\tMINUTES OF THE PREVIOUS MEETING HELD ON 9th MARCH 2026.\n"
            "\tThe minutes of the meeting held on 9th March 2026 were approved as an accurate record.\n")
    assert _found(text, "item", "item_title") == [("2026/31", "MINUTES OF THE PREVIOUS MEETING HELD ON 9th MARCH 2026.")]
