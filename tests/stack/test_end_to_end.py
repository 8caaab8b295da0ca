"""End to end through the production stack started by ``scripts/stack up``: Postgres, Redis, two Celery workers, the
real api-server / scheduler / dag-processor / triggerer, Elasticsearch, s3proxy and the web app, with a sample
ModernGov site on 127.0.0.1 as the source. The tests run in order and share the stack and the site.
"""
from __future__ import annotations

import datetime as dt
import re
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import yaml

from boardpapers.samplesites import ModernGovSpec, start_moderngov
from boardpapers.stack import Stack, wait_until

from .conftest import run_stack

pytestmark = [pytest.mark.slow, pytest.mark.airflow, pytest.mark.timeout(1500)]

SITE = ModernGovSpec()  # Westholme: a ModernGov site with its web service on
SOURCE_ID = SITE.source_id
FROM_DATE = "2020-01-01"  # the site's last three meetings: 13 papers
DOCUMENT_HINTS = (".pdf", "mgconvert2pdf", "document.ashx")


@pytest.fixture(scope="module")
def site():
    with start_moderngov(SITE) as sites:
        yield sites


@pytest.fixture(scope="module")
def stack(stack_env):
    return Stack(Path(stack_env["STACK_DIR"]))


def processing_runs(api) -> list[dict]:
    return api.runs(f"process__{SOURCE_ID}")


def finished(api, dag_id: str, run_id: str) -> dict | None:
    return api.finished(dag_id, run_id)


def catalogue(stack):
    from boardpapers.catalogue import Catalogue

    env = stack.saved_environment()
    return Catalogue(env["BOARDPAPERS_CATALOGUE_URL"])


def es_document_ids(stack) -> list[str]:
    """Document ids in the documents index (one hit per document, all of them, duplicates visible)."""
    from elasticsearch import Elasticsearch

    es = Elasticsearch(stack.urls()["elasticsearch"])
    es.indices.refresh(index="boardpapers-*")
    body = {"size": 0, "query": {"term": {"source_id": SOURCE_ID}},
            "aggs": {"docs": {"terms": {"field": "document_id", "size": 1000}}}}
    result = es.search(index="boardpapers-documents", body=body)
    return sorted(b["key"] for b in result["aggregations"]["docs"]["buckets"])


def web_search(stack, query: str) -> str:
    params = urllib.parse.urlencode({"q": query, "body": SOURCE_ID, "per_page": 100})
    with urllib.request.urlopen(f"{stack.urls()['web']}/search?{params}", timeout=60) as response:  # noqa: S310
        return response.read().decode()


def document_requests(site) -> list[str]:
    return [r.target for r in site.requests if any(h in urllib.parse.unquote(r.target).lower() for h in DOCUMENT_HINTS)]


def run_discovery_and_processing(stack, api, before: set[str]) -> tuple[dict, dict]:
    """Trigger discovery; wait for it, then for the asset-triggered processing run it causes."""
    run = api.trigger(f"discover__{SOURCE_ID}")
    wait_until("discovery finished", lambda: finished(api, f"discover__{SOURCE_ID}", run["dag_run_id"]))
    processing = wait_until("an asset-triggered processing run", lambda: [
        r for r in processing_runs(api) if r["dag_run_id"] not in before])[0]
    return run, processing


def test_a_new_source_is_discovered_on_schedule_and_processed_on_the_celery_workers(stack, stack_env, site):
    entry = next(e for e in site.source_entries() if e["id"] == SOURCE_ID)
    entry["from_date"] = FROM_DATE
    Path(stack_env["BOARDPAPERS_SOURCES"]).write_text(yaml.safe_dump({"sources": [entry]}, sort_keys=False))
    pools = run_stack("pools", env=stack_env)  # the new site's host pool, from the sources file
    assert pools.returncode == 0, pools.stderr
    api = stack.api()
    started = time.monotonic()
    # Unpaused at creation and @daily with catchup off: the dag-processor's first parse starts a discovery run.
    discovery = wait_until("a scheduled discovery run", lambda: api.runs(f"discover__{SOURCE_ID}"))[0]
    assert discovery["run_type"] == "scheduled"
    discovery = wait_until("discovery finished", lambda: finished(api, f"discover__{SOURCE_ID}", discovery["dag_run_id"]))
    assert discovery["state"] == "success"
    events = api.asset_events(f"boardpapers://documents/{SOURCE_ID}")
    assert len(events) == 1
    ids = events[0]["extra"]["document_ids"]
    processing = wait_until("the processing run", lambda: processing_runs(api))[0]
    assert processing["dag_run_id"].startswith("asset_triggered__") and processing["run_type"] == "asset_triggered"
    processing = wait_until("processing finished", lambda: finished(api, f"process__{SOURCE_ID}", processing["dag_run_id"]),
                            timeout=900)
    print(f"new source → {len(ids)} papers searchable in {time.monotonic() - started:.0f} s")
    assert processing["state"] == "success"
    mapped = [t for t in api.task_instances(f"process__{SOURCE_ID}", processing["dag_run_id"])
              if t["task_id"] == "process_document"]
    assert len(mapped) == len(ids) == 13 and {t["state"] for t in mapped} == {"success"}
    worker_logs = "".join((Path(stack.directory) / "logs" / f"{w}.log").read_text() for w in ("worker1", "worker2"))
    assert processing["dag_run_id"] in worker_logs  # executed by the Celery workers

    cat = catalogue(stack)  # the catalogue is the stack's Postgres
    assert cat.engine.url.get_backend_name() == "postgresql"
    documents = cat.documents_where(source_id=SOURCE_ID)
    assert sorted(d.document_id for d in documents) == sorted(ids)
    assert {d.status for d in documents} == {"indexed"}
    objects = stack.s3().filesystem().find("boardpapers-archive")  # the archive is on the S3 server
    names = [o.rsplit("/", 1)[-1] for o in objects]
    assert sorted(n for n in names if re.fullmatch("[0-9a-f]{64}", n)) == sorted({d.sha256 for d in documents})
    assert es_document_ids(stack) == sorted(ids)
    page = web_search(stack, "Westholme")
    assert sorted(set(re.findall(r"/documents/([0-9a-f]{16})", page)) & set(ids)) == sorted(ids)


def test_an_unchanged_rerun_starts_no_processing_and_downloads_nothing(stack, site):
    api = stack.api()
    before = {r["dag_run_id"] for r in processing_runs(api)}
    site.reset_log()
    run = api.trigger(f"discover__{SOURCE_ID}")
    wait_until("discovery finished", lambda: finished(api, f"discover__{SOURCE_ID}", run["dag_run_id"]))
    states = {t["task_id"]: t["state"] for t in api.task_instances(f"discover__{SOURCE_ID}", run["dag_run_id"])}
    assert states == {"discover": "skipped"}
    time.sleep(20)  # the scheduler would have queued an asset-triggered run by now
    assert {r["dag_run_id"] for r in processing_runs(api)} == before
    assert len(api.asset_events(f"boardpapers://documents/{SOURCE_ID}")) == 1
    assert document_requests(site) == []


def test_a_newly_published_paper_becomes_searchable(stack, site):
    api = stack.api()
    before = {r["dag_run_id"] for r in processing_runs(api)}
    site.add_meeting("extra", dt.date.today(), phrase="dementia friendly allotments")
    started = time.monotonic()
    _, processing = run_discovery_and_processing(stack, api, before)
    processing = wait_until("processing finished", lambda: finished(api, f"process__{SOURCE_ID}", processing["dag_run_id"]))
    assert processing["state"] == "success"
    print(f"new paper → searchable {time.monotonic() - started:.0f} s after the discovery trigger")
    page = web_search(stack, '"dementia friendly allotments"')
    found = set(re.findall(r"/documents/([0-9a-f]{16})", page))
    assert len(found) == 2  # the new meeting's agenda and report both carry the phrase
    assert found <= set(es_document_ids(stack))


def _indexed_and_unique(stack) -> tuple[list[str], list[str]]:
    """(indexed in the catalogue, in Elasticsearch); also checks that every page is in the index exactly once."""
    from elasticsearch import Elasticsearch

    from boardpapers.extractors import EXTRACTOR_VERSION

    cat = catalogue(stack)
    docs = [d for d in cat.documents_where(source_id=SOURCE_ID) if d.status == "indexed"]
    pages = sum(max(1, len(cat.extraction(d.sha256, EXTRACTOR_VERSION).pages)) for d in docs)  # stub if none
    es = Elasticsearch(stack.urls()["elasticsearch"])
    nested = es.search(index="boardpapers-documents", size=0, query={"term": {"source_id": SOURCE_ID}},
                       aggs={"pages": {"nested": {"path": "pages"}}})  # one nested page per page
    assert nested["aggregations"]["pages"]["doc_count"] == pages
    return sorted(d.document_id for d in docs), es_document_ids(stack)


def test_a_celery_worker_killed_mid_task_loses_and_duplicates_nothing(stack, stack_env, site):
    api = stack.api()
    run_stack("stop", "worker2", env=stack_env)  # one worker, so the task killed is certainly on it
    before = {r["dag_run_id"] for r in processing_runs(api)}
    site.add_meeting("extra", dt.date.today() - dt.timedelta(days=1), phrase="community pharmacy hours")
    _, processing = run_discovery_and_processing(stack, api, before)
    dag_id, run_id = f"process__{SOURCE_ID}", processing["dag_run_id"]
    wait_until("a document being processed", lambda: [t for t in api.task_instances(dag_id, run_id)
                                                      if t["task_id"] == "process_document" and t["state"] == "running"],
               every=0.5)
    killed = run_stack("kill", "worker1", env=stack_env)  # SIGKILL to the worker's whole process group
    assert killed.returncode == 0 and killed.stdout.strip()
    for worker in ("worker1", "worker2"):
        assert run_stack("start", worker, env=stack_env).returncode == 0
    processing = wait_until("processing finished after the kill", lambda: finished(api, dag_id, run_id), timeout=900)
    assert processing["state"] == "success"
    mapped = [t for t in api.task_instances(dag_id, run_id) if t["task_id"] == "process_document"]
    assert {t["state"] for t in mapped} == {"success"}
    assert max(t["try_number"] for t in mapped) >= 2  # the killed task was retried
    indexed, in_es = _indexed_and_unique(stack)
    assert indexed == in_es  # nothing lost, nothing twice
    assert len(set(re.findall(r"/documents/([0-9a-f]{16})", web_search(stack, '"community pharmacy hours"')))) == 2


def test_a_scheduler_restarted_mid_run_lets_the_run_complete(stack, stack_env, site):
    api = stack.api()
    before = {r["dag_run_id"] for r in processing_runs(api)}
    site.add_meeting("extra", dt.date.today() - dt.timedelta(days=2), phrase="respite care vouchers")
    _, processing = run_discovery_and_processing(stack, api, before)
    dag_id, run_id = f"process__{SOURCE_ID}", processing["dag_run_id"]
    assert run_stack("stop", "scheduler", env=stack_env).returncode == 0
    time.sleep(5)
    assert run_stack("start", "scheduler", env=stack_env).returncode == 0
    processing = wait_until("processing finished after the restart", lambda: finished(api, dag_id, run_id), timeout=900)
    assert processing["state"] == "success"
    indexed, in_es = _indexed_and_unique(stack)
    assert indexed == in_es
    assert len(set(re.findall(r"/documents/([0-9a-f]{16})", web_search(stack, '"respite care vouchers"')))) == 2
