"""Scanned minutes pages of a fictional board for the OCR tests: one attendance page drawn by the evaluation's
case builder (evaluation/real/pdfcase.py) and scanned under a given ``scan`` setting (true, or a dict of dpi,
mode, skew_deg, noise, copy)."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# (name as printed, role, status the page gives them)
TABLE_ROWS = [
    ("Present:", "Cllr Orla Penhaligon", "Chair, Wexcombe Council", "present"),
    ("", "Dr Bryn Castellan", "Clinical Lead, NHS Wexcombe", "present"),
    ("", "Maud Ferriby", "Director of Public Health", "present"),
    ("", "Tobias Quenby", "Chief Officer, Healthwatch Wexcombe", "present"),
    ("In Attendance:", "Ines Varga", "Democratic Services Officer", "in_attendance"),
    ("Apologies:", "Cllr Rafe Hollings", "Cabinet Member for Adults", "apologies"),
    ("", "Petra Lindqvist", "Director of Children's Services", "apologies"),
]


def _build(items: list[dict], scan) -> bytes:
    sys.path.insert(0, str(ROOT / "evaluation" / "real"))
    from pdfcase import build_pdf

    return build_pdf({"pages": [{"scan": scan, "items": items}]})


def table_page(scan) -> bytes:
    """A heading | name | role table under the board's title, then the first item."""
    return _build([
        {"type": "text", "text": "WEXCOMBE HEALTH AND WELLBEING BOARD", "bold": True, "size": 12},
        {"type": "text", "text": "Minutes of the meeting held on Tuesday 3 March 2026"},
        {"type": "gap", "mm": 4},
        {"type": "table", "widths": [32, 52, 90], "rows": [[h, n, r] for h, n, r, _ in TABLE_ROWS]},
        {"type": "gap", "mm": 4},
        {"type": "text", "text": "1. Welcome\nThe Chair welcomed members to the meeting."},
    ], scan)


def table_expected() -> set[tuple[str, str]]:
    return {(n.removeprefix("Cllr ").removeprefix("Dr "), s) for _, n, _, s in TABLE_ROWS}
