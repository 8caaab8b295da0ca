"""The Tantivy side of the embedded engine: analyzers, the two schemas, one open generation, and what a
document puts into each index (see ``tantivy_engine`` for the layout and the write path)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from boardpapers.errors import SearchError
from boardpapers.models import IndexedDocument

from .common import org_keys

_DAY0 = dt.date(1900, 1, 1).toordinal()
ENGLISH = "bp_english"  # the text fields' tokenizer: ``_analyzer``, registered on both indexes
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
    """pages: ``text`` is the page as written (stored, for snippets and ``document``), analysed by Tantivy with
    positions (ranking, phrases); ``doc`` / ``page`` are read from the fast fields only. docs: ``text`` holds the
    document's distinct whitespace tokens, indexed without frequencies or positions — the documents index only
    counts and facets queries without phrases (see ``tantivy_search``), so which words a document holds is all it
    needs, and a document's distinct tokens are a fraction of its words."""
    t = _tantivy()
    sb = t.SchemaBuilder()
    sb.add_unsigned_field("doc", indexed=True, fast=True)
    if kind == "pages":
        sb.add_unsigned_field("page", fast=True)
        sb.add_text_field("text", stored=True, tokenizer_name=ENGLISH)
    else:
        sb.add_text_field("text", tokenizer_name=ENGLISH, index_option="basic")
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
            idx.register_tokenizer(ENGLISH, self.analyzer)
            idx.config_reader(reload_policy="OnCommit")
            self.index[kind] = idx

    def analyze(self, word: str) -> list[str]:
        return self.analyzer.analyze(word)


def distinct_tokens(pages) -> str:
    """The distinct whitespace-separated tokens of a document's page texts, joined by spaces: what its entry in
    the documents index analyses. Why exact: the analyzer splits on every character that is not a letter or
    digit, so the words of a text are the words of its whitespace tokens taken one by one, and a document
    holds a word exactly when one of its distinct tokens gives it."""
    seen: set[str] = set()
    for text in pages:
        seen.update(text.split())
    return " ".join(seen)


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
