"""The embedded engine's own rules: bounded totals, migration from the previous (FTS5-only) index directory,
batched writes that fall back to one-by-one."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from boardpapers.errors import SearchError
from boardpapers.models import IndexedDocument, Page, SearchQuery
from boardpapers.search import open_engine
from boardpapers.search import tantivy_search


def doc(i: int, text: str, source: str = "north-hwb") -> IndexedDocument:
    return IndexedDocument(
        document_id=f"d{i}", source_id=source, board_name="North", board_type="hwb", title=f"Doc {i}",
        type="minutes", url=f"https://example.org/{i}.pdf", meeting_id=f"m{i}", meeting_date=dt.date(2016, 1, 1) + dt.timedelta(days=i),
        sha256=f"s{i}", pages=[Page(1, text), Page(2, "Filler page about nothing much.")],
        organisations=["North Council"],
    )


@pytest.fixture
def engine(home):
    eng = open_engine("embedded", home=home)
    yield eng
    eng.close()


def test_and_totals_are_bounded_and_say_so(engine, monkeypatch):
    engine.index_documents([doc(i, "mental health budget") for i in range(5)] + [doc(9, "mental budget")])
    monkeypatch.setattr(tantivy_search, "TOTAL_EXACT_LIMIT", 3)
    r = engine.search(SearchQuery(q="mental AND health"))
    assert (r.total, r.total_exact) == (3, False)  # "more than 3"
    assert r.to_dict()["total_exact"] is False and len(r.hits) == 5
    r = engine.search(SearchQuery(q="mental AND health", facets=True))  # facets: counted in full, exactly
    assert (r.total, r.total_exact, r.facets["board"]) == (5, True, {"north-hwb": 5})
    r = engine.search(SearchQuery(q="mental"))  # one word: the document index counts exactly, at any size
    assert (r.total, r.total_exact) == (6, True)
    monkeypatch.setattr(tantivy_search, "COUNT_CHUNK", 2)  # row ids counted two by two: same answer
    r = engine.search(SearchQuery(q="mental -health", facets=True))
    assert (r.total, [h.document_id for h in r.hits]) == (1, ["d9"])


def test_ties_are_broken_by_document_id_across_fetch_rounds(engine):
    engine.index_documents([doc(i, "identical words on every page") for i in range(150)])
    r = engine.search(SearchQuery(q="identical", limit=5, offset=100))
    assert [h.document_id for h in r.hits] == sorted(f"d{i}" for i in range(150))[100:105]
    r = engine.search(SearchQuery(q="", sort="date_asc", limit=3))
    assert [(h.document_id, h.page) for h in r.hits] == [("d0", 1), ("d1", 1), ("d2", 1)]


def test_a_bad_document_in_a_batch_is_reported_alone(engine):
    bad = doc(1, "fine text")
    bad.pages[0].number = 0
    res = engine.index_documents([doc(0, "alpha"), bad, doc(2, "alpha")])
    assert res.indexed == 2 and [f[0] for f in res.failed] == ["d1"]
    assert engine.search(SearchQuery(q="alpha")).total == 2 and engine.document_count() == 2


def test_old_index_directory_asks_for_reindex_and_rebuild_migrates_it(home):
    old = open_engine("fts5", home=home)  # the previous engine's layout: index/index-0.sqlite
    old.index_documents([doc(1, "legacy words")])
    old.close()
    assert (home / "index" / "index-0.sqlite").exists()
    eng = open_engine("embedded", home=home)  # opening works (reindex needs it) ...
    with pytest.raises(SearchError, match="boardpapers reindex"):  # ... using it says what to do
        eng.search(SearchQuery(q="legacy"))
    res = eng.rebuild([doc(1, "legacy words"), doc(2, "new words")], [])
    assert res.indexed == 2
    assert eng.search(SearchQuery(q="words")).total == 2
    assert not list((home / "index").glob("index-0.sqlite*"))
    eng.close()
    again = open_engine("embedded", home=home)
    assert again.search(SearchQuery(q="legacy")).total == 1
    again.close()


def test_cli_names_reindex_for_an_old_index_and_reindex_fixes_it(home):
    old = open_engine("fts5", home=home)
    old.index_documents([doc(1, "legacy words")])
    old.close()

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "boardpapers.cli", *args, "--home", str(home)],
                              capture_output=True, text=True, timeout=300)

    r = cli("search", "legacy", "--json")
    assert r.returncode != 0 and "boardpapers reindex" in r.stderr and "Traceback" not in r.stderr
    assert r.stderr.count("\n") == 1
    r = cli("reindex")
    assert r.returncode == 0, r.stderr
    r = cli("search", "legacy", "--json")
    assert r.returncode == 0 and '"total": 0' in r.stdout  # the catalogue is empty: nothing to index


def test_rebuild_is_atomic_and_cleans_up(engine, home):
    engine.index_documents([doc(1, "before")])
    engine.rebuild([doc(2, "after")], [])
    gens = [p.name for p in (home / "index").iterdir() if p.is_dir()]
    assert len(gens) == 1 and (home / "index" / "CURRENT").read_text().strip() == gens[0]
    assert engine.search(SearchQuery(q="before")).total == 0 and engine.search(SearchQuery(q="after")).total == 1



PHRASE_PAGES = [
    "The Better Care Fund was agreed.",
    "better, care;\n\nfund (with punctuation and a blank line between the words)",
    "  leading separators: better care funds and funding",  # inflections stem alike
    "better care's fund",  # an apostrophe splits a word: not the phrase
    "Bëtter Cäre Fünd with accents folded",
    "better care and then a fund elsewhere",  # all the words, not the phrase
    "fund care better in the wrong order",
] + [f"better care fund, the same page again ({i})" for i in range(150)]  # ties beyond the first fetch


def test_a_phrase_is_ranked_exactly_in_one_fetch_round(home):
    """Phrases skip the small first round (they cannot skip blocks): the same documents in the same order as
    the word-by-word ranking rules give, ties by document_id, every page counted."""
    eng = open_engine("embedded", home=home)
    eng.index_documents([doc(i, text) for i, text in enumerate(PHRASE_PAGES)])
    r = eng.search(SearchQuery(q='"better care fund"', limit=200))
    expected = {"d0", "d1", "d2", "d4"} | {f"d{i}" for i in range(7, 157)}
    assert {h.document_id for h in r.hits} == expected and (r.total, r.total_exact) == (len(expected), True)
    scores = [h.score for h in r.hits]
    assert scores == sorted(scores, reverse=True)
    for a, b in zip(r.hits, r.hits[1:]):  # equal scores: document_id order
        if a.score == b.score:
            assert a.document_id < b.document_id
    page = eng.search(SearchQuery(q='"better care fund"', limit=5, offset=100))
    assert [h.document_id for h in page.hits] == [h.document_id for h in r.hits[100:105]]
    eng.close()
