"""What was decided: every resolution or agreement in minutes, tied to the agenda item it sits under.

A decision is one resolution as the minutes record it. Its numbered parts ("RESOLVED: (i) … (ii) …",
"1. That … 2. That …", bullets under "The Board agreed:") stay one decision with one part per line of
``text``, because the numbering of parts is not consistent between boards; two separate statements under one
item ("The Board agreed that … " and later "The Board agreed to …") are two decisions. The same resolution
printed twice under one item (ModernGov's "Decision:" block repeated in its "Minutes:") is kept once.

Forms read (each seen in published minutes):
  * a formal verb at the start of a line or sentence: "RESOLVED:", "Resolved –", "RESOLVED that …",
    "RESOLVED/-", "(3) Resolved that", "AGREED:", "Agreed that –", "DECISION:", "Decision:" blocks,
    "Decision/Action:", "Noted:";
  * a body and a verb: "The Board resolved :- (i) …", "The Board agreed:", "The Governing Body APPROVED …",
    "Members NOTED …", "The Integration Joint Board agreed:-", "The Governing Body:" followed by parts;
  * "It was agreed / resolved that …";
  * minutes and notes recorded as approved: "The minutes … were agreed and signed as a correct record",
    "… was submitted and approved", "… were noted", "The minutes … be confirmed and signed", "… were taken as
    read, confirmed and signed", "The minutes of the last meeting agreed as a true record";
  * short verdicts: "These were agreed", "Recommendation 3 was agreed.";
  * a bare resolution with no verb before it, as decision notices print them: "That the report be noted.";
    also a bare part list "(i) That … (ii) That …" after the discussion, and parts under "Delegated decisions:";
  * an appointment recorded with no decision verb: "Councillor A was appointed Chair of the Board …";
  * "The Board were happy to note the report";
  * decision tables: a header row with a "Decision" (or "Outcome", "Resolution") column, one decision a row.

``decision_kind`` classifies a decision's text (one place for that rule).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from boardpapers.models import Decision, Page

# --- item headings ---------------------------------------------------------------------------------------

_NUM = (
    r"(?:(?:Minute|Item|Agenda Item|Note)\s+(?:No\.?\s*)?[A-Z]?\d{1,4}(?:[./]\s?\d{1,4})*[a-z]?"  # Item 5, Note 01/20
    r"|[A-Z]{2,6}\s?\d{1,4}/\d{2}"  # GMCA 96/19, TB56/10
    r"|[A-Z][A-Za-z]{0,7}(?:/\s?\d{1,4}){2,3}"  # GB/17/41, GBP/2122/214, BOD/19/01, PCCCiC/20/07
    r"|[A-Z]{2,6}\(\d{2}\)\d{1,3}"  # UPB(15)16
    r"|[A-Z]{1,4}\.?\d{1,4}(?:[./]\d{1,4})*"  # E.70/23, HWB15, TB58/10
    r"|\d{1,4}/\d{2,4}"  # 77/21, 291/19
    r"|\d{1,3}(?:\.\d{1,2}){0,2}\.?"  # 1. 53. 14.1 5.2.
    r")"
)
_HEADING = re.compile(rf"^(?P<num>{_NUM})(?:\s*[:.)]|\s+/|\s*[–—-](?=\s))?\s+(?P<title>\S.*)$")
_NUM_ONLY = re.compile(rf"^(?P<num>{_NUM})\s*[:.]?$")
_NUMBERED_TITLE = re.compile(r"^\d{1,3}\.\s+(?:/\s+)?[A-Z]")
_RESOLUTION_START = re.compile(r"(?:That|To|The (?:minutes|notes))\b")
_TRAILING_LINK = re.compile(r"\b(?:to|that|and)$")
# "3.2 The Board noted", "(b) The Board noted", "Outcome: The Board approved"
_PARA_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|[a-h][.)]|\([a-z0-9]+\)|(?:Outcome|Resolution|Summary|Conclusion)s?\s*:)\s+")
_NARRATIVE_START = re.compile(r"(?:It\s+was\s+noted|There\s|To\s)")
_INLINE_PART = re.compile(r"\s+(?=\((?:[ivx]{1,5}|\d{1,2}|[a-h])\)\s)")
_PART_NUMBER = re.compile(r"^\(?(\d{1,2})[.)]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_PART_REF = re.compile(r"^\(?(?:[ivxlc]{1,5}|[a-h])[).]?$")
_ROMAN_HEADING = re.compile(r"^(?P<num>[IVXL]{1,6})\.?\s+(?P<title>[A-Z][A-Z0-9 ,&'’()/:-]{3,})$")
_DATE = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4}\b")
_FILE_SUFFIX = re.compile(r"\s*(?:pdf icon\s*)?PDF\s+\d+(?:\.\d+)?\s*[KM]B\s*$", re.I)
# a title is a heading, not a sentence of the minute ("6.1 The Vice Chair informed the Board that …")
_PROSE = re.compile(r"(?i)\b(?:was|were|is|are|had|has|have|be|been|would|will|noted|agreed|approved|welcomed|"
                    r"received|confirmed|reported|informed|asked|explained|presented|resolved|declared|gave|sent)\b")


def _item_heading(line: str) -> tuple[str, str] | None:
    if _DATE.match(line) or _TRIGGER.match(line) or _TRIGGER.match(_PARA_NUMBER.sub("", line)) \
            or _PART.match(line) and not _NUMBERED_TITLE.match(line):
        return None
    m = _HEADING.match(line) or _ROMAN_HEADING.match(line)
    if not m:
        return None
    num, title = m.group("num").strip(), _FILE_SUFFIX.sub("", m.group("title")).strip()
    if not title or len(title) > 160 or not (title[0].isupper() or title[0].isdigit() or title[0] in "'\"‘“("):
        return None
    if _RESOLUTION_START.match(title) or _BODY_VERB.match(title) or _IT_WAS.match(title) or _SHORT_VERDICT.match(title):
        return None  # "4. The Board APPROVED the plan." is a numbered decision, not item 4
    words = title.split()
    if not title.isupper() and (title.endswith((".", ";")) and len(words) >= 6
                                or title.endswith((".", ";")) and _PROSE.search(title)
                                or len(words) > 9 and _PROSE.search(title)):
        return None  # a numbered paragraph of the minute, not a heading
    return num, title


# --- decision triggers -----------------------------------------------------------------------------------

_VERB = r"RESOLVED|Resolved|resolved|AGREED|Agreed|DECISION|Decision|DECIDED|Decided|RECOMMENDED|Recommended"
# a formal trigger at the start of a line or sentence
_TRIGGER = re.compile(
    r"^(?:\(\d+\)\s*)?(?P<verb>Decision\s*/\s*Action|" + _VERB + r"|NOTED|Noted)"
    r"(?P<sep>\s*(?:/-|:-|:|–|—|-(?=\s|$)|\.(?=\s*$))|\s+(?=(?:that|That|THAT|to|To|the|The|unanimously)\b|\()|\s*$)"
    r"\s*(?P<rest>.*)$"
)
_BODY = (r"(?:(?:The|the)\s+)?(?:(?:[A-Z][\w&'’-]*|&|of|and)\s+){0,7}?"
         r"(?:Board|BOARD|Committee|COMMITTEE|Body|Partnership|IJB|ICB|PSB|Cabinet|Executive|Panel|Forum|Group|"
         r"Council|Authority|GMCA|Members|members|Partners|Trust)(?:s|S)?(?:\s+in\s+Common)?")
_BODY_VERB = re.compile(
    rf"^(?P<body>{_BODY})\s+(?:(?:formally|unanimously|also|then|further|duly)\s+)?"
    r"(?:(?:was|were)\s+(?:happy|pleased|content|minded)\s+to\s+(?:note|agree|approve|endorse|support|accept)\b|"
    r"(?P<verb>RECEIVED and NOTED|received and noted|RESOLVED|resolved|AGREED|agreed|APPROVED|approved|NOTED|noted|"
    r"ENDORSED|endorsed|RATIFIED|ratified|SUPPORTED|supported|ACCEPTED|accepted|DEFERRED|deferred|DELEGATED|"
    r"delegated|REJECTED|rejected|DECLINED|declined|agrees|approves|notes|resolves)\b)"
    r"(?P<rest>.*)$"
)
_BODY_COLON = re.compile(rf"^(?P<body>{_BODY})\s*:-?\s*$")
# "In making decisions on these items, the Committee agreed, …" — the body after an opening clause
_CLAUSE_BODY_VERB = re.compile(rf",\s+(?:{_BODY})\s+(?:unanimously\s+)?(?:agreed|resolved|AGREED|RESOLVED|approved|APPROVED)\b")
_INNER_RESOLVED = re.compile(r"(?<!was )(?<=[\s,;])(?:RESOLVED|AGREED)(?=\s*(?:[:–—]|-\s|that\b|to\b))")
_IT_WAS = re.compile(r"\b[Ii]t\s+was\s+(?:further\s+|also\s+|unanimously\s+|therefore\s+)?(?:resolved|agreed|RESOLVED|AGREED)\b")
_PASSIVE_RECORD = re.compile(
    r"\b(?:[Mm]inutes?|MINUTES?|[Nn]otes(?=\s+of\b))\b[^.;]{0,220}?\b(?:was|were|(?<!would )(?<!will )(?<!to )(?<!should )"
    r"(?<!could )(?<!may )(?<!must )(?<!can )be)\s+(?:duly\s+|formally\s+|then\s+|therefore\s+)?"
    r"(?:(?:considered|submitted|received|amended|adopted|agreed|taken\s+as\s+read)(?:\s+and|,)\s+)*"
    r"(?:approved|agreed|confirmed|adopted|accepted|noted|signed|APPROVED|AGREED|NOTED|ratified|endorsed)\b"
    # "The minutes of the last meeting agreed as a true record" — the verb without "were"
    r"|\b(?:[Mm]inutes?|MINUTES?|[Nn]otes(?=\s+of\b))\b[^.;]{0,220}?\s(?<!\bbe\s)(?<!\bbeen\s)(?<!\bto\s)(?:agreed|approved|accepted|confirmed)\s+as\s+an?\s+"
    r"(?:true|correct|accurate)\b"
)
_SHORT_VERDICT = re.compile(
    r"^(?:(?:These|This|They|All\s+(?:the\s+)?recommendations|(?:The\s+)?[Rr]ecommendations?(?:\s+\d+)?|(?:The\s+)?[Mm]inutes)"
    r"(?:\s+\w+){0,3}?\s+(?:was|were)?\s*"
    # "The report was noted.", "The revised terms of reference were approved." — the verdict ends the sentence
    r"|(?:The|These|This|Both|All)(?:\s+(?!that\b|said\b|reported\b|explained\b|advised\b|stated\b)[\w'’&-]+){1,14}?"
    r"\s+(?:was|were)\s+(?:duly\s+|formally\s+|unanimously\s+)?"
    r"(?:received\s+and\s+|considered\s+and\s+)?)"
    r"(?:agreed|approved|noted|accepted|endorsed|ratified|deferred|adopted|supported|APPROVED|NOTED|AGREED)\.?$"
)
_SUB_PARAGRAPH = re.compile(r"^\d{1,3}\.\d{1,2}\.?$")
# a part numbered after the first cannot open a resolution on its own
_LATER_PART = re.compile(r"^\((?![i1a]\))[^)]{1,5}\)")
# "Councillor A was appointed Chairman of the Network …": an appointment recorded with no decision verb
_APPOINTED = re.compile(
    r"^(?:(?:Councillor|Cllr\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Professor|Prof\.?)\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
    r"\s+(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?(?:appointed|elected)\s+(?:as\s+)?(?:the\s+)?"
    r"(?:Chair|Chairman|Chairperson|Chairwoman|Vice[- ]Chair\w*|Deputy\s+Chair\w*)\b")
# "Delegated decisions:" on its own line: the resolution's parts follow
_DECISION_LABEL = re.compile(r"^(?:(?:Delegated|Key|Executive|Cabinet)\s+)?(?:decisions?|resolutions?)"
                             r"(?:\s+(?:taken|made))?\s*:-?$", re.I)
_BARE_THAT = re.compile(r"^(?:\d{1,2}[.)]\s+|\((?:[ivx]{1,5}|\d{1,2}|[a-h])\)\s*)?That\s.*\b(?:be|is)\s+(?:\w+ed|given|made|taken|held|brought|sent|set|"
                        r"welcomed|noted|received|thanked)\b")
# what a "Decision:" block or a passive sentence can hold without deciding anything
_NOT_A_DECISION = re.compile(r"^(?:Apologies|There\s+(?:was|were)\s+(?:no|none)|There was none|No\s+(?:declarations?|apologies|"
                             r"questions|interests?)|None\b|Nil\b)", re.I)
_RECOMMENDATION = re.compile(r"recommend|to consider|asked to", re.I)
# "Evidence to the committee: Agreed; a submission to be made" — a verdict after the subject
_INLINE_VERDICT = re.compile(r"^[^:]{3,120}:\s*(?:Agreed|AGREED|Noted|NOTED|Approved|APPROVED)\s*[;:.,–-]")
_PART = re.compile(r"^(?:\(?(?:[ivxlc]{1,5}|\d{1,2}|[a-h])\)\s*|\d{1,2}\.\s+|[a-h]\.\s+|[•·▪◦o\-–]\s+|(?:That|that|To|to)\s)")
_STOP = re.compile(
    r"^(?:Minutes|Supporting documents|Additional documents|Reasons? for (?:the )?decisions?|Purpose|"
    r"Report author|Publication date|Date of decision|Decided at meeting|Decision Maker|Decision status|"
    r"Alternative options considered|Accompanying Documents|Action|ACTION|Actions|Lead|Enclosure)\b[^.]{0,40}:"
)
_TABLE_DECISION_HEADER = re.compile(r"^(?:decisions?|outcome|resolution|decision\s*/\s*action|decision taken|agreed)\s*:?$", re.I)
_TABLE_ITEM_HEADER = re.compile(r"^(?:item|item no\.?|no\.?|ref\.?|minute|minute no\.?|agenda item)$", re.I)
_TABLE_TITLE_HEADER = re.compile(r"^(?:description|title|subject|item|report|paper)$", re.I)
# a cheap test that a line may hold a decision at all (most lines of minutes are narrative)
_MAYBE_WORDS = ("resolv", "agree", "decision", "decid", "note", "noting", "approv", "minute", "that", "endors", "ratif",
                "defer", "accept", "support", "record", "recommend", "reject", "declin", "delegat", "receiv",
                "appoint", "elected")


def _maybe_decision(line: str) -> bool:
    low = line.lower()
    return line.rstrip().endswith((":", ":-")) or any(w in low for w in _MAYBE_WORDS)


def _heading_candidate(line: str) -> bool:
    """Cheap pre-test for an item heading: its first word carries a number, or is Item / Minute / a roman numeral."""
    toks = line.split(" ", 2)
    tok = toks[0]
    return any(c.isdigit() for c in tok) or tok in ("Item", "Minute", "Agenda", "Note") or (
        tok.isupper() and (set(tok.rstrip(".")) <= set("IVXL") or len(toks) > 1 and any(c.isdigit() for c in toks[1])))

_PAGE_FURNITURE = re.compile(r"^(?:-\s*)?page\s+\d+(?:\s+of\s+\d+)?(?:\s*-)?$", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(‘'\"“])")


# --- kinds -----------------------------------------------------------------------------------------------

_KIND_RULES = (
    ("rejected", re.compile(r"\bnot\s+(?:be\s+)?(?:approved|agreed|supported|accepted|endorsed)\b|"
                            r"\b(?:did|does|do|could|would)\s+not\s+(?:approve|agree|support|accept|endorse)\b|\breject(?:ed|s)?\b|"
                            r"\bdeclin(?:ed|es)\b|\brefus(?:ed|es)\b", re.I)),
    ("deferred", re.compile(r"\bdefer(?:red|s|ral)?\b|\bpostpon(?:ed|es|e)\b|\badjourned\b", re.I)),
    ("approved", re.compile(r"\bapprov(?:e|ed|es|al|ing)\b|\bratif(?:y|ied|ies)\b|\badopt(?:ed|s)?\b|\bconfirm(?:ed|s)?\b|"
                            r"\b(?:correct|true|accurate)(?:\s+and\s+correct)?\s+record\b|\bsigned\b|"
                            r"\brecorded\s+as\s+(?:an?\s+)?(?:accurate|correct|true)\b", re.I)),
    ("agreed", re.compile(r"\bagree(?:d|s)?\b|\bendors(?:e|ed|es)\b|\bsupport(?:ed|s)?\b|\baccept(?:ed|s)?\b|"
                          r"\bdelegat(?:e|ed|es)\b|\bappoint(?:ed|s)?\b|\belect(?:ed)?\b|\bestablish(?:ed)?\b|"
                          r"\binstruct(?:ed)?\b|\bamend(?:ed|s)?\b|\bexclud(?:e|ed)\b|\bcommission(?:ed)?\b|"
                          r"\bauthoris(?:e|ed)\b|\bwelcome[ds]?\b|\bfund\b", re.I)),
    ("noted", re.compile(r"\bnot(?:e|ed|es|ing)\b|\breceiv(?:e|ed|es)\b|\backnowledg(?:e|ed|es)\b", re.I)),
)
_LEAD = re.compile(
    rf"^\s*(?:\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}\.?\s+)?(?:\(\d+\)\s*)?(?:(?:{_BODY})\s+)?(?:it\s+was\s+)?(?:{_VERB}|Decision\s*/\s*Action|NOTED|Noted|noted)\b\s*(?:/-|:-|:|–|—|-)?\s*(?:that\b)?",
    re.I)
# ", which provided an update on actions agreed …" describes the subject, not what the decision does to it
_RELATIVE_CLAUSE = re.compile(r",\s*which\b[^,;]*")
# a vote of thanks or congratulations decides nothing about a subject
_COURTESY = re.compile(r"\b(?:thank(?:ed|s)?|congratulat(?:e|ed|ions)|condolences|gratitude|appreciation)\b", re.I)
_MINUTES_AGREED = re.compile(r"\b(?:minutes?|notes of (?:the )?(?:last|previous|meeting))\b[^.]*\b(?:agreed|accepted)\b", re.I)


def decision_kind(text: str) -> str:
    """approved | agreed | noted | deferred | rejected | other, from what the decision does to its subject.

    The verb that introduces the decision ("RESOLVED", "The Board agreed") is set aside first, so "Agreed
    that the report be noted" is noted; then the strongest action named wins (rejected > deferred >
    approved > agreed > noted); minutes agreed or accepted as a record are approved. Verbs inside a
    ", which …" clause describe the subject and are set aside ("noted the Action Log, which listed actions
    agreed" is noted). Appointing or electing someone ("Resolved to appoint X as Vice-Chair") is agreed, like
    delegating or establishing: the body's choice, not the approval of a paper. A vote of thanks or
    congratulations naming none of these actions is other; any other resolution naming none is agreed;
    anything else is other."""
    t = " ".join((text or "").split())
    lead = _LEAD.match(t)
    body = t[lead.end():] if lead and lead.end() < len(t) else t
    body = _RELATIVE_CLAUSE.sub("", body)
    if _MINUTES_AGREED.search(t) and not _KIND_RULES[0][1].search(body) and not _KIND_RULES[1][1].search(body):
        return "approved"
    for kind, rx in _KIND_RULES:
        if rx.search(body):
            return kind
    if _COURTESY.search(body):
        return "other"
    if lead:
        word = lead.group(0).lower()
        if "note" in word:
            return "noted"
        return "agreed"
    return "other"


# --- parsing ---------------------------------------------------------------------------------------------


@dataclass
class _Open:
    """The decision being collected."""

    decision: Decision
    block: bool  # its parts follow on the next lines ("RESOLVED:", "The Board agreed:")
    parts: list[str] = field(default_factory=list)
    blank: bool = False
    lead: str = ""  # the verb before the text when the text leaves it out ("RESOLVED:" + "That …")
    listing: bool = False  # taking unmarked list lines after "… which included:"


def _clean(line: str) -> str:
    return " ".join(line.replace("\t", " ").split())


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", '."', ".'", ".”", ".’"))


def _opens_block(text: str) -> bool:
    t = text.rstrip()
    return (not t) or t.endswith((":", ":-", "–", "—", "/-", "-", ";", ",")) or bool(_TRAILING_LINK.search(t))


def _sentence_decisions(line: str) -> list[tuple[int, str]]:
    """Decision sentences inside a line of running text: (offset, text from that sentence to its end)."""
    out = []
    pos = 0
    sentences = []
    for m in _SENTENCE_END.finditer(line):
        sentences.append((pos, line[pos:m.start()]))
        pos = m.end()
    sentences.append((pos, line[pos:]))
    for off, s in sentences:
        s_strip = s.strip()
        core = _PARA_NUMBER.sub("", s_strip)  # "3.2 The Board noted"
        inner = _INNER_RESOLVED.search(s_strip)
        if inner and not _TRIGGER.match(core):  # "Following discussion, RESOLVED that …": the resolution starts there
            out.append((off + inner.start(), s_strip[inner.start():]))
            continue
        formal = _TRIGGER.match(core) or _BODY_VERB.match(core) or _IT_WAS.search(s_strip) \
            or _CLAUSE_BODY_VERB.search(s_strip) or _APPOINTED.match(core)
        if formal or _PASSIVE_RECORD.search(s_strip) or _SHORT_VERDICT.match(core):
            if _NOT_A_DECISION.match(core) or not formal and _NARRATIVE_START.match(core):
                continue
            bv = _BODY_VERB.match(core)
            if bv and bv.group("verb") == "noted" and bv.group("rest").lstrip().startswith("that "):
                continue  # "The Board noted that the service had …" reports the discussion
            out.append((off, s_strip))
    return out


def parse_decisions(pages: list[Page]) -> list[Decision]:
    decisions: list[Decision] = []
    item: str | None = None
    title: str | None = None
    pending_num: str | None = None
    current: _Open | None = None
    table: dict | None = None  # {"cols": n, "dec": i, "item": i|None, "title": i|None, "last": Decision|None}
    recent: list[str] = []  # the last few non-empty lines (a bare "That …" after "Recommendation:" is not a decision)
    seen: set[tuple] = set()  # (item, title, normalised text) of the decisions kept, to drop repeats

    def close():
        nonlocal current
        if current is not None:
            d = current.decision
            d.text = "\n".join(p for p in current.parts if p).strip()
            key = (d.item, d.item_title, _norm(d.text))
            if d.text and not _NOT_A_DECISION.match(d.text) and key not in seen:
                seen.add(key)
                d.kind = decision_kind(f"{current.lead} {d.text}".strip())
                decisions.append(d)
        current = None

    def start(text: str, page: Page, *, block: bool, lead: str = ""):
        nonlocal current
        close()
        current = _Open(Decision(item=item, text="", item_title=title, page=page.number), block=block, lead=lead)
        if text:
            current.parts.extend(_split_parts(text))

    for page in pages:
        for raw in (page.text or "").split("\n"):
            line = _clean(raw)
            if _PAGE_FURNITURE.match(line):  # a page number left between a resolution's parts is not part of it
                continue
            if not line:
                if current is not None:
                    current.blank = True
                continue
            cells = [c.strip() for c in raw.split("\t") if c.strip()] if "\t" in raw else [line]

            # --- decision tables ---
            if table is None and len(cells) >= 2 and any(_TABLE_DECISION_HEADER.match(c) for c in cells):
                close()
                table = _table_from_header(cells)
                continue
            if table is not None:
                consumed, table = _table_row(table, cells, raw, item, title, page, decisions)
                if consumed:
                    recent.append(line)
                    continue

            # --- item headings ---
            if pending_num is not None:
                if not _TRIGGER.match(line) and not _PART.match(line) and len(line) < 160 and line[:1].isupper() \
                        and not (len(line.split()) > 8 and _PROSE.search(line)):
                    close()
                    item, title, pending_num = pending_num, _FILE_SUFFIX.sub("", line).strip(), None
                    recent.append(line)
                    continue
                pending_num = None
            candidate = _heading_candidate(line)
            m_num = _NUM_ONLY.match(line) if candidate and len(line) <= 24 else None
            if m_num and not _DATE.match(line) and not (current is not None and _PART.match(line)):
                close()
                pending_num = m_num.group("num")
                continue
            heading = _item_heading(line) if candidate else None
            if heading and item and _SUB_PARAGRAPH.match(heading[0]) and heading[0].split(".")[0] == item.rstrip("."):
                heading = None  # "3.2 In the discussion that followed, …" under item 3 is its paragraph, not item 3.2
            if heading and current is not None and current.block and _PART.match(line) and (
                    not current.parts or _next_number(current.parts[-1], line) or line.rstrip().endswith((".", ";"))):
                heading = None  # "2. Approve the plan;" is the next part of the resolution, not item 2
            if heading:
                close()
                item, title = heading
                recent.append(line)
                continue
            if _STOP.match(line):
                close()
                recent.append(line)
                continue

            # --- continuing the open decision ---
            if current is not None and _continues(current, line):
                recent.append(line)
                plain = not (current.block or current.listing or _PART.match(line) or not current.parts)
                end = _SENTENCE_END.search(line) if plain else None
                if end is None:
                    if _PART.match(line) or not current.parts or current.listing:
                        current.parts.extend(_split_parts(line))
                    else:
                        _extend(current, line)
                    current.blank = False
                    continue
                # the wrapped sentence ends here; what follows on the line is read afresh
                _extend(current, line[:end.start()])
                close()
                line = line[end.end():]
            close()

            # --- new decisions ---
            if len(recent) > 50:
                del recent[:-5]
            if not _maybe_decision(line):
                recent.append(line)
                continue
            if _DECISION_LABEL.match(line):
                start("", page, block=True)
                recent.append(line)
                continue
            trig = _TRIGGER.match(line) or _TRIGGER.match(_PARA_NUMBER.sub("", line))  # "3.3 Resolved:"
            if trig and not (trig.group("verb").lower().startswith("decision") and trig.group("sep").strip() == ""
                             and trig.group("rest")):
                rest = trig.group("rest").strip()
                lead = trig.group("verb")
                if trig.group("sep").strip() == "" and rest and not rest.startswith("("):
                    rest, lead = f"{trig.group('verb')} {rest}", ""  # "RESOLVED that …" keeps its verb
                start(rest, page, block=_opens_block(rest) or not rest, lead=lead)
                recent.append(line)
                continue
            if _BODY_COLON.match(line):
                start("", page, block=True)
                current.parts.append(line)
                recent.append(line)
                continue
            found = _sentence_decisions(line)
            if found:
                for i, (off, text) in enumerate(found):
                    start(text, page, block=_opens_block(text))
                    # a decision sentence followed by narrative in the same paragraph ends here
                    if i < len(found) - 1 or not line.rstrip().endswith(text.rstrip()[-20:]):
                        close()
                recent.append(line)
                continue
            if _INLINE_VERDICT.match(line):
                start(line, page, block=_opens_block(line))
                recent.append(line)
                continue
            if _BARE_THAT.match(line) and decisions and (decisions[-1].item, decisions[-1].item_title) == (item, title) \
                    and _next_number(decisions[-1].text.split("\n")[-1], line):
                # "(3) That …" after an "Action:-" line between parts: the resolution goes on
                decisions[-1].text = f"{decisions[-1].text}\n{line}"
                recent.append(line)
                continue
            if _BARE_THAT.match(line) and not any(_RECOMMENDATION.search(r) for r in recent[-2:]) \
                    and not _LATER_PART.match(line):
                start(line, page, block=_opens_block(line))
                recent.append(line)
                continue
            recent.append(line)
    close()
    return decisions


def _continues(cur: _Open, line: str) -> bool:
    """Whether ``line`` belongs to the decision being collected."""
    if _TRIGGER.match(line) and _TRIGGER.match(line).group("verb")[0].isupper() and not _PART.match(line):
        return False
    if _BODY_VERB.match(line) or _IT_WAS.match(line):
        return False
    last = cur.parts[-1] if cur.parts else ""
    if not cur.parts:
        return True  # "RESOLVED:" on its own line: what follows is the decision
    if _PART.match(line):
        return cur.block or _opens_block(last) or not _ends_sentence(last) or _PART.match(last) is not None
    if line[:1].islower():
        return not _ends_sentence(last)
    if cur.blank:
        return False
    if cur.block and (last.rstrip().endswith((":", ":-")) or cur.listing) and len(line) < 150 \
            and not _ends_sentence(last) and len(cur.parts) < 15:
        cur.listing = True  # an unmarked list (HTML <li> text) under "… which included:"
        return True
    # a wrapped line of the same sentence (text from a PDF breaks lines mid-sentence)
    return not _ends_sentence(last) and not _opens_block(last) and len(last) >= 50


def _split_parts(text: str) -> list[str]:
    """ "(i) That … (ii) That …" written on one line: one part per line."""
    return [p for p in _INLINE_PART.split(text) if p]


def _next_number(prev: str, line: str) -> bool:
    """Whether ``line`` is numbered as the part after ``prev`` ("1. …" then "2. …")."""
    a, b = _PART_NUMBER.match(prev), _PART_NUMBER.match(line)
    return bool(a and b and int(b.group(1)) == int(a.group(1)) + 1)


def _extend(cur: _Open, line: str) -> None:
    cur.parts[-1] = f"{cur.parts[-1]} {line}"


def _norm(t: str) -> str:
    return _NON_WORD.sub(" ", t.lower()).strip()


def _table_from_header(cells: list[str]) -> dict:
    dec = next(i for i, c in enumerate(cells) if _TABLE_DECISION_HEADER.match(c))
    item_col = next((i for i, c in enumerate(cells) if i != dec and _TABLE_ITEM_HEADER.match(c)), None)
    title_col = next((i for i, c in enumerate(cells) if i not in (dec, item_col) and _TABLE_TITLE_HEADER.match(c)), None)
    return {"cols": len(cells), "dec": dec, "item": item_col, "title": title_col, "last": None}


def _table_row(table: dict, cells: list[str], raw: str, item, title, page: Page, decisions: list[Decision]):
    """Read one line of a decision table; (consumed, table-or-None when the table has ended)."""
    if len(cells) == table["cols"]:
        num = cells[table["item"]] if table["item"] is not None else None
        part_ref = num is not None and _PART_REF.match(num)
        row_item = item if (num is None or part_ref) else num
        row_title = (cells[table["title"]] if table["title"] is not None else None) if not part_ref and num else title
        _table_decision(table, decisions, Decision(item=row_item, text=cells[table["dec"]], item_title=row_title,
                                                   page=page.number))
        return True, table
    if table["last"] is None and len(cells) == 1 and not raw.startswith("\t") and len(cells[0]) > 20:
        # the first row with its other cells empty (HTML to text drops empty cells): the decision alone
        _table_decision(table, decisions, Decision(item=item, text=cells[0], item_title=title, page=page.number))
        return True, table
    if raw.startswith("\t") and table["last"] is not None and len(cells) < table["cols"]:
        # a wrapped cell: the decision continues when its text is unfinished, else another column does
        last = table["last"]
        if not _ends_sentence(last.text):
            last.text = f"{last.text} {cells[-1]}"
            last.kind = decision_kind(last.text)
        return True, table
    return False, None


def _table_decision(table: dict, decisions: list[Decision], d: Decision) -> None:
    d.kind = decision_kind(d.text)
    decisions.append(d)
    table["last"] = d
