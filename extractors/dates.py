"""UK calendar dates as council and NHS papers write them: the one date-finding rule of the project.

Used by the site adapters (``boardpapers.sites.parsing``: listing labels, headings, link text, file names) and
by extraction (``doctype.meeting_date``: a document's first page). Pure: text in, dates out.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass

from .lazyre import lazy_compile

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_NAME = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_SEP = r"[\s,\-_.]*"  # between parts: "18th April, 2019", "13th-Dec-2018", "24_Jul_2024"

_ISO = lazy_compile(r"(?<!\d)(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)")
_DAY_MONTHNAME_YEAR = lazy_compile(  # "18th April, 2019", "13th-Dec-18", "18th of April 2019"
    r"(?<![0-9A-Za-z])(\d{1,2})(?:st|nd|rd|th)?" + _SEP + r"(?:of\s+)?" + _MONTH_NAME + r"(?![a-z])" + _SEP
    + r"(\d{4}|\d{2})(?!\d)",
    re.IGNORECASE,
)
_MONTHNAME_DAY_YEAR = lazy_compile(  # "April 18, 2019" (American order, seen on some NHS pages)
    r"(?<![A-Za-z])" + _MONTH_NAME + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)", re.IGNORECASE
)
_NUMERIC_DMY = lazy_compile(r"(?<![\d.])(\d{1,2})([/.\-_])(\d{1,2})\2(\d{4}|\d{2})(?![\d])")  # UK order: day first
_COMPACT_YMD = lazy_compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")  # 20190326 in file names


@dataclass(frozen=True)
class DateMatch:
    date: dt.date
    start: int  # offsets in decode_entities(text), which find_dates searches
    end: int


def decode_entities(text: str | None) -> str:
    """Undo the HTML noise dates arrive with: entities (&nbsp; &#47; &#32;), non-breaking spaces, dashes."""
    text = html.unescape(text or "")
    return text.replace("\xa0", " ").replace("\u2009", " ").replace("\u2013", "-").replace("\u2014", "-")


def _year(text: str) -> int:
    """Four digits as written; two digits pivot at 70 (as strptime's %y): "18" is 2018, "98" is 1998.

    Boards' papers run from the 1990s to now, so a two-digit "98" is never 2098."""
    year = int(text)
    if year >= 100:
        return year
    return year + (2000 if year < 70 else 1900)


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    if not 1990 <= year <= 2100:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str | None) -> list[DateMatch]:
    """Every calendar date written in ``text`` in a style UK council / NHS pages use, in text order.

    Numeric dates are day first (16.10.2017, 18/04/19); ISO (2019-04-18) and compact (20190418) years first.
    Offsets refer to ``decode_entities(text)``.
    """
    text = decode_entities(text)
    found: list[DateMatch] = []
    for pattern, order in ((_ISO, "ymd"), (_DAY_MONTHNAME_YEAR, "dMy"), (_MONTHNAME_DAY_YEAR, "Mdy"),
                           (_NUMERIC_DMY, "dmy"), (_COMPACT_YMD, "ymd")):
        for m in pattern.finditer(text):
            if order == "ymd":
                d = _make_date(int(m[1]), int(m[2]), int(m[3]))
            elif order == "dMy":
                d = _make_date(_year(m[3]), _MONTHS[m[2][:3].lower()], int(m[1]))
            elif order == "Mdy":
                d = _make_date(int(m[3]), _MONTHS[m[1][:3].lower()], int(m[2]))
            else:
                d = _make_date(_year(m[4]), int(m[3]), int(m[1]))
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
