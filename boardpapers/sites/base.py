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
import re
from typing import ClassVar
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from boardpapers.errors import ConfigError, FetchError, SiteChangedError
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
    status_word,
)

DEFAULT_SINCE = dt.date(2010, 1, 1)  # HWBs began as shadow boards in 2011-12; nothing useful is older


class PageShapeError(Exception):
    """Raised by pure parsers when markup lacks its expected markers; adapters turn it into SiteChangedError
    (they know the source and URL, the parser does not)."""

    def __init__(self, expected: str):
        self.expected = expected
        super().__init__(expected)


class SiteAdapter(abc.ABC):
    """One site kind. A subclass declares its ``kind`` (the name used in sources.yaml), the source keys it
    reads beyond the common ones (``config_keys``) and how they are checked (``configure``), and registers
    itself with ``@register``; ``boardpapers.sites`` imports every adapter module, and the config loader, the
    CLI and the docs take the kinds from there (see docs/extending.md)."""

    kind: ClassVar[str]
    config_keys: ClassVar[frozenset[str]] = frozenset()  # keys of a source entry only this kind accepts

    @classmethod
    def configure(cls, values: dict, where: str) -> dict:
        """Check and normalise this kind's keys of one source entry (``values`` is a copy, changed in place
        and returned); raise ``ConfigError`` naming ``where``. Keys in ``config_keys`` that are not fields of
        ``Source`` end up in ``Source.options``."""
        return values

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
        """GET through the polite fetcher, always confined to the source's hosts, at its delay and timeout."""
        self.requests += 1
        return self.fetcher.get(
            url, allowed_hosts=self.source.allowed_hosts, delay=self.source.delay_seconds,
            timeout=self.source.timeout_seconds, **kw
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
    """Class decorator: make ``cls`` the adapter of sources whose ``kind`` is ``cls.kind``."""
    kind = getattr(cls, "kind", None)
    if not isinstance(kind, str) or not kind:
        raise TypeError(f"{cls.__name__} must declare its kind")
    if kind in _REGISTRY and _REGISTRY[kind] is not cls:
        raise ValueError(f"site kind {kind!r} is registered twice ({_REGISTRY[kind].__name__}, {cls.__name__})")
    _REGISTRY[kind] = cls
    return cls


def unregister(kind: str) -> None:
    """Forget a kind (tests that register a throwaway kind clean up with this)."""
    _REGISTRY.pop(kind, None)


def registered_kinds() -> tuple[str, ...]:
    """The kinds registered so far, in registration order (import ``boardpapers.sites`` for all of them)."""
    return tuple(_REGISTRY)


def adapter_class(kind: str) -> type[SiteAdapter]:
    try:
        return _REGISTRY[kind]
    except KeyError:
        raise ConfigError(f"no site adapter for kind {kind!r}: use one of {', '.join(_REGISTRY)}") from None


def adapter_for(source: Source, fetcher: Fetcher) -> SiteAdapter:
    """The adapter registered for ``source.kind``."""
    try:
        cls = _REGISTRY[source.kind]
    except KeyError:
        raise ValueError(f"source {source.id}: no site adapter for kind {source.kind!r}") from None
    return cls(source, fetcher)


def require_url(values: dict, key: str, where: str) -> None:
    """``values[key]`` must be an http(s) URL; stored stripped."""
    url = values.get(key)
    parts = urlsplit(str(url or ""))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{where}: '{key}' must be an http(s) URL (got {url!r})")
    values[key] = str(url).strip()


def configure_committee_site(values: dict, where: str, kind: str, *, page_entry: re.Pattern | None = None) -> dict:
    """The keys of a committee-per-site system (ModernGov, CMIS): a ``base_url`` and a ``committee``.

    The base is a folder (a '/' is added) unless it matches ``page_entry`` (a page as copied, e.g. CMIS's
    …/Meetings.aspx)."""
    require_url(values, "base_url", where)
    if not values.get("committee"):
        raise ConfigError(f"{where}: 'committee' (title or numeric id) is required for kind {kind}")
    values["committee"] = str(values["committee"])
    if not values["base_url"].endswith("/") and not (page_entry and page_entry.search(values["base_url"])):
        values["base_url"] += "/"
    return values
