"""Serving the sample sites over real HTTP on 127.0.0.1, with a request log, mutations and the ground truth.

    with SampleSites.start() as sites:
        sources = sites.sources()          # Source objects with the real ports
        yaml_text = sites.sources_yaml()   # the same, as a sources file
        truth = sites.truth                # what the pipeline should find
"""
from __future__ import annotations

import datetime as dt
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterable

import yaml

from boardpapers.config import parse_sources
from boardpapers.models import Source
from boardpapers.samplesites import content
from boardpapers.samplesites.base import PDF_CACHE, Request, SiteApp, conditional, document_bytes, normalise_path
from boardpapers.samplesites.cmis import CmisApp, CmisPortalApp
from boardpapers.samplesites.jadu import LISTING_RULES as JADU_RULES
from boardpapers.samplesites.jadu import JaduApp
from boardpapers.samplesites.listing import LISTING_RULES, ListingApp
from boardpapers.samplesites.moderngov import ModernGovApp, ModernGovSpec
from boardpapers.samplesites.truth import Truth, source_truth
from boardpapers.samplesites.world import BoardPlan, Document, World, WorldMeeting, build_world

SITE_KEYS = ("northmere", "kingsbridge", "eastwold", "nhs", "westbrook", "ashby")
LOGGED_HEADERS = ("if-none-match", "if-modified-since", "user-agent", "range", "accept")


@dataclass
class LoggedRequest:
    site: str
    method: str
    target: str  # path + query as received
    headers: dict[str, str]  # the LOGGED_HEADERS that were sent (lower-case names)
    status: int
    bytes: int
    at: float = field(default_factory=time.monotonic)


class RequestLog:
    """Thread-safe record of every request the sites answered."""

    def __init__(self):
        self._lock = threading.Lock()
        self._items: list[LoggedRequest] = []

    def add(self, entry: LoggedRequest) -> None:
        with self._lock:
            self._items.append(entry)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __iter__(self):
        with self._lock:
            return iter(list(self._items))

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)

    def for_site(self, site: str) -> list[LoggedRequest]:
        return [r for r in self if r.site == site]


def _handler_for(app: SiteApp, site_key: str, log: RequestLog):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "Microsoft-IIS/10.0" if app.kind != "listing" else "nginx"
        sys_version = ""

        def _serve(self, head: bool) -> None:
            headers = {k.lower(): v for k, v in self.headers.items()}
            request = Request(self.command, self.path, headers)
            try:
                response = conditional(request, app.handle(request), app.validators)
            except Exception as err:  # a bug in a sample site must show, not hang the client
                from boardpapers.samplesites.base import Response
                response = Response(500, f"sample site error: {err!r}".encode(), "text/plain", cacheable=False)
            body = b"" if head or response.status == 304 else response.body
            # logged before the reply is written: a client that has its reply must find its request in the log
            log.add(LoggedRequest(site_key, self.command, self.path,
                                  {k: headers[k] for k in LOGGED_HEADERS if k in headers}, response.status, len(body)))
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body) if not head else len(response.body)))
            self.end_headers()
            if body:
                self.wfile.write(body)

        def do_GET(self):  # noqa: N802 (http.server's naming)
            self._serve(head=False)

        def do_HEAD(self):  # noqa: N802
            self._serve(head=True)

        def log_message(self, format, *args):  # quiet: the RequestLog records everything
            pass

    return Handler


class _SampleServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # a client that hung up mid-request (a fetcher timing out or closing a kept-alive socket) is its business;
        # anything else still prints its traceback
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


class SampleSites:
    """The sample sites (plus any extra ModernGov sites), each on its own port of 127.0.0.1."""

    def __init__(self, seed: int = 2016, extra_moderngov: Iterable[ModernGovSpec] = (), host: str = "127.0.0.1",
                 ports: dict[str, int] | None = None):
        self.seed = seed
        self.host = host
        self.extra_specs = list(extra_moderngov)
        self.world: World = build_world(seed, [_plan_for(spec) for spec in self.extra_specs])
        self.requests = RequestLog()
        self.apps: dict[str, SiteApp] = {
            "northmere": ModernGovApp(self.world.sites["northmere"], "/", web_service=True),
            "kingsbridge": ModernGovApp(self.world.sites["kingsbridge"], "/modernGov/", web_service=False, messy=True),
            "eastwold": CmisApp(self.world.sites["eastwold"], "/eastwold/"),
            "nhs": ListingApp(self.world.sites["nhs"]),
            "westbrook": CmisPortalApp(self.world.sites["westbrook"]),
            "ashby": JaduApp(self.world.sites["ashby"]),
        }
        for spec in self.extra_specs:
            self.apps[spec.key] = ModernGovApp(self.world.sites[spec.key], spec.path, web_service=spec.web_service,
                                               messy=spec.messy, name_style=spec.name_style, refusal=spec.refusal,
                                               partner=spec.partner)
        self._ports = dict(ports or {})
        self._servers: dict[str, ThreadingHTTPServer] = {}
        self._threads: list[threading.Thread] = []
        self._extra_phrases: list[str] = []

    # --- life cycle ---
    @classmethod
    def start(cls, seed: int = 2016, extra_moderngov: Iterable[ModernGovSpec] = (), **kwargs) -> "SampleSites":
        sites = cls(seed, extra_moderngov, **kwargs)
        sites._start()
        return sites

    def _start(self) -> None:
        for key, app in self.apps.items():
            server = _SampleServer((self.host, self._ports.get(key, 0)), _handler_for(app, key, self.requests))
            server.daemon_threads = True
            app.origin = f"http://{self.host}:{server.server_address[1]}"
            self._servers[key] = server
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                      name=f"samplesite-{key}", daemon=True)
            thread.start()
            self._threads.append(thread)
        # Ashby links one paper on a partner's site: another origin here (the NHS site's), never to be requested
        self.apps["ashby"].partner = self.apps["nhs"].origin

    def stop(self) -> None:
        for server in self._servers.values():
            server.shutdown()
            server.server_close()
        self._servers.clear()

    def __enter__(self) -> "SampleSites":
        if not self._servers:
            self._start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- addresses and configuration ---
    @property
    def site_keys(self) -> list[str]:
        return list(self.apps)

    def netloc(self, site_key: str) -> str:
        return self.apps[site_key].origin.split("//", 1)[1]

    def url(self, site_key: str, path: str | None = None) -> str:
        """The site's entry URL (its base URL or start page), or ``path`` on the site."""
        app = self.apps[site_key]
        return app.url(path) if path is not None else app.entry_url()

    def source_entries(self) -> list[dict]:
        entries = []
        for key, app in self.apps.items():
            site = app.site
            entry = {"id": site.source_id, "name": f"{site.organisation} {site.board_name}", "kind": site.kind,
                     "organisation": site.organisation, "board_type": site.board_type}
            if site.kind == "listing":
                entry["start_url"] = app.entry_url()
                entry["listing"] = dict(JADU_RULES if key == "ashby" else LISTING_RULES)
            else:
                entry["base_url"] = app.entry_url()
                entry["committee"] = site.board_name if key != "kingsbridge" else str(site.committee_id)
                entry["from_date"] = "2015-01-01"
            entry["delay_seconds"] = 0
            entry["allowed_hosts"] = [self.netloc(key)]
            entries.append(entry)
        return entries

    def sources_yaml(self) -> str:
        header = ("# The bundled sample sites (fictional boards), served on this machine by "
                  "`python -m boardpapers.samplesites`.\n")
        return header + yaml.safe_dump({"sources": self.source_entries()}, sort_keys=False, allow_unicode=True)

    def sources(self) -> list[Source]:
        return parse_sources({"sources": self.source_entries()}, origin="sample sites")

    def source_id(self, site_key: str) -> str:
        return self.apps[site_key].site.source_id

    # --- the request log ---
    def reset_log(self) -> None:
        self.requests.clear()

    # --- ground truth ---
    @property
    def truth(self) -> Truth:
        """Computed on each access, so it reflects mutations."""
        with self._all_locks():
            return Truth({app.site.source_id: source_truth(app, self._extra_phrases) for app in self.apps.values()})

    # --- mutations (for change detection and alert tests) ---
    def add_meeting(self, site_key: str, date: dt.date | str, phrase: str | None = None, title: str | None = None,
                    time: str | None = None) -> WorldMeeting:
        """A new meeting with an agenda and a report appears; ``phrase`` is written into both."""
        day = dt.date.fromisoformat(date) if isinstance(date, str) else date
        app = self.apps[site_key]
        with app.lock:
            meeting = content.new_meeting(app.site, day, phrase, title, time)
            app.assign_paths()
        if phrase and phrase not in self._extra_phrases:
            self._extra_phrases.append(phrase)
        return meeting

    def republish(self, document: str, new_bytes: bytes | None = None) -> Document:
        """Change a document's bytes under the same URL (an agenda supplement); its Last-Modified moves on."""
        app, doc = self._find(document)
        with app.lock:
            doc.version += 1
            doc.override_bytes = new_bytes
            doc.last_modified = (doc.last_modified or dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)) + \
                dt.timedelta(days=1)
        return doc

    def withdraw(self, document: str) -> Document:
        """Remove a document from its site's listings; its URL answers 404 from now on."""
        app, doc = self._find(document)
        with app.lock:
            doc.withdrawn = True
        return doc

    def document_bytes(self, document: str) -> bytes:
        app, doc = self._find(document)
        return document_bytes(doc, app.site.organisation)

    def _find(self, document: str) -> tuple[SiteApp, Document]:
        """By document key ("northmere-hwb/3456/minutes") or by URL (any spelling the site uses)."""
        for app in self.apps.values():
            for doc in app.site.documents():
                if document == doc.key:
                    return app, doc
        for app in self.apps.values():
            if document.startswith(app.origin):
                path = document[len(app.origin):]
                for doc in app.site.documents():
                    if doc.path == path or normalise_path(doc.path) == normalise_path(path) and "?p=" not in path:
                        return app, doc
        raise KeyError(f"no sample document {document!r}")

    def _all_locks(self):
        apps = list(self.apps.values())

        class _Locks:
            def __enter__(self_inner):
                for app in apps:
                    app.lock.acquire()

            def __exit__(self_inner, *exc):
                for app in reversed(apps):
                    app.lock.release()

        return _Locks()

    # --- warming ---
    def render_all(self) -> float:
        """Generate every PDF now (normally lazy); returns the seconds it took."""
        started = time.perf_counter()
        for app in self.apps.values():
            for doc in app.site.documents():
                if doc.layout != "html":
                    document_bytes(doc, app.site.organisation)
        return time.perf_counter() - started


def start_moderngov(spec: ModernGovSpec, seed: int = 2016) -> SampleSites:
    """The four standard sites plus one ModernGov site built from ``spec`` (its key is ``spec.key``)."""
    return SampleSites.start(seed, [spec])


def _plan_for(spec: ModernGovSpec) -> BoardPlan:
    years = spec.years
    return BoardPlan(spec.key, "moderngov", spec.source_id, spec.organisation, spec.board_name, "hwb",
                     spec.committee_id, 2, {y: (3, 9) if y % 2 else (2, 6, 11) for y in years}, (),
                     (dt.date(2017, 6, 21),), "6.30 pm", "The Council Chamber, Westholme Town Hall",
                     spec.meeting_id_start, "modgov_northmere", "slash", seed=spec.seed)


__all__ = ["SampleSites", "ModernGovSpec", "start_moderngov", "RequestLog", "LoggedRequest", "PDF_CACHE"]
