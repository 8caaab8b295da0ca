"""PDF pages through pdfium: plain text for every page, word boxes only where layout matters."""
from __future__ import annotations

import itertools
import re

from .layout import words_to_lines
from .page_readers import _fork_readers, _ForkedPages, _prefetched

def _pdfium_words(textpage, page_height: float) -> list[dict]:
    """Words with positions from pdfium's character boxes (same dict shape as pdfplumber's extract_words).

    Loose boxes (font ascent/descent, advance width) give every glyph on a line the same height, which is what
    the line grouping needs; a word ends at whitespace, a gap wider than 0.15 of the glyph height, or a jump
    back / to another baseline. One ctypes call per character: the exact but slow source, used where the
    text-run boxes of ``_run_words`` cannot be trusted."""
    import ctypes

    import pypdfium2.raw as R

    raw = textpage
    n = R.FPDFText_CountChars(raw)
    if n <= 0:
        return []
    text = _pdfium_text(raw)
    height = page_height
    rect = R.FS_RECTF()
    words: list[dict] = []
    cur: dict | None = None
    for k in range(min(n, len(text))):
        ch = text[k]
        if ch in _PDFIUM_HYPHENS:  # pdfium reports a hyphen at a line end as U+FFFE / 0x02: keep it a hyphen
            ch = "-"
        if ch.isspace() or ch in "\x00\ufeff" or not R.FPDFText_GetLooseCharBox(raw, k, ctypes.byref(rect)):
            cur = None
            continue
        x0, x1 = rect.left, rect.right
        top, bottom = height - rect.top, height - rect.bottom
        h = max(bottom - top, 0.1)
        if cur is not None:
            same_line = abs(bottom - cur["bottom"]) < 0.5 * h
            gap = x0 - cur["x1"]
            if same_line and -0.3 * h <= gap <= 0.15 * h:
                cur["text"] += ch
                cur["x1"] = max(cur["x1"], x1)
                cur["top"] = min(cur["top"], top)
                cur["bottom"] = max(cur["bottom"], bottom)
                continue
        cur = {"text": ch, "x0": x0, "x1": x1, "top": top, "bottom": bottom}
        words.append(cur)
    return words


# pdfium's marks for a hyphen that ends a line and joins the word on the next (it drops the line break).
_PDFIUM_HYPHENS = "\ufffe\x02"
# A gap between two text runs on one line wider than this many run heights may be a column gap (the line
# reader's own threshold is 3 average character widths, about 1.5 em; a run's height is about 1 em).
RUN_GAP_HEIGHTS = 1.0
# Headings that open an attendance block: such a page is always read with word boxes, because a name | role
# table drawn as one text run per row has no gap between runs for the geometric test to see.
_ATTENDANCE_HEADING = re.compile(
    r"^[ \t]*(?:(?:members|those|voting members|board members|governing body members)[ \t]+)?"
    r"(?:present|in attendance|attendance|attendees|also present|apologies|apologies for absence)\b",
    re.I | re.M,
)


def _pdfium_text(textpage) -> str:
    """The whole text of a raw ``FPDF_TEXTPAGE``, one str index per pdfium character index."""
    import ctypes

    import pypdfium2.raw as R

    n = R.FPDFText_CountChars(textpage)
    if n <= 0:
        return ""
    buf = bytearray(2 * (n + 1))  # zeroed by the allocator: cheaper than ctypes.create_string_buffer
    # a pointer to its first element: an array type of this page's length would be a new ctypes type each page
    R.FPDFText_GetText(textpage, 0, n, ctypes.byref(ctypes.c_ushort.from_buffer(buf)))
    return buf[: 2 * n].decode("utf-16-le", "replace")


def _pdfium_runs(textpage) -> list[tuple[float, float, float, float]]:
    """pdfium's text runs as (left, top, right, bottom) in PDF units (y up), in the text's order.

    ``FPDFText_CountRects`` merges the characters of one text object (one show-text operator: a line or a
    table cell) into one rectangle, so a page costs a few dozen calls instead of one per character."""
    import ctypes

    import pypdfium2.raw as R

    raw = textpage
    count = R.FPDFText_CountRects(raw, 0, -1)
    left, top, right, bottom = ctypes.c_double(), ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    runs = []
    for k in range(count):
        if R.FPDFText_GetRect(raw, k, left, top, right, bottom):
            runs.append((left.value, top.value, right.value, bottom.value))
    return runs


Run = tuple[float, float, float, float]  # a pdfium text run: left, top, right, bottom (PDF units, y up)


def _layout_lines(runs: list[Run], text: str, lines: list[str]) -> tuple[list[bool], list[list[Run]]] | None:
    """Which plain lines the word-box reader must see, or None when pdfium's plain text loses nothing.

    ``lines`` are the plain lines (``_plain_spans``). Returned: a flag per line and the runs of each line. A line needs
    word boxes when it has a column gap between runs (a table row, two columns) or inside one run (a line
    much wider than its characters need: one operator drawing two cells). Every line does when the text is
    drawn out of reading order (the reader sorts by position), when pdfium broke the lines elsewhere than
    the runs say, or when the page has an attendance heading."""
    run_lines: list[list[Run]] = []
    flags: list[bool] = []
    prev = None
    everything = False
    for run in runs:
        left, top, right, bottom = run
        if prev is not None:
            p_left, p_top, p_right, p_bottom = prev
            h = max(min(top - bottom, p_top - p_bottom), 0.5)
            if abs(bottom - p_bottom) < 0.5 * h:  # same line
                if left < p_left:
                    everything = True
                elif left - p_right > RUN_GAP_HEIGHTS * h:
                    flags[-1] = True
                run_lines[-1].append(run)
                prev = run
                continue
            if bottom > p_bottom:  # back up the page
                everything = True
        run_lines.append([run])
        flags.append(False)
        prev = run
    if everything or len(lines) != len(run_lines):
        return ([True] * len(lines), []) if len(run_lines) > 1 or everything else None
    if _has_attendance_heading(text):
        return [True] * len(lines), run_lines
    for i, (line_runs, line_text) in enumerate(zip(run_lines, lines)):
        if not flags[i] and " " in line_text and _wider_than_its_text(line_runs, line_text):
            flags[i] = True
    return (flags, run_lines) if any(flags) else None


def _has_attendance_heading(text: str) -> bool:
    low = text.lower()  # substring tests first: the case-blind pattern is slow on a page of prose
    if "present" not in low and "attend" not in low and "apolog" not in low:
        return False
    return bool(_ATTENDANCE_HEADING.search(text))


_DESCENDERS = re.compile(r"[gjpqy,;()\[\]{}|/@Q_]")


def _wider_than_its_text(line_runs, line_text: str) -> bool:
    """A line drawn wider than its characters need: a gap hidden inside one text run.

    The em is guessed from the runs' (tight) height and whether the text has descenders; glyphs average
    0.56 em (0.7 in capitals), spaces 0.28 em. Generated lines of this repository's corpus stay under 1.21x
    that estimate; a hidden cell gap must add 30% and at least 2 em (the line reader's column gap is 3
    characters, about 1.5 em)."""
    if len(line_runs) == 1:
        left, top, right, bottom = line_runs[0]
        width, height = right - left, max(top - bottom, 0.5)
    else:
        width = sum(right - left for left, _, right, _ in line_runs)
        height = max(max(top - bottom for _, top, _, bottom in line_runs), 0.5)
    spaces = line_text.count(" ")
    least_em = height / 0.93
    least = ((len(line_text) - spaces) * 0.56 + spaces * 0.28) * least_em  # the smallest estimate
    if width - least <= max(2 * least_em, 0.3 * least):  # ordinary text: no closer look needed
        return False
    em = height / (0.93 if _DESCENDERS.search(line_text) else 0.72)
    glyph = 0.7 if line_text.isupper() else 0.56
    expected = ((len(line_text) - spaces) * glyph + spaces * 0.28) * em
    return width - expected > max(2 * em, 0.3 * expected)


_TOKEN = re.compile(r"[^\s\x00\ufeff\ufffe\x02]+[\ufffe\x02]?")  # a word; a line-end hyphen stays on its line


def _layout_words(textpage, page_height: float, text: str, spans: list[tuple[str, int, int]],
                  flags: list[bool], run_lines: list[list[Run]]) -> list[dict] | None:
    """Word dicts for the line reader: pdfium's words on the flagged lines, measured by the loose boxes of
    their first and last characters (two calls per word instead of one per character); every other line as
    one word spanning its runs. None when a word's ends are not on one line (the caller then uses
    character boxes)."""
    import ctypes

    import pypdfium2.raw as R

    raw = textpage
    if len(text) != R.FPDFText_CountChars(raw):  # surrogate pairs: string and char indices differ
        return None
    loose_box = R.FPDFText_GetLooseCharBox
    first, last = R.FS_RECTF(), R.FS_RECTF()
    first_ref, last_ref = ctypes.byref(first), ctypes.byref(last)
    words: list[dict] = []
    for i, (line_text, line_start, line_end) in enumerate(spans):
        if not flags[i]:  # no gap on this line: the reader needs only where it is
            left = min(r[0] for r in run_lines[i])
            right = max(r[2] for r in run_lines[i])
            top = max(r[1] for r in run_lines[i])
            bottom = min(r[3] for r in run_lines[i])
            words.append({"text": line_text, "x0": left, "x1": right, "top": page_height - top,
                          "bottom": page_height - bottom})
            continue
        cur: dict | None = None
        for token in _TOKEN.finditer(text, line_start, line_end):
            start, end = token.span()
            if not loose_box(raw, start, first_ref) or not loose_box(raw, end - 1, last_ref):
                return None
            h = max(first.top - first.bottom, 0.1)
            if abs(last.bottom - first.bottom) >= 0.5 * h or last.right < first.left:
                return None
            word = token.group()
            if word[-1] in _PDFIUM_HYPHENS:
                word = word[:-1] + "-"
            x0, x1 = first.left, max(first.right, last.right)
            top, bottom = page_height - max(first.top, last.top), page_height - min(first.bottom, last.bottom)
            # words an ordinary space apart travel together: far fewer words for the line reader to sort
            if cur is not None and abs(bottom - cur["bottom"]) < 0.5 * h and 0 <= x0 - cur["x1"] <= 0.6 * h:
                cur["text"] += " " + word
                cur["x1"], cur["top"], cur["bottom"] = x1, min(cur["top"], top), max(cur["bottom"], bottom)
                continue
            cur = {"text": word, "x0": x0, "x1": x1, "top": top, "bottom": bottom}
            words.append(cur)
    return words


def _plain_lines(text: str) -> list[str]:
    """The lines of ``_plain_spans`` without their positions (the fast path of every page)."""
    for mark in _PDFIUM_HYPHENS:
        text = text.replace(mark, "-\n")
    text = text.replace("\x00", " ").replace("\ufeff", " ").replace("\r\n", "\n").replace("\r", "\n")
    return [line for line in (" ".join(raw.split()) for raw in text.split("\n")) if line]


_LINE_END = re.compile(r"\r\n|[\r\n]|(?<=[\ufffe\x02])")


def _plain_spans(text: str) -> list[tuple[str, int, int]]:
    """pdfium's plain text as lines in the line reader's shape (single spaces, no blank lines; a hyphen that
    pdfium joined across a line end is put back at the end of its line), each with its [start, end) in
    ``text`` (one str index per pdfium character)."""
    out = []
    start = 0
    for brk in itertools.chain(_LINE_END.finditer(text), (None,)):
        end = brk.start() if brk else len(text)
        line = " ".join(text[start:end].replace("\x00", " ").replace("\ufeff", " ").split())
        if line:
            if line[-1] in _PDFIUM_HYPHENS:
                line = line[:-1] + "-"
            out.append((line, start, end))
        if brk:
            start = brk.end()
    return out


def _pdfium_has_images(page) -> bool:
    import pypdfium2.raw as R

    for _ in page.get_objects(filter=[R.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        return True
    return False


class _PdfiumSource:
    """Pages from pypdfium2 (fast: see benchmarks/README.md).

    Every page's plain text comes from pdfium; only pages where layout matters (``_layout_lines``) go through
    the word-box line reader, with boxes measured at the ends of pdfium's words on the lines that need them
    (``_layout_words``) or, where those cannot be trusted, at every character. ``char_boxes=True`` reads every page from character boxes (the reference the fast path is checked
    against)."""

    def __init__(self, data: bytes, char_boxes: bool = False):
        import pypdfium2 as pdfium

        self.doc = pdfium.PdfDocument(data)  # pdfium tries the empty password itself
        self.char_boxes = char_boxes
        self._forked: _ForkedPages | None = None

    def count(self) -> int:
        return len(self.doc)

    def iter(self, max_pages: int, deadline: float | None = None, meanwhile=None):
        """(page number, read, handle) for each page; ``meanwhile(lines)`` is called once, in this process, with
        the first page's lines once it is read, when forked readers share the pages (its cost is then balanced
        against theirs by ``TwoEnds``)."""
        total = min(len(self.doc), max_pages)
        self._forked = forked = _fork_readers(self._read, total, deadline)
        first = []  # the first page's (lines, has_images), as the caller read it

        def read_first(i: int):
            first.append(self._read(i))
            return first[0]

        for i in range(total):
            if i == 1 and first and meanwhile is not None and forked.forked():
                try:
                    meanwhile(first[0][0])
                except Exception:  # only a head start: the caller does the same work after the pages
                    pass
            done = forked.get(i)
            read = (read_first if i == 0 else self._read) if done is None else _prefetched
            yield i + 1, read, (i if done is None else done)

    def _read(self, i: int):
        import pypdfium2.raw as R

        # the raw API: pypdfium2's page and text page objects cost about a fifth of a plain page's time
        page = R.FPDF_LoadPage(self.doc.raw, i)
        if not page:
            raise RuntimeError(f"pdfium could not load page {i + 1}")
        try:
            width, height = R.FPDF_GetPageWidthF(page), R.FPDF_GetPageHeightF(page)
            tp = R.FPDFText_LoadPage(page)
            if not tp:
                raise RuntimeError(f"pdfium could not read the text of page {i + 1}")
            try:
                if self.char_boxes:
                    lines = words_to_lines(_pdfium_words(tp, height), width)
                else:
                    text = _pdfium_text(tp)
                    lines = _plain_lines(text)
                    plan = _layout_lines(_pdfium_runs(tp), text, lines)
                    if plan is not None:
                        words = _layout_words(tp, height, text, _plain_spans(text), *plan)
                        if words is None:
                            words = _pdfium_words(tp, height)
                        lines = words_to_lines(words, width)
            finally:
                R.FPDFText_ClosePage(tp)
        finally:
            R.FPDF_ClosePage(page)
        has_images = False
        if not lines:
            helper = self.doc[i]
            try:
                has_images = _pdfium_has_images(helper)
            finally:
                helper.close()
        return lines, has_images

    def close(self):
        if self._forked is not None:
            self._forked.close()
        self.doc.close()
