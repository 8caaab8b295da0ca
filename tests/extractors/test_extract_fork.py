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


def test_the_callers_work_on_the_pages_runs_here_once_after_the_decisions_child_is_forked(monkeypatch):
    # ``with_pages`` (the sandbox worker's JSON text of the pages) is shared over both cores with attendance, so it
    # runs in this process once the child is forked, before this process reads attendance; the result is unchanged
    import os

    events = []

    class Recording(page_readers.ForkedCall):
        def __init__(self, function, *args, fork: bool = True):
            events.append("fork")
            super().__init__(function, *args, fork=fork)

    monkeypatch.setattr(page_readers, "ForkedCall", Recording)
    pages = [Page(number=1, text="Minutes of the Eastmere Board\nPresent: Cllr Dora Fenwick (Chair), Mr Ivo Stainer")]
    pages += [Page(number=n, text=f"{n}. Item {n}\nRESOLVED: That report {n} be noted.") for n in range(2, 161)]
    seen = []
    with_hook = _attendance_and_decisions(pages, lambda given: seen.append((given is pages, os.getpid(), list(events))))
    assert seen == [(True, os.getpid(), ["fork"])]
    assert with_hook == _attendance_and_decisions(pages)
    assert [r.name for r in with_hook[0]] == ["Cllr Dora Fenwick", "Mr Ivo Stainer"]
    assert len(with_hook[1]) == 159


def test_a_long_pdfs_rules_are_prepared_from_its_first_page_as_read(monkeypatch):
    # document_pages' meanwhile (while forked readers read the pages): the patterns the first page's attendance uses
    # are compiled then, in time shared with the readers, not between the two parallel steps
    from boardpapers import extractors

    fresh = lazy_compile(headings._HEADING_WORD_RE.pattern)
    monkeypatch.setattr(headings, "_HEADING_WORD_RE", fresh)
    extractors._prepare_rules(["Southmoor Board - 3 May 2024", "Present: Cllr Ona Petrie (Chair)", "Page 1 of 400"])
    assert "search" in vars(fresh)
