"""The fifth blind set: what each document says and how it is labelled.

Every case is modelled on one stored public page (``url``) of a body that appears in none of the other
evaluation sets (``evaluation/real/*``, ``evaluation/blind``, ``blind2``, ``blind3``, ``blind4``). Attendance
sections and decision wording are reproduced as published (names, roles, organisations, statuses and formulaic
wording are public facts); every narrative paragraph is written anew and kept short. Labels come from the published
page only, never from running a parser. Labelling rules are those of ``evaluation/blind/README.md``; this set's
README says how it was built.

Rendered by ``python evaluation/blind/build_cases.py --set evaluation/blind5`` with the blind set's renderers
(``render.py``) and, for PDFs, ``evaluation/real/pdfcase.py`` (tables, grids, scanned pages).
"""
from __future__ import annotations

from labels import APOLOGIES, IN_ATT, PRESENT, SUB, A, D
from pdfspec import COLUMNS, GAP, T, TABLE
from render import bullets, esc, item_history_page, moderngov_meeting, page, paras, rows_table

CASES: list[dict] = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------------------
# Health and wellbeing boards

case(
    id="durham-hwb-2022", year=2022, format="html", layout="moderngov_html",
    url="https://democracy.durham.gov.uk/ieListDocuments.aspx?CId=919&MId=14455&Ver=4",
    body="County Durham Health and Wellbeing Board", body_kind="hwb",
    patterns=["election_of_chair_moved_seconded_resolved", "apologies_initial_surname_list",
              "substitutes_a_for_b_semicolon_list", "substitute_for_an_office", "minutes_agreed_and_signed"],
    notes="The stored copy shows no meeting date in its heading; the year comes from the minutes it confirms (12 July "
          "2022). C Oakley substituted for an office, not a named member, so substitute_for is null.",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "2022", "Council Chamber, County Hall, Durham", "Martin Tindle  03000 269 713", [
            {"num": "1.", "title": "Election of Chair", "minutes": [
                "The Vice-Chair explained that Councillor P Sexton had given up the Adult and Health Services portfolio "
                "and with it the chairmanship of the Board, and asked for nominations.",
                "Moved by Councillor T Henderson, Seconded by S Burns and",
                "Resolved:",
                "That Councillor C Hood be elected as Chair of the Board.",
                "Councillor C Hood in the Chair"]},
            {"num": "2.", "title": "Apologies for Absence", "minutes": [
                "Apologies for absence were received from Councillor R Bell, L Buckley, C Cunnington-Shore, "
                "D Gallagher, S Helps, S Jacques, S Lamb and P Sutton."]},
            {"num": "3.", "title": "Substitute Members", "minutes": [
                "There were the following substitutes: S Burns for D Gallagher; P Garner for  P Sutton: Dr L Murthy for "
                "C Cunnington-Shore; C Oakley for the Office of Police and Crime Commissioner; A Smith for S Lamb; and "
                "R Stray for S Jacques."]},
            {"num": "4.", "title": "Declarations of Interest", "minutes": ["There were no Declarations of Interest."]},
            {"num": "5.", "title": "Minutes", "minutes": [
                "The minutes of the meeting held on 12 July 2022 were agreed as a correct record and signed by the "
                "Chair.  The Strategic Manager, Partnerships, Andrea Petty reported that the former Chair had thanked "
                "the CCG representatives in writing for their ten years on the Board."]},
        ]),
    attendees=[
        A("T Henderson", PRESENT, optional=True), A("C Hood", PRESENT, optional=True),
        A("R Bell", APOLOGIES), A("L Buckley", APOLOGIES), A("C Cunnington-Shore", APOLOGIES),
        A("D Gallagher", APOLOGIES), A("S Helps", APOLOGIES), A("S Jacques", APOLOGIES), A("S Lamb", APOLOGIES),
        A("P Sutton", APOLOGIES),
        A("S Burns", SUB, sub_for="D Gallagher"), A("P Garner", SUB, sub_for="P Sutton"),
        A("L Murthy", SUB, sub_for="C Cunnington-Shore"), A("C Oakley", SUB), A("A Smith", SUB, sub_for="S Lamb"),
        A("R Stray", SUB, sub_for="S Jacques"),
        A("Andrea Petty", IN_ATT, "Strategic Manager, Partnerships", optional=True),
    ],
    decisions=[D("That Councillor C Hood be elected as Chair of the Board.", "approved", "1", "Election of Chair"),
               D("The minutes of the meeting held on 12 July 2022 were agreed as a correct record and signed by the "
                 "Chair.", "approved", "5", "Minutes")],
)

_LEICESTER17_PRESENT = [
    ("Councillor Clarke\n(Chair)", "Clarke", "Deputy City Mayor, Leicester City Council.", "Deputy City Mayor",
     "Leicester City Council"),
    ("Ivan Browne", "Ivan Browne", "Deputy Director of Public Health, Leicester City Council.",
     "Deputy Director of Public Health", "Leicester City Council"),
    ("Councillor Piara Singh Clair", "Piara Singh Clair", "Assistant City Mayor, Culture, Leisure and Sport, Leicester "
     "City Council.", "Assistant City Mayor, Culture, Leisure and Sport", "Leicester City Council"),
    ("Frances Craven", "Frances Craven", "Strategic Director, Children’s Services, Leicester City Council.",
     "Strategic Director, Children’s Services", "Leicester City Council"),
    ("Steven Forbes", "Steven Forbes", "Strategic Director of Adult Social Care, Leicester City Council.",
     "Strategic Director of Adult Social Care", "Leicester City Council"),
    ("Paul Hindson", "Paul Hindson", "Chief Executive, Leicestershire and Rutland Police and Crime Commissioner’s "
     "Office.", "Chief Executive", "Leicestershire and Rutland Police and Crime Commissioner’s Office"),
    ("Wendy Holt", "Wendy Holt", "Better Care Fund Implementation Manger, Central NHS England, Midlands and East "
     "(Central England)", "Better Care Fund Implementation Manger", "Central NHS England, Midlands and East (Central "
     "England)"),
    ("Andy Keeling", "Andy Keeling", "Chief Operating Officer, Leicester City Council.", "Chief Operating Officer",
     "Leicester City Council"),
    ("Chief Superintendent\nAndy Lee", "Andy Lee", "Head of Local Policing Directorate, Leicestershire Police.",
     "Head of Local Policing Directorate", "Leicestershire Police"),
    ("Sue Lock", "Sue Lock", "Managing Director, Leicester Clinical Commissioning Group", "Managing Director",
     "Leicester Clinical Commissioning Group"),
    ("Councillor Sarah Russell", "Sarah Russell", "Assistant City Mayor, Children’s Young People and Schools, "
     "Leicester City Council.", "Assistant City Mayor, Children’s Young People and Schools", "Leicester City Council"),
    ("Paul Weston", "Paul Weston", "Leicestershire Fire and Rescue Service", None, "Leicestershire Fire and Rescue "
     "Service"),
]

case(
    id="leicester-city-hwb-2017", year=2017, format="html", layout="moderngov_item_page",
    url="https://cabinet.leicester.gov.uk/mgAi.aspx?ID=72990",
    body="Leicester City Health and Wellbeing Board", body_kind="hwb",
    patterns=["whole_minutes_inside_an_agenda_item_page", "spaced_letters_present_heading", "name_role_org_table",
              "rank_before_name_on_its_own_line", "in_attendance_after_table", "apologies_item_without_names"],
    notes="The stored item page (Any Other Urgent Business) carries the whole printed minutes of the meeting of "
          "7 December 2017; the stored copy ends inside the welcome item before any apologies are named, and the "
          "case ends there. 'Manger' is as printed.",
    document=page("Agenda item - ANY OTHER URGENT BUSINESS", "\n".join([
        "<h1>Agenda item</h1>", "<h2>ANY OTHER URGENT BUSINESS</h2>",
        paras(["Minutes of the Meeting of the", "Health and Wellbeing Board",
               "Held: Thursday, 7 December 2017at 10:30 am", "P R E S E N T :", "Present:"]),
        rows_table([[n, r] for n, _, r, _, _ in _LEICESTER17_PRESENT]),
        paras(["In attendance", "Graham Carey", "Democratic Services, Leicester City Council.",
               "105.    WELCOME AND APOLOGIES FOR ABSENCE",
               "The Chair welcomed everyone to the meeting.",
               "The Chair welcomed the national decision that children's congenital heart surgery would stay with the "
               "city's hospitals trust, and thanked everyone who had campaigned for it over two years."]),
    ])),
    attendees=[A(name, PRESENT, role, org) for _, name, _, role, org in _LEICESTER17_PRESENT]
    + [A("Graham Carey", IN_ATT, "Democratic Services", "Leicester City Council")],
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# Children's trust boards (health, council and police partners)

_MEDWAY09 = [
    ("Councillor Les Wicks\n(CLW) (Chairman)", "Portfolio Holder Children’s Services Medway Council", "Les Wicks",
     "Portfolio Holder Children’s Services", "Medway Council"),
    ("John Bakker (JB)", "Director of Integrated Commissioning, NHS Medway", "John Bakker",
     "Director of Integrated Commissioning", "NHS Medway"),
    ("Jane Bastow (JB)", "Non-Executive Medway PCT", "Jane Bastow", "Non-Executive", "Medway PCT"),
    ("Graham Clewes (GC)", "Chief Executive Medway Youth Trust (Connexions)", "Graham Clewes", "Chief Executive",
     "Medway Youth Trust (Connexions)"),
    ("Barry Clout (BC)", "Executive Officer, Voice / KCVYS", "Barry Clout", "Executive Officer", "Voice / KCVYS"),
    ("Rose Collinson (RC),\nVice Chair", "Director Children and Adults Services Medway Council", "Rose Collinson",
     "Director Children and Adults Services", "Medway Council"),
    ("Steve Corbishley (SC)", "Chief Superintendent, Medway Police", "Steve Corbishley", "Chief Superintendent",
     "Medway Police"),
    ("Marion Dinwoodie (MD)\nVice Chair", "Chief Executive NHS Medway", "Marion Dinwoodie", "Chief Executive",
     "NHS Medway"),
    ("Jayne Faulkner (JF)", "Childcare Partnership Manager, Jobcentre Plus", "Jayne Faulkner",
     "Childcare Partnership Manager", "Jobcentre Plus"),
    ("Keith Gulvin (KG)", "Team Manager, Medway Youth Offending Team", "Keith Gulvin", "Team Manager",
     "Medway Youth Offending Team"),
    ("Ayesha Khan (AK)", "Medway Youth Parliament, Young Person Representative", "Ayesha Khan",
     "Young Person Representative", "Medway Youth Parliament"),
    ("Salmaan Khan (SK)", "Medway Youth Parliament, Young Person Representative", "Salmaan Khan",
     "Young Person Representative", "Medway Youth Parliament"),
    ("Sonia Lassnig (SL)", "Every Child and Young Person Matters Programme Manager, Kent Police", "Sonia Lassnig",
     "Every Child and Young Person Matters Programme Manager", "Kent Police"),
    ("Jim Leivers (JL)", "Chairman of Medway Safeguarding Children Board", "Jim Leivers", "Chairman",
     "Medway Safeguarding Children Board"),
    ("Geoff Rowe (GR)", "Lead Member, Kent Police Authority", "Geoff Rowe", "Lead Member", "Kent Police Authority"),
    ("Aung Soe (AS)", "Chief Executive Medway NHS Foundation Trust", "Aung Soe", "Chief Executive",
     "Medway NHS Foundation Trust"),
    ("Malcolm Staunton (MS)", "Partnership Director, Learning and Skills Council", "Malcolm Staunton",
     "Partnership Director", "Learning and Skills Council"),
]

case(
    id="medway-childrens-trust-board-2009-scan", year=2009, format="pdf", layout="pdf_scan", scan=True,
    url="http://www.docstoc.com/docs/26530893/Medway-Children-and-Young-Peoples-Strategic-Partnership",
    body="Medway Children's Trust Board", body_kind="childrens_trust",
    patterns=["name_initials_role_org_table_without_present_heading", "vice_chair_on_second_line",
              "in_attendance_run_on_paragraph", "scanned_page"],
    notes="Meeting of 20 July 2009. The member table has no 'Present' heading in the stored copy; its members are "
          "taken as present. Rendered as a scan from the stored text (the original's scan status is unknown). The "
          "stored copy breaks off inside the fourth 'In attendance' entry; the case ends before it.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("Medway’s Children’s Trust Board", bold=True, size=13),
        T("Minutes of the meeting held on 20 July 2009 at 4.30pm at Medway Council Offices, Gun Wharf, Chatham"),
        GAP(3),
        TABLE([[n, r] for n, r, *_ in _MEDWAY09], [55, 115], size=9),
        GAP(3),
        T("In attendance: Richard Barker (RB), Interim Assistant Director Commissioning and Strategy, Medway Council / "
          "PCT; Mark Brampton (MB), KMPT; Anne Finlayson (AF), Director of Operations, Medway Community Healthcare."),
    ]}]},
    attendees=[A(name, PRESENT, role, org) for *_, name, role, org in _MEDWAY09]
    + [A("Richard Barker", IN_ATT, "Interim Assistant Director Commissioning and Strategy", "Medway Council / PCT"),
       A("Mark Brampton", IN_ATT, None, "KMPT"),
       A("Anne Finlayson", IN_ATT, "Director of Operations", "Medway Community Healthcare")],
    decisions=[],
)

_MERTON07_APOLOGIES = ["Helen Lincoln (HL)", "Janet Martin (JM)", "Chris Frost (CF)", "Cllr Oonagh Moulton (OM)",
                       "Don King (DK)", "Mark Clenaghan (MC)", "Linda Taylor (LT)", "Clare Gummett", "Jonathan Lloyd",
                       "Morag Plank", "Angela McGinlay", "Ben Harris", "Samantha Ghulam", "Joanna Richards",
                       "Gillian Dickinson", "Peta Campbell", "Dee Jupp", "Sandra Garvey", "Lorraine Burke",
                       "Christian Browning"]


def _bare(entry: str) -> str:
    return entry.split(" (")[0].removeprefix("Cllr ")


case(
    id="merton-childrens-trust-board-2007-scan", year=2007, format="pdf", layout="pdf_scan", scan=True,
    url="https://studylib.net/doc/7375320/education--leisure-and-libraries",
    body="Merton Children's Trust Board", body_kind="childrens_trust",
    patterns=["attendees_run_on_paragraph_with_initials", "x_for_y_substitute_in_brackets", "for_item_n_guests",
              "notetaker_in_list", "apologies_paragraph_with_and_without_initials", "minutes_were_agreed",
              "scanned_page"],
    notes="Notes of the meeting of 22 June 2007. Those attending only for one item, and the notetaker, are in "
          "attendance. Rendered as a scan from the stored text (the original's scan status is unknown).",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("Children’s Trust Board", bold=True, size=13),
        T("Notes of meeting on 22nd June 2007", bold=True),
        GAP(3),
        T("Attendees: Dave Hill (DH - Chair), Paul Ballatt (PB), Susanne Baccini (SB for Chris Frost), Graeme Thomson "
          "(GT), Andy Redfearn (AR), Ray Hautot (RH), Chris Parsloe (CP), Cllr Debbie Shears (DS), Ian Newman (IN), "
          "Dave Marris (DM), Angela Gibson (AG), Sally McEnhill (SM), Ayub Khan (AK for Linda Taylor), Abbi Scott "
          "(AS) Keith Shipman (KS - for item 5), Barry Scales (BS - for item 6), Denise Hobbs (DHo - notetaker)"),
        GAP(2),
        T("Apologies: -"),
        T(", ".join(_MERTON07_APOLOGIES) + ","),
        GAP(3),
        TABLE([["", "", "Action"],
               ["1.", "Apologies for absence\nThe above apologies were noted.", ""],
               ["2.", "Minutes / matters arising from previous meeting\nThe minutes were agreed", ""],
               ["3.", "Learning from Joint Area Review\nThe inspection report was due out early in July. Its "
                      "recommendations would be folded into the revised Children and Young People’s Plan rather than "
                      "a separate action plan. PB summarised the findings under each outcome.", ""]],
              [10, 140, 20], size=9),
    ]}]},
    attendees=[A("Dave Hill", PRESENT, "Chair"), A("Paul Ballatt", PRESENT),
               A("Susanne Baccini", SUB, sub_for="Chris Frost")]
    + [A(n, PRESENT) for n in ["Graeme Thomson", "Andy Redfearn", "Ray Hautot", "Chris Parsloe", "Debbie Shears",
                               "Ian Newman", "Dave Marris", "Angela Gibson", "Sally McEnhill"]]
    + [A("Ayub Khan", SUB, sub_for="Linda Taylor"), A("Abbi Scott", PRESENT), A("Keith Shipman", IN_ATT),
       A("Barry Scales", IN_ATT), A("Denise Hobbs", IN_ATT, "notetaker")]
    + [A(_bare(e), APOLOGIES) for e in _MERTON07_APOLOGIES],
    decisions=[D("The minutes were agreed", "approved", "2.", "Minutes / matters arising from previous meeting")],
)

# ---------------------------------------------------------------------------------------------------------
# Safeguarding boards

_LSCB07_PRESENT = ["Derek Myers (RB Kensington and Chelsea)", "Alastair Jeffrey (Met Police)",
                   "Hannah Miller (Croydon LSCB)", "Christine Christie (London Board)", "Sue Wilkinson (Met Police)",
                   "Paul Robinson (LB Wandsworth)", "Ian Dean (London Board)", "John Anthony (Youth Justice Board)",
                   "Hilary McCollum (London Councils)", "Briony Ladbury (Croydon PCT)",
                   "Malcolm Jenkin (London Probation)", "Helen Johnston (London Councils)",
                   "Sally Jones (Greenwich PCT)", "Safron Rose (NSPCC)", "Vivienne Bartlett (GOL)"]
_LSCB07_APOLOGIES = ["Jennifer Izekor (GOL)", "Andrew Fraser (Enfield LSCB)", "Elizabeth Coe (CAFCASS)",
                     "Delroy Pomell (Barnardos)", "Andrew Ireland (Havering)", "Rob Jarman (Met Police)",
                     "David Archibald (Ealing LSCB)", "Dave Hill (Merton LSCB)"]


def _name_org(entry: str) -> tuple[str, str]:
    name, org = entry.split(" (", 1)
    return name, org.rstrip(")")


case(
    id="london-safeguarding-children-board-2007", year=2007, format="pdf", layout="pdf_text_grid",
    url="http://www.docsford.com/document/4323906",
    body="London Safeguarding Children Board", body_kind="safeguarding_board",
    patterns=["meeting_notes_template_header", "chaired_by_line", "three_column_name_org_grid_without_present_heading",
              "apologies_heading_then_grid", "apologies_noted_not_a_decision"],
    notes="Meeting of 25 July 2007. The stored copy runs a three-column grid together; the case lays it out as a grid "
          "of 15 names (no heading, taken as present) followed by 'Apologies:' and a grid of 8. Where the apologies "
          "begin is read from the stored text's order. The SCD5 presenter is named outside the attendance grid: "
          "optional.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("London Board meeting", bold=True, size=13),
        T("Meeting Title: London Safeguarding Children Board Meeting"),
        T("Date: 25 July 2007"), T("Time: 1pm – 3pm"), T("Location: London Councils"),
        T("Chaired by: Derek Myers (RB Kensington and Chelsea)"),
        GAP(3),
        COLUMNS(_LSCB07_PRESENT, n=3, size=9),
        GAP(2),
        T("Apologies:", bold=True),
        COLUMNS(_LSCB07_APOLOGIES, n=3, size=9),
        GAP(3),
        T("Points of discussion", bold=True),
        T("1) Introductions and apologies"),
        T("The London Board noted the above apologies."),
        T("2) SCD5 Strategic Assessment"),
        T("Alison Brown, SCD5 Higher Intelligence Analyst, presented the assessment. SW observed that the homicide "
          "figure had roughly doubled on the year before."),
    ]}]},
    attendees=[A(n, PRESENT, "Chair" if n == "Derek Myers" else None, o)
               for n, o in map(_name_org, _LSCB07_PRESENT)]
    + [A(n, APOLOGIES, None, o) for n, o in map(_name_org, _LSCB07_APOLOGIES)]
    + [A("Alison Brown", IN_ATT, "SCD5 Higher Intelligence Analyst", optional=True)],
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# Council health / adult care scrutiny committees

case(
    id="brighton-hove-health-wellbeing-osc-2012", year=2012, format="html", layout="moderngov_html",
    url="https://democracy.brighton-hove.gov.uk/ieListDocuments.aspx?CId=728&MId=4488&Ver=4",
    body="Brighton & Hove Health & Wellbeing Overview & Scrutiny Committee", body_kind="council_scrutiny",
    patterns=["procedural_business_lettered_subitems", "attended_as_substitute_for_semicolon_list",
              "paragraph_numbered_minutes", "no_apologies_sentence"],
    notes="Meeting of 24 October 2012. The substituted members have no recorded apology: optional. The stored copy "
          "ends inside the exclusion item before its resolution; the case ends there.",
    document=moderngov_meeting(
        "Health & Wellbeing Overview & Scrutiny Committee", "Wednesday, 24th October, 2012, 10.30am",
        "Committee Room 2, Hove Town Hall", "Kath Vlcek Overview & Scrutiny Support Officer", [
            {"num": "33", "title": "Procedural Business", "agenda": [
                "(a) Declaration of Substitutes - a Councillor who cannot attend may send a substitute from the same "
                "Political Group.",
                "(b) Declarations of Interest - members state any personal or prejudicial interest in agenda business.",
                "(c) Exclusion of Press and Public - whether any item should be taken in private."],
             "minutes": [
                 "33A Substitutes",
                 "33.1 Cllr Peltzer Dunn attended the meeting as substitute for Cllr Wealls; Cllr Davey attended the "
                 "meeting as substitute for Cllr Sykes; Cllr Wakefield attended the meeting as substitute for Cllr "
                 "Bowden.",
                 "33B Declarations of Interest", "33.2 There were none.",
                 "33C Exclusion of Press and Public",
                 "33.3 The Committee considered, under section 100A(4) of the Local Government Act 1972, whether any "
                 "business needed to be taken without the press and public present."]},
        ], heading="Agenda and minutes"),
    attendees=[A("Peltzer Dunn", SUB, sub_for="Wealls"), A("Davey", SUB, sub_for="Sykes"),
               A("Wakefield", SUB, sub_for="Bowden"), A("Wealls", APOLOGIES, optional=True),
               A("Sykes", APOLOGIES, optional=True), A("Bowden", APOLOGIES, optional=True)],
    decisions=[],
)

case(
    id="darlington-adults-scrutiny-2020", year=2020, format="html", layout="moderngov_html",
    url="https://democracy.darlington.gov.uk/ieListDocuments.aspx?CId=353&MId=2142",
    body="Darlington Adults Scrutiny Committee", body_kind="council_scrutiny",
    patterns=["resolved_dash_that_appointed", "items_without_numbers", "submitted_previously_circulated",
              "no_attendance_statement"],
    notes="The stored copy shows no item numbers and no attendance block; it ends inside the work programme "
          "discussion, and the case ends there.",
    document=moderngov_meeting(
        "Adults Scrutiny Committee", "Tuesday, 30th June, 2020 10.00 am", "via Microsoft Teams", "", [
            {"title": "Appointment of Chair for the Municipal Year 2020 / 2021", "minutes": [
                "RESOLVED - That Councillor Curry be appointed Chair of this Committee for the Municipal Year "
                "2020/21."]},
            {"title": "Appointment of Vice-Chair for the Municipal Year 2020 / 2021", "minutes": [
                "RESOLVED - That Councillor A. J. Scott be appointed Vice-Chair of this Committee for the Municipal "
                "Year 2020/21."]},
            {"title": "Declarations of Interest", "minutes": [
                "There were no declarations of interest reported at the meeting."]},
            {"title": "To consider the times of meetings of this Committee for the Municipal Year 2020 / 2021 on the "
                      "dates agreed in the Calendar of Meetings by Cabinet at Minute C104/Feb/2020", "minutes": [
                "RESOLVED – That meetings of this Committee for the Municipal Year 2020/21, be held at 10 a.m. on the "
                "dates, as agreed on the calendar of meetings by Cabinet at Minute C104/Feb/2020."]},
            {"title": "To approve the Minutes of the Meeting of this Scrutiny Committee held on 11 February 2020",
             "minutes": [
                 "Submitted – The Minutes (previously circulated) of this Scrutiny Committee held on 11 February 2020.",
                 "RESOLVED - That the Minutes of the meeting of this Scrutiny Committee held on 11 February 2020 be "
                 "approved as a correct record."]},
            {"title": "Work Programme", "agenda": ["Report of the Managing Director"], "minutes": [
                "Members looked at the items planned for the year and suggested others. Much of the discussion was "
                "about the pandemic's effect on vulnerable adults, and members asked for figures on staffing and on "
                "people with learning disabilities."]},
        ]),
    attendees=[A("Curry", PRESENT, optional=True), A("A. J. Scott", PRESENT, optional=True)],
    decisions=[
        D("RESOLVED - That Councillor Curry be appointed Chair of this Committee for the Municipal Year 2020/21.",
          "approved", None, "Appointment of Chair for the Municipal Year 2020 / 2021"),
        D("RESOLVED - That Councillor A. J. Scott be appointed Vice-Chair of this Committee for the Municipal Year "
          "2020/21.", "approved", None, "Appointment of Vice-Chair for the Municipal Year 2020 / 2021"),
        D("RESOLVED – That meetings of this Committee for the Municipal Year 2020/21, be held at 10 a.m. on the dates, "
          "as agreed on the calendar of meetings by Cabinet at Minute C104/Feb/2020.", "agreed", None, None),
        D("RESOLVED - That the Minutes of the meeting of this Scrutiny Committee held on 11 February 2020 be approved "
          "as a correct record.", "approved", None, None),
    ],
)

case(
    id="west-sussex-hasc-2021", year=2021, format="html", layout="moderngov_html",
    url="https://westsussex.moderngov.co.uk/ieListDocuments.aspx?CId=137&MId=2800&Ver=4",
    body="West Sussex Health and Adult Social Care Scrutiny Committee", body_kind="council_scrutiny",
    patterns=["membership_list_is_not_attendance", "resolved_dash_that_notes", "secret_ballot_election",
              "paragraph_numbered_minutes", "items_without_numbers"],
    notes="The membership item lists appointed members, not who attended; only the proposers, seconders and the "
          "elected Chairman are certainly present (optional). The stored copy ends inside the Vice Chairman "
          "election; the case ends before it.",
    document=moderngov_meeting(
        "Health and Adult Social Care Scrutiny Committee", "Wednesday, 23 June 2021 11.15 am",
        "County Hall, Chichester, PO19 1RQ", "Rob Castle on 033 022 22546", [
            {"title": "Committee Membership", "agenda": [
                "The Committee to note the County Council appointments to the Committee as follows: -",
                "Cllr Atkins, Cllr Bence, Cllr A Cooper, Cllr B Cooper, Cllr Forbes, Cllr McGregor, Cllr Nagel, "
                "Cllr O’Kelly, Cllr Patel, Cllr Pudaloff, Cllr Wall, Cllr Walsh",
                "and approve the co-opted membership of the Committee as follows: -",
                "Cllr Bridges (Adur District Council), Cllr Pendleton (Arun District Council), Cllr Bangert "
                "(Chichester District Council), Cllr Burgess (Crawley Borough Council), Cllr Noel (Horsham District "
                "Council), Cllr Peacock (Mid Sussex District Council). The Worthing Borough Council position is "
                "currently vacant.",
                "N.B. The Healthwatch West Sussex representative, Ms Broadhill, is an ongoing appointment."],
             "minutes": ["1.1        Resolved – that the Committee notes its membership."]},
            {"title": "Election of Chairman and Vice Chairman", "agenda": [
                "The Committee elects its Chairman; a contested election is decided by secret ballot."],
             "minutes": [
                 "2.1        Cllr Walsh was proposed for the position of Chairman by Cllr O’Kelly and seconded by "
                 "Cllr B Cooper.",
                 "2.2        Cllr Wall was proposed for the position of Chairman by Cllr Bence and seconded by Cllr "
                 "Patel.",
                 "2.3        A secret ballot was held which was won by Cllr Wall, eight votes to four.",
                 "2.4        Resolved – that Cllr Wall is duly elected as Chairman of the Committee for the coming "
                 "year."]},
        ]),
    attendees=[A(n, PRESENT, optional=True) for n in ["Walsh", "O’Kelly", "B Cooper", "Wall", "Bence", "Patel"]],
    decisions=[D("Resolved – that the Committee notes its membership.", "noted", None, "Committee Membership"),
               D("Resolved – that Cllr Wall is duly elected as Chairman of the Committee for the coming year.",
                 "approved", None, "Election of Chairman and Vice Chairman")],
)

case(
    id="somerset-scrutiny-adults-health-2020", year=2020, format="html", layout="moderngov_html",
    url="https://democracy.somerset.gov.uk/CeListDocuments.aspx?CommitteeId=605&MeetingId=3531&DF=06%2f05%2f2020&Ver=2",
    body="Somerset County Council Scrutiny for Policies, Adults and Health Committee", body_kind="council_scrutiny",
    patterns=["minutes_agreed_subject_to_correction", "truncated_minutes_with_view_full_text_link",
              "public_questions_not_attendees", "no_attendance_statement"],
    notes="A 'Meeting documents' (CeListDocuments) page of 6 May 2020; the stored copy truncates long minutes with "
          "'view the full minutes text' links, as the case does. The public questioner is not an attendee.",
    document=moderngov_meeting(
        "SCC Scrutiny for Policies, Adults and Health Committee", "Wednesday, 6th May, 2020 9.30 am",
        "Virtual Meeting", "Jennie Murphy on 01823 357628", [
            {"num": "1.", "title": "Declarations of Interest", "agenda": [
                "Members' interests in district, town and parish councils are on display in the meeting room."],
             "minutes": ["There were no new Declarations of Interest."]},
            {"num": "2.", "title": "Minutes from the previous meeting held on 04 March 2020",
             "agenda": ["The Committee is asked to confirm the minutes are accurate."],
             "minutes": ["The Minutes were agreed subject to the correction of a typing error on page 1 first "
                         "paragraph. 580,00 should read 580,000. This correction was made and the minutes signed."]},
            {"num": "3.", "title": "Public Question Time", "agenda": [
                "The Chair may take questions or statements from the public on agenda items."],
             "minutes": ["There were three public questions: -",
                         "Public Questions from David Orr  ...  view the full minutes text for item 3."]},
            {"num": "4.", "title": "Virtual Meeting - Guidance", "agenda": ["To receive the report."], "minutes": [
                "The Committee looked at a report on how its virtual meetings would run under the regulations made in "
                "April 2020  ...  view the full minutes text for item 4."]},
        ], heading="Meeting documents"),
    attendees=[],
    decisions=[D("The Minutes were agreed subject to the correction of a typing error on page 1 first paragraph. "
                 "580,00 should read 580,000. This correction was made and the minutes signed.", "approved", "2.",
                 "Minutes from the previous meeting held on 04 March 2020")],
)

case(
    id="sheffield-healthier-communities-scrutiny-2016", year=2016, format="html", layout="moderngov_item_page",
    url="http://democracy.sheffield.gov.uk/mgAi.aspx?ID=13213",
    body="Sheffield City Council scrutiny committee (Joint Health Overview and Scrutiny Committee report item)",
    body_kind="council_scrutiny",
    patterns=["agenda_item_page", "resolved_colon_that_the_committee_lettered_parts", "decimal_paragraph_numbers",
              "no_attendance_statement"],
    notes="A single-item page; the stored copy does not name the committee (a Sheffield scrutiny committee "
          "receiving a report on the regional joint health scrutiny committee, autumn 2016). The lettered parts are "
          "one decision.",
    document=item_history_page("Agenda item", None,
                               "Joint Health Overview and Scrutiny Committee - Commissioners Working Together "
                               "Programme", [
        "Report of the Policy and Improvement Officer", "Minutes:", "7.1",
        "The Committee had a report from the Policy and Improvement Officer (Alice Nicholson) on the new regional "
        "joint health scrutiny committee set up under the Commissioners Working Together programme to look at "
        "proposed substantial changes to local health services, with the minutes of its meeting of 8th August 2016.",
        "7.2",
        "RESOLVED: That the Committee:-",
        "(a)       notes the contents of the report now submitted, together with the minutes of the meeting of the "
        "Joint Scrutiny Committee held on 8th August 2016; and",
        "(b)       requests Members of this Committee to refer any issues relating to the work of the Joint Scrutiny "
        "Committee to the Chair, for her to raise at the next meeting of the Joint Scrutiny Committee to be held on "
        "21st November 2016.",
        "Supporting documents:"]),
    attendees=[A("Alice Nicholson", IN_ATT, "Policy and Improvement Officer", optional=True)],
    decisions=[D("RESOLVED: That the Committee:- (a) notes the contents of the report now submitted, together with the "
                 "minutes of the meeting of the Joint Scrutiny Committee held on 8th August 2016; and (b) requests "
                 "Members of this Committee to refer any issues relating to the work of the Joint Scrutiny Committee "
                 "to the Chair, for her to raise at the next meeting of the Joint Scrutiny Committee to be held on "
                 "21st November 2016.", "noted", "7.2",
                 "Joint Health Overview and Scrutiny Committee - Commissioners Working Together Programme")],
)

# ---------------------------------------------------------------------------------------------------------
# Councils and cabinets

case(
    id="oxfordshire-county-council-2022", year=2022, format="html", layout="moderngov_issue_page",
    url="https://mycouncil.oxfordshire.gov.uk/ieIssueDetails.aspx?IId=30918&Opt=3",
    body="Oxfordshire County Council", body_kind="council",
    patterns=["issue_history_page", "decision_box_and_minutes_both", "resolved_on_a_motion_carried_nem_con",
              "presenter_named_in_narrative"],
    notes="Full council of 12 July 2022, item 51 (the joint health scrutiny committee's annual report). The short "
          "'Decision:' box restates the resolution, so it is optional. Mover and seconder are present (optional).",
    document=item_history_page("Issue - meetings", "Meeting: 12/07/2022 - County Council (Item 51)",
                               "Scrutiny Annual Report", [
        "51 Joint Health Overview and Scrutiny Committee - Annual Report",
        "The health scrutiny committee must report each year on its work; its report for 2021/22 is attached.",
        "Council is RECOMMENDED to: -", "Endorse the Joint Committee’s Annual Report",
        "Decision:", "Recommendations agreed nem con",
        "Minutes:",
        "Council had before it the annual report of the Joint Health Overview and Scrutiny Committee",
        "The 2012 Act and the 2013 health scrutiny regulations give the Council a duty to scrutinise local health "
        "services, and its Constitution asks for a yearly report on that work.",
        "Cllr Jane Hanna presented the report and answered a number of members’ questions",
        "Following debate it was:-",
        "RESOLVED (on a motion from Cllr Jane Hanna, seconded by Cllr Nathan Ley and carried nem con) to endorse the "
        "Joint Committee’s annual report"]),
    attendees=[A("Jane Hanna", PRESENT, optional=True), A("Nathan Ley", PRESENT, optional=True)],
    decisions=[D("RESOLVED (on a motion from Cllr Jane Hanna, seconded by Cllr Nathan Ley and carried nem con) to "
                 "endorse the Joint Committee’s annual report", "approved", "51",
                 "Joint Health Overview and Scrutiny Committee - Annual Report"),
               D("Recommendations agreed nem con", "approved", "51",
                 "Joint Health Overview and Scrutiny Committee - Annual Report", optional=True)],
)

case(
    id="haringey-cabinet-2014", year=2014, format="html", layout="moderngov_html",
    url="http://www.minutes.haringey.gov.uk/ieListDocuments.aspx?CId=118&MId=6970",
    body="Haringey Cabinet", body_kind="council_cabinet",
    patterns=["apologies_councillor_surnames", "deputation_speaker_not_attendee", "three_digit_item_numbers"],
    notes="The stored copy ends inside the deputation heard under the declarations item; the case ends there. "
          "The deputation's speaker is a member of the public, not an attendee.",
    document=moderngov_meeting(
        "Cabinet", "Wednesday, 25th June, 2014 6.30 pm", "", "Xanthe Barker X2957", [
            {"num": "650.", "title": "Apologies", "agenda": ["To receive any apologies for absence."],
             "minutes": ["Apologies for absence were received from Councillor Goldberg and Councillor Strickland."]},
            {"num": "651.", "title": "Urgent Business", "agenda": [
                "The Chair will consider whether to admit any late urgent items."],
             "minutes": ["There were no items of urgent business."]},
            {"num": "652.", "title": "Declarations of Interest", "agenda": [
                "A Member with a disclosable pecuniary or prejudicial interest must disclose it and take no part in "
                "the item."],
             "minutes": ["A deputation was received from Mr Mario Petrou in relation to the Tottenham Area Actions "
                         "Plan, Site Allocations DPD and housing targets for the borough set out in the Greater London "
                         "Authority (GLA) London Plan.",
                         "Mr Petrou said he had also written to the planning service and the GLA about his concerns."]},
        ]),
    attendees=[A("Goldberg", APOLOGIES), A("Strickland", APOLOGIES)],
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# Assembly, parliamentary and national boards

case(
    id="london-assembly-health-committee-2015", year=2015, format="html", layout="moderngov_html",
    url="http://www.london.gov.uk/moderngov/ieListDocuments.aspx?CId=304&MId=5623",
    body="London Assembly Health Committee", body_kind="regional_assembly",
    patterns=["an_apology_for_absence_was_received_from", "post_nominal_letters_am_mp", "resolved_colon_that_noted",
              "decimal_paragraph_numbers"],
    notes="The stored copy ends at the summary list of actions; the case ends before it.",
    document=moderngov_meeting(
        "Health Committee", "Wednesday 8 July 2015 2.00 pm",
        "Committee Room 5, City Hall, The Queen's Walk, London, SE1 2AA", "Joanna Brown or Teresa Young", [
            {"num": "1.", "title": "Apologies for Absence and Chair's Announcements",
             "agenda": ["To receive any apologies for absence and any announcements from the Chair."],
             "minutes": ["1.1  An apology for absence was received from Kit Malthouse AM MP."]},
            {"num": "2.", "title": "Declarations of Interests", "agenda": [
                "Report of the Executive Director of Secretariat",
                "The Committee is recommended to note the offices Members hold as disclosable pecuniary interests, and "
                "any declarations made on agenda items."],
             "minutes": ["2.1  The Committee received the report of the Executive Director of Secretariat.",
                         "2.2  Resolved:",
                         "That the list of offices held by Assembly Members, as set out in the table at Agenda Item 2, "
                         "be noted as disclosable pecuniary interests."]},
        ]),
    attendees=[A("Kit Malthouse", APOLOGIES)],
    decisions=[D("That the list of offices held by Assembly Members, as set out in the table at Agenda Item 2, be noted "
                 "as disclosable pecuniary interests.", "noted", "2.", "Declarations of Interests")],
)

_HOC03_MEMBERS = [["Mr John Austin", "Siobhain McDonagh"], ["Mr Andy Burnham", "Dr Doug Naysmith"],
                  ["Julia Drown", "Dr Richard Taylor"], ["Sandra Gidley", ""]]

case(
    id="house-of-commons-health-committee-2003", year=2003, format="html", layout="parliament_proceedings_page",
    url="https://publications.parliament.uk/pa/cm200203/cmselect/cmhealth/261/26105.htm",
    body="House of Commons Health Committee", body_kind="parliament",
    patterns=["members_present_two_column_table", "in_the_chair_line", "ordered_that", "resolved_comma_that",
              "paragraphs_read_and_agreed_to"],
    notes="Formal minutes of 9 January 2003 printed with the committee's report. 'Ordered' motions are decisions of "
          "the committee; the paragraph-by-paragraph agreement is optional.",
    document=page("Proceedings of the Committee relating to the Report", "\n".join([
        "<h1>PROCEEDINGS OF THE COMMITTEE RELATING TO THE REPORT</h1>", "<h2>THURSDAY 9 JANUARY 2003</h2>",
        paras(["Members presents:", "Mr David Hinchliffe, in the Chair"]),
        rows_table(_HOC03_MEMBERS),
        paras(["The Committee deliberated.",
               "Draft Report (The Work of the Health Committee, 2002), proposed by the Chairman, brought up and read.",
               "Ordered, That the draft Report be read a second time, paragraph by paragraph.",
               "Paragraphs 1 to 27 read and agreed to.",
               "Resolved, That the Report be the First Report of the Committee to the House.",
               "Ordered, That the Chairman do make the Report to the House.",
               "* * * * *", "[Adjourned till Thursday 16 January at Ten o'clock."]),
    ])),
    attendees=[A("David Hinchliffe", PRESENT, "Chair")]
    + [A(n.removeprefix("Mr ").removeprefix("Dr "), PRESENT) for row in _HOC03_MEMBERS for n in row if n],
    decisions=[D("Ordered, That the draft Report be read a second time, paragraph by paragraph.", "agreed"),
               D("Paragraphs 1 to 27 read and agreed to.", "agreed", optional=True),
               D("Resolved, That the Report be the First Report of the Committee to the House.", "approved"),
               D("Ordered, That the Chairman do make the Report to the House.", "agreed")],
)

case(
    id="scottish-parliament-health-sport-committee-2008", year=2008, format="html",
    layout="parliament_official_report_page",
    url="https://www.parliament.scot/chamber-and-committees/official-report/search-what-was-said-in-parliament/"
        "cppp-01-10-2008?iob=8361&meeting=1833",
    body="Scottish Parliament Health and Sport Committee", body_kind="parliament",
    patterns=["official_report_transcript", "apologies_have_been_received_from", "members_indicated_agreement"],
    notes="An official report (transcript) of 1 October 2008. The convener is not named in the stored item. The "
          "agreement to take an item in private is recorded only as 'Members indicated agreement': optional.",
    document=page("Health and Sport Committee, 01 Oct 2008", "\n".join([
        "<h1>Health and Sport Committee, 01 Oct 2008</h1>",
        paras(["Meeting date: Wednesday, October 1, 2008", "Official Report"]),
        "<h2>Decision on Taking Business in Private</h2>",
        paras(["I welcome members to the 23rd meeting in 2008 of the Health and Sport Committee. Mobile phones should "
               "be off. Apologies have been received from Rhoda Grant.",
               "Item 1 asks whether we take item 4, our work programme, in private as we usually do. Are we agreed?",
               "Members indicated agreement."]),
    ])),
    attendees=[A("Rhoda Grant", APOLOGIES)],
    decisions=[D("Members indicated agreement.", "agreed", None, "Decision on Taking Business in Private",
                 optional=True)],
)

_SG21_MEMBERS = [
    ("Donna Bell (DB), Scottish Government (Co-chair)", "Donna Bell", "Co-chair", "Scottish Government"),
    ("Angela Scott, SOLACE", "Angela Scott", None, "SOLACE"),
    ("Alex Pirrie, Integration Joint Board (IJB) Network", "Alex Pirrie", None,
     "Integration Joint Board (IJB) Network"),
    ("Carrie Lindsay, Association of Directors of Education in Scotland (ADES)", "Carrie Lindsay", None,
     "Association of Directors of Education in Scotland (ADES)"),
    ("Morven Graham, Association of Scottish Principal Educational Psychologists (ASPEP)", "Morven Graham", None,
     "Association of Scottish Principal Educational Psychologists (ASPEP)"),
    ("Ben Farrugia, Social Work Scotland", "Ben Farrugia", None, "Social Work Scotland"),
    ("Roch Cantwell, Perinatal and Infant Mental Health Programme Board", "Roch Cantwell", None,
     "Perinatal and Infant Mental Health Programme Board"),
    ("Cathy Richards, CAMHS Lead Clinicians", "Cathy Richards", None, "CAMHS Lead Clinicians"),
    ("Judy Thomson, NHS Education for Scotland (NES)", "Judy Thomson", None, "NHS Education for Scotland (NES)"),
    ("Margret Wilson, National Parent Forum of Scotland (NPFS)", "Margret Wilson", None,
     "National Parent Forum of Scotland (NPFS)"),
    ("Martin Dorchester, Children in Scotland (CiS) Forum representative", "Martin Dorchester", "Forum representative",
     "Children in Scotland (CiS)"),
    ("Martin Crewe, Coalition of Care and Support Providers in Scotland (CCPS) Forum representative", "Martin Crewe",
     "Forum representative", "Coalition of Care and Support Providers in Scotland (CCPS)"),
    ("Michael Chalmers, Director of Children and Families, Scottish Government", "Michael Chalmers",
     "Director of Children and Families", "Scottish Government"),
]
_SG21_OFFICIALS = [("Angela Davidson (AD)", "Angela Davidson"), ("Maggie Fallon (MF)", "Maggie Fallon"),
                   ("Stephen McLeod (SM)", "Stephen McLeod"), ("Neil Guy (NG)", "Neil Guy"),
                   ("Helen Crompton", "Helen Crompton"), ("Ruth Christie", "Ruth Christie"),
                   ("Carolyn Wales", "Carolyn Wales"), ("Leon Young", "Leon Young"),
                   ("Rebecca Macpherson", "Rebecca Macpherson"), ("Zac Gilmiche", "Zac Gilmiche")]
_SG_DIRECTORATE = "Mental Health and Social Care Directorate, Scottish Government"

case(
    id="scottish-cyp-mental-health-joint-delivery-board-2021", year=2021, format="html", layout="gov_scot_page",
    url="https://gov.scot/publications/children-and-young-peoples-mental-health-and-wellbeing-joint-delivery-board-"
        "minutes-april-2021",
    body="Children and Young People's Mental Health and Wellbeing Joint Delivery Board", body_kind="national_board",
    patterns=["attendees_and_apologies_heading_over_unlabelled_lists", "name_comma_org_bullets",
              "on_behalf_of_substitute_without_name", "officials_list"],
    notes="Meeting of 28 April 2021. The stored copy keeps one 'Attendees and apologies' heading over three bullet "
          "lists whose own sub-headings are lost; the case shows them the same way. The first list (members) is "
          "present; the officials' list and the last list (which opens with the other co-chair and may be the "
          "apologies) are optional. The stored copy ends after the first name of the last list.",
    document=page("Children and Young People’s Mental Health and Wellbeing Joint Delivery Board minutes: April 2021",
                  "\n".join([
                      "<h1>Children and Young People’s Mental Health and Wellbeing Joint Delivery Board minutes: "
                      "April 2021</h1>",
                      paras(["Minutes from the meeting of the board on 28 April 2021."]),
                      "<h2>Attendees and apologies</h2>",
                      bullets([m for m, *_ in _SG21_MEMBERS[:12]]
                              + ["Laura Meikle, on behalf of Director of Learning, Scottish Government",
                                 _SG21_MEMBERS[12][0]]),
                      bullets([f"{s}, {_SG_DIRECTORATE}" for s, _ in _SG21_OFFICIALS]),
                      bullets(["Jane O’Donnell, Cosla (Co-Chair)"]),
                  ])),
    attendees=[A(n, PRESENT, r, o) for _, n, r, o in _SG21_MEMBERS]
    + [A("Laura Meikle", SUB, None, "Scottish Government")]
    + [A(n, IN_ATT, None, _SG_DIRECTORATE, optional=True) for _, n in _SG21_OFFICIALS]
    + [A("Jane O’Donnell", APOLOGIES, "Co-Chair", "Cosla", optional=True)],
    decisions=[],
)
