"""The search benchmarks' synthetic corpus: minutes-like pages, seeded, generated once per size and cached.

Pages are 180–320 words drawn from one weighted vocabulary (filler words 45 %, a Zipf-like list of domain words
48 %, place names 4 %, surnames 3 %), plus a rare reference token per page (``ref<n>``) and, now and then,
the phrases "better care fund" (5 % of pages) and "delayed transfers of care" (1 %). Documents have 2–18 pages,
a board (20 HWBs, 8 STPs), a type, a meeting date in 2014–2020 and three organisations.

The cache is a JSON-lines file per (size, seed) under ``$BOARDPAPERS_BENCH_CACHE`` (default
``~/.cache/boardpapers-bench``), outside git: generating a million pages takes minutes, reading them back
seconds. Delete the directory to regenerate.
"""
from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import random
from pathlib import Path
from typing import Iterator

from boardpapers.models import IndexedDocument, Page

CORPUS_VERSION = 2  # bump when the generator changes, so stale caches are not reused

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
BOARDS = [f"{n.lower()}-hwb" for n in NAMES[:20]] + [f"{n.lower()}-stp" for n in NAMES[20:]]


def _vocabulary() -> tuple[list[str], list[float]]:
    """One vocabulary with cumulative weights, so a page is one ``choices`` call (fast enough for 1M pages)."""
    zipf = [1.0 / (i + 1) ** 0.9 for i in range(len(DOMAIN))]
    zsum = sum(zipf)
    groups = [(FILLER, [0.45 / len(FILLER)] * len(FILLER)), (DOMAIN, [0.48 * w / zsum for w in zipf]),
              (NAMES, [0.04 / len(NAMES)] * len(NAMES)), (PEOPLE, [0.03 / len(PEOPLE)] * len(PEOPLE))]
    words = [w for g, _ in groups for w in g]
    return words, list(itertools.accumulate(w for _, ws in groups for w in ws))


def generate(n_pages: int, seed: int = 7) -> Iterator[IndexedDocument]:
    rng = random.Random(seed)
    words, cum = _vocabulary()
    pages_done = i = 0
    while pages_done < n_pages:
        board = rng.choice(BOARDS)
        place = board.split("-")[0].title()
        n = min(rng.randint(2, 18), n_pages - pages_done)
        date = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 7))
        orgs = [f"{place} County Council", f"NHS {rng.choice(NAMES)} CCG", f"Healthwatch {place}"]
        pages = []
        for p in range(n):
            page = rng.choices(words, cum_weights=cum, k=rng.randint(180, 320))
            page.append(f"ref{rng.randrange(20000)}")  # a rare token per page (minute / case references)
            if rng.random() < 0.05:
                page[rng.randrange(len(page)):0] = ["better", "care", "fund"]
            if rng.random() < 0.01:
                page[rng.randrange(len(page)):0] = ["delayed", "transfers", "of", "care"]
            pages.append(Page(p + 1, " ".join(page).capitalize() + "."))
        yield IndexedDocument(
            document_id=f"doc{i:07d}", source_id=board, board_name=f"{place} board",
            board_type="stp" if board.endswith("stp") else "hwb", title=f"{place} papers {date}",
            type=rng.choice(["minutes", "agenda", "report", "other"]), url=f"https://example.org/{i}.pdf",
            meeting_id=f"m{board}{date}", meeting_date=date, sha256=f"{i:064x}", pages=pages, organisations=orgs,
        )
        pages_done += n
        i += 1


def cache_dir() -> Path:
    return Path(os.environ.get("BOARDPAPERS_BENCH_CACHE") or Path.home() / ".cache" / "boardpapers-bench")


def _to_line(d: IndexedDocument) -> str:
    return json.dumps([d.document_id, d.source_id, d.board_name, d.board_type, d.title, d.type, d.url, d.meeting_id,
                       d.meeting_date.isoformat(), d.sha256, [p.text for p in d.pages], d.organisations])


def _from_line(line: str) -> IndexedDocument:
    (doc_id, src, bname, btype, title, typ, url, mid, date, sha, pages, orgs) = json.loads(line)
    return IndexedDocument(
        document_id=doc_id, source_id=src, board_name=bname, board_type=btype, title=title, type=typ, url=url,
        meeting_id=mid, meeting_date=dt.date.fromisoformat(date), sha256=sha,
        pages=[Page(i + 1, t) for i, t in enumerate(pages)], organisations=orgs,
    )


def corpus_path(n_pages: int, seed: int = 7) -> Path:
    """The cached corpus file, generated on first use."""
    path = cache_dir() / f"corpus-v{CORPUS_VERSION}-{n_pages}-{seed}.jsonl"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with tmp.open("w", encoding="utf-8") as fh:
            for d in generate(n_pages, seed):
                fh.write(_to_line(d) + "\n")
        os.replace(tmp, path)
    return path


def corpus(n_pages: int, seed: int = 7) -> Iterator[IndexedDocument]:
    """The corpus of ``n_pages`` pages, read from the cache (streamed: a million pages never sit in memory)."""
    with corpus_path(n_pages, seed).open(encoding="utf-8") as fh:
        for line in fh:
            yield _from_line(line)


if __name__ == "__main__":  # python benchmarks/search_corpus.py 1000000  -> generate and cache
    import sys
    import time

    t = time.perf_counter()
    for size in sys.argv[1:] or ["100000"]:
        print(corpus_path(int(size)), f"{time.perf_counter() - t:.0f} s")
