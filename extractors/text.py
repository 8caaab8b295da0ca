"""Document bytes -> page texts.

Pure functions: bytes in, ``Page`` objects out. Nothing here fetches, writes files or touches the catalogue.

Line contract (relied on by the attendance parser): each output line is one visual line of the page; words
separated by a wide horizontal gap (a table column gap) are joined by a TAB, so a two-column name | role
table comes out as ``"Dr Jane Smith\\tDirector of Public Health"`` per row. HTML tables follow the same
contract (cells joined by TAB, one row per line).
"""
from __future__ import annotations

import io
import re
import zipfile
from typing import TYPE_CHECKING

from boardpapers.errors import ExtractionError

from .html_text import _decode, html_pages, html_to_lines
from .layout import COLUMN_GAP_CHARS, HEADER_ZONE, dehyphenate, remove_headers_footers, words_to_lines
from .ocr import tesseract_tsv_words
from .page_readers import PAGE_WORKERS_ENV, _short, page_workers
from .pdf import DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT_S, ENGINES, _pdf_extract, pdf_pages, pdfium_text_pages

if TYPE_CHECKING:  # imported where used: a sandbox worker reads pages before the models are imported
    from boardpapers.models import Page

__all__ = [
    "COLUMN_GAP_CHARS", "DEFAULT_MAX_PAGES", "DEFAULT_TIMEOUT_S", "ENGINES", "HEADER_ZONE", "PAGE_WORKERS_ENV",
    "dehyphenate", "document_pages", "html_pages", "html_to_lines", "page_workers", "pdf_pages",
    "pdfium_text_pages", "remove_headers_footers", "sniff", "tesseract_tsv_words", "words_to_lines",
]  # fmt: skip


# --- other formats ---------------------------------------------------------------------------------------


def _docx_pages(data: bytes) -> list[Page]:
    """Paragraphs and table rows of a .docx (cells joined by TAB), as one Page."""
    from lxml import etree

    from boardpapers.models import Page

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("word/document.xml")
        if info.file_size > 200_000_000:
            raise ExtractionError("document too large", "word/document.xml is over 200 MB uncompressed")
        xml = zf.read(info)
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    try:
        root = etree.fromstring(xml, parser=etree.XMLParser(resolve_entities=False, huge_tree=False))
    except etree.LxmlError as exc:
        if _out_of_memory(exc):  # libxml2 could not allocate: the sandbox reports it as too large
            raise MemoryError(str(exc)) from None
        raise ExtractionError("corrupt Word document", _short(exc)) from None
    lines: list[str] = []

    def para_text(p) -> str:
        parts = []
        for el in p.iter(ns + "t", ns + "tab", ns + "br"):
            parts.append(el.text or "" if el.tag == ns + "t" else " ")
        return re.sub(r"\s+", " ", "".join(parts)).strip()

    body = root.find(ns + "body")
    for el in body if body is not None else []:
        if el.tag == ns + "p":
            t = para_text(el)
            if t:
                lines.append(t)
        elif el.tag == ns + "tbl":
            for tr in el.iter(ns + "tr"):
                cells = [" ".join(filter(None, (para_text(p) for p in tc.iter(ns + "p")))) for tc in tr.findall(ns + "tc")]
                row = "\t".join(c for c in cells if c)
                if row:
                    lines.append(row)
    return [Page(number=1, text="\n".join(lines))]


def _out_of_memory(exc: Exception) -> bool:
    from lxml import etree

    entries = list(getattr(exc, "error_log", None) or [])
    return "memory" in str(exc).lower() or any(
        e.type == etree.ErrorTypes.ERR_NO_MEMORY or "memory" in (e.message or "").lower() for e in entries)


def _text_pages(data: bytes) -> list[Page]:
    from boardpapers.models import Page

    text = _decode(data).replace("\r\n", "\n").replace("\r", "\n")
    pages = text.split("\f")  # form feeds (pdftotext output) separate pages
    return [
        Page(number=i + 1, text="\n".join(l.rstrip() for l in p.split("\n")).strip("\n"))
        for i, p in enumerate(pages)
        if p.strip() or len(pages) == 1
    ]


# --- sniffing and dispatch -------------------------------------------------------------------------------

_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title", b"<div", b"<p>",
                 b"<p ", b"<table", b"<br", b"<h1", b"<h2", b"<span", b"&lt;p", b"&lt;div")  # fmt: skip
_IMAGE_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"II*\x00": "TIFF image",
    b"MM\x00*": "TIFF image",
    b"\xd0\xcf\x11\xe0": "legacy Office (OLE) file",
    b"Rar!": "RAR archive",
    b"\x1f\x8b": "gzip archive",
}


def _describe(data: bytes) -> str:
    for magic, what in _IMAGE_MAGIC.items():
        if data.startswith(magic):
            return what
    if data.startswith(b"PK\x03\x04"):
        return "zip archive"
    return "binary data"


def _looks_text(sample: bytes) -> bool:
    if not sample or b"\x00" in sample:
        return False
    try:
        s = sample.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start < len(sample) - 4:  # a cut multi-byte char at the end is fine
            try:
                s = sample.decode("cp1252")
            except UnicodeDecodeError:
                return False
        else:
            s = sample[: e.start].decode("utf-8")
    printable = sum(1 for c in s if c.isprintable() or c in "\r\n\t\f")
    return printable >= 0.95 * max(len(s), 1)


def sniff(data: bytes, content_type: str | None = None, filename: str | None = None) -> str:
    """"pdf" | "html" | "text" | "docx" | "unknown": magic bytes first, then content type, then file name.

    Servers lie: an HTML error page served as ``application/pdf`` with a ``.pdf`` name is "html".
    """
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                if "word/document.xml" in zf.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            pass
        return "unknown"
    for magic in _IMAGE_MAGIC:
        if head.startswith(magic):
            return "unknown"
    sample = data[:4096]
    if not _looks_text(sample):
        return "unknown"
    low = sample.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if any(m in low for m in _HTML_MARKERS):
        return "html"
    ct = (content_type or "").split(";")[0].strip().lower()
    if ct in ("text/html", "application/xhtml+xml"):
        return "html"
    fn = (filename or "").lower().split("?")[0]
    if fn.endswith((".htm", ".html", ".aspx", ".asp", ".php")):
        return "html"
    return "text"


def document_pages(
    data: bytes,
    content_type: str | None = None,
    filename: str | None = None,
    *,
    max_pages: int = DEFAULT_MAX_PAGES,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    engine: str = "pdfium",
    meanwhile=None,
) -> tuple[list[Page], list[str], bool]:
    """Pages, warnings and the partial flag for any supported document.

    ``meanwhile``: work of the caller's to do while forked processes read a long PDF's pages (called once,
    or not at all when no reader is forked).

    Raises ``ExtractionError`` (one-line reason) for: empty file, unsupported type, corrupt or encrypted PDF,
    no pages.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not data:
        raise ExtractionError("empty file", "0 bytes")
    kind = sniff(data, content_type, filename)
    warnings: list[str] = []
    partial = False
    label = content_type or filename or "no content type"
    if kind == "pdf":
        res = _pdf_extract(data, max_pages, timeout_s, engine, meanwhile)
        pages, warnings, partial = res.pages, res.warnings, res.partial
    elif kind == "html":
        pages = html_pages(data)
        if content_type and "pdf" in content_type.lower() or (filename or "").lower().endswith(".pdf"):
            warnings.append(f"served as PDF ({label}) but is HTML (an error page?)")
    elif kind == "docx":
        try:
            pages = _docx_pages(data)
        except (KeyError, zipfile.BadZipFile, ValueError) as exc:
            raise ExtractionError("corrupt Word document", _short(exc)) from None
    elif kind == "text":
        pages = _text_pages(data)
    else:
        raise ExtractionError("unsupported document type", f"{_describe(data)} ({label})")
    if not pages:
        raise ExtractionError("no pages", "the document has no pages")
    return pages, warnings, partial
