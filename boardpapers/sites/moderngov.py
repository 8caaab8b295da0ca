"""ModernGov (Civica modern.gov): the web service first, the HTML pages when the service is switched off.

Web service (``<base>mgWebService.asmx/<Operation>``, lower-case XML):
    GetCommittees (only when the committee is configured by title) → GetMeetings(committee, from, to) →
    GetMeeting(id) per meeting in range: location, ``<linkeddoc>`` documents, ``<attendee>`` attendance.
HTML fallback (service answers 404/500/403, robots.txt forbids it, or it answers HTML instead of XML; the first
call is a probe without retries, and a refusal is remembered for the rest of the run):
    [mgListCommittees.aspx when the committee is a title] → ieListMeetings.aspx?CId=&Year=0 →
    per meeting ieListDocuments.aspx (documents) + mgMeetingAttendance.aspx (past meetings only).

Parsing lives in the pure ``parse_*`` functions of ``moderngov_pages``; ``ModernGovAdapter`` here is only the
fetching edge.
"""
from __future__ import annotations

import datetime as dt
import weakref

from boardpapers.errors import FetchError, SiteChangedError
from boardpapers.models import AttendanceRecord, Board, Discovery, Meeting
from boardpapers.sites.base import (
    PageShapeError,
    SiteAdapter,
    canonical_url,
    configure_committee_site,
    fetch_error_summary,
    looks_like_html,
    meeting_status,
    register,
)
from boardpapers.sites.moderngov_pages import (  # noqa: F401 (the parsers are re-exported: tests read them here)
    Committee,
    MeetingDetail,
    MeetingStub,
    drop_alternate_renderings,
    parse_committee_list_html,
    parse_committees_xml,
    parse_meeting_page_html,
    parse_meeting_xml,
    parse_meetings_list_html,
    parse_meetings_xml,
    resolve_committee,
)

# HTTP answers that mean "the web service is not there" (rather than "the site is down").
_SERVICE_OFF_REASONS = ("http_400", "http_401", "http_403", "http_404", "http_405", "http_410", "http_500",
                        "http_501", "http_503", "robots_disallowed")
# Web services found switched off, per fetcher (one fetcher = one run): base URL -> the refusal.
_SERVICE_REFUSED: "weakref.WeakKeyDictionary[object, dict[str, str]]" = weakref.WeakKeyDictionary()


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
        # imported here: every config load imports the adapters, and this costs ~90 ms there
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
        # imported here: every config load imports the adapters, and this costs ~90 ms there
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
