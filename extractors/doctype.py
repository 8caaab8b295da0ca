"""What a document says it is (agenda / minutes / report / other) and the meeting date it states.

Only what the title, link or first page *states* is used; nothing is inferred from content statistics.
"""
from __future__ import annotations

import datetime as dt
import re
from urllib.parse import unquote_plus, urlparse

# Order matters: the first rule that matches wins ("Agenda and minutes" is minutes, "Minutes report" is
# minutes, "Public reports pack" is an agenda although it says "report").
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("minutes", re.compile(r"\b(printed|draft|approved|confirmed|signed|unconfirmed|public)\s+minutes\b", re.I)),
    ("minutes", re.compile(r"\bminutes\s+of\s+(the\s+)?(a\s+)?(last\s+|previous\s+)?meeting\b", re.I)),
    # ModernGov's "Public reports pack" is the agenda frontsheet with its reports: the agenda as published
    ("agenda", re.compile(r"\b(public\s+)?reports?\s+pack\b|\bagenda\s+pack\b|\bsupplementary\s+agenda\b", re.I)),
    ("minutes", re.compile(r"\bminutes\b|\bminute\s+extract\b|\bdecisions?\s+(notice|list|sheet)\b", re.I)),
    ("agenda", re.compile(r"\bagenda\b(?!\s+item)|\bsummons\b|\bnotice\s+of\s+meeting\b", re.I)),
    ("report", re.compile(r"\breport\b|\bappendix\b|\bappendices\b|\bannex\b|\bbriefing\b|\bpresentation\b|"
                          r"\bpaper\b|\bstrategy\b|\bplan\b|\bupdate\b|\bcover\s+sheet\b|\bagenda\s+item\b", re.I)),
)  # fmt: skip


def _classify(text: str | None) -> str | None:
    if not text:
        return None
    text = re.sub(r"[_\-+]+", " ", text)
    for kind, pattern in _RULES:
        if pattern.search(text):
            return kind
    return None


def _url_name(url: str | None) -> str | None:
    if not url:
        return None
    path = unquote_plus(urlparse(url).path)
    name = path.rsplit("/", 1)[-1]
    return re.sub(r"\.(pdf|docx?|html?|aspx)$", "", name, flags=re.I) or None


def document_type(title: str | None, url: str | None = None, first_page_text: str | None = None) -> str | None:
    """agenda | minutes | report | other, from what the title, the URL's file name, or the first lines of the
    first page state (tried in that order). "other" when there is a title but it names none of these;
    None when nothing was given that states a type."""
    for source in (title, _url_name(url)):
        kind = _classify(source)
        if kind:
            return kind
    if first_page_text:
        head = "\n".join(first_page_text.strip().splitlines()[:15])
        kind = _classify(head)
        if kind:
            return kind
    if title and title.strip():
        return "other"
    return None


# --- meeting dates -----------------------------------------------------------------------------------------

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for m in names
}  # fmt: skip
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# "Thursday, 18th April, 2019" / "18 April 2019" / "13th-Dec-2018" / "18th of April 2019"
_TEXT_DATE = re.compile(
    rf"(?:\b{_DAY_NAME}\s*,?\s*)?\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?[\s\-.]+({_MONTH_RE})\.?[\s,\-.]+(\d{{4}})\b",
    re.I,
)
# "April 18, 2019" (rare in UK papers, but seen on CMS pages)
_TEXT_DATE_US = re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
# "16.10.2017" / "18/04/2019" / "18-04-2019" / "18/04/19": UK order dd/mm/yyyy
_NUM_DATE = re.compile(r"(?<![\d/.\-])(\d{1,2})([./\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.\-])")
_CUES = re.compile(
    r"meeting\s+held\s+(on|at)|held\s+on|date\s+of\s+meeting|meeting\s+date|\bdate\s*:|\bon\s*:?|"
    r"health\s+and\s+wellbeing\s+board|\bboard\b|\bcommittee\b|minutes\s+of",
    re.I,
)


def _mk(y: int, m: int, d: int) -> dt.date | None:
    if y < 100:
        y += 2000 if y < 70 else 1900
    try:
        day = dt.date(y, m, d)
    except ValueError:
        return None
    return day if 1990 <= day.year <= 2100 else None


def _candidates(text: str) -> list[tuple[int, dt.date]]:
    found: list[tuple[int, dt.date]] = []
    for m in _TEXT_DATE.finditer(text):
        day = _mk(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
        if day:
            found.append((m.start(), day))
    for m in _TEXT_DATE_US.finditer(text):
        day = _mk(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
        if day:
            found.append((m.start(), day))
    for m in _NUM_DATE.finditer(text):
        day = _mk(int(m.group(4)), int(m.group(3)), int(m.group(1)))
        if day:
            found.append((m.start(), day))
    return found


def meeting_date(text: str | None) -> dt.date | None:
    """The meeting date a document states on its first page, in UK styles ("Thursday, 18th April, 2019
    10.00 am", "held on 14 July 2016", "16.10.2017", "18/04/2019" as dd/mm/yyyy).

    A date just after a cue ("meeting held on", "Date:", the board's name) wins; otherwise the earliest
    date in the text. Dates inside "published", "printed" or "issued" phrases are skipped when another
    date exists. Pass the first page's text (or a title / heading).
    """
    if not text:
        return None
    text = text[:6000]
    found = _candidates(text)
    if not found:
        return None
    found.sort()

    def score(pos: int) -> tuple[int, int]:
        before = text[max(0, pos - 80) : pos]
        line_start = text.rfind("\n", 0, pos) + 1
        penalty = 1 if re.search(r"(published|printed|issued|despatch|dispatch|circulated|updated|"
                                 r"date\s+of\s+(publication|issue))\W*[\w\s,]{0,20}$", before, re.I) else 0  # fmt: skip
        cue = None
        for c in _CUES.finditer(before):
            cue = c
        # a cue on the same line, close before the date, is the strongest sign
        if cue and (max(0, pos - 80) + cue.end()) >= line_start - 1 and not penalty:
            strength = 0
        elif cue and not penalty:
            strength = 1
        else:
            strength = 2 + penalty
        return strength, pos

    best = min(found, key=lambda f: score(f[0]))
    return best[1]
