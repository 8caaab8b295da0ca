"""The shape of a person entry: a name (titles, initials, CAPS surnames, post-nominals) and what follows it;
whether a piece of text is a person, a list of people, or a body."""
from __future__ import annotations

import re

from ..lazyre import lazy_compile
from ..names import COUNCIL_INITIALS, PERSONAL_TITLES, PLURAL_TITLES, ROLE_WORDS, split_name
from ..organisations import Gazetteer
from .vocab import (
    _HONORIFICS,
    _INITIAL_WORD,
    _LOWER_OFFICE,
    _NAME_WORD,
    _ORG_AFTER_NAME,
    _ORG_WORDS,
    _PORTFOLIO_WORDS,
    _ROLE_HINT,
    _STRONG_ORG_WORDS,
)
from .wording import _DEPUTY_TAIL, _SUBSTITUTED_BY


def _named_for_area(text: str) -> bool:
    """"Citizens Advice Doncaster", "Age Concern Norfolk": three or more capitalised words, untitled, ending in a
    council's area: a local body named for the place it serves, which split_name alone would take for a name (a
    person's surname may be a place, "Ann Kent", but three-word names ending in one are a body's shape)."""
    words = text.split()
    return len(words) >= 3 and all(w[:1].isupper() for w in words) and _GAZ().is_council_area(words[-1]) \
        and not _PERSONAL_TITLE.match(text)


# a whole name, then its holder's initials in brackets ("Ian Anderson (IA) Dumfries & Galloway, Fire …")
_NAME_THEN_INITIALS = lazy_compile(r"(?P<name>[^(\t]+?)[ \t]*\((?:[A-Z][a-z]?){2,4}\)")


def _starts_person(row: str) -> bool:
    lead = _NAME_THEN_INITIALS.match(row) if "(" in row else None
    if lead and (sp := split_name(lead.group("name"))) and sp.end == len(lead.group("name")):
        return True  # the initials end the name, however long the body after them ("… & Galloway, Fire …")
    first = re.sub(r"[\[(][^\])]*[\])]?", lambda m: " " * len(m.group(0)), row.split("\t")[0])
    if "deputy" in first or "substitute" in first:
        first = _DEPUTY_TAIL.sub("", first)  # "A B, Fire Service and his deputy C D": the row is A B's
    sp = split_name(first)
    if sp and not sp.title and not first[sp.end:].strip(" .,;:") and _named_for_area(first[:sp.end].strip()):
        return False  # (alone: "Glenn Bowyer Hampshire & Isle of Wight Fire …" is a name run into a body)
    if not sp or not sp.title and _ORG_AFTER_NAME.match(first[sp.end:]) and not row[sp.end:].lstrip().startswith("("):
        # "Forest Heath District Council", "St Edmundsbury Borough Council": a body, not a name (but "Cy Irwin
        # (CI) Healthwatch Northvale": initials in brackets end a person's name before the body)
        return False
    rest = first[sp.end:].strip()
    # "Dr Andrew Wilson (NHS…)", "Mr W Bingley, Chairman", "Jill Dentith JD Lay Member", "Prof X – Role"
    return not rest or rest[0] in ",;:–—-/." or rest.split()[0] in ROLE_WORDS or sp.title is not None \
        or len(rest.split()) <= 8 or bool(re.match(r"(?:for|with)\s+[A-Z]", rest)) \
        or bool(_INITIALLED_RUN.fullmatch(rest)) \
        or bool(_SUBSTITUTED_BY.match(" " + rest)) \
        or bool(re.match(r"(?:and|&)\s+[A-Z]", rest) and split_name(rest.split(None, 1)[1]))  # "A B and C D, Body"


def _looks_like_list(s: str) -> bool:
    """A line naming several people: 'Cllr A (Chair), Dr B (NHS X CCG) and C'."""
    parts = _split_list(s, 0)
    # ("Ward Cllr A Lee, Clerk Bo Hay", "…; Interim Clerk: Bo Hay": a clerk's post, or a post and its colon, before
    # the name is a person of the list too; not any post: "Chief Executive Northvale Trust" is more often a post
    # and a body)
    if sum(1 for _, p in parts if _is_person(p) or (_POST_COLON.match(p.strip()) or _CLERK_BEFORE_NAME.match(p.strip()))
           and _post_before_name(p.strip(" ."))) \
            + _lone_surnames_after_title(s, parts) + len(_given_name_initial_run(parts)) < 2:
        return False
    # "Prof A Smith (AS) GP Member, North Locality": a role written straight after the first name means
    # one person per line, and the commas belong to the role, unless a later part has its own title
    if _name_with_own_initials(parts[0][1]) and not re.sub(r"^\s*[^()]*\([^)]*\)", "", parts[0][1]).strip() \
            and not any(_name_with_own_initials(p) or (sp := split_name(p.strip())) and sp.title for _, p in parts[1:]) \
            and not all(_is_person(p) for _, p in parts[1:]):
        # "Cy Rowe (CR), Think Ahead, NVCC": a name closed by its own initials, then its fields; a list's later
        # names carry initials (or titles) of their own, or are all names ("Jo Hill (JH), Ann Lee, Bo Dee")
        return False
    core = re.sub(r"\([^)]*\)?", lambda m: " " * len(m.group(0)), parts[0][1])
    first = split_name(core)
    # ("Ann Lee of Northvale Water, Bo Dee of Eastvale Trust": each name's body after "of", one person a part)
    if first and core[first.end:].strip(" .;:") and not re.match(r"\s*(?:for|with|of(?:\s+the)?)\s+[A-Z]", core[first.end:]):
        if first.plural_title and sum(1 for _, p in parts[1:] if _is_person(p)) >= 2:
            return True  # "Councillors S Hughes (SH) Chair, P March (PM) vice-chair, C Burgess": the title is shared
        if sum(1 for _, p in parts[1:] if _name_with_own_initials(p)) >= 2:
            # "Ann Lee (AL) Secretary, Tom Bell (TB) Treasurer, Sam Hill (SH)": each later name carries its own
            # code (a role may follow it)
            return True
        return any(_is_person(p) and (sp := split_name(re.sub(r"\([^)]*\)?", " ", p).strip())) and sp.title
                   for _, p in parts[1:])
    return True


_NAME_THEN_CODE = lazy_compile(r"(?P<name>[^()]+?)\s*\((?P<code>[A-Za-z]{2,6})\)\s*")


def _name_with_own_initials(part: str) -> bool:
    """"Tom Bell (TB)", "Tom Bell (TB) Treasurer": a name followed by a bracket of its own initials, the mark of a
    person in a list."""
    m = _NAME_THEN_CODE.match(part)
    return bool(m and _is_person(m.group("name")) and _initials_of(m.group("code"), m.group("name").strip()))


def _lone_surnames_after_title(s: str, parts: list[tuple[int, str]]) -> int:
    """How many parts of a list are lone surnames under a title written before an earlier name
    ("Councillors Ruddock (Chair), Peel and Irwin": 2)."""
    count = 0
    title = None
    for off, p in parts:
        core = re.sub(r"\([^)]*\)?", " ", p).strip(" .;:")
        if title and _is_lone_surname(core):
            count += 1
        else:
            title = _shared_title(s[off:])
    return count


def _second_person_at(piece: str) -> int | None:
    """Where a second person's name starts at the end of "Role Name Surname [RoleWord]" (the middle piece of
    "A B, Role C D, Role"), or None. The name is the last two capitalised words that are no job or body words
    (an initial may stand between them), after at least one word of the first person's role."""
    words = piece.split(" ")
    end = len(words)
    while end and words[end - 1] in ROLE_WORDS:  # "Sheik Auladin Officer, Managing Director"
        end -= 1
    start = end - 2
    if start >= 1 and _INITIAL_WORD.match(words[start]) and start >= 2:
        start -= 1  # "Madhukar C Patel"
    if start < 1 or not all(_NAME_WORD.match(w) or _INITIAL_WORD.match(w) for w in words[start:end]) \
            or not _NAME_WORD.match(words[start]) or not _NAME_WORD.match(words[end - 1]) \
            or any(w in ROLE_WORDS for w in words[start:end]) or words[start - 1].islower():
        return None
    return len(" ".join(words[:start])) + 1 if _is_bare_name(" ".join(words[start:end])) else None


def _is_group_cell(cell: str) -> bool:
    """"Ward Councillors", "Council Officers", "British Sign Language Interpreters": a seat cell naming a group
    of people (its last word a job word, singular or plural), which split_name could misread as a name."""
    words = cell.split()
    if not 1 <= len(words) <= 6 or not all(w[:1].isupper() or w in ("of", "and", "&", "for") for w in words):
        return False
    last = words[-1]
    return last in ROLE_WORDS or last[:-1] in ROLE_WORDS or last.lower() in PLURAL_TITLES \
        or bool(_ROLE_HINT.search(last)) or bool(_ROLE_HINT.search(last[:-1]))


def _GAZ() -> Gazetteer:
    return Gazetteer.default()


def _grid_person_cell(cell: str) -> bool:
    """A cell holding its own person: a titled name, or a name then a comma or bracket and a role."""
    sp = split_name(cell)
    if not sp or _ORG_AFTER_NAME.match(cell[sp.end:]) or _looks_like_org(cell.strip()):
        return False
    rest = cell[sp.end:].strip()
    if sp.title:
        return not rest or rest[0] in ",(–-"
    return bool(rest) and rest[0] in ",(" and bool(_ROLE_HINT.search(rest))


def _continues_list(prev: str, row: str) -> bool:
    """A comma list wrapped onto the next line ("…, Councillor Jones and" / "Mrs P Bowling.")."""
    p = prev.rstrip()
    return "\t" not in p and "\t" not in row and p.endswith((" and", "&"))


def _is_bare_name(s: str) -> bool:
    sp = split_name(s)
    return bool(sp) and not s[sp.end:].strip(" ,;.")


# a surname standing alone in a list, taking the title written before the first one ("Councillors Caan, Grinsell
# and Partridge"); "Smith- Wright" is a double-barrelled surname whose hyphen was typed with a space after it
_LONE_SURNAME = lazy_compile(r"(?:Mc|Mac|O'|O’)?[A-Z][a-z]+(?:-\s?[A-Z][a-z]+)?\.?")
# the titles a council writes once before a run of surnames
_COUNCIL_TITLES = frozenset({"Councillor", "Cllr", "County Councillor", "Borough Councillor", "Alderman"})


_PERSONAL_TITLE = lazy_compile(r"(?:" + "|".join(PERSONAL_TITLES) + r")\.?\s+[A-Z]")


_DASHES = frozenset({"-", "–", "—"})
_TIERS = r"District|County|Borough|City|Town|Parish|Unitary"  # the tiers of council a councillor sits on
_TIER_WORD = lazy_compile(rf"(?:{_TIERS}|Ward)")
_TIER_COUNCILLOR = lazy_compile(rf"(?:{_TIERS})\s+(?:Cllrs?|Councillors?)\b")
# a surname after one to three initials, each with or without its stop ("K Ingle", "M. D. Watts")
_INITIALLED_NAME = r"(?:[A-Z]\.?\s){1,3}[A-Z][a-z][\w'’-]*"
# an initialled name alone ("D Dewar-Whalley", "Cllr J Lowe") and one opening a part ("K Ingle", "J Wills – …")
_INITIALLED_ONLY = lazy_compile(r"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s)?" + _INITIALLED_NAME)
# "K Ingle J Lowe S Mair N Hamer P March …": a row of initialled names with no commas, however long
_INITIALLED_RUN = lazy_compile(rf"(?:{_INITIALLED_NAME}\s*)+")
_INITIALLED_START = lazy_compile(rf"{_INITIALLED_NAME}(?=\s+[–—-]\s|[\s,;.]*$|\s+{_INITIALLED_NAME})")


def _initialled_after_dashed_role(before: str, after: str) -> bool:
    """Whether ``before`` is an initialled name, a dash and a post in capitalised words ("M D Watts - Chief
    Executive") and ``after`` the next initialled name with its own dash ("J Wills – Finance Assistant …")."""
    m = re.match(rf"\s*({_INITIALLED_NAME})\s+[–—-]\s+(.+)$", before)
    if not m or not re.match(rf"{_INITIALLED_NAME}\s+[–—-]\s", after):
        return False
    role = m.group(2).split()
    return all(w[:1].isupper() or w in ("of", "and", "for", "&", "the") for w in role) and role[-1][:1].isupper() \
        and any(w in ROLE_WORDS for w in role)


def _titled_after_role(before: str, after: str) -> bool:
    """Whether ``after`` starts a second person: ``before`` is a person then a role ending in a capitalised
    word ("Mr Neville Mann Non Executive Director"), and ``after`` a titled name."""
    sp = split_name(before)
    role = before[sp.end:].split() if sp else []
    if role and role[0] in _DASHES:
        role = role[1:]  # "Mr Ian Cole – Chief Executive Mr Tom Hart – …": the post after a dash
    if role and _TIER_WORD.fullmatch(role[-1]) and re.match(r"(?:Councillor|Cllr)\b", after):
        return False  # "Ann Lee - County Councillor Northvale County Council": one title, not a second person
    if not role or not all(w[:1].isupper() or w in ("of", "and", "for", "&", "the") for w in role) \
            or not role[-1][:1].isupper() or not any(w in ROLE_WORDS for w in role):
        return False
    nxt = split_name(re.split(r"[,;(]", after, maxsplit=1)[0])
    return bool(nxt and nxt.title)


def _titled_then_titled(before: str, after: str) -> bool:
    """Whether ``before`` is one titled name, its bracketed post left aside, and ``after`` opens the next one with no
    comma between: "Mr Barker (Ch) Mr Cowling Mr I Backhouse …" (a register printed as a run of titled names)."""
    core = re.sub(r"\s*\([^)]*\)", "", before).strip()
    sp = split_name(core)
    if not (sp and sp.title and sp.end >= len(core.rstrip(" ."))):
        return False
    first = _NEXT_TITLE.split(re.split(r"[,;(]| and ", after, maxsplit=1)[0], maxsplit=1)[0]  # up to the next title
    nxt = split_name(first)
    return bool(nxt and nxt.title)


_NEXT_TITLE = lazy_compile(r"\s+(?=" + _PERSONAL_TITLE.pattern + ")")


def _is_lone_surname(piece: str) -> bool:
    p = piece.strip()
    return bool(_LONE_SURNAME.fullmatch(p)) and p.rstrip(".") not in ROLE_WORDS and not _GAZ().match(p.rstrip("."))


# "Ann H", "Jill H-S-B": a given name and the surname's initial(s), as a patient group's web page names its
# members for privacy
_GIVEN_NAME_INITIAL = lazy_compile(r"(?:and\s+)?(?P<given>[A-Z][a-z]+)\s+[A-Z](?:-[A-Z]){0,3}")


def _given_name_initial_run(parts: list[tuple[int, str]]) -> set[int]:
    """Indexes of a list's parts written as a given name and an initial ("Ann H (Chair), Josie V, Dr A Lee"): only
    where three or more are, and every other part is a person, so that "Appendix B" alone is never one."""
    marked = {k for k, (_, p) in enumerate(parts)
              if (m := _GIVEN_NAME_INITIAL.fullmatch(re.sub(r"\s*\([^)]*\)?", "", p).strip(" .;")))
              and m.group("given") not in ROLE_WORDS and not _GAZ().match(m.group("given"))}
    if len(marked) < 3 or any(k not in marked and not _is_person(p) for k, (_, p) in enumerate(parts)):
        return set()
    return marked


def _keeps_council_title(title: str | None, sp) -> bool:
    """"Councillors Ames, Mrs Bell, Cross": a lady's or doctor's own title on a lone surname (``sp``, its split)
    inside a run of councillors' surnames leaves the council ``title`` to the rest of the run."""
    return title in _COUNCIL_TITLES and bool(sp) and sp.title in _HONORIFICS and " " not in sp.person


def _shared_title(s: str) -> str | None:
    """The title the lone surnames of a list take from the first name: a plural title ("Councillors Caan,
    Grinsell and Partridge"), or a council title written once, singular, before a run of surnames ("Councillor
    Weston and Pringle were absent", "Councillor Bhinder, Maddern and Elliot"): then every later part up to
    the end of the list is a lone surname, and the first name is a surname alone too. None otherwise."""
    sp = split_name(s)
    if not sp or not sp.title:
        return None
    if sp.plural_title:
        return sp.plural_title
    title = sp.name[:len(sp.name) - len(sp.person)].strip()
    if title not in _COUNCIL_TITLES or " " in sp.person:
        return None
    rest = re.split(r"[.;:(]\s|[.;:(]?$|\s+(?:were|was|had|have|attended|sent|gave|tendered)\b", s[sp.end:], maxsplit=1)[0]
    pieces = re.split(r",\s*(?:and\s+)?|\s+(?:and|&)\s+", rest)
    if pieces[0].strip() or len(pieces) < 2:
        return None  # something other than a separator after the first surname
    return title if all(_is_lone_surname(p) for p in pieces[1:]) else None


# the end of a sentence inside a list: a bracket, or a word of two or more letters that is no title ("Cllr.")
_SENTENCE_BREAK_BEFORE = lazy_compile(r"(?:\)|\b(?!(?:" + "|".join(PERSONAL_TITLES) + r")$)[A-Za-z][a-z]+)\Z")
_ALSO_LEAD = lazy_compile(r"^Also\s+")

_COMPASS = lazy_compile(r"North|South|East|West|Central|Mid|Inner|Outer|Upper|Lower")


# "Mr Ian Rowe of the Kelby Society": a titled name, then "of" and the body the person came from
_TITLED_OF = lazy_compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+(?P<name>.+?)\s+of\s+(?:the\s+)?[A-Z]")


def _titled_of_body(part: str) -> bool:
    """Whether a list's part is a titled person's name then "of" and their body ("Mr Ian Rowe of the Kelby
    Society")."""
    m = _TITLED_OF.match(part)
    return bool(m) and _is_person(part[:m.end("name")])


# a group named before the people in a list: "Panel members Rob Adams", "… and new members Ann Lee, …"
_GROUP_NOUN_LEAD = lazy_compile(r"(?:(?:[A-Z][a-z]+|fellow|voting|co-opted|new)\s+)?(?:members|Members|colleagues)\s+(?=[A-Z])")
# a clerk's post written before the name in a run-on list: "…, and the clerk A. Brown and the assistant to the clerk
# Mrs J. Thorne", "the Clerk David Davies": the post is the person's role
_OFFICE_LEAD = lazy_compile(r"the\s+(?P<role>(?:[a-z]+\s+){0,3}(?:clerk|treasurer|secretary|minute[- ]taker)"
                            r"|(?:[A-Z][a-z]+\s+){0,2}(?:Clerk|Treasurer|Secretary))\s+(?=[A-Z])")


# the tier of council a post is of, written before its job word ("Town Clerk", "Parish Clerk")
_POST_TIERS = {"Parish", "Town", "Community"}


_COUNCIL_INITIALS_BEFORE_POST = lazy_compile(rf"^{COUNCIL_INITIALS}\s+(?=(?:Parish\s+|Town\s+)?(?:Clerk|RFO)\b)")
_CLERK_BEFORE_NAME = lazy_compile(rf"(?:{COUNCIL_INITIALS}\s+)?(?:(?:Parish|Town|Deputy|Assistant|Interim|Acting)\s+){{0,2}}Clerk\s+(?=[A-Z])")
_POST_COLON = lazy_compile(r"^((?:[A-Z][\w'’-]*\s+){0,2}(?:Clerk|RFO|Secretary|Treasurer|Officer|Manager)):\s+(?=[A-Z][a-z])")


# "Central Bedfordshire Councillor T Stock": a council's area before a member's title (_post_before_name)
_AREA_THEN_COUNCILLOR = lazy_compile(r"(?P<area>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
                                     r"(?P<who>(?:Councillor|Cllr\.?)\s+[A-Z].*)")


def _post_before_name(part: str) -> str | None:
    """"Borough Commander Sam Dee", "Chief Executive Ann Lee" in a list: one to three job words and then a
    name and nothing else, as "Name (Post)"; None for anything else. A name with no title is preferred
    ("Commander" is a title and a job word). A dash may stand between the post and the name ("Clerk – W S Nott")."""
    # (only before a name written with initials or a title: "Chief Executive – Mytime Active" is a post and a body)
    # ("Interim Parish Clerk: Ann Lee" in a semicolon list: a colon for the dash; "CBPC Clerk N Lee": the initials of
    # the council the post serves, ending in its C, written before the post, dropped as "NCC Cllr" keeps them)
    area = _AREA_THEN_COUNCILLOR.fullmatch(part.strip())
    if area and _GAZ().is_council_area(area.group("area")) and (sp := split_name(area.group("who"))) \
            and sp.title and not area.group("who")[sp.end:].strip(" ."):
        # "Central Bedfordshire Councillor T Stock" in a list: the council's area written before the member's title
        return f"{sp.name} ({area.group('area')})"
    part = _POST_COLON.sub(r"\1 ", _COUNCIL_INITIALS_BEFORE_POST.sub("", part))
    words = re.sub(r"^((?:[A-Z][\w'’-]*\s+){1,3})[–—-]\s+(?=(?:[A-Z]\.?\s+)+[A-Z][a-z]|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s)",
                   r"\1", part).split()
    found = None
    for k in range(1, min(6, len(words) - 1)):
        word = words[k - 1]
        # "Parish Clerk and RFO A M Lee": a council's tier before a job word, "and" between two posts
        tier = word in _POST_TIERS and words[k] in ROLE_WORDS
        if word == "and" and k > 1 and words[k] in ROLE_WORDS or tier:
            continue
        if word not in ROLE_WORDS or word in ("The", "In", "For", "Also") or k > 3 and words[k - 2] != "and":
            break
        rest = " ".join(words[k:])
        sp = split_name(rest)
        post = " ".join(words[:k])
        if not _ROLE_HINT.search(post):
            continue  # "Voluntary Action South Ayrshire": no job named before the words that look like a name
        if sp and not sp.title and _STRONG_ORG_WORDS.search(sp.person):
            break  # "Non-Executive Northvale PCT": a post and its body, the body shaped like a name
        if sp and not rest[sp.end:].strip(" .") and len(sp.person.split()) >= 2:
            found = f"{sp.person} ({' '.join(words[:k])})" if not sp.title else found or \
                f"{sp.name} ({' '.join(words[:k])})"
            if not sp.title:
                break
    return found


def _split_list(s: str, base: int) -> list[tuple[int, str]]:
    """Split at commas, semicolons and ' and ' outside brackets, keeping offsets."""
    parts: list[tuple[int, str]] = []
    plural = _shared_title(s.lstrip())  # "Councillors Caan, Grinsell and Partridge"
    depth = 0
    start = 0
    opened = 0  # where the bracket now open opened
    i = 0
    while i < len(s):
        c = s[i]
        if c in "([":
            opened = i if depth == 0 else opened
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
            # "… and Iain McMillan (Renfrewshire Council) Donald Sime, …": a bracket closes one group; not the
            # person's own initials before their body ("Ann Lee (AL) Northvale Water"), unless the next name
            # carries its own ("Ann Lee (AL) Bo Dee (BD)")
            if depth == 0 and re.match(r" +(?=[A-Z])", s[i + 1:]) and _is_person(
                    re.split(r"[,;(]| and ", s[i + 1:], maxsplit=1)[0]) and not (
                    _initials_of(s[opened + 1:i], s[start:opened].strip())
                    and not _name_with_own_initials(re.split(r"[,;]| and ", s[i + 1:], maxsplit=1)[0].strip())):
                parts.append((start, s[start:i + 1]))
                start = i + 1
        elif depth == 0 and c == " " and re.match(r" (?:MS|AM|MSP|MLA|MP|TD) +(?=[A-Z])", s[i:]) and \
                _is_person(re.split(r"[,;(]", s[i + 4:].lstrip(), maxsplit=1)[0]):
            # "Mark Isherwood MS (Chair) Natasha Asghar MS …": a post-nominal ends one name
            k = i + 1 + s[i + 1:].index(" ")
            parts.append((start, s[start:k]))
            start = k
        elif depth == 0 and c in ",;":
            parts.append((start, s[start:i]))
            start = i + 1
            nxt_part = re.split(r"[,;(]| and | & ", s[start:], maxsplit=1)[0]  # "…, Rees, Bensted & Thomas"
            if not (plural and (_is_lone_surname(nxt_part) or re.fullmatch(_INITIALLED, nxt_part.strip())
                                or _keeps_council_title(plural, split_name(nxt_part.strip())))):
                # a title written before the next name holds for the lone surnames after it (and for initialled
                # ones among them: "Councillors Cohen, A Sachdev, L Silver and Worster"; and past a lady's own
                # title: "Councillors Ames, Mrs Bell, Cross and Dee")
                plural = _shared_title(s[start:].lstrip())
        elif depth == 0 and (s.startswith(" and ", i) or s.startswith(" & ", i)) \
                and not (_TIER_WORD.fullmatch(s[start:i].strip()) and _TIER_COUNCILLOR.match(s, i + (5 if s[i + 1] == "a" else 3))):
            # (not "District & County Cllr Sue Penn": one councillor of two tiers)
            # "… Mr Myfyr Davies & Mr Alun Foulkes": an ampersand parts the last two names as "and" does
            gap = 5 if s.startswith(" and ", i) else 3
            nxt = s[i + gap:]
            piece = re.split(r"[,;]| and | & ", nxt, maxsplit=1)[0]
            # "Director of Operations, North and West Highland": two compass points of one area, not a person;
            # a surname under a plural title may carry a bracket: "Councillors Jones and Brown (substitute …)"
            # "… Head Teacher and Mr Ian Rowe of the Kelby Society": a titled name after "and", its body after "of"
            group = _GROUP_NOUN_LEAD.match(piece) or _OFFICE_LEAD.match(piece)  # "… and new members Ann Lee, …"
            # "… Councillor A and Tenant Representative B": the post written before the next person's name
            if (_is_person(piece) or _titled_of_body(piece) or group and _is_person(piece[group.end():])
                    or _post_before_name(piece.strip(" ."))) \
                    and not _COMPASS.fullmatch(s[start:i].strip(" .")) \
                    or plural and _is_lone_surname(re.sub(r"\s*\([^)]*\)?", "", piece).strip(" .")):
                parts.append((start, s[start:i]))
                start = i + gap
                i += gap - 1
                # "the Mayor and Councillors Amis, Bold and Cray": a plural title after "and" holds for the rest
                plural = plural or _shared_title(s[start:].lstrip())
        elif depth == 0 and c == " " and s[i + 1:i + 2].isupper() and _PERSONAL_TITLE.match(s, i + 1) \
                and (_titled_after_role(s[start:i], s[i + 1:]) or _titled_then_titled(s[start:i], s[i + 1:])):
            # "Dame Iris Powell Non Executive Director Mr Neville Mann Non Executive Director": one person's role
            # runs into the next titled name with no comma
            parts.append((start, s[start:i]))
            start = i + 1
        elif depth == 0 and c == " " and s[i + 1:i + 2].isupper() and _INITIALLED_START.match(s, i + 1) \
                and (_INITIALLED_ONLY.fullmatch(s[start:i].strip()) or _initialled_after_dashed_role(s[start:i], s[i + 1:])):
            # "D Dewar K Ingle J Lowe": initialled names run together on one line with no commas (a register
            # printed in a row); "M D Watts - Chief Executive J Wills – Finance Assistant": each with its post
            parts.append((start, s[start:i]))
            start = i + 1
        elif depth == 0 and c == "." and s.startswith(". ", i) and _SENTENCE_BREAK_BEFORE.search(s, start, i) \
                and (len(s[start:i].split()) >= 2 or s[start:i].strip() in ROLE_WORDS) \
                and _is_bare_name(re.split(r"[,;(]| and ", _ALSO_LEAD.sub("", s[i + 2:]), maxsplit=1)[0].strip(" .")):
            # "… Ian Lewney (Deputy Mayor). Councillors Keiran Ash, …", "… Emrys Wynne. Also County Cllr. Bob
            # Fell.": a full stop after a word or a bracket (not an initial or a title's abbreviation) ends a
            # name (not a lone word: "; Supt. Ian John" is a rank), and the sentence goes on with more people (a
            # bare name next: "Councillor A substituting for B. Councillor C substituting for D" is two clauses); a
            # lone post after a comma ends one too ("Cllr Ann Lee, Chairman. Cllrs B Hay, …")
            parts.append((start, s[start:i]))
            start = i + 1
        elif depth == 0 and c == "\t":
            parts.append((start, s[start:i]))
            start = i + 1
        elif depth == 0 and c == "/" and _is_bare_name(s[start:i].strip()) and _is_person(
                re.split(r"[,;(/]| and ", s[i + 1:], maxsplit=1)[0]):
            # "Davina Hanlon / Alex Rocke": two people sharing one seat (a role after a slash is no person)
            parts.append((start, s[start:i]))
            start = i + 1
        i += 1
    parts.append((start, s[start:]))
    out = []
    for off, p in parts:
        p = re.sub(r"\s+and\s*$", "", p)  # "Councillor Morgan and, Ruth Lake"
        lead = len(p) - len(p.lstrip())
        if p.strip():
            out.extend(_body_then_name(base + off + lead, p.strip()) if out else [(base + off + lead, p.strip())])
    return out


# a part ending in two or three capitalised words: where a name may follow a body with its separator lost
_TRAILING_NAME = lazy_compile(r"\s(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2})$")


def _body_then_name(off: int, part: str) -> list[tuple[int, str]]:
    """"Sue Hill, Northvale University Health Board Teresa Owen, …": a body the gazetteer knows, then the next
    person's name (the line or paragraph between them lost), becomes two parts."""
    m = _TRAILING_NAME.search(part)
    if not m or len(part.split()) < 4 or not _STRONG_ORG_WORDS.search(part[:m.start()]):
        return [(off, part)]
    for cut in (m.start("name"), part.find(" ", m.start("name")) + 1):  # a two- or three-word name
        name, body = part[cut:], part[:cut].rstrip()
        if cut > 0 and _is_bare_name(name) and not split_name(name).title and _GAZ().match(body) \
                and not _GAZ().match(part):
            return [(off, body), (off + cut, name)]
    return [(off, part)]


def _name_then_known_body(core: str, sp) -> bool:
    """"Tom Brenner Healthwatch Northmere": an untitled name run straight into a body the gazetteer knows (the body
    alone after the name, the whole no body's name), as apology sentences list people without separators."""
    body = core[sp.end:].strip(" .,")
    if not body or sp.title or len(sp.person.split()) < 2:
        return False
    # a local Healthwatch is always "Healthwatch <area>", so a name before it is nobody's place: a person's
    return bool(_HEALTHWATCH.fullmatch(body)) or bool(_GAZ().match(body)) and not _GAZ().match(core)


_HEALTHWATCH = lazy_compile(r"Healthwatch(?:\s+[A-Z][\w'’-]*){0,3}")


# "of Eastvale Countryside Society", "of the University of Northmere": a body after a person's name
_OF_BODY = lazy_compile(r"of\s+(?:the\s+)?(?P<body>[A-Z][^,;()]*)")
# two to five capitalised words ("Chiltern Rangers", "Pang Valley Flood Forum"): a body's proper name after "of"
_PROPER_PHRASE = lazy_compile(r"[A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|of|and|&|the|for)){1,4}")


def _is_person(piece: str, inherited: str | None = None) -> bool:
    core = re.sub(r"\([^)]*\)?", " ", piece).strip(" .;:")
    core = re.sub(r"^and\s+", "", core)
    sp = split_name(core, inherited)
    if sp and _ORG_AFTER_NAME.match(core[sp.end:]) and _name_then_known_body(core, sp):
        return True
    if sp and not sp.title and not inherited and not core[sp.end:].strip(" .,;:") \
            and _named_for_area(core[:sp.end].strip()):
        return False
    if not sp or not sp.title and not inherited and _ORG_AFTER_NAME.match(core[sp.end:]):
        return False
    if not sp.title and not inherited and _ORG_WORDS.fullmatch(re.sub(r"['’]s$", "", core[:sp.end].split()[-1])):
        return False  # "Northvale Met College" on its own after a comma: a body, not a third name
    if not sp.title and not inherited and not core[sp.end:].strip() and _GAZ().match(core):
        return False  # "Cllr A Jones, Cyngor Gwynedd": a body the gazetteer knows, written as two proper nouns
    rest = core[sp.end:].strip(" .,")
    of_body = _OF_BODY.fullmatch(rest)
    if of_body and (_looks_like_org(of_body.group("body")) or _GAZ().match(of_body.group("body"))
                    or _PROPER_PHRASE.fullmatch(of_body.group("body").strip())):
        return True  # "Bo Dee of Eastvale Countryside Society": a person and the body they came from
    # "Name Role" glued together is still a person; "Greater Northmere Carers Network" is not
    if rest and not sp.title and (_ORG_WORDS.match(rest) or _ORG_WORDS.search(rest) and not _ROLE_HINT.search(rest)):
        return _name_then_known_body(core, sp)
    return not rest or bool(re.match(r"[A-Z(–-]|with\s+(?:[A-Z]|the\b)|for\s+[A-Z]", rest)) \
        or bool(_LOWER_OFFICE.fullmatch(rest))


def _clean_target(target: str) -> str:
    """'Councillor Morgan' → 'Councillor Morgan'; 'Marco Cereste (Leader, X)' → 'Marco Cereste'."""
    t = re.sub(r"\s*\([^)]*\)\s*", " ", target).strip(" ,")
    sp = split_name(t)
    return t[:sp.end].strip() if sp else t


def _initials_of(token: str, person: str) -> bool:
    """"NMcD" for Neil McDowell, "EapG" for Ellen ap Gwynn, "DColl" for Diane Collinson."""
    if " " in token or not 2 <= len(token) <= 6 or sum(c.isupper() for c in token) < 2:
        return False
    firsts = [w[0] for w in person.split() if w[:1].isalpha()]
    capitals = [c for c in token if c.isupper()]
    # the second capital is a later name's initial: "NMcD", not "BHCC" (a body's acronym) after Brian Doughty
    return bool(firsts) and token[0] == firsts[0].upper() and token[-1] != "." \
        and (len(firsts) < 2 or capitals[1] in {f.upper() for f in firsts[1:]})


# initials and a surname: "A Sachdev", "B. Oxford", "G.R. Jones"
_INITIALLED = r"(?:[A-Z]\.\s?|[A-Z]\s){1,3}[A-Z][a-z'’-]+"
# an initialled name, "and", then a surname (initialled or not): two people ("Moore and Smalley", no initial, may
# be a firm)
_INITIALLED_PAIR = lazy_compile(_INITIALLED + r"\s+(?:and|&)\s+(?:[A-Z]\.\s?|[A-Z]\s){0,3}[A-Z][a-z'’-]+")


def _looks_like_org(text: str) -> bool:
    """An organisation the gazetteer does not know: no word of a job in it, and either a word that names a kind
    of body ("Trust", "Council", "Network") or a proper noun ("Vision for Frome", "Audit Scotland", "Coleg
    Cambria") or an acronym ("PHA", "ECCH"). "Housing and Planning" (a portfolio) is not."""
    t = text.strip()
    if re.fullmatch(r"(?:[A-Z][\w&-]*\s+|(?:and|&)\s+){1,6}[A-Z][\w-]*['’]s\s+Office", t):
        return True  # "Police & Crime Commissioner’s Office": a post-holder's office is a body
    if _INITIALLED_PAIR.fullmatch(t):
        return False  # "L Silver and Worster", "B. Oxford and G. Oxford": a list's last two people, not a firm
    if not t or _ROLE_HINT.search(t) or not t[0].isupper() or len(t.split()) > 9 and not (
            len(t.split()) <= 14 and re.search(r"\b(?:NHS (?:Foundation )?Trust|Health Board|Council)$", t)):
        return False  # (a long trust's name ends in its kind: "Robert Hale & Ida Lowe Orthopaedic Hospital NHS …")
    if re.search(r"\b(?:Locality|Localities|Area|Ward|Division|Constituency|Neighbourhood|Patch|Cluster|Zone|Quadrant)$", t) \
            or re.fullmatch(r"[A-Z][a-z]+(?: (?:and|&) [A-Z][a-z]+)? (?:Sub-)?Committee", t):
        return False  # "GP Member, North Locality", "Chairman, Sport Committee": a part of the area or of the body
        # a member's seat is in, not a body ("Kent Local Medical Committee" is one)
    if re.fullmatch(r"[A-Z][A-Za-z&]{1,7}", t) and sum(c.isupper() for c in t) >= 2:
        return True
    words = re.findall(r"[A-Za-z][\w'’-]*", t)
    proper = [w for w in words if w[0].isupper() and w not in ROLE_WORDS and w.lower() not in _PORTFOLIO_WORDS]
    if _STRONG_ORG_WORDS.search(t):
        return True  # "Salvation Army", "Northvale Diocese": a body's kind as the last word
    if _is_bare_name(t) and not _named_for_area(t):
        return False  # "Jo King": a person
    # "Housing and Planning", "Public Health": a portfolio, unless a proper noun names the body
    return bool(proper) and (len(words) >= 2 or bool(_ORG_WORDS.search(t)))


def _leading_blank_cells(line: str) -> int:
    """How many blank cells a table line opens with: the column its first text is in (layout writes one TAB a
    column)."""
    cells = line.split("\t")
    k = 0
    while k < len(cells) - 1 and not cells[k].strip():
        k += 1
    return k


def _wrapped_cell_line(row: str, line: str) -> bool:
    """A lone text past a table's first two columns, under a row with a cell there, is that cell wrapped
    ("…<TAB>Northvale Clinical Commissioning<TAB>NC" / "<TAB><TAB>Group Partnership Member"), not a group label:
    a group's label stands in the first columns or on a line of its own."""
    column = _leading_blank_cells(line)
    return column >= 2 and "\t" not in line.strip() and not line.rstrip().endswith(":") \
        and len(row.split("\t")) > column and bool(row.split("\t")[column].strip())


def _continue_cells(row: str, wrapped: str, column: int) -> str:
    """The row with the wrapped line's cells added to the ends of the cells they go on, the first in ``column``:
    "Ann Lee<TAB>Director of Public<TAB>Kent County Council" and "Health" in column 1 →
    "Ann Lee<TAB>Director of Public Health<TAB>Kent County Council"."""
    cells = row.split("\t")
    for k, piece in enumerate(wrapped.split("\t"), column):
        if piece.strip():
            cells += [""] * (k + 1 - len(cells))  # a column the row left blank
            cells[k] = f"{cells[k].rstrip()} {piece.strip()}".strip()
    return "\t".join(cells)
