"""The fourteenth blind set: what each document says and how it is labelled.

Every case is modelled on one stored public page (``url``) of a UK body that appears in none of the other
evaluation sets (``evaluation/real/*``, ``evaluation/blind``, ``blind2`` .. ``blind13``; each body name, its short
forms and the page's host and path were grepped across ``evaluation/`` and the session's claims file). Attendance
sections and decision wording are reproduced as published (names, roles, organisations, statuses and formulaic
wording are public facts); every narrative paragraph is written anew and kept short. Labels come from the published
page only, never from running a parser. Labelling rules are those of ``evaluation/blind/README.md`` and blind9's
README.

Rendered by ``python evaluation/blind/build_cases.py --set evaluation/blind14`` with the blind set's renderers
(``render.py``) and, for PDFs, ``evaluation/real/pdfcase.py`` (tables, name columns, scanned pages).
"""
from __future__ import annotations

from labels import ABSENT, APOLOGIES, IN_ATT, PRESENT, SUB, A, D, bare
from pdfspec import GAP, T, TABLE
from render import esc, moderngov_meeting, page, rows_table

CASES: list[dict] = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------------------
# Safeguarding: Nottinghamshire Safeguarding Children Board (a PRESENT / APOLOGIES / DEPUTY ATTENDED grid)

_NCC = "Nottinghamshire County Council"
# (name, role, organisation, column as printed: "Y", "Y (Chair)", "A", deputy or None)
_NSCB17_ROWS = [
    ("Chris Few", "Independent Chair", "NSCB", "Y (Chair)", None),
    ("Julie Gardner", "Associate Director for Safeguarding & Social Care", "Nottinghamshire Healthcare NHS Trust",
     "Y (Vice Chair)", None),
    ("Colin Pettigrew", "Corporate Director, Children and Young People's Services", _NCC, "A", "_"),
    ("Steve Edwards", "Service Director, Youth Families & Social Work", _NCC, "Y", None),
    ("Marion Clay", "Service Director, Education, Learning & Skills, Children and Families", _NCC, "Y", None),
    ("Laurence Jones", "Interim Service Director, Commissioning and Resources Children and Family Services", _NCC, "Y",
     None),
    ("Joe Foley", "Group Manager, Safeguarding, Assurance and Improvement group", _NCC, "Y", None),
    ("Paul Johnson", "Service Director - Strategic Commissioning, Access and Safeguarding Adult Social Care, Health "
     "and Public Protection", _NCC, "Y", None),
    ("Kate Allen", "Consultant in Public Health, Children's Commissioning and Consultant in Public Health, Children's "
     "Integrated Commissioning Hub and Public Health", _NCC, "A", "Nicole Chavadura"),
    ("Cathy Burke", "Deputy Chief Nurse (Designated Nurse Safeguarding Adults, Children & LAC)",
     "NHS Bassetlaw Clinical Commissioning Group (CCG)", "A", "Bushra Ismaiel"),
    ("Val Simnett", "Designated Nurse, Safeguarding Children", "NHS (Nottinghamshire) 5 CCGs", "A", "Jane Brady"),
    ("Fiona Straw", "Designated Doctor for Safeguarding", "NHS (Nottinghamshire) 5 CCGs", "Y", None),
    ("Nadya James", "Consultant Community Paediatrician/Named Doctor for Safeguarding",
     "Nottingham University Hospital NHS Trust", "Y", None),
    ("Tina Hymas-Taylor", "Head of Safeguarding", "Sherwood Forest Hospitals NHS Trust", "Y", None),
]


def _nscb_row(name, role, org, mark, deputy):
    present = mark if mark.startswith("Y") else ""
    apologies = mark if mark == "A" else ""
    return [name, f"{role}, {org}", present, apologies, deputy or ""]


def _nscb_labels():
    out = []
    for name, role, org, mark, deputy in _NSCB17_ROWS:
        if mark.startswith("Y"):
            out.append(A(name, PRESENT, role, org))
        else:
            out.append(A(name, APOLOGIES, role, org))
            if deputy and deputy != "_":
                out.append(A(deputy, SUB, None, None, sub_for=name))
    return out


case(
    id="nottinghamshire-scb-2017", year=2017, format="pdf", layout="pdf_text_table",
    url="https://docslib.org/doc/1134990/nscb-full-board-meeting-6-december-2017-agenda-item-discussion-action-paper-"
        "circulated",
    body="Nottinghamshire Safeguarding Children Board", body_kind="safeguarding_board",
    patterns=["attendance_list_table_before_minutes", "name_role_organisation_present_apologies_deputy_columns",
              "y_and_a_marks_in_status_columns", "chair_and_vice_chair_in_present_column",
              "deputy_attended_column_names_substitute", "underscore_for_no_deputy", "role_and_organisation_in_one_cell"],
    notes="Full Board meeting of 6 December 2017 at the John Fretwell Centre (a Word table re-published as text by an "
          "aggregator; rendered as a text PDF table, one row per member). The stored copy's cells run together; the "
          "rows are rebuilt in the printed order: 'Y' in PRESENT, 'A' in APOLOGIES and a name (or '_') in DEPUTY "
          "ATTENDED. A deputy named there is labelled a substitute for the member in that row. Role and organisation "
          "share one cell; the organisation is its last part. The stored copy breaks off in the row of Tina "
          "Hymas-Taylor ('Sherwood Forest Hospitals ... NHS'); the organisation is completed as 'Sherwood Forest "
          "Hospitals NHS Trust' and the case ends after that row. No minute text or decision is in the stored copy.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Minutes of the", size=12), T("NSCB Full Board Meeting", bold=True, size=14), T("6 December 2017", size=12),
        T("Venue: John Fretwell Centre Sookholme Road"), T("V0.2"), GAP(3),
        T("Nottinghamshire Safeguarding Children Board Children, Families and Cultural Services County Hall NG2 7QP "
          "Tel No: 0115 97 73935", size=8), GAP(3),
        T("Nottinghamshire Safeguarding Children Board Wednesday 6 December 2017 - Attendance List", bold=True),
        GAP(2),
        TABLE([["NAME", "ROLE, ORGANISATION", "PRESENT", "APOLOGIES", "DEPUTY ATTENDED"]]
              + [_nscb_row(*r) for r in _NSCB17_ROWS], [32, 78, 22, 22, 20], border=True, header=True, size=9),
    ]}]},
    attendees=_nscb_labels(),
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# Health partnerships: Western Isles Community Wellbeing Forum (name | organisation table)

_WI04_PRESENT = [("Lucy Macleod (Chair)", "Public Health, NHS Western Isles"),
                 ("Norma Skinner", "Sustainable Communities, CnES"), ("Munro Gold", "Sustainable Communities, CnES"),
                 ("Brian Chaplin", "Health Promotion, NHS Western Isles"), ("Malcolm Smith", "Social Work, CnES"),
                 ("Alasdair Nicholson", "Voluntary Action Lewis"),
                 ("Alison Clark", "Community Health Manager, NHS Western Isles"),
                 ("Harry Miller", "Sustainable Communities, CnES")]
_WI04_APOLOGIES = [("Murdo Gray", "Technical Services, CnES"), ("Maria Mackay", "Joint Future"),
                   ("Gillian Morrison", "Western Isles Enterprise"), ("Dave Matheson", "Lews Castle College")]
_WI04_AGREED = "It was agreed that all comments be returned by Friday 30th July 2004."

case(
    id="western-isles-community-wellbeing-forum-2004", year=2004, format="pdf", layout="pdf_text_table",
    url="https://studylib.net/doc/5821683/community-wellbeing-forum",
    body="Western Isles Community Wellbeing Forum", body_kind="health_partnership",
    patterns=["present_label_column_then_name_and_organisation_columns", "chair_in_brackets_after_name",
              "department_comma_organisation_cells", "apologies_label_column", "unnumbered_topic_headings",
              "it_was_agreed_sentence_inside_narrative"],
    notes="Draft minute of 27 July 2004 (a Word table re-published as text by an aggregator; rendered as a borderless "
          "text PDF table: label, name, organisation). The Forum brings NHS Western Isles, Comhairle nan Eilean Siar "
          "(CnES) and voluntary bodies together under the community planning partnership. Each organisation cell "
          "is labelled as printed ('Public Health, NHS Western Isles'); Alison Clark's cell begins with her role. "
          "Narrative is rewritten. The stored copy breaks off in the older people's strategy item; the case ends "
          "there. 'Lucy Macleod agreed to liaise with them' is one person's undertaking, not a decision.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("COMMUNITY WELLBEING FORUM", bold=True, size=12), T("DRAFT MINUTE OF MEETING - 27TH JULY 2004", bold=True),
        GAP(3),
        TABLE([["PRESENT" if i == 0 else "", n, o] for i, (n, o) in enumerate(_WI04_PRESENT)], [30, 50, 90]),
        GAP(2),
        TABLE([["APOLOGIES" if i == 0 else "", n, o] for i, (n, o) in enumerate(_WI04_APOLOGIES)], [30, 50, 90]),
        GAP(3),
        T("Matters Arising", bold=True),
        T("Men's Health Bid - The first-round bid did not succeed, but the Scottish Executive has asked for more "
          "detail and a resubmission. No date is known for a decision."),
        T("Community Wellbeing Strategy/JHIP - The strategy has gone round all agencies in the Community Planning "
          "Partnership and no comments came back."),
        T("Accountability Structures - A discussion paper was handed out. " + _WI04_AGREED + " Any comments will "
          "bring the paper back as an item at the next meeting; without them the Forum will treat it as agreed."),
        T("Community Health and Well-being Profile - Lucy pointed members to the Western Isles profile published by "
          "Health Scotland, whose staff have offered to present it to local agencies. Lucy Macleod agreed to liaise "
          "with them on this."),
        T("Older People's Strategy", bold=True),
        T("Malcolm Smith introduced a paper on a strategy for the health and wellbeing of older people, being drawn "
          "up within the Joint Future framework."),
    ]}]},
    attendees=[A("Lucy Macleod", PRESENT, "Chair", "Public Health, NHS Western Isles")]
    + [A(n, PRESENT, None, o) for n, o in _WI04_PRESENT[1:6]]
    + [A("Alison Clark", PRESENT, "Community Health Manager", "NHS Western Isles"),
       A("Harry Miller", PRESENT, None, "Sustainable Communities, CnES")]
    + [A(n, APOLOGIES, None, o) for n, o in _WI04_APOLOGIES],
    decisions=[D(_WI04_AGREED, "agreed", None, "Accountability Structures")],
)

# Isle of Wight Partnership Board for Health and Well Being (2002; the old council site's HTML minutes)

_IOW02_RESOLVED_12 = ("THAT subject to the resolution of minute number 6 being amended to read 'That subject to minute "
                      "number 3, of the minutes of the meeting held on 15 April 2002, being amended to include that the "
                      "Voluntary Sector had also made a contribution to the presentations of the Healthy Living "
                      "Programme', the minutes of the meeting held on 15 July 2002 be approved.")
_IOW02_RESOLVED_13 = ("THAT the incident regarding emergency psychiatric help be deferred for consideration later in the "
                      "meeting.")
_IOW = "Isle of Wight Council"
_IOWPCT = "Isle of Wight Primary Care Trust"

case(
    id="isle-of-wight-partnership-board-health-2002", year=2002, format="html", layout="council_html_2002",
    url="http://old-iwight.onthewight.com/council/committees/Mod-Social%20Services/HealthandWellbeing/18-11-02/"
        "minutes.htm",
    body="Isle of Wight Partnership Board for Health and Well Being", body_kind="health_partnership",
    patterns=["present_with_organisation_subheadings", "initials_surname_lists_per_organisation",
              "also_in_attendance_names_dash_organisation", "for_the_presentation_group", "apologies_name_dash_org",
              "resolved_colon_that_capitals", "resolved_semicolon_typo", "minutes_approved_subject_to_amendment",
              "deferred_resolution"],
    notes="Meeting of 18 November 2002 at the Riverside Centre, Newport, on the council's old committee pages. "
          "Judgement call: the Isle of Wight Council's health scrutiny committee is a blind2 case and another set "
          "holds a page of the council's ModernGov site; this earlier partnership of the council, the PCT, the NHS "
          "trust, the voluntary sector and the CHC is a different body, named nowhere in evaluation/. Members are "
          "labelled with the organisation heading printed over their group ('Voluntary Sector', 'Community Health "
          "Council' as printed). The two presenters under 'For the Presentation' are labelled in attendance. "
          "Narrative is rewritten; the stored copy breaks off in minute 14, where the case ends.",
    document=page("Partnership Board for Health and Well Being - 18 November 2002", "\n".join([
        "<p><strong>MINUTES OF A MEETING OF THE PARTNERSHIP BOARD FOR HEALTH AND WELL BEING HELD AT THE RIVERSIDE "
        "CENTRE, NEWPORT, ISLE OF WIGHT ON MONDAY, 18 NOVEMBER 2002 COMMENCING AT 2.00 PM</strong></p>",
        "<p><strong>Present :</strong></p>",
        f"<p><u>{_IOW}</u></p>", "<p>Mr R G Mazillius (Chairman), Mr M J Cunningham, Mr I Stephens</p>",
        f"<p><u>{_IOWPCT}</u></p>", "<p>Mrs V A Anderson, Dr P Bingham</p>",
        "<p><u>Voluntary Sector</u></p>", "<p>Mrs P Lee, Ms S Nehorai, Ms C Piggott</p>",
        "<p><u>Community Health Council</u></p>", "<p>Mr P Barber, Mrs G Squibb</p>",
        "<p><strong>Also in Attendance :</strong></p>",
        f"<p>Mr J Doyle, Mr A Drain, Mrs B Herbert - {_IOW}</p>",
        f"<p>Mrs E Garrett - {_IOWPCT}/{_IOW}</p>",
        "<p><strong>For the Presentation :</strong></p>",
        "<p>Ms S Ellis - Isle of Wight Rural Community Council</p>",
        "<p>Ms M Plisnier - Isle of Wight Rural Community Council</p>",
        "<p><strong>Apologies :</strong></p>",
        f"<p>Mr D Crawley - {_IOWPCT}</p>", f"<p>Mrs D Gardiner - {_IOW}</p>",
        "<hr>",
        "<p><strong>12.&nbsp;&nbsp;&nbsp; MINUTES</strong></p>",
        "<p><strong>RESOLVED :</strong></p>", f"<p>{esc(_IOW02_RESOLVED_12)}</p>",
        "<p><strong>13.&nbsp;&nbsp;&nbsp; URGENT BUSINESS</strong></p>",
        "<p>The Chairman raised a recent delay in getting urgent psychiatric help in an emergency. The Board chose to "
        "take the matter up later, under items for future meetings.</p>",
        "<p><strong>RESOLVED ;</strong></p>", f"<p>{esc(_IOW02_RESOLVED_13)}</p>",
        "<p><strong>14.&nbsp;&nbsp;&nbsp; IW ANTI POVERTY INITIATIVE</strong></p>",
        "<p>The Chairman welcomed Maryse Plisnier and Sara Ellis of the Rural Community Council, who described the "
        "anti-poverty project the RCC set up on the Island in February 2002.</p>",
    ])),
    attendees=[A("R G Mazillius", PRESENT, "Chairman", _IOW), A("M J Cunningham", PRESENT, None, _IOW),
               A("I Stephens", PRESENT, None, _IOW),
               A("V A Anderson", PRESENT, None, _IOWPCT), A("P Bingham", PRESENT, None, _IOWPCT),
               A("P Lee", PRESENT, None, "Voluntary Sector"), A("S Nehorai", PRESENT, None, "Voluntary Sector"),
               A("C Piggott", PRESENT, None, "Voluntary Sector"),
               A("P Barber", PRESENT, None, "Community Health Council"),
               A("G Squibb", PRESENT, None, "Community Health Council"),
               A("J Doyle", IN_ATT, None, _IOW), A("A Drain", IN_ATT, None, _IOW), A("B Herbert", IN_ATT, None, _IOW),
               A("E Garrett", IN_ATT, None, f"{_IOWPCT}/{_IOW}"),
               A("S Ellis", IN_ATT, None, "Isle of Wight Rural Community Council"),
               A("M Plisnier", IN_ATT, None, "Isle of Wight Rural Community Council"),
               A("D Crawley", APOLOGIES, None, _IOWPCT), A("D Gardiner", APOLOGIES, None, _IOW)],
    decisions=[D(_IOW02_RESOLVED_12, "approved", "12", "MINUTES"),
               D(_IOW02_RESOLVED_13, "deferred", "13", "URGENT BUSINESS")],
)

# ---------------------------------------------------------------------------------------------------------
# NHS advisory committee: Lothian NHS Board Maternity Services Liaison Committee (Word document as HTML)

# (line as printed, name, role, organisation): brackets give a role, an organisation or both
_MSLC08_PRESENT = [
    ("Mathilde Peace (Lay Member, Chair)", "Mathilde Peace", "Lay Member, Chair", None),
    ("Sarah Burton (NCT)", "Sarah Burton", None, "NCT"),
    ("Cynthia Clarkson (Joint Breast Feeding Initiative)", "Cynthia Clarkson", None, "Joint Breast Feeding Initiative"),
    ("Jo Harkness (Birth Resource Centre)", "Jo Harkness", None, "Birth Resource Centre"),
    ("Cheryl Ruiz (Lay member)", "Cheryl Ruiz", "Lay member", None),
    ("Sau Mei Fong (Chinese Linkworker MEHIP)", "Sau Mei Fong", "Chinese Linkworker", "MEHIP"),
    ("Isobel Gardiner (Community Midwifery Manager)", "Isobel Gardiner", "Community Midwifery Manager", None),
    ("Babs Macdonald (Community Midwife, East Lothian)", "Babs Macdonald", "Community Midwife, East Lothian", None),
    ("Ben Stenson (Department of Neonatology, SCRH)", "Ben Stenson", None, "Department of Neonatology, SCRH"),
    ("Corinne Love (Consultant Obstetrician, SCRH)", "Corinne Love", "Consultant Obstetrician", "SCRH"),
    ("Sunit Rane (Consultant G&O, SJH)", "Sunit Rane", "Consultant G&O", "SJH"),
    ("Frances McGuire (Contact Supervisor of Midwives)", "Frances McGuire", "Contact Supervisor of Midwives", None),
    ("Sandra Smith (Consultant Midwife, SJH)", "Sandra Smith", "Consultant Midwife", "SJH"),
    ("Maria Wilson (Chief Midwife, SCRH)", "Maria Wilson", "Chief Midwife", "SCRH"),
    ("Ginnie Graham (Assistant Programme Manager, Lothian NHS Board)", "Ginnie Graham", "Assistant Programme Manager",
     "Lothian NHS Board"),
]
_MSLC08_ATTENDING = [
    ("Joyce Clearie, Committee Coordinator", "Joyce Clearie", "Committee Coordinator", None),
    ("Jennifer Rowan, RM (NRIE)", "Jennifer Rowan", "RM", "NRIE"),
    ("Beth Turner, Midwife (NRIE)", "Beth Turner", "Midwife", "NRIE"),
    ("Michelle Davidson, Parenthood Education Co-ordinator, SJH", "Michelle Davidson",
     "Parenthood Education Co-ordinator", "SJH"),
]
_MSLC08_APOLOGIES = [
    ("Linda Thompson (SANDS)", "Linda Thompson", None, "SANDS"),
    ("Sam Pringle (Lay member)", "Sam Pringle", "Lay member", None),
    ("Rhona Hughes (Consultant G&O, SCRH)", "Rhona Hughes", "Consultant G&O", "SCRH"),
    ("Elizabeth Hunter (Chair of LAHP Committee, LAHP representative)", "Elizabeth Hunter",
     "Chair of LAHP Committee, LAHP representative", None),
    ("Emma Currer ( Community Midwife, RCM representative)", "Emma Currer", "Community Midwife, RCM representative",
     None),
    ("Jackie Mitchell (Community Midwife, North West Edinburgh & RCM rep)", "Jackie Mitchell",
     "Community Midwife, North West Edinburgh & RCM rep", None),
    ("Cathy Orr (Women's and Children's Commissioner, Lothian NHS Board)", "Cathy Orr",
     "Women's and Children's Commissioner", "Lothian NHS Board"),
    ("Rod Combe (GP, Midlothian CHP)", "Rod Combe", "GP", "Midlothian CHP"),
    ("David Cassells (GP, East Lothian)", "David Cassells", "GP, East Lothian", None),
    ("Ros Burns (Consultant Anaesthetist, Department of Anaesthetics, RIE)", "Ros Burns", "Consultant Anaesthetist",
     "Department of Anaesthetics, RIE"),
    ("Wai Choo McFarlane (Lead Midwife for Education, Napier University)", "Wai Choo McFarlane",
     "Lead Midwife for Education", "Napier University"),
]


def _lines_html(rows) -> str:
    return "".join(f"<p>{esc(printed)}</p>" for printed, *_ in rows)


case(
    id="lothian-mslc-2008", year=2008, format="html", layout="word_document_html",
    url="https://docsbay.net/maternity-services-liaison-committee",
    body="Lothian NHS Board Maternity Services Liaison Committee", body_kind="nhs_advisory_committee",
    patterns=["present_label_then_one_name_a_line", "role_or_organisation_in_brackets_after_name",
              "in_attendance_name_comma_role", "apologies_one_a_line_with_brackets", "space_after_opening_bracket",
              "initials_in_brackets_in_narrative", "no_decision_in_stored_copy"],
    notes="Meeting of 10 April 2008, meeting room 2, Deaconess House, Edinburgh (a Word document re-published as HTML "
          "by an aggregator). The blind12 README records this committee as found free and left out under that "
          "session's brief; this brief allows NHS advisory committees. Brackets give a role, an organisation or both; "
          "each is labelled as printed, with a hospital or body after a comma as the organisation and a place (East "
          "Lothian, North West Edinburgh) kept in the role. Narrative is rewritten; the stored copy breaks off in the "
          "welcome, where the case ends. No decision is in the stored copy.",
    document=page("MATERNITY SERVICES LIAISON COMMITTEE", "\n".join([
        "<p><strong>MATERNITY SERVICES LIAISON COMMITTEE</strong></p>",
        "<p>Lothian NHS Board</p>", "<p>Maternity Services Liaison Committee</p>",
        "<p>Minutes of the meeting of the Maternity Services Liaison Committee held on Thursday 10 April 2008, meeting "
        "room 2, Deaconess House, Edinburgh.</p>",
        "<p><strong>Present :</strong></p>", _lines_html(_MSLC08_PRESENT),
        "<p><strong>In Attendance:</strong></p>", _lines_html(_MSLC08_ATTENDING),
        "<p><strong>Apologies:</strong></p>", _lines_html(_MSLC08_APOLOGIES),
        "<p><strong>Introduction and Welcome</strong></p>",
        "<p>Mathilde Peace (MP) welcomed members, especially those at their first meeting. Beth Turner and Jennifer "
        "Rowan, who are training as Supervisors of Midwives, were attending to learn how the MSLC works. Michelle "
        "Davidson was expected at 11am to present on parenthood education.</p>",
    ])),
    attendees=[A(n, PRESENT, r, o) for _, n, r, o in _MSLC08_PRESENT]
    + [A(n, IN_ATT, r, o) for _, n, r, o in _MSLC08_ATTENDING]
    + [A(n, APOLOGIES, r, o) for _, n, r, o in _MSLC08_APOLOGIES],
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# Healthwatch: Healthwatch England Committee (an agenda pack: contents table, then the last meeting's minutes)

_HWE_AGENDA = [
    ["1.1", "Welcome and apologies", "JM", "To open the meeting"],
    ["1.2", "Declarations of interests", "JM", "Committee Members to declare any interests"],
    ["1.3", "Minutes of the last meeting, action log, review of agenda and matters arising", "JM",
     "To confirm the minutes and discuss the matters arising"],
    ["1.4", "Chair's Report", "JM", "For discussion"],
    ["1.5", "National Director's Report", "IR", "For discussion"],
    ["1.6", "Committee Members Update", "Committee", "For discussion"],
    ["1.7", "Mental Health Paper", "LS", "For information"],
    ["", "Questions from the public", "", ""],
    ["", "10.45 - Coffee/Tea Break", "", ""],
    ["2.1", "2017/2018 Delivery and Performance Report", "IR", "For discussion"],
    ["2.2", "Audit, Finance and Risk Sub Committee Meeting Minutes including 2018/19 budget", "DF",
     "For discussion and APPROVAL"],
    ["2.3", "Intelligence Report 2017/2018", "IR", "For discussion"],
    ["2.4", "Business Plan", "IR", "For discussion and APPROVAL"],
    ["2.5", "KPIs", "IR", "For discussion and APPROVAL"],
    ["", "Questions from the public", "", ""],
    ["2.6", "Standing Orders", "JM", "For discussion and APPROVAL"],
]
_HWE_ATTENDEES = [
    ("Jane Mordue", "Chair", None), ("Amy Kroviak", "Committee Member", None),
    ("Andrew Barnett", "Committee Member", None), ("Andrew McCulloch", "Committee Member", None),
    ("Danielle Oum", "Committee Member and Chair of Healthwatch Birmingham", "Healthwatch Birmingham"),
    ("Deborah Fowler", "Committee Member and Trustee of Healthwatch Enfield", "Healthwatch Enfield"),
    ("Helen Horne", "Committee Member and Chair of Healthwatch Cumbria", "Healthwatch Cumbria"),
    ("Helen Parker", "Committee Member", None),
    ("Jenny Baker", "Committee Member and Chair of Healthwatch Bucks", "Healthwatch Bucks"),
    ("Lee Adams", "Committee Member", None), ("Liz Sayce", None, None),
]
# the stored copy's dash varies between an en dash and a hyphen; kept as printed
_HWE_HYPHEN = {"Deborah Fowler", "Helen Horne"}


def _hwe_line(name, role):
    if role is None:
        return f"\u2022 {name}"
    return f"\u2022 {name} {'-' if name in _HWE_HYPHEN else chr(0x2013)} {role}"


case(
    id="healthwatch-england-committee-2018", year=2018, format="pdf", layout="pdf_text_agenda_pack",
    url="https://docslib.org/doc/10542121/healthwatch-england-committee-meeting-hilton-blackpool",
    body="Healthwatch England Committee", body_kind="healthwatch",
    patterns=["agenda_pack_contents_table_before_minutes", "for_discussion_and_approval_in_agenda_not_decisions",
              "minutes_of_previous_meeting_inside_pack", "attendees_bullets_name_dash_role",
              "role_naming_another_healthwatch", "dash_varies_between_lines"],
    notes="Public committee meeting pack for 25 April 2018 at the Hilton Blackpool (a PDF re-published as text by an "
          "aggregator; rendered as a text PDF): the contents table, then, as item 1.3, the minutes of meeting no. 22 "
          "of 31 January 2018 at Yarnfield Park. The attendees labelled are those of the January meeting, the only "
          "attendance statement in the pack; they are labelled present. A member who chairs or is a trustee of a "
          "local Healthwatch is labelled with that Healthwatch as the organisation. The agenda's 'For discussion and "
          "APPROVAL' are not decisions. The stored copy breaks off after the name Liz Sayce; the case ends there.",
    document=None,
    pdf_spec={"pages": [
        {"items": [
            T("Healthwatch England Committee Meeting", bold=True, size=13), T("Hilton Blackpool"),
            T("Promenade, Blackpool FY1 2JQ"), GAP(2),
            T("Public Committee Meeting 25 April 2018 - Starting with tea, coffee, pastries at 08.30-09.00"), GAP(3),
            T("TABLE OF CONTENTS - PUBLIC MEETING", bold=True), GAP(1),
            TABLE([["", "AGENDA ITEM", "LED BY", "ACTION"]] + _HWE_AGENDA, [12, 88, 22, 52], border=True,
                  header=True, size=9),
            GAP(2), T("Public Participation Session", bold=True), T("Including presentation from:"),
            T("Healthwatch Darlington"), GAP(2), T("Close of business and lunch 13.15"),
        ]},
        {"items": [
            T("Item 1.3", bold=True), GAP(2),
            T("Healthwatch England Committee Meeting", bold=True, size=12), T("Minutes of meeting No. 22"),
            T("Location: Yarnfield Park Training & Conference Centre, Yarnfield Lane, Stone, ST15 0NL"),
            T("Date: Wednesday 31 January 2018"), GAP(3),
            T("Attendees", bold=True), GAP(1),
            *[T(_hwe_line(n, r)) for n, r, _ in _HWE_ATTENDEES],
        ]},
    ]},
    attendees=[A(n, PRESENT, r, o) for n, r, o in _HWE_ATTENDEES],
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# Patient forums: a CHCP Public Partnership Forum at Stobhill, Glasgow (running text PDF)

_PPF09_MEMBERS = ["Lorraine Kennedy", "Francis Scott", "Majorie Collins", "Jane Maguire", "Sadie Gordon",
                  "Ronnie Rodden", "Arlene Cooke", "Sam Cairns", "Alan Gow", "John Kelly", "J Greatorex"]
_PPF09_MINUTES = ("Minutes were agreed with the following correction: minute should read Dementia Awareness Week "
                  "begins first week in June.'")
_PPF09_RES = ("Given the positive comments about the report the PPF executive agreed to send a copy to the RES "
              "working group asking them to consider the comments contained in the report.")

case(
    id="stobhill-chcp-public-partnership-forum-2009", year=2009, format="pdf", layout="pdf_text_running",
    url="https://docest.com/doc/151150/corporate-meeting-room-stobhill",
    body="CHCP Public Partnership Forum (Stobhill, Glasgow)", body_kind="patient_forum",
    patterns=["member_heading_then_comma_run_on", "staff_heading_then_names_with_roles_in_brackets",
              "shared_bracketed_role_after_two_names", "comma_before_bracket", "item_numbers_in_brackets",
              "minutes_agreed_with_correction", "agreed_inside_long_sentence", "item_numbers_out_of_order"],
    notes="Meeting of Thursday 2 April 2009, 2pm, Corporate Meeting Room, Stobhill (a Word document re-published as "
          "text by an aggregator; rendered as a text PDF). The stored copy names no partnership: the forum is a "
          "community health (and care) partnership's Public Partnership Forum meeting at Stobhill Hospital, north "
          "Glasgow; no Glasgow CHCP or PPF appears in evaluation/. 'PPF members' are labelled present and 'CHCP "
          "Staff' in attendance with organisation 'CHCP' (the heading); '(Development Workers)' after Jenny Smith, "
          "Tony Devine is the role of both. The unclosed quote in the correction is kept. Narrative is rewritten; "
          "the stored copy breaks off in a second agreement of item (5) ('The PPF also agreed to send a copy of the "
          "...'), which is left out; the case ends before it.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Public Partnership Forum", bold=True, size=12), T("2pm Thursday 2ND April 2009"),
        T("Corporate Meeting Room Stobhill"), GAP(3),
        T("PPF members", bold=True), T(", ".join(_PPF09_MEMBERS[:4]) + ",\n" + ", ".join(_PPF09_MEMBERS[4:9])
                                        + ",\n" + ", ".join(_PPF09_MEMBERS[9:]) + "."),
        GAP(2), T("CHCP Staff", bold=True),
        T("Evelyn Borland (Head of Planning and Health Improvement)\nJenny Smith, Tony Devine, (Development Workers)\n"
          "Anna Grady, (Health Improvement)\nIsobel Murray"),
        GAP(3), T("Item (1) March Minutes", bold=True), T(_PPF09_MINUTES),
        GAP(2), T("Item (2) Matters Arising", bold=True),
        T("Item (3) cleaning services monitoring form - PPF members asked for no changes."),
        T("Item (5) Forge Clinic - enquiries continue; members will receive a written answer."),
        GAP(2), T("Item (4) Draft Health Improvement Leaflet", bold=True),
        T("Anna Grady described what the Health Improvement Team does and showed members its new leaflet, written "
          "for health professionals, partner organisations and the public, asking PPF executive members for "
          "comments."),
        T("Members felt the leaflet needed more information, with examples of NHS and Government targets, and that "
          "smaller pictures would leave room for more text."),
        GAP(2), T("Item (5) R.E.S. Review Consultation Paper", bold=True),
        T("PPF Executive members thought the report reflected the views of the service users involved, and that the "
          "focus group and the report's format showed clearly where the service had to change. " + _PPF09_RES),
    ]}]},
    attendees=[A(n, PRESENT) for n in _PPF09_MEMBERS]
    + [A("Evelyn Borland", IN_ATT, "Head of Planning and Health Improvement", "CHCP"),
       A("Jenny Smith", IN_ATT, "Development Workers", "CHCP"), A("Tony Devine", IN_ATT, "Development Workers", "CHCP"),
       A("Anna Grady", IN_ATT, "Health Improvement", "CHCP"), A("Isobel Murray", IN_ATT, None, "CHCP")],
    decisions=[D(_PPF09_MINUTES, "approved", "1", "March Minutes"),
               D(_PPF09_RES, "agreed", "5", "R.E.S. Review Consultation Paper")],
)

# Patient participation group: Whyteleafe Surgery PPG (name | role table; scanned)

_WPPG_PRESENT = [("Richard Allen", "Patient Representative"), ("Theresa Archibald", "Practice Manager"),
                 ("Alice Broomfield", "Patient Representative"), ("Susan Cornish", "Patient Representative"),
                 ("Wendy Denne", "Patient Representative"), ("Margaret Frost", "Patient Representative"),
                 ("Neila Gibson", "Patient Representative"), ("Cornelius Latham", "Patient Representative"),
                 ("Tony Lidbury", "Patient Representative"), ("Ronald Shrieve", "Patient Representative"),
                 ("Dr Victor Tun", "Senior Partner")]
_WPPG_CHAIR = "Mrs Susan Cornish was elected as Chairman of the group."
_WPPG_TREASURER = "It was agreed that there was currently no need to elect a treasurer as there was no budget involved."
_WPPG_CCG = "Mr Richard Allen was proposed and agreed to represent the group at CCG meetings when required."
_WPPG_BUSINESS = "Group Business"

case(
    id="whyteleafe-surgery-ppg-2011-scan", year=2011, format="pdf", layout="pdf_scan", scan=True,
    url="http://www.docstoc.com/docs/131770999/Whyteleafe-Surgery-Patient-Participation-Group-(PPG)",
    body="Whyteleafe Surgery Patient Participation Group", body_kind="patient_participation_group",
    patterns=["present_label_then_name_and_role_columns", "title_on_one_name_only", "bullet_sub_item_heading",
              "elected_as_chairman_sentence", "it_was_agreed_no_need", "proposed_and_agreed_to_represent",
              "scanned_page"],
    notes="Meeting of Wednesday 16 November (the stored copy prints no year; 2011 is inferred from the weekday and the "
          "talk of forming a clinical commissioning group). A Word document re-published as text by an aggregator; "
          "rendered here as a scan (the original's scan status is unknown), the Present list as a borderless name | "
          "role table. Three outcomes of item 3 are labelled as separate decisions (an election, an agreement not to "
          "elect a treasurer, an appointment as CCG representative). Narrative is rewritten; the stored copy breaks "
          "off in the thanks to the new officers, where the case ends.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("Whyteleafe Surgery Patient Participation Group (PPG)", bold=True, size=12),
        T("Wednesday 16 November at 7pm"), GAP(2), T("Minutes of the Meeting", bold=True), GAP(2),
        TABLE([["Present:" if i == 0 else "", n, r] for i, (n, r) in enumerate(_WPPG_PRESENT)], [22, 55, 80]),
        GAP(3), T("1. Welcome and introductions", bold=True),
        T("Members introduced themselves again briefly and three new members were welcomed."),
        GAP(2), T("2. Structure of the NHS and Primary Care", bold=True),
        T("Theresa Archibald gave a short talk on how the NHS is organised and how the Primary Care Trust currently "
          "funds the practice."),
        GAP(2), T("3. " + _WPPG_BUSINESS, bold=True),
        T("   o  Election of chair, secretary, treasurer, Clinical Commissioning Group\n      (CCG) representative"),
        T(_WPPG_CHAIR + " Nobody offered to act as secretary for now, though the group hopes someone will take the "
          "post on later. " + _WPPG_TREASURER + " " + _WPPG_CCG),
    ]}]},
    attendees=[A(bare(n), PRESENT, r) for n, r in _WPPG_PRESENT],
    decisions=[D(_WPPG_CHAIR, "approved", "3", _WPPG_BUSINESS), D(_WPPG_TREASURER, "agreed", "3", _WPPG_BUSINESS),
               D(_WPPG_CCG, "approved", "3", _WPPG_BUSINESS)],
)

# ---------------------------------------------------------------------------------------------------------
# Community health council: Pontypridd and Rhondda CHC (bilingual heading; run-on Present; scanned)

_PRCHC07_PRESENT = ("Cllr Edward L Hancock (In the Chair),Mrs Bronwen Arkinstall, Mrs Teressa Bates, Mr Graham "
                    "Coombes, Mrs Lynda Corre, Mr Kenneth Davies, Miss Susan Evans, Mrs Jackie Jenkins, Mr Desmond "
                    "Joseph, Mrs Phyllis Parry, Mrs Janet Powell, Clive Barnby (Chief Officer), Mrs Emma Lewis (Office "
                    "Manager), Steve Davies (RCT LHB), Stephen Harrhy (P & R NHS Trust) and Grier Talbot (Ambulance "
                    "Trust).")
_PRCHC07_MEMBERS = ["Bronwen Arkinstall", "Teressa Bates", "Graham Coombes", "Lynda Corre", "Kenneth Davies",
                    "Susan Evans", "Jackie Jenkins", "Desmond Joseph", "Phyllis Parry", "Janet Powell"]

case(
    id="pontypridd-rhondda-chc-2007-scan", year=2007, format="pdf", layout="pdf_scan", scan=True,
    url="http://www.docstoc.com/docs/86710966/CYNGOR-IECHYD-CYMUNED",
    body="Pontypridd and Rhondda Community Health Council", body_kind="community_health_council",
    patterns=["bilingual_welsh_english_heading", "present_run_on_with_titles", "in_the_chair_in_brackets",
              "missing_space_after_comma", "officers_and_nhs_guests_inside_present_list",
              "organisation_abbreviations_in_brackets", "and_before_last_name", "in_attendance_short_list",
              "development_session_speaker_in_narrative", "scanned_page"],
    notes="Council meeting of 14 May 2007 (a Word document re-published as text by an aggregator; rendered here as a "
          "scan, the original's scan status unknown). Judgement call: Rhondda Cynon Taf council's meeting with the "
          "health board is a blind3 case; this CHC is a different body, named nowhere in evaluation/. Everyone in the "
          "PRESENT run-on is labelled present as printed, the CHC's officers and the LHB, trust and ambulance trust "
          "guests included; 'In the Chair' is the chair's role. The development session speaker (Jim English, Director "
          "of Estates, P R Trust) is named only in narrative and is optional. Narrative is rewritten; the stored copy "
          "breaks off in the development session, where the case ends. No decision is in the stored copy.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("CYNGOR IECHYD CYMUNED", bold=True, size=12), T("PONTYPRIDD RHONDDA", bold=True, size=12),
        T("COMMUNITY HEALTH COUNCIL", bold=True, size=12), GAP(2),
        T("Cofnodion Cyfarfod y Cyngor"), T("Minutes of the Meeting of the Council"), T("14th May 2007"), GAP(3),
        T("PRESENT:", bold=True), GAP(1), T(_PRCHC07_PRESENT), GAP(3),
        T("IN ATTENDANCE:", bold=True), GAP(1), T("Mrs Mari Evans, Mrs Raye Saunders."), GAP(3),
        T("DEVELOPMENT SESSION", bold=True),
        T("This month's development session was with Mr Jim English, Director of Estates, P R Trust. He took members "
          "through the progress of Ysbyty Cwm Rhondda with slides and answered questions: a biomass boiler burning "
          "only timber waste was going in, partly grant funded, and underfloor heating throughout could also cool "
          "the building in summer. A member raised the safety of the main entrance; Cllr Mrs Jackie Jenkins said she "
          "would take this up with the highway authority. The hospital is due to open in autumn 2008."),
    ]}]},
    attendees=[A("Edward L Hancock", PRESENT, "In the Chair")]
    + [A(n, PRESENT) for n in _PRCHC07_MEMBERS]
    + [A("Clive Barnby", PRESENT, "Chief Officer"), A("Emma Lewis", PRESENT, "Office Manager"),
       A("Steve Davies", PRESENT, None, "RCT LHB"), A("Stephen Harrhy", PRESENT, None, "P & R NHS Trust"),
       A("Grier Talbot", PRESENT, None, "Ambulance Trust"),
       A("Mari Evans", IN_ATT), A("Raye Saunders", IN_ATT),
       A("Jim English", IN_ATT, "Director of Estates", "P R Trust", optional=True)],
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# NHS foundation trusts' governors: Leeds and York Partnership NHS FT Council of Governors (HTML tables)

_LYPFT24_GOVERNORS = [
    ("Les France", "Public Governor", "Attended"), ("Matthew Knight", "Public Governor", "Attended"),
    ("Nicola Lister", "Public Governor", "Attended"), ("Dr Ivan Nip", "Public Governor", "Attended"),
    ("Oliver Beckett", "Public Governor", "Attended"), ("Miranda Arieh", "Public Governor", "Attended"),
    ("Madhulika Singh", "Public Governor", "Attended"), ("Becky Oxley", "Service User Governor", "Sent apologies"),
    ("Carole Myers", "Service User Governor", "Sent apologies"), ("Jon Salway", "Carer Governor", "Attended"),
    ("Peter Ongley", "Carer Governor", "Attended"), ("Nicola Binns", "Staff Governor", "Attended"),
    ("Dr Gail Harrison", "Staff Governor", "Attended"), ("Amy Pratt", "Staff Governor", "Attended"),
    ("Adam Redhead", "Staff Governor", "Attended"), ("Anne Toone", "Staff Governor", "Attended"),
    ("Ian Andrews", "Staff Governor", "Attended"), ("Tessa Denham", "Appointed Governor", "Attended"),
    ("Gabriella Obeng Nyarko", "Appointed Governor", "Attended"), ("Cllr Fiona Venner", "Appointed Governor", "Attended"),
    ("Cllr Ian Cuthbertson", "Appointed Governor", "Attended"),
]
_LYPFT24_BOARD = [
    ("Merran McRae", "Chair of the Trust", "Attended"), ("Zoe Burns Shore", "Non-Executive Director", "Attended"),
    ("Joanna Forster Adams", "Chief Operating Officer", "Attended"),
    ("Dawn Hanwell", "Chief Financial Officer and Deputy Chief Executive", "Attended"),
    ("Cleveland Henry", "Non-Executive Director (Senior Independent Director)", "Attended"),
    ("Dr Frances Healey", "Non-Executive Director", "Sent apologies"), ("Dr Chris Hosker", "Medical Director", "Attended"),
    ("Kaneez Khan", "Non-Executive Director", "Attended"), ("Dr Sara Munro", "Chief Executive", "Attended"),
    ("Darren Skinner", "Director of People and Organisational Development", "Sent apologies"),
    ("Nichola Sanderson", "Director of Nursing and Professions", "Attended"),
]


def _lypft_status(mark: str) -> str:
    return PRESENT if mark == "Attended" else APOLOGIES


case(
    id="leeds-york-pft-council-of-governors-2024", year=2024, format="html", layout="web_page_tables",
    url="https://www.leedsandyorkpft.nhs.uk/get-involved/governors/council-of-governors/governor-meetings/minutes-from-"
        "the-public-council-of-governors-meeting-7-november-2024",
    body="Leeds and York Partnership NHS Foundation Trust Council of Governors", body_kind="nhs_trust_governors",
    patterns=["attendance_heading_then_group_subheadings", "name_role_apologies_table",
              "attended_or_sent_apologies_column", "apologies_column_header_holding_attendance",
              "cllr_and_dr_titles_in_name_cells", "board_members_attending_governors_meeting"],
    notes="Public Council of Governors' meeting of 7 November 2024, held on Microsoft Teams (the trust's web page). "
          "Two tables, Governors and Board members, each Name | Role | Apologies, the third column reading "
          "'Attended' or 'Sent apologies'. Board members are labelled by the same column (present when "
          "'Attended'): the page lists them under Attendance. The trust's name is in the page title only, so "
          "organisations are null. The trust appears elsewhere only as an organisation inside a Leeds HWB document. "
          "The stored copy breaks off in the board table after Nichola Sanderson ('Katy Wi...'); the case ends "
          "there. No minute text or decision is in the stored copy.",
    document=page("Minutes from the Public Council of Governors Meeting - 7 November 2024", "\n".join([
        "<h1>Minutes from the Public Council of Governors Meeting \u2013 7 November 2024</h1>",
        "<p>Minutes for the Public Council of Governors\u2019 Meeting 7 November 2024 at 1pm</p>",
        "<p>Held via Microsoft Teams</p>", "<h2>Attendance</h2>", "<h3>Governors</h3>",
        rows_table([list(r) for r in _LYPFT24_GOVERNORS], header=["Name", "Role", "Apologies"]),
        "<h3>Board members</h3>",
        rows_table([list(r) for r in _LYPFT24_BOARD], header=["Name", "Role", "Apologies"]),
    ])),
    attendees=[A(bare(n), _lypft_status(m), r) for n, r, m in _LYPFT24_GOVERNORS + _LYPFT24_BOARD],
    decisions=[],
)

# Central and North West London NHS FT Council of Members (two-column member grid; text PDF)

_CNWL08_LEFT = ["Dame Ruth Runciman (Chair)", "Dr. Mike Crawford", "Ms. Jo Andrews", "Ms. Charlotte Green",
                "Mr. Marek Stepniak", "Ms. Monique Klang-Voves", "Dr. Alicia Etchegoyen", "Ms. Andrea Rayner",
                "Ms. Shalinie Tewarie", "Mr. Timothy Seale"]
_CNWL08_RIGHT = ["Mr. Sean Bell-Briggs", "Mr. Paul Byrne", "Ms. Jenny Trite", "Mr. Roger Warren", "Ms. Janet Seale",
                 "Cllr Barry Macleod-Cullinane", "Dr. Kostas Agath", "Mr. Robin Walker", "Ms. Zrinka Bralo",
                 "Mr. Christopher Keeffe"]
_CNWL08_ATTENDING = [("Mr. Chris Bumstead", "Head of Patient & Public Involvement"),
                     ("Mr David Brettle", "Director of Human Resources"), ("Mr. Ian Holder", "Non-Executive Director"),
                     ("Ms Bhavana Desai", "Non-Executive Director"),
                     ("Prof. Dorothy Griffiths", "Non-Executive Director"),
                     ("Dr. Alex Lewis", "Director of Clinical Governance and Medical Director"),
                     ("Ms. Claire Murdoch", "Chief Executive"), ("Ms Christine Baldwinson", "Trust Secretary")]


def _cnwl_member(printed: str):
    if printed.startswith("Dame Ruth Runciman"):
        return A("Ruth Runciman", PRESENT, "Chair")
    return A(bare(printed), PRESENT)


case(
    id="cnwl-ft-council-of-members-2008", year=2008, format="pdf", layout="pdf_text_grid",
    url="http://www.docstoc.com/docs/129773191/draft-minutes-CoM-Sept-08",
    body="Central and North West London NHS Foundation Trust Council of Members", body_kind="nhs_trust_governors",
    patterns=["members_present_two_column_name_grid", "titles_with_full_stops", "dame_and_prof_titles",
              "cllr_title_in_grid", "chair_in_brackets_in_grid", "in_attendance_name_and_role_columns",
              "combined_agm_and_council_meeting"],
    notes="Annual General Meeting combined with the Council of Members, 23 September 2008, 5pm, Congress House, London "
          "(draft minutes re-published as text by an aggregator; rendered as a text PDF with the members in two "
          "columns, read across as the stored copy lays them out, and In Attendance as name | role). Members present "
          "are labelled present; 'Dame', 'Dr.', 'Ms.', 'Mr.', 'Prof.' and 'Cllr' are left out of the names. The "
          "stored copy breaks off in the In Attendance list at 'Mr Nick Bell Deputy'; the case ends before that "
          "line. Narrative is rewritten. No decision is in the stored copy.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("COM /2008", size=9), T("Central and North West London", bold=True, size=12),
        T("NHS Foundation Trust", bold=True, size=12), GAP(2),
        T("Annual General Meeting / Council of Members Meeting", bold=True), T("23 September 2008"), GAP(1),
        T("Draft Minutes", bold=True), GAP(2),
        T("Minutes of a meeting of the Council of Members, combined with the Trust's Annual General Meeting, held at "
          "5pm in public on 23 September 2008 at Congress House, Great Russell Street, London WC1B 3LS."), GAP(2),
        T("The Chair opened the meeting by thanking Governors for their work over the past year."), GAP(3),
        T("Members Present:", bold=True), GAP(1),
        TABLE([[a, b] for a, b in zip(_CNWL08_LEFT, _CNWL08_RIGHT)], [75, 75]),
        GAP(3), T("In Attendance:", bold=True), GAP(1),
        TABLE([[n, r] for n, r in _CNWL08_ATTENDING], [50, 110]),
    ]}]},
    attendees=[_cnwl_member(p) for pair in zip(_CNWL08_LEFT, _CNWL08_RIGHT) for p in pair]
    + [A(bare(n), IN_ATT, r) for n, r in _CNWL08_ATTENDING],
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# Combined authority: East Midlands Combined County Authority Board (ModernGov)

_EMCCA25_MINUTES = ("The EMCCA Board RESOLVED to unanimously agree: That the minutes of the meeting of the EMCCA Board "
                    "held on 16 December 2024 be approved as a correct record.")

case(
    id="emcca-board-2025", year=2025, format="html", layout="moderngov_html",
    url="https://democracy.eastmidlands-cca.gov.uk/ieListDocuments.aspx?CId=137&MId=121",
    body="East Midlands Combined County Authority Board", body_kind="combined_authority",
    patterns=["moderngov_item_table", "apologies_sentence_with_role_in_brackets",
              "declarations_as_name_kind_reason_lines", "resolved_to_unanimously_agree_colon_then_that",
              "agenda_text_above_minutes"],
    notes="Board meeting of Monday 10 February 2025, 11.00 am, at North East Derbyshire District Council, "
          "Wingerworth (the authority's ModernGov page). Apologies name one associate member with her role. "
          "Councillors who declare interests are optional (present, named outside an attendance statement). The "
          "Mayor is not named. Public question text is left out (the stored copy only reports that one was "
          "answered). The stored copy breaks off at item 5; the case ends after item 4.",
    document=moderngov_meeting(
        "East Midlands Combined County Authority Board", "Monday, 10th February, 2025 11.00 am",
        "North East Derbyshire District Council, 2013 Mill Lane, Wingerworth, Chesterfield, Derbyshire, S42 6NG",
        "Emma Powley", [
            {"num": "1.", "title": "Apologies for Absence", "agenda": ["To receive any apologies for absence."],
             "minutes": ["Apologies were received from Kath Mitchell (Associate Further Education and Higher "
                         "Education Representative)."]},
            {"num": "2.", "title": "Declarations of Interest", "agenda": ["To receive any declarations of interest."],
             "minutes": ["Item 8. UK Shared Prosperity Fund 2025-26.",
                         "Councillor Nadine Peatfield, Non Pecuniary, As a member of the Marketing Derby Board of "
                         "Directors.",
                         "Item 8. UK Shared Prosperity Fund 2025-26.",
                         "Councillor Tricia Gilby, Non Pecuniary, As Vice-Chair of the Destination Chesterfield "
                         "Board."]},
            {"num": "3.", "title": "Public Participation",
             "agenda": ["Members of the public may ask questions if they have given notice to Governance Services by "
                        "5pm on Monday 3rd February. Thirty minutes are set aside; any question not reached will be "
                        "answered in writing."],
             "minutes": ["The Mayor said one question from a member of the public had been received and its answer "
                         "was on the EMCCA website."]},
            {"num": "4.", "title": "Minutes of Previous Meeting",
             "agenda": ["To approve as a correct record the minutes of the EMCCA Board meeting held on Monday 16th "
                        "December 2024."],
             "minutes": ["The draft minutes of the previous meeting of the Board were circulated in advance of the "
                         "meeting.",
                         "The EMCCA Board RESOLVED to unanimously agree:",
                         "That the minutes of the meeting of the EMCCA Board held on 16 December 2024 be approved as "
                         "a correct record."]},
        ], heading="Agenda, decisions and minutes"),
    attendees=[A("Kath Mitchell", APOLOGIES, "Associate Further Education and Higher Education Representative"),
               A("Nadine Peatfield", PRESENT, "Councillor", optional=True),
               A("Tricia Gilby", PRESENT, "Councillor", optional=True)],
    decisions=[D(_EMCCA25_MINUTES, "approved", "4", "Minutes of Previous Meeting")],
)

# ---------------------------------------------------------------------------------------------------------
# Council committee with health business: Tamworth Borough Council Health and Wellbeing Scrutiny Committee

_TAM17_MINUTES = ("The Minutes of the previous Health and Wellbeing Scrutiny Committee held on the 14 June 2017 were "
                  "approved and signed as a correct record.")
_TAM17_MOVE = "Under section 4.13 (c) that the 2017/18 Forward Plan be moved up the Agenda to item 12."
_TAM17_UPDATE = "An update to be requested on the Against Hate Campaign."


def _tam_item(title, minutes, agenda=()):
    return {"num": None, "title": title, "agenda": list(agenda), "minutes": minutes}


case(
    id="tamworth-hwb-scrutiny-2017", year=2017, format="html", layout="moderngov_html",
    url="https://democracy.tamworth.gov.uk/ieListDocuments.aspx?CId=209&MId=2073&Ver=4",
    body="Tamworth Borough Council Health and Wellbeing Scrutiny Committee", body_kind="health_scrutiny",
    patterns=["moderngov_item_table_without_numbers", "apologies_received_by_county_councillor_with_council",
              "moved_and_seconded_in_brackets", "resolutions_without_resolved_label", "no_attendance_list",
              "heading_without_date"],
    notes="Meeting of summer 2017 in Committee Room 1, Marmion House (the council's ModernGov page). The stored copy "
          "has lost the heading with the date (after 14 June 2017, before 24 August 2017) and the item numbers, "
          "and shows the resolutions without their 'RESOLVED' labels; the case shows them the same way. Only the "
          "apology is an attendance statement; movers and seconders are optional (present). Narrative is rewritten; "
          "the stored copy breaks off in a mover line after the Against Hate item, where the case ends.",
    document=page("Agenda and minutes - Health and Wellbeing Scrutiny Committee", "\n".join([
        "<h1>Agenda and minutes</h1>",
        "<p>Venue: Committee Room 1, Marmion House, Lichfield Street, Tamworth, B79 7BZ. View directions</p>",
        "<p>Contact: Democratic Services 01827 709264</p>",
        '<table class="mgItemTable"><tr><th>No.</th><th>Item</th></tr>',
        *[f'<tr><td class="mgItemNumberCell"></td><td><p class="mgSubItemTitleTxt"><strong>{esc(t)}</strong></p>'
          + "".join(f"<p>{esc(a)}</p>" for a in agenda) + "".join(f"<p>{esc(m)}</p>" for m in minutes) + "</td></tr>"
          for t, agenda, minutes in [
              ("Apologies for Absence", [],
               ["Apologies for absence were received by County Councillor A Little (Staffordshire County Council)"]),
              ("Minutes of Previous Meeting", ["(To follow)"],
               [_TAM17_MINUTES, "(Moved by Councillor M Gant and seconded by Councillor R Rogers)"]),
              ("Declarations of Interest",
               ["To receive any declarations of Members' interests (pecuniary and non-pecuniary) in any matters which "
                "are to be considered at this meeting."],
               ["There were no Declarations of Interest."]),
              ("Update from Chair", [], ["There was no update from the Chair at this present time."]),
              ("Update from Staffordshire Health Select Committee", [],
               ["County Councillor A Little was absent, so there was no update; the Select Committee's minutes will be "
                "sent on to Members when they arrive."]),
              ("2017/18 Forward Plan", [],
               [_TAM17_MOVE, "(Moved by Councillor C Cooke and seconded by Councillor A Couchman.)",
                "Members thought the Forward Plan had little on it. After discussion they asked for an update on the "
                "Against Hate Campaign at the meeting on 24th August 2017.", _TAM17_UPDATE]),
          ]],
        "</table>",
    ])),
    attendees=[A("A Little", APOLOGIES, "County Councillor", "Staffordshire County Council")]
    + [A(n, PRESENT, "Councillor", optional=True) for n in ("M Gant", "R Rogers", "C Cooke", "A Couchman")],
    decisions=[D(_TAM17_MINUTES, "approved", None, "Minutes of Previous Meeting"),
               D(_TAM17_MOVE, "agreed", None, "2017/18 Forward Plan"),
               D(_TAM17_UPDATE, "agreed", None, "2017/18 Forward Plan")],
)

# ---------------------------------------------------------------------------------------------------------
# Town and parish councils

# Leighton-Linslade Town Council Health Services Task and Finish Group (ModernGov)

case(
    id="leighton-linslade-health-services-tfg-2022", year=2022, format="html", layout="moderngov_html",
    url="https://democracy.leightonlinslade-tc.gov.uk/ieListDocuments.aspx?CId=193&MeetingId=1246",
    body="Leighton-Linslade Town Council Health Services Task and Finish Group", body_kind="town_council",
    patterns=["moderngov_item_table", "apologies_sentence_mixing_councillors_and_outside_bodies",
              "from_x_of_organisation", "unnamed_officer_in_apologies", "declaration_as_chair_of_ppg",
              "member_of_public_question_by_councillor", "no_decision_in_stored_copy"],
    notes="Meeting of Monday 5 December 2022, 10.00 am, Council Chamber (the town council's ModernGov page): a town "
          "council group on GP and health services with the ICB and a patient group invited. The apology from 'the "
          "Chief Medical Director of BLMK Integrated Care Board (ICB)' names no person and is not labelled. "
          "Councillor R Goodchild, who declares an interest, is optional. Councillor Owen spoke as a member of the "
          "public and is not labelled. The agenda's standing text is shortened and rewritten. The stored copy breaks "
          "off in item 48; the case ends there. No decision is in the stored copy.",
    document=moderngov_meeting(
        "Health Services Task and Finish Group", "Monday, 5th December, 2022 10.00 am", "Council Chamber",
        "Committee Officer 01525 631920", [
            {"num": "46.", "title": "APOLOGIES FOR ABSENCE",
             "agenda": ["The Local Government Act 1972 requires a record of the Members present as part of the "
                        "minutes. Members unable to attend should send apologies to the Town Clerk."],
             "minutes": ["Apologies for absence had been received from Councillor D Bowater, from Central "
                         "Bedfordshire Councillor T Stock, from E Griffith of the Bassett Road Surgery Patient "
                         "Participation Group and from the Chief Medical Director of BLMK Integrated Care Board "
                         "(ICB)."]},
            {"num": "47.", "title": "DECLARATIONS OF INTEREST",
             "agenda": ["Members must declare interests not already on the register; a Member with a Disclosable "
                        "Pecuniary Interest may not take part in that item without a dispensation."],
             "minutes": ["Councillor R Goodchild declared a personal interest as Chair of Salisbury House GP Practice "
                         "Patient Participation Group.",
                         "No pecuniary declarations were made or dispensations requested."]},
            {"num": "48.", "title": "QUESTIONS FROM THE PUBLIC (3 minutes per person; maximum 15 minutes)",
             "agenda": ["To receive questions and statements from the public on items on the agenda."],
             "minutes": ["Councillor Owen, speaking as a member of the public, asked whether the group should also "
                         "look at dentistry."]},
        ], heading="Agenda and draft minutes"),
    attendees=[A("D Bowater", APOLOGIES, "Councillor"),
               A("T Stock", APOLOGIES, "Councillor", "Central Bedfordshire"),
               A("E Griffith", APOLOGIES, None, "Bassett Road Surgery Patient Participation Group"),
               A("R Goodchild", PRESENT, "Councillor", optional=True)],
    decisions=[],
)

# Kings Caple Parish Council (a web page whose attendance lines lost their labels)

_KC18_MINUTES = "Resolved: To approve the Minutes of the meeting of 27th September 2018 as drafted"
_KC18_BROADBAND = ("Resolved: AH to liaise with the Internet Café to research what improved services could be acquired "
                   "and the costs for these.")

case(
    id="kings-caple-parish-council-2018", year=2018, format="html", layout="web_page",
    url="http://kingscapleparishcouncil.org.uk/parish-council-minutes/draft-minutes/",
    body="Kings Caple Parish Council", body_kind="parish_council",
    patterns=["attendance_lines_without_labels", "names_with_initials_in_brackets", "clerk_after_member_of_public",
              "apologies_sentence", "resolved_colon_to_approve", "resolved_colon_person_to_act",
              "ward_councillor_not_present", "empty_agenda_items"],
    notes="Draft minutes of 22 November 2018 at The Old School, Kings Caple (the parish council's web page). The "
          "stored copy has lost the labels of its two attendance lines ('Present:' and 'In attendance:' on the "
          "original layout, presumably): the four councillors are labelled present and the Clerk in attendance. "
          "The ward councillor 'was not present' and is labelled absent, optional. Narrative is rewritten; the stored "
          "copy breaks off in a payment resolution under item 8b ('Resolved: to approve the payment'), which is left "
          "out; the case ends after item 8a.",
    document=page("Draft Minutes", "\n".join([
        "<h1>Draft Minutes</h1>",
        "<p><strong>Minutes of the Meeting of the Parish Council</strong><br>22nd November 2018, The Old School, Kings "
        "Caple</p>",
        "<p>Adrian Harvey (AH), Pam Apperley (PA), Tim Over (TO), Andrew Eames (AE)</p>",
        "<p>1 member of the public, Liz Parry-Jones (LPJ) Clerk</p>",
        "<p><strong>1. Apologies for Absence</strong><br>Apologies were received from Penny Brandram-Jones, Julie "
        "Brandram-Jones and Mark Barry</p>",
        "<p><strong>2. Declarations of Interest and Requests for Dispensations</strong></p>",
        f"<p><strong>3. Minutes of the Previous Meeting</strong><br>{esc(_KC18_MINUTES)}</p>",
        "<p><strong>4. Updates on Action Points</strong><br>Walking Festival \u2013 PA said a date in mid-June 2019 "
        "had been pencilled in; the Parish Council has no part to play in running it.<br>Parish Council Summit "
        "\u2013 no member went; the slides have been sent round.<br>Other updates come under their own items.</p>",
        "<p><strong>5. Ward Cllr Report</strong><br>Cllr Durkin was not present; his September report had already "
        "been sent to members.</p>",
        "<p><strong>6. Representations from the Public</strong></p>",
        "<p><strong>7. Broadband Service to the Old School</strong><br>The Clerk explained that the PlusNet contract "
        "runs to August 2019 and that, as speeds already beat the estimate, PlusNet need not improve the service; "
        f"the Internet Café has been told.<br>{esc(_KC18_BROADBAND)}</p>",
        "<p><strong>8. Finance</strong><br>a. Current Financial Position.<br>Members noted the cashbook and bank "
        "balances and the schedule of income and payments against the 2018/19 budget, sent round before the "
        "meeting.</p>",
    ])),
    attendees=[A("Adrian Harvey", PRESENT), A("Pam Apperley", PRESENT), A("Tim Over", PRESENT),
               A("Andrew Eames", PRESENT), A("Liz Parry-Jones", IN_ATT, "Clerk"),
               A("Penny Brandram-Jones", APOLOGIES), A("Julie Brandram-Jones", APOLOGIES), A("Mark Barry", APOLOGIES),
               A("Durkin", ABSENT, "Ward Cllr", optional=True)],
    decisions=[D(_KC18_MINUTES, "approved", "3", "Minutes of the Previous Meeting"),
               D(_KC18_BROADBAND, "agreed", "7", "Broadband Service to the Old School")],
)
