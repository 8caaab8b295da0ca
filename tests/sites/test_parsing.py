"""The shared pure helpers: UK dates and times, document types, meeting statuses, URL canonicalisation."""
import datetime as dt

import pytest

from boardpapers.extractors.doctype import document_type
from boardpapers.sites.parsing import (
    canonical_url,
    meeting_status,
    normalise_title,
    parse_time,
    parse_uk_date,
    parse_uk_datetime,
    query_param,
    status_word,
)


@pytest.mark.parametrize("text, day, time", [
    ("26 May 2026&nbsp;6.00 pm", dt.date(2026, 5, 26), "18:00"),
    ("26 May 2026\xa06.00 pm", dt.date(2026, 5, 26), "18:00"),
    ("Thursday, 18th April, 2019 10.00 am", dt.date(2019, 4, 18), "10:00"),
    ("Cumbria Health and Wellbeing Board - Thursday, 18th April, 2019 10.00 am", dt.date(2019, 4, 18), "10:00"),
    ("Tuesday 21 January 2020 10.00 am", dt.date(2020, 1, 21), "10:00"),
    ("Monday, 28 March 2022 5:30 pm", dt.date(2022, 3, 28), "17:30"),
    ("21/01/2020", dt.date(2020, 1, 21), None),
    ("21&#47;01&#47;2020 2.00 pm", dt.date(2020, 1, 21), "14:00"),
    ("STP Board Minutes 16.10.2017 \u2013 Redacted", dt.date(2017, 10, 16), None),
    ("Printed minutes 13th-Dec-2018 10.00 Health and Wellbeing Board.pdf", dt.date(2018, 12, 13), "10:00"),
    ("Agenda frontsheet Wednesday 24-Jul-2024 18.30 Health and Wellbeing Board", dt.date(2024, 7, 24), "18:30"),
    ("9 Jul 2026 11:00 - Planning Committee", dt.date(2026, 7, 9), "11:00"),
    ("GB-agenda-2017-10-16.pdf", dt.date(2017, 10, 16), None),
    ("Papers_26_March_2019.pdf", dt.date(2019, 3, 26), None),
    ("3 March 2020 12 noon", dt.date(2020, 3, 3), "12:00"),
    ("Monday, 12.30 am 1st June 2020", dt.date(2020, 6, 1), None),  # a time before the date is not taken
])
def test_uk_dates_and_times(text, day, time):
    assert parse_uk_datetime(text) == (day, time)


@pytest.mark.parametrize("text", ["", "Annual report 2018-19", "Item 14.1", "31/02/2019", "Agenda", "10.00 am"])
def test_no_date_is_none(text):
    assert parse_uk_date(text) is None


def test_time_after_the_date_only():
    assert parse_uk_datetime("16.10.2017") == (dt.date(2017, 10, 16), None)  # never 16:10
    assert parse_time("12.00 pm") == "12:00" and parse_time("12.15 am") == "00:15" and parse_time("10") is None


@pytest.mark.parametrize("title, url, expected", [
    ("Printed minutes", "documents/g1/Printed minutes 18th-Apr-2019.pdf?T=1", "minutes"),
    ("Draft minutes", None, "minutes"),
    ("Minutes \u2013 Health and Wellbeing Board \u2013 18 April 2019", None, "minutes"),
    ("Agenda frontsheet", None, "agenda"),
    ("Public reports pack", None, "agenda"),
    ("Supplementary agenda", None, "agenda"),
    ("Governing Body Papers 21 March 2016", None, "agenda"),
    ("Agenda item 4 - Minutes of the previous meeting", None, "minutes"),
    ("Appendix 1 - Action plan", None, "report"),
    ("Report of the Director of Public Health", None, "report"),
    ("", "https://x.nhs.uk/wp-content/uploads/GB-minutes-2019-03-18.pdf", "minutes"),
    ("Better Care Fund Quarterly Return", None, "other"),
])
def test_document_type(title, url, expected):
    assert document_type(title, url) == expected


def test_document_type_default_for_unlabelled_papers():
    assert document_type("Better Care Fund Quarterly Return", "documents/s123/BCF.pdf", default="report") == "report"


@pytest.mark.parametrize("raw, day, expected", [
    ("Confirmed", dt.date(2019, 1, 1), "held"),
    ("Confirmed", dt.date(2031, 1, 1), "scheduled"),
    ("Scheduled", dt.date(2031, 1, 1), "scheduled"),
    ("Meeting held", dt.date(2019, 1, 1), "held"),
    ("Cancelled", dt.date(2019, 1, 1), "cancelled"),
    ("CANCELLED", dt.date(2031, 1, 1), "cancelled"),
    ("Postponed", dt.date(2019, 1, 1), "postponed"),
    ("Moved", dt.date(2019, 1, 1), "postponed"),
    (None, dt.date(2019, 1, 1), "held"),  # listing pages publish no status: a past meeting with papers was held
    (None, None, "unknown"),
    ("Inquorate?", dt.date(2019, 1, 1), "unknown"),  # a word we do not know is not guessed
])
def test_meeting_status(raw, day, expected):
    assert meeting_status(raw, day, today=dt.date(2025, 6, 1)) == expected


def test_canonical_url_resolves_and_lowercases_host():
    assert canonical_url("documents/s12/Report.pdf", "HTTPS://Democracy.Example.GOV.uk:443/modernGov/ieListDocuments.aspx?CId=1") \
        == "https://democracy.example.gov.uk/modernGov/documents/s12/Report.pdf"


def test_canonical_url_spaces_and_escapes_have_one_spelling():
    base = "https://x.gov.uk/"
    spellings = ["a b, c.pdf", "a%20b%2C%20c.pdf", "a%20b,%20c.pdf", " a b, c.pdf#page=2"]
    assert len({canonical_url(s, base) for s in spellings}) == 1


def test_canonical_url_plus_is_literal_unless_said_otherwise():
    base = "https://x.gov.uk/"
    assert canonical_url("a+b.pdf", base) != canonical_url("a b.pdf", base)
    assert canonical_url("a+b.pdf", base, plus_is_space=True) == canonical_url("a b.pdf", base)


def test_canonical_url_keeps_query_identity():
    token = "Document.ashx?czJK=ab%2Bc%2Fd%3D&L=1"
    assert canonical_url(token, "https://x.uk/cmis/") == "https://x.uk/cmis/Document.ashx?czJK=ab%2Bc%2Fd%3D&L=1"
    assert canonical_url("a.pdf?T=1", "https://x.uk/") != canonical_url("a.pdf?T=10", "https://x.uk/")
    assert canonical_url("a.pdf?T=1&amp;x=2", "https://x.uk/").endswith("a.pdf?T=1&x=2")


def test_query_param_ignores_case():
    assert query_param("ieListDocuments.aspx?CId=5&MID=77", "MId") == "77"
    assert query_param("CeListDocuments.aspx?CommitteeId=5&amp;MeetingId=78", "MId", "MeetingId") == "78"


def test_normalise_title():
    assert normalise_title("Health &amp; Wellbeing  Board") == normalise_title("health and wellbeing board")


@pytest.mark.parametrize("text, word", [
    ("Health and Wellbeing Board 12 March 2020 CANCELLED", "Cancelled"),
    ("Health and Wellbeing Board, 12 March 2020 (canceled)", "Canceled"),  # CMIS rows once missed this spelling
    ("Meeting postponed to 2 April", "Postponed"),
    ("This meeting has been moved", "Moved"),
    ("Health and Wellbeing Board 12 March 2020", None),
])
def test_one_status_word_rule_for_every_adapter(text, word):
    assert status_word(text) == word
    if word:
        assert meeting_status(word, None) in ("cancelled", "postponed")
