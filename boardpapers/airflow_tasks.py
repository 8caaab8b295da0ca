"""Thin helpers between the Airflow DAGs (``dags/boardpapers_dags.py``) and the task code in
:mod:`boardpapers.pipeline`. Nothing here parses a page or makes a request: it opens the workspace, calls the
pipeline, and turns its reports into what Airflow needs (asset-event extras, exceptions, log lines).

Airflow itself is imported lazily, so ``python -m boardpapers.airflow_tasks pools`` works without it.
"""
from __future__ import annotations

import json
import logging
import os
import re
import sys

from boardpapers.config import default_sources_file, load_sources
from boardpapers.errors import ConfigError
from boardpapers.models import Source
from boardpapers.urls import host_of

log = logging.getLogger(__name__)

ASSET_PREFIX = "boardpapers://documents/"
POOL_PREFIX = "host__"
# Retries for the tasks that talk to websites: 1, 2, 4 minutes (multiplier 2.0: note that Airflow 3.3 reads
# ``retry_exponential_backoff`` as a multiplier, so ``True`` would mean 1.0, i.e. no growth at all).
# BOARDPAPERS_RETRY_DELAY_SECONDS shortens the first delay (tests of the stack).
RETRY_ARGS = {"retries": 3, "retry_exponential_backoff": 2.0,
              "retry_delay": float(os.environ.get("BOARDPAPERS_RETRY_DELAY_SECONDS", "60")), "max_retry_delay": 1800.0}


# --- configuration, assets, pools ------------------------------------------------------------------------------


def configured_sources(path=None) -> list[Source]:
    """The sources the DAGs are built from; a bad file raises, which Airflow shows as an import error."""
    path = path or default_sources_file()
    try:
        return load_sources(path)
    except ConfigError as err:
        raise ConfigError(f"boardpapers DAGs not built: {err} (set BOARDPAPERS_SOURCES to a valid sources file)") from err


def asset_uri(source_id: str) -> str:
    return f"{ASSET_PREFIX}{source_id}"


def pool_name(source: Source) -> str:
    """One pool per website host, so every DAG touching that host shares its politeness budget."""
    return POOL_PREFIX + re.sub(r"[^A-Za-z0-9_.-]", "_", host_of(source.entry_url))


def pools(sources: list[Source], slots: int = 1) -> dict[str, dict]:
    """``airflow pools import`` format: {name: {"slots": n, "description": ...}}."""
    out: dict[str, dict] = {}
    for source in sources:
        entry = out.setdefault(pool_name(source), {"slots": slots, "description": f"requests to {host_of(source.entry_url)}:",
                                                   "include_deferred": False})
        entry["description"] += f" {source.id}"
    return out


# --- task bodies -------------------------------------------------------------------------------------------------


def _workspace():
    # The pipeline (SQLAlchemy, the engines' registry, the sandbox) is imported in the task, not at the top:
    # the scheduler imports this module on every parse of the DAG file, which only needs the sources.
    from boardpapers.pipeline import Workspace

    return Workspace.open()


def run_discovery(source: Source, *, trigger: str, full: bool = False) -> dict:
    """Discover one source. Returns the asset-event extra; ``document_ids`` is empty when nothing changed.

    Raises when discovery itself failed (site down, layout changed), so Airflow retries and shows it failed.
    """
    from boardpapers import pipeline

    with _workspace() as ws:
        report = pipeline.discover(ws, source, full=full, trigger=trigger)
    counts = report.counts()
    log.info("%s: discovery %s", source.id, json.dumps(counts, sort_keys=True))
    for warning in report.warnings:
        log.warning("%s: %s", source.id, warning)
    if report.error:
        raise RuntimeError(f"discovery of {source.id} failed ({source.entry_url}): {report.error}")
    if report.suspect:
        log.warning("%s is SUSPECT: %s; check the site before trusting this run", source.id, report.suspect)
    return {"source_id": source.id, "discover_run_id": report.run_id, "document_ids": report.to_process,
            "new": report.new, "changed": report.changed, "retry": report.retry,
            "withdrawn": report.withdrawn, "suspect": report.suspect, "counts": counts}


def document_ids_from(triggering_asset_events, conf: dict | None) -> list[str]:
    """The ids carried by the asset events that triggered this run (several events may be folded into one run),
    plus any given by hand as ``{"document_ids": [...]}`` in the run's conf; in order, without duplicates."""
    ids: list[str] = []
    for events in (triggering_asset_events or {}).values():
        for event in events:
            ids.extend((getattr(event, "extra", None) or {}).get("document_ids") or [])
    ids.extend((conf or {}).get("document_ids") or [])
    return list(dict.fromkeys(str(i) for i in ids))


def pending_document_ids(source: Source) -> list[str]:
    """For a run nobody gave ids to (a manual trigger, ``airflow dags test process__<id>``): the source's
    documents that discovery recorded but nothing has processed yet."""
    with _workspace() as ws:
        return [d.document_id for d in ws.catalogue.documents_where(source_id=source.id, status="pending")]


def start_processing(source: Source, document_ids: list[str], *, trigger: str) -> int:
    """Open a 'process' run in the catalogue; failures of this run's documents are recorded against it."""
    with _workspace() as ws:
        run_id = ws.catalogue.start_run(source.id, "process", trigger)
    log.info("%s: %d document(s) to process (catalogue run %s): %s", source.id, len(document_ids), run_id,
             " ".join(document_ids))
    return run_id


# Fetch failures that waiting will not cure: the site answered, and the answer was no.
_FINAL_FETCH = re.compile(r": (http_(?!408|425|429)4\d\d|robots_disallowed|off_site|bad_redirect|redirect_loop|"
                          r"too_many_redirects|too_large|not_a_pdf|empty)\b")


def is_final(stage: str | None, error: str | None) -> bool:
    """Whether retrying the task is pointless: extraction failures (same bytes, same result), unknown documents,
    and permanent fetch answers (404, robots, off-site redirect, not a PDF). Timeouts, 5xx and index failures
    are retried."""
    if stage in ("extract", "catalogue"):
        return True
    return stage == "fetch" and bool(_FINAL_FETCH.search(error or ""))


def run_process_document(source: Source, document_id: str, run_id: int | None) -> dict:
    """Process one document. The catalogue records any failure first; then this raises so that the mapped task
    instance of this document (and only it) fails. Final failures (see :func:`is_final`) fail without retries;
    transient ones (timeouts, 5xx, the index unreachable) are retried with backoff."""
    from boardpapers import pipeline

    with _workspace() as ws:
        report = pipeline.process_document(ws, document_id, source=source, run_id=run_id)
    counts = {"document_id": document_id, "url": report.url, "skipped": report.skipped, **report.counts()}
    if report.ok or report.skipped:
        log.info("%s: %s", document_id, json.dumps(counts, sort_keys=True))
        return counts
    if report.infrastructure:  # not recorded against the document: Airflow retries the task
        raise RuntimeError(f"{source.id}: document {document_id} interrupted at {report.stage} by a failure outside "
                           f"the document, to be retried: {report.error} ({report.url})")
    message = f"{source.id}: document {document_id} failed at {report.stage}: {report.error} ({report.url})"
    if is_final(report.stage, report.error):
        from airflow.sdk.exceptions import AirflowFailException

        raise AirflowFailException(message)
    raise RuntimeError(message)


def summarise(source: Source, document_ids: list[str], run_id: int | None) -> dict:
    """Counts for the run, read back from the catalogue (the record of what happened to each document)."""
    statuses: dict[str, int] = {}
    failures, unfinished = [], []
    with _workspace() as ws:
        for document_id in document_ids:
            record = ws.catalogue.document(document_id)
            status = record.status if record else "unknown"
            statuses[status] = statuses.get(status, 0) + 1
            if status == "failed":
                failures.append({"document_id": document_id, "url": record.url, "error": record.error})
            elif status == "pending":
                unfinished.append(document_id)
        counts = {"documents": len(document_ids), "indexed": statuses.get("indexed", 0),
                  "documents_failed": len(failures), "unfinished": len(unfinished), "statuses": statuses}
        if run_id is not None:
            ws.catalogue.finish_run(run_id, "ok", counts)
    log.info("%s: processed %s", source.id, json.dumps(counts, sort_keys=True))
    for failure in failures:
        log.warning("%s: FAILED %s %s: %s", source.id, failure["document_id"], failure["url"], failure["error"])
    for document_id in unfinished:
        log.warning("%s: NOT PROCESSED %s (interrupted by an infrastructure failure; the next discovery queues it "
                    "again)", source.id, document_id)
    return {**counts, "failures": failures, "unfinished": unfinished}


# --- command line: pools ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """``python -m boardpapers.airflow_tasks pools [--slots N] [SOURCES_FILE] > pools.json``, then
    ``airflow pools import pools.json``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] != "pools":
        print(main.__doc__, file=sys.stderr)
        return 2
    args.pop(0)
    slots = 1
    if "--slots" in args:
        at = args.index("--slots")
        slots = int(args[at + 1])
        del args[at:at + 2]
    try:
        sources = configured_sources(args[0] if args else None)
    except ConfigError as err:
        print(err, file=sys.stderr)
        return 1
    json.dump(pools(sources, slots), sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
