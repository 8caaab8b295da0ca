"""The Elasticsearch engine, through the official ``elasticsearch`` client (8.x client; 8.x and 9.x servers).

Indices (``<prefix>`` defaults to ``boardpapers``), each behind an alias so ``rebuild`` swaps atomically; the
first concrete index of each alias is ``<alias>-0`` (a fixed name: two processes opening an empty server at
once both try to create it and one simply finds it there), and ``rebuild`` makes ``<alias>-<ns>``:

- ``<prefix>-documents``: one Elasticsearch document per DOCUMENT (``_id`` = its document_id), its pages nested
  (``pages.page``, ``pages.text``): ranking per page, snippets, hits, exact totals and facets — each page's text
  analysed once. Re-indexing a document replaces it with all its pages in one write.
- ``<prefix>-meetings``: one per meeting, with its attendance records (stored as an unindexed object; trends are
  counted in Python by ``trends.compute_trends``, the same code as the embedded engine).
- ``<prefix>-decisions``: one per decision, searchable text linked to its item.

Indices of the layout before (``<prefix>-pages``, one per page, and ``<prefix>-docs``, the text again per
document) are found on opening: searching and indexing then fail with a message saying to run ``reindex``,
whose ``rebuild`` makes the new indices and deletes the old ones.

The parts: ``elastic_schema`` (analysis, mappings, templates, bulk-load settings), ``elastic_queries`` (search
request bodies; how totals and facets are counted), ``elastic_bulk`` (bulk actions and the bulk loop). Queries
come from the same parser as the embedded engine (``query.to_es``), so no user text is ever parsed as
Elasticsearch syntax. Prefix queries expand to at most ``query.ES_MAX_EXPANSIONS`` terms.

Bulk loading (``rebuild`` and ``index_documents`` calls of ``BULK_CHUNK`` documents or more): parallel bulk
requests, with refresh off, no replicas and an asynchronous translog while loading, restored afterwards, then
one refresh.
"""
from __future__ import annotations

import datetime as dt
import itertools
import time
from typing import Any, Iterable

from boardpapers.errors import SearchError
from boardpapers.extractors.decisions import decision_kind
from boardpapers.models import (
    Decision,
    DecisionHit,
    DecisionQuery,
    DecisionResult,
    IndexedDocument,
    IndexedMeeting,
    Page,
    SearchHit,
    SearchQuery,
    SearchResult,
    TrendQuery,
    TrendRow,
)

from .base import BulkResult
from .common import TOTAL_EXACT_LIMIT, validate_query
from .decisions import attended_meeting_ids, check_query, finish, meetings_query
from .elastic_bulk import document_action, document_actions, meeting_action, send
from .elastic_queries import BEST_PAGE, FACET_FIELDS, build_meetings_query, build_search_body
from .elastic_schema import (
    ANALYSIS,
    FIRST_INDEX,
    KINDS,
    LOADING_SETTINGS,
    MAPPINGS,
    OLD_KINDS,
    index_template,
    loaded_settings,
)
from .query import parse, to_es, total_is_bounded
from .snippets import Snippets
from .trends import compute_trends, meeting_from_json

# re-exported: the import path of the pure parts stays boardpapers.search.elastic
__all__ = ["ElasticsearchEngine", "ANALYSIS", "MAPPINGS", "index_template", "build_search_body",
           "build_meetings_query", "document_action"]

BULK_CHUNK = 500  # documents per flush; a call with more is a bulk load (refresh and replicas off until the end)


class ElasticsearchEngine:
    name = "elasticsearch"

    def __init__(self, url: str, index_prefix: str = "boardpapers", *, shards: int = 1, replicas: int = 0,
                 request_timeout: float = 30.0, client=None):
        from elasticsearch import Elasticsearch

        self.url = url
        self.prefix = index_prefix
        self.shards, self.replicas = shards, replicas
        self.es = client or Elasticsearch(url, request_timeout=request_timeout)
        self.old_layout: list[str] = []  # aliases of the per-page layout found on opening (see _check_layout)
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
        from elasticsearch import BadRequestError

        for kind in KINDS:
            body = index_template(self.prefix, kind, shards=self.shards, replicas=self.replicas)
            self.es.indices.put_index_template(name=f"{self.prefix}-{kind}", **body)
        for kind in KINDS:
            alias = self.alias(kind)
            if self.es.indices.exists_alias(name=alias):
                if kind == "decisions":  # an index made before decision kinds: add the new fields (additive)
                    self.es.indices.put_mapping(index=alias, properties=MAPPINGS[kind]["properties"])
                continue
            first = f"{alias}-{FIRST_INDEX}"
            try:  # create if absent: a racing process creating the same name gets "already exists"
                self.es.indices.create(index=first, aliases={alias: {}})
            except BadRequestError as exc:
                if "resource_already_exists" not in str(exc):
                    raise
                if not self.es.indices.exists_alias(name=alias):  # left without its alias: give it back
                    self.es.indices.put_alias(index=first, name=alias)
        self.old_layout = [self.alias(k) for k in OLD_KINDS if self.es.indices.exists_alias(name=self.alias(k))]

    def _check_layout(self) -> None:
        """Refuse to read or write documents while the per-page indices of the layout before are there: their
        documents are not in the new index until ``reindex`` (``rebuild``) moves them."""
        if self.old_layout:
            raise SearchError(
                f"elasticsearch at {self.url}: {', '.join(self.old_layout)} have the per-page layout of an older "
                f"version; run `boardpapers reindex` to rebuild the index as {self.alias('documents')} "
                "(the old indices are deleted once it is built)")

    def _drop_old_layout(self) -> None:
        for kind in OLD_KINDS:
            for idx in self._concrete(kind):
                self.es.indices.delete(index=idx, ignore_unavailable=True)
            self.es.options(ignore_status=404).indices.delete_index_template(name=f"{self.prefix}-{kind}")
        self.old_layout = []

    def _concrete(self, kind: str) -> list[str]:
        try:
            return sorted(self.es.indices.get_alias(name=self.alias(kind)).body.keys())
        except Exception:
            return []

    def drop(self) -> None:
        """Delete every index and template of this prefix (tests, uninstall)."""
        self._drop_old_layout()
        for kind in KINDS:
            for idx in self._concrete(kind):
                self.es.indices.delete(index=idx, ignore_unavailable=True)
            self.es.options(ignore_status=404).indices.delete_index_template(name=f"{self.prefix}-{kind}")

    def close(self) -> None:
        self.es.close()

    # --- writing -----------------------------------------------------------------------------------------

    def _loading(self, indices: list[str], on: bool) -> None:
        """Bulk-load settings on (``elastic_schema.LOADING_SETTINGS``) or back to the configured ones."""
        settings = LOADING_SETTINGS if on else loaded_settings(self.replicas)
        self.es.indices.put_settings(index=",".join(indices), settings={"index": settings})

    def index_documents(self, docs: Iterable[IndexedDocument]) -> BulkResult:
        self._check_layout()
        return self._index_documents(docs, self.alias("documents"), self.alias("decisions"), cleanup=True)

    def _index_documents(self, docs: Iterable[IndexedDocument], documents_index: str, decisions_index: str,
                         cleanup: bool) -> BulkResult:
        result = BulkResult()
        token = f"{time.time_ns()}"
        indices = [documents_index, decisions_index]
        docs = iter(docs)
        first = list(itertools.islice(docs, BULK_CHUNK))
        loading = len(first) >= BULK_CHUNK  # a bulk load: refresh, replicas and translog fsync off until the end
        sent: list[str] = []

        def actions():  # one stream for the whole call, so the bulk threads never wait for a batch to drain
            for doc in itertools.chain(first, docs):
                try:
                    acts = document_actions(doc, documents_index, decisions_index, token)
                except Exception as exc:  # a bad document is reported, and nothing of it is sent
                    result.failed.append((getattr(doc, "document_id", "?"), f"{type(exc).__name__}: {exc}"))
                    continue
                sent.append(doc.document_id)
                yield from acts

        # a document's own entry has its id as _id; a decision's is "<document_id>:d<seq>"
        documents_prefix = self.alias("documents") + "-"

        def key_of(index: str, _id: str) -> str:
            return _id if index.startswith(documents_prefix) else _id.rsplit(":d", 1)[0]

        if loading:
            self._loading(indices, True)
        try:
            ok, failed = send(self.es, actions(), key_of, parallel=loading)
        except Exception as exc:
            raise SearchError(f"elasticsearch at {self.url}: bulk indexing failed ({_reason(exc)})") from exc
        finally:
            if loading:
                self._loading(indices, False)
        done = [d for d in sent if d not in failed]
        result.indexed += len(done)
        result.failed.extend((d, failed[d]) for d in dict.fromkeys(sent) if d in failed)
        if cleanup and done:  # drop decisions of older versions of the re-indexed documents (pages are replaced)
            for i in range(0, len(done), 5000):
                q = {"bool": {"filter": [{"terms": {"document_id": done[i:i + 5000]}}],
                              "must_not": [{"term": {"index_token": token}}]}}
                self._delete_where(decisions_index, q)
        self.es.indices.refresh(index=",".join(indices))
        return result

    def index_meetings(self, meetings: Iterable[IndexedMeeting]) -> BulkResult:
        return self._index_meetings(meetings, self.alias("meetings"))

    def _index_meetings(self, meetings: Iterable[IndexedMeeting], index: str) -> BulkResult:
        result = BulkResult()
        try:
            ok, failed = send(self.es, (meeting_action(m, index) for m in meetings), lambda _index, _id: _id)
        except Exception as exc:
            raise SearchError(f"elasticsearch at {self.url}: bulk indexing failed ({_reason(exc)})") from exc
        result.indexed = len(ok)
        result.failed.extend(failed.items())
        self.es.indices.refresh(index=index)
        return result

    def delete_document(self, document_id: str) -> None:
        self._check_layout()
        self.es.options(ignore_status=404).delete(index=self.alias("documents"), id=document_id, refresh=True)
        self._delete_where(self.alias("decisions"), {"term": {"document_id": document_id}})

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
            self.es.indices.create(index=idx, settings={"index": LOADING_SETTINGS})
        try:
            result = self._index_documents(docs, new["documents"], new["decisions"], cleanup=False)
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
        self._drop_old_layout()  # an upgrade: the per-page layout's indices are replaced by the new ones
        return result

    # --- reading -----------------------------------------------------------------------------------------

    def document_count(self) -> int:
        self._check_layout()
        return int(self.es.count(index=self.alias("documents"))["count"])  # nested pages are not counted

    def search(self, query: SearchQuery) -> SearchResult:
        validate_query(query)
        self._check_layout()
        body = build_search_body(query)
        try:
            r = self.es.search(index=self.alias("documents"), **body)
        except Exception as exc:
            raise SearchError(f"elasticsearch at {self.url}: search failed ({_reason(exc)})") from exc
        hits = []
        snippets = Snippets(parse(query.q)) if r["hits"]["hits"] else None
        for h in r["hits"]["hits"]:
            s = h["_source"]
            best = h["inner_hits"][BEST_PAGE]["hits"]["hits"]
            best = best[0] if best else {}
            text = (best.get("_source") or {}).get("text") or ""
            page = (best.get("fields") or {}).get("pages.page") or [None]
            date = s.get("meeting_date")
            hits.append(SearchHit(
                document_id=s["document_id"], title=s.get("title") or "", body=s["source_id"],
                meeting_date=dt.date.fromisoformat(date) if date else None, type=s.get("type") or "other",
                url=s.get("url") or "", snippet=snippets.snippet(text),
                page=page[0], score=h.get("_score") if body["sort"][0].get("_score") else None,
                board_name=s.get("board_name"), board_type=s.get("board_type"),
            ))
        total, total_exact = int(r["hits"]["total"]["value"]), True
        if total > TOTAL_EXACT_LIMIT and total_is_bounded(parse(query.q), query.facets):
            total, total_exact = TOTAL_EXACT_LIMIT, False  # as the embedded engine: "more than N"
        facets = {}
        if query.facets:
            aggs = r.get("aggregations") or {}
            for name in FACET_FIELDS:
                buckets = aggs.get(f"facet_{name}", {}).get("buckets", [])
                facets[name] = {str(b["key"]): int(b["doc_count"]) for b in buckets}
        return SearchResult(total=total, hits=hits, facets=facets, total_exact=total_exact)

    def facets(self, query: SearchQuery) -> dict[str, dict[str, int]]:
        q = SearchQuery(**{**query.__dict__, "facets": True, "limit": 0, "offset": 0})
        return self.search(q).facets

    def get_document(self, document_id: str) -> IndexedDocument | None:
        self._check_layout()
        r = self.es.options(ignore_status=404).get(index=self.alias("documents"), id=document_id)
        if not r.get("found"):
            return None
        s = r["_source"]
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
            pages=[Page(number=p["page"], text=p["text"]) for p in s.get("pages") or [] if p.get("page") is not None],
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


def _reason(exc: Exception) -> str:
    info = getattr(exc, "info", None) or getattr(exc, "body", None)
    if isinstance(info, dict):
        err = info.get("error")
        if isinstance(err, dict):
            root = (err.get("root_cause") or [err])[0]
            return f"{root.get('type')}: {root.get('reason')}"
    return f"{type(exc).__name__}: {exc}"
