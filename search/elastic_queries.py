"""Elasticsearch request bodies for searches (pure functions, pinned by tests/search/test_elastic_bodies.py).

A search is one request on the documents index, whose pages are nested: a ``nested`` query runs the whole
query on each page (a document matches when one of its pages does, as on the embedded engine; AND and NOT
included) and scores a document by its best page (``score_mode: max``); ``inner_hits`` gives that page's
number and text (the client makes the snippet, as on the embedded engine: ``snippets``). The documents themselves
are counted and faceted, so totals and facets are exact; an AND / NOT or phrase query's total stops at
``TOTAL_EXACT_LIMIT`` ("more than N", as on the embedded engine; the rule is ``query.total_is_bounded``) when no
facets are asked for.
"""
from __future__ import annotations

from typing import Any

from boardpapers.models import SearchQuery, TrendQuery

from .common import FACET_SIZE, TOTAL_EXACT_LIMIT, effective_sort, org_keys
from .query import Node, parse, to_es, total_is_bounded

FACET_FIELDS = {"board": "source_id", "year": "year", "type": "type", "organisation": "organisations"}
# what a hit shows: everything else in a document's _source (its pages above all) stays on the server
HIT_FIELDS = ["document_id", "title", "source_id", "meeting_date", "type", "url", "board_name", "board_type"]
BEST_PAGE = "best_page"  # the inner_hits name


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


def pages_query(tree: Node | None, sort: str) -> dict:
    """The query on the pages of each document: the best page (by score, then the lowest number; by number
    alone when sorting by date) comes back as an inner hit with its number and text, from which the client
    makes the snippet (``snippets``: the embedded engine's rule; Elasticsearch's highlighter cost about half of
    a search's CPU)."""
    page_order = {"pages.page": {"order": "asc", "missing": "_last"}}
    return {"nested": {
        "path": "pages", "score_mode": "max", "query": to_es(tree, "pages.text"),
        "inner_hits": {
            "name": BEST_PAGE, "size": 1, "_source": {"includes": ["pages.text"]}, "docvalue_fields": ["pages.page"],
            "sort": [{"_score": {"order": "desc"}}, page_order] if sort == "relevance" else [page_order],
        },
    }}


def build_search_body(query: SearchQuery) -> dict:
    """The documents-index request for a SearchQuery: the top documents with their best page and snippet,
    the total and the facets."""
    tree = parse(query.q)
    sort = effective_sort(query, tree)
    sorts = {
        "relevance": [{"_score": {"order": "desc"}}, {"document_id": {"order": "asc"}}],
        "date": [{"meeting_date": {"order": "desc", "missing": "_last"}}, {"document_id": {"order": "asc"}}],
        "date_asc": [{"meeting_date": {"order": "asc", "missing": "_last"}}, {"document_id": {"order": "asc"}}],
    }[sort]
    exact = not total_is_bounded(tree, query.facets)
    body: dict[str, Any] = {
        "query": {"bool": {"must": [pages_query(tree, sort)], "filter": search_filters(query)}},
        "sort": sorts,
        "from": max(0, query.offset),
        "size": max(0, query.limit),
        # one more than the limit: "more than N" is told from exactly N
        "track_total_hits": True if exact else TOTAL_EXACT_LIMIT + 1,
        "_source": {"includes": HIT_FIELDS},
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
