"""The extraction sandbox's time and memory bounds, where users meet them: ``boardpapers extract`` with
``BOARDPAPERS_EXTRACT_TIMEOUT`` / ``BOARDPAPERS_EXTRACT_MEMORY_MB`` (ingest uses the same sandbox)."""
from __future__ import annotations

import io
import time
import zipfile

import pytest

from .conftest import run_cli

pytestmark = pytest.mark.timeout(300)

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PARAGRAPH = b"<w:p><w:r><w:t>Present: Councillor Jane Smith</w:t></w:r></w:p>"


def word_document(megabytes: float) -> bytes:
    """A .docx whose document.xml is ``megabytes`` MB of minutes paragraphs (a few hundred KB zipped): it takes
    minutes and about a gigabyte to read, under the 200 MB cap on the XML itself."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        with zf.open("word/document.xml", "w") as handle:
            handle.write(f"<w:document {NS}><w:body>".encode())
            for _ in range(int(megabytes * 1024 * 1024 / len(PARAGRAPH)) // 1000):
                handle.write(PARAGRAPH * 1000)
            handle.write(b"</w:body></w:document>")
    return buf.getvalue()


@pytest.fixture(scope="module")
def heavy(tmp_path_factory):
    path = tmp_path_factory.mktemp("heavy") / "minutes.docx"
    path.write_bytes(word_document(150))
    return path


def test_time_bound(heavy):
    started = time.monotonic()
    result = run_cli("extract", heavy, "--json", env={"BOARDPAPERS_EXTRACT_TIMEOUT": "5"})
    took = time.monotonic() - started
    assert result.returncode == 1
    assert result.stderr == f"error: {heavy}: timeout: extraction took longer than 5s\n"
    assert took < 5 + 25  # the bound plus the start of two Python processes on a busy machine; unbounded: minutes


def test_memory_bound(heavy, tmp_path):
    bound = {"BOARDPAPERS_EXTRACT_MEMORY_MB": "700"}
    small = tmp_path / "small.docx"
    small.write_bytes(word_document(0.05))
    fine = run_cli("extract", small, "--json", env=bound)  # the bound leaves room for ordinary documents
    assert fine.returncode == 0, fine.stderr
    result = run_cli("extract", heavy, "--json", env=bound)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"error: {heavy}: too_large: ")
