# Over 400 lines on purpose: the catalogue's schema and every query on it, so SQL lives in one module.
"""The catalogue: what was found, fetched, extracted and indexed, and every run — the system of record.

SQLite under ``--home`` by default; any SQLAlchemy URL (``postgresql+psycopg://…``) when workers on several
machines share it. The search index is derived from this and the archive; the catalogue is not.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields
from pathlib import Path
from typing import Iterator

from sqlalchemy import (
    JSON, Column, Date, DateTime, Float, ForeignKey, Integer, MetaData, String, Table, Text, create_engine,
    event, func, select, update, insert, delete, and_, inspect, text,
)
from sqlalchemy.engine import Engine

from boardpapers.models import (  # the two *_from_dict(s) are re-exported: callers import them from here
    Alert, DocumentRecord, DocumentRef, DocumentVersion, Extraction, Failure, Meeting, Run, SavedSearch, Source,
    SourceRecord, attendance_from_dicts, extraction_from_dict,
)

metadata = MetaData()

sources = Table(
    "sources", metadata,
    Column("id", String(100), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("board_type", String(10), nullable=False),
    Column("organisation", Text),
    Column("config", JSON, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

runs = Table(
    "runs", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", String(100), nullable=False, index=True),
    Column("stage", String(20), nullable=False),  # discover | process | ingest
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime),
    Column("status", String(20), nullable=False),  # running | ok | failed | suspect
    Column("counts", JSON),
    Column("error", Text),
    Column("trigger", String(260)),  # cli | airflow:<run_id> (Airflow run ids reach 250 characters)
)

meetings = Table(
    "meetings", metadata,
    Column("id", String(32), primary_key=True),
    Column("source_id", String(100), nullable=False, index=True),
    Column("key", Text, nullable=False),
    Column("date", Date, index=True),
    Column("time", String(40)),
    Column("title", Text),
    Column("status", String(20), nullable=False),
    Column("status_raw", Text),
    Column("location", Text),
    Column("url", Text),
    Column("site_attendance", JSON),  # structured attendance the site publishes
    Column("first_seen", DateTime, nullable=False),
    Column("last_seen", DateTime, nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("id", String(32), primary_key=True),
    Column("source_id", String(100), nullable=False, index=True),
    Column("meeting_id", String(32), index=True),
    Column("url", Text, nullable=False),
    Column("title", Text, nullable=False),
    Column("type", String(20), nullable=False),
    Column("published", Date),
    Column("site_id", String(100)),
    Column("status", String(20), nullable=False, index=True),
    Column("error", Text),
    Column("sha256", String(64)),
    Column("content_type", Text),
    Column("size", Integer),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("first_seen", DateTime, nullable=False),
    Column("last_seen", DateTime, nullable=False),
    Column("fetched_at", DateTime),
    Column("changed_at", DateTime),
    Column("versions", Integer, nullable=False, default=0),
    Column("attempts", Integer, nullable=False, default=0),
    Column("inline_html", Text),
)

versions = Table(
    "document_versions", metadata,
    Column("document_id", String(32), ForeignKey("documents.id"), primary_key=True),
    Column("sha256", String(64), primary_key=True),
    Column("content_type", Text),
    Column("size", Integer),
    Column("fetched_at", DateTime, nullable=False),
    Column("etag", Text),
    Column("last_modified", Text),
)

extractions = Table(
    "extractions", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("extractor_version", String(40), primary_key=True),
    Column("result", JSON, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("seconds", Float),
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, index=True),
    Column("source_id", String(100), nullable=False, index=True),
    Column("document_id", String(32)),
    Column("url", Text),
    Column("stage", String(20), nullable=False),  # discover | fetch | extract | index
    Column("reason", Text, nullable=False),
    Column("at", DateTime, nullable=False),
)

saved_searches = Table(
    "saved_searches", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("query", JSON, nullable=False),  # a SearchQuery as a dict
    Column("notify_changes", Integer, nullable=False, default=1),
    Column("created_at", DateTime, nullable=False),
)

alerts = Table(
    "alerts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("saved_search_id", Integer, ForeignKey("saved_searches.id"), nullable=False, index=True),
    Column("document_id", String(32), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("kind", String(10), nullable=False),  # new | changed
    Column("created_at", DateTime, nullable=False),
)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def default_url(home: Path) -> str:
    return f"sqlite:///{Path(home).resolve() / 'catalogue.sqlite'}"


class Catalogue:
    def __init__(self, url: str):
        self.url = url
        kwargs = {}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"timeout": 60}
        self.engine: Engine = create_engine(url, future=True, **kwargs)
        if url.startswith("sqlite"):
            event.listen(self.engine, "connect", _sqlite_pragmas)
        metadata.create_all(self.engine)
        upgrade_schema(self.engine)

    @classmethod
    def open(cls, home: Path, url: str | None = None) -> "Catalogue":
        Path(home).mkdir(parents=True, exist_ok=True)
        return cls(url or default_url(home))

    def close(self) -> None:
        self.engine.dispose()

    # --- sources and runs ------------------------------------------------------------------------------------

    def upsert_source(self, source: Source) -> None:
        values = dict(name=source.name, kind=source.kind, board_type=source.board_type,
                      organisation=source.organisation, config=source.to_dict(), updated_at=utcnow())
        with self.engine.begin() as conn:
            if conn.execute(select(sources.c.id).where(sources.c.id == source.id)).first():
                conn.execute(update(sources).where(sources.c.id == source.id).values(**values))
            else:
                conn.execute(insert(sources).values(id=source.id, **values))

    def source_ids(self) -> list[str]:
        with self.engine.connect() as conn:
            return [r[0] for r in conn.execute(select(sources.c.id).order_by(sources.c.id))]

    def source_record(self, source_id: str) -> SourceRecord | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(sources).where(sources.c.id == source_id)).mappings().first()
        if row is None:
            return None
        return SourceRecord(source_id=row["id"], name=row["name"], kind=row["kind"], board_type=row["board_type"],
                            organisation=row["organisation"], config=row["config"], updated_at=row["updated_at"])

    def start_run(self, source_id: str, stage: str, trigger: str = "cli") -> int:
        with self.engine.begin() as conn:
            result = conn.execute(insert(runs).values(source_id=source_id, stage=stage, started_at=utcnow(),
                                                      status="running", trigger=trigger))
            return int(result.inserted_primary_key[0])

    def finish_run(self, run_id: int, status: str, counts: dict | None = None, error: str | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(runs).where(runs.c.id == run_id).values(
                finished_at=utcnow(), status=status, counts=counts or {}, error=error))

    def runs_for(self, source_id: str, stage: str | None = None, limit: int = 20) -> list[Run]:
        query = select(runs).where(runs.c.source_id == source_id)
        if stage:
            query = query.where(runs.c.stage == stage)
        with self.engine.connect() as conn:
            return [Run(**r) for r in conn.execute(query.order_by(runs.c.id.desc()).limit(limit)).mappings()]

    def record_failure(self, source_id: str, stage: str, reason: str, *, document_id: str | None = None,
                       url: str | None = None, run_id: int | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(failures).values(run_id=run_id, source_id=source_id, document_id=document_id,
                                                 url=url, stage=stage, reason=reason, at=utcnow()))

    def failures_for(self, source_id: str, run_id: int | None = None, limit: int = 50) -> list[Failure]:
        query = select(failures).where(failures.c.source_id == source_id)
        if run_id is not None:
            query = query.where(failures.c.run_id == run_id)
        with self.engine.connect() as conn:
            return [Failure(**r) for r in conn.execute(query.order_by(failures.c.id.desc()).limit(limit)).mappings()]

    # --- meetings --------------------------------------------------------------------------------------------

    def upsert_meeting(self, meeting: Meeting) -> bool:
        """Insert or refresh a meeting; True when it is new."""
        now = utcnow()
        values = dict(source_id=meeting.source_id, key=meeting.key, date=meeting.date, time=meeting.time,
                      title=meeting.title, status=meeting.status, status_raw=meeting.status_raw,
                      location=meeting.location, url=meeting.url, last_seen=now,
                      site_attendance=[a.to_dict() for a in meeting.attendance] or None)
        with self.engine.begin() as conn:
            exists = conn.execute(select(meetings.c.id).where(meetings.c.id == meeting.meeting_id)).first()
            if exists:
                conn.execute(update(meetings).where(meetings.c.id == meeting.meeting_id).values(**values))
                return False
            conn.execute(insert(meetings).values(id=meeting.meeting_id, first_seen=now, **values))
            return True

    def meeting(self, meeting_id: str) -> Meeting | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(meetings).where(meetings.c.id == meeting_id)).mappings().first()
        return _meeting(row) if row else None

    def meetings_for(self, source_id: str | None = None) -> list[Meeting]:
        query = select(meetings)
        if source_id:
            query = query.where(meetings.c.source_id == source_id)
        with self.engine.connect() as conn:
            return [_meeting(r) for r in conn.execute(query.order_by(meetings.c.date, meetings.c.id)).mappings()]

    # --- documents -------------------------------------------------------------------------------------------

    def document(self, document_id: str) -> DocumentRecord | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.id == document_id)).mappings().first()
        return _document_record(row) if row else None

    def declared_content_type(self, sha256: str) -> str | None:
        """The content type a server declared for these bytes (any version that declared one)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(versions.c.content_type).where(versions.c.sha256 == sha256)
                               .where(versions.c.content_type.is_not(None)).limit(1)).first()
        return row[0] if row else None

    def current_sha256(self, document_ids: Iterable[str]) -> dict[str, str]:
        """document id → its current archived version, in one query per 500 ids (not one per document)."""
        ids = list(dict.fromkeys(document_ids))
        out: dict[str, str] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                for doc_id, sha in conn.execute(select(documents.c.id, documents.c.sha256)
                                                .where(documents.c.id.in_(chunk))):
                    if sha:
                        out[doc_id] = sha
        return out

    def documents_where(self, *, source_id: str | None = None, meeting_id: str | None = None,
                        status: str | None = None) -> list[DocumentRecord]:
        conditions = []
        if source_id:
            conditions.append(documents.c.source_id == source_id)
        if meeting_id:
            conditions.append(documents.c.meeting_id == meeting_id)
        if status:
            conditions.append(documents.c.status == status)
        query = select(documents).order_by(documents.c.first_seen, documents.c.id)
        if conditions:
            query = query.where(and_(*conditions))
        with self.engine.connect() as conn:
            return [_document_record(r) for r in conn.execute(query).mappings()]

    def upsert_discovered(self, source_id: str, meeting_id: str | None, ref: DocumentRef) -> tuple[DocumentRecord, bool]:
        """Record a document seen on a site; returns (record, is_new). Metadata is refreshed, state kept."""
        document_id = ref.document_id(source_id)
        now = utcnow()
        values = dict(meeting_id=meeting_id, title=ref.title, type=ref.type, published=ref.published,
                      site_id=ref.site_id, last_seen=now, inline_html=ref.inline_html)
        with self.engine.begin() as conn:
            row = conn.execute(select(documents).where(documents.c.id == document_id)).mappings().first()
            if row is None:
                conn.execute(insert(documents).values(id=document_id, source_id=source_id, url=ref.url,
                                                      status="pending", first_seen=now, versions=0, attempts=0,
                                                      **values))
                is_new = True
            else:
                if row["status"] == "withdrawn":
                    values["status"] = "pending"  # it came back
                conn.execute(update(documents).where(documents.c.id == document_id).values(**values))
                is_new = False
            row = conn.execute(select(documents).where(documents.c.id == document_id)).mappings().first()
        return _document_record(row), is_new

    def record_version(self, document_id: str, sha256: str, *, content_type: str | None, size: int,
                       etag: str | None, last_modified: str | None) -> bool:
        """Note that the document's current bytes are ``sha256``; True when that is a change (new version)."""
        now = utcnow()
        with self.engine.begin() as conn:
            row = conn.execute(select(documents.c.sha256, documents.c.versions)
                               .where(documents.c.id == document_id)).first()
            known = conn.execute(select(versions.c.sha256).where(
                and_(versions.c.document_id == document_id, versions.c.sha256 == sha256))).first()
            if not known:
                conn.execute(insert(versions).values(document_id=document_id, sha256=sha256, content_type=content_type,
                                                     size=size, fetched_at=now, etag=etag, last_modified=last_modified))
            changed = row is not None and row[0] != sha256
            values = dict(sha256=sha256, content_type=content_type, size=size, etag=etag,
                          last_modified=last_modified, fetched_at=now)
            if changed:
                values["changed_at"] = now
                values["versions"] = (row[1] or 0) + (0 if known else 1)
            conn.execute(update(documents).where(documents.c.id == document_id).values(**values))
            return changed

    def touch_fetched(self, document_id: str, *, etag: str | None = None, last_modified: str | None = None) -> None:
        values = {"fetched_at": utcnow()}
        if etag:
            values["etag"] = etag
        if last_modified:
            values["last_modified"] = last_modified
        with self.engine.begin() as conn:
            conn.execute(update(documents).where(documents.c.id == document_id).values(**values))

    def set_status(self, document_id: str, status: str, error: str | None = None) -> None:
        values = {"status": status, "error": error}
        with self.engine.begin() as conn:
            if status == "failed":
                values["attempts"] = documents.c.attempts + 1
            conn.execute(update(documents).where(documents.c.id == document_id).values(**values))

    def document_versions(self, document_id: str) -> list[DocumentVersion]:
        with self.engine.connect() as conn:
            return [DocumentVersion(**r) for r in conn.execute(select(versions).where(versions.c.document_id == document_id)
                                                  .order_by(versions.c.fetched_at)).mappings()]

    def status_counts(self, source_id: str | None = None) -> dict[str, int]:
        query = select(documents.c.status, func.count()).group_by(documents.c.status)
        if source_id:
            query = query.where(documents.c.source_id == source_id)
        with self.engine.connect() as conn:
            return {status: count for status, count in conn.execute(query)}

    # --- extractions -----------------------------------------------------------------------------------------

    def save_extraction(self, sha256: str, extraction: Extraction, seconds: float | None = None) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(extractions).where(and_(extractions.c.sha256 == sha256,
                                                        extractions.c.extractor_version == extraction.extractor_version)))
            conn.execute(insert(extractions).values(sha256=sha256, extractor_version=extraction.extractor_version,
                                                    result=extraction.to_dict(), created_at=utcnow(), seconds=seconds))

    def extraction(self, sha256: str, extractor_version: str | None = None) -> Extraction | None:
        query = select(extractions.c.result).where(extractions.c.sha256 == sha256)
        if extractor_version:
            query = query.where(extractions.c.extractor_version == extractor_version)
        with self.engine.connect() as conn:
            row = conn.execute(query.order_by(extractions.c.created_at.desc())).first()
        return extraction_from_dict(row[0]) if row else None

    # --- saved searches and alerts ---------------------------------------------------------------------------

    def saved_searches(self) -> list[SavedSearch]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(saved_searches).order_by(saved_searches.c.id)).mappings().all()
        return [SavedSearch(id=r["id"], name=r["name"], query=r["query"] or {}, notify_changes=bool(r["notify_changes"]),
                            created_at=r["created_at"]) for r in rows]

    def add_saved_search(self, name: str, query: dict, notify_changes: bool = True) -> int:
        with self.engine.begin() as conn:
            result = conn.execute(insert(saved_searches).values(name=name, query=query,
                                                                notify_changes=int(notify_changes),
                                                                created_at=utcnow()))
            return int(result.inserted_primary_key[0])

    def delete_saved_search(self, saved_search_id: int) -> bool:
        with self.engine.begin() as conn:
            conn.execute(delete(alerts).where(alerts.c.saved_search_id == saved_search_id))
            return conn.execute(delete(saved_searches).where(saved_searches.c.id == saved_search_id)).rowcount > 0

    def add_alert(self, saved_search_id: int, document_id: str, sha256: str, kind: str) -> bool:
        """Record an alert once per (search, document version); True when it is new."""
        with self.engine.begin() as conn:
            exists = conn.execute(select(alerts.c.id).where(and_(
                alerts.c.saved_search_id == saved_search_id, alerts.c.document_id == document_id,
                alerts.c.sha256 == sha256))).first()
            if exists:
                return False
            conn.execute(insert(alerts).values(saved_search_id=saved_search_id, document_id=document_id,
                                               sha256=sha256, kind=kind, created_at=utcnow()))
            return True

    def alerts_for(self, saved_search_id: int, limit: int = 100) -> list[Alert]:
        with self.engine.connect() as conn:
            return [Alert(**r) for r in conn.execute(select(alerts).where(alerts.c.saved_search_id == saved_search_id)
                                                  .order_by(alerts.c.id.desc()).limit(limit)).mappings()]


def upgrade_schema(engine: Engine) -> list[str]:
    """Bring a catalogue made by an older version up to this schema; return the statements run.

    ``create_all`` makes missing tables but never changes existing ones, so a data directory or a shared
    Postgres catalogue from an earlier release would keep a too-narrow column (run triggers grew to Airflow's
    250-character run ids) or lack a newer one, and fail mid-run. Only safe changes are made: nullable
    columns are added, text columns widened. Anything else is refused with the table and column named.
    """
    inspector = inspect(engine)
    statements: list[str] = []
    enforces_length = engine.dialect.name != "sqlite"  # SQLite ignores VARCHAR lengths
    for table in metadata.sorted_tables:
        existing = {c["name"]: c for c in inspector.get_columns(table.name)}
        for column in table.columns:
            found = existing.get(column.name)
            column_type = column.type.compile(dialect=engine.dialect)
            if found is None:
                if not column.nullable:
                    raise RuntimeError(f"catalogue table {table.name!r} lacks the required column {column.name!r}; "
                                       "it was made by an incompatible version: start a new catalogue and reindex")
                statements.append(f'ALTER TABLE {table.name} ADD COLUMN "{column.name}" {column_type}')
            elif (enforces_length and isinstance(column.type, String) and column.type.length
                  and getattr(found["type"], "length", None) and found["type"].length < column.type.length):
                statements.append(f'ALTER TABLE {table.name} ALTER COLUMN "{column.name}" TYPE {column_type}')
    if statements:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
    return statements


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers (web app) never block the ingest writer
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


_DOC_FIELDS = {f.name for f in fields(DocumentRecord)}


def _meeting(row) -> Meeting:
    """A meeting as catalogued (its id is ``Meeting.meeting_id``; its papers: ``documents_where(meeting_id=…)``)."""
    return Meeting(source_id=row["source_id"], key=row["key"], date=row["date"], title=row["title"],
                   time=row["time"], status=row["status"], status_raw=row["status_raw"], location=row["location"],
                   url=row["url"], attendance=attendance_from_dicts(row["site_attendance"]))


def _document_record(row) -> DocumentRecord:
    values = {("document_id" if k == "id" else k): v for k, v in dict(row).items()}
    return DocumentRecord(**{k: v for k, v in values.items() if k in _DOC_FIELDS})
