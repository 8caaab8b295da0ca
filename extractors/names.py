"""Person names as they appear in minutes: titles, initials, post-nominals.

``split_name("Dr Avi Bhatia (AB) Clinical Chair")`` finds where the name ends so the rest can be read as a
role. Names are recognised by shape (titles, capitalised words, initials) and stop at the first word that
belongs to a role or an organisation, because minutes run "Name Role" together without punctuation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

TITLES = [
    "The Rt Hon", "Rt Hon", "Right Reverend", "Chief Superintendent", "Chief Inspector", "Chief Constable",
    "Superintendent", "Supt", "Inspector", "Councillors", "Councillor", "Cllrs", "Cllr", "Doctor", "Dr",
    "Professor", "Prof", "Mrs", "Mr", "Ms", "Miss", "Mx", "Sir", "Dame", "Reverend", "Revd", "Rev", "Canon",
    "Bishop", "Lord", "Lady", "Baroness", "Baron", "Alderman",
]
# plural titles ("Councillors A and B") hand their singular to each following name
PLURAL_TITLES = {"councillors": "Councillor", "cllrs": "Cllr"}
_TITLE_RE = re.compile(r"(?:" + "|".join(re.escape(t) for t in TITLES) + r")\.?(?=\s|$)")

POST_NOMINALS = {
    "OBE", "MBE", "CBE", "KBE", "DBE", "BEM", "QPM", "DL", "JP", "KC", "QC", "MP", "MEP", "FRCP", "FRCS", "FRCGP",
    "MRCGP", "MRCP", "FFPH", "MFPH", "FRCPsych", "FRCN", "FRSA", "PhD", "MBA", "MSc", "BSc", "MA", "BA", "MBChB",
    "RGN", "RMN", "RN", "DPhil", "FMedSci", "CStat", "FCA", "ACA", "CPFA", "FCCA", "ACCA", "FCMA", "CIPFA",
}
# words that start a role or an organisation, ending a name written without punctuation before them
ROLE_WORDS = {
    "Chair", "Chairman", "Chairperson", "Vice", "Vice-Chair", "Co-Chair", "Chief", "Director", "Executive",
    "Officer", "Manager", "Head", "Lead", "Member", "Members", "Lay", "Clinical", "Cabinet", "Leader", "Deputy",
    "Assistant", "Consultant", "Programme", "Secretary", "Representative", "Commissioner", "Partner",
    "Non-Executive", "Medical", "Nursing", "Finance", "Financial", "Accountable", "Corporate", "Democratic",
    "Public", "Health", "Healthwatch", "NHS", "Council", "Borough", "County", "City", "CCG", "ICB", "ICS", "STP",
    "Trust", "Police", "Service", "Services", "Governing", "GP", "Area", "Strategic", "Senior", "Principal",
    "Interim", "Acting", "Portfolio", "Voting", "Staff", "Faith", "Minute", "Minutes", "Board", "Independent",
    "Safeguarding", "Adult", "Adults", "Children's", "Childrens", "Community", "Scrutiny", "Committee", "Group",
    "University", "England", "Foundation", "Partnership", "Network", "Healthcare", "Hospital", "Hospitals",
    "Integrated", "Care", "Social", "Commander", "Caldicott", "Nurse", "Secondary", "Primary", "Joint",
    "Strategy", "Policy", "Housing", "Fire", "Rescue", "Voluntary", "CVS", "Mayor", "Cabinet", "Elected",
    "Executive", "Operating", "Operations", "Transformation", "Commissioning", "Quality", "Patient", "Patients",
    "Practice", "Provider", "Observer", "Co-opted", "Coopted", "Substitute", "Team", "Unit", "Department",
    "Local", "Region", "Regional", "PHE", "UKHSA", "Superintendent", "Governance", "Audit", "Place", "Borough",
    "Mental", "Wellbeing", "Legal", "Monitoring", "Solicitor", "Chaplain", "Clerk", "Scribe", "Note",
    "Administrator", "Coordinator", "Co-ordinator", "Advisor", "Adviser", "Specialist", "Analyst", "Apologies",
    "Present", "Absent", "Attendance", "Also", "The", "In", "For", "Item", "Items", "Opposition", "Locality",
}
PARTICLES = {"de", "van", "von", "da", "del", "della", "le", "la", "bin", "al", "ap", "du", "der", "den", "di"}

_NAME_TOKEN = re.compile(
    r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z](?=\s|,|$|\))|(?:Mc|Mac|O'|O’|D'|D’)?[A-Z][a-zà-ÿ]+(?:[-'’][A-Z]?[a-zà-ÿ]+)*"
    r"|[A-Z][a-z]*[A-Z][a-z]+)"
)


@dataclass
class NameSplit:
    name: str  # the name as written, titles included, initials/post-nominals excluded
    person: str  # without titles and post-nominals
    title: str | None
    end: int  # offset in the input where the name (and any dropped initials/post-nominals) ends
    plural_title: str | None = None  # "Councillor" when written "Councillors ..."


def split_name(text: str, inherited_title: str | None = None) -> NameSplit | None:
    """Read a person's name at the start of ``text``; None if it does not start with one."""
    pos = len(text) - len(text.lstrip())
    titles: list[str] = []
    plural = None
    while True:
        m = _TITLE_RE.match(text, pos)
        if not m:
            break
        word = m.group(0).rstrip(".")
        if word.lower() in PLURAL_TITLES:
            plural = PLURAL_TITLES[word.lower()]
        titles.append(m.group(0))
        pos = m.end()
        while pos < len(text) and text[pos] == " ":
            pos += 1
    name_start = pos
    tokens: list[tuple[int, int, str]] = []
    while pos < len(text) and len(tokens) < 5:
        m = _NAME_TOKEN.match(text, pos)
        word = None
        if m:
            word = m.group(0)
            after = text[m.end():m.end() + 1]
            if after and after not in " ,;)\t–—-:\n":
                word = None
        if word is None:
            # lower-case particles inside a name ("Ruud van Dijk"), only before another name token
            pm = re.match(r"([a-z]+)\s+(?=[A-Z])", text[pos:])
            if pm and pm.group(1) in PARTICLES and tokens:
                tokens.append((pos, pos + len(pm.group(1)), pm.group(1)))
                pos += pm.end()
                continue
            break
        if word in ROLE_WORDS or word.rstrip(".") in POST_NOMINALS or word.isupper() and len(word) > 1:
            break
        tokens.append((m.start(), m.end(), word))
        pos = m.end()
        nxt = re.match(r" +(?=\S)", text[pos:])
        if not nxt or nxt.end() >= 3:  # a wide gap (a blanked-out bracket, a column) ends the name
            break
        pos += nxt.end()
    # the name must end in a surname (two letters or more), after any initials
    while tokens and (tokens[-1][2] in PARTICLES or len(tokens[-1][2].rstrip(".")) == 1):
        tokens.pop()
    if not tokens:
        return None
    if len(tokens) == 1 and not titles and not inherited_title:
        return None
    if len(tokens) > 4:
        return None
    end = tokens[-1][1]
    person = text[tokens[0][0]:end]
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
    elif titles:
        written_title = text[len(text) - len(text.lstrip()):name_start].strip()
    else:
        written_title = inherited_title
    name = f"{written_title} {person}" if written_title else person
    return NameSplit(name=name, person=person, title=title or inherited_title, end=end + consumed,
                     plural_title=plural)


def _known_org_abbr(tok: str) -> bool:
    return tok in {"NHS", "CCG", "ICB", "ICS", "STP", "PHE", "NHSE", "CQC", "CVS", "GP", "HWB", "LA", "NMC"}


def person_key(person: str) -> str:
    """A comparison key for one person's name ("Dr. D. Walker" and "D Walker" agree)."""
    return re.sub(r"\s+", " ", re.sub(r"[.,]", " ", person)).strip().lower()
