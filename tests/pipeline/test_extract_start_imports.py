"""`boardpapers extract` before its sandbox worker's reply: no data model imported (its ~17 ms of dataclasses stay off
the command's one-core start), and the pieces that make that possible (vocabularies, payload check by URL, the
search registry's lazy names)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from boardpapers import models, vocabularies
from boardpapers.errors import FetchError
from boardpapers.payload import check_payload


def test_the_extract_commands_parser_payload_check_and_sandbox_import_no_data_model():
    code = ("import sys\n"
            "from boardpapers import cli\n"
            "from boardpapers.sandbox import ExtractionSandbox\n"
            "from boardpapers.extractors.page_readers import can_fork\n"
            "from boardpapers.payload import check_payload\n"
            "args = cli.build_parser().parse_args(['extract', 'minutes.pdf', '--json'])\n"
            "check_payload('https://example.org/minutes.pdf', b'%PDF-1.7', 'application/pdf')\n"
            "print(args.command, 'boardpapers.models' in sys.modules, 'boardpapers.search.base' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["extract", "False", "False"]


def test_the_data_model_names_the_vocabularies_it_does_not_hold():
    assert models.DOCUMENT_TYPES is vocabularies.DOCUMENT_TYPES == ("agenda", "minutes", "report", "other")
    assert models.DECISION_KINDS is vocabularies.DECISION_KINDS
    assert models.attendance_group("substitute") == "attended"
    assert models.attendance_group("expected") == "other"


def test_the_payload_check_takes_the_documents_url():
    check_payload("https://council.example/papers/agenda.pdf", b"%PDF-1.4 body", "application/pdf")
    with pytest.raises(FetchError) as empty:
        check_payload("https://council.example/papers/agenda.pdf", b"", None)
    assert (empty.value.reason, empty.value.url) == ("empty", "https://council.example/papers/agenda.pdf")
    with pytest.raises(FetchError) as html:
        check_payload("https://council.example/papers/agenda.pdf", b"<html><body>Not found</body></html>", "text/html")
    assert html.value.reason == "not_a_pdf"
    check_payload("https://council.example/meetings/7", b"<html><body>Minutes</body></html>", "text/html")


def test_the_search_packages_engine_names_are_imported_when_asked_for():
    import boardpapers.search as search
    from boardpapers.search import base

    assert (search.SearchEngine, search.BulkResult) == (base.SearchEngine, base.BulkResult)
    with pytest.raises(AttributeError):
        search.NoSuchEngine  # noqa: B018
