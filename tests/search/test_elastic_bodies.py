"""Pin the Elasticsearch mapping, template and query bodies (pure functions; no server needed)."""
from __future__ import annotations

import datetime as dt

from boardpapers.models import IndexedDocument, Page, SearchQuery, TrendQuery
from boardpapers.search.elastic import (
    ANALYSIS,
    build_meetings_query,
    build_search_body,
    document_action,
    index_template,
)
from boardpapers.search.elastic_schema import LOADING_SETTINGS, loaded_settings
from boardpapers.search.query import parse, to_es, to_fts5, to_simple_query_string


def test_documents_template_mapping():
    t = index_template("bp", "documents", replicas=1)
    assert t["index_patterns"] == ["bp-documents-*"]
    s = t["template"]["settings"]
    assert (s["number_of_shards"], s["number_of_replicas"]) == (1, 1)
    assert s["mapping.nested_objects.limit"] == 50_000  # pages per document
    assert s["analysis"] == ANALYSIS
    assert ANALYSIS["analyzer"]["bp_english"]["filter"] == ["lowercase", "asciifolding", "bp_stem"]
    assert ANALYSIS["filter"]["bp_stem"] == {"type": "stemmer", "language": "porter2"}  # Tantivy's stemmer
    assert ANALYSIS["tokenizer"]["bp_words"]["pattern"] == "[^\\p{L}\\p{N}]+"
    m = t["template"]["mappings"]
    assert m["dynamic"] == "strict"
    p = m["properties"]
    # pages nested: each page's text analysed once; no offsets (no highlighter: the client makes snippets)
    assert p["pages"] == {"type": "nested", "properties": {
        "page": {"type": "integer", "index": False},
        "text": {"type": "text", "analyzer": "bp_english"}}}
    for kw in ("document_id", "source_id", "board_type", "type", "organisations", "year"):
        assert p[kw] == {"type": "keyword"}, kw
    for shown in ("title", "board_name", "url", "sha256", "meeting_id"):  # shown, never searched: not indexed
        assert p[shown] == {"type": "keyword", "index": False, "doc_values": False}, shown
    assert p["organisation_keys"] == {"type": "keyword", "normalizer": "bp_lower"}
    assert p["meeting_date"] == {"type": "date", "format": "strict_date"}
    assert "mapping.nested_objects.limit" not in index_template("bp", "decisions")["template"]["settings"]


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
    nested = b["query"]["bool"]["must"][0]["nested"]
    assert (nested["path"], nested["score_mode"]) == ("pages", "max")
    assert nested["query"] == {"bool": {
        "must": [
            {"match_phrase": {"pages.text": {"query": "better care"}}},
            {"match_phrase_prefix": {"pages.text": {"query": "fund", "max_expansions": 1000}}},
        ],
        "must_not": [{"match": {"pages.text": {"query": "cancelled"}}}],
    }}
    assert b["query"]["bool"]["filter"] == [
        {"terms": {"source_id": ["north-hwb"]}},
        {"terms": {"board_type": ["hwb"]}},
        {"terms": {"type": ["minutes"]}},
        {"range": {"meeting_date": {"gte": "2016-01-01", "lte": "2016-12-31"}}},
        {"terms": {"organisation_keys": ["nhs northmere ccg"]}},
    ]
    inner = nested["inner_hits"]
    assert (inner["name"], inner["size"]) == ("best_page", 1)
    # the best page: highest score, then the lowest number
    assert inner["sort"] == [{"_score": {"order": "desc"}}, {"pages.page": {"order": "asc", "missing": "_last"}}]
    # the best page's number and text, no highlight: the client makes the snippet (search/snippets.py)
    assert "highlight" not in inner
    assert inner["_source"] == {"includes": ["pages.text"]} and inner["docvalue_fields"] == ["pages.page"]
    assert (b["from"], b["size"]) == (20, 10)
    assert b["sort"] == [{"_score": {"order": "desc"}}, {"document_id": {"order": "asc"}}]
    assert b["track_total_hits"] is True  # facets asked for: counted exactly
    assert b["aggs"]["facet_board"]["terms"]["field"] == "source_id"
    assert b["aggs"]["facet_organisation"]["terms"]["field"] == "organisations"
    assert b["aggs"]["facet_year"]["terms"]["order"] == [{"_count": "desc"}, {"_key": "asc"}]
    assert "pages" not in b["_source"]["includes"]


def test_empty_and_negative_queries_sort_by_date():
    b = build_search_body(SearchQuery(q=""))
    nested = b["query"]["bool"]["must"][0]["nested"]
    assert nested["query"] == {"match_all": {}}
    assert nested["inner_hits"]["sort"] == [{"pages.page": {"order": "asc", "missing": "_last"}}]  # first page
    assert list(b["sort"][0]) == ["meeting_date"]
    b = build_search_body(SearchQuery(q="-budget"))
    assert b["query"]["bool"]["must"][0]["nested"]["query"] == {
        "bool": {"must": [{"match_all": {}}], "must_not": [{"match": {"pages.text": {"query": "budget"}}}]}}
    assert "aggs" not in build_search_body(SearchQuery(q="x -y"))


def test_totals_are_exact_unless_an_and_or_not_or_phrase_query_without_facets():
    assert build_search_body(SearchQuery(q='"care" OR fund*'))["track_total_hits"] is True
    assert build_search_body(SearchQuery(q='"better care" OR fund*'))["track_total_hits"] == 10_001
    assert build_search_body(SearchQuery(q="x y"))["track_total_hits"] == 10_001  # "more than 10,000"
    assert build_search_body(SearchQuery(q="x y", facets=True))["track_total_hits"] is True


def test_document_action_nests_its_pages_in_order():
    d = IndexedDocument(document_id="d:1", source_id="s", board_name="S", board_type="hwb", title="T",
                        type="minutes", url="u", meeting_id="m", meeting_date=dt.date(2016, 2, 3), sha256="h",
                        pages=[Page(2, "two"), Page(1, "one\ue000")], organisations=["A Council"])
    a = document_action(d, "bp-documents")
    assert a["_id"] == "d:1"
    src = a["_source"]
    assert src["pages"] == [{"page": 1, "text": "one "}, {"page": 2, "text": "two"}] and src["page_count"] == 2
    assert src["year"] == "2016" and src["organisation_keys"] == ["a council"]
    assert src["organisations"] == ["A Council"] and src["meeting_date"] == "2016-02-03"
    d.pages = []
    assert document_action(d, "bp-documents")["_source"]["pages"] == [{"page": None, "text": ""}]


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
