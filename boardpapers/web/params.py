"""Query parameters shared by the API and the HTML pages: parsing, validation, limits, link building.

Every bad value raises ``BadParameter`` (answered as 422 naming the parameter); nothing here touches the
workspace.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Iterable
from urllib.parse import urlencode

from fastapi import Query
from pydantic import BaseModel, Field, field_validator

from boardpapers.models import BOARD_TYPES, DECISION_KINDS, DOCUMENT_TYPES, DecisionQuery, SearchQuery
from boardpapers.search.common import SORTS  # the engines' sort orders: one list

MAX_Q = 500
MAX_PER_PAGE = 100
MAX_DECISIONS_PER_PAGE = 10000  # exports take every decision of a selection in one page
MAX_PAGE = 1000
MAX_FILTER_VALUES = 50
MAX_FILTER_CHARS = 200
PERIODS = ("year", "quarter", "month")
GROUPS = ("organisation", "organisation_type")
SHA_RE = re.compile(r"^[0-9a-f]{64}$")
ID_RE = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")
SEARCH_CSV_COLUMNS = ("document_id", "title", "body", "board_name", "board_type", "meeting_date", "type", "page",
                      "url", "archive_url", "snippet")


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



@dataclass
class DecisionParams:
    q: str
    body: list[str]
    org: list[str]
    kind: list[str]
    date_from: dt.date | None
    date_to: dt.date | None
    page: int
    per_page: int

    def query(self, org: list[str], facets: bool = False) -> DecisionQuery:
        """``org`` is ``self.org`` expanded into its lineage by the caller."""
        return DecisionQuery(q=self.q, body=self.body, org=org, kind=self.kind, date_from=self.date_from,
                             date_to=self.date_to, limit=self.per_page, offset=(self.page - 1) * self.per_page,
                             facets=facets)

    def params(self, **changes) -> dict[str, Any]:
        values: dict[str, Any] = {"q": self.q, "body": self.body, "org": self.org, "kind": self.kind,
                                  "from": self.date_from.isoformat() if self.date_from else "",
                                  "to": self.date_to.isoformat() if self.date_to else "",
                                  "page": self.page if self.page != 1 else "",
                                  "limit": self.per_page if self.per_page != 50 else ""}
        values.update(changes)
        return values


def decision_params(
    q: str = Query("", max_length=MAX_Q, description="words in the decision: \"phrases\", AND / OR / NOT, prefix*"),
    body: list[str] = Query([], description="board (source id); repeatable"),
    org: list[str] = Query([], description="decisions of meetings this organisation attended (followed through "
                                           "reorganisations); repeatable"),
    kind: list[str] = Query([], description="approved | agreed | noted | deferred | rejected | other; repeatable"),
    date_from: str | None = Query(None, alias="from", description="meeting date, YYYY-MM-DD"),
    date_to: str | None = Query(None, alias="to", description="meeting date, YYYY-MM-DD"),
    page: int = Query(1, ge=1, le=MAX_PAGE),
    per_page: int = Query(50, ge=1, le=MAX_DECISIONS_PER_PAGE, alias="limit",
                          description=f"decisions per page (at most {MAX_DECISIONS_PER_PAGE})"),
) -> DecisionParams:
    start, end = parse_date("from", date_from), parse_date("to", date_to)
    check_range(start, end)
    return DecisionParams(q=q.strip(), body=clean_values("body", body), org=clean_values("org", org),
                          kind=clean_values("kind", kind, DECISION_KINDS), date_from=start, date_to=end, page=page,
                          per_page=per_page)


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
        return _only_from(values, DOCUMENT_TYPES, "type")

    @field_validator("board_type")
    @classmethod
    def _board_types(cls, values: list[str]) -> list[str]:
        return _only_from(values, BOARD_TYPES, "board_type")

    def query_dict(self) -> dict:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise BadParameter("from", "the date range is empty")
        return {"q": self.q.strip(), "body": self.body, "org": self.org, "type": self.type,
                "board_type": self.board_type,
                "date_from": self.date_from.isoformat() if self.date_from else None,
                "date_to": self.date_to.isoformat() if self.date_to else None}



def qs(params: dict) -> str:
    """A query string from a dict whose values may be lists (repeated keys); empty values are left out."""
    flat = []
    for key, value in params.items():
        if isinstance(value, (list, tuple)):
            flat.extend((key, v) for v in value if v not in (None, ""))
        elif value not in (None, ""):
            flat.append((key, value))
    return urlencode(flat)


def safe_url(value: Any) -> str:
    """Only http(s) and site-relative links are rendered as links (never ``javascript:`` and friends)."""
    text = str(value or "").strip()
    if re.match(r"^https?://", text, re.IGNORECASE) or (text.startswith("/") and not text.startswith("//")):
        return text
    return "#"


def _only_from(values: list[str], allowed, name: str) -> list[str]:
    """A multi-valued filter whose every value must be one of ``allowed``."""
    if any(v not in allowed for v in values):
        raise ValueError(f"{name} must be one of {', '.join(allowed)}")
    return values
