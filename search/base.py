"""The one index interface. Both engines (embedded SQLite FTS5, Elasticsearch) implement it and must give
the same answers; tests/search/test_contract.py runs the same suite against both. The app, the CLI and the
pipeline call nothing else on an engine (tests/search/test_registry.py checks each registered engine has all)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Protocol

from boardpapers.models import (DecisionQuery, DecisionResult, IndexedDocument, IndexedMeeting, SearchQuery,
                                SearchResult, TrendQuery, TrendRow)


@dataclass
class BulkResult:
    indexed: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (document_id, reason)


class SearchEngine(Protocol):
    name: str  # "embedded" | "elasticsearch"

    def index_documents(self, docs: Iterable[IndexedDocument]) -> BulkResult:
        """Add or replace (by document_id) documents; a new version replaces the old one."""

    def index_meetings(self, meetings: Iterable[IndexedMeeting]) -> BulkResult:
        """Add or replace (by meeting_id) meetings and their resolved attendance, for trends."""

    def delete_document(self, document_id: str) -> None: ...

    def delete_meeting(self, meeting_id: str) -> None: ...

    def search(self, query: SearchQuery) -> SearchResult: ...

    def facets(self, query: SearchQuery) -> dict[str, dict[str, int]]:
        """Counts by facet (board, type, year, …) of every document the query matches."""

    def get_document(self, document_id: str) -> IndexedDocument | None:
        """The document as indexed (its pages' text included), or None when the index does not hold it."""

    def iter_meetings(self, query: TrendQuery | None = None) -> list[IndexedMeeting]:
        """The indexed meetings (with resolved attendance) the query's filters select; every one for None."""

    def attendance_trends(self, query: TrendQuery, today: dt.date | None = None) -> list[TrendRow]: ...

    def search_decisions(self, query: DecisionQuery) -> DecisionResult:
        """Decisions across boards, newest first, with board / kind / year facets (see ``search.decisions``)."""

    def rebuild(self, docs: Iterable[IndexedDocument], meetings: Iterable[IndexedMeeting]) -> BulkResult:
        """Build a fresh index from scratch and swap it in (no window where searches see nothing)."""

    def document_count(self) -> int: ...

    def close(self) -> None: ...
