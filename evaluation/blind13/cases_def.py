"""The thirteenth blind set: what each document says and how it is labelled.

Every case is modelled on one stored public page (``url``) of a body that appears in none of the other
evaluation sets (``evaluation/real/*``, ``evaluation/blind``, ``blind2`` .. ``blind12``; each body name, its short
forms and the page's host and path were grepped across ``evaluation/``). Attendance sections and decision wording
are reproduced as published (names, roles, organisations, statuses and formulaic wording are public facts); every
narrative paragraph is written anew and kept short. Labels come from the published page only, never from running
a parser. Labelling rules are those of ``evaluation/blind/README.md`` and blind8's README.

Rendered by ``python evaluation/blind/build_cases.py --set evaluation/blind13`` with the blind set's renderers
(``render.py``) and, for PDFs, ``evaluation/real/pdfcase.py`` (tables, name columns, scanned pages).
"""
from __future__ import annotations

from labels import APOLOGIES, IN_ATT, PRESENT, SUB, A, D
from pdfspec import COLUMNS, GAP, T, TABLE
from render import moderngov_meeting

CASES: list[dict] = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------------------
# Health and wellbeing boards and a health scrutiny committee (ModernGov meeting pages)

_WESTMINSTER17_APPOINT = ("That Dr Joanne Medhurst be appointed onto the Westminster Health and Wellbeing Board as "
                          "non-voting Member in her capacity as the representative of Central London Community "
                          "Healthcare NHS Trust.")

case(
    id="westminster-hwb-2017", year=2017, format="html", layout="moderngov_html",
    url="https://committees.westminster.gov.uk/ieListDocuments.aspx?CId=162&MId=4258&Ver=4",
    body="Westminster City Council Health and Wellbeing Board", body_kind="hwb",
    patterns=["numbered_paragraph_minutes", "apologies_name_bracketed_organisation_or_role",
              "same_person_in_two_apology_sentences", "deputies_respectively_for_sentence",
              "resolved_colon_that_appointment", "declaration_name_bracketed_role_organisation"],
    notes="Meeting of 13 July 2017 (a ModernGov meeting page). Attendance is recorded only under 'Membership': two "
          "apology sentences (Melissa Caslake appears in both, as printed; labelled once) and a sentence naming three "
          "deputies 'respectively' for three absent members, whom the case labels as substitutes for them. Dr "
          "Neville Purssell is named only in a declaration (present, optional). Dr Joanne Medhurst is named only in "
          "the appointment resolution and is not labelled. The stored copy breaks off inside item 2; the case ends "
          "with that item, its close rewritten.",
    document=moderngov_meeting(
        "Health & Wellbeing Board", "Thursday 13th July, 2017 4.00 pm",
        "Rooms 3.6 and 3.7, 3rd Floor, 5 Strand, London WC2 5HR",
        "Toby Howes, Senior Committee and Governance Officer  Tel: 7641 8470", [
            {"num": "1.", "title": "MEMBERSHIP", "agenda": ["To report any changes to the Membership of the meeting."],
             "minutes": [
                 "1.1       Apologies for absence were received from Melissa Caslake (Tri-borough Children’s Services) "
                 "and Dr David Finch (NHS England).",
                 "1.2       Apologies for absence were also received from Councillor Richard Holloway (Cabinet Member "
                 "for Children, Families and Young People), Sue Redmond (Tri-borough Executive Director of Adult "
                 "Social Care), Melissa Caslake (Tri-borough Children’s Services), Rachael Wright-Turner (Tri-borough "
                 "Children’s Services) and Barbara Brownlee (Director of Housing and Regeneration).",
                 "1.3       Councillor Karen Scarborough (Deputy Cabinet Member for Children, Families and Young "
                 "People), Dylan Champion (Tri-borough Adult Social Care) and Andrea Luker (Housing and Regeneration) "
                 "attended as Deputies respectively for Councillor Richard Holloway, Sue Redmond and Barbara "
                 "Brownlee.",
                 "1.4       The Chairman proposed that Dr Joanne Medhurst (Central London Community Healthcare NHS "
                 "Trust) be appointed to the Board as a non-voting Member.",
                 "1.5       RESOLVED:",
                 "            " + _WESTMINSTER17_APPOINT]},
            {"num": "2.", "title": "DECLARATIONS OF INTEREST",
             "agenda": ["To receive declarations of interest by Board Members and Officers of any personal or "
                        "prejudicial interests."],
             "minutes": [
                 "2.1       Dr Neville Purssell (Clinical Representative, NHS Central London Clinical Commissioning "
                 "Group) declared an interest in his capacity as a GP in respect of item 8 on the agenda, on primary "
                 "care in Westminster.",
                 "2.2       No other declarations were made."]},
        ]),
    attendees=[
        A("Melissa Caslake", APOLOGIES, None, "Tri-borough Children’s Services"),
        A("David Finch", APOLOGIES, None, "NHS England"),
        A("Richard Holloway", APOLOGIES, "Cabinet Member for Children, Families and Young People"),
        A("Sue Redmond", APOLOGIES, "Tri-borough Executive Director of Adult Social Care"),
        A("Rachael Wright-Turner", APOLOGIES, None, "Tri-borough Children’s Services"),
        A("Barbara Brownlee", APOLOGIES, "Director of Housing and Regeneration"),
        A("Karen Scarborough", SUB, "Deputy Cabinet Member for Children, Families and Young People", None,
          "Richard Holloway"),
        A("Dylan Champion", SUB, None, "Tri-borough Adult Social Care", "Sue Redmond"),
        A("Andrea Luker", SUB, None, "Housing and Regeneration", "Barbara Brownlee"),
        A("Neville Purssell", PRESENT, "Clinical Representative", "NHS Central London Clinical Commissioning Group",
          optional=True),
    ],
    decisions=[D(_WESTMINSTER17_APPOINT, "approved", "1", "MEMBERSHIP")],
)

case(
    id="lancashire-hwb-2022", year=2022, format="html", layout="moderngov_html",
    url="https://council.lancashire.gov.uk/ieListDocuments.aspx?CId=825&MId=11257&Ver=4",
    body="Lancashire Health and Wellbeing Board", body_kind="hwb",
    patterns=["apologies_noted_as_above_without_list", "replacements_bulleted_attending_on_behalf_of",
              "one_deputy_for_two_members", "also_in_attendance_name_role_organisation", "timed_agenda_column"],
    notes="Meeting of 25 January 2022 (a ModernGov meeting page with a time column). The stored page says 'Apologies "
          "were noted as above' but holds no attendance list above; the case keeps that. Replacements are bullets "
          "'X is attending on behalf of Y'; one replacement stands in for two members. The members replaced are "
          "labelled apologies, optional (implied only). The stored copy breaks off in item 2 (the chair's "
          "confirmation); the case closes that sentence and ends there, with no decision recorded.",
    document=moderngov_meeting(
        "Lancashire Health and Wellbeing Board", "Tuesday, 25th January, 2022 2.00 pm",
        "Committee Room 'A' - The Tudor Room, County Hall, Preston",
        "Samantha Gorton  Tel: 01772 532471", [
            {"num": "1.", "title": "Welcome, introductions and apologies",
             "agenda": ["2.00pm", "To welcome all to the meeting, introduction and receive apologies."],
             "minutes": [
                 "The Chair welcomed all to the meeting.",
                 "Apologies were noted as above.",
                 "Replacements for the meeting were as follows:",
                 "<ul><li>Denis Gizzi is attending on behalf of Dr Lindsey Dickinson, Chorley and South Ribble CCG and "
                 "Dr Sumantra Mukerji, Greater Preston CCG</li><li>Dave Carr is attending on behalf of Edwina Grant "
                 "OBE, Education and Children's Services, Lancashire County Council</li></ul>",
                 "Dominic Harrison, Director of Public Health, Blackburn with Darwen Council was also in attendance."]},
            {"num": "2.", "title": "Constitution, Membership and Terms of Reference of the Committee",
             "agenda": ["2.05pm",
                        "i)  Note the revised Terms of Reference and membership (Appendix 'A') agreed by Full Council "
                        "on 16 December 2021.", "ii)  Note the appointment of Chair as agreed at Full Council.",
                        "iii)  Agree the appointment of Deputy Chair."],
             "minutes": [
                 "The Board heard that Full Council had approved the amended Terms of Reference on 16 December 2021 "
                 "and that County Councillor Michael Green, Cabinet Member for Health and Wellbeing, had been confirmed "
                 "as Chair."]},
        ]),
    attendees=[
        A("Denis Gizzi", SUB, None, None, "Lindsey Dickinson and Sumantra Mukerji"),
        A("Lindsey Dickinson", APOLOGIES, None, "Chorley and South Ribble CCG", optional=True),
        A("Sumantra Mukerji", APOLOGIES, None, "Greater Preston CCG", optional=True),
        A("Dave Carr", SUB, None, None, "Edwina Grant"),
        A("Edwina Grant", APOLOGIES, None, "Education and Children's Services, Lancashire County Council",
          optional=True),
        A("Dominic Harrison", IN_ATT, "Director of Public Health", "Blackburn with Darwen Council"),
    ],
    decisions=[],
)

_BLACKPOOL18_MINUTES = ("That the minutes of the meeting held on 20 June 2018 be approved and signed by the Chairman "
                        "as a correct record.")

case(
    id="blackpool-hwb-2018", year=2018, format="html", layout="moderngov_html",
    url="https://democracy.blackpool.gov.uk/ieListDocuments.aspx?CId=169&MId=5107&Ver=4",
    body="Blackpool Health and Wellbeing Board", body_kind="hwb",
    patterns=["moderngov_page_without_item_numbers", "no_declarations_on_this_occasion",
              "board_considered_minutes_then_resolution_paragraph", "presenter_named_in_narrative"],
    notes="Meeting of autumn 2018 (it confirms the minutes of 20 June 2018) in Committee Room A, Town Hall. The "
          "stored page shows no item numbers and no attendance; the resolution on the minutes stands in its own "
          "paragraph under a bare 'Resolved:' line, as stored. The accountant who presented the Better Care Fund "
          "item is named only in narrative (in attendance, optional). The stored copy breaks off inside that item; "
          "the case ends there, its narrative rewritten.",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "2018", "Committee Room A, Town Hall, Blackpool",
        "Lennox Beattie  Executive and Regulatory Manager", [
            {"title": "DECLARATIONS OF INTEREST",
             "agenda": ["Members are asked to declare any interests in the items under consideration and in doing so "
                        "state: (1) the type of interest concerned either a (a) personal interest (b) prejudicial "
                        "interest (c) disclosable pecuniary interest (DPI) and (2) the nature of the interest "
                        "concerned"],
             "minutes": ["There were no declarations of interest on this occasion."]},
            {"title": "MINUTES OF THE LAST MEETING HELD ON 20 JUNE 2018",
             "agenda": ["To agree the minutes of the last meeting held on 20 June 2018 as a true and correct record."],
             "minutes": ["The Board considered the minutes of the last meeting held on the 20 June 2018.",
                         "Resolved:", _BLACKPOOL18_MINUTES]},
            {"title": "BETTER CARE FUND UPDATE",
             "agenda": ["To provide the Board with an update on the details of the Blackpool Better Care Fund (BCF) "
                        "2018-19."],
             "minutes": ["Mr Maddocks, Senior Accountant, Blackpool Council, took the Board through progress on the "
                         "Better Care Fund for 2018-19, including the refreshed agreement with the clinical "
                         "commissioning group and the first quarter's return."]},
        ]),
    attendees=[A("Maddocks", IN_ATT, "Senior Accountant", "Blackpool Council", optional=True)],
    decisions=[D(_BLACKPOOL18_MINUTES, "approved", None, "MINUTES OF THE LAST MEETING HELD ON 20 JUNE 2018")],
)

_IOW22_MINUTES = "THAT the minutes of the meeting held on 14 March 2022 be approved."
_IOW22_PROGRESS = "THAT the progress report be noted."

case(
    id="iow-health-social-care-scrutiny-2022", year=2022, format="html", layout="moderngov_html",
    url="https://iow.moderngov.co.uk/ieListDocuments.aspx?MId=1349&x=1",
    body="Isle of Wight Council Policy and Scrutiny Committee for Health and Social Care", body_kind="health_scrutiny",
    patterns=["moderngov_page_without_item_numbers", "capitalised_that_resolutions", "sub_item_under_progress_update",
              "no_declarations_were_received"],
    notes="Meeting of early June 2022 (written public questions were due by Monday 30 May 2022) in County Hall, "
          "Newport. The stored page shows no item numbers and no attendance; resolutions are bare capitalised 'THAT "
          "…' paragraphs, as stored. The public question item and the progress report are rewritten. The stored "
          "copy breaks off at the dentistry item; the case ends with its heading.",
    document=moderngov_meeting(
        "Policy and Scrutiny Committee for Health and Social Care", "2022",
        "Conference Room 5, County Hall, Newport, Isle of Wight", "Megan Tuckwell", [
            {"title": "Minutes", "agenda": ["To confirm as true record the Minutes of the meeting held on 14 March "
                                            "2022."],
             "minutes": [_IOW22_MINUTES]},
            {"title": "Declarations of Interest",
             "agenda": ["To invite Members to declare any interest they might have in the matters on the agenda."],
             "minutes": ["No declarations were received."]},
            {"title": "Public Question Time - 15 Minutes Maximum",
             "minutes": ["No written questions had come in. The chairman passed on a resident's continuing concern "
                         "about whether health partners met accessibility standards; the trust would ask the "
                         "Patients Council to help it review this."]},
            {"title": "Progress Update", "agenda": ["The chairman to give an update on:"]},
            {"title": "Progress with outcomes and recommendations arising from previous meetings",
             "minutes": ["The chairman took members through progress on earlier outcomes and recommendations. A joint "
                         "briefing on suicide prevention and young people's mental health services would be set up "
                         "with the children's services committee and the Director of Public Health.",
                         _IOW22_PROGRESS]},
            {"title": "Dentistry on the Isle of Wight"},
        ]),
    attendees=[],
    decisions=[D(_IOW22_MINUTES, "approved", None, "Minutes"),
               D(_IOW22_PROGRESS, "noted", None,
                 "Progress with outcomes and recommendations arising from previous meetings")],
)

# ---------------------------------------------------------------------------------------------------------
# A police and crime panel (ModernGov meeting page)

_DC13_CHAIR = "Agreed that Councillor Croad is appointed Chair of the Devon and Cornwall Police and Crime Panel."
_DC13_VICE = "Agreed that Councillor Rule is appointed Vice-Chair of the Devon and Cornwall Police and Crime Panel."
_DC13_MINUTES = ("Agreed the minutes of the meeting held on 9 April 2013 subject to an amendment to reflect the "
                 "submission of apologies from Councillor Sanders.")

case(
    id="devon-cornwall-police-crime-panel-2013", year=2013, format="html", layout="moderngov_html",
    url="https://democracy.plymouth.gov.uk/ieListDocuments.aspx?CId=1051&MeetingId=5344",
    body="Devon and Cornwall Police and Crime Panel", body_kind="police_crime_panel",
    patterns=["agreed_that_appointment_sentences", "commissioner_in_attendance_along_with_staff_sentence",
              "minutes_agreed_subject_to_amendment_about_apologies", "capitalised_item_titles"],
    notes="Annual meeting of 2013 (after 9 April 2013) at the Council House, Plymouth, hosted by Plymouth City "
          "Council. Attendance is recorded only in item 3: the Police and Crime Commissioner 'was in attendance' for "
          "three items 'along with' his chief executive and treasurer (in attendance). The chair and vice-chair are "
          "named only in their appointments (present, optional). Councillor Sanders is named in a correction to the "
          "previous meeting's apologies and is not labelled. The stored copy breaks off in the public questions "
          "item; the case ends with its agenda text.",
    document=moderngov_meeting(
        "Devon and Cornwall Police and Crime Panel", "2013", "Council House (Next to the Civic Centre), Plymouth",
        "Katey Johns, Democratic Support Officer", [
            {"num": "1.", "title": "APPOINTMENT OF CHAIR OF DEVON AND CORNWALL POLICE AND CRIME PANEL",
             "agenda": ["The panel will elect a Chair of the Devon and Cornwall Police and Crime Panel."],
             "minutes": [_DC13_CHAIR]},
            {"num": "2.", "title": "APPOINTMENT OF VICE-CHAIR OF DEVON AND CORNWALL POLICE AND CRIME PANEL",
             "agenda": ["The panel will elect a Vice-Chair of the Devon and Cornwall Police and Crime Panel."],
             "minutes": [_DC13_VICE]},
            {"num": "3.", "title": "WELCOME AND INTRODUCTIONS",
             "minutes": ["The Chair welcomed all newly appointed members to their first meeting of the panel and "
                         "introduced Tony Hogg, Devon and Cornwall Police and Crime Commissioner (PCC), who was in "
                         "attendance for agenda item numbers seven, eight and nine, along with his Chief Executive, "
                         "Sue Howl, and Treasurer, Duncan Walton."]},
            {"num": "4.", "title": "MINUTES",
             "agenda": ["To sign and confirm as a correct record the minutes of the meeting held on 9 April 2013."],
             "minutes": [_DC13_MINUTES]},
            {"num": "5.", "title": "DECLARATIONS OF INTEREST",
             "agenda": ["Members will be asked to make any declarations of interest in respect of items on this "
                        "agenda."],
             "minutes": ["There were no declarations made by members in respect of the items under consideration."]},
            {"num": "6.", "title": "PUBLIC QUESTIONS",
             "agenda": ["To receive questions from (and provide answers to) members of the public that are relevant "
                        "to the panel’s functions."]},
        ]),
    attendees=[
        A("Tony Hogg", IN_ATT, "Devon and Cornwall Police and Crime Commissioner"),
        A("Sue Howl", IN_ATT, "Chief Executive"),
        A("Duncan Walton", IN_ATT, "Treasurer"),
        A("Croad", PRESENT, "Chair", optional=True),
        A("Rule", PRESENT, "Vice-Chair", optional=True),
    ],
    decisions=[D(_DC13_CHAIR, "approved", "1", "APPOINTMENT OF CHAIR OF DEVON AND CORNWALL POLICE AND CRIME PANEL"),
               D(_DC13_VICE, "approved", "2",
                 "APPOINTMENT OF VICE-CHAIR OF DEVON AND CORNWALL POLICE AND CRIME PANEL"),
               D(_DC13_MINUTES, "approved", "4", "MINUTES")],
)

# ---------------------------------------------------------------------------------------------------------
# Councils and a Northern Ireland council committee (text PDFs)

_FODC18_PRESENT = ["Diana Armstrong", "Alex Baird", "Paul Blake", "Mark Buchanan", "Glenn Campbell", "Sean Clarke",
                   "Debbie Coyle", "John Coyle", "Josephine Deehan", "Barry Doherty", "Frankie Donnelly",
                   "Joanne Donnelly", "Keith Elliott", "Anthony Feely", "John Feely", "Mary Garrity", "Sheamus Greene",
                   "Tommy Maguire", "David Mahon", "Brian McCaffrey", "Garbhan McPhillips", "Thomas O’Reilly",
                   "Allan Rainey MBE", "Chris Smyth", "Errol Thompson", "Howard Thornton", "Victor Warrington",
                   "Bert Wilson"]
_FODC18_APOLOGIES = ["Raymond Farrell", "Anne-Marie Fitzgerald", "Robert Irvine", "Marty McColgan", "Barry McNally",
                     "Paul Robinson", "Bernice Swift"]
_FODC18_MINUTES = ("The Minutes and Confidential Minutes of the Policy & Resources Committee meeting held on 13 June "
                   "2018 were signed by the Committee Chair and the Chief Executive.")
_FODC18_NOTED = "NOTED: that Paper A had been issued with the agenda."

case(
    id="fermanagh-omagh-policy-resources-2018", year=2018, format="pdf", layout="pdf_text_label_table",
    url="https://docslib.org/doc/13574443/fermanagh-and-omagh-district-council",
    body="Fermanagh and Omagh District Council Policy & Resources Committee", body_kind="ni_council",
    patterns=["label_value_header_table", "chairman_line_before_present", "present_councillors_semicolon_list",
              "in_attendance_roles_only_no_names", "apologies_councillors_semicolon_list",
              "late_arrival_sentences_between_items", "minutes_signed_by_chair_and_chief_executive",
              "noted_colon_paper_issued"],
    notes="Meeting of Wednesday 11 July 2018 at 7.01 pm in the Council Chamber, The Townhall, Enniskillen (a text PDF). "
          "The header is a label | value table as stored: 'Chairman:', 'Present: Councillors: A; B; …', 'In "
          "Attendance:' (posts only, no names: no people), 'Apologies: Councillors: …'. Two councillors already in "
          "the Present list are recorded entering late, as printed. 'NOTED: that Paper A had been issued with the "
          "agenda' is procedural (optional). The declarations list is kept; the transformation report narrative is "
          "rewritten and the case ends there, where the stored copy's first page ends.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("FERMANAGH AND OMAGH DISTRICT COUNCIL", bold=True, size=12),
        GAP(3),
        TABLE([["Minutes of a Meeting of:", "Policy & Resources Committee"],
               ["Date and Time:", "Wednesday 11 July 2018 at 7.01 pm"],
               ["Location:", "Council Chamber, The Townhall, Enniskillen"],
               ["Chairman:", "Councillor Sean Donnelly"],
               ["Present:", "Councillors: " + "; ".join(_FODC18_PRESENT)],
               ["In Attendance:", "Chief Executive; Director of Corporate Services and Governance; Head of Community "
                                  "Planning and Performance; Head of Finance; Head of Operations and Estates; Head of "
                                  "Policy and Strategic Services; Corporate Project Manager; Democratic Services "
                                  "Officer"],
               ["Apologies:", "Councillors: " + "; ".join(_FODC18_APOLOGIES)]], [40, 134]),
        GAP(3),
        T("Councillor J Feely entered the meeting during the consideration of apologies."),
        GAP(3),
        T("1.   Minutes of Meeting held on 13 June 2018", bold=True),
        T(_FODC18_MINUTES),
        GAP(3),
        T("2.   Declarations of Interest", bold=True),
        T("Declarations of Interest were conveyed as follows:"),
        T("-  Agenda Item 6.2: Audit Panel Meeting held on 5 June 2018 - Councillor Armstrong;"),
        T("-  Agenda Item 6.6: Necarne Estate Update - Councillors Campbell, Doherty, Maguire, McCaffrey, Thompson and "
          "Thornton; and"),
        T("-  Agenda Item 8: Staff Matters - Chief Executive."),
        GAP(2),
        T("Councillor Maguire entered the meeting during consideration of Declarations of Interest."),
        GAP(3),
        T("3.   Transformation Programme Update", bold=True),
        T(_FODC18_NOTED),
        T("The report brought Members up to date on the work of the Council's transformation programme since the last "
          "update."),
    ]}]},
    attendees=[A("Sean Donnelly", PRESENT, "Chairman")] + [A(n, PRESENT) for n in _FODC18_PRESENT]
    + [A(n, APOLOGIES) for n in _FODC18_APOLOGIES],
    decisions=[D(_FODC18_MINUTES, "approved", "1", "Minutes of Meeting held on 13 June 2018"),
               D(_FODC18_NOTED, "noted", "3", "Transformation Programme Update", optional=True)],
)

_RYEDALE16_PRESENT = ["Acomb", "Joy Andrews", "Paul Andrews", "Steve Arnold", "Val Arnold (Chairman)", "Bailey",
                      "Burr MBE", "Clark", "Cleary", "Cowling", "Cussons", "Duncan", "Farnell", "Frank",
                      "Gardiner (Vice-Chairman)", "Goodrick", "Hope", "Ives", "Jainu-Deen", "Jowitt", "Keal", "Maud",
                      "Oxley", "Potter", "Raper", "Sanderson", "Shields", "Thornton", "Wainwright", "Windress"]
_RYEDALE16_OFFICERS = ["Simon Copley", "Peter Johnson", "Phil Long", "Julian Rudd", "Bridget Skaife", "Janet Waggott"]
_RYEDALE16_MINUTES = ("That the minutes of the ordinary meeting of Full Council held on 25 February 2016 be approved and "
                      "signed by the Chairman as a correct record.")

case(
    id="ryedale-council-2016", year=2016, format="pdf", layout="pdf_name_grid",
    url="https://docslib.org/doc/9037615/agenda-template",
    body="Ryedale District Council (Council)", body_kind="council",
    patterns=["present_councillors_surname_grid", "first_names_only_where_surnames_repeat",
              "chairman_and_vice_chairman_in_brackets_in_grid", "in_attendance_officer_names_without_roles",
              "resolved_on_its_own_line", "voting_record_line_after_resolution", "no_apologies_were_received"],
    notes="Ordinary meeting of Thursday 14 April 2016 in the Council Chamber, Ryedale House, Malton (a text PDF). The "
          "stored text drops the council's name from 'the District Council of … held' (bold in the original); the "
          "case restores 'Ryedale'. Councillors are surnames in a three-column grid, with first names only where two "
          "share a surname; officers in attendance are names without posts. The voting record (28 for, 2 abstentions) "
          "matches the thirty names. The declarations are kept in short; the announcements are rewritten and the case "
          "ends there.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Council", bold=True, size=14),
        T("Minutes of Proceedings", bold=True, size=12),
        GAP(2),
        T("At the Ordinary Meeting of the District Council of Ryedale held in the Council Chamber, Ryedale House, Malton "
          "on Thursday 14 April 2016"),
        GAP(3),
        T("Present", bold=True),
        T("Councillors"),
        COLUMNS(_RYEDALE16_PRESENT, n=3),
        T("In Attendance", bold=True),
        COLUMNS(_RYEDALE16_OFFICERS, n=3),
        T("Minutes", bold=True, size=12),
        GAP(2),
        T("90   Apologies for absence", bold=True),
        T("No apologies were received."),
        GAP(2),
        T("91   Public Question Time", bold=True),
        T("There were no public questions."),
        GAP(2),
        T("92   Minutes", bold=True),
        T("The minutes of the ordinary meeting of Full Council held on 25 February 2016 were presented."),
        T("Resolved", bold=True),
        T(_RYEDALE16_MINUTES),
        T("Voting record\n28 For\n0 Against\n2 Abstentions"),
        GAP(2),
        T("93   Urgent Business", bold=True),
        T("There were no items of urgent business which the Chairman considered should be dealt with as a matter of "
          "urgency by virtue of Section 100B(4)(b) of the Local Government Act 1972 (as amended)."),
        GAP(2),
        T("94   Declarations of Interest", bold=True),
        T("The following interests were declared:"),
        T("Councillors V Arnold, Clark, Sanderson, Burr, Goodrick, and Shields declared a personal non-pecuniary but "
          "not prejudicial interest in agenda item 11 (Notices on Motion), as North Yorkshire County Councillors."),
        T("Councillor Cleary declared a personal non-pecuniary but not prejudicial interest in item 11 as Chairman of "
          "Ryedale Cycle Forum."),
        GAP(2),
        T("95   Announcements", bold=True),
        T("The Chairman passed on the Council's congratulations to a local resident on a recent award."),
    ]}]},
    attendees=[A(n.split(" (")[0].replace(" MBE", ""), PRESENT, n.split(" (")[1].rstrip(")") if " (" in n else None)
               for n in _RYEDALE16_PRESENT]
    + [A(n, IN_ATT) for n in _RYEDALE16_OFFICERS],
    decisions=[D(_RYEDALE16_MINUTES, "approved", "92", "Minutes")],
)

# ---------------------------------------------------------------------------------------------------------
# Town and community councils (Wales, Orkney): a text PDF and two scans

_TREDEGAR19_PRESENT = ["H. Trollope (Chair)", "A.E. Tippings", "M. Cross", "D.W.A. Howells", "G. James", "A. Jones",
                       "K. Phillips", "P. Prosser", "S. Rees", "D. Rowberry", "S. Trollope", "M. Turner", "B. Willis"]
_TREDEGAR19_APPROVED = ("All expenditure approved accordingly, subject to delegated powers of ‘top 4’ Senior Members on "
                        "ratification of costings incurred.")

case(
    id="tredegar-town-council-2019-scan", year=2019, format="pdf", layout="pdf_scan", scan=True,
    url="https://docslib.org/doc/7004773/07-ttc-040919-pdf",
    body="Tredegar Town Council", body_kind="town_council",
    patterns=["present_councillors_initials_one_per_line", "chair_in_brackets_after_first_name",
              "in_attendance_clerk_dash_name", "numbered_items_with_closing_bracket", "apologies_councillors_run_on",
              "recommended_to_council_bullets_then_all_expenditure_approved", "scanned_page"],
    notes="Civic meeting of Wednesday 4 September 2019 at 6.30 p.m. in the Council Chamber, Bedwellty House "
          "(Blaenau Gwent), rendered as a scan. Members are initials and surnames, one a line, the chair first; two "
          "Trollopes and one Jones present, two other Joneses sending apologies, as printed. The events "
          "sub-committee's recommendations are bullets followed by one approval sentence (one decision). The update "
          "narrative in item 143 is shortened and rewritten; the stored copy's item 144 (grants) is cut and the case "
          "ends before it.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("Minutes of the Civic Meeting of Council held in the Council Chamber, Bedwellty House on Wednesday, 4th "
          "September, 2019 at 6.30 p.m.", bold=True),
        GAP(3),
        TABLE([["Present:", "Councillors " + _TREDEGAR19_PRESENT[0]]]
              + [["", n] for n in _TREDEGAR19_PRESENT[1:]], [30, 140]),
        GAP(2),
        TABLE([["In attendance:", "Clerk – Ms. C. Price"]], [30, 140]),
        GAP(3),
        T("141) Apologies.", bold=True),
        T("Councillors E. Jones, D. Jones, T. Smith, J. Thomas and I. Woods"),
        GAP(2),
        T("142) Declarations of Interest", bold=True),
        T("The Chair reminded Members to make their declarations as and when necessary."),
        GAP(2),
        T("143) To receive any verbal recommendations of the Events Sub-Committee held prior to this meeting:",
          bold=True),
        T("The Chair of the Events Sub-Committee reported on recent events and on plans for Remembrance and the "
          "Christmas Lights switch-on. Stewards were still needed for the opening of the Town Clock this Saturday."),
        T("The following proposals / expenditure were thereupon recommended to Council for approval:"),
        T("- Cairn walk – Clerk to seek tenders for provision of transport."),
        T("- Remembrance events – sound equipment hire; 50 lamp-post poppies and re-useable cable ties."),
        T("- Christmas Lights switch-on – road closure application; St. John Ambulance cover; hi viz coats and radios."),
        T(_TREDEGAR19_APPROVED),
    ]}]},
    attendees=[A("H. Trollope", PRESENT, "Chair")] + [A(n, PRESENT) for n in _TREDEGAR19_PRESENT[1:]]
    + [A("C. Price", IN_ATT, "Clerk")]
    + [A(n, APOLOGIES) for n in ["E. Jones", "D. Jones", "T. Smith", "J. Thomas", "I. Woods"]],
    decisions=[D(_TREDEGAR19_APPROVED, "approved", "143",
                 "To receive any verbal recommendations of the Events Sub-Committee held prior to this meeting")],
)

_PONTHIR18_PUBLIC = ["Cheryl Bassett", "Jessica Tan", "Eric Hewinson", "Mel Bradley", "Jacqui Hall"]
_PONTHIR18_NOTED = "Council noted that it was unable to cover these ongoing costs."

case(
    id="ponthir-community-council-2018", year=2018, format="pdf", layout="pdf_text_run_on",
    url="https://docslib.org/doc/8098279/ponthir-community-council-cyngor-cymuned-ponthir",
    body="Ponthir Community Council", body_kind="community_council",
    patterns=["bilingual_title", "councillors_present_run_on_with_chair_in_brackets",
              "representatives_attending_with_council_initials", "pcso_title", "members_of_public_attending_list",
              "clerk_colon_name", "apologies_cllrs_ampersand", "declarations_in_numbered_paragraph",
              "actions_in_brackets"],
    notes="Monthly meeting of 12 November 2018 (Torfaen), a text PDF. Attendance runs on in item 1: 'Councillors "
          "Present:', 'Representatives Attending:' (a county councillor with '(TCBC)' and a PCSO), 'Members of Public "
          "Attending:' (labelled in attendance, optional, as blind6 did for observers; 'and her daughter' is not a "
          "name) and 'Clerk:'. The council's 'noted that it was unable to cover' the bus costs is a narrative note "
          "(optional). Item 4's discussions are shortened and rewritten and the case ends inside item 4, as the "
          "stored copy's first page does.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("PONTHIR COMMUNITY COUNCIL", bold=True, size=12),
        T("CYNGOR CYMUNED PONTHIR", bold=True, size=12),
        GAP(3),
        T("Minutes of Monthly Meeting 12th November 2018", bold=True),
        GAP(3),
        T("1. Councillors Present: Stuart Bailey (Chair), Paul Davies, Louise Ryan-Scales, Ian Danaher and Peter "
          "Matthews. Representatives Attending: Cllr. Anthony Hunt (TCBC) and PCSO Peter Walker Members of Public "
          "Attending: " + ", ".join(_PONTHIR18_PUBLIC[:-1]) + " and " + _PONTHIR18_PUBLIC[-1]
          + " and her daughter. Clerk: Karen Price"),
        T("2. Apologies: Cllrs. Morgan Barrell & Iain Glover"),
        GAP(2),
        T("3. Declarations of Interest: With the exception of Cllr. Davies, all Councillors present declared an "
          "interest in Agenda Item 16a as they are members of Ponthir District Sports Club. Cllr. Matthews also "
          "declared an interest in Agenda Item 16c as his son works in the Llanfrechfa Walled Garden and so he did not "
          "take part in the discussion or decision on this item."),
        GAP(2),
        T("4. Matters Raised by Members of the Public Present a. Maintenance of the trees adjacent to the children's "
          "play area and those in School Close – the Clerk had passed all earlier letters to Cllr. Hunt. (Actions: "
          "Residents to e-mail Cllr. Hunt to arrange a visit to look at the trees.) b. Reduction in the bus service "
          "to Ponthir/Llanfrechfa – Cllr. Davies reported that no bus ran after 5.30pm and that the operator would "
          "extend the service only for an annual payment of about £2K. " + _PONTHIR18_NOTED),
    ]}]},
    attendees=[A("Stuart Bailey", PRESENT, "Chair")]
    + [A(n, PRESENT) for n in ["Paul Davies", "Louise Ryan-Scales", "Ian Danaher", "Peter Matthews"]]
    + [A("Anthony Hunt", IN_ATT, None, "TCBC"), A("Peter Walker", IN_ATT, "PCSO")]
    + [A(n, IN_ATT, optional=True) for n in _PONTHIR18_PUBLIC]
    + [A("Karen Price", IN_ATT, "Clerk"), A("Morgan Barrell", APOLOGIES), A("Iain Glover", APOLOGIES)],
    decisions=[D(_PONTHIR18_NOTED, "noted", "4", "Matters Raised by Members of the Public Present", optional=True)],
)

_REWGCC11_APOLOGIES = "RESOLVED to note that apologies for absence had been intimated on behalf of Mr EJA Flaws."
_REWGCC11_MINUTES = ("The minutes of the meetings held on 21 June 2011 were approved, being proposed by Mr JE Dick and "
                     "seconded by Miss I Murray.")
_REWGCC11_SCHOOL = ("RESOLVED to note the contents of the correspondence and await the Scottish Ministers’ decision.")
_REWGCC11_BOARD = "RESOLVED to note that the information had been updated and this item concluded."

case(
    id="rousay-egilsay-wyre-cc-2011-scan", year=2011, format="pdf", layout="pdf_scan", scan=True,
    url="https://docslib.org/doc/2444979/rousay-egilsay-wyre-and-gairsay-community-council-minutes",
    body="Rousay, Egilsay and Wyre Community Council", body_kind="community_council",
    patterns=["capitalised_heading_with_acronym", "present_mr_initials_comma_list", "in_attendance_names_with_roles_run_on",
              "resolved_to_note_apologies_intimated", "minutes_approved_proposed_seconded",
              "matters_arising_lettered_with_back_references", "it_was_colon_dash_then_resolved", "scanned_page"],
    notes="Meeting of Tuesday 20 September 2011 at 7.30 pm in the Rousay Community School (Orkney), rendered as a "
          "scan. The stored copy drops the council's island names from its bold heading; the case restores them. "
          "'In attendance:' runs three names together with their posts, as stored. Matters arising are lettered "
          "under item 3 with back-references in brackets; the discussions are rewritten and the case ends after 3 "
          "b), before the stored copy's 3 c) breaks off.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("MINUTES of the MEETING of ROUSAY, EGILSAY, WYRE & GAIRSAY COMMUNITY COUNCIL (REWGCC), held in the ROUSAY "
          "COMMUNITY SCHOOL on TUESDAY 20 SEPTEMBER 2011, at 7.30 pm.", bold=True),
        GAP(3),
        T("Present: Mr R Tipper, Mr M Hull, Mr JE Dick, Mr A Firth, Miss I Murray and Mr E Shortland."),
        GAP(2),
        T("In attendance: Councillor S Harcus Mrs K Drever, Community Council Liaison Officer Mrs D Compton, Clerk"),
        GAP(3),
        T("1. APOLOGIES", bold=True),
        T(_REWGCC11_APOLOGIES),
        GAP(2),
        T("2. ADOPTION OF MINUTES – 21 JUNE 2011", bold=True),
        T(_REWGCC11_MINUTES),
        GAP(2),
        T("3. MATTERS ARISING FROM PREVIOUS MEETINGS", bold=True),
        T("a) Closure of Egilsay School (5.2.11, para 5)", bold=True),
        T("Members considered the committee and council minutes on closing Egilsay School from 22 August 2011, which "
          "needed the endorsement of Scottish Ministers, and it was:-"),
        T(_REWGCC11_SCHOOL),
        GAP(2),
        T("b) Heritage & Visitors Centre (5.2.11, para 4 (a))", bold=True),
        T("Members saw a picture of the updated notice board in the centre and heard from Mr A Firth, who had seen it, "
          "and it was:-"),
        T(_REWGCC11_BOARD),
    ]}]},
    attendees=[A(n, PRESENT) for n in ["R Tipper", "M Hull", "JE Dick", "A Firth", "I Murray", "E Shortland"]]
    + [A("S Harcus", IN_ATT), A("K Drever", IN_ATT, "Community Council Liaison Officer"),
       A("D Compton", IN_ATT, "Clerk"), A("EJA Flaws", APOLOGIES)],
    decisions=[D(_REWGCC11_APOLOGIES, "noted", "1", "APOLOGIES"),
               D(_REWGCC11_MINUTES, "approved", "2", "ADOPTION OF MINUTES – 21 JUNE 2011"),
               D(_REWGCC11_SCHOOL, "noted", "3a", "Closure of Egilsay School"),
               D(_REWGCC11_BOARD, "noted", "3b", "Heritage & Visitors Centre")],
)

# ---------------------------------------------------------------------------------------------------------
# Clinical commissioning groups (text PDFs with attendance tables)

_NLCCG14 = "NHS North Lincolnshire CCG"
_NLCCG14_PRESENT = [
    ("Dr Margaret Sanderson (MS)", "CCG Chair/General Practitioner"),
    ("Allison Cooke (AC)", "Chief Officer"),
    ("Therese Paskell (TP)", "Chief Finance Officer & Business Support"),
    ("Catherine Wylie (CW)", "Director of Risk & Quality Assurance/Nurse Member"),
    ("Dr Andrew Lee (AL)\nIn attendance from Item 6.1.2 (13:50) onwards", "CCG Member/General Practitioner"),
    ("Dr Fergus Macmillan (FM)", "CCG Member/General Practitioner"),
    ("Dr Robert Jaggs-Fowler (RJF)", "CCG Member/General Practitioner/Medical Director"),
    ("Dr Nick Stewart (NS)", "CCG Member/General Practitioner"),
    ("Dr James Mbugua (JM)\nIn attendance from Item 6.1 (13:40) onwards", "CCG Member/General Practitioner"),
    ("Ian Reekie (IR)", "CCG Lay Member, Patient & Public Involvement/Vice CCG Chair"),
    ("Paul Evans (PE)", "CCG Lay Member, Governance"),
    ("Dr Jagrit Shah (JS)", "Secondary Care Doctor"),
]


def _nl_name(cell: str) -> str:
    """The person in a North Lincolnshire name cell: first line, title and bracketed initials dropped."""
    first = cell.split("\n")[0].split(" (")[0]
    return first[3:] if first.startswith("Dr ") else first


case(
    id="north-lincolnshire-ccg-governing-body-2014", year=2014, format="pdf", layout="pdf_text_table",
    url="https://fdocuments.us/document/meeting-meeting-date-venue-governing-body-present-o-ac-advised-that-an-updated.html",
    body="NHS North Lincolnshire Clinical Commissioning Group Governing Body", body_kind="ccg",
    patterns=["label_value_meeting_header", "present_table_name_title_service_agency",
              "initials_in_brackets_after_name", "part_attendance_note_in_name_cell",
              "in_attendance_on_behalf_of_in_name_cell", "in_attendance_for_items_in_title_cell"],
    notes="The 12th meeting in public of the governing body, Thursday 13 February 2014 at 13:30 in the Board Room, "
          "Health Place, Brigg (the draft minutes as put to the 10 April 2014 meeting; a text PDF with a ruled "
          "three-column table NAME | TITLE | SERVICE/AGENCY). Notes on part attendance sit in the name cell under the "
          "name, as stored; the public health consultant's cell says he attended 'on behalf of' the Director of "
          "Public Health (labelled a substitute; the director is apologies, optional). The stored copy breaks off in "
          "the last row (its agency cell is lost), so the case ends with that row and records no decision. Kept apart "
          "from North Lincolnshire Council's health scrutiny panel (real/attendance): a different body.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Public CCG Governing Body Meeting (10 April 2014) – Item 3.0", size=8),
        GAP(2),
        TABLE([["MEETING:", "12th Meeting in Public of the NHS North Lincolnshire Clinical Commissioning Group "
                            "Governing Body"],
               ["", "GOVERNING BODY"],
               ["MEETING DATE:", "Thursday 13 February 2014"],
               ["VENUE:", "Board Room, Health Place, Brigg"],
               ["TIME:", "13:30"]], [35, 139], border=True),
        GAP(3),
        T("PRESENT:", bold=True),
        TABLE([["NAME", "TITLE", "SERVICE/AGENCY"]] + [[n, t, _NLCCG14] for n, t in _NLCCG14_PRESENT],
              [60, 64, 50], border=True, header=True),
        GAP(3),
        T("IN ATTENDANCE:", bold=True),
        TABLE([["Clare Smith (CS)", "PA (Note Taker)", _NLCCG14],
               ["Tim Fielding (TF)\nIn attendance on behalf of Frances Cunning, Director of Public Health",
                "Consultant in Public Health\nIn attendance for all items", "North Lincolnshire Council"],
               ["Jane Ellerton (JE)", "Senior Manager; Commissioning\nIn attendance for Items 6.1, 6.2 and 6.3 only",
                _NLCCG14],
               ["Jenny Briggs (JB)", "Northern Lincolnshire Healthy Lives, Healthy Futures Strategic Lead\nIn "
                                     "attendance for Item 6.4", ""]], [60, 64, 50], border=True),
    ]}]},
    attendees=[A(_nl_name(n), PRESENT, t, _NLCCG14) for n, t in _NLCCG14_PRESENT]
    + [A("Clare Smith", IN_ATT, "PA (Note Taker)", _NLCCG14),
       A("Tim Fielding", SUB, "Consultant in Public Health", "North Lincolnshire Council", "Frances Cunning"),
       A("Frances Cunning", APOLOGIES, "Director of Public Health", optional=True),
       A("Jane Ellerton", IN_ATT, "Senior Manager; Commissioning", _NLCCG14),
       A("Jenny Briggs", IN_ATT, "Northern Lincolnshire Healthy Lives, Healthy Futures Strategic Lead")],
    decisions=[],
)

_NELCCG14_PRESENT = [
    ("Mark Webb", "NEL CCG Chair", None),
    ("Cllr Mick Burnett", "Portfolio Holder for Tourism and Culture", "NELC"),
    ("Juliette Cosgrove", "Strategic Nurse", None),
    ("Mandy Coulbeck", "Locally Practising Nurse", None),
    ("Dr Derek Hopper", "Vice Chair/Chair of Council of Members", None),
    ("Mr Perviz Iqbal (from items 01 to 09)", "Secondary Care Doctor", None),
    ("Cathy Kennedy", "Chief Financial Officer/Deputy Chief Executive", None),
    ("Helen Kenyon (from item 07 onwards)", "Deputy Chief Executive", None),
    ("Dr Thomas Maliyil", "GP Representative/Vice Chair Council of Members", None),
    ("Dr Peter Melton", "Chief Clinical Officer", None),
    ("Dr Arun Nayyar", "GP Representative", None),
    ("Dr Rakesh Pathak", "GP Representative", None),
    ("Joe Warner", "Managing Director", "Focus independent adult social care work"),
    ("Cllr Peter Wheatley", "Portfolio Holder for Health, Wellbeing & Adult Social Care", "NELC"),
    ("Sue Whitehouse", "Lay Member Governance and Audit", None),
]
_NELCCG14_ATTENDING = [
    ("Jeanette Harris", "PA to Executive Office (Minutes Secretary)"),
    ("Lisa Hilder (items 05 and 08)", "Assistant Director for Strategic Planning"),
    ("Paul Kirton-Watson (item 9a)", "Strategic Lead – Quality and Experience"),
    ("Laura Whitton", "Deputy Chief Finance Officer"),
    ("Isobel Duckworth", "Consultant in Public Health"),
]
_NELCCG14_APOLOGIES = [("Geoff Barnes", "Acting Director of Public Health", None),
                       ("Philip Bond", "Lay Member Public Involvement", None),
                       ("Joanne Hewson", "Strategic Director People and Communities", "NELC")]
_NELCCG14_MINUTES = "The minutes of the meeting held on 13 March 2014 were agreed to be a true and accurate record."


def _printed_role(role: str, org: str | None) -> str:
    """The role cell as printed: an organisation abbreviation or employer follows the post after a dash."""
    return f"{role} – {org}" if org else role


def _nel_name(cell: str) -> str:
    words = cell.split(" (")[0].split()
    return " ".join(words[1:] if words[0] in ("Cllr", "Dr", "Mr") else words)


case(
    id="north-east-lincolnshire-ccg-partnership-board-2014", year=2014, format="pdf", layout="pdf_text_table",
    url="https://studylib.net/doc/10258355/item-03-2014-05-08-draft-partnership-board",
    body="North East Lincolnshire Clinical Commissioning Group Partnership Board", body_kind="ccg",
    patterns=["draft_status_note_above_title", "capitalised_title_block", "borderless_name_role_table",
              "part_attendance_in_brackets_after_name", "role_dash_organisation_abbreviation",
              "apologies_noted_as_above", "minutes_agreed_true_and_accurate_record", "numbered_capitalised_items"],
    notes="Meeting of Thursday 8 May 2014 at 2pm, Social Enterprise Centre, Grimsby (draft minutes, a text PDF). The "
          "stored copy runs the names and the roles as two separate lists; the case sets each name beside its role in "
          "a borderless two-column table, pairing them in order (the counts agree: 15, 5 and 3). Part attendance "
          "notes stay in brackets after the name, as stored. 'NELC' after a dash is the council, labelled as the "
          "organisation. The matters arising item is cut in the stored copy; the case ends with its heading.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Please note: These minutes remain in draft form until the next meeting of the North East Lincolnshire "
          "Clinical Commissioning Group Partnership Board on 10 July 2014", size=8),
        GAP(3),
        T("NORTH EAST LINCOLNSHIRE CLINICAL COMMISSIONING GROUP PARTNERSHIP BOARD", bold=True),
        T("MINUTES OF THE MEETING HELD ON THURSDAY 8 MAY 2014 AT 2PM", bold=True),
        T("SOCIAL ENTERPRISE CENTRE, 84 WELLINGTON STREET, GRIMSBY", bold=True),
        GAP(3),
        TABLE([["PRESENT:", n, _printed_role(r, o)] for n, r, o in _NELCCG14_PRESENT[:1]]
              + [["", n, _printed_role(r, o)] for n, r, o in _NELCCG14_PRESENT[1:]], [30, 62, 82]),
        GAP(2),
        TABLE([["IN ATTENDANCE:", n, r] for n, r in _NELCCG14_ATTENDING[:1]]
              + [["", n, r] for n, r in _NELCCG14_ATTENDING[1:]], [30, 62, 82]),
        GAP(2),
        TABLE([["APOLOGIES:", n, _printed_role(r, o)] for n, r, o in _NELCCG14_APOLOGIES[:1]]
              + [["", n, _printed_role(r, o)] for n, r, o in _NELCCG14_APOLOGIES[1:]], [30, 62, 82]),
        GAP(3),
        T("1. APOLOGIES", bold=True),
        T("Apologies were noted as above."),
        GAP(2),
        T("2. CONFLICTS OF INTEREST", bold=True),
        T("No conflicts of interest were declared."),
        GAP(2),
        T("3. APPROVAL OF THE MINUTES OF THE PREVIOUS MEETING – 13 MARCH 2014", bold=True),
        T(_NELCCG14_MINUTES),
        GAP(2),
        T("4. MATTERS ARISING", bold=True),
    ]}]},
    attendees=[A(_nel_name(n), PRESENT, r, o) for n, r, o in _NELCCG14_PRESENT]
    + [A(_nel_name(n), IN_ATT, r) for n, r in _NELCCG14_ATTENDING]
    + [A(n, APOLOGIES, r, o) for n, r, o in _NELCCG14_APOLOGIES],
    decisions=[D(_NELCCG14_MINUTES, "approved", "3", "APPROVAL OF THE MINUTES OF THE PREVIOUS MEETING – 13 MARCH 2014")],
)

# ---------------------------------------------------------------------------------------------------------
# An NHS board advisory committee and a hospital PPI forum (text PDFs)

_ANMAHP16_APOLOGIES = ["Diane Brawn", "Dr Helen Bryers", "Mary Burnside", "Linda Currie", "Stephen Loch",
                       "Margaret MacRae", "Heidi May", "Iona McGauran", "Margaret Moss", "Kayrin Murray",
                       "Evelyn Newman", "Susan Russel", "Caroline Tait"]
_ANMAHP16_MINUTE = "The Committee Approved the Minute and Action Plan of the meeting held on 19 July 2016."
_ANMAHP16_BOUNDARIES = ("Members noted the circulated report recommending the NHS Board support the position of "
                        "Operational Units in relation to preferred options for proposed boundary changes for a number "
                        "new local Community Partnerships.")
_ANMAHP16_URGENT = ("Members noted the circulated report which outlined, and sought NHS Board approval, in relation to a "
                    "direction of travel for proposed changes in relation to Out of Hours Primary Care provision in "
                    "Highland.")

case(
    id="nhs-highland-anmahp-advisory-committee-2016", year=2016, format="pdf", layout="pdf_text_label_table",
    url="https://docest.com/doc/173783/minute-of-meeting-of-the-area-nursing-midwifery-and-allied-health-professions-"
        "advisorycommittee",
    body="NHS Highland Area Nursing, Midwifery and Allied Health Professions Advisory Committee",
    body_kind="nhs_advisory_committee",
    patterns=["board_address_block", "venue_date_time_table", "present_label_cell_names_one_per_line",
              "in_the_chair_in_brackets", "arrival_time_and_videoconference_in_brackets",
              "in_attendance_name_comma_role", "apologies_were_received_from_long_run_on",
              "committee_approved_capitalised_verb", "members_noted_the_circulated_report"],
    notes="Meeting of 20 September 2016 at 12.35pm in the Board Room, Assynt House, Inverness (a text PDF). The stored "
          "copy loses the item headings (bold in the original); the case supplies plain headings in their place. "
          "Present and In Attendance are label | names cells, as stored ('Present: / …'). The committee's notes of "
          "two NHS Board reports under item 4.1 are decisions (noted). Kept apart from NHS Highland's Area "
          "Pharmaceutical Committee (blind11): a different committee. The stored copy breaks off inside item 4.4; the "
          "case ends after its first sentence.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Highland NHS Board", bold=True, size=12),
        T("Assynt House\nInverness IV2 3BW\nTel: 01463 717123", size=8),
        GAP(2),
        T("MINUTE of MEETING of the AREA NURSING, MIDWIFERY AND ALLIED HEALTH PROFESSIONS ADVISORY COMMITTEE",
          bold=True),
        TABLE([["Board Room, Assynt House, Inverness", "20 September 2016 – 12.35pm"]], [100, 74]),
        GAP(2),
        TABLE([["Present:", "Rev Dr Derek Brown (In the Chair)\nIris Clarke\nAlison Hudson (from 12.45pm)"
                            "(Videoconference)\nKerrie MacLean\nClaire Wood"],
               ["In Attendance:", "Brian Mitchell, Board Committee Administrator"]], [35, 139]),
        GAP(3),
        T("1   Apologies", bold=True),
        T("Apologies were received from " + ", ".join(_ANMAHP16_APOLOGIES[:-1]) + " and " + _ANMAHP16_APOLOGIES[-1]
          + "."),
        GAP(2),
        T("2   Minute of Meeting held on 19 July 2016", bold=True),
        T(_ANMAHP16_MINUTE),
        GAP(2),
        T("3   Matters Arising", bold=True),
        T("There were no matters discussed in relation to this Item."),
        GAP(2),
        T("4   NHS Highland Board", bold=True),
        T("4.1   NHS Board Meeting – 27 September 2016", bold=True),
        T("The Committee heard that the Area Clinical Forum would meet on 22 September 2016, before the NHS Board. It "
          "then looked at the reports on the Board's agenda:"),
        T("Item 4.3 Developing Community Partnerships in the Highland Community Planning Partnership Area – Local "
          "Partnership Boundaries", bold=True),
        T(_ANMAHP16_BOUNDARIES + " The role of Community Partnerships was expected to develop further."),
        T("Item 4.4 Transforming Urgent Care in Highland", bold=True),
        T(_ANMAHP16_URGENT),
    ]}]},
    attendees=[A("Derek Brown", PRESENT, "In the Chair")]
    + [A(n, PRESENT) for n in ["Iris Clarke", "Alison Hudson", "Kerrie MacLean", "Claire Wood"]]
    + [A("Brian Mitchell", IN_ATT, "Board Committee Administrator")]
    + [A(n.replace("Dr ", ""), APOLOGIES) for n in _ANMAHP16_APOLOGIES],
    decisions=[D(_ANMAHP16_MINUTE, "approved", "2", "Minute of Meeting held on 19 July 2016"),
               D(_ANMAHP16_BOUNDARIES, "noted", "4.1", "NHS Board Meeting – 27 September 2016"),
               D(_ANMAHP16_URGENT, "noted", "4.1", "NHS Board Meeting – 27 September 2016")],
)

_SMUHPPI05_MINUTES = "Members agreed to approve all minutes as an accurate record of the meeting."

case(
    id="south-manchester-hospitals-ppi-forum-2005", year=2005, format="pdf", layout="pdf_text_table",
    url="http://www.docstoc.com/docs/28557036/Notes-of-the-Informal-Meeting-of-the-Patient-_-Public-Involvement",
    body="Patient and Public Involvement Forum for South Manchester University Hospitals NHS Trust",
    body_kind="ppi_forum",
    patterns=["members_in_attendance_two_per_line", "chair_in_brackets_mid_list",
              "representative_from_trust_heading", "in_attendance_from_fso_name_comma_role",
              "item_discussion_actions_table", "apologies_had_been_received_from", "members_agreed_to_approve_minutes"],
    notes="Meeting of Tuesday 11 January 2005 at 6.30pm at Wythenshawe Healthcare Centre (a text PDF). Attendance is a "
          "set of labelled blocks: 'Members in Attendance:' (two names a line, the chair in brackets), 'Representative "
          "from South Manchester University Hospitals NHS Trust:' and 'In Attendance from Forum Support Organisation "
          "(FSO):' with posts. The business is an Item | Discussion | Actions table. A member removed from the forum "
          "is not an attendee. The stored copy cuts the minutes sentence after 'accurate record of the'; the case "
          "closes it with 'meeting' and ends at the matters arising heading.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Minutes of the meeting of the Patient and Public Involvement Forum for South Manchester University "
          "Hospitals NHS Trust", bold=True),
        T("Held on Tuesday 11th January 2005 at 6.30pm at Wythenshawe Healthcare Centre, Stancliffe Road, "
          "Wythenshawe", bold=True),
        GAP(3),
        TABLE([["Members in Attendance:", "Helen Bambrough, Zafar Chaudry\nTrevor Cheetham, John Featherstone (Chair)"
                                          "\nIan Bowden"]], [55, 119]),
        GAP(2),
        T("Representative from South Manchester University Hospitals NHS Trust:"),
        TABLE([["", "Des Chow,"]], [55, 119]),
        GAP(2),
        T("In Attendance from Forum Support Organisation (FSO):"),
        TABLE([["", "Val Bayliss-Brideaux, Forum Co-ordinator\nJohn Carew, Forum Administrator"]], [55, 119]),
        GAP(3),
        TABLE([["Item", "Discussion", "Actions"],
               ["1", "Welcome and Introductions\nThe Chair welcomed members and introduced Des Chow, Head of PPI, "
                     "Equality and Diversity, who had brought information for members. The FSO reported that Gordon "
                     "Gaytor was no longer a Forum member.", ""],
               ["2", "Apologies for absence\nApologies had been received from Ashit Sinha, Yasmin Zalzala and "
                     "Catherine Smith.", ""],
               ["3", "To receive and approve minutes of the meeting held on 9th November 2004\n" + _SMUHPPI05_MINUTES,
                ""],
               ["4", "Matters arising", ""]], [15, 125, 34], border=True, header=True),
    ]}]},
    attendees=[A(n, PRESENT) for n in ["Helen Bambrough", "Zafar Chaudry", "Trevor Cheetham"]]
    + [A("John Featherstone", PRESENT, "Chair"), A("Ian Bowden", PRESENT),
       A("Des Chow", IN_ATT, None, "South Manchester University Hospitals NHS Trust"),
       A("Val Bayliss-Brideaux", IN_ATT, "Forum Co-ordinator", "Forum Support Organisation (FSO)"),
       A("John Carew", IN_ATT, "Forum Administrator", "Forum Support Organisation (FSO)")]
    + [A(n, APOLOGIES) for n in ["Ashit Sinha", "Yasmin Zalzala", "Catherine Smith"]],
    decisions=[D(_SMUHPPI05_MINUTES, "approved", "3",
                 "To receive and approve minutes of the meeting held on 9th November 2004")],
)
