"""Tables and registers: a header row naming an attendance column or one column per meeting, a register
written one field per line, and a name | role table under an introductions item."""
from __future__ import annotations

import datetime as dt
import re

from ..lazyre import lazy_compile
from ..names import split_name
from .headings import _heading, _is_prose, _keyword_status
from .shape import _clean_target, _continue_cells, _is_bare_name, _leading_blank_cells, _starts_person
from .vocab import (
    _item_attending_header,
    _CELL_STATUS,
    _DATE_CELL,
    _Entry,
    _HEADER_CELLS,
    _INTRODUCTIONS_ITEM,
    _NAME_HEADERS,
    _ORG_HEADERS,
    _REGISTER_STATUS,
    _ROLE_HINT,
    _ROLE_HEADERS,
    _STATUS_HEADERS,
)


_REGISTER_STATUS_LONGEST = max(map(len, _REGISTER_STATUS))


def _register_status(line: str) -> str | None:
    s = line.strip()
    if len(s) > _REGISTER_STATUS_LONGEST and not s.endswith("."):
        return None  # longer than any status (lower-casing never shortens a line): most lines, no key to make
    key = s.lower().rstrip(".")
    return _REGISTER_STATUS[key][0] if key in _REGISTER_STATUS else None


def _row_status(line: str) -> tuple[list[str], str | None]:
    """(cells, status) for a table row whose last cell is an attendance value and whose first cell is a person:
    "Mrs A Kettle<TAB>Chairman<TAB>Present"; status None otherwise."""
    if "\t" not in line:
        return [], None
    cells = [c.strip() for c in line.split("\t") if c.strip()]
    if len(cells) < 2:
        return cells, None
    value = cells[-1].lower().strip(" .")
    status = _CELL_STATUS.get(value) if len(value) > 1 else None
    if status is None and value in _REGISTER_STATUS:
        status = _REGISTER_STATUS[value][0]
    if status is None or not _starts_person(cells[0]) or _heading(cells[0]):
        return cells, None
    return cells, status


def _is_group_heading(line: str) -> bool:
    """A short label in capitals over a group of rows ("BOARD", "NON-VOTING MEMBERS"), not a name."""
    s = line.strip()
    letters = re.sub(r"[^A-Za-z]", "", s)
    return bool(s) and "\t" not in s and len(s.split()) <= 5 and letters.isupper() and len(letters) >= 3 \
        and not split_name(s.title())


def _status_rows_run(lines: list[tuple[int, str]], i: int):
    """(entries, span, next line index) for a table whose every row carries its own status in the last cell
    ("Name | Role | Present/Apologies"), its groups under labels in capitals and no "Present" heading: three such
    rows or more. Each row's status is its own; a group label only separates the groups."""
    n = len(lines)
    k = i
    if _is_group_heading(lines[k][1]) and k + 1 < n:
        k += 1
    if _row_status(lines[k][1])[1] is None:
        return None
    entries: list[_Entry] = []
    end = lines[k][0]
    while k < n:
        off, line = lines[k]
        cells, status = _row_status(line)
        if status is not None:
            at = off + len(line) - len(line.lstrip())
            entries.append(_Entry("\t".join(cells[:-1]), at, status, cells[-1]))
            end = off + len(line)
            k += 1
        elif _is_group_heading(line) and k + 1 < n and _row_status(lines[k + 1][1])[1] is not None:
            k += 1
        elif not line.strip() and k + 1 < n and (_row_status(lines[k + 1][1])[1] is not None
                                                  or _is_group_heading(lines[k + 1][1])):
            k += 1
        else:
            break
    if len(entries) < 3:
        return None
    return entries, (lines[i][0], end), k


def _register_statuses(lines: list[tuple[int, str]]) -> list[str | None]:
    """``_register_status`` of each line, worked out once for a page (``_register_run`` is tried from every line)."""
    return [_register_status(line) for _, line in lines]


def _register_run(lines: list[tuple[int, str]], i: int, statuses: list[str | None]):
    """(entries, span, next line index) for an attendance register written one field per line: a person's
    name, up to two lines of seat (role, organisation), then the status ("Present, as expected", "Apologies",
    "Absent", "Expected") — repeated for three people or more. The status line closes its person's entry, so
    it never starts the next one, and a seat line is never read as a person. ``statuses``: the lines'
    ``_register_statuses``."""
    n = len(lines)
    if not any(statuses[i + 1:i + 4]):
        return None  # the cheap test first: no status line just below
    entries: list[_Entry] = []
    k = i
    end = lines[i][0]
    while k < n:
        name = lines[k][1].strip()
        if not _is_bare_name(name) or statuses[k]:
            break
        st = next((m for m in range(k + 1, min(k + 4, n)) if statuses[m]), None)
        if st is None or any(statuses[m] or "\t" in lines[m][1] or _is_prose(lines[m][1])
                             for m in range(k + 1, st)):
            break
        seat = [lines[m][1].strip() for m in range(k + 1, st)]
        status_line = lines[st][1].strip()
        entries.append(_Entry("\t".join([name] + seat), lines[k][0] + (len(lines[k][1]) - len(lines[k][1].lstrip())),
                              statuses[st], status_line))
        end = lines[st][0] + len(lines[st][1])
        k = st + 1
    if len(entries) < 3:
        return None
    return entries, (lines[i][0], end), k


# a legend line saying what a register's marks mean: "P: Present", "A = Apologies for absence submitted"
_MARK_LEGEND = lazy_compile(r"[ \t]*(?P<mark>[A-Z]{1,3})[ \t]*[:=][ \t]*(?P<meaning>[A-Za-z][A-Za-z ]{2,50}?)[ \t.]*")
# a register row opening with its mark: "P Ann Lee (Chairman)", "A<TAB>Bo Hill"
_MARK_ROW = lazy_compile(r"[ \t]*(?P<mark>[A-Z]{1,3})[ \t]+(?=[A-Z])")


def _mark_legend(lines: list[tuple[int, str]]) -> dict[str, str]:
    """{mark: status} from a page's legend of register marks; two marks at least, else none (a lone "A: …" line
    is more likely an answer or a label than a legend)."""
    legend = {}
    for _, line in lines:
        m = _MARK_LEGEND.fullmatch(line) if len(line) <= 60 else None
        status = _keyword_status(m.group("meaning")) if m else None
        if status:
            legend[m.group("mark")] = status
    return legend if len(legend) >= 2 else {}


def _mark_rows_run(lines: list[tuple[int, str]], i: int, legend: dict[str, str]):
    """(entries, span, next line index) for a register whose rows open with a mark the page's legend explains
    ("P Ann Lee (Chairman)" … "A Bo Hill", then "P: Present", "A: Apologies"): three rows or more, blank lines
    between them allowed. Each row's status is its mark's."""
    n = len(lines)
    entries: list[_Entry] = []
    k = i
    end = lines[i][0]
    while k < n:
        off, line = lines[k]
        m = _MARK_ROW.match(line)
        if m and m.group("mark") in legend and _starts_person(line[m.end():]):
            entries.append(_Entry(line[m.end():].rstrip(), off + m.end(), legend[m.group("mark")], m.group("mark")))
            end = off + len(line)
        elif line.strip() or not entries:
            break
        k += 1
    if len(entries) < 3:
        return None
    return entries, (lines[i][0], end), k


# the title of a set of minutes: "MINUTES OF THE BOARD MEETING", "Minutes of a meeting of the Trust Board held on"
_MINUTES_TITLE = lazy_compile(r"[ \t]*(?:(?:draft|confirmed|unconfirmed|approved)\s+)?minutes\s+of\s+(?:the|a|an)\s+"
                              r"(?!(?:last|previous)\b)[^\t]{0,120}$", re.I)


def _name_role_rows(lines: list[tuple[int, str]], k: int) -> list[tuple[int, str]]:
    """The run of name | role rows from line k on: a person's name in the first cell and more in the next."""
    rows = []
    j = k
    while j < len(lines) and "\t" in lines[j][1]:
        first, _, rest = lines[j][1].strip().partition("\t")
        if not _is_bare_name(first) or not rest.strip() or _heading(lines[j][1]):
            break
        rows.append(lines[j])
        j += 1
    return rows


def _introductions_table(lines: list[tuple[int, str]], i: int):
    """(rows, next line index) for a name | role table with no "Present" heading whose place says the people
    were there: under a first agenda item such as "Welcome and introductions" (the people at the table were
    introduced; three rows or more, up to three lines such as "Minutes:" or the Chair's opening sentence
    between), or straight under the minutes' title and its "held on" line (the table that opens the minutes is
    the attendance; four rows or more, most of them with a role in the second cell)."""
    if _INTRODUCTIONS_ITEM.match(lines[i][1]):
        gap, need = 4, 3
    elif _MINUTES_TITLE.match(lines[i][1]):
        gap, need = 2, 4
    else:
        return None
    for k in range(i + 1, min(i + 1 + gap, len(lines))):
        rows = _name_role_rows(lines, k)
        if need == 4 and rows and 2 * sum(bool(_ROLE_HINT.search(r.split("\t", 1)[1])) for _, r in rows) <= len(rows):
            return None
        if len(rows) >= need:
            return rows, k + len(rows)
        if not rows and "\t" in lines[k][1] and all(c.strip().lower() in _HEADER_CELLS
                                                    for c in lines[k][1].split("\t") if c.strip()):
            continue  # the table's header row ("Name<TAB>Role") over its rows
        if rows or "\t" in lines[k][1] or _heading(lines[k][1]):
            return None
    return None


def _parse_day(cell: str):
    for fmt in ("%d/%m/%y", "%d/%m/%Y", "%d.%m.%y", "%d.%m.%Y", "%d-%m-%y", "%d-%m-%Y", "%d %b %Y", "%d %B %Y",
                "%d %b %y", "%d-%b-%y", "%d-%b-%Y"):
        try:
            return dt.datetime.strptime(re.sub(r"(?<=\d)(st|nd|rd|th)", "", cell), fmt).date()
        except ValueError:
            continue
    return None


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
# one date of a header cell: 02/02/16, 11 Jan 2024, 3rd March, Jan 24
_ONE_DATE = lazy_compile(rf"\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)?[ -]{_MONTH}(?:[ -]\d{{2,4}})?"
                         rf"|{_MONTH}[ -]\d{{2,4}}", re.I)
_DATE_RUN = lazy_compile(rf"(?:(?:{_ONE_DATE.pattern})\s+)+(?:{_ONE_DATE.pattern})$", re.I)


def _date_run_cells(cell: str) -> list[str]:
    """A header cell into which narrow meeting-date columns ran together, as its cells: "Role 11 Jan 2024 14 Mar
    2024" → "Role", "11 Jan 2024", "14 Mar 2024"; any other cell as it is."""
    run = next((m for m in (_DATE_RUN.match(cell, k) for k in [0] + [m.end() for m in re.finditer(r"\s+", cell)])
                if m), None)
    if run is None:
        return [cell]
    lead = cell[:run.start()].strip()
    return ([lead] if lead else []) + [m.group(0) for m in _ONE_DATE.finditer(run.group(0))]


def _header_table(lines, i: int, meeting_day):
    """(entries, span, next line index) when lines[i] is the header row of an attendance table or register."""
    off, line = lines[i]
    if "\t" not in line:
        return None
    low = [c.strip().lower().rstrip(":") for c in line.split("\t") if c.strip()]
    if len(low) == 2 and low[0] in _MEMBER_STOOD_IN_FOR | _APOLOGY_FROM and low[1] in _STANDING_IN:
        return _substitute_pairs_table(lines, i, apologies=low[0] in _APOLOGY_FROM)
    if _item_attending_header(line):
        return _item_attending_table(lines, i)
    if not low or low[0] not in _NAME_HEADERS and _date_run_cells(low[0])[0] not in _NAME_HEADERS:
        return None
    first_row = i + 1
    while first_row < len(lines) and (column := _leading_blank_cells(lines[first_row][1])) \
            and not split_name(lines[first_row][1].strip().split("\t")[0]):
        # header cells wrapped onto a second line ("11 January" / "2024"): each goes on in its own column
        line = _continue_cells(line, lines[first_row][1].split("\t", column)[-1], column)
        first_row += 1
    # narrow date columns run together: "02/02/16 01/03/16 05/04/16", "Role 11 Jan 2024 14 Mar 2024"
    cells = [d for c in line.split("\t") if c.strip() for d in _date_run_cells(c.strip())]
    low = [c.lower().rstrip(":") for c in cells]
    dates = [k for k, c in enumerate(cells) if _DATE_CELL.match(c)]
    status_col = next((k for k, c in enumerate(low) if c in _STATUS_HEADERS), None)
    if status_col is None and not dates:
        return _mark_columns_table(lines, i, low)
    if not dates and {"present", "apologies"} <= set(low) and low[-1].startswith("deputy"):
        return _marks_and_deputy_table(lines, i, first_row)
    if any(k not in dates and c not in _NAME_HEADERS | _ROLE_HEADERS | _ORG_HEADERS | _STATUS_HEADERS
           | {"comment", "comments", "notes", "attendance comment"} for k, c in enumerate(low)):
        return None
    role_col = next((k for k, c in enumerate(low) if c in _ROLE_HEADERS), None)
    org_col = next((k for k, c in enumerate(low) if c in _ORG_HEADERS), None)
    rows = []
    j = first_row
    while j < len(lines):
        o2, l2 = lines[j]
        if not l2.strip():
            j += 1
            continue
        column = _leading_blank_cells(l2)
        if rows and column and not split_name(l2.strip().split("\t")[0]):
            # a cell wrapped onto a line of its own ("Director of Adult Social" / "Care"): it goes on in its cell
            o_prev, r_prev = rows[-1]
            rows[-1] = (o_prev, _continue_cells("\t".join(r_prev), l2.strip("\n").split("\t", column)[-1], column)
                        .split("\t"))
            j += 1
            continue
        # cells keep their places: a blank cell of a register comes through as an empty one (layout._grid_cells)
        r = [c.strip() for c in l2.strip().split("\t")]
        if rows and len(r) == 1 and re.fullmatch(r"[A-Z][\w'’-]+", r[0]) and _name_goes_on(rows[-1][1][0], r[0]):
            # "Dr Fiona<TAB>NHS X<TAB>GP Member" then "Lewis-Smith": the name wrapped in its cell
            rows[-1][1][0] = f"{rows[-1][1][0]} {r[0]}"
            j += 1
            continue
        if not r[0] or not split_name(re.sub(r"\([^)]*\)", "", r[0]).strip()):
            break
        rows.append((o2, r))
        j += 1
    if not rows:
        return None
    col = status_col
    if col is None:
        # the register's column for this meeting: its date, else the last column anyone is marked in
        col = next((k for k in dates if meeting_day and _parse_day(cells[k]) == meeting_day), None)
        if col is None:
            marked = [k for k in dates if any(k < len(r) and r[k].lower() in _CELL_STATUS for _, r in rows)]
            col = marked[-1] if marked else None
    if col is None:
        return None
    entries = []
    for o2, r in rows:
        value = r[col].lower().strip(" .") if col < len(r) else ""
        status = _CELL_STATUS.get(value)
        if status is None:
            continue
        parts = [r[0]]
        if role_col is not None and role_col < len(r) and role_col != col:
            parts.append(r[role_col])
        org_cell = None
        if org_col is not None and org_col < len(r) and org_col != col:
            parts.append(r[org_col])
            org_cell = r[org_col] or None
        entries.append(_Entry("\t".join(parts), o2, status, cells[col], org_cell=org_cell))
    return entries, (off, rows[-1][0] + len(lines[j - 1][1])), j


# a mark in a "Present" or "Apologies" column, a bracketed note after it ("Y (Chair)"); a dash or underscore in the
# deputy's column says no one came in the member's place
_PRESENT_MARK = lazy_compile(r"(?:Y|Yes|✓|X)(?:\s*\([^()]{1,30}\))?")
_APOLOGY_MARK = lazy_compile(r"A|Apols?")
_NO_DEPUTY = lazy_compile(r"[_–—-]+|N/?A")


def _marks_and_deputy_table(lines, i: int, first_row: int):
    """(entries, span, next line index) for a membership table "Name | Role, Organisation | Present | Apologies |
    Deputy attended": a mark in the present or the apologies column and, after an apology, the deputy who came.
    The text loses blank cells and wraps each long cell onto the lines below (their first cell blank), so a row's
    mark is the last cell that is one; the cells after it name the deputy, whose name may wrap too ("Ann" /
    "Lee" at the end of the next line)."""
    rows: list[list] = []  # [offset, name, role and body cells, mark, deputy]
    j = first_row
    while j < len(lines):
        off, line = lines[j]
        cells = line.split("\t")
        if not line.strip():
            j += 1
            continue
        if rows and not cells[0].strip():
            filled = [c.strip() for c in cells[1:] if c.strip()]
            if rows[-1][4] and len(filled) >= 2 and re.fullmatch(r"[A-Z][\w'’-]+", filled[-1]) \
                    and len(rows[-1][4].split()) == 1:
                rows[-1][4] += f" {filled.pop()}"  # the deputy's surname wrapped in its cell
            rows[-1][2].extend(filled)
            j += 1
            continue
        filled = [c.strip() for c in cells if c.strip()]
        marks = [k for k, c in enumerate(filled) if k and (_PRESENT_MARK.fullmatch(c) or _APOLOGY_MARK.fullmatch(c))]
        sp = split_name(filled[0]) if filled else None
        if not marks or not sp or filled[0][sp.end:].strip() or _heading(line):
            break
        k = marks[-1]
        deputy = " ".join(filled[k + 1:])
        rows.append([off, filled[0], filled[1:k], filled[k], "" if _NO_DEPUTY.fullmatch(deputy) else deputy])
        j += 1
    if len(rows) < 3:
        return None
    entries = []
    for off, name, role_cells, mark, deputy in rows:
        status = "apologies" if _APOLOGY_MARK.fullmatch(mark) else "present"
        entries.append(_Entry(f"{name}, {' '.join(role_cells).rstrip(',')}" if role_cells else name, off, status, mark))
        if deputy and status == "apologies" and split_name(deputy):
            e = _Entry(deputy, off, "substitute", "deputy attended")
            e.substitute_for = _clean_target(name)  # type: ignore[attr-defined]
            entries.append(e)
    return entries, (lines[i][0], lines[j - 1][0] + len(lines[j - 1][1])), j


def _name_goes_on(cell: str, word: str) -> bool:
    """Whether ``word``, alone on the next line, ends the name in ``cell``: the cell is a title and a forename only
    ("Dr Fiona"), and the two make one name."""
    sp = split_name(cell)
    if not sp or not sp.title or len(sp.person.split()) != 1:
        return False
    whole = split_name(f"{cell} {word}")
    return bool(whole) and whole.end == len(cell) + 1 + len(word)


# "Ordinary Member | Reserve Member": a London borough's "Attendance by Reserve Members" item, one row per member
# and the reserve who came in their place
_MEMBER_STOOD_IN_FOR = {"ordinary member", "member", "absent member", "committee member", "board member"}
# "Apology from | Temporary Appointment": a county committee's table of apologies and the members appointed in
# their place for the day; here the first column's absence is stated, so it is a record too
_APOLOGY_FROM = {"apology from", "apologies from", "apology", "apologies"}
_STANDING_IN = {"reserve member", "reserve", "substitute", "substitute member", "deputy", "nominated substitute",
                "temporary appointment", "temporary appointments"}
_NO_ONE = {"-", "–", "—", "none", "n/a"}


_ITEM_CELL = lazy_compile(r"\(?\d{1,3}(?:\.\d{1,2})?[a-z]?[.)]?")
# where one cell lists several people: "&", "and", a comma before a name, or a bracket closed before the next name
_PEOPLE_BREAK = lazy_compile(r"\s*(?:&|\band\b|,)\s*(?=(?:[A-Z]\.\s?)+[A-Z])|(?<=\))\s+(?=[A-Z])")


def _item_attending_table(lines, i: int):
    """(entries, span, next line index) for an item-by-item table of who attended ("8. | V. Carr (Finance)"):
    each person in attendance, one body in brackets after several names being each one's ("A. Day & F. Cole
    (Housing)")."""
    entries = []
    j = i + 1
    while j < len(lines):
        off, line = lines[j]
        item, tab, cell = line.strip().partition("\t")
        if not tab or not _ITEM_CELL.fullmatch(item.strip()) or not _starts_person(cell.strip()):
            break
        at = off + line.index(cell)
        people, start = [], 0
        for m in list(_PEOPLE_BREAK.finditer(cell)) + [None]:
            end = m.start() if m else len(cell)
            people.append((start, cell[start:end].strip()))
            start = m.end() if m else end
        for k, (p_at, person) in enumerate(people):
            if "(" not in person:
                # "A. Day & F. Cole (Housing)": the next bracket is theirs too
                body = next((re.search(r"\([^)]*\)", q).group(0) for _, q in people[k + 1:] if "(" in q), "")
                person = f"{person} {body}".strip()
            entries.append(_Entry(person, at + p_at, "in_attendance", "officer attending"))
        j += 1
    if not entries:
        return None
    return entries, (lines[i][0], lines[j - 1][0] + len(lines[j - 1][1])), j


def _substitute_pairs_table(lines, i: int, apologies: bool = False):
    """(entries, span, next line index) for a two-column table of members and the substitutes who came for them:
    each row's second name is a substitute for its first. The member's own absence is only implied (no record)
    unless the first column is headed as the apologies (``apologies``): then it is an apology, and a row whose
    second cell is empty or a dash is an apology with no one in that member's place."""
    entries = []
    j = i + 1
    while j < len(lines):
        off, line = lines[j]
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        if apologies and cells and (len(cells) == 1 or len(cells) == 2 and cells[1].lower() in _NO_ONE):
            cells = cells[:1]
        elif len(cells) != 2:
            break
        if not all(_is_bare_name(c) for c in cells):
            break
        if apologies:
            entries.append(_Entry(cells[0], off + line.index(cells[0]), "apologies", "apology from"))
        if len(cells) == 2:
            e = _Entry(cells[1], off + line.index(cells[1]), "substitute", "reserve member")
            e.substitute_for = _clean_target(cells[0])  # type: ignore[attr-defined]
            entries.append(e)
        j += 1
    if not entries:
        return None
    return entries, (lines[i][0], lines[j - 1][0] + len(lines[j - 1][1])), j


def _mark_columns_table(lines, i: int, header: list[str]):
    """(entries, span, next line index) for a register with one column per mark: "Board Member | P | A | DNA |
    D/R" over rows "Name (initials) - role, organisation | A". A blank cell is dropped when the text is laid out,
    so a row's column is not its cell index: the mark itself says which column it is in. A mark whose column is
    a pair ("R" under "D/R", someone unnamed deputised) or a row with no mark gives no status: no record."""
    codes = header[1:]
    if len(codes) < 2 or any(not re.fullmatch(r"[a-z]{1,4}(?:/[a-z]{1,4})?", c) for c in codes) \
            or sum(c in _CELL_STATUS for c in codes) < 2:
        return None
    rows = []
    j = i + 1
    while j < len(lines):
        off, line = lines[j]
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        if not cells:
            j += 1
            continue
        marks = [c.lower() for c in cells[1:]]
        if not split_name(cells[0]) or _heading(cells[0]) or len(marks) > 1 \
                or any(not any(m in c.split("/") for c in codes) for m in marks):
            break
        rows.append((off, cells[0], marks[0] if marks else None))
        j += 1
    if len(rows) < 3:
        return None
    entries = [_Entry(name, off, _CELL_STATUS[mark], mark.upper())
               for off, name, mark in rows if mark in codes and mark in _CELL_STATUS]
    end = lines[j - 1][0] + len(lines[j - 1][1])
    return entries, (lines[i][0], end), j


# a membership table's first header cell ("Board Members", "SLSCB Members", "Name") and its apologies column, the
# last word of the header row ("Apols", "Apologies"): a PDF's header cells often run together into one
_MEMBERS_HEADER = lazy_compile(r"(?:[A-Z]{2,8}\s+)?(?:Board\s+)?(?:Members|Membership|Name|Names)", re.I)
_APOLS_END = lazy_compile(r"\b(?:apols?|apologies)[ \t]*$", re.I)


def _apologies_column_table(lines: list[tuple[int, str]], i: int):
    """(entries, span, next line index) for a membership table whose last column marks apologies ("Apols") and is
    blank for those who came: the table is the meeting's attendance record. Rows start with the member's name in
    the first cell; a row whose first cell is empty is a wrapped line of the row above. Three members or more."""
    off, line = lines[i]
    first, tab, _ = line.strip().partition("\t")
    if not tab or not _APOLS_END.search(line) or not _MEMBERS_HEADER.fullmatch(first.strip()):
        return None
    entries: list[_Entry] = []
    j = i + 1
    end = off + len(line)
    while j < len(lines):
        o2, l2 = lines[j]
        if not l2.strip() or l2.startswith("\t") or l2.startswith(" "):
            j += 1  # a wrapped line of the header or of a row's cells
            continue
        cells = l2.split("\t")
        name = re.sub(r"\([^)]*\)", "", cells[0]).strip()
        if len(cells) < 2 or not _is_bare_name(name) or _heading(l2):
            break
        status = "apologies" if _APOLS_END.search(l2) else "present"
        wrapped = j + 1 < len(lines) and lines[j + 1][1].startswith(("\t", " ")) and lines[j + 1][1].strip()
        # a role wrapped over lines shares them with the other columns' text: only an unwrapped row's role is whole
        role = cells[1].strip() if not wrapped and not _APOLS_END.fullmatch(cells[1].strip()) else ""
        at = o2 + len(l2) - len(l2.lstrip())
        # (the other columns are not read: a PDF drops a row's empty cells, so their places are not certain)
        entries.append(_Entry("\t".join(c for c in (cells[0].strip(), role) if c), at, status,
                              "Apols" if status == "apologies" else "member listed"))
        end = o2 + len(l2)
        j += 1
    if len(entries) < 3:
        return None
    return entries, (off, end), j
