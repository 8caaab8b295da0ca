"""Label records for the blind sets' ``cases_def.py`` files: one attendee (``A``) or decision (``D``) each.

The field names are what ``score_blind.py`` reads; ``optional`` marks a label that is neither required nor
penalised when found (see the blind README's labelling rules).
"""
from __future__ import annotations

PRESENT, APOLOGIES, ABSENT = "present", "apologies", "absent"
IN_ATT, SUB, EXPECTED = "in_attendance", "substitute", "expected"


def A(name, status, role=None, org=None, sub_for=None, optional=False):
    person = {"name": name, "role": role, "organisation": org, "status": status, "substitute_for": sub_for}
    if optional:
        person["optional"] = True
    return person


def D(text, kind, item=None, title=None, optional=False):
    decision = {"item": item, "item_title": title, "text": text, "kind": kind}
    if optional:
        decision["optional"] = True
    return decision


_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Cllr", "Councillor", "Professor", "Prof", "Rev", "Inspector", "Sir"}


def bare(name: str) -> str:
    """A printed name without its leading titles ('Mr', 'Cllr', 'Dr.', 'Rev.' ...): labels carry names untitled."""
    words = name.split()
    while words and words[0].rstrip(".") in _TITLES:
        words = words[1:]
    return " ".join(words)
