"""Write every blind case directory from ``cases_def.py``.

    python evaluation/blind/build_cases.py          # (re)writes evaluation/blind/<case_id>/

Each directory gets the document (document.html, document.txt or document.pdf), labels.json and case.json.
Needs fpdf2 (a project dependency) for the PDF cases.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cases_def import CASES  # noqa: E402
from render import pdf_document  # noqa: E402


def write_case(spec: dict) -> Path:
    out = HERE / spec["id"]
    out.mkdir(exist_ok=True)
    for old in out.glob("document.*"):
        old.unlink()
    fmt = spec["format"]
    if fmt == "pdf":
        pdf_document(out / "document.pdf", spec["document"])
    else:
        (out / f"document.{fmt}").write_text(spec["document"], encoding="utf-8")
    labels = {"attendees": spec["attendees"], "decisions": spec["decisions"]}
    (out / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    meta = {k: spec[k] for k in ("id", "url", "body", "body_kind", "year", "patterns", "format")}
    meta["case_id"] = meta.pop("id")
    meta["source_url"] = meta.pop("url")
    if spec.get("notes"):
        meta["notes"] = spec["notes"]
    meta["labelled_from"] = "the published page only (stored copy in the search tool's pages corpus)"
    (out / "case.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def main() -> None:
    ids = [c["id"] for c in CASES]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise SystemExit(f"duplicate case ids: {sorted(dupes)}")
    for spec in CASES:
        write_case(spec)
    bodies = {c["body"] for c in CASES}
    people = sum(len(c["attendees"]) for c in CASES)
    decisions = sum(len(c["decisions"]) for c in CASES)
    print(f"{len(CASES)} cases, {len(bodies)} bodies, {people} labelled people, {decisions} labelled decisions")


if __name__ == "__main__":
    main()
