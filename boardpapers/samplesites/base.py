"""What every sample site shares: requests and responses, document bytes, robots.txt, conditional GET."""
from __future__ import annotations

import email.utils
import hashlib
import re
import threading
from dataclasses import dataclass, field
from html import escape
from urllib.parse import parse_qsl, unquote, urlsplit

from boardpapers.samplesites.pdfs import render_pdf
from boardpapers.samplesites.world import Document, SiteWorld

PDF_CACHE: dict[tuple[str, int], bytes] = {}  # (document key, version) -> bytes; shared by every site instance
_PDF_LOCK = threading.Lock()


@dataclass
class Request:
    method: str
    target: str  # path + query as received
    headers: dict[str, str]

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        """Query parameters with lower-cased names: ModernGov links vary the case (MId / MID)."""
        return {k.lower(): v for k, v in parse_qsl(urlsplit(self.target).query, keep_blank_values=True)}


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    last_modified: float | None = None  # epoch seconds; sent only by sites that send validators
    cacheable: bool = True  # validators apply


def html_response(text: str, status: int = 200) -> Response:
    return Response(status, text.encode("utf-8"))


def not_found(detail: str = "") -> Response:
    body = ("<!DOCTYPE html><html><head><title>404 - Not Found</title></head><body><h1>404 - Page not found"
            f"</h1><p>The page you requested could not be found.{escape(detail)}</p></body></html>")
    return Response(404, body.encode("utf-8"), cacheable=False)


def document_bytes(doc: Document, author: str) -> bytes:
    if doc.override_bytes is not None:
        return doc.override_bytes
    key = (doc.key, doc.version)
    with _PDF_LOCK:
        cached = PDF_CACHE.get(key)
    if cached is None:
        cached = render_pdf(doc, author)
        with _PDF_LOCK:
            PDF_CACHE[key] = cached
    return cached


def file_size_kb(doc: Document, author: str) -> int:
    return max(1, len(document_bytes(doc, author)) // 1024)


class SiteApp:
    """One sample site. Subclasses answer ``route``; this class adds robots.txt and the private area."""

    kind = ""
    validators: tuple[str, ...] = ()  # which conditional-GET validators the site sends: "etag", "last_modified"
    robots_disallow: tuple[str, ...] = ("/private/",)

    def __init__(self, site: SiteWorld):
        self.site = site
        self.origin = ""  # http://127.0.0.1:<port>, set when the server is bound
        self.lock = threading.RLock()

    # --- set-up ---
    def assign_paths(self) -> None:
        """Give every document its URL path (idempotent: documents that have one keep it)."""

    @property
    def base_path(self) -> str:
        return "/"

    def url(self, path: str) -> str:
        return self.origin + path

    def entry_url(self) -> str:
        return self.url(self.base_path)

    # --- serving ---
    def handle(self, request: Request) -> Response:
        if request.path == "/robots.txt":
            lines = ["User-agent: *"] + [f"Disallow: {p}" for p in self.robots_disallow] + [""]
            return Response(200, "\n".join(lines).encode(), "text/plain; charset=utf-8")
        if request.path.startswith("/private/"):
            return html_response("<html><body><h1>Members' area</h1><p>Sign in to see draft papers.</p>"
                                 "</body></html>")
        with self.lock:
            return self.route(request)

    def route(self, request: Request) -> Response:
        return not_found()

    def serve_document(self, doc: Document | None, content_type: str = "application/pdf") -> Response:
        if doc is None or doc.withdrawn or doc.withdrawn_initially:
            return not_found()
        body = document_bytes(doc, self.site.organisation)
        response = Response(200, body, content_type)
        if doc.last_modified is not None:
            response.last_modified = doc.last_modified.timestamp()
        return response

    def visible_documents(self, meeting) -> list[Document]:
        return [d for d in meeting.documents if not d.withdrawn]

    def find_document(self, path: str) -> Document | None:
        wanted = normalise_path(path)
        for doc in self.site.documents():
            if doc.path and normalise_path(doc.path) == wanted:
                return doc
        return None


def slug(text: str, sep: str = "-", limit: int = 40) -> str:
    """A URL slug as CMSs write them ("health-and-wellbeing-board", Jadu: "health_and_wellbeing_board")."""
    return re.sub(r"[^a-z0-9]+", sep, text.lower()).strip(sep)[:limit]


def normalise_path(path: str) -> str:
    """Spaces, %20 and '+' name the same ModernGov file; the query (?T=1) does not change the file."""
    return unquote(urlsplit(path).path.replace("+", " ")).lower()


def conditional(request: Request, response: Response, validators: tuple[str, ...]) -> Response:
    """Add validators the site is configured to send, and answer 304 when the request's validators match."""
    if response.status != 200 or not response.cacheable or not validators:
        return response
    etag = None
    if "etag" in validators:
        etag = '"' + hashlib.sha256(response.body).hexdigest()[:20] + '"'
        response.headers["ETag"] = etag
    if "last_modified" in validators and response.last_modified is not None:
        response.headers["Last-Modified"] = email.utils.formatdate(response.last_modified, usegmt=True)
    inm = request.headers.get("if-none-match")
    ims = request.headers.get("if-modified-since")
    if etag and inm:
        if etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*":
            return Response(304, b"", response.content_type, dict(response.headers))
        return response
    if ims and "Last-Modified" in response.headers:
        try:
            since = email.utils.parsedate_to_datetime(ims).timestamp()
        except (TypeError, ValueError):
            return response
        if response.last_modified is not None and int(response.last_modified) <= int(since):
            return Response(304, b"", response.content_type, dict(response.headers))
    return response
