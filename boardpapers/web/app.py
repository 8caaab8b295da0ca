"""The web app and JSON API (``boardpapers serve``): search, documents, boards, organisations, trends,
saved searches with Atom feeds, and the archived copies of every paper.

``create_app`` only assembles the parts of this package:

- ``params``: query parameters, their validation and limits (shared by pages and API);
- ``views``: what pages and API show, as functions of the ``Workspace`` (catalogue, archive, engine);
- ``charts`` / ``highlight``: SVG chart layouts and query highlighting;
- ``pages``, ``api``, ``feeds``: the routers (HTML pages, ``/api/``, Atom feeds and archived copies).

Everything is read from a ``Workspace``; the app writes only saved searches. HTML is rendered by Jinja2 with
autoescaping on; the only value rendered unescaped is the engine's snippet, which the engine HTML-escapes
itself except for its ``<mark>`` tags.

    uvicorn.run(create_app(home, engine="embedded"), host="127.0.0.1", port=8000)
"""
from __future__ import annotations

import hmac
import json
import logging
import os
from pathlib import Path
from typing import Any

import jinja2
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from boardpapers.errors import BoardpapersError
from boardpapers.models import BOARD_TYPES, DECISION_KINDS, DOCUMENT_TYPES
from boardpapers.pipeline import Workspace

from boardpapers.search.trends import RATE_DEFINITION

from .api import api_router
from .feeds import feeds_router
from .pages import pages_router
from .params import PERIODS, SORTS, BadParameter, qs, safe_url
from .views import Views

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}
PAGE_CSP = ("default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
            "object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")


MAX_BODY_BYTES = 64 * 1024  # saved searches are a few hundred bytes; nothing else accepts a body
MAX_QUERY_BYTES = 8 * 1024


class RequestLimits:
    """ASGI middleware: refuses request bodies over ``MAX_BODY_BYTES`` (413, whether the client declares a
    Content-Length or streams chunks) and query strings over ``MAX_QUERY_BYTES`` (414), before any route
    reads them."""

    def __init__(self, app, max_body: int = MAX_BODY_BYTES, max_query: int = MAX_QUERY_BYTES):
        self.app, self.max_body, self.max_query = app, max_body, max_query

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if len(scope.get("query_string") or b"") > self.max_query:
            return await _plain(send, 414, f"the query string is limited to {self.max_query} bytes")
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > self.max_body
            except ValueError:
                return await _plain(send, 400, "bad Content-Length")
            if too_big:
                return await _plain(send, 413, f"request bodies are limited to {self.max_body} bytes")
        if scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        # bodies are small: read the whole body (to the limit) before the route sees it, then replay it
        chunks, received = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            body = message.get("body") or b""
            received += len(body)
            if received > self.max_body:
                return await _plain(send, 413, f"request bodies are limited to {self.max_body} bytes")
            chunks.append(body)
            if not message.get("more_body"):
                break
        replay = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]

        async def replayed_receive():
            return replay.pop() if replay else await receive()

        await self.app(scope, replayed_receive, send)


async def _plain(send, status: int, message: str) -> None:
    body = json.dumps({"detail": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class Templates:
    """The Jinja2 environment (autoescaping on) and the page / error renderers."""

    def __init__(self):
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True,
            undefined=jinja2.StrictUndefined if os.environ.get("BOARDPAPERS_STRICT_TEMPLATES") else jinja2.Undefined,
            trim_blocks=True, lstrip_blocks=True)
        self.env.globals.update(qs=qs, DOCUMENT_TYPES=DOCUMENT_TYPES, BOARD_TYPES=BOARD_TYPES, SORTS=SORTS,
                                PERIODS=PERIODS, DECISION_KINDS=DECISION_KINDS, RATE_DEFINITION=RATE_DEFINITION)
        self.env.filters["qs"] = qs
        self.env.filters["safe_url"] = safe_url

    def render(self, request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
        context.setdefault("title", "boardpapers")
        html = self.env.get_template(name).render(request=request, path=request.url.path, **context)
        return HTMLResponse(html, status_code=status_code)

    def error_response(self, request: Request, status: int, message: str, detail: Any = None) -> Response:
        if wants_html(request):
            return self.render(request, "error.html", status_code=status, status=status, message=message,
                               title=f"{status} — boardpapers")
        body: dict[str, Any] = {"detail": message}
        if detail is not None:
            body["errors"] = detail
        return JSONResponse(body, status_code=status)


def wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith("/api/") or path.startswith("/archive/") or path.endswith((".atom", ".csv"))
                or path in ("/openapi.json", "/docs", "/redoc"))


def token_checker(token: str | None):
    """The Bearer-token check for writes (saved searches), compared in constant time."""
    def require_token(request: Request) -> None:
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer ") or not header[7:].strip():
            raise HTTPException(401, "a Bearer token is required", headers={"WWW-Authenticate": "Bearer"})
        if token is None:
            raise HTTPException(403, "saved searches are read-only here: the server has no BOARDPAPERS_TOKEN")
        if not hmac.compare_digest(header[7:].strip().encode(), token.encode()):
            raise HTTPException(403, "the token is not valid")
    return require_token


def create_app(home: Path | str | None = None, *, engine: str | None = None, token: str | None = None,
               workspace=None) -> FastAPI:
    """The web app over the data directory ``home`` (default ``$BOARDPAPERS_HOME``).

    ``token`` (default ``$BOARDPAPERS_TOKEN``) is the Bearer token that creating and deleting saved
    searches needs; without one those endpoints answer 403. ``workspace`` reuses an open ``Workspace``.
    """
    token = token if token is not None else (os.environ.get("BOARDPAPERS_TOKEN") or None)
    ws = workspace if workspace is not None else Workspace.open(home, engine)
    owns_workspace = workspace is None

    app = FastAPI(title="boardpapers", version="0.1.0",
                  description="Search the papers of Health and Wellbeing Boards, STP/ICS and NHS boards, "
                              "and query who attends them.")
    app.state.workspace = ws
    templates = Templates()
    app.state.templates = templates.env
    views = Views(ws)
    app.state.views = views
    install_error_handlers(app, templates)

    @app.middleware("http")
    async def _headers(request: Request, call_next):
        response = await call_next(request)
        for key, value in SECURITY_HEADERS.items():
            response.headers.setdefault(key, value)
        if "content-security-policy" not in response.headers and \
                not response.headers.get("content-type", "").startswith("application/pdf"):
            response.headers["Content-Security-Policy"] = PAGE_CSP
        return response

    if owns_workspace:
        @app.on_event("shutdown")
        def _close() -> None:
            ws.close()

    app.add_middleware(RequestLimits)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api_router(views, token_checker(token)))
    app.include_router(feeds_router(views))
    app.include_router(pages_router(views, templates))
    return app


def install_error_handlers(app: FastAPI, templates: Templates) -> None:
    """4xx for bad input, 503 when the index cannot answer, never a traceback."""

    @app.exception_handler(BadParameter)
    async def _bad_parameter(request: Request, exc: BadParameter):
        return templates.error_response(request, 422, f"{exc.name}: {exc.message}",
                                        [{"loc": ["query", exc.name], "msg": exc.message}])

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        errors = [{"loc": [str(p) for p in e.get("loc", ())], "msg": str(e.get("msg", ""))} for e in exc.errors()]
        message = "; ".join(f"{'.'.join(e['loc'][1:]) or e['loc'][0] if e['loc'] else 'request'}: {e['msg']}"
                            for e in errors[:5]) or "invalid request"
        return templates.error_response(request, 422, message, errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        response = templates.error_response(request, exc.status_code, str(exc.detail))
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(BoardpapersError)
    async def _unavailable(request: Request, exc: BoardpapersError):
        log.warning("request %s failed: %s", request.url.path, exc)
        return templates.error_response(request, 503,
                                        f"the index could not answer: {' '.join(str(exc).split())[:300]}")

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return PlainTextResponse("internal error: the server could not answer this request", status_code=500)
