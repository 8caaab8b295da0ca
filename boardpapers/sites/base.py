"""The shape every site adapter has (think City Bureau's city-scrapers: one spider per site kind).

An adapter turns one configured ``Source`` into a ``Discovery``: the board, its meetings in a date range, each
meeting's documents and, where the site publishes it, structured attendance. Adapters fetch only through
``SiteAdapter._get`` (the polite ``Fetcher`` with the source's allowed hosts and delay) and keep parsing in
pure functions (text in, model objects out) so they can be tested without a network.

Contract every adapter keeps:
- a page that no longer looks as expected raises ``SiteChangedError(source.id, url, expected)``; a board with
  genuinely no meetings in the range returns an empty list; the two never look the same;
- an HTTP error on the entry page raises the ``FetchError``;
- a failure on one meeting page becomes a line in ``Discovery.warnings`` (that meeting is left out of the
  result — its absence is not evidence that its papers were withdrawn) and the other meetings continue;
- documents are only ever what the site links to: nothing is invented.
"""
from __future__ import annotations

import abc
import datetime as dt
from typing import ClassVar

from bs4 import BeautifulSoup

from boardpapers.errors import FetchError, SiteChangedError
from boardpapers.fetch import FetchResult, Fetcher
from boardpapers.models import Discovery, Source
from boardpapers.extractors.dates import find_dates  # noqa: F401  (re-exported: the shared pure helpers)
from boardpapers.extractors.doctype import document_type  # noqa: F401
from boardpapers.urls import host_of  # noqa: F401
from boardpapers.sites.parsing import (  # noqa: F401
    canonical_url,
    clean_text,
    meeting_status,
    normalise_title,
    parse_time,
    parse_uk_date,
    parse_uk_datetime,
    query_param,
)

DEFAULT_SINCE = dt.date(2010, 1, 1)  # HWBs began as shadow boards in 2011-12; nothing useful is older


class PageShapeError(Exception):
    """Raised by pure parsers when markup lacks its expected markers; adapters turn it into SiteChangedError
    (they know the source and URL, the parser does not)."""

    def __init__(self, expected: str):
        self.expected = expected
        super().__init__(expected)


class SiteAdapter(abc.ABC):
    kind: ClassVar[str]

    def __init__(self, source: Source, fetcher: Fetcher):
        if source.kind != self.kind:
            raise ValueError(f"source {source.id} is kind {source.kind!r}, not {self.kind!r}")
        self.source = source
        self.fetcher = fetcher
        self.requests = 0  # adapter-level GETs this run (robots.txt and retries are in fetcher.stats)
        self.warnings: list[str] = []

    @abc.abstractmethod
    def discover(self, *, since: dt.date | None = None, until: dt.date | None = None) -> Discovery:
        """The board and its meetings dated within [since, until] (inclusive; None = the adapter's default)."""

    # --- the fetching edge ----------------------------------------------------------------------------------

    def _get(self, url: str, **kw) -> FetchResult:
        """GET through the polite fetcher, always confined to the source's hosts and at its delay."""
        self.requests += 1
        return self.fetcher.get(
            url, allowed_hosts=self.source.allowed_hosts, delay=self.source.delay_seconds, **kw
        )

    def _is_allowed(self, url: str) -> bool:
        return host_of(url) in {h.lower() for h in self.source.allowed_hosts}

    def _changed(self, url: str, expected: str) -> SiteChangedError:
        return SiteChangedError(self.source.id, url, expected)

    def _warn(self, message: str) -> None:
        self.warnings.append(f"{self.source.id}: {message}")

    def _range(self, since: dt.date | None, until: dt.date | None) -> tuple[dt.date, dt.date]:
        """Default range: from the source's from_date (else 2010) to a year ahead (scheduled meetings)."""
        since = since or self.source.from_date or DEFAULT_SINCE
        until = until or dt.date.today() + dt.timedelta(days=366)
        return since, until

    def _discovery(self, board, meetings) -> Discovery:
        meetings = sorted(meetings, key=lambda m: (m.date or dt.date.min, m.key))
        return Discovery(board=board, meetings=meetings, requests=self.requests, warnings=list(self.warnings))


def soup_of(text: str) -> BeautifulSoup:
    """HTML parsed leniently (lxml copes with the double spaces in tags and stray entities these sites emit)."""
    return BeautifulSoup(text, "lxml")


def looks_like_html(result: FetchResult) -> bool:
    ctype = (result.content_type or "").lower()
    head = result.content[:512].lstrip().lower()
    return "html" in ctype or head.startswith(b"<!doctype html") or head.startswith(b"<html")


def fetch_error_summary(err: FetchError) -> str:
    return f"{err.reason}" + (f" ({err.detail})" if err.detail else "")


# --- registry ---------------------------------------------------------------------------------------------

_REGISTRY: dict[str, type[SiteAdapter]] = {}


def register(cls: type[SiteAdapter]) -> type[SiteAdapter]:
    _REGISTRY[cls.kind] = cls
    return cls


def adapter_for(source: Source, fetcher: Fetcher) -> SiteAdapter:
    """The adapter for ``source.kind`` (moderngov | cmis | listing)."""
    # Imported here so base.py has no import cycle with the adapters that subclass it.
    from boardpapers.sites import cmis, listing, moderngov  # noqa: F401

    try:
        cls = _REGISTRY[source.kind]
    except KeyError:
        raise ValueError(f"source {source.id}: no site adapter for kind {source.kind!r}") from None
    return cls(source, fetcher)
