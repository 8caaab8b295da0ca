"""Pure helpers shared by every site adapter: UK dates and times, meeting statuses, URLs.

Nothing here touches the network; every function is text in, value out, so each is unit-tested on its own.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import quote, unquote, urljoin, urlsplit, urlunsplit

# The UK-date rule (and the document-type rule) live in extractors/, shared with extraction.
from boardpapers.extractors.dates import decode_entities, find_dates

# --- dates and times --------------------------------------------------------------------------------------

_TIME = re.compile(
    r"(?<![\d.:/])(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|noon)?(?![\d])", re.IGNORECASE
)


def parse_uk_date(text: str | None) -> dt.date | None:
    """The first date in ``text`` ("Thursday, 18th April, 2019 10.00 am", "16.10.2017", "13th-Dec-2018",
    "dd&#47;mm&#47;yyyy", "2017-10-16", ...), or None when there is none."""
    matches = find_dates(text or "")
    return matches[0].date if matches else None


def parse_time(text: str | None) -> str | None:
    """A clock time as 24-hour ``HH:MM`` ("10.00 am" → "10:00", "6.00 pm" → "18:00", "11:00" → "11:00").

    A bare number without minutes or am/pm ("10") is not a time: it is too often a day or an item number.
    """
    text = decode_entities(text or "")
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
    cleaned = decode_entities(text or "")
    matches = find_dates(cleaned)
    if not matches:
        return None, None
    first = matches[0]
    return first.date, parse_time(cleaned[first.end:])


# --- meeting status ---------------------------------------------------------------------------------------


# the words a calendar row or meeting page prints beside a meeting that is not going ahead as planned
_STATUS_WORD = re.compile(r"\b(cancelled|canceled|postponed|moved|rescheduled)\b", re.IGNORECASE)


def status_word(text: str) -> str | None:
    """The status word printed in ``text`` ("Cancelled", "Postponed", …), as ``meeting_status`` takes it."""
    found = _STATUS_WORD.search(text)
    return found[1].capitalize() if found else None


def meeting_status(raw: str | None, day: dt.date | None, today: dt.date | None = None) -> str:
    """Map a site's status word to scheduled | held | cancelled | postponed | unknown.

    "Confirmed" / "Scheduled" / "Provisional" (and no status at all, as on listing pages) mean the meeting
    is on: it is ``scheduled`` when its date is today or later, ``held`` when the date has passed. A status
    word we do not know gives ``unknown`` rather than a guess.
    """
    today = today or dt.date.today()
    word = decode_entities(raw or "").strip().lower()
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
    href = decode_entities(href).strip()
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


def query_param(url: str, *names: str) -> str | None:
    """A query parameter by name, ignoring case (ModernGov writes MId, MID, mid ...)."""
    wanted = {n.lower() for n in names}
    for pair in urlsplit(decode_entities(url)).query.split("&"):
        key, _, value = pair.partition("=")
        if key.lower() in wanted and value:
            return unquote(value)
    return None


def normalise_title(text: str | None) -> str:
    """Committee titles compared loosely: case, '&' vs 'and', punctuation and spacing do not matter."""
    text = decode_entities(text or "").lower().replace("&", " and ")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def clean_text(text: str | None) -> str:
    """Visible text with entities decoded and whitespace collapsed."""
    return " ".join(html.unescape(text or "").replace("\xa0", " ").split())
