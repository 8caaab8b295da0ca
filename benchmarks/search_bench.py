"""Search benchmark: indexing pages/s and query latency p50/p95 on a synthetic corpus of board papers.

    .venv/bin/python benchmarks/search_bench.py --sizes 100000 --engines previous-embedded,raw-fts5,embedded
    ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/python benchmarks/search_bench.py --sizes 100000 \
        --engines previous-elasticsearch,elasticsearch,fts5

Engines: ``embedded`` / ``elasticsearch`` (this tree), ``previous-embedded`` / ``previous-elasticsearch`` (the
same engines at search_scale.BASELINE_COMMIT, run from git: the baselines), ``fts5`` (this tree's FTS5-only
engine, batched writes), ``raw-fts5`` (the indexing floor: pages into one FTS5 table, one transaction).
The corpus is ``search_corpus`` (seeded, cached outside git). Indexing is timed in wall seconds and in CPU
seconds of this process (the load-independent figure for the embedded engines; Elasticsearch works in its own
JVM). Queries run in rounds over the whole mix after a warm-up. The 1M-page paired comparison of the embedded
designs is ``search_scale.py``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from boardpapers.models import SearchQuery
from boardpapers.search import open_engine

sys.path.insert(0, str(Path(__file__).parent))
from search_corpus import DOMAIN, corpus  # noqa: E402

QUERIES = [
    ("word common", dict(q="health")),
    ("word mid", dict(q="safeguarding")),
    ("word place", dict(q="glenridding")),
    ("word rare", dict(q="ref1234")),
    ("phrase", dict(q='"better care fund"')),
    ("phrase rare", dict(q='"delayed transfers of care"')),
    ("AND", dict(q="mental AND health AND budget")),
    ("OR + NOT", dict(q="(dementia OR carers) -housing")),
    ("prefix", dict(q="commission*")),
    ("filtered", dict(q="winter pressures", body=["northmere-hwb"], date_from=dt.date(2017, 1, 1))),
    ("org filter", dict(q="budget", org=["NHS Eastshire CCG"])),
    ("date sort", dict(q="vaccination", sort="date")),
    ("facets", dict(q="obesity", facets=True)),
    ("facets common", dict(q="health", facets=True)),
    ("match all + facets", dict(q="", facets=True)),
]


def pct(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


BASELINE = {"commit": None}  # --baseline: the commit of the previous-* engines (default search_scale's)
WARMUP = {"pages": 0}  # --warmup-pages, for the report


def open_bench_engine(engine_name: str, tmp: Path, url: str | None):
    """``embedded`` / ``elasticsearch``: this tree's engines; ``previous-*``: the same engines as of
    search_scale.BASELINE_COMMIT (run from git); ``raw-fts5``: the indexing floor, an FTS5 table filled in one
    transaction with no other table."""
    prefix = f"bpbench-{os.getpid()}-{engine_name}"
    engine_name = engine_name.removesuffix("-warmup")  # warm_node's scratch indices: the same engine
    if engine_name == "previous-embedded":
        return previous_engine("embedded", path=tmp / "index")
    if engine_name == "previous-elasticsearch":
        # the same request timeout as this tree's bulk requests, so a busy machine fails neither
        return previous_engine("elasticsearch", url=url, index_prefix=prefix, request_timeout=300.0)
    if engine_name == "raw-fts5":
        return RawFTS5Insert(tmp / "raw.sqlite")
    opts = {"index_prefix": prefix} if engine_name == "elasticsearch" else {}
    return open_engine(engine_name, home=tmp, url=url, **opts)


class RawFTS5Insert:
    """The floor for FTS5 indexing: pages into one FTS5 table, one transaction, nothing else."""

    def __init__(self, path: Path):
        import sqlite3

        self.conn = sqlite3.connect(str(path), isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("CREATE VIRTUAL TABLE pages USING fts5(text, tokenize='porter unicode61')")

    def index_documents(self, docs):
        from boardpapers.search.base import BulkResult

        self.conn.execute("BEGIN")
        n = 0
        for i, d in enumerate(docs):
            self.conn.executemany("INSERT INTO pages (rowid, text) VALUES (?, ?)",
                                  [((i << 20) | p.number, p.text) for p in d.pages])
            n += 1
        self.conn.execute("COMMIT")
        return BulkResult(indexed=n)

    def close(self):
        self.conn.close()


def _pages_below(limit: int):
    """A takewhile predicate: documents until their pages reach ``limit``."""
    seen = [0]

    def below(doc) -> bool:
        seen[0] += len(doc.pages)
        return seen[0] <= limit
    return below


def _node_cpu() -> float:
    from es_node import node_cpu_seconds

    return node_cpu_seconds() or 0.0


def warm_node(engine_name: str, docs: list, url: str | None, tmp: Path) -> None:
    """Load ``docs`` with this engine into scratch indices, run the query mix twice, drop them: the node's JIT
    then has compiled the bulk and search paths before anything is timed (a fresh JVM runs them interpreted at
    first: the engine measured second used to win every run, whichever it was). A node in service is warm."""
    eng = open_bench_engine(engine_name + "-warmup", tmp, url)
    try:
        assert not eng.index_documents(docs).failed
        for _ in range(2):
            for _, kw in QUERIES:
                eng.search(SearchQuery(limit=20, **kw))
    finally:
        eng.drop()
        eng.close()


def clear_caches(eng) -> None:
    """Empty the node's request cache (whole responses of size-0 searches) and query cache (filter bitsets) of
    the engine's indices before a timed search, so no figure comes from a cache filled by the earlier rounds of
    the same query. Fielddata (the global ordinals facets use, built once per refresh on a node in service) is kept."""
    eng.es.indices.clear_cache(index=f"{eng.prefix}-*", request=True, query=True)


def run(engine_name: str, n_pages: int, repeats: int, url: str | None, warmup_pages: int = 0) -> dict:
    """Index the corpus and run the query mix. CPU time is this process's, plus, for Elasticsearch on a node
    this benchmark started (``--start-node``), the node's JVM (every thread): on a loaded machine the
    load-independent figures. Elasticsearch engines first warm the node (``warm_node``, the first
    ``warmup_pages`` pages' documents), and every timed search starts with the node's caches emptied."""
    docs = list(corpus(n_pages))
    on_node = engine_name.endswith("elasticsearch")
    with tempfile.TemporaryDirectory() as tmp:
        if on_node and warmup_pages:
            print(f"  warming the node with {engine_name} ...", file=sys.stderr, flush=True)
            warm_node(engine_name, list(itertools.takewhile(_pages_below(warmup_pages), docs)), url, Path(tmp))
        eng = open_bench_engine(engine_name, Path(tmp), url)
        try:
            load = os.getloadavg()[0]
            t0, c0, n0 = time.perf_counter(), time.process_time(), _node_cpu()
            res = eng.index_documents(docs)
            elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
            node_cpu = _node_cpu() - n0 if on_node else 0.0
            assert not res.failed, res.failed[:3]
            size = None
            if not engine_name.endswith("elasticsearch"):
                size = sum(f.stat().st_size for f in Path(tmp).rglob("*") if f.is_file())
            per_query = {}
            all_times, all_cpu = [], []
            answers = {}  # what each query answered: compared across engines in the report
            if engine_name != "raw-fts5":
                for label, kw in QUERIES:
                    r = eng.search(SearchQuery(limit=20, **kw))  # warm
                    answers[label] = (r.total, getattr(r, "total_exact", True), r.facets,
                                      [(h.document_id, h.page, h.snippet) for h in r.hits])
                for _ in range(repeats):  # rounds over the whole mix, so load changes hit every query alike
                    for label, kw in QUERIES:
                        if on_node:
                            clear_caches(eng)
                        n0, c0 = _node_cpu(), time.process_time()
                        t = time.perf_counter()
                        r = eng.search(SearchQuery(limit=20, **kw))
                        ms = (time.perf_counter() - t) * 1000
                        cpu_ms = (time.process_time() - c0 + (_node_cpu() - n0 if on_node else 0.0)) * 1000
                        times, cpus, _ = per_query.setdefault(label, ([], [], (r.total, getattr(r, "total_exact", True))))
                        times.append(ms)
                        cpus.append(cpu_ms)
                        all_times.append(ms)
                        all_cpu.append(cpu_ms)
        finally:
            if engine_name.endswith("elasticsearch"):
                eng.drop()
            eng.close()
    return {
        "engine": engine_name, "pages": n_pages, "docs": len(docs), "index_s": elapsed, "cpu_s": cpu,
        "pages_per_s": n_pages / elapsed, "load": load, "node_cpu_s": node_cpu,
        "p50": statistics.median(all_times) if all_times else None, "p95": pct(all_times, 95) if all_times else None,
        "cpu_p50": statistics.median(all_cpu) if all_cpu else None, "cpu_p95": pct(all_cpu, 95) if all_cpu else None,
        "per_query": {k: (statistics.median(v), pct(v, 95), statistics.median(c), pct(c, 95), total)
                      for k, (v, c, total) in per_query.items()},
        "size": size, "answers": answers,
    }


def markdown(results: list[dict], command: str) -> str:
    lines = [
        "# Search benchmark", "",
        f"- date: {dt.datetime.now().isoformat(timespec='seconds')}",
        f"- machine: {platform.node()} — {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        f"- sqlite: {__import__('sqlite3').sqlite_version}",
        f"- command: `{command}`",
        f"- previous-* engines: commit {BASELINE['commit'] or 'dbaaaf2'}, loaded from git",
        "- corpus: synthetic minutes-like pages (180–320 words, Zipf-weighted vocabulary of "
        f"{len(DOMAIN)} domain words + place / person names), 2–18 pages per document, seeded",
        "- latency: each query of the mix run N times after a warm-up, one search call end to end "
        "(limit 20, snippets for the returned hits, facets where listed)",
        f"- Elasticsearch: each engine first loads {WARMUP['pages']:,} pages into scratch indices and runs the mix "
        "twice (a warm JIT, as on a node in service); the node's request and query caches are cleared before "
        "every timed search", "",
        "## Summary", "",
        "CPU: this process, plus the Elasticsearch node's JVM (all threads) when the benchmark started it.", "",
        "| engine | pages | documents | index time (s) | pages/s | CPU s in this process | node CPU s | pages per CPU s | load | query p50 (ms) | query p95 (ms) | query CPU p50 / p95 (ms) | index size (MB) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        size = f"{r['size'] / 1e6:.0f}" if r["size"] else "—"
        lat = f"{r['p50']:.1f} | {r['p95']:.1f}" if r["p50"] is not None else "— | —"
        cpu_lat = f"{r['cpu_p50']:.1f} / {r['cpu_p95']:.1f}" if r["cpu_p50"] is not None else "—"
        node = f"{r['node_cpu_s']:.1f}" if r["node_cpu_s"] else "—"
        lines.append(f"| {r['engine']} | {r['pages']:,} | {r['docs']:,} | {r['index_s']:.1f} | {r['pages_per_s']:,.0f} |"
                     f" {r['cpu_s']:.1f} | {node} | {r['pages'] / (r['cpu_s'] + r['node_cpu_s']):,.0f} |"
                     f" {r['load']:.1f} | {lat} | {cpu_lat} | {size} |")
    for r in results:
        if not r["per_query"]:
            continue
        lines += ["", f"## {r['engine']}, {r['pages']:,} pages: per query", "",
                  "| query | p50 (ms) | p95 (ms) | CPU p50 (ms) | CPU p95 (ms) | matching documents |",
                  "|---|---:|---:|---:|---:|---:|"]
        for label, (p50, p95, c50, c95, (total, exact)) in r["per_query"].items():
            lines.append(f"| {label} | {p50:.1f} | {p95:.1f} | {c50:.1f} | {c95:.1f} | "
                         f"{total:,}{'' if exact else ' (more than)'} |")
    lines += _answers(results)
    return "\n".join(lines) + "\n"


def _answers(results: list[dict]) -> list[str]:
    """Each engine's answers against the first engine's, query by query: total, facets, the top 20 documents in
    order, their pages and their snippets."""
    first = next((r for r in results if r["answers"]), None)
    if first is None:
        return []
    out = ["", f"## Answers compared with {first['engine']}", "",
           "| engine | query | total | facets | top 20 (order) | pages | snippets |", "|---|---|---|---|---|---|---|"]
    for r in results:
        if r is first or not r["answers"]:
            continue
        for label, (total, exact, facets, hits) in r["answers"].items():
            t0, e0, f0, h0 = first["answers"][label]
            same = lambda a, b: "same" if a == b else "**differs**"  # noqa: E731
            out.append(f"| {r['engine']} | {label} | {same((total, exact), (t0, e0))} | {same(facets, f0)} | "
                       f"{same([h[0] for h in hits], [h[0] for h in h0])} | {same([h[:2] for h in hits], [h[:2] for h in h0])} | "
                       f"{same(hits, h0)} |")
    return out


def previous_engine(kind: str, **kw):
    from search_scale import BASELINE_COMMIT, previous_engine as load

    return load(kind, BASELINE["commit"] or BASELINE_COMMIT, **kw)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--repeats", type=int, default=20)
    ap.add_argument("--engines", default=None, help="comma list of embedded, previous-embedded, raw-fts5, "
                    "elasticsearch, previous-elasticsearch; default the embedded three (+ both elasticsearch if ELASTICSEARCH_URL)")
    ap.add_argument("--baseline", default=None, help="commit of the previous-* engines (default dbaaaf2)")
    ap.add_argument("--start-node", action="store_true", help="start the tests' Elasticsearch node (es_node.py) "
                    "when ELASTICSEARCH_URL is not set")
    ap.add_argument("--heap", default="512m", help="the started node's JVM heap (default: the tests' 512m)")
    ap.add_argument("--warmup-pages", type=int, default=100_000, help="pages each Elasticsearch engine loads (into "
                    "scratch indices, then dropped) and queries before it is timed, so the node's JIT is warm; 0: none")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "search-runs" / "search.md"))
    args = ap.parse_args(argv)
    BASELINE["commit"] = args.baseline
    WARMUP["pages"] = args.warmup_pages
    url = os.environ.get("ELASTICSEARCH_URL")
    if args.start_node and not url:
        from es_node import test_node

        with test_node(heap=args.heap) as node_url:
            os.environ["ELASTICSEARCH_URL"] = node_url
            try:
                return main(argv)
            finally:
                os.environ.pop("ELASTICSEARCH_URL", None)
    engines = (args.engines.split(",") if args.engines else ["previous-embedded", "raw-fts5", "embedded"]
               + (["previous-elasticsearch", "elasticsearch"] if url else []))
    results = []
    for name in engines:
        for n in (int(s) for s in args.sizes.split(",")):
            print(f"{name}: {n:,} pages ...", file=sys.stderr, flush=True)
            results.append(run(name, n, args.repeats, url, args.warmup_pages))
    md = markdown(results, "python " + " ".join([Path(sys.argv[0]).as_posix(), *(argv or sys.argv[1:])]))
    print(md)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(md, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
