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
