"""Highlighting a query's words in a document's text, HTML-escaped except for the ``<mark>`` tags."""
from __future__ import annotations

import re

from markupsafe import Markup, escape

from boardpapers.search.query import And, Leaf, Not, Or, parse


def query_terms(q: str) -> list[tuple[str, ...]]:
    """The positive words / phrases of a query (for highlighting a document's text)."""
    out: list[tuple[str, ...]] = []

    def walk(node) -> None:
        if isinstance(node, Leaf):
            out.append(tuple(node.words) + (("*",) if node.prefix else ()))
        elif isinstance(node, (And, Or)):
            for item in node.items:
                walk(item)
        elif isinstance(node, Not):
            return

    walk(parse(q))
    return list(dict.fromkeys(out))


def highlight_pattern(q: str) -> re.Pattern | None:
    terms = query_terms(q or "")
    if not terms:
        return None
    alternatives = []
    for words in terms:
        prefix = words and words[-1] == "*"
        words = words[:-1] if prefix else words
        if not words:
            continue
        parts = [re.escape(w) for w in words]
        body = r"[^\w]+".join(parts)
        # words match whole words; a stemmed index finds "meetings" for "meeting", so allow a word tail
        alternatives.append(rf"(?<!\w){body}\w*" if prefix or len(words) == 1 else rf"(?<!\w){body}(?!\w)")
    if not alternatives:
        return None
    alternatives.sort(key=len, reverse=True)
    return re.compile("|".join(alternatives), re.IGNORECASE)


def highlight(text: str, pattern: re.Pattern | None) -> Markup:
    """``text`` HTML-escaped, with the pattern's matches wrapped in ``<mark>``."""
    text = text or ""
    if pattern is None:
        return escape(text)
    out, last = [], 0
    for m in pattern.finditer(text):
        if m.end() == m.start():
            continue
        out.append(str(escape(text[last:m.start()])))
        out.append(f"<mark>{escape(m.group(0))}</mark>")
        last = m.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))
