"""What operators ask first: per source, the last run, its counts, its errors and what is waiting."""
from __future__ import annotations

from boardpapers.models import as_row


def source_status(ws) -> list[dict]:
    cat = ws.catalogue
    report = []
    for source_id in cat.source_ids():
        discovers = cat.runs_for(source_id, "discover", limit=1)
        last = as_row(discovers[0]) if discovers else None
        documents = cat.status_counts(source_id)
        report.append({
            "source_id": source_id,
            "last_discover": last,
            "suspect": (last or {}).get("counts", {}).get("suspect") if last else None,
            "documents": documents,
            "waiting": documents.get("pending", 0),
            "meetings": len(cat.meetings_for(source_id)),
            "recent_failures": [as_row(f) for f in cat.failures_for(source_id, limit=10)],
            # papers left alone on purpose (off the source's hosts, robots.txt): not failures
            "skipped": [{"url": d.url, "reason": d.error} for d in cat.documents_where(source_id=source_id,
                                                                                      status="skipped")],
            # papers kept under an undated meeting: an operator can add a date rule for them
            "undated": [d.url for m in cat.meetings_for(source_id) if m.date is None
                        for d in cat.documents_where(meeting_id=m.meeting_id)],
        })
    return report
