"""One writer per data directory: ``ingest``, ``reindex`` and ``demo`` hold ``<home>/ingest.lock`` while they run.

The lock is an advisory ``flock`` on that file, not the file's existence: the kernel releases it when the
holding process ends in any way (finished, crashed, SIGKILLed), so a lock left by a dead run is never in
force — the stale-lock rule needs no clock and no guessing. The file keeps the holder's pid, host, command
and start time, which the refusal message quotes. Two runs at once would otherwise interleave discovery and
processing on one catalogue and index; the second one is refused with a clear message instead.
"""
from __future__ import annotations

import datetime as dt
import fcntl
import json
import os
import socket
from pathlib import Path

from boardpapers.errors import BoardpapersError

LOCK_NAME = "ingest.lock"


class HomeBusyError(BoardpapersError):
    """Another run holds the data directory."""


class HomeLock:
    def __init__(self, home: str | os.PathLike, command: str):
        self.path = Path(home) / LOCK_NAME
        self.command = command
        self._fd: int | None = None

    def acquire(self) -> "HomeLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(fd)
            os.close(fd)
            raise HomeBusyError(f"{self.path.parent} is in use by another run ({holder}); wait for it to finish "
                                f"or stop it, then run again") from None
        holder = {"pid": os.getpid(), "host": socket.gethostname(), "command": self.command,
                  "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(holder).encode(), 0)
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)  # the file stays; an empty one says nobody holds it
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "HomeLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def _read_holder(fd: int) -> str:
    try:
        holder = json.loads(os.pread(fd, 4096, 0) or b"{}")
    except ValueError:
        return "holder unknown"
    if not holder:
        return "holder unknown"
    return (f"{holder.get('command', 'a run')} pid {holder.get('pid')} on {holder.get('host')}, "
            f"started {holder.get('started')}")
