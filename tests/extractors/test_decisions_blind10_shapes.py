"""Decision shapes taught by the retired tenth blind set (parish and town councils, patient groups), each on an
invented example: the formulaic words are as minutes print them, the bodies, names and narrative are made up."""
from .decision_shapes import page_decisions as _found


def test_paragraphs_numbered_on_under_run_in_headings_are_their_own_items():
    found = _found("EASTBY PARISH COUNCIL\n"
                   "MINUTES OF THE ANNUAL MEETING\n"
                   "Other Appointments.\n"
                   "4. Footpaths. Cllr A. Penrose\n"
                   "5. The minutes of the meeting held on 2nd March were signed as being a true record.\n"
                   "Finance.\n"
                   "6. The accounts for 2023/24 were approved.\n"
                   "7. The annual return was completed at the meeting.\n", "item", "item_title", "text")
    assert found == [
        ("5.", "Footpaths. Cllr A. Penrose",
         "The minutes of the meeting held on 2nd March were signed as being a true record."),
        ("6.", "Finance", "The accounts for 2023/24 were approved."),
    ]


def test_a_resolution_part_keeps_its_item():
    found = _found("Minutes\n7. Budget\nRESOLVED:\n1. That the budget be approved.\n", "item")
    assert found == [("7.",)]


def test_a_minute_number_then_a_title_in_capitals_and_its_minute_on_one_line():
    found = _found("WESTBY TOWN COUNCIL.\n"
                   "311.24\tMAYORAL DIARY. A list of the Mayor's engagements was\n"
                   "\tcirculated.\n"
                   "312.24\tMINUTES. The Minutes of the Town Council held on the 3 June, 2024 were approved and\n"
                   "\tsigned by the Chairman.\n"
                   "\tThe Minutes of the Finance Committee held on the 19 June,\n"
                   "\t2024 were noted.\n", "item", "item_title", "kind")
    assert found == [("312.24", "MINUTES", "approved"), ("312.24", "MINUTES", "noted")]


def test_patient_group_minutes_agreed_and_accepted_under_an_item_title_with_a_full_stop():
    found = _found("PPG Minutes 3rd April 2025\n"
                   "Minutes of the last meeting agreed and accepted.\n"
                   "Item 1. Newsletter\n"
                   "Pip will draft it.\n"
                   "Item 2. Network group and letter to the council.\n"
                   "Members agreed that the councillor should be invited to visit.\n", "item", "kind")
    assert found == [(None, "approved"), ("Item 2", "agreed")]


def test_minutes_that_should_be_agreed_and_signed_are_no_record():
    assert _found("Minutes\nThe Chair said the minutes should be agreed and signed next time.\n") == []


def test_proposed_and_seconded_all_in_favour_and_minutes_also_signed():
    found = _found("Parish Council Minutes\n"
                   "71. Minutes of 2nd May\n"
                   "71.1 Councillor Lowe proposed and Councillor Marsh seconded all in favour of being signed as a "
                   "true and correct record.\n"
                   "71.2 The revised minutes of 4th April were also signed.\n", "item", "kind")
    assert found == [("71.", "approved"), ("71.", "approved")]


def test_the_only_nominee_declared_as_deputy_mayor():
    found = _found("Minutes\n3. APPOINTMENT OF DEPUTY MAYOR:\n"
                   "Councillor Noakes was declared as Deputy Town Mayor.\n", "item", "kind")
    assert found == [("3.", "approved")]


def test_an_interest_declared_is_no_appointment():
    assert _found("Minutes\n3. Declarations of interest\nCouncillor Noakes declared an interest in item 5.\n") == []


def test_a_numbered_paragraph_saying_only_what_was_approved_whatever_its_subject():
    found = _found("EASTBY PARISH COUNCIL\n"
                   "3. Highways. Cllr B. Quick\n"
                   "Standing Orders.\n"
                   "4. Standing Orders, and Financial Regulations, were approved.\n"
                   "Finance.\n"
                   "5. The Clerk's pay, i.a.w. NALC guidelines, SCP 15, was approved.\n"
                   "6. Mrs D. Stott was approved as Internal Auditor.\n"
                   "7. Membership for the year was approved, and a cheque for £80.50 raised.\n"
                   "8. Cllr Quick reported that the bench had been approved by the landowner last year and was now "
                   "installed.\n", "item", "item_title", "kind")
    assert found == [("4.", "Standing Orders", "approved"), ("5.", "Finance", "approved"),
                     ("6.", "Finance", "approved"), ("7.", "Finance", "approved")]


def test_a_lower_numbered_paragraph_under_an_item_is_no_verdict_of_its_own():
    found = _found("Minutes\n9. Grants\n1. The hall committee's request was discussed at length.\n"
                   "2. Mrs D. Stott was approved as grants officer.\n", "item")
    assert found == []  # (a part of item 9, not a paragraph numbered on from it)
