"""Drawing a world ``Document`` as a real PDF with fpdf2, byte-for-byte the same on every run.

Determinism: fixed creation date (the publication date), fixed metadata, no automatic page breaks (the
world already laid the pages out), core fonts only (Windows-1252, so en dashes and curly quotes work).
"""
from __future__ import annotations

import datetime as dt
import io

from fpdf import FPDF

from boardpapers.samplesites.world import Block, Document

_STYLE = {"title": ("B", 14, 9.0), "h": ("B", 11, 7.0), "text": ("", 10, 5.0), "line": ("", 10, 5.0)}
_GAP = 3.0


def _new_pdf(doc: Document, author: str) -> FPDF:
    pdf = FPDF(format="A4", unit="mm")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 15, 15)
    created = dt.datetime.combine(doc.published, dt.time(9, 0), tzinfo=dt.timezone.utc)
    pdf.set_creation_date(created)
    pdf.set_title(doc.title)
    pdf.set_author(author)
    pdf.set_creator("Microsoft Word - Sample template")
    pdf.set_producer("boardpapers sample sites")
    return pdf


def _safe(text: str) -> str:
    return text.encode("windows-1252", "replace").decode("windows-1252")


def _draw_blocks(pdf: FPDF, blocks: list[Block], y: float = 15.0) -> float:
    previous = None
    for block in blocks:
        style, size, height = _STYLE.get(block.style, _STYLE["text"])
        if previous is not None and (block.style != previous or block.style in ("h", "title")):
            y += _GAP
        pdf.set_font("Helvetica", style, size)
        pdf.set_xy(15, y)
        pdf.cell(180, height, _safe(block.text))
        y += height
        previous = block.style
    return y


def _footer(pdf: FPDF, number: int, total: int) -> None:
    pdf.set_font("Helvetica", "", 8)
    pdf.set_xy(15, 285)
    pdf.cell(180, 4, f"Page {number} of {total}", align="C")


def render_pdf(doc: Document, author: str) -> bytes:
    if doc.layout == "image_only":
        return _render_image_only(doc, author)
    pdf = _new_pdf(doc, author)
    total = len(doc.pages)
    for number, page in enumerate(doc.pages, start=1):
        pdf.add_page()
        if number == 1 and doc.layout == "two_column_attendance":
            _draw_two_column_page(pdf, doc, page)
        else:
            _draw_blocks(pdf, page)
        _footer(pdf, number, total)
    if doc.version > 1:  # a republished paper: a supplement page, so the bytes change under the same URL
        pdf.add_page()
        _draw_blocks(pdf, [Block("h", f"Supplement {doc.version - 1}"),
                           Block("text", "This paper was republished with corrections after the original "
                                         "publication.")])
    return bytes(pdf.output())


def _draw_two_column_page(pdf: FPDF, doc: Document, page: list[Block]) -> None:
    """Names in one column, roles in another, drawn column by column: the content stream holds all the names
    and then all the roles, so flat text extraction interleaves badly; word positions reveal the rows."""
    header = [b for b in page if b.style in ("title", "text")][:2]
    y = _draw_blocks(pdf, header) + 4
    row_h = 6.0
    pdf.set_font("Helvetica", "", 9)
    for i, (name, _role) in enumerate(doc.table_rows):  # first column
        pdf.set_xy(15, y + i * row_h)
        pdf.set_font("Helvetica", "B" if not _role and name.isupper() else "", 9)
        pdf.cell(62, row_h, _safe(name), border=1)
    for i, (_name, role) in enumerate(doc.table_rows):  # then the second column
        pdf.set_xy(77, y + i * row_h)
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(118, row_h, _safe(role), border=1)


def _render_image_only(doc: Document, author: str) -> bytes:
    """A 'scanned' paper: each page is a picture of its text, with no text layer."""
    from PIL import Image, ImageDraw, ImageFont

    pdf = _new_pdf(doc, author)
    font = ImageFont.load_default(size=15)
    bold = ImageFont.load_default(size=19)
    for page in doc.pages:
        image = Image.new("L", (1240, 1754), 255)  # A4 at 150 dpi
        draw = ImageDraw.Draw(image)
        y = 90
        for block in page:
            f = bold if block.style in ("title", "h") else font
            y += 8 if block.style in ("title", "h") else 0
            draw.text((90, y), block.text, fill=0, font=f)
            y += 26 if block.style in ("title", "h") else 21
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", optimize=False)
        pdf.add_page()
        pdf.image(io.BytesIO(buffer.getvalue()), x=0, y=0, w=210, h=297)
    return bytes(pdf.output())
