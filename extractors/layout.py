"""Words with positions -> visual lines of text, and the clean-up of a document's lines.

Line contract (relied on by the attendance parser): each output line is one visual line of the page; words
separated by a wide horizontal gap (a table column gap) are joined by a TAB, so a two-column name | role
table comes out as ``"Dr Jane Smith\\tDirector of Public Health"`` per row; in a grid of GRID_MIN_COLUMNS columns
or more under a header line, a blank cell in the middle of a row is an empty cell (two TABs), so a register's
values stay in their columns. Word dicts have the shape of
pdfplumber's ``extract_words``: text, x0, x1, top, bottom (y down). Pure functions.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

# A gap wider than this many average character widths between two words on one line is a column gap.
# Justified prose stretches spaces to ~1-1.5 char widths at most, so 3 is safely above it.
COLUMN_GAP_CHARS = 3.0
HEADER_ZONE = 3  # lines at the top / bottom of a page considered for running headers / footers


def _group_lines(words: list[dict]) -> list[list[dict]]:
    """Group words into visual lines: words whose vertical extents overlap by at least half the smaller
    height share a line (tolerates superscripts such as "18th" and mixed font sizes)."""
    lines: list[list[dict]] = []
    bounds: list[list[float]] = []  # [top, bottom] per line
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        h = max(w["bottom"] - w["top"], 0.1)
        placed = False
        # only the last few lines can overlap a word sorted by top
        for i in range(len(lines) - 1, max(len(lines) - 4, -1), -1):
            top, bottom = bounds[i]
            overlap = min(bottom, w["bottom"]) - max(top, w["top"])
            if overlap >= 0.5 * min(h, bottom - top):
                lines[i].append(w)
                bounds[i][0] = min(top, w["top"])
                bounds[i][1] = max(bottom, w["bottom"])
                placed = True
                break
        if not placed:
            lines.append([w])
            bounds.append([w["top"], w["bottom"]])
    out = []
    for ln in lines:
        ln.sort(key=lambda w: w["x0"])
        out.append(ln)
    out.sort(key=lambda ln: min(w["top"] for w in ln))
    return out


def _char_width(line: list[dict]) -> float:
    chars = sum(len(w["text"]) for w in line)
    width = sum(w["x1"] - w["x0"] for w in line)
    return width / chars if chars else 5.0


def _segments(line: list[dict]) -> list[list[dict]]:
    """Split a line's words into column segments at wide gaps."""
    cw = _char_width(line)
    segs = [[line[0]]]
    for prev, w in zip(line, line[1:]):
        if w["x0"] - prev["x1"] > COLUMN_GAP_CHARS * cw:
            segs.append([w])
        else:
            segs[-1].append(w)
    return segs


def _two_column_split(lines: list[list[dict]], page_width: float, line_segments: list[list[list[dict]]]) -> float | None:
    """The x of a newspaper-style gutter, or None (``line_segments``: ``_segments`` of each line).

    Conservative on purpose: a name | role table also has a gutter, so a split is only made when both sides
    read as prose (long segments on most lines) — a table's name column is short.
    """
    if len(lines) < 15:
        return None
    mid_lo, mid_hi = page_width * 0.3, page_width * 0.7
    candidates = []
    for segs in line_segments:
        if len(segs) == 2:
            left_end = max(w["x1"] for w in segs[0])
            right_start = segs[1][0]["x0"]
            if mid_lo < right_start < mid_hi:
                candidates.append((left_end, right_start, segs))
    if len(candidates) < 0.6 * len(lines):
        return None
    left_len = sum(len(" ".join(w["text"] for w in c[2][0])) for c in candidates) / len(candidates)
    right_len = sum(len(" ".join(w["text"] for w in c[2][1])) for c in candidates) / len(candidates)
    if left_len < 35 or right_len < 35:
        return None
    gutter_left = max(c[0] for c in candidates)
    gutter_right = min(c[1] for c in candidates)
    if gutter_right <= gutter_left:
        return None
    # every word on the page must keep clear of the gutter
    for ln in lines:
        for w in ln:
            if w["x0"] < gutter_right and w["x1"] > gutter_left + 0.5:
                return None
    return (gutter_left + gutter_right) / 2


def _realign_label_cell(segs: list[list[dict]], cw: float, cell_starts: list[float]) -> list[list[dict]]:
    """A label justified across a narrow first cell ("Executive<gap>Team<gap>in Graham Hillier" next to
    "attendance:" on the line below): its stretched spaces read as column gaps, while the real gap before the
    next column is a single space. When a word starts at a column where three cells or more start (``cell_starts``,
    sorted), and the gaps before it on its line fall at no such column, the words before it are one cell and
    the column starts at that word."""
    if len(segs) < 2:
        return segs
    tol = max(3.0, cw)

    def established(x: float) -> bool:
        return bisect_right(cell_starts, x + tol) - bisect_left(cell_starts, x - tol) >= 3

    words = [w for s in segs for w in s]
    bounds = {id(s[0]) for s in segs[1:]}
    for k, w in enumerate(words[1:], 1):
        if id(w) in bounds:
            if established(w["x0"]):
                return segs  # the first column gap on the line is a real one
            continue
        if w["text"][0].isalnum() and w["x0"] - words[k - 1]["x1"] > 0.5 * cw and established(w["x0"]):
            rest = words[k:]
            return [words[:k]] + (_segments(rest) if len(rest) > 1 else [rest])
    return segs


def _join_justified_cells(rendered: list[tuple[list[list[dict]], float]],
                          starts: list[float]) -> list[tuple[list[list[dict]], float]]:
    """A cell justified across its column ("Primary<gap>care", "Executive<gap>Director,<gap>Finance"): its stretched
    spaces read as column gaps, but the words after them start where fewer than three cells of the page start (a
    column's cells line up down the table; justified gaps fall where the words happen to end). In a row of three
    cells or more, such a segment after one that starts at a column where three cells or more start is the rest
    of that cell, and so is a segment after a wrapped line's first cell that starts at such a column."""
    out = []
    ends = sorted(s[-1]["x1"] for segs, _ in rendered for s in segs)  # where cells end: justified lines end alike
    for segs, cw in rendered:
        if len(segs) < 2:
            out.append((segs, cw))
            continue
        tol = max(3.0, cw)

        def count(x: float) -> int:
            return bisect_right(starts, x + tol) - bisect_left(starts, x - tol)

        # the cell being built starts at an established column (a line's first cell: when it is a wrapped one)
        column_start = count(segs[0][0]["x0"]) >= 3
        if len(segs) < 3 and not column_start:
            out.append((segs, cw))
            continue
        new = [segs[0]]
        for seg in segs[1:]:
            n = count(seg[0]["x0"])
            # a gap many characters wide is a stretched space only when the line ends flush with another's end (a
            # justified cell's lines end at its right edge); else it is the next column of a name grid whose last
            # column holds fewer than three names ("Cllr A<gap>Cllr B<gap>Cllr C" over "Cllr D<gap>Cllr E")
            wide = seg[0]["x0"] - new[-1][-1]["x1"] > JUSTIFIED_GAP_CHARS * cw \
                and bisect_right(ends, segs[-1][-1]["x1"] + 1.0) - bisect_left(ends, segs[-1][-1]["x1"] - 1.0) < 2
            if n < 3 and column_start and not wide:
                new[-1] = new[-1] + seg  # a justified gap inside the cell
                continue
            new.append(seg)
            column_start = n >= 3
        out.append((new, cw))
    return out


def _split_run_in_cells(rendered: list[tuple[list[list[dict]], float]]) -> list[tuple[list[list[dict]], float]]:
    """A cell whose text fills its column runs into the next one with an ordinary space ("… held on 2 The minutes
    were approved …" in a Description | Decision table): the gap is no column gap, yet the next cell's first word
    starts where a cell starts on the line above or below, or on two other lines of the page (the header's
    "Decision", an earlier row's). In a table row (two cells or more), or a line whose neighbours both start a cell
    there, such a word starts a new cell."""
    starts = [[s[0]["x0"] for s in segs[1:]] for segs, _ in rendered]
    every = sorted(x for row in starts for x in row)
    out = []
    for n, (segs, cw) in enumerate(rendered):
        above = starts[n - 1] if n > 0 else []
        below = starts[n + 1] if n + 1 < len(rendered) else []
        if len(segs) < 2 and not (above and below):
            out.append((segs, cw))
            continue
        tol = max(3.0, cw)

        def starts_cell(x: float) -> bool:
            if len(segs) < 2:
                return any(abs(x - s) <= tol for s in above) and any(abs(x - s) <= tol for s in below)
            return any(abs(x - s) <= tol for s in above + below) \
                or bisect_right(every, x + tol) - bisect_left(every, x - tol) >= 2

        new: list[list[dict]] = []
        for seg in segs:
            cell = [seg[0]]
            for prev, w in zip(seg, seg[1:]):
                if w["text"][0].isalnum() and w["x0"] - prev["x1"] > 0.5 * cw and starts_cell(w["x0"]):
                    new.append(cell)
                    cell = [w]
                else:
                    cell.append(w)
            new.append(cell)
        out.append((new, cw))
    return out




GRID_MIN_COLUMNS = 4
# Justification stretches a cell's spaces to a few character widths; a gap wider than this is a column gap.
JUSTIFIED_GAP_CHARS = 8.0


def _grid_cells(rendered: list[tuple[list[list[dict]], float]]) -> dict[int, str]:
    """Rows of a grid with a blank cell in the middle, written with that cell empty: {line index: text}.

    A register ("Name | Role | 12/01 | 09/03 | 11/05" then "Bob Cole | Director | | A |") is read column by
    column, so a blank cell must keep its place or the next value slides into its column. A grid is a header line
    of GRID_MIN_COLUMNS cells or more and the lines under it with two cells or more; each cell goes to the header
    column its middle falls in (the column runs from the middle of the gap before it to the middle of the gap
    after it). A line whose cells do not fall one to a column, in order, is left as it is."""
    out: dict[int, str] = {}
    n = 0
    while n < len(rendered):
        head = rendered[n][0]
        if len(head) < GRID_MIN_COLUMNS:
            n += 1
            continue
        bounds = [(a[-1]["x1"] + b[0]["x0"]) / 2 for a, b in zip(head, head[1:])]
        k = n + 1
        while k < len(rendered) and len(rendered[k][0]) >= 2:
            segs = rendered[k][0]
            cols = []
            for seg in segs:
                mid = (seg[0]["x0"] + seg[-1]["x1"]) / 2
                cols.append(bisect_right(bounds, mid))
            if cols[0] == 0 and all(a < b for a, b in zip(cols, cols[1:])) and cols[-1] + 1 > len(segs):
                texts = [""] * (cols[-1] + 1)
                for c, seg in zip(cols, segs):
                    texts[c] = " ".join(w["text"] for w in seg)
                out[k] = "\t".join(texts)
            k += 1
        n = k
    return out


def words_to_lines(words: list[dict], page_width: float | None = None) -> list[str]:
    """Build text lines from positioned words (pdfplumber ``extract_words`` dicts: x0, x1, top, bottom, text)."""
    words = [w for w in words if w["text"].strip()]
    if not words:
        return []
    lines = _group_lines(words)
    line_segments = [_segments(ln) for ln in lines]  # (worked out once: the gutter test reads them too)
    if page_width:
        split = _two_column_split(lines, page_width, line_segments)
        if split is not None:
            left = [w for w in words if w["x1"] <= split]
            right = [w for w in words if w["x0"] >= split]
            return words_to_lines(left) + words_to_lines(right)
    # x positions where a tab-separated column starts: a line that starts there (a wrapped cell in the
    # second column) gets a leading TAB so it stays attached to that column.
    col_starts: list[float] = []
    rendered: list[tuple[list[list[dict]], float]] = []
    for ln, segs in zip(lines, line_segments):
        rendered.append((segs, _char_width(ln)))
        col_starts.extend(s[0]["x0"] for s in segs[1:])
    left_margin = min(w["x0"] for w in words)
    if col_starts:
        # where cells start: after a column gap, or at the start of an indented line (a wrapped or continued cell)
        cell_starts = sorted(col_starts + [segs[0][0]["x0"] for segs, cw in rendered
                                           if segs[0][0]["x0"] - left_margin > COLUMN_GAP_CHARS * cw])
        if len(cell_starts) >= 3:
            rendered = [(_realign_label_cell(segs, cw, cell_starts), cw) for segs, cw in rendered]
        # twice: a cell found on one row shows its column to the rows next to it
        rendered = _split_run_in_cells(_split_run_in_cells(rendered))
        rendered = _join_justified_cells(rendered, sorted(
            [s[0]["x0"] for segs, _ in rendered for s in segs[1:]]
            + [segs[0][0]["x0"] for segs, cw in rendered if segs[0][0]["x0"] - left_margin > COLUMN_GAP_CHARS * cw]))
        col_starts = [s[0]["x0"] for segs, _ in rendered for s in segs[1:]]
    cells = _grid_cells(rendered)
    out = []
    row_starts: list[float] | None = None  # where the cells of the last table row start
    for n, (segs, cw) in enumerate(rendered):
        text = cells.get(n) or "\t".join(" ".join(w["text"] for w in s) for s in segs)
        first_x = segs[0][0]["x0"]
        if (
            col_starts
            and first_x - left_margin > COLUMN_GAP_CHARS * cw
            # within a character's width: a scan's word boxes wander by a few pixels from row to row
            and any(abs(first_x - x) <= max(3.0, cw) for x in col_starts)
        ):
            placed = _cells_in_row_columns(segs, row_starts, max(3.0, cw)) if n not in cells else None
            text = placed if placed is not None else "\t" + text
        elif len(segs) >= 2:
            row_starts = [s[0]["x0"] for s in segs]
        else:
            row_starts = None
        out.append(text)
    return out


def _cells_in_row_columns(segs: list[list[dict]], row_starts: list[float] | None, tol: float) -> str | None:
    """A line that goes on in the columns of the table row above (a cell wrapped onto a second line, its first
    column blank), written with one TAB per column it is in: "\\t\\tWells NHS Trust" is the third column's, so a
    reader of the row takes it to the cell it continues. None when its cells do not start where the row's do, in
    order."""
    if not row_starts:
        return None
    columns = []
    for seg in segs:
        x = seg[0]["x0"]
        k = min(range(len(row_starts)), key=lambda c: abs(row_starts[c] - x))
        if abs(row_starts[k] - x) > tol or k == 0 or columns and k <= columns[-1]:
            return None
        columns.append(k)
    text, at = "", 0
    for k, seg in zip(columns, segs):
        text += "\t" * (k - at) + " ".join(w["text"] for w in seg)
        at = k
    return text


# --- page clean-up ---------------------------------------------------------------------------------------


_DIGITS = re.compile(r"\d+")
_ROMAN_PAGE = re.compile(r"\b[ivxlc]+\b$")
_ROMAN_LETTERS = tuple("ivxlc")  # a key _ROMAN_PAGE can change ends with one of them


def _furniture_key(line: str) -> str:
    key = " ".join(line.lower().split())  # whitespace runs as one space (str.split and re's \s agree on it)
    # Numbers may differ only on short lines ("Page 3 of 12", "- 3 -", "Agenda Item 5"): a long body line
    # that differs from page to page only by its numbers ("Item 600. The Board noted ...") is not furniture.
    if key.count(" ") <= 5:  # six words or fewer
        key = _DIGITS.sub("#", key)
        if key.endswith(_ROMAN_LETTERS):  # the search tries every position of the line: most keys end otherwise
            key = _ROMAN_PAGE.sub("#", key)
    return key


def remove_headers_footers(pages_lines: list[list[str]]) -> list[list[str]]:
    """Drop lines repeated at the top or bottom of most pages (numbers may differ: "Page 3 of 12").

    Only lines in the first / last ``HEADER_ZONE`` lines of a page are candidates, so a phrase repeated in
    the body is never removed. Documents with fewer than 3 pages are left alone.
    """
    with_text = [p for p in pages_lines if p]
    if len(with_text) < 3:
        return pages_lines
    keys: dict[str, str] = {}  # each zone line's key, worked out once (the same lines recur on every page)
    top_counts: dict[str, int] = {}  # pages whose top zone has the key
    bottom_counts: dict[str, int] = {}

    def key(line: str) -> str:
        k = keys.get(line)
        if k is None:
            k = keys[line] = _furniture_key(line)
        return k

    for lines in with_text:
        for k in {key(l) for l in lines[:HEADER_ZONE]}:
            top_counts[k] = top_counts.get(k, 0) + 1
        for k in {key(l) for l in lines[-HEADER_ZONE:]}:
            bottom_counts[k] = bottom_counts.get(k, 0) + 1
    need = max(3, len(with_text) // 2 + 1)  # "most pages"
    top_rep = {k for k, c in top_counts.items() if c >= need and k}
    bottom_rep = {k for k, c in bottom_counts.items() if c >= need and k}
    if not top_rep and not bottom_rep:
        return pages_lines
    out = []
    for lines in pages_lines:
        n = len(lines)
        # the top zone (a line of it is in the bottom zone too on a short page), the body (never furniture:
        # copied as a slice, no key computed) and the rest of the bottom zone
        kept = [l for i, l in enumerate(lines[:HEADER_ZONE])
                if (k := key(l)) not in top_rep and not (i >= n - HEADER_ZONE and k in bottom_rep)]
        kept += lines[HEADER_ZONE:n - HEADER_ZONE]
        kept += [l for l in lines[max(HEADER_ZONE, n - HEADER_ZONE):] if key(l) not in bottom_rep]
        # A page that would be left with nothing was all body text that happens to repeat: keep it.
        out.append(kept if kept or not lines else lines)
    return out


_HYPHEN_END = re.compile(r"(?<=[A-Za-z])-$")
_LOWER_START = re.compile(r"^[a-z]")


def dehyphenate(lines: list[str]) -> list[str]:
    """Join ``imple-`` + ``mentation ...`` into ``implementation``; only when the next line starts with a
    lowercase letter (so ``Health and Well-`` + ``Being`` keeps its hyphen). The continuation word moves up
    to the previous line, so the line structure is otherwise kept."""
    if "-\n" not in "\n".join(lines):  # no line ending in "-" has a line after it (most pages): nothing to join
        return list(lines)
    out = list(lines)
    i = 0
    while i < len(out) - 1:
        cur, nxt = out[i], out[i + 1]
        if cur.endswith("-") and _HYPHEN_END.search(cur) and not cur.endswith("--") and _LOWER_START.match(nxt):
            first, _, rest = nxt.partition(" ")
            # don't pull a word across a column gap
            if "\t" in first:
                first, _, tail = first.partition("\t")
                rest = "\t" + tail + ((" " + rest) if rest else "")
            out[i] = cur[:-1] + first
            rest = rest.strip(" ")
            if rest:
                out[i + 1] = rest
            else:
                del out[i + 1]
                continue
        i += 1
    return out
