"""Item builders for ``pdf_spec`` pages in the blind sets' ``cases_def.py`` (drawn by ``evaluation/real/pdfcase.py``)."""
from __future__ import annotations


def T(text, bold=False, size=10):
    return {"type": "text", "text": text, "bold": bold, "size": size}


def GAP(mm=4):
    return {"type": "gap", "mm": mm}


def TABLE(rows, widths, border=False, header=False, size=10):
    return {"type": "table", "rows": rows, "widths": widths, "border": border, "header": header, "size": size}


def COLUMNS(lines, n=2, size=10):
    """Lines laid out down the first column, then the next (a name grid)."""
    return {"type": "columns", "lines": lines, "n": n, "size": size}
