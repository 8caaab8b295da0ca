"""Document → text per page, attendance, decisions, organisations, type and meeting date.

``extract_document`` is the one entry point (pure: bytes in, ``Extraction`` out). Bump
``EXTRACTOR_VERSION`` when extraction output changes: ``boardpapers reindex`` then re-extracts from the
archive without re-downloading anything.
"""
from __future__ import annotations

from boardpapers.models import Extraction

EXTRACTOR_VERSION = "10"  # 10: council and scrutiny minutes: section titles over status headings, surname lists, tiered plural titles, more substitute and absence wordings, Apols-column tables, grid cells with wrapped brackets or a post first, OCR l for I; decisions: CONCLUDED/ORDERED, bare NOTED, slash minute numbers, decision-column tables; 9: decisions: more forms, endorse/appoint/elect are approved; attendance: PDF tables, registers and scans, HTML/text seat groups and sentences; 8: attendance seat-label lists, more apology and substitute wordings; 7: attendance package (titles, shared seats, bodies in jobs, per-row statuses); 6: decisions read page furniture, unnumbered headings, more wordings; OCR at scan resolution


def extract_document(data: bytes, *, content_type: str | None = None, filename: str | None = None,
                     title: str | None = None) -> Extraction:
    from .attendance import parse_attendance
    from .decisions import parse_decisions
    from .doctype import document_type, meeting_date
    from .page_readers import PAGES_PER_FORK, ForkedCall
    from .text import document_pages

    pages, warnings, partial = document_pages(data, content_type=content_type, filename=filename)
    first_text = next((p.text for p in pages if p.text.strip()), "")
    # a long document's decisions are read on the other core while this one reads its attendance
    with ForkedCall(parse_decisions, pages, fork=len(pages) >= PAGES_PER_FORK) as forked_decisions:
        attendance = parse_attendance(pages, _DefaultGazetteer())
        decisions = forked_decisions.result()
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
