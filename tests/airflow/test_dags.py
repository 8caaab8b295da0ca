"""The Airflow DAGs, parsed and run by a real Airflow 3 (in-process ``dag.test()`` on a private SQLite metadata
database) against the bundled sample sites. Each scenario runs ``driver.py`` in a subprocess with its own
AIRFLOW_HOME, so Airflow's configuration never leaks into this process or other tests."""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.airflow,
    pytest.mark.skipif(importlib.util.find_spec("airflow") is None,
                       reason="Apache Airflow is not installed (pip install -e '.[airflow]')"),
]

DRIVER = Path(__file__).with_name("driver.py")
REPO = Path(__file__).resolve().parents[2]


def drive(scenario: str, workdir: Path, timeout: float = 400) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "BOARDPAPERS_"))}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["PYTHONPATH"] = str(REPO)
    result = subprocess.run([sys.executable, str(DRIVER), scenario, str(workdir)], capture_output=True, text=True,
                            timeout=timeout, env=env, cwd=str(REPO))
    if result.returncode != 0:
        raise AssertionError(f"driver {scenario} exited {result.returncode}:\n{result.stderr[-4000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def parsed(tmp_path_factory):
    return drive("dagbag", tmp_path_factory.mktemp("airflow-dagbag"))


@pytest.fixture(scope="module")
def lifecycle(tmp_path_factory):
    return drive("lifecycle", tmp_path_factory.mktemp("airflow-lifecycle"))


def test_dagbag_loads_one_discovery_and_one_asset_triggered_processing_dag_per_source(parsed):
    assert parsed["import_errors"] == {}
    dags = parsed["dags"]
    sources = parsed["source_ids"]
    assert len(sources) >= 4
    discovery = {d for d, info in dags.items() if info["outlets"] and not info["asset_triggered"]}
    processing = {d for d, info in dags.items() if info["asset_triggered"]}
    assert len(discovery) == len(processing) == len(sources) == len(dags) / 2
    for source_id in sources:
        uri = f"boardpapers://documents/{source_id}"
        producers = [d for d in discovery if dags[d]["outlets"] == [uri]]
        consumers = [d for d in processing if dags[d]["schedule_assets"] == [uri]]
        assert len(producers) == 1 and len(consumers) == 1, source_id
        assert source_id in producers[0] and source_id in consumers[0]  # operators find a source's DAGs by id
        producer, consumer = dags[producers[0]], dags[consumers[0]]
        assert producer["timetable"] == "CronTriggerTimetable"  # the source's schedule, default @daily
        assert producer["catchup"] is False and producer["max_active_runs"] == 1
        fetch = producer["tasks"]["discover"]
        assert fetch["pool"].startswith("host__127.0.0.1") and fetch["retries"] == 3 and fetch["backoff"] > 1
        mapped = consumer["tasks"]["process_document"]
        assert mapped["mapped"] and mapped["pool"] == fetch["pool"] and mapped["retries"] == 3
        assert consumer["tasks"]["summary"]["trigger_rule"].endswith("ALL_DONE")
    pools = {dags[d]["tasks"]["discover"]["pool"] for d in discovery}
    assert len(pools) == len(sources)  # one pool per host: each sample site has its own port


def test_a_bad_sources_file_is_an_import_error_naming_the_problem(parsed):
    assert parsed["bad_dags"] == []
    (message,) = parsed["bad_import_errors"].values()
    assert "boardpapers DAGs not built" in message and "'kind' must be one of" in message and "nonsense" in message


def _step(lifecycle, name):
    return next(s for s in lifecycle["steps"] if s["name"] == name)


def test_discovery_emits_one_asset_event_carrying_the_document_ids(lifecycle):
    first = _step(lifecycle, "discover1")
    assert first["state"].endswith("success") and first["tasks"] == {"discover": "success"}
    (event,) = first["events"]
    assert event["uri"] == f"boardpapers://documents/{lifecycle['source_id']}"
    extra = event["extra"]
    assert len(extra["document_ids"]) == len(lifecycle["final"]["documents"]) == extra["counts"]["new"] > 30
    assert extra["counts"]["documents_seen"] == len(extra["document_ids"])


def test_processing_maps_one_task_per_document_and_one_bad_pdf_fails_only_its_own(lifecycle):
    process = _step(lifecycle, "process1")
    documents = lifecycle["after_process1"]["documents"]
    mapped = {k: v for k, v in process["tasks"].items() if k.startswith("process_document[")}
    assert len(mapped) == len(documents)
    assert sorted(mapped.values()).count("failed") == 1
    assert process["tasks"]["collect"] == "success"
    assert process["tasks"]["summary"] == "failed"  # ran after all_done, logged counts, and names the failure
    broken = documents[lifecycle["corrupted_url"]]
    assert broken["status"] == "failed" and "corrupt PDF" in broken["error"] and broken["error"].startswith("extract")
    others = [d for url, d in documents.items() if url != lifecycle["corrupted_url"]]
    assert others and all(d["status"] == "indexed" for d in others)
    assert lifecycle["after_process1"]["statuses"] == {"indexed": len(others), "failed": 1}


def test_rediscovery_of_an_unchanged_source_queues_only_the_failed_paper_again(lifecycle):
    # Nothing new or changed; the paper that failed is queued again (up to 3 attempts), so one event carries it.
    second = _step(lifecycle, "discover2")
    broken = lifecycle["after_process1"]["documents"][lifecycle["corrupted_url"]]
    assert second["tasks"] == {"discover": "success"}
    assert len(second["events"]) == 2
    extra = second["events"][-1]["extra"]
    assert extra["document_ids"] == extra["retry"] == [broken["id"]]
    assert extra["new"] == extra["changed"] == []
    assert lifecycle["final"]["statuses"] == lifecycle["after_process1"]["statuses"]


def test_processed_documents_are_found_in_the_embedded_index(lifecycle):
    assert lifecycle["phrases"]
    for phrase, result in lifecycle["phrases"].items():
        expected = sorted(set(result["expected"]) - {lifecycle["corrupted_url"]})
        assert expected, phrase
        assert result["found"] == expected, phrase
    assert lifecycle["indexed_documents"] == len(lifecycle["truth_fetchable"]) - 1
