"""Pin the Elasticsearch mapping, template and query bodies (pure functions; no server needed)."""
from __future__ import annotations

import datetime as dt

from boardpapers.models import IndexedDocument, Page, SearchQuery, TrendQuery
from boardpapers.search.elastic import (
    ANALYSIS,
    build_meetings_query,
    build_docs_body,
    build_search_body,
    document_action,
    index_template,
    page_actions,
)
from boardpapers.search.elastic_schema import LOADING_SETTINGS, loaded_settings
from boardpapers.search.query import parse, to_es, to_fts5, to_simple_query_string


def test_pages_template_mapping():
    t = index_template("bp", "pages", replicas=1)
    assert t["index_patterns"] == ["bp-pages-*"]
    s = t["template"]["settings"]
    assert (s["number_of_shards"], s["number_of_replicas"]) == (1, 1)
    assert s["analysis"] == ANALYSIS
    assert ANALYSIS["analyzer"]["bp_english"]["filter"] == ["lowercase", "asciifolding", "bp_stem"]
    assert ANALYSIS["filter"]["bp_stem"] == {"type": "stemmer", "language": "porter2"}  # Tantivy's stemmer
    assert ANALYSIS["tokenizer"]["bp_words"]["pattern"] == "[^\\p{L}\\p{N}]+"
    m = t["template"]["mappings"]
    assert m["dynamic"] == "strict"
    p = m["properties"]
    # no 2-word shingles (index_phrases): they doubled the indexing work for phrase queries that positions
    # answer in milliseconds at 100k pages; offsets, so highlighting reads them instead of re-analysing
    assert p["text"] == {"type": "text", "analyzer": "bp_english", "index_options": "offsets"}
    for kw in ("document_id", "source_id", "board_type", "type", "organisations", "year", "meeting_id"):
        assert p[kw] == {"type": "keyword"}, kw
    assert p["organisation_keys"] == {"type": "keyword", "normalizer": "bp_lower"}
    assert p["meeting_date"] == {"type": "date", "format": "strict_date"}
    assert p["page"] == {"type": "integer"}
    assert p["url"]["index"] is False


def test_documents_index_is_only_counted():
    m = index_template("bp", "docs")["template"]["mappings"]
    assert m["_source"] == {"enabled": False}
    assert m["properties"]["text"] == {"type": "text", "analyzer": "bp_english", "norms": False}


def test_bulk_load_settings_and_their_restoration():
    assert LOADING_SETTINGS == {"refresh_interval": "-1", "number_of_replicas": 0, "translog.durability": "async"}
    assert loaded_settings(1) == {"refresh_interval": None, "number_of_replicas": 1, "translog.durability": None}


def test_meetings_template_mapping():
    p = index_template("bp", "meetings")["template"]["mappings"]["properties"]
    assert p["record"] == {"type": "object", "enabled": False}
    assert p["date"]["type"] == "date" and p["status"] == {"type": "keyword"}


def test_search_body_for_filtered_phrase_query():
    q = SearchQuery(q='"better care" fund* -cancelled', body=["north-hwb"], org=["NHS  Northmere CCG"],
                    type=["minutes"], board_type=["hwb"], date_from=dt.date(2016, 1, 1),
                    date_to=dt.date(2016, 12, 31), limit=10, offset=20, facets=True)
    b = build_search_body(q)
    assert b["query"] == {"bool": {
        "must": [{"bool": {
            "must": [
                {"match_phrase": {"text": {"query": "better care"}}},
                {"match_phrase_prefix": {"text": {"query": "fund", "max_expansions": 1000}}},
            ],
            "must_not": [{"match": {"text": {"query": "cancelled"}}}],
        }}],
        "filter": [
            {"terms": {"source_id": ["north-hwb"]}},
            {"terms": {"board_type": ["hwb"]}},
            {"terms": {"type": ["minutes"]}},
            {"range": {"meeting_date": {"gte": "2016-01-01", "lte": "2016-12-31"}}},
            {"terms": {"organisation_keys": ["nhs northmere ccg"]}},
        ],
    }}
    assert b["collapse"] == {"field": "document_id"}
    assert (b["from"], b["size"]) == (20, 10)
    assert b["sort"][0] == {"_score": {"order": "desc"}}
    assert b["highlight"]["pre_tags"] == ["<mark>"] and b["highlight"]["encoder"] == "html"
    assert b["aggs"]["total_docs"] == {"cardinality": {"field": "document_id", "precision_threshold": 40000}}
    assert b["aggs"]["facet_board"]["terms"]["field"] == "source_id"
    assert b["aggs"]["facet_organisation"]["terms"]["field"] == "organisations"
    assert b["aggs"]["facet_year"]["aggs"]["docs"]["cardinality"]["field"] == "document_id"


def test_empty_and_negative_queries_sort_by_date():
    b = build_search_body(SearchQuery(q=""))
    assert b["query"]["bool"]["must"] == [{"match_all": {}}]
    assert list(b["sort"][0]) == ["meeting_date"]
    b = build_search_body(SearchQuery(q="-budget"))
    assert b["query"]["bool"]["must"] == [{"bool": {"must": [{"match_all": {}}],
                                                    "must_not": [{"match": {"text": {"query": "budget"}}}]}}]
    assert "facet_board" not in build_search_body(SearchQuery(q="x -y"))["aggs"]


def test_page_decided_queries_count_on_the_documents_index():
    q = SearchQuery(q='"better care" OR fund*', body=["north-hwb"], facets=True)
    assert "aggs" not in build_search_body(q)  # the top hits only
    d = build_docs_body(q)
    assert (d["size"], d["track_total_hits"]) == (0, True)
    assert d["query"]["bool"]["filter"] == [{"terms": {"source_id": ["north-hwb"]}}]
    assert d["aggs"]["facet_board"]["terms"]["field"] == "source_id"
    assert d["aggs"]["facet_organisation"]["terms"]["order"] == [{"_count": "desc"}, {"_key": "asc"}]
    assert "aggs" not in build_docs_body(SearchQuery(q="x"))


def test_document_action_has_every_page_as_a_value():
    d = IndexedDocument(document_id="d:1", source_id="s", board_name="S", board_type="hwb", title="T",
                        type="minutes", url="u", meeting_id="m", meeting_date=dt.date(2016, 2, 3), sha256="h",
                        pages=[Page(2, "two"), Page(1, "one\ue000")], organisations=["A Council"])
    a = document_action(d, "bp-docs")
    assert a["_id"] == "d:1:doc" and a["_source"]["text"] == ["one ", "two"]
    assert a["_source"]["year"] == "2016" and a["_source"]["organisation_keys"] == ["a council"]


def test_or_group_and_precedence():
    tree = parse("nhs trust OR board")
    assert to_es(tree) == {"bool": {"must": [
        {"match": {"text": {"query": "nhs"}}},
        {"bool": {"should": [{"match": {"text": {"query": "trust"}}}, {"match": {"text": {"query": "board"}}}],
                  "minimum_should_match": 1}},
    ]}}
    assert to_fts5(tree) == '("nhs" AND ("trust" OR "board"))'
    assert to_simple_query_string(tree) == "(nhs + (trust | board))"


def test_hostile_input_renders_quoted():
    for q, fts in [('col:term', '"col term"'), ('NEAR(a b', '("near" AND "a" AND "b")'),
                   ('"unbalanced', '"unbalanced"'), ("a^2", '"a 2"'), ("covid-19*", '"covid 19" *')]:
        assert to_fts5(parse(q)) == fts, q
    for q in ("", "*", "(", ")", "AND", "OR", "NOT", "-", '"', "'"):
        assert parse(q) is None, q


def test_meetings_query():
    assert build_meetings_query(TrendQuery(body=["a"], board_type=["hwb"], date_from=dt.date(2016, 1, 1))) == {
        "bool": {"filter": [{"terms": {"source_id": ["a"]}}, {"terms": {"board_type": ["hwb"]}},
                            {"range": {"date": {"gte": "2016-01-01"}}}]}}


def test_page_actions_copy_metadata_per_page():
    d = IndexedDocument(document_id="d1", source_id="s", board_name="S", board_type="hwb", title="T",
                        type="minutes", url="u", meeting_id="m", meeting_date=dt.date(2016, 2, 3), sha256="h",
                        pages=[Page(1, "one"), Page(2, "two\ue000")], organisations=["A Council"])
    acts = page_actions(d, "bp-pages", "tok")
    assert [a["_id"] for a in acts] == ["d1:1", "d1:2"]
    src = acts[1]["_source"]
    assert src["page"] == 2 and src["text"] == "two " and src["year"] == "2016"
    assert src["organisations"] == ["A Council"] and src["organisation_keys"] == ["a council"]
    assert src["index_token"] == "tok" and src["meeting_date"] == "2016-02-03"
    d.pages = []
    assert [a["_source"]["page"] for a in page_actions(d, "bp-pages", "tok")] == [None]
