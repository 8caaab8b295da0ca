"""``--engine elasticsearch`` through the real command, against the real test node; and Elasticsearch failing in
the middle of an ingest (down, or rejecting bulk items): the catalogue keeps what was not indexed, and the next
run indexes it — nothing lost, nothing duplicated."""
from __future__ import annotations

import json

import pytest

from boardpapers.catalogue import Catalogue
from tests.kit.esproxy import EsProxy
from tests.kit.papersite import PaperSite, text_pdf

from .conftest import run_cli

pytestmark = [pytest.mark.elasticsearch, pytest.mark.timeout(600)]

ES = ["--engine", "elasticsearch"]
PAPERS = {f"minutes-{i}": text_pdf(f"Minutes of the governing body meeting {i}", "Present: Dr Jane Smith",
                                   f"The board approved the zebrafinch{i} plan.", "Members discussed mental health.")
          for i in range(6)}


@pytest.fixture
def es_url(elasticsearch_url):
    """The node, with the command's default indices (prefix ``boardpapers``) dropped before and after."""
    from boardpapers.search import open_engine

    def drop(home):
        engine = open_engine("elasticsearch", home=home, url=elasticsearch_url)
        engine.drop()
        engine.close()

    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        drop(scratch)
        yield elasticsearch_url
        drop(scratch)


def _search(home, query, url):
    result = run_cli("search", query, *ES, "--json", "--limit", "100", home=home, check=True,
                     env={"ELASTICSEARCH_URL": url})
    return json.loads(result.stdout)


def test_engine_elasticsearch_through_the_command(es_url, tmp_path):
    home = tmp_path / "home"
    with PaperSite(PAPERS) as site:
        sources = site.sources_file(tmp_path)
        out = run_cli("ingest", "--sources", sources, *ES, "--json", "--quiet", home=home, check=True,
                      env={"ELASTICSEARCH_URL": es_url})
        assert json.loads(out.stdout)["totals"]["indexed"] == 6
        found = _search(home, "zebrafinch3", es_url)
        assert [h["url"] for h in found["hits"]] == [site.paper_url("minutes-3")]
        assert found["hits"][0]["page"] == 1 and "<mark>zebrafinch3</mark>" in found["hits"][0]["snippet"]
        assert _search(home, '"mental health" -zebrafinch0', es_url)["total"] == 5
        # the embedded index of this home was never written: the engine flag chose Elasticsearch
        assert run_cli("search", "zebrafinch3", "--json", home=home, check=True).stdout.count('"document_id"') == 0


def _ingest_through(proxy, home, sources):
    return run_cli("ingest", "--sources", sources, *ES, "--json", "--quiet", home=home,
                   env={"ELASTICSEARCH_URL": proxy.url})


def _assert_nothing_lost_nothing_duplicated(home, site, es_url):
    catalogue = Catalogue.open(home)
    assert sorted(r.status for r in catalogue.documents_where()) == ["indexed"] * len(PAPERS)
    catalogue.close()
    everything = _search(home, "", es_url)
    ids = [h["document_id"] for h in everything["hits"]]
    assert everything["total"] == len(PAPERS) and len(set(ids)) == len(ids)
    assert {h["url"] for h in everything["hits"]} == {site.paper_url(name) for name in PAPERS}
    for i in range(len(PAPERS)):  # each paper's text once, on its page
        hits = _search(home, f"zebrafinch{i}", es_url)["hits"]
        assert [(h["url"], h["page"]) for h in hits] == [(site.paper_url(f"minutes-{i}"), 1)]


def _check_first_run(result, home, site, reason, recorded):
    """``recorded``: the failure is the documents' own (bulk items rejected) and is recorded on them; an
    unreachable engine is the environment's failure, so nothing is recorded and the documents stay pending."""
    assert result.returncode == 0, result.stderr  # the run completed
    totals = json.loads(result.stdout)["totals"]
    assert 0 < totals["documents_failed"] < len(PAPERS), totals
    failed_lines = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert len(failed_lines) == totals["documents_failed"]
    assert all(": index: " in line and reason in line for line in failed_lines), failed_lines
    catalogue = Catalogue.open(home)
    records = catalogue.documents_where()
    failed = [r for r in records if r.status == "failed"]
    unindexed = [r for r in records if r.status != "indexed"]
    assert len(unindexed) == totals["documents_failed"]
    assert len(failed) == (totals["documents_failed"] if recorded else 0)
    for record in unindexed:  # fetched, archived and extracted: only the index is missing them
        assert record.sha256 and (home / "archive" / record.sha256[:2] / record.sha256[2:4] / record.sha256).exists()
        if recorded:
            assert record.error.startswith("index: ")
        else:
            assert record.status == "pending"
    catalogue.close()


def _fail_then_recover(es_url, tmp_path, break_at_third_bulk, reason, recover, recorded):
    """Ingest with Elasticsearch failing from the third bulk request on, then again after ``recover()``."""
    home = tmp_path / "home"
    proxy = EsProxy(es_url).start()
    proxy.on_bulk = lambda number: number == 3 and break_at_third_bulk(proxy)
    try:
        with PaperSite(PAPERS) as site:
            sources = site.sources_file(tmp_path)
            _check_first_run(_ingest_through(proxy, home, sources), home, site, reason, recorded)
            proxy.on_bulk = None
            recover(proxy)
            second = _ingest_through(proxy, home, sources)
            assert second.returncode == 0, second.stderr
            assert json.loads(second.stdout)["totals"]["documents_failed"] == 0
            _assert_nothing_lost_nothing_duplicated(home, site, es_url)
    finally:
        proxy.stop()
    return proxy


def test_elasticsearch_down_mid_ingest(es_url, tmp_path):
    def go_down(proxy):
        proxy.down = True

    def come_back(proxy):
        assert proxy.refused > 0
        proxy.down = False

    _fail_then_recover(es_url, tmp_path, go_down, "elasticsearch at", come_back, recorded=False)


def test_elasticsearch_rejecting_bulk_items_mid_ingest(es_url, tmp_path):
    from elasticsearch import Elasticsearch

    node = Elasticsearch(es_url)
    # the real node answers each bulk item with a cluster_block_exception once writes are blocked
    try:
        _fail_then_recover(
            es_url, tmp_path,
            lambda proxy: node.indices.put_settings(index="boardpapers-*", settings={"index.blocks.write": True}),
            "cluster_block_exception",
            lambda proxy: node.indices.put_settings(index="boardpapers-*", settings={"index.blocks.write": False}),
            recorded=True)
    finally:
        node.close()
