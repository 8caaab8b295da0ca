"""The sample sites, crawled by the real command, against the ground truth they were generated from."""
from __future__ import annotations

import json
import shutil
from collections import Counter
from urllib.parse import unquote, urlsplit

from boardpapers.catalogue import Catalogue
from boardpapers.pipeline import Workspace

from .conftest import run_cli

DOCUMENT_PATH_HINTS = (".pdf", "document.ashx", "getattachment", "mgconvert2pdf", "?p=")


def _is_document_request(target: str) -> bool:
    lowered = unquote(target).lower()
    return any(hint in lowered for hint in DOCUMENT_PATH_HINTS)


def test_first_run_finds_every_meeting_and_document(ingested, sample_sites):
    home, _, summary, _ = ingested
    truth = sample_sites.truth
    catalogue = Catalogue.open(home)
    for source_id, expected in truth.sources.items():
        counts = summary["sources"][source_id]
        assert counts["error"] is None, counts
        assert counts["meetings"] == len(expected.meetings), source_id
        listed = {d.url for d in expected.documents.values() if d.listed}
        found = {d.url for d in catalogue.documents_where(source_id=source_id)}
        assert found == listed, (source_id, sorted(listed ^ found)[:5])
        statuses = {m.key: m.status for m in catalogue.meetings_for(source_id)}
        assert sorted(k for k, s in statuses.items() if s == "cancelled") == sorted(m.key for m in expected.cancelled)


def test_withdrawn_and_unfetchable_documents_are_failed_with_a_reason_not_lost(ingested, sample_sites):
    home, *_ = ingested
    catalogue = Catalogue.open(home)
    for source_id, expected in sample_sites.truth.sources.items():
        for doc in expected.withdrawn:
            if not doc.listed:
                continue
            record = next(r for r in catalogue.documents_where(source_id=source_id) if r.url == doc.url)
            assert record.status == "failed" and "http_404" in record.error


def test_every_fetched_document_is_archived_and_indexed(ingested, sample_sites):
    home, _, summary, _ = ingested
    truth = sample_sites.truth
    unfetchable = {d.url for d in truth.documents if d.listed and not d.fetchable and not d.skipped}
    assert unfetchable  # the sample sites list at least one paper that answers 404
    with Workspace.open(home) as ws:
        records = ws.catalogue.documents_where()
        failed = {r.url: r.error for r in records if r.status == "failed"}
        assert set(failed) == unfetchable  # exactly the papers the sites cannot serve, and nothing else
        assert all(r.status == "failed" and "http_404" in r.error for r in records if r.url in unfetchable)
        indexed = [r for r in records if r.status == "indexed"]
        assert {r.url for r in indexed} == {d.url for d in truth.documents if d.listed and d.fetchable}
        skipped = {r.url: r.error for r in records if r.status == "skipped"}
        assert {url: reason.split(":")[0] for url, reason in skipped.items()} == {
            d.url: d.skipped for d in truth.documents if d.skipped}  # left alone with the reason: not failures
        assert len(indexed) == len(records) - len(unfetchable) - len(skipped)
        for record in indexed:
            assert ws.archive.exists(record.sha256)
        assert ws.engine.document_count() == len(indexed)
    assert summary["totals"]["documents_failed"] == len(unfetchable)
    assert summary["totals"]["indexed"] == len(indexed)


def test_rerun_on_unchanged_sites_downloads_no_archived_document(ingested, sample_sites):
    home, sources_file, first, first_requests = ingested
    assert sum(_is_document_request(r.target) for r in first_requests) > 100
    sample_sites.reset_log()
    result = run_cli("ingest", "--sources", sources_file, "--json", "--quiet", home=home, check=True)
    second = json.loads(result.stdout)
    log = list(sample_sites.requests)
    document_requests = [sample_sites.apps[r.site].origin + r.target for r in log if _is_document_request(r.target)]
    # the one paper that failed (a 404, which may be temporary) is tried again; nothing archived is downloaded
    unfetchable = [d.url for d in sample_sites.truth.documents if d.listed and not d.fetchable and not d.skipped]
    assert sorted(document_requests) == sorted(unfetchable)
    # only the papers that failed are tried again (a bounded number of times)
    assert sum(s["retry"] for s in second["sources"].values()) == len(unfetchable)
    assert second["totals"]["new"] == 0 and second["totals"]["changed"] == 0
    assert second["totals"]["documents_failed"] == len(unfetchable)
    # the run's count of discovery requests is exactly what the sites received besides that one retry:
    # robots.txt once per site, then listing pages only
    assert second["totals"]["requests"] == len(log) - len(document_requests)
    assert Counter(r.site for r in log if r.target == "/robots.txt") == Counter(sample_sites.site_keys)
    # the sample meetings are all older than recheck_days: nothing is re-checked, so a re-run costs only the
    # listing requests of the incremental discovery, never one per meeting or per paper
    assert len(log) < len(sample_sites.truth.meetings)


def test_phrase_search_returns_exactly_the_documents_and_pages(ingested, sample_sites):
    home, *_ = ingested
    truth = sample_sites.truth
    for phrase in truth.phrases:
        expected = truth.phrase(phrase)
        result = run_cli("search", f'"{phrase}"', "--json", "--limit", "50", home=home, check=True)
        data = json.loads(result.stdout)
        assert data["total"] == len(expected), phrase
        for hit in data["hits"]:
            assert set(hit) >= {"document_id", "title", "body", "meeting_date", "type", "url", "snippet", "page"}
            assert hit["url"] in expected, (phrase, hit["url"])
            assert hit["page"] in expected[hit["url"]], (phrase, hit["url"], hit["page"])
            assert "<mark>" in hit["snippet"]


def test_filters_agree_with_the_sites(ingested, sample_sites):
    home, *_ = ingested
    truth = sample_sites.truth
    for source_id, expected in truth.sources.items():
        data = json.loads(run_cli("search", "", "--body", source_id, "--type", "minutes", "--json", "--limit", "200",
                                  home=home, check=True).stdout)
        expected_minutes = {d.url for d in expected.documents.values()
                            if d.type == "minutes" and d.fetchable and d.listed}
        assert {h["url"] for h in data["hits"]} == expected_minutes, source_id
        assert all(h["body"] == source_id and h["type"] == "minutes" for h in data["hits"])
    data = json.loads(run_cli("search", "", "--from", "2017-01-01", "--to", "2017-12-31", "--json", "--limit", "500",
                              home=home, check=True).stdout)
    assert data["total"] > 0 and all(h["meeting_date"].startswith("2017") for h in data["hits"])


def test_attendance_counts_equal_the_generated_ones(ingested, sample_sites):
    home, *_ = ingested
    expected: Counter = Counter()
    for source in sample_sites.truth.sources.values():
        expected.update(source.attendance_counts(ocr=shutil.which("tesseract") is not None))
    data = json.loads(run_cli("attendance", "--by", "year", "--json", home=home, check=True).stdout)
    got: Counter = Counter()
    for row in data["rows"]:
        assert set(row) >= {"period", "organisation", "present", "apologies", "absent", "substitute",
                            "in_attendance", "meetings"}
        for status in ("present", "apologies", "absent", "substitute", "in_attendance"):
            if row[status]:
                got[(row["organisation"], int(row["period"]), status)] += row[status]
    named = {k: v for k, v in expected.items()}
    mismatches = {k: (named.get(k, 0), got.get(k, 0)) for k in set(named) | set(got) if named.get(k, 0) != got.get(k, 0)}
    assert not mismatches, sorted(mismatches.items())[:20]


def test_status_reports_each_source(ingested, sample_sites):
    home, *_ = ingested
    data = json.loads(run_cli("status", "--json", home=home, check=True).stdout)
    assert {item["source_id"] for item in data} == set(sample_sites.truth.sources)
    assert all(item["last_discover"]["status"] == "ok" for item in data)
