"""The one index interface. Both engines (embedded SQLite FTS5, Elasticsearch) implement it and must give
the same answers; tests/search/test_contract.py runs the same suite against both."""
from __future__ import annotations

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

    def search(self, query: SearchQuery) -> SearchResult: ...

    def attendance_trends(self, query: TrendQuery) -> list[TrendRow]: ...

    def search_decisions(self, query: DecisionQuery) -> DecisionResult:
        """Decisions across boards, newest first, with board / kind / year facets (see ``search.decisions``)."""

    def rebuild(self, docs: Iterable[IndexedDocument], meetings: Iterable[IndexedMeeting]) -> BulkResult:
        """Build a fresh index from scratch and swap it in (no window where searches see nothing)."""

    def document_count(self) -> int: ...

    def close(self) -> None: ...
