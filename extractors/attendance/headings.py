"""Lines and headings: which line opens an attendance block, which ends it, and which is narrative."""
from __future__ import annotations

import functools
import re

from ..lazyre import lazy_compile
from ..names import ROLE_WORDS, split_name
from .shape import _looks_like_list, _split_list, _starts_person
from .vocab import (
    _item_attending_header,
    _AGENDA_HEADER_CELLS,
    _AGENDA_TITLE,
    _APOLOGIES_AS_FOLLOWS,
    _BRACKETED_LABEL,
    _BULLET,
    _CAPS_LABEL,
    _FOOTNOTE_CELL,
    _GROUP_WORDS,
    _HEADER_CELLS,
    _ORG_HEADERS,
    _ROLE_HEADERS,
    _GLUED_HEADING_RE,
    _HEADING_RE,
    _HEADING_TAIL,
    _HEADING_WORD_RE,
    HEADINGS,
    _INITIALS_LIST,
    _ITEM_RE,
    _KEYWORD_STATUS,
    _MEETING_LABEL,
    _MEETING_SENTENCE_END,
    _OFFICE_HEADINGS,
    _MIDLINE,
    _DASHED_LABEL_RUN_ON,
    _LABEL_RUN_ON,
    _ITEM_AFTER_LIST,
    _SENTENCE_AFTER_LIST,
    _VERDICT_AFTER_LIST,
    _VOTE_LINE,
    _NARRATIVE_VERB,
    _NOT_PEOPLE_LABEL,
    _REPRESENTING_LABEL,
    _NUMBER_PREFIX,
    _PROSE_START,
    _ROLE_BEFORE_NAME,
    _ROLE_HINT,
    _SUBSTITUTES_REPORTED,
)
from .wording import _ABBREV_BEFORE_DOT, _APOLOGY_SENT, _SUBSTITUTED_BY


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _keyword_status(label: str) -> str | None:
    if _NOT_PEOPLE_LABEL.search(label) and not re.search(r"\bapolog", label, re.I):
        return None
    for rx, status in _KEYWORD_STATUS:
        if rx.search(label):
            return status
    return None


def _agenda_header_row(line: str) -> bool:
    """The header row of an agenda, decision or action table ("Agenda Item<TAB>Discussion Points<TAB>Agreed
    Action"): two cells or more, each a column title of such a table, no person."""
    cells = [c.strip().lower().rstrip(".:") for c in line.split("\t") if c.strip()]
    if len(cells) == 1 and "/" in line:
        # a web page's rendering of the header row, its cells parted by slashes and the first item's number and
        # title run on after the last ("Discussion/Actions / Action Points1.FINANCE"): the run-on is no header's
        cells = [c.strip().lower() for c in line.split("/")]
        last = re.match(r"[a-z]+(?: [a-z]+)?", cells[-1])
        cells[-1] = next((w for w in (last.group(0), last.group(0).split()[0]) if w in _AGENDA_HEADER_CELLS),
                         cells[-1]) if last else cells[-1]
    # ("Item No<TAB>Item under discussion": any column named for the item)
    # ("Agenda Items & Action Points": two columns' titles in one cell)
    return len(cells) >= 2 and all(c in _AGENDA_HEADER_CELLS or re.match(r"item\s+[a-z]", c) and len(c.split()) <= 4
                                   or all(p in _AGENDA_HEADER_CELLS for p in re.split(r"\s+(?:&|and)\s+", c))
                                   for c in cells)


_SOFT_LABEL = lazy_compile(r"[ \t]*(?P<h>(?:[A-Z][\w'’-]*\s+(?:(?:and|&|of|the|upon|on)\s+){0,2}){0,6}(?:(?:in|of)\s+)?"
                           r"(?:[Aa]ttendance|[Pp]resent|[Aa]pologies))[ \t]*")
# ("Voluntary and Community Group Members": two kinds of seat joined by a small "and")
_MEMBERS_LABEL = lazy_compile(r"[ \t]*[A-Z][\w'’/-]*\s+(?:(?:and|&)\s+)?(?:[A-Z][\w'’/-]*\s+){0,3}(?:Members|MEMBERS)[ \t]*")
# a body's initials and its group of people, a line of its own over their names with no status word ("NVF members",
# "NVP Staff"): the members of the meeting's own body are present, another body's staff or officers attend
_BODY_GROUP_LABEL = lazy_compile(r"[ \t]*(?P<body>[A-Z][A-Za-z&]{0,5}[A-Z])[ \t]+"
                                 r"(?:(?P<members>[Mm]embers|MEMBERS)|[Ss]taff|STAFF|[Oo]fficers|OFFICERS)[ \t]*:?[ \t]*")


# the first language's label and its slash before a bilingual heading ("GADEIRYDD/ ", "YN BRESENNOL /")
_OTHER_TONGUE_FIRST = lazy_compile(r"[ \t]*[^\W\d_][\w'’ -]{0,40}?[ \t]*/[ \t]*")


# status words that may close with a full stop instead of a colon, when a person follows at once
_STOP_HEADINGS = ("apolog", "present", "absent")
# (and only a bare status word may have no separator at all before the list: "Apologies were received from Dr A, B
# and Dr C. Dr D would be substituting …" is a sentence)
_BARE_STATUS_HEADINGS = ("apologies", "present", "absent")
_BARE_PRESENCE_LABELS = ("also present", "also in attendance", "in attendance", "also attending")


# an officer's paper as an item's title: "Clerk & Engineer's Report", "CHIEF OFFICER'S UPDATE"
_PAPER_TITLE = lazy_compile(r"['’]s\s+(?:report|update|announcements)$", re.I)


@functools.lru_cache(maxsize=8192)  # asked again for the same line by the seat-list and wrapped-list rules
def _heading(line: str) -> tuple[str, str, int] | None:
    """(status, heading as written, offset of inline content) when the line opens an attendance block.

    Recognised: the vocabulary in HEADINGS at the start of the line or of its first cell (after a numbering
    such as "1.1" or "(a)"), followed by ":", ":-", a dash, a TAB or the line end; a bilingual pair ("PRESENT /
    YN BRESENNOL:"); and any short label ending in ":" / ":-" (or a short line in capitals) whose words say a
    status ("OFFICIALS IN ATTENDANCE:", "Non-members in attendance at request of Chief Officer:-")."""
    if not _HEADING_WORD_RE.search(line[:160].lower()):
        return None  # most lines of a page: no word any heading is made of
    if _PART_ATTENDANCE_NOTE.match(line):
        return None  # "In attendance from Item 6.1 (13:40)": a note on when the person above or below was there
    cells = [c.strip().lower().rstrip(":") for c in line.split("\t") if c.strip()]
    if len(cells) >= 2 and all(c in _HEADER_CELLS for c in cells) and not (
            cells[0] in ("present", "attendees") and all(c in _ORG_HEADERS | _ROLE_HEADERS for c in cells[1:])):
        # a table's header row ("Members<TAB>Role"), not a heading; "Present<TAB>Representing" heads the people
        # present, its other cells the columns of their rows
        return None
    pre = _NUMBER_PREFIX.match(line)
    start = pre.end() if pre else 0
    m = _HEADING_RE.match(line, start) or _GLUED_HEADING_RE.match(line, start)
    if m is None and "/" in line[start:start + 48]:
        # "GADEIRYDD/ CHAIR:<TAB>R Pugh": a bilingual label column with the other language first; the heading is
        # the words after the slash, with their own separator
        other = _OTHER_TONGUE_FIRST.match(line, start)
        after_slash = _HEADING_RE.match(line, other.end()) if other else None
        m = after_slash if after_slash and after_slash.group("sep") else None
    if m:
        rest = line[m.end():]
        after = rest
        if m.group("sep") is None and rest.strip():
            # "PRESENT / YN BRESENNOL:" — a translation before the separator
            bil = re.match(r"[ \t]*/[^:\t]{1,40}(?::-?|\t|$)", rest)
            # "Apologies. Cllr. Mrs. A Lee, holiday; …": a status word closed by a full stop, a person straight
            # after; "Present; Cllr Ann Lee, …", "APOLOGIES; Ben H, …": a semicolon typed for the colon (no sentence
            # opens on a status word and a semicolon), a capital after it
            stop = re.match(r"[.;][ \t]+", rest) if m.group("h").lower().startswith(_STOP_HEADINGS) else None
            if stop and (_starts_person(rest[stop.end():]) or stop.group(0)[0] == ";" and rest[stop.end():][:1].isupper()):
                bil = stop
            # "141) Apologies.": a numbered item's title, the status word alone closed by a full stop; the list below
            if pre and m.group("h").lower().startswith(_STOP_HEADINGS) and rest.strip() == ".":
                bil = re.match(r"[ \t]*\.[ \t]*", rest)
            # "Apologies Dr Farr, Cllr Hume, Ivo Lund.": the label with no separator at all, a list of names after
            # it whose first has a title (no sentence opens "Apologies Dr …")
            spaced = not bil and line[m.end() - 1] == " " and m.group("h").lower() in _BARE_STATUS_HEADINGS
            first = split_name(rest) if spaced and rest[:1].isupper() else None
            if first and first.title and _looks_like_list(rest):
                bil = re.match("", rest)
            # "Also present Mrs A Lee acting as clerk …": a label no sentence opens with, so one titled name will do
            if not bil and line[m.end() - 1] == " " and m.group("h").lower() in _BARE_PRESENCE_LABELS \
                    and (first := split_name(rest)) and first.title:
                bil = re.match("", rest)
            # "Apologies for non-attendance        Cllr Ann Lee     RBC Cllr Bo Hay": a column's wide gap for the
            # separator, a titled name after it
            if not bil and re.search(r"[^ ] {3,}$", line[:m.end()]) and (first := split_name(rest)) and first.title:
                bil = re.match("", rest)
            if not bil:
                m = None
            else:
                after = rest[bil.end():]
        if m is not None:
            if after.startswith("-") and m.group("sep") == ":":
                after = after[1:]
            received = re.match(r"\s*received\s+from\s*(?::-?|–)?\s*(?=[A-Z])", after, re.I)
            if received and m.group("sep"):
                after = after[received.end():]  # "Apologies for absence: Received from A, B, C.": the list follows
            elif re.match(r"\s*(?:were|was|had been|have been|received)\b", after, re.I):
                return None  # "Apologies for absence were received from": a sentence, see _sentences
            key = re.sub(r"[\s-]+", " ", m.group("h").lower())
            if key in _OFFICE_HEADINGS and not _starts_person(after.strip()):
                return None  # "Chair<TAB>Clinical Lead": a grid's role row; the office heads a block only before its holder
            if key == "councillor" and m.group("sep") not in (":", ":-"):
                return None  # "Councillor<TAB>Ann Lee": a title cell before a name, a row of any block's table
            status = HEADINGS.get(key) or HEADINGS.get(key.replace("non voting", "non-voting"))
            return status, m.group("h"), len(line) - len(after)
    caps = _CAPS_LABEL.match(line, start)
    if caps:
        # "PRESENT IN COUNCIL<TAB>…", "IN ATTENDANCE IN Lisburn …": a label in capitals whose later words say
        # where (a room, a remote location); the status is its first words'
        return _keyword_status(caps.group("k")), caps.group("h"), caps.end()
    bracketed = _BRACKETED_LABEL.fullmatch(line, start) if ")" in line else None  # (its note's bracket: a cheap test)
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
    # "NHS East Sussex CCG Present", "NHS Brighton and Hove CCG Present": a group's body before the status word;
    # "Officers of the Board Present": a group of people
    # (both labels below end the line in their status or group word: most lines fail that cheap test)
    last_word_ok = line[start:].rstrip(" \t").endswith(("ttendance", "resent", "pologies", "Members", "MEMBERS"))
    soft = _SOFT_LABEL.fullmatch(line, start) if last_word_ok else None
    if soft and not re.search(r"\b(?:was|were|is|are|had|has|have)\b", soft.group("h")):
        status = _keyword_status(soft.group("h"))
        if status:
            return status, soft.group("h").strip(), len(line)
    # "Governing Body Members", "Voting Members": a bare bold label of a few capitalised words over the list
    # (no "of": "Appointment of Board Members" is an agenda title)
    if last_word_ok and _MEMBERS_LABEL.fullmatch(line, start) \
            and not re.search(r"\b(?:of|the|new)\b|(?-i:\bAND\b)", line[start:], re.I) and not split_name(line[start:].strip()):
        return "present", line[start:].strip(), len(line)
    group = _BODY_GROUP_LABEL.fullmatch(line, start) if line[start:start + 1].isupper() else None
    if group and group.group("body") not in ROLE_WORDS:
        return "present" if group.group("members") else "in_attendance", line[start:].strip(), len(line)
    reported = _SUBSTITUTES_REPORTED.search(line) if ":" in line else None  # (it ends in a colon: a cheap test)
    if reported:
        # "The following substitutions were reported: A for B and C for D.": the list may follow on the line
        return "substitute", line[:reported.end()].strip(), reported.end()
    if _APOLOGIES_AS_FOLLOWS.match(line, start):
        return "apologies", line.strip(), len(line)
    if ":" not in cell and len(cell.strip(" \t")) > 81:
        return None  # (the label below is at most 81 characters before a colon or the line end: most prose lines)
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
                       r"(?:received|noted|nominated|made)$"
                       # "The following Committee Members had sent their apologies:"
                       r"|the\s+following(?:\s+[\w-]+){0,3}\s+(?:had|have|has)\s+(?:sent|given|tendered|submitted)\s+"
                       r"(?:their\s+|his\s+|her\s+)?apologies(?:\s+for\s+absence)?$", label, re.I)
    # a sentence, not a label; "That the following be appointed as members of the Board:" is a resolution naming
    # future members
    if km.group("sep") and not lead_in and not _APOLOGY_SENT.match(label + ":") and re.search(
            r"\b(?:was|were|is|are|had|has|have|will|would|noted|agreed|received|be|appoint|appointed|elected"
            r"|approve|approves|approved|confirm|confirms|confirmed)\b",  # "and approve the co-opted membership …:"
            label, re.I):
        return None
    if _PAPER_TITLE.search(label):
        return None  # "CLERK & ENGINEER'S REPORT": an agenda item's paper, though a post is named in it
    status = _keyword_status(label)
    if status is None:
        return None
    return status, label, start + km.end()


# "In attendance from Item 6.1.2", "In attendance for Items 6.1 and 6.2 only", "Present for item 4": when someone
# was there, a note in a table's name cell (its time, "(13:50) onwards", may wrap onto the next line)
_PART_ATTENDANCE_NOTE = lazy_compile(r"[ \t]*(?:In\s+attendance|Present|Attended|Attending)\s+(?:from|for|until|during|after)\s+"
                                     r"(?:(?:all\s+|the\s+)?(?:agenda\s+)?(?:items?|minutes?)\b)", re.I)
_NOTE_TIME_TAIL = lazy_compile(r"[ \t]*\(?\d{1,2}[:.]\d{2}\)?(?:\s*(?:onwards|only))?[ \t]*|[ \t]*(?:onwards|only)[ \t]*")


def _office_heading(label: str) -> bool:
    """A heading that names one office ("CHAIR", "Deputy Chair"): it holds the one holder written after it."""
    return re.sub(r"[\s-]+", " ", label.strip(" \t:-").lower()) in _OFFICE_HEADINGS


def _sitting_label(line: str) -> bool:
    """"Site Inspection Meeting on 9 September:": a label naming one of the sittings the minute covers, over its own
    list; shaped like a name ("Site Inspection Meeting"), so it is tested before any entry reader sees it."""
    s = line.strip()
    return s.endswith(":") and bool(_MEETING_LABEL.search(s)) and "(" not in s and "," not in s and len(s.split()) <= 8


def _group_label(line: str) -> bool:
    """A label inside a block that names a group, not a status ("Board Members:", "HSENI Officials:", "Chair",
    "Committee Members"): the block goes on under it."""
    s = line.strip().rstrip("-").rstrip(":").strip()
    if "\t" in s and _starts_person(s.split("\t", 1)[1].strip()):
        return False  # "Chair<TAB>Cllr Rob Tate": a seat cell before its person, a row of the table
    cells = [c.strip() for c in s.split("\t") if c.strip()]
    if len(cells) >= 2 and not any(c.endswith(":") for c in cells):
        return False  # "Chair<TAB>Clinical Lead": the roles under a grid's names, one a cell; a group's label is one
    if line.strip().endswith(":") and _REPRESENTING_LABEL.fullmatch(s):
        return True  # "Representing the Northvale Fire and Rescue Service (NFRS):", however long the body's name
    if not s or len(s.split()) > 6 or split_name(s) or "," in s or _ITEM_RE.match(line):
        return False  # "2.Notice of Any Other Matter:" is the next agenda item, not a group
    if line.strip().endswith((":", ":-")):
        return True
    return len(s.split()) <= 4 and bool(_GROUP_WORDS.search(s)) and not _ITEM_RE.match(line)


_PRESS_AND_PUBLIC = lazy_compile(r"(?:members\s+of\s+the\s+(?:press|public)|press\s+and\s+public|public\s+and\s+press)\b",
                                 re.I)


# a count of the public or press in a block ("3 Members of the public", the line perhaps wrapped after "the")
_PUBLIC_COUNT = lazy_compile(r"\d{1,3}\s+members?\s+of\s+the(?:\s+(?:public|press))?\s*$", re.I)


def _is_stop(line: str) -> bool:
    s = line.strip()
    if not s:
        return False
    if _ITEM_RE.match(line):
        if _PUBLIC_COUNT.match(s):
            return False  # "3 Members of the public" among the attendees: a count, no agenda item numbered 3
        # "(1)<TAB>Ms Deborah Watters": a footnote marker before a name is no agenda item
        first, _, rest = s.partition("\t")
        if _FOOTNOTE_CELL.match(first.strip()) and split_name(rest.strip()):
            return False
        if re.fullmatch(r"[^()]*\)", s):
            return False  # "127 only)": a bracket wrapped from the row above ("(Minute 126 and"), no agenda item
        return True
    if _AGENDA_TITLE.fullmatch(s) or re.match(r"minutes\s+(?:of|from)\s+(?:the\s+)?(?:\w+\s+){0,2}meetings?\b", s, re.I):
        return True  # "Declarations of Interests": the next agenda item, not the last body's wrapped name
    if _PRESS_AND_PUBLIC.match(s):
        return True  # "Members of the press and public" after the last attendee is not their role
    if _agenda_header_row(s) or _item_attending_header(s):
        return True  # "Item<TAB>Description<TAB>Decision": the agenda table after the block (or its attendance)
    if s.isupper() and s.rstrip(":").lower() in _AGENDA_HEADER_CELLS:
        return True  # "ITEM": an agenda table's one header cell on its own line (a merged header row)
    if re.match(r"part\s+(?:[ivx]+|\d+|one|two|[ab])\b", s, re.I) and len(s.split()) <= 4 \
            or re.fullmatch(r"[A-Z][\w ]{1,30}:\s*\d+", s) or re.match(r"\d+(?:\.\d+)*\.?\s*/\s*[A-Z]", s):
        return True
    if s == "Shape":
        return True  # a Word page's horizontal rule, exported to the web as the word "Shape": a rule under the block
    if _VOTE_LINE.match(s):
        return True  # "Motion Carried", "Ayes: …" under a vote's "Absent: …": the motion's record, no more absentees
    if re.fullmatch(r"\d{1,4}\.?", s):
        return True  # a bare minute number on its own line ("77") opens the next minute, no tail of the list
    letters = re.sub(r"[^A-Za-z]", "", s)
    # an upper-case heading line ("MINUTES OF THE PREVIOUS MEETING") that is not a name
    if len(letters) >= 8 and letters.isupper() and len(s.split()) >= 3 and not split_name(s.split("\t")[0]) \
            and not _INITIALS_LIST.fullmatch(s):  # ("RW., HJ., SJ, AMG": people's initials, no heading)
        return True
    # any other "Something:" heading ("Participants:", "Minutes:") closes the block
    if re.fullmatch(r"[A-Z][\w '’&/-]{2,40}:", s) and not split_name(s[:-1]):
        return True
    return False


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
    said = _MEETING_SENTENCE_END.search(core)
    if said and not re.search(r"[a-z]{2}\.\s", core[:said.start()]):
        # "Ann Lee, Northvale ICB and Bo Kerr, Eastshire Council joined the meeting via Teams.": a sentence (not
        # "Steggles. 14 residents also attended the meeting.", a list's wrapped end before a sentence)
        return True
    sp = split_name(core)
    if sp:
        nxt = core[sp.end:].strip()
        word = re.match(r"([a-z]+)\b", nxt)
        if word and word.group(1) not in ("and", "of", "for", "from", "to", "in", "on", "at", "the", "with", "as") \
                and not re.fullmatch(r"(?:minutes|notes)\.?", nxt):  # "(Committee Secretary) minutes": the note-taker
            return True
    words = s.split()
    if sp and re.match(r"\s*(?:[,–—(/]|-\s|for\s+[A-Z])", core[sp.end:]) or _looks_like_list(s):
        return False  # "Tim Ryley - Chief Executive of … and also Chair of …."
    return len(words) >= 14 and s.endswith(".") and len(_split_list(s, 0)) < 3


def _midline_headings(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Split 'Minute of Meeting of the BOARD.  Present:- Councillor …' so the heading starts its own line."""
    lines = _sentences_after_lists(_dashed_labels_run_on(lines))
    if not any(_MIDLINE.search(line) for _, line in lines if ":" in line or "–" in line):
        return lines
    out = []
    for off, line in lines:
        m = _MIDLINE.search(line)
        # "Present: A, B, C. Guest: D (Body.)": a second label after the list's full stop starts its own line too
        while m and (not _heading(line) or _heading(line[m.end():]) or line.startswith("Also:", m.end())):
            out.append((off, line[:m.start()]))
            off, line = off + m.end(), line[m.end():]
            m = _MIDLINE.search(line)
        item = _ITEM_AFTER_LIST.search(line) if _heading(line) else None
        if item:
            out.append((off, line[:item.start()]))  # the list ends before the paragraph's next numbered item
            off, line = off + item.end(), line[item.end():]
        out.append((off, line))
    return out


def _dashed_labels_run_on(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """'CC Members Present: - A, B and C Apologies: - D and E': a label whose colon a dash follows, run on after the
    previous list's last name (no stop between), starts its own line; after it the paragraph's later labels do
    so with a colon alone ('… E Councillors: Cllr F'), the paragraph having shown it runs its lists together."""
    out = []
    for off, line in lines:
        m = _DASHED_LABEL_RUN_ON.search(line) if ": -" in line or ":-" in line else None
        while m:
            out.append((off, line[:m.start()]))
            off, line = off + m.end(), line[m.end():]
            m = _LABEL_RUN_ON.search(line, line.index(":"))  # the next label after this one's colon
        out.append((off, line))
    return out


def _sentences_after_lists(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """'Present: Cllrs Dee and Fry. County Councillor Ann Lee was in attendance …': a sentence of attendance after
    the full stop that ends a heading's list starts its own line, so the list ends there and the sentence is read
    as one (not a word before the stop that is a title's abbreviation: "Cllr. Lee was present")."""
    out = []
    for off, line in lines:
        verdict = _VERDICT_AFTER_LIST.search(line) if ". " in line else None
        if verdict:
            out.append((off, line[:verdict.start()]))
            off, line = off + verdict.end(), line[verdict.end():]
        if "." in line and _heading(line):
            cut = 0
            for m in _SENTENCE_AFTER_LIST.finditer(line):
                word = re.search(r"(\w+)\.$", line[:m.start()])
                if word and word.group(1).lower() not in _ABBREV_BEFORE_DOT:
                    out.append((off + cut, line[cut:m.start()]))
                    cut = m.end()
            line, off = line[cut:], off + cut
        out.append((off, line))
    return out


def _drop_heading_tails(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """'2 Apologies' then 'were received from: Councillors A & B.': the heading's sentence goes on in lower case on
    the next line; what follows the tail is the block's list (the heading alone keeps the status)."""
    out = list(lines)
    for j in range(1, len(out)):
        # the cheap test first: a tail line is rare, the heading test costs a dozen patterns a line
        m = _HEADING_TAIL.match(out[j][1].lstrip())
        if not m:
            continue
        k = next((k for k in range(j - 1, max(j - 3, -1), -1) if out[k][1].strip()), None)
        h = _heading(out[k][1]) if k is not None else None
        if h and not out[k][1][h[2]:].strip():
            lead = len(out[j][1]) - len(out[j][1].lstrip())
            out[j] = (out[j][0] + lead + m.end(), out[j][1].lstrip()[m.end():])
    return out


# a first cell of up to three words ending in a joining word, then the rest of its label as one "Word:" before a TAB
_LABEL_TAIL_INSIDE = lazy_compile(r"(?P<first>(?:[A-Z][\w-]*\s+){1,3}(?:in|of|at|for|by))\t(?P<mid>[^\t]+?)\s+"
                                  r"(?P<tail>[A-Z][a-z]+:)\t(?P<rest>.*)$")


def _join_wrapped_labels(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A heading cell wrapped inside a narrow first column: 'In<TAB>Helen Bricknell…' then 'Attendance:'."""
    out = list(lines)
    for k, (off, line) in enumerate(out):
        # the wrap laid out inside the same line: "Other Members in<TAB>Cabinet Member for Roads: Attendance:<TAB>
        # Cllr A Lee", the label's last word after the first part of the entry
        m = _LABEL_TAIL_INSIDE.match(line)
        if m and not _heading(line) and _heading(f"{m.group('first')} {m.group('tail')}"):
            out[k] = (off, f"{m.group('first')} {m.group('tail')}\t{m.group('mid')} {m.group('rest')}")
    for k in range(1, len(out)):
        off, line = out[k]
        # the label's last words alone, or in their own cell before the row's wrapped entries ("YN BRESENNOL
        # /IN<TAB>A, B, K" then "ATTENDANCE:<TAB>Lloyd, C": a bilingual label column)
        s, tab_k, entries = line.strip().partition("\t")
        # (not "<TAB><TAB><TAB>ATTENDED" under "NAME<TAB>…<TAB>DEPUTY": a later column's header wrapped)
        if not (s.endswith((":", ":-")) or s.isupper()) or len(s.split()) > 2 or tab_k and not line[:1].strip() \
                or line.startswith("\t\t"):
            continue
        poff, prev = out[k - 1]
        first, tab, rest = prev.partition("\t")
        words = len(first.split()) - (len(first.split("/", 1)[0].split()) if "/" in first else 0)
        if not tab or words > 3 or tab_k and not first.strip() or _heading(prev):
            continue
        left = "\t" + entries if tab_k else ""  # the wrapped entries stay, in the entries' column
        low = re.match(r"([a-z]+) +(?=[A-Z])", rest)  # "Also<TAB>in Naomi McDonagh…" + "Attendance:"
        if low and _heading(f"{first.strip()} {low.group(1)} {s}"):
            out[k - 1] = (poff, f"{first.strip()} {low.group(1)} {s}\t{rest[low.end():]}")
            out[k] = (off, left)
        elif _heading(f"{first.strip()} {s}"):
            out[k - 1] = (poff, f"{first.strip()} {s}\t{rest}")
            out[k] = (off, left)
    return out


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


def _is_entry_line(line: str) -> bool:
    """A line shaped like an attendance entry (not prose such as 'Councillor Brady asked whether …')."""
    s = _BULLET.sub("", line)
    if _heading(s) or _is_stop(line) or _is_prose(s):
        return False
    _, row = _clean_row(0, s)
    return bool(row) and (_starts_person(row) or bool(_INITIALS_LIST.fullmatch(row.strip())))
