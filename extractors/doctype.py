"""What a document says it is (agenda / minutes / report / other) and the meeting date it states.

Only what the title, link or first page *states* is used; nothing is inferred from content statistics.
"""
from __future__ import annotations

import datetime as dt
import re
from urllib.parse import unquote

from boardpapers.urls import file_stem

from .dates import decode_entities, find_dates
from .lazyre import lazy_compile

# Order matters: the first rule that matches wins.
# - "Agenda and minutes" (ModernGov's combined pack) is minutes: the pack holds the record of what the meeting
#   did (who attended, what it resolved), and "minutes" is what attendance and decisions are read from; the
#   agenda half adds nothing those readers need. "Minutes report" is minutes too.
# - A "Decision notice" / "decisions list" records what was resolved: minutes-like, so minutes.
# - "Public reports pack" / "Agenda pack" / "Governing Body Papers" (plural: the whole set) is the agenda as
#   published, although it says "report"; a singular "paper" is a report.
# - "Agenda item 4 - Minutes of the previous meeting" is minutes; "Agenda item 5 ..." alone is a report.
# - "Strategy update", "Action plan", "Briefing", "Enclosure 3" are reports.
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("minutes", lazy_compile(r"\b(printed|draft|approved|confirmed|signed|unconfirmed|public)\s+minutes\b", re.I)),
    ("minutes", lazy_compile(r"\bminutes\s+of\s+(the\s+)?(a\s+)?(last\s+|previous\s+)?meeting\b", re.I)),
    ("agenda", lazy_compile(r"\b(public\s+)?reports?\s+pack\b|\b(agenda|public|papers?)\s+pack\b|"
                            r"\bsupplement(ary)?\s+agenda\b", re.I)),
    ("minutes", lazy_compile(r"\bminutes\b|\bmins\b|\bminute\s+extract\b|\bdecisions?\s+(notice|list|sheet)\b", re.I)),
    ("agenda", lazy_compile(r"\bagenda\b(?!\s+item)|\bsummons\b|\bnotice\s+of\s+meeting\b|\bfront\s*sheet\b|"
                            r"\bpapers\b|\bsupplement(ary)?\b", re.I)),
    ("report", lazy_compile(r"\breport\b|\bappendix\b|\bappendices\b|\bannex\b|\bbriefing\b|\bpresentation\b|"
                            r"\bpaper\b|\bstrategy\b|\bplan\b|\bupdate\b|\bcover\s*sheet\b|\bagenda\s+item\b|"
                            r"\benc(losure)?\b|\bitem\b", re.I)),
)  # fmt: skip


def _classify(text: str | None) -> str | None:
    if not text:
        return None
    text = re.sub(r"[_\-+]+", " ", unquote(text))  # "Printed%20minutes", "GB-minutes-2019"
    for kind, pattern in _RULES:
        if pattern.search(text):
            return kind
    return None


def document_type(title: str | None, url: str | None = None, first_page_text: str | None = None,
                  default: str | None = None) -> str | None:
    """agenda | minutes | report | other: the project's one document-type rule, used by the site adapters
    (title and link, with the listing's ``default``) and by extraction (title, file name, first page).

    Tried in order: the title, the URL's file name, the first lines of the first page. When none states a
    type: ``default`` if given, else "other" when there is a title, else None (nothing stated a type)."""
    for source in (title, file_stem(url)):
        kind = _classify(source)
        if kind:
            return kind
    if first_page_text:
        head = "\n".join(first_page_text.strip().splitlines()[:15])
        kind = _classify(head)
        if kind:
            return kind
    if default is not None:
        return default
    if title and title.strip():
        return "other"
    return None


# --- meeting dates -----------------------------------------------------------------------------------------

_CUES = lazy_compile(
    r"meeting\s+held\s+(on|at)|held\s+on|date\s+of\s+meeting|meeting\s+date|\bdate\s*:|\bon\s*:?|"
    r"health\s+and\s+wellbeing\s+board|\bboard\b|\bcommittee\b|minutes\s+of",
    re.I,
)


_WEEKDAY_BEFORE = lazy_compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?$", re.I)
_EARLIER_MEETING = lazy_compile(r"(?:previous|last|preceding)\s+meeting|(?:approve|confirm|agree|adopt)\s+the\s+minutes\s+of\b", re.I)


def meeting_date(text: str | None) -> dt.date | None:
    """The meeting date a document states on its first page, in UK styles ("Thursday, 18th April, 2019
    10.00 am", "held on 14 July 2016", "16.10.2017", "18/04/2019" as dd/mm/yyyy).

    A date just after a cue ("meeting held on", "Date:", the board's name) wins; otherwise the earliest
    date in the text. Dates inside "published", "printed" or "issued" phrases are skipped when another
    date exists. Pass the first page's text (or a title / heading).
    """
    if not text:
        return None
    text = decode_entities(text[:6000])
    found = [(match.start, match.date) for match in find_dates(text)]
    if not found:
        return None

    def score(pos: int) -> tuple[int, int]:
        before = text[max(0, pos - 80) : pos]
        line_start = text.rfind("\n", 0, pos) + 1
        penalty = 1 if re.search(r"(published|printed|issued|despatch|dispatch|circulated|updated|"
                                 r"date\s+of\s+(publication|issue))\W*[\w\s,]{0,20}$", before, re.I) else 0  # fmt: skip
        # "Minutes of Previous Meeting 24th March", "To approve the minutes of the meeting held on 30 June": the
        # earlier meeting's date, named under an item of this one
        penalty = penalty or (1 if _EARLIER_MEETING.search(before[-60:]) else 0)
        cue = None
        for c in _CUES.finditer(before):
            cue = c
        # a cue on the same line, close before the date, is the strongest sign; so is the weekday written before it
        # ("Panel - Tuesday, 15 September 2020 10.30 am": a meeting page's own heading)
        if (cue and (max(0, pos - 80) + cue.end()) >= line_start - 1 or _WEEKDAY_BEFORE.search(before)) and not penalty:
            strength = 0
        elif cue and not penalty:
            strength = 1
        else:
            strength = 2 + penalty
        return strength, pos

    best = min(found, key=lambda f: score(f[0]))
    return best[1]
