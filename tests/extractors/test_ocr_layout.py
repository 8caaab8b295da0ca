"""OCR with layout: a scanned page is read from Tesseract's word boxes through the same layout reader as a text
PDF, from the page's own image when that is sharper than a re-render (issue 12, "What to build" 4)."""
import io
import shutil

import pytest

from boardpapers.extractors import extract_document
from boardpapers.extractors.ocr import OCR_DPI, _page_image

ROWS = [("Present:", "Dr Ann Cole", "Clinical Chair", "NHS Northmere CCG"),
        ("", "Cllr Raj Patel", "Cabinet Member for Health", "Northmere Council"),
        ("", "Sue Brown", "Chief Officer", "Healthwatch Northmere"),
        ("Apologies:", "Tom Hill", "Director of Public Health", "Northmere Council")]


def _text_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "Northmere Health and Wellbeing Board - Minutes", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    for row in ROWS:
        for w, cell in zip((28, 38, 58, 50), row):
            pdf.cell(w, 7, cell)
        pdf.ln(7)
    pdf.ln(4)
    pdf.cell(0, 7, "1. Welcome", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 7, "The Chair welcomed members to the meeting.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _scan(dpi: int) -> bytes:
    """The text PDF's page as one greyscale image at ``dpi``, filling the page, as a scanner delivers it."""
    import pypdfium2 as pdfium
    from fpdf import FPDF

    src = pdfium.PdfDocument(_text_pdf())
    page = src[0]
    w, h = page.get_size()
    img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    page.close()
    src.close()
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    out = FPDF(format="A4", unit="pt")
    out.add_page()
    out.image(buf, x=0, y=0, w=w, h=h)
    return bytes(out.output())


def _ocr_bitmap_width(data: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        page = doc[0]
        try:
            return _page_image(page).width
        finally:
            page.close()
    finally:
        doc.close()


def test_a_sharp_scan_is_read_at_its_own_resolution_and_a_coarse_one_is_re_rendered():
    a4_width_in = 595.28 / 72
    assert abs(_ocr_bitmap_width(_scan(300)) - 300 * a4_width_in) <= 2  # the embedded image, not a 200 dpi render
    assert abs(_ocr_bitmap_width(_scan(100)) - OCR_DPI * a4_width_in) <= 2  # too coarse: rendered at OCR_DPI


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr is installed by scripts/test")
def test_scanned_name_role_organisation_table_keeps_its_columns():
    ext = extract_document(_scan(300), filename="minutes.pdf")
    assert ext.pages[0].ocr
    assert "Present:\tDr Ann Cole\tClinical Chair\tNHS Northmere CCG" in ext.pages[0].text.split("\n")

    def person(name):
        return next(a for a in ext.attendance if a.name.endswith(name))

    assert len(ext.attendance) == 4
    assert person("Ann Cole").role == "Clinical Chair" and person("Ann Cole").organisation == "NHS Northmere CCG"
    assert person("Raj Patel").role == "Cabinet Member for Health"
    assert person("Tom Hill").status == "apologies" and person("Tom Hill").organisation == "Northmere Council"
