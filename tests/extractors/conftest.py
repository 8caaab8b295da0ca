"""Real PDFs for the extractor tests, generated once per session with fpdf2 (no mocks, no binary fixtures)."""
from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from fpdf import FPDF

WORDS = (
    "board report health wellbeing council strategy care fund plan members noted agreed update public "
    "services integrated partnership children adults performance budget commissioning priorities housing "
    "prevention workforce pharmacy dementia obesity screening vaccination outcomes"
).split()


def _para(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _new_pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=11)
    return pdf


def minutes_pdf(pages: int = 4, seed: int = 1, header: bool = True, footer: bool = True) -> bytes:
    """Minutes-like pages: running header, body prose that differs per page, "Page n of N" footer.
    Page 1 holds a two-column Present table and a hyphenated line break."""
    rng = random.Random(seed)
    pdf = _new_pdf()
    for p in range(pages):
        pdf.add_page()
        if header:
            pdf.set_font("Helvetica", size=8)
            pdf.set_xy(10, 8)
            pdf.cell(0, 5, "Health and Wellbeing Board - 18 April 2019")
        pdf.set_font("Helvetica", size=11)
        pdf.set_xy(10, 20)
        if p == 0:
            pdf.cell(0, 6, "Minutes of the meeting held on Thursday, 18th April, 2019 10.00 am",
                     new_x="LMARGIN", new_y="NEXT")  # fmt: skip
            pdf.cell(0, 6, "Present:", new_x="LMARGIN", new_y="NEXT")
            for name, role in TABLE_ROWS:
                y = pdf.get_y()
                pdf.set_xy(20, y)
                pdf.cell(60, 6, name)
                pdf.set_xy(90, y)
                pdf.cell(100, 6, role, new_x="LMARGIN", new_y="NEXT")
            pdf.multi_cell(0, 6, "The Board received a report on the imple-\nmentation of the Better Care Fund plan "
                                 "and the Health and Well-\nBeing strategy.", new_x="LMARGIN", new_y="NEXT")  # fmt: skip
        for _ in range(4):
            pdf.multi_cell(0, 5.5, _para(rng, rng.randint(30, 60)), align="J", new_x="LMARGIN", new_y="NEXT")
            if pdf.get_y() > 240:
                break
        if footer:
            pdf.set_xy(10, 285)
            pdf.set_font("Helvetica", size=8)
            pdf.cell(0, 5, f"Page {p + 1} of {pages}", align="C")
    return bytes(pdf.output())


TABLE_ROWS = [
    ("Dr Jane Smith", "Director of Public Health"),
    ("Cllr Adam Marsh", "Chair"),
    ("Ms B Reilly", "NHS England"),
    ("Jill Dentith", "Lay Member for Governance"),
]


def many_pages_pdf(pages: int) -> bytes:
    """A cheap long document: a few lines per page, so 600 pages build in about a second."""
    pdf = _new_pdf()
    for p in range(pages):
        pdf.add_page()
        pdf.set_xy(10, 20)
        pdf.multi_cell(0, 6, f"Item {p + 1}. The Board noted the update on integrated care and the plan for "
                             f"prevention. Members agreed the budget for quarter {p % 4 + 1}.")  # fmt: skip
        pdf.set_xy(10, 285)
        pdf.cell(0, 5, f"Page {p + 1} of {pages}", align="C")
    return bytes(pdf.output())


def image_pdf(text: str | None = None, size: int = 1200) -> bytes:
    """One page holding only an image (no text layer); with ``text``, the image shows that text for OCR."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (size, size), 255)
    if text:
        draw = ImageDraw.Draw(img)
        try:
            font = ImageFont.load_default(size=size // 20)
        except TypeError:  # older Pillow
            font = ImageFont.load_default()
        y = size // 10
        for line in text.split("\n"):
            draw.text((size // 12, y), line, fill=0, font=font)
            y += size // 12
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    pdf = _new_pdf()
    pdf.add_page()
    pdf.image(io.BytesIO(buf.getvalue()), x=10, y=10, w=190)
    return bytes(pdf.output())


def zero_page_pdf() -> bytes:
    """A structurally valid PDF whose page tree is empty (fpdf2 will not write one)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def encrypted_pdf(user_password: str) -> bytes:
    pdf = _new_pdf()
    pdf.set_encryption(owner_password="owner-secret", user_password=user_password)
    pdf.add_page()
    pdf.set_xy(10, 20)
    pdf.cell(0, 6, "Minutes of the meeting held on 14 July 2016")
    return bytes(pdf.output())


def png_bytes() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (20, 20), (255, 0, 0)).save(buf, format="PNG")
    return buf.getvalue()


def docx_bytes() -> bytes:
    import zipfile

    body = (
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Minutes of the meeting</w:t></w:r></w:p>'
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Dr Jane Smith</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r>"
        "<w:t>Director of Public Health</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", body)
    return buf.getvalue()


@pytest.fixture(scope="session")
def pdfs(tmp_path_factory) -> dict[str, bytes]:
    """Every generated PDF, built once per session."""
    return {
        "minutes": minutes_pdf(4),
        "short": minutes_pdf(2),
        "image": image_pdf(),
        "ocr": image_pdf("Minutes of the meeting\nPresent: Dr Jane Smith", size=1200),
        "huge_image": image_pdf(size=6000),
        "zero": zero_page_pdf(),
        "enc_empty": encrypted_pdf(""),
        "enc_secret": encrypted_pdf("s3cret"),
        "twelve": many_pages_pdf(12),
    }


@pytest.fixture(scope="session")
def big_pdf_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bigpdf") / "600.pdf"
    path.write_bytes(many_pages_pdf(600))
    return path


