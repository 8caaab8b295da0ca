"""The embedded engine's documents index (each document's distinct whitespace tokens, no positions), queries
holding a phrase counted on the pages index, the bounded count of phrase queries, and the migration of a
generation of an earlier layout."""
from __future__ import annotations

import os

import pytest

from boardpapers.errors import SearchError
from boardpapers.models import SearchQuery
from boardpapers.search import open_engine, tantivy_search
from boardpapers.search.tantivy_index import _Gen, distinct_tokens

from .test_embedded_engine import doc

TEXTS = [
    "Health and Wellbeing Board: minutes of 12/03/2019 (item 4.1) — RESOLVED: That the plan be approved.",
    "health/care  integration,,, the Council's   reports;re-commissioning\u00a0services\tand\nschemes",
    "Café naïve coöperation ÆSIR straße \u2474 item \u2460 x\u00b2 ½ caf\u00e9",  # accents, folded forms, numbers
    "... --- !!! ? \u2014 \u2013 \u2022",  # tokens that give no word at all
    "ref1234 A1B2 under_score über-große 2019-20",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_documents_distinct_tokens_give_exactly_the_words_of_its_pages(tmp_path, text):
    gen = _Gen(tmp_path / "g", create=True)
    pages = [text, TEXTS[1], text]
    assert set(gen.analyze(distinct_tokens(pages))) == {w for p in pages for w in gen.analyze(p)}


def test_queries_with_positions_are_counted_on_the_pages_index(home):
    """The documents index has no positions: a phrase, a phrase prefix, or one token the analyzer splits into
    two words (matched as a phrase) are counted, and faceted, from the pages."""
    eng = open_engine("embedded", home=home)
    eng.index_documents([doc(1, "better care fund"), doc(2, "care better, fund"), doc(3, "better care funding"),
                         doc(4, "fund")])
    for q, ids in (('"better care fund"', {"d1", "d3"}), ("better-care", {"d1", "d3"}), ('"better car*"', {"d1", "d3"}),
                   ('"better care fund" OR fund', {"d1", "d2", "d3", "d4"}), ('fund NOT "care fund"', {"d2", "d4"})):
        for facets in (False, True):
            r = eng.search(SearchQuery(q=q, facets=facets))
            assert ({h.document_id for h in r.hits}, r.total, r.total_exact) == (ids, len(ids), True), (q, facets)
            if facets:
                assert r.facets["board"] == {"north-hwb": len(ids)}
    eng.close()


def test_phrase_and_word_queries_match_as_before(home):
    eng = open_engine("embedded", home=home)
    eng.index_documents([doc(1, "The Better Care Fund plan, approved."), doc(2, "Better care: the fund's review"),
                         doc(3, "Commissioning and re-commissioning of services")])
    assert [h.document_id for h in eng.search(SearchQuery(q='"better care fund"')).hits] == ["d1"]
    assert {h.document_id for h in eng.search(SearchQuery(q="fund")).hits} == {"d1", "d2"}
    assert {h.document_id for h in eng.search(SearchQuery(q="commission*")).hits} == {"d3"}
    hit = eng.search(SearchQuery(q="approved")).hits[0]
    assert hit.snippet == "The Better Care Fund plan, <mark>approved</mark>."
    assert [p.text for p in eng.get_document("d2").pages][0] == "Better care: the fund's review"
    eng.close()


def test_phrase_totals_are_bounded_without_facets_and_exact_with_them(home, monkeypatch):
    eng = open_engine("embedded", home=home)
    eng.index_documents([doc(i, "the better care fund plan") for i in range(6)] + [doc(9, "care better fund")])
    monkeypatch.setattr(tantivy_search, "TOTAL_EXACT_LIMIT", 4)
    r = eng.search(SearchQuery(q='"better care fund"'))
    assert (r.total, r.total_exact, len(r.hits)) == (4, False, 6)  # "more than 4"
    r = eng.search(SearchQuery(q='"better care fund"', facets=True))
    assert (r.total, r.total_exact, r.facets["board"]) == (6, True, {"north-hwb": 6})
    monkeypatch.setattr(tantivy_search, "TOTAL_EXACT_LIMIT", 6)
    monkeypatch.setattr(tantivy_search, "COUNT_CHUNK", 2)  # row ids counted two by two: the same, exact
    r = eng.search(SearchQuery(q='"better care fund"'))
    assert (r.total, r.total_exact) == (6, True)
    eng.close()


@pytest.mark.parametrize("old_name", ["gen-1764662400000000000", "gen-0",  # reindexed before / never (no CURRENT)
                                      "g2-1764662400000000000", "g2-0"])
def test_a_generation_of_the_earlier_layout_asks_for_reindex_and_rebuild_replaces_it(home, old_name):
    eng = open_engine("embedded", home=home)
    eng.index_documents([doc(1, "legacy words")])
    eng.close()
    index = home / "index"
    (gen,) = [p for p in index.iterdir() if p.is_dir()]
    assert gen.name.startswith("g3-")
    old = index / old_name  # the names the earlier layout gave its generations
    os.rename(gen, old)
    if old_name.endswith("-0"):  # the first generation of a directory never reindexed: no CURRENT file
        (index / "CURRENT").unlink(missing_ok=True)
    else:
        (index / "CURRENT").write_text(old.name + "\n", encoding="utf-8")
    eng = open_engine("embedded", home=home)
    with pytest.raises(SearchError, match="boardpapers reindex"):
        eng.search(SearchQuery(q="legacy"))
    assert eng.rebuild([doc(1, "legacy words"), doc(2, "new words")], []).indexed == 2
    assert eng.search(SearchQuery(q="words")).total == 2
    assert not old.exists()
    eng.close()
