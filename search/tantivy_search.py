"""One search on the embedded engine: the query tree rendered as Tantivy queries, the exact top documents,
totals (exact, or "more than ``TOTAL_EXACT_LIMIT``" for AND / NOT / phrases without facets), facets, hits and snippets.

Both cores: Tantivy evaluates a query in one thread but releases the GIL while it searches, so the parts of
one search that do not depend on each other can run side by side in a small thread pool (``_pool``): a
phrase's pages are ranked in two halves of the row ids at once (Tantivy cannot skip blocks for a phrase and
checks positions on every page holding its words), and the documents-index count and facets run beside the
ranking. The answers are the same as one evaluation (see ``_Search.fetch`` for the merge); the halves cost
15–25 % more CPU in all, so this is done only while a core is likely idle (``parallel``)."""
from __future__ import annotations

import bisect
import datetime as dt
import json
import operator
import os
import sqlite3
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from boardpapers.models import SearchHit, SearchQuery, SearchResult

from .common import FACET_SIZE, TOTAL_EXACT_LIMIT, effective_sort, org_keys  # the limit: one for both engines
from .query import And, Leaf, Node, Not, Or, is_pure_negative, page_decided, positive_part, total_is_bounded
from .snippets import Snippets
from .tantivy_index import _day, _Gen, _tantivy

TIE_FETCH = 8192  # pages fetched at most to order documents tied (equal score or date) at the page boundary
COUNT_CHUNK = 16_384  # document row ids counted per aggregation call (Tantivy caps buckets at 65,000)
TERM_AGG_SIZE = 20_000  # facet buckets asked of Tantivy: all of them in practice, so counts are exact
MAX_PREFIX_TERMS = 1000  # a prefix expands to at most this many indexed words (as Elasticsearch's max_expansions)
ROW_ID_MAX = (1 << 63) - 1  # above every row id (a range's open end)
SEARCH_THREADS = 3  # pool threads beside the calling one: enough that no part of a search waits for a thread

_pool_lock = threading.Lock()
_pool_executor: tuple[int, ThreadPoolExecutor] | None = None  # (the pid that started it, the pool)


def parallel() -> bool:
    """Whether a search uses the pool: ``BOARDPAPERS_SEARCH_PARALLEL`` = ``on`` / ``off``, or ``auto`` (the
    default): while the 1-minute load average is below the number of cores. On a busy machine no core is idle,
    so the extra threads would only add CPU and wait for each other."""
    mode = (os.environ.get("BOARDPAPERS_SEARCH_PARALLEL") or "auto").strip().lower()
    if mode in ("on", "off"):
        return mode == "on"
    try:
        return os.getloadavg()[0] < (os.cpu_count() or 1) - 0.5
    except (AttributeError, OSError):  # no load average on this platform: one thread, as before
        return False


def _pool() -> ThreadPoolExecutor:
    """One pool per process, started on first use (shared by every engine and search). A process forked after
    the pool started (a worker, a pre-loading web server) inherits none of its threads: it starts its own."""
    global _pool_executor
    with _pool_lock:
        if _pool_executor is None or _pool_executor[0] != os.getpid():
            _pool_executor = (os.getpid(), ThreadPoolExecutor(max_workers=SEARCH_THREADS, thread_name_prefix="bp-search"))
        return _pool_executor[1]


def _capped(total: int, bounded: bool) -> tuple[int, bool]:
    """(total, exact): a bounded total above ``TOTAL_EXACT_LIMIT`` is shown as "more than" the limit."""
    return (TOTAL_EXACT_LIMIT, False) if bounded and total > TOTAL_EXACT_LIMIT else (total, True)


class _Search:
    def __init__(self, tv: _Gen, conn: sqlite3.Connection, query: SearchQuery, tree: Node | None):
        self.t = _tantivy()
        self.tv, self.conn, self.query, self.tree = tv, conn, query, tree
        self.sort = effective_sort(query, tree)
        self.searchers = {k: idx.searcher() for k, idx in tv.index.items()}
        self.snippets = Snippets(tree, tv.analyze)
        self.phrases = False  # the query holds a phrase of two words or more (no block skipping)
        self.matching: set[int] | None = None  # every matching document's row id, when the pages fetched were all
        self.seen: dict[int, float | int] = {}  # the documents of the pages fetched for the ranking (row id: best key)
        self._max_row_id: int | None = None
        self.parallel = parallel()  # decided once per search

    # query rendering ------------------------------------------------------------------------------------

    def render(self, node: Node | None, kind: str):
        T = self.t.Query
        schema = self.tv.schemas[kind]
        Occur = self.t.Occur
        if node is None:
            return T.all_query()
        if isinstance(node, Leaf):
            stems = [s for w in node.words for s in self.tv.analyze(w)]
            if not stems:
                return T.empty_query()
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
            self.phrases = True
            return T.phrase_query(schema, "text", stems)
        if isinstance(node, Or):
            return T.boolean_query([(Occur.Should, self.render(k, kind)) for k in node.items])
        if isinstance(node, Not):
            return T.boolean_query([(Occur.Must, T.all_query()),
                                    (Occur.MustNot, self.render(node.item, kind))])
        if isinstance(node, And):
            pos, neg = positive_part(node)
            clauses = [(Occur.Must, self.render(k, kind)) for k in pos] or [(Occur.Must, T.all_query())]
            clauses += [(Occur.MustNot, self.render(k, kind)) for k in neg]
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

    def build(self, kind: str, node: Node | None, extra: list | None = None):
        T = self.t.Query
        Occur = self.t.Occur
        main = self.render(node, kind)
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
        decided = page_decided(self.tree)
        bounded = total_is_bounded(self.tree, q.facets)
        docs_q = self.build("docs", self.tree) if decided else None
        # with both cores, started before the ranking and run beside it: facets are always needed; a count only when
        # the fetch does not return every matching page, which for a phrase (ranked at the large limit) is likely
        early: dict[str, Future] = {}
        self.max_row_id()  # read here: the pool's threads do not use the SQLite connection
        if self.parallel and decided and q.facets:
            early["facets"] = _pool().submit(self.facets, docs_q)
        if self.parallel and decided and self.phrases:
            early["count"] = _pool().submit(self.count_bounded if bounded else self.count, docs_q)
        try:
            ranked = self.top_documents(pages_q, need) if need else []
            window = ranked[max(0, q.offset):need]
            total_exact = True
            facets: dict[str, dict[str, int]] = {}
            if decided:
                if self.matching is not None:  # every matching page was fetched: counted already
                    total, total_exact = _capped(len(self.matching), bounded)
                elif "count" in early:
                    total, total_exact = early["count"].result()
                elif bounded:  # a phrase's count checks positions: stop once over the limit
                    total, total_exact = self.count_bounded(docs_q, sorted(self.seen))
                else:
                    total, total_exact = self.count(docs_q)
                if q.facets:
                    facets = early["facets"].result() if "facets" in early else self.facets(docs_q)
            else:
                exact = q.facets
                dids = self.matching if self.matching is not None else \
                    self.count_documents(pages_q, None if exact else TOTAL_EXACT_LIMIT)
                total, total_exact = _capped(len(dids), not exact)
                if q.facets:
                    facets = self.facets(self.t.Query.term_set_query(self.tv.schemas["docs"], "doc", sorted(dids))) \
                        if dids else {name: {} for name in ("board", "year", "type", "organisation")}
            hits = self.hits(window)
        finally:
            for f in early.values():  # never leave a search of this one running (its searchers are this call's)
                f.cancel() or f.exception()
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
        if self.sort == "relevance":  # better(a, b): key a ranks before key b (operator's: a phrase ties thousands)
            field, order, better = None, None, operator.gt
        elif self.sort == "date":
            field, order, better = "day", t.Order.Desc, operator.gt
        else:
            field, order, better = "day_asc", t.Order.Asc, operator.lt
        limits = [max(64, need * 4), max(TIE_FETCH, need * 16)]
        if self.phrases:  # no block skipping: every round costs a full evaluation, so one round, the large one
            limits = limits[1:]
        for round_, limit in enumerate(limits):
            kw = {"order_by_field": field, "order": order} if field else {}
            hits = self.fetch(pages_q, limit, kw)
            addrs = [a for _, a in hits]
            dids = s.fast_field_values("doc", addrs)
            first: dict[int, float | int] = {}  # each document's best key: hits come best first
            for (key, _), did in zip(hits, dids):
                if did not in first:
                    first[did] = key
            self.seen = first
            if len(hits) < limit:  # everything fetched: the matching documents are known too
                boundary = None
                self.matching = set(first)
                break
            boundary = list(first.values())[need - 1] if len(first) >= need else None
            if boundary is not None and better(boundary, hits[-1][0]):  # no unseen document can reach it
                break
            if round_ == len(limits) - 1 and boundary is not None:
                break  # a tie longer than TIE_FETCH pages: the unseen tied documents rank after these
        if boundary is None:
            ids = self.document_ids(list(first))
        else:  # those strictly better, then of those tied with the boundary the smallest document_ids
            ids = self.document_ids([d for d, k in first.items() if better(k, boundary)])
            ids.update(self.first_document_ids([d for d, k in first.items() if k == boundary], need - len(ids)))
        pages: dict[int, int] = {}
        for (key, _), did, page in zip(hits, dids, s.fast_field_values("page", addrs)):
            if did in ids and key == first[did] and (did not in pages or page < pages[did]):
                pages[did] = page  # the first of the pages with the document's best key (as Elasticsearch's inner hit)
        sign = 1 if field == "day_asc" else -1
        ordered = sorted(((first[d], ids[d], d) for d in ids), key=lambda r: (sign * r[0], r[1]))
        return [(d, pages[d], key, doc_id) for key, doc_id, d in ordered[:need]]

    def fetch(self, pages_q, limit: int, kw: dict) -> list:
        """The first ``limit`` pages in the result order, as Tantivy's (key, address) hits. A phrase is evaluated
        in two halves of the row ids at once (each half's own first ``limit``); merged in Tantivy's order (key,
        then address: Tantivy breaks ties by the lower address) and cut at ``limit``, they are exactly the hits
        one evaluation returns, ties included."""
        s = self.searchers["pages"]
        hi = self.max_row_id() if self.phrases and self.parallel else 0
        if hi < 2:
            return s.search(pages_q, limit=limit, count=False, **kw).hits
        mid = hi // 2
        upper = _pool().submit(lambda: s.search(self.within("pages", pages_q, mid + 1, ROW_ID_MAX), limit=limit,
                                                count=False, **kw).hits)
        try:
            lower = s.search(self.within("pages", pages_q, 0, mid), limit=limit, count=False, **kw).hits
        except BaseException:
            upper.cancel() or upper.exception()
            raise
        hits = lower + upper.result()
        sign = 1 if kw.get("order_by_field") == "day_asc" else -1
        hits.sort(key=lambda h: (sign * h[0], h[1].segment_ord, h[1].doc))
        return hits[:limit]

    def within(self, kind: str, query, lo: int, hi: int):
        """``query`` restricted to the documents with row ids ``lo``..``hi`` (scores unchanged: the range adds 0)."""
        t = self.t
        rng = t.Query.range_query(self.tv.schemas[kind], "doc", t.FieldType.Unsigned, lo, hi)
        return t.Query.boolean_query([(t.Occur.Must, query), (t.Occur.Must, t.Query.const_score_query(rng, 0.0))])

    def max_row_id(self) -> int:
        if self._max_row_id is None:
            self._max_row_id = self.conn.execute("SELECT max(id) FROM documents").fetchone()[0] or 0
        return self._max_row_id

    def count(self, docs_q) -> tuple[int, bool]:
        """(total, exact) of a page-decided query, counted in full on the documents index."""
        return self.searchers["docs"].search(docs_q, limit=1, count=True).count, True

    def document_ids(self, dids: list[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        for i in range(0, len(dids), 900):
            chunk = dids[i:i + 900]
            out.update(self.conn.execute(
                f"SELECT id, document_id FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk,
            ).fetchall())
        return out

    def first_document_ids(self, dids: list[int], n: int) -> dict[int, str]:
        """Of the row ids ``dids``, the ``n`` with the smallest document_id (SQLite's binary order of UTF-8 is
        Python's order of str), without a statement per document: a phrase's score often ties thousands."""
        if n <= 0 or not dids:
            return {}
        # Tied documents that are a good share of all: walk the document_id index from the start, which meets
        # n of them after ~n * all / tied rows; a budget of four times that, then the lookup of each row id
        budget = 4 * n * (self.max_row_id() + 1) // len(dids) + 64
        if budget < len(dids):
            wanted, found = set(dids), {}
            for rid, document_id in self.conn.execute(
                    "SELECT id, document_id FROM documents ORDER BY document_id LIMIT ?", (budget,)):
                if rid in wanted:
                    found[rid] = document_id
                    if len(found) == n:
                        return found
        return dict(self.conn.execute(
            "SELECT id, document_id FROM documents WHERE id IN (SELECT value FROM json_each(?))"
            " ORDER BY document_id LIMIT ?", (json.dumps(dids), n)).fetchall())

    def count_bounded(self, docs_q, seen: list[int] = ()) -> tuple[int, bool]:
        """(total, exact) on the documents index, counted per chunk of row ids and stopped once above
        ``TOTAL_EXACT_LIMIT`` (then "more than" the limit): a phrase of common words checks positions in
        every document holding its words, so a full count at a million pages costs as much as the top 20.
        ``seen``: row ids already known to match (sorted; the documents of the pages fetched for the ranking):
        those beyond the chunks counted so far add to the count without being counted, so the limit is
        passed sooner."""
        found = 0
        for lo in range(0, self.max_row_id() + 1, COUNT_CHUNK):
            hi = lo + COUNT_CHUNK - 1
            q = self.within("docs", docs_q, lo, hi)
            found += self.searchers["docs"].search(q, limit=1, count=True).count
            if found + len(seen) - bisect.bisect_right(seen, hi) > TOTAL_EXACT_LIMIT:
                return TOTAL_EXACT_LIMIT, False
        return found, True

    def count_documents(self, pages_q, stop_above: int | None) -> set[int]:
        """Row ids of the documents with a matching page: counted per chunk of row ids (Tantivy's bucket cap),
        stopping once more than ``stop_above`` are found."""
        found: set[int] = set()
        for lo in range(0, self.max_row_id() + 1, COUNT_CHUNK):
            q = self.within("pages", pages_q, lo, lo + COUNT_CHUNK - 1)
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
                texts[(d, p)] = (s.doc(addr).get_first("body") or b"").decode("utf-8")
        out = []
        for did, page, key, _ in window:
            row = rows.get(did)
            if row is None:
                continue
            _, document_id, title, body, date, dtype, url, bname, btype = row
            out.append(SearchHit(
                document_id=document_id, title=title or "", body=body, type=dtype or "other", url=url or "",
                meeting_date=dt.date.fromisoformat(date) if date else None,
                snippet=self.snippets.snippet(texts.get((did, page), "")), page=page,
                score=round(float(key), 6) if (self.sort == "relevance" and self.tree is not None
                                               and not is_pure_negative(self.tree)) else None,
                board_name=bname, board_type=btype,
            ))
        return out
