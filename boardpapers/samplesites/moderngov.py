# Over 400 lines on purpose: one sample ModernGov site whole, its web service and every page a real one serves.
"""A ModernGov (Civica modern.gov) council site: the web service (when switched on) and the HTML pages.

Markup follows reference section 1, including the generated-HTML quirks: ``<a  href=…>`` with two spaces,
``&#32;`` inside title attributes, ``&#47;`` in dates, parameter-case variation and varying page headings.
"""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from html import escape
from urllib.parse import quote

from boardpapers.samplesites.base import Request, Response, SiteApp, file_size_kb, html_response, not_found
from boardpapers.samplesites.world import Attendee, Block, Document, SiteWorld, WorldMeeting, long_date

PARTNER_PATH = "/board-papers/icb-report.pdf"  # a partner's paper, on the partner's host (ModernGovSpec.partner)
ATTENDANCE_WORDS = {"present": "Present", "apologies": "Apologies", "absent": "Absent",
                    "in_attendance": "In attendance", "substitute": "Present as substitute"}
OTHER_COMMITTEES = [(101, "Cabinet", "Executive"), (117, "Planning and Regulation Committee", "Regulatory"),
                    (128, "Adults and Health Scrutiny Committee", "Scrutiny"), (139, "Audit Committee", "Other")]


@dataclass(frozen=True)
class ModernGovSpec:
    """A ModernGov site the tests have never seen: a different path, committee, ids and file names."""

    path: str = "/democracy/"
    committee_id: int = 9001
    meeting_id_start: int = 70000
    name_style: str = "weekday"  # "ordinal": 18th-Apr-2019 ; "weekday": Wednesday 24-Jul-2024
    seed: int = 7
    key: str = "extra"
    source_id: str = "westholme-hwb"
    organisation: str = "Westholme District Council"
    board_name: str = "Health and Wellbeing Board"
    web_service: bool = True
    messy: bool = False
    refusal: str = "404"  # how a switched-off web service answers: "404" page, or "500" "Request format is unrecognized"
    partner: str = ""  # an origin one meeting links a partner's paper on (a host the source does not allow)
    years: tuple[int, ...] = (2015, 2016, 2017, 2018, 2019, 2020)


def _file_date(day: dt.date, style: str) -> str:
    if style == "weekday":
        return f"{day:%A} {day.day:02d}-{day:%b-%Y}"
    n = day.day
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}-{day:%b-%Y}"


def _time_24(text: str) -> str:
    """'2.00 pm' -> '14.00' as ModernGov writes it in file names."""
    clock, half = text.split()
    hour, minute = clock.split(".")
    hour_i = int(hour) % 12 + (12 if half == "pm" else 0)
    return f"{hour_i:02d}.{minute}"


def _xml(text: str | None) -> str:
    return escape(text or "", quote=False)


class ModernGovApp(SiteApp):
    kind = "moderngov"
    validators = ()  # ModernGov sends no ETag / Last-Modified on documents (as in reality)

    def __init__(self, site: SiteWorld, base_path: str = "/", web_service: bool = True, messy: bool = False,
                 name_style: str = "ordinal", refusal: str = "404", partner: str = ""):
        super().__init__(site)
        self.refusal, self.partner = refusal, partner
        meeting = self.partner_meeting() if partner else None
        if meeting is not None and not any(d.key.endswith("/partner-report") for d in meeting.documents):
            page = [Block("title", "Integrated Care Board report"), Block("text", "A partner's report.")]
            meeting.documents.append(Document(f"{site.source_id}/{meeting.key}/partner-report", site.key, meeting.key,
                                              "report", "Integrated Care Board report (partner website)",
                                              meeting.documents[0].published, [page], path=PARTNER_PATH))
        self._base = base_path if base_path.endswith("/") else base_path + "/"
        self.web_service = web_service
        self.messy = messy
        self.name_style = name_style
        self.robots_disallow = ("/private/", f"{self._base}mgConvert2PDF.aspx")
        self.assign_paths()

    @property
    def base_path(self) -> str:
        return self._base

    # --- document names ---
    def assign_paths(self) -> None:
        rng = random.Random(f"paths:{self.site.key}")
        attachment = 40000 + self.site.committee_id * 7
        for meeting in self.site.meetings:
            stamp = f"{_file_date(meeting.date, self.name_style)} {_time_24(meeting.time)}"
            for doc in meeting.documents:
                if doc.path:
                    continue
                attachment += rng.randint(1, 40)
                doc.site_id = str(attachment)
                if doc.key.endswith("/pack"):
                    name = f"documents/g{meeting.key}/Public reports pack {stamp} {self.site.board_name}.pdf"
                    query = "?T=10"
                elif doc.type == "agenda":
                    name = f"documents/g{meeting.key}/Agenda frontsheet {stamp} {self.site.board_name}.pdf"
                    query = "?T=0"
                elif doc.type == "minutes":
                    name = f"documents/g{meeting.key}/Printed minutes {stamp} {self.site.board_name}.pdf"
                    query = "?T=1"
                else:
                    title = doc.title.replace(" - WITHDRAWN", "").replace("'", "")
                    name = f"documents/s{attachment}/{title}.pdf"
                    query = ""
                doc.path = self._base + quote(name) + query
                # links elsewhere spell it with '+' or raw spaces; all name the same file
                doc.link_hrefs = [self._base + name.replace(" ", "+") + query, self._base + name + query]

    def href(self, doc: Document, index: int = 0) -> str:
        """The URL as this site writes it in its pages (relative to the base)."""
        if not self.messy:
            return doc.path[len(self._base):]
        return [doc.path, doc.link_hrefs[0], doc.link_hrefs[1]][index % 3][len(self._base):]

    def meeting_url(self, meeting: WorldMeeting) -> str:
        return self.url(f"{self._base}ieListDocuments.aspx?CId={self.site.committee_id}&MId={meeting.key}&Ver=4")

    # --- routing ---
    def route(self, request: Request) -> Response:
        path = request.path
        if not path.startswith(self._base):
            if path == "/":
                return html_response(self._chrome("Welcome", f'<p><a href="{self._base}mgListCommittees.aspx">'
                                                             "Committees</a></p>"))
            return not_found()
        page = path[len(self._base):]
        q = request.query
        if page.startswith("mgWebService.asmx/"):
            if not self.web_service:
                return self._service_off()
            return self._web_service(page.split("/", 1)[1], q)
        if page.startswith("documents/"):
            return self.serve_document(self.find_document(path))
        handlers = {
            "": self._home, "mgListCommittees.aspx": self._committees, "mgCommitteeDetails.aspx": self._committee,
            "ieListMeetings.aspx": self._meetings, "ieListDocuments.aspx": self._meeting_page,
            "CeListDocuments.aspx": self._meeting_page, "mgMeetingAttendance.aspx": self._attendance,
            "mgAi.aspx": self._item, "mgRss.aspx": self._rss, "mgUserInfo.aspx": self._user,
            "mgConvert2PDF.aspx": self._convert,
        }
        handler = handlers.get(page) or handlers.get(next((k for k in handlers if k.lower() == page.lower()), ""))
        if handler is None or (page == "" and path != self._base):
            return not_found()
        return handler(q)

    def _service_off(self) -> Response:
        if self.refusal == "500":  # ASP.NET with the service's HTTP GET protocol switched off
            return Response(500, b"System.InvalidOperationException: Request format is unrecognized for URL "
                                 b"unexpectedly ending in '/GetCommittees'.", "text/plain; charset=utf-8",
                            cacheable=False)
        body = ("<html><head><title>The resource cannot be found.</title></head><body><h1>Server Error in '/' "
                "Application.</h1><h2><i>The resource cannot be found.</i></h2><p><b>Description: </b>HTTP 404. "
                "The resource you are looking for (or one of its dependencies) could have been removed.</p>"
                "</body></html>")
        return Response(404, body.encode(), cacheable=False)

    def _meeting_for(self, q: dict) -> WorldMeeting | None:
        key = q.get("mid") or q.get("meetingid") or q.get("id") or ""
        return next((m for m in self.site.meetings if m.key == key.strip()), None)

    # --- web service ---
    def _web_service(self, operation: str, q: dict) -> Response:
        op = operation.lower()
        if op == "getcommittees":
            rows = [(self.site.committee_id, self.site.board_name, "Partnership", False)] + [
                (c, t, cat, False) for c, t, cat in OTHER_COMMITTEES] + [
                (self.site.committee_id - 40, f"Shadow {self.site.board_name}", "Partnership", True)]
            body = "".join(
                f"<committee><committeeid>{cid}</committeeid><committeetitle>{_xml(title)}</committeetitle>"
                f"<committeedeleted>False</committeedeleted><committeeexpired>{expired}</committeeexpired>"
                f"<committeecategory>{cat}</committeecategory></committee>" for cid, title, cat, expired in rows)
            return self._xml_response(f"<committees>{body}</committees>")
        if op == "getmeetings":
            try:
                cid = int(q.get("lcommitteeid", ""))
                start = dt.datetime.strptime(q.get("sfromdate", "01/01/1990"), "%d/%m/%Y").date()
                end = dt.datetime.strptime(q.get("stodate", "31/12/2099"), "%d/%m/%Y").date()
            except ValueError:
                return self._xml_error("Invalid parameters")
            meetings = [m for m in self.site.meetings if start <= m.date <= end] if cid == self.site.committee_id else []
            body = "".join(
                f"<meeting><meetingid>{m.key}</meetingid><meetingdate>{m.date:%d/%m/%Y}</meetingdate>"
                f"<meetingtime>{m.time}</meetingtime><meetingstatus>{'Cancelled' if m.cancelled else 'Confirmed'}"
                f"</meetingstatus><meetingurl>{_xml(self.meeting_url(m))}</meetingurl></meeting>" for m in meetings)
            return self._xml_response(
                f"<getmeetings><committee><committeeid>{cid}</committeeid><committeetitle>"
                f"{_xml(self.site.board_name if cid == self.site.committee_id else '')}</committeetitle>"
                f"<committeemeetings>{body}</committeemeetings></committee></getmeetings>")
        if op == "getmeeting":
            meeting = self._meeting_for({"mid": q.get("lmeetingid", "")})
            if meeting is None:
                return self._xml_error("Meeting not found")
            return self._xml_response(self._meeting_xml(meeting))
        if op == "getattachment":
            doc = next((d for d in self.site.documents() if d.site_id == q.get("lattachmentid")), None)
            return self.serve_document(doc)
        return self._xml_error(f"Unknown web method {operation}")

    def _xml_response(self, body: str) -> Response:
        text = '<?xml version="1.0" encoding="utf-8"?>\n' + body
        return Response(200, text.encode("utf-8"), "text/xml; charset=utf-8")

    def _xml_error(self, message: str) -> Response:
        return Response(500, f"<?xml version=\"1.0\"?><error>{_xml(message)}</error>".encode(),
                        "text/xml; charset=utf-8", cacheable=False)

    def _linkeddoc(self, doc: Document, owner: str) -> str:
        return (f"<linkeddoc><attachmentid>{doc.site_id}</attachmentid><title>{_xml(doc.title)}</title>"
                f"<url>{_xml(self.url(doc.path))}</url><publicationdate>{doc.published:%d/%m/%Y}</publicationdate>"
                f"<ownertitle>{_xml(owner)}</ownertitle></linkeddoc>")

    def _meeting_xml(self, m: WorldMeeting) -> str:
        docs = {d.key: d for d in self.visible_documents(m)}
        items = []
        for item in m.items:
            linked = "".join(self._linkeddoc(docs[k], item.title) for k in item.report_keys if k in docs)
            agenda_html = _word_html([item.agenda_text]) if item.agenda_text else ""
            minutes_html = _word_html(item.minutes + item.decision_lines()) if m.minutes_published else ""
            items.append(
                f"<agendaitem><agendaitemid>{item.item_id}</agendaitemid><agendaitemtitle>{_xml(item.title)}"
                f"</agendaitemtitle><agendaitemnumber>{item.internal_number}</agendaitemnumber>"
                f"<fulldisplaynumberformat>{_xml(item.number)}</fulldisplaynumberformat>"
                f"<agendatext>{_xml(agenda_html)}</agendatext>"
                f"<minutesnonemptyhtmlbody>{_xml(minutes_html)}</minutesnonemptyhtmlbody>"
                f"<linkeddocuments>{linked}</linkeddocuments></agendaitem>")
        meeting_docs = "".join(self._linkeddoc(d, self.site.board_name) for d in docs.values()
                               if d.type in ("agenda", "minutes"))
        attendees = "".join(self._attendee_xml(a, m) for a in m.attendees)
        return (f"<getmeeting><meeting><meetingid>{m.key}</meetingid><committeeid>{self.site.committee_id}"
                f"</committeeid><committeetitle>{_xml(self.site.board_name)}</committeetitle>"
                f"<meetingdate>{m.date:%d/%m/%Y}</meetingdate><meetingtime>{m.time}</meetingtime>"
                f"<meetingstatus>{'Cancelled' if m.cancelled else 'Confirmed'}</meetingstatus>"
                f"<meetinglocation>{_xml(m.location)}</meetinglocation>"
                f"<agendapublished>{bool(docs) and not m.cancelled}</agendapublished>"
                f"<minutepublished>{m.minutes_published}</minutepublished>"
                f"<meetingdocuments>{meeting_docs}</meetingdocuments>"
                f"<agendaitems>{''.join(items)}</agendaitems><attendees>{attendees}</attendees>"
                f"</meeting></getmeeting>")

    def _attendance_word(self, a: Attendee, m: WorldMeeting) -> str:
        if a.status == "present" and m.date >= dt.date(2020, 4, 1):
            return "Present virtual"  # lockdown-era remote meetings
        return ATTENDANCE_WORDS[a.status]

    def _attendee_xml(self, a: Attendee, m: WorldMeeting) -> str:
        party = ' politicalparty="Independent"' if a.councillor else ' politicalparty=""'
        keyposts = f"{a.role}, {a.organisation}"
        comment = f"Substitute for {a.substitute_for}" if a.substitute_for else ""
        return (f'<attendee memberid="{a.person.pid}" name="{escape(a.name)}" roledescription="'
                f'{escape(a.roledescription)}" attendance="{self._attendance_word(a, m)}"{party} ward="" '
                f'keyposts="{escape(keyposts)}" attendancecomment="{escape(comment)}">'
                f"<url>{_xml(self.url(self._base + f'mgUserInfo.aspx?UID={a.person.pid}'))}</url></attendee>")

    # --- HTML pages ---
    def _a(self, href: str, text: str, title: str | None = None, cls: str | None = None) -> str:
        sp = "  " if self.messy else " "
        attrs = f'{sp}href="{escape(href)}"'
        if title:
            attrs += f' title="{escape(title).replace(" ", "&#32;") if self.messy else escape(title)}"'
        if cls:
            attrs += f' class="{cls}"'
        return f"<a{attrs}>{text}</a>"

    def _chrome(self, title: str, content: str, subtitle: str = "") -> str:
        sub = f'<h2 class="mgSubTitleTxt">{escape(subtitle)}</h2>' if subtitle else ""
        return (f"<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{escape(title)} - "
                f"{escape(self.site.organisation)}</title><link rel=\"stylesheet\" href=\"{self._base}SiteSpecific/"
                f"ssMgStyles.css\"></head><body><div id=\"header\"><a href=\"/\">{escape(self.site.organisation)}"
                f"</a> <a href=\"/private/members/\">Councillors' extranet</a></div><div id=\"modgov\">"
                f"<div class=\"mgLinks\"><a href=\"{self._base}mgListCommittees.aspx\">Committees</a></div>"
                f"<h1 class=\"mgMainTitleTxt\">{escape(title)}</h1>{sub}<div class=\"mgContent\">{content}</div>"
                f"</div><div id=\"footer\">Powered by modern.gov</div></body></html>")

    def _home(self, q: dict) -> Response:
        return html_response(self._chrome("Browse meetings", f'<ul class="mgBulletList"><li>{self._a(f"mgCommitteeDetails.aspx?ID={self.site.committee_id}", escape(self.site.board_name))}</li></ul>'))

    def _committees(self, q: dict) -> Response:
        rows = [(self.site.committee_id, self.site.board_name)] + [(c, t) for c, t, _ in OTHER_COMMITTEES]
        links = "".join(f"<li>{self._a(f'mgCommitteeDetails.aspx?ID={c}', escape(t))}</li>" for c, t in rows)
        return html_response(self._chrome("Committee structure", f'<ul class="mgBulletList">{links}</ul>'))

    def _committee(self, q: dict) -> Response:
        if q.get("id") != str(self.site.committee_id):
            return html_response(self._chrome("Committee details", "<p>No meetings are published for this "
                                                                   "committee.</p>"))
        cid = self.site.committee_id
        content = (f"<p>The {escape(self.site.board_name)} brings together the council, the NHS and partners.</p>"
                   f'<ul class="mgActionList"><li>{self._a(f"ieListMeetings.aspx?CId={cid}&Year=0", "Browse meetings and agendas for this committee")}</li>'
                   f'<li>{self._a(f"mgRss.aspx?CID={cid}", "RSS feed for this committee")}</li></ul>')
        return html_response(self._chrome(f"Committee details - {self.site.board_name}", content))

    def _meeting_link(self, m: WorldMeeting, index: int) -> str:
        cid = self.site.committee_id
        if not self.messy:
            return f"ieListDocuments.aspx?CId={cid}&MId={m.key}&Ver=4"
        forms = [f"ieListDocuments.aspx?CId={cid}&MId={m.key}&Ver=4", f"ieListDocuments.aspx?CId={cid}&MID={m.key}",
                 f"ieListDocuments.aspx?MId={m.key}&Ver=4"]
        if index == 1:  # one old-style link survives from the previous version of the site
            return f"CeListDocuments.aspx?CommitteeId={cid}&MeetingId={m.key}"
        return forms[index % 3]

    def _meetings(self, q: dict) -> Response:
        cid = q.get("cid") or q.get("committeeid")
        if cid != str(self.site.committee_id):
            return html_response(self._chrome("Meetings", "<p>There are no meetings to display.</p>"))
        year = q.get("year", "0")
        meetings = sorted(self.site.meetings, key=lambda m: m.date, reverse=True)
        if year not in ("", "0"):
            meetings = [m for m in meetings if str(m.date.year) == year]
        items = []
        for i, m in enumerate(meetings):
            title_date = f"{m.date:%d/%m/%Y}".replace("/", "&#47;") if self.messy else f"{m.date:%d/%m/%Y}"
            text = f"{m.date.day} {m.date:%b %Y}&nbsp;{m.time}" + (" CANCELLED" if m.cancelled else "")
            sp = "  " if self.messy else " "
            title = f"Meeting of {self.site.board_name}, {title_date} {m.time}"
            if self.messy:
                title = escape(title).replace(" ", "&#32;").replace("&amp;#47;", "&#47;")
            else:
                title = escape(title)
            items.append(f'<li><a{sp}href="{escape(self._meeting_link(m, i))}" class="mgMeetingTableLnk" '
                         f'title="{title}">{text}</a></li>')
        years = "".join(f"<li>{self._a(f'ieListMeetings.aspx?CId={cid}&Year={y}', str(y))}</li>"
                        for y in sorted({m.date.year for m in self.site.meetings}, reverse=True))
        content = (f'<ul class="mgNonBulletTableList">{"".join(items)}</ul>'
                   f'<h2 class="mgSubSubTitleTxt">Previous years</h2><ul class="mgBulletList">{years}</ul>')
        return html_response(self._chrome(f"{self.site.board_name} - Meetings", content))

    def _subtitle(self, m: WorldMeeting) -> str:
        style = "ordinal" if (not self.messy or m.date.year < 2019) else "plain"
        return f"{self.site.board_name} - {long_date(m.date, style)} {m.time}"

    def _heading(self, m: WorldMeeting, index: int) -> str:
        if m.cancelled or not m.minutes_published:
            return "Agenda"
        if not self.messy:
            return "Agenda and minutes"
        return ["Agenda and minutes", "Agenda and draft minutes", "Agenda, decisions and minutes"][index % 3]

    def _doc_li(self, doc: Document, index: int) -> str:
        size = f'<span class="mgFileSize">PDF {file_size_kb(doc, self.site.organisation)} KB</span>'
        if doc.withdrawn_initially:
            size = '<span class="mgFileSize">PDF 87 KB</span>'
        return (f'<li>{self._a(self.href(doc, index), escape(doc.title), title=f"Link to download document {doc.title}")}'
                f" {size}</li>")

    def _meeting_page(self, q: dict) -> Response:
        m = self._meeting_for(q)
        if m is None:
            return not_found()
        index = self.site.meetings.index(m)
        docs = {d.key: d for d in self.visible_documents(m)}
        parts = [f'<div class="mgMeetingVenue"><span class="mgLabel">Venue: </span>{escape(m.location)}</div>',
                 '<div class="mgContactDetails"><span class="mgLabel">Contact: </span>Democratic Services</div>']
        if m.cancelled:
            parts.append('<p class="mgMeetingStatus">This meeting has been cancelled.</p>')
        else:
            parts.append(f'<p>{self._a(f"mgMeetingAttendance.aspx?ID={m.key}", "Attendance details")}</p>')
            minutes = m.doc("minutes")
            if self.messy and minutes is not None and not minutes.withdrawn:
                # a printable-version link into a path robots.txt disallows: a polite crawler skips it
                parts.append(f'<p>{self._a(f"mgConvert2PDF.aspx?ID={minutes.site_id}", "Printed minutes (PDF)")}</p>')
        meeting_docs = [d for d in docs.values() if d.type in ("agenda", "minutes")]
        if meeting_docs:
            partner = "".join(f'<li>{self._a(self.url(d.path), escape(d.title))}</li>' for d in docs.values()
                              if d.path == PARTNER_PATH)
            parts.append('<h2 class="mgSubSubTitleTxt">Meeting documents</h2><ul class="mgBulletList">'
                         + "".join(self._doc_li(d, i + index) for i, d in enumerate(meeting_docs)) + partner + "</ul>")
        rows = []
        for i, item in enumerate(m.items):
            reports = [docs[k] for k in item.report_keys if k in docs]
            cell = (f'<p class="mgAiTitleTxt">{self._a(f"mgAi.aspx?ID={item.item_id}", escape(item.title), cls="mgAiTitleLnk")}</p>')
            if item.agenda_text:
                cell += f'<div class="mgWordPara"><p class="MsoNormal">{escape(item.agenda_text)}</p></div>'
            if reports:
                cell += '<ul class="mgBulletList">' + "".join(self._doc_li(d, i) for d in reports) + "</ul>"
            if m.minutes_published and (item.minutes or item.decisions):
                label = "Decision:" if (self.messy and index % 3 == 2) else "Minutes:"
                body = "".join(f'<p class="MsoNormal">{escape(p)}</p>' for p in item.minutes + item.decision_lines())
                cell += f'<p class="mgSubItemTitleTxt">{label}</p><div class="mgWordPara">{body}</div>'
            rows.append(f'<tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">{escape(item.number)}</p></td>'
                        f"<td>{cell}</td></tr>")
        if rows:
            parts.append(f'<table class="mgItemTable" id="mgItemTable">{"".join(rows)}</table>')
        return html_response(self._chrome(self._heading(m, index), "".join(parts), subtitle=self._subtitle(m)))

    def partner_meeting(self) -> WorldMeeting | None:
        """The meeting whose page also links a partner's paper (on a host the source does not allow)."""
        return next((m for m in self.site.meetings if m.documents and not m.cancelled), None)

    def url(self, path: str) -> str:
        return (self.partner if path == PARTNER_PATH else self.origin) + path

    def _attendance(self, q: dict) -> Response:
        m = self._meeting_for({"mid": q.get("id", "")})
        if m is None:
            return not_found()
        rows = "".join(
            f"<tr><td>{self._a(f'mgUserInfo.aspx?UID={a.person.pid}', escape(self._attendee_label(a)))}</td>"
            f"<td>{escape(a.roledescription)}</td><td>{self._attendance_word(a, m)}</td>"
            f"<td>{escape('Substitute for ' + a.substitute_for if a.substitute_for else '')}</td></tr>"
            for a in m.attendees)
        table = (f'<table class="mgStatsTable" summary="Table of meeting attendance"><thead><tr><th>Attendee</th>'
                 f"<th>Role</th><th>Attendance</th><th>Attendance comment</th></tr></thead><tbody>{rows}</tbody></table>")
        if not m.attendees:
            table = "<p>There are no attendance details for this meeting.</p>"
        return html_response(self._chrome("Attendance details", table, subtitle=self._subtitle(m)))

    def _attendee_label(self, a: Attendee) -> str:
        """Some councils name external members with their body in brackets; councillors never."""
        if self.messy and not a.councillor:
            return f"{a.name} ({a.organisation})"
        return a.name

    def _item(self, q: dict) -> Response:
        for m in self.site.meetings:
            for item in m.items:
                if str(item.item_id) == q.get("id"):
                    docs = {d.key: d for d in self.visible_documents(m)}
                    links = "".join(self._doc_li(docs[k], 0) for k in item.report_keys if k in docs)
                    body = f'<div class="mgWordPara"><p class="MsoNormal">{escape(item.agenda_text)}</p></div>'
                    if m.minutes_published:
                        body += '<p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara">' + "".join(
                            f"<p>{escape(p)}</p>" for p in item.minutes + item.decision_lines()) + "</div>"
                    back = self._a(self._meeting_link(m, 0), "Back to meeting")
                    return html_response(self._chrome(f"Issue - items at meetings - {item.title}",
                                                      body + f'<ul class="mgBulletList">{links}</ul><p>{back}</p>',
                                                      subtitle=self._subtitle(m)))
        return not_found()

    def _rss(self, q: dict) -> Response:
        if q.get("cid") != str(self.site.committee_id):
            return not_found()
        items = "".join(
            f"<item><title>{_xml(self.site.board_name)}, {m.date.day} {m.date:%B %Y} {m.time}</title>"
            f"<link>{_xml(self.meeting_url(m))}</link><pubDate>{m.date:%a, %d %b %Y} 09:00:00 GMT</pubDate>"
            f"<guid>{_xml(self.meeting_url(m))}</guid></item>"
            for m in sorted(self.site.meetings, key=lambda m: m.date, reverse=True))
        body = (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>'
                f"{_xml(self.site.board_name)}</title><link>{_xml(self.entry_url())}</link><description>Meetings"
                f"</description>{items}</channel></rss>")
        return Response(200, body.encode(), "application/rss+xml; charset=utf-8")

    def _user(self, q: dict) -> Response:
        for m in self.site.meetings:
            for a in m.attendees:
                if str(a.person.pid) == q.get("uid"):
                    return html_response(self._chrome(a.name, f"<p>{escape(a.role)}, {escape(a.organisation)}</p>"))
        return not_found()

    def _convert(self, q: dict) -> Response:
        doc = next((d for d in self.site.documents() if d.site_id == q.get("id")), None)
        return self.serve_document(doc)


def _word_html(paragraphs: list[str]) -> str:
    """Minutes and agenda text as Word saves it into ModernGov."""
    body = "".join(f'<p class="MsoNormal" style="margin-bottom:0cm">{escape(p)}<o:p></o:p></p>' for p in paragraphs)
    return f'<div class="WordSection1">{body}</div>'
