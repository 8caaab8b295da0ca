"""One Elasticsearch document per paper with its pages nested (branch h/esbulk), on the real test node:
re-indexing replaces a document's pages, documents without pages still match, and an index of the per-page
layout before is refused with a message naming ``reindex``, which upgrades it."""
from __future__ import annotations

import datetime as dt
import uuid

import pytest

from boardpapers.errors import SearchError
from boardpapers.models import Decision, IndexedDocument, Page, SearchQuery

pytestmark = pytest.mark.elasticsearch


def _doc(document_id: str, *pages: str, decisions=()) -> IndexedDocument:
    return IndexedDocument(
        document_id=document_id, source_id="north-hwb", board_name="North HWB", board_type="hwb",
        title=f"Minutes {document_id}", type="minutes", url=f"https://example.org/{document_id}.pdf",
        meeting_id="m1", meeting_date=dt.date(2021, 3, 4), sha256="0" * 64,
        pages=[Page(i + 1, t) for i, t in enumerate(pages)], decisions=list(decisions))


@pytest.fixture
def engine(elasticsearch_url):
    from boardpapers.search.elastic import ElasticsearchEngine

    eng = ElasticsearchEngine(elasticsearch_url, index_prefix=f"bpesbulk-{uuid.uuid4().hex[:8]}")
    yield eng
    eng.drop()
    eng.close()


def test_reindexing_a_document_replaces_its_pages_and_decisions(engine):
    engine.index_documents([_doc("d1", "winter pressures", "heron budget",
                                 decisions=[Decision(item="1", text="RESOLVED: That the heron plan be noted.")])])
    engine.index_documents([_doc("d1", "winter pressures only")])  # one page now, no decisions
    assert engine.search(SearchQuery(q="heron")).total == 0
    hit, = engine.search(SearchQuery(q="pressures")).hits
    assert (hit.document_id, hit.page) == ("d1", 1)
    assert [p.text for p in engine.get_document("d1").pages] == ["winter pressures only"]
    from boardpapers.models import DecisionQuery
    assert engine.search_decisions(DecisionQuery(q="heron")).total == 0
    assert engine.document_count() == 1


def test_best_page_ranks_and_snippets_the_document(engine):
    engine.index_documents([
        _doc("a", "nothing here", "heron heron heron report", "heron once"),
        _doc("b", "heron once among many other words of a long page about budgets and plans"),
        _doc("empty"),  # no pages: a stub page, so it is still found by match-all and NOT queries
    ])
    r = engine.search(SearchQuery(q="heron", facets=True))
    assert [(h.document_id, h.page) for h in r.hits] == [("a", 2), ("b", 1)]
    assert "<mark>heron</mark>" in r.hits[0].snippet
    assert (r.total, r.total_exact, r.facets["board"]) == (2, True, {"north-hwb": 2})
    everything = engine.search(SearchQuery(q="", facets=True))
    assert everything.total == 3 and everything.facets["year"] == {"2021": 3}
    assert {h.document_id: h.page for h in everything.hits} == {"a": 1, "b": 1, "empty": None}
    assert {h.document_id for h in engine.search(SearchQuery(q="-heron")).hits} == {"a", "empty"}
    # AND is decided per page, as on the embedded engine: "heron report" is on a's page 2 only
    assert [(h.document_id, h.page) for h in engine.search(SearchQuery(q="heron report")).hits] == [("a", 2)]
    assert engine.search(SearchQuery(q="budgets report")).total == 0  # on two different documents' pages


def test_an_index_of_the_per_page_layout_is_refused_then_upgraded_by_rebuild(elasticsearch_url):
    from elasticsearch import Elasticsearch

    from boardpapers.search.elastic import ElasticsearchEngine

    prefix = f"bpold-{uuid.uuid4().hex[:8]}"
    es = Elasticsearch(elasticsearch_url)
    # what the version before left: one index per page and a text-only documents index, each behind its alias
    es.indices.create(index=f"{prefix}-pages-0", aliases={f"{prefix}-pages": {}},
                      mappings={"properties": {"document_id": {"type": "keyword"}, "text": {"type": "text"}}})
    es.indices.create(index=f"{prefix}-docs-0", aliases={f"{prefix}-docs": {}},
                      mappings={"_source": {"enabled": False}, "properties": {"text": {"type": "text"}}})
    es.index(index=f"{prefix}-pages", id="old:1", document={"document_id": "old", "text": "heron"}, refresh=True)
    es.indices.put_index_template(name=f"{prefix}-pages", index_patterns=[f"{prefix}-pages-*"], priority=200)
    eng = ElasticsearchEngine(elasticsearch_url, index_prefix=prefix)
    try:
        for call in (lambda: eng.search(SearchQuery(q="heron")), lambda: eng.index_documents([_doc("new", "x")]),
                     eng.document_count):
            with pytest.raises(SearchError, match=r"per-page layout of an older version; run `boardpapers reindex`"):
                call()
        result = eng.rebuild([_doc("old", "heron nesting season")], [])
        assert (result.indexed, result.failed) == (1, [])
        assert not es.indices.exists_alias(name=f"{prefix}-pages") and not es.indices.exists_alias(name=f"{prefix}-docs")
        assert not es.indices.exists(index=f"{prefix}-pages-0,{prefix}-docs-0", allow_no_indices=False,
                                     ignore_unavailable=True)
        assert not es.options(ignore_status=404).indices.exists_index_template(name=f"{prefix}-pages")
        assert [h.document_id for h in eng.search(SearchQuery(q="heron")).hits] == ["old"]
        reopened = ElasticsearchEngine(elasticsearch_url, index_prefix=prefix)  # a later process: no complaint
        assert reopened.document_count() == 1
        reopened.close()
    finally:
        eng.drop()
        eng.close()
        es.options(ignore_status=404).indices.delete(index=f"{prefix}-*")
        es.close()
