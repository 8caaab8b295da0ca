"""The JSON API under ``/api/`` (described in ``/openapi.json``): the CLI's JSON shapes, plus CSV / JSON Lines."""
from __future__ import annotations

import csv
import io
import json
import math

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from .params import MAX_PAGE, SEARCH_CSV_COLUMNS, SavedSearchIn, SearchParams, TrendParams, choice, search_params, \
    trend_params
from .views import Views


def csv_safe(value):
    """Cells that a spreadsheet would run as a formula get a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def api_router(views: Views, require_token) -> APIRouter:
    router = APIRouter()

    @router.get("/api/search", tags=["search"], summary="Search the papers (the CLI's `search --json` shape)")
    def api_search(params: SearchParams = Depends(search_params),
                   facets: bool = Query(False, description="add facet counts"),
                   format: str = Query("json", max_length=10, description="json | csv | jsonl")):
        fmt = choice("format", format, ("json", "csv", "jsonl"), "json")
        result = views.run_search(params, facets=facets)
        if fmt == "csv":
            buf = io.StringIO()
            writer = csv.writer(buf, lineterminator="\n")
            writer.writerow(SEARCH_CSV_COLUMNS)
            for hit in result.hits:
                row = hit.to_dict()
                writer.writerow([csv_safe(row.get(c)) for c in SEARCH_CSV_COLUMNS])
            return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="search.csv"'})
        if fmt == "jsonl":
            lines = "".join(json.dumps(h.to_dict(), ensure_ascii=False) + "\n" for h in result.hits)
            return Response(lines, media_type="application/x-ndjson",
                            headers={"Content-Disposition": 'attachment; filename="search.jsonl"'})
        data = result.to_dict()
        if not facets:
            data.pop("facets", None)
        data.update(page=params.page, per_page=params.per_page,
                    pages=min(MAX_PAGE, max(1, math.ceil(result.total / params.per_page))))
        return data

    @router.get("/api/documents/{document_id}", tags=["documents"],
             summary="One document: metadata, versions, pages, attendance, decisions, archive link")
    def api_document(document_id: str):
        return views.document_data(document_id)

    @router.get("/api/attendance", tags=["attendance"], summary="Attendance trends (the CLI's `attendance --json`)")
    def api_attendance(params: TrendParams = Depends(trend_params),
                       format: str = Query("json", max_length=10, description="json | csv | jsonl")):
        fmt = choice("format", format, ("json", "csv", "jsonl"), "json")
        rows = views.trend_rows(params)
        if fmt == "csv":
            from boardpapers.search.trends import trend_rows_to_csv

            return Response(trend_rows_to_csv(rows), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="attendance.csv"'})
        if fmt == "jsonl":
            return Response("".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in rows),
                            media_type="application/x-ndjson",
                            headers={"Content-Disposition": 'attachment; filename="attendance.jsonl"'})
        return {"rows": [r.to_dict() for r in rows]}

    @router.get("/api/boards", tags=["boards"], summary="The boards (sources) in the catalogue")
    def api_boards():
        return {"boards": views.boards_list()}

    @router.get("/api/boards/{board_id}", tags=["boards"], summary="One board with its meetings and papers")
    def api_board(board_id: str):
        return views.board_data(board_id)

    @router.get("/api/organisations/{name}", tags=["organisations"],
             summary="An organisation: its lineage, the boards it attends, its attendance by year")
    def api_organisation(name: str):
        return views.organisation_data(name)

    @router.get("/api/saved-searches", tags=["saved searches"])
    def api_saved_searches():
        return {"saved_searches": [views.saved_to_json(s) for s in views.ws.catalogue.saved_searches()]}

    @router.post("/api/saved-searches", tags=["saved searches"], status_code=201,
              summary="Save a search (Bearer token); new papers matching it become alerts")
    def api_add_saved_search(item: SavedSearchIn, request: Request):
        require_token(request)
        saved_id = views.ws.catalogue.add_saved_search(item.name.strip(), item.query_dict(), item.notify_changes)
        return views.saved_to_json(views.saved_search_or_404(saved_id))

    @router.delete("/api/saved-searches/{saved_id}", tags=["saved searches"], status_code=204)
    def api_delete_saved_search(saved_id: int, request: Request):
        require_token(request)
        if not views.ws.catalogue.delete_saved_search(saved_id):
            raise HTTPException(404, f"saved search {saved_id} not found")
        return Response(status_code=204)

    @router.get("/api/saved-searches/{saved_id}/alerts", tags=["saved searches"],
             summary="Papers that newly matched a saved search")
    def api_alerts(saved_id: int, limit: int = Query(100, ge=1, le=500)):
        saved = views.saved_search_or_404(saved_id)
        return {"saved_search": views.saved_to_json(saved), "alerts": views.alert_entries(saved_id, limit)}

    return router
