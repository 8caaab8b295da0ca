"""Train the attendance line tagger (`extractors/attendance/learned.py`) on the labelled corpus.

    .venv/bin/python scripts/train_attendance_model.py                 # folds report, then the shipped model
    .venv/bin/python scripts/train_attendance_model.py --folds-only --fold-dir /tmp/attnml   # fold models only

    .venv/bin/python scripts/train_attendance_model.py --held blind5 --alone --cache /tmp/attn-pages.json
                                      # one fold: train without blind5, score the fallback alone (rules off) on it

Corpus: every labelled case of evaluation/real/attendance's dev split (never its test third), evaluation/attendance,
evaluation/blind, blind2, blind3, blind4 (retired), blind5, blind6, blind7, blind8, blind9, blind10, blind11,
blind12, blind13 and blind14 (development); never an unseen set (UNSEEN: the script refuses them). Each document goes through the
extractor's text path (`document_pages`) and the attendance rules' page text (`attendance_text`); each line gets a
tag by aligning the labelled people to lines (`line_tags`). Folds are whole sets (a model never sees any case of
the set it is scored on), so a fold model stands in for layouts the model was not trained on; the script reports
per-line precision and recall on each held-out set, also on the entry lines the rules (fallback off) missed, and
with ``--alone`` the people the fallback finds by itself (rules off: no block read, nobody found before it) against
the labels, overall and for text-PDF name grids and tables, the layouts the rules miss most.
Training is deterministic (L-BFGS from zero weights, cases in sorted order), so the same corpus gives the same
model file.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT / "evaluation"
SETS = ("real", "original", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10",
        "blind11", "blind12", "blind13", "blind14")
UNSEEN = ("blind15",)  # never read here: their figures must stay an estimate of unseen minutes
assert not set(SETS) & set(UNSEEN)
TRAIN_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'").casefold()


def _pages_of(data: bytes, filename: str) -> list[str]:
    from boardpapers.extractors.attendance.assembly import attendance_text
    from boardpapers.extractors.text import document_pages

    pages, _, _ = document_pages(data, filename=filename)
    return [attendance_text(p) for p in pages]


def corpus_cases(cache: Path | None = None) -> list[dict]:
    """[{set, id, pages: [page text], people: [(name, status)]}] in a fixed order; page texts cached in ``cache``
    (OCR of the scanned cases is the slow part)."""
    sys.path.insert(0, str(EVAL / "real"))
    from pdfcase import case_document

    cached = json.loads(cache.read_text()) if cache and cache.exists() else {}
    out = []

    def add(set_name: str, case_id: str, load, people, meta=None) -> None:
        key = f"{set_name}/{case_id}"
        if key not in cached:
            data, filename = load()
            cached[key] = _pages_of(data, filename)
        out.append({"set": set_name, "id": case_id, "pages": cached[key], "people": people,
                    "layout": layout_group(meta or {})})

    for d in sorted(p for p in (EVAL / "real" / "attendance").iterdir() if (p / "labels.json").exists()):
        meta = json.loads((d / "case.json").read_text(encoding="utf-8"))
        if meta["split"] == "test":
            continue  # the held-out third: its figures must not come from a model that has seen it
        labels = json.loads((d / "labels.json").read_text(encoding="utf-8"))
        add("real", d.name, lambda d=d: case_document(d), [(x["name"], x["status"]) for x in labels], meta)
    for label_path in sorted((EVAL / "attendance").glob("*.json")):
        label = json.loads(label_path.read_text(encoding="utf-8"))
        doc = EVAL / "attendance" / label["file"]
        if doc.suffix == ".xml":
            continue  # ModernGov's structured attendance: no lines to tag
        add("original", label_path.stem, lambda doc=doc: (doc.read_bytes(), doc.name),
            [(x["person"], x["status"]) for x in label["expected"]])
    for set_name in SETS[2:]:
        for d in sorted(p for p in (EVAL / set_name).iterdir() if (p / "labels.json").exists()):
            doc = next(d / n for n in ("document.html", "document.pdf", "document.txt") if (d / n).exists())
            labels = json.loads((d / "labels.json").read_text(encoding="utf-8"))["attendees"]
            add(set_name, d.name, lambda doc=doc: (doc.read_bytes(), doc.name),
                [(x["name"], x["status"]) for x in labels if not x.get("optional")],
                json.loads((d / "case.json").read_text(encoding="utf-8")))
    if cache:
        cache.write_text(json.dumps(cached))
    return out


def layout_group(meta: dict) -> str:
    """The layout group a case is reported under: "pdf_grid" (a text PDF laying names out in a grid or a register),
    "pdf_table" (a text PDF's name | role table), "scan", else its format."""
    fmt = meta.get("format") or "other"
    shape = " ".join([meta.get("layout") or ""] + list(meta.get("patterns") or []))
    if fmt != "pdf":
        return fmt
    if meta.get("scan") or "scan" in shape:
        return "scan"
    return "pdf_grid" if "grid" in shape else "pdf_table" if "table" in shape else "pdf"


def _title_before():
    from boardpapers.extractors.names import TITLES

    # every title the rules read (names.TITLES: "Councillor", "Bailie", "Ch. Supt")
    titles = sorted({re.escape(t.lower()) for t in TITLES}, key=len, reverse=True)
    return re.compile(r"(?<![a-z])(?:" + "|".join(titles) + r")\.?\s+$")


_TITLE_BEFORE = _title_before()


def _mentions(line: str, name: str) -> bool:
    """Whether a line names the person: the surname as a word, with the forename, its initial or a title before it."""
    words = re.findall(r"[a-z][a-z'\-]*", _fold(name))
    if not words:
        return False
    low = _fold(line)
    surname = words[-1]
    for m in re.finditer(rf"(?<![a-z]){re.escape(surname)}(?![a-z])", low):
        before = low[max(0, m.start() - 40):m.start()]
        if len(words) == 1 or re.search(rf"(?<![a-z]){re.escape(words[0])}(?![a-z])", before) \
                or re.search(rf"(?<![a-z]){words[0][0]}\.?\s+(?:[a-z]\.?\s+)*$", before) or _TITLE_BEFORE.search(before):
            return True
    return False


def line_tags(pages: list[str], people: list[tuple[str, str]]) -> list[list[str]]:
    """A tag for each line of each page: the status tag of the people first named on it (the commonest when
    several), a heading tag for a line the heading rules read as a status heading naming nobody, else other.
    A single non-blank line between two entry lines of one status is a wrapped part of them (a role, a body)."""
    from boardpapers.extractors.attendance.headings import _heading
    from boardpapers.extractors.attendance.learned import HEADING_TAG, OTHER_TAG, TAG_OF_STATUS

    lines = [page.split("\n") for page in pages]
    statuses: dict[tuple[int, int], Counter] = {}
    for name, status in people:
        if status not in TAG_OF_STATUS:
            continue
        where = next(((p, k) for p, page in enumerate(lines) for k, line in enumerate(page) if _mentions(line, name)),
                     None)
        if where is not None:
            statuses.setdefault(where, Counter())[TAG_OF_STATUS[status]] += 1
    out = []
    for p, page in enumerate(lines):
        tags = []
        for k, line in enumerate(page):
            if (p, k) in statuses:
                tags.append(statuses[(p, k)].most_common(1)[0][0])
            elif (head := _heading(line)) and head[0]:
                tags.append(HEADING_TAG)
            else:
                tags.append(OTHER_TAG)
        for k in range(1, len(tags) - 1):
            if tags[k] == OTHER_TAG and page[k].strip() and tags[k - 1] == tags[k + 1] \
                    and tags[k - 1] not in (OTHER_TAG, HEADING_TAG):
                tags[k] = tags[k - 1]
        out.append(tags)
    return out


def sequences(case: dict):
    """(features, tags) for each page of a case that has a candidate window; only window lines are kept, as the
    tagger sees them at run time."""
    from boardpapers.extractors.attendance.learned import candidate_windows, line_features

    for page, tags in zip(case["pages"], line_tags(case["pages"], case["people"])):
        lines = page.split("\n")
        for lo, hi in candidate_windows(lines):
            yield line_features(lines[lo:hi], lo), tags[lo:hi], (lo, hi)


def train(cases: list[dict], path: Path) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=False)
    trainer.set_params(TRAIN_PARAMS)
    for case in cases:
        for feats, tags, _ in sequences(case):
            trainer.append(feats, tags)
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))


def rules_people(case: dict) -> set[str]:
    """Surnames the rules (fallback off) find in a case, folded."""
    from boardpapers.extractors.attendance import parse_attendance
    from boardpapers.models import Page

    os.environ["BOARDPAPERS_EXTRACT_ATTENDANCE_MODEL"] = "off"
    try:
        recs = parse_attendance([Page(number=i + 1, text=t) for i, t in enumerate(case["pages"])])
    finally:
        del os.environ["BOARDPAPERS_EXTRACT_ATTENDANCE_MODEL"]
    return {_fold(r.person or r.name).split()[-1] for r in recs if (r.person or r.name).split()}


def evaluate(cases: list[dict], path: Path, threshold: float) -> dict:
    """Per-line precision and recall of entry tags (status must agree) on these cases, overall and on the entry
    lines naming nobody the rules (fallback off) found. Lines outside every cue window count as tagged other."""
    from boardpapers.extractors.attendance.learned import STATUS_OF_TAG, tag_lines

    c = Counter()
    for case in cases:
        rules_found = rules_people(case)
        for page, gold in zip(case["pages"], line_tags(case["pages"], case["people"])):
            lines = page.split("\n")
            pred = [t if t in STATUS_OF_TAG and p >= threshold else "O" for t, p in tag_lines(lines, str(path))]
            for line, want, got in zip(lines, gold, pred):
                c["predicted"] += got != "O"
                c["tp"] += got != "O" and got == want
                if want in STATUS_OF_TAG:
                    c["labelled"] += 1
                    c["any_status"] += got != "O"
                    words = set(re.findall(r"[a-z][a-z'\-]*", _fold(line)))
                    if not words & rules_found:
                        c["missed_labelled"] += 1
                        c["missed_hit"] += got == want
    return {
        "lines_labelled": c["labelled"], "lines_predicted": c["predicted"],
        "precision": c["tp"] / c["predicted"] if c["predicted"] else None,
        "recall": c["tp"] / c["labelled"] if c["labelled"] else None,
        "recall_any_status": c["any_status"] / c["labelled"] if c["labelled"] else None,
        "rules_missed_lines": c["missed_labelled"],
        "recall_on_rules_missed": c["missed_hit"] / c["missed_labelled"] if c["missed_labelled"] else None,
    }


def alone_people(case: dict, path: Path) -> list[tuple[str, str]]:
    """(person, status) of everyone the fallback finds by itself in a case: each page read with no rules' block
    and nobody found before it, so the model and its cell reader are measured alone."""
    from boardpapers.extractors.attendance.learned import learned_records
    from boardpapers.extractors.organisations import Gazetteer

    gaz = Gazetteer.default()
    os.environ["BOARDPAPERS_EXTRACT_ATTENDANCE_MODEL"] = str(path)
    try:
        found: list = []
        for n, text in enumerate(case["pages"], 1):
            found.extend(learned_records(text, [], found, n, gaz))
    finally:
        del os.environ["BOARDPAPERS_EXTRACT_ATTENDANCE_MODEL"]
    return [(r.person or r.name, r.status) for r in found]


def _same_person(found: str, label: str) -> bool:
    """The surname agrees, and the forename or its initial when both give one ("Dr A. Rudd" is "Ann Rudd")."""
    f, g = re.findall(r"[a-z][a-z'\-]*", _fold(found)), re.findall(r"[a-z][a-z'\-]*", _fold(label))
    if not f or not g or f[-1] != g[-1]:
        return False
    return len(f) == 1 or len(g) == 1 or f[0][0] == g[0][0]


# the fallback has no substitute tag: a substitute is scored as present (the fallback cannot say for whom)
_ALONE_STATUS = {"substitute": "present"}


def score_alone(cases: list[dict], path: Path, verbose: bool = False) -> dict:
    """Person+status precision and recall of the fallback alone (``alone_people``), overall and per layout group."""
    tally: dict[str, Counter] = {}
    for case in cases:
        want = [(n, _ALONE_STATUS.get(st, st)) for n, st in case["people"]]
        got = [(n, _ALONE_STATUS.get(st, st)) for n, st in alone_people(case, path)]
        free = list(range(len(want)))
        c = Counter(labelled=len(want), found=len(got))
        for name, status in got:
            hit = next((i for i in free if want[i][1] == status and _same_person(name, want[i][0])), None)
            if hit is None:
                if verbose:
                    print(f"  {case['set']}/{case['id']}: spurious or wrong status {name!r} {status}")
                continue
            free.remove(hit)
            c["tp"] += 1
        for group in ("all", case["layout"]):
            tally.setdefault(group, Counter()).update(c)
    return {g: {"labelled": c["labelled"], "found": c["found"], "tp": c["tp"],
                "precision": round(c["tp"] / c["found"], 3) if c["found"] else None,
                "recall": round(c["tp"] / c["labelled"], 3) if c["labelled"] else None}
            for g, c in sorted(tally.items())}


def main(argv: list[str] | None = None) -> int:
    from boardpapers.extractors.attendance.learned import MIN_MARGINAL, SHIPPED_MODEL

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--fold-dir", type=Path, default=Path("/tmp/attendance-folds"),
                    help="where the fold models go (one per held-out set: without-<set>.crfsuite)")
    ap.add_argument("--cache", type=Path, default=None, help="a JSON file caching each case's page texts")
    ap.add_argument("--folds-only", action="store_true", help="train and report the folds, not the shipped model")
    ap.add_argument("--no-folds", action="store_true", help="train the shipped model only")
    ap.add_argument("--threshold", type=float, default=MIN_MARGINAL)
    ap.add_argument("--out", type=Path, default=SHIPPED_MODEL)
    ap.add_argument("--held", choices=SETS, action="append",
                    help="fold only this set (repeatable): train without it, score on it; implies --folds-only")
    ap.add_argument("--alone", action="store_true",
                    help="also score the fallback alone (rules off) on each held-out set, person+status, per layout")
    ap.add_argument("-v", "--verbose", action="store_true", help="with --alone: list what the fallback got wrong")
    args = ap.parse_args(argv)
    cases = corpus_cases(args.cache)
    print(f"{len(cases)} cases: " + ", ".join(f"{s} {sum(c['set'] == s for c in cases)}" for s in SETS))
    if not args.no_folds:
        total: dict[str, Counter] = {}
        for held in args.held or SETS:
            path = args.fold_dir / f"without-{held}.crfsuite"
            train([c for c in cases if c["set"] != held], path)
            res = evaluate([c for c in cases if c["set"] == held], path, args.threshold)
            print(f"held out {held}: " + json.dumps({k: round(v, 3) if isinstance(v, float) else v
                                                    for k, v in res.items()}))
            if args.alone:
                alone = score_alone([c for c in cases if c["set"] == held], path, args.verbose)
                print(f"  fallback alone on {held}: " + json.dumps(alone))
                for group, figs in alone.items():
                    total.setdefault(group, Counter()).update({k: figs[k] for k in ("labelled", "found", "tp")})
        for group, c in sorted(total.items()):
            print(f"out-of-fold fallback alone, {group}: labelled {c['labelled']} found {c['found']} tp {c['tp']}"
                  f"  P {c['tp'] / c['found'] if c['found'] else 0:.3f}  R {c['tp'] / c['labelled'] if c['labelled'] else 0:.3f}")
        if args.held:
            return 0
    if not args.folds_only:
        train(cases, args.out)
        print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
