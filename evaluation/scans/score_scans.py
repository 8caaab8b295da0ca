"""Attendance from poorer scans: the real-world PDF cases (evaluation/real/attendance/*/spec.json) rendered again
under several scanner degradations and read through the whole extractor (OCR included), scored as score.py scores
the real-world set (the same tally), one figure per degradation.

    .venv/bin/python evaluation/scans/score_scans.py [--split dev|test|all] [--only bw200,copy200] [-v] [--json]

Time per page is CPU seconds (this process and tesseract's), steadier than wall time on a shared machine.
"""
from __future__ import annotations

import argparse
import copy
import json
import os
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "real"))

from pdfcase import build_pdf  # noqa: E402
from score import _real_cases, _Tally, tally_case  # noqa: E402

# what each degradation hands pdfcase as a page's "scan" setting ({} is the clean 200 dpi scan of "scan": true)
DEGRADATIONS = {
    "scan200": {},
    "bw200": {"dpi": 200, "mode": "bw"},
    "grey150": {"dpi": 150, "mode": "grey"},
    "skew1.5": {"dpi": 200, "mode": "grey", "skew_deg": 1.5},
    "copy200": {"dpi": 200, "mode": "bw", "copy": True, "noise": 60},
}


def degraded_spec(spec: dict, scan: dict) -> dict:
    out = copy.deepcopy(spec)
    for page in out["pages"]:
        page["scan"] = dict(scan) if scan else True
    return out


def _cpu_seconds() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def score_scans(split: str = "dev", only: list[str] | None = None, verbose: bool = False) -> dict:
    from boardpapers.extractors import extract_document
    from boardpapers.extractors.organisations import Gazetteer

    os.environ.setdefault("BOARDPAPERS_PAGE_WORKERS", "1")  # one page at a time: CPU time per page stays fair
    gaz = Gazetteer.default()
    cases = [d for d in _real_cases(split) if (d / "spec.json").exists()]
    total, results = _Tally(), {}
    total_pages = total_cpu = 0.0
    for name in only or list(DEGRADATIONS):
        tally, misses, pages, cpu, wall = _Tally(), {}, 0, 0.0, 0.0
        for d in cases:
            spec = json.loads((d / "spec.json").read_text(encoding="utf-8"))
            data = build_pdf(degraded_spec(spec, DEGRADATIONS[name]))
            labels = json.loads((d / "labels.json").read_text(encoding="utf-8"))
            c0, w0 = _cpu_seconds(), time.monotonic()
            extraction = extract_document(data, filename="document.pdf")
            cpu += _cpu_seconds() - c0
            wall += time.monotonic() - w0
            pages += len(extraction.pages)
            t, problems = tally_case(extraction.attendance, labels, gaz)
            tally.add(t)
            if problems:
                misses[d.name] = problems
        figures = tally.figures()
        figures.update(pages=pages, cpu_s_per_page=round(cpu / max(pages, 1), 3),
                       wall_s_per_page=round(wall / max(pages, 1), 3))
        if verbose:
            figures["misses"] = misses
        results[name] = figures
        total.add(tally)
        total_pages += pages
        total_cpu += cpu
    overall = total.figures()
    overall.update(pages=int(total_pages), cpu_s_per_page=round(total_cpu / max(total_pages, 1), 3))
    return {"split": split, "cases": len(cases), "overall": overall, "by_degradation": results}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--only", help="comma-separated degradations: " + ", ".join(DEGRADATIONS))
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss per case and degradation")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    only = args.only.split(",") if args.only else None
    res = score_scans(args.split, only, args.verbose)
    if args.json:
        print(json.dumps(res, indent=1))
        return 0
    print(f"scan-quality set, split {res['split']}: {res['cases']} cases a degradation")
    for name, f in list(res["by_degradation"].items()) + [("overall", res["overall"])]:
        print(f"  {name:<8} pages {f['pages']:<4} F1 {f['f1']:.3f}  P {f['precision']:.3f}  R {f['recall']:.3f}  "
              f"org {f['org_accuracy']:.3f}  cpu s/page {f['cpu_s_per_page']:.2f}")
    if args.verbose:
        for name, f in res["by_degradation"].items():
            for case_id, problems in f.get("misses", {}).items():
                print(f"\n{name} {case_id}:")
                for p in problems:
                    print(f"   {p}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
