"""Processing: one pending document into archive bytes, an extraction and index entries; a failure is
recorded on that document and never stops the others."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

from sqlalchemy.exc import OperationalError

from boardpapers.alerts import alert_saved_searches
from boardpapers.config import parse_source
from boardpapers.errors import (
    BoardpapersError, ExtractionError, FetchError, InfrastructureError, SearchError,
)
from boardpapers.extractors import EXTRACTOR_VERSION
from boardpapers.models import DocumentRecord, Extraction, Source
from boardpapers.payload import check_payload
from boardpapers.pipeline.discovery import SKIP_REASONS, _skip_reason
from boardpapers.pipeline.indexing import index_document
from boardpapers.pipeline.workspace import Workspace
from boardpapers.errors import one_line as _one_line
from boardpapers.urls import file_name

log = logging.getLogger(__name__)


@dataclass
class ProcessReport:
    document_id: str
    ok: bool = False
    skipped: bool = False
    stage: str | None = None  # where it failed: fetch | extract | index
    error: str | None = None
    url: str | None = None
    fetched: bool = False
    pages: int = 0
    attendance: int = 0
    decisions: int = 0
    partial: bool = False
    alerts: int = 0
    infrastructure: bool = False  # the environment failed, not the document: retry; nothing was recorded on it
    worker: int | None = None  # process id of the extraction worker, when extracted alongside others

    def counts(self) -> dict:
        return {"ok": self.ok, "stage": self.stage, "error": self.error, "pages": self.pages,
                "attendance": self.attendance, "decisions": self.decisions, "fetched": self.fetched}


@dataclass
class FetchedDocument:
    """A document whose current bytes are archived, waiting for its extraction (``extraction`` is the one this
    extractor version already made, else None)."""

    record: DocumentRecord
    data: bytes
    extraction: Extraction | None
    report: ProcessReport
    run_id: int | None = None
    reindex_siblings: bool = True


def process_document(ws: Workspace, document_id: str, *, source: Source | None = None,
                     run_id: int | None = None, reindex_siblings: bool = True) -> ProcessReport:
    """Fetch (if not archived yet), extract (if not extracted by this extractor version) and index one document."""
    fetched = fetch_document(ws, document_id, source=source, run_id=run_id, reindex_siblings=reindex_siblings)
    if isinstance(fetched, ProcessReport):
        return fetched
    return finish_document(ws, fetched, lambda doc: extract_with(ws.sandbox, doc))


def fetch_document(ws: Workspace, document_id: str, *, source: Source | None = None, run_id: int | None = None,
                   reindex_siblings: bool = True) -> FetchedDocument | ProcessReport:
    """The first half of processing: the document's bytes, archived; or its finished report (failed, skipped)."""
    cat = ws.catalogue
    record = cat.document(document_id)
    report = ProcessReport(document_id)
    if record is None:
        report.stage, report.error = "catalogue", f"unknown document id {document_id}"
        return report
    report.url = record.url
    if record.status == "withdrawn" and not record.sha256:
        report.skipped = True
        return report
    source = source or _source_of(ws, record.source_id)
    stage = "fetch"
    try:
        data = _current_bytes(ws, source, record, report)
        record = cat.document(document_id)
        stage = "extract"
        extraction = cat.extraction(record.sha256, EXTRACTOR_VERSION)
    except Exception as err:
        _record_error(ws, record, report, stage, err, run_id)
        return report
    return FetchedDocument(record, data, extraction, report, run_id, reindex_siblings)


def extract_with(sandbox, doc: FetchedDocument) -> Extraction:
    """The document's extraction: the one already made by this extractor version, else the sandbox's."""
    if doc.extraction is not None:
        return doc.extraction
    return sandbox.extract(doc.data, content_type=doc.record.content_type, filename=file_name(doc.record.url),
                           title=doc.record.title)


def finish_document(ws: Workspace, doc: FetchedDocument,
                    extract: Callable[[FetchedDocument], Extraction]) -> ProcessReport:
    """The second half: extract (``extract`` returns the extraction or raises why not), record, index."""
    cat, record, report = ws.catalogue, doc.record, doc.report
    stage = "extract"
    try:
        extraction = extract(doc)
        if doc.extraction is None:
            cat.save_extraction(record.sha256, extraction)
        report.pages, report.partial = len(extraction.pages), extraction.partial
        report.attendance, report.decisions = len(extraction.attendance), len(extraction.decisions)
        stage = "index"
        index_document(ws, record, extraction, reindex_siblings=doc.reindex_siblings)
        if record.status != "withdrawn":
            cat.set_status(record.document_id, "indexed")
        report.ok = True
        report.alerts = alert_saved_searches(ws, [cat.document(record.document_id)])
    except Exception as err:
        _record_error(ws, record, report, stage, err, doc.run_id)
    return report


def _record_error(ws: Workspace, record: DocumentRecord, report: ProcessReport, stage: str, err: Exception,
                  run_id: int | None) -> None:
    """What a failure at ``stage`` means for the document; called from inside the ``except`` that caught it."""
    if isinstance(err, INFRASTRUCTURE_ERRORS):
        _interrupted(record, report, stage, err)
    elif isinstance(err, FetchError) and stage == "fetch" and err.reason in SKIP_REASONS:
        # e.g. a redirect off the source's hosts
        report.skipped, report.stage, report.error = True, stage, _skip_reason(err)
        ws.catalogue.set_status(record.document_id, "skipped", report.error)
    elif isinstance(err, (FetchError, ExtractionError, SearchError, BoardpapersError)):
        _fail(ws, record, report, stage, _one_line(err), run_id)
    else:  # a bug or an unforeseen input: one document fails, the run goes on
        log.exception("processing %s failed", record.url)
        _fail(ws, record, report, stage, f"{type(err).__name__}: {_one_line(err)}", run_id)


# Failures of the environment, not the document: OSError, the archive could not be written or read (disk,
# permissions, object store); OperationalError, the catalogue database did not answer.
INFRASTRUCTURE_ERRORS = (InfrastructureError, OSError, OperationalError)


def _interrupted(record: DocumentRecord, report: ProcessReport, stage: str, err: BaseException) -> None:
    """Not the document's fault: leave its status as it was (so discovery queues it again) and record nothing."""
    report.stage, report.error, report.infrastructure = stage, f"{type(err).__name__}: {_one_line(err)}", True
    log.warning("%s: %s failed for a reason outside the document (will be retried): %s", record.document_id,
                stage, report.error)


def _fail(ws: Workspace, record: DocumentRecord, report: ProcessReport, stage: str, reason: str,
          run_id: int | None) -> None:
    report.stage, report.error = stage, reason
    ws.catalogue.set_status(record.document_id, "failed", f"{stage}: {reason}")
    ws.catalogue.record_failure(record.source_id, stage, reason, document_id=record.document_id,
                                url=record.url, run_id=run_id)


def _current_bytes(ws: Workspace, source: Source, record: DocumentRecord, report: ProcessReport) -> bytes:
    if record.inline_html:
        data = record.inline_html.encode("utf-8")
        sha = ws.archive.put(data)
        ws.catalogue.record_version(record.document_id, sha, content_type="text/html; charset=utf-8",
                                    size=len(data), etag=None, last_modified=None)
        return data
    if record.sha256 and ws.archive.exists(record.sha256):
        if record.status != "failed":
            return ws.archive.get(record.sha256)
        try:  # these bytes failed before: the site may have replaced them since
            result = ws.fetcher.get(record.url, allowed_hosts=source.allowed_hosts, delay=source.delay_seconds,
                                    timeout=source.timeout_seconds,
                                    etag=record.etag, last_modified=record.last_modified)
        except FetchError:
            return ws.archive.get(record.sha256)
        if result.not_modified:
            return ws.archive.get(record.sha256)
    else:
        result = ws.fetcher.get(record.url, allowed_hosts=source.allowed_hosts, delay=source.delay_seconds,
                                timeout=source.timeout_seconds)
    check_payload(record.url, result.content, result.content_type)
    sha = ws.archive.put(result.content)
    ws.catalogue.record_version(record.document_id, sha, content_type=result.content_type,
                                size=len(result.content), etag=result.etag, last_modified=result.last_modified)
    report.fetched = True
    return result.content



def _source_of(ws: Workspace, source_id: str) -> Source:
    row = ws.catalogue.source_record(source_id)
    if row is None:
        raise BoardpapersError(f"source {source_id} is not in the catalogue; run discovery first")
    config = {k: v for k, v in row.config.items() if v is not None}
    if config.get("listing") is None:
        config.pop("listing", None)
    return parse_source(config, f"catalogue source {source_id}")


def process_with_one_retry(ws: Workspace, document_id: str, **kwargs) -> ProcessReport:
    """The command line's retry: an infrastructure failure is tried once more (Airflow retries tasks itself)."""
    return retry_if_interrupted(ws, process_document(ws, document_id, **kwargs), **kwargs)


def retry_if_interrupted(ws: Workspace, report: ProcessReport, **kwargs) -> ProcessReport:
    """``report`` itself, or, when the environment interrupted it, the report of one more try."""
    if not report.infrastructure:
        return report
    log.warning("%s: retrying once after: %s", report.document_id, report.error)
    return process_document(ws, report.document_id, **kwargs)
