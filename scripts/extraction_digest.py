"""One SHA-256 line per document of ``extract_document``'s JSON (as ``boardpapers extract --json`` prints it),
so two checkouts' extraction output can be compared byte for byte without keeping (or reading) the output.

Inputs: every ``document.*`` under evaluation/ and the texts of evaluation/attendance (the unseen sets in
``UNSEEN`` left out: they are not to be read), every non-HTML sample-site PDF (rendered from the deterministic
sample world) and any PDFs given with --pdf. Run it in each checkout and ``diff`` the files:

    python scripts/extraction_digest.py --out /tmp/new.txt --pdf /tmp/bench/single-600p.pdf
"""
from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from boardpapers.extractors import extract_document
from boardpapers.models import extraction_json
# the held-out case sets, named once (the trainer refuses them too): never read, so never digested
from train_attendance_model import UNSEEN

ROOT = Path(__file__).resolve().parents[1]


def _digest(data: bytes, filename: str) -> str:
    extraction = extract_document(data, filename=filename)
    text = extraction_json(extraction.to_dict())
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _inputs(pdfs: list[str], sample_sites: bool):
    evaluation = ROOT / "evaluation"
    sets = [d for d in evaluation.iterdir() if d.is_dir() and d.name not in UNSEEN]
    paths = [p for d in sets for p in d.rglob("document.*")] + sorted((evaluation / "attendance").glob("*.txt"))
    for path in sorted(paths):
        yield str(path.relative_to(ROOT)), path.name, path.read_bytes()
    if sample_sites:
        from boardpapers.samplesites.pdfs import render_pdf
        from boardpapers.samplesites.world import build_world

        for doc in build_world().all_documents():
            if doc.layout != "html":
                yield f"samplesite:{doc.key}@{doc.version}", "document.pdf", render_pdf(doc, "x")
    for pdf in pdfs:
        yield pdf, Path(pdf).name, Path(pdf).read_bytes()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", required=True)
    ap.add_argument("--pdf", action="append", default=[], help="another document to include")
    ap.add_argument("--no-sample-sites", action="store_true")
    args = ap.parse_args()
    lines = [f"{name}\t{_digest(data, filename)}" for name, filename, data in _inputs(args.pdf, not args.no_sample_sites)]
    Path(args.out).write_text("\n".join(lines) + "\n")
    print(f"{len(lines)} documents -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
