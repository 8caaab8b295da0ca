"""A small NHS-style listing site of PDF papers on 127.0.0.1, for end-to-end tests of ``boardpapers ingest``.

    site = PaperSite({"minutes-a": pdf_bytes, ...}).start()
    site.sources_file(tmp_path)        # a sources.yaml with one `listing` source for it
    site.log                           # (time, path, request headers) of every request
    site.papers["minutes-a"] = other   # the paper changes under the same URL (its ETag follows its bytes)
    site.papers["gone"] = None         # listed, but its URL answers 404
    del site.papers["minutes-a"]       # no longer listed, and 404
"""
from __future__ import annotations

import hashlib
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from tests.kit.httpserver import respond, serve


def text_pdf(*lines: str, pages: int = 1) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(__import__("datetime").datetime(2020, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    pdf.set_font("Helvetica", size=11)
    for number in range(1, pages + 1):
        pdf.add_page()
        for line in lines:
            pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def noisy_pdf(title: str, megabytes: float) -> bytes:
    """A PDF with a line of text and an incompressible image: about ``megabytes`` MB on disk."""
    import io
    import os

    from fpdf import FPDF
    from PIL import Image

    side = int((megabytes * 1024 * 1024 / 3) ** 0.5)
    image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=0)
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.image(buffer, x=10, y=30, w=120)
    return bytes(pdf.output())


class PaperSite:
    def __init__(self, papers: dict[str, bytes], *, day: str = "14 July 2016", etags: bool = True,
                 source_id: str = "papers-ccg"):
        self.papers = dict(papers)
        self.day, self.etags, self.source_id = day, etags, source_id
        self.log: list[tuple[float, str, dict]] = []
        self._lock = threading.Lock()

    def start(self) -> "PaperSite":
        self.server = serve(self._handle, "papersite")
        return self

    def stop(self) -> None:
        self.server.stop()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def url(self, path: str) -> str:
        return self.server.url(path)

    def paper_url(self, name: str) -> str:
        return self.url(f"/papers/{name}.pdf")

    def requests_for(self, path: str) -> list[dict]:
        return [headers for _, p, headers in self.log if p == path]

    def source_entry(self, **extra) -> dict:
        return {"id": self.source_id, "name": "NHS Papers CCG governing body", "kind": "listing",
                "start_url": self.url("/papers/"), "board_type": "ccg", "delay_seconds": 0,
                "listing": {"paper_link": r"\.pdf$"}, **extra}

    def sources_file(self, folder: Path, **extra) -> Path:
        import yaml

        path = Path(folder) / "sources.yaml"
        path.write_text(yaml.safe_dump({"sources": [self.source_entry(**extra)]}), encoding="utf-8")
        return path

    def _handle(self, h) -> None:
        path = urlsplit(h.path).path
        with self._lock:
            self.log.append((time.monotonic(), path, {k.lower(): v for k, v in h.headers.items()}))
        if path in ("/papers/", "/papers"):
            links = "".join(f'<li><a href="/papers/{name}.pdf">{name} {self.day}</a></li>' for name in self.papers)
            return respond(h, 200, f"<html><body><h1>Papers</h1><ul>{links}</ul></body></html>".encode(),
                           content_type="text/html; charset=utf-8")
        name = path.removeprefix("/papers/").removesuffix(".pdf")
        if path.endswith(".pdf") and self.papers.get(name) is not None:
            data = self.papers[name]
            etag = f'"{hashlib.sha256(data).hexdigest()[:16]}"'
            if self.etags and h.headers.get("If-None-Match") == etag:
                return respond(h, 304, headers={"ETag": etag})
            return respond(h, 200, data, content_type="application/pdf",
                           headers={"ETag": etag} if self.etags else {})
        return respond(h, 404, b"not found\n")
