"""HTML (minutes pages, ModernGov item bodies, escaped Word HTML) -> lines; cells of a table row joined by TAB."""
from __future__ import annotations

import html as htmllib
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: a sandbox worker reads pages before the models are imported
    from boardpapers.models import Page


_BLOCK_TAGS = {
    "p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "dt", "dd",
    "section", "article", "blockquote", "pre", "hr", "caption", "tbody", "thead", "tfoot", "form", "fieldset",
    "address", "main", "aside", "figure", "figcaption",
}  # fmt: skip
_CELL_TAGS = {"td", "th"}
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "head", "nav", "button",
              "select", "input", "textarea")  # fmt: skip
# Chrome on ModernGov / CMIS / typical CMS pages that is not the document's text.
_CHROME_SELECTORS = (
    "header", "footer", "#header", "#footer", ".header", ".footer", "#skip", ".skip-link", "#breadcrumb",
    ".breadcrumb", ".breadcrumbs", "#cookie", ".cookie", ".cookie-banner", "#cookieBanner", "#navigation",
    ".navigation", ".menu", "#menu", ".sidebar", "#sidebar", "[role=navigation]", "[role=banner]",
    "[role=contentinfo]", ".mgLinks", "#mgLinks",
)  # fmt: skip
# a Word file saved as HTML lays columns out with runs of non-breaking spaces (its tab stops, "mso-tab-count"):
# three or more in a row are a column gap, as a TAB; ordinary text never holds them
_NBSP_TAB_STOP = re.compile(r"[ \u00a0]*(?:\u00a0[ ]*){3,}")
_ESCAPED_HTML = re.compile(r"&lt;\s*(p|div|span|table|br|td|tr|h\d|ul|li|font|b|i|o:p)\b", re.I)


def _unescape_word_html(text: str) -> str:
    """ModernGov's web service returns Word HTML escaped inside XML elements (``&lt;p class=MsoNormal&gt;``).
    If escaped tags dominate, unescape once so they parse as markup."""
    escaped = len(_ESCAPED_HTML.findall(text))
    if escaped and escaped >= len(re.findall(r"<\s*(p|div|span|table|td|br)\b", text, re.I)):
        return htmllib.unescape(text)
    return text


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    head = data[:2048].decode("ascii", "ignore").lower()
    m = re.search(r"charset=[\"']?([\w-]+)", head)
    if m:
        try:
            return data.decode(m.group(1), "replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def html_to_lines(markup: str) -> list[str]:
    from bs4 import BeautifulSoup, NavigableString, Tag
    from bs4.element import Comment, ProcessingInstruction, Declaration, Doctype, CData

    markup = _unescape_word_html(markup)
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(list(_DROP_TAGS)):
        tag.decompose()
    for sel in _CHROME_SELECTORS:
        try:
            found = soup.select(sel)
        except Exception:
            continue
        for tag in found:
            # never strip something holding most of the page (some sites wrap everything in <header>)
            if len(tag.get_text()) < 0.5 * max(len(soup.get_text()), 1):
                tag.decompose()
    root = soup.select_one("div#modgov") or soup.body or soup

    lines: list[str] = []
    cur: list[str] = []  # pieces of the current line; "\t" marks a cell boundary
    flowing: dict[int, bool] = {}  # cell id -> holds flowing text (see _flowing_cell)

    def flush():
        text = _NBSP_TAB_STOP.sub("\t", "".join(cur))
        cur.clear()
        # collapse spaces (incl. nbsp) but keep tabs as cell separators
        parts = [re.sub(r"[^\S\t]+", " ", p).strip() for p in text.split("\t")]
        while parts and not parts[-1]:
            parts.pop()
        while parts and not parts[0]:
            parts.pop(0)
        joined = "\t".join(p for p in parts if p)
        if joined:
            lines.append(joined)

    def walk(node):
        for child in node.children:
            if isinstance(child, (Comment, ProcessingInstruction, Declaration, Doctype, CData)):
                continue
            if isinstance(child, NavigableString):
                cur.append(str(child).replace("\t", " ").replace("\n", " "))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower() if child.name else ""
            if name == "br":
                flush()
                continue
            if name in _CELL_TAGS:
                cur.append("\t")
                walk(child)
                cur.append("\t")
                continue
            if name in _BLOCK_TAGS:
                # a block inside a table cell must not break the row apart — unless the cell holds flowing
                # text (a layout table such as ModernGov's item table: number | title, "Minutes:", paragraphs)
                cell = child.find_parent(list(_CELL_TAGS))
                if cell is not None and name not in ("tr", "table") and not _flowing_cell(cell, flowing):
                    cur.append(" ")
                    walk(child)
                    cur.append(" ")
                else:
                    flush()
                    number = _list_number(child) if name == "li" else None
                    if number:
                        cur.append(number)  # a numbered list's number, as a browser shows it: a minute's number
                    walk(child)
                    flush()
                continue
            walk(child)

    walk(root)
    flush()
    return lines


# the text already opens with its own mark ("1.", "(a)", "i)"): no number is added before it
_OWN_MARK = re.compile(r"\s*(?:\(?\d{1,3}[.)]|\(?[a-z]{1,4}\)|\d{1,3}\s)", re.I)


def _list_number(li) -> str | None:
    """"4. " for the fourth item of an ``<ol>`` counted in numbers (from its ``start``), else None."""
    parent = li.parent
    if parent is None or (parent.name or "").lower() != "ol" or (parent.get("type") or "1") != "1":
        return None
    if _OWN_MARK.match(li.get_text()[:12]):
        return None
    try:
        first = int(parent.get("start") or 1)
    except ValueError:
        first = 1
    at = sum(1 for sib in li.find_previous_siblings() if (getattr(sib, "name", None) or "").lower() == "li")
    return f"{first + at}. "


_FLOW_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote")


def _flowing_cell(cell, cache: dict[int, bool]) -> bool:
    """A table cell used for layout rather than data: several paragraphs of running text (ModernGov puts a
    whole minute — title, "Minutes:", paragraphs, "RESOLVED …" — in one cell). Its paragraphs stay lines.
    A data cell (a name, a role, a two-line address) stays one cell of one row."""
    key = id(cell)
    if key not in cache:
        blocks = [b for b in cell.find_all(_FLOW_BLOCKS) if b.get_text(strip=True)]
        text_len = len(cell.get_text(" ", strip=True))
        cache[key] = len(blocks) >= 3 or (len(blocks) >= 2 and text_len > 200)
    return cache[key]


def html_pages(data: bytes | str) -> list[Page]:
    """HTML (a minutes page, a ModernGov item body, escaped Word HTML) as one Page of lines."""
    from boardpapers.models import Page

    text = data if isinstance(data, str) else _decode(data)
    return [Page(number=1, text="\n".join(html_to_lines(text)))]
