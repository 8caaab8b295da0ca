"""Each situation of sites as they really are, through the real ``boardpapers ingest`` over real HTTP:

- Westbrook, a CMIS portal configured with the portal root a user copies (menu → JavaScript calendar page →
  list view → day-cell month views; several document lists; /Westbrook/ vs /westbrook/; octet-stream);
- Southmoor, a ModernGov council whose web service answers 500 "Request format is unrecognized", one of
  whose meetings links a partner's paper on another local host;
- Ashby, a Jadu council through ``kind: listing`` (year accordions, ?page=2, one page per meeting dated by a
  details table, its heading or the link to it), with a robots-disallowed paper and a partner's paper.

All papers, right dates and pages, skipped papers recorded with their reason and never failures, nothing
downloaded again on an unchanged second run, and no request to any host outside the source's own."""
from __future__ import annotations

import json
from urllib.parse import unquote

import pytest
import yaml

from boardpapers.catalogue import Catalogue
from boardpapers.extractors import EXTRACTOR_VERSION
from boardpapers.samplesites import ModernGovSpec, SampleSites
from tests.pipeline.conftest import run_cli
from tests.sites.fixtureserver import FixtureServer

SOURCES = ("westbrook-hwb", "ashby-hwb", "southmoor-hwb")
DOCUMENT_HINTS = ("document.ashx", "/portals/0/documents/", "/downloads/", "/documents/", ".pdf")


@pytest.fixture(scope="module")
def partner():
    with FixtureServer({}) as server:
        yield server


@pytest.fixture(scope="module")
def sites(partner):
    spec = ModernGovSpec(key="southmoor", source_id="southmoor-hwb", organisation="Southmoor Council",
                         web_service=False, refusal="500", partner=f"http://{partner.netloc}", years=(2019, 2020))
    with SampleSites.start(extra_moderngov=[spec]) as running:
        yield running


def _sources_file(sites, path, **overrides):
    entries = [dict(e, **overrides.get(e["id"], {})) for e in sites.source_entries() if e["id"] in SOURCES]
    path.write_text(yaml.safe_dump({"sources": entries}, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def first_run(sites, partner, tmp_path_factory):
    home = tmp_path_factory.mktemp("real-shapes")
    sources = _sources_file(sites, home / "sources.yaml")
    sites.reset_log()
    result = run_cli("ingest", "--sources", sources, "--json", "--quiet", "--strict", home=home)
    assert result.returncode == 0, result.stderr[-3000:]
    return home, sources, json.loads(result.stdout), result.stderr, list(sites.requests)


def test_every_paper_with_its_date_and_pages(first_run, sites, partner):
    home, _, summary, stderr, _ = first_run
    truth = sites.truth
    catalogue = Catalogue.open(home)
    for source_id in SOURCES:
        expected, counts = truth[source_id], summary["sources"][source_id]
        assert counts["error"] is None and counts["suspect"] is None, counts
        assert counts["documents_failed"] == 0 and counts["undated"] == 0, counts
        meetings = {m.key: m for m in catalogue.meetings_for(source_id)}
        assert {k: m.date for k, m in meetings.items()} == {m.key: m.date for m in expected.meetings}
        records = {r.url: r for r in catalogue.documents_where(source_id=source_id)}
        assert set(records) == {d.url for d in expected.documents.values() if d.listed}, source_id
        by_meeting_id = {m.meeting_id: m.key for m in meetings.values()}
        for url, doc in expected.documents.items():
            record = records[url]
            assert by_meeting_id[record.meeting_id] == doc.meeting_key, url
            if doc.skipped:
                assert record.status == "skipped" and record.error.startswith(doc.skipped), (url, record.error)
                continue
            assert record.status == "indexed", (url, record.error)
            extraction = catalogue.extraction(record.sha256, EXTRACTOR_VERSION)
            assert len(extraction.pages) == doc.pages, url
        assert counts["skipped"] == len(expected.skipped)
    assert {d.skipped for s in SOURCES for d in truth[s].skipped} == {"off_site", "robots_disallowed"}
    assert "skipped: source ashby-hwb:" in stderr and "robots_disallowed" in stderr and "failed:" not in stderr


def test_no_request_reaches_another_host(first_run, partner):
    *_, requests = first_run
    assert partner.requested == []  # not even /robots.txt
    by_site = {r.site for r in requests}
    assert by_site <= {"westbrook", "ashby", "southmoor"}  # Ashby's partner paper is on the NHS site's origin
    assert not any("Default.aspx/" in r.target for r in requests)
    restricted = [r for r in requests if r.target.startswith("/downloads/restricted/")]
    assert restricted == []


def test_refused_web_service_costs_one_request(first_run):
    *_, requests = first_run
    service = [r for r in requests if r.site == "southmoor" and "mgWebService" in r.target]
    assert [(r.status, r.target.rsplit("/", 1)[-1]) for r in service] == [(500, "GetCommittees")]


def test_unchanged_second_run_downloads_nothing(first_run, sites):
    home, sources, *_ = first_run
    sites.reset_log()
    result = run_cli("ingest", "--sources", sources, "--json", "--quiet", "--strict", home=home)
    assert result.returncode == 0, result.stderr[-2000:]
    second = json.loads(result.stdout)
    documents = [r.target for r in sites.requests if any(h in unquote(r.target).lower() for h in DOCUMENT_HINTS)]
    assert documents == []
    assert second["totals"]["new"] == 0 and second["totals"]["changed"] == 0
    assert second["totals"]["documents_failed"] == 0
    skipped = [r for s in SOURCES for r in Catalogue.open(home).documents_where(source_id=s, status="skipped")]
    assert len(skipped) == 3  # still recorded as skipped, still never requested


def test_status_shows_skipped_papers_not_failures(first_run):
    home, *_ = first_run
    data = {item["source_id"]: item for item in json.loads(run_cli("status", "--json", home=home).stdout)}
    ashby = data["ashby-hwb"]
    assert sorted(s["reason"].split(":")[0] for s in ashby["skipped"]) == ["off_site", "robots_disallowed"]
    assert ashby["documents"].get("failed", 0) == 0 and ashby["suspect"] is None and ashby["undated"] == []
    text = run_cli("status", home=home).stdout
    assert "skipped: " in text and "robots_disallowed" in text


def test_undated_papers_are_reported_not_silent(sites, tmp_path):
    """Ashby read with rules that cannot date some meeting pages: their papers are kept undated, and the run
    summary and ``status`` name them."""
    rules = dict(next(e for e in sites.source_entries() if e["id"] == "ashby-hwb")["listing"],
                 meeting_date_from=["heading"], date_from=["filename"])
    sources = _sources_file(sites, tmp_path / "sources.yaml", **{"ashby-hwb": {"listing": rules}})
    result = run_cli("ingest", "--sources", sources, "--source", "ashby-hwb", "--json", "--quiet", home=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    counts = json.loads(result.stdout)["sources"]["ashby-hwb"]
    truth = sites.truth["ashby-hwb"]
    dated_by_heading = {m.key for m in truth.meetings if sites.apps["ashby"]._style(
        next(w for w in sites.apps["ashby"].site.meetings if w.key == m.key)) == "heading"}
    undated = [d for d in truth.documents.values() if d.meeting_key not in dated_by_heading]
    assert counts["undated"] == len(undated) > 0
    assert result.stderr.count("undated: source ashby-hwb:") == len(undated)
    status = {i["source_id"]: i for i in json.loads(run_cli("status", "--json", home=tmp_path).stdout)}
    assert sorted(status["ashby-hwb"]["undated"]) == sorted(d.url for d in undated)


def test_a_calendar_with_none_of_our_meetings_is_suspect(sites, tmp_path):
    """The calendar pages read fine but no meeting of the configured board is found: ``ingest``, ``status``
    and the discovery counts (which the Airflow discovery task returns and logs) say *suspect*."""
    sources = _sources_file(sites, tmp_path / "sources.yaml",
                            **{"westbrook-hwb": {"committee": "Health and Wellbeing Board (Shadow)"}})
    result = run_cli("ingest", "--sources", sources, "--source", "westbrook-hwb", "--json", "--quiet", home=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    counts = json.loads(result.stdout)["sources"]["westbrook-hwb"]
    assert counts["meetings"] == 0 and "found no meetings" in counts["suspect"]
    text = run_cli("ingest", "--sources", sources, "--source", "westbrook-hwb", "--full", home=tmp_path).stdout
    assert "SUSPECT: found no meetings" in text
    status = {i["source_id"]: i for i in json.loads(run_cli("status", "--json", home=tmp_path).stdout)}
    assert status["westbrook-hwb"]["last_discover"]["status"] == "suspect"
    assert "SUSPECT" in run_cli("status", home=tmp_path).stdout


@pytest.mark.parametrize("entry", ["/Westbrook/Meetings.aspx", "/westbrook/Meetings/tabid/70/Default.aspx/",
                                   "/westbrook/Committees/tabid/62/ctl/ViewCMIS_CommitteeDetails/mid/383/id/12/"
                                   "Default.aspx"])
def test_cmis_from_the_url_a_user_pastes(sites, tmp_path, entry):
    """The meetings page (with IIS's trailing slash after Default.aspx) or a committee page as ``base_url``:
    the same meetings and papers as from the portal root."""
    sources = _sources_file(sites, tmp_path / "sources.yaml",
                            **{"westbrook-hwb": {"base_url": sites.url("westbrook", entry)}})
    sites.reset_log()
    result = run_cli("ingest", "--sources", sources, "--source", "westbrook-hwb", "--json", "--quiet", "--strict",
                     home=tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    counts = json.loads(result.stdout)["sources"]["westbrook-hwb"]
    truth = sites.truth["westbrook-hwb"]
    assert counts["meetings"] == len(truth.meetings) and counts["suspect"] is None
    assert counts["new"] == counts["indexed"] == len(truth.documents) and counts["documents_failed"] == 0
    assert not any("Default.aspx/" in r.target for r in sites.requests)
