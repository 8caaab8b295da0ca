"""A site kind is one module: docs/extending.md's steps followed for a throwaway kind ("flatlist": one page
listing minutes as "<date> minutes" links), end to end through the config loader, the registry and an ingest."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from boardpapers import sites
from boardpapers.config import parse_source
from boardpapers.errors import ConfigError
from boardpapers.fetch import Fetcher
from boardpapers.models import Board, Discovery, DocumentRef, Meeting
from boardpapers.sites.base import SiteAdapter, adapter_for, register, require_url, soup_of, unregister
from tests.kit.httpserver import respond, serve

# --- step 1 of docs/extending.md: the adapter module (here inline, as a test cannot add a module to the package)

LINK = re.compile(r"^(\d{1,2} \w+ \d{4}) minutes$")


class FlatListAdapter(SiteAdapter):
    kind = "flatlist"
    config_keys = frozenset({"start_url", "minutes_only"})

    @classmethod
    def configure(cls, values: dict, where: str) -> dict:
        require_url(values, "start_url", where)
        if not isinstance(values.get("minutes_only", True), bool):
            raise ConfigError(f"{where}: 'minutes_only' must be true or false")
        return values

    def discover(self, *, since=None, until=None) -> Discovery:
        page = self._get(self.source.start_url)
        meetings = []
        for link in soup_of(page.text).select("a[href]"):
            found = LINK.match(link.get_text(strip=True))
            if not found:
                continue
            day = dt.datetime.strptime(found.group(1), "%d %B %Y").date()
            url = page.url.rsplit("/", 1)[0] + "/" + link["href"]
            meetings.append(Meeting(self.source.id, day.isoformat(), day, status="held",
                                    documents=[DocumentRef(url, link.get_text(strip=True), "minutes")]))
        if not meetings:
            raise self._changed(self.source.start_url, "links named '<date> minutes'")
        return self._discovery(Board(self.source.id, self.source.name, url=self.source.start_url), meetings)


@pytest.fixture
def flatlist():
    register(FlatListAdapter)
    yield FlatListAdapter
    unregister("flatlist")


PAGE = b"""<html><body><h1>Board papers</h1><ul>
<li><a href="m1.pdf">4 March 2021 minutes</a></li><li><a href="m2.pdf">9 June 2021 minutes</a></li>
<li><a href="/about">About us</a></li></ul></body></html>"""


def test_the_built_in_kinds_are_the_registered_ones():
    assert sites.SOURCE_KINDS == ("cmis", "listing", "moderngov")
    assert {sites.adapter_class(k).kind for k in sites.SOURCE_KINDS} == set(sites.SOURCE_KINDS)


def test_an_unregistered_kind_is_refused_not_read_as_a_listing():
    with pytest.raises(ConfigError, match=r"'kind' must be one of cmis, listing, moderngov \(got 'flatlist'\)"):
        parse_source({"id": "x", "kind": "flatlist", "start_url": "http://127.0.0.1/"}, "t")


def test_a_kind_accepts_only_its_own_keys():
    with pytest.raises(ConfigError, match=r"unknown key\(s\) start_url for kind moderngov"):
        parse_source({"id": "x", "kind": "moderngov", "base_url": "http://h/", "committee": "B",
                      "start_url": "http://h/"}, "t")
    with pytest.raises(ConfigError, match=r"unknown key\(s\) committee for kind listing"):
        parse_source({"id": "x", "kind": "listing", "start_url": "http://h/", "committee": "B"}, "t")


def test_a_registered_kind_is_configured_and_discovered(flatlist):
    assert "flatlist" in sites.registered_kinds()
    server = serve(lambda h: respond(h, 200, PAGE, content_type="text/html") if h.path == "/papers/index.html"
                   else respond(h, 404))
    try:
        source = parse_source({"id": "flat", "kind": "flatlist", "start_url": server.url("/papers/index.html"),
                               "minutes_only": True, "delay_seconds": 0}, "t")
        assert source.options == {"minutes_only": True}  # a kind's own key that Source has no field for
        assert source.allowed_hosts == (server.netloc,)
        with pytest.raises(ConfigError, match="'minutes_only' must be true or false"):
            parse_source({"id": "flat", "kind": "flatlist", "start_url": server.url("/"), "minutes_only": "x"}, "t")
        found = adapter_for(source, Fetcher(default_delay=0, retries=0)).discover()
        assert [(m.date, [d.url for d in m.documents]) for m in found.meetings] == [
            (dt.date(2021, 3, 4), [server.url("/papers/m1.pdf")]),
            (dt.date(2021, 6, 9), [server.url("/papers/m2.pdf")])]
        # the catalogue stores the source as its dict; reading it back gives the same source
        stored = {k: v for k, v in source.to_dict().items() if v is not None}
        assert parse_source(stored, "catalogue") == source
    finally:
        server.stop()
