"""Bad and pathological inputs: a clear ExtractionError, or a partial result, in bounded time and memory."""
from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest

from boardpapers.errors import ExtractionError
from boardpapers.extractors.text import document_pages, pdf_pages

from .conftest import docx_bytes, png_bytes

ENGINES = ["pdfium", "pdfplumber"]


def test_empty_file():
    with pytest.raises(ExtractionError, match="empty file"):
        document_pages(b"", "application/pdf", "x.pdf")


@pytest.mark.parametrize("engine", ENGINES)
def test_corrupt_bytes(engine):
    with pytest.raises(ExtractionError, match="corrupt PDF"):
        document_pages(b"%PDF-1.4\n" + bytes(range(256)) * 40, "application/pdf", engine=engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_truncated_pdf(pdfs, engine):
    data = pdfs["minutes"]
    cut = data[: len(data) // 2]  # the second half holds the cross-reference table and the trailer
    with pytest.raises(ExtractionError) as err:
        document_pages(cut, "application/pdf", engine=engine)
    assert err.value.reason == "corrupt PDF"
    assert "could not be parsed" in err.value.detail  # both parsers were tried, and both are named
    assert "PdfiumError" in err.value.detail and "PdfminerException" in err.value.detail


@pytest.mark.parametrize("engine", ENGINES)
def test_encrypted_with_password(pdfs, engine):
    with pytest.raises(ExtractionError, match="encrypted PDF"):
        document_pages(pdfs["enc_secret"], "application/pdf", engine=engine)


@pytest.mark.parametrize("engine", ENGINES)
def test_encrypted_with_empty_password_is_read(pdfs, engine):
    pages, _, partial = document_pages(pdfs["enc_empty"], "application/pdf", engine=engine)
    assert "Minutes of the meeting held on 14 July 2016" in pages[0].text and not partial


@pytest.mark.parametrize("engine", ENGINES)
def test_zero_page_pdf(pdfs, engine):
    with pytest.raises(ExtractionError, match="no pages"):
        document_pages(pdfs["zero"], "application/pdf", engine=engine)


def test_png_served_as_pdf():
    with pytest.raises(ExtractionError, match="unsupported document type.*PNG"):
        document_pages(png_bytes(), "application/pdf", "minutes.pdf")


def test_zip_served_as_pdf():
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("data.bin", b"\x00" * 10)
    with pytest.raises(ExtractionError, match="unsupported document type.*zip"):
        document_pages(buf.getvalue(), "application/pdf", "minutes.pdf")
    # a real .docx served as PDF is read as the Word document it is
    pages, _, _ = document_pages(docx_bytes(), "application/pdf", "minutes.pdf")
    assert "Dr Jane Smith" in pages[0].text


@pytest.mark.parametrize("engine", ENGINES)
def test_more_pages_than_max_pages(pdfs, engine):
    pages, warnings, partial = document_pages(pdfs["twelve"], "application/pdf", max_pages=5, engine=engine)
    assert [p.number for p in pages] == [1, 2, 3, 4, 5]
    assert partial and any("12 pages" in w and "first 5" in w for w in warnings)


def test_time_budget_marks_partial(pdfs):
    pages, warnings, partial = document_pages(pdfs["twelve"], timeout_s=0.0)
    assert partial and any("time budget" in w for w in warnings)
    assert len(pages) < 12


@pytest.mark.parametrize("engine", ENGINES)
def test_huge_image_page_is_bounded(pdfs, engine, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")  # no OCR: the image must not be decoded at all
    start = time.monotonic()
    pages, warnings, _ = document_pages(pdfs["huge_image"], "application/pdf", engine=engine)
    assert time.monotonic() - start < 5
    assert pages[0].image_only and pages[0].text == ""


_MEASURE = textwrap.dedent(
    """
    import sys, time
    from boardpapers.extractors.text import pdf_pages
    data = open(sys.argv[1], "rb").read()
    t = time.monotonic()
    pages, warnings = pdf_pages(data, engine=sys.argv[2])
    assert len(pages) == 600, len(pages)
    assert "Item 600." in pages[-1].text
    # VmHWM is this process image's own peak; ru_maxrss would carry the (large) test runner's peak across exec
    peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
    print(peak_kb // 1024, round(time.monotonic() - t, 2))
    """
)


@pytest.mark.parametrize("engine", ENGINES)
def test_600_page_document_peak_rss_under_300mb(big_pdf_path, engine):
    # a child process, so the figure is this extraction's peak and not the test runner's
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(big_pdf_path), engine], capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr
    peak_mb, seconds = out.stdout.split()
    assert int(peak_mb) < 300, f"{engine}: peak RSS {peak_mb} MB for 600 pages"


def test_malformed_word_xml_is_a_corrupt_word_document():
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<w:document><w:body><w:p>unclosed")
    with pytest.raises(ExtractionError, match="corrupt Word document"):
        document_pages(buf.getvalue(), None, "minutes.docx")
