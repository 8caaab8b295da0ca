"""Elasticsearch index layout: analysis, mappings, index templates and the settings used while bulk loading.

Pure data and functions (pinned by tests/search/test_elastic_bodies.py); the engine is ``elastic``.

Analysis mirrors the embedded engine's (Tantivy) so both engines match the same words: a pattern tokenizer on
runs of letters/digits, lowercase, ASCII folding, English Snowball (Porter2) stemming, no stop words.
"""
from __future__ import annotations

KINDS = ("documents", "meetings", "decisions")
# The per-page layout before one index per document (a pages index and a text-only documents index, the text
# analysed twice): found on opening, refused with a message naming ``reindex``, deleted by ``rebuild``.
OLD_KINDS = ("pages", "docs")
FIRST_INDEX = "0"  # the first concrete index of each alias: <alias>-0 (a fixed name, so racing creators agree)
MAX_PAGES = 50_000  # pages of one document (nested objects; Elasticsearch's default limit is 10,000)

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
    # one per DOCUMENT, its pages nested (one hidden Lucene document per page, in the same block): each page's
    # text is analysed once, ranked per page (BM25 over pages, a document by its best page), and totals and
    # facets count the documents themselves, exactly. Fields only shown are stored in _source, not indexed.
    "documents": {
        "dynamic": "strict",
        "properties": {
            "document_id": _KW, "page_count": {"type": "integer", "index": False, "doc_values": False},
            "title": _STORED_ONLY, "board_name": _STORED_ONLY, "url": _STORED_ONLY, "sha256": _STORED_ONLY,
            "meeting_id": _STORED_ONLY,
            "source_id": _KW, "board_type": _KW, "type": _KW, "meeting_date": _DATE, "year": _KW,
            "organisations": _KW, "organisation_keys": _ORG_KEYS,
            "pages": {"type": "nested", "properties": {
                "page": {"type": "integer", "index": False},  # doc values only: the best page's number, its order
                # positions only (no offsets): snippets are made by the client from the best page's text
                "text": _TEXT,
            }},
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
            "settings": {"number_of_shards": shards, "number_of_replicas": replicas, "analysis": ANALYSIS,
                         **({"mapping.nested_objects.limit": MAX_PAGES} if kind == "documents" else {})},
            "mappings": MAPPINGS[kind],
        },
        "_meta": {"managed_by": "boardpapers", "kind": kind},
    }
