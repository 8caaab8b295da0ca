"""The extraction worker: a clean child interpreter started by :class:`boardpapers.sandbox.ExtractionSandbox`.

``python -m boardpapers.sandbox_worker [--memory-mb N] [--target module:function]``

It speaks length-prefixed pickle frames (8-byte big-endian length, then the pickle) on its stdin (requests) and
on the stdout it was started with (replies); anything a library prints goes to stderr instead, so it cannot
corrupt the reply stream. Requests are ``{"data", "content_type", "filename", "title"[, "json"]}``; replies are
``{"ok": <extraction dict>}`` (``{"json": <its JSON text>}`` when the request has ``"json": True``) or
``{"error": (reason, detail)}``. The first reply, sent before any request, is
``{"ready": pid}``. It imports only the project's extractors: never the parent's ``__main__`` nor Airflow.
"""
from __future__ import annotations

import argparse
import importlib
import os
import pickle
import resource
import struct
import sys

HEADER = struct.Struct(">Q")
DEFAULT_TARGET = "boardpapers.extractors:extract_document"


def read_frame(fd: int) -> bytes | None:
    """One frame from ``fd``; None at end of input."""
    header = _read_exactly(fd, HEADER.size)
    if header is None:
        return None
    body = _read_exactly(fd, HEADER.unpack(header)[0])
    if body is None:
        raise EOFError("the stream ended inside a frame")
    return body


def _read_exactly(fd: int, size: int) -> bytes | None:
    chunks, remaining = [], size
    while remaining:
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            return None
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def write_frame(fd: int, payload: bytes) -> None:
    view = memoryview(HEADER.pack(len(payload)) + payload)
    while view:
        view = view[os.write(fd, view):]


def _resolve(target: str):
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def _handle(function, request: dict) -> dict:
    from boardpapers.errors import ExtractionError

    try:
        # --json from the project's extractor: the pages' JSON text is made while attendance and decisions are
        # read (its ``with_pages``), on both cores for a long document, instead of after them on one
        pages_text: list[str] = []
        hook = {}
        if request.get("json") and "with_pages" in (getattr(function, "__kwdefaults__", None) or {}):
            def with_pages(pages) -> None:
                # imported here, once the pages are read: before them it would hold up the first page on one core
                from boardpapers.models import pages_json

                pages_text.append(pages_json(pages))

            hook["with_pages"] = with_pages
        extraction = function(request["data"], content_type=request.get("content_type"),
                              filename=request.get("filename"), title=request.get("title"), **hook)
        if pages_text:
            import dataclasses

            from boardpapers.models import extraction_json

            return {"json": extraction_json(dataclasses.replace(extraction, pages=[]).to_dict(), pages_text[0])}
        result = extraction.to_dict() if hasattr(extraction, "to_dict") else extraction
        if request.get("json"):
            from boardpapers.models import extraction_json

            return {"json": extraction_json(result)}
        return {"ok": result}
    except ExtractionError as err:
        return {"error": (err.reason, err.detail)}
    except MemoryError:
        return {"error": ("too_large", "the document needed more than the memory allowed for one document")}


# glibc's malloc hands a freed block of 128 KB or more back to the kernel at once, and pdfium frees and
# allocates such blocks for every page: a 600-page PDF cost ~140,000 page faults and ~0.4 s of system time
# (a tenth of its extraction). Keeping freed memory up to these sizes costs no peak memory (measured: the
# same peak RSS) and takes that time away.
_MMAP_THRESHOLD = 4 << 20  # blocks under this come from the heap and are reused
_TRIM_THRESHOLD = 32 << 20  # free heap kept before it is given back


def keep_freed_memory() -> bool:
    """Tune glibc's malloc for a process that extracts many pages (no-op where it is not glibc)."""
    try:
        import ctypes

        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    m_trim_threshold, m_mmap_threshold = -1, -3  # malloc.h; setting both ends glibc's dynamic adjustment
    return bool(mallopt(m_mmap_threshold, _MMAP_THRESHOLD)) and bool(mallopt(m_trim_threshold, _TRIM_THRESHOLD))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m boardpapers.sandbox_worker")
    parser.add_argument("--memory-mb", type=int, default=0, help="address-space limit (RLIMIT_AS); 0: none")
    parser.add_argument("--target", default=DEFAULT_TARGET, help="module:function that extracts one document")
    args = parser.parse_args(argv)
    # The reply channel is a private copy of stdout; fd 1 then points at stderr, so stray prints are harmless.
    replies = os.dup(1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    keep_freed_memory()
    function = _resolve(args.target)  # imported before the limit is set, so a low limit fails documents, not start-up
    # what the first document would import (pdfium, the rules), while the parent is still reading it
    preload = getattr(sys.modules.get(getattr(function, "__module__", "")), "preload", None)
    if callable(preload):
        preload()
    if args.memory_mb:
        limit = args.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    write_frame(replies, pickle.dumps({"ready": os.getpid()}))
    while True:
        frame = read_frame(0)
        if frame is None:
            return 0
        write_frame(replies, pickle.dumps(_handle(function, pickle.loads(frame)), protocol=pickle.HIGHEST_PROTOCOL))


if __name__ == "__main__":
    code = main()
    # End of input: leave without the interpreter's finalisation (every module torn down, ~0.1 s), which
    # the parent would wait for; replies go out unbuffered, so only stderr needs flushing.
    sys.stderr.flush()
    os._exit(code)
