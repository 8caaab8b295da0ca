"""Document bytes -> page texts.

Pure functions: bytes in, ``Page`` objects out. Nothing here fetches, writes files or touches the catalogue.

Line contract (relied on by the attendance parser): each output line is one visual line of the page; words
separated by a wide horizontal gap (a table column gap) are joined by a TAB, so a two-column name | role
table comes out as ``"Dr Jane Smith\\tDirector of Public Health"`` per row. HTML tables follow the same
contract (cells joined by TAB, one row per line).
"""
from __future__ import annotations

import html as htmllib
import io
import itertools
import logging
import os
import re
import shutil
import subprocess
import time
import zipfile
from collections import Counter
from dataclasses import dataclass, field

from boardpapers.errors import ExtractionError
from boardpapers.models import Page

from .ocr import page_image

log = logging.getLogger(__name__)

DEFAULT_MAX_PAGES = 2000
DEFAULT_TIMEOUT_S = 120.0
OCR_DPI = 200
OCR_MAX_PIXELS = 40_000_000  # cap on a rendered OCR bitmap (~120 MB RGB) whatever the page size claims
OCR_PAGE_TIMEOUT_S = 60.0
# A gap wider than this many average character widths between two words on one line is a column gap.
# Justified prose stretches spaces to ~1-1.5 char widths at most, so 3 is safely above it.
COLUMN_GAP_CHARS = 3.0
HEADER_ZONE = 3  # lines at the top / bottom of a page considered for running headers / footers


# --- results -----------------------------------------------------------------------------------------------


@dataclass
class _PdfResult:
    pages: list[Page] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    partial: bool = False


# --- line building from word positions ------------------------------------------------------------------


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


def _two_column_split(lines: list[list[dict]], page_width: float) -> float | None:
    """The x of a newspaper-style gutter, or None.

    Conservative on purpose: a name | role table also has a gutter, so a split is only made when both sides
    read as prose (long segments on most lines) — a table's name column is short.
    """
    if len(lines) < 15:
        return None
    mid_lo, mid_hi = page_width * 0.3, page_width * 0.7
    candidates = []
    for ln in lines:
        segs = _segments(ln)
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


def words_to_lines(words: list[dict], page_width: float | None = None) -> list[str]:
    """Build text lines from positioned words (pdfplumber ``extract_words`` dicts: x0, x1, top, bottom, text)."""
    words = [w for w in words if w["text"].strip()]
    if not words:
        return []
    lines = _group_lines(words)
    if page_width:
        split = _two_column_split(lines, page_width)
        if split is not None:
            left = [w for w in words if w["x1"] <= split]
            right = [w for w in words if w["x0"] >= split]
            return words_to_lines(left) + words_to_lines(right)
    # x positions where a tab-separated column starts: a line that starts there (a wrapped cell in the
    # second column) gets a leading TAB so it stays attached to that column.
    col_starts: list[float] = []
    rendered: list[tuple[list[list[dict]], float]] = []
    for ln in lines:
        segs = _segments(ln)
        rendered.append((segs, _char_width(ln)))
        col_starts.extend(s[0]["x0"] for s in segs[1:])
    left_margin = min(w["x0"] for w in words)
    out = []
    for segs, cw in rendered:
        text = "\t".join(" ".join(w["text"] for w in s) for s in segs)
        first_x = segs[0][0]["x0"]
        if (
            col_starts
            and first_x - left_margin > COLUMN_GAP_CHARS * cw
            and any(abs(first_x - x) <= 3 for x in col_starts)
        ):
            text = "\t" + text
        out.append(text)
    return out


# --- page clean-up ---------------------------------------------------------------------------------------


_DIGITS = re.compile(r"\d+")
_ROMAN_PAGE = re.compile(r"\b[ivxlc]+\b$")


def _furniture_key(line: str) -> str:
    key = re.sub(r"\s+", " ", line.lower()).strip()
    # Numbers may differ only on short lines ("Page 3 of 12", "- 3 -", "Agenda Item 5"): a long body line
    # that differs from page to page only by its numbers ("Item 600. The Board noted ...") is not furniture.
    if len(key.split()) <= 6:
        key = _ROMAN_PAGE.sub("#", _DIGITS.sub("#", key))
    return key


def remove_headers_footers(pages_lines: list[list[str]]) -> list[list[str]]:
    """Drop lines repeated at the top or bottom of most pages (numbers may differ: "Page 3 of 12").

    Only lines in the first / last ``HEADER_ZONE`` lines of a page are candidates, so a phrase repeated in
    the body is never removed. Documents with fewer than 3 pages are left alone.
    """
    with_text = [p for p in pages_lines if p]
    if len(with_text) < 3:
        return pages_lines
    top_counts: Counter[str] = Counter()
    bottom_counts: Counter[str] = Counter()
    for lines in with_text:
        top_counts.update({_furniture_key(l) for l in lines[:HEADER_ZONE]})
        bottom_counts.update({_furniture_key(l) for l in lines[-HEADER_ZONE:]})
    need = max(3, len(with_text) // 2 + 1)  # "most pages"
    top_rep = {k for k, c in top_counts.items() if c >= need and k}
    bottom_rep = {k for k, c in bottom_counts.items() if c >= need and k}
    if not top_rep and not bottom_rep:
        return pages_lines
    out = []
    for lines in pages_lines:
        n = len(lines)
        kept = []
        for i, l in enumerate(lines):
            if HEADER_ZONE <= i < n - HEADER_ZONE:  # the body: never furniture, no key to compute
                kept.append(l)
                continue
            k = _furniture_key(l)
            if i < HEADER_ZONE and k in top_rep:
                continue
            if i >= n - HEADER_ZONE and k in bottom_rep:
                continue
            kept.append(l)
        # A page that would be left with nothing was all body text that happens to repeat: keep it.
        out.append(kept if kept or not lines else lines)
    return out


_HYPHEN_END = re.compile(r"(?<=[A-Za-z])-$")
_LOWER_START = re.compile(r"^[a-z]")


def dehyphenate(lines: list[str]) -> list[str]:
    """Join ``imple-`` + ``mentation ...`` into ``implementation``; only when the next line starts with a
    lowercase letter (so ``Health and Well-`` + ``Being`` keeps its hyphen). The continuation word moves up
    to the previous line, so the line structure is otherwise kept."""
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


# --- PDF -------------------------------------------------------------------------------------------------


def _exc_names(exc: BaseException) -> str:
    names = []
    seen = set()
    e: BaseException | None = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        names.append(type(e).__name__ + ": " + str(e))
        for a in getattr(e, "args", ()):
            if isinstance(a, BaseException):
                names.append(type(a).__name__ + ": " + str(a))
        e = e.__cause__ or e.__context__
    return " | ".join(names)


def _is_password_error(exc: BaseException) -> bool:
    text = _exc_names(exc)
    return any(s in text for s in ("PDFPasswordIncorrect", "PDFEncryptionError", "password", "Password"))


def _ocr_page(pdfium_doc, index: int, timeout_s: float) -> str | None:
    """OCR one page with tesseract, read through the same layout reader as text pages (``words_to_lines``):
    Tesseract's word boxes (TSV) rather than its own block order, so a scanned name | role table keeps each
    row on one line with its cells TAB-separated. None if tesseract failed or timed out."""
    page = pdfium_doc[index]
    try:
        img = _page_image(page)
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        width = img.width
        del img
    finally:
        page.close()
    env = dict(os.environ, OMP_THREAD_LIMIT="1")  # tesseract's OpenMP threads fight the workers' own
    try:
        proc = subprocess.run(
            ["tesseract", "stdin", "stdout", "--psm", "3", "tsv"],
            input=buf.getvalue(),
            capture_output=True,
            timeout=max(timeout_s, 1.0),
            env=env,
        )
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        return None
    words = tesseract_tsv_words(proc.stdout.decode("utf-8", "replace"))
    return "\n".join(words_to_lines(words, width))


def _page_image(page):
    """The bitmap to OCR (``ocr.page_image``): the page's own scan when it is sharp enough, else a render."""
    return page_image(page, OCR_DPI, OCR_MAX_PIXELS)


def tesseract_tsv_words(tsv: str, min_conf: float = 30.0) -> list[dict]:
    """Words with boxes from ``tesseract … tsv`` output, in the dict shape ``words_to_lines`` takes. Specks
    (a low-confidence mark, or punctuation alone) are dropped so they do not break a line's first cell."""
    words = []
    rows = tsv.splitlines()
    if not rows:
        return words
    head = rows[0].split("\t")
    col = {name: k for k, name in enumerate(head)}
    for row in rows[1:]:
        f = row.split("\t")
        if len(f) < len(head) or f[col["level"]] != "5":
            continue
        text = f[col["text"]].strip()
        try:
            conf = float(f[col["conf"]])
            left, top, wd, ht = (int(f[col[k]]) for k in ("left", "top", "width", "height"))
        except ValueError:
            continue
        if not text or conf < min_conf and not any(c.isalnum() for c in text) \
                or not any(c.isalnum() for c in text) and len(text) <= 2 and conf < 80:
            continue
        words.append({"text": text, "x0": float(left), "x1": float(left + wd), "top": float(top),
                      "bottom": float(top + ht)})
    return words


def _clean_ocr(text: str) -> list[str]:
    # collapse runs of spaces but keep the TABs the layout reader put between columns
    return [re.sub(r" +", " ", l).strip(" ") for l in text.splitlines() if l.strip()]


def _iter_pdfplumber_pages(pdf, max_pages: int):
    """Yield pdfplumber Page objects one at a time (pdf.pages would build and keep them all)."""
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page as PlumberPage

    doctop = 0.0
    gen = PDFPage.create_pages(pdf.doc)
    for i, page_obj in enumerate(itertools.islice(gen, max_pages)):
        p = PlumberPage(pdf, page_obj, page_number=i + 1, initial_doctop=doctop)
        doctop += p.height
        yield p


def _count_pages(data: bytes) -> int | None:
    """Page count without parsing content (pdfium reads the page tree only)."""
    try:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(data)
        try:
            return len(doc)
        finally:
            doc.close()
    except Exception:
        return None


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
    R.FPDFText_GetText(textpage, 0, n, (ctypes.c_ushort * (n + 1)).from_buffer(buf))
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
    for i, (line_runs, line_text) in enumerate(zip(run_lines, lines)):
        if not flags[i] and " " in line_text and _wider_than_its_text(line_runs, line_text):
            flags[i] = True
    if _has_attendance_heading(text):
        return [True] * len(lines), run_lines
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

    def iter(self, max_pages: int, deadline: float | None = None):
        total = min(len(self.doc), max_pages)
        self._forked = forked = _fork_readers(self._read, total, deadline)
        for i in range(total):
            done = forked.get(i)
            yield i + 1, (self._read if done is None else _prefetched), (i if done is None else done)

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


class _PlumberSource:
    """Pages from pdfplumber, one at a time, each page's cache freed after use (bounded memory)."""

    def __init__(self, data: bytes):
        import pdfplumber

        self.pdf = pdfplumber.open(io.BytesIO(data), password="")
        self._total = _count_pages(data)

    def count(self) -> int | None:
        return self._total

    def iter(self, max_pages: int, deadline: float | None = None):
        for page in _iter_pdfplumber_pages(self.pdf, max_pages):
            yield page.page_number, self._read, page

    @staticmethod
    def _read(page):
        try:
            words = page.extract_words(x_tolerance_ratio=0.15, y_tolerance=3, keep_blank_chars=False)
            lines = words_to_lines(words, float(page.width))
            has_images = bool(page.images) if not lines else False
            return lines, has_images
        finally:
            page.close()  # pdfplumber caches every parsed object per page: free it now

    def close(self):
        try:
            self.pdf.close()  # walks the page tree to free each page: a broken tree must not fail the close
        except Exception as exc:
            log.debug("pdfplumber could not close cleanly: %s", _short(exc))


# "pdfium": plain text, word boxes only where layout matters (default); "pdfium-chars": word boxes from
# character boxes on every page (the previous default, kept as the reference); "pdfplumber": pdfminer.
ENGINES = ("pdfium", "pdfium-chars", "pdfplumber")


# --- reading pages in forked readers ---------------------------------------------------------------------

# Pages of one long PDF are read by up to this many processes (the caller's and forked ones). A run that
# already extracts several documents at once sets BOARDPAPERS_PAGE_WORKERS=1 in its workers.
PAGE_WORKERS_ENV = "BOARDPAPERS_PAGE_WORKERS"
PAGES_PER_FORK = 150  # below this a fork costs more than it saves


class _PageReadFailed(Exception):
    """A page a forked reader could not read; the message is that reader's description."""


def _prefetched(outcome):
    ok, value = outcome
    if not ok:
        raise _PageReadFailed(value)
    return value


def page_workers() -> int:
    configured = os.environ.get(PAGE_WORKERS_ENV, "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _fork_readers(read, total: int, deadline: float | None) -> _ForkedPages:
    """Read the later part of ``total`` pages in forked children while the caller reads the first part;
    returns {page index: (True, read(i)) | (False, reason)} for the pages the children read.

    Only where a fork is safe and pays: a POSIX process running a single thread (a fork copies no other
    thread's locks), and a document long enough. A child that dies or overruns leaves its pages out of the
    result, and the caller reads them itself."""
    import threading

    workers = min(page_workers(), total // PAGES_PER_FORK)
    if workers < 2 or not hasattr(os, "fork") or threading.active_count() != 1:
        return _ForkedPages([], first=total)
    bounds = [total * k // workers for k in range(workers + 1)]
    children = []  # (pid, read end of the pipe)
    for k in range(1, workers):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: read its pages, send them back, leave without running any cleanup
            code = 1
            try:
                os.close(r)
                _die_with_parent()
                import pickle

                out = {}
                for i in range(bounds[k], bounds[k + 1]):
                    if deadline is not None and time.monotonic() > deadline:
                        break
                    try:
                        out[i] = (True, read(i))
                    except Exception as exc:
                        out[i] = (False, _short(exc))
                with os.fdopen(w, "wb") as pipe:
                    pickle.dump(out, pipe, protocol=pickle.HIGHEST_PROTOCOL)
                code = 0
            finally:
                os._exit(code)
        os.close(w)
        children.append((pid, r))
    return _ForkedPages(children, first=bounds[1])


class _ForkedPages(dict):
    """Results of forked readers, collected when the caller first asks for one of their pages."""

    def __init__(self, children, first: int):
        super().__init__()
        self._children, self._first = children, first

    def get(self, i, default=None):
        if self._children and i >= self._first:
            self._collect()
        return super().get(i, default)

    def close(self) -> None:
        """Stop readers whose pages were never asked for (a time budget spent, an error)."""
        import signal

        children, self._children = self._children, []
        for pid, r in children:
            os.close(r)
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
            os.waitpid(pid, 0)

    def _collect(self) -> None:
        import pickle

        children, self._children = self._children, []
        for pid, r in children:
            try:
                with os.fdopen(r, "rb") as pipe:
                    self.update(pickle.load(pipe))
            except Exception as exc:  # the child died: its pages are read again by the caller
                log.warning("a forked page reader failed (%s); reading its pages in process", _short(exc))
            finally:
                os.waitpid(pid, 0)


def _die_with_parent() -> None:
    """Linux: a forked reader is killed with the process that forked it (a sandbox that times out)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except Exception:
        pass


def _open_source(data: bytes, engine: str):
    if engine not in ENGINES:
        raise ValueError(f"unknown PDF engine {engine!r}: use one of {', '.join(ENGINES)}")
    try:
        if engine == "pdfplumber":
            return _PlumberSource(data)
        return _PdfiumSource(data, char_boxes=engine == "pdfium-chars")
    except Exception as exc:
        # pdfium's error code is process-global (FPDF_GetLastError) and can be stale from an earlier
        # document, so only pdfminer's password error is trusted; a pdfium failure falls back to it.
        if engine == "pdfplumber" and _is_password_error(exc):
            raise ExtractionError("encrypted PDF", "it needs a password to open") from None
        raise


def _pdf_extract(data: bytes, max_pages: int, timeout_s: float, engine: str = "pdfium") -> _PdfResult:
    start = time.monotonic()
    deadline = start + timeout_s
    res = _PdfResult()
    other = "pdfium" if engine == "pdfplumber" else "pdfplumber"
    try:
        src = _open_source(data, engine)
    except ExtractionError:
        raise
    except Exception as first:
        # the two parsers repair different damage: try the other one before calling the file corrupt
        try:
            src = _open_source(data, other)
        except ExtractionError:
            raise
        except Exception as second:
            raise ExtractionError(
                "corrupt PDF", f"it could not be parsed ({_short(first)}; {_short(second)})"
            ) from None
        res.warnings.append(f"{engine} could not open it ({_short(first)}); read with {other}")

    tesseract = shutil.which("tesseract")
    pdfium_doc = None
    page_lines: list[list[str]] = []
    flags: list[tuple[bool, bool]] = []  # (image_only, ocr)
    numbers: list[int] = []
    total = src.count()
    try:
        pages_iter = src.iter(max_pages, deadline)
        while True:
            if numbers and time.monotonic() > deadline:  # always read at least one page
                res.partial = True
                res.warnings.append(f"time budget of {timeout_s:g}s exceeded: stopped after {len(numbers)} pages")
                break
            try:
                n, read, handle = next(pages_iter)
            except StopIteration:
                break
            except Exception as exc:
                if _is_password_error(exc):
                    raise ExtractionError("encrypted PDF", "it needs a password to open") from None
                res.partial = True
                res.warnings.append(f"page tree broken after page {len(numbers)}: {_short(exc)}")
                break
            try:
                lines, has_images = read(handle)
            except Exception as exc:
                res.partial = True
                res.warnings.append(f"page {n} skipped: {_short(exc)}")
                continue
            image_only = ocr = False
            if not lines and has_images:
                if tesseract and time.monotonic() < deadline:
                    try:
                        if pdfium_doc is None:
                            import pypdfium2 as pdfium

                            pdfium_doc = pdfium.PdfDocument(data)
                        text = _ocr_page(pdfium_doc, n - 1, min(OCR_PAGE_TIMEOUT_S, deadline - time.monotonic()))
                    except Exception as exc:
                        text = None
                        res.warnings.append(f"page {n}: OCR failed ({_short(exc)})")
                    if text is not None:
                        lines, ocr = _clean_ocr(text), True
                    else:
                        image_only = True
                        res.warnings.append(f"page {n}: no text layer and OCR did not finish")
                else:
                    image_only = True
                    why = "tesseract is not installed" if not tesseract else "time budget spent"
                    res.warnings.append(f"page {n}: no text layer ({why}); page text left empty")
            page_lines.append(lines)
            flags.append((image_only, ocr))
            numbers.append(n)
    finally:
        src.close()
        if pdfium_doc is not None:
            pdfium_doc.close()

    if total is not None and total > max_pages:
        res.partial = True
        res.warnings.append(f"document has {total} pages: only the first {max_pages} were extracted")
    if not numbers:
        if res.partial:  # there were pages, and every one failed
            raise ExtractionError("corrupt PDF", "no page could be read (" + "; ".join(res.warnings)[:300] + ")")
        raise ExtractionError("no pages", "the PDF has zero pages")

    # Furniture removal needs whole-document counts; OCR'd pages are left as read.
    cleaned = remove_headers_footers([l if not f[1] else [] for l, f in zip(page_lines, flags)])
    for n, lines, orig, (image_only, ocr) in zip(numbers, cleaned, page_lines, flags):
        final = dehyphenate(orig if ocr else lines)
        res.pages.append(Page(number=n, text="\n".join(final), image_only=image_only, ocr=ocr))
    return res


def _short(exc: BaseException) -> str:
    if isinstance(exc, _PageReadFailed):  # already described by the reader that failed
        return str(exc)[:200]
    s = f"{type(exc).__name__}: {exc}".strip()
    return s[:200]


def pdfium_text_pages(data: bytes, *, max_pages: int = DEFAULT_MAX_PAGES) -> list[Page]:
    """Fast plain-text path (pypdfium2): no column tabs, pdfium's own line breaks. Used as a fallback when
    pdfminer cannot parse a file that pdfium can repair, and measured in benchmarks/extraction_bench.py."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        out = []
        for i in range(min(len(doc), max_pages)):
            page = doc[i]
            try:
                tp = page.get_textpage()
                text = tp.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
                tp.close()
            finally:
                page.close()
            lines = [l.rstrip() for l in text.split("\n")]
            out.append(Page(number=i + 1, text="\n".join(l for l in lines if l.strip())))
        return out
    finally:
        doc.close()


def pdf_pages(
    data: bytes,
    *,
    max_pages: int = DEFAULT_MAX_PAGES,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    engine: str = "pdfium",
) -> tuple[list[Page], list[str]]:
    """Text of a PDF, page by page, in reading order (see the module docstring for the line contract).

    ``engine`` picks where word positions come from: "pdfium" (default, fast) or "pdfplumber" (pdfminer);
    both feed the same line building. If one cannot open the file the other is tried.
    Raises ``ExtractionError`` for encrypted (non-empty password), corrupt and zero-page PDFs. Partial
    results (page limit, time budget, skipped pages) are reported in the warnings; ``document_pages`` also
    gives the flag.
    """
    res = _pdf_extract(data, max_pages, timeout_s, engine)
    return res.pages, res.warnings


# --- HTML ------------------------------------------------------------------------------------------------

_BLOCK_TAGS = {
    "p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "dt", "dd",
    "section", "article", "blockquote", "pre", "hr", "caption", "tbody", "thead", "tfoot", "form", "fieldset",
    "address", "main", "aside", "figure", "figcaption",
}  # fmt: skip
_CELL_TAGS = {"td", "th"}
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "head", "nav", "button",
              "select", "input", "textarea")  # fmt: skip
# Chrome on ModernGov / CMIS / typical CMS pages that is not the document's text.
_CHROME_SELECTORS = (
    "header", "footer", "#header", "#footer", ".header", ".footer", "#skip", ".skip-link", "#breadcrumb",
    ".breadcrumb", ".breadcrumbs", "#cookie", ".cookie", ".cookie-banner", "#cookieBanner", "#navigation",
    ".navigation", ".menu", "#menu", ".sidebar", "#sidebar", "[role=navigation]", "[role=banner]",
    "[role=contentinfo]", ".mgLinks", "#mgLinks",
)  # fmt: skip
_ESCAPED_HTML = re.compile(r"&lt;\s*(p|div|span|table|br|td|tr|h\d|ul|li|font|b|i|o:p)\b", re.I)


def _unescape_word_html(text: str) -> str:
    """ModernGov's web service returns Word HTML escaped inside XML elements (``&lt;p class=MsoNormal&gt;``).
    If escaped tags dominate, unescape once so they parse as markup."""
    escaped = len(_ESCAPED_HTML.findall(text))
    if escaped and escaped >= len(re.findall(r"<\s*(p|div|span|table|td|br)\b", text, re.I)):
        return htmllib.unescape(text)
    return text


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    head = data[:2048].decode("ascii", "ignore").lower()
    m = re.search(r"charset=[\"']?([\w-]+)", head)
    if m:
        try:
            return data.decode(m.group(1), "replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def html_to_lines(markup: str) -> list[str]:
    from bs4 import BeautifulSoup, NavigableString, Tag
    from bs4.element import Comment, ProcessingInstruction, Declaration, Doctype, CData

    markup = _unescape_word_html(markup)
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(list(_DROP_TAGS)):
        tag.decompose()
    for sel in _CHROME_SELECTORS:
        try:
            found = soup.select(sel)
        except Exception:
            continue
        for tag in found:
            # never strip something holding most of the page (some sites wrap everything in <header>)
            if len(tag.get_text()) < 0.5 * max(len(soup.get_text()), 1):
                tag.decompose()
    root = soup.select_one("div#modgov") or soup.body or soup

    lines: list[str] = []
    cur: list[str] = []  # pieces of the current line; "\t" marks a cell boundary
    flowing: dict[int, bool] = {}  # cell id -> holds flowing text (see _flowing_cell)

    def flush():
        text = "".join(cur)
        cur.clear()
        # collapse spaces (incl. nbsp) but keep tabs as cell separators
        parts = [re.sub(r"[^\S\t]+", " ", p).strip() for p in text.split("\t")]
        while parts and not parts[-1]:
            parts.pop()
        while parts and not parts[0]:
            parts.pop(0)
        joined = "\t".join(p for p in parts if p)
        if joined:
            lines.append(joined)

    def walk(node):
        for child in node.children:
            if isinstance(child, (Comment, ProcessingInstruction, Declaration, Doctype, CData)):
                continue
            if isinstance(child, NavigableString):
                cur.append(str(child).replace("\t", " ").replace("\n", " "))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower() if child.name else ""
            if name == "br":
                flush()
                continue
            if name in _CELL_TAGS:
                cur.append("\t")
                walk(child)
                cur.append("\t")
                continue
            if name in _BLOCK_TAGS:
                # a block inside a table cell must not break the row apart — unless the cell holds flowing
                # text (a layout table such as ModernGov's item table: number | title, "Minutes:", paragraphs)
                cell = child.find_parent(list(_CELL_TAGS))
                if cell is not None and name not in ("tr", "table") and not _flowing_cell(cell, flowing):
                    cur.append(" ")
                    walk(child)
                    cur.append(" ")
                else:
                    flush()
                    walk(child)
                    flush()
                continue
            walk(child)

    walk(root)
    flush()
    return lines


_FLOW_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")


def _flowing_cell(cell, cache: dict[int, bool]) -> bool:
    """A table cell used for layout rather than data: several paragraphs of running text (ModernGov puts a
    whole minute — title, "Minutes:", paragraphs, "RESOLVED …" — in one cell). Its paragraphs stay lines.
    A data cell (a name, a role, a two-line address) stays one cell of one row."""
    key = id(cell)
    if key not in cache:
        blocks = [b for b in cell.find_all(_FLOW_BLOCKS) if b.get_text(strip=True)]
        text_len = len(cell.get_text(" ", strip=True))
        cache[key] = len(blocks) >= 3 or (len(blocks) >= 2 and text_len > 200)
    return cache[key]


def html_pages(data: bytes | str) -> list[Page]:
    """HTML (a minutes page, a ModernGov item body, escaped Word HTML) as one Page of lines."""
    text = data if isinstance(data, str) else _decode(data)
    return [Page(number=1, text="\n".join(html_to_lines(text)))]


# --- other formats ---------------------------------------------------------------------------------------


def _docx_pages(data: bytes) -> list[Page]:
    """Paragraphs and table rows of a .docx (cells joined by TAB), as one Page."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("word/document.xml")
        if info.file_size > 200_000_000:
            raise ExtractionError("document too large", "word/document.xml is over 200 MB uncompressed")
        xml = zf.read(info)
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    try:
        root = etree.fromstring(xml, parser=etree.XMLParser(resolve_entities=False, huge_tree=False))
    except etree.LxmlError as exc:
        if _out_of_memory(exc):  # libxml2 could not allocate: the sandbox reports it as too large
            raise MemoryError(str(exc)) from None
        raise ExtractionError("corrupt Word document", _short(exc)) from None
    lines: list[str] = []

    def para_text(p) -> str:
        parts = []
        for el in p.iter(ns + "t", ns + "tab", ns + "br"):
            parts.append(el.text or "" if el.tag == ns + "t" else " ")
        return re.sub(r"\s+", " ", "".join(parts)).strip()

    body = root.find(ns + "body")
    for el in body if body is not None else []:
        if el.tag == ns + "p":
            t = para_text(el)
            if t:
                lines.append(t)
        elif el.tag == ns + "tbl":
            for tr in el.iter(ns + "tr"):
                cells = [" ".join(filter(None, (para_text(p) for p in tc.iter(ns + "p")))) for tc in tr.findall(ns + "tc")]
                row = "\t".join(c for c in cells if c)
                if row:
                    lines.append(row)
    return [Page(number=1, text="\n".join(lines))]


def _out_of_memory(exc: Exception) -> bool:
    from lxml import etree

    entries = list(getattr(exc, "error_log", None) or [])
    return "memory" in str(exc).lower() or any(
        e.type == etree.ErrorTypes.ERR_NO_MEMORY or "memory" in (e.message or "").lower() for e in entries)


def _text_pages(data: bytes) -> list[Page]:
    text = _decode(data).replace("\r\n", "\n").replace("\r", "\n")
    pages = text.split("\f")  # form feeds (pdftotext output) separate pages
    return [
        Page(number=i + 1, text="\n".join(l.rstrip() for l in p.split("\n")).strip("\n"))
        for i, p in enumerate(pages)
        if p.strip() or len(pages) == 1
    ]


# --- sniffing and dispatch -------------------------------------------------------------------------------

_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title", b"<div", b"<p>",
                 b"<p ", b"<table", b"<br", b"<h1", b"<h2", b"<span", b"&lt;p", b"&lt;div")  # fmt: skip
_IMAGE_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"II*\x00": "TIFF image",
    b"MM\x00*": "TIFF image",
    b"\xd0\xcf\x11\xe0": "legacy Office (OLE) file",
    b"Rar!": "RAR archive",
    b"\x1f\x8b": "gzip archive",
}


def _describe(data: bytes) -> str:
    for magic, what in _IMAGE_MAGIC.items():
        if data.startswith(magic):
            return what
    if data.startswith(b"PK\x03\x04"):
        return "zip archive"
    return "binary data"


def _looks_text(sample: bytes) -> bool:
    if not sample or b"\x00" in sample:
        return False
    try:
        s = sample.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start < len(sample) - 4:  # a cut multi-byte char at the end is fine
            try:
                s = sample.decode("cp1252")
            except UnicodeDecodeError:
                return False
        else:
            s = sample[: e.start].decode("utf-8")
    printable = sum(1 for c in s if c.isprintable() or c in "\r\n\t\f")
    return printable >= 0.95 * max(len(s), 1)


def sniff(data: bytes, content_type: str | None = None, filename: str | None = None) -> str:
    """"pdf" | "html" | "text" | "docx" | "unknown": magic bytes first, then content type, then file name.

    Servers lie: an HTML error page served as ``application/pdf`` with a ``.pdf`` name is "html".
    """
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                if "word/document.xml" in zf.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            pass
        return "unknown"
    for magic in _IMAGE_MAGIC:
        if head.startswith(magic):
            return "unknown"
    sample = data[:4096]
    if not _looks_text(sample):
        return "unknown"
    low = sample.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if any(m in low for m in _HTML_MARKERS):
        return "html"
    ct = (content_type or "").split(";")[0].strip().lower()
    if ct in ("text/html", "application/xhtml+xml"):
        return "html"
    fn = (filename or "").lower().split("?")[0]
    if fn.endswith((".htm", ".html", ".aspx", ".asp", ".php")):
        return "html"
    return "text"


def document_pages(
    data: bytes,
    content_type: str | None = None,
    filename: str | None = None,
    *,
    max_pages: int = DEFAULT_MAX_PAGES,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    engine: str = "pdfium",
) -> tuple[list[Page], list[str], bool]:
    """Pages, warnings and the partial flag for any supported document.

    Raises ``ExtractionError`` (one-line reason) for: empty file, unsupported type, corrupt or encrypted PDF,
    no pages.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not data:
        raise ExtractionError("empty file", "0 bytes")
    kind = sniff(data, content_type, filename)
    warnings: list[str] = []
    partial = False
    label = content_type or filename or "no content type"
    if kind == "pdf":
        res = _pdf_extract(data, max_pages, timeout_s, engine)
        pages, warnings, partial = res.pages, res.warnings, res.partial
    elif kind == "html":
        pages = html_pages(data)
        if content_type and "pdf" in content_type.lower() or (filename or "").lower().endswith(".pdf"):
            warnings.append(f"served as PDF ({label}) but is HTML (an error page?)")
    elif kind == "docx":
        try:
            pages = _docx_pages(data)
        except (KeyError, zipfile.BadZipFile, ValueError) as exc:
            raise ExtractionError("corrupt Word document", _short(exc)) from None
    elif kind == "text":
        pages = _text_pages(data)
    else:
        raise ExtractionError("unsupported document type", f"{_describe(data)} ({label})")
    if not pages:
        raise ExtractionError("no pages", "the document has no pages")
    return pages, warnings, partial
