"""The HTML pages (server-rendered, no scripts; every link works without JavaScript)."""
from __future__ import annotations

import datetime as dt
import math

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from boardpapers.models import TrendRow, attendance_group

from .charts import attendance_chart, heatmap_chart, timeline_chart
from .highlight import highlight, highlight_pattern
from .params import ID_RE, MAX_PAGE, MAX_Q, DecisionParams, SearchParams, TrendParams, decision_params, qs, \
    search_params, trend_params
from .views import Views


def pages_router(views: Views, templates) -> APIRouter:
    router = APIRouter()

    @router.get("/", response_class=HTMLResponse, include_in_schema=False)
    @router.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, params: SearchParams = Depends(search_params)):
        result = views.run_search(params, facets=True)
        pages = max(1, min(MAX_PAGE, math.ceil(result.total / params.per_page)))
        names = views.board_names()
        facets = dict(result.facets or {})
        board_type_counts: dict[str, int] = {}
        for source_id, count in (facets.get("board") or {}).items():
            row = views.ws.catalogue.source_record(source_id)
            bt = (row.board_type if row else None) or "other"
            board_type_counts[bt] = board_type_counts.get(bt, 0) + count
        facets["board_type"] = dict(sorted(board_type_counts.items(), key=lambda kv: -kv[1]))
        window = range(max(1, params.page - 4), min(pages, params.page + 4) + 1)
        return templates.render(request, "search.html", params=params, result=result, pages=pages, window=window,
                      boards=names, facets=facets, title=(f"{params.q} — search" if params.q else "Search board papers"))

    @router.get("/decisions", response_class=HTMLResponse, include_in_schema=False)
    def decisions_page(request: Request, params: DecisionParams = Depends(decision_params)):
        result = views.decisions(params, facets=True)
        pages = max(1, min(MAX_PAGE, math.ceil(result.total / params.per_page)))
        window = range(max(1, params.page - 4), min(pages, params.page + 4) + 1)
        pattern = highlight_pattern(params.q)
        return templates.render(request, "decisions.html", params=params, result=result, pages=pages, window=window,
                                boards=views.board_names(), highlight=lambda text: highlight(text, pattern),
                                title=(f"{params.q} — decisions" if params.q else "Decisions — boardpapers"))

    @router.get("/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, document_id: str, q: str = Query("", max_length=MAX_Q)):
        data = views.document_data(document_id)
        pattern = highlight_pattern(q)
        pages = [{"number": p["number"], "html": highlight(p["text"], pattern),
                  "hits": len(pattern.findall(p["text"])) if pattern else 0} for p in data["pages"]]
        decisions: dict[str, list] = {}
        for d in data["decisions"]:
            decisions.setdefault(d.get("item") or "", []).append(d)
        return templates.render(request, "document.html", doc=data, pages=pages, q=q, decisions=decisions,
                                person_ids=views.person_ids_at(data["meeting_id"]),
                      first_hit=next((p["number"] for p in pages if p["hits"]), None),
                      title=f"{data['title']} — boardpapers")

    @router.get("/documents/{document_id}/changes", response_class=HTMLResponse, include_in_schema=False)
    def changes_page(request: Request, document_id: str,
                     old: str | None = Query(None, alias="from", pattern="^[0-9a-f]{64}$"),
                     new: str | None = Query(None, alias="to", pattern="^[0-9a-f]{64}$")):
        data = views.changes(document_id, old, new)
        return templates.render(request, "changes.html", changes=data, title=f"What changed: {data['title']}")

    @router.get("/organisations", response_class=HTMLResponse, include_in_schema=False)
    def organisations_page(request: Request, params: TrendParams = Depends(trend_params),
                           period: str = Query("", max_length=10, pattern=r"^(\d{4}(-Q[1-4]|-\d{2})?)?$")):
        cells = views.matrix(params)
        view = views.matrix_view(cells, period or None)
        return templates.render(request, "organisations.html", params=params, view=view,
                                chart=heatmap_chart(view["rows"], view["columns"], view["cells"]),
                                boards=views.board_names(),
                                csv_href="/api/organisations?" + qs({**params.params(), "format": "csv"}),
                                json_href="/api/organisations?" + qs(params.params()),
                                title="Organisations × boards — boardpapers")

    @router.get("/people", response_class=HTMLResponse, include_in_schema=False)
    def people_page(request: Request, q: str = Query("", max_length=200)):
        from .api import name_matches

        people = [p for p in views.people() if name_matches(p, q)]
        return templates.render(request, "people.html", people=people, q=q, title="People — boardpapers")

    @router.get("/people/{person_id}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, person_id: str):
        data = views.person_data(views.person_or_404(person_id))
        lanes = [b["name"] for b in data["boards"]]
        events = [{"date": dt.date.fromisoformat(a["date"]) if a["date"] else None, "lane": a["board_name"],
                   "kind": attendance_group(a["status"]), "href": a["meeting_url"],
                   "title": f"{a['date']} {a['board_name']}: {a['status'] or 'status not stated'} ({a['name_as_written']})"}
                  for a in data["appearances"]]
        return templates.render(request, "person.html", person=data, chart=timeline_chart(lanes, events),
                                title=f"{data['name']} — boardpapers")

    @router.get("/boards", response_class=HTMLResponse, include_in_schema=False)
    def boards_page(request: Request):
        return templates.render(request, "boards.html", boards=views.boards_list(), title="Boards — boardpapers")

    @router.get("/boards/{board_id}", response_class=HTMLResponse, include_in_schema=False)
    def board_page(request: Request, board_id: str):
        data = views.board_data(board_id)
        by_year: dict[str, list] = {}
        for m in data["meetings"]:
            by_year.setdefault((m["date"] or "undated")[:4], []).append(m)
        rows = views.trend_rows(TrendParams(body=[board_id], org=[], board_type=[], by="year", group="organisation",
                                      date_from=None, date_to=None))
        series = views.chart_series(rows, lambda period, ids: views.meetings_link(ids) if ids
                              else views.meeting_search_link([board_id], period))
        return templates.render(request, "board.html", board=data, by_year=by_year, chart=attendance_chart(series),
                      series=series, title=f"{data['name']} — boardpapers")

    @router.get("/organisations/{name}", response_class=HTMLResponse, include_in_schema=False)
    def organisation_page(request: Request, name: str):
        data = views.organisation_data(name)
        rows = [TrendRow(**{k: v for k, v in r.items() if k in TrendRow.__dataclass_fields__}) for r in data["rows"]]
        series = views.chart_series(rows, lambda period, ids: views.meetings_link(ids))
        lanes = sorted({e["board_name"] for e in data["timeline"]})
        events = [{"date": dt.date.fromisoformat(e["date"]), "lane": e["board_name"], "kind": e["kind"],
                   "href": e["meeting_url"], "title": f"{e['date']} {e['board_name']}: {e['kind']}"}
                  for e in data["timeline"]]
        return templates.render(request, "organisation.html", org=data, series=series, chart=attendance_chart(series),
                                timeline=timeline_chart(lanes, events),
                      title=f"{(data['match'] or {}).get('name') or data['query']} — boardpapers")

    @router.get("/trends", response_class=HTMLResponse, include_in_schema=False)
    def trends_page(request: Request, params: TrendParams = Depends(trend_params)):
        rows = views.trend_rows(params)
        series = views.chart_series(rows, lambda period, ids: views.meetings_link(ids) if ids
                              else views.meeting_search_link(params.body, period, params.board_type))
        table = []
        for r in rows:
            table.append({"row": r, "meetings_href": views.meetings_link(r.meeting_ids) if r.meeting_ids else None,
                          "search_href": views.meeting_search_link(params.body, r.period, params.board_type)})
        return templates.render(request, "trends.html", params=params, rows=table, series=series,
                      chart=attendance_chart(series), boards=views.board_names(),
                      csv_href="/api/attendance?" + qs({**params.params(), "format": "csv"}),
                      json_href="/api/attendance?" + qs(params.params()), title="Attendance trends — boardpapers")

    @router.get("/meetings", response_class=HTMLResponse, include_in_schema=False)
    def meetings_page(request: Request, id: list[str] = Query([], max_length=200)):
        ids = [i for i in dict.fromkeys(id) if ID_RE.match(i)][:200]
        names = views.board_names()
        meetings = []
        for mid in ids:
            m = views.ws.catalogue.meeting(mid)
            if m is None:
                continue
            docs = [{"document_id": r.document_id, "title": r.title, "type": r.type, "url": r.url,
                     "archive_url": views.archive_url(r.sha256)} for r in views.ws.catalogue.documents_where(meeting_id=mid)]
            meetings.append({"meeting_id": mid, "date": m.date.isoformat() if m.date else None,
                             "title": m.title, "status": m.status, "url": m.url,
                             "body": m.source_id, "board_name": names.get(m.source_id, m.source_id),
                             "documents": docs})
        meetings.sort(key=lambda m: (m["date"] or "", m["meeting_id"]))
        return templates.render(request, "meetings.html", meetings=meetings, title="Meetings — boardpapers")

    @router.get("/saved-searches", response_class=HTMLResponse, include_in_schema=False)
    def saved_searches_page(request: Request):
        saved = [views.saved_to_json(s) for s in views.ws.catalogue.saved_searches()]
        for s in saved:
            s["alerts"] = views.alert_entries(s["id"], 20)
        return templates.render(request, "saved.html", saved=saved, title="Saved searches — boardpapers")

    @router.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return Response(status_code=204)

    return router
