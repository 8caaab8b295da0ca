"""Who attended: attendance blocks and sentences in minutes, and ModernGov's structured attendance.

Status comes only from what the document says (a heading such as "Apologies:", a sentence such as "Apologies
for absence were received from …", or ModernGov's attendance value); a list of names under no heading gives
no records. Organisations are taken from the text (after a comma, in brackets, after a dash in the role, or in
a table column) and linked through the gazetteer; nothing is inferred from a title such as "Councillor".

How the package reads a page (each module's docstring says more):
- `vocab` and `wording`: the words and patterns — headings, statuses, apology and substitute wording;
- `headings`: which line opens a block, which ends it, which is narrative;
- `shape`: what a person entry looks like, and what a body looks like;
- `tables`: header-row tables, registers, name | role tables under an introductions item;
- `rows`: a block's rows become entries (grids, flattened tables, lists, bodies heading groups);
- `sentences`: attendance stated in sentences outside the blocks;
- `records`: one entry becomes records (brackets, role, organisation, substitutes);
- `assembly`: a page's blocks and sentences, then one record per person;
- `learned`: a recall fallback, a CRF line tagger (model in `data/`) whose entry lines the rules did not read are
  parsed by the readers above (`BOARDPAPERS_EXTRACT_ATTENDANCE_MODEL=off` turns it off);
- `moderngov`: ModernGov's structured attendance (called by the ModernGov adapter).
"""
from __future__ import annotations

from ..names import PLURAL_TITLES, ROLE_WORDS
from ..organisations import normalise
from .assembly import parse_attendance
from .vocab import HEADINGS, MODERNGOV_STATUS

_MODERNGOV = ("attendance_from_moderngov_attendees", "attendance_from_moderngov_table")


def __getattr__(name: str):
    # the ModernGov readers load bs4 and lxml (about 70 ms measured with -X importtime): only the ModernGov
    # adapter needs them, so `boardpapers extract` on a PDF does not pay for them at start-up
    if name in _MODERNGOV:
        from . import moderngov

        return getattr(moderngov, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "parse_attendance", "attendance_from_moderngov_attendees", "attendance_from_moderngov_table", "HEADINGS",
    "MODERNGOV_STATUS", "normalise", "ROLE_WORDS", "PLURAL_TITLES",
]
