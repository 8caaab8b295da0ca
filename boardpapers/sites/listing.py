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

"One page per meeting" sites (Jadu and bespoke council pages: a board page with year accordions and
``?page=2``, each meeting on its own ``/info/<id>/<slug>/`` page holding its papers) declare those pages with
``meeting_link``: every paper on such a page belongs to that one meeting, dated from ``meeting_date_from``
(tried in order):
    "label"     a labelled field on the page: a details table row "Date | Tuesday 8 December 2020", a
                ``dt``/``dd`` pair or "Date: …" (labels matching ``date_label``)
    "heading"   the page's headings (h1–h3, the page title)
    "link"      the text of the link that led to the page ("Health and Wellbeing Board - 8 December 2020")
and, only when none gives a date, each paper's own ``date_from``.

Papers whose date cannot be read are not dropped: each becomes a meeting with date None keyed
``undated:<meeting page or paper URL>`` (status unknown), and a warning names it, so the paper is still archived
and searchable, the run summary and ``status`` list it, and an operator can add a rule for it.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from boardpapers.errors import ConfigError, FetchError
from boardpapers.models import Board, Discovery, DocumentRef, ListingRules, Meeting
from boardpapers.urls import file_stem
from boardpapers.sites.base import (
    SiteAdapter,
    canonical_url,
    clean_text,
    document_type,
    host_of,
    meeting_status,
    parse_uk_date,
    register,
    require_url,
    soup_of,
)

_DATE_FROM = ("text", "filename", "heading", "row", "url")  # where a listed paper's date may be read
_MEETING_DATE_FROM = ("label", "heading", "link")  # where a meeting page's date may be read
_RULE_KEYS = {f.name for f in dataclasses.fields(ListingRules)}


def listing_rules(rules, where: str) -> ListingRules:
    """A source entry's ``listing:`` mapping checked into ``ListingRules`` (``ConfigError`` naming ``where``)."""
    if isinstance(rules, ListingRules):
        return rules
    if not isinstance(rules, dict) or set(rules) - _RULE_KEYS:
        raise ConfigError(f"{where}: 'listing' keys must be among {', '.join(sorted(_RULE_KEYS))}")
    for key, allowed in (("date_from", _DATE_FROM), ("meeting_date_from", _MEETING_DATE_FROM)):
        if key in rules:
            chosen = [rules[key]] if isinstance(rules[key], str) else list(rules[key] or ())
            wrong = [v for v in chosen if v not in allowed]
            if wrong or not chosen:
                raise ConfigError(f"{where}: listing.{key} must list some of {', '.join(allowed)} "
                                  f"(got {rules[key]!r})")
            rules = {**rules, key: tuple(chosen)}
    for key in ("paper_link", "follow_link", "html_minutes_link", "meeting_link", "date_label"):
        if rules.get(key):
            try:
                re.compile(rules[key])
            except re.error as err:
                raise ConfigError(f"{where}: listing.{key} is not a valid pattern ({err})") from err
    return ListingRules(**rules)


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6", "caption", "dt", "summary", "button", "legend")


@dataclass
class FoundPaper:
    url: str
    title: str
    date: dt.date | None
    html_minutes: bool  # minutes published as an HTML page (fetched later as HTML)
    page_url: str
    meeting_page: bool = False  # found on a meeting's own page (all its papers are one meeting)


@dataclass
class ListingPage:
    papers: list[FoundPaper]
    follow: list[str]  # pages to visit next (allowed hosts only)
    off_site: list[str]  # follow / meeting links that point outside the allowed hosts (not visited)
    meetings: list[tuple[str, str]] = field(default_factory=list)  # (meeting page URL, the linking text)


def _matches(pattern: str | None, url: str, text: str) -> bool:
    if not pattern:
        return False
    return bool(re.search(pattern, url, re.IGNORECASE) or re.search(pattern, text, re.IGNORECASE))


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
            day = parse_uk_date(file_stem(url))
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
        is_meeting = not (is_paper or is_minutes_post) and _matches(rules.meeting_link, url, text)
        is_follow = not (is_paper or is_minutes_post or is_meeting) and _matches(rules.follow_link, url, text)
        if not (is_paper or is_minutes_post or is_follow or is_meeting):
            continue
        seen.add(url)
        if (is_follow or is_meeting) and host_of(url) not in allowed:
            page.off_site.append(url)  # a paper elsewhere is still reported (the pipeline records it skipped)
            continue
        if is_meeting:
            page.meetings.append((url, text))
            continue
        if is_follow:
            page.follow.append(url)
            continue
        title = text or file_stem(url) or url
        page.papers.append(FoundPaper(url, title, paper_date(link, url, text, rules.date_from),
                                      is_minutes_post, page_url))
    return page


def meeting_page_date(html: str, link_text: str, rules: ListingRules) -> dt.date | None:
    """The date of a meeting's own page, from the places ``rules.meeting_date_from`` names, in order."""
    soup = soup_of(html)
    for where in rules.meeting_date_from:
        if where == "link":
            day = parse_uk_date(link_text)
        elif where == "heading":
            day = next((d for d in (parse_uk_date(h.get_text(" ")) for h in soup.find_all(["title", "h1", "h2", "h3"]))
                        if d), None)
        else:
            day = _labelled_date(soup, rules.date_label)
        if day:
            return day
    return None


def _labelled_date(soup, label_pattern: str) -> dt.date | None:
    """A date in a labelled field: a table row (th/td label, then value), a dt/dd pair, or "Date: …" text."""
    label = re.compile(label_pattern, re.IGNORECASE)
    for cell in soup.find_all(["th", "td", "dt", "strong", "b", "span", "label"]):
        text = clean_text(cell.get_text(" ")).rstrip(":").strip()
        if not label.search(text):
            continue
        value = cell.find_next_sibling(["td", "dd", "span", "div"])
        day = parse_uk_date(value.get_text(" ")) if value is not None else None
        if day is None and cell.next_sibling is not None and isinstance(cell.next_sibling, str):
            day = parse_uk_date(cell.next_sibling)
        if day:
            return day
    return None


def group_into_meetings(source_id: str, papers: list[FoundPaper], today: dt.date | None = None) -> list[Meeting]:
    """One meeting per date (key = ISO date); undated papers of one meeting page are one meeting keyed by that
    page, any other undated paper is a meeting of its own keyed by its URL."""
    meetings: dict[str, Meeting] = {}
    for paper in papers:
        key = paper.date.isoformat() if paper.date else \
            f"undated:{paper.page_url if paper.meeting_page else paper.url}"
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
    config_keys = frozenset({"start_url", "listing"})

    @classmethod
    def configure(cls, values: dict, where: str) -> dict:
        require_url(values, "start_url", where)
        values["listing"] = listing_rules(values.get("listing") or {}, where)
        return values

    def discover(self, *, since: dt.date | None = None, until: dt.date | None = None) -> Discovery:
        rules = self.source.listing or ListingRules()
        start_url = canonical_url(self.source.entry_url)
        queue, visited = deque([(start_url, None)]), {start_url}  # (page, linking text of a meeting page)
        papers: dict[str, FoundPaper] = {}
        pages_read = 0
        while queue:
            url, meeting_text = queue.popleft()
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
            if meeting_text is not None:
                self._date_meeting_page(page, meeting_page_date(result.text, meeting_text, rules), url)
            if url == start_url and not page.papers and not page.follow and not page.meetings:
                raise self._changed(url, f"links matching listing.paper_link {rules.paper_link!r}"
                                         + (f" or listing.follow_link {rules.follow_link!r}" if rules.follow_link
                                            else ""))
            for off in page.off_site:
                self._warn(f"link to another host ignored: {off} (on {url}; add the host to allowed_hosts to "
                           f"follow it)")
            for paper in page.papers:
                known = papers.get(paper.url)
                # a meeting's own page says which meeting a paper belongs to better than a list elsewhere
                if known is None or (known.date is None and paper.date is not None) or \
                        (paper.meeting_page and not known.meeting_page and paper.date is not None):
                    papers[paper.url] = paper
            for follow, text in [(f, None) for f in page.follow] + page.meetings:
                if follow not in visited:
                    visited.add(follow)
                    queue.append((follow, text))

        if rules.meeting_link and pages_read and not any(p.meeting_page for p in papers.values()):
            self._warn(f"no meeting page matched listing.meeting_link {rules.meeting_link!r}")
        meetings = group_into_meetings(self.source.id, list(papers.values()))
        for meeting in meetings:
            if meeting.date is None:
                self._warn(f"no meeting date found for {meeting.documents[0].url} "
                           f"(tried {', '.join(rules.date_from)}); kept as an undated meeting")
        meetings = [m for m in meetings if m.date is None
                    or ((since is None or m.date >= since) and (until is None or m.date <= until))]
        board = Board(self.source.id, self.source.name, None, start_url)
        return self._discovery(board, meetings)

    def _date_meeting_page(self, page: ListingPage, day: dt.date | None, url: str) -> None:
        """Every paper on a meeting's own page belongs to that meeting and takes its date; when the page gives
        none, each paper keeps the date its own text gives (else it is reported undated)."""
        if day is None:
            rules = self.source.listing or ListingRules()
            self._warn(f"meeting page {url}: no date found (tried {', '.join(rules.meeting_date_from)}); its "
                       f"papers are dated by {', '.join(rules.date_from)} where they can be")
        for paper in page.papers:
            paper.meeting_page = True
            if day is not None:
                paper.date = day
