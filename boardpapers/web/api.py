"""The JSON API under ``/api/`` (described in ``/openapi.json``): the CLI's JSON shapes, plus CSV / JSON Lines."""
from __future__ import annotations

import json
import math

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from boardpapers.csv_export import rows_to_csv
from boardpapers.people import __doc__ as _people_doc
from boardpapers.search.decisions import decisions_to_csv, decisions_to_json
from boardpapers.search.trends import MATRIX_DEFINITION, RATE_DEFINITION, matrix_to_csv, trend_rows_to_csv

from .params import MAX_PAGE, SEARCH_CSV_COLUMNS, DecisionParams, SavedSearchIn, SearchParams, TrendParams, choice, \
    decision_params, search_params, trend_params
from .views import Views

PEOPLE_RULE = "Linking rule: " + " ".join(_people_doc.split("\n\n")[1:3]).replace("\n", " ")


PERSON_CSV_COLUMNS = ("person_id", "person", "name_as_written", "date", "body", "board_name", "status", "role",
                      "organisation", "meeting_id", "document_id", "page", "evidence")


def csv_download(text: str, filename: str) -> Response:
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def jsonl_download(items, filename: str) -> Response:
    """One model object per line (``to_dict``), as JSON Lines."""
    return Response("".join(json.dumps(item.to_dict(), ensure_ascii=False) + "\n" for item in items),
                    media_type="application/x-ndjson",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def name_matches(person, q: str) -> bool:
    words = q.casefold().split()
    text = " ".join([person.name] + person.variants).casefold()
    return all(w in text for w in words)


def api_router(views: Views, require_token) -> APIRouter:
    router = APIRouter()

    @router.get("/api/search", tags=["search"], summary="Search the papers (the CLI's `search --json` shape)")
    def api_search(params: SearchParams = Depends(search_params),
                   facets: bool = Query(False, description="add facet counts"),
                   format: str = Query("json", max_length=10, description="json | csv | jsonl")):
        fmt = choice("format", format, ("json", "csv", "jsonl"), "json")
        result = views.run_search(params, facets=facets)
        if fmt == "csv":
            return csv_download(rows_to_csv([h.to_dict() for h in result.hits], SEARCH_CSV_COLUMNS), "search.csv")
        if fmt == "jsonl":
            return jsonl_download(result.hits, "search.jsonl")
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

    @router.get("/api/attendance", tags=["attendance"], summary="Attendance trends (the CLI's `attendance --json`)",
                description=RATE_DEFINITION + " In each row: `attendance_rate` = `meetings_attended` / `meetings`; "
                            "`meeting_ids` / `attended_meeting_ids` are the meetings behind those two numbers.")
    def api_attendance(params: TrendParams = Depends(trend_params),
                       format: str = Query("json", max_length=10, description="json | csv | jsonl")):
        fmt = choice("format", format, ("json", "csv", "jsonl"), "json")
        rows = views.trend_rows(params)
        if fmt == "csv":
            return csv_download(trend_rows_to_csv(rows), "attendance.csv")
        if fmt == "jsonl":
            return jsonl_download(rows, "attendance.jsonl")
        return {"rows": [r.to_dict() for r in rows]}

    @router.get("/api/decisions", tags=["decisions"],
                summary="Decisions across boards (the CLI's `decisions --json` shape), newest meeting first",
                description="Each decision with its board, meeting date, agenda item number and title, text, kind "
                            "(approved, agreed, noted, deferred, rejected, other), page, the paper's URL and "
                            "its archived copy. `org` keeps decisions of meetings the organisation attended.")
    def api_decisions(params: DecisionParams = Depends(decision_params),
                      facets: bool = Query(False, description="add counts by board, kind and year"),
                      format: str = Query("json", max_length=10, description="json | csv | jsonl")):
        fmt = choice("format", format, ("json", "csv", "jsonl"), "json")
        result = views.decisions(params, facets=facets)
        if fmt == "csv":
            return csv_download(decisions_to_csv(result.decisions), "decisions.csv")
        if fmt == "jsonl":
            return jsonl_download(result.decisions, "decisions.jsonl")
        data = decisions_to_json(result, facets=facets)
        data.update(page=params.page, per_page=params.per_page,
                    pages=max(1, math.ceil(result.total / params.per_page)))
        return data

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

    @router.get("/api/organisations", tags=["organisations"],
                summary="The board × organisation matrix: meetings attended out of meetings with recorded attendance",
                description="One cell per (board, period, organisation). " + MATRIX_DEFINITION
                            + " `attended_meeting_ids` / `recorded_meeting_ids` are the meetings behind each number.")
    def api_matrix(params: TrendParams = Depends(trend_params),
                   format: str = Query("json", max_length=10, description="json | csv")):
        fmt = choice("format", format, ("json", "csv"), "json")
        cells = views.matrix(params)
        if fmt == "csv":
            return csv_download(matrix_to_csv(cells), "board-organisation-matrix.csv")
        return {"definition": MATRIX_DEFINITION, "cells": cells}

    @router.get("/api/people", tags=["people"],
                summary="People linked across boards (conservatively; every link says why)",
                description="`format=csv` exports one row per attendance record with the person it was linked to "
                            "and the evidence. " + PEOPLE_RULE)
    def api_people(q: str = Query("", max_length=200, description="part of a name"),
                   format: str = Query("json", max_length=10, description="json | csv")):
        fmt = choice("format", format, ("json", "csv"), "json")
        people = [p for p in views.people() if name_matches(p, q)]
        if fmt == "csv":
            return csv_download(rows_to_csv(views.person_rows(people), PERSON_CSV_COLUMNS), "people.csv")
        return {"people": [{"person_id": p.person_id, "name": p.name, "variants": p.variants, "boards": p.boards,
                            "records": len(p.appearances), "linked_by": [lk.rule for lk in p.links],
                            "url": f"/people/{p.person_id}", "api_url": f"/api/people/{p.person_id}"}
                           for p in people]}

    @router.get("/api/people/{person_id}", tags=["people"],
                summary="One person: boards, roles, every attendance record, and why the records were linked")
    def api_person(person_id: str, format: str = Query("json", max_length=10, description="json | csv")):
        fmt = choice("format", format, ("json", "csv"), "json")
        person = views.person_or_404(person_id)
        if fmt == "csv":
            return csv_download(rows_to_csv(views.person_rows([person]), PERSON_CSV_COLUMNS), f"person-{person_id}.csv")
        return views.person_data(person)

    @router.get("/api/documents/{document_id}/changes", tags=["documents"],
                summary="What changed between two archived versions of a paper (a line diff of their text)")
    def api_changes(document_id: str, old: str | None = Query(None, alias="from", pattern="^[0-9a-f]{64}$"),
                    new: str | None = Query(None, alias="to", pattern="^[0-9a-f]{64}$")):
        return views.changes(document_id, old, new)

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
