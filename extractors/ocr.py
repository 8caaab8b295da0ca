"""OCR of a PDF page without a text layer: tesseract's word boxes read by the same line reader as text pages."""
from __future__ import annotations

import io
import math
import os
import re
import subprocess
from statistics import median as _median

from .layout import words_to_lines

OCR_DPI = 200
OCR_MAX_PIXELS = 40_000_000  # cap on a rendered OCR bitmap (~120 MB RGB) whatever the page size claims
OCR_PAGE_TIMEOUT_S = 60.0


def _ocr_page(pdfium_doc, index: int, timeout_s: float) -> str | None:
    """OCR one page with tesseract, read through the same layout reader as text pages (``words_to_lines``):
    Tesseract's word boxes (TSV) rather than its own block order, so a scanned name | role table keeps each
    row on one line with its cells TAB-separated. None if tesseract failed or timed out."""
    page = pdfium_doc[index]
    try:
        img = remove_rules(_page_image(page))
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        width = img.width
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
    tsv = proc.stdout.decode("utf-8", "replace")
    for box in stacked_regions(tsv):
        tsv = _reread_region(buf.getvalue(), tsv, box, env, timeout_s)
    words = tesseract_tsv_words(tsv, image=img)
    strip = margin_strip(words)
    if strip is not None:
        words += _margin_numbers(buf.getvalue(), tsv_tilt(tsv), strip, words, env, timeout_s)
    return "\n".join(words_to_lines(words, width))


# A ruled table's borders (a decision summary's grid): tesseract's page layout reads a ruled grid as a picture or as
# "T"/"a" marks and then drops whole rows and columns of the cells inside it. Long straight dark runs that are thin
# (light a few pixels either side) are whitened before OCR; a line of text is thicker than the gap.
RULE_BIN = 24  # px along the run averaged together: short enough that a rule fed 1.5° askew fills bins in each row
RULE_GAP = 4  # px either side that must be light: a rule is thinner than this, a line of text is thicker (its x-height)
RULE_RUN = 4  # bins in a row: 96 px, longer than a word's worth of capitals' bars
RULE_DARK, RULE_LIGHT = 110, 200  # a bin this dark on the run (a thin grey rule of a 150 dpi scan), this light either side


def _rule_mask(img, horizontal: bool):
    """Where ``img`` has a thin rule along one axis, as a mask at bin scale (white on the rule), or None."""
    from PIL import Image, ImageChops

    w, h = img.size
    small = img.resize((max(w // RULE_BIN, 1), h) if horizontal else (w, max(h // RULE_BIN, 1)), Image.BOX)
    dark = small.point(lambda v: 255 if v < RULE_DARK else 0)
    if dark.getbbox() is None:
        return None
    light = small.point(lambda v: 255 if v > RULE_LIGHT else 0)
    across = (lambda n: (0, n)) if horizontal else (lambda n: (n, 0))
    along = (lambda n: (n, 0)) if horizontal else (lambda n: (0, n))
    mask = ImageChops.darker(dark, ImageChops.darker(_shifted(light, *across(RULE_GAP)), _shifted(light, *across(-RULE_GAP))))
    # and only where RULE_RUN bins in a row are: a rule is long, the bars of capitals side by side ("EE") are not.
    # The next bins may sit two pixels off across, the drift of a sheet fed askew.
    near = mask
    for n in (1, -1, 2, -2):
        near = ImageChops.lighter(near, _shifted(mask, *across(n)))
    start = mask
    for n in range(1, RULE_RUN):
        start = ImageChops.darker(start, _shifted(near, *along(-n)))
    mask = start
    for n in range(1, RULE_RUN):
        mask = ImageChops.lighter(mask, _shifted(start, *along(n)))
    if mask.getbbox() is None:
        return None
    # one bin on along the run (its ends fall inside a bin the average missed) and two pixels across (grey edges)
    grown = mask
    for dx, dy in (along(1), along(-1), across(1), across(-1), across(2), across(-2)):
        grown = ImageChops.lighter(grown, _shifted(mask, dx, dy))
    return grown.resize((w, h), Image.NEAREST)


def _shifted(img, dx: int, dy: int):
    """``img`` moved by (dx, dy), black where it moved away from (no wrap-round)."""
    from PIL import Image

    out = Image.new(img.mode, img.size, 0)
    out.paste(img, (dx, dy))
    return out


def remove_rules(img):
    """``img`` (greyscale) with its long thin horizontal and vertical rules whitened; the same image when it has none."""
    from PIL import ImageChops

    masks = [m for m in (_rule_mask(img, True), _rule_mask(img, False)) if m is not None]
    if not masks:
        return img
    out = img.copy()
    out.paste(255, mask=masks[0] if len(masks) == 1 else ImageChops.lighter(*masks))
    return out


# A column of one-a-line rows that all open with the same word ("Cllr Mr …" down a list of members): tesseract's
# page layout takes the letters stacked in a column (the l's of Cllr) for a ruled line and the rest for vertical
# text, then reads the whole column as one "word" as tall as the list. Its block is read again as one uniform
# block (`--psm 6`: no line or column finding), whose lines are the rows.
STACKED_MIN_LINES = 3.0  # a word this many times taller than the page's words spans several lines
STACKED_PAD = 20  # px of white round the region read again


def _rows(tsv: str) -> tuple[list[str], dict[str, int], list[list[str]]]:
    rows = tsv.splitlines()
    head = rows[0].split("\t") if rows else []
    col = {name: k for k, name in enumerate(head)}
    return head, col, [r.split("\t") for r in rows[1:] if len(r.split("\t")) >= len(head)]


def _box(f: list[str], col: dict[str, int]) -> tuple[int, int, int, int]:
    left, top = int(f[col["left"]]), int(f[col["top"]])
    return left, top, left + int(f[col["width"]]), top + int(f[col["height"]])


def _word_height(parsed: list[list]) -> float | None:
    """The median height of the words tesseract read surely (two letters or more), None without any."""
    sure = [w[5] for w in parsed if w[1] >= DESKEW_MIN_CONF and sum(c.isalnum() for c in w[0]) >= 2]
    return _median(sure) if sure else None


def _stacked(w: list, height: float) -> bool:
    """A parsed word standing several of the page's lines tall and taller than wide: a column read as vertical text."""
    return w[5] >= STACKED_MIN_LINES * height and w[5] > w[4]


def stacked_regions(tsv: str) -> list[tuple[int, int, int, int]]:
    """(x0, top, x1, bottom) of each tesseract block that a word standing several lines tall (and taller than
    wide) overlaps, with every block overlapping that word: the region to read again."""
    parsed = _parse_tsv(tsv)[0]
    height = _word_height(parsed)
    if height is None:
        return []
    tall = [(w[2], w[3], w[2] + w[4], w[3] + w[5]) for w in parsed if _stacked(w, height)]
    if not tall:
        return []
    _, col, rows = _rows(tsv)
    blocks = [_box(f, col) for f in rows if f[col["level"]] == "2"]
    regions = []
    for t in tall:
        near = [b for b in blocks if b[0] < t[2] and t[0] < b[2] and b[1] < t[3] and t[1] < b[3]]
        box = (min(b[0] for b in near), min(b[1] for b in near), max(b[2] for b in near), max(b[3] for b in near))
        if box not in regions:
            regions.append(box)
    return regions


def _reread_region(png: bytes, tsv: str, box: tuple[int, int, int, int], env, timeout_s: float) -> str:
    """``tsv`` with the words whose centre lies in ``box`` replaced by a `--psm 6` reading of that region
    (its blocks numbered after the page's own). The same ``tsv`` when the second reading fails."""
    from PIL import Image

    img = Image.open(io.BytesIO(png))
    x0, top, x1, bottom = max(box[0], 0), max(box[1], 0), min(box[2], img.width), min(box[3], img.height)
    region = _ocr_block(img.crop((x0, top, x1, bottom)), STACKED_PAD, [], env, timeout_s)
    if region is None:
        return tsv
    head, col, rows = _rows(tsv)

    def inside(f: list[str], dx: int = 0, dy: int = 0) -> bool:
        a, b, c, d = _box(f, col)
        cx, cy = (a + c) / 2 + dx, (b + d) / 2 + dy
        return x0 <= cx <= x1 and top <= cy <= bottom

    first_block = 1 + max((int(f[col["block_num"]]) for f in rows), default=0)
    kept = [f for f in rows if f[col["level"]] != "5" or not inside(f)]
    _, col2, again = _rows(region)
    dx, dy = x0 - STACKED_PAD, top - STACKED_PAD
    for f in again:
        if f[col2["level"]] != "5" or not inside(f, dx, dy):
            continue
        f = list(f)
        f[col2["left"]] = str(int(f[col2["left"]]) + dx)
        f[col2["top"]] = str(int(f[col2["top"]]) + dy)
        f[col2["block_num"]] = str(int(f[col2["block_num"]]) + first_block)
        kept.append([f[col2[name]] for name in head])
    return "\n".join(["\t".join(head)] + ["\t".join(f) for f in kept])


def _ocr_block(crop, pad: int, options: list[str], env, timeout_s: float) -> str | None:
    """tesseract's TSV for ``crop`` read as one uniform block (`--psm 6`), with ``pad`` px of white round it
    (tesseract misses a glyph that touches the image's edge); None if it failed or timed out."""
    from PIL import ImageOps

    png = io.BytesIO()
    ImageOps.expand(crop, pad, fill=255).save(png, format="PNG")
    try:
        proc = subprocess.run(["tesseract", "stdin", "stdout", "--psm", "6", *options, "tsv"], input=png.getvalue(),
                              capture_output=True, timeout=max(timeout_s, 1.0), env=env)
    except subprocess.TimeoutExpired:
        return None
    if proc.returncode != 0:
        return None
    return proc.stdout.decode("utf-8", "replace")


# Item numbers printed alone in a left column ("3.", a lone roman "I") beside headings indented to the body's edge:
# tesseract's page layout often drops them as too small a block. The strip left of the body's edge is read again
# on its own as one block, for item numbers only, when the page's lines mostly start at an indent with text further left.
MARGIN_MIN_INDENT = 3.0  # line heights between the leftmost line start and the body's edge
MARGIN_MIN_LINES = 3  # lines that start at the body's edge, to call it one
MARGIN_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.?)$")
MARGIN_MIN_CONF = 30.0
MARGIN_PAD = 20  # px


def _line_starts(words: list[dict]) -> list[dict]:
    """The words that open a visual line: no word on the same band ends left of them."""
    starts = []
    for w in words:
        mid = (w["top"] + w["bottom"]) / 2
        if not any(o is not w and o["top"] < mid < o["bottom"] and o["x1"] <= w["x0"] for o in words):
            starts.append(w)
    return starts


def margin_strip(words: list[dict]) -> tuple[float, float, float, float] | None:
    """(x0, top, x1, bottom) of a left column that may hold dropped item numbers: most lines start at one
    edge (the body's), and some text starts well left of it. None on a page without such an indent."""
    starts = [w for w in _line_starts(words) if any(c.isalpha() for c in w["text"])]
    if len(starts) < MARGIN_MIN_LINES:
        return None
    height = _median([w["bottom"] - w["top"] for w in words])
    bins: dict[int, list[dict]] = {}
    for w in starts:
        bins.setdefault(round(w["x0"] / height), []).append(w)
    left = min(w["x0"] for w in starts)
    # the body: the commonest line start well right of the leftmost one (in a table whose numbers column holds as
    # many headings as the description column holds lines, the indented column still counts)
    indented = [ws for ws in bins.values() if min(w["x0"] for w in ws) - left >= MARGIN_MIN_INDENT * height]
    if not indented:
        return None
    body = max(indented, key=len)
    edge = min(w["x0"] for w in body)
    if len(body) < MARGIN_MIN_LINES or len(body) < max(map(len, bins.values())):
        return None
    return (max(left - height, 0.0), min(w["top"] for w in body) - height, edge - height / 2,
            max(w["bottom"] for w in body) + height)


def _margin_numbers(png: bytes, tilt: float | None, strip, words: list[dict], env, timeout_s: float) -> list[dict]:
    """Item numbers read in the margin strip, each beside a line of the page that has no word in the strip.
    The strip is in the word boxes' frame, turned level by ``tilt``: the page is turned the same way first."""
    from PIL import Image

    x0, top, x1, bottom = (round(v) for v in strip)
    img = Image.open(io.BytesIO(png))
    if tilt is not None:
        img = img.rotate(math.degrees(tilt), resample=Image.BILINEAR, fillcolor=255)
    top = max(top, 0)
    region = _ocr_block(img.crop((x0, top, x1, min(bottom, img.height))), MARGIN_PAD,
                        ["-c", "tessedit_char_whitelist=0123456789.IVX"], env, timeout_s)
    if region is None:
        return []
    found = []
    for w in tesseract_tsv_words(region):
        dx, dy = x0 - MARGIN_PAD, top - MARGIN_PAD
        w = dict(w, x0=w["x0"] + dx, x1=w["x1"] + dx, top=w["top"] + dy, bottom=w["bottom"] + dy)
        if w["conf"] < MARGIN_MIN_CONF or not MARGIN_NUMBER.match(w["text"]):
            continue
        # the page's words it shares at least half their height with (a speck may swell the number's box)
        band = [o for o in words if min(o["bottom"], w["bottom"]) - max(o["top"], w["top"]) >= (o["bottom"] - o["top"]) / 2]
        if band and not any(o["x0"] < x1 for o in band):
            line = max(band, key=lambda o: min(o["bottom"], w["bottom"]) - max(o["top"], w["top"]))
            if w["bottom"] - w["top"] < (line["bottom"] - line["top"]) / 2:
                continue  # a speck read as "I" or "1": smaller than the line's glyphs
            found.append(dict(w, top=line["top"], bottom=line["bottom"]))
    return found


def _page_image(page):
    """The bitmap to OCR: the page's own scanned image at its native resolution when the page is one image
    that is at least as sharp as a render at OCR_DPI, else a greyscale render at OCR_DPI (capped in pixels)."""
    import pypdfium2.raw as R

    w, h = page.get_size()
    images = list(page.get_objects(filter=[R.FPDF_PAGEOBJ_IMAGE], max_depth=2))
    if len(images) == 1:
        obj = images[0]
        try:
            left, bottom, right, top = _image_bounds(obj)
            px_w, px_h = obj.get_px_size()
            covers = (right - left) * (top - bottom) >= 0.8 * w * h
            native_dpi = px_w / max((right - left) / 72, 1e-6)
            if covers and native_dpi >= OCR_DPI * 0.95 and px_w * px_h <= OCR_MAX_PIXELS:
                return obj.get_bitmap(render=False).to_pil().convert("L")
        except Exception:  # an image pdfium cannot decode on its own: render the page instead
            pass
    scale = OCR_DPI / 72
    if w * h * scale * scale > OCR_MAX_PIXELS:
        scale = (OCR_MAX_PIXELS / (w * h)) ** 0.5
    bitmap = page.render(scale=scale, grayscale=True)
    return bitmap.to_pil()


def _image_bounds(obj) -> tuple[float, float, float, float]:
    # pypdfium2 5.x names it get_bounds; 4.x get_pos (calling the missing one silently sent every scan to a re-render)
    get = getattr(obj, "get_bounds", None) or obj.get_pos
    return get()


def _parse_tsv(tsv: str) -> tuple[list[list], int, int]:
    """tesseract's words as ``[text, conf, left, top, width, height, line]``, and the page's width and height."""
    parsed = []
    page_w = page_h = 0
    _, col, rows = _rows(tsv)
    for f in rows:
        if f[col["level"]] not in ("1", "5"):
            continue
        text = f[col["text"]].strip()
        try:
            conf = float(f[col["conf"]])
            left, top, wd, ht = (int(f[col[k]]) for k in ("left", "top", "width", "height"))
            line = tuple(int(f[col[k]]) for k in ("block_num", "par_num", "line_num"))
        except ValueError:
            continue
        if f[col["level"]] == "1":
            page_w, page_h = wd, ht
        elif text:
            parsed.append([text, conf, left, top, wd, ht, line])
    return parsed, page_w, page_h


def tsv_tilt(tsv: str) -> float | None:
    """The angle (radians) ``tesseract_tsv_words`` turns this page's word boxes by, None if it leaves them."""
    return _deskew_angle(_parse_tsv(tsv)[0])


def tesseract_tsv_words(tsv: str, min_conf: float = 30.0, image=None) -> list[dict]:
    """Words with boxes from ``tesseract … tsv`` output, in the dict shape ``words_to_lines`` takes. Specks
    (a low-confidence mark, or punctuation alone) are dropped so they do not break a line's first cell.
    ``image`` (the greyscale page tesseract read) lets a hyphen between two names be told from a speck."""
    words = []
    parsed, page_w, page_h = _parse_tsv(tsv)
    if image is not None:
        parsed = _split_speck_hyphens(parsed, image)
    height = _word_height(parsed)
    # a "word" several lines tall is a column misread as vertical text (see stacked_regions): kept, its box
    # would join every line it spans into one
    parsed = [w for w in parsed if height is None or not _stacked(w, height)]
    _deskew(parsed, page_w, page_h)
    _fit_words_to_their_line(parsed)
    for text, conf, left, top, wd, ht, _line in parsed:
        if not text or conf < min_conf and not any(c.isalnum() for c in text) \
                or not any(c.isalnum() for c in text) and len(text) <= 2 and conf < 80 \
                or len(text) >= 2 and _RULE_MARKS.fullmatch(text):
            continue
        x0 = left
        speck = _SPECK_PREFIX.match(text)
        if speck and not (set(speck.group()) & _QUOTES and text[-1] in _QUOTES):  # a quote closed is no speck
            # "-Edgar", "·Mrs": a speck on the scan read as part of the word; it also moved the word's left edge
            # off its column, so the edge moves to where the letters start
            x0 += wd * speck.end() / len(text)
            text = text[speck.end():]
        words.append({"text": text, "x0": float(x0), "x1": float(left + wd), "top": float(top),
                      "bottom": float(top + ht), "conf": conf})
    _read_bar_as_initial(words)
    _read_bar_as_roman_one(words)
    _read_l_as_capital_i(words)
    words = _mend_misreads(words)
    # a bar that is no initial is a table's rule read as text: it is no word of any cell
    return [w for w in words if w["text"] != "|"]


# "Ann-Marston": a speck of dust in the space between two names read as a hyphen. A printed hyphen is a bar at
# least twice as wide as it is thick; a speck is a dot. The mark is found in the word's pixels near where the
# hyphen's letter falls, and a dot splits the word in two there.
_HYPHENED_NAMES = re.compile(r"^([A-Z][a-z]+)-([A-Z][a-z]+\W?)$")
HYPHEN_MIN_ASPECT = 2.0  # a hyphen's width over its thickness, at least
HYPHEN_MAX_THICK = 0.25  # a hyphen (or speck) is at most this fraction of the word box's height
INK = 128  # grey level below which a pixel is ink


def _mark_near(image, left: int, top: int, wd: int, ht: int, at: float) -> tuple[int, int, int] | None:
    """(x0, x1, thickness) of the small mark (a run of ink columns whose ink is thin) nearest ``at`` inside
    the box, or None."""
    crop = image.crop((left, top, left + wd, top + ht)).point(lambda v: 255 if v < INK else 0)
    px = crop.load()
    runs, start = [], None
    for x in range(crop.width + 1):
        ink = [y for y in range(crop.height) if px[x, y]] if x < crop.width else []
        if ink and start is None:
            start, lo, hi = x, min(ink), max(ink)
        elif ink:
            lo, hi = min(lo, min(ink)), max(hi, max(ink))
        elif start is not None:
            runs.append((start, x, hi - lo + 1, lo, hi))
            start = None
    char = wd / 12  # about a letter's width in a name word
    small = [(left + a, left + b, thick) for a, b, thick, lo, hi in runs
             if thick <= HYPHEN_MAX_THICK * ht and lo > 0 and hi < crop.height - 1 and abs(left + (a + b) / 2 - at) < 2 * char]
    return min(small, key=lambda r: abs((r[0] + r[1]) / 2 - at)) if small else None


def _split_speck_hyphens(parsed: list[list], image) -> list[list]:
    out = []
    for w in parsed:
        text, conf, left, top, wd, ht, line = w
        m = _HYPHENED_NAMES.match(text)
        if not m or conf >= SPECK_MAX_CONF:
            out.append(w)
            continue
        mark = _mark_near(image, left, top, wd, ht, left + wd * (len(m.group(1)) + 0.5) / len(text))
        if mark is None or mark[1] - mark[0] >= HYPHEN_MIN_ASPECT * mark[2]:
            out.append(w)  # a printed hyphen ("Harvey-Smith"), or no mark to judge
            continue
        out.append([m.group(1), conf, left, top, mark[0] - left, ht, line])
        out.append([m.group(2), conf, mark[1], top, left + wd - mark[1], ht, line])
    return out


# A sheet fed askew tilts every line: across a wide table row the far cell drifts a line's height up or down
# and the row falls apart. Word boxes are turned back by the slope of tesseract's own lines, between these bounds.
DESKEW_MIN_DEG = 0.2  # below this a 1,300 px row drifts under 5 px, far less than half a line: left as read
DESKEW_MAX_DEG = 4.0  # beyond this tesseract's line finding itself fails; a larger estimate is a misreading
DESKEW_MIN_CONF = 60.0  # words read this surely or better measure it; a misread blob's box is no baseline
DESKEW_PAIR_SPAN = 3.0  # two words of one line measure the slope only this many word heights apart or more


def line_slope(parsed: list[list]) -> float | None:
    """The page's tilt (dy/dx, y down) from its words: per tesseract line, the median slope of the bottoms of
    word pairs far enough apart (a descender moves one bottom a little, the median ignores it); then the median
    over lines. None when no line is long enough to measure."""
    by_line: dict[tuple, list[list]] = {}
    for w in parsed:
        if w[1] >= DESKEW_MIN_CONF and sum(c.isalnum() for c in w[0]) >= 2:  # no speck sets the slope
            by_line.setdefault(w[6], []).append(w)
    slopes = []
    for ws in by_line.values():
        pairs = []
        for i, a in enumerate(ws):
            for b in ws[i + 1:]:
                dx = (b[2] + b[4] / 2) - (a[2] + a[4] / 2)
                if abs(dx) >= DESKEW_PAIR_SPAN * max(a[5], b[5]):
                    pairs.append(((b[3] + b[5]) - (a[3] + a[5])) / dx)
        if pairs:
            slopes.append(_median(pairs))
    return _median(slopes) if slopes else None


def _deskew_angle(parsed: list[list]) -> float | None:
    slope = line_slope(parsed)
    if slope is None:
        return None
    angle = math.atan(slope)
    return angle if math.radians(DESKEW_MIN_DEG) <= abs(angle) <= math.radians(DESKEW_MAX_DEG) else None


def _deskew(parsed: list[list], page_w: int, page_h: int) -> None:
    """Turn the word boxes (``[text, conf, left, top, width, height, line]``) about the page centre so that
    tesseract's lines lie level; a box keeps its width and loses the height the tilt added to it."""
    angle = _deskew_angle(parsed)
    if angle is None:
        return
    slope = math.tan(angle)
    cos, sin = math.cos(angle), math.sin(angle)
    cx, cy = page_w / 2, page_h / 2
    for w in parsed:
        left, top, wd, ht = w[2:6]
        x, y = left + wd / 2 - cx, top + ht / 2 - cy
        nx, ny = cx + x * cos + y * sin, cy - x * sin + y * cos
        nh = max(ht - wd * abs(slope), ht * 0.6)
        w[2], w[3], w[5] = round(nx - wd / 2), round(ny - nh / 2), round(nh)


# A table rule touching a word ("Tor" over a cell's border) swells its box into the row above or below, which then
# joins the two rows; a word this many times taller than its line's words takes the line's band instead.
TALL_WORD_RATIO = 1.6
# dust: a one- or two-character "word" read unsurely whose box, either way, is under half its line's height
# (a full stop stands apart from no word; "l" and "-" are taller or wider than this)
SPECK_SIZE_RATIO = 0.45
SPECK_MAX_CONF = 80.0


def _fit_words_to_their_line(parsed: list[list]) -> None:
    by_line: dict[tuple, list[list]] = {}
    for w in parsed:
        by_line.setdefault(w[6], []).append(w)
    for ws in by_line.values():
        sure = [w for w in ws if w[1] >= DESKEW_MIN_CONF]
        if not sure:
            continue
        top, bottom = _median([w[3] for w in sure]), _median([w[3] + w[5] for w in sure])
        for w in ws:
            if w[5] > TALL_WORD_RATIO * max(bottom - top, 1):
                w[3], w[5] = round(top), round(bottom - top)
            elif len(w[0]) <= 2 and w[1] < SPECK_MAX_CONF and max(w[4], w[5]) < SPECK_SIZE_RATIO * (bottom - top):
                w[0] = ""  # a speck of dust read as a letter or a mark: smaller than any glyph of its line


# a table's rules read as text ("—_|—", "__"): no word of any cell, however sure tesseract is
_RULE_MARKS = re.compile(r"[-–—_|=~]+")
# marks glued before a capital letter that starts a word: specks, never text ("-Edgar Moyo")
_QUOTES = set("\"'“”‘’")
# marks a speck on the scan is read as (a quote too), glued before a word or an item number
_SPECK_MARKS = r"[-–—~.,`·:;_\"'“”‘’]+"
# (before a word or an acronym: '"NHS Eastmere CCG Present', a group's heading, is no quotation)
_SPECK_PREFIX = re.compile(r"^" + _SPECK_MARKS + r"(?=[A-Z](?:[a-z]*|[A-Z]{1,5})\b)")
# the titles a speck sits beside on a scan (before a name, or after the title in place of its full stop)
_OCR_TITLES = r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Rev|Revd)"
_TITLE_WORD = re.compile(r"^" + _OCR_TITLES + r"\.?$")


def _read_bar_as_initial(words: list[dict]) -> None:
    """"Cllr | Williams": tesseract reads a capital I standing alone as a bar. A bar between a title and a
    capitalised word, each a normal word space away on the same line, is the initial I (a table rule stands
    apart from the text, not a space's width from it)."""
    for k in range(1, len(words) - 1):
        w = words[k]
        if w["text"] not in ("|", "l", "1"):
            continue
        prev, nxt = words[k - 1], words[k + 1]
        height = max(w["bottom"] - w["top"], prev["bottom"] - prev["top"], 1.0)
        same_line = abs(prev["top"] - w["top"]) < height and abs(nxt["top"] - w["top"]) < height
        near = 0 <= w["x0"] - prev["x1"] < height and 0 <= nxt["x0"] - w["x1"] < height
        if same_line and near and _TITLE_WORD.match(prev["text"]) and re.match(r"[A-Z][a-z]", nxt["text"]):
            w["text"] = "I"


def _read_bar_as_roman_one(words: list[dict]) -> None:
    """"| MINUTE OF MEETING": item I of a roman-numbered minute, its lone capital read as a bar. A bar that
    opens a line a word space before a capitals heading word is that I; a table's border stands a cell's
    padding off its first word, and a rule between cells has a word before it on the line."""
    for k in range(len(words) - 1):
        w, nxt = words[k], words[k + 1]
        if w["text"] != "|":
            continue
        prev = words[k - 1] if k else None
        height = max(w["bottom"] - w["top"], nxt["bottom"] - nxt["top"], 1.0)
        opens_line = prev is None or abs(prev["top"] - w["top"]) >= height or prev["x1"] > w["x0"]
        same_line = abs(nxt["top"] - w["top"]) < height / 2
        if opens_line and same_line and 0 <= nxt["x0"] - w["x1"] < 0.8 * height \
                and re.fullmatch(r"[A-Z]{2,}[A-Z,.:-]*", nxt["text"]):
            w["text"] = "I"


# "Clir", "CIlr", "Cl1r": Cllr with its l's read as i, I, 1 or a bar; the s of Cllrs and a full stop kept
_CLLR_MISREAD = re.compile(r"^C(?!llr)[lI1i|]{2}r(s?\.?)$")
# a speck after a title, before the name: "Cllr, Roger", "Dr' Ann"
_TITLE_SPECK = re.compile(r"^(" + _OCR_TITLES + r"\.?)[,'`’‘]$")
# a speck after a word's last letter read as a mark no text ends a word with: "Penhaligon°", "Hill·"
_SPECK_SUFFIX = re.compile(r"(?<=[a-z])[°·`~^¬]+$")
# two names run together over a speck where the space was: "Sarah.Scott", "Anne,Hill"
_GLUED_NAMES = re.compile(r"^([A-Z][a-z]+)[.,`·'’](?=[A-Z][a-z]+$)")
# "Maclsaac", "Mclntosh", "Mcllroy": the capital I after Mac or Mc read as l; an l there before a consonant starts
# no name (before a vowel it does: "Maclean", "Macleod")
_MAC_L_FOR_I = re.compile(r"^(Mac|Mc)l(?=[b-df-hj-np-tv-z][a-z])")


# "J. Thomas and |. Woods": the initial I read as a bar, its full stop kept (a table's rule carries no stop)
_BAR_INITIAL = re.compile(r"^\|\.$")


def _mend_misreads(words: list[dict]) -> list[dict]:
    out = []
    for w in words:
        text = _TITLE_SPECK.sub(r"\1", _CLLR_MISREAD.sub(r"Cllr\1", _SPECK_SUFFIX.sub("", w["text"])))
        text = _BAR_INITIAL.sub("I.", text)
        text = _MAC_L_FOR_I.sub(r"\1I", text)
        glued = _GLUED_NAMES.match(text)
        if glued:
            # split the box where the speck stood, in proportion to the letters
            cut = w["x0"] + (w["x1"] - w["x0"]) * len(glued.group(1)) / len(text)
            out.append(dict(w, text=glued.group(1), x1=cut))
            w = dict(w, text=text[glued.end():], x0=cut + (w["x1"] - w["x0"]) / len(text))
        else:
            w = dict(w, text=text)
        out.append(w)
    return out


# given names that start with a capital I which tesseract reads as a lower-case l ("lan Brown"); none is a word
_L_FOR_I = {"lan": "Ian", "lain": "Iain", "lsobel": "Isobel", "lvor": "Ivor", "lrene": "Irene", "lmran": "Imran",
            "lqbal": "Iqbal", "lsla": "Isla", "lmogen": "Imogen", "lngrid": "Ingrid"}


def _read_l_as_capital_i(words: list[dict]) -> None:
    """"lan Sturgess": a given name whose capital I was read as l, before a capitalised word on the same line."""
    for k in range(len(words) - 1):
        w, nxt = words[k], words[k + 1]
        fixed = _L_FOR_I.get(w["text"])
        height = max(w["bottom"] - w["top"], 1.0)
        if fixed and abs(nxt["top"] - w["top"]) < height and re.match(r"[A-Z]", nxt["text"]):
            w["text"] = fixed


# an item number or a reference with letters before it: "3.", "16.31", "BOD/22/046", "UPB(15)18"
_REF_LETTERS = r"(?:[A-Z]{2,6}[/(])?"
_LABEL = _REF_LETTERS + r"\d+(?:[./()]\d+)*"
# a speck glued before an item number that opens a line: "-3. Minutes", "~5.1 Practice merger", "-BOD/22/046 Report";
# or a lone speck a space before a reference ("- 21/34 Finance"): a bullet is not put before a numbered reference
_NUMBER_SPECK = re.compile(r"^(?:" + _SPECK_MARKS + r"(?=" + _LABEL + r"[.:]?[ \t]+[A-Z(])|[-–~.,'`·] (?=" + _REF_LETTERS
                           + r"\d+(?:[./()]\d+)+[ \t]+[A-Z(]))")
# an item number's full stop read as a comma: "44, West Yorkshire Partnership", "16,36 Internal Audit Plan"
_NUMBER_COMMA = re.compile(r"^(\d{1,3}(?:\.\d{1,2})?),(?=[ \t]+(?:/ )?[A-Z])")  # "3, / Minutes" too
_DOTTED_COMMA = re.compile(r"^(\d{1,3}),(\d{1,2})(?=[ \t]+[A-Z])")  # a thousands comma has three digits after
# "§. Annual plan": a 5 before an item's stop read as a section sign (no section sign stands before a stop)
_SECTION_FOR_FIVE = re.compile(r"^§(?=\d?\.(?:\d{1,2}\.?)?[ \t])")  # "§.2 The Board noted" too
# "3./ Minutes" for "3. / Minutes", "16/10/ Update": the space before a numbers column's slash lost
_NUMBER_SLASH = re.compile(r"^(\d{1,3}(?:[./]\d{1,3})?\.?)/(?=[ \t]+[A-Z])")
# a roman item number whose I's were read as l, | or 1 ("Il", "Ill", "lV") before a capitals heading, or two or more
# before a capitalised word ("Il Roll Call": one bar alone may be a table's rule)
_MISREAD_ROMAN_START = r"^(?=[IVXl|1]*[l|])(?![1]+\b)"  # a misread mark among the numerals, not an arabic number
_MISREAD_ROMAN_V_OR_X = r"[Il|1]{0,3}[VX][Il|1]{0,3}"
_ROMAN_MISREAD = re.compile(_MISREAD_ROMAN_START + r"([Il|1]{1,4}|" + _MISREAD_ROMAN_V_OR_X + r")(?=[ \t]+[A-Z]{2,}\b)"
                            r"|" + _MISREAD_ROMAN_START + r"([Il|1]{2,4}|" + _MISREAD_ROMAN_V_OR_X + r")(?=[ \t]+[A-Z][a-z])")
# a roman number glued to its heading by a stop, its I's read as l, |, 1 or \\, the stop as _: "|.Call To Order",
# "Ill_Approval Of Minutes", "\\V.Reports", "VIII_Adjournment" ("1.Call", "11.Call" are arabic)
_ROMAN_GLUED_MISREAD = re.compile(r"^(?![1]+[._])([Il|1\\]{1,4}|[Il|1\\]{0,3}[VX][Il|1\\]{0,3})[._](?=[A-Z][a-z])")
# "i} The Board ratified": a list label's closing bracket read as a brace
_BRACE_LABEL = re.compile(r"^(\(?(?:[ivx]{1,4}|[a-h]|\d{1,2}))\}(?=[\t ])")
# "42th January": an ordinal whose suffix does not fit it ("42nd" would) is 11th-13th with the 1 read as 4
_ORDINAL_FOUR = re.compile(r"\b4([123])th\b")
# "lt was agreed", "ln the case of": a capital I read as l; none of "lt", "ln", "lf" is a word
_L_FOR_I_WORD = re.compile(r"(?<![\w'’-])l([tnf])(?= [a-z])")
# "RESOLVEDthat": a capitals word run into the lower-case word after it where the space was too narrow
_GLUED_CAPITALS = re.compile(r"\b([A-Z]{4,})(?=[a-z]{3,}\b)")


def _roman_is(text: str) -> str:
    return re.sub(r"[l|1\\]", "I", text)


def _mend_line(line: str) -> str:
    """Misreads that show only in a line's text: an item number's specks and stops, roman numbers, a
    sentence's capital I, and a capitals word glued to the next."""
    line = _NUMBER_COMMA.sub(r"\1.", _DOTTED_COMMA.sub(r"\1.\2", _NUMBER_SPECK.sub("", line)))
    line = _NUMBER_SLASH.sub(r"\1 /", _SECTION_FOR_FIVE.sub("5", _BRACE_LABEL.sub(r"\1)", line)))
    line = _ORDINAL_FOUR.sub(r"1\1th", line)
    line = _ROMAN_MISREAD.sub(lambda m: _roman_is(m.group(1) or m.group(2)), line)
    line = _ROMAN_GLUED_MISREAD.sub(lambda m: _roman_is(m.group(1)) + ".", line)
    return _GLUED_CAPITALS.sub(r"\1 ", _L_FOR_I_WORD.sub(r"I\1", line))


# a minute reference that opens a line, "PCCC 16/25", "19/54", "16.31": prefix, year-like first part, stop, rest
_MINUTE_REF = re.compile(r"^((?:[A-Z]{2,6} )?)(\d{2})([/.])(\d{1,3}\b)")


def _mend_minute_years(lines: list[str]) -> list[str]:
    """"PCCC 46/25" among "PCCC 16/2x" references, "46.36" among "16.3x": a 1 read as 4 in the year (or meeting)
    part a page's minute references share. Mended only where the first part is the shared one (the running parts
    after the slash or stop all differ; "41/19, 42/19" number before the year) and another reference carries the
    1-form."""
    refs = [m.groups() for m in map(_MINUTE_REF.match, lines) if m]
    firsts = {(prefix, first, stop) for prefix, first, stop, _ in refs}
    year_first = len(refs) > 1 and len({rest for *_, rest in refs}) == len(refs)

    def mend(m: re.Match) -> str:
        prefix, first, stop, rest = m.groups()
        other = "1" + first[1:]
        if year_first and first[0] == "4" and (prefix, other, stop) in firsts:
            return f"{prefix}{other}{stop}{rest}"
        return m.group()
    return [_MINUTE_REF.sub(mend, line) for line in lines]


# an item number or a two-part minute reference that opens a line, before a TAB or a space: "4\tRisk register",
# "12. Finance", "123/14 Minutes", "16.31 Audit plan", "PCCC 16/25 Merger"
_ITEM_NUMBER = re.compile(r"^((?:[A-Z]{2,6} )?)(\d{1,3})(?:([./])(\d{1,3}))?(?=\.?[\t ])")


def _continues_run(parts: tuple[int, ...], before: tuple[int, ...] | None, after: tuple[int, ...] | None) -> bool:
    """Whether a number (one part, or a reference's two) is one on from the number before it or one short of the
    next: a reference keeps one part (its year, its item) and steps the other."""
    def step(a: tuple[int, ...], b: tuple[int, ...]) -> bool:  # b comes one after a
        return sum(x != y for x, y in zip(a, b)) == 1 and all(y - x in (0, 1) for x, y in zip(a, b))
    return (before is not None and step(before, parts)) or (after is not None and step(parts, after))


def _mend_item_run(lines: list[str]) -> list[str]:
    """"4, 2, 3, 4" down a numbers column, "423/14" above "124/14", "46.31" after "16.30": a 1 read as 4
    (tesseract's commonest digit misread on a scan). A number with a 4 whose 4-to-1 reading continues the run its
    neighbours of the same form make while it as read does not, is mended."""
    found = []
    for k, line in enumerate(lines):
        m = _ITEM_NUMBER.match(line)
        if m:
            prefix, first, sep, second = m.groups()
            texts = (first,) if sep is None else (first, second)
            found.append((k, (prefix, sep), texts, m.end()))
    out = list(lines)
    for j, (k, form, texts, end) in enumerate(found):
        if "4" not in lines[k][:end]:
            continue
        before = next((tuple(map(int, t)) for _, f, t, _ in reversed(found[:j]) if f == form), None)
        after = next((tuple(map(int, t)) for _, f, t, _ in found[j + 1:] if f == form), None)
        if _continues_run(tuple(map(int, texts)), before, after):
            continue
        for i, text in enumerate(texts):
            other = texts[:i] + (text.replace("4", "1", 1),) + texts[i + 1:]
            if "4" in text and _continues_run(tuple(map(int, other)), before, after):
                prefix, sep = form
                out[k] = prefix + (sep or "").join(other) + lines[k][end:]
                break
        else:
            out[k] = _stop_read_as_four(lines[k], texts, end, before, after)
    return out


def _stop_read_as_four(line: str, texts: tuple[str, ...], end: int, before, after) -> str:
    """"14. Welcome" above "4. Minutes": a plain number's stop read as 4 before the stop itself. Mended where the
    number as read is out of order with the next and, the 4 dropped, it falls in order between its neighbours."""
    if len(texts) > 1 or after is None or not texts[0].endswith("4") or len(texts[0]) < 2 \
            or line[end:end + 1] != "." or int(texts[0]) < after[0]:
        return line
    mended = int(texts[0][:-1])
    return str(mended) + line[end:] if (before is None or before[0] < mended) and mended < after[0] else line


# a plain number that opens a heading line: "41 Financial Plan", "7441\tFinancial Plan"
_PLAIN_ITEM = re.compile(r"^(\d{2,4})(?=[\t ]+[A-Z])")
_DOTTED_ITEM = re.compile(r"^(\d{1,3})\.(\d{1,2})(?=\.?[\t ]+[A-Z])")


def _stop_readings(digits: str, misread: bool) -> set[tuple[int, int, int]]:
    """The dotted numbers (with the second part's width) a plain number may be with its stop lost ("41"); with
    ``misread``, also with the stop read as a digit ("441") or a speck before it read as one ("7441")."""
    out = set()
    for lead in (0, 1) if misread else (0,):
        for i in range(lead + 1, len(digits)):
            for stop in (0, 1) if misread else (0,):
                first, second = digits[lead:i], digits[i + stop:]
                if second and first[0] != "0" and int(second) > 0:
                    out.add((int(first), int(second), len(second)))
    return out


def _mend_lost_stops(lines: list[str]) -> list[str]:
    """"4.1" read as "41", "441" or "7441" between "2.1" and "5.2": a plain number among a page's dotted item numbers
    whose one dotted reading falls between its neighbours (its second part no longer than theirs) is mended. Before
    the first dotted number or after the last, only a lost stop is read ("21\tMinutes" before "5.2\tRisk"), and only
    in a numbers column both share (a TAB after each; "12 June 2026" is a date): one side proves less."""
    out = list(lines)

    def dotted(k: int):
        m = _DOTTED_ITEM.match(out[k])
        return m and ((int(m[1]), int(m[2])), len(m[2]), out[k][m.end():m.end() + 1] == "\t")
    for k, line in enumerate(lines):
        m = _PLAIN_ITEM.match(line)
        if not m:
            continue
        before = next((d for d in map(dotted, range(k - 1, -1, -1)) if d), None)
        after = next((d for d in map(dotted, range(k + 1, len(out))) if d), None)
        both, side = bool(before and after), before or after
        if not side or not both and not (side[2] and line[m.end()] == "\t"):
            continue
        width = max(d[1] for d in (before, after) if d)
        fits = {(a, b) for a, b, n in _stop_readings(m[1], misread=both) if n <= width
                and (not before or before[0] < (a, b)) and (not after or (a, b) < after[0])}
        if len(fits) == 1:
            a, b = fits.pop()
            out[k] = f"{a}.{b}" + line[m.end():]
    return out


# a roman item number that opens a line before a capitalised word: "III CIVIC GOVERNMENT ACT", "IV. Minutes",
# "IV.Approval Of Minutes"
_ROMAN_ITEM = re.compile(r"^([IVXL]{1,6})(?=\.?[\t ]+[A-Z]|\.[A-Z])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(text: str) -> int:
    values = [_ROMAN_VALUES[c] for c in text]
    return sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))


def _to_roman(n: int) -> str:
    out = ""
    for value, digits in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def _mend_roman_run(lines: list[str]) -> list[str]:
    """"I, II, II, IV" down the articles: an I of "III" lost on a scan. A roman number that does not follow the one
    before it, but reads as the next one less an I (and the number after it, if any, follows that), is mended."""
    found = [(k, m.group(1)) for k, m in ((k, _ROMAN_ITEM.match(l)) for k, l in enumerate(lines)) if m]
    out = list(lines)
    for j in range(1, len(found)):
        k, text = found[j]
        before, value = _roman(found[j - 1][1]), _roman(text)
        after = _roman(found[j + 1][1]) if j + 1 < len(found) else None
        want = _to_roman(before + 1)
        if value != before + 1 and (after is None or after == before + 2) \
                and any(want[:i] + want[i + 1:] == text for i, c in enumerate(want) if c == "I"):
            out[k] = want + lines[k][len(text):]
            found[j] = (k, want)
    return out


_ROMAN_GLUED = re.compile(r"^[IVXL]{1,6}\.(?=[A-Z][a-z])")  # "IV.Approval Of Minutes"
_ROMAN_SPACED = re.compile(r"^([IVXL]{1,6}) (?=[A-Z][a-z])")  # "III Approval Of Minutes"


def _mend_roman_stops(lines: list[str]) -> list[str]:
    """"III Approval Of Minutes" on a page whose other articles read "IV.Approval Of Minutes": the stop between a
    roman number and its heading lost (read as a space) where two or more articles keep it."""
    if sum(bool(_ROMAN_GLUED.match(l)) for l in lines) < 2:
        return lines
    return [_ROMAN_SPACED.sub(r"\1.", l) for l in lines]


_DATE_CELL = r"\d{1,2}/\d{1,2}/\d{2,4}"
# in a grid's header, a quote speck before a date cell ('"02/02/26') and two date cells whose TAB was read as a space
_DATE_SPECK = re.compile(r"(?<=[\t ])[\"'‘’“”`]+(?=" + _DATE_CELL + r")")
_DATES_RUN_TOGETHER = re.compile(r"(?<![\d/])(" + _DATE_CELL + r") +(?=" + _DATE_CELL + r"(?![\d/]))")


def _split_date_cells(line: str) -> str:
    if "\t" not in line:
        return line
    return _DATES_RUN_TOGETHER.sub("\\1\t", _DATE_SPECK.sub("", line))


_GRID_ROW = re.compile(r"^[A-Za-z][^\t]*(?:\t[^\t]*){2,}$")  # a grid's row: a name or label, then two or more cells
_LONE_MARK = re.compile(r"^[\d\W_]$")


def _drop_grid_specks(lines: list[str]) -> list[str]:
    """"7" alone between two rows of an attendance grid: a speck (or a row's rule) read as its own line, which
    breaks the grid in two. Dropped only between rows that each open with a name or label and hold three cells or
    more (a numbered table's row number alone on a line is followed by a TAB-led row or by its own text)."""
    return [l for k, l in enumerate(lines) if not (_LONE_MARK.match(l) and 0 < k < len(lines) - 1
                                                   and _GRID_ROW.match(lines[k - 1]) and _GRID_ROW.match(lines[k + 1]))]


def _clean_ocr(text: str) -> list[str]:
    # collapse runs of spaces but keep the TABs the layout reader put between columns
    lines = [_mend_line(re.sub(r" +", " ", l).strip(" ")) for l in text.splitlines() if l.strip()]
    lines = _mend_item_run(_mend_lost_stops(_mend_minute_years(_drop_grid_specks([_split_date_cells(l) for l in lines]))))
    return _mend_roman_run(_mend_roman_stops(lines))
