"""PDF bytes -> pages of lines (see ``layout`` for the line contract), with page limits, a time budget,
OCR of image-only pages and a fallback to the other parser when one cannot open a file."""
from __future__ import annotations

import io
import itertools
import logging
import shutil
import time
from typing import TYPE_CHECKING

from boardpapers.errors import ExtractionError

from .layout import dehyphenate, remove_headers_footers, words_to_lines
from .page_readers import _short
from .pdfium_reader import _PdfiumSource

if TYPE_CHECKING:  # imported where used: a sandbox worker reads pages before the models are imported
    from boardpapers.models import Page

log = logging.getLogger(__name__)

DEFAULT_MAX_PAGES = 2000
DEFAULT_TIMEOUT_S = 120.0


class _PdfResult:
    # a plain class: dataclasses (with inspect, ~7 ms) is not imported before a sandbox worker's first page
    def __init__(self) -> None:
        self.pages: list[Page] = []
        self.warnings: list[str] = []
        self.partial = False


def _exc_names(exc: BaseException) -> str:
    names = []
    seen = set()
    e: BaseException | None = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        names.append(type(e).__name__ + ": " + str(e))
        for a in getattr(e, "args", ()):
            if isinstance(a, BaseException):
                names.append(type(a).__name__ + ": " + str(a))
        e = e.__cause__ or e.__context__
    return " | ".join(names)


def _is_password_error(exc: BaseException) -> bool:
    text = _exc_names(exc)
    return any(s in text for s in ("PDFPasswordIncorrect", "PDFEncryptionError", "password", "Password"))


def _iter_pdfplumber_pages(pdf, max_pages: int):
    """Yield pdfplumber Page objects one at a time (pdf.pages would build and keep them all)."""
    from pdfminer.pdfpage import PDFPage
    from pdfplumber.page import Page as PlumberPage

    doctop = 0.0
    gen = PDFPage.create_pages(pdf.doc)
    for i, page_obj in enumerate(itertools.islice(gen, max_pages)):
        p = PlumberPage(pdf, page_obj, page_number=i + 1, initial_doctop=doctop)
        doctop += p.height
        yield p


def _count_pages(data: bytes) -> int | None:
    """Page count without parsing content (pdfium reads the page tree only)."""
    try:
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(data)
        try:
            return len(doc)
        finally:
            doc.close()
    except Exception:
        return None


class _PlumberSource:
    """Pages from pdfplumber, one at a time, each page's cache freed after use (bounded memory)."""

    def __init__(self, data: bytes):
        import pdfplumber

        self.pdf = pdfplumber.open(io.BytesIO(data), password="")
        self._total = _count_pages(data)

    def count(self) -> int | None:
        return self._total

    def iter(self, max_pages: int, deadline: float | None = None, meanwhile=None):
        for page in _iter_pdfplumber_pages(self.pdf, max_pages):
            yield page.page_number, self._read, page

    @staticmethod
    def _read(page):
        try:
            words = page.extract_words(x_tolerance_ratio=0.15, y_tolerance=3, keep_blank_chars=False)
            lines = words_to_lines(words, float(page.width))
            has_images = bool(page.images) if not lines else False
            return lines, has_images
        finally:
            page.close()  # pdfplumber caches every parsed object per page: free it now

    def close(self):
        try:
            self.pdf.close()  # walks the page tree to free each page: a broken tree must not fail the close
        except Exception as exc:
            log.debug("pdfplumber could not close cleanly: %s", _short(exc))


# "pdfium": plain text, word boxes only where layout matters (default); "pdfium-chars": word boxes from
# character boxes on every page (the previous default, kept as the reference); "pdfplumber": pdfminer.
ENGINES = ("pdfium", "pdfium-chars", "pdfplumber")


def _open_source(data: bytes, engine: str):
    if engine not in ENGINES:
        raise ValueError(f"unknown PDF engine {engine!r}: use one of {', '.join(ENGINES)}")
    try:
        if engine == "pdfplumber":
            return _PlumberSource(data)
        return _PdfiumSource(data, char_boxes=engine == "pdfium-chars")
    except Exception as exc:
        # pdfium's error code is process-global (FPDF_GetLastError) and can be stale from an earlier
        # document, so only pdfminer's password error is trusted; a pdfium failure falls back to it.
        if engine == "pdfplumber" and _is_password_error(exc):
            raise ExtractionError("encrypted PDF", "it needs a password to open") from None
        raise


def _pdf_extract(data: bytes, max_pages: int, timeout_s: float, engine: str = "pdfium", meanwhile=None) -> _PdfResult:
    start = time.monotonic()
    deadline = start + timeout_s
    res = _PdfResult()
    other = "pdfium" if engine == "pdfplumber" else "pdfplumber"
    try:
        src = _open_source(data, engine)
    except ExtractionError:
        raise
    except Exception as first:
        # the two parsers repair different damage: try the other one before calling the file corrupt
        try:
            src = _open_source(data, other)
        except ExtractionError:
            raise
        except Exception as second:
            raise ExtractionError(
                "corrupt PDF", f"it could not be parsed ({_short(first)}; {_short(second)})"
            ) from None
        res.warnings.append(f"{engine} could not open it ({_short(first)}); read with {other}")

    tesseract = shutil.which("tesseract")
    pdfium_doc = None
    page_lines: list[list[str]] = []
    flags: list[tuple[bool, bool]] = []  # (image_only, ocr)
    numbers: list[int] = []
    total = src.count()
    try:
        pages_iter = src.iter(max_pages, deadline, meanwhile)
        while True:
            if numbers and time.monotonic() > deadline:  # always read at least one page
                res.partial = True
                res.warnings.append(f"time budget of {timeout_s:g}s exceeded: stopped after {len(numbers)} pages")
                break
            try:
                n, read, handle = next(pages_iter)
            except StopIteration:
                break
            except Exception as exc:
                if _is_password_error(exc):
                    raise ExtractionError("encrypted PDF", "it needs a password to open") from None
                res.partial = True
                res.warnings.append(f"page tree broken after page {len(numbers)}: {_short(exc)}")
                break
            try:
                lines, has_images = read(handle)
            except Exception as exc:
                res.partial = True
                res.warnings.append(f"page {n} skipped: {_short(exc)}")
                continue
            image_only = ocr = False
            if not lines and has_images:
                if tesseract and time.monotonic() < deadline:
                    from .ocr import OCR_PAGE_TIMEOUT_S, _clean_ocr, _ocr_page  # only for a page without text

                    try:
                        if pdfium_doc is None:
                            import pypdfium2 as pdfium

                            pdfium_doc = pdfium.PdfDocument(data)
                        text = _ocr_page(pdfium_doc, n - 1, min(OCR_PAGE_TIMEOUT_S, deadline - time.monotonic()))
                    except Exception as exc:
                        text = None
                        res.warnings.append(f"page {n}: OCR failed ({_short(exc)})")
                    if text is not None:
                        lines, ocr = _clean_ocr(text), True
                    else:
                        image_only = True
                        res.warnings.append(f"page {n}: no text layer and OCR did not finish")
                else:
                    image_only = True
                    why = "tesseract is not installed" if not tesseract else "time budget spent"
                    res.warnings.append(f"page {n}: no text layer ({why}); page text left empty")
            page_lines.append(lines)
            flags.append((image_only, ocr))
            numbers.append(n)
    finally:
        src.close()
        if pdfium_doc is not None:
            pdfium_doc.close()

    if total is not None and total > max_pages:
        res.partial = True
        res.warnings.append(f"document has {total} pages: only the first {max_pages} were extracted")
    if not numbers:
        if res.partial:  # there were pages, and every one failed
            raise ExtractionError("corrupt PDF", "no page could be read (" + "; ".join(res.warnings)[:300] + ")")
        raise ExtractionError("no pages", "the PDF has zero pages")

    from boardpapers.models import Page  # here: see TYPE_CHECKING above

    # Furniture removal needs whole-document counts; OCR'd pages are left as read.
    cleaned = remove_headers_footers([l if not f[1] else [] for l, f in zip(page_lines, flags)])
    for n, lines, orig, (image_only, ocr) in zip(numbers, cleaned, page_lines, flags):
        final = dehyphenate(orig if ocr else lines)
        res.pages.append(Page(number=n, text="\n".join(final), image_only=image_only, ocr=ocr))
    return res


def pdfium_text_pages(data: bytes, *, max_pages: int = DEFAULT_MAX_PAGES) -> list[Page]:
    """Fast plain-text path (pypdfium2): no column tabs, pdfium's own line breaks. Used as a fallback when
    pdfminer cannot parse a file that pdfium can repair, and measured in benchmarks/extraction_bench.py."""
    import pypdfium2 as pdfium

    from boardpapers.models import Page

    doc = pdfium.PdfDocument(data)
    try:
        out = []
        for i in range(min(len(doc), max_pages)):
            page = doc[i]
            try:
                tp = page.get_textpage()
                text = tp.get_text_range().replace("\r\n", "\n").replace("\r", "\n")
                tp.close()
            finally:
                page.close()
            lines = [l.rstrip() for l in text.split("\n")]
            out.append(Page(number=i + 1, text="\n".join(l for l in lines if l.strip())))
        return out
    finally:
        doc.close()


def pdf_pages(
    data: bytes,
    *,
    max_pages: int = DEFAULT_MAX_PAGES,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    engine: str = "pdfium",
) -> tuple[list[Page], list[str]]:
    """Text of a PDF, page by page, in reading order (see the module docstring for the line contract).

    ``engine`` picks where word positions come from: "pdfium" (default, fast) or "pdfplumber" (pdfminer);
    both feed the same line building. If one cannot open the file the other is tried.
    Raises ``ExtractionError`` for encrypted (non-empty password), corrupt and zero-page PDFs. Partial
    results (page limit, time budget, skipped pages) are reported in the warnings; ``document_pages`` also
    gives the flag.
    """
    res = _pdf_extract(data, max_pages, timeout_s, engine)
    return res.pages, res.warnings
