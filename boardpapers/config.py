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
from boardpapers.models import BOARD_TYPES, SOURCE_KINDS, ListingRules, Source

REPO_ROOT = Path(__file__).resolve().parent.parent
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_SOURCE_KEYS = {f.name for f in dataclasses.fields(Source)}
_LISTING_KEYS = {f.name for f in dataclasses.fields(ListingRules)}
_DATE_FROM = ("text", "filename", "heading", "row", "url")  # where a listed paper's date may be read
_MEETING_DATE_FROM = ("label", "heading", "link")  # where a meeting page's date may be read


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


def parse_source(entry, where: str) -> Source:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a mapping")
    sid = str(entry.get("id", "")).strip()
    if not _ID.match(sid):
        raise ConfigError(f"{where}: 'id' must be lower-case letters, digits, '-', '_' or '.' (got {sid!r})")
    where = f"{where} ({sid})"
    unknown = set(entry) - _SOURCE_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    kind = entry.get("kind")
    if kind not in SOURCE_KINDS:
        raise ConfigError(f"{where}: 'kind' must be one of {', '.join(SOURCE_KINDS)} (got {kind!r})")
    board_type = entry.get("board_type", "other")
    if board_type not in BOARD_TYPES:
        raise ConfigError(f"{where}: 'board_type' must be one of {', '.join(BOARD_TYPES)} (got {board_type!r})")
    values = dict(entry)
    values["name"] = str(entry.get("name") or sid)
    if kind in ("moderngov", "cmis"):
        _require_url(values, "base_url", where)
        if not values.get("committee"):
            raise ConfigError(f"{where}: 'committee' (title or numeric id) is required for kind {kind}")
        values["committee"] = str(values["committee"])
        # a ModernGov base is a folder; a CMIS entry may be a page as copied (…/Meetings.aspx, …/Default.aspx)
        if not values["base_url"].endswith("/") and not (kind == "cmis" and re.search(r"\.aspx$", values["base_url"],
                                                                                     re.IGNORECASE)):
            values["base_url"] += "/"
    else:
        _require_url(values, "start_url", where)
        rules = entry.get("listing") or {}
        if not isinstance(rules, dict) or set(rules) - _LISTING_KEYS:
            raise ConfigError(f"{where}: 'listing' keys must be among {', '.join(sorted(_LISTING_KEYS))}")
        for key, allowed in (("date_from", _DATE_FROM), ("meeting_date_from", _MEETING_DATE_FROM)):
            if key in rules:
                chosen = [rules[key]] if isinstance(rules[key], str) else list(rules[key] or ())
                wrong = [v for v in chosen if v not in allowed]
                if wrong or not chosen:
                    raise ConfigError(f"{where}: listing.{key} must list some of {', '.join(allowed)} "
                                      f"(got {rules[key]!r})")
                rules = {**rules, key: tuple(chosen)}
        for key in ("paper_link", "follow_link", "html_minutes_link", "meeting_link", "date_label"):
            if rules.get(key):
                try:
                    re.compile(rules[key])
                except re.error as err:
                    raise ConfigError(f"{where}: listing.{key} is not a valid pattern ({err})") from err
        values["listing"] = ListingRules(**rules)
    try:
        values["delay_seconds"] = float(entry.get("delay_seconds", 1.0))
        values["recheck_days"] = int(entry.get("recheck_days", 90))
    except (TypeError, ValueError) as err:
        raise ConfigError(f"{where}: delay_seconds / recheck_days must be numbers") from err
    if values["delay_seconds"] < 0:
        raise ConfigError(f"{where}: delay_seconds cannot be negative")
    if entry.get("from_date") is not None:
        values["from_date"] = _date(entry["from_date"], where)
    hosts = entry.get("allowed_hosts") or []
    values["allowed_hosts"] = tuple(str(h).lower() for h in hosts) or (urlsplit(_entry_url(values)).netloc.lower(),)
    return Source(**values)


def _entry_url(values: dict) -> str:
    return values.get("start_url") or values.get("base_url") or ""


def _require_url(values: dict, key: str, where: str) -> None:
    url = values.get(key)
    parts = urlsplit(str(url or ""))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{where}: '{key}' must be an http(s) URL (got {url!r})")
    values[key] = str(url).strip()


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
    engine: str = "embedded"
    elasticsearch_url: str | None = None
    catalogue_url: str | None = None  # any SQLAlchemy URL; default sqlite:///<home>/catalogue.sqlite
    archive_url: str | None = None  # local dir or an fsspec URL (s3://bucket/prefix); default <home>/archive
    contact: str | None = None

    @classmethod
    def from_env(cls, home: str | os.PathLike | None = None, engine: str | None = None) -> "Settings":
        engine = engine or os.environ.get("BOARDPAPERS_ENGINE") or "embedded"
        if engine not in ("embedded", "elasticsearch"):
            raise ConfigError(f"engine must be 'embedded' or 'elasticsearch' (got {engine!r})")
        return cls(
            home=Path(home) if home else default_home(),
            engine=engine,
            elasticsearch_url=os.environ.get("ELASTICSEARCH_URL") or None,
            catalogue_url=os.environ.get("BOARDPAPERS_CATALOGUE_URL") or None,
            archive_url=os.environ.get("BOARDPAPERS_ARCHIVE_URL") or None,
            contact=os.environ.get("BOARDPAPERS_CONTACT") or None,
        )
