"""Is the embedded index usable? A cheap check on open, and setting a broken index aside for ``reindex``.

A crash of the disk or a copy cut short can leave the SQLite index unreadable. The index is derived data, so
the cure is always ``boardpapers reindex``; this module only makes sure the user is told so in one line,
instead of meeting a low-level SQLite error in the middle of a search.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"


GENERATION_PREFIX = "g2"  # the embedded engine's generation directories: g2-<ns> ("gen-": the layout before)


def live_generation(index_dir: Path, default: str = f"{GENERATION_PREFIX}-0") -> str:
    """The name of the live generation of an embedded index directory: the one its CURRENT file names; before
    any CURRENT exists, an earlier engine's first (``index-0.sqlite``, FTS5 only, or ``gen-0``, the Tantivy
    layout before), else ``default`` (the engine's first)."""
    try:
        name = (Path(index_dir) / "CURRENT").read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        name = ""
    for earlier in ("index-0.sqlite", "gen-0"):
        if not name and (Path(index_dir) / earlier).exists():
            name = earlier
    return name or default


def live_file(index_dir: Path) -> Path:
    """The SQLite file of the live generation (the Tantivy engine's generation is a directory whose SQLite part
    is ``catalogue.sqlite``; a previous engine's generation is the file itself)."""
    live = Path(index_dir) / live_generation(index_dir)
    return live if live.name.endswith(".sqlite") else live / "catalogue.sqlite"


def index_problem(path: Path) -> str | None:
    """Why the SQLite file at ``path`` cannot serve as an index, or None (also None when it does not exist yet).
    Reads the 100-byte header and the schema: constant time whatever the index size."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    if size == 0:
        return None  # created but never written: SQLite treats it as an empty database
    with open(path, "rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        return "not an SQLite database (its header is damaged)"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    header_size_valid = header[24:28] == header[92:96]
    has_wal = Path(f"{path}-wal").exists() and Path(f"{path}-wal").stat().st_size > 0
    if header_size_valid and not has_wal and pages and size < page_size * pages:
        return f"truncated ({size} of {page_size * pages} bytes)"
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            conn.execute("PRAGMA schema_version").fetchone()
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None


def check_index(path: Path) -> None:
    """Raise SearchError naming the file, the problem and the cure when the index at ``path`` is unusable."""
    from boardpapers.errors import SearchError

    problem = index_problem(path)
    if problem:
        raise SearchError(f"the search index {path} is corrupt: {problem}; rebuild it with `boardpapers reindex`")


def set_aside(path: Path) -> Path | None:
    """Move an unusable index file (and its WAL/SHM companions) out of the way, so a rebuild can start afresh;
    returns where it went, or None when the file was fine."""
    path = Path(path)
    if index_problem(path) is None:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{target}{suffix}"))
    os.replace(path, target)
    return target
