"""Names on scanned pages: a speck between forename and surname read as a hyphen is split off while a printed
hyphen stays (extractors/ocr.py _split_speck_hyphens), and a police rank before a name is a title
(extractors/names.py TITLES)."""
from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from extractors import extract_document
from extractors.ocr import tesseract_tsv_words

from .scan_pages import _build

TSV_HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _word_image(mark: tuple[int, int]) -> Image.Image:
    """Letters as 16 x 20 px blocks 4 px apart, "Tam" then a mark (width, thickness) mid-height, then "Rudd"."""
    img = Image.new("L", (400, 80), 255)
    d = ImageDraw.Draw(img)
    x = 100
    for k in range(3):
        d.rectangle((x, 30, x + 15, 49), fill=0)
        x += 20
    w, t = mark
    d.rectangle((x, 40 - t // 2, x + w - 1, 40 - t // 2 + t - 1), fill=0)
    x += w + 4
    for k in range(4):
        d.rectangle((x, 30, x + 15, 49), fill=0)
        x += 20
    return img


def _tsv(right: int, conf: float = 40.0) -> str:
    return "\n".join([TSV_HEAD, "1\t1\t0\t0\t0\t0\t0\t0\t400\t80\t-1\t",
                      f"5\t1\t1\t1\t1\t1\t98\t28\t{right - 98}\t24\t{conf}\tTam-Rudd"])


@pytest.mark.parametrize("mark, conf, want", [
    ((4, 4), 40.0, ["Tam", "Rudd"]),  # a dot of dust where the space was
    ((10, 3), 40.0, ["Tam-Rudd"]),  # a printed hyphen, read unsurely
    ((4, 4), 95.0, ["Tam-Rudd"]),  # read surely: left as read
])
def test_speck_between_names_read_as_hyphen_splits_the_word(mark, conf, want):
    img = _word_image(mark)
    right = 100 + 3 * 20 + mark[0] + 4 + 4 * 20
    words = tesseract_tsv_words(_tsv(right, conf), image=img)
    assert [w["text"] for w in words] == want


def test_police_constable_before_a_name_is_a_title_on_a_scan():
    data = _build([
        {"type": "text", "text": "Glenmarrow Community Council", "bold": True, "size": 12},
        {"type": "text", "text": "PRESENT: Moira Tulloch (Chair), Hamish Kerrow and Elspeth Dunnet (Secretary)."},
        {"type": "text", "text": "APOLOGIES: Constable Rory Baillie who could not attend."},
        {"type": "text", "text": "WELCOME: The Chair opened the Meeting and welcomed everyone."},
    ], True)
    ext = extract_document(data, content_type="application/pdf", filename="minutes.pdf")
    assert ("Rory Baillie", "apologies") in {(a.person, a.status) for a in ext.attendance}
