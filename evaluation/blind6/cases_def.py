"""The sixth blind set: what each document says and how it is labelled.

Every case is modelled on one stored public page (``url``) of a body that appears in none of the other
evaluation sets (``evaluation/real/*``, ``evaluation/attendance``, ``evaluation/blind`` to ``evaluation/blind5``).
Attendance sections and decision wording are reproduced as published (names, titles, roles, organisations,
statuses and formulaic wording are public facts); every narrative paragraph is written anew and kept short.
Labels come from the published page only, never from running a parser. Labelling rules are those of
``evaluation/blind/README.md``; this set's README says how it was built.

Rendered by ``python evaluation/blind/build_cases.py --set evaluation/blind6`` with the blind set's renderers
(``render.py``) and, for PDFs, ``evaluation/real/pdfcase.py`` (tables, grids, scanned pages).
"""
from __future__ import annotations

import re

from labels import APOLOGIES, IN_ATT, PRESENT, SUB, A, D
from pdfspec import COLUMNS, GAP, T, TABLE
from render import esc, page, paras

CASES: list[dict] = []


def case(**kw):
    CASES.append(kw)


def _rows(label: str, people: list[tuple[str, str]]) -> list[list[str]]:
    """Label | name | role rows, the label printed on the first row only (a word-processor attendance table)."""
    return [[label if i == 0 else "", name, role] for i, (name, role) in enumerate(people)]


# ---------------------------------------------------------------------------------------------------------
# Welsh health boards

_BCU14_PRESENT = [
    ("Ms J Dean", "Independent Member (Chair)"),
    ("Rev HM Davies", "Independent Member (part meeting)"),
    ("Dr P Higson", "BCUHB Chairman (part meeting)"),
    ("Mr H Owen-Jones", "Independent Member (part meeting)"),
    ("Cllr E Roberts", "Independent Member (part meeting)"),
]
_BCU14_ATTENDING = [
    ("Mrs F Giraud (FG)", "Associate Chief of Staff, Nursing (part meeting)"),
    ("Mrs M Hanson (MH)", "BCUHB Vice Chair"),
    ("Mr D Harries (DH)", "Head of Internal Audit"),
    ("Mrs A Hopkins (AH)", "Executive Director of Nursing, Midwifery & Patient Services"),
    ("Mrs L Jones (LJ)", "Head of Corporate Affairs"),
    ("Dr A Jones (AJ)", "Associate Chief of Staff, Nursing, MHLD (part meeting)"),
    ("Mr M Joyce", "Member of the public (observing)"),
    ("Ms J Kember", "Interim Vice-Chair of the Healthcare Professionals Forum"),
    ("Mr G Lang (GL)", "Executive Director of Primary Care, Community & Mental Health (part meeting)"),
    ("Mr T Lynch (TL)", "Interim Chief Operating Officer"),
    ("Prof M Makin (MM)", "Executive Medical Director and Director of Clinical Services (part)"),
    ("Mrs V Morris (VM)", "Interim Director of Quality Assurance (part meeting)"),
    ("Mrs V Nelson (VN)", "A4C Staffside Lead"),
    ("Mrs H Owen (HO)", "Business Manager (part meeting)"),
    ("Mr S Pyke (SP)", "Associate Chief of Staff (part meeting)"),
    ("Dr G Roberts (GR)", "Associate Chief of Staff, Operations (part meeting)"),
    ("Dr M Savage (MS)", "Consultant Psychiatrist,representing Dr G Harborne (part meeting)"),
    ("Dr B Tehan (BT)", "Assistant Medical Director (Secondary Care)"),
    ("Mr A Thomas (AT)", "Assistant Director of Therapies and Health Science"),
]

case(
    id="bcuhb-quality-safety-committee-2014", year=2014, format="pdf", layout="pdf_text_table",
    url="https://paperzz.com/doc/8549261/item-qs14_108b-minutes-qs-3-7-14-v-03-draft-mins-public-j...",
    body="Betsi Cadwaladr University Health Board Quality and Safety Committee", body_kind="health_board",
    patterns=["label_name_role_table", "initials_in_brackets_after_name", "part_meeting_qualifiers",
              "representing_clause_in_role", "apologies_bare_name_list_in_item", "item_codes_qs14"],
    notes="Minutes of 3 July 2014 (draft v0.03). The stored copy flattens the Present / In Attendance table into a "
          "names column then a roles column; the case shows it as the table it was. It ends inside item QS14/84; "
          "the case ends there. Dr Savage is 'representing Dr G Harborne' (no apology for Dr Harborne is "
          "recorded: optional). A member of the public observing is optional.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Quality & Safety Committee", bold=True, size=12),
        T("Minutes of the Meeting held on Thursday 3rd July 2014 in Ysbyty Gwynedd, Bangor"),
        GAP(3),
        TABLE(_rows("Present:", _BCU14_PRESENT) + [["", "", ""]] + _rows("In Attendance:", _BCU14_ATTENDING),
              [32, 44, 98], size=9),
        GAP(3),
        TABLE([["Agenda Item", "", "Action By"],
               ["QS14/82", "Declarations of Interest\nMs Dean declared an interest in agenda item QS14/85 because "
                           "her substantive post sits within the Women's Services CPG.", ""],
               ["QS14/83", "Apologies for absence\nMrs H Stevens, Dr C Tillson, Mr I Mitchell, Mr A Jones, Mrs G "
                           "Lewis-Parry, Dr T Shambrook, Dr M Adke and Mrs J Hughes.", ""],
               ["QS14/84", "Clinical Programme Group (CPG) Quality & Safety Monitoring Report\nThe Committee took "
                           "the first of the CPG monitoring reports, beginning with mental health.", ""]],
              [24, 126, 24], border=True, header=True, size=9),
        GAP(4),
        T("BCUHB Quality and Safety Committee minutes 3.7.14 V0.03 draft Page 1 of 10", size=8),
    ]}]},
    attendees=[A("J Dean", PRESENT, "Independent Member"), A("HM Davies", PRESENT, "Independent Member"),
               A("P Higson", PRESENT, "Chairman", "BCUHB"), A("H Owen-Jones", PRESENT, "Independent Member"),
               A("E Roberts", PRESENT, "Independent Member"),
               A("F Giraud", IN_ATT, "Associate Chief of Staff, Nursing"), A("M Hanson", IN_ATT, "Vice Chair", "BCUHB"),
               A("D Harries", IN_ATT, "Head of Internal Audit"),
               A("A Hopkins", IN_ATT, "Executive Director of Nursing, Midwifery & Patient Services"),
               A("L Jones", IN_ATT, "Head of Corporate Affairs"),
               A("A Jones", IN_ATT, "Associate Chief of Staff, Nursing, MHLD"),
               A("M Joyce", IN_ATT, "Member of the public", optional=True),
               A("J Kember", IN_ATT, "Interim Vice-Chair of the Healthcare Professionals Forum"),
               A("G Lang", IN_ATT, "Executive Director of Primary Care, Community & Mental Health"),
               A("T Lynch", IN_ATT, "Interim Chief Operating Officer"),
               A("M Makin", IN_ATT, "Executive Medical Director and Director of Clinical Services"),
               A("V Morris", IN_ATT, "Interim Director of Quality Assurance"), A("V Nelson", IN_ATT, "A4C Staffside Lead"),
               A("H Owen", IN_ATT, "Business Manager"), A("S Pyke", IN_ATT, "Associate Chief of Staff"),
               A("G Roberts", IN_ATT, "Associate Chief of Staff, Operations"),
               A("M Savage", SUB, "Consultant Psychiatrist", sub_for="G Harborne"),
               A("G Harborne", APOLOGIES, optional=True),
               A("B Tehan", IN_ATT, "Assistant Medical Director (Secondary Care)"),
               A("A Thomas", IN_ATT, "Assistant Director of Therapies and Health Science"),
               A("H Stevens", APOLOGIES), A("C Tillson", APOLOGIES), A("I Mitchell", APOLOGIES), A("A Jones", APOLOGIES), A("G Lewis-Parry", APOLOGIES), A("T Shambrook", APOLOGIES), A("M Adke", APOLOGIES),
               A("J Hughes", APOLOGIES)],
    decisions=[],
)

_CONWY06_PRESENT = [
    ("Mr D Scott", "Chair"), ("Mr W Thomas", "Chief Executive"), ("Dr M Duerden", "Medical Director"),
    ("Mr A Jones", "Director of Public Health - Conwy & Denbighshire LHB"), ("Mrs S Owen", "Nurse Director"),
    ("Mr N Stevens", "Director of Finance"),
    ("Mrs P Mowll", "Director of Commissioning and Performance Management (Co-opted Member)"),
    ("Mrs S Davies", "Voluntary"), ("Dr P Emmett", "General Practitioner"),
    ("Ms J Galvani", "NHS Trust Representative (Associate Member)"), ("Mr M Hughes", "Optician"),
    ("Mr I Howard", "Conwy & Denbighshire NHS Trust (Co-opted Member)"),
    ("Mrs B Jones", "Local Authority (Director of Social Care and Health)"), ("Mr G Jones", "Local Authority"),
    ("Mrs G Jones", "Community"), ("Mr P Jones", "CHC (Co-opted Member)"), ("Mr I Mitchell", "Therapy"),
    ("Mr D Owen", "CHC (Associate Member)"), ("Dr D Prichard", "NHS Consultant Representative (Associate Member)"),
    ("Mrs A Robinson", "Carer"), ("Mr A Taylor", "Pharmacist"), ("Mr A R Todd", "Local Authority"),
    ("Mr K Toy", "Local Authority"), ("Dr M Walker", "General Practitioner"), ("Mrs A Westmoreland", "Voluntary"),
    ("Dr D Whyler", "General Practitioner"),
]
_CONWY06_ATTENDING = [("Miss L Bellamy", "Secretary, Corporate Services"), ("Mrs N Temple - Morris", "Executive Assistant")]
_CONWY06_APOLOGIES = [("Miss M Blagojevic", "Corporate Services Manager"), ("Miss C Dubourg", "Dentist"),
                      ("Mrs J Murfin", "Nurse"), ("Mr M Stevens", "Trade Union Representative (Associate Member)")]
_CONWY06_ORGS = {"Mr A Jones": ("Director of Public Health", "Conwy & Denbighshire LHB"),
                 "Mr I Howard": (None, "Conwy & Denbighshire NHS Trust")}


def _bare(name: str) -> str:
    """A printed name without its title (labels carry names without titles)."""
    return re.sub(r"^(Mr|Mrs|Ms|Miss|Dr|Prof|Rev|Cllr)\.? ", "", name).strip()


def _dash_rows(label: str, people: list[tuple[str, str]], dash: bool = True) -> list[list[str]]:
    return [[label if i == 0 else "", name, "-" if dash and role else "", role] for i, (name, role) in enumerate(people)]


case(
    id="conwy-lhb-2006-scan", year=2006, format="pdf", layout="pdf_scan", scan=True,
    url="https://docsbay.net/doc/463154/north-wales-health-authority",
    body="Conwy Local Health Board", body_kind="health_board",
    patterns=["label_name_dash_role_table", "co_opted_and_associate_members", "constituency_roles",
              "apologies_table_then_sentence", "declarations_by_name", "scanned_page"],
    notes="Extraordinary meeting on Friday 15 September (2006 inferred: the 'Designed for North Wales' consultation, "
          "and 15 September fell on a Friday that year) at Conwy Business Centre; the stored copy's title reads "
          "'North Wales Health Authority' but the membership (GP, optician, pharmacist, carer, voluntary and local "
          "authority members; a Director of Public Health shared with Denbighshire) is that of a Welsh local health "
          "board meeting at Conwy: the body is named from that. Some rows print no dash, as in the stored copy. The "
          "stored copy ends in the first discussion; the case ends there. Rendered as a scanned page.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("Minutes of the Meeting held on Friday15 September at Conwy Business Centre, Llandudno Junction", bold=True),
        GAP(3),
        TABLE(_dash_rows("Present:", [(n, r) for n, r in _CONWY06_PRESENT if n not in ("Mr G Jones", "Mr A R Todd")][:13])
              + [["", "Mr G Jones", "", "Local Authority"]]
              + _dash_rows("", [(n, r) for n, r in _CONWY06_PRESENT if n not in ("Mr G Jones", "Mr A R Todd")][13:20])
              + [["", "Mr A R Todd", "", "Local Authority"]]
              + _dash_rows("", [(n, r) for n, r in _CONWY06_PRESENT if n not in ("Mr G Jones", "Mr A R Todd")][20:])
              + _dash_rows("In Attendance:", _CONWY06_ATTENDING)
              + [["Apologies:", "Miss M Blagojevic", "", "Corporate Services Manager"]]
              + _dash_rows("", _CONWY06_APOLOGIES[1:2], dash=False) + _dash_rows("", _CONWY06_APOLOGIES[2:]),
              [28, 44, 5, 97], size=9),
        GAP(3),
        T("Apologies were given to the Board by Miss C Dubourg, Mrs J Murfin, and Mr. M Stevens."),
        GAP(2),
        T("The Chair welcomed Board Members and members of the public to the extraordinary meeting, noting from the "
          "size of the audience how strongly people felt about the matter before the Board."),
        GAP(2),
        T("Dr Paul Emmett, Dr David Whyler, Dr Mark Walker Mr Iain Mitchell and Dr David Prichard expressed "
          "Declarations of Interest."),
        GAP(2),
        T("The Chief Executive gave a short presentation on the 'Designed for North Wales' consultation, after which "
          "Board Members began to discuss the principles behind it."),
    ]}]},
    attendees=[A(_bare(n), PRESENT, *_CONWY06_ORGS.get(n, (r, None))) for n, r in _CONWY06_PRESENT]
    + [A("L Bellamy", IN_ATT, "Secretary, Corporate Services"), A("N Temple-Morris", IN_ATT, "Executive Assistant")]
    + [A(_bare(n), APOLOGIES, r) for n, r in _CONWY06_APOLOGIES],
    decisions=[],
)


# ---------------------------------------------------------------------------------------------------------
# Scottish health boards

_GGC18_PRESENT = ["Mr J Brown CBE (in the Chair)", "Dr J Armstrong", "Cllr C Bamforth", "Ms S Brimelow OBE", "Ms M Brown",
                  "Mr S Carr", "Cllr J Clocherty", "Mr A Cowan", "Dr L De Caestecker", "Ms J Donnelly", "Mr R Finnie",
                  "Ms J Forbes", "Mr I Fraser", "Ms J Grant", "Dr D Lyons", "Mr J Matthews OBE", "Cllr S Mechan",
                  "Dr M McGuire", "Mr A Macleod", "Mrs T McAuley OBE", "Cllr J McColl", "Mrs A Monaghan",
                  "Cllr I Nicolson", "Mr I Ritchie", "Mrs A Thompson", "Ms R Sweeney", "Mr M White"]
_GGC18_ATTENDING = [
    ("Mr J Best", "Interim Chief Officer, Acute Services Division", "Interim Chief Officer", "Acute Services Division"),
    ("Miss K Donald", "Secretariat Manager", "Secretariat Manager", None),
    ("Mr W Edwards", "Director of ehealth", "Director of ehealth", None),
    ("Mr G Forrester", "Deputy Head of Administration", "Deputy Head of Administration", None),
    ("Mr J C Hamilton", "Head of Administration", "Head of Administration", None),
    ("Ms MA Kane", "Interim Director of Property, Procurement and Facilities Management",
     "Interim Director of Property, Procurement and Facilities Management", None),
    ("Dr I Kennedy", "Consultant in Public Health Medicine", "Consultant in Public Health Medicine", None),
    ("Mr D Leese", "Director of Renfrewshire HSCP", "Director", "Renfrewshire HSCP"),
    ("Mrs A MacPherson", "Director of Human Resources & Organisational Development",
     "Director of Human Resources & Organisational Development", None),
    ("Mr A McLaws", "Director of Corporate Communications", "Director of Corporate Communications", None),
    ("Ms S Manion", "Chief Officer, East Dunbartonshire HSCP", "Chief Officer", "East Dunbartonshire HSCP"),
    ("Ms J Slavin", "Chief Finance Officer, West Dunbartonshire HSCP", "Chief Finance Officer", "West Dunbartonshire HSCP"),
    ("Mr A Stevenson", "Head of Adult Services, Inverclyde HSCP", "Head of Adult Services", "Inverclyde HSCP"),
]


def _ggc_name(printed: str) -> str:
    name = _bare(printed.replace(" (in the Chair)", ""))
    return name.removesuffix(" OBE").removesuffix(" CBE")


case(
    id="nhs-greater-glasgow-clyde-board-2018", year=2018, format="pdf", layout="pdf_text_grid",
    url="http://careersdocbox.com/Nursing/96780902-Board-official-present-mr-j-brown-cbe-in-the-chair-in-attendance.html",
    body="NHS Greater Glasgow and Clyde Board", body_kind="health_board",
    patterns=["present_heading_three_column_name_grid", "in_the_chair_marker", "post_nominals_obe_cbe",
              "in_attendance_name_role_table", "apologies_intimated_on_behalf_of", "minutes_approved_on_motion",
              "two_digit_item_numbers"],
    notes="Meeting of 20 February 2018 (NHSGG&C(M)18/01). The stored copy flattens the In Attendance table into "
          "names then roles; the case shows it as a name | role table. The stored copy ends inside item 04; the case "
          "ends with a short item 04 narrative.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Board Official", size=8),
        T("NHSGG&C(M)18/01\nMinutes: 1-24", bold=True),
        T("NHS GREATER GLASGOW AND CLYDE", bold=True, size=12),
        T("Minutes of a Meeting of the NHS Greater Glasgow and Clyde Board held in The William Quarrier Conference "
          "Centre, 20 St. Kenneth Drive, Govan, Glasgow G51 4QD on Tuesday, 20 February 2018 at 9.30am."),
        GAP(3),
        T("P R E S E N T", bold=True),
        GAP(1),
        COLUMNS(_GGC18_PRESENT, n=3, size=9),
        GAP(2),
        T("I N   A T T E N D A N C E", bold=True),
        GAP(1),
        TABLE([[n, r] for n, r, _, _ in _GGC18_ATTENDING], [45, 129], size=9),
        GAP(3),
        TABLE([["", "", "ACTION BY"],
               ["01.", "APOLOGIES\nApologies for absence were intimated on behalf of Prof. Dame A Dominczak and Mrs D "
                       "McErlean.", ""],
               ["02.", "DECLARATIONS OF INTEREST\nNo declaration(s) of interest(s) were raised in relation to any of "
                       "the agenda items to be discussed.", ""],
               ["03.", "MINUTES\nOn the motion of Mr MacLeod, seconded by Mr Matthews, the minutes from the Board "
                       "Meeting held on 19 December 2017 [NHSGGC(M) 17/06] were approved as a complete and accurate "
                       "record.", ""],
               ["04.", "MATTERS ARISING\nThe Board looked through the rolling action list and noted the items "
                       "completed since December.", ""]],
              [12, 140, 22], size=9),
    ]}]},
    attendees=[A(_ggc_name(n), PRESENT) for n in _GGC18_PRESENT]
    + [A(_bare(n), IN_ATT, r, o) for n, _, r, o in _GGC18_ATTENDING]
    + [A("A Dominczak", APOLOGIES), A("D McErlean", APOLOGIES)],
    decisions=[D("On the motion of Mr MacLeod, seconded by Mr Matthews, the minutes from the Board Meeting held on 19 "
                 "December 2017 [NHSGGC(M) 17/06] were approved as a complete and accurate record.", "approved", "03",
                 "MINUTES")],
)

_N24_MEMBERS = [
    ("Mr Deep Sagar", "Chairman, NHS 24"), ("Prof Lewis Ritchie", "Vice Chairman, NHS 24"),
    ("Mr Bert Bruce", "Employee Director, NHS 24"), ("Mr Hamish Guthrie", "Non Executive Director, NHS 24"),
    ("Mrs Jacqui Low", "Non Executive Director, NHS 24 (from Item 4)"), ("Mr Pat Kelly", "Non Executive Director, NHS 24"),
    ("Mrs Cheryl Black", "Non Executive Director, NHS 24"), ("Mr Stuart Smith", "Non Executive Director, NHS 24"),
    ("Mr John Rogerson", "Non Executive Director, NHS 24"), ("Mr Allan Watson", "Non Executive Director, NHS 24"),
    ("Dr George Crooks", "Medical Director (Also for Chief Executive)"), ("Mrs Eunice Muir", "Nurse Director, NHS 24"),
    ("Mr Bill Templeton", "Director of Corporate Services, NHS 24"),
]
_N24_ATTENDING = [
    ("Ms Alison Boyd", "Board Secretary, NHS 24"), ("Mrs Elaine Boyd", "Audit Scotland"),
    ("Mr Tom Greatrex", "Director of Corporate Affairs, NHS 24"), ("Mrs Jane McCartney", "Director of HR"),
    ("Ms Paula Speirs", "Director of Programme Office (from Item 4)"),
]
_N24_UNHEADED = [("Mr John McGuigan", "Chief Executive, NHS 24"), ("Mr Ian Williamson", "Scottish Executive Health Department")]


def _role_org(printed: str) -> tuple[str | None, str | None]:
    """'Role, Organisation' as printed (a bracketed qualifier dropped); a bare organisation has no role."""
    text = re.sub(r"\s*\([^)]*\)", "", printed).strip()
    if text in ("Audit Scotland", "Scottish Executive Health Department"):
        return None, text
    role, _, org = text.rpartition(", ")
    return (role, org) if role else (text, None)


case(
    id="nhs-24-board-2006-scan", year=2006, format="pdf", layout="pdf_scan", scan=True,
    url="http://www.docstoc.com/docs/46547912/Draft-Minutes-of-Board-Meeting-held-on-Wednesday-26th",
    body="NHS 24 Board", body_kind="health_board",
    patterns=["board_members_heading_name_role_table", "role_comma_org", "from_item_qualifier",
              "also_for_chief_executive", "unheaded_list_after_in_attendance", "minutes_approved_with_amendments",
              "scanned_page"],
    notes="Draft minutes of 26 April 2006 at Deaconess House, Edinburgh. The stored copy shows two names after the "
          "In Attendance list with no heading (the Chief Executive, whom the Medical Director attended 'also for', "
          "and a Scottish Executive official): most likely apologies, but the heading is lost, so they are "
          "optional. The stored copy ends in the minutes item; the case ends there. Rendered as a scanned page.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("Draft Minutes of Board Meeting held on Wednesday 26th April 2006 at 9.30 am\nDeaconess House, NHS "
          "Lothian, Edinburgh", bold=True),
        GAP(4),
        TABLE([["Board Members", ""]] + [[n, r] for n, r in _N24_MEMBERS] + [["", ""], ["In Attendance", ""]]
              + [[n, r] for n, r in _N24_ATTENDING] + [["", ""]] + [[n, r] for n, r in _N24_UNHEADED],
              [62, 100], size=10),
        GAP(4),
        T("The Minutes of the Meeting held on 29th March 2006 were approved as an accurate record of discussions with "
          "the exception of minor amendments to the references to business continuity and Agenda for Change "
          "progress. Ms Boyd agreed to make the changes before the minutes were signed."),
    ]}]},
    attendees=[A(_bare(n), SUB if "Also for" in r else PRESENT, *_role_org(r)) for n, r in _N24_MEMBERS]
    + [A(_bare(n), IN_ATT, *_role_org(r)) for n, r in _N24_ATTENDING]
    + [A(_bare(n), APOLOGIES, *_role_org(r), optional=True) for n, r in _N24_UNHEADED],
    decisions=[D("The Minutes of the Meeting held on 29th March 2006 were approved as an accurate record of discussions "
                 "with the exception of minor amendments to the references to business continuity and Agenda for "
                 "Change progress.", "approved")],
)


# ---------------------------------------------------------------------------------------------------------
# Northern Ireland health and social care bodies

_RQIA05_MEMBERS = ["Brian Coulter (Chairman)", "Richard Adams", "Geraldine Donaghy", "Joan Harbison", "James Jamison",
                   "Lilian Jennett", "Ruth Laird", "Allen McCartney", "Patricia McCoy", "Connor Mullholland",
                   "Una O Kane", "Colin Reid", "Austin Smith"]
_RQIA05_OFFICERS = [("Sandra Bell", "Committee Administrator"), ("Stella Burnside", "Chief Executive"),
                    ("Theresa Nixon", "Director of Social Services"), ("Phelim Quinn", "Director of Nursing"),
                    ("John Stewart", "Director of Corporate Services"), ("Helen Siberry", "HPSS Management Trainee")]

case(
    id="rqia-board-2005-scan", year=2005, format="pdf", layout="pdf_scan", scan=True,
    url="https://docplayer.net/amp/13420591-Regulation-and-quality-improvement-authority.html",
    body="Regulation and Quality Improvement Authority Board", body_kind="hsc_body",
    patterns=["board_members_present_heading", "officers_of_the_board_present_heading", "role_in_brackets_after_name",
              "no_apologies_item", "minute_numbers_05_29", "scanned_page"],
    notes="Board meeting of 10 November 2005 at the Mourne Country Club, Newry (public session). 'Una O Kane' is "
          "printed without its apostrophe, as in the stored copy. No decision is recorded in the stored copy's "
          "first item; the case ends after it. Rendered as a scanned page.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("Regulation and Quality Improvement Authority", bold=True, size=12),
        T("Minutes of Board meeting held in the Mourne Country Club, Newry on 10 November 2005"),
        T("Start: 7.15pm"),
        GAP(4),
        T("Board Members Present", bold=True),
        COLUMNS(_RQIA05_MEMBERS, n=2),
        GAP(2),
        T("Officers of the Board Present", bold=True),
        COLUMNS([f"{n} ({r})" for n, r in _RQIA05_OFFICERS], n=2),
        GAP(4),
        T("PUBLIC SESSION", bold=True),
        GAP(2),
        TABLE([["05.29", "Welcome and Chairman's remarks\nThe Chairman welcomed members of the public and Authority "
                         "staff to the meeting and sent the Board's good wishes for a full recovery to a colleague who "
                         "was unwell. He then outlined the new senior management team and the committees the Board "
                         "had set up, which would be reviewed each year by the full Board."]],
              [18, 156]),
        GAP(6),
        T("HPSS Regulation and Improvement Authority minutes Public version 1", size=8),
    ]}]},
    attendees=[A(n.replace(" (Chairman)", ""), PRESENT, "Chairman" if "Chairman" in n else None)
               for n in _RQIA05_MEMBERS]
    + [A(n, IN_ATT, r) for n, r in _RQIA05_OFFICERS],
    decisions=[],
)

case(
    id="pcc-western-local-advisory-committee-2011", year=2011, format="pdf", layout="pdf_text_table",
    url="https://docest.com/doc/583950/note-of-pcc-western-lac-meeting",
    body="Patient and Client Council Western Local Advisory Committee", body_kind="hsc_body",
    patterns=["note_of_meeting", "label_colon_inline_comma_lists", "chair_in_brackets",
              "agenda_item_discussion_action_table", "notes_of_previous_meeting_agreed"],
    notes="Note of the meeting of 7 December 2011 (the committee's eleventh). Officers named in the Agreed Action "
          "column are the same people as those in attendance. The stored copy ends inside the pharmacies item and "
          "a later item; the case keeps the first rows of the table.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Note of PCC Western Local Advisory Committee (LAC) Meeting", bold=True, size=12),
        GAP(2),
        TABLE([["Date of meeting:", "7th December 2011 at 2.00pm"], ["Venue:", "Conference Room, Hilltop"],
               ["Present:", "Mrs Margaret Harte (Chair), Mrs Kathleen Adams, Mrs Maureen Andrew"],
               ["Apologies:", "Mr Martin Reilly"], ["In attendance:", "Mrs Fiona McCourt, Mrs Kitty Loughran"]],
              [32, 142]),
        GAP(4),
        TABLE([["Agenda Item", "Discussion Points", "Agreed Action"],
               ["", "Mrs Harte welcomed everyone to the eleventh meeting of the Western Local Advisory Committee.", ""],
               ["Notes of Previous meeting - 19/10/11", "Notes of previous meeting were agreed.", ""],
               ["Matters Arising from meeting held on 19/10/11",
                "Domiciliary Care: members heard that the PCC had begun a large piece of work on domiciliary care.\n"
                "Dermatology Services in the Western area: the Trust is to be asked whether a new consultant has "
                "started and whether consultant clinics have resumed in Omagh.\n"
                "Transport: members were told that the transport issues they raised had been passed to the Compton "
                "Review, whose report was due the following week.", "Mrs McCourt\n\nMrs Loughran"],
               ["Joint PCC Board Meeting/LAC Workshop - 22nd November 2011",
                "Mrs Harte reported on the joint Board meeting and workshop, which looked at priorities for action "
                "and the PCC work plan for the next three years.", ""]],
              [40, 100, 34], border=True, header=True, size=9),
    ]}]},
    attendees=[A("Margaret Harte", PRESENT, "Chair"), A("Kathleen Adams", PRESENT), A("Maureen Andrew", PRESENT),
               A("Martin Reilly", APOLOGIES), A("Fiona McCourt", IN_ATT), A("Kitty Loughran", IN_ATT)],
    decisions=[D("Notes of previous meeting were agreed.", "approved", None, "Notes of Previous meeting – 19/10/11")],
)


# ---------------------------------------------------------------------------------------------------------
# English NHS trusts, primary care trusts and CCGs

_OXL13_BOARD = [
    ("Dave Mellish", "Chair"), ("Archie Herron", "Vice Chair and Non-Executive Director"),
    ("Anne Taylor", "Non-Executive Director"), ("Paul Ward", "Non Executive Director"),
    ("James Kellock", "Non Executive Director"), ("Seyi Clement", "Non-Executive Director"),
    ("Steve James", "Non-Executive Director"), ("Stephen Firn", "Chief Executive"),
    ("Helen Smith", "Deputy Chief Executive and Director of Service Delivery"), ("Ify Okocha", "Medical Director"),
    ("Wilf Bardsley", "Director of Nursing and Governance"), ("Ben Travis", "Director of Finance"),
    ("Simon Hart", "Director of HR and Organisational Development"),
]
_OXL13_ATTENDING = [("Trevor Eldridge", "Director Acute Adult Mental Health Services"),
                    ("Ann Rozier", "Trust Secretary and Head of Governance"), ("Susan Owen", "Risk Manager (Minutes)")]

case(
    id="oxleas-ft-board-of-directors-2013", year=2013, format="pdf", layout="pdf_text_table",
    url="https://studylib.net/doc/8953783/board-of-directors-minutes-march-2013-154.5-kb-doc",
    body="Oxleas NHS Foundation Trust Board of Directors", body_kind="nhs_trust_board",
    patterns=["board_of_directors_heading_name_role_table", "in_attendance_heading_in_table",
              "apologies_none_received", "minutes_agreed_subject_to_amendments", "no_item_numbers"],
    notes="75th meeting of the Board of Directors, 7 March 2013, Boardroom, Pinewood House. The stored copy does not "
          "print the trust's name; it is identified from the venue (the trust's headquarters) and the chief "
          "executive. The stored copy flattens the table into names then roles; the case shows the table. It ends "
          "inside the performance report; the case ends there.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("75th Meeting of the Board of Directors", bold=True, size=12),
        T("Thursday 7 March 2013\n2.30pm Boardroom, Pinewood House"),
        GAP(3),
        TABLE([["Board of Directors", "", ""]] + [["", n, r] for n, r in _OXL13_BOARD]
              + [["In attendance", "", ""]] + [["", n, r] for n, r in _OXL13_ATTENDING], [34, 42, 98], size=9),
        GAP(4),
        T("Apologies for Absence", bold=True),
        T("None received"),
        GAP(2),
        T("Minutes of the Board of Directors Meeting held on 10 January 2013", bold=True),
        T("Item 3 - This should read \"Occupancy in Atlas House is low.\"\nItem 4 - The action relating to the SUSD "
          "report should be attributed to IO and WB.\nSubject to these amendments, the minutes were agreed as an "
          "accurate record."),
        GAP(2),
        T("Matters arising", bold=True),
        T("Item 3 - The workforce equality grading meeting has taken place and the results have improved; they will "
          "come to the Board on 2 May 2013."),
        GAP(2),
        T("Key Performance Indicators Report - January 2013", bold=True),
        T("The Board discussed the breached review target in Forensic and Prison Services, which is thought to be a "
          "data quality problem and is being looked into."),
    ]}]},
    attendees=[A(n, PRESENT, r) for n, r in _OXL13_BOARD]
    + [A(n, IN_ATT, r.replace(" (Minutes)", "")) for n, r in _OXL13_ATTENDING],
    decisions=[D("Subject to these amendments, the minutes were agreed as an accurate record.", "approved", None,
                 "Minutes of the Board of Directors Meeting held on 10 January 2013")],
)

_MEPCT08_MEMBERS = [
    ("David Barron", "Chairman"), ("Sheila Bremner", "Chief Executive"), ("Adrian Marr", "Director of Finance and Performance"),
    ("Maria Stripe", "Executive Board Clinical Member and\nPCT Board Nurse Representative"),
    ("Donald McGeachy", "Strategic Lead for Primary Care"), ("David Bagnall", "Non Executive Director"),
    ("Leo Bishop", "Non Executive Director"), ("Cllr Lady Patricia Newton", "Non Executive Director"),
    ("Clare Morris", "Commercial Director"), ("John Niland", "Project Director Provider Services"),
    ("SarahJane Relf", "Director of Corporate Development & Governance"), ("Bryan Spencer", "Clinical Chair Executive Board"),
]
_MEPCT08_ATTENDING = [("Chantelle Lillie", "Board Secretary"), ("Melanie Crass", "Assistant Director of Commissioning"),
                      ("Alison Manton", "Interim Strategic Lead for Estates"), ("Martin Cresswell", "Communications Advisor")]
_MEPCT08_PUBLIC = [("Russell.Gates", "EC Harris"), ("Simon Moul", "Essex LPC"), ("Ken Edwards", ""),
                   ("Eunice Legerton", "Maldon Wycke WI"), ("Jean Healey", "Maldon Wycke Wi"),
                   ("Doreen.Warwick", "Maldon Wycke WI"), ("J.Doghan", "Farleigh Hospice"), ("Barbara.Cooper", "Maplin WI"),
                   ("A.Yewlett", "Maplin WI"), ("M Nutt", "Maplin WI"), ("Maureen Henes", "Mid Essex PPI Forum"),
                   ("Sue Jayasekara", "Maplin WI")]
_MEPCT08_PUBLIC_P2 = [("J.Grant", "Essex Chronicle"), ("Anthony Shelton", "Braintree District Council"), ("Alan Phipps", "")]

case(
    id="mid-essex-pct-board-2008", year=2008, format="pdf", layout="pdf_text_table",
    url="http://www.docstoc.com/docs/115905706/pct-board-minutes-26-mar",
    body="Mid Essex PCT Board", body_kind="pct_board",
    patterns=["member_table_without_present_heading", "name_dash_role_rows", "in_attendance_heading",
              "members_of_the_public_with_organisations", "dotted_names", "page_break_inside_list"],
    notes="Board meeting held in public on 26 March 2008 at Braintree District Council. The stored copy shows no "
          "'Present' heading over the member list (members are labelled present). Members of the public are "
          "optional; some are printed with a full stop between initial or forename and surname, as in the stored "
          "copy. The stored copy ends inside the last public attendee's organisation; the case ends at that name.",
    document=None,
    pdf_spec={"pages": [
        {"items": [
            T("Minutes of the Board Meeting Held in Public on\nWednesday 26th March 2008 at\nBraintree District "
              "Council, Causeway House, Room 1", bold=True),
            GAP(4),
            TABLE([[n, "-", r] for n, r in _MEPCT08_MEMBERS], [56, 6, 100]),
            GAP(3),
            T("In attendance", bold=True),
            TABLE([[n, "-", r] for n, r in _MEPCT08_ATTENDING], [56, 6, 100]),
            GAP(3),
            T("Members of the Public", bold=True),
            TABLE([[n, "-", r] for n, r in _MEPCT08_PUBLIC], [56, 6, 100]),
            GAP(6),
            T("Mid Essex PCT\nMinutes Board Meeting - 26th March 2008   -1-", size=8),
        ]},
        {"items": [
            TABLE([[n, "-", r] for n, r in _MEPCT08_PUBLIC_P2], [56, 6, 100]),
        ]},
    ]},
    attendees=[A(_bare(n).replace("Lady ", ""), PRESENT, r.replace("\n", " ")) for n, r in _MEPCT08_MEMBERS]
    + [A(n, IN_ATT, r) for n, r in _MEPCT08_ATTENDING]
    + [A(n.replace(".", " "), IN_ATT, None, o or None, optional=True) for n, o in _MEPCT08_PUBLIC + _MEPCT08_PUBLIC_P2],
    decisions=[],
)

_SCVR17_REGISTER = [
    ("Dr Andrew Wilson", "NHS SC CCG", "Chair of NHS South Cheshire CCG", "✓"),
    ("Dr Jonathan Griffiths", "NHS VR CCG", "Chair of NHS Vale Royal CCG", "✓"),
    ("Moira Angel", "NHS SC CCG + NHS VR CCG", "Interim Exec Director of Quality & Safeguarding", "Apols"),
    ("Ian Ashworth", "Cheshire West & Chester Council", "Director of Public Health", "✓"),
    ("Dr Nichola Bishop", "NHS VR CCG", "GP Member", "Apols"),
    ("Dr Sinead Clarke", "NHS SC CCG", "GP Member", "✓"),
    ("John Clough", "NHS SC CCG", "Lay Member", "✓"),
    ("Dr Philip Goodwin", "NHS SC CCG", "GP Member", "✓"),
    ("Ann Gray", "NHS SC CCG + NHS VR CCG", "Lay Member", "✓"),
    ("Suzanne Horrill", "NHS VR CCG", "Deputy Chair of NHS Vale Royal & Lay Member", "✓"),
    ("Dr Annabel London", "NHS SC CCG", "GP Member", "Apols"),
    ("Dr Fiona McGregor-Smith", "NHS VR CCG", "GP Member", "✓"),
    ("Diane Noble", "NHS SC CCG", "Lay Member", "✓"),
    ("Tracy Parker-Priest", "NHS SC CCG/ NHS VR CCG", "Interim Chief Operating Officer", "Apols"),
    ("Dr Bob Pugh", "NHS SC CCG/ NHS VR CCG", "Secondary Care Doctor", "✓"),
    ("Fiona Reynolds", "Cheshire East Council", "Director of Public Health", "Apols"),
]

case(
    id="south-cheshire-vale-royal-ccgs-governing-body-2017", year=2017, format="pdf", layout="pdf_text_register",
    url="https://vdocuments.mx/minutes-part-1-public-i-part-1-nhs-vale-royal-jamaila-tausif-.html",
    body="NHS South Cheshire CCG and NHS Vale Royal CCG Governing Body", body_kind="ccg",
    patterns=["attendance_register_name_org_title_mark", "apols_mark_in_register", "tick_mark_for_present",
              "two_ccgs_in_common", "org_abbreviations", "meeting_facts_table"],
    notes="Governing Body meeting held in common on 3 August 2017 (meeting no. 05, 2017/18). The register's Present "
          "column shows 'Apols' for some members and nothing legible for the rest in the stored copy (a tick glyph "
          "lost in text extraction); the case prints a tick there and those members are labelled present. The "
          "stored copy ends after the sixteenth register row (page 3 of 47); the case ends there.",
    document=[
        {"kind": "heading", "text": "Minutes – Part 1", "size": 12},
        {"kind": "text", "text": "NHS South Cheshire Clinical Commissioning Group\nNHS Vale Royal Clinical "
                                 "Commissioning Group", "bold": True},
        {"kind": "table", "widths": [40, 134], "header": None, "rows": [
            ["Meeting Name:", "NHS South Cheshire CCG and NHS Vale Royal CCG Governing Body"],
            ["Meeting Date/Time:", "Thursday 3rd August 2017 14:00 – 17:00"],
            ["Venue:", "Conference Suite, Bevan House The Barony, Nantwich, CW5 5RD"],
            ["Chair:", "Dr Andrew Wilson (SC CCG) Dr Jonathan Griffiths (VR CCG)"],
            ["Meeting No:", "05:  Reporting Period: 2017/18"]]},
        {"kind": "heading", "text": "Governing Body Attendance", "size": 10},
        {"kind": "table", "widths": [40, 42, 70, 22], "header": ["Name", "Organisation", "Job Title", "Present"],
         "rows": [list(r) for r in _SCVR17_REGISTER], "size": 9},
        {"kind": "text", "text": "Page 3 of 47", "size": 8},
    ],
    attendees=[A(_bare(n), APOLOGIES if mark == "Apols" else PRESENT, t, o) for n, o, t, mark in _SCVR17_REGISTER],
    decisions=[],
)


# ---------------------------------------------------------------------------------------------------------
# Combined authorities

case(
    id="liverpool-city-region-ca-2017", year=2017, format="pdf", layout="pdf_text_paragraphs",
    url="https://docslib.org/doc/2233936/minutes-template",
    body="Liverpool City Region Combined Authority", body_kind="combined_authority",
    patterns=["call_in_banner", "spaced_letters_present", "run_on_present_paragraph", "substitute_for_in_brackets",
              "mayoral_advisors_in_attendance", "apologies_received_on_behalf_of_with_roles", "resolved_dash_that"],
    notes="Meeting of 15 September 2017 in the Authority Chamber, No. 1 Mann Island. The stored copy ends inside "
          "item 69; the case ends with a short item 69 narrative.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("LIVERPOOL CITY REGION COMBINED AUTHORITY", bold=True, size=12),
        T("PUBLICATION: 15 SEPTEMBER 2017\nDEADLINE FOR CALL-IN: 25 SEPTEMBER 2017", bold=True),
        T("FOLLOWING THE CALL-IN PERIOD, DECISIONS INCLUDED IN THESE MINUTES MAY THEN BE IMPLEMENTED WHERE THEY HAVE "
          "NOT BEEN SUBJECT TO A CALL-IN.\n* DENOTES KEY DECISION", size=9),
        GAP(3),
        T("At a meeting of the Liverpool City Region Combined Authority held in the Authority Chamber - No. 1 Mann "
          "Island, Liverpool, L3 1BP on Friday, 15th September, 2017 the following Members were"),
        GAP(1),
        T("P r e s e n t:", bold=True),
        GAP(1),
        T("Metro Mayor S Rotheram Chairperson of the Combined Authority (in the Chair)"),
        GAP(1),
        T("Councillor P Davies, Councillor B Grunewald, Councillor R Polhill, Deputy Mayor A O'Byrne (Substitute for "
          "Mayor J Anderson OBE), Councillor M Murphy (Substitute for Councillor A Moorhead), Councillor T O'Neill "
          "(Associate Member), Councillor F McKenna (Substitute for Councillor I Moran), Jane Kennedy (Co-opted Member "
          "- Criminal Justice) and Councillor L Robinson (Co-opted Member - Transport)."),
        GAP(2),
        T("Mayoral Advisors in attendance", bold=True),
        T("Janet Beer (Higher Education)\nReverend Canon Dr E Loudon (Voluntary and Community Sector)"),
        GAP(3),
        T("66. APOLOGIES FOR ABSENCE", bold=True),
        T("Apologies for absence were received on behalf of Mayor J Anderson (OBE), Councillor A Moorhead, Councillor "
          "I Maher, Mr A Hamid MBE, Councillor I Moran (Associate Member), Luciana Berger MP (Mayoral Advisor – Mental "
          "Health), Kate Farrell (Mayoral Advisor – Homelessness), Sara Wilde-McKeown (Visitor Economy), Gideon "
          "Ben-Tovim OBE (Mayoral Advisor – Natural Environment) and Barbara Spicer (Mayoral Advisor – Social Housing "
          "Growth)."),
        GAP(2),
        T("67. DECLARATIONS OF INTEREST", bold=True),
        T("It was reported that no declarations of interest had been received."),
        GAP(2),
        T("68. MINUTES OF THE COMBINED AUTHORITY MEETING HELD ON 18 AUGUST 2017", bold=True),
        T("RESOLVED – That the minutes of the meeting of the Liverpool City Region Combined Authority held on 18 August "
          "2017 be approved as a correct record."),
        GAP(2),
        T("69. LIVERPOOL CITY REGION COMBINED AUTHORITY FINAL ACCOUNTS 2016-17", bold=True),
        T("The Combined Authority considered the report on its final accounts for 2016-17 and the auditor's findings."),
    ]}]},
    attendees=[A("S Rotheram", PRESENT, "Chairperson of the Combined Authority"), A("P Davies", PRESENT),
               A("B Grunewald", PRESENT), A("R Polhill", PRESENT),
               A("A O'Byrne", SUB, "Deputy Mayor", sub_for="J Anderson"), A("M Murphy", SUB, sub_for="A Moorhead"),
               A("T O'Neill", PRESENT, "Associate Member"), A("F McKenna", SUB, sub_for="I Moran"),
               A("Jane Kennedy", PRESENT, "Co-opted Member - Criminal Justice"),
               A("L Robinson", PRESENT, "Co-opted Member - Transport"),
               A("Janet Beer", IN_ATT, "Mayoral Advisor"), A("E Loudon", IN_ATT, "Mayoral Advisor"),
               A("J Anderson", APOLOGIES, "Mayor"), A("A Moorhead", APOLOGIES), A("I Maher", APOLOGIES),
               A("A Hamid", APOLOGIES), A("I Moran", APOLOGIES, "Associate Member"),
               A("Luciana Berger", APOLOGIES, "Mayoral Advisor – Mental Health"),
               A("Kate Farrell", APOLOGIES, "Mayoral Advisor – Homelessness"), A("Sara Wilde-McKeown", APOLOGIES),
               A("Gideon Ben-Tovim", APOLOGIES, "Mayoral Advisor – Natural Environment"),
               A("Barbara Spicer", APOLOGIES, "Mayoral Advisor – Social Housing Growth")],
    decisions=[D("RESOLVED – That the minutes of the meeting of the Liverpool City Region Combined Authority held on 18 "
                 "August 2017 be approved as a correct record.", "approved", "68",
                 "MINUTES OF THE COMBINED AUTHORITY MEETING HELD ON 18 AUGUST 2017")],
)

_TVCA16_MEMBERS = [
    ("Mayor David Budd (Chair)", "Mayor of Middlesbrough Council", "MBC", PRESENT, None, "Mayor", "Middlesbrough Council"),
    ("Councillor Bill Dixon", "Leader of Darlington Borough Council", "DBC", PRESENT, None, "Leader",
     "Darlington Borough Council"),
    ("Councillor Kevin Cranney (Substitute for Councillor Christopher Akers-Belcher)", "Hartlepool Borough Council", "HBC",
     SUB, "Christopher Akers-Belcher", None, "Hartlepool Borough Council"),
    ("Councillor Jim Beall (Substitute for Councillor Bob Cook)", "Stockton-on-Tees Borough Council", "SBC", SUB,
     "Bob Cook", None, "Stockton-on-Tees Borough Council"),
    ("Paul Booth", "Chair of Tees Valley LEP", "LEP", PRESENT, None, "Chair", "Tees Valley LEP"),
]
_TVCA16_APOLOGIES = [
    ("Councillor Sue Jeffrey", "Leader of Redcar and Cleveland Borough Council", "R&CBC", "Leader",
     "Redcar and Cleveland Borough Council"),
    ("Councillor Bob Cook", "Leader of Stockton-on-Tees Borough Council", "SBC", "Leader", "Stockton-on-Tees Borough Council"),
] + [(n, "Member of Tees Valley LEP", "LEP", "Member", "Tees Valley LEP") for n in
     ("Paul Croney", "Ian Kinnery", "Alastair MacColl", "Naz Parkar", "Nigel Perry", "David Robinson", "David Soley",
      "Alison Thain")]
_TVCA16_OFFICERS = [
    ("Gill Alexander", "Chief Executive of Hartlepool Borough Council", "HBC", "Chief Executive", "Hartlepool Borough Council"),
    ("Peter Bell", "Stockton-on-Tees Borough Council", "SBC", None, "Stockton-on-Tees Borough Council"),
    ("David Bond", "Monitoring Officer (TVCA)", "SBC", "Monitoring Officer", None),
    ("James Bromiley", "TVCA", "R&CBC", None, "TVCA"),
    ("Ada Burns", "Chief Executive of Darlington Borough Council", "DBC", "Chief Executive", "Darlington Borough Council"),
    ("Linda Edworthy", "TVCA", "TVU", None, "TVCA"),
    ("Rob Mitchell", "Redcar and Cleveland Borough Council", "", None, "Redcar and Cleveland Borough Council"),
    ("Andrew Nixon", "Redcar and Cleveland Borough Council", "", None, "Redcar and Cleveland Borough Council"),
    ("Neil Schneider", "Chief Executive of Stockton-on-Tees Borough Council", "SBC", "Chief Executive",
     "Stockton-on-Tees Borough Council"),
    ("Amanda Skelton", "Chief Executive of Redcar and Cleveland Borough Council", "R&CBC", "Chief Executive",
     "Redcar and Cleveland Borough Council"),
]


def _tv_name(printed: str) -> str:
    return re.sub(r"\s*\(.*\)$", "", printed).removeprefix("Councillor ").removeprefix("Mayor ")


case(
    id="tees-valley-ca-board-2016", year=2016, format="pdf", layout="pdf_text_table",
    url="https://docsbay.net/doc/1002616/declarations-of-interest",
    body="Tees Valley Combined Authority Board", body_kind="combined_authority",
    patterns=["attendees_heading_then_group_subheadings", "name_role_abbreviation_table", "substitute_for_in_name_cell",
              "associate_members_group", "officers_group", "also_in_attendance_standing_in_for", "minute_refs_tvca_nn_16"],
    notes="Meeting of 8 July 2016, Meeting Room 1, Cavendish House. Councillor Akers-Belcher is substituted with no "
          "apology recorded (optional). The stored copy ends inside minute TVCA 35/16; the case ends with a short "
          "narrative for it.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("TEES VALLEY COMBINED AUTHORITY BOARD", bold=True, size=12),
        T("Meeting Room 1, Cavendish House, Teesdale Business Park, Stockton-on-Tees at 11.00am on Friday, 8th July 2016"),
        GAP(3),
        T("ATTENDEES", bold=True),
        TABLE([["Members", "", ""]] + [[n, r, a] for n, r, a, *_ in _TVCA16_MEMBERS]
              + [["Associate Members", "", ""], ["Phil Cook", "Member of Tees Valley LEP", "LEP"]]
              + [["Apologies for absence", "", ""]] + [[n, r, a] for n, r, a, *_ in _TVCA16_APOLOGIES]
              + [["Officers", "", ""]] + [[n, r, a] for n, r, a, *_ in _TVCA16_OFFICERS]
              + [["Also in attendance", "", ""], ["Neil Graham (Standing in for Naz Parkar - LEP Member)", "", ""]],
              [74, 80, 20], size=9),
        GAP(4),
        TABLE([["", "", "Action"],
               ["TVCA 34/16", "DECLARATIONS OF INTEREST\nThere were no interests declared.", ""],
               ["TVCA 35/16", "TEES VALLEY COMBINED AUTHORITY DRAFT GOVERNANCE REVIEW\nThe Board considered a report "
                              "on the draft review of the Combined Authority's governance arrangements.", ""]],
              [24, 130, 20], size=9),
    ]}]},
    attendees=[A(_tv_name(n), st, r, o, sub_for=sf) for n, _, _, st, sf, r, o in _TVCA16_MEMBERS]
    + [A("Christopher Akers-Belcher", APOLOGIES, optional=True)]
    + [A("Phil Cook", PRESENT, "Member", "Tees Valley LEP")]
    + [A(_tv_name(n), APOLOGIES, r, o) for n, _, _, r, o in _TVCA16_APOLOGIES]
    + [A(n, IN_ATT, r, o) for n, _, _, r, o in _TVCA16_OFFICERS]
    + [A("Neil Graham", SUB, None, None, sub_for="Naz Parkar")],
    decisions=[],
)


# ---------------------------------------------------------------------------------------------------------
# Health and wellbeing boards; a council with a health item

def _old_moderngov(committee_when: str, venue: str, items: list[tuple[str, list[str], list[str]]],
                   heading: str = "Agenda and minutes") -> str:
    """Older ModernGov ieListDocuments page: 'No. Item' table whose items carry agenda text and then the minutes
    paragraphs with no 'Minutes:' label and no item numbers."""
    rows = []
    for title, agenda, minutes in items:
        cell = [f"<p><strong>{esc(title)}</strong></p>", paras(agenda), paras(minutes)]
        rows.append(f'<tr><td></td><td>{"".join(cell)}</td></tr>')
    body = (f"<h1>{esc(heading)}</h1>\n<h2>{esc(committee_when)}</h2>\n<p>Venue: {esc(venue)}. View directions</p>\n"
            "<table><tr><th>No.</th><th>Item</th></tr>\n" + "\n".join(rows) + "</table>")
    return page(f"{heading} - {committee_when}", body)


case(
    id="dartford-gravesham-swanley-hwb-2016", year=2016, format="html", layout="moderngov_html",
    url="https://committeedmz.dartford.gov.uk/ieListDocuments.aspx?CId=434&MId=2597&Ver=4",
    body="Dartford Gravesham and Swanley Health and Wellbeing Board", body_kind="hwb",
    patterns=["apologies_sentence_names_only", "new_member_welcomed_by_name", "chair_handover_named",
              "minutes_confirmed_as_correct_record", "items_without_numbers", "no_minutes_label"],
    notes="Meeting of 25 August 2016 (a local health and wellbeing board for the Dartford, Gravesham and Swanley "
          "area). The stored page shows no item numbers and no 'Minutes:' labels. Mr Nick Moor, welcomed to his "
          "first Board meeting as a member, and Councillor Ann Allen, asked to take the Chair later, are named "
          "outside the attendance statement (optional). Members said to have left the Board are not attendees. The "
          "stored copy ends inside the Kent HWB item; the case ends with a short narrative for it.",
    document=_old_moderngov(
        "Dartford Gravesham and Swanley Health and Wellbeing Board - Thursday 25 August 2016 1.30 pm",
        "Council Chamber - Civic Centre", [
            ("Apologies for Absence", [], [
                "Apologies for absence were received from Graham Harris, Dr Elizabeth Lunt, and Ann Tidmarsh.",
                "The Chairman reported that since the last meeting Stuart Collins and Cecilia Yardley had left the "
                "Board. Mr Collins had received promotion within KCC and his place was to be taken by Mr Nick Moor. "
                "The Chairman welcomed Mr Moor to his first Board meeting.",
                "The Chairman said he had written to Ms Yardley to thank her for her work on the Board.",
                "The Chairman explained that he would have to leave at 2.30pm for a funeral, and asked Councillor Ann "
                "Allen to take the Chair at that point."]),
            ("Declarations Of Interest", [], ["There were no Declarations of Interest received."]),
            ("Minutes", ["The Minutes of the meeting of the Dartford Gravesham and Swanley Health and Wellbeing Board "
                         "held on 8 June 2016 are attached for confirmation.",
                         "Issues arising from the Minutes not addressed elsewhere on the Agenda can be raised at this "
                         "item."],
             ["The minutes of the Dartford Gravesham and Swanley Health and Wellbeing Board, held on 8 June 2016 were "
              "confirmed as a correct record of that meeting."]),
            ("Kent County Council Health and Wellbeing Board",
             ["The Chairman may wish to report on any issues of relevance to this Board arising from the meeting held "
              "on 20 July 2016", "The Agenda for the meeting is attached as an aide memoire."],
             ["The Chairman gave the Board an account of the county board's meeting of 20 July 2016."]),
        ]),
    attendees=[A("Graham Harris", APOLOGIES), A("Elizabeth Lunt", APOLOGIES), A("Ann Tidmarsh", APOLOGIES),
               A("Nick Moor", PRESENT, optional=True), A("Ann Allen", PRESENT, optional=True)],
    decisions=[D("The minutes of the Dartford Gravesham and Swanley Health and Wellbeing Board, held on 8 June 2016 "
                 "were confirmed as a correct record of that meeting.", "approved", None, "Minutes")],
)

_LLANELLI12_GRID = ["L. A. Beer", "G. N. R. Edwards", "T. Bowen", "H. J. Evans", "S. M. Caiach", "M. L. Evans",
                    "D. M. Cundy", "R. E. Evans", "M. V. Davies", "S. N. Lewis", "S. L. Davies", "A. G. Morgan",
                    "S. M. Donoghue", "A. Rogers", "W. V. Thomas"]

case(
    id="llanelli-rural-council-2012", year=2012, format="pdf", layout="pdf_text_grid",
    url="https://docslib.org/doc/3257942/11th-january-2000",
    body="Llanelli Rural Council", body_kind="council",
    patterns=["present_chairman_then_cllrs_grid", "dotted_initials", "page_header_numbers", "minute_nos_range",
              "resolved_that_minutes_confirmed_list", "resolved_information_noted", "hospital_item"],
    notes="Council meeting of 9 October 2012 (a community council whose main item was the future of Prince Philip "
          "Hospital). The Cllrs grid runs across two columns row by row, as in the stored copy. The stored copy "
          "ends inside minute 217; the case ends with a short narrative for it.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("- 127 -", size=9),
        T("9 October, 2012.", size=9),
        GAP(2),
        T("LLANELLI RURAL COUNCIL", bold=True, size=12),
        T("Minute Nos: 213 – 223"),
        GAP(2),
        T("At a COUNCIL Meeting of the Rural Council held at the Council Chamber, Vauxhall Buildings, Vauxhall, "
          "Llanelli, on Tuesday, 9 October, 2012, at 6.00 p.m."),
        GAP(2),
        TABLE([["Present:", "Cllr. T. Devichand (Chairman)", ""], ["", "", ""], ["", "Cllrs.", ""]]
              + [["", _LLANELLI12_GRID[i], _LLANELLI12_GRID[i + 1] if i + 1 < len(_LLANELLI12_GRID) else ""]
                 for i in range(0, len(_LLANELLI12_GRID), 2)], [24, 60, 60]),
        GAP(3),
        T("213. APOLOGIES FOR ABSENCE", bold=True),
        T("Apologies for absence were received from Cllrs. T. J. Jones, C. A. Rees and G. H. Wooldridge."),
        GAP(2),
        T("214. MEMBERS' DECLARATIONS OF INTEREST", bold=True),
        T("Cllr D. M. Cundy and Cllr H. J. Evans declared personal interests in respect of Minute No. 217 below, both "
          "being members of the SOSPPAN Campaign Committee."),
        GAP(2),
        T("215. CONFIRMATION OF MINUTES", bold=True),
        T("RESOLVED that the following Minutes (copies of which had been previously circulated to Members) be "
          "confirmed and signed as a true record of proceedings:-"),
        TABLE([["Council", "11 September, 2012"], ["Recreation and Welfare Committee", "18 September, 2012"],
               ["Policy and Resources Committee", "19 September, 2012"],
               ["Planning and Liaison Committee", "24 September, 2012"],
               ["Finance and General Purposes Committee", "25 September, 2012"]], [80, 50]),
        GAP(2),
        T("216. MATTERS ARISING", bold=True),
        T("PRESS COVERAGE", bold=True),
        T("Further to Minute No. 170 (1) the Leader said the Clerk had asked the editor of the local paper for a "
          "meeting and was still waiting for a reply."),
        T("RESOLVED that the information be noted."),
        GAP(2),
        T("217. YOUR HEALTH YOUR FUTURE – PRINCE PHILIP HOSPITAL (PPH)", bold=True),
        T("(1) PROGRESS REPORT (2) CORRESPONDENCE RECEIVED FROM BELLIS-JONES HILL, HEALTHCARE MANAGEMENT SOLUTIONS",
          bold=True),
        T("The Clerk outlined what had happened on the hospital campaign since the Council last met."),
    ]}]},
    attendees=[A("T. Devichand", PRESENT, "Chairman")] + [A(n, PRESENT) for n in _LLANELLI12_GRID]
    + [A("T. J. Jones", APOLOGIES), A("C. A. Rees", APOLOGIES), A("G. H. Wooldridge", APOLOGIES)],
    decisions=[D("RESOLVED that the following Minutes (copies of which had been previously circulated to Members) be "
                 "confirmed and signed as a true record of proceedings:- Council 11 September, 2012 Recreation and "
                 "Welfare Committee 18 September, 2012 Policy and Resources Committee 19 September, 2012 Planning and "
                 "Liaison Committee 24 September, 2012 Finance and General Purposes Committee 25 September, 2012",
                 "approved", "215", "CONFIRMATION OF MINUTES"),
               D("RESOLVED that the information be noted.", "noted", "216", "MATTERS ARISING")],
)


_RBH07_PRESENT = [("Lord Newton of Braintree", "Chairman"), ("Mr C Perrin", "Deputy Chairman"), ("Mr R Bell", "Chief Executive"),
                  ("Mrs C Croft", "Non-Executive Director"), ("Professor T Evans", "Medical Director"),
                  ("Mrs J Hill", "Non-Executive Director"), ("Mr R Hunting", "Non-Executive Director"),
                  ("Mr M Lambert", "Director of Finance and Performance"),
                  ("Professor A Newman Taylor", "Non-Executive Director"), ("Mr P Mitchell", "Director of Operations"),
                  ("Dr. C Shuldham", "Director of Nursing and Governance")]
_RBH07_INVITED = [("Mrs M Cabrelli", "Director of Estates and Facilities", None),
                  ("Mr R Craig", "Director of Planning and Strategy", None),
                  ("Mr N Hunt", "Director of Service Development", None),
                  ("Dr. B Keogh", "Chairman Royal Brompton Hospital Medical Committee", "Royal Brompton Hospital Medical Committee"),
                  ("Ms J Ocloo", "Chair Royal Brompton and Harefield Patient and Public Involvement Forum",
                   "Royal Brompton and Harefield Patient and Public Involvement Forum"),
                  ("Ms J Thomas", "Director of Communications", None), ("Ms J Walton", "Director of Fundraising", None)]
_RBH07_ATTENDING = [("Mr J Chapman", "Head of Administration"), ("Mrs L Davies", "Head of Performance"),
                    ("Ms S Ohri", "Deputy Director of Finance"), ("Mr R Sawyer", "Head of Risk"),
                    ("Mrs E Schutte", "Executive Assistant")]


def _rbh_name(printed: str) -> str:
    return re.sub(r"^(Lord|Professor|Dr\.|Mr|Mrs|Ms) ", "", printed)


def _labelled_lines(label: str, people: list[tuple]) -> list[list[str]]:
    return [[label if i == 0 else "", f"{p[0]}: {p[1]}"] for i, p in enumerate(people)]


case(
    id="royal-brompton-harefield-trust-board-2007", year=2007, format="pdf", layout="pdf_text_table",
    url="https://docslib.org/doc/2125183/trust-board-minutes",
    body="Royal Brompton & Harefield NHS Trust Board", body_kind="nhs_trust_board",
    patterns=["name_colon_role_lines", "present_by_invitation_in_attendance_groups", "peer_title_lord_of_place",
              "dr_with_full_stop", "ref_numbers_year_slash_nn", "minutes_were_confirmed", "new_member_welcomed"],
    notes="Meeting of 24 January 2007 in the Board Room, Royal Brompton Hospital. People invited to the meeting are "
          "labelled in attendance. The stored copy ends inside the chief executive's report; the case ends there.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("ROYAL BROMPTON & HAREFIELD NHS TRUST", bold=True, size=12),
        T("Minutes of a Meeting of the Trust Board\nheld on 24 January 2007 in the Board Room, Royal Brompton Hospital"),
        GAP(3),
        TABLE(_labelled_lines("Present:", _RBH07_PRESENT) + [["", ""]] + _labelled_lines("By invitation:", _RBH07_INVITED)
              + [["", ""]] + _labelled_lines("In Attendance:", _RBH07_ATTENDING), [30, 144], size=9),
        GAP(3),
        T("The Chairman welcomed members of the Trust staff and members of the public to the meeting."),
        GAP(2),
        TABLE([["REF", ""],
               ["2007/01", "MINUTES OF TRUST BOARD MEETING ON 20 DECEMBER 2006\nThe minutes of the meeting of the Trust "
                           "Board held on 20 December 2006 were confirmed."],
               ["2007/02", "MR RICHARD HUNTING - NON-EXECUTIVE DIRECTOR\nThe Chairman welcomed Mr Richard Hunting, "
                           "recently appointed as a Non-Executive Director of the Trust, to his first meeting."],
               ["2007/03", "REPORT FROM THE CHIEF EXECUTIVE\nThe Chief Executive returned to the issues he had flagged "
                           "two months earlier, with foundation trust status in 2007 still the key goal."]],
              [20, 154], size=9),
    ]}]},
    attendees=[A(_rbh_name(n), PRESENT, r) for n, r in _RBH07_PRESENT]
    + [A(_rbh_name(n), IN_ATT, "Chairman" if o and r.startswith("Chairman") else ("Chair" if o else r), o)
       for n, r, o in _RBH07_INVITED]
    + [A(_rbh_name(n), IN_ATT, r) for n, r in _RBH07_ATTENDING],
    decisions=[D("The minutes of the meeting of the Trust Board held on 20 December 2006 were confirmed.", "approved",
                 "2007/01", "MINUTES OF TRUST BOARD MEETING ON 20 DECEMBER 2006")],
)


# ---------------------------------------------------------------------------------------------------------
# Partnerships and networks with NHS members

_NEHSN10_MEMBERS = [("Marian Swift", "Darlington Borough Council"), ("Stuart Green", "Gateshead Council"),
                    ("Jonathan Brash", "Hartlepool Borough Council"), ("Lawrence Hunter", "Newcastle City Council"),
                    ("Margaret Richards", "Northumberland County Council"), ("Margaret Finlay", "North Tyneside Council"),
                    ("Steve Kay", "Redcar and Cleveland Council"), ("Ann Cains", "Stockton-on-Tees Borough Council"),
                    ("Graham Hall", "Sunderland City Council")]
_NEHSN10_OFFICER_ORGS = ["Darlington Borough Council", "Durham County Council", "Durham County Council", "Gateshead Council",
                         "Hartlepool Borough Council", "Middlesbrough Council", "Newcastle City Council",
                         "Newcastle City Council", "North Tyneside Council", "Northumberland County Council",
                         "Redcar and Cleveland Council", "Stockton-on-Tees Borough Council", "South Tyneside Council",
                         "Sunderland City Council", "Centre for Public Scrutiny"]

case(
    id="north-east-regional-health-scrutiny-network-2010", year=2010, format="pdf", layout="pdf_text_paragraphs",
    url="https://docsbay.net/north-east-regional-health-scrutiny-network",
    body="North East Regional Health Scrutiny Network", body_kind="health_scrutiny",
    patterns=["elected_members_cllr_name_comma_council", "officer_list_councils_only", "apologies_semicolon_list_with_councils",
              "declarations_initials", "chair_elected_in_item", "minutes_approved_as_correct_record"],
    notes="Meeting of representatives of the twelve north east councils' health overview and scrutiny committees, "
          "26 February 2010. The stored copy's officer list shows only the officers' councils (their names are "
          "lost); the case prints it the same way and labels no one from it. The stored copy ends inside item 3; "
          "the case ends with a short narrative for it.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("NORTH EAST REGIONAL HEALTH SCRUTINY NETWORK", bold=True, size=12),
        T("A meeting of representatives of the health Overview and Scrutiny Committees of the twelve local authorities "
          "in North East England."),
        T("10.30 a.m. Friday 26th February 2010\nCouncil Chamber\nCivic Centre\nNewcastle Road"),
        GAP(3),
        T("Minutes of the meeting", bold=True),
        GAP(2),
        T("Elected Members", bold=True),
        T("\n".join(f"Cllr {n}, {o}" for n, o in _NEHSN10_MEMBERS)),
        GAP(2),
        T("Officers", bold=True),
        T("\n".join(_NEHSN10_OFFICER_ORGS)),
        GAP(2),
        T("Apologies for Absence", bold=True),
        T("Cllr Robin Todd, Durham County Council; Cllr Eddie Dryden, Middlesbrough Council; Cllr Ernest Gibson, South "
          "Tyneside Council."),
        T("Declarations of Interest", bold=True),
        T("Cllrs S. Kay and G. Hall declared an interest in Item 7 - Joint Regional Scrutiny Review of the health of "
          "veterans 2010."),
        GAP(2),
        T("2. Election of Chair", bold=True),
        T("Councillor Ann Cains, Stockton-on-Tees Borough Council was elected as Chairman."),
        T("The minutes of the meeting held on 12th January were approved as a correct record."),
        T("JB reported that the officers' meeting planned for 28 January had taken place and had set the programme for "
          "this meeting and the next one on 31 March."),
        GAP(2),
        T("Establishing a North East Region Joint Health Overview and Scrutiny Committee - Protocols and associated "
          "issues.", bold=True),
        T("SG presented draft proposals for a protocol for the new regional joint committee."),
    ]}]},
    attendees=[A(n, PRESENT, "Chairman" if n == "Ann Cains" else None, o) for n, o in _NEHSN10_MEMBERS]
    + [A("Robin Todd", APOLOGIES, None, "Durham County Council"), A("Eddie Dryden", APOLOGIES, None, "Middlesbrough Council"),
       A("Ernest Gibson", APOLOGIES, None, "South Tyneside Council")],
    decisions=[D("Councillor Ann Cains, Stockton-on-Tees Borough Council was elected as Chairman.", "approved", "2",
                 "Election of Chair"),
               D("The minutes of the meeting held on 12th January were approved as a correct record.", "approved", "2",
                 "Election of Chair")],
)


def _highland_page(title: str, date: str, blocks: list[str]) -> str:
    """highland.gov.uk meeting page: 'Agendas, reports and minutes', committee, date, then the minutes text."""
    body = [f"<h1>Agendas, reports and minutes</h1>", f"<h2>{esc(title)}</h2>", f"<p>Date: {esc(date)}</p>",
            "<p>Minutes: Read the Minutes</p>", paras(blocks)]
    return page(f"{title} - {date}", "\n".join(body))


_HCPP17_GROUPS = [
    ("Representing the Highland Council (HC):", ["Mr A Christie", "Mr B Lobban", "Mr S Barron", "Ms A Clark",
                                                "Mr I Kyle (Substitute)", "Mr A McCann (Substitute)"], "Highland Council"),
    ("Representing Highlands and Islands Enterprise (HIE):", ["Mr J Gibbs"], "Highlands and Islands Enterprise"),
    ("Representing the Highland Third Sector Interface (HTSI):", ["Ms I Grigor", "Ms M Wylie"],
     "Highland Third Sector Interface"),
    ("Representing High Life Highland (HLH):", ["Mr I Ross (Substitute)", "Mr I Murray"], "High Life Highland"),
    ("Representing NHS Highland (NHSH):", ["Dr D Alston", "Mrs J Baird", "Dr H van Woerden", "Ms C Steer"], "NHS Highland"),
    ("Representing Police Scotland (PS):", ["Ch Supt G Macdonald"], "Police Scotland"),
    ("Representing the Scottish Fire and Rescue Service (SFRS):",
     ["Mr M Loynd (Substitute) (also representing East Ross Community Partnership)"], "Scottish Fire and Rescue Service"),
    ("Representing the Scottish Government (SG):", ["Ms D Mackinnon"], "Scottish Government"),
    ("Representing Scottish Natural Heritage (SNH):", ["Mr G Hogg"], "Scottish Natural Heritage"),
]
_HCPP17_CHAIRS = ["Ch Insp I Maclelland, Sutherland", "Mr M Loynd, East Ross", "Ms A Clark, Mid Ross",
                  "Mr S MacPherson, Skye, Lochalsh and West Ross (Interim Chair)", "Ch Insp B Mackay, Nairn",
                  "Mr G Ross, Inverness"]
_HCPP17_APOLOGIES = ["G Moir", "M Davidson", "A Mackinnon", "M Smith", "B Alexander", "S Black", "P Mascarenhas",
                     "E Johnston", "D Oxley", "D McLachlan", "E Mead", "M Foxley", "R Iffla", "J MacDonald", "D Rawlinson",
                     "R Kirk", "F Nixon"]


def _hcpp_name(printed: str) -> str:
    text = re.sub(r"\s*\(.*$", "", printed).split(",")[0]
    return re.sub(r"^(Mr|Mrs|Ms|Dr|Ch Supt|Ch Insp) ", "", text)


_HCPP17_LABELS = []
for _heading, _people, _org in _HCPP17_GROUPS:
    for _p in _people:
        if _hcpp_name(_p) == "M Loynd":
            continue  # also a community partnership chair below; labelled once, as a substitute
        _HCPP17_LABELS.append(A(_hcpp_name(_p), SUB if "(Substitute)" in _p else PRESENT,
                                "Chair" if _p == "Dr D Alston" else None, _org))
_HCPP17_LABELS += [A("M Loynd", SUB, None, "Scottish Fire and Rescue Service")]
_HCPP17_LABELS += [A(_hcpp_name(c), PRESENT, "Interim Chair" if "Interim" in c else "Chair",
                     c.split(", ", 1)[1].replace(" (Interim Chair)", ""))
                   for c in _HCPP17_CHAIRS if _hcpp_name(c) not in ("M Loynd", "A Clark")]
_HCPP17_LABELS += [A("M Murray", IN_ATT, "Committee Administrator", "Highland Council"),
                   A("J Green", IN_ATT, "Administrative Assistant", "Highland Council")]
_HCPP17_LABELS += [A(n, APOLOGIES) for n in _HCPP17_APOLOGIES]

case(
    id="highland-community-planning-board-2017", year=2017, format="html", layout="council_minutes_page",
    url="https://www.highland.gov.uk/meetings/meeting/3886/highland_community_planning_partnership_board/attachment/73342",
    body="Highland Community Planning Partnership Board", body_kind="partnership",
    patterns=["representing_org_group_headings", "substitute_in_brackets", "also_representing_clause",
              "community_partnership_chairs_name_comma_area", "in_the_chair_line", "apologies_intimated_on_behalf_of",
              "board_noted_approved_minutes_list"],
    notes="Meeting of 4 October 2017 at Police Scotland divisional headquarters, Inverness, chaired by the chair of "
          "NHS Highland. People listed twice (a substitute who also chairs a community partnership; a councillor who "
          "also chairs one) are labelled once. Community partnership chairs carry their area as organisation. The "
          "stored copy ends inside the list of minutes approved; the case ends with that list's first entries, "
          "completed as two short items.",
    document=_highland_page("Highland Community Planning Partnership Board", "Wednesday, 4 October 2017", [
        "Minutes of Meeting of the Community Planning Board held in the Main Conference Room, Police Scotland, "
        "Divisional Headquarters, Old Perth Road, Inverness on Wednesday 4 October 2017 at 10.00 am.",
        "Present:"]
        + [b for heading, people, _ in _HCPP17_GROUPS for b in ([heading] + people)]
        + ["Community Partnership Chairs:"] + _HCPP17_CHAIRS
        + ["In attendance:", "Miss M Murray, Committee Administrator, Highland Council",
           "Miss J Green, Administrative Assistant, Highland Council", "Dr D Alston in the Chair", "Business",
           "1. Apologies for Absence",
           "Apologies for absence were intimated on behalf of " + ", ".join(
               f"{t} {n}" for t, n in zip(["Mr", "Mrs", "Mr", "Ms", "Mr", "Mr", "Mr", "Ms", "Mr", "Mr", "Ms", "Dr", "Mr",
                                           "Mr", "Ms", "Mr"], _HCPP17_APOLOGIES[:-1])) + " and Mr F Nixon.",
           "2. Minutes of Meetings", "The Board:",
           "i. NOTED the Minutes of the Community Justice Partnership – 22 June 2017;",
           "ii. APPROVED the Minutes of the previous meeting of the Board."]),
    attendees=_HCPP17_LABELS,
    decisions=[D("The Board: i. NOTED the Minutes of the Community Justice Partnership – 22 June 2017; ii. APPROVED the "
                 "Minutes of the previous meeting of the Board.", "approved", "2", "Minutes of Meetings")],
)


# ---------------------------------------------------------------------------------------------------------
# Decision-led pages (attendance outside the stored copy or only in narrative)

def _gov_scot_page(title: str, summary: str, sections: list[tuple[str, list[str]]]) -> str:
    """gov.scot publication page: title, one-line summary, then headed sections of numbered paragraphs."""
    body = [f"<h1>{esc(title)}</h1>", f"<p>{esc(summary)}</p>"]
    for heading, blocks in sections:
        body.append(f"<h2>{esc(heading)}</h2>")
        body.append(paras(blocks))
    return page(title, "\n".join(body))


case(
    id="scotland-hsc-delivery-plan-programme-board-2019", year=2019, format="html", layout="gov_scot_page",
    url="http://www.gov.scot/publications/health-and-social-care-delivery-plan-national-programme-board-minutes-march-2019/",
    body="Health and Social Care Delivery Plan National Programme Board", body_kind="national_board",
    patterns=["numbered_paragraphs_not_items", "attendees_in_annex_not_shown", "minutes_agreed_without_amendment",
              "board_agreed_to_consider", "the_board_colon_bullets_noted_and_agreed", "action_lines"],
    notes="Thirteenth meeting, 1 March 2019. The attendance list is in an annex the stored copy does not reach; the "
          "chair, an interim director attending and a presenter are named only in narrative (optional). Paragraph "
          "numbers are not item numbers: decisions carry no item. The stored copy ends after two action lines; the "
          "case ends there.",
    document=_gov_scot_page(
        "Health and Social Care Delivery Plan: National Programme Board minutes, March 2019",
        "Minutes of the thirteenth meeting of the National Programme Board for the Health and Social Care Delivery "
        "Plan, held on 1 March 2019.", [
            ("Welcome and apologies", [
                "1. Shirley Rogers welcomed Members to the thirteenth meeting of the Programme Board. Attendees "
                "introduced themselves.",
                "2. The Chair told the group that Andrew Scott had moved from Director of Population Health to lead EU "
                "exit preparations, and that Richard Foggo, appointed interim Director, was attending in his place.",
                "3. A full list of attendees and apologies are at Annex A."]),
            ("Matters arising", [
                "4. The minutes of 12 November 2018 were agreed without amendment.",
                "5. The remaining actions on the log were either on the agenda or would come to later meetings."]),
            ("Progress report", [
                "6. Justine Westwood introduced paper NPB/2019/01-03/01 on progress with the Delivery Plan's main "
                "programmes. In consideration of the progress report, the board agreed to consider the following in "
                "more detail at future meetings:",
                "<ul><li>The Cancer Programme;</li><li>Establishing the new Public Health body;</li><li>Digital Health "
                "and Care Strategy;</li><li>Capital Investment Strategy;</li><li>Waiting Times Improvement Plan;</li>"
                "<li>Unscheduled Care Programme;</li><li>Workforce Planning; and</li><li>Future Vision work.</li></ul>",
                "7. The board heard how the Delivery Plan refresh and programme reporting were being developed, and "
                "agreed to consider this in more detail at a future meeting.",
                "8. The Board:",
                "<ul><li>noted the progress of the underlying programmes and the update on the risks and issues; and"
                "</li><li>agreed the revised milestone dates and follow-up requirements.</li></ul>",
                "Action 78: secretariat to find agenda slots at future meetings for each programme listed at para 6.",
                "Action 79: secretariat to arrange a fuller discussion of the Delivery Plan refresh."]),
        ]),
    attendees=[A("Shirley Rogers", PRESENT, "Chair", optional=True),
               A("Richard Foggo", PRESENT, "interim Director", optional=True),
               A("Justine Westwood", PRESENT, optional=True)],
    decisions=[D("The minutes of 12 November 2018 were agreed without amendment.", "approved", None, "Matters arising"),
               D("In consideration of the progress report, the board agreed to consider the following in more detail at "
                 "future meetings: The Cancer Programme; Establishing the new Public Health body; Digital Health and "
                 "Care Strategy; Capital Investment Strategy; Waiting Times Improvement Plan; Unscheduled Care "
                 "Programme; Workforce Planning; and Future Vision work.", "agreed", None, "Progress report"),
               D("The board heard how the Delivery Plan refresh and programme reporting were being developed, and agreed to "
                 "consider this in more detail at a future meeting.", "agreed", None, "Progress report"),
               D("The Board: noted the progress of the underlying programmes and the update on the risks and issues; and "
                 "agreed the revised milestone dates and follow-up requirements.", "noted", None, "Progress report")],
)

case(
    id="plymouth-safeguarding-adults-board-2015", year=2015, format="html", layout="moderngov_html",
    url="https://democracy.plymouth.gov.uk/ieListDocuments.aspx?CId=1016&MeetingId=6009",
    body="Plymouth Safeguarding Adults Board", body_kind="safeguarding_board",
    patterns=["agreed_that_sentences", "items_without_numbers", "no_minutes_label", "new_chair_named_in_narrative",
              "minutes_confirmed_agreed_that", "matters_arising_bullets"],
    notes="Meeting early in 2015 (year inferred: it confirms the minutes of 3 October 2014 and plans sign-off in April "
          "2015). The stored page prints no attendance list; the new chair is named only in narrative (optional), and "
          "people thanked are not attendees. The stored copy ends inside the matters arising; the case ends there.",
    document=_old_moderngov("Plymouth Safeguarding Adults Board", "Windsor House", [
        ("Chair's Introduction", [], [
            "Andy Bickley welcomed everyone to the meeting. As the new Chair he said that much preparatory work had "
            "been done outside the meeting on the board's direction, including a business plan, a finance plan and "
            "the effect of the Care Act.",
            "The Chair thanked the previous Chair for his work and thanked a colleague for managing the transition.",
            "He wanted the board to have a clear identity and purpose and asked members for feedback and challenge on "
            "the business plan.",
            "Agreed that the Plymouth Safeguarding Adults Board Business plan is signed off in April 2015."]),
        ("Minutes and Matters Arising", [], [
            "Agreed that the minutes of the meeting held on the 3 October 2014 be confirmed.",
            "Matters Arising",
            "<ul><li>Minute 19 - self-assessment. The board would hear an update later in the agenda.</li>"
            "<li>Minute 20b - making safeguarding personal. A single agency working group had been set up and "
            "meetings were planned.</li></ul>"]),
    ], heading="Agenda and minutes").replace("<h2>Plymouth Safeguarding Adults Board</h2>\n<p>Venue: Windsor House. "
                                             "View directions</p>",
                                             "<h2>Plymouth Safeguarding Adults Board</h2>\n<p>Venue: Windsor House</p>\n"
                                             "<p>Contact: Amelia Boulter</p>"),
    attendees=[A("Andy Bickley", PRESENT, "Chair", optional=True)],
    decisions=[D("Agreed that the Plymouth Safeguarding Adults Board Business plan is signed off in April 2015.", "agreed",
                 None, "Chair's Introduction"),
               D("Agreed that the minutes of the meeting held on the 3 October 2014 be confirmed.", "approved", None,
                 "Minutes and Matters Arising")],
)


def _moderngov_table_page(venue: str, contact: str, items: list[tuple[str, list[str], list[str]]]) -> str:
    """Newer ModernGov ieListDocuments page as stored without its heading line: a 'No. | Item' table whose rows
    carry no numbers; agenda text, 'Additional documents:', then 'Minutes:' and the minutes paragraphs."""
    rows = []
    for title, agenda, minutes in items:
        cell = [f"<p><strong>{esc(title)}</strong></p>", paras(agenda), "<p>Additional documents:</p>",
                "<p>Minutes:</p>", paras(minutes)]
        rows.append(f'<tr><td></td><td>{"".join(cell)}</td></tr>')
    body = (f"<h1>Agenda and minutes</h1>\n<p>Venue: {esc(venue)}</p>\n<p>Contact: {esc(contact)}</p>\n"
            "<table><tr><th>No.</th><th>Item</th></tr>\n" + "\n".join(rows) + "</table>")
    return page("Agenda and minutes", body)


case(
    id="wirral-adult-social-care-public-health-committee-2022", year=2022, format="html", layout="moderngov_html",
    url="https://democracy.wirral.gov.uk/ieListDocuments.aspx?CId=915&MId=9045",
    body="Wirral Council Adult Social Care and Public Health Committee", body_kind="council_committee",
    patterns=["items_deferred_on_motion", "apologies_councillors_list_after_explanation", "ccg_officer_apology_in_narrative",
              "mover_seconder_named", "items_without_numbers", "minutes_resolved_dash_that"],
    notes="ModernGov committee 915 of Wirral Council (no other set uses it); the stored page prints no committee name "
          "or date, and the name is taken from its business (adult social care and public health items presented by "
          "the CCG). Year inferred (it confirms minutes of 9 November 2021). The mover and seconder are named only "
          "in the motion (optional). The stored copy ends inside the minutes resolution; the case completes it as "
          "'be approved as a correct record'.",
    document=_moderngov_table_page("Floral Pavillion", "Dan Sharples, Democracy Business Manager Tel: 0151 666 3791", [
        ("WELCOME AND INTRODUCTION", [], [
            "The Chair welcomed Members, Officers and any members of the public viewing to the meeting.",
            "She reported that the Chief Executive of NHS Wirral Clinical Commissioning Group (CCG), who was to present "
            "Item 6 and Item 7, had sent apologies because of self-isolation, and that in her view the Committee "
            "should not take those items without him.",
            "On a motion proposed by Councillor Jenny Johnson, seconded by Councillor Dave Mitchell, it was unanimously "
            "resolved – that Item 6 ‘Thorn Heys Respite Provision Update’ and Item 7 ‘Integrated Care System’ be "
            "deferred to a future meeting to be arranged between the Chair and Group Spokespersons."]),
        ("APOLOGIES", [], [
            "The Chair reported that following receiving apologies for absence from Simon Banks, members were advised "
            "that they were not all required to attend. Therefore, apologies for absence were received from "
            "Councillors Jean Robinson, Bruce Berry, David Brennan, Ivan Camphor, Tony Cottier, Paul Martin and Joe "
            "Walsh."]),
        ("MEMBERS' CODE OF CONDUCT - DECLARATIONS OF INTEREST",
         ["Members are asked to consider whether they have any disclosable pecuniary interests and/or any other relevant "
          "interest in connection with any item(s) on this agenda and, if so, to declare them and state the nature of "
          "the interest."],
         ["Members were asked to consider whether they had any disclosable pecuniary interests and/or any other "
          "relevant interest in connection with any item(s) on this agenda and, if so, to declare them and state what "
          "they were.", "No declarations were made."]),
        ("MINUTES", ["To approve the accuracy of the minutes of the meeting held on 9 November 2021."],
         ["Resolved – That the accuracy of the minutes of the meeting held on 9 November 2021 be approved as a correct "
          "record."]),
    ]),
    attendees=[A("Simon Banks", APOLOGIES)]
    + [A(n, APOLOGIES) for n in ("Jean Robinson", "Bruce Berry", "David Brennan", "Ivan Camphor", "Tony Cottier",
                                 "Paul Martin", "Joe Walsh")]
    + [A("Jenny Johnson", PRESENT, optional=True), A("Dave Mitchell", PRESENT, optional=True)],
    decisions=[D("On a motion proposed by Councillor Jenny Johnson, seconded by Councillor Dave Mitchell, it was "
                 "unanimously resolved – that Item 6 ‘Thorn Heys Respite Provision Update’ and Item 7 ‘Integrated Care "
                 "System’ be deferred to a future meeting to be arranged between the Chair and Group Spokespersons.",
                 "deferred", None, "WELCOME AND INTRODUCTION"),
               D("Resolved – That the accuracy of the minutes of the meeting held on 9 November 2021 be approved as a "
                 "correct record.", "approved", None, "MINUTES")],
)
