"""Shared fixtures. Area-specific fixtures live in the conftest.py of each tests/ sub-folder."""
from __future__ import annotations

import pytest

# The session-scoped `elasticsearch_url` fixture: a real node started from Maven Central, or a skip with the reason.
pytest_plugins = ["tests.engines.elasticsearch.fixture"]


@pytest.fixture
def home(tmp_path):
    """A fresh boardpapers data directory."""
    path = tmp_path / "home"
    path.mkdir()
    return path
