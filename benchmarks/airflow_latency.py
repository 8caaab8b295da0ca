"""Under the real Airflow scheduler (the native stack: CeleryExecutor, Postgres, Redis, Elasticsearch, s3proxy):

1. latency: a newly published paper → searchable in Elasticsearch, in seconds after its discovery run ends
   (and after the discovery trigger), repeated ``--latency-rounds`` times;
2. throughput: documents processed per minute by one Celery worker and by two, measured alternately
   (1, 2, 2, 1, ...: paired, so the machine's drift falls on both) on batches of new meetings.

``python benchmarks/airflow_latency.py [--rounds 2] [--latency-rounds 3] [--meetings 4] [--out FILE]``

It starts its own stack with ``scripts/stack up`` in a fresh directory (free ports) and stops it at the end.
Pools get 16 slots so the host pool is not the limit; each Celery worker runs 4 tasks at once
(``AIRFLOW__CELERY__WORKER_CONCURRENCY`` in docker/airflow.env).
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from boardpapers.samplesites import ModernGovSpec, start_moderngov  # noqa: E402
from boardpapers.stack import Stack, wait_until  # noqa: E402

SITE = ModernGovSpec()
SOURCE = SITE.source_id


def stack_cmd(env, *args, check=True):
    out = subprocess.run([str(REPO / "scripts" / "stack"), *args], env=env, capture_output=True, text=True,
                         timeout=900, cwd=REPO)
    if check and out.returncode:
        raise SystemExit(f"scripts/stack {' '.join(args)} failed:\n{out.stdout}\n{out.stderr}")
    return out


def wait(what, check, timeout=900, every=0.5):
    return wait_until(what, check, timeout, every)


def when(text: str | None) -> float:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def finished(api, dag_id, run_id):
    return api.finished(dag_id, run_id)


def phrase_hits(es, phrase: str) -> int:
    es.indices.refresh(index="boardpapers-documents")
    return es.count(index="boardpapers-documents", query={"nested": {
        "path": "pages", "query": {"match_phrase": {"pages.text": phrase}}}})["count"]


def discover_and_process(api, before):
    """Trigger discovery; return (discovery run, processing run) once processing has finished."""
    run = api.trigger(f"discover__{SOURCE}")
    discovery = wait("discovery", lambda: finished(api, f"discover__{SOURCE}", run["dag_run_id"]))
    processing = wait("processing run", lambda: [r for r in api.runs(f"process__{SOURCE}")
                                                  if r["dag_run_id"] not in before])[0]
    return run, discovery, processing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=2, help="throughput: pairs of (1 worker, 2 workers) batches")
    parser.add_argument("--latency-rounds", type=int, default=3)
    parser.add_argument("--meetings", type=int, default=4, help="new meetings per throughput batch (2 papers each)")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    from elasticsearch import Elasticsearch

    directory = Path(tempfile.mkdtemp(prefix="bp-bench-stack-", dir="/tmp"))
    directory.chmod(0o755)
    sources = directory / "sources.yaml"
    sources.write_text("sources: []\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "BOARDPAPERS_"))}
    env.update({"STACK_DIR": str(directory / "stack"), "PYTHON": sys.executable, "BOARDPAPERS_SOURCES": str(sources),
                "BOARDPAPERS_POOL_SLOTS": "16", "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5"})
    started = time.monotonic()
    stack_cmd(env, "up")
    up_seconds = time.monotonic() - started
    stack = Stack(directory / "stack")
    api = stack.api()
    es = Elasticsearch(stack.urls()["elasticsearch"])
    lines = []
    try:
        with start_moderngov(SITE) as site:
            entry = next(e for e in site.source_entries() if e["id"] == SOURCE)
            entry["from_date"] = "2020-01-01"
            sources.write_text(yaml.safe_dump({"sources": [entry]}, sort_keys=False))
            stack_cmd(env, "pools")
            first = wait("first discovery", lambda: api.runs(f"discover__{SOURCE}"), every=2)[0]
            wait("first discovery", lambda: finished(api, f"discover__{SOURCE}", first["dag_run_id"]), every=2)
            initial = wait("first processing", lambda: api.runs(f"process__{SOURCE}"), every=2)[0]
            initial = wait("first processing", lambda: finished(api, f"process__{SOURCE}", initial["dag_run_id"]), every=2)
            initial_papers = len([t for t in api.task_instances(f"process__{SOURCE}", initial["dag_run_id"])
                                  if t["task_id"] == "process_document"])

            latencies = []
            day = dt.date.today()
            for i in range(args.latency_rounds):
                phrase = f"latency probe {chr(ord('a') + i)} harbour crossings"
                before = {r["dag_run_id"] for r in api.runs(f"process__{SOURCE}")}
                site.add_meeting("extra", day - dt.timedelta(days=i), phrase=phrase)
                triggered = time.time()
                run = api.trigger(f"discover__{SOURCE}")
                discovery = wait("discovery", lambda: finished(api, f"discover__{SOURCE}", run["dag_run_id"]))
                wait("searchable", lambda: phrase_hits(es, phrase) >= 2, every=0.25)
                searchable = time.time()
                processing = wait("processing run", lambda: [r for r in api.runs(f"process__{SOURCE}")
                                                              if r["dag_run_id"] not in before])[0]
                latencies.append((searchable - when(discovery["end_date"]), searchable - triggered,
                                  when(processing["start_date"]) - when(discovery["end_date"])))
                wait("processing finished", lambda: finished(api, f"process__{SOURCE}", processing["dag_run_id"]))

            throughput = {1: [], 2: []}
            order = [1, 2, 2, 1] * ((args.rounds + 1) // 2)
            for batch, workers in enumerate(order[:2 * args.rounds]):
                if workers == 1:
                    stack_cmd(env, "stop", "worker2")
                else:
                    stack_cmd(env, "start", "worker2")
                    time.sleep(10)  # the worker connects to the broker
                before = {r["dag_run_id"] for r in api.runs(f"process__{SOURCE}")}
                for m in range(args.meetings):
                    site.add_meeting("extra", day - dt.timedelta(days=10 + batch * args.meetings + m),
                                     phrase=f"batch {batch} meeting {m} paper")
                _, _, processing = discover_and_process(api, before)
                processing = wait("processing finished",
                                  lambda: finished(api, f"process__{SOURCE}", processing["dag_run_id"]))
                tis = [t for t in api.task_instances(f"process__{SOURCE}", processing["dag_run_id"])
                       if t["task_id"] == "process_document"]
                first_start = min(when(t["start_date"]) for t in tis)
                last_end = max(when(t["end_date"]) for t in tis)
                throughput[workers].append((len(tis), last_end - first_start))
            stack_cmd(env, "start", "worker2")
    finally:
        stack_cmd(env, "down", check=False)

    now = dt.datetime.now().isoformat(timespec="seconds")
    lines += ["# Airflow under a real scheduler: new paper → searchable, and Celery throughput", "",
              f"- date: {now}; machine: {platform.node()}, {os.cpu_count()} CPUs (shared), Python {platform.python_version()}",
              f"- command: `python benchmarks/airflow_latency.py --rounds {args.rounds} --latency-rounds "
              f"{args.latency_rounds} --meetings {args.meetings}`",
              f"- stack: `scripts/stack up` (Postgres, Redis, 2 Celery workers x concurrency 4, api-server, scheduler, "
              f"dag-processor, triggerer, Elasticsearch node, s3proxy, web app) came up in {up_seconds:.0f} s",
              f"- source: the sample ModernGov site (Westholme) from 2020-01-01: {initial_papers} "
              f"papers in the first processing run, which took {when(initial['end_date']) - when(initial['start_date']):.0f} s", "",
              "### New paper → searchable (one new meeting: agenda + report)", "",
              "| round | after discovery ended (s) | after discovery was triggered (s) | discovery end → processing run start (s) |",
              "|---:|---:|---:|---:|"]
    for i, (after_end, after_trigger, gap) in enumerate(latencies, 1):
        lines.append(f"| {i} | {after_end:.1f} | {after_trigger:.1f} | {gap:.1f} |")
    lines.append(f"| median | {statistics.median(x[0] for x in latencies):.1f} | "
                 f"{statistics.median(x[1] for x in latencies):.1f} | {statistics.median(x[2] for x in latencies):.1f} |")
    lines += ["", "### Processing throughput, one Celery worker vs two (alternating batches)", "",
              "| workers | batch | documents | first task start → last task end (s) | documents/min |",
              "|---:|---:|---:|---:|---:|"]
    for workers in (1, 2):
        for i, (count, seconds) in enumerate(throughput[workers], 1):
            lines.append(f"| {workers} | {i} | {count} | {seconds:.1f} | {60 * count / seconds:.1f} |")
    for workers in (1, 2):
        total = sum(c for c, _ in throughput[workers])
        seconds = sum(s for _, s in throughput[workers])
        lines.append(f"| {workers} | all | {total} | {seconds:.1f} | **{60 * total / seconds:.1f}** |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        args.out.write_text(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
