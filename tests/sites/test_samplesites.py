"""Every adapter against the bundled sample sites, served over real HTTP, checked against their ground truth."""
import datetime as dt

import pytest

from boardpapers.errors import SiteChangedError
from boardpapers.fetch import Fetcher
from boardpapers.samplesites import ModernGovSpec, SampleSites
from boardpapers.sites.base import adapter_for

EXTRA = ModernGovSpec()  # a ModernGov site the adapter has never seen: other path, committee, ids, file names


@pytest.fixture(scope="module")
def sites():
    with SampleSites.start(extra_moderngov=[EXTRA]) as running:
        yield running


@pytest.fixture(scope="module")
def crawl_log():
    """Every request the full discoveries made, kept before any later test resets the sites' log."""
    return []


@pytest.fixture(scope="module")
def discoveries(sites, crawl_log):
    sites.reset_log()
    out = {}
    for source in sites.sources():
        out[source.id] = adapter_for(source, Fetcher(default_delay=0, retries=0, backoff=0)).discover()
    crawl_log.extend(sites.requests)
    return out


def source_of(sites, site_key):
    return next(s for s in sites.sources() if s.id == sites.source_id(site_key))


@pytest.mark.parametrize("site_key", ["northmere", "kingsbridge", "eastwold", "nhs", "westbrook", "ashby", "extra"])
def test_every_meeting_and_document_is_discovered(sites, discoveries, site_key):
    sid = sites.source_id(site_key)
    truth, found = sites.truth[sid], discoveries[sid]
    got = {m.key: m for m in found.meetings}
    assert set(got) == {m.key for m in truth.meetings}
    for expected in truth.meetings:
        meeting = got[expected.key]
        assert meeting.date == expected.date
        assert meeting.status == expected.status
        assert {d.url for d in meeting.documents} == set(expected.documents), expected.key
        for doc in meeting.documents:
            assert doc.type == truth.documents[doc.url].type, doc.url
    assert not [w for w in found.warnings if "skipped" in w]


@pytest.mark.parametrize("site_key", ["northmere", "kingsbridge", "extra"])
def test_moderngov_structured_attendance(sites, discoveries, site_key):
    sid = sites.source_id(site_key)
    truth, found = sites.truth[sid], discoveries[sid]
    got = {m.key: m for m in found.meetings}
    for expected in truth.meetings:
        if expected.status == "held" and expected.attendance_source == "site":
            records = got[expected.key].attendance
            assert len(records) == len(expected.attendees), expected.key
            assert all(r.origin == "site" for r in records)
            assert sorted(r.status for r in records) == sorted(a.status for a in expected.attendees)


def test_web_service_and_html_paths(discoveries, sites):
    northmere = discoveries[sites.source_id("northmere")]
    kingsbridge = discoveries[sites.source_id("kingsbridge")]
    assert not any("web service unavailable" in w for w in northmere.warnings)
    assert any("web service unavailable" in w for w in kingsbridge.warnings)
    # web service cost: GetCommittees (configured by title) + GetMeetings + one GetMeeting per meeting
    assert northmere.requests == 2 + len(northmere.meetings)


def test_cmis_calendar_filters_other_committees(sites, discoveries):
    sid = sites.source_id("eastwold")
    titles = {m.title for m in discoveries[sid].meetings}
    assert titles == {sites.apps["eastwold"].site.board_name}


def test_since_limits_rechecks(sites):
    source = source_of(sites, "northmere")
    sites.reset_log()
    found = adapter_for(source, Fetcher(default_delay=0, retries=0)).discover(since=dt.date(2020, 1, 1))
    assert found.meetings and all(m.date >= dt.date(2020, 1, 1) for m in found.meetings)
    assert found.requests == 2 + len(found.meetings)


def test_robots_disallowed_links_not_fetched(sites, discoveries, crawl_log):
    import re
    import urllib.request

    linked_sites = []
    for key, app in sites.apps.items():
        requested = [r.target for r in crawl_log if r.site == key]
        assert "/robots.txt" in requested, key
        disallowed = [t for t in requested if any(t.startswith(prefix) for prefix in app.robots_disallow)]
        assert disallowed == [], key
        # the test proves something only if the crawl read pages that link into the disallowed paths (every
        # HTML site page carries such links; the web-service crawls (Northmere, extra) read XML)
        linking = html = 0
        answered = [r.target for r in crawl_log if r.site == key and r.status == 200]
        for target in dict.fromkeys(t for t in answered if t != "/robots.txt"):
            with urllib.request.urlopen(app.url(target)) as response:
                if "html" not in response.headers.get("Content-Type", ""):
                    continue
                html += 1
                hrefs = re.findall(r'href="([^"]+)"', response.read().decode("utf-8", "replace"))
            if any(href.replace("&amp;", "&").removeprefix(app.origin).startswith(prefix) or
                   (not href.startswith("/") and "://" not in href and
                    (app.base_path + href).startswith(prefix)) for href in hrefs for prefix in app.robots_disallow):
                linking += 1
        assert linking > 0 or html == 0, f"{key}: no page the crawl read links into {app.robots_disallow}"
        if linking:
            linked_sites.append(key)
    assert sorted(linked_sites) == ["ashby", "eastwold", "kingsbridge", "nhs", "westbrook"]  # the HTML crawls; the others read XML


def test_changed_markup_raises_naming_the_source(sites):
    source = source_of(sites, "kingsbridge")
    app = sites.apps["kingsbridge"]
    original = app._meetings
    app._meetings = lambda q: __import__("boardpapers.samplesites.base", fromlist=["html_response"]).html_response(
        "<html><body><h1>New website coming soon</h1></body></html>")
    try:
        with pytest.raises(SiteChangedError) as err:
            adapter_for(source, Fetcher(default_delay=0, retries=0)).discover()
    finally:
        app._meetings = original
    assert err.value.source_id == source.id and "ieListMeetings" in err.value.url


def test_robots_rules_stop_links_the_configuration_would_follow(sites):
    """A listing source configured (carelessly) to follow every link into /private/ and /wp-admin/: the
    site's pages link there, and only robots.txt keeps the crawler out."""
    from boardpapers.config import parse_source

    entry = next(e for e in sites.source_entries() if e["kind"] == "listing")
    greedy = {**entry, "listing": {**entry["listing"],
                                   "follow_link": entry["listing"]["follow_link"] + "|/private/|/wp-admin/"}}
    source = parse_source(greedy, "test")
    sites.reset_log()
    adapter_for(source, Fetcher(default_delay=0, retries=0, backoff=0)).discover()
    requested = [r.target for r in sites.requests if r.site == "nhs"]
    assert "/robots.txt" in requested
    assert [t for t in requested if t.startswith(("/private/", "/wp-admin/"))] == []
