"""A response whose *headers* arrive one line at a time (each line inside the read timeout) must still be cut
off by the fetcher's whole-request deadline, as its docstring promises: otherwise a slowloris-style server
holds a worker for as long as it likes. The same holds for a body with no Content-Length dripped until the
server closes: cut off, reported as a timeout, and never taken for the whole body."""
from __future__ import annotations

import time

import pytest

from boardpapers.errors import FetchError
from boardpapers.fetch import Fetcher
from tests.kit.httpserver import RawServer

pytestmark = pytest.mark.timeout(60)


def header_drip(conn, request, stopping):
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    for i in range(15):  # 15 header lines, one every 0.3 s: 4.5 s in all
        if stopping.is_set():
            return
        conn.sendall(b"X-Slow-%d: y\r\n" % i)
        time.sleep(0.3)
    conn.sendall(b"Content-Type: application/pdf\r\nContent-Length: 9\r\nConnection: close\r\n\r\n%PDF-1.4\n")


def unsized_body_drip(conn, request, stopping):
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nConnection: close\r\n\r\n%PDF-1.4\n")
    for _ in range(15):  # 4.5 s of body, whose end is the connection closing
        if stopping.is_set():
            return
        conn.sendall(b"0")
        time.sleep(0.3)


def robots_drip(conn, request, stopping):
    header_drip(conn, request, stopping)


def fetch_from(server: RawServer, *, retries: int):
    """GET /paper.pdf with a 1 s deadline and read timeout; returns (the FetchError, seconds, paths requested)."""
    try:
        fetcher = Fetcher(timeout=1, deadline=1, retries=retries, backoff=0.05, default_delay=0)
        started = time.monotonic()
        with pytest.raises(FetchError) as err:
            fetcher.get(server.url("/paper.pdf"))
        took = time.monotonic() - started
    finally:
        server.stop()
    return err.value, took, [r.split(b" ")[1] for r in server.requests]


@pytest.mark.parametrize("script", [header_drip, unsized_body_drip])
def test_dripped_response_is_cut_off_by_the_deadline(script):
    err, took, paths = fetch_from(RawServer(script), retries=2)
    assert err.reason == "timeout" and "1s deadline" in err.detail
    assert took < 2.5  # one deadline plus slack (the drip takes 4.5 s); a deadline is final, not retried
    assert paths == [b"/robots.txt", b"/paper.pdf"]


def test_dripped_robots_txt_counts_as_unreachable():
    err, took, paths = fetch_from(RawServer(robots_drip, robots=False), retries=0)
    # RFC 9309: robots.txt that cannot be had means complete disallow; the paper is never asked for
    assert err.reason == "robots_disallowed" and "timeout" in err.detail
    assert took < 2.5
    assert paths == [b"/robots.txt"]
