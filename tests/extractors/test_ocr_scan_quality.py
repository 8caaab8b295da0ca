"""Attendance from poorer scans: a sheet fed askew, a 1-bit or coarse scan, a photocopy (evaluation/scans/), and
the word-box clean-up behind them (extractors/ocr.py)."""
import shutil

import pytest

from boardpapers.extractors import extract_document
from boardpapers.extractors.ocr import tesseract_tsv_words
from boardpapers.extractors.layout import words_to_lines

from .scan_pages import table_expected, table_page

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="tesseract-ocr is installed by scripts/test")


@needs_tesseract
@pytest.mark.parametrize("scan", [
    {"dpi": 200, "mode": "grey", "skew_deg": 1.5},
    {"dpi": 200, "mode": "grey", "skew_deg": -2.5},
    {"dpi": 200, "mode": "bw", "copy": True, "noise": 60},
    {"dpi": 200, "mode": "bw"},
    {"dpi": 150},
], ids=["skew1.5", "skew-2.5", "copy200", "bw200", "grey150"])
def test_a_poor_scan_of_a_name_role_table_gives_every_person_and_status(scan):
    ext = extract_document(table_page(scan), filename="minutes.pdf")
    assert ext.pages[0].ocr
    assert {(r.person, r.status) for r in ext.attendance} == table_expected()


HEAD = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _tsv(words: list[tuple], page=(1654, 2339)) -> str:
    """TSV as tesseract writes it: (line_num, left, top, width, height, conf, text) per word, one block."""
    rows = [HEAD, f"1\t1\t0\t0\t0\t0\t0\t0\t{page[0]}\t{page[1]}\t-1\t"]
    for k, (line, left, top, wd, ht, conf, text) in enumerate(words, 1):
        rows.append(f"5\t1\t1\t1\t{line}\t{k}\t{left}\t{top}\t{wd}\t{ht}\t{conf}\t{text}")
    return "\n".join(rows) + "\n"


def _tilted_rows(slope: float) -> str:
    """Two table rows (name, then a role far to the right) on a sheet tilted by ``slope`` (dy/dx)."""
    words = []
    for line, (name, role, y) in enumerate((("Wren Albery", "Trust Chair", 400), ("Cato Marsh", "Lay Member", 440)), 1):
        x = 150
        for text in name.split() + role.split():
            words.append((line, x, round(y + slope * x), 20 * len(text), 22, 95, text))
            x += 20 * len(text) + (700 if text == name.split()[-1] else 18)
    return _tsv(words)


def test_a_tilted_sheet_is_read_row_by_row():
    assert words_to_lines(tesseract_tsv_words(_tilted_rows(0.03)), 1654) == [
        "Wren Albery\tTrust Chair", "Cato Marsh\tLay Member"]


def test_a_tilt_beyond_the_cap_is_left_as_read():
    # 6 degrees: no sheet that tesseract still reads line by line is fed this askew, so the estimate is not used
    lines = words_to_lines(tesseract_tsv_words(_tilted_rows(0.105)), 1654)
    assert "Wren Albery\tTrust Chair" not in lines


def test_a_word_swollen_by_a_rule_keeps_to_its_row():
    tsv = _tsv([(1, 150, 400, 60, 22, 96, "Wren"), (1, 220, 400, 90, 22, 96, "Albery"),
                (1, 800, 380, 120, 70, 20, "Chair"),  # a cell border touching it: its box runs into the next row
                (2, 150, 440, 60, 22, 96, "Cato"), (2, 220, 440, 80, 22, 96, "Marsh")])
    assert words_to_lines(tesseract_tsv_words(tsv), 1654) == ["Wren Albery\tChair", "Cato Marsh"]


def test_specks_and_rule_marks_are_no_words():
    tsv = _tsv([(1, 150, 400, 8, 7, 40, "e"),  # dust read as a letter, a third of the line's height
                (1, 170, 400, 200, 22, 96, "—_|—"),  # a table rule read as text
                (1, 400, 400, 130, 22, 91, "\u201cWren"), (1, 540, 400, 90, 22, 96, "Albery\u00b0")])
    assert [w["text"] for w in tesseract_tsv_words(tsv)] == ["Wren", "Albery"]


def test_a_quoted_word_keeps_its_quotes():
    tsv = _tsv([(1, 150, 400, 130, 22, 91, "\u2018Wexcombe\u2019")])
    assert [w["text"] for w in tesseract_tsv_words(tsv)] == ["\u2018Wexcombe\u2019"]


@pytest.mark.parametrize("read, meant", [
    (["Clir", "Wren", "Albery"], ["Cllr", "Wren", "Albery"]),
    (["CIlr", "Wren", "Albery"], ["Cllr", "Wren", "Albery"]),
    (["Cl1rs.", "Albery"], ["Cllrs.", "Albery"]),
    (["Cllr,", "Wren", "Albery"], ["Cllr", "Wren", "Albery"]),
    (["Wren.Albery"], ["Wren", "Albery"]),
    (["J.Albery"], ["J.Albery"]),
    (["Ena", "Maclvor"], ["Ena", "MacIvor"]),  # Mac or Mc then l before a consonant: a capital I
    (["Mcllwain,"], ["McIlwain,"]),
    (["Ena", "Maclean"], ["Ena", "Maclean"]),  # before a vowel the l is the name's own
])
def test_title_misreads_and_names_glued_over_a_speck(read, meant):
    words, x = [], 150
    for text in read:
        words.append((1, x, 400, 16 * len(text), 22, 90, text))
        x += 16 * len(text) + 12
    assert [w["text"] for w in tesseract_tsv_words(_tsv(words))] == meant
