"""Everything a task needs, opened lazily from settings: catalogue, archive, fetcher, index, extractor."""
from __future__ import annotations

from typing import Callable

from boardpapers.archive import Archive
from boardpapers.catalogue import Catalogue
from boardpapers.config import Settings
from boardpapers.fetch import Fetcher
from boardpapers.sandbox import ExtractionSandbox
from boardpapers.search import open_engine

Progress = Callable[[str], None]


class Workspace:
    """Everything a task needs, opened lazily from settings: catalogue, archive, fetcher, index, extractor."""

    def __init__(self, settings: Settings, *, fetcher: Fetcher | None = None, engine=None, sandbox=None):
        self.settings = settings
        settings.home.mkdir(parents=True, exist_ok=True)
        self.catalogue = Catalogue.open(settings.home, settings.catalogue_url)
        self.archive = Archive(settings.archive_url or settings.home / "archive")
        self._fetcher, self._engine, self._sandbox = fetcher, engine, sandbox
        self.has_own_sandbox = sandbox is not None  # given one: every extraction goes through it

    @classmethod
    def open(cls, home=None, engine: str | None = None, **kwargs) -> "Workspace":
        return cls(Settings.from_env(home, engine), **kwargs)

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(contact=self.settings.contact)
        return self._fetcher

    @property
    def engine(self):
        if self._engine is None:
            self._engine = open_engine(self.settings.engine, home=self.settings.home,
                                       url=self.settings.elasticsearch_url)
        return self._engine

    @property
    def sandbox(self):
        if self._sandbox is None:
            self._sandbox = ExtractionSandbox()
        return self._sandbox

    def close(self) -> None:
        if self._sandbox is not None:
            self._sandbox.close()
        if self._engine is not None:
            self._engine.close()
        self.catalogue.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
