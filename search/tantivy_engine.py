"""The default embedded engine: Tantivy (through its official Python bindings) for pages, SQLite for the rest.

Why: SQLite FTS5 must score every matching page to rank the top 20 (bm25 has no early termination), which at
a million pages costs seconds for a common word. Tantivy ranks with block-max WAND (only the blocks that can
still reach the top k are scored) and counts from columnar fast fields. Measured side by side in
``benchmarks/search_scale.py`` (see benchmarks/README.md).

Layout of the index directory (``<home>/index/``)::

    CURRENT                     name of the live generation (replaced atomically with os.replace)
    gen-<ns>/catalogue.sqlite   documents, organisations, decisions, meetings, attendance (``embedded``'s schema;
                                its ``pages`` FTS5 table stays empty)
    gen-<ns>/pages/             Tantivy: one entry per PAGE (ranking, snippets, page numbers)
    gen-<ns>/docs/              Tantivy: one entry per DOCUMENT, every page a value of one multi-valued text
                                field (exact totals and facets for queries a single page decides)

A directory written by the previous engine (``index-*.sqlite``, FTS5 only) is detected: searching or indexing
then raises a ``SearchError`` telling the user to run ``boardpapers reindex`` (``rebuild`` works on it and
deletes the old files).

Matching is per page, as in every engine: a document matches when one of its pages does, it is ranked by its
best page's BM25 score, and its hit shows that page. For queries a single page decides in the same way as the
whole document (no query, a word, a phrase, a prefix, an OR of those: phrases never span two pages, as
Tantivy leaves a position gap between values) the document index gives the exact ``total`` and exact facets
directly. For the others (AND, NOT) the pages index is counted per document: exactly when facets are asked
for, otherwise up to ``TOTAL_EXACT_LIMIT`` documents and then reported as "more than" that
(``SearchResult.total_exact`` is False).

Writes: the SQLite rows of a batch are written in one transaction (see ``embedded._write_each``), the pages and
documents are added to both Tantivy indexes and committed, then the SQLite transaction commits. A crash between
the two commits leaves Tantivy entries whose row id SQLite never committed; new documents therefore always
delete their row id from Tantivy first, and hits without a catalogue row are skipped.
"""
from __future__ import annotations

import datetime as dt
import html
import os
import re
import shutil
import sqlite3
import time
from pathlib import Path
from typing import Iterable

from boardpapers.errors import SearchError
from boardpapers.models import IndexedDocument, IndexedMeeting, Page, SearchHit, SearchQuery, SearchResult

from .base import BulkResult
from .common import FACET_SIZE, TOTAL_EXACT_LIMIT, effective_sort, lead_snippet, org_keys
from .embedded import SCHEMA, EmbeddedEngine, _connect, _write_document, _write_each
from .integrity import live_generation
from .query import And, Leaf, Node, Not, Or, is_pure_negative, page_decided, positive_part

TIE_FETCH = 8192  # pages fetched at most to order documents tied (equal score or date) at the page boundary
COUNT_CHUNK = 16_384  # document row ids counted per aggregation call (Tantivy caps buckets at 65,000)
BATCH = 2000  # documents per SQLite transaction and (outside a rebuild) per Tantivy commit
SNIPPET_CHARS = 200  # as Elasticsearch's fragment_size
TERM_AGG_SIZE = 20_000  # facet buckets asked of Tantivy: all of them in practice, so counts are exact
MAX_PREFIX_TERMS = 1000  # a prefix expands to at most this many indexed words (as Elasticsearch's max_expansions)
FORMAT = "gen"  # generation directories of this engine start with this
LEGACY_MESSAGE = (
    "{dir}: this search index was written by an older boardpapers (SQLite FTS5 only); "
    "run `boardpapers reindex` to rebuild it from the catalogue (nothing is downloaded)"
)

_WORD_RE = re.compile(r"[^\W_]+")
_DAY0 = dt.date(1900, 1, 1).toordinal()
_NO_DAY_ASC = (1 << 32) - 1  # documents without a date sort last in both orders


def _tantivy():
    try:
        import tantivy
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise SearchError(f"the embedded search engine needs the tantivy package ({exc})") from exc
    return tantivy


def _analyzer():
    """Words as the query parser splits them (runs of letters and digits: Tantivy's simple tokenizer, which
    costs half of an equivalent regex tokenizer), lower-cased, accents folded, English (Snowball) stemming —
    Elasticsearch's analysis mirrors it."""
    t = _tantivy()
    return (t.TextAnalyzerBuilder(t.Tokenizer.simple()).filter(t.Filter.lowercase())
            .filter(t.Filter.ascii_fold()).filter(t.Filter.stemmer("english")).build())


def _schema(kind: str):
    t = _tantivy()
    sb = t.SchemaBuilder()
    sb.add_unsigned_field("doc", stored=True, indexed=True, fast=True)
    if kind == "pages":
        sb.add_unsigned_field("page", stored=True, fast=True)
        sb.add_text_field("text", stored=True, tokenizer_name="bp")
    else:
        sb.add_text_field("text", stored=False, tokenizer_name="bp")
    # filters on both; the facet fields (fast: columnar, for the terms aggregations) only on documents
    for name in ("source", "board_type", "type", "org_key") + (("year", "org") if kind == "docs" else ()):
        sb.add_text_field(name, fast=(kind == "docs" and name in ("source", "type", "year", "org")),
                          tokenizer_name="raw", index_option="basic")
    sb.add_unsigned_field("day", indexed=True, fast=True)  # date ordinal, 0 when unknown (sorts last, desc)
    sb.add_unsigned_field("day_asc", fast=True)  # the same, unknown = max (sorts last, asc)
    return sb.build()


def _day(date: dt.date | None) -> int:
    return date.toordinal() - _DAY0 + 1 if date else 0


class _Gen:
    """One open generation: the SQLite connection and the two Tantivy indexes."""

    def __init__(self, path: Path, create: bool):
        t = _tantivy()
        self.path = path
        self.analyzer = _analyzer()
        self.schemas = {kind: _schema(kind) for kind in ("pages", "docs")}
        self.index = {}
        for kind, schema in self.schemas.items():
            d = path / kind
            if create:
                d.mkdir(parents=True, exist_ok=True)
            elif not (d / "meta.json").exists():
                raise SearchError(f"{path}: the search index is incomplete (no {kind} index); run `boardpapers reindex`")
            try:
                idx = t.Index(schema, path=str(d), reuse=True)
            except ValueError as exc:
                raise SearchError(f"{d}: cannot open the search index ({exc}); run `boardpapers reindex`") from exc
            idx.register_tokenizer("bp", self.analyzer)
            idx.config_reader(reload_policy="OnCommit")
            self.index[kind] = idx

    def analyze(self, word: str) -> list[str]:
        return self.analyzer.analyze(word)


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
            for doc, (did, pages) in written:
                meta = _meta(doc)
                for number, text in sorted(pages.items()):
                    p = t.Document()
                    p.add_unsigned("doc", did)
                    p.add_unsigned("page", number)
                    p.add_text("text", text)
                    _add_meta(p, meta, "pages")
                    pw.add_document(p)
                d = t.Document()
                d.add_unsigned("doc", did)
                for _, text in sorted(pages.items()):
                    d.add_text("text", text)
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
            if self._legacy(old):
                for suffix in ("", "-wal", "-shm"):
                    Path(str(self.dir / old) + suffix).unlink(missing_ok=True)
            elif old != new:
                shutil.rmtree(self.dir / old, ignore_errors=True)
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
            pages.append(Page(number=d.get_first("page"), text=d.get_first("text") or ""))
        return sorted(pages, key=lambda p: p.number)

    def _search(self, conn: sqlite3.Connection, query: SearchQuery, tree: Node | None) -> SearchResult:
        tv = self._tv
        try:
            return _Search(tv, conn, query, tree).run()
        except ValueError as exc:  # Tantivy reports its errors as ValueError
            raise SearchError(f"search index {self.path}: {exc}") from exc


# --- documents → Tantivy ----------------------------------------------------------------------------------


def _meta(doc: IndexedDocument) -> dict:
    date = doc.meeting_date
    keys = org_keys(list(doc.organisations) + [
        v for r in doc.attendance for v in (r.organisation, r.organisation_id, r.organisation_name) if v
    ])
    return {
        "source": [doc.source_id], "board_type": [doc.board_type] if doc.board_type else [],
        "type": [doc.type] if doc.type else [], "year": [f"{date.year:04d}"] if date else [],
        "org": sorted({o.strip() for o in doc.organisations if o and o.strip()}), "org_key": sorted(keys),
        "day": _day(date), "day_asc": _day(date) or _NO_DAY_ASC,
    }


def _add_meta(d, meta: dict, kind: str) -> None:
    for name in ("source", "board_type", "type", "org_key") + (("year", "org") if kind == "docs" else ()):
        for v in meta[name]:
            d.add_text(name, v)
    d.add_unsigned("day", meta["day"])
    d.add_unsigned("day_asc", meta["day_asc"])


# --- one search ---------------------------------------------------------------------------------------------


class _Search:
    def __init__(self, tv: _Gen, conn: sqlite3.Connection, query: SearchQuery, tree: Node | None):
        self.t = _tantivy()
        self.tv, self.conn, self.query, self.tree = tv, conn, query, tree
        self.sort = effective_sort(query, tree)
        self.searchers = {k: idx.searcher() for k, idx in tv.index.items()}
        self.marks: set[str] = set()  # stems to highlight
        self.mark_prefixes: list[str] = []
        self.stem_cache: dict[str, bool] = {}

    # query rendering ------------------------------------------------------------------------------------

    def render(self, node: Node | None, kind: str, mark: bool = True):
        T = self.t.Query
        schema = self.tv.schemas[kind]
        Occur = self.t.Occur
        if node is None:
            return T.all_query()
        if isinstance(node, Leaf):
            stems = [s for w in node.words for s in self.tv.analyze(w)]
            if not stems:
                return T.empty_query()
            if mark:
                self.marks.update(stems[:-1] if node.prefix else stems)
                if node.prefix:
                    self.mark_prefixes.append(stems[-1])
            if node.prefix and len(stems) == 1:
                terms = self.searchers[kind].terms_with_prefix("text", stems[0], limit=MAX_PREFIX_TERMS)
                if not terms:
                    return T.empty_query()
                if len(terms) == 1:
                    return T.term_query(schema, "text", terms[0][0])
                return T.boolean_query([(Occur.Should, T.term_query(schema, "text", w)) for w, _ in terms])
            if node.prefix:
                return T.phrase_prefix_query(schema, "text", stems)
            if len(stems) == 1:
                return T.term_query(schema, "text", stems[0])
            return T.phrase_query(schema, "text", stems)
        if isinstance(node, Or):
            return T.boolean_query([(Occur.Should, self.render(k, kind, mark)) for k in node.items])
        if isinstance(node, Not):
            return T.boolean_query([(Occur.Must, T.all_query()),
                                    (Occur.MustNot, self.render(node.item, kind, False))])
        if isinstance(node, And):
            pos, neg = positive_part(node)
            clauses = [(Occur.Must, self.render(k, kind, mark)) for k in pos] or [(Occur.Must, T.all_query())]
            clauses += [(Occur.MustNot, self.render(k, kind, False)) for k in neg]
            return T.boolean_query(clauses)
        raise TypeError(node)

    def filters(self, kind: str) -> list:
        T = self.t.Query
        schema = self.tv.schemas[kind]
        q = self.query
        out = []
        for field, values in (("source", q.body), ("board_type", q.board_type), ("type", q.type)):
            if values:
                out.append(T.term_set_query(schema, field, list(values)))
        if q.org:
            keys = sorted({k for o in q.org for k in org_keys([o])})
            out.append(T.term_set_query(schema, "org_key", keys) if keys else T.empty_query())
        if q.date_from or q.date_to:
            out.append(T.range_query(schema, "day", self.t.FieldType.Unsigned,
                                     _day(q.date_from) if q.date_from else 1,
                                     _day(q.date_to) if q.date_to else (1 << 32) - 2))
        return out

    def build(self, kind: str, node: Node | None, mark: bool = True, extra: list | None = None):
        T = self.t.Query
        Occur = self.t.Occur
        main = self.render(node, kind, mark)
        flt = self.filters(kind) + (extra or [])
        if not flt:
            return main
        # filters score nothing, so ranking is the query's BM25 alone
        return T.boolean_query([(Occur.Must, main)] + [(Occur.Must, T.const_score_query(f, 0.0)) for f in flt])

    # the parts of a result ----------------------------------------------------------------------------

    def run(self) -> SearchResult:
        q = self.query
        pages_q = self.build("pages", self.tree)
        need = max(0, q.offset) + max(0, q.limit)
        ranked = self.top_documents(pages_q, need) if need else []
        window = ranked[max(0, q.offset):need]
        total_exact = True
        facets: dict[str, dict[str, int]] = {}
        if page_decided(self.tree):
            docs_q = self.build("docs", self.tree, mark=False)
            s = self.searchers["docs"]
            total = s.search(docs_q, limit=1, count=True).count
            if q.facets:
                facets = self.facets(docs_q)
        else:
            dids = self.count_documents(pages_q, None if q.facets else TOTAL_EXACT_LIMIT)
            total = len(dids)
            if not q.facets and total > TOTAL_EXACT_LIMIT:
                total, total_exact = TOTAL_EXACT_LIMIT, False
            if q.facets:
                facets = self.facets(self.t.Query.term_set_query(self.tv.schemas["docs"], "doc", sorted(dids))) \
                    if dids else {name: {} for name in ("board", "year", "type", "organisation")}
        hits = self.hits(window)
        return SearchResult(total=total, hits=hits, facets=facets, total_exact=total_exact)

    def top_documents(self, pages_q, need: int) -> list[tuple[int, int, float | int, str]]:
        """The first ``need`` documents in the result order, as (row id, page, key, document_id), exactly:
        pages are fetched in key order until the key of the last page fetched is strictly worse than the
        ``need``-th document's, so no unseen document can tie with or beat those kept. Ties are broken by
        document_id, as in every engine, among the first ``TIE_FETCH`` pages (every round evaluates the query
        again, and a phrase of common words cannot skip blocks); a date sort shows each document's first
        matching page."""
        s = self.searchers["pages"]
        t = self.t
        if self.sort == "relevance":
            field, order, better = None, None, (lambda a, b: a > b)
        elif self.sort == "date":
            field, order, better = "day", t.Order.Desc, (lambda a, b: a > b)
        else:
            field, order, better = "day_asc", t.Order.Asc, (lambda a, b: a < b)
        limits = [max(64, need * 4), max(TIE_FETCH, need * 16)]
        for round_, limit in enumerate(limits):
            kw = {"order_by_field": field, "order": order} if field else {}
            hits = s.search(pages_q, limit=limit, count=False, **kw).hits
            addrs = [a for _, a in hits]
            dids = s.fast_field_values("doc", addrs)
            first: dict[int, float | int] = {}  # each document's best key: hits come best first
            for (key, _), did in zip(hits, dids):
                if did not in first:
                    first[did] = key
            if len(hits) < limit:  # everything fetched
                boundary = None
                break
            boundary = list(first.values())[need - 1] if len(first) >= need else None
            if boundary is not None and better(boundary, hits[-1][0]):  # no unseen document can reach it
                break
            if round_ == len(limits) - 1 and boundary is not None:
                break  # a tie longer than TIE_FETCH pages: the unseen tied documents rank after these
        keep = [d for d, k in first.items() if boundary is None or not better(boundary, k)]
        ids = self.document_ids(keep)
        pages: dict[int, int] = {}
        for (key, _), did, page in zip(hits, dids, s.fast_field_values("page", addrs)):
            if did in ids and (did not in pages or (field and page < pages[did])):
                pages[did] = page  # relevance: the best page; date sorts: the first matching page
        sign = 1 if field == "day_asc" else -1
        ordered = sorted(((first[d], ids[d], d) for d in ids), key=lambda r: (sign * r[0], r[1]))
        return [(d, pages[d], key, doc_id) for key, doc_id, d in ordered[:need]]

    def document_ids(self, dids: list[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for i in range(0, len(dids), 900):
            chunk = dids[i:i + 900]
            out.update(self.conn.execute(
                f"SELECT id, document_id FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk,
            ).fetchall())
        return out

    def count_documents(self, pages_q, stop_above: int | None) -> set[int]:
        """Row ids of the documents with a matching page: counted per chunk of row ids (Tantivy's bucket cap),
        stopping once more than ``stop_above`` are found."""
        t = self.t
        schema = self.tv.schemas["pages"]
        hi = self.conn.execute("SELECT max(id) FROM documents").fetchone()[0] or 0
        found: set[int] = set()
        for lo in range(0, hi + 1, COUNT_CHUNK):
            rng = t.Query.range_query(schema, "doc", t.FieldType.Unsigned, lo, lo + COUNT_CHUNK - 1)
            q = t.Query.boolean_query([(t.Occur.Must, pages_q), (t.Occur.Must, t.Query.const_score_query(rng, 0.0))])
            r = self.searchers["pages"].aggregate(q, {"d": {"terms": {"field": "doc", "size": COUNT_CHUNK}}})
            found.update(int(b["key"]) for b in r["d"]["buckets"])
            if stop_above is not None and len(found) > stop_above:
                break
        return found

    def facets(self, docs_q) -> dict[str, dict[str, int]]:
        aggs = {name: {"terms": {"field": field, "size": TERM_AGG_SIZE, "segment_size": TERM_AGG_SIZE}}
                for name, field in (("board", "source"), ("year", "year"), ("type", "type"), ("organisation", "org"))}
        r = self.searchers["docs"].aggregate(docs_q, aggs)
        out = {}
        for name in aggs:
            buckets = sorted(((str(b["key"]), int(b["doc_count"])) for b in r[name]["buckets"]),
                             key=lambda kv: (-kv[1], kv[0]))
            out[name] = dict(buckets[:FACET_SIZE])
        return out

    def hits(self, window) -> list[SearchHit]:
        if not window:
            return []
        t = self.t
        schema = self.tv.schemas["pages"]
        rows = {r[0]: r for r in self.conn.execute(
            "SELECT id, document_id, title, source_id, meeting_date, type, url, board_name, board_type FROM documents"
            f" WHERE id IN ({','.join('?' * len(window))})", [w[0] for w in window])}
        # the hit pages' stored text, in one query
        s = self.searchers["pages"]
        wanted = {(d, p) for d, p, _, _ in window}
        q = t.Query.term_set_query(schema, "doc", sorted({d for d, _, _, _ in window}))
        texts: dict[tuple[int, int], str] = {}
        addrs = [a for _, a in s.search(q, limit=1 << 20, count=False).hits]
        keys = zip(s.fast_field_values("doc", addrs), s.fast_field_values("page", addrs), addrs)
        for d, p, addr in keys:
            if (d, p) in wanted:
                texts[(d, p)] = s.doc(addr).get_first("text") or ""
        out = []
        for did, page, key, _ in window:
            row = rows.get(did)
            if row is None:
                continue
            _, document_id, title, body, date, dtype, url, bname, btype = row
            out.append(SearchHit(
                document_id=document_id, title=title or "", body=body, type=dtype or "other", url=url or "",
                meeting_date=dt.date.fromisoformat(date) if date else None,
                snippet=self.snippet(texts.get((did, page), "")), page=page,
                score=round(float(key), 6) if (self.sort == "relevance" and self.tree is not None
                                               and not is_pure_negative(self.tree)) else None,
                board_name=bname, board_type=btype,
            ))
        return out

    def is_mark(self, word: str) -> bool:
        """Whether a word of a page (lower-cased) is one of the query's words once analysed (cached per search)."""
        hit = self.stem_cache.get(word)
        if hit is None:
            stem = (self.tv.analyze(word) or [""])[0]
            hit = self.stem_cache[word] = stem in self.marks or (
                bool(self.mark_prefixes) and stem.startswith(tuple(self.mark_prefixes)))
        return hit

    def snippet(self, text: str) -> str:
        """About ``SNIPPET_CHARS`` characters around the densest run of query words, cut at spaces,
        HTML-escaped, matches in <mark>; the start of the page when nothing is highlighted. Only the page's
        distinct words are analysed (one regex then finds their occurrences)."""
        if not (self.marks or self.mark_prefixes) or not text:
            return lead_snippet(text)
        matched = sorted({w for w in set(_WORD_RE.findall(text.lower())) if self.is_mark(w)}, key=len, reverse=True)
        if not matched:
            return lead_snippet(text)
        rx = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, matched)) + r")(?![^\W_])", re.IGNORECASE)
        found = [(m.start(), m.end(), m.group().lower()) for m in rx.finditer(text)]
        if not found:
            return lead_snippet(text)
        # the window with the most distinct matched words, then the most matches, earliest first
        best, best_score = 0, (-1, -1)
        for i, (a, _, _) in enumerate(found):
            inside = [w for x, y, w in found[i:] if y <= a + SNIPPET_CHARS]
            score = (len(set(inside)), len(inside))
            if score > best_score:
                best, best_score = i, score
        # some context before the first match, and the whole budget used when the page ends early
        start = max(0, min(found[best][0] - SNIPPET_CHARS // 5, len(text) - SNIPPET_CHARS))
        if start:
            sp = text.find(" ", start, found[best][0])
            start = sp + 1 if sp >= 0 else found[best][0]
        end = min(len(text), start + SNIPPET_CHARS)
        if end < len(text):
            sp = text.rfind(" ", found[best][1], end)
            end = sp if sp > 0 else max(end, found[best][1])
        parts = ["\u2026"] if start > 0 else []
        cursor = start
        for a, b, _ in found:
            if a < start or b > end:
                continue
            parts += [html.escape(text[cursor:a], quote=False), "<mark>", html.escape(text[a:b], quote=False), "</mark>"]
            cursor = b
        parts.append(html.escape(text[cursor:end], quote=False))
        if end < len(text):
            parts.append("\u2026")
        return " ".join("".join(parts).split())
