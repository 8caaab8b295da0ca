"""A source's ``timeout_seconds``: a slow site (a CMIS calendar month can take 40 s to build) gets a longer wait
than the fetcher's default, on every request its adapter and the pipeline make — and only that source does."""
from __future__ import annotations

import pytest

from boardpapers.config import ConfigError, parse_source
from boardpapers.errors import FetchError, SiteChangedError
from boardpapers.sites import adapter_for
from tests.fetch.conftest import make_fetcher


def listing_source(url: str, **extra):
    return parse_source({"id": "slow-board", "kind": "listing", "start_url": url,
                         "listing": {"paper_link": r"\.pdf$"}, "delay_seconds": 0, **extra}, "test")


def test_a_request_may_wait_longer_than_the_fetchers_default(server, fetcher):
    with pytest.raises(FetchError) as err:
        fetcher.get(server.url("/sleepy?s=0.8"))  # the fetcher waits 0.5 s, and retries twice
    assert err.value.reason == "timeout" and server.count("/sleepy?s=0.8") == 3
    result = fetcher.get(server.url("/sleepy?s=0.8"), timeout=3)
    assert result.status == 200 and result.content == b"too late\n"
    assert server.count("/sleepy?s=0.8") == 4  # one more request: no timeout, no retry


def test_an_adapter_uses_its_sources_timeout(server):
    fetcher = make_fetcher()
    adapter = adapter_for(listing_source(server.url("/sleepy?s=0.8"), timeout_seconds=3), fetcher)
    with pytest.raises(SiteChangedError, match="slow-board"):  # it was read, and has no papers: said loudly
        adapter.discover()
    assert server.count("/sleepy?s=0.8") == 1
    impatient = adapter_for(listing_source(server.url("/sleepy?s=0.8")), fetcher)
    with pytest.raises(FetchError) as err:
        impatient.discover()
    assert err.value.reason == "timeout"


@pytest.mark.parametrize("value, message", [
    ("soon", "timeout_seconds must be a number"), (0, "more than 0"), (-5, "more than 0"), (3600, "at most 600"),
])
def test_bad_timeouts_are_refused_by_name(value, message):
    with pytest.raises(ConfigError, match=message):
        listing_source("http://127.0.0.1:9/", timeout_seconds=value)


def test_default_is_the_fetchers():
    assert listing_source("http://127.0.0.1:9/").timeout_seconds is None
    assert listing_source("http://127.0.0.1:9/", timeout_seconds="90").timeout_seconds == 90.0
