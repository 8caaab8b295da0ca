"""The default embedded engine: Tantivy (through its official Python bindings) for pages, SQLite for the rest.

Why: SQLite FTS5 must score every matching page to rank the top 20 (bm25 has no early termination), which at
a million pages costs seconds for a common word. Tantivy ranks with block-max WAND (only the blocks that can
still reach the top k are scored) and counts from columnar fast fields. Measured side by side in
``benchmarks/search_scale.py`` (see benchmarks/README.md).

Layout of the index directory (``<home>/index/``)::

    CURRENT                     name of the live generation (replaced atomically with os.replace)
    g2-<ns>/catalogue.sqlite    documents, organisations, decisions, meetings, attendance (``embedded``'s schema;
                                its ``pages`` FTS5 table stays empty)
    g2-<ns>/pages/              Tantivy: one entry per PAGE (ranking, snippets, page numbers; the page text
                                stored as written in ``body``)
    g2-<ns>/docs/               Tantivy: one entry per DOCUMENT, every page a value of one multi-valued text
                                field (exact totals and facets for queries a single page decides)

A directory written by an earlier engine (``index-*.sqlite``, FTS5 only, or a ``gen-*`` generation whose
Tantivy indexes analysed the text themselves) is detected: searching or indexing then raises a ``SearchError``
telling the user to run ``boardpapers reindex`` (``rebuild`` works on it and deletes the old files).

Analysis: every page is analysed once in Python (``tantivy_index._Gen.index_text``: each distinct
whitespace token through the analyzer, cached) and the analysed words go to both indexes, whose tokenizer only
splits on spaces; queries are analysed by the same analyzer.

Matching is per page, as in every engine: a document matches when one of its pages does, it is ranked by its
best page's BM25 score, and its hit shows that page. For queries a single page decides in the same way as the
whole document (no query, a word, a phrase, a prefix, an OR of those: phrases never span two pages, as
Tantivy leaves a position gap between values) the document index gives the exact ``total`` and exact facets
directly. For the others (AND, NOT) the pages index is counted per document: exactly when facets are asked
for, otherwise up to ``TOTAL_EXACT_LIMIT`` documents and then reported as "more than" that
(``SearchResult.total_exact`` is False).

Phrases: Tantivy checks positions on every page holding all of a phrase's words and cannot skip blocks, so
a phrase's top documents are fetched in one round at the large limit (see ``tantivy_search.top_documents``),
and while a core is idle the two halves of the row ids are ranked at once, with the count beside them
(``tantivy_search.parallel``).

Modules: this one (the engine, generations, writes), ``tantivy_index`` (analyzers, schemas, documents),
``tantivy_search`` (one search).

Writes: the SQLite rows of a batch are written in one transaction (see ``embedded._write_each``), the pages and
documents are added to both Tantivy indexes and committed, then the SQLite transaction commits. A crash between
the two commits leaves Tantivy entries whose row id SQLite never committed; new documents therefore always
delete their row id from Tantivy first, and hits without a catalogue row are skipped.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Iterable

from boardpapers.errors import SearchError
from boardpapers.models import IndexedDocument, IndexedMeeting, Page, SearchQuery, SearchResult

from .base import BulkResult
from .embedded import SCHEMA, EmbeddedEngine, _connect, _write_document, _write_each
from .integrity import GENERATION_PREFIX, live_generation
from .query import Node
from .tantivy_index import _add_meta, _Gen, _meta, _tantivy
from .tantivy_search import TOTAL_EXACT_LIMIT, _Search  # noqa: F401  (TOTAL_EXACT_LIMIT: part of this module's interface)

BATCH = 2000  # documents per SQLite transaction and (outside a rebuild) per Tantivy commit
FORMAT = GENERATION_PREFIX  # generation directories of this layout start with this ("gen": the layout before)
LEGACY_MESSAGE = (
    "{dir}: this search index was written by an older boardpapers; "
    "run `boardpapers reindex` to rebuild it from the catalogue (nothing is downloaded)"
)


class TantivyEngine(EmbeddedEngine):
    """Tantivy pages + SQLite catalogue tables. ``path`` is the index directory (created if missing)."""

    name = "embedded"

    def __init__(self, path: str | os.PathLike, *, writer_heap_mb: int = 128):
        self._tv: _Gen | None = None
        self._heap = writer_heap_mb * 1_000_000
        try:
            super().__init__(path)
        except SearchError:
            if not self._legacy(self._current()):
                raise
            # an old directory: every use says to run `reindex`, and rebuild() (what reindex calls) works

    # --- generations -------------------------------------------------------------------------------------

    def _current(self) -> str:
        return live_generation(self.dir, default=f"{FORMAT}-0")

    def _legacy(self, gen: str) -> bool:
        return not gen.startswith(FORMAT + "-")

    def _db_path(self, gen: str) -> Path:
        return self.dir / gen / "catalogue.sqlite"

    def _ensure(self) -> sqlite3.Connection:
        with self._lock:
            gen = self._current()
            if self._legacy(gen):
                raise SearchError(LEGACY_MESSAGE.format(dir=self.dir))
            if self._conn is None or gen != self._gen or self._tv is None:
                (self.dir / gen).mkdir(parents=True, exist_ok=True)
                self._tv = None
                conn = super()._ensure()
                self._tv = _Gen(self.dir / gen, create=True)
                return conn
            return self._conn

    def close(self) -> None:
        with self._lock:
            self._tv = None
            super().close()

    @property
    def path(self) -> Path:
        return self.dir / self._current()

    # --- writing -----------------------------------------------------------------------------------------

    def _writer(self, idx, threads: int):
        """A Tantivy writer; another process may hold the index's lock for a while (as SQLite's busy timeout)."""
        deadline = time.monotonic() + 30
        while True:
            try:
                return idx.writer(heap_size=self._heap, num_threads=threads)
            except ValueError as exc:
                if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                    raise SearchError(f"{self.path}: cannot write the search index ({exc})") from exc
                time.sleep(0.05)

    def index_documents(self, docs: Iterable[IndexedDocument]) -> BulkResult:
        with self._lock:
            conn = self._ensure()
            return self._index_into(conn, self._tv, docs, fresh=False)

    def _index_into(self, conn: sqlite3.Connection, tv: _Gen, docs: Iterable[IndexedDocument], fresh: bool) -> BulkResult:
        result = BulkResult()
        writers = {}

        def writer(kind: str):
            if kind not in writers:
                writers[kind] = self._writer(tv.index[kind], 0 if fresh else 1)
            return writers[kind]

        def add(written):
            """Inside the SQLite transaction of a batch: Tantivy commits first (outside a rebuild), so a
            failure there rolls the SQLite batch back too."""
            t = _tantivy()
            written = list({did: (doc, (did, pages)) for doc, (did, pages) in written}.values())  # last version wins
            pw, dw = writer("pages"), writer("docs")
            if not fresh and written:  # new versions, or row ids left by a crashed write: drop what Tantivy has
                # (by query: delete_documents_by_term does not match integer fields)
                dids = sorted(did for _, (did, _) in written)
                for kind, w in (("pages", pw), ("docs", dw)):
                    w.delete_documents_by_query(t.Query.term_set_query(tv.schemas[kind], "doc", dids))
            index_text = tv.index_text
            for doc, (did, pages) in written:
                meta = _meta(doc)
                d = t.Document()
                d.add_unsigned("doc", did)
                for number, text in sorted(pages.items()):
                    words = index_text(text)  # analysed once, for both indexes
                    p = t.Document()
                    p.add_unsigned("doc", did)
                    p.add_unsigned("page", number)
                    p.add_text("text", words)
                    p.add_bytes("body", text.encode("utf-8"))
                    _add_meta(p, meta, "pages")
                    pw.add_document(p)
                    d.add_text("text", words)
                _add_meta(d, meta, "docs")
                dw.add_document(d)
            if not fresh:
                pw.commit()
                dw.commit()

        def write(c, doc):
            return _write_document(c, doc, fts_pages=False)

        batch: list[IndexedDocument] = []
        try:
            for doc in docs:
                batch.append(doc)
                if len(batch) >= BATCH:
                    _write_each(conn, batch, write, "document_id", result, before_commit=add)
                    batch.clear()
            if batch:
                _write_each(conn, batch, write, "document_id", result, before_commit=add)
            if fresh:  # a rebuild commits once; its generation is thrown away if anything fails
                for w in writers.values():
                    w.commit()
            for w in writers.values():
                w.wait_merging_threads()
        except BaseException:
            for w in writers.values():
                try:
                    w.rollback()
                except Exception:
                    pass
            raise
        if writers:
            for idx in tv.index.values():
                idx.reload()
        return result

    def _delete_pages(self, doc: int) -> None:
        t = _tantivy()
        for kind, idx in self._tv.index.items():
            w = self._writer(idx, 1)
            w.delete_documents_by_query(t.Query.term_query(self._tv.schemas[kind], "doc", doc))
            w.commit()
            w.wait_merging_threads()
            idx.reload()

    def rebuild(self, docs: Iterable[IndexedDocument], meetings: Iterable[IndexedMeeting]) -> BulkResult:
        """Write a new generation from scratch, then swap ``CURRENT`` to it atomically (also migrates a
        directory written by the previous engine: its files are deleted after the swap)."""
        with self._lock:
            old = self._current()
            new = f"{FORMAT}-{time.time_ns()}"
            new_dir = self.dir / new
            try:
                new_dir.mkdir(parents=True)
                conn = _connect(self._db_path(new))
                try:
                    conn.executescript(SCHEMA)
                    conn.execute("PRAGMA synchronous=OFF")  # a crash mid-rebuild discards the generation anyway
                    tv = _Gen(new_dir, create=True)
                    result = self._index_into(conn, tv, docs, fresh=True)
                    m = self._index_meetings(conn, meetings)
                    result.failed.extend(m.failed)
                    conn.execute("PRAGMA synchronous=NORMAL")
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    conn.execute("ANALYZE")
                finally:
                    conn.close()
                    tv = None
            except BaseException:
                shutil.rmtree(new_dir, ignore_errors=True)
                raise
            tmp = self.dir / f"CURRENT.{os.getpid()}.tmp"
            tmp.write_text(new + "\n", encoding="utf-8")
            os.replace(tmp, self.dir / "CURRENT")
            self.close()
            self._ensure()
            if (self.dir / old).is_dir():  # this engine's generation, or an older layout's
                if old != new:
                    shutil.rmtree(self.dir / old, ignore_errors=True)
            else:  # the FTS5-only engine's file
                for suffix in ("", "-wal", "-shm"):
                    Path(str(self.dir / old) + suffix).unlink(missing_ok=True)
            return result

    # --- reading -----------------------------------------------------------------------------------------

    def _document_pages(self, conn: sqlite3.Connection, doc: int) -> list[Page]:
        t = _tantivy()
        idx = self._tv.index["pages"]
        s = idx.searcher()
        res = s.search(t.Query.term_query(self._tv.schemas["pages"], "doc", doc), limit=1 << 20, count=False)
        pages = []
        for _, addr in res.hits:
            d = s.doc(addr)
            pages.append(Page(number=d.get_first("page"), text=(d.get_first("body") or b"").decode("utf-8")))
        return sorted(pages, key=lambda p: p.number)

    def _search(self, conn: sqlite3.Connection, query: SearchQuery, tree: Node | None) -> SearchResult:
        tv = self._tv
        try:
            return _Search(tv, conn, query, tree).run()
        except ValueError as exc:  # Tantivy reports its errors as ValueError
            raise SearchError(f"search index {self.path}: {exc}") from exc
