"""Fuzzing the extractors (Hypothesis): whatever bytes or text arrive, extraction either succeeds or raises the
project's own ``ExtractionError`` — never another exception, which in a run would be an unexplained failure."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boardpapers.errors import ExtractionError
from boardpapers.extractors import extract_document
from boardpapers.extractors.attendance import parse_attendance
from boardpapers.extractors.decisions import parse_decisions
from boardpapers.extractors.doctype import document_type, meeting_date
from boardpapers.extractors.organisations import Gazetteer
from boardpapers.extractors.text import document_pages, html_to_lines
from boardpapers.models import Page

from .conftest import minutes_pdf


def fuzz(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


# Lines shaped like minutes: the headings and names the parsers look for, broken up and recombined.
PIECES = ["Present:", "PRESENT", "Apologies:", "Apologies for absence", "In attendance:", "Also present:",
          "Substitute:", "substituting for", "(Chair)", "(Vice-Chair)", "Councillor", "Cllr.", "Dr", "Ms", "Mr",
          "Jane Smith", "Avi Bhatia", "O'Neil-Jones", "Director of Public Health", "NHS England", "NHS Northmere CCG",
          "Northmere County Council", "Healthwatch", "RESOLVED:", "RESOLVED – That", "Agreed", "(i)", "(ii)",
          "5.", "12a", "that the report be noted.", "approved", "deferred", "\t", ",", ";", "–", "-", "(", ")",
          "and", "14 July 2016", "31/02/2019", "2016-13-45", "\u00a0", "\x0c", "é", "\U0001F600", ""]
line = st.lists(st.sampled_from(PIECES), max_size=8).map(" ".join) | st.text(max_size=80)
page_text = st.lists(line, max_size=30).map("\n".join)
pages = st.lists(page_text, min_size=1, max_size=4).map(lambda texts: [Page(i + 1, t) for i, t in enumerate(texts)])


@fuzz(300)
@given(pages)
def test_attendance_decisions_and_metadata_never_raise(generated):
    for record in parse_attendance(generated, Gazetteer.default()):
        assert record.status in (None, "present", "apologies", "absent", "in_attendance", "substitute", "expected")
    parse_decisions(generated)
    first = generated[0].text
    document_type(None, None, first)
    day = meeting_date(first)
    assert day is None or isinstance(day, dt.date)


TAGS = ["<p>", "</p>", "<br>", "<table>", "<tr>", "<td>", "</td>", "</tr>", "</table>", "<div id='modgov'>",
        "</div>", "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "&lt;p&gt;", "&amp;", "&#0;",
        "&#x110000;", "<h1>", "<li>", "<?xml ?>", "<!DOCTYPE html>", "<html>", "<body>", "<", ">", "\"", "'"]
markup = st.lists(st.sampled_from(TAGS) | line, max_size=60).map("".join)


@fuzz(200)
@given(markup)
def test_html_never_raises(text):
    html_to_lines(text)
    _extract_or_own_error(("<html><body>" + text).encode("utf-8", "surrogatepass"), "text/html")


def _extract_or_own_error(data: bytes, content_type: str | None, filename: str | None = None):
    try:
        return extract_document(data, content_type=content_type, filename=filename)
    except ExtractionError:
        return None


@fuzz(300)
@given(st.binary(max_size=4096), st.sampled_from([None, "application/pdf", "text/html", "text/plain",
                                                    "application/octet-stream"]),
       st.sampled_from([None, "minutes.pdf", "page.html", "notes.txt", "report.docx"]))
def test_any_bytes_extract_or_raise_extraction_error(data, content_type, filename):
    _extract_or_own_error(data, content_type, filename)


@pytest.fixture(scope="module")
def small_pdf():
    return minutes_pdf(2)


@fuzz(120)
@given(st.data())
def test_damaged_pdfs_extract_or_raise_extraction_error(small_pdf, data):
    damaged = bytearray(small_pdf)
    for _ in range(data.draw(st.integers(1, 12), label="damages")):
        kind = data.draw(st.sampled_from(["flip", "cut", "splice"]), label="kind")
        at = data.draw(st.integers(0, max(0, len(damaged) - 1)), label="at")
        if kind == "flip" and damaged:
            damaged[at] = data.draw(st.integers(0, 255), label="byte")
        elif kind == "cut":
            del damaged[at: at + data.draw(st.integers(1, 400), label="length")]
        else:
            damaged[at:at] = data.draw(st.binary(min_size=1, max_size=64), label="insert")
    for engine in ("pdfium", "pdfplumber"):
        try:
            document_pages(bytes(damaged), "application/pdf", "minutes.pdf", engine=engine, timeout_s=20)
        except ExtractionError:
            pass
