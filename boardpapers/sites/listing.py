"""A configured adapter for bespoke NHS / STP / council pages that list papers (no common platform).

``source.listing`` (ListingRules) says which links are papers (``paper_link``), which are minutes published
as HTML posts (``html_minutes_link``), which pages to follow (``follow_link``: year archives, pagination; same
hosts only, at most ``max_pages``) and where each paper's meeting date is written (``date_from``, tried in
order):
    "text"      the link text ("STP Board Minutes 16.10.2017 – Redacted")
    "filename"  the URL's file name ("GB-agenda-2019-03-18.pdf", "Papers_26_March_2019.pdf")
    "heading"   the row the link sits in (the "Date" cell of a Papers/Minutes table), else the nearest
                preceding heading (h1–h6, caption, dt, summary / accordion button): "one page per meeting"
                sites date their papers in the page heading
    "url"       anywhere in the URL (folder names like /2019-03-18/)
Papers are grouped into meetings by that date (meeting key = the ISO date).

Papers whose date cannot be read are not dropped: each becomes a meeting with date None keyed
``undated:<paper URL>`` (status unknown), and a warning names it, so the paper is still archived and searchable
and an operator can add a rule for it.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import deque
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from boardpapers.errors import FetchError
from boardpapers.models import Board, Discovery, DocumentRef, ListingRules, Meeting
from boardpapers.sites.base import (
    SiteAdapter,
    canonical_url,
    clean_text,
    document_type,
    host_of,
    meeting_status,
    parse_uk_date,
    register,
    soup_of,
)

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6", "caption", "dt", "summary", "button", "legend")


@dataclass
class FoundPaper:
    url: str
    title: str
    date: dt.date | None
    html_minutes: bool  # minutes published as an HTML page (fetched later as HTML)
    page_url: str


@dataclass
class ListingPage:
    papers: list[FoundPaper]
    follow: list[str]  # pages to visit next (allowed hosts only)
    off_site: list[str]  # paper / follow links that point outside the allowed hosts


def _matches(pattern: str | None, url: str, text: str) -> bool:
    if not pattern:
        return False
    return bool(re.search(pattern, url, re.IGNORECASE) or re.search(pattern, text, re.IGNORECASE))


def _file_name_words(url: str) -> str:
    name = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    return re.sub(r"\.[A-Za-z0-9]{2,4}$", "", name)


def _heading_date(link) -> dt.date | None:
    """The date of the table row the link is in, else of the nearest heading before it."""
    row = link.find_parent("tr")
    if row is not None:
        for cell in row.find_all(["td", "th"]):
            day = parse_uk_date(cell.get_text(" "))
            if day:
                return day
    # The nearest heading before the link; when it has no date, only its parent sections' headings (a higher
    # rank: h2 above h3) may date it, never an earlier sibling section's heading.
    rank_limit = 99
    for heading in link.find_all_previous(_HEADINGS, limit=50):
        rank = int(heading.name[1]) if re.fullmatch(r"h[1-6]", heading.name) else 7
        if rank >= rank_limit:
            continue
        day = parse_uk_date(heading.get_text(" "))
        if day:
            return day
        rank_limit = rank
    return None


def paper_date(link, url: str, text: str, order: tuple[str, ...]) -> dt.date | None:
    for where in order:
        if where == "text":
            day = parse_uk_date(text)
        elif where == "filename":
            day = parse_uk_date(_file_name_words(url))
        elif where == "url":
            day = parse_uk_date(unquote(urlsplit(url).path))
        elif where in ("heading", "row"):
            day = _heading_date(link)
        else:
            day = None
        if day:
            return day
    return None


def parse_listing_page(html: str, page_url: str, rules: ListingRules, allowed_hosts: tuple[str, ...]) -> ListingPage:
    """Papers, HTML minutes and pages to follow on one listing page, in page order."""
    soup = soup_of(html)
    allowed = {h.lower() for h in allowed_hosts}
    page = ListingPage([], [], [])
    seen = set()
    for link in soup.find_all("a", href=True):
        href = link["href"].strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        url = canonical_url(href, page_url)
        if url in seen or urlsplit(url).scheme not in ("http", "https"):
            continue
        text = clean_text(link.get_text(" ")) or clean_text(link.get("title") or "")
        is_minutes_post = _matches(rules.html_minutes_link, url, text)
        is_paper = not is_minutes_post and _matches(rules.paper_link, url, text)
        is_follow = not (is_paper or is_minutes_post) and _matches(rules.follow_link, url, text)
        if not (is_paper or is_minutes_post or is_follow):
            continue
        seen.add(url)
        if host_of(url) not in allowed:
            page.off_site.append(url)
            continue
        if is_follow:
            page.follow.append(url)
            continue
        title = text or _file_name_words(url) or url
        page.papers.append(FoundPaper(url, title, paper_date(link, url, text, rules.date_from),
                                      is_minutes_post, page_url))
    return page


def group_into_meetings(source_id: str, papers: list[FoundPaper], today: dt.date | None = None) -> list[Meeting]:
    """One meeting per date (key = ISO date); an undated paper is a meeting of its own keyed by its URL."""
    meetings: dict[str, Meeting] = {}
    for paper in papers:
        key = paper.date.isoformat() if paper.date else f"undated:{paper.url}"
        meeting = meetings.get(key)
        if meeting is None:
            meeting = meetings[key] = Meeting(
                source_id=source_id, key=key, date=paper.date,
                status=meeting_status(None, paper.date, today), url=paper.page_url)
        doc_type = "minutes" if paper.html_minutes else document_type(paper.title, paper.url, default="report")
        meeting.documents.append(DocumentRef(url=paper.url, title=paper.title, type=doc_type))
    return list(meetings.values())


# --- the adapter ----------------------------------------------------------------------------------------------


@register
class ListingAdapter(SiteAdapter):
    kind = "listing"

    def discover(self, *, since: dt.date | None = None, until: dt.date | None = None) -> Discovery:
        rules = self.source.listing or ListingRules()
        start_url = canonical_url(self.source.entry_url)
        queue, visited = deque([start_url]), {start_url}
        papers: dict[str, FoundPaper] = {}
        pages_read = 0
        while queue:
            url = queue.popleft()
            if pages_read >= rules.max_pages:
                self._warn(f"stopped after {rules.max_pages} listing pages (listing.max_pages); "
                           f"{len(queue) + 1} page(s) not visited, e.g. {url}")
                break
            try:
                result = self._get(url)
            except FetchError as err:
                if url == start_url:
                    raise  # an HTTP error on the entry page is the caller's to see
                self._warn(f"listing page not read: {err}")
                continue
            pages_read += 1
            page = parse_listing_page(result.text, result.url, rules, self.source.allowed_hosts)
            if url == start_url and not page.papers and not page.follow:
                raise self._changed(url, f"links matching listing.paper_link {rules.paper_link!r}"
                                         + (f" or listing.follow_link {rules.follow_link!r}" if rules.follow_link
                                            else ""))
            for off in page.off_site:
                self._warn(f"link to another host ignored: {off} (on {url}; add the host to allowed_hosts to "
                           f"follow it)")
            for paper in page.papers:
                known = papers.get(paper.url)
                if known is None or (known.date is None and paper.date is not None):
                    papers[paper.url] = paper
            for follow in page.follow:
                if follow not in visited:
                    visited.add(follow)
                    queue.append(follow)

        meetings = group_into_meetings(self.source.id, list(papers.values()))
        for meeting in meetings:
            if meeting.date is None:
                self._warn(f"no meeting date found for {meeting.documents[0].url} "
                           f"(tried {', '.join(rules.date_from)}); kept as an undated meeting")
        meetings = [m for m in meetings if m.date is None
                    or ((since is None or m.date >= since) and (until is None or m.date <= until))]
        board = Board(self.source.id, self.source.name, None, start_url)
        return self._discovery(board, meetings)
