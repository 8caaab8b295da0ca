"""What the pages and the API show, as functions of the workspace (catalogue, archive, search engine).

``Views`` holds no request state: routers call it and either render its dicts (pages) or return them (API).
"""
from __future__ import annotations

import logging
import re
from functools import cached_property
from typing import Any, Iterable

from fastapi import HTTPException

from boardpapers.models import TrendQuery, TrendRow

from .params import ID_RE, MAX_FILTER_CHARS, SearchParams, TrendParams, period_bounds, qs

log = logging.getLogger(__name__)


def expand_organisations(gazetteer, names: list[str]) -> list[str]:
    """A name also matches its predecessors and successors (as the CLI's ``attendance --org`` does)."""
    expanded: list[str] = []
    for name in names:
        expanded.append(name)
        match = gazetteer.match(name) if gazetteer is not None else None
        if match is not None:
            for org_id in gazetteer.lineage(match.id):
                org = gazetteer.get(org_id)
                expanded.extend([org_id] + ([org.name] if org else []))
    return list(dict.fromkeys(expanded))



class Views:
    def __init__(self, ws):
        self.ws = ws

    @cached_property
    def gazetteer(self):
        try:
            from boardpapers.extractors.organisations import Gazetteer

            return Gazetteer.default()
        except Exception:  # noqa: BLE001 - lineage is a nicety; names still match as written
            log.exception("organisation gazetteer unavailable")
            return None

    def archive_url(self, sha: str | None, page: int | None = None) -> str | None:
        if not sha:
            return None
        return f"/archive/{sha}" + (f"#page={page}" if page else "")

    def board_names(self) -> dict[str, str]:
        out = {}
        for source_id in self.ws.catalogue.source_ids():
            row = self.ws.catalogue.source_row(source_id) or {}
            out[source_id] = row.get("name") or source_id
        return out

    def run_search(self, params: SearchParams, facets: bool = False):
        result = self.ws.engine.search(params.query(facets=facets))
        shas = self.current_sha256([hit.document_id for hit in result.hits])
        for hit in result.hits:
            sha = shas.get(hit.document_id)
            hit.archive_url = self.archive_url(sha, hit.page) if sha else None
        return result

    def current_sha256(self, document_ids: Iterable[str]) -> dict[str, str]:
        """document id → its current archived version, in one catalogue query (not one per result)."""
        from sqlalchemy import select

        from boardpapers.catalogue import documents

        ids = list(dict.fromkeys(document_ids))
        out: dict[str, str] = {}
        with self.ws.catalogue.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                for doc_id, sha in conn.execute(select(documents.c.id, documents.c.sha256)
                                                .where(documents.c.id.in_(chunk))):
                    if sha:
                        out[doc_id] = sha
        return out

    def saved_search_or_404(self, saved_id: int) -> dict:
        for saved in self.ws.catalogue.saved_searches():
            if saved["id"] == saved_id:
                return saved
        raise HTTPException(404, f"saved search {saved_id} not found")

    def saved_to_json(self, saved: dict) -> dict:
        query = dict(saved["query"] or {})
        return {"id": saved["id"], "name": saved["name"], "query": query,
                "notify_changes": bool(saved["notify_changes"]),
                "created_at": saved["created_at"].isoformat() if saved.get("created_at") else None,
                "search_url": "/search?" + qs({"q": query.get("q", ""), "body": query.get("body") or [],
                                               "org": query.get("org") or [], "type": query.get("type") or [],
                                               "board_type": query.get("board_type") or [],
                                               "from": query.get("date_from") or "", "to": query.get("date_to") or ""}),
                "alerts_url": f"/api/saved-searches/{saved['id']}/alerts",
                "feed_url": f"/saved-searches/{saved['id']}/feed.atom"}

    def alert_entries(self, saved_id: int, limit: int = 100) -> list[dict]:
        out = []
        for alert in self.ws.catalogue.alerts_for(saved_id, limit=limit):
            record = self.ws.catalogue.document(alert["document_id"])
            meeting = self.ws.catalogue.meeting(record.meeting_id) if record and record.meeting_id else None
            out.append({
                "id": alert["id"], "kind": alert["kind"], "document_id": alert["document_id"],
                "sha256": alert["sha256"],
                "created_at": alert["created_at"].isoformat() if alert.get("created_at") else None,
                "title": record.title if record else alert["document_id"],
                "body": record.source_id if record else None,
                "type": record.type if record else None,
                "meeting_date": meeting["date"].isoformat() if meeting and meeting.get("date") else None,
                "url": record.url if record else None,
                "document_url": f"/documents/{alert['document_id']}",
                "archive_url": self.archive_url(alert["sha256"]),
            })
        return out

    def document_data(self, document_id: str) -> dict:
        if not ID_RE.match(document_id):
            raise HTTPException(404, "document not found")
        record = self.ws.catalogue.document(document_id)
        indexed = self.ws.engine.get_document(document_id) if hasattr(self.ws.engine, "get_document") else None
        if record is None and indexed is None:
            raise HTTPException(404, f"document {document_id} not found")
        extraction = None
        if record is not None and record.sha256:
            extraction = self.ws.catalogue.extraction(record.sha256)
        meeting = self.ws.catalogue.meeting(record.meeting_id) if record and record.meeting_id else None
        source = self.ws.catalogue.source_row(record.source_id if record else indexed.source_id) or {}
        pages = indexed.pages if indexed is not None else (extraction.pages if extraction else [])
        attendance = (indexed.attendance if indexed is not None and indexed.attendance
                      else (extraction.attendance if extraction else []))
        decisions = (indexed.decisions if indexed is not None and indexed.decisions
                     else (extraction.decisions if extraction else []))
        sha = (record.sha256 if record else None) or (indexed.sha256 if indexed else None)
        meeting_date = (indexed.meeting_date if indexed and indexed.meeting_date
                        else (meeting["date"] if meeting else (extraction.meeting_date if extraction else None)))
        versions = []
        if record is not None:
            for v in self.ws.catalogue.document_versions(document_id):
                versions.append({"sha256": v["sha256"], "content_type": v.get("content_type"), "size": v.get("size"),
                                 "fetched_at": v["fetched_at"].isoformat() if v.get("fetched_at") else None,
                                 "archive_url": self.archive_url(v["sha256"]),
                                 "current": v["sha256"] == record.sha256})
        return {
            "document_id": document_id,
            "title": (record.title if record else None) or (indexed.title if indexed else "") or "",
            "body": record.source_id if record else indexed.source_id,
            "board_name": source.get("name") or (indexed.board_name if indexed else None),
            "board_type": source.get("board_type") or (indexed.board_type if indexed else None),
            "type": (indexed.type if indexed else None) or (record.type if record else "other"),
            "url": record.url if record else indexed.url,
            "meeting_id": record.meeting_id if record else indexed.meeting_id,
            "meeting_date": meeting_date.isoformat() if meeting_date else None,
            "meeting": None if meeting is None else {
                "meeting_id": meeting["id"], "date": meeting["date"].isoformat() if meeting.get("date") else None,
                "title": meeting.get("title"), "status": meeting.get("status"), "url": meeting.get("url"),
                "location": meeting.get("location")},
            "status": record.status if record else "indexed",
            "error": record.error if record else None,
            "sha256": sha,
            "content_type": record.content_type if record else None,
            "archive_url": self.archive_url(sha),
            "first_seen": record.first_seen.isoformat() if record and record.first_seen else None,
            "changed_at": record.changed_at.isoformat() if record and record.changed_at else None,
            "versions": versions,
            "pages": [{"number": p.number, "text": p.text} for p in pages],
            "attendance": [a.to_dict() for a in attendance],
            "decisions": [d.to_dict() for d in decisions],
            "organisations": list(indexed.organisations) if indexed else [],
            "warnings": list(extraction.warnings) if extraction else [],
        }

    def board_data(self, board_id: str) -> dict:
        if not ID_RE.match(board_id):
            raise HTTPException(404, "board not found")
        row = self.ws.catalogue.source_row(board_id)
        if row is None:
            raise HTTPException(404, f"board {board_id} not found")
        docs_by_meeting: dict[str | None, list] = {}
        for record in self.ws.catalogue.documents_where(source_id=board_id):
            docs_by_meeting.setdefault(record.meeting_id, []).append({
                "document_id": record.document_id, "title": record.title, "type": record.type, "url": record.url,
                "status": record.status, "archive_url": self.archive_url(record.sha256),
                "document_url": f"/documents/{record.document_id}"})
        meetings = []
        for m in self.ws.catalogue.meetings_for(board_id):
            meetings.append({"meeting_id": m["id"], "date": m["date"].isoformat() if m.get("date") else None,
                             "title": m.get("title"), "status": m.get("status"), "time": m.get("time"),
                             "location": m.get("location"), "url": m.get("url"),
                             "documents": docs_by_meeting.get(m["id"], [])})
        meetings.sort(key=lambda m: (m["date"] or "9999", m["meeting_id"]), reverse=True)
        return {"id": board_id, "name": row["name"], "kind": row["kind"], "board_type": row["board_type"],
                "organisation": row.get("organisation"), "url": (row.get("config") or {}).get("base_url")
                or (row.get("config") or {}).get("start_url"),
                "documents": self.ws.catalogue.status_counts(board_id), "meetings": meetings}

    def boards_list(self) -> list[dict]:
        out = []
        for source_id in self.ws.catalogue.source_ids():
            row = self.ws.catalogue.source_row(source_id) or {}
            counts = self.ws.catalogue.status_counts(source_id)
            out.append({"id": source_id, "name": row.get("name"), "kind": row.get("kind"),
                        "board_type": row.get("board_type"), "organisation": row.get("organisation"),
                        "meetings": len(self.ws.catalogue.meetings_for(source_id)),
                        "documents": sum(counts.values()), "indexed": counts.get("indexed", 0),
                        "url": f"/boards/{source_id}", "api_url": f"/api/boards/{source_id}"})
        return out

    def trend_rows(self, params: TrendParams) -> list[TrendRow]:
        query = TrendQuery(body=params.body, org=expand_organisations(self.gazetteer, params.org),
                           board_type=params.board_type, by=params.by, group=params.group,
                           date_from=params.date_from, date_to=params.date_to)
        return self.ws.engine.attendance_trends(query)

    def meeting_search_link(self, params_body: list[str], period: str, board_type: list[str] | None = None) -> str:
        bounds = period_bounds(period)
        values: dict[str, Any] = {"body": params_body, "board_type": board_type or [], "sort": "date_asc"}
        if bounds:
            values["from"], values["to"] = bounds[0].isoformat(), bounds[1].isoformat()
        return "/search?" + qs(values)

    def meetings_link(self, ids: Iterable[str]) -> str:
        return "/meetings?" + qs({"id": list(ids)[:200]})

    def organisation_data(self, name: str) -> dict:
        name = " ".join(name.split())
        if not name or len(name) > MAX_FILTER_CHARS:
            raise HTTPException(404, "organisation not found")
        g = self.gazetteer
        match = g.match(name) if g is not None else None
        lineage = []
        if match is not None:
            for org_id in g.lineage(match.id):
                org = g.get(org_id)
                if org:
                    lineage.append({"id": org.id, "name": org.name, "type": org.type,
                                    "start": org.start.isoformat() if org.start else None,
                                    "end": org.end.isoformat() if org.end else None,
                                    "url": f"/organisations/{org.name}"})
        rows = self.ws.engine.attendance_trends(TrendQuery(org=expand_organisations(g, [name]), by="year"))
        rows = [r for r in rows if r.meetings or r.present or r.apologies or r.absent or r.substitute]
        if match is None and not rows:
            raise HTTPException(404, f"organisation {name!r} not found")
        boards: dict[str, dict] = {}
        names = self.board_names()
        for r in rows:
            for mid in r.meeting_ids:
                meeting = self.ws.catalogue.meeting(mid)
                if meeting is None:
                    continue
                entry = boards.setdefault(meeting["source_id"], {
                    "body": meeting["source_id"], "name": names.get(meeting["source_id"], meeting["source_id"]),
                    "meeting_ids": set(), "first": None, "last": None})
                entry["meeting_ids"].add(mid)
                if meeting.get("date"):
                    d = meeting["date"].isoformat()
                    entry["first"] = min(filter(None, [entry["first"], d]))
                    entry["last"] = max(filter(None, [entry["last"], d]))
        board_rows = [{"body": b["body"], "name": b["name"], "meetings": len(b["meeting_ids"]), "first": b["first"],
                       "last": b["last"], "url": f"/boards/{b['body']}"}
                      for b in sorted(boards.values(), key=lambda b: -len(b["meeting_ids"]))]
        return {"query": name,
                "match": None if match is None else {"id": match.id, "name": match.name, "type": match.type,
                                                     "confidence": match.confidence},
                "lineage": lineage, "boards": board_rows, "rows": [r.to_dict() for r in rows]}

    def chart_series(self, rows: list[TrendRow], link) -> list[dict]:
        periods: dict[str, dict] = {}
        for r in rows:
            s = periods.setdefault(r.period, {"period": r.period, "attended": 0, "apologies": 0, "absent": 0,
                                              "meetings": 0, "rated": 0, "rate_sum": 0.0, "ids": set()})
            s["attended"] += r.present + r.substitute + r.in_attendance
            s["apologies"] += r.apologies
            s["absent"] += r.absent
            s["ids"].update(r.meeting_ids)
            if r.attendance_rate is not None and r.meetings:
                s["rated"] += r.meetings
                s["rate_sum"] += r.attendance_rate * r.meetings
        out = []
        for period in sorted(periods):
            s = periods[period]
            out.append({"period": period, "attended": s["attended"], "apologies": s["apologies"],
                        "absent": s["absent"], "rate": (s["rate_sum"] / s["rated"]) if s["rated"] else None,
                        "meetings": len(s["ids"]), "href": link(period, sorted(s["ids"]))})
        return out



_EXTENSIONS = {"application/pdf": ".pdf", "text/html": ".html", "text/plain": ".txt",
               "application/msword": ".doc",
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}


def extension(content_type: str) -> str:
    return _EXTENSIONS.get(content_type.split(";")[0].strip(), "")


def content_type_of(ws, sha: str) -> str:
    from sqlalchemy import select

    from boardpapers.catalogue import versions

    with ws.catalogue.engine.connect() as conn:
        row = conn.execute(select(versions.c.content_type).where(versions.c.sha256 == sha)
                           .where(versions.c.content_type.is_not(None)).limit(1)).first()
    declared = (row[0] if row else "") or ""
    declared = declared.split(";")[0].strip().lower()
    try:
        head = ws.archive.get(sha)[:512] if ws.archive.local_path(sha) is None else ws.archive.local_path(sha).open("rb").read(512)
    except OSError:
        head = b""
    if head.startswith(b"%PDF"):
        return "application/pdf"
    if declared in ("text/html", "application/xhtml+xml") or head.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        return "text/html; charset=utf-8"
    if declared.startswith("text/"):
        return f"{declared}; charset=utf-8"
    if declared and re.fullmatch(r"[a-z0-9.+-]+/[a-z0-9.+-]+", declared):
        return declared
    return "application/octet-stream"

