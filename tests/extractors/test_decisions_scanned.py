"""Decisions in scanned minutes: the OCR misreads that hide an item or its decision, mended line by line before
the decision reader sees the page (extractors/ocr.py ``_clean_ocr``). Invented minutes of a fictional board."""
from __future__ import annotations

import pytest

from extractors import extract_document
from extractors.ocr import _clean_ocr


@pytest.mark.parametrize("read, mended", [
    ("-3. Minutes of the previous meeting", "3. Minutes of the previous meeting"),
    ("~5.1\tPractice merger application", "5.1\tPractice merger application"),
    ("44, Wexcombe Care Partnership", "44. Wexcombe Care Partnership"),
    ("Il LICENSING OF STREET TRADERS", "II LICENSING OF STREET TRADERS"),
    ("Ill CIVIC GOVERNMENT ACT", "III CIVIC GOVERNMENT ACT"),
    ("lV PUBLIC HEALTH", "IV PUBLIC HEALTH"),
    ("lt was agreed that the report be noted.", "It was agreed that the report be noted."),
    ("ln the case of the application, the Board agreed", "In the case of the application, the Board agreed"),
    ("RESOLVEDthat the merger be approved.", "RESOLVED that the merger be approved."),
    ("-KHB/24/031\tQuarterly Performance Report", "KHB/24/031\tQuarterly Performance Report"),
    ("- 24/17 Finance Report Month 3", "24/17 Finance Report Month 3"),
    ("- QPB(24)12\tMinutes of the previous meeting", "QPB(24)12\tMinutes of the previous meeting"),
    ("12,47 Internal Audit Plan", "12.47 Internal Audit Plan"),
    ("§. Estates Strategy", "5. Estates Strategy"),
    ("§. / Estates Strategy", "5. / Estates Strategy"),
    ("4./ Tarnwick Compact", "4. / Tarnwick Compact"),
    ("18/24/ Winter Plan", "18/24 / Winter Plan"),
    ("|.Call To Order", "I.Call To Order"),
    ("Ill_Approval Of Agenda", "III.Approval Of Agenda"),
    ("\\V.Approval Of Minutes", "IV.Approval Of Minutes"),
    ("VIII_Adjournment", "VIII.Adjournment"),
    ("Il Roll Call", "II Roll Call"),
    ("3, / Minutes of the last meeting", "3. / Minutes of the last meeting"),
    ("§.2 The Board noted the update.", "5.2 The Board noted the update."),
    ("i}\tThe Board ratified the lease.", "i)\tThe Board ratified the lease."),
    ("held on 42th January 2026", "held on 12th January 2026"),
])
def test_misread_line_is_mended(read, mended):
    assert _clean_ocr(read) == [mended]


@pytest.mark.parametrize("line", [
    "11 LICENSING OF STREET TRADERS",   # an arabic number stays one
    "1 Harbour Stores 12 Quay Street",  # a table row's number
    "Ill health was the main cause of absence.",
    "2019, The Board met in public.",
    "Article ll(h) of the minute",
    "The NHSmail account was closed.",
    "- Approve the estates strategy;",
    "- 3 Members voted against",       # a bullet before a plain count
    "1,250 Residents replied",          # a thousands comma
    "| Councillor Petra Ogunwe",        # one bar is a table's rule
    "1.Call To Order",                  # an arabic number glued to its heading
    "§ 12 of the Act applies",
    "12/24/2025 Meeting",
    "the 42nd annual meeting and the 44th",
])
def test_text_that_is_no_misread_is_kept(line):
    assert _clean_ocr(line) == [line]


def test_decisions_under_mended_item_numbers():
    page = "\n".join([
        "WEXCOMBE COMBINED AUTHORITY - MINUTES",
        "-3. Minutes of the meeting held on 2 May 2026",
        "RESOLVEDthat the minutes be approved as a correct record.",
        "44, Wexcombe Care Partnership",
        "The Chief Officer introduced the plan.",
        "lt was agreed that the plan be endorsed.",
    ])
    text = "\n".join(_clean_ocr(page))
    got = [(d.item, d.text) for d in extract_document(text.encode(), content_type="text/plain",
                                                       filename="m.txt").decisions]
    assert got == [("3.", "RESOLVED that the minutes be approved as a correct record."),
                   ("44.", "It was agreed that the plan be endorsed.")]


def test_minute_year_read_as_four_is_mended_from_its_siblings():
    page = "PCCC 16/21 Welcome\nPCCC 16/22 Minutes\nPCCC 46/25 Practice merger\n19/51 Minutes\n49/54 Networks"
    assert _clean_ocr(page) == ["PCCC 16/21 Welcome", "PCCC 16/22 Minutes", "PCCC 16/25 Practice merger",
                                "19/51 Minutes", "19/54 Networks"]


def test_minute_numbers_of_their_own_are_kept():
    page = "41/19 Minutes\n42/19 Finance\n45/19 Estates\n12/19 Quality"
    assert _clean_ocr(page) == page.split("\n")
