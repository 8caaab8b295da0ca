"""A small real HTTP server on 127.0.0.1 that misbehaves on demand, for testing ``boardpapers.fetch``.

Every request is logged (path, headers, arrival time) before the route runs, so tests can assert what
the fetcher did and did not ask for. Routes are plain functions ``route(handler)``; tests add their own
with ``server.routes[path] = fn`` and set ``server.robots = (status, body)``.
"""
from __future__ import annotations

import gzip
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from tests.kit.httpserver import drip as kit_drip
from tests.kit.httpserver import reset, respond, serve

_BOMB: bytes | None = None
BOMB_SIZE = 50 * 1024 * 1024  # decompressed size of the gzip bomb


def gzip_bomb() -> bytes:
    """50 MB of zeros, gzipped (about 50 KB); built once per process."""
    global _BOMB
    if _BOMB is None:
        _BOMB = gzip.compress(bytes(BOMB_SIZE), compresslevel=9)
    return _BOMB


@dataclass
class Logged:
    method: str
    path: str
    headers: dict[str, str]
    at: float  # time.monotonic() on arrival


@dataclass
class FaultServer:
    name: str = "server"
    robots: tuple[int, str] | None = (404, "")  # None: reset the connection instead of answering
    routes: dict = field(default_factory=dict)
    log: list[Logged] = field(default_factory=list)
    hits: Counter = field(default_factory=Counter)
    sent: Counter = field(default_factory=Counter)  # body bytes a route managed to write, by path

    def start(self) -> "FaultServer":
        self._lock = threading.Lock()
        self._server = serve(self._handle, self.name, server_version="FaultServer/1")
        return self

    def stop(self) -> None:
        self._server.stop()

    @property
    def netloc(self) -> str:
        return self._server.netloc

    def url(self, path: str) -> str:
        return f"http://{self.netloc}{path}"

    def paths(self) -> list[str]:
        return [entry.path for entry in self.log]

    def count(self, path: str) -> int:
        return sum(1 for entry in self.log if entry.path == path)

    def record(self, handler) -> None:
        with self._lock:
            self.log.append(Logged(handler.command, handler.path, dict(handler.headers.items()), time.monotonic()))
            self.hits[handler.path] += 1

    def _handle(self, h) -> None:
        h.fault = self
        self.record(h)
        path = urlsplit(h.path).path
        route = self.routes.get(h.path) or self.routes.get(path) or ROUTES.get(path)
        if path == "/robots.txt" and "/robots.txt" not in self.routes:
            route = robots
        if route is None and path.startswith("/chain/"):
            route = chain
        if route is None:
            respond(h, 404, b"no such route\n")
        else:
            route(h)



# --- helpers used by routes (respond and reset come from the test kit) -------------------------------------


def redirect(h, location: str, status: int = 302) -> None:
    respond(h, status, b"moved\n", headers={"Location": location})


def query(h) -> dict[str, str]:
    return {k: v[-1] for k, v in parse_qs(urlsplit(h.path).query).items()}


# --- routes ------------------------------------------------------------------------------------------------------


def robots(h):
    if h.fault.robots is None:
        return reset(h)
    status, body = h.fault.robots
    respond(h, status, body.encode())


def ok(h):
    respond(h, 200, b"hello\n")


def not_found(h):
    respond(h, 404, b"gone\n")


def always_500(h):
    respond(h, 500, b"broken\n")


def flaky_503(h):
    """503 on the first request (with ?retry_after=N as Retry-After), 200 afterwards."""
    retry_after = query(h).get("retry_after")
    if h.fault.hits[h.path] == 1:
        respond(h, 503, b"busy\n", headers={"Retry-After": retry_after} if retry_after else {})
    else:
        respond(h, 200, b"recovered\n")


def busy_forever(h):
    respond(h, 503, b"come back much later\n", headers={"Retry-After": query(h).get("retry_after", "100000")})


def too_many(h):
    respond(h, 429, b"slow down\n", headers={"Retry-After": "100000"})


def sleepy(h):
    """Says nothing for longer than the client's timeout."""
    time.sleep(float(query(h).get("s", "1.0")))
    respond(h, 200, b"too late\n")


def drip(h):
    """Declares 100 bytes and sends one every 0.2 s (20 s in all): alive, never finished in time."""
    kit_drip(h, b"x" * 100, every=0.2, on_byte=lambda: h.fault.sent.update([h.path]))


def drip_chunked(h):
    """The same, as 1-byte chunks with no Content-Length."""
    h.send_response(200)
    h.send_header("Content-Type", "application/pdf")
    h.send_header("Transfer-Encoding", "chunked")
    h.send_header("Connection", "close")
    h.end_headers()
    for _ in range(100):
        h.wfile.write(b"1\r\nx\r\n")
        h.wfile.flush()
        h.fault.sent[h.path] += 1
        time.sleep(0.2)
    h.wfile.write(b"0\r\n\r\n")


def stall(h):
    """Sends 10 of 100 declared bytes, then goes quiet for longer than the client's timeout."""
    h.send_response(200)
    h.send_header("Content-Length", "100")
    h.send_header("Connection", "close")
    h.end_headers()
    h.wfile.write(b"x" * 10)
    h.wfile.flush()
    time.sleep(1.5)


def cut(h):
    """Sends 10 of 1000 declared bytes, then drops the connection."""
    h.send_response(200)
    h.send_header("Content-Length", "1000")
    h.send_header("Connection", "close")
    h.end_headers()
    h.wfile.write(b"x" * 10)
    h.wfile.flush()
    reset(h)


def cut_once(h):
    if h.fault.hits[h.path] == 1:
        return cut(h)
    respond(h, 200, b"whole body\n")


def reset_once(h):
    if h.fault.hits[h.path] == 1:
        return reset(h)
    respond(h, 200, b"back again\n")


ETAG = '"v1"'
LAST_MODIFIED = "Tue, 01 Apr 2025 10:00:00 GMT"


def conditional(h):
    if h.headers.get("If-None-Match") == ETAG or h.headers.get("If-Modified-Since") == LAST_MODIFIED:
        respond(h, 304, headers={"ETag": ETAG, "Last-Modified": LAST_MODIFIED})
    else:
        respond(h, 200, b"%PDF-1.4 agenda\n", headers={"ETag": ETAG, "Last-Modified": LAST_MODIFIED},
                content_type="application/pdf")


def to(h):
    """/to?url=X&status=N: redirect to X."""
    q = query(h)
    redirect(h, q["url"], int(q.get("status", "302")))


def loop_a(h):
    redirect(h, "/loop/b")


def loop_b(h):
    redirect(h, "/loop/a")


def chain(h):
    """/chain/N redirects to /chain/N-1; /chain/0 answers 200."""
    n = int(h.path.rsplit("/", 1)[1])
    if n == 0:
        respond(h, 200, b"end of chain\n")
    else:
        redirect(h, f"/chain/{n - 1}", 301)


def no_location(h):
    respond(h, 302, b"moved somewhere\n")


def declared_huge(h):
    """Declares 50 MB and tries to send them all; ``sent`` shows how far it got before the client hung up."""
    size = 50 * 1024 * 1024
    h.send_response(200)
    h.send_header("Content-Type", "application/pdf")
    h.send_header("Content-Length", str(size))
    h.send_header("Connection", "close")
    h.end_headers()
    block = b"x" * 65536
    for _ in range(size // len(block)):
        h.wfile.write(block)
        h.fault.sent[h.path] += len(block)


def chunked_big(h):
    """2 MB in 64 KB chunks with no Content-Length."""
    h.send_response(200)
    h.send_header("Content-Type", "application/pdf")
    h.send_header("Transfer-Encoding", "chunked")
    h.send_header("Connection", "close")
    h.end_headers()
    block = b"x" * 65536
    for _ in range(32):
        h.wfile.write(b"%x\r\n%s\r\n" % (len(block), block))
        h.fault.sent[h.path] += len(block)
    h.wfile.write(b"0\r\n\r\n")


def bomb(h):
    respond(h, 200, gzip_bomb(), headers={"Content-Encoding": "gzip"}, content_type="application/pdf")


def small_gzip(h):
    respond(h, 200, gzip.compress(b"squeezed " * 1000), headers={"Content-Encoding": "gzip"})


def liar(h):
    """Declares 2 GiB, sends 100 bytes, then holds the connection open."""
    h.send_response(200)
    h.send_header("Content-Length", "2147483648")
    h.send_header("Connection", "close")
    h.end_headers()
    h.wfile.write(b"x" * 100)
    h.wfile.flush()
    time.sleep(2)


ROUTES = {
    "/ok": ok,
    "/private/secret": ok,
    "/public/page": ok,
    "/report.pdf": ok,
    "/404": not_found,
    "/500": always_500,
    "/flaky503": flaky_503,
    "/busy": busy_forever,
    "/429": too_many,
    "/sleepy": sleepy,
    "/drip": drip,
    "/drip-chunked": drip_chunked,
    "/stall": stall,
    "/cut": cut,
    "/cut-once": cut_once,
    "/reset": reset,
    "/reset-once": reset_once,
    "/conditional": conditional,
    "/to": to,
    "/loop/a": loop_a,
    "/loop/b": loop_b,
    "/no-location": no_location,
    "/declared-huge": declared_huge,
    "/chunked-big": chunked_big,
    "/bomb": bomb,
    "/small-gzip": small_gzip,
    "/liar": liar,
}
