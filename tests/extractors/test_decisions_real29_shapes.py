"""Decision shapes found by running the command on unlabelled real minutes (session 29, helper real29), each on an
invented example: the formulaic words are as minutes print them, the bodies, names and narrative are made up."""
from .decision_shapes import page_decisions as _found


def test_a_motion_moved_and_seconded_with_its_tally_below_is_one_decision():
    found = _found("Minutes of the Eastby Fire Board\n"
                   "A motion was made by Ann Lee and seconded by Bo Kerr to approve the agenda.\n"
                   "Vote was as follows:\n"
                   "Ayes: Ann Lee, Bo Kerr, Cy Dale.\n"
                   "Nays: None.\n"
                   "Absent: Di Moss.\n"
                   "Pump Replacement\n"
                   "The Chief said the old pump had failed its test twice this spring.\n", "kind", "text")
    assert found == [("approved", "A motion was made by Ann Lee and seconded by Bo Kerr to approve the agenda.")]


def test_a_motion_moved_by_a_member_and_carried_below_its_tally():
    found = _found("Business.\n"
                   "Moved by member Lee, supported by member Kerr, to approve the roof contract with Eastby Roofing, "
                   "Inc. in the amount of $12,000.\n"
                   "\n"
                   "Ayes: Lee, Kerr, Dale\n"
                   "Nays: None\n"
                   "Motion Carried\n", "text")
    assert found == [("Moved by member Lee, supported by member Kerr, to approve the roof contract with Eastby Roofing, "
                      "Inc. in the amount of $12,000.",)]


def test_a_motion_whose_tally_is_against_it_records_no_decision():
    assert _found("A motion was made by Ann Lee and seconded by Bo Kerr to approve the hall hire.\n"
                  "Ayes: Ann Lee, Bo Kerr.\n"
                  "Nays: Cy Dale, Di Moss, Ed Pike.\n"
                  "Old Business:\n") == []


def test_a_mover_a_seconder_and_the_tally_in_one_paragraph():
    found = _found("#12 Lee Drain - 900 feet of tile, proposed rate $9.10. Ann Lee moved to raise the rate to $6.00 "
                   "per acre on the Lee Drain. Bo Kerr seconded. 3-0 votes in favor.\n", "kind", "text")
    assert found == [("agreed", "Ann Lee moved to raise the rate to $6.00 per acre on the Lee Drain. Bo Kerr seconded. "
                                "3-0 votes in favor.")]


def test_an_initial_ends_no_sentence_inside_a_motion():
    found = _found("Ann Lee moved to raise the rate on the A.B. Kerr Drain. Bo Kerr seconded. 3-0 votes in favor.\n",
                   "text")
    assert found == [("Ann Lee moved to raise the rate on the A.B. Kerr Drain. Bo Kerr seconded. 3-0 votes in favor.",)]


def test_a_motion_seconded_which_carried_in_capitals():
    found = _found("Councilmember Lee MOVED to go into Executive Session at 5:30 p.m. and Vice Mayor Kerr SECONDED the "
                   "motion, which CARRIED UNANIMOUSLY (5-0).\n", "kind")
    assert found == [("agreed",)]


def test_the_mover_and_seconder_lines_and_the_verdict_are_no_item_titles():
    found = _found("A. Approval of the May 2, 2012 Board Meeting\n"
                   "By Commissioner Lee: Seconded by Commissioner Kerr\n"
                   "RESOLVED, That the minutes of the May 2, 2012 Board meeting be approved as corrected.\n"
                   "Carried Unanimously\n"
                   "Proposer A Lee\n"
                   "Seconded by B. Kerr\n"
                   "It was RESOLVED to accept the minutes of the meeting on 3rd May 2012 as a correct record.\n",
                   "item_title")
    assert found == [(None,), (None,)]  # before: "By Commissioner Lee: …" and "Seconded by B. Kerr"


def test_item_then_its_agenda_wording_is_the_item_heading():
    found = _found("Item 1 To agree the minutes of the Full Council meeting of 8th January 2018\n"
                   "It was proposed that the minutes should be approved as a correct record.\n"
                   "It was RESOLVED to accept the minutes as a correct record of the meeting.\n",
                   "item", "item_title")
    assert found == [("Item 1", "To agree the minutes of the Full Council meeting of 8th January 2018")]


def test_minute_no_then_a_title_and_the_resolution_on_one_line():
    found = _found("Minute no. 4 – Signing of the Minutes – 2nd May 2018 Meeting of the Council. Resolved that the "
                   "minutes of the above meeting be accepted as read and signed as a true record.\n",
                   "item", "item_title", "kind")
    assert found == [("Minute no. 4", "Signing of the Minutes – 2nd May 2018 Meeting of the Council", "approved")]


def test_a_five_figure_running_minute_number_before_a_title_in_capitals():
    found = _found("12044 POLICE MATTERS\n"
                   "The clerk said the sergeant had moved to another station. It was agreed to write to the new "
                   "inspector about parking.\n", "item", "item_title")
    assert found == [("12044", "POLICE MATTERS")]


def test_seconded_then_the_verdict_with_no_which_was():
    found = _found("2. ELECTION OF THE VICE CHAIRMAN\n"
                   "Cllr Lee was nominated and proposed by Cllr Kerr, Seconded by Cllr Dale and passed with a unanimous "
                   "vote.\n"
                   "3. THE CROFT\n"
                   "Quotes had been circulated before the meeting.\n"
                   "Cllr Kerr proposed that the fencing quote (up to £900) be accepted this was seconded by Cllr Dale and "
                   "agreed by majority vote with 6 in favour and 1 against.\n"
                   "4. MINUTES\n"
                   "Proposed by Cllr Lee as a true record seconded by Cllr Kerr unanimously approved.\n", "item", "kind")
    assert found == [("2.", "agreed"), ("3.", "agreed"), ("4.", "approved")]


def test_a_lone_capital_before_a_full_stop_still_ends_a_sentence():
    found = _found("5. BUDGET\nThe figures were as set out at Appendix A. The Board approved the budget.\n", "text")
    assert found == [("The Board approved the budget.",)]
