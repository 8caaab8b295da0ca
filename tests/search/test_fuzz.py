"""Fuzzing the query language (Hypothesis): no text a user can type raises, and none reaches an engine as a
syntax error — on the embedded engine and on the real Elasticsearch node.

The embedded engine raises ``SearchError`` for any SQLite error (an FTS5 syntax error included) and the
Elasticsearch engine for any failed request (a query_string parse error included), so "no SearchError" is
"no syntax error reached the engine"."""
from __future__ import annotations

import string
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boardpapers.models import SearchQuery
from boardpapers.search import open_engine
from boardpapers.search.query import (And, Leaf, Not, Or, is_pure_negative, parse, to_es, to_fts5,
                                     to_simple_query_string)

from .test_contract import DOCS, MEETINGS

# Text made mostly of what query languages treat as syntax, mixed with words and any other character.
SYNTAX = list('"()*-+!~^:\\/[]{}<>=&|?\'`,.;@#$%') + ["AND", "OR", "NOT", "NEAR", "near/3", "text:", "col:",
                                                     "\x00", "\u200b", "\ufeff", "\u00a0", "\U0001F600"]
WORDS = ["care", "board", "mental", "health", "fund", "a", "é", "ſ", "ß", "İ", "x" * 50, "0", "2019"]
query_text = st.one_of(
    st.lists(st.sampled_from(SYNTAX + WORDS + [" ", "  "]), max_size=40).map("".join),
    st.lists(st.sampled_from(SYNTAX + WORDS), max_size=20).map(" ".join),
    st.text(max_size=200),
)
def fuzz(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _leaves(node):
    if isinstance(node, Leaf):
        yield node
    elif isinstance(node, (And, Or)):
        for item in node.items:
            yield from _leaves(item)
    elif isinstance(node, Not):
        yield from _leaves(node.item)


@fuzz(600)
@given(query_text)
def test_parser_never_raises_and_keeps_only_words(text):
    tree = parse(text)
    for leaf in _leaves(tree):
        # a word is letters and digits (and the marks lower-casing adds, e.g. "İ" -> "i̇"): never punctuation
        # or space, so no engine can read it as syntax
        assert leaf.words and all(word and not any(c in string.punctuation or c.isspace() for c in word)
                                  for word in leaf.words), leaf
    to_es(tree)
    to_simple_query_string(tree)


@pytest.fixture(scope="module")
def embedded(tmp_path_factory):
    engine = open_engine("embedded", home=tmp_path_factory.mktemp("fuzz-embedded"))
    engine.index_documents(DOCS)
    engine.index_meetings(MEETINGS)
    yield engine
    engine.close()


@fuzz(400)
@given(query_text)
def test_no_query_is_an_embedded_engine_error(embedded, text):
    result = embedded.search(SearchQuery(q=text, limit=5))
    assert result.total >= len(result.hits)
    tree = parse(text)
    if tree is not None and not is_pure_negative(tree):  # a pure negation ("-a -b") has no FTS5 form by design
        to_fts5(tree)


@pytest.fixture(scope="module")
def elastic(elasticsearch_url, tmp_path_factory):
    engine = open_engine("elasticsearch", home=tmp_path_factory.mktemp("fuzz-es"), url=elasticsearch_url,
                         index_prefix=f"bpfuzz-{uuid.uuid4().hex[:8]}")
    engine.index_documents(DOCS)
    engine.index_meetings(MEETINGS)
    yield engine
    engine.drop()
    engine.close()


@pytest.mark.elasticsearch
@fuzz(150)
@given(query_text)
def test_no_query_is_an_elasticsearch_error(elastic, embedded, text):
    result = elastic.search(SearchQuery(q=text, limit=50))
    # and the two engines agree on which documents the words mean
    assert {h.document_id for h in result.hits} == {h.document_id for h in embedded.search(SearchQuery(q=text, limit=50)).hits}
