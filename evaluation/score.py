"""Score the attendance parser against the labelled set in evaluation/attendance/.

    .venv/bin/python evaluation/score.py [-v]

Each case is a document (``.txt`` with form feeds between pages, ``.html``, or ModernGov ``.xml``) and a
``.json`` label listing the expected (person, status, organisation_id). Prints precision / recall / F1 over
(person, status) pairs and the accuracy of organisation linking over matched pairs (a label of null must
stay unlinked). Exits 1 when F1 < 0.95 or organisation accuracy < 0.90.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from boardpapers.extractors.attendance import (  # noqa: E402
    attendance_from_moderngov_attendees,
    attendance_from_moderngov_table,
    parse_attendance,
)
from boardpapers.models import Page  # noqa: E402

F1_MIN = 0.95
ORG_MIN = 0.90

_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "article", "section", "caption"}


def html_to_pages(html: str) -> list[Page]:
    """A minimal stand-in for the text extractor's HTML contract: lines per block, TAB between table cells."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for tr in soup.find_all("tr"):
        cells = [c.get_text(" ", strip=True) for c in tr.find_all(["td", "th"])]
        tr.replace_with("\n" + "\t".join(cells) + "\n")
    for el in soup.find_all(_BLOCK):
        el.insert_before("\n")
        el.insert_after("\n")
    text = soup.get_text()
    text = text.replace("\xa0", " ")
    lines = [re.sub(r"[ ]{2,}", " ", l).strip(" ") for l in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return [Page(number=1, text=text)]


def run_case(path: Path):
    content = path.read_text(encoding="utf-8")
    if path.suffix == ".xml":
        return attendance_from_moderngov_attendees(content)
    if path.suffix == ".html":
        if re.search(r'summary="Table of meeting attendance"', content, re.I):
            return attendance_from_moderngov_table(content)
        return parse_attendance(html_to_pages(content))
    pages = [Page(number=i + 1, text=t) for i, t in enumerate(content.split("\f"))]
    return parse_attendance(pages)


def key(person: str | None) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[.,]", " ", person or "")).strip().lower()


def score(directory: Path = HERE / "attendance", verbose: bool = False) -> dict:
    tp = fp = fn = 0
    org_ok = org_total = 0
    cases = sorted(directory.glob("*.json"))
    for label_path in cases:
        label = json.loads(label_path.read_text(encoding="utf-8"))
        records = run_case(directory / label["file"])
        got = {(key(r.person or r.name), r.status): r for r in records}
        want = {(key(e["person"]), e["status"]): e for e in label["expected"]}
        hits = set(got) & set(want)
        tp += len(hits)
        fp += len(set(got) - set(want))
        fn += len(set(want) - set(got))
        problems = []
        for k in hits:
            if "organisation_id" in want[k]:
                org_total += 1
                if got[k].organisation_id == want[k]["organisation_id"]:
                    org_ok += 1
                else:
                    problems.append(f"org {k}: got {got[k].organisation_id} want {want[k]['organisation_id']}")
        problems += [f"extra {k}" for k in sorted(set(got) - set(want), key=str)]
        problems += [f"missing {k}" for k in sorted(set(want) - set(got), key=str)]
        if verbose and problems:
            print(f"{label['file']}:")
            for p in problems:
                print(f"   {p}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    org_acc = org_ok / org_total if org_total else 1.0
    return {"cases": len(cases), "expected": tp + fn, "tp": tp, "fp": fp, "fn": fn, "precision": precision,
            "recall": recall, "f1": f1, "org_accuracy": org_acc, "org_total": org_total}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss per case")
    ap.add_argument("--dir", type=Path, default=HERE / "attendance")
    args = ap.parse_args(argv)
    s = score(args.dir, args.verbose)
    print(f"cases {s['cases']}  expected records {s['expected']}  tp {s['tp']}  fp {s['fp']}  fn {s['fn']}")
    print(f"precision {s['precision']:.3f}  recall {s['recall']:.3f}  F1 {s['f1']:.3f}  "
          f"organisation accuracy {s['org_accuracy']:.3f} (over {s['org_total']} matched records)")
    ok = s["f1"] >= F1_MIN and s["org_accuracy"] >= ORG_MIN
    if not ok:
        print(f"FAIL: thresholds are F1 >= {F1_MIN} and organisation accuracy >= {ORG_MIN}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
