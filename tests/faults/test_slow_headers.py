"""A response whose *headers* arrive one line at a time (each line inside the read timeout) must still be cut
off by the fetcher's whole-request deadline, as its docstring promises: otherwise a slowloris-style server
holds a worker for as long as it likes (each line arrives well inside the read timeout)."""
from __future__ import annotations

import socket
import threading
import time

import pytest

from boardpapers.errors import FetchError
from boardpapers.fetch import Fetcher, RobotsRules

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def slow_header_server():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def drip(conn):
        try:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\n")
            for i in range(15):  # 15 header lines, one every 0.3 s: 4.5 s in all
                if stop.is_set():
                    return
                conn.sendall(b"X-Slow-%d: y\r\n" % i)
                time.sleep(0.3)
            conn.sendall(b"Content-Type: application/pdf\r\nContent-Length: 9\r\nConnection: close\r\n\r\n%PDF-1.4\n")
        except OSError:
            pass
        finally:
            conn.close()

    def accept():
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=drip, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    yield f"127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    listener.close()


def test_header_drip_is_cut_off_by_the_deadline(slow_header_server):
    fetcher = Fetcher(timeout=1, deadline=1, retries=0, backoff=0.05, default_delay=0)
    fetcher._robots[f"http://{slow_header_server}"] = (time.monotonic(), RobotsRules(allow_all=True))
    started = time.monotonic()
    with pytest.raises(FetchError) as err:
        fetcher.get(f"http://{slow_header_server}/paper.pdf")
    assert err.value.reason == "timeout"
    assert time.monotonic() - started < 2.5
