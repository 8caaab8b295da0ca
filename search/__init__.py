"""The search index: one interface (``SearchEngine`` in ``base``), two engines that give the same answers.

- ``embedded`` (default): Tantivy pages + SQLite tables in ``<home>/index/`` — see ``tantivy_engine`` (the
  SQLite FTS5-only engine it replaced is ``embedded``; ``fts5`` opens it, for comparisons).
- ``elasticsearch``: the official client against ``ELASTICSEARCH_URL`` — see ``elastic``.

``open_engine`` picks one from the argument, else ``BOARDPAPERS_ENGINE``, else ``embedded``.
"""
from __future__ import annotations

import os
from pathlib import Path

from boardpapers.errors import SearchError

from .base import BulkResult, SearchEngine

ENGINES = ("embedded", "elasticsearch")

__all__ = ["BulkResult", "SearchEngine", "ENGINES", "open_engine"]


def open_engine(name: str | None = None, *, home: Path, url: str | None = None, **options) -> SearchEngine:
    """Open the configured engine. ``options`` go to the engine (e.g. ``index_prefix`` for Elasticsearch)."""
    name = (name or os.environ.get("BOARDPAPERS_ENGINE") or "embedded").strip().lower()
    if name in ("es", "elastic"):
        name = "elasticsearch"
    if name in ("embedded", "fts5"):
        from .integrity import check_index, live_file

        check_index(live_file(Path(home) / "index"))  # a corrupt index: one clear line, and the cure
    if name == "embedded":
        from .tantivy_engine import TantivyEngine

        return TantivyEngine(Path(home) / "index", **options)
    if name == "fts5":  # the previous embedded engine (SQLite FTS5 only), kept for benchmarks
        from .embedded import EmbeddedEngine

        return EmbeddedEngine(Path(home) / "index", **options)
    if name == "elasticsearch":
        url = url or os.environ.get("ELASTICSEARCH_URL")
        if not url:
            raise SearchError(
                "engine elasticsearch needs a server: pass --es-url or set ELASTICSEARCH_URL "
                "(e.g. http://localhost:9200)"
            )
        from .elastic import ElasticsearchEngine

        return ElasticsearchEngine(url, **options)
    raise SearchError(f"unknown search engine {name!r}: use one of {', '.join(ENGINES)}")
