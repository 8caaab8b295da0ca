"""A forwarding HTTP proxy in front of the real Elasticsearch test node, to make it fail mid-run on cue.

    proxy = EsProxy(real_url, on_bulk=callback).start()   # point ELASTICSEARCH_URL at proxy.url
    proxy.down = True                                      # every request is now refused: a dead node

``on_bulk(n)`` runs before the n-th ``_bulk`` request (from 1) is forwarded, so a test can make the real node
reject what follows (e.g. a write block on an index) at a point that does not depend on machine speed.
"""
from __future__ import annotations

import http.client
import threading
from urllib.parse import urlsplit

from tests.kit.httpserver import reset, serve

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection"}


class EsProxy:
    def __init__(self, target: str, on_bulk=None):
        parts = urlsplit(target)
        self.target_host, self.target_port = parts.hostname, parts.port or 9200
        self.on_bulk = on_bulk
        self.down = False
        self.bulk_requests = 0
        self.refused = 0
        self._lock = threading.Lock()

    def start(self) -> "EsProxy":
        self.server = serve(self._handle, "esproxy")
        for method in ("POST", "PUT", "DELETE"):  # the kit serves GET/HEAD; Elasticsearch needs the rest too
            setattr(self.server.httpd.RequestHandlerClass, f"do_{method}",
                    self.server.httpd.RequestHandlerClass.do_GET)
        return self

    def stop(self) -> None:
        self.server.stop()

    @property
    def url(self) -> str:
        return self.server.url("")

    def _handle(self, h) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        body = h.rfile.read(length) if length else None
        if self.down:
            with self._lock:
                self.refused += 1
            return reset(h)
        if "/_bulk" in h.path:
            with self._lock:
                self.bulk_requests += 1
                number = self.bulk_requests
            if self.on_bulk:
                self.on_bulk(number)
            if self.down:
                with self._lock:
                    self.refused += 1
                return reset(h)
        upstream = http.client.HTTPConnection(self.target_host, self.target_port, timeout=60)
        try:
            headers = {k: v for k, v in h.headers.items() if k.lower() not in HOP_BY_HOP | {"host"}}
            upstream.request(h.command, h.path, body=body, headers=headers)
            response = upstream.getresponse()
            data = response.read()
        finally:
            upstream.close()
        h.send_response(response.status)
        for key, value in response.getheaders():
            if key.lower() not in HOP_BY_HOP | {"content-length"}:
                h.send_header(key, value)
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        if h.command != "HEAD":
            h.wfile.write(data)
        h.wfile.flush()
