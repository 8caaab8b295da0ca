"""A bespoke NHS body site (WordPress-ish): a governing body page with the current year's papers in a table,
year archive pages (one paginated), combined paper packs, one set of minutes as an HTML post, and PDF links
whose dates sit in the link text, the file name or a heading. Sends ETag and Last-Modified; answers 304."""
from __future__ import annotations

import datetime as dt
import re
from html import escape

from boardpapers.samplesites.base import Request, Response, SiteApp, html_response, not_found, slug
from boardpapers.samplesites.world import WORLD_NOW, Document, SiteWorld, WorldMeeting

START = "/about-us/governing-body-meetings/"
POST_ID = 9622  # the WordPress post holding one set of minutes as HTML

LISTING_RULES = {
    "paper_link": r"/wp-content/uploads/.+\.pdf$",
    "follow_link": r"/about-us/governing-body-meetings/archive-\d{4}/(page/\d+/)?$",
    "html_minutes_link": r"[?&]p=\d+",
    "date_from": ["text", "filename", "heading"],
}


class ListingApp(SiteApp):
    kind = "listing"
    validators = ("etag", "last_modified")

    def __init__(self, site: SiteWorld):
        super().__init__(site)
        self.robots_disallow = ("/private/", "/wp-admin/")
        self.assign_paths()

    @property
    def base_path(self) -> str:
        return START

    def assign_paths(self) -> None:
        for m in self.site.meetings:
            iso = m.date.isoformat()
            for doc in m.documents:
                if doc.path:
                    continue
                folder = f"/wp-content/uploads/{doc.published:%Y/%m}/"
                if doc.layout == "html":
                    doc.path = f"/?p={POST_ID}"
                elif doc.type == "minutes":
                    doc.path = folder + f"GB-minutes-{iso}.pdf"
                elif doc.type == "agenda":
                    combined = getattr(doc, "options", "") == "combined"
                    doc.path = folder + (f"GB-papers-{iso}.pdf" if combined else f"GB-agenda-{iso}.pdf")
                else:
                    number = doc.key.rsplit("-", 1)[-1]
                    doc.path = folder + f"GB-{iso}-item-{number}-{slug(doc.title)}.pdf"

    def meeting_url(self, m: WorldMeeting) -> str:
        year = m.date.year
        return self.url(START if year == WORLD_NOW.year else f"{START}archive-{year}/")

    # --- link text, as the site writes it ---
    def _link_text(self, doc: Document, m: WorldMeeting) -> str:
        d = m.date
        if doc.type == "minutes":
            if doc.layout == "html":
                return f"Minutes of the Governing Body meeting held on {d.day} {d:%B %Y}"
            return f"Governing Body Minutes {d:%d.%m.%Y} \u2013 Redacted"
        if doc.type == "agenda":
            if getattr(doc, "options", "") == "combined":
                return doc.title
            return "Agenda"  # the date is in the file name and the row
        return doc.title

    def _link(self, doc: Document, m: WorldMeeting) -> str:
        return f'<a href="{escape(doc.path)}">{escape(self._link_text(doc, m))}</a>'

    # --- routing ---
    def route(self, request: Request) -> Response:
        path, q = request.path, request.query
        if path == "/" and q.get("p") == str(POST_ID):
            return self._post()
        if path == "/":
            return self._page("NHS Northmere and Eastwold CCG", f'<p><a href="{START}">Governing Body meetings</a></p>',
                              self._latest())
        if path.startswith("/wp-content/uploads/"):
            return self.serve_document(self.find_document(path))
        if path == START:
            return self._current()
        match = re.fullmatch(re.escape(START) + r"archive-(\d{4})/(?:page/(\d+)/)?", path)
        if match:
            return self._archive(int(match.group(1)), int(match.group(2) or 1))
        return not_found()

    def _page(self, title: str, content: str, modified: dt.datetime | None) -> Response:
        body = (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>{escape(title)} | NHS '
                f'Northmere and Eastwold CCG</title></head><body class="page-template-default"><header '
                f'class="site-header"><a href="/">NHS Northmere and Eastwold CCG</a><nav><a href="/about-us/">'
                f'About us</a> <a href="{START}">Governing Body</a> <a href="/wp-admin/">Staff login</a> '
                f'<a href="/private/board-only-papers/">Board members only</a></nav></header><main id="main" '
                f'class="site-main"><article><h1 class="entry-title">{escape(title)}</h1><div class="entry-content">'
                f'{content}</div></article></main><footer>&copy; NHS Northmere and Eastwold CCG</footer></body></html>')
        response = html_response(body)
        response.last_modified = modified.timestamp() if modified else None
        return response

    def _meetings(self, year: int) -> list[WorldMeeting]:
        return sorted((m for m in self.site.meetings if m.date.year == year), key=lambda m: m.date, reverse=True)

    def _latest(self, meetings: list[WorldMeeting] | None = None) -> dt.datetime | None:
        docs = [d for m in (meetings if meetings is not None else self.site.meetings) for d in self.visible_documents(m)]
        stamps = [d.last_modified for d in docs if d.last_modified]
        return max(stamps) if stamps else dt.datetime(2016, 1, 4, 9, 0, tzinfo=dt.timezone.utc)

    def _table(self, meetings: list[WorldMeeting]) -> str:
        rows = []
        for m in meetings:
            docs = self.visible_documents(m)
            papers = [d for d in docs if d.type != "minutes"]
            minutes = [d for d in docs if d.type == "minutes"]
            paper_cell = "<br>".join(self._link(d, m) for d in papers) or "Awaiting confirmation"
            minutes_cell = "<br>".join(self._link(d, m) for d in minutes) or "Awaiting confirmation"
            rows.append(f"<tr><td>{m.date.day} {m.date:%B %Y}</td><td>{paper_cell}</td><td>{minutes_cell}</td></tr>")
        return ('<table class="gb-papers"><thead><tr><th>Date</th><th>Papers</th><th>Minutes</th></tr></thead>'
                f'<tbody>{"".join(rows)}</tbody></table>')

    def _archive_links(self) -> str:
        years = sorted({m.date.year for m in self.site.meetings if m.date.year < WORLD_NOW.year}, reverse=True)
        return ('<h2>Archived papers</h2><ul class="archive-links">'
                + "".join(f'<li><a href="{START}archive-{y}/">Governing Body papers {y}</a></li>' for y in years)
                + "</ul>")

    def _current(self) -> Response:
        meetings = self._meetings(WORLD_NOW.year)
        content = (f"<h2>Current Governing Body papers</h2><p>Papers are published a week before each meeting. "
                   f"Minutes are published once approved at the following meeting.</p>{self._table(meetings)}"
                   + self._archive_links())
        return self._page("Governing Body meetings", content, self._latest(meetings))

    def _archive(self, year: int, page: int) -> Response:
        meetings = self._meetings(year)
        if not meetings:
            return not_found()
        if year >= 2018:
            content = self._table(meetings)
        else:
            # older archives (inherited from NHS Northmere CCG): a heading per meeting and a list of links
            if year == 2016:  # paginated: newest meeting on page 1, older ones on page 2
                meetings = meetings[:1] if page == 1 else meetings[1:]
            elif page != 1:
                return not_found()
            blocks = []
            for m in meetings:
                links = "".join(f"<li>{self._link(d, m)}</li>" for d in self.visible_documents(m))
                blocks.append(f"<h3>{m.date.day} {m.date:%B %Y}</h3><ul>{links}</ul>")
            content = "<p>Papers of NHS Northmere CCG, a predecessor of this CCG.</p>" + "".join(blocks)
            if year == 2016:
                content += ('<div class="nav-links">'
                            + (f'<a class="next page-numbers" href="{START}archive-2016/page/2/">Older papers</a>'
                               if page == 1 else f'<a class="prev page-numbers" href="{START}archive-2016/">Newer papers'
                                                 f'</a>') + "</div>")
        return self._page(f"Governing Body papers {year}" + (f" \u2013 Page {page}" if page > 1 else ""),
                          content + f'<p><a href="{START}">Back to Governing Body meetings</a></p>',
                          self._latest(meetings))

    def _post(self) -> Response:
        doc = next((d for d in self.site.documents() if d.layout == "html"), None)
        if doc is None or doc.withdrawn:
            return not_found()
        m = self.site.meeting(doc.meeting_key)
        paragraphs = []
        for block in doc.pages[0][1:]:
            tag = "h3" if block.style in ("h", "title") else "p"
            paragraphs.append(f"<{tag}>{escape(block.text)}</{tag}>")
        content = (f'<div class="post-meta">Posted on <time datetime="{doc.published.isoformat()}">'
                   f'{doc.published.day} {doc.published:%B %Y}</time></div>' + "".join(paragraphs))
        response = self._page(self._link_text(doc, m), content, doc.last_modified)
        body = response.body.replace(b'class="page-template-default"', f'class="post-{POST_ID} single"'.encode())
        response.body = body
        return response
