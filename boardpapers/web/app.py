"""The web app and JSON API (``boardpapers serve``): search, documents, boards, organisations, trends,
saved searches with Atom feeds, and the archived copies of every paper.

Everything is read from a ``Workspace`` (catalogue, archive, search engine); the app writes only saved
searches. HTML is rendered by Jinja2 with autoescaping on; the only value rendered unescaped is the
engine's snippet, which the engine HTML-escapes itself except for its ``<mark>`` tags.

    uvicorn.run(create_app(home, engine="embedded"), host="127.0.0.1", port=8000)
"""
from __future__ import annotations

import calendar
import csv
import datetime as dt
import hmac
import io
import json
import logging
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable
from urllib.parse import urlencode
from xml.etree import ElementTree as ET

import jinja2
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from markupsafe import Markup, escape
from pydantic import BaseModel, Field, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from boardpapers.errors import BoardpapersError
from boardpapers.models import BOARD_TYPES, DOCUMENT_TYPES, SearchQuery, TrendQuery, TrendRow

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
MAX_Q = 500
MAX_PER_PAGE = 100
MAX_PAGE = 1000
MAX_FILTER_VALUES = 50
MAX_FILTER_CHARS = 200
SORTS = ("relevance", "date", "date_asc")
PERIODS = ("year", "quarter", "month")
GROUPS = ("organisation", "organisation_type")
SHA_RE = re.compile(r"^[0-9a-f]{64}$")
ID_RE = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")
SEARCH_CSV_COLUMNS = ("document_id", "title", "body", "board_name", "board_type", "meeting_date", "type", "page",
                      "url", "archive_url", "snippet")
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
PAGE_CSP = ("default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
            "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")


# --- parameter parsing (shared by the API and the HTML pages) ------------------------------------------------


class BadParameter(Exception):
    """A query parameter has a wrong value: 422 with a message naming it."""

    def __init__(self, name: str, message: str):
        self.name, self.message = name, message
        super().__init__(f"{name}: {message}")


def parse_date(name: str, value: str | None) -> dt.date | None:
    value = (value or "").strip()
    if not value:
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise BadParameter(name, "expected a date as YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadParameter(name, "not a valid date") from None


def clean_values(name: str, values: Iterable[str] | None, allowed: Iterable[str] | None = None) -> list[str]:
    out = []
    for value in values or []:
        for part in str(value).split(",") if allowed is not None else [str(value)]:
            part = " ".join(part.split())
            if not part:
                continue
            if len(part) > MAX_FILTER_CHARS:
                raise BadParameter(name, f"values are limited to {MAX_FILTER_CHARS} characters")
            if allowed is not None and part not in allowed:
                raise BadParameter(name, f"{part!r} is not one of {', '.join(allowed)}")
            out.append(part)
    out = list(dict.fromkeys(out))
    if len(out) > MAX_FILTER_VALUES:
        raise BadParameter(name, f"at most {MAX_FILTER_VALUES} values")
    return out


def choice(name: str, value: str | None, allowed: tuple[str, ...], default: str) -> str:
    value = (value or "").strip() or default
    if value not in allowed:
        raise BadParameter(name, f"must be one of {', '.join(allowed)}")
    return value


def check_range(date_from: dt.date | None, date_to: dt.date | None) -> None:
    if date_from and date_to and date_from > date_to:
        raise BadParameter("from", f"the date range is empty ({date_from} is after {date_to})")


@dataclass
class SearchParams:
    q: str
    body: list[str]
    org: list[str]
    type: list[str]
    board_type: list[str]
    date_from: dt.date | None
    date_to: dt.date | None
    sort: str
    page: int
    per_page: int

    def query(self, facets: bool = False) -> SearchQuery:
        return SearchQuery(q=self.q, body=self.body, org=self.org, board_type=self.board_type, type=self.type,
                           date_from=self.date_from, date_to=self.date_to, sort=self.sort, limit=self.per_page,
                           offset=(self.page - 1) * self.per_page, facets=facets)

    def params(self, **changes) -> dict[str, Any]:
        """Query-string parameters for this search (for links), with ``changes`` applied."""
        values: dict[str, Any] = {"q": self.q, "body": self.body, "org": self.org, "type": self.type,
                                  "board_type": self.board_type,
                                  "from": self.date_from.isoformat() if self.date_from else "",
                                  "to": self.date_to.isoformat() if self.date_to else "",
                                  "sort": self.sort if self.sort != "relevance" else "",
                                  "page": self.page if self.page != 1 else "",
                                  "per_page": self.per_page if self.per_page != 20 else ""}
        values.update(changes)
        return values


def search_params(
    q: str = Query("", max_length=MAX_Q, description="query: words, \"phrases\", AND / OR / NOT, prefix*"),
    body: list[str] = Query([], description="board (source id); repeatable"),
    org: list[str] = Query([], description="attending organisation; repeatable"),
    type: list[str] = Query([], description="agenda | minutes | report | other; repeatable"),
    board_type: list[str] = Query([], description="hwb | stp | ics | ccg | icb | other; repeatable"),
    date_from: str | None = Query(None, alias="from", description="YYYY-MM-DD"),
    date_to: str | None = Query(None, alias="to", description="YYYY-MM-DD"),
    sort: str = Query("relevance", max_length=20, description="relevance | date | date_asc"),
    page: int = Query(1, ge=1, le=MAX_PAGE),
    per_page: int = Query(20, ge=1, le=MAX_PER_PAGE),
) -> SearchParams:
    start, end = parse_date("from", date_from), parse_date("to", date_to)
    check_range(start, end)
    return SearchParams(q=q.strip(), body=clean_values("body", body), org=clean_values("org", org),
                        type=clean_values("type", type, DOCUMENT_TYPES),
                        board_type=clean_values("board_type", board_type, BOARD_TYPES),
                        date_from=start, date_to=end, sort=choice("sort", sort, SORTS, "relevance"),
                        page=page, per_page=per_page)


@dataclass
class TrendParams:
    body: list[str]
    org: list[str]
    board_type: list[str]
    by: str
    group: str
    date_from: dt.date | None
    date_to: dt.date | None

    def params(self, **changes) -> dict[str, Any]:
        values: dict[str, Any] = {"body": self.body, "org": self.org, "board_type": self.board_type, "by": self.by,
                                  "group": self.group if self.group != "organisation" else "",
                                  "from": self.date_from.isoformat() if self.date_from else "",
                                  "to": self.date_to.isoformat() if self.date_to else ""}
        values.update(changes)
        return values


def trend_params(
    body: list[str] = Query([], description="board (source id); repeatable"),
    org: list[str] = Query([], description="organisation (followed through reorganisations); repeatable"),
    board_type: list[str] = Query([], description="hwb | stp | ics | ccg | icb | other; repeatable"),
    by: str = Query("year", max_length=20, description="year | quarter | month"),
    group: str = Query("organisation", max_length=40, description="organisation | organisation_type"),
    date_from: str | None = Query(None, alias="from", description="YYYY-MM-DD"),
    date_to: str | None = Query(None, alias="to", description="YYYY-MM-DD"),
) -> TrendParams:
    start, end = parse_date("from", date_from), parse_date("to", date_to)
    check_range(start, end)
    return TrendParams(body=clean_values("body", body), org=clean_values("org", org),
                       board_type=clean_values("board_type", board_type, BOARD_TYPES),
                       by=choice("by", by, PERIODS, "year"), group=choice("group", group, GROUPS, "organisation"),
                       date_from=start, date_to=end)


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


def period_bounds(period: str) -> tuple[dt.date, dt.date] | None:
    """``2016`` / ``2016-Q1`` / ``2016-01`` → first and last day."""
    try:
        if re.fullmatch(r"\d{4}", period):
            year = int(period)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        m = re.fullmatch(r"(\d{4})-Q([1-4])", period)
        if m:
            year, quarter = int(m.group(1)), int(m.group(2))
            first = dt.date(year, 3 * quarter - 2, 1)
            last_month = 3 * quarter
            return first, dt.date(year, last_month, calendar.monthrange(year, last_month)[1])
        m = re.fullmatch(r"(\d{4})-(\d{2})", period)
        if m:
            year, month = int(m.group(1)), int(m.group(2))
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None
    return None


# --- highlighting ---------------------------------------------------------------------------------------------


def query_terms(q: str) -> list[tuple[str, ...]]:
    """The positive words / phrases of a query (for highlighting a document's text)."""
    try:
        from boardpapers.search.query import And, Leaf, Not, Or, parse
    except ImportError:  # pragma: no cover
        return [(w,) for w in re.findall(r"[^\W_]+", q.lower())]
    out: list[tuple[str, ...]] = []

    def walk(node) -> None:
        if isinstance(node, Leaf):
            out.append(tuple(node.words) + (("*",) if node.prefix else ()))
        elif isinstance(node, (And, Or)):
            for item in node.items:
                walk(item)
        elif isinstance(node, Not):
            return

    walk(parse(q))
    return list(dict.fromkeys(out))


def highlight_pattern(q: str) -> re.Pattern | None:
    terms = query_terms(q or "")
    if not terms:
        return None
    alternatives = []
    for words in terms:
        prefix = words and words[-1] == "*"
        words = words[:-1] if prefix else words
        if not words:
            continue
        parts = [re.escape(w) for w in words]
        body = r"[^\w]+".join(parts)
        # words match whole words; a stemmed index finds "meetings" for "meeting", so allow a word tail
        alternatives.append(rf"(?<!\w){body}\w*" if prefix or len(words) == 1 else rf"(?<!\w){body}(?!\w)")
    if not alternatives:
        return None
    alternatives.sort(key=len, reverse=True)
    return re.compile("|".join(alternatives), re.IGNORECASE)


def highlight(text: str, pattern: re.Pattern | None) -> Markup:
    """``text`` HTML-escaped, with the pattern's matches wrapped in ``<mark>``."""
    text = text or ""
    if pattern is None:
        return escape(text)
    out, last = [], 0
    for m in pattern.finditer(text):
        if m.end() == m.start():
            continue
        out.append(str(escape(text[last:m.start()])))
        out.append(f"<mark>{escape(m.group(0))}</mark>")
        last = m.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))


# --- charts (inline SVG, no scripts) --------------------------------------------------------------------------


def attendance_chart(series: list[dict], *, width: int = 900, height: int = 300) -> dict:
    """Layout for a grouped bar chart: per period, attended / apologies / absent bars, plus an
    attendance-rate line. Each bar carries the link to the meetings behind it."""
    left, right, top, bottom = 48, 48, 16, 48
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max([max(s["attended"], s["apologies"], s["absent"]) for s in series] + [1])
    step = 10 ** max(0, int(math.log10(peak)))
    peak = int(math.ceil(peak / step) * step) or 1
    n = max(len(series), 1)
    slot = plot_w / n
    bar = max(2.0, min(28.0, slot / 4))
    bars, points, labels = [], [], []
    keys = (("attended", "bar-attended"), ("apologies", "bar-apologies"), ("absent", "bar-absent"))
    for i, s in enumerate(series):
        x0 = left + i * slot + (slot - 3 * bar) / 2
        for j, (key, css) in enumerate(keys):
            value = s[key]
            h = plot_h * value / peak
            bars.append({"x": round(x0 + j * bar, 1), "y": round(top + plot_h - h, 1), "w": round(bar - 1, 1),
                         "h": round(h, 1), "cls": css, "title": f"{s['period']}: {value} {key}",
                         "href": s["href"]})
        if s["rate"] is not None:
            points.append((round(left + i * slot + slot / 2, 1), round(top + plot_h * (1 - s["rate"]), 1)))
        if n <= 24 or i % math.ceil(n / 24) == 0:
            labels.append({"x": round(left + i * slot + slot / 2, 1), "y": height - bottom + 16, "text": s["period"],
                           "href": s["href"]})
    ticks = [{"y": round(top + plot_h - plot_h * k / 4, 1), "label": int(peak * k / 4),
              "rate": f"{k * 25}%"} for k in range(5)]
    return {"width": width, "height": height, "left": left, "right": width - right, "top": top,
            "bottom": top + plot_h, "bars": bars, "ticks": ticks, "labels": labels,
            "line": " ".join(f"{x},{y}" for x, y in points), "points": points}


# --- the app --------------------------------------------------------------------------------------------------


class SavedSearchIn(BaseModel):
    name: str = Field(..., min_length=1, max_length=200)
    q: str = Field("", max_length=MAX_Q)
    body: list[str] = Field(default_factory=list, max_length=MAX_FILTER_VALUES)
    org: list[str] = Field(default_factory=list, max_length=MAX_FILTER_VALUES)
    type: list[str] = Field(default_factory=list, max_length=len(DOCUMENT_TYPES))
    board_type: list[str] = Field(default_factory=list, max_length=len(BOARD_TYPES))
    date_from: dt.date | None = Field(None, alias="from")
    date_to: dt.date | None = Field(None, alias="to")
    notify_changes: bool = True

    model_config = {"populate_by_name": True}

    @field_validator("body", "org")
    @classmethod
    def _short(cls, values: list[str]) -> list[str]:
        values = [" ".join(v.split()) for v in values if v and v.strip()]
        if any(len(v) > MAX_FILTER_CHARS for v in values):
            raise ValueError(f"values are limited to {MAX_FILTER_CHARS} characters")
        return values

    @field_validator("type")
    @classmethod
    def _types(cls, values: list[str]) -> list[str]:
        bad = [v for v in values if v not in DOCUMENT_TYPES]
        if bad:
            raise ValueError(f"type must be one of {', '.join(DOCUMENT_TYPES)}")
        return values

    @field_validator("board_type")
    @classmethod
    def _board_types(cls, values: list[str]) -> list[str]:
        bad = [v for v in values if v not in BOARD_TYPES]
        if bad:
            raise ValueError(f"board_type must be one of {', '.join(BOARD_TYPES)}")
        return values

    def query_dict(self) -> dict:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise BadParameter("from", "the date range is empty")
        return {"q": self.q.strip(), "body": self.body, "org": self.org, "type": self.type,
                "board_type": self.board_type,
                "date_from": self.date_from.isoformat() if self.date_from else None,
                "date_to": self.date_to.isoformat() if self.date_to else None}


def create_app(home: Path | str | None = None, *, engine: str | None = None, token: str | None = None,
               workspace=None) -> FastAPI:
    """The web app over the data directory ``home`` (default ``$BOARDPAPERS_HOME``).

    ``token`` (default ``$BOARDPAPERS_TOKEN``) is the Bearer token that creating and deleting saved
    searches needs; without one those endpoints answer 403. ``workspace`` reuses an open ``Workspace``.
    """
    from boardpapers.pipeline import Workspace

    token = token if token is not None else (os.environ.get("BOARDPAPERS_TOKEN") or None)
    ws = workspace if workspace is not None else Workspace.open(home, engine)
    owns_workspace = workspace is None

    app = FastAPI(title="boardpapers", version="0.1.0",
                  description="Search the papers of Health and Wellbeing Boards, STP/ICS and NHS boards, "
                              "and query who attends them.")
    app.state.workspace = ws
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
                             undefined=jinja2.StrictUndefined if os.environ.get("BOARDPAPERS_STRICT_TEMPLATES")
                             else jinja2.Undefined, trim_blocks=True, lstrip_blocks=True)

    def qs(params: dict) -> str:
        flat = []
        for key, value in params.items():
            if isinstance(value, (list, tuple)):
                flat.extend((key, v) for v in value if v not in (None, ""))
            elif value not in (None, ""):
                flat.append((key, value))
        return urlencode(flat)

    env.globals.update(qs=qs, DOCUMENT_TYPES=DOCUMENT_TYPES, BOARD_TYPES=BOARD_TYPES, SORTS=SORTS, PERIODS=PERIODS)
    env.filters["qs"] = qs
    env.filters["safe_url"] = safe_url
    app.state.templates = env

    gazetteer_cache: dict[str, Any] = {}

    def gazetteer():
        if "g" not in gazetteer_cache:
            try:
                from boardpapers.extractors.organisations import Gazetteer

                gazetteer_cache["g"] = Gazetteer.default()
            except Exception:  # noqa: BLE001 - lineage is a nicety; names still match as written
                log.exception("organisation gazetteer unavailable")
                gazetteer_cache["g"] = None
        return gazetteer_cache["g"]

    def render(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
        context.setdefault("title", "boardpapers")
        html = env.get_template(name).render(request=request, path=request.url.path, **context)
        return HTMLResponse(html, status_code=status_code)

    def wants_html(request: Request) -> bool:
        path = request.url.path
        return not (path.startswith("/api/") or path.startswith("/archive/") or path.endswith(".atom")
                    or path in ("/openapi.json", "/docs", "/redoc"))

    def error_response(request: Request, status: int, message: str, detail: Any = None) -> Response:
        if wants_html(request):
            return render(request, "error.html", status_code=status, status=status, message=message,
                          title=f"{status} — boardpapers")
        body: dict[str, Any] = {"detail": message}
        if detail is not None:
            body["errors"] = detail
        return JSONResponse(body, status_code=status)

    # --- error handling: 4xx for bad input, never a traceback -------------------------------------------------

    @app.exception_handler(BadParameter)
    async def _bad_parameter(request: Request, exc: BadParameter):
        return error_response(request, 422, f"{exc.name}: {exc.message}",
                              [{"loc": ["query", exc.name], "msg": exc.message}])

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        errors = [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))} for e in exc.errors()]
        message = "; ".join(f"{'.'.join(e['loc'][1:]) or e['loc'][0] if e['loc'] else 'request'}: {e['msg']}"
                            for e in errors[:5]) or "invalid request"
        return error_response(request, 422, message, errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        response = error_response(request, exc.status_code, str(exc.detail))
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(BoardpapersError)
    async def _unavailable(request: Request, exc: BoardpapersError):
        log.warning("request %s failed: %s", request.url.path, exc)
        return error_response(request, 503, f"the index could not answer: {' '.join(str(exc).split())[:300]}")

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return PlainTextResponse("internal error: the server could not answer this request", status_code=500)

    @app.middleware("http")
    async def _headers(request: Request, call_next):
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        if "content-security-policy" not in response.headers and \
                not response.headers.get("content-type", "").startswith("application/pdf"):
            response.headers["Content-Security-Policy"] = PAGE_CSP
        return response

    if owns_workspace:
        @app.on_event("shutdown")
        def _close() -> None:
            ws.close()

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    # --- helpers over the workspace -----------------------------------------------------------------------------

    def archive_url(sha: str | None, page: int | None = None) -> str | None:
        if not sha:
            return None
        return f"/archive/{sha}" + (f"#page={page}" if page else "")

    def board_names() -> dict[str, str]:
        out = {}
        for source_id in ws.catalogue.source_ids():
            row = ws.catalogue.source_row(source_id) or {}
            out[source_id] = row.get("name") or source_id
        return out

    def run_search(params: SearchParams, facets: bool = False):
        result = ws.engine.search(params.query(facets=facets))
        for hit in result.hits:
            record = ws.catalogue.document(hit.document_id)
            sha = record.sha256 if record else None
            hit.archive_url = archive_url(sha, hit.page) if sha else None
        return result

    def require_token(request: Request) -> None:
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer ") or not header[7:].strip():
            raise HTTPException(401, "a Bearer token is required", headers={"WWW-Authenticate": "Bearer"})
        if token is None:
            raise HTTPException(403, "saved searches are read-only here: the server has no BOARDPAPERS_TOKEN")
        if not hmac.compare_digest(header[7:].strip().encode(), token.encode()):
            raise HTTPException(403, "the token is not valid")

    def saved_search_or_404(saved_id: int) -> dict:
        for saved in ws.catalogue.saved_searches():
            if saved["id"] == saved_id:
                return saved
        raise HTTPException(404, f"saved search {saved_id} not found")

    def saved_to_json(saved: dict) -> dict:
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

    def alert_entries(saved_id: int, limit: int = 100) -> list[dict]:
        out = []
        for alert in ws.catalogue.alerts_for(saved_id, limit=limit):
            record = ws.catalogue.document(alert["document_id"])
            meeting = ws.catalogue.meeting(record.meeting_id) if record and record.meeting_id else None
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
                "archive_url": archive_url(alert["sha256"]),
            })
        return out

    def document_data(document_id: str) -> dict:
        if not ID_RE.match(document_id):
            raise HTTPException(404, "document not found")
        record = ws.catalogue.document(document_id)
        indexed = ws.engine.get_document(document_id) if hasattr(ws.engine, "get_document") else None
        if record is None and indexed is None:
            raise HTTPException(404, f"document {document_id} not found")
        extraction = None
        if record is not None and record.sha256:
            extraction = ws.catalogue.extraction(record.sha256)
        meeting = ws.catalogue.meeting(record.meeting_id) if record and record.meeting_id else None
        source = ws.catalogue.source_row(record.source_id if record else indexed.source_id) or {}
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
            for v in ws.catalogue.document_versions(document_id):
                versions.append({"sha256": v["sha256"], "content_type": v.get("content_type"), "size": v.get("size"),
                                 "fetched_at": v["fetched_at"].isoformat() if v.get("fetched_at") else None,
                                 "archive_url": archive_url(v["sha256"]),
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
            "archive_url": archive_url(sha),
            "first_seen": record.first_seen.isoformat() if record and record.first_seen else None,
            "changed_at": record.changed_at.isoformat() if record and record.changed_at else None,
            "versions": versions,
            "pages": [{"number": p.number, "text": p.text} for p in pages],
            "attendance": [a.to_dict() for a in attendance],
            "decisions": [d.to_dict() for d in decisions],
            "organisations": list(indexed.organisations) if indexed else [],
            "warnings": list(extraction.warnings) if extraction else [],
        }

    def board_data(board_id: str) -> dict:
        if not ID_RE.match(board_id):
            raise HTTPException(404, "board not found")
        row = ws.catalogue.source_row(board_id)
        if row is None:
            raise HTTPException(404, f"board {board_id} not found")
        docs_by_meeting: dict[str | None, list] = {}
        for record in ws.catalogue.documents_where(source_id=board_id):
            docs_by_meeting.setdefault(record.meeting_id, []).append({
                "document_id": record.document_id, "title": record.title, "type": record.type, "url": record.url,
                "status": record.status, "archive_url": archive_url(record.sha256),
                "document_url": f"/documents/{record.document_id}"})
        meetings = []
        for m in ws.catalogue.meetings_for(board_id):
            meetings.append({"meeting_id": m["id"], "date": m["date"].isoformat() if m.get("date") else None,
                             "title": m.get("title"), "status": m.get("status"), "time": m.get("time"),
                             "location": m.get("location"), "url": m.get("url"),
                             "documents": docs_by_meeting.get(m["id"], [])})
        meetings.sort(key=lambda m: (m["date"] or "9999", m["meeting_id"]), reverse=True)
        return {"id": board_id, "name": row["name"], "kind": row["kind"], "board_type": row["board_type"],
                "organisation": row.get("organisation"), "url": (row.get("config") or {}).get("base_url")
                or (row.get("config") or {}).get("start_url"),
                "documents": ws.catalogue.status_counts(board_id), "meetings": meetings}

    def boards_list() -> list[dict]:
        out = []
        for source_id in ws.catalogue.source_ids():
            row = ws.catalogue.source_row(source_id) or {}
            counts = ws.catalogue.status_counts(source_id)
            out.append({"id": source_id, "name": row.get("name"), "kind": row.get("kind"),
                        "board_type": row.get("board_type"), "organisation": row.get("organisation"),
                        "meetings": len(ws.catalogue.meetings_for(source_id)),
                        "documents": sum(counts.values()), "indexed": counts.get("indexed", 0),
                        "url": f"/boards/{source_id}", "api_url": f"/api/boards/{source_id}"})
        return out

    def trend_rows(params: TrendParams) -> list[TrendRow]:
        query = TrendQuery(body=params.body, org=expand_organisations(gazetteer(), params.org),
                           board_type=params.board_type, by=params.by, group=params.group,
                           date_from=params.date_from, date_to=params.date_to)
        return ws.engine.attendance_trends(query)

    def meeting_search_link(params_body: list[str], period: str, board_type: list[str] | None = None) -> str:
        bounds = period_bounds(period)
        values: dict[str, Any] = {"body": params_body, "board_type": board_type or [], "sort": "date_asc"}
        if bounds:
            values["from"], values["to"] = bounds[0].isoformat(), bounds[1].isoformat()
        return "/search?" + qs(values)

    def meetings_link(ids: Iterable[str]) -> str:
        return "/meetings?" + qs({"id": list(ids)[:200]})

    def organisation_data(name: str) -> dict:
        name = " ".join(name.split())
        if not name or len(name) > MAX_FILTER_CHARS:
            raise HTTPException(404, "organisation not found")
        g = gazetteer()
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
        rows = ws.engine.attendance_trends(TrendQuery(org=expand_organisations(g, [name]), by="year"))
        rows = [r for r in rows if r.meetings or r.present or r.apologies or r.absent or r.substitute]
        if match is None and not rows:
            raise HTTPException(404, f"organisation {name!r} not found")
        boards: dict[str, dict] = {}
        names = board_names()
        for r in rows:
            for mid in r.meeting_ids:
                meeting = ws.catalogue.meeting(mid)
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

    def chart_series(rows: list[TrendRow], link) -> list[dict]:
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

    # --- JSON API --------------------------------------------------------------------------------------------

    @app.get("/api/search", tags=["search"], summary="Search the papers (the CLI's `search --json` shape)")
    def api_search(params: SearchParams = Depends(search_params),
                   facets: bool = Query(False, description="add facet counts"),
                   format: str = Query("json", max_length=10, description="json | csv | jsonl")):
        fmt = choice("format", format, ("json", "csv", "jsonl"), "json")
        result = run_search(params, facets=facets)
        if fmt == "csv":
            buf = io.StringIO()
            writer = csv.writer(buf, lineterminator="\n")
            writer.writerow(SEARCH_CSV_COLUMNS)
            for hit in result.hits:
                row = hit.to_dict()
                writer.writerow([_csv_safe(row.get(c)) for c in SEARCH_CSV_COLUMNS])
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

    @app.get("/api/documents/{document_id}", tags=["documents"],
             summary="One document: metadata, versions, pages, attendance, decisions, archive link")
    def api_document(document_id: str):
        return document_data(document_id)

    @app.get("/api/attendance", tags=["attendance"], summary="Attendance trends (the CLI's `attendance --json`)")
    def api_attendance(params: TrendParams = Depends(trend_params),
                       format: str = Query("json", max_length=10, description="json | csv | jsonl")):
        fmt = choice("format", format, ("json", "csv", "jsonl"), "json")
        rows = trend_rows(params)
        if fmt == "csv":
            from boardpapers.search.trends import trend_rows_to_csv

            return Response(trend_rows_to_csv(rows), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": 'attachment; filename="attendance.csv"'})
        if fmt == "jsonl":
            return Response("".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in rows),
                            media_type="application/x-ndjson",
                            headers={"Content-Disposition": 'attachment; filename="attendance.jsonl"'})
        return {"rows": [r.to_dict() for r in rows]}

    @app.get("/api/boards", tags=["boards"], summary="The boards (sources) in the catalogue")
    def api_boards():
        return {"boards": boards_list()}

    @app.get("/api/boards/{board_id}", tags=["boards"], summary="One board with its meetings and papers")
    def api_board(board_id: str):
        return board_data(board_id)

    @app.get("/api/organisations/{name}", tags=["organisations"],
             summary="An organisation: its lineage, the boards it attends, its attendance by year")
    def api_organisation(name: str):
        return organisation_data(name)

    @app.get("/api/saved-searches", tags=["saved searches"])
    def api_saved_searches():
        return {"saved_searches": [saved_to_json(s) for s in ws.catalogue.saved_searches()]}

    @app.post("/api/saved-searches", tags=["saved searches"], status_code=201,
              summary="Save a search (Bearer token); new papers matching it become alerts")
    def api_add_saved_search(item: SavedSearchIn, request: Request):
        require_token(request)
        saved_id = ws.catalogue.add_saved_search(item.name.strip(), item.query_dict(), item.notify_changes)
        return saved_to_json(saved_search_or_404(saved_id))

    @app.delete("/api/saved-searches/{saved_id}", tags=["saved searches"], status_code=204)
    def api_delete_saved_search(saved_id: int, request: Request):
        require_token(request)
        if not ws.catalogue.delete_saved_search(saved_id):
            raise HTTPException(404, f"saved search {saved_id} not found")
        return Response(status_code=204)

    @app.get("/api/saved-searches/{saved_id}/alerts", tags=["saved searches"],
             summary="Papers that newly matched a saved search")
    def api_alerts(saved_id: int, limit: int = Query(100, ge=1, le=500)):
        saved = saved_search_or_404(saved_id)
        return {"saved_search": saved_to_json(saved), "alerts": alert_entries(saved_id, limit)}

    @app.get("/saved-searches/{saved_id}/feed.atom", tags=["saved searches"], summary="Atom feed of a saved search")
    def atom_feed(saved_id: int, request: Request):
        saved = saved_search_or_404(saved_id)
        entries = alert_entries(saved_id, 100)
        base = str(request.base_url).rstrip("/")
        return Response(_atom(saved, entries, base), media_type="application/atom+xml; charset=utf-8")

    @app.get("/archive/{sha256}", tags=["archive"], summary="The archived bytes of a document version")
    def archive(sha256: str):
        if not SHA_RE.match(sha256):
            raise HTTPException(400, "not a sha256 (64 lower-case hex digits)")
        try:
            exists = ws.archive.exists(sha256)
        except ValueError:
            raise HTTPException(400, "not a sha256") from None
        if not exists:
            raise HTTPException(404, "not in the archive")
        content_type = _content_type_of(ws, sha256)
        headers = {"Content-Disposition": f'inline; filename="{sha256[:16]}{_extension(content_type)}"',
                   "Cache-Control": "public, max-age=31536000, immutable"}
        if not content_type.startswith("application/pdf"):
            # archived HTML comes from other sites: never let it run scripts on this origin
            headers["Content-Security-Policy"] = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'"
        path = ws.archive.local_path(sha256)
        if path is not None:
            return FileResponse(path, media_type=content_type, headers=headers)
        return Response(ws.archive.get(sha256), media_type=content_type, headers=headers)

    # --- HTML pages ------------------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, params: SearchParams = Depends(search_params)):
        result = run_search(params, facets=True)
        pages = max(1, min(MAX_PAGE, math.ceil(result.total / params.per_page)))
        names = board_names()
        facets = dict(result.facets or {})
        board_type_counts: dict[str, int] = {}
        for source_id, count in (facets.get("board") or {}).items():
            row = ws.catalogue.source_row(source_id) or {}
            bt = row.get("board_type") or "other"
            board_type_counts[bt] = board_type_counts.get(bt, 0) + count
        facets["board_type"] = dict(sorted(board_type_counts.items(), key=lambda kv: -kv[1]))
        window = range(max(1, params.page - 4), min(pages, params.page + 4) + 1)
        return render(request, "search.html", params=params, result=result, pages=pages, window=window,
                      boards=names, facets=facets, title=(f"{params.q} — search" if params.q else "Search board papers"))

    @app.get("/documents/{document_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, document_id: str, q: str = Query("", max_length=MAX_Q)):
        data = document_data(document_id)
        pattern = highlight_pattern(q)
        pages = [{"number": p["number"], "html": highlight(p["text"], pattern),
                  "hits": len(pattern.findall(p["text"])) if pattern else 0} for p in data["pages"]]
        decisions: dict[str, list] = {}
        for d in data["decisions"]:
            decisions.setdefault(d.get("item") or "", []).append(d)
        return render(request, "document.html", doc=data, pages=pages, q=q, decisions=decisions,
                      first_hit=next((p["number"] for p in pages if p["hits"]), None),
                      title=f"{data['title']} — boardpapers")

    @app.get("/boards", response_class=HTMLResponse, include_in_schema=False)
    def boards_page(request: Request):
        return render(request, "boards.html", boards=boards_list(), title="Boards — boardpapers")

    @app.get("/boards/{board_id}", response_class=HTMLResponse, include_in_schema=False)
    def board_page(request: Request, board_id: str):
        data = board_data(board_id)
        by_year: dict[str, list] = {}
        for m in data["meetings"]:
            by_year.setdefault((m["date"] or "undated")[:4], []).append(m)
        rows = trend_rows(TrendParams(body=[board_id], org=[], board_type=[], by="year", group="organisation",
                                      date_from=None, date_to=None))
        series = chart_series(rows, lambda period, ids: meetings_link(ids) if ids
                              else meeting_search_link([board_id], period))
        return render(request, "board.html", board=data, by_year=by_year, chart=attendance_chart(series),
                      series=series, title=f"{data['name']} — boardpapers")

    @app.get("/organisations/{name}", response_class=HTMLResponse, include_in_schema=False)
    def organisation_page(request: Request, name: str):
        data = organisation_data(name)
        rows = [TrendRow(**{k: v for k, v in r.items() if k in TrendRow.__dataclass_fields__}) for r in data["rows"]]
        series = chart_series(rows, lambda period, ids: meetings_link(ids))
        return render(request, "organisation.html", org=data, series=series, chart=attendance_chart(series),
                      title=f"{(data['match'] or {}).get('name') or data['query']} — boardpapers")

    @app.get("/trends", response_class=HTMLResponse, include_in_schema=False)
    def trends_page(request: Request, params: TrendParams = Depends(trend_params)):
        rows = trend_rows(params)
        series = chart_series(rows, lambda period, ids: meetings_link(ids) if ids
                              else meeting_search_link(params.body, period, params.board_type))
        table = []
        for r in rows:
            table.append({"row": r, "meetings_href": meetings_link(r.meeting_ids) if r.meeting_ids else None,
                          "search_href": meeting_search_link(params.body, r.period, params.board_type)})
        return render(request, "trends.html", params=params, rows=table, series=series,
                      chart=attendance_chart(series), boards=board_names(),
                      csv_href="/api/attendance?" + qs({**params.params(), "format": "csv"}),
                      json_href="/api/attendance?" + qs(params.params()), title="Attendance trends — boardpapers")

    @app.get("/meetings", response_class=HTMLResponse, include_in_schema=False)
    def meetings_page(request: Request, id: list[str] = Query([], max_length=200)):
        ids = [i for i in dict.fromkeys(id) if ID_RE.match(i)][:200]
        names = board_names()
        meetings = []
        for mid in ids:
            m = ws.catalogue.meeting(mid)
            if m is None:
                continue
            docs = [{"document_id": r.document_id, "title": r.title, "type": r.type, "url": r.url,
                     "archive_url": archive_url(r.sha256)} for r in ws.catalogue.documents_where(meeting_id=mid)]
            meetings.append({"meeting_id": mid, "date": m["date"].isoformat() if m.get("date") else None,
                             "title": m.get("title"), "status": m.get("status"), "url": m.get("url"),
                             "body": m["source_id"], "board_name": names.get(m["source_id"], m["source_id"]),
                             "documents": docs})
        meetings.sort(key=lambda m: (m["date"] or "", m["meeting_id"]))
        return render(request, "meetings.html", meetings=meetings, title="Meetings — boardpapers")

    @app.get("/saved-searches", response_class=HTMLResponse, include_in_schema=False)
    def saved_searches_page(request: Request):
        saved = [saved_to_json(s) for s in ws.catalogue.saved_searches()]
        for s in saved:
            s["alerts"] = alert_entries(s["id"], 20)
        return render(request, "saved.html", saved=saved, title="Saved searches — boardpapers")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return Response(status_code=204)

    return app


# --- helpers ----------------------------------------------------------------------------------------------------


def safe_url(value: Any) -> str:
    """Only http(s) and site-relative links are rendered as links (never ``javascript:`` and friends)."""
    text = str(value or "").strip()
    if re.match(r"^https?://", text, re.IGNORECASE) or (text.startswith("/") and not text.startswith("//")):
        return text
    return "#"


def _csv_safe(value: Any) -> Any:
    """Cells that a spreadsheet would run as a formula get a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


_EXTENSIONS = {"application/pdf": ".pdf", "text/html": ".html", "text/plain": ".txt",
               "application/msword": ".doc",
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}


def _extension(content_type: str) -> str:
    return _EXTENSIONS.get(content_type.split(";")[0].strip(), "")


def _content_type_of(ws, sha: str) -> str:
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


ATOM = "http://www.w3.org/2005/Atom"


def _atom(saved: dict, entries: list[dict], base: str) -> bytes:
    ET.register_namespace("", ATOM)

    def sub(parent, tag, text=None, **attrs):
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: str(v) for k, v in attrs.items()})
        if text is not None:
            el.text = _xml_safe(str(text))
        return el

    feed = ET.Element(f"{{{ATOM}}}feed")
    sub(feed, "id", f"{base}/saved-searches/{saved['id']}")
    sub(feed, "title", f"boardpapers: {saved['name']}")
    created = saved.get("created_at")
    updated = max([e["created_at"] for e in entries if e["created_at"]]
                  + [created.isoformat() if created else "1970-01-01T00:00:00"])
    sub(feed, "updated", _rfc3339(updated))
    sub(feed, "link", rel="self", href=f"{base}/saved-searches/{saved['id']}/feed.atom")
    author = sub(feed, "author")
    sub(author, "name", "boardpapers")
    for e in entries:
        entry = sub(feed, "entry")
        sub(entry, "id", f"{base}/alerts/{e['id']}")
        what = "Changed" if e["kind"] == "changed" else "New"
        sub(entry, "title", f"{what}: {e['title']}" + (f" ({e['body']}, {e['meeting_date']})" if e["body"] else ""))
        sub(entry, "updated", _rfc3339(e["created_at"] or updated))
        sub(entry, "link", rel="alternate", href=f"{base}{e['document_url']}")
        if e["url"]:
            sub(entry, "link", rel="via", href=e["url"])
        if e["archive_url"]:
            sub(entry, "link", rel="enclosure", href=f"{base}{e['archive_url']}")
        sub(entry, "summary", f"{what} paper matching saved search {saved['name']!r}: {e['title']}"
                              + (f" — {e['type']}" if e["type"] else "") + (f", meeting {e['meeting_date']}" if e["meeting_date"] else ""))
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


def _rfc3339(value: str) -> str:
    return value if value.endswith("Z") or "+" in value[10:] else value + "Z"


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    return _XML_BAD.sub(" ", text)
