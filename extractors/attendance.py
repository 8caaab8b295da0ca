"""Who attended: attendance blocks and sentences in minutes, and ModernGov's structured attendance.

Status comes only from what the document says (a heading such as "Apologies:", a sentence such as "Apologies
for absence were received from …", or ModernGov's attendance value); a list of names under no heading gives
no records. Organisations are taken from the text (after a comma, in brackets, after a dash in the role, or in
a table column) and linked through the gazetteer; nothing is inferred from a title such as "Councillor".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from boardpapers.models import AttendanceRecord, Page

from .names import PLURAL_TITLES, ROLE_WORDS, person_key, split_name
from .organisations import Gazetteer, normalise

# ---- vocabularies ------------------------------------------------------------------------------------------

# heading text (normalised: lower case, single spaces, no trailing colon) → status
HEADINGS = {
    "present": "present", "members present": "present", "board members present": "present",
    "voting members": "present", "non voting members": "present", "non-voting members": "present",
    "voting members present": "present", "non voting members present": "present", "members in attendance":
    "present", "present in the room": "present", "present virtually": "present", "attendees": "present",
    "in attendance": "in_attendance", "also present": "in_attendance", "also in attendance": "in_attendance",
    "officers present": "in_attendance", "officers in attendance": "in_attendance", "officers": "in_attendance",
    "also attending": "in_attendance", "observers": "in_attendance", "attending": "in_attendance",
    "apologies": "apologies", "apologies for absence": "apologies", "apologies received": "apologies",
    "apologies for absence received": "apologies", "apologies were received from": "apologies",
    "absent": "absent", "members absent": "absent", "not present": "absent",
    "substitutes": "substitute", "substitute members": "substitute", "substitute": "substitute",
    "substitutes present": "substitute", "deputies": "substitute",
    "members": "present", "board members": "present", "attendance": "present", "attendance details": "present",
    "sederunt": "present", "present in part": "present", "attended in part": "present", "present (virtually)":
    "present", "apology": "apologies", "participants": "in_attendance", "secretariat": "in_attendance",
    "witnesses": "in_attendance", "officials in attendance": "in_attendance", "also in attendance (virtually)":
    "in_attendance", "attending virtually": "in_attendance", "apologies received from": "apologies",
    "apologies for absence were received from": "apologies", "absent with apologies": "apologies",
    "members present (virtually)": "present", "in attendance (virtually)": "in_attendance",
    "councillors": "present", "councillors present": "present", "elected members": "present",
    "committee members": "present", "committee members in attendance": "present", "members in attendance": "present",
    "others in attendance": "in_attendance", "others present": "in_attendance", "other members": "in_attendance",
    "other members present": "in_attendance", "other councillors present": "in_attendance",
}
_HEADING_RE = re.compile(
    r"[ \t]*(?P<h>" + "|".join(sorted((re.escape(h).replace(r"\ ", r"[ \t]+").replace("non[ \\t]+voting", r"non[ \t-]?voting")
                                        for h in HEADINGS), key=len, reverse=True))
    + r")(?![\w’'])[ ]*(?P<sep>:-|:|[–—-](?=\s|$)|\t)?[ \t]*",
    re.IGNORECASE,
)

# ModernGov attendance values → status (and a qualifier for virtual attendance)
MODERNGOV_STATUS = {
    "present": ("present", None), "apologies": ("apologies", None), "apologies, sent substitute": ("apologies", None),
    "apologies sent substitute": ("apologies", None), "absent": ("absent", None),
    "in attendance": ("in_attendance", None), "also present": ("in_attendance", None),
    "officer": ("in_attendance", None), "present as substitute": ("substitute", None),
    "present as a substitute": ("substitute", None), "substitute": ("substitute", None),
    "expected": ("expected", None), "present virtual": ("present", "virtual"), "present virtually": ("present", "virtual"),
    "attended virtually": ("present", "virtual"), "virtual": ("present", "virtual"),
    "present, virtual": ("present", "virtual"), "in attendance virtual": ("in_attendance", "virtual"),
    "apologies received": ("apologies", None), "did not attend": ("absent", None), "not required": (None, None),
    "present, as expected": ("present", None), "present as expected": ("present", None),
}
# a status alone on a line after each person of a register (name / seat / status lines); not "Officer" or
# "Virtual", which are also a seat
_REGISTER_STATUS = {k: v for k, v in MODERNGOV_STATUS.items() if v[0] and k not in ("officer", "virtual")}

# a line that begins an agenda item or minute ends any attendance block
_ITEM_RE = re.compile(
    r"^[ \t]*(?:(?:minute|item|agenda item)s?[ \t]+(?:no\.?[ \t]*)?[A-Z]?\d"
    r"|[A-Z]{1,5}[ ./]?\d+(?:[./]\d+)*[.)]?[ \t]"  # E.70/23, HWB15., GB/20/41 (prefix then digits)
    r"|[A-Z]{1,5}/\d+(?:/\d+)+[.)]?[ \t]"
    r"|\(?\d+(?:[./]\d+)*[.)]?(?:[ \t]+|$)(?=[A-Z(])"
    r"|\d{1,2}[.)](?=[A-Z][a-z]{2,}))",  # "2.Notice of Any Other Matter:" (no space after the number)
    re.IGNORECASE,
)
_QUALIFIER_RE = re.compile(
    r"^(?:chair(?:man|person)?|vice[- ]?chair(?:man)?|co[- ]?chair|in the chair|chairing|deputy chair"
    r"|part(?: of)?(?: the)? meeting|part|virtual(?:ly)?|remote(?:ly)?|online|via (?:teams|zoom|video)|by phone"
    r"|(?:items?|minutes?) [\w./,\- &]+(?: only)?|from items? [\w./]+(?: onwards)?|until items? [\w./]+"
    r"|up to items? [\w./]+|(?:left|arrived|joined) (?:at|during|after|for) .+|for items? .+|observer|observing"
    r"|non[- ]voting|voting|ex[- ]officio|co[- ]opted|deputising|substitute|sub|outgoing|incoming|retiring)$",
    re.IGNORECASE,
)
_SUBSTITUTE_IN_BRACKETS = [
    # "(Ms H Horne attended as substitute)", "(Mr D Walker, Medical Director attended in his absence)"
    re.compile(r"^(?P<who>.+?)\s+(?:attended|was present|deputised|represented (?:him|her|them))\s*(?:as (?:a )?"
               r"(?:substitute|deputy)|in (?:his|her|their) (?:absence|place)|on (?:his|her|their) behalf)\b.*$", re.I),
    re.compile(r"^(?:substituted|represented|deputised|replaced) by\s+(?P<who>.+)$", re.I),
    re.compile(r"^(?P<who>.+?)\s+(?:substituting|deputising)\b.*$", re.I),
    # "(HPBC – Mark Fell is sub)": the body, then who came instead
    re.compile(r"^(?:[^–—-]*[–—-]\s*)?(?P<who>[^–—-]+?)\s+(?:is|was)\s+(?:the\s+|a\s+)?sub(?:stitute|stituting)?$", re.I),
    re.compile(r"^(?:substitute|sub|deputy)\s*[:\-–]?\s*(?P<who>.+)$", re.I),
]
_SUBSTITUTE_FOR = re.compile(r"^(?:as )?(?:(?:a )?substitute |substituting |deputising |attending )?(?:for|in place of|on behalf of)"
                             r"\s+(?P<for>.+)$",
                             re.I)

# words that mark text as an organisation rather than a role when the gazetteer does not know it
_ORG_WORDS = re.compile(
    r"\b(?:NHS|CCG|ICB|ICS|STP|Council|Trust|Police|Constabulary|Healthwatch|Group|Network|Association|Partnership"
    r"|University|College|Service|Services|Agency|Authority|England|Limited|Ltd|CIC|Charity|Foundation|Hospice"
    r"|Alliance|Forum|Federation|CVS|Housing|Society|Commission|Board|Ambulance|Fire|Department|Office|PCN)\b"
)
_ROLE_HINT = re.compile(
    r"\b(?:Nominated|Trustee|Minutes|Secretariat|Clerk|Chairman|Chairperson|Convener|Councillor|Cllr|Governor|Volunteer"
    r"|Carer|Observer|Representative|Specialist|Practitioner|Nurse|Midwife|Pharmacist|Dentist|Consultant|Co-ordinator"
    r"|Solicitor|Accountant|Auditor|Analyst|Researcher|Engineer|Planner|Surveyor|Inspector|Constable|Chief|Director"
    r"|Cadeirydd|Clerc|Glerc|Ymgeisydd|Ymchwilydd|Swyddog|Aelod|Cyfarwyddwr|Prif|Is-Gadeirydd"
    r"|Chair|Director|Officer|Manager|Head|Lead|Member|Executive|Consultant|Secretary|Representative|"
    r"Commissioner|Leader|Cabinet|Nurse|Doctor|Adviser|Advisor|Clerk|Minute|Taker|Coordinator|Administrator|"
    r"Deputy|Assistant|Governor|Commander|Superintendent|Inspector|Chaplain|GP|Partner|Portfolio"
    r"|Mayor|Provost|Worshipful|Sheriff|Bailie|Worker|Interpreter|Translator|President|Spokesperson|Principal|NED)\b", re.I)
_HEADER_CELLS = {"name", "names", "role", "roles", "organisation", "organization", "member", "members", "title",
                 "representing", "attendee", "attendees", "attendance", "designation", "position", "job title",
                 "initials", "present", "comment", "comments", "attendance comment"}


@dataclass
class _Entry:
    """One person-shaped piece of text before it becomes a record."""

    text: str
    start: int  # offset in the page
    status: str | None
    status_raw: str | None
    inherited_title: str | None = None
    extra_role: list[str] = field(default_factory=list)  # role lines paired from a flattened table
    group_org: str | None = None  # the organisation heading the group this entry is listed under


# ---- public API -----------------------------------------------------------------------------------------------


_SPACE_COLUMNS = re.compile(r"(?<=[^\s]) {3,}(?=[^\s])")


def parse_attendance(pages: list[Page], gazetteer: Gazetteer | None = None) -> list[AttendanceRecord]:
    """Every attendance record the minutes state, in reading order, one per person."""
    from .doctype import meeting_date

    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    records: list[AttendanceRecord] = []
    # a register (one column per meeting) is read in the column of the meeting the document is about
    meeting_day = meeting_date(next((p.text for p in pages if (p.text or "").strip()), ""))
    for page in pages:
        text = (page.text or "").replace("[", "(").replace("]", ")")
        # a run of 3+ spaces inside a line is a column gap (text laid out by another tool, "pdftotext -layout"):
        # read it as the TAB the layout reader would have written; same length, so offsets hold
        text = _SPACE_COLUMNS.sub(lambda m: "\t" + " " * (len(m.group(0)) - 1), text)
        used: list[tuple[int, int]] = []
        for entries, span in _blocks(text, meeting_day):
            used.append(span)
            for entry in entries:
                records.extend(_entry_records(entry, page.number, gaz))
        for entries in _sentences(text, used):
            for entry in entries:
                records.extend(_entry_records(entry, page.number, gaz))
    return _dedupe(records)


def attendance_from_moderngov_attendees(xml_or_elements, gazetteer: Gazetteer | None = None) -> list[AttendanceRecord]:
    """Records from GetMeeting's ``<attendee memberid name roledescription attendance …/>`` elements.

    Accepts the XML as str/bytes, an lxml/ElementTree element (the meeting or the attendees list), or an
    iterable of attendee elements / attribute dicts."""
    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    items: list[dict] = []
    if isinstance(xml_or_elements, (str, bytes)):
        from lxml import etree

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
    from bs4 import BeautifulSoup

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


# ---- ModernGov helpers ----------------------------------------------------------------------------------------


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


_COMMENT_SUBSTITUTE = re.compile(r"^(?:as\s+)?(?:(?:a\s+)?substitute|substituting|deputising|deputy)\s+(?:for|in place of)\s+"
                                 r"(?P<for>.+?)\.?$", re.I)


def _org_in(text: str | None, gaz: Gazetteer):
    """The gazetteer-linked organisation a role string such as "Director of Public Health, Derby City Council"
    carries: (match, text before it as a role) or (None, None)."""
    if not text:
        return None, None
    whole = gaz.match(text.strip(" ,;"))
    if whole:
        return whole, None
    found = [f for f in gaz.find_in(text) if f.confidence >= 0.85]
    if not found:
        return None, None
    hit = found[-1]
    linked = gaz.match(hit.matched_text) or hit
    left = text[:hit.start].strip(" ,;–—-:/") if hit.start is not None else ""
    left = re.sub(r"\s+(?:at|of|for|from)$", "", left)
    return linked, left or None


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


# ---- blocks introduced by a heading -------------------------------------------------------------------------


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


_NUMBER_PREFIX = re.compile(r"[ \t]*(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]?|\(?[a-h][.)]|[IVX]{1,4}\.)"
                            r"(?:[ \t]+(?=[A-Za-z])|(?<=[.)])(?=[A-Z][a-z]))")  # "1.1 Present", "1.Apologies:"
# a heading keyword anywhere in a short label: "OFFICIALS IN ATTENDANCE:", "Non-members in attendance at
# request of Chief Officer:-", "Board Members:", "Present in part:"
_KEYWORD_STATUS = [
    (re.compile(r"\b(?:no|without)\s+apolog", re.I), "absent"),  # "No Apologies:", "Absent without apologies"
    (re.compile(r"\bapolog", re.I), "apologies"),
    (re.compile(r"\b(?:absent|absence|not present|did not attend|not attended|non[- ]attendance)\b", re.I), "absent"),
    (re.compile(r"\b(?:substitut\w*|deputies|deputising|named substitutes?)\b", re.I), "substitute"),
    (re.compile(r"\b(?:in attendance|attending|also present|also attending|officers?|officials|observers?|witnesses"
                r"|secretariat|participants|non-members|staff|minute (?:taker|secretary)|clerks?|advisers|advisors"
                r"|guests|presenters|speakers|others present|invitees|joined the meeting|support|advisers?)\b", re.I), "in_attendance"),
    (re.compile(r"\b(?:present|members|attendees|attendance|sederunt|attended|trustees|directors|governors"
                r"|co-?opt(?:ees?|ed))\b", re.I),
     "present"),
]
# labels that name no attendees ("Members of the public: 6", "Press: 1")
_NOT_PEOPLE_LABEL = re.compile(r"\b(?:public|press|media|quorum|quorate|apologies were|agenda)\b", re.I)
_STRONG = {"apologies", "absent", "substitute"}


# every heading (HEADINGS and _KEYWORD_STATUS) contains one of these
_HEADING_WORDS = ("present", "apolog", "attend", "absen", "substitut", "deput", "member", "officer", "official",
                  "observer", "witness", "secretariat", "participant", "sederunt", "councillor", "staff", "guest",
                  "invitee", "clerk", "support", "advis", "trustee", "director", "governor", "minute", "joined",
                  "speaker", "presenter", "co-opt", "coopt")


_HEADING_WORD_RE = re.compile("|".join(_HEADING_WORDS))


def _keyword_status(label: str) -> str | None:
    if _NOT_PEOPLE_LABEL.search(label) and not re.search(r"\bapolog", label, re.I):
        return None
    for rx, status in _KEYWORD_STATUS:
        if rx.search(label):
            return status
    return None


def _heading(line: str) -> tuple[str, str, int] | None:
    """(status, heading as written, offset of inline content) when the line opens an attendance block.

    Recognised: the vocabulary in HEADINGS at the start of the line or of its first cell (after a numbering
    such as "1.1" or "(a)"), followed by ":", ":-", a dash, a TAB or the line end; a bilingual pair ("PRESENT /
    YN BRESENNOL:"); and any short label ending in ":" / ":-" (or a short line in capitals) whose words say a
    status ("OFFICIALS IN ATTENDANCE:", "Non-members in attendance at request of Chief Officer:-")."""
    if not _HEADING_WORD_RE.search(line[:160].lower()):
        return None  # most lines of a page: no word any heading is made of
    cells = [c.strip().lower().rstrip(":") for c in line.split("\t") if c.strip()]
    if len(cells) >= 2 and all(c in _HEADER_CELLS for c in cells):
        return None  # a table's header row ("Members<TAB>Role"), not a heading
    pre = _NUMBER_PREFIX.match(line)
    start = pre.end() if pre else 0
    m = _HEADING_RE.match(line, start)
    if m:
        rest = line[m.end():]
        after = rest
        if m.group("sep") is None and rest.strip():
            # "PRESENT / YN BRESENNOL:" — a translation before the separator
            bil = re.match(r"[ \t]*/[^:\t]{1,40}(?::-?|\t|$)", rest)
            if not bil:
                m = None
            else:
                after = rest[bil.end():]
        if m is not None:
            if after.startswith("-") and m.group("sep") == ":":
                after = after[1:]
            if re.match(r"\s*(?:were|was|had been|have been|received)\b", after, re.I):
                return None  # "Apologies for absence were received from": a sentence, see _sentences
            key = re.sub(r"[\s-]+", " ", m.group("h").lower())
            status = HEADINGS.get(key) or HEADINGS.get(key.replace("non voting", "non-voting"))
            return status, m.group("h"), len(line) - len(after)
    caps = _CAPS_LABEL.match(line, start)
    if caps:
        # "PRESENT IN COUNCIL<TAB>…", "IN ATTENDANCE IN Lisburn …": a label in capitals whose later words say
        # where (a room, a remote location); the status is its first words'
        return _keyword_status(caps.group("k")), caps.group("h"), caps.end()
    bracketed = _BRACKETED_LABEL.fullmatch(line, start)
    if bracketed and not split_name(bracketed.group("h")):
        # "Councillors (part of the committee)", "Officers (there to advise the board)": a bold group heading
        # with a note in brackets and no colon, over a list of names
        label = bracketed.group("h")
        key = re.sub(r"[\s-]+", " ", label.lower())
        status = HEADINGS.get(key) or HEADINGS.get(key.replace("non voting", "non-voting"))
        if status is None and re.search(r"(?:s|co-?opt\w*)$", label, re.I):
            status = _keyword_status(label)
        if status:
            return status, label, len(line)
    cell = line[start:].split("\t")[0]
    soft = re.fullmatch(r"[ \t]*(?P<h>(?:[A-Z][\w'’-]*\s+){0,4}(?:(?:in|of)\s+)?(?:[Aa]ttendance|[Pp]resent|[Aa]pologies))[ \t]*",
                        line[start:])
    if soft and not re.search(r"\b(?:was|were|is|are|had|has|have)\b", soft.group("h")):
        status = _keyword_status(soft.group("h"))
        if status:
            return status, soft.group("h").strip(), len(line)
    if _SUBSTITUTES_REPORTED.search(line):
        return "substitute", line.strip(), len(line)
    if _APOLOGIES_AS_FOLLOWS.match(line, start):
        return "apologies", line.strip(), len(line)
    km = re.match(r"[ \t]*(?P<h>[A-Za-z][^:\t]{1,80}?)[ \t]*(?P<sep>:-|:|$)", cell)
    if not km:
        return None
    label = km.group("h").strip()
    words = label.split()
    if km.group("sep") == "" and not (label.isupper() and len(words) <= 6 and len(cell.strip()) == len(label)):
        return None
    if len(words) > 10 or ". " in label or split_name(label) and not re.search(r"\b(?:members|officers|officials)\b",
                                                                                label, re.I):
        return None
    lead_in = re.match(r"(?:the\s+following(?:\s+\w+)?\s+(?:were|was)\s+(?:also\s+)?(?:present|in\s+attendance|"
                       r"attending))$|the\s+following\s+(?:substitutes?|deputies|apologies)(?:\s+\w+)?\s+(?:had|have)\s+been\s+"
                       r"(?:received|noted|nominated|made)$", label, re.I)
    if km.group("sep") and not lead_in and not _APOLOGY_SENT.match(label + ":") and re.search(
            r"\b(?:was|were|is|are|had|has|have|will|would|noted|agreed|received)\b", label, re.I):
        return None
    status = _keyword_status(label)
    if status is None:
        return None
    return status, label, start + km.end()


# "… the appointment of the following substitute members was reported:-" over "A for B (Body)" lines
_SUBSTITUTES_REPORTED = re.compile(r"\bthe\s+following\s+(?:substitute\s+members?|substitutes|substitutions|deputies)"
                                   r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:reported|notified|noted|"
                                   r"received|made|appointed)(?:\s+to\s+the\s+meeting)?[ \t]*:-?[ \t]*$", re.I)
# "Other apologies received were as follows :-" over role-first lines
_APOLOGIES_AS_FOLLOWS = re.compile(r"[ \t]*(?:(?:other|further)\s+)?apologies(?:\s+for\s+absence)?(?:\s+received)?\s+"
                                   r"(?:were|are)\s+as\s+follows[ \t]*:-?[ \t]*$", re.I)
_BRACKETED_LABEL = re.compile(r"[ \t]*(?P<h>[A-Za-z][A-Za-z'’/-]*(?: [A-Za-z][A-Za-z'’/-]*){0,3})[ \t]*\([^()\t]{3,80}\)[ \t]*")
_CAPS_LABEL = re.compile(r"[ \t]*(?P<h>(?P<k>PRESENT|IN ATTENDANCE|ALSO IN ATTENDANCE|APOLOGIES|ABSENT)(?: [A-Z]{2,}){1,3})"
                         r"(?::-?|(?=\t)|[ \t]+(?=[A-Z][a-z])|[ \t]*$)[ \t]*")
# the rest of such a label wrapped onto the next line, before the first name: "CHAMBER<TAB>Councillor N Trimble"
_CAPS_LABEL_TAIL = re.compile(r"[ \t]*[A-Z]{3,}(?: [A-Z]{3,}){0,2}[ \t]*(?:\t|$)")


# a line naming a group of people, not a body: "Leaders of North Wales local authorities", "Council Officers"
_PEOPLE_GROUP = re.compile(r"(?:[A-Z][\w'’-]*\s+){0,2}(?:Leaders|Members|Representatives|Officers|Officials|Councillors"
                           r"|Chairs|Chief\s+Executives|Directors|Advisers|Advisors|Observers|Guests)"
                           r"(?:\s+(?:of|from)\s+[^,:()\t]{1,60})?:?$")
_GROUP_MARK = "\x00"  # in a block's body: a group label stood here


def _group_label(line: str) -> bool:
    """A label inside a block that names a group, not a status ("Board Members:", "HSENI Officials:", "Chair",
    "Committee Members"): the block goes on under it."""
    s = line.strip().rstrip("-").rstrip(":").strip()
    if "\t" in s and _starts_person(s.split("\t", 1)[1].strip()):
        return False  # "Chair<TAB>Cllr Rob Tate": a seat cell before its person, a row of the table
    if not s or len(s.split()) > 6 or split_name(s) or "," in s or _ITEM_RE.match(line):
        return False  # "2.Notice of Any Other Matter:" is the next agenda item, not a group
    if line.strip().endswith((":", ":-")):
        return True
    return len(s.split()) <= 4 and bool(_GROUP_WORDS.search(s)) and not _ITEM_RE.match(line)


_GROUP_WORDS = re.compile(r"\b(?:members?|chair(?:man|person)?|vice[- ]chair|officers?|officials|representatives|directors"
                          r"|governors|voting|partners?|executives?|non-executives?|independent|co-opted|trustees"
                          r"|councillors|others)\b", re.I)


_AGENDA_TITLE = re.compile(r"(?:\d{1,2}\.?\s+)?(?:Declarations?\s+of\s+(?:Interests?|Pecuniary\s+Interests?)"
                           r"(?:\s+and\s+Dispensations)?|Matters\s+Arising|Any\s+Other\s+Business)\s*:?", re.I)
_FOOTNOTE_CELL = re.compile(r"^\(?\d{1,2}\)$|^\*+$")


def _is_stop(line: str) -> bool:
    s = line.strip()
    if not s:
        return False
    if _ITEM_RE.match(line):
        # "(1)<TAB>Ms Deborah Watters": a footnote marker before a name is no agenda item
        first, _, rest = s.partition("\t")
        if _FOOTNOTE_CELL.match(first.strip()) and split_name(rest.strip()):
            return False
        return True
    if _AGENDA_TITLE.fullmatch(s):
        return True  # "Declarations of Interests": the next agenda item, not the last body's wrapped name
    if re.match(r"(?:members\s+of\s+the\s+(?:press|public)|press\s+and\s+public|public\s+and\s+press)\b", s, re.I):
        return True  # "Members of the press and public" after the last attendee is not their role
    cells = [c.strip().lower().rstrip(".:") for c in s.split("\t") if c.strip()]
    if len(cells) >= 2 and all(c in _AGENDA_HEADER_CELLS for c in cells):
        return True  # "Item<TAB>Description<TAB>Decision": the agenda table after the block
    if re.match(r"part\s+(?:[ivx]+|\d+|one|two|[ab])\b", s, re.I) and len(s.split()) <= 4 \
            or re.fullmatch(r"[A-Z][\w ]{1,30}:\s*\d+", s) or re.match(r"\d+(?:\.\d+)*\.?\s*/\s*[A-Z]", s):
        return True
    letters = re.sub(r"[^A-Za-z]", "", s)
    # an upper-case heading line ("MINUTES OF THE PREVIOUS MEETING") that is not a name
    if len(letters) >= 8 and letters.isupper() and len(s.split()) >= 3 and not split_name(s.split("\t")[0]):
        return True
    # any other "Something:" heading ("Participants:", "Minutes:") closes the block
    if re.fullmatch(r"[A-Z][\w '’&/-]{2,40}:", s) and not split_name(s[:-1]):
        return True
    return False


_NARRATIVE_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|welcomed|introduced|noted|opened|confirmed|asked|said"
                             r"|reported|thanked|agreed|advised|declared|presented|gave|provided|explained|joined|left"
                             r"|arrived|chaired|took|received|considered|resolved)\b")
_AGENDA_HEADER_CELLS = {"item", "items", "no", "minute", "minute no", "agenda item", "description", "decision",
                        "decisions", "action", "actions", "subject", "title", "page", "report", "lead", "owner",
                        "by whom", "deadline", "paper", "purpose", "presenter", "time", "ref", "reference"}
_PROSE_START = re.compile(r"(?:The|It|This|There|These|All|He|She|They|We|Members|In|At|On|Following|A|An)\s+[a-z]")


def _is_prose(line: str) -> bool:
    """A sentence of narrative rather than an entry: 'Dr Harbison joined the PHA board meeting at 11.55 am.',
    'The Chair welcomed everyone.'"""
    s = line.strip().lstrip("•·-–*o ").strip()
    if not s or "\t" in s:
        return False
    if _PROSE_START.match(s):
        return True
    by = _SUBSTITUTED_BY.search(s)
    if by and (who := split_name(s[:by.start()])) and s[who.end:by.start()].strip()[:1] in ("", ","):
        return False  # "Eve Ford was substituted by Gus Hart, …;": a line of an apology list
    if not _starts_person(s) and _NARRATIVE_VERB.search(s) and len(s.split()) >= 4:
        return True  # "The Chief Executive introduced the report."
    core = re.sub(r"\([^)]*\)", " ", s)
    sp = split_name(core)
    if sp:
        nxt = core[sp.end:].strip()
        word = re.match(r"([a-z]+)\b", nxt)
        if word and word.group(1) not in ("and", "of", "for", "from", "to", "in", "on", "at", "the", "with", "as"):
            return True
    words = s.split()
    if sp and re.match(r"\s*(?:[,–—(/]|-\s|for\s+[A-Z])", core[sp.end:]) or _looks_like_list(s):
        return False  # "Tim Ryley - Chief Executive of … and also Chair of …."
    return len(words) >= 14 and s.endswith(".") and len(_split_list(s, 0)) < 3


_BULLET = re.compile(r"^[ \t]*(?:[•·▪◦‣*]|o(?=[ \t]+[A-Z])|-(?=[ \t])|–(?=[ \t]))[ \t]*")


_MIDLINE = re.compile(r"(?<=[.;])[ \t]+(?=(?:Present|Also present|In attendance|Apologies|Absent|Sederunt)[ \t]*:-?)")


def _midline_headings(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Split 'Minute of Meeting of the BOARD.  Present:- Councillor …' so the heading starts its own line."""
    if not any(_MIDLINE.search(line) for _, line in lines if ":" in line):
        return lines
    out = []
    for off, line in lines:
        m = _MIDLINE.search(line)
        if m and not _heading(line):
            out.append((off, line[:m.start()]))
            out.append((off + m.end(), line[m.end():]))
        else:
            out.append((off, line))
    return out


def _join_wrapped_labels(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A heading cell wrapped inside a narrow first column: 'In<TAB>Helen Bricknell…' then 'Attendance:'."""
    out = list(lines)
    for k in range(1, len(out)):
        off, line = out[k]
        s = line.strip()
        if "\t" in s or not (s.endswith((":", ":-")) or s.isupper()) or len(s.split()) > 2:
            continue
        poff, prev = out[k - 1]
        first, tab, rest = prev.partition("\t")
        if not tab or len(first.split()) > 3 or _heading(prev):
            continue
        low = re.match(r"([a-z]+) +(?=[A-Z])", rest)  # "Also<TAB>in Naomi McDonagh…" + "Attendance:"
        if low and _heading(f"{first.strip()} {low.group(1)} {s}"):
            out[k - 1] = (poff, f"{first.strip()} {low.group(1)} {s}\t{rest[low.end():]}")
            out[k] = (off, "")
        elif _heading(f"{first.strip()} {s}"):
            out[k - 1] = (poff, f"{first.strip()} {s}\t{rest}")
            out[k] = (off, "")
    return out


def _blocks(text: str, meeting_day=None):
    """Yield (entries, (start, end)) for each attendance block on the page: blocks under a heading, and
    tables whose header row names an attendance column or one column per meeting."""
    lines = _join_wrapped_labels(_midline_headings(_lines(text)))
    n = len(lines)
    i = 0
    while i < n:
        offset, line = lines[i]
        table = _header_table(lines, i, meeting_day)
        if table is not None:
            entries, span, i = table
            yield entries, span
            continue
        register = _register_run(lines, i)
        if register is not None:
            entries, span, i = register
            yield entries, span
            continue
        intro = _introductions_table(lines, i)
        if intro is not None:
            body, i = intro
            yield _block_entries(text, "present", line.strip(), "", offset, body), (body[0][0], body[-1][0] + len(
                body[-1][1]))
            continue
        head = _heading(line)
        if not head or head[0] is None:
            i += 1
            continue
        status, raw, content_at = head
        inline = line[content_at:]
        while inline.strip() and (inline.count("(") > inline.count(")") or inline.rstrip().endswith(",")) \
                and i + 1 < n and lines[i + 1][1].strip() and not _heading(lines[i + 1][1]) \
                and not _is_stop(lines[i + 1][1]):
            # "Apologies … from: A (ABC), B (ABC – C" / "D is sub), E (ABC)": an inline list wrapped over lines
            nxt_off, nxt = lines[i + 1]
            inline = inline + " " * (nxt_off - (offset + len(line))) + nxt
            line = line + " " * (nxt_off - (offset + len(line))) + nxt
            i += 1
        if raw.isupper() and len(raw.split()) > 1 and i + 1 < n:
            tail = _CAPS_LABEL_TAIL.match(lines[i + 1][1])
            if tail and not split_name(tail.group(0).strip().title()):
                lines[i + 1] = (lines[i + 1][0] + tail.end(), lines[i + 1][1][tail.end():])
        if _APOLOGY_SENT.search(inline):
            i += 1  # "Apologies for Absence<TAB>Minutes: Apologies … were received from …": a sentence
            continue
        # a row of headings ("Present:<TAB>In Attendance:") heads one column each
        columns = _column_headings(line)
        body: list[tuple[int, str]] = []
        grouped = False  # "Present:" then "Board Members:" … "Officials:": labels of groups under one status
        j = i + 1
        while j < n:
            off2, l2 = lines[j]
            if not l2.strip():
                k = j + 1
                while k < n and not lines[k][1].strip():
                    k += 1
                if not body and not inline.strip():
                    j = k  # "PRESENT" then a blank line, then the names
                    continue
                if k < n and (_is_entry_line(lines[k][1]) or _is_post_line(lines[k][1]) and not any(
                        split_name(_clean_row(0, b)[1]) for _, b in body) and not split_name(inline.strip())):
                    j = k  # "IN ATTENDANCE: Northvale Borough Council", a blank line, its posts, then the people
                    continue
                break
            stripped = _BULLET.sub("", l2)
            h2 = _heading(stripped)
            if h2 is not None:
                rest2 = stripped[h2[2]:].strip()
                weak = h2[0] not in _STRONG and "attendance" not in h2[1].lower() and "also" not in h2[1].lower()
                if not rest2 and weak and (grouped or h2[0] == status or not body and not inline.strip()) \
                        or h2[0] is None:
                    j += 1  # "Board Members:" / "Voting Members:" inside a Present block: a group, same status
                    grouped = grouped or not body and not inline.strip()
                    continue
                break
            if _group_label(stripped) and not _is_entry_line(stripped) or _PEOPLE_GROUP.match(stripped.strip()):
                body.append((off2, _GROUP_MARK))  # "Councillors:", "Officials": a group under the heading's status
                j += 1
                continue
            if _is_stop(l2) or _is_prose(stripped) or _APOLOGY_SENT.match(stripped.strip()) \
                    or _SUBSTITUTE_CLAUSE.search(stripped):
                break
            body.append((off2, l2))
            j += 1
        if columns:
            entries = _column_entries(columns, body, raw)
        else:
            entries = _block_entries(text, status, raw, inline, offset + content_at, body)
        end = body[-1][0] + len(body[-1][1]) if body else offset + len(line)
        yield entries, (offset, end)
        i = max(j, i + 1)


def _register_status(line: str) -> str | None:
    key = line.strip().lower().rstrip(".")
    return _REGISTER_STATUS[key][0] if key in _REGISTER_STATUS else None


def _register_run(lines: list[tuple[int, str]], i: int):
    """(entries, span, next line index) for an attendance register written one field per line: a person's
    name, up to two lines of seat (role, organisation), then the status ("Present, as expected", "Apologies",
    "Absent", "Expected") — repeated for three people or more. The status line closes its person's entry, so
    it never starts the next one, and a seat line is never read as a person."""
    n = len(lines)
    if not any(_register_status(lines[k][1]) for k in range(i + 1, min(i + 4, n))):
        return None  # the cheap test first: no status line just below
    entries: list[_Entry] = []
    k = i
    end = lines[i][0]
    while k < n:
        name = lines[k][1].strip()
        if not _is_bare_name(name) or _register_status(name):
            break
        st = next((m for m in range(k + 1, min(k + 4, n)) if _register_status(lines[m][1])), None)
        if st is None or any(_register_status(lines[m][1]) or "\t" in lines[m][1] or _is_prose(lines[m][1])
                             for m in range(k + 1, st)):
            break
        seat = [lines[m][1].strip() for m in range(k + 1, st)]
        status_line = lines[st][1].strip()
        entries.append(_Entry("\t".join([name] + seat), lines[k][0] + (len(lines[k][1]) - len(lines[k][1].lstrip())),
                              _register_status(status_line), status_line))
        end = lines[st][0] + len(lines[st][1])
        k = st + 1
    if len(entries) < 3:
        return None
    return entries, (lines[i][0], end), k


_INTRODUCTIONS_ITEM = re.compile(r"[ \t]*(?:\d{1,2}\.?[ \t]+)?(?:Welcome(?:,? (?:and|&) (?:introductions?|apologies))?"
                                 r"|Introductions?)[ \t]*:?[ \t]*$", re.I)


def _introductions_table(lines: list[tuple[int, str]], i: int):
    """(rows, next line index) for a name | role table under a first agenda item such as "Welcome and
    introductions" with no "Present" heading: the people at the table were introduced, so they were present.
    Three or more rows, each a person's name in the first cell and more in the next; up to three lines
    ("Minutes:", the Chair's opening sentence) may stand between the item and the table."""
    if not _INTRODUCTIONS_ITEM.match(lines[i][1]):
        return None
    for k in range(i + 1, min(i + 5, len(lines))):
        rows = []
        j = k
        while j < len(lines) and "\t" in lines[j][1]:
            first, _, rest = lines[j][1].strip().partition("\t")
            if not _is_bare_name(first) or not rest.strip() or _heading(lines[j][1]):
                break
            rows.append(lines[j])
            j += 1
        if len(rows) >= 3:
            return rows, j
        if rows:
            return None
    return None


def _is_post_line(line: str) -> bool:
    """A post with no name ("Chief Executive", "Head of Finance (Acting)"), listed among those attending."""
    s = line.strip()
    return bool(s) and "\t" not in s and len(s.split()) <= 8 and bool(_ROLE_HINT.search(s)) and not split_name(s) \
        and not _is_prose(s) and not _is_stop(line) and not _heading(s) and not s.endswith(".")


def _column_headings(line: str) -> list[tuple[str, str]] | None:
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    if len(cells) < 2:
        return None
    heads = []
    for c in cells:
        h = _heading(c)
        if not h or h[0] is None or c[h[2]:].strip():
            return None
        heads.append((h[0], h[1]))
    return heads


def _column_entries(columns, body, raw) -> list[_Entry]:
    entries = []
    for off, l in body:
        cells = [c for c in l.split("\t")]
        pos = off
        k = 0
        for c in cells:
            if c.strip():
                if k < len(columns) and split_name(c.strip()):
                    st, r = columns[k]
                    entries.append(_Entry(c.strip(), pos + (len(c) - len(c.lstrip())), st, r))
                k += 1
            pos += len(c) + 1
    return entries


_ROLE_BEFORE_NAME = re.compile(r"^(?P<role>(?:Vice[- ]|Deputy |Co-)?(?:Chairman|Chair|Chairperson|Convener|Leader|"
                               r"Mayor|Provost|Clerk)) +(?=(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\b)")


def _clean_row(off: int, line: str) -> tuple[int, str]:
    """Drop bullets, footnote markers and a leading empty cell; keep the offset of what is left. A role
    written before a titled name ("Chairman Cllr Brazil") moves after it, in brackets."""
    s = _BULLET.sub("", line)
    pre = _ROLE_BEFORE_NAME.match(s.strip())
    if pre:
        rest = s.strip()[pre.end():]
        sp = split_name(rest)
        if sp:
            s = f"{rest[:sp.end]} ({pre.group('role')}){rest[sp.end:]}"
    off += len(line) - len(s)
    cells = s.split("\t")
    while cells and (not cells[0].strip() or _FOOTNOTE_CELL.match(cells[0].strip())):
        off += len(cells[0]) + 1
        cells.pop(0)
    s = "\t".join(cells)
    lead = len(s) - len(s.lstrip())
    return off + lead, s.strip()


def _starts_person(row: str) -> bool:
    first = re.sub(r"[\[(][^\])]*[\])]?", lambda m: " " * len(m.group(0)), row.split("\t")[0])
    sp = split_name(first)
    if not sp or not sp.title and _ORG_AFTER_NAME.match(first[sp.end:]):
        return False  # "Forest Heath District Council", "St Edmundsbury Borough Council": a body, not a name
    rest = first[sp.end:].strip()
    # "Dr Andrew Wilson (NHS…)", "Mr W Bingley, Chairman", "Jill Dentith JD Lay Member", "Prof X – Role"
    return not rest or rest[0] in ",;:–—-/." or rest.split()[0] in ROLE_WORDS or sp.title is not None \
        or len(rest.split()) <= 8 or bool(re.match(r"(?:for|with)\s+[A-Z]", rest)) \
        or bool(_SUBSTITUTED_BY.match(" " + rest)) \
        or bool(re.match(r"(?:and|&)\s+[A-Z]", rest) and split_name(rest.split(None, 1)[1]))  # "A B and C D, Body"


def _looks_like_list(s: str) -> bool:
    """A line naming several people: 'Cllr A (Chair), Dr B (NHS X CCG) and C'."""
    parts = _split_list(s, 0)
    if sum(1 for _, p in parts if _is_person(p)) < 2:
        return False
    # "Prof A Smith (AS) GP Member, North Locality": a role written straight after the first name means
    # one person per line, and the commas belong to the role, unless a later part has its own title
    core = re.sub(r"\([^)]*\)?", lambda m: " " * len(m.group(0)), parts[0][1])
    first = split_name(core)
    if first and core[first.end:].strip(" .;:") and not re.match(r"\s*(?:for|with)\s+[A-Z]", core[first.end:]):
        return any(_is_person(p) and (sp := split_name(re.sub(r"\([^)]*\)?", " ", p).strip())) and sp.title
                   for _, p in parts[1:])
    return True


def _block_entries(text: str, status: str, raw: str, inline: str, inline_start: int,
                   body: list[tuple[int, str]]) -> list[_Entry]:
    rows: list[tuple[int, str]] = []
    if inline.strip():
        rows.append(_clean_row(inline_start, inline))
    for off, l in body:
        rows.append(_clean_row(off, l))
    rows = [(o, r) for o, r in rows if r and not (r == _GROUP_MARK and (not rows or rows[-1][1] == _GROUP_MARK))]
    # table header rows ("Name<TAB>Role<TAB>Organisation", "Members<TAB>Role") carry no person
    rows = [(o, r) for o, r in rows if not all(c.strip().lower().rstrip(":") in _HEADER_CELLS
                                               for c in r.split("\t") if c.strip())]
    if not rows:
        return []
    if any(r == _GROUP_MARK for _, r in rows) and all(r == _GROUP_MARK for _, r in rows):
        return []
    # flattened two-column table: N name lines then N role lines
    plain = [r for _, r in rows if r != _GROUP_MARK]
    n_names = 0
    while n_names < len(plain) and "\t" not in plain[n_names] and _is_bare_name(plain[n_names]):
        n_names += 1
    if n_names >= 2 and len(plain) == 2 * n_names and not any(split_name(r) or "\t" in r for r in plain[n_names:]):
        return [_Entry(rows[k][1], rows[k][0], status, raw, extra_role=[plain[n_names + k]]) for k in range(n_names)]
    rows = [(o, _name_last(_person_first(r))) for o, r in rows]
    rows = _split_two_person_rows(rows)
    # group the rows into records: a record starts at a row that starts with a person; other rows continue it
    records: list[list] = []  # [offset, text, group organisation]
    group_org: str | None = None
    for k, (off, r) in enumerate(rows):
        if r == _GROUP_MARK:
            group_org = None  # a new group: the body heading the last one no longer applies
            continue
        nxt = rows[k + 1][1] if k + 1 < len(rows) else ""
        label = re.match(r"([A-Z][\w '’&/-]{1,40}):-?\t", r)
        if label and not split_name(label.group(1)) and _starts_person(r[label.end():]):
            # "Policy Support:<TAB>Alun Williams<TAB>…": a group label in the first cell starts a new record
            r = r[label.end():]
            off += label.end()
        if "\t" not in r and not _starts_person(r) and (_looks_like_org(r) or _GAZ().match(r)) and _starts_person(nxt) \
                and not (records and re.search(r"(?:,|\band|&|\bof|\bfor)\s*$", records[-1][1])):
            # "Northmere Borough Council" heading the people listed under it
            group_org = r.strip(" :")
            continue
        if records and not _starts_person(r):
            prev = records[-1][1]
            if "\t" not in r and _is_bare_name(prev) and not _ROLE_HINT.search(r) and not _STRONG_ORG_WORDS.search(r) \
                    and not _GAZ().match(r) and not _looks_like_list(r):
                break  # "Sam Wright" then "Commencement of Meeting": neither role nor body, the block is over
            if "\t" in r and "\t" not in prev and not _looks_like_list(prev):
                records[-1][1] = prev + "\t" + r
            else:
                records[-1][1] = prev.rstrip() + " " + r
            continue
        if records and _continues_list(records[-1][1], r):
            records[-1][1] = records[-1][1].rstrip() + " " + r
            continue
        records.append([off, r, group_org])
    entries: list[_Entry] = []
    for off, r, g in records:
        before = len(entries)
        _record_entries(entries, off, r, status, raw)
        for e in entries[before:]:
            e.group_org = e.group_org or g
    return entries


_NAME_WORD = re.compile(r"[A-Z][a-z][\w'’-]*$")
_INITIAL_WORD = re.compile(r"[A-Z]\.?$")


def _second_person_at(piece: str) -> int | None:
    """Where a second person's name starts at the end of "Role Name Surname [RoleWord]" (the middle piece of
    "A B, Role C D, Role"), or None. The name is the last two capitalised words that are no job or body words
    (an initial may stand between them), after at least one word of the first person's role."""
    words = piece.split(" ")
    end = len(words)
    while end and words[end - 1] in ROLE_WORDS:  # "Sheik Auladin Officer, Managing Director"
        end -= 1
    start = end - 2
    if start >= 1 and _INITIAL_WORD.match(words[start]) and start >= 2:
        start -= 1  # "Madhukar C Patel"
    if start < 1 or not all(_NAME_WORD.match(w) or _INITIAL_WORD.match(w) for w in words[start:end]) \
            or not _NAME_WORD.match(words[start]) or not _NAME_WORD.match(words[end - 1]) \
            or any(w in ROLE_WORDS for w in words[start:end]) or words[start - 1].islower():
        return None
    return len(" ".join(words[:start])) + 1 if _is_bare_name(" ".join(words[start:end])) else None


def _split_two_person_rows(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A four-column table (name | role | name | role) flattened by PDF-to-text into one line per row with single
    spaces: "Ann Lee, Lay Member Tom Bell, Elected - Chair". Split only when at least two rows of the block have
    that shape, so a lone "Name, Role" line is never cut; an organisation column before a name ("Northvale CCG
    Ann Lee, …") is dropped from the row."""
    split: dict[int, list[tuple[int, str]]] = {}
    for k, (off, r) in enumerate(rows):
        if "\t" in r or r == _GROUP_MARK:
            continue
        pieces = r.split(", ")
        if len(pieces) < 3:
            continue
        first = pieces[0]
        skip = 0
        if not _is_bare_name(first):
            at = _second_person_at(first)  # "Northvale CCG Ann Lee": the name after an organisation cell
            if at is None or not _is_bare_name(first[at:]) or not _STRONG_ORG_WORDS.search(first[:at]):
                continue
            skip = at
        mid = pieces[1]
        at = _second_person_at(mid)
        if at is None:
            continue
        role_a = mid[:at].rstrip()
        if _STRONG_ORG_WORDS.search(role_a):
            # "Lay Member Central London CCG Andrew McCall": the second name's organisation cell is dropped
            words = role_a.split(" ")
            cut = next((j for j in range(1, len(words)) if words[j - 1] in ROLE_WORDS and words[j] not in ROLE_WORDS),
                       None)
            if cut is None:
                continue
            role_a = " ".join(words[:cut])
        b_start = len(first) + 2 + at
        split[k] = [(off + skip, first[skip:] + ", " + role_a), (off + b_start, r[b_start:])]
    if len(split) < 2:
        return rows
    out: list[tuple[int, str]] = []
    for k, row in enumerate(rows):
        out.extend(split.get(k, [row]))
    return out


def _name_last(row: str) -> str:
    """"Deputy Chief Nurse at Northvale NHS Trust, Ann Lee.": a line written role (or body) first and the name
    last; the name moves to the front."""
    if "\t" in row or "," not in row or _starts_person(row) and not _ORG_WORDS.search(row.split(",")[0]):
        return row
    pre, _, name = row.rstrip(" .;").rpartition(",")
    name = name.strip()
    if not _is_bare_name(name) or not (_ROLE_HINT.search(pre) or _looks_like_org(pre) or _STRONG_ORG_WORDS.search(pre)):
        return row
    pre = re.sub(r"^The\s+", "", pre.strip())
    # "Deputy Chief Nurse at the Northvale NHS Trust": the role, then the body
    at = re.search(r"\s+at\s+(?:the\s+)?(?=[A-Z])", pre)
    if at and _ROLE_HINT.search(pre[:at.start()]) and (_looks_like_org(pre[at.end():])
                                                        or _STRONG_ORG_WORDS.search(pre[at.end():])):
        pre = pre[:at.start()] + ", " + pre[at.end():]
    return name + ", " + pre


def _is_group_cell(cell: str) -> bool:
    """"Ward Councillors", "Council Officers", "British Sign Language Interpreters": a seat cell naming a group
    of people (its last word a job word, singular or plural), which split_name could misread as a name."""
    words = cell.split()
    if not 1 <= len(words) <= 6 or not all(w[:1].isupper() or w in ("of", "and", "&", "for") for w in words):
        return False
    last = words[-1]
    return last in ROLE_WORDS or last[:-1] in ROLE_WORDS or last.lower() in PLURAL_TITLES \
        or bool(_ROLE_HINT.search(last)) or bool(_ROLE_HINT.search(last[:-1]))


def _person_first(row: str) -> str:
    """"Aberdeen City<TAB>Cllr Ian Yuill", "COSLA President<TAB>Cllr Alison Evison": a table written organisation
    (or role) first, name second; the person's cell moves to the front, the first cell after it."""
    cells = row.split("\t")
    if len(cells) == 2 and _is_group_cell(cells[0].strip()) and _starts_person(cells[1].strip()):
        return cells[1] + "\t" + cells[0]  # "Ward Councillors<TAB>A B, C D": the group's people first
    if len(cells) < 2 or not cells[1].strip() or len(cells[0].split()) > 8 or _starts_person(cells[0]) \
            or not _starts_person(cells[1]) or _heading(cells[0]) or _is_prose(cells[0]) or ":" in cells[0]:
        return row
    first = cells[0].strip()
    if not (_looks_like_org(first) or _ROLE_HINT.search(first) or _GAZ().match(first) or re.fullmatch(
            r"(?:[A-Z][\w'’&-]*|and|of|the|upon|on|nan)(?: (?:[A-Z][\w'’&-]*|and|of|the|upon|on|nan))*", first)):
        return row
    return "\t".join(cells[1:] + [first])


def _GAZ() -> Gazetteer:
    return Gazetteer.default()


def _record_entries(entries: list[_Entry], off: int, r: str, status: str, raw: str) -> None:
    """One record's entries: a grid of names, two people on one row, a comma list, or one person."""
    cells = [c for c in r.split("\t") if c.strip()]
    if len(cells) >= 2 and all(_is_bare_name(re.sub(r"\([^)]*\)", "", c).strip()) for c in cells):
        # a grid of names: one person per cell
        pos = off
        for c in r.split("\t"):
            if c.strip():
                entries.append(_Entry(c.strip(), pos, status, raw))
            pos += len(c) + 1
        return
    if len(cells) >= 2 and _looks_like_list(cells[0]) and not any(_starts_person(c) and not _is_group_cell(c.strip())
                                                                  for c in cells[1:]):
        listed = _list_entries(cells[0], off, status, raw)
        group = " ".join(c.strip() for c in cells[1:])
        last = group.split()[-1] if group.split() else ""
        plural_seat = last.endswith("s") and (last[:-1] in ROLE_WORDS or bool(_ROLE_HINT.search(last[:-1])))
        is_org = not plural_seat and (bool(_GAZ().match(group)) or _looks_like_org(group)
                                      or bool(_STRONG_ORG_WORDS.search(group)))
        for e in listed:
            # "Northvale Police<TAB>Insp A B, Sgt C D": the group cell is every listed person's body; a seat
            # ("Ward Councillors") is the role of those without their own bracket
            if is_org:
                e.group_org = group
            elif "(" not in e.text:
                e.extra_role = [group]
        entries.extend(listed)
        return
    if "\t" not in r and _looks_like_list(r):
        entries.extend(_list_entries(r, off, status, raw))
        return
    # "Cllr Ann Lee<TAB>Chair<TAB>Cllr Tim Bell<TAB>Vice-Chair": a second person starts at a titled cell
    starts = [k for k, c in enumerate(cells) if k >= 2 and (sp := split_name(c)) and sp.title
              and not c[sp.end:].strip(" ,;")]
    if not starts and len(cells) >= 2 and _starts_person(cells[0]):
        # a grid of "Name, Role" cells: "Cllr Ann Bell, Chair<TAB>Mark Lee, Chief Executive"
        starts = [k for k, c in enumerate(cells) if k >= 1 and _grid_person_cell(c)]
    if starts:
        bounds = [0] + starts + [len(cells)]
        for a, b in zip(bounds, bounds[1:]):
            entries.append(_Entry("\t".join(cells[a:b]), off, status, raw))
        return
    entries.append(_Entry(r, off, status, raw))


def _grid_person_cell(cell: str) -> bool:
    """A cell holding its own person: a titled name, or a name then a comma or bracket and a role."""
    sp = split_name(cell)
    if not sp or _ORG_AFTER_NAME.match(cell[sp.end:]) or _looks_like_org(cell.strip()):
        return False
    rest = cell[sp.end:].strip()
    if sp.title:
        return not rest or rest[0] in ",(–-"
    return bool(rest) and rest[0] in ",(" and bool(_ROLE_HINT.search(rest))


def _continues_list(prev: str, row: str) -> bool:
    """A comma list wrapped onto the next line ("…, Councillor Jones and" / "Mrs P Bowling.")."""
    p = prev.rstrip()
    return "\t" not in p and "\t" not in row and p.endswith((" and", "&"))


def _is_entry_line(line: str) -> bool:
    """A line shaped like an attendance entry (not prose such as 'Councillor Brady asked whether …')."""
    s = _BULLET.sub("", line)
    if _heading(s) or _is_stop(line) or _is_prose(s):
        return False
    _, row = _clean_row(0, s)
    return bool(row) and _starts_person(row)


def _is_bare_name(s: str) -> bool:
    sp = split_name(s)
    return bool(sp) and not s[sp.end:].strip(" ,;.")


# ---- tables with a header row: an attendance column, or one column per meeting (a register) -----------------

_DATE_CELL = re.compile(r"^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?[ -][A-Za-z]{3,9}(?:[ -]\d{2,4})?"
                        r"|[A-Za-z]{3,9}[ -]\d{2,4})$")
_STATUS_HEADERS = {"present", "attendance", "attended", "status", "apologies", "present/apologies", "in attendance",
                   "attendance status", "y/n", "p/a"}
_NAME_HEADERS = {"name", "names", "member", "members", "attendee", "attendees", "board member", "board members",
                 "voting members", "non voting members"}
_ROLE_HEADERS = {"role", "roles", "title", "position", "designation", "job title", "role/title"}
_ORG_HEADERS = {"organisation", "organization", "representing", "body", "agency", "organisation/role"}
_CELL_STATUS = {
    "y": "present", "yes": "present", "✓": "present", "✔": "present", "√": "present", "ü": "present",
    "p": "present", "present": "present", "attended": "present", "a": "apologies", "apols": "apologies",
    "apol": "apologies", "apologies": "apologies", "apology": "apologies", "sent apologies": "apologies",
    "n": "absent", "no": "absent", "absent": "absent", "dna": "absent", "did not attend": "absent",
    "x": "absent", "✗": "absent", "s": "substitute", "sub": "substitute", "substitute": "substitute",
    "deputy": "substitute", "d": "substitute", "ia": "in_attendance", "in attendance": "in_attendance",
}


def _parse_day(cell: str):
    import datetime as dt

    for fmt in ("%d/%m/%y", "%d/%m/%Y", "%d.%m.%y", "%d.%m.%Y", "%d-%m-%y", "%d-%m-%Y", "%d %b %Y", "%d %B %Y",
                "%d %b %y", "%d-%b-%y", "%d-%b-%Y"):
        try:
            return dt.datetime.strptime(re.sub(r"(?<=\d)(st|nd|rd|th)", "", cell), fmt).date()
        except ValueError:
            continue
    return None


def _header_table(lines, i: int, meeting_day):
    """(entries, span, next line index) when lines[i] is the header row of an attendance table or register."""
    off, line = lines[i]
    if "\t" not in line:
        return None
    cells = []
    for c in line.split("\t"):
        parts = c.split()
        # narrow date columns run together: "02/02/16 01/03/16 05/04/16"
        if len(parts) >= 2 and all(re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", p) for p in parts):
            cells.extend(parts)
        elif c.strip():
            cells.append(c.strip())
    low = [c.lower().rstrip(":") for c in cells]
    if not low or low[0] not in _NAME_HEADERS:
        return None
    dates = [k for k, c in enumerate(cells) if _DATE_CELL.match(c)]
    status_col = next((k for k, c in enumerate(low) if c in _STATUS_HEADERS), None)
    if status_col is None and not dates:
        return None
    if any(k not in dates and c not in _NAME_HEADERS | _ROLE_HEADERS | _ORG_HEADERS | _STATUS_HEADERS
           | {"comment", "comments", "notes"} for k, c in enumerate(low)):
        return None
    role_col = next((k for k, c in enumerate(low) if c in _ROLE_HEADERS), None)
    org_col = next((k for k, c in enumerate(low) if c in _ORG_HEADERS), None)
    rows = []
    j = i + 1
    while j < len(lines):
        o2, l2 = lines[j]
        if not l2.strip():
            j += 1
            continue
        r = [c.strip() for c in l2.split("\t") if c.strip()]
        if not r or not split_name(re.sub(r"\([^)]*\)", "", r[0]).strip()):
            break
        rows.append((o2, r))
        j += 1
    if not rows:
        return None
    col = status_col
    if col is None:
        # the register's column for this meeting: its date, else the last column anyone is marked in
        col = next((k for k in dates if meeting_day and _parse_day(cells[k]) == meeting_day), None)
        if col is None:
            marked = [k for k in dates if any(k < len(r) and r[k].lower() in _CELL_STATUS for _, r in rows)]
            col = marked[-1] if marked else None
    if col is None:
        return None
    entries = []
    for o2, r in rows:
        value = r[col].lower().strip(" .") if col < len(r) else ""
        status = _CELL_STATUS.get(value)
        if status is None:
            continue
        parts = [r[0]]
        if role_col is not None and role_col < len(r) and role_col != col:
            parts.append(r[role_col])
        if org_col is not None and org_col < len(r) and org_col != col:
            parts.append(r[org_col])
        entries.append(_Entry("\t".join(parts), o2, status, cells[col]))
    return entries, (off, rows[-1][0] + len(lines[j - 1][1])), j


# ---- comma lists ------------------------------------------------------------------------------------------------


def _split_list(s: str, base: int) -> list[tuple[int, str]]:
    """Split at commas, semicolons and ' and ' outside brackets, keeping offsets."""
    parts: list[tuple[int, str]] = []
    plural = re.match(r"\s*(?:Councillors|Cllrs|County Councillors|Aldermen)\b", s)  # "Councillors Caan, Grinsell and Partridge"
    depth = 0
    start = 0
    i = 0
    while i < len(s):
        c = s[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
            # "… and Iain McMillan (Renfrewshire Council) Donald Sime, …": a bracket closes one group
            if depth == 0 and re.match(r" +(?=[A-Z])", s[i + 1:]) and _is_person(
                    re.split(r"[,;(]| and ", s[i + 1:], maxsplit=1)[0]):
                parts.append((start, s[start:i + 1]))
                start = i + 1
        elif depth == 0 and c == " " and re.match(r" (?:MS|AM|MSP|MLA|MP|TD) +(?=[A-Z])", s[i:]) and \
                _is_person(re.split(r"[,;(]", s[i + 4:].lstrip(), maxsplit=1)[0]):
            # "Mark Isherwood MS (Chair) Natasha Asghar MS …": a post-nominal ends one name
            k = i + 1 + s[i + 1:].index(" ")
            parts.append((start, s[start:k]))
            start = k
        elif depth == 0 and c in ",;":
            parts.append((start, s[start:i]))
            start = i + 1
        elif depth == 0 and s.startswith(" and ", i):
            nxt = s[i + 5:]
            piece = re.split(r"[,;]| and ", nxt, maxsplit=1)[0]
            if _is_person(piece) or plural and re.fullmatch(r"(?:Mc|Mac|O'|O’)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\.?", piece.strip()):
                parts.append((start, s[start:i]))
                start = i + 5
                i += 4
        elif depth == 0 and c == "\t":
            parts.append((start, s[start:i]))
            start = i + 1
        i += 1
    parts.append((start, s[start:]))
    out = []
    for off, p in parts:
        p = re.sub(r"\s+and\s*$", "", p)  # "Councillor Morgan and, Ruth Lake"
        lead = len(p) - len(p.lstrip())
        if p.strip():
            out.append((base + off + lead, p.strip()))
    return out


def _is_person(piece: str, inherited: str | None = None) -> bool:
    core = re.sub(r"\([^)]*\)?", " ", piece).strip(" .;:")
    core = re.sub(r"^and\s+", "", core)
    sp = split_name(core, inherited)
    if not sp or not sp.title and not inherited and _ORG_AFTER_NAME.match(core[sp.end:]):
        return False
    if not sp.title and not inherited and _ORG_WORDS.fullmatch(re.sub(r"['’]s$", "", core[:sp.end].split()[-1])):
        return False  # "Northvale Met College" on its own after a comma: a body, not a third name
    rest = core[sp.end:].strip(" .,")
    # "Name Role" glued together is still a person; "Greater Northmere Carers Network" is not
    if rest and not sp.title and (_ORG_WORDS.match(rest) or _ORG_WORDS.search(rest) and not _ROLE_HINT.search(rest)):
        return False
    return not rest or bool(re.match(r"[A-Z(–-]|with\s+(?:[A-Z]|the\b)|for\s+[A-Z]", rest))


def _list_entries(s: str, base: int, status: str | None, raw: str | None) -> list[_Entry]:
    entries: list[_Entry] = []
    inherited: str | None = None
    prev_sep_semicolon = False
    for off, part in _split_list(s, 0):
        sep_before = s[max(0, off - 2):off]
        if ";" in sep_before or ")" in sep_before:
            inherited = None  # "Councillors A and B; Dr C": the plural title stops at the semicolon or a group's end
        p = re.sub(r"^and\s+", "", part)
        p_off = off + (len(part) - len(p))
        p = p.rstrip(" .")
        if not p:
            continue
        own = split_name(re.sub(r"\([^)]*\)?", lambda m: " " * len(m.group(0)), p))
        if own and own.plural_title:
            inherited = own.plural_title
        elif own and own.title:
            inherited = None
        if _is_person(p, inherited):
            entries.append(_Entry(p, base + p_off, status, raw,
                                  inherited_title=None if (own and own.title) else inherited))
        elif entries:
            # a role or organisation after a comma belongs to the person before it
            entries[-1].text = s[entries[-1].start - base:p_off + len(p)]
        prev_sep_semicolon = False
    _share_group_org(entries, s, base)
    return entries


def _share_group_org(entries: list[_Entry], s: str, base: int) -> None:
    """"Councillors A, B and C (Renfrewshire Council)": an organisation in brackets after the last of an
    'and'-joined group belongs to every name of the group that has no bracket of its own."""
    group: list[_Entry] = []
    for e in entries:
        group.append(e)
        m = re.search(r"\(([^()]*)\)\s*[.;,]?\s*$", e.text)
        if not m:
            continue
        inner = re.sub(r"^all\s+", "", m.group(1).strip())
        before = s[max(0, e.start - base - 6):e.start - base]
        # only a group written alike: all under one plural title, or none with a title of its own
        # ("Councillor F Gill, Councillor H Nwosu and Andrea Price (Kingsbridge City Council)" is not one)
        own_titles = {bool((sp := split_name(g.text)) and sp.title and not sp.plural_title and not g.inherited_title)
                      for g in group}
        if len(group) >= 2 and "and" in before and _looks_like_org(inner) and not _QUALIFIER_RE.match(inner) \
                and not any("(" in g.text for g in group[:-1]) and own_titles == {False}:
            for g in group[:-1]:
                g.text = f"{g.text} ({inner})"
        group = []
    if len(entries) == 2:
        # "Tia Dunne and Kit Evans, Northvale Community Trust" as a line of its own: the body after the pair is
        # both people's (at the end of a longer list, "…, Mr I Jones and Ms B Reilly, NHS England", it is only
        # the last one's)
        prev, e = entries
        between = s[prev.start - base + len(prev.text):e.start - base]
        sp = split_name(e.text)
        tail = re.fullmatch(r"\s*,\s*([^,()]+?)\s*[.;]?\s*", e.text[sp.end:]) if sp else None
        if prev.start == base and re.fullmatch(r"\s*(?:and|&)\s*", between) and _is_bare_name(prev.text) \
                and not prev.group_org and tail and _looks_like_org(tail.group(1)) \
                and not _ROLE_HINT.search(tail.group(1)):
            prev.group_org = tail.group(1)


# ---- sentences ---------------------------------------------------------------------------------------------------

_APOLOGY_SENT = re.compile(
    r"(?:the\s+following\s+apologies(?:\s+for\s+absence)?\s+(?:were|had\s+been|have\s+been)\s+(?:received|submitted|noted|"
    r"given|reported|tendered|intimated|recorded)(?:\s+from)?[ \t]*(?::-|:|–)[ \t]*$)|"
    r"(?:(?:there\s+were\s+)?apologies(?:\s+for\s+(?:absence|the\s+meeting|this\s+meeting))?"
    r"|an\s+apology(?:\s+for\s+(?:absence|non-attendance)(?:\s+at\s+the\s+meeting)?)?)"
    r"(?:\s+(?:were|was|had\s+been|have\s+been|has\s+been))?(?:\s+also)?"
    r"(?:\s+(?:received|submitted|noted|given|reported|tendered|intimated|recorded|sent|made"
    r"|accepted(?:\s+and\s+recorded)?))?"
    r"\s+(?:from|on\s+behalf\s+of|by)\b(?:\s+the\s+following(?:\s+(?:members|board\s+members))?)?[ \t]*(?::-|:|–)?[ \t]*",
    re.I | re.M,
)
# someone attending for someone else, in a sentence: the person is the text before the verb
_SUBSTITUTE_CLAUSE = re.compile(
    r"\s+(?:(?:attended|was\s+present|was\s+in\s+attendance|was\s+attending|were\s+in\s+attendance|attending"
    r"|attended\s+the\s+meeting|attended\s+this\s+meeting|was\s+attending\s+this\s+meeting|confirmed\s+(?:he|she|they)"
    r"\s+(?:was|were)\s+attending)\s+as\s+(?:a\s+|the\s+)?(?:substitutes?|deputy|deputies)"
    r"(?:\s+(?:for|in\s+place\s+of|on\s+behalf\s+of)\s+(?P<for>(?:[^.;]|(?<=\b[A-Z])\.)+?))?"
    r"|(?:substituted|deputised|deputized|was\s+deputising|was\s+substituting|is\s+deputising|deputising)\s+for\s+"
    r"(?P<for2>(?:[^.;]|(?<=\b[A-Z])\.)+?)"
    r"|(?:acted|was\s+acting)\s+as\s+(?:a\s+)?substitute\s+for\s+(?P<for3>(?:[^.;]|(?<=\b[A-Z])\.)+?)"
    r"|(?:was\s+attending|attended)(?:\s+(?:this|the)\s+meeting)?\s+as\s+(?P<for4>(?:[^.;]|(?<=\b[A-Z])\.)+?)['’]s?\s+substitute"
    r"|(?:attended|was\s+present)\s+(?:in\s+place\s+of|on\s+behalf\s+of)\s+(?P<for5>(?:[^.;]|(?<=\b[A-Z])\.)+?)"
    r"|(?P<absence>attended\s+in\s+(?:his|her|their)\s+(?:absence|place|stead))"
    r")(?=\s*(?:(?<!\b[A-Z])[.;]|,?\s+and\s+|$))",  # not the full stop of an initial
    re.I,
)
# "Present at the meeting were …", "Also in attendance were …"
_PRESENT_SENT = re.compile(r"(?:(?P<also>also|others)\s+)?(?:present|(?P<att>in\s+attendance))(?:\s+at\s+the\s+meeting)?\s+were"
                           r"(?:\s+the\s+following)?\s*:?-?\s+", re.I)
_JOINED = re.compile(r"(?:^|(?<=[.;]\s)|(?<=\n))(?P<who>(?:[A-Z][\w.'’-]*\s+){1,5}?)(?:joined|arrived\s+at)\s+the\s+(?:[\w-]+\s+){0,3}?meeting\b",
                     re.M)
_SUBS_WAS = re.compile(r"(?:on\s+behalf\s+of|for)\s+(?P<for>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:was|were)\s+"
                       r"(?P<who>(?:(?:Dr|Mr|Mrs|Ms|Cllr|Councillor|Prof)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
                       r"(?:\s+\((?P<org>[^)]*)\))?")
_WELCOMED_DEPUTY = re.compile(r"welcomed\s+(?P<who>.+?)\s+(?:to\s+the\s+meeting\s+)?who\s+was\s+(?:deputising|"
                              r"substituting|attending)\s+(?:for|on\s+behalf\s+of)\s+(?P<for>[^.;]+)", re.I)
_REPRESENTED_BY = re.compile(r",?\s+who\s+(?:was|were)\s+(?:represented|substituted|deputised|replaced)\s+by\s+"
                             r"(?P<who>(?:(?:Dr|Mr|Mrs|Ms|Cllr|Councillor|Prof)\.?\s+)?[A-Z][\w'’.-]*"
                             r"(?:\s+[A-Z][\w'’.-]*){1,3})")
# "The Chair welcomed Ann Lee from Northvale Police and Tom Bell from the ICS as guests to the meeting."
_WELCOMED_GUESTS = re.compile(r"welcomed\s+(?P<who>[A-Z][^.;]{3,300}?)\s+(?:to\s+the\s+meeting\s+)?as\s+(?:a\s+)?"
                              r"(?:guests?|observers?)\b")
_LEAD_IN = re.compile(r"^(?:(?:it\s+was\s+)?noted\s+that|the\s+\w+\s+(?:was|were)\s+(?:advised|informed|told)\s+that"
                      r"|and|also|further|in\s+addition,?|however,?)\s+", re.I)
_ABBREV_BEFORE_DOT = {"dr", "mr", "mrs", "ms", "cllr", "prof", "rev", "revd", "st", "no", "supt", "cllrs"}


def _sentence_end(text: str, start: int) -> int:
    """End of the sentence starting at ``start``: a full stop that is not after an initial or a title, or a
    blank line."""
    i = start
    depth = 0
    while i < len(text):
        c = text[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c == "\n" and text[i + 1:i + 2] == "\n":
            return i
        elif c == "\n" and (_heading(text[i + 1:text.find("\n", i + 1) if "\n" in text[i + 1:] else len(text)])
                            or _ITEM_RE.match(text[i + 1:])):
            return i
        elif c == "." and depth == 0:
            prev = re.search(r"(\w+)$", text[start:i])
            word = prev.group(1) if prev else ""
            if not (len(word) == 1 and word.isupper()) and word.lower() not in _ABBREV_BEFORE_DOT:
                return i
        i += 1
    return len(text)


def _sentences(text: str, used: list[tuple[int, int]]):
    """Entries from sentences outside the blocks: apologies, and people attending for someone else."""
    flat = text.replace("\n", " ").replace("\t", " ")
    last_apology: list[str] = []
    events = []
    low = flat.lower()
    # the sentence patterns run only in sentences holding one of their words (a page of prose costs a few
    # substring searches, not a scan by every pattern)
    for a, b in _windows(low, ("apolog",)):
        for m in _APOLOGY_SENT.finditer(text, a, b):
            if any(x <= m.start() < y for x, y in used):
                continue
            rest_of_line = text[m.end():text.find("\n", m.end()) if "\n" in text[m.end():] else len(text)]
            # "Apologies were received from:-" and the names on the lines below
            events.append((m.start(), "apology-list" if not rest_of_line.strip() else "apology", m))
    for a, b in _windows(low, ("present were", "present at the meeting were", "attendance were")):
        for m in _PRESENT_SENT.finditer(text, a, b):
            if not any(x <= m.start() < y for x, y in used):
                events.append((m.start(), "present", m))
    for a, b in _windows(low, _SUBSTITUTE_WORDS):
        for m in _SUBSTITUTE_CLAUSE.finditer(flat, a, b):
            if not any(x <= m.start() < y for x, y in used):
                events.append((m.start(), "substitute", m))
    for a, b in _windows(low, ("joined", "arrived at")):
        for m in _JOINED.finditer(text, a, b):
            if not any(x <= m.start() < y for x, y in used) and _is_bare_name(m.group("who").strip()):
                events.append((m.start(), "joined", m))
    for a, b in _windows(low, ("substitute",)):
        # "The substitutes attending on behalf of Mike Wade was Giri Rajaratnam (OHID) and for Justin Varney was …"
        for m in _SUBS_WAS.finditer(flat, a, b):
            if not any(x <= m.start() < y for x, y in used):
                events.append((m.start(), "subs-was", m))
    for a, b in _windows(low, ("as guest", "as a guest", "as observer", "as an observer")):
        for m in _WELCOMED_GUESTS.finditer(flat, a, b):
            if not any(x <= m.start() < y for x, y in used):
                events.append((m.start(), "guests", m))
    for a, b in _windows(low, ("who was",)):
        for m in _WELCOMED_DEPUTY.finditer(flat, a, b):
            if not any(x <= m.start() < y for x, y in used):
                events.append((m.start(), "welcomed", m))
    events.sort(key=lambda e: e[0])
    clause_end = 0
    for pos, kind, m in events:
        if kind == "apology":
            end = _sentence_end(text, m.end())
            segment = flat[m.end():end]
            # "… for lateness from …", a next sentence, or "Councillor J Aitman who was representing the Council …"
            # "… and C who was represented by D": the one who came instead, as a bracket of the same length
            segment = _REPRESENTED_BY.sub(lambda r: f" (represented by {r.group('who')})".ljust(len(r.group(0))),
                                          segment)
            cut = re.search(r";?\s*(?:and\s+)?for\s+lateness\b|\s+(?:The|It)\s+[a-z]"
                            r"|,?\s+who\s+(?:was|were|is|had|has|would|could)\b", segment)
            if cut:
                segment = segment[:cut.start()]
            entries = _list_entries(segment, m.end(), "apologies", m.group(0).strip())
            last_apology = [e.text for e in entries]
            clause_end = end
            yield entries
        elif kind == "present":
            end = _sentence_end(text, m.end())
            status = "in_attendance" if m.group("also") or m.group("att") else "present"
            yield _list_entries(flat[m.end():end], m.end(), status, m.group(0).strip())
        elif kind == "apology-list":
            lines = _lines(text[m.end():])
            body = []
            for off, l in lines[1:]:
                s = _BULLET.sub("", l)
                if not l.strip():
                    if body:
                        break
                    continue
                if _heading(s) or _is_stop(l) or _is_prose(s) or not _starts_person(_clean_row(0, l)[1]):
                    break
                body.append((m.end() + off, l))
            entries = _block_entries(text, "apologies", m.group(0).strip(), "", m.end(), body)
            last_apology = [e.text for e in entries]
            yield entries
        elif kind == "joined":
            # "Cllr Tim Bell joined the meeting at 10.30am": present for part of it
            e = _Entry(m.group("who").strip() + " (part meeting)", m.start("who"), "present", "joined the meeting")
            e.joined = True  # type: ignore[attr-defined]
            yield [e]
        elif kind == "subs-was":
            who = m.group("who") + (f" ({m.group('org')})" if m.group("org") else "")
            e = _Entry(who, m.start("who"), "substitute", "substitute")
            e.substitute_for = _clean_target(m.group("for"))  # type: ignore[attr-defined]
            yield [e]
        elif kind == "guests":
            entries = []
            pos = m.start("who")
            for part in re.split(r"(,\s+|\s+and\s+(?=[A-Z]))", m.group("who")):
                # "Ann Lee from Northvale Police": the body after "from" (same length, so offsets hold)
                text_part = re.sub(r"\s+from(\s+the)?\s+", lambda f: ",".ljust(len(f.group(0))), part, count=1)
                if _starts_person(text_part) and not re.fullmatch(r",\s+|\s+and\s+", part):
                    entries.append(_Entry(text_part, pos, "in_attendance", "welcomed as guests"))
                pos += len(part)
            yield entries
        elif kind == "welcomed":
            who = m.group("who")
            e = _Entry(who, m.start("who"), "substitute", "deputising")
            e.substitute_for = _clean_target(m.group("for"))  # type: ignore[attr-defined]
            yield [e]
        else:
            starts = sorted({_last_sentence_start(flat, m.start()), text.rfind("\n", 0, m.start()) + 1,
                             clause_end if clause_end <= m.start() else 0}, reverse=True)
            start = next((st for st in starts if _starts_person(_LEAD_IN.sub("", flat[st:m.start()].strip()))),
                         starts[0])
            who = flat[start:m.start()]
            # "X was attending as A's substitute and Y, Role was attending …": the clause after the last one
            who = re.split(r"\s+and\s+(?=[A-Z][^,]*?$)|['’]s\s+substitute\s+and\s+", who)[-1] if "substitute and" in who \
                else who
            lead = _LEAD_IN.match(who.strip())
            who = who.strip()[lead.end():] if lead else who.strip()
            target = next((m.group(g) for g in ("for", "for2", "for3", "for4", "for5") if m.group(g)), None)
            if m.group("absence") and last_apology:
                target = last_apology[-1]
            clause_end = m.end()
            who_sp = split_name(re.sub(r"\([^)]*\)", " ", who))
            if not who_sp:
                # "Cllrs A, B, C and D attended the meeting as substitutes"
                entries = [e for e in _list_entries(who, start, "substitute", "attended as substitute")]
                if entries and re.match(r"(?:Councillors|Cllrs)\b", who):
                    yield entries
                continue
            if _looks_like_list(who):
                yield _list_entries(who, start, "substitute", "attended as substitute")
                continue
            e = _Entry(who, start, "substitute", "attended as substitute")
            if target:
                e.substitute_for = _clean_target(target)  # type: ignore[attr-defined]
            yield [e]


_SUBSTITUTE_WORDS = ("substitut", "deputis", "deputiz", "deputy", "deputies", "in place of", "on behalf of", "absence",
                     "in her place", "in his place", "in their place", "stead")


def _windows(low: str, words) -> list[tuple[int, int]]:
    """Spans of the sentences (and the lines around them) that contain any of ``words``, merged: where the
    sentence patterns are worth running."""
    spans: list[list[int]] = []
    for w in words:
        i = low.find(w)
        while i >= 0:
            a = max(low.rfind(". ", 0, max(i - 400, 0) + 1), low.rfind(". ", 0, i), 0)
            a = max(0, low.rfind(". ", 0, a - 1) + 2 if a > 0 else 0)  # one sentence further back: the subject
            b = low.find(". ", i + len(w))
            b = len(low) if b < 0 else min(len(low), b + 2)
            spans.append([a, b])
            i = low.find(w, i + len(w))
    spans.sort()
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def _clean_target(target: str) -> str:
    """'Councillor Morgan' → 'Councillor Morgan'; 'Marco Cereste (Leader, X)' → 'Marco Cereste'."""
    t = re.sub(r"\s*\([^)]*\)\s*", " ", target).strip(" ,")
    sp = split_name(t)
    return t[:sp.end].strip() if sp else t


def _last_sentence_start(text: str, pos: int) -> int:
    i = pos
    while i > 0:
        i = text.rfind(". ", 0, i)
        if i < 0:
            return 0
        prev = re.search(r"(\w+)$", text[:i])
        word = prev.group(1) if prev else ""
        if not (len(word) == 1 and word.isupper()) and word.lower() not in _ABBREV_BEFORE_DOT:
            return i + 2
    return 0


# ---- one entry → records --------------------------------------------------------------------------------------------


_WITH_DEPUTY = re.compile(r"\s+with\s+(?P<who>[^,;()]+?)\s+(?:deputising|substituting|attending\s+in\s+(?:his|her|their)"
                          r"\s+place|attending\s+as\s+(?:a\s+|his\s+|her\s+|their\s+)?(?:substitute|deputy))\b[.;,]?\s*$", re.I)


# "Ann Lee, CEO, Northvale Hospital was substituted by Ben Cole, Deputy CEO;": one line of an apology list
_SUBSTITUTED_BY = re.compile(r"\s+(?:was|were|is)\s+(?:substituted|represented|deputised|deputized|replaced)\s+by\s+"
                             r"(?P<who>[^;]+?)[.;]?\s*$", re.I)


_ROLE_ACRONYMS = {"CEO", "CFO", "COO", "CIO", "CNO", "NED", "DPH", "DASS", "DCS", "GP", "MP", "MSP", "MS", "AM", "SRO"}
# "(Seacombe LCP)", "(Northvale PCN)": a place and a body's acronym in a bracket, not a substitute's name
_PLACE_ACRONYM = re.compile(r"(?:[A-Z][a-z][\w'’-]*\s+){1,3}[A-Z]{2,4}")


def _flatten_nested(text: str) -> str:
    """"(Medical Director (Interim), NHS X)": brackets inside brackets become plain text, so the outer group
    stays one bracket (same length, so offsets hold)."""
    if "(" not in text or text.count("(") < 2:
        return text
    out, depth = [], 0
    for c in text:
        if c == "(":
            depth += 1
            out.append(c if depth == 1 else " ")
        elif c == ")" and depth:
            depth -= 1
            out.append(c if depth == 0 else " ")
        else:
            out.append(c)
    return "".join(out)


def _entry_records(entry: _Entry, page: int, gaz: Gazetteer) -> list[AttendanceRecord]:
    text = entry.text
    deputy = _WITH_DEPUTY.search(text)
    if deputy:
        # "Councillor A (Isle of Anglesey County Council) with Councillor B deputising"
        text = text[:deputy.start()]
    replaced_by = _SUBSTITUTED_BY.search(text) if entry.status == "apologies" else None
    if replaced_by:
        text = text[:replaced_by.start()]
    # pull out bracketed groups: qualifiers, initials, substitutes, organisations
    brackets: list[str] = []

    def _take(m: re.Match) -> str:
        brackets.append(re.sub(r"\s+(?=[,;])", "", re.sub(r"\s{2,}", " ", m.group(1))).strip())
        return " " * len(m.group(0))

    core = re.sub(r"\(([^()]*)\)?", _take, _flatten_nested(text))
    sp = split_name(core, entry.inherited_title)
    if not sp:
        return []
    rest_text = core[sp.end:]
    for_other = re.match(r"\s*for\s+(?P<for>[^,;\t]+)", rest_text)
    if for_other and split_name(for_other.group("for").strip()):
        # "Jo King for Mark Hope": attending for someone else; a bracket after the other person is theirs
        entry.substitute_for = _clean_target(for_other.group("for"))  # type: ignore[attr-defined]
        rest_text = rest_text[for_other.end():]
        cut = sp.end + for_other.start()
        brackets = [b for b in brackets if text.find("(" + b) < cut]
    rest_text = re.sub(r"(?i)(^|[,\t;–—-]\s*)representing\s+", r"\1", rest_text)
    qualifiers: list[str] = []
    substitutes: list[str] = []
    substitute_for: str | None = getattr(entry, "substitute_for", None)
    org_candidates: list[str] = []
    role_candidates: list[str] = []
    if deputy and split_name(deputy.group("who")):
        substitutes.append(deputy.group("who"))
    if replaced_by and split_name(replaced_by.group("who")):
        substitutes.append(replaced_by.group("who"))
    for b in brackets:
        b_clean = re.sub(r"^all\s+", "", b.strip(" ,.;"))  # "(all Renfrewshire Council)"
        if not b_clean:
            continue
        if re.fullmatch(r"[A-Z]{2,4}", b_clean) and not gaz.match(b_clean) and b_clean[0] == sp.person[:1].upper() \
                or _initials_of(b_clean, sp.person):
            continue  # initials
        if re.fullmatch(r"[A-Z]{2,6}", b_clean):
            # "Rhea Gill (NPA)": a body's acronym, not her initials ("(CEO)", a post's, is left out as before)
            if b_clean not in _ROLE_ACRONYMS:
                org_candidates.append(b_clean)
            continue
        if _QUALIFIER_RE.match(b_clean):
            qualifiers.append(_qualifier_label(b_clean))
            continue
        sub = next((p.match(b_clean) for p in _SUBSTITUTE_IN_BRACKETS if p.match(b_clean)), None)
        if sub and split_name(sub.group("who")):
            substitutes.append(sub.group("who"))
            continue
        sf = _SUBSTITUTE_FOR.match(b_clean)
        if sf and split_name(sf.group("for")):
            substitute_for = sf.group("for").strip()
            continue
        if entry.status == "apologies" and _is_bare_name(b_clean) and not _looks_like_org(b_clean) \
                and not _PLACE_ACRONYM.fullmatch(b_clean) \
                and not gaz.match(b_clean) and (split_name(b_clean).title or len(b_clean.split()) >= 2):
            # "Mark Hope (Jo King)" in a list of apologies: the one who came instead
            substitutes.append(b_clean)
            continue
        head, sep, tail = b_clean.rpartition(", ")
        if sep and _ROLE_HINT.search(head) and not _ROLE_HINT.search(tail) and (
                gaz.match(tail) or _STRONG_ORG_WORDS.search(tail) or _looks_like_org(tail)):
            # "(Medical Director, Northvale NHS Trust)": a role and a body in one bracket
            role_candidates.append(head)
            org_candidates.append(tail)
            continue
        if gaz.match(b_clean) or (_ORG_WORDS.search(b_clean) or _PLACE_ACRONYM.fullmatch(b_clean)) \
                and not _ROLE_HINT.search(b_clean) or b_clean.lower().startswith("the "):
            org_candidates.append(b_clean)
        else:
            role_candidates.append(b_clean)
    # the rest: cells and comma parts after the name
    pieces = [p.strip(" ,;:–—-\t./") for p in re.split(r"\t|,(?![^(]*\))|\s/\s", rest_text)]
    pieces = [p for p in pieces if p and not (re.fullmatch(r"[A-Z][A-Za-z]{1,4}", p) and _initials_of(p, sp.person))]
    pieces = _join_enumerations(pieces)
    pieces += [r.strip(" ,;") for r in entry.extra_role]
    role, org_raw, org_match = _role_and_org(pieces, org_candidates, role_candidates, gaz)
    if org_raw is None and entry.group_org:
        org_raw, org_match = entry.group_org, gaz.match(entry.group_org)
    status = entry.status
    if status == "substitute" or (status in (None, "present") and (
            substitute_for or any(q.lower() in ("substitute", "sub", "deputising") for q in qualifiers))):
        # "Cllr B (substitute for Cllr A)" under "Present": the text says they attended as a substitute
        status = "substitute"
    rec = AttendanceRecord(
        name=sp.name, status=status, person=sp.person, role=role, organisation=org_raw,
        substitute_for=substitute_for, qualifiers=qualifiers, status_raw=entry.status_raw, page=page,
        span=(entry.start, entry.start + len(text.rstrip())), origin="text",
    )
    _link(rec, org_match)
    out = [rec]
    for who in substitutes:
        # "(Mr D Walker, Medical Director attended in his absence)": the substitute is a person too
        sub_entry = _Entry(who, entry.start, "substitute", "attended as substitute")
        sub_recs = _entry_records(sub_entry, page, gaz)
        for s in sub_recs:
            s.substitute_for = sp.name
            s.span = rec.span
        out.extend(sub_recs)
    return out


def _join_enumerations(pieces: list[str]) -> list[str]:
    """"Basildon, Billericay & Wickford CVS", "Health, Social Care & Wellbeing Executive Group": a comma inside
    an "A, B & C" list in a body's name, not between a role and a body. Joined when the later piece carries the
    list's "&"/"and", the earlier one is a short run of capitalised words, and neither names a job."""
    if len(pieces) < 2:
        return pieces
    out = [pieces[0]]
    for p in pieces[1:]:
        prev = out[-1]
        if re.search(r"\s(?:&|and)\s", p) and re.fullmatch(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}", prev) \
                and not _ROLE_HINT.search(prev) and not _ROLE_HINT.search(p) and not split_name(prev) \
                and (_STRONG_ORG_WORDS.search(p) or _ORG_WORDS.search(p) or _STRONG_ORG_WORDS.search(prev)):
            out[-1] = f"{prev}, {p}"
        else:
            out.append(p)
    return out


def _initials_of(token: str, person: str) -> bool:
    """"NMcD" for Neil McDowell, "EapG" for Ellen ap Gwynn, "DColl" for Diane Collinson."""
    if " " in token or not 2 <= len(token) <= 6 or sum(c.isupper() for c in token) < 2:
        return False
    firsts = [w[0] for w in person.split() if w[:1].isalpha()]
    return bool(firsts) and token[0] == firsts[0].upper() and token[-1] != "."


def _qualifier_label(q: str) -> str:
    low = q.lower()
    if re.fullmatch(r"chair(?:man|person)?|in the chair|chairing", low):
        return "Chair"
    if re.fullmatch(r"vice[- ]?chair(?:man)?", low):
        return "Vice-Chair"
    if low in ("virtual", "virtually", "remote", "remotely", "online"):
        return "virtual"
    if low in ("part", "part meeting", "part of meeting", "part of the meeting"):
        return "part meeting"
    return q


def _role_and_org(pieces: list[str], org_candidates: list[str], role_candidates: list[str], gaz: Gazetteer):
    """Decide which text is the role and which the organisation.

    Bracketed organisations and gazetteer hits win; otherwise the last of several comma parts is the
    organisation when it looks like one ("Name, Role, Organisation")."""
    org_raw = None
    org_match = None
    role_parts: list[str] = []
    for cand in org_candidates:
        hit = gaz.match(cand)
        if hit is None:
            # "(Pro Vice-Chancellor, University of Northmere)": the organisation is the gazetteer-linked part
            part, left = _org_in(cand, gaz)
            if part is not None:
                org_raw, org_match = part.matched_text, part
                if left:
                    role_candidates = [left] + list(role_candidates)
                break
        if hit or org_raw is None:
            org_raw, org_match = cand, hit
            if hit:
                break
    for piece in pieces:
        hit = gaz.match(piece)
        if hit and not org_match:
            org_raw, org_match = piece, hit
            continue
        if not hit:
            found = [f for f in gaz.find_in(piece) if f.confidence >= 0.85]
            if found and not org_match:
                f = found[-1]
                org_raw, org_match = f.matched_text, gaz.match(f.matched_text) or f
                left = piece[:f.start].strip(" ,–—-:/") if f.start is not None else ""
                if left and f.end == len(piece.rstrip()) and re.fullmatch(r"(?:[A-Z][\w'’&-]*\s*){1,3}", left) \
                        and not any(w in ROLE_WORDS - {"Welsh", "Scottish", "National", "Royal"} for w in left.split()):
                    # "Welsh Local Government Association": a proper name before the match makes another body
                    org_raw, org_match = piece.strip(), None
                    continue
                right = piece[f.end:].strip(" ,–—-:/") if f.end is not None else ""
                role_bits = [x for x in (left, right) if x and not re.fullmatch(r"(?:at|of|for|from)", x, re.I)]
                role_bits = [re.sub(r"\s+(?:at|of|for|from)$", "", x) for x in role_bits]
                role_parts.extend(role_bits)
                continue
        role_parts.append(piece)
    role_parts.extend(role_candidates)
    if org_raw is None:
        for k, part in enumerate(role_parts):
            m = _ORG_THEN_ROLE.match(part)
            if m and _looks_like_org(m.group("org")) and any(
                    w[0].isupper() and w not in ROLE_WORDS and w.lower() not in _PORTFOLIO_WORDS
                    for w in re.findall(r"[A-Za-z][\w'’&-]*", m.group("org"))):
                # "Basildon Borough Council Partnership Member", "Ceredigion County Council Chief Executive"
                org_raw = m.group("org")
                role_parts[k] = m.group("role")
                break
    if org_raw is None and len(role_parts) >= 2 and _looks_like_org(role_parts[-1]):
        org_raw = role_parts.pop()
    elif org_raw is None and len(role_parts) == 1 and _looks_like_org(role_parts[0]) \
            and not re.match(r"(?:Director|Head)\b", role_parts[0]):
        org_raw = role_parts.pop()
    role = ", ".join(p for p in role_parts if p) or None
    return role, org_raw, org_match


_ORG_THEN_ROLE = re.compile(
    r"(?P<org>.*?\b(?:Council|Trust|CCG|ICB|Service|Services|Board|Group|Police|University|Healthwatch|Partnership"
    r"|Government|Authority|Agency|Network|Forum|CVS))\s+(?P<role>(?:[A-Z][\w-]*\s+){0,3}(?:Member|Executive|Officer"
    r"|Director|Chair|Chairman|Manager|Lead|Representative|Co-ordinator|Coordinator|Commissioner|Secretary|Leader))$")


def _looks_like_org(text: str) -> bool:
    """An organisation the gazetteer does not know: no word of a job in it, and either a word that names a kind
    of body ("Trust", "Council", "Network") or a proper noun ("Vision for Frome", "Audit Scotland", "Coleg
    Cambria") or an acronym ("PHA", "ECCH"). "Housing and Planning" (a portfolio) is not."""
    t = text.strip()
    if not t or _ROLE_HINT.search(t) or not t[0].isupper() or len(t.split()) > 9:
        return False
    if re.search(r"\b(?:Locality|Localities|Area|Ward|Division|Constituency|Neighbourhood|Patch|Cluster|Zone|Quadrant)$", t):
        return False  # "GP Member, North Locality": the part of the area a member stands for, not a body
    if re.fullmatch(r"[A-Z][A-Za-z&]{1,7}", t) and sum(c.isupper() for c in t) >= 2:
        return True
    words = re.findall(r"[A-Za-z][\w'’-]*", t)
    proper = [w for w in words if w[0].isupper() and w not in ROLE_WORDS and w.lower() not in _PORTFOLIO_WORDS]
    if _STRONG_ORG_WORDS.search(t):
        return True
    if _is_bare_name(t):
        return False  # "Jo King": a person
    # "Housing and Planning", "Public Health": a portfolio, unless a proper noun names the body
    return bool(proper) and (len(words) >= 2 or bool(_ORG_WORDS.search(t)))


_ORG_AFTER_NAME = re.compile(r"\s*(?:[A-Z][\w&'’-]*\s+){0,3}(?:NHS|CCG|Council|Trust|Police|Constabulary|Healthwatch"
                             r"|University|College|Agency|Authority|Partnership|Association|Board|Group|Centre|Hospitals?"
                             r"|District|Borough|County|City)\b")
_STRONG_ORG_WORDS = re.compile(r"\b(?:NHS|CCG|ICB|ICS|STP|PCT|Council|Trust|Police|Constabulary|Healthwatch|University"
                               r"|College|Agency|Authority|Ltd|Limited|CIC|Hospice|Corporation|Commission|Coleg|Prifysgol"
                               r"|Partnership|Association|Alliance|Federation|Society|Hospitals?|Board|Group|Centre|Cyngor|Bwrdd|Iechyd|Government"
                               r"|Ymddiriedolaeth)\b")


_PORTFOLIO_WORDS = {"environment", "housing", "planning", "finance", "health", "wellbeing", "transport", "economy",
                    "culture", "leisure", "education", "governance", "audit", "quality", "safeguarding", "adults",
                    "children", "communities", "resources", "strategy", "engagement", "involvement", "minutes",
                    "secretariat", "press", "staff", "public", "patient", "carer", "volunteer", "observer", "chair",
                    "vice", "deputy", "interim", "acting", "lay", "member", "members"}


def _link(rec: AttendanceRecord, match) -> None:
    if match is None:
        return
    rec.organisation_id = match.id
    rec.organisation_name = match.name
    rec.organisation_type = match.type
    rec.organisation_confidence = match.confidence


# ---- dedupe ---------------------------------------------------------------------------------------------------------

_STATUS_WEIGHT = {"substitute": 8, "apologies": 2, "absent": 2, "present": 2, "in_attendance": 1, "expected": 0}


def _specificity(rec: AttendanceRecord) -> float:
    return (_STATUS_WEIGHT.get(rec.status or "", 0) + 2 * bool(rec.organisation_id) + bool(rec.organisation)
            + bool(rec.role) + 0.5 * bool(rec.substitute_for) + 0.1 * len(rec.qualifiers))


def _dedupe(records: list[AttendanceRecord]) -> list[AttendanceRecord]:
    """One record per person: the most specific one (at the position of the first mention), with role and
    organisation filled in from the other mention when it lacks them."""
    best: dict[str, int] = {}
    out: list[AttendanceRecord] = []
    surnames: dict[str, list[int]] = {}
    for rec in records:
        key = person_key(rec.person or rec.name)
        if key not in best and " " not in key and len(surnames.get(key, [])) == 1 and rec.status in (
                "present", out[surnames[key][0]].status):
            # "Dr Harbison joined the meeting" after "Dr J Harbison" in the list: the same person
            key = person_key(out[surnames[key][0]].person or out[surnames[key][0]].name)
        if key in best:
            i = best[key]
            keep, other = (rec, out[i]) if _specificity(rec) > _specificity(out[i]) else (out[i], rec)
            if keep.organisation is None and other.organisation is not None:
                for f in ("organisation", "organisation_id", "organisation_name", "organisation_type",
                          "organisation_confidence"):
                    setattr(keep, f, getattr(other, f))
            if keep.role is None:
                keep.role = other.role
            out[i] = keep
            continue
        best[key] = len(out)
        surnames.setdefault(key.split(" ")[-1], []).append(len(out))
        out.append(rec)
    return out


__all__ = [
    "parse_attendance", "attendance_from_moderngov_attendees", "attendance_from_moderngov_table", "HEADINGS",
    "MODERNGOV_STATUS", "normalise", "ROLE_WORDS", "PLURAL_TITLES",
]
