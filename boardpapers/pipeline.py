"""The task code: discover → fetch → extract → index. The CLI, ``airflow dags test`` and a scheduled Airflow
deployment all call these functions; nothing here knows which one is calling.

Discovery is cheap and incremental: it lists meetings, records new documents as *pending*, re-checks only
documents of recent and upcoming meetings (whose agendas get republished with supplements) with conditional
requests, and never re-downloads an archived document of an old meeting. Processing turns one pending
document into archive bytes, an extraction and index entries; a failure is recorded on that document and
never stops the others.
"""
from __future__ import annotations

import datetime as dt
import logging
import statistics
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

from boardpapers.archive import Archive
from boardpapers.catalogue import Catalogue, attendance_from_dicts
from boardpapers.config import Settings
from boardpapers.errors import (
    BoardpapersError, ExtractionError, FetchError, InfrastructureError, SearchError, SiteChangedError,
)
from boardpapers.fetch import Fetcher
from boardpapers.models import (
    AttendanceRecord, DocumentRecord, IndexedDocument, IndexedMeeting, Meeting, Source,
)
from boardpapers.urls import file_name
from boardpapers.payload import PDF_CONTENT_TYPES, check_payload, expects_pdf  # noqa: F401 (re-exported)

log = logging.getLogger(__name__)
T, R = TypeVar("T"), TypeVar("R")

Progress = Callable[[str], None]


class Workspace:
    """Everything a task needs, opened lazily from settings: catalogue, archive, fetcher, index, extractor."""

    def __init__(self, settings: Settings, *, fetcher: Fetcher | None = None, engine=None, sandbox=None):
        self.settings = settings
        settings.home.mkdir(parents=True, exist_ok=True)
        self.catalogue = Catalogue.open(settings.home, settings.catalogue_url)
        self.archive = Archive(settings.archive_url or settings.home / "archive")
        self._fetcher, self._engine, self._sandbox = fetcher, engine, sandbox

    @classmethod
    def open(cls, home=None, engine: str | None = None, **kwargs) -> "Workspace":
        return cls(Settings.from_env(home, engine), **kwargs)

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(contact=self.settings.contact)
        return self._fetcher

    @property
    def engine(self):
        if self._engine is None:
            from boardpapers.search import open_engine

            self._engine = open_engine(self.settings.engine, home=self.settings.home,
                                       url=self.settings.elasticsearch_url)
        return self._engine

    @property
    def sandbox(self):
        if self._sandbox is None:
            from boardpapers.sandbox import ExtractionSandbox

            self._sandbox = ExtractionSandbox()
        return self._sandbox

    def close(self) -> None:
        if self._sandbox is not None:
            self._sandbox.close()
        if self._engine is not None:
            self._engine.close()
        self.catalogue.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# --- discovery -----------------------------------------------------------------------------------------------


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
    from boardpapers.sites import adapter_for

    today = today or dt.date.today()
    cat = ws.catalogue
    cat.upsert_source(source)
    history = [r for r in cat.runs_for(source.id, "discover", limit=10) if r["status"] in ("ok", "suspect")]
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
                                etag=record.etag, last_modified=record.last_modified)
        if result.not_modified:
            ws.catalogue.touch_fetched(record.document_id, etag=result.etag, last_modified=result.last_modified)
            report.unchanged += 1
            return
        check_payload(record, result.content, result.content_type)
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


def _suspect(report: DiscoverReport, history: list[dict], pages_read: int = 0) -> str | None:
    """'No meetings' and 'scraper broken' must not look the same: a full crawl that read the source's calendar
    or listing pages and found no meeting at all is suspect; otherwise compare with the source's own history."""
    if report.meetings == 0 and report.mode == "full" and pages_read:
        return f"found no meetings on {pages_read} calendar or listing page(s) read"
    previous = [r["counts"].get("meetings", 0) for r in history
                if (r.get("counts") or {}).get("mode") == report.mode]
    if not previous:
        return None
    typical = statistics.median(previous)
    if report.meetings == 0 and typical > 0:
        return f"found no meetings; earlier {report.mode} runs found {typical:g}"
    if typical >= 4 and report.meetings < typical / 2:
        return f"found {report.meetings} meetings; earlier {report.mode} runs found {typical:g}"
    return None


# --- processing ----------------------------------------------------------------------------------------------


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

    def counts(self) -> dict:
        return {"ok": self.ok, "stage": self.stage, "error": self.error, "pages": self.pages,
                "attendance": self.attendance, "decisions": self.decisions, "fetched": self.fetched}


def process_document(ws: Workspace, document_id: str, *, source: Source | None = None,
                     run_id: int | None = None, reindex_siblings: bool = True) -> ProcessReport:
    """Fetch (if not archived yet), extract (if not extracted by this extractor version) and index one document."""
    from boardpapers.extractors import EXTRACTOR_VERSION

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
        if extraction is None:
            extraction = ws.sandbox.extract(data, content_type=record.content_type,
                                            filename=file_name(record.url), title=record.title)
            cat.save_extraction(record.sha256, extraction)
        report.pages, report.partial = len(extraction.pages), extraction.partial
        report.attendance, report.decisions = len(extraction.attendance), len(extraction.decisions)
        stage = "index"
        index_document(ws, record, extraction, reindex_siblings=reindex_siblings)
        if record.status != "withdrawn":
            cat.set_status(document_id, "indexed")
        report.ok = True
        from boardpapers.alerts import alert_saved_searches

        report.alerts = alert_saved_searches(ws, [cat.document(document_id)])
    except INFRASTRUCTURE_ERRORS as err:
        _interrupted(record, report, stage, err)
    except FetchError as err:
        if stage == "fetch" and err.reason in SKIP_REASONS:  # e.g. a redirect off the source's hosts
            report.skipped, report.stage, report.error = True, stage, _skip_reason(err)
            cat.set_status(document_id, "skipped", report.error)
        else:
            _fail(ws, record, report, stage, _one_line(err), run_id)
    except (ExtractionError, SearchError, BoardpapersError) as err:
        _fail(ws, record, report, stage, _one_line(err), run_id)
    except Exception as err:  # a bug or an unforeseen input: one document fails, the run goes on
        log.exception("processing %s failed", record.url)
        _fail(ws, record, report, stage, f"{type(err).__name__}: {_one_line(err)}", run_id)
    return report


def _infrastructure_errors() -> tuple[type[BaseException], ...]:
    from sqlalchemy.exc import OperationalError

    # OSError: the archive could not be written or read (disk, permissions, object store); OperationalError:
    # the catalogue database did not answer.
    return InfrastructureError, OSError, OperationalError


INFRASTRUCTURE_ERRORS = _infrastructure_errors()


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
                                    etag=record.etag, last_modified=record.last_modified)
        except FetchError:
            return ws.archive.get(record.sha256)
        if result.not_modified:
            return ws.archive.get(record.sha256)
    else:
        result = ws.fetcher.get(record.url, allowed_hosts=source.allowed_hosts, delay=source.delay_seconds)
    check_payload(record, result.content, result.content_type)
    sha = ws.archive.put(result.content)
    ws.catalogue.record_version(record.document_id, sha, content_type=result.content_type,
                                size=len(result.content), etag=result.etag, last_modified=result.last_modified)
    report.fetched = True
    return result.content



def _source_of(ws: Workspace, source_id: str) -> Source:
    from boardpapers.config import parse_source

    row = ws.catalogue.source_row(source_id)
    if row is None:
        raise BoardpapersError(f"source {source_id} is not in the catalogue; run discovery first")
    config = {k: v for k, v in row["config"].items() if v is not None}
    if config.get("listing") is None:
        config.pop("listing", None)
    return parse_source(config, f"catalogue source {source_id}")


# --- indexing ------------------------------------------------------------------------------------------------


def resolve_meeting_attendance(ws: Workspace, meeting_id: str) -> tuple[list[AttendanceRecord], str | None]:
    """The meeting's attendance: the site's structured list when it publishes one (completed with the
    organisations the minutes state), else the minutes with the most records. Returns (records, document id)."""
    from boardpapers.extractors import EXTRACTOR_VERSION

    meeting = ws.catalogue.meeting(meeting_id)
    site = attendance_from_dicts(meeting.get("site_attendance")) if meeting else []
    best: tuple[list[AttendanceRecord], str | None] = ([], None)
    for record in ws.catalogue.documents_where(meeting_id=meeting_id):
        if not record.sha256 or record.status == "failed":
            continue
        extraction = ws.catalogue.extraction(record.sha256, EXTRACTOR_VERSION)
        if extraction and extraction.attendance and (record.type == "minutes" or extraction.type == "minutes"):
            if len(extraction.attendance) > len(best[0]):
                best = (extraction.attendance, record.document_id)
    if not site:
        records, document_id = best
        return _members_of_the_board_body(ws, meeting, records, document_id), document_id
    by_person = {_person_key(a): a for a in best[0]}
    merged = []
    for entry in site:
        text = by_person.get(_person_key(entry))
        if text is not None and entry.organisation is None and text.organisation:
            entry.organisation, entry.organisation_id = text.organisation, text.organisation_id
            entry.organisation_name, entry.organisation_type = text.organisation_name, text.organisation_type
            entry.organisation_confidence = text.organisation_confidence
        merged.append(entry)
    return _members_of_the_board_body(ws, meeting, merged, None), None


_COUNCILLOR_TITLES = {"councillor", "cllr", "councillors", "cllrs"}
BOARD_COUNCIL_QUALIFIER = "organisation: board's council"
BOARD_BODY_QUALIFIER = "organisation: board's own body"
BOARD_ORGANISATION_CONFIDENCE = 0.9
NHS_BODY_BOARDS = ("ccg", "icb")


def _members_of_the_board_body(ws: Workspace, meeting: dict | None, records: list[AttendanceRecord],
                               document_id: str | None) -> list[AttendanceRecord]:
    """The documented inferences, each flagged by a qualifier and a lowered confidence:
    - on a council's Health and Wellbeing Board, a member titled Councillor / Cllr whose organisation is not
      written is a member of that council (the board is a committee of the council);
    - in a CCG / ICB governing body's own minutes, a person whose organisation is not written belongs to that
      body — the one valid on the meeting date (through mergers), named on the minutes' first page when
      several predecessors were valid.
    Nobody else gets an organisation that the papers do not state."""
    if not meeting or not records:
        return records
    source = ws.catalogue.source_row(meeting["source_id"]) or {}
    configured = (source.get("organisation") or "").strip()
    board_type = source.get("board_type")
    if not configured or board_type not in ("hwb",) + NHS_BODY_BOARDS:
        return records
    from boardpapers.extractors.names import split_name

    body = _board_body_on(ws, configured, meeting.get("date"), document_id, nhs=board_type in NHS_BODY_BOARDS)
    qualifier = BOARD_BODY_QUALIFIER if board_type in NHS_BODY_BOARDS else BOARD_COUNCIL_QUALIFIER
    for record in records:
        if record.organisation or record.organisation_id:
            continue
        if board_type == "hwb":
            split = split_name(record.name or "")
            titles = (split.title or "").lower().replace(".", "").split() if split else []
            if not titles or titles[0] not in _COUNCILLOR_TITLES:
                continue
        elif body is None:
            continue  # which of several merging bodies is not stated: leave it unknown
        if body is not None:
            record.organisation, record.organisation_id = body.name, body.id
            record.organisation_name, record.organisation_type = body.name, body.type
        else:
            record.organisation = configured
        record.organisation_confidence = BOARD_ORGANISATION_CONFIDENCE
        if qualifier not in record.qualifiers:
            record.qualifiers.append(qualifier)
    return records


def _board_body_on(ws: Workspace, configured: str, day, document_id: str | None, *, nhs: bool):
    from boardpapers.extractors import EXTRACTOR_VERSION
    from boardpapers.extractors.organisations import Gazetteer

    gazetteer = Gazetteer.default()
    match = gazetteer.match(configured, on=day)
    if match is None:
        return None
    if not nhs or day is None:
        return gazetteer.get(match.id)
    candidates = [o for o in (gazetteer.get(i) for i in gazetteer.lineage(match.id))
                  if o is not None and o.type == match.type and o.valid_on(day)]
    if len(candidates) == 1:
        return candidates[0]
    record = ws.catalogue.document(document_id) if document_id else None
    extraction = ws.catalogue.extraction(record.sha256, EXTRACTOR_VERSION) if record and record.sha256 else None
    first_page = " ".join((extraction.pages[0].text if extraction and extraction.pages else "").split()).lower()
    named = [o for o in candidates if o.name.lower() in first_page]
    return named[0] if len(named) == 1 else None


def _person_key(record: AttendanceRecord) -> str:
    return " ".join((record.person or record.name).lower().split())


def indexed_meeting(ws: Workspace, meeting_id: str) -> IndexedMeeting | None:
    meeting = ws.catalogue.meeting(meeting_id)
    if meeting is None:
        return None
    source = ws.catalogue.source_row(meeting["source_id"])
    attendance, from_document = resolve_meeting_attendance(ws, meeting_id)
    return IndexedMeeting(meeting_id=meeting_id, source_id=meeting["source_id"], board_name=source["name"],
                          board_type=source["board_type"], date=meeting["date"], status=meeting["status"],
                          attendance=attendance, attendance_document_id=from_document, url=meeting["url"])


def organisations_of(attendance: Iterable[AttendanceRecord]) -> list[str]:
    return sorted({a.organisation_name or a.organisation for a in attendance if a.organisation_name or a.organisation})


def indexed_document(ws: Workspace, record: DocumentRecord, extraction, meeting: IndexedMeeting | None) -> IndexedDocument:
    source = ws.catalogue.source_row(record.source_id)
    return IndexedDocument(
        document_id=record.document_id, source_id=record.source_id, board_name=source["name"],
        board_type=source["board_type"], title=record.title or extraction.title or record.url,
        # one rule (extractors/doctype), two readings: the listing's title and link, else what the file itself states
        type=record.type if record.type != "other" else (extraction.type or "other"), url=record.url,
        meeting_id=record.meeting_id,
        meeting_date=(meeting.date if meeting and meeting.date else extraction.meeting_date),
        sha256=record.sha256, pages=extraction.pages,
        organisations=organisations_of(meeting.attendance) if meeting else [],
        attendance=extraction.attendance, decisions=extraction.decisions,
    )


def index_document(ws: Workspace, record: DocumentRecord, extraction, *, reindex_siblings: bool = True) -> None:
    from boardpapers.extractors import EXTRACTOR_VERSION

    meeting = indexed_meeting(ws, record.meeting_id) if record.meeting_id else None
    docs = [indexed_document(ws, record, extraction, meeting)]
    if meeting is not None and reindex_siblings:
        # Siblings carry the meeting's attending organisations (a search filter), which this document may change.
        for sibling in ws.catalogue.documents_where(meeting_id=record.meeting_id, status="indexed"):
            if sibling.document_id == record.document_id or not sibling.sha256:
                continue
            sibling_extraction = ws.catalogue.extraction(sibling.sha256, EXTRACTOR_VERSION)
            if sibling_extraction is not None:
                docs.append(indexed_document(ws, sibling, sibling_extraction, meeting))
    try:
        result = ws.engine.index_documents(docs)
        if meeting is not None and not result.failed:
            ws.engine.index_meetings([meeting])
    except SearchError as err:  # the engine did not answer: not this document's fault
        raise InfrastructureError(str(err)) from err
    if result.failed:  # the engine answered and refused these documents
        raise SearchError("; ".join(f"{doc}: {why}" for doc, why in result.failed))


# --- a whole run ---------------------------------------------------------------------------------------------


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
    summaries = []
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
        for position, document_id in enumerate(todo, start=1):
            record = ws.catalogue.document(document_id)
            if progress:
                progress(f"{source.id}: [{position}/{len(todo)}] {record.title if record else document_id}")
            summary.processed.append(process_with_one_retry(ws, document_id, source=source, run_id=report.run_id))
        ws.catalogue.finish_run(report.run_id, "suspect" if report.suspect else "ok", summary.counts())
    return summaries


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
    import concurrent.futures
    import queue

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


def process_with_one_retry(ws: Workspace, document_id: str, **kwargs) -> ProcessReport:
    """The command line's retry: an infrastructure failure is tried once more (Airflow retries tasks itself)."""
    report = process_document(ws, document_id, **kwargs)
    if report.infrastructure:
        log.warning("%s: retrying once after: %s", document_id, report.error)
        report = process_document(ws, document_id, **kwargs)
    return report


def _one_line(err: BaseException) -> str:
    text = " ".join(str(err).split())
    return text or type(err).__name__
