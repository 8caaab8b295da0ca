"""The embedded engine's analysis in Python (each whitespace token analysed once, both indexes fed the analysed
words), the bounded count of phrase queries, and the migration of a generation of the earlier layout."""
from __future__ import annotations

import os

import pytest

from boardpapers.errors import SearchError
from boardpapers.models import SearchQuery
from boardpapers.search import open_engine, tantivy_search
from boardpapers.search.tantivy_index import _Gen

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
def test_analysing_each_whitespace_token_gives_the_words_of_the_whole_text(tmp_path, text):
    gen = _Gen(tmp_path / "g", create=True)
    words = gen.index_text(text)
    assert words.split() == gen.analyze(text)
    assert gen.index_text(text) == words  # the second time from the cache, the same
    assert gen.stems_tokenizer.analyze(words) == gen.analyze(text)  # what the indexes' tokenizer makes of it


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


@pytest.mark.parametrize("old_name", ["gen-1764662400000000000", "gen-0"])  # reindexed before / never (no CURRENT)
def test_a_generation_of_the_earlier_layout_asks_for_reindex_and_rebuild_replaces_it(home, old_name):
    eng = open_engine("embedded", home=home)
    eng.index_documents([doc(1, "legacy words")])
    eng.close()
    index = home / "index"
    (gen,) = [p for p in index.iterdir() if p.is_dir()]
    assert gen.name.startswith("g2-")
    old = index / old_name  # the names the earlier layout gave its generations
    os.rename(gen, old)
    if old_name == "gen-0":  # the first generation of a directory never reindexed: no CURRENT file
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
