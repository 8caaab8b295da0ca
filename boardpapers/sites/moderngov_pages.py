"""ModernGov's pages and web-service answers read into model objects: pure functions, text in, objects out
(the fetching edge is ``moderngov.ModernGovAdapter``). A page that lacks its markers raises ``PageShapeError``."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from lxml import etree

from boardpapers.models import DocumentRef
from boardpapers.urls import file_stem
from boardpapers.sites.base import (
    canonical_url,
    clean_text,
    document_type,
    normalise_title,
    PageShapeError,
    parse_time,
    parse_uk_date,
    parse_uk_datetime,
    query_param,
    soup_of,
    status_word,
)

_DOCUMENT_HREF = re.compile(r"(/|^)documents/[sgbi]\d+/|mgConvert2PDF\.aspx|\.(pdf|docx?|xlsx?|pptx?|rtf|odt)(\?|$)",
                            re.IGNORECASE)
_MEETING_PAGE = re.compile(r"(ie|ce)ListDocuments\.aspx", re.IGNORECASE)


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
        out.append(MeetingStub(mid, day, time, status_word(row_text), canonical_url(href, page_url)))
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
    detail.status_raw = status_word(status_text)

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
