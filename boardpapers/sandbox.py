"""Run document extraction in a child process with a time and memory bound.

A pathological PDF (a bomb of pages or images, a parser bug that loops) must cost one failed document,
never a hung or killed ingest run. The worker process is reused across documents and replaced when it
times out or dies.
"""
from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import resource
import threading
from concurrent.futures.process import BrokenProcessPool

from boardpapers.errors import ExtractionError
from boardpapers.models import Extraction

DEFAULT_TIMEOUT = float(os.environ.get("BOARDPAPERS_EXTRACT_TIMEOUT", "300"))
DEFAULT_MEMORY_MB = int(os.environ.get("BOARDPAPERS_EXTRACT_MEMORY_MB", "2048"))


def _limit_memory(megabytes: int) -> None:
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _extract(data: bytes, content_type: str | None, filename: str | None, title: str | None) -> dict:
    from boardpapers.extractors import extract_document

    try:
        return {"ok": extract_document(data, content_type=content_type, filename=filename, title=title).to_dict()}
    except ExtractionError as err:
        return {"error": (err.reason, err.detail)}
    except MemoryError:
        return {"error": ("too_large", "ran out of the memory allowed for one document")}


class ExtractionSandbox:
    def __init__(self, timeout: float = DEFAULT_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB):
        self.timeout, self.memory_mb = timeout, memory_mb
        self._pool: concurrent.futures.ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def _get_pool(self) -> concurrent.futures.ProcessPoolExecutor:
        if self._pool is None:
            context = multiprocessing.get_context("forkserver")
            self._pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=1, mp_context=context, initializer=_limit_memory, initargs=(self.memory_mb,),
                max_tasks_per_child=200,
            )
        return self._pool

    def _discard_pool(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            for process in list(getattr(pool, "_processes", {}).values()):
                process.kill()
            pool.shutdown(wait=False, cancel_futures=True)

    def extract(self, data: bytes, *, content_type: str | None = None, filename: str | None = None,
                title: str | None = None) -> Extraction:
        from boardpapers.catalogue import extraction_from_dict

        with self._lock:
            future = self._get_pool().submit(_extract, data, content_type, filename, title)
            try:
                outcome = future.result(timeout=self.timeout)
            except concurrent.futures.TimeoutError:
                self._discard_pool()
                raise ExtractionError("timeout", f"extraction took longer than {self.timeout:.0f}s") from None
            except BrokenProcessPool:
                self._discard_pool()
                raise ExtractionError("crashed", f"the extractor died (memory limit {self.memory_mb} MB?)") from None
        if "error" in outcome:
            raise ExtractionError(*outcome["error"])
        return extraction_from_dict(outcome["ok"])

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None
