"""The third blind set: what each document says and how it is labelled.

Every case is modelled on one stored public page (``url``) of a body that appears in none of the other
evaluation sets (``evaluation/attendance``, ``evaluation/real/*``, ``evaluation/blind``, ``evaluation/blind2``).
Attendance sections and decision wording are reproduced as published (names, roles, organisations, statuses
and formulaic wording are public facts); every narrative paragraph is written anew and kept short. Labels come
from the published page only, never from running a parser. Labelling rules are those of
``evaluation/blind/README.md``; this set's README says how it was built.

Rendered by ``python evaluation/blind/build_cases.py --set evaluation/blind3`` with the blind set's renderers
(``render.py``) and, for PDFs, ``evaluation/real/pdfcase.py`` (tables, grids, scanned pages).
"""
from __future__ import annotations

from labels import ABSENT, APOLOGIES, IN_ATT, PRESENT, SUB, A, D
from pdfspec import COLUMNS, GAP, T, TABLE
from render import bullets, esc, moderngov_meeting, page, rows_table


def labelled_rows(label, lines):
    """Rows of a label | text table: the label only on the first row, as word processors lay it out."""
    return [[label if i == 0 else "", line] for i, line in enumerate(lines)]


CASES: list[dict] = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------------------
# English health and wellbeing boards

case(
    id="oldham-hwb-2023", year=2023, format="html", layout="moderngov_html",
    url="https://committees.oldham.gov.uk/ieListDocuments.aspx?CId=414&MId=8829",
    body="Oldham Health and Well Being Board", body_kind="hwb",
    patterns=["apologies_inline_list_initial_surname", "previous_attendance_correction",
              "resolved_colon_that_subject_to_amendments", "resolved_colon_appointment", "items_without_numbers"],
    notes="The stored copy shows no item numbers. The correction to the previous meeting's attendance names three "
          "people who are not attendees of this meeting.",
    document=moderngov_meeting(
        "Health and Well Being Board", "Thursday, 15th June, 2023 10.00 am",
        "Crompton Suite, Civic Centre, Oldham, West Street, Oldham, OL1 1NL", "Constitutional Services", [
            {"title": "Appointment of Vice-Chairs", "agenda": ["To appoint the Vice-Chairs for the 2023/24 municipal year."],
             "minutes": ["RESOLVED: that Majid Hussain and Dr.J Patterson be appointed Vice Chairs of the Health and "
                         "Wellbeing Board for the 2023/24 Municipal Year"]},
            {"title": "Apologies for Absence",
             "minutes": ["Apologies for absence were received from Councillor Brownridge, M Barker, H Catterill, "
                         "G Jones, T Tariq, A Tebay, D Jago."]},
            {"title": "Declarations of Interest",
             "agenda": ["To Receive Declarations of Interest in any Contract or matter to be discussed at the meeting."],
             "minutes": ["There were no declarations of interest received."]},
            {"title": "Urgent Business", "agenda": ["Urgent business, if any, introduced by the Chair."],
             "minutes": ["There were no items of urgent business received."]},
            {"title": "Minutes of the Previous Meeting",
             "agenda": ["The Minutes of the meeting of the Health and Wellbeing Board held on 21 March 2023 are "
                        "attached for approval."],
             "minutes": ["RESOLVED:  That subject to the following amendments to those present, the Minutes of the "
                         "meeting of the Health and Wellbeing Board held on 21 March 2023, be approved as a correct "
                         "record:-",
                         "(i)            D. Jago – Northern Care Alliance",
                         "(ii)          Dr.C. Stevenson",
                         "(iii)         J.Taylor – Public Health Business Intelligence"]},
            {"title": "Joint Strategic Needs Assessment",
             "agenda": ["To discuss and consider a presentation by Jon Taylor regarding Oldham's new JNSA website"],
             "minutes": ["The Board was shown the borough's new needs assessment website by Jon Taylor, Public Health "
                         "Business Intelligence, and heard how partners could use it when planning services."]},
        ]),
    attendees=[
        A("Brownridge", APOLOGIES), A("M Barker", APOLOGIES), A("H Catterill", APOLOGIES), A("G Jones", APOLOGIES),
        A("T Tariq", APOLOGIES), A("A Tebay", APOLOGIES), A("D Jago", APOLOGIES),
        A("Jon Taylor", IN_ATT, None, "Public Health Business Intelligence", optional=True),
    ],
    decisions=[
        D("RESOLVED: that Majid Hussain and Dr.J Patterson be appointed Vice Chairs of the Health and Wellbeing Board "
          "for the 2023/24 Municipal Year", "approved", None, "Appointment of Vice-Chairs"),
        D("RESOLVED: That subject to the following amendments to those present, the Minutes of the meeting of the "
          "Health and Wellbeing Board held on 21 March 2023, be approved as a correct record:- (i) D. Jago – Northern "
          "Care Alliance (ii) Dr.C. Stevenson (iii) J.Taylor – Public Health Business Intelligence", "approved", None,
          "Minutes of the Previous Meeting"),
    ],
)

case(
    id="east-sussex-hwb-2018", year=2018, format="html", layout="moderngov_html",
    url="https://democracy.eastsussex.gov.uk/ieListDocuments.aspx?CId=153&MId=3160&Ver=4",
    body="East Sussex Health and Wellbeing Board", body_kind="hwb",
    patterns=["apologies_bulleted_by_member_category", "substitute_in_brackets_after_name",
              "invited_observers_category", "numbered_paragraphs", "minutes_agreed_as_correct_record"],
    notes="The stored copy ends inside item 35; the case ends there.",
    document=moderngov_meeting(
        "East Sussex Health and Wellbeing Board", "Tuesday, 13th March, 2018 2.30 pm",
        "Council Chamber, County Hall, Lewes", "Harvey Winder, Democratic Services Officer  01273 481796", [
            {"num": "31", "title": "Minutes of meeting of Health and Wellbeing Board held on 19 December 2017",
             "minutes": ["31.1     The minutes were agreed as a correct record."]},
            {"num": "32", "title": "Apologies for absence",
             "minutes": ["32.1     Apologies for absence were received from the following Board Members:",
                         bullets(["Councillor Carl Maynard", "Stuart Gallimore (Substitute: Brian Hughes)",
                                  "Deborah Tomalin"]),
                         "32.2     Apologies for absence were received from the following Invited Observers with "
                         "Speaking Rights:",
                         bullets(["Councillor Sue Beaney", "Councillor John Barnes",
                                  "Mark Andrews (substitute: David Kemp)"])]},
            {"num": "33", "title": "Disclosure by all members present of personal interests in matters on the agenda",
             "minutes": ["33.1     Councillor John Ungar declared a personal interest as a member of the patient "
                         "panel for Green Street Clinic in Eastbourne."]},
            {"num": "34", "title": "Urgent items", "minutes": ["34.1     There were no urgent items."]},
            {"num": "35", "title": "Annual Report of the Director of Public Health 2017-2018: The State of Child "
                                   "Health in East Sussex",
             "agenda": ["Report by the Acting Director of Public Health"],
             "minutes": ["35.1     The Board considered a report in relation to the Annual Report of the Director of "
                         "Public Health 2017-2018.",
                         "35.2     Members thanked Cynthia Lyons, Acting Director of Public Health, for her work and "
                         "asked how the report's findings on children would be followed up."]},
        ]),
    attendees=[
        A("Carl Maynard", APOLOGIES), A("Stuart Gallimore", APOLOGIES), A("Brian Hughes", SUB, sub_for="Stuart Gallimore"),
        A("Deborah Tomalin", APOLOGIES), A("Sue Beaney", APOLOGIES), A("John Barnes", APOLOGIES),
        A("Mark Andrews", APOLOGIES), A("David Kemp", SUB, sub_for="Mark Andrews"),
        A("John Ungar", PRESENT, optional=True),
        A("Cynthia Lyons", IN_ATT, "Acting Director of Public Health", optional=True),
    ],
    decisions=[
        D("31.1 The minutes were agreed as a correct record.", "approved", "31",
          "Minutes of meeting of Health and Wellbeing Board held on 19 December 2017"),
    ],
)

case(
    id="west-sussex-hwb-2022", year=2022, format="html", layout="moderngov_html",
    url="https://westsussex.moderngov.co.uk/ieListDocuments.aspx?CId=185&MId=3159&Ver=4",
    body="West Sussex Health and Wellbeing Board", body_kind="hwb",
    patterns=["resolved_dash_that_numbered_paragraph", "no_attendance_statement"],
    notes="The stored copy has no attendance statement; the case ends inside item 4 as the stored copy does.",
    document=moderngov_meeting(
        "West Sussex Health and Wellbeing Board", "2022", "Council Chamber, County Hall, Chichester PO19 1RQ",
        "Erica Keegan on 033 022 26050", [
            {"num": "1.", "title": "Chairman's Welcome",
             "minutes": ["1.1      The Chairman opened the meeting with remarks on living with Covid-19 and the "
                         "vaccination programme.",
                         "1.2      He also drew attention to a recent day promoting help to stop smoking."]},
            {"num": "2.", "title": "Declaration of Interests",
             "agenda": ["Members and officers must declare any pecuniary or personal interest in any business on the "
                        "agenda."],
             "minutes": ["2.1       There were no declarations."]},
            {"num": "3.", "title": "Minutes",
             "agenda": ["The Board is asked to confirm the minutes of the meeting of the Health and Wellbeing Board "
                        "held on 27 January 2022."],
             "minutes": ["3.1   Resolved – that the minutes of the meeting held on 27 January 2022 are approved as a "
                         "correct record and are signed by the Chairman."]},
            {"num": "4.", "title": "Public Forum",
             "minutes": ["4.1    A question had arrived shortly before the meeting about waiting times for autism "
                         "assessments for children, and officers undertook to reply in writing."]},
        ]),
    attendees=[],
    decisions=[
        D("3.1 Resolved – that the minutes of the meeting held on 27 January 2022 are approved as a correct record and "
          "are signed by the Chairman.", "approved", "3", "Minutes"),
    ],
)

_COV17_MEMBERS = [
    "Councillor Abbott", "Councillor Caan (Chair)", "Councillor Ruane", "Councillor Taylor",
    "Stephen Banbury, Voluntary Action Coventry", "Dr Adrian Canale-Parola, Coventry and Rugby CCG (Deputy Chair)",
    "Professor Guy Daly, Coventry University", "Ben Diamond, West Midlands Fire Service",
    "Liz Gaulton, Acting Director of Public Health", "Simon Gilby, Coventry and Warwickshire Partnership Trust",
    "Andrea Green, Coventry and Rugby CCG", "Andy Hardy, University Hospitals Coventry and Warwickshire",
    "Ruth Light, Coventry Healthwatch", "Danny Long, West Midlands Police",
    "Gail Quinton, Deputy Chief Executive (People)",
]

case(
    id="coventry-hwb-2017", year=2017, format="pdf", layout="pdf_text_label_column",
    url="https://docslib.org/download/12246677/minutes-template",
    body="Coventry Health and Well-being Board", body_kind="hwb",
    patterns=["label_column_with_sub_labels", "name_comma_organisation", "councillor_surname_only",
              "employees_by_directorate_initials", "apologies_label_list", "minutes_signed_as_true_record"],
    notes="Printed minutes (ModernGov template) of 10 April 2017. The stored text runs the label column and the "
          "names together; the case lays them out as a label | names table as the template does.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Coventry City Council", bold=True, size=12),
        T("Minutes of the Meeting of Coventry Health and Well-being Board held at 2.00 pm on Monday, 10 April 2017",
          bold=True),
        GAP(3),
        TABLE([["Present:", ""]] + labelled_rows("Board Members:", _COV17_MEMBERS)
              + [["", ""]] + labelled_rows("Other Representatives:", [
                  "Councillor Ali",
                  "Paula Deas, Coventry and Warwickshire Local Enterprise Partnership"])
              + [["", ""], ["Employees (by Directorate):", ""], ["Place:", "L Knight"], ["People:", "R Nawaz"],
                 ["", ""]]
              + labelled_rows("Apologies:", ["Councillor Duggins", "John Mason, Coventry Healthwatch",
                                             "Martin Reeves, Coventry City Council",
                                             "Professor Caroline Meyer, Warwick University"]), [50, 124]),
        GAP(4),
        T("Public Business", bold=True),
        T("108. Declarations of Interest", bold=True),
        T("There were no declarations of interest."),
        T("109. Minutes of Previous Meeting", bold=True),
        T("The minutes of the meeting held on 6th February, 2017 were signed as a true record. There were no matters "
          "arising."),
        T("110. Employment, Economic Growth and Health - working with Coventry and Warwickshire Chamber of Commerce "
          "and Coventry and Warwickshire Local Enterprise Partnership", bold=True),
        T("Paula Deas presented a joint paper on how local employers and the partnership were linking work on jobs "
          "and skills with efforts to narrow health gaps in the city."),
    ]}]},
    attendees=[
        A("Abbott", PRESENT), A("Caan", PRESENT, "Chair"), A("Ruane", PRESENT), A("Taylor", PRESENT),
        A("Stephen Banbury", PRESENT, None, "Voluntary Action Coventry"),
        A("Adrian Canale-Parola", PRESENT, "Deputy Chair", "Coventry and Rugby CCG"),
        A("Guy Daly", PRESENT, None, "Coventry University"), A("Ben Diamond", PRESENT, None, "West Midlands Fire Service"),
        A("Liz Gaulton", PRESENT, "Acting Director of Public Health"),
        A("Simon Gilby", PRESENT, None, "Coventry and Warwickshire Partnership Trust"),
        A("Andrea Green", PRESENT, None, "Coventry and Rugby CCG"),
        A("Andy Hardy", PRESENT, None, "University Hospitals Coventry and Warwickshire"),
        A("Ruth Light", PRESENT, None, "Coventry Healthwatch"), A("Danny Long", PRESENT, None, "West Midlands Police"),
        A("Gail Quinton", PRESENT, "Deputy Chief Executive (People)"),
        A("Ali", IN_ATT), A("Paula Deas", IN_ATT, None, "Coventry and Warwickshire Local Enterprise Partnership"),
        A("L Knight", IN_ATT), A("R Nawaz", IN_ATT),
        A("Duggins", APOLOGIES), A("John Mason", APOLOGIES, None, "Coventry Healthwatch"),
        A("Martin Reeves", APOLOGIES, None, "Coventry City Council"),
        A("Caroline Meyer", APOLOGIES, None, "Warwick University"),
    ],
    decisions=[
        D("The minutes of the meeting held on 6th February, 2017 were signed as a true record.", "approved", "109",
          "Minutes of Previous Meeting"),
    ],
)

case(
    id="dacorum-health-wellbeing-committee-2025", year=2025, format="html", layout="moderngov_html",
    url="https://democracy.dacorum.gov.uk/ieListDocuments.aspx?CId=161&MeetingId=4072",
    body="Dacorum Borough Council Health and Wellbeing Committee", body_kind="council_health_committee",
    patterns=["apologies_received_from_plural_councillors_list", "substituted_on_behalf_of", "absent_sentence",
              "typo_in_title", "minutes_item_first", "items_numbered"],
    notes="A district council's health committee with co-opted health and voluntary-sector members. The stored copy "
          "ends inside item 3 (declarations); the case ends there. The misspelt 'Councillllor' is as published.",
    document=moderngov_meeting(
        "Health and Wellbeing Committee", "Thursday, 13th March, 2025 7.30 pm", "Conference Room 1 - The Forum",
        "Corporate and Democratic Support  01442 228209", [
            {"num": "1.", "title": "Minutes", "agenda": ["To confirm the minutes from the previous meeting"],
             "minutes": ["E Glatter asked whether written minutes would be produced in future.",
                         "The Chair asked officers to look into written minutes for E Glatter.",
                         "Action: JWebb to raise with democratic services."]},
            {"num": "2.", "title": "Apologies for absence", "agenda": ["To receive any apologies for absence"],
             "minutes": ["Apologies received from Kevin Minier, Councillllor Bhinder, Maddern, Elliot and Smith- Wright.",
                         "Councillor Greenfield substituted on behalf of Councillor Hannell.",
                         "Councillor Weston and Pringle were absent"]},
            {"num": "3.", "title": "Declarations of Interest", "agenda": ["To receive any declarations of interest"],
             "minutes": ["No declarations were made."]},
        ]),
    attendees=[
        A("Kevin Minier", APOLOGIES), A("Bhinder", APOLOGIES), A("Maddern", APOLOGIES), A("Elliot", APOLOGIES),
        A("Smith- Wright", APOLOGIES), A("Greenfield", SUB, sub_for="Hannell"), A("Hannell", APOLOGIES, optional=True),
        A("Weston", ABSENT), A("Pringle", ABSENT),
        A("E Glatter", PRESENT, optional=True),
    ],
    decisions=[],
)

case(
    id="west-lindsey-district-joint-committee-2025", year=2025, format="html", layout="moderngov_html",
    url="https://democracy.west-lindsey.gov.uk/ieListDocuments.aspx?CId=429&MId=3813",
    body="Lincolnshire District Joint Committee (West Lindsey secretariat)", body_kind="joint_committee",
    patterns=["no_apologies_all_present", "officer_presiding", "resolved_that_inline_paragraph", "items_without_numbers"],
    notes="Inaugural meeting of a joint committee of district councils; the year is inferred (the stored copy shows "
          "no date; the minutes speak of a coming reorganisation of local government). The stored copy ends inside "
          "the item on a temporary chairman; the case ends there. No attendance list is printed: the minutes say all "
          "members were present.",
    document=moderngov_meeting(
        "District Joint Committee", "2025", "(not shown in the stored copy)", "(not shown in the stored copy)", [
            {"title": "Welcome",
             "minutes": ["This being the inaugural meeting of the District Joint Committee, Ian Knowles, Chief Executive "
                         "of West Lindsey District Council, the secretariat authority for the Joint Committee, presided "
                         "over agenda items 1 and 2. Members introduced themselves."]},
            {"title": "Apologies for Absence",
             "minutes": ["There were no apologies for absence, with all Members present."]},
            {"title": "To Elect a Chairman of the District Joint Committee and Motion to Vary the Order of the Agenda",
             "minutes": ["Members debated whether to elect a permanent Chairman straight away or a temporary one "
                         "first, and whether to take item 8 early; they settled on a temporary Chairman and a change "
                         "of order.",
                         "On that basis it was",
                         "RESOLVED that a temporary Chairman be appointed in the first instance and the order of the "
                         "agenda be varied to allow agenda item 8 to be taken prior to agenda items 2 and 3."]},
            {"title": "Appointment of a Temporary Chairman",
             "minutes": ["Councillor Richard Wright and Councillor Anne Dorrian were each nominated and seconded, and "
                         "officers explained how the vote would be taken."]},
        ]),
    attendees=[
        A("Ian Knowles", IN_ATT, "Chief Executive", "West Lindsey District Council", optional=True),
        A("Richard Wright", PRESENT, optional=True), A("Anne Dorrian", PRESENT, optional=True),
    ],
    decisions=[
        D("RESOLVED that a temporary Chairman be appointed in the first instance and the order of the agenda be varied "
          "to allow agenda item 8 to be taken prior to agenda items 2 and 3.", "approved", None,
          "To Elect a Chairman of the District Joint Committee and Motion to Vary the Order of the Agenda"),
    ],
)

_RCT_APOLOGIES = ["P Binning", "S J Davies", "J Elliott", "D Evans", "S Evans", "D Grehan", "H Gronow", "K Morgan",
                  "M Norris", "D Owen-Jones", "D Parkin", "S Powderhill", "M Powell", "W Treeby", "J Turner",
                  "D Williams", "T Williams", "R Yeo"]
_RCT_DECLARED = [("S Morgans", "My daughter is a nurse at the Royal Glamorgan Hospital"),
                 ("G Caple", "My son is a doctor and employed by the Local Health Board"),
                 ("K Johnson", "My wife is a nurse for Cwm Taf Morgannwg Health Board"),
                 ("S Trask", "My wife is employed by the Welsh NHS"),
                 ("M Ashford", "My wife works at the Royal Glamorgan Hospital"),
                 ("C Middle", "My sister works for the Cwm Taf Morgannwg Health Board")]

case(
    id="rhondda-cynon-taf-council-2023", year=2023, format="html", layout="moderngov_html",
    url="https://rctcbc.moderngov.co.uk/ieListDocuments.aspx?CId=163&MeetingId=50004450&LLL=0",
    body="Rhondda Cynon Taf County Borough Council (meeting with Cwm Taf Morgannwg University Health Board)",
    body_kind="welsh",
    patterns=["apologies_plural_councillor_title_then_initials_list", "declarations_quoted_one_per_paragraph",
              "late_declaration_note"],
    notes="Full council meeting receiving the health board. Year inferred (hybrid venue, councillors elected in "
          "2022). The stored copy ends at the heading of item 47; the case ends there. R Yeo is in the apologies "
          "list and also declares an interest later in the meeting (as published); he is labelled as an apology. "
          "Councillors who declared interests were present but are named outside any attendance statement (optional); "
          "S Evans, also in the apologies list, is not given an optional label.",
    document=moderngov_meeting(
        "Council", "2023", "Hybrid", "Julia Nicholls - Democratic Services  01443 424098", [
            {"num": "45.", "title": "Apologies",
             "minutes": ["Apologies for absence were received from County Borough Councillors "
                         + ", ".join(_RCT_APOLOGIES[:-1]) + " and " + _RCT_APOLOGIES[-1] + "."]},
            {"num": "46.", "title": "Declaration of Interest",
             "agenda": ["To receive disclosures of personal interests from Members in accordance with the Code of "
                        "Conduct"],
             "minutes": ["In accordance with the Council's Code of Conduct, the following declarations were made "
                         "pertaining to the agenda:"]
             + [f"County Borough Councillor {n} – “{t}”" for n, t in _RCT_DECLARED[:2]]
             + ["County Borough Councillor S Evans – “I work for the Cwm Taf Health Board”."]
             + [f"County Borough Councillor {n} – “{t}”" for n, t in _RCT_DECLARED[2:]]
             + ["Note: A declaration of interest was made later in the meeting as follows:",
                "County Borough Councillor R Yeo – “My wife works for the NHS”"]},
            {"num": "47.", "title": "CWM TAF MORGANNWG UNIVERSITY HEALTH BOARD",
             "minutes": ["Members welcomed representatives of the health board, who described their priorities for "
                         "the year ahead."]},
        ]),
    attendees=[A(n, APOLOGIES) for n in _RCT_APOLOGIES] + [A(n, PRESENT, optional=True) for n, _ in _RCT_DECLARED],
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# NHS trusts, CCGs, ICBs and partnerships

_OUH16_PRESENT = [
    ("Dame Fiona Caldicott", "FC", "Chairman"), ("Dr Bruno Holthof", "BH", "Chief Executive"),
    ("Professor Sir John Bell", "JB", "Non-Executive Director"), ("Dr Tony Berendt", "TB", "Medical Director"),
    ("Mr Paul Brennan", "PB", "Director of Clinical Services"), ("Mr Alisdair Cameron", "AC", "Non-Executive Director"),
    ("Mr Christopher Goard", "CG", "Non-Executive Director"),
    ("Professor David Mant", "DM", "Associate Non-Executive Director"),
    ("Mr Mark Mansfield", "MM", "Director of Finance and Procurement"),
    ("Mr Mark Power", "MP", "Director of Organisational Development and Workforce"),
    ("Mr Geoffrey Salt", "GS", "Vice-Chairman, Non-Executive Director"),
    ("Mr Andrew Stevens", "AS", "Director of Planning & Information"), ("Ms Catherine Stoddart", "CS", "Chief Nurse"),
    ("Ms Anne Tutt", "AT", "Non-Executive Director"), ("Ms Eileen Walsh", "EW", "Director of Assurance"),
    ("Mr Peter Ward", "PW", "Non-Executive Director"),
]
_OUH16_ATTENDING = [("Ms Susan Polywka", "SP", "Head of Corporate Governance and Company Secretary")]


def _strip_title(name: str) -> str:
    words = name.split()
    while words and words[0] in {"Dame", "Dr", "Professor", "Sir", "Mr", "Ms", "Mrs", "Miss", "Prof", "Cllr",
                                 "Councillor", "Rev", "Revd"}:
        words.pop(0)
    return " ".join(words)


case(
    id="oxford-university-hospitals-board-2016", year=2016, format="pdf", layout="pdf_text_table",
    url="https://studylib.net/doc/11645501",
    body="Oxford University Hospitals NHS Trust Board", body_kind="nhs_trust",
    patterns=["label_name_initials_role_table", "label_on_first_row_only", "no_apologies_sentence",
              "minute_reference_numbers", "minutes_approved_as_true_and_accurate_record"],
    notes="Trust Board meeting held in public on 13 January 2016. The stored text runs the names, initials and roles "
          "as three separate runs; the case restores the name | initials | role table they imply.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Oxford University Hospitals                                                TB2016.20", bold=True),
        T("Trust Board", bold=True, size=12),
        T("Minutes of the Trust Board meeting held in public on Wednesday 13 January 2016 at 10:00 in Meeting Rooms "
          "1-3, Cancer Centre, The Churchill Hospital."),
        GAP(3),
        TABLE([["Present:" if i == 0 else "", n, ini, r] for i, (n, ini, r) in enumerate(_OUH16_PRESENT)]
              + [["In attendance:" if i == 0 else "", n, ini, r] for i, (n, ini, r) in enumerate(_OUH16_ATTENDING)],
              [28, 52, 14, 80]),
        GAP(4),
        TABLE([["TB16/01/01", "Apologies and declarations of interest"],
               ["", "No apologies for absence had been received. The Chairman welcomed those attending, including "
                    "governors and members of the public. No declarations of interest were made."],
               ["TB16/01/02", "Minutes of the meeting held on 11 November 2015"],
               ["", "Minutes of the meeting held on 11 November 2015 were approved as a true and accurate record of "
                    "the meeting."],
               ["TB16/01/03", "Matters Arising from the minutes"],
               ["", "All matters arising were covered by the action log or the agenda."]], [28, 146]),
    ]}]},
    attendees=[A(_strip_title(n), PRESENT, r) for n, _, r in _OUH16_PRESENT]
    + [A(_strip_title(n), IN_ATT, r) for n, _, r in _OUH16_ATTENDING],
    decisions=[
        D("Minutes of the meeting held on 11 November 2015 were approved as a true and accurate record of the meeting.",
          "approved", "TB16/01/02", "Minutes of the meeting held on 11 November 2015"),
    ],
)

# ---------------------------------------------------------------------------------------------------------
# Scottish health boards

_AA19_NONEXEC = ["Mrs Lesley Bowie (Vice Chair)", "Mrs Margaret Anderson", "Cllr Joe Cullinane", "Mr Stewart Donnelly",
                 "Mr Bob Martin", "Dr Janet McKay", "Mr Alistair McKie", "Cllr Douglas Reid", "Ms Linda Semple",
                 "Miss Lisa Tennant", "Mr Ian Welsh"]
_AA19_EXEC = [("Mr John Burns", "Chief Executive"), ("Dr Alison Graham", "Medical Director"),
              ("Mr Derek Lindsay", "Director of Finance")]
_AA19_ADVISORS = [
    ("Mr Stephen Brown", "Director of Health and Social Care, North "),
    ("Mrs Kirstin Dickson", "Director of Transformation and Sustainability"),
    ("Mrs Joanne Edwards", "Director for Acute Services"),
    ("Mr Eddie Fraser", "Director of Health and Social Care, East Ayrshire"),
    ("Ms Laura Harvey", "Quality Improvement Lead, Customer Care"), ("Ms Patricia Leiser", "Human Resources Director"),
    ("Mrs Lynne McNiven", "interim Director of Public Health"), ("Mr Mark Taylor", "Improvement Director"),
    ("Mr David Thomson", "Associate Nurse Director, Lead Nurse for North Ayrshire Health and Social Care Partnership"),
    ("Mr John Wright", "Director for Corporate Support Services"),
]
_AA19_ATTENDING = [("Mrs Shona McCulloch", "Head of Corporate Governance"), ("Mrs Miriam Porte", "Communications Manager"),
                   ("Mrs Angela O’Mahony", "Committee Secretary")]

case(
    id="ayrshire-arran-nhs-board-2019", year=2019, format="pdf", layout="pdf_text_label_column",
    url="https://docslib.org/doc/2161799/minute-of-meeting-held-on-25-march-2019",
    body="Ayrshire and Arran NHS Board", body_kind="scottish_nhs",
    patterns=["present_with_sub_labels", "role_in_brackets_after_name", "cllr_title", "board_advisors_ex_officios",
              "in_attendance_minutes_taker", "apologies_noted_from_sentence", "minute_approved_accurate_record"],
    notes="Public meeting of 25 March 2019. 'Director of Health and Social Care, North )' is printed without its "
          "area in the stored copy; kept as published. The stored copy shows Board Advisors/Ex-Officios under Present.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Paper 1", size=9),
        T("Ayrshire and Arran NHS Board", bold=True, size=12),
        T("Minute of a public meeting on 25 March 2019\n9.15am, Rooms 2A-C, Education Centre, University Hospital "
          "Crosshouse", bold=True),
        GAP(3),
        TABLE([["Present:", "Dr Martin Cheyne (Chair)"], ["", ""], ["", "Non-Executive Members:"]]
              + [["", x] for x in _AA19_NONEXEC] + [["", ""], ["", "Executive Members:"]]
              + [["", f"{n} ({r})"] for n, r in _AA19_EXEC] + [["", ""], ["", "Board Advisors/Ex-Officios:"]]
              + [["", f"{n} ({r})"] for n, r in _AA19_ADVISORS] + [["", ""]]
              + [["In attendance:" if i == 0 else "", f"{n} ({r})" + (" minutes" if i == 2 else "")]
                 for i, (n, r) in enumerate(_AA19_ATTENDING)], [32, 142]),
        GAP(3),
        T("The Chairman welcomed Mrs Joanne Edwards to her first Board meeting in her new post."),
        T("1.  Apologies", bold=True),
        T("Apologies were noted from Cllr Laura Brennan-Whitefield, Mr John Rainey, Prof Hazel Borland, Mr Tim "
          "Eltringham, Dr Crawford McGuffie and Dr Joy Tomlinson."),
        T("2.  Declaration of interests (028/2019)", bold=True),
        T("Ms Linda Semple declared a standing interest as a Non-Executive Director of the Board of the NHS Golden "
          "Jubilee Foundation."),
        T("3.  Minute of the meeting of the NHS Board held on 4 February 2019 (029/2019)", bold=True),
        T("The minute was approved as an accurate record of the discussions."),
    ]}]},
    attendees=[A("Martin Cheyne", PRESENT, "Chair"), A("Lesley Bowie", PRESENT, "Vice Chair")]
    + [A(_strip_title(x), PRESENT) for x in _AA19_NONEXEC[1:]]
    + [A(_strip_title(n), PRESENT, r) for n, r in _AA19_EXEC]
    + [A(_strip_title(n), PRESENT, r.strip()) for n, r in _AA19_ADVISORS]
    + [A(_strip_title(n), IN_ATT, r) for n, r in _AA19_ATTENDING]
    + [A(n, APOLOGIES) for n in ["Laura Brennan-Whitefield", "John Rainey", "Hazel Borland", "Tim Eltringham",
                                 "Crawford McGuffie", "Joy Tomlinson"]],
    decisions=[
        D("The minute was approved as an accurate record of the discussions.", "approved", "3",
          "Minute of the meeting of the NHS Board held on 4 February 2019 (029/2019)"),
    ],
)

_HIGHLAND17_PRESENT = [
    "Dr David Alston, Chair", "Mr Robin Creelman", "Ms Jaci Douglas", "Ms Myra Duncan", "Dr Andrew Evennett",
    "Dr Michael Foxley", "Mr Alasdair Lawton", "Ms Melanie Newdick", "Mr John McAlpine", "Mr Adam Palmer",
    "Ms Ann Pascoe", "Dr Gaener Rodger", "Ms Sarah Wedgwood", "Ms Elaine Wilkinson", "Prof Elaine Mead, Chief Executive",
    "Ms Anne Gent, Director of Human Resources", "Mr Nick Kenton, Director of Finance", "Ms Heidi May, Nurse Director",
    "Dr Rod Harvey, Medical Director",
]
_HIGHLAND17_ALSO = [
    "Ms Ann Clark, Non-Executive Director (pending)", "Ms Joanna MacDonald, Director of Adult Social Care",
    "Ms Deborah Jones, Director of Strategic Planning, Policy and Performance", "Mr Eric Green, Head of Estates",
    "Ms Maimie Thompson, Head of Public Relations & Engagement",
    "Prof. Hugo Van Woerden, Director of Public Health & Health Policy",
    "Ms Gill McVicar, Director of Operations, North and West Highland", "Mr David Park, Director of Operations, Inner Firth",
    "Ms Janet Spence, Head of Care Services Improvement", "Ms Ruth Daly, Board Secretary",
    "Ms Margaret Brown, Business Support Directorate", "Dr Wendy Van Riet, Cahms Service Manager (Item 3.1)",
    "Ms Murdina Campbell, Quality Improvement Lead, Lean Team (Item 3.1)",
    "Mr Gavin Hookway, Senior Quality Improvement Lead, Lean Team (Item 3.1)",
    "Ms Helen Sikora, Principal Officer Health Inequalities", "Dr Helen Bryers, Head of Midwifery",
    "Dr Stephanie Govenden, Lead Doctor Child Protection and Looked After Children",
    "Ms Sally Amor, Child Health Commissioner", "Ms Kirsten McCulloch, Pharmacist, Raigmore (Item 3.4)",
    "Ms Amy Noble, Senior Staff Nurse, Ward 7a Raigmore (Item 3.4)",
    "Ms Kay Cordiner, Senior Charge Nurse, Ward 7a Raigmore (Item 3.4)",
    "Mr Alan Paton, Service Planning Analyst, Larch House (Item 3.4)",
]


def _name_role(entry: str) -> tuple[str, str | None]:
    name, _, role = entry.partition(", ")
    role = role.replace(" (Item 3.1)", "").replace(" (Item 3.4)", "") or None
    return _strip_title(name.replace("Prof.", "Prof")), role


case(
    id="highland-nhs-board-2017-scan", year=2017, format="pdf", layout="pdf_scan", scan=True,
    url="https://docslib.org/doc/10703143/assynt-house",
    body="Highland NHS Board", body_kind="scottish_nhs",
    patterns=["present_label_one_per_line", "name_comma_role", "also_present_label_long_list",
              "attending_for_item_in_brackets", "letterhead_address_block", "scanned_page"],
    notes="Draft minute of the Board meeting of 28 March 2017 (presented to the Board on 30 May 2017), rendered as a "
          "scanned page. The stored copy ends inside the 'Also present' list ('Mr S…'); the case ends before that "
          "name. The letterhead's address and telephone lines are not attendance.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("NHS Board 30 May 2017\nItem 3.2", size=9),
        T("HIGHLAND NHS BOARD", bold=True, size=12),
        T("Assynt House, Beechwood Park, Inverness IV2 3BW\nTel: 01463 717123  Fax: 01463 235189", size=8),
        GAP(2),
        T("DRAFT MINUTE of BOARD MEETING\nBoard Room, Assynt House, Beechwood Park, Inverness\n28 March 2017 - 8.30 am",
          bold=True),
        GAP(3),
        TABLE(labelled_rows("Present", _HIGHLAND17_PRESENT) + [["", ""]]
              + labelled_rows("Also present", _HIGHLAND17_ALSO), [32, 142]),
    ]}]},
    attendees=[A(_name_role(x)[0], PRESENT, _name_role(x)[1]) for x in _HIGHLAND17_PRESENT]
    + [A(_name_role(x)[0], IN_ATT, _name_role(x)[1]) for x in _HIGHLAND17_ALSO],
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# Northern Ireland

_WHSCT18_PRESENT = [
    "Mr N Birthistle, Chairman", "Dr A Kilgallen, Chief Executive", "Mr J Campbell, Non-Executive Director",
    "Mrs S Cummings, Non-Executive Director", "Dr G McIlroy, Non-Executive Director",
    "Dr C O’Mullan, Non-Executive Director", "Mrs M Woods, Non-Executive Director",
    "Mr K Downey, Executive Director of Social Work/Director of Women and Children’s Services",
    "Ms K O’Brien, Interim Director of Adult Mental Health and Disability Services",
    "Dr B Brown, Executive Director of Nursing/Director of Primary Care and Older People’s Services",
    "Dr D Hughes, Medical Director", "Mrs A McConnell, Director of Human Resources",
    "Mrs T Molloy, Director of Performance and Service Improvement", "Mrs L Mitchell, Director of Finance and Contracting",
]
_WHSCT18_ATTENDING = [
    "Mr M Gillespie, Assistant Director of Acute Services", "Mr O Kelly, Head of Communications",
    "Dr N Black, Assistant Director Acute Services", "Mrs M McGinley, Executive Officer to Chief Executive",
]

case(
    id="western-hsc-trust-board-2018", year=2018, format="pdf", layout="pdf_text_label_column",
    url="https://pdfslide.net/documents/minutes-of-a-meeting-of-the-western-health-social-care-western-health.html",
    body="Western Health and Social Care Trust Board", body_kind="ni_trust",
    patterns=["caps_label_column", "title_initial_surname_comma_role", "slash_joined_roles", "no_apologies_section",
              "minute_reference_numbers", "running_header_with_page_number"],
    notes="Meeting of 14 June 2018 at Altnagelvin Hospital. The stored copy has no apologies section and no decision "
          "before the Chairman's business narrative, where the case ends.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Western Health and Social Care Trust Board – 14 June 2018                                        Page 1",
          size=8),
        GAP(2),
        T("Minutes of a meeting of the Western Health & Social Care Trust Board held on Thursday, 14 June 2018 at "
          "10 am in the Denis Desmond Room, MDEC Building, Altnagelvin Hospital, Londonderry", bold=True),
        GAP(3),
        TABLE(labelled_rows("PRESENT", _WHSCT18_PRESENT) + [["", ""]]
              + labelled_rows("IN ATTENDANCE", _WHSCT18_ATTENDING), [38, 136]),
        GAP(3),
        TABLE([["6/18/1", "CONFIDENTIAL ITEMS"], ["6/18/2", "CHAIRMAN’S BUSINESS"],
               ["", "The Chairman welcomed members to the meeting in Londonderry and referred to his written report. "
                    "He explained how the Department was grouping the recommendations of a recent inquiry into a "
                    "small number of workstreams."]], [20, 154]),
    ]}]},
    attendees=[A(_name_role(x)[0], PRESENT, _name_role(x)[1]) for x in _WHSCT18_PRESENT]
    + [A(_name_role(x)[0], IN_ATT, _name_role(x)[1]) for x in _WHSCT18_ATTENDING],
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# Clinical commissioning groups

_WAKEFIELD12_PRESENT = [
    ("Dr Phil Earnshaw", "Chair, Wakefield Alliance", "Chair", "Wakefield Alliance"),
    ("Dr Adam Sheppard", "GP, Lupset Health Centre", "GP", "Lupset Health Centre"),
    ("Dr Ivan Hanney", "GP, College Lane Surgery", "GP", "College Lane Surgery"),
    ("Sandra Greenwood", "Nurse Manager, Ferrybridge Medical Centre", "Nurse Manager", "Ferrybridge Medical Centre"),
    ("Sam Pratheepan", "Wakefield Council", None, "Wakefield Council"),
    ("Elaine McHale", "Wakefield Council", None, "Wakefield Council"),
    ("Jan Power", "LINks Representative", "LINks Representative", None),
    ("Jo Webster", "Shadow Accountable Officer NHS Wakefield Clinical Commissioning Group (CCG)",
     "Shadow Accountable Officer", "NHS Wakefield Clinical Commissioning Group"),
    ("Jim Hayburn", "Chief Financial Officer, NHS Wakefield CCG", "Chief Financial Officer", "NHS Wakefield CCG"),
]
_WAKEFIELD12_ATTENDING = [
    ("Sandra Cheseldine", "Non Executive Director", "Non Executive Director", None),
    ("Adam Bassett", "Corporate Risk Manager, NHS Wakefield District (NHSWD)", "Corporate Risk Manager",
     "NHS Wakefield District"),
    ("Matt England", "Head of Contracting and Commercial Strategy, NHS Wakefield Clinical Commissioning Group "
                     "(Minute 12/124 only)", "Head of Contracting and Commercial Strategy",
     "NHS Wakefield Clinical Commissioning Group"),
    ("Elaine Horder", "Quality Improvement Facilitator, NHSWD (Minute 12/124 and 12/125)",
     "Quality Improvement Facilitator", "NHSWD"),
    ("Lee Beresford", "Head of Strategy and Strategic Planning, NHS Wakefield Clinical Commissioning Group (Minute 126 "
                      "and 127 only)", "Head of Strategy and Strategic Planning",
     "NHS Wakefield Clinical Commissioning Group"),
    ("Cat de Jonge", "Senior Commissioning Manager, NHSWD (Minute 126 and 127 only)", "Senior Commissioning Manager",
     "NHSWD"),
    ("Jayne Beecham", "Senior Communications Manager, NHSWD (Minute 127 only)", "Senior Communications Manager",
     "NHSWD"),
]
_WAKEFIELD12_APOLOGIES = ["Andrew Furber", "Avijit Biswas", "Ann Carroll", "David Brown", "Dewhirst", "Clive Harries",
                          "Rhod Mitchell", "Stephen Bryan"]

case(
    id="wakefield-ccg-cce-2012", year=2012, format="pdf", layout="pdf_text_table",
    url="https://issuu.com./nhskirklees/docs/ckwcb-12-198b_wakefield_cce_minutes",
    body="NHS Wakefield Clinical Commissioning Group Clinical Commissioning Executive", body_kind="ccg",
    patterns=["label_name_role_three_column_table", "role_comma_organisation", "organisation_only_role_cell",
              "attending_for_minute_in_brackets", "apologies_sentence_titles_some_surname_only",
              "minute_reference_numbers"],
    notes="Meeting of 28 June 2012 of the shadow CCG's governing executive. The stored text runs the names and the "
          "roles as two separate runs; the case restores the name | role table they imply.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("NHS Wakefield Clinical Commissioning Group", bold=True, size=12),
        T("CLINICAL COMMISSIONING EXECUTIVE", bold=True),
        T("Minutes of the meeting held on 28 June 2012\nKing’s Medical Practice, Normanton"),
        GAP(3),
        TABLE([["Present" if i == 0 else "", n, shown] for i, (n, shown, _, _) in enumerate(_WAKEFIELD12_PRESENT)]
              + [["", "", ""]]
              + [["In Attendance" if i == 0 else "", n, shown]
                 for i, (n, shown, _, _) in enumerate(_WAKEFIELD12_ATTENDING)], [30, 44, 100]),
        GAP(4),
        TABLE([["12/117", "Apologies"],
               ["", "Apologies were received from Dr Andrew Furber, Dr Avijit Biswas, Dr Ann Carroll, Dr David Brown, "
                    "Dr Dewhirst, Dr Clive Harries, Rhod Mitchell and Stephen Bryan."],
               ["12/118", "Declarations of Interest"],
               ["", "The Chair reminded members to declare interests in any agenda item, and declared his own "
                    "interest in a letter of support that concerned him."],
               ["12/119", "Chair’s Update"],
               ["", "The Chair reported a forthcoming meeting between the local acute trust's board and "
                    "representatives of the Executive."]], [22, 152]),
    ]}]},
    attendees=[A(_strip_title(n), PRESENT, r, o) for n, _, r, o in _WAKEFIELD12_PRESENT]
    + [A(_strip_title(n), IN_ATT, r, o) for n, _, r, o in _WAKEFIELD12_ATTENDING]
    + [A(n, APOLOGIES) for n in _WAKEFIELD12_APOLOGIES],
    decisions=[],
)

_BURY17_MEMBERS = [
    ("Dr Kiran Patel (Chair)", "Kiran Patel", "Chair", None),
    ("Mrs Fiona Boyd, Clinical Member of the Governing Body – Registered Nurse", "Fiona Boyd",
     "Clinical Member of the Governing Body – Registered Nurse", None),
    ("Mr Peter Bury, Lay Member for Quality and Performance", "Peter Bury", "Lay Member for Quality and Performance", None),
    ("Dr Wissam El-Jouzi, North Sector Lead", "Wissam El-Jouzi", "North Sector Lead", None),
    ("Dr Cathy Fines, Clinical Director", "Cathy Fines", "Clinical Director", None),
    ("Mr Howard Hughes, Clinical Director", "Howard Hughes", "Clinical Director", None),
    ("Mrs Catherine Jackson, Executive Nurse", "Catherine Jackson", "Executive Nurse", None),
    ("Dr Ajay Kotegaonkar, West Sector Lead", "Ajay Kotegaonkar", "West Sector Lead", None),
    ("Mr Stuart North, Chief Officer", "Stuart North", "Chief Officer", None),
    ("Ms Margaret O’Dwyer, Director of Commissioning and Business Delivery", "Margaret O’Dwyer",
     "Director of Commissioning and Business Delivery", None),
    ("Dr Jeff Schryer, Clinical Director", "Jeff Schryer", "Clinical Director", None),
    ("Mr Chris Wild, Lay Member for Finance and Audit", "Chris Wild", "Lay Member for Finance and Audit", None),
    ("Ms Rachel Coaker, Deputy Chief Finance Officer ( for item 9 only)", "Rachel Coaker",
     "Deputy Chief Finance Officer", None),
]
_BURY17_OTHERS = [
    ("Mr Paul Horrocks, Communications Advisor to the Governing Body", "Paul Horrocks",
     "Communications Advisor to the Governing Body", None),
    ("Mrs Lisa Featherstone, Deputy Director of Business Delivery, Bury CCG", "Lisa Featherstone",
     "Deputy Director of Business Delivery", "Bury CCG"),
    ("Dr Henry Ticehurst, Medical Director, PCFT (for item 1 and 7 only)", "Henry Ticehurst", "Medical Director", "PCFT"),
    ("Mrs Zoe Molyneux, Associate Director of Quality Governance, PCFT(for item 1 and 7 only)", "Zoe Molyneux",
     "Associate Director of Quality Governance", "PCFT"),
]
_BURY17_PUBLIC = ["Mrs B Barlow, Chair of Healthwatch Bury and Bury resident", "Mr D Parker, Bury resident",
                  "Mr D Buckley, Bury resident", "Mr D Taylor, reporter, Bury Times"]


def _docsbay_page(title: str, blocks: list[str]) -> str:
    """A document-sharing site's HTML rendering of a Word file: header table as 'a / b' lines, then paragraphs."""
    return page(title, "\n".join(blocks))


case(
    id="bury-ccg-governing-body-2017", year=2017, format="html", layout="document_site_html",
    url="https://docsbay.net/doc/638062/meeting-in-public",
    body="NHS Bury Clinical Commissioning Group Governing Body", body_kind="ccg",
    patterns=["document_control_table_before_minutes", "members_heading_without_present_label",
              "others_in_attendance_heading", "members_of_the_public_list", "name_comma_role_comma_org",
              "for_item_only_in_brackets", "signature_line_names_chair"],
    notes="Draft minutes of the Governing Body meeting in public on 22 March 2017, as a document-sharing site "
          "renders the Word file (document-control table first, with the author and the Chair's signature line; "
          "those are not attendance). Members of the public listed by name are optional labels.",
    document=_docsbay_page("Minutes of the Governing Body 22/03/17 – Meeting in Public", [
        "<p>Title / Minutes of the Governing Body 22/03/17 – Meeting in Public<br>Author / Lisa Featherstone<br>"
        "Version / 0.1<br>Target Audience / Wider CCG and General Public<br>Date Created / 22 March 2017<br>"
        "Date of Issue<br>To be Agreed / May 2017 – Governing Body<br>Document Status (Draft/Final) / Draft<br>"
        "Description / Minutes of the Governing Body 22/03/17 – Meeting in Public<br>Document History:<br>"
        "Date / Version / Author / Notes<br>22/03/17 / 0.1 / L Featherstone / Initial Draft reviewed by CCG Chair<br>"
        "Signature: /<br>Dr Kiran Patel, Chair</p>",
        "<h2>Governing Body</h2>", "<h3>Meeting in Public</h3>", "<p>22 March 2017<br>Chair – Dr Kiran Patel</p>",
        "<p><strong>Governing Body Members</strong><br>" + "<br>".join(esc(x[0]) for x in _BURY17_MEMBERS) + "</p>",
        "<p><strong>Others in attendance</strong><br>" + "<br>".join(esc(x[0]) for x in _BURY17_OTHERS) + "</p>",
        "<p><strong>Members of the Public</strong><br>" + "<br>".join(esc(x) for x in _BURY17_PUBLIC) + "</p>",
        "<p>1.5 / Dr Patel welcomed those present and introduced the two guests from the mental health trust, who "
        "had come to report on progress since the regulator's inspection.</p>",
    ]),
    attendees=[A(n, PRESENT, r, o) for _, n, r, o in _BURY17_MEMBERS]
    + [A(n, IN_ATT, r, o) for _, n, r, o in _BURY17_OTHERS]
    + [A("B Barlow", IN_ATT, "Chair of Healthwatch Bury and Bury resident", optional=True),
       A("D Parker", IN_ATT, optional=True), A("D Buckley", IN_ATT, optional=True),
       A("D Taylor", IN_ATT, "reporter", "Bury Times", optional=True)],
    decisions=[],
)

_WIGAN12_PRESENT = [
    ("Dr Tim Dalton, Interim Chairman of WBCCG (TD)", "Tim Dalton", "Interim Chairman of WBCCG", None),
    ("Dr Ashok Atrey, Clinical Lead, TABA (AA)", "Ashok Atrey", "Clinical Lead", "TABA"),
    ("Dr Tony Ellis, Clinical Lead, WCC (TE)", "Tony Ellis", "Clinical Lead", "WCC"),
    ("Dr. Mohan Kumar, Clinical Lead ALPF [MK]", "Mohan Kumar", "Clinical Lead", "ALPF"),
    ("Dr Pete Marwick, Clinical Lead, North Wigan (PM)", "Pete Marwick", "Clinical Lead", "North Wigan"),
    ("Dr Deepak Trivedi, Clinical Lead, ALPF (DT)", "Deepak Trivedi", "Clinical Lead", "ALPF"),
    ("Trish Anderson, Deputy Managing Director for NHSALW/Interim Accountable Officer for WBCCG (TA)", "Trish Anderson",
     "Deputy Managing Director for NHSALW/Interim Accountable Officer for WBCCG", None),
    ("Mike Tate, Director of Finance (MT)", "Mike Tate", "Director of Finance", None),
    ("Frank Costello, Lay Member (FC)", "Frank Costello", "Lay Member", None),
]
_WIGAN12_ATTENDING = [
    ("Julie Southworth, NHS ALW Chief Operating Officer and advising on Governance (JS)", "Julie Southworth",
     "NHS ALW Chief Operating Officer and advising on Governance", None),
    ("Viv Smith, PA, Minutes (VS)", "Viv Smith", "PA, Minutes", None),
]

case(
    id="wigan-borough-ccg-board-2012-scan", year=2012, format="pdf", layout="pdf_scan", scan=True,
    url="https://docslib.org/doc/13764995/meeting-of-wigan-borough-clinical-commissioning-group-board",
    body="Wigan Borough Clinical Commissioning Group Board", body_kind="ccg",
    patterns=["label_column_one_per_line", "name_comma_role_initials_in_brackets", "square_bracket_initials",
              "apologies_heading_names_one_per_line", "guests_welcomed_in_narrative",
              "minutes_accepted_true_and_accurate", "scanned_page"],
    notes="Board meeting of 22 May 2012 (the CCG in shadow form), rendered as a scanned page. Two guests welcomed "
          "in the Chairman's narrative are optional labels.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("Meeting of Wigan Borough Clinical Commissioning Group Board\nHeld on Tuesday 22nd May 2012 at 1.30pm in "
          "Meeting room 17, Wigan Life Centre", bold=True),
        GAP(3),
        TABLE(labelled_rows("Present:", [x[0] for x in _WIGAN12_PRESENT]) + [["", ""]]
              + labelled_rows("In Attendance:", [x[0] for x in _WIGAN12_ATTENDING]), [32, 142]),
        GAP(3),
        T("1.  Chairman’s Welcome", bold=True),
        T("The Chairman opened the meeting at 1.30pm and welcomed members of the public, Dr Sanjay Wahie from a group "
          "of practices seeking to join the CCG, and Michael Greenwood from NHS GM, who was mentoring the Chairman."),
        T("2.  Apologies for Absence", bold=True),
        T("Canon Maurice Smith\nAlan Stephenson"),
        T("3.  Declarations of Interest", bold=True),
        T("No interests were declared beyond those already recorded."),
        T("4.  Minutes from the Previous Meeting", bold=True),
        T("The minutes were accepted as a true and accurate record of the meeting."),
    ]}]},
    attendees=[A(n, PRESENT, r, o) for _, n, r, o in _WIGAN12_PRESENT]
    + [A(n, IN_ATT, r, o) for _, n, r, o in _WIGAN12_ATTENDING]
    + [A("Maurice Smith", APOLOGIES), A("Alan Stephenson", APOLOGIES),
       A("Sanjay Wahie", IN_ATT, optional=True), A("Michael Greenwood", IN_ATT, None, "NHS GM", optional=True)],
    decisions=[
        D("The minutes were accepted as a true and accurate record of the meeting.", "approved", "4",
          "Minutes from the Previous Meeting"),
    ],
)

# ---------------------------------------------------------------------------------------------------------
# Manchester: the health and wellbeing board and the place partnership board (two bodies)

case(
    id="manchester-hwb-2024", year=2024, format="html", layout="moderngov_html",
    url="https://democracy.manchester.gov.uk/ieListDocuments.aspx?CId=152&MId=4813&Ver=4",
    body="Manchester Health and Wellbeing Board", body_kind="hwb",
    patterns=["decision_as_bare_infinitive_sentence", "to_note_the_update", "no_attendance_statement",
              "items_without_numbers"],
    notes="Meeting of 5 June 2024. The stored copy shows no attendance statement and no item numbers; it ends inside "
          "the third item, where the case ends.",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "Wednesday, 5th June, 2024 10.00 am",
        "Council Antechamber, Level 2, Town Hall Extension", "Andrew Woods", [
            {"title": "Minutes",
             "agenda": ["To approve as a correct record the minutes of the meeting held on 24 January 2024."],
             "minutes": ["To approve the minutes of the meeting held on 24 January 2024 as a correct record."]},
            {"title": "Manchester Partnership Board-Feedback",
             "agenda": ["To receive an update following the most recent meeting of the Manchester Partnership Board."],
             "minutes": ["The Board heard what the city's partnership board had discussed at its last two public "
                         "meetings, including the north of the city strategy, cancer, and next year's NHS "
                         "priorities, and when it would next meet.",
                         "To note the update."]},
            {"title": "Age Friendly Manchester - delivery progress update",
             "agenda": ["The report of the Director of Public Health and Executive Director of Adult Social Care is "
                        "enclosed."],
             "minutes": ["The Board considered a report introducing the city's new strategy for older residents and "
                         "the progress made in putting it into practice."]},
        ]),
    attendees=[],
    decisions=[
        D("To approve the minutes of the meeting held on 24 January 2024 as a correct record.", "approved", None,
          "Minutes"),
        D("To note the update.", "noted", None, "Manchester Partnership Board-Feedback"),
    ],
)

case(
    id="manchester-partnership-board-2024", year=2024, format="html", layout="moderngov_html",
    url="https://democracy.manchester.gov.uk/ieListDocuments.aspx?CId=391&MId=4852",
    body="Manchester Partnership Board", body_kind="ics_partnership",
    patterns=["minutes_approved_in_narrative_sentence", "no_attendance_statement", "items_without_numbers",
              "officer_titles_not_names"],
    notes="The locality board of the Greater Manchester integrated care system for the city (2024). The stored copy "
          "begins inside the minutes item and shows no attendance statement; people are named by title only.",
    document=moderngov_meeting(
        "Manchester Partnership Board", "2024", "(not shown in the stored copy)", "(not shown in the stored copy)", [
            {"title": "Minutes",
             "minutes": ["The Board approved the minutes of the previous private meeting held on 23 January 2024 as a "
                         "correct record."]},
            {"title": "ICB Executive update",
             "minutes": ["The Place Based Lead described a two-year plan being drawn up to close the locality's "
                         "deficit and a recent visit by the Chief Medical Officer to the north of the city.",
                         "The Deputy Place Based Lead reported on urgent and emergency care performance, mental "
                         "health placements out of area, and financial planning for next year."]},
            {"title": "North Manchester Strategy",
             "minutes": ["The Board considered a joint report on progress with the strategy for the north of the "
                         "city."]},
        ]),
    attendees=[],
    decisions=[
        D("The Board approved the minutes of the previous private meeting held on 23 January 2024 as a correct record.",
          "approved", None, "Minutes"),
    ],
)

# ---------------------------------------------------------------------------------------------------------
# Wales: a corporate joint committee (councils, with the health board co-opted)

case(
    id="south-west-wales-cjc-2025", year=2025, format="html", layout="moderngov_html",
    url="https://democracy.npt.gov.uk/ieListDocuments.aspx?CId=491&MeetingId=12537",
    body="South West Wales Corporate Joint Committee", body_kind="welsh",
    patterns=["resolved_colon_that_appointment", "minutes_approved_true_and_accurate", "no_attendance_statement",
              "membership_changes_in_narrative"],
    notes="Meeting of 27 May 2025 (four councils, with the health board and national parks co-opted). The stored "
          "copy shows no attendance statement; it ends inside item 5, where the case ends. People named in the "
          "narrative as future sub-committee or co-opted members are not attendees.",
    document=moderngov_meeting(
        "South West Wales Corporate Joint Committee", "Tuesday, 27th May, 2025 10.00 am",
        "Hybrid - Chamber, County Hall, Carmarthen, SA31 1JP / Microsoft Teams Meeting",
        "Chloe Plowman - Email: c.plowman@npt.gov.uk", [
            {"num": "1.", "title": "Appointment of Chair and Vice Chair for South West Wales Corporate Joint Committee",
             "minutes": ["RESOLVED:",
                         "That Cllr Rob Stewart (Swansea County Council) be appointed Chair, and that Cllr Darren Price "
                         "(Carmarthenshire County Council) be appointed Vice Chair of the South West Wales Corporate "
                         "Joint Committee."]},
            {"num": "2.", "title": "Welcome and Chairs Announcements",
             "minutes": ["The Chairperson welcomed everyone to the meeting."]},
            {"num": "3.", "title": "Declarations of Interests",
             "minutes": ["There were no declarations of interests received."]},
            {"num": "4.", "title": "Minutes of Previous Meeting",
             "minutes": ["The minutes from the meeting held on 19 March 2025, were approved as a true and accurate "
                         "record."]},
            {"num": "5.", "title": "Reconstitution of the South West Wales Corporate Joint Committee (SWWCJC)",
             "minutes": ["Members considered a report setting out the committee's arrangements for the coming civic "
                         "year, including a reduction from four themed sub-committees to three and changes to the "
                         "membership of the scrutiny sub-committee and to the health board's co-opted member."]},
        ]),
    attendees=[A("Rob Stewart", PRESENT, "Chair", "Swansea County Council", optional=True),
               A("Darren Price", PRESENT, "Vice Chair", "Carmarthenshire County Council", optional=True)],
    decisions=[
        D("RESOLVED: That Cllr Rob Stewart (Swansea County Council) be appointed Chair, and that Cllr Darren Price "
          "(Carmarthenshire County Council) be appointed Vice Chair of the South West Wales Corporate Joint Committee.",
          "approved", "1", "Appointment of Chair and Vice Chair for South West Wales Corporate Joint Committee"),
        D("The minutes from the meeting held on 19 March 2025, were approved as a true and accurate record.", "approved",
          "4", "Minutes of Previous Meeting"),
    ],
)

# ---------------------------------------------------------------------------------------------------------
# London boroughs

case(
    id="hackney-hwb-2022", year=2022, format="html", layout="moderngov_html",
    url="https://hackney.moderngov.co.uk/ieListDocuments.aspx?CId=489&MId=5560",
    body="Hackney Health and Wellbeing Board", body_kind="hwb",
    patterns=["resolved_colon_newline_that", "appointment_of_members_bulleted_in_resolution", "to_note_the_contents",
              "empty_apologies_item", "item_numbers_differ_from_paragraph_numbers"],
    notes="Meeting of 22 September 2022. The apologies item shows no minute; paragraph numbers inside the minutes run "
          "one behind the item numbers, as published. The stored copy ends inside item 7.",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "Thursday 22 September 2022 4.30 pm",
        "Council Chamber, Hackney Town Hall, Mare Street, London E8 1EA", "Peter Gray  Email: governance@hackney.gov.uk", [
            {"num": "1.", "title": "Appointment of Dr Stephanie Coughlin as Co-Chair",
             "minutes": ["RESOLVED:", "That Dr Stephanie Coughlin be appointed as Co-Chair of the Health and Wellbeing "
                                      "Board."]},
            {"num": "2.", "title": "Apologies for Absence"},
            {"num": "3.", "title": "Declarations of Interest - Members to Declare as Appropriate (Chair) (5 Minutes)",
             "minutes": ["2.1  There were no declarations of interest."]},
            {"num": "4.", "title": "Draft Minutes of the Informal Meeting on 16 June 2022 (Chair) (2 Minutes)",
             "agenda": ["The previous meeting was not quorate, so its draft notes come back for confirmation with its "
                        "reports repeated."],
             "minutes": ["Resolved:", "That the minutes of the informal meeting of the Board on 8 June 2022 be agreed as "
                                      "a correct record."]},
            {"num": "5.", "title": "Appointment of New Members to the Board (Chair) (2 Minutes)",
             "agenda": ["To appoint the following as members of the Board",
                        bullets(["Louise Ashley, Chief Executive at the Homerton Foundation Trust (From 1 October 2022)",
                                 "Paul Calaminus, Chief Executive of East London Foundation Trust",
                                 "Nina Griffiths,  Director of Delivery, City and Hackney"])],
             "minutes": ["Resolved:", "That the following be appointed as members of the Board:",
                         bullets(["Louise Ashley, Chief Executive at the Homerton Foundation Trust (From 1 October 2022)",
                                  "Paul Calaminus, Chief Executive of East London Foundation Trust",
                                  "Nina Griffiths,  Director of Delivery, City and Hackney"])]},
            {"num": "6.", "title": "Action Tracker (To Follow) (Chair) (5 Minutes)",
             "minutes": ["5.1  The Principal Public Health Strategist introduced the report.", "Resolved:",
                         "To note the contents of the tracker."]},
            {"num": "7.", "title": "Questions from the Public",
             "minutes": ["6.1  The Chair said no questions had been submitted in advance."]},
        ]),
    attendees=[],
    decisions=[
        D("RESOLVED: That Dr Stephanie Coughlin be appointed as Co-Chair of the Health and Wellbeing Board.", "approved",
          "1", "Appointment of Dr Stephanie Coughlin as Co-Chair"),
        D("Resolved: That the minutes of the informal meeting of the Board on 8 June 2022 be agreed as a correct record.",
          "approved", "4", "Draft Minutes of the Informal Meeting on 16 June 2022 (Chair) (2 Minutes)"),
        D("Resolved: That the following be appointed as members of the Board: Louise Ashley, Chief Executive at the "
          "Homerton Foundation Trust (From 1 October 2022) Paul Calaminus, Chief Executive of East London Foundation "
          "Trust Nina Griffiths, Director of Delivery, City and Hackney", "approved", "5",
          "Appointment of New Members to the Board (Chair) (2 Minutes)"),
        D("Resolved: To note the contents of the tracker.", "noted", "6", "Action Tracker (To Follow) (Chair) (5 Minutes)"),
    ],
)

case(
    id="camden-hwb-2024", year=2024, format="html", layout="moderngov_html",
    url="http://democracy.camden.gov.uk/ieListDocuments.aspx?CId=598&MId=10988&Ver=4",
    body="Camden Health and Wellbeing Board", body_kind="hwb",
    patterns=["apologies_received_from_inline_list_with_and", "titles_on_some_names", "webcast_announcement",
              "items_numbered"],
    notes="Meeting of 18 December 2024. The stored copy ends at item 4 (deputations); no decision is recorded before "
          "that point.",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "Wednesday, 18th December, 2024 3.00 pm",
        "Council Chamber, Town Hall, Judd Street, London WC1H 9JE", "Ben Lynn  Principal Committee Officer", [
            {"num": "1.", "title": "Apologies",
             "minutes": ["Apologies for absence were received from David Crampsey, Dr. Ammara Hughes, Vanessa Odlin "
                         "and Jess McGregor."]},
            {"num": "2.", "title": "Declarations by Members of Statutory Disclosable Pecuniary Interests, Compulsory "
                                   "Registerable Non-Pecuniary Interests and Voluntary Registerable Non-Pecuniary "
                                   "Interests in Matters on this Agenda",
             "minutes": ["No declarations were made."]},
            {"num": "3.", "title": "Announcements",
             "minutes": ["The Chair reminded those present that the meeting was being broadcast live and recorded, and "
                         "that speakers were taken to consent to this."]},
            {"num": "4.", "title": "Deputations (if any)",
             "agenda": ["Requests to speak must be made in writing to the clerk by 5pm two working days before the "
                        "meeting."]},
        ]),
    attendees=[A("David Crampsey", APOLOGIES), A("Ammara Hughes", APOLOGIES), A("Vanessa Odlin", APOLOGIES),
               A("Jess McGregor", APOLOGIES)],
    decisions=[],
)

case(
    id="hounslow-partnership-board-2015", year=2015, format="html", layout="moderngov_html",
    url="https://democraticservices.hounslow.gov.uk/ieListDocuments.aspx?CId=295&MId=8776&Ver=4",
    body="Hounslow Council partnership board (ModernGov committee 295)", body_kind="partnership",
    patterns=["apologies_submitted_on_behalf_of", "deputised_by_in_brackets", "apologies_for_lateness_joined_later",
              "timed_item_titles", "minutes_agreed_and_signed_correct_record"],
    notes="A borough partnership board (community resilience, welfare reform, other partnerships); the stored copy "
          "does not name the committee. Two members sent apologies for lateness and joined during later items; they "
          "are labelled present (the person who sent one of those apologies is an optional label). The stored copy ends inside the update report item.",
    document=moderngov_meeting(
        "Hounslow Council", "2015", "Cooks Room, Spring Grove House, West Thames College, London Road, Isleworth",
        "Kay Duffy on 020 8583 2067", [
            {"title": "4.00-4.05pm - Welcome",
             "agenda": ["The Chair will open the meeting, invite introductions, welcome new attendees and take "
                        "apologies for absence."],
             "minutes": ["The Chair thanked everyone for coming and those present introduced themselves.",
                         "Apologies were submitted on behalf of Areesha Ahmed, Anu Bilon (deputised by Jonathan "
                         "Harris), Nicola Burbidge, Mary Harpley and Roger Shortt.  Stephen Hutchinson submitted "
                         "apologies for lateness on behalf of Zara Qureshi who joined the meeting during Agenda Item 4 "
                         "(see Minute 30).  Sue Jeffers had submitted apologies in anticipation of for her late arrival "
                         "to the meeting and joined the meeting during Agenda Item 5 (see Minute 32)."]},
            {"title": "4.05-4.10pm - Previous minutes and matters arising",
             "agenda": ["Opportunity for attendees to raise any issues of accuracy before agreeing the minutes and to "
                        "raise any matters arising not covered by the agenda."],
             "minutes": ["The minutes of the meeting held on 21 May 2015 were agreed and signed by the Chair as a "
                         "correct record."]},
            {"title": "4.30-4.50pm - Update Report",
             "agenda": ["The Board's regular update, this time on a neighbourhood project, a model of community "
                        "resilience, welfare reform and the work of other partnerships in the borough."]},
        ]),
    attendees=[A("Areesha Ahmed", APOLOGIES), A("Anu Bilon", APOLOGIES), A("Jonathan Harris", SUB, sub_for="Anu Bilon"),
               A("Nicola Burbidge", APOLOGIES), A("Mary Harpley", APOLOGIES), A("Roger Shortt", APOLOGIES),
               A("Zara Qureshi", PRESENT), A("Sue Jeffers", PRESENT),
               A("Stephen Hutchinson", PRESENT, optional=True)],
    decisions=[
        D("The minutes of the meeting held on 21 May 2015 were agreed and signed by the Chair as a correct record.",
          "approved", None, "4.05-4.10pm - Previous minutes and matters arising"),
    ],
)

_RDE17_PRESENT = [
    ("Mr J Brent", "Chairman"), ("Mr P Adey", "Director of Operations"), ("Mrs J Ashman", "Non-Executive Director"),
    ("Mrs T Cottam", "Executive Director of Transformation & Organisational Development"),
    ("Mr P Dillon", "Non-Executive Director"), ("Professor J Kay", "Non-Executive Director"),
    ("Mr D Robertson", "Non-Executive Director"), ("Ms M Romaine", "Non-Executive Director"),
    ("Mr P Southard", "Acting Chief Financial Officer"), ("Mrs S Tracey", "Chief Executive"),
    ("Mrs E Wilkinson-Brice", "Deputy Chief Executive/Chief Nurse"),
    ("Mr A Willis", "Vice-Chairman/Senior Independent Director"),
]
_RDE17_ATTENDING = [
    ("Miss B Coates", "Governance Coordinator"),
    ("Dr M Daly", "Deputy Medical Director/Associate Medical Director Surgical Services"),
    ("Miss M Holley", "Head of Governance"), ("Mr D Thomas", "Assistant Director of Nursing Surgical Services"),
    ("Miss L Vine", "Executive Support Officer"),
]

case(
    id="royal-devon-exeter-board-2017-scan", year=2017, format="pdf", layout="pdf_scan", scan=True,
    url="https://vdocuments.site/royal-devon-and-exeter-healthcare-nhs-trust-2019-07-03-march-2017-ottery-st.html",
    body="Royal Devon and Exeter NHS Foundation Trust Board of Directors", body_kind="nhs_trust",
    patterns=["caps_labels_name_role_two_column_table", "title_initial_surname", "apologies_label_in_table",
              "attending_on_his_behalf_in_narrative", "action_column_header", "minute_reference_numbers",
              "scanned_page"],
    notes="Public Board minutes of 22 February 2017, rendered as a scanned page. The deputy who attended for the "
          "absent Medical Director is listed under In Attendance and named as attending on his behalf in the "
          "apologies minute; he is labelled a substitute. A presenter named only in the Chairman's remarks is optional.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("Board Minutes Public 22 February 2017                                                        Page 1 of 17",
          size=8),
        T("MEETING OF THE BOARD OF DIRECTORS OF THE\nROYAL DEVON AND EXETER NHS FOUNDATION TRUST", bold=True),
        T("22 February 2017\nHeld at Boardroom, Noy Scott House, RD&E Hospital"),
        T("MINUTES", bold=True),
        GAP(2),
        TABLE([["PRESENT:", "", ""]] + [["", n, r] for n, r in _RDE17_PRESENT] + [["", "", ""], ["APOLOGIES", "", ""],
               ["", "Mr A Harris", "Executive Medical Director"], ["", "", ""], ["IN ATTENDANCE:", "", ""]]
              + [["", n, r] for n, r in _RDE17_ATTENDING], [34, 40, 100]),
        GAP(3),
        TABLE([["", "", "ACTION"],
               ["16.17", "CHAIRMAN’S OPENING REMARKS", ""],
               ["", "Mr Brent welcomed governors, colleagues and the public, in particular Mr Oliver, presenting the "
                    "performance report, Mr Thomas, presenting item 11.1, and Dr Daly, deputising for the Medical "
                    "Director. He reminded the public when questions would be taken.", ""],
               ["17.17", "APOLOGIES", ""],
               ["", "Apologies had been received from Mr Harris, with Dr Daly attending on his behalf.", ""]],
              [18, 136, 20]),
    ]}]},
    attendees=[A(_strip_title(n), PRESENT, r) for n, r in _RDE17_PRESENT]
    + [A("A Harris", APOLOGIES, "Executive Medical Director")]
    + [A(_strip_title(n), SUB if n == "Dr M Daly" else IN_ATT, r, sub_for="A Harris" if n == "Dr M Daly" else None)
       for n, r in _RDE17_ATTENDING]
    + [A("Oliver", IN_ATT, optional=True)],
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# Councils' decisions on health partnerships, joint committees and more boards

def _issue_page(heading: str, meeting: str, item_title: str, blocks: list[str]) -> str:
    """ModernGov issue history page (ieIssueDetails / mgAi): one item, its 'Decision:' and 'Minutes:' sections."""
    body = [f"<h1>{esc(heading)}</h1>", f"<p>{esc(meeting)}</p>", f"<h2>{esc(item_title)}</h2>"]
    body.extend(b if b.lstrip().startswith("<") else f"<p>{esc(b)}</p>" for b in blocks)
    return page(f"{heading} - {item_title}", "\n".join(body))


case(
    id="stockport-cabinet-icp-2022", year=2022, format="html", layout="moderngov_issue_html",
    url="https://democracy.stockport.gov.uk/ieIssueDetails.aspx?IId=101869&Opt=3",
    body="Stockport Council Cabinet", body_kind="council_cabinet",
    patterns=["resolved_dash_numbered_parts_inline", "appointment_with_substitute_member", "issue_history_page",
              "no_attendance_statement"],
    notes="Cabinet decision of 1 November 2022 establishing the Greater Manchester integrated care partnership as a "
          "joint committee. The page shows the item only (no attendance).",
    document=_issue_page("Issue - meetings", "Meeting: 01/11/2022 - Cabinet (Item 6)",
                         "6 Establishment of the GM Integrated Care Partnership Board", [
        "To consider a report of the Cabinet Member for Health & Adult Social Care.",
        "The report proposes setting up the city-region's integrated care partnership as a joint committee and sets "
        "out its draft terms of reference.",
        "Minutes:",
        "The Cabinet Member for Health & Adult Social Care (Councillor Keith Holloway) presented the report, and "
        "members welcomed the breadth of health and care representation in the partnership.",
        "RESOLVED - (1) That approval be given to the establishment of the Greater Manchester Integrated Care "
        "Partnership as a joint committee of the Integrated Care Board and the ten Greater Manchester local "
        "authorities.",
        "(2) That the Terms of Reference of the Greater Manchester Integrated Care Partnership be noted.",
        "(3) That Councillor Keith Holloway be appointed as a member of the Greater Manchester Integrated Care "
        "Partnership and Councillor Wendy Meikle as substitute member.",
    ]),
    attendees=[A("Keith Holloway", PRESENT, "Cabinet Member for Health & Adult Social Care", optional=True)],
    decisions=[
        D("RESOLVED - (1) That approval be given to the establishment of the Greater Manchester Integrated Care "
          "Partnership as a joint committee of the Integrated Care Board and the ten Greater Manchester local "
          "authorities. (2) That the Terms of Reference of the Greater Manchester Integrated Care Partnership be noted. "
          "(3) That Councillor Keith Holloway be appointed as a member of the Greater Manchester Integrated Care "
          "Partnership and Councillor Wendy Meikle as substitute member.", "approved", "6",
          "Establishment of the GM Integrated Care Partnership Board"),
    ],
)

case(
    id="bracknell-forest-hwb-2024", year=2024, format="html", layout="moderngov_html",
    url="https://democratic.bracknell-forest.gov.uk/ieListDocuments.aspx?CId=632&MId=13802",
    body="Bracknell Forest Health and Wellbeing Board", body_kind="hwb",
    patterns=["minutes_approved_correct_record", "no_attendance_statement", "items_numbered"],
    notes="Online meeting of 10 September 2024. The stored copy shows no attendance statement and ends inside item "
          "17 (public participation).",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "Tuesday, 10 September 2024 2.00 pm", "Online Only - Zoom",
        "Lizzie Rich  01344 352253", [
            {"num": "13.", "title": "Declarations of Interest",
             "agenda": ["Members are asked to declare any disclosable pecuniary or affected interests in respect of "
                        "any matter to be considered at this meeting."],
             "minutes": ["There were no declarations of interest."]},
            {"num": "14.", "title": "Urgent Items of Business",
             "agenda": ["Any other items which the chairman decides are urgent."],
             "minutes": ["There were no urgent items of business."]},
            {"num": "15.", "title": "Minutes from Previous Meeting",
             "agenda": ["To approve as a correct record the minutes of the meeting of the Board held on"],
             "minutes": ["The minutes of the meeting held on 4 June 2024 were approved as a correct record."]},
            {"num": "16.", "title": "Matters Arising", "minutes": ["There were no matters arising."]},
            {"num": "17.", "title": "Public Participation",
             "agenda": ["Members of the public may ask a question if they give notice before the meeting."]},
        ]),
    attendees=[],
    decisions=[
        D("The minutes of the meeting held on 4 June 2024 were approved as a correct record.", "approved", "15",
          "Minutes from Previous Meeting"),
    ],
)

case(
    id="dorset-council-hwb-arrangements-2022", year=2022, format="html", layout="moderngov_issue_html",
    url="https://moderngov.dorsetcouncil.gov.uk/mgAi.aspx?ID=10522",
    body="Dorset Council (full council)", body_kind="council",
    patterns=["decision_heading_then_numbered_list_out_of_order", "proposer_seconder_initial_surname",
              "recommendation_cut_before_outcome", "agenda_item_page"],
    notes="Council decision of 2022 on the health and wellbeing board's meeting arrangements. The numbered decision "
          "lists 1, 2, 3 and 5 (as published); recommendation 4 was moved separately and the stored copy ends before "
          "its outcome, so it is not labelled. Proposers and seconders are named only in the narrative (optional).",
    document=_issue_page("Agenda item", "Dorset Council", "Meeting Arrangements and the Health and Wellbeing Board", [
        "To consider a recommendation from the Audit & Governance Committee of 11 April 2022. (to follow).",
        "Minutes:",
        "Councillors considered the audit committee's recommendations on how meetings, including those of the health "
        "and wellbeing board, should be held.",
        "M Hall, Chairman of the Audit and Governance Committee proposed recommendations 1, 2, 3 and 5 as set out in "
        "the supplement to the agenda and these were seconded by R Biggs.",
        "R Knox, Chairman of the Health and Wellbeing Board, thanked the committee and supported the recommendations.",
        "Decision",
        "1.          That the Health and Wellbeing Board should meet informally online as its usual way of doing "
        "business.",
        "2.          That as a matter of course and for the duration of their appointment the co-opted members of the "
        "Health and Wellbeing Board should be given a dispensation from attending meetings in person.",
        "3.          That delegated authority be given to the Director of Public Health, after consultation with the "
        "Health and Wellbeing Board at informal online meetings, to make all decisions within the terms of reference "
        "of the Board.",
        "5.     That the above be subject to a review after 1 year.",
        "R Biggs, Vice-chairman of the Audit and Governance Committee proposed recommendation 4 as set out in the "
        "supplement to the agenda and as set out below and this was seconded by S Cocking:",
        "4.          That the Chief Executive be given delegated authority:",
        "(a)       In exceptional circumstances and after consultation with the relevant chair, to convene informal "
        "online meetings of the Full Council, the Cabinet or any committee or sub-committee.",
    ]),
    attendees=[A("M Hall", PRESENT, optional=True), A("R Biggs", PRESENT, optional=True),
               A("R Knox", PRESENT, optional=True), A("S Cocking", PRESENT, optional=True)],
    decisions=[
        D("1. That the Health and Wellbeing Board should meet informally online as its usual way of doing business. "
          "2. That as a matter of course and for the duration of their appointment the co-opted members of the Health "
          "and Wellbeing Board should be given a dispensation from attending meetings in person. 3. That delegated "
          "authority be given to the Director of Public Health, after consultation with the Health and Wellbeing Board "
          "at informal online meetings, to make all decisions within the terms of reference of the Board. 5. That the "
          "above be subject to a review after 1 year.", "approved", None,
          "Meeting Arrangements and the Health and Wellbeing Board"),
    ],
)

_HOUNSLOW17_APOLOGIES = [
    ("Alan Adams", None), ("Nicola Burbidge", None), ("Greg Ashman", None), ("Elizabeth Bruce", "Barbara Benedek"),
    ("Mary Harpley", None), ("Raj Kohli", None), ("Amrit Mann", None), ("Peter Matthew", None), ("Hannah Miller", None),
    ("Peter Mas-Mollinedo", "Stephen Mortimer"), ("Inderpal Mudhar", None), ("Jo Ohlson", None),
    ("Mobin Salahuddin", None), ("Corinna Smart", None), ("Lesley Watts", "Karl Munslow-Ong"), ("Patricia Wright", None),
]

case(
    id="hounslow-board-579-2017", year=2017, format="html", layout="moderngov_html",
    url="https://democraticservices.hounslow.gov.uk/ieListDocuments.aspx?CId=579&MId=9801&Ver=4",
    body="Hounslow Council board (ModernGov committee 579)", body_kind="partnership",
    patterns=["apologies_noted_on_behalf_of_long_list", "deputised_by_in_brackets", "police_rank_abbreviation",
              "councillor_title_inside_list", "minutes_agreed_and_signed", "presenters_named_in_narrative"],
    notes="Meeting of March 2017 of a borough board (the public health director reported on physical inactivity); "
          "the stored copy does not name the committee. It is a different committee from hounslow-partnership-board-2015. "
          "Presenters named only in the narrative are optional.",
    document=moderngov_meeting(
        "Hounslow Council", "2017", "Council Chamber, Civic Centre, Lampton Road, Hounslow", "Kay Duffy on 020 8583 2067", [
            {"title": "Welcome and Introductions",
             "minutes": ["The Chair welcomed everyone and those present introduced themselves.",
                         "Apologies were noted on behalf of Alan Adams, Nicola Burbidge, Greg Ashman, Elizabeth Bruce "
                         "(deputised by Barbara Benedek), Mary Harpley, T/Ch. Supt. Raj Kohli, Councillor Amrit Mann, "
                         "Peter Matthew, Hannah Miller, Peter Mas-Mollinedo (deputised by Stephen Mortimer), Inderpal "
                         "Mudhar, Jo Ohlson, Mobin Salahuddin, Councillor Corinna Smart, Lesley Watts (deputised by Karl "
                         "Munslow-Ong) and Patricia Wright."]},
            {"title": "Minutes of the meeting held on 10 January 2017 & Matters Arising",
             "minutes": ["The minutes of the meeting held on 10 January 2017 were agreed and signed as a correct "
                         "record by the Chair.  There were no matters arising."]},
            {"title": "Tackling Physical Inactivity in Hounslow Update - Imran Choudhury (LBH)",
             "minutes": ["Imran Choudhury, Director of Public Health, with Marianne Boyle and Susie Wall of the public "
                         "health team, described a whole-system approach to getting residents more active and a bid "
                         "for a national pilot."]},
        ]),
    attendees=[A(n, APOLOGIES) for n, _ in _HOUNSLOW17_APOLOGIES]
    + [A(d, SUB, sub_for=n) for n, d in _HOUNSLOW17_APOLOGIES if d]
    + [A("Imran Choudhury", IN_ATT, "Director of Public Health", optional=True),
       A("Marianne Boyle", IN_ATT, optional=True), A("Susie Wall", IN_ATT, optional=True)],
    decisions=[
        D("The minutes of the meeting held on 10 January 2017 were agreed and signed as a correct record by the Chair.",
          "approved", None, "Minutes of the meeting held on 10 January 2017 & Matters Arising"),
    ],
)

case(
    id="staffordshire-leaders-board-2022", year=2022, format="html", layout="moderngov_html",
    url="https://moderngov.staffordshire.gov.uk/ieListDocuments.aspx?CId=1250&MId=15184&Ver=4",
    body="Staffordshire Leaders Board", body_kind="joint_committee",
    patterns=["notes_of_previous_meeting_agreed", "the_report_was_noted", "empty_apologies_item",
              "no_attendance_statement"],
    notes="Second meeting (1 December 2022) of the joint board of the county and district councils, whose remit "
          "includes public health. The stored copy shows no attendance and ends inside item 12.",
    document=moderngov_meeting(
        "Staffordshire Leaders Board", "Thursday 1st December 2022 11:00am", "Oak Room, County Buildings, Stafford",
        "(not shown in the stored copy)", [
            {"num": "7.", "title": "Apologies for absence"},
            {"num": "8.", "title": "Minutes of Previous Meeting",
             "minutes": ["The notes of the previous meeting were agreed.",
                         "The terms of reference had been amended so that the Board meets at least every four months "
                         "rather than quarterly."]},
            {"num": "9.", "title": "Declarations of Interest"},
            {"num": "10.", "title": "Chair's Update",
             "minutes": ["The Chairman welcomed members to the Board's second meeting and set out the challenges the "
                         "nine councils expected to face together over the coming year."]},
            {"num": "11.", "title": "Single Front Door",
             "minutes": ["The Board noted the progress of the Single Front Door Programme, building on its earlier "
                         "agreement to scope closer alignment of the councils' customer services.",
                         "An opportunity for questions followed.", "The report was noted."]},
            {"num": "12.", "title": "Climate Change and Sustainability",
             "minutes": ["Members were updated on joint work on climate change."]},
        ]),
    attendees=[],
    decisions=[
        D("The notes of the previous meeting were agreed.", "approved", "8", "Minutes of Previous Meeting"),
        D("The Board noted the progress of the Single Front Door Programme, building on its earlier agreement to scope "
          "closer alignment of the councils' customer services.", "noted", "11", "Single Front Door", optional=True),
        D("The report was noted.", "noted", "11", "Single Front Door"),
    ],
)

# ---------------------------------------------------------------------------------------------------------
# Second meetings of four bodies above (different years and layouts)

case(
    id="coventry-hwb-2022", year=2022, format="html", layout="moderngov_html",
    url="https://edemocracy.coventry.gov.uk/ieListDocuments.aspx?CId=575&MId=12456",
    body="Coventry Health and Well-being Board", body_kind="hwb",
    patterns=["chair_appointed_for_this_meeting", "minutes_agreed_as_true_record", "item_deferred_in_absence",
              "board_appointed_then_resolved", "no_attendance_statement"],
    notes="Second meeting of the same board (4 April 2022, ModernGov HTML rather than printed minutes). No attendance "
          "statement is shown; the chair for the meeting and the absent chair are named in item 45 (optional). The "
          "appointment of a chair for the meeting is an optional decision label (no resolution wording).",
    document=moderngov_meeting(
        "Coventry Health and Well-being Board", "Monday, 4th April, 2022 11.00 am", "Committee Room 3 - Council House",
        "Liz Knight  Tel: 024 7697 2644", [
            {"num": "45.", "title": "Appointment of Chair",
             "minutes": ["Councillor Duggins (Leader of Coventry City Council) was appointed Chair for this meeting in "
                         "Councillor K Caan’s absence.",
                         "Councillor Duggins welcomed everyone to the meeting."]},
            {"num": "46.", "title": "Declarations of Interest", "minutes": ["There were no declarations of interest."]},
            {"num": "47.", "title": "Minutes of Previous Meeting",
             "minutes": ["The minutes of the meeting held on 24th January, 2022 were agreed as a true record. There were "
                         "no matters arising."]},
            {"num": "48.", "title": "Chair's Update", "agenda": ["The Chair, Councillor Caan, will report at the meeting"],
             "minutes": ["In the absence of Councillor K Caan the Chair’s Update was deferred."]},
            {"num": "49.", "title": "Health and Wellbeing Board Membership",
             "agenda": ["To appoint Kirston Nelson, Chief Partnership Officer/ Director of Education and Skills and "
                        "Danielle Oum, Chair of Coventry and Warwickshire Integrated Care System as Members of the "
                        "Health and Wellbeing Board"],
             "minutes": ["The Board appointed Kirston Nelson, Chief Partnership Officer/ Director of Education and "
                         "Skills and Danielle Oum, Chair of Coventry and Warwickshire Integrated Care System as Members "
                         "of the Health and Wellbeing Board.",
                         "RESOLVED that the Membership documents be updated to include  Kirston Nelson, Chief "
                         "Partnership Officer/ Director of Education and Skills and Danielle Oum, Chair of Coventry and "
                         "Warwickshire Integrated Care System."]},
            {"num": "50.", "title": "Covid-19 Ongoing Response - Living Safely with Covid-19, NHS Capacity and "
                                    "Vaccinating Coventry",
             "minutes": ["The Board heard three presentations, on living safely with Covid-19, NHS capacity and the "
                         "vaccination programme, the first from Allison Duggal, Director of Public Health and "
                         "Wellbeing."]},
        ]),
    attendees=[A("Duggins", PRESENT, "Chair", optional=True), A("K Caan", ABSENT, optional=True),
               A("Allison Duggal", IN_ATT, "Director of Public Health and Wellbeing", optional=True)],
    decisions=[
        D("Councillor Duggins (Leader of Coventry City Council) was appointed Chair for this meeting in Councillor K "
          "Caan’s absence.", "approved", "45", "Appointment of Chair", optional=True),
        D("The minutes of the meeting held on 24th January, 2022 were agreed as a true record.", "approved", "47",
          "Minutes of Previous Meeting"),
        D("In the absence of Councillor K Caan the Chair’s Update was deferred.", "deferred", "48", "Chair's Update"),
        D("The Board appointed Kirston Nelson, Chief Partnership Officer/ Director of Education and Skills and Danielle "
          "Oum, Chair of Coventry and Warwickshire Integrated Care System as Members of the Health and Wellbeing Board.",
          "approved", "49", "Health and Wellbeing Board Membership", optional=True),
        D("RESOLVED that the Membership documents be updated to include Kirston Nelson, Chief Partnership Officer/ "
          "Director of Education and Skills and Danielle Oum, Chair of Coventry and Warwickshire Integrated Care System.",
          "approved", "49", "Health and Wellbeing Board Membership"),
    ],
)

_OUH13_PRESENT = [
    ("Dame Fiona Caldicott", "FC", "Chairman"), ("Sir Jonathan Michael", "JM", "Chief Executive"),
    ("Professor Sir John Bell", "JB", "Non-Executive Director"), ("Mr Alisdair Cameron", "AC", "Non-Executive Director"),
    ("Mr Chris Goard", "CG", "Non-Executive Director"), ("Mr Geoffrey Salt", "GS", "Non-Executive Director"),
    ("Mrs Anne Tutt", "AT", "Non-Executive Director"), ("Mr Peter Ward", "PW", "Non-Executive Director"),
    ("Professor Edward Baker", "EB", "Medical Director"), ("Mr Paul Brennan", "PB", "Director of Clinical Services"),
    ("Mr Mark Mansfield", "MM", "Director of Finance & Procurement"), ("Ms Elaine Strachan-Hall", "ESH", "Chief Nurse"),
    ("Ms Sue Donaldson", "SD", "Director of Workforce"), ("Mr Andrew Stevens", "AS", "Director of Planning & Information"),
    ("Mr Mark Trumper", "MT", "Director of Development and the Estate"), ("Ms Eileen Walsh", "EW", "Director of Assurance"),
]
_OUH13_ATTENDING = [("Mr Eric Sanders", "ES", "Head of Corporate Governance"),
                    ("Mr Adewale Kadiri", "AK", "Deputy Head of Corporate Governance (minutes)")]

case(
    id="oxford-university-hospitals-board-2013", year=2013, format="pdf", layout="pdf_text_grid",
    url="https://studylib.net/doc/11644962/",
    body="Oxford University Hospitals NHS Trust Board", body_kind="nhs_trust",
    patterns=["section_labels_above_name_initials_role_grid", "apologies_label_in_header_block",
              "apologies_sentence_surname_and_role", "minutes_approved_subject_to_amendments_bullets",
              "minute_reference_numbers"],
    notes="Second meeting of the same board (8 May 2013), laid out with the section labels above a borderless name | "
          "initials | role grid, and an Apologies block in the header.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Oxford University Hospitals                                                TB2013.76", bold=True),
        T("Trust Board", bold=True, size=12),
        T("Minutes of the Trust Board meeting held in public on Wednesday, 8 May 2013 at 9.00am in the George "
          "Pickering Postgraduate Centre, The John Radcliffe Hospital."),
        GAP(3), T("Present:", bold=True),
        TABLE([[n, i, r] for n, i, r in _OUH13_PRESENT], [60, 16, 98]),
        GAP(2), T("In attendance:", bold=True),
        TABLE([[n, i, r] for n, i, r in _OUH13_ATTENDING], [60, 16, 98]),
        GAP(2), T("Apologies", bold=True),
        TABLE([["Professor David Mant OBE", "DM", "Associate Non-Executive Director"]], [60, 16, 98]),
        GAP(4),
        TABLE([["TB64/13", "Apologies and declarations of interest"],
               ["", "Apologies had been received from Professor Mant, Associate Non-Executive Director. No "
                    "declarations of interest in the papers to be presented were made."],
               ["TB65/13", "Minutes of the meeting held on 13 March 2013"],
               ["", "The minutes were approved and signed as a correct record subject to the following comments and "
                    "amendments:"],
               ["", "\u2022 two corrections of wording proposed by the Chief Nurse on page five;\n"
                    "\u2022 a clarification of an action recorded for the Director of Workforce."]], [22, 152]),
    ]}]},
    attendees=[A(_strip_title(n), PRESENT, r) for n, _, r in _OUH13_PRESENT]
    + [A(_strip_title(n), IN_ATT, r.replace(" (minutes)", "")) for n, _, r in _OUH13_ATTENDING]
    + [A("David Mant", APOLOGIES, "Associate Non-Executive Director")],
    decisions=[
        D("The minutes were approved and signed as a correct record subject to the following comments and amendments:",
          "approved", "TB65/13", "Minutes of the meeting held on 13 March 2013"),
    ],
)

_AA21_NONEXEC = [("Mrs Lesley Bowie, Board Chair", "Lesley Bowie", "Board Chair"),
                 ("Mrs Margaret Anderson", "Margaret Anderson", None),
                 ("Cllr Laura Brennan-Whitefield – attended part of meeting", "Laura Brennan-Whitefield", None),
                 ("Mr Adrian Carragher", "Adrian Carragher", None), ("Cllr Joe Cullinane", "Joe Cullinane", None),
                 ("Dr Sukhomoy Das", "Sukhomoy Das", None), ("Mrs Jean Ford", "Jean Ford", None),
                 ("Ms Mhairi Kennedy", "Mhairi Kennedy", None), ("Mr Bob Martin, Vice Chair", "Bob Martin", "Vice Chair"),
                 ("Mr John Rainey", "John Rainey", None), ("Cllr Douglas Reid", "Douglas Reid", None),
                 ("Ms Linda Semple", "Linda Semple", None), ("Miss Lisa Tennant", "Lisa Tennant", None)]
_AA21_EXEC = [("Mr John Burns", "Chief Executive"), ("Prof Hazel Borland", "Nurse Director/Deputy Chief Executive"),
              ("Mr Derek Lindsay", "Director of Finance")]
_AA21_ATTENDING = [
    ("Ms Caroline Cameron", "Director of Health and Social Care, North Ayrshire", ""),
    ("Mrs Vicki Campbell", "Head of Primary Care and Urgent Care Services", ""),
    ("Mrs Kirsti Dickson", "Director for Transformation and Sustainability", ""),
    ("Mrs Joanne Edwards", "Director for Acute Services", ""),
    ("Mr Tim Eltringham", "Director of Health and Social Care, South Ayrshire", ""),
    ("Mr Iain Fairley", "Senior Project Manager, Property and Capital Planning", "-item 10.3"),
    ("Mr Darren Fullarton", "Senior Nurse, Community Mental Health", "-item 6.4"),
    ("Ms Nicola Graham", "Director Infrastructure and Support Services", ""),
    ("Mr David Kimmett", "Chief Nurse, University Hospital Crosshouse", "-item 6.1"),
    ("Ms Sarah Leslie", "Human Resources Director", ""),
]

case(
    id="ayrshire-arran-nhs-board-2021", year=2021, format="pdf", layout="pdf_text_aligned_columns",
    url="https://readkong.com/page/ayrshire-and-arran-nhs-board-minutes-of-a-public-meeting-4878177",
    body="Ayrshire and Arran NHS Board", body_kind="scottish_nhs",
    patterns=["present_with_sub_labels", "name_comma_role_and_name_role_in_brackets_mixed", "attended_part_of_meeting",
              "item_suffix_after_bracket", "in_attendance_long_list"],
    notes="Second meeting of the same board (29 March 2021, MS Teams), a different layout from the 2019 case (names "
          "with roles aligned in a second column). The stored copy ends inside the In attendance list; the case ends "
          "before the first entry whose role is cut off.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Ayrshire and Arran NHS Board", bold=True, size=12),
        T("Minutes of a public meeting on Monday 29 March 2021\n9.30am, MS Teams meeting", bold=True),
        GAP(3),
        TABLE([["Present:", "Non-Executive Members:", ""]] + [["", x, ""] for x, _, _ in _AA21_NONEXEC]
              + [["", "Executive Members:", ""]] + [["", n, f"({r})"] for n, r in _AA21_EXEC] + [["", "", ""]]
              + [["In attendance:" if i == 0 else "", n, f"({r}){s}"] for i, (n, r, s) in enumerate(_AA21_ATTENDING)],
              [30, 50, 94]),
    ]}]},
    attendees=[A(n, PRESENT, r) for _, n, r in _AA21_NONEXEC]
    + [A(_strip_title(n), PRESENT, r) for n, r in _AA21_EXEC]
    + [A(_strip_title(n), IN_ATT, r) for n, r, _ in _AA21_ATTENDING],
    decisions=[],
)

_WHSCT17_PRESENT = [
    "Mr N Birthistle, Chairman", "Mrs E Way, Chief Executive", "Mr J Campbell, Non-Executive Director",
    "Mrs S Cummings, Non-Executive Director", "Dr G McIlroy, Non-Executive Director",
    "Mrs S O’Kane, Non-Executive Director", "Dr C O’Mullan, Non-Executive Director",
    "Mrs M Woods, Non-Executive Director",
    "Mr K Downey, Executive Director of Social Work/Director of Women and Children’s Services",
    "Mrs G McKay, Director of Acute Services",
    "Mr A Corry Finn, Executive Director of Nursing/Director of Primary Care and Older People",
    "Dr D Hughes, Medical Director", "Mrs A McConnell, Director of Human Resources",
    "Mrs L Mitchell, Director of Finance and Contracting", "Mrs T Molloy, Director of Performance and Service Improvement",
    "Mr A Moore, Director of Strategic Capital Development",
]
_WHSCT17_ATTENDING = [
    "Mrs M McGinley, Executive Assistant to Chief Executive", "Mr O Kelly, Head of Communications",
    "Mrs R Harkin, Assistant Director Learning Disability", "Mrs Monaghan, Carer (agenda item 2/17/7-1 only)",
    "Mrs Cathy Magowan, Carers’ Support Coordinator (agenda item 2/17/7-1 only)",
]


def _ni_name_role(entry: str) -> tuple[str, str]:
    name, _, role = entry.partition(", ")
    return _strip_title(name), role.replace(" (agenda item 2/17/7-1 only)", "")


case(
    id="western-hsc-trust-board-2017", year=2017, format="pdf", layout="pdf_text_two_column_grid",
    url="https://vdocuments.site/minutes-of-a-meeting-of-the-western-health-social-care-health-and-social-care.html",
    body="Western Health and Social Care Trust Board", body_kind="ni_trust",
    patterns=["caps_label_then_two_column_grid", "title_initial_surname_comma_role", "surname_only_with_title",
              "agenda_item_only_in_brackets", "no_apologies_section"],
    notes="Second meeting of the same board (2 February 2017, Omagh), laid out with the names and roles in a "
          "two-column grid under each label rather than a label column.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Western Health and Social Care Trust Board – 2 February 2017                                     Page 1",
          size=8),
        GAP(2),
        T("Minutes of a meeting of the Western Health & Social Care Trust Board held on Thursday, 2 February 2017, at "
          "10.00 am in the Doctors’ Library, Postgraduate Medical Centre, Tyrone County Hospital, Omagh", bold=True),
        GAP(3), T("PRESENT", bold=True), COLUMNS(_WHSCT17_PRESENT, n=2, size=8),
        GAP(2), T("IN ATTENDANCE", bold=True), COLUMNS(_WHSCT17_ATTENDING, n=2, size=8),
        GAP(3),
        TABLE([["2/17/1", "CHAIRMAN’S BUSINESS"],
               ["", "The Chairman welcomed members to the meeting in Omagh and announced that the Chief Executive "
                    "would retire in the summer, paying tribute to her long service in the area."]], [20, 154]),
    ]}]},
    attendees=[A(_ni_name_role(x)[0], PRESENT, _ni_name_role(x)[1]) for x in _WHSCT17_PRESENT]
    + [A(_ni_name_role(x)[0], IN_ATT, _ni_name_role(x)[1]) for x in _WHSCT17_ATTENDING],
    decisions=[],
)
