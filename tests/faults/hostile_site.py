"""A hostile `listing` site on 127.0.0.1 for end-to-end fault tests of ``ingest``.

The index page (``/papers/``, with a second page ``/papers/page2``) links PDFs that misbehave in every way a
council or NHS site has been seen to (and a few worse ones). Each paper carries a unique token word so a test
can ask the index whether that paper's text got in. ``other`` is a second server (another port = another
host) that a paper redirects to.
"""
from __future__ import annotations

import datetime as dt
import gzip
import threading
from collections import Counter
from urllib.parse import urlsplit

from tests.kit.httpserver import drip, reset, respond, serve

BOMB_SIZE = 50 * 1024 * 1024  # decompressed bytes of the gzip bomb (the fetcher's cap in the tests is 5 MB)


def make_pdf(lines: list[str], pages: int = 1) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for number in range(1, pages + 1):
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 10, f"{line} (page {number})", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# token words: unique, dictionary-free, so a search finds exactly the paper that carries them
TOKENS = {
    "good": "zorbgood",
    "flaky": "zorbflaky",
    "drip": "zorbdrip",
    "reset": "zorbreset",
    "loop": "zorbloop",
    "offsite": "zorboffsite",
    "robots": "zorbrobots",
    "errorpage": "zorberrorpage",
    "truncated": "zorbtruncated",
    "bomb": "zorbbomb",
    "huge": "zorbhuge",
    "dup": "zorbduplicate",
    "changed_v1": "zorboldversion",
    "changed_v2": "zorbnewversion",
    "late_good": "zorblategood",
}


class HostileSite:
    """Two threaded servers: the hostile site and "another host"."""

    def __init__(self, *, robots_flip_after: int = 3, meeting_date: dt.date | None = None):
        self.meeting_date = meeting_date or (dt.date.today() - dt.timedelta(days=7))
        self.robots_flip_after = robots_flip_after  # non-robots requests served before robots.txt turns hostile
        self.version = 1  # of /papers/changing.pdf
        self.hits: Counter = Counter()
        self.log: list[str] = []
        self.served_non_robots = 0
        self._lock = threading.Lock()
        self.pdfs = {name: make_pdf([f"Health and Wellbeing Board paper {name}", f"Token {token} here"])
                     for name, token in TOKENS.items()}
        self.pdfs["multi"] = make_pdf([f"Token {TOKENS['truncated']} multi page"], pages=12)
        self.bomb = gzip.compress(b"%PDF-1.4\n" + bytes(BOMB_SIZE), compresslevel=9)

    # --- lifecycle ---------------------------------------------------------------------------------------------

    def start(self) -> "HostileSite":
        self.main = serve(lambda h: self.handle(h, "main"), "hostile-main")
        self.other = serve(lambda h: self.handle(h, "other"), "hostile-other")
        return self

    def stop(self) -> None:
        self.main.stop()
        self.other.stop()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def netloc(self, which: str = "main") -> str:
        return (self.main if which == "main" else self.other).netloc

    def url(self, path: str, which: str = "main") -> str:
        return f"http://{self.netloc(which)}{path}"

    def source_config(self, **extra) -> dict:
        return {"id": "hostile", "name": "Hostile", "kind": "listing", "start_url": self.url("/papers/"),
                "delay_seconds": 0, "listing": {"paper_link": r"\.pdf", "follow_link": "/papers/page"}, **extra}

    # --- the papers --------------------------------------------------------------------------------------------

    def papers(self) -> list[tuple[str, str]]:
        """(path, link text) of every paper on page 1 and page 2, in page order."""
        day = self.meeting_date.strftime("%d %B %Y")
        return [
            ("/papers/good.pdf", f"Agenda {day}"),
            ("/papers/flaky-503.pdf", f"Report flaky {day}"),
            ("/papers/slow-drip.pdf", f"Report drip {day}"),
            ("/papers/reset.pdf", f"Report reset {day}"),
            ("/papers/loop-a.pdf", f"Report loop {day}"),
            ("/papers/offsite.pdf", f"Report offsite {day}"),
            ("/papers/late/blocked.pdf", f"Report robots {day}"),
            ("/papers/error-page.pdf", f"Report error page {day}"),
            ("/papers/truncated.pdf", f"Report truncated {day}"),
            ("/papers/bomb.pdf", f"Report bomb {day}"),
            ("/papers/huge.pdf", f"Report huge {day}"),
            ("/papers/dup-a.pdf", f"Report duplicate A {day}"),
            ("/papers/dup-b.pdf", f"Report duplicate B {day}"),
            ("/papers/changing.pdf", f"Minutes {day}"),
            ("/papers/late-good.pdf", f"Report late good {day}"),
        ]

    def index_html(self, page: int) -> bytes:
        papers = self.papers()
        half = papers[:8] if page == 1 else papers[8:]
        links = "\n".join(f'<li><a href="{path}">{text}</a></li>' for path, text in half)
        more = '<a href="/papers/page2">Next page</a>' if page == 1 else ""
        return (f"<html><body><h1>Board papers</h1><ul>{links}</ul>{more}</body></html>").encode()

    # --- routing -----------------------------------------------------------------------------------------------

    def handle(self, h, which: str) -> None:
        path = urlsplit(h.path).path
        with self._lock:
            self.hits[(which, path)] += 1
            self.log.append(f"{which} {path}")
            if path != "/robots.txt":
                self.served_non_robots += 1
            count = self.hits[(which, path)]
        if which == "other":
            return respond(h, 200, self.pdfs["offsite"], content_type="application/pdf")
        if path == "/robots.txt":
            if self.served_non_robots >= self.robots_flip_after:
                return respond(h, 200, b"User-agent: *\nDisallow: /papers/late/\n")
            return respond(h, 200, b"User-agent: *\nDisallow: /private/\n")
        if path in ("/papers/", "/papers"):
            return respond(h, 200, self.index_html(1), content_type="text/html; charset=utf-8")
        if path == "/papers/page2":
            return respond(h, 200, self.index_html(2), content_type="text/html; charset=utf-8")
        if path == "/papers/good.pdf":
            return respond(h, 200, self.pdfs["good"], content_type="application/pdf")
        if path == "/papers/late-good.pdf":
            return respond(h, 200, self.pdfs["late_good"], content_type="application/pdf")
        if path == "/papers/flaky-503.pdf":
            if count % 2 == 1:  # every first try of a run fails
                return respond(h, 503, b"busy\n", headers={"Retry-After": "1"})
            return respond(h, 200, self.pdfs["flaky"], content_type="application/pdf")
        if path == "/papers/slow-drip.pdf":
            # a real PDF, one byte every 0.1 s (at most 10 s of it): never idle for a read timeout, never done
            return drip(h, self.pdfs["drip"][:100], every=0.1)
        if path == "/papers/reset.pdf":
            return reset(h)
        if path == "/papers/loop-a.pdf":
            return respond(h, 302, b"", headers={"Location": "/papers/loop-b.pdf"})
        if path == "/papers/loop-b.pdf":
            return respond(h, 302, b"", headers={"Location": "/papers/loop-a.pdf"})
        if path == "/papers/offsite.pdf":
            return respond(h, 302, b"", headers={"Location": self.url("/elsewhere.pdf", "other")})
        if path == "/papers/late/blocked.pdf":
            return respond(h, 200, self.pdfs["robots"], content_type="application/pdf")
        if path == "/papers/error-page.pdf":
            body = (f"<!DOCTYPE html><html><head><title>Error</title></head><body><h1>Sorry</h1>"
                    f"<p>The page could not be found. {TOKENS['errorpage']}</p></body></html>").encode()
            return respond(h, 200, body, content_type="text/html; charset=utf-8")
        if path == "/papers/truncated.pdf":
            data = self.pdfs["multi"]
            return respond(h, 200, data[: len(data) * 2 // 5], content_type="application/pdf")
        if path == "/papers/bomb.pdf":
            return respond(h, 200, self.bomb, content_type="application/pdf", headers={"Content-Encoding": "gzip"})
        if path == "/papers/huge.pdf":
            return huge(h)
        if path in ("/papers/dup-a.pdf", "/papers/dup-b.pdf"):
            return respond(h, 200, self.pdfs["dup"], content_type="application/pdf")
        if path == "/papers/changing.pdf":
            data = self.pdfs["changed_v1" if self.version == 1 else "changed_v2"]
            return respond(h, 200, data, content_type="application/pdf", headers={"ETag": f'"v{self.version}"'})
        return respond(h, 404, b"not found\n")


def huge(h) -> None:
    """Declares 2 GiB, sends a little, then hangs up."""
    h.send_response(200)
    h.send_header("Content-Type", "application/pdf")
    h.send_header("Content-Length", "2147483648")
    h.send_header("Connection", "close")
    h.end_headers()
    h.wfile.write(b"%PDF-1.4\n" + b"0" * 1000)
    h.wfile.flush()
    h.close_connection = True
