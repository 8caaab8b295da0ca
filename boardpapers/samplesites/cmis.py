"""A CMIS (Civica, on DotNetNuke) council site: long tab/module paths, month calendars of every committee,
label/value meeting pages and opaque ``Document.ashx`` links. No structured attendance: minutes only.
Sends Last-Modified on documents and answers If-Modified-Since with 304."""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
from html import escape
from urllib.parse import quote, unquote

from boardpapers.samplesites.base import Request, Response, SiteApp, file_size_kb, html_response, not_found
from boardpapers.samplesites.world import WORLD_NOW, SiteWorld, WorldMeeting

MID = 397  # the DotNetNuke module id, visible in control names and paths
TOKEN_PARAM = "czJKcaeAi5tUFL1DTL2UE4zNRBcoShgo"
OTHER_COMMITTEES = [(7, "Planning Committee", 0, "18:30"), (2, "Cabinet", 3, "17:00"),
                    (9, "Licensing Committee", 1, "10:00")]


def _other_meetings(year: int, month: int) -> list[tuple[dt.date, int, str, str, int]]:
    """Deterministic meetings of the other committees that share the calendar (they must be filtered out)."""
    out = []
    for cid, title, weekday, time in OTHER_COMMITTEES:
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday + 1 - first.weekday()) % 7 + (7 if cid == 2 else 0))
        out.append((day, cid, title, time, 20000 + (year - 2000) * 400 + month * 30 + cid))
    return out


class CmisApp(SiteApp):
    kind = "cmis"
    validators = ("last_modified",)

    def __init__(self, site: SiteWorld, base_path: str = "/eastwold/"):
        super().__init__(site)
        self._base = base_path
        self.robots_disallow = ("/private/", f"{base_path}Admin/")
        self.assign_paths()

    @property
    def base_path(self) -> str:
        return self._base

    def assign_paths(self) -> None:
        for doc in self.site.documents():
            if not doc.path:
                token = base64.b64encode(hashlib.sha256(doc.key.encode()).digest()[:30]).decode()
                doc.site_id = token
                doc.path = f"{self._base}Document.ashx?{TOKEN_PARAM}={quote(token, safe='')}&L=1"

    def meeting_path(self, meeting_id: str, committee_id: int) -> str:
        return (f"{self._base}Meetings/tabid/70/ctl/ViewMeetingPublic/mid/{MID}/Meeting/{meeting_id}/Committee/"
                f"{committee_id}/Default.aspx")

    def calendar_path(self, day: dt.date) -> str:
        return f"{self._base}Meetings/tabid/70/ctl/MeetingCalendarPublicNoJava/mid/{MID}/Date/{day:%Y-%m-%d}/Default.aspx"

    def meeting_url(self, m: WorldMeeting) -> str:
        return self.url(self.meeting_path(m.key, self.site.committee_id))

    # --- routing ---
    def route(self, request: Request) -> Response:
        path = request.path
        if path in ("/", self._base, self._base + "Default.aspx"):
            return self._home()
        if not path.startswith(self._base):
            return not_found()
        rest = path[len(self._base):]
        parts = rest.split("/")
        if rest.lower() == "document.ashx":
            token = unquote(request.target.split(f"{TOKEN_PARAM}=", 1)[-1].split("&")[0])
            doc = next((d for d in self.site.documents() if d.site_id == token), None)
            return self.serve_document(doc)
        if rest == "Meetings.aspx" or (rest.startswith("Meetings/tabid/70/Default.aspx")
                                       and request.query.get("ctl") == "MeetingCalendarListView"):
            return self._month(WORLD_NOW.replace(day=1), list_view=True)
        if "MeetingCalendarPublicNoJava" in parts and "Date" in parts:
            try:
                day = dt.date.fromisoformat(parts[parts.index("Date") + 1])
            except (ValueError, IndexError):
                return not_found()
            return self._month(day.replace(day=1))
        if "ViewMeetingPublic" in parts and "Meeting" in parts:
            return self._meeting(parts[parts.index("Meeting") + 1])
        if "ViewCMIS_CommitteeDetails" in parts:
            return self._committee()
        return not_found()

    # --- pages ---
    def _chrome(self, title: str, content: str) -> str:
        return (f'<!DOCTYPE html><html><head><title>{escape(title)}</title><meta name="generator" '
                f'content="DotNetNuke"></head><body><form name="Form" method="post" action="{self._base}Default.aspx"'
                f' id="Form"><div id="dnn_Header"><a href="{self._base}">{escape(self.site.organisation)}</a> | '
                f'<a href="{self._base}Meetings.aspx">Meetings</a> | <a href="/private/intranet/">Staff intranet</a>'
                f'</div><div id="dnn_ContentPane" class="contentPane"><div class="DnnModule DnnModule-CMIS">'
                f'<a name="{MID}"></a><div id="dnn_ctr{MID}_ContentPane"><h1>{escape(title)}</h1>{content}</div>'
                f"</div></div></form></body></html>")

    def _home(self) -> Response:
        content = (f'<p><a href="{self.calendar_path(WORLD_NOW.replace(day=1))}">Meetings calendar</a></p>'
                   f'<p><a href="{self._base}Committees/tabid/62/ctl/ViewCMIS_CommitteeDetails/mid/383/id/'
                   f'{self.site.committee_id}/Default.aspx">{escape(self.site.board_name)}</a></p>')
        return html_response(self._chrome("Council meetings", content))

    def _committee(self) -> Response:
        content = (f"<p>The {escape(self.site.board_name)} is a statutory committee of the council.</p>"
                   f'<p><a href="{self.calendar_path(WORLD_NOW.replace(day=1))}">View meetings in the calendar</a></p>')
        return html_response(self._chrome(self.site.board_name, content))

    def _month(self, first: dt.date, list_view: bool = False) -> Response:
        rows = [(m.date, self.site.committee_id, self.site.board_name, m.time, m.key, m.cancelled)
                for m in self.site.meetings if (m.date.year, m.date.month) == (first.year, first.month)]
        rows += [(d, cid, t, time, str(mid), False) for d, cid, t, time, mid in _other_meetings(first.year, first.month)]
        rows.sort(key=lambda r: (r[0], r[3]))
        body = []
        for i, (day, cid, title, time, mid, cancelled) in enumerate(rows):
            cls = "rgRow" if i % 2 == 0 else "rgAltRow"
            text = f"{day.day} {day:%b %Y} {time} - {escape(title)}"
            status = "Cancelled" if cancelled else ""
            body.append(f'<tr class="{cls}" id="dnn_ctr{MID}_MeetingCalendarPublic_grdMeetings_ctl00__{i}">'
                        f'<td><a href="{self.meeting_path(mid, cid)}">{text}</a></td><td>{status}</td></tr>')
        prev_month = (first - dt.timedelta(days=1)).replace(day=1)
        next_month = (first + dt.timedelta(days=32)).replace(day=1)
        nav = (f'<a id="dnn_ctr{MID}_MeetingCalendarPublic_lnkPrev" href="{self.calendar_path(prev_month)}">'
               f'&lt; {prev_month:%B %Y}</a> <span class="MonthTitle">{first:%B %Y}</span> '
               f'<a id="dnn_ctr{MID}_MeetingCalendarPublic_lnkNext" href="{self.calendar_path(next_month)}">'
               f'{next_month:%B %Y} &gt;</a>')
        table = (f'<table class="rgMasterTable" id="dnn_ctr{MID}_MeetingCalendarPublic_grdMeetings_ctl00">'
                 f'<thead><tr><th class="rgHeader">Meeting</th><th class="rgHeader">Status</th></tr></thead>'
                 f'<tbody>{"".join(body) or "<tr class=rgNoRecords><td>No meetings this month</td></tr>"}</tbody></table>')
        hidden = f'<input type="hidden" name="dnn$ctr{MID}$MeetingCalendarPublic$hdnMonth" value="{first:%Y-%m}">'
        title = "Meetings this month" if list_view else f"Meeting calendar - {first:%B %Y}"
        return html_response(self._chrome(title, nav + hidden + table))

    @staticmethod
    def _all_other():
        return [m for year in range(2015, 2021) for month in range(1, 13) for m in _other_meetings(year, month)]

    def _meeting(self, meeting_id: str) -> Response:
        m = next((mm for mm in self.site.meetings if mm.key == meeting_id), None)
        if m is None:
            other = next((t for _, _, t, _, mid in self._all_other() if str(mid) == meeting_id), None)
            if other:  # other committees' meetings have pages too, with no papers of interest
                return html_response(self._chrome(f"{other} - meeting details", "<p>No documents.</p>"))
            return not_found()
        def pair(label: str, value: str, cls: str = "Value") -> str:
            return (f'<div class="holder"><span class="DNNLabel">{label}</span>'
                    f'<span class="{cls}">{escape(value)}</span></div>')
        status = "Cancelled" if m.cancelled else "Meeting held" if m.date < WORLD_NOW else "Scheduled"
        info = (pair("Committee", self.site.board_name) + pair("Date", f"{m.date:%A, %d %B %Y}")
                + pair("Time", m.time) + pair("Venue", m.location, "Value Venue")
                + pair("Meeting Status", status, "Value Venue") + pair("Contact", "Democratic Services, 01632 960123"))
        docs = "".join(
            f'<li class="DocumentListItem"><a class="TitleLink" href="{escape(d.path)}" target="_blank">'
            f'{escape(d.title)}</a> <span class="FileSize">({file_size_kb(d, self.site.organisation)}Kb)</span></li>'
            for d in self.visible_documents(m))
        content = (f'<div class="MeetingDetails">{info}</div><h2>Documents</h2>'
                   f'<ul class="DocumentList">{docs}</ul>' if docs else
                   f'<div class="MeetingDetails">{info}</div><p>No documents have been published.</p>')
        return html_response(self._chrome(f"{self.site.board_name} - {m.date.day} {m.date:%b %Y}", content))


class CmisPortalApp(CmisApp):
    """A CMIS portal laid out as Birmingham's is (modelled on birmingham.cmis.uk.com pages captured in
    DemocracyClub/LGSF's lgsf/minutes/tests/fixtures: cmis_base.html, cmis_listview.html,
    cmis_calendar_month.html, cmis_detail_with_minutes.html, cmis_meeting_summary.html; and on the entry URLs of
    reference/real-sources.md: Birmingham's Meetings.aspx, Hull's …/tabid/70/ meetings page).

    - the portal root and the committee pages link the calendar only through the menu (``Meetings.aspx``);
    - the meetings page is the JavaScript calendar: the module id shows only in control names
      (``dnn$ctr397$MeetingCalendarPublic$btnButtonListView``); it answers at ``Meetings.aspx``,
      ``Meetings/tabid/70/Default.aspx`` and, as IIS does, ``Default.aspx/`` with a trailing slash;
    - ``?ctl=MeetingCalendarListView&mid=397`` lists the current month only, link text
      "9 Jul 2019 14:00 - Health and Wellbeing Board", meeting links carrying the tab path;
    - month views lay rows out as a day cell ("Tuesday, 9 July") and one or more "10:00 Licensing
      Sub-Committee" / "14:00 Health and Wellbeing Board" links, the board not always first;
    - meeting pages nest label/value holders, and list papers in an ``ol.DocumentList`` (the meeting's own),
      ``ul.DocumentList`` lists under agenda items, or (2019 meetings) under Agenda / Reports / Minutes headings
      with direct ``/Portals/0/Documents/…pdf`` links;
    - paths are case-insensitive and pages spell the portal both ``/Westbrook/`` and ``/westbrook/``;
    - documents are served as ``application/octet-stream``.
    """

    OTHER = [(31, "Licensing Sub-Committee", "10:00"), (7, "Planning Committee", "18:30")]

    def __init__(self, site: SiteWorld, base_path: str = "/westbrook/"):
        super().__init__(site, base_path)

    @property
    def upper(self) -> str:  # the other spelling of the portal path, used in some links
        return self._base[:2].upper() + self._base[2:]

    def assign_paths(self) -> None:
        for m in self.site.meetings:
            for doc in m.documents:
                if doc.path:
                    continue
                token = base64.b64encode(hashlib.sha256(doc.key.encode()).digest()[:30]).decode()
                doc.site_id = token
                if m.date.year == 2019 and doc.type != "agenda":
                    name = "HWB-" + ("minutes" if doc.type == "minutes" else doc.key.rsplit("/", 1)[-1])
                    doc.path = f"/Portals/0/Documents/Meetings/{m.date:%Y-%m-%d}/{name}.pdf"
                else:
                    doc.path = f"{self._base}Document.ashx?{TOKEN_PARAM}={quote(token, safe='')}&L=1"

    def meeting_path(self, meeting_id: str, committee_id: int) -> str:
        return (f"{self._base}Meetings/tabid/70/ctl/ViewMeetingPublic/mid/{MID}/Meeting/{meeting_id}/Committee/"
                f"{committee_id}/SelectedTab/Documents/Default.aspx")

    def entry_url(self) -> str:  # what a user copies: the portal root
        return self.url(self._base)

    def route(self, request: Request) -> Response:
        path = request.path
        if path.startswith("/Portals/0/Documents/"):
            return self.serve_document(next((d for d in self.site.documents() if d.path == path), None),
                                       "application/octet-stream")
        if not path.lower().startswith(self._base.lower()):
            return not_found()
        rest = path[len(self._base):]
        low = rest.lower().rstrip("/")
        parts = rest.split("/")
        if low in ("", "default.aspx"):
            return html_response(self._portal("Home", "<p>Welcome to the council's democracy pages.</p>"))
        if low == "document.ashx":
            token = unquote(request.target.split(f"{TOKEN_PARAM}=", 1)[-1].split("&")[0])
            return self.serve_document(next((d for d in self.site.documents() if d.site_id == token), None),
                                       "application/octet-stream")
        if low in ("meetings.aspx", "meetings/tabid/70/default.aspx"):
            if request.query.get("ctl", "").lower() == "meetingcalendarlistview" and request.query.get("mid") == str(MID):
                return self._list_view()
            return self._calendar_page()
        if "meetingcalendarpublicnojava" in low and "date" in low:
            try:
                day = dt.date.fromisoformat(parts[[p.lower() for p in parts].index("date") + 1])
            except (ValueError, IndexError):
                return not_found()
            return self._month_days(day.replace(day=1))
        if "viewmeetingpublic" in low:
            lower = [p.lower() for p in parts]
            return self._meeting_page(parts[lower.index("meeting") + 1])
        if low == "committees.aspx" or "viewcmis_committeedetails" in low:
            return html_response(self._portal(self.site.board_name, f"<p>The {escape(self.site.board_name)} "
                                              "brings partners together to improve health.</p>"))
        return not_found()

    # --- pages ---
    def _portal(self, title: str, content: str) -> str:
        base = self._base
        menu = (f'<ul id="dnn_dnnNav" class="menu"><li><a href="{base}Default.aspx">Home</a></li>'
                f'<li><a href="{base}Committees.aspx">Committees</a></li>'
                f'<li><a href="{self.upper}Meetings.aspx">Meetings</a></li>'
                f'<li><a href="{base}Councillors.aspx">Councillors</a></li>'
                f'<li><a href="/private/intranet/">Staff intranet</a></li></ul>')
        return (f'<!DOCTYPE html><html><head><title>{escape(title)}</title></head><body><form id="Form" method="post">'
                f'<div id="dnn_Header">{menu}</div><div id="dnn_ContentPane" class="contentPane">'
                f'<div class="DNNModuleContent ModCMISMeetingsC"><h1>{escape(title)}</h1>{content}</div></div>'
                f"</form></body></html>")

    def _calendar_page(self) -> Response:
        content = (f'<div id="dnn_ctr{MID}_MeetingCalendarPublic_pnlViewActions"><div class="UserEditActions">'
                   f'<input type="submit" name="dnn$ctr{MID}$MeetingCalendarPublic$btnButtonListView" '
                   f'value="Meeting List View"><input type="submit" name="dnn$ctr{MID}$MeetingCalendarPublic$'
                   f'btnButtonMeetingsRSS" value="Meetings RSS"></div></div><div id="calendar" '
                   f'data-module="{MID}"><noscript>The calendar needs JavaScript.</noscript></div>')
        return html_response(self._portal("Meetings", content))

    def _rows_of(self, first: dt.date):
        rows = [(m.date, self.site.committee_id, self.site.board_name, m.time, m.key)
                for m in self.site.meetings if (m.date.year, m.date.month) == (first.year, first.month)]
        for cid, title, time in self.OTHER:
            for m in self.site.meetings:  # another committee meets the same morning as the board
                if (m.date.year, m.date.month) == (first.year, first.month) and cid == 31:
                    rows.append((m.date, cid, title, time, str(int(m.key) + 1)))
            day = first + dt.timedelta(days=(3 - first.weekday()) % 7)  # a Thursday of every month
            rows.append((day, cid, title, time, str(30000 + first.year % 100 * 100 + first.month * 4 + cid)))
        return sorted(set(rows), key=lambda r: (r[0], r[3]))

    def _list_view(self) -> Response:
        body = []
        for i, (day, cid, title, time, mid) in enumerate(self._rows_of(WORLD_NOW.replace(day=1))):
            href = self.url(self.meeting_path(mid, cid))
            body.append(f'<tr class="{"rgRow" if i % 2 == 0 else "rgAltRow"}" id="dnn_ctr{MID}_MeetingCalendarPublicList_'
                        f'grdRadMeeting_ctl00__{i}"><td class="DateColumn"><a title="Click to view: {escape(title)} - '
                        f'{day.day} {day:%b %Y} {time} : {time}" href="{href}">{day.day} {day:%b %Y} {time} - '
                        f'{escape(title)}</a></td><td>Committee Room {1 + i % 6}</td></tr>')
        table = (f'<div class="CMIS_ModuleWrapper MeetingCalendarListView"><table id="dnn_ctr{MID}_MeetingCalendar'
                 f'PublicList_grdRadMeeting_ctl00"><thead><tr><th class="DateColumn rgHeader">Date/Start Time</th>'
                 f'<th class="rgHeader">Venue</th></tr></thead><tbody>{"".join(body)}</tbody></table></div>')
        return html_response(self._portal("Meetings this month", table))

    def _month_days(self, first: dt.date) -> Response:
        by_day: dict[dt.date, list] = {}
        for row in self._rows_of(first):
            by_day.setdefault(row[0], []).append(row)
        trs = []
        day = first
        index = 0
        while day.month == first.month:
            links = "".join(f'<p class="Meeting"><a href="{self.url(self.meeting_path(mid, cid))}">{time} '
                            f'{escape(title)}</a></p>' for _, cid, title, time, mid in by_day.get(day, []))
            if links or day.day == 1:
                trs.append(f'<tr class="{"rgRow" if index % 2 == 0 else "rgAltRow"}" id="dnn_ctr{MID}_Meeting'
                           f'CalendarPublicPrinter_grdRadMeeting_ctl00__{index}"><td class="SimpleCalendarDate">'
                           f'{day:%A}, {day.day} {day:%B}</td><td>{links}</td></tr>')
                index += 1
            day += dt.timedelta(days=1)
        table = (f'<table class="rgMasterTable" id="dnn_ctr{MID}_MeetingCalendarPublicPrinter_grdRadMeeting_ctl00">'
                 f'{"".join(trs)}</table>')
        return html_response(self._portal(f"Meetings calendar {first:%B %Y}", table))

    def _doc_link(self, doc, upper: bool) -> str:
        href = doc.path
        if upper and href.startswith(self._base):
            href = self.upper + href[len(self._base):]
        return (f'<a class="TitleLink" title="Click to view \'{escape(doc.title)}\'" href="{escape(href)}" '
                f'target="_blank">{escape(self._title(doc))}</a> <span class="FileSize">'
                f'({file_size_kb(doc, self.site.organisation)}Kb)</span>')

    def _title(self, doc) -> str:
        m = self.site.meeting(doc.meeting_key)
        if doc.type == "minutes" and m.date.year == 2019:
            return f"{self.site.board_name} {m.date:%d.%m.%Y}"  # says what it is only through its heading
        return doc.title

    def _meeting_page(self, meeting_id: str) -> Response:
        m = next((mm for mm in self.site.meetings if mm.key == meeting_id), None)
        if m is None:
            other = next((r for day in {mm.date.replace(day=1) for mm in self.site.meetings}
                          for r in self._rows_of(day) if r[4] == meeting_id), None)
            if other is None and not meeting_id.isdigit():
                return not_found()
            return html_response(self._portal("Meeting details", "<p>No documents have been published.</p>"))
        status = "Cancelled" if m.cancelled else "Meeting held" if m.date < WORLD_NOW else "Scheduled"
        info = (f'<div class="holder"><div class="DNNLabel"><label><span>Committee:</span></label></div>'
                f'<div class="Value Committee">{escape(self.site.board_name)}</div></div>'
                f'<div class="holder"><div class="DNNLabel"><label><span>Date/Time:</span></label></div>'
                f'<div class="Value DateTime">{m.date.day} {m.date:%b %Y} - {m.time}</div></div>'
                f'<div class="holder"><div class="DNNLabel"><label><span>Status:</span></label></div>'
                f'<div class="Value Venue">{status}</div><div class="holder"><div class="DNNLabel"><label><span>'
                f'Venue:</span></label></div><div class="Value Venue">{escape(m.location)}</div></div></div>')
        docs = self.visible_documents(m)
        if not docs:
            return html_response(self._portal("Meeting details", info + "<p>No documents.</p>"))
        if m.date.year == 2019:  # papers under headings, direct files for reports and minutes
            sections = []
            for heading, kind in (("Agenda", "agenda"), ("Reports", "report"), ("Minutes", "minutes")):
                items = "".join(f"<li>{self._doc_link(d, False)}</li>" for d in docs if d.type == kind)
                if items:
                    sections.append(f"<h3>{heading}</h3><ul>{items}</ul>")
            content = info + "".join(sections)
        else:
            own = "".join(f'<li class="DocumentListItem">{self._doc_link(d, True)}</li>'
                          for d in docs if d.type in ("agenda", "minutes"))
            items = []
            for number, item in enumerate(m.items, start=1):
                reports = [d for d in docs if d.key in item.report_keys]
                lis = "".join(f'<li class="DocumentListItem">{self._doc_link(d, False)}</li>' for d in reports)
                items.append(f'<div class="AgendaItem"><span class="ItemNumber">{number}.</span> '
                             f'<span class="ItemTitle">{escape(item.title)}</span>'
                             + (f'<ul class="DocumentList">{lis}</ul>' if lis else "") + "</div>")
            content = (info + f'<div id="dnn_ctr{MID}_ViewMeetingPublic_cmisPdfDocuments_pnlDocuments" '
                       f'class="CmisDocumentList"><ol class="DocumentList">{own}</ol></div>'
                       f'<div class="AgendaItems">{"".join(items)}</div>')
        return html_response(self._portal("Meeting details", content))
