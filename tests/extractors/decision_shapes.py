"""Shared by the decision shape tests: the decisions read from one page of text, as tuples of the fields asked for."""
from boardpapers.extractors.decisions import parse_decisions
from boardpapers.models import Page


def page_decisions(text: str, *fields: str) -> list[tuple]:
    """[(item, kind, text), …] by default, or the ``fields`` named, in reading order."""
    names = fields or ("item", "kind", "text")
    return [tuple(getattr(d, f) for f in names) for d in parse_decisions([Page(number=1, text=text)])]
