"""ModernGov's structured attendance: GetMeeting attendee elements and the mgMeetingAttendance table."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup
from lxml import etree

from boardpapers.models import AttendanceRecord

from ..names import split_name
from ..organisations import Gazetteer
from .records import _link, _org_in, _qualifier_label
from .vocab import MODERNGOV_STATUS, _QUALIFIER_RE
from .wording import _COMMENT_SUBSTITUTE


def attendance_from_moderngov_attendees(xml_or_elements, gazetteer: Gazetteer | None = None) -> list[AttendanceRecord]:
    """Records from GetMeeting's ``<attendee memberid name roledescription attendance …/>`` elements.

    Accepts the XML as str/bytes, an lxml/ElementTree element (the meeting or the attendees list), or an
    iterable of attendee elements / attribute dicts."""
    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    items: list[dict] = []
    if isinstance(xml_or_elements, (str, bytes)):
        data = xml_or_elements.encode("utf-8") if isinstance(xml_or_elements, str) else xml_or_elements
        root = etree.fromstring(data, parser=etree.XMLParser(recover=True, resolve_entities=False, no_network=True))
        elements = [] if root is None else root.iter()
        items = [dict(el.attrib) for el in elements if isinstance(el.tag, str) and _local(el.tag) == "attendee"]
    elif hasattr(xml_or_elements, "iter"):
        items = [dict(el.attrib) for el in xml_or_elements.iter() if isinstance(el.tag, str)
                 and _local(el.tag) == "attendee"]
    else:
        for el in xml_or_elements:
            items.append(dict(el) if isinstance(el, dict) else dict(el.attrib))
    out = []
    for attrs in items:
        attrs = {k.lower(): (v or "").strip() for k, v in attrs.items()}
        rec = _site_record(attrs.get("name", ""), attrs.get("roledescription") or None, attrs.get("attendance", ""),
                           attrs.get("attendancecomment") or None, gaz, keyposts=attrs.get("keyposts") or None)
        if rec:
            out.append(rec)
    return out


def attendance_from_moderngov_table(html: str | bytes, gazetteer: Gazetteer | None = None) -> list[AttendanceRecord]:
    """Records from an ``mgMeetingAttendance.aspx`` page (table summary="Table of meeting attendance")."""
    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    soup = BeautifulSoup(html, "lxml")
    table = soup.find("table", summary=re.compile("attendance", re.I))
    if table is None:
        table = next((t for t in soup.find_all("table")
                      if re.search(r"\battendee\b", t.get_text(" "), re.I)), None)
    if table is None:
        return []
    out = []
    columns: list[str] = []
    for tr in table.find_all("tr"):
        heads = tr.find_all("th")
        if heads and not tr.find_all("td"):
            columns = [h.get_text(" ", strip=True).lower() for h in heads]
            continue
        cells = [c.get_text(" ", strip=True) for c in tr.find_all(["td", "th"])]
        if not cells:
            continue
        cols = columns or ["attendee", "role", "attendance", "attendance comment"]
        row = dict(zip(cols, cells))
        name = row.get("attendee") or cells[0]
        rec = _site_record(name, row.get("role") or None, row.get("attendance", ""),
                           row.get("attendance comment") or None, gaz)
        if rec:
            out.append(rec)
    return out


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _site_record(name: str, role: str | None, attendance: str, comment: str | None,
                 gaz: Gazetteer, keyposts: str | None = None) -> AttendanceRecord | None:
    name = re.sub(r"\s+", " ", name or "").strip()
    if not name:
        return None
    raw = re.sub(r"\s+", " ", attendance or "").strip()
    status, qualifier = MODERNGOV_STATUS.get(raw.lower().rstrip("."), (None, None))
    qualifiers = [qualifier] if qualifier else []
    org = org_match = None
    # some councils write an outside member's body after the name: "Dr A Smith (NHS Northmere CCG)"
    while True:
        m = re.search(r"\s*\(([^()]*)\)\s*$", name)
        if not m:
            break
        inner = m.group(1).strip()
        hit, _ = _org_in(inner, gaz)
        if hit is not None and org_match is None:
            org, org_match = hit.matched_text, hit
        elif _QUALIFIER_RE.match(inner):
            qualifiers.append(_qualifier_label(inner))
        else:
            break
        name = name[:m.start()].strip()
    split = split_name(name)
    person = split.person if split else name
    substitute_for = None
    if comment:
        sub = _COMMENT_SUBSTITUTE.match(comment.strip())
        if sub:
            substitute_for = sub.group("for").strip()
        else:
            qualifiers.append(comment)
    # the organisation: ModernGov's keyposts ("Role, Organisation"), else a role that names one
    for text in (keyposts, role):
        if org_match is not None:
            break
        hit, _ = _org_in(text, gaz)
        if hit is not None:
            org, org_match = hit.matched_text, hit
    if status is None and substitute_for:
        status = "substitute"
    rec = AttendanceRecord(name=name, status=status, person=person, role=role, organisation=org,
                           substitute_for=substitute_for, qualifiers=qualifiers, status_raw=raw or None,
                           origin="site")
    _link(rec, org_match)
    return rec
