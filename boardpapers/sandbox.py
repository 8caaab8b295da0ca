"""Run document extraction in a clean child interpreter with a time and memory bound.

A pathological PDF (a bomb of pages or images, a parser bug that loops) must cost one failed document, never
a hung or killed ingest run. The child is ``python -m boardpapers.sandbox_worker``, started afresh from
``sys.executable`` with a minimal environment: it never re-runs the parent's ``__main__`` (inside an Airflow
task or a Celery worker that is the ``airflow`` console script) and never sees the parent's settings (Airflow
tasks carry ``AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=airflow-db-not-allowed:///``). So it works the same under the
CLI, an Airflow task, a Celery worker and the web server.

One worker is reused across documents and replaced after a timeout, a death or ``max_requests`` documents. When
it dies the error names the real cause: its exit code or signal and the tail of its stderr.

``fork=True`` (the ``boardpapers`` command only: one thread, its own ``__main__``, no Airflow or Celery) forks
the worker from the caller instead: no second interpreter to start (~0.03 s of the command's one-core start),
the same limits, environment, working directory, pipes and replacement as a spawned worker. Anywhere else, or
where a fork is not safe (more than one thread), the worker is spawned.
"""
from __future__ import annotations

import os
import pickle
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from boardpapers.errors import ExtractionError, InfrastructureError
from boardpapers.sandbox_worker import DEFAULT_TARGET, HEADER, write_frame

if TYPE_CHECKING:
    from boardpapers.models import Extraction

DEFAULT_TIMEOUT = float(os.environ.get("BOARDPAPERS_EXTRACT_TIMEOUT", "300"))
DEFAULT_MEMORY_MB = int(os.environ.get("BOARDPAPERS_EXTRACT_MEMORY_MB", "2048"))
START_TIMEOUT = 120.0
# What the child may inherit: how to find programs, the package and the locale. Nothing else (no AIRFLOW__*,
# no credentials, no database URLs).
KEPT_ENVIRONMENT = ("PATH", "HOME", "LANG", "LANGUAGE", "TZ", "TMPDIR", "PYTHONPATH", "VIRTUAL_ENV",
                    "TESSDATA_PREFIX", "OMP_THREAD_LIMIT", "SYSTEMROOT")
KEPT_PREFIXES = ("LC_", "BOARDPAPERS_EXTRACT")


def child_environment(environ=None) -> dict[str, str]:
    environ = os.environ if environ is None else environ
    return {k: v for k, v in environ.items() if k in KEPT_ENVIRONMENT or k.startswith(KEPT_PREFIXES)}


class WorkerDied(Exception):
    """The worker process ended while it had work; the message is the cause (exit code or signal, stderr)."""


def describe_exit(returncode: int | None) -> str:
    if returncode is None:
        return "still running"
    if returncode < 0:
        try:
            return f"killed by {signal.Signals(-returncode).name}"
        except ValueError:
            return f"killed by signal {-returncode}"
    return f"exit code {returncode}"


class _ForkedProcess:
    """A worker forked from this process, with the part of ``subprocess.Popen`` that ``_Worker`` uses. The child
    gets what ``Popen(..., close_fds=True, env=env, cwd=workdir)`` would give the spawned worker (its pipes as
    stdin and stdout, the stderr file, no other descriptor, only ``env``, ``workdir``) and runs
    ``sandbox_worker.main(argv)``; it never returns into the caller's code."""

    def __init__(self, argv: list[str], env: dict, workdir: Path, stderr):
        requests, self_stdin = os.pipe()
        self_stdout, replies = os.pipe()
        sys.stdout.flush()  # a line still buffered here would be written by both processes
        sys.stderr.flush()
        try:
            self.pid = os.fork()
        except OSError:  # as Popen's would, the failure goes to the caller; the pipes are not left open
            for fd in (requests, self_stdin, self_stdout, replies):
                os.close(fd)
            raise
        if self.pid == 0:
            _forked_worker(argv, env, workdir, requests, replies, stderr.fileno())
        os.close(requests)
        os.close(replies)
        self.stdin, self.stdout = open(self_stdin, "wb"), open(self_stdout, "rb")  # noqa: SIM115 - closed by _Worker
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        if self.poll() is None:
            if timeout is not None and not self._exits_within(timeout):
                raise subprocess.TimeoutExpired(f"extraction worker {self.pid}", timeout)
            self.returncode = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])
        return self.returncode

    def _exits_within(self, timeout: float) -> bool:
        """Whether the child ends within ``timeout`` s, told the moment it does (Linux: a pidfd), or else
        looked at every few ms (Popen's way)."""
        try:
            fd = os.pidfd_open(self.pid)
        except (AttributeError, OSError):
            deadline, delay = time.monotonic() + timeout, 0.0005
            while self.poll() is None and time.monotonic() < deadline:
                time.sleep(delay)
                delay = min(delay * 2, 0.02)
            return self.returncode is not None
        try:
            return bool(select.select([fd], [], [], timeout)[0])
        finally:
            os.close(fd)

    def kill(self) -> None:
        if self.poll() is None:
            os.kill(self.pid, signal.SIGKILL)


_CALLERS_STREAMS: list = []


def _forked_worker(argv: list[str], env: dict, workdir: Path, requests: int, replies: int, stderr: int):
    """The forked worker's whole life: set up as a spawned one, run, leave without unwinding into the caller."""
    code = 1
    try:
        os.dup2(requests, 0)
        os.dup2(replies, 1)
        os.dup2(stderr, 2)
        _close_descriptors_from(3)
        os.chdir(workdir)
        os.environ.clear()
        os.environ.update(env)
        # the caller's stream objects may not write to fds 0-2 (a test's capture): new ones over them, as a new
        # interpreter has; the caller's are kept referenced, so that nothing here flushes or closes them
        _CALLERS_STREAMS.extend((sys.stdin, sys.stdout, sys.stderr))
        sys.stdin = open(0, closefd=False)  # noqa: SIM115 - this process's own, never closed
        sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", buffering=1, errors="backslashreplace", closefd=False)  # noqa: SIM115
        from boardpapers.sandbox_worker import main

        code = main(argv)
    except BaseException:  # a worker that cannot start says why on its stderr, as a spawned one does
        import traceback

        traceback.print_exc()
    finally:
        try:
            sys.stderr.flush()
        finally:
            os._exit(code)


def _close_descriptors_from(first: int) -> None:
    """Close every descriptor from ``first`` on, as ``close_fds`` does: the open ones as Linux lists them (a
    ``closerange`` up to a high limit is a close call per number where the kernel has no ``close_range``)."""
    try:
        open_ones = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:
        os.closerange(first, os.sysconf("SC_OPEN_MAX"))
        return
    for fd in open_ones:
        if fd >= first:
            try:
                os.close(fd)
            except OSError:  # the listing's own descriptor, closed already
                pass


class _Worker:
    def __init__(self, command: list[str], env: dict, workdir: Path, *, forked: list[str] | None = None):
        """Spawned as ``command``, or forked from this process, running ``sandbox_worker.main(forked)``."""
        self.stderr_path = workdir / f"worker-{time.monotonic_ns()}.stderr"
        self._stderr = open(self.stderr_path, "ab")  # noqa: SIM115 - closed in stop()
        if forked is not None:
            self.proc = _ForkedProcess(forked, env, workdir, self._stderr)
        else:
            self.proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr,
                                         env=env, cwd=workdir, close_fds=True)
        self.requests = 0
        self.ready = False  # its "ready" frame not read yet

    @property
    def pid(self) -> int:
        return self.proc.pid

    def _read(self, size: int, deadline: float) -> bytes:
        fd, chunks, remaining = self.proc.stdout.fileno(), [], size
        while remaining:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                raise WorkerDied(self.cause())
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)

    def receive(self, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        (size,) = HEADER.unpack(self._read(HEADER.size, deadline))
        return pickle.loads(self._read(size, deadline))

    def send(self, request: dict) -> None:
        try:
            write_frame(self.proc.stdin.fileno(), pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL))
        except (BrokenPipeError, ConnectionResetError):
            raise WorkerDied(self.cause()) from None
        self.requests += 1

    def cause(self) -> str:
        try:
            returncode = self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            returncode = None
        tail = self.stderr_tail()
        return describe_exit(returncode) + (f"; stderr: {tail}" if tail else "")

    def stderr_tail(self, limit: int = 600) -> str:
        try:
            with open(self.stderr_path, "rb") as handle:
                handle.seek(max(0, self.stderr_path.stat().st_size - limit))
                text = handle.read().decode("utf-8", "replace")
        except OSError:
            return ""
        return " | ".join(line.strip() for line in text.strip().splitlines()[-6:] if line.strip())

    def stop(self, *, kill: bool = False) -> None:
        if self.proc.poll() is None:
            if not kill:
                self.proc.stdin.close()  # end of input: the worker exits on its own
                try:
                    self.proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    kill = True
            if kill:
                self.proc.kill()
                self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except OSError:
                pass
        self._stderr.close()
        self.stderr_path.unlink(missing_ok=True)


def _import_models() -> None:
    import boardpapers.models  # noqa: F401 - see ExtractionSandbox.extract


class ExtractionSandbox:
    """``extract(data, ...)`` → :class:`Extraction`, run in the worker; ``close()`` stops the worker."""

    def __init__(self, timeout: float = DEFAULT_TIMEOUT, memory_mb: int = DEFAULT_MEMORY_MB, *,
                 target: str = DEFAULT_TARGET, python: str | None = None, env: dict | None = None,
                 max_requests: int = 200, fork: bool = False):
        self.timeout, self.memory_mb, self.max_requests = timeout, memory_mb, max_requests
        self.fork = fork and python is None  # another interpreter can only be spawned
        self.arguments = ["--memory-mb", str(memory_mb), "--target", target]  # sandbox_worker.main's
        self.command = [python or sys.executable, "-m", "boardpapers.sandbox_worker", *self.arguments]
        self.env = child_environment() if env is None else env
        self._worker: _Worker | None = None
        self._released: list[_Worker] = []  # told to leave (``release``), not yet waited for
        self._workdir: Path | None = None
        self._lock = threading.Lock()

    @property
    def worker_pid(self) -> int | None:
        """The current worker's process id (None before the first document or after it was discarded)."""
        return self._worker.pid if self._worker is not None else None

    def start(self) -> None:
        """Start the worker now and return without waiting for it, so that its start-up (an interpreter and
        the extractors' imports) runs while the caller reads the document; ``extract`` then waits for it."""
        with self._lock:
            if self._worker is None:
                self._worker = self._spawn()

    def _spawn(self) -> _Worker:
        if self._workdir is None:
            self._workdir = Path(tempfile.mkdtemp(prefix="boardpapers-sandbox-"))
        from boardpapers.extractors.page_readers import can_fork

        forked = self.arguments if self.fork and can_fork() else None
        return _Worker(self.command, self.env, self._workdir, forked=forked)

    def _start(self, worker: _Worker | None = None) -> _Worker:
        """``worker`` (a new one when None) once it has said it is ready."""
        worker = worker or self._spawn()
        try:
            hello = worker.receive(START_TIMEOUT)
        except TimeoutError:
            worker.stop(kill=True)
            raise InfrastructureError(f"the extraction worker did not start within {START_TIMEOUT:.0f}s") from None
        except WorkerDied as died:
            worker.stop(kill=True)
            raise InfrastructureError(f"the extraction worker could not start ({died})") from None
        if "ready" not in hello:
            worker.stop(kill=True)
            raise InfrastructureError(f"the extraction worker answered {hello!r} instead of ready")
        worker.ready = True
        return worker

    def _discard(self, *, kill: bool = True) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.stop(kill=kill)

    def _run(self, request: dict, while_waiting=None) -> dict:
        if self._worker is not None and not self._worker.ready:  # started by start(): wait for it
            worker, self._worker = self._worker, None
            self._worker = self._start(worker)
        if self._worker is None or self._worker.proc.poll() is not None:
            self._discard()
            self._worker = self._start()
        worker = self._worker
        try:
            worker.send(request)
            if while_waiting is not None:
                while_waiting()
            reply = worker.receive(self.timeout)
        except TimeoutError:
            self._discard()
            raise ExtractionError("timeout", f"extraction took longer than {self.timeout:.0f}s") from None
        except WorkerDied:
            self._discard()
            raise
        except BaseException:
            # the caller's own work while waiting (``while_waiting``) or the wait itself interrupted (Ctrl-C): the
            # worker's reply to this request is never read, so the worker must not answer the next request with it
            self._discard()
            raise
        if worker.requests >= self.max_requests:
            self._discard(kill=False)
        return reply

    def extract(self, data: bytes, *, content_type: str | None = None, filename: str | None = None,
                title: str | None = None) -> Extraction:
        """Extract one document. A worker that dies is replaced and the document tried once more in the new
        one (a worker killed from outside costs nothing); when the document kills that one too, the document
        fails with the cause. A worker that cannot start at all is an :class:`InfrastructureError`."""
        # the data model (~17 ms to import; `boardpapers extract` has not imported it) while the worker extracts
        reply = self._reply({"data": data, "content_type": content_type, "filename": filename, "title": title},
                            while_waiting=_import_models)
        from boardpapers.models import extraction_from_dict

        return extraction_from_dict(reply["ok"])

    def extract_json(self, data: bytes, *, content_type: str | None = None, filename: str | None = None,
                     title: str | None = None) -> str:
        """``extract``'s extraction as ``models.extraction_json``'s text, made by the worker: the caller
        prints it without rebuilding the extraction (the same failures as ``extract``)."""
        return self._reply({"data": data, "content_type": content_type, "filename": filename, "title": title,
                            "json": True})["json"]

    def _reply(self, request: dict, while_waiting=None) -> dict:
        with self._lock:
            try:
                reply = self._run(request, while_waiting)
            except WorkerDied:
                try:
                    reply = self._run(request)
                except WorkerDied as died:
                    raise ExtractionError("crashed", f"the extraction worker died twice on this document: {died}") from None
        if "error" in reply:
            raise ExtractionError(*reply["error"])
        return reply

    def release(self) -> None:
        """End the worker's input without waiting for it to leave: it exits (freeing its memory takes the
        kernel a while) while the caller goes on, e.g. prints the result; ``close`` then finds it gone. A
        later ``extract`` starts a new worker."""
        with self._lock:
            worker, self._worker = self._worker, None
            if worker is not None:
                worker.proc.stdin.close()  # end of input: the worker exits on its own
                self._released.append(worker)

    def close(self) -> None:
        with self._lock:
            self._discard(kill=False)
            released, self._released = self._released, []
            for worker in released:
                worker.stop()
            if self._workdir is not None:
                shutil.rmtree(self._workdir, ignore_errors=True)
                self._workdir = None
