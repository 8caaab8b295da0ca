"""Shared fixtures. Area-specific fixtures live in the conftest.py of each tests/ sub-folder.

CI sets ``BOARDPAPERS_REQUIRE`` (e.g. ``elasticsearch,chromium,tesseract``): then nothing may be skipped or
xfailed. Every skip (a missing Elasticsearch node, Chromium or Tesseract, a module skipped at collection) and
every xfail becomes a failure carrying its reason, so a missing part can never leave CI green.
"""
from __future__ import annotations

import os

import pytest

# The session-scoped `elasticsearch_url` fixture: a real node started from Maven Central, or a skip with the reason.
pytest_plugins = ["tests.engines.elasticsearch.fixture"]

REQUIRE_ENV = "BOARDPAPERS_REQUIRE"


def required_parts() -> set[str]:
    """What this run must have (from ``BOARDPAPERS_REQUIRE``); non-empty means "no skip, no xfail"."""
    return {part.strip().lower() for part in os.environ.get(REQUIRE_ENV, "").split(",") if part.strip()}


def _skip_reason(report) -> str:
    if isinstance(report.longrepr, tuple) and len(report.longrepr) == 3:
        return str(report.longrepr[2]).removeprefix("Skipped: ")
    return str(report.longrepr)


def _refused(what: str, reason: str) -> str:
    return (f"{what} under {REQUIRE_ENV}={os.environ.get(REQUIRE_ENV)} (CI allows no skip and no xfail): "
            f"{reason}")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if not required_parts():
        return
    if hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = _refused("xfail", report.wasxfail or "marked xfail")
        del report.wasxfail
    elif report.skipped:
        report.outcome = "failed"
        report.longrepr = _refused("skipped", _skip_reason(report))


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector):
    outcome = yield
    report = outcome.get_result()
    if required_parts() and report.skipped:
        report.outcome = "failed"
        report.longrepr = _refused("module skipped", _skip_reason(report))


@pytest.fixture
def home(tmp_path):
    """A fresh boardpapers data directory."""
    path = tmp_path / "home"
    path.mkdir()
    return path
