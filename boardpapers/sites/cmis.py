"""CMIS (Civica, on DotNetNuke): month calendars of every committee, label/value meeting pages, opaque
``Document.ashx`` links, no structured attendance (that comes from the minutes).

Flow: start page (find the calendar's tab path and module id ``mid``) → one month calendar page per month
in the range (``…/tabid/<t>/ctl/MeetingCalendarPublicNoJava/mid/<m>/Date/<yyyy-mm-01>/Default.aspx``; rows of
all committees, filtered to ours by committee id in the link or by title) → each of our meetings' pages.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from boardpapers.errors import FetchError, SiteChangedError
from boardpapers.models import Board, Discovery, DocumentRef, Meeting
from boardpapers.sites.base import (
    PageShapeError,
    SiteAdapter,
    canonical_url,
    clean_text,
    document_type,
    meeting_status,
    normalise_title,
    parse_time,
    parse_uk_date,
    parse_uk_datetime,
    register,
    soup_of,
)

_CALENDAR_LINK = re.compile(r"^(?P<prefix>.*/tabid/\d+/).*?ctl/MeetingCalendar\w*/mid/(?P<mid>\d+)/", re.IGNORECASE)
_TAB_PREFIX = re.compile(r"^(?P<prefix>.*/tabid/\d+/)", re.IGNORECASE)
_CONTROL_MID = re.compile(r"dnn[$_]ctr(\d+)[$_]MeetingCalendar", re.IGNORECASE)
_MEETING_ID = re.compile(r"/Meeting/(\d+)(/|$)|[?&]meeting(?:id)?=(\d+)", re.IGNORECASE)
_COMMITTEE_ID = re.compile(r"/Committee/(\d+)(/|$)|[?&]committee(?:id)?=(\d+)", re.IGNORECASE)


@dataclass
class CalendarEntry:
    meeting_id: str
    url: str
    date: dt.date | None
    time: str | None
    committee_title: str
    committee_id: str | None
    status_raw: str | None = None


@dataclass
class CalendarLocation:
    prefix: str  # …/Meetings/tabid/70/
    module_id: str  # the DNN module id ("mid")

    def month_url(self, first: dt.date) -> str:
        return f"{self.prefix}ctl/MeetingCalendarPublicNoJava/mid/{self.module_id}/Date/{first:%Y-%m-%d}/Default.aspx"


@dataclass
class CmisMeetingPage:
    fields: dict[str, str] = field(default_factory=dict)  # label (lower-case, no colon) -> value
    documents: list[DocumentRef] = field(default_factory=list)


# --- pure parsers ---------------------------------------------------------------------------------------------


def _require_content_pane(soup, what: str) -> None:
    if soup.find(id="dnn_ContentPane") is None:
        raise PageShapeError(f"the DotNetNuke content pane (#dnn_ContentPane) on the {what}")


def find_calendar(html: str, page_url: str) -> CalendarLocation:
    """Where the month calendars live: from a calendar link (``…/tabid/70/ctl/MeetingCalendar…/mid/397/``),
    else the module id in control names (``dnn$ctr397$MeetingCalendarPublic…``) plus a ``/tabid/<t>/`` path."""
    soup = soup_of(html)
    _require_content_pane(soup, "start page")
    candidates = [page_url] + [canonical_url(a["href"], page_url) for a in soup.find_all("a", href=True)]
    for url in candidates:
        match = _CALENDAR_LINK.match(url)
        if match:
            return CalendarLocation(match["prefix"], match["mid"])
    mid = _CONTROL_MID.search(html)
    if mid:
        for url in candidates:
            match = _TAB_PREFIX.match(url)
            if match and "meeting" in url.lower():
                return CalendarLocation(match["prefix"], mid[1])
    raise PageShapeError("a link to the meetings calendar (…/tabid/<t>/ctl/MeetingCalendar…/mid/<m>/) or a "
                         "dnn$ctr<m>$MeetingCalendar control")


def parse_calendar_month(html: str, page_url: str) -> list[CalendarEntry]:
    """One month calendar: every committee's meetings (rows ``tr.rgRow`` / ``tr.rgAltRow``), link text
    "9 Jul 2026 11:00 - Planning Committee". An intact calendar with no meetings gives []."""
    soup = soup_of(html)
    _require_content_pane(soup, "meetings calendar")
    rows = soup.select("tr.rgRow, tr.rgAltRow")
    if not rows and soup.select_one("table.rgMasterTable, tr.rgNoRecords, [id*=MeetingCalendar]") is None:
        raise PageShapeError("the meetings calendar grid (table.rgMasterTable with tr.rgRow / tr.rgAltRow rows)")
    out = []
    for row in rows:
        link = next((a for a in row.find_all("a", href=True) if _MEETING_ID.search(a["href"])), None)
        if link is None:
            continue
        url = canonical_url(link["href"], page_url)
        text = clean_text(link.get_text(" "))
        when, _, title = text.partition(" - ")
        day, time = parse_uk_datetime(when)
        if day is None:
            day, time = parse_uk_datetime(text)
        committee = _COMMITTEE_ID.search(url)
        row_text = clean_text(row.get_text(" "))
        status = re.search(r"\b(cancelled|postponed|moved|rescheduled)\b", row_text.replace(text, ""), re.I)
        mid = _MEETING_ID.search(url)
        out.append(CalendarEntry(
            meeting_id=mid[1] or mid[3],
            url=url,
            date=day,
            time=time,
            committee_title=title.strip(),
            committee_id=(committee[1] or committee[3]) if committee else None,
            status_raw=status[1].capitalize() if status else None,
        ))
    return out


def is_our_committee(entry: CalendarEntry, committee: str) -> bool:
    committee = committee.strip()
    if committee.isdigit():
        return entry.committee_id == committee
    return normalise_title(entry.committee_title) == normalise_title(committee)


def parse_meeting_page(html: str, page_url: str) -> CmisMeetingPage:
    """A ViewMeetingPublic page: label/value pairs read by LABEL text (the status value reuses class
    ``Value Venue``, so classes cannot be trusted) and ``ul.DocumentList > li.DocumentListItem > a.TitleLink``."""
    soup = soup_of(html)
    _require_content_pane(soup, "meeting page")
    page = CmisMeetingPage()
    for holder in soup.select("div.holder"):
        label = holder.select_one(".DNNLabel")
        value = holder.select_one(".Value")
        if label is None or value is None:
            continue
        key = clean_text(label.get_text(" ")).rstrip(":").strip().lower()
        page.fields.setdefault(key, clean_text(value.get_text(" ")))
    links = soup.select("ul.DocumentList li.DocumentListItem a.TitleLink") or [
        a for a in soup.find_all("a", href=True) if "document.ashx" in a["href"].lower()]
    if not page.fields and not links:
        raise PageShapeError("meeting details (div.holder > .DNNLabel + .Value) or a document list "
                             "(ul.DocumentList a.TitleLink)")
    seen = set()
    for a in links:
        url = canonical_url(a["href"], page_url)
        if url in seen:
            continue
        seen.add(url)
        title = clean_text(a.get_text(" ")) or clean_text(a.get("title") or "") or url
        # A CMIS paper that does not say it is the agenda or the minutes is a report to the board.
        page.documents.append(DocumentRef(url=url, title=title, type=document_type(title, None, default="report")))
    return page


def _field(fields: dict[str, str], *names: str) -> str | None:
    for name in names:
        for label, value in fields.items():
            if label == name or label.endswith(" " + name):
                return value or None
    return None


# --- the adapter ----------------------------------------------------------------------------------------------


@register
class CmisAdapter(SiteAdapter):
    kind = "cmis"

    def discover(self, *, since: dt.date | None = None, until: dt.date | None = None) -> Discovery:
        since, until = self._range(since, until)
        start_url = self.source.entry_url
        start = self._get(start_url)  # an HTTP error on the entry page is the caller's to see
        try:
            calendar = find_calendar(start.text, start.url)
        except PageShapeError as err:
            raise self._changed(start_url, err.expected) from None
        committee = (self.source.committee or "").strip()
        entries: dict[str, CalendarEntry] = {}
        month, months_read, failures = since.replace(day=1), 0, []
        while month <= until:
            url = calendar.month_url(month)
            try:
                result = self._get(url)
            except FetchError as err:
                failures.append(err)
                self._warn(f"calendar for {month:%B %Y} not read: {err}")
            else:
                months_read += 1
                try:
                    rows = parse_calendar_month(result.text, result.url)
                except PageShapeError as err:
                    raise self._changed(url, err.expected) from None
                for entry in rows:
                    if is_our_committee(entry, committee) and (entry.date is None or since <= entry.date <= until):
                        entries.setdefault(entry.meeting_id, entry)
            month = (month + dt.timedelta(days=32)).replace(day=1)
        if failures and not months_read:
            raise failures[0]  # no calendar month could be read at all: the site is not answering

        board_title = committee if not committee.isdigit() else self.source.name
        committee_id = committee if committee.isdigit() else next(
            (e.committee_id for e in entries.values() if e.committee_id), None)
        board = Board(self.source.id, board_title, committee_id, calendar.month_url(dt.date.today().replace(day=1)))
        meetings, changed = [], []
        for entry in entries.values():
            try:
                meetings.append(self._meeting(entry))
            except FetchError as err:
                self._warn(f"meeting {entry.meeting_id} ({entry.date}): {err}; meeting skipped this run")
            except SiteChangedError as err:
                changed.append(err)
                self._warn(f"meeting {entry.meeting_id} ({entry.date}): {err}; meeting skipped this run")
        if changed and not meetings:
            raise changed[0]
        return self._discovery(board, meetings)

    def _meeting(self, entry: CalendarEntry) -> Meeting:
        result = self._get(entry.url)
        try:
            page = parse_meeting_page(result.text, result.url)
        except PageShapeError as err:
            raise self._changed(entry.url, err.expected) from None
        day = entry.date or parse_uk_date(_field(page.fields, "date", "meeting date"))
        time = entry.time or parse_time(_field(page.fields, "time", "start time"))
        status_raw = entry.status_raw or _field(page.fields, "status", "meeting status")
        return Meeting(
            source_id=self.source.id,
            key=entry.meeting_id,
            date=day,
            title=entry.committee_title or self.source.name,
            time=time,
            status=meeting_status(status_raw, day),
            status_raw=status_raw,
            location=_field(page.fields, "venue", "location", "where"),
            url=entry.url,
            documents=page.documents,
        )
