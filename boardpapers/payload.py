"""Is a downloaded body the document it claims to be? Kept apart from the pipeline so that ``boardpapers
extract`` can apply the same refusals without importing the catalogue (SQLAlchemy) and the fetcher."""
from __future__ import annotations

from urllib.parse import unquote, urlsplit

from boardpapers.errors import FetchError

PDF_CONTENT_TYPES = ("application/pdf", "application/x-pdf")


def expects_pdf(url: str, content_type: str | None) -> bool:
    path = unquote(urlsplit(url).path).lower()
    return path.endswith(".pdf") or any(t in (content_type or "").lower() for t in PDF_CONTENT_TYPES)


def check_payload(url: str, data: bytes, content_type: str | None) -> None:
    """Refuse what is not the document at ``url``: an empty body, or an HTML error page where a PDF was linked."""
    from boardpapers.extractors.sniffing import sniff  # not text.py: `boardpapers extract` imports no reader

    if not data:
        raise FetchError(url, "empty", "the server sent an empty body")
    kind = sniff(data, content_type, url)
    if kind == "html" and expects_pdf(url, content_type):
        raise FetchError(url, "not_a_pdf", "an HTML page was served where a PDF was linked")
