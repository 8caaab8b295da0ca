"""Decision tables: a header row with a "Decision" (or "Outcome", "Resolution") column, one decision a row."""
from __future__ import annotations

import re

from boardpapers.models import Decision, Page

from ..lazyre import lazy_compile
from .wording import (
    _NOT_A_DECISION, _PART_NUMBER, _PASSIVE_RECORD, _SHORT_VERDICT, _TRIGGER,
    _PART_REF, _TABLE_DECISION_HEADER, _TABLE_ITEM_HEADER, _TABLE_TITLE_HEADER, _ends_sentence,
)
from .kinds import decision_kind

# a one-word decision cell ("NOTED") is whole: the line wrapped under its row belongs to another column
_BARE_VERDICT = lazy_compile(r"(?:noted|agreed|approved|ratified|endorsed|supported|deferred|received|accepted)\.?", re.I)


def _table_from_header(cells: list[str]) -> dict:
    dec = next(i for i, c in enumerate(cells) if _TABLE_DECISION_HEADER.match(c))
    item_col = next((i for i, c in enumerate(cells) if i != dec and _TABLE_ITEM_HEADER.match(c)), None)
    title_col = next((i for i, c in enumerate(cells) if i not in (dec, item_col) and _TABLE_TITLE_HEADER.match(c)), None)
    return {"cols": len(cells), "dec": dec, "item": item_col, "title": title_col, "last": None}


def _table_row(table: dict, cells: list[str], raw: str, item, title, page: Page, decisions: list[Decision]):
    """Read one line of a decision table; (consumed, table-or-None when the table has ended)."""
    if len(cells) > table["cols"] and table["dec"] == table["cols"] - 1 and table["item"] in (0, None) \
            and (table["title"] is None or table["title"] < table["dec"]):
        # a justified cell before the decision stretched its spaces into column gaps ("Primary<gap>care"): the first
        # cells keep their places, the decision is the last
        cells = cells[:table["cols"] - 1] + [cells[-1]]
    if len(cells) == table["cols"]:
        num = cells[table["item"]] if table["item"] is not None else None
        part_ref = num is not None and _PART_REF.match(num)
        row_item = item if (num is None or part_ref) else num
        row_title = (cells[table["title"]] if table["title"] is not None else None) if not part_ref and num else title
        _table_decision(table, decisions, Decision(item=row_item, text=cells[table["dec"]], item_title=row_title,
                                                   page=page.number))
        table["row_title"] = table["title"] is not None and not part_ref and bool(num)  # the title is the row's own
        return True, table
    if len(cells) == 1 and not raw.startswith("\t") and len(cells[0]) > 20 and (
            table["last"] is None or table.get("column_only") and _decision_cell(cells[0])):
        # a row with its other cells empty (HTML to text drops empty cells): the decision alone; after a first such
        # row the table is its decision column only, and each further row is one decision while it reads as one
        table["column_only"] = True
        table["row_title"] = False
        if not _NOT_A_DECISION.match(cells[0]):  # "There were no interests declared.": the row decides nothing
            _table_decision(table, decisions, Decision(item=item, text=cells[0], item_title=title, page=page.number))
        return True, table
    if raw.startswith("\t") and table["last"] is not None and len(cells) < table["cols"]:
        # a wrapped cell: the decision continues when its text is unfinished, else another column does
        last = table["last"]
        placed = raw.rstrip("\n").split("\t")
        finished = _ends_sentence(last.text) or _BARE_VERDICT.fullmatch(last.text.strip())
        if table.get("row_title") and last.item_title and len(placed) <= table["cols"] \
                and placed[table["title"]:table["title"] + 1] and placed[table["title"]].strip() \
                and (finished or len(placed) == table["cols"]):
            # the title's cell wrapped: its words go on in the title (the line's cells in their columns, or a line
            # after a finished decision: the decision's own wrapped words would be unfinished ones)
            last.item_title = f"{last.item_title} {placed[table['title']].strip()}"
            cells = [c.strip() for k, c in enumerate(placed) if k == table["dec"] and c.strip()]
            if not cells:
                return True, table
        if not _ends_sentence(last.text) and not _BARE_VERDICT.fullmatch(last.text.strip()):
            last.text = f"{last.text} {cells[-1]}"
            last.kind = decision_kind(last.text)
        return True, table
    return False, None


def _table_decision(table: dict, decisions: list[Decision], d: Decision) -> None:
    d.kind = decision_kind(d.text)
    decisions.append(d)
    table["last"] = d


_BE_DONE = lazy_compile(r"\bbe\s+(?:\w+ly\s+)?\w+(?:ed|en)\b")


def _decision_cell(text: str) -> bool:
    """A cell of a decision column that reads as a decision: a formal verb, minutes recorded, a short verdict, or
    numbered parts in the form "1. The report be noted. 2. …"."""
    return bool(_TRIGGER.match(text) or _PASSIVE_RECORD.search(text) or _SHORT_VERDICT.match(text)
                or _PART_NUMBER.match(text) and _BE_DONE.search(text))
