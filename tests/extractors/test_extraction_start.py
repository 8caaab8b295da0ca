"""A long PDF's start in the sandbox worker: the caller's work done while forked readers read the pages, and
header/footer keys."""
from __future__ import annotations

import subprocess
import sys

from boardpapers.extractors.layout import _furniture_key, remove_headers_footers

from .conftest import minutes_pdf

_MEANWHILE = """
import os, sys
from boardpapers.extractors import page_readers, text
data = open(sys.argv[1], "rb").read()
page_readers.PAGES_PER_FORK = 3
calls = []
os.environ[text.PAGE_WORKERS_ENV] = "1"
one, _, _ = text.document_pages(data, filename="m.pdf", meanwhile=lambda lines: calls.append("one reader"))
assert calls == [], calls  # no reader forked: nothing to share the work with, the caller does it after
os.environ[text.PAGE_WORKERS_ENV] = "2"
two, _, _ = text.document_pages(data, filename="m.pdf", meanwhile=lambda lines: calls.append((os.getpid(), lines)))
# once, in this process, with the first page's lines as read (its running footer not yet removed)
assert [(pid, "Present:" in lines, lines[-1]) for pid, lines in calls] == [(os.getpid(), True, "Page 1 of 9")], calls
def failing(lines):
    raise ImportError("a head start only")
three, warnings, partial = text.document_pages(data, filename="m.pdf", meanwhile=failing)
assert not partial and not warnings  # its failure is the caller's to meet later, not a page's
assert [p.text for p in one] == [p.text for p in two] == [p.text for p in three]
print("same")
"""


def test_meanwhile_runs_once_beside_forked_readers_and_never_fails_a_page(tmp_path):
    # forking is done only from a single-threaded process, and the test runner has server threads: a child
    # interpreter of its own is the process the readers fork from
    path = tmp_path / "minutes.pdf"
    path.write_bytes(minutes_pdf(pages=9, seed=3))
    out = subprocess.run([sys.executable, "-c", _MEANWHILE, str(path)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "same"


def test_furniture_keys_fold_any_whitespace_and_number_only_short_lines():
    assert _furniture_key("  Page\u00a03 of\t12 ") == "page # of #"
    assert _furniture_key("Minutes 14 July - Page iv") == "minutes # july - page #"  # six words
    assert _furniture_key("Minutes - 14 July 2016 - Page iv") == "minutes - 14 july 2016 - page iv"  # seven


def test_furniture_keys_number_roman_page_numbers_only_at_the_end():
    assert _furniture_key("Annex C") == "annex #"  # ends with a roman letter: numbered
    assert _furniture_key("Section ix. Draft") == "section ix. draft"  # no roman number at its end
    assert _furniture_key("Agenda item 4c") == "agenda item ##"  # after the digits' "#", "c" is a word of its own
    assert _furniture_key("Public") == "public"  # one word ending in "c": not a numeral by itself
    assert _furniture_key("Page vi\n") == "page #"


def test_furniture_counts_a_key_once_per_page():
    # "Item 3" and "Item 4" share one key on a page: counted once there, so 2 of the 5 pages have it, not "most"
    words = ["cedar", "maple", "rowan", "alder", "hazel"]
    pages = [[f"The {w} grove.", f"Planting {w} trees.", f"Felling {w} wood.", f"Selling {w} logs."] for w in words]
    pages[0][1:1] = pages[1][1:1] = ["Item 3", "Item 4"]
    assert remove_headers_footers(pages) == pages


def test_running_header_and_footer_removed_with_keys_worked_out_once_per_line():
    topics = ["budget", "housing", "dementia", "screening"]
    body = [[f"Report on {t} for the year", f"The Board noted the {t} report.", f"Members asked about {t} costs."]
            for t in topics]
    pages = [["Health Board  -  18 April 2019", *lines, f"Page {n} of 4"] for n, lines in enumerate(body, 1)]
    pages[2][0] = "Health Board - 18 April 2019"  # spaced otherwise: the same header
    assert remove_headers_footers(pages) == body
