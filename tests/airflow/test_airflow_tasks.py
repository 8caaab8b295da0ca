"""The DAG helpers that need no Airflow: reading ids from asset events, which failures are final, pools."""
from __future__ import annotations

from types import SimpleNamespace

from boardpapers import airflow_tasks as bt
from boardpapers.config import parse_sources


def test_document_ids_come_from_every_triggering_event_then_the_conf_without_duplicates():
    events = {"boardpapers://documents/x": [SimpleNamespace(extra={"document_ids": ["a", "b"]}),
                                            SimpleNamespace(extra={"document_ids": ["b", "c"]}),
                                            SimpleNamespace(extra=None)]}
    assert bt.document_ids_from(events, {"document_ids": ["d", "a"]}) == ["a", "b", "c", "d"]
    assert bt.document_ids_from({}, None) == []


def test_final_failures_are_not_retried_but_transient_ones_are():
    assert bt.is_final("extract", "corrupt PDF: it could not be parsed")
    assert bt.is_final("fetch", "http://x/a.pdf: http_404 (Not Found)")
    assert bt.is_final("fetch", "http://x/a.pdf: not_a_pdf (an HTML page was served where a PDF was linked)")
    assert not bt.is_final("fetch", "http://x/a.pdf: http_503 (Service Unavailable)")
    assert not bt.is_final("fetch", "http://x/a.pdf: http_429 (Too Many Requests)")
    assert not bt.is_final("fetch", "http://x/a.pdf: timeout")
    assert not bt.is_final("index", "connection refused")


def test_one_pool_per_host_shared_by_the_sources_on_it():
    sources = parse_sources({"sources": [
        {"id": "a", "kind": "moderngov", "base_url": "https://democracy.example.gov.uk/", "committee": "HWB"},
        {"id": "b", "kind": "moderngov", "base_url": "https://democracy.example.gov.uk/", "committee": "ICB"},
        {"id": "c", "kind": "listing", "start_url": "http://127.0.0.1:8123/papers/"},
    ]})
    pools = bt.pools(sources)
    assert set(pools) == {"host__democracy.example.gov.uk", "host__127.0.0.1_8123"}
    assert pools["host__democracy.example.gov.uk"]["slots"] == 1
    assert "a" in pools["host__democracy.example.gov.uk"]["description"] and "b" in pools["host__democracy.example.gov.uk"]["description"]
