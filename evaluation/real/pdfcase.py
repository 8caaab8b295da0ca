"""Build a case's PDF from its ``spec.json`` (fpdf2), laid out as the minutes it was modelled on.

A spec is ``{"pages": [{"scan": bool, "items": [...]}]}``; items are drawn top to bottom:
- ``{"type": "text", "text": "...", "bold": false, "size": 10}``: wrapped paragraph (newlines kept);
- ``{"type": "table", "widths": [mm, ...], "rows": [[cell, ...], ...], "border": false, "header": false}``:
  one row per line, each cell wrapped inside its own width (a long role wraps onto a second line in its cell);
- ``{"type": "columns", "n": 2, "lines": [...]}``: a list flowed down n columns (a name grid);
- ``{"type": "gap", "mm": 4}``.
``"scan": true`` renders the finished page to a greyscale bitmap (with a few specks) and replaces the page by
that image, so the text has to come from OCR. ``"scan": {...}`` does the same with a poorer scanner (``scan_image``):
``"dpi"`` (200), ``"mode"`` ``"grey"`` or ``"bw"`` (thresholded 1-bit), ``"skew_deg"`` (the sheet fed askew,
counter-clockwise positive), ``"noise"`` (specks of dust and toner, 12 by default as for ``true``) and ``"copy"``
(a photocopy: blurred, contrast pushed, then thresholded, so strokes thicken or break).
"""
from __future__ import annotations

import io
import json
from pathlib import Path


def build_pdf(spec: dict) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_margins(18, 15, 18)
    for page in spec["pages"]:
        pdf.add_page()
        for item in page["items"]:
            _draw(pdf, item)
    data = bytes(pdf.output())
    if any(p.get("scan") for p in spec["pages"]):
        data = _scanned(data, [p.get("scan") or False for p in spec["pages"]])
    return data


def _clean(text: str) -> str:
    # core fonts are latin-1: typographic dashes and quotes become their nearest latin-1 glyphs
    return (text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'").replace("\u2018", "'")
            .replace("\u201c", '"').replace("\u201d", '"').replace("\u2022", "\xb7"))


def _draw(pdf, item: dict) -> None:
    kind = item["type"]
    size = item.get("size", 10)
    pdf.set_font("Helvetica", "B" if item.get("bold") else "", size)
    line_h = size * 0.5
    if kind == "text":
        pdf.multi_cell(0, line_h, _clean(item["text"]), new_x="LMARGIN", new_y="NEXT")
    elif kind == "gap":
        pdf.ln(item.get("mm", 4))
    elif kind == "table":
        widths = item["widths"]
        border = 1 if item.get("border") else 0
        for r, row in enumerate(item["rows"]):
            bold = item.get("header") and r == 0
            pdf.set_font("Helvetica", "B" if bold else "", size)
            x0, y0 = pdf.l_margin, pdf.get_y()
            # measure the row height: the tallest wrapped cell
            heights = []
            for w, cell in zip(widths, row):
                lines = pdf.multi_cell(w, line_h, _clean(cell), dry_run=True, output="LINES") if cell else [""]
                heights.append(max(1, len(lines)) * line_h)
            h = max(heights) + 1
            if y0 + h > pdf.h - pdf.b_margin:
                pdf.add_page()
                y0 = pdf.get_y()
            x = x0
            for w, cell in zip(widths, row):
                pdf.set_xy(x, y0)
                pdf.multi_cell(w, line_h, _clean(cell), border=0)
                if border:
                    pdf.rect(x, y0, w, h)
                x += w
            pdf.set_xy(x0, y0 + h)
    elif kind == "columns":
        n = item.get("n", 2)
        lines = item["lines"]
        per = -(-len(lines) // n)
        col_w = (pdf.w - pdf.l_margin - pdf.r_margin) / n
        y0 = pdf.get_y()
        for c in range(n):
            for k, text in enumerate(lines[c * per:(c + 1) * per]):
                pdf.set_xy(pdf.l_margin + c * col_w, y0 + k * (line_h + 1))
                pdf.cell(col_w - 4, line_h, _clean(text))
        pdf.set_xy(pdf.l_margin, y0 + per * (line_h + 1) + 2)
    else:
        raise ValueError(f"unknown spec item {kind!r}")


def _scanned(data: bytes, which: list) -> bytes:
    """Replace the pages by images of themselves (each page's ``scan`` setting; ``true`` is a 200 dpi greyscale
    image with specks of dust)."""
    import random

    import pypdfium2 as pdfium
    from fpdf import FPDF

    src = pdfium.PdfDocument(data)
    out = FPDF(format="A4", unit="pt")
    rng = random.Random(7)
    for i, scan in enumerate(which):
        page = src[i]
        w, h = page.get_size()
        out.add_page()
        img = scan_image(page, scan if isinstance(scan, dict) else {}, rng)
        buf = io.BytesIO()
        img.save(buf, format="PNG")
        out.image(buf, x=0, y=0, w=w, h=h)
        page.close()
    src.close()
    return bytes(out.output())


# a photocopy: the blur of a copier's optics (px at 200 dpi), the contrast it pushes and the toner threshold
COPY_BLUR_PX = 0.9
COPY_CONTRAST = 1.8
COPY_THRESHOLD = 150
BW_THRESHOLD = 128  # a scanner's fixed 1-bit cut-off


def scan_image(page, opts: dict, rng):
    """A pdfium page as a scanner delivers it under ``opts`` (see the module doc); ``{}`` is today's clean scan,
    drawn exactly as before (200 dpi greyscale, 12 specks of 4 px)."""
    from PIL import Image, ImageDraw, ImageEnhance, ImageFilter

    dpi = opts.get("dpi", 200)
    img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    if opts.get("skew_deg"):
        img = img.rotate(opts["skew_deg"], resample=Image.BILINEAR, fillcolor=255)
    if opts.get("copy"):
        img = img.filter(ImageFilter.GaussianBlur(COPY_BLUR_PX * dpi / 200))
        img = ImageEnhance.Contrast(img).enhance(COPY_CONTRAST)
    draw = ImageDraw.Draw(img)
    specks = opts.get("noise", 12)
    for k in range(specks):
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        # the first twelve as the clean scan always drew them; further ones of one to five pixels
        size = 3 if k < 12 else rng.randrange(1, 5)
        draw.ellipse((x, y, x + size, y + size), fill=60)
    if opts.get("copy"):
        return img.point(lambda v: 255 if v > COPY_THRESHOLD else 0).convert("1")
    if opts.get("mode") == "bw":
        return img.point(lambda v: 255 if v > BW_THRESHOLD else 0).convert("1")
    return img


def case_document(case_dir: Path) -> tuple[bytes, str]:
    """The case's document bytes and a file name to hand to the extractor."""
    for name in ("document.html", "document.txt"):
        p = case_dir / name
        if p.exists():
            return p.read_bytes(), name
    spec = json.loads((case_dir / "spec.json").read_text(encoding="utf-8"))
    return build_pdf(spec), "document.pdf"
