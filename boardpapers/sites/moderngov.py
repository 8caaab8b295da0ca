"""ModernGov (Civica modern.gov): the web service first, the HTML pages when the service is switched off.

Web service (``<base>mgWebService.asmx/<Operation>``, lower-case XML):
    GetCommittees (only when the committee is configured by title) → GetMeetings(committee, from, to) →
    GetMeeting(id) per meeting in range: location, ``<linkeddoc>`` documents, ``<attendee>`` attendance.
HTML fallback (service answers 404/500/403, robots.txt forbids it, or it answers HTML instead of XML; the first
call is a probe without retries, and a refusal is remembered for the rest of the run):
    [mgListCommittees.aspx when the committee is a title] → ieListMeetings.aspx?CId=&Year=0 →
    per meeting ieListDocuments.aspx (documents) + mgMeetingAttendance.aspx (past meetings only).

Parsing lives in the pure ``parse_*`` functions below; ``ModernGovAdapter`` is only the fetching edge.
"""
from __future__ import annotations

import datetime as dt
import re
import weakref
from dataclasses import dataclass, field

from lxml import etree

from boardpapers.errors import FetchError, SiteChangedError
from boardpapers.models import AttendanceRecord, Board, Discovery, DocumentRef, Meeting
from boardpapers.urls import file_stem
from boardpapers.sites.base import (
    PageShapeError,
    SiteAdapter,
    canonical_url,
    clean_text,
    document_type,
    fetch_error_summary,
    looks_like_html,
    meeting_status,
    normalise_title,
    parse_time,
    parse_uk_date,
    parse_uk_datetime,
    query_param,
    configure_committee_site,
    register,
    soup_of,
)

# HTTP answers that mean "the web service is not there" (rather than "the site is down").
_SERVICE_OFF_REASONS = ("http_400", "http_401", "http_403", "http_404", "http_405", "http_410", "http_500",
                        "http_501", "http_503", "robots_disallowed")
_DOCUMENT_HREF = re.compile(r"(/|^)documents/[sgbi]\d+/|mgConvert2PDF\.aspx|\.(pdf|docx?|xlsx?|pptx?|rtf|odt)(\?|$)",
                            re.IGNORECASE)
# Web services found switched off, per fetcher (one fetcher = one run): base URL -> the refusal.
_SERVICE_REFUSED: "weakref.WeakKeyDictionary[object, dict[str, str]]" = weakref.WeakKeyDictionary()
_MEETING_PAGE = re.compile(r"(ie|ce)ListDocuments\.aspx", re.IGNORECASE)
_STATUS_WORDS = re.compile(r"\b(cancelled|canceled|postponed|moved|rescheduled)\b", re.IGNORECASE)


# --- what the pure parsers return ----------------------------------------------------------------------------


@dataclass
class Committee:
    id: str
    title: str
    deleted: bool = False
    expired: bool = False


@dataclass
class MeetingStub:
    """A meeting as a list (GetMeetings or ieListMeetings) shows it."""

    id: str
    date: dt.date | None
    time: str | None = None
    status_raw: str | None = None
    url: str | None = None


@dataclass
class MeetingDetail:
    """What one meeting's own page (GetMeeting or ieListDocuments) adds."""

    documents: list[DocumentRef] = field(default_factory=list)
    location: str | None = None
    title: str | None = None
    date: dt.date | None = None
    time: str | None = None
    status_raw: str | None = None
    attendees_xml: etree._Element | None = None  # the <attendees> element, for the attendance mapping


# --- XML (web service) ------------------------------------------------------------------------------------


def _xml_root(text: str | bytes) -> etree._Element:
    data = text.encode("utf-8") if isinstance(text, str) else text
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data.lstrip(), parser=parser)
    except etree.XMLSyntaxError:
        root = None
    if root is None:
        raise PageShapeError("an XML reply")
    return root


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(element, *names: str) -> str | None:
    wanted = set(names)
    for child in element:
        if _local(child.tag) in wanted:
            text = "".join(child.itertext()).strip()
            return text or None
    return None


def _find(root, name: str):
    """The first element named ``name`` (namespace and case ignored), the root included."""
    for el in root.iter():
        if _local(el.tag) == name:
            return el
    return None


def _true(text: str | None) -> bool:
    return (text or "").strip().lower() in ("true", "1", "yes")


def parse_committees_xml(text: str | bytes) -> list[Committee]:
    root = _xml_root(text)
    if _find(root, "committees") is None:
        raise PageShapeError("a <committees> reply from GetCommittees")
    out = []
    for el in root.iter():
        if _local(el.tag) == "committee":
            cid = _child_text(el, "committeeid")
            title = _child_text(el, "committeetitle")
            if cid and title:
                out.append(Committee(cid, clean_text(title), _true(_child_text(el, "committeedeleted")),
                                     _true(_child_text(el, "committeeexpired"))))
    return out


def resolve_committee(committees: list[Committee], wanted: str) -> Committee | None:
    """The committee a source names, by id or by title (case, '&'/'and', punctuation tolerant).

    An exact (normalised) title wins; a live committee beats a deleted or expired one ("Shadow Health and
    Wellbeing Board" is expired and never matches "Health and Wellbeing Board" exactly). Failing that, a single
    live committee whose title contains the wanted one ("Cumbria Health and Wellbeing Board").
    """
    wanted = wanted.strip()
    if wanted.isdigit():
        return next((c for c in committees if c.id == wanted), None)
    key = normalise_title(wanted)
    exact = [c for c in committees if normalise_title(c.title) == key]
    if exact:
        return sorted(exact, key=lambda c: (c.deleted, c.expired))[0]
    live = [c for c in committees if not c.deleted and not c.expired]
    containing = [c for c in live if f" {key} " in f" {normalise_title(c.title)} "
                  or f" {normalise_title(c.title)} " in f" {key} "]
    return containing[0] if len(containing) == 1 else None


def parse_meetings_xml(text: str | bytes) -> list[MeetingStub]:
    root = _xml_root(text)
    if _local(root.tag) != "getmeetings" and _find(root, "getmeetings") is None:
        raise PageShapeError("a <getmeetings> reply from GetMeetings")
    out = []
    for el in root.iter():
        if _local(el.tag) != "meeting":
            continue
        mid = _child_text(el, "meetingid")
        if not mid:
            continue
        out.append(MeetingStub(
            id=mid,
            date=parse_uk_date(_child_text(el, "meetingdate")),
            time=parse_time(_child_text(el, "meetingtime")),
            status_raw=_child_text(el, "meetingstatus"),
            url=_child_text(el, "meetingurl"),
        ))
    return out


def _linkeddoc_ref(el, base_url: str, in_item: bool) -> DocumentRef | None:
    title = clean_text(_child_text(el, "title") or "")
    url = _child_text(el, "url")
    attachment = _child_text(el, "attachmentid")
    if not url and attachment:
        url = f"mgConvert2PDF.aspx?ID={attachment}"  # the site's own PDF rendering of the attachment
    if not url:
        return None
    absolute = _document_url(url, base_url)
    default = "report" if in_item or "/documents/s" in absolute.lower() else "other"
    return DocumentRef(
        url=absolute,
        title=title or _title_from_url(absolute),
        type=document_type(title, absolute, default=default),
        published=parse_uk_date(_child_text(el, "publicationdate")),
        site_id=attachment,
    )


def parse_meeting_xml(text: str | bytes, base_url: str) -> MeetingDetail:
    """GetMeeting: location, every ``<linkeddoc>`` (meeting-level and per agenda item) and the attendees."""
    root = _xml_root(text)
    meeting = root if _local(root.tag) == "meeting" else _find(root, "meeting")
    if meeting is None:
        raise PageShapeError("a <meeting> in the GetMeeting reply")
    detail = MeetingDetail(
        location=clean_text(_child_text(meeting, "meetinglocation", "location")) or None,
        title=_child_text(meeting, "committeetitle"),
        date=parse_uk_date(_child_text(meeting, "meetingdate")),
        time=parse_time(_child_text(meeting, "meetingtime")),
        status_raw=_child_text(meeting, "meetingstatus"),
        attendees_xml=_find(meeting, "attendees"),
    )
    item_docs = set()
    for item in meeting.iter():
        if _local(item.tag) == "agendaitem":
            item_docs.update(id(d) for d in item.iter() if _local(d.tag) == "linkeddoc")
    seen = set()
    for el in meeting.iter():
        if _local(el.tag) != "linkeddoc":
            continue
        ref = _linkeddoc_ref(el, base_url, in_item=id(el) in item_docs)
        if ref and ref.url not in seen:
            seen.add(ref.url)
            detail.documents.append(ref)
    return detail


# --- HTML ------------------------------------------------------------------------------------------------


def _document_url(href: str, page_url: str) -> str:
    # ModernGov names one file with spaces, %20 or '+'; in its documents/ folders '+' means a space.
    absolute = canonical_url(href, page_url)
    if re.search(r"/documents/[sgbi]\d+/", absolute, re.IGNORECASE):
        return canonical_url(href, page_url, plus_is_space=True)
    return absolute


def _title_from_url(url: str) -> str:
    return file_stem(url) or url


def _require_modgov(soup, what: str) -> None:
    if soup.find(id="modgov") is None and soup.select_one(".mgContent, .mgNonBulletTableList") is None:
        raise PageShapeError(f"the ModernGov page chrome (div#modgov) on the {what}")


def parse_committee_list_html(html: str, page_url: str) -> list[Committee]:
    """mgListCommittees.aspx: links to mgCommitteeDetails.aspx?ID=<id>."""
    soup = soup_of(html)
    _require_modgov(soup, "committee list")
    out, seen = [], set()
    for a in soup.find_all("a", href=True):
        if "mgcommitteedetails.aspx" in a["href"].lower():
            cid = query_param(a["href"], "ID")
            if cid and cid not in seen:
                seen.add(cid)
                out.append(Committee(cid, clean_text(a.get_text(" "))))
    return out


def parse_meetings_list_html(html: str, page_url: str) -> list[MeetingStub]:
    """ieListMeetings.aspx: ``a.mgMeetingTableLnk`` links ("26 May 2026&nbsp;6.00 pm", maybe "CANCELLED").

    Raises PageShapeError when the page lacks the ModernGov chrome; a page with the chrome and no meetings
    list is an intact page with no meetings (an empty list).
    """
    soup = soup_of(html)
    _require_modgov(soup, "meetings list")
    out, seen = [], set()
    links = soup.select("a.mgMeetingTableLnk") or [
        a for a in soup.select(".mgNonBulletTableList a[href]") if _MEETING_PAGE.search(a["href"])]
    for a in links:
        href = a.get("href") or ""
        mid = query_param(href, "MId", "MeetingId")
        if not mid or mid in seen:
            continue
        seen.add(mid)
        text = clean_text(a.get_text(" "))
        day, time = parse_uk_datetime(text)
        if day is None:
            day, time = parse_uk_datetime(a.get("title") or "")
        row_text = clean_text((a.find_parent("li") or a.find_parent("tr") or a).get_text(" "))
        status = _STATUS_WORDS.search(row_text)
        out.append(MeetingStub(mid, day, time, status[1].capitalize() if status else None, canonical_url(href, page_url)))
    return out


def parse_meeting_page_html(html: str, page_url: str) -> MeetingDetail:
    """ieListDocuments.aspx / CeListDocuments.aspx: date and time from the subtitle, venue, every document link
    (``documents/s<N>/``, ``documents/g<M>/…?T=1``, ``mgConvert2PDF.aspx?ID=``), cancelled notices."""
    soup = soup_of(html)
    _require_modgov(soup, "meeting page")
    root = soup.find(id="modgov") or soup
    subtitle = root.select_one(".mgSubTitleTxt")
    detail = MeetingDetail()
    if subtitle is not None:
        detail.title = clean_text(subtitle.get_text(" "))
        detail.date, detail.time = parse_uk_datetime(detail.title)
    venue = root.select_one(".mgMeetingVenue")
    if venue is not None:
        detail.location = re.sub(r"^\s*Venue:\s*", "", clean_text(venue.get_text(" ")), flags=re.I) or None
    else:
        label = root.find(string=re.compile(r"^\s*Venue:\s*$"))
        if label is not None and label.parent is not None:
            detail.location = clean_text(label.parent.parent.get_text(" ")).replace("Venue:", "").strip() or None
    status = root.select_one(".mgMeetingStatus")
    status_text = clean_text(status.get_text(" ")) if status is not None else ""
    if not status_text:
        heading = root.select_one("h1.mgMainTitleTxt")
        status_text = clean_text(heading.get_text(" ")) if heading is not None else ""
    found = _STATUS_WORDS.search(status_text)
    detail.status_raw = found[1].capitalize() if found else None

    seen = set()
    for a in root.find_all("a", href=True):
        href = a["href"]
        if not _DOCUMENT_HREF.search(href):
            continue
        url = _document_url(href, page_url)
        if url in seen:
            continue
        seen.add(url)
        for size in a.select(".mgFileSize"):
            size.extract()
        title = clean_text(a.get_text(" ")) or clean_text(a.get("title") or "") or _title_from_url(url)
        title = re.sub(r"\s*(pdf icon\s*)?\bPDF \d+ KB\s*$", "", title, flags=re.I).strip() or title
        in_item = a.find_parent(class_="mgItemTable") is not None or a.find_parent(id="mgItemTable") is not None
        default = "report" if in_item or "/documents/s" in url.lower() else "other"
        detail.documents.append(DocumentRef(url=url, title=title, type=document_type(title, url, default=default),
                                            site_id=query_param(url, "ID") if "mgconvert2pdf" in url.lower() else
                                            _attachment_id(url)))
    return detail


def _attachment_id(url: str) -> str | None:
    match = re.search(r"/documents/s(\d+)/", url, re.IGNORECASE)
    return match[1] if match else None


def drop_alternate_renderings(documents: list[DocumentRef]) -> list[DocumentRef]:
    """``mgConvert2PDF.aspx?ID=`` is ModernGov's on-the-fly PDF of an attachment. When the page also links the
    attachment's own file (a "Printed minutes" next to "Printed minutes (PDF)"), the rendering is the same
    paper twice: keep the file, drop the rendering. Renderings with no file beside them are kept."""
    files = [d for d in documents if "mgconvert2pdf.aspx" not in d.url.lower()]
    file_ids = {d.site_id for d in files if d.site_id}
    file_types = {d.type for d in files if d.type in ("agenda", "minutes")}
    kept = []
    for d in documents:
        if "mgconvert2pdf.aspx" in d.url.lower() and (d.site_id in file_ids or d.type in file_types):
            continue
        kept.append(d)
    return kept


# --- the adapter (the fetching edge) -------------------------------------------------------------------------


class _ServiceOff(Exception):
    """The web service is not usable here; use the HTML pages."""


@register
class ModernGovAdapter(SiteAdapter):
    kind = "moderngov"
    config_keys = frozenset({"base_url", "committee"})

    @classmethod
    def configure(cls, values: dict, where: str) -> dict:
        return configure_committee_site(values, where, cls.kind)  # a ModernGov base is a folder

    @property
    def base(self) -> str:
        base = self.source.base_url or ""
        return base if base.endswith("/") else base + "/"

    def _service_url(self, operation: str, **params: str) -> str:
        query = "&".join(f"{k}={v}" for k, v in params.items())
        return f"{self.base}mgWebService.asmx/{operation}" + (f"?{query}" if query else "")

    def _service(self, url: str) -> str:
        """One web-service call. Raises _ServiceOff when the answer says the service is not there.

        Until the service has answered once this run, a call is a probe sent without retries: a switched-off
        service answers 500 ("Request format is unrecognized"), 404 or an HTML page, and asking again will not
        change that (the HTML pages serve the run instead)."""
        probe = {} if self._service_answered else {"retries": 0}
        try:
            result = self._get(url, accept="text/xml, application/xml", **probe)
        except FetchError as err:
            if err.reason in _SERVICE_OFF_REASONS:
                raise _ServiceOff(f"{url}: {fetch_error_summary(err)}") from err
            raise
        if looks_like_html(result):
            raise _ServiceOff(f"{url}: answered HTML, not XML")
        self._service_answered = True
        return result.text

    def discover(self, *, since: dt.date | None = None, until: dt.date | None = None) -> Discovery:
        since, until = self._range(since, until)
        refused = _SERVICE_REFUSED.setdefault(self.fetcher, {})
        if self.base in refused:  # learned earlier in this run (same fetcher): do not ask again
            self._warn(f"web service unavailable ({refused[self.base]}, earlier this run); reading the HTML pages")
            return self._discover_html(since, until)
        self._service_answered = False
        try:
            return self._discover_web_service(since, until)
        except _ServiceOff as off:
            refused[self.base] = str(off)
            self._warn(f"web service unavailable ({off}); reading the HTML pages")
            return self._discover_html(since, until)

    # --- web service path ---

    def _discover_web_service(self, since: dt.date, until: dt.date) -> Discovery:
        committee = self._committee_via_service()
        url = self._service_url("GetMeetings", lCommitteeId=committee.id, sFromDate=f"{since:%d/%m/%Y}",
                                sToDate=f"{until:%d/%m/%Y}")
        text = self._service(url)
        try:
            stubs = parse_meetings_xml(text)
        except PageShapeError as err:
            raise self._changed(url, err.expected) from None
        board = Board(self.source.id, committee.title or self.source.name, committee.id,
                      f"{self.base}mgCommitteeDetails.aspx?ID={committee.id}")
        meetings = self._each_meeting(
            [s for s in stubs if s.date is None or since <= s.date <= until], self._meeting_via_service)
        return self._discovery(board, meetings)

    def _committee_via_service(self) -> Committee:
        wanted = (self.source.committee or "").strip()
        if wanted.isdigit():
            return Committee(wanted, self.source.name)  # no lookup needed: saves a request
        url = self._service_url("GetCommittees")
        try:
            committees = parse_committees_xml(self._service(url))
        except PageShapeError as err:
            raise self._changed(url, err.expected) from None
        found = resolve_committee(committees, wanted)
        if found is None:
            raise self._changed(url, f"a committee titled {wanted!r} in GetCommittees "
                                     f"({len(committees)} committees listed)")
        return found

    def _meeting_via_service(self, stub: MeetingStub) -> Meeting:
        url = self._service_url("GetMeeting", lMeetingId=stub.id)
        try:
            result = self._get(url, accept="text/xml, application/xml")
        except FetchError as err:
            raise _MeetingFailed(f"meeting {stub.id} ({stub.date}): {err}") from err
        if looks_like_html(result):
            raise _MeetingFailed(f"meeting {stub.id} ({stub.date}): GetMeeting answered HTML, not XML")
        try:
            detail = parse_meeting_xml(result.text, self.base)
        except PageShapeError as err:
            raise self._changed(url, err.expected) from None
        meeting = self._meeting(stub, detail)
        meeting.attendance = self._attendance_from_xml(detail)
        return meeting

    def _attendance_from_xml(self, detail: MeetingDetail) -> list[AttendanceRecord]:
        if detail.attendees_xml is None or len(detail.attendees_xml) == 0:
            return []
        from boardpapers.extractors.attendance import attendance_from_moderngov_attendees

        records = attendance_from_moderngov_attendees(detail.attendees_xml)
        for record in records:
            record.origin = "site"
        return records

    # --- HTML path ---

    def _discover_html(self, since: dt.date, until: dt.date) -> Discovery:
        committee = self._committee_via_html()
        url = f"{self.base}ieListMeetings.aspx?CId={committee.id}&Year=0"
        result = self._get(url)  # an HTTP error on the entry page is the caller's to see
        try:
            stubs = parse_meetings_list_html(result.text, result.url)
        except PageShapeError as err:
            raise self._changed(url, err.expected) from None
        board = Board(self.source.id, committee.title or self.source.name, committee.id,
                      f"{self.base}mgCommitteeDetails.aspx?ID={committee.id}")
        in_range = [s for s in stubs if s.date is None or since <= s.date <= until]
        return self._discovery(board, self._each_meeting(in_range, self._meeting_via_html))

    def _committee_via_html(self) -> Committee:
        wanted = (self.source.committee or "").strip()
        if wanted.isdigit():
            return Committee(wanted, self.source.name)
        url = f"{self.base}mgListCommittees.aspx"
        result = self._get(url)
        try:
            committees = parse_committee_list_html(result.text, result.url)
        except PageShapeError as err:
            raise self._changed(url, err.expected) from None
        found = resolve_committee(committees, wanted)
        if found is None:
            raise self._changed(url, f"a committee titled {wanted!r} on the committee list (the web service is "
                                     f"off: configure the numeric committee id instead)")
        return found

    def _meeting_via_html(self, stub: MeetingStub) -> Meeting:
        page_url = stub.url or f"{self.base}ieListDocuments.aspx?MId={stub.id}"
        try:
            result = self._get(page_url)
        except FetchError as err:
            raise _MeetingFailed(f"meeting {stub.id} ({stub.date}): {err}") from err
        try:
            detail = parse_meeting_page_html(result.text, result.url)
        except PageShapeError as err:
            raise self._changed(page_url, err.expected) from None
        detail.documents = drop_alternate_renderings(detail.documents)
        meeting = self._meeting(stub, detail)
        meeting.url = canonical_url(page_url)
        # Attendance pages of future meetings only list who is expected: not worth a request each run.
        if meeting.date and meeting.date <= dt.date.today() and meeting.status not in ("cancelled", "postponed"):
            meeting.attendance = self._attendance_from_html(stub)
        return meeting

    def _attendance_from_html(self, stub: MeetingStub) -> list[AttendanceRecord]:
        url = f"{self.base}mgMeetingAttendance.aspx?ID={stub.id}"
        try:
            result = self._get(url)
        except FetchError as err:
            self._warn(f"meeting {stub.id} ({stub.date}): attendance page not read: {err}")
            return []
        from boardpapers.extractors.attendance import attendance_from_moderngov_table

        records = attendance_from_moderngov_table(result.text)
        for record in records:
            record.origin = "site"
        return records

    # --- shared ---

    def _each_meeting(self, stubs: list[MeetingStub], read) -> list[Meeting]:
        meetings, changed = [], []
        for stub in stubs:
            try:
                meetings.append(read(stub))
            except _MeetingFailed as err:
                self._warn(f"{err}; meeting skipped this run")
            except SiteChangedError as err:
                changed.append(err)
                self._warn(f"meeting {stub.id} ({stub.date}): {err}; meeting skipped this run")
        if changed and not meetings:
            raise changed[0]  # every meeting page changed: the scraper is broken, not one page
        return meetings

    def _meeting(self, stub: MeetingStub, detail: MeetingDetail) -> Meeting:
        day = stub.date or detail.date
        status_raw = stub.status_raw or detail.status_raw
        return Meeting(
            source_id=self.source.id,
            key=stub.id,
            date=day,
            title=self.source.name,
            time=stub.time or detail.time,
            status=meeting_status(status_raw, day),
            status_raw=status_raw,
            location=detail.location,
            url=canonical_url(stub.url) if stub.url else
            f"{self.base}ieListDocuments.aspx?MId={stub.id}",
            documents=detail.documents,
        )


class _MeetingFailed(Exception):
    """One meeting's page could not be had; recorded as a warning, the others go on."""
