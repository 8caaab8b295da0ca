import pytest

from boardpapers.fetch import Fetcher


@pytest.fixture
def fetcher():
    """A fetcher for local test servers: no delay, no retries."""
    return Fetcher(default_delay=0, retries=0, backoff=0, timeout=10)
