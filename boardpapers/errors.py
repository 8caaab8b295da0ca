"""Errors that carry a one-line, user-facing message naming the thing and the cause."""
from __future__ import annotations


class BoardpapersError(Exception):
    """Base class: ``str(err)`` is the one-line message shown to users (no traceback)."""


class ConfigError(BoardpapersError):
    """A sources file or setting is missing or wrong."""


class FetchError(BoardpapersError):
    """A URL could not be fetched. ``reason`` is a short machine-readable code."""

    def __init__(self, url: str, reason: str, detail: str = "", status: int | None = None):
        self.url, self.reason, self.detail, self.status = url, reason, detail, status
        super().__init__(f"{url}: {reason}" + (f" ({detail})" if detail else ""))


class SiteChangedError(BoardpapersError):
    """A page no longer looks like the adapter expects: the scraper is broken, not the board quiet."""

    def __init__(self, source_id: str, url: str, expected: str):
        self.source_id, self.url, self.expected = source_id, url, expected
        super().__init__(f"source {source_id}: {url} does not look as expected ({expected})")


class ExtractionError(BoardpapersError):
    """A document could not be read at all (corrupt, encrypted, empty, wrong type, over limits)."""

    def __init__(self, reason: str, detail: str = ""):
        self.reason, self.detail = reason, detail
        super().__init__(reason + (f": {detail}" if detail else ""))


class SearchError(BoardpapersError):
    """The index could not answer (engine unreachable, bad filter value)."""


class InfrastructureError(BoardpapersError):
    """The environment failed, not the document (an extraction worker that cannot start or keeps dying, the
    index or the archive unreachable): the work is retried and nothing is recorded against the document."""


class ArchiveError(InfrastructureError):
    """The archive could not store a document (no space left, not writable): nothing half-written is kept.
    An environment failure: the document stays pending and is retried, nothing is recorded against it."""


def one_line(err: BaseException) -> str:
    """An error as one line for a report or a failure record (its type name when it has no message)."""
    text = " ".join(str(err).split())
    return text or type(err).__name__
