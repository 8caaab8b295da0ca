"""One-a-line member lists on a scanned page ("Cllr Mr A B Surname" down the page): tesseract's page layout takes
the letters stacked down the list (the l's of each Cllr) for a ruled line and the column of C's for vertical text,
read as one "word" as tall as the list, which joined every row into one line. The OCR reader reads that block
again as one uniform block (extractors/ocr.py stacked_regions) and drops a word several lines tall."""
from __future__ import annotations

import pytest

from extractors import extract_document
from extractors.ocr import stacked_regions, tesseract_tsv_words
from extractors.layout import words_to_lines

from .scan_pages import _build

MEMBERS = ["Mr A J Tolliver (Chair)", "Mrs R Quenington", "Mr D Ashcombe", "Ms P Fenwright", "Mrs H L Brackley",
           "Mr T Oldroyd", "Miss V Carrow", "Mr G S Pemberley", "Ms E Hatherden", "Mrs K Wilmcote"]


def _members_page(scan) -> bytes:
    return _build([
        {"type": "text", "text": "Brackendale Parish Council", "bold": True, "size": 13},
        {"type": "text", "text": "Minutes of the Annual Meeting of Brackendale Parish Council held on Monday 4 May 2026."},
        {"type": "gap", "mm": 3},
        {"type": "text", "text": "Present:", "bold": True},
        {"type": "text", "text": "\n".join("Cllr " + m for m in MEMBERS)},
        {"type": "gap", "mm": 3},
        {"type": "text", "text": "In Attendance:", "bold": True},
        {"type": "text", "text": "Mr W Ellery Clerk to the Council"},
    ], scan)


@pytest.mark.parametrize("scan", [True, {"dpi": 200, "mode": "grey", "skew_deg": 1.5}])
def test_one_a_line_member_list_keeps_every_row(scan):
    ext = extract_document(_members_page(scan), content_type="application/pdf", filename="minutes.pdf")
    got = {(a.name, a.status) for a in ext.attendance}
    want = {("Cllr " + m.removesuffix(" (Chair)"), "present") for m in MEMBERS}
    assert want <= got


TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def test_word_several_lines_tall_joins_no_lines_and_marks_its_block():
    rows = [TSV_HEAD, "1\t1\t0\t0\t0\t0\t0\t0\t1600\t2300\t-1\t", "2\t1\t1\t0\t0\t0\t150\t100\t300\t140\t-1\t"]
    for k, name in enumerate(["Amble", "Brent", "Coram", "Dunce"]):
        rows.append(f"5\t1\t1\t{k + 1}\t1\t1\t200\t{100 + 40 * k}\t100\t20\t95\t{name}")
    rows.append("2\t1\t2\t0\t0\t0\t150\t100\t18\t140\t-1\t")
    rows.append("5\t1\t2\t1\t1\t1\t150\t100\t18\t140\t0\tgoQqgoQq")
    tsv = "\n".join(rows)
    assert stacked_regions(tsv) == [(150, 100, 450, 240)]
    assert words_to_lines(tesseract_tsv_words(tsv), 1600) == ["Amble", "Brent", "Coram", "Dunce"]
