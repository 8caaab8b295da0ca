"""A shared Postgres catalogue made by an older release (run trigger VARCHAR(40), before Airflow run ids of up to
250 characters were recorded) is widened when opened, so the first Airflow run on it does not fail."""
from __future__ import annotations

import pytest
import sqlalchemy
from sqlalchemy import create_engine, inspect, text

from boardpapers.catalogue import Catalogue, metadata, upgrade_schema

pytestmark = [pytest.mark.slow]

LONG_TRIGGER = "airflow:asset_triggered__2026-12-02T07:00:00.123456+00:00_" + "a" * 180


def test_old_postgres_catalogue_is_widened_and_extended(postgres_server):
    url = postgres_server.ensure_database("upgrade_test", "upgrade_test", "upgrade-test-password")
    engine = create_engine(url)
    metadata.drop_all(engine)
    metadata.create_all(engine)
    with engine.begin() as conn:  # reproduce the earlier release's table
        conn.execute(text('ALTER TABLE runs ALTER COLUMN "trigger" TYPE VARCHAR(40)'))
        conn.execute(text("ALTER TABLE runs DROP COLUMN error"))
    with engine.begin() as conn, pytest.raises(sqlalchemy.exc.DataError):  # what an old catalogue did
        conn.execute(text("INSERT INTO runs (source_id, stage, started_at, status, \"trigger\") "
                          "VALUES ('b', 'discover', now(), 'running', :t)"), {"t": LONG_TRIGGER})

    catalogue = Catalogue(url)
    try:
        run_id = catalogue.start_run("board-a", "process", trigger=LONG_TRIGGER)
        catalogue.finish_run(run_id, "ok", error=None)
        (run,) = catalogue.runs_for("board-a")
    finally:
        catalogue.close()
    assert run.trigger == LONG_TRIGGER and run.status == "ok"
    columns = {c["name"]: c for c in inspect(engine).get_columns("runs")}
    assert columns["trigger"]["type"].length == 260 and "error" in columns
    assert upgrade_schema(engine) == []  # a second open changes nothing
    metadata.drop_all(engine)
    engine.dispose()
