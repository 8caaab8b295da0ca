"""Write every blind case directory from a set's ``cases_def.py``.

    python evaluation/blind/build_cases.py                          # (re)writes evaluation/blind/<case_id>/
    python evaluation/blind/build_cases.py --set evaluation/blind2  # another blind set, same tooling

Each directory gets the document (document.html, document.txt or document.pdf), labels.json and case.json.
A PDF case gives either ``document`` (blocks for ``render.pdf_document``) or ``pdf_spec`` (pages for
``evaluation/real/pdfcase.build_pdf``, which can turn a page into a scan). Needs fpdf2 (a project dependency)
for the PDF cases, and pypdfium2 for scanned pages.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "real"))

from render import pdf_document  # noqa: E402


def load_cases(set_dir: Path) -> list[dict]:
    """The CASES list of ``set_dir/cases_def.py`` (each set keeps its own module of that name)."""
    spec = importlib.util.spec_from_file_location(f"cases_def_{set_dir.name}", set_dir / "cases_def.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


def write_case(spec: dict, set_dir: Path = HERE) -> Path:
    out = set_dir / spec["id"]
    out.mkdir(exist_ok=True)
    for old in out.glob("document.*"):
        old.unlink()
    fmt = spec["format"]
    if fmt == "pdf" and "pdf_spec" in spec:
        from pdfcase import build_pdf

        (out / "document.pdf").write_bytes(build_pdf(spec["pdf_spec"]))
    elif fmt == "pdf":
        pdf_document(out / "document.pdf", spec["document"])
    else:
        (out / f"document.{fmt}").write_text(spec["document"], encoding="utf-8")
    labels = {"attendees": spec["attendees"], "decisions": spec["decisions"]}
    (out / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    meta = {k: spec[k] for k in ("id", "url", "body", "body_kind", "year", "patterns", "format")}
    meta["case_id"] = meta.pop("id")
    meta["source_url"] = meta.pop("url")
    for optional_key in ("layout", "scan", "notes", "exposed"):
        if spec.get(optional_key):
            meta[optional_key] = spec[optional_key]
    meta["labelled_from"] = "the published page only (stored copy in the search tool's pages corpus)"
    (out / "case.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", dest="set_dir", type=Path, default=HERE,
                    help="directory of the blind set (holds cases_def.py; cases are written there)")
    args = ap.parse_args(argv)
    set_dir = args.set_dir.resolve()
    cases = load_cases(set_dir)
    ids = [c["id"] for c in cases]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise SystemExit(f"duplicate case ids: {sorted(dupes)}")
    for spec in cases:
        write_case(spec, set_dir)
    bodies = {c["body"] for c in cases}
    people = sum(len(c["attendees"]) for c in cases)
    decisions = sum(len(c["decisions"]) for c in cases)
    print(f"{len(cases)} cases, {len(bodies)} bodies, {people} labelled people, {decisions} labelled decisions")


if __name__ == "__main__":
    main()
