"""Document → text per page, attendance, decisions, organisations, type and meeting date.

``extract_document`` is the one entry point (pure: bytes in, ``Extraction`` out). Bump
``EXTRACTOR_VERSION`` when extraction output changes: ``boardpapers reindex`` then re-extracts from the
archive without re-downloading anything.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: a sandbox worker reads the first pages before the models are imported
    from boardpapers.models import Extraction

EXTRACTOR_VERSION = "19"  # 19: session 31: blind14 shapes (marks-and-deputy tables, sector labels, public counts first, list-closing dash bodies), table sweeps (run-together labels, one cell a line, bracketed statuses and reasons), organisation shapes (NHS (Place) bodies, post remits, shared plural posts, Body: people labels), decision sweeps (labelled accounts, declarations, passive approvals, dated titles, opening clauses, tabled and agreed), model retrained with blind14; 18: session 30: blind13 shapes (council surname grids under "Councillors", "141) Apologies.", post–dash–name clerks, "along with his Chief Executive, A", capitals THAT resolutions, lettered matters arising as sub-items, verbless "All expenditure approved"), organisations (Name/Organisation header columns, "Name of Body", a lone body name after a person, national agencies), attendance (prefixed councillor titles, mid-paragraph labels, run-together initialled names, apologies "presented from"), decisions (verdicts after motions, bare resolution parts, lines cut before a name, "the following was noted:", run-in sub-numbered titles, dash-led headings, nominations with no verdict); bodies ending in their kind, "Name - Role - Body", labels with no colon, substitution clauses, welcomed guests of a body; the learned fallback retrained with blind13; 17: blind12 shapes (office headings "CHAIR:", bilingual label columns, "CC" titles, "(Body attending on behalf of A)"), ModernGov shapes (attendance pages with comment columns, one-item decision pages, minute numbers with a body's letters, issue-history item numbers), motions moved and seconded with their vote, "proposed by A, seconded by B and resolved that", lost amendments, run-on Present paragraphs before their apologies sentence, clerks named after their post, a title's or an initial's stop ends no sentence, the meeting page's weekday heading date; the learned fallback retrained with blind12; 16: blind10 and blind11 shapes (GP patient groups' given-name lists, "Drs." lists, parish "Cllr." lines under no heading, headings run into a titled name, "Replacements for this meeting", joined/observed sentences, bodies shared over a semicolon group), wave 17–18 shapes (apology | substitute tables, item-by-item officer tables), organisations (wrapped post cells, "Executive Group" bodies, slashed bodies in brackets); decisions: numbered paragraphs after items, "declared as Mayor", "agreed and accepted", minutes approved subject to amendments, date lines and APPROVED stamps are no items; OCR: item labels mended by shape and by their neighbours; the learned fallback retrained with blind10 and blind11; 15: small bodies (parish/town/community councils, GP patient groups, LMCs, village hall committees: "Name: Post" bullets, initials-only lists, tier titles, flattened name/role tables), fire authorities and police and crime panels, blind8's shapes ("CllrName", minute-reference apology headings, motion records are no people), "…, Ward and Webb" runs; decisions: votes carried/not carried, "Motion … Seconded … Motion Passed", "took note of", elections on a motion, untitled numbered paragraphs as items, titles over ModernGov "Minutes:" labels, minute references with run-in titles, "decided not to support" is rejected; OCR: two-part references and roman runs mended; the learned fallback retrained with blind8; 14: blind9's shapes (P/A mark registers with a legend, members in attendance after a Present list, heading-less name grids, numbered HTML lists keep their numbers, "It was agreed/decided", "read, approved and signed"); attendance waves 11–13 (parish, town and community councils, council committees on ModernGov/CMIS: sentences of attendance after a list, "Councillors …" lines under no heading, post–name lines, substitutes after procedure-rule clauses), blind7's shapes (offices before a bracketed name, CEO then a body, name-shaped bodies in job columns); OCR: ruled lines whitened before tesseract, item-number runs mended; decisions: parish and community council shapes (inline "N. Title: text", motion records before verdicts, vote tallies, "Agreed Clerk should"), one-line heading+minute cells, running and lettered minute numbers, "23-24/FRA/1", "decided to"; 13: attendance: organisations for seats (council areas as bodies, area-first tables, "Body – Role", substitutes for a body, long NHS names), letter-spaced headings, unheaded member rows, action-table headers are no one, the Organisation column over the job's body; the learned fallback reads table and grid cells (retrained with blind6); OCR: deskew, despeckle, "Clir" misreads, item-number and minute-reference misreads; decisions: mixed-case minute references, "held as read", "The Board:" over verb lines, bodies named in full ("Board of Directors"), more agreement and record wordings; 12: attendance: a learned recall fallback (a CRF line tagger) for entry lines the rules did not read, headingless initialled rows and bracketed grids, substitute pair lists; decisions: formal "Resolved, That" minutes, apologies noted are no decision, bare infinitives under "Minutes:"; 11: attendance: Welsh/Scottish councils and health boards in the gazetteer, capitals names, "respectively" substitutes, welcomed members, bodies as group labels and after a comma; PDF tables read column by column (wrapped cells, spanning body cells, tables over page breaks, title/first/surname columns); decision-table titles over several lines; 10: attendance (HTML/text): titles written once before surnames, group lead-ins inside lists, more substitute and chair wordings, Word HTML tab stops as column gaps; PDF table cells that run into the next column, board-label and amendment-list decisions, substitutes named in the apologies minute; council and scrutiny minutes: section titles over status headings, surname lists, tiered plural titles, more substitute and absence wordings, Apols-column tables, grid cells with wrapped brackets or a post first, OCR l for I; decisions: CONCLUDED/ORDERED, bare NOTED, slash minute numbers, decision-column tables; 9: decisions: more forms, endorse/appoint/elect are approved; attendance: PDF tables, registers and scans, HTML/text seat groups and sentences; 8: attendance seat-label lists, more apology and substitute wordings; 7: attendance package (titles, shared seats, bodies in jobs, per-row statuses); 6: decisions read page furniture, unnumbered headings, more wordings; OCR at scan resolution


def extract_document(data: bytes, *, content_type: str | None = None, filename: str | None = None,
                     title: str | None = None, with_pages=None) -> Extraction:
    """``with_pages(pages)``: the caller's own work on the pages (the sandbox worker's JSON text of them), called
    once in this process while attendance and decisions are read beside it, so that on a long document it is
    shared over both cores with them (``_attendance_and_decisions``) instead of added after them."""
    from .text import document_pages

    pages, warnings, partial = document_pages(data, content_type=content_type, filename=filename,
                                              meanwhile=_prepare_rules)
    from boardpapers.models import Extraction

    from .doctype import document_type, meeting_date

    first_text = next((p.text for p in pages if p.text.strip()), "")
    attendance, decisions = _attendance_and_decisions(pages, with_pages)
    return Extraction(
        title=title or _first_line(first_text),
        pages=pages,
        attendance=attendance,
        decisions=decisions,
        type=document_type(title, filename, first_text),
        meeting_date=meeting_date(first_text),
        partial=partial,
        warnings=warnings,
        extractor_version=EXTRACTOR_VERSION,
        content_type=content_type,
    )


def _attendance_and_decisions(pages, with_pages=None):
    """``parse_attendance`` and ``parse_decisions`` of the pages, on both cores for a long document.

    Decisions run through the whole document in order (an open decision goes on over the page break), so
    they are read in a forked child; attendance is read page by page, so this process reads pages from the
    front while the child, once its decisions are done, reads them from the back (``TwoEnds``): the two
    finish together whatever the split of work between attendance and decisions; ``with_pages(pages)`` is called
    here after the fork, its cost shared out the same way."""
    from .attendance.assembly import attendance_day, combined_pages, page_attendance
    from .decisions import parse_decisions
    from .page_readers import PAGES_PER_FORK, ForkedCall, TwoEnds

    gazetteer, meeting_day, ends = _DefaultGazetteer(), attendance_day(pages), TwoEnds(len(pages))

    def attendance_of(i: int):
        return page_attendance(pages[i], meeting_day, gazetteer)

    def decisions_then_pages_from_the_back():
        decisions = parse_decisions(pages)
        read = {}
        while (i := ends.back()) is not None:
            read[i] = attendance_of(i)
        return decisions, read

    read = {}
    # the first page before the fork: the rules' patterns its attendance compiles (``lazyre``: compiled at their first
    # use; most pages use the same ones) are then compiled once for both processes, not again in the child
    if (first := ends.front()) is not None:
        read[first] = attendance_of(first)
    with ForkedCall(decisions_then_pages_from_the_back, fork=len(pages) >= PAGES_PER_FORK) as forked:
        if with_pages is not None:
            with_pages(pages)
        while (i := ends.front()) is not None:
            read[i] = attendance_of(i)
        decisions, from_the_back = forked.result()
    read.update(from_the_back)
    # a page the child took but never reported (it died and its call ran here after this loop) is read now
    per_page = [read[i] if i in read else attendance_of(i) for i in range(len(pages))]
    return combined_pages(pages, per_page, gazetteer), decisions


def preload() -> None:
    """Import what reading a document's pages needs (the sandbox worker calls this before it says it is ready).

    The rules and the models are imported later (``_prepare_rules``): while forked readers read a long PDF's
    pages, where their CPU is shared out with the pages, instead of before the first page is read. (The rules'
    patterns are compiled at their first use, ``lazyre``: their import is ~0.02 s of CPU.)"""
    import pypdfium2  # noqa: F401

    from . import text  # noqa: F401


def _prepare_rules(first_lines: list[str]) -> None:
    """What a long PDF's rules need, done while forked readers read its pages (``document_pages``' meanwhile): the
    rules imported, and the attendance of the first page as read (running header still on; the result unused). The
    patterns that attendance compiles (``lazyre``; most pages use the same ones) and the gazetteer it may load are
    then ready when the decisions child is forked, made in time shared with the readers instead of on one core
    between the two parallel steps (``_attendance_and_decisions`` reads the first page before that fork)."""
    from boardpapers.models import Page

    from . import decisions, doctype  # noqa: F401
    from .attendance.assembly import attendance_day, page_attendance

    page = Page(number=1, text="\n".join(first_lines))
    page_attendance(page, attendance_day([page]), _DefaultGazetteer())


class _DefaultGazetteer:
    """The shipped gazetteer, loaded when attendance first looks a body up: a document with no attendance
    block (most reports) does not pay its load (~0.08 s of CPU, a seventh of a one-page ``extract``)."""

    def __getattr__(self, name: str):
        from .organisations import Gazetteer

        return getattr(Gazetteer.default(), name)


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        line = " ".join(line.replace("\t", " ").split())
        if line:
            return line[:200]
    return None
