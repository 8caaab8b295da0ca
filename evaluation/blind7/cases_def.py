"""The seventh blind set: what each document says and how it is labelled.

Every case is modelled on one stored public page (``url``) of a body that appears in none of the other
evaluation sets (``evaluation/real/*``, ``evaluation/blind``, ``blind2`` .. ``blind6``). Attendance sections and
decision wording are reproduced as published (names, roles, organisations, statuses and formulaic wording are
public facts); every narrative paragraph is written anew and kept short. Labels come from the published page only,
never from running a parser. Labelling rules are those of ``evaluation/blind/README.md``; this set's README says how
it was built.

Rendered by ``python evaluation/blind/build_cases.py --set evaluation/blind7`` with the blind set's renderers
(``render.py``) and, for PDFs, ``evaluation/real/pdfcase.py`` (tables, scanned pages).
"""
from __future__ import annotations

from labels import ABSENT, APOLOGIES, IN_ATT, PRESENT, A, D
from pdfspec import GAP, T, TABLE
from render import esc, item_history_page, moderngov_meeting, page, paras, rows_table

CASES: list[dict] = []


def case(**kw):
    CASES.append(kw)


def _bare(name: str) -> str:
    """A printed name without its title ('Mr', 'Cllr', 'Councillor', 'Dr', ...)."""
    words = name.split()
    while words and words[0].rstrip(".") in {"Mr", "Mrs", "Ms", "Miss", "Dr", "Cllr", "Councillor", "Professor",
                                             "Prof", "Inspector", "Sir"}:
        words = words[1:]
    return " ".join(words)


# ---------------------------------------------------------------------------------------------------------
# NHS boards (Scotland, Northern Ireland) and a Welsh community health council

_LANARKSHIRE14_PRESENT = [
    ("Mrs L Ace", "Director of Finance", None),
    ("Mr P Campbell", "Non Executive Director", None),
    ("Dr A Docherty", "Chair", "Area Clinical Forum"),
    ("Mr M Fuller", "Non Executive Director", None),
    ("Dr H S Kohli", "Director of Public Health and Health Policy", None),
    ("Professor R Lyness", "Director for Nurses, Midwives and the Allied Health Professions", None),
    ("Councillor J McCabe", "Non Executive Director", None),
    ("Mrs L Macer", "Employee Director", None),
    ("Miss M Morris", "Non Executive Director", None),
    ("Dr A Osborne", "Non Executive Director", None),
    ("Mr I A Ross", "Chief Executive", None),
    ("Mr C Sloey", "Director", "North Lanarkshire Community Health Partnership"),
    ("Mrs S Smith", "Non-Executive Director", None),
    ("Mr T Steele", "Non Executive Director", None),
    ("Dr. I. Wallace", "Medical Director", None),
]
_LANARKSHIRE14_ATTENDING = [
    ("Mr N J Agnew", "Board Secretary", None, ""),
    ("Mr C Cunningham", "Interim Head", "South Lanarkshire Community Health Partnership", ""),
    ("Mrs K Hamilton", "Head of Communications", None, ""),
    ("Mr A Lawrie", "Director of Acute Services", None, ""),
    ("Mr K A Small", "Director of Human Resources", None, ""),
    ("Dr A Cook", "Director of Medical Education", None, " (for item 2014/49b)"),
    ("Mrs P Milliken", "Head of Clinical Governance and Risk Management", None, " (for item 2014/49a)"),
    ("Mr M Wright", "Chief Executive", "National Education Scotland",
     " and member, Scottish Government Governance and Improvement Support Team"),
    ("Mr C Lauder", "Head of Planning and Development", None, " (for item2014/51)"),
    ("Mrs E Russell", "Assistant Health Promotion Officer", None, " (for item 2014/57)"),
]


def _role_org(role, org):
    return f"{role}, {org}" if org else role


case(
    id="lanarkshire-nhs-board-2014", year=2014, format="pdf", layout="pdf_text_role_list",
    url="https://vdocuments.net/lanarkshire-nhs-of-lanarkshire-nhs-board-in-the-community-care-category-at.html",
    body="Lanarkshire NHS Board", body_kind="scottish_health_board",
    patterns=["chair_line_before_present", "name_comma_role_lines", "part_meeting_note_after_role",
              "for_item_n_in_attendance", "apologies_heading_with_roles", "agenda_item_header_block"],
    notes="Meeting of 26 March 2014, published as agenda item 5 of the next meeting. The stored copy runs the lists "
          "together; the case puts one person per line under each heading, as board minutes of this kind print them. "
          "The stored copy ends after the apologies; the case ends there. 'item2014/51' is as printed.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("AGENDA ITEM 5", bold=True),
        T("Lanarkshire NHS Board\nKirklands Hospital\nFallside Road\nBothwell G71 8BB\nTelephone: 01698 855500\n"
          "www.nhslanarkshire.org.uk", size=9),
        GAP(3),
        T("Meeting of Lanarkshire NHS Board, held on Wednesday 26th March 2014 at 9.00am in the Board Room, NHS "
          "Lanarkshire Headquarters, Kirklands Hospital, Bothwell", bold=True),
        GAP(2),
        TABLE([["CHAIR:", "Mrs N Mahal, Non-Executive Director"]], [40, 130]),
        TABLE([["PRESENT:" if i == 0 else "",
                f"{n}, {_role_org(r, o)}" + (" (up to and including item 2014/56)" if "McCabe" in n else "")]
               for i, (n, r, o) in enumerate(_LANARKSHIRE14_PRESENT)], [40, 130]),
        GAP(2),
        TABLE([["IN ATTENDANCE:" if i == 0 else "", f"{n}, {_role_org(r, o)}{extra}"]
               for i, (n, r, o, extra) in enumerate(_LANARKSHIRE14_ATTENDING)], [40, 130]),
        GAP(2),
        TABLE([["APOLOGIES:", "Councillor J Burns, Non Executive Director"],
               ["", "Mr H Stevenson, Chief Officer, South Lanarkshire Health and Care Partnership"]], [40, 130]),
    ]}]},
    attendees=[A("N Mahal", PRESENT, "Non-Executive Director")]
    + [A(_bare(n), PRESENT, r, o) for n, r, o in _LANARKSHIRE14_PRESENT]
    + [A(_bare(n), IN_ATT, r, o) for n, r, o, _ in _LANARKSHIRE14_ATTENDING]
    + [A("J Burns", APOLOGIES, "Non Executive Director"),
       A("H Stevenson", APOLOGIES, "Chief Officer", "South Lanarkshire Health and Care Partnership")],
    decisions=[],
)

_NIAS20_PRESENT = [("Mrs N Lappin", "Chair"), ("Mr W Abraham", "Non Executive Director"),
                   ("Mr D Ashford", "Non Executive Director"), ("Mr A Cardwell", "Non Executive Director"),
                   ("Mr J Dennison", "Non Executive Director"), ("Mr T Haslett", "Non Executive Director"),
                   ("Mr M Bloomfield", "Chief Executive"), ("Ms M Lemon", "Interim Director of HR"),
                   ("Mr P Nicholson", "Interim Director of Finance"), ("Dr N Ruddell", "Medical Director"),
                   ("Mr R Sowney", "Interim Director of Operations")]
_NIAS20_ATTENDING = [("Ms L Charlton", "Director of Quality, Safety & Improvement"),
                     ("Mr B McNeill", "Clinical Response Model (CRM) Programme Director"),
                     ("Ms R O’Hara", "Programme Director – Strategic Workforce Planning")]

case(
    id="nias-trust-board-2020", year=2020, format="pdf", layout="pdf_text_agenda_then_minutes",
    url="https://docslib.org/doc/3300644/a-meeting-of-trust-board-to-be-held-at-10am-on-thursday-27-august-2020-via-"
        "zoom-due-to-covid-19-agenda-1-welcome-declara",
    body="Northern Ireland Ambulance Service Health and Social Care Trust Board", body_kind="ni_trust_board",
    patterns=["agenda_page_with_for_approval_items_first", "minutes_of_previous_meeting_as_paper",
              "name_role_table_present", "in_attendance_name_role_table", "virtual_meeting"],
    notes="The stored copy is the board pack of 27 August 2020: its agenda, then the minutes of 18 June 2020 as paper "
          "TB27/08/2020/01. Agenda lines marked 'For Approval' are not decisions. The stored copy breaks off inside "
          "the fourth 'In attendance' entry; the case ends before it.",
    document=None,
    pdf_spec={"pages": [
        {"items": [
            T("TRUST BOARD", bold=True, size=12),
            T("A meeting of Trust Board to be held at 10am on Thursday 27 August 2020 via Zoom (due to Covid-19)"),
            GAP(2), T("AGENDA", bold=True),
            TABLE([["1", "Welcome & Declarations of Conflict of Interest", "", ""],
                   ["2", "Minutes of the previous meeting of the Trust Board held on 18 June 2020",
                    "TB27/08/2020/01", "For Approval"],
                   ["3", "Matters Arising", "", ""],
                   ["4", "Chair’s Update", "", "For Noting"],
                   ["5", "Chief Executive’s Update", "", "For Noting"],
                   ["6", "NIAS’ Strategy Implementation Methodology", "TB27/08/2020/02", "For Approval"],
                   ["7", "Proposal for a NIAS Rebuilding Management Board Working Group", "TB27/08/2020/03",
                    "For Approval"],
                   ["8", "Performance Report", "TB27/08/2020/04", "For Noting"],
                   ["9", "Corporate Plan Progress Summary Report – as at September 2020", "TB27/08/2020/05",
                    "For Noting"],
                   ["10", "NIAS Annual Report and Final Accounts for the year ended 31 March 2020",
                    "TB27/08/2020/06", "For Noting"],
                   ["11", "Rebuilding HSC Services Phase 2", "TB27/08/2020/07", "For Noting"],
                   ["12", "Policy for the Recording of Early Alerts to the DoH", "TB27/08/2020/08", "For Noting"],
                   ["13", "Committee minutes: Assurance – 27/5/20; Assurance – 11/6/20; Audit – 28/5/20; "
                          "Audit – 2/7/20", "TB27/08/2020/09", "For Information"],
                   ["14", "Date & venue of next meeting: 10am on Thursday 1 October 2020", "", ""],
                   ["15", "Any Other Business", "", ""]], [10, 100, 35, 25], size=9),
        ]},
        {"items": [
            T("TB/27/08/2020/01", size=9),
            T("Minutes of NIAS Trust Board held on Thursday 18 June 2020 at 10.00am via Zoom (due to Covid-19)",
              bold=True),
            GAP(2),
            TABLE([["PRESENT:" if i == 0 else "", n, r] for i, (n, r) in enumerate(_NIAS20_PRESENT)],
                  [35, 45, 90]),
            GAP(2),
            TABLE([["IN ATTENDANCE:" if i == 0 else "", n, r] for i, (n, r) in enumerate(_NIAS20_ATTENDING)],
                  [35, 45, 90]),
        ]},
    ]},
    attendees=[A(_bare(n), PRESENT, r) for n, r in _NIAS20_PRESENT]
    + [A(_bare(n), IN_ATT, r) for n, r in _NIAS20_ATTENDING],
    decisions=[],
)

_ABCHC19_MEMBERS = [("Mrs Janet Griffiths", "Chair"), ("Mr George Clemow", ""), ("Cllr Alan Davies", ""),
                    ("Mr Brian Kember", ""), ("Mrs Sonia Stainer", "")]
_ABCHC19_COOPTED = ["Mr Ian Blackburn", "Mr Robert Dutt", "Mr Edward Watts"]
_ABCHC19_ATTENDING = [("Mrs Angela Mutlow", "Chief Officer", None),
                      ("Miss Jemma McHale", "Deputy Chief Officer", None),
                      ("Dr Gareth Oelmann", "Vice Chair", "Gwent Local Medical Committee"),
                      ("Mrs Nicola Prygodzicz", "Director of Planning", "Aneurin Bevan University Health Board"),
                      ("Mr Andrew Walker", "SCCC Project Director Planning", "Aneurin Bevan University Health Board"),
                      ("Ms Jan Wall", "Administrative Officer", None)]

case(
    id="aneurin-bevan-chc-planning-committee-2019-scan", year=2019, format="pdf", layout="pdf_scan", scan=True,
    url="https://docslib.org/doc/8743816/minutes-of-planning-committee-aneurin-bevan-community-health",
    body="Aneurin Bevan Community Health Council Planning Committee", body_kind="welsh_health_body",
    patterns=["heading_cell_then_name_role_rows", "co_opted_members_present_heading", "in_attendance_role_org_rows",
              "apologies_and_absent_headings", "new_member_welcomed_outside_lists", "action_column", "scanned_page"],
    notes="Part A (public session) of the meeting of 12 February 2019. Rendered as a scan from the stored text (the "
          "original's scan status is unknown). Mrs Ann Vincent, a new member welcomed in the first item but in none "
          "of the lists, is optional. The stored copy has no decision before it is cut off inside item P.18/77; the "
          "case ends after that item's first paragraph.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("Minutes of Planning Committee\nAneurin Bevan Community Health Council\nMeetings Room, Raglan House, "
          "Llantarnam Business Park, Cwmbran\nTuesday 12th February 2019\nPART A – PUBLIC SESSION", bold=True),
        GAP(3),
        TABLE([["Members Present:" if i == 0 else "", n, r] for i, (n, r) in enumerate(_ABCHC19_MEMBERS)]
              + [["Co-opted Members Present:" if i == 0 else "", n, ""] for i, n in enumerate(_ABCHC19_COOPTED)]
              + [["In Attendance:" if i == 0 else "", n, _role_org(r, o)]
                 for i, (n, r, o) in enumerate(_ABCHC19_ATTENDING)]
              + [["Apologies:", "Mrs Pat Cory", ""], ["", "Cllr Mrs Mandy Moore", ""], ["", "Mrs Sue Sandham", ""],
                 ["Absent:", "Mr John Pearce", ""], ["", "Cllr Julian Simmonds", ""]],
              [45, 50, 75], size=9),
        GAP(3),
        TABLE([["P.18/76", "WELCOME AND APOLOGIES", "ACTION"],
               ["", "The Chair welcomed all Members to the meeting; with a special welcome given to Mrs Ann Vincent who "
                    "had recently joined the Aneurin Bevan Community Health Council.; Dr Gareth Oelmann, Vice Chair, "
                    "Gwent Local Medical Committee, Mrs Nicola Prygodzicz, Director of Planning and Mr Andrew Walker, "
                    "Specialist Critical Care Centre (SCCC) Project Director of Planning, Aneurin Bevan University "
                    "Health Board.\n\nApologies were received from Mrs Pat Cory, Cllr Mrs Mandy Moore and Mrs Sue "
                    "Sandham.", ""],
               ["P.18/77", "CHAIR’S ANNOUNCEMENTS", ""],
               ["", "a) Planning Committee meeting format\nThe Chair described how meetings would now run in two "
                    "parts, a public Part A and a private Part B, each with its own minutes, and said that no members "
                    "of the public had come to this meeting.", ""]],
              [20, 130, 20], size=9),
    ]}]},
    attendees=[A(_bare(n), PRESENT, r or None) for n, r in _ABCHC19_MEMBERS]
    + [A(_bare(n), PRESENT) for n in _ABCHC19_COOPTED]
    + [A(_bare(n), IN_ATT, r, o) for n, r, o in _ABCHC19_ATTENDING]
    + [A("Pat Cory", APOLOGIES), A("Mandy Moore", APOLOGIES), A("Sue Sandham", APOLOGIES),
       A("John Pearce", ABSENT), A("Julian Simmonds", ABSENT), A("Ann Vincent", PRESENT, optional=True)],
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# Partnership boards: a regional development agency, a local enterprise partnership, a Welsh public services board

_ONE_NE06_MEMBERS = [("Mrs Margaret Fay", "Chair"), ("Mr Ian Brown", ""), ("Mr John Cuthbert", ""),
                     ("Mr Christopher Edwards", ""), ("Mrs Jackie Fisher", ""), ("Mr Kevin Rowan", ""),
                     ("Cllr John Shipley", ""), ("Cllr Bob Symonds", ""), ("Mrs Christine Smith", ""),
                     ("Mrs Alison Thain", ""), ("Mr Chris Thompson", ""), ("Mrs Kate Welch", "")]
_ONE_NE06_OFFICERS = [("Mr Alan Clarke", "Chief Executive"), ("Mr David Allison", "Director of Business & Industry"),
                      ("Mrs Stacy Hall", "Director of Communications"), ("Mr John Holmes", "Director of Regeneration &"),
                      ("Mr Malcolm Page", "Director of Corporate Resources"),
                      ("Mrs Pat Ritchie", "Director of Strategy &"),
                      ("Mr Peter Judge", "Head of Legal Services (acting as Secretary to the Board)")]

case(
    id="one-northeast-board-2006-scan", year=2006, format="pdf", layout="pdf_scan", scan=True,
    url="http://www.docstoc.com/docs/61660089/4Th-of-July-Templates",
    body="One NorthEast Board", body_kind="regional_development_agency",
    patterns=["members_heading_cell_name_role_rows", "officers_heading_cell_name_role_rows", "bm_yy_nn_minute_numbers",
              "declarations_by_members_listed_as_bullets", "minutes_agreed_as_accurate_record", "scanned_page"],
    notes="Meeting of 4 July 2006. The stored copy (re-published under an unrelated title) has lost the body's name "
          "from its heading; the board is identified from its chair and chief executive, and the heading is left "
          "as stored. Two officers' roles wrap onto a second line the stored copy lost ('Director of Regeneration &'); "
          "they are printed as stored. The apologies sentence loses the second name's surname in the stored copy; "
          "the case names only Geoff Hodgson. 'approved for sign' is completed as 'approved for signature'. Rendered "
          "as a scan (the original's scan status is unknown).",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("MINUTES OF THE MEETING OF\n\nON TUESDAY 4 JULY 2006 AT 10.00am", bold=True),
        GAP(3),
        TABLE([["Members" if i == 0 else "", n, r] for i, (n, r) in enumerate(_ONE_NE06_MEMBERS)], [25, 60, 85]),
        GAP(2),
        TABLE([["Officers" if i == 0 else "", n, r] for i, (n, r) in enumerate(_ONE_NE06_OFFICERS)], [25, 60, 85]),
        GAP(3),
        TABLE([["BM/06/90", "Apologies for Absence\n\nApologies were received from Geoff Hodgson."],
               ["BM/06/91", "Declaration of Interests\n\nThe following interests were declared:\n"
                            "• John Shipley declared his interest in all items relating to Newcastle City Council.\n"
                            "• Bob Symonds declared his interests in all items relating to Sunderland City Council "
                            "and Sunderland ARC.\n"
                            "• Christine Smith declared her interests in all matters relating to Durham County "
                            "Council."],
               ["BM/06/92", "Minutes of the previous meeting\n\nMinutes of the meeting held on 24th May 2006 were "
                            "agreed as an accurate record approved for signature."],
               ["BM/06/93", "Chief Executive’s Report\n\nThe Chief Executive took the Board through the main points "
                            "of his written report, concentrating on the regional investment programme and staffing "
                            "changes since May."]], [25, 145]),
    ]}]},
    attendees=[A(_bare(n), PRESENT, r or None) for n, r in _ONE_NE06_MEMBERS]
    + [A(_bare(n), IN_ATT, r) for n, r in _ONE_NE06_OFFICERS]
    + [A("Geoff Hodgson", APOLOGIES)],
    decisions=[D("Minutes of the meeting held on 24th May 2006 were agreed as an accurate record approved for "
                 "signature.", "approved", "BM/06/92", "Minutes of the previous meeting")],
)

_TVU14 = [
    ("Sandy Anderson (SA)", "Chair", "Sandy Anderson", "Chair", None),
    ("Councillor Bill Dixon (BD)", "Leader, Darlington BC", "Bill Dixon", "Leader", "Darlington BC"),
    ("Councillor David Budd", "Deputy Mayor, Middlesbrough BC", "David Budd", "Deputy Mayor", "Middlesbrough BC"),
    ("Councillor George Dunning (GD)", "Leader, Redcar & Cleveland BC", "George Dunning", "Leader",
     "Redcar & Cleveland BC"),
    ("Councillor Bob Cook (BC)", "Leader, Stockton on Tees BC", "Bob Cook", "Leader", "Stockton on Tees BC"),
    ("Councillor Christopher Akers-Belcher", "Leader, Hartlepool BC", "Christopher Akers-Belcher", "Leader",
     "Hartlepool BC"),
    ("David Soley (DS)", "Executive Chairman, Tenergis, Wilton Group, Camerons , ERS", "David Soley",
     "Executive Chairman", "Tenergis, Wilton Group, Camerons , ERS"),
    ("David Robinson", "CEO PD Ports", "David Robinson", "CEO", "PD Ports"),
    ("Paul Booth", "President, Sabic UK Petrochemicals", "Paul Booth", "President", "Sabic UK Petrochemicals"),
    ("Martin Raby (RB)", "Principal, Cleveland College of Art and Design (FE+ representative)", "Martin Raby",
     "Principal", "Cleveland College of Art and Design"),
    ("Margaret Coates", "Policy Advisor BIS", "Margaret Coates", "Policy Advisor", "BIS"),
    ("Anne Yare", "HR Director, DeepOcean Group", "Anne Yare", "HR Director", "DeepOcean Group"),
    ("Naz Parker,", "Executive Director, Homes and Communities Agency", "Naz Parker", "Executive Director",
     "Homes and Communities Agency"),
    ("Ian Kinnery", "Independent Advisor, Team Massive Results", "Ian Kinnery", "Independent Advisor",
     "Team Massive Results"),
    ("Alison Thain (AT)", "CEO, Thirteen Group", "Alison Thain", "CEO", "Thirteen Group"),
    ("Rob Mitchell (RM)", "Redcar and Cleveland Borough Council", "Rob Mitchell", None,
     "Redcar and Cleveland Borough Council"),
    ("Dave Stubbs (DSt)", "CEO Hartlepool Borough Council", "Dave Stubbs", "CEO", "Hartlepool Borough Council"),
    ("Mike Robinson (MR)", "CEO Middlesbrough Borough Council", "Mike Robinson", "CEO",
     "Middlesbrough Borough Council"),
    ("Neil Schneider (NS)", "CEO Stockton on Tees Borough Council", "Neil Schneider", "CEO",
     "Stockton on Tees Borough Council"),
    ("Ada Burns (AB)", "CEO Darlington BC", "Ada Burns", "CEO", "Darlington BC"),
    ("Denise Ogden", "Director of Place and Neighbourhoods, Hartlepool BC", "Denise Ogden",
     "Director of Place and Neighbourhoods", "Hartlepool BC"),
    ("Linda Edworthy (LE)", "Tees Valley Unlimited", "Linda Edworthy", None, "Tees Valley Unlimited"),
    ("Neil Kenley (NK)", "Tees Valley Unlimited", "Neil Kenley", None, "Tees Valley Unlimited"),
    ("Stephen Catchpole (SC)", "Tees Valley Unlimited", "Stephen Catchpole", None, "Tees Valley Unlimited"),
]

case(
    id="tees-valley-unlimited-leadership-board-2014", year=2014, format="pdf", layout="pdf_text_attendees_table",
    url="https://docslib.org/doc/3138213/minutes-of-previous-meeting-agreed",
    body="Tees Valley Unlimited Leadership Board", body_kind="lep_board",
    patterns=["attendees_heading_name_initials_role_org_table", "councillor_title_before_name",
              "apologies_numbered_item_bare_names", "welcome_of_listed_members", "minutes_agreed_single_word",
              "protective_marking_header"],
    notes="Notes of the meeting of 22 October 2014 of the local enterprise partnership's board. The stored text "
          "drops three place names inside the attendees list ('Leader, BC' twice, 'Unlimited' once); the case restores "
          "Darlington, Hartlepool and 'Tees Valley' from the other entries and public office-holders of 2014. Everyone "
          "under 'ATTENDEES' is labelled present (the list does not separate officers). The case ends inside the first "
          "presentation, rewritten.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("PROTECTED", size=8),
        T("Notes of Meeting", bold=True, size=12), T("LEADERSHIP BOARD", bold=True),
        T("Meeting held at Cavendish House, Stockton at 2.00 pm on Wednesday 22nd October 2014"),
        GAP(2), T("ATTENDEES", bold=True),
        TABLE([[p, ro] for p, ro, *_ in _TVU14], [65, 105], size=9),
        GAP(3),
        T("1 Chair’s Welcome", bold=True),
        T("SA opened the meeting and welcomed Anne Yare and Martin Raby to the Board."),
        T("2 Apologies", bold=True),
        T("Ray Mallon, Nigel Perry, Alastair MacColl, Professor Graham Henderson, Amanda Skelton."),
        T("3 Conflicts of Interest", bold=True),
        T("Councillor George Dunning declared an interest in Paul Booth’s presentation and Martin Raby in the LGF "
          "report."),
        T("4 Minutes of previous meeting", bold=True), T("Agreed"),
        T("5 Presentation on a regional hydrogen strategy", bold=True),
        T("Neil Kenley explained why the study had been commissioned and said that a small steering group of "
          "council and industry officers now oversaw it."),
    ]}]},
    attendees=[A(n, PRESENT, r, o) for _, _, n, r, o in _TVU14]
    + [A(n, APOLOGIES) for n in ["Ray Mallon", "Nigel Perry", "Alastair MacColl", "Graham Henderson",
                                 "Amanda Skelton"]],
    decisions=[D("Agreed", "approved", "4", "Minutes of previous meeting")],
)

case(
    id="swansea-psb-partnership-group-2019", year=2019, format="html", layout="moderngov_html",
    url="http://democracy.swansea.gov.uk/ieListDocuments.aspx?CId=586&MeetingId=8377&LLL=0",
    body="Swansea Public Services Board Partnership Group", body_kind="public_services_board",
    patterns=["item_table_without_numbers", "minutes_agreed_approved_and_signed", "absent_officer_only_in_narrative",
              "public_question_named_questioner"],
    notes="The stored copy shows no meeting date; it confirms the minutes of 12 March 2019, so the meeting is later "
          "in 2019. The page prints no attendance list. The chief executive, named only as absent through illness in "
          "narrative, is optional; the member of the public asking a question is not an attendee. The case ends at "
          "the public question.",
    document=moderngov_meeting(
        "Swansea Public Services Board Partnership Group", "2019", "Committee Room 2 - Civic Centre, Swansea",
        "Democratic Services - 01792 636923", [
            {"title": "Welcome & Apologies for Absence.", "minutes": [
                "The Chair welcomed all present to the meeting and introductions were invited from all present.",
                "The Chair asked after Mr Phil Roberts, Chief Executive, who was off work after a short illness. The "
                "Deputy Chief Executive said he was recovering well and expected back within weeks.",
                "The Board asked that its good wishes be passed on to Mr Roberts."]},
            {"title": "Disclosures of Personal & Prejudicial Interest.", "minutes": ["No interests were declared."]},
            {"title": "Minutes.", "agenda": ["To approve and sign the Minutes of the previous meeting(s) as a correct "
                                             "record."],
             "minutes": ["Agreed that the Minutes of the Swansea Public Services Board Partnership Group meeting held "
                         "on 12 March 2019 be approved and signed as a correct record."]},
            {"title": "Public Questions.", "agenda": ["Questions must relate to matters on the open part of the "
                                                      "Agenda of the meeting and will be dealt with in a 10 minute "
                                                      "period."],
             "minutes": ["Mr Nortridge Perrott asked about the Board’s new work plan, its governance structure and "
                         "how any pooled budget would be audited and reported.",
                         "The Chair said a written answer would follow."]},
        ]),
    attendees=[A("Phil Roberts", ABSENT, "Chief Executive", optional=True)],
    decisions=[D("Agreed that the Minutes of the Swansea Public Services Board Partnership Group meeting held on "
                 "12 March 2019 be approved and signed as a correct record.", "approved", None, "Minutes.")],
)

# ---------------------------------------------------------------------------------------------------------
# Council committees, scrutiny, area committees

_WLOTHIAN15_ATTENDING = [
    ("Graeme Struthers", "Lead Officer", "West Lothian Council"),
    ("Dougie Grierson", "Community Regeneration Officer", "West Lothian Council"),
    ("Inspector John McEwan", None, "Police Scotland"),
    ("David Lees", "Locality Manager", "West Lothian Council"),
    ("Craig McCorriston", "Head of Planning and Economic Development", None),
    ("David Goodenough", "Waste Manager", "West Lothian Council"),
    ("Phyllis McFadden", "Housing Manager", "West Lothian Council"),
    ("Alex Hume", None, "Scottish Fire and Rescue Service"),
    ("Mark Landels", None, "Scottish Fire and Rescue Service"),
]

case(
    id="west-lothian-linlithgow-lac-2015", year=2015, format="pdf", layout="pdf_text_dash_lists",
    url="https://docslib.org/doc/9721953/falkirk-council",
    body="West Lothian Council Linlithgow Local Area Committee", body_kind="council_committee",
    patterns=["present_dash_run_on_councillors", "apologies_dash_single", "in_attendance_dash_then_one_per_line",
              "inquorate_meeting_note", "committee_approved_the_minute", "data_label_page_header"],
    notes="Meeting of 19 May 2015 in Linlithgow, stored under an unrelated title. The stored text drops 'LOTHIAN' from "
          "the heading and from two attendees' organisations ('Lead Officer, Council'; 'Police'); the case restores "
          "'West Lothian' and 'Police Scotland'. The case ends inside item 4, rewritten.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("DATA LABEL: Public                                                                                  91",
          size=8),
        GAP(2),
        T("MINUTE of MEETING of the LOCAL AREA COMMITTEE of WEST LOTHIAN COUNCIL held within EDUCATION ROOM, BURGH "
          "HALLS, LINLITHGOW, on 19 MAY 2015.", bold=True),
        GAP(2),
        T("Present – Councillors Tom Conn (Chair) and Tom Kerr"),
        GAP(1), T("Apologies – Councillor Martyn Day"),
        GAP(1), T("In Attendance –"),
        T("\n".join(f"{n}, {', '.join(x for x in (r, o) if x)}" for n, r, o in _WLOTHIAN15_ATTENDING)),
        GAP(2),
        T("1. ORDER OF BUSINESS", bold=True),
        T("The Clerk advised that under the Scheme of Administration only two ward members were present and the "
          "meeting was not quorate; it could go ahead, but anything it resolved would need ratifying by the Council "
          "Executive."),
        T("2. DECLARATIONS OF INTEREST", bold=True), T("No declarations of interest were made."),
        T("3. MINUTE", bold=True),
        T("The committee approved the Minute of its Meeting held on 17th February 2015. The Minute was thereafter "
          "signed by the Chair."),
        T("4. POLICE WARD REPORT", bold=True),
        T("Inspector McEwan presented the police report for the ward to the end of January, setting this year's "
          "figures against last year's and explaining the local priorities."),
    ]}]},
    attendees=[A("Tom Conn", PRESENT, "Chair"), A("Tom Kerr", PRESENT), A("Martyn Day", APOLOGIES)]
    + [A(_bare(n), IN_ATT, r, o) for n, r, o in _WLOTHIAN15_ATTENDING],
    decisions=[D("The committee approved the Minute of its Meeting held on 17th February 2015. The Minute was "
                 "thereafter signed by the Chair.", "approved", "3.", "MINUTE")],
)

case(
    id="chichester-corporate-governance-audit-2019", year=2019, format="html", layout="moderngov_html",
    url="https://chichester.moderngov.co.uk/ieListDocuments.aspx?CId=130&MId=1147",
    body="Chichester District Council Corporate Governance and Audit Committee", body_kind="council_committee",
    patterns=["resolved_on_its_own_line_then_minutes_clause", "chair_named_only_in_narrative",
              "officer_named_only_in_narrative", "matters_arising_after_resolution"],
    notes="The stored copy shows no meeting date; it approves the minutes of 28 March 2019. No attendance list is "
          "printed; the chair and an officer named in narrative are optional. The case ends at item 252's agenda "
          "text.",
    document=moderngov_meeting(
        "Corporate Governance and Audit Committee", "2019", "Committee Room 2, East Pallant House",
        "Katherine Davis on 01243 534674", [
            {"num": "248.", "title": "Chairman's Announcements",
             "agenda": ["Any apologies for absence that have been received will be noted at this point."],
             "minutes": ["Mrs O’Kelly told the meeting that she preferred to be addressed as Chair.",
                         "The Chair asked presenting officers to keep to the main points of their reports so that "
                         "members had time for questions, and thanked Mrs Belenger for the training session on "
                         "corporate governance held earlier that day."]},
            {"num": "249.", "title": "Approval of Minutes",
             "agenda": ["The committee is requested to approve the minutes of its ordinary meeting on 28 March 2019."],
             "minutes": ["RESOLVED",
                         "The minutes of the meeting held on 28 March 2019 be approved and signed by the Chairman as a "
                         "correct record.",
                         "Matters Arising: Minute 242 – Mrs Belenger gave the Committee the number of benefit "
                         "claimants overpaid in 2018-2019 and the number of customers involved."]},
            {"num": "250.", "title": "Urgent items", "minutes": ["There were no urgent items."]},
            {"num": "251.", "title": "Declarations of Interest", "minutes": ["There were no declarations of interests."]},
            {"num": "252.", "title": "Public Question Time",
             "agenda": ["Public questions must be submitted in writing by 12:00pm the day before the meeting."]},
        ]),
    attendees=[A("O’Kelly", PRESENT, "Chair", optional=True), A("Belenger", IN_ATT, optional=True)],
    decisions=[D("The minutes of the meeting held on 28 March 2019 be approved and signed by the Chairman as a correct "
                 "record.", "approved", "249.", "Approval of Minutes")],
)

_VOG18_PRESENT = ["V.J. Bailey", "Mrs. P. Drake", "V.P. Driscoll", "S.T. Edwards", "G. John", "M. Lloyd", "N. Moore",
                  "A.R. Robertson", "Ms. S. Sivagnanam", "S.T. Wiliam"]
_VOG18_ALSO = ["L. Burnett", "N.P. Hodges", "K.P. Mahoney", "L.O. Rowlands", "M.R. Wilson"]

case(
    id="vale-of-glamorgan-scrutiny-er-2018", year=2018, format="html", layout="council_minutes_page",
    url="https://www.valeofglamorgan.gov.uk/en/our_council/Council-Structure/minutes,_agendas_and_reports/minutes/"
        "Scrutiny-ER/2018/18-05-17.aspx",
    body="Vale of Glamorgan Council Scrutiny Committee (Environment and Regeneration)", body_kind="council_scrutiny",
    patterns=["present_councillor_chairman_then_semicolon_list", "also_present_cabinet_member_in_brackets",
              "initials_with_dots", "spaced_letters_t_h_a_t", "recommended_minutes_to_council",
              "resolution_without_visible_heading", "call_in_presented_by_non_member"],
    notes="Meeting of 17 May 2018. The stored copy keeps the minute headings only for item 44; the first resolution "
          "has no heading and no number, and the case shows it the same way. The minutes are 'RECOMMENDED' (to "
          "Council), so that decision is optional. The case ends inside the call-in item, rewritten.",
    document=page("Minutes - Scrutiny Committee (Environment and Regeneration) - 17 May 2018", "\n".join([
        "<h1>Scrutiny Committee (Environment and Regeneration)</h1>",
        paras(["Minutes of a meeting held on 17th May, 2018.",
               "Present:  Councillor V.J. Bailey (Chairman); Councillors Mrs. P. Drake, V.P. Driscoll, S.T. Edwards, "
               "G. John,  M. Lloyd, N. Moore, A.R. Robertson, Ms. S. Sivagnanam and  S.T. Wiliam.",
               "Also present: Councillor J.C. Bird (Cabinet Member for Regeneration and Planning), Councillors "
               "L. Burnett, N.P. Hodges, K.P. Mahoney, L.O. Rowlands and M.R. Wilson.",
               "RESOLVED - T H A T Councillor M. Lloyd be appointed Vice-Chairman for the Municipal Year.",
               "44        MINUTES -",
               "RECOMMENDED - T H A T the minutes of the Extraordinary Meeting held on 19th April, 2018 be approved as "
               "a correct record.",
               "Councillor A.R. Robertson declared a personal and prejudicial interest in Agenda Item No. 5 because he "
               "owned land on and next to the Cosmeston site.",
               "The Chairman invited Councillor L. Burnett, who is not a Member of the Committee, to present her "
               "call-in. She said the Council had long accepted income generation in its country parks, but that "
               "selling parts of them for campsites was a different step that needed close scrutiny first."]),
    ])),
    attendees=[A(_bare(n), PRESENT, "Chairman" if n == "V.J. Bailey" else None) for n in _VOG18_PRESENT]
    + [A("J.C. Bird", IN_ATT, "Cabinet Member for Regeneration and Planning")]
    + [A(n, IN_ATT) for n in _VOG18_ALSO],
    decisions=[D("RESOLVED - T H A T Councillor M. Lloyd be appointed Vice-Chairman for the Municipal Year.",
                 "approved", None, None),
               D("RECOMMENDED - T H A T the minutes of the Extraordinary Meeting held on 19th April, 2018 be approved "
                 "as a correct record.", "approved", "44", "MINUTES", optional=True)],
)

case(
    id="monmouthshire-bryn-y-cwm-area-committee-2017", year=2017, format="html", layout="moderngov_html",
    url="http://democracy.monmouthshire.gov.uk/ieListDocuments.aspx?CId=151&MId=2374&Ver=4&LLL=0",
    body="Monmouthshire County Council Bryn y Cwm Area Committee", body_kind="council_committee",
    patterns=["item_table_without_numbers", "first_person_we_resolved", "two_resolutions_in_one_item",
              "minutes_confirmed_and_signed"],
    notes="The stored copy shows no date; it confirms the minutes of 13 September 2017, so the meeting is later in "
          "2017. No attendance list is printed. The stored copy breaks off inside the last item's resolution; the "
          "case ends before it.",
    document=moderngov_meeting(
        "Bryn y Cwm Area Committee", "2017", "The Council Chamber, Town Hall, Abergavenny", "Democratic Services", [
            {"title": "Declarations of Interest", "minutes": ["There were no declarations of interest made by "
                                                              "Members."]},
            {"title": "Public Open Forum", "minutes": ["There were no members of the public present with issues to be "
                                                       "raised."]},
            {"title": "Confirmation of Minutes", "minutes": [
                "The minutes of the Bryn y Cwm Area Committee dated 13th September 2017 were confirmed and signed by "
                "the Chairman."]},
            {"title": "Area Committee Terms of Reference", "minutes": [
                "We received the Area Committee Terms of Reference as set out in the Cabinet report of 6th September "
                "2017 on the community engagement review.",
                "We resolved to adopt the terms of reference subject to a slight amendment to bullet point 7 – the "
                "final word be changed from Borough to County.",
                "The Head of Policy and Governance said that voting rights for town and community council "
                "representatives on the Area Committee would have to be settled by Full Council, which was soon to "
                "receive a report on changes to the constitution.",
                "We resolved that the Head of Policy and Governance contacts the Monitoring Officer with a view to "
                "expediting this matter."]},
            {"title": "Representation of the Area Committee on the Monmouthshire Strategic Transport Group",
             "minutes": ["The Strategic Transport Group had asked each of the four Area Committees to nominate one "
                         "member to sit on it."]},
        ]),
    attendees=[],
    decisions=[D("The minutes of the Bryn y Cwm Area Committee dated 13th September 2017 were confirmed and signed by "
                 "the Chairman.", "approved", None, "Confirmation of Minutes"),
               D("We resolved to adopt the terms of reference subject to a slight amendment to bullet point 7 – the "
                 "final word be changed from Borough to County.", "approved", None,
                 "Area Committee Terms of Reference"),
               D("We resolved that the Head of Policy and Governance contacts the Monitoring Officer with a view to "
                 "expediting this matter.", "agreed", None, "Area Committee Terms of Reference")],
)

# ---------------------------------------------------------------------------------------------------------
# Council cabinets / executives

_GATESHEAD23_PARTS = [
    "That the “minded to” devolution deal as set out in Annex A to Appendix 2 of the report be endorsed in "
    "principle.",
    "That the findings of the governance review as set out in Appendix 2 to the report, namely that the "
    "proposed creation of a new mayoral combined authority for the North East region to replace the "
    "existing combined authorities will improve the exercise of statutory functions across the region be "
    "agreed.",
    "That the North East Councils publishing a scheme for the delivery of these governance changes (the "
    "current draft of which scheme as set out in Annex B to Appendix 2) be agreed.",
    "That the North East Councils undertake public consultation in connection with the proposals "
    "contained in the scheme, as described in paragraphs 12 and 13 of the report, be agreed.",
    "That the Chief Executive, in consultation with the Leader of Council, be authorised to take all steps "
    "necessary to implement the above proposals, including (but not limited to) making amendments to the "
    "scheme prior to its publication for consultation purposes.",
]

case(
    id="gateshead-cabinet-2023", year=2023, format="html", layout="moderngov_html",
    url="https://democracy.gateshead.gov.uk/ieListDocuments.aspx?CId=138&MId=3394&Ver=4",
    body="Gateshead Council Cabinet", body_kind="council_cabinet",
    patterns=["single_item_meeting_page", "resolution_parts_without_resolved_label", "decision_reason_paragraph",
              "item_without_number"],
    notes="Cabinet of 17 January 2023. The stored copy shows the five resolutions as separate 'That …' paragraphs "
          "with no 'Resolved' label and no item number; they are one decision. The reason paragraph is not a "
          "decision. No attendance is printed.",
    document=moderngov_meeting(
        "Cabinet", "Tuesday, 17th January, 2023 10.00 am", "Bridges Room - Civic Centre", "Kevin Ingledew", [
            {"title": "North East Devolution", "agenda": ["Report of the Chief Executive"], "minutes": [
                "Consideration has been given to the progress made in securing a devolution deal for the North East "
                "and to the next steps in progressing the necessary governance arrangements.",
                *_GATESHEAD23_PARTS,
                "The above decisions have been made for the following reason:",
                "A new mayoral combined authority would secure the benefits of the proposed deal and improve how "
                "statutory functions are exercised across the region."]},
        ], heading="Agenda and minutes"),
    attendees=[],
    decisions=[D(" ".join(_GATESHEAD23_PARTS), "agreed", None, "North East Devolution")],
)

_BRISTOL16_DECISION = [
    "That the report recommendations be approved, as follows:",
    "1. To note the Summary of Consultation Responses report and the representations submitted to the Secretary "
    "of State and the variations described in Appendix B.",
    "2. To note the principles in the Governance Scheme are delivered, subject to the variations referred to in "
    "Appendix B.",
    "3. Subject to the safeguard in recommendation 5 below, to give consent to the establishment of the West of "
    "England Combined Authority.",
    "4. To appoint the Mayor as this Council’s member of the West of England Combined Authority.",
    "5. To delegate to the Chief Executive, in consultation with the Mayor the authority to take all decisions, to "
    "make all necessary appointments, arrangements and provide written confirmation to the Secretary of State "
    "consenting to the making of an Order creating a West of England Combined Authority.",
    "6. To delegate authority to the Monitoring Officer to make all consequential amendments to the Council’s "
    "constitution."]

case(
    id="bristol-cabinet-2016", year=2016, format="html", layout="moderngov_issue_page",
    url="https://democracy.bristol.gov.uk/ieIssueDetails.aspx?IId=7303&PlanId=0&Opt=3",
    body="Bristol City Council Cabinet", body_kind="council_cabinet",
    patterns=["issue_page_meeting_line", "decision_heading_then_numbered_recommendations",
              "report_recommendations_be_approved_as_follows"],
    notes="Cabinet of 14 November 2016, item 6. The numbered recommendations are one decision.",
    document=item_history_page("Issue - meetings", None, "Mayoral Combined Authority", [
        "Meeting: 14/11/2016 - Cabinet (Item 6.)",
        "6. Consideration of the establishment of the West of England Mayoral Combined Authority",
        "To seek approval to the draft order establishing the West of England Mayoral Combined Authority.",
        "Decision:",
        *_BRISTOL16_DECISION]),
    attendees=[],
    decisions=[D(" ".join(_BRISTOL16_DECISION), "approved", "6.",
                 "Consideration of the establishment of the West of England Mayoral Combined Authority")],
)

_BRADFORD20_DECISION = [
    "Resolved –",
    "(1)       That the Governance Review attached as Appendix 1 to Document “BP” was considered and its "
    "conclusions endorsed, including that an Order under S104 and S105 in relation to the changes to "
    "constitutional arrangements considered in the Review and the delegation of additional functions to "
    "the Combined Authority would be likely to improve the exercise of statutory functions in relation to "
    "the Combined Authority’s area.",
    "(2)       That the draft Scheme for the establishment of the Mayoral Combined Authority, attached as "
    "Appendix 2 to Document “BP” was considered and commented on.",
    "(3)       That it be agreed that a public consultation exercise is undertaken on the proposals "
    "contained in the Scheme and comments invited on the draft consultation questions, which are attached "
    "as Appendix 3 to Document “BP”.",
    "(4)       That it be agreed that engagement with the Combined Authority and other Constituent Councils "
    "should progress as described in Document “BP” and that the Managing Director of the Combined "
    "Authority, in consultation with the Chief Executive and Leader of this Council, be authorised to take "
    "any steps to finalise the Scheme and progress the public consultation exercise as set out above."]

case(
    id="bradford-executive-2020", year=2020, format="html", layout="moderngov_decisions_published",
    url="https://bradford.moderngov.co.uk/mgDelegatedDecisions.aspx?DR=10%2F05%2F2020-24%2F05%2F2020&RP=0&K=0&DM=0&"
        "HD=0&DS=2&Next=true&META=mgdelegateddecisions&V=1",
    body="City of Bradford Metropolitan District Council Executive", body_kind="council_cabinet",
    patterns=["decisions_published_listing", "decision_maker_and_dates_lines", "resolved_dash_numbered_parts",
              "document_letter_references"],
    notes="Decision of the Executive of 19 May 2020 as listed on the 'Decisions published' page. The stored copy does "
          "not show the decision's title and breaks off inside part (5); the case ends after part (4). The numbered "
          "parts are one decision.",
    document=page("Decisions published", "\n".join([
        "<h1>Decisions published</h1>",
        paras(["Use the search options at the bottom of the page to find decisions taken by the council’s "
               "decision-making bodies; officer decisions have their own page.",
               "Decision Maker: Executive", "Made at meeting: 19/05/2020 - Executive",
               "Decision published: 20/05/2020", "Effective from: 19/05/2020",
               *_BRADFORD20_DECISION]),
    ])),
    attendees=[],
    decisions=[D(" ".join(_BRADFORD20_DECISION), "agreed", None, None)],
)

case(
    id="durham-cabinet-2013", year=2013, format="html", layout="moderngov_item_page",
    url="https://democracy.durham.gov.uk/mgAi.aspx?ID=10182",
    body="Durham County Council Cabinet", body_kind="council_cabinet",
    patterns=["agenda_item_page", "key_decision_reference_in_title", "resolution_without_resolved_label"],
    notes="Key decision R&ED/16/13, so 2013. The stored copy shows the resolution with no 'Resolved' label; the case "
          "shows it the same way.",
    document=item_history_page("Agenda item", None,
                               "Improving Economic Governance - Creation of a Combined Authority - Joint Report of "
                               "Chief Executive and Corporate Director, Regeneration and Economic Development [Key "
                               "Decision: R&ED/16/13]", [
        "The Cabinet considered a report of the Corporate Director Regeneration and Economic Development on a review "
        "of how the seven North East councils govern economic growth and transport, and on sending the final report "
        "and a scheme for a combined authority to Government (for copy see file of Minutes).",
        "That the recommendation contained in the report be approved.",
        "Supporting documents:"]),
    attendees=[],
    decisions=[D("That the recommendation contained in the report be approved.", "approved", None,
                 "Improving Economic Governance - Creation of a Combined Authority - Joint Report of Chief Executive "
                 "and Corporate Director, Regeneration and Economic Development [Key Decision: R&ED/16/13]")],
)

# ---------------------------------------------------------------------------------------------------------
# Councils (full council meetings, a town council, a community council)

_STOCKTON07_PRESENT = [
    "Hilary Aggio", "Mrs Lynne Apedaile", "Paul Baker", "Jim Beall", "Mrs Jennie Beaumont", "Phillip Broughton",
    "Mrs Ann Cains", "Dick Cains", "Aidan Cockerill", "David Coleman", "Robert Cook", "Mrs Eileen Craggs",
    "Alex Cunningham", "Ken Dixon", "Mick Eddy", "Kevin Faulks", "John Fletcher", "Mrs Suzanne Fletcher",
    "Maurice Frankland", "Robert Gibson", "David Harrington", "Miss Barbara Inman", "Mohammed Javed", "Paul Kirton",
    "Terry Laing", "Miss Tina Large", "Colin Leckonby", "Alan Lewis", "Ken Lupton", "Mrs Ann McCoy", "Lee Narroway",
    "Mrs Kath Nelson", "Steve Nelson", "Mrs Jean O'Donnell", "Ross Patterson", "Maurice Perry", "Mrs Maureen Rigg",
    "Roy Rix", "Julia Roberts", "Fred Salt", "Andrew Sherris", "Michael Smith", "Mick Stoker", "Mrs Allison Trainer",
    "Steve Walmsley", "Mrs Sylvia Walmsley", "Mrs Mary Womphrey", "Mick Womphrey", "William Woodhead",
    "Barry Woodhouse"]
_STOCKTON07_OFFICERS = ["G Garlick", "A Baxter", "D E Bond", "P K Bell", "N Schneider", "J Danks", "H Dean",
                        "J Spittle"]
_STOCKTON07_APOLOGIES = ["Ian Dalgarno", "Jackie Earl", "John Gardner", "Andrew Larkin", "Liz Nesbitt"]

case(
    id="stockton-on-tees-council-2007", year=2007, format="html", layout="attendance_details_page",
    url="http://egenda.stockton.gov.uk/aksstockton/users/public/admin/kab12.pl?cmte=COU&amp;meet=20&amp;arc=71",
    body="Stockton-on-Tees Borough Council", body_kind="council",
    patterns=["attendance_details_block", "mayor_title_with_name_in_brackets", "cllr_prefixed_comma_list",
              "officers_initials_with_department_codes", "in_attendance_with_members_of_the_public",
              "item_description_decision_table"],
    notes="Full Council of 5 September 2007. Officers are listed by initials with department codes in brackets. The "
          "stored copy breaks off inside the decision of C 65/07 ('correct recor'); the word is completed and the "
          "case ends there.",
    document=page("Council Minutes", "\n".join([
        "<h1>Stockton-on-Tees Borough Council</h1><h2>Council Minutes</h2>",
        paras(["Date: Wednesday, 5th September, 2007", "Time: 07.05 p.m.",
               "Place: Council Chamber, Town Hall, High Street, Stockton on Tees",
               "Please note: all Minutes are subject to approval at the next Meeting"]),
        "<h3>Attendance Details</h3>",
        paras(["Present:",
               "The Worshipful the Mayor (Cllr Bill Noble), "
               + ", ".join(f"Cllr {n}" for n in _STOCKTON07_PRESENT[:-1]) + f" and Cllr {_STOCKTON07_PRESENT[-1]}.",
               "Officers:",
               "G Garlick (CE); A Baxter (CESC); D E Bond, P K Bell (LD); N Schneider (DNS); J Danks, H Dean, "
               "J Spittle (R).",
               "In Attendance:",
               "F Robinson (Independent Member of the Standards Committee), four members of the public.",
               "Apologies for absence:",
               ", ".join(f"Cllr {n}" for n in _STOCKTON07_APOLOGIES[:-1]) + f" and Cllr {_STOCKTON07_APOLOGIES[-1]}."]),
        rows_table([["Public", "", ""],
                    ["C 63/07", "PETITIONS - PROTEST AGAINST THE RE-OPENING OF THE ANHYDRITE MINE, BILLINGHAM", ""],
                    ["C 64/07", "DECLARATIONS OF INTEREST", ""],
                    ["C 65/07", "MINUTES", "The minutes of the meeting held on 11th July 2007 were signed by the "
                                           "Worshipful the Mayor as correct record."]],
                   header=["Item", "Description", "Decision"]),
    ])),
    attendees=[A("Bill Noble", PRESENT, "The Worshipful the Mayor")]
    + [A(_bare(n), PRESENT) for n in _STOCKTON07_PRESENT]
    + [A(n, IN_ATT) for n in _STOCKTON07_OFFICERS]
    + [A("F Robinson", IN_ATT, "Independent Member of the Standards Committee")]
    + [A(n, APOLOGIES) for n in _STOCKTON07_APOLOGIES],
    decisions=[D("The minutes of the meeting held on 11th July 2007 were signed by the Worshipful the Mayor as correct "
                 "record.", "approved", "C 65/07", "MINUTES")],
)

_ABERYSTWYTH14_PRESENT = ["Wendy Morris – Twiddy", "Brenda Haines", "Mair Benjamin", "Endaf Edwards",
                          "Brendan Somers", "Mererid Jones", "Alun Williams", "Ceredig Davies", "Martin Shewring",
                          "Sue Jones – Davies", "Sarah Bowen", "Kevin Roy Price", "Lucy Huws", "Steve Davies",
                          "Jeff Smith", "Brian Davies"]
_ABERYSTWYTH14_APOLOGIES = ["Dylan Lewis", "Mark Strong", "Aled Davies"]

case(
    id="aberystwyth-town-council-2014", year=2014, format="html", layout="town_council_post",
    url="https://aberystwyth.gov.uk/cy/meetings/full-council-24-02-14/",
    body="Aberystwyth Town Council", body_kind="town_council",
    patterns=["present_heading_one_cllr_per_line", "apologies_heading_one_cllr_per_line", "spaced_dash_double_surname",
              "minute_n_headings", "declarations_dotted_leaders", "minutes_item_without_approval_sentence"],
    notes="Full Council of 24 February 2014 (a web post). The stored copy's minutes item lists points arising but no "
          "approval sentence, so the case has no decision. The case ends after that item, rewritten.",
    document=page("Cyngor Llawn - Full Council 24/02/2014", "\n".join([
        "<h1>Cyngor Llawn</h1>", "<p>24/02/2014 am 6:30 pm</p>",
        paras(["at 6.30pm.",
               "Present:       " + "<br>".join(f"Cllr {n}" for n in _ABERYSTWYTH14_PRESENT)]).replace("&lt;br&gt;",
                                                                                                      "<br>"),
        paras(["Apologies:   " + "<br>".join(f"Cllr {n}" for n in _ABERYSTWYTH14_APOLOGIES)]).replace("&lt;br&gt;",
                                                                                                     "<br>"),
        paras(["The Mayor welcomed Cllr Brendan Somers to his first meeting of council.",
               "Minute 151:  Declarations of Interest.",
               "Cllr Ceredig Davies………………………………………………Finance (reimbursement).",
               "Cllr Kevin Roy Price……………………………………………..Finance (reimbursement).",
               "Minute 152:  Personal References.",
               "The Mayor was glad to see Cllr Brian Davies back after his illness.",
               "Minute 153:  Mayoral Report.", "Report circulated to members.",
               "Minute 154:  Minutes of a meeting of Full Council held on 27th January 2014.",
               "Minute 134 refers:  The Health Board had still not replied; the office would chase it.",
               "Minute 136 refers:  A flyer was needed to publicise the event."]),
    ])),
    attendees=[A(n, PRESENT) for n in _ABERYSTWYTH14_PRESENT] + [A(n, APOLOGIES) for n in _ABERYSTWYTH14_APOLOGIES],
    decisions=[],
)

_BLAEN16_3670 = ("RESOLVED that Members be elected to the following Committees as "
                        "indicated –\n\nResources Committee – Councillors W Griffiths, M Teague, J Dudley, J Hale, "
                        "G Morgan, C Teague D Thomas, R Hawkins and L Bromham\n\nOpen Spaces Committee - Councillors "
                        "W Griffiths, M Teague, D Jones, J Hale, C Teague, L Bromham, B McCathail, J Dudley and "
                        "R Hawkins\n\nFestivals Committee - Councillors W Griffiths, M Teague, J Dudley, J Hale, "
                        "P Hunter, C Teague, D Jones, C Williams and L Bromham\n\nStaffing Committee - Councillors "
                        "W Griffiths, C Teague and J Hale\n\nAppeals Committee – No Members nominated and the "
                        "Committee be elected on an ad-hoc basis should the need arise.\n\nHall Management Committees "
                        "– Noted that Committees were only required for the Bryncoch and Caewern Community Centres")

case(
    id="blaenhonddan-community-council-2016-scan", year=2016, format="pdf", layout="pdf_scan", scan=True,
    url="https://docslib.org/doc/7409964/minutes-may-2016",
    body="Blaenhonddan Community Council", body_kind="community_council",
    patterns=["presiding_councillor_line", "present_councillors_initial_surname_list", "apologies_councillors_list",
              "annual_meeting_appointments_resolved", "resolved_noted_that", "committee_membership_lists_not_attendance",
              "scanned_page"],
    notes="Annual Meeting of 16 May 2016. The committee membership lists in minute 3670 are not attendance; the "
          "numbered minute 3670 is one decision. Rendered as a scan (the original's scan status is unknown). The "
          "stored copy breaks off inside the hall management line ('Community Cen'); the word is completed and the "
          "case ends there.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("Cyngor Cymuned Blaenhonddan Community Council", bold=True, size=12),
        T("Minutes of the Annual Meeting of Council held on Monday 16 May 2016 at 6.00pm in the Cadoxton Community "
          "Centre,"),
        GAP(2),
        TABLE([["Presiding", "Councillor M Teague"],
               ["Present", "Councillors P Winstone, D Jones, C Teague, J Hale, P Hunter, B McCathail, L Bromham, "
                           "G Morgan, R Hawkins"],
               ["Apologies", "Councillors W Griffiths, M Funning, J Dudley, C Williams"]], [30, 140]),
        GAP(2),
        TABLE([["3665", "Declarations of Interest There were no declarations of interest at the start of the meeting "
                        "in relation to the Annual Meeting agenda."],
               ["3666", "Appointment of Chairman RESOLVED that Councillor W Griffiths be appointed Chairman for "
                        "2016/17, and noted that Councillor Griffiths had indicated his willingness to accept the "
                        "nomination if his name was put forward."],
               ["3667", "Chairman’s Declaration of Acceptance RESOLVED that Councillor W Griffiths sign the "
                        "Declaration of Acceptance of Office as Chairman as soon as possible and before the next "
                        "meeting of Council."],
               ["3668", "Appointment of Vice Chairman RESOLVED that Councillor M Teague be appointed Vice Chairman "
                        "for 2016/17."],
               ["3669", "Vice Chairman’s Declaration of Acceptance RESOLVED noted that Councillor M Teague signed the "
                        "Declaration of Acceptance of Office as Vice Chairman."],
               ["3670", "Membership of Committees " + _BLAEN16_3670]],
              [15, 155], size=9),
    ]}]},
    attendees=[A("M Teague", PRESENT, "Presiding")]
    + [A(n, PRESENT) for n in ["P Winstone", "D Jones", "C Teague", "J Hale", "P Hunter", "B McCathail", "L Bromham",
                               "G Morgan", "R Hawkins"]]
    + [A(n, APOLOGIES) for n in ["W Griffiths", "M Funning", "J Dudley", "C Williams"]],
    decisions=[D("RESOLVED that Councillor W Griffiths be appointed Chairman for 2016/17, and noted that Councillor "
                 "Griffiths had indicated his willingness to accept the nomination if his name was put forward.",
                 "approved", "3666",
                 "Appointment of Chairman"),
               D("RESOLVED that Councillor W Griffiths sign the Declaration of Acceptance of Office as Chairman as soon "
                 "as possible and before the next meeting of Council.", "agreed", "3667",
                 "Chairman’s Declaration of Acceptance"),
               D("RESOLVED that Councillor M Teague be appointed Vice Chairman for 2016/17.", "approved", "3668",
                 "Appointment of Vice Chairman"),
               D("RESOLVED noted that Councillor M Teague signed the Declaration of Acceptance of Office as Vice "
                 "Chairman.", "noted", "3669", "Vice Chairman’s Declaration of Acceptance"),
               D(_BLAEN16_3670.replace("\n\n", " "), "approved", "3670",
                 "Membership of Committees")],
)

case(
    id="herefordshire-council-2012", year=2012, format="html", layout="moderngov_item_page",
    url="https://councillors.herefordshire.gov.uk/mgAi.aspx?ID=30162",
    body="Herefordshire Council", body_kind="council",
    patterns=["agenda_item_page", "moved_and_seconded_in_narrative", "amendment_moved_and_seconded",
              "debate_bullets", "no_resolution_in_stored_copy"],
    notes="Full Council item establishing the Health and Wellbeing Board; the year (2012) is inferred from the board "
          "having met only in shadow form. Movers and seconders are named only in narrative (optional). The stored "
          "copy ends in the debate before any resolution; the case ends there, so it has no decision label.",
    document=item_history_page("Agenda item", None, "HEALTH AND WELLBEING BOARD", [
        "To consider the establishing of the Herefordshire Health and Wellbeing Board.",
        "Councillor PM Morgan, Cabinet Member, Health and Wellbeing presented the report. She reminded Council that "
        "the Board was a committee unlike the others and not a place for setting Council policy, and that the report "
        "set out the governance arrangements worked out while it met in shadow form.",
        "The Cabinet Member moved that the recommendations in the report be accepted with recommendation “d” to state "
        "that the Vice-Chairman be appointed by the Board, the motion was seconded by Councillor JW Millar.",
        "In discussion members asked why palliative care, young people, service users and the voluntary and faith "
        "sectors were not represented, and whether every member of the Board should vote.",
        "Councillor MAF Hubbard proposed a motion that the recommendations be amended, so that all members could vote, "
        "the Board would review its own membership in its first year, and the chairman would be independent.",
        "The motion was seconded by Councillor MD Lloyd-Hayes."]),
    attendees=[A("PM Morgan", PRESENT, "Cabinet Member, Health and Wellbeing", optional=True),
               A("JW Millar", PRESENT, optional=True), A("MAF Hubbard", PRESENT, optional=True),
               A("MD Lloyd-Hayes", PRESENT, optional=True)],
    decisions=[],
)
