"""The rules that were written twice (adapters vs extraction) and disagreed, settled once: one case each."""
import datetime as dt

import pytest

from boardpapers.extractors.dates import find_dates
from boardpapers.extractors.doctype import document_type, meeting_date
from boardpapers.sites.parsing import parse_uk_date


def test_agenda_and_minutes_pack_is_minutes():
    # ModernGov's combined pack holds the record of the meeting; attendance and decisions are read from minutes
    assert document_type("Agenda and minutes", None) == "minutes"
    assert document_type("Agenda and minutes", None, default="report") == "minutes"


def test_decision_notice_is_minutes():
    assert document_type("Decision notice", None) == "minutes"
    assert document_type(None, "https://x.gov.uk/documents/Decision-notice-18-04-2019.pdf") == "minutes"


def test_strategy_update_is_a_report():
    assert document_type("Strategy update", None) == "report"
    assert document_type("Strategy update", "documents/s1/x.pdf", default="other") == "report"


def test_nothing_stated_gives_the_default_else_other_else_none():
    assert document_type("Better Care Fund Quarterly Return", None, default="report") == "report"
    assert document_type("Better Care Fund Quarterly Return", None) == "other"
    assert document_type(None, None) is None


def test_first_page_is_read_only_after_title_and_link():
    assert document_type("Agenda frontsheet", None, "MINUTES of the meeting") == "agenda"
    assert document_type(None, None, "HEALTH AND WELLBEING BOARD\nAGENDA") == "agenda"


@pytest.mark.parametrize("text, expected", [
    ("13th-Dec-18", dt.date(2018, 12, 13)),
    ("16.10.2017", dt.date(2017, 10, 16)),
    ("16.10.17", dt.date(2017, 10, 16)),
    ("Wednesday 24-Jul-2024", dt.date(2024, 7, 24)),
    ("18th April, 2019", dt.date(2019, 4, 18)),
    ("2019-04-18", dt.date(2019, 4, 18)),
    ("April 18, 2019", dt.date(2019, 4, 18)),
    ("20190418", dt.date(2019, 4, 18)),
    ("18/04/98", dt.date(1998, 4, 18)),  # two-digit years pivot at 70: never 2098
    ("1st March 69", dt.date(2069, 3, 1)),
    ("31/02/2019", None),
    ("1 May 1989", None),  # before any board's papers: not a meeting date
])
def test_one_uk_date_rule_for_adapters_and_extraction(text, expected):
    assert parse_uk_date(text) == expected
    assert meeting_date(text) == expected
    assert [m.date for m in find_dates(text)] == ([expected] if expected else [])


def test_meeting_date_offsets_survive_entities():
    # offsets are in the decoded text, so the cue before the date is still found after &nbsp; is decoded
    text = "Published&nbsp;on 01/04/2019\nMinutes of the meeting held on&nbsp;18 April 2019"
    assert meeting_date(text) == dt.date(2019, 4, 18)
