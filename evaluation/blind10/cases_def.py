"""The tenth blind set: what each document says and how it is labelled.

Every case is modelled on one stored public page (``url``) of a body that appears in none of the other
evaluation sets (``evaluation/real/*``, ``evaluation/blind``, ``blind2`` .. ``blind9``). Attendance sections and
decision wording are reproduced as published (names, roles, organisations, statuses and formulaic wording are
public facts); every narrative paragraph is written anew and kept short. Labels come from the published page only,
never from running a parser. Labelling rules are those of ``evaluation/blind/README.md`` and blind9's README.

Rendered by ``python evaluation/blind/build_cases.py --set evaluation/blind10`` with the blind set's renderers
(``render.py``) and, for PDFs, ``evaluation/real/pdfcase.py`` (tables, name grids, scanned pages).
"""
from __future__ import annotations

from labels import APOLOGIES, IN_ATT, PRESENT, A, D, bare
from pdfspec import COLUMNS, GAP, T, TABLE
from render import moderngov_meeting, page, paras

CASES: list[dict] = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------------------
# Parish and town councils (England)

_WESTWOOD12_PRESENT = ["Cllr. J Bishop", "Cllr. G Edwards", "Cllr. S Higgs", "Cllr. Howard-Evans"]
_WESTWOOD12_CHAIR = ("Cllr. Parker was unanimously elected Chairman of the Parish Council (Proposer: Cllr. Bishop, "
                     "seconder: Cllr. Johnston).")
_WESTWOOD12_VICE = ("Cllr. Howard Evans proposed, seconded by Cllr. Bishop, that Cllr. Johnston be elected Vice "
                    "Chairman for the ensuing year. Cllr. Johnston was duly elected unanimously.")
_WESTWOOD12_SUBS = ("The Council resolved that the Sub-Committee membership should remain as recently agreed at a "
                    "Parish Council meeting, with two exceptions. Cllr. Howard-Evans was appointed to the Environmental "
                    "Sub-Committee and Cllr. Higgs was appointed to the Cemetery. Both appointments were in addition to "
                    "their existing Sub-Committee memberships.")
_WESTWOOD12_CONTRACTS = "The council noted that the following contracts had been let:"

case(
    id="westwood-parish-council-2012", year=2012, format="html", layout="web_page",
    url="http://westwoodparish.co.uk/annual_parish_council_meeting.php?start_from=5&ucat=&archive=&subaction=&id=&",
    body="Westwood Parish Council", body_kind="parish_council",
    patterns=["names_one_per_line_without_heading", "cllr_dot_initial_surname", "clerk_line_name_then_role_spaced",
              "no_public_present_sentence", "apologies_for_non_attendance_surnames", "election_of_chair_proposer_seconder",
              "council_resolved_that", "council_noted_that"],
    notes="Annual meeting of 8 May 2012 on the parish council's website (a news-script archive page). The stored copy "
          "shows no 'Present' heading: the councillors stand one a line under the meeting line, then the clerk with "
          "his role after a run of spaces; the case keeps that. The chairman elected at item 3 had sent apologies. "
          "The stored copy breaks off inside the list of maintenance contracts; the case ends there with a "
          "rewritten line.",
    document=page("Annual parish council meeting minutes", "\n".join([
        "<h1>Annual parish council meeting minutes</h1>",
        paras(["Minutes of Annual Meeting of Westwood Parish Council held in the Parish Room, Westwood at 7.30 pm, on "
               "Tuesday 8 May 2012.",
               "Cllr. J Johnston        (Chairman for the meeting and newly elected Vice-Chair).",
               *_WESTWOOD12_PRESENT,
               "Mr R Coleman                      Clerk",
               "There were no members of the public present.",
               "1.         Welcome and Introductions.",
               "Cllr. Johnston opened the meeting and welcomed those present.",
               "2.         Apologies.",
               "Apologies for non-attendance were received from Cllrs. Biles, Harding, Parker and Richardson.",
               "3          Election of Chair.", _WESTWOOD12_CHAIR,
               "4          Election of Vice Chair.", _WESTWOOD12_VICE,
               "5          Formation of Sub Committees.", _WESTWOOD12_SUBS,
               "6          Maintenance Contracts.", _WESTWOOD12_CONTRACTS,
               "-    Open Spaces: the grounds maintenance contract for the village green and verges."])])),
    attendees=[A("J Johnston", PRESENT, "Chairman for the meeting and newly elected Vice-Chair")]
    + [A(bare(n), PRESENT) for n in _WESTWOOD12_PRESENT]
    + [A("R Coleman", IN_ATT, "Clerk")]
    + [A(n, APOLOGIES) for n in ("Biles", "Harding", "Parker", "Richardson")],
    decisions=[D(_WESTWOOD12_CHAIR, "approved", "3", "Election of Chair."),
               D(_WESTWOOD12_VICE, "approved", "4", "Election of Vice Chair."),
               D(_WESTWOOD12_SUBS, "agreed", "5", "Formation of Sub Committees."),
               D(_WESTWOOD12_CONTRACTS, "noted", "6", "Maintenance Contracts.")],
)

_ORLINGBURY12_MINUTES = ("135.1 Councillor Allen proposed and Councillor Turnell seconded all in favour of being signed "
                         "as a true and correct record.")
_ORLINGBURY12_REVISED = ("135.2 The revised minutes of 4th October were also signed after min 125.2 was changed to the "
                         "lectern sheet has been satisfactorily amended by the producers.")
_ORLINGBURY12_NEWSLETTER = ("136.2 Councillor Rootham had not received a draft copy of the newsletter and it was agreed "
                            "that he would be sent a copy to look through before it was signed off.")

case(
    id="orlingbury-parish-council-2012", year=2012, format="html", layout="blog_post",
    url="http://orlingbury.blogspot.com/2012/12/parish-council-minutes-6th-december_14.html",
    body="Orlingbury Parish Council", body_kind="parish_council",
    patterns=["numbered_minutes_continuing_from_previous_meeting", "present_councillors_run_on_with_clerk_in_brackets",
              "apologies_sentence_sent_his_apologies_accepted", "sub_numbered_paragraphs_n_n",
              "proposed_seconded_all_in_favour_signed", "it_was_agreed_that_inside_matters_arising"],
    notes="Parish council meeting of 6 December 2012 posted on the village blog (Northamptonshire). Minute numbers "
          "run on from earlier meetings (131 onwards) with sub-paragraphs 131.1 etc. The clerk is printed inside the "
          "Present list and is labelled present as printed. Matters-arising points after 136.2 are rewritten and the "
          "case ends inside item 136.",
    document=page("Parish Council Minutes 6th December 2012", "\n".join([
        "<h1>Parish Council Minutes 6th December 2012</h1>",
        paras(["Minutes of the Meeting held in the village hall<br>on Thursday 6th December 2012 at 7.30p.m.",
               "131. Present:",
               "Councillors B Rootham (Chairman), P Allen, A Campbell, N Reynolds,<br>C Turnell, and A McLaven (Clerk).",
               "132. Apologies", "132.1 Councillor Cole sent his apologies which were accepted.",
               "133. Public Question Time", "133.1 There were no members of the public in attendance.",
               "134. Declarations of Interest", "134.1 There were no declarations other than already registered",
               "135. Minutes of 1st November 2012", _ORLINGBURY12_MINUTES, _ORLINGBURY12_REVISED,
               "136. Action Log/ Matters Arising",
               "136.1 122.5 The newsletter was discussed; only councillors' telephone numbers will be printed in it and "
               "calls should otherwise go through the Clerk.",
               _ORLINGBURY12_NEWSLETTER,
               "136.3 126.6 The capital grant paperwork had arrived too late to be completed; the Clerk will write to "
               "the district council asking for more notice of future grant rounds."]).replace("&lt;br&gt;", "<br>")])),
    attendees=[A("B Rootham", PRESENT, "Chairman"), A("P Allen", PRESENT), A("A Campbell", PRESENT),
               A("N Reynolds", PRESENT), A("C Turnell", PRESENT), A("A McLaven", PRESENT, "Clerk"),
               A("Cole", APOLOGIES)],
    decisions=[D(_ORLINGBURY12_MINUTES, "approved", "135", "Minutes of 1st November 2012"),
               D(_ORLINGBURY12_REVISED, "approved", "135", "Minutes of 1st November 2012"),
               D(_ORLINGBURY12_NEWSLETTER, "agreed", "136", "Action Log/ Matters Arising")],
)

_BROADTOWN09_CHAIR = ("1. In accordance with Standing Orders, Cllr Pullen, as Vice-Chairman, was offered the post of "
                      "Chairman, but declined. Proposed by Cllr Mrs Stubbings, Seconded by Cllr Pullen, that Cllr R. "
                      "Bourton be elected Chairman. Carried.")
_BROADTOWN09_APPOINTMENTS = ["2. Vice-Chairman. Cllr J. Pullen", "3. Highways. Cllr N. Crocker",
                             "4. Footpaths. Cllr R. Bourton",
                             "5. Representative on the Wootton Bassett and Cricklade Area Board. Cllr Mrs V. Stubbings."]
_BROADTOWN09_MINUTES = "6. The minutes of the meeting held on 6th April 2009 were signed as being a true record."
_BROADTOWN09_ORDERS = "7. Standing Orders, and Financial Regulaqtions, were approved."
_BROADTOWN09_NO_OBJECTION = ["9. App'n 09/00672/S73A. 25 Broad Town Road. Erection of Conservatory (Retrospective). "
                             "No objections.",
                             "10. App'n 09/00690. The Grange, Broad Town Road. Two storey extension at rear. No "
                             "objections."]
_BROADTOWN09_APPROVED = ["11. The acounts for 2008/09 were approved.",
                         "13. The Clerk's salary, i.a.w. NALC guidelines, Scale 15, SCP 15, was approved.",
                         "14. Mrs K. Orton was approved as Internal Auditor."]
_BROADTOWN09_WALC = "16. Membership for the coming year was approved, and a cheque for £173.93 raised."
_BROADTOWN09_NOTED = "17. Contents noted"

case(
    id="broad-town-parish-council-2009-scan", year=2009, format="pdf", layout="pdf_scan", scan=True,
    url="https://broad-town.co.uk/Parish-Council/Parish-Council-Documents/ID/159/MINUTES-OF-THE-ANNUAL-PARISH-"
        "COUNCIL-MEETING-HELD-ON-MONDAY-11th-MAY-2009Draft",
    body="Broad Town Parish Council", body_kind="parish_council",
    patterns=["present_semicolon_chairman_then_cllrs_run_on", "apologies_were_received_from_cllr",
              "numbered_paragraphs_under_run_in_headings", "appointments_listed_as_office_then_name",
              "proposed_seconded_carried", "were_approved_short_sentences", "no_objections_planning",
              "contents_noted", "scanned_page"],
    notes="Annual parish council meeting of 11 May 2009 (Wiltshire), a draft published on the village website and "
          "rendered here as a scan (the original is a web page). Misspellings ('Regulaqtions', 'acounts', "
          "'Assn') are kept. The appointments listed as 'office. name' and the planning comments and 'No objections' "
          "are optional; the internal audit statement and the insurance renewal are rewritten. The stored copy goes on "
          "into parish matters; the case ends at the play area item, rewritten.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("BROAD TOWN PARISH COUNCIL", bold=True, size=12),
        T("MINUTES OF THE ANNUAL PARISH COUNCIL MEETING HELD ON MONDAY 11th MAY 2009(Draft)", bold=True),
        T("Present; Cllr Mrs V. Stubbings, Chairman. Cllrs S. Billis, R. Bourton, N. Crocker, J. Pullen"),
        T("Apologies were received from Cllr. J. Brain."),
        GAP(2), T("Election of Chairman.", bold=True), T(_BROADTOWN09_CHAIR),
        T("Other Appointments.", bold=True), *[T(x) for x in _BROADTOWN09_APPOINTMENTS],
        T(_BROADTOWN09_MINUTES),
        T("Standing Orders.", bold=True), T(_BROADTOWN09_ORDERS),
        T("Planning.", bold=True),
        T("8. App'n 09/00611. Building at Broad Town Road Farm. Conversion of Farm Building to Dwelling. The Council "
          "thought a building here would tidy the site, but asked that the concrete block wall facing the road be "
          "clad and that the exit onto the main road, between two bends, be designed with care."),
        *[T(x) for x in _BROADTOWN09_NO_OBJECTION],
        T("Finance.", bold=True), T(_BROADTOWN09_APPROVED[0]),
        T("12. The annual return for the year was completed at the meeting."),
        *[T(x) for x in _BROADTOWN09_APPROVED[1:]],
        T("15. The Council's insurance was renewed for another year and the premium paid."),
        T("Wilts Assn of Local Councils", bold=True), T(_BROADTOWN09_WALC), T(_BROADTOWN09_NOTED),
        T("Parish Matters.", bold=True),
        T("18. Play Area, Redhills. Cllr Pullen reported on his inspection of the play area earlier in the month."),
    ]}]},
    attendees=[A("V. Stubbings", PRESENT, "Chairman")]
    + [A(n, PRESENT) for n in ("S. Billis", "R. Bourton", "N. Crocker", "J. Pullen")]
    + [A("J. Brain", APOLOGIES)],
    decisions=[D(_BROADTOWN09_CHAIR, "approved", "1", "Election of Chairman.")]
    + [D(x, "approved", x.split(".")[0], "Other Appointments.", optional=True) for x in _BROADTOWN09_APPOINTMENTS]
    + [D(_BROADTOWN09_MINUTES, "approved", "6", "Other Appointments."),
       D(_BROADTOWN09_ORDERS, "approved", "7", "Standing Orders.")]
    + [D(x, "other", x.split(".")[0], "Planning.", optional=True) for x in _BROADTOWN09_NO_OBJECTION]
    + [D(x, "approved", x.split(".")[0], "Finance.") for x in _BROADTOWN09_APPROVED]
    + [D(_BROADTOWN09_WALC, "approved", "16", "Wilts Assn of Local Councils"),
       D(_BROADTOWN09_NOTED, "noted", "17", "Wilts Assn of Local Councils")],
)

_BRIGHTLINGSEA09_MAYOR = "As there were no further nominations Councillor J Chapman was duly elected as Town Mayor."
_BRIGHTLINGSEA09_DEPUTY = "Councillor Holding was declared as Deputy Town Mayor."
_BRIGHTLINGSEA09_MINUTES = "The Minutes were accepted as a true record."

case(
    id="brightlingsea-town-council-2009", year=2009, format="html", layout="web_page",
    url="https://www.brightlingseatowncouncil.co.uk/minutes-annual-meeting-21509/",
    body="Brightlingsea Town Council", body_kind="town_council",
    patterns=["present_councillors_heading_then_mayor_deputy_lines", "surname_lists_with_initials_over_lines",
              "in_attendance_name_dash_role", "election_of_mayor_duly_elected", "declared_as_deputy",
              "apologies_as_numbered_item", "minutes_accepted_as_true_record"],
    notes="Annual general meeting of 21 May 2009 (Essex) on the town council's website. 'Present: Councillors' is "
          "followed by the mayor and deputy on lines of their own and the other councillors in runs of initials and "
          "surnames; apologies come as item 4. V Chapman (apologies) and J Chapman (present) are different people. "
          "The outgoing mayor's thanks and the declaration of office are rewritten; the case ends inside the "
          "committee appointments of item 7, whose outcome the stored copy does not reach.",
    document=page("Minutes Annual Meeting 21.5.09", "\n".join([
        "<h1>BRIGHTLINGSEA TOWN COUNCIL</h1>",
        paras(["Minutes of the Annual General Meeting held at The Parish Hall, Victoria Place, Brightlingsea on: "
               "Thursday 21st May 2009 at 7.30 p.m.",
               "<p>Present: Councillors<br>G Steady (Mayor)<br>J Chapman (Deputy Mayor)<br>J Aldridge, M Beckwith, "
               "I Block,<br>D Dixon, M Holding, G Mann and J Russell</p>",
               "<p>In attendance:<br>Tracey Pulford –Secretary to the Town Council</p>",
               "The Mayor opened the meeting, and Cllr Steady thanked members for their help during his year.",
               "1.ELECTION OF TOWN MAYOR FOR 2009-2010:",
               "Councillor Jayne Chapman was proposed by Councillor Steady. Seconded by Councillor Mann.",
               _BRIGHTLINGSEA09_MAYOR,
               "2. INSTALLATION OF TOWN MAYOR – DECLARATION OF ACCEPTANCE OF OFFICER:",
               "The new Mayor made and signed her declaration of office, countersigned by the Secretary.",
               "3. APPOINTMENT OF DEPUTY MAYOR FOR 2009-2010:",
               "There was one nomination for Deputy Town Mayor as follows:",
               "Councillor Mike Holding, proposed by Councillor Block, seconded by Councillor J Chapman.",
               _BRIGHTLINGSEA09_DEPUTY,
               "4. APOLOGIES FOR ABSENCE: Councillors V Chapman, Goggin and Yallop.",
               "5. TO APPROVE THE MINUTES OF THE MEETING HELD ON 16TH APRIL 2009 AND CONFIRM AS A CORRECT RECORD:",
               _BRIGHTLINGSEA09_MINUTES,
               "6. DECLARATION OF PERSONAL AND PREJUDICIAL INTERESTS:",
               "The Mayor reminded Members to declare interests when necessary.",
               "7. APPOINTMENTS OF COMMITTEES / WORKING PARTY / MEMBER WITH SPECIAL RESPONSIBILITIES / OUTSIDE BODIES:",
               "Standing Committees:", "Councillor Russell proposed the following:",
               "Finance Committee – Chairman – Cllr Block, Vice Chairman – Cllr Russell"])])),
    attendees=[A("G Steady", PRESENT, "Mayor"), A("J Chapman", PRESENT, "Deputy Mayor")]
    + [A(n, PRESENT) for n in ("J Aldridge", "M Beckwith", "I Block", "D Dixon", "M Holding", "G Mann", "J Russell")]
    + [A("Tracey Pulford", IN_ATT, "Secretary to the Town Council")]
    + [A(n, APOLOGIES) for n in ("V Chapman", "Goggin", "Yallop")],
    decisions=[D(_BRIGHTLINGSEA09_MAYOR, "approved", "1", "ELECTION OF TOWN MAYOR FOR 2009-2010:"),
               D(_BRIGHTLINGSEA09_DEPUTY, "approved", "3", "APPOINTMENT OF DEPUTY MAYOR FOR 2009-2010:"),
               D(_BRIGHTLINGSEA09_MINUTES, "approved", "5",
                 "TO APPROVE THE MINUTES OF THE MEETING HELD ON 16TH APRIL 2009 AND CONFIRM AS A CORRECT RECORD:")],
)

_CLITHEROE10_APOLOGIES = "RESOLVED: That the apologies be accepted."
_CLITHEROE10_CHAIR = ("Having regard to the absence of both the Town Mayor and the Deputy Town Mayor it was RESOLVED - "
                      "That Councillor Stephen Sutcliffe be appointed Chairman for the purpose of this meeting.")
_CLITHEROE10_MINUTES = "The Minutes of the Town Council held on the 28 June, 2010 were approved and signed by the Chairman."
_CLITHEROE10_PFGP = "The Minutes of the Planning, Finance and General Purposes Committee held on the 19 July, 2010 were noted."

case(
    id="clitheroe-town-council-2010", year=2010, format="pdf", layout="pdf_text",
    url="https://docslib.org/doc/13787950/Clitheroe-Town-Council",
    body="Clitheroe Town Council", body_kind="town_council",
    patterns=["capitalised_present_label_run_on", "apologies_with_reasons_from_unnamed_office_holders",
              "resolved_apologies_accepted", "appointment_of_chairman_for_the_meeting_resolved",
              "minute_numbers_nnn_yy", "minutes_approved_and_signed", "committee_minutes_noted",
              "public_speakers_named_in_narrative"],
    notes="Council meeting of 6 September 2010 (Lancashire), a PDF re-published on a document site. The Town Mayor "
          "and Deputy Town Mayor sent apologies but are named only by office, so they are not labelled. The speakers "
          "from the Environment Agency and a developer are public speakers, not attendees. Their addresses and the "
          "mayoral duties are rewritten; the case ends at the planning item, whose outcome the stored copy does not "
          "reach.",
    document=None,
    pdf_spec={"pages": [{"scan": False, "items": [
        T("CLITHEROE TOWN COUNCIL.", bold=True, size=12),
        T("Minutes of the Council Meeting held on the 6 September, 2010."),
        GAP(2),
        TABLE([["PRESENT:", "Councillors David Berryman, Ruth Hargreaves, Allan Knox, Sue Knox, Mary Robinson and "
                            "Stephen Sutcliffe."],
               ["APOLOGIES:", "Apologies for absence, together with reasons, were received from the Town Mayor, the "
                              "Deputy Town Mayor, Councillors Rose Connor and Chris Punchard."],
               ["", _CLITHEROE10_APOLOGIES]], [30, 140]),
        T("APPOINTMENT OF CHAIRMAN.", bold=True), T(_CLITHEROE10_CHAIR),
        TABLE([["245.10", "PUBLIC PARTICIPATION. Laura Travers from the Environment Agency spoke about a public meeting "
                          "planned for 8 November, 2010 to prepare a Community Flood Plan for parts of Clitheroe; a "
                          "letter and a map of the flood risk areas were handed round."],
               ["246.10", "MAYORAL COMMUNICATIONS. A list of the Town Mayor's official engagements since the last "
                          "meeting was circulated."],
               ["247.10", "MINUTES. " + _CLITHEROE10_MINUTES],
               ["", _CLITHEROE10_PFGP],
               ["248.10", "PLANNING APPLICATIONS. Consideration was given to planning applications for weeks ended 13, "
                          "20 and 27 August, 2010 ."],
               ["", "Tim Dean of Gladman Developments spoke on application 3/2010/0719, a proposed residential "
                    "development on land off Henthorn Road, Clitheroe."]], [22, 148]),
    ]}]},
    attendees=[A(n, PRESENT) for n in ("David Berryman", "Ruth Hargreaves", "Allan Knox", "Sue Knox", "Mary Robinson",
                                       "Stephen Sutcliffe")]
    + [A("Rose Connor", APOLOGIES), A("Chris Punchard", APOLOGIES)],
    decisions=[D(_CLITHEROE10_APOLOGIES, "approved", None, "APOLOGIES"),
               D(_CLITHEROE10_CHAIR, "approved", None, "APPOINTMENT OF CHAIRMAN."),
               D(_CLITHEROE10_MINUTES, "approved", "247.10", "MINUTES."),
               D(_CLITHEROE10_PFGP, "noted", "247.10", "MINUTES.")],
)

# ---------------------------------------------------------------------------------------------------------
# Harbour boards (a council harbour board, a Scottish trust port)

case(
    id="harrington-harbour-dock-board-2013", year=2013, format="html", layout="moderngov_html",
    url="http://democracy.allerdale.gov.uk/ieListDocuments.aspx?CId=1106&MId=3713&Ver=4",
    body="Harrington Harbour and Dock Board (Allerdale Borough Council)", body_kind="harbour_board",
    patterns=["moderngov_item_table", "no_attendance_on_page", "minutes_signed_as_correct_record",
              "agreed_colon_that_the_x_be_noted", "discussed_and_noted_responsibilities"],
    notes="Meeting of 28 June 2013 on Allerdale's ModernGov site. The page carries no attendance list (ModernGov "
          "keeps it on another tab); the chair who welcomed new members is named only in narrative and is optional. "
          "The review-of-the-year and plans narrative is rewritten; the 'discussed and noted their responsibilities' "
          "line is optional. The stored copy breaks off at item 93; the case ends at item 92.",
    document=moderngov_meeting(
        "Harrington Harbour and Dock Board", "Friday 28th June, 2013 10.30 am", "Lonsdale Room, Allerdale House.",
        "Paula McKenzie  01900 702557", [
            {"num": "86.", "title": "Declaration of interests",
             "agenda": ["Councillors/Staff to give notice of any disclosable pecuniary interest, other registrable "
                        "interest or any other interest and the nature of that interest relating to any item on the "
                        "agenda in accordance with the adopted Code of Conduct."],
             "minutes": ["None received."]},
            {"num": "87.", "title": "Minutes", "agenda": ["To agree as a correct record the minutes of the last meeting."],
             "minutes": ["The minutes of the last meeting were signed as a correct record."]},
            {"num": "88.", "title": "Questions",
             "agenda": ["To answer questions from members of the public – 2 days notice of which must have been given "
                        "in writing or by electronic mail."],
             "minutes": ["None received."]},
            {"num": "89.", "title": "HH&DB Vacancies", "agenda": ["Welcome new members"],
             "minutes": ["Councillor B Cannon welcomed the new members of the HH&DB to their first meeting."]},
            {"num": "90.", "title": "Review of the Year", "agenda": ["Verbal update"],
             "minutes": ["The Chair looked back over the last twelve months at the harbour.",
                         "The Harbour Master had run the harbour day to day and, with the Assistant Engineer, had "
                         "arranged the repairs that were needed.",
                         "Agreed: That the update be noted."]},
            {"num": "91.", "title": "Plans for the Future", "agenda": ["Verbal update"],
             "minutes": ["The HH&DB discussed and noted their responsibilities for maintaining the Harbour.",
                         "Members wanted to plan ahead for maintenance despite tight budgets."]},
            {"num": "92.", "title": "Harbour Masters Report",
             "minutes": ["Members went through the Harbour Master's report on recent work and current projects.",
                         "Agreed: That the Harbour Masters Report be noted."]},
        ]),
    attendees=[A("B Cannon", PRESENT, optional=True)],
    decisions=[D("The minutes of the last meeting were signed as a correct record.", "approved", "87", "Minutes"),
               D("Agreed: That the update be noted.", "noted", "90", "Review of the Year"),
               D("The HH&DB discussed and noted their responsibilities for maintaining the Harbour.", "noted", "91",
                 "Plans for the Future", optional=True),
               D("Agreed: That the Harbour Masters Report be noted.", "noted", "92", "Harbour Masters Report")],
)

_DUNBAR18_PRESENT = ["Alasdair Swan (Chair)", "Steven Anderson", "John Band", "Alison Fisher", "Barry Fisher",
                     "Robin Hamilton", "Paul Ingram", "Eric Robertson", "Yvonne Wemyss"]
_DUNBAR18_MINUTES = "The minutes of the meeting held on 11th October 2018 were approved."

case(
    id="dunbar-harbour-trust-2018", year=2018, format="html", layout="web_page",
    url="http://www.dunbarharbourtrust.co.uk/index.php/about/minutes-of-meeting/345-minutes-of-board-meeting-on-"
        "thursday-8th-november-2018",
    body="Dunbar Harbour Trust", body_kind="harbour_board",
    patterns=["present_semicolon_list_with_chair_in_brackets", "officer_on_own_line_after_present_list",
              "apologies_semicolon_list", "minutes_were_approved", "no_item_numbers"],
    notes="Directors' meeting of 8 November 2018 (a Scottish trust port, East Lothian) on the trust's Joomla site. "
          "The harbourmaster stands on a line of his own after the semicolon list of directors, with no heading; he "
          "is labelled present as printed. Items have headings but no numbers. The safety, finance and harbour "
          "committee narrative is rewritten and shortened.",
    document=page("Minutes of Board Meeting on Thursday 8th November 2018", "\n".join([
        "<h1>Minutes of Board Meeting on Thursday 8th November 2018</h1>",
        paras(["Minutes of a meeting of the Directors held on Thursday 8th November 2018 in the Methodist Church Hall, "
               "Dunbar",
               "<p>Present: " + "; ".join(_DUNBAR18_PRESENT) + "<br>Quentin Dimmer (Harbourmaster)<br>"
               "Apologies: Barry Buglass; Andrew Brown; Kenneth Maule;</p>",
               "Minutes of the previous meeting:", _DUNBAR18_MINUTES,
               "There were no matters arising other than those covered elsewhere in the agenda",
               "Harbour Users’ meeting",
               "A harbour users' meeting had been held just before the directors met, to report on recent work and "
               "talk about plans.",
               "Port Marine Safety Code and the Health & Safety Report:",
               "No new incidents were reported. Four risks were reviewed and the safety management system was "
               "unchanged.",
               "Finance Report:",
               "October showed a small surplus; landings were good but fuel sales were low in poor weather."])])),
    attendees=[A("Alasdair Swan", PRESENT, "Chair")] + [A(n, PRESENT) for n in _DUNBAR18_PRESENT[1:]]
    + [A("Quentin Dimmer", PRESENT, "Harbourmaster")]
    + [A(n, APOLOGIES) for n in ("Barry Buglass", "Andrew Brown", "Kenneth Maule")],
    decisions=[D(_DUNBAR18_MINUTES, "approved", None, "Minutes of the previous meeting:")],
)

# ---------------------------------------------------------------------------------------------------------
# GP practices' patient participation groups

_ANSDELL24_PRESENT = ["Ann H (Chair)", "Anne W (Notes)", "Josie V", "Jill H-S-B", "Dr. A. Butler-Reid", "Kurtis R",
                      "Bev M", "Ryan F"]
_ANSDELL24_APOLOGIES = ["Ben H", "Jen W", "Aileen A", "Brian G", "Winnie D", "Sue D", "David P"]
_ANSDELL24_MINUTES = "Minutes of the last meeting agreed and accepted."
_ANSDELL24_MP = ("Members agreed that Mr Menzies should be asked if he would consider visiting the practice to meet PPG "
                 "and others.")

case(
    id="ansdell-medical-centre-ppg-2024", year=2024, format="html", layout="web_page",
    url="https://www.ansdellmedicalcentre.co.uk/ppg-patient-participation-group/minutes-from-ppg-meetings/"
        "ppg-meeting-minutes-10th-january-2024/",
    body="Ansdell Medical Centre Patient Participation Group", body_kind="patient_participation_group",
    patterns=["capitalised_present_first_name_initial_names", "roles_in_brackets_chair_notes",
              "apologies_label_with_semicolon", "minutes_agreed_and_accepted", "members_agreed_that",
              "action_owner_at_line_end"],
    notes="PPG meeting of 10 January 2024 on the practice's website (Lancashire). Members are printed by first name "
          "and surname initial; the label after 'APOLOGIES' is a semicolon as printed. The possible new member "
          "named in narrative is not an attendee; the MP named in a decision is not either. The comments box, "
          "waiting room and missed-appointments items are rewritten and shortened.",
    document=page("PPG Minutes 10th January 2024", "\n".join([
        "<h1>PPG Minutes 10th January 2024</h1>",
        paras(["PRESENT: " + ", ".join(_ANSDELL24_PRESENT[:4]) + ",",
               " " + ", ".join(_ANSDELL24_PRESENT[4:]) + ".",
               "APOLOGIES; " + ", ".join(_ANSDELL24_APOLOGIES),
               "A possible new member had not yet replied to emails.",
               _ANSDELL24_MINUTES,
               "Item 1.  Proxy Access forms",
               "Ryan has revised the proxy access form with clearer notes for parents and will send a copy to Ann H "
               "for the PPG Network.                           Action Ryan",
               "Item 2.  PPG Network group and letter to MP.",
               "Ann shared a draft letter to the local MP, which members thought good; some supporting figures would "
               "help.",
               _ANSDELL24_MP,
               "Ann will email the revised draft to all members.                   Action Ann",
               "Item 3.  Comments box",
               "The box was empty; Kurtis has put up a new one."])])),
    attendees=[A("Ann H", PRESENT, "Chair"), A("Anne W", PRESENT, "Notes")]
    + [A(bare(n), PRESENT) for n in _ANSDELL24_PRESENT[2:]]
    + [A(n, APOLOGIES) for n in _ANSDELL24_APOLOGIES],
    decisions=[D(_ANSDELL24_MINUTES, "approved", None, None),
               D(_ANSDELL24_MP, "agreed", "2", "PPG Network group and letter to MP.")],
)

_COTTONS14_PRESENT = [("Sharon Donnelly", "SD", "PPG Chair"), ("Julian Crowe OBE", "JC", "Practice Manager"),
                      ("George Westcott", "GW", "PPG Secretary")]
_COTTONS14_MEMBERS = ["Helen Boto", "Ellen Brady", "Janet Harper", "Roger Martin", "James Paybody", "Pamela Paybody",
                      "Eileen Plowe", "Steven Westwood"]

case(
    id="cottons-medical-centre-ppg-2014", year=2014, format="txt", layout="word_document_text",
    url="https://docest.com/doc/122700/in-the-meeting-room-at-the-cottons-medical-centre",
    body="Cottons Medical Centre Patient Participation Group", body_kind="patient_participation_group",
    patterns=["present_run_on_name_initials_in_brackets_then_role", "members_marked_ppg_in_brackets",
              "missing_comma_between_two_names", "apologies_single_name", "lettered_sub_points", "no_decisions"],
    notes="PPG meeting of 14 January 2014 at a GP practice (West Midlands), a Word document re-published as text. "
          "Officers carry initials in brackets before their role, ordinary members '(PPG)'; one comma between two "
          "members is missing in the original and is kept. The minutes record actions, not decisions, so no decision "
          "is labelled. Later items are rewritten and the case ends at item 5.",
    document="\n".join([
        "Minutes of Patient Participation Group",
        "Held on the 14th January 2014",
        "In the Meeting Room at the Cottons Medical Centre",
        "Present: " + ", ".join(f"{n} ({i}) {r}" for n, i, r in _COTTONS14_PRESENT) + ", "
        + ", ".join(f"{n} (PPG)" for n in _COTTONS14_MEMBERS[:4]) + f", {_COTTONS14_MEMBERS[4]} (PPG) "
        + ", ".join(f"{n} (PPG)" for n in _COTTONS14_MEMBERS[5:]) + ", Michelle Garratt (Office Manager).",
        "Apologies: Tony Boto",
        "2.Minutes from 10th October/16th July 2013 & 13th November 2012:",
        "a) The July 2013 minutes are to go on the practice website; the request for a GP to attend future meetings "
        "had been left out of them.",
        "b) The carers' and end of life policies promised at the November 2012 meeting are still to be handed out.",
        "c) The group asked to see any improvement plan following the patient survey.",
        "3. CQC Inspection:",
        "a) No date yet; the PPG Chair and Secretary will attend when the inspection takes place.",
        "4. Members Reports:",
        "a) A member's report from September 2013 is attached.",
        "b) Reports should reach the PPG Secretary at least a week before each meeting.",
        "5. Practice News:",
        "a) The new Practice Manager, who started on 6 January, introduced himself.",
        "",
    ]),
    attendees=[A(bare(n).replace(" OBE", ""), PRESENT, r) for n, _, r in _COTTONS14_PRESENT]
    + [A(n, PRESENT, "PPG") for n in _COTTONS14_MEMBERS]
    + [A("Michelle Garratt", PRESENT, "Office Manager"), A("Tony Boto", APOLOGIES)],
    decisions=[],
)

_BLACKDOWN24_PRESENT = [("Mark Dodds", "(Practice Manager) MD"), ("Margaret Stocks", "MS"), ("Ken Pearson", "KP"),
                        ("Heather Stallard", "HS"), ("Alec Price-Alexander", "A P-A"), ("Nigel Hurst", "NH")]
_BLACKDOWN24_ELECTED = ("As a purely interim measure temporary Chair and Secretary were duly elected by those present, and "
                        "all those present were deemed to form the new PPG committee until such time the wider PPG "
                        "membership has been contacted.")
_BLACKDOWN24_TERMS = ("c.    PPG policy and terms of reference (emphasising confidentiality) was introduced by MD and "
                      "signed by MD and Chair.")

case(
    id="blackdown-practice-ppg-2024", year=2024, format="html", layout="web_page",
    url="https://www.theblackdownpractice.nhs.uk/service/practice-participation-group-meetings/136",
    body="The Blackdown Practice Patient Participation Group", body_kind="patient_participation_group",
    patterns=["agenda_then_minutes_on_one_page", "names_one_per_line_with_initials_no_heading",
              "apologies_none", "doubled_list_numbers_11_22_33", "interim_officers_duly_elected",
              "proposed_seconded_abbreviated_2nd", "lettered_sub_items"],
    notes="PPG meeting of 30 May 2024 at Churchinford Surgery (Somerset) on an NHS practice website: the agenda and "
          "then the minutes on one page. The stored copy shows the attendees one a line with their initials and no "
          "'Present' heading; item numbers are doubled ('11)', '22)', '33)') as printed. The confidentiality and "
          "communication points are rewritten; the committee members' agreement to serve is optional.",
    document=page("Practice Participation Group Meetings", "\n".join([
        "<h1>May 30, 2024</h1>",
        paras(["Held at Churchinford Surgery at 3:30pm"]),
        "<ol><li>Welcome, Introductions and apologies</li><li>Approval of previous minutes</li><li>Items for "
        "discussion<ul><li>Election of temporary Chair</li><li>Election of temporary Secretary</li><li>Election of "
        "Committe Members</li><li>Signing of PPG terms of reference by Chair</li></ul></li><li>Any Other Business</li>"
        "<li>Location, date and time of next meeting</li></ol>",
        paras(["Minutes of PPG meeting Thursday 30th May 3.30pm Churchinford Surgery",
               *[f"{n} {i}" for n, i in _BLACKDOWN24_PRESENT],
               "Apologies: None",
               "11)    Welcome by MD",
               "22)    Approval of previous minutes (none as last meeting held 2019)",
               "33)    Items for discussion",
               "a.    The PPG committee will be a core group of up to 10-12 people drawn from the wider group of "
               "patients; MD will send out a call for new committee members. " + _BLACKDOWN24_ELECTED,
               "b.    Temp Chair Ken Pearson (Proposed by A P-A, 2nd  NH)",
               "Temp Secretary Nigel Hurst (Proposed by A P-A, 2nd MS)",
               "Committee members MS, KP, HS, A. P-L and NH all agreed to serve.",
               _BLACKDOWN24_TERMS,
               "d.    Everyone present signed a confidentiality agreement."])])),
    attendees=[A("Mark Dodds", PRESENT, "Practice Manager")] + [A(n, PRESENT) for n, _ in _BLACKDOWN24_PRESENT[1:]],
    decisions=[D(_BLACKDOWN24_ELECTED, "approved", None, "Items for discussion"),
               D("Committee members MS, KP, HS, A. P-L and NH all agreed to serve.", "other", None,
                 "Items for discussion", optional=True),
               D(_BLACKDOWN24_TERMS, "approved", None, "Items for discussion", optional=True)],
)

# ---------------------------------------------------------------------------------------------------------
# Local medical committees (GP representative bodies), an NHS Scotland CHP committee, a hospice board

_NNT_LMC12_LEFT = ["Dr., G., Rae (Secretary)", "Dr. B. Afoladi", "Dr. D.A. Black", "Dr. S.E. Blair", "Dr. M. Chaudhary",
                   "Dr. C. Cock", "Dr. H.G. Cookey", "Dr. R. A. Flint", "Dr. M. Guy"]
_NNT_LMC12_RIGHT = ["Dr. N. Lawson", "Dr. J. Matthews", "Dr. K. Megson", "Dr. G. Pilkington", "Dr. A.J. Podogrocki",
                    "Dr. A.L. Ramshaw", "Dr. G. Reissmann", "Mr. N.P. Strong", "Dr. J. Weatherstone"]
_NNT_LMC12_AMENDED = "Dr. Rae read out the amendments with which the Committee agreed."

case(
    id="newcastle-north-tyneside-lmc-2012", year=2012, format="pdf", layout="pdf_name_grid",
    url="https://docsbay.net/newcastle-and-north-tyneside-s4",
    body="Newcastle and North Tyneside Local Medical Committee", body_kind="local_medical_committee",
    patterns=["two_column_name_grid_under_present", "dr_dot_initials_surname", "secretary_in_brackets",
              "odd_commas_in_one_name", "apologies_sentence_single_name", "amendments_agreed_in_minutes_item"],
    notes="LMC meeting of 10 January 2012, a Word document re-published on a document site. The stored text lost the "
          "bold headings; 'Present:', 'Apologies' and 'Minutes of the last meeting' are restored as headings. The "
          "secretary's home address and telephone at the top are left out. Names form a two-column grid read down "
          "each column; 'Dr., G., Rae' is printed with the commas of the stored copy. The welcome narrative and "
          "matters arising are rewritten; the amendments agreed to the previous minutes are optional (the minutes "
          "themselves were to be re-sent).",
    document=None,
    pdf_spec={"pages": [{"scan": False, "items": [
        T("Minutes of a meeting of Newcastle and North Tyneside Local Medical Committee held on Tuesday 10th January "
          "2012."),
        GAP(2), T("Present:", bold=True),
        COLUMNS(_NNT_LMC12_LEFT + _NNT_LMC12_RIGHT, n=2),
        T("Dr. Rae reported that Dr. Cummings had been unwell since the last meeting but was recovering, and hoped he "
          "would be back at LMC meetings soon. He welcomed Dr. Megson as Assistant Secretary."),
        GAP(2), T("Apologies", bold=True),
        T("Apologies for absence were received from Dr. R.A. Cummings."),
        GAP(2), T("Minutes of the last meeting", bold=True),
        T("Dr. Rae explained that the minutes sent out were the draft version, since Dr. Cummings had been unable to "
          "check them; Dr. Rae and Dr. Black had since made several changes. " + _NNT_LMC12_AMENDED
          + " The amended minutes will be sent out with this meeting's minutes."),
        GAP(2), T("Matters arising", bold=True),
        T("(a) Item 11.93 (b) Dr. Rae had written to the CCG leads."),
        T("(b) Item 11.93 (d) The Day of Action had caused no problems."),
    ]}]},
    attendees=[A("G. Rae", PRESENT, "Secretary")] + [A(bare(n), PRESENT) for n in _NNT_LMC12_LEFT[1:]]
    + [A(bare(n), PRESENT) for n in _NNT_LMC12_RIGHT] + [A("R.A. Cummings", APOLOGIES)],
    decisions=[D(_NNT_LMC12_AMENDED, "agreed", None, "Minutes of the last meeting", optional=True)],
)

_GRAMPIAN12_PRESENT = ["Neil MacRitchie", "David Bell", "Sandra Grant", "John Reid", "Robert Donald", "Caroline Fraser",
                       "Stuart Reary", "Margaret Denison", "Rebecca Riddell"]
_GRAMPIAN12_AFTER = ["Denise McFarlane", "Ewan Paterson", "Thomas Philip"]

case(
    id="grampian-lmc-2012", year=2012, format="pdf", layout="pdf_text",
    url="https://docsbay.net/grampian-local-medical-committee-s1",
    body="Grampian Local Medical Committee", body_kind="local_medical_committee",
    patterns=["drs_prefix_comma_list_without_heading", "registrar_with_place_in_brackets",
              "apologies_were_received_from_drs", "correction_names_previous_meeting_attendance",
              "numbered_items_with_closing_bracket", "no_decisions"],
    notes="LMC meeting of Monday 18 June (2012: the doctors' industrial action it discusses took place on Thursday 21 "
          "June 2012) at Summerfield House, Aberdeen, re-published on a document site. The attendance is one 'Drs.' "
          "comma list with no heading, as stored. The correction to the previous minutes (who sent apologies and who "
          "attended then) is about another meeting and labels no one. No decision is recorded. The industrial action "
          "and integration items are rewritten and shortened.",
    document=None,
    pdf_spec={"pages": [{"scan": False, "items": [
        T("Minute of the meeting of the Grampian LMC", bold=True, size=12),
        T("Monday 18th June at 4.30 pm"), T("Summerfield House, Aberdeen"),
        GAP(3),
        T("Drs. " + ", ".join(_GRAMPIAN12_PRESENT) + ", Dr Singh (Registrar, Elgin), " + ", ".join(_GRAMPIAN12_AFTER)
          + "."),
        GAP(2), T("1)  Welcome and apologies", bold=True),
        T("NMacR welcomed the committee."),
        T("Apologies were received from Drs. Graham Gordon, Russell McInnes, Caroline Howarth."),
        T("Margaret Denison is leaving the committee and this was her last meeting; the chair thanked her for her "
          "work."),
        GAP(2), T("2) Minute of last meeting", bold=True),
        T("Corrections to be made – Stuart Reary sent apologies and Margaret Denison did attend."),
        GAP(2), T("3) Matters arising", bold=True),
        T("None apart from those on agenda."),
        T("i)  Industrial Action", bold=True),
        T("The action takes place on Thursday. The LMC is not a trade union and can only point practices to the BMA "
          "website; most Aberdeen City and Moray practices are taking part."),
    ]}]},
    attendees=[A(n, PRESENT) for n in _GRAMPIAN12_PRESENT] + [A("Singh", PRESENT, "Registrar, Elgin")]
    + [A(n, PRESENT) for n in _GRAMPIAN12_AFTER]
    + [A(n, APOLOGIES) for n in ("Graham Gordon", "Russell McInnes", "Caroline Howarth")],
    decisions=[],
)

_MAE14_PRESENT = [("Duncan Phimister – Chair (DP)", "Duncan Phimister", "Chair"), ("Brian Fulleylove (BF)", None, None),
                  ("Sarah Hall (SH)", None, None), ("Elizabeth Hancock (EH)", None, None),
                  ("Maureen Hawkins (MH)", None, None), ("Richard Humphries (RH)", None, None),
                  ("John Mills (JM)", None, None), ("Edward Pogmore (EP) – from 2.45pm", "Edward Pogmore", None),
                  ("Ann Williams (AW) – from 2.20pm", "Ann Williams", None), ("Julie Cox (JC)", None, None),
                  ("Janet Kavanagh (JK)", None, None)]
_MAE14_MINUTES = "The minutes were approved and signed as a correct record"

case(
    id="mary-ann-evans-hospice-board-2014", year=2014, format="pdf", layout="pdf_text_table",
    url="https://expydoc.com/doc/3892653/board-meeting-22-may-2014",
    body="Mary Ann Evans Hospice (board of trustees)", body_kind="hospice_board",
    patterns=["present_label_column_table", "initials_in_brackets_after_names", "dash_chair_before_initials",
              "late_arrival_from_time_after_dash", "in_attendance_label_row", "apologies_as_item_1_with_initials",
              "minutes_approved_and_signed"],
    notes="Board meeting of 22 May 2014 of a charitable hospice (Nuneaton), a PDF re-published on a document site. "
          "The stored text runs the two-column attendance table together; the case lays it out again as a label "
          "column and a name column, with each arrival time on its own name's row. Staff listed under 'Present' "
          "are labelled present as printed. Matters arising and the chair's and chief executive's reports are "
          "rewritten and shortened.",
    document=None,
    pdf_spec={"pages": [{"scan": False, "items": [
        T("Mary Ann Evans Hospice", bold=True, size=12),
        T("Minutes of the Board Meeting Held on 22 May 2014 at 1.30pm", bold=True),
        GAP(2),
        TABLE([["Present:", _MAE14_PRESENT[0][0]]] + [["", p[0]] for p in _MAE14_PRESENT[1:]]
              + [["In Attendance:", "Maggi Cole (MC)"], ["", "Gill Hancock (GH) – from 2.00pm"]], [35, 120]),
        GAP(2),
        T("1. Apologies: Heather Norgrove (HN), Andrew Chadaway (AC), Geoff Trew (GT)"),
        T("2. To Approve the Minutes of the Board Meeting held on 27 March 2014", bold=True),
        T(_MAE14_MINUTES),
        T("3. Matters Arising from the Board Meeting held on 27 March 2014", bold=True),
        T("EH reported on talks with the local NHS trust about charges for office space; the Board felt a charity "
          "should not subsidise NHS services but that the matter needed tact.  Action: DP to Investigate Further"),
        T("4. Chairman's Report", bold=True),
        T("DP said most of his report would be given in the confidential session; board one-to-ones were nearly "
          "finished."),
    ]}]},
    attendees=[A(full or p.split(" (")[0], PRESENT, role) for p, full, role in _MAE14_PRESENT]
    + [A("Maggi Cole", IN_ATT), A("Gill Hancock", IN_ATT)]
    + [A(n, APOLOGIES) for n in ("Heather Norgrove", "Andrew Chadaway", "Geoff Trew")],
    decisions=[D(_MAE14_MINUTES, "approved", "2", "To Approve the Minutes of the Board Meeting held on 27 March 2014")],
)

_MHCHP08_PRESENT = [
    ("Mrs Ann Bethune (Chair)", "Non Executive Director, Highland NHS Board", "Chair", "Highland NHS Board"),
    ("Mrs Gill McVicar", "General Manager, Mid Highland CHP", "General Manager", "Mid Highland CHP"),
    ("Dr Angus Venters", "Clinical Director, Mid Highland CHP", "Clinical Director", "Mid Highland CHP"),
    ("Dr Jim Douglas", "Clinical Lead", "Clinical Lead", None),
    ("Mr Tom Slavin", "Head of Finance, Mid Highland CHP", "Head of Finance", "Mid Highland CHP"),
    ("Mrs Alison Hudson", "CHP Lead Nurse", "CHP Lead Nurse", None),
    ("Mr Okain McLennan", "Non Executive Director, Highland NHS Board", "Non Executive Director", "Highland NHS Board"),
    ("Mr Bob Cameron", "Highland Council Corporate Manager, Ross, Skye & Lochaber",
     "Corporate Manager, Ross, Skye & Lochaber", "Highland Council"),
    ("Mrs Isabelle Campbell", "Local Councillor, Wester Ross, Strathpeffer & Lochalsh",
     "Local Councillor, Wester Ross, Strathpeffer & Lochalsh", None),
    ("Mrs Margaret Paterson", "Local Councillor, Dingwall & Seaforth", "Local Councillor, Dingwall & Seaforth", None),
    ("Mr Findlay Hickey", "Lead Pharmacist, Mid Highland CHP", "Lead Pharmacist", "Mid Highland CHP"),
    ("Mr Colin Shields", "Health & Safety Advisor, Mid Highland CHP", "Health & Safety Advisor", "Mid Highland CHP"),
    ("Dr John May", "Raigmore Representative", "Raigmore Representative", None),
    ("Mrs Jackie Jefferson", "CHP Administrator (Minutes)", "CHP Administrator", None),
]
_MHCHP08_APOLOGIES = [
    ("Mrs Kate Earnshaw", "Acting Locality General Manager, Skye & Lochalsh"),
    ("Mrs Theresa James", "Locality General Manager, Lochaber"), ("Mr Brian Murphy", "Local Councillor, Lochaber"),
    ("Mr Bren Gormley", "Local Councillor, Lochaber"), ("Dr Andrew Evennett", "Acting Clinical Lead, RC&WN"),
    ("Ms Kerry McLennan", "Voluntary Sector Representative"),
    ("Ms Maxine Johnston", "Deputy Voluntary Sector Representative"),
    ("Ms Tracy Ligema", "Out of Hours Operational and Development Manager"),
    ("Mr Hugh Campbell", "Ophthalmology Representative"), ("Ms Lyn Wormald", "Area Partnership Forum Representative"),
]

case(
    id="mid-highland-chp-committee-2008-scan", year=2008, format="pdf", layout="pdf_scan", scan=True,
    url="https://docslib.org/doc/7116621/mid-highland-chp-committee-minutes",
    body="Mid Highland CHP Committee (NHS Highland)", body_kind="nhs_committee",
    patterns=["label_column_table_name_then_role_organisation", "present_in_attendance_by_invitation_apologies_blocks",
              "chair_in_brackets_after_name", "minute_taker_in_brackets", "apologies_with_roles_in_table",
              "no_decisions_before_cut", "scanned_page"],
    notes="Community Health Partnership committee meeting of 29 August 2008 (Moorings Hotel, Banavie), re-published "
          "on a document site and rendered here as a scan. The attendance is a label | name | role table as the "
          "original's layout implies; Dr Jim Douglas's role is cut to 'Clinical Lead' in the stored copy and is "
          "kept so. Roles such as 'General Manager, Mid Highland CHP' are labelled role + organisation. The case ends "
          "at the previous minute's heading, where the stored excerpt stops before the decision.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("Mid Community Health Partnership", bold=True),
        T("MINUTE of MEETING", bold=True, size=12), T("MID HIGHLAND CHP COMMITTEE", bold=True),
        T("Friday 29 August 2008 Moorings Hotel (10.00 am – 1.30 pm) Banavie, Fort William"),
        GAP(2),
        TABLE([["Present:", _MHCHP08_PRESENT[0][0], _MHCHP08_PRESENT[0][1]]]
              + [["", n, r] for n, r, _, _ in _MHCHP08_PRESENT[1:]]
              + [["In Attendance:", "Mr Larry Wilmot",
                  "Area Community Care Manager, Highland Council Social Work Services"],
                 ["By Invitation:", "Ms Sarah McLeod", "Consultant Midwife, NHS Highland"],
                 ["Apologies:", _MHCHP08_APOLOGIES[0][0], _MHCHP08_APOLOGIES[0][1]]]
              + [["", n, r] for n, r in _MHCHP08_APOLOGIES[1:]], [28, 50, 92], size=9),
        GAP(2),
        T("1 WELCOME AND APOLOGIES", bold=True),
        T("The Chairman welcomed everyone, in particular Ms Sarah McLeod, Consultant Midwife. Apologies were noted as "
          "above."),
        T("2 MINUTE OF PREVIOUS MEETING", bold=True),
    ]}]},
    attendees=[A(bare(n).replace(" (Chair)", ""), PRESENT, role, org) for n, _, role, org in _MHCHP08_PRESENT]
    + [A("Larry Wilmot", IN_ATT, "Area Community Care Manager", "Highland Council Social Work Services"),
       A("Sarah McLeod", IN_ATT, "Consultant Midwife", "NHS Highland")]
    + [A(bare(n), APOLOGIES, r) for n, r in _MHCHP08_APOLOGIES],
    decisions=[],
)
