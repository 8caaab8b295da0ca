"""The command-line contract: JSON shapes, one-line errors, exit codes, reindex from the archive."""
from __future__ import annotations

import json

from fpdf import FPDF

from .conftest import run_cli


def _minutes_pdf(path):
    pdf = FPDF()
    pdf.set_creation_date(__import__("datetime").datetime(2020, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in ["Minutes of the Health and Wellbeing Board held on 14 July 2016", "", "Present:",
                 "Councillor Jane Smith (Chair)", "Dr Avi Bhatia, Clinical Chair, NHS England", "",
                 "Apologies:", "Ms Rita Patel, Healthwatch Kingsbridge", "",
                 "5. Joint Strategic Needs Assessment", "RESOLVED: That the assessment be approved."]:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_extract_prints_the_contract_shape(tmp_path):
    path = tmp_path / "minutes.pdf"
    _minutes_pdf(path)
    result = run_cli("extract", path, "--json", check=True)
    data = json.loads(result.stdout)
    assert set(data) >= {"title", "pages", "attendance", "decisions"}
    assert data["pages"][0]["number"] == 1 and "Joint Strategic Needs Assessment" in data["pages"][0]["text"]
    statuses = {a["name"]: a["status"] for a in data["attendance"]}
    assert statuses["Ms Rita Patel"] == "apologies"
    assert any(a["status"] == "present" and "Bhatia" in a["name"] for a in data["attendance"])
    for record in data["attendance"]:
        assert set(record) >= {"name", "role", "organisation", "status", "substitute_for"}
        assert record["status"] in ("present", "apologies", "absent", "in_attendance", "substitute", "expected", None)
    assert any("approved" in d["text"] for d in data["decisions"])


def test_extract_bad_input_is_one_line_and_non_zero(tmp_path):
    cases = {"empty.pdf": b"", "corrupt.pdf": b"%PDF-1.4\n garbage \x00\x01", "page.pdf": b"<html><body>Error</body></html>"}
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        result = run_cli("extract", path, "--json")
        assert result.returncode != 0, name
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("error:"), (name, result.stderr)
        assert "Traceback" not in result.stderr
    missing = run_cli("extract", tmp_path / "nope.pdf", "--json")
    assert missing.returncode != 0 and "nope.pdf" in missing.stderr and "Traceback" not in missing.stderr


def test_bad_arguments_and_unreachable_sites_are_one_line_errors(tmp_path):
    result = run_cli("search", "x", "--from", "2016-13-45", home=tmp_path)
    assert result.returncode == 2 and "2016-13-45" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("ingest", "--sources", tmp_path / "missing.yaml", home=tmp_path)
    assert result.returncode == 1 and "missing.yaml" in result.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources:\n  - id: x\n    kind: moderngov\n    base_url: nota url\n    committee: 1\n")
    result = run_cli("ingest", "--sources", bad, home=tmp_path)
    assert result.returncode == 1 and "base_url" in result.stderr and result.stderr.count("\n") == 1
    unreachable = tmp_path / "down.yaml"
    unreachable.write_text("sources:\n  - id: down-hwb\n    kind: moderngov\n    base_url: http://127.0.0.1:9/\n"
                           "    committee: 5\n    delay_seconds: 0\n")
    result = run_cli("ingest", "--sources", unreachable, "--quiet", home=tmp_path)
    assert result.returncode == 1 and "down-hwb" in result.stderr and "Traceback" not in result.stderr


def test_reindex_rebuilds_a_lost_index_without_downloading(ingested, sample_sites):
    home, *_ = ingested
    before = json.loads(run_cli("search", "health", "--json", "--limit", "5", home=home, check=True).stdout)
    import shutil

    shutil.rmtree(home / "index")
    sample_sites.reset_log()
    result = run_cli("reindex", home=home, check=True)
    assert "reindexed" in result.stdout
    assert list(sample_sites.requests) == []
    after = json.loads(run_cli("search", "health", "--json", "--limit", "5", home=home, check=True).stdout)
    assert after["total"] == before["total"] and after["total"] > 0
    assert [h["document_id"] for h in after["hits"]] == [h["document_id"] for h in before["hits"]]
