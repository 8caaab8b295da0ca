"""Decision shapes from the dec29 sweep (bylaw readings, a recess after numbered paragraphs, a dated meeting's label,
lettered parts under "The Committee:", a verdict after the reasons, "Contents noted", "Carried." after a
nomination, a long sub-item title), each on an invented example."""
from .decision_shapes import page_decisions as _found


def test_a_board_giving_a_bylaw_its_readings_passes_it():
    text = ("1) The Board received the Harbour Consent Calendar, as of May 2nd, 2021\n"
            "2) The Board gave Capital Expenditure Bylaw #88, 2021 (Ferrow Clinic – X-Ray Unit) 1st, 2nd, 3rd Readings "
            "and Adoption\n")
    assert _found(text, "item", "kind") == [("1)", "noted"), ("2)", "approved")]


def test_a_board_giving_only_first_reading_is_no_adoption():
    text = "1) The Board gave Water Service Bylaw #12, 2021 first reading\n"
    assert _found(text, "item", "kind") == [("1)", "other")]


def test_a_recess_after_the_numbered_paragraphs_ends_the_last_paragraphs_item():
    text = ("1) The Board received the Harbour Consent Calendar, as of May 2nd, 2021\n"
            "2) The Board received the Capital Projects Status Report for April 2021\n"
            "The Board recessed at 10:15am\n"
            "The Board resumed at 1:05pm\n"
            "The Board resumed consideration of the ferry request and agreed to write to the operator\n")
    assert _found(text, "item") == [("1)",), ("2)",), (None,)]


def test_a_dated_meetings_label_with_its_time_is_no_item_heading():
    text = ("L7\tPanel Minutes\nMinutes:\nThe Minutes of the Panel held on 4 May 2021 were noted.\n"
            "12 May 2021, 2:15pm, Exempt Minutes\n"
            "The Committee agreed to change 'Old Mill Inn' to 'Mill House'.\n")
    assert [i for (i,) in _found(text, "item")] == ["L7", "L7"]


def test_lettered_parts_under_the_committee_label_are_one_decision():
    # (under item 4's heading in capitals, a sub-number with a title in title case is a sub-item, not a paragraph)
    text = ("4 USERS FORUM, 2021 – 2024\n4.2 Appointment of Office Bearers – Chair and Treasurer\n"
            "The Committee:\n"
            "a Noted the appointment of Mr Olwen Darrow as Chair.\n"
            "b Remitted to the Treasurer the drafting of a note to members about the vacant post.\n")
    assert _found(text, "item", "item_title", "text", "kind") == [
        ("4.2", "Appointment of Office Bearers – Chair and Treasurer",
         "The Committee:\na Noted the appointment of Mr Olwen Darrow as Chair.\n"
         "b Remitted to the Treasurer the drafting of a note to members about the vacant post.", "noted")]


def test_the_body_resolving_after_the_reasons_and_options_is_its_decision():
    text = ("9. Tenancy Strategy\nThe Head of Housing introduced the report.\n"
            "Reason for the Decision\nTo meet the statutory duty.\n"
            "Alternative Options\nNone considered.\n"
            "The Committee unanimously resolved to endorse the recommendations.\n")
    assert _found(text, "item", "text") == [("9.", "The Committee unanimously resolved to endorse the recommendations.")]


def test_a_body_endorsing_inside_the_reasons_is_still_the_reason():
    text = ("9. Tenancy Strategy\nReasons for the decision:\n"
            "The Overview Panel considered and endorsed the recommendations by 5 votes to 0.\n")
    assert _found(text) == []


def test_contents_noted_under_a_letter():
    text = "4. Correspondence\nA letter from the highways team about gully clearance at Pell Lane.\nContents noted.\n5. Finance\n"
    assert _found(text, "item", "kind", "text") == [("4.", "noted", "Contents noted.")]


def test_carried_alone_after_a_nomination_is_the_election():
    text = ("7. Election of Vice Chair\nCllr Quarrie was nominated by Cllr Tolland and seconded by Cllr Epsom.\n"
            "Carried.\n8. Close\n")
    assert _found(text, "item", "kind", "text") == [
        ("7.", "approved", "Cllr Quarrie was nominated by Cllr Tolland and seconded by Cllr Epsom.\nCarried.")]


def test_carried_after_a_resolution_and_its_mover_adds_no_second_decision():
    text = ("5. Grants\nRESOLVED that a grant of £200 be made to the Fenwick Youth Club.\n"
            "Proposed Cllr Yelland, seconded Cllr Brisk, that Cllr Amos be elected to the grants panel.\nCarried.\n")
    assert [t for (t,) in _found(text, "text")] == ["RESOLVED that a grant of £200 be made to the Fenwick Youth Club."]


def test_carried_after_a_plain_remark_is_nothing():
    text = "6. Hall\nThe caretaker's report was read out.\nCarried.\n"
    assert _found(text) == []


def test_a_dash_led_agenda_title_in_title_case_names_the_item():
    text = ("- To Approve the Minutes of the Meeting held on 9 June\nThe minutes were approved as a true record.\n"
            "- To Receive the Treasurer's Report\nThe report was noted.\n")
    assert _found(text, "item_title", "kind") == [("To Approve the Minutes of the Meeting held on 9 June", "approved"),
                                                  ("To Receive the Treasurer's Report", "noted")]


def test_a_dash_led_part_in_lower_case_stays_a_part_of_its_resolution():
    text = "RESOLVED:\n- To approve the grant to the Tolworth Scouts\n- To note the bank reconciliation\n"
    assert _found(text, "item_title", "text") == [
        (None, "- To approve the grant to the Tolworth Scouts\n- To note the bank reconciliation")]

