"""What was decided: RESOLVED / AGREED / Decision blocks in minutes, with the item they belong to.

One ``Decision`` per agenda item: a resolution in several parts ("(i) That … (ii) That …") stays one
decision, its parts on separate lines of ``text``, because researchers count decisions per item and the
numbering of parts is not consistent between boards.
"""
from __future__ import annotations

import re

from boardpapers.models import Decision, Page

# an agenda item / minute heading: "1. Welcome", "53. Apologies", "77/21 Minutes", "14.1 Update",
# "E.70/23 Declarations", "Minute 12 …", "Item 5 …", "GB/20/41 …", "HWB15. …"
_ITEM = re.compile(
    r"^[ \t]*(?:(?P<word>Minute|Item|Agenda Item)[ \t]+(?:No\.?[ \t]*)?(?P<wnum>[A-Z]?\d+(?:[./]\d+)*[a-z]?)\.?"
    r"|(?P<num>(?:[A-Z]{1,5}[./]?)?\d+(?:[./]\d+)*[a-z]?\.?|\d+\)|\(\d+\)))"
    r"(?:[ \t]*[:.–—-])?[ \t]+(?P<title>\S.*)$"
)
_TRIGGER = re.compile(
    r"^[ \t]*(?:(?:The[ \t]+)?(?:Board|Committee|Governing Body|Partnership|Meeting|Members)[ \t]+)?"
    r"(?P<verb>RESOLVED|Resolved|AGREED|Agreed|DECISION|Decision|DECIDED|Decided|RECOMMENDED)"
    r"(?P<sep>[ \t]*(?::|–|—|-(?=\s))|[ \t]+(?=that\b|to\b|That\b|\(|unanimously)|[ \t]*$)[ \t]*(?P<rest>.*)$"
)
_INLINE_TRIGGER = re.compile(r"\b(?:The|the)\s+(?:Board|Committee|Governing Body|Partnership)\s+(?:RESOLVED|AGREED)\b")
_PART = re.compile(r"^[ \t]*(?:\(?(?:[ivxlc]+|\d+|[a-z])\)|\d+\.|[-•–]|That\b|that\b|To\b)")


def _item_heading(line: str) -> tuple[str, str] | None:
    m = _ITEM.match(line)
    if not m:
        return None
    title = m.group("title").strip()
    num = m.group("wnum") or m.group("num")
    if m.group("word"):
        num = f"{m.group('word')} {num}"
    # a number followed by prose is a numbered paragraph, not an item ("2. The Board noted that …")
    if len(title) > 120 or re.search(r"[a-z]{3,}\s+(?:that|the|was|were|had)\b.*[.;]$", title) and not title.isupper():
        return None
    if re.match(r"(?:That|that)\b", title) or title[0].islower():
        return None
    return num, title


def parse_decisions(pages: list[Page]) -> list[Decision]:
    decisions: list[Decision] = []
    item: str | None = None
    title: str | None = None
    current: Decision | None = None
    collecting = False
    blank = False
    for page in pages:
        for line in (page.text or "").split("\n"):
            stripped = line.strip()
            trig = _TRIGGER.match(line)
            if not trig and stripped:
                heading = _item_heading(line)
                if heading:
                    item, title = heading
                    current = None
                    collecting = False
                    continue
            if trig:
                rest = trig.group("rest").strip()
                if trig.group("verb").lower().startswith("decision") and not trig.group("sep").strip() and rest:
                    trig = None  # "Decision making in the ICS" is a title, not a decision
            if trig:
                if current is None or current.item != item or current.item_title != title:
                    current = Decision(item=item, text="", item_title=title, page=page.number)
                    decisions.append(current)
                verb_rest = trig.group("rest").strip()
                if trig.group("sep").strip() == "" and verb_rest and not verb_rest.startswith("("):
                    verb_rest = f"{trig.group('verb').capitalize()} {verb_rest}"  # "RESOLVED that …" keeps its verb
                _append(current, verb_rest)
                collecting = True
                blank = False
                continue
            if not trig and stripped and _INLINE_TRIGGER.search(line):
                if current is None or current.item != item or current.item_title != title:
                    current = Decision(item=item, text="", item_title=title, page=page.number)
                    decisions.append(current)
                m = _INLINE_TRIGGER.search(line)
                _append(current, line[m.start():].strip())
                collecting = True
                blank = False
                continue
            if not collecting:
                continue
            if not stripped:
                blank = True
                continue
            if blank and not _PART.match(line):
                collecting = False
                continue
            blank = False
            if _PART.match(line) or not current.text:
                _append(current, stripped)
            else:
                _continue(current, stripped)  # a wrapped line continues the current part
    for d in decisions:
        d.text = str(d.text).strip()
    return [d for d in decisions if d.text]


def _append(dec: Decision, text: str) -> None:
    text = text.strip()
    if not text:
        return
    # split "(i) That … (ii) That …" written on one line into one part per line
    parts = re.split(r"\s+(?=\((?:[ivx]+|\d+|[a-h])\)\s)", text)
    for p in parts:
        _continue(dec, p, "\n" if dec.text else "")


class _Pieces(list):
    """A decision's text while it is collected: appending to a str attribute copies the whole text each
    time, which is quadratic when a resolution runs on for pages."""

    def __str__(self) -> str:
        return "".join(self)


def _continue(dec: Decision, text: str, sep: str = " ") -> None:
    if not isinstance(dec.text, _Pieces):
        dec.text = _Pieces([dec.text] if dec.text else [])
    dec.text.extend((sep, text))
