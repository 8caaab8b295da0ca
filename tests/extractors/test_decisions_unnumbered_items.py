"""ModernGov pages whose item numbers are blank or absent (issue 12): the title of the next item ("To approve the
Minutes …") is no part of the resolution above it, and a paragraph number printed alone above a resolution
numbers it where no item number is printed. Invented text."""
from .decision_shapes import page_decisions as _found


def test_the_next_items_title_does_not_join_a_finished_resolution():
    assert _found("Dates of meetings\nMinutes:\n"
                  "RESOLVED – That the Committee meet at 2 p.m. on the dates in the calendar, as agreed by Council.\n"
                  "To approve the Minutes of the Meeting held on 3 March\nMinutes:\n"
                  "RESOLVED – That the Minutes of the meeting held on 3 March be approved as a correct record.\n"
                  "To receive the Director's report on winter pressures\nMinutes:\n"
                  "RESOLVED – That the report be noted.\n") == [
        (None, "agreed", "That the Committee meet at 2 p.m. on the dates in the calendar, as agreed by Council."),
        (None, "approved", "That the Minutes of the meeting held on 3 March be approved as a correct record."),
        (None, "noted", "That the report be noted."),
    ]


def test_parts_opening_alike_still_join_one_resolution():
    assert _found("4. Plan\nRESOLVED – That the report be noted.\nThat the plan be approved.\n") == [
        ("4.", "approved", "That the report be noted.\nThat the plan be approved."),
    ]


def test_a_paragraph_number_alone_above_a_resolution_numbers_it():
    assert _found("Agenda item\nJoint scrutiny of stroke services\nMinutes:\n"
                  "5.1\nThe Committee received a report from the Scrutiny Officer on the joint committee.\n"
                  "5.2\nRESOLVED: That the Committee:-\n"
                  "(a) notes the report; and\n"
                  "(b) asks the Chair to raise the issues at the joint committee.\n") == [
        ("5.2", "noted", "That the Committee:-\n(a) notes the report; and\n"
                         "(b) asks the Chair to raise the issues at the joint committee."),
    ]


def test_a_paragraph_number_under_a_numbered_item_leaves_the_item():
    assert _found("5. Joint scrutiny of stroke services\n5.1\nThe Committee received a report on the joint committee.\n"
                  "5.2\nRESOLVED: That the report be noted.\n") == [
        ("5.", "noted", "That the report be noted."),
    ]
