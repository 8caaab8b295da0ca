"""Two processes opening the Elasticsearch engine on an empty server at the same moment must agree on one
index per alias (the fixed first name ``<alias>-0``), so writes through every alias work afterwards.

Before the fix, each process created ``<alias>-<time_ns>`` with the alias: the alias could end up on two
indices and every write failed with "no write index is defined". Real processes, real node.
"""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
import time
import uuid

import pytest

from boardpapers.models import IndexedDocument, IndexedMeeting, Page, SearchQuery

ROUNDS = 6  # prefixes raced, one after another, by the same two processes

OPENER = textwrap.dedent("""
    import sys, time
    from boardpapers.search.elastic import ElasticsearchEngine
    url, base, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
    for i in range(int(sys.argv[4])):
        time.sleep(max(0.0, start + i * 1.0 - time.time()))  # both processes go at the same instant
        ElasticsearchEngine(url, index_prefix=f"{base}-{i}").close()
    print("opened")
""")


@pytest.fixture
def es(elasticsearch_url):
    from elasticsearch import Elasticsearch

    client = Elasticsearch(elasticsearch_url)
    yield client
    client.close()


def test_two_processes_creating_the_first_indices_at_once(elasticsearch_url, es):
    from boardpapers.search.elastic import KINDS, ElasticsearchEngine

    base = f"bprace-{uuid.uuid4().hex[:8]}"
    start = time.time() + 8  # after both interpreters have imported the engine
    procs = [subprocess.Popen([sys.executable, "-c", OPENER, elasticsearch_url, base, str(start), str(ROUNDS)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=180) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0 and out.strip() == "opened", err
    try:
        for i in range(ROUNDS):
            prefix = f"{base}-{i}"
            for kind in KINDS:
                alias = f"{prefix}-{kind}"
                assert sorted(es.indices.get_alias(name=alias).body) == [f"{alias}-0"], alias
            eng = ElasticsearchEngine(elasticsearch_url, index_prefix=prefix)
            try:
                doc = IndexedDocument(
                    document_id=f"d{i}", source_id="north-hwb", board_name="North", board_type="hwb",
                    title="Minutes", type="minutes", url="https://example.org/d.pdf", meeting_id="m1",
                    meeting_date=dt.date(2020, 1, 2), sha256="0" * 64, pages=[Page(1, "Winter pressures noted.")])
                assert eng.index_documents([doc]).indexed == 1
                meeting = IndexedMeeting("m1", "north-hwb", "North", "hwb", dt.date(2020, 1, 2), "held")
                assert eng.index_meetings([meeting]).indexed == 1
                assert [h.document_id for h in eng.search(SearchQuery(q="winter")).hits] == [f"d{i}"]
            finally:
                eng.close()
    finally:
        es.options(ignore_status=404).indices.delete(index=f"{base}-*")
        for i in range(ROUNDS):
            for kind in KINDS:
                es.options(ignore_status=404).indices.delete_index_template(name=f"{base}-{i}-{kind}")


def test_a_first_index_left_without_its_alias_gets_it_back(elasticsearch_url, es):
    """``<alias>-0`` present but not aliased (e.g. an interrupted clean-up): opening restores the alias."""
    from boardpapers.search.elastic import KINDS, ElasticsearchEngine

    prefix = f"bporphan-{uuid.uuid4().hex[:8]}"
    ElasticsearchEngine(elasticsearch_url, index_prefix=prefix).close()
    es.indices.delete_alias(index=f"{prefix}-documents-0", name=f"{prefix}-documents")
    eng = ElasticsearchEngine(elasticsearch_url, index_prefix=prefix)
    try:
        assert sorted(es.indices.get_alias(name=f"{prefix}-documents").body) == [f"{prefix}-documents-0"]
    finally:
        eng.drop()
        eng.close()
    assert not any(es.indices.exists_alias(name=f"{prefix}-{kind}") for kind in KINDS)
