"""Formal minutes that set the verb off with a comma, as the House of Commons' select committees print them
("Resolved, That …", "Ordered, That …") (issue 12). Invented text in that formula."""
from .decision_shapes import page_decisions as _found


def test_resolved_and_ordered_with_a_comma_are_resolutions():
    assert _found("The Committee deliberated.\n"
                  "Draft Report (Rural Dental Services), proposed by the Chairman, brought up and read.\n"
                  "Ordered, That the draft Report be read a second time, paragraph by paragraph.\n"
                  "Paragraphs 1 to 40 read and agreed to.\n"
                  "Resolved, That the Report be the Fourth Report of the Committee to the House.\n"
                  "Ordered, That the Chairman do make the Report to the House.\n"
                  "RESOLVED, That the Committee do visit Cardiff in connection with its inquiry.\n"
                  "[Adjourned till Tuesday 3 March at Ten o'clock.\n") == [
        (None, "agreed", "Ordered, That the draft Report be read a second time, paragraph by paragraph."),
        (None, "approved", "Resolved, That the Report be the Fourth Report of the Committee to the House."),
        (None, "agreed", "Ordered, That the Chairman do make the Report to the House."),
        (None, "agreed", "RESOLVED, That the Committee do visit Cardiff in connection with its inquiry."),
    ]


def test_a_special_report_adopted_is_approved():
    assert _found("Resolved, That the Report be the Second Special Report of the Committee to the House.\n") == [
        (None, "approved", "Resolved, That the Report be the Second Special Report of the Committee to the House."),
    ]


def test_ordered_in_narrative_or_without_that_is_no_resolution():
    assert _found("Ordered, as the Chairman had proposed, the witnesses were called in.\n"
                  "Ordered the papers to be circulated before the next meeting.\n") == []
