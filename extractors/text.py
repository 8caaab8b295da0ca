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
from typing import TYPE_CHECKING

from boardpapers.errors import ExtractionError

from .layout import COLUMN_GAP_CHARS, HEADER_ZONE, dehyphenate, remove_headers_footers, words_to_lines
from .page_readers import PAGE_WORKERS_ENV, _short, page_workers
from .pdf import DEFAULT_MAX_PAGES, DEFAULT_TIMEOUT_S, ENGINES, _pdf_extract, pdf_pages, pdfium_text_pages
from .sniffing import _describe, sniff

if TYPE_CHECKING:  # imported where used: a sandbox worker reads pages before the models are imported
    from boardpapers.models import Page

# Re-exported, imported when first asked for: a sandbox worker imports this module before it can read a PDF's
# first page, and a PDF needs neither the HTML reader nor OCR's helpers then (~10 ms of its start).
_LAZY = {"html_pages": "html_text", "html_to_lines": "html_text", "tesseract_tsv_words": "ocr"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __package__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "COLUMN_GAP_CHARS", "DEFAULT_MAX_PAGES", "DEFAULT_TIMEOUT_S", "ENGINES", "HEADER_ZONE", "PAGE_WORKERS_ENV",
    "dehyphenate", "document_pages", "html_pages", "html_to_lines", "page_workers", "pdf_pages",
    "pdfium_text_pages", "remove_headers_footers", "sniff", "tesseract_tsv_words", "words_to_lines",
]  # fmt: skip


# --- other formats ---------------------------------------------------------------------------------------


def _docx_pages(data: bytes) -> list[Page]:
    """Paragraphs and table rows of a .docx (cells joined by TAB), as one Page."""
    import zipfile

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

    from .html_text import _decode

    text = _decode(data).replace("\r\n", "\n").replace("\r", "\n")
    pages = text.split("\f")  # form feeds (pdftotext output) separate pages
    return [
        Page(number=i + 1, text="\n".join(l.rstrip() for l in p.split("\n")).strip("\n"))
        for i, p in enumerate(pages)
        if p.strip() or len(pages) == 1
    ]


# --- dispatch --------------------------------------------------------------------------------------------


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

    ``meanwhile(lines)``: work of the caller's to do while forked processes read a long PDF's pages (called
    once, with the first page's lines as read, or not at all when no reader is forked).

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
        from .html_text import html_pages

        pages = html_pages(data)
        if content_type and "pdf" in content_type.lower() or (filename or "").lower().endswith(".pdf"):
            warnings.append(f"served as PDF ({label}) but is HTML (an error page?)")
    elif kind == "docx":
        import zipfile

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
