"""Faults a production run meets, met through the real command: a corrupt index, a full disk, two runs on one
home at once, Elasticsearch failing mid-ingest."""
from __future__ import annotations

import json
import shutil

import pytest

from boardpapers.search.integrity import live_file

from .conftest import run_cli


@pytest.fixture
def home_copy(ingested, tmp_path):
    """A copy of the ingested home that a test may damage."""
    home, *_ = ingested
    copy = tmp_path / "home"
    shutil.copytree(home, copy, ignore=shutil.ignore_patterns("*.lock"))
    return copy


def _truncate(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _scribble_header(path):
    with open(path, "r+b") as handle:
        handle.write(b"this is not a database" * 3)


@pytest.mark.parametrize("damage", [_truncate, _scribble_header])
def test_corrupt_index_is_named_and_rebuilt_by_reindex(home_copy, sample_sites, damage):
    # every hit fits in one page of results, so the comparison does not hang on how BM25 ties fall after a rebuild
    query = ["search", '"social prescribing"', "--json", "--limit", "100"]
    before = json.loads(run_cli(*query, home=home_copy, check=True).stdout)
    index_file = live_file(home_copy / "index")
    damage(index_file)

    broken = run_cli(*query, home=home_copy)
    assert broken.returncode == 1
    assert broken.stderr.count("\n") == 1 and "Traceback" not in broken.stderr
    assert f"the search index {index_file} is corrupt" in broken.stderr
    assert "boardpapers reindex" in broken.stderr

    sample_sites.reset_log()
    rebuilt = run_cli("reindex", home=home_copy, check=True)
    assert f"the corrupt index was set aside as {index_file}.corrupt-" in rebuilt.stdout
    assert list(sample_sites.requests) == []  # rebuilt from catalogue and archive alone
    after = json.loads(run_cli(*query, home=home_copy, check=True).stdout)
    assert 0 < before["total"] == len(before["hits"])
    assert after["total"] == before["total"]
    assert sorted((h["document_id"], h["page"]) for h in after["hits"]) == \
        sorted((h["document_id"], h["page"]) for h in before["hits"])


# --- a full disk while archiving ------------------------------------------------------------------------------

FILE_SIZE_LIMIT = 2 * 1024 * 1024


def _no_file_over_the_limit():
    """In the child: any write past FILE_SIZE_LIMIT fails with EFBIG, as a full disk fails with ENOSPC (same
    code path: the write raises part-way through the file). SIGXFSZ is ignored so the write returns the error."""
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT))


def test_full_disk_while_archiving_fails_the_document_cleanly_and_loses_nothing(tmp_path):
    from boardpapers.catalogue import Catalogue
    from tests.kit.papersite import PaperSite, noisy_pdf, text_pdf

    papers = {f"minutes-{i}": text_pdf(f"Minutes of the governing body {i}", "Present: Dr Jane Smith")
              for i in range(3)}
    papers["annual-report"] = noisy_pdf("Annual report", 3)
    assert len(papers["annual-report"]) > FILE_SIZE_LIMIT > max(len(p) for n, p in papers.items() if n != "annual-report")
    home = tmp_path / "home"
    with PaperSite(papers) as site:
        sources = site.sources_file(tmp_path)
        import subprocess

        from .conftest import BOARDPAPERS
        full = subprocess.run(BOARDPAPERS + [f"--home={home}", "ingest", "--sources", str(sources), "--json",
                                             "--quiet"], capture_output=True, text=True, timeout=300,
                              preexec_fn=_no_file_over_the_limit)
        assert full.returncode == 0, full.stderr  # the run completed; one document failed
        summary = json.loads(full.stdout)
        assert summary["totals"]["indexed"] == 3 and summary["totals"]["documents_failed"] == 1
        big = site.paper_url("annual-report")
        failed_lines = [line for line in full.stderr.splitlines() if line.startswith("failed:")]
        assert len(failed_lines) == 1
        assert failed_lines[0].startswith(f"failed: source {site.source_id}: {big}: fetch: ArchiveError: archive ")
        assert "no space left to store" in failed_lines[0] and "nothing was kept" in failed_lines[0]
        # no half-written archive file; the catalogue accounts for exactly what the archive holds
        assert not [p for p in (home / "archive").rglob("*") if p.is_file() and p.name.startswith(".tmp-")]
        stored = {p.name for p in (home / "archive").rglob("*") if p.is_file()}
        catalogue = Catalogue.open(home)
        records = {r.url: r for r in catalogue.documents_where()}
        assert records[big].status == "pending" and records[big].sha256 is None  # not its fault: retried, not recorded
        assert stored == {r.sha256 for r in records.values() if r.status == "indexed"}
        catalogue.close()

        again = run_cli("ingest", "--sources", sources, "--json", "--quiet", home=home, check=True)  # room again
        totals = json.loads(again.stdout)["totals"]
        assert totals["indexed"] == 1 and totals["documents_failed"] == 0, (totals, again.stderr)
        catalogue = Catalogue.open(home)
        assert {r.status for r in catalogue.documents_where()} == {"indexed"}
        assert len(catalogue.documents_where()) == 4
        catalogue.close()
        result = json.loads(run_cli("search", "", "--json", "--limit", "50", home=home, check=True).stdout)
        assert result["total"] == 4  # nothing lost, nothing duplicated


# --- two runs on one home at once ----------------------------------------------------------------------------


def _start_ingest(home, sources):
    import os
    import subprocess

    from .conftest import BOARDPAPERS
    return subprocess.Popen(BOARDPAPERS + [f"--home={home}", "ingest", "--sources", str(sources), "--json",
                                           "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env={**os.environ, "BOARDPAPERS_ENGINE": "embedded"})


def _wait_for_lock_holder(home, pid, limit=60.0):
    import time

    lock = home / "ingest.lock"
    started = time.monotonic()
    while time.monotonic() - started < limit:
        if lock.exists() and f'"pid": {pid}' in lock.read_text():
            return lock.read_text()
        time.sleep(0.05)
    raise AssertionError(f"run {pid} never took {lock}")


def test_second_ingest_on_the_same_home_is_refused_and_a_dead_runs_lock_is_not(tmp_path):
    import os
    import signal

    from boardpapers.catalogue import Catalogue
    from tests.kit.papersite import PaperSite, text_pdf

    papers = {f"minutes-{i}": text_pdf(f"Minutes of the governing body number {i}") for i in range(4)}
    home = tmp_path / "home"
    with PaperSite(papers) as site:
        sources = site.sources_file(tmp_path, delay_seconds=1.0)  # about 6 s of polite crawling
        first = _start_ingest(home, sources)
        holder = _wait_for_lock_holder(home, first.pid)
        assert '"command": "ingest"' in holder
        requests_before = len(site.log)
        second = run_cli("ingest", "--sources", sources, "--quiet", home=home)
        assert second.returncode == 1
        assert second.stderr.count("\n") == 1 and second.stderr.startswith(f"error: {home} is in use by another")
        assert f"(ingest pid {first.pid} on " in second.stderr
        assert first.poll() is None  # the first run was still going: the refusal was a real overlap
        out, err = first.communicate(timeout=120)
        assert first.returncode == 0, err
        assert json.loads(out)["totals"]["indexed"] == 4
        catalogue = Catalogue.open(home)
        assert sorted(r.status for r in catalogue.documents_where()) == ["indexed"] * 4
        catalogue.close()

        # a run killed while it holds the lock leaves the file behind, with its pid: not a lock any more
        site.papers["minutes-new"] = text_pdf("Minutes of an extra meeting")
        killed = _start_ingest(home, sources)
        _wait_for_lock_holder(home, killed.pid)
        os.killpg(killed.pid, signal.SIGKILL)
        killed.wait(timeout=30)
        assert f'"pid": {killed.pid}' in (home / "ingest.lock").read_text()
        after = run_cli("ingest", "--sources", sources, "--full", "--json", "--quiet", home=home, check=True)
        assert json.loads(after.stdout)["totals"]["indexed"] == 1
        assert (home / "ingest.lock").read_text() == ""  # released on the way out
