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
}
_HEADING_RE = re.compile(
    r"^[ \t]*(?P<h>" + "|".join(sorted((re.escape(h).replace(r"\ ", r"[ \t]+").replace("non[ \\t]+voting", r"non[ \t-]?voting")
                                        for h in HEADINGS), key=len, reverse=True))
    + r")[ \t]*(?:(?P<sep>:|[–—-](?=\s|$)|\t)|$)[ \t]*",
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
}

# a line that begins an agenda item or minute ends any attendance block
_ITEM_RE = re.compile(
    r"^[ \t]*(?:(?:minute|item|agenda item)s?[ \t]+(?:no\.?[ \t]*)?[A-Z]?\d"
    r"|[A-Z]{1,5}[ ./]?\d+(?:[./]\d+)*[.)]?[ \t]"  # E.70/23, HWB15., GB/20/41 (prefix then digits)
    r"|[A-Z]{1,5}/\d+(?:/\d+)+[.)]?[ \t]"
    r"|\(?\d+(?:[./]\d+)*[.)]?(?:[ \t]+|$)(?=[A-Z(]))",
    re.IGNORECASE,
)
_QUALIFIER_RE = re.compile(
    r"^(?:chair(?:man|person)?|vice[- ]?chair(?:man)?|co[- ]?chair|in the chair|chairing|deputy chair"
    r"|part(?: of)?(?: the)? meeting|part|virtual(?:ly)?|remote(?:ly)?|online|via (?:teams|zoom|video)|by phone"
    r"|(?:items?|minutes?) [\w./,\- &]+(?: only)?|from items? [\w./]+(?: onwards)?|until items? [\w./]+"
    r"|up to items? [\w./]+|(?:left|arrived|joined) (?:at|during|after|for) .+|for items? .+|observer|observing"
    r"|non[- ]voting|voting|ex[- ]officio|co[- ]opted|deputising|substitute|sub)$",
    re.IGNORECASE,
)
_SUBSTITUTE_IN_BRACKETS = [
    # "(Ms H Horne attended as substitute)", "(Mr D Walker, Medical Director attended in his absence)"
    re.compile(r"^(?P<who>.+?)\s+(?:attended|was present|deputised|represented (?:him|her|them))\s*(?:as (?:a )?"
               r"(?:substitute|deputy)|in (?:his|her|their) (?:absence|place)|on (?:his|her|their) behalf)\b.*$", re.I),
    re.compile(r"^(?:substituted|represented|deputised|replaced) by\s+(?P<who>.+)$", re.I),
    re.compile(r"^(?P<who>.+?)\s+(?:substituting|deputising)\b.*$", re.I),
    re.compile(r"^(?:substitute|sub|deputy)\s*[:\-–]?\s*(?P<who>.+)$", re.I),
]
_SUBSTITUTE_FOR = re.compile(r"^(?:as )?(?:substitute |substituting |deputising )?(?:for|in place of)\s+(?P<for>.+)$",
                             re.I)

# words that mark text as an organisation rather than a role when the gazetteer does not know it
_ORG_WORDS = re.compile(
    r"\b(?:NHS|CCG|ICB|ICS|STP|Council|Trust|Police|Constabulary|Healthwatch|Group|Network|Association|Partnership"
    r"|University|College|Service|Services|Agency|Authority|England|Limited|Ltd|CIC|Charity|Foundation|Hospice"
    r"|Alliance|Forum|Federation|CVS|Housing|Society|Commission|Board|Ambulance|Fire|Department|Office|PCN)\b"
)
_ROLE_HINT = re.compile(
    r"\b(?:Chair|Director|Officer|Manager|Head|Lead|Member|Executive|Consultant|Secretary|Representative|"
    r"Commissioner|Leader|Cabinet|Nurse|Doctor|Adviser|Advisor|Clerk|Minute|Taker|Coordinator|Administrator|"
    r"Deputy|Assistant|Governor|Commander|Superintendent|Inspector|Chaplain|GP|Partner|Portfolio)\b",
)
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


# ---- public API -----------------------------------------------------------------------------------------------


def parse_attendance(pages: list[Page], gazetteer: Gazetteer | None = None) -> list[AttendanceRecord]:
    """Every attendance record the minutes state, in reading order, one per person."""
    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    records: list[AttendanceRecord] = []
    for page in pages:
        text = page.text or ""
        used: list[tuple[int, int]] = []
        for entries, span in _blocks(text):
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


def _heading(line: str) -> tuple[str, str, int] | None:
    """(status, heading as written, offset of inline content) when the line opens an attendance block."""
    m = _HEADING_RE.match(line)
    if not m:
        return None
    rest = line[m.end():]
    if not m.group("sep") and rest.strip():
        return None
    # "Apologies for absence were received from" is a sentence, handled by _sentences
    if re.match(r"(?:were|was|had been|received)\b", rest.strip(), re.I):
        return None
    key = re.sub(r"[\s-]+", " ", m.group("h").lower()).replace("non voting", "non voting")
    status = HEADINGS.get(key) or HEADINGS.get(key.replace("non voting", "non-voting"))
    return status, m.group("h"), m.end()


def _is_stop(line: str) -> bool:
    s = line.strip()
    if not s:
        return False
    if _ITEM_RE.match(line):
        return True
    letters = re.sub(r"[^A-Za-z]", "", s)
    # an upper-case heading line ("MINUTES OF THE PREVIOUS MEETING") that is not a name
    if len(letters) >= 8 and letters.isupper() and len(s.split()) >= 3:
        return True
    # any other "Something:" heading ("Participants:", "Minutes:") closes the block
    if re.fullmatch(r"[A-Z][\w '’&/-]{2,40}:", s) and not split_name(s[:-1]):
        return True
    return False


def _blocks(text: str):
    """Yield (entries, (start, end)) for each heading-introduced block on the page."""
    lines = _lines(text)
    i = 0
    while i < len(lines):
        offset, line = lines[i]
        head = _heading(line)
        if not head:
            i += 1
            continue
        status, raw, content_at = head
        inline = line[content_at:]
        inline_start = offset + content_at
        body: list[tuple[int, str]] = []
        j = i + 1
        while j < len(lines):
            off2, l2 = lines[j]
            if not l2.strip():
                # a blank line ends the block unless the next line is another entry (spaced-out PDFs/HTML)
                k = j + 1
                while k < len(lines) and not lines[k][1].strip():
                    k += 1
                if (body or inline.strip()) and not (k < len(lines) and _is_entry_line(lines[k][1])):
                    break
                j = k
                continue
            if _heading(l2) or _is_stop(l2):
                break
            body.append((off2, l2))
            j += 1
        entries = _block_entries(text, status, raw, inline, inline_start, body)
        end = body[-1][0] + len(body[-1][1]) if body else offset + len(line)
        yield entries, (offset, end)
        i = j


def _looks_like_list(s: str) -> bool:
    """A line naming several people: 'Cllr A (Chair), Dr B (NHS X CCG) and C'."""
    parts = _split_list(s, 0)
    if sum(1 for _, p in parts if _is_person(p)) < 2:
        return False
    # "Prof A Smith (AS) GP Member, North Locality": a role written straight after the first name means
    # one person per line, and the commas belong to the role, unless a later part has its own title
    core = re.sub(r"\([^)]*\)?", lambda m: " " * len(m.group(0)), parts[0][1])
    first = split_name(core)
    if first and core[first.end:].strip(" .;:"):
        return any(_is_person(p) and (sp := split_name(re.sub(r"\([^)]*\)?", " ", p).strip())) and sp.title
                   for _, p in parts[1:])
    return True


def _block_entries(text: str, status: str, raw: str, inline: str, inline_start: int,
                   body: list[tuple[int, str]]) -> list[_Entry]:
    inline_s = inline.strip()
    # list style: an inline comma list, possibly wrapped over the following lines
    if inline_s and (re.search(r"[,;]| and ", inline_s) and "\t" not in inline_s.strip("\t")) and not (
        body and all(l.startswith("\t") for _, l in body)
    ):
        start = inline_start
        end = body[-1][0] + len(body[-1][1]) if body else inline_start + len(inline)
        joined = text[start:end].replace("\n", " ")
        return _list_entries(joined, start, status, raw)
    rows: list[tuple[int, str]] = []
    if inline_s:
        rows.append((inline_start + (len(inline) - len(inline.lstrip())), inline.strip()))
    for off, l in body:
        lead = len(l) - len(l.lstrip())
        rows.append((off + lead, l.strip()))
    # table header rows ("Name<TAB>Role<TAB>Organisation") carry no person
    rows = [(o, r) for o, r in rows if not all(c.strip().lower() in _HEADER_CELLS for c in r.split("\t") if c.strip())]
    entries: list[_Entry] = []
    # flattened two-column table: N name lines then N role lines
    plain = [r for _, r in rows]
    n_names = 0
    while n_names < len(plain) and "\t" not in plain[n_names] and _is_bare_name(plain[n_names]):
        n_names += 1
    if n_names and len(plain) == 2 * n_names and not any(split_name(r) or "\t" in r for r in plain[n_names:]):
        for k in range(n_names):
            off, r = rows[k]
            entries.append(_Entry(r, off, status, raw, extra_role=[plain[n_names + k]]))
        return entries
    for off, r in rows:
        if "\t" not in r and _looks_like_list(r):
            entries.extend(_list_entries(r, off, status, raw))
            continue
        if split_name(r.split("\t")[0]) is None and entries:
            # a wrapped role line continues the previous person's entry
            entries[-1].extra_role.append(r)
            continue
        entries.append(_Entry(r, off, status, raw))
    return entries


def _is_entry_line(line: str) -> bool:
    """A line shaped like an attendance entry (not prose such as 'Councillor Brady asked whether …')."""
    if _heading(line) or _is_stop(line):
        return False
    s = line.strip()
    sp = split_name(s.split("\t")[0])
    if not sp:
        return False
    rest = s[sp.end:].strip()
    return not rest or rest[0] in "(,–—-:\t" or "\t" in s or rest.split()[0] in ROLE_WORDS


def _is_bare_name(s: str) -> bool:
    sp = split_name(s)
    return bool(sp) and not s[sp.end:].strip(" ,;.")


# ---- comma lists ------------------------------------------------------------------------------------------------


def _split_list(s: str, base: int) -> list[tuple[int, str]]:
    """Split at commas, semicolons and ' and ' outside brackets, keeping offsets."""
    parts: list[tuple[int, str]] = []
    depth = 0
    start = 0
    i = 0
    while i < len(s):
        c = s[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and c in ",;":
            parts.append((start, s[start:i]))
            start = i + 1
        elif depth == 0 and s.startswith(" and ", i):
            nxt = s[i + 5:]
            piece = re.split(r"[,;]", nxt, maxsplit=1)[0]
            if _is_person(piece):
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
        lead = len(p) - len(p.lstrip())
        if p.strip():
            out.append((base + off + lead, p.strip()))
    return out


def _is_person(piece: str, inherited: str | None = None) -> bool:
    core = re.sub(r"\([^)]*\)?", " ", piece).strip(" .;:")
    core = re.sub(r"^and\s+", "", core)
    sp = split_name(core, inherited)
    if not sp:
        return False
    rest = core[sp.end:].strip(" .,")
    # "Name Role" glued together is still a person; "Greater Northmere Carers Network" is not
    if rest and not sp.title and _ORG_WORDS.match(rest):
        return False
    return not rest or bool(re.match(r"[A-Z(–-]", rest))


def _list_entries(s: str, base: int, status: str | None, raw: str | None) -> list[_Entry]:
    entries: list[_Entry] = []
    inherited: str | None = None
    prev_sep_semicolon = False
    for off, part in _split_list(s, 0):
        sep_before = s[max(0, off - 2):off]
        if ";" in sep_before:
            inherited = None  # "Councillors A and B; Dr C": the plural title stops at the semicolon
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
    return entries


# ---- sentences ---------------------------------------------------------------------------------------------------

_APOLOGY_SENT = re.compile(
    r"(?:apologies(?: for absence)?|apologies for (?:the|this) meeting)\s+(?:were|was|had been|have been)?\s*"
    r"(?:received|submitted|noted|given|reported|tendered)\s+(?:from|on behalf of|for)\s+",
    re.I,
)
_IN_PLACE_OF = re.compile(r"in\s+place\s+of")
_SUBSTITUTE_SENT = re.compile(
    r"\s+(?:attended|was present|was in attendance)(?:\s+the\s+meeting)?\s+as\s+(?:a\s+)?(?:substitute|deputy)"
    r"(?:\s+(?:for|in place of)\s+(?P<for>[^.\n]+?(?:\([^)]*\))?))?\s*(?=\.(?:\s|$)|$)"
    r"|\s+(?:substituted|deputised)\s+for\s+(?P<for2>[^.\n]+?)\s*(?=\.(?:\s|$)|$)"
    r"|\s+attended\s+in\s+place\s+of\s+(?P<for3>[^.\n]+?)\s*(?=\.(?:\s|$)|$)",
    re.I,
)
_ABBREV_BEFORE_DOT = {"dr", "mr", "mrs", "ms", "cllr", "prof", "rev", "revd", "st", "no", "supt", "cllrs"}


def _sentence_end(text: str, start: int) -> int:
    """End of the sentence starting at ``start``: a full stop that is not after an initial or a title, or a
    blank line."""
    i = start
    depth = 0
    while i < len(text):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
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
    flat = text.replace("\n", " ")
    for m in _APOLOGY_SENT.finditer(text):
        if any(a <= m.start() < b for a, b in used):
            continue
        end = _sentence_end(text, m.end())
        yield _list_entries(flat[m.end():end], m.end(), "apologies", m.group(0).strip())
    # the pattern tries every whitespace position: look only on pages that name a substitute at all
    low = text.lower()
    hint = "substitut" in low or "deput" in low or "place" in low and _IN_PLACE_OF.search(low)
    for m in _SUBSTITUTE_SENT.finditer(text) if hint else ():
        if any(a <= m.start() < b for a, b in used):
            continue
        # the substitute's name is at the start of the sentence
        line_start = max(text.rfind("\n", 0, m.start()) + 1, _last_sentence_start(text, m.start()))
        who = text[line_start:m.start()].strip()
        who_off = line_start + (len(text[line_start:m.start()]) - len(text[line_start:m.start()].lstrip()))
        sp = split_name(who)
        if not sp or who[sp.end:].strip(" ,") and not who[sp.end:].strip().startswith(("(", ",")):
            continue
        target = m.group("for") or m.group("for2") or m.group("for3")
        entry = _Entry(who, who_off, "substitute", "attended as substitute")
        entry.extra_role = []
        if target:
            entry.text = who
            entry.substitute_for = re.sub(r"\s*\([^)]*\)\s*$", "", target).strip()  # type: ignore[attr-defined]
        yield [entry]


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


def _entry_records(entry: _Entry, page: int, gaz: Gazetteer) -> list[AttendanceRecord]:
    text = entry.text
    # pull out bracketed groups: qualifiers, initials, substitutes, organisations
    brackets: list[str] = []

    def _take(m: re.Match) -> str:
        brackets.append(m.group(1).strip())
        return " " * len(m.group(0))

    core = re.sub(r"\(([^()]*)\)?", _take, text)
    sp = split_name(core, entry.inherited_title)
    if not sp:
        return []
    rest_text = core[sp.end:]
    qualifiers: list[str] = []
    substitutes: list[str] = []
    substitute_for: str | None = getattr(entry, "substitute_for", None)
    org_candidates: list[str] = []
    role_candidates: list[str] = []
    for b in brackets:
        b_clean = b.strip(" ,.;")
        if not b_clean:
            continue
        if re.fullmatch(r"[A-Z]{2,4}", b_clean) and not gaz.match(b_clean):
            continue  # initials
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
        if gaz.match(b_clean) or _ORG_WORDS.search(b_clean) and not _ROLE_HINT.search(b_clean) \
                or b_clean.lower().startswith("the "):
            org_candidates.append(b_clean)
        else:
            role_candidates.append(b_clean)
    # the rest: cells and comma parts after the name
    pieces = [p.strip(" ,;:–—-\t.") for p in re.split(r"\t|,(?![^(]*\))", rest_text)]
    pieces = [p for p in pieces if p] + [r.strip(" ,;") for r in entry.extra_role]
    role, org_raw, org_match = _role_and_org(pieces, org_candidates, role_candidates, gaz)
    status = entry.status
    if status == "substitute" or (status in (None, "present") and substitute_for):
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
                right = piece[f.end:].strip(" ,–—-:/") if f.end is not None else ""
                role_bits = [x for x in (left, right) if x and not re.fullmatch(r"(?:at|of|for|from)", x, re.I)]
                role_bits = [re.sub(r"\s+(?:at|of|for|from)$", "", x) for x in role_bits]
                role_parts.extend(role_bits)
                continue
        role_parts.append(piece)
    role_parts.extend(role_candidates)
    if org_raw is None and len(role_parts) >= 2 and _ORG_WORDS.search(role_parts[-1]) \
            and not _ROLE_HINT.search(role_parts[-1]):
        org_raw = role_parts.pop()
    elif org_raw is None and len(role_parts) == 1 and _ORG_WORDS.search(role_parts[0]) \
            and not _ROLE_HINT.search(role_parts[0]) and not re.match(r"(?:Director|Head)\b", role_parts[0]):
        org_raw = role_parts.pop()
    role = ", ".join(p for p in role_parts if p) or None
    return role, org_raw, org_match


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
    for rec in records:
        key = person_key(rec.person or rec.name)
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
        out.append(rec)
    return out


__all__ = [
    "parse_attendance", "attendance_from_moderngov_attendees", "attendance_from_moderngov_table", "HEADINGS",
    "MODERNGOV_STATUS", "normalise", "ROLE_WORDS", "PLURAL_TITLES",
]
