"""One rule, for both engines, of when a search total may read "more than N" (search.query.total_is_bounded)."""
from __future__ import annotations

import pytest

from boardpapers.models import SearchQuery
from boardpapers.search.common import TOTAL_EXACT_LIMIT
from boardpapers.search.elastic_queries import build_search_body
from boardpapers.search.query import parse, total_is_bounded


@pytest.mark.parametrize("q, bounded", [
    ("", False), ("health", False), ("health*", False), ("health OR care", False), ('"care"', False),
    ('"better care fund"', True), ('health OR "better care"', True), ("health care", True),
    ("health -care", True), ('-"better care"', True),
])
def test_which_totals_are_bounded(q, bounded):
    assert total_is_bounded(parse(q), facets=False) is bounded
    assert total_is_bounded(parse(q), facets=True) is False  # facets always count in full


@pytest.mark.parametrize("q", ['"better care fund"', "health care"])
def test_elasticsearch_stops_counting_where_the_rule_says(q):
    assert build_search_body(SearchQuery(q=q))["track_total_hits"] == TOTAL_EXACT_LIMIT + 1
    assert build_search_body(SearchQuery(q=q, facets=True))["track_total_hits"] is True
    assert build_search_body(SearchQuery(q="health"))["track_total_hits"] is True
