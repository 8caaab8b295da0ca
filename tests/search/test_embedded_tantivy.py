"""The embedded engine's analysis in Python (each whitespace token analysed once, both indexes fed the analysed
words), the bounded count of phrase queries, and the migration of a generation of the earlier layout."""
from __future__ import annotations

import os
import signal
import sqlite3
import time
import types

import pytest

from boardpapers.errors import SearchError
from boardpapers.models import SearchQuery
from boardpapers.search import open_engine, tantivy_search
from boardpapers.search.tantivy_index import _Gen, _tantivy

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


class _Pages:
    """A pages searcher answering every query with the given (score, row id, page) hits, best first."""

    def __init__(self, rows):
        self.rows = rows
        self.calls = 0

    def search(self, query, limit, count, **order):
        self.calls += 1
        return types.SimpleNamespace(hits=[(score, addr) for addr, (score, _, _) in enumerate(self.rows)][:limit])

    def fast_field_values(self, field, addrs):
        return [self.rows[a][1 if field == "doc" else 2] for a in addrs]


def _top(rows, need):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, document_id TEXT)")
    conn.executemany("INSERT INTO documents VALUES (?, ?)", [(d, f"d{d}") for d in {r[1] for r in rows}])
    search = object.__new__(tantivy_search._Search)  # only top_documents' own parts: the searcher is given
    search.t, search.conn, search.sort, search.phrases, search.matching = _tantivy(), conn, "relevance", False, None
    search._max_row_id = None
    search.searchers = {"pages": _Pages(rows)}
    return search.top_documents(None, need), search


def test_a_hit_shows_the_first_of_its_documents_pages_with_the_best_score():
    """As Elasticsearch's inner hit (score, then page number): not whichever tied page Tantivy returned first
    (that depends on how a rebuild's threads split the pages into segments)."""
    ranked, search = _top([(2.0, 1, 7), (2.0, 1, 3), (1.5, 2, 9), (1.5, 2, 4), (1.0, 1, 1)], need=2)
    assert [(did, page) for did, page, _, _ in ranked] == [(1, 3), (2, 4)]
    assert search.matching == {1, 2}  # every matching page was fetched: the total needs no count


def test_matching_documents_are_known_only_when_every_matching_page_was_fetched():
    rows = [(100.0 - i, i, 1) for i in range(200)]  # more pages than the first round fetches, all distinct scores
    ranked, search = _top(rows, need=2)
    assert [did for did, _, _, _ in ranked] == [0, 1] and search.matching is None


@pytest.mark.parametrize("sort", ["relevance", "date", "date_asc"])
def test_a_phrase_ranked_in_two_halves_at_once_gives_the_answer_of_one_evaluation(home, monkeypatch, sort):
    """Both cores (``BOARDPAPERS_SEARCH_PARALLEL=on``): the two halves' hits, merged in Tantivy's order and cut at
    the fetch limit, must keep the same pages as one evaluation, ties at the cut included: 30 documents here share
    the best score, more than the 16 pages fetched for one hit."""
    texts = ["better care fund", "the better care fund, the better care fund", "better care fund " + "item " * 6,
             "care fund better"]
    eng = open_engine("embedded", home=home)
    eng.index_documents([doc(i, texts[i % 4]) for i in range(120)])
    monkeypatch.setattr(tantivy_search, "TIE_FETCH", 8)
    monkeypatch.setattr(tantivy_search, "TOTAL_EXACT_LIMIT", 50)
    halves = []
    within = tantivy_search._Search.within
    monkeypatch.setattr(tantivy_search._Search, "within", lambda self, kind, *a: halves.append(kind) or within(self, kind, *a))
    answers = {}
    for mode in ("off", "on"):
        monkeypatch.setenv("BOARDPAPERS_SEARCH_PARALLEL", mode)
        answers[mode] = [eng.search(SearchQuery(q='"better care fund"', sort=sort, limit=1, offset=offset, facets=facets))
                         .to_dict() for offset in (0, 1) for facets in (False, True)]
        assert halves.count("pages") == (8 if mode == "on" else 0)  # two halves per search when on
        halves.clear()
    assert answers["on"] == answers["off"]
    assert [(a["total"], a["total_exact"], len(a["hits"])) for a in answers["on"]] == [(50, False, 1), (90, True, 1)] * 2
    eng.close()


def test_a_bounded_phrase_count_stops_sooner_with_the_documents_the_ranking_fetched(home, monkeypatch):
    """The documents of the pages fetched for the ranking match: those beyond the chunks counted so far add to the
    count, so "more than" the limit is known after fewer chunks; the answer is the one a full count gives."""
    eng = open_engine("embedded", home=home)
    # documents 25..40 rank first (the phrase alone on their page): they are the ones the ranking fetches
    eng.index_documents([doc(i, "the better care fund and the plan for the year" if i < 25 else "better care fund")
                         for i in range(1, 41)])
    monkeypatch.setenv("BOARDPAPERS_SEARCH_PARALLEL", "off")
    monkeypatch.setattr(tantivy_search, "TIE_FETCH", 16)  # one hit: 16 pages fetched, of 40 matching
    monkeypatch.setattr(tantivy_search, "COUNT_CHUNK", 2)
    monkeypatch.setattr(tantivy_search, "TOTAL_EXACT_LIMIT", 30)
    chunks = []
    within = tantivy_search._Search.within
    monkeypatch.setattr(tantivy_search._Search, "within", lambda self, kind, *a: chunks.append(kind) or within(self, kind, *a))
    r = eng.search(SearchQuery(q='"better care fund"', limit=1))
    assert (r.total, r.total_exact, r.hits[0].document_id) == (30, False, "d25")
    # without them: 16 chunks of two row ids (1..31); with the 16 fetched (row ids 25..40) beyond: 8 (1..15, plus 16)
    assert chunks.count("docs") == 8
    monkeypatch.setattr(tantivy_search, "TOTAL_EXACT_LIMIT", 40)
    r = eng.search(SearchQuery(q='"better care fund"', limit=1))
    assert (r.total, r.total_exact) == (40, True)  # every chunk counted: exact
    eng.close()


def test_a_process_forked_after_a_search_used_both_cores_starts_its_own_pool(home, monkeypatch):
    """The pool's threads do not survive a fork: a child that used the parent's pool would wait forever."""
    eng = open_engine("embedded", home=home)
    eng.index_documents([doc(i, "the better care fund") for i in range(4)])
    monkeypatch.setenv("BOARDPAPERS_SEARCH_PARALLEL", "on")
    monkeypatch.setattr(tantivy_search, "_pool_executor", None)
    monkeypatch.setattr(tantivy_search, "SEARCH_THREADS", 1)  # one pool thread, idle once the search is done
    assert eng.search(SearchQuery(q='"better care fund"', facets=True)).total == 4  # the parent's pool is started
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: search, write the total, leave without running the parent's clean-up
        try:
            total = eng.search(SearchQuery(q='"better care fund"', facets=True)).total
            os.write(w, str(total).encode())
        finally:
            os._exit(0)
    os.close(w)
    deadline = time.monotonic() + 20
    while not os.waitpid(pid, os.WNOHANG)[0]:  # a child stuck on dead threads is killed, and the test fails
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            break
        time.sleep(0.05)
    assert os.read(r, 16) == b"4"
    os.close(r)
    eng.close()


class _Recording:
    """A SQLite connection that remembers the statements it ran."""

    def __init__(self, conn):
        self.conn, self.sql = conn, []

    def execute(self, sql, args=()):
        self.sql.append(sql)
        return self.conn.execute(sql, args)


_IDS = [f"doc-{i:05d}" for i in __import__("random").Random(5).sample(range(100_000), 2000)]  # row id i+1: _IDS[i]
_BY_ID = sorted(range(1, 2001), key=lambda rid: _IDS[rid - 1])  # row ids in document_id order


@pytest.mark.parametrize("tied, statements", [
    (range(1, 1501), ("walk",)),  # most documents tied: five of them are met early in document_id order
    (range(1900, 1921), ("lookup",)),  # a few: each row id looked up
    (_BY_ID[1000:], ("walk", "lookup")),  # half, with the largest document_ids: none within the walk's budget
])
def test_the_first_document_ids_of_tied_documents_are_the_smallest_whichever_way_they_are_found(tied, statements):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, document_id TEXT NOT NULL UNIQUE)")
    conn.executemany("INSERT INTO documents VALUES (?, ?)", list(enumerate(_IDS, start=1)))
    search = object.__new__(tantivy_search._Search)
    search.conn, search._max_row_id = _Recording(conn), None
    dids = list(tied)
    got = search.first_document_ids(dids, 5)
    assert got == dict(sorted(((d, _IDS[d - 1]) for d in dids), key=lambda kv: kv[1])[:5])
    ran = tuple(("lookup" if "json_each" in q else "walk") for q in search.conn.sql if "ORDER BY document_id" in q)
    assert ran == statements
