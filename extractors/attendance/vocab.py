"""Words and patterns of attendance blocks: headings and their statuses, ModernGov's attendance values, the
shapes that end a block, and the words that mark a body or a job."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..lazyre import lazy_compile
from ..names import PERSONAL_TITLES


# headings that name one office: a heading only with the holder's name after it ("CHAIR:<TAB>Mrs A Lee",
# "DEPUTY CHAIR:<TAB>R Pugh")
_OFFICE_HEADINGS = ("chair", "chairman", "presiding", "vice chair", "vice chairman", "deputy chair", "deputy chairman")


# heading text (normalised: lower case, single spaces, no trailing colon) → status
HEADINGS = {
    "present": "present", "members present": "present", "board members present": "present",
    "voting members": "present", "non voting members": "present", "non-voting members": "present",
    "voting members present": "present", "non voting members present": "present", "members in attendance":
    "present", "present in the room": "present", "present virtually": "present", "attendees": "present",
    "in attendance": "in_attendance", "also present": "in_attendance", "also in attendance": "in_attendance",
    "officers present": "in_attendance", "officers in attendance": "in_attendance", "officers": "in_attendance",
    "also attending": "in_attendance", "observers": "in_attendance", "attending": "in_attendance",
    "apologies": "apologies", "apologies for absence": "apologies", "apologies received": "apologies",
    "apologies for absence received": "apologies", "apologies were received from": "apologies",
    "apologies for non-attendance": "apologies", "apologies for non attendance": "apologies",
    "absent": "absent", "members absent": "absent", "not present": "absent",
    "substitutes": "substitute", "substitute members": "substitute", "substitute": "substitute",
    "substitutes present": "substitute", "deputies": "substitute",
    "members": "present", "board members": "present", "attendance": "present", "attendance details": "present",
    "sederunt": "present", "present in part": "present", "attended in part": "present", "present (virtually)":
    "present", "apology": "apologies", "participants": "in_attendance", "secretariat": "in_attendance",
    "witnesses": "in_attendance", "officials in attendance": "in_attendance", "also in attendance (virtually)":
    "in_attendance", "attending virtually": "in_attendance", "apologies received from": "apologies",
    "apologies for absence were received from": "apologies", "absent with apologies": "apologies",
    "members present (virtually)": "present", "in attendance (virtually)": "in_attendance",
    "councillors": "present", "councillors present": "present", "elected members": "present",
    "committee members": "present", "committee members in attendance": "present", "members in attendance": "present",
    "others in attendance": "in_attendance", "others attending": "in_attendance", "others present": "in_attendance", "other members": "in_attendance",
    "other members present": "in_attendance", "other councillors present": "in_attendance",
    "guest": "in_attendance", "guests": "in_attendance", "visitor": "in_attendance", "visitors": "in_attendance",
    "by invitation": "in_attendance", "in attendance by invitation": "in_attendance",
    "others": "in_attendance",  # "Others: A (Officer), B (public)" after "Present: …"
    "members attending": "present", "board members attending": "present", "those attending": "present",
    # the chair named in a heading cell of their own above "Present" ("CHAIR:<TAB>Mrs A Lee", "Presiding<TAB>Cllr B")
    **dict.fromkeys(_OFFICE_HEADINGS, "present"),
    # "Present:" then "Councillor: A Lee (Chair)" over "Councillors: B, C and D": one councillor's label (a colon only)
    "councillor": "present",
}


_HEADING_RE = lazy_compile(
    r"[ \t]*(?P<h>" + "|".join(sorted((re.escape(h).replace(r"\ ", r"[ \t]+").replace("non[ \\t]+voting", r"non[ \t-]?voting")
                                        for h in HEADINGS), key=len, reverse=True))
    # ("Present … Councillors: A, B", "In attendance … A Lee – Clerk": an ellipsis typed for the colon)
    + r")(?![\w’'])[ ]*(?P<sep>:-|:|[–—-](?=\s|$)|\t|(?:…|\.{3})(?=[ \t]))?[ \t]*",
    re.IGNORECASE,
)
# a heading whose separator was lost and a titled name run straight on ("PresentDr Ann Lee (Chair)", "In
# AttendanceMrs B Cole, Administrator": a Word table's cells exported as one paragraph): the heading's last letter
# small, the title's first a capital, so no word of prose ("Presentation") reads as one
_GLUED_HEADING_RE = lazy_compile(
    r"[ \t]*(?P<h>(?i:" + "|".join(sorted((re.escape(h).replace(r"\ ", r"[ \t]+") for h in HEADINGS if h[-1].isalpha()),
                                          key=len, reverse=True))
    + r"))(?<=[a-z])(?P<sep>)(?=(?:" + "|".join(PERSONAL_TITLES) + r")\.?[ \t]+[A-Z])")


# ModernGov attendance values → status (and a qualifier for virtual attendance)
MODERNGOV_STATUS = {
    "present": ("present", None), "apologies": ("apologies", None), "apologies, sent substitute": ("apologies", None),
    "apologies sent substitute": ("apologies", None), "absent": ("absent", None),
    "in attendance": ("in_attendance", None), "also present": ("in_attendance", None),
    "officer": ("in_attendance", None), "present as substitute": ("substitute", None),
    "present as a substitute": ("substitute", None), "substitute": ("substitute", None),
    "expected": ("expected", None), "present virtual": ("present", "virtual"), "present virtually": ("present", "virtual"),
    "attended virtually": ("present", "virtual"), "virtual": ("present", "virtual"),
    "present, virtual": ("present", "virtual"), "in attendance virtual": ("in_attendance", "virtual"),
    "apologies received": ("apologies", None), "did not attend": ("absent", None), "not required": (None, None),
    "present, as expected": ("present", None), "present as expected": ("present", None),
}


# a heading that says "present" for a body's own members, but names others when the page's Present list came
# before it: an NHS foundation trust's (or a parish's) members at its annual members' meeting, after the governors
# present and the board in attendance
_MEMBERS_AFTER_PRESENT = {"members in attendance", "members attending", "members present"}


# a person's own courtesy title, written among councillors' surnames ("Councillors Ames, Mrs Bell, Cross")
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"})


# a status alone on a line after each person of a register (name / seat / status lines); not "Officer" or
# "Virtual", which are also a seat
_REGISTER_STATUS = {k: v for k, v in MODERNGOV_STATUS.items() if v[0] and k not in ("officer", "virtual")}


# a line that begins an agenda item or minute ends any attendance block
_ITEM_RE = lazy_compile(
    r"^[ \t]*(?:(?:minute|item|agenda item)s?[ \t]+(?:no\.?[ \t]*)?[A-Z]?\(?\d"  # ("Item (1) Minutes": bracketed)
    r"|[A-Z]{1,5}[ ./]?\d+(?:[./]\d+)*[.)]?[ \t]"  # E.70/23, HWB15., GB/20/41 (prefix then digits)
    r"|[A-Z]{1,5}/\d+(?:/\d+)+[.):]?[ \t]"  # GB/20/41, "ICBP/2223/036: Welcome and apologies"
    r"|\(?\d+(?:[./]\d+)*(?:-\d{2}/\d{2})?[.)]?(?:[ \t]+|$)(?=[A-Z(])"  # "19-25/26 Apologies": number-municipal year
    r"|\d{1,2}(?:\.\d{1,3})?[.)](?=[A-Z][a-z]{2,}))",  # "2.Notice of Any Other Matter:", "15.28.Welcome" (no space after it)
    re.IGNORECASE,
)


_QUALIFIER_RE = lazy_compile(
    r"^(?:chair(?:man|person)?|vice[- ]?chair(?:man)?|co[- ]?chair|in the chair|chairing|deputy chair"
    r"|part(?: of)?(?: the)? meeting|part|virtual(?:ly)?|remote(?:ly)?|online|via (?:teams|zoom|video)|by phone"
    r"|(?:agenda )?(?:items?|minutes?) [\w./,\- &]+(?: only)?|from items? [\w./]+(?: onwards)?|until items? [\w./]+"
    r"|up to items? [\w./]+|(?:left|arrived|joined) (?:at|during|after|for) .+|for items? .+|observer|observing"
    r"|non[- ]voting|voting|ex[- ]officio|co[- ]opted|deputising|substitute|sub|outgoing|incoming|retiring)$",
    re.IGNORECASE,
)


_SUBSTITUTE_IN_BRACKETS = [
    # "(Ms H Horne attended as substitute)", "(Mr D Walker, Medical Director attended in his absence)"
    lazy_compile(r"^(?P<who>.+?)\s+(?:attended|was present|deputised|represented (?:him|her|them))\s*(?:as (?:a )?"
                 r"(?:substitute|deputy)|in (?:his|her|their) (?:absence|place)|on (?:his|her|their) behalf)\b.*$", re.I),
    lazy_compile(r"^(?:substituted|represented|deputised|replaced) by\s+(?P<who>.+)$", re.I),
    lazy_compile(r"^(?P<who>.+?)\s+(?:substituting|deputising|substituted|deputised)\b.*$", re.I),
    # "(HPBC – Mark Fell is sub)": the body, then who came instead
    lazy_compile(r"^(?:(?P<body>[^–—-]*?)\s*[–—-]\s*)?(?P<who>[^–—-]+?)\s+(?:is|was)\s+(?:the\s+|a\s+)?"
                 r"sub(?:stitute|stituting)?$", re.I),
    lazy_compile(r"^(?:substitute|sub|deputy)\s*[:\-–]?\s*(?P<who>.+)$", re.I),
]


_SUBSTITUTE_FOR = lazy_compile(r"^(?:as )?(?:(?:a |the )?(?:nominated )?(?:substitute|deputy) |substituting |deputising |attending |standing in |stood in |sitting in )?(?:for|in place of|on behalf of)"
                               r"\s+(?P<for>.+)$",
                               re.I)


# "(Housing Services, NBC attending on behalf of Cy Rowe)": the substitute's own body, then whom they are there for
_BODY_THEN_SUBSTITUTE_FOR = lazy_compile(r"^(?P<body>[A-Z][^()]*?)[,;]?\s+(?:attending\s+|deputising\s+|substituting\s+)?"
                                         r"(?:on\s+behalf\s+of|in\s+place\s+of)\s+(?P<for>[A-Z].+)$")


# words that mark text as an organisation rather than a role when the gazetteer does not know it
_ORG_WORDS = lazy_compile(
    r"\b(?:NHS|CCG|ICB|ICS|STP|UHB|IJB|HSCP|Council|Councils|Trust|Probation|Parliament|Police|Constabulary|Healthwatch|Group|Network|Association|Partnership"
    r"|University|College|Service|Services|Agency|Authority|England|Limited|Ltd|CIC|Charity|Foundation|Hospice"
    r"|Alliance|Forum|Federation|CVS|Housing|Society|Commission|Board|Ambulance|Fire|Department|Office|PCN"
    r"|Army|Church|Diocese|Cathedral|Mission|Institute|Museum|Gallery|Library|Academy|School|Company|Bank|Consulting|Consultancy"
    # a utility or a listed company ("Northvale Water", "Kelby plc"), shaped like a person's name
    r"|Water|plc|PLC)\b"
)


# a meeting's office written in lower case straight after a name ("P March (PM) vice-chair", "K Lee, the clerk")
_LOWER_OFFICE = lazy_compile(r"(?:the\s+)?(?:(?:vice|deputy)[ -]?)?(?:chair(?:man|person|woman)?|clerk|treasurer|secretary)\b")


_ROLE_HINT = lazy_compile(
    r"\b(?:Nominated|Trustee|Minutes|Secretariat|Clerk|Chairman|Chairperson|Convener|Convenor|Councillor|Cllr|Governor|Volunteer"
    r"|Carer|Observer|Representative|Specialist|Practitioner|Nurse|Midwife|Pharmacist|Dentist|Consultant|Co-ordinator"
    r"|Solicitor|Accountant|Auditor|Analyst|Researcher|Engineer|Planner|Surveyor|Inspector|Constable|Chief|Director"
    r"|Cadeirydd|Clerc|Glerc|Ymgeisydd|Ymchwilydd|Swyddog|Aelod|Cyfarwyddwr|Prif|Is-Gadeirydd"
    # "… Executive Group/Board/Committee" is a body its members sit on, not the post of an executive
    r"|Chair|Director|Officer|Manager|Head|Lead|Member|Executive(?!\s+(?:Group|Board|Committee)\b)|Consultant"
    r"|Secretary|Representative|"
    r"Commissioner|Leader|Cabinet|Nurse|Doctor|Adviser|Advisor|Clerk|Minute|Taker|Coordinator|Administrator|"
    r"Deputy|Assistant|Governor|Commander|Superintendent|Inspector|Chaplain|GP|Partner|Portfolio"
    r"|Mayor|Provost|Worshipful|Sheriff|Bailie|Worker|Interpreter|Translator|President|Spokesperson|Principal|NED|CEO"
    # a small body's offices ("Treasurer" of a local medical committee, a village hall's "Bookings Secretary")
    r"|Treasurer|CFO|COO|RFO|Supervisor|Facilitator)\b", re.I)


# a list of people's initials only ("RW., HJ., SJ, AMG"): a patient group's minutes, written so for privacy
_INITIALS_LIST = lazy_compile(r"[A-Z]{2,3}\.?(?:\s*,\s*(?:and\s+)?[A-Z]{2,3}\.?)+")


# a chief officer's acronym before the body's name ("CEO Northvale Ports", "CFO Hutt City Council"); of the role
# acronyms (_ROLE_ACRONYMS) only these are written straight before the body they serve
_CHIEF_ACRONYMS = frozenset({"CEO", "CFO", "COO", "CIO", "CTO"})


_HEADER_CELLS = {"name", "names", "role", "roles", "organisation", "organization", "member", "members", "title",
                 "representing", "attendee", "attendees", "attendance", "designation", "position", "job title",
                 "initials", "present", "comment", "comments", "attendance comment"}


@dataclass
class _Entry:
    """One person-shaped piece of text before it becomes a record."""

    text: str
    start: int  # offset in the page
    status: str | None
    status_raw: str | None
    inherited_title: str | None = None
    extra_role: list[str] = field(default_factory=list)  # role lines paired from a flattened table
    group_org: str | None = None  # the organisation heading the group this entry is listed under
    surname_only: bool = False  # a surname alone in a list of surnames ("Present: Ames, Bell, Cross, P Dunn")
    org_cell: str | None = None  # a table's Organisation column: the body as written, whatever the job cell names


_SPACE_COLUMNS = lazy_compile(r"(?<=[^\s]) {3,}(?=[^\s])")
# a heading letter-spaced on its own line ("P R E S E N T", "I N  A T T E N D A N C E", "P r e s e n t:"): a typeset
# display style of Scottish and English minutes; the letters are read against HEADINGS with their spaces taken out
_LETTER_SPACED = lazy_compile(r"^(?P<pre>[ \t]*)(?P<letters>[A-Za-z](?: {1,3}[A-Za-z]){3,})(?=[ \t]*(?::-?|–|-)?[ \t]*$)", re.M)
_SPACED_HEADINGS = {h.replace(" ", ""): h for h in HEADINGS if h.replace(" ", "").isalpha()}
# what such a line opens with, after a line break: a search that skips to each line break, where _LETTER_SPACED
# (led by "^") is tried at every position of the page; the page's text is searched with a "\n" before it
_LETTER_SPACED_OPENING = lazy_compile(r"\n[ \t]*[A-Za-z] ")


# a footnote mark after a name ("Mr Martin Burchett*", "Ms A Lee†"): not part of the name
_FOOTNOTE_MARK = lazy_compile(r"(?<=[A-Za-z)])[*†‡]+(?=[\s,;)]|$)", re.M)


# ("141) Apologies.": a town council's running minute number, three or four figures, closed by a bracket or a stop;
# "101 Apologies", "123.4 Present": three figures before a label)
_NUMBER_PREFIX = lazy_compile(r"[ \t]*(?:\(?\d{1,3}(?:\.\d{1,2})*[.)]?|\d{3,4}[.)]|\(?[a-h][.)]|[IVX]{1,4}\.)"
                              r"(?:[ \t]+(?=[A-Za-z])|(?<=[.)])(?=[A-Z][a-z]))"  # "1.1 Present", "1.Apologies:"
                              # a minute-reference column: "KPCT/11/30<TAB>Apologies", "2787/12<TAB>Item 2<TAB>…",
                              # "Cou/286/07-08<TAB>Apologies" (a council's code, the municipal year last), "Item 1:<TAB>Apologies:",
                              # "C048/23<TAB>1.<TAB>APOLOGIES FOR ABSENCE." (the agenda's own number in a cell of its own)
                              r"|[ \t]*(?:(?:[A-Z][A-Za-z]{0,5}[ /.-]?)?\d{1,4}(?:[/.]\d{1,4}(?:-\d{2,4})?){1,2}|Item[ ]\d{1,3}[a-z]?:?)[ ]*\t"
                              r"(?:[ ]*(?:Item[ ])?\d{1,3}[a-z]?[.)]?[ ]*\t)?[ ]*(?=[A-Za-z])"
                              # a minute's reference written out before its title, a dash between: "Minute No
                              # 2015.6.121 - Apologies (Agenda Item 1)", "Minute 45/15 – Apologies"
                              r"|[ \t]*(?:Minute|Min\.?)[ \t]+(?:No\.?[ \t]*)?\d{1,4}(?:[/.]\d{1,4}){0,3}[ \t]+[-–—][ \t]+"
                              r"(?=[A-Za-z])")


# a heading keyword anywhere in a short label: "OFFICIALS IN ATTENDANCE:", "Non-members in attendance at
# request of Chief Officer:-", "Board Members:", "Present in part:"
_KEYWORD_STATUS = [
    # a heading over both lists ("Attendees and apologies", "Apologies and attendance"): its people are present
    # until an "Apologies" sub-heading says otherwise
    (lazy_compile(r"\b(?:attendees|attendance|present|participants)\s+(?:and|&)\s+apolog|\bapologies\s+(?:and|&)\s+"
                  r"(?:attendees|attendance|present)\b", re.I), "present"),
    # "Calling of the Roll and Apologies for Absence" (a Scottish council's first item): the roll read out is of those
    # present; the apologies follow in their own sentence
    (lazy_compile(r"\bcalling\s+(?:of\s+)?the\s+roll\b", re.I), "present"),
    (lazy_compile(r"\b(?:no|without)\s+apolog", re.I), "absent"),  # "No Apologies:", "Absent without apologies"
    (lazy_compile(r"\bapolog", re.I), "apologies"),
    (lazy_compile(r"\b(?:absent|absence|not present|did not attend|not attended|non[- ]attendance)\b", re.I), "absent"),
    (lazy_compile(r"\b(?:substitut\w*|deputies|deputising|named substitutes?)\b", re.I), "substitute"),
    # "Board Advisors/Ex-Officios": ex officio members are members, whatever else the label says
    (lazy_compile(r"\bex[- ]officio", re.I), "present"),
    # "Other Representatives:", "Employees (by Directorate):" under "Present:" in printed ModernGov minutes: not
    # members of the body
    (lazy_compile(r"\b(?:other\s+representatives|employees)\b", re.I), "in_attendance"),
    # "Board Members Attending", "Those attending": the body's own people, before "attending" says in attendance
    (lazy_compile(r"\b(?:members|those)\s+attending\b", re.I), "present"),
    (lazy_compile(r"\b(?:in attendance|attending|also present|also attending|officers?|officials|observers?|witnesses"
                  r"|secretariat|participants|non-members|staff|minute (?:taker|secretary)|clerks?|advisers|advisors"
                  r"|guests|presenters|speakers|others present|invitees|joined the meeting|support|advisers?)\b", re.I), "in_attendance"),
    # "PPG Representatives:", "Practice Representatives:": a group label over the people who attend for it
    (lazy_compile(r"\b(?:present|members|attendees|attendance|sederunt|attended|trustees|directors|governors"
                  r"|representatives|co-?opt(?:ees?|ed))\b", re.I),
     "present"),
]


# a reason given for an apology, written in its own column after the name ("Cllr A Lee<TAB>Holiday"): no role or body
_ABSENCE_REASON = lazy_compile(r"(?:on\s+)?(?:holiday|annual\s+leave|leave\s+of\s+absence|illness|ill[- ]health|sickness"
                               r"|unwell|bereavement|family\s+(?:illness|bereavement|reasons|commitments?)"
                               r"|(?:work|business|personal|family)\s+commitments?|(?:prior|previous|other)\s+engagements?"
                               r"|personal\s+reasons|medical\s+(?:reasons|appointment))\.?", re.I)

# the same reason in brackets after a person or their body in a list of apologies: "Ann Lee, Northvale Trust
# (illness)", "Cllr B Hay (on holiday)"; the bracket is no post of theirs
_BRACKETED_ABSENCE_REASON = lazy_compile(r"[ \t]*\([ \t]*(?:" + _ABSENCE_REASON.pattern + r")[ \t]*\)", re.I)

# labels that name no attendees ("Members of the public: 6", "Press: 1")
_NOT_PEOPLE_LABEL = lazy_compile(r"\b(?:public|press|media|quorum|quorate|apologies were|agenda)\b", re.I)


_STRONG = {"apologies", "absent", "substitute"}


# words of a group label that change the status even inside a grouped "Present:" block: "In attendance", "Also
# present", and "Officers" (a body's staff listed after "Present:" / "Councillors" attend; they are not its members)
_SWITCHING_LABEL = lazy_compile(r"attendance|also|\bofficers\b", re.I)


# every heading (HEADINGS and _KEYWORD_STATUS) contains one of these
_HEADING_WORDS = ("present", "apolog", "attend", "absen", "substitut", "deput", "member", "officer", "official",
                  "observer", "witness", "secretariat", "participant", "sederunt", "councillor", "staff", "guest",
                  "invitee", "clerk", "support", "advis", "trustee", "director", "governor", "minute", "joined",
                  "speaker", "presenter", "co-opt", "coopt", "visitor", "invitation", "others", "representatives",
                  "replacement", "chair", "presiding")


def _any_of(words) -> str:
    """A pattern found wherever one of ``words`` is: the words as a tree of shared prefixes ("a(?:bsen|polog)"), a
    word dropped where a shorter one opens it, which ``re`` scans faster than a flat alternation."""
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        if not any(other != word and word.startswith(other) for other in words):
            by_first.setdefault(word[:1], []).append(word[1:])
    return "(?:" + "|".join(re.escape(first + rests[0]) if len(rests) == 1 else re.escape(first) + _any_of(rests)
                            for first, rests in sorted(by_first.items())) + ")"


# tried on every line of every page (the line lower-cased), so a prefix tree
_HEADING_WORD_RE = lazy_compile(_any_of(_HEADING_WORDS))


# "… the appointment of the following substitute members was reported:-" over "A for B (Body)" lines
_SUBSTITUTES_REPORTED = lazy_compile(r"\bthe\s+following\s+(?:substitute\s+members?|substitutes|substitutions|deputies)"
                                     r"\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:reported|notified|noted|"
                                     r"received|made|appointed)(?:\s+to\s+the\s+meeting)?[ \t]*(?::-?[ \t]*$|:-?[ \t]*(?=[A-Z]))"
                                     # "Replacements for this meeting were as follows:" over "A for B, Body" lines
                                     r"|^[ \t]*(?:substitut(?:es|ions?)|replacements?|deputies)\s+(?:for\s+(?:this|the)\s+"
                                     r"meeting\s+)?(?:was|were)\s+as\s+follows[ \t]*:-?[ \t]*$", re.I)


# "Other apologies received were as follows :-" over role-first lines
_APOLOGIES_AS_FOLLOWS = lazy_compile(r"[ \t]*(?:(?:other|further)\s+)?apologies(?:\s+for\s+absence)?(?:\s+received)?\s+"
                                     r"(?:were|are)\s+as\s+follows[ \t]*:-?[ \t]*$", re.I)


_BRACKETED_LABEL = lazy_compile(r"[ \t]*(?P<h>[A-Za-z][A-Za-z'’/-]*(?: [A-Za-z][A-Za-z'’/-]*){0,3})[ \t]*\([^()\t]{3,80}\)[ \t]*")


_CAPS_LABEL = lazy_compile(r"[ \t]*(?P<h>(?P<k>PRESENT|IN ATTENDANCE|ALSO IN ATTENDANCE|APOLOGIES|ABSENT)(?: [A-Z]{2,}){1,3})"
                           r"(?::-?|(?=\t)|[ \t]+(?=[A-Z][a-z])|[ \t]*$)[ \t]*")


# the rest of such a label wrapped onto the next line, before the first name: "CHAMBER<TAB>Councillor N Trimble"
_CAPS_LABEL_TAIL = lazy_compile(r"[ \t]*[A-Z]{3,}(?: [A-Z]{3,}){0,2}[ \t]*(?:\t|$)")


# a line naming a group of people, not a body: "Leaders of North Wales local authorities", "Council Officers"
_PEOPLE_GROUP = lazy_compile(r"(?:[A-Z][\w'’-]*\s+){0,2}(?:Leaders|Members|Representatives|Officers|Officials|Councillors"
                             r"|Chairs|Chief\s+Executives|Directors|Advisers|Advisors|Observers|Guests)"
                             r"(?:\s+(?:of|from)\s+[^,:()\t]{1,60})?:?$")


# "Representing the Northvale Council (NC)", "Representing Northvale Enterprise": a group label over the body's people
# ("Representative from Northvale Hospitals NHS Trust:": the seat's body after "from")
_REPRESENTING_LABEL = lazy_compile(r"(?:Those\s+)?(?:[Rr]epresenting|[Rr]epresentatives?\s+(?:from|of))\s+(?:the\s+)?(?P<body>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*"
                                   r"|of|and|&|the|for|upon|on)){0,8})(?:\s*\([A-Z][A-Za-z&]{1,7}\))?")
# a label naming seats in the plural ("Locality Chairs", "Partnership Leads"): one seat on each of several bodies
_SEATS_OF_MANY = lazy_compile(r"\b(?:Chairs|Chairmen|Chairpersons|Conveners|Leads|Leaders)$", re.I)


_GROUP_MARK = "\x00"  # in a block's body: a group label stood here


# a sitting named as a label over its own list ("Site Inspection Meeting on 9 September:", "Site visit:")
_MEETING_LABEL = lazy_compile(r"\b(?:Meeting|Site\s+(?:Visit|Inspection))\b", re.I)
_GROUP_WORDS = lazy_compile(r"\b(?:members?|chair(?:man|person)?|vice[- ]chair|officers?|officials|representatives|directors"
                            r"|governors|voting|partners?|executives?|non-executives?|independent|co-opted|trustees"
                            r"|councillors|others)\b", re.I)


_AGENDA_TITLE = lazy_compile(r"(?:\d{1,2}\.?\s+)?(?:Declarations?\s+of\s+(?:(?:Members|Councillors)['’]?\s+)?(?:Interests?|Pecuniary\s+Interests?)"
                             r"(?:\s+and\s+Dispensations)?|Matters\s+Arising|Any\s+Other\s+Business"
                             r"|(?:Points|Summary|Notes?)\s+of\s+(?:the\s+)?Discussion|Discussion\s+Points"
                             # a parish's public session item, empty or not ("Public Participation – None.")
                             r"|Public\s+(?:Participation|Questions?|Question\s+Time|Forum|Session)"
                             # a government page's opening item and its items' heading ("Welcome, apologies and
                             # introduction", "Items and actions")
                             r"|Welcome(?:(?:\s*,\s*|\s+and\s+)(?:apologies|introductions?)){1,2}|Items\s+and\s+actions)\s*:?"
                             r"(?:\s*[–-]\s*(?:None|Nil)\.?)?", re.I)


_FOOTNOTE_CELL = lazy_compile(r"^\(?\d{1,2}\)$|^\*+$")


_NARRATIVE_VERB = lazy_compile(r"\b(?:was|were|is|are|had|has|have|welcomed|introduced|noted|opened|confirmed|asked|said"
                               r"|reported|thanked|agreed|advised|declared|presented|gave|provided|explained|joined|left"
                               r"|arrived|chaired|acted|took|received|considered|resolved)\b")
# a sentence closed by what its people did at the meeting ("… joined the meeting via Teams.", "… observed the
# meeting."): narrative after a list, however many names and bodies it opens with
# ("A (representing the Clerk) and B (representing the Engineers) were in attendance.": a sentence of its own after a
# list of those present, read by the sentence patterns, not as the list's last row; a comma list ending "… was in
# attendance." under an "In Attendance" heading is still the block's row)
_MEETING_SENTENCE_END = lazy_compile(r"\b(?:joined|observed|attended|left|arrived\s+at)\s+the\s+meeting\b[^,;]*\.$"
                                     r"|^[^,;]*\s(?:was|were)\s+(?:also\s+)?in\s+attendance\.$")
# the record of a motion ("Councillor A Moved, Councillor B Seconded and the Council"): who moved a motion is not
# thereby listed as attending; the verb is written title case in some minutes, so it is read in either case
_MOTION_VERB = lazy_compile(r"\b(?:[Mm]oved|[Ss]econded|MOVED|SECONDED)\b")


# "Agenda Item | Officer Attending" under "Part of meeting:": the officers who came for one item each, a row per item
_ITEM_HEADERS = {"agenda item", "item", "item no", "minute", "minute no"}
_ATTENDING_HEADERS = {"officer attending", "officers attending", "attending", "in attendance", "officer", "officers"}


def _item_attending_header(line: str) -> bool:
    """The header row of an item-by-item attendance table ("Agenda Item<TAB>Officer Attending")."""
    cells = [c.strip().lower().rstrip(".:") for c in line.split("\t") if c.strip()]
    return len(cells) == 2 and cells[0] in _ITEM_HEADERS and cells[1] in _ATTENDING_HEADERS


_AGENDA_HEADER_CELLS = {"item", "items", "no", "minute", "minute no", "agenda item",
                        # the minute number's column, abbreviated ("Min No<TAB>Minute")
                        "min", "min no", "min. no", "minute number", "minute ref", "min ref", "description", "decision",
                        "decisions", "action", "actions", "subject", "title", "page", "report", "lead", "owner",
                        "by whom", "deadline", "paper", "purpose", "presenter", "time", "ref", "reference",
                        # an action-notes table ("Agenda Item<TAB>Discussion Points<TAB>Agreed Action")
                        "action by", "discussion", "discussion points", "agreed action", "agreed actions", "outcome",
                        "action required", "action points", "agenda items"}


_PROSE_START = lazy_compile(r"(?:The|It|This|There|These|All|He|She|They|We|Members|In|At|On|Following|A|An)\s+[a-z]")


_BULLET = lazy_compile(r"^[ \t]*(?:[•·▪◦‣*]|o(?=[ \t]+[A-Z])|-(?=[ \t])|–(?=[ \t]))[ \t]*")


# a label after the end of a sentence on the same line: "…, Christine Tully. Guest: Ann Oliffe (Salvation Army.)",
# "… John Lavery. By invitation – Cynthia Dunn", "… & Mr Ifan Jones (Clerk). Also: County Councilor Mr Huw Wyn" (a bare
# "Also:" adds more people to the block it is in, under its status)
# ("… and Ian Danaher. Representatives Attending: Cllr A Hunt (TCBC) …": a group's label run on after the last list;
# capitalised any way: "… at 7.30 p.m. PRESENT: Cllr A Lee; …", "… Cllr B Hay. Also Present: …", as a PDF's
# paragraph runs the title, the lists and the first item together)
_MIDLINE = lazy_compile(r"(?<=[.;])[ \t]+(?=(?=[A-Z])(?i:Present|Also present|In attendance|Apologies|Absent|Sederunt|Guests?"
                        r"|Visitors?|Observers?|By invitation|Also attending)[ \t]*(?::-?|[–—-][ \t])|Also:"
                        r"|(?:[A-Z][a-z]+[ \t]+){1,2}(?:Attending|Present|in[ \t]+[Aa]ttendance)[ \t]*:)")


# a label run on after the last name of the list before it, in a PDF paragraph whose lists have no closing stop, its
# colon followed by a dash: "… Stewart Singer and Yvonne Oliver Apologies: - Jeff Goodhall, … Members of Public: - …",
# "… Vikki Salas West Cumbria Rivers Trust Officers in Attendance: - Anthony Lane …" (the ": -" marks a label; prose
# does not write it)
# (once one such label is found, the paragraph's later labels may have the colon alone, and any one capitalised word
# before a colon is the next label, ending the list: "… Richard Elliott Councillors: Cllr Hassan, … and Cllr Adam
# Police: None Minutes of …")
_RUN_ON_LABELS = (r"(?:Present|Also\s+present|In\s+attendance|Attendees|Attending|Apologies|Absent|Visitors?|Observers?|Guests?"
                  r"|Members\s+of\s+(?:the\s+)?[Pp]ublic|Councillors|Officers(?:\s+in\s+[Aa]ttendance)?)[ \t]*:")
_DASHED_LABEL_RUN_ON = lazy_compile(r"(?<=[\w)])[ \t]+(?=" + _RUN_ON_LABELS + r"[ \t]*-(?![\w-]))")
_LABEL_RUN_ON = lazy_compile(r"(?<=[\w)])[ \t]+(?=" + _RUN_ON_LABELS + r"[ \t]*(?:-(?![\w-])|(?=[ \t]*[A-Z]))"
                             r"|[A-Z][a-z]+:[ \t])")

# the next numbered item after the full stop ending a heading's list, in the same PDF paragraph: "Also present: Ward
# Cllr A Lee; B Hay (Clerk). Minutes: 1. Apologies for Absence were received from …"
_ITEM_AFTER_LIST = lazy_compile(r"(?<=[a-z)]\.)[ \t]+(?=(?:Minutes[ \t]*:[ \t]*)?\d{1,2}\.[ \t]+[A-Z])")


# a sentence of attendance after the full stop ending a heading's list, on the same line: "Present: Cllrs Dee and
# Fry. County Councillor Ann Lee was in attendance …", "… Also in attendance for part of the meeting was …"
# "… and the clerk A. Brown. There were apologies from Councillors …": the apologies' own sentence after the list
_SENTENCE_AFTER_LIST = lazy_compile(r"(?<=[a-z]\.)[ \t]+(?=[A-Z][^.\n]{0,120}?\b(?:was|were)\s+(?:also\s+)?(?:in\s+attendance|present)\b"
                                    r"|Also\s+(?:in\s+attendance|present)\s+(?:for|was|were)\b"
                                    r"|There\s+(?:were|was)\s+apologies\b|Apologies\s+(?:for\s+absence\s+)?(?:were|was)\s+received\b)")


# the body's verdict on the apologies after the list's full stop, on the same line: "… and Cllr H Dee (leave). The
# meeting accepted these as proper reasons for non-attendance." (no name of the list, no role of its last name)
_VERDICT_AFTER_LIST = lazy_compile(r"(?<=[a-z)]\.)[ \t]+(?=(?:The|These|Those|All|Such)\s[^.\n]{0,60}?\b(?:accepted|approved|noted|agreed)\b)")


# "Councillor D. Lee (chairman), who presided, Councillors …": the chair's clause, no role (the bracket says it)
_PRESIDING_CLAUSE = lazy_compile(r"who\s+(?:presided|was\s+in\s+the\s+chair|took\s+the\s+chair)", re.I)


# a board's vote on a motion: its verdict or a tally's label ("Motion Carried", "Ayes: …", "Nays: None")
_VOTE_LINE = lazy_compile(r"(?:the\s+)?motion\s+(?:was\s+)?(?:carried|passed|failed|defeated)\b|carried(?:\s+unanimously)?\.?$"
                          r"|(?:ayes|nays|yeas|noes)\s*:|vote\s+was\s+as\s+follows\b", re.I)


# the rest of a heading's sentence run onto the line under it: "2 Apologies" / "were received from: Councillors …"
_HEADING_TAIL = lazy_compile(r"(?:for absence )?(?:were |was |have been |had been )?received from\b[ \t]*:?[ \t]*")


_INTRODUCTIONS_ITEM = lazy_compile(r"[ \t]*(?:\d{1,2}\.?[ \t]+)?(?:Welcome(?:,? (?:and|&) (?:introductions?|apologies))?"
                                   r"|Introductions?)[ \t]*:?[ \t]*$", re.I)


_ROLE_BEFORE_NAME = lazy_compile(r"^(?P<role>(?:Vice[- ]|Deputy |Co-)?(?:Chairman|Chair|Chairperson|Convener|Leader|"
                                 r"Mayor|Provost|Clerk)) +(?=(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof|Professor)\b)")


_NAME_WORD = lazy_compile(r"[A-Z][a-z][\w'’-]*$")


_INITIAL_WORD = lazy_compile(r"[A-Z]\.?$")


_DATE_CELL = lazy_compile(r"^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?[ -][A-Za-z]{3,9}(?:[ -]\d{2,4})?"
                          r"|[A-Za-z]{3,9}[ -]\d{2,4})$")


_STATUS_HEADERS = {"present", "attendance", "attended", "status", "apologies", "present/apologies", "in attendance",
                   "attendance status", "y/n", "p/a"}


_NAME_HEADERS = {"name", "names", "member", "members", "attendee", "attendees", "board member", "board members",
                 "voting members", "non voting members"}


_ROLE_HEADERS = {"role", "roles", "title", "position", "designation", "job title", "role/title"}


_ORG_HEADERS = {"organisation", "organization", "representing", "body", "agency", "organisation/role"}


_CELL_STATUS = {
    "y": "present", "yes": "present", "✓": "present", "✔": "present", "√": "present", "ü": "present",
    "p": "present", "present": "present", "attended": "present", "a": "apologies", "apols": "apologies",
    "apol": "apologies", "apologies": "apologies", "apology": "apologies", "sent apologies": "apologies",
    "n": "absent", "no": "absent", "absent": "absent", "dna": "absent", "did not attend": "absent",
    "x": "absent", "✗": "absent", "s": "substitute", "sub": "substitute", "substitute": "substitute",
    "deputy": "substitute", "d": "substitute", "ia": "in_attendance", "in attendance": "in_attendance",
}
# ModernGov's attendance page writes its values in words ("Expected", "Present as substitute", "Present, virtual")
_CELL_STATUS.update((k, v) for k, (v, _) in MODERNGOV_STATUS.items() if v and k not in _CELL_STATUS)


_ROLE_ACRONYMS = {"CEO", "CFO", "COO", "CIO", "CNO", "NED", "DPH", "DASS", "DCS", "GP", "MP", "MSP", "MS", "AM", "SRO",
                  # officers' posts written short ("Mr D Lee - SPO": a senior probation officer; a police community
                  # support officer, a senior information risk owner, a data protection officer)
                  "SPO", "PCSO", "SIRO", "DPO"}
# a chair's or vice-chair's post written short in a bracket after the name ("Mr Barker (Ch)", "Mr Hirst (VCh)")
_CHAIR_CODES = {"Ch", "VCh", "DCh", "Vch"}


# "(Seacombe LCP)", "(Northvale PCN)": a place and a body's acronym in a bracket, not a substitute's name
_PLACE_ACRONYM = lazy_compile(r"(?:[A-Z][a-z][\w'’-]*\s+){1,3}[A-Z]{2,4}")


_ORG_THEN_ROLE = lazy_compile(
    r"(?P<org>.*?\b(?:Council|Trust|CCG|ICB|Service|Services|Board|Group|Police|University|Healthwatch|Partnership"
    r"|Government|Authority|Agency|Network|Forum|CVS|Parliament|Association|Alliance|Federation|Society))\s+(?P<role>(?:[A-Z][\w-]*\s+){0,3}(?:Member|Executive|Officer"
    r"|Director|Chair|Chairman|Manager|Lead|Representative|Co-[oO]rdinator|Coordinator|Commissioner|Secretary|Leader"
    # "B&NES Council Cabinet Assistant for Economic Development": the post's remit after it
    r"|Assistant)(?:\s+(?:for|of)\s+[A-Z][^,;()]*)?)$")


_ORG_AFTER_NAME = lazy_compile(r"\s*(?:[A-Z][\w&'’-]*\s+){0,3}(?:NHS|CCG|Council|Trust|Police|Constabulary|Healthwatch"
                               r"|University|College|Agency|Authority|Partnership|Association|Board|Group|Centre|Hospitals?"
                               r"|District|Borough|County|City)\b")


_STRONG_ORG_WORDS = lazy_compile(r"\b(?:Fire\s+(?:and|&)\s+Rescue|NHS|CCG|ICB|ICS|STP|PCT|UHB|IJB|HSCP|Council|Trust|Police|Constabulary|Healthwatch|University"
                                 r"|College|Agency|Authority|Ltd|Limited|CIC|Hospice|Corporation|Commission|Coleg|Prifysgol"
                                 r"|Partnership|Association|Alliance|Federation|Confederation|Society|Hospitals?|Board|Group|Centre|Cyngor|Bwrdd|Iechyd|Government"
                                 r"|Ymddiriedolaeth|Club|Friends)\b")


_PORTFOLIO_WORDS = {"environment", "housing", "planning", "finance", "health", "wellbeing", "transport", "economy",
                    "culture", "leisure", "education", "governance", "audit", "quality", "safeguarding", "adults",
                    "children", "communities", "resources", "strategy", "engagement", "involvement", "minutes",
                    "secretariat", "press", "staff", "public", "patient", "carer", "volunteer", "observer", "chair",
                    "vice", "deputy", "interim", "acting", "lay", "member", "members"}


_STATUS_WEIGHT = {"substitute": 8, "apologies": 2, "absent": 2, "present": 2, "in_attendance": 1, "expected": 0}


# Welsh words that open a post or a body ("Swyddog Polisi, Cyngor …", "Cyfarwyddwr Iechyd y Cyhoedd, Bwrdd …"): on a
# bilingual record the Welsh seat follows the name on one line and the English seat comes on the next
_WELSH_SEAT_WORDS = frozenset({
    "swyddog", "cyfarwyddwr", "dirprwy", "rheolwr", "cadeirydd", "is-gadeirydd", "prif", "pennaeth", "cyfreithiwr",
    "cyfreithwraig", "aelod", "cyngor", "llywodraeth", "bwrdd", "prifysgol", "cymdeithas", "comisiynydd",
    "ymgynghorydd", "uwch", "cynghorydd", "ysgrifennydd", "arweinydd", "gweinidog", "cynrychiolydd", "cydlynydd",
    "ymddiriedolaeth", "gwasanaethau", "gwasanaeth", "swyddfa", "canolfan", "cymorth", "cynorthwyol",
    "cyfarwyddwraig", "cadeiryddes", "ymchwilydd", "clerc", "cynghorwyr", "undeb", "coleg", "iechyd",
})
