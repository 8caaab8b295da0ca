"""The rows of a block become entries: grids, flattened tables, two people on one row, comma lists, and bodies
heading the people listed under them."""
from __future__ import annotations

import re

from ..lazyre import lazy_compile
from ..names import PERSONAL_TITLES, POST_NOMINALS, ROLE_WORDS, split_name
from .headings import _PUBLIC_COUNT, _clean_row, _heading, _is_prose
from .shape import (
    _GROUP_NOUN_LEAD,
    _OFFICE_LEAD,
    _given_name_initial_run,
    _ALSO_LEAD,
    _continue_cells,
    _titled_of_body,
    _post_before_name,
    _leading_blank_cells,
    _continues_list,
    _GAZ,
    _grid_person_cell,
    _initials_of,
    _is_bare_name,
    _is_group_cell,
    _is_person,
    _looks_like_list,
    _looks_like_org,
    _name_with_own_initials,
    _second_person_at,
    _keeps_council_title,
    _shared_title,
    _split_list,
    _starts_person,
)
from .vocab import (
    _ABSENCE_REASON,
    _BRACKETED_ABSENCE_REASON,
    _BULLET,
    _Entry,
    _GROUP_MARK,
    _HEADER_CELLS,
    _INITIALS_LIST,
    _ORG_HEADERS,
    _ORG_WORDS,
    _PEOPLE_GROUP,
    _QUALIFIER_RE,
    _ROLE_HEADERS,
    _ROLE_HINT,
    _STRONG_ORG_WORDS,
)


def _column_entries(columns, body, raw) -> list[_Entry]:
    entries = []
    for off, l in body:
        cells = [c for c in l.split("\t")]
        pos = off
        k = 0
        for c in cells:
            if c.strip():
                if k < len(columns) and split_name(c.strip()):
                    st, r = columns[k]
                    entries.append(_Entry(c.strip(), pos + (len(c) - len(c.lstrip())), st, r))
                k += 1
            pos += len(c) + 1
    return entries


# a table's cell of initials on its own line between a name and the name's body ("Ann Lee" / "AL" / "Northvale Water")
_INITIALS_LINE = lazy_compile(r"[A-Z][a-z]?[A-Z][a-z]?[A-Z]?")
# a whole person on a line: the name, then at most a bracket ("Cllr Ann Lee (Chair)", "Bo Dee (minute taker)")
_BRACKET_TAIL = lazy_compile(r"[ \t]*(?:\([^()]*\))?[ \t]*")


def _whole_person_line(line: str) -> bool:
    sp = split_name(line)
    return bool(sp) and _BRACKET_TAIL.fullmatch(line, sp.end) is not None


def _name_and_body_lines(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A table whose cells the text put one a line: 'Ann Lee' / 'Northvale Water' / 'Bo Dee' / 'Eastshire Trust'
    (or with a cell of initials between: 'Ann Lee' / 'AL' / 'Northvale Water'). Each person's lines become one
    'name<TAB>body' row. Read so when every record starts with a whole person and at least two thirds of the
    lines after them are no person (a body shaped like a name, 'Eastshire Water', then keeps its place), none of
    them is a person followed by fields of theirs, and every record has the initials cell or none does."""
    rows = [(off, l.strip()) for off, l in body]
    if len(rows) < 4 or any(not l or "\t" in l or l == _GROUP_MARK for _, l in rows):
        return body
    records, k, not_people = [], 0, 0
    while k < len(rows):
        off, name = rows[k]
        if not _whole_person_line(name) or k + 1 >= len(rows):
            return body
        k += 1
        initials = rows[k][1] if _INITIALS_LINE.fullmatch(rows[k][1]) and k + 1 < len(rows) else None
        k += 1 if initials else 0
        other = rows[k][1]
        sp = split_name(other)
        if sp and other[sp.end:].lstrip()[:1] in (",", "(", "-", "–"):
            return body  # "Pamela Duke, Northmere Carers": the next person with her fields, not a body's cell
        not_people += not _whole_person_line(other) or _looks_like_org(other)
        records.append((off, name, initials, other))
        k += 1
    if len(records) < 2 or 3 * not_people < 2 * len(records) or len({r[2] is None for r in records}) > 1:
        return body
    return [(off, f"{name} ({initials})\t{other}" if initials else f"{name}\t{other}")
            for off, name, initials, other in records]


# a status written in brackets after a person of a list under another status ("Members: Ann Lee, Bo Dee
# (apologies), …", "Mr C Hay – Northvale (apols)"): the person's own status, no post
_BRACKETED_STATUS_MARK = lazy_compile(r"[ \t]*[(\[][ \t]*(?:(?P<apologies>(?:sent[ \t]+)?apolog(?:ies|y)|apols?\.?)"
                                      r"|(?P<absent>absent))[ \t]*[)\]][ \t]*$", re.I)


def _status_from_bracket_marks(entries: list[_Entry]) -> list[_Entry]:
    """'Bo Dee (apologies)' in a list of those present: the bracket gives her status and is dropped from the entry."""
    for e in entries:
        m = _BRACKETED_STATUS_MARK.search(e.text) if ")" in e.text or "]" in e.text else None
        if m and m.start():
            e.text, e.status = e.text[:m.start()], m.lastgroup
    return entries


def _block_entries(text: str, status: str, raw: str, inline: str, inline_start: int,
                   body: list[tuple[int, str]]) -> list[_Entry]:
    rows: list[tuple[int, str]] = []
    lead_cells: dict[int, int] = {}  # a row's offset -> the blank cells its line opened with (its first column)
    if inline.strip():
        rows.append(_clean_row(inline_start, inline))
        # "APOLOGIES<TAB>Ann Lee<TAB>…": the heading fills the first cell, so the people's row starts a column in
        lead_cells[rows[-1][0]] = text[text.rfind("\n", 0, inline_start) + 1:inline_start].count("\t")
    bulleted: set[int] = set()  # rows that open with a bullet start their own record
    for off, l in body:
        rows.append(_clean_row(off, l))
        lead_cells[rows[-1][0]] = _leading_blank_cells(l)
        if l != _GROUP_MARK and _BULLET.match(l) and l.strip()[:1] in "•·▪◦‣*–-":
            bulleted.add(rows[-1][0])
    rows = [(o, r) for o, r in rows if r and not (r == _GROUP_MARK and (not rows or rows[-1][1] == _GROUP_MARK))]
    # table header rows ("Name<TAB>Role<TAB>Organisation", "Members<TAB>Role") carry no person
    headers = [[c.strip().lower().rstrip(":") for c in r.split("\t") if c.strip()] for _, r in rows]
    headers = [h for h in headers if h and all(c in _HEADER_CELLS for c in h)]
    rows = [(o, r) for o, r in rows if not all(c.strip().lower().rstrip(":") in _HEADER_CELLS
                                               for c in r.split("\t") if c.strip())]
    if not rows:
        return []
    rows = _council_surname_grid(rows, text)
    if any(r == _GROUP_MARK for _, r in rows) and all(r == _GROUP_MARK for _, r in rows):
        return []
    # flattened two-column table: N name lines then N role lines
    # (a role cell that reads as a group heading, "Chairman", is marked as one: its own words are the role)
    plain = [r if r != _GROUP_MARK else text[o:text.find("\n", o) % (len(text) + 1)].strip() for o, r in rows]
    plain = [r for r in plain if r and r != _GROUP_MARK]
    n_names = len(plain) // 2
    # the role column may hold a group's name that reads like a person's ("Art Club", "Valley Friends": a village
    # hall committee's member groups), so a few name-like lines among the roles do not undo the shape; a list of
    # people only has names in both halves
    if n_names >= 2 and len(plain) == 2 * n_names and not any("\t" in r for r in plain) \
            and all(_is_bare_name(r) for r in plain[:n_names]) \
            and 3 * sum(bool(split_name(r)) for r in plain[n_names:]) <= n_names:
        named = [(o, r) for o, r in rows if r != _GROUP_MARK]
        return [_Entry(named[k][1], named[k][0], status, raw, extra_role=[plain[n_names + k]]) for k in range(n_names)]
    rows = _name_part_columns(rows)
    rows = _stacked_grid_rows(rows)
    rows = _rejoin_wrapped_grid_brackets(rows)
    reordered = {o for o, r in rows if _name_last(_person_first(r)) != r}
    # a body's cell first in a row of three cells or more ("Kent County Council<TAB>Ann Lee<TAB>Chair") spans the
    # rows under it whose first cell is blank, as a merged cell does
    body_first = {o: r.split("\t")[0].strip() for o, r in rows
                  if o in reordered and r.count("\t") >= 2 and _person_first(r) != r and _is_body_text(r.split("\t")[0])}
    rows = [(o, _name_last(_person_first(r))) for o, r in rows]
    rows = _rejoin_wrapped_role_word(rows)
    rows = _split_two_person_rows(rows)
    shape = _block_shape(rows)
    if any(h[-1] in _ORG_HEADERS and (len(h) == 1 or h[0] not in _ROLE_HEADERS | _ORG_HEADERS) for h in headers):
        # "Name<TAB>Organisation", "Present<TAB>Representing" over name | body rows: the header says the second cell
        # is the body, even when it is shaped like a name ("Natural England", "Thames Water")
        shape.add("body column")
    # group the rows into records: a record starts at a row that starts with a person; other rows continue it
    records: list[list] = []  # [offset, text, group organisation]
    spanning_body: str | None = None
    wrapped_heading_tails: set[int] = set()  # rows that end a body's heading wrapped onto them
    group_org: str | None = None
    for k, (off, r) in enumerate(rows):
        if r == _GROUP_MARK:
            group_org = None  # a new group: the body heading the last one no longer applies
            continue
        nxt = rows[k + 1][1] if k + 1 < len(rows) else ""
        if records and (re.match(r"[^()]*\)", r) and records[-1][1].count("(") > records[-1][1].count(")")
                        or re.fullmatch(r"\([A-Za-z]{1,6}\)", r)):
            # a bracket wrapped onto the next line of its cell ("Mandy Catchpole (nominated deputy for Allison" /
            # "Cannon) (MC)"), or the initials alone on it: the same record, never a body heading the next people
            first, tab, rest = records[-1][1].partition("\t")
            if tab and first.count("(") > first.count(")"):
                records[-1][1] = f"{first.rstrip()} {r}\t{rest}"  # the wrapped tail belongs to the first cell
            else:
                records[-1][1] = records[-1][1].rstrip() + " " + r
            continue
        label = _ROW_LABEL.match(r)
        row_org = None
        if label and _starts_person(r[label.end():].lstrip()) and (
                _GAZ().is_council_area(label.group(1)) or not split_name(label.group(1))):
            # "Policy Support:<TAB>Alun Williams<TAB>…", "NHS: Dr Ann Lee, Ms Bo Hart": a group label before the
            # people of a row starts a new record; a council's area or a known body there is their body
            # ("Wigan: Cllr Ann Vole, Cllr Ben Quay")
            if _GAZ().is_council_area(label.group(1)) or _GAZ().match(label.group(1)) or _label_names_body(label.group(1)):
                row_org = label.group(1).strip()
            r = r[label.end():]
            off += label.end()
        if k in wrapped_heading_tails:
            continue
        after = rows[k + 2][1] if k + 2 < len(rows) else ""
        if "\t" not in r and "\t" not in nxt and nxt and nxt != _GROUP_MARK and not _starts_person(r) \
                and not _starts_person(nxt) and _starts_person(after) and lead_cells.get(rows[k + 1][0], 0) == 0 \
                and (_looks_like_org(f"{r} {nxt}") or _GAZ().match(f"{r} {nxt}")) and records and "\t" in records[-1][1]:
            # a body's name heading the table rows under it, wrapped in its cell ("Maidstone and Tunbridge Wells NHS"
            # / "Trust"): both lines are the heading
            group_org = f"{r} {nxt}".strip(" :")
            wrapped_heading_tails.add(k + 1)
            continue
        if "\t" not in r and not _starts_person(r) and (_looks_like_org(r) or _GAZ().match(r)
                                                       or _GAZ().is_council_area(r.strip(" :"))
                                                       or _SECTOR_LABEL.fullmatch(r.strip(" :"))) and _starts_person(nxt) \
                and not (records and (re.search(r"(?:,|\band|&|\bof|\bfor|\s[A-Z]\.?)\s*$", records[-1][1])
                                      or _wrapped_cell_tail(records[-1][1], r)
                                      # indented past the row above's first cell: its job cell wrapped
                                      # ("…, Northvale" / "<TAB><TAB>University Health Board")
                                      or "\t" in records[-1][1] and lead_cells.get(off, 0) > lead_cells.get(records[-1][0], 0))):
            # "Northmere Borough Council" (or its area, "Wigan", or the sector a partnership's seats are for,
            # "Voluntary Sector") heading the people listed under it; not when the
            # row before ends on a lone initial ("…, M" / "Deacock, A Dite,"): a name wrapped inside a list
            group_org = r.strip(" :")
            continue
        if records and r.startswith("\t") and "\t" not in r.strip("\t") and "\t" not in records[-1][1] \
                and re.search(r"(?:,|\s[A-Z]\.?)\s*$", records[-1][1]) and _looks_like_list(records[-1][1]):
            # a comma list in a table's second column wrapped onto the lines under it, each opening with the blank
            # first cell ("…, Cllr Marvin, Cllr J" / "<TAB>Smith, Cllr L Smith …"): one list
            records[-1][1] = records[-1][1].rstrip() + " " + r.strip("\t")
            continue
        if records and not _starts_person(r):
            prev = records[-1][1]
            column = lead_cells.get(off, 0) - lead_cells.get(records[-1][0], 0)
            if column > 0 and "\t" in prev and records[-1][0] not in reordered and off not in reordered \
                    and column + r.count("\t") < prev.count("\t") + 1:
                # a cell wrapped onto the next line, its first column blank: each piece goes on in its own cell
                records[-1][1] = _continue_cells(prev, r, column)
                continue
            # (or a grid row of names only, "Sam Wright<TAB>Ann Lee", then "Minutes": a line with no cell, so no
            # one's role, whatever its words)
            grid = "\t" in prev and all(_is_bare_name(c.strip()) for c in prev.split("\t"))
            if "\t" not in r and (_is_bare_name(prev) and not _ROLE_HINT.search(r) or grid and not r.startswith("(")) \
                    and not _STRONG_ORG_WORDS.search(r) and not _GAZ().match(r) and not _looks_like_list(r):
                break  # "Sam Wright" then "Commencement of Meeting": neither role nor body, the block is over
            if "\t" in r and "\t" not in prev and not _looks_like_list(prev):
                records[-1][1] = prev + "\t" + r
            else:
                records[-1][1] = prev.rstrip() + " " + r
            continue
        if records and _continues_list(records[-1][1], r) and not (off in bulleted and _starts_person(r)):
            records[-1][1] = records[-1][1].rstrip() + " " + r
            continue
        if records and _continues_semicolon_list(records[-1][1], r):
            records[-1][1] = records[-1][1].rstrip() + " " + r
            continue
        if off in body_first:
            spanning_body = body_first[off]
        elif lead_cells.get(off, 0) != 1 or "\t" not in r:
            spanning_body = None
        elif spanning_body and r.count("\t") == 1:
            r = f"{r}\t{spanning_body}"  # the row under a body's cell that spans it: its person is of that body
        records.append([off, r, row_org or group_org])
    entries: list[_Entry] = []
    for off, r, g in records:
        before = len(entries)
        _record_entries(entries, off, r, status, raw, shape)
        for e in entries[before:]:
            e.group_org = e.group_org or g
    return entries


def _label_names_body(label: str) -> bool:
    """"Lothian and Borders Police: Chief Inspector A Bee": a label the gazetteer does not know is still the body of
    the people after it when it holds a body's kind and a proper name, and no post ("Council Officers: …")."""
    words = label.split()
    last = words[-1] if words else ""
    return bool(len(words) >= 2 and _STRONG_ORG_WORDS.search(label) and not _ROLE_HINT.search(label)
                and not (last.endswith("s") and (last[:-1] in ROLE_WORDS or _ROLE_HINT.fullmatch(last[:-1])))
                and any(w[:1].isupper() and w not in ROLE_WORDS and not _ORG_WORDS.search(w) for w in words))


# the sector a partnership's group of seats is for, as its label over their names ("Voluntary Sector", "Community and
# Voluntary Sector", "Private Sector")
_SECTOR_LABEL = lazy_compile(r"(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){1,3}Sector")


# "Councillors" alone over a grid of surnames: the title written once for every councillor of the grid
_COUNCILLORS_LABEL = lazy_compile(r"(?:Councillors|COUNCILLORS|Cllrs\.?)\s*:?-?")
# a surname alone in a cell, a bracketed office after it perhaps ("Gardiner (Vice-Chairman)")
_CELL_SURNAME = lazy_compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?(?:\s*\([^()]{1,40}\))?")


def _council_surname_grid(rows: list[tuple[int, str]], text: str) -> list[tuple[int, str]]:
    """A district council's members as a grid of surnames under "Councillors" ("Acomb<TAB>Cussons<TAB>Keal",
    "Joy Andrews<TAB>Duncan<TAB>Maud": first names only where two share a surname): each cell is a councillor,
    the label's title given to each surname standing alone (post-nominals after it are kept). Only where most
    cells are surnames alone: in a grid of "A Ali<TAB>F Jackson" a lone "Duxbury" is a name whose initial the
    text lost."""
    grid: list[int] = []  # the indexes of the rows of the grid under the label
    titled = False  # under a "Councillors" label
    for k, (o, r) in enumerate(rows):
        if r == _GROUP_MARK:
            end = text.find("\n", o)
            titled = bool(_COUNCILLORS_LABEL.fullmatch(text[o:end if end >= 0 else len(text)].strip()))
            continue
        above = text[text.rfind("\n", 0, max(o - 1, 0)) + 1:max(o - 1, 0)]
        # ("Present" then "Councillors": the label read as the block's own heading, no group mark left of it)
        titled = titled or bool(_COUNCILLORS_LABEL.fullmatch(above.strip()))
        cells = [c.strip() for c in r.split("\t")]
        if titled and len(cells) >= 2 and all(cells) \
                and all(_lone_surname_cell(c) or _is_bare_name(re.sub(r"\([^)]*\)", "", c).strip()) for c in cells):
            grid.append(k)
        else:
            titled = False  # a row of another shape ends the grid
    cells = [c.strip() for k in grid for c in rows[k][1].split("\t")]
    if 2 * sum(_lone_surname_cell(c) for c in cells) < len(cells):
        return rows
    out = list(rows)
    for k in grid:
        o, r = rows[k]
        out[k] = (o, "\t".join(f"Councillor {c.strip()}" if _lone_surname_cell(c.strip()) else c.strip()
                                for c in r.split("\t")))
    return out


def _lone_surname_cell(cell: str) -> bool:
    words = cell.split()
    while len(words) > 1 and words[-1] in POST_NOMINALS:
        words.pop()  # "Burr MBE"
    core = " ".join(words)
    return bool(_CELL_SURNAME.fullmatch(core)) and core.split("(")[0].strip() not in ROLE_WORDS


def _wrapped_cell_tail(prev: str, row: str) -> bool:
    """The tail of the last row's cell wrapped onto a line of its own, not a body heading the people under it:
    "Shadow Accountable Officer NHS Wakefield Clinical" / "Commissioning Group (CCG)" (the row before ends on a word
    of a body's name with no stop, and the line opens on another; a heading opens on its own name: "Northvale
    Borough Council", "NHS Northvale"), or "Adults (Agenda item KPCT/11/44)" (attending for an item is a person's)."""
    last = prev.rstrip().rsplit(None, 1)[-1] if prev.strip() else ""
    first = row.split(None, 1)[0] if row.strip() else ""
    return "\t" in prev and (last in ROLE_WORDS and first in ROLE_WORDS - {"NHS", "Healthwatch", "The"}
                              or bool(_ITEM_QUALIFIER.search(row)))


_ITEM_QUALIFIER = lazy_compile(r"\((?:for\s+)?(?:agenda\s+)?(?:items?|minutes?)\s+[\w./]+", re.I)


def _continues_semicolon_list(prev: str, row: str) -> bool:
    """"…; Kerry Wallace, Unit Manager, Scottish" / "Natural Heritage; Marie Oliver, …": a list that parts its
    people with semicolons, wrapped inside one person's fields. The row before ends in no separator, and the
    row's first piece is no "Name, Role" of its own, so it is the tail of the last person's body."""
    p = prev.rstrip()
    return "\t" not in p and "\t" not in row and p.count(";") >= 2 and not p.endswith((";", ".", ",", ":")) \
        and ";" in row and "," not in row.split(";", 1)[0]


# header cells of a table that writes a name in parts, one column each ("Title | First name | Surname | Role")
_NAME_PART_HEADERS = {"title", "first name", "forename", "forenames", "given name", "surname", "last name",
                      "family name"}


def _name_part_columns(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A table whose header row names a person's name in parts ("Title<TAB>First name<TAB>Surname<TAB>Role"): the
    header row goes, and each row's name parts become one cell ("Cllr Anne Porter<TAB>Chair")."""
    if not rows:
        return rows
    head = [c.strip().lower() for c in rows[0][1].split("\t")]
    parts = [k for k, c in enumerate(head) if c in _NAME_PART_HEADERS]
    if len(parts) < 2 or parts != list(range(len(parts))) or not ({"surname", "last name", "family name"} & set(head)):
        return rows
    out = []
    for off, r in rows[1:]:
        cells = r.split("\t")
        if len(cells) == len(head):
            r = "\t".join([" ".join(c.strip() for c in cells[:len(parts)] if c.strip())] + cells[len(parts):])
        out.append((off, r))
    return out


def _stacked_grid_rows(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A grid of people two or more to a row, each cell a name over a role ("Ann Lee<TAB>Bob Cole" then
    "Chair<TAB>Director of Finance"): a row whose every cell is a person, then rows of as many cells with no person
    (the roles, and their wrapped lines), become one row per person with the role in its own cell."""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(rows):
        off, r = rows[k]
        cells = r.split("\t")
        under = []
        j = k + 1
        if len(cells) >= 2 and all(_starts_person(c) and _is_bare_name(c.strip()) for c in cells):
            while j < len(rows) and len(rows[j][1].split("\t")) == len(cells) \
                    and not any(_starts_person(c) for c in rows[j][1].split("\t")):
                under.append(rows[j][1].split("\t"))
                j += 1
        if not under:
            out.append((off, r))
            k += 1
            continue
        at = off
        for n, cell in enumerate(cells):
            role = " ".join(line[n].strip() for line in under if line[n].strip())
            out.append((at, f"{cell.strip()}\t{role}" if role else cell.strip()))
            at += len(cell) + 1
        k = j
    return out


def _rejoin_wrapped_grid_brackets(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A grid of names two or more to a row whose last cell's bracket wrapped into the same column of the next row
    ("Cllr A<TAB>Cllr B (from" / "Cllr C<TAB>item 5)"): the tail goes back to its cell, so the row below keeps
    only its own person."""
    out = list(rows)
    for k in range(1, len(out)):
        off, r = out[k]
        prev_off, prev = out[k - 1]
        cells, prev_cells = r.split("\t"), prev.split("\t")
        if len(cells) < 2 or len(prev_cells) != len(cells) or prev_cells[-1].count("(") <= prev_cells[-1].count(")") \
                or not re.fullmatch(r"[^()]*\)", cells[-1].strip()) or not _starts_person(cells[0]):
            continue
        out[k - 1] = (prev_off, f"{prev.rstrip()} {cells[-1].strip()}")
        out[k] = (off, "\t".join(cells[:-1]).rstrip())
    return out


def _rejoin_wrapped_role_word(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """"Jo Bell (JB), Corporate Administration" / "Manager Ann Lee (AL), Head of Governance": the last word of a
    role wrapped onto the start of the next person's line goes back to its row. Only when the person's own
    initials in brackets show where that person's name starts."""
    out = list(rows)
    for k in range(1, len(out)):
        off, r = out[k]
        word, _, rest = r.partition(" ")
        prev_off, prev = out[k - 1]
        if word not in ROLE_WORDS or "\t" in r or "\t" in prev or prev == _GROUP_MARK or _starts_person(r):
            continue
        sp = split_name(rest)
        initials = re.search(r"\(([A-Za-z]{2,5})\)", rest[:sp.end + 8]) if sp else None
        if sp and initials and _initials_of(initials.group(1), sp.person) and _starts_person(prev):
            out[k - 1] = (prev_off, f"{prev.rstrip()} {word}")
            out[k] = (off + len(word) + 1, rest)
    return out


def _split_two_person_rows(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A four-column table (name | role | name | role) flattened by PDF-to-text into one line per row with single
    spaces: "Ann Lee, Lay Member Tom Bell, Elected - Chair". Split only when at least two rows of the block have
    that shape, so a lone "Name, Role" line is never cut; an organisation column before a name ("Northvale CCG
    Ann Lee, …") is dropped from the row."""
    split: dict[int, list[tuple[int, str]]] = {}
    for k, (off, r) in enumerate(rows):
        if "\t" in r or r == _GROUP_MARK:
            continue
        pieces = r.split(", ")
        if len(pieces) < 3:
            continue
        first = pieces[0]
        skip = 0
        if not _is_bare_name(first):
            at = _second_person_at(first)  # "Northvale CCG Ann Lee": the name after an organisation cell
            if at is None or not _is_bare_name(first[at:]) or not _STRONG_ORG_WORDS.search(first[:at]):
                continue
            skip = at
        mid = pieces[1]
        at = _second_person_at(mid)
        if at is None:
            continue
        role_a = mid[:at].rstrip()
        if _STRONG_ORG_WORDS.search(role_a):
            # "Lay Member Central London CCG Andrew McCall": the second name's organisation cell is dropped
            words = role_a.split(" ")
            cut = next((j for j in range(1, len(words)) if words[j - 1] in ROLE_WORDS and words[j] not in ROLE_WORDS),
                       None)
            if cut is None:
                continue
            role_a = " ".join(words[:cut])
        b_start = len(first) + 2 + at
        split[k] = [(off + skip, first[skip:] + ", " + role_a), (off + b_start, r[b_start:])]
    if len(split) < 2:
        return rows
    out: list[tuple[int, str]] = []
    for k, row in enumerate(rows):
        out.extend(split.get(k, [row]))
    return out


# a group's label at the start of a row, before its people ("Policy Support:<TAB>…", "NHS: Dr Ann Lee, …", or with
# the space lost before a titled name: "Patients:Mr S Hemming, …")
_ROW_LABEL = lazy_compile(r"([A-Z][\w '’&/-]{1,40}):-?(?:[\t ]|(?=(?:" + "|".join(PERSONAL_TITLES) + r")\.?[ \t]))")


def _name_last(row: str) -> str:
    """"Deputy Chief Nurse at Northvale NHS Trust, Ann Lee.": a line written role (or body) first and the name
    last; the name moves to the front."""
    if "\t" in row or "," not in row or ";" in row or _starts_person(row) and not _ORG_WORDS.search(row.split(",")[0]):
        return row  # (a semicolon parts people of a list: "…Trust; Sam Hill, Head of Learning, Northvale College.")
    label = _ROW_LABEL.match(row)
    if label and _starts_person(row[label.end():].lstrip()):
        return row  # "NHS: Dr Ann Lee, Ms Bo Hart": a group's label, then its people
    pre, _, name = row.rstrip(" .;").rpartition(",")
    name = name.strip()
    if "(" in pre or ")" in pre:
        return row  # "Improvement), Mike Whelan (Carer), Sarah Jennings": a wrapped list of "Name (Role)", in order
    if not _is_bare_name(name) or not (_ROLE_HINT.search(pre) or _looks_like_org(pre) or _STRONG_ORG_WORDS.search(pre)):
        return row
    pre = re.sub(r"^The\s+", "", pre.strip())
    # "Deputy Chief Nurse at the Northvale NHS Trust": the role, then the body
    at = re.search(r"\s+at\s+(?:the\s+)?(?=[A-Z])", pre)
    if at and _ROLE_HINT.search(pre[:at.start()]) and (_looks_like_org(pre[at.end():])
                                                        or _STRONG_ORG_WORDS.search(pre[at.end():])):
        pre = pre[:at.start()] + ", " + pre[at.end():]
    return name + ", " + pre


def _person_first(row: str) -> str:
    """"Aberdeen City<TAB>Cllr Ian Yuill", "COSLA President<TAB>Cllr Alison Evison": a table written organisation
    (or role) first, name second; the person's cell moves to the front, the first cell after it."""
    cells = row.split("\t")
    if len(cells) >= 3 and _PEOPLE_GROUP.match(cells[0].strip()) and _starts_person(cells[1].strip()):
        # "Board Advisors<TAB>Ann Lee<TAB>Northvale Agency": the label column names the group, not her body
        return "\t".join(cells[1:])
    if len(cells) == 2 and _is_group_cell(cells[0].strip()) and _starts_person(cells[1].strip()):
        return cells[1] + "\t" + cells[0]  # "Ward Councillors<TAB>A B, C D": the group's people first
    area_first = _GAZ().is_council_area(cells[0].strip())  # "East Ayrshire<TAB>Cllr Tom Cook": no person's name
    if len(cells) < 2 or not cells[1].strip() or len(cells[0].split()) > 8 or _starts_person(cells[0]) and not area_first \
            or not _starts_person(cells[1]) or _heading(cells[0]) or _is_prose(cells[0]) or ":" in cells[0]:
        return row
    first = cells[0].strip()
    if not (_looks_like_org(first) or _ROLE_HINT.search(first) or _GAZ().match(first) or re.fullmatch(
            r"(?:[A-Z][\w'’&-]*|and|of|the|upon|on|nan)(?: (?:[A-Z][\w'’&-]*|and|of|the|upon|on|nan))*", first)):
        return row
    return "\t".join(cells[1:] + [first])


def _is_body_text(text: str) -> bool:
    t = text.strip(" .;")
    return bool(t) and not _ROLE_HINT.search(t) and not _PEOPLE_GROUP.match(t) and (bool(_GAZ().match(t)) or _looks_like_org(t)
                                                      or bool(_STRONG_ORG_WORDS.search(t)))


def _titled(text: str) -> bool:
    sp = split_name(text.strip())
    return bool(sp and sp.title)


def _block_shape(rows: list[tuple[int, str]]) -> set[str]:
    """What the block's rows say about each other: "body column" when most two-cell rows are name | body (so a
    body cell shaped like a name, "Rural Action Northvale", is no second person), "one per line" when most
    rows are one name then a role or a body after a comma (so "Mr D Archibald, Henderson Loggie" is a person
    and a firm, not two people), "job column" when most two-cell rows are name | job or body (so a body cell
    shaped like a name among them, "Northvale Unlimited", is the person's body)."""
    shape: set[str] = set()
    two = [r.split("\t") for _, r in rows if r.count("\t") == 1]
    if len(two) >= 2 and 2 * sum(1 for _, b in two if _is_body_text(b)) > len(two):
        shape.add("body column")
    if len(two) >= 4 and 2 * sum(1 for a, b in two if split_name(a) and not split_name(b)
                                 and (_ROLE_HINT.search(b) or _is_body_text(b))) > len(two):
        shape.add("job column")
    flat = [r for _, r in rows if "\t" not in r and r != _GROUP_MARK]
    single = sum(1 for r in flat if (sp := split_name(r)) and r[sp.end:].lstrip().startswith(",")
                 and not _looks_like_list(r))
    if single >= 2 and 2 * single > len(flat):
        shape.add("one per line")
    return shape


def _record_entries(entries: list[_Entry], off: int, r: str, status: str, raw: str,
                    shape: set[str] = frozenset()) -> None:
    """One record's entries: a grid of names, two people on one row, a comma list, or one person."""
    if status in ("apologies", "absent") and "(" in r:
        r = _BRACKETED_ABSENCE_REASON.sub("", r)  # "Ann Lee, Northvale Trust (illness)": the reason is no post
    count = _PUBLIC_TAIL.search(r) if "ember" in r and "\t" not in r else None
    if count and count.start():
        r = r[:count.start()]  # "Ann Lee (Clerk) & 1 member of the Public": a count of the public, no field of hers
    head = _PUBLIC_HEAD.match(r) if "ember" in r and "\t" not in r else None
    if head and r[head.end():].strip():
        r = " " * head.end() + r[head.end():]  # "1 member of the public, Di Ray (Clerk)": the count first, no person
    cells = [c for c in r.split("\t") if c.strip()]
    if status == "apologies" and 1 <= len(cells) <= 2:
        # "Cllr A Lee<TAB>Holiday", "Cllr B Hay    Leave of Absence": the reason for the apology in a column of its
        # own (or after a gap the text lost), no field of the person's; without a TAB only after a titled name
        name, reason = (cells[0], cells[1]) if len(cells) == 2 else (cells[0], "")
        if not reason:
            for m in re.finditer(r"\s(?=\S)", name.strip()):
                if _ABSENCE_REASON.fullmatch(name.strip()[m.end():]):
                    name, reason = name.strip()[:m.start()], name.strip()[m.end():]
                    break
        sp = split_name(name.strip()) if reason and _ABSENCE_REASON.fullmatch(reason.strip()) else None
        if sp and not name.strip()[sp.end:].strip() and (len(cells) == 2 or sp.title):
            entries.append(_Entry(name.strip(), off + len(r) - len(r.lstrip()), status, raw))
            return
    if len(cells) == 2 and "body column" in shape and not _titled(cells[1]) and not _ROLE_HINT.search(cells[1]):
        # "Ann Lee<TAB>Rural Action Northvale": name | body, even when the body is shaped like a name
        body = cells[1].strip()
        post, comma, last = body.rpartition(",")
        at = off + len(r) - len(r.lstrip())
        if comma and post.strip() and _looks_like_org(last.strip()) and (not _looks_like_org(post.strip()) or (
                _STRONG_ORG_WORDS.search(last) and not _STRONG_ORG_WORDS.search(post))) \
                and not (re.fullmatch(r"[A-Z][A-Za-z&]{1,7}", last.strip()) and sum(c.isupper() for c in last) >= 2):
            # "Catchment Host, Northvale Water Research", "Fisheries, Biodiversity, Northvale Agency" in the body column:
            # the post there, then the body. Before a body's initials the part is its department, which the
            # column gives as the body ("Sustainable Communities, NVC")
            entries.append(_Entry(cells[0].strip(), at, status, raw, group_org=last.strip(), org_cell=last.strip(),
                                  extra_role=[post.strip()]))
            return
        entries.append(_Entry(cells[0].strip(), at, status, raw, group_org=body))
        return
    if len(cells) == 2 and "job column" in shape and split_name(cells[0]) and not _looks_like_list(cells[0]) \
            and "," not in cells[1] and not _titled(cells[1]) \
            and not _ROLE_HINT.search(cells[1]) and not _GAZ().is_council_area(cells[1].strip()):
        # "Ann Lee (AL)<TAB>Northvale Unlimited" among name | job, body rows: the body shaped like a name is no person
        entries.append(_Entry(cells[0].strip(), off + len(r) - len(r.lstrip()), status, raw, group_org=cells[1].strip()))
        return
    post_first = {k: _post_before_name(c.strip()) for k, c in enumerate(cells)
                  if len(cells) >= 2 and not _is_bare_name(re.sub(r"\([^)]*\)", "", c).strip())}
    if len(cells) >= 2 and all(post_first.values()) and not _GAZ().is_council_area(cells[-1].strip()) \
            and not any(_ORG_WORDS.fullmatch(c.split()[-1]) for c in cells[1:]):
        # (not "Ann Lee<TAB>Northvale Water": a cell ending in a body's kind is her body, shaped like a name)
        # a grid of names: one person per cell ("Depute Convenor Jim Ross" in a cell: the post before the name)
        pos = off
        k = 0
        for c in r.split("\t"):
            if c.strip():
                entries.append(_Entry(post_first.get(k) or c.strip(), pos, status, raw))
                k += 1
            pos += len(c) + 1
        return
    if len(cells) >= 2 and _looks_like_list(cells[0]) and not any(_starts_person(c) and not _is_group_cell(c.strip())
                                                                  for c in cells[1:]):
        listed = _list_entries(cells[0], off, status, raw)
        group = " ".join(c.strip() for c in cells[1:])
        last = group.split()[-1] if group.split() else ""
        plural_seat = last.endswith("s") and (last[:-1] in ROLE_WORDS or bool(_ROLE_HINT.search(last[:-1])))
        is_org = not plural_seat and (bool(_GAZ().match(group)) or _looks_like_org(group)
                                      or bool(_STRONG_ORG_WORDS.search(group)))
        for e in listed:
            # "Northvale Police<TAB>Insp A B, Sgt C D": the group cell is every listed person's body; a seat
            # ("Ward Councillors") is the role of those without their own bracket
            if is_org:
                e.group_org = group
            elif "(" not in e.text:
                e.extra_role = [group]
        entries.extend(listed)
        return
    parts = _split_list(r, 0) if "\t" not in r and "one per line" in shape else []
    if len(parts) >= 3 and _is_bare_name(parts[0][1]) and _ROLE_HINT.search(parts[1][1]) \
            and not split_name(parts[1][1]) and not any(_titled(p) for _, p in parts[1:]) \
            and all(r[a[0] + len(a[1]):b[0]].strip() == "," for a, b in zip(parts, parts[1:])):
        # "Mr Sam Hill, Local General Manager, North Vale" among "Name, Role" lines: the place after the role
        # is the seat's, not a second person
        entries.append(_Entry(r, off, status, raw))
        return
    if len(parts) == 2 and r[len(parts[0][1]):parts[1][0]].strip() == "," and _is_bare_name(parts[0][1]) \
            and not _titled(parts[1][1]) and not _ROLE_HINT.search(parts[1][1]) and _looks_like_list(r):
        # "Mr D Archibald, Henderson Loggie" among "Name, Role" lines: a person and a firm, not two people
        entries.append(_Entry(parts[0][1], off, status, raw, group_org=parts[1][1].rstrip(" .;")))
        return
    # (commas or none: "M D Watts - Chief Executive J Wills – Finance Assistant" runs the people together)
    dashed = _dashed_people(r) if "\t" not in r and (" – " in r or " - " in r or " — " in r) else None
    if dashed:
        # "Sergeant A Dee – Eastby Police, 6 members of the public, R Lee – Town Clerk": each "Name – Role" is a person
        # (one person's fields after a dash would hold no second dashed name)
        entries.extend(_Entry(p.strip(), off + o + len(p) - len(p.lstrip()), status, raw) for o, p in dashed)
        return
    if "\t" not in r and (_looks_like_list(r) or _INITIALS_LIST.fullmatch(r.strip())):
        entries.extend(_list_entries(r, off, status, raw))
        return
    # "Cllr Ann Lee<TAB>Chair<TAB>Cllr Tim Bell<TAB>Vice-Chair": a second person starts at a titled cell
    starts = [k for k, c in enumerate(cells) if k >= 2 and (sp := split_name(c)) and sp.title
              and not c[sp.end:].strip(" ,;")]
    if not starts and len(cells) >= 2 and _starts_person(cells[0]):
        # a grid of "Name, Role" cells: "Cllr Ann Bell, Chair<TAB>Mark Lee, Chief Executive"
        starts = [k for k, c in enumerate(cells) if k >= 1 and _grid_person_cell(c)]
    if starts:
        bounds = [0] + starts + [len(cells)]
        for a, b in zip(bounds, bounds[1:]):
            entries.append(_Entry("\t".join(cells[a:b]), off, status, raw))
        return
    # "Clerk - Ms. C. Price" alone after its heading: the post, a dash, then the titled name
    post_first_row = _post_before_name(r.strip(" .")) if len(cells) == 1 and not _starts_person(r.strip()) else None
    entries.append(_Entry(post_first_row or r, off, status, raw))


# a count of the public or press at a list's end or its start: "…, 3 members of the public", "1 member of the public, …"
_PUBLIC_COUNT_WORDS = r"(?:\d{1,3}|one|two|three|four|five|six|several|some)\s+members?\s+of\s+the\s+(?:public|press)"
_PUBLIC_HEAD = lazy_compile(rf"\s*{_PUBLIC_COUNT_WORDS}\s*(?:,|;|and\b|&)\s*", re.I)
# (after a full stop, or "plus": "A Lee – Clerk. Two members of the public.", "Clerk: B Hay plus 3 members of the public")
_PUBLIC_TAIL = lazy_compile(rf"(?:\s*,|\s+and|\s*&|\.|\s+plus)\s+{_PUBLIC_COUNT_WORDS}\b[^,;()]*$", re.I)


def _dashed_people(r: str) -> list[tuple[int, str]] | None:
    """The comma parts of ``r`` when two or more are a name, a spaced dash and a role, and the rest only counts of
    the public or press; else None."""
    people, others = [], 0
    for o, p in _split_list(r, 0):
        sp = split_name(p.strip())
        if sp and _SPACED_DASH.match(p.strip()[sp.end:]):
            people.append((o, p))
        elif not _PUBLIC_COUNT.match(p.strip()):
            return None
    return people if len(people) >= 2 else None


_SPACED_DASH = lazy_compile(r"\s+[–—-]\s+\S")


# "… and C G Marsh attended and co-opted (Item 103)": a verb clause after the last name of a list is no field
# ("… B attended as substitute" is a clause of its own, read by the sentence rules)
# (and the apologies' acceptance after the last name: "… J. Gully, M Daniels and were formally accepted", or with
# its verb left out: "… from Cllr Joyce and accepted by the meeting.")
_LIST_VERB_TAIL = lazy_compile(r"\s+(?:attended(?!\s+(?:as|in|on|for)\b)|joined|(?:were|was)\s+(?:also\s+)?(?:present|in\s+attendance)"
                               r"|and\s+(?:(?:were|was)\s+)?(?:formally\s+|duly\s+)?(?:accepted|noted))\b[^,;]*$")


_LOWER_PLURAL_TITLE = lazy_compile(r"c(?:ouncillors|llrs)\s+(?=[A-Z])")


_OFFICE_THEN_NAME = lazy_compile(r"^(?P<office>(?:The\s+)?[A-Z][\w'’ -]{1,60}?)\s*\((?P<name>[^()]+)\)$")


# "Councillors Aslam, Jackson and Moseley from Blaby District Council and Councillors Bell and Crook from …": the
# body after "from" is that group's, as a bracket after its last name would be
_GROUP_FROM_BODY = lazy_compile(r"(?<=[a-z])\s+from\s+(?:the\s+)?(?P<body>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|&))*?\s+"
                                r"(?:Council|Authority|Board|Police|Constabulary|Trust|Service|Partnership))"
                                r"(?=\s+and\s+(?:Councillors|Cllrs)\b|\s*[,.;]|\s*$)")


def _bracketed_body(m: re.Match) -> str:
    return f" ({m.group('body')})".ljust(len(m.group(0)))


def _list_entries(s: str, base: int, status: str | None, raw: str | None) -> list[_Entry]:
    s = _LIST_VERB_TAIL.sub("", s) if status else s  # only the end is cut: the offsets hold
    if status and "ember" in s:
        s = _PUBLIC_TAIL.sub("", s)  # "…; Clerk: Ann Lee plus 3 members of the public.": a count, no one's field
    if status and " from " in s:
        s = _GROUP_FROM_BODY.sub(_bracketed_body, s)  # same length: the offsets hold
    if s[:1] == "c" and _LOWER_PLURAL_TITLE.match(s):
        s = "C" + s[1:]  # "… received from councillors J. Lee, …": the title in a sentence's lower case
    entries: list[_Entry] = []
    inherited: str | None = None
    after_field = False  # the part before was a role or body, not a person
    parts = _split_list(s, 0)
    # "A, Role, Body; B, Role, Body; …": where semicolons part the people, a comma parts one person's fields
    by_semicolon = sum(";" in s[max(0, off - 2):off] for off, _ in parts) >= 2
    surnames = (_surname_run(parts) | _initials_run(parts) | _given_name_initial_run(parts)) if status else set()
    for k, (off, part) in enumerate(parts):
        sep_before = s[max(0, off - 2):off]
        if ";" in sep_before or ")" in sep_before:
            inherited = None  # "Councillors A and B; Dr C": the plural title stops at the semicolon or a group's end
        p = re.sub(r"^(?:and\s+)?(?:from\s+)?", "", part)  # "…, who was substituted by B, and from C"
        p = _ALSO_LEAD.sub("", p)  # "… Emrys Wynne. Also County Cllr. Bob Fell": one more of the same block
        group_noun = _GROUP_NOUN_LEAD.match(p)
        if group_noun and _starts_person(p[group_noun.end():]) and not _starts_person(p):
            p = p[group_noun.end():]  # "Panel members Rob Adams and Robin Lunn": the group named before the people
        office = _OFFICE_LEAD.match(p)
        office = office if office and _starts_person(p[office.end():]) else None
        if office:
            p = p[office.end():]  # "the clerk A. Brown": the name, its post then put after it in brackets
            inherited = None  # "Councillors A, B and the clerk C": the clerk is no councillor
        p_off = off + (len(part) - len(p))
        p = p.rstrip(" .")
        if office:
            p = f"{p} ({office.group('role')})"
        lead = _group_lead_in(p)
        if lead:
            p, p_off = p[lead:], p_off + lead
        if not p:
            continue
        if re.fullmatch(r"[A-Z][a-z]+", p) and p not in ROLE_WORDS and not inherited and k + 1 < len(parts) \
                and s[off + len(part):parts[k + 1][0]].strip() == "and":
            # "Helen and Simon Mason (Co-Convenors)": two given names sharing the surname after the second
            pair = split_name(re.sub(r"\([^)]*\)?", lambda m: " " * len(m.group(0)), parts[k + 1][1]))
            if pair and not pair.title and len(pair.person.split()) == 2:
                p = f"{p} {pair.person.split()[-1]}"
        own = split_name(re.sub(r"\([^)]*\)?", lambda m: " " * len(m.group(0)), p))
        if own and own.plural_title:
            inherited = own.plural_title
        elif own and own.title:
            # "Councillor Weston and Pringle": the title written once; "Councillors Ames, Mrs Bell, Cross": a lady's
            # or doctor's own title inside a run of councillors' surnames leaves the plural title to the rest
            inherited = _shared_title(s[off:]) or (inherited if _keeps_council_title(inherited, own) else None)
        # after a role, an untitled name-like part is that person's body or place ("Ann Lee, Area Manager, South
        # Westdale; …"); after a person it is the next person ("Dr B Cole, Sam Hill (Chief Officer), …")
        field = by_semicolon and after_field and "," in sep_before and not inherited and not (own and own.title) \
            and not (_INITIAL_SURNAME.fullmatch(p) and entries and _INITIAL_SURNAME.match(entries[0].text))
        # "…; Frank Dee (FD), Severn Vale; …": after a name closed by its own initials, the comma part is that
        # person's body, however like a name it reads, unless it carries initials or a title of its own
        field = field or by_semicolon and "," in sep_before and k > 0 and not (own and own.title) \
            and _name_with_own_initials(parts[k - 1][1].strip()) and not _name_with_own_initials(p)
        post_first = None if own or field or inherited and split_name(p, inherited) else _post_before_name(p)
        office = None if own or post_first else _OFFICE_THEN_NAME.match(p)
        if office and _ROLE_HINT.search(office.group("office")) and (sp := split_name(office.group("name"))) \
                and sp.title and not office.group("name")[sp.end:].strip():
            # "The Worshipful the Mayor (Cllr Ann Lee)": the office written first, its holder in the bracket
            entries.append(_Entry(f"{office.group('name').strip()}, {office.group('office')}", base + p_off, status, raw))
            after_field = False
            continue
        if post_first:
            # "Borough Commander Sam Dee": the post written before the name, moved after it
            entries.append(_Entry(post_first, base + p_off, status, raw))
            after_field = False
            continue
        # "Councillors A and B, D. Parr, Halton Borough Council, S. Banks, NHS Halton and St Helens": under a
        # title written once, a body's name (or a two-word council area) is the field of the person before it
        bare = re.sub(r"\([^)]*\)?", "", p).strip()  # (a body in brackets after a name is the person's)
        body_like = inherited and not (own and own.title) and (
            _STRONG_ORG_WORDS.search(bare) or len(bare.split()) >= 2 and _GAZ().is_council_area(bare))
        if (_is_person(p, inherited) or _titled_of_body(p)) and not field and not body_like:
            entries.append(_Entry(p, base + p_off, status, raw,
                                  inherited_title=None if (own and own.title) else inherited))
            after_field = False
        elif k in surnames:
            entries.append(_Entry(p, base + p_off, status, raw, surname_only=True))
            after_field = False
        elif entries:
            # a role or organisation after a comma belongs to the person before it
            entries[-1].text = s[entries[-1].start - base:p_off + len(p)]
            after_field = True
    _share_group_org(entries, s, base)
    return entries


def _share_semicolon_group_org(entries: list[_Entry], s: str, base: int) -> None:
    """"…; Ann Lee, Bo Kerr and Cy Dale, NHS Northvale; Di Orr, ECVO; …": in a run-on list whose groups a semicolon
    parts, a body after the last of an 'and'-joined run of bare names is every one of them's (the body is written
    once a group; a semicolon, not a comma, closes each group)."""
    group: list[_Entry] = []
    for k, e in enumerate(entries + [None]):
        if e is not None and group:
            prev = group[-1]
            if ";" not in s[prev.start - base + len(prev.text):e.start - base]:
                group.append(e)
                continue
        if len(group) >= 2:
            last, before = group[-1], group[-2]
            sp = split_name(last.text)
            tail = re.fullmatch(r"\s*,\s*([^,()]+?)\s*[.;]?\s*", last.text[sp.end:]) if sp else None
            joined = re.fullmatch(r"\s*(?:and|&)\s*", s[before.start - base + len(before.text):last.start - base])
            # (a semicolon before the group or after it: the list is one of groups, not of people)
            bounded = ";" in s[max(0, group[0].start - base - 3):group[0].start - base] or \
                re.match(r"\s*;", s[last.start - base + len(last.text):]) or last.text.rstrip().endswith(";")
            if joined and bounded and tail and _looks_like_org(tail.group(1)) and not _ROLE_HINT.search(tail.group(1)) \
                    and all(_is_bare_name(g.text) and not g.group_org for g in group[:-1]):
                for g in group[:-1]:
                    g.group_org = tail.group(1)
        group = [e] if e is not None else []


# "L Mahon": an initial and a surname, a person's shape no body or place has; in a list whose people are written so,
# such a part after a role is the next person even where the list has gone over from semicolons to commas
_INITIAL_SURNAME = lazy_compile(r"[A-Z]\.?\s+(?:Mc|Mac|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?=$|,)")


# "…, together with co-opted members Mrs P Quint and …", "…; Co-opted Members: Mrs D Yardley and …": words
# naming the group of the people listed next, inside one list
_LOWER_LEAD_IN = lazy_compile(r"(?:together\s+with|along\s+with|as\s+well\s+as)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}"
                              r"(?=[A-Z])")
_LABEL_LEAD_IN = lazy_compile(r"(?P<label>(?:[A-Z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*)\s*:-?\s*(?=[A-Z])")
_STATUS_WORDS = lazy_compile(r"present|apolog|absen|attend|substitut|deputi", re.I)
# "…; and Co-opted Members Cy Irwin and Dee Lomas": a plural group's name written before its people
_PLURAL_GROUP_LEAD_IN = lazy_compile(r"(?P<label>(?:[A-Z][\w'’-]*\s+){0,2}(?:Members|Representatives|Governors|Officers"
                                     r"|Advisers|Advisors|Observers))\s+(?=[A-Z])")


def _group_lead_in(part: str) -> int:
    """Length of the words before a person in a list's part that name the group listed next, not a person
    (0 when none): a lower-case lead-in, or a group's name (with a colon or not) whose words say no status."""
    m = _LOWER_LEAD_IN.match(part) or _LABEL_LEAD_IN.match(part) or _PLURAL_GROUP_LEAD_IN.match(part)
    if not m or not split_name(part[m.end():]) or split_name(part):
        return 0
    label = m.groupdict().get("label")
    if label and (_STATUS_WORDS.search(label) or not _PEOPLE_GROUP.match(label) and not re.search(r"co-?opt", label, re.I)):
        return 0  # "Apologies: Mrs D Dunmore", "Members Present: …": another status, not a group of this one
    return m.end()


_SURNAME = lazy_compile(r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?")


def _surname_run(parts: list[tuple[int, str]]) -> set[int]:
    """Indexes of the parts that are surnames alone, in a list under a status that names its members by surname
    ("Biswas, Dryden, Hubbard, P Purvis (…) and N J Walker"): only where three or more such words run together
    and every other part of the list is a person, so a place or a body among names is never taken for one."""
    bare = [k for k, (_, part) in enumerate(parts)
            if _SURNAME.fullmatch(w := re.sub(r"^and\s+", "", part).strip(" .;")) and w not in ROLE_WORDS
            and not _ORG_WORDS.search(w) and not _GAZ().match(w)]
    runs = [k for k in bare if k - 1 in bare or k + 1 in bare]
    if len(runs) < 3 or any(k not in bare and not _is_person(p) for k, (_, p) in enumerate(parts)):
        return set()
    return set(bare)


def _initials_run(parts: list[tuple[int, str]]) -> set[int]:
    """Indexes of a list whose every part is a person's initials ("Attendees: RW., HJ., SJ, AMG", "Apologies: JJ,
    PT."): a patient group's minutes name people by their initials only, for privacy. Two parts or more, none a
    body's or a role's acronym ("NHS", "CCG", "GP") the vocabulary or the gazetteer knows."""
    words = [re.sub(r"^and\s+", "", part).strip(" .;") for _, part in parts]
    if len(words) < 2 or not all(re.fullmatch(r"[A-Z]{2,3}", w) and w not in ROLE_WORDS and not _ORG_WORDS.search(w)
                                 and not _GAZ().match(w) for w in words):
        return set()
    return set(range(len(parts)))


# " - Northvale Council" after the last name of a list: the body every listed person is from
_LIST_DASH_BODY = lazy_compile(r"\s+[–—-]\s+(?P<body>[A-Z][^,;()]+?)\s*[.;]?\s*")


def _share_group_org(entries: list[_Entry], s: str, base: int) -> None:
    """"Councillors A, B and C (Renfrewshire Council)": an organisation in brackets after the last of an
    'and'-joined group belongs to every name of the group that has no bracket of its own."""
    group: list[_Entry] = []
    for e in entries:
        if (sp_e := split_name(e.text)) and sp_e.plural_title:
            group = []  # "County Councillors A and District Councillors B (Body)": a new plural title, a new group
        group.append(e)
        m = re.search(r"\(([^()]*)\)\s*[.;,]?\s*$", e.text)
        if not m:
            continue
        inner = re.sub(r"^all\s+", "", m.group(1).strip())
        before = s[max(0, e.start - base - 6):e.start - base]
        # only a group written alike: all under one plural title, or none with a title of its own
        # ("Councillor F Gill, Councillor H Nwosu and Andrea Price (Kingsbridge City Council)" is not one)
        own_titles = {bool((sp := split_name(g.text)) and sp.title and not sp.plural_title and not g.inherited_title)
                      for g in group}
        if len(group) >= 2 and "and" in before and _looks_like_org(inner) and not _QUALIFIER_RE.match(inner) \
                and not any("(" in g.text for g in group[:-1]) and own_titles == {False}:
            for g in group[:-1]:
                g.text = f"{g.text} ({inner})"
        group = []
    if ";" in s:
        _share_semicolon_group_org(entries, s, base)
    if len(entries) == 2:
        # "Tia Dunne and Kit Evans, Northvale Community Trust" as a line of its own: the body after the pair is
        # both people's (at the end of a longer list, "…, Mr I Jones and Ms B Reilly, NHS England", it is only
        # the last one's)
        prev, e = entries
        between = s[prev.start - base + len(prev.text):e.start - base]
        sp = split_name(e.text)
        tail = re.fullmatch(r"\s*,\s*([^,()]+?)\s*[.;]?\s*", e.text[sp.end:]) if sp else None
        if prev.start == base and re.fullmatch(r"\s*(?:and|&)\s*", between) and _is_bare_name(prev.text) \
                and not prev.group_org and tail and _looks_like_org(tail.group(1)) \
                and not _ROLE_HINT.search(tail.group(1)):
            prev.group_org = tail.group(1)
    if len(entries) >= 2 and entries[0].start == base and all(
            _is_bare_name(e.text) and not e.group_org for e in entries[:-1]):
        # "Mr J Dee, Mr A Fox, Mrs B Hay - Northvale Council" as a line of its own: the body after a spaced dash
        # closing the list is every listed person's (a comma there leaves it the last one's, above)
        sp = split_name(entries[-1].text)
        tail = _LIST_DASH_BODY.fullmatch(entries[-1].text[sp.end:]) if sp else None
        if tail and _looks_like_org(tail.group("body")) and not _ROLE_HINT.search(tail.group("body")):
            for e in entries[:-1]:
                e.group_org = tail.group("body")
