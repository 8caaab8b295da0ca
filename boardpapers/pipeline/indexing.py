"""Indexing: a document (and its meeting, with resolved attendance) into the search engine."""
from __future__ import annotations

from typing import Iterable

from boardpapers.errors import InfrastructureError, SearchError
from boardpapers.extractors import EXTRACTOR_VERSION
from boardpapers.models import AttendanceRecord, DocumentRecord, IndexedDocument, IndexedMeeting
from boardpapers.pipeline.attendance import resolve_meeting_attendance
from boardpapers.pipeline.workspace import Workspace


def indexed_meeting(ws: Workspace, meeting_id: str) -> IndexedMeeting | None:
    meeting = ws.catalogue.meeting(meeting_id)
    if meeting is None:
        return None
    source = ws.catalogue.source_record(meeting.source_id)
    attendance, from_document = resolve_meeting_attendance(ws, meeting_id)
    return IndexedMeeting(meeting_id=meeting_id, source_id=meeting.source_id, board_name=source.name,
                          board_type=source.board_type, date=meeting.date, status=meeting.status,
                          attendance=attendance, attendance_document_id=from_document, url=meeting.url)


def organisations_of(attendance: Iterable[AttendanceRecord]) -> list[str]:
    return sorted({a.organisation_name or a.organisation for a in attendance if a.organisation_name or a.organisation})


def indexed_document(ws: Workspace, record: DocumentRecord, extraction, meeting: IndexedMeeting | None) -> IndexedDocument:
    source = ws.catalogue.source_record(record.source_id)
    return IndexedDocument(
        document_id=record.document_id, source_id=record.source_id, board_name=source.name,
        board_type=source.board_type, title=record.title or extraction.title or record.url,
        # one rule (extractors/doctype), two readings: the listing's title and link, else what the file itself states
        type=record.type if record.type != "other" else (extraction.type or "other"), url=record.url,
        meeting_id=record.meeting_id,
        meeting_date=(meeting.date if meeting and meeting.date else extraction.meeting_date),
        sha256=record.sha256, pages=extraction.pages,
        organisations=organisations_of(meeting.attendance) if meeting else [],
        attendance=extraction.attendance, decisions=extraction.decisions,
    )


def index_document(ws: Workspace, record: DocumentRecord, extraction, *, reindex_siblings: bool = True) -> None:

    meeting = indexed_meeting(ws, record.meeting_id) if record.meeting_id else None
    docs = [indexed_document(ws, record, extraction, meeting)]
    if meeting is not None and reindex_siblings:
        # Siblings carry the meeting's attending organisations (a search filter), which this document may change.
        for sibling in ws.catalogue.documents_where(meeting_id=record.meeting_id, status="indexed"):
            if sibling.document_id == record.document_id or not sibling.sha256:
                continue
            sibling_extraction = ws.catalogue.extraction(sibling.sha256, EXTRACTOR_VERSION)
            if sibling_extraction is not None:
                docs.append(indexed_document(ws, sibling, sibling_extraction, meeting))
    try:
        result = ws.engine.index_documents(docs)
        if meeting is not None and not result.failed:
            ws.engine.index_meetings([meeting])
    except SearchError as err:  # the engine did not answer: not this document's fault
        raise InfrastructureError(str(err)) from err
    if result.failed:  # the engine answered and refused these documents
        raise SearchError("; ".join(f"{doc}: {why}" for doc, why in result.failed))
