"""Failures that heal: a document failure is recorded and queued again by the next (incremental) discovery, up to
MAX_PERMANENT_ATTEMPTS; a failure of the environment (index unreachable, archive unwritable) is retried and
never recorded against the document."""
from __future__ import annotations

import shutil
import socket

import pytest

from boardpapers import pipeline
from boardpapers.pipeline import MAX_PERMANENT_ATTEMPTS, Workspace

pytestmark = pytest.mark.timeout(300)


@pytest.fixture
def northmere(sample_sites):
    return next(s for s in sample_sites.sources() if s.id == sample_sites.source_id("northmere"))


@pytest.fixture
def corrupt(sample_sites):
    """corrupt(url, bytes): the site serves these bytes for that paper until the test ends."""
    changed = []

    def serve(url: str, data: bytes) -> None:
        changed.append(url)
        sample_sites.republish(url, data)

    yield serve
    for url in changed:
        sample_sites.republish(url)  # the session's sites are shared: back to the real file


def _first_pdf(ws, source):
    return next(d for d in ws.catalogue.documents_where(source_id=source.id)
                if d.url.lower().endswith(".pdf") and d.status == "pending")


def test_a_failed_paper_of_an_old_meeting_is_requeued_by_incremental_discovery_and_heals(
        home, sample_sites, northmere, corrupt, monkeypatch):
    monkeypatch.setenv("BOARDPAPERS_ENGINE", "embedded")
    with Workspace.open(home) as ws:
        pipeline.discover(ws, northmere)
        victim = _first_pdf(ws, northmere)
        corrupt(victim.url, b"%PDF-1.7\nnot really a pdf")  # a corrupt upload
        report = pipeline.process_document(ws, victim.document_id, source=northmere)
        assert report.stage == "extract" and not report.infrastructure
        assert ws.catalogue.document(victim.document_id).status == "failed"

        sample_sites.republish(victim.url)  # the council re-uploads the real file
        again = pipeline.discover(ws, northmere)  # incremental: its meeting (years ago) is not re-listed
        assert again.mode == "incremental"
        assert victim.document_id in again.retry
        assert pipeline.process_document(ws, victim.document_id, source=northmere).ok
        assert ws.catalogue.document(victim.document_id).status == "indexed"
        assert victim.document_id not in pipeline.discover(ws, northmere).to_process


def test_a_paper_that_keeps_failing_is_requeued_a_bounded_number_of_times(home, northmere, corrupt, monkeypatch):
    monkeypatch.setenv("BOARDPAPERS_ENGINE", "embedded")
    with Workspace.open(home) as ws:
        pipeline.discover(ws, northmere)
        victim = _first_pdf(ws, northmere)
        corrupt(victim.url, b"%PDF-1.7\nstill broken")
        queued = 1  # the first processing, then one per discovery that queued it again
        pipeline.process_document(ws, victim.document_id, source=northmere)
        for _ in range(MAX_PERMANENT_ATTEMPTS + 2):
            if victim.document_id in pipeline.discover(ws, northmere).retry:
                queued += 1
                pipeline.process_document(ws, victim.document_id, source=northmere)
        record = ws.catalogue.document(victim.document_id)
    assert queued == MAX_PERMANENT_ATTEMPTS
    assert record.status == "failed" and record.attempts == MAX_PERMANENT_ATTEMPTS


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_index_is_retried_not_recorded_against_the_document(home, sample_sites, northmere, monkeypatch):
    monkeypatch.setenv("ELASTICSEARCH_URL", f"http://127.0.0.1:{_closed_port()}")
    with Workspace.open(home, engine="elasticsearch") as ws:
        pipeline.discover(ws, northmere)
        victim = _first_pdf(ws, northmere)
        report = pipeline.process_with_one_retry(ws, victim.document_id, source=northmere)
        assert report.infrastructure and report.stage == "index"
        assert "127.0.0.1" in report.error
        record = ws.catalogue.document(victim.document_id)
        assert record.status == "pending" and record.attempts == 0
        assert not [f for f in ws.catalogue.failures_for(northmere.id) if f.document_id == victim.document_id]
    with Workspace.open(home, engine="embedded") as ws:  # the index is back
        assert victim.document_id in pipeline.discover(ws, northmere).retry
        assert pipeline.process_document(ws, victim.document_id, source=northmere).ok


def test_an_unwritable_archive_is_retried_not_recorded_against_the_document(home, sample_sites, northmere, monkeypatch):
    monkeypatch.setenv("BOARDPAPERS_ENGINE", "embedded")
    archive = home / "archive"
    with Workspace.open(home) as ws:
        pipeline.discover(ws, northmere)
        victim = _first_pdf(ws, northmere)
        shutil.rmtree(archive)
        archive.write_text("a file where the archive directory should be")  # the volume went away
        report = pipeline.process_document(ws, victim.document_id, source=northmere)
        assert report.infrastructure and report.stage == "fetch"
        assert ws.catalogue.document(victim.document_id).status == "pending"
        archive.unlink()
        archive.mkdir()
        assert pipeline.process_document(ws, victim.document_id, source=northmere).ok
