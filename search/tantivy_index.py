"""The Tantivy side of the embedded engine: analyzers, the two schemas, one open generation, and what a
document puts into each index (see ``tantivy_engine`` for the layout and the write path)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from boardpapers.errors import SearchError
from boardpapers.models import IndexedDocument

from .common import org_keys

_DAY0 = dt.date(1900, 1, 1).toordinal()
STEMS = "bp_stems"  # the indexed text fields' tokenizer: text arrives already analysed (see _Gen.index_text)
STEM_CACHE_MAX = 300_000  # distinct whitespace tokens remembered per open generation (then the cache restarts)
_NO_DAY_ASC = (1 << 32) - 1  # documents without a date sort last in both orders


def _tantivy():
    try:
        import tantivy
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise SearchError(f"the embedded search engine needs the tantivy package ({exc})") from exc
    return tantivy


def _analyzer():
    """Words as the query parser splits them (runs of letters and digits: Tantivy's simple tokenizer, which
    costs half of an equivalent regex tokenizer), lower-cased, accents folded, English (Snowball) stemming —
    Elasticsearch's analysis mirrors it."""
    t = _tantivy()
    return (t.TextAnalyzerBuilder(t.Tokenizer.simple()).filter(t.Filter.lowercase())
            .filter(t.Filter.ascii_fold()).filter(t.Filter.stemmer("english")).build())


def _schema(kind: str):
    """``text`` holds a page's words as ``_Gen.index_text`` analysed them (split on spaces only); the page as
    written is stored apart, in ``body`` (UTF-8), for snippets and ``document``."""
    t = _tantivy()
    sb = t.SchemaBuilder()
    sb.add_unsigned_field("doc", stored=True, indexed=True, fast=True)
    if kind == "pages":
        sb.add_unsigned_field("page", stored=True, fast=True)
        sb.add_text_field("text", stored=False, tokenizer_name=STEMS)
        sb.add_bytes_field("body", stored=True)
    else:
        sb.add_text_field("text", stored=False, tokenizer_name=STEMS)
    # filters on both; the facet fields (fast: columnar, for the terms aggregations) only on documents
    for name in ("source", "board_type", "type", "org_key") + (("year", "org") if kind == "docs" else ()):
        sb.add_text_field(name, fast=(kind == "docs" and name in ("source", "type", "year", "org")),
                          tokenizer_name="raw", index_option="basic")
    sb.add_unsigned_field("day", indexed=True, fast=True)  # date ordinal, 0 when unknown (sorts last, desc)
    sb.add_unsigned_field("day_asc", fast=True)  # the same, unknown = max (sorts last, asc)
    return sb.build()


def _day(date: dt.date | None) -> int:
    return date.toordinal() - _DAY0 + 1 if date else 0


class _Gen:
    """One open generation: the SQLite connection and the two Tantivy indexes."""

    def __init__(self, path: Path, create: bool):
        t = _tantivy()
        self.path = path
        self.analyzer = _analyzer()
        self.stems_tokenizer = t.TextAnalyzerBuilder(t.Tokenizer.whitespace()).build()
        self.stem_of: dict[str, str] = {}  # whitespace token -> its analysed words, joined by spaces
        self.schemas = {kind: _schema(kind) for kind in ("pages", "docs")}
        self.index = {}
        for kind, schema in self.schemas.items():
            d = path / kind
            if create:
                d.mkdir(parents=True, exist_ok=True)
            elif not (d / "meta.json").exists():
                raise SearchError(f"{path}: the search index is incomplete (no {kind} index); run `boardpapers reindex`")
            try:
                idx = t.Index(schema, path=str(d), reuse=True)
            except ValueError as exc:
                raise SearchError(f"{d}: cannot open the search index ({exc}); run `boardpapers reindex`") from exc
            idx.register_tokenizer(STEMS, self.stems_tokenizer)
            idx.config_reader(reload_policy="OnCommit")
            self.index[kind] = idx

    def analyze(self, word: str) -> list[str]:
        return self.analyzer.analyze(word)

    def index_text(self, text: str) -> str:
        """The words of ``text`` as the analyzer makes them, joined by spaces: what both indexes tokenise.

        Why: the analyzer splits on every character that is not a letter or digit, so analysing each
        whitespace-separated token alone gives the same words in the same positions as analysing the whole
        text (a token of punctuation only gives none, like the spaces around it). A corpus repeats a few
        thousand distinct tokens, so each is analysed (Snowball stemming: half of Tantivy's indexing time)
        once per generation instead of at every occurrence and in both indexes."""
        tokens = text.split()
        stem_of = self.stem_of
        try:
            return " ".join(map(stem_of.__getitem__, tokens))
        except KeyError:
            if len(stem_of) > STEM_CACHE_MAX:
                stem_of.clear()
            analyze = self.analyzer.analyze
            for token in tokens:
                if token not in stem_of:
                    stem_of[token] = " ".join(analyze(token))
            return " ".join(map(stem_of.__getitem__, tokens))


def _meta(doc: IndexedDocument) -> dict:
    date = doc.meeting_date
    keys = org_keys(list(doc.organisations) + [
        v for r in doc.attendance for v in (r.organisation, r.organisation_id, r.organisation_name) if v
    ])
    return {
        "source": [doc.source_id], "board_type": [doc.board_type] if doc.board_type else [],
        "type": [doc.type] if doc.type else [], "year": [f"{date.year:04d}"] if date else [],
        "org": sorted({o.strip() for o in doc.organisations if o and o.strip()}), "org_key": sorted(keys),
        "day": _day(date), "day_asc": _day(date) or _NO_DAY_ASC,
    }


def _add_meta(d, meta: dict, kind: str) -> None:
    for name in ("source", "board_type", "type", "org_key") + (("year", "org") if kind == "docs" else ()):
        for v in meta[name]:
            d.add_text(name, v)
    d.add_unsigned("day", meta["day"])
    d.add_unsigned("day_asc", meta["day_asc"])
