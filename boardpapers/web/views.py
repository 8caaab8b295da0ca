# Over 400 lines on purpose: every page's and API answer's view model, as functions of the one workspace.
"""What the pages and the API show, as functions of the workspace (catalogue, archive, search engine).

``Views`` holds no request state: routers call it and either render its dicts (pages) or return them (API).
"""
from __future__ import annotations

import difflib
import logging
import re
import time
from functools import cached_property
from typing import Any, Iterable

from fastapi import HTTPException

from boardpapers.extractors.organisations import Gazetteer, expand_organisations
from boardpapers.models import ATTENDED_STATUSES, SavedSearch, SourceRecord, TrendQuery, TrendRow, as_row
from boardpapers.people import appearances_of, link_people
from boardpapers.search.trends import board_matrix, organisation_boards, organisation_timeline

from .params import ID_RE, MAX_FILTER_CHARS, SearchParams, TrendParams, period_bounds, qs

log = logging.getLogger(__name__)
PEOPLE_CACHE_SECONDS = 30.0



class Views:
    def __init__(self, ws):
        self.ws = ws

    @cached_property
    def gazetteer(self):
        try:
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
            row = self.ws.catalogue.source_record(source_id)
            out[source_id] = (row.name if row else None) or source_id
        return out

    def run_search(self, params: SearchParams, facets: bool = False):
        result = self.ws.engine.search(params.query(facets=facets))
        shas = self.current_sha256([hit.document_id for hit in result.hits])
        for hit in result.hits:
            sha = shas.get(hit.document_id)
            hit.archive_url = self.archive_url(sha, hit.page) if sha else None
        return result

    def decisions(self, params, facets: bool = False):
        """Decisions across boards (``DecisionParams``), each with a link to its archived page."""
        result = self.ws.engine.search_decisions(
            params.query(org=expand_organisations(self.gazetteer, params.org), facets=facets))
        shas = self.current_sha256([d.document_id for d in result.decisions])
        for d in result.decisions:
            d.archive_url = self.archive_url(shas.get(d.document_id), d.page)
        return result

    def current_sha256(self, document_ids: Iterable[str]) -> dict[str, str]:
        return self.ws.catalogue.current_sha256(document_ids)

    def saved_search_or_404(self, saved_id: int) -> SavedSearch:
        for saved in self.ws.catalogue.saved_searches():
            if saved.id == saved_id:
                return saved
        raise HTTPException(404, f"saved search {saved_id} not found")

    def saved_to_json(self, saved: SavedSearch) -> dict:
        query = dict(saved.query)
        return {"id": saved.id, "name": saved.name, "query": query,
                "notify_changes": saved.notify_changes,
                "created_at": saved.created_at.isoformat() if saved.created_at else None,
                "search_url": "/search?" + qs({"q": query.get("q", ""), "body": query.get("body") or [],
                                               "org": query.get("org") or [], "type": query.get("type") or [],
                                               "board_type": query.get("board_type") or [],
                                               "from": query.get("date_from") or "", "to": query.get("date_to") or ""}),
                "alerts_url": f"/api/saved-searches/{saved.id}/alerts",
                "feed_url": f"/saved-searches/{saved.id}/feed.atom"}

    def alert_entries(self, saved_id: int, limit: int = 100) -> list[dict]:
        out = []
        for alert in self.ws.catalogue.alerts_for(saved_id, limit=limit):
            record = self.ws.catalogue.document(alert.document_id)
            meeting = self.ws.catalogue.meeting(record.meeting_id) if record and record.meeting_id else None
            out.append({
                "id": alert.id, "kind": alert.kind, "document_id": alert.document_id,
                "sha256": alert.sha256,
                "created_at": alert.created_at.isoformat() if alert.created_at else None,
                "title": record.title if record else alert.document_id,
                "body": record.source_id if record else None,
                "type": record.type if record else None,
                "meeting_date": meeting.date.isoformat() if meeting and meeting.date else None,
                "url": record.url if record else None,
                "document_url": f"/documents/{alert.document_id}",
                "changes_url": (f"/documents/{alert.document_id}/changes?to={alert.sha256}"
                                if alert.kind == "changed" else None),
                "archive_url": self.archive_url(alert.sha256),
            })
        return out

    def document_data(self, document_id: str) -> dict:
        if not ID_RE.match(document_id):
            raise HTTPException(404, "document not found")
        record = self.ws.catalogue.document(document_id)
        indexed = self.ws.engine.get_document(document_id)
        if record is None and indexed is None:
            raise HTTPException(404, f"document {document_id} not found")
        extraction = None
        if record is not None and record.sha256:
            extraction = self.ws.catalogue.extraction(record.sha256)
        meeting = self.ws.catalogue.meeting(record.meeting_id) if record and record.meeting_id else None
        source = self.ws.catalogue.source_record(record.source_id if record else indexed.source_id)
        pages = indexed.pages if indexed is not None else (extraction.pages if extraction else [])
        attendance = (indexed.attendance if indexed is not None and indexed.attendance
                      else (extraction.attendance if extraction else []))
        decisions = (indexed.decisions if indexed is not None and indexed.decisions
                     else (extraction.decisions if extraction else []))
        sha = (record.sha256 if record else None) or (indexed.sha256 if indexed else None)
        meeting_date = (indexed.meeting_date if indexed and indexed.meeting_date
                        else (meeting.date if meeting else (extraction.meeting_date if extraction else None)))
        versions = []
        if record is not None:
            for v in self.ws.catalogue.document_versions(document_id):
                versions.append({"sha256": v.sha256, "content_type": v.content_type, "size": v.size,
                                 "fetched_at": v.fetched_at.isoformat() if v.fetched_at else None,
                                 "archive_url": self.archive_url(v.sha256),
                                 "current": v.sha256 == record.sha256})
        return {
            "document_id": document_id,
            "title": (record.title if record else None) or (indexed.title if indexed else "") or "",
            "body": record.source_id if record else indexed.source_id,
            "board_name": (source.name if source else None) or (indexed.board_name if indexed else None),
            "board_type": (source.board_type if source else None) or (indexed.board_type if indexed else None),
            "type": (indexed.type if indexed else None) or (record.type if record else "other"),
            "url": record.url if record else indexed.url,
            "meeting_id": record.meeting_id if record else indexed.meeting_id,
            "meeting_date": meeting_date.isoformat() if meeting_date else None,
            "meeting": None if meeting is None else {
                "meeting_id": meeting.meeting_id, "date": meeting.date.isoformat() if meeting.date else None,
                "title": meeting.title, "status": meeting.status, "url": meeting.url,
                "location": meeting.location},
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

    def board_row_or_404(self, board_id: str) -> SourceRecord:
        if not ID_RE.match(board_id):
            raise HTTPException(404, "board not found")
        row = self.ws.catalogue.source_record(board_id)
        if row is None:
            raise HTTPException(404, f"board {board_id} not found")
        return row

    def board_data(self, board_id: str) -> dict:
        row = self.board_row_or_404(board_id)
        docs_by_meeting: dict[str | None, list] = {}
        for record in self.ws.catalogue.documents_where(source_id=board_id):
            docs_by_meeting.setdefault(record.meeting_id, []).append({
                "document_id": record.document_id, "title": record.title, "type": record.type, "url": record.url,
                "status": record.status, "archive_url": self.archive_url(record.sha256),
                "document_url": f"/documents/{record.document_id}"})
        meetings = []
        for m in self.ws.catalogue.meetings_for(board_id):
            meetings.append({"meeting_id": m.meeting_id, "date": m.date.isoformat() if m.date else None,
                             "title": m.title, "status": m.status, "time": m.time,
                             "location": m.location, "url": m.url,
                             "documents": docs_by_meeting.get(m.meeting_id, [])})
        meetings.sort(key=lambda m: (m["date"] or "9999", m["meeting_id"]), reverse=True)
        return {"id": board_id, "name": row.name, "kind": row.kind, "board_type": row.board_type,
                "organisation": row.organisation, "url": (row.config or {}).get("base_url")
                or (row.config or {}).get("start_url"),
                "documents": self.ws.catalogue.status_counts(board_id), "meetings": meetings}

    def boards_list(self) -> list[dict]:
        out = []
        for source_id in self.ws.catalogue.source_ids():
            row = self.ws.catalogue.source_record(source_id)
            counts = self.ws.catalogue.status_counts(source_id)
            out.append({"id": source_id, "name": row.name if row else None, "kind": row.kind if row else None,
                        "board_type": row.board_type if row else None,
                        "organisation": row.organisation if row else None,
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
        orgs = expand_organisations(g, [name])
        rows = self.ws.engine.attendance_trends(TrendQuery(org=orgs, by="year"))
        rows = [r for r in rows if r.meetings or r.present or r.apologies or r.absent or r.substitute]
        if match is None and not rows:
            raise HTTPException(404, f"organisation {name!r} not found")
        meetings = self.ws.engine.iter_meetings(TrendQuery())
        dates = {m.meeting_id: m.date for m in meetings if m.date}
        boards = organisation_boards(board_matrix(meetings, org=orgs), dates)
        timeline = organisation_timeline(meetings, orgs)
        board_rows = [{"body": b["board"], "name": b["board_name"], "meetings": b["meetings_attended"],
                       "first": b["first_attended"], "last": b["last_attended"], "as": b["as"],
                       "url": f"/boards/{b['board']}", "meetings_url": self.meetings_link(b["attended_meeting_ids"])}
                      for b in boards]
        return {"query": name,
                "match": None if match is None else {"id": match.id, "name": match.name, "type": match.type,
                                                     "confidence": match.confidence},
                "lineage": lineage, "boards": board_rows, "rows": [r.to_dict() for r in rows],
                "timeline": [{**e, "date": e["date"].isoformat(), "meeting_url": self.meetings_link([e["meeting_id"]])}
                             for e in timeline]}

    def matrix(self, params) -> list[dict]:
        """Board × organisation cells (``search.trends.board_matrix``) for ``MatrixParams``."""

        meetings = self.ws.engine.iter_meetings(TrendQuery(body=params.body, board_type=params.board_type,
                                                           date_from=params.date_from, date_to=params.date_to))
        return board_matrix(meetings, by=params.by, org=expand_organisations(self.gazetteer, params.org))

    def matrix_view(self, cells: list[dict], period: str | None) -> dict:
        """The matrix for one period (or all periods summed: the periods' meetings do not overlap)."""
        agg: dict[tuple[str, str], dict] = {}
        columns: dict[str, str] = {}
        periods = sorted({c["period"] for c in cells})
        for c in cells:
            if period and c["period"] != period:
                continue
            columns[c["board"]] = c["board_name"]
            a = agg.setdefault((c["organisation"], c["board"]), {"attended_ids": set(), "recorded_ids": set()})
            a["attended_ids"].update(c["attended_meeting_ids"])
            a["recorded_ids"].update(c["recorded_meeting_ids"])
        totals: dict[str, int] = {}
        for (org, board), a in agg.items():
            a.update(attended=len(a["attended_ids"]), recorded=len(a["recorded_ids"]),
                     share=len(a["attended_ids"]) / len(a["recorded_ids"]) if a["recorded_ids"] else None,
                     href=self.meetings_link(sorted(a["attended_ids"])) if a["attended_ids"] else
                     self.meetings_link(sorted(a["recorded_ids"])),
                     recorded_href=self.meetings_link(sorted(a["recorded_ids"])))
            totals[org] = totals.get(org, 0) + a["attended"]
        rows = sorted(totals, key=lambda o: (-totals[o], o.casefold()))
        return {"rows": rows, "columns": sorted(columns.items(), key=lambda kv: kv[1].casefold()), "cells": agg,
                "periods": periods, "period": period or ""}

    def person_data(self, person) -> dict:
        """A person's boards, roles and attendance over time, each row traceable to its meeting and paper."""
        boards: dict[str, dict] = {}
        rows = []
        for a in person.appearances:
            b = boards.setdefault(a.body, {"body": a.body, "name": a.board_name, "meetings": 0, "attended": 0,
                                           "first": None, "last": None, "roles": set(), "organisations": set(),
                                           "ids": []})
            b["meetings"] += 1
            b["ids"].append(a.meeting_id)
            if a.status in ATTENDED_STATUSES:
                b["attended"] += 1
            if a.date:
                day = a.date.isoformat()
                b["first"] = min(filter(None, [b["first"], day]))
                b["last"] = max(filter(None, [b["last"], day]))
            if a.role:
                b["roles"].add(a.role)
            if a.organisation:
                b["organisations"].add(a.organisation)
            rows.append({"date": a.date.isoformat() if a.date else None, "body": a.body, "board_name": a.board_name,
                         "name_as_written": a.name, "status": a.status, "role": a.role,
                         "organisation": a.organisation, "meeting_id": a.meeting_id,
                         "meeting_url": self.meetings_link([a.meeting_id]),
                         "document_id": a.document_id, "page": a.page,
                         "document_url": (f"/documents/{a.document_id}" + (f"#page-{a.page}" if a.page else ""))
                         if a.document_id else None})
        board_rows = [{**{k: v for k, v in b.items() if k not in ("roles", "organisations", "ids")},
                       "roles": sorted(b["roles"]), "organisations": sorted(b["organisations"]),
                       "meetings_url": self.meetings_link(b["ids"])} for b in boards.values()]
        board_rows.sort(key=lambda b: (b["first"] or "", b["body"]))
        return {"person_id": person.person_id, "name": person.name, "variants": person.variants,
                "groups": person.groups, "links": [{"rule": lk.rule, "reason": lk.reason} for lk in person.links],
                "boards": board_rows, "appearances": rows, "url": f"/people/{person.person_id}"}

    def person_rows(self, people) -> list[dict]:
        """Person-level export rows: one per attendance record, with the evidence that linked it."""
        out = []
        for person in people:
            data = self.person_data(person)
            evidence = " | ".join(lk["reason"] for lk in data["links"]) or "one name, board and organisation"
            for row in data["appearances"]:
                out.append({"person_id": person.person_id, "person": person.name, **row, "evidence": evidence})
        return out

    def org_family(self, org_id: str | None, org: str | None) -> str | None:
        """An organisation's family through reorganisations (CCG → ICB are one), for linking people."""
        g = self.gazetteer
        if org_id and g is not None:
            lineage = g.lineage(org_id)
            return min(lineage) if lineage else org_id
        return org_id or (" ".join(org.lower().split()) if org else None)

    def people(self) -> list:
        """Everyone in the recorded attendance, linked (cached briefly: linking reads every meeting)."""
        cached = getattr(self, "_people", None)
        if cached is not None and time.monotonic() - cached[0] < PEOPLE_CACHE_SECONDS:
            return cached[1]
        people = link_people(appearances_of(self.ws.engine.iter_meetings(TrendQuery())), family=self.org_family)
        self._people = (time.monotonic(), people)
        return people

    def forget_people(self) -> None:
        self._people = None

    def person_ids_at(self, meeting_id: str | None) -> dict[str, str]:
        """Name as written → person id, for the records of one meeting (to link names on a paper's page)."""
        if not meeting_id:
            return {}
        return {a.name: p.person_id for p in self.people() for a in p.appearances if a.meeting_id == meeting_id}

    def person_or_404(self, person_id: str):
        if not ID_RE.match(person_id):
            raise HTTPException(404, "person not found")
        for person in self.people():
            if person.person_id == person_id:
                return person
        raise HTTPException(404, f"person {person_id} not found")

    def changes(self, document_id: str, old: str | None, new: str | None) -> dict:
        """What changed between two versions of a paper: a line diff of their extracted text, page by page."""
        record = self.ws.catalogue.document(document_id) if ID_RE.match(document_id) else None
        if record is None:
            raise HTTPException(404, f"document {document_id} not found")
        versions = [as_row(v) for v in self.ws.catalogue.document_versions(document_id)]
        shas = [v["sha256"] for v in versions]
        if len(shas) < 2 and not (old and new):
            return {"document_id": document_id, "title": record.title, "versions": versions, "old": None,
                    "new": shas[-1] if shas else None, "lines": [], "changed": False}
        new = new or record.sha256 or shas[-1]
        if new not in shas:
            raise HTTPException(404, "no such version of this document")
        old = old or (shas[shas.index(new) - 1] if shas.index(new) > 0 else None)
        if old is None or old not in shas:
            raise HTTPException(404, "no earlier version of this document")

        def text_lines(sha: str) -> list[str]:
            extraction = self.ws.catalogue.extraction(sha)
            if extraction is None:
                return []
            out = []
            for page in extraction.pages:
                out.append(f"--- page {page.number} ---")
                out.extend(line.rstrip() for line in page.text.splitlines() if line.strip())
            return out

        lines = []
        for line in difflib.unified_diff(text_lines(old), text_lines(new), "old", "new", lineterm="", n=2):
            if line in ("--- old", "+++ new"):
                continue
            kind = "hunk" if line.startswith("@@") else "added" if line.startswith("+") else \
                "removed" if line.startswith("-") else "same"
            lines.append({"kind": kind, "text": line[1:] if kind in ("added", "removed", "same") else line})
        return {"document_id": document_id, "title": record.title, "versions": versions, "old": old, "new": new,
                "lines": lines, "changed": any(l["kind"] in ("added", "removed") for l in lines)}

    def chart_series(self, rows: list[TrendRow], link) -> list[dict]:
        periods: dict[str, dict] = {}
        for r in rows:
            s = periods.setdefault(r.period, {"period": r.period, "attended": 0, "apologies": 0, "absent": 0,
                                              "meetings": 0, "rated": 0, "rate_sum": 0.0, "ids": set()})
            s["attended"] += sum(getattr(r, status) for status in ATTENDED_STATUSES)
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
    declared = ws.catalogue.declared_content_type(sha) or ""
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

