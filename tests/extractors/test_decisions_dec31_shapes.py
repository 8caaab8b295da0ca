"""Decision shapes from the dec31 sweep of real UK health and council minutes no set uses (an account of the item
under ModernGov's "Decision:" label before its resolution, a declaration of interest under that label, minutes
"received as a true record", "Minutes of the previous meeting agreed." with no verb of being, a report "received and
noted" whose subject names another body's approval), each on an invented example."""
from .decision_shapes import page_decisions as _found


def test_an_account_under_the_decision_label_before_the_resolution_is_no_decision():
    text = ("3.\n"
            "PUBLIC HEALTH UPDATE\n"
            "To receive a presentation from the Director of Public Health.\n"
            "Decision:\n"
            "The Director of Public Health, Orla Fenwick, was in attendance and gave an update on the local position "
            "and answered questions from Members.\n"
            "\n"
            "The Chair thanked the Director for the presentation and the team for its work over the winter.\n"
            "\n"
            "It was RESOLVED that the update be noted.\n")
    assert _found(text, "item", "item_title", "kind", "text") == [
        ("3.", "PUBLIC HEALTH UPDATE", "noted", "It was RESOLVED that the update be noted.")]


def test_an_account_under_the_decision_label_with_no_verdict_after_it_stays():
    # nothing else was decided under the item: the label's text is all the record has of it
    text = ("4.\n"
            "Community Transport Review\n"
            "Decision:\n"
            "The Committee heard from the Transport Manager, Idris Calloway, on the review of the dial-a-ride "
            "service in the northern villages.\n")
    assert _found(text, "item", "kind") == [("4.", "other")]


def test_a_declaration_of_interest_under_the_decision_label_is_no_decision():
    text = ("2.\n"
            "Declarations of Interest\n"
            "Decision:\n"
            "Cllr Wendell Marsh declared an other interest as his sister works at the dispensing practice.\n"
            "\n"
            "3.\n"
            "Response from the Regulator\n"
            "Decision:\n"
            "That the Committee formally receives and notes the letter from the regulator.\n")
    assert _found(text, "item", "kind", "text") == [
        ("3.", "noted", "That the Committee formally receives and notes the letter from the regulator.")]


def test_minutes_received_as_a_true_record_are_approved():
    text = ("2. Minutes of Previous Meeting\n"
            "The Chair pointed out that in paragraph 6 the name of the practice should be corrected.\n"
            "Subject to this amendment the minutes were received as a true and accurate record.\n")
    assert _found(text) == [
        ("2.", "approved", "Subject to this amendment the minutes were received as a true and accurate record.")]


def test_minutes_received_for_a_later_meeting_are_no_approval():
    text = ("5. Sub-group minutes\n"
            "The minutes of the estates sub-group were received and would be considered at the next meeting.\n")
    assert _found(text) == []


def test_minutes_of_the_previous_meeting_agreed_with_no_verb_of_being():
    text = ("3.\n"
            "MINUTES OF THE PREVIOUS MEETING\n"
            "Minutes:\n"
            "Bryn asked whether a deputy chair could be found before the next meeting.\n"
            "\n"
            "Minutes of the previous meeting agreed.\n")
    assert _found(text, "item", "item_title", "kind", "text") == [
        ("3.", "MINUTES OF THE PREVIOUS MEETING", "approved", "Minutes of the previous meeting agreed.")]


def test_minutes_to_be_agreed_later_are_no_decision():
    text = ("6. Any other business\n"
            "Minutes of the working group meeting to be agreed.\n")
    assert _found(text) == []


def test_a_report_received_and_noted_is_noted_whatever_approved_it_before():
    text = ("7 Alcohol Strategy 2024/2027\n"
            "The Board received and noted the report of the Director of Public Health on the Alcohol Strategy "
            "which had been approved by the Community Safety Partnership.\n")
    assert _found(text) == [
        ("7", "noted", "The Board received and noted the report of the Director of Public Health on the Alcohol "
                       "Strategy which had been approved by the Community Safety Partnership.")]


def test_a_minute_reference_over_an_empty_title_cell_numbers_the_minute():
    # "041/19 /": the reference's cell, then the " / " a page puts between cells, the title's cell left empty
    text = ("041/19 /\n"
            "\n"
            "There were no declarations of interest from those present.\n"
            "042/19 /\n"
            "\n"
            "The notes of the meeting held on 9 May 2019 were approved.\n"
            "043/19 /\n"
            "\n"
            "The Committee noted the quarterly infection control report for April to June.\n")
    assert _found(text) == [
        ("042/19", "approved", "The notes of the meeting held on 9 May 2019 were approved."),
        ("043/19", "noted", "The Committee noted the quarterly infection control report for April to June.")]


def test_a_minute_reference_alone_over_its_title_keeps_the_title():
    text = ("TB12/19\n"
            "Infection Control Report\n"
            "The Board noted the quarterly infection control report for April to June.\n")
    assert _found(text, "item", "item_title", "kind") == [("TB12/19", "Infection Control Report", "noted")]


def test_a_first_part_after_resolved_to_colon_is_no_item_heading():
    # "1.    Note the outcome …" with no full stop reads as a title, but the colon above it opened the resolution
    text = ("4 Community Dental Plan\n"
            "Cllr Ashdown MOVED, Cllr Pryce SECONDED and it was RESOLVED to:\n"
            "\n"
            "1.    Note the outcome of the engagement on the Community Dental Plan\n"
            "\n"
            "2.    Agree the four priority areas set out in the plan.\n")
    assert _found(text, "item", "item_title", "text") == [
        ("4", "Community Dental Plan",
         "Cllr Ashdown MOVED, Cllr Pryce SECONDED and it was RESOLVED to:\n"
         "1. Note the outcome of the engagement on the Community Dental Plan\n"
         "2. Agree the four priority areas set out in the plan.")]


def test_a_numbered_heading_after_a_finished_resolution_stays_a_heading_and_opens_its_own():
    text = ("4 Community Dental Plan\n"
            "RESOLVED: That the plan be agreed.\n"
            "\n"
            "5. Any Other Business\n"
            "RESOLVED to:\n"
            "\n"
            "1. Note the date of the next meeting\n")
    assert _found(text, "item", "item_title", "text") == [
        ("4", "Community Dental Plan", "That the plan be agreed."),
        ("5.", "Any Other Business", "RESOLVED to:\n1. Note the date of the next meeting")]


def test_an_unnumbered_title_closing_on_a_bracketed_date_names_its_item():
    text = ("Welcome and Introductions\n"
            "The group welcomed two new members and the practice's new partner to the meeting.\n"
            "Minutes of the Previous Meeting (14.01.19)\n"
            "Minutes of the previous meeting were agreed as a true reflection of the meeting.\n")
    assert _found(text, "item_title", "kind") == [("Minutes of the Previous Meeting (14.01.19)", "approved")]


def test_an_unnumbered_line_closing_on_another_bracket_is_no_title():
    text = ("Welcome and Introductions\n"
            "The group welcomed two new members and the practice's new partner to the meeting.\n"
            "Noticeboard (see attached)\n"
            "Minutes of the previous meeting were agreed as a true reflection of the meeting.\n")
    assert _found(text, "item_title") == [("Welcome and Introductions",)]
