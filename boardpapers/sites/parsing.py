"""Pure helpers shared by every site adapter: UK dates and times, document types, meeting statuses, URLs.

Nothing here touches the network; every function is text in, value out, so each is unit-tested on its own.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

# --- dates and times --------------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_NAME = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_SEP = r"[\s,\-_.]*"  # between parts: "18th April, 2019", "13th-Dec-2018", "24_Jul_2024"

# Each pattern yields (day, month, year) groups in some order; see _DATE_PATTERNS below.
_ISO = re.compile(r"(?<!\d)(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)")
_DAY_MONTHNAME_YEAR = re.compile(
    r"(?<![0-9A-Za-z])(\d{1,2})(?:st|nd|rd|th)?" + _SEP + r"(?:of\s+)?" + _MONTH_NAME + r"(?![a-z])" + _SEP + r"(\d{4}|\d{2})(?!\d)",
    re.IGNORECASE,
)
_MONTHNAME_DAY_YEAR = re.compile(  # "April 18, 2019" (American order, seen on some NHS pages)
    r"(?<![A-Za-z])" + _MONTH_NAME + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)", re.IGNORECASE
)
_NUMERIC_DMY = re.compile(r"(?<![\d.])(\d{1,2})([/.\-_])(\d{1,2})\2(\d{4}|\d{2})(?![\d])")  # UK order: day first
_COMPACT_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")  # 20190326 in file names

_TIME = re.compile(
    r"(?<![\d.:/])(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|noon)?(?![\d])", re.IGNORECASE
)


@dataclass(frozen=True)
class DateMatch:
    date: dt.date
    start: int
    end: int


def _clean(text: str) -> str:
    """Undo the HTML noise dates arrive with: entities (&nbsp; &#47; &#32;), non-breaking spaces."""
    text = html.unescape(text or "")
    return text.replace("\xa0", " ").replace("\u2009", " ").replace("\u2013", "-").replace("\u2014", "-")


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year  # two-digit years on these sites are all 20xx


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        if not 1990 <= year <= 2100:
            return None
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[DateMatch]:
    """Every calendar date written in ``text`` in a style UK council / NHS pages use, in text order."""
    text = _clean(text)
    found: list[DateMatch] = []
    for m in _ISO.finditer(text):
        d = _make_date(int(m[1]), int(m[2]), int(m[3]))
        if d:
            found.append(DateMatch(d, m.start(), m.end()))
    for m in _DAY_MONTHNAME_YEAR.finditer(text):
        d = _make_date(_year(m[3]), _MONTHS[m[2][:3].lower()], int(m[1]))
        if d:
            found.append(DateMatch(d, m.start(), m.end()))
    for m in _MONTHNAME_DAY_YEAR.finditer(text):
        d = _make_date(int(m[3]), _MONTHS[m[1][:3].lower()], int(m[2]))
        if d:
            found.append(DateMatch(d, m.start(), m.end()))
    for m in _NUMERIC_DMY.finditer(text):
        d = _make_date(_year(m[4]), int(m[3]), int(m[1]))
        if d:
            found.append(DateMatch(d, m.start(), m.end()))
    for m in _COMPACT_YMD.finditer(text):
        d = _make_date(int(m[1]), int(m[2]), int(m[3]))
        if d:
            found.append(DateMatch(d, m.start(), m.end()))
    # Earliest first; of two matches starting together keep the longer; drop matches inside another.
    found.sort(key=lambda m: (m.start, -m.end))
    result: list[DateMatch] = []
    for match in found:
        if result and match.start < result[-1].end:
            continue
        result.append(match)
    return result


def parse_uk_date(text: str | None) -> dt.date | None:
    """The first date in ``text`` ("Thursday, 18th April, 2019 10.00 am", "16.10.2017", "13th-Dec-2018",
    "dd&#47;mm&#47;yyyy", "2017-10-16", ...), or None when there is none."""
    matches = find_dates(text or "")
    return matches[0].date if matches else None


def parse_time(text: str | None) -> str | None:
    """A clock time as 24-hour ``HH:MM`` ("10.00 am" → "10:00", "6.00 pm" → "18:00", "11:00" → "11:00").

    A bare number without minutes or am/pm ("10") is not a time: it is too often a day or an item number.
    """
    text = _clean(text or "")
    for m in _TIME.finditer(text):
        hour, minute, meridiem = int(m[1]), m[2], (m[3] or "").lower().replace(".", "")
        if minute is None and not meridiem:
            continue
        if meridiem == "noon":
            if minute is None and hour != 12:
                continue
            meridiem = "pm"
        minutes = int(minute or 0)
        if minutes > 59 or hour > 23 or (meridiem and not 1 <= hour <= 12):
            continue
        if meridiem == "pm" and hour != 12:
            hour += 12
        elif meridiem == "am" and hour == 12:
            hour = 0
        return f"{hour:02d}:{minutes:02d}"
    return None


def parse_uk_datetime(text: str | None) -> tuple[dt.date | None, str | None]:
    """The first date in ``text`` and the time written after it ("26 May 2026&nbsp;6.00 pm" → (2026-05-26, "18:00")).

    The time is looked for only after the date, so "16.10.2017" never reads as 16:10.
    """
    cleaned = _clean(text or "")
    matches = find_dates(cleaned)
    if not matches:
        return None, None
    first = matches[0]
    return first.date, parse_time(cleaned[first.end:])


# --- document types ---------------------------------------------------------------------------------------

_MINUTES = re.compile(r"\b(minutes?|mins)\b", re.IGNORECASE)
_AGENDA = re.compile(
    r"\b(agenda|front\s*sheet|frontsheet|reports?\s+pack|public\s+pack|papers?\s+pack|papers|supplement(ary)?)\b",
    re.IGNORECASE,
)
_AGENDA_ITEM = re.compile(r"\bagenda\s+item\b", re.IGNORECASE)  # "Agenda item 4 - Minutes ..." is not an agenda
_REPORT = re.compile(
    r"\b(report|appendix|appendices|annex|enc(losure)?|paper|presentation|briefing|cover\s*sheet|item)\b",
    re.IGNORECASE,
)


def _words(text: str) -> str:
    """A URL's file name or a title as plain words: %20, '+', '_' and '-' become spaces."""
    text = unquote(text or "")
    return re.sub(r"[+_\-]+", " ", text)


def document_type(title: str | None, url: str | None = None, default: str = "other") -> str:
    """agenda | minutes | report | other, from the title, else the URL's file name, else ``default``.

    Decisions worth knowing:
    - "Printed minutes", "Draft minutes", "Minutes" → minutes.
    - "Agenda frontsheet", "Agenda", "Supplementary agenda" → agenda; a "Public reports pack" is the agenda
      plus every report in one file, so it is filed as the agenda too, and so is a combined "Governing Body
      Papers 21 March 2016" ("papers", plural: the whole set; a singular "paper" is a report).
    - "Report", "Appendix", "Annex", "Presentation", "Item 5 ..." → report.
    - "Agenda and minutes" (a combined pack) → agenda; "Agenda item 4 - Minutes of ..." → minutes.
    """
    for text in (title or "", _file_name(url or "")):
        kind = _type_of(_words(text))
        if kind:
            return kind
    return default


def _type_of(text: str) -> str | None:
    if not text.strip():
        return None
    without_item = _AGENDA_ITEM.sub(" item ", text)
    has_minutes, has_agenda = bool(_MINUTES.search(without_item)), bool(_AGENDA.search(without_item))
    if has_agenda:
        return "agenda"
    if has_minutes:
        return "minutes"
    if _REPORT.search(text):
        return "report"
    return None


def _file_name(url: str) -> str:
    path = urlsplit(url).path
    return path.rsplit("/", 1)[-1]


# --- meeting status ---------------------------------------------------------------------------------------


def meeting_status(raw: str | None, day: dt.date | None, today: dt.date | None = None) -> str:
    """Map a site's status word to scheduled | held | cancelled | postponed | unknown.

    "Confirmed" / "Scheduled" / "Provisional" (and no status at all, as on listing pages) mean the meeting
    is on: it is ``scheduled`` when its date is today or later, ``held`` when the date has passed. A status
    word we do not know gives ``unknown`` rather than a guess.
    """
    today = today or dt.date.today()
    word = _clean(raw or "").strip().lower()
    if "cancel" in word or "abandon" in word:
        return "cancelled"
    if any(w in word for w in ("postpon", "moved", "reschedul", "deferred", "adjourned")):
        return "postponed"
    if word in ("held", "meeting held", "took place"):
        return "held"
    if word in ("", "confirmed", "scheduled", "provisional", "published", "approved", "draft", "to be held",
                "meeting scheduled", "meeting confirmed"):
        if day is None:
            return "unknown"
        return "scheduled" if day >= today else "held"
    return "unknown"


# --- URLs -------------------------------------------------------------------------------------------------

_UNRESERVED = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_PERCENT = re.compile(r"%([0-9A-Fa-f]{2})")
_QUERY_SAFE = "/:@!$&'()*+,;=-._~%?"


def _normalise_escapes(part: str) -> str:
    """RFC 3986 §6.2.2: upper-case escape hex, decode escapes of unreserved characters (%7E → ~)."""
    def fix(m: re.Match) -> str:
        char = chr(int(m[1], 16))
        return char if char in _UNRESERVED else "%" + m[1].upper()
    return _PERCENT.sub(fix, part)


def _quote_unsafe(part: str, safe: str) -> str:
    """Percent-encode spaces, non-ASCII and other unsafe characters, leaving existing escapes alone."""
    # A '%' not followed by two hex digits is a literal percent sign: encode it.
    part = re.sub(r"%(?![0-9A-Fa-f]{2})", "%25", part)
    return quote(part, safe=safe)


def canonical_url(href: str, base: str | None = None, *, plus_is_space: bool = False) -> str:
    """One spelling per document URL, so the same paper is not seen twice.

    - resolve relative links; lower-case scheme and host; drop the default port and the fragment;
    - the path is decoded and re-encoded segment by segment with everything but RFC 3986 unreserved characters
      percent-encoded (Python's ``quote``), so ``a b.pdf``, ``a%20b.pdf`` and ``a%2c.pdf`` vs ``a,.pdf`` each
      get one spelling; an encoded slash (%2F) stays encoded because segments are split first;
    - '+' in a path is a literal plus (it becomes %2B), so ``a+b.pdf`` stays distinct from ``a b.pdf`` —
      unless ``plus_is_space``: ModernGov writes the same file name with spaces, %20 or '+', and its
      ``documents/`` adapter says so;
    - the query is kept as written (``?T=1`` and the opaque CMIS ``Document.ashx?…`` tokens are identity),
      only spaces and other unsafe characters are encoded and escape hex is upper-cased.
    """
    href = _clean(href).strip()
    href = re.sub(r"[\t\r\n]", "", href)
    absolute = urljoin(base, href) if base else href
    parts = urlsplit(absolute)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host
    if parts.username:
        netloc = parts.username + (":" + parts.password if parts.password else "") + "@" + host
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        netloc += f":{port}"
    segments = (parts.path or "/").split("/")
    if plus_is_space:
        segments = [seg.replace("+", " ") for seg in segments]
    path = "/".join(quote(unquote(seg), safe="") for seg in segments)
    query = _normalise_escapes(_quote_unsafe(parts.query, _QUERY_SAFE)) if parts.query else ""
    return urlunsplit((scheme, netloc, path, query, ""))


def host_of(url: str) -> str:
    """host[:port], lower-cased, as ``Source.allowed_hosts`` spells it."""
    return urlsplit(url).netloc.lower()


def query_param(url: str, *names: str) -> str | None:
    """A query parameter by name, ignoring case (ModernGov writes MId, MID, mid ...)."""
    wanted = {n.lower() for n in names}
    for pair in urlsplit(_clean(url)).query.split("&"):
        key, _, value = pair.partition("=")
        if key.lower() in wanted and value:
            return unquote(value)
    return None


def normalise_title(text: str | None) -> str:
    """Committee titles compared loosely: case, '&' vs 'and', punctuation and spacing do not matter."""
    text = _clean(text or "").lower().replace("&", " and ")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def clean_text(text: str | None) -> str:
    """Visible text with entities decoded and whitespace collapsed."""
    return " ".join(html.unescape(text or "").replace("\xa0", " ").split())
