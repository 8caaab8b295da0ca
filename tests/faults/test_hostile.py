"""End to end: ``ingest`` over a hostile listing site. Every bad paper is recorded as failed with its reason
and stays out of the index; a paper a polite crawler must leave alone (redirected off the source's hosts,
forbidden by robots.txt) is recorded as skipped with its reason, not as a failure; every good paper is archived
and searchable; the run itself always completes.

Two runs share one workspace: the first a normal ingest, the second ``full=True`` after the site changed one
paper's bytes under the same URL (its meeting is a week old, inside ``recheck_days``, so it is re-checked).
"""
from __future__ import annotations

import pytest

from boardpapers.config import Settings, parse_sources
from boardpapers.fetch import Fetcher
from boardpapers.models import SearchQuery
from boardpapers.pipeline import Workspace, ingest
from tests.faults.hostile_site import TOKENS, HostileSite

pytestmark = pytest.mark.timeout(240)

FAILED = {  # paper file name -> (stage, reason code in the recorded error)
    "slow-drip.pdf": ("fetch", "timeout"),
    "reset.pdf": ("fetch", "connection"),
    "loop-a.pdf": ("fetch", "redirect_loop"),
    "error-page.pdf": ("fetch", "not_a_pdf"),
    "truncated.pdf": ("extract", "corrupt"),
    "bomb.pdf": ("fetch", "too_large"),
    "huge.pdf": ("fetch", "too_large"),
}
SKIPPED = {"offsite.pdf": "off_site", "blocked.pdf": "robots_disallowed"}  # left alone on purpose: not failures
INDEXED = {"good.pdf": "good", "flaky-503.pdf": "flaky", "dup-a.pdf": "dup", "dup-b.pdf": "dup",
           "changing.pdf": "changed_v2", "late-good.pdf": "late_good"}
FAILED_TOKENS = {"slow-drip.pdf": "drip", "reset.pdf": "reset", "loop-a.pdf": "loop", "offsite.pdf": "offsite",
                 "blocked.pdf": "robots", "error-page.pdf": "errorpage", "truncated.pdf": "truncated",
                 "bomb.pdf": "bomb", "huge.pdf": "huge"}


def name_of(record) -> str:
    return record.url.rsplit("/", 1)[-1]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    home = tmp_path_factory.mktemp("hostile-home")
    with HostileSite() as site:
        fetcher = Fetcher(timeout=1, deadline=2, backoff=0.05, retries=2, max_bytes=5_000_000, default_delay=0,
                          robots_ttl=0)
        ws = Workspace(Settings(home=home), fetcher=fetcher)
        sources = parse_sources({"sources": [site.source_config()]})
        first = ingest(ws, sources)
        after_first = {name_of(d): d for d in ws.catalogue.documents_where(source_id="hostile")}
        search_first = {key: ws.engine.search(SearchQuery(q=token)).total for key, token in TOKENS.items()}
        site.version = 2
        hits_before_second = dict(site.hits)
        second = ingest(ws, sources, full=True)
        after_second = {name_of(d): d for d in ws.catalogue.documents_where(source_id="hostile")}
        yield {"ws": ws, "site": site, "first": first, "second": second, "after_first": after_first,
               "after_second": after_second, "search_first": search_first,
               "hits_before_second": hits_before_second}
        ws.close()


def search_total(ws, key: str) -> int:
    return ws.engine.search(SearchQuery(q=TOKENS[key])).total


def test_runs_complete_and_count_failures(runs):
    for summaries in (runs["first"], runs["second"]):
        assert len(summaries) == 1
        summary = summaries[0]
        assert summary.discover.error is None
        assert len(summary.failed) == len(FAILED)
    first = runs["first"][0].counts()
    assert first["documents_seen"] == len(FAILED) + len(SKIPPED) + len(INDEXED) == 15
    assert first["skipped"] == len(SKIPPED)
    assert first["indexed"] == len(INDEXED)
    assert first["documents_failed"] == len(FAILED)
    second = runs["second"][0].counts()
    # the full second run asks once more for offsite.pdf, whose own URL is allowed (its redirect was refused)
    assert second["changed"] == 1 and second["retry"] == len(FAILED) + 1
    assert second["skipped"] == len(SKIPPED)


@pytest.mark.parametrize("name", sorted(FAILED))
def test_bad_paper_is_recorded_failed_with_its_reason(runs, name):
    stage, code = FAILED[name]
    for state in ("after_first", "after_second"):
        record = runs[state][name]
        assert record.status == "failed", (state, name, record.status)
        assert record.error.startswith(f"{stage}:"), record.error
        assert code in record.error, record.error
    failures = [f for f in runs["ws"].catalogue.failures_for("hostile", limit=500)
                if f.document_id == runs["after_first"][name].document_id]
    assert failures and all(code in f.reason for f in failures)


@pytest.mark.parametrize("name", sorted(SKIPPED))
def test_paper_left_alone_is_skipped_with_its_reason_not_failed(runs, name):
    for state in ("after_first", "after_second"):
        record = runs[state][name]
        assert record.status == "skipped" and record.error.startswith(SKIPPED[name]), (state, name, record.error)
    assert not [f for f in runs["ws"].catalogue.failures_for("hostile", limit=500)
                if f.document_id == runs["after_first"][name].document_id]
    assert search_total(runs["ws"], FAILED_TOKENS[name]) == 0


@pytest.mark.parametrize("name", sorted(FAILED))
def test_bad_paper_is_not_searchable(runs, name):
    assert runs["search_first"][FAILED_TOKENS[name]] == 0
    assert search_total(runs["ws"], FAILED_TOKENS[name]) == 0
    assert runs["ws"].engine.get_document(runs["after_second"][name].document_id) is None


def test_refused_payloads_are_not_archived(runs):
    """Nothing that failed at fetch left bytes behind; the truncated PDF was fetched, so it is archived."""
    for name, (stage, _) in FAILED.items():
        record = runs["after_second"][name]
        if stage == "fetch":
            assert record.sha256 is None, name
        else:
            assert runs["ws"].archive.exists(record.sha256)


@pytest.mark.parametrize("name", sorted(INDEXED))
def test_good_paper_is_indexed_and_searchable(runs, name):
    ws = runs["ws"]
    record = runs["after_second"][name]
    assert record.status == "indexed" and record.error is None
    assert ws.archive.exists(record.sha256)
    indexed = ws.engine.get_document(record.document_id)
    assert indexed is not None and indexed.sha256 == record.sha256
    result = ws.engine.search(SearchQuery(q=TOKENS[INDEXED[name]]))
    assert record.document_id in {hit.document_id for hit in result.hits}


def test_intermittent_503_honours_retry_after_then_succeeds(runs):
    log = runs["site"].log
    first_run = log[: sum(runs["hits_before_second"].values())]
    assert [p for p in first_run if p.endswith("flaky-503.pdf")] == ["main /papers/flaky-503.pdf"] * 2
    assert runs["after_first"]["flaky-503.pdf"].status == "indexed"


def test_redirect_to_another_host_is_not_followed(runs):
    assert not any(entry.startswith("other ") for entry in runs["site"].log)


def test_robots_change_mid_crawl_is_obeyed(runs):
    """robots.txt allowed /papers/late/ while the listing was read and disallowed it afterwards."""
    site = runs["site"]
    assert site.hits[("main", "/papers/late/blocked.pdf")] == 0
    assert runs["after_first"]["late-good.pdf"].status == "indexed"  # not under /papers/late/


def test_duplicate_bytes_two_documents_one_blob(runs):
    ws = runs["ws"]
    a, b = runs["after_second"]["dup-a.pdf"], runs["after_second"]["dup-b.pdf"]
    assert a.document_id != b.document_id
    assert a.sha256 == b.sha256
    assert ws.archive.shas().count(a.sha256) == 1
    assert search_total(ws, "dup") == 2


def test_changed_bytes_under_same_url_make_a_second_version(runs):
    ws = runs["ws"]
    before, after = runs["after_first"]["changing.pdf"], runs["after_second"]["changing.pdf"]
    assert before.document_id == after.document_id and before.sha256 != after.sha256
    versions = ws.catalogue.document_versions(after.document_id)
    assert {v.sha256 for v in versions} == {before.sha256, after.sha256}
    assert ws.archive.exists(before.sha256) and ws.archive.exists(after.sha256)
    assert runs["search_first"]["changed_v1"] == 1 and runs["search_first"]["changed_v2"] == 0
    assert search_total(ws, "changed_v1") == 0
    assert search_total(ws, "changed_v2") == 1
    assert ws.engine.get_document(after.document_id).sha256 == after.sha256


def test_second_run_uses_validators_and_archive(runs):
    """The changed paper was re-checked with If-None-Match; archived good papers were not re-downloaded for
    processing (only re-checked once each)."""
    site, before = runs["site"], runs["hits_before_second"]
    for name in ("good.pdf", "dup-a.pdf", "dup-b.pdf", "late-good.pdf", "changing.pdf"):
        assert site.hits[("main", f"/papers/{name}")] - before.get(("main", f"/papers/{name}"), 0) == 1, name


def test_archive_and_index_totals(runs):
    ws = runs["ws"]
    shas = {d.sha256 for d in runs["after_second"].values() if d.sha256}
    shas.add(runs["after_first"]["changing.pdf"].sha256)
    assert set(ws.archive.shas()) == shas
    assert len(shas) == 7  # good, flaky, dup, changing v1 + v2, late-good, truncated
    assert ws.engine.document_count() == len(INDEXED)


class FixedLater(HostileSite):
    """The council replaces its corrupt PDF with a good one under the same URL."""

    def handle(self, h, which):
        from urllib.parse import urlsplit

        from tests.kit.httpserver import respond

        if which == "main" and urlsplit(h.path).path == "/papers/truncated.pdf" and self.version == 2:
            with self._lock:
                self.hits[("main", "/papers/truncated.pdf")] += 1
            return respond(h, 200, self.pdfs["multi"], content_type="application/pdf")
        return super().handle(h, which)


def test_corrupt_pdf_fixed_upstream_is_picked_up(tmp_path):
    with FixedLater() as site:
        fetcher = Fetcher(timeout=1, deadline=2, backoff=0.05, retries=2, max_bytes=5_000_000, default_delay=0,
                          robots_ttl=0)
        with Workspace(Settings(home=tmp_path), fetcher=fetcher) as ws:
            sources = parse_sources({"sources": [site.source_config()]})
            ingest(ws, sources)
            site.version = 2
            ingest(ws, sources, full=True)
            record = next(d for d in ws.catalogue.documents_where(source_id="hostile")
                          if d.url.endswith("/truncated.pdf"))
            assert record.status == "indexed", record.error
            assert search_total(ws, "truncated") == 1
