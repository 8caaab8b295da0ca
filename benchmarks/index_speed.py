"""Embedded indexing speed, paired: this tree's engine against a baseline commit's, on the same cached corpus
held in memory (so JSON parsing is not timed), rebuild (what ``reindex`` runs) into a fresh directory, the
designs alternated round by round (``--baseline`` takes one commit or several, comma-separated).

    .venv/bin/python benchmarks/index_speed.py --pages 100000 --rounds 3 --baseline 0b6cb55

Prints pages per wall second and per CPU second (``process_time``: every thread of the process, Tantivy's
indexing threads included; "main thread" is the Python side's share, ``thread_time``) for each round and the
median of each design.
"""
from __future__ import annotations

import argparse
import importlib
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from search_corpus import corpus  # noqa: E402
from search_scale import previous_package  # noqa: E402

from boardpapers.search import open_engine  # noqa: E402


def engine(design: str, home: Path):
    if design == "this":
        return open_engine("embedded", home=home)
    name = f"bp_search_base_{design}"
    previous_package(design, name)
    return importlib.import_module(name).open_engine("embedded", home=home)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--baseline", default="0b6cb55")
    args = ap.parse_args(argv)
    docs = list(corpus(args.pages))
    n_pages = sum(len(d.pages) for d in docs)
    designs = args.baseline.split(",") + ["this"]
    runs: dict[str, list[tuple[float, float, float]]] = {d: [] for d in designs}
    for r in range(args.rounds):
        for design in designs[r % len(designs):] + designs[:r % len(designs)]:  # each design leads in turn
            home = Path(tempfile.mkdtemp(prefix="bp-index-speed-"))
            try:
                eng = engine(design, home)
                t0, c0, m0 = time.perf_counter(), time.process_time(), time.thread_time()
                res = eng.rebuild(iter(docs), [])
                wall, cpu, main_cpu = time.perf_counter() - t0, time.process_time() - c0, time.thread_time() - m0
                eng.close()
                assert not res.failed and res.indexed == len(docs), (res.indexed, res.failed[:3])
            finally:
                shutil.rmtree(home, ignore_errors=True)
            runs[design].append((wall, cpu, main_cpu))
            print(f"round {r + 1} {design:8s} wall {wall:6.2f} s  cpu {cpu:6.2f} s (main thread {main_cpu:6.2f} s)  "
                  f"{n_pages / wall:8,.0f} pages/s wall  {n_pages / cpu:8,.0f} pages/CPU-s  load {os.getloadavg()[0]:.1f}",
                  flush=True)

    print(f"\n{len(docs):,} documents, {n_pages:,} pages; medians over {args.rounds} rounds:")
    print("| design | wall (s) | CPU (s) | main thread CPU (s) | pages/s wall | pages per CPU-s |")
    print("|---|---|---|---|---|---|")
    for design, rs in runs.items():
        wall = statistics.median(w for w, _, _ in rs)
        cpu = statistics.median(c for _, c, _ in rs)
        main_cpu = statistics.median(m for _, _, m in rs)
        print(f"| {'this tree' if design == 'this' else 'baseline ' + design} | {wall:.2f} | {cpu:.2f} | {main_cpu:.2f} "
              f"| {n_pages / wall:,.0f} | {n_pages / cpu:,.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
