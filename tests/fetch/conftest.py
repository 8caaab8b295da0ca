"""Fixtures for the fetcher tests: two fault servers (two "hosts") and a fast, impatient Fetcher."""
from __future__ import annotations

import pytest

from boardpapers.fetch import Fetcher
from tests.fetch.faultserver import FaultServer


@pytest.fixture
def server():
    srv = FaultServer("main").start()
    yield srv
    srv.stop()


@pytest.fixture
def other():
    """A second server on another port: to the fetcher, another host."""
    srv = FaultServer("other").start()
    yield srv
    srv.stop()


def make_fetcher(**overrides) -> Fetcher:
    options = dict(timeout=0.5, backoff=0.05, retries=2, deadline=1.0, default_delay=0)
    options.update(overrides)
    return Fetcher(**options)


@pytest.fixture
def fetcher():
    f = make_fetcher()
    yield f
    f._session.close()


class FakeClock:
    """An injectable clock: ``sleep`` advances ``now`` and is recorded."""

    def __init__(self, start: float = 1000.0):
        self.t = start
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture
def clock():
    return FakeClock()
