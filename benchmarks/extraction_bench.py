"""PDF extraction benchmark: the `boardpapers extract FILE --json` command against `pdftotext -layout`.

    .venv/bin/python benchmarks/extraction_bench.py --cli-only [--sizes 1,60,600] [--repeats 3] [--baseline main]
        [--stages 600]

Builds (once, cached in --cache) generated minutes-like PDFs (fpdf2: prose, an attendance table every fifth
page, running header/footer), then for each size runs, paired and interleaved in the same run:

- ``pdftotext -layout FILE -`` (poppler, the floor),
- ``python -m boardpapers.cli extract FILE --json`` of this checkout (process start, the extraction sandbox,
  attendance and decisions included),
- the same command of the ``--baseline`` commit (``git archive`` into a temporary directory),

each a fresh subprocess: wall time, and the peak RSS of the largest process of its tree (VmHWM sampled from
/proc every 20 ms). The machine is shared, so each CLI run is paired with the pdftotext run next to it and the
ratio is taken per pair (median reported). Then in-process rows (pages/s of ``pdf_pages`` per engine and of
``extract_document``, each in a fresh child) and the two-worker potential for a run of many documents.
Writes benchmarks/results/extraction.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = (
    "board report health wellbeing council strategy care fund plan members noted agreed update public services "
    "integrated partnership children adults performance budget commissioning priorities housing prevention "
    "workforce pharmacy dementia obesity screening vaccination outcomes the of and to that for with"
).split()
NAMES = ["Dr Avi Bhatia", "Jill Dentith", "Cllr Adam Marsh", "Ms B Reilly", "Dr Robyn Dewis", "Mr D Walker"]
ROLES = ["Clinical Chair", "Lay Member for Governance", "Chair", "NHS England", "Director of Public Health",
         "Medical Director"]  # fmt: skip


def build_doc(path: Path, pages: int, seed: int) -> None:
    from fpdf import FPDF

    rng = random.Random(seed)
    pdf = FPDF(format="A4")
    for p in range(pages):
        pdf.add_page()
        pdf.set_auto_page_break(False)
        pdf.set_font("Helvetica", size=8)
        pdf.set_xy(10, 8)
        pdf.cell(0, 5, "Health and Wellbeing Board - Thursday, 18th April, 2019")
        pdf.set_xy(10, 20)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 6, f"{p + 1}. Item {rng.randint(1, 99)}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", size=10)
        if p % 5 == 0:  # an attendance table every few pages
            for name, role in zip(NAMES, ROLES):
                y = pdf.get_y()
                pdf.set_xy(20, y)
                pdf.cell(60, 5.5, name)
                pdf.set_xy(90, y)
                pdf.cell(100, 5.5, role, new_x="LMARGIN", new_y="NEXT")
        while pdf.get_y() < 250:
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 90)))
            pdf.multi_cell(0, 5, words.capitalize() + ".", align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        pdf.set_xy(10, 285)
        pdf.set_font("Helvetica", size=8)
        pdf.cell(0, 5, f"Page {p + 1} of {pages}", align="C")
    path.write_bytes(bytes(pdf.output()))


# In-process figures, each in a fresh child (so ru_maxrss is that engine's own).
CHILD = textwrap.dedent(
    """
    import json, os, resource, subprocess, sys, time
    engine, workers, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.environ["BOARDPAPERS_PAGE_WORKERS"] = workers
    pages = 0
    if engine == "pdftotext":
        t = time.perf_counter()
        for f in files:
            out = subprocess.run(["pdftotext", "-layout", f, "-"], capture_output=True, check=True).stdout
            pages += out.count(b"\\f")
        seconds = time.perf_counter() - t
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    else:
        from boardpapers.extractors import extract_document
        from boardpapers.extractors.text import pdf_pages, pdfium_text_pages
        datas = [open(f, "rb").read() for f in files]
        if engine == "extract_document":
            extract_document(b"plain text warm-up", filename="x.txt")  # imports, gazetteer
        t = time.perf_counter()
        for data in datas:
            if engine == "pdfium-plain":
                pages += len(pdfium_text_pages(data))
            elif engine == "extract_document":
                pages += len(extract_document(data, filename="x.pdf").pages)
            else:
                pages += len(pdf_pages(data, engine=engine)[0])
        seconds = time.perf_counter() - t
        peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                   resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(json.dumps({"pages": pages, "seconds": seconds, "peak_mb": peak / 1024}))
    """
)

IN_PROCESS = [
    ("extract_document", "1", "extract_document: text + attendance + decisions, one process"),
    ("extract_document", "0", "extract_document: text + attendance + decisions, forked page readers (default)"),
    ("pdfium", "1", "pdf_pages(engine='pdfium'): plain text, word boxes where layout matters"),
    ("pdfium-chars", "1", "pdf_pages(engine='pdfium-chars'): character word boxes on every page (previous default)"),
    ("pdfium-plain", "1", "pdfium_text_pages: plain text only, no tabs, no clean-up"),
    ("pdftotext", "1", "pdftotext -layout (poppler, reference)"),
]

NOTES = """### How extraction works now, and where the time goes

- Every PDF page's text comes from pdfium's plain text (`FPDFText_GetText` on the raw text page). Only pages
  where layout matters go through the word-box line reader: a column gap between pdfium's text runs
  (`FPDFText_CountRects`/`GetRect`, a few dozen calls a page), a line much wider than its characters need
  (one operator drawing two cells), text drawn out of reading order, or an attendance heading. On those
  pages only the lines with a gap are read word by word, with boxes measured at the two ends of each of
  pdfium's words (two calls a word instead of one a character); the other lines go in as one word each.
  The output is identical to reading every page from character boxes (`engine="pdfium-chars"`, the previous
  default) on all 1,383 pages checked: the 242 sample-site PDFs (783 pages) and the 600-page benchmark document.
- Documents of 300 pages or more are read by `BOARDPAPERS_PAGE_WORKERS` processes (default: the CPUs this
  process may use; forked, only from a single-threaded process). A run extracting several documents at once
  should set it to 1 in its workers.
- The floor inside one process is pdfium's own text page (`FPDFText_LoadPage`), which costs about what
  `pdftotext -layout` costs for the whole page: "pdfium_text_pages" (in-process rows) is that floor plus Python's line
  handling. One process therefore cannot reach half of pdftotext's pages/s on its own; the second reader
  process is what closes the gap when a core is free.
- Where one document's CPU goes: `--stages PAGES` measures it in the same run (table above when given):
  pdfium's page and text page loads are the floor and cost more than the whole of `pdftotext -layout`;
  `parse_attendance` and `parse_decisions` come next; Python's line handling is a fraction of the floor.
- The shipped gazetteer (~0.08 s of CPU to load) is loaded when attendance first looks a body up, so a
  document with no attendance block (most reports) does not pay for it.
- Both cores for one long document, shared from the two ends (`page_readers.TwoEnds`: the worker takes pages
  from the front, a forked child from the back, until they meet, so a process slowed by the machine's load
  does not keep the other waiting): first pdfium's pages, then attendance pages, which the forked
  `parse_decisions` child (decisions run through the document in order) takes from the back once its
  decisions are done. What stays on one core: the command's start (`extract` starts its sandbox worker
  before it builds its parser, and the worker imports only pdfium and the page readers before saying ready;
  the rules are imported and the first page's attendance patterns compiled while the forked reader reads
  pages, so that cost is shared out too), header/footer removal, the reply (the pages' JSON text is made
  beside the decisions child, only the rest's after the join).
- The command imports neither SQLAlchemy nor the catalogue any more: `extraction_from_dict` lives in
  `boardpapers/models.py` (the catalogue re-exports it), which saved ~0.3 s of CPU per command. `extract`
  does not import the pipeline, the fetcher (requests) or YAML either.
- The half of pdftotext's pages/s is therefore out of reach of one process, and reachable with two only if
  almost nothing stays serial: on this machine, under the other engineers' load, the 600-page document
  stays near 0.3 and long documents come close to 0.5 (see the table).
- On a shared machine wall times are several times the idle figures: compare within a pair, and prefer the
  CPU ratio.
"""

# Two documents at once: what a run of many documents gains from a second extraction worker.
PARALLEL_CHILD = textwrap.dedent(
    """
    import json, os, sys, time
    from concurrent.futures import ProcessPoolExecutor
    workers, files = int(sys.argv[1]), sys.argv[2:]
    os.environ["BOARDPAPERS_PAGE_WORKERS"] = "1"

    def one(path):
        from boardpapers.extractors import extract_document
        return len(extract_document(open(path, "rb").read(), filename="x.pdf").pages)

    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(one, files[:workers]))  # start the workers and import everything first
        t = time.perf_counter()
        pages = sum(pool.map(one, files))
    print(json.dumps({"pages": pages, "seconds": time.perf_counter() - t}))
    """
)


class TreePeak:
    """Peak RSS of a process tree, sampled from /proc: the largest process's own peak (VmHWM) and the largest
    sum of the tree's resident sets at one sample (VmRSS of the command, its sandbox worker and forked
    children together: what the machine must hold at once)."""

    def __init__(self, root_pid: int):
        self.root, self.peaks, self._stop = root_pid, {}, threading.Event()
        self.tree_kb = 0
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _tree(self) -> list[int]:
        """The root and its descendants, from each task's ``children`` file: a few reads a sample, where
        scanning every process's stat took ~1.5 ms of this process's CPU (and the GIL its pipe reads need)
        every 20 ms, beside the command being measured."""
        out, todo = [], [self.root]
        while todo:
            pid = todo.pop()
            out.append(pid)
            try:
                for task in os.listdir(f"/proc/{pid}/task"):
                    todo.extend(int(c) for c in Path(f"/proc/{pid}/task/{task}/children").read_text().split())
            except (OSError, ValueError):
                continue
        return out

    def _run(self) -> None:
        while not self._stop.is_set():
            resident = 0
            for pid in self._tree():
                try:
                    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                        if line.startswith("VmHWM:"):
                            self.peaks[pid] = max(self.peaks.get(pid, 0), int(line.split()[1]))
                        elif line.startswith("VmRSS:"):
                            resident += int(line.split()[1])
                except OSError:
                    pass
            self.tree_kb = max(self.tree_kb, resident)
            self._stop.wait(0.02)

    def stop(self) -> tuple[float, float]:
        """(largest process's peak, largest sum over the tree), in MB."""
        self._stop.set()
        self._thread.join()
        largest = max(self.peaks.values(), default=0)
        return largest / 1024, max(self.tree_kb, largest) / 1024


def become_subreaper() -> None:
    """Linux: orphaned descendants (the sandbox's forkserver, page readers) are re-parented to this process,
    so waiting for them adds their CPU time to RUSAGE_CHILDREN."""
    import ctypes

    ctypes.CDLL(None).prctl(36, 1)  # PR_SET_CHILD_SUBREAPER


def _reap_orphans() -> None:
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            return


def run_command(argv: list[str], cwd: Path, env: dict | None = None) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = TreePeak(proc.pid)
    out, err = proc.communicate()
    seconds = time.perf_counter() - t
    peak_mb, tree_mb = peak.stop()
    _reap_orphans()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {err.decode()[-500:]}")
    return {"seconds": seconds, "cpu": cpu, "peak_mb": peak_mb, "tree_mb": tree_mb, "stdout": out}


def pdftotext_run(path: Path) -> dict:
    res = run_command(["pdftotext", "-layout", str(path), "-"], ROOT)
    res["pages"] = res.pop("stdout").count(b"\f")
    return res


def cli_run(path: Path, checkout: Path, env: dict) -> dict:
    res = run_command([sys.executable, "-m", "boardpapers.cli", "extract", str(path), "--json"], checkout, env)
    extraction = json.loads(res.pop("stdout"))
    res.update(pages=len(extraction["pages"]), attendance=len(extraction["attendance"]),
               decisions=len(extraction["decisions"]))
    return res


def baseline_checkout(commit: str, into: Path) -> Path:
    """``git archive`` of the commit, with boardpapers/extractors and boardpapers/search linked to the
    top-level folders (the installed package maps them; PYTHONPATH alone would not)."""
    tar = into / "src.tar"
    with open(tar, "wb") as handle:
        subprocess.run(["git", "archive", commit], cwd=ROOT, stdout=handle, check=True)
    with tarfile.open(tar) as archive:
        archive.extractall(into / "src", filter="data")
    src = into / "src"
    for name in ("extractors", "search"):
        (src / "boardpapers" / name).symlink_to(src / name)
    return src


def compile_bytecode(checkout: Path) -> None:
    """Write the bytecode of a checkout's modules, as installing the package does. Without it, a shell with
    PYTHONDONTWRITEBYTECODE=1 (this machine's) makes the command compile the modules only it imports
    (cli.py, sandbox.py, ...) on every run: ~25 ms of each run's start, in both versions."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", *(str(checkout / d) for d in ("boardpapers", "extractors",
                   "search"))], check=True, stdout=subprocess.DEVNULL)


# CPU of each step of one extraction, as extract_document runs them (one page reader: the split is of work, not
# of wall time). The gazetteer is loaded where extract_document loads it: counted under attendance.
STAGES_CHILD = textwrap.dedent(
    """
    import json, os, sys, time
    os.environ["BOARDPAPERS_PAGE_WORKERS"] = "1"
    clock = time.process_time
    t = clock()
    import boardpapers.extractors as ex
    from boardpapers.extractors.attendance import parse_attendance
    from boardpapers.extractors.decisions import parse_decisions
    from boardpapers.extractors.text import document_pages
    out = {"imports": clock() - t}
    data = open(sys.argv[1], "rb").read()
    import pypdfium2 as pdfium, pypdfium2.raw as R
    t = clock()  # the floor: pdfium's page and text page for every page, nothing read from them
    doc = pdfium.PdfDocument(data)
    for i in range(len(doc)):
        page = R.FPDF_LoadPage(doc.raw, i)
        R.FPDFText_ClosePage(R.FPDFText_LoadPage(page))
        R.FPDF_ClosePage(page)
    doc.close()
    out["floor"] = clock() - t
    t = clock()
    pages, _, _ = document_pages(data, filename="x.pdf")
    out["pages"] = clock() - t
    t = clock()
    gazetteer = ex._DefaultGazetteer() if hasattr(ex, "_DefaultGazetteer") else None
    parse_attendance(pages, gazetteer)
    out["attendance"] = clock() - t
    t = clock()
    parse_decisions(pages)
    out["decisions"] = clock() - t
    print(json.dumps(out))
    """
)


def stages(path: Path, checkout: Path, env: dict) -> dict:
    out = subprocess.run([sys.executable, "-c", STAGES_CHILD, str(path)], capture_output=True, text=True,
                         cwd=checkout, env=env)
    if out.returncode != 0:
        raise SystemExit(f"stages failed: {out.stderr[-500:]}")
    return json.loads(out.stdout)


def in_process(engine: str, workers: str, files: list[Path]) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, engine, workers, *map(str, files)], capture_output=True,
                         text=True, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"{engine} failed: {out.stderr[-500:]}")
    return json.loads(out.stdout)


def parallel(workers: int, files: list[Path]) -> dict:
    out = subprocess.run([sys.executable, "-c", PARALLEL_CHILD, str(workers), *map(str, files)],
                         capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"parallel failed: {out.stderr[-500:]}")
    return json.loads(out.stdout)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1,60,600", help="pages of the single documents, comma-separated")
    ap.add_argument("--repeats", type=int, default=3, help="paired runs of this checkout per size")
    ap.add_argument("--baseline", default="main", help="commit to compare with ('' to skip)")
    ap.add_argument("--baseline-repeats", type=int, default=3)
    ap.add_argument("--baseline-sizes", default="1,60,600",
                    help="sizes the baseline runs at (it needs minutes per 1,000 pages), comma-separated")
    ap.add_argument("--docs", type=int, default=10, help="documents of the many-documents corpus")
    ap.add_argument("--pages", type=int, default=60, help="pages of each of those documents")
    ap.add_argument("--cli-only", action="store_true", help="only the paired command-line table (and --stages)")
    ap.add_argument("--stages", type=int, default=0, metavar="PAGES",
                    help="also split the CPU of one in-process extraction of the PAGES-page document into imports, "
                    "pages, attendance and decisions, this checkout and the baseline alternating (--repeats each)")
    ap.add_argument("--extra", default="", help="more PDFs for the command-line table (e.g. evaluation cases "
                    "built by evaluation/real/pdfcase.py), comma-separated; the baseline runs on them too")
    ap.add_argument("--cache", default="/tmp/boardpapers-bench")
    ap.add_argument("--out", default=str(ROOT / "benchmarks/results/extraction.md"))
    args = ap.parse_args()
    if not shutil.which("pdftotext"):
        raise SystemExit("pdftotext (poppler-utils) is needed: it is the baseline")
    become_subreaper()

    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    singles = {}
    for size in sizes:
        singles[size] = cache / f"single-{size}p.pdf"
        if not singles[size].exists():
            build_doc(singles[size], size, seed=size)
    corpus = []
    for i in range(args.docs):
        path = cache / f"minutes-{i:02d}-{args.pages}p.pdf"
        if not path.exists():
            build_doc(path, args.pages, seed=i)
        corpus.append(path)

    # the previous version needs minutes for 2,000 pages: give both versions room instead of the 300 s default
    env_new = dict(os.environ, BOARDPAPERS_EXTRACT_TIMEOUT="3600")
    env_new.pop("PYTHONPATH", None)
    tmp = tempfile.TemporaryDirectory(prefix="extraction-bench-")
    base_src = baseline_checkout(args.baseline, Path(tmp.name)) if args.baseline else None
    env_base = dict(env_new, PYTHONPATH=str(base_src)) if base_src else None
    for checkout in filter(None, (ROOT, base_src)):
        compile_bytecode(checkout)

    baseline_sizes = {int(s) for s in args.baseline_sizes.split(",") if s}
    extras = {Path(p).name: Path(p) for p in args.extra.split(",") if p}
    cli_rows = []
    for size, path in [*singles.items(), *extras.items()]:
        pairs, base_pairs = [], []
        for r in range(max(args.repeats, args.baseline_repeats if base_src else 0)):
            if r < args.repeats:
                floor, new = pdftotext_run(path), cli_run(path, ROOT, env_new)
                pairs.append((floor, new))
                print(f"{size} pages: pdftotext {floor['seconds']:.2f} s ({floor['cpu']:.2f} CPU), "
                      f"extract {new['seconds']:.2f} s ({new['cpu']:.2f} CPU)", file=sys.stderr)
            if base_src and (size in baseline_sizes or size in extras) and r < args.baseline_repeats:
                floor, old = pdftotext_run(path), cli_run(path, base_src, env_base)
                base_pairs.append((floor, old))
                print(f"{size} pages: pdftotext {floor['seconds']:.2f} s ({floor['cpu']:.2f} CPU), "
                      f"baseline {old['seconds']:.2f} s ({old['cpu']:.2f} CPU)", file=sys.stderr)
        cli_rows.append((size, pairs, base_pairs))

    stage_rows = []
    if args.stages:
        path = cache / f"single-{args.stages}p.pdf"
        if not path.exists():
            build_doc(path, args.stages, seed=args.stages)
        versions = [("this checkout", ROOT, env_new)] + ([(f"baseline {args.baseline}", base_src, env_base)]
                                                         if base_src else [])
        runs: dict[str, list[dict]] = {v[0]: [] for v in versions}
        for _ in range(args.repeats):
            for version, checkout, env in versions:
                runs[version].append(stages(path, checkout, env))
                print(version, runs[version][-1], file=sys.stderr)
        stage_rows = list(runs.items())

    rows_in = []
    for engine, workers, label in [] if args.cli_only else IN_PROCESS:
        c = in_process(engine, workers, corpus)
        b = in_process(engine, workers, [singles[sizes[0]]])
        rows_in.append((label, c, b))
        print(label, c, b, file=sys.stderr)
    one, two = (None, None) if args.cli_only else (parallel(1, corpus), parallel(2, corpus))

    cmd = "python benchmarks/extraction_bench.py " + " ".join(sys.argv[1:])
    md = [
        "# PDF extraction benchmark",
        "",
        f"- date: {dt.datetime.now().isoformat(timespec='minutes')}",
        f"- machine: {len(os.sched_getaffinity(0))} CPUs, {cpu_model()}, Python {platform.python_version()}; "
        f"load average at the end {os.getloadavg()[0]:.1f} (a shared machine: compare within a pair only)",
        f"- command: `{cmd.strip()}`",
        f"- documents: generated minutes-like PDFs (prose, an attendance table every fifth page, running "
        f"header/footer) of {', '.join(map(str, sizes))} pages; {args.docs} x {args.pages}-page documents for "
        "the in-process and many-documents rows",
        "",
        "### Through the command line, paired with pdftotext",
        "",
        "`boardpapers extract FILE --json` (process start, sandbox, text, attendance and decisions) against "
        "`pdftotext -layout FILE -`, run one after the other; ratio = CLI pages/s ÷ pdftotext pages/s of the "
        "same pair (median over pairs), by CPU time (user + system of every process of the command's tree, "
        "sandbox worker and forked children included: the headline, because it holds steady on a busy machine) "
        "and by wall time (secondary: on a shared machine it mostly measures the other users' load). Each pair "
        "of this checkout is followed by a pair of the baseline. Peak RSS: the largest process's own peak, and "
        "the largest sum of the whole tree's resident sets at one sample (every 20 ms).",
        "",
        "| pages | version | runs | CLI CPU (s, median) | pdftotext CPU (s) | **ratio, CPU** | CLI wall (s) | "
        "CLI pages/s (wall) | pdftotext wall (s) | pdftotext pages/s | ratio, wall | peak RSS, largest process (MB) "
        "| peak RSS, whole tree (MB) | attendance / decisions |",
        "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for label, pairs, base_pairs in cli_rows:
        size, floor_pages = pairs[0][1]["pages"], pairs[0][0]["pages"]
        label = label if label == size else f"{label} ({size})"
        # pages/s against pages/s: the command stops at its page limit (2,000), pdftotext reads every page
        scale = size / floor_pages
        for version, ps in (("this checkout", pairs), (f"baseline {args.baseline}", base_pairs)):
            if not ps:
                continue
            cli_s = median([p[1]["seconds"] for p in ps])
            floor_s = median([p[0]["seconds"] for p in ps])
            ratio = median([scale * p[0]["seconds"] / p[1]["seconds"] for p in ps])
            peak = max(p[1]["peak_mb"] for p in ps)
            cli_cpu = median([p[1]["cpu"] for p in ps])
            floor_cpu = median([p[0]["cpu"] for p in ps])
            ratio_cpu = median([scale * p[0]["cpu"] / p[1]["cpu"] for p in ps])
            tree = max(p[1]["tree_mb"] for p in ps)
            last = ps[-1][1]
            md.append(f"| {label} | {version} | {len(ps)} | {cli_cpu:.2f} | {floor_cpu:.2f} | **{ratio_cpu:.2f}** | "
                      f"{cli_s:.2f} | {size / cli_s:.3g} | {floor_s:.2f} | {floor_pages / floor_s:.3g} | {ratio:.2f} | "
                      f"{peak:.0f} | {tree:.0f} | {last['attendance']} / {last['decisions']} |")
    if stage_rows:
        md += [
            "",
            f"### Where one process's CPU goes ({args.stages} pages, in process, one page reader)",
            "",
            "A fresh child per run, this checkout and the baseline alternating; CPU seconds (user + system of "
            "that process), median over runs. `imports`: the extractors' modules and the gazetteer when "
            "`extract_document` loads it; `pages`: `document_pages` (pdfium, line building, header/footer "
            "removal); the floor column is the same pages loaded by pdfium with nothing read from them, measured "
            "separately; then `parse_attendance` and `parse_decisions` as `extract_document` calls them.",
            "",
            "| version | runs | imports | pages | of which pdfium's page + text page loads (the floor) | attendance "
            "| decisions | total |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for version, runs in stage_rows:
            cells = [median([r[k] for r in runs]) for k in ("imports", "pages", "attendance", "decisions")]
            floor = median([r["floor"] for r in runs])
            md.append(f"| {version} | {len(runs)} | {cells[0]:.2f} | {cells[1]:.2f} | {floor:.2f} | {cells[2]:.2f} | "
                      f"{cells[3]:.2f} | {sum(cells):.2f} |")
    if not args.cli_only:
        md += [
            "",
            "### In process",
            "",
            "Each row in a fresh child process; pages/s over the corpus, and the first single document.",
            "",
            f"| what | corpus pages/s ({args.docs} x {args.pages} pages) | peak RSS (MB) | "
            f"{sizes[0]}-page document: s (pages/s) | peak RSS (MB) |",
            "|---|---:|---:|---:|---:|",
        ]
        for label, c, b in rows_in:
            md.append(f"| {label} | {c['pages'] / c['seconds']:.0f} | {c['peak_mb']:.0f} | "
                      f"{b['seconds']:.2f} ({b['pages'] / b['seconds']:.0f}) | {b['peak_mb']:.0f} |")
        md += [
            "",
            "### Many documents: one or two extraction workers",
            "",
            f"`extract_document` over the {args.docs} x {args.pages}-page corpus in a process pool "
            "(BOARDPAPERS_PAGE_WORKERS=1 in the workers), after a warm-up:",
            "",
            "| workers | pages | seconds | pages/s |",
            "|---:|---:|---:|---:|",
            f"| 1 | {one['pages']} | {one['seconds']:.2f} | {one['pages'] / one['seconds']:.0f} |",
            f"| 2 | {two['pages']} | {two['seconds']:.2f} | {two['pages'] / two['seconds']:.0f} |",
            "",
        ]
    md += ["", NOTES.rstrip("\n")] if args.cli_only else [NOTES.rstrip("\n")]
    text = "\n".join(md) + "\n"
    Path(args.out).write_text(text)
    print(text)
    tmp.cleanup()


if __name__ == "__main__":
    main()
