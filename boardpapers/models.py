# Over 400 lines on purpose: the one data model (PRODUCT.md's JSON shapes), every dataclass side by side.
"""The one data model shared by site adapters, extractors, the catalogue, the index, the CLI and the API.

Everything that crosses a module boundary is one of these dataclasses; ``to_dict`` gives the JSON shape
PRODUCT.md promises. Dates are ``datetime.date`` in Python and ``YYYY-MM-DD`` in JSON.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

# datetime and hashlib are imported where used: the sandbox worker imports this module while its pages are read
# and needs neither (~4 ms)
if TYPE_CHECKING:
    import datetime as dt

# --- controlled vocabularies: their home is boardpapers.vocabularies (no dataclasses: `boardpapers extract`'s parser
# reads them without this module), named here too for the modules that import them from the data model
from boardpapers.vocabularies import (  # noqa: F401 - re-exported
    ATTENDANCE_STATUSES,
    ATTENDED_STATUSES,
    BOARD_TYPES,
    DECISION_KINDS,
    DOCUMENT_TYPES,
    MEETING_STATUSES,
    NOT_ATTENDED_STATUSES,
    attendance_group,
)


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float)):
        return value  # most leaves (a page's text, its number): no date, so no import statement run for each
    import datetime as dt

    if isinstance(value, dt.date):  # a datetime too
        return value.isoformat()
    return value


class _Model:
    def to_dict(self) -> dict[str, Any]:
        return _jsonable(self)


def stable_id(*parts: str, length: int = 16) -> str:
    """A short, stable id from its parts (the same inputs give the same id on every machine)."""
    import hashlib

    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:length]


# --- configuration -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListingRules(_Model):
    """How a `listing` source is read: which links are papers, where the meeting date is, what to follow.

    Patterns are Python regular expressions matched with ``re.search`` (case-insensitive).
    """

    paper_link: str = r"\.pdf(\?|$)"  # on the absolute URL or the link text: which links are papers
    follow_link: str | None = None  # archive / pagination pages to follow (same hosts only)
    html_minutes_link: str | None = None  # links to minutes published as HTML posts
    # where to read the meeting date, tried in order: link text, file name, nearest heading
    date_from: tuple[str, ...] = ("text", "filename", "heading")
    max_pages: int = 50  # bound on listing pages visited per run
    # "one page per meeting" sites: links to a meeting's own page (followed, same hosts only); every paper on
    # such a page belongs to that one meeting, dated from (in order) a labelled field on the page ("label":
    # a details table "Date | Tuesday 8 December 2020", "Date: …"), the page's headings ("heading"), or the
    # text of the link that led there ("link")
    meeting_link: str | None = None
    meeting_date_from: tuple[str, ...] = ("label", "heading", "link")
    date_label: str = r"^(meeting\s+)?date(\s*(and|&|/)\s*time)?$"  # which field labels hold the date


@dataclass(frozen=True)
class Source(_Model):
    id: str
    name: str
    kind: str  # a registered site kind (boardpapers.sites.SOURCE_KINDS)
    board_type: str = "other"  # one of BOARD_TYPES
    organisation: str | None = None
    base_url: str | None = None  # moderngov / cmis; may carry a path
    committee: str | None = None  # title or numeric id
    start_url: str | None = None  # listing
    delay_seconds: float = 1.0
    timeout_seconds: float | None = None  # wait for a slow site's answer longer than the fetcher's 30 s default
    schedule: str | None = "@daily"
    allowed_hosts: tuple[str, ...] = ()  # hosts links and redirects may reach; default: the source's own host
    from_date: dt.date | None = None  # how far back discovery looks (moderngov / cmis)
    recheck_days: int = 90  # meetings within this many days of today are re-checked for republished papers
    listing: ListingRules | None = None
    # a site kind's own keys that are not fields above (SiteAdapter.config_keys); not part of the hash
    options: dict[str, Any] = field(default_factory=dict, hash=False)

    @property
    def entry_url(self) -> str:
        return (self.start_url or self.base_url or "").strip()


# --- what adapters discover ---------------------------------------------------------------------------------


@dataclass
class AttendanceRecord(_Model):
    """One person at (or sending apologies to) one meeting.

    Every field the source does not state is ``None``: nothing is guessed.
    """

    name: str  # as written
    status: str | None  # one of ATTENDANCE_STATUSES, or None when the text does not say
    person: str | None = None  # name without titles / post-nominals
    role: str | None = None
    organisation: str | None = None  # as written
    organisation_id: str | None = None  # gazetteer id when linked
    organisation_name: str | None = None  # gazetteer canonical name
    organisation_type: str | None = None  # council, ccg, nhs_trust, healthwatch, ...
    organisation_confidence: float | None = None
    substitute_for: str | None = None
    qualifiers: list[str] = field(default_factory=list)  # "part meeting", "Item 262 only", "Chair", ...
    status_raw: str | None = None
    page: int | None = None  # 1-based page the record came from
    span: tuple[int, int] | None = None  # character span within that page's text
    origin: str = "text"  # "site" (structured, e.g. ModernGov <attendee>) or "text" (parsed from minutes)


@dataclass
class Decision(_Model):
    item: str | None  # item / minute number as printed ("1.", "77/21"), None when unnumbered
    text: str
    item_title: str | None = None
    page: int | None = None
    kind: str | None = None  # approved | agreed | noted | deferred | rejected | other


@dataclass
class DocumentRef(_Model):
    """A paper as discovered on a site, before it is fetched."""

    url: str
    title: str
    type: str = "other"  # one of DOCUMENT_TYPES
    published: dt.date | None = None
    site_id: str | None = None  # e.g. ModernGov attachment id
    inline_html: str | None = None  # papers published as HTML (posts, ModernGov minutes bodies)

    def document_id(self, source_id: str) -> str:
        return stable_id(source_id, self.url)


@dataclass
class Meeting(_Model):
    source_id: str
    key: str  # the site's own meeting id, or a stable id for sites without one
    date: dt.date | None
    title: str | None = None
    time: str | None = None
    status: str = "unknown"  # one of MEETING_STATUSES
    status_raw: str | None = None
    location: str | None = None
    url: str | None = None
    documents: list[DocumentRef] = field(default_factory=list)
    attendance: list[AttendanceRecord] = field(default_factory=list)  # structured attendance from the site

    @property
    def meeting_id(self) -> str:
        return stable_id(self.source_id, self.key)


@dataclass
class Board(_Model):
    source_id: str
    name: str
    committee_id: str | None = None
    url: str | None = None


@dataclass
class Discovery(_Model):
    """What one adapter run found for one source."""

    board: Board
    meetings: list[Meeting]
    requests: int = 0
    warnings: list[str] = field(default_factory=list)


DOCUMENT_STATES = ("pending", "indexed", "failed", "withdrawn", "skipped")  # skipped: off-site or robots.txt


@dataclass
class DocumentRecord(_Model):
    """A document as the catalogue knows it: where it came from, its current bytes, its state."""

    document_id: str
    source_id: str
    meeting_id: str | None
    url: str
    title: str
    type: str
    published: dt.date | None = None
    site_id: str | None = None
    status: str = "pending"  # one of DOCUMENT_STATES
    error: str | None = None  # "reason: detail" of the last failure
    sha256: str | None = None  # current version's bytes in the archive
    content_type: str | None = None
    size: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    first_seen: dt.datetime | None = None
    last_seen: dt.datetime | None = None
    fetched_at: dt.datetime | None = None
    changed_at: dt.datetime | None = None  # when the bytes last changed (a new version)
    versions: int = 0
    attempts: int = 0
    inline_html: str | None = None


def as_row(record) -> dict[str, Any]:
    """A catalogue record as the flat dict the ``status`` JSON has always shown: field → value, unconverted
    (datetimes stay datetimes; the caller's JSON encoder renders them), in the catalogue's column order."""
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


@dataclass(frozen=True)
class SourceRecord(_Model):
    """A source as the catalogue stored it at its last discovery (``config``: its ``Source.to_dict()``)."""

    source_id: str
    name: str
    kind: str
    board_type: str
    organisation: str | None = None
    config: dict[str, Any] = field(default_factory=dict, hash=False)
    updated_at: dt.datetime | None = None


RUN_STAGES = ("discover", "process", "ingest")
RUN_STATES = ("running", "ok", "failed", "suspect")


@dataclass(frozen=True)
class Run(_Model):
    """One run of one stage for one source. Field names are the catalogue's columns (``as_row``)."""

    id: int
    source_id: str
    stage: str  # one of RUN_STAGES
    started_at: dt.datetime
    finished_at: dt.datetime | None = None
    status: str = "running"  # one of RUN_STATES
    counts: dict[str, Any] | None = field(default=None, hash=False)
    error: str | None = None
    trigger: str | None = None  # cli | airflow:<run_id>


@dataclass(frozen=True)
class Failure(_Model):
    """One recorded failure (a discovery, a fetch, an extraction, an indexing). Fields are the columns."""

    id: int
    run_id: int | None
    source_id: str
    document_id: str | None
    url: str | None
    stage: str  # discover | fetch | extract | index
    reason: str
    at: dt.datetime


@dataclass(frozen=True)
class DocumentVersion(_Model):
    """One version (distinct bytes) of a document, as archived. Fields are the catalogue's columns."""

    document_id: str
    sha256: str
    content_type: str | None
    size: int | None
    fetched_at: dt.datetime
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class SavedSearch(_Model):
    id: int
    name: str
    query: dict[str, Any] = field(hash=False)  # a SearchQuery as a dict (boardpapers.alerts.query_from_dict)
    notify_changes: bool = True  # alert on new versions of matching papers, not only new papers
    created_at: dt.datetime | None = None


@dataclass(frozen=True)
class Alert(_Model):
    """A saved search matched a document version."""

    id: int
    saved_search_id: int
    document_id: str
    sha256: str
    kind: str  # new | changed
    created_at: dt.datetime


# --- what extractors produce --------------------------------------------------------------------------------


@dataclass
class Page(_Model):
    number: int  # from 1
    text: str
    image_only: bool = False  # no text layer and no OCR available
    ocr: bool = False  # text came from OCR


@dataclass
class Extraction(_Model):
    title: str | None
    pages: list[Page]
    attendance: list[AttendanceRecord] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    type: str | None = None  # document type stated by the document, if any
    meeting_date: dt.date | None = None  # meeting date stated by the document, if any
    partial: bool = False  # some pages could not be read; see warnings
    warnings: list[str] = field(default_factory=list)
    extractor_version: str = ""
    content_type: str | None = None


# The extraction's own dict form (``to_dict``, JSON in the catalogue, the sandbox's reply) back into the model.
def extraction_from_dict(data: dict) -> Extraction:
    import datetime as dt

    meeting_date = data.get("meeting_date")
    return Extraction(
        title=data.get("title"),
        pages=[Page(**p) for p in data.get("pages", [])],
        attendance=attendance_from_dicts(data.get("attendance")),
        decisions=[Decision(**d) for d in data.get("decisions", [])],
        type=data.get("type"),
        meeting_date=dt.date.fromisoformat(meeting_date) if meeting_date else None,
        partial=bool(data.get("partial")),
        warnings=list(data.get("warnings", [])),
        extractor_version=data.get("extractor_version", ""),
        content_type=data.get("content_type"),
    )


def extraction_json(data: dict, pages_text: str | None = None) -> str:
    """An extraction's dict form as the text ``boardpapers extract --json`` prints (made in the sandbox worker,
    so the command passes the text through instead of rebuilding the extraction to print it).

    ``pages_text``: ``pages_json(pages)``, made beforehand (the worker makes it while attendance and decisions
    are read), put in the place of ``data``'s empty page list: the same text as with the pages in ``data``."""
    import json

    text = json.dumps(data, indent=2, ensure_ascii=False)
    if pages_text is None:
        return text
    # the first line break followed by this key is the key's own: the title before it is one JSON string, and
    # JSON strings hold no raw line break
    empty = '\n  "pages": []'
    at = text.index(empty)
    return f'{text[:at]}\n  "pages": {pages_text}{text[at + len(empty):]}'


def pages_json(pages: list[Page]) -> str:
    """``pages`` as ``extraction_json`` writes them in an extraction's text: the list's own JSON text with each
    line indented one level more (its strings hold no raw line break)."""
    import json

    return json.dumps([page.to_dict() for page in pages], indent=2, ensure_ascii=False).replace("\n", "\n  ")


def attendance_from_dicts(items: list[dict] | None) -> list[AttendanceRecord]:
    out = []
    for a in items or []:
        a = dict(a)
        if a.get("span") is not None:
            a["span"] = tuple(a["span"])
        out.append(AttendanceRecord(**a))
    return out


# --- what the index answers ---------------------------------------------------------------------------------


@dataclass
class IndexedDocument(_Model):
    """Everything the index needs about one document version (built from the catalogue)."""

    document_id: str
    source_id: str  # the board's source id ("body" in search results)
    board_name: str
    board_type: str
    title: str
    type: str
    url: str
    meeting_id: str | None
    meeting_date: dt.date | None
    sha256: str
    pages: list[Page]
    organisations: list[str] = field(default_factory=list)  # normalised names attending the meeting
    attendance: list[AttendanceRecord] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)


@dataclass
class IndexedMeeting(_Model):
    """One meeting with its attendance as the pipeline resolved it (site-structured attendance when the site
    publishes it, otherwise the attendance parsed from its minutes). Trends count these."""

    meeting_id: str
    source_id: str
    board_name: str
    board_type: str
    date: dt.date | None
    status: str  # one of MEETING_STATUSES; only "held" meetings count as held
    attendance: list[AttendanceRecord] = field(default_factory=list)  # empty: attendance not recorded
    attendance_document_id: str | None = None  # the document the attendance came from (None: the site)
    url: str | None = None


@dataclass
class SearchQuery(_Model):
    q: str = ""
    body: list[str] = field(default_factory=list)
    org: list[str] = field(default_factory=list)
    board_type: list[str] = field(default_factory=list)
    type: list[str] = field(default_factory=list)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    sort: str = "relevance"  # relevance | date | date_asc
    limit: int = 20
    offset: int = 0
    facets: bool = False


@dataclass
class SearchHit(_Model):
    document_id: str
    title: str
    body: str
    meeting_date: dt.date | None
    type: str
    url: str
    snippet: str  # HTML-safe: only <mark> tags are markup, everything else escaped
    page: int | None
    score: float | None = None
    board_name: str | None = None
    board_type: str | None = None
    archive_url: str | None = None


@dataclass
class SearchResult(_Model):
    total: int
    hits: list[SearchHit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    # False when ``total`` is a floor: "more than <total> documents" (both engines stop counting an AND / NOT or
    # phrase query's matches above search.common.TOTAL_EXACT_LIMIT when no facets are asked for:
    # search.query.total_is_bounded)
    total_exact: bool = True


@dataclass
class TrendQuery(_Model):
    body: list[str] = field(default_factory=list)
    org: list[str] = field(default_factory=list)
    board_type: list[str] = field(default_factory=list)
    by: str = "year"  # year | quarter | month
    group: str = "organisation"  # organisation | organisation_type
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass
class TrendRow(_Model):
    period: str  # "2016", "2016-Q1" or "2016-01"
    organisation: str
    present: int = 0
    apologies: int = 0
    absent: int = 0
    substitute: int = 0
    in_attendance: int = 0
    expected: int = 0
    meetings: int = 0  # meetings in the period at which the organisation was recorded (the rate's denominator)
    meetings_held: int = 0  # meetings held in the period on the selected boards
    not_recorded: int = 0  # meetings held in the period whose papers yield no attendance
    attendance_rate: float | None = None  # meetings_attended / meetings (see search.trends.RATE_DEFINITION)
    organisation_id: str | None = None
    organisation_type: str | None = None
    meeting_ids: list[str] = field(default_factory=list)
    meetings_attended: int = 0  # of ``meetings``, those with a present / substitute / in-attendance record
    attended_meeting_ids: list[str] = field(default_factory=list)


def period_of(day: dt.date, by: str) -> str:
    if by == "year":
        return f"{day.year}"
    if by == "quarter":
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if by == "month":
        return f"{day.year}-{day.month:02d}"
    raise ValueError(f"unknown period {by!r}: use year, quarter or month")


@dataclass
class DecisionQuery(_Model):
    """Decisions across boards (``boardpapers decisions``, ``/api/decisions``). ``org`` keeps decisions of
    meetings at which that organisation (or, after expansion by the caller, its lineage) attended."""

    q: str = ""
    body: list[str] = field(default_factory=list)
    org: list[str] = field(default_factory=list)
    kind: list[str] = field(default_factory=list)  # of DECISION_KINDS
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    limit: int = 20
    offset: int = 0
    facets: bool = False


@dataclass
class DecisionHit(_Model):
    text: str
    kind: str | None
    item: str | None
    item_title: str | None
    body: str  # the board's source id
    meeting_date: dt.date | None
    document_id: str
    page: int | None
    url: str  # the paper on its site
    board_name: str | None = None
    title: str | None = None  # the document's title
    meeting_id: str | None = None
    archive_url: str | None = None  # the archived copy (set by the web app)


@dataclass
class DecisionResult(_Model):
    total: int
    decisions: list[DecisionHit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)  # board, kind, year
