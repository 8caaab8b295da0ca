"""A whole run over sources: discover each, then process what it queued (extracting on every core when
there are several documents to extract)."""
from __future__ import annotations

import concurrent.futures
import datetime as dt
import functools
import logging
import os
import queue
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

from boardpapers.errors import ConfigError
from boardpapers.extractors.text import PAGE_WORKERS_ENV
from boardpapers.models import Source
from boardpapers.pipeline.discovery import DiscoverReport, discover
from boardpapers.pipeline.processing import (FetchedDocument, ProcessReport, extract_with, fetch_document,
                                             finish_document, process_with_one_retry, retry_if_interrupted)
from boardpapers.sandbox import ExtractionSandbox, child_environment
from boardpapers.pipeline.workspace import Progress, Workspace

log = logging.getLogger(__name__)
T, R = TypeVar("T"), TypeVar("R")


@dataclass
class SourceSummary:
    source_id: str
    discover: DiscoverReport
    processed: list[ProcessReport] = field(default_factory=list)

    @property
    def failed(self) -> list[ProcessReport]:
        return [p for p in self.processed if not p.ok and not p.skipped]

    @property
    def skipped(self) -> list[str]:
        """"URL: reason" of every paper left alone this run, at discovery or when its fetch was refused."""
        return self.discover.skipped + [f"{p.url}: {p.error}" for p in self.processed if p.skipped and p.error]

    def counts(self) -> dict:
        return {**self.discover.counts(), "skipped": len(self.skipped), "error": self.discover.error,
                "processed": len(self.processed), "indexed": sum(p.ok for p in self.processed),
                "documents_failed": len(self.failed), "pages": sum(p.pages for p in self.processed),
                "attendance_records": sum(p.attendance for p in self.processed),
                "alerts": sum(p.alerts for p in self.processed)}


def ingest(ws: Workspace, sources: list[Source], *, full: bool = False, today: dt.date | None = None,
           progress: Progress | None = None) -> list[SourceSummary]:
    """Discover each source, then process what it queued. With several documents to process and more than one
    core, extraction runs in one sandbox child per core (page workers 1 in each) while fetching, catalogue
    writes and indexing stay here, in the documents' order: the result is the same as one at a time."""
    summaries = []
    pool = ExtractionPool(ws)
    try:
        for source in sources:
            if progress:
                progress(f"{source.id}: discovering meetings at {source.entry_url}")
            report = discover(ws, source, full=full, today=today, progress=progress)
            summary = SourceSummary(source.id, report)
            summaries.append(summary)
            if report.error:
                if progress:
                    progress(f"{source.id}: discovery failed: {report.error}")
                continue
            todo = report.to_process  # discovery already re-queued what earlier runs left failed or unfinished
            announce = _announcer(ws, source, todo, progress)
            if pool.size > 1 and len(todo) > 1:
                summary.processed.extend(pool.process(todo, source=source, run_id=report.run_id, announce=announce))
            else:
                for document_id in todo:
                    announce(document_id)
                    summary.processed.append(process_with_one_retry(ws, document_id, source=source,
                                                                    run_id=report.run_id))
            ws.catalogue.finish_run(report.run_id, "suspect" if report.suspect else "ok", summary.counts())
    finally:
        pool.close()
    return summaries


def _announcer(ws: Workspace, source: Source, todo: list[str], progress: Progress | None) -> Callable[[str], None]:
    positions = {document_id: position for position, document_id in enumerate(todo, start=1)}

    def announce(document_id: str) -> None:
        if progress:
            record = ws.catalogue.document(document_id)
            progress(f"{source.id}: [{positions[document_id]}/{len(todo)}] "
                     f"{record.title if record else document_id}")
    return announce


def extraction_workers() -> int:
    """How many documents are extracted at once: BOARDPAPERS_EXTRACT_WORKERS, else one per core."""
    configured = os.environ.get(EXTRACT_WORKERS_ENV, "").strip()
    if configured:
        try:
            return max(1, int(configured))
        except ValueError:
            raise ConfigError(f"{EXTRACT_WORKERS_ENV} must be a whole number (got {configured!r})") from None
    return os.cpu_count() or 1


EXTRACT_WORKERS_ENV = "BOARDPAPERS_EXTRACT_WORKERS"


class ExtractionPool:
    """One extraction sandbox per worker, started on first use and kept for the whole run.

    A workspace given its own sandbox (tests, a tuned deployment) keeps it: the pool then has size 1 and
    processing is the plain one-at-a-time path."""

    def __init__(self, ws: Workspace, workers: int | None = None):
        self.ws = ws
        self.size = 1 if ws.has_own_sandbox else (workers or extraction_workers())
        self._sandboxes: list[ExtractionSandbox] = []

    def _extractors(self) -> list[Callable]:
        if not self._sandboxes:
            # the cores are taken by the documents: one page worker in each child (see extractors/text.py)
            env = {**child_environment(), PAGE_WORKERS_ENV: "1"}
            self._sandboxes = [ExtractionSandbox(env=env) for _ in range(self.size)]
        return [functools.partial(_extract_in, sandbox) for sandbox in self._sandboxes]

    def process(self, todo: list[str], *, source: Source, run_id: int | None,
                announce: Callable[[str], None]) -> list[ProcessReport]:
        """Process ``todo`` like ``process_with_one_retry`` one after the other would, extracting concurrently."""
        def fetched():
            for document_id in todo:
                announce(document_id)
                yield fetch_document(self.ws, document_id, source=source, run_id=run_id)

        reports = []
        for job, outcome in extract_concurrently(fetched(), self._extractors()):
            if isinstance(job, ProcessReport):
                report = job
            else:
                report = finish_document(self.ws, job, lambda doc: _returned(outcome))
            reports.append(retry_if_interrupted(self.ws, report, source=source, run_id=run_id))
        return reports

    def close(self) -> None:
        for sandbox in self._sandboxes:
            sandbox.close()
        self._sandboxes = []


def _extract_in(sandbox: ExtractionSandbox, job: FetchedDocument | ProcessReport):
    if isinstance(job, ProcessReport):  # finished at its fetch (failed, skipped): nothing to extract
        return None
    extraction = extract_with(sandbox, job)
    job.report.worker = sandbox.worker_pid if job.extraction is None else None
    return extraction


def _returned(outcome):
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def extract_concurrently(jobs: Iterable[T], extractors: Sequence[Callable[[T], R]]
                         ) -> Iterator[tuple[T, R | BaseException]]:
    """Run up to ``len(extractors)`` extractions at once; yield (job, result or the exception it raised) in
    the order of ``jobs``.

    One callable per worker, each used by one thread at a time: give each worker its own extraction sandbox
    (the sandbox runs one document at a time), e.g. ``[ExtractionSandbox().extract ...]`` wrapped to take a
    job, with ``os.cpu_count()`` of them. The threads only wait on those child processes. At most two jobs per
    worker are in flight, so a long run holds a bounded number of documents in memory. When several
    documents are extracted at once, set BOARDPAPERS_PAGE_WORKERS=1 for the sandboxes' children (the cores
    are taken; see extractors/text.py)."""
    if not extractors:
        raise ValueError("extract_concurrently needs at least one extractor")
    free: queue.SimpleQueue = queue.SimpleQueue()
    for extract in extractors:
        free.put(extract)

    def run(job: T) -> R:
        extract = free.get()
        try:
            return extract(job)
        finally:
            free.put(extract)

    pending: list[tuple[T, concurrent.futures.Future]] = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=len(extractors)) as pool:
        for job in jobs:
            pending.append((job, pool.submit(run, job)))
            if len(pending) >= 2 * len(extractors):
                yield _outcome(*pending.pop(0))
        while pending:
            yield _outcome(*pending.pop(0))


def _outcome(job, future) -> tuple:
    try:
        return job, future.result()
    except Exception as err:  # one bad document never stops the run: the caller decides what to record
        return job, err
