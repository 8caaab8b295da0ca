"""Organisation gazetteer: turn "NHS DARLINGTON CCG", "Darlington CCG" or "Derby City Council" into one id.

The data ships as CSV in ``extractors/data/`` (see SOURCES.md there). Matching is deliberately conservative:
researchers publish counts by organisation, so a wrong link is worse than no link. ``match`` returns ``None``
for generic references ("the CCG", "the Council"), for ambiguous names, and for fuzzy matches below the
threshold; the caller keeps the raw string either way.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from .lazyre import lazy_compile


DATA_DIR = Path(__file__).with_name("data")
DATA_FILES = ("gazetteer.csv", "fictional.csv")

FUZZY_THRESHOLD = 92.0  # rapidfuzz ratio (0..100) below which a near miss is not trusted

# long forms folded to one short form, so "X Clinical Commissioning Group" and "X CCG" share a key
_FOLDS = [
    (r"\bclinical commissioning group\b", "ccg"),
    (r"\bintegrated care board\b", "icb"),
    (r"\bintegrated care system\b", "ics"),
    (r"\bsustainability and transformation (?:partnership|plan)\b", "stp"),
    (r"\bnhs foundation trust\b", "nhs ft"),
    (r"\bfire (?:and|&) rescue service\b", "fire and rescue service"),
    (r"\bcouncil for voluntary service\b", "cvs"),
    (r"\bprimary care trust\b", "pct"),
    (r"\bmetropolitan borough council\b", "mbc"),
]
_FOLDS_RE = [(lazy_compile(p), r) for p, r in _FOLDS]

# words that say what kind of body something is, not which one: a query made only of these is generic
_GENERIC = {
    "nhs", "ccg", "icb", "ics", "stp", "pct", "council", "city", "borough", "county", "district", "metropolitan",
    "mbc", "the", "and", "of", "trust", "ft", "foundation", "hospital", "hospitals", "police", "constabulary",
    "healthwatch", "fire", "rescue", "service", "services", "board", "local", "authority", "partnership",
    "system", "integrated", "care", "health", "university", "cvs", "voluntary", "action", "group", "royal",
    "commissioning", "clinical", "public", "england", "region", "team", "members", "member",
}
_COUNCIL_SUFFIX_RE = lazy_compile(
    r"\s+(?:city|county borough|borough|county|district|metropolitan borough|metropolitan district|mbc)?\s*council$"
)


# normalise's steps, compiled once: it runs for every name and variant the gazetteer loads (~4,000) and for every
# body looked up, and re.sub's pattern-cache lookup cost as much as most of these substitutions
_DASHES = lazy_compile(r"[\u2010-\u2015]")
_PUNCTUATION = lazy_compile(r"[^\w\s'/-]")
_JOINING_HYPHEN = lazy_compile(r"(?<=\w)-(?=\w)")
_HYPHEN_OR_SLASH = lazy_compile(r"[-/]")
_SPACES = lazy_compile(r"\s+")
_LEADING_THE = lazy_compile(r"^the ")
_NHS_BEFORE_CCG = lazy_compile(r"^nhs (?=.+ (?:ccg|icb)$)")


def normalise(text: str) -> str:
    """Lower-case, '&' → 'and', punctuation and 'the' removed, long forms folded ('... CCG')."""
    t = text.lower().replace("&", " and ").replace("’", "'")
    t = _DASHES.sub("-", t)
    t = _PUNCTUATION.sub(" ", t)
    t = t.replace("'", "")
    t = _JOINING_HYPHEN.sub(" ", t)  # Stoke-on-Trent == Stoke on Trent
    t = _HYPHEN_OR_SLASH.sub(" ", t)
    t = _SPACES.sub(" ", t).strip()
    t = _LEADING_THE.sub("", t)
    for pat, rep in _FOLDS_RE:
        t = pat.sub(rep, t)
    # "NHS X CCG" == "X CCG"; the NHS prefix is optional in practice for CCGs/ICBs
    t = _NHS_BEFORE_CCG.sub("", t)
    return t


@dataclass(frozen=True)
class Organisation:
    id: str
    type: str
    name: str
    alt_names: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    code: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    successor_ids: tuple[str, ...] = ()
    predecessor_ids: tuple[str, ...] = ()
    source: str | None = None
    fictional: bool = False

    def valid_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class OrgMatch:
    id: str
    name: str
    type: str
    confidence: float  # 0..1
    matched_text: str
    start: int | None = None  # offsets of matched_text in the text given to find_in
    end: int | None = None


def _date(value: str) -> dt.date | None:
    value = (value or "").strip()
    return dt.date.fromisoformat(value) if value else None


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


@dataclass
class _Key:
    org_id: str
    weight: float  # 1.0 for a listed name, a little less for a generated variant


class Gazetteer:
    def __init__(self, organisations: list[Organisation]):
        preds: dict[str, list[str]] = {}
        for org in organisations:
            for s in org.successor_ids:
                preds.setdefault(s, []).append(org.id)
        self._orgs: dict[str, Organisation] = {}
        for org in organisations:
            if org.id in preds:
                org = Organisation(**{**org.__dict__, "predecessor_ids": tuple(preds[org.id])})
            self._orgs[org.id] = org
        self._keys: dict[str, list[_Key]] = {}
        self._abbr: dict[str, list[str]] = {}
        for org in self._orgs.values():
            for name in (org.name, *org.alt_names):
                self._add_key(normalise(name), org.id, 1.0)
                for variant in self._variants(org, normalise(name)):
                    self._add_key(variant, org.id, 0.95)
            for abbr in org.abbreviations:
                ids = self._abbr.setdefault(abbr.upper().replace(" ", ""), [])
                if org.id not in ids:
                    ids.append(org.id)
        self._choices = list(self._keys)
        self._areas = {
            _COUNCIL_SUFFIX_RE.sub("", normalise(o.name)): o for o in self._orgs.values() if o.type == "council"
        }

    # ---- construction ---------------------------------------------------------------------------------
    @classmethod
    def from_csv(cls, paths: list[Path]) -> Gazetteer:
        orgs = []
        for path in paths:
            fictional = path.name.startswith("fictional")
            with path.open(newline="", encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    orgs.append(Organisation(
                        id=row["id"], type=row["type"], name=row["name"], alt_names=_split(row["alt_names"]),
                        abbreviations=_split(row["abbreviations"]), code=row["code"] or None,
                        start=_date(row["start"]), end=_date(row["end"]), successor_ids=_split(row["successor_ids"]),
                        source=row.get("source") or None, fictional=fictional,
                    ))
        return cls(orgs)

    @classmethod
    @functools.lru_cache(maxsize=1)
    def default(cls) -> Gazetteer:
        """The shipped gazetteer (loaded once per process)."""
        return cls.from_csv([DATA_DIR / name for name in DATA_FILES])

    def _add_key(self, key: str, org_id: str, weight: float) -> None:
        if not key:
            return
        entries = self._keys.setdefault(key, [])
        for e in entries:
            if e.org_id == org_id:
                e.weight = max(e.weight, weight)
                return
        entries.append(_Key(org_id, weight))

    @staticmethod
    def _variants(org: Organisation, key: str) -> list[str]:
        out = []
        if org.type == "council":
            # "Derby City Council" is also written "Derby Council" and "Derby County Council" is "Derby Council"
            core = _COUNCIL_SUFFIX_RE.sub("", key)
            core = re.sub(r"^(?:london borough of|royal borough of|city of|borough of|council of the) ", "", core)
            if core and core != key:
                out += [f"{core} council", f"{core} city council", f"{core} borough council",
                        f"{core} county council"]
        if org.type == "nhs_trust":
            out.append(re.sub(r" nhs (?:ft|trust)$", "", key))
        if org.type == "police":
            core = re.sub(r" (?:police|constabulary)(?: service)?$", "", key)
            out += [f"{core} police", f"{core} constabulary"]
        return [v for v in out if v and v != key]

    # ---- lookups ----------------------------------------------------------------------------------------
    def get(self, org_id: str) -> Organisation | None:
        return self._orgs.get(org_id)

    def __iter__(self):
        return iter(self._orgs.values())

    def __len__(self) -> int:
        return len(self._orgs)

    def _pick(self, candidates: list[_Key], on: dt.date | None) -> tuple[Organisation, float] | None:
        """The one organisation a key means, or None when it stays ambiguous."""
        best = max(c.weight for c in candidates)
        top = [c for c in candidates if c.weight == best]
        if len(top) > 1 and on is not None:
            valid = [c for c in top if self._orgs[c.org_id].valid_on(on)]
            top = valid or top
        if len(top) > 1:
            # an open (current) body beats abolished ones of the same name only when exactly one is open
            open_ = [c for c in top if self._orgs[c.org_id].end is None]
            if on is None and len(open_) == 1:
                top = open_
            else:
                return None
        org = self._orgs[top[0].org_id]
        conf = best
        if on is not None and not org.valid_on(on):
            conf *= 0.9  # the text names a body that did not exist that day: still the body named
        return org, conf

    def match(self, text: str, on: dt.date | None = None) -> OrgMatch | None:
        """The organisation ``text`` names as a whole, or None (generic, ambiguous or unknown)."""
        cache = self.__dict__.setdefault("_match_cache", {})
        key = (text, on)
        if key not in cache:
            if len(cache) > 20000:  # attendance parsing asks the same few strings many times: keep it bounded
                cache.clear()
            cache[key] = self._match(text, on)
        return cache[key]

    def _match(self, text: str, on: dt.date | None = None) -> OrgMatch | None:
        raw = (text or "").strip()
        if not raw:
            return None
        compact = re.sub(r"[\s.]", "", raw.strip(" .,;:()")).upper()
        if compact in self._abbr and raw.strip(" .,;:()").replace(" ", "").isupper():
            ids = self._abbr[compact]
            if len(ids) == 1:
                org = self._orgs[ids[0]]
                return OrgMatch(org.id, org.name, org.type, 0.9, raw)
            return None
        key = normalise(raw)
        if not key or not (set(key.split()) - _GENERIC - {"nhs"}):
            # nothing but generic words: "the CCG", "the Council", "NHS", "Healthwatch"
            if key not in self._keys:
                return None
        if key in self._keys:
            picked = self._pick(self._keys[key], on)
            if picked:
                org, conf = picked
                return OrgMatch(org.id, org.name, org.type, round(conf, 3), raw)
            return None
        synthetic = self._voluntary_pattern(raw, key)
        if synthetic:
            return synthetic
        if len(key) < 6:
            return None
        from rapidfuzz import fuzz, process  # here, for a near miss: most documents never have one (~10 ms import)

        hit = process.extractOne(key, self._choices, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD)
        if not hit:
            return None
        choice, score, _ = hit
        # a near miss must agree on the kind word at the end ("... ccg" never matches "... icb")
        if choice.split()[-1] != key.split()[-1]:
            return None
        picked = self._pick(self._keys[choice], on)
        if not picked:
            return None
        org, conf = picked
        return OrgMatch(org.id, org.name, org.type, round(conf * score / 100 * 0.95, 3), raw)

    def is_council_area(self, text: str) -> bool:
        """Whether ``text`` names a council's area ("Doncaster", "Norfolk", "Gwynedd")."""
        names = self.__dict__.get("_area_names")
        if names is None:
            # "city of doncaster", "london borough of sutton", "glasgow city": the place alone
            names: set[str] = set()
            for a in self._areas:
                place = re.sub(r"^(?:the )?(?:city of|(?:london |royal )?borough of|county of) ", "", a)
                # "Glasgow City" and "Glasgow"; "Isle of Anglesey" and "Anglesey"
                names |= {place, re.sub(r" city$", "", place), re.sub(r"^isle of ", "", place)}
            self.__dict__["_area_names"] = names
        key = normalise(text)
        return key in names or key.endswith(" city") and key[:-5] in names  # "Glasgow City", "Dundee City"

    def _voluntary_pattern(self, raw: str, key: str) -> OrgMatch | None:
        """'<Area> CVS' / 'Voluntary Action <Area>' for a known council area: a local infrastructure body."""
        m = re.fullmatch(r"(.+) cvs|voluntary action (.+)|(.+) voluntary action", key)
        if not m:
            return None
        area = next(g for g in m.groups() if g)
        if area not in self._areas:
            return None
        org_id = f"vcs-{area.replace(' ', '-')}-{'cvs' if m.group(1) else 'voluntary-action'}"
        name = f"{_title(area)} CVS" if m.group(1) else f"Voluntary Action {_title(area)}"
        return OrgMatch(org_id, name, "voluntary_sector", 0.8, raw)

    def find_in(self, text: str, on: dt.date | None = None) -> list[OrgMatch]:
        """Organisations named inside a longer string, e.g. a role: 'Director of Public Health – Derby City
        Council'. Tries each comma/dash/bracket-separated part, then its trailing word runs (longest first),
        then standalone abbreviations."""
        found: list[OrgMatch] = []
        taken: list[tuple[int, int]] = []
        for m in re.finditer(r"[^,;()\[\]–—|\t]+", text or ""):
            seg = m.group(0)
            # " - " separates role and organisation; "-" inside a word (Stoke-on-Trent) does not
            for part in re.finditer(r"(?:(?! - | / ).)+", seg):
                p = part.group(0)
                words = list(re.finditer(r"\S+", p))
                for i in range(len(words)):
                    # the organisation usually ends the part, so try suffixes from the longest
                    start = words[i].start()
                    candidate = p[start:].strip()
                    # "by Dundee City Council" is no body's name, however near the fuzzy match; nor is "- NHS
                    # Cumbria" (the part after "Lead" in "Lead - NHS Cumbria" starts at the dash)
                    if not candidate or candidate[0].islower() and not candidate.startswith("the ") \
                            or candidate[0] in "-/":
                        continue
                    hit = self.match(candidate, on)
                    if hit and hit.confidence >= 0.8:
                        a = m.start() + part.start() + start
                        b = a + len(candidate)
                        if not any(a < y and x < b for x, y in taken):
                            found.append(OrgMatch(hit.id, hit.name, hit.type, hit.confidence, candidate, a, b))
                            taken.append((a, b))
                        break
        for m in re.finditer(r"(?<![\w/])([A-Z][A-Z&/]{1,7}[A-Z])(?![\w/])", text or ""):
            if any(m.start() < y and x < m.end() for x, y in taken):
                continue
            hit = self.match(m.group(1), on)
            if hit:
                found.append(OrgMatch(hit.id, hit.name, hit.type, hit.confidence, m.group(1), m.start(), m.end()))
                taken.append((m.start(), m.end()))
        found.sort(key=lambda o: o.start or 0)
        return found

    # ---- succession -------------------------------------------------------------------------------------
    def lineage(self, org_id: str) -> list[str]:
        """Every organisation linked to ``org_id`` through succession (predecessors of successors included),
        oldest first, ``org_id`` itself among them."""
        if org_id not in self._orgs:
            return []
        seen = {org_id}
        todo = [org_id]
        while todo:
            org = self._orgs[todo.pop()]
            for nxt in (*org.successor_ids, *org.predecessor_ids):
                if nxt in self._orgs and nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return sorted(seen, key=lambda i: (self._orgs[i].start or dt.date.min, self._orgs[i].end or dt.date.max, i))

    def successor_on(self, org_id: str, day: dt.date) -> str | None:
        """The body that carried ``org_id``'s functions on ``day``: itself if it existed then, else the
        first successor (following the chain) valid on that day. None when nothing in the chain was."""
        seen: set[str] = set()
        todo = [org_id]
        while todo:
            current = todo.pop(0)
            if current in seen or current not in self._orgs:
                continue
            seen.add(current)
            org = self._orgs[current]
            if org.valid_on(day):
                return current
            if org.end is not None and day > org.end:
                todo.extend(org.successor_ids)
        return None


def _title(area: str) -> str:
    small = {"and", "of", "upon", "on", "the", "with", "in"}
    return " ".join(w if w in small else w.capitalize() for w in area.split())


def expand_organisations(gazetteer: Gazetteer | None, names: list[str]) -> list[str]:
    """Follow organisations through reorganisations: a name also matches its predecessors and successors
    (their ids and names), for the CLI's and the web's ``org`` filters. Without a gazetteer, the names as given."""
    expanded: list[str] = []
    for name in names:
        expanded.append(name)
        match = gazetteer.match(name) if gazetteer is not None else None
        if match is not None:
            for org_id in gazetteer.lineage(match.id):
                org = gazetteer.get(org_id)
                expanded.extend([org_id] + ([org.name] if org else []))
    return list(dict.fromkeys(expanded))
