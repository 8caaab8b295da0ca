"""The embedded engine: SQLite FTS5 in the data directory, no server.

Layout of the index directory (``<home>/index/`` via ``open_engine``)::

    CURRENT                   name of the live generation file (replaced atomically with os.replace)
    index-0.sqlite            the first generation (used while CURRENT does not exist)
    index-<ns>.sqlite         a generation written by ``rebuild``

Why a pointer file rather than renaming a new database over the old one: in WAL mode a database's
``-wal`` / ``-shm`` sidecars are tied to its *path*; renaming a fresh file over a live WAL database lets a
later connection replay the old WAL into the new file. ``rebuild`` therefore writes a new generation file,
then atomically replaces ``CURRENT``; every operation checks ``CURRENT`` and reopens when it changed, and
connections that are mid-search keep reading the old file (still open, unlinked on POSIX) until they finish.
A write made by another process to the old generation *during* a rebuild is lost with it.

Tables in each generation:

- ``pages``: FTS5, one row per page, ``tokenize='porter unicode61'`` (English stemming, diacritics folded);
  rowid = ``document rowid << 20 | page number``, so a document's pages are one rowid range.
- ``documents`` (metadata), ``doc_orgs`` (display names, for facets), ``doc_org_keys`` (case-folded
  names / raw names / ids, for the organisation filter).
- ``decisions``: FTS5, decisions as searchable text linked to their item and page.
- ``meetings`` and ``attendance``: meetings with their resolved attendance rows, for trends.

Writes: one transaction per batch with no savepoints (a savepoint per document made FTS5 flush its pending
terms every time); when a batch fails, it is rolled back and written again one document at a time, each under
its own savepoint, so a bad document is reported and never sinks the others, and a crash never leaves a
half-written document (its old pages are deleted and the new ones inserted together).

This module is also the SQLite half of the default engine (``search.tantivy_engine``), which keeps its
documents, decisions and meetings tables and replaces only the page index.

Why it is kept whole (about 730 lines): the Tantivy engine subclasses ``EmbeddedEngine`` for everything but
the page index (catalogue tables, decisions search, trends, ``get_document``, batched writes with their
one-by-one fallback), and the FTS5 page index stays selectable (``BOARDPAPERS_ENGINE=fts5``) as the FTS5
baseline the benchmarks compare against and as the legacy layout that ``reindex`` migrates from. Splitting the
FTS5 page search from the shared SQLite half would move code another engineer's registry work touches.
"""
from __future__ import annotations

import html
import json
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Iterable

from boardpapers.errors import SearchError
from boardpapers.models import (
    AttendanceRecord,
    Decision,
    IndexedDocument,
    IndexedMeeting,
    Page,
    SearchHit,
    SearchQuery,
    SearchResult,
    TrendQuery,
    TrendRow,
)

from boardpapers.extractors.decisions import decision_kind
from boardpapers.models import DecisionHit, DecisionQuery, DecisionResult

from .base import BulkResult
from .common import FACET_SIZE, MARK_CLOSE, MARK_OPEN, clean_text, effective_sort, lead_snippet, org_keys, \
    validate_query
from .query import Node, is_pure_negative, parse, positive_part, to_fts5
from .decisions import attended_meeting_ids, check_query, finish, meetings_query
from .trends import compute_trends

PAGE_BITS = 20
MAX_PAGE = (1 << PAGE_BITS) - 1
DECISION_BITS = 12
SNIPPET_TOKENS = 32
BATCH = 200

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL UNIQUE,
    source_id TEXT NOT NULL,
    board_name TEXT,
    board_type TEXT,
    title TEXT,
    type TEXT,
    url TEXT,
    meeting_id TEXT,
    meeting_date TEXT,
    year TEXT,
    sha256 TEXT,
    page_count INTEGER NOT NULL DEFAULT 0,
    attendance TEXT
);
CREATE INDEX IF NOT EXISTS documents_date ON documents(meeting_date);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source_id);
CREATE TABLE IF NOT EXISTS doc_orgs (doc INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (doc, name)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS doc_org_keys (key TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (key, doc)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS doc_org_keys_doc ON doc_org_keys(doc);
CREATE VIRTUAL TABLE IF NOT EXISTS pages USING fts5(text, tokenize='porter unicode61');
CREATE VIRTUAL TABLE IF NOT EXISTS decisions USING fts5(
    text, item UNINDEXED, item_title UNINDEXED, page UNINDEXED, tokenize='porter unicode61');
CREATE TABLE IF NOT EXISTS decision_kinds (rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS decision_kinds_kind ON decision_kinds(kind);
CREATE TABLE IF NOT EXISTS meetings (
    meeting_id TEXT PRIMARY KEY,
    source_id TEXT NOT NULL,
    board_name TEXT,
    board_type TEXT,
    date TEXT,
    status TEXT,
    attendance_document_id TEXT,
    url TEXT
);
CREATE INDEX IF NOT EXISTS meetings_source_date ON meetings(source_id, date);
CREATE TABLE IF NOT EXISTS attendance (
    meeting_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    name TEXT, status TEXT, person TEXT, role TEXT,
    organisation TEXT, organisation_id TEXT, organisation_name TEXT, organisation_type TEXT,
    organisation_confidence REAL, substitute_for TEXT, qualifiers TEXT, status_raw TEXT,
    page INTEGER, span TEXT, origin TEXT,
    PRIMARY KEY (meeting_id, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
INSERT OR IGNORE INTO meta VALUES ('schema', '1');
"""

_ATT_COLS = (
    "name", "status", "person", "role", "organisation", "organisation_id", "organisation_name",
    "organisation_type", "organisation_confidence", "substitute_for", "qualifiers", "status_raw", "page",
    "span", "origin",
)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("PRAGMA cache_size=-65536")  # 64 MiB page cache
    conn.execute("PRAGMA mmap_size=268435456")
    return conn


def _write_each(conn: sqlite3.Connection, items: Iterable, write, id_field: str, result: BulkResult,
                before_commit=None) -> None:
    """Write ``items`` in one transaction. Fast path: the whole batch with no savepoint. If any item fails,
    the batch is rolled back and written again one item at a time, each under its own savepoint: a bad item
    is recorded in ``result.failed`` without sinking the others; a crash leaves none half-written.

    ``write(conn, item)`` returns what ``before_commit(written)`` needs (called with the list of
    ``(item, value)`` that were written, inside the transaction: an exception there rolls it all back)."""
    items = list(items)
    if not items:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        try:
            written = [(item, write(conn, item)) for item in items]
        except Exception:  # some item is bad: start again, one by one
            conn.execute("ROLLBACK")
            conn.execute("BEGIN IMMEDIATE")
            written = []
            for item in items:
                conn.execute("SAVEPOINT item")
                try:
                    value = write(conn, item)
                except Exception as exc:  # one bad item must not sink the batch
                    conn.execute("ROLLBACK TO item")
                    conn.execute("RELEASE item")
                    result.failed.append((getattr(item, id_field, "?"), f"{type(exc).__name__}: {exc}"))
                else:
                    conn.execute("RELEASE item")
                    written.append((item, value))
        if before_commit is not None:
            before_commit(written)
        conn.execute("COMMIT")
        result.indexed += len(written)
    except BaseException:
        conn.execute("ROLLBACK")
        raise


class EmbeddedEngine:
    """SQLite FTS5 engine. ``path`` is the index directory (created if missing)."""

    name = "embedded"

    def __init__(self, path: str | os.PathLike):
        self.dir = Path(path)
        if self.dir.suffix in (".sqlite", ".db"):
            raise SearchError(f"{self.dir}: the embedded index is a directory (e.g. <home>/index), not a file")
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SearchError(f"{self.dir}: cannot create the index directory ({exc.strerror or exc})") from exc
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._gen: str | None = None
        self._ensure()

    # --- generations -------------------------------------------------------------------------------------

    def _current(self) -> str:
        try:
            name = (self.dir / "CURRENT").read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return "index-0.sqlite"
        return name or "index-0.sqlite"

    def _db_path(self, gen: str) -> Path:
        """The SQLite file of generation ``gen``."""
        return self.dir / gen

    def _ensure(self) -> sqlite3.Connection:
        with self._lock:
            gen = self._current()
            if self._conn is None or gen != self._gen:
                if self._conn is not None:
                    self._conn.close()
                    self._conn = None
                try:
                    conn = _connect(self._db_path(gen))
                    conn.executescript(SCHEMA)
                except sqlite3.Error as exc:
                    raise SearchError(f"{self._db_path(gen)}: cannot open the search index ({exc})") from exc
                self._conn, self._gen = conn, gen
            return self._conn

    @property
    def path(self) -> Path:
        """The live generation file."""
        return self.dir / self._current()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
            self._conn, self._gen = None, None

    # --- writing -----------------------------------------------------------------------------------------

    def index_documents(self, docs: Iterable[IndexedDocument]) -> BulkResult:
        with self._lock:
            return self._index_documents(self._ensure(), docs)

    @staticmethod
    def _index_documents(conn: sqlite3.Connection, docs: Iterable[IndexedDocument]) -> BulkResult:
        result = BulkResult()
        batch: list[IndexedDocument] = []

        def flush():
            if not batch:
                return
            _write_each(conn, batch, _write_document, "document_id", result)
            batch.clear()

        for doc in docs:
            batch.append(doc)
            if len(batch) >= BATCH:
                flush()
        flush()
        return result

    def index_meetings(self, meetings: Iterable[IndexedMeeting]) -> BulkResult:
        with self._lock:
            return self._index_meetings(self._ensure(), meetings)

    @staticmethod
    def _index_meetings(conn: sqlite3.Connection, meetings: Iterable[IndexedMeeting]) -> BulkResult:
        result = BulkResult()
        _write_each(conn, meetings, _write_meeting, "meeting_id", result)
        return result

    def delete_document(self, document_id: str) -> None:
        with self._lock:
            conn = self._ensure()
            conn.execute("BEGIN IMMEDIATE")
            try:
                row = conn.execute("SELECT id FROM documents WHERE document_id = ?", (document_id,)).fetchone()
                if row:
                    self._delete_pages(row[0])
                    _delete_doc_rows(conn, row[0])
                    conn.execute("DELETE FROM documents WHERE id = ?", (row[0],))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    def _delete_pages(self, doc: int) -> None:
        """Remove a document's pages from a page index outside SQLite (none here; see tantivy_engine)."""

    def delete_meeting(self, meeting_id: str) -> None:
        with self._lock:
            conn = self._ensure()
            with conn:
                conn.execute("DELETE FROM attendance WHERE meeting_id = ?", (meeting_id,))
                conn.execute("DELETE FROM meetings WHERE meeting_id = ?", (meeting_id,))

    def rebuild(self, docs: Iterable[IndexedDocument], meetings: Iterable[IndexedMeeting]) -> BulkResult:
        """Write a new generation from scratch, then swap ``CURRENT`` to it atomically."""
        with self._lock:
            old = self._current()
            new = f"index-{time.time_ns()}.sqlite"
            new_path = self.dir / new
            conn = _connect(new_path)
            try:
                conn.executescript(SCHEMA)
                result = self._index_documents(conn, docs)
                m = self._index_meetings(conn, meetings)
                result.failed.extend(m.failed)
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute("ANALYZE")
            except BaseException:
                conn.close()
                for suffix in ("", "-wal", "-shm"):
                    Path(str(new_path) + suffix).unlink(missing_ok=True)
                raise
            conn.close()
            tmp = self.dir / f"CURRENT.{os.getpid()}.tmp"
            tmp.write_text(new + "\n", encoding="utf-8")
            os.replace(tmp, self.dir / "CURRENT")
            self._ensure()  # reopen on the new generation
            for suffix in ("", "-wal", "-shm"):
                Path(str(self.dir / old) + suffix).unlink(missing_ok=True)
            return result

    # --- reading -----------------------------------------------------------------------------------------

    def document_count(self) -> int:
        with self._lock:
            return self._ensure().execute("SELECT count(*) FROM documents").fetchone()[0]

    def get_document(self, document_id: str) -> IndexedDocument | None:
        with self._lock:
            conn = self._ensure()
            row = conn.execute(
                "SELECT id, document_id, source_id, board_name, board_type, title, type, url, meeting_id,"
                " meeting_date, sha256, attendance FROM documents WHERE document_id = ?", (document_id,)
            ).fetchone()
            if not row:
                return None
            doc = row[0]
            pages = self._document_pages(conn, doc)
            orgs = [r[0] for r in conn.execute("SELECT name FROM doc_orgs WHERE doc = ? ORDER BY name", (doc,))]
            decisions = [
                Decision(item=item, text=text, item_title=title, page=page, kind=kind)
                for text, item, title, page, kind in conn.execute(
                    "SELECT x.text, x.item, x.item_title, x.page, k.kind FROM decisions x"
                    " LEFT JOIN decision_kinds k ON k.rowid = x.rowid WHERE x.rowid BETWEEN ? AND ? ORDER BY x.rowid",
                    (doc << DECISION_BITS, (doc << DECISION_BITS) | ((1 << DECISION_BITS) - 1)),
                )
            ]
            import datetime as dt

            att = [_record_from_dict(r) for r in json.loads(row[11] or "[]")]
            return IndexedDocument(
                document_id=row[1], source_id=row[2], board_name=row[3] or "", board_type=row[4] or "other",
                title=row[5] or "", type=row[6] or "other", url=row[7] or "", meeting_id=row[8],
                meeting_date=dt.date.fromisoformat(row[9]) if row[9] else None, sha256=row[10] or "",
                pages=pages, organisations=orgs, attendance=att, decisions=decisions,
            )

    def _document_pages(self, conn: sqlite3.Connection, doc: int) -> list[Page]:
        return [
            Page(number=rid & MAX_PAGE, text=text)
            for rid, text in conn.execute(
                "SELECT rowid, text FROM pages WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
                (doc << PAGE_BITS, (doc << PAGE_BITS) | MAX_PAGE),
            )
        ]

    def search(self, query: SearchQuery) -> SearchResult:
        validate_query(query)
        tree = parse(query.q)
        with self._lock:
            conn = self._ensure()
            try:
                return self._search(conn, query, tree)
            except sqlite3.Error as exc:  # pragma: no cover - the renderer quotes everything
                raise SearchError(f"search index {self.path}: {exc}") from exc

    def facets(self, query: SearchQuery) -> dict[str, dict[str, int]]:
        q = SearchQuery(**{**query.__dict__, "facets": True, "limit": 0, "offset": 0})
        return self.search(q).facets

    def _filters(self, query: SearchQuery) -> tuple[str, list]:
        where, args = [], []
        if query.body:
            where.append(f"d.source_id IN ({','.join('?' * len(query.body))})")
            args += list(query.body)
        if query.board_type:
            where.append(f"d.board_type IN ({','.join('?' * len(query.board_type))})")
            args += list(query.board_type)
        if query.type:
            where.append(f"d.type IN ({','.join('?' * len(query.type))})")
            args += list(query.type)
        if query.date_from:
            where.append("d.meeting_date >= ?")
            args.append(query.date_from.isoformat())
        if query.date_to:
            where.append("d.meeting_date <= ?")
            args.append(query.date_to.isoformat())
        keys = sorted({k for o in query.org for k in org_keys([o])})
        if query.org:
            if not keys:
                where.append("0")
            else:
                where.append(f"d.id IN (SELECT doc FROM doc_org_keys WHERE key IN ({','.join('?' * len(keys))}))")
                args += keys
        return (" AND ".join(where) or "1"), args

    def _search(self, conn: sqlite3.Connection, query: SearchQuery, tree: Node | None) -> SearchResult:
        sort = effective_sort(query, tree)
        fwhere, fargs = self._filters(query)
        filtered = fwhere != "1"
        # 1. matching documents with their best page -> temp table
        conn.execute("DROP TABLE IF EXISTS temp.hits")
        doc_filter = f"(rowid >> {PAGE_BITS}) IN (SELECT d.id FROM documents d WHERE {fwhere})" if filtered else "1"
        if tree is None:
            sql = (
                "CREATE TEMP TABLE hits AS SELECT d.id AS doc, "
                f"(SELECT min(rowid) FROM pages WHERE rowid BETWEEN d.id << {PAGE_BITS} AND (d.id << {PAGE_BITS}) | {MAX_PAGE}) AS prow,"
                f" 0.0 AS r FROM documents d WHERE {fwhere}"
            )
            args: list = list(fargs)
            match = None
        elif is_pure_negative(tree):
            _, neg = positive_part(tree)
            neg_expr = " OR ".join(to_fts5(n) for n in neg)
            sql = (
                f"CREATE TEMP TABLE hits AS SELECT rowid >> {PAGE_BITS} AS doc, min(rowid) AS prow, 0.0 AS r "
                f"FROM pages WHERE rowid NOT IN (SELECT rowid FROM pages WHERE pages MATCH ?) AND {doc_filter} "
                "GROUP BY doc"
            )
            args = [neg_expr] + (list(fargs) if filtered else [])
            match = None
        else:
            match = to_fts5(tree)
            if sort == "relevance":
                sel = "min(rank) AS r"  # SQLite: bare rowid comes from the min(rank) row
                sql = (
                    f"CREATE TEMP TABLE hits AS SELECT rowid >> {PAGE_BITS} AS doc, rowid AS prow, {sel} "
                    f"FROM pages WHERE pages MATCH ? AND {doc_filter} GROUP BY doc"
                )
            else:  # date sorts: the first matching page, no ranking needed
                sql = (
                    f"CREATE TEMP TABLE hits AS SELECT rowid >> {PAGE_BITS} AS doc, min(rowid) AS prow, 0.0 AS r "
                    f"FROM pages WHERE pages MATCH ? AND {doc_filter} GROUP BY doc"
                )
            args = [match] + (list(fargs) if filtered else [])
        conn.execute(sql, args)
        try:
            total = conn.execute("SELECT count(*) FROM temp.hits").fetchone()[0]
            order = {
                "relevance": "h.r, d.document_id",
                "date": "d.meeting_date IS NULL, d.meeting_date DESC, d.document_id",
                "date_asc": "d.meeting_date IS NULL, d.meeting_date ASC, d.document_id",
            }[sort]
            rows = conn.execute(
                "SELECT d.document_id, d.title, d.source_id, d.meeting_date, d.type, d.url, d.board_name,"
                f" d.board_type, h.prow, h.r FROM temp.hits h JOIN documents d ON d.id = h.doc ORDER BY {order}"
                " LIMIT ? OFFSET ?",
                (max(0, query.limit), max(0, query.offset)),
            ).fetchall()
            hits = []
            import datetime as dt

            snippets = self._snippets(conn, [row[8] for row in rows if row[8] is not None], match)
            for document_id, title, body, date, dtype, url, bname, btype, prow, r in rows:
                snippet = snippets.get(prow, "") if prow is not None else ""
                hits.append(SearchHit(
                    document_id=document_id, title=title or "", body=body, type=dtype or "other", url=url or "",
                    meeting_date=dt.date.fromisoformat(date) if date else None, snippet=snippet,
                    page=(prow & MAX_PAGE) if prow is not None else None,
                    score=round(-r, 6) if (match and sort == "relevance" and r is not None) else None,
                    board_name=bname, board_type=btype,
                ))
            facets = self._facets(conn) if query.facets else {}
        finally:
            conn.execute("DROP TABLE IF EXISTS temp.hits")
        return SearchResult(total=total, hits=hits, facets=facets)

    @staticmethod
    def _snippets(conn: sqlite3.Connection, prows: list[int], match: str | None) -> dict[int, str]:
        """Snippets of the hit pages ``prows``: ONE statement for all of them (a statement per hit made FTS5
        expand a prefix query again for every hit)."""
        out: dict[int, str] = {}
        if not prows:
            return out
        marks = ",".join("?" * len(prows))
        if match:
            for rid, snip in conn.execute(
                f"SELECT rowid, snippet(pages, 0, '{MARK_OPEN}', '{MARK_CLOSE}', '\u2026', {SNIPPET_TOKENS}) "
                f"FROM pages WHERE pages MATCH ? AND rowid IN ({marks})", (match, *prows),
            ):
                if snip:
                    out[rid] = html.escape(snip, quote=False).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")
        rest = [p for p in prows if p not in out]
        if rest:
            for rid, text in conn.execute(
                f"SELECT rowid, substr(text, 1, 400) FROM pages WHERE rowid IN ({','.join('?' * len(rest))})", rest,
            ):
                out[rid] = lead_snippet(text or "")
        return out

    @staticmethod
    def _facets(conn: sqlite3.Connection) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for name, expr, join in (
            ("board", "d.source_id", "JOIN documents d ON d.id = h.doc"),
            ("year", "d.year", "JOIN documents d ON d.id = h.doc"),
            ("type", "d.type", "JOIN documents d ON d.id = h.doc"),
            ("organisation", "o.name", "JOIN doc_orgs o ON o.doc = h.doc"),
        ):
            rows = conn.execute(
                f"SELECT {expr} AS k, count(*) AS n FROM temp.hits h {join} WHERE {expr} IS NOT NULL "
                f"GROUP BY k ORDER BY n DESC, k LIMIT {FACET_SIZE}"
            ).fetchall()
            out[name] = {str(k): n for k, n in rows}
        return out

    def search_decisions(self, query: DecisionQuery) -> DecisionResult:
        """Decisions matching ``query`` (same text syntax as ``search``), newest first, with facets."""
        check_query(query)
        tree = parse(query.q)
        meeting_ids = None
        if query.org:
            meeting_ids = attended_meeting_ids(self.iter_meetings(meetings_query(query)), query.org)
            if not meeting_ids:
                return finish([], query)
        where, args = ["1"], []
        if tree is not None and not is_pure_negative(tree):
            where.append("decisions MATCH ?")
            args.append(to_fts5(tree))
        elif tree is not None:  # pure negation: everything except the matches
            where.append("x.rowid NOT IN (SELECT rowid FROM decisions WHERE decisions MATCH ?)")
            args.append(" OR ".join(to_fts5(n) for n in positive_part(tree)[1]))
        for column, values in (("d.source_id", query.body), ("k.kind", query.kind),
                               ("d.meeting_id", sorted(meeting_ids or ()))):
            if values:
                where.append(f"{column} IN ({','.join('?' * len(values))})")
                args += list(values)
        if query.date_from:
            where.append("d.meeting_date >= ?")
            args.append(query.date_from.isoformat())
        if query.date_to:
            where.append("d.meeting_date <= ?")
            args.append(query.date_to.isoformat())
        import datetime as dt

        with self._lock:
            conn = self._ensure()
            try:
                rows = conn.execute(
                    "SELECT x.rowid, x.text, k.kind, x.item, x.item_title, d.source_id, d.meeting_date,"
                    " d.document_id, x.page, d.url, d.board_name, d.title, d.meeting_id"
                    f" FROM decisions x JOIN documents d ON d.id = (x.rowid >> {DECISION_BITS})"
                    f" LEFT JOIN decision_kinds k ON k.rowid = x.rowid WHERE {' AND '.join(where)}", args,
                ).fetchall()
            except sqlite3.Error as exc:  # pragma: no cover - the renderer quotes everything
                raise SearchError(f"search index {self.path}: {exc}") from exc
        return finish([
            (r[0] & ((1 << DECISION_BITS) - 1), DecisionHit(
                text=r[1], kind=r[2] or decision_kind(r[1]), item=r[3], item_title=r[4], body=r[5],
                meeting_date=dt.date.fromisoformat(r[6]) if r[6] else None, document_id=r[7], page=r[8],
                url=r[9] or "", board_name=r[10], title=r[11], meeting_id=r[12]))
            for r in rows
        ], query)

    def attendance_trends(self, query: TrendQuery, today=None) -> list[TrendRow]:
        return compute_trends(self.iter_meetings(query), query, today=today)

    def iter_meetings(self, query: TrendQuery | None = None) -> list[IndexedMeeting]:
        """The meetings on the selected boards / dates with their attendance (no counting here)."""
        def cond(prefix: str) -> tuple[str, list]:
            where, args = [], []
            if query and query.body:
                where.append(f"{prefix}source_id IN ({','.join('?' * len(query.body))})")
                args += list(query.body)
            if query and query.board_type:
                where.append(f"{prefix}board_type IN ({','.join('?' * len(query.board_type))})")
                args += list(query.board_type)
            if query and query.date_from:
                where.append(f"{prefix}date >= ?")
                args.append(query.date_from.isoformat())
            if query and query.date_to:
                where.append(f"{prefix}date <= ?")
                args.append(query.date_to.isoformat())
            return " AND ".join(where) or "1", args

        import datetime as dt

        with self._lock:
            conn = self._ensure()
            meetings: dict[str, IndexedMeeting] = {}
            for mid, src, bname, btype, date, status, adoc, url in conn.execute(
                "SELECT meeting_id, source_id, board_name, board_type, date, status, attendance_document_id, url"
                " FROM meetings WHERE %s ORDER BY date, meeting_id" % cond("")[0], cond("")[1],
            ):
                meetings[mid] = IndexedMeeting(
                    meeting_id=mid, source_id=src, board_name=bname or "", board_type=btype or "other",
                    date=dt.date.fromisoformat(date) if date else None, status=status or "unknown",
                    attendance_document_id=adoc, url=url,
                )
            cols = ", ".join("a." + c for c in _ATT_COLS)
            for row in conn.execute(
                f"SELECT a.meeting_id, {cols} FROM attendance a JOIN meetings m ON m.meeting_id = a.meeting_id"
                " WHERE %s ORDER BY a.meeting_id, a.seq" % cond("m.")[0], cond("m.")[1],
            ):
                rec = dict(zip(_ATT_COLS, row[1:]))
                meetings[row[0]].attendance.append(_record_from_row(rec))
        return list(meetings.values())


# --- row helpers ----------------------------------------------------------------------------------------------


def _delete_doc_rows(conn: sqlite3.Connection, doc: int) -> None:
    conn.execute("DELETE FROM pages WHERE rowid BETWEEN ? AND ?", (doc << PAGE_BITS, (doc << PAGE_BITS) | MAX_PAGE))
    conn.execute(
        "DELETE FROM decisions WHERE rowid BETWEEN ? AND ?",
        (doc << DECISION_BITS, (doc << DECISION_BITS) | ((1 << DECISION_BITS) - 1)),
    )
    conn.execute(
        "DELETE FROM decision_kinds WHERE rowid BETWEEN ? AND ?",
        (doc << DECISION_BITS, (doc << DECISION_BITS) | ((1 << DECISION_BITS) - 1)),
    )
    conn.execute("DELETE FROM doc_orgs WHERE doc = ?", (doc,))
    conn.execute("DELETE FROM doc_org_keys WHERE doc = ?", (doc,))


def document_pages(doc: IndexedDocument) -> dict[int, str]:
    """The pages as indexed: number -> cleaned text (a page number out of range is a bad document)."""
    pages: dict[int, str] = {}
    for p in doc.pages:
        if not isinstance(p.number, int) or not 1 <= p.number <= MAX_PAGE:
            raise ValueError(f"page number {p.number!r} out of range 1..{MAX_PAGE}")
        pages[p.number] = clean_text(p.text)
    return pages


def _write_document(conn: sqlite3.Connection, doc: IndexedDocument, fts_pages: bool = True) -> tuple[int, dict[int, str]]:
    """Write one document's rows; returns its row id and its pages. ``fts_pages=False``: the pages go to
    another page index (the caller's), not to the ``pages`` FTS5 table."""
    if not doc.document_id:
        raise ValueError("document without document_id")
    pages = document_pages(doc)
    date = doc.meeting_date.isoformat() if doc.meeting_date else None
    att = json.dumps([r.to_dict() for r in doc.attendance]) if doc.attendance else None
    meta = (
        doc.source_id, doc.board_name, doc.board_type, doc.title, doc.type, doc.url, doc.meeting_id, date,
        date[:4] if date else None, doc.sha256, len(pages), att,
    )
    row = conn.execute("SELECT id FROM documents WHERE document_id = ?", (doc.document_id,)).fetchone()
    if row:
        did = row[0]
        _delete_doc_rows(conn, did)
        conn.execute(
            "UPDATE documents SET source_id=?, board_name=?, board_type=?, title=?, type=?, url=?, meeting_id=?,"
            " meeting_date=?, year=?, sha256=?, page_count=?, attendance=? WHERE id=?", (*meta, did),
        )
    else:
        did = conn.execute(
            "INSERT INTO documents (document_id, source_id, board_name, board_type, title, type, url, meeting_id,"
            " meeting_date, year, sha256, page_count, attendance) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc.document_id, *meta),
        ).lastrowid
    if fts_pages:
        conn.executemany(
            "INSERT INTO pages (rowid, text) VALUES (?, ?)",
            [((did << PAGE_BITS) | n, text) for n, text in sorted(pages.items())],
        )
    names = {o.strip() for o in doc.organisations if o and o.strip()}
    conn.executemany("INSERT OR IGNORE INTO doc_orgs VALUES (?, ?)", [(did, n) for n in names])
    keys = org_keys(list(names) + [
        v for r in doc.attendance for v in (r.organisation, r.organisation_id, r.organisation_name) if v
    ])
    conn.executemany("INSERT OR IGNORE INTO doc_org_keys VALUES (?, ?)", [(k, did) for k in keys])
    if len(doc.decisions) >= (1 << DECISION_BITS):
        raise ValueError(f"too many decisions ({len(doc.decisions)})")
    conn.executemany(
        "INSERT INTO decisions (rowid, text, item, item_title, page) VALUES (?, ?, ?, ?, ?)",
        [((did << DECISION_BITS) | i, clean_text(d.text), d.item, d.item_title, d.page)
         for i, d in enumerate(doc.decisions)],
    )
    conn.executemany(  # an extraction stored before kinds existed gets its kind from the same rule
        "INSERT INTO decision_kinds (rowid, kind) VALUES (?, ?)",
        [((did << DECISION_BITS) | i, d.kind or decision_kind(d.text)) for i, d in enumerate(doc.decisions)],
    )
    return did, pages


def _write_meeting(conn: sqlite3.Connection, m: IndexedMeeting) -> None:
    if not m.meeting_id:
        raise ValueError("meeting without meeting_id")
    conn.execute("DELETE FROM attendance WHERE meeting_id = ?", (m.meeting_id,))
    conn.execute(
        "INSERT OR REPLACE INTO meetings VALUES (?,?,?,?,?,?,?,?)",
        (m.meeting_id, m.source_id, m.board_name, m.board_type, m.date.isoformat() if m.date else None,
         m.status, m.attendance_document_id, m.url),
    )
    rows = []
    for i, r in enumerate(m.attendance):
        d = r.to_dict()
        d["qualifiers"] = json.dumps(d.get("qualifiers") or [])
        d["span"] = json.dumps(d["span"]) if d.get("span") is not None else None
        rows.append((m.meeting_id, i, *[d.get(c) for c in _ATT_COLS]))
    conn.executemany(
        f"INSERT INTO attendance (meeting_id, seq, {', '.join(_ATT_COLS)}) VALUES ({','.join('?' * (len(_ATT_COLS) + 2))})",
        rows,
    )


def _record_from_row(d: dict) -> AttendanceRecord:
    d = dict(d)
    d["qualifiers"] = json.loads(d["qualifiers"]) if d.get("qualifiers") else []
    d["span"] = tuple(json.loads(d["span"])) if d.get("span") else None
    d["origin"] = d.get("origin") or "text"
    return AttendanceRecord(**d)


def _record_from_dict(d: dict) -> AttendanceRecord:
    d = {k: v for k, v in d.items() if k in AttendanceRecord.__dataclass_fields__}
    if d.get("span") is not None:
        d["span"] = tuple(d["span"])
    return AttendanceRecord(**d)
