"""Embedded search at scale, paired: the designs side by side on the same cached corpus, queries interleaved.

    .venv/bin/python benchmarks/search_scale.py --pages 1000000 --repeats 7

Designs (all answer the same query mix of ``search_bench.QUERIES``: total, top 20 with snippets, facets):

- ``previous``: the embedded engine as it was before (``git show dbaaaf2:search/``, loaded as a temporary
  package), through its own ``index_documents`` and ``search``;
- ``raw-fts5``: the floor for FTS5: hand-written SQL on the previous engine's own tables (exact totals, bm25
  for every matching page, top 20 per document, ONE snippet statement, facets by joins);
- ``fts5-bounded``: raw-fts5 with bounded counting: the total counts distinct documents up to
  ``TOTAL_EXACT_LIMIT`` + 1 and stops (facets, when asked, stay exact);
- ``main``: the Tantivy engine of ``MAIN_COMMIT`` (loaded from git like ``previous``);
- ``embedded``: this tree's engine (Tantivy pages and documents + SQLite), through ``open_engine``;
  ``embedded-parallel`` / ``embedded-serial``: the same on the same index, its searches with
  ``BOARDPAPERS_SEARCH_PARALLEL`` ``on`` / ``off`` (both cores, or the calling thread only).

CPU is reported twice: the process's (every thread) and the calling thread's alone. With both cores a search's
parts run in pool threads, so on an idle 2-core machine its wall time would be at least the calling thread's CPU
and at least half the process's; on a busy one the process's CPU is the cost.

Indexes are built once per (design, size, corpus) and cached next to the corpus (``search_corpus.cache_dir()``),
with their build time; ``--rebuild`` builds them again. Each round runs every query of the mix once on every
design, in turn (so load on the machine hits all designs alike); p50/p95 are over the rounds, after a warm-up.
"""
from __future__ import annotations

import argparse
import functools
import datetime as dt
import html
import importlib
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from search_bench import QUERIES, pct  # noqa: E402
from search_corpus import CORPUS_VERSION, cache_dir, corpus, corpus_path  # noqa: E402

from boardpapers.models import SearchQuery  # noqa: E402
from boardpapers.search import open_engine  # noqa: E402

BASELINE_COMMIT = "dbaaaf2"
DEFAULT_MAIN_COMMIT = "08e30d3"  # the Tantivy engine before the one-round phrases and the faster page cleaning
MAIN_COMMIT = DEFAULT_MAIN_COMMIT  # --main-commit picks another (its index is cached under its own name)
REPO = Path(__file__).resolve().parent.parent


@functools.lru_cache(maxsize=None)
def previous_package(commit: str = BASELINE_COMMIT, package: str | None = None):
    """The search package at ``commit``, importable as ``package`` (from a temporary directory)."""
    root = Path(tempfile.mkdtemp(prefix="bp-previous-"))
    pkg = root / (package or ("bp_previous_search" if commit == BASELINE_COMMIT else f"bp_search_{commit}"))
    pkg.mkdir()
    names = subprocess.run(["git", "ls-tree", "--name-only", commit, "search/"], cwd=REPO, capture_output=True,
                           text=True, check=True).stdout.split()
    for name in names:
        if name.endswith(".py"):
            src = subprocess.run(["git", "show", f"{commit}:{name}"], cwd=REPO, capture_output=True,
                                 text=True, check=True).stdout
            (pkg / Path(name).name).write_text(src, encoding="utf-8")
    sys.path.insert(0, str(root))
    return importlib.import_module(pkg.name)


def main_engine(home: Path):
    """The embedded engine of ``MAIN_COMMIT`` (the baseline of this round of work)."""
    previous_package(MAIN_COMMIT, "bp_main_search")
    return importlib.import_module("bp_main_search").open_engine("embedded", home=home)


def previous_engine(kind: str, commit: str = BASELINE_COMMIT, **kw):
    """An engine as of ``commit`` (default the embedded baseline; ``search_bench --baseline`` picks another)."""
    pkg = previous_package(commit).__name__
    if kind == "embedded":
        return importlib.import_module(f"{pkg}.embedded").EmbeddedEngine(**kw)
    return importlib.import_module(f"{pkg}.elastic").ElasticsearchEngine(**kw)


# --- build (cached) ------------------------------------------------------------------------------------------


def build(design: str, n_pages: int, rebuild: bool) -> tuple[Path, dict]:
    """The index directory of ``design`` over the ``n_pages`` corpus, built once and cached."""
    corpus_path(n_pages)
    tag = f"-{MAIN_COMMIT}" if design == "main" and MAIN_COMMIT != DEFAULT_MAIN_COMMIT else ""
    d = cache_dir() / f"index-{design}{tag}-v{CORPUS_VERSION}-{n_pages}"
    info = d / "build.json"
    if info.exists() and not rebuild:
        return d, json.loads(info.read_text())
    shutil.rmtree(d, ignore_errors=True)
    d.mkdir(parents=True)
    print(f"building {design} at {n_pages:,} pages ...", file=sys.stderr, flush=True)
    if design == "previous":
        eng = previous_engine("embedded", path=d / "index")
    elif design == "main":
        eng = main_engine(d)
    else:
        eng = open_engine("embedded", home=d)
    t0, c0 = time.perf_counter(), time.process_time()
    # the previous engine's only bulk path is index_documents; this engine's is rebuild (what reindex runs)
    res = eng.index_documents(corpus(n_pages)) if design == "previous" else eng.rebuild(corpus(n_pages), [])
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    eng.close()
    assert not res.failed, res.failed[:3]
    size = sum(f.stat().st_size for f in (d / "index").rglob("*") if f.is_file())
    meta = {"design": design, "pages": n_pages, "documents": res.indexed, "index_s": elapsed,
            "pages_per_s": n_pages / elapsed, "cpu_s": cpu, "size_bytes": size, "date": dt.datetime.now().isoformat(timespec="seconds"),
            "load_before": os.getloadavg()}
    info.write_text(json.dumps(meta), encoding="utf-8")
    return d, meta


# --- raw FTS5 designs (on the previous engine's tables) --------------------------------------------------------


class RawFTS5:
    """The FTS5 floor, hand-written on the previous engine's tables. ``bounded``: stop counting at limit + 1."""

    PAGE_BITS = 20

    def __init__(self, index_dir: Path, bounded_at: int | None = None):
        current = index_dir / "CURRENT"
        name = current.read_text().strip() if current.exists() else "index-0.sqlite"
        self.conn = sqlite3.connect(str(index_dir / name), isolation_level=None, check_same_thread=False)
        self.conn.execute("PRAGMA cache_size=-65536")
        self.conn.execute("PRAGMA mmap_size=268435456")
        self.bounded_at = bounded_at
        self.prev = importlib.import_module("bp_previous_search.query")
        self.common = importlib.import_module("bp_previous_search.common")

    def close(self):
        self.conn.close()

    def filters(self, q: SearchQuery) -> tuple[str, list]:
        where, args = [], []
        if q.body:
            where.append(f"d.source_id IN ({','.join('?' * len(q.body))})")
            args += q.body
        if q.date_from:
            where.append("d.meeting_date >= ?")
            args.append(q.date_from.isoformat())
        if q.org:
            keys = sorted(self.common.org_keys(q.org))
            where.append(f"d.id IN (SELECT doc FROM doc_org_keys WHERE key IN ({','.join('?' * len(keys))}))")
            args += keys
        return " AND ".join(where), args

    def search(self, q: SearchQuery):
        c = self.conn
        B = self.PAGE_BITS
        tree = self.prev.parse(q.q)
        fw, fa = self.filters(q)
        docf = f" AND (rowid >> {B}) IN (SELECT d.id FROM documents d WHERE {fw})" if fw else ""
        c.execute("DROP TABLE IF EXISTS temp.h")
        if tree is None:  # match all: documents by date; the first page is the lowest page row of the document
            total = c.execute(f"SELECT count(*) FROM documents d WHERE {fw or 1}", fa).fetchone()[0]
            rows = c.execute(
                f"SELECT d.id, d.document_id FROM documents d WHERE {fw or 1} ORDER BY d.meeting_date DESC, d.document_id LIMIT ?",
                (*fa, q.limit)).fetchall()
            top = [(doc, did, c.execute(f"SELECT min(rowid) FROM pages WHERE rowid BETWEEN ? AND ?",
                                        (doc << B, (doc << B) | ((1 << B) - 1))).fetchone()[0]) for doc, did in rows]
            match = None
            if q.facets:
                c.execute(f"CREATE TEMP TABLE h AS SELECT d.id AS doc FROM documents d WHERE {fw or 1}", fa)
        else:
            match = self.prev.to_fts5(tree)
            if q.sort == "date":
                c.execute(f"CREATE TEMP TABLE h AS SELECT rowid >> {B} AS doc, min(rowid) AS prow, 0 AS r FROM pages "
                          f"WHERE pages MATCH ?{docf} GROUP BY doc", (match, *fa))
                order = "d.meeting_date DESC, d.document_id"
            elif self.bounded_at is not None and not q.facets:
                # ranking still scores every matching page (FTS5 has no top-k), counting stops early
                top = c.execute(
                    f"SELECT h.doc, d.document_id, h.prow FROM (SELECT rowid >> {B} AS doc, rowid AS prow, min(rank) AS r"
                    f" FROM pages WHERE pages MATCH ?{docf} GROUP BY doc) h JOIN documents d ON d.id = h.doc"
                    " ORDER BY h.r, d.document_id LIMIT ?", (match, *fa, q.limit)).fetchall()
                total = c.execute(
                    f"SELECT count(*) FROM (SELECT DISTINCT rowid >> {B} FROM pages WHERE pages MATCH ?{docf} LIMIT ?)",
                    (match, *fa, self.bounded_at + 1)).fetchone()[0]
                return self.finish(total, top, match, {})
            else:
                c.execute(f"CREATE TEMP TABLE h AS SELECT rowid >> {B} AS doc, rowid AS prow, min(rank) AS r FROM pages "
                          f"WHERE pages MATCH ?{docf} GROUP BY doc", (match, *fa))
                order = "h.r, d.document_id"
            total = c.execute("SELECT count(*) FROM temp.h").fetchone()[0]
            top = c.execute(f"SELECT h.doc, d.document_id, h.prow FROM temp.h h JOIN documents d ON d.id = h.doc "
                            f"ORDER BY {order} LIMIT ?", (q.limit,)).fetchall()
        facets = {}
        if q.facets:
            for name, expr, join in (("board", "d.source_id", "JOIN documents d ON d.id = h.doc"),
                                     ("year", "d.year", "JOIN documents d ON d.id = h.doc"),
                                     ("type", "d.type", "JOIN documents d ON d.id = h.doc"),
                                     ("organisation", "o.name", "JOIN doc_orgs o ON o.doc = h.doc")):
                facets[name] = dict(c.execute(f"SELECT {expr} k, count(*) n FROM temp.h h {join} GROUP BY k "
                                              "ORDER BY n DESC, k LIMIT 50").fetchall())
        return self.finish(total, top, match, facets)

    def finish(self, total, top, match, facets):
        c = self.conn
        prows = [p for _, _, p in top]
        snippets = {}
        if prows:
            marks = ",".join("?" * len(prows))
            if match:
                snippets = dict(c.execute(
                    f"SELECT rowid, snippet(pages, 0, '<mark>', '</mark>', '\u2026', 32) FROM pages "
                    f"WHERE pages MATCH ? AND rowid IN ({marks})", (match, *prows)).fetchall())
            else:
                snippets = {r: html.escape(t[:200]) for r, t in c.execute(
                    f"SELECT rowid, substr(text, 1, 400) FROM pages WHERE rowid IN ({marks})", prows)}
        if self.bounded_at is not None and total > self.bounded_at:
            total = self.bounded_at
        return total, [did for _, did, _ in top], facets, snippets


# --- run -----------------------------------------------------------------------------------------------------


PARALLEL = {"embedded-parallel": "on", "embedded-serial": "off"}  # designs: this engine with the mode set


def open_design(design: str, n_pages: int, rebuild: bool, limit: int):
    if design in PARALLEL:
        design = "embedded"
    if design in ("raw-fts5", "fts5-bounded"):
        d, meta = build("previous", n_pages, False)
        return RawFTS5(d / "index", bounded_at=limit if design == "fts5-bounded" else None), meta
    d, meta = build(design, n_pages, rebuild and design != "previous")
    if design == "previous":
        return previous_engine("embedded", path=d / "index"), meta
    if design == "main":
        return main_engine(d), meta
    return open_engine("embedded", home=d), meta


def run_query(eng, kw, parallel: str | None = None) -> tuple[float, float, float, int, tuple | None]:
    """Wall and CPU milliseconds of one search (CPU time of this process, every thread: the load-independent
    part), the calling thread's CPU milliseconds, the total it reported, and the whole answer of the engines
    (total, whether exact, facets, hits with pages and snippets; None for the raw FTS5 designs). ``parallel``:
    the ``BOARDPAPERS_SEARCH_PARALLEL`` mode of this search (None: as the environment says)."""
    q = SearchQuery(limit=20, **kw)
    before = os.environ.get("BOARDPAPERS_SEARCH_PARALLEL")
    if parallel:
        os.environ["BOARDPAPERS_SEARCH_PARALLEL"] = parallel
    try:
        t, c, th = time.perf_counter(), time.process_time(), time.thread_time()
        r = eng.search(q)
        ms, cpu, own = (time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000, (time.thread_time() - th) * 1000
    finally:
        if parallel:
            if before is None:
                os.environ.pop("BOARDPAPERS_SEARCH_PARALLEL", None)
            else:
                os.environ["BOARDPAPERS_SEARCH_PARALLEL"] = before
    if isinstance(r, tuple):
        return ms, cpu, own, r[0], None
    return ms, cpu, own, r.total, (r.total, r.total_exact, r.facets, [(h.document_id, h.page, h.snippet) for h in r.hits])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=1_000_000)
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--designs", default="previous,raw-fts5,fts5-bounded,embedded")
    ap.add_argument("--main-commit", default=DEFAULT_MAIN_COMMIT, help="the commit the `main` design loads")
    ap.add_argument("--rebuild", action="store_true", help="build the embedded index again (not the cached previous)")
    ap.add_argument("--build-only", default=None, help="build (cache) the index of one design and stop")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "search-runs" / "search-scale.md"))
    args = ap.parse_args(argv)
    global MAIN_COMMIT
    MAIN_COMMIT = args.main_commit
    from boardpapers.search.tantivy_engine import TOTAL_EXACT_LIMIT

    previous_package()
    if args.build_only:
        print(build(args.build_only, args.pages, args.rebuild)[1])
        return 0
    designs = args.designs.split(",")
    opened = {}
    builds = {}
    for name in designs:
        opened[name], builds[name] = open_design(name, args.pages, args.rebuild, TOTAL_EXACT_LIMIT)
    times = {name: {label: [] for label, _ in QUERIES} for name in designs}
    cpus = {name: {label: [] for label, _ in QUERIES} for name in designs}
    owns = {name: {label: [] for label, _ in QUERIES} for name in designs}  # the calling thread's CPU
    totals = {name: {} for name in designs}
    load = []
    answers: dict[str, dict[str, tuple]] = {}  # the engines' whole answers in the warm-up round
    for rnd in range(args.repeats + 1):  # round 0 warms up
        load.append(os.getloadavg()[0])
        for label, kw in QUERIES:
            for name in (designs if rnd % 2 == 0 else designs[::-1]):
                ms, cpu, own, total, answer = run_query(opened[name], kw, PARALLEL.get(name))
                if not rnd and answer is not None:
                    answers.setdefault(label, {})[name] = answer
                if rnd:
                    times[name][label].append(ms)
                    cpus[name][label].append(cpu)
                    owns[name][label].append(own)
                totals[name][label] = total
        print(f"round {rnd} done", file=sys.stderr, flush=True)
        if rnd:  # the report so far, after every round (a long run on a busy machine can be cut short)
            cmd = "python " + " ".join([Path(sys.argv[0]).as_posix(), *(argv if argv is not None else sys.argv[1:])])
            md = report(args, designs, builds, times, totals, load, cmd, TOTAL_EXACT_LIMIT, cpus, rnd, owns)
            differ = [label for label, by in answers.items() if len({repr(a) for a in by.values()}) > 1]
            md += ("\nSame answers (total, exact or not, facets, top 20 with pages and snippets) from "
                   f"{', '.join(n for n in designs if any(n in by for by in answers.values()))}: "
                   + (f"**no**, they differ on {', '.join(differ)}" if differ else "yes, on every query") + "\n")
            out = Path(args.out)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(md, encoding="utf-8")
            out.with_suffix(".json").write_text(json.dumps({"builds": builds, "times": times, "cpu": cpus,
                                                            "calling_thread_cpu": owns, "totals": totals, "load": load}))
    for eng in opened.values():
        eng.close()
    print(md)
    return 0


def report(args, designs, builds, times, totals, load, cmd, limit, cpus, rounds, owns) -> str:
    lines = [
        f"# Embedded search at {args.pages:,} pages (paired)", "",
        f"- date: {dt.datetime.now().isoformat(timespec='seconds')}",
        f"- machine: {platform.node()} — {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"sqlite {sqlite3.sqlite_version}",
        f"- command: `{cmd}`",
        f"- load average (1 min) at the start of each round: {', '.join(f'{x:.1f}' for x in load)}",
        f"- rounds: {rounds} of {args.repeats} after one warm-up; every round runs each query on every design in turn"
        " (the order of designs alternates between rounds)", "",
        "| design | build (s) | pages/s | build CPU (s) | index size (MB) | query p50 / p95 wall (ms) | worst query p95 wall (ms) | query p50 / p95 CPU (ms) | worst query p95 CPU (ms) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name in designs:
        b = builds[name]
        allt = [t for ts in times[name].values() for t in ts]
        allc = [t for ts in cpus[name].values() for t in ts]
        worst = max(pct(ts, 95) for ts in times[name].values())
        worstc = max(pct(ts, 95) for ts in cpus[name].values())
        lines.append(f"| {name} | {b['index_s']:.0f} | {b['pages_per_s']:,.0f} | {b.get('cpu_s', 0):.0f} | {b['size_bytes'] / 1e6:,.0f} |"
                     f" {statistics.median(allt):.1f} / {pct(allt, 95):.1f} | {worst:.1f} |"
                     f" {statistics.median(allc):.1f} / {pct(allc, 95):.1f} | {worstc:.1f} |")
    lines += ["", "Per query, p50 / p95 wall (ms), then p95 CPU (ms) in brackets (this process, every thread; then the "
              "calling thread alone); matching documents as each design reports them "
              f"(fts5-bounded and embedded say \"more than {limit:,}\" for larger AND/NOT totals, marked >)", "",
              "| query | " + " | ".join(designs) + " | documents |", "|---|" + "---:|" * (len(designs) + 1)]
    for label, _ in QUERIES:
        cells = [f"{statistics.median(times[n][label]):.0f} / {pct(times[n][label], 95):.0f} ({pct(cpus[n][label], 95):.0f}; "
                 f"{pct(owns[n][label], 95):.0f})" for n in designs]
        tot = {totals[n][label] for n in designs}
        exact = max(tot)
        shown = f"{exact:,}" + ("" if len(tot) == 1 else f" (bounded: >{limit:,})")
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {shown} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
