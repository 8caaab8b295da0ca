"""A council site on Jadu CMS, crawled as ``kind: listing`` (modelled on the Jadu shapes real-sources.md and
uk-meeting-sites.md §3 describe: ``/info/<id>/<slug>`` pages, ``/downloads/file/<id>/<slug>`` papers, year
accordions and ``?page=2`` on the board page, one page per meeting holding its papers).

Each meeting page dates itself in one of three ways, as such sites do: a details table ("Date | Tuesday 8
December 2020"), its heading, or only the link that leads to it. One paper sits under a path robots.txt
forbids, and one meeting links a partner's paper on another site: both are listed papers a polite crawler
leaves alone. Sends Last-Modified on papers."""
from __future__ import annotations

from html import escape

from boardpapers.samplesites.base import Request, Response, SiteApp, html_response, not_found, slug
from boardpapers.samplesites.world import Block, Document, SiteWorld, WorldMeeting

BOARD = "/info/20012/health_and_wellbeing_board"
RESTRICTED = "/downloads/restricted/"

LISTING_RULES = {
    "paper_link": r"/downloads/|\.pdf$",
    "follow_link": r"/info/20012/health_and_wellbeing_board/?\?page=\d+$",
    "meeting_link": r"/info/20012/health_and_wellbeing_board/\d+/",
    "meeting_date_from": ["label", "heading", "link"],
}


class JaduApp(SiteApp):
    kind = "listing"
    validators = ("last_modified",)

    def __init__(self, site: SiteWorld, partner: str = ""):
        super().__init__(site)
        self.partner = partner  # origin of a partner's site that one meeting links a paper on
        self.robots_disallow = ("/private/", RESTRICTED)
        self._add_special_papers()
        self.assign_paths()

    @property
    def base_path(self) -> str:
        return BOARD

    def _add_special_papers(self) -> None:
        held = [m for m in self.site.meetings if m.documents]
        first, second = held[0], held[1]
        if not any(d.key.endswith("/members-briefing") for d in first.documents):
            page = [Block("title", "Members' briefing"), Block("text", "Briefing for board members.")]
            first.documents.append(Document(f"{self.site.source_id}/{first.key}/members-briefing", self.site.key,
                                            first.key, "report", "Members' briefing (restricted)",
                                            first.documents[0].published, [page]))
            first.documents[-1].last_modified = first.documents[0].last_modified
        if not any(d.key.endswith("/partner-report") for d in second.documents):
            page = [Block("title", "ICB report"), Block("text", "A partner's report.")]
            second.documents.append(Document(f"{self.site.source_id}/{second.key}/partner-report", self.site.key,
                                             second.key, "report", "Integrated Care Board report (on the ICB's "
                                             "website)", second.documents[0].published, [page]))

    def assign_paths(self) -> None:
        number = 4100
        for m in self.site.meetings:
            for doc in m.documents:
                number += 7
                if doc.path:
                    continue
                if doc.key.endswith("/partner-report"):
                    doc.path = "/board-papers/partner-report.pdf"  # on the partner's host (see url_of)
                elif doc.key.endswith("/members-briefing"):
                    doc.path = f"{RESTRICTED}{number}/{slug(doc.title, '_', 50)}"
                else:
                    doc.path = f"/downloads/file/{number}/{slug(doc.title, '_', 50)}"

    def url(self, path: str) -> str:
        if path == "/board-papers/partner-report.pdf":
            return self.partner + path
        return self.origin + path

    def meeting_page(self, m: WorldMeeting) -> str:
        name = slug(f"{self.site.board_name} {m.date:%d %B %Y}", "_", 50)
        return f"{BOARD}/{2300 + self.site.meetings.index(m)}/{name}"

    def meeting_url(self, m: WorldMeeting) -> str:
        return self.url(self.meeting_page(m))

    def _style(self, m: WorldMeeting) -> str:
        """How this meeting's page gives its date: label | heading | link (only the link that led here)."""
        return ("label", "heading", "link")[self.site.meetings.index(m) % 3]

    # --- routing ---
    def route(self, request: Request) -> Response:
        path = request.path.rstrip("/")
        if path == BOARD:
            return self._board(int(request.query.get("page", "1") or 1))
        if path.startswith("/downloads/file/") or path.startswith(RESTRICTED.rstrip("/")):
            return self.serve_document(next((d for d in self.site.documents() if d.path == path), None))
        for m in self.site.meetings:
            if self.meeting_page(m) == path:
                return self._meeting(m)
        return not_found()

    def _page(self, title: str, content: str) -> str:
        return (f'<!DOCTYPE html><html lang="en"><head><title>{escape(title)} | {escape(self.site.organisation)}'
                f'</title></head><body><header><a href="/">{escape(self.site.organisation)}</a><nav><a href="/info/'
                f'20001/council_and_democracy">Council and democracy</a> <a href="/private/members">Members</a></nav>'
                f'</header><main id="content"><nav class="breadcrumb"><a href="{BOARD}">{escape(self.site.board_name)}'
                f'</a></nav><h1>{escape(title)}</h1>{content}</main><footer>Powered by Jadu</footer></body></html>')

    def _link_text(self, m: WorldMeeting) -> str:
        if self._style(m) == "heading":
            return f"{self.site.board_name} meeting"  # no date: the page's heading has it
        return f"{self.site.board_name} - {m.date.day} {m.date:%B %Y}"

    def _board(self, page: int) -> Response:
        meetings = sorted(self.site.meetings, key=lambda m: m.date, reverse=True)
        per_page = 3
        chunk = meetings[(page - 1) * per_page: page * per_page]
        if not chunk:
            return not_found()
        years = []
        for year in sorted({m.date.year for m in chunk}, reverse=True):
            links = "".join(f'<li><a href="{self.meeting_page(m)}">{escape(self._link_text(m))}</a></li>'
                            for m in chunk if m.date.year == year)
            years.append(f'<div class="accordion"><h3 class="accordion__title"><button class="accordion__button" '
                         f'aria-expanded="false">{year} meetings</button></h3><div class="accordion__panel" hidden>'
                         f'<ul class="list">{links}</ul></div></div>')
        pages = len(meetings) // per_page + (1 if len(meetings) % per_page else 0)
        pager = "".join(f'<li><a href="{BOARD}?page={n}">{n}</a></li>' if n != page else f"<li>{n}</li>"
                        for n in range(1, pages + 1))
        content = (f"<p>The {escape(self.site.board_name)} brings the council, the NHS and partners together.</p>"
                   f'<h2>Meetings</h2>{"".join(years)}<ul class="pagination">{pager}</ul>')
        return html_response(self._page(self.site.board_name, content))

    def _meeting(self, m: WorldMeeting) -> Response:
        style = self._style(m)
        title = f"{self.site.board_name}: {m.date:%A} {m.date.day} {m.date:%B %Y}" if style == "heading" else \
            f"{self.site.board_name} meeting"
        details = ""
        if style == "label":
            details = (f'<table class="meeting-details"><tr><th scope="row">Date</th><td>{m.date:%A} {m.date.day} '
                       f'{m.date:%B %Y}</td></tr><tr><th scope="row">Time</th><td>{escape(m.time)}</td></tr>'
                       f'<tr><th scope="row">Venue</th><td>{escape(m.location)}</td></tr></table>')
        docs = self.visible_documents(m)
        links = "".join(f'<li><a href="{escape(self.url(d.path) if d.path.startswith("/board") else d.path)}">'
                        f"{escape(d.title)}</a></li>" for d in docs)
        body = details + (f'<h2>Meeting papers</h2><ul class="download-list">{links}</ul>' if links else
                          "<p>Papers will be published a week before the meeting.</p>")
        if m.cancelled:
            body = details + "<p>This meeting has been cancelled.</p>"
        return html_response(self._page(title, body))
