"""Reading the sources file (YAML) and the environment into ``Source`` objects and settings."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from boardpapers.errors import ConfigError
from boardpapers import sites
from boardpapers.models import BOARD_TYPES, Source
from boardpapers.search import DEFAULT_ENGINE, engine_names

REPO_ROOT = Path(__file__).resolve().parent.parent
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_SOURCE_KEYS = {f.name for f in dataclasses.fields(Source)} - {"options"}


def default_home() -> Path:
    return Path(os.environ.get("BOARDPAPERS_HOME") or ".boardpapers")


def default_sources_file() -> Path:
    return Path(os.environ.get("BOARDPAPERS_SOURCES") or REPO_ROOT / "sources.yaml")


def load_sources(path: str | os.PathLike) -> list[Source]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise ConfigError(f"sources file {path}: {err.strerror or err}") from err
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as err:
        raise ConfigError(f"sources file {path}: not valid YAML ({str(err).splitlines()[0]})") from err
    return parse_sources(data, origin=str(path))


def parse_sources(data, origin: str = "sources") -> list[Source]:
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise ConfigError(f"{origin}: expected a mapping with a 'sources' list")
    sources, seen = [], set()
    for index, entry in enumerate(data["sources"], start=1):
        source = parse_source(entry, f"{origin}: source #{index}")
        if source.id in seen:
            raise ConfigError(f"{origin}: source id {source.id!r} appears twice")
        seen.add(source.id)
        sources.append(source)
    return sources


# keys every source entry may have, whatever its kind; each kind adds its own (``SiteAdapter.config_keys``)
COMMON_KEYS = frozenset({"id", "name", "kind", "board_type", "organisation", "delay_seconds", "timeout_seconds",
                         "schedule", "allowed_hosts", "from_date", "recheck_days"})


def parse_source(entry, where: str) -> Source:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a mapping")
    sid = str(entry.get("id", "")).strip()
    if not _ID.match(sid):
        raise ConfigError(f"{where}: 'id' must be lower-case letters, digits, '-', '_' or '.' (got {sid!r})")
    where = f"{where} ({sid})"
    entry = _stored_options_flattened(entry)
    kind = entry.get("kind")
    if kind not in sites.registered_kinds():
        raise ConfigError(f"{where}: 'kind' must be one of {', '.join(sites.registered_kinds())} (got {kind!r})")
    adapter = sites.adapter_class(kind)
    unknown = set(entry) - COMMON_KEYS - adapter.config_keys
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))} for kind {kind}")
    board_type = entry.get("board_type", "other")
    if board_type not in BOARD_TYPES:
        raise ConfigError(f"{where}: 'board_type' must be one of {', '.join(BOARD_TYPES)} (got {board_type!r})")
    values = adapter.configure(dict(entry), where)
    values["name"] = str(entry.get("name") or sid)
    try:
        values["delay_seconds"] = float(entry.get("delay_seconds", 1.0))
        values["recheck_days"] = int(entry.get("recheck_days", 90))
    except (TypeError, ValueError) as err:
        raise ConfigError(f"{where}: delay_seconds / recheck_days must be numbers") from err
    if values["delay_seconds"] < 0:
        raise ConfigError(f"{where}: delay_seconds cannot be negative")
    if entry.get("timeout_seconds") is not None:
        try:
            values["timeout_seconds"] = float(entry["timeout_seconds"])
        except (TypeError, ValueError) as err:
            raise ConfigError(f"{where}: timeout_seconds must be a number of seconds") from err
        if not 0 < values["timeout_seconds"] <= 600:
            raise ConfigError(f"{where}: timeout_seconds must be more than 0 and at most 600")
    if entry.get("from_date") is not None:
        values["from_date"] = _date(entry["from_date"], where)
    hosts = entry.get("allowed_hosts") or []
    values["allowed_hosts"] = tuple(str(h).lower() for h in hosts) or (urlsplit(_entry_url(values)).netloc.lower(),)
    options = {k: values.pop(k) for k in list(values) if k not in _SOURCE_KEYS}  # a kind's own keys
    return Source(**values, options=options)


def _stored_options_flattened(entry: dict) -> dict:
    """A source as the catalogue stores it (``Source.to_dict``): its kind's own keys are under ``options``,
    and keys it does not use are None."""
    if "options" not in entry:
        return entry
    flat = {k: v for k, v in entry.items() if k != "options" and v is not None}
    return {**flat, **(entry.get("options") or {})}


def _entry_url(values: dict) -> str:
    return values.get("start_url") or values.get("base_url") or ""


def _date(value, where: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as err:
        raise ConfigError(f"{where}: from_date must be YYYY-MM-DD (got {value!r})") from err


@dataclass(frozen=True)
class Settings:
    """Where data lives and which engine serves search; from flags, then the environment."""

    home: Path
    engine: str = DEFAULT_ENGINE
    elasticsearch_url: str | None = None
    catalogue_url: str | None = None  # any SQLAlchemy URL; default sqlite:///<home>/catalogue.sqlite
    archive_url: str | None = None  # local dir or an fsspec URL (s3://bucket/prefix); default <home>/archive
    contact: str | None = None

    @classmethod
    def from_env(cls, home: str | os.PathLike | None = None, engine: str | None = None) -> "Settings":
        engine = engine or os.environ.get("BOARDPAPERS_ENGINE") or DEFAULT_ENGINE
        if engine not in engine_names():
            raise ConfigError(f"engine must be one of {', '.join(repr(n) for n in engine_names())} (got {engine!r})")
        return cls(
            home=Path(home) if home else default_home(),
            engine=engine,
            elasticsearch_url=os.environ.get("ELASTICSEARCH_URL") or None,
            catalogue_url=os.environ.get("BOARDPAPERS_CATALOGUE_URL") or None,
            archive_url=os.environ.get("BOARDPAPERS_ARCHIVE_URL") or None,
            contact=os.environ.get("BOARDPAPERS_CONTACT") or None,
        )
