"""One entry becomes records: brackets (initials, qualifiers, substitutes, bodies), then the role and the
organisation in the rest of the entry, linked through the gazetteer."""
from __future__ import annotations

import re

from boardpapers.models import AttendanceRecord

from ..lazyre import lazy_compile
from ..names import POST_NOMINALS, ROLE_WORDS, TITLES, NameSplit, split_name
from ..organisations import Gazetteer
from .shape import _clean_target, _initials_of, _is_bare_name, _looks_like_org
from .vocab import (
    _CHAIR_CODES,
    _PRESIDING_CLAUSE,
    _Entry,
    _ORG_THEN_ROLE,
    _CHIEF_ACRONYMS,
    _ORG_WORDS,
    _PLACE_ACRONYM,
    _PORTFOLIO_WORDS,
    _QUALIFIER_RE,
    _ROLE_ACRONYMS,
    _ROLE_HINT,
    _STRONG_ORG_WORDS,
    _SUBSTITUTE_FOR,
    _BODY_THEN_SUBSTITUTE_FOR,
    _SUBSTITUTE_IN_BRACKETS,
)
from .wording import _DEPUTY_TAIL, _SUBSTITUTED_BY, _WITH_DEPUTY


def _org_in(text: str | None, gaz: Gazetteer):
    """The gazetteer-linked organisation a role string such as "Director of Public Health, Derby City Council"
    carries: (match, text before it as a role) or (None, None)."""
    if not text:
        return None, None
    whole = gaz.match(text.strip(" ,;"))
    if whole:
        return whole, None
    found = [f for f in gaz.find_in(text) if f.confidence >= 0.85]
    if not found:
        return None, None
    hit = found[-1]
    linked = gaz.match(hit.matched_text) or hit
    left = text[:hit.start].strip(" ,;–—-:/") if hit.start is not None else ""
    left = re.sub(r"\s+(?:at|of|for|from)$", "", left)
    return linked, left or None


def _two_bodies(text: str, left: str) -> bool:
    """Whether ``left`` (the text before a gazetteer body in ``text``) is another body joined to it by a slash,
    not a job held there: "Northvale Hospice / NHSE Midlands" is two bodies, "Director / NHSE" a post."""
    rest = text[len(left):].lstrip()
    return text.startswith(left) and rest.startswith("/") and _looks_like_org(left)


def _names_body(text: str, gaz: Gazetteer) -> bool:
    """Whether ``text`` names a body: a gazetteer one, a council's area, or a name with a body's kind word."""
    t = text.strip(" ,.;")
    return bool(gaz.match(t) or gaz.is_council_area(t) or _STRONG_ORG_WORDS.search(t) and not _ROLE_HINT.search(t))


def _abbreviates_before(acronym: str, text: str, at: int) -> bool:
    """Whether ``acronym`` is the initials of the capitalised words just before ``at`` ("Northvale University
    Hospital (NUH)"; "of", "and", "the" skipped). A hyphen's parts are words of their own: "Northvale
    Sub-Committee (NSC)"."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’&]*", text[max(0, at - 120):at].split(",")[-1])
             if w.lower() not in ("of", "and", "the", "for", "&")]
    initials = "".join(w[0] for w in words)
    return len(words) >= len(acronym) and initials.endswith(acronym) and all(
        w[:1].isupper() for w in words[-len(acronym):])


# a table's Organisation cell that ends in a body's initials ("Northvale LSCB", "Stockton SBC", "Eastvale CVS"): the
# body, though no kind word names it (a post's initials are no such cell: "Northvale DPH" has a role hint or none)
_INITIALLED_BODY_CELL = lazy_compile(r"(?:[A-Z][\w'’&-]*\s+){0,4}[A-Z]{2,6}")


# "representing the Consulting Engineers": the post's holders in the plural ("Engineers" → "Engineer")
_REPRESENTING_POSTS = lazy_compile(r"(?i)representing\s+the\s+(?P<post>\S.*?)s?")


# a list of a council's officers, and a directorate's name: two or more capitalised remits ("Development &
# Environment", "Children, Families and Learning")
_OFFICERS_HEADING = lazy_compile(r"(?i)\bofficers?\b")
_DIRECTORATE = lazy_compile(r"[A-Z][a-z]+(?:(?:,\s+|\s+(?:and|&)\s+|\s+)[A-Z][a-z]+){1,4}")


# mayors elected to a post, not the civic title ("The Lord Mayor", "the Mayor" of a council stay titles)
_MAYORAL_POST = lazy_compile(r"(?:Deputy City|Assistant City|Deputy|Metro|City) Mayor\s+")


_LINK_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "to", "&"})


def _spells_out(acronym: str, phrase: str) -> bool:
    """Whether ``acronym`` is the initials of the capitalised words of ``phrase``, link words ("of", "in", "&")
    counted or not, and (in a long acronym) one later word left out: "Children in Scotland" (CiS), "Coalition of
    Care and Support Providers in Scotland" (CCPS)."""
    words = re.findall(r"[^\s,]+", phrase)
    if len(words) < 2 or not all(w[:1].isupper() or w.lower() in _LINK_WORDS for w in words):
        return False
    letters = acronym.lower()

    def fits(i: int, j: int, skips: int) -> bool:
        if i == len(words):
            return j == len(letters)
        w = words[i]
        if w.lower() in _LINK_WORDS and fits(i + 1, j, skips):
            return True
        if skips and i and fits(i + 1, j, skips - 1):
            return True
        if len(w) > 1 and w.isupper() and letters.startswith(w.lower(), j) and fits(i + 1, j + len(w), skips):
            return True  # "NHS Wakefield District" (NHSWD): an acronym inside keeps its letters
        return j < len(letters) and w[0].lower() == letters[j] and fits(i + 1, j + 1, skips)
    return fits(0, 0, 1 if len(letters) >= 4 else 0)


def _spelled_out_body(acronym: str, text: str, at: int) -> str | None:
    """The body's name written out in full just before its acronym in brackets, from the last comma ("Ann Lee,
    Children in Scotland (CiS) Forum representative" → "Children in Scotland"), or None."""
    if not re.fullmatch(r"[A-Z][A-Za-z&]{1,6}[A-Z]", acronym) or sum(c.isupper() for c in acronym) < 2:
        return None
    phrase = text[:at].rsplit(",", 1)[-1].strip()
    if acronym in _ROLE_ACRONYMS or _ROLE_HINT.search(phrase) and not _ORG_WORDS.search(phrase):
        return None  # "Director of Public Health (DPH)": a post's acronym
    return phrase if _spells_out(acronym, phrase) else None


# a role, a spaced dash, then a body, inside one bracket
_ROLE_DASH_BODY = lazy_compile(r"(?P<role>[^–—]+?)\s+[–—-]\s+(?P<body>[A-Z][^–—]+)")


def _flatten_nested(text: str) -> str:
    """"(Medical Director (Interim), NHS X)": brackets inside brackets become plain text, so the outer group
    stays one bracket (same length, so offsets hold)."""
    if "(" not in text or text.count("(") < 2:
        return text
    out, depth = [], 0
    for c in text:
        if c == "(":
            depth += 1
            out.append(c if depth == 1 else " ")
        elif c == ")" and depth:
            depth -= 1
            out.append(c if depth == 0 else " ")
        else:
            out.append(c)
    return "".join(out)


# "Cabinet Member for Children, Young People & Families: Councillor Ann Lee": a post, commas and all, and a colon
# before one titled name
_POST_COLON_NAME = lazy_compile(r"(?P<post>[A-Z][^:;\t()]{2,90}?):\s+(?P<name>\S.*?)\s*\.?$")


def _post_colon_name(text: str) -> tuple[str, str] | None:
    """(name, post) of a "Post: Titled Name" entry, or None for any other entry."""
    m = _POST_COLON_NAME.match(text)
    if not m or not _ROLE_HINT.search(m.group("post")) or split_name(m.group("post")):
        return None
    sp = split_name(m.group("name"))
    if not sp or not sp.title or m.group("name")[sp.end:].strip():
        return None
    return m.group("name"), m.group("post").strip()


def _entry_records(entry: _Entry, page: int, gaz: Gazetteer) -> list[AttendanceRecord]:
    post_first = _post_colon_name(entry.text) if ":" in entry.text else None
    if post_first is None:
        return _entry_records_of(entry, page, gaz)
    entry.text = post_first[0]
    out = _entry_records_of(entry, page, gaz)
    for rec in out:
        rec.role = rec.role or post_first[1]
    return out


# the words after a place bracketed inside an NHS body's name: "NHS (Northvale) 3 CCGs"
_AFTER_PLACE_IN_BODY = lazy_compile(r"[ \t]*(?:\d+[ \t]+)?(?P<kind>[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*){0,4})")


def _names_kind_of_body(words: str) -> bool:
    """Whether capitalised words hold a body's kind, singular or plural ("CCGs", "Trusts")."""
    return any(_STRONG_ORG_WORDS.fullmatch(w) or w.endswith("s") and _STRONG_ORG_WORDS.fullmatch(w[:-1])
               for w in words.split())


def _place_inside_body(m: re.Match) -> bool:
    """"NHS (Northvale) 3 CCGs": a place bracketed between "NHS" and the body's kind is part of the body's
    name, not a bracket to read apart (it would leave "NHS … CCGs" a role and the place a body)."""
    # (the cheap tests first: this runs for every bracket of every entry)
    if not m.group(0).endswith(")"):
        return False
    before = m.string[:m.start()]
    nhs = before.rstrip()  # "NHS" as a word, then a space, right before the bracket
    if not (len(nhs) < len(before) and nhs.endswith("NHS") and (len(nhs) == 3 or not (nhs[-4].isalnum() or nhs[-4] == "_"))):
        return False
    after = _AFTER_PLACE_IN_BODY.match(m.string, m.end())
    return bool(re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}", m.group(1).strip())
                and after and _names_kind_of_body(after.group("kind")))


def _post_remit_before_body(m: re.Match) -> bool:
    """"Deputy Chief Nurse (Designated Nurse Safeguarding Adults, Children & LAC), NHS Northvale CCG": a bracket
    with commas inside it, straight after a job word and naming a post, says what the post covers; the body is
    the comma part after it, so nothing in the bracket (its last comma part "Children & LAC") is a body."""
    if not m.group(0).endswith(")") or "," not in m.group(1):  # (cheap first: every bracket of every entry)
        return False
    before = m.string[:m.start()].split()
    after = re.match(r"\s*,\s*(?P<next>[^,;\t(]+)", m.string[m.end():])
    return bool(before
                and (before[-1] in ROLE_WORDS or _ROLE_HINT.fullmatch(before[-1]))
                and _ROLE_HINT.search(m.group(1).split(",")[0])
                and after and _names_kind_of_body(after.group("next")))


def _shared_plural_post(bracket: str) -> bool:
    """"Ann Lee, Bo Dee, (Development Workers)": a bracket ending in a job word made plural names the post the
    people before it share, not a body (only "Workers", "Officers", "Managers"…, never a body's own kind)."""
    words = bracket.split()
    last = words[-1] if words else ""
    return bool(len(words) <= 4 and last.endswith("s") and _ROLE_HINT.fullmatch(last[:-1])
                and not _STRONG_ORG_WORDS.search(bracket) and not _ORG_WORDS.search(last[:-1])
                and all(w in ROLE_WORDS or w.lower() in _PORTFOLIO_WORDS for w in words[:-1]))  # no place: "(Northvale Carers)"


def _entry_records_of(entry: _Entry, page: int, gaz: Gazetteer) -> list[AttendanceRecord]:
    text = entry.text
    deputy = _WITH_DEPUTY.search(text)
    if deputy:
        # "Councillor A (Isle of Anglesey County Council) with Councillor B deputising"
        text = text[:deputy.start()]
    replaced_by = _SUBSTITUTED_BY.search(text) if entry.status == "apologies" else None
    if replaced_by:
        text = text[:replaced_by.start()]
    deputy_tail = _DEPUTY_TAIL.search(text) if entry.status == "apologies" else None
    if deputy_tail:
        text = text[:deputy_tail.start()]
    # pull out bracketed groups: qualifiers, initials, substitutes, organisations
    brackets: list[str] = []
    unclosed: set[str] = set()  # brackets that run to the end of the entry: a table cell cut them off

    remits: set[str] = set()  # brackets that qualify the post before them, a body named after them

    def _take(m: re.Match) -> str:
        if _place_inside_body(m):
            return m.group(0)
        brackets.append(re.sub(r"\s+(?=[,;])", "", re.sub(r"\s{2,}", " ", m.group(1))).strip())
        if not m.group(0).endswith(")"):
            unclosed.add(brackets[-1])
        if _post_remit_before_body(m):
            remits.add(brackets[-1])
        return " " * len(m.group(0))

    core = re.sub(r"\(([^()]*)\)?", _take, _flatten_nested(text))
    sp = split_name(core, entry.inherited_title)
    if not sp and entry.surname_only:
        word = core.strip(" .;")
        sp = NameSplit(name=word, person=word, title=None, end=core.find(word) + len(word))
    if not sp:
        return []
    rest_text = core[sp.end:]
    barrel = _dashed_surname(sp, rest_text, gaz)
    if barrel:
        # "Cllr Wendy Vale – Pryce": the second half of a double-barrelled surname typed with a spaced dash
        end = sp.end + barrel.end()
        sp = NameSplit(name=sp.name + barrel.group(0).rstrip(), person=sp.person + barrel.group(0).rstrip(),
                       title=sp.title, end=end, plural_title=sp.plural_title)
        rest_text = core[end:]
    post = _MAYORAL_POST.match(sp.name)
    if post:
        # "Metro Mayor Andy Vale", "City Mayor Peter Sole": an elected post held, written as a title; the post is
        # her role, the name what follows it
        sp = NameSplit(name=sp.name[post.end():], person=sp.person, title=sp.title[post.end():].strip() or None,
                       end=sp.end, plural_title=sp.plural_title)
    if re.match(r" (?:&|and) [A-Z]", rest_text) and not sp.title and len(sp.person.split()) >= 3:
        # "Glenn Ash Northshire & Wessex Fire Service": the last capitalised word starts the body, not the name
        shorter = split_name(core[:core.rindex(" ", 0, sp.end)])
        if shorter:
            sp, rest_text = shorter, core[shorter.end:]
    for_other = re.match(r"\s*(?:(?:[-–—,]\s*)?(?:(?:as\s+)?(?:a\s+)?substitut(?:e|ing)|deputising)\s+)?for\s+"
                         r"(?P<for>[^,;\t]+)", rest_text, re.I)
    if for_other and split_name(for_other.group("for").strip()):
        # "Jo King for Mark Hope", "Jo King - Substitute for Mark Hope": attending for someone else; a bracket
        # after the other person is theirs
        entry.substitute_for = _clean_target(for_other.group("for"))  # type: ignore[attr-defined]
        rest_text = rest_text[for_other.end():]
        cut = sp.end + for_other.start()
        # (but a body there, "Jo King for Mark Hope (Northvale Council)", is the seat's, so the substitute's too)
        brackets = [b for b in brackets if text.find("(" + b) < cut or _names_body(b, gaz)]
    for_post = None if for_other else _FOR_POST.match(rest_text)
    if for_post and _ROLE_HINT.search(for_post.group("post")) and not _STRONG_ORG_WORDS.search(for_post.group("post")):
        # "Ann Lee, on behalf of Director of Learning, Scottish Government": there for the holder of a post (a
        # substitute for no one named); the body after it is hers
        rest_text = rest_text[for_post.end():]
    else:
        for_post = None
    rest_text = re.sub(r"(?i)(^|[,\t;–—-]\s*)representing\s+(?:the\s+(?=[A-Z]))?", r"\1", rest_text)
    # "Mr Ian Rowe of the Kelby Society": "of" straight after the name leads to the person's body
    rest_text = re.sub(r"^\s+of\s+(?:the\s+)?(?=[A-Z])", " ", rest_text)
    qualifiers: list[str] = []
    substitutes: list[str] = []
    substitute_for: str | None = getattr(entry, "substitute_for", None)
    org_candidates: list[str] = []
    role_candidates: list[str] = []
    if deputy and split_name(deputy.group("who")):
        substitutes.append(deputy.group("who"))
    if replaced_by and split_name(replaced_by.group("who")):
        substitutes.append(replaced_by.group("who"))
    deputy_away = None
    if deputy_tail and split_name(deputy_tail.group("who")):
        if deputy_tail.group("came"):
            substitutes.append(deputy_tail.group("who"))
        else:
            deputy_away = deputy_tail.group("who")  # "… and his deputy C D": away as well
    spelled: list[str] = []
    in_seat_of = None  # a member named in a bracket after the attendee's own body ("(Housing, NBC on behalf of A)")
    for b in brackets:
        b_clean = re.sub(r"^all\s+", "", b.strip(" ,.;"))  # "(all Renfrewshire Council)"
        if not b_clean:
            continue
        body = _spelled_out_body(b_clean, text, text.find("(" + b))
        if body and not split_name(body):
            spelled.append(body)  # "Association of Directors of Education in Scotland (ADES)": the name is the body
            continue
        letters = [w[0].upper() for w in re.split(r"[\s-]+", sp.person) if w[:1].isalpha()]
        lead = _INITIALS_LEAD.match(b_clean)
        if lead and _initials_of(lead.group(1), sp.person):
            # "(SB for Chris Frost)", "(KS - for item 5)", "(DH - Chair)": the person's initials, then what the
            # bracket says of them
            b_clean = b_clean[lead.end():]
        # (a longer code holds the surname's initial too: "(LFRS)" after "L Barr" is her service's acronym; a
        # two-letter one may not: "(PL)" for Pauline Knowles)
        if re.fullmatch(r"[A-Z]{2,4}", b_clean) and not gaz.match(b_clean) and letters and b_clean[0] == letters[0] \
                and (len(b_clean) <= 2 or len(letters) >= 2 and letters[-1] in b_clean[1:]) \
                or len(letters) >= 2 and (_initials_of(b_clean, sp.person) or b_clean[0].isupper()
                                          and b_clean.upper() == "".join(letters)):  # "(Ak)": OCR lost a capital
            # "(AB)" for Avi Bhatia; not "(NVP)" after "Fr Neil", a one-word name: a body's acronym
            continue  # initials
        if re.fullmatch(r"[A-Z]{2}", b_clean) and set(b_clean) & set(letters) and not gaz.match(b_clean) \
                and text.find("(" + b) <= len(text) - len(text.lstrip()) + len(sp.name) + 1 \
                and re.search(r"[A-Za-z]{3}", rest_text.replace(" ", "")):
            # "Martin Raby (RB)<TAB>Principal, Northvale College": a two-letter code straight after the name,
            # sharing one of its initials, with the post and body written after it, is the person's code (mistyped)
            continue
        if _post_abbreviation(b_clean, text[:max(0, text.find("(" + b))]):
            continue  # "Mr Towse – Asset Manager (AMgr)", "Mr Hirst (VCh)": the post's short form, no body
        if re.fullmatch(r"[A-Z]{2,6}", b_clean):
            # "Rhea Gill (NPA)": a body's acronym, not her initials ("(CEO)", a post's, is left out as before);
            # after the body's name written out ("…, Northvale University Hospital (NUH)") the name is the body
            if b_clean not in _ROLE_ACRONYMS and not _abbreviates_before(b_clean, text, text.find("(" + b)):
                org_candidates.append(b_clean)
            continue
        if _QUALIFIER_RE.match(b_clean):
            qualifiers.append(_qualifier_label(b_clean))
            continue
        sub = next((p.match(b_clean) for p in _SUBSTITUTE_IN_BRACKETS if p.match(b_clean)), None)
        if sub and split_name(sub.group("who")):
            substitutes.append(sub.group("who"))
            body = sub.groupdict().get("body")
            if body and re.fullmatch(r"[A-Z][A-Za-z&]{1,7}", body) and body not in _ROLE_ACRONYMS \
                    or body and _names_body(body, gaz):
                org_candidates.append(body)  # "(HPBC – Mark Fell is sub)": the absent member's body comes first
            continue
        sf = _SUBSTITUTE_FOR.match(b_clean)
        if sf and split_name(sf.group("for")):
            substitute_for = sf.group("for").strip()
            continue
        body_for = _BODY_THEN_SUBSTITUTE_FOR.match(b_clean) if "behalf" in b_clean or "place of" in b_clean else None
        if body_for and _is_bare_name(body_for.group("for").strip()) and not _is_bare_name(body_for.group("body")):
            substitute_for = body_for.group("for").strip()
            org_candidates.append(body_for.group("body"))
            in_seat_of = substitute_for
            continue
        cut = _CUT_TARGET.fullmatch(sf.group("for")) if sf else None
        surname = cut.group("surname") if cut and cut.group("surname") not in ROLE_WORDS else None
        if cut and cut.group("given") not in ROLE_WORDS and cut.group("post").split()[0] in ROLE_WORDS \
                and not _STRONG_ORG_WORDS.search(cut.group("post")) and (surname or b in unclosed):
            # "Ann Lee (nominated deputy for Tom Deputy Director of Finance Bell)": a PDF table's bracket cut after
            # the absent member's given name, the post cell's text between it and the surname (or, the bracket
            # never closed, no surname at all)
            substitute_for = f"{cut.group('given')} {surname}" if surname else cut.group("given")
            role_candidates.append(sf.group("for")[cut.start("post"):cut.start("surname") if surname else None].strip())
            continue
        also = re.match(r"(?i)also\s+representing\s+(?:the\s+)?(?P<body>.+)$", b_clean)
        if also and entry.group_org and not _is_bare_name(also.group("body")):
            # "Ann Lee (also representing Northvale Partnership)" under "Representing Northvale Fire Service:": a
            # second seat; the group's body is hers
            qualifiers.append(b_clean)
            continue
        rep = re.match(r"(?i)(?:also\s+)?representing\s+(?P<for>.+)$", b_clean)  # "(also representing A)": for A too
        if rep and _is_bare_name(rep.group("for")) and not _looks_like_org(rep.group("for")) \
                and not gaz.match(rep.group("for")) and entry.status in (None, "present", "substitute"):
            # "Ann Lee (representing Bob Cole)": there for a person, not for a body
            substitute_for = rep.group("for").strip()
            continue
        if entry.status == "apologies" and _is_bare_name(b_clean) and not _looks_like_org(b_clean) \
                and not _PLACE_ACRONYM.fullmatch(b_clean) \
                and not gaz.match(b_clean) and (split_name(b_clean).title or len(b_clean.split()) >= 2):
            # "Mark Hope (Jo King)" in a list of apologies: the one who came instead
            substitutes.append(b_clean)
            continue
        if b in remits or _shared_plural_post(b_clean):
            role_candidates.append(b_clean)
            continue
        head, sep, tail = b_clean.rpartition(", ")
        dash = None if sep else _ROLE_DASH_BODY.fullmatch(b_clean)
        if dash:
            head, sep, tail = dash.group("role"), " – ", dash.group("body")  # "(Chief Executive – Northvale Care)"
        if sep and _ROLE_HINT.search(head) and not _ROLE_HINT.search(tail) and (
                gaz.match(tail) or _STRONG_ORG_WORDS.search(tail) or _looks_like_org(tail)
                or sep == ", " and _PLACE_ACRONYM.fullmatch(tail)
                or (sep == ", " or len(tail.split()) >= 2) and _plain_body_name(tail)):
            # "(Medical Director, Northvale NHS Trust)", "(Contracts Manager, Northvale Plant Hire)", "(GP, Northvale
            # CHP)": a role and a body in one bracket; one word after a dash is the post's remit ("(Mayoral Advisor
            # - Homelessness)")
            job, comma, unit = head.rpartition(", ")
            if comma and _DEPARTMENT_OF.fullmatch(unit) and re.fullmatch(r"[A-Z][A-Za-z&]{1,6}[A-Z]", tail):
                # "(Consultant, Department of Anaesthetics, NVH)": the department of the body whose initials follow
                head, tail = job, f"{unit}, {tail}"
            role_candidates.append(head)
            org_candidates.append(tail)
            continue
        first, sep, rest = b_clean.partition(", ")
        if sep and re.fullmatch(r"[A-Z]{2,6}", first) and first not in _ROLE_ACRONYMS and not _ROLE_HINT.search(first) \
                and not re.fullmatch(r"[A-Z]{2,6}", rest):
            # "(OLOL, Steward)", "(STOC, Parish Council)": a body's acronym, then the seat on it
            org_candidates.append(first)
            role_candidates.append(rest)
            continue
        posts = _REPRESENTING_POSTS.fullmatch(b_clean)
        if posts and _ROLE_HINT.fullmatch(posts["post"].split()[-1]):
            # "(representing the Consulting Engineers)": there for the holders of a post, which is no body
            role_candidates.append(b_clean)
            continue
        if entry.status_raw and _OFFICERS_HEADING.search(entry.status_raw) and _DIRECTORATE.fullmatch(b_clean) \
                and not _ROLE_HINT.search(b_clean) and not _is_bare_name(b_clean):
            # "Officers in attendance: Ann Lee (Development & Environment)": an officer's bracket names the
            # directorate she works in, a part of the council that counts as her body
            org_candidates.append(b_clean)
            continue
        if gaz.match(b_clean) or (_ORG_WORDS.search(b_clean) or _PLACE_ACRONYM.fullmatch(b_clean)) \
                and not _ROLE_HINT.search(b_clean) or b_clean.lower().startswith("the "):
            # "(Salvation Army.)": proper nouns and no job word make a body the gazetteer does not know
            org_candidates.append(b_clean)
        else:
            role_candidates.append(b_clean)
    # the rest: cells and comma parts after the name
    pieces = [p.strip(" ,;:–—-\t./") for p in re.split(r"\t|,(?![^(]*\))|\s/\s", rest_text)]
    pieces = [p for p in pieces if p and not (re.fullmatch(r"[A-Z][A-Za-z]{1,4}", p) and _initials_of(p, sp.person))]
    # "Dame Ivy Holt, DBE": post-nominals after a comma are no role
    pieces = [p for p in pieces if not all(w.rstrip(".") in POST_NOMINALS for w in p.split())]
    pieces = _join_enumerations(pieces)
    for body in spelled:
        k = next((k for k, p in enumerate(pieces) if p.startswith(body)), None)
        if k is not None:
            tail = pieces[k][len(body):].strip()
            if tail and _ORG_WORDS.fullmatch(tail):
                body, tail = f"{body} {tail}", ""  # "Integration Joint Board (IJB) Network": the body goes on
            pieces[k:k + 1] = [tail] if tail else []
            org_candidates.insert(0, body)
    pieces += [r.strip(" ,;") for r in entry.extra_role]
    if post:
        role_candidates.insert(0, post.group(0).strip())
    role, org_raw, org_match = _role_and_org(pieces, org_candidates, role_candidates, gaz)
    if org_raw is None and role and pieces == [role] and not (org_candidates or entry.group_org or entry.org_cell) \
            and len(role_candidates) == bool(post) \
            and not (sp.title and _COUNCILLOR_TITLE.search(sp.title)) and _lone_body_name(role):
        # "Ann Lee (AL) Northvale Water", "Bo Dee – Eastvale Training": a proper name that is no job, remit or
        # party, alone after a person's name, is the body they came from (after a councillor's name it may be
        # the ward they sit for)
        org_raw, org_match, role = role, gaz.match(role), None
    if org_raw is None and entry.group_org:
        org_raw, org_match = entry.group_org, gaz.match(entry.group_org)
    elif org_raw and entry.group_org and org_match is None and " " not in org_raw \
            and entry.group_org.startswith(f"{org_raw} ") and role:
        # "Ann Lee, Forum Co-ordinator" under "In Attendance from Forum Support Organisation (FSO):": the one word
        # taken for a body is the start of the group's body, so it belongs to the post
        role, org_raw, org_match = f"{org_raw} {role}", entry.group_org, gaz.match(entry.group_org)
    if entry.org_cell and org_raw != entry.org_cell and (_names_body(entry.org_cell, gaz) or _INITIALLED_BODY_CELL.fullmatch(
            entry.org_cell.strip()) and not _ROLE_HINT.search(entry.org_cell)):
        # "Dr A<TAB>NHS NV CCG<TAB>Chair of NHS Northvale CCG": the Organisation column says the body as written
        org_raw, org_match = entry.org_cell, gaz.match(entry.org_cell)
        role = ", ".join(p for p in (role or "").split(", ") if p != entry.org_cell) or None
    if org_raw and org_match is None and role and re.fullmatch(r"[A-Z][A-Z&]{1,5}", org_raw):
        # "Member of Northvale LEP<TAB>LEP", "Leader of Northvale Borough Council<TAB>NBC": the acronym's cell
        # stands for the body the job names in full
        full = re.search(r"\b(?:of|for|at|from)\s+(?:the\s+)?(?P<body>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|&|the"
                         r"|upon|on))*)\s*$", role)
        body = full and full.group("body")
        if body and (body.endswith(" " + org_raw) or _spells_out(org_raw.replace("&", ""), body)):
            org_raw, org_match = body, gaz.match(body)
    status = entry.status
    if status == "substitute" or (status in (None, "present") and (
            substitute_for or for_post or any(q.lower() in ("substitute", "sub", "deputising") for q in qualifiers))) \
            or status == "in_attendance" and in_seat_of and in_seat_of == substitute_for:
        # "Cllr B (substitute for Cllr A)" under "Present": the text says they attended as a substitute; so does
        # "B (Housing, NBC attending on behalf of A)" under "In attendance": there in a named member's seat
        status = "substitute"
    rec = AttendanceRecord(
        # a name wrapped over two lines keeps one space between its words ("Cllr J" / "Smith")
        name=" ".join(sp.name.split()), status=status, person=" ".join(sp.person.split()), role=role,
        organisation=org_raw, substitute_for=substitute_for, qualifiers=qualifiers, status_raw=entry.status_raw, page=page,
        span=(entry.start, entry.start + len(text.rstrip())), origin="text",
    )
    _link(rec, org_match)
    out = [rec]
    if deputy_away:
        out.extend(_entry_records(_Entry(f"{deputy_away}, {deputy_tail.group('role').lower()}", entry.start,
                                         entry.status, entry.status_raw), page, gaz))
    for who in substitutes:
        # "(Mr D Walker, Medical Director attended in his absence)": the substitute is a person too
        sub_entry = _Entry(who, entry.start, "substitute", "attended as substitute")
        sub_recs = _entry_records(sub_entry, page, gaz)
        named_for = deputy.group("for") if deputy and who == deputy.group("who") else None
        for s in sub_recs:
            s.substitute_for = _clean_target(named_for) if named_for and split_name(named_for) else sp.name
            s.span = rec.span
        out.extend(sub_recs)
    return out


# "Chief Executive of Northvale NHS Trust", "Non-Executive Director at the Northvale Hospice"
_ROLE_OF_ORG = lazy_compile(
    r"(?P<role>[^,;()]*\b(?:Officer|Director|Executive|Manager|Lead|Secretary|Head|Clerk|Advisor|Adviser|Nurse"
    r"|Consultant|Accountant|Solicitor|Auditor|Engineer|Pharmacist|Independent\s+Chair|Independent\s+Chairman"
    r"|Independent\s+Chairperson))\s+(?:of|at|for|from)\s+(?:the\s+)?"
    r"(?P<org>[A-Z][^,;()]+?)"
    # "… Group (CCG)   and also Chair of …": a second post after a column gap or "and also" is no part of the body
    r"(?P<tail>(?:\s{2,}|\s+and\s+also\s)[^,;()]*)?$")  # jobs held at a body, not seats on it ("Chair of the … Group" is a role)


_BODY_KINDS = frozenset({"Trusts", "Bodies", "Organisations", "Providers"})
_ROLE_THEN_NHS_BODY = lazy_compile(r"(?P<role>[A-Z][^,;()]*?[a-z])\s+"
                                   r"(?P<org>NHS(?: (?:[A-Z&][\w&'’-]*|and|of|for|the)(?= |$))+?)"
                                   r"(?P<tail>(?:\s{2,}|\s+and\s+also\s)[^,;()]*)?$")
# ("Chinese Linkworker NVHIP": a "-worker" post, one word or two, before its body's initials)
_JOB_THEN_ACRONYM = lazy_compile(r"(?:[A-Z][\w-]*\s+){0,3}(?:Executive|Director|Officer|Chair|Manager|Lead|CEO|Advis[eo]r"
                                 r"|(?:[A-Z][a-z]*)?[Ww]orker|Co-?ordinator)\s+"
                                 r"(?P<org>[A-Z][A-Za-z]{0,5}[A-Z])(?=$|\s+(?:&|and)\s|,)")


# a body's proper name run on after a one-word job: capitalised words, small joining words between them
_GLUED_BODY = lazy_compile(r"[A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|of|and|&|the|for|by|on)){0,4} [A-Z][\w'’&-]*")


# words that end a name but belong inside a body's ("CEO Northvale Borough Council": the council's tier is its name's)
_BODY_NAME_WORDS = frozenset({"NHS", "Borough", "County", "City"})


def _job_then_body(part: str) -> tuple[str, str] | None:
    """(job, body) of a cell written "<job> <Body Name ending in a body's kind word>", the body being the run of
    capitalised words before its kind word that are no job or portfolio words; None for anything else."""
    words = part.split()
    if len(words) >= 3 and words[0] in _CHIEF_ACRONYMS and not _ROLE_HINT.search(part[3:]) \
            and all(w[:1].isupper() or w in ("of", "and", "&", "the", "on", "upon") for w in words[1:]):
        return words[0], " ".join(words[1:])  # "CEO Northvale Ports": the chief officer's body follows the acronym
    if len(words) >= 3 and _ROLE_HINT.fullmatch(words[0]) and _GLUED_BODY.fullmatch(" ".join(words[1:])) \
            and not any(w in ROLE_WORDS or w.lower() in _PORTFOLIO_WORDS for w in words[1:]) \
            and not _is_bare_name(" ".join(words[1:])):
        return words[0], " ".join(words[1:])  # "Facilitator Northvale by Design": one job word, then a body's name
    if len(words) < 3 or not _STRONG_ORG_WORDS.fullmatch(words[-1]):
        return None
    i = len(words) - 1
    while i > 0 and words[i - 1][:1].isupper() and (words[i - 1] not in ROLE_WORDS or words[i - 1] in _BODY_NAME_WORDS) \
            and words[i - 1].lower() not in _PORTFOLIO_WORDS and words[i - 1] not in _CHIEF_ACRONYMS:
        i -= 1
    if "NHS" in words[i:]:
        i = words.index("NHS", i)  # "Minute Taker NHS Nene CCG": "NHS" opens the body's name
    job, body = " ".join(words[:i]), " ".join(words[i:])
    if i > 1 and words[i - 1] == "to" and words[i] not in ROLE_WORDS and len(words) - i >= 2:
        return " ".join(words[:i - 1]), body  # "Clerk and Executive Officer to Melton Parish Council": a named body
    if len(words) - i < 2 or not job or not _ROLE_HINT.search(job) or not words[i - 1][:1].isupper():
        return None  # ("Chair of the Northvale Group": a seat on the body, read elsewhere if at all)
    return job, body


def _join_enumerations(pieces: list[str]) -> list[str]:
    """"Basildon, Billericay & Wickford CVS", "Health, Social Care & Wellbeing Executive Group": a comma inside
    an "A, B & C" list in a body's name, not between a role and a body. Joined when the later piece carries the
    list's "&"/"and", the earlier one is a short run of capitalised words, and neither names a job."""
    if len(pieces) < 2:
        return pieces
    out = [pieces[0]]
    for p in pieces[1:]:
        prev = out[-1]
        short_run = re.fullmatch(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}", prev)
        # "Watchet Association of Commerce, Environment and Trade": a body's name that goes on after a comma
        named_body = _STRONG_ORG_WORDS.search(prev) and not _ORG_WORDS.search(p) \
            and re.fullmatch(r"[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|for|and|&)){1,6}", prev) \
            and re.fullmatch(r"[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|and|&)){1,4}", p)
        if re.search(r"\s(?:&|and)\s", p) and (short_run or named_body) and prev not in _ROLE_ACRONYMS \
                and not _ROLE_HINT.search(prev) and not _ROLE_HINT.search(p) and (named_body or not split_name(prev)) \
                and (_STRONG_ORG_WORDS.search(p) or _ORG_WORDS.search(p) or _STRONG_ORG_WORDS.search(prev)):
            out[-1] = f"{prev}, {p}"
        elif re.search(r"\b(?:for|of)\s+[A-Z][a-z]+$", prev) and _ROLE_HINT.search(prev) \
                and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)*(?: and| &) [A-Z][a-z]+", p) \
                and not _ORG_WORDS.search(p) and not _STRONG_ORG_WORDS.search(p):
            out[-1] = f"{prev}, {p}"  # "Director for Children, Young People and Families": the post's remit goes on
        else:
            out.append(p)
    return out


def _qualifier_label(q: str) -> str:
    low = q.lower()
    if re.fullmatch(r"chair(?:man|person)?|in the chair|chairing", low):
        return "Chair"
    if re.fullmatch(r"vice[- ]?chair(?:man)?", low):
        return "Vice-Chair"
    if low in ("virtual", "virtually", "remote", "remotely", "online"):
        return "virtual"
    if low in ("part", "part meeting", "part of meeting", "part of the meeting"):
        return "part meeting"
    return q


# "Nominated by Northvale Council (Elected Member)", "preferred candidate for the role of Chair of Northvale Health
# Board": a body that put the member forward, or a post not yet held, describes the seat, not the member's body
_SEAT_NOT_BODY = lazy_compile(r"^(?:[Nn]ominated|[Aa]ppointed)\s+by\b|\bcandidate\s+for\b")


# "…, on behalf of Director of Learning": for the holder of a post
_FOR_POST = lazy_compile(r"\s*[,–—-]?\s*on\s+behalf\s+of\s+(?:the\s+)?(?P<post>[^,;\t()]+)", re.I)
# a mixed-case short form of a post: "Ch", "VCh", "AMgr" (capitals with lower-case letters among them)
_MIXED_CODE = lazy_compile(r"[A-Z][a-z]{0,2}(?:[A-Z][a-z]{0,3}){0,2}")


def _post_abbreviation(code: str, before: str) -> bool:
    """Whether a bracket's mixed-case code is a post's short form: a chair's ("Ch", "VCh", in the vocabulary) or the
    initials of the capitalised post written just before it ("Asset Manager (AMgr)")."""
    if not _MIXED_CODE.fullmatch(code) or code.isupper():
        return False
    if code in _CHAIR_CODES:
        return True
    caps = [c for c in code if c.isupper()]
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", before)][-len(caps):] if caps else []
    return len(words) == len(caps) and all(w[0].isupper() and w[0] == c for w, c in zip(words, caps)) \
        and any(w in ROLE_WORDS for w in words)


# initials opening a bracket before what it says ("SB for …", "KS - for item 5", "DHo – notetaker")
_INITIALS_LEAD = lazy_compile(r"([A-Z][A-Za-z]{1,5})(?:\s*[-–—:,]\s*|\s+(?=for\b))(?=\S)")


# a substitute's target cut after the given name, a post after it, then maybe the surname ("for Tom Deputy
# Director of Finance Bell")
_CUT_TARGET = lazy_compile(r"(?P<given>[A-Z][a-z]+)\s+(?P<post>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|and|&|for))*?)"
                           r"(?:\s+(?P<surname>[A-Z][a-z]+(?:-[A-Z][a-z]+)?))?")


def _role_and_org(pieces: list[str], org_candidates: list[str], role_candidates: list[str], gaz: Gazetteer):
    """Decide which text is the role and which the organisation.

    Bracketed organisations and gazetteer hits win; otherwise the last of several comma parts is the
    organisation when it looks like one ("Name, Role, Organisation")."""
    org_raw = None
    org_match = None
    role_parts: list[str] = []
    for cand in org_candidates:
        hit = gaz.match(cand)
        if hit is None:
            # "(Pro Vice-Chancellor, University of Northmere)": the organisation is the gazetteer-linked part
            part, left = _org_in(cand, gaz)
            if part is not None and left and _two_bodies(cand, left):
                # "(Office for Health Improvement / NHSE Midlands)": both bodies the person stands for, as written
                org_raw, org_match = cand, None
                break
            if part is not None:
                org_raw, org_match = part.matched_text, part
                if left:
                    role_candidates = [left] + list(role_candidates)
                break
        if hit or org_raw is None:
            org_raw, org_match = cand, hit
            if hit:
                break
    for piece in pieces:
        if _PRESIDING_CLAUSE.fullmatch(piece.strip(" .")):
            continue
        if _SEAT_NOT_BODY.search(piece):
            role_parts.append(piece)
            continue
        hit = gaz.match(piece)
        if hit and not org_match:
            org_raw, org_match = piece, hit
            continue
        if not hit:
            found = [f for f in gaz.find_in(piece) if f.confidence >= 0.85]
            if found and not org_match:
                f = found[-1]
                org_raw, org_match = f.matched_text, gaz.match(f.matched_text) or f
                left = piece[:f.start].strip(" ,–—-:/") if f.start is not None else ""
                if left and f.end == len(piece.rstrip()) and re.fullmatch(r"(?:[A-Z][\w'’&-]*\s*){1,3}", left) \
                        and not any(w in ROLE_WORDS - {"Welsh", "Scottish", "National", "Royal"} for w in left.split()):
                    # "Welsh Local Government Association": a proper name before the match makes another body
                    org_raw, org_match = piece.strip(), None
                    continue
                right = piece[f.end:].strip(" ,–—-:/") if f.end is not None else ""
                role_bits = [x for x in (left, right) if x and not re.fullmatch(r"(?:at|of|for|from)", x, re.I)]
                role_bits = [re.sub(r"\s+(?:at|of|for|from)$", "", x) for x in role_bits]
                role_parts.extend(role_bits)
                continue
        role_parts.append(piece)
    org_raw, role_parts = _body_with_place(org_raw, role_parts)  # comma parts only: "(NVP, Steward)" is a seat
    own_parts = len(role_parts)  # the comma parts; the brackets' roles follow
    role_parts.extend(role_candidates)
    if org_raw is None or org_match is None and re.fullmatch(r"[A-Z]{2,6}", org_raw):
        for k, part in enumerate(role_parts):
            m = _ROLE_THEN_NHS_BODY.match(part)
            named = m and m.group("org").split()[1]  # "NHS Wakefield …", never "NHS Trusts" (a kind of body)
            if m and m.group("role").split()[-1] in ROLE_WORDS and _STRONG_ORG_WORDS.search(m.group("org")) \
                    and (named == "England" or named not in ROLE_WORDS and named not in _BODY_KINDS):
                # "Director of Finance NHS Wakefield CCG": a job and then its NHS body, with no comma between
                # (a table cell); the body's full name outranks its acronym in brackets ("(CCG)")
                org_raw, org_match = m.group("org"), gaz.match(m.group("org"))
                role_parts[k] = " ".join(f"{m.group('role')} {(m.group('tail') or '').strip()}".split())
                break
    if org_raw is None:
        for k, part in enumerate(role_parts):
            m = _ORG_THEN_ROLE.match(part)
            if m and _looks_like_org(m.group("org")) and any(
                    w[0].isupper() and w not in ROLE_WORDS and w.lower() not in _PORTFOLIO_WORDS
                    for w in re.findall(r"[A-Za-z][\w'’&-]*", m.group("org"))):
                # "Basildon Borough Council Partnership Member", "Ceredigion County Council Chief Executive"
                org_raw = m.group("org")
                role_parts[k] = m.group("role")
                break
    if org_raw is None:
        for k, part in enumerate(role_parts):
            m = _ROLE_OF_ORG.match(part)
            if m and (_STRONG_ORG_WORDS.search(m.group("org")) or gaz.match(m.group("org"))) and any(
                    w[0].isupper() and w not in ROLE_WORDS and w.lower() not in _PORTFOLIO_WORDS
                    for w in re.findall(r"[A-Za-z][\w'’&-]*", m.group("org"))):
                # "Chief Executive of Northvale NHS Trust": the body named inside the role
                org_raw = m.group("org")
                role_parts[k] = " ".join(f"{m.group('role')} {m.group('tail') or ''}".split())
                break
    if org_raw is None:
        for k, part in enumerate(role_parts):
            split = _job_then_body(part)
            if split:
                # "Chief Executive Northvale Youth Trust", "Minute Taker NHS Nene CCG": a job, then its body's
                # proper name, with no comma between (a table cell)
                role_parts[k], org_raw = split
                org_match = gaz.match(org_raw)
                break
    if org_raw is None:
        for part in role_parts:
            m = _JOB_THEN_ACRONYM.match(part)
            if m and m.group("org") not in _ROLE_ACRONYMS and m.group("org") not in ("NHS", "GP", "CEO"):
                org_raw = m.group("org")  # "Chief Executive NVHT & Place Partnerships": the body's acronym
                break
    if org_raw is None:
        area = next((k for k, part in enumerate(role_parts) if gaz.is_council_area(part)), None)
        if area is not None:
            # "Cllr Ann Lee, Conwy", "Cllr Bo Dee (Wigan)", "Wigan<TAB>Cllr Bo Dee": a council's area alone stands
            # for the council the member sits for
            org_raw = role_parts.pop(area)
    if org_raw is None and own_parts >= 2 and own_parts < len(role_parts) and _looks_like_org(role_parts[own_parts - 1]):
        # "Unit Manager (Strathclyde and Ayrshire), Northvale Heritage": the last comma part is the body; the
        # bracket qualifies the post
        org_raw = role_parts.pop(own_parts - 1)
    elif org_raw is None and len(role_parts) >= 2 and _looks_like_org(role_parts[-1]):
        org_raw = role_parts.pop()
    elif org_raw is None and len(role_parts) == 1 and _looks_like_org(role_parts[0]) \
            and not re.match(r"(?:Director|Head)\b", role_parts[0]) and role_parts[0] not in _ROLE_ACRONYMS \
            and not _shared_plural_post(role_parts[0]):
        org_raw = role_parts.pop()
    if org_raw is None and len(role_parts) == 2 and _ROLE_HINT.search(role_parts[1]) \
            and not _ROLE_HINT.search(role_parts[0]) and _looks_like_org(role_parts[0]) \
            and _ORG_WORDS.search(role_parts[0]):
        # "Northvale Youth Parliament, Young Person Representative": the body first, then the seat on it
        org_raw = role_parts.pop(0)
    if org_raw is None and len(role_parts) == 2 and _ROLE_HINT.search(role_parts[0]) \
            and _plain_body_name(role_parts[1]):
        # "Ann Lee – Chief Executive, Bright Futures": after a job, a proper name that is no job is the body
        org_raw = role_parts.pop()
    if org_raw is None and len(role_parts) == 1:
        dash = _JOB_DASH_BODY.fullmatch(role_parts[0])
        body = dash.group("org") if dash else ""
        plain = dash and _BODY_NAME.fullmatch(body) \
            and not any(w in ROLE_WORDS or w.lower() in _PORTFOLIO_WORDS for w in body.split())
        if dash and _ROLE_HINT.search(dash.group("role")) and not _ROLE_HINT.search(body) and (
                _ORG_WORDS.search(body) and _looks_like_org(body) and len(body.split()) >= 2
                or plain and (dash.group("sep") != "-" or gaz.is_council_area(body.split()[-1]))):
            # "Chief Executive – Northvale Leisure": a job, a spaced dash, then the body's proper name, or a name
            # with a body's kind in it ("… - Northvale Children's Services Directorate"); the job may hold more
            # dashed parts ("Area Manager - Youth Learning - <Body>"), the body none. After a hyphen a plain
            # name may be the post's remit ("Mayoral Advisor - Rough Sleeping"), so it is a body only when it
            # ends in a council's area ("Chief Executive - Pathways Rutland"); a kind alone ("Independent Member -
            # University") is the sector the seat is for
            org_raw, role_parts = body, [dash.group("role")]
    if org_raw is None and len(role_parts) == 1:
        acronym = _JOB_HYPHEN_ACRONYM.fullmatch(role_parts[0])
        if acronym and _ROLE_HINT.search(acronym.group("role")) and acronym.group("org") not in _ROLE_ACRONYMS:
            # "Portfolio Holder for Tourism and Culture - NVC": a job, a spaced hyphen, then its body's initials
            org_raw, org_match, role_parts = acronym.group("org"), gaz.match(acronym.group("org")), [acronym.group("role")]
    if org_raw is None and len(role_parts) == 1:
        dash = _BODY_DASH_JOB.fullmatch(role_parts[0])
        body = dash.group("org") if dash else ""
        if dash and _ROLE_HINT.search(dash.group("role")) and not _ROLE_HINT.search(body) and (
                gaz.match(body) or gaz.is_council_area(body) or _STRONG_ORG_WORDS.search(body)
                or re.fullmatch(r"[A-Z][A-Za-z&]{1,7}", body) and sum(c.isupper() for c in body) >= 2
                and body not in _ROLE_ACRONYMS):
            # "GMCA – Chief Executive", "Northvale Council – Solicitor": the body, a spaced dash, then the job
            org_raw, org_match, role_parts = body, gaz.match(body), [dash.group("role")]
    unit = re.fullmatch(r"(?P<unit>[A-Z].*?)\s+[-–—]\s+(?P<body>[A-Z][A-Za-z&]{1,6}[A-Z])", org_raw or "")
    if unit and org_match is None and unit.group("body") not in _ROLE_ACRONYMS:
        # "Safeguarding and Quality Assurance Unit - NVC": a unit of the body whose acronym follows the dash
        org_raw, org_match = unit.group("body"), gaz.match(unit.group("body"))
        role_parts.append(unit.group("unit"))
    if org_raw and re.search(r"\D\s+\d{1,2}\.?$", org_raw) and _looks_like_org(re.sub(r"\s+\d+\.?$", "", org_raw)):
        org_raw = re.sub(r"\s+\d+\.?$", "", org_raw)  # "… Health Board 2": a footnote's or the next item's number
    role = ", ".join(p for p in role_parts if p) or None
    return role, org_raw, org_match


# a place written after a body: one or two capitalised words, none a job, portfolio, party or body word
_PLACE = lazy_compile(r"[A-Z][a-z]{3,}(?:[ -][A-Z][a-z]{2,})?")
_PARTIES = frozenset({"Labour", "Conservative", "Liberal", "Green", "Independent", "Reform", "Plaid", "Alliance"})


_DASHED_WORD = lazy_compile(r" [–—] (?P<w>[A-Z][a-z'’]{2,})(?=[ \t]*(?:[,;.]|$))")


def _dashed_surname(sp: NameSplit, rest: str, gaz: Gazetteer) -> re.Match | None:
    """" – Pryce" closing a person's entry after a full name: one word that is no job, party, place or known body
    is the rest of a double-barrelled surname, not a role ("Cllr A Bee – Conwy" keeps its seat). Only after a
    spaced en or em dash, as a word processor turns a hyphen typed between spaces; after a plain hyphen the word
    is left to the role rules ("A Lee - Govenor", a misspelt post)."""
    m = _DASHED_WORD.match(rest)
    if not m or len(sp.person.split()) < 2:
        return None
    w = m.group("w")
    if w in ROLE_WORDS or w in _PARTIES or w.lower() in _PORTFOLIO_WORDS or _ROLE_HINT.search(w) \
            or _ORG_WORDS.search(w) or gaz.is_council_area(w) or gaz.match(w) or _TITLE_WORD.fullmatch(w):
        return None
    return m


def _is_place(part: str) -> bool:
    return bool(_PLACE.fullmatch(part)) and not _ROLE_HINT.search(part) and not _ORG_WORDS.search(part) \
        and not _TITLE_WORD.fullmatch(part) \
        and not any(w in ROLE_WORDS or w in _PARTIES or w.lower() in _PORTFOLIO_WORDS for w in re.split(r"[ -]", part))


# "Miss", "Prof": a title in a column of its own, no place
_TITLE_WORD = lazy_compile("|".join(re.escape(t) for t in TITLES))


def _body_with_place(org_raw: str | None, role_parts: list[str]) -> tuple[str | None, list[str]]:
    """"Ann Lee, BUILD, Norwich", "Bo Dee, Age UK, Bristol": a body then the place it serves, after a comma, is
    the organisation as written ("BUILD, Norwich"), never a role."""
    if not role_parts or not _is_place(role_parts[-1]):
        return org_raw, role_parts
    if org_raw is not None:
        return f"{org_raw}, {role_parts[-1]}", role_parts[:-1]
    if len(role_parts) >= 2 and _looks_like_org(role_parts[-2]):
        return f"{role_parts[-2]}, {role_parts[-1]}", role_parts[:-2]
    return org_raw, role_parts


# "Department of Anaesthetics": a body's unit, which stays with the body named after it ("…, NVH")
_DEPARTMENT_OF = lazy_compile(r"(?:Department|Dept\.?|Directorate|Division)\s+of\s+[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|and|&)){0,4}")
_BODY_DASH_JOB = lazy_compile(r"(?P<org>[A-Z][^–—]*?)\s+[–—-]\s+(?P<role>[A-Z][^–—]*)")
_JOB_HYPHEN_ACRONYM = lazy_compile(r"(?P<role>[A-Z][^–—]*?[a-z])\s+-\s+(?P<org>[A-Z][A-Za-z&]{0,6}[A-Z])")
_JOB_DASH_BODY = lazy_compile(r"(?P<role>[A-Z].*?[a-z])\s+(?P<sep>[–—-])\s+(?P<org>[A-Z](?:(?!\s[–—-]\s)[^–—:])*)")


_BODY_NAME = lazy_compile(r"[A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|of|and|&|the|for)){0,4}")


def _plain_body_name(part: str) -> bool:
    """A short proper name with no job, portfolio or place-part word in it ("Bright Futures", "Volition"); "Adult
    Social Care", "North Locality" and "Leeds" alone are not taken for bodies."""
    part = part.strip()
    if not _BODY_NAME.fullmatch(part) or _ROLE_HINT.search(part) or split_name(part) and not _looks_like_org(part) \
            and len(part.split()) < 3:
        return False
    words = [w for w in part.split() if w[0].isupper()]
    if len(words) == 1 and not re.fullmatch(r"[A-Z][A-Za-z&]{1,7}", words[0]) and len(words[0]) < 6:
        return False
    return not any(w in ROLE_WORDS or w.lower() in _PORTFOLIO_WORDS for w in words) \
        and not re.search(r"\b(?:Locality|Localities|Area|Ward|Division|Constituency|Neighbourhood|North|South"
                          r"|East|West|Central)\b", part)


# words of the role vocabulary that are as often part of a body's proper name ("Natural England", "Northvale
# Community Service", "Eastvale Learning")
_PROPER_BODY_WORDS = frozenset({"England", "Scottish", "Welsh", "National", "Royal", "Greater", "Community", "Learning",
                                "Research", "Skills", "Youth", "Friends", "Faith", "Carers", "Service"})
_COUNCILLOR_TITLE = lazy_compile(r"(?i)\b(?:cllr|councillor|alderman|mayor)")


def _lone_body_name(part: str) -> bool:
    """Two to five capitalised words, none a job's, remit's, party's or area part's ("Northvale Water", "Natural
    England"): alone after a person's name, the body they came from, even when shaped like a person's name."""
    part = part.strip()
    words = part.split()
    # a trailing gerund names an activity ("Fund Raising"), save the few that name a provider ("Eastvale Training")
    activity = words[-1].endswith("ing") and words[-1] not in ("Training", "Learning", "Consulting", "Housing")
    return 2 <= len(words) <= 5 and bool(_BODY_NAME.fullmatch(part)) and words[-1][0].isupper() and not activity \
        and not _ROLE_HINT.search(part) and not _ROLE_HINT.search(re.sub(r"s\b", "", part)) \
        and not any(w in ROLE_WORDS - _PROPER_BODY_WORDS or w.lower() in _PORTFOLIO_WORDS or w in _PARTIES
                    for w in words) \
        and not re.search(r"\b(?:Locality|Localities|Area|Ward|Division|Constituency|Neighbourhood|North|South"
                          r"|East|West|Central|Directorate|Team|Unit|Department)\b", part)


def _link(rec: AttendanceRecord, match) -> None:
    if match is None:
        return
    rec.organisation_id = match.id
    rec.organisation_name = match.name
    rec.organisation_type = match.type
    rec.organisation_confidence = match.confidence
