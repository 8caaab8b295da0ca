"""A meeting's attendance as indexed: the site's structured list or the best minutes, and the documented
inferences of a member's organisation (each flagged by a qualifier and a lowered confidence)."""
from __future__ import annotations

from boardpapers.extractors import EXTRACTOR_VERSION
from boardpapers.extractors.names import split_name
from boardpapers.extractors.organisations import Gazetteer
from boardpapers.models import AttendanceRecord, Meeting
from boardpapers.pipeline.workspace import Workspace


def resolve_meeting_attendance(ws: Workspace, meeting_id: str) -> tuple[list[AttendanceRecord], str | None]:
    """The meeting's attendance: the site's structured list when it publishes one (completed with the
    organisations the minutes state), else the minutes with the most records. Returns (records, document id)."""

    meeting = ws.catalogue.meeting(meeting_id)
    site = meeting.attendance if meeting else []
    best: tuple[list[AttendanceRecord], str | None] = ([], None)
    for record in ws.catalogue.documents_where(meeting_id=meeting_id):
        if not record.sha256 or record.status == "failed":
            continue
        extraction = ws.catalogue.extraction(record.sha256, EXTRACTOR_VERSION)
        if extraction and extraction.attendance and (record.type == "minutes" or extraction.type == "minutes"):
            if len(extraction.attendance) > len(best[0]):
                best = (extraction.attendance, record.document_id)
    if not site:
        records, document_id = best
        return _members_of_the_board_body(ws, meeting, records, document_id), document_id
    by_person = {_person_key(a): a for a in best[0]}
    merged = []
    for entry in site:
        text = by_person.get(_person_key(entry))
        if text is not None and entry.organisation is None and text.organisation:
            entry.organisation, entry.organisation_id = text.organisation, text.organisation_id
            entry.organisation_name, entry.organisation_type = text.organisation_name, text.organisation_type
            entry.organisation_confidence = text.organisation_confidence
        merged.append(entry)
    return _members_of_the_board_body(ws, meeting, merged, None), None


_COUNCILLOR_TITLES = {"councillor", "cllr", "councillors", "cllrs"}
BOARD_COUNCIL_QUALIFIER = "organisation: board's council"
BOARD_BODY_QUALIFIER = "organisation: board's own body"
BOARD_ORGANISATION_CONFIDENCE = 0.9
NHS_BODY_BOARDS = ("ccg", "icb")


def _members_of_the_board_body(ws: Workspace, meeting: Meeting | None, records: list[AttendanceRecord],
                               document_id: str | None) -> list[AttendanceRecord]:
    """The documented inferences, each flagged by a qualifier and a lowered confidence:
    - on a council's Health and Wellbeing Board, a member titled Councillor / Cllr whose organisation is not
      written is a member of that council (the board is a committee of the council);
    - in a CCG / ICB governing body's own minutes, a person whose organisation is not written belongs to that
      body — the one valid on the meeting date (through mergers), named on the minutes' first page when
      several predecessors were valid.
    Nobody else gets an organisation that the papers do not state."""
    if not meeting or not records:
        return records
    source = ws.catalogue.source_record(meeting.source_id)
    configured = ((source.organisation if source else None) or "").strip()
    board_type = source.board_type if source else None
    if not configured or board_type not in ("hwb",) + NHS_BODY_BOARDS:
        return records

    body = _board_body_on(ws, configured, meeting.date, document_id, nhs=board_type in NHS_BODY_BOARDS)
    qualifier = BOARD_BODY_QUALIFIER if board_type in NHS_BODY_BOARDS else BOARD_COUNCIL_QUALIFIER
    for record in records:
        if record.organisation or record.organisation_id:
            continue
        if board_type == "hwb":
            split = split_name(record.name or "")
            titles = (split.title or "").lower().replace(".", "").split() if split else []
            if not titles or titles[0] not in _COUNCILLOR_TITLES:
                continue
        elif body is None:
            continue  # which of several merging bodies is not stated: leave it unknown
        if body is not None:
            record.organisation, record.organisation_id = body.name, body.id
            record.organisation_name, record.organisation_type = body.name, body.type
        else:
            record.organisation = configured
        record.organisation_confidence = BOARD_ORGANISATION_CONFIDENCE
        if qualifier not in record.qualifiers:
            record.qualifiers.append(qualifier)
    return records


def _board_body_on(ws: Workspace, configured: str, day, document_id: str | None, *, nhs: bool):

    gazetteer = Gazetteer.default()
    match = gazetteer.match(configured, on=day)
    if match is None:
        return None
    if not nhs or day is None:
        return gazetteer.get(match.id)
    candidates = [o for o in (gazetteer.get(i) for i in gazetteer.lineage(match.id))
                  if o is not None and o.type == match.type and o.valid_on(day)]
    if len(candidates) == 1:
        return candidates[0]
    record = ws.catalogue.document(document_id) if document_id else None
    extraction = ws.catalogue.extraction(record.sha256, EXTRACTOR_VERSION) if record and record.sha256 else None
    first_page = " ".join((extraction.pages[0].text if extraction and extraction.pages else "").split()).lower()
    named = [o for o in candidates if o.name.lower() in first_page]
    return named[0] if len(named) == 1 else None


def _person_key(record: AttendanceRecord) -> str:
    return " ".join((record.person or record.name).lower().split())
