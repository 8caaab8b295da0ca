"""Decision shapes the dec30 sweep left (a sub-numbered title run into its minute, dash-led headings of a list that
lost its numbers, nominations with no verdict, a verdict with no full stop before the next sentence), each on an
invented example. Modelled on the shapes of the sweep's pages (Pickmere, Cruwys Morchard, Kirkcolm, Mickle
Trafford; URLs in evaluation/README.md's dec30 section and the claims list)."""
from .decision_shapes import page_decisions as _found


def test_a_sub_numbered_title_run_into_its_minute_opens_the_item():
    text = ("Present Councillors Ashby, Brandt, Cole\n"
            "Apologies Councillor Dray\n"
            "3.1 Approval of Minutes The minutes of the meeting of 9th May 2024 were AGREED.\n"
            "3.2 Matters arising from Minutes\n")
    assert _found(text, "item", "item_title", "kind", "text") == [
        ("3.1", "Approval of Minutes", "approved", "The minutes of the meeting of 9th May 2024 were AGREED.")]


def test_a_sub_numbered_paragraph_opening_on_the_body_is_still_no_title():
    text = ("5. Finance\n"
            "5.1 The Council RESOLVED to pay the grass cutting invoice of £240.\n")
    assert _found(text, "item", "item_title") == [("5.", "Finance")]


def test_dash_led_headings_of_a_list_that_lost_its_numbers_title_their_minutes():
    text = ("- MATTERS ARISING\n"
            "The chairman reported that the new bench had been installed beside the bus shelter on Mill Lane.\n"
            "7. Hall subscription\n"
            "The meeting discussed whether the hall subscription was still worth paying this year.\n"
            "Proposal: Mrs Orrin proposed and Mr Tate seconded payment of the subscription and the meeting unanimously agreed.\n"
            "- Annual audit return\n"
            "The clerk had circulated the annual audit return for the year ending 31st March 2024 before the meeting.\n"
            "Proposal: Mr Tate proposed and Mrs Orrin seconded approval of the annual audit return and the meeting "
            "unanimously agreed.\n")
    assert _found(text, "item", "item_title", "kind") == [("7.", "Hall subscription", "agreed"),
                                                          (None, "Annual audit return", "approved")]


def test_a_single_dash_led_line_over_a_paragraph_is_no_heading():
    text = ("7. Hall subscription\n"
            "- Annual audit return\n"
            "The clerk had circulated the annual audit return for the year ending 31st March 2024 before the meeting.\n"
            "Proposal: Mr Tate proposed and Mrs Orrin seconded approval of the annual audit return and the meeting "
            "unanimously agreed.\n")
    assert _found(text, "item", "item_title") == [("7.", "Hall subscription")]


def test_a_dash_led_point_in_a_list_of_points_is_no_heading():
    text = ("4. Village green\n"
            "The following points were raised about the green:\n"
            "- Benches need repainting\n"
            "- The hedge along the lane has grown over the path and needs cutting back before summer\n"
            "It was RESOLVED that the clerk obtain quotes for both jobs.\n")
    assert _found(text, "item", "item_title") == [("4.", "Village green")]


def test_nominations_with_no_verdict_are_the_elections():
    text = ("The returning officer opened the meeting and welcomed the new councillors.\n"
            "Tam Rigg proposes Nora Blyth as Chairman and Ewan Coul seconds .\n"
            "Ewan Coul proposes Tam Rigg as Vice Chair and Nora Blyth seconds.\n"
            "The next meeting is set for Tuesday 3rd June in the village hall.\n")
    assert _found(text) == [(None, "approved", "Tam Rigg proposes Nora Blyth as Chairman and Ewan Coul seconds ."),
                            (None, "approved", "Ewan Coul proposes Tam Rigg as Vice Chair and Nora Blyth seconds.")]


def test_a_nomination_seconded_by_name_with_no_resolution_in_its_item():
    text = ("1. Election of Chairman\n"
            "Cllr Amos proposed Cllr Hollis as Chairman, seconded by Cllr Carr.\n"
            "2. Apologies\n"
            "Apologies were received from Cllr Dunne, who was on holiday.\n")
    assert _found(text) == [("1.", "approved", "Cllr Amos proposed Cllr Hollis as Chairman, seconded by Cllr Carr.")]


def test_no_further_nominations_then_duly_elected_with_no_resolution_is_the_election():
    text = ("1. Election of Chairman\n"
            "Cllr Amos nominated Cllr Hollis, seconded by Cllr Carr. As there were no further nominations, Cllr Hollis "
            "was duly elected Chairman for the coming year.\n"
            "2. Apologies\n"
            "Apologies were received from Cllr Dunne, who was on holiday.\n")
    assert _found(text, "item", "kind") == [("1.", "approved")]


def test_an_election_told_before_its_resolution_is_the_resolutions_narrative():
    text = ("1. Election of Chair\n"
            "Councillor P Ames was nominated by Councillor R Dodd and seconded by Councillor T Fell.\n"
            "As there were no other nominations, Councillor P Ames was duly elected as Chair for 2025/26.\n"
            "RESOLVED:\n"
            "That Councillor P Ames be elected Chair of the Authority for 2025/26.\n"
            "2. Vice Chair\n"
            "Cllr Amos proposed Cllr Hollis as Vice Chair, seconded by Cllr Carr.\n"
            "RESOLVED that Cllr Hollis be elected Vice Chair.\n")
    assert _found(text) == [("1.", "approved", "That Councillor P Ames be elected Chair of the Authority for 2025/26."),
                            ("2.", "approved", "RESOLVED that Cllr Hollis be elected Vice Chair.")]


def test_a_nomination_with_its_verdict_on_the_same_line_is_one_decision():
    text = ("4. Election of Treasurer\n"
            "Cllr Amos proposed Cllr Hollis as Treasurer, seconded by Cllr Carr. All present agreed.\n")
    assert _found(text) == [("4.", "agreed", "Cllr Amos proposed Cllr Hollis as Treasurer, seconded by Cllr Carr. "
                                            "All present agreed.")]


def test_a_nomination_with_its_verdict_on_the_next_line_is_one_decision():
    text = ("4. Co-option of Treasurer\n"
            "Cllr Amos proposed Petra Vane for the position of Treasurer and was seconded by Cllr Carr.\n"
            "All present agreed.\n")
    assert _found(text) == [("4.", "agreed", "Cllr Amos proposed Petra Vane for the position of Treasurer and was "
                                            "seconded by Cllr Carr. All present agreed.")]


def test_a_parish_recommending_approval_of_an_application_agreed_its_reply():
    text = ("412 PLANNING\n"
            "• 24/0311/FULL – Single storey rear extension, 4 Orchard Row\n"
            "AGREED to recommend APPROVAL\n"
            "\n"
            "• 24/0340/HOUSE – Garden room, Pear Tree Cottage\n"
            "AGREED to recommend REFUSAL\n")
    assert _found(text, "item", "kind") == [("412", "agreed"), ("412", "agreed")]


def test_recommending_approval_to_another_body_leaves_the_decision_to_it():
    text = ("5. Budget\n"
            "RESOLVED to recommend approval to Full Council of the budget for 2025/26.\n")
    assert _found(text, "item", "kind") == [("5.", "other")]


def test_a_verdict_with_no_full_stop_ends_before_the_next_sentence():
    text = ("Item 06/05 Appeal hearing – volunteers to attend\n"
            "RESOLVED – Members of the highways sub-committee would attend as well as Mr R Dunn and Mrs P Vey\n"
            "The Chairman advised that the Parish Clerk should attend too so that accurate notes are taken.\n")
    assert _found(text, "text") == [("Members of the highways sub-committee would attend as well as Mr R Dunn and "
                                     "Mrs P Vey",)]


def test_a_verdict_wrapped_before_a_name_still_runs_on():
    text = ("4. Footpaths\n"
            "RESOLVED – That the footpath survey be sent to the County Council and to the Ramblers for Hillside\n"
            "Lane and Mill Bank, with a covering letter from the Clerk.\n")
    assert _found(text, "text") == [("That the footpath survey be sent to the County Council and to the Ramblers for "
                                     "Hillside Lane and Mill Bank, with a covering letter from the Clerk.",)]
