"""Decision shapes taught by the retired sixth blind set, each on an invented example: the formulaic words are as
minutes print them, the bodies, names and narrative are made up."""
from boardpapers.extractors.decisions import decision_kind
from .decision_shapes import page_decisions as _found


def test_body_label_over_roman_parts_each_opening_with_a_verb():
    found = _found("4. Minutes of Meetings\n"
                   "The Partnership:\n"
                   "i. NOTED the Minutes of the Rural Transport Forum – 3 May 2019;\n"
                   "ii. APPROVED the Minutes of the previous meeting of the Partnership.\n")
    assert found == [("4.", "approved", "The Partnership:\ni. NOTED the Minutes of the Rural Transport Forum – 3 May 2019;\n"
                                        "ii. APPROVED the Minutes of the previous meeting of the Partnership.")]


def test_numbered_body_label_over_unmarked_verb_parts_is_no_item_heading():
    found = _found("Budget monitoring\n"
                   "11. The Board:\n"
                   "noted the month nine position and the risks to the year end; and\n"
                   "approved the virement between the two capital schemes.\n")
    assert found == [(None, "approved", "The Board:\nnoted the month nine position and the risks to the year end; "
                                        "and approved the virement between the two capital schemes.")]


def test_minutes_sentence_wrapped_across_tab_indented_lines():
    found = _found("07.\tMINUTES\n"
                   "\tOn the motion of Mrs Quayle, seconded by Dr Penrose, the minutes from the Board Meeting\n"
                   "\theld on 4 April 2021 were approved as a complete and accurate\n"
                   "\trecord.\n")
    assert found == [("07.", "approved", "On the motion of Mrs Quayle, seconded by Dr Penrose, the minutes from the Board "
                                         "Meeting held on 4 April 2021 were approved as a complete and accurate record.")]


def test_election_naming_the_members_council_after_a_comma():
    found = _found("3. Election of Chair\nCouncillor Ruth Ambleside, Westmere-on-Sea Borough Council was elected as Chairman.\n")
    assert found == [("3.", "approved", "Councillor Ruth Ambleside, Westmere-on-Sea Borough Council was elected as Chairman.")]


def test_correction_to_an_earlier_item_ending_in_a_quote_is_no_heading():
    found = _found("Minutes of the previous meeting\n"
                   "Item 5 - The second sentence should read \"Bed occupancy on the unit remains high.\"\n"
                   "Subject to this amendment, the minutes were agreed as an accurate record.\n")
    assert found == [(None, "approved", "Subject to this amendment, the minutes were agreed as an accurate record.")]


def test_minutes_to_be_signed_later_in_a_clause_of_time_record_nothing():
    found = _found("The minutes of the last meeting were approved as an accurate record. "
                   "Mr Tolland agreed to correct the dates before the minutes were signed.\n")
    assert found == [(None, "approved", "The minutes of the last meeting were approved as an accurate record.")]


def test_body_hearing_then_agreeing_in_one_sentence_is_a_decision():
    found = _found("Estates update\n"
                   "5. The Group heard how the survey of the older wards was being planned, and agreed to return to it "
                   "at the next meeting.\n")
    assert found == [(None, "agreed", "The Group heard how the survey of the older wards was being planned, and agreed "
                                      "to return to it at the next meeting.")]


def test_numbered_paragraph_after_an_unmarked_list_is_not_a_part_of_it():
    found = _found("Programme review\n"
                   "3. The Panel agreed to look at these in more detail later in the year:\n"
                   "Dementia services;\n"
                   "Community pharmacy.\n"
                   "4. The Panel considered the draft timetable, and approved it.\n")
    assert found == [
        (None, "agreed", "The Panel agreed to look at these in more detail later in the year:\nDementia services;\n"
                         "Community pharmacy."),
        (None, "approved", "The Panel considered the draft timetable, and approved it."),
    ]


def test_sign_off_set_for_a_later_date_is_agreed_not_approved():
    assert decision_kind("Agreed that the annual report is signed off in June 2020.") == "agreed"
    assert decision_kind("The Board signed off the annual report.") == "approved"


def test_body_named_in_full_with_of_directors_or_governors():
    found = _found("BD/21/017 Audit Committee Report\n"
                   "The Board of Directors ratified the revised scheme of delegation.\n"
                   "GC/21/009 Appointment of the Lead Governor\n"
                   "The Council of Governors approved the appointment of Mr Ivo Brandt as Lead Governor.\n")
    assert found == [
        ("BD/21/017", "approved", "The Board of Directors ratified the revised scheme of delegation."),
        ("GC/21/009", "approved", "The Council of Governors approved the appointment of Mr Ivo Brandt as Lead Governor."),
    ]
