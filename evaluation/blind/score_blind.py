"""Score ``boardpapers extract PATH --json`` on the blind cases.

    python evaluation/blind/score_blind.py --repo /work/main [--out results/main.json] [-v] [--case ID ...]
    python evaluation/blind/score_blind.py --set evaluation/blind2 ...   # another blind set

Runs the real command from ``DIR/.venv/bin/boardpapers`` (DIR defaults to the worktree holding this file) on
every case of the set (default evaluation/blind/), one subprocess per document, with a throw-away
BOARDPAPERS_HOME. Totals are given per body kind, and per document format and scan when the cases say so.

Attendance: a found person matches a labelled one when their normalised names are equal (case-folded,
titles, ranks, post-nominals and bracketed qualifiers removed). Person+status precision/recall/F1 count a
match only when the status agrees too. Organisation accuracy is over name-matched people whose label has an
organisation. Labels marked ``optional`` (present in fact but outside any attendance statement, or only
implied) are neither required nor penalised when found.

Decisions: a found decision matches a labelled one when the item numbers agree (or both are absent) and the
texts overlap with word-level F1 >= 0.6; one-to-one, best overlap first. Kind accuracy is over matched
decisions whose found record has a ``kind``.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_REPO = HERE.parents[1]
TEXT_OVERLAP = 0.6

_TITLES = {
    "cllr", "cllrs", "councillor", "councillors", "dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "miss",
    "mx", "sir", "dame", "rev", "revd", "reverend", "canon", "lord", "lady", "baroness", "baron", "fr", "father",
    "provost", "depute", "bailie", "the", "rt", "hon", "honourable", "inspector", "sergeant", "superintendent",
    "chief", "acting", "detective", "constable", "pc", "ch", "supt", "insp", "det", "dci", "di", "ds",
    # civic and service ranks (added 2 December 2026: labels carry names without them, as with every title above)
    "alderman", "aldermen", "ald", "mayor", "colonel", "col", "lt", "lieutenant", "major", "captain", "capt",
    "commander", "cdr", "brigadier",
    # a council's tier before "Councillor"/"Cllr" ("County Cllr", "Cty Cllr", "District Councillor"): the parser
    # keeps it as part of the title (3 December 2026), the labels drop it with the title
    "county", "cty", "district", "borough", "town", "parish", "city", "unitary",
    # police ranks and the county councillor's short title the parser reads as titles ("ACC M Skeer", "CC Ann
    # Lee"; added 3 December 2026, pass b12pass: labels carry the names without them)
    "acc", "dcc", "cc",
}
_POST_NOMINALS = {
    "obe", "mbe", "cbe", "dbe", "kbe", "cvo", "lvo", "jp", "dl", "bem", "qpm", "qfsm", "mp", "mep", "msp", "ms",
    "frcp", "frcgp", "mrcgp", "frcs", "frcn", "rgn", "phd", "md", "mba", "fca", "cpfa", "acma", "cbe", "kc", "qc",
}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("’", "'").replace("‘", "'").casefold()


def norm_name(name: str) -> str:
    text = re.sub(r"\([^)]*\)", " ", fold(name))
    words = re.findall(r"[a-z0-9'\-]+", text.replace(".", " "))
    while words and words[0] in _TITLES:
        words.pop(0)
    while words and words[-1] in _POST_NOMINALS and len(words) > 1:
        words.pop()
    return " ".join(w.strip("'-") for w in words if w.strip("'-"))


def norm_org(org: str | None) -> str:
    text = re.sub(r"\([^)]*\)", " ", fold(org or "")).replace("&", " and ")
    words = [w for w in re.findall(r"[a-z0-9]+", text) if w != "the"]
    return " ".join(words)


def org_agrees(found: str | None, label: str) -> bool:
    a, b = norm_org(found), norm_org(label)
    if not a or not b:
        return False
    if a == b:
        return True
    ta, tb = a.split(), b.split()
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return set(short) <= set(long_) and len(short) * 2 >= len(long_)


def norm_item(item) -> str:
    if item is None:
        return ""
    text = fold(str(item)).strip()
    text = re.sub(r"^(?:(?:item|minute|min\.?|no\.?)\s*)+", "", text)  # "Minute No. 5": both words go
    return text.strip(" .:)(").replace(" ", "")


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(text))


def word_f1(a: str, b: str) -> float:
    wa, wb = Counter(words(a)), Counter(words(b))
    common = sum((wa & wb).values())
    if not common:
        return 0.0
    p, r = common / sum(wa.values()), common / sum(wb.values())
    return 2 * p * r / (p + r)


def run_extract(repo: Path, document: Path, timeout: float) -> tuple[dict | None, str | None, float]:
    exe = repo / ".venv" / "bin" / "boardpapers"
    if not exe.exists():
        return None, f"no {exe} (create the venv: cd {repo} && python3 -m venv .venv && .venv/bin/pip install -e .)", 0.0
    with tempfile.TemporaryDirectory(prefix="blind-home-") as home:
        env = dict(os.environ, BOARDPAPERS_HOME=home)
        started = time.monotonic()
        try:
            proc = subprocess.run([str(exe), "extract", str(document), "--json"], capture_output=True, text=True,
                                  timeout=timeout, env=env, cwd=home)
        except subprocess.TimeoutExpired:
            return None, f"timed out after {timeout:.0f}s", time.monotonic() - started
        elapsed = time.monotonic() - started
    if proc.returncode != 0:
        return None, f"exit {proc.returncode}: {proc.stderr.strip()[-300:]}", elapsed
    try:
        return json.loads(proc.stdout), None, elapsed
    except json.JSONDecodeError as exc:
        return None, f"output is not JSON ({exc})", elapsed


def git_revision(repo: Path) -> str:
    """HEAD of the scored worktree, marked '+dirty' when it has uncommitted changes (an editable install runs them)."""
    try:
        head = subprocess.run(["git", "-C", str(repo), "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(repo), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


def score_attendance(found: list[dict], labels: list[dict]) -> dict:
    required = [l for l in labels if not l.get("optional")]
    optional_names = {norm_name(l["name"]) for l in labels if l.get("optional")}
    unused = list(range(len(required)))
    by_name: list[tuple[dict, dict]] = []  # (found, label) matched on name
    spurious, ignored = [], 0
    for person in found:
        key = norm_name(person.get("name") or "")
        candidates = [i for i in unused if norm_name(required[i]["name"]) == key]
        if candidates:
            same_status = [i for i in candidates if required[i]["status"] == person.get("status")]
            pick = (same_status or candidates)[0]
            unused.remove(pick)
            by_name.append((person, required[pick]))
        elif key in optional_names:
            ignored += 1
        else:
            spurious.append(person)
    tp = sum(1 for f, l in by_name if f.get("status") == l["status"])
    wrong_status = [(f, l) for f, l in by_name if f.get("status") != l["status"]]
    org_pairs = [(f, l) for f, l in by_name if l.get("organisation")]
    org_ok = sum(1 for f, l in org_pairs if org_agrees(f.get("organisation"), l["organisation"]))
    return {
        "labelled": len(required), "found": len(found) - ignored, "tp": tp, "name_matched": len(by_name),
        "fp": len(found) - ignored - tp, "fn": len(required) - tp,
        "org_total": len(org_pairs), "org_ok": org_ok,
        "missed": [required[i] for i in unused],
        "wrong_status": [{"name": l["name"], "label": l["status"], "found": f.get("status")} for f, l in wrong_status],
        "spurious": [{k: p.get(k) for k in ("name", "role", "organisation", "status")} for p in spurious],
        "wrong_org": [{"name": l["name"], "label": l["organisation"], "found": f.get("organisation")}
                      for f, l in org_pairs if not org_agrees(f.get("organisation"), l["organisation"])],
        # listed by -v only, never counted: accuracy is over labels with an organisation (see the docstring)
        "extra_org": [{"name": l["name"], "found": f.get("organisation")}
                      for f, l in by_name if not l.get("organisation") and f.get("organisation")],
    }


def score_decisions(found: list[dict], labels: list[dict]) -> dict:
    pairs = []
    for fi, f in enumerate(found):
        for li, l in enumerate(labels):
            if norm_item(f.get("item")) != norm_item(l.get("item")):
                continue
            overlap = word_f1(f.get("text") or "", l["text"])
            if overlap >= TEXT_OVERLAP:
                pairs.append((overlap, fi, li))
    pairs.sort(reverse=True)
    used_f, used_l, matches = set(), set(), []
    for overlap, fi, li in pairs:
        if fi in used_f or li in used_l:
            continue
        used_f.add(fi)
        used_l.add(li)
        matches.append((found[fi], labels[li]))
    required = [l for l in labels if not l.get("optional")]
    tp = sum(1 for _, l in matches if not l.get("optional"))
    optional_hits = sum(1 for _, l in matches if l.get("optional"))
    kinds = [(f.get("kind"), l["kind"]) for f, l in matches if f.get("kind") is not None]
    return {
        "labelled": len(required), "found": len(found) - optional_hits, "tp": tp,
        "kind_total": len(kinds), "kind_ok": sum(1 for a, b in kinds if a == b),
        "kind_wrong": [{"text": l["text"][:80], "label": l["kind"], "found": f.get("kind")}
                       for f, l in matches if f.get("kind") is not None and f.get("kind") != l["kind"]],
        "missed": [{"item": l.get("item"), "text": l["text"][:120]}
                   for li, l in enumerate(labels) if li not in used_l and not l.get("optional")],
        "spurious": [{"item": f.get("item"), "text": (f.get("text") or "")[:120]}
                     for fi, f in enumerate(found) if fi not in used_f],
    }


def prf(tp: int, found: int, labelled: int) -> tuple[float | None, float | None, float | None]:
    p = tp / found if found else None
    r = tp / labelled if labelled else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if (p is not None and r is not None) else None)
    return p, r, f


SUMMED = ("labelled", "found", "tp", "org_total", "org_ok", "name_matched")


def summarise(att: list[dict], dec: list[dict]) -> dict:
    a = {k: sum(x.get(k, 0) for x in att) for k in SUMMED}
    d = {k: sum(x.get(k, 0) for x in dec) for k in ("labelled", "found", "tp", "kind_total", "kind_ok")}
    ap, ar, af = prf(a["tp"], a["found"], a["labelled"])
    dp, dr, _ = prf(d["tp"], d["found"], d["labelled"])
    return {
        "attendance": {**a, "precision": ap, "recall": ar, "f1": af,
                       "organisation_accuracy": a["org_ok"] / a["org_total"] if a["org_total"] else None},
        "decisions": {**d, "precision": dp, "recall": dr,
                      "kind_accuracy": d["kind_ok"] / d["kind_total"] if d["kind_total"] else None},
    }


def fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:5.2f}"


def find_cases(selected: list[str] | None, set_dir: Path = HERE, *, include_exposed: bool = False) -> list[Path]:
    cases = sorted(p for p in set_dir.iterdir() if (p / "labels.json").exists())
    if selected:
        return [p for p in cases if p.name in selected]
    if not include_exposed:  # a case a parser author has since seen no longer estimates unseen performance
        cases = [p for p in cases if "exposed" not in json.loads((p / "case.json").read_text(encoding="utf-8"))]
    return cases


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repo", type=Path, default=DEFAULT_REPO, help="worktree whose .venv/bin/boardpapers to run")
    ap.add_argument("--set", dest="set_dir", type=Path, default=HERE, help="directory of the blind set to score")
    ap.add_argument("--out", type=Path, help="write the full JSON report here")
    ap.add_argument("--case", action="append", help="score only this case id (repeatable)")
    ap.add_argument("--split", help="score only the cases the set's split.json lists under this name "
                                    "(blind4: dev, held_out)")
    ap.add_argument("--include-exposed", action="store_true",
                    help="also score cases marked 'exposed' (seen by a parser author since the set was built)")
    ap.add_argument("--timeout", type=float, default=300.0)
    ap.add_argument("-v", "--verbose", action="store_true", help="print each case's misses and spurious finds")
    args = ap.parse_args(argv)
    repo = args.repo.resolve()
    if args.split:
        split = json.loads((args.set_dir / "split.json").read_text(encoding="utf-8"))
        args.case = (args.case or []) + split[args.split]

    results = []
    revision = git_revision(repo)
    for case_dir in find_cases(args.case, args.set_dir.resolve(), include_exposed=args.include_exposed):
        meta = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
        labels = json.loads((case_dir / "labels.json").read_text(encoding="utf-8"))
        document = next(case_dir.glob("document.*"))
        out, error, elapsed = run_extract(repo, document, args.timeout)
        att = score_attendance((out or {}).get("attendance") or [], labels["attendees"])
        dec = score_decisions((out or {}).get("decisions") or [], labels["decisions"])
        results.append({"case_id": case_dir.name, "body_kind": meta["body_kind"], "body": meta["body"],
                        "format": meta["format"], "layout": meta.get("layout", meta["format"]),
                        "error": error, "seconds": round(elapsed, 2),
                        "attendance": att, "decisions": dec})

    print(f"repo: {repo} at {revision}")
    head = f"{'case':42} {'fmt':4} {'ppl':>4} {'P':>5} {'R':>5} {'F1':>5} {'org':>5} {'dec':>4} {'decR':>5} {'decP':>5}"
    print(head)
    print("-" * len(head))
    for r in results:
        s = summarise([r["attendance"]], [r["decisions"]])
        a, d = s["attendance"], s["decisions"]
        flag = f"  ERROR: {r['error']}" if r["error"] else ""
        print(f"{r['case_id'][:42]:42} {r['format']:4} {a['labelled']:4d} {fmt(a['precision'])} {fmt(a['recall'])} "
              f"{fmt(a['f1'])} {fmt(a['organisation_accuracy'])} {d['labelled']:4d} {fmt(d['recall'])} "
              f"{fmt(d['precision'])}{flag}")
        if args.verbose:
            for k in ("missed", "wrong_status", "spurious", "wrong_org", "extra_org"):
                for item in r["attendance"][k]:
                    print(f"      att {k}: {item}")
            for k in ("missed", "spurious", "kind_wrong"):
                for item in r["decisions"][k]:
                    print(f"      dec {k}: {item}")

    report = {"repo": str(repo), "revision": revision, "cases": results, "by_body_kind": {}, "by_layout": {},
              "overall": None}
    for field, title, key in (("body_kind", "body kind", "by_body_kind"), ("layout", "layout", "by_layout")):
        groups = defaultdict(list)
        for r in results:
            groups[r[field]].append(r)
        if field == "layout" and set(groups) == {r["format"] for r in results}:
            continue  # the set records no layout finer than the format: nothing new to show
        print()
        print(f"{title:14} {'cases':>5} {'ppl':>4} {'P':>5} {'R':>5} {'F1':>5} {'org':>5} {'dec':>4} {'decR':>5} "
              f"{'decP':>5} {'kind':>5}")
        for name in sorted(groups) + ["ALL"]:
            group = results if name == "ALL" else groups[name]
            s = summarise([r["attendance"] for r in group], [r["decisions"] for r in group])
            if name == "ALL":
                report["overall"] = s
            else:
                report[key][name] = s
            a, d = s["attendance"], s["decisions"]
            print(f"{name[:14]:14} {len(group):5d} {a['labelled']:4d} {fmt(a['precision'])} {fmt(a['recall'])} "
                  f"{fmt(a['f1'])} {fmt(a['organisation_accuracy'])} {d['labelled']:4d} {fmt(d['recall'])} "
                  f"{fmt(d['precision'])} {fmt(d['kind_accuracy'])}")
    errors = [r for r in results if r["error"]]
    if errors:
        print(f"\n{len(errors)} document(s) failed to extract")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
