"""Shared by the issue-12 shape tests: each person's fields of interest, parsed from one page of text."""
from .test_attendance import parse


def people(text: str, *fields: str) -> dict:
    """{person: (status, role, organisation)} by default, or the ``fields`` named."""
    names = fields or ("status", "role", "organisation")
    return {r.person: tuple(tuple(v) if isinstance(v := getattr(r, f), list) else v for f in names)
            for r in parse(text)}
