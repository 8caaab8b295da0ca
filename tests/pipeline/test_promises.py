"""README promises, each met through the real command where users meet it (the CLI in a subprocess, HTTP
against ``boardpapers serve``), checked against the sample sites' ground truth where the truth is exact."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

from boardpapers.catalogue import Catalogue
from boardpapers.extractors.organisations import Gazetteer
from tests.kit.papersite import PaperSite, text_pdf

from .conftest import Served, run_cli

ROOT = Path(__file__).resolve().parents[2]
OCR = shutil.which("tesseract") is not None
ICB = "NHS Northmere and Eastwold ICB"  # never at a sample meeting; its predecessor CCGs are


def _lineage_names(name: str) -> set[str]:
    gazetteer = Gazetteer.default()
    return {gazetteer.get(i).name for i in gazetteer.lineage(gazetteer.match(name).id)}


# --- organisations followed through reorganisations ---------------------------------------------------------


def test_attendance_org_follows_predecessors_and_successors(ingested, sample_sites):
    home, *_ = ingested
    names = _lineage_names(ICB)
    expected: Counter = Counter()
    for source in sample_sites.truth.sources.values():
        for (org, year, status), n in source.attendance_counts(ocr=OCR).items():
            if org in names:
                expected[(org, str(year), status)] += n
    assert {org for org, _, _ in expected} >= {"NHS Northmere CCG", "NHS Eastwold CCG"}  # predecessors attend
    data = json.loads(run_cli("attendance", "--org", ICB, "--by", "year", "--json", home=home, check=True).stdout)
    got: Counter = Counter()
    for row in data["rows"]:
        for status in ("present", "apologies", "absent", "substitute", "in_attendance"):
            if row[status]:
                got[(row["organisation"], row["period"], status)] += row[status]
    assert got == expected


def test_attendance_csv_is_the_json_rows(ingested):
    home, *_ = ingested
    as_json = json.loads(run_cli("attendance", "--org", "NHS England", "--by", "quarter", "--json", home=home,
                                 check=True).stdout)["rows"]
    as_csv = list(csv.DictReader(io.StringIO(run_cli("attendance", "--org", "NHS England", "--by", "quarter",
                                                     "--csv", home=home, check=True).stdout)))
    assert as_json and len(as_csv) == len(as_json)
    for row, line in zip(as_json, as_csv):
        assert set(line) >= {"period", "organisation", "present", "apologies", "absent", "substitute",
                             "in_attendance", "meetings"}
        assert line["period"] == row["period"] and line["organisation"] == row["organisation"]
        assert all(int(line[k]) == row[k] for k in ("present", "apologies", "absent", "substitute", "meetings"))
    assert all(r["period"][4:6] == "-Q" for r in as_json)


def test_search_org_follows_predecessors_and_successors(ingested, sample_sites):
    home, *_ = ingested
    names = _lineage_names(ICB)
    truth = sample_sites.truth
    expected = set()
    for meeting in truth.meetings:
        readable = meeting.status == "held" and meeting.attendance_source and (OCR or meeting.attendance_source != "ocr")
        if readable and any(a.organisation in names for a in meeting.attendees):
            expected |= {url for url in meeting.documents if truth_document(truth, url).fetchable}
    assert expected
    data = json.loads(run_cli("search", "", "--org", ICB, "--json", "--limit", "500", home=home, check=True).stdout)
    assert {h["url"] for h in data["hits"]} == expected


def truth_document(truth, url):
    return next(d for d in truth.documents if d.url == url)


# --- the board's council -----------------------------------------------------------------------------------


def test_councillors_count_for_the_boards_council_with_the_qualifier(ingested, sample_sites):
    """No command or API prints a meeting's resolved attendance records yet (the trends count them: see
    test_ingest's attendance counts), so the qualifier is read where the index gets it from."""
    from boardpapers.pipeline import Workspace, indexed_meeting

    home, *_ = ingested
    truth = sample_sites.truth
    flagged = 0
    with Workspace.open(home) as ws:
        for source_id, source in truth.sources.items():
            row = ws.catalogue.source_record(source_id)
            for meeting in ws.catalogue.meetings_for(source_id):
                resolved = indexed_meeting(ws, meeting.meeting_id)
                for record in resolved.attendance:
                    if "organisation: board's council" not in record.qualifiers:
                        continue
                    flagged += 1
                    assert row.board_type == "hwb"
                    assert record.name.split()[0].rstrip(".").lower() in ("councillor", "cllr"), record
                    assert (record.organisation_name or record.organisation) == source.organisation
                    assert record.organisation_confidence == 0.9
                    expected = next(m for m in source.meetings if m.key == meeting.key)
                    person = next(a for a in expected.attendees if a.person.split()[-1] in record.name)
                    assert person.organisation == source.organisation  # the inference is true here
    assert flagged > 0


# --- the sources command and the shipped sources.yaml ------------------------------------------------------


def test_sources_command_lists_the_shipped_file_and_each_entry_has_a_valid_shape():
    from boardpapers.config import load_sources
    from boardpapers.models import BOARD_TYPES

    shipped = ROOT / "sources.yaml"
    result = run_cli("sources", "--sources", shipped, check=True)
    entries = yaml.safe_load(shipped.read_text(encoding="utf-8"))["sources"]
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [e["id"] for e in entries]
    assert len({e["id"] for e in entries}) == len(entries) >= 20
    default = run_cli("sources", check=True)  # with no --sources, the file at the repository root
    assert default.stdout == result.stdout
    for source in load_sources(shipped):
        assert source.kind in ("moderngov", "cmis", "listing")
        assert source.board_type in BOARD_TYPES
        assert source.entry_url.startswith(("https://", "http://")) and "127.0.0.1" not in source.entry_url
        assert source.delay_seconds >= 1.0  # polite to real councils
        if source.kind in ("moderngov", "cmis"):
            assert source.committee and source.organisation
        else:
            assert source.listing and source.listing.paper_link


def test_sources_command_names_a_wrong_key_with_its_source(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - id: good-hwb\n    kind: moderngov\n    base_url: https://a.example.gov.uk/\n"
                    "    committee: Board\n  - id: bad-hwb\n    kind: moderngov\n    base_url: https://b.example.gov.uk/\n"
                    "    committee: Board\n    delay_second: 2\n")
    result = run_cli("sources", "--sources", path)
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert "bad-hwb" in result.stderr and "delay_second" in result.stderr and "Traceback" not in result.stderr
    path.write_text(path.read_text().replace("delay_second", "delay_seconds"))
    assert [line.split()[0] for line in run_cli("sources", "--sources", path, check=True).stdout.splitlines()] == \
        ["good-hwb", "bad-hwb"]


# --- demo, then serve over the demo's data -----------------------------------------------------------------


def test_demo_then_serve(tmp_path, sample_sites):
    home = tmp_path / "demo"
    demo = run_cli("demo", home=home, check=True)
    truth = sample_sites.truth  # the demo serves the same bundled sites (same seed), on its own ports
    out = demo.stdout
    sites = len(sample_sites.sources())
    assert out.startswith(f"Serving {sites} sample sites on 127.0.0.1")
    total = next(line for line in out.splitlines() if line.startswith("total: "))
    assert total.startswith(f"total: {sites} sources, {len(truth.meetings)} meetings, documents "
                            f"{sum(1 for d in truth.documents if d.listed and not d.skipped)} new / 0 changed / 0 unchanged / "
                            f"{sum(1 for d in truth.documents if d.listed and not d.fetchable and not d.skipped)} failed / "
                            f"{sum(1 for d in truth.documents if d.listed and d.skipped)} skipped / ")
    assert "$ boardpapers search '\"social prescribing\"'" in out
    shown = int(out.split("$ boardpapers search '\"social prescribing\"'\n", 1)[1].split(" documents", 1)[0])
    assert "$ boardpapers attendance --org 'NHS England' --by year" in out
    assert f"Data is in {home}. Try: boardpapers --home {home} serve" in out

    served = Served(home)
    try:
        api = served.get("/api/search", q='"social prescribing"').json()
        assert api["total"] == shown > 0
        cli = json.loads(run_cli("search", '"social prescribing"', "--json", "--limit", "100", home=home,
                                 check=True).stdout)
        assert sorted(h["document_id"] for h in api["hits"]) == sorted(h["document_id"] for h in cli["hits"][:20])
        page = served.get("/search", q='"social prescribing"')
        assert page.status_code == 200 and "<mark>" in page.text
        assert "/api/search" in served.get("/openapi.json").json()["paths"]
    finally:
        served.stop()
