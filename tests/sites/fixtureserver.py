"""A tiny real-HTTP server on 127.0.0.1 port 0 for adapter tests: a dict of "path?query" -> response."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FixtureServer:
    """``routes``: {"/path?query": (status, content_type, body[, headers])} or a plain body string (200, text/html).

    Paths are matched exactly as received, then without the query. ``requested`` logs every request target.
    """

    def __init__(self, routes: dict, robots: str = "User-agent: *\nDisallow:\n", host: str = "127.0.0.1"):
        self.routes = dict(routes)
        self.routes.setdefault("/robots.txt", (200, "text/plain", robots))
        self.requested: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                server.requested.append(self.path)
                route = server.routes.get(self.path) or server.routes.get(self.path.split("?", 1)[0])
                headers = {}
                if route is None:
                    status, ctype, body = 404, "text/html", "<html><body>Not found</body></html>"
                elif isinstance(route, str):
                    status, ctype, body = 200, "text/html; charset=utf-8", route
                else:
                    status, ctype, body, *extra = route
                    headers = extra[0] if extra else {}
                data = body.encode("utf-8") if isinstance(body, str) else body
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self._host = host
        self._httpd = ThreadingHTTPServer((host, 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def netloc(self) -> str:
        return f"{self._host}:{self._httpd.server_address[1]}"

    def url(self, path: str = "/") -> str:
        return f"http://{self.netloc}{path}"

    def __enter__(self) -> "FixtureServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def fetched(self, fragment: str) -> bool:
        return any(fragment in target for target in self.requested)
