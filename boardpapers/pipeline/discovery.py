"""Discovery: list a source's meetings and papers, record new ones as pending, re-check recent ones.

Cheap and incremental: only documents of recent and upcoming meetings (whose agendas get republished with
supplements) are re-checked, with conditional requests; an archived document of an old meeting is never
downloaded again.
"""
from __future__ import annotations

import datetime as dt
import logging
import statistics
from dataclasses import dataclass, field

from boardpapers.errors import BoardpapersError, FetchError
from boardpapers.models import DocumentRecord, Meeting, Run, Source
from boardpapers.payload import check_payload
from boardpapers.pipeline.workspace import Progress, Workspace
from boardpapers.sites import adapter_for
from boardpapers.errors import one_line as _one_line

log = logging.getLogger(__name__)


@dataclass
class DiscoverReport:
    source_id: str
    run_id: int | None = None
    mode: str = "full"  # full | incremental
    meetings: int = 0
    meetings_new: int = 0
    documents_seen: int = 0
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    retry: list[str] = field(default_factory=list)  # failed or interrupted earlier, processed again
    unchanged: int = 0
    withdrawn: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # documents whose change check failed
    requests: int = 0
    warnings: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "URL: reason" of papers left alone (off-site, robots.txt)
    undated: list[str] = field(default_factory=list)  # URLs of papers whose meeting date could not be found
    error: str | None = None  # discovery itself failed: nothing was learned about this source
    suspect: str | None = None  # discovery ran but found suspiciously little

    @property
    def to_process(self) -> list[str]:
        return self.new + self.changed + self.retry

    def counts(self) -> dict:
        return {"mode": self.mode, "meetings": self.meetings, "meetings_new": self.meetings_new,
                "documents_seen": self.documents_seen, "new": len(self.new), "changed": len(self.changed),
                "retry": len(self.retry), "unchanged": self.unchanged, "withdrawn": len(self.withdrawn),
                "failed": len(self.failed), "requests": self.requests, "warnings": len(self.warnings),
                "skipped": len(self.skipped), "undated": len(self.undated), "suspect": self.suspect}


def discover(ws: Workspace, source: Source, *, full: bool = False, today: dt.date | None = None,
             trigger: str = "cli", progress: Progress | None = None) -> DiscoverReport:
    """List the source's meetings and papers; return the ids of documents that need processing."""
    today = today or dt.date.today()
    cat = ws.catalogue
    cat.upsert_source(source)
    history = [r for r in cat.runs_for(source.id, "discover", limit=10) if r.status in ("ok", "suspect")]
    incremental = bool(history) and not full
    report = DiscoverReport(source.id, mode="incremental" if incremental else "full")
    report.run_id = cat.start_run(source.id, "discover", trigger)
    requests_before = ws.fetcher.stats.requests
    recheck_from = today - dt.timedelta(days=source.recheck_days)
    try:
        discovery = adapter_for(source, ws.fetcher).discover(since=recheck_from if incremental else None)
    except (BoardpapersError, OSError) as err:
        report.error = _one_line(err)
        report.requests = ws.fetcher.stats.requests - requests_before
        cat.record_failure(source.id, "discover", report.error, url=getattr(err, "url", source.entry_url),
                           run_id=report.run_id)
        cat.finish_run(report.run_id, "failed", report.counts(), report.error)
        return report
    report.warnings.extend(discovery.warnings)
    for meeting in discovery.meetings:
        report.meetings += 1
        report.meetings_new += cat.upsert_meeting(meeting)
        _discover_documents(ws, source, meeting, report, recheck_from, progress)
    if incremental:
        _requeue_unlisted_failures(ws, source, report)
    report.requests = ws.fetcher.stats.requests - requests_before
    report.suspect = _suspect(report, history, discovery.requests)
    status = "suspect" if report.suspect else "ok"
    cat.finish_run(report.run_id, status, report.counts())
    if report.suspect:
        log.warning("source %s is suspect: %s", source.id, report.suspect)
    return report


def _discover_documents(ws: Workspace, source: Source, meeting: Meeting, report: DiscoverReport,
                        recheck_from: dt.date, progress: Progress | None) -> None:
    cat = ws.catalogue
    seen: set[str] = set()
    recent = meeting.date is None or meeting.date >= recheck_from
    for ref in meeting.documents:
        record, is_new = cat.upsert_discovered(source.id, meeting.meeting_id, ref)
        seen.add(record.document_id)
        report.documents_seen += 1
        if meeting.date is None:
            report.undated.append(ref.url)
        if _skipped(ws, source, record, report):
            continue
        if is_new:
            report.new.append(record.document_id)
        elif record.status == "pending" or (
                record.status == "failed" and not (report.mode == "incremental" and _given_up(record))):
            report.retry.append(record.document_id)  # failed before, or a run died before processing it
        elif recent and record.sha256 and not record.inline_html:
            _check_for_change(ws, source, record, report, progress)
        elif recent and record.inline_html:
            _check_inline_change(ws, record, report)
        else:
            report.unchanged += 1
    # A paper that was listed for this meeting and no longer is has been withdrawn: keep it and its archive.
    for record in cat.documents_where(meeting_id=meeting.meeting_id):
        if record.document_id not in seen and record.status != "withdrawn":
            cat.set_status(record.document_id, "withdrawn", "no longer listed on the meeting page")
            report.withdrawn.append(record.document_id)


# Papers a polite crawler leaves alone: recorded as skipped with the reason, never fetched, never a failure.
SKIP_REASONS = ("off_site", "robots_disallowed")


def _skipped(ws: Workspace, source: Source, record: DocumentRecord, report: DiscoverReport) -> bool:
    """Whether the paper is left alone this run (off the source's hosts, or robots.txt forbids it). A paper
    skipped before stays skipped (its fetch may have been refused by a redirect off the hosts, which only asking
    again would show); a full run queues it again when its own URL is no longer refused (robots.txt relaxed,
    host added)."""
    if record.sha256 and record.status != "skipped":
        return False  # archived already: its copy stays current, whatever robots.txt says now
    refusal = ws.fetcher.refusal(record.url, allowed_hosts=source.allowed_hosts, delay=source.delay_seconds)
    if refusal is None:
        if record.status != "skipped":
            return False
        if report.mode == "full":
            ws.catalogue.set_status(record.document_id, "pending")
            report.retry.append(record.document_id)
        else:
            report.skipped.append(f"{record.url}: {record.error}")
        return True
    reason = _skip_reason(refusal)
    if record.status != "skipped" or record.error != reason:
        ws.catalogue.set_status(record.document_id, "skipped", reason)
    report.skipped.append(f"{record.url}: {reason}")
    return True


def _skip_reason(err: FetchError) -> str:
    return f"{err.reason}: {err.detail}" if err.detail else err.reason


PERMANENT_FAILURES = ("too_large", "not_a_pdf", "off_site", "redirect_loop", "robots_disallowed", "http_404",
                      "http_410", "empty")
MAX_PERMANENT_ATTEMPTS = 3


def _given_up(record: DocumentRecord) -> bool:
    """A document that failed the same permanent way several runs in a row is not requested again
    (``ingest --full`` after fixing the cause, or a changed listing, brings it back)."""
    return record.attempts >= MAX_PERMANENT_ATTEMPTS and any(
        f": {reason}" in (record.error or "") for reason in PERMANENT_FAILURES)


def _requeue_unlisted_failures(ws: Workspace, source: Source, report: DiscoverReport) -> None:
    """An incremental discovery lists only recent meetings; documents of older meetings that failed (fewer than
    MAX_PERMANENT_ATTEMPTS times) or were interrupted (still pending) are queued again all the same."""
    queued = set(report.to_process) | set(report.failed)
    for status in ("pending", "failed"):
        for record in ws.catalogue.documents_where(source_id=source.id, status=status):
            if record.document_id in queued:
                continue
            if status == "failed" and record.attempts >= MAX_PERMANENT_ATTEMPTS:
                continue
            report.retry.append(record.document_id)


def _check_for_change(ws: Workspace, source: Source, record: DocumentRecord, report: DiscoverReport,
                      progress: Progress | None) -> None:
    """A conditional request when the site gave validators; otherwise fetch and compare the hash."""
    if progress:
        progress(f"{source.id}: re-checking {record.title}")
    try:
        result = ws.fetcher.get(record.url, allowed_hosts=source.allowed_hosts, delay=source.delay_seconds,
                                timeout=source.timeout_seconds,
                                etag=record.etag, last_modified=record.last_modified)
        if result.not_modified:
            ws.catalogue.touch_fetched(record.document_id, etag=result.etag, last_modified=result.last_modified)
            report.unchanged += 1
            return
        check_payload(record.url, result.content, result.content_type)
    except FetchError as err:
        # The archived version stays current; the failure is recorded, not treated as a withdrawal.
        ws.catalogue.record_failure(source.id, "fetch", _one_line(err), document_id=record.document_id,
                                    url=record.url, run_id=report.run_id)
        report.failed.append(record.document_id)
        return
    sha = ws.archive.put(result.content)
    changed = ws.catalogue.record_version(record.document_id, sha, content_type=result.content_type,
                                          size=len(result.content), etag=result.etag,
                                          last_modified=result.last_modified)
    if changed:
        ws.catalogue.set_status(record.document_id, "pending")
        report.changed.append(record.document_id)
    else:
        report.unchanged += 1


def _check_inline_change(ws: Workspace, record: DocumentRecord, report: DiscoverReport) -> None:
    data = (record.inline_html or "").encode("utf-8")
    if ws.archive.put(data) != record.sha256:
        ws.catalogue.set_status(record.document_id, "pending")
        report.changed.append(record.document_id)
    else:
        report.unchanged += 1


def _suspect(report: DiscoverReport, history: list[Run], pages_read: int = 0) -> str | None:
    """'No meetings' and 'scraper broken' must not look the same: a full crawl that read the source's calendar
    or listing pages and found no meeting at all is suspect; otherwise compare with the source's own history."""
    if report.meetings == 0 and report.mode == "full" and pages_read:
        return f"found no meetings on {pages_read} calendar or listing page(s) read"
    previous = [r.counts.get("meetings", 0) for r in history if (r.counts or {}).get("mode") == report.mode]
    if not previous:
        return None
    typical = statistics.median(previous)
    if report.meetings == 0 and typical > 0:
        return f"found no meetings; earlier {report.mode} runs found {typical:g}"
    if typical >= 4 and report.meetings < typical / 2:
        return f"found {report.meetings} meetings; earlier {report.mode} runs found {typical:g}"
    return None
