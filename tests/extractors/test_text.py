"""Text extraction: line contract, reading order, hyphenation, running headers, HTML, sniffing, doctype."""
from __future__ import annotations

import datetime as dt
import itertools
import shutil
import subprocess
import sys

import pytest

from boardpapers.extractors import page_readers
from boardpapers.extractors.doctype import document_type, meeting_date
from boardpapers.extractors.text import (
    dehyphenate,
    document_pages,
    html_pages,
    pdf_pages,
    remove_headers_footers,
    sniff,
    words_to_lines,
)

from .conftest import TABLE_ROWS, docx_bytes, minutes_pdf

ENGINES = ["pdfium", "pdfium-chars", "pdfplumber"]


@pytest.mark.parametrize("engine", ENGINES)
def test_two_column_table_rows_are_tab_separated(pdfs, engine):
    pages, warnings = pdf_pages(pdfs["minutes"], engine=engine)
    lines = pages[0].text.split("\n")
    for name, role in TABLE_ROWS:
        assert f"{name}\t{role}" in lines
    # names are not listed before roles
    assert lines.index("Present:") + 1 == lines.index(f"{TABLE_ROWS[0][0]}\t{TABLE_ROWS[0][1]}")


@pytest.mark.parametrize("engine", ENGINES)
def test_reading_order_and_no_tabs_in_prose(pdfs, engine):
    pages, _ = pdf_pages(pdfs["minutes"], engine=engine)
    assert [p.number for p in pages] == [1, 2, 3, 4]
    text = pages[0].text
    assert text.index("Minutes of the meeting") < text.index("Present:") < text.index("Dr Jane Smith")
    assert text.index("Dr Jane Smith") < text.index("Better Care Fund")
    prose = [l for p in pages for l in p.text.split("\n") if len(l) > 60]
    assert prose and all("\t" not in l for l in prose)  # justified lines keep spaces


@pytest.mark.parametrize("engine", ENGINES)
def test_hyphenation(pdfs, engine):
    text = pdf_pages(pdfs["minutes"], engine=engine)[0][0].text
    assert "implementation" in text and "imple-" not in text
    assert "Well-\nBeing" in text  # next line starts uppercase: the hyphen is kept


@pytest.mark.parametrize("engine", ENGINES)
def test_running_headers_and_page_numbers_removed(pdfs, engine):
    pages, _ = pdf_pages(pdfs["minutes"], engine=engine)
    for p in pages:
        assert "Health and Wellbeing Board - 18 April 2019" not in p.text
        assert "Page " not in p.text
        assert p.text.strip()


def test_short_documents_keep_headers(pdfs):
    pages, _ = pdf_pages(pdfs["short"])
    assert "Page 1 of 2" in pages[0].text


def test_line_building_from_words():
    def w(text, x0, top, size=10):
        return {"text": text, "x0": x0, "x1": x0 + 5 * len(text), "top": top, "bottom": top + size}

    words = [w("Jane", 20, 100), w("Smith", 47, 100), w("Chair", 200, 100.5),
             w("Officer", 200, 115), w("A", 20, 130), w("B", 28, 130), w("18th", 20, 145), w("th", 40, 143, 6)]  # fmt: skip
    assert words_to_lines(words) == ["Jane Smith\tChair", "\tOfficer", "A B", "18th th"]


def test_dehyphenate_and_furniture_units():
    assert dehyphenate(["the imple-", "mentation of", "Well-", "Being"]) == ["the implementation", "of", "Well-", "Being"]
    assert dehyphenate(["a pre-", "meeting"]) == ["a premeeting"]
    bodies = ["alpha", "beta", "gamma", "delta", "epsilon"]
    pages = [["Report ref ABC 2019", f"{b} one", f"{b} two", f"Page {i} of 5"] for i, b in enumerate(bodies, 1)]
    assert remove_headers_footers(pages)[2] == ["gamma one", "gamma two"]
    pages[0] = ["Cover page only"]
    assert remove_headers_footers(pages)[0] == ["Cover page only"]


def test_image_only_page_without_ocr(pdfs, monkeypatch):
    # the no-tesseract path: hide tesseract from PATH for this test
    monkeypatch.setenv("PATH", "/nonexistent")
    pages, warnings = pdf_pages(pdfs["image"])
    assert pages[0].image_only and not pages[0].ocr and pages[0].text == ""
    assert any("no text layer" in w and "tesseract" in w for w in warnings)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed (apt-get install tesseract-ocr)")
def test_image_only_page_is_ocred(pdfs):
    pages, warnings = pdf_pages(pdfs["ocr"])
    assert pages[0].ocr and not pages[0].image_only
    assert "Minutes of the meeting" in pages[0].text
    assert "Jane Smith" in pages[0].text


def test_html_blocks_cells_and_chrome():
    html = b"""<html><head><title>x</title><style>p{}</style><script>var a=1;</script></head><body>
    <nav><a href="/">Home</a></nav><header>Council website</header>
    <div id="modgov"><h1 class="mgMainTitleTxt">Health and Wellbeing Board</h1>
    <p>Present:&nbsp;&nbsp;Councillors</p>
    <table><tr><td>Dr Jane&nbsp;Smith</td><td><p>Director of</p> <p>Public Health</p></td></tr>
    <tr><th>Ms B Reilly</th><td>NHS England</td></tr></table>
    <ul><li>Item one &amp; two</li><li>Item   three</li></ul>Tom&#39;s<br>line</div>
    <footer>Copyright</footer></body></html>"""
    text = html_pages(html)[0].text
    lines = text.split("\n")
    assert "Dr Jane Smith\tDirector of Public Health" in lines
    assert "Ms B Reilly\tNHS England" in lines
    assert "Present: Councillors" in lines
    assert "Item one & two" in lines and "Item three" in lines
    assert "Tom's" in lines and "line" in lines
    for chrome in ("Home", "Council website", "Copyright", "var a", "p{}"):
        assert chrome not in text


def test_escaped_word_html_from_moderngov_web_service():
    body = ("&lt;div class=WordSection1&gt;&lt;p class=MsoNormal&gt;RESOLVED: That the report be "
            "noted.&lt;/p&gt;&lt;p class=MsoNormal&gt;&amp;nbsp;&lt;/p&gt;&lt;p class=MsoNormal&gt;"
            "Apologies were received from Cllr Adam&amp;nbsp;Marsh.&lt;o:p&gt;&lt;/o:p&gt;&lt;/p&gt;&lt;/div&gt;")
    xml = f"<minutesnonemptyhtmlbody>{body}</minutesnonemptyhtmlbody>"
    assert html_pages(xml)[0].text.split("\n") == [
        "RESOLVED: That the report be noted.",
        "Apologies were received from Cllr Adam Marsh.",
    ]


def test_sniff(pdfs):
    assert sniff(pdfs["minutes"], "application/pdf", "a.pdf") == "pdf"
    assert sniff(b"\n\n  %PDF-1.7\n...", None, None) == "pdf"  # junk before the header is tolerated
    error_page = b"<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>"
    assert sniff(error_page, "application/pdf", "minutes.pdf") == "html"
    assert sniff(b"Plain minutes text\nPresent: A", "text/plain", None) == "text"
    assert sniff(b"Some text", "text/html", None) == "html"
    assert sniff(b"", None, None) == "unknown"
    assert sniff(docx_bytes(), "application/pdf", "x.pdf") == "docx"


def test_document_pages_dispatch(pdfs):
    pages, warnings, partial = document_pages(pdfs["minutes"], "application/pdf")
    assert len(pages) == 4 and not partial
    pages, warnings, partial = document_pages(b"<html><body><p>Not found</p></body></html>", "application/pdf", "m.pdf")
    assert pages[0].text == "Not found" and any("HTML" in w for w in warnings)
    pages, _, _ = document_pages(docx_bytes())
    assert pages[0].text.split("\n") == ["Minutes of the meeting", "Dr Jane Smith\tDirector of Public Health"]


@pytest.mark.parametrize(
    "title,url,first,expected",
    [
        ("Printed minutes 18th-Apr-2019 10.00 Health and Wellbeing Board", None, None, "minutes"),
        ("Minutes of the meeting held on 14 July 2016", None, None, "minutes"),
        ("Agenda frontsheet", None, None, "agenda"),
        ("Public reports pack", None, None, "agenda"),
        ("Report of the Director of Public Health", None, None, "report"),
        ("Appendix 1 - Better Care Fund", None, None, "report"),
        ("Declarations of interest", None, None, "other"),
        (None, "https://d.example.gov.uk/documents/g5/Printed%20minutes%2018th-Apr-2019.pdf?T=1", None, "minutes"),
        (None, None, "HEALTH AND WELLBEING BOARD\nAGENDA\nDate: Tuesday 21 January 2020", "agenda"),
        (None, None, None, None),
    ],
)
def test_document_type(title, url, first, expected):
    assert document_type(title, url, first) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Cumbria Health and Wellbeing Board - Thursday, 18th April, 2019 10.00 am", dt.date(2019, 4, 18)),
        ("Tuesday 21 January 2020 10.00 am", dt.date(2020, 1, 21)),
        ("Monday, 28 March 2022 5:30 pm", dt.date(2022, 3, 28)),
        ("Minutes of the meeting held on 14 July 2016 at County Hall", dt.date(2016, 7, 14)),
        ("STP Board Minutes 16.10.2017 - Redacted", dt.date(2017, 10, 16)),
        ("Date: 18/04/2019", dt.date(2019, 4, 18)),
        ("Published: 01/04/2019\nMinutes of the meeting held on 18 April 2019", dt.date(2019, 4, 18)),
        ("Printed minutes 13th-Dec-2018 10.00", dt.date(2018, 12, 13)),
        # the earlier meeting's date under an item loses to this meeting's own heading (real29)
        ("Eastby Panel - Tuesday, 15 September 2020 10.30 am\n40/20 MINUTES OF THE PREVIOUS MEETING\nThe minutes "
         "of the meeting held on 30 June 2020 were agreed as a true record.", dt.date(2020, 9, 15)),
        ("Minutes 22nd September 2016\nMinutes of the Meeting of the Parish Council\n3 Minutes of Previous Meeting "
         "24th March 2016\nResolved: to approve the Minutes", dt.date(2016, 9, 22)),
        ("No date here, item 31/02/2019 is invalid", None),
        ("", None),
    ],
)
def test_meeting_date(text, expected):
    assert meeting_date(text) == expected


# --- the fast pdfium path: plain text, word boxes only where layout matters -----------------------------


def _raw_pdf(streams: list[bytes]) -> bytes:
    """A PDF with one page per content stream, Helvetica as /F1: lets a test place text operators exactly
    (one TJ drawing two cells, text drawn bottom-up), which fpdf2 does not."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for stream in streams:
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                       b" /Contents %d 0 R >>" % len(objects))
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    chunks = [b"%PDF-1.4\n"] + [b"%d 0 obj\n%s\nendobj\n" % (n, body) for n, body in enumerate(objects, 1)]
    starts = list(itertools.accumulate(len(c) for c in chunks))  # each object starts where the last ended
    size = len(objects) + 1
    xref = b"xref\n0 %d\n0000000000 65535 f \n" % size + b"".join(b"%010d 00000 n \n" % o for o in starts[:-1])
    trailer = b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, starts[-1])
    return b"".join(chunks) + xref + trailer


def test_one_text_operator_drawing_two_cells_keeps_the_column_tab():
    # "Dr Jane Smith", a jump of 150 points inside the same TJ, then the role: one pdfium text run
    row = b"BT /F1 11 Tf 60 700 Td [(Dr Jane Smith) -13636 (Director of Public Health)] TJ ET"
    prose = b"BT /F1 11 Tf 60 650 Td (The Board noted the report and agreed the recommendations.) Tj ET"
    data = _raw_pdf([row + b"\n" + prose])
    for engine in ("pdfium", "pdfium-chars"):
        pages, _ = pdf_pages(data, engine=engine)
        assert pages[0].text.split("\n") == [
            "Dr Jane Smith\tDirector of Public Health",
            "The Board noted the report and agreed the recommendations.",
        ], engine


def test_text_drawn_out_of_order_comes_out_in_reading_order():
    # the content stream draws the second line first; the page reads top to bottom
    stream = (b"BT /F1 11 Tf 60 680 Td (Second line of the minutes.) Tj ET\n"
              b"BT /F1 11 Tf 60 700 Td (First line of the minutes.) Tj ET")
    pages, _ = pdf_pages(_raw_pdf([stream]))
    assert pages[0].text == "First line of the minutes.\nSecond line of the minutes."


def test_fast_path_matches_character_boxes_on_every_page():
    data = minutes_pdf(pages=12, seed=7)
    fast, _ = pdf_pages(data, engine="pdfium")
    reference, _ = pdf_pages(data, engine="pdfium-chars")
    assert [p.text for p in fast] == [p.text for p in reference]
    assert "\t" in fast[0].text  # the Present table went through the word-box reader


_FORKED_READERS = """
import os, sys
from boardpapers.extractors import page_readers, text
data = open(sys.argv[1], "rb").read()
os.environ[text.PAGE_WORKERS_ENV] = "1"
one, one_warnings = text.pdf_pages(data)
os.environ[text.PAGE_WORKERS_ENV] = "3"
page_readers.PAGES_PER_FORK = 3
forked = page_readers._fork_readers(lambda i: ("page", i), 9, None)
got = [forked.get(i) for i in range(9)]  # the caller and the first child share pages 0-5 from the two ends
own = got.count(None)  # read by the caller: the pages before the two ends met
assert own <= 6 and got == [None] * own + [(True, ("page", i)) for i in range(own, 9)], got
three, three_warnings = text.pdf_pages(data)
assert [(p.number, p.text) for p in three] == [(p.number, p.text) for p in one]
assert three_warnings == one_warnings
from boardpapers.extractors import extract_document
forked_call = page_readers.ForkedCall(os.getpid)
assert forked_call.result() != os.getpid()  # computed in a child
unread = page_readers.ForkedCall(lambda: "x" * 10_000_000)  # more than a pipe holds: the child blocks
unread.close()  # the caller failed before asking: the child is stopped and reaped, nothing hangs
try:
    os.waitpid(-1, os.WNOHANG)
    raise AssertionError("a forked child was left behind")
except ChildProcessError:
    pass
extracted = extract_document(data, filename="m.pdf")  # decisions read in a forked child
os.environ[text.PAGE_WORKERS_ENV] = "1"
assert page_readers.ForkedCall(os.getpid).result() == os.getpid()  # one worker: in process
alone = extract_document(data, filename="m.pdf")
assert extracted.decisions and extracted.attendance and extracted.to_dict() == alone.to_dict()
os.environ[text.PAGE_WORKERS_ENV] = "2"
ends = page_readers.TwoEnds(1000)  # the caller from the front, a forked child from the back
taken_from_the_back = page_readers.ForkedCall(lambda: list(iter(ends.back, None)))
from_the_front = list(iter(ends.front, None))
from_the_back = taken_from_the_back.result()
assert sorted(set(from_the_front) | set(from_the_back)) == list(range(1000))
assert from_the_front == list(range(len(from_the_front)))  # in order, the front's first
assert len(set(from_the_front) & set(from_the_back)) <= 1  # at most the index where they met, taken twice
print("same")
"""


def test_two_ends_give_every_index_once_in_one_process():
    ends = page_readers.TwoEnds(7)
    taken = [ends.front(), ends.back(), ends.back(), ends.front(), ends.front(), ends.back(), ends.front()]
    assert taken == [0, 6, 5, 1, 2, 4, 3]
    assert ends.front() is None and ends.back() is None


def test_forked_page_readers_give_the_same_pages(tmp_path):
    # forking is done only from a single-threaded process, and the test runner has server threads: a child
    # interpreter of its own is the process the readers fork from
    path = tmp_path / "minutes.pdf"
    path.write_bytes(minutes_pdf(pages=9, seed=3))
    out = subprocess.run([sys.executable, "-c", _FORKED_READERS, str(path)], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "same"
