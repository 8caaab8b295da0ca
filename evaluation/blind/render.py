"""Renderers for the blind cases: ModernGov-like HTML pages, plain HTML posts, text files and PDFs.

Only layout lives here; what each case says (and its labels) lives in ``cases_def.py``.
"""
from __future__ import annotations

import html
from pathlib import Path

_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def para(text: str) -> str:
    """A paragraph; text beginning with '<' is taken as ready-made HTML."""
    return text if text.lstrip().startswith("<") else f"<p>{esc(text)}</p>"


def bullets(lines: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in lines) + "</ul>"


def rows_table(rows: list[list[str]], header: list[str] | None = None, cls: str = "") -> str:
    out = [f'<table class="{cls}">' if cls else "<table>"]
    if header:
        out.append("<tr>" + "".join(f"<th>{esc(h)}</th>" for h in header) + "</tr>")
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>")
    out.append("</table>")
    return "".join(out)


def page(title: str, body: str) -> str:
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{esc(title)}</title></head>\n"
            f"<body>\n{body}\n</body></html>\n")


def paras(blocks: list[str]) -> str:
    """Paragraphs in order; a block that already starts with '<' is ready-made HTML."""
    return "\n".join(b if b.lstrip().startswith("<") else f"<p>{esc(b)}</p>" for b in blocks)


def item_history_page(kind: str, meeting: str | None, item_title: str, blocks: list[str]) -> str:
    """ModernGov single-item page (mgAi 'Agenda item' or ieIssueDetails 'Issue - meetings')."""
    head = [f"<h1>{esc(kind)}</h1>"] + ([f"<p>{esc(meeting)}</p>"] if meeting else [])
    return page(f"{kind} - {item_title}", "\n".join(head + [f"<h2>{esc(item_title)}</h2>", paras(blocks)]))


def moderngov_meeting(committee: str, when: str, venue: str, contact: str, items: list[dict],
                      heading: str = "Agenda and minutes") -> str:
    """ModernGov ieListDocuments page: an item table, number in its own cell, 'Minutes:' under each item."""
    rows = []
    for item in items:
        num = item.get("num")
        cell = [f'<p class="mgSubItemTitleTxt"><strong>{esc(item["title"])}</strong></p>']
        for text in item.get("agenda", []):
            cell.append(para(text))
        if item.get("minutes"):
            cell.append('<div class="mgWordPara"><p class="mgSectionTitle"><strong>Minutes:</strong></p>')
            cell.extend(para(t) for t in item["minutes"])
            cell.append("</div>")
        rows.append(f'<tr><td class="mgItemNumberCell">{esc(num) if num else ""}</td><td>{"".join(cell)}</td></tr>')
    body = (f"<h1>{esc(heading)}</h1>\n<h2>{esc(committee)} - {esc(when)}</h2>\n"
            f"<p>Venue: {esc(venue)}</p>\n<p>Contact: {esc(contact)}</p>\n"
            '<table class="mgItemTable"><tr><th>No.</th><th>Item</th></tr>\n' + "\n".join(rows) + "</table>")
    return page(f"{heading} - {committee} - {when}", body)


def pdf_document(path: Path, blocks: list[dict]) -> None:
    """Write a PDF from simple blocks: heading, text, table (column widths in mm), grid, gap.

    Tables are drawn as word-processor tables (ruled cells, text top-aligned), as the originals are.
    """
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    if (_FONT_DIR / "DejaVuSans.ttf").exists():
        pdf.add_font("Body", "", str(_FONT_DIR / "DejaVuSans.ttf"))
        pdf.add_font("Body", "B", str(_FONT_DIR / "DejaVuSans-Bold.ttf"))
        family = "Body"
    else:  # pragma: no cover - fallback for machines without DejaVu
        family = "Helvetica"
    pdf.add_page()
    pdf.set_margins(18, 18, 18)
    pdf.set_y(18)
    for block in blocks:
        kind = block["kind"]
        size = block.get("size", 10)
        if kind == "heading":
            pdf.set_font(family, "B", block.get("size", 11))
            pdf.multi_cell(0, 6, block["text"], align=block.get("align", "L"), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "text":
            pdf.set_font(family, "B" if block.get("bold") else "", size)
            pdf.multi_cell(0, 5, block["text"], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "gap":
            pdf.ln(block.get("mm", 4))
        elif kind in ("table", "grid"):
            widths = block["widths"]
            borders = 1 if kind == "table" else 0
            pdf.set_font(family, "", size)
            with pdf.table(col_widths=widths, width=sum(widths), align="LEFT", borders_layout=(
                    "ALL" if borders else "NONE"), text_align="LEFT", first_row_as_headings=bool(block.get("header")),
                    line_height=5, v_align="TOP") as table:
                if block.get("header"):
                    row = table.row()
                    for cell in block["header"]:
                        row.cell(cell)
                for cells in block["rows"]:
                    row = table.row()
                    for cell in cells:
                        row.cell(cell)
            pdf.ln(3)
        else:
            raise ValueError(f"unknown PDF block kind {kind!r}")
    pdf.output(str(path))
