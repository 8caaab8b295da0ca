"""The second core for one long document: its pages read by forked reader processes while the caller reads
the first part, and one whole-document step (``forked_call``) run beside another."""
from __future__ import annotations

import logging
import os
import time

log = logging.getLogger(__name__)

# Pages of one long PDF are read by up to this many processes (the caller's and forked ones). A run that
# already extracts several documents at once sets BOARDPAPERS_PAGE_WORKERS=1 in its workers.
PAGE_WORKERS_ENV = "BOARDPAPERS_PAGE_WORKERS"
PAGES_PER_FORK = 150  # below this a fork costs more than it saves


class _PageReadFailed(Exception):
    """A page a forked reader could not read; the message is that reader's description."""


def _prefetched(outcome):
    ok, value = outcome
    if not ok:
        raise _PageReadFailed(value)
    return value


def page_workers() -> int:
    configured = os.environ.get(PAGE_WORKERS_ENV, "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _fork_readers(read, total: int, deadline: float | None) -> _ForkedPages:
    """Read pages of ``total`` in forked children while the caller reads from the first page on; returns
    {page index: (True, read(i)) | (False, reason)} for the pages the children read.

    The caller and the first child share the first part of the document from its two ends (``TwoEnds``: the
    caller from the front, the child from the back, until they meet), so a reader slowed by the machine's
    load does not keep the other waiting; with more workers, each further child reads a fixed later part.
    Only where a fork is safe and pays: a POSIX process running a single thread (a fork copies no other
    thread's locks), and a document long enough. A child that dies or overruns leaves its pages out of the
    result, and the caller reads them itself."""
    workers = min(page_workers(), total // PAGES_PER_FORK)
    if workers < 2 or not can_fork():
        return _ForkedPages([], first=total)
    bounds = [total * k // workers for k in range(workers + 1)]
    shared = TwoEnds(bounds[2])

    def read_one(out: dict, i: int) -> None:
        try:
            out[i] = (True, read(i))
        except Exception as exc:
            out[i] = (False, _short(exc))

    def read_range(start: int, end: int) -> dict:
        out = {}
        for i in range(start, end):
            if deadline is not None and time.monotonic() > deadline:
                break
            read_one(out, i)
        return out

    def read_from_the_back() -> dict:
        out = {}
        while deadline is None or time.monotonic() <= deadline:
            i = shared.back()
            if i is None:
                break
            read_one(out, i)
        return out

    children = [_fork_child(read_from_the_back)]
    children += [_fork_child(read_range, bounds[k], bounds[k + 1]) for k in range(2, workers)]
    return _ForkedPages(children, first=bounds[2], shared=shared)


def can_fork() -> bool:
    """A fork is safe only from a POSIX process running a single thread (it copies no other thread's locks)."""
    import threading

    return hasattr(os, "fork") and threading.active_count() == 1


def _fork_child(function, *args) -> tuple[int, int]:
    """Fork a child that pickles ``function(*args)`` into a pipe and leaves without running any cleanup;
    returns (its pid, the read end of the pipe)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.close(r)
            _die_with_parent()
            import pickle

            result = function(*args)
            with os.fdopen(w, "wb") as pipe:
                pickle.dump(result, pipe, protocol=pickle.HIGHEST_PROTOCOL)
            code = 0
        finally:
            os._exit(code)
    os.close(w)
    return pid, r


def _stop_child(pid: int, r: int) -> None:
    import signal

    os.close(r)
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        pass
    os.waitpid(pid, 0)


class ForkedCall:
    """``function(*args)`` computed in a forked child while the caller does something else; ``result()`` waits
    for it. Where no fork is possible or it fails (the child died), ``result()`` computes it in process."""

    def __init__(self, function, *args, fork: bool = True):
        self._function, self._args = function, args
        self._child = _fork_child(function, *args) if fork and page_workers() > 1 and can_fork() else None

    def __enter__(self) -> ForkedCall:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Stop a child whose result was never asked for (the caller failed first): it would otherwise wait
        on a full pipe for as long as this process lives."""
        child, self._child = self._child, None
        if child is not None:
            _stop_child(*child)

    def result(self):
        child, self._child = self._child, None
        if child is not None:
            import pickle

            pid, r = child
            try:
                with os.fdopen(r, "rb") as pipe:
                    return pickle.load(pipe)
            except Exception as exc:
                log.warning("a forked %s failed (%s); running it in process",
                            getattr(self._function, "__name__", "call"), _short(exc))
            finally:
                os.waitpid(pid, 0)
        return self._function(*self._args)


class TwoEnds:
    """Indices 0..n-1 shared out between this process and one forked child without a lock: this process
    takes them from the front (``front``), the child from the back (``back``), until they meet, so neither
    waits for the other however the work or the machine's load falls.

    Each end's next index lives in an anonymous shared mapping and is written only by its taker. A taker
    reads the other's value late at worst, which only lets it go on: the two may both take the index where
    they meet (the caller keeps one result per index), and no index is left untaken. An index that a child
    took and never reported (it died) is the caller's to do."""

    def __init__(self, n: int):
        import mmap

        self._ends = memoryview(mmap.mmap(-1, 16)).cast("q")  # MAP_SHARED: forked children see the same two
        self._ends[0], self._ends[1] = 0, n

    def front(self) -> int | None:
        lo = self._ends[0]
        if lo >= self._ends[1]:
            return None
        self._ends[0] = lo + 1
        return lo

    def back(self) -> int | None:
        hi = self._ends[1]
        if hi <= self._ends[0]:
            return None
        self._ends[1] = hi - 1
        return hi - 1


class _ForkedPages(dict):
    """Results of forked readers, collected when the caller first asks for one of their pages."""

    def __init__(self, children, first: int, shared: TwoEnds | None = None):
        super().__init__()
        self._children, self._first, self._shared = children, first, shared

    def get(self, i, default=None):
        """Page ``i``'s result from a child, or ``default`` when the caller is to read it itself; asked
        for each page in order."""
        if self._shared is not None and i < self._first:
            if self._shared.front() == i:  # the caller's own: taken from the front before the child took it
                return default
            self._shared = None  # the two ends met: the rest of the shared part is the child's
        if self._children and (i >= self._first or self._shared is None):
            self._collect()
        return super().get(i, default)

    def forked(self) -> bool:
        """Whether child processes are reading pages."""
        return bool(self._children)

    def close(self) -> None:
        """Stop readers whose pages were never asked for (a time budget spent, an error)."""
        children, self._children = self._children, []
        for pid, r in children:
            _stop_child(pid, r)

    def _collect(self) -> None:
        import pickle

        children, self._children = self._children, []
        for pid, r in children:
            try:
                with os.fdopen(r, "rb") as pipe:
                    self.update(pickle.load(pipe))
            except Exception as exc:  # the child died: its pages are read again by the caller
                log.warning("a forked page reader failed (%s); reading its pages in process", _short(exc))
            finally:
                os.waitpid(pid, 0)


def _die_with_parent() -> None:
    """Linux: a forked reader is killed with the process that forked it (a sandbox that times out)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
    except Exception:
        pass


def _short(exc: BaseException) -> str:
    if isinstance(exc, _PageReadFailed):  # already described by the reader that failed
        return str(exc)[:200]
    s = f"{type(exc).__name__}: {exc}".strip()
    return s[:200]
