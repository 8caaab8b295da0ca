"""One rule, for both engines, of when a search total may read "more than N" (search.query.total_is_bounded)."""
from __future__ import annotations

import pytest

from boardpapers.search.query import parse, total_is_bounded


@pytest.mark.parametrize("q, bounded", [
    ("", False), ("health", False), ("health*", False), ("health OR care", False), ('"care"', False),
    ('"better care fund"', True), ('health OR "better care"', True), ("health care", True),
    ("health -care", True), ('-"better care"', True),
])
def test_which_totals_are_bounded(q, bounded):
    assert total_is_bounded(parse(q), facets=False) is bounded
    assert total_is_bounded(parse(q), facets=True) is False  # facets always count in full

