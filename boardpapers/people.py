"""The same person across boards and years: linking attendance records, conservatively, with reasons.

Minutes name people in many ways ("Cllr J Smith", "Councillor Jane Smith", "Jane Smith (Chair)"), and two
different people can share a name. A wrong merge is worse than a missed one, so records are linked only on
evidence, and every link says which evidence:

1. **Same name, same place.** Records whose names agree exactly (forenames and surname, after titles and
   post-nominals are dropped) *and* that sit at the same board with the same organisation (or both with no
   organisation stated) form one *group*. Groups are the unit below.
2. **Same full name, corroborated.** Two groups with the same full forename and surname are linked when they
   also share the organisation (followed through reorganisations: a CCG and its successor ICB are one
   organisation family), or share a board, or share a stated role — and never when both state an
   organisation and the organisations differ.
3. **Initials.** "J Smith" is linked to "Jane Smith" only when both state the same organisation family, the
   initials agree with the full forenames, and exactly one full-named person of that surname in that
   organisation family fits the initials (with "Jane Smith" and "John Smith" both there, "J Smith" stays
   unlinked).
4. Never linked: different surnames, forenames that disagree ("Jane" / "Joan"), or titles that disagree on
   sex (Mr / Mrs, Ms, Miss).

Pure: attendance in, people out. The organisation family is a function passed in (the web app gives the
gazetteer's lineage), so this module does no I/O.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

from boardpapers.extractors.names import POST_NOMINALS, TITLES
from boardpapers.models import IndexedMeeting, stable_id

MALE_TITLES = {"mr", "sir", "lord", "baron"}
FEMALE_TITLES = {"mrs", "ms", "miss", "dame", "lady", "baroness"}
_TITLE_WORDS = sorted((t.lower() for t in TITLES), key=len, reverse=True)
_POST = {p.lower() for p in POST_NOMINALS}
_PARTICLES = {"de", "van", "von", "da", "del", "della", "le", "la", "bin", "al", "ap", "du", "der", "den", "di"}


@dataclass(frozen=True)
class ParsedName:
    title: str | None  # lower-case, e.g. "cllr", "dr"
    forenames: tuple[str, ...]  # lower-case; an initial is one letter
    surname: str  # lower-case, particles included ("van der berg")
    display: str = ""  # forenames and surname in the case written ("Jane McDonald")

    @property
    def initials_only(self) -> bool:
        return bool(self.forenames) and all(len(f) == 1 for f in self.forenames)

    @property
    def first(self) -> str | None:
        return self.forenames[0] if self.forenames else None

    def key(self) -> str:
        return " ".join(self.forenames + (self.surname,))


def parse_name(name: str) -> ParsedName | None:
    """``"Cllr J. Smith MBE"`` → title cllr, forenames (j,), surname smith; ``None`` when no surname."""
    text = re.sub(r"\([^)]*\)", " ", name or "")  # "(Chair)", "(AB)"
    text = re.sub(r"[.,;:]", " ", text).strip()
    title = None
    for t in _TITLE_WORDS:  # titles can stack: "The Rt Hon Dr"
        while True:
            m = re.match(rf"{re.escape(t)}\b\s*", text, re.IGNORECASE)
            if not m:
                break
            title = title or t
            text = text[m.end():]
    written = [w for w in text.split() if w.lower() not in _POST and re.search(r"[^\W\d_]", w)]
    words = [w.lower() for w in written]
    if not words:
        return None
    # "SMITH Jane" is not handled: minutes write forename first
    surname_start = len(words) - 1
    while surname_start > 0 and words[surname_start - 1] in _PARTICLES:
        surname_start -= 1
    surname = " ".join(words[surname_start:])
    forenames = tuple(words[:surname_start])
    if len(surname) < 2:
        return None
    expanded: list[str] = []
    for f in forenames:  # "JA" written for two initials stays one token; "j-a" splits
        expanded.extend(p for p in f.split("-") if p)
    return ParsedName(title=title, forenames=tuple(expanded), surname=surname, display=" ".join(written))


@dataclass(frozen=True)
class Appearance:
    """One attendance record at one meeting."""

    meeting_id: str
    body: str
    board_name: str
    date: dt.date | None
    name: str  # as written
    status: str | None
    role: str | None
    organisation: str | None  # canonical name when linked, else as written
    organisation_id: str | None
    document_id: str | None  # where the record came from (None: the site's structured attendance)
    page: int | None


@dataclass
class Link:
    a: str  # group label ("Jane Smith · Northmere County Council · northmere-hwb")
    b: str
    rule: str  # "same-name-organisation" | "same-name-board" | "same-name-role" | "initials-organisation"
    reason: str


@dataclass
class Person:
    person_id: str
    name: str  # the fullest form seen
    variants: list[str]
    appearances: list[Appearance]
    links: list[Link] = field(default_factory=list)  # why the groups below were joined (empty: one group)
    groups: list[str] = field(default_factory=list)

    @property
    def boards(self) -> list[str]:
        return sorted({a.body for a in self.appearances})


def appearances_of(meetings: Iterable[IndexedMeeting]) -> list[Appearance]:
    out = []
    for m in meetings:
        for r in m.attendance:
            out.append(Appearance(
                meeting_id=m.meeting_id, body=m.source_id, board_name=m.board_name or m.source_id, date=m.date,
                name=r.name, status=r.status, role=r.role, organisation=r.organisation_name or r.organisation,
                organisation_id=r.organisation_id, document_id=m.attendance_document_id, page=r.page))
    return out


@dataclass
class _Group:
    label: str
    parsed: ParsedName
    family: str | None
    organisation: str | None
    body: str
    roles: set[str]
    appearances: list[Appearance]


def _sex(title: str | None) -> str | None:
    if title in MALE_TITLES:
        return "m"
    if title in FEMALE_TITLES:
        return "f"
    return None


def _forenames_agree(a: ParsedName, b: ParsedName) -> bool:
    """Full forenames equal where both are full; an initial agrees with a name that starts with it."""
    if not a.forenames or not b.forenames:
        return False
    for x, y in zip(a.forenames, b.forenames):
        if len(x) > 1 and len(y) > 1:
            if x != y:
                return False
        elif x[0] != y[0]:
            return False
    return True


def _role_key(role: str | None) -> str | None:
    text = " ".join(re.sub(r"[^\w\s]", " ", (role or "").lower()).split())
    return text or None


def link_people(appearances: Iterable[Appearance],
                family: Callable[[str | None, str | None], str | None] | None = None) -> list[Person]:
    """People from attendance records. ``family(organisation_id, organisation)`` names an organisation's
    family (its lineage through reorganisations); by default the id, else the name as written."""
    family = family or (lambda org_id, org: org_id or (" ".join(org.lower().split()) if org else None))
    groups: dict[tuple, _Group] = {}
    for a in appearances:
        parsed = parse_name(a.name)
        if parsed is None or not parsed.forenames:
            continue  # a surname alone ("Smith") is too little to link anything
        fam = family(a.organisation_id, a.organisation)
        key = (parsed.key(), _sex(parsed.title), fam, a.body)
        g = groups.get(key)
        if g is None:
            label = " · ".join(filter(None, [a.name, a.organisation, a.body]))
            g = groups[key] = _Group(label=label, parsed=parsed, family=fam, organisation=a.organisation,
                                     body=a.body, roles=set(), appearances=[])
        g.appearances.append(a)
        if _role_key(a.role):
            g.roles.add(_role_key(a.role))

    items = sorted(groups.values(), key=lambda g: g.label)
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    links: list[tuple[int, int, Link]] = []
    by_surname: dict[str, list[int]] = {}
    for i, g in enumerate(items):
        by_surname.setdefault(g.parsed.surname, []).append(i)

    for indices in by_surname.values():
        for x, i in enumerate(indices):
            for j in indices[x + 1:]:
                link = _link(items[i], items[j], [items[k] for k in indices])
                if link is not None:
                    links.append((i, j, link))
                    parent[find(i)] = find(j)

    clusters: dict[int, list[int]] = {}
    for i in range(len(items)):
        clusters.setdefault(find(i), []).append(i)
    people = []
    for members in clusters.values():
        member_set = set(members)
        apps = sorted((a for i in members for a in items[i].appearances),
                      key=lambda a: (a.date or dt.date.min, a.body, a.meeting_id))
        variants = sorted({a.name for a in apps})
        full = max((items[i].parsed for i in members), key=lambda p: (not p.initials_only, len(p.key()), p.key()))
        labels = sorted(items[i].label for i in members)
        people.append(Person(
            person_id=stable_id("person", labels[0]), name=full.display,
            variants=variants, appearances=apps, groups=labels,
            links=[lk for i, j, lk in links if i in member_set and j in member_set]))
    people.sort(key=lambda p: (p.name.split()[-1].casefold(), p.name, p.person_id))
    return people


def _link(a: _Group, b: _Group, same_surname: list[_Group]) -> Link | None:
    pa, pb = a.parsed, b.parsed
    if pa.surname != pb.surname or not _forenames_agree(pa, pb):
        return None
    sa, sb = _sex(pa.title), _sex(pb.title)
    if sa and sb and sa != sb:
        return None
    conflict = a.family is not None and b.family is not None and a.family != b.family
    if conflict:
        return None
    same_family = a.family is not None and a.family == b.family
    names = f"{a.label!r} and {b.label!r}"
    if not pa.initials_only and not pb.initials_only and pa.first == pb.first:
        if same_family:
            return Link(a.label, b.label, "same-name-organisation",
                        f"{names}: same forename and surname, same organisation"
                        + (" (through its reorganisations)" if a.organisation != b.organisation else ""))
        if a.body == b.body:
            return Link(a.label, b.label, "same-name-board",
                        f"{names}: same forename and surname on the same board, no conflicting organisation")
        shared_roles = a.roles & b.roles
        if shared_roles:
            return Link(a.label, b.label, "same-name-role",
                        f"{names}: same forename and surname, same role ({sorted(shared_roles)[0]}), "
                        "no conflicting organisation")
        return None
    # one side (or both) written with initials only: organisation required, and no other candidate
    if not same_family:
        return None
    short, full = (a, b) if pa.initials_only else (b, a)
    if full.parsed.initials_only:
        return None  # initials on both sides: too little
    fits = {g.parsed.forenames for g in same_surname
            if g.family == short.family and not g.parsed.initials_only and _forenames_agree(g.parsed, short.parsed)}
    first_names = {f[0] for f in fits}
    if len(first_names) != 1:
        return None
    return Link(a.label, b.label, "initials-organisation",
                f"{names}: initials {' '.join(short.parsed.forenames).upper()} fit the only "
                f"{full.parsed.display} of that surname and organisation")
