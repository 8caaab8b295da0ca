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
