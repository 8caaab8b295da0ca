"""PDF text extraction benchmark: pages/s and peak RSS for each engine on the same minutes-like corpus.

    .venv/bin/python benchmarks/extraction_bench.py [--docs 10] [--pages 60] [--cache /tmp/boardpapers-bench]

Builds (once, cached) a corpus of generated minutes-like PDFs (fpdf2) and a 600-page single document, then
runs each engine in a fresh child process per measurement so peak RSS (ru_maxrss) is that engine's own.
Writes the Markdown table to benchmarks/results/extraction.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import shutil
import subprocess
import sys
import textwrap
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


CHILD = textwrap.dedent(
    """
    import json, resource, subprocess, sys, time
    engine, files = sys.argv[1], sys.argv[2:]
    pages = 0
    t = time.perf_counter()
    if engine == "pdftotext":
        for f in files:
            out = subprocess.run(["pdftotext", "-layout", f, "-"], capture_output=True, check=True).stdout
            pages += out.count(b"\\f")
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    else:
        from boardpapers.extractors.text import pdf_pages, pdfium_text_pages
        for f in files:
            data = open(f, "rb").read()
            if engine == "pdfium-plain":
                pages += len(pdfium_text_pages(data))
            else:
                pages += len(pdf_pages(data, engine=engine)[0])
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"pages": pages, "seconds": time.perf_counter() - t, "peak_mb": peak / 1024}))
    """
)

ENGINES = [
    ("pdfium", "pdf_pages(engine='pdfium') - word boxes, column tabs (default)"),
    ("pdfplumber", "pdf_pages(engine='pdfplumber') - word boxes, column tabs"),
    ("pdfium-plain", "pdfium_text_pages - plain text, no tabs"),
    ("pdftotext", "pdftotext -layout (poppler, reference)"),
]


def measure(engine: str, files: list[Path]) -> dict:
    import json

    out = subprocess.run(
        [sys.executable, "-c", CHILD, engine, *map(str, files)], capture_output=True, text=True, cwd=ROOT
    )
    if out.returncode != 0:
        raise SystemExit(f"{engine} failed: {out.stderr[-500:]}")
    return json.loads(out.stdout)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=10)
    ap.add_argument("--pages", type=int, default=60)
    ap.add_argument("--cache", default="/tmp/boardpapers-bench")
    ap.add_argument("--out", default=str(ROOT / "benchmarks/results/extraction.md"))
    args = ap.parse_args()

    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    corpus = []
    for i in range(args.docs):
        path = cache / f"minutes-{i:02d}-{args.pages}p.pdf"
        if not path.exists():
            build_doc(path, args.pages, seed=i)
        corpus.append(path)
    big = cache / "single-600p.pdf"
    if not big.exists():
        build_doc(big, 600, seed=600)

    rows = []
    for engine, label in ENGINES:
        if engine == "pdftotext" and not shutil.which("pdftotext"):
            rows.append((label, "not installed", "", "", ""))
            continue
        c = measure(engine, corpus)
        b = measure(engine, [big])
        rows.append((label, c["pages"], f"{c['pages'] / c['seconds']:.1f}", f"{c['peak_mb']:.0f}",
                     f"{b['peak_mb']:.0f} ({b['seconds']:.1f} s)"))  # fmt: skip
        print(label, rows[-1][1:], file=sys.stderr)

    cmd = "python benchmarks/extraction_bench.py " + " ".join(sys.argv[1:])
    md = [
        "# PDF text extraction benchmark",
        "",
        f"- date: {dt.datetime.now().isoformat(timespec='minutes')}",
        f"- machine: {os.cpu_count()} CPUs (nproc), {cpu_model()}, Python {platform.python_version()}",
        f"- command: `{cmd.strip()}`",
        f"- corpus: {args.docs} generated minutes-like PDFs x {args.pages} pages (prose, attendance tables, "
        "running header/footer) + one 600-page document; each engine runs in its own child process",
        "",
        "| engine | corpus pages | pages/s | peak RSS, corpus (MB) | peak RSS, 600-page doc (MB, time) |",
        "|---|---:|---:|---:|---:|",
    ]
    md += [f"| {' | '.join(str(c) for c in r)} |" for r in rows]
    md += [
        "",
        "pdftotext's RSS is the largest child's (RUSAGE_CHILDREN); the Python rows include the interpreter "
        "(~25 MB).",
    ]
    text = "\n".join(md) + "\n"
    Path(args.out).write_text(text)
    print(text)


if __name__ == "__main__":
    main()
