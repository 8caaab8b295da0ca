"""Elasticsearch index layout: analysis, mappings, index templates and the settings used while bulk loading.

Pure data and functions (pinned by tests/search/test_elastic_bodies.py); the engine is ``elastic``.

Analysis mirrors the embedded engine's (Tantivy) so both engines match the same words: a pattern tokenizer on
runs of letters/digits, lowercase, ASCII folding, English Snowball (Porter2) stemming, no stop words.
"""
from __future__ import annotations

KINDS = ("pages", "docs", "meetings", "decisions")
FIRST_INDEX = "0"  # the first concrete index of each alias: <alias>-0 (a fixed name, so racing creators agree)

ANALYSIS = {
    "tokenizer": {"bp_words": {"type": "pattern", "pattern": "[^\\p{L}\\p{N}]+"}},
    "filter": {"bp_stem": {"type": "stemmer", "language": "porter2"}},  # Tantivy's English stemmer
    "analyzer": {
        "bp_english": {"type": "custom", "tokenizer": "bp_words", "filter": ["lowercase", "asciifolding", "bp_stem"]},
    },
    "normalizer": {"bp_lower": {"type": "custom", "filter": ["lowercase", "asciifolding"]}},
}

_TEXT = {"type": "text", "analyzer": "bp_english"}
_KW = {"type": "keyword"}
_DATE = {"type": "date", "format": "strict_date"}
_STORED_ONLY = {"type": "keyword", "index": False, "doc_values": False}
_ORG_KEYS = {"type": "keyword", "normalizer": "bp_lower"}

MAPPINGS = {
    # one per page: ranking, snippets, display fields; filters are keywords (doc values for sorting and facets)
    "pages": {
        "dynamic": "strict",
        "properties": {
            "document_id": _KW, "page": {"type": "integer"}, "page_count": {"type": "integer"},
            # offsets in the postings: the unified highlighter reads them instead of analysing each hit's page
            # again (the larger part of a search's time before, by the profile API)
            "text": {**_TEXT, "index_options": "offsets"},
            "title": {"type": "text", "analyzer": "bp_english", "fields": {"exact": {"type": "keyword", "ignore_above": 1024}}},
            "source_id": _KW, "board_name": _KW, "board_type": _KW, "type": _KW,
            "url": _STORED_ONLY,
            "meeting_id": _KW, "meeting_date": _DATE, "year": _KW, "sha256": _KW,
            "organisations": _KW,
            "organisation_keys": _ORG_KEYS,
            "index_token": _KW,
        },
    },
    # one per document, only counted and aggregated: no _source, no norms (never scored)
    "docs": {
        "dynamic": "strict",
        "_source": {"enabled": False},
        "properties": {
            "document_id": _KW, "text": {**_TEXT, "norms": False},
            "source_id": _KW, "board_type": _KW, "type": _KW, "meeting_date": _DATE, "year": _KW,
            "organisations": _KW, "organisation_keys": _ORG_KEYS,
        },
    },
    "meetings": {
        "dynamic": "strict",
        "properties": {
            "meeting_id": _KW, "source_id": _KW, "board_type": _KW, "date": _DATE, "status": _KW,
            "organisation_keys": _ORG_KEYS,
            "record": {"type": "object", "enabled": False},
        },
    },
    "decisions": {
        "dynamic": "strict",
        "properties": {
            "document_id": _KW, "source_id": _KW, "meeting_date": _DATE, "item": _KW,
            "item_title": _TEXT, "page": {"type": "integer"},
            "text": _TEXT, "index_token": _KW,
            "kind": _KW, "seq": {"type": "integer"}, "meeting_id": _KW, "board_name": _KW,
            "title": _STORED_ONLY, "url": _STORED_ONLY,
        },
    },
}

# While bulk loading: no refresh, no replicas, translog fsynced in the background rather than per request.
LOADING_SETTINGS = {"refresh_interval": "-1", "number_of_replicas": 0, "translog.durability": "async"}


def loaded_settings(replicas: int) -> dict:
    """The settings put back once a bulk load ends (refresh and durability to their defaults)."""
    return {"refresh_interval": None, "number_of_replicas": replicas, "translog.durability": None}


def index_template(prefix: str, kind: str, *, shards: int = 1, replicas: int = 0) -> dict:
    """The composable index template body for one kind of index (pure: pinned by unit tests). One shard: the
    test node and a single-machine install have one node, and a shard per core would only split the work."""
    return {
        "index_patterns": [f"{prefix}-{kind}-*"],
        "priority": 200,
        "template": {
            "settings": {"number_of_shards": shards, "number_of_replicas": replicas, "analysis": ANALYSIS},
            "mappings": MAPPINGS[kind],
        },
        "_meta": {"managed_by": "boardpapers", "kind": kind},
    }
