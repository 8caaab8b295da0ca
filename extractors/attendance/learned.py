"""A learned recall fallback: a line tagger (a CRF over a page's lines) finds attendance entries the rules missed.

The rules read the layouts they were written for almost perfectly and miss whole blocks laid out otherwise. This
module tags each line near an attendance cue as an entry of one status (present, apologies, absent, in
attendance), a heading, or other, with a linear-chain CRF trained on the labelled corpus
(`scripts/train_attendance_model.py` rebuilds `data/attendance_lines.crfsuite`). Lines tagged as entries that the
rules did not read are parsed by the rules' own entry readers (`rows._block_entries`, `records._entry_records`),
with the status the tag gives; a person the rules already found is never added again, and a block the rules read
keeps the rules' answer.

Text-PDF tables and grids are read cell by cell: a label in a table's first column ("Guests", "PRESENT:", "IN" over
"ATTENDANCE:") gives the status of its rows, a row of two or more person cells gives one entry a cell, and a cell
that is a heading, a count, a body, a date or a column of initials is no person. Statuses, headings and titles come
from the rules' vocabulary (``vocab.py``, ``names.PERSONAL_TITLES``), never a copy of it.

``BOARDPAPERS_EXTRACT_ATTENDANCE_MODEL``: unset uses the shipped model, ``off`` turns the fallback off, a path uses that
model file (the evaluation scores out-of-fold models this way).
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

from boardpapers.models import AttendanceRecord

from ..lazyre import lazy_compile
from ..names import PERSONAL_TITLES, PLURAL_TITLES, ROLE_WORDS, person_key, split_name
from .headings import _agenda_header_row, _heading, _is_prose, _keyword_status
from .shape import _initials_of, _looks_like_org, _starts_person
from .vocab import HEADINGS, _CELL_STATUS, _DATE_CELL, _ITEM_RE, _MOTION_VERB, _NARRATIVE_VERB, _ROLE_BEFORE_NAME, _STRONG_ORG_WORDS

MODEL_ENV = "BOARDPAPERS_EXTRACT_ATTENDANCE_MODEL"  # BOARDPAPERS_EXTRACT_*: the sandbox passes it to its worker
SHIPPED_MODEL = Path(__file__).resolve().parents[1] / "data" / "attendance_lines.crfsuite"

# the line tags: an entry of each status, a heading that opens a block, anything else
STATUS_OF_TAG = {"P": "present", "A": "apologies", "X": "absent", "I": "in_attendance"}
TAG_OF_STATUS = {"present": "P", "substitute": "P", "apologies": "A", "absent": "X", "in_attendance": "I"}
HEADING_TAG, OTHER_TAG = "H", "O"

# a tagged line is added only when the model is this sure of its tag (out-of-fold scoring: 0.5 to 0.8 differ by two
# people in 2,000, none of them a spurious one)
MIN_MARGINAL = 0.6

# a line that could open or name attendance: only pages holding one are tagged, and only the lines near it
_CUE_WORDS = ("present", "apolog", "absen", "attend", "sederunt", "substitut", "deputis", "in the chair", "chaired by")
_CHAIR = lazy_compile(r"in the chair|chaired by", re.I)
_CUE = lazy_compile("|".join(_CUE_WORDS), re.I)
_CUE_LINE_MAX = 120  # a cue in a longer line is narrative ("… presented the report …"), not a label
WINDOW_BEFORE, WINDOW_AFTER = 2, 40

# titles from the one list the rules read (names.PERSONAL_TITLES); a plural title ("Councillors A and B") starts
# a line of names too
_TITLES = "|".join(sorted(PERSONAL_TITLES + tuple(t.title() for t in PLURAL_TITLES), key=len, reverse=True))
_TITLE_START = lazy_compile(r"[ \t]*(?:[-•·*–][ \t]*)?(?:" + _TITLES + r")\.?\b")
_TITLE_ANY = lazy_compile(r"\b(?:" + _TITLES + r")\b\.?")
_INITIAL = lazy_compile(r"(?<![\w'’])[A-Z]\.?(?=\s+[A-Z])")
_WORD = lazy_compile(r"[A-Za-z][A-Za-z'’-]*")
# a word that says a status on its own, and which: the rules' headings and cell marks (vocab.py) of one word
_STATUS_WORDS = {w: st for w, st in {**HEADINGS, **_CELL_STATUS}.items() if " " not in w and len(w) > 3}


def cue_status(line: str) -> str | None:
    """The attendance status a line's words name, when it is short enough to be a label or a lead-in: the rules'
    heading at its start, else the rules' keywords (vocab ``_KEYWORD_STATUS``: "Also present" is in attendance, "Board
    Members Attending" present); a line naming the chair ("Chaired by: …") names someone present."""
    if len(line) > _CUE_LINE_MAX or not _CUE.search(line):
        return None
    head = _heading(line)
    if head and head[0]:
        return head[0]
    return _keyword_status(line) or ("present" if _CHAIR.search(line) else None)


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _own_features(line: str) -> dict[str, str]:
    """The features of one line on its own (its neighbours' are added by ``line_features``)."""
    s = line.strip()
    if not s:
        return {"blank": "1"}
    words = _WORD.findall(s)
    caps = sum(1 for w in words if w[0].isupper())
    upper = sum(1 for w in words if len(w) > 1 and w.isupper())
    f = {
        "len": _bucket(len(s), (3, 10, 25, 50, 90, 160)),
        "words": _bucket(len(words), (1, 2, 3, 5, 8, 14, 25)),
        "caps": _bucket(round(10 * caps / len(words)) if words else 0, (0, 3, 6, 8, 10)),
        "upper": _bucket(upper, (0, 1, 3)),
        "tabs": _bucket(s.count("\t"), (0, 1, 2)),
        "commas": _bucket(s.count(","), (0, 1, 3, 6)),
        "semis": _bucket(s.count(";"), (0, 1)),
        "brackets": _bucket(s.count("("), (0, 1, 3)),
        "dash": "1" if re.search(r"\s[-–—]\s", s) else "0",
        "end": s[-1] if s[-1] in ".:;,)-" else ("a" if s[-1].isalpha() else "?"),
        "titles": _bucket(len(_TITLE_ANY.findall(s)), (0, 1, 2, 4)),
        "title_start": "1" if _TITLE_START.match(s) else "0",
        "initials": _bucket(len(_INITIAL.findall(s)), (0, 1, 3)),
        "roles": _bucket(sum(1 for w in words if w in ROLE_WORDS), (0, 1, 3)),
        "org": "1" if _STRONG_ORG_WORDS.search(s) else "0",
        "narrative": "1" if _NARRATIVE_VERB.search(s) else "0",
        "prose": "1" if _is_prose(s) else "0",
        "item": "1" if _ITEM_RE.match(s) else "0",
        "first": words[0].lower() if words and len(words[0]) <= 12 else "-",
    }
    cue = cue_status(s)
    if cue:
        f["cue"] = cue
    head = _heading(line)
    if head:
        f["heading"] = head[0] or "none"
        f["heading_inline"] = "1" if line[head[2]:].strip() else "0"
    sp = split_name(s.split("\t")[0])
    if sp:
        f["name_start"] = "titled" if sp.title else "1"
        f["name_words"] = _bucket(len(sp.person.split()), (1, 2, 3))
    for w in words[:12]:
        status = _STATUS_WORDS.get(w.lower())
        if status:
            f["says_" + status] = "1"
    return f


def line_features(lines: list[str], first_index: int = 0) -> list[list[str]]:
    """CRFsuite feature strings for each line: its own shape, its neighbours' (one and two lines away), its
    place on the page, and the status of the nearest heading above it and how far up that heading is."""
    own = [_own_features(line) for line in lines]
    out: list[list[str]] = []
    last_heading, heading_at = "none", -100
    last_cue, cue_at = "none", -100
    for k, f in enumerate(own):
        feats = [f"{name}={value}" for name, value in f.items()]
        for d in (-2, -1, 1, 2):
            j = k + d
            if 0 <= j < len(own):
                feats.extend(f"{d}:{name}={value}" for name, value in own[j].items() if name != "first")
            else:
                feats.append(f"{d}:edge")
        feats.append("at=" + _bucket(first_index + k, (3, 10, 25, 50, 100)))
        feats.append("above=" + last_heading)
        feats.append("above_dist=" + _bucket(k - heading_at, (1, 3, 8, 20)))
        feats.append("cue_above=" + last_cue)
        feats.append("cue_dist=" + _bucket(k - cue_at, (1, 3, 8, 20)))
        if "heading" in f:
            last_heading, heading_at = f["heading"], k
        if "cue" in f:
            last_cue, cue_at = f["cue"], k
        out.append(feats)
    return out


def candidate_windows(lines: list[str]) -> list[tuple[int, int]]:
    """The (start, end) line ranges worth tagging: around each short line holding an attendance cue."""
    windows: list[tuple[int, int]] = []
    for k, line in enumerate(lines):
        if len(line) <= _CUE_LINE_MAX and _CUE.search(line):
            lo, hi = max(0, k - WINDOW_BEFORE), min(len(lines), k + WINDOW_AFTER + 1)
            if windows and lo <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
            else:
                windows.append((lo, hi))
    return windows


# the page test: every page of the labelled corpus with a cue window holds one of these (266 of 266); each more word
# is one more scan of every page of every document
_GATE_WORDS = ("present", "apolog", "attend")


def _has_cue(text: str) -> bool:
    # substring tests of the lower-cased page: several times cheaper than one case-blind alternation
    low = text.lower()
    return any(w in low for w in _GATE_WORDS)


@lru_cache(maxsize=4)
def _tagger(path: str):
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


def model_path() -> str | None:
    """The model file to tag with, or None when the fallback is off (or no model is shipped)."""
    setting = os.environ.get(MODEL_ENV, "").strip()
    if setting.lower() == "off":
        return None
    path = setting or str(SHIPPED_MODEL)
    return path if os.path.exists(path) else None


def tag_lines(lines: list[str], path: str, worth=None) -> list[tuple[str, float]]:
    """(tag, the model's marginal probability of it) for each line, lines outside every cue window "O"; with
    ``worth`` (line index → bool), only the windows holding a line worth it are tagged."""
    tags: list[tuple[str, float]] = [(OTHER_TAG, 1.0)] * len(lines)
    tagger = _tagger(path)
    for lo, hi in candidate_windows(lines):
        if worth is not None and not any(worth(k) for k in range(lo, hi)):
            continue
        tagger.set(line_features(lines[lo:hi], lo))
        for k, tag in enumerate(tagger.tag()):
            tags[lo + k] = (tag, tagger.marginal(tag, k))
    return tags


def learned_records(text: str, used: list[tuple[int, int]], found: list[AttendanceRecord], page: int,
                    gaz) -> list[AttendanceRecord]:
    """Records for entries the model tags on lines outside the rules' blocks, of people the rules did not find.

    A run of lines of one status is read as a block by the rules' row reader; a status cell in a row ("… Lay
    Member<TAB>Apols") says that row's status, the tag only that it is an entry."""
    path = model_path()
    if path is None or not _has_cue(text):
        return []
    from .records import _entry_records
    from .rows import _block_entries

    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1

    def could_add(k: int) -> bool:
        # a window whose every line is inside the rules' blocks or starts with no person gives no one: the
        # tagger (most of this fallback's time) is not run on it
        s = lines[k].strip()
        return bool(s) and not _in_used(starts[k], len(lines[k]), used) \
            and (_starts_person(s) or "\t" in s and _starts_person(s.split("\t", 1)[1].strip()))

    tags = tag_lines(lines, path, could_add)
    rows: list[tuple[int, str, str] | None] = []  # (offset, line or cell without its status cell, status) or None
    lead_in, lead_in_at = None, -1  # the status the last lead-in line names, and where it is
    public = False  # under a "Members of the public" / "Press" label: not attendees
    cue_at = -WINDOW_AFTER - 1  # the last line naming a status: an entry must be under one (or on it)
    column_status = None  # the status a label in a table's first column gives its rows and the rows under it
    wrapped_label = -1  # a line that ends the label cell of the line above ("IN" / "ATTENDANCE:")
    for k, (line, (tag, p)) in enumerate(zip(lines, tags)):
        row: list | None = None
        cue = cue_status(line)
        if cue:
            cue_at = k
        elif k > cue_at >= 0 and _ITEM_RE.match(line):
            cue_at = -WINDOW_AFTER - 1  # a numbered minute with no status word opens the business: no entries under it
        label = _label_cell(line, lines[k + 1] if k + 1 < len(lines) else "")
        if label:
            column_status, width, wrapped = label
            line = " " * width + line[width:]  # the label cell blanked (offsets hold)
            if wrapped:
                wrapped_label = k + 1
        elif k == wrapped_label:
            rows.append(None)  # its label part was read with the line above
            continue
        elif line.strip() and not line.startswith("\t"):
            column_status = None  # a row whose first cell is not blank and no label: the label column has ended
        if not label and line.strip() and len(line) <= _CUE_LINE_MAX and "\t" not in line.strip() \
                and (not _starts_person(line.strip()) or cue and not re.search(r"[,(]", line)):
            # a label or lead-in line (no person on it; "Board Members Attending" is no name): what it says holds
            # for the lines under it
            public = bool(_PUBLIC.search(line))
            if _ITEM_RE.match(line):
                lead_in = None
            if cue:
                # "Apologies for absence were received from:" leads in a list of one status; a legend ("P= Present
                # A= Apologies") or an item title ("Attendance, Apologies & Governance") names several: none
                low = line.lower()
                only_away = all(w in ("apolog", "absen") for w in _CUE_WORDS if w in low)
                lead_in, lead_in_at = (cue if only_away else None), k
        elif (tag in STATUS_OF_TAG and p >= MIN_MARGINAL and k - cue_at <= WINDOW_AFTER
              or column_status and "\t" in line and any(_person_cell(c) for c in line.split("\t"))) \
                and not public and _may_add(line, starts[k], used):
            status = column_status or STATUS_OF_TAG.get(tag)
            if not column_status and lead_in in _STRONG_STATUSES and k - lead_in_at <= _LEAD_IN_REACH \
                    and status in ("present", "in_attendance"):
                status = lead_in  # "The following apologies were reported:" governs the list under it
            if not _has_mark(line) and any(0 <= j < len(lines) and _has_mark(lines[j]) for j in (k - 1, k + 1)):
                status = None  # a row with its mark cell blank among rows with marks: the status is not said
            else:
                status, line = _status_cell(line, status, lines[max(0, k - WINDOW_AFTER):k])
            if status:
                row = [(starts[k] + off, cell, status) for off, cell in _grid_cells(line)] \
                    or [(starts[k], line, status)]
        rows.extend(row or [None])
    known = {person_key(r.person or r.name) for r in found}
    known_surnames = {k.split()[-1] for k in known if k}
    out: list[AttendanceRecord] = []
    k = 0
    while k < len(rows):
        if rows[k] is None:
            k += 1
            continue
        status = rows[k][2]
        end = k + 1
        while end < len(rows) and rows[end] is not None and rows[end][2] == status:
            end += 1
        body = [(off, line) for off, line, _ in rows[k:end]]
        for entry in _block_entries(text, status, "(learned)", "", body[0][0], body):
            for rec in _entry_records(entry, page, gaz):
                key = person_key(rec.person or rec.name)
                if len(key.split()) < 2 or key in known or key.split()[-1] in known_surnames:
                    continue  # one word is no safe name; a person the rules found keeps the rules' record
                known.add(key)
                out.append(rec)
        k = end
    return out


# ---- table and grid cells ----------------------------------------------------------------------------------------
# A text PDF lays a block out in cells (TABs): a label in the first column ("Board Members", "PRESENT:", "IN" over
# "ATTENDANCE:"), one person to a cell in a grid, or a name | initials | role row. The rules' row reader takes
# a row as one entry; here a row of two or more person cells is read as that many entries.

_LABEL_WORDS_MAX = 5  # a label cell is a few words ("Standing Officers"); a longer first cell is a name or a role


def _label_status(cell: str) -> str | None:
    """The status a first-column label cell names ("Guests", "Board Members", "IN ATTENDANCE:"), by the rules'
    headings and keywords; a cell holding a person is none."""
    c = cell.strip()
    if not c or len(c.split()) > _LABEL_WORDS_MAX or re.search(r"\d", c) or _starts_person(c):
        return None
    head = _heading(c)
    if head:
        return head[0]
    return _keyword_status(c.rstrip(":-"))


def _label_cell(line: str, below: str) -> tuple[str, int, bool] | None:
    """(status, width of the label cell, whether its label ends on the line below) when the line opens with a
    label cell and a person cell follows; "IN<TAB>A B, Role" over "ATTENDANCE:" is one label wrapped in its cell."""
    if "\t" not in line or line[:1] in "\t ":
        return None
    first, rest = line.split("\t", 1)
    status, wrapped = _label_status(first), False
    tail = below.strip()
    if not status and tail and "\t" not in tail and len(first.split()) <= 2 and len(tail.split()) <= 2 \
            and first.strip().isupper():
        status, wrapped = _label_status(f"{first.strip()} {tail}"), True
    if not status or not any(_person_cell(c) for c in rest.split("\t")):
        return None
    return status, len(first), wrapped


_DIGIT_OUTSIDE_BRACKETS = lazy_compile(r"\d(?![^(]*\))")
_REGISTER_INITIALS = lazy_compile(r"[A-Z]{1,4}\.?|(?:[A-Z]\.\s?){1,4}")


def _person_cell(cell: str) -> bool:
    """A cell that holds one person: it starts with a name and is no heading, count, date, organisation or
    column of initials ("FC" beside "Dame Fiona Caldicott" is her initials, not a second person)."""
    c = cell.strip()
    if not c or _REGISTER_INITIALS.fullmatch(c) or _DATE_CELL.match(c) or _DIGIT_OUTSIDE_BRACKETS.search(c):
        return False
    if _label_status(c) or _heading(c) or _CELL_STATUS.get(c.lower()):
        return False
    c = c[m.end():] if (m := _ROLE_BEFORE_NAME.match(c)) else c  # "Chairman Cllr A B"
    sp = split_name(c)
    if not sp or len(sp.person.split()) < 2 or not _starts_person(c):
        return False
    if sp.title:
        return True
    # an untitled name ends its cell or goes on with a comma, bracket or dash ("Abbey Ward Councillor, …" is a
    # seat, "Northvale Health Trust" a body)
    rest = c[sp.end:].strip()
    return (not rest or rest[0] in ",(–—-") and not _looks_like_org(c[:sp.end].strip())


# two people run into one cell when a gap closed up: "A B (Northvale PCT) C D (Eastshire Council)"
_BRACKET_THEN_NAME = lazy_compile(r"(?<=\))\s+(?=[A-Z])")


def _grid_cells(line: str) -> list[tuple[int, str]]:
    """(offset in the line, cell) of each person in a row of two or more person cells, the cells after each
    person (a role, an organisation) kept with it; [] when the row holds fewer than two people (a name | role
    row, read whole)."""
    pieces: list[tuple[int, str]] = []
    pos = 0
    for cell in line.split("\t"):
        at = pos
        for part in _BRACKET_THEN_NAME.split(cell):
            off = cell.index(part, at - pos)
            pieces.append((pos + off, part))
            at = pos + off + len(part)
        pos += len(cell) + 1
    people = [i for i, (_, c) in enumerate(pieces) if _person_cell(c)]
    if len(people) < 2:
        return []
    out = []
    for n, i in enumerate(people):
        end = people[n + 1] if n + 1 < len(people) else len(pieces)
        start = pieces[i][0]
        last = pieces[end - 1]
        out.append((start, line[start:last[0] + len(last[1])]))
    return out


_STRONG_STATUSES = ("apologies", "absent")
_MARK = lazy_compile(r"[A-Z/]{1,3}|[✓✔✗√]")  # a register's mark cell, known ("P", "DNA") or not ("R", "D/R")
_LEAD_IN_REACH = 15  # lines: a lead-in governs a list under it, not the rest of the page
_PUBLIC = lazy_compile(r"\b(?:public|press|media|observers)\b", re.I)


def _status_cell(line: str, tagged: str, above: list[str]) -> tuple[str | None, str]:
    """(the row's status, the row with its status cell blanked): a cell after the first that is a status mark
    ("Apols", "Present") says the status; a substitute mark gives none (for whom is not said), nor does an
    unknown mark. A mark of three letters or fewer ("P", "A", "DNA") counts only under a header row naming it as a
    column."""
    cells = line.split("\t")
    for i in range(len(cells) - 1, 0, -1):
        mark = cells[i].strip()
        if _initials_cell(mark, cells):
            continue
        status = _CELL_STATUS.get(mark.lower())
        if status or _MARK.fullmatch(mark):
            cells[i] = " " * len(cells[i])
            if len(mark) <= 3 and not any(_mark_header(row, mark) for row in above):
                status = None
            return (None if status in (None, "substitute") else status), "\t".join(cells)
    return tagged, line


# a verb in the past tense outside brackets ("… spoke on item 4", "… outlined the plan"): a sentence, not an entry
# ("(attended for item 3)" in brackets is a qualifier the entry reader keeps)
_PAST_VERB = lazy_compile(r"(?<![\w-])(?:[a-z]+ed|spoke|said|gave|took|made|led|sat|met|told|saw|sent|left|came)\b")


def _has_mark(line: str) -> bool:
    """Whether a cell after the first is a status or register mark."""
    cells = line.split("\t")
    return any((_CELL_STATUS.get(c.strip().lower()) or _MARK.fullmatch(c.strip())) and not _initials_cell(c.strip(), cells)
               for c in cells[1:])


def _initials_cell(mark: str, cells: list[str]) -> bool:
    """A cell of the initials of the row's person ("FC" after "Dame Fiona Caldicott"): a register of names, not of
    marks."""
    person = next((sp.person for c in cells if c.strip() and (sp := split_name(c.strip()))), None)
    return bool(person) and _initials_of(mark, person)


def _mark_header(row: str, mark: str) -> bool:
    """A header row naming mark columns, one of them this mark ("Board Member<TAB>P<TAB>A<TAB>DNA"): two or more
    cells of capitals after the first, two marks in one cell allowed ("DNA D/R"; a person's row has one mark)."""
    marks = [c.strip() for c in row.split("\t")[1:] if c.strip()]
    return len(marks) >= 2 and mark in marks and all(re.fullmatch(r"[A-Z/]{1,3}(?: [A-Z/]{1,3})*", c) for c in marks)


def _may_add(line: str, start: int, used: list[tuple[int, int]]) -> bool:
    """Whether a tagged line may give records: not inside a block the rules read, not a sentence of narrative
    ("Cllr A declared an interest …", "B took the Chair", "Cllr A Moved, Cllr B Seconded") and no quotation."""
    return not _in_used(start, len(line), used) and not _is_prose(line) and not _agenda_header_row(line) \
        and not _NARRATIVE_VERB.search(line) and not _MOTION_VERB.search(line) \
        and not _PAST_VERB.search(re.sub(r"\([^)]*\)?", " ", line)) and not any(q in line for q in "“”\"")


def _in_used(start: int, length: int, used: list[tuple[int, int]]) -> bool:
    end = start + length
    return any(a < end and start < b for a, b in used)
