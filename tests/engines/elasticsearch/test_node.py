"""Checks that the test node (or the server at ELASTICSEARCH_URL) does what the search code relies on."""
from __future__ import annotations

import uuid

import pytest

elasticsearch = pytest.importorskip("elasticsearch")

pytestmark = pytest.mark.elasticsearch


@pytest.fixture
def es(elasticsearch_url):
    client = elasticsearch.Elasticsearch(elasticsearch_url, request_timeout=30)
    yield client
    client.close()


@pytest.fixture
def index(es):
    name = f"test-node-{uuid.uuid4().hex[:8]}"
    es.indices.create(
        index=name,
        settings={
            "number_of_shards": 1,
            "number_of_replicas": 0,
            "analysis": {
                "filter": {
                    "english_stemmer": {"type": "stemmer", "language": "english"},
                    "english_possessive": {"type": "stemmer", "language": "possessive_english"},
                    "shingles": {"type": "shingle", "min_shingle_size": 2, "max_shingle_size": 3},
                },
                "analyzer": {
                    "english_shingles": {
                        "tokenizer": "standard",
                        "char_filter": ["html_strip"],
                        "filter": ["english_possessive", "lowercase", "asciifolding", "english_stemmer", "shingles"],
                    }
                },
            },
        },
        mappings={
            "properties": {
                "title": {"type": "text", "analyzer": "english"},
                "body": {
                    "type": "text",
                    "analyzer": "english",
                    "fields": {"shingles": {"type": "text", "analyzer": "english_shingles"}},
                },
                "meeting_date": {"type": "date"},
            }
        },
    )
    yield name
    es.indices.delete(index=name, ignore_unavailable=True)


def test_cluster_info_and_health(es):
    info = es.info()
    major = int(info["version"]["number"].split(".")[0])
    assert major >= 8
    assert info["version"]["lucene_version"]
    health = es.cluster.health(wait_for_status="yellow", timeout="30s")
    assert health["status"] in ("green", "yellow")
    assert health["number_of_nodes"] >= 1


def test_english_analyzer_and_shingles(es, index):
    tokens = [t["token"] for t in es.indices.analyze(index=index, analyzer="english", text="The Boards' meetings")["tokens"]]
    assert tokens == ["board", "meet"]
    shingles = [
        t["token"]
        for t in es.indices.analyze(index=index, analyzer="english_shingles", text="<p>Café budgets approved</p>")["tokens"]
    ]
    assert "cafe" in shingles
    assert "cafe budget" in shingles
    assert "budget approv" in shingles


def test_search_with_highlight_and_simple_query_string(es, index):
    docs = [
        {"title": "Finance committee", "body": "The committee approved the budgets for the new libraries.", "meeting_date": "2024-03-01"},
        {"title": "Planning board", "body": "Planning applications were deferred to the next meeting.", "meeting_date": "2024-04-01"},
        {"title": "Full council", "body": "Council noted the library budget and the planning report.", "meeting_date": "2024-05-01"},
    ]
    for i, doc in enumerate(docs):
        es.index(index=index, id=str(i), document=doc)
    es.indices.refresh(index=index)

    result = es.search(
        index=index,
        query={"match": {"body": "library budget"}},
        highlight={"fields": {"body": {}}, "pre_tags": ["<mark>"], "post_tags": ["</mark>"]},
    )
    hits = result["hits"]["hits"]
    assert {hit["_id"] for hit in hits} == {"0", "2"}
    fragments = " ".join(fragment for hit in hits for fragment in hit["highlight"]["body"])
    assert "<mark>budgets</mark>" in fragments
    assert "<mark>libraries</mark>" in fragments

    result = es.search(
        index=index,
        query={
            "simple_query_string": {
                "query": '"planning report" | (committee +budgets) -deferred',
                "fields": ["title^2", "body"],
                "default_operator": "and",
            }
        },
    )
    assert {hit["_id"] for hit in result["hits"]["hits"]} == {"0", "2"}

    phrase = es.search(index=index, query={"match_phrase": {"body.shingles": "library budget"}})
    assert [hit["_id"] for hit in phrase["hits"]["hits"]] == ["2"]


def test_pattern_tokenizer_porter_stem_and_folding_normalizer(es):
    """The components search/elastic.py uses (all from analysis-common in a real Elasticsearch)."""
    name = f"test-node-{uuid.uuid4().hex[:8]}"
    es.indices.create(
        index=name,
        settings={
            "number_of_shards": 1,
            "number_of_replicas": 0,
            "analysis": {
                "tokenizer": {
                    "words": {"type": "pattern", "pattern": "[^\\p{L}\\p{N}]+"},
                    "csv": {"type": "pattern", "pattern": "\\s*,\\s*"},
                    "quoted": {"type": "pattern", "pattern": "\"([^\"]+)\"", "group": 1},
                    "default_pattern": {"type": "pattern"},
                },
                "analyzer": {
                    "stemmed": {"tokenizer": "words", "filter": ["lowercase", "asciifolding", "porter_stem"]},
                    "csv": {"tokenizer": "csv"},
                    "quoted": {"tokenizer": "quoted"},
                    "default_pattern": {"tokenizer": "default_pattern"},
                },
                "normalizer": {"folded": {"type": "custom", "filter": ["lowercase", "asciifolding"]}},
            },
        },
        mappings={"properties": {"org": {"type": "keyword", "normalizer": "folded"}}},
    )
    try:
        def analyze(**kw):
            return [t["token"] for t in es.indices.analyze(index=name, **kw)["tokens"]]

        assert analyze(analyzer="stemmed", text="Café Déjà-vu, running QUICKLY; 2024's naïve") == [
            "cafe", "deja", "vu", "run", "quickli", "2024", "s", "naiv"]
        assert analyze(analyzer="csv", text="a b , c,d") == ["a b", "c", "d"]
        assert analyze(analyzer="quoted", text='"one", "two three"') == ["one", "two three"]
        assert analyze(analyzer="default_pattern", text="Hello, World-2") == ["Hello", "World", "2"]
        assert analyze(normalizer="folded", text="Société Générale") == ["societe generale"]
    finally:
        es.indices.delete(index=name, ignore_unavailable=True)
