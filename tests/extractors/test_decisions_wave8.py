"""Decision shapes taught by the wave-8 dev cases (Welsh and Scottish minute layouts), each on an invented example:
the formulaic words are as minutes print them, everything around them is written anew."""
from boardpapers.extractors.decisions import decision_kind
from .decision_shapes import page_decisions as _found


def test_mixed_case_minute_reference_opens_an_item_even_with_a_to_title():
    found = _found("ExC11/21 To Receive Unconfirmed Minutes of the Meeting held on 2 March 2021\n"
                   "The Executive Committee RECEIVED and APPROVED the minutes of the meeting held on 2 March 2021\n"
                   "ExC12/21 Dental Access Survey\n"
                   "The Executive Committee NOTED the survey results.\n")
    assert found == [
        ("ExC11/21", "approved", "The Executive Committee RECEIVED and APPROVED the minutes of the meeting held on 2 March 2021"),
        ("ExC12/21", "noted", "The Executive Committee NOTED the survey results."),
    ]


def test_a_numbered_part_titled_to_is_still_a_part_not_an_item():
    found = _found("6. Estates Strategy\nRESOLVED:\n1. To approve the estates strategy;\n2. To note the disposal list.\n")
    assert found == [("6.", "approved", "1. To approve the estates strategy;\n2. To note the disposal list.")]


def test_reference_led_by_a_lower_case_letter_is_an_item():
    found = _found("mHB/19/204 CHILD HEALTH SURVEILLANCE\nThe Board RECEIVED and NOTED the report.\n")
    assert found == [("mHB/19/204", "noted", "The Board RECEIVED and NOTED the report.")]


def test_minute_held_as_read_is_an_approved_record():
    found = _found("The minute of meeting of this Committee of 4th May, 2009 was held as read.\n"
                   "IV HOUSE IN MULTIPLE OCCUPATION LICENCES\n"
                   "The Committee agreed that the renewal be granted.\n")
    assert found == [
        (None, "approved", "The minute of meeting of this Committee of 4th May, 2009 was held as read."),
        ("IV", "agreed", "The Committee agreed that the renewal be granted."),
    ]
    assert decision_kind("The minutes were taken as read.") == "approved"


def test_numbered_rows_under_a_roman_article_open_no_item():
    found = _found("II CIVIC GOVERNMENT (SCOTLAND) ACT 1982\n"
                   "There was submitted the undernoted applications:-\n"
                   "No Name Address\n"
                   "1 Fergus Kerr 8 Albert Street\n"
                   "2 Isla Moffat 27 Clepington Road\n"
                   "In the case of the above applications, there being no objections, the Committee agreed that the "
                   "applications be granted.\n")
    assert found == [("II", "agreed", "In the case of the above applications, there being no objections, the "
                                      "Committee agreed that the applications be granted.")]


def test_numbered_headings_under_arabic_items_still_open_items():
    found = _found("1 Minutes\nResolved: that the minutes be taken as read and signed as correct.\n"
                   "2 Civic Receptions\nResolved: that the Council host a reception for the hurling team.\n")
    assert [f[0] for f in found] == ["1", "2"]
