"""No request of any kind, robots.txt included, ever reaches a host outside the source's configured hosts.

A second local server (another port of 127.0.0.1 is another origin, and where the loopback range answers,
127.0.0.2 too) records every request it gets: each test fails if it gets any."""
import datetime as dt
import socket

import pytest

from boardpapers.fetch import Fetcher
from boardpapers.samplesites import ModernGovSpec, SampleSites
from boardpapers.sites.base import adapter_for
from tests.sites.fixtureserver import FixtureServer


def _loopback_2_works() -> bool:
    try:
        with socket.socket() as probe:
            probe.bind(("127.0.0.2", 0))
        return True
    except OSError:
        return False


@pytest.fixture(params=["127.0.0.1", "127.0.0.2"])
def partner(request):
    if request.param == "127.0.0.2" and not _loopback_2_works():
        pytest.skip("127.0.0.2 cannot be bound on this machine (another port of 127.0.0.1 covers the rule)")
    with FixtureServer({"/board-papers/icb-report.pdf": (200, "application/pdf", b"%PDF-1.4 partner")},
                       host=request.param) as server:
        yield server


def test_refusal_of_an_off_site_url_sends_nothing_anywhere(partner):
    fetcher = Fetcher(default_delay=0, retries=0)
    refusal = fetcher.refusal(partner.url("/board-papers/icb-report.pdf"), allowed_hosts=["127.0.0.1:9"])
    assert refusal is not None and refusal.reason == "off_site"
    assert partner.requested == [] and fetcher.stats.requests == 0


def test_robots_txt_redirect_to_another_host_is_not_followed(partner):
    own = {"/robots.txt": (301, "text/plain", "", {"Location": partner.url("/robots.txt")}),
           "/papers/a.pdf": (200, "application/pdf", b"%PDF-1.4 own")}
    with FixtureServer(own) as site:
        result = Fetcher(default_delay=0, retries=0).get(site.url("/papers/a.pdf"), allowed_hosts=[site.netloc])
    assert result.content == b"%PDF-1.4 own"
    assert partner.requested == []


def test_moderngov_partner_paper_reaches_no_other_host(partner):
    """A ModernGov meeting page links a partner's paper: discovery lists it, nothing (not even the partner's
    robots.txt) is requested from the partner."""
    spec = ModernGovSpec(key="refusing", source_id="southmoor-hwb", organisation="Southmoor Council",
                         web_service=False, refusal="500", partner=f"http://{partner.netloc}", years=(2019, 2020))
    with SampleSites.start(extra_moderngov=[spec]) as sites:
        source = next(s for s in sites.sources() if s.id == "southmoor-hwb")
        found = adapter_for(source, Fetcher(default_delay=0, retries=3, backoff=0)).discover()
    urls = [d.url for m in found.meetings for d in m.documents]
    assert partner.url("/board-papers/icb-report.pdf") in urls
    assert partner.requested == []


def test_moderngov_refused_web_service_is_asked_once_per_run():
    """500 "Request format is unrecognized" is an answer, not an outage: one request, then the HTML pages;
    the same run (same fetcher) does not ask again, even with retries configured."""
    spec = ModernGovSpec(key="refusing", source_id="southmoor-hwb", organisation="Southmoor Council",
                         web_service=False, refusal="500", years=(2019, 2020))
    with SampleSites.start(extra_moderngov=[spec]) as sites:
        source = next(s for s in sites.sources() if s.id == "southmoor-hwb")
        fetcher = Fetcher(default_delay=0, retries=3, backoff=0)
        sites.reset_log()
        first = adapter_for(source, fetcher).discover(since=dt.date(2019, 1, 1))
        service = [r for r in sites.requests.for_site("refusing") if "mgWebService" in r.target]
        assert [(r.status, r.target.rsplit("/", 1)[-1]) for r in service] == [(500, "GetCommittees")]
        sites.reset_log()
        second = adapter_for(source, fetcher).discover(since=dt.date(2019, 1, 1))
        assert not [r for r in sites.requests.for_site("refusing") if "mgWebService" in r.target]
        truth = sites.truth["southmoor-hwb"]
    expected = {m.key for m in truth.meetings if m.date >= dt.date(2019, 1, 1)}
    assert {m.key for m in first.meetings} == {m.key for m in second.meetings} == expected
    assert any("web service unavailable" in w and "http_500" in w for w in first.warnings)
