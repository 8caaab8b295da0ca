"""Paired query probe for two Elasticsearch engine versions on ONE index and one warm node: the previous engine
(``--baseline`` commit, from git) loads the corpus, then both engines run every query of ``search_bench``'s mix
alternately (A B, then B A in the next round), so JIT warm-up and load changes hit both alike. CPU per query =
this process + the node's JVM; wall time is reported too. The node's request and query caches are cleared before
every timed search (``search_bench.clear_caches``), so no figure comes from a cache the earlier rounds filled.
The index is the previous version's mapping; this tree's requests read it as is.

    .venv/bin/python benchmarks/es_query_pairs.py --sizes 100000 --rounds 6 --baseline d873f4a
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from boardpapers.models import SearchQuery  # noqa: E402
from boardpapers.search.elastic import ElasticsearchEngine  # noqa: E402
from search_bench import BASELINE, QUERIES, _node_cpu, clear_caches, pct, previous_engine  # noqa: E402
from search_corpus import corpus  # noqa: E402


def timed(eng, kw) -> tuple[float, float, tuple]:
    clear_caches(eng)
    n0, c0, t0 = _node_cpu(), time.process_time(), time.perf_counter()
    r = eng.search(SearchQuery(limit=20, **kw))
    wall_ms = (time.perf_counter() - t0) * 1000
    cpu_ms = (time.process_time() - c0 + _node_cpu() - n0) * 1000
    return cpu_ms, wall_ms, (r.total, r.facets, [(h.document_id, h.page, h.snippet) for h in r.hits])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--baseline", default="d873f4a")
    ap.add_argument("--heap", default="512m", help="the node's JVM heap (default: the tests' 512m)")
    args = ap.parse_args()
    BASELINE["commit"] = args.baseline
    from es_node import test_node

    with test_node(heap=args.heap) as url:
        prefix = "bppairs"
        old = previous_engine("elasticsearch", url=url, index_prefix=prefix, request_timeout=300.0)
        res = old.index_documents(list(corpus(args.sizes)))
        assert not res.failed
        new = ElasticsearchEngine(url, index_prefix=prefix)
        engines = {"previous": old, "this tree": new}
        cpu: dict[str, list[float]] = {k: [] for k in engines}
        wall: dict[str, list[float]] = {k: [] for k in engines}
        per: dict[tuple[str, str], list[float]] = {}
        for _ in range(2):  # warm both
            for _, kw in QUERIES:
                answers = [timed(e, kw)[2] for e in engines.values()]
                assert answers[0] == answers[1], kw  # same totals, facets, documents, pages and snippets
        for rnd in range(args.rounds):
            order = list(engines) if rnd % 2 == 0 else list(reversed(engines))
            for label, kw in QUERIES:
                for name in order:
                    ms, wall_ms, _ = timed(engines[name], kw)
                    cpu[name].append(ms)
                    wall[name].append(wall_ms)
                    per.setdefault((name, label), []).append(ms)
        print(f"{args.sizes:,} pages, {args.rounds} rounds x {len(QUERIES)} queries, paired on one index")
        print("| engine | query wall p50 / p95 (ms) | query CPU p50 / p95 (ms) |\n|---|---:|---:|")
        for name, v in cpu.items():
            w = wall[name]
            print(f"| {name} | {statistics.median(w):.1f} / {pct(w, 95):.1f} | "
                  f"{statistics.median(v):.1f} / {pct(v, 95):.1f} |")
        print("\n| query | previous CPU p50 | this tree CPU p50 |\n|---|---:|---:|")
        for label, _ in QUERIES:
            print(f"| {label} | {statistics.median(per[('previous', label)]):.1f} | "
                  f"{statistics.median(per[('this tree', label)]):.1f} |")
        old.drop()
        old.close()
        new.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
