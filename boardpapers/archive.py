"""The raw archive: every fetched document's bytes, stored once by their sha256 and never overwritten.

Local disk by default (``<home>/archive/ab/cd/<sha256>``); any fsspec URL (``s3://bucket/prefix``,
``memory://``) when workers on several machines must share it. Writes are atomic: a reader never sees a
half-written file, and a crash mid-write leaves only a temporary file that the next write ignores.
"""
from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from pathlib import Path

from boardpapers.errors import ArchiveError

# A write that fails for want of room: a full disk, a quota, or a file-size limit on the process.
NO_SPACE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Archive:
    def __init__(self, location: str | os.PathLike):
        location = str(location)
        self.location = location
        if "://" in location and not location.startswith("file://"):
            import fsspec  # only needed for object stores

            self._fs, self._root = fsspec.core.url_to_fs(location)
            self._local = None
        else:
            self._local = Path(location.removeprefix("file://"))
            self._local.mkdir(parents=True, exist_ok=True)
            self._fs = None

    def _relative(self, sha: str) -> str:
        if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            raise ValueError(f"not a sha256: {sha!r}")
        return f"{sha[:2]}/{sha[2:4]}/{sha}"

    def put(self, data: bytes) -> str:
        """Store ``data``; return its sha256. Storing the same bytes twice is a no-op."""
        sha = sha256_of(data)
        if self._local is None:
            path = f"{self._root.rstrip('/')}/{self._relative(sha)}"
            if not self._fs.exists(path):
                self._fs.pipe_file(path, data)
            return sha
        final = self._local / self._relative(sha)
        if final.exists():
            return sha
        try:
            final.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=final.parent, prefix=".tmp-")
        except OSError as err:
            raise self._error(err, final) from err
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            try:
                os.link(tmp, final)  # link, not rename: fails instead of overwriting an existing file
            except FileExistsError:
                pass
        except OSError as err:
            raise self._error(err, final) from err
        finally:
            os.unlink(tmp)  # the bytes are either linked in whole or gone: never a half-written archive file
        return sha

    def _error(self, err: OSError, final: Path) -> ArchiveError:
        if err.errno in NO_SPACE:
            return ArchiveError(f"archive {self.location}: no space left to store {final.name} "
                                f"({err.strerror or err}); nothing was kept")
        return ArchiveError(f"archive {self.location}: cannot store {final.name} ({err.strerror or err})")

    def get(self, sha: str) -> bytes:
        if self._local is None:
            return self._fs.cat_file(f"{self._root.rstrip('/')}/{self._relative(sha)}")
        return (self._local / self._relative(sha)).read_bytes()

    def exists(self, sha: str) -> bool:
        if self._local is None:
            return self._fs.exists(f"{self._root.rstrip('/')}/{self._relative(sha)}")
        return (self._local / self._relative(sha)).exists()

    def local_path(self, sha: str) -> Path | None:
        """The file on local disk, for serving archived copies; None for object stores."""
        return None if self._local is None else self._local / self._relative(sha)

    def shas(self) -> list[str]:
        if self._local is None:
            return sorted(p.rsplit("/", 1)[-1] for p in self._fs.find(self._root))
        return sorted(p.name for p in self._local.glob("??/??/*") if not p.name.startswith(".tmp-"))
