"""Decisions from scans: the real-world decision cases whose document is a PDF spec (``document.pdf.json``) or
plain text (``document.txt``), laid out as a PDF, every page scanned under score_scans.py's degradations and
read through the whole extractor (OCR included); scored with score_decisions.py's matching and tally.

    .venv/bin/python evaluation/scans/score_scan_decisions.py [--split dev|test|all] [--only bw200,copy200] [-v]

HTML cases are left out (their layout is the browser's, not a page's). A text case is printed one source line
to a paragraph in 10 pt Helvetica, blank lines kept, as a typed minute would be. Tesseract's output is cached
under /tmp (keyed by the page image), so a rerun after a change to the OCR post-processing or the decision
reader costs seconds; a change to tesseract's own call needs --no-cache.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import types
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "real"))

from pdfcase import _scanned  # noqa: E402
from score_decisions import Tally, load_cases, match, render_pdf, _pdf_text  # noqa: E402
from score_scans import DEGRADATIONS  # noqa: E402

CACHE = Path(os.environ.get("BOARDPAPERS_SCAN_CACHE", "/tmp/boardpapers-scan-decisions"))


def text_pdf(text: str) -> bytes:
    """A plain-text minute printed as a typed page: one paragraph per source line, blank lines as gaps."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_margins(18, 15, 18)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    for line in text.splitlines():
        if line.strip():
            pdf.multi_cell(0, 5, _pdf_text(line.rstrip()), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(3)
    return bytes(pdf.output())


def clean_pdf(case: dict) -> bytes:
    doc: Path = case["doc"]
    if doc.name.endswith(".pdf.json"):
        spec = json.loads(doc.read_text())
        spec.pop("scan", None)  # a case published as a scan: the clean pages, scanned here once under each degradation
        return render_pdf(spec)
    return text_pdf(doc.read_text(encoding="utf-8"))


def scanned_pdf(case: dict, degradation: str) -> bytes:
    """The case's PDF with every page scanned under ``degradation`` (cached by source and setting)."""
    import pypdfium2 as pdfium

    clean = clean_pdf(case)
    scan = DEGRADATIONS[degradation]
    key = hashlib.sha1(clean + json.dumps(scan, sort_keys=True).encode()).hexdigest()
    path = CACHE / "pdf" / f"{key}.pdf"
    if path.exists():
        return path.read_bytes()
    n = len(pdfium.PdfDocument(clean))
    data = _scanned(clean, [scan or True] * n)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return data


def _cached_tesseract(real_run):
    """subprocess.run for the OCR module that answers a tesseract call seen before from the cache."""
    def run(args, input=None, **kw):
        if not (args and args[0] == "tesseract" and input is not None):
            return real_run(args, input=input, **kw)
        key = hashlib.sha1(json.dumps(args).encode() + input).hexdigest()
        path = CACHE / "ocr" / f"{key}.tsv"
        if path.exists():
            return subprocess.CompletedProcess(args, 0, path.read_bytes(), b"")
        proc = real_run(args, input=input, **kw)
        if proc.returncode == 0:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(proc.stdout)
        return proc
    return run


def score_scan_decisions(split: str = "dev", only: list[str] | None = None, verbose: bool = False,
                         cache: bool = True) -> dict[str, Tally]:
    from boardpapers.extractors import extract_document
    from boardpapers.extractors import ocr

    if cache:
        ocr.subprocess = types.SimpleNamespace(run=_cached_tesseract(subprocess.run),
                                               TimeoutExpired=subprocess.TimeoutExpired)
    os.environ.setdefault("BOARDPAPERS_PAGE_WORKERS", "1")
    cases = [c for c in load_cases(split) if c["doc"].name in ("document.pdf.json", "document.txt")]
    tallies: dict[str, Tally] = {}
    overall = Tally()
    for name in only or list(DEGRADATIONS):
        tally = tallies[name] = Tally()
        for case in cases:
            ext = extract_document(scanned_pdf(case, name), content_type="application/pdf", filename="document.pdf")
            preds = [d.to_dict() for d in ext.decisions]
            pairs = match(case["labels"], preds)
            tally.add(pairs, len(preds))
            overall.add(pairs, len(preds))
            if verbose:
                _print_misses(name, case["id"], pairs, preds)
    tallies["overall"] = overall
    return tallies, len(cases)


def _print_misses(degradation: str, case_id: str, pairs, preds) -> None:
    matched = {id(p) for _, p in pairs if p is not None}
    for lab, pred in pairs:
        if pred is None:
            print(f"  MISS {degradation} {case_id}: [{lab['item']}] {lab['text'][:110]}")
    for p in preds:
        if id(p) not in matched:
            print(f"  EXTRA {degradation} {case_id}: [{p.get('item')}] {p.get('text', '')[:110]!r}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--only", help="comma-separated degradations: " + ", ".join(DEGRADATIONS))
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra per degradation")
    ap.add_argument("--no-cache", action="store_true", help="run tesseract afresh on every page")
    args = ap.parse_args(argv)
    only = args.only.split(",") if args.only else None
    tallies, n = score_scan_decisions(args.split, only, args.verbose, not args.no_cache)
    print(f"decisions from scans, split {args.split}: {n} cases (PDF-spec and text) a degradation")
    for name, t in tallies.items():
        print(t.row(name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
