"""Score decision extraction on the real-world cases in evaluation/real/decisions/.

    .venv/bin/python evaluation/score_decisions.py [--split dev|test|all] [-v] [--case ID]

Each case directory holds a document (``document.html`` / ``document.txt``, or ``document.pdf.json``: a spec
laid out here as a PDF with fpdf2), ``labels.json`` and ``case.json``. Documents go through the same entry
point as ``boardpapers extract`` (``extract_document``).

Matching: a predicted decision matches a labelled one when
  * the items match: item numbers equal after normalising case, spaces and trailing "." / ":" / ")" — or one is the
    other with a prefix word ("GMCA 96/19" ~ "96/19", "Item 3" ~ "3"); an unnumbered label needs an
    unnumbered prediction; and
  * the texts overlap strongly: token F1 (multiset overlap of lower-cased words, harmonic mean of the share
    of the label covered and the share of the prediction used) of at least 0.6 — so a prediction that merges
    two decisions, or keeps only half of one, does not match.
Labels are matched greedily to their best unmatched prediction. Reports recall, precision, item-title
accuracy and kind accuracy over matched pairs, per body kind, per pattern and per format. Exits 1 when the
chosen split is below recall 0.90 or precision 0.95.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from boardpapers.extractors import extract_document  # noqa: E402

CASES_DIR = HERE / "real" / "decisions"
RECALL_MIN = 0.90
PRECISION_MIN = 0.95
TEXT_F1_MIN = 0.6


# --- PDF specs -------------------------------------------------------------------------------------------

_LATIN1 = str.maketrans({"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "•": "-", "·": "-"})


def _pdf_text(s: str) -> str:
    return s.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")


def render_pdf(spec: dict) -> bytes:
    """Lay a spec out as a PDF (with ``footer``, a line printed at the foot of every page): ``plain`` puts "num title" headings above paragraphs; ``numcol`` puts the item
    number in a left column beside the title and text (the two-column minute layout of many NHS boards);
    tables are drawn as ruled grids; ``scan`` (``true`` or pdfcase.py's scanner options) replaces every page by
    its image."""
    from fpdf import FPDF

    footer = spec.get("footer")

    class _Pdf(FPDF):
        def footer(self):  # page furniture, as trust and CCG minutes print it on every page
            if footer:
                self.set_y(-12)
                self.set_font("Helvetica", "", 8)
                self.cell(0, 5, _pdf_text(footer.format(page=self.page_no())), align="R")

    pdf = _Pdf(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 6, _pdf_text(spec["title"]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10)
    for line in spec.get("preamble", []):
        pdf.multi_cell(0, 5, _pdf_text(line), new_x="LMARGIN", new_y="NEXT")
    numcol = spec["layout"] == "numcol"
    left = pdf.l_margin
    text_x = left + 25 if numcol else left
    width = pdf.w - pdf.r_margin - text_x

    def para(text: str, *, bold: bool = False, indent: float = 0.0):
        pdf.set_font("Helvetica", "B" if bold else "", 10)
        pdf.set_x(text_x + indent)
        pdf.multi_cell(width - indent, 5, _pdf_text(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    for num, title, blocks in spec["items"]:
        pdf.ln(2)
        if numcol and num:
            y = pdf.get_y()
            pdf.set_font("Helvetica", "B", 10)
            pdf.set_xy(left, y)
            pdf.cell(22, 5, _pdf_text(num))
            pdf.set_xy(text_x, y)
            pdf.multi_cell(width, 5, _pdf_text(title), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        else:
            para(spec["head"].format(num=num or "", title=title).strip(), bold=True)
        for b in blocks:
            if isinstance(b, str):
                para(b)
            elif b[0] == "P":
                para(" ".join(seg if isinstance(seg, str) else " ".join(seg[2:]) for seg in b[1:]))
            elif b[0] == "D":
                for line in b[2:]:
                    para(line)
            elif b[0] in ("B", "DB"):
                lead, bullets = (b[1], b[2]) if b[0] == "B" else (b[2], b[3])
                if lead:
                    para(lead)
                for x in bullets:
                    para("- " + x, indent=5)
            elif b[0] == "T":
                header, rows = b[1], b[2]
                pdf.set_font("Helvetica", "", 9)
                widths = spec.get("table_widths") or ((20, 60, 100) if len(header) == 3 else (20, 160))
                pdf.set_x(text_x if numcol else left)
                # cells top-aligned, as Word lays out minutes tables by default
                with pdf.table(col_widths=widths, width=sum(widths), align="LEFT", text_align="LEFT",
                               v_align="TOP", line_height=5, padding=1.5) as table:
                    table.row([_pdf_text(h) for h in header])
                    for cells, *_ in rows:
                        table.row([_pdf_text(c) for c in cells])
                pdf.ln(3)
    data = bytes(pdf.output())
    if spec.get("scan"):  # a scanned minute: the text has to come back through OCR
        sys.path.insert(0, str(HERE / "real"))
        from pdfcase import _scanned

        data = _scanned(data, [spec["scan"]] * pdf.page)
    return data


# --- matching --------------------------------------------------------------------------------------------


def norm_item(item: str | None) -> str | None:
    if item is None:
        return None
    s = re.sub(r"\s+", " ", item).strip().rstrip(".:)").strip().lower()
    return s or None


def items_match(label: str | None, pred: str | None) -> bool:
    a, b = norm_item(label), norm_item(pred)
    if a is None or b is None:
        return a is None and b is None
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return long.endswith(" " + short)


def _tokens(text: str) -> Counter:
    return Counter(re.findall(r"[a-z0-9]+", (text or "").lower()))


def text_f1(label: str, pred: str) -> float:
    a, b = _tokens(label), _tokens(pred)
    overlap = sum((a & b).values())
    if not overlap:
        return 0.0
    r, p = overlap / sum(a.values()), overlap / sum(b.values())
    return 2 * p * r / (p + r)


def norm_title(t: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", " ", (t or "").lower()).strip()


def match(labels: list[dict], preds: list[dict]) -> list[tuple[dict, dict | None]]:
    used: set[int] = set()
    out = []
    for lab in labels:
        best, best_f = None, TEXT_F1_MIN
        for i, p in enumerate(preds):
            if i in used or not items_match(lab["item"], p.get("item")):
                continue
            f = text_f1(lab["text"], p.get("text", ""))
            if f >= best_f:
                best, best_f = i, f
        if best is not None:
            used.add(best)
        out.append((lab, preds[best] if best is not None else None))
    return out


# --- running ---------------------------------------------------------------------------------------------


def load_cases(split: str = "all", only: str | None = None, wave: int | None = None) -> list[dict]:
    cases = []
    for d in sorted(p for p in CASES_DIR.iterdir() if p.is_dir()):
        if only and d.name != only:
            continue
        meta = json.loads((d / "case.json").read_text())
        if split != "all" and meta["split"] != split or wave is not None and meta.get("wave", 1) != wave:
            continue
        doc = next(d.glob("document.*"))
        cases.append({"id": d.name, "dir": d, "doc": doc, "meta": meta,
                      "labels": json.loads((d / "labels.json").read_text())["decisions"]})
    return cases


def extract_case(case: dict) -> list[dict]:
    doc: Path = case["doc"]
    if doc.name.endswith(".pdf.json"):
        data, name, ctype = render_pdf(json.loads(doc.read_text())), "document.pdf", "application/pdf"
    elif doc.suffix == ".html":
        data, name, ctype = doc.read_bytes(), doc.name, "text/html"
    else:
        data, name, ctype = doc.read_bytes(), doc.name, "text/plain"
    ext = extract_document(data, content_type=ctype, filename=name)
    return [d.to_dict() for d in ext.decisions]


class Tally:
    def __init__(self):
        self.labels = self.preds = self.matched = self.title_ok = self.kind_ok = 0

    def add(self, pairs, n_preds):
        self.labels += len(pairs)
        self.preds += n_preds
        for lab, pred in pairs:
            if pred is None:
                continue
            self.matched += 1
            self.title_ok += norm_title(lab.get("item_title")) == norm_title(pred.get("item_title"))
            self.kind_ok += lab.get("kind") == pred.get("kind")

    @property
    def recall(self):
        return self.matched / self.labels if self.labels else 1.0

    @property
    def precision(self):
        return self.matched / self.preds if self.preds else 1.0

    def row(self, name: str) -> str:
        m = self.matched or 1
        return (f"{name:<34} labels {self.labels:>3}  found {self.preds:>3}  recall {self.recall:.3f}  "
                f"precision {self.precision:.3f}  title {self.title_ok / m:.3f}  kind {self.kind_ok / m:.3f}")


def score(cases: list[dict], verbose: bool = False) -> dict[str, Tally]:
    tallies: dict[str, Tally] = defaultdict(Tally)
    for case in cases:
        preds = extract_case(case)
        pairs = match(case["labels"], preds)
        meta = case["meta"]
        keys = ["all", f"kind:{meta['body_kind']}", f"format:{meta['format']}"] + [f"pattern:{p}" for p in meta["patterns"]]
        for k in keys:
            tallies[k].add(pairs, len(preds))
        if verbose:
            matched_ids = {id(p) for _, p in pairs if p is not None}
            for lab, pred in pairs:
                if pred is None:
                    print(f"  MISS {case['id']}: [{lab['item']}] {lab['text'][:110]}")
                elif lab["kind"] != pred.get("kind"):
                    print(f"  KIND {case['id']}: [{lab['item']}] label {lab['kind']} got {pred.get('kind')}: {lab['text'][:80]}")
            for p in preds:
                if id(p) not in matched_ids:
                    print(f"  EXTRA {case['id']}: [{p.get('item')}] {p.get('text', '')[:110]!r}")
    return tallies


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--case")
    ap.add_argument("--wave", type=int, help="only the cases written in this wave (README: waves 1-3 carry no mark)")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--patterns", action="store_true", help="also print the per-pattern rows")
    args = ap.parse_args(argv)
    cases = load_cases(args.split, args.case, args.wave)
    tallies = score(cases, args.verbose)
    bodies = {re.sub(r"\s*\(\d{4}\)$", "", c["meta"]["body"]) for c in cases}
    print(f"split {args.split}: {len(cases)} cases, {len(bodies)} bodies")
    for key in sorted(tallies, key=lambda k: (k != "all", k.split(":")[0] == "pattern", k)):
        if key.startswith("pattern:") and not args.patterns:
            continue
        print(tallies[key].row(key))
    t = tallies["all"]
    return 0 if t.recall >= RECALL_MIN and t.precision >= PRECISION_MIN else 1


if __name__ == "__main__":
    sys.exit(main())
