"""The fifteenth blind set: what each document says and how it is labelled.

Every case is modelled on one stored public page (``url``) of a UK body that appears in none of the other
evaluation sets (``evaluation/real/*``, ``evaluation/blind``, ``blind2`` .. ``blind14``; each body name, its short
forms and the page's host and path were grepped across ``evaluation/`` and the session's claims file, and blind14
was only grepped, never read). Attendance sections and decision wording are reproduced as published (names, roles,
organisations, statuses and formulaic wording are public facts); every narrative paragraph is written anew and kept
short. Labels come from the published page only, never from running a parser. Labelling rules are those of
``evaluation/blind/README.md`` and blind9's README.

Rendered by ``python evaluation/blind/build_cases.py --set evaluation/blind15`` with the blind set's renderers
(``render.py``) and, for PDFs, ``evaluation/real/pdfcase.py`` (tables, name columns, scanned pages).
"""
from __future__ import annotations

from labels import ABSENT, APOLOGIES, IN_ATT, PRESENT, SUB, A, D, bare
from pdfspec import GAP, T, TABLE
from render import bullets, esc, moderngov_meeting, page, paras

CASES: list[dict] = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------------------
# A local safeguarding children board (text PDF: ruled Member | Role | Initial tables)

# (printed name, printed role cell, initials, organisation as printed in the role cell or None)
_READING17_ATTENDED = [
    ("Fran Gosling-Thomas", "Independent LSCB Chair", "FGT", None),
    ("Richard Blackmore", "Head of Education, RBC", "RB", "RBC"),
    ("Andy Fitton", "Head of Early Help and Family Intervention, RBC", "AFi", "RBC"),
    ("Jayne Reynolds", "Windsor & Maidenhead Locality, BHFT and Section 11 Panel Chair", "JR", "BHFT"),
    ("Grace Fagan", "Service Manager Quality Assurance and Reviewing, RBC", "GF", "RBC"),
    ("Reva Stewart", "Lead for Reading, BHFT", "RS", "BHFT"),
    ("Tricia Pease", "Associate Director of Safeguarding, RBH", "TP", "RBH"),
    ("Anne Farley", "Lay Member", "AFa", None),
    ("Becky Herron", "CSE Coordinator, RBC and Learning and Development Sub Group Chair", "BH", "RBC"),
    ("Sarah Hughes", "Paediatric Consultant in Neurodisability, locality representative to Designated Doctor for "
                     "Child Protection", "SH", None),
    ("Rachel Dent", "Abbey School Head Teacher (Independent School)", "RD", None),
    ("Emma Kettle", "Berkshire Women’s Aid", "EK", "Berkshire Women’s Aid"),
    ("Hannah Powell", "Relationships Officer, Thames Valley Community Rehabilitation Company", "HP",
     "Thames Valley Community Rehabilitation Company"),
    ("Liz Stead", "Head of Safeguarding Children Berkshire West CCGs", "LS", "Berkshire West CCGs"),
    ("Ashley Robson", "Head Reading School", "AR", "Reading School"),
    ("Bob Kenwick", "School Governor", "BK", None),
    ("Stan Gilmour", "Local Area Commander, TVP", "SG", "TVP"),
    ("Satinder Gautam", "Head of Children’s Social Care, RBC", "SGa", "RBC"),
    ("Kelly Swaffield", "Head of Transformation and Improvement, RBC", "KS", "RBC"),
]
_READING17_APOLOGIES = [
    ("Anderson Connell", "Lay Member", "AC", None),
    ("Debbie Johnson", "Senior Probation Officer, National Probation Service", "DJ", "National Probation Service"),
    ("Kevin Gibbs", "Cafcass", "KG", "Cafcass"),
    ("Gerry Crawford", "Regional Director West, BHFT", "GC", "BHFT"),
    ("Sarah Gee", "Head of Housing and Neighbourhood Services, RBC", "SGe", "RBC"),
    ("Ruth Perry", "Primary Head Teacher, Caversham Primary", "RP", "Caversham Primary"),
    ("Christine Kattirzki", "Secondary Head Teacher, Kendrick School", "CK", "Kendrick School"),
    ("Cllr Jan Gavin", "Lead Member for Children’s Services", "JG", None),
    ("Kat Jenkin", "South Central Ambulance Service", "KJ", "South Central Ambulance Service"),
    ("Ann Marie Dodds", "Acting Director of Children, education and early Help Services, RBC", "AMD", "RBC"),
    ("Debbie Simmons", "Nurse Director, Berkshire West CCGs", "DS", "Berkshire West CCGs"),
]


def _role_only(role_cell: str, org: str | None) -> str | None:
    """The role part of a 'Role, Organisation' cell (None when the cell is only the organisation)."""
    if org and role_cell == org:
        return None
    if org and role_cell.endswith(", " + org):
        return role_cell[: -len(org) - 2]
    if org and role_cell.endswith(" " + org):
        return role_cell[: -len(org) - 1]
    return role_cell


case(
    id="reading-lscb-2017", year=2017, format="pdf", layout="pdf_text_table",
    url="https://paperzz.com/doc/8431631/here---reading-lscb",
    body="Reading Local Safeguarding Children Board", body_kind="safeguarding_board",
    patterns=["attended_table_member_role_initial", "board_support_row_after_members",
              "apologies_table_member_role_initial", "role_and_employer_abbreviation_in_one_cell",
              "initials_column"],
    notes="Board meeting of 26 January 2017, 1.45pm to 4.45pm, Council Chamber, Civic Offices, Reading (a text PDF). "
          "Attendance is two ruled three-column tables, Member | Role | Initial: 'Attended:' (nineteen members, then a "
          "'Board Support' row for the business manager, labelled in attendance) and a second table of eleven members "
          "whose label the stored text prints after it ('Apologie…'); the case sets that label over the table and "
          "labels its members apologies. The stored text also keeps a role 'Head of Service, Berkshire CAMHS' with "
          "initials LN but no name; that row is left out (no name to label). Organisations are the employer written "
          "in the role cell (RBC, BHFT, RBH, TVP, …). The stored copy ends with the attendance tables; so does the "
          "case (no decisions).",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("MINUTES OF THE READING LOCAL SAFEGUARDING BOARD MEETING", bold=True, size=11),
        T("26th January 2017 1.45pm to 4.45pm\nCouncil Chamber, Civic Offices, Reading"),
        GAP(3),
        T("Attended:", bold=True),
        TABLE([["Member", "Role", "Initial"]] + [[n, r, i] for n, r, i, _ in _READING17_ATTENDED]
              + [["Board Support", "Role", "Initial"], ["Esther Blake", "LSCB Business Manager", "EB"]],
              [50, 104, 20], border=True, header=True, size=9),
        GAP(3),
        T("Apologies:", bold=True),
        TABLE([["Members", "Role", "Initial"]] + [[n, r, i] for n, r, i, _ in _READING17_APOLOGIES],
              [50, 104, 20], border=True, header=True, size=9),
    ]}]},
    attendees=[A(n, PRESENT, _role_only(r, o), o) for n, r, _, o in _READING17_ATTENDED]
    + [A("Esther Blake", IN_ATT, "LSCB Business Manager")]
    + [A(bare(n), APOLOGIES, _role_only(r, o), o) for n, r, _, o in _READING17_APOLOGIES],
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# NHS Scotland community health partnerships and a public partnership forum (text PDFs)

_ABSHIRE10_PRESENT = [
    ("Professor V Maehle, Dean, RGU, (Chair)", "V Maehle", "Dean, (Chair)", "RGU"),
    ("Mr S Dustan, CHP General Manager", "S Dustan", "CHP General Manager", None),
    ("Mr M McEwan, CHP Planning Lead", "M McEwan", "CHP Planning Lead", None),
    ("Ms J Rees, Clinical Lead, CA LCHP", "J Rees", "Clinical Lead", "CA LCHP"),
    ("Ms S Strachan, AHP Lead Rep", "S Strachan", "AHP Lead Rep", None),
    ("Ms A Findlay, Patient Rep, SA LCHP", "A Findlay", "Patient Rep", "SA LCHP"),
    ("Ms G Gray, HR, Aberdeenshire Council", "G Gray", "HR", "Aberdeenshire Council"),
    ("Mr I Powell, Project Manager, Elderly Redesign", "I Powell", "Project Manager, Elderly Redesign", None),
    ("Mrs A Taylor, General Manager, NA LCHP", "A Taylor", "General Manager", "NA LCHP"),
    ("Mr R Paton, Patient Rep, NA LCHP", "R Paton", "Patient Rep", "NA LCHP"),
    ("Ms L Taylor CHP Lead Nurse", "L Taylor", "CHP Lead Nurse", None),
    ("Mrs L Meldrum, Senior Communications Officer", "L Meldrum", "Senior Communications Officer", None),
    ("Ms P Maclachlan, Head of Community Care, Aberdeenshire Council", "P Maclachlan", "Head of Community Care",
     "Aberdeenshire Council"),
    ("Mr A Young, Third Sector", "A Young", None, "Third Sector"),
    ("Cllr Nelson, Aberdeenshire Council", "Nelson", None, "Aberdeenshire Council"),
    ("Cllr G Saluja, Chair, Social Work & Housing Committee", "G Saluja", "Chair, Social Work & Housing Committee", None),
    ("Cllr A Grant, SNP Group Representative, items 1 – 6 only", "A Grant", "SNP Group Representative", None),
    ("Cllr R Stroud, Chair, EL&L, Aberdeenshire Council", "R Stroud", "Chair, EL&L", "Aberdeenshire Council"),
    ("Cllr A Robertson, Chair, Policy & Resources Committee", "A Robertson", "Chair, Policy & Resources Committee",
     None),
]
_ABSHIRE10_APOLOGIES = ["Cllr M Humphrey", "Dr Robin Gatenby", "Dr R Liddell", "Dr S Wilkinson", "Dr A Palin",
                        "Ms R Vilar", "Ms S Melrose", "Ms F Francey", "Dr M McCrone", "Mr R Johnston"]
_ABSHIRE10_MINUTE = "Accepted as an accurate record of discussion."

case(
    id="aberdeenshire-chp-committee-2010", year=2010, format="pdf", layout="pdf_text_list",
    url="https://docsbay.net/item-8-5-for-3-aug-2010-aberdeenshire-chp-24-march",
    body="Aberdeenshire Community Health Partnership Committee", body_kind="chp",
    patterns=["present_one_per_line_title_initial_surname_comma_role", "chair_in_brackets_after_role",
              "part_attendance_in_role_text", "apologies_noted_from_run_on_titles",
              "minute_accepted_as_accurate_record_without_subject", "numbered_headings"],
    notes="Meeting of Wednesday 24 March 2010 at the Kintore Arms Hotel, Inverurie (put to NHS Grampian's board on "
          "3 August 2010; a text PDF). The stored copy drops the bold heading lines and the 'Present:' label before "
          "the one-a-line list of members (title, initial, surname, role and organisation after commas); the case "
          "restores the committee's name and 'Present:'. Apologies are one run-on line of titled names. The previous "
          "minute is 'Accepted as an accurate record of discussion.' under its own heading (one decision). The "
          "matters-arising narrative is rewritten and the case ends there. Kept apart from the Aberdeenshire IJB in "
          "real/decisions: the CHP committee is a different, earlier body.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("ABERDEENSHIRE COMMUNITY HEALTH PARTNERSHIP COMMITTEE", bold=True, size=11),
        T("Minute of Meeting", bold=True),
        T("Held Wednesday 24th March 2010, Kintore Arms Hotel, Inverurie"),
        GAP(3),
        TABLE([["Present:", _ABSHIRE10_PRESENT[0][0]]] + [["", p[0]] for p in _ABSHIRE10_PRESENT[1:]], [28, 146]),
        GAP(3),
        T("1.   WELCOME AND APOLOGIES", bold=True),
        T("Professor Maehle extended a welcome to everyone, in particular Cllr Nelson and Glenda Gray."),
        T("Apologies noted from:\n" + ", ".join(_ABSHIRE10_APOLOGIES)),
        GAP(2),
        T("2.   MINUTE OF PREVIOUS MEETING", bold=True),
        T(_ABSHIRE10_MINUTE),
        GAP(2),
        T("3.   MATTERS ARISING", bold=True),
        T("Joint Equipment Store", bold=True),
        T("Cllr Robertson asked where matters stood with the Joint Equipment Store. Mr Dustan said a meeting that day "
          "was expected to settle the service level agreement, and the mid-April target still stood; Mrs Strachan "
          "added that staff training had begun across Aberdeenshire."),
    ]}]},
    attendees=[A(n, PRESENT, r, o) for _, n, r, o in _ABSHIRE10_PRESENT]
    + [A(bare(n), APOLOGIES) for n in _ABSHIRE10_APOLOGIES],
    decisions=[D(_ABSHIRE10_MINUTE, "approved", "2", "MINUTE OF PREVIOUS MEETING")],
)

_CLYDESDALE08_PRESENT = [("Margo Carmichael", "Public Health Practitioner"), ("Robert Wilson", "Friends of Lady Home"),
                         ("Bob Hook", "CUIN"), ("Mary Rae", "CHIPS"), ("Peter King", "Service Development Manger"),
                         ("Kathleen Hogg", "Community Representative"), ("Linda Craig", "SLCN"),
                         ("Millie Sommerville", "Coalburn Community Council"), ("G. Ventura", "SHC Lanarkshire"),
                         ("Julie Tosh", "SHC Dumfries & Galloway"), ("Michelle Morrison", "PAMIS"),
                         ("L. Brown", "South Lanarkshire Council"), ("Alan Henderson", "HAVOC")]
_CLYDESDALE08_ROLES = {"Public Health Practitioner", "Service Development Manger", "Community Representative"}
_CLYDESDALE08_APOLOGIES = [("Ed Archer", "RSVP Scotland"), ("Nan Frame", "Healthy Valleys"),
                           ("Anne Lindsay", "Biggar Community Council")]
_CLYDESDALE08_MINUTE = "The concise minute of key points and actions was agreed."
_CLYDESDALE08_PAGES = "Pages 1-3 were agreed as accurate, proposed by RW and seconded by BH."


def _cell(name: str, what: str, status: str):
    return A(name, status, what, None) if what in _CLYDESDALE08_ROLES else A(name, status, None, what)


case(
    id="clydesdale-locality-ppf-2008", year=2008, format="pdf", layout="pdf_text_table",
    url="https://docsbay.net/clydesdale-locality",
    body="Clydesdale Locality Public Partnership Forum", body_kind="ppf",
    patterns=["numbered_item_cell_left_of_name_table", "present_name_organisation_rows",
              "apologies_rows_in_same_table", "typo_in_role_as_printed", "initials_in_proposer_seconder",
              "minute_agreed_then_pages_agreed"],
    notes="Meeting of Tuesday 24 June 2008 held in the Bridge, Lanark (South Lanarkshire CHP's Clydesdale locality "
          "forum; a text PDF laid out as a ruled table). '1. Present' and 'Apologies' sit in the left column beside "
          "name | organisation rows; a few rows carry a post instead of an organisation ('Service Development Manger', "
          "as printed), labelled as roles. The guest speaker is the L. Brown of the present list and is not labelled "
          "twice. Item 4 agrees the concise minute and then pages 1-3 'proposed by RW and seconded by BH' (the second "
          "sentence is optional: the same approval). Narrative is rewritten and the case ends with item 5's first "
          "point, as the stored copy's first page does.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Clydesdale Locality\nPublic Partnership Forum\nMinutes of Meeting\nHeld in the Bridge, Lanark\n"
          "On Tuesday 24th June 2008", bold=True),
        GAP(3),
        TABLE([["1. Present", *_CLYDESDALE08_PRESENT[0]]] + [["", n, o] for n, o in _CLYDESDALE08_PRESENT[1:]]
              + [["Apologies", *_CLYDESDALE08_APOLOGIES[0]]] + [["", n, o] for n, o in _CLYDESDALE08_APOLOGIES[1:]],
              [34, 60, 80], border=True),
        GAP(3),
        TABLE([["2. Welcome and apologies",
                "The Chair welcomed three people to the forum: Millie Sommerville for Coalburn Community Council, "
                "Julie Tosh for the Scottish Health Council in Dumfries and Galloway, and Michelle Morrison of PAMIS, "
                "who was back after a break."],
               ["3. Guest Speaker",
                "Linda Brown – South Lanarkshire Carers Service.\nShe described coming work for carers, among it a "
                "young carers fund day and a national young carers forum. The Chair asked whether the young carers' "
                "forum could send someone, or its issues, to the locality forum."],
               ["4. Previous Minutes",
                _CLYDESDALE08_MINUTE + " Members asked for a glossary of terms and abbreviations. "
                + _CLYDESDALE08_PAGES],
               ["5. Minutes Arising",
                "Mixed Wards – PK thought this belonged at the South Lanarkshire PPF; IM would raise it there on 15th "
                "July 2008."]], [34, 140], border=True),
    ]}]},
    attendees=[_cell(n, o, PRESENT) for n, o in _CLYDESDALE08_PRESENT]
    + [_cell(n, o, APOLOGIES) for n, o in _CLYDESDALE08_APOLOGIES],
    decisions=[D(_CLYDESDALE08_MINUTE, "approved", "4", "Previous Minutes"),
               D(_CLYDESDALE08_PAGES, "approved", "4", "Previous Minutes", optional=True)],
)

# ---------------------------------------------------------------------------------------------------------
# NHS Scotland: a health board and a national portfolio board

_BORDERS21_PRESENT = [("Mrs K Hamilton", "Chair"), ("Mrs F Sandford", "Vice Chair"), ("Mr M Dickson", "Non Executive"),
                      ("Ms S Lam", "Non Executive"), ("Mrs L O’Leary", "Non Executive"),
                      ("Mr B Brackenridge", "Non Executive"), ("Mr J McLaren", "Non Executive"),
                      ("Mrs A Wilson", "Non Executive"), ("Cllr D Parker", "Non Executive"),
                      ("Mr A Bone", "Director of Finance"), ("Mrs N Berry", "Director of Nursing, Midwifery & Operations"),
                      ("Dr L McCallum", "Medical Director"), ("Dr T Patterson", "Joint Director of Public Health")]
_BORDERS21_IN_ATT = [("Miss I Bishop", "Board Secretary"), ("Mrs J Smyth", "Director of Planning & Performance"),
                     ("Mr R McCulloch-Graham", "Chief Officer, Health & Social Care"),
                     ("Mr A Carter", "Director of Workforce"), ("Mrs S Horan", "Deputy Director of Nursing & Midwifery"),
                     ("Dr A Cotton", "Associate Medical Director"),
                     ("Mrs L Jones", "Head of Clinical Governance & Quality"),
                     ("Mr S Whiting", "Infection Control Manager & Laboratory Service Manager"),
                     ("Mr C Myers", "General Manager Primary & Community Services"),
                     ("Mrs F Doig", "Head of Health Improvement & Strategic Lead ADP"),
                     ("Mrs C Oliver", "Communications Manager"), ("Ms K Kiln", "Specialist Registrar"),
                     ("Mr A McGilvray", "Radio Borders")]
_BORDERS21_APOLOGIES = [("Tris Taylor", "Non Executive"), ("Janet Bennison", "Associate Medical Director"),
                        ("Ralph Roberts", "Chief Executive")]

case(
    id="borders-nhs-board-2021", year=2021, format="pdf", layout="pdf_text_label_table",
    url="https://docslib.org/doc/3900035/minutes-of-previous-meeting",
    body="Borders NHS Board", body_kind="health_board",
    patterns=["present_label_column_name_comma_post", "in_attendance_label_column_name_comma_post",
              "apologies_sentence_name_comma_post_run_on", "meeting_quorate_sentence",
              "welcomed_attendees_including_full_names", "member_of_public_with_outlet"],
    notes="Meeting of the full board on Thursday 4 February 2021 at 9.00am via MS Teams (the minutes as put to the "
          "next meeting; a text PDF). 'Present:' and 'In Attendance:' sit in a label column beside one 'Title Initial "
          "Surname, Post' a line (the stored text runs them on). Apologies are one sentence of full names with posts. "
          "The chair then welcomes attendees already listed, by full name (not labelled again), and a member of the "
          "public from Radio Borders, who is in the In Attendance list (labelled there, organisation Radio Borders). "
          "Judgement call: Borders NHS Board's Strategy & Performance Committee (2011) is in real/decisions; the full "
          "board is a different body, and the two share no page. The case ends with item 1, its closing remarks "
          "rewritten; no decision is recorded in it.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Borders NHS Board", bold=True, size=12),
        GAP(2),
        T("Minutes of a meeting of the Borders NHS Board held on Thursday 4 February 2021 at 9.00am via MS Teams."),
        GAP(3),
        TABLE([["Present:", f"{_BORDERS21_PRESENT[0][0]}, {_BORDERS21_PRESENT[0][1]}"]]
              + [["", f"{n}, {p}"] for n, p in _BORDERS21_PRESENT[1:]], [32, 142]),
        GAP(2),
        TABLE([["In Attendance:", f"{_BORDERS21_IN_ATT[0][0]}, {_BORDERS21_IN_ATT[0][1]}"]]
              + [["", f"{n}, {p}"] for n, p in _BORDERS21_IN_ATT[1:]], [32, 142]),
        GAP(3),
        T("1.   Apologies and Announcements", bold=True),
        T("Apologies had been received from Mr Tris Taylor, Non Executive, Dr Janet Bennison, Associate Medical "
          "Director and Mr Ralph Roberts, Chief Executive."),
        T("The Chair confirmed the meeting was quorate."),
        T("The Chair welcomed a range of attendees to the meeting including: Mrs Laura Jones, Mr Sam Whiting, Mrs "
          "Fiona Doig, Mr Chris Myers and Ms Kirsty Kiln."),
        T("The Chair welcomed members of the public to the meeting including Mr Ally McGilvray, Radio Borders."),
        T("The Chair noted that written questions and answers on the board papers had been shared beforehand and "
          "would be taken item by item, and that the board would meet in private afterwards."),
    ]}]},
    attendees=[A(bare(n), PRESENT, p) for n, p in _BORDERS21_PRESENT]
    + [A(bare(n), IN_ATT, p) for n, p in _BORDERS21_IN_ATT[:-1]]
    + [A("A McGilvray", IN_ATT, None, "Radio Borders")]
    + [A(n, APOLOGIES, p) for n, p in _BORDERS21_APOLOGIES],
    decisions=[],
)

_CWPB22_ATTENDEES = ["Christine McLaughlin (Chair)", "Richard Foggo", "Mary McAllan", "Nicola Dickie", "Donna Bell",
                     "John Burns", "Jonathan Cameron", "Michael Chalmers", "Michael Kellet", "Nick Morris",
                     "Ralph Roberts", "Tim McDonnell", "Angela Leitch", "David Martin", "Judith Proctor"]
_CWPB22_APOLOGIES = ["Eddie Fraser", "Gillian Russell", "Gregor Smith", "Linda Bauld", "Linda Pollock",
                     "Richard McCallum", "Robbie Pearson", "Aidan Grisewood", "Stephen Lea-Ross"]
_CWPB22_NEW = {"Nicola Dickie": (None, "COSLA"), "Judith Proctor": ("Chair of Chief Officer Executive Group", None),
               "David Martin": ("Non-Executive Member", None), "Mary McAllan": ("Covid Recovery Strategy", None),
               "Angela Leitch": (None, "Public Health Scotland")}
_CWPB22_MINUTES = "Minutes of the meeting on 26 May 2022 were agreed as an accurate record."

case(
    id="care-wellbeing-portfolio-board-2022", year=2022, format="html", layout="html_gov_page",
    url="https://gov.scot/publications/care-and-wellbeing-portfolio-board-minutes-june-2022",
    body="Scottish Government Care and Wellbeing Portfolio Board", body_kind="national_health_board",
    patterns=["attendees_and_apologies_two_bullet_lists", "names_only_bullets_chair_in_brackets",
              "apologies_noted_as_below", "new_members_welcomed_name_comma_organisation",
              "presenters_with_initials_in_item_heading", "minutes_agreed_as_accurate_record"],
    notes="Meeting of 23 June 2022 (a gov.scot publication page). Under 'Attendees and apologies' the page has two "
          "bullet lists of bare names; the stored copy keeps the lists but drops their small headings, which the case "
          "restores as 'Attendees' and 'Apologies' (gov.scot's form for these minutes). New members are welcomed by "
          "name with an organisation or post; those are their labels' organisation/role. The presenters named in the "
          "strategic overview heading (Kim Walker, Malcolm Summers) are in no list: in attendance, optional. The "
          "overview is rewritten and shortened, and the case ends there.",
    document=page("Care and Wellbeing Portfolio Board minutes: June 2022", "\n".join([
        "<h1>Care and Wellbeing Portfolio Board minutes: June 2022</h1>",
        "<p>Minutes from the meeting of the group on 23 June 2022.</p>",
        "<h2>Attendees and apologies</h2>",
        "<h3>Attendees</h3>", bullets(_CWPB22_ATTENDEES),
        "<h3>Apologies</h3>", bullets(_CWPB22_APOLOGIES),
        "<h2>Items and actions</h2>",
        "<h3>Welcome and apologies</h3>",
        "<p>The Chair welcomed attendees. Apologies were noted, as below.</p>",
        "<p>The Chair welcomed new members, who widen the organisations and views the Board hears: Nicola Dickie, "
        "COSLA; Judith Proctor, Chair of Chief Officer Executive Group; David Martin, Non-Executive Member; Mary "
        "McAllan, Covid Recovery Strategy; Angela Leitch, Public Health Scotland.</p>",
        "<h3>Meeting minutes from the last meeting held on 26 May 2022</h3>",
        f"<p>{esc(_CWPB22_MINUTES)}</p>",
        "<h3>Strategic overview – Kim Walker (KW), Richard Foggo (RF), Malcolm Summers (MS)</h3>",
        "<p>Kim Walker reported that the portfolio was still in its definition phase, building the framework of "
        "strategy and delivery plan on which the rest of its work would rest, and that the day's items fed that "
        "framework.</p>",
    ])),
    attendees=[A("Christine McLaughlin", PRESENT, "Chair")]
    + [A(n, PRESENT, *_CWPB22_NEW.get(n, (None, None))) for n in _CWPB22_ATTENDEES[1:]]
    + [A(n, APOLOGIES) for n in _CWPB22_APOLOGIES]
    + [A("Kim Walker", IN_ATT, optional=True), A("Malcolm Summers", IN_ATT, optional=True)],
    decisions=[D(_CWPB22_MINUTES, "approved", None, "Meeting minutes from the last meeting held on 26 May 2022")],
)

# ---------------------------------------------------------------------------------------------------------
# Children's trusts (ModernGov meeting pages)

_HARINGEY08_MINUTES = "That the minutes of the meeting held on 1 July 2008 be confirmed as a correct record."

case(
    id="haringey-childrens-trust-2008", year=2008, format="html", layout="moderngov_html",
    url="https://www.minutes.haringey.gov.uk/ieListDocuments.aspx?CId=127&MeetingId=2932",
    body="Haringey Children's Trust", body_kind="childrens_trust",
    patterns=["apologies_received_from_the_following_one_per_line", "dash_name_substituting_after_absent_member",
              "member_left_replacement_to_be_named_narrative", "resolved_colon_that_minutes_confirmed",
              "typo_in_formulaic_sentence"],
    notes="Meeting of Thursday 25 September 2008 at 6.30 pm, Civic Centre, Wood Green (a ModernGov meeting page). "
          "Apologies are one name a line after 'Apologies for absence were received from the following:', one line "
          "carrying '-Ian Kibblewhite substituting' after the absent member (a substitute for Dave Grant). The PCT "
          "officer who has left and the two who may replace her are named in narrative only and are not labelled. "
          "'No decclarations' is printed so. The matters arising in item 36 are rewritten; the stored copy breaks off "
          "at item 37's heading and the case ends before it.",
    document=moderngov_meeting(
        "Children's Trust", "Thursday, 25th September, 2008 6.30 pm", "Civic Centre, High Road, Wood Green, N22 8LE",
        "Xanthe Barker", [
            {"num": "33.", "title": "Apologies and Substitutions", "agenda": ["To receive apologies for absence."],
             "minutes": ["Apologies for absence were received from the following:",
                         "<p>Tracey Baldwin</p><p>Dave Grant                -Ian Kibblewhite substituting</p>"
                         "<p>Jennifer James</p><p>Jim Shepley</p>",
                         "It was also noted that Helen Brown had left the PCT and that Keith Edmunds or Penny Thompson "
                         "would take her place."]},
            {"num": "34.", "title": "Urgent Business",
             "agenda": ["The Chair will consider the admission of any items of Urgent Business."],
             "minutes": ["No items of urgent business were received."]},
            {"num": "35.", "title": "Declarations of Interest",
             "agenda": ["Members of the Board must declare any personal and/or prejudicial interests with respect to "
                        "agenda items and must not take part in any decision required with respect to those items."],
             "minutes": ["No decclarations of interest were made."]},
            {"num": "36.", "title": "Minutes",
             "agenda": ["To confirm the minutes of the meeting held on 1 July 2008 as a correct record."],
             "minutes": ["The Board heard that the review of its terms of reference would now come in December, so "
                         "that it could take in the changes the partnership's new code of governance required, and "
                         "that the knife crime update would follow the youth summit in November.",
                         "RESOLVED:", _HARINGEY08_MINUTES]},
        ]),
    attendees=[A("Tracey Baldwin", APOLOGIES), A("Dave Grant", APOLOGIES), A("Jennifer James", APOLOGIES),
               A("Jim Shepley", APOLOGIES), A("Ian Kibblewhite", SUB, None, None, "Dave Grant")],
    decisions=[D(_HARINGEY08_MINUTES, "approved", "36", "Minutes")],
)

case(
    id="brighton-hove-cyp-trust-board-2008", year=2008, format="html", layout="moderngov_html",
    url="https://democracy.brighton-hove.gov.uk/ieListDocuments.aspx?CId=146&MID=256",
    body="Brighton & Hove Children & Young People's Trust Board", body_kind="childrens_trust",
    patterns=["procedural_business_lettered_subitems", "numbered_paragraph_minutes",
              "declared_attending_as_substitute_member_for", "representative_of_forum_declared_interest",
              "exclusion_of_press_and_public_consideration"],
    notes="Meeting of Monday 20 October 2008 at 5.00pm in the Council Chamber, Hove Town Hall (a ModernGov meeting "
          "page). The only attendance is in 25a: a councillor 'declared that she was attending as the substitute "
          "Member for' another (substitute; the member replaced is apologies, optional, implied only). A forum "
          "representative declaring an interest is present, optional. The agenda's procedural text is rewritten; the "
          "stored copy breaks off inside 25.3 (exclusion of the press and public) before any resolution, and the case "
          "closes that sentence and ends there (no decision).",
    document=moderngov_meeting(
        "Children & Young People's Trust Board", "Monday, 20th October, 2008, 5.00pm", "Council Chamber, Hove Town Hall",
        "Nara Miranda, Democratic Services Officer", [
            {"num": "25.", "title": "Procedural Business",
             "agenda": ["(a) Declaration of Substitutes – a Member who cannot attend may send a substitute from the "
                        "same political group.", "(b) Declarations of Interest by all Members present.",
                        "(c) Exclusion of Press and Public – whether the press and public should leave for any item."],
             "minutes": ["25a Declarations of Substitutes",
                         "25.1 Councillor Kennedy declared that she was attending as the substitute Member for "
                         "Councillor Fryer.",
                         "25b Declarations of Interest",
                         "25.2 David Standing, representative of the Community & Voluntary Sector Forum, declared a "
                         "personal interest in item 42.",
                         "25c Exclusion of Press and Public",
                         "25.3 In accordance with section 100A of the Local Government Act 1972 (‘the Act’), the "
                         "Children & Young People’s Trust Board considered whether the press and public should be "
                         "excluded from the meeting during an item of business on the grounds that it was likely that "
                         "confidential or exempt information would be disclosed."]},
        ], heading="Agenda, decisions and minutes"),
    attendees=[A("Kennedy", SUB, None, None, "Fryer"), A("Fryer", APOLOGIES, optional=True),
               A("David Standing", PRESENT, "representative", "Community & Voluntary Sector Forum", optional=True)],
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# Scottish joint committees, forums and a council (HTML page, text PDFs and two scans)

_STIRCLACKS21_PRESENT = ["Councillor Martha Benny", "Councillor Neil Benny", "Graeme Duff", "Councillor Kenneth Earle",
                         "Councillor Ellen Forson (in the Chair)", "Councillor Chris Kane", "Eileen Schofield",
                         "Professor Leigh Sparks"]
# (name, role, organisation) as printed after the name
_STIRCLACKS21_IN_ATT = [
    ("Carol Beattie", "Chief Executive", "Stirling Council"),
    ("Nikki Bridle", "Chief Executive", "Clackmannanshire Council"),
    ("John Craig", "Interim Head of Regional Programme Management Office", None),
    ("Martin Dalziel", "Team Leader, External Communications", "Stirling Council"),
    ("Graeme Forrester", "Lead Solicitor – Governance", "Stirling Council"),
    ("David Hopper", "Public Transport and Sustainable Development Manager", "Stirling Council"),
    ("Amy Kentley", None, "Regional Programme Management Office"),
    ("Pete Leonard", "Strategic Director (Place)", "Clackmannanshire Council"),
    ("Sara McDermid", None, "University of Stirling"),
    ("Nick McGann", "Communications", "Clackmannanshire Council"),
    ("Nicole McIntosh", None, "Regional Programme Management Office"),
    ("Paul Morris", None, "Regional Programme Management Office"),
    ("Stuart Oliver", "Senior Manager, Economic Development", "Stirling Council"),
    ("Dr John Rogers", "Executive Director, Research & Innovation Services", "University of Stirling"),
    ("David McDougall", "Governance Officer", "Stirling Council"),
]
_STIRCLACKS21_MINUTES = ("The minutes of the meeting of the Stirling and Clackmannanshire City Region Deal Joint "
                         "Committee held on 7 September 2021 were agreed as a correct record.")


def _in_att_line(name: str, role: str | None, org: str | None) -> str:
    line = ", ".join(x for x in (name, role, org) if x)
    return line + " (minutes)" if name == "David McDougall" else line


case(
    id="stirling-clacks-city-deal-joint-committee-2021", year=2021, format="html", layout="html_post",
    url="https://www.stirclacksdeal.com/joint_committee/5-october-2021/",
    body="Stirling and Clackmannanshire City Region Deal Joint Committee", body_kind="joint_committee",
    patterns=["present_names_one_per_line_councillor_titles", "in_the_chair_in_brackets",
              "in_attendance_name_comma_post_comma_council", "minute_taker_in_brackets",
              "prefixed_item_numbers_CRD", "decision_heading_then_minutes_agreed"],
    notes="Meeting held via MS Teams on 5 October 2021 at 2.30 pm (a WordPress page of the city region deal). "
          "'Present' is one name a line, councillors titled, the chair marked '(in the Chair)'; 'In Attendance' is "
          "'Name, Post, Council' a line, the last with '(minutes)'. Items are numbered CRD125 …; the minutes are "
          "agreed under a 'Decision' sub-heading. The stored copy runs the lists on; the case sets one a line, as "
          "the page's paragraphs are. It ends with CRD129's first line, where the stored copy is cut.",
    document=page("5 October 2021 - Stirling and Clackmannanshire City Region Deal", "\n".join([
        "<h1>5 October 2021</h1>",
        "<p><strong>MINUTES of MEETING of the STIRLING AND CLACKMANNANSHIRE CITY REGION DEAL JOINT COMMITTEE held via "
        "MS Teams on 5 October 2021 at 2.30 pm</strong></p>",
        "<p><strong>Present</strong></p>", paras(_STIRCLACKS21_PRESENT),
        "<p><strong>In Attendance</strong></p>", paras([_in_att_line(*x) for x in _STIRCLACKS21_IN_ATT]),
        "<h3>CRD125 APOLOGIES AND SUBSTITUTIONS</h3>",
        "<p>Apologies for absence were submitted on behalf of Councillor Scott Farmer.</p>",
        "<h3>CRD126 DECLARATIONS OF INTEREST</h3>", "<p>None.</p>",
        "<h3>CRD127 URGENT BUSINESS</h3>", "<p>None.</p>",
        "<h3>CRD128 MINUTES – JOINT COMMITTEE MEETING 7 SEPTEMBER 2021</h3>",
        "<p>The minutes of the meeting of the Stirling and Clackmannanshire City Region Deal Joint Committee held on 7 "
        "September 2021 were submitted for approval.</p>",
        "<p><strong>Decision</strong></p>", f"<p>{esc(_STIRCLACKS21_MINUTES)}</p>",
        "<h3>CRD129 FORWARD PLANNING – JOINT COMMITTEE ROLLING ACTION LOG</h3>",
        "<p>The Joint Committee Rolling Action Log was submitted for information.</p>",
    ])),
    attendees=[A(bare(n.replace(" (in the Chair)", "")), PRESENT, "in the Chair" if "Chair" in n else None)
               for n in _STIRCLACKS21_PRESENT]
    + [A(bare(n), IN_ATT, r, o) for n, r, o in _STIRCLACKS21_IN_ATT]
    + [A("Scott Farmer", APOLOGIES)],
    decisions=[D(_STIRCLACKS21_MINUTES, "approved", "CRD128", "MINUTES – JOINT COMMITTEE MEETING 7 SEPTEMBER 2021")],
)

# community councillors as printed ("Place – Name"); where the stored copy lost the place, the name stands alone
_BERWICK15_CC = [("Ayton", "John Slater"), ("Berwickshire Civic Society", "Janice Gillie"), (None, "Rhona Goldie"),
                 (None, "Martin Brims"), (None, "Trixie Collin"), (None, "Neil McMurdo"),
                 ("Foulden, Mordington and Lamberton", "Howard Doherty"), (None, "Keith Dickinson"),
                 ("Gordon & Westruther", "Elaine Morris"), ("Lammermuir", "Mark Rowley"), (None, "Barrie Forrest"),
                 ("Swinton and Ladykirk", "Bill Purvis")]

case(
    id="berwickshire-area-forum-2015", year=2015, format="pdf", layout="pdf_text_run_on",
    url="https://docslib.org/doc/9976380/minute-pdf-124-kb",
    body="Scottish Borders Council Berwickshire Area Forum", body_kind="area_forum",
    patterns=["present_colon_dash_councillors_initials_run_on", "community_councillors_place_dash_name_semicolons",
              "apologies_councils_not_people", "in_attendance_name_dash_post_organisation_semicolons",
              "members_of_public_count", "guest_welcomed_by_name_with_post"],
    notes="Meeting of 4 June 2015 at 6.30pm in the Chamber, Newtown Street, Duns (a text PDF). 'Present:-' runs on: "
          "councillors (initials, chairman in brackets), then 'Community Councillors:-' as 'Place – Name;' pairs; the "
          "stored copy has lost several place names, and those people stand without a place (no organisation) rather "
          "than with a guessed one. Apologies are community councils only (no people). 'In Attendance:-' gives posts "
          "and services (ambulance, police, fire, NHS Borders); the police organisation is cut after 'Police' in the "
          "stored copy and the case completes it as Police Scotland. The NHS Borders general manager welcomed to "
          "present is in attendance. The presentation narrative is rewritten and the case ends inside it.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("SCOTTISH BORDERS COUNCIL\nBERWICKSHIRE AREA FORUM", bold=True, size=11),
        GAP(2),
        T("MINUTE of the MEETING of the BERWICKSHIRE AREA FORUM held in the Chamber, Newtown Street, Duns on 4 June "
          "2015 at 6.30pm.\n------"),
        GAP(2),
        T("Present:- Councillors M. Cook (Chairman), J Campbell, J Fullarton, J Greenwell, D Moffat, F Renton. "
          "Community Councillors:- " + "; ".join(f"{p} – {n}" if p else n for p, n in _BERWICK15_CC) + "."),
        T("Apologies:- Community Councils:- Hume."),
        T("In Attendance:- J Alexander – Head of Ambulance Services, Scottish Ambulance Service; CPO S Jacobs – "
          "Police Scotland; Group Manager A Girrity – Scottish Fire & Rescue Service; Dr S MacDonald, Medical "
          "Director, NHS Borders; D Silcock (Neighbourhood Area Manager Berwickshire); Democratic Services Officer "
          "(P Bolson)."),
        T("Members of the Public:- 8\n------"),
        GAP(2),
        T("WELCOME", bold=True),
        T("1.   The Chairman welcomed those present to the meeting."),
        GAP(2),
        T("HEALTH AND SOCIAL CARE INTEGRATION - PRESENTATION BY NHS BORDERS", bold=True),
        T("2.   (a) The Chairman welcomed Mr Alasdair Pattinson, General Manager NHS Borders to the meeting to give a "
          "presentation on the Health and Social Care Integration agenda. Mr Pattinson said that NHS Borders and the "
          "Council were holding public events to explain how far integration had come, and outlined what the 2014 Act "
          "asked of every council and health board in Scotland."),
    ]}]},
    attendees=[A("M. Cook", PRESENT, "Chairman")]
    + [A(n, PRESENT) for n in ["J Campbell", "J Fullarton", "J Greenwell", "D Moffat", "F Renton"]]
    + [A(n, PRESENT, None, p) for p, n in _BERWICK15_CC]
    + [A("J Alexander", IN_ATT, "Head of Ambulance Services", "Scottish Ambulance Service"),
       A("S Jacobs", IN_ATT, "CPO", "Police Scotland"),
       A("A Girrity", IN_ATT, "Group Manager", "Scottish Fire & Rescue Service"),
       A("S MacDonald", IN_ATT, "Medical Director", "NHS Borders"),
       A("D Silcock", IN_ATT, "Neighbourhood Area Manager Berwickshire"),
       A("P Bolson", IN_ATT, "Democratic Services Officer"),
       A("Alasdair Pattinson", IN_ATT, "General Manager", "NHS Borders")],
    decisions=[],
)

_CLACKS06_PRESENT = ["Provost Derek Stewart (Chair)", "Councillor Donald Balsillie", "Councillor Keith Brown",
                     "Councillor Janet Cadenhead", "Councillor Alastair Campbell", "Councillor Eddie Carrick",
                     "Councillor William Douglas", "Councillor Kenneth Earle", "Councillor Brian Fearon",
                     "Councillor Craig Holden", "Councillor Bobby McGill", "Councillor Helen McGregor",
                     "Councillor Harry McLaren", "Councillor Reverend Sam Ovens", "Councillor Janis Paterson",
                     "Councillor Margaret Paterson"]
_CLACKS06_IN_ATT = [("Keir Bloomer", "Chief Executive"),
                    ("Garry Dallas", "Director of Development and Environmental Services"),
                    ("Jeni Graham", "Director of Corporate Development Services"),
                    ("Dave Jones", "Director of Services to People"),
                    ("Jackie McGuire", "Head of Administration and Legal Services")]

case(
    id="clackmannanshire-council-2006-scan", year=2006, format="pdf", layout="pdf_scan", scan=True,
    url="https://docsbay.net/minute-of-special-council-meeting-23rd-june-2006",
    body="Clackmannanshire Council", body_kind="council",
    patterns=["present_label_column_councillor_one_per_line", "provost_chair_in_brackets",
              "reverend_after_councillor_title", "in_attendance_name_comma_post_one_per_line",
              "apologies_sentence_in_capitals_label", "motion_moved_and_seconded_no_decision_yet", "scanned_page"],
    notes="Special meeting of Friday 23 June 2006 in the Council Chambers, Greenfield, Alloa, rendered as a scan. "
          "'PRESENT' and 'IN ATTENDANCE' sit in a label column beside one name a line (councillors titled, the provost "
          "'(Chair)', one 'Councillor Reverend'); apologies are a sentence. The stored copy drops the item heading; "
          "the case gives the item a plain heading. A report by the two councils' chief executives is introduced (the "
          "Stirling chief executive is its author only, not labelled); the motion and the amendment are moved but the "
          "stored copy breaks off before any vote, so the case ends with the amendment's substance (rewritten) and "
          "records no decision.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("MINUTE OF THE SPECIAL MEETING of the CLACKMANNANSHIRE COUNCIL held within the Council Chambers, Greenfield, "
          "Alloa, on FRIDAY 23rd JUNE 2006.", bold=True),
        GAP(4),
        TABLE([["PRESENT", _CLACKS06_PRESENT[0]]] + [["", n] for n in _CLACKS06_PRESENT[1:]], [40, 134]),
        GAP(3),
        TABLE([["IN ATTENDANCE", f"{_CLACKS06_IN_ATT[0][0]}, {_CLACKS06_IN_ATT[0][1]}"]]
              + [["", f"{n}, {p}"] for n, p in _CLACKS06_IN_ATT[1:]], [40, 134]),
        GAP(3),
        T("APOLOGIES for absence were received from Councillor George Matchett and Councillor Walter McAdam."),
        GAP(3),
        T("1.   JOINT WORKING WITH STIRLING COUNCIL", bold=True),
        T("There was submitted a report by Keir Bloomer, Chief Executive, Clackmannanshire Council, and Keith Yates, "
          "Chief Executive, Stirling Council, a copy of which had been circulated previously to each Member."),
        T("Councillor M Paterson moved that Council supports the recommendation set out in the report and that in "
          "addition Council agrees to set up a political monitoring group involving Councillors from all Groups who "
          "are committed to the constructive development of the proposals. Seconded by Councillor Carrick."),
        T("An amendment was moved opposing any merger with Stirling Council and asking that any wider joint working "
          "first be planned and consulted on with Members, trade unions, staff and residents."),
    ]}]},
    attendees=[A("Derek Stewart", PRESENT, "Chair")] + [A(bare(n).replace("Reverend ", ""), PRESENT) for n in _CLACKS06_PRESENT[1:]]
    + [A(n, IN_ATT, p) for n, p in _CLACKS06_IN_ATT]
    + [A("George Matchett", APOLOGIES), A("Walter McAdam", APOLOGIES)],
    decisions=[],
)

_WISHAW09_PRESENT = [("O. McAvoy", "Chair"), ("M. Fellows", "Secretary"), ("B. Vincent", "Treasurer"),
                     ("E. MacLean", None), ("H. McMillan", None), ("J. McMillan", None), ("D. Summers", None),
                     ("J. Glen", None), ("F. Cain", None), ("I. Murdoch", None), ("A. Myles", None)]
_WISHAW09_APPOINT = ("The Chair proposed and appointed Ian Murdoch to chair the forum health sub-group for contact "
                     "purposes.")
_WISHAW09_MINUTES = "Proposed: J. McMillan   Seconded: F. Cain"

case(
    id="wishaw-murdostoun-fortissat-forum-2009-scan", year=2009, format="pdf", layout="pdf_scan", scan=True,
    url="https://docslib.org/doc/12526294/wishaw-murdostoun-and-fortissat-community-forum-minutes-of",
    body="Wishaw, Murdostoun and Fortissat Community Forum", body_kind="community_forum",
    patterns=["present_initial_surname_office_in_brackets", "in_attendance_cllr_dot_titles_and_org_in_brackets",
              "sederunt_heading_without_list", "apologies_initials_run_on_under_numbered_heading",
              "minutes_proposed_seconded_only", "correction_to_previous_apologies", "proposed_and_appointed",
              "scanned_page"],
    notes="Meeting of 17 September 2009, 7.00pm - 9.00pm, Social Work Office, King Street, Wishaw (North "
          "Lanarkshire), rendered as a scan. The stored copy is itself poor OCR ('0. McAvoy', '3. Glen', '3. "
          "Taggart', '1. McMi II a n'); the case prints the initials the page plainly carries (O., J.) and the "
          "proposer as J. McMillan. 'Sederunt & Introductions' heads item 1 but lists no one. The minutes are only "
          "'Proposed: … Seconded: …' (optional approval). The correction naming E. McAlpine concerns the previous "
          "meeting's apologies and is not labelled; the youth forum presenter 'Not in attendance at meeting' is absent, "
          "optional. The treasurer's and sub-group narratives are rewritten; the case ends with item 7's appointment.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("Wishaw, Murdostoun and Fortissat Community Forum", bold=True, size=12),
        T("Minutes of Meeting 17th September 2009\nSocial Work Office, King Street, Wishaw.   7.00pm - 9.00pm"),
        GAP(3),
        T("Present: " + ", ".join(f"{n} ({o})" if o else n for n, o in _WISHAW09_PRESENT) + "."),
        T("In attendance: S. Brown (CEO), Cllr. J. Taggart, Cllr. R. McKendrick, Cllr. C. Adamson, C. Chamberlain "
          "(NHS), Y. Cameron CVSNL (Minutes)"),
        GAP(3),
        T("1.   Sederunt & Introductions", bold=True),
        T("The Chair welcomed everyone to the meeting."),
        T("2.   Apologies for Absence", bold=True),
        T("D. Gray, H. Cox, C. Cox, E. McAlpine"),
        T("3.   Minutes of previous meeting 20th August 09", bold=True),
        T(_WISHAW09_MINUTES),
        T("4.   Business from the minutes.", bold=True),
        T("Amendment from previous minutes: Apologies from E. McAlpine, not Una McAlpine as stated."),
        T("5.   Youth Forum initiative update & report - Lynne Robertson", bold=True),
        T("Not in attendance at meeting."),
        T("6.   Treasurer's report & update - Barbara Vincent", bold=True),
        T("The Treasurer had written to the bank about signatories and asked members to bring expense claims to the "
          "next meeting."),
        T("7.   Health sub group meeting feedback report - Iain Murdoch", bold=True),
        T(_WISHAW09_APPOINT + " A health event was being planned and the library had been suggested as a venue."),
    ]}]},
    attendees=[A(n, PRESENT, o) for n, o in _WISHAW09_PRESENT]
    + [A("S. Brown", IN_ATT, "CEO"), A("J. Taggart", IN_ATT), A("R. McKendrick", IN_ATT), A("C. Adamson", IN_ATT),
       A("C. Chamberlain", IN_ATT, None, "NHS"), A("Y. Cameron", IN_ATT, "Minutes", "CVSNL")]
    + [A(n, APOLOGIES) for n in ["D. Gray", "H. Cox", "C. Cox", "E. McAlpine"]]
    + [A("Lynne Robertson", ABSENT, optional=True)],
    decisions=[D(_WISHAW09_MINUTES, "approved", "3", "Minutes of previous meeting 20th August 09", optional=True),
               D(_WISHAW09_APPOINT, "approved", "7", "Health sub group meeting feedback report - Iain Murdoch")],
)

# ---------------------------------------------------------------------------------------------------------
# An English council area committee (text PDF)

_KIRKLEES13_LATE = ("The Committee agreed to accept late urgent reports in relation to nomination of Council "
                    "representatives for Batley Girls Leaving Scholarship Fund; Batley Grammar School Trustees and "
                    "Batley Older People’s Welfare Committee.")
_KIRKLEES13_MINUTES = ("RESOLVED – That the minutes of the meeting of the Committee held on 17 October 2013 be "
                       "approved as a correct record.")

case(
    id="kirklees-area-committee-batley-2013", year=2013, format="pdf", layout="pdf_text_run_on",
    url="https://docslib.org/doc/5040614/batley-birstall-and-birkenshaw",
    body="Kirklees Council Area Committee – Batley, Birstall and Birkenshaw", body_kind="area_committee",
    patterns=["councillor_in_the_chair_line", "councillors_surnames_and_list", "apologies_received_from_councillors",
              "members_of_public_count_also_present", "agreed_to_accept_late_urgent_reports",
              "police_constable_attended_narrative", "resolved_dash_that_minutes"],
    notes="Meeting of Tuesday 10 December 2013 (a text PDF with a reference code and contact line above the heading). "
          "Attendance is surnames only: 'Councillor Lowe in the Chair', 'Councillors A, B, C and D', an apologies "
          "sentence and a count of the public (no people). The neighbourhood police officer 'attended the meeting' "
          "(in attendance). Item 1's acceptance of late reports is a decision (agreed). The crime figures are "
          "rewritten and shortened; the case ends with item 4.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("ACBB3", size=8),
        T("Contact Officer: Vina Randhawa - Tel. 01484 221709", size=9),
        GAP(2),
        T("KIRKLEES COUNCIL", bold=True, size=12),
        T("AREA COMMITTEE – BATLEY, BIRSTALL AND BIRKENSHAW", bold=True),
        T("Tuesday 10 December 2013"),
        GAP(2),
        T("Present:   Councillor Lowe in the Chair\n               Councillors Pandor, Smaje, O’Neill and Akhtar"),
        T("Apologies were received from Councillors Light, Palfreeman, Stubley and Mayet"),
        T("Also present approximately 22 members of the public"),
        GAP(3),
        T("1   Welcome and Introduction", bold=True),
        T("The Chair welcomed everyone to the meeting and Committee Members introduced themselves."),
        T(_KIRKLEES13_LATE),
        GAP(2),
        T("2   Neighbourhood Policing Team", bold=True),
        T("Police Constable Widgery attended the meeting and gave the latest crime and community safety figures for "
          "the area, mostly incidents involving young people, with more patrols and referrals to the Anti-Social "
          "Behaviour Unit in hand; thefts from handbags and from cars near Healey Lane were rising. He answered "
          "questions and the Committee thanked him."),
        GAP(2),
        T("3   Minutes of the Previous Meeting", bold=True),
        T(_KIRKLEES13_MINUTES),
        T("Information on the Council's allotment sites, asked for last time, would be circulated to Councillors."),
        GAP(2),
        T("4   Interests", bold=True),
        T("No Councillor declared an interest in any of the items."),
    ]}]},
    attendees=[A("Lowe", PRESENT, "Chair")] + [A(n, PRESENT) for n in ["Pandor", "Smaje", "O’Neill", "Akhtar"]]
    + [A(n, APOLOGIES) for n in ["Light", "Palfreeman", "Stubley", "Mayet"]]
    + [A("Widgery", IN_ATT, "Police Constable")],
    decisions=[D(_KIRKLEES13_LATE, "agreed", "1", "Welcome and Introduction"),
               D(_KIRKLEES13_MINUTES, "approved", "3", "Minutes of the Previous Meeting")],
)

# ---------------------------------------------------------------------------------------------------------
# A Welsh council scrutiny committee taking a health board's presentation (ModernGov meeting page)

_ANGLESEY21_MINUTES = ("The minutes of the following meetings were confirmed as correct:- Minutes of the meeting held "
                       "on 11 March, 2021; Minutes of the meeting held on14 April, 2021; Minutes of the meeting held on "
                       "18 May, 2021.")

case(
    id="anglesey-partnership-regeneration-scrutiny-2021", year=2021, format="html", layout="moderngov_html",
    url="https://democracy.anglesey.gov.uk/ieListDocuments.aspx?CId=481&MeetingId=3875&LLL=0",
    body="Isle of Anglesey County Council Partnership and Regeneration Scrutiny Committee", body_kind="scrutiny",
    patterns=["apologies_none_received", "declaration_member_of_community_health_council",
              "three_sets_of_minutes_confirmed_in_bullets", "chair_welcomed_health_board_chief_executive",
              "virtual_live_streamed_venue"],
    notes="Meeting of mid-2021 (after 18 May 2021), held virtually and live-streamed (a ModernGov meeting page, the "
          "committee's number cells as printed 1-4). No attendance list; 'None received.' for apologies. A councillor "
          "declaring membership of the Community Health Council is present, optional. Three earlier minutes are "
          "confirmed in one bulleted sentence (one decision; 'held on14 April' as printed). The health board's chief "
          "executive, welcomed to present, is in attendance. Her presentation is rewritten and shortened and the case "
          "ends inside it, where the stored copy does.",
    document=moderngov_meeting(
        "Partnership and Regeneration Scrutiny Committee", "2021",
        "Virtual, Live Streamed Meeting (At present, members of the public are unable to attend)", "Mrs Mairwen Hughes", [
            {"num": "1.", "title": "Apologies", "minutes": ["None received."]},
            {"num": "2.", "title": "Declaration of Interest",
             "agenda": ["To receive any declaration of interest by any Member or Officer in respect of any item of "
                        "business."],
             "minutes": ["Councillor Trefor Ll Hughes MBE declared that he is a Member of the Community Health "
                         "Council."]},
            {"num": "3.", "title": "Minutes",
             "agenda": ["To submit, for confirmation, the minutes of the following meetings:-",
                        "<ul><li>Minutes of the meeting held on 11 March, 2021;</li><li>Minutes of the meeting held on "
                        "14 April, 2021;</li><li>Minutes of the meeting held on 18 May, 2021.</li></ul>"],
             "minutes": ["The minutes of the following meetings were confirmed as correct:-",
                         "<ul><li>Minutes of the meeting held on 11 March, 2021;</li><li>Minutes of the meeting held "
                         "on14 April, 2021;</li><li>Minutes of the meeting held on 18 May, 2021.</li></ul>"]},
            {"num": "4.", "title": "Presentation by the Chief Executive of Betsi Cadwaladr University Health Board",
             "agenda": ["To receive a presentation by the Chief Executive of Betsi Cadwaladr University Health Board."],
             "minutes": ["The Chair welcomed Ms Jo Whitehead, the Chief Executive of the Betsi Cadwaladr University "
                         "Health Board to give a presentation to the Committee.",
                         "Ms Whitehead thanked the Committee and recalled how the health board had come out of special "
                         "measures in November 2020 into targeted intervention, with four themes for improvement, "
                         "mental health services first among them."]},
        ], heading="Agenda, decisions and minutes"),
    attendees=[A("Trefor Ll Hughes", PRESENT, optional=True),
               A("Jo Whitehead", IN_ATT, "Chief Executive", "Betsi Cadwaladr University Health Board")],
    decisions=[D(_ANGLESEY21_MINUTES, "approved", "3", "Minutes")],
)
