"""One set of sample sites per test module: starting them takes well under a second, but PDFs are cached."""
from __future__ import annotations

import pytest

from boardpapers.samplesites import SampleSites


@pytest.fixture(scope="module")
def sites():
    with SampleSites.start() as running:
        yield running


@pytest.fixture
def fresh_sites():
    """Sites a test may mutate."""
    with SampleSites.start() as running:
        yield running
