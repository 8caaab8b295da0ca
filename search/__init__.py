"""The search index: one interface (``SearchEngine`` in ``base``), engines that give the same answers, and
the registry that names them.

- ``embedded`` (default): Tantivy pages + SQLite tables in ``<home>/index/`` — see ``tantivy_engine`` (the
  SQLite FTS5-only engine it replaced is ``embedded``; ``fts5`` opens it, for comparisons).
- ``elasticsearch``: the official client against ``ELASTICSEARCH_URL`` — see ``elastic``.

``open_engine`` picks one from the argument, else ``BOARDPAPERS_ENGINE``, else ``embedded``. The CLI's
``--engine`` choices and ``Settings`` take the names from ``ENGINES``. Adding an engine: docs/extending.md.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from boardpapers.errors import SearchError

if TYPE_CHECKING:
    from .base import BulkResult, SearchEngine


def __getattr__(name: str):
    """``BulkResult`` and ``SearchEngine``, imported when first asked for: ``.base`` imports the data model, which
    `boardpapers extract`'s parser (``engine_names``) does not need."""
    if name in ("BulkResult", "SearchEngine"):
        from . import base

        return getattr(base, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


DEFAULT_ENGINE = "embedded"


@dataclass(frozen=True)
class EngineKind:
    """One engine as the rest of the system sees it.

    ``open(home, url, **options)`` returns a ``SearchEngine``; ``needs_url`` says it talks to a server
    (``--es-url`` / ``ELASTICSEARCH_URL``); ``set_aside(home)`` moves a local index that cannot be opened out
    of the way before a rebuild (None for engines without local files); ``listed`` False keeps a name out of
    the user-facing choices (an engine kept for benchmarks)."""

    name: str
    open: Callable[..., SearchEngine]
    aliases: tuple[str, ...] = ()
    needs_url: bool = False
    set_aside: Callable[[Path], Path | None] | None = None
    listed: bool = True


_ENGINES: dict[str, EngineKind] = {}
_ALIASES: dict[str, str] = {}


def register_engine(kind: EngineKind) -> EngineKind:
    if kind.name in _ENGINES and _ENGINES[kind.name] is not kind:
        raise ValueError(f"search engine {kind.name!r} is registered twice")
    _ENGINES[kind.name] = kind
    for alias in kind.aliases:
        _ALIASES[alias] = kind.name
    return kind


def unregister_engine(name: str) -> None:
    """Forget an engine (tests that register a throwaway engine clean up with this)."""
    kind = _ENGINES.pop(name, None)
    for alias in kind.aliases if kind else ():
        _ALIASES.pop(alias, None)


def engine_names() -> tuple[str, ...]:
    """The engines a user may choose (the CLI's --engine choices, Settings' check)."""
    return tuple(name for name, kind in _ENGINES.items() if kind.listed)


def engine_kind(name: str | None = None) -> EngineKind:
    """The registered engine called ``name`` (or an alias of it), else ``BOARDPAPERS_ENGINE``, else the default."""
    name = (name or os.environ.get("BOARDPAPERS_ENGINE") or DEFAULT_ENGINE).strip().lower()
    name = _ALIASES.get(name, name)
    try:
        return _ENGINES[name]
    except KeyError:
        raise SearchError(f"unknown search engine {name!r}: use one of {', '.join(engine_names())}") from None


def open_engine(name: str | None = None, *, home: Path, url: str | None = None, **options) -> SearchEngine:
    """Open the configured engine. ``options`` go to the engine (e.g. ``index_prefix`` for Elasticsearch)."""
    kind = engine_kind(name)
    if kind.needs_url:
        url = url or os.environ.get("ELASTICSEARCH_URL")
        if not url:
            raise SearchError(
                f"engine {kind.name} needs a server: pass --es-url or set ELASTICSEARCH_URL "
                "(e.g. http://localhost:9200)"
            )
    return kind.open(Path(home), url, **options)


# --- the built-in engines ------------------------------------------------------------------------------------
# Each opener imports its engine module when called, not here: tantivy and the Elasticsearch client cost
# start-up time to every CLI command and every Airflow DAG parse, and most use one engine or none.


def _checked_index(home: Path) -> Path:
    from .integrity import check_index, live_file

    index_dir = home / "index"
    check_index(live_file(index_dir))  # a corrupt index: one clear line, and the cure
    return index_dir


def _set_aside_index(home: Path) -> Path | None:
    from .integrity import live_file, set_aside

    return set_aside(live_file(home / "index"))


def _open_tantivy(home: Path, url: str | None, **options) -> SearchEngine:
    from .tantivy_engine import TantivyEngine

    return TantivyEngine(_checked_index(home), **options)


def _open_fts5(home: Path, url: str | None, **options) -> SearchEngine:
    from .embedded import EmbeddedEngine

    return EmbeddedEngine(_checked_index(home), **options)


def _open_elasticsearch(home: Path, url: str | None, **options) -> SearchEngine:
    from .elastic import ElasticsearchEngine

    return ElasticsearchEngine(url, **options)


register_engine(EngineKind("embedded", _open_tantivy, set_aside=_set_aside_index))
register_engine(EngineKind("elasticsearch", _open_elasticsearch, aliases=("es", "elastic"), needs_url=True))
register_engine(EngineKind("fts5", _open_fts5, set_aside=_set_aside_index, listed=False))  # for benchmarks

ENGINES = engine_names()  # ("embedded", "elasticsearch")

__all__ = ["BulkResult", "DEFAULT_ENGINE", "ENGINES", "EngineKind", "SearchEngine", "engine_kind", "engine_names",
           "open_engine", "register_engine", "unregister_engine"]
