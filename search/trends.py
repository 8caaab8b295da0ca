"""Attendance trend counting, shared by both engines so their answers cannot drift.

Each engine only *selects* the meetings (``IndexedMeeting``) on the chosen boards; ``compute_trends`` does
all the counting:

- A meeting is **held** when its status is ``"held"`` and its date is not in the future. Cancelled,
  postponed, scheduled and unknown-status meetings, and meetings without a date, are not counted at all.
- ``meetings_held`` (per period): held meetings on the selected boards — the organisation filter does not
  change it.
- ``not_recorded`` (per period): held meetings whose papers yield no attendance records. They are never
  counted as zero attendance: they are left out of every organisation's denominator. A period whose held
  meetings all lack attendance still gets one row, organisation ``"(attendance not recorded)"``, so the
  gap is visible.
- Per (period, organisation): the number of *records* (people) with each status; ``meetings`` = distinct
  held meetings at which the organisation appears in any record (the denominator); ``attendance_rate`` =
  meetings with at least one ``present`` / ``substitute`` / ``in_attendance`` record of that organisation
  ÷ ``meetings`` (``None`` when ``meetings`` is 0); ``meeting_ids`` (sorted) trace the row to its meetings.
- Grouping: ``group="organisation"`` uses the gazetteer canonical name (``organisation_name``) when the
  record is linked, else the organisation as written, else ``"(organisation not stated)"``;
  ``group="organisation_type"`` uses ``organisation_type`` or ``"(type not stated)"``.
- Organisation filter: each ``TrendQuery.org`` entry matches, case-insensitively, a record's
  ``organisation_id``, ``organisation_name`` or raw ``organisation``. **Succession is the caller's job**:
  to follow "NHS Northmere CCG" into its successor ICB, expand ``TrendQuery.org`` into the whole lineage
  (ids or names) before calling; rows are then reported under each organisation's own name.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Iterable

from boardpapers.csv_export import rows_to_csv
from boardpapers.models import ATTENDANCE_STATUSES, ATTENDED_STATUSES, IndexedMeeting, TrendQuery, TrendRow, period_of

RATE_DEFINITION = (
    "Attendance rate = meetings attended ÷ meetings recorded. Meetings recorded: held meetings whose papers "
    "record anyone of the organisation, whatever their status (present, substitute, in attendance, apologies, "
    "absent). Meetings "
    "attended: those of them with at least one person of the organisation present, substituting or in "
    "attendance. Held meetings whose papers record no attendance are left out of both; counts of present, "
    "substitute, apologies, … are people (records), not meetings.")
NOT_STATED = "(organisation not stated)"
TYPE_NOT_STATED = "(type not stated)"
NOT_RECORDED = "(attendance not recorded)"
CSV_COLUMNS = (
    "period", "organisation", "present", "apologies", "absent", "substitute", "in_attendance", "expected",
    "meetings", "meetings_held", "not_recorded", "attendance_rate", "meeting_ids", "meetings_attended",
    "attended_meeting_ids",
)


def is_held(meeting: IndexedMeeting, today: dt.date | None = None) -> bool:
    today = today or dt.date.today()
    return meeting.status == "held" and meeting.date is not None and meeting.date <= today


def meeting_selected(meeting: IndexedMeeting, query: TrendQuery) -> bool:
    """The board / board-type / date filters (engines may pre-filter with the same rules)."""
    if query.body and meeting.source_id not in query.body:
        return False
    if query.board_type and meeting.board_type not in query.board_type:
        return False
    if meeting.date is None:
        return False
    if query.date_from and meeting.date < query.date_from:
        return False
    if query.date_to and meeting.date > query.date_to:
        return False
    return True


def org_matcher(orgs: list[str]):
    wanted = {o.strip().casefold() for o in orgs if o and o.strip()}
    if not wanted:
        return lambda rec: True

    def match(rec) -> bool:
        for value in (rec.organisation_id, rec.organisation_name, rec.organisation):
            if value and value.strip().casefold() in wanted:
                return True
        return False

    return match


def _group_key(rec, group: str) -> str:
    if group == "organisation_type":
        return rec.organisation_type or TYPE_NOT_STATED
    return (rec.organisation_name or rec.organisation or "").strip() or NOT_STATED


def compute_trends(
    meetings: Iterable[IndexedMeeting], query: TrendQuery, today: dt.date | None = None
) -> list[TrendRow]:
    if query.by not in ("year", "quarter", "month"):
        raise ValueError(f"unknown period {query.by!r}: use year, quarter or month")
    if query.group not in ("organisation", "organisation_type"):
        raise ValueError(f"unknown grouping {query.group!r}: use organisation or organisation_type")
    today = today or dt.date.today()
    org_ok = org_matcher(query.org)

    held: dict[str, set[str]] = defaultdict(set)
    unrecorded: dict[str, set[str]] = defaultdict(set)
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(ATTENDANCE_STATUSES, 0))
    represented: dict[tuple[str, str], set[str]] = defaultdict(set)
    attended: dict[tuple[str, str], set[str]] = defaultdict(set)
    ids: dict[tuple[str, str], str | None] = {}
    types: dict[tuple[str, str], str | None] = {}

    seen: set[str] = set()
    for m in meetings:
        if m.meeting_id in seen or not meeting_selected(m, query) or not is_held(m, today):
            continue
        seen.add(m.meeting_id)
        period = period_of(m.date, query.by)  # type: ignore[arg-type]
        held[period].add(m.meeting_id)
        if not m.attendance:
            unrecorded[period].add(m.meeting_id)
            continue
        for rec in m.attendance:
            if not org_ok(rec):
                continue
            key = (period, _group_key(rec, query.group))
            if rec.status in ATTENDANCE_STATUSES:
                counts[key][rec.status] += 1
            else:
                counts[key]  # noqa: B018 - a record with unknown status still represents the organisation
            represented[key].add(m.meeting_id)
            if rec.status in ATTENDED_STATUSES:
                attended[key].add(m.meeting_id)
            if query.group == "organisation" and not ids.get(key):
                ids[key] = rec.organisation_id
            if not types.get(key):
                types[key] = rec.organisation_type

    rows: list[TrendRow] = []
    for key, c in counts.items():
        period, org = key
        n = len(represented[key])
        rows.append(TrendRow(
            period=period, organisation=org, **c,
            meetings=n, meetings_held=len(held[period]), not_recorded=len(unrecorded[period]),
            attendance_rate=round(len(attended[key]) / n, 4) if n else None,
            organisation_id=ids.get(key), organisation_type=types.get(key),
            meeting_ids=sorted(represented[key]), meetings_attended=len(attended[key]),
            attended_meeting_ids=sorted(attended[key]),
        ))
    periods_with_rows = {r.period for r in rows}
    for period, missing in unrecorded.items():
        if period not in periods_with_rows:
            rows.append(TrendRow(
                period=period, organisation=NOT_RECORDED, meetings=0, meetings_held=len(held[period]),
                not_recorded=len(missing), attendance_rate=None, meeting_ids=sorted(missing),
            ))
    rows.sort(key=lambda r: (r.period, r.organisation == NOT_RECORDED, r.organisation.casefold(), r.organisation))
    return rows


def trend_rows_to_csv(rows: Iterable[TrendRow]) -> str:
    return rows_to_csv((r.to_dict() for r in rows), CSV_COLUMNS)


def rate_text(r: TrendRow) -> str:
    """One row's rate with every count that goes into it (the CLI and the web say the same)."""
    if r.organisation == NOT_RECORDED:
        return f"{r.not_recorded} of {r.meetings_held} meetings held have no attendance recorded"
    rate = "no rate" if r.attendance_rate is None else f"{r.attendance_rate:.0%}"
    return (f"attended {r.meetings_attended} of {r.meetings} meetings recorded = {rate} "
            f"(people: present {r.present}, substitute {r.substitute}, in attendance {r.in_attendance}, "
            f"apologies {r.apologies}, absent {r.absent}); {r.meetings_held} meetings held on these boards, "
            f"{r.not_recorded} with no attendance recorded")


def trend_rows_to_json(rows: Iterable[TrendRow]) -> dict:
    """The ``attendance --json`` shape: ``{"rows": [...]}``."""
    return {"rows": [r.to_dict() for r in rows]}


# --- (de)serialising meetings for storage in either engine ------------------------------------------------


def meeting_to_json(m: IndexedMeeting) -> dict:
    return m.to_dict()


def meeting_from_json(d: dict) -> IndexedMeeting:
    from boardpapers.models import AttendanceRecord

    recs = []
    for r in d.get("attendance") or []:
        r = dict(r)
        if r.get("span") is not None:
            r["span"] = tuple(r["span"])
        recs.append(AttendanceRecord(**{k: v for k, v in r.items() if k in AttendanceRecord.__dataclass_fields__}))
    date = d.get("date")
    return IndexedMeeting(
        meeting_id=d["meeting_id"], source_id=d["source_id"], board_name=d.get("board_name") or "",
        board_type=d.get("board_type") or "other",
        date=dt.date.fromisoformat(date) if date else None, status=d.get("status") or "unknown",
        attendance=recs, attendance_document_id=d.get("attendance_document_id"), url=d.get("url"),
    )


# --- the board × organisation matrix --------------------------------------------------------------------------

MATRIX_DEFINITION = (
    "Each cell: meetings of the board that the organisation attended (someone present, substituting or in "
    "attendance) out of the board's meetings held in the period whose papers record attendance. Held "
    "meetings with no attendance recorded are counted separately and left out.")
MATRIX_CSV_COLUMNS = ("board", "board_name", "period", "organisation", "organisation_id", "meetings_attended",
                      "meetings_recorded", "meetings_held", "not_recorded", "share", "attended_meeting_ids",
                      "recorded_meeting_ids")


def board_matrix(meetings: Iterable[IndexedMeeting], by: str = "year", org: list[str] | None = None,
                 today: dt.date | None = None) -> list[dict]:
    """One cell per (board, period, organisation) with a recorded attendance: what it attended out of the
    board's meetings with recorded attendance (see ``MATRIX_DEFINITION``). ``org`` filters as in trends."""
    today = today or dt.date.today()
    org_ok = org_matcher(org or [])
    held: dict[tuple[str, str], set[str]] = defaultdict(set)
    recorded: dict[tuple[str, str], set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    attended: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    seen_cells: dict[tuple[str, str, str], str | None] = {}
    seen: set[str] = set()
    for m in meetings:
        if m.meeting_id in seen or not is_held(m, today):
            continue
        seen.add(m.meeting_id)
        period = period_of(m.date, by)  # type: ignore[arg-type]
        board = (m.source_id, period)
        names[m.source_id] = m.board_name or m.source_id
        held[board].add(m.meeting_id)
        if not m.attendance:
            continue
        recorded[board].add(m.meeting_id)
        for rec in m.attendance:
            if not org_ok(rec):
                continue
            key = (m.source_id, period, _group_key(rec, "organisation"))
            seen_cells.setdefault(key, rec.organisation_id)
            if not seen_cells[key]:
                seen_cells[key] = rec.organisation_id
            if rec.status in ATTENDED_STATUSES:
                attended[key].add(m.meeting_id)
    cells = []
    for key, org_id in seen_cells.items():
        body, period, organisation = key
        rec_ids = recorded[(body, period)]
        att = attended[key]
        cells.append({
            "board": body, "board_name": names[body], "period": period, "organisation": organisation,
            "organisation_id": org_id, "meetings_attended": len(att), "meetings_recorded": len(rec_ids),
            "meetings_held": len(held[(body, period)]), "not_recorded": len(held[(body, period)] - rec_ids),
            "share": round(len(att) / len(rec_ids), 4) if rec_ids else None,
            "attended_meeting_ids": sorted(att), "recorded_meeting_ids": sorted(rec_ids),
        })
    cells.sort(key=lambda c: (c["organisation"].casefold(), c["board"], c["period"]))
    return cells


def matrix_to_csv(cells: Iterable[dict]) -> str:
    return rows_to_csv(cells, MATRIX_CSV_COLUMNS)


def organisation_boards(cells: Iterable[dict], meeting_dates: dict[str, dt.date]) -> list[dict]:
    """Per board: the meetings an organisation attended, with its first and last attendance."""
    boards: dict[str, dict] = {}
    for c in cells:
        b = boards.setdefault(c["board"], {"board": c["board"], "board_name": c["board_name"], "attended": set(),
                                           "organisations": set()})
        b["attended"].update(c["attended_meeting_ids"])
        if c["attended_meeting_ids"]:
            b["organisations"].add(c["organisation"])
    out = []
    for b in boards.values():
        dates = sorted(meeting_dates[m] for m in b["attended"] if m in meeting_dates)
        out.append({"board": b["board"], "board_name": b["board_name"], "meetings_attended": len(b["attended"]),
                    "first_attended": dates[0].isoformat() if dates else None,
                    "last_attended": dates[-1].isoformat() if dates else None,
                    "as": sorted(b["organisations"]), "attended_meeting_ids": sorted(b["attended"])})
    out.sort(key=lambda b: (-b["meetings_attended"], b["board"]))
    return out


def organisation_timeline(meetings: Iterable[IndexedMeeting], org: list[str],
                          today: dt.date | None = None) -> list[dict]:
    """One entry per held meeting at which the organisation was recorded: attended (someone present,
    substituting or in attendance), else apologies, else absent, else other — for a timeline."""
    today = today or dt.date.today()
    match = org_matcher(org)
    out = []
    for m in meetings:
        if not is_held(m, today):
            continue
        statuses = {r.status for r in m.attendance if match(r)}
        if not statuses:
            continue
        kind = "attended" if statuses & set(ATTENDED_STATUSES) else "apologies" if "apologies" in statuses else \
            "absent" if "absent" in statuses else "other"
        out.append({"meeting_id": m.meeting_id, "date": m.date, "board": m.source_id,
                    "board_name": m.board_name or m.source_id, "kind": kind})
    out.sort(key=lambda e: (e["date"], e["board"], e["meeting_id"]))
    return out
