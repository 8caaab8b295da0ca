"""Person names as they appear in minutes: titles, initials, post-nominals.

``split_name("Dr Avi Bhatia (AB) Clinical Chair")`` finds where the name ends so the rest can be read as a
role. Names are recognised by shape (titles, capitalised words, initials) and stop at the first word that
belongs to a role or an organisation, because minutes run "Name Role" together without punctuation.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lazyre import lazy_compile

TITLES = [
    "Acting Chief Superintendent", "Acting Superintendent", "Acting Chief Inspector", "Acting Inspector",
    "Detective Chief Inspector", "Detective Inspector", "Detective Sergeant", "Sergeant", "The Rt Hon", "Rt Hon", "Right Reverend", "Chief Superintendent", "Chief Inspector", "Chief Constable",
    # police ranks written in full before a name ("Constable Ann Lee", "PCSO Bob Hay"): after "Chief Constable"
    "Police Constable", "Special Constable", "Constable", "Police Sergeant", "Police Inspector", "PCSO",
    # police ranks abbreviated as printed in lists ("Ch. Supt.", "Det. Insp."), before the single words
    "Ch. Supt", "Ch Supt", "Chief Supt", "Ch. Insp", "Ch Insp", "Det. Insp", "Det Insp", "Det. Sgt", "Det Sgt",
    "Superintendent", "Supt", "Inspector", "Insp", "Sgt", "County Borough Councillors", "County Borough Councillor", "Borough Councillors", "Borough Councillor",
    "County Councillors", "County Councillor", "County Cllr", "Cty Cllr", "District Councillors", "District Councillor",
    "City Councillors", "City Councillor", "Town Councillors", "Town Councillor",
    # a parish's minutes name the tier above in front of the short title ("Unitary Cllr J Davies", "District Cllr")
    "Unitary Councillors", "Unitary Councillor", "Unitary Cllr", "District Cllr", "Borough Cllr", "City Cllr", "Town Cllr",
    "Parish Councillors", "Parish Councillor", "Parish Cllr",
    # the ward's own councillor, or one sitting on both tiers ("Ward Cllr A Lee", "District & County Cllr B Hay")
    "Ward Councillor", "Ward Cllr",
    "District & County Councillor", "District and County Councillor", "District & County Cllr", "District and County Cllr",
    "County & District Councillor", "County and District Councillor", "County & District Cllr", "County and District Cllr",
    "Councillors", "Councillor", "Cllrs", "Cllr", "Doctor", "Drs", "Dr", "Professor", "Prof", "Mrs", "Mr", "Ms", "Miss",
    "Mx", "Sir", "Dame", "Reverend", "Revd", "Rev", "Canon", "Bishop", "Lord", "Lady", "Baroness", "Baron",
    "Aldermen", "Alderman", "Alderwoman", "Deputy City Mayor", "Assistant City Mayor", "Deputy Mayor", "Metro Mayor",
    "City Mayor", "Deputy", "Mayor", "ACC", "DCC", "CC", "Commander", "Father", "The Rt. Hon. The Lord Mayor", "The Lord Mayor",
    "Lord Mayor", "Lord Provost", "Depute Provost", "Provost", "Bailie", "Rt. Hon.", "the Rt. Hon.", "Minister",
    "The Very Reverend", "Very Reverend", "The Very Rev", "Very Rev", "The Reverend", "The Rev",
    "The Right Worshipful the Mayor", "The Right Worshipful The Mayor", "Right Worshipful", "Alderwoman",
    "Chief Insp", "Det Supt", "Ch Supt", "Insp", "DCI", "Sgt", "PC",
    "Fr", "Rt Revd", "Rt Rev", "The Rt Revd", "The Rt Rev", "The Ven", "Ven", "Venerable", "Archdeacon", "Monsignor",
    "Mgr", "Rabbi", "Imam", "Pastor", "His Honour Judge", "Her Honour Judge", "His Honour", "Her Honour", "Judge",
    "The Hon", "Hon", "Viscount", "Countess", "Earl", "Lt Col", "Colonel", "Col", "Major", "Maj", "Captain", "Capt",
    "Brigadier", "Wing Commander", "Air Commodore", "Admiral", "Lieutenant", "Lt",
]
# titles that only ever start a person's name (not "Deputy", "Commander", "Mayor": words of roles too); the
# attendance rules (shape.py) and the learned fallback's features both read this one list
PERSONAL_TITLES = ("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Dame", "Sir", "Professor", "Prof", "Councillor", "Cllr",
                   "Revd", "Rev", "Lord", "Lady", "Baroness")
# titles that are also the first word of a role ("Deputy Chief Executive", "Commander, Fire Service"): a title
# only when a name follows, which split_name checks anyway (a role word ends the name before it starts)
# plural titles ("Councillors A and B") hand their singular to each following name
# (a councillor of any tier is "Councillor": "County Councillors A and District Councillors B" are all councillors)
PLURAL_TITLES = {"councillors": "Councillor", "cllrs": "Cllr", "county councillors": "Councillor",
                 "district councillors": "Councillor", "city councillors": "Councillor", "town councillors": "Councillor",
                 "county borough councillors": "Councillor", "borough councillors": "Councillor",
                 "unitary councillors": "Councillor", "parish councillors": "Councillor", "aldermen": "Alderman",
                 "drs": "Dr"}  # "Drs. Ann Lee, Bob Hay": a medical committee's list under one plural title
# "Cllr.Peter Bellarby": a title's full stop may run straight into the name; "CllrGary Harding": the abbreviated
# council title with its space lost (it is no word's start, so a capital after it starts the name)
# titles that are never part of a name, so one after name words ends the name ("Abbey Ward Councillor")
_SEAT_TITLES = frozenset({"Councillor", "Cllr"})
_TITLE_SET = frozenset(TITLES)
# "T/Ch. Supt.", "A/Insp": a temporary or acting rank keeps its prefix
# "Councillllor", "Councilllors", "Councilor": the council title with a letter doubled or dropped, as typed in real
# minutes, a tier before it or not ("County Councilor"); read as the title it means, and written that way in the name
_MISSPELT_COUNCIL = r"(?:(?:County|District|City|Town|Borough) )?Counc+i+l+o+u?r+"
# "NCC Cllr A Lee", "RBC Cllr Bob Hay": a parish's minutes put the initials of the council a member sits on (ending
# in its C) before the council title; read as one title, so the initials are not taken for the person's
COUNCIL_INITIALS = r"[A-Z]{1,4}C"  # "NCC", "RBC", "CBPC": a council's initials, ending in its C
_COUNCIL_INITIALS_TITLE = COUNCIL_INITIALS + r" (?:Cllr|Councillor)"
_TITLE_RE = lazy_compile(r"(?:[TA]/)?(?:" + "|".join(re.escape(t) for t in TITLES) + r"|" + _COUNCIL_INITIALS_TITLE + r"|" + r"(?P<misspelt>" + _MISSPELT_COUNCIL + r"s?)"
                         r")(?:\.(?=[A-Z])|\.?(?=\s|$)|(?<=Cllr)(?=[A-Z][a-z]))")
_MISSPELT_COUNCIL_TITLE = lazy_compile(_MISSPELT_COUNCIL + r"(?P<s>s?)")

POST_NOMINALS = {
    "OBE", "MBE", "CBE", "KBE", "DBE", "BEM", "QPM", "DL", "JP", "KC", "QC", "MP", "MEP", "FRCP", "FRCS", "FRCGP",
    "MRCGP", "MRCP", "FFPH", "MFPH", "FRCPsych", "FRCN", "FRSA", "PhD", "MBA", "MSc", "BSc", "MA", "BA", "MBChB",
    "RGN", "RMN", "RN", "DPhil", "FMedSci", "CStat", "FCA", "ACA", "CPFA", "FCCA", "ACCA", "FCMA", "CIPFA", "MS",
    "AM", "MSP", "MLA", "TD", "CB", "KCB", "DCB", "CVO", "LVO", "FRCPE", "FRCOG", "FRCPCH", "OBE.", "MBE.",
    # "D Body Esq., F Cooke Esq.": the courtesy suffix after a gentleman's name (drainage boards, older minutes)
    "Esq", "Esq.",
}
# words that start a role or an organisation, ending a name written without punctuation before them
ROLE_WORDS = {
    "Chair", "Chairman", "Chairperson", "Vice", "Vice-Chair", "Co-Chair", "Convenor", "Convener", "Depute", "Chief", "Director", "Executive",
    "Officer", "Manager", "Head", "Lead", "Member", "Members", "Lay", "Clinical", "Cabinet", "Leader", "Deputy",
    "Assistant", "Consultant", "Programme", "Secretary", "Representative", "Commissioner", "Partner",
    "Non-Executive", "Medical", "Nursing", "Finance", "Financial", "Accountable", "Corporate", "Democratic",
    "Public", "Health", "Healthwatch", "NHS", "Council", "Borough", "County", "City", "CCG", "ICB", "ICS", "STP",
    "Trust", "Police", "Service", "Services", "Governing", "GP", "Area", "Strategic", "Senior", "Principal",
    "Interim", "Acting", "Portfolio", "Voting", "Staff", "Faith", "Minute", "Minutes", "Board", "Independent",
    "Safeguarding", "Adult", "Adults", "Children's", "Childrens", "Community", "Scrutiny", "Committee", "Group",
    "University", "England", "Foundation", "Partnership", "Network", "Healthcare", "Hospital", "Hospitals",
    "Integrated", "Care", "Social", "Commander", "Caldicott", "Nurse", "Secondary", "Primary", "Joint",
    "Strategy", "Policy", "Housing", "Fire", "Rescue", "Voluntary", "CVS", "Cabinet", "Elected",
    "Executive", "Operating", "Operations", "Transformation", "Commissioning", "Quality", "Patient", "Patients",
    "Practice", "Provider", "Observer", "Co-opted", "Coopted", "Substitute", "Team", "Unit", "Department",
    "Tenant", "Tenants", "Leaseholder",  # a housing committee's "Tenant Representative", "Leaseholder Representative"
    "Local", "Region", "Regional", "PHE", "UKHSA", "Superintendent", "Governance", "Audit", "Place", "Borough",
    "Mental", "Wellbeing", "Legal", "Monitoring", "Solicitor", "Chaplain", "Clerk", "Scribe", "Note",
    "Administrator", "Coordinator", "Co-ordinator", "Advisor", "Adviser", "Specialist", "Analyst", "Apologies",
    "Present", "Absent", "Attendance", "Also", "The", "In", "For", "Item", "Items", "Opposition", "Locality",
    # nouns of job titles and bodies that are never a given name: "Business Improvement Manager" is no person
    "Business", "Improvement", "Development", "Organisational", "Organizational", "Sector", "Third", "Support",
    "Communications", "Engagement", "Performance", "Planning", "Resources", "People", "Workforce", "Carers",
    "Children", "Families", "Education", "Learning", "Disabilities", "Partnerships", "Integration", "Project",
    "Governors", "Governor", "Officials", "Appointed", "Nominated", "Registered", "Trade", "Union", "Press",
    "General", "Operational", "Estates", "Information", "Digital", "Technology", "Research", "Innovation",
    "Equality", "Diversity", "Inclusion", "Safety", "Risk", "Assurance", "Compliance", "Contracts", "Delivery",
    "Urgent", "Emergency", "Acute", "Maternity", "Prevention", "Inequalities", "Population", "Transport",
    "Economy", "Regeneration", "Growth", "Skills", "Employment", "Customer", "Agency", "Authority", "Office",
    "Officers", "Representatives", "Directors", "Trustee", "Trustees", "Secretariat", "Minute-taker", "Members'",
    "Welcome", "Apologies", "Introductions", "Declarations", "Minutes", "Chairman's", "Chair's", "Non-Voting",
    "Non", "Board's", "Greater", "Environment", "District", "Government", "Assembly", "Parliament", "Senedd",
    "Ministry", "Welsh", "Scottish", "National", "Royal", "Resident", "Residents", "Youth", "Service-user", "Co-ordinator", "Officer's", "Leaders", "One", "Two", "Three", "Four", "Five", "Six", "Several", "Representing", "Represented", "Nominee", "Designate", "Partner", "Partners", "Patient", "Advocacy", "Programme", "Associate", "Medical",
    "Looked", "Managing",  # "… and Looked After Children", "Deputy Managing Director": never a given name
    # the last word of a post that no name ends in: "Mr D Barclay, Graduate Planner" is one person and a post
    "Planner", "Engineer", "Surveyor", "Accountant", "Auditor", "Architect", "Pharmacist", "Therapist",
    # "Head of Finance and Asset Management" wrapped in a list: the part after "and" is still the post
    "Asset", "Assets", "Property", "Facilities", "Procurement", "Revenues", "Benefits", "Neighbourhood",
    "Neighbourhoods", "Marketing", "Commercial", "Capital",
    # what goes before "Nurse" in a post ("Child Nurse", "School Nurse", "Named Nurse"), never a given name:
    # with "Nurse" read as a surname after a given name, they keep the post from reading as a person
    "Child", "School", "Named", "Designated", "Charge", "Dental", "Theatre",
    "RFO",  # a parish council's Responsible Financial Officer ("Clerk and RFO A M Lee")
    "Club", "Friends",  # a village's groups ("Art Club", "Valley Friends"): bodies, never a surname
    # the services of alcohol and drug partnerships ("Alcohol Liaison Nurse", "Eastby Alcohol, Drug and Blood Borne
    # Virus Forum", "Smoking Cessation"): never a name
    # ("Forum" is not one: "Area Clinical Forum" after a name is the person's body, a role word would make it a post)
    "Alcohol", "Drug", "Drugs", "Substance", "Misuse", "Addiction", "Addictions", "Smoking", "Cessation", "Virus",
}
# a council's type after its place's name, which a list with no comma runs on from the member's name
_COUNCIL_AFTER = lazy_compile(r" +(?:(?:Metropolitan +)?Borough|County|City|District|Town|Parish|Unitary|Community) +Council\b")
# compass words that open an area's name and are never a given name (as a surname they stay: "Ann West")
_PLACE_LEADS = frozenset({"North", "South", "East", "West", "Mid", "Central", "Upper", "Lower", "Inner", "Outer"})
PARTICLES = {"de", "van", "von", "da", "del", "della", "le", "la", "bin", "al", "ap", "du", "der", "den", "di"}

_NAME_TOKEN = lazy_compile(
    r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-ZÀ-ÖØ-Þ](?=\s|,|$|\))|(?:Mc|Mac|O'|O’|D'|D’)?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"
    # a double-barrelled second part may carry its own prefix ("Fitzgerald-O’Connor", "Smith-McLean");
    # accented capitals too: "Seán Ó Dálaigh", "Éamon"
    r"(?:[-'’](?:(?<=-)(?:Mc|Mac|O'|O’|D'|D’)(?=[A-ZÀ-ÖØ-Þ]))?[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)*"
    r"|[A-Z][a-z]*[A-Z][a-z]+)"
)


@dataclass(frozen=True)
class NameSplit:
    name: str  # the name as written, titles included, initials/post-nominals excluded
    person: str  # without titles and post-nominals
    title: str | None
    end: int  # offset in the input where the name (and any dropped initials/post-nominals) ends
    plural_title: str | None = None  # "Councillor" when written "Councillors ..."


@functools.lru_cache(maxsize=8192)
def split_name(text: str, inherited_title: str | None = None) -> NameSplit | None:
    """Read a person's name at the start of ``text``; None if it does not start with one. (Cached: the parser
    asks about the same strings from several rules; callers must not change the result.)"""
    pos = len(text) - len(text.lstrip())
    titles: list[str] = []
    plural = None
    canonical_title = None  # the title as meant, when it was misspelt
    while True:
        m = _TITLE_RE.match(text, pos)
        if not m:
            break
        word = m.group(0).rstrip(".")
        misspelt = _MISSPELT_COUNCIL_TITLE.fullmatch(word) if m.group("misspelt") else None
        if misspelt:
            word = "Councillors" if misspelt.group("s") else "Councillor"
            canonical_title = word
        if word.lower() in PLURAL_TITLES:
            plural = PLURAL_TITLES[word.lower()]
        titles.append(m.group(0))
        pos = m.end()
        while pos < len(text) and text[pos] == " ":
            pos += 1
    name_start = pos
    tokens: list[tuple[int, int, str]] = []
    while pos < len(text) and len(tokens) - sum(1 for t in tokens if _is_initial(t[2])) < 5 and len(tokens) < 9:
        caps = _caps_token(text, pos, tokens, bool(titles) or bool(inherited_title))
        if caps is not None:
            tokens.append(caps)
            pos = caps[1]
            if caps[2].isupper() and len(caps[2]) > 3 or caps[2][:2] in ("Mc", "MC") or tokens[-1] is caps and len(tokens) > 1:
                if len(tokens) > 1 and not _is_initials(caps[2]):
                    break  # a CAPS surname ends the name ("Trudy McLEAY")
            nxt = re.match(r" +(?=\S)", text[pos:])
            if not nxt or nxt.end() >= 3:
                break
            pos += nxt.end()
            continue
        m = _NAME_TOKEN.match(text, pos)
        word = None
        if m:
            word = m.group(0)
            after = text[m.end():m.end() + 1]
            # "Morag Brown." ends a sentence: a full stop after a surname (not after an initial)
            full_stop = after == "." and len(word) > 1 and not word.endswith(".") and text[m.end() + 1:m.end() + 2] in ("", " ", "\n", "\t")
            if after and after not in " ,;)\t–—-:\n" and not full_stop and not _role_run_on(text, m.end()):
                word = None
        if word is None:
            # lower-case particles inside a name ("Ruud van Dijk"), only before another name token; after a title
            # a surname may start with one ("Councillor de Souza")
            pm = re.match(r"([a-z]+)\s+(?=(?:[a-z]+\s+)?[A-Z])", text[pos:])  # "van der Berg": two in a row
            if pm and pm.group(1) in PARTICLES and (tokens or titles or inherited_title):
                tokens.append((pos, pos + len(pm.group(1)), pm.group(1)))
                pos += pm.end()
                continue
            break
        dotted = bool(re.fullmatch(r"(?:[A-Z]\.)+", word))  # "P.", "J.M.": initials, not an abbreviation
        at_end = re.match(r"[ \t]*(?:$|[,;(\t\n–—]| {2,})", text[m.end():])
        surname_at_end = tokens and at_end and (word in _ADJECTIVE_SURNAMES or _surname_after_initials(
            tokens, word, bool(titles or inherited_title)))
        if (word in ROLE_WORDS and not surname_at_end or word.rstrip(".") in POST_NOMINALS
                or word.isupper() and len(word) > 1 and not dotted):
            break
        if word in _SEAT_TITLES:
            break  # "Westfield Ward Councillor": a seat, and "Councillor" is nobody's surname
        if tokens and re.fullmatch(r"[A-Z]{2}[A-Za-z]{0,3}", word) and len(word) <= 5:
            break  # mixed-case initials after the name: "Richard Chapman RCp", "Neil McDowell NMcD"
        end_at = m.end()
        spaced = _SPACED_HYPHEN.match(text, end_at)
        if spaced and (titles or inherited_title) and spaced.group("part") not in ROLE_WORDS and word[-1:].islower():
            end_at = spaced.end()  # "Smith- Wright": one double-barrelled surname, typed with a space
            word = text[m.start():end_at]
        tokens.append((m.start(), end_at, word))
        pos = end_at
        nxt = re.match(r" +(?=\S)", text[pos:])
        if not nxt or nxt.end() >= 3:  # a wide gap (a blanked-out bracket, a column) ends the name
            break
        pos += nxt.end()
    if len(tokens) >= 3 and sum(not _is_initial(t[2]) for t in tokens) >= 2 \
            and _COUNCIL_AFTER.match(text, tokens[-1][1]):
        tokens.pop()  # "Cllr R Henry Stevenage Borough Council": the word before "Borough Council" is its place
    # the name must end in a surname (two letters or more), after any initials
    while tokens and (tokens[-1][2] in PARTICLES or len(tokens[-1][2].rstrip(".")) == 1):
        tokens.pop()
    if not tokens:
        return None
    if len(tokens) == 1 and not titles and not inherited_title:
        return None
    if tokens[0][2] in _PLACE_LEADS and not titles and not inherited_title:
        return None  # "East Ross", "Mid Suffolk": an area after a member's name (their seat), no given name
    if len(tokens) == 1 and titles and " ".join(t.strip() for t in titles + [tokens[0][2]]) in _TITLE_SET:
        return None  # "Deputy Mayor, Northvale BC": a title that the next word completes is an office, not a name
    if len(tokens) - sum(1 for t in tokens[:-1] if _is_initial(t[2])) > 4:
        return None
    end = tokens[-1][1]
    peer = _PEER_OF.match(text, end) if len(tokens) == 1 and any(
        t.strip().rstrip(".").lower() in _PEERAGE_TITLES for t in titles) else None
    if peer:
        end = peer.end("place")  # "Lord Newby of Harrogate": the peer's territorial designation is part of the name
    person = _proper_case(text[tokens[0][0]:end])
    # drop post-nominals and bare initials ("Jill Dentith JD"): upper-case tokens right after the name
    first_letter = tokens[0][2][0]
    rest = text[end:]
    consumed = 0
    while True:
        m = re.match(r"\s*\(?([A-Z][A-Za-z]{1,7})\)?(?=\s|,|$|\t|;)", rest[consumed:])
        if not m:
            break
        tok = m.group(1)
        if tok in POST_NOMINALS or (tok.isupper() and 2 <= len(tok) <= 4 and tok[0] == first_letter
                                    and not _known_org_abbr(tok)):
            consumed += m.end()
            continue
        break
    title = " ".join(t.rstrip() for t in titles) or None
    if plural:
        written_title = plural
    elif canonical_title:
        written_title = canonical_title
    elif titles:
        written_title = text[len(text) - len(text.lstrip()):name_start].strip()
    else:
        written_title = inherited_title
    name = f"{written_title} {person}" if written_title else person
    return NameSplit(name=name, person=person, title=title or inherited_title, end=end + consumed,
                     plural_title=plural)


# a peer's title and the place in the peerage's name ("Lord Newby of Harrogate", "Baroness Hale of Richmond")
_PEERAGE_TITLES = frozenset({"lord", "baroness", "baron", "viscount", "viscountess", "earl", "countess"})
_PEER_OF = lazy_compile(r" of (?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)(?=[ \t]*(?:[:,;(\t\n–—]|$| - ))")


# the second half of a double-barrelled surname after a hyphen typed with a space ("Smith- Wright"); a dash
# between a name and a role has spaces on both sides ("Ann Lee - Chair"); only at the end of a list's part, after a title
_SPACED_HYPHEN = lazy_compile(r"- (?P<part>[A-Z][a-z]+)(?=\s*(?:[,;.)]|$|and\b|&))")


# role words that are also common surnames: a surname when a given name precedes and nothing but punctuation
# follows ("Mr Ian Welsh", "Matt England", "Dame Ann Caldicott, Chair", "Joan Nurse,"; but "Ann Lee Welsh Government", "Ann Lee
# Caldicott Guardian")
_ADJECTIVE_SURNAMES = frozenset({"Welsh", "English", "England", "Scott", "Young", "Caldicott", "Nurse", "Child", "Senior"} & ROLE_WORDS)


def _surname_after_initials(tokens: list[tuple[int, int, str]], word: str, titled: bool) -> bool:
    """"D Risk (Chairman)", "Cllr P. Head,": a role word after initials alone, the name ending there, is the
    surname (initials are never a whole name). Not after a bare "A" or "I" with no title ("A Member, …")."""
    if not word[1:].islower() or not all(_is_initial(t[2]) for t in tokens):
        return False
    return titled or len(tokens) > 1 or tokens[0][2] not in ("A", "I")


_RUN_ON_ROLE = lazy_compile(r"(?P<w>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[\s,]|$)")


def _role_run_on(text: str, pos: int) -> bool:
    """"Jane DoeCo-Chair", "Sam LeeChief Executive": a role word written straight after the surname with the
    space lost; the surname ends where the role word begins."""
    m = _RUN_ON_ROLE.match(text, pos)
    return bool(m) and len(m.group("w")) >= 4 and m.group("w") in ROLE_WORDS and m.group("w") not in _NOT_RUN_ON


# short or common role words that could be the tail of a camel-cased surname or a place: never split on them
_NOT_RUN_ON = {"Head", "Lead", "Care", "Area", "Lady", "Place", "Local", "Trust", "Team", "Unit", "Office",
               "Group", "Press", "Skills", "Growth", "Risk", "Union", "Youth", "Royal", "National"}


def _is_initial(tok: str) -> bool:
    """"P", "P.", "J.M.": one or more initials (any number may precede a surname: "J. M. L. A. Griffiths")."""
    return bool(re.fullmatch(r"(?:[A-Z]\.?)+", tok)) and len(tok.replace(".", "")) <= 3


def _is_initials(tok: str) -> bool:
    return tok.isupper() and 2 <= len(tok) <= 3


def _caps_token(text: str, pos: int, tokens: list, titled: bool):
    """An upper-case token that belongs to a name: initials written together before the surname ("Councillor
    PM Morgan", "Mr AC Marsh"), or a surname in capitals after a given name ("Trudy McLEAY", "Ken LYNN").
    Organisation abbreviations and post-nominals never are."""
    m = re.match(r"(?:Mc|MC|Mac|MAC|O'|O’)?[A-Z]{2,}(?:-[A-Z]{2,})?(?=[\s,;)\t:]|$)", text[pos:])
    if not m:
        return None
    tok = m.group(0)
    end = pos + m.end()
    after = text[end:]
    # "Ms MA Kane": initials after a title that spell a post-nominal ("MA", "MD") are still initials before a surname
    initials_first = not tokens and titled and _is_initials(tok) and tok in POST_NOMINALS \
        and re.match(r" (?:Mc|Mac|O'|O’)?[A-Z][a-zà-ÿ]+(?:[-\s,;)\t:]|$)", after)
    if not initials_first and (tok in POST_NOMINALS or _known_org_abbr(tok) or tok in ROLE_WORDS
                               or tok.title() in ROLE_WORDS):
        return None
    if not tokens and _is_initials(tok):
        # initials only when a capitalised surname follows
        nxt = re.match(r" (?:Mc|Mac|O'|O’)?[A-Z][a-zà-ÿ]+", after)
        if titled and nxt and nxt.group(0).strip() not in ROLE_WORDS:
            return (pos, end, tok)
        return None
    # a CAPS surname ends the name: nothing but punctuation, a bracket or a column gap may follow it
    if tokens and len(tok) >= 3 and tokens[-1][2][:1].isupper() and not _is_initials_of(tok, tokens) \
            and re.match(r"(?:$|[,;:)(\t–—-]| [(–—-]| {2,}|\n)", after):
        return (pos, end, tok)
    return None


def _is_initials_of(tok: str, tokens: list) -> bool:
    """"AB" after "Avi Bhatia", "MWh", "RCp": the person's initials, not a surname."""
    firsts = "".join(t[2][0] for t in tokens if t[2][:1].isalpha()).upper()
    return len(tok) <= 4 and tok.upper().startswith(firsts[:2])


def _known_org_abbr(tok: str) -> bool:
    return tok in {"NHS", "CCG", "ICB", "ICS", "STP", "PHE", "NHSE", "CQC", "CVS", "GP", "HWB", "LA", "NMC"}


def _proper_case(person: str) -> str:
    """"Trudy McLEAY" → "Trudy McLeay": a surname written in capitals for emphasis, in ordinary case. Initials
    ("PM Morgan") stay as written."""
    words = person.split(" ")
    if not any(w[:1].isupper() and w[1:2].islower() for w in words):
        return person
    out = []
    for w in words:
        core = re.sub(r"^(Mc|MC)", "", w)
        # "K.L.", "T.A.J.": initials with full stops stay as written too
        if len(core) >= 3 and core.isupper() and w.upper() == w.upper() and not _is_initials(w) \
                and not re.fullmatch(r"(?:[A-Z]\.)+", w):
            prefix = w[:len(w) - len(core)]
            w = (prefix[:1].upper() + prefix[1:].lower() if prefix else "") + "-".join(
                p.capitalize() for p in core.split("-"))
        out.append(w)
    return " ".join(out)


def person_key(person: str) -> str:
    """A comparison key for one person's name ("Dr. D. Walker" and "D Walker" agree)."""
    return re.sub(r"\s+", " ", re.sub(r"[.,]", " ", person)).strip().lower()
