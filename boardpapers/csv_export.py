"""CSV downloads: one writer for every table the CLI and the API export.

Names, roles and organisations come from published minutes, which nobody here controls; a cell that a
spreadsheet would run as a formula ("=HYPERLINK(…)", "+1…", "@SUM…") is written with a leading apostrophe so
that opening an export never executes what a web page put in it.
"""
from __future__ import annotations

import csv
import io
from typing import Any, Iterable, Mapping

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A value as a safe CSV cell: None is empty, a list is space-separated, a formula-like text is quoted."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        value = " ".join(str(v) for v in value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def rows_to_csv(rows: Iterable[Mapping[str, Any]], columns: Iterable[str]) -> str:
    """A header of ``columns`` and one line per row (missing keys are empty)."""
    columns = tuple(columns)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(row.get(c)) for c in columns])
    return buf.getvalue()
