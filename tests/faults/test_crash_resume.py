"""Crash and resume: an ingest of the sample sites SIGKILLed at several points (during discovery, while
processing each source, across source boundaries), then run to completion, ends in the same state as an
uninterrupted ingest in another home — same counts, no duplicates, no half-written index entries, no archive
blob the catalogue does not account for.

The ingest runs in a subprocess (``tests/faults/ingest_driver.py``, the same calls as ``boardpapers ingest``);
the kill points are chosen by polling the catalogue read-only, so they do not depend on machine speed.
"""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from boardpapers.samplesites import SampleSites

pytestmark = [pytest.mark.slow, pytest.mark.timeout(400)]

ROOT = Path(__file__).resolve().parents[2]


def start_driver(home: Path, sources: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.faults.ingest_driver", str(home), str(sources)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)  # its own process group: the extraction workers die with it


def catalogue_counts(home: Path) -> tuple[int, int]:
    """(documents, indexed documents) read from the SQLite file without taking part in the run."""
    path = home / "catalogue.sqlite"
    if not path.exists():
        return 0, 0
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.5)
        try:
            rows = dict(conn.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall())
        finally:
            conn.close()
    except sqlite3.Error:
        return 0, 0
    return sum(rows.values()), rows.get("indexed", 0)


def kill_when(proc: subprocess.Popen, home: Path, condition, limit: float = 120.0) -> tuple[int, int] | None:
    """SIGKILL the driver's process group once ``condition(documents, indexed)`` holds; None if it finished."""
    started = time.monotonic()
    while proc.poll() is None and time.monotonic() - started < limit:
        counts = catalogue_counts(home)
        if condition(*counts):
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            return counts
        time.sleep(0.05)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        raise AssertionError("the kill condition was never met")
    return None


def run_to_completion(home: Path, sources: Path) -> str:
    proc = start_driver(home, sources)
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, err[-3000:]
    return out


# Kill points (documents known, documents indexed): during discovery, early in the first source, mid second
# source, around the second/third boundary, late in the run.
KILL_POINTS = [
    ("discovery", lambda docs, indexed: docs >= 1 and indexed == 0),
    ("first source", lambda docs, indexed: indexed >= 15),
    ("second source", lambda docs, indexed: indexed >= 110),
    ("source boundary", lambda docs, indexed: indexed >= 147),
    ("late", lambda docs, indexed: indexed >= 190),
]


def state_of(home: Path) -> dict:
    from boardpapers.extractors import EXTRACTOR_VERSION
    from boardpapers.pipeline import Workspace

    with Workspace.open(home) as ws:
        cat = ws.catalogue
        documents = cat.documents_where()
        half_written = []
        for record in documents:
            indexed = ws.engine.get_document(record.document_id)
            if record.status == "indexed":
                extraction = cat.extraction(record.sha256, EXTRACTOR_VERSION)
                if indexed is None or extraction is None or len(indexed.pages) != len(extraction.pages) \
                        or indexed.sha256 != record.sha256:
                    half_written.append(record.url)
            elif indexed is not None and record.status == "failed":
                half_written.append(f"failed but indexed: {record.url}")
        archive_dir = home / "archive"
        files = [p for p in archive_dir.glob("??/??/*") if p.is_file()]
        return {
            "status": cat.status_counts(),
            "per_source": {sid: cat.status_counts(sid) for sid in cat.source_ids()},
            "meetings": len(cat.meetings_for()),
            "index_documents": ws.engine.document_count(),
            "blobs": set(ws.archive.shas()),
            "blob_files": [p.name for p in files if not p.name.startswith(".tmp-")],
            "catalogue_shas": {d.sha256 for d in documents if d.sha256},
            "version_shas": {v.sha256 for d in documents for v in cat.document_versions(d.document_id)},
            "duplicate_urls": [k for k, n in Counter((d.source_id, d.url) for d in documents).items() if n > 1],
            "half_written": half_written,
        }


@pytest.fixture(scope="module")
def homes(tmp_path_factory):
    base = tmp_path_factory.mktemp("crash")
    with SampleSites.start() as sites:
        sources = base / "sources.yaml"
        sources.write_text(sites.sources_yaml(), encoding="utf-8")
        reference, crashed = base / "reference", base / "crashed"
        run_to_completion(reference, sources)
        kills = []
        for name, condition in KILL_POINTS:
            counts = kill_when(start_driver(crashed, sources), crashed, condition)
            kills.append((name, counts))
        final_output = run_to_completion(crashed, sources)
    yield {"reference": state_of(reference), "crashed": state_of(crashed), "kills": kills,
           "final_output": final_output}


def test_every_kill_happened(homes):
    assert all(counts is not None for _, counts in homes["kills"]), homes["kills"]


def test_final_counts_equal_an_uninterrupted_run(homes):
    ref, got = homes["reference"], homes["crashed"]
    assert got["status"] == ref["status"]
    assert got["per_source"] == ref["per_source"]
    assert got["meetings"] == ref["meetings"]
    assert got["index_documents"] == ref["index_documents"]
    assert len(got["blobs"]) == len(ref["blobs"])


def test_same_archive_contents(homes):
    assert homes["crashed"]["blobs"] == homes["reference"]["blobs"]


def test_no_duplicate_documents(homes):
    assert homes["crashed"]["duplicate_urls"] == []


def test_every_catalogue_sha_is_archived_and_every_blob_accounted_for(homes):
    got = homes["crashed"]
    assert got["catalogue_shas"] <= got["blobs"]
    assert got["version_shas"] <= got["blobs"]
    assert got["blobs"] <= got["version_shas"], "an archive blob that no document version refers to"


def test_temporary_files_are_not_blobs(homes):
    got = homes["crashed"]
    assert sorted(got["blob_files"]) == sorted(got["blobs"])


def test_no_half_written_index_entries(homes):
    assert homes["reference"]["half_written"] == []
    assert homes["crashed"]["half_written"] == []
