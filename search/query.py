"""The journalist query syntax: ONE parser into a small AST, and the renderers for both engines.

Syntax (never raises; any input yields a query):

- words: ``budget``; several words are ANDed (``mental health`` = ``mental AND health``)
- ``"exact phrases"`` (an unbalanced quote runs to the end of the input)
- ``prefix*`` (the prefix is stemmed like every indexed word, as FTS5 does: ``commissioning*`` finds
  "commissioner" too)
- ``AND``, ``OR`` (also ``|``), ``NOT`` and a leading ``-``; operators count only in upper case, so
  ``and`` / ``or`` / ``not`` are ordinary words
- parentheses for grouping (an unclosed ``(`` closes at the end, a stray ``)`` is ignored)

Precedence, highest first: ``NOT`` / ``-``, then ``OR``, then ``AND`` (explicit or implied by adjacency)
— as in Google and LexisNexis, ``nhs trust OR board`` means ``nhs AND (trust OR board)``.

Words are split the way both indexes split text (runs of letters and digits): ``covid-19`` becomes the
phrase ``"covid 19"`` and ``col:term`` the phrase ``"col term"``, so FTS5 column filters, ``NEAR(``,
``^`` and friends reach the engine only as quoted words. Lone operators, ``*`` alone and punctuation are
dropped.

Matching is per PAGE in both engines: ``a AND b`` needs both words on one page, ``a -b`` a page with
``a`` and without ``b``; a document matches when any of its pages does.

Normal form (what the renderers may rely on): ``And`` and ``Or`` have at least two children and are not
nested in a node of the same kind; ``Not`` appears only as a child of an ``And`` that also has a positive
child, or as the whole query / the only kind of child of the top ``And`` (a pure negation: "everything
except"). A ``Not`` inside an ``OR`` group (``a OR -b``) is dropped. ``None`` is the empty query (match
everything; filters only).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Union

MAX_INPUT_CHARS = 2000
MAX_LEAVES = 64
MAX_DEPTH = 16

_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class Leaf:
    words: tuple[str, ...]  # lower-cased letter/digit runs, never empty
    prefix: bool = False  # the last word is a prefix
    phrase: bool = False  # typed in quotes (a single-word phrase behaves like a word)


@dataclass(frozen=True)
class And:
    items: tuple["Node", ...]


@dataclass(frozen=True)
class Or:
    items: tuple["Node", ...]


@dataclass(frozen=True)
class Not:
    item: "Node"


Node = Union[Leaf, And, Or, Not]


# --- tokenising ----------------------------------------------------------------------------------------------

_TOKEN_RE = re.compile(r'"([^"]*)("?)|(\()|(\))|([^\s()"]+)')


def _tokens(text: str) -> list[tuple[str, object]]:
    out: list[tuple[str, object]] = []
    for m in _TOKEN_RE.finditer(text):
        if m.group(1) is not None:
            out.append(("phrase", m.group(1)))
        elif m.group(3):
            out.append(("(", None))
        elif m.group(4):
            out.append((")", None))
        else:
            raw = m.group(5)
            if raw in ("AND", "&&", "&", "+"):
                out.append(("AND", None))
            elif raw in ("OR", "||", "|"):
                out.append(("OR", None))
            elif raw in ("NOT", "!"):
                out.append(("NOT", None))
            else:
                neg = False
                while raw[:1] in ("-", "+", "!"):
                    neg = neg or raw[0] in "-!"
                    raw = raw[1:]
                if not raw:
                    # a bare "-" negates only a bracket it touches ("-(a b)"); "a - b" is a dash, not NOT
                    if neg and text[m.end():m.end() + 1] == "(":
                        out.append(("NOT", None))
                    continue
                if neg:
                    out.append(("NOT", None))
                out.append(("word", raw))
    return out


def _leaf_from_word(raw: str) -> Leaf | None:
    words = tuple(w.lower() for w in _WORD_RE.findall(raw))
    if not words:
        return None
    prefix = raw.rstrip().endswith("*") and bool(_WORD_RE.search(raw.rstrip("*")[-1:] or ""))
    return Leaf(words, prefix=prefix, phrase=len(words) > 1)


def _leaf_from_phrase(raw: str) -> Leaf | None:
    words = tuple(w.lower() for w in _WORD_RE.findall(raw))
    if not words:
        return None
    prefix = raw.rstrip().endswith("*")
    return Leaf(words, prefix=prefix, phrase=True)


# --- parsing -------------------------------------------------------------------------------------------------


class _Parser:
    def __init__(self, tokens: list[tuple[str, object]]):
        self.toks = tokens
        self.i = 0
        self.leaves = 0

    def peek(self) -> str | None:
        return self.toks[self.i][0] if self.i < len(self.toks) else None

    def parse_and(self, depth: int) -> Node | None:
        items: list[Node] = []
        while True:
            kind = self.peek()
            if kind is None:
                break
            if kind == ")":
                if depth > 0:
                    break
                self.i += 1  # stray closing bracket
                continue
            if kind in ("AND", "OR"):
                self.i += 1  # explicit AND is implied anyway; a lone / leading OR has nothing to join
                continue
            node = self.parse_or(depth)
            if node is not None:
                items.append(node)
        return _make_and(items)

    def parse_or(self, depth: int) -> Node | None:
        items: list[Node] = []
        node = self.parse_unary(depth)
        if node is not None:
            items.append(node)
        while self.peek() == "OR":
            self.i += 1
            node = self.parse_unary(depth)
            if node is not None:
                items.append(node)
        return _make_or(items)

    def parse_unary(self, depth: int) -> Node | None:
        neg = False
        while self.peek() == "NOT":
            self.i += 1
            neg = not neg
        node = self.parse_primary(depth)
        if node is None:
            return None
        return Not(node) if neg else node

    def parse_primary(self, depth: int) -> Node | None:
        kind = self.peek()
        if kind is None or kind == ")" or kind in ("AND", "OR"):
            return None
        _, value = self.toks[self.i]
        self.i += 1
        if kind == "(":
            if depth >= MAX_DEPTH:
                return None  # too deep: treat the bracket as noise
            inner = self.parse_and(depth + 1)
            if self.peek() == ")":
                self.i += 1
            return inner
        if self.leaves >= MAX_LEAVES:
            return None
        leaf = _leaf_from_phrase(value) if kind == "phrase" else _leaf_from_word(value)  # type: ignore[arg-type]
        if leaf is not None:
            self.leaves += 1
        return leaf


def _combine(kind: type, items: list[Node]) -> Node | None:
    """An And / Or of ``items``: nested nodes of the same kind flattened, duplicates dropped (order kept),
    a single item returned as itself, nothing as None."""
    seen: list[Node] = []
    for it in items:
        for leaf in (it.items if isinstance(it, kind) else (it,)):
            if leaf not in seen:
                seen.append(leaf)
    if not seen:
        return None
    return seen[0] if len(seen) == 1 else kind(tuple(seen))


def _make_and(items: list[Node]) -> Node | None:
    return _combine(And, items)


def _make_or(items: list[Node]) -> Node | None:
    return _combine(Or, items)


def _normalise(node: Node | None, top: bool) -> Node | None:
    """Enforce the normal form: no Not inside an Or, no And with only negative children below the top."""
    if node is None or isinstance(node, Leaf):
        return node
    if isinstance(node, Not):
        inner = _normalise(node.item, top=False)
        if inner is None:
            return None
        if isinstance(inner, Not):  # double negation
            return inner.item
        if isinstance(inner, And) and _is_negative(inner):  # NOT(-a -b) = a OR b
            return _make_or([k.item for k in inner.items])  # type: ignore[union-attr]
        return Not(inner)
    if isinstance(node, Or):
        kids = []
        for k in node.items:
            k2 = _normalise(k, top=False)
            if k2 is None or _is_negative(k2):
                continue  # "a OR -b": the negative branch is dropped
            kids.append(k2)
        return _make_or(kids)
    if isinstance(node, And):
        kids = [k2 for k in node.items if (k2 := _normalise(k, top=False)) is not None]
        return _make_and(kids)  # a pure-negative And is decided by its parent (flattened or dropped)
    return node


def _is_negative(node: Node) -> bool:
    if isinstance(node, Not):
        return True
    if isinstance(node, And):
        return all(isinstance(k, Not) for k in node.items)
    return False


def parse(text: str | None) -> Node | None:
    """Parse journalist query syntax into the AST; ``None`` means "match everything". Never raises."""
    if not text:
        return None
    try:
        text = str(text)[:MAX_INPUT_CHARS]
        tree = _Parser(_tokens(text)).parse_and(0)
        tree = _normalise(tree, top=True)
        if isinstance(tree, And):  # flatten again after normalisation
            tree = _make_and(list(tree.items))
        return tree
    except Exception:  # pragma: no cover - belt and braces: a query must never be an error
        words = _WORD_RE.findall(str(text))[:MAX_LEAVES]
        return _make_and([Leaf((w.lower(),)) for w in words])


def is_pure_negative(node: Node | None) -> bool:
    return node is not None and _is_negative(node)


def page_decided(node: Node | None) -> bool:
    """True when "one page matches" and "the document, all its pages taken together, matches" agree: no
    query, a word, a phrase (no engine lets a phrase span two pages), a prefix, an OR of those. Both engines
    then count matching documents exactly on a per-document index; AND / NOT need the pages themselves."""
    if node is None or isinstance(node, Leaf):
        return True
    if isinstance(node, Or):
        return all(page_decided(k) for k in node.items)
    return False


def has_phrase(node: Node | None) -> bool:
    """The query holds a phrase of two words or more."""
    if node is None:
        return False
    if isinstance(node, Leaf):
        return node.phrase and len(node.words) > 1
    if isinstance(node, Not):
        return has_phrase(node.item)
    return any(has_phrase(k) for k in node.items)


def total_is_bounded(node: Node | None, facets: bool) -> bool:
    """Whether a search's total may stop at ``common.TOTAL_EXACT_LIMIT`` and be shown as "more than N": without
    facets, an AND / NOT (decided page by page) or a phrase (positions checked in every matching document) is
    counted only that far, on both engines; a total with facets is always exact."""
    return not facets and (not page_decided(node) or has_phrase(node))


def positive_part(node: Node) -> tuple[list[Node], list[Node]]:
    """Split a top-level node into (positive, negative) conjuncts."""
    if isinstance(node, And):
        pos = [k for k in node.items if not isinstance(k, Not)]
        neg = [k.item for k in node.items if isinstance(k, Not)]
        return pos, neg
    if isinstance(node, Not):
        return [], [node.item]
    return [node], []


# --- FTS5 ----------------------------------------------------------------------------------------------------


def _fts_leaf(leaf: Leaf) -> str:
    # words are letter/digit runs only, so they can never contain a double quote
    s = '"' + " ".join(leaf.words) + '"'
    return s + " *" if leaf.prefix else s


def to_fts5(node: Node) -> str:
    """Render a POSITIVE-rooted node (see ``positive_part``) as an FTS5 MATCH expression.

    Every word is inside double quotes, so nothing the user typed can act as FTS5 syntax. A pure negation
    cannot be expressed in FTS5: render its negated part and subtract (the embedded engine does that).
    """
    if isinstance(node, Leaf):
        return _fts_leaf(node)
    if isinstance(node, Or):
        return "(" + " OR ".join(to_fts5(k) for k in node.items) + ")"
    if isinstance(node, And):
        pos, neg = positive_part(node)
        if not pos:
            raise ValueError("pure negation has no FTS5 form")
        s = to_fts5(pos[0]) if len(pos) == 1 else "(" + " AND ".join(to_fts5(k) for k in pos) + ")"
        for n in neg:
            s = f"({s} NOT {to_fts5(n)})"
        return s
    if isinstance(node, Not):
        raise ValueError("pure negation has no FTS5 form")
    raise TypeError(node)


# --- Elasticsearch -------------------------------------------------------------------------------------------

# Prefix expansion cap for match_phrase_prefix (FTS5 has none; above this many distinct expansions of one
# prefix the Elasticsearch engine may find fewer pages).
ES_MAX_EXPANSIONS = 1000


def _es_leaf(leaf: Leaf, field: str) -> dict:
    text = " ".join(leaf.words)
    if leaf.prefix:
        # analysed (stemmed) like FTS5 stems a prefix token, then prefix-matched
        return {"match_phrase_prefix": {field: {"query": text, "max_expansions": ES_MAX_EXPANSIONS}}}
    if len(leaf.words) == 1:
        return {"match": {field: {"query": text}}}
    return {"match_phrase": {field: {"query": text}}}


def to_es(node: Node | None, field: str = "text") -> dict:
    """Render the AST as an Elasticsearch bool query (the same semantics as ``to_fts5``)."""
    if node is None:
        return {"match_all": {}}
    if isinstance(node, Leaf):
        return _es_leaf(node, field)
    if isinstance(node, Or):
        return {"bool": {"should": [to_es(k, field) for k in node.items], "minimum_should_match": 1}}
    if isinstance(node, Not):
        return {"bool": {"must": [{"match_all": {}}], "must_not": [to_es(node.item, field)]}}
    if isinstance(node, And):
        pos, neg = positive_part(node)
        body: dict = {"must": [to_es(k, field) for k in pos] or [{"match_all": {}}]}
        if neg:
            body["must_not"] = [to_es(k, field) for k in neg]
        return {"bool": body}
    raise TypeError(node)


def to_simple_query_string(node: Node | None) -> str:
    """The same query as an Elasticsearch ``simple_query_string`` string (for display / debugging; every
    word is a letter/digit run, so the string carries no unintended syntax)."""
    if node is None:
        return "*"
    if isinstance(node, Leaf):
        s = " ".join(node.words)
        if node.prefix:
            return (f'"{s}"' if len(node.words) > 1 else s) + "*"
        return f'"{s}"' if len(node.words) > 1 else s
    if isinstance(node, Or):
        return "(" + " | ".join(to_simple_query_string(k) for k in node.items) + ")"
    if isinstance(node, Not):
        return "-" + to_simple_query_string(node.item)
    if isinstance(node, And):
        return "(" + " + ".join(to_simple_query_string(k) for k in node.items) + ")"
    raise TypeError(node)
