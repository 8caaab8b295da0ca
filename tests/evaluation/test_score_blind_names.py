"""The blind scorer's name folding: titles (council tiers included) and post-nominals go, the name stays."""
from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "score_blind", Path(__file__).resolve().parents[2] / "evaluation" / "blind" / "score_blind.py")
score_blind = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(score_blind)


def test_a_council_tier_before_the_title_is_dropped_with_it():
    assert score_blind.norm_name("Cty Cllr P Rundle") == "p rundle"
    assert score_blind.norm_name("County Councillor Ann Pike OBE") == "ann pike"
    assert score_blind.norm_name("District Cllr Tom Rudd") == "tom rudd"


def test_a_name_is_left_whole():
    assert score_blind.norm_name("Dr Ann Town") == "ann town"
