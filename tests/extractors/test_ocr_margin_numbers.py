"""Item numbers alone in a left column of a scanned page, and a roman item I read as a bar: the OCR reader
recovers both (extractors/ocr.py margin_strip / _read_bar_as_roman_one)."""
from __future__ import annotations

import sys

import pytest

from extractors import extract_document
from extractors.ocr import _margin_numbers, _page_image, margin_strip, tesseract_tsv_words, tsv_tilt

from .scan_pages import ROOT

TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _tsv(words: list[tuple[int, int, int, str]]) -> str:
    """(line, left, width, text) words 20 px high, 40 px a line apart, read surely."""
    rows = [TSV_HEAD, "1\t1\t0\t0\t0\t0\t0\t0\t1600\t2300\t-1\t"]
    for k, (line, left, width, text) in enumerate(words):
        rows.append(f"5\t1\t1\t1\t{line}\t{k + 1}\t{left}\t{100 + 40 * line}\t{width}\t20\t95\t{text}")
    return "\n".join(rows)


def _words(lines: list[tuple[int, str]]) -> list[dict]:
    """One word box per (left, text) line, 20 px high, 40 px apart."""
    return [{"text": t, "x0": float(x), "x1": float(x + 12 * len(t)), "top": 100.0 + 40 * k,
             "bottom": 120.0 + 40 * k} for k, (x, t) in enumerate(lines)]


def test_indented_body_with_text_left_of_it_has_a_margin_strip():
    lines = [(80, "TITLE")] + [(280, "Heading"), (280, "Body"), (280, "More"), (280, "Text")]
    x0, top, x1, bottom = margin_strip(_words(lines))
    assert (x0, x1) == (60.0, 270.0)
    assert (top, bottom) == (120.0, 300.0)


@pytest.mark.parametrize("lines", [
    [(80, "TITLE"), (80, "Body"), (80, "More"), (120, "Indented"), (80, "Text")],  # flush left, one indent
    [(80, "TITLE"), (100, "Body"), (100, "More"), (100, "Text")],  # body's edge a word's width in
    [(80, "TITLE"), (280, "Body"), (280, "More")],  # too few lines to call an edge
])
def test_page_without_an_indented_body_has_none(lines):
    assert margin_strip(_words(lines)) is None


def test_bar_opening_a_capitals_heading_is_roman_one():
    words = tesseract_tsv_words(_tsv([(1, 150, 3, "|"), (1, 163, 100, "MINUTE"), (1, 275, 40, "OF"),
                                      (2, 150, 40, "The"), (2, 200, 80, "minutes")]))
    assert [w["text"] for w in words][:3] == ["I", "MINUTE", "OF"]


@pytest.mark.parametrize("words", [
    [(1, 150, 3, "|"), (1, 190, 100, "MINUTE")],  # a table border, a cell's padding off the word
    [(1, 150, 3, "|"), (1, 163, 100, "Minute")],  # not a capitals heading
    [(1, 100, 40, "Name"), (1, 150, 3, "|"), (1, 163, 100, "ROLE")],  # a rule between cells
])
def test_bar_that_is_no_item_number_is_dropped(words):
    assert "I" not in [w["text"] for w in tesseract_tsv_words(_tsv(words))]


def _numcol_page(scan: dict) -> bytes:
    sys.path.insert(0, str(ROOT / "evaluation"))
    sys.path.insert(0, str(ROOT / "evaluation" / "real"))
    from pdfcase import _scanned
    from score_decisions import render_pdf

    spec = {"layout": "numcol", "title": "WEXCOMBE ESTATES COMMITTEE - MINUTES, 4 MARCH 2026", "preamble": [],
            "head": "{num} {title}", "items": [
                ["1.", "Welcome", ["The Chair welcomed members of the committee to the meeting."]],
                ["3.", "Minutes", [["D", "approved", "The minutes of the last meeting were agreed as a correct record."]]],
                ["4.", "Depot lease", [["D", "approved", "The Committee approved the renewal of the Harnley depot lease."]]],
                ["6.", "Risk register", [["D", "noted", "The Committee noted the risk register."]]],
            ]}
    clean = render_pdf(spec)
    return _scanned(clean, [scan])


SCANS = [{"dpi": 150, "mode": "grey"}, {"dpi": 200, "mode": "grey", "skew_deg": 1.5}]


@pytest.mark.parametrize("scan", SCANS)
def test_margin_numbers_tesseract_dropped_are_read_again(scan):
    """The page's words as tesseract would give them had it dropped the margin column: the strip's second
    reading puts each number back on its heading's line."""
    import io
    import os
    import subprocess

    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(_numcol_page(scan))
    buf = io.BytesIO()
    _page_image(doc[0]).save(buf, format="PNG")
    tsv = subprocess.run(["tesseract", "stdin", "stdout", "--psm", "3", "tsv"], input=buf.getvalue(),
                         capture_output=True, check=True).stdout.decode()
    words = [w for w in tesseract_tsv_words(tsv) if w["text"] not in ("1.", "3.", "4.", "6.")]
    strip = margin_strip(words)
    assert strip is not None
    found = _margin_numbers(buf.getvalue(), tsv_tilt(tsv), strip, words, dict(os.environ), 60.0)
    heads = {w["text"]: w for w in words if w["text"] in ("Welcome", "Minutes", "Depot", "Risk")}
    assert [w["text"] for w in found] == ["1.", "3.", "4.", "6."]
    for w, head in zip(found, ["Welcome", "Minutes", "Depot", "Risk"]):
        assert abs(w["top"] - heads[head]["top"]) < heads[head]["bottom"] - heads[head]["top"]


@pytest.mark.parametrize("scan", SCANS)
def test_decisions_keep_their_margin_item_numbers(scan):
    ext = extract_document(_numcol_page(scan), content_type="application/pdf", filename="minutes.pdf")
    assert [(d.item, d.text) for d in ext.decisions] == [
        ("3.", "The minutes of the last meeting were agreed as a correct record."),
        ("4.", "The Committee approved the renewal of the Harnley depot lease."),
        ("6.", "The Committee noted the risk register."),
    ]
