"""Rebuild any engine's index from the catalogue and the archive: the index is derived data."""
from __future__ import annotations

from boardpapers.errors import BoardpapersError
from boardpapers.extractors import EXTRACTOR_VERSION
from boardpapers.pipeline import indexed_document, indexed_meeting
from boardpapers.search import engine_kind


def reindex(ws, *, re_extract: bool = False) -> dict:
    counts = {"documents": 0, "extracted": 0, "failed": 0, "meetings": 0, "set_aside": None}
    kind = engine_kind(ws.settings.engine)
    if kind.set_aside is not None:
        # a corrupt local index cannot even be opened: move it aside, and the rebuild starts from nothing
        moved = kind.set_aside(ws.settings.home)
        counts["set_aside"] = str(moved) if moved else None
    # First make sure every archived document has an extraction by this extractor version (no downloads).
    records = [r for r in ws.catalogue.documents_where() if r.sha256 and r.status in ("indexed", "withdrawn", "pending")]
    for record in records:
        if re_extract or ws.catalogue.extraction(record.sha256, EXTRACTOR_VERSION) is None:
            try:
                extraction = ws.sandbox.extract(ws.archive.get(record.sha256), content_type=record.content_type,
                                                title=record.title)
            except (BoardpapersError, OSError) as err:
                counts["failed"] += 1
                ws.catalogue.set_status(record.document_id, "failed", f"extract: {err}")
                continue
            ws.catalogue.save_extraction(record.sha256, extraction)
            counts["extracted"] += 1
    meetings = {}
    for meeting in ws.catalogue.meetings_for():
        resolved = indexed_meeting(ws, meeting.meeting_id)
        if resolved is not None:
            meetings[meeting.meeting_id] = resolved

    def documents():
        for record in records:
            extraction = ws.catalogue.extraction(record.sha256, EXTRACTOR_VERSION)
            if extraction is None:
                continue
            counts["documents"] += 1
            if record.status == "pending":
                ws.catalogue.set_status(record.document_id, "indexed")
            yield indexed_document(ws, record, extraction, meetings.get(record.meeting_id))

    result = ws.engine.rebuild(documents(), list(meetings.values()))
    counts["meetings"] = len(meetings)
    counts["failed"] += len(result.failed)
    return counts
