"""The blind evaluation sets are well formed: every case has its document, a source, and labels the scorer can use.

Fast checks on files only (no extraction is run): a malformed label would silently distort the blind figures.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
BLIND = ROOT / "evaluation" / "blind"
SETS = [BLIND, ROOT / "evaluation" / "blind2", ROOT / "evaluation" / "blind3", ROOT / "evaluation" / "blind4",
        ROOT / "evaluation" / "blind5", ROOT / "evaluation" / "blind6", ROOT / "evaluation" / "blind7",
        ROOT / "evaluation" / "blind8", ROOT / "evaluation" / "blind9", ROOT / "evaluation" / "blind10",
        ROOT / "evaluation" / "blind11", ROOT / "evaluation" / "blind12", ROOT / "evaluation" / "blind13",
        ROOT / "evaluation" / "blind14", ROOT / "evaluation" / "blind15"]
STATUSES = {"present", "apologies", "absent", "in_attendance", "substitute", "expected"}
KINDS = {"approved", "noted", "agreed", "deferred", "rejected", "other"}
DOCUMENT_FOR_FORMAT = {"html": "document.html", "txt": "document.txt", "pdf": "document.pdf"}


def case_dirs(set_dir: Path) -> list[Path]:
    return sorted(p for p in set_dir.iterdir() if (p / "case.json").exists())


def all_cases() -> list[Path]:
    return [d for s in SETS for d in case_dirs(s)]


@pytest.mark.parametrize("case_dir", all_cases(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_case_is_well_formed(case_dir: Path):
    meta = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
    labels = json.loads((case_dir / "labels.json").read_text(encoding="utf-8"))
    assert meta["case_id"] == case_dir.name
    url = urlsplit(meta["source_url"])
    assert url.scheme in ("http", "https") and url.netloc, meta["source_url"]
    assert meta["body"] and meta["body_kind"] and meta["patterns"]
    assert isinstance(meta["year"], int) and 2000 <= meta["year"] <= 2026
    documents = [p.name for p in case_dir.glob("document.*")]
    assert documents == [DOCUMENT_FOR_FORMAT[meta["format"]]]
    assert (case_dir / documents[0]).stat().st_size > 200
    assert labels["attendees"] or labels["decisions"], "a case labels at least one person or decision"
    for person in labels["attendees"]:
        assert set(person) >= {"name", "status", "role", "organisation", "substitute_for"}
        assert person["name"].strip() == person["name"] and person["name"]
        assert person["status"] in STATUSES
        if person["substitute_for"]:
            assert person["status"] == "substitute", person
    for decision in labels["decisions"]:
        assert set(decision) >= {"item", "item_title", "text", "kind"}
        assert decision["text"].strip() and decision["kind"] in KINDS


def _load_cases_def(set_dir: Path) -> list[dict]:
    sys.path.insert(0, str(BLIND))  # the sets share the blind set's renderers
    spec = importlib.util.spec_from_file_location(f"cases_def_{set_dir.name}_test", set_dir / "cases_def.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


@pytest.mark.parametrize("set_dir", SETS, ids=lambda p: p.name)
def test_written_labels_match_their_definitions(set_dir: Path):
    """labels.json is generated from cases_def.py; a hand edit of one without the other is caught here."""
    for spec in _load_cases_def(set_dir):
        labels = json.loads((set_dir / spec["id"] / "labels.json").read_text(encoding="utf-8"))
        assert labels == {"attendees": spec["attendees"], "decisions": spec["decisions"]}, spec["id"]


def test_second_blind_set_is_fresh_and_broad():
    """blind2 must not reuse a body (or a source page) of any other evaluation set, and must stay broad."""
    every = [json.loads((d / "case.json").read_text(encoding="utf-8")) for d in case_dirs(ROOT / "evaluation" / "blind2")]
    cases = [c for c in every if "exposed" not in c]  # an exposed case is out of the blind figures, so out of this check
    assert len(every) - len(cases) <= 2, "more than two cases exposed: refresh the set with unseen bodies"
    assert len(cases) >= 28
    assert len({c["body"] for c in cases}) >= 26
    assert sum(1 for c in cases if c.get("scan")) >= 2
    _assert_fresh(cases, [ROOT / "evaluation" / name for name in ("blind", "blind4", "blind5")])


@pytest.mark.parametrize("name, others", [("blind3", ("blind", "blind2", "blind4", "blind5")),
                                           ("blind4", ("blind", "blind2", "blind3", "blind5"))])
def test_current_blind_sets_are_fresh_and_broad(name: str, others: tuple[str, ...]):
    """blind3 and blind4 must not reuse a body or a source page of any other evaluation set, and must stay broad."""
    cases = [json.loads((d / "case.json").read_text(encoding="utf-8")) for d in case_dirs(ROOT / "evaluation" / name)]
    assert not any("exposed" in c for c in cases), f"an exposed {name} case: retire it and replace it with an unseen body"
    assert len(cases) >= 30
    assert len({c["body"] for c in cases}) >= 26
    assert sum(1 for c in cases if c.get("scan")) >= 3
    assert len({_page(c["source_url"]) for c in cases}) == len(cases), "two cases share a source page"
    _assert_fresh(cases, [ROOT / "evaluation" / other for other in others])


@pytest.mark.parametrize("name, minimum, others", [
    ("blind5", 15, ("blind", "blind2", "blind3", "blind4")),
    ("blind6", 16, ("blind", "blind2", "blind3", "blind4", "blind5")),
    ("blind7", 18, ("blind", "blind2", "blind3", "blind4", "blind5", "blind6")),
    ("blind8", 13, ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7")),
    ("blind9", 12, ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8")),
    ("blind10", 13, ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9")),
    ("blind11", 12, ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                     "blind10")),
    ("blind12", 12, ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                     "blind10", "blind11")),
    ("blind13", 12, ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                     "blind10", "blind11", "blind12")),
    ("blind14", 12, ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                     "blind10", "blind11", "blind12", "blind13")),
    ("blind15", 12, ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
                     "blind10", "blind11", "blind12", "blind13", "blind14")),
])
def test_later_blind_sets_are_fresh_and_broad(name: str, minimum: int, others: tuple[str, ...]):
    """blind5 .. blind15 must not reuse a body or a source page of any earlier evaluation set, one body per case."""
    cases = [json.loads((d / "case.json").read_text(encoding="utf-8")) for d in case_dirs(ROOT / "evaluation" / name)]
    assert not any("exposed" in c for c in cases), f"an exposed {name} case: retire it and replace it with an unseen body"
    assert len(cases) >= minimum
    assert len({c["body"] for c in cases}) == len(cases), f"two {name} cases share a body"
    assert sum(1 for c in cases if c.get("scan")) >= 2
    assert len({_page(c["source_url"]) for c in cases}) == len(cases), "two cases share a source page"
    _assert_fresh(cases, [ROOT / "evaluation" / other for other in others])


def _assert_fresh(cases: list[dict], blind_sets: list[Path]) -> None:
    """No case's body or source page appears in the given blind sets or the real development corpus."""
    others = blind_sets + [ROOT / "evaluation" / "real" / k for k in ("attendance", "decisions")]
    seen_bodies, seen_pages = set(), set()
    for other in others:
        for d in case_dirs(other):
            meta = json.loads((d / "case.json").read_text(encoding="utf-8"))
            seen_bodies.add(_body_key(meta.get("body", "")))
            seen_pages.add(_page(meta.get("source_url") or meta.get("url") or ""))
    for c in cases:
        assert _body_key(c["body"]) not in seen_bodies, c["case_id"]
        assert _page(c["source_url"]) not in seen_pages, c["case_id"]


def _body_key(body: str) -> str:
    """A body's name compared loosely: "Hereford & Worcester" and "Hereford and Worcester" are one body."""
    return " ".join(re.sub(r"[^\w\s]", " ", body.casefold().replace("&", " and ")).split())


def _page(url: str) -> str:
    parts = urlsplit(url)
    return (parts.netloc.removeprefix("www.") + parts.path + "?" + parts.query).casefold()


def test_blind4_split_covers_every_case_once():
    """Tuning on the dev half is honest only if the held-out half is fixed and disjoint from it."""
    split = json.loads((ROOT / "evaluation" / "blind4" / "split.json").read_text(encoding="utf-8"))
    cases = {p.name for p in (ROOT / "evaluation" / "blind4").iterdir() if (p / "labels.json").exists()}
    assert not set(split["dev"]) & set(split["held_out"])
    assert set(split["dev"]) | set(split["held_out"]) == cases


def test_the_blind_scorer_compares_items_without_their_prefix_words():
    spec = importlib.util.spec_from_file_location("score_blind_test", ROOT / "evaluation" / "blind" / "score_blind.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    assert scorer.norm_item("Minute No. 2019.4.032") == scorer.norm_item("2019.4.032") == "2019.4.032"
    assert scorer.norm_item("Item 5") == scorer.norm_item("5.") == "5"
