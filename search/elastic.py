"""The Elasticsearch engine, through the official ``elasticsearch`` client (8.x client; 8.x and 9.x servers).

Indices (``<prefix>`` defaults to ``boardpapers``), each behind an alias so ``rebuild`` swaps atomically:

- ``<prefix>-pages`` → ``<prefix>-pages-<ns>``: one Elasticsearch document per PAGE, ``_id`` =
  ``<document_id>:<page>``, with the document's metadata copied in (board, type, date, organisations...).
- ``<prefix>-meetings`` → ``<prefix>-meetings-<ns>``: one per meeting, with its attendance records (stored
  as an unindexed object; trends are counted in Python by ``trends.compute_trends``, the same code as the
  embedded engine).
- ``<prefix>-docs`` → ``<prefix>-docs-<ns>``: one per DOCUMENT, its pages as the values of one text field
  (Elasticsearch leaves a position gap of 100 between values, so a phrase never spans two pages): exact totals
  and facets, as the embedded engine's document index.
- ``<prefix>-decisions`` → ``<prefix>-decisions-<ns>``: one per decision, searchable text linked to its item.

Analysis mirrors the embedded engine's (Tantivy) so both engines match the same words: a pattern tokenizer on
runs of letters/digits, lowercase, ASCII folding, English Snowball (Porter2) stemming, no stop words. ``text``
also has ``index_phrases`` (2-word shingles) to make phrase queries cheap. Queries come from the same parser as
the embedded engine (``query.to_es``), so no user text is ever parsed as Elasticsearch syntax.

Totals and facets: for the queries one page decides like the whole document (no query, a word, a phrase, a
prefix, an OR of those) they are counted exactly on the documents index, in the same request (``_msearch``) as
the top hits. For AND / NOT queries they come from the ``cardinality`` aggregation on the pages, with
``precision_threshold`` 40000 — exact in practice below that many distinct documents per bucket; above it
``total_exact`` is False. Prefix queries expand to at most ``query.ES_MAX_EXPANSIONS`` terms.

Bulk loading (``rebuild`` and large ``index_documents`` calls): parallel bulk requests, with refresh off and no
replicas while loading, restored afterwards.
"""
from __future__ import annotations

import datetime as dt
import time
from typing import Any, Iterable, Iterator

from boardpapers.errors import SearchError
from boardpapers.models import (
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
from .decisions import attended_meeting_ids, check_query, finish, meetings_query
from .common import FACET_SIZE, clean_text, effective_sort, lead_snippet, org_keys, validate_query
from .query import page_decided, parse, to_es
from .trends import compute_trends, meeting_from_json, meeting_to_json

KINDS = ("pages", "docs", "meetings", "decisions")
BULK_THREADS = 2
BULK_CHUNK = 500  # documents per flush; pages per bulk request are chunked by the client (CHUNK_ACTIONS)
CHUNK_ACTIONS = 1000
CARDINALITY_PRECISION = 40000
SNIPPET_CHARS = 200

ANALYSIS = {
    "tokenizer": {"bp_words": {"type": "pattern", "pattern": "[^\\p{L}\\p{N}]+"}},
    "filter": {"bp_stem": {"type": "stemmer", "language": "porter2"}},  # Tantivy's English stemmer
    "analyzer": {
        "bp_english": {"type": "custom", "tokenizer": "bp_words", "filter": ["lowercase", "asciifolding", "bp_stem"]},
    },
    "normalizer": {"bp_lower": {"type": "custom", "filter": ["lowercase", "asciifolding"]}},
}

_TEXT = {"type": "text", "analyzer": "bp_english", "index_phrases": True}
_KW = {"type": "keyword"}
_DATE = {"type": "date", "format": "strict_date"}

MAPPINGS = {
    "pages": {
        "dynamic": "strict",
        "properties": {
            "document_id": _KW, "page": {"type": "integer"}, "page_count": {"type": "integer"},
            "text": _TEXT,
            "title": {"type": "text", "analyzer": "bp_english", "fields": {"exact": {"type": "keyword", "ignore_above": 1024}}},
            "source_id": _KW, "board_name": _KW, "board_type": _KW, "type": _KW,
            "url": {"type": "keyword", "index": False, "doc_values": False},
            "meeting_id": _KW, "meeting_date": _DATE, "year": _KW, "sha256": _KW,
            "organisations": _KW,
            "organisation_keys": {"type": "keyword", "normalizer": "bp_lower"},
            "index_token": _KW,
        },
    },
    "docs": {
        "dynamic": "strict",
        "_source": {"enabled": False},  # only counted and aggregated, never read back
        "properties": {
            "document_id": _KW, "text": {"type": "text", "analyzer": "bp_english"},
            "source_id": _KW, "board_type": _KW, "type": _KW, "meeting_date": _DATE, "year": _KW,
            "organisations": _KW, "organisation_keys": {"type": "keyword", "normalizer": "bp_lower"},
        },
    },
    "meetings": {
        "dynamic": "strict",
        "properties": {
            "meeting_id": _KW, "source_id": _KW, "board_type": _KW, "date": _DATE, "status": _KW,
            "organisation_keys": {"type": "keyword", "normalizer": "bp_lower"},
            "record": {"type": "object", "enabled": False},
        },
    },
    "decisions": {
        "dynamic": "strict",
        "properties": {
            "document_id": _KW, "source_id": _KW, "meeting_date": _DATE, "item": _KW,
            "item_title": {"type": "text", "analyzer": "bp_english"}, "page": {"type": "integer"},
            "text": {"type": "text", "analyzer": "bp_english"}, "index_token": _KW,
            "kind": _KW, "seq": {"type": "integer"}, "meeting_id": _KW, "board_name": _KW,
            "title": {"type": "keyword", "index": False, "doc_values": False},
            "url": {"type": "keyword", "index": False, "doc_values": False},
        },
    },
}


def index_template(prefix: str, kind: str, *, shards: int = 1, replicas: int = 0) -> dict:
    """The composable index template body for one kind of index (pure: pinned by unit tests)."""
    return {
        "index_patterns": [f"{prefix}-{kind}-*"],
        "priority": 200,
        "template": {
            "settings": {"number_of_shards": shards, "number_of_replicas": replicas, "analysis": ANALYSIS},
            "mappings": MAPPINGS[kind],
        },
        "_meta": {"managed_by": "boardpapers", "kind": kind},
    }


def _filters(query: SearchQuery) -> list[dict]:
    out: list[dict] = []
    if query.body:
        out.append({"terms": {"source_id": list(query.body)}})
    if query.board_type:
        out.append({"terms": {"board_type": list(query.board_type)}})
    if query.type:
        out.append({"terms": {"type": list(query.type)}})
    if query.date_from or query.date_to:
        rng: dict[str, str] = {}
        if query.date_from:
            rng["gte"] = query.date_from.isoformat()
        if query.date_to:
            rng["lte"] = query.date_to.isoformat()
        out.append({"range": {"meeting_date": rng}})
    if query.org:
        out.append({"terms": {"organisation_keys": sorted(org_keys(list(query.org)))}})
    return out


def _facet_agg(field: str) -> dict:
    return {
        "terms": {"field": field, "size": FACET_SIZE, "order": [{"docs": "desc"}, {"_key": "asc"}]},
        "aggs": {"docs": {"cardinality": {"field": "document_id", "precision_threshold": CARDINALITY_PRECISION}}},
    }


FACET_FIELDS = {"board": "source_id", "year": "year", "type": "type", "organisation": "organisations"}


def build_search_body(query: SearchQuery) -> dict:
    """The search request body for a SearchQuery (pure: pinned by unit tests)."""
    tree = parse(query.q)
    sort = effective_sort(query, tree)
    by_page = {"page": {"order": "asc", "missing": "_last"}}
    sorts = {
        "relevance": [{"_score": {"order": "desc"}}, {"document_id": {"order": "asc"}}, by_page],
        "date": [{"meeting_date": {"order": "desc", "missing": "_last"}}, {"document_id": {"order": "asc"}}, by_page],
        "date_asc": [{"meeting_date": {"order": "asc", "missing": "_last"}}, {"document_id": {"order": "asc"}}, by_page],
    }[sort]
    body: dict[str, Any] = {
        "query": {"bool": {"must": [to_es(tree)], "filter": _filters(query)}},
        "collapse": {"field": "document_id"},
        "sort": sorts,
        "from": max(0, query.offset),
        "size": max(0, query.limit),
        "track_total_hits": False,
        "_source": {"excludes": ["text", "organisation_keys", "index_token"]},
        "highlight": {
            "pre_tags": ["<mark>"], "post_tags": ["</mark>"], "encoder": "html",
            "fields": {"text": {"type": "unified", "fragment_size": SNIPPET_CHARS, "number_of_fragments": 1,
                                "no_match_size": SNIPPET_CHARS}},
        },
    }
    if page_decided(tree):
        return body  # totals and facets come from the documents index (build_docs_body)
    body["aggs"] = {"total_docs": {"cardinality": {"field": "document_id", "precision_threshold": CARDINALITY_PRECISION}}}
    if query.facets:
        for name, field in FACET_FIELDS.items():
            body["aggs"][f"facet_{name}"] = _facet_agg(field)
    return body


def build_docs_body(query: SearchQuery) -> dict:
    """The request counting matching DOCUMENTS exactly, with their facets, on the documents index (pure)."""
    body: dict[str, Any] = {
        "query": {"bool": {"must": [to_es(parse(query.q))], "filter": _filters(query)}},
        "size": 0, "track_total_hits": True,
    }
    if query.facets:
        body["aggs"] = {
            f"facet_{name}": {"terms": {"field": field, "size": FACET_SIZE, "shard_size": 10 * FACET_SIZE + 1000,
                                        "order": [{"_count": "desc"}, {"_key": "asc"}]}}
            for name, field in FACET_FIELDS.items()
        }
    return body


def document_action(doc: IndexedDocument, index: str) -> dict:
    """The bulk action for the document index entry: every page a value of ``text`` (_id ``<id>:doc``)."""
    date = doc.meeting_date.isoformat() if doc.meeting_date else None
    return {"_op_type": "index", "_index": index, "_id": f"{doc.document_id}:doc", "_source": {
        "document_id": doc.document_id,
        "text": [clean_text(p.text) for p in sorted(doc.pages, key=lambda p: p.number)],
        "source_id": doc.source_id, "board_type": doc.board_type, "type": doc.type, "meeting_date": date,
        "year": date[:4] if date else None,
        "organisations": sorted({o.strip() for o in doc.organisations if o and o.strip()}),
        "organisation_keys": sorted(org_keys(list(doc.organisations) + [
            v for r in doc.attendance for v in (r.organisation, r.organisation_id, r.organisation_name) if v])),
    }}


def build_meetings_query(query: TrendQuery) -> dict:
    """The filter selecting meetings for a trend query (pure; counting happens in ``trends``)."""
    flt: list[dict] = []
    if query.body:
        flt.append({"terms": {"source_id": list(query.body)}})
    if query.board_type:
        flt.append({"terms": {"board_type": list(query.board_type)}})
    if query.date_from or query.date_to:
        rng = {}
        if query.date_from:
            rng["gte"] = query.date_from.isoformat()
        if query.date_to:
            rng["lte"] = query.date_to.isoformat()
        flt.append({"range": {"date": rng}})
    return {"bool": {"filter": flt}}


def page_actions(doc: IndexedDocument, index: str, token: str) -> list[dict]:
    """Bulk actions for one document: one per page (a stub page when the document has none)."""
    date = doc.meeting_date.isoformat() if doc.meeting_date else None
    keys = sorted(org_keys(list(doc.organisations) + [
        v for r in doc.attendance for v in (r.organisation, r.organisation_id, r.organisation_name) if v
    ]))
    pages: dict[int, str] = {}
    for p in doc.pages:
        if not isinstance(p.number, int) or p.number < 1:
            raise ValueError(f"page number {p.number!r} out of range")
        pages[p.number] = clean_text(p.text)
    meta = {
        "document_id": doc.document_id, "page_count": len(pages), "title": doc.title, "source_id": doc.source_id,
        "board_name": doc.board_name, "board_type": doc.board_type, "type": doc.type, "url": doc.url,
        "meeting_id": doc.meeting_id, "meeting_date": date, "year": date[:4] if date else None,
        "sha256": doc.sha256, "organisations": sorted({o.strip() for o in doc.organisations if o and o.strip()}),
        "organisation_keys": keys, "index_token": token,
    }
    items = sorted(pages.items()) or [(None, "")]
    return [
        {"_op_type": "index", "_index": index, "_id": f"{doc.document_id}:{n if n is not None else 0}",
         "_source": {**meta, "page": n, "text": text}}
        for n, text in items
    ]


class ElasticsearchEngine:
    name = "elasticsearch"

    def __init__(self, url: str, index_prefix: str = "boardpapers", *, shards: int = 1, replicas: int = 0,
                 request_timeout: float = 30.0, client=None):
        from elasticsearch import Elasticsearch

        self.url = url
        self.prefix = index_prefix
        self.shards, self.replicas = shards, replicas
        self.es = client or Elasticsearch(url, request_timeout=request_timeout)
        try:
            self._setup()
        except SearchError:
            raise
        except Exception as exc:
            raise SearchError(f"elasticsearch at {url}: {_reason(exc)}") from exc

    # --- indices and aliases -----------------------------------------------------------------------------

    def alias(self, kind: str) -> str:
        return f"{self.prefix}-{kind}"

    def _setup(self) -> None:
        for kind in KINDS:
            body = index_template(self.prefix, kind, shards=self.shards, replicas=self.replicas)
            self.es.indices.put_index_template(name=f"{self.prefix}-{kind}", **body)
        for kind in KINDS:
            if not self.es.indices.exists_alias(name=self.alias(kind)):
                from elasticsearch import BadRequestError

                try:
                    self.es.indices.create(index=f"{self.alias(kind)}-{time.time_ns()}",
                                           aliases={self.alias(kind): {}})
                except BadRequestError as exc:  # another process won the race
                    if "resource_already_exists" not in str(exc):
                        raise
            elif kind == "decisions":  # an index made before decision kinds: add the new fields (additive)
                self.es.indices.put_mapping(index=self.alias(kind), properties=MAPPINGS[kind]["properties"])

    def _concrete(self, kind: str) -> list[str]:
        try:
            return sorted(self.es.indices.get_alias(name=self.alias(kind)).body.keys())
        except Exception:
            return []

    def drop(self) -> None:
        """Delete every index and template of this prefix (tests, uninstall)."""
        for kind in KINDS:
            for idx in self._concrete(kind):
                self.es.indices.delete(index=idx, ignore_unavailable=True)
            self.es.options(ignore_status=404).indices.delete_index_template(name=f"{self.prefix}-{kind}")

    def close(self) -> None:
        self.es.close()

    # --- writing -----------------------------------------------------------------------------------------

    def _bulk(self, actions: Iterator[dict], key_of, parallel: bool = False) -> tuple[set[str], dict[str, str]]:
        from elasticsearch import helpers

        ok: set[str] = set()
        failed: dict[str, str] = {}
        if parallel:
            results = helpers.parallel_bulk(self.es, actions, thread_count=BULK_THREADS, chunk_size=CHUNK_ACTIONS,
                                            raise_on_error=False, raise_on_exception=False)
        else:
            results = helpers.streaming_bulk(self.es, actions, raise_on_error=False, raise_on_exception=False,
                                             chunk_size=500, max_retries=2)
        for success, item in results:
            op = next(iter(item.values()))
            key = key_of(op.get("_id", ""))
            if success:
                ok.add(key)
            else:
                err = op.get("error")
                if isinstance(err, dict):
                    err = f"{err.get('type')}: {err.get('reason')}"
                failed.setdefault(key, str(err or op.get("status")))
        return ok - set(failed), failed

    def _loading(self, indices: list[str], on: bool) -> None:
        """Bulk-load settings: no refresh and no replicas while loading; the defaults and the configured
        replicas back afterwards."""
        settings = ({"refresh_interval": "-1", "number_of_replicas": 0} if on
                    else {"refresh_interval": None, "number_of_replicas": self.replicas})
        self.es.indices.put_settings(index=",".join(indices), settings={"index": settings})

    def index_documents(self, docs: Iterable[IndexedDocument]) -> BulkResult:
        return self._index_documents(docs, self.alias("pages"), self.alias("docs"), self.alias("decisions"),
                                     cleanup=True)

    def _index_documents(self, docs: Iterable[IndexedDocument], pages_index: str, docs_index: str,
                         decisions_index: str, cleanup: bool) -> BulkResult:
        result = BulkResult()
        token = f"{time.time_ns()}"
        indices = [pages_index, docs_index, decisions_index]
        batch: list[IndexedDocument] = []
        done: list[str] = []
        loading = False

        def flush():
            actions: list[dict] = []
            good: list[IndexedDocument] = []
            for doc in batch:
                try:
                    acts = page_actions(doc, pages_index, token)
                    acts.append(document_action(doc, docs_index))
                    acts += [
                        {"_op_type": "index", "_index": decisions_index, "_id": f"{doc.document_id}:d{i}",
                         "_source": {"document_id": doc.document_id, "source_id": doc.source_id,
                                     "meeting_date": doc.meeting_date.isoformat() if doc.meeting_date else None,
                                     "item": d.item, "item_title": d.item_title, "page": d.page,
                                     "text": clean_text(d.text), "index_token": token,
                                     # an extraction stored before kinds existed gets its kind from the same rule
                                     "kind": d.kind or decision_kind(d.text), "seq": i,
                                     "meeting_id": doc.meeting_id, "board_name": doc.board_name,
                                     "title": doc.title, "url": doc.url}}
                        for i, d in enumerate(doc.decisions)
                    ]
                except Exception as exc:
                    result.failed.append((getattr(doc, "document_id", "?"), f"{type(exc).__name__}: {exc}"))
                    continue
                actions += acts
                good.append(doc)
            try:
                ok, failed = self._bulk(iter(actions), lambda _id: _id.rsplit(":", 1)[0], parallel=True)
            except Exception as exc:
                raise SearchError(f"elasticsearch at {self.url}: bulk indexing failed ({_reason(exc)})") from exc
            for doc in good:
                if doc.document_id in failed:
                    result.failed.append((doc.document_id, failed[doc.document_id]))
                else:
                    result.indexed += 1
                    done.append(doc.document_id)
            batch.clear()

        try:
            for doc in docs:
                batch.append(doc)
                if len(batch) >= BULK_CHUNK:
                    if not loading:  # a bulk load: refresh and replicas off until the end
                        self._loading(indices, True)
                        loading = True
                    flush()
            if batch:
                flush()
        finally:
            if loading:
                self._loading(indices, False)
        if cleanup and done:  # drop pages / decisions of older versions of the re-indexed documents
            for i in range(0, len(done), 5000):
                q = {"bool": {"filter": [{"terms": {"document_id": done[i:i + 5000]}}],
                              "must_not": [{"term": {"index_token": token}}]}}
                for idx in (pages_index, decisions_index):
                    self._delete_where(idx, q)
        self.es.indices.refresh(index=",".join(indices))
        return result

    def index_meetings(self, meetings: Iterable[IndexedMeeting]) -> BulkResult:
        return self._index_meetings(meetings, self.alias("meetings"))

    def _index_meetings(self, meetings: Iterable[IndexedMeeting], index: str) -> BulkResult:
        result = BulkResult()
        ids: list[str] = []

        def actions():
            for m in meetings:
                ids.append(m.meeting_id)
                yield {
                    "_op_type": "index", "_index": index, "_id": m.meeting_id,
                    "_source": {
                        "meeting_id": m.meeting_id, "source_id": m.source_id, "board_type": m.board_type,
                        "date": m.date.isoformat() if m.date else None, "status": m.status,
                        "organisation_keys": sorted(org_keys([
                            v for r in m.attendance for v in (r.organisation, r.organisation_id, r.organisation_name) if v
                        ])),
                        "record": meeting_to_json(m),
                    },
                }

        try:
            ok, failed = self._bulk(actions(), lambda _id: _id)
        except Exception as exc:
            raise SearchError(f"elasticsearch at {self.url}: bulk indexing failed ({_reason(exc)})") from exc
        result.indexed = len(ok)
        result.failed.extend(failed.items())
        self.es.indices.refresh(index=index)
        return result

    def delete_document(self, document_id: str) -> None:
        q = {"term": {"document_id": document_id}}
        for kind in ("pages", "docs", "decisions"):
            self._delete_where(self.alias(kind), q)

    def _delete_where(self, index: str, query: dict) -> None:
        """Delete the documents matching ``query``: search their ids, then bulk-delete them (works without the
        reindex module that ``_delete_by_query`` needs)."""
        from elasticsearch import helpers

        self.es.indices.refresh(index=index)
        ids: list[tuple[str, str]] = []
        after = None
        while True:
            kw: dict[str, Any] = {"index": index, "query": query, "size": 5000, "_source": False,
                                  "sort": [{"_doc": "asc"}], "track_total_hits": False}
            if after:
                kw["search_after"] = after
            hits = self.es.search(**kw)["hits"]["hits"]
            ids += [(h["_index"], h["_id"]) for h in hits]
            if len(hits) < 5000:
                break
            after = hits[-1]["sort"]
        if ids:
            helpers.bulk(self.es, ({"_op_type": "delete", "_index": i, "_id": d} for i, d in ids),
                         raise_on_error=False, refresh=True)

    def delete_meeting(self, meeting_id: str) -> None:
        self.es.options(ignore_status=404).delete(index=self.alias("meetings"), id=meeting_id, refresh=True)

    def rebuild(self, docs: Iterable[IndexedDocument], meetings: Iterable[IndexedMeeting]) -> BulkResult:
        """Create fresh indices, bulk-load them, then swap every alias in one atomic call and drop the old."""
        stamp = time.time_ns()
        new = {kind: f"{self.alias(kind)}-{stamp}" for kind in KINDS}
        old = {kind: self._concrete(kind) for kind in KINDS}
        for idx in new.values():  # created for bulk loading: settings restored once loaded
            self.es.indices.create(index=idx, settings={"index": {"refresh_interval": "-1", "number_of_replicas": 0}})
        try:
            result = self._index_documents(docs, new["pages"], new["docs"], new["decisions"], cleanup=False)
            m = self._index_meetings(meetings, new["meetings"])
            result.failed.extend(m.failed)
            self._loading(list(new.values()), False)
            self.es.indices.refresh(index=",".join(new.values()))
        except BaseException:
            self.es.indices.delete(index=",".join(new.values()), ignore_unavailable=True)
            raise
        actions = []
        for kind in KINDS:
            actions += [{"remove": {"index": idx, "alias": self.alias(kind)}} for idx in old[kind]]
            actions.append({"add": {"index": new[kind], "alias": self.alias(kind)}})
        self.es.indices.update_aliases(actions=actions)
        stale = [idx for kind in KINDS for idx in old[kind]]
        if stale:
            self.es.indices.delete(index=",".join(stale), ignore_unavailable=True)
        return result

    # --- reading -----------------------------------------------------------------------------------------

    def document_count(self) -> int:
        r = self.es.search(index=self.alias("pages"), size=0, track_total_hits=False,
                           aggs={"n": {"cardinality": {"field": "document_id", "precision_threshold": CARDINALITY_PRECISION}}})
        return int(r["aggregations"]["n"]["value"])

    def search(self, query: SearchQuery) -> SearchResult:
        validate_query(query)
        body = build_search_body(query)
        by_documents = page_decided(parse(query.q))
        try:
            if by_documents:  # top hits from the pages, exact total and facets from the documents: one round trip
                r = self.es.msearch(searches=[{"index": self.alias("pages")}, body,
                                              {"index": self.alias("docs")}, build_docs_body(query)])
                for part in r["responses"]:
                    if "error" in part:
                        raise SearchError(f"elasticsearch at {self.url}: search failed ({_reason_of(part['error'])})")
                r, counted = r["responses"]
            else:
                r = self.es.search(index=self.alias("pages"), **body)
        except SearchError:
            raise
        except Exception as exc:
            raise SearchError(f"elasticsearch at {self.url}: search failed ({_reason(exc)})") from exc
        hits = []
        for h in r["hits"]["hits"]:
            s = h["_source"]
            frag = (h.get("highlight") or {}).get("text") or []
            snippet = _clean_fragment(frag[0]) if frag else lead_snippet("")
            date = s.get("meeting_date")
            hits.append(SearchHit(
                document_id=s["document_id"], title=s.get("title") or "", body=s["source_id"],
                meeting_date=dt.date.fromisoformat(date) if date else None, type=s.get("type") or "other",
                url=s.get("url") or "", snippet=snippet, page=s.get("page"),
                score=h.get("_score") if body["sort"][0].get("_score") else None,
                board_name=s.get("board_name"), board_type=s.get("board_type"),
            ))
        facets = {}
        if by_documents:
            total, total_exact = int(counted["hits"]["total"]["value"]), True
            aggs = counted.get("aggregations") or {}
            if query.facets:
                for name in FACET_FIELDS:
                    buckets = aggs.get(f"facet_{name}", {}).get("buckets", [])
                    facets[name] = {str(b["key"]): int(b["doc_count"]) for b in buckets}
        else:
            aggs = r.get("aggregations") or {}
            total = int(aggs.get("total_docs", {}).get("value", 0))
            total_exact = total <= CARDINALITY_PRECISION
            if query.facets:
                for name in FACET_FIELDS:
                    buckets = aggs.get(f"facet_{name}", {}).get("buckets", [])
                    facets[name] = {str(b["key"]): int(b["docs"]["value"]) for b in buckets}
        return SearchResult(total=total, hits=hits, facets=facets, total_exact=total_exact)

    def facets(self, query: SearchQuery) -> dict[str, dict[str, int]]:
        q = SearchQuery(**{**query.__dict__, "facets": True, "limit": 0, "offset": 0})
        return self.search(q).facets

    def get_document(self, document_id: str) -> IndexedDocument | None:
        r = self.es.search(index=self.alias("pages"), query={"term": {"document_id": document_id}},
                           size=10000, sort=[{"page": {"order": "asc", "missing": "_last"}}])
        hits = r["hits"]["hits"]
        if not hits:
            return None
        s = hits[0]["_source"]
        dr = self.es.search(index=self.alias("decisions"), query={"term": {"document_id": document_id}}, size=4096)
        decisions = [
            Decision(item=d["_source"].get("item"), text=d["_source"].get("text") or "",
                     item_title=d["_source"].get("item_title"), page=d["_source"].get("page"),
                     kind=d["_source"].get("kind"))
            for d in sorted(dr["hits"]["hits"], key=lambda d: int(d["_id"].rsplit(":d", 1)[1]))
        ]
        date = s.get("meeting_date")
        return IndexedDocument(
            document_id=document_id, source_id=s["source_id"], board_name=s.get("board_name") or "",
            board_type=s.get("board_type") or "other", title=s.get("title") or "", type=s.get("type") or "other",
            url=s.get("url") or "", meeting_id=s.get("meeting_id"),
            meeting_date=dt.date.fromisoformat(date) if date else None, sha256=s.get("sha256") or "",
            pages=[Page(number=h["_source"]["page"], text=h["_source"]["text"]) for h in hits
                   if h["_source"].get("page") is not None],
            organisations=s.get("organisations") or [], decisions=decisions,
        )

    def search_decisions(self, query: DecisionQuery) -> DecisionResult:
        """Decisions matching ``query``: selected here, ordered / faceted / paged by ``search.decisions``."""
        check_query(query)
        flt: list[dict] = []
        if query.org:
            meeting_ids = attended_meeting_ids(self.iter_meetings(meetings_query(query)), query.org)
            if not meeting_ids:
                return finish([], query)
            flt.append({"terms": {"meeting_id": sorted(meeting_ids)}})
        if query.body:
            flt.append({"terms": {"source_id": list(query.body)}})
        if query.kind:
            flt.append({"terms": {"kind": list(query.kind)}})
        if query.date_from or query.date_to:
            rng = {k: v.isoformat() for k, v in (("gte", query.date_from), ("lte", query.date_to)) if v}
            flt.append({"range": {"meeting_date": rng}})
        from elasticsearch.helpers import scan

        selected = []
        try:
            for h in scan(self.es, index=self.alias("decisions"), size=1000,
                          query={"query": {"bool": {"must": [to_es(parse(query.q))], "filter": flt}}}):
                s = h["_source"]
                date = s.get("meeting_date")
                selected.append((int(h["_id"].rsplit(":d", 1)[1]), DecisionHit(
                    text=s.get("text") or "", kind=s.get("kind") or decision_kind(s.get("text") or ""),
                    item=s.get("item"), item_title=s.get("item_title"), body=s["source_id"],
                    meeting_date=dt.date.fromisoformat(date) if date else None, document_id=s["document_id"],
                    page=s.get("page"), url=s.get("url") or "", board_name=s.get("board_name"),
                    title=s.get("title"), meeting_id=s.get("meeting_id"))))
        except Exception as exc:
            raise SearchError(f"elasticsearch at {self.url}: decision search failed ({_reason(exc)})") from exc
        return finish(selected, query)

    def iter_meetings(self, query: TrendQuery | None = None) -> list[IndexedMeeting]:
        q = build_meetings_query(query or TrendQuery())
        out: list[IndexedMeeting] = []
        after = None
        try:
            while True:
                kw: dict[str, Any] = {"index": self.alias("meetings"), "query": q, "size": 1000,
                                      "sort": [{"meeting_id": "asc"}], "track_total_hits": False}
                if after:
                    kw["search_after"] = after
                r = self.es.search(**kw)
                hits = r["hits"]["hits"]
                out += [meeting_from_json(h["_source"]["record"]) for h in hits]
                if len(hits) < 1000:
                    break
                after = hits[-1]["sort"]
        except Exception as exc:
            raise SearchError(f"elasticsearch at {self.url}: trend query failed ({_reason(exc)})") from exc
        return out

    def attendance_trends(self, query: TrendQuery, today=None) -> list[TrendRow]:
        return compute_trends(self.iter_meetings(query), query, today=today)


def _clean_fragment(fragment: str) -> str:
    """Elasticsearch's html encoder escapes more characters than html.escape; normalise the common ones so
    both engines' snippets look alike (still only <mark> is markup)."""
    return fragment.replace("&#x27;", "'").replace("&#39;", "'").replace("&quot;", '"').replace("&#x2F;", "/")


def _reason_of(err) -> str:
    if isinstance(err, dict):
        root = (err.get("root_cause") or [err])[0]
        return f"{root.get('type')}: {root.get('reason')}"
    return str(err)


def _reason(exc: Exception) -> str:
    info = getattr(exc, "info", None) or getattr(exc, "body", None)
    if isinstance(info, dict):
        err = info.get("error")
        if isinstance(err, dict):
            root = (err.get("root_cause") or [err])[0]
            return f"{root.get('type')}: {root.get('reason')}"
    return f"{type(exc).__name__}: {exc}"
