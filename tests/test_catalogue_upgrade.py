"""A catalogue made by an older release is brought up to the current schema when it is opened (SQLite here;
the Postgres case, where column widths are enforced, is in tests/stack/test_catalogue_upgrade.py)."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import create_engine, text

from boardpapers.catalogue import Catalogue, metadata, upgrade_schema


def old_sqlite_catalogue(path) -> str:
    url = f"sqlite:///{path}"
    engine = create_engine(url)
    metadata.create_all(engine)
    with engine.begin() as conn:  # an earlier release had no run error text
        conn.execute(text("ALTER TABLE runs DROP COLUMN error"))
    engine.dispose()
    return url


def test_missing_nullable_column_is_added_and_used(tmp_path):
    url = old_sqlite_catalogue(tmp_path / "old.sqlite")
    catalogue = Catalogue(url)
    try:
        run_id = catalogue.start_run("board-a", "discover", trigger="airflow:" + "x" * 240)
        catalogue.finish_run(run_id, "failed", error="the listing page changed")
        (run,) = catalogue.runs_for("board-a")
    finally:
        catalogue.close()
    assert run.error == "the listing page changed" and run.trigger == "airflow:" + "x" * 240
    columns = [r[1] for r in sqlite3.connect(tmp_path / "old.sqlite").execute("PRAGMA table_info(runs)")]
    assert "error" in columns


def test_current_catalogue_needs_no_change(tmp_path):
    Catalogue(f"sqlite:///{tmp_path / 'c.sqlite'}").close()
    engine = create_engine(f"sqlite:///{tmp_path / 'c.sqlite'}")
    assert upgrade_schema(engine) == []


def test_missing_required_column_is_refused_by_name(tmp_path):
    url = f"sqlite:///{tmp_path / 'bad.sqlite'}"
    engine = create_engine(url)
    metadata.create_all(engine)
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE runs DROP COLUMN stage"))
    with pytest.raises(RuntimeError, match="'runs' lacks the required column 'stage'"):
        upgrade_schema(engine)
