"""Search benchmark: indexing pages/s and query latency p50/p95 on a synthetic corpus of board papers.

    .venv/bin/python benchmarks/search_bench.py                 # 10k and 100k pages, embedded engine
    .venv/bin/python benchmarks/search_bench.py --sizes 100000  # one size
    ELASTICSEARCH_URL=http://localhost:9200 .venv/bin/python benchmarks/search_bench.py   # + Elasticsearch

The corpus is deterministic (seeded): pages of minutes-like sentences from a few hundred domain words with a
Zipf-like frequency, board/person/organisation names, so queries range from very common to rare words.
Prints a Markdown table and writes benchmarks/results/search.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from boardpapers.models import IndexedDocument, Page, SearchQuery
from boardpapers.search import open_engine

DOMAIN = """board meeting minutes agenda item report chair council health wellbeing care fund better social adult
children services commissioning commissioner clinical group nhs trust hospital primary mental public strategy
plan joint needs assessment pharmaceutical integrated partnership sustainability transformation system
budget financial deficit savings quality safety safeguarding performance workforce recruitment estates
capital digital population prevention obesity smoking alcohol substance misuse housing homelessness
loneliness dementia carers learning disabilities autism maternity urgent emergency winter pressures
discharge delayed transfers bed capacity community nursing domiciliary residential homes providers
market sustainability procurement contract tender consultation engagement healthwatch voluntary sector
inequalities deprivation outcomes framework indicators dashboard metrics targets trajectory recovery
elective waiting lists cancer diagnostics screening immunisation vaccination covid pandemic response
outbreak testing infection control governance risk register audit assurance accountability scrutiny
committee subgroup terms reference membership quorum declarations interest apologies present attendance
substitute resolved agreed noted approved recommendations endorsed deferred update presentation officer
director executive cabinet portfolio member councillor ward locality neighbourhood network pcn gp practice
pharmacy dentistry optometry ambulance police fire education schools employment skills transport air
quality environment climate green spaces physical activity leisure culture libraries digital inclusion
data sharing information governance evaluation research evidence intelligence insight equality diversity
""".split()
NAMES = """Northmere Southvale Eastshire Westford Kingsbridge Ashdown Brackley Carlow Denholme Eskdale Fenwick
Glenridding Hartlepool Ilkley Jarrow Keswick Langdale Morecambe Netherby Otley Penrith Quarndon Redcar
Sedbergh Thirsk Ulverston Whitby Yarm""".split()
PEOPLE = """Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White
Roberts Green Hall Wood Jackson Clarke Patel Khan Ahmed Begum Okafor Nowak Murphy Kelly""".split()
FILLER = "the of and to a in that is was for on with as by be at this were which are from".split()

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


def corpus(n_pages: int, seed: int = 7):
    rng = random.Random(seed)
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(DOMAIN))]
    boards = [f"{n.lower()}-hwb" for n in NAMES[:20]] + [f"{n.lower()}-stp" for n in NAMES[20:]]
    pages_done = 0
    i = 0
    while pages_done < n_pages:
        board = rng.choice(boards)
        place = board.split("-")[0].title()
        n = min(rng.randint(2, 18), n_pages - pages_done)
        date = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 7))
        orgs = [f"{place} County Council", f"NHS {rng.choice(NAMES)} CCG", f"Healthwatch {place}"]
        pages = []
        for p in range(n):
            words = []
            for _ in range(rng.randint(180, 320)):
                r = rng.random()
                if r < 0.45:
                    words.append(rng.choice(FILLER))
                elif r < 0.93:
                    words.append(rng.choices(DOMAIN, weights)[0])
                elif r < 0.97:
                    words.append(rng.choice(NAMES))
                else:
                    words.append(rng.choice(PEOPLE))
            words.append(f"ref{rng.randrange(20000)}")  # a rare token per page (minute / case references)
            if rng.random() < 0.05:
                words[rng.randrange(len(words)):0] = "better care fund".split()
            if rng.random() < 0.01:
                words[rng.randrange(len(words)):0] = "delayed transfers of care".split()
            pages.append(Page(p + 1, " ".join(words).capitalize() + "."))
        yield IndexedDocument(
            document_id=f"doc{i:07d}", source_id=board, board_name=f"{place} board",
            board_type="stp" if board.endswith("stp") else "hwb", title=f"{place} papers {date}",
            type=rng.choice(["minutes", "agenda", "report", "other"]), url=f"https://example.org/{i}.pdf",
            meeting_id=f"m{board}{date}", meeting_date=date, sha256=f"{i:064x}", pages=pages, organisations=orgs,
        )
        pages_done += n
        i += 1


def pct(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def run(engine_name: str, n_pages: int, repeats: int, url: str | None) -> dict:
    docs = list(corpus(n_pages))
    with tempfile.TemporaryDirectory() as tmp:
        opts = {"index_prefix": f"bpbench-{os.getpid()}"} if engine_name == "elasticsearch" else {}
        eng = open_engine(engine_name, home=Path(tmp), url=url, **opts)
        try:
            t0 = time.perf_counter()
            res = eng.index_documents(docs)
            elapsed = time.perf_counter() - t0
            assert not res.failed, res.failed[:3]
            size = None
            if engine_name == "embedded":
                size = sum(f.stat().st_size for f in (Path(tmp) / "index").iterdir())
            per_query = {}
            for label, kw in QUERIES:
                q = SearchQuery(limit=20, **kw)
                eng.search(q)  # warm
                times = []
                for _ in range(repeats):
                    t = time.perf_counter()
                    r = eng.search(q)
                    times.append((time.perf_counter() - t) * 1000)
                per_query[label] = (statistics.median(times), pct(times, 95), r.total)
            all_times = []
            for _ in range(repeats):
                for label, kw in QUERIES:
                    t = time.perf_counter()
                    eng.search(SearchQuery(limit=20, **kw))
                    all_times.append((time.perf_counter() - t) * 1000)
        finally:
            if engine_name == "elasticsearch":
                eng.drop()
            eng.close()
    return {
        "engine": engine_name, "pages": n_pages, "docs": len(docs), "index_s": elapsed,
        "pages_per_s": n_pages / elapsed, "p50": statistics.median(all_times), "p95": pct(all_times, 95),
        "per_query": per_query, "size": size,
    }


def markdown(results: list[dict], command: str) -> str:
    lines = [
        "# Search benchmark", "",
        f"- date: {dt.datetime.now().isoformat(timespec='seconds')}",
        f"- machine: {platform.node()} — {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        f"- sqlite: {__import__('sqlite3').sqlite_version}",
        f"- command: `{command}`",
        "- corpus: synthetic minutes-like pages (180–320 words, Zipf-weighted vocabulary of "
        f"{len(DOMAIN)} domain words + place / person names), 2–18 pages per document, seeded",
        "- latency: each query of the mix run N times after a warm-up, one search call end to end "
        "(limit 20, snippets for the returned hits, facets where listed)", "",
        "## Summary", "",
        "| engine | pages | documents | index time (s) | pages/s | query p50 (ms) | query p95 (ms) | index size (MB) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        size = f"{r['size'] / 1e6:.0f}" if r["size"] else "—"
        lines.append(f"| {r['engine']} | {r['pages']:,} | {r['docs']:,} | {r['index_s']:.1f} | {r['pages_per_s']:,.0f} |"
                     f" {r['p50']:.1f} | {r['p95']:.1f} | {size} |")
    for r in results:
        lines += ["", f"## {r['engine']}, {r['pages']:,} pages: per query", "",
                  "| query | p50 (ms) | p95 (ms) | matching documents |", "|---|---:|---:|---:|"]
        for label, (p50, p95, total) in r["per_query"].items():
            lines.append(f"| {label} | {p50:.1f} | {p95:.1f} | {total:,} |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--repeats", type=int, default=20)
    ap.add_argument("--engines", default=None, help="comma list; default embedded (+ elasticsearch if ELASTICSEARCH_URL)")
    ap.add_argument("--out", default=str(Path(__file__).parent / "results" / "search.md"))
    args = ap.parse_args(argv)
    url = os.environ.get("ELASTICSEARCH_URL")
    engines = args.engines.split(",") if args.engines else ["embedded"] + (["elasticsearch"] if url else [])
    results = []
    for name in engines:
        for n in (int(s) for s in args.sizes.split(",")):
            print(f"{name}: {n:,} pages ...", file=sys.stderr, flush=True)
            results.append(run(name, n, args.repeats, url))
    md = markdown(results, "python " + " ".join([Path(sys.argv[0]).as_posix(), *(argv or sys.argv[1:])]))
    print(md)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(md, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
