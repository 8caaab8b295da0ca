"""The snippet rule of both engines: about ``SNIPPET_CHARS`` characters of the best page around its densest run of
query words, matches in <mark>. Made in Python from the page's text on both engines (Elasticsearch returns the
best page's text and no highlight: its highlighter was most of a search's CPU), so both show the same snippet."""
from __future__ import annotations

import functools
import html
import re
from typing import Callable

from .common import SNIPPET_CHARS, lead_snippet
from .query import And, Leaf, Node, Not, Or, positive_part

_WORD_RE = re.compile(r"[^\W_]+")


@functools.cache
def english_analyzer():
    """The embedded engine's analyzer (Tantivy: letters/digits, lower-cased, ASCII-folded, Snowball English), which
    Elasticsearch's ``bp_english`` mirrors: what decides that a page's word is one of the query's."""
    from .tantivy_index import _analyzer
    return _analyzer()


class Snippets:
    """The words a query highlights (its positive words, analysed; a trailing prefix's stem as a prefix) and the
    snippet of a page for that query."""

    def __init__(self, tree: Node | None, analyze: Callable[[str], list[str]] | None = None):
        self.analyze = analyze or english_analyzer().analyze
        self.marks: set[str] = set()  # stems to highlight
        self.prefixes: list[str] = []
        self._cache: dict[str, bool] = {}
        self._collect(tree)

    def _collect(self, node: Node | None) -> None:
        if node is None or isinstance(node, Not):  # negated words match nothing on a hit's page
            return
        if isinstance(node, Leaf):
            stems = [s for w in node.words for s in self.analyze(w)]
            if stems:
                self.marks.update(stems[:-1] if node.prefix else stems)
                if node.prefix:
                    self.prefixes.append(stems[-1])
        elif isinstance(node, Or):
            for item in node.items:
                self._collect(item)
        elif isinstance(node, And):
            for item in positive_part(node)[0]:
                self._collect(item)
        else:
            raise TypeError(node)

    def is_mark(self, word: str) -> bool:
        """Whether a word of a page (lower-cased) is one of the query's words once analysed (cached)."""
        hit = self._cache.get(word)
        if hit is None:
            stem = (self.analyze(word) or [""])[0]
            hit = self._cache[word] = stem in self.marks or (
                bool(self.prefixes) and stem.startswith(tuple(self.prefixes)))
        return hit

    def snippet(self, text: str) -> str:
        """About ``SNIPPET_CHARS`` characters around the densest run of query words, cut at spaces,
        HTML-escaped, matches in <mark>; the start of the page when nothing is highlighted. Only the page's
        distinct words are analysed (one regex then finds their occurrences)."""
        if not (self.marks or self.prefixes) or not text:
            return lead_snippet(text)
        matched = sorted({w for w in set(_WORD_RE.findall(text.lower())) if self.is_mark(w)}, key=len, reverse=True)
        if not matched:
            return lead_snippet(text)
        rx = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, matched)) + r")(?![^\W_])", re.IGNORECASE)
        found = [(m.start(), m.end(), m.group().lower()) for m in rx.finditer(text)]
        if not found:
            return lead_snippet(text)
        # the window with the most distinct matched words, then the most matches, earliest first
        best, best_score = 0, (-1, -1)
        for i, (a, _, _) in enumerate(found):
            inside = [w for x, y, w in found[i:] if y <= a + SNIPPET_CHARS]
            score = (len(set(inside)), len(inside))
            if score > best_score:
                best, best_score = i, score
        # some context before the first match, and the whole budget used when the page ends early
        start = max(0, min(found[best][0] - SNIPPET_CHARS // 5, len(text) - SNIPPET_CHARS))
        if start:
            sp = text.find(" ", start, found[best][0])
            start = sp + 1 if sp >= 0 else found[best][0]
        end = min(len(text), start + SNIPPET_CHARS)
        if end < len(text):
            sp = text.rfind(" ", found[best][1], end)
            end = sp if sp > 0 else max(end, found[best][1])
        parts = ["\u2026"] if start > 0 else []
        cursor = start
        for a, b, _ in found:
            if a < start or b > end:
                continue
            parts += [html.escape(text[cursor:a], quote=False), "<mark>", html.escape(text[a:b], quote=False), "</mark>"]
            cursor = b
        parts.append(html.escape(text[cursor:end], quote=False))
        if end < len(text):
            parts.append("\u2026")
        return " ".join("".join(parts).split())
