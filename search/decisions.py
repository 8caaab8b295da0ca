"""Decisions across boards: the rules both engines share, so their answers cannot drift.

Each engine only *selects* decisions (text match, board, dates, kind, meeting ids) and hands them here as
``(seq, DecisionHit)`` pairs, ``seq`` being the decision's position in its document. This module:

- resolves the organisation filter to meetings: a decision counts for an organisation when, at the meeting
  whose papers record it, someone of that organisation was present, a substitute or in attendance (the
  caller expands the organisation into its lineage, as for attendance trends);
- orders decisions newest meeting first, then by document and position in it (a total order, so paging is
  stable and the same on both engines);
- counts the facets (board, kind, year) over every selected decision, and cuts the requested page.
"""
from __future__ import annotations

from typing import Iterable

from boardpapers.csv_export import rows_to_csv
from boardpapers.models import DECISION_KINDS, DecisionHit, DecisionQuery, DecisionResult, IndexedMeeting, TrendQuery

from .common import FACET_SIZE
from .trends import ATTENDED_STATUSES, org_matcher

CSV_COLUMNS = ("meeting_date", "body", "board_name", "item", "item_title", "kind", "text", "page", "document_id",
               "title", "url", "archive_url")
FACETS = ("board", "kind", "year")


def check_query(query: DecisionQuery) -> None:
    from boardpapers.errors import SearchError

    bad = [k for k in query.kind if k not in DECISION_KINDS]
    if bad:
        raise SearchError(f"unknown decision kind {bad[0]!r}: use one of {', '.join(DECISION_KINDS)}")
    if query.limit < 0 or query.offset < 0:
        raise SearchError("limit and offset must not be negative")
    if query.date_from and query.date_to and query.date_from > query.date_to:
        raise SearchError(f"date range is empty: from {query.date_from} is after to {query.date_to}")


def meetings_query(query: DecisionQuery) -> TrendQuery:
    """The meetings an engine must look at to resolve ``query.org`` (same boards and dates)."""
    return TrendQuery(body=list(query.body), date_from=query.date_from, date_to=query.date_to)


def attended_meeting_ids(meetings: Iterable[IndexedMeeting], orgs: list[str]) -> set[str]:
    """Meetings at which any of ``orgs`` (ids, canonical or written names) had someone attending."""
    match = org_matcher(orgs)
    return {m.meeting_id for m in meetings
            if any(r.status in ATTENDED_STATUSES and match(r) for r in m.attendance)}


def sort_key(pair: tuple[int, DecisionHit]):
    seq, hit = pair
    date = hit.meeting_date.toordinal() if hit.meeting_date else 0
    return (hit.meeting_date is None, -date, hit.document_id, seq)


def finish(selected: Iterable[tuple[int, DecisionHit]], query: DecisionQuery) -> DecisionResult:
    rows = sorted(selected, key=sort_key)
    facets: dict[str, dict[str, int]] = {}
    if query.facets:
        counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
        for _, hit in rows:
            for name, key in (("board", hit.body), ("kind", hit.kind or "other"),
                              ("year", f"{hit.meeting_date.year}" if hit.meeting_date else None)):
                if key is not None:
                    counts[name][key] = counts[name].get(key, 0) + 1
        facets = {name: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:FACET_SIZE])
                  for name, c in counts.items()}
    page = [hit for _, hit in rows[query.offset:query.offset + query.limit]]
    return DecisionResult(total=len(rows), decisions=page, facets=facets)


def decisions_to_json(result: DecisionResult, facets: bool = False) -> dict:
    """The ``decisions --json`` shape: ``{"total", "decisions": [...]}`` (plus ``facets`` when asked)."""
    data = {"total": result.total, "decisions": [hit.to_dict() for hit in result.decisions]}
    if facets:
        data["facets"] = result.facets
    return data


def decisions_to_csv(hits: Iterable[DecisionHit]) -> str:
    return rows_to_csv((hit.to_dict() for hit in hits), CSV_COLUMNS)
