"""Reading minutes line by line: items, the decision being collected, and when it ends."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from boardpapers.models import Decision, Page

from ..lazyre import lazy_compile
from .wording import (
    _TITLE_LINKS, _LETTER_PART, _DASH_AGENDA_TITLE,
    _ACTION_LOG_ACTION_HEADER, _ACTION_LOG_OTHER_HEADER, _APOLOGIES_SUBJECT, _APPOINTED, _AT_EARLIER_MEETING, _BARE_THAT, _BODY_COLON, _BODY_THEN_VERB, _BODY_VERB, _CLAUSE_BODY_VERB, _OPENING_CLAUSE_BODY, _TABLED_THEN_AGREED, _TITLE_DASH_VERDICT, _DATE, _DATED_CLAUSE, _DECISION_LABEL, _EARLIER, _FILE_SUFFIX,
    _INLINE_PART, _INLINE_VERDICT, _INNER_RESOLVED, _IT_WAS, _LATER_PART, _MATTERS_ARISING, _NARRATIVE_START,
    _INLINE_TITLE, _NON_WORD, _NOT_A_DECISION, _NUM_ONLY, _OPENING_PHRASE, _PAGE_FURNITURE, _PAGE_REF, _PARA_NUMBER, _PART,
    _PART_NUMBER, _APPROVED_BY_BODY, _PASSIVE_RECORD, _VERBLESS_VERDICT, _PROSE, _RECOMMENDATION, _SENTENCE_END, _SHORT_VERDICT, _STOP, _STOP_THEN_SPACE, _SUBSET,
    _ARTICLE, _DATED_RECORD, _MOTION_RECORD, _MOTION_VERDICT, _AGREED_BY_THOSE_PRESENT, _PROPOSAL, _REASONS, _SECONDED_CARRIED, _VOTE_TAIL, _VOTE_RESULT, _RECEIVED_BY_BODY, _TIMED_PROCEDURE, _agenda_title_then_minute, _AGENDA_VERB,
    _SUBMITTED_AND_NOTED, _ELECTION_RECORD, _NOMINEE_AGREED, _ISSUE_MEETING, _DECISION_ENTRY, _ITEM_PAGE_HEADING, _RESOLUTION_BELOW, _run_in_title, _NUMBERED_PARAGRAPH, _BODY_RECEIVED,
    _SUB_PARAGRAPH, _DATED_END, _TABLE_DECISION_HEADER, _MOTION_MADE, _VOTE_TALLY, _NONE_AGAINST, _MOTION_PASSED, _NOMINATION, _NO_OTHER_NOMINATIONS, _UNVERDICTED_NOMINATION, _TITLE_THEN_VERB, _YEAR_SPAN, _TRAILING_LINK, _TRIGGER, _VERB_LED_PART, _AMENDMENT_LIST, _ends_sentence,
    _heading_candidate, _DECLARED_INTEREST, _REFERENCE_ONLY, _DATED_BRACKET,
    _HEADING, _item_heading, _maybe_decision, _PROPOSED_THEN_RESOLVED, _PUT_TO_VOTE_LOST, _REFERS_BACK,
)
from .kinds import decision_kind
from .tables import _table_from_header, _table_row


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
    body_label: bool = False  # opened by a body alone on its line ("The Board:"): its parts must say what it did
    recorded: bool = False  # a sentence of the minute ("The minutes were approved …"), not a formal resolution
    labelled: bool = False  # opened by a bare label ("Decisions:"), its text the lines below it
    context: str = ""  # the words before it in its paragraph, when it refers back to them ("… RESOLVED that this be noted.")


# "The Group welcomed the update and the following was noted:", "… noted the following points:": the points listed
# after it report the discussion (a formal "RESOLVED – That the following be noted:" keeps its parts)
_NOTED_LIST = lazy_compile(r"\b(?:the\s+following(?:\s+(?:points?|comments?|issues?|updates?))?\s+(?:was|were)\s+noted|"
                           r"noted\s+the\s+following(?:\s+(?:points?|comments?|issues?|updates?))?)\s*:-?$", re.I)
# "RESOLVEDthat …": a text layer that lost the space after the formal verb
_GLUED_VERB = lazy_compile(r"(?<![A-Za-z])(RESOLVED|AGREED|DECIDED)(?=(?:that|That|to)\s)")


def _clean(line: str) -> str:
    line = _GLUED_VERB.sub(r"\1 ", line) if "ED" in line else line
    return " ".join(line.replace("\t", " ").split())


def _opens_block(text: str) -> bool:
    t = text.rstrip()
    return (not t) or t.endswith((":", ":-", "–", "—", "/-", "-", ";", ",")) or bool(_TRAILING_LINK.search(t))


def _sentence_decisions(line: str) -> list[tuple[int, str]]:
    """Decision sentences inside a line of running text: (offset, text from that sentence to its end)."""
    out = []
    pos = 0
    sentences = []
    for m in _SENTENCE_END.finditer(line) if _STOP_THEN_SPACE.search(line) else ():  # most lines: one sentence
        sentences.append((pos, line[pos:m.start()]))
        pos = m.end()
    sentences.append((pos, line[pos:]))
    for j, (off, s) in enumerate(sentences):
        s_strip = s.strip()
        # "3.2 The Board noted", "After discussion the Board agreed"
        core = _OPENING_PHRASE.sub("", _PARA_NUMBER.sub("", s_strip))
        core = core[:1].upper() + core[1:]  # "… Caan the Chair's Update was deferred": the sentence's own subject
        told = _NO_OTHER_NOMINATIONS.match(core) if "nominations" in core else None
        if told:
            core = core[told.end():]  # "As there were no further nominations, Cllr B was duly elected": the election
        # the searches through the whole sentence run only where the words they need are there (most
        # sentences of a minute hold neither a capital RESOLVED/AGREED nor "was")
        # "It was PROPOSED by … and UNANIMOUSLY RESOLVED that …": the motion's record opens the decision
        proposed = ("roposed" in core or "ROPOSED" in core) and _PROPOSED_THEN_RESOLVED.match(core)
        inner = not proposed and ("RESOLVED" in s_strip or "AGREED" in s_strip) and _INNER_RESOLVED.search(s_strip)
        trig = _TRIGGER.match(core)
        if inner and not trig:  # "Following discussion, RESOLVED that …": the resolution starts there
            motion = _with_motion(line, sentences, j, out)
            out.append(motion if motion[0] != off else (off + inner.start(), s_strip[inner.start():]))
            continue
        bv = None if trig else _BODY_VERB.match(core)
        it_was = None if trig or bv or "was" not in s_strip else _IT_WAS.search(s_strip)
        head = trig or proposed or bv or it_was or _APPOINTED.match(core) or _SUBMITTED_AND_NOTED.match(core) \
            or (("elected" in s_strip or "co-opted" in s_strip) and _ELECTION_RECORD.search(s_strip)) \
            or ("agreed to" in core and _NOMINEE_AGREED.match(core)) \
            or (("econd" in s_strip or "ECOND" in s_strip) and _SECONDED_CARRIED.search(s_strip)) or _DATED_RECORD.match(core) \
            or (("vote" in core or "otion" in core or "OTION" in core) and _VOTE_RESULT.match(core)) \
            or ("vote" in core and _PUT_TO_VOTE_LOST.search(core)) \
            or (" by " in core and _RECEIVED_BY_BODY.match(core)) \
            or ("and" in core and _BODY_THEN_VERB.match(core)) \
            or ("by" in core and _APPROVED_BY_BODY.match(core)) \
            or ("ed and " in core and _TABLED_THEN_AGREED.match(core)) \
            or (" by " in s_strip and _AGREED_BY_THOSE_PRESENT.search(s_strip)) \
            or (j == len(sentences) - 1 and "second" in core and _UNVERDICTED_NOMINATION.match(core))
        clause = None if head else _CLAUSE_BODY_VERB.search(s_strip)  # "…, the Committee agreed, …"
        if not (head or clause) and "agreed" in s_strip:
            opening = _OPENING_CLAUSE_BODY.match(s_strip)  # "As a response, forum members agreed to write …"
            if opening and not _DATED_CLAUSE.search(opening.group("clause")) and not _EARLIER.match(s_strip[opening.end():]):
                clause = opening
        formal = head or clause
        # every form of _PASSIVE_RECORD names minutes or notes: most sentences skip its search
        record = ("inute" in s_strip or "INUTE" in s_strip or "otes" in s_strip) and _PASSIVE_RECORD.search(s_strip)
        if record and _PENDING_RECORD.search(s_strip[:record.start()]):
            record = None  # "A agreed to make the changes before the minutes were signed": the record is to come
        # "… seconded by B. All present agreed.": a plain verdict counts after the motion it closes (joined to it below)
        verdict = not (formal or record) and j > 0 and _MOTION_VERDICT.match(core) \
            and _MOTION_RECORD.match(sentences[j - 1][1].strip())
        if formal or record or verdict or _SHORT_VERDICT.match(core) or core.startswith("All ") and _VERBLESS_VERDICT.match(core):
            if _NOT_A_DECISION.match(core) or not formal and _NARRATIVE_START.match(core) or _SUBSET.match(core):
                continue
            if not (trig or bv) and _PROPOSAL.search(s_strip):
                continue  # "The Mayor will move that the minutes be signed …" proposes, it does not record
            if clause and _DATED_CLAUSE.search(s_strip[:clause.start()]):
                continue  # "In March, the Board agreed …" recalls an earlier meeting
            if it_was and _EARLIER.match(s_strip[it_was.end():]):
                continue  # "It was agreed at the last meeting that …" recalls an earlier decision
            if "resolution" in s_strip and _RESOLUTION_BELOW.search(s_strip):
                continue  # "… agreed to the resolutions below.": the resolutions follow, each its own decision
            if it_was and s_strip[it_was.end():].strip() == "and":
                continue  # "On being put to the vote it was agreed and" over "RESOLVED: That …": that resolution's lead-in
            if bv and bv.group("verb") in ("noted", "Noted") and bv.group("rest").lstrip().startswith("that "):
                continue  # "The Board noted that the service had …" reports the discussion
            if "pologies" in s_strip and (_APOLOGIES_SUBJECT.match(core) or bv and _APOLOGIES_SUBJECT.match(bv.group("rest"))):
                continue  # "The above apologies were noted." records attendance
            if bv and (_EARLIER.match(bv.group("rest")) or "meeting" in s_strip and bv.group("verb") not in ("noted", "NOTED", "Noted")
                       and _AT_EARLIER_MEETING.search(bv.group("rest"))):
                continue  # "Partners agreed last year to pool budgets" recalls an earlier decision
            out.append(_with_motion(line, sentences, j, out))
    if len(out) > 1:
        # "The minutes … were taken as read. The minutes were accepted as a correct record …": reading the minutes as
        # read leads to the record of their approval in the next sentence, which is the decision
        out = [d for k, d in enumerate(out) if not (k + 1 < len(out) and _AS_READ_ONLY.search(d[1])
                                                     and "inute" in out[k + 1][1])]
    return out


_AS_READ_ONLY = lazy_compile(r"\b(?:were|was)\s+(?:taken|held)\s+as\s+read\.?$")


def _with_motion(line: str, sentences: list[tuple[int, str]], j: int, found: list[tuple[int, str]]) -> tuple[int, str]:
    """Decision sentence ``j`` with the record of its motion in the sentences just before it ("Proposed and seconded; a
    vote was taken; 5 for, 1 against. It was therefore RESOLVED that …", "MP proposed DP second PK. The proposal was
    agreed."): the motion, its vote and the verdict are one decision."""
    off, s = sentences[j]
    first = j
    taken = {o for o, _ in found}
    while first > 0 and sentences[first - 1][0] not in taken and _MOTION_RECORD.match(sentences[first - 1][1].strip()):
        first -= 1
    start = sentences[first][0]
    return (start, line[start:off + len(s)].strip()) if first < j else (off, s.strip())


def _short_title(text: str) -> bool:
    """A title of a few words each capitalised ("Community Centre.", "Terms of Reference")."""
    words = text.rstrip(".").split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() or w in ("of", "and", "the", "for", "to", "&") for w in words)


def _title_cased(text: str) -> bool:
    """A longer title with every word capitalised but its links and no closing stop ("Appointment of Office Bearers –
    Vice-Chairman and Secretary"): a paragraph's sentence keeps most of its words in lower case."""
    words = text.split()
    return 4 < len(words) <= 12 and not text.endswith((".", ":", ";", ",")) and not _PROSE.search(text) \
        and all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_LINKS or w in ("–", "—", "-", "&") for w in words)


def _split_inline_titles(raws: list[str], last: list[int]) -> list[str]:
    """ "49 (9) CARE CHARGES – The Director submitted …" becomes the heading "49 CARE CHARGES" and the minute's text;
    so does "4. Minutes of the last meeting: The minutes were approved …" where its number follows the last item's
    (a numbered paragraph "1. Finance: The Director …" under item 5 stays a paragraph). ``last`` carries the last
    item number read from page to page."""
    out = []
    for raw in raws:
        c = _INLINE_COLON_TITLE.match(raw) if raw[:1].isdigit() and ":" in raw else None
        # "4. Grants – Ref 25/031: Proposed …": the reference after the dash belongs to the title
        m = _INLINE_TITLE.match(raw) if raw[:1].isdigit() and ("–" in raw or "—" in raw) and not (c and c.group("ref")) else None
        if m and len(m.group("title").split()) <= 6 and not _TRIGGER.match(m.group("title")) \
                and _item_heading(f"{m.group('num')} {m.group('title')}"):
            out.extend([f"{m.group('num')} {m.group('title')}", m.group("rest")])
            last[0] = int(m.group("num"))
            continue
        if c and int(c.group("num")) > last[0] and len(c.group("title").split()) <= 16 \
                and not _TRIGGER.match(c.group("title")) and _item_heading(f"{c.group('num')}. {c.group('title')}"):
            out.extend([f"{c.group('num')}. {c.group('title')}{c.group('ref') or ''}", c.group("rest")])
            last[0] = int(c.group("num"))
            continue
        n = _PLAIN_HEADING_NUMBER.match(raw)
        if n and _item_heading(_clean(raw)):
            last[0] = int(n.group(1))
        out.append(raw)
    return out


# "4. Minutes of the previous meeting held on 4th April: The minutes were approved …", "3. Approval of the minutes – Ref
# 24/106: Proposed and seconded; …": a numbered title, a colon and the minute's first sentence on one line
_INLINE_COLON_TITLE = lazy_compile(r"^(?P<num>\d{1,3})[.)]\s+(?P<title>[A-Z][^:;.]{1,110}?)(?P<ref>\s+[–—-]\s+Ref\.?\s+[\w/.]+)?"
                                   r":\s+(?P<rest>[A-Z(].{19,})$")
_PLAIN_HEADING_NUMBER = lazy_compile(r"^(\d{1,3})[.)]?\s+[A-Z]")
_ROW_NUMBER = lazy_compile(r"^(\d{1,3})\.$")


def parse_decisions(pages: list[Page]) -> list[Decision]:
    decisions: list[Decision] = []
    item: str | None = None
    title: str | None = None
    pending_num: str | None = None
    current: _Open | None = None
    table: dict | None = None  # {"cols": n, "dec": i, "item": i|None, "title": i|None, "last": Decision|None}
    recent: list[str] = []  # the last few non-empty lines (a bare "That …" after "Recommendation:" is not a decision)
    article_items = False  # the item numbers come from unheaded Scottish articles ("1. The Group had before it …")
    paragraphs = 0  # the last number of the untitled numbered paragraphs read as items ("1. …", "2. …"), none: 0
    seen: set[tuple] = set()  # (item, title, normalised text) of the decisions kept, to drop repeats
    action_log = False  # reading the rows of an action log table
    para_item: str | None = None  # the paragraph number printed alone above this line's resolution
    reasons = False  # under "Reasons for the decision": sentences there explain, only a formal trigger decides
    from_table: set[int] = set()  # ids of the decisions read from a decision table's rows
    recommended: set[int] = set()  # ids of the decisions opened by "Recommended"
    labelled: set[int] = set()  # ids of the decisions read from under a "Decision:" label
    last_number = [0]  # the last plain item number seen, across pages (an inline title's number must follow it)
    row_number = 0  # the number of the last "N.<TAB>…" row or bare "N." line (an Item | Discussion table's first column)
    page_title: str | None = None  # the line a one-item page's heading ("Decision details") took as its item's title
    described: str | None = None  # that title once read: the line under it describes the item, it is no new title
    in_minutes: str | None = None  # the item whose ModernGov "Minutes:" label was read last
    heading_words = {"bare": 0, "Item": 0}  # how the headings taken so far write their numbers
    lettered_item: str | None = None  # the last lettered matter arising taken as an item ("3a")

    def close():
        nonlocal current
        if current is not None:
            d = current.decision
            if len(current.parts) > 1 and not current.lead and _NOTED_LIST.search(current.parts[0]) \
                    and not _TRIGGER.match(current.parts[0]):
                del current.parts[1:]  # "… and the following was noted:" over (i) … (iii): what was reported, not parts
            d.text = "\n".join(p for p in current.parts if p).strip()
            core = _norm(_core_text(d.text))
            # "AGREED to recommend APPROVAL" under each of an item's planning applications: a verdict of a few words
            # with no subject of its own repeats about different matters (a printed resolution repeated has one)
            context = current.context or (f"#{len(decisions)}" if _FEW_WORDS_VERB.match(core) else "")
            key = (d.item, d.item_title, core, context)
            label_only = current.body_label and not (len(current.parts) > 1 and _VERB_LED_PART.match(current.parts[1]))
            if d.text and not _NOT_A_DECISION.match(d.text) and key not in seen and not label_only \
                    and not _restates(decisions, d):
                seen.add(key)
                # a bare verdict under the minutes' item ("Minutes of previous meeting" / "Agreed") is about the minutes
                bare = d.item_title and "minute" in d.item_title.lower() \
                    and d.text.rstrip(".").capitalize() in _BARE_VERDICTS
                d.kind = decision_kind(f"{d.item_title}: {d.text}" if bare else f"{current.lead} {d.text}".strip())
                decisions.append(d)
                if current.labelled:
                    labelled.add(id(d))
                if (current.lead or d.text)[:11].lower() == "recommended":
                    recommended.add(id(d))
        current = None

    def start(text: str, page: Page, *, block: bool, lead: str = ""):
        nonlocal current
        close()
        current = _Open(Decision(item=item if item is not None else para_item, text="", item_title=title, page=page.number), block=block, lead=lead)
        if text:
            current.parts.extend(_split_parts(text))

    for page in pages:
        raws = _split_inline_titles(_unwrap(_without_furniture((page.text or "").split("\n"))), last_number)
        voted = -1  # the last line of a motion's vote, read with the motion
        # ("- Risk Assessment" over its minute: a page whose headings are dash-led, two of them at least, lost their
        # numbers; one such line may be a point of a list)
        dash_headings = sum(1 for i, r in enumerate(raws) if r[:1] in "-–" and _dash_heading(_clean(r), _next_filled(raws, i)))
        for k, raw in enumerate(raws):
            if k <= voted:
                continue
            line = _clean(raw)
            if not line:
                if current is not None:
                    current.blank = True
                continue
            cells = [c.strip() for c in raw.split("\t") if c.strip()] if "\t" in raw else [line]
            para_item = None
            row = _ROW_NUMBER.match(raw.split("\t")[0]) if "\t" in raw else None
            if row:
                row_number = int(row.group(1))

            # --- decision tables ---
            if table is None and len(cells) >= 2 and any(_TABLE_DECISION_HEADER.match(c) for c in cells) \
                    and not any(_PURPOSE_CELL.match(c) for c in cells) \
                    and not any(_ends_sentence(c) and len(c.split()) > 5 for c in cells):  # "Outcome<TAB>The Board noted …." is a row, no header
                close()
                table = _table_from_header(cells)
                continue
            if table is not None:
                before = len(decisions)
                consumed, table = _table_row(table, cells, raw, item, title, page, decisions)
                from_table.update(id(d) for d in decisions[before:])
                if consumed:
                    recent.append(line)
                    continue

            # --- action logs: "Action | Owner | Status" rows ("The Board agreed to circulate …") are no decisions ---
            if action_log and "\t" not in raw:
                action_log = False  # a line outside the table's cells ends it
            if table is None and len(cells) >= 3 and any(_ACTION_LOG_ACTION_HEADER.match(c) for c in cells) \
                    and any(_ACTION_LOG_OTHER_HEADER.match(c) for c in cells):
                close()
                action_log = True
            if action_log:
                recent.append(line)
                continue

            # --- item headings ---
            if _MINUTES_LABEL.match(line):
                in_minutes = item  # ModernGov's "Minutes:" under the item: its minute follows
            if pending_num is not None:
                # "278." above "To approve the minutes of …": an agenda-worded title, not a resolution's part
                to_title = line.startswith("To ") and not line.rstrip().endswith((".", ";", ":"))
                if not _TRIGGER.match(line) and (to_title or not _PART.match(line)) and len(line) < 160 and line[:1].isupper() \
                        and (to_title or not (len(line.split()) > 8 and _PROSE.search(line)) and not _numbered_sentence(pending_num, line)):
                    close()
                    item, title, pending_num = pending_num, _FILE_SUFFIX.sub("", line).strip(), None
                    recent.append(line)
                    continue
                if item is None and _SUB_PARAGRAPH.match(pending_num) and _TRIGGER.match(line):
                    para_item = pending_num  # "7.2" alone above "RESOLVED: …" where no item number is printed
                elif _ROW_NUMBER.match(pending_num) and int(pending_num.rstrip(".")) == row_number + 1 \
                        and not _PART.match(line) and row_number:
                    # "2." alone, then the discussion cell's first sentence: the next row of an Item | Discussion
                    # table whose cells hold no title, so the row's number is the item
                    close()
                    item, title = pending_num, None
                    row_number += 1
                elif _REFERENCE_ONLY.match(pending_num) and not _PART.match(line):
                    # "027/15 /" then "The notes of the meeting … were approved.": a minute reference whose title
                    # cell is empty numbers the minute that follows it
                    close()
                    item, title = pending_num, None
                pending_num = None
            if page_title is not None and line == page_title:
                page_title = None
                recent.append(line)
                described = None if _ITEM_PAGE_HEADING.match(line) else line  # the agenda's description may follow it
                continue  # the title a page heading has already given its item
            if _ITEM_PAGE_HEADING.match(line):
                close()
                nxt = _next_filled(raws, k) or ""
                if 0 < len(nxt) <= 160 and nxt[:1].isupper() and not nxt.endswith((".", ":", ";")) and ":" not in nxt:
                    item, title, page_title = None, _FILE_SUFFIX.sub("", nxt).strip(), nxt  # whatever its length
                recent.append(line)
                continue
            issue = _ISSUE_MEETING.match(line) if line.startswith("Meeting:") else None
            if issue:
                close()
                nxt = _next_filled(raws, k) or ""
                if not nxt.startswith(issue.group("num").rstrip(".")):  # "15 Appointment of …" carries its own number
                    pending_num = issue.group("num")
                recent.append(line)
                continue
            entry = _DECISION_ENTRY.match(line) if " ref:" in line else None
            if entry:
                close()
                item, title = None, entry.group("title")
                recent.append(line)
                continue
            candidate = _heading_candidate(line)
            m_num = _NUM_ONLY.match(line) if candidate and len(line) <= 24 else None
            if m_num and not _DATE.match(line) and not (current is not None and (
                    _PART.match(line) or _YEAR_SPAN.match(line) and current.parts and not _ends_sentence(current.parts[-1]))):
                close()
                pending_num = m_num.group("num")
                continue
            heading = _item_heading(line) if candidate else None
            if heading is None and candidate and _NUMBER_CELL_TITLE.match(raw):
                heading = _item_heading(raw.strip())  # "4124<TAB>Closure": the tab keeps it a running minute number
            if heading and item is not None and in_minutes == item and _LETTERED_PART.match(heading[0]) \
                    and heading[0][:-1] == item.rstrip("."):
                heading = None  # "1d Exclusion of Press and Public" inside item 1's minute: a sub-heading of item 1
            if heading and item and _SUB_PARAGRAPH.match(heading[0]) and heading[0].split(".")[0] == item.rstrip(".") \
                    and not _short_title(heading[1]) and not _title_cased(heading[1]):  # "5.1 Council." is a sub-item of its own, "5.1 It was" a paragraph
                heading = None  # "3.2 In the discussion that followed, …" under item 3 is its paragraph, not item 3.2
            if heading and heading[0].isdigit() and item and set(item.rstrip(".")) <= _ROMAN_DIGITS:
                heading = None  # "1 Colin Baird 12 Lochee Road" under article III: a numbered row of a list
            if heading and heading[0][:6].lower() == "minute" \
                    and any(_MATTERS_ARISING.search(t) for t in [title or ""] + recent[-3:]):
                heading = None  # "Minute 7 – Feedback on spending" under matters arising refers back
            if heading and current is not None and current.block and _PART.match(line) and (
                    not current.parts or _next_number(current.parts[-1], line) or line.rstrip().endswith((".", ";"))
                    or _first_part_after_colon(current.parts, line)):
                heading = None  # "2. Approve the plan;" is the next part of the resolution, not item 2
            # (under "Matters arising" only, where each letter is an earlier matter of its own; elsewhere "a) Approval of
            # Minutes" is a part of its item's minute)
            lettered = _LETTERED_HEADING.match(line) if line[1:2] == ")" and item and title \
                and (item == lettered_item or _MATTERS_ARISING.search(title)) else None
            # ("a)" under a numbered item, then "b)" after its "a)")
            parent = item.rstrip(".") if lettered and _PLAIN_ITEM.match(item) and line[0] == "a" else \
                item[:-1] if lettered and _LETTERED_PART.match(item) and ord(line[0]) == ord(item[-1]) + 1 else None
            if parent and not _PROSE.search(lettered.group("title")) and not (current is not None and current.block) \
                    and not (recent and recent[-1].rstrip().endswith((":", ":-"))):
                # "a) Closure of the School (5.2.11, para 5)" under "3. MATTERS ARISING": a lettered sub-item with its
                # own title (and a bracketed reference back), whose minute follows: item 3a
                close()
                item, title = f"{parent}{lettered.group('letter')}", lettered.group("title")
                lettered_item = item
                recent.append(line)
                continue
            if heading and heading[0].startswith("Item ") and not heading_words["Item"] and heading_words["bare"] >= 2 \
                    and item is not None and not _next_item(item, heading[0][5:]):
                heading = None  # "Item 4.3 …" inside minute 4.1 of a record numbered "4.1": another agenda's item
            if heading:
                close()
                item, title = heading
                heading_words["Item" if item.startswith("Item") else "bare"] += 1
                article_items = reasons = False
                paragraphs = -1
                recent.append(line)
                continue
            split = _heading_then_minute(raw, line) if candidate and not (current is not None and _PART.match(line)) else None
            if split:
                # the heading and the minute share the line: the item opens, then its minute is read as any line is
                close()
                item, title, line = split
                article_items = reasons = False
                paragraphs = -1
                recent.append(f"{item} {title}")
            article = _ARTICLE.match(line) if candidate and (item is None or article_items) else None
            if article:
                # the article's number is its item; an unnumbered heading just above it stays its title
                close()
                title = title if recent and recent[-1] == title else None
                item, article_items = article.group("num"), True
            # a record numbered by paragraph alone, from 1 up, before any heading: each paragraph is the item of
            # what it records (a heading ends this for the document)
            para = _NUMBERED_PARAGRAPH.match(line) if candidate and not article and title is None and paragraphs >= 0 \
                and (item is None or paragraphs) and not (current is not None and current.block) else None
            if para and int(para.group("n")) == paragraphs + 1:
                close()
                item, paragraphs = para.group("num"), paragraphs + 1
                if _BODY_RECEIVED.match(line[para.end("num"):].lstrip()) and not _STOP_THEN_SPACE.search(line):
                    start(line, page, block=False)
                    close()
                    recent.append(line)
                    continue
            if paragraphs > 0 and item is not None and " at " in line and _TIMED_PROCEDURE.match(line):
                # "The Board recessed at 9:45am" after the numbered paragraphs: the meeting's time stamp ends the last
                # paragraph's item; what is recorded after it belongs to no numbered paragraph
                close()
                item = None
            if _STOP.match(line) or _REASONS.match(line) and len(line) < 80 and not _ends_sentence(line):
                close()
                reasons = bool(_REASONS.match(line))
                recent.append(line)
                continue

            # --- continuing the open decision ---
            if current is not None and _continues(current, line, _next_filled(raws, k)):
                recent.append(line)
                plain = not (current.block or current.listing or _PART.match(line) or not current.parts)
                end = _SENTENCE_END.search(line) if plain else None
                if end is None:
                    # under "The Board:" each line that opens with what the body did is a part of its own
                    if _PART.match(line) or not current.parts or current.listing \
                            or current.body_label and _VERB_LED_PART.match(line):
                        current.parts.extend(_split_parts(line))
                    else:
                        _extend(current, line)
                    current.blank = False
                    continue
                # the wrapped sentence ends here; what follows on the line is read afresh
                _extend(current, line[:end.start()])
                close()
                line = line[end.end():]
            if current is not None and current.labelled and current.parts and _TRIGGER.match(line) \
                    and not any(_decision_shaped(p) and not _RESOLUTION_BELOW.search(p) for p in current.parts):
                current = None  # "Decisions:" over how the report was presented, then "RESOLVED that:-": that account is no decision
            close()

            # --- a heading with no number (text-only pages): it names the item of the decisions below it ---
            # ("Agenda item" / "Issues from Scrutiny" / "Scrutiny Chairs to report" / "Minutes:": on a one-item page
            # the line under the title the page heading gave is the agenda's description of it)
            if item is None and not (described is not None and recent and recent[-1] == described) \
                    and (_title_shaped(line) and _unnumbered_title(line, _next_filled(raws, k)) or _labelled_title(line, raws, k)):
                title = _FILE_SUFFIX.sub("", line).strip()
                recent.append(line)
                continue
            dashed = _DASH_AGENDA_TITLE.match(line) if item is None and line[:1] in "-–•" else None
            if dashed:
                title = dashed.group("title")  # "- To Approve the Minutes of …": an unnumbered agenda's item
                recent.append(line)
                continue
            dash_title = _dash_heading(line, _next_filled(raws, k)) if dash_headings >= 2 and line[:1] in "-–" \
                and not (recent and recent[-1].rstrip().endswith((":", ":-", "–", "—"))) else None
            if dash_title:
                item, title = None, dash_title  # "- Risk Assessment" in a list of headings that lost their numbers
                recent.append(line)
                continue

            # --- new decisions ---
            if len(recent) > 50:
                del recent[:-5]
            end = _passed_vote(raws, k) if _MOTION_MADE.match(line) else None
            if end is not None:
                start(line, page, block=False)
                current.recorded = True
                close()
                voted = end
                recent.append(line)
                continue
            # (" be " first: looking ahead to the next line for every line cost ~0.03 s on a 600-page document)
            if " be " in line and (nxt := _next_filled(raws, k) or "").startswith("(") and _MOVED_AND_SECONDED.fullmatch(nxt) \
                    and _THAT_BE_CLAUSE.search(line) and not _sentence_decisions(line):
                # "… that the Forward Plan be moved up the Agenda." over "(Moved by Cllr A and seconded by Cllr B)":
                # the motion's mover and seconder under it make the clause the resolution carried
                start(line, page, block=False)
                current.recorded = True
                close()
                recent.append(line)
                continue
            if not _maybe_decision(line):
                recent.append(line)
                continue
            motion_verdict = _verdict_after_motion(line, recent)
            if motion_verdict:
                # "… and was seconded by CC B." then "All present agreed." on the next line: the motion and its
                # verdict are one decision (the rest of the verdict's line is read afresh below)
                start(f"{recent[-1]} {motion_verdict}", page, block=False)
                current.recorded = True
                close()
                line = line[len(motion_verdict):].strip()
                if not line:
                    recent.append(motion_verdict)
                    continue
            if recent and _MOTION_PASSED.match(line) and len(line) < 40 and _NOMINATION.search(recent[-1]) \
                    and not (decisions and (decisions[-1].item, decisions[-1].item_title) == (item, title)):
                # "Cllr A was nominated by Cllr B and seconded by Cllr C." then "Carried." on a line of its own: the
                # motion with its verdict is the decision (the nomination alone decides nothing); where the item has
                # recorded its decision already, the motion and "Carried" are that decision's mover and vote
                start(f"{recent[-1]}\n{line}", page, block=False)
                current.recorded = True
                close()
                recent.append(line)
                continue
            if _DECISION_LABEL.match(line):
                start("", page, block=True)
                current.labelled = True
                recent.append(line)
                continue
            trig = _TRIGGER.match(line) or _TRIGGER.match(_PARA_NUMBER.sub("", line))  # "3.3 Resolved:"
            if reasons:
                # "The Committee unanimously resolved to endorse the recommendations." after the reasons and the
                # options: the body's own verdict ends that section as a formal trigger does
                # (a body "resolved": "The Scrutiny Committee endorsed the recommendations" there is a reason given)
                verdict = _BODY_VERB.match(_PARA_NUMBER.sub("", line)) if "resolved" in line.lower() else None
                if not trig and not (verdict and verdict.group("verb") in ("resolved", "RESOLVED")):
                    recent.append(line)
                    continue
                reasons = False
            if trig and not trig.group("rest") and trig.group("sep").strip() == "" and item is None and title is None \
                    and len(recent) <= 1 and not decisions and _is_page_header(_next_filled(raws, k) or ""):
                recent.append(line)  # "APPROVED" over the body's name as a document's first lines: its status stamp
                continue
            if trig and not (trig.group("verb").lower().startswith("decision") and trig.group("sep").strip() == ""
                             and trig.group("rest")):
                rest = trig.group("rest").strip()
                lead = trig.group("verb")
                if trig.group("sep").strip() == "" and rest and not rest.startswith("("):
                    rest, lead = f"{trig.group('verb')} {rest}", ""  # "RESOLVED that …" keeps its verb
                elif trig.group("sep").strip() == ",":
                    rest, lead = f"{trig.group('verb')}, {rest}", ""  # "Resolved, That …" keeps its verb too
                elif trig.group("sep").strip() == "." and not rest and not _PART.match(_next_filled(raws, k) or ""):
                    rest, lead = line, ""  # "Noted." is the whole verdict, the paragraph after it is not
                elif not rest and (trig.group("verb").isupper() or trig.group("verb") in _BARE_VERDICTS) \
                        and _ends_item(_next_filled(raws, k)) and not _FIRST_PART.match(_next_filled(raws, k) or ""):
                    rest, lead = line, ""  # "NOTED" or "Agreed" alone as the last line of its item: the whole verdict
                start(rest, page, block=_opens_block(rest) or not rest, lead=lead)
                current.labelled = not rest and trig.group("verb").lower().startswith("decision")  # "Decision" alone: a label
                recent.append(line)
                continue
            if _BODY_COLON.match(line) or _BODY_COLON.match(_PARA_NUMBER.sub("", line)):  # "8. The Board:"
                start("", page, block=True)
                current.body_label = True
                current.parts.append(_PARA_NUMBER.sub("", line))
                recent.append(line)
                continue
            found = _sentence_decisions(line)
            if found:
                own = _OWN_NUMBER.match(line)
                if own and found[0][0] <= own.end() and _after_item(item, int(own.group("n"))):
                    # "11. The accounts were approved." under a run-in heading ("Finance."): paragraphs numbered on
                    # from the last item, each its own minute, its number the item of what it records
                    item, title = own.group("num"), _run_in_heading(recent, title)
                close()
                for i, (off, text) in enumerate(found):
                    if _told_election(text) and _resolution_follows(raws, k):
                        continue  # "As there were no other nominations, A was duly elected" over "RESOLVED: That A …"
                    if _amendment_of_last(decisions, item, title, anywhere=True) and _PASSIVE_RECORD.search(text):
                        continue  # "… approved subject to the following amendments:" … "The minutes were then approved": one approval
                    start(text, page, block=_opens_block(text))
                    if off and _REFERS_BACK.search(text):
                        current.context = _norm(line[:off])  # repeated words about different matters are not a repeat
                    # a decision sentence followed by narrative in the same paragraph ends here
                    current.recorded = True
                    if i < len(found) - 1 or not line.rstrip().endswith(text.rstrip()[-20:]):
                        close()
                recent.append(line)
                continue
            own = _OWN_NUMBER.match(line)
            if own and _after_item(item, int(own.group("n"))) and _NUMBERED_VERDICT.match(line, own.end()):
                # "14. Mrs K. Orton was approved as Internal Auditor.": a paragraph numbered on from the last item
                # that says only what was approved, whatever its subject
                item, title = own.group("num"), _run_in_heading(recent, title)
                start(line[own.end():], page, block=False)
                current.recorded = True
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
            if _BARE_THAT.match(line) and not _recommended_above(recent) \
                    and not _LATER_PART.match(line) and not _amendment_of_last(decisions, item, title):
                start(line, page, block=_opens_block(line))
                recent.append(line)
                continue
            if _BARE_TO.match(line) and _in_minutes_prose(recent) and not _MINUTES_LABEL.match(_next_filled(raws, k) or ""):
                # "Minutes:" … "To note the update.": the minute's own sentence of what was done, where the same
                # words above the "Minutes:" label are the agenda's description of the item
                # (a bare "To …" straight above the next "Minutes:" label is the next unnumbered item's description)
                start(line, page, block=False)
                recent.append(line)
                continue
            recent.append(line)
    close()
    return _without_labelled_accounts(_without_repeats(decisions, from_table, recommended), labelled)


def _without_labelled_accounts(decisions: list[Decision], labelled: set[int]) -> list[Decision]:
    """A ModernGov "Decision:" label holds whatever the clerk wrote under the item: the account of who presented
    what ("The Director … was in attendance and gave an update …") before the item's own resolution ("It was
    RESOLVED that the update be noted"), or a member's declaration of interest. Such an account, naming no verdict,
    is no decision where a verdict of the same item follows it, nor is a declaration of interest ever."""
    kept = []
    for i, d in enumerate(decisions):
        if id(d) in labelled and d.kind == "other":
            nxt = decisions[i + 1] if i + 1 < len(decisions) else None
            if _DECLARED_INTEREST.match(d.text) or nxt is not None and nxt.kind != "other" \
                    and (nxt.item, nxt.item_title) == (d.item, d.item_title):
                continue
        kept.append(d)
    return kept


# a paragraph's own number before its sentence: "11. The accounts …" (not a resolution's part "1. That …")
_OWN_NUMBER = lazy_compile(r"^(?P<num>(?P<n>\d{1,3})\.)\s+(?!(?:That|To)\s)(?=[A-Z])")


# its sentence, short, a passive verdict its only verb: "Standing Orders, and Financial Regulations, were approved.",
# "The Clerk's salary, i.a.w. NALC guidelines, was approved." (a full stop only after an initial or an abbreviation)
_NUMBERED_VERDICT = lazy_compile(r"[A-Z](?:[^.;:]|(?<=\b[A-Za-z])\.){2,150}?\s(?:was|were)\s+(?:duly\s+|unanimously\s+)?"
                                 r"(?:approved|adopted|agreed|accepted|ratified|endorsed)\b"
                                 r"(?:[^.;:]|(?<=\b[A-Za-z])\.|(?<=\d)\.(?=\d)){0,120}\.?$")


def _is_page_header(line: str) -> bool:
    """A body's name or a minutes title heading a document ("NHS NORTHVALE", "Minute of the Forum held on …"): no
    sentence, no resolution."""
    line = line.strip()
    return bool(line) and not line.endswith((".", ":")) and not re.match(r"(?:that|to)\b", line, re.I)


def _run_in_heading(recent: list[str], title: str | None) -> str | None:
    """The run-in heading on the line just above a numbered paragraph ("Finance."), or the item's title so far."""
    above = recent[-1] if recent else ""
    if len(above.split()) <= 6 and above[:1].isupper() and not _OWN_NUMBER.match(above) and not _PROSE.search(above):
        return above.rstrip(". ")
    return title


def _next_item(item: str, num: str) -> bool:
    """Whether ``num`` could be the item after ``item`` ("4.1" then "4.2", "4.1.1" or "5"; "4.1" then "4.3" could not)."""
    a, b = [p for p in item.rstrip(".").split(".") if p], [p for p in num.rstrip(".").split(".") if p]
    if not all(p.isdigit() for p in a + b) or not a or not b:
        return True  # lettered or referenced numbers: no order to test
    x, y = [int(p) for p in a], [int(p) for p in b]
    return any(y[:k] == x[:k - 1] + [x[k - 1] + 1] and all(p == 1 for p in y[k:]) for k in range(1, len(x) + 1)) \
        or y == x + [1]


def _after_item(item: str | None, n: int) -> bool:
    """Whether a paragraph numbered ``n`` comes after the numbered item read so far (a plain number). Not before
    any item: a record numbered by paragraph alone keeps its decisions out of items (a Scottish board's minutes)."""
    return item is not None and item.rstrip(".").isdigit() and int(item.rstrip(".")) < n


def _restates(decisions: list[Decision], d: Decision) -> bool:
    """Whether ``d`` says again the decision just recorded under its item: "It was proposed, seconded and agreed that
    the Minutes … be approved …" then "Resolved:" / "That the Minutes … be approved …" is one resolution."""
    if not decisions or (decisions[-1].item, decisions[-1].item_title) != (d.item, d.item_title):
        return False
    core = _norm(_core_text(d.text))
    return len(core.split()) >= 6 and _norm(decisions[-1].text).endswith(core)


def _without_repeats(decisions: list[Decision], from_table: set[int], recommended: set[int]) -> list[Decision]:
    """Less a summary-of-decisions table's row whose item the minutes record a decision for themselves, and less an
    agenda's "Recommended – That …" followed by the item's own decision: both say again what is decided once."""
    own_items = {d.item for d in decisions if id(d) not in from_table and d.item is not None}
    out = []
    for k, d in enumerate(decisions):
        if id(d) in from_table and d.item in own_items:
            continue
        if id(d) in recommended and any((e.item, e.item_title) == (d.item, d.item_title) and id(e) not in recommended
                                        for e in decisions[k + 1:]):
            continue
        out.append(d)
    return out


# "… before the minutes were signed": a record in a clause of time is still to be made
_PENDING_RECORD = lazy_compile(r"\b(?:before|after|once|until|when)\s+(?:the\s+)?$")


# articles numbered in roman numerals ("III CIVIC GOVERNMENT ACT") keep that numbering through the minute
_ROMAN_DIGITS = set("IVXL")


# a report cover sheet's "Decision<TAB>For approval" row says what the paper asks for: no header of a decision table
_PURPOSE_CELL = lazy_compile(r"for\s+(?:approval|decision|information|noting|assurance|discussion|agreement)\b", re.I)


# a whole resolution as a bare infinitive: "To note the update.", "To approve the minutes … as a correct record."
_BARE_TO = lazy_compile(r"^To\s+(?:note|approve|agree|endorse|ratify|receive|accept|support|defer|adopt)\b[^:]{0,300}\.$")
_MINUTES_LABEL = lazy_compile(r"^Minutes\s*:-?$")
_LETTERED_PART = lazy_compile(r"^\d{1,3}[a-z]$")
_PLAIN_ITEM = lazy_compile(r"^\d{1,3}\.?$")
# a lettered sub-heading: a short title, no stop or colon, perhaps a bracketed reference after it ("(5.2.11, para 4 (a))")
_LETTERED_HEADING = lazy_compile(r"^(?P<letter>[a-h])\)\s+(?P<title>[A-Z][^.;:()]{2,80}?)\s*(?:\((?:[^()]|\([^()]{1,5}\)){1,40}\))?$")


def _recommended_above(recent: list[str]) -> bool:
    """Whether a bare "That …" just below a recommendation ("Recommendation:", "Members are asked to:") repeats
    it rather than records a decision. A finished sentence of the discussion ("… took members through progress on
    earlier recommendations.", "Members were asked to consider topics …") leads into nothing: only a label or a
    lead-in left open blocks it."""
    return any(_RECOMMENDATION.search(r) and not _ends_sentence(r) for r in recent[-2:])


def _in_minutes_prose(recent: list[str]) -> bool:
    """Whether the lines since a "Minutes:" label are all sentences: a title or label line after it (the next
    item, its description) ends the minute."""
    for r in reversed(recent[-12:]):
        if _MINUTES_LABEL.match(r):
            return True
        if not _ends_sentence(r):
            return False
    return False


def _first_sentence(line: str) -> str:
    end = _SENTENCE_END.search(line) if _STOP_THEN_SPACE.search(line) else None
    return line[:end.start()] if end else line


def _verdict_after_motion(line: str, recent: list[str]) -> str | None:
    """The plain verdict opening ``line`` ("All present agreed.") when the line before it records a motion that no
    decision has taken up yet (its mover and seconder, no verdict of its own)."""
    if not recent or not line[:1].isalpha():
        return None
    first = _first_sentence(line)
    # (a nomination told with no verdict is no decision taken up: the verdict below is its own)
    if not _MOTION_VERDICT.match(first) or not _MOTION_RECORD.match(recent[-1]) \
            or any(not _told_election(t) for _, t in _sentence_decisions(recent[-1])):
        return None
    return first


def _numbered_sentence(num: str, line: str) -> bool:
    """ "8.1" alone above "The Chairs of the committees in attendance updated the Committee on their work.": a
    paragraph's number over its sentence, not an item's over its title (a title is short, or has no closing stop,
    or names a dated meeting)."""
    words = len(line.split())
    return _ends_sentence(line) and words > (8 if _SUB_PARAGRAPH.match(num) else 12) and not _DATED_END.search(line)


# a motion's mover and seconder in a bracket of their own line: "(Moved by Councillor A and seconded by Councillor B.)"
_MOVED_AND_SECONDED = lazy_compile(r"\((?:Moved|Proposed)\s+by\s+[^()]{2,80}?,?\s+(?:and\s+)?seconded\s+by\s+[^()]{2,80}\)\.?",
                                   re.I)
# a resolution's clause, "that" and the thing to be done: "that the 2017/18 Forward Plan be moved up the Agenda"
_THAT_BE_CLAUSE = lazy_compile(r"\b[Tt]hat\s+[^.;]{2,160}?\s+be\s+[a-z]+(?:ed|en|ne|wn)\b")


def _next_filled(raws: list[str], k: int) -> str | None:
    for j in range(k + 1, len(raws)):
        if raws[j].strip():
            return _clean(raws[j])
    return None


# a resolution's first part ("1. To adopt the plan."): under a bare "DECISION" / "RESOLVED" it is no item 1, items
# count up through the minutes
_FIRST_PART = lazy_compile(r"^(?:1\.|\(?(?:1|a|i)\))\s")


_DASH_HEADING = lazy_compile(r"^[-–]\s+(?P<title>[A-Z][^.;:,!?]{2,60})$")


def _dash_heading(line: str, nxt: str | None) -> str | None:
    """The title of a dash-led heading of a few words ("- Risk Assessment", "- MATTERS ARISING") over a paragraph that
    is no point of the same list (no dash of its own, eight words or more), else None."""
    m = _DASH_HEADING.match(line)
    title = m.group("title").strip() if m else ""
    if not title or len(title.split()) > 6 or _PROSE.search(title) or _decision_shaped(title):
        return None
    if nxt is None or nxt[:1] in "-–•" or _LIST_MARK.match(nxt) or len(nxt.split()) < 8:
        return None
    return title


def _told_election(text: str) -> bool:
    """Whether a decision's text is an election told with no verdict of the meeting's own: a nomination with its
    seconder only, or "As there were no further nominations, A was duly elected"."""
    return "nominations" in text and _NO_OTHER_NOMINATIONS.search(text) is not None \
        or "second" in text and _UNVERDICTED_NOMINATION.match(text.strip()) is not None


def _resolution_follows(raws: list[str], k: int) -> bool:
    """Whether a resolution or a verdict follows line ``k`` in its item (within a few lines, before the next heading):
    then an election told before it is that resolution's narrative, no decision of its own."""
    seen = 0
    for raw in raws[k + 1:]:
        line = _clean(raw)
        if not line:
            continue
        if _heading_candidate(line) and _item_heading(line) or _NUM_ONLY.match(line) or seen >= 6:
            return False
        first = _first_sentence(line)  # "All present agreed. The post starts in March."
        if _TRIGGER.match(line) or _TRIGGER.match(_PARA_NUMBER.sub("", line)) or _MOTION_VERDICT.match(first) \
                or _MOTION_PASSED.match(first):
            return True
        seen += 1
    return False


def _ends_item(nxt: str | None) -> bool:
    """Whether the line after a bare verdict ("NOTED") closes its item: the page ends or the next item starts."""
    return nxt is None or bool(_heading_candidate(nxt) and _item_heading(nxt) or _NUM_ONLY.match(nxt))


def _passed_vote(raws: list[str], k: int) -> int | None:
    """The index of the last line of the vote under the motion at ``k`` when it passed ("Motion Carried", or ayes
    with "Nays: None"), else None: the tally records how the motion was decided, it decides nothing itself."""
    ayes = unopposed = passed = False
    last = None
    for j in range(k + 1, min(len(raws), k + 12)):
        line = _clean(raws[j])
        if not line:
            continue
        if _MOTION_PASSED.match(line) and len(line) < 40:
            passed, last = True, j
        elif _VOTE_TALLY.match(line):
            ayes = ayes or line[:1] in "AaYy" and not line.lower().startswith(("absent", "abstain"))
            unopposed = unopposed or bool(_NONE_AGAINST.match(line))
            last = j
        else:
            break
    return last if passed or ayes and unopposed else None


def _title_shaped(line: str) -> bool:
    """The cheap part of ``_unnumbered_title``: short, capitalised, no closing punctuation."""
    return line[:1].isupper() and len(line) <= 100 and _ends_as_title(line)


def _ends_as_title(line: str) -> bool:
    """No closing punctuation, but a title may close on its meeting's bracketed date ("Minutes (12.03.13)")."""
    return not line.endswith((".", ":", ";", ",", "-", "–")) and (not line.endswith(")") or _DATED_BRACKET.search(line) is not None)


_FIRST_PARAGRAPH = lazy_compile(r"\d{1,3}\.1\s+[A-Z]")
# the mover and seconder of a motion on a line of their own, above or below its wording, and its verdict ("Carried
# Unanimously", "Motion Carried")
_MOVER_LINE = lazy_compile(r"(?:Proposer|Seconder)\s*:?\s+[A-Z]|(?:Proposed|Moved|Seconded|Supported)\s+by\s"
                           r"|By\s+[^:]{2,60}:\s*Seconded\s+by\s|(?i:(?:the\s+)?(?:motion\s+)?carried(?:\s+unanimously)?\s*$)")


# the label a ModernGov page prints under each item's title: "Minutes:" over the minute, "Decision Maker: …" on
# a decision page
_ITEM_LABEL = lazy_compile(_MINUTES_LABEL.pattern + r"|^Decision\s+Maker\s*:")


def _labelled_title(line: str, raws: list[str], k: int) -> bool:
    """A capitalised line with no closing stop whose item label follows it, straight after or past one or two lines
    of the agenda's description ("Terms of Reference" / "Report of the Town Clerk." / "Minutes:"): the item's title,
    however short the minute under it, and though it ends in a bracket ("… update (Oral report)")."""
    if not (line[:1].isupper() and len(line) <= 160 and not line.endswith((".", ":", ";", ",", "-", "–"))) \
            or _ITEM_LABEL.match(line):
        return False
    ahead = []
    for j in range(k + 1, len(raws)):
        if raws[j].strip():
            ahead.append(_clean(raws[j]))
            if len(ahead) == 3:
                break
    if not any(_ITEM_LABEL.match(a) for a in ahead):
        return False
    # an agenda-worded title ("To confirm the minutes of …") opens as a resolution's part would
    return not _decision_shaped(line, agenda_title=bool(_AGENDA_VERB.match(line)))


def _decision_shaped(line: str, agenda_title: bool = False) -> bool:
    """Whether a line opens or is a decision, a resolution's part or the record's end: no title."""
    return bool(_TRIGGER.match(line) or not agenda_title and _PART.match(line) or _BARE_THAT.match(line)
                or _INLINE_VERDICT.match(line) or _sentence_decisions(line) or _STOP.match(line))


_ITEM_TABLE_HEADER = lazy_compile(r"^No\.?\s+Item\b")


def _unnumbered_title(line: str, nxt: str | None) -> bool:
    """A short capitalised line with no closing punctuation over a longer paragraph, in a document whose items
    carry no numbers ("Request for Deputation" above "The Council had before it …"), and no decision itself."""
    # ("Minutes of the meeting held on 24 September and Matters Arising pdf icon PDF 98 KB": ModernGov's file icon
    # after a title marks it a title, however long)
    has_file = "PDF" in line and _FILE_SUFFIX.search(line) is not None
    words = _FILE_SUFFIX.sub("", line).split()
    if _ITEM_TABLE_HEADER.match(line):
        return False  # ModernGov's "No. | Item" table header names the columns, no item
    # the paragraph under it is long, or opens a numbered section ("13.1 The Chief Nurse introduced …"), or is the
    # item's whole verdict ("Minutes of the meeting held on 24 September" / "Agreed as an accurate record.")
    opens_section = bool(nxt and _FIRST_PARAGRAPH.match(nxt))
    verdict = bool(nxt and _ends_sentence(nxt) and _decision_shaped(nxt))
    if not (1 <= len(words) <= (20 if has_file else 12) and line[0].isupper() and nxt and (len(nxt.split()) >= 8 or opens_section or verdict)
            and (len(nxt) > len(line) or verdict)):
        return False
    if not _ends_as_title(line) or _PROSE.search(line) or " at " in line and _TIMED_PROCEDURE.match(line):
        return False  # "Meeting called to order at 9:30am" records the time, it titles nothing
    if _MOVER_LINE.match(line):
        return False  # "Seconded by J. Kelly", "By Member A: Seconded by Member B": who moved the motion, not a title
    return not _decision_shaped(line)


def _amendment_of_last(decisions: list, item: str | None, title: str | None, anywhere: bool = False) -> bool:
    """Whether the item's last decision ended by introducing a list of amendments ("… approved …, subject to the
    following amendments."): a bare "That Councillor A be added to the list of those present" under it corrects
    the old minutes, it is no resolution of this meeting. ``anywhere``: the list may have been taken into it, the
    introduction at any of its lines."""
    if not decisions or (decisions[-1].item, decisions[-1].item_title) != (item, title):
        return False
    lines = decisions[-1].text.split("\n")
    return any(_AMENDMENT_LIST.search(x) for x in (lines if anywhere else lines[-1:]))


_BULLETS = "•·▪◦"


# a short verdict that names no subject: "to recommend approval", "to support the application", "no objection"
_FEW_WORDS_VERB = lazy_compile(r"^(?:unanimously\s+)?(?:to\s+)?(?:recommend|support|object|approve|refuse|raise)\b(?:\s+\w+){0,2}$")


def _continues(cur: _Open, line: str, nxt: str | None = None) -> bool:
    """Whether ``line`` belongs to the decision being collected (``nxt``: the next non-empty line)."""
    if _TRIGGER.match(line) and _TRIGGER.match(line).group("verb")[0].isupper() and not _PART.match(line):
        return False
    if _BODY_VERB.match(line) or _IT_WAS.match(line) or ("roposed" in line or "ROPOSED" in line) and _PROPOSED_THEN_RESOLVED.match(_PARA_NUMBER.sub("", line)):
        return False
    # a time stamp or a paper "received by the Board" stands as its own line, whatever the line before ends with
    if (" at " in line and _TIMED_PROCEDURE.match(line)) or (" by " in line and _RECEIVED_BY_BODY.match(line)):
        return False
    last = cur.parts[-1] if cur.parts else ""
    if not cur.parts:
        return True  # "RESOLVED:" on its own line: what follows is the decision
    if cur.recorded and _AMENDMENT_LIST.search(last):
        return False  # "… approved subject to the following amendments:": the list corrects the old minutes
    if cur.listing and _ends_sentence(last) and _PART.match(line) and not _PART.match(last):
        return False  # an unmarked list closed by a full stop, then "7. The board heard …": the next paragraph
    if _PART.match(line):
        if cur.blank and line[:1] in _BULLETS and not (cur.block or _opens_block(last) or _PART.match(last)):
            return False  # "Unanimously AGREED to recommend APPROVAL", a gap, then "• 20/0123/FULL …": the next application
        if cur.recorded and len(cur.parts) == 1 and _PART.match(last) and _ends_sentence(last):
            return False  # "b) Cllr A proposed …, which was agreed." then "c) Suggestion boxes …": the next matter
        word, last_word = _WORD_PART.match(line), _WORD_PART.match(last)
        if word and not cur.block and _ends_sentence(last) and not (
                last_word and last_word.group(1).lower() == word.group(1).lower()):
            return False  # "RESOLVED – That … ." then an unnumbered item's title "To approve the Minutes …"
        return cur.block or _opens_block(last) or not _ends_sentence(last) or _PART.match(last) is not None
    if cur.body_label and _LETTER_PART.match(line) and _VERB_LED_PART.match(line):
        return True  # "The Committee:" … "a Noted …." then "b Remitted …": the body's next lettered part
    if line[:1].islower():
        return not _ends_sentence(last)
    # (HTML paragraphs have a gap between them: the list a part opened with a dash or colon goes on past it,
    # "(b) the following members be appointed –" / "" / "Finance – Councillor A Bee")
    if cur.blank and not (cur.block and (cur.listing or last.rstrip().endswith((":", ":-", "–", "—")))):
        return False
    # under a formal "RESOLVED, that:" every unmarked line is a part, however long
    limit = 400 if cur.lead or _TRIGGER.match(cur.parts[0]) else 150
    # "… elected to the following Committees as indicated –" introduces its list as a colon does
    if cur.block and (last.rstrip().endswith((":", ":-", " -", "–", "—")) or cur.listing) and len(line) < limit \
            and not _ends_sentence(last) and len(cur.parts) < 15:
        cur.listing = True  # an unmarked list (HTML <li> text) under "… which included:"
        return True
    # a wrapped line of the same sentence (text from a PDF breaks lines mid-sentence); a motion's outcome
    # ("… that B be co-opted. Unanimously agreed") closes it though no full stop follows
    if _short_title(line) and nxt is not None and len(nxt) > len(line) and not _ends_sentence(line):
        return False  # "Declarations of Interest" over its paragraph: a heading with no number, not the sentence's end
    if _REPORTED_SPEECH.match(line) and _ENDS_ON_NAME.search(last):
        return False  # "… as well as Mr T Bartley" then "The Chairman advised that …": a full stop left out
    return not _ends_sentence(last) and not _opens_block(last) and len(last) >= 50 and not _VOTE_TAIL.search(last)


# a new sentence telling what someone said ("The Chairman advised that …", "The Parish Clerk reported …") and a line
# ending on a capitalised word (a name) with no full stop before it: the verdict's sentence ended there
_REPORTED_SPEECH = lazy_compile(r"The\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:advised|reported|explained|informed|said|stated|"
                                r"asked|confirmed|thanked|suggested|proposed|updated)\b")
_ENDS_ON_NAME = lazy_compile(r"\s[A-Z][a-z][\w'’-]*$")


# a running minute number in its own cell before the title's ("4124<TAB>Closure")
_NUMBER_CELL_TITLE = lazy_compile(r"^\s*\d{4}\t[^\t]+$")


# a capitalised verdict that, alone as an item's last line, is the whole decision ("4 Minutes" / "Agreed")
_BARE_VERDICTS = ("Agreed", "Noted", "Approved")


# a part marked only by its first word: the parts of one resolution open alike ("That …" / "That …")
_WORD_PART = lazy_compile(r"^(That|that|To|to)\s")


def _heading_then_minute(raw: str, line: str) -> tuple[str, str, str] | None:
    """The item's number, its title and the minute's text when a heading and its minute share a line: three cells
    ("C 65/07<TAB>MINUTES<TAB>The minutes of … were signed …") or a short title run into a capital resolution
    ("3666<TAB>Appointment of Chairman RESOLVED that …")."""
    cells = [c.strip() for c in raw.split("\t") if c.strip()] if "\t" in raw else []
    # (a title cell may carry its linked paper's name: "Minutes of previous meeting Draft minutes - 23 May 2023")
    if len(cells) >= 3 and _NUM_ONLY.match(cells[0]) and not _ends_sentence(cells[1]) \
            and (len(cells[1].split()) <= 8 or len(cells[1].split()) <= 16 and not _PROSE.search(cells[1])):
        heading = _item_heading(f"{cells[0]}\t{cells[1]}")
        if heading:
            return heading[0], heading[1], " ".join(cells[2:])
    sep = "\t" if cells else " "  # the tab keeps "3666<TAB>" a running minute number
    m = _HEADING.match(raw.strip() if cells else line)
    t = _TITLE_THEN_VERB.match(m.group("title")) if m and ("RESOLVED" in line or "AGREED" in line or "DECIDED" in line) else None
    # "12.2 The Board RESOLVED to …": a paragraph number and the body's own sentence, no title
    if t and len(t.group("title").split()) <= 8 and not _SUB_PARAGRAPH.match(m.group("num")) \
            and not t.group("title").startswith(("The ", "the ")):
        heading = _item_heading(f"{m.group('num')}{sep}{t.group('title')}")
        if heading:
            return heading[0], heading[1], t.group("rest")
    # a minute reference ("028/19", not a paragraph number) before the agenda's wording and the minute in one line
    a = _agenda_title_then_minute(m.group("title")) if m and "/" in m.group("num") and m.group("title").startswith("To ") else None
    if a and _AGENDA_VERB.match(a[0]) and _PROSE.search(a[1]):
        return m.group("num"), a[0], a[1]
    v = _TITLE_DASH_VERDICT.match(m.group("title")) if m and "/" in m.group("num") and " w" in m.group("title") else None
    if v:
        return m.group("num"), v.group("title"), m.group("title")  # "L14/81 / Minutes of … – were signed …"
    # "033/19 Finance Bank statements … were circulated. Proposed and Resolved …": a minute reference before a short
    # title run into its minute: the reference opens the item whether or not a title can be told from the sentence
    r = _run_in_title(m.group("title")) if m and "/" in m.group("num") and not m.group("title").startswith("To ") else None
    if r:
        return m.group("num"), r[0] or None, r[1]
    # "247.10<TAB>MINUTES. The Minutes of … were approved": a title in capitals closed by a full stop, the minute
    # after it on the same line
    c = _CAPS_TITLE_STOP.match(m.group("title")) if m else None
    if c:
        return m.group("num"), c.group("title") or c.group("title2"), c.group("rest") or c.group("rest2")
    # "2.1 Approval of Minutes The minutes of … were AGREED.": a sub-numbered item's few capitalised words run into a
    # sentence opening on an article; "3.2 The Board noted …" (no title before the article) stays a paragraph
    s = _run_in_title(m.group("title")) if m and _SUB_PARAGRAPH.match(m.group("num")) else None
    if s and s[0] and _short_title(s[0]) and not s[0].endswith(".") and s[1].split(" ", 1)[0] in ("The", "A", "An"):
        return m.group("num"), s[0], s[1]
    # "Minute no. 5 – Signing of the Minutes – 7th November. Resolved that …": a number the word Minute or Item
    # names is an item's whatever follows; its title runs to the full stop before the resolution
    w = _WORDED_TITLE_STOP.match(m.group("title")) if m and m.group("num")[:1] in "MI" else None
    if w and _TRIGGER.match(w.group("rest")):
        return m.group("num"), w.group("title"), w.group("rest")
    return None


_WORDED_TITLE_STOP = lazy_compile(r"(?P<title>[A-Z][^.;:]{2,120}?)\.\s+(?P<rest>[A-Z].{10,})$")


_CAPS_TITLE_STOP = lazy_compile(r"(?P<title>[A-Z][A-Z0-9 ,&'’/()-]{2,60}?[A-Z)])\.\s+(?P<rest>[A-Z][a-z].{10,})$"
                                # "4.1 ACTION PLAN 2009-10 The plan had been …": two words in capitals or more and no
                                # full stop, the minute's first sentence opening on a capitalised word then a small one
                                r"|(?P<title2>[A-Z]{2,}(?:[ ,&/-]+[A-Z0-9][A-Z0-9'’/-]+)+)\s+(?P<rest2>[A-Z][a-z]*\s+[a-z].{10,})$")


def _split_parts(text: str) -> list[str]:
    """ "(i) That … (ii) That …" written on one line: one part per line."""
    return [p for p in _INLINE_PART.split(text) if p]


def _first_part_after_colon(parts: list[str], line: str) -> bool:
    """ "… and it was RESOLVED to:" then "1.    Note the outcome of the consultation" with no full stop: the first
    part of the resolution the colon opened, though it reads as a title in ordinary case."""
    return len(parts) == 1 and parts[0].rstrip().endswith((":", ":-")) and line.startswith("1.") \
        and _FIRST_PART.match(line) is not None


def _next_number(prev: str, line: str) -> bool:
    """Whether ``line`` is numbered as the part after ``prev`` ("1. …" then "2. …")."""
    a, b = _PART_NUMBER.match(prev), _PART_NUMBER.match(line)
    return bool(a and b and int(b.group(1)) == int(a.group(1)) + 1)


def _extend(cur: _Open, line: str) -> None:
    cur.parts[-1] = f"{cur.parts[-1]} {line}"


def _without_furniture(raws: list[str]) -> list[str]:
    """The page's lines less page numbers, and less a first or last line naming its page (a running header or
    footer), so a resolution running across the page keeps only its own lines."""
    edges = _edge_lines(raws)
    return [r for k, r in enumerate(raws)
            if not (("age" in r or "AGE" in r)  # cheap: most lines name no page
                    and (_PAGE_FURNITURE.match(_clean(r)) or k in edges and _PAGE_REF.search(r) and len(r.split()) <= 14))]


_LIST_MARK = lazy_compile(r"^(?:\(?(?:[ivxlc]{1,5}|[a-h]|\d{1,2})\)|[a-h]\.\s|[•·▪◦\-–]\s)")


_WRAPPED_VERDICT = lazy_compile(r"(?:Passed|Carried|Failed|PASSED|CARRIED|FAILED)\b")


_WRAPPED_YEAR = lazy_compile(r"(?:19|20)\d\d\s+[a-z]")

# "… held on Monday" / "18 January 2016 were received.": a date wrapped onto the next line after its weekday or "on"
_WRAPPED_DATE = lazy_compile(r"\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|"
                             r"November|December)\s+(?:(?:19|20)\d\d\s+)?[a-z]")
_BEFORE_DATE = lazy_compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|on|of|dated)$")
# "It was proposed by Cllr A, seconded by Mr A D" / "Linfoot and resolved that …": a motion's record wrapped before
# its verdict, whatever case the next line opens in
_OPEN_MOTION = lazy_compile(r"\bIt\s+was\s+(?:PROPOSED|[Pp]roposed)\s+by\b(?!.*\b(?:RESOLVED|[Rr]esolved|AGREED|[Aa]greed|"
                            r"CARRIED|[Cc]arried)\b).*$")


# "… and was seconded by CC" / "Adams. All present agreed.", "(i) To agree the Terms of Reference and Code of" /
# "Conduct subject to …": a line cut after "by", "of" or a person's style goes on with the capitalised name or title
# it was naming
_CUT_BEFORE_NAME = lazy_compile(r"\s(?:by|of|(?:Cllrs?|CC|Councillors?|Mr|Mrs|Ms|Dr)\.?)$")
_MOTION_WORD = lazy_compile(r"\b(?:proposed|proposal|seconded|moved|nominated)\b", re.I)


def _cut_before_name(parts: list[str], nxt: str) -> bool:
    """Only in a motion's record (the mover's or seconder's name) or in a resolution's part (the paper it names), and
    not into the next item's heading: a heading cut after "of" is no sentence to go on with."""
    if not _CUT_BEFORE_NAME.search(parts[-1]) or _heading_candidate(nxt) and _item_heading(_clean(nxt)):
        return False
    opening = _clean(parts[0])
    if _heading_candidate(opening) and _item_heading(opening):
        return False  # "5. Report of" / "The Chief Officer": a numbered title wrapped, its number no part's
    return bool(_MOTION_WORD.search(" ".join(parts) + " " + nxt) or _TRIGGER.match(opening) or _PART.match(opening)
                or _INNER_RESOLVED.search(opening))


def _unwrap(raws: list[str]) -> list[str]:
    """Join a line that a PDF wrapped mid-sentence to the line before it ("… the Board" / "approved the plan …"),
    so a decision whose body and verb fall on two lines is read as one sentence. Only a line starting in lower
    case after a line that ends no sentence, clause or label is joined; table rows (TABs) and list parts are not."""
    out: list[str] = []
    # the last line's pieces, joined once it is complete (not again at each joined line): the line right-stripped,
    # then each cleaned continuation; whether it ends a sentence is its last piece's ending
    parts: list[str] = []
    joinable = False  # the last line has text, and no TAB past its indent
    for r in raws:
        c = r.lstrip()
        # a tab that only indents the paragraph (a minute's text beside an empty number column) is no table row
        # "… Seconded by B. Motion" / "Passed.": a vote's verdict wrapped onto the next line
        # "… held on the 19 July," / "2010 were noted.": a date's year wrapped with the rest of the sentence
        if joinable and (c[:1].islower() or parts[-1].endswith(" Motion") and _WRAPPED_VERDICT.match(c)
                         or parts[-1].endswith(",") and _WRAPPED_YEAR.match(c)
                         or c[:1].isdigit() and _WRAPPED_DATE.match(c) and _BEFORE_DATE.search(parts[-1])
                         or c[:1].isupper() and ("roposed" in parts[-1] or "ROPOSED" in parts[-1])
                         and _OPEN_MOTION.search(" ".join(parts))
                         or c[:1].isupper() and _cut_before_name(parts, c)) and "\t" not in c.rstrip():
            tail = parts[-1]
            # (a list mark on a line opening in lower case has its ")" or "." in the first few characters)
            if not _ends_sentence(tail) and not tail.endswith((":", ":-", ";", "–", "—")) \
                    and not ((")" in c[:6] or c[1:2] == ".") and _LIST_MARK.match(c)):
                parts.append(_clean(c))
                continue
        if len(parts) > 1:
            out[-1] = " ".join(parts)
        out.append(r)
        parts = [r.rstrip()]
        joinable = bool(parts[0]) and "\t" not in parts[0].lstrip()
    if len(parts) > 1:
        out[-1] = " ".join(parts)
    return out


def _edge_lines(raws: list[str]) -> set[int]:
    """Indexes of a page's first and last non-empty lines."""
    filled = [k for k, r in enumerate(raws) if r.strip()]
    return {filled[0], filled[-1]} if filled else set()


def _core_text(text: str) -> str:
    """The resolution without its paragraph number and formal verb: "64.2 RESOLVED: That …" and "That …" are the
    same resolution printed under ModernGov's "Decision:" and again in its "Minutes:"."""
    t = _PARA_NUMBER.sub("", text.strip())
    m = _TRIGGER.match(t)
    return t[m.start("rest"):] if m and m.group("rest") else t


def _norm(t: str) -> str:
    return _NON_WORD.sub(" ", t.lower()).strip()
