"""Item labels in scanned minutes that the page's other labels give away (extractors/ocr.py ``_clean_ocr``): a
dotted number's stop lost or read as a digit, a 4 for a 1 in a dotted reference, a roman number's stop read as a
space; the line-by-line mends are in test_decisions_scanned.py. Invented minutes of a fictional board."""
from __future__ import annotations

import pytest

from extractors import extract_document
from extractors.ocr import _clean_ocr


@pytest.mark.parametrize("read, mended", [
    ("2.1\tMinutes\n41\tCapital Plan\n5.2\tRisk", "4.1\tCapital Plan"),      # the stop lost
    ("2.1\tMinutes\n441\tCapital Plan\n5.2\tRisk", "4.1\tCapital Plan"),     # the stop read as a 4
    ("2.1\tMinutes\n7441\tCapital Plan\n5.2\tRisk", "4.1\tCapital Plan"),    # and a speck before it as a 7
])
def test_a_lost_stop_is_put_back_between_dotted_neighbours(read, mended):
    assert _clean_ocr(read)[1] == mended


def test_a_lost_stop_before_the_first_dotted_number_is_put_back_in_a_numbers_column():
    page = "21\tMinutes\n441\tCapital Plan\n5.2\tRisk"
    assert _clean_ocr(page) == ["2.1\tMinutes", "4.1\tCapital Plan", "5.2\tRisk"]


@pytest.mark.parametrize("page", [
    "12 June 2026\n2.1\tMinutes\n3.1\tRisk",        # one side only, and no numbers column: a date
    "1.1 Apologies\n15 Members\n1.5 Finance",     # 1.5 is the next number already: no reading falls between
    "2.1 Minutes\n2024 Capital Plan\n5.2 Risk",   # no reading of a year falls between
    "12 Minutes\n41 Capital Plan\n15 Risk",       # no dotted neighbours
])
def test_a_plain_number_no_stop_explains_is_kept(page):
    assert _clean_ocr(page) == page.split("\n")


def test_a_one_read_as_four_in_a_dotted_minute_reference_is_mended_from_its_siblings():
    page = "16.29 Apologies\n16.31 Minutes\n16.34 Losses\n46.36 Audit Plan"
    assert _clean_ocr(page)[-1] == "16.36 Audit Plan"


def test_a_stop_read_as_four_before_the_stop_is_mended_by_the_order():
    page = "14. Welcome by the Chair: the meeting opened\n4. Minutes of the last meeting\n7. Officers"
    assert _clean_ocr(page)[0] == "1. Welcome by the Chair: the meeting opened"


def test_a_number_in_order_keeps_its_four():
    page = "12. Welcome\n14. Minutes of the last meeting\n17. Officers"
    assert _clean_ocr(page) == page.split("\n")


def test_a_lone_speck_between_grid_rows_is_dropped():
    page = ("Member\tRole\t02/02/26\t01/03/26\nAda Pemberton\tChair\tY\tY\n7\n"
            "Idris Calloway\tLay Member\tA\tY\n1. Welcome")
    assert _clean_ocr(page) == ["Member\tRole\t02/02/26\t01/03/26", "Ada Pemberton\tChair\tY\tY",
                                "Idris Calloway\tLay Member\tA\tY", "1. Welcome"]


def test_date_cells_of_a_grid_header_run_together_or_specked_are_split():
    header = 'Member\tRole\t"02/02/26\t01/03/26 ‘05/04/26 03/05/26'
    assert _clean_ocr(header) == ["Member\tRole\t02/02/26\t01/03/26\t05/04/26\t03/05/26"]
    assert _clean_ocr("Held on 02/02/26 03/03/26 at noon") == ["Held on 02/02/26 03/03/26 at noon"]  # no grid


def test_a_row_number_alone_in_a_numbered_table_is_kept():
    page = "6\tEstates plan\tApproved\n7\n\tWinter plan\tNoted"
    assert _clean_ocr(page) == page.split("\n")


def test_a_roman_stop_read_as_a_space_is_mended_where_the_page_keeps_it():
    page = "I.Call To Order\nII Roll Call\nIII Approval Of Agenda\nIV.Approval Of Minutes\nV.Public Comment"
    assert _clean_ocr(page) == ["I.Call To Order", "II.Roll Call", "III.Approval Of Agenda",
                                "IV.Approval Of Minutes", "V.Public Comment"]


def test_spaced_roman_headings_are_kept_where_the_page_has_no_glued_ones():
    page = "I Call To Order\nII Roll Call\nIII.Approval Of Agenda"
    assert _clean_ocr(page) == page.split("\n")


def test_decisions_under_mended_labels():
    page = "\n".join([
        "TARNWICK COMMUNITY COMMISSION - MINUTES",
        "I.Call To Order",
        "Il Roll Call",
        "Ill_Approval Of Meeting Agenda",
        "Motion by Petra Ogunwe to approve the agenda. Seconded by Idris Calloway. Motion Passed.",
        "\\V.Approval Of Meeting Minutes",
        "Motion by Idris Calloway to approve the minutes. Seconded by Petra Ogunwe. Motion Passed.",
    ])
    text = "\n".join(_clean_ocr(page))
    got = [d.item for d in extract_document(text.encode(), content_type="text/plain", filename="m.txt").decisions]
    assert got == ["III", "IV"]
