"""Writes the real-world decision cases (one directory per case) from the definitions in ``cases_def.py``.

    .venv/bin/python evaluation/real/decisions/build_cases.py

Each definition records the public page it was modelled on and reproduces that page's layout: the markup or
line structure, item numbering and the formulaic decision wording ("RESOLVED: That", "(i)", "AGREED",
"The Board resolved :-") as published; every narrative sentence is written anew. Labels are written by
hand in the definitions (which lines are a decision, their kind); nothing here runs the parser.

Formats: ``mg`` (ModernGov meeting page, optionally with "Decision:" blocks), ``mgai`` (one agenda item),
``mgissue`` (issue history), ``mgdec`` (decision details), ``wp`` (a WordPress / CMS post), ``txt`` (text as
a PDF-to-text tool gives it) and ``pdf`` (a spec that ``score_decisions.py`` lays out with fpdf2).
"""
from __future__ import annotations

import hashlib
import html
import json
import shutil
import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cases_def import CASES as FIRST_WAVES  # noqa: E402
from cases_wave4 import CASES as WAVE4  # noqa: E402
from cases_wave6 import CASES as WAVE6  # noqa: E402
from cases_wave8 import CASES as WAVE8  # noqa: E402
from cases_wave9 import CASES as WAVE9  # noqa: E402
from cases_wave10 import CASES as WAVE10  # noqa: E402
from cases_wave11 import CASES as WAVE11  # noqa: E402
from cases_wave12 import CASES as WAVE12  # noqa: E402
from cases_wave13 import CASES as WAVE13  # noqa: E402
from cases_wave14 import CASES as WAVE14  # noqa: E402
from cases_wave15 import CASES as WAVE15  # noqa: E402
from cases_wave16 import CASES as WAVE16  # noqa: E402
from cases_wave17 import CASES as WAVE17  # noqa: E402
from cases_wave18 import CASES as WAVE18  # noqa: E402
from cases_wave19 import CASES as WAVE19  # noqa: E402
from cases_wave30 import CASES as WAVE30  # noqa: E402
from cases_wave31 import CASES as WAVE31  # noqa: E402

CASES = FIRST_WAVES + WAVE4 + WAVE6 + WAVE8 + WAVE9 + WAVE10 + WAVE11 + WAVE12 + WAVE13 + WAVE14 + WAVE15 + WAVE16 + WAVE17 + WAVE18 + WAVE19 + WAVE30 + WAVE31


# cases whose source page (as stored) showed the body's meeting list, not its minutes text
LISTING_ONLY = {"nhs-humber-nyorks-icb-2023", "blmk-icb-2023", "ncl-ccg-gb-2020", "greater-preston-ccg-gb-2019",
                "wyca-2019", "bolton-ft-2019", "candi-trust-2022", "nlg-trust-2020", "cambs-pboro-ccg-gb-2021",
                "velindre-trust-2016", "merton-ccg-gb-2016", "west-kent-ccg-gb-2017"}


def split_of(case_id: str) -> str:
    """Fixed before any tuning: a third of the cases, chosen by a hash of the id, are held out."""
    return "test" if int(hashlib.sha1(case_id.encode()).hexdigest(), 16) % 3 == 0 else "dev"


# --- blocks ----------------------------------------------------------------------------------------------
# An item is (number, title, [blocks]); a block is one of:
#   "text"                      narrative paragraph
#   ("D", kind, line, ...)      a decision: each line is its own paragraph / line
#   ("B", "lead", [bullets])    narrative bullets
#   ("DB", kind, "lead", [bullets])  a decision whose parts are bullets
#   ("T", header, rows)         a table; a row is (cells, kind-or-None, decision-column), or with a fourth
#                               element listing the row's decisions as (kind, text[, item, title]) when its
#                               cell holds narrative too (a number | minute | action grid); a cell's lines are
#                               its paragraphs


def _label(item, title, text, kind):
    return {"item": item, "item_title": title, "text": " ".join(text.split()), "kind": kind}


def labels_of(case) -> list[dict]:
    out = []
    for num, title, blocks in case["items"]:
        seen = set()
        for b in blocks:
            if isinstance(b, str):
                continue
            tag = b[0]
            if tag == "P":
                for seg in b[1:]:
                    if not isinstance(seg, str):
                        out.append(_label(num, title, " ".join(seg[2:]), seg[1]))
                continue
            if tag == "D":
                text = " ".join(b[2:])
            elif tag == "DB":
                text = " ".join([b[2]] + list(b[3]))
            elif tag == "T":
                for row in b[2]:
                    cells, kind, col = row[:3]
                    row_item = cells[0] if case.get("table_items", True) else num
                    row_title = cells[1].split("\n")[0] if case.get("table_items", True) else title
                    if len(row) > 3:
                        for lab in row[3]:
                            k, text, it, ti = (tuple(lab) + (row_item, row_title))[:4]
                            out.append(_label(it, ti, text, k))
                    elif kind:
                        out.append(_label(row_item, row_title, cells[col], kind))
                continue
            else:
                continue
            if text in seen:  # a decision repeated under "Decision:" and "Minutes:" is one decision
                continue
            seen.add(text)
            out.append(_label(None if case.get("no_numbers") else num, title, text, b[1]))
    return out


# --- renderers -------------------------------------------------------------------------------------------

E = html.escape


def _html_blocks(blocks, *, bullet_char="·") -> str:
    parts = []
    for b in blocks:
        if isinstance(b, str):
            parts.append(f"<p class=MsoNormal>{E(b)}</p><p class=MsoNormal>&nbsp;</p>")
            continue
        tag = b[0]
        if tag == "P":
            parts.append(f"<p class=MsoNormal>{E(_para(b))}</p>")
        elif tag == "D":
            for line in b[2:]:
                parts.append(f"<p class=MsoNormal>{E(line)}</p><p class=MsoNormal>&nbsp;</p>")
        elif tag in ("B", "DB"):
            lead, bullets = (b[1], b[2]) if tag == "B" else (b[2], b[3])
            if lead:
                parts.append(f"<p class=MsoNormal>{E(lead)}</p>")
            parts.append("<ul>" + "".join(f"<li>{E(x)}</li>" for x in bullets) + "</ul>")
        elif tag == "T":
            rows = "".join("<tr>" + "".join("<td>" + "".join(f"<p>{E(x)}</p>" for x in c.split("\n") if x or "\n" not in c)
                                            + "</td>" for c in cells) + "</tr>"
                           for cells, *_ in b[2])
            head = "<tr>" + "".join(f"<th>{E(h)}</th>" for h in b[1]) + "</tr>"
            parts.append(f"<table border=1>{head}{rows}</table>")
    return "".join(parts)


def _para(b) -> str:
    return " ".join(seg if isinstance(seg, str) else " ".join(seg[2:]) for seg in b[1:])


def _page(title: str, body: str, *, modgov: bool = True) -> str:
    chrome = ('<div id="header"><a href="/">Home</a> <a href="/councillors">Councillors</a></div>'
              '<ul class="breadcrumb"><li>Home</li><li>Meetings</li></ul>')
    inner = f'<div id="modgov"><h1 class="mgMainTitleTxt">{E(title)}</h1>{body}</div>' if modgov else body
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{E(title)}</title></head><body>"
            f"{chrome}<div id='content'>{inner}</div><div id='footer'>Accessibility | Privacy</div></body></html>")


def render_mg(case) -> str:
    rows = []
    for num, title, blocks in case["items"]:
        decision = [b for b in blocks if not isinstance(b, str) and b[0] in ("D", "DB")]
        agenda = case.get("agenda", {}).get(num, "")
        cell = f'<p class="mgAiTitleTxt">{E(title)}{" <span class=mgFileSize>pdf icon PDF 96 KB</span>" if case.get("pdficon") else ""}</p>'
        if agenda:
            cell += f'<div class="mgWordPara"><p class=MsoNormal>{E(agenda)}</p></div>'
        if case.get("decisions_only"):  # an "Agenda and decisions" page: each item's record under "Decision:" alone
            cell += '<p class="mgSubItemTitleTxt">Decision:</p><div class="mgWordPara">' + _html_blocks(blocks) + "</div>"
        else:
            if case.get("decision_blocks") and (decision or num in case.get("decision_narrative", {})):
                shown = decision or case["decision_narrative"][num]
                cell += '<p class="mgSubItemTitleTxt">Decision:</p><div class="mgWordPara">' + _html_blocks(shown) + "</div>"
            cell += '<p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara">' + _html_blocks(blocks) + "</div>"
        numcell = "" if case.get("no_numbers") else E(num or "")
        rows.append(f'<tr><td class="mgItemNumberCell"><p>{numcell}</p></td><td>{cell}</td></tr>')
    body = (f'<h2 class="mgSubTitleTxt">{E(case["subtitle"])}</h2><div class="mgContent">'
            f'<table class="mgItemTable" summary="Agenda items"><tr><th>No.</th><th>Item</th></tr>'
            + "".join(rows) + "</table></div>")
    return _page(case.get("heading", "Agenda and minutes"), body)


def render_mgai(case) -> str:
    (num, title, blocks), = case["items"]
    agenda = case.get("agenda", {}).get(num, "")
    body = (f'<h2 class="mgSubTitleTxt">{E(title)}</h2><div class="mgContent">'
            + (f'<div class="mgWordPara"><p>{E(agenda)}</p></div>' if agenda else "")
            + '<p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara">' + _html_blocks(blocks)
            + '</div><p class="mgSubItemTitleTxt">Supporting documents:</p><ul class="mgBulletList"><li>'
              'Report, item 7 <span class="mgFileSize">PDF 210 KB</span></li></ul></div>')
    return _page("Agenda item", body)


def render_mgissue(case) -> str:
    parts = [f'<h2 class="mgSubTitleTxt">Issue - meetings</h2><p>{E(case["issue"])}</p>']
    for (num, title, blocks), meeting in zip(case["items"], case["meetings"]):
        decision = [b for b in blocks if not isinstance(b, str) and b[0] in ("D", "DB")]
        parts.append(f'<h3>Meeting: {E(meeting)} (Item {E((num or "").rstrip("."))})</h3>')
        parts.append(f'<p class="mgAiTitleTxt">{E(num)} {E(title)} <span class="mgFileSize">pdf icon PDF 150 KB</span></p>')
        if case.get("agenda", {}).get(num):  # the item's agenda text, printed above its minutes
            parts.append(f'<div class="mgWordPara"><p class=MsoNormal>{E(case["agenda"][num])}</p></div><p>Additional documents:</p>')
        if case.get("decision_blocks") and decision:
            parts.append('<p class="mgSubItemTitleTxt">Decision:</p><div class="mgWordPara">' + _html_blocks(decision) + "</div>")
        parts.append('<p class="mgSubItemTitleTxt">Minutes:</p><div class="mgWordPara">' + _html_blocks(blocks) + "</div>")
    return _page("Issue - meetings", "".join(parts))


def _mgdec_section(heading: str, blocks) -> str:
    """One labelled part of a decision notice; some notices print the parts with no label at all."""
    return (f"<h4>{E(heading)}</h4>" if heading else "") + f'<div class="mgWordPara">{_html_blocks(blocks)}</div>'


def render_mgdec(case) -> str:
    (num, title, blocks), = case["items"]
    decision = [b for b in blocks if not isinstance(b, str) and b[0] in ("D", "DB")]
    narrative = [b for b in blocks if isinstance(b, str)]
    body = (f'<h2 class="mgSubTitleTxt">Decision details</h2><h3>{E(title)}</h3>'
            f'<p>Decision Maker: {E(case["maker"])}</p><p>Decision status: Recommendations Approved</p>'
            f'<p>Is Key decision?: No</p><p>Is subject to call in?: No</p>'
            + (f'<h4>Purpose:</h4><div class="mgWordPara">{_html_blocks(narrative)}</div>' if narrative else "")
            + _mgdec_section(case.get("dec_heading", "Decision:"), decision)
            + (_mgdec_section(case.get("reasons_heading", "Reasons for the decision:"), case["reasons"])
               if case.get("reasons") else "")
            + f'<p>Publication date: {E(case["date"])}</p><p>Date of decision: {E(case["date"])}</p>')
    return _page("Decision details", body)


def render_wp(case) -> str:
    parts = [f"<h1 class='entry-title'>{E(case['subtitle'])}</h1><div class='entry-content'>"]
    for line in case.get("preamble", []):
        parts.append(f"<p>{E(line)}</p>")
    head = case.get("head", "{num} {title}")
    for num, title, blocks in case["items"]:
        tag = case.get("head_tag", "h3")
        for h in head.format(num=num or "", title=title).strip().split("\n"):
            if not h:
                continue  # an article with no heading of its own
            parts.append(f"<{tag}>{E(h)}</{tag}>" if tag != "strong" else f"<p><strong>{E(h)}</strong></p>")
        parts.append(_html_blocks(blocks))
    parts.append("</div>")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{E(case['subtitle'])}</title></head><body>"
            f"<header><nav><a href='/'>Home</a></nav></header><main><article>{''.join(parts)}</article></main>"
            f"<footer>Copyright</footer></body></html>")


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width) or [""]


def render_txt(case) -> str:
    width = case.get("wrap", 95)
    gap = case.get("para_gap", True)
    head = case.get("head", "{num} {title}")
    lines = list(case.get("preamble", []))
    for num, title, blocks in case["items"]:
        lines.append("")
        lines.extend(head.format(num=num or "", title=title).strip().split("\n"))
        for b in blocks:
            if isinstance(b, str):
                lines.extend(_wrap(b, width))
            elif b[0] == "P":
                lines.extend(_wrap(_para(b), width))
            elif b[0] == "D":
                for ln in b[2:]:
                    # a TAB row ("Outcome<TAB>The Board noted …") stays one line, as a PDF-to-text tool gives it
                    lines.extend([ln] if "\t" in ln else _wrap(ln, width))
                    if gap and case.get("gap_inside_decision"):
                        lines.append("")
            elif b[0] in ("B", "DB"):
                lead, bullets = (b[1], b[2]) if b[0] == "B" else (b[2], b[3])
                if lead:
                    lines.extend(_wrap(lead, width))
                for x in bullets:
                    w = _wrap(x, width - 2)
                    lines.append(f"{case.get('bullet', '•')} {w[0]}")
                    lines.extend("  " + y for y in w[1:])
            elif b[0] == "T":
                lines.append("\t".join(b[1]))
                for cells, *_ in b[2]:
                    lines.append("\t".join(cells))
            if gap:
                lines.append("")
    return "\n".join(lines).strip() + "\n"


def spec_pdf(case) -> dict:
    """The PDF spec: what score_decisions.py lays out with fpdf2 (see ``render_pdf`` there)."""
    spec = {"layout": case.get("layout", "plain"), "title": case["subtitle"], "preamble": case.get("preamble", []),
            "head": case.get("head", "{num} {title}"), "items": case["items"]}
    if case.get("footer"):
        spec["footer"] = case["footer"]
    if case.get("table_widths"):
        spec["table_widths"] = case["table_widths"]
    if case.get("scan"):
        spec["scan"] = case["scan"]  # every page replaced by its scanned image (pdfcase.py's options)
    return spec


RENDER = {"mg": (render_mg, ".html"), "mgai": (render_mgai, ".html"), "mgissue": (render_mgissue, ".html"),
          "mgdec": (render_mgdec, ".html"), "wp": (render_wp, ".html"), "txt": (render_txt, ".txt")}


def build(out: Path = HERE) -> int:
    ids = set()
    for case in CASES:
        cid = case["id"]
        assert cid not in ids, cid
        ids.add(cid)
        d = out / cid
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        if case["fmt"] == "pdf":
            (d / "document.pdf.json").write_text(json.dumps(spec_pdf(case), indent=1, ensure_ascii=False) + "\n")
        else:
            fn, ext = RENDER[case["fmt"]]
            (d / f"document{ext}").write_text(fn(case), encoding="utf-8")
        (d / "labels.json").write_text(json.dumps({"decisions": labels_of(case)}, indent=1, ensure_ascii=False) + "\n")
        meta = {k: case[k] for k in ("source_url", "body", "body_kind", "year", "patterns")}
        meta["evidence"] = case.get("evidence") or (
            "listing page only: the decision layout follows the forms common to this kind of body"
            if cid in LISTING_ONLY else "decision layout seen on the source page")
        meta.update(format=case["fmt"], split=split_of(cid))
        if case.get("wave"):
            meta["wave"] = case["wave"]  # written after the first three waves; scored once before any change
        (d / "case.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n")
    return len(ids)


if __name__ == "__main__":
    print(f"{build()} cases written")
