"""Saved searches and alerts: when a newly indexed (or changed) document matches a saved search, record it."""
from __future__ import annotations

import datetime as dt

from boardpapers.models import DocumentRecord, SearchQuery

ALERT_SCAN_LIMIT = 500  # the newest matches checked per saved search and processed batch


def query_from_dict(data: dict) -> SearchQuery:
    values = dict(data)
    for key in ("date_from", "date_to"):
        if values.get(key):
            values[key] = dt.date.fromisoformat(str(values[key]))
    allowed = SearchQuery.__dataclass_fields__
    return SearchQuery(**{k: v for k, v in values.items() if k in allowed})


def alert_saved_searches(ws, records: list[DocumentRecord | None]) -> int:
    """Record alerts for ``records`` that match saved searches; returns how many new alerts were made."""
    records = [r for r in records if r is not None and r.sha256]
    searches = ws.catalogue.saved_searches() if records else []
    made = 0
    for saved in searches:
        query = query_from_dict(saved.query)
        query.limit, query.offset, query.sort, query.facets = ALERT_SCAN_LIMIT, 0, "relevance", False
        matching = {hit.document_id for hit in ws.engine.search(query).hits}
        for record in records:
            if record.document_id not in matching:
                continue
            kind = "changed" if record.versions > 1 else "new"
            if kind == "changed" and not saved.notify_changes:
                continue
            made += ws.catalogue.add_alert(saved.id, record.document_id, record.sha256, kind)
    return made
