"""extract_document's two cores: what is done before the decisions child is forked."""
from boardpapers.extractors import _attendance_and_decisions, page_readers
from boardpapers.extractors.attendance import headings
from boardpapers.extractors.lazyre import lazy_compile
from boardpapers.models import Page


def test_the_first_pages_attendance_is_read_before_the_decisions_child_is_forked(monkeypatch):
    # the rules' patterns are compiled at their first use (lazyre): the ones the first page's attendance uses are
    # compiled before the fork, so the child inherits them instead of compiling them again
    fresh = lazy_compile(headings._HEADING_WORD_RE.pattern)
    monkeypatch.setattr(headings, "_HEADING_WORD_RE", fresh)
    at_fork = {}

    class Recording(page_readers.ForkedCall):
        def __init__(self, function, *args, fork: bool = True):
            at_fork["compiled"] = "search" in vars(fresh)
            super().__init__(function, *args, fork=False)

    monkeypatch.setattr(page_readers, "ForkedCall", Recording)
    pages = [Page(number=1, text="Minutes of the Northvale Board\nPresent: Cllr Ann Quill (Chair), Dr Ben Yarrow"),
             Page(number=2, text="1. Budget\nRESOLVED: That the budget be approved.")]
    attendance, decisions = _attendance_and_decisions(pages)
    assert at_fork == {"compiled": True}
    assert [(r.name, r.status, r.page) for r in attendance] == [("Cllr Ann Quill", "present", 1), ("Dr Ben Yarrow", "present", 1)]
    assert [(d.page, d.text) for d in decisions] == [(2, "That the budget be approved.")]
