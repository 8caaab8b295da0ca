"""Ruled decision-summary tables and item-number columns on scans (extractors/ocr.py remove_rules,
_mend_item_run, margin_strip): a ruled grid is whitened before OCR so tesseract keeps every cell, a 1 read as 4
is mended where the numbers column's run shows it, and an item column as tall as the description column is
read again for the numbers tesseract dropped."""
from __future__ import annotations

import shutil
import sys

import pytest

from extractors import extract_document
from extractors.ocr import _mend_item_run, _mend_roman_run, margin_strip, remove_rules

from .scan_pages import ROOT

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="tesseract-ocr is installed by scripts/test")

ROWS = [
    ["1", "Minutes of the meeting held on 2 February 2026", "Approved as an accurate record."],
    ["2", "Harnley Depot Lease", "The Committee agreed to renew the lease for five years."],
    ["3", "Play Area Survey", "Deferred to the April meeting pending the inspector's report."],
    ["4", "Risk register", "Noted."],
]


def _ruled_page(scan: dict) -> bytes:
    sys.path.insert(0, str(ROOT / "evaluation"))
    sys.path.insert(0, str(ROOT / "evaluation" / "real"))
    from pdfcase import _scanned
    from score_decisions import render_pdf

    table = ["T", ["Item", "Description", "Decision"],
             [[row, kind, 2] for row, kind in zip(ROWS, ["approved", "agreed", "deferred", "noted"])]]
    spec = {"layout": "plain", "title": "Wexcombe Estates Committee - Decision Summary", "preamble": [],
            "head": "{num} {title}",
            "items": [[None, "Decisions of the meeting", ["Meeting held 3 March 2026, Harnley Hall.", table]]]}
    return _scanned(render_pdf(spec), [scan])


@needs_tesseract
@pytest.mark.parametrize("scan", [{"dpi": 200, "mode": "bw", "copy": True, "noise": 60},
                                  {"dpi": 200, "mode": "grey", "skew_deg": 1.5}])
def test_ruled_summary_table_keeps_every_row_and_number(scan):
    ext = extract_document(_ruled_page(scan), content_type="application/pdf", filename="summary.pdf")
    assert [(d.item, d.text) for d in ext.decisions] == [(n, text) for n, _, text in ROWS]


def _grid_image():
    from PIL import Image, ImageDraw

    img = Image.new("L", (1200, 600), 255)
    draw = ImageDraw.Draw(img)
    for y in (100, 200, 300):
        draw.line([(100, y), (1100, y)], fill=0, width=3)
    for x in (100, 400, 1100):
        draw.line([(x, 100), (x, 300)], fill=0, width=3)
    # capitals whose bars sit side by side, and a block of text as thick as a line of type: no rules
    draw.rectangle([150, 400, 168, 403], fill=0)
    draw.rectangle([176, 400, 194, 403], fill=0)
    draw.rectangle([150, 450, 1050, 465], fill=0)
    return img


def test_rules_are_whitened_and_type_is_kept():
    img = remove_rules(_grid_image())
    assert all(img.getpixel((x, 200)) == 255 for x in range(100, 1101, 50))  # a horizontal rule
    assert all(img.getpixel((400, y)) == 255 for y in range(110, 300, 20))  # a vertical rule
    assert img.getpixel((160, 401)) == 0 and img.getpixel((185, 401)) == 0  # two bars side by side
    assert img.getpixel((600, 457)) == 0  # a thick dark band is no rule


def test_page_without_rules_is_the_same_image():
    from PIL import Image

    img = Image.new("L", (800, 400), 255)
    assert remove_rules(img) is img


@pytest.mark.parametrize("lines, expected", [
    (["4\tMinutes", "\tJanuary", "2\tLease", "3\tSurvey", "4\tRisk"], ["1\tMinutes", "\tJanuary", "2\tLease", "3\tSurvey", "4\tRisk"]),
    (["12. Finance", "43. Minutes", "14. Risk"], ["12. Finance", "13. Minutes", "14. Risk"]),
])
def test_a_one_read_as_four_is_mended_by_the_numbers_run(lines, expected):
    assert _mend_item_run(lines) == expected


@pytest.mark.parametrize("lines", [
    ["4\tMinutes", "5\tLease", "6\tRisk"],  # 4 continues the run as read
    ["2. Apologies", "4. Minutes", "7. Risk"],  # 1 fits no neighbour either
    ["4 members were present", "The meeting opened"],  # no run at all
])
def test_numbers_the_run_does_not_contradict_are_kept(lines):
    assert _mend_item_run(lines) == lines


def test_item_column_as_tall_as_the_body_still_gives_a_strip():
    """Four lines start at the numbers column (title, headings, the header row), four at the description column
    whose numbers tesseract dropped: the indented column is the body."""
    starts = [(80, "Title"), (80, "Subtitle"), (80, "Meeting"), (80, "Item"),
              (280, "Harnley"), (280, "Play"), (280, "Risk"), (280, "January")]
    words = [{"text": t, "x0": float(x), "x1": float(x + 12 * len(t)), "top": 100.0 + 40 * k,
              "bottom": 120.0 + 40 * k} for k, (x, t) in enumerate(starts)]
    x0, _top, x1, _bottom = margin_strip(words)
    assert (x0, x1) == (60.0, 270.0)


@pytest.mark.parametrize("lines, expected", [
    (["423/14 Minutes", "The minutes were approved.", "124/14 Matters arising"], ["123/14 Minutes", "The minutes were approved.", "124/14 Matters arising"]),
    (["16.30 Risk", "46.31 Audit plan", "16.32 Fraud"], ["16.30 Risk", "16.31 Audit plan", "16.32 Fraud"]),
    (["TB 09/44 Minutes", "TB 09/45 Finance"], ["TB 09/44 Minutes", "TB 09/45 Finance"]),  # 44 then 45 as read
    (["XB 46/25 Merger", "XB 16/26 Lease"], ["XB 16/25 Merger", "XB 16/26 Lease"]),
])
def test_a_one_read_as_four_in_a_minute_reference_is_mended_by_its_neighbours(lines, expected):
    assert _mend_item_run(lines) == expected


def test_a_reference_is_not_mended_against_a_plain_number():
    lines = ["4.1 Annual report", "2. Minutes"]
    assert _mend_item_run(lines) == lines


@pytest.mark.parametrize("lines, expected", [
    (["I MINUTES", "II BOARD LICENCES", "II TAXI FARES", "IV HOURS"], ["I MINUTES", "II BOARD LICENCES", "III TAXI FARES", "IV HOURS"]),
    (["II. Agenda", "II. Minutes"], ["II. Agenda", "III. Minutes"]),
    (["III. Minutes", "V. Finance"], ["III. Minutes", "IV. Finance"]),
])
def test_a_roman_number_that_lost_an_i_is_mended_by_the_run(lines, expected):
    assert _mend_roman_run(lines) == expected


@pytest.mark.parametrize("lines", [
    ["I MINUTES", "II LICENCES", "III FARES"],  # the run as read
    ["II. Agenda", "II. Minutes", "V. Finance"],  # the next does not follow the mend
    ["IV Hours", "I Told The Board"],  # no I lost makes the next number
])
def test_roman_numbers_the_run_does_not_contradict_are_kept(lines):
    assert _mend_roman_run(lines) == lines
