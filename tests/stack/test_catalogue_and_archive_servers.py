"""`boardpapers ingest`, the real command, with its catalogue on a real Postgres server (BOARDPAPERS_CATALOGUE_URL)
and its archive on a real S3 server (BOARDPAPERS_ARCHIVE_URL=s3://…, s3proxy): the stack's launchers as fixtures."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from boardpapers.catalogue import Catalogue
from boardpapers.samplesites import ModernGovSpec, start_moderngov

pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

SITE = ModernGovSpec()


@pytest.fixture(scope="module")
def servers_env(postgres_server, s3_server, tmp_path_factory):
    catalogue_url = postgres_server.ensure_database("ingest_test", "ingest_test", "ingest-test-password")
    s3_server.ensure_bucket("ingest-archive")
    home = tmp_path_factory.mktemp("home")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BOARDPAPERS_", "AWS_", "FSSPEC_"))}
    env.update(s3_server.client_environment())
    env.update({"BOARDPAPERS_CATALOGUE_URL": catalogue_url, "BOARDPAPERS_ARCHIVE_URL": "s3://ingest-archive/papers",
                "BOARDPAPERS_ENGINE": "embedded", "BOARDPAPERS_HOME": str(home)})
    return env


def ingest(env, sources) -> dict:
    out = subprocess.run([sys.executable, "-m", "boardpapers.cli", "ingest", "--sources", str(sources), "--json",
                          "--quiet"], env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-3000:]
    return json.loads(out.stdout)


def test_ingest_keeps_its_catalogue_on_postgres_and_its_archive_on_s3(servers_env, s3_server, tmp_path):
    with start_moderngov(SITE) as site:
        entry = next(e for e in site.source_entries() if e["id"] == SITE.source_id)
        entry["from_date"] = "2020-01-01"
        sources = tmp_path / "sources.yaml"
        sources.write_text(yaml.safe_dump({"sources": [entry]}))
        first = ingest(servers_env, sources)
        site.reset_log()
        second = ingest(servers_env, sources)
        pdf_requests = [r.target for r in site.requests if ".pdf" in r.target.lower()]
    assert first["totals"]["new"] == first["totals"]["indexed"] == 13
    assert second["totals"]["new"] == 0 and pdf_requests == []

    catalogue = Catalogue(servers_env["BOARDPAPERS_CATALOGUE_URL"])
    try:
        assert catalogue.engine.url.get_backend_name() == "postgresql"
        documents = catalogue.documents_where(source_id=SITE.source_id)
    finally:
        catalogue.close()
    assert len(documents) == 13 and {d.status for d in documents} == {"indexed"}
    stored = [p.rsplit("/", 1)[-1] for p in s3_server.filesystem().find("ingest-archive/papers")]
    assert sorted(n for n in stored if re.fullmatch("[0-9a-f]{64}", n)) == sorted({d.sha256 for d in documents})
    local_archive = Path(servers_env["BOARDPAPERS_HOME"]) / "archive"
    assert not local_archive.exists() or not any(local_archive.iterdir())  # nothing went to local disk
