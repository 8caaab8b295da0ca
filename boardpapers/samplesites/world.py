# Over 400 lines on purpose: the fictional world's records and the seeded builder that makes them, one source of ground truth.
"""A deterministic fictional world of boards, people, meetings, papers, attendance and decisions.

Everything comes from seeded ``random.Random`` instances and fixed dates, never the wall clock, so the same
seed gives the same world (and, through ``pdfs``, the same bytes) on every run. The sites in this package
only *render* this world; the ground truth the tests check is read from here, not from the rendered pages.
"""
from __future__ import annotations

import datetime as dt
import random
import textwrap
from dataclasses import dataclass, field

WORLD_NOW = dt.date(2020, 11, 20)  # the sites' "today": current-month views and current-year pages use it

# --- organisations -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Org:
    name: str  # canonical name, exactly as the gazetteer (extractors/data/fictional.csv) spells it
    type: str
    start: dt.date | None = None
    end: dt.date | None = None
    short: str | None = None  # how minutes sometimes write it

    def active(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


ORGS = {o.name: o for o in [
    Org("Northmere County Council", "council"),
    Org("Eastwold Borough Council", "council"),
    Org("Kingsbridge City Council", "council"),
    Org("NHS Northmere CCG", "ccg", dt.date(2013, 4, 1), dt.date(2018, 3, 31), "Northmere CCG"),
    Org("NHS Eastwold CCG", "ccg", dt.date(2013, 4, 1), dt.date(2018, 3, 31), "Eastwold CCG"),
    Org("NHS Northmere and Eastwold CCG", "ccg", dt.date(2018, 4, 1), dt.date(2022, 6, 30), "Northmere and Eastwold CCG"),
    Org("NHS Kingsbridge CCG", "ccg", dt.date(2013, 4, 1), None, "Kingsbridge CCG"),
    Org("Northmere and Eastwold STP", "stp", dt.date(2016, 3, 1), None, "the STP"),
    Org("Healthwatch Northmere", "healthwatch"),
    Org("Healthwatch Kingsbridge", "healthwatch"),
    Org("Healthwatch Eastwold", "healthwatch"),
    Org("Northmere Hospitals NHS Foundation Trust", "nhs_trust", short="Northmere Hospitals"),
    Org("Kingsbridge Community Health NHS Trust", "nhs_trust"),
    Org("Northmere Police", "police"),
    Org("Northmere Fire and Rescue Service", "fire"),
    Org("Northmere CVS", "voluntary"),
    Org("University of Northmere", "university"),
    Org("NHS England", "nhs_national"),
    Org("Public Health England", "nhs_national", None, dt.date(2021, 9, 30)),
]}
CCG_MERGER = dt.date(2018, 4, 1)

# --- people ------------------------------------------------------------------------------------------------

FEMALE = ["Jane", "Priya", "Alison", "Grace", "Helen", "Susan", "Ruth", "Fiona", "Claire", "Naomi", "Linda",
          "Hannah", "Margaret", "Joanne", "Catherine", "Bernadette", "Aisha", "Yvonne", "Elaine", "Sarah", "Tessa"]
MALE = ["Tom", "David", "Imran", "Mark", "Peter", "Andrew", "Kwame", "Robert", "Gareth", "Simon", "Oliver",
        "Daniel", "Raj", "Stuart", "Neil", "Colin", "Martin", "Hugh", "Dominic"]
FIRST = FEMALE + MALE
LAST = ["Ashworth", "Raman", "Pickering", "Dobson", "Okafor", "Hartley", "Malik", "Fenwick", "Thornton", "Lister",
        "Bhatia", "Dentith", "Crowther", "Wainwright", "Mensah", "Holroyd", "Kaur", "Brennan", "Sowerby", "Lamb",
        "Featherstone", "Quayle", "Nwosu", "Armitage", "Ellison", "Rudd", "Varley", "Higson", "Osei", "Metcalfe",
        "Pennington", "Clough", "Ibbotson", "Garside", "Whitely", "Nash", "Bellamy", "Oduya", "Tranter", "Yeadon"]


@dataclass(frozen=True)
class Person:
    pid: int
    title: str  # "Councillor", "Dr", "Mr", ...
    first: str
    last: str
    postnominal: str = ""

    @property
    def name(self) -> str:
        """Name with title, as most minutes and ModernGov print it."""
        tail = f" {self.postnominal}" if self.postnominal else ""
        return f"{self.title} {self.first} {self.last}{tail}"

    @property
    def short_name(self) -> str:
        """'Cllr J Ashworth' / 'Dr P Raman' style."""
        title = "Cllr" if self.title == "Councillor" else self.title
        return f"{title} {self.first[0]} {self.last}"

    @property
    def initials(self) -> str:
        return f"{self.first[0]}{self.last[0]}"

    @property
    def councillor(self) -> bool:
        return self.title == "Councillor"


class PeoplePool:
    """Hands out distinct fictional people from a seeded generator."""

    def __init__(self, rng: random.Random, start_pid: int = 1001):
        self.rng, self.next_pid, self.used = rng, start_pid, set()

    def new(self, councillor: bool = False) -> Person:
        while True:
            first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
            if (first, last) not in self.used:
                break
        self.used.add((first, last))
        if councillor:
            title = "Councillor"
        else:
            title = self.rng.choice(["Dr", "Dr", "Prof", "", "", "", ""]) or (
                "Mr" if first in MALE else self.rng.choice(["Mrs", "Ms", "Ms", "Miss"]))
        postnominal = "OBE" if self.rng.random() < 0.05 else ""
        self.next_pid += self.rng.randint(1, 37)
        return Person(self.next_pid, title, first, last, postnominal)


# --- boards, seats and attendance --------------------------------------------------------------------------


@dataclass
class Seat:
    """A place on a board, held by a succession of people, for one organisation (which may change)."""

    role: str  # "Clinical Chair", "Director of Public Health", ...
    orgs: list[tuple[str, dt.date | None]]  # (organisation, from) — the CCG seat switches at the merger
    member_type: str = "member"  # member | officer (in attendance) | co-opted
    chair: str = ""  # "Chair" / "Vice-Chair"
    councillor: bool = False
    years: tuple[int, ...] | None = None  # only these years (police attend only some years)
    start: dt.date | None = None
    attend_rate: float = 0.8
    holders: list[tuple[Person, dt.date]] = field(default_factory=list)  # (person, from)

    def org_on(self, day: dt.date) -> str:
        current = self.orgs[0][0]
        for name, start in self.orgs:
            if start is None or day >= start:
                current = name
        return current

    def holder_on(self, day: dt.date) -> Person:
        current = self.holders[0][0]
        for person, start in self.holders:
            if day >= start:
                current = person
        return current

    def active(self, day: dt.date) -> bool:
        if self.years is not None and day.year not in self.years:
            return False
        return self.start is None or day >= self.start


@dataclass
class Attendee:
    person: Person
    name: str  # with title
    role: str
    organisation: str  # canonical organisation name
    status: str  # present | apologies | absent | in_attendance | substitute
    substitute_for: str | None = None  # name of the member substituted
    qualifiers: list[str] = field(default_factory=list)  # "Chair", "part meeting"
    roledescription: str = "Committee Member"  # ModernGov's role vocabulary
    councillor: bool = False


@dataclass
class Item:
    number: str  # as printed ("1.", "53.", "77/21", "14.1")
    internal_number: int  # ModernGov's agendaitemnumber
    item_id: int  # mgAi.aspx?ID=
    title: str
    agenda_text: str
    minutes: list[str]  # minute paragraphs (without the decision)
    decision_style: str
    decisions: list[str]  # each "That ..." clause
    report_keys: list[str] = field(default_factory=list)

    def decision_lines(self) -> list[str]:
        """The decision as printed in the minutes, in this item's style."""
        d = self.decisions
        if not d:
            return []
        if self.decision_style == "RESOLVED_COLON":
            return ["RESOLVED:"] + d
        if self.decision_style == "RESOLVED_DASH":
            return [f"Resolved \u2013 {d[0]}"] + d[1:]
        if self.decision_style == "AGREED":
            return ["Agreed " + d[0][0].lower() + d[0][1:]] + d[1:]
        if self.decision_style == "NUMBERED":
            romans = ["(i)", "(ii)", "(iii)", "(iv)"]
            return ["RESOLVED:"] + [f"{romans[i]} {text}" for i, text in enumerate(d)]
        if self.decision_style == "NOTED":
            return ["RESOLVED that the report be noted."]
        return d


@dataclass
class Block:
    style: str  # title | h | text | line
    text: str


@dataclass
class Document:
    key: str  # unique across the world, e.g. "northmere-hwb/3456/minutes"
    site: str
    meeting_key: str
    type: str  # agenda | minutes | report | other
    title: str
    published: dt.date
    pages: list[list[Block]]
    layout: str = "text"  # text | two_column_attendance | image_only | html
    path: str = ""  # canonical URL path on its site (percent-encoded), set by the site module
    link_hrefs: list[str] = field(default_factory=list)  # other spellings of the URL used in links
    site_id: str | None = None  # attachment id / token
    version: int = 1
    withdrawn: bool = False
    withdrawn_initially: bool = False  # listed as "- WITHDRAWN" and served as 404 from the start
    override_bytes: bytes | None = None  # set by republish(new_bytes)
    last_modified: dt.datetime | None = None
    table_rows: list[tuple[str, str]] = field(default_factory=list)  # two-column attendance layout
    html: str | None = None  # for html minutes posts

    def page_texts(self) -> list[str]:
        return ["\n".join(b.text for b in page) for page in self.pages]


@dataclass
class WorldMeeting:
    key: str  # the site's meeting id (ModernGov MId, CMIS meeting id) or the ISO date for listing sites
    site: str
    date: dt.date
    time: str  # "10.00 am"
    status: str  # held | cancelled
    location: str
    attendees: list[Attendee] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    minutes_published: bool = True
    attendance_source: str | None = None  # "site" | "text" | None (not machine-readable)
    added: bool = False  # created by a mutation

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"

    def doc(self, type_: str) -> Document | None:
        return next((d for d in self.documents if d.type == type_), None)


@dataclass
class SiteWorld:
    key: str  # site key: northmere | kingsbridge | eastwold | nhs | extra ModernGov specs' keys
    kind: str  # moderngov | cmis | listing
    source_id: str
    organisation: str
    board_name: str
    board_type: str
    committee_id: int
    meetings: list[WorldMeeting]
    seats: list[Seat]
    options: dict = field(default_factory=dict)

    def meeting(self, key: str) -> WorldMeeting:
        return next(m for m in self.meetings if m.key == key)

    def documents(self) -> list[Document]:
        return [d for m in self.meetings for d in m.documents]


# --- text ----------------------------------------------------------------------------------------------------

PHRASES = {
    # phrase -> where it is planted (site, meeting date, document type, page); the truth records what happened
    "social prescribing pilot for Eastwold": [("eastwold", "2019-07-09", "report", 2),
                                              ("northmere", "2019-04-18", "report", 3),
                                              ("nhs", "2019-09-16", "minutes", 2)],
    "Kingsbridge air quality action plan": [("kingsbridge", "2018-07-17", "report", 2)],
    "delayed transfers of care trajectory": [("northmere", "2017-10-19", "report", 2)],
    "Northmere health inequalities compact": [("northmere", "2016-07-21", "minutes", 2)],
    "primary care networks in Eastwold": [("eastwold", "2020-01-14", "minutes", 1),
                                         ("nhs", "2019-12-09", "report", 3)],
}

SENTENCES = [
    "The Board noted the continued pressure on acute hospital beds over the winter period.",
    "Partners were asked to confirm their contributions to the pooled budget before the end of the quarter.",
    "The Joint Strategic Needs Assessment highlighted a widening gap in healthy life expectancy between wards.",
    "Members welcomed the increase in uptake of the NHS Health Check programme among men aged 40 to 74.",
    "The report sets out the performance of the Better Care Fund against the four national metrics.",
    "Officers explained that the figures for the latest quarter remain provisional and subject to validation.",
    "A workshop will be held with voluntary sector partners to co-produce the next iteration of the strategy.",
    "Childhood obesity at reception age remains above the regional average in three of the five localities.",
    "The housing adaptations programme has reduced the average waiting time for a minor adaptation to six weeks.",
    "Members asked how the plan would address the needs of carers, including young carers.",
    "The estates workstream will report on the consolidation of community clinic sites in the spring.",
    "Smoking prevalence among adults has fallen, although rates in routine and manual occupations remain high.",
    "The mental health crisis line has handled more calls than forecast since its launch.",
    "Workforce shortages in domiciliary care continue to limit the pace of hospital discharge.",
    "The digital care record will allow clinicians in primary and secondary care to see the same information.",
    "Healthwatch reported feedback from residents about difficulties in obtaining routine GP appointments.",
    "The Board agreed that future reports should include measures of outcome as well as activity.",
    "Funding for the programme is non-recurrent and an exit strategy will be needed by March.",
    "The suicide audit identified middle-aged men as the group at highest risk in the county.",
    "Immunisation rates for the second dose of MMR at five years have improved but remain below 95 per cent.",
    "Partners discussed how the prevention agenda could be embedded in every organisation's operational plans.",
    "The financial position across the system shows a combined deficit which the recovery plan seeks to close.",
    "Members requested a breakdown of the data by locality for the next meeting.",
    "Engagement events were held in libraries, community centres and GP surgeries across the area.",
]

TOPICS_HWB = [
    ("Better Care Fund Plan", "Director of Adult Social Services"),
    ("Joint Strategic Needs Assessment", "Director of Public Health"),
    ("Joint Health and Wellbeing Strategy Refresh", "Director of Public Health"),
    ("Pharmaceutical Needs Assessment", "Director of Public Health"),
    ("Annual Report of the Director of Public Health", "Director of Public Health"),
    ("Healthwatch Annual Report", "Chief Executive, Healthwatch"),
    ("Children and Young People's Mental Health Transformation Plan", "Director of Children's Services"),
    ("Winter Planning and System Resilience", "Accountable Officer"),
    ("Suicide Prevention Strategy", "Director of Public Health"),
    ("Safeguarding Adults Board Annual Report", "Independent Chair"),
    ("Social Prescribing", "Head of Commissioning"),
    ("Air Quality and Health", "Director of Public Health"),
]
TOPICS_STP = [("Sustainability and Transformation Plan Update", "STP Senior Responsible Officer")]
TOPICS_ICS = [("Integrated Care System Development", "STP Senior Responsible Officer")]
TOPICS_COVID = [("COVID-19 Local Outbreak Management Plan", "Director of Public Health")]
TOPICS_CCG = [
    ("Finance Report", "Chief Finance Officer"),
    ("Quality and Performance Report", "Director of Nursing and Quality"),
    ("Commissioning Intentions", "Director of Commissioning"),
    ("Board Assurance Framework", "Head of Corporate Affairs"),
    ("Primary Care Commissioning Committee Report", "Director of Primary Care"),
    ("Social Prescribing", "Director of Commissioning"),
]
TOPICS_CCG_MERGER = [("Proposed Merger of NHS Northmere CCG and NHS Eastwold CCG", "Accountable Officer")]

DECISION_POOL = [
    "That the report be noted.",
    "That the Board approves the plan for submission to NHS England.",
    "That progress against the action plan be reported to the Board in six months.",
    "That the Director of Public Health be asked to circulate the locality data to members.",
    "That the refreshed strategy be endorsed and recommended to partner organisations for adoption.",
    "That delegated authority be given to the Chair to agree the final submission.",
    "That the Board supports the proposals set out in section 4 of the report.",
    "That the comments of the Board be forwarded to the consultation.",
]

_NBSP_MARK = "\u0001"  # protects planted phrases from being split across wrapped lines


def wrap(text: str, width: int = 92) -> list[str]:
    protected = text
    for phrase in PHRASES:
        protected = protected.replace(phrase, phrase.replace(" ", _NBSP_MARK))
    return [line.replace(_NBSP_MARK, " ") for line in textwrap.wrap(protected, width)] or [""]


LINE_HEIGHT = {"title": 9.0, "h": 7.0, "text": 5.0, "line": 5.0, "gap": 3.0}
PAGE_BUDGET = 245.0  # mm of lines per A4 page (leaves room for margins and the footer)


def paginate(blocks: list[Block], min_pages: int = 1) -> list[list[Block]]:
    """Lay blocks out on pages: paragraphs are wrapped to lines and never split across pages."""
    pages: list[list[Block]] = [[]]
    used = 0.0
    for block in blocks:
        if block.style == "pagebreak":
            pages.append([])
            used = 0.0
            continue
        lines = [Block(block.style, line) for line in (wrap(block.text) if block.style == "text" else [block.text])]
        need = sum(LINE_HEIGHT[b.style] for b in lines) + LINE_HEIGHT["gap"]
        if used + need > PAGE_BUDGET and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].extend(lines)
        used += need
    while len(pages) < min_pages:
        pages.append([])
    return pages


def long_date(day: dt.date, style: str = "ordinal") -> str:
    """'Thursday, 18th April, 2019' (ordinal) or 'Thursday 18 April 2019' (plain)."""
    if style == "ordinal":
        n = day.day
        suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{day:%A}, {n}{suffix} {day:%B}, {day.year}"
    return f"{day:%A} {day.day} {day:%B} {day.year}"


# --- the builder -------------------------------------------------------------------------------------------


@dataclass
class BoardPlan:
    """What distinguishes one board: its site, its members and its meeting pattern."""

    site: str
    kind: str
    source_id: str
    organisation: str
    board_name: str
    board_type: str
    committee_id: int
    weekday: int  # 0 = Monday
    months: dict[int, tuple[int, ...]]  # year -> months with a meeting
    anchors: tuple[dt.date, ...]  # dates that must be meeting dates (the reference's examples)
    cancelled: tuple[dt.date, ...]
    time: str
    location: str
    meeting_id_start: int
    minute_style: str  # how this board's minutes write attendance
    numbering: str  # "plain" (1.), "running" (53.), "slash" (77/21), "dotted" (14.1)
    seats: list[Seat] = field(default_factory=list)
    seed: int = 0


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    day = dt.date(year, month, 1)
    day += dt.timedelta(days=(weekday - day.weekday()) % 7)
    return day + dt.timedelta(weeks=nth - 1)


class WorldBuilder:
    def __init__(self, seed: int = 2016):
        self.seed = seed
        self.people = PeoplePool(random.Random(seed))

    # seats ---------------------------------------------------------------------------------------------
    def _fill(self, seats: list[Seat], rng: random.Random) -> list[Seat]:
        for seat in seats:
            seat.holders.append((self.people.new(seat.councillor), dt.date(2013, 1, 1)))
            # turnover: some seats change hands once or twice over the period
            for year in (2016, 2018, 2019):
                if rng.random() < 0.3:
                    seat.holders.append((self.people.new(seat.councillor), dt.date(year, 5, rng.randint(1, 28))))
        return seats

    def hwb_seats(self, council: str, ccg_before: str, ccg_after: str, healthwatch: str, trust: str,
                  rng: random.Random, police_years=(), fire=False, university=False, stp=True) -> list[Seat]:
        seats = [
            Seat("Leader of the Council", [(council, None)], chair="Chair", councillor=True, attend_rate=0.9),
            Seat("Cabinet Member for Adult Social Care", [(council, None)], councillor=True),
            Seat("Cabinet Member for Children's Services", [(council, None)], councillor=True, attend_rate=0.7),
            Seat("Opposition Member", [(council, None)], councillor=True, attend_rate=0.65),
            Seat("Director of Public Health", [(council, None)]),
            Seat("Director of Adult Social Services", [(council, None)], attend_rate=0.75),
            Seat("Director of Children's Services", [(council, None)], attend_rate=0.7),
            Seat("Clinical Chair", [(ccg_before, None), (ccg_after, CCG_MERGER)], chair="Vice-Chair"),
            Seat("Accountable Officer", [(ccg_before, None), (ccg_after, CCG_MERGER)], attend_rate=0.7),
            Seat("Chief Executive", [(healthwatch, None)], member_type="co-opted", attend_rate=0.85),
            Seat("Chief Executive", [(trust, None)], attend_rate=0.6),
            Seat("Director of Commissioning Operations", [("NHS England", None)], attend_rate=0.5),
            Seat("Centre Director", [("Public Health England", None)], member_type="officer",
                 start=dt.date(2017, 1, 1), attend_rate=0.6),
        ]
        if stp:
            seats.append(Seat("STP Senior Responsible Officer", [("Northmere and Eastwold STP", None)],
                              member_type="officer", start=dt.date(2016, 7, 1), attend_rate=0.6))
        if police_years:
            seats.append(Seat("Chief Superintendent", [("Northmere Police", None)], years=tuple(police_years),
                              attend_rate=0.7))
        if fire:
            seats.append(Seat("Area Manager, Prevention", [("Northmere Fire and Rescue Service", None)],
                              member_type="co-opted", attend_rate=0.55))
        if university:
            seats.append(Seat("Pro Vice-Chancellor", [("University of Northmere", None)], member_type="co-opted",
                              start=dt.date(2019, 1, 1), attend_rate=0.6))
        seats.append(Seat("Chief Executive", [("Northmere CVS", None)], member_type="co-opted", attend_rate=0.7))
        seats.append(Seat("Democratic Services Officer", [(council, None)], member_type="officer",
                          attend_rate=1.0))
        return self._fill(seats, rng)

    def ccg_seats(self, rng: random.Random) -> list[Seat]:
        before, after = "NHS Northmere CCG", "NHS Northmere and Eastwold CCG"
        ccg = [(before, None), (after, CCG_MERGER)]
        seats = [
            Seat("Clinical Chair", list(ccg), chair="Chair", attend_rate=0.95),
            Seat("Accountable Officer", list(ccg), attend_rate=0.9),
            Seat("Chief Finance Officer", list(ccg), attend_rate=0.9),
            Seat("Lay Member for Governance", list(ccg), chair="Vice-Chair", attend_rate=0.85),
            Seat("Lay Member for Patient and Public Involvement", list(ccg), attend_rate=0.8),
            Seat("GP Member, North Locality", list(ccg), attend_rate=0.75),
            Seat("GP Member, Eastwold Locality", [(after, CCG_MERGER)], start=CCG_MERGER, attend_rate=0.75),
            Seat("Director of Nursing and Quality", list(ccg), attend_rate=0.8),
            Seat("Secondary Care Doctor", list(ccg), attend_rate=0.6),
            Seat("Director of Public Health", [("Northmere County Council", None)], member_type="officer",
                 attend_rate=0.6),
            Seat("Chief Executive", [("Healthwatch Northmere", None)], member_type="officer", attend_rate=0.6),
            Seat("Executive Assistant to the Governing Body / Minute Taker", list(ccg), member_type="officer",
                 attend_rate=1.0),
        ]
        return self._fill(seats, rng)

    # attendance ------------------------------------------------------------------------------------------
    def attendance(self, seats: list[Seat], day: dt.date, rng: random.Random, allow_absent: bool) -> list[Attendee]:
        out: list[Attendee] = []
        for seat in seats:
            if not seat.active(day):
                continue
            person, org = seat.holder_on(day), seat.org_on(day)
            if org in ORGS and not ORGS[org].active(day):
                continue
            quals = [seat.chair] if seat.chair else []
            roledesc = seat.chair or ("Officer" if seat.member_type == "officer" else
                                      "Co-opted Member" if seat.member_type == "co-opted" else "Committee Member")
            base = dict(person=person, name=person.name, role=seat.role, organisation=org,
                        roledescription=roledesc, councillor=seat.councillor)
            roll = rng.random()
            if seat.member_type == "officer":
                if roll < seat.attend_rate:
                    out.append(Attendee(status="in_attendance", qualifiers=quals, **base))
                continue
            if roll < seat.attend_rate:
                if rng.random() < 0.06:
                    quals = quals + ["part meeting"]
                out.append(Attendee(status="present", qualifiers=quals, **base))
            elif allow_absent and roll > 0.97:
                out.append(Attendee(status="absent", qualifiers=quals, **base))
            else:
                out.append(Attendee(status="apologies", qualifiers=quals, **base))
                if rng.random() < 0.45:  # a substitute from the same organisation
                    sub = self.people.new(seat.councillor)
                    out.append(Attendee(person=sub, name=sub.name, role=seat.role if not seat.councillor else
                                        "Substitute Member", organisation=org, status="substitute",
                                        substitute_for=person.name, roledescription="Substitute",
                                        councillor=seat.councillor))
        return out

    # items, decisions, documents ----------------------------------------------------------------------------
    def items(self, plan: BoardPlan, day: dt.date, rng: random.Random, counter: list[int], item_ids: list[int]):
        topics = list(TOPICS_CCG if plan.board_type == "ccg" else TOPICS_HWB)
        if day.year >= 2016:
            topics += TOPICS_STP
        if day.year >= 2019:
            topics += TOPICS_ICS
        if day.year == 2020:
            topics += TOPICS_COVID * 3
        if plan.board_type == "ccg" and day.year == 2017:
            topics += TOPICS_CCG_MERGER * 3
        rng.shuffle(topics)
        unique = list(dict.fromkeys(topics))  # weighting repeats a topic; a meeting takes it once
        chosen = unique[: rng.randint(2, 3)]
        # planted phrases need a report / minutes on a given date: make sure the topic is there
        standing = [("Apologies for Absence and Substitutions", None), ("Declarations of Interest", None),
                    ("Minutes of the Previous Meeting", None)]
        if plan.board_type == "ccg":
            standing = [("Welcome and Apologies", None), ("Declarations of Interest", None),
                        ("Minutes of the Previous Meeting and Action Log", None)]
        all_items = standing + chosen + [("Date of Next Meeting", None)]
        items = []
        for index, (title, author) in enumerate(all_items, start=1):
            counter[0] += 1
            item_ids[0] += rng.randint(1, 9)
            number = self._number(plan.numbering, index, counter[0], day)
            if author is None:
                minutes, decisions, style = self._standing_minutes(title, rng), [], "NONE"
                if title.startswith("Minutes"):
                    decisions, style = ["That the minutes of the meeting held on the previous date be agreed "
                                        "as a correct record and signed by the Chair."], "RESOLVED_COLON"
            else:
                minutes = [f"The Board considered a report of the {author} on the {title}.",
                           " ".join(rng.sample(SENTENCES, 3)), " ".join(rng.sample(SENTENCES, 2))]
                style = rng.choice(["RESOLVED_COLON", "RESOLVED_DASH", "AGREED", "NUMBERED", "NOTED"])
                n = 1 if style in ("RESOLVED_DASH", "AGREED", "NOTED") else rng.randint(2, 3)
                decisions = ["That the report be noted."] if style == "NOTED" else rng.sample(DECISION_POOL, n)
            items.append(Item(number=number, internal_number=index, item_id=item_ids[0], title=title,
                              agenda_text=(f"To consider the report of the {author}." if author else
                                           "To receive apologies and notification of substitutes."
                                           if title.startswith(("Apologies", "Welcome")) else ""),
                              minutes=minutes, decision_style=style, decisions=decisions))
            items[-1]._author = author  # type: ignore[attr-defined]
        return items

    @staticmethod
    def _number(style: str, index: int, running: int, day: dt.date) -> str:
        if style == "running":
            return f"{running}."
        if style == "slash":
            return f"{running}/{day.year % 100:02d}"
        if style == "dotted":
            return f"{index + 10}.{1}" if index == 4 else f"{index + 10}."
        return f"{index}."

    @staticmethod
    def _standing_minutes(title: str, rng: random.Random) -> list[str]:
        if title.startswith("Declarations"):
            return ["There were no declarations of interest." if rng.random() < 0.7 else
                    "Dr members declared a standing interest as general practitioners in the area."
                    .replace("Dr members", "GP members")]
        if title.startswith("Date of Next"):
            return ["The next meeting of the Board will be held on a date to be confirmed."]
        if title.startswith(("Apologies", "Welcome")):
            return ["Apologies and substitutions were noted as recorded above."]
        return ["The minutes of the previous meeting were considered."]


# --- the world -----------------------------------------------------------------------------------------------


@dataclass
class World:
    seed: int
    sites: dict[str, SiteWorld]

    def all_documents(self) -> list[Document]:
        return [d for s in self.sites.values() for d in s.documents()]

    def document(self, key: str) -> Document:
        for doc in self.all_documents():
            if doc.key == key:
                return doc
        raise KeyError(key)


def standard_plans() -> list[BoardPlan]:
    years = range(2015, 2021)
    return [
        BoardPlan("northmere", "moderngov", "northmere-hwb", "Northmere County Council",
                  "Health and Wellbeing Board", "hwb", 142, 3,
                  {y: (1, 4, 7, 10) if y in (2016, 2017, 2019) else (1, 4, 10) for y in years},
                  (dt.date(2019, 4, 18), dt.date(2017, 10, 19), dt.date(2016, 7, 21)),
                  (dt.date(2018, 1, 18), dt.date(2020, 4, 16)), "10.00 am",
                  "Committee Room 1, County Hall, Northmere, NM1 2QF", 3101, "modgov_northmere", "plain"),
        BoardPlan("kingsbridge", "moderngov", "kingsbridge-hwb", "Kingsbridge City Council",
                  "Health and Wellbeing Board", "hwb", 573, 1,
                  {y: (1, 7) if y != 2018 else (1, 3, 7) for y in years},
                  (dt.date(2020, 1, 21), dt.date(2018, 7, 17)), (dt.date(2016, 7, 19),), "2.00 pm",
                  "Council Chamber, Kingsbridge Guildhall, KB1 1AA", 10450, "modgov_kingsbridge", "running"),
        BoardPlan("eastwold", "cmis", "eastwold-hwb", "Eastwold Borough Council",
                  "Health and Wellbeing Board", "hwb", 4, 1,
                  {y: (1, 7) if y != 2017 else (3, 7, 11) for y in years},
                  (dt.date(2019, 7, 9), dt.date(2020, 1, 14)), (dt.date(2020, 3, 10),), "11:00",
                  "Meeting Room 2, Eastwold Civic Centre, Market Street, Eastwold", 15011, "cmis_eastwold", "slash"),
        BoardPlan("nhs", "listing", "northmere-eastwold-ccg-gb", "NHS Northmere and Eastwold CCG",
                  "Governing Body", "ccg", 0, 0,
                  {2016: (3, 9), 2017: (3, 10), 2018: (5, 11), 2019: (3, 9, 12), 2020: (3, 10)},
                  (dt.date(2017, 10, 16), dt.date(2019, 9, 16), dt.date(2019, 12, 9)), (), "1.30 pm",
                  "Boardroom, Northmere House, 4 Riverside Way, Northmere", 0, "listing_ccg", "dotted"),
        # A CMIS portal as Birmingham runs it (menu, list view, day-cell month rows, several document lists).
        # Its minutes carry no attendance block: the attendance truths stay those of the boards above.
        BoardPlan("westbrook", "cmis", "westbrook-hwb", "Westbrook Metropolitan Borough Council",
                  "Health and Wellbeing Board", "hwb", 12, 1,
                  {2019: (3, 7, 11), 2020: (3, 9)}, (dt.date(2019, 7, 9),), (dt.date(2020, 3, 17),), "14:00",
                  "Committee Room 6, Westbrook Council House", 15200, "none", "plain"),
        # A Jadu council site: board page with year accordions and ?page=2, one page per meeting.
        BoardPlan("ashby", "listing", "ashby-hwb", "Ashby Vale District Council",
                  "Health and Wellbeing Board", "hwb", 0, 1,
                  {2019: (6, 12), 2020: (6, 12)}, (dt.date(2020, 12, 8),), (), "2.00 pm",
                  "Ashby Vale Civic Offices", 0, "none", "plain"),
    ]


def _meeting_dates(plan: BoardPlan) -> list[dt.date]:
    dates = set()
    for year, months in plan.months.items():
        for month in months:
            anchor = next((a for a in plan.anchors if (a.year, a.month) == (year, month)), None)
            dates.add(anchor or _nth_weekday(year, month, plan.weekday, 3))
    for anchor in plan.anchors:
        if not any((d.year, d.month) == (anchor.year, anchor.month) for d in dates):
            dates.add(anchor)
    for cancelled in plan.cancelled:
        dates.add(cancelled)
    return sorted(dates)


def build_board(builder: WorldBuilder, plan: BoardPlan) -> SiteWorld:
    from boardpapers.samplesites import content  # documents are laid out there

    rng = random.Random(f"{builder.seed}:{plan.site}:{plan.seed}")
    if plan.board_type == "ccg":
        seats = builder.ccg_seats(rng)
    elif plan.site == "kingsbridge":
        seats = builder.hwb_seats("Kingsbridge City Council", "NHS Kingsbridge CCG", "NHS Kingsbridge CCG",
                                  "Healthwatch Kingsbridge", "Kingsbridge Community Health NHS Trust", rng, stp=False)
    elif plan.site == "eastwold":
        seats = builder.hwb_seats("Eastwold Borough Council", "NHS Eastwold CCG", "NHS Northmere and Eastwold CCG",
                                  "Healthwatch Eastwold", "Northmere Hospitals NHS Foundation Trust", rng,
                                  police_years=(2017, 2018))
    elif plan.site == "northmere":
        seats = builder.hwb_seats("Northmere County Council", "NHS Northmere CCG", "NHS Northmere and Eastwold CCG",
                                  "Healthwatch Northmere", "Northmere Hospitals NHS Foundation Trust", rng,
                                  police_years=(2016, 2019), fire=True, university=True)
    else:  # an extra ModernGov board for a council the tests have "never seen"
        seats = builder.hwb_seats(plan.organisation, "NHS Kingsbridge CCG", "NHS Kingsbridge CCG",
                                  "Healthwatch Kingsbridge", "Kingsbridge Community Health NHS Trust", rng, stp=False)
    site = SiteWorld(plan.site, plan.kind, plan.source_id, plan.organisation, plan.board_name, plan.board_type,
                     plan.committee_id, [], seats, {"plan": plan})
    meeting_id = plan.meeting_id_start
    counter, item_ids = [rng.randint(10, 40)], [rng.randint(20000, 60000)]
    dates = _meeting_dates(plan)
    for index, day in enumerate(dates):
        meeting_id += rng.randint(3, 60)
        cancelled = day in plan.cancelled
        key = day.isoformat() if plan.kind == "listing" else str(meeting_id)
        meeting = WorldMeeting(key, plan.site, day, plan.time, "cancelled" if cancelled else "held", plan.location)
        if not cancelled:
            meeting.attendees = builder.attendance(seats, day, rng, allow_absent=plan.kind == "moderngov")
            meeting.items = builder.items(plan, day, rng, counter, item_ids)
        # the latest meeting's minutes are not published yet (draft minutes wait for the next meeting)
        meeting.minutes_published = not cancelled and index != len(dates) - 1
        site.meetings.append(meeting)
    content.add_documents(site, rng)
    return site


def build_world(seed: int = 2016, extra_plans: list[BoardPlan] | None = None) -> World:
    builder = WorldBuilder(seed)
    sites = {}
    for plan in standard_plans() + list(extra_plans or []):
        sites[plan.site] = build_board(builder, plan)
    return World(seed, sites)
