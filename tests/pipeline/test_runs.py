"""README promises about runs, through ``boardpapers ingest`` (and ``serve`` for alerts) against a small
listing site: the ``failed: source …`` line, ``--strict``, ``--source``, permanent failures given up after three
attempts, withdrawn papers, conditional re-checks answered 304, the per-host delay, and "changed" alerts."""
from __future__ import annotations

import datetime as dt
import json

from boardpapers.catalogue import Catalogue
from tests.kit.papersite import PaperSite, text_pdf

from .conftest import Served, run_cli

RECENT = (dt.date.today() - dt.timedelta(days=7)).strftime("%d %B %Y")  # inside recheck_days: re-checked


def _papers(n=3, word="zebrafinch"):
    return {f"minutes-{i}": text_pdf(f"Minutes of the governing body {i}", f"The {word}{i} plan was agreed.")
            for i in range(n)}


def _ingest(home, sources, *extra, check=True):
    result = run_cli("ingest", "--sources", sources, "--json", "--quiet", *extra, home=home, check=check)
    return result, (json.loads(result.stdout) if result.stdout.strip() else None)


def test_failed_line_strict_and_source(tmp_path):
    papers = {**_papers(2), "missing": None}
    with PaperSite(papers) as site, PaperSite(_papers(1), source_id="other-ccg") as other:
        sources = tmp_path / "sources.yaml"
        import yaml
        sources.write_text(yaml.safe_dump({"sources": [site.source_entry(), other.source_entry()]}))
        home = tmp_path / "home"

        only = run_cli("ingest", "--sources", sources, "--source", "other-ccg", "--json", "--quiet", home=home,
                       check=True)
        assert list(json.loads(only.stdout)["sources"]) == ["other-ccg"]
        assert site.log == [] and other.log  # the other source was not touched at all
        unknown = run_cli("ingest", "--sources", sources, "--source", "nope-ccg", home=home)
        assert unknown.returncode == 1 and unknown.stderr == f"error: source nope-ccg is not in {sources}\n"

        result, summary = _ingest(home, sources, "--source", site.source_id)
        assert result.returncode == 0 and summary["totals"]["documents_failed"] == 1
        url = site.paper_url("missing")
        failed = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
        assert failed == [f"failed: source {site.source_id}: {url}: fetch: {url}: http_404 (Not Found)"]

        strict = run_cli("ingest", "--sources", sources, "--source", site.source_id, "--strict", "--quiet",
                         home=home)
        assert strict.returncode == 1 and f"failed: source {site.source_id}: {url}: fetch:" in strict.stderr
        site.papers["missing"] = text_pdf("Minutes that came back")
        fixed = run_cli("ingest", "--sources", sources, "--source", site.source_id, "--strict", "--quiet",
                        home=home)
        assert fixed.returncode == 0, fixed.stderr


def test_permanent_failure_is_given_up_after_three_attempts(tmp_path):
    with PaperSite({**_papers(1), "missing": None}) as site:  # an old meeting: not re-listed incrementally
        sources, home = site.sources_file(tmp_path), tmp_path / "home"
        path = "/papers/missing.pdf"
        asked = []
        for _ in range(5):
            _ingest(home, sources)
            asked.append(len(site.requests_for(path)))
        # one request per run (404 is not retried within a run) for three runs, then never again
        assert asked == [1, 2, 3, 3, 3]
        catalogue = Catalogue.open(home)
        record = next(r for r in catalogue.documents_where() if r.url.endswith(path))
        assert record.status == "failed" and record.attempts == 3 and "http_404" in record.error
        catalogue.close()
        _ingest(home, sources, "--full")  # --full brings it back (after the cause was fixed, say)
        assert len(site.requests_for(path)) == 4


def test_withdrawn_paper_is_marked_and_its_archive_kept(tmp_path):
    with PaperSite(_papers(3), day=RECENT) as site:
        sources, home = site.sources_file(tmp_path), tmp_path / "home"
        _ingest(home, sources)
        catalogue = Catalogue.open(home)
        sha = next(r.sha256 for r in catalogue.documents_where() if r.url == site.paper_url("minutes-1"))
        catalogue.close()
        del site.papers["minutes-1"]  # taken off the page (and its URL now 404s)
        _, summary = _ingest(home, sources)
        assert summary["totals"]["withdrawn"] == 1
        catalogue = Catalogue.open(home)
        record = next(r for r in catalogue.documents_where() if r.url == site.paper_url("minutes-1"))
        assert record.status == "withdrawn" and record.sha256 == sha
        assert (home / "archive" / sha[:2] / sha[2:4] / sha).exists()
        assert sorted(r.status for r in catalogue.documents_where()) == ["indexed", "indexed", "withdrawn"]
        catalogue.close()
        status = json.loads(run_cli("status", "--json", home=home, check=True).stdout)
        assert status[0]["documents"].get("withdrawn") == 1


def test_recheck_is_conditional_and_polite_and_a_change_alerts(tmp_path):
    token = "t0k3n-for-the-test"
    with PaperSite(_papers(3), day=RECENT) as site:
        sources, home = site.sources_file(tmp_path, delay_seconds=0.4), tmp_path / "home"
        _ingest(home, sources)
        served = Served(home, env={"BOARDPAPERS_TOKEN": token})
        try:
            created = served.post("/api/saved-searches", json={"name": "finches", "q": "zebrafinch1"},
                                  headers={"Authorization": f"Bearer {token}"})
            assert created.status_code == 201, created.text
            saved_id = created.json()["id"]

            # a re-run of an unchanged site: each paper re-checked with its ETag, answered 304, nothing downloaded
            before = len(site.log)
            _, unchanged = _ingest(home, sources)
            rerun = site.log[before:]
            checks = [(path, headers) for _, path, headers in rerun if path.endswith(".pdf")]
            assert sorted(path for path, _ in checks) == [f"/papers/minutes-{i}.pdf" for i in range(3)]
            assert all(headers.get("if-none-match") for _, headers in checks)
            assert unchanged["totals"]["unchanged"] == 3 and unchanged["totals"]["changed"] == 0
            # the per-host delay: requests to the site spaced by delay_seconds. The clock runs from when a request
            # is sent; the log records arrivals, and the process's first request (robots.txt) also pays the
            # set-up of the HTTP stack, so its gap to the next is measured short by that much
            times = [at for at, _, _ in rerun]
            gaps = [b - a for a, b in zip(times, times[1:])]
            assert len(gaps) >= 3 and gaps[0] >= 0.25 and min(gaps[1:]) >= 0.4 - 0.03, gaps

            # the paper changes under the same URL: a new version, the old one kept, a "changed" alert
            site.papers["minutes-1"] = text_pdf("Minutes of the governing body 1", "The zebrafinch1 plan was revised.")
            _, changed = _ingest(home, sources)
            assert changed["totals"]["changed"] == 1
            alerts = served.get(f"/api/saved-searches/{saved_id}/alerts").json()["alerts"]
            assert [(a["kind"], a["url"]) for a in alerts] == [("changed", site.paper_url("minutes-1"))]
            versions = served.get(f"/api/documents/{alerts[0]['document_id']}").json()["versions"]
            assert len(versions) == 2
        finally:
            served.stop()


def test_extraction_cache_and_reindex_re_extract(tmp_path):
    import sqlite3

    with PaperSite(_papers(3)) as site:
        sources, home = site.sources_file(tmp_path), tmp_path / "home"
        _ingest(home, sources)
        before = len(site.log)
        cached = run_cli("reindex", home=home, check=True)
        assert "reindexed 3 documents (0 re-extracted from the archive, 0 failed)" in cached.stdout
        again = run_cli("reindex", "--re-extract", home=home, check=True)
        assert "reindexed 3 documents (3 re-extracted from the archive, 0 failed)" in again.stdout
        # after an extractor upgrade the catalogue holds only older versions' results: reindex re-extracts them
        # from the archive by itself (simulated by aging the cached results, as a new EXTRACTOR_VERSION would)
        with sqlite3.connect(home / "catalogue.sqlite") as conn:
            assert conn.execute("UPDATE extractions SET extractor_version = 'older'").rowcount == 3
        upgraded = run_cli("reindex", home=home, check=True)
        assert "reindexed 3 documents (3 re-extracted from the archive, 0 failed)" in upgraded.stdout
        assert len(site.log) == before  # nothing downloaded by any of them
        for i in range(3):
            hits = json.loads(run_cli("search", f"zebrafinch{i}", "--json", home=home, check=True).stdout)["hits"]
            assert [h["url"] for h in hits] == [site.paper_url(f"minutes-{i}")]
