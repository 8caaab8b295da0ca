# Over 400 lines on purpose: CMIS's calendar and meeting-page parsers with the adapter that walks them month by month.
"""CMIS (Civica, on DotNetNuke): month calendars of every committee, label/value meeting pages, opaque
``Document.ashx`` links, no structured attendance (that comes from the minutes).

Flow: the entry page a user pastes (portal root, ``Meetings.aspx``, a ``…/Meetings/tabid/<t>/Default.aspx``
meetings page, a committee page) → the meetings module, found on that page or by following the portal's menu:
a link into it (``…/tabid/<t>/ctl/MeetingCalendar…/mid/<m>/`` or ``ViewMeetingPublic``), else its module id in
control names (``dnn$ctr<m>$MeetingCalendarPublic…``) plus the list view ``?ctl=MeetingCalendarListView&mid=<m>``,
whose meeting links carry the tab path → one month calendar per month in the range
(``…/tabid/<t>/ctl/MeetingCalendarPublicNoJava/mid/<m>/Date/<yyyy-mm-01>/Default.aspx``; rows of all
committees, filtered to ours by committee id or title) → each of our meetings' pages.

Month calendars come in two row shapes, both read: one link per row whose text carries date, time and
committee ("9 Jul 2026 11:00 - Planning Committee"), or a day cell ("Tuesday, 14 March", no year) beside one
or more "14:00 Health and Wellbeing Board" links. Paths are case-insensitive on these (IIS) servers, and pages
link the same file as ``/Birmingham/…`` and ``/birmingham/…``: URLs under the portal are given one spelling.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from boardpapers.errors import FetchError, SiteChangedError
from boardpapers.models import Board, Discovery, DocumentRef, Meeting
from boardpapers.sites.base import (
    canonical_url,
    clean_text,
    configure_committee_site,
    document_type,
    host_of,
    meeting_status,
    normalise_title,
    PageShapeError,
    parse_time,
    parse_uk_date,
    parse_uk_datetime,
    register,
    SiteAdapter,
    soup_of,
    status_word,
)

# A link into the meetings module: its tab path, control and module id.
_MODULE_LINK = re.compile(r"^(?P<prefix>.*?/tabid/\d+/)(?:[^?#]*?/)?ctl/(?P<ctl>\w+)/mid/(?P<mid>\d+)(/|$)",
                          re.IGNORECASE)
_MEETINGS_CONTROL = re.compile(r"^(MeetingCalendar\w*|ViewMeetingPublic)$", re.IGNORECASE)
_TAB_PREFIX = re.compile(r"^(?P<prefix>.*?/tabid/\d+/)", re.IGNORECASE)
_CONTROL_MID = re.compile(r"dnn[$_]ctr(\d+)[$_]MeetingCalendarPublic", re.IGNORECASE)
_MEETING_ID = re.compile(r"/Meeting/(\d+)(/|$)|[?&]meeting(?:id)?=(\d+)", re.IGNORECASE)
_COMMITTEE_ID = re.compile(r"/Committee/(\d+)(/|$)|[?&]committee(?:id)?=(\d+)", re.IGNORECASE)
_MENU_WORDS = re.compile(r"meeting|calendar", re.IGNORECASE)
_DAY_CELL = re.compile(r"^\s*(?:[A-Za-z]+day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)(?:\s+(\d{4}))?\s*$")
_LEADING_TIME = re.compile(r"^\s*(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s+(.+)$", re.IGNORECASE)
_CLICK_TO_VIEW = re.compile(r"^\s*Click to view:?\s*(?P<title>.+?)\s+-\s+\d{1,2}\s+\w+\s+\d{4}", re.IGNORECASE)
_DOCUMENT_HREF = re.compile(r"document\.ashx|\.(pdf|docx?|xlsx?|pptx?|rtf|odt)(\?|$)", re.IGNORECASE)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
MAX_MENU_PAGES = 4  # portal pages visited looking for the meetings module


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

    @property
    def portal(self) -> str:
        """The portal's own path ("/birmingham/"): the tab path without its page name and tab id."""
        path = urlsplit(self.prefix).path
        before_tab = path[: path.lower().rindex("/tabid/")]
        return before_tab.rsplit("/", 1)[0] + "/"


@dataclass
class CalendarClues:
    """What one portal page says about where the meetings module is."""

    location: CalendarLocation | None = None
    module_id: str | None = None  # from control names, when no link gives the tab path
    tab_prefix: str | None = None  # a …/tabid/<t>/ path of a meetings page (the page itself or a menu link)
    menu: list[str] = field(default_factory=list)  # menu links that look like the meetings pages


@dataclass
class CmisMeetingPage:
    fields: dict[str, str] = field(default_factory=dict)  # label (lower-case, no colon) -> value
    documents: list[DocumentRef] = field(default_factory=list)


# --- pure parsers ---------------------------------------------------------------------------------------------


def entry_url(url: str) -> str:
    """The URL as pasted, minus what breaks relative links: a slash after ``Default.aspx`` (IIS serves the page
    there too, so its relative links would resolve under ``Default.aspx/``)."""
    return re.sub(r"(\.aspx)/+(?=$|\?)", r"\1", url.strip(), flags=re.IGNORECASE)


def calendar_clues(html: str, page_url: str) -> CalendarClues:
    soup = soup_of(html)
    clues = CalendarClues()
    hrefs = [(canonical_url(a["href"], page_url), clean_text(a.get_text(" "))) for a in soup.find_all("a", href=True)
             if not a["href"].strip().lower().startswith(("javascript:", "mailto:", "#"))]
    for url in [page_url] + [u for u, _ in hrefs]:
        match = _MODULE_LINK.match(url)
        if match and _MEETINGS_CONTROL.match(match["ctl"]):
            clues.location = CalendarLocation(match["prefix"], match["mid"])
            return clues
    control = _CONTROL_MID.search(html)
    if control:
        clues.module_id = control[1]
        own = _TAB_PREFIX.match(page_url)
        if own:
            clues.tab_prefix = own["prefix"]
    host = host_of(page_url)
    for url, text in hrefs:
        if host_of(url) != host or url == page_url:
            continue
        if _MENU_WORDS.search(text) or _MENU_WORDS.search(urlsplit(url).path):
            if clues.tab_prefix is None and clues.module_id and _TAB_PREFIX.match(url) \
                    and _MENU_WORDS.search(urlsplit(url).path):
                clues.tab_prefix = _TAB_PREFIX.match(url)["prefix"]
            if url not in clues.menu:
                clues.menu.append(url)
    return clues


def _calendar_grid(soup):
    """The calendar's rows: Telerik grid rows (``tr.rgRow`` / ``tr.rgAltRow``), or any row of a table whose id
    names the calendar module. None when the page holds no calendar at all."""
    rows = soup.select("tr.rgRow, tr.rgAltRow")
    if rows:
        return rows
    tables = [t for t in soup.find_all("table") if "meetingcalendar" in (t.get("id") or "").lower()
              or "rgMasterTable" in (t.get("class") or [])]
    if tables:
        return [tr for t in tables for tr in t.find_all("tr")]
    if soup.select_one("tr.rgNoRecords, [id*=MeetingCalendar], [id*=meetingcalendar]") is not None:
        return []
    return None


def _day_of(text: str, month: dt.date | None) -> dt.date | None:
    """A day cell: "Tuesday, 14 March" (year from the month shown, the nearest to it) or a full date."""
    day = parse_uk_date(text)
    if day or month is None:
        return day
    match = _DAY_CELL.match(text)
    if not match:
        return None
    year = int(match[3]) if match[3] else month.year
    candidates = [parse_uk_date(f"{match[1]} {match[2]} {y}") for y in ((year,) if match[3] else
                                                                       (year - 1, year, year + 1))]
    candidates = [c for c in candidates if c]
    return min(candidates, key=lambda c: abs((c - month).days)) if candidates else None


def parse_calendar_month(html: str, page_url: str, month: dt.date | None = None) -> list[CalendarEntry]:
    """One month calendar (or the list view): every committee's meetings, in both row shapes. An intact
    calendar with no meetings gives []; a page with no calendar raises PageShapeError."""
    soup = soup_of(html)
    rows = _calendar_grid(soup)
    if rows is None:
        raise PageShapeError("the meetings calendar grid (table.rgMasterTable with tr.rgRow / tr.rgAltRow rows)")
    out = []
    for row in rows:
        links = [a for a in row.find_all("a", href=True) if _MEETING_ID.search(a["href"])]
        if not links:
            continue
        cells = row.find_all(["td", "th"], recursive=False) or row.find_all(["td", "th"])
        day = next((d for d in (_day_of(clean_text(c.get_text(" ")), month) for c in cells
                                if not c.find("a", href=True)) if d), None)
        row_text = clean_text(row.get_text(" "))
        for link in links:
            out.append(_entry(link, page_url, day, row_text))
    return out


def _entry(link, page_url: str, row_day: dt.date | None, row_text: str) -> CalendarEntry:
    url = canonical_url(link["href"], page_url)
    text = clean_text(link.get_text(" "))
    when, sep, title = text.partition(" - ")
    day, time = parse_uk_datetime(when) if sep else (None, None)
    if day is None:  # "14:00 Health and Wellbeing Board" under a day cell, or a bare title
        title = text
        leading = _LEADING_TIME.match(text)
        if leading:
            time, title = parse_time(leading[1]), leading[2]
        day = row_day
    if not title.strip():
        hint = _CLICK_TO_VIEW.match(clean_text(link.get("title") or ""))
        title = hint["title"] if hint else ""
    committee = _COMMITTEE_ID.search(url)
    mid = _MEETING_ID.search(url)
    return CalendarEntry(meeting_id=mid[1] or mid[3], url=url, date=day, time=time,
                         committee_title=title.strip(),
                         committee_id=(committee[1] or committee[3]) if committee else None,
                         status_raw=status_word(row_text.replace(text, "")))


def is_our_committee(entry: CalendarEntry, committee: str) -> bool:
    committee = committee.strip()
    if committee.isdigit():
        return entry.committee_id == committee
    return normalise_title(entry.committee_title) == normalise_title(committee)


def _own_value(holder):
    """The holder's value, not one of a holder nested inside it (real pages nest the venue in the status)."""
    for value in holder.find_all(class_="Value"):
        if value.find_parent("div", class_="holder") is holder:
            return value
    return None


def parse_meeting_page(html: str, page_url: str) -> CmisMeetingPage:
    """A ViewMeetingPublic page: label/value pairs read by LABEL text (the status value reuses class
    ``Value Venue``, so classes cannot be trusted), and every document it links in its content: the
    meeting's own ``ol.DocumentList``, the ``ul.DocumentList`` of each agenda item, papers listed under
    Agenda / Reports / Minutes headings, direct ``/Portals/…/….pdf`` files."""
    soup = soup_of(html)
    pane = soup.find(id="dnn_ContentPane") or soup.select_one(".ModCMISMeetingsC, .DNNModuleContent")
    if pane is None:
        raise PageShapeError("the DotNetNuke content pane (#dnn_ContentPane) on the meeting page")
    page = CmisMeetingPage()
    for holder in pane.select("div.holder"):
        label, value = holder.find(class_="DNNLabel"), _own_value(holder)
        if label is None or value is None:
            continue
        key = clean_text(label.get_text(" ")).rstrip(":").strip().lower()
        page.fields.setdefault(key, clean_text(value.get_text(" ")))
    links = [a for a in pane.find_all("a", href=True) if _DOCUMENT_HREF.search(a["href"])]
    if not page.fields and not links:
        raise PageShapeError("meeting details (div.holder > .DNNLabel + .Value) or a document list "
                             "(.DocumentList a.TitleLink)")
    seen = set()
    for a in links:
        url = canonical_url(a["href"], page_url)
        if url in seen:
            continue
        seen.add(url)
        title = clean_text(a.get_text(" ")) or re.sub(r"^Click to view\s*", "", clean_text(a.get("title") or ""),
                                                      flags=re.I).strip(" '\"") or url
        # A CMIS paper that does not say what it is takes the heading it is listed under (Agenda / Reports /
        # Minutes), else it is a report to the board.
        heading = a.find_previous(_HEADINGS)
        default = document_type(clean_text(heading.get_text(" ")), None, default="report") if heading else "report"
        page.documents.append(DocumentRef(url=url, title=title, type=document_type(title, None, default=default)))
    return page


def _field(fields: dict[str, str], *names: str) -> str | None:
    for name in names:
        for label, value in fields.items():
            if label == name or label.endswith(" " + name):
                return value or None
    return None


def one_spelling(url: str, portal: str) -> str:
    """``/Birmingham/Document.ashx?…`` and ``/birmingham/Document.ashx?…`` are one file on a case-insensitive
    server: spell the portal part of the path as the portal does."""
    parts = urlsplit(url)
    if parts.path.lower().startswith(portal.lower()) and not parts.path.startswith(portal):
        return urlunsplit((parts.scheme, parts.netloc, portal + parts.path[len(portal):], parts.query, ""))
    return url


# --- the adapter ----------------------------------------------------------------------------------------------


@register
class CmisAdapter(SiteAdapter):
    kind = "cmis"
    config_keys = frozenset({"base_url", "committee"})

    @classmethod
    def configure(cls, values: dict, where: str) -> dict:
        # a CMIS entry may be a page as copied (…/Meetings.aspx, …/Default.aspx)
        return configure_committee_site(values, where, cls.kind, page_entry=re.compile(r"\.aspx$", re.IGNORECASE))

    def discover(self, *, since: dt.date | None = None, until: dt.date | None = None) -> Discovery:
        since, until = self._range(since, until)
        calendar, listed = self._locate_calendar()
        committee = (self.source.committee or "").strip()
        entries: dict[str, CalendarEntry] = {}
        month, months_read, failures = since.replace(day=1), 0, []
        found: list[CalendarEntry] = list(listed)
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
                    found += parse_calendar_month(result.text, result.url, month)
                except PageShapeError as err:
                    raise self._changed(url, err.expected) from None
            month = (month + dt.timedelta(days=32)).replace(day=1)
        if failures and not months_read:
            raise failures[0]  # no calendar month could be read at all: the site is not answering

        ours = [e for e in found if is_our_committee(e, committee)]
        ids = {e.committee_id for e in ours if e.committee_id}
        # rows whose title could not be read still belong to the board when they carry its committee id
        ours += [e for e in found if not e.committee_title and e.committee_id in ids]
        for entry in ours:
            entry.url = one_spelling(entry.url, calendar.portal)
            if entry.date is None or since <= entry.date <= until:
                entries.setdefault(entry.meeting_id, entry)
        undated_rows = [e for e in found if e.date is None]
        if undated_rows:
            self._warn(f"{len(undated_rows)} calendar row(s) had no readable date; their meeting pages date them")

        board_title = committee if not committee.isdigit() else self.source.name
        committee_id = committee if committee.isdigit() else next(iter(sorted(ids)), None)
        board = Board(self.source.id, board_title, committee_id, calendar.month_url(dt.date.today().replace(day=1)))
        meetings, changed = [], []
        for entry in entries.values():
            try:
                meeting = self._meeting(entry, calendar)
            except FetchError as err:
                self._warn(f"meeting {entry.meeting_id} ({entry.date}): {err}; meeting skipped this run")
            except SiteChangedError as err:
                changed.append(err)
                self._warn(f"meeting {entry.meeting_id} ({entry.date}): {err}; meeting skipped this run")
            else:
                if meeting.date is None or since <= meeting.date <= until:
                    meetings.append(meeting)
        if changed and not meetings:
            raise changed[0]
        return self._discovery(board, meetings)

    # --- finding the meetings module ---

    def _locate_calendar(self) -> tuple[CalendarLocation, list[CalendarEntry]]:
        """The meetings module, from the entry page or by following the portal's menu (a few pages at most).
        Also returns the rows of a list view read on the way (the current month)."""
        start = entry_url(self.source.entry_url)
        queue, visited, listed = [start], set(), []
        while queue and len(visited) < MAX_MENU_PAGES:
            url = queue.pop(0)
            if url in visited:
                continue
            visited.add(url)
            result = self._get(url)  # an HTTP error on the entry page is the caller's to see
            clues = calendar_clues(result.text, result.url)
            if clues.location:
                return clues.location, listed
            if clues.module_id:
                located = self._via_list_view(result.url, clues, listed)
                if located:
                    return located, listed
            queue += [u for u in clues.menu if u not in visited]
        raise self._changed(start, "the meetings calendar: a link into it (…/tabid/<t>/ctl/MeetingCalendar…/mid/<m>/ or "
                                   "ViewMeetingPublic), a dnn$ctr<m>$MeetingCalendar control, or a Meetings / "
                                   f"Calendar menu link leading to one ({len(visited)} page(s) looked at)")

    def _via_list_view(self, page_url: str, clues: CalendarClues, listed: list) -> CalendarLocation | None:
        """The module id is known but not its tab path: the list view (current month) links its meetings with
        the tab path; failing that, the page's own or its menu's ``/tabid/<t>/`` path."""
        base = page_url.split("?", 1)[0]
        url = f"{base}?ctl=MeetingCalendarListView&mid={clues.module_id}"
        try:
            result = self._get(url)
        except FetchError as err:
            self._warn(f"meetings list view not read: {err}")
        else:
            try:
                listed += parse_calendar_month(result.text, result.url)
            except PageShapeError:
                pass
            for entry in listed:
                match = _MODULE_LINK.match(entry.url)
                if match:
                    return CalendarLocation(match["prefix"], match["mid"])
        if clues.tab_prefix:
            return CalendarLocation(clues.tab_prefix, clues.module_id)
        return None

    # --- one meeting ---

    def _meeting(self, entry: CalendarEntry, calendar: CalendarLocation) -> Meeting:
        result = self._get(entry.url)
        try:
            page = parse_meeting_page(result.text, result.url)
        except PageShapeError as err:
            raise self._changed(entry.url, err.expected) from None
        when = _field(page.fields, "date", "date/time", "meeting date")
        day = entry.date or parse_uk_date(when)
        time = entry.time or parse_time(_field(page.fields, "time", "start time") or
                                        (when.split(" - ", 1)[-1] if when and " - " in when else None))
        status_raw = entry.status_raw or _field(page.fields, "status", "meeting status")
        documents = []
        for doc in page.documents:
            doc.url = one_spelling(doc.url, calendar.portal)
            if all(d.url != doc.url for d in documents):
                documents.append(doc)
        return Meeting(
            source_id=self.source.id,
            key=entry.meeting_id,
            date=day,
            title=entry.committee_title or _field(page.fields, "committee") or self.source.name,
            time=time,
            status=meeting_status(status_raw, day),
            status_raw=status_raw,
            location=_field(page.fields, "venue", "location", "where"),
            url=entry.url,
            documents=documents,
        )
