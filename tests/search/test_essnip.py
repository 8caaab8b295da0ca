"""One snippet rule for both engines (branch h/essnip): Elasticsearch returns the best page's text, no highlight,
and the client makes the snippet with the embedded engine's rule (``search/snippets.py``)."""
from __future__ import annotations

import datetime as dt
import uuid

import pytest

from boardpapers.models import IndexedDocument, Page, SearchQuery
from boardpapers.search import open_engine
from boardpapers.search.query import parse
from boardpapers.search.snippets import Snippets

FILLER = "The chair noted the apologies and the minutes of the last meeting were agreed as a true record. "
LONG_PAGE = FILLER * 4 + "Funding for the heron project & the <b>budget</b> was approved. " + FILLER * 3


def _doc(document_id: str, *pages: str) -> IndexedDocument:
    return IndexedDocument(
        document_id=document_id, source_id="north-hwb", board_name="North HWB", board_type="hwb",
        title=f"Minutes {document_id}", type="minutes", url=f"https://example.org/{document_id}.pdf",
        meeting_id="m1", meeting_date=dt.date(2021, 3, 4), sha256="0" * 64,
        pages=[Page(i + 1, t) for i, t in enumerate(pages)])


def test_marks_are_the_positive_words_analysed_and_prefixes():
    s = Snippets(parse('budgets OR "heron project" -chair commiss*'))
    assert s.marks == {"budget", "heron", "project"}  # stemmed; the negated word is not marked
    assert s.prefixes == ["commiss"]
    assert s.is_mark("budget") and s.is_mark("commissioning") and not s.is_mark("chair")
    assert Snippets(parse("-heron")).marks == set() and Snippets(None).marks == set()


def test_snippet_centres_on_the_densest_run_escapes_and_cuts_at_spaces():
    snippet = Snippets(parse("heron budget")).snippet(LONG_PAGE)
    assert snippet == ("\u2026as a true record. Funding for the <mark>heron</mark> project &amp; the "
                       "&lt;b&gt;<mark>budget</mark>&lt;/b&gt; was approved. The chair noted the apologies and the "
                       "minutes of the last meeting were agreed as a true record. The chair noted the\u2026")
    # nothing to mark: the start of the page, cut at a word boundary
    assert Snippets(parse("-heron")).snippet("short page") == "short page"
    assert Snippets(parse("zebra")).snippet(LONG_PAGE) == (
        "The chair noted the apologies and the minutes of the last meeting were agreed as a true record. The chair "
        "noted the apologies and the minutes of the last meeting were agreed as a true record. The\u2026")


QUERIES = ["heron", "budget heron", '"heron project"', "fund*", "budget OR zebra -nothing", "approved -zebra", "",
           "chair", "budgets"]


@pytest.fixture
def both(home, elasticsearch_url):
    embedded = open_engine("embedded", home=home)
    es = open_engine("elasticsearch", home=home, url=elasticsearch_url, index_prefix=f"bpsnip-{uuid.uuid4().hex[:8]}")
    docs = [_doc("long", FILLER, LONG_PAGE), _doc("short", "Heron sightings: budget & <script>x</script>"),
            _doc("plain", FILLER * 5)]
    for eng in (embedded, es):
        res = eng.index_documents(docs)
        assert res.indexed == len(docs) and not res.failed
    try:
        yield embedded, es
    finally:
        es.drop()
        es.close()
        embedded.close()


@pytest.mark.elasticsearch
@pytest.mark.parametrize("q", QUERIES)
def test_both_engines_show_the_same_best_page_and_snippet(both, q):
    embedded, es = both
    got = {}
    for name, eng in (("embedded", embedded), ("elasticsearch", es)):
        r = eng.search(SearchQuery(q=q, sort="date"))
        got[name] = sorted((h.document_id, h.page, h.snippet) for h in r.hits)
    assert got["elasticsearch"] == got["embedded"]
    assert got["embedded"], q
    pages = {"long": [FILLER, LONG_PAGE], "short": ["Heron sightings: budget & <script>x</script>"],
             "plain": [FILLER * 5]}
    for document_id, page, snippet in got["elasticsearch"]:  # the rule applied to the page Elasticsearch chose
        assert snippet == Snippets(parse(q)).snippet(pages[document_id][page - 1])
