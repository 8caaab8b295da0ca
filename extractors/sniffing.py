"""What a document is, from its bytes: magic bytes first, then content type, then file name.

Apart from ``text`` (which re-exports ``sniff``) so that checking a download (``boardpapers.payload``, run by
``boardpapers extract`` before its sandbox worker is ready) imports none of the readers."""
from __future__ import annotations

import io

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
        import zipfile  # here: most documents are no zip

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
