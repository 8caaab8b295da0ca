"""The eighth blind set: what each document says and how it is labelled.

Every case is modelled on one stored public page (``url``) of a body that appears in none of the other
evaluation sets (``evaluation/real/*``, ``evaluation/blind``, ``blind2`` .. ``blind7``). Attendance sections and
decision wording are reproduced as published (names, roles, organisations, statuses and formulaic wording are
public facts); every narrative paragraph is written anew and kept short. Labels come from the published page only,
never from running a parser. Labelling rules are those of ``evaluation/blind/README.md``; this set's README says how
it was built.

Rendered by ``python evaluation/blind/build_cases.py --set evaluation/blind8`` with the blind set's renderers
(``render.py``) and, for PDFs, ``evaluation/real/pdfcase.py`` (tables, scanned pages).
"""
from __future__ import annotations

from labels import APOLOGIES, IN_ATT, PRESENT, SUB, A, D, bare
from pdfspec import GAP, T, TABLE
from render import item_history_page, moderngov_meeting, page, paras

CASES: list[dict] = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------------------
# NHS trust boards and a primary care trust board (England)

_SATH13_PRESENT = [("Mr M Beardwell", "Acting Chair"), ("Mr B Simms", "Non-Executive Director"),
                   ("Mr D Jones", "Non-Executive Director"), ("Dr P Vernon", "Non-Executive Director"),
                   ("Dr S Walford", "Non-Executive Director"), ("Dr R Hooper", "Non-Executive Director"),
                   ("Mr P Herring", "Chief Executive"), ("Dr A Fraser", "Medical Director"),
                   ("Mr N Nisbet", "Finance Director"), ("Mrs V Morris", "Director of Quality & Safety / Chief Nurse"),
                   ("Mrs D Kadum", "Chief Operating Officer"),
                   ("Mrs J Clarke", "Company Secretary (Director of Corporate Governance)")]
_SATH13_ATTENDING = [("Mr A Osborne", "Communications Director", ""), ("Mrs V Maher", "Workforce Director", ""),
                     ("Mr S Peak", "Director of Transformation", " (part)")]

case(
    id="sath-trust-board-2013", year=2013, format="pdf", layout="pdf_text_name_role_table",
    url="http://careersdocbox.com/Nursing/112162459-Enclosure-1-the-shrewsbury-and-telford-hospital-nhs-trust.html",
    body="Shrewsbury and Telford Hospital NHS Trust Board", body_kind="nhs_trust_board",
    patterns=["heading_cell_then_name_role_rows", "meeting_secretary_heading", "observer_heading",
              "apologies_none", "part_meeting_note_after_role", "observer_welcomed_in_narrative"],
    notes="Public session of 28 February 2013, published as enclosure 1 of the next meeting. The stored copy prints "
          "the minute numbers without their year prefix ('/22'); the case keeps them so. Dr Edwin Borman, welcomed as "
          "an observer in the first minute but in none of the lists, is optional. The stored copy shows no decision "
          "before the excerpt ends; the case ends inside the chair's award item, rewritten.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Enclosure 1", size=9),
        T("The Shrewsbury and Telford Hospital NHS Trust", bold=True, size=12),
        T("TRUST BOARD MEETING\nHeld on Thursday 28 February 2013 at 9.30 am\nSeminar Rooms 1&2, Shropshire Education "
          "& Conference Centre, Royal Shrewsbury Hospital", bold=True),
        T("PUBLIC SESSION MINUTES", bold=True),
        GAP(2),
        TABLE([["Present:" if i == 0 else "", n, r] for i, (n, r) in enumerate(_SATH13_PRESENT)]
              + [["In attendance:" if i == 0 else "", n, r + extra] for i, (n, r, extra) in enumerate(_SATH13_ATTENDING)]
              + [["Meeting Secretary:", "Ms M Devitt", "PA to Director of Corporate Governance"],
                 ["Observer:", "Mrs M Fellowes", "Telford & Wrekin Links Representative"],
                 ["Apologies:", "none", ""]], [35, 40, 95]),
        GAP(3),
        TABLE([["/22", "WELCOME\nThe Acting Chair welcomed Dr Edwin Borman, who was observing the meeting. Dr Borman "
                       "would become Medical Director in April."],
               ["/23", "DECLARATIONS OF INTEREST by members in relation to any matters of the agenda\nThere were no "
                       "declarations of interest."],
               ["/24", "CHAIR'S AWARD\nThis month's award went to the Hospital at Night Team, put forward by "
                       "colleagues for the support it gives to very ill patients out of hours."]], [15, 155]),
    ]}]},
    attendees=[A(bare(n), PRESENT, r) for n, r in _SATH13_PRESENT]
    + [A(bare(n), IN_ATT, r) for n, r, _ in _SATH13_ATTENDING]
    + [A("M Devitt", IN_ATT, "PA to Director of Corporate Governance"),
       A("M Fellowes", IN_ATT, "Telford & Wrekin Links Representative"),
       A("Edwin Borman", IN_ATT, optional=True)],
    decisions=[],
)

_PHT08_PRESENT = [("Ursula Ward", "Chief Executive"), ("Michael Waterland", "Chairman"),
                  ("Neil Kemsley", "Director of Finance"), ("Maggie MacIsaac", "Chief Operating Officer"),
                  ("Graeme Zaki", "Medical Director"), ("David Eccles", "Director of Human Resources and Workforce"),
                  ("Peter Mellor", "Company Secretary"), ("Mark Greenwood", "Non-Executive Director"),
                  ("David Bailey", "Non-Executive Director"), ("Alan Cole", "Non-Executive Director"),
                  ("Brett Gill", "Non-Executive Director")]

case(
    id="portsmouth-hospitals-trust-board-2008-scan", year=2008, format="pdf", layout="pdf_scan", scan=True,
    url="https://docest.com/doc/219744/public-board-meeting",
    body="Portsmouth Hospitals NHS Trust Board", body_kind="nhs_trust_board",
    patterns=["present_grid_three_name_comma_role_cells", "in_attendance_minutes_taker", "apologies_under_minute",
              "nn_yy_minute_numbers", "minutes_accepted_as_accurate_record", "scanned_page"],
    notes="Part II (in public) of the meeting of 4 September 2008. The stored copy does not name the trust; it is "
          "identified from the venue (Cosham) and its chief executive and chairman. The present list is a grid of "
          "'Name, Role' cells three to a row, as stored. Rendered as a scan (the original's scan status is unknown). "
          "The case ends inside minute 101/08, rewritten.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("PART II TRUST BOARD MEETING\nIN PUBLIC\nHeld on Thursday 4 September at 2.30 pm\nIn the Conference Room, "
          "Dame Judith Professional Centre, Cosham", bold=True),
        T("M I N U T E S", bold=True),
        GAP(2),
        TABLE([["Present:"] + [f"{n}, {r}" for n, r in _PHT08_PRESENT[0:2]],
               [""] + [f"{n}, {r}" for n, r in _PHT08_PRESENT[2:4]],
               [f"{n}, {r}" for n, r in _PHT08_PRESENT[4:7]],
               [f"{n}, {r}" for n, r in _PHT08_PRESENT[7:10]],
               [f"{_PHT08_PRESENT[10][0]}, {_PHT08_PRESENT[10][1]}", "", ""],
               ["In Attendance:", "Lesley Kemp (Minutes)", ""]], [56, 57, 57], border=True, size=9),
        GAP(3),
        TABLE([["Item No.", "MINUTE", "ACTION"],
               ["97/08", "Apologies\nMark Nellthorp, Non-Executive Director\nDeclaration of interests\nThe Chairman "
                         "asked whether any Board Member had a conflict of interest with any item on the agenda. "
                         "None was declared.", ""],
               ["98/08", "Minutes of the meeting of the Trust Board held on 31 July 2008\nThe Minutes of the meeting "
                         "held on 31 July 2008 were accepted as an accurate record of the meeting, with no "
                         "amendments.", ""],
               ["99/08", "Chairman's communications\nThe Chairman said the joint meeting of the Board and the "
                         "Council of Governors had gone well and that the governors were engaging closely.", ""],
               ["100/08", "Chief Executive's Report\nUrsula Ward had nothing specific to report.", ""],
               ["101/08", "Fire Officer's Annual Report\nDavid Eccles presented the annual fire safety report, which "
                          "the Board receives each year.", ""]], [20, 130, 20], border=True, size=9),
    ]}]},
    attendees=[A(n, PRESENT, r) for n, r in _PHT08_PRESENT]
    + [A("Lesley Kemp", IN_ATT, "Minutes"), A("Mark Nellthorp", APOLOGIES, "Non-Executive Director")],
    decisions=[D("The Minutes of the meeting held on 31 July 2008 were accepted as an accurate record of the meeting, "
                 "with no amendments.", "approved", "98/08",
                 "Minutes of the meeting of the Trust Board held on 31 July 2008")],
)

_SCHT15_GROUPS = [
    ("Chair and Non-Executive Members (Voting)", [("Mr. Mike Ridley", "Chairman"), ("Mr. Rolf Levesley", "Vice Chairman"),
                                                  ("Mr. Peter Phillips", "Non-Executive Director"),
                                                  ("Mrs. Nuala O’Kane", "Non-Executive Director"),
                                                  ("Mrs. Jane MacKenzie", "Non-Executive Director")]),
    ("Executive Members (Voting)", [("Ms. Jan Ditheridge", "Chief Executive"), ("Dr. Mahadeva Ganesh", "Medical Director"),
                                    ("Mr. Steve Gregory", "Director of Nursing and Operations"),
                                    ("Mrs. Ros Francke", "Director of Finance")]),
    ("Executive Members (Non-Voting)", [("Ms. Julie Thornby", "Director of Corporate Affairs")]),
]

case(
    id="shropshire-community-health-trust-board-2015", year=2015, format="pdf", layout="pdf_text_grouped_name_role",
    url="https://studylib.net/doc/18440521/trust-board-minutes-november-2015-board",
    body="Shropshire Community Health NHS Trust Board", body_kind="nhs_trust_board",
    patterns=["present_heading_then_voting_group_subheadings", "bracketed_roles_in_own_column",
              "counts_of_public_press_observers_staff", "apologies_under_minute_with_role",
              "formally_proposed_seconded_unanimously_agreed", "dotted_titles"],
    notes="Meeting of 26 November 2015 at Bishop's Castle Community Hospital. The stored text runs each group's names "
          "and then their bracketed roles; the case sets each role beside its name. The counts of members of the "
          "public, press, observers and staff name nobody. The minutes item both says the minutes were agreed and "
          "records a formal proposal, seconded and agreed: one decision, the formal wording optional. The case ends "
          "inside minute 2015.6.123, rewritten.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("MINUTES OF THE BOARD MEETING\nHELD AT BISHOP’S CASTLE COMMUNITY HOSPITAL\nAT 9:30 AM ON THURSDAY 26 NOVEMBER "
          "2015", bold=True),
        GAP(2), T("PRESENT", bold=True),
        *[item for heading, people in _SCHT15_GROUPS for item in
          (T(heading, bold=True), TABLE([[n, f"({r})"] for n, r in people], [60, 110]))],
        TABLE([["Members of the Public", "5"], ["Press", "0"], ["Observers", "0"], ["Staff", "1"]], [60, 20]),
        GAP(2),
        T("On behalf of the Board, Mr Ridley welcomed everyone to the Trust Board Meeting held in public."),
        T("Minute No 2015.6.121 - Apologies (Agenda Item 1)", bold=True),
        T("Mr. Steve Jones (Non-Executive Director)"),
        T("Minute No. 2015.6.122 - Minutes of the Meeting held on 24 September 2015 (Agenda Item 2)", bold=True),
        T("The minutes were agreed as an accurate record.\nPosition accepted.\nMr Gregory FORMALLY PROPOSED that the "
          "Minutes of the Board Meeting of Shropshire Community Health NHS Trust held on 24 September 2015 be received "
          "and approved as an accurate record. The proposal was SECONDED by Dr Ganesh. BOARD MEMBERS UNANIMOUSLY "
          "AGREED the proposal."),
        T("Minute No. 2015.6.123 – Review of action log (Agenda Item 3)", bold=True),
        T("Members went through the action log; completed actions were taken off it and a few open ones were "
          "discussed."),
    ]}]},
    attendees=[A(bare(n), PRESENT, r) for _, people in _SCHT15_GROUPS for n, r in people]
    + [A("Steve Jones", APOLOGIES, "Non-Executive Director")],
    decisions=[D("The minutes were agreed as an accurate record.", "approved", "2015.6.122",
                 "Minutes of the Meeting held on 24 September 2015"),
               D("Mr Gregory FORMALLY PROPOSED that the Minutes of the Board Meeting of Shropshire Community Health NHS "
                 "Trust held on 24 September 2015 be received and approved as an accurate record. The proposal was "
                 "SECONDED by Dr Ganesh. BOARD MEMBERS UNANIMOUSLY AGREED the proposal.", "approved", "2015.6.122",
                 "Minutes of the Meeting held on 24 September 2015", optional=True)],
)

_TW09_PRESENT = [("Mr Brian Taylor", "Chair"), ("Mr Simon Conolly", "Chief Executive"),
                 ("Cllr Louise Lomax", "Non Executive Director & Vice Chair"), ("Mr David Ward", "Non Executive Director"),
                 ("Mr Andrew Mason", "Non Executive Director"), ("Ms Brenda Thomas", "Non Executive Director"),
                 ("Mrs Margaret Blackmore", "PEC Board Member"), ("Mr Robert Hill", "Non Executive Director"),
                 ("Dr Andy Inglis", "PEC Chair"),
                 ("Mrs Claire Old", "Director of Commissioning & Service Development"),
                 ("Mr Dylan Harrison", "Non Executive Director"),
                 ("Rev. Pam Bickley", "Director of Patient and Community Engagement"),
                 ("Mrs Marie Harrison", "Non Executive Director")]

case(
    id="nhs-telford-wrekin-pct-board-2009-scan", year=2009, format="pdf", layout="pdf_scan", scan=True,
    url="http://www.docstoc.com/docs/71374607/Minutes-of-the-Extraordinary-Board-Meeting-of-NHS-Telford-and",
    body="NHS Telford and Wrekin (primary care trust) Board", body_kind="pct_board",
    patterns=["present_heading_cell_name_dash_role_lines", "in_attendance_with_as_minute_secretary",
              "mps_in_attendance_without_role_dash", "company_name_as_role", "extraordinary_meeting",
              "public_welcomed_by_count", "scanned_page"],
    notes="Extraordinary meeting of 22 September 2009 on hospital services. Rendered as a scan (the original's scan "
          "status is unknown). Mr Gregory Pike's line gives a firm ('Provex SHP'), labelled as his organisation; the "
          "two MPs are labelled with role MP. The stored copy shows no decision before the excerpt ends; the case ends "
          "inside the welcome, rewritten.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("Minutes of the Extraordinary Board Meeting of NHS Telford and Wrekin (NHS T&W)\nheld in The Ironbridge "
          "Suite, Park Inn, Telford\nat 4.00 p.m. on Tuesday 22 September 2009", bold=True),
        GAP(3),
        TABLE([["Present :" if i == 0 else "", f"{n} – {r}"] for i, (n, r) in enumerate(_TW09_PRESENT)]
              + [["In Attendance:", "Mrs Sarabjit Kaur – as Minute Secretary"],
                 ["", "Mr John MacDonald – Programme Director"], ["", "Mr Gregory Pike – Provex SHP"],
                 ["", "Mark Pritchard MP"], ["", "David Wright MP"]], [35, 135]),
        GAP(3),
        TABLE([["114.09", "Welcome\n\nMr Taylor welcomed 158 members of the public. He explained that this was a "
                          "meeting of the Board held in public rather than a public meeting, but that people would be "
                          "able to ask questions after the two agenda items had been presented."]], [20, 150]),
    ]}]},
    attendees=[A(bare(n), PRESENT, r) for n, r in _TW09_PRESENT]
    + [A("Sarabjit Kaur", IN_ATT, "Minute Secretary"), A("John MacDonald", IN_ATT, "Programme Director"),
       A("Gregory Pike", IN_ATT, None, "Provex SHP"), A("Mark Pritchard", IN_ATT, "MP"),
       A("David Wright", IN_ATT, "MP")],
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# Councils: a Northern Irish council, cabinets / executives, scrutiny committees

case(
    id="derry-strabane-council-agm-2019", year=2019, format="html", layout="moderngov_html",
    url="http://meetings.derrycityandstrabanedistrict.com/ieListDocuments.aspx?CId=297&MId=1241",
    body="Derry City and Strabane District Council (Annual General Meeting)", body_kind="ni_council",
    patterns=["am_prefixed_item_numbers", "attendance_recorded_but_not_listed", "moved_seconded_resolved_that",
              "suspension_of_standing_orders", "movers_named_only_in_narrative"],
    notes="Annual meeting of 20 May 2019. The page records that attendance was taken but lists nobody; the movers, "
          "seconders and speakers named in the minutes are optional. The stored copy breaks off inside a second "
          "motion to suspend standing orders; the case ends before its outcome.",
    document=moderngov_meeting(
        "Annual General Meeting", "Monday 20 May 2019 7.00 pm", "Guildhall, Derry", "Democratic Services", [
            {"num": "AM119", "title": "Notice and Summons of Meeting",
             "minutes": ["The Chief Executive read the Notice and Summons for the Meeting."]},
            {"num": "AM219", "title": "Member Attendance and Apologies",
             "minutes": ["The Chief Executive recorded the attendance.  No apologies were recorded."]},
            {"num": "AM319", "title": "Suspension of Standing Orders - Admission of General Public to the Internal "
                                      "Chamber where Excess Numbers Necessitate",
             "minutes": ["Councillor Devenney Moved, Councillor Hussey Seconded and the Council",
                         "Resolved        that Standing Orders be suspended in order to allow access to members of the "
                         "public to the Council Chamber.",
                         "Asked by Councillor McCann how Standing Orders could be amended, the Lead Legal Services "
                         "Officer said a motion would have to come to Council, ideally as part of a wider review.",
                         "Councillor Harkin raised the sponsorship of a local business awards event by a mining company "
                         "and asked Members to support withdrawing it; the Mayor said standing orders would need to be "
                         "suspended again for that to be decided."]},
        ]),
    attendees=[A(n, PRESENT, optional=True) for n in ["Devenney", "Hussey", "McCann", "Harkin"]],
    decisions=[D("Resolved        that Standing Orders be suspended in order to allow access to members of the public "
                 "to the Council Chamber.", "agreed", "AM319",
                 "Suspension of Standing Orders - Admission of General Public to the Internal Chamber where Excess "
                 "Numbers Necessitate")],
)

_OLDHAM23_EXCLUSION = ("That, in accordance with Section 100A(4) of the Local Government Act 1972, the press and "
                       "public be excluded from the meeting during consideration of the following item of business on "
                       "the grounds that it contains exempt information under paragraph 3 of Part 1 of Schedule 12A "
                       "of the Act, and it would not, on balance, be in the public interest to disclose the report.")

case(
    id="oldham-cabinet-2023", year=2023, format="html", layout="moderngov_html",
    url="https://committees.oldham.gov.uk/ieListDocuments.aspx?CId=144&MId=9077&Ver=4",
    body="Oldham Council Cabinet", body_kind="council_cabinet",
    patterns=["item_table_without_numbers", "apologies_single_councillor", "resolution_without_resolved_label",
              "options_considered_paragraph", "numbered_resolution_parts", "exclusion_of_press_and_public"],
    notes="Special meeting of 17 July 2023 on a care home emergency. Oldham's health and wellbeing board is used "
          "elsewhere; the Cabinet is taken as a body apart (as blind7 did for Durham). Both resolutions print without "
          "a 'Resolved' label. The stored copy breaks off inside the second part of the care home resolution; the case "
          "ends after the first part.",
    document=moderngov_meeting(
        "Special Meeting, Cabinet", "Monday, 17th July, 2023 6.00 pm", "Civic Centre, Oldham", "Constitutional Services", [
            {"title": "Apologies For Absence", "minutes": ["Apologies for absence were received from Councillor Dean."]},
            {"title": "Urgent Business", "agenda": ["Urgent business, if any, introduced by the Chair"],
             "minutes": ["There were no items of urgent business received."]},
            {"title": "Declarations of Interest",
             "agenda": ["To Receive Declarations of Interest in any Contract or matter to be discussed at the meeting."],
             "minutes": ["There were no declarations of interest received."]},
            {"title": "Public Question Time", "minutes": ["No public questions had been received for this meeting."]},
            {"title": "Exclusion of the Press and Public", "minutes": [_OLDHAM23_EXCLUSION]},
            {"title": "Adult Health Care/Nursing Care Provision", "agenda": ["Director of Adult Social Care to report"],
             "minutes": ["The Cabinet considered a confidential report of the Director of Adult Social Care about an "
                         "urgent situation at one of the borough's larger care homes.",
                         "Options/Alternatives considered",
                         "The report set out five options; four of them were rejected for the reasons it gave.",
                         "1.    That Option 4, as detailed in the Director of Adult Social Care’s report, be approved."]},
        ]),
    attendees=[A("Dean", APOLOGIES)],
    decisions=[D(_OLDHAM23_EXCLUSION, "agreed", None, "Exclusion of the Press and Public"),
               D("1.    That Option 4, as detailed in the Director of Adult Social Care’s report, be approved.",
                 "approved", None, "Adult Health Care/Nursing Care Provision")],
)

case(
    id="central-bedfordshire-executive-2010", year=2010, format="html", layout="moderngov_html",
    url="https://centralbeds.moderngov.co.uk/ieListDocuments.aspx?CId=577&MeetingId=3028",
    body="Central Bedfordshire Council Executive", body_kind="council_cabinet",
    patterns=["resolved_on_its_own_line_then_minutes_clause", "personal_and_prejudicial_interests_none",
              "exempt_appendix_agreed_in_narrative", "agenda_decisions_and_minutes_heading"],
    notes="The stored copy shows no meeting date; it confirms the minutes of 9 February 2010, so the meeting is later "
          "in 2010. No attendance is printed. The agreement on how an exempt appendix would be handled is a "
          "conditional course of action, optional. The case ends at the petitions item's agenda text.",
    document=moderngov_meeting(
        "Executive", "2010", "Council Chamber, Priory House, Monks Walk, Shefford", "Devina Lester  0300 300 4036", [
            {"num": "182.", "title": "Minutes",
             "agenda": ["To approve as a correct record the minutes of the meeting of the Executive held on 9 February "
                        "2010."],
             "minutes": ["RESOLVED:", "The minutes of the meeting held on 9 February 2010 were confirmed as a correct "
                                      "record and signed by the Chairman."]},
            {"num": "183.", "title": "Declarations of Interest",
             "minutes": ["(a) Personal Interests:- None.", "(b) Personal and Prejudicial Interests:- None."]},
            {"num": "184.", "title": "Chairman's Announcements", "minutes": ["There were no matters of communication."]},
            {"num": "185.", "title": "Disclosure of Any Exempt Information",
             "minutes": ["The Executive noted that one later item had an exempt appendix and agreed that should there be "
                         "a need to consider the document it could not be dealt with in the public part of the "
                         "meeting."]},
            {"num": "186.", "title": "Petitions",
             "agenda": ["To consider any petitions received under the Scheme of Public Participation."]},
        ], heading="Agenda, decisions and minutes"),
    attendees=[],
    decisions=[D("The minutes of the meeting held on 9 February 2010 were confirmed as a correct record and signed by "
                 "the Chairman.", "approved", "182.", "Minutes"),
               D("The Executive noted that one later item had an exempt appendix and agreed that should there be a need "
                 "to consider the document it could not be dealt with in the public part of the meeting.", "agreed",
                 "185.", "Disclosure of Any Exempt Information", optional=True)],
)

case(
    id="gravesham-overview-scrutiny-2023", year=2023, format="html", layout="moderngov_html",
    url="https://democracy.gravesham.gov.uk/ieListDocuments.aspx?CId=105&MeetingId=6032",
    body="Gravesham Borough Council Overview Scrutiny Committee", body_kind="council_scrutiny",
    patterns=["item_table_without_numbers", "apology_with_substitute_in_one_sentence", "minutes_agreed_and_signed",
              "call_in_item", "officers_named_in_agenda_text", "noted_and_agreed_in_one_sentence"],
    notes="Meeting of 21 September 2023. Gravesham appears elsewhere only inside the Dartford, Gravesham and Swanley "
          "health and wellbeing board; this committee is taken as a body apart. The officers named in the call-in's "
          "agenda text are not in an attendance statement and are optional. The case ends at any other business, "
          "rewritten.",
    document=moderngov_meeting(
        "Overview Scrutiny Committee", "Thursday, 21st September, 2023 7.30 pm", "Council Chamber, Civic Centre, "
        "Gravesend", "Committee Services", [
            {"title": "Apologies for absence", "minutes": [
                "An apology for absence was received from Cllr Ejaz Aslam and CllrGary Harding attended as substitute."]},
            {"title": "To sign the minutes of the previous meeting", "minutes": [
                "The minutes of the Overview Scrutiny Committee held on Thursday, 6 July 2023 were agreed and signed by "
                "the Chair."]},
            {"title": "Declarations of Interests", "minutes": ["No declarations of interest were made."]},
            {"title": "Call ins - Item 11: Interests in land and assets belonging to the council - (Part A)",
             "agenda": ["Item ‘Called In’ from the Cabinet meeting of 11 September 2023.",
                        "Officers: Stuart Bobby (Chief Executive) and Sarah Parfitt (Corporate Services)."],
             "minutes": ["With the consent of members, the Chair advised that the committee noted Part A of the report "
                         "and agreed to discuss it further under Part B."]},
            {"title": "Any other business", "minutes": [
                "The Chair said he would talk to the Chief Executive about topic reviews and report back at the next "
                "meeting."]},
        ]),
    attendees=[A("Ejaz Aslam", APOLOGIES), A("Gary Harding", SUB, sub_for="Ejaz Aslam"),
               A("Stuart Bobby", IN_ATT, "Chief Executive", optional=True),
               A("Sarah Parfitt", IN_ATT, None, "Corporate Services", optional=True)],
    decisions=[D("The minutes of the Overview Scrutiny Committee held on Thursday, 6 July 2023 were agreed and signed "
                 "by the Chair.", "approved", None, "To sign the minutes of the previous meeting"),
               D("With the consent of members, the Chair advised that the committee noted Part A of the report and "
                 "agreed to discuss it further under Part B.", "noted", None,
                 "Call ins - Item 11: Interests in land and assets belonging to the council - (Part A)")],
)

case(
    id="epping-forest-overview-scrutiny-2021", year=2021, format="html", layout="moderngov_html",
    url="https://rds.eppingforestdc.gov.uk/ieListDocuments.aspx?CId=395&MId=10553",
    body="Epping Forest District Council Overview and Scrutiny Committee", body_kind="council_scrutiny",
    patterns=["substitute_members_item", "chairman_named_only_in_narrative", "webcasting_announcement",
              "virtual_meeting"],
    notes="Virtual meeting of 15 April 2021. Epping Forest's local strategic partnership board is used elsewhere; this "
          "committee is a body apart. No attendance list is printed; the chairman, named in narrative, is optional. "
          "The stored copy breaks off inside the minutes item; the case ends before its outcome.",
    document=moderngov_meeting(
        "Overview & Scrutiny Committee", "Thursday 15th April 2021 7.00 pm", "Virtual Meeting on Zoom",
        "Vivienne Messenger Tel: (01992) 564243", [
            {"num": "87.", "title": "Webcasting Introduction", "minutes": [
                "The Chairman reminded everyone that the meeting was being broadcast live and could be watched again "
                "later."]},
            {"num": "88.", "title": "SUBSTITUTE MEMBERS",
             "agenda": ["To report the appointment of any substitute members for the meeting."],
             "minutes": ["The Committee noted that Councillor H Kane had been appointed as substitute for Councillor "
                         "P Stalker."]},
            {"num": "89.", "title": "Minute's Silence for HRH The Prince Philip, Duke of Edinburgh", "minutes": [
                "The Chairman, Councillor M Sartin, asked members to stand for a minute's silence following the death "
                "of HRH The Prince Philip, Duke of Edinburgh, on 9 April 2021."]},
            {"num": "90.", "title": "MINUTES", "agenda": ["To confirm the minutes of the last meeting of the "
                                                          "Committee."]},
        ]),
    attendees=[A("H Kane", SUB, sub_for="P Stalker"), A("M Sartin", PRESENT, "Chairman", optional=True)],
    decisions=[],
)

_MAID23_MEMBERS = ["English", "Mrs Blackmore", "Cannon", "Clark", "Cleator", "Conyard", "Eagle", "Forecast",
                   "Hinder", "Munford", "Round", "S Thompson"]

case(
    id="maidstone-overview-scrutiny-2023", year=2023, format="html", layout="council_minutes_page",
    url="https://maidstone.gov.uk/home/primary-services/council-and-democracy/primary-areas/your-councillors?"
        "sq_content_src=%2BdXJsPWh0dHBzJTNBJTJGJTJGbWVldGluZ3MubWFpZHN0b25lLmdvdi51ayUyRmRvY3VtZW50cyUyRmc1MTYwJTJGUH"
        "JpbnRlZCUyMG1pbnV0ZXMlMjAyMHRoLUp1bi0yMDIzJTIwMTguMzAlMjBPdmVydmlldyUyMFNjcnV0aW55JTIwQ29tbWl0dGVlLmh0bSUzRlQl"
        "M0QxJTI2Q1QlM0QyJmFsbD0x",
    body="Maidstone Borough Council Overview & Scrutiny Committee", body_kind="council_scrutiny",
    patterns=["committee_members_heading_surnames_only", "chairman_in_brackets", "substitute_member_item",
              "resolved_that_elected_vice_chairman", "resolved_minutes_approved_and_signed", "numbered_plain_items"],
    notes="Printed minutes of 20 June 2023 shown inside the council's site. The 'Committee Members:' list includes the "
          "substitute and leaves out the two members who sent apologies, so it is the attendance and is labelled "
          "present (the substitute as substitute). The stored copy prints the resolution on taking items in public "
          "under item 7 (its own heading lost); the case keeps it there. The case ends at the forward plan item, "
          "rewritten.",
    document=page("Printed minutes - Overview & Scrutiny Committee - 20 June 2023", "\n".join([
        "<h1>Overview &amp; Scrutiny Committee</h1>",
        paras(["Committee Members:",
               "Councillors English (Chairman), Mrs Blackmore, Cannon, Clark, Cleator, Conyard, Eagle, Forecast, "
               "Hinder, Munford, Round and S Thompson",
               "1. Apologies for Absence",
               "Apologies for Absence were received from Councillors Hastie and S Webb.",
               "2. Notification of Substitute Members",
               "Councillor Forecast was present as Substitute Member for Councillor Webb.",
               "3. Urgent Items",
               "The Chairman said there was an urgent item and invited the Vice-Chairman to speak.",
               "The Vice-Chairman told the Committee that he had stood down from the post because he could not give "
               "it the time it needed.",
               "4. Election of Vice-Chairman",
               "RESOLVED: That Councillor Cleator be elected as the Vice-Chairman for the remainder of the 2023/24 "
               "Municipal Year.",
               "5. Notification of Visiting Members", "There were no Visiting Members.",
               "6. Disclosures by Members and Officers", "There were no disclosures by Members or Officers.",
               "7. Disclosures of Lobbying",
               "RESOLVED: That all items be taken in public as proposed.",
               "9. Minutes of the Meeting Held on 13 April 2023",
               "RESOLVED: That the Minutes of the meeting held on 13 April 2023 be approved as a correct record and "
               "signed.",
               "10. Minutes of the Meeting held on 23 May 2023",
               "RESOLVED: That the Minutes of the meeting held on 23 May 2023 be approved as a correct record and "
               "signed.",
               "11. Presentation of Petitions", "There were no petitions.",
               "14. Executive Forward Plan - 30 May to 30 September 2023",
               "The Democratic Services Officer said which items were likely to be added when the forward plan was "
               "next published."]),
    ])),
    attendees=[A(bare(n), PRESENT, "Chairman" if n == "English" else None) for n in _MAID23_MEMBERS
               if n != "Forecast"]
    + [A("Forecast", SUB, sub_for="Webb"), A("Hastie", APOLOGIES), A("S Webb", APOLOGIES)],
    decisions=[D("RESOLVED: That Councillor Cleator be elected as the Vice-Chairman for the remainder of the 2023/24 "
                 "Municipal Year.", "approved", "4", "Election of Vice-Chairman"),
               D("RESOLVED: That all items be taken in public as proposed.", "agreed", "7", "Disclosures of Lobbying"),
               D("RESOLVED: That the Minutes of the meeting held on 13 April 2023 be approved as a correct record and "
                 "signed.", "approved", "9", "Minutes of the Meeting Held on 13 April 2023"),
               D("RESOLVED: That the Minutes of the meeting held on 23 May 2023 be approved as a correct record and "
                 "signed.", "approved", "10", "Minutes of the Meeting held on 23 May 2023")],
)

case(
    id="newcastle-under-lyme-scrutiny-2013", year=2013, format="html", layout="moderngov_item_page",
    url="https://moderngov.newcastle-staffs.gov.uk/mgAi.aspx?ID=4340",
    body="Newcastle-under-Lyme Borough Council scrutiny committee (ModernGov item 4340)", body_kind="council_scrutiny",
    patterns=["item_page_without_meeting_line", "it_was_agreed_in_narrative", "working_group_members_named",
              "committee_chairs_named_in_narrative"],
    notes="An item page from mid-2013 (it refers to an extra meeting on 22 July 2013); the committee is not named on "
          "the page. The six councillors named for the new working group are a membership, not attendance; the two "
          "committee chairs who report are optional.",
    document=item_history_page("Agenda item", None,
                               "Work Plans for the Overview and Scrutiny Committees and the Health Scrutiny Committee", [
        "To consider the work plans for the Overview and Scrutiny Committees and the Health Scrutiny Committee.",
        "The Chair said that the Active and Cohesive Scrutiny Committee had referred the licensing of takeaways.",
        "A Member said that clusters of takeaways in parts of the Borough were also a health matter, adding to "
        "obesity.  It was agreed to set up a Member working group to look at the issue of the licensing of "
        "takeaways.   The six Members would be, Cllr Eastwood, Cllr Gill Williams, Cllr Loades, Cllr Stringer, "
        "Cllr Studd and Cllr Reddish.",
        "Cllr Stringer, Chair of the Economic Development and Enterprise Overview and Scrutiny Committee, said he "
        "hoped to call the HS2 Working Group together in July.",
        "Cllr Shenton, Chair of the Transformation and Resources Overview and Scrutiny Committee, said an extra "
        "meeting had been arranged for 22 July 2013."]),
    attendees=[A("Stringer", PRESENT, "Chair", "Economic Development and Enterprise Overview and Scrutiny Committee",
                 optional=True),
               A("Shenton", PRESENT, "Chair", "Transformation and Resources Overview and Scrutiny Committee",
                 optional=True)],
    decisions=[D("It was agreed to set up a Member working group to look at the issue of the licensing of takeaways.",
                 "agreed", None, "Work Plans for the Overview and Scrutiny Committees and the Health Scrutiny "
                                 "Committee")],
)

_REDDITCH07 = [
    "1)         the minutes of the meetings of the Chairs’ Steering Committee held on the 23rd January and the 26th "
    "March 2007 be noted and accepted as correct records;",
    "2)         the minutes of the meetings of the Environmental Overview and Scrutiny Committee held on the 17th "
    "January, the 19th February, the 27th February and the 19th March 2007 be noted and accepted as correct records;",
    "3)         the minutes of the meetings of the Leisure, Tourism and Economy Overview and Scrutiny Committee held on "
    "the 24th January and the 13th March 2007 be noted and accepted as correct records; and",
    "4)         the minutes of the meetings of the Social Overview and Scrutiny Committee held on the 30th January and "
    "the 21stt March 2007 be noted and accepted as correct records.",
]

case(
    id="redditch-overview-scrutiny-2007", year=2007, format="html", layout="moderngov_item_page",
    url="https://moderngovwebpublic.redditchbc.gov.uk/mgAi.aspx?ID=781",
    body="Redditch Borough Council Overview and Scrutiny Committee", body_kind="council_scrutiny",
    patterns=["item_page_without_meeting_line", "numbered_parts_without_resolved_label", "noted_and_accepted",
              "first_meeting_of_new_committee"],
    notes="First meeting of the new committee, spring 2007. The four numbered parts print with no 'Resolved' label "
          "and are one decision; '21stt' is as printed. No attendance is printed. The stored copy lacks the item's title; "
          "the case gives a plain descriptive one (also the label's item title).",
    document=item_history_page("Agenda item", None, "Minutes of predecessor Overview and Scrutiny Committees", [
        "To note and accept the minutes of the predecessor Overview and Scrutiny Committee meetings (minutes "
        "attached).",
        "This being the new Overview and Scrutiny Committee's first meeting, it received the minutes that its "
        "predecessor committees had left outstanding.",
        *_REDDITCH07, "Supporting documents:"]),
    attendees=[],
    decisions=[D(" ".join(_REDDITCH07), "noted", None, "Minutes of predecessor Overview and Scrutiny Committees")],
)

case(
    id="neath-port-talbot-apologies-policy-2016", year=2016, format="html", layout="moderngov_item_page",
    url="https://democracy.npt.gov.uk/mgAi.aspx?ID=17052&LLL=0",
    body="Neath Port Talbot County Borough Council committee (ModernGov item 17052)", body_kind="council_committee",
    patterns=["item_page_without_meeting_line", "resolved_colon_that_two_sentences", "draft_policy_consultation"],
    notes="An item page on a draft policy for recording members' apologies; it looks ahead to the May 2017 local "
          "elections, so the meeting is taken as 2016. The committee is not named on the page. No attendance is "
          "printed. The host also carries the South West Wales Corporate Joint Committee used by blind3; this page and "
          "body are different. The stored copy lacks the item's title; the case gives a plain descriptive one.",
    document=item_history_page("Agenda item", None, "Recording of Members' Apologies", [
        "Minutes:",
        "Members considered a draft policy for recording apologies for Council meetings.",
        "Officers explained that apologies would be kept as part of each Member's online attendance record rather "
        "than in the minutes, and that the political groups would be consulted before the policy went to Council.",
        "Members agreed that apologies could be given by email, telephone or in person, by the Member themselves, "
        "before or during the meeting.",
        "RESOLVED: that the Head of Corporate Strategy and Democratic Services should write on behalf of the Committee "
        "to the respective Group Leaders about the policy. If there are no issues identified then the policy can be "
        "taken to Council but if any issues are identified then a further report will be brought back to this "
        "Committee.",
        "Supporting documents:"]),
    attendees=[],
    decisions=[D("RESOLVED: that the Head of Corporate Strategy and Democratic Services should write on behalf of the "
                 "Committee to the respective Group Leaders about the policy. If there are no issues identified then the "
                 "policy can be taken to Council but if any issues are identified then a further report will be brought "
                 "back to this Committee.", "agreed", None, "Recording of Members' Apologies")],
)
