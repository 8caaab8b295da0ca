"""The one kit for real HTTP servers in tests: threaded servers on 127.0.0.1 with a free port chosen by the OS,
the response helpers every misbehaving route uses, and a raw-socket server for responses no HTTP library
would send (headers dripped a line at a time).

    server = serve(lambda h: respond(h, 200, b"hi"), name="main")
    server.url("/x"); server.netloc; server.stop()
"""
from __future__ import annotations

import http.server
import socket
import struct
import threading
import time
from typing import Callable

CLIENT_GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError)


class RunningServer:
    """A ThreadingHTTPServer on 127.0.0.1:<free port> serving GET (and HEAD) with ``handle(handler)``."""

    def __init__(self, handle: Callable[[http.server.BaseHTTPRequestHandler], None], name: str = "server",
                 server_version: str = "TestServer/1"):
        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format, *args):  # quiet: tests keep their own logs
                pass

            def do_GET(self):  # noqa: N802 (http.server's naming)
                try:
                    handle(self)
                except CLIENT_GONE:
                    pass  # the client gave up, as the test intended

            do_HEAD = do_GET

        Handler.server_version = server_version
        self.name = name
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True, name=f"test-http-{name}")
        self._thread.start()

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    @property
    def netloc(self) -> str:
        return f"127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return f"http://{self.netloc}{path}"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)


def serve(handle, name: str = "server", **kwargs) -> RunningServer:
    return RunningServer(handle, name, **kwargs)


# --- what a route sends ------------------------------------------------------------------------------------------


def respond(h, status: int, body: bytes = b"", *, content_type: str = "text/plain",
            headers: dict | None = None) -> None:
    """A whole response, then the connection closes."""
    h.send_response(status)
    h.send_header("Content-Type", content_type)
    for key, value in (headers or {}).items():
        h.send_header(key, value)
    if status != 304:
        h.send_header("Content-Length", str(len(body)))
    h.send_header("Connection", "close")
    h.end_headers()
    if status != 304 and body and h.command != "HEAD":
        h.wfile.write(body)
    h.wfile.flush()


def reset(h) -> None:
    """Drop the connection with a TCP RST, without a response."""
    h.close_connection = True
    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    h.connection.close()


def drip(h, data: bytes, *, every: float, content_type: str = "application/pdf", length: bool = True,
         on_byte: Callable[[], None] | None = None) -> None:
    """``data`` one byte every ``every`` seconds: never idle long enough for a read timeout. ``length``: declare
    Content-Length (else the body ends when the connection closes)."""
    h.send_response(200)
    h.send_header("Content-Type", content_type)
    if length:
        h.send_header("Content-Length", str(len(data)))
    h.send_header("Connection", "close")
    h.end_headers()
    for i in range(len(data)):
        h.wfile.write(data[i:i + 1])
        h.wfile.flush()
        if on_byte:
            on_byte()
        time.sleep(every)
    h.close_connection = True


# --- below HTTP: a scripted socket -------------------------------------------------------------------------------


class RawServer:
    """Accepts connections on 127.0.0.1:<free port> and hands each socket to ``script(conn, request, stopping)``
    (``request``: the bytes first received), for byte-level misbehaviour (headers sent a line at a time).
    ``/robots.txt`` is answered 404 at once unless ``robots`` is False."""

    def __init__(self, script: Callable[[socket.socket, bytes, threading.Event], None], *, robots: bool = True):
        self.robots = robots
        self.requests: list[bytes] = []
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen()
        self.stopping = threading.Event()
        self._script = script
        threading.Thread(target=self._accept, daemon=True, name="test-raw-server").start()

    @property
    def netloc(self) -> str:
        return f"127.0.0.1:{self._listener.getsockname()[1]}"

    def url(self, path: str) -> str:
        return f"http://{self.netloc}{path}"

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._run, args=(conn,), daemon=True).start()

    def _run(self, conn: socket.socket) -> None:
        try:
            request = conn.recv(65536)
            self.requests.append(request)
            if self.robots and request.startswith(b"GET /robots.txt "):
                conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                return
            self._script(conn, request, self.stopping)
        except OSError:
            pass
        finally:
            conn.close()

    def stop(self) -> None:
        self.stopping.set()
        self._listener.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
