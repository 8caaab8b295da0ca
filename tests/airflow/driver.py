"""Runs the boardpapers DAGs in a fresh, private Airflow (own AIRFLOW_HOME, SQLite) against the sample sites.

Run as a script in a subprocess by test_dags.py, so Airflow's configuration never leaks into the test process:
``python tests/airflow/driver.py SCENARIO WORKDIR``; the last line of stdout is a JSON result.
Scenarios: ``dagbag`` (parse only) and ``lifecycle`` (see scenario_lifecycle).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCE_KEY = "nhs"  # the listing site: the smallest sample source (about 40 papers)


def configure(workdir: Path, sources_yaml: str) -> None:
    """Environment for a private Airflow; must run before airflow is imported."""
    (workdir / "sources.yaml").write_text(sources_yaml, encoding="utf-8")
    os.environ.update({
        "AIRFLOW_HOME": str(workdir / "airflow"),
        "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
        "BOARDPAPERS_SOURCES": str(workdir / "sources.yaml"),
        "BOARDPAPERS_HOME": str(workdir / "home"),
        "BOARDPAPERS_ENGINE": "embedded",
    })


def migrate() -> None:
    subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"], check=True, capture_output=True, env=os.environ)


def dagbag():
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(REPO / "dags"))


def scenario_dagbag(workdir: Path) -> dict:
    from boardpapers.samplesites import SampleSites

    sites = SampleSites()  # not started: only its sources file is needed
    for number, app in enumerate(sites.apps.values()):
        app.origin = f"http://127.0.0.1:{18000 + number}"
    configure(workdir, sites.sources_yaml())
    bag = dagbag()
    dags = {}
    for dag_id, dag in bag.dags.items():
        timetable = dag.timetable
        condition = getattr(timetable, "asset_condition", None)
        assets = [getattr(a, "uri", None) for a in getattr(condition, "objects", [])]
        dags[dag_id] = {
            "timetable": type(timetable).__name__,
            "asset_triggered": type(timetable).__name__ == "AssetTriggeredTimetable",
            "schedule_assets": assets,
            "outlets": sorted({o.uri for t in dag.tasks for o in t.outlets}),
            "tasks": {t.task_id: {"pool": t.pool, "retries": t.retries, "mapped": "Mapped" in type(t).__name__,
                                  "backoff": t.retry_exponential_backoff, "trigger_rule": str(t.trigger_rule)}
                      for t in dag.tasks},
            "catchup": dag.catchup, "max_active_runs": dag.max_active_runs,
        }
    # a bad sources file: an import error that names the problem
    (workdir / "bad.yaml").write_text("sources:\n  - id: broken\n    kind: nonsense\n", encoding="utf-8")
    os.environ["BOARDPAPERS_SOURCES"] = str(workdir / "bad.yaml")
    bad = dagbag()
    return {"source_ids": [s["id"] for s in sites.source_entries()], "import_errors": bag.import_errors,
            "dags": dags, "bad_import_errors": bad.import_errors, "bad_dags": list(bad.dags)}


def asset_events(dag_id: str) -> list[dict]:
    from sqlalchemy import select

    from airflow.models.asset import AssetEvent
    from airflow.utils.session import create_session

    with create_session() as session:
        rows = session.scalars(select(AssetEvent).where(AssetEvent.source_dag_id == dag_id)
                               .order_by(AssetEvent.id)).all()
        return [{"uri": row.asset.uri, "extra": row.extra, "run_id": row.source_run_id} for row in rows]


def task_states(dag_run) -> dict:
    from sqlalchemy import select

    from airflow.models.taskinstance import TaskInstance
    from airflow.utils.session import create_session

    with create_session() as session:
        tis = session.scalars(select(TaskInstance).where(TaskInstance.dag_id == dag_run.dag_id,
                                                         TaskInstance.run_id == dag_run.run_id)).all()
        return {f"{ti.task_id}[{ti.map_index}]" if ti.map_index >= 0 else ti.task_id: str(ti.state) for ti in tis}


def run(dag, **kwargs) -> dict:
    dag_run = dag.test(**kwargs)
    return {"state": str(dag_run.state), "tasks": task_states(dag_run), "run_id": dag_run.run_id}


def catalogue_snapshot(source_id: str) -> dict:
    from boardpapers.pipeline import Workspace

    with Workspace.open(os.environ["BOARDPAPERS_HOME"]) as ws:
        return {"statuses": ws.catalogue.status_counts(source_id),
                "documents": {d.url: {"id": d.document_id, "status": d.status, "error": d.error}
                              for d in ws.catalogue.documents_where(source_id=source_id)}}


def scenario_lifecycle(workdir: Path) -> dict:
    """One broken PDF among a source's papers: discover → (asset event) → process; discover again with nothing
    changed; then search the embedded index."""
    import yaml

    from boardpapers.samplesites import SampleSites

    with SampleSites.start() as sites:
        source_id = sites.source_id(SOURCE_KEY)
        entries = [e for e in sites.source_entries() if e["id"] == source_id]
        configure(workdir, yaml.safe_dump({"sources": entries}, sort_keys=False))
        truth = sites.truth[source_id]
        target = next(d for d in truth.documents.values() if d.fetchable and d.listed and d.layout == "text")
        sites.republish(target.key, b"%PDF-1.4\nthis is not really a PDF\n")
        migrate()
        bag = dagbag()
        assert not bag.import_errors, bag.import_errors
        discover, process = bag.get_dag(f"discover__{source_id}"), bag.get_dag(f"process__{source_id}")
        result: dict = {"source_id": source_id, "corrupted_url": target.url, "steps": []}

        def step(name: str, dag, ids=None) -> dict:
            # dag.test() makes a manual run, which has no triggering asset events: the ids the asset event
            # carries are handed to the processing run as its document_ids param (a scheduler passes the event).
            outcome = run(dag, run_conf={"document_ids": ids}) if ids is not None else run(dag)
            outcome["name"] = name
            outcome["events"] = asset_events(discover.dag_id)
            result["steps"].append(outcome)
            return outcome

        first = step("discover1", discover)
        ids = first["events"][-1]["extra"]["document_ids"] if first["events"] else []
        step("process1", process, ids)
        result["after_process1"] = catalogue_snapshot(source_id)
        step("discover2", discover)  # nothing changed on the site: only the failed paper is queued again
        result["final"] = catalogue_snapshot(source_id)

        from boardpapers.models import SearchQuery
        from boardpapers.search import open_engine

        engine = open_engine("embedded", home=Path(os.environ["BOARDPAPERS_HOME"]))
        try:
            result["phrases"] = {}
            for phrase, expected in truth.phrases.items():
                found = engine.search(SearchQuery(q=f'"{phrase}"', limit=100))
                result["phrases"][phrase] = {"expected": sorted(expected), "found": sorted({h.url for h in found.hits})}
            result["indexed_documents"] = engine.document_count()
        finally:
            engine.close()
        result["truth_fetchable"] = sorted(d.url for d in truth.documents.values() if d.fetchable and d.listed)
        return result


def main() -> int:
    scenario, workdir = sys.argv[1], Path(sys.argv[2])
    workdir.mkdir(parents=True, exist_ok=True)
    if scenario == "dagbag":
        result = scenario_dagbag(workdir)
    else:
        result = scenario_lifecycle(workdir)
    print("\n" + json.dumps(result, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
