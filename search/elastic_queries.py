"""Elasticsearch request bodies for searches (pure functions, pinned by tests/search/test_elastic_bodies.py).

A search is one ``_msearch`` round trip when one page decides like the whole document (no query, a word, a
phrase, a prefix, an OR of those): the top hits from the pages index (collapsed to documents, highlighted),
and the exact total and facets from the documents index. For AND / NOT queries the pages index alone answers:
its ``cardinality`` of ``document_id`` (``precision_threshold`` 40000: below it a hash set, which can only
under-count on a hash collision) gives the total, capped like the embedded engine's at ``TOTAL_EXACT_LIMIT``
("more than N") when no facets are asked for.
"""
from __future__ import annotations

from typing import Any

from boardpapers.models import SearchQuery, TrendQuery

from .common import FACET_SIZE, effective_sort, org_keys
from .query import page_decided, parse, to_es

CARDINALITY_PRECISION = 40000
SNIPPET_CHARS = 200
FACET_FIELDS = {"board": "source_id", "year": "year", "type": "type", "organisation": "organisations"}
# what a hit shows: everything else in a page's _source (its text above all) stays on the server
HIT_FIELDS = ["document_id", "title", "source_id", "meeting_date", "type", "url", "page", "board_name", "board_type"]


def _terms(**values) -> list[dict]:
    """A ``terms`` clause per field given values (in the order given)."""
    return [{"terms": {field: list(v)}} for field, v in values.items() if v]


def _date_range(field: str, date_from, date_to) -> dict:
    return {"range": {field: {k: v.isoformat() for k, v in (("gte", date_from), ("lte", date_to)) if v}}}


def search_filters(query: SearchQuery) -> list[dict]:
    """The filter clauses of a search (filter context: not scored, cached per segment by Elasticsearch)."""
    out = _terms(source_id=query.body, board_type=query.board_type, type=query.type)
    if query.date_from or query.date_to:
        out.append(_date_range("meeting_date", query.date_from, query.date_to))
    if query.org:
        out.append({"terms": {"organisation_keys": sorted(org_keys(list(query.org)))}})
    return out


def _facet_agg(field: str) -> dict:
    return {
        "terms": {"field": field, "size": FACET_SIZE, "order": [{"docs": "desc"}, {"_key": "asc"}]},
        "aggs": {"docs": {"cardinality": {"field": "document_id", "precision_threshold": CARDINALITY_PRECISION}}},
    }


def build_search_body(query: SearchQuery) -> dict:
    """The pages-index request for a SearchQuery: top hits collapsed to documents, with snippets."""
    tree = parse(query.q)
    sort = effective_sort(query, tree)
    by_page = {"page": {"order": "asc", "missing": "_last"}}
    sorts = {
        "relevance": [{"_score": {"order": "desc"}}, {"document_id": {"order": "asc"}}, by_page],
        "date": [{"meeting_date": {"order": "desc", "missing": "_last"}}, {"document_id": {"order": "asc"}}, by_page],
        "date_asc": [{"meeting_date": {"order": "asc", "missing": "_last"}}, {"document_id": {"order": "asc"}}, by_page],
    }[sort]
    body: dict[str, Any] = {
        "query": {"bool": {"must": [to_es(tree)], "filter": search_filters(query)}},
        "collapse": {"field": "document_id"},
        "sort": sorts,
        "from": max(0, query.offset),
        "size": max(0, query.limit),
        "track_total_hits": False,
        "_source": {"includes": HIT_FIELDS},
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
    """The request counting matching DOCUMENTS exactly, with their facets, on the documents index (size 0:
    nothing is scored, and the node's request cache can answer a repeated request)."""
    body: dict[str, Any] = {
        "query": {"bool": {"must": [to_es(parse(query.q))], "filter": search_filters(query)}},
        "size": 0, "track_total_hits": True,
    }
    if query.facets:
        body["aggs"] = {
            f"facet_{name}": {"terms": {"field": field, "size": FACET_SIZE, "shard_size": 10 * FACET_SIZE + 1000,
                                        "order": [{"_count": "desc"}, {"_key": "asc"}]}}
            for name, field in FACET_FIELDS.items()
        }
    return body


def build_meetings_query(query: TrendQuery) -> dict:
    """The filter selecting meetings for a trend query (pure; counting happens in ``trends``)."""
    flt = _terms(source_id=query.body, board_type=query.board_type)
    if query.date_from or query.date_to:
        flt.append(_date_range("date", query.date_from, query.date_to))
    return {"bool": {"filter": flt}}
