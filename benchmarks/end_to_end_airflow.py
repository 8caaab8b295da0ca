"""End-to-end latency through the Airflow DAGs: a new paper appears on a site → searchable.

Runs in a private Airflow (own AIRFLOW_HOME, SQLite) with `dag.test()` in-process, against the bundled NHS
listing sample site: a first discover + process cycle, then a new meeting with a unique phrase is published,
and the clock runs from that moment through discovery (asset event), processing (mapped tasks) until the
embedded index returns the phrase. Scheduler latency (the asset event waking the processing DAG, default
heartbeat a few seconds) is not included: `dag.test()` cannot deliver asset events, so the event's document
ids are passed to the processing run as its param, as in tests/airflow/driver.py.

    .venv/bin/python benchmarks/end_to_end_airflow.py    # writes benchmarks/results/end-to-end.md
"""
from __future__ import annotations

import datetime as dt
import platform
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from tests.airflow import driver  # noqa: E402  (the same private-Airflow set-up the tests use)


def main() -> int:
    import os

    import yaml

    from boardpapers.models import SearchQuery
    from boardpapers.samplesites import SampleSites
    from boardpapers.search import open_engine

    workdir = Path(tempfile.mkdtemp(prefix="bp-e2e-"))
    with SampleSites.start() as sites:
        source_id = sites.source_id(driver.SOURCE_KEY)
        entries = [e for e in sites.source_entries() if e["id"] == source_id]
        driver.configure(workdir, yaml.safe_dump({"sources": entries}, sort_keys=False))
        driver.migrate()
        bag = driver.dagbag()
        discover, process = bag.get_dag(f"discover__{source_id}"), bag.get_dag(f"process__{source_id}")

        def cycle(full: bool) -> tuple[float, float, int]:
            started = time.perf_counter()
            before = len(driver.asset_events(discover.dag_id))
            driver.run(discover, run_conf={"full": full})
            events = driver.asset_events(discover.dag_id)
            discovered = time.perf_counter()
            ids = events[-1]["extra"]["document_ids"] if len(events) > before else []
            if ids:
                driver.run(process, run_conf={"document_ids": ids})
            return discovered - started, time.perf_counter() - discovered, len(ids)

        initial = cycle(False)
        phrase = "tartan ribbon wellbeing compact"
        published = time.perf_counter()
        sites.add_meeting(driver.SOURCE_KEY, dt.date(2020, 10, 19), phrase=phrase)
        discover_s, process_s, documents = cycle(True)
        engine = open_engine("embedded", home=Path(os.environ["BOARDPAPERS_HOME"]))
        try:
            found = engine.search(SearchQuery(q=f'"{phrase}"')).total
        finally:
            engine.close()
        total = time.perf_counter() - published
    if found < 1:
        print("the new paper was not found in the index", file=sys.stderr)
        return 1
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                if l.startswith("model name")), platform.processor())
    text = f"""# End-to-end through the Airflow DAGs

- date: {dt.datetime.now().isoformat(timespec='seconds')}
- machine: {cpu}, {len(os.sched_getaffinity(0))} cores, Python {platform.python_version()}
- command: `python benchmarks/end_to_end_airflow.py` (Airflow `dag.test()` in-process, SQLite metadata DB)
- baseline in the same run: the first full cycle over the whole listing site

| run | discovery DAG (s) | processing DAG (s) | documents processed |
|---|---:|---:|---:|
| first cycle, whole site (baseline) | {initial[0]:.1f} | {initial[1]:.1f} | {initial[2]} |
| new meeting published → discover (full) → process | {discover_s:.1f} | {process_s:.1f} | {documents} |

From the new paper appearing on the site to it being searchable: **{total:.1f} s** ({found} document(s) match
its phrase). Not included: the scheduler's own latency between the asset event and the processing DAG run,
and the discovery schedule's interval (daily by default), which dominates in production.
"""
    out = HERE / "results" / "end-to-end.md"
    out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
