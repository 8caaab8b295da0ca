"""The fourth blind set: what each document says and how it is labelled.

Every case is modelled on one stored public page (``url``) of a body that appears in none of the other
evaluation sets (``evaluation/real/*``, ``evaluation/blind``, ``evaluation/blind2``, ``evaluation/blind3``).
Attendance sections and decision wording are reproduced as published (names, roles, organisations, statuses
and formulaic wording are public facts); every narrative paragraph is written anew and kept short. Labels come
from the published page only, never from running a parser. Labelling rules are those of
``evaluation/blind/README.md``; this set's README says how it was built.

Rendered by ``python evaluation/blind/build_cases.py --set evaluation/blind4`` with the blind set's renderers
(``render.py``) and, for PDFs, ``evaluation/real/pdfcase.py`` (tables, grids, scanned pages).
"""
from __future__ import annotations

from labels import ABSENT, APOLOGIES, IN_ATT, PRESENT, SUB, A, D
from pdfspec import COLUMNS, GAP, T, TABLE
from render import bullets, esc, item_history_page, moderngov_meeting, page, paras, rows_table

CASES: list[dict] = []


def case(**kw):
    CASES.append(kw)


def aks_minutes(committee: str, when: list[str], attendance: list[str], rows: list[list[str]],
                header: list[str], tail: list[str]) -> str:
    """AKS 'kab12.pl' minutes page: meeting facts, an 'Attendance Details' block, then an item table."""
    body = [f"<h1>{esc(committee)} Minutes</h1>", paras(when), "<h2>Attendance Details</h2>", paras(attendance),
            rows_table(rows, header=header), paras(tail)]
    return page(f"{committee} Minutes", "\n".join(body))


def cmis_meeting(committee: str, when: str, tabs: list[str], blocks: list[str]) -> str:
    """CMIS ViewMeetingPublic page: meeting summary, tab names, then the agenda items with their minutes."""
    body = ["<h1>Meeting Details</h1>", "<h2>Meeting Summary</h2>", f"<p>{esc(committee)}</p>", f"<p>{esc(when)}</p>",
            bullets(tabs), paras(blocks)]
    return page(f"{committee} - {when}", "\n".join(body))


# ---------------------------------------------------------------------------------------------------------
# English health and wellbeing boards

case(
    id="rochdale-hwb-2022", year=2022, format="html", layout="moderngov_html",
    url="https://democracy.rochdale.gov.uk/ieListDocuments.aspx?CId=558&MId=6099&Ver=4",
    body="Rochdale Health and Wellbeing Board", body_kind="hwb",
    patterns=["apologies_councillors_surnames_then_names", "second_apologies_sentence", "items_without_numbers",
              "resolved_that_minutes_approved"],
    notes="The stored copy shows no item numbers and ends inside the Vice-Chair item; the case ends there.",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "Tuesday, 5th July, 2022 2.00 pm",
        "Hollingworth (Room 108ABC), First Floor, Number One Riverside, Smith Street, Rochdale, OL16 1XU",
        "Fabiola Fuschi  Senior Governance and Committee Services Officer", [
            {"title": "Apologies", "agenda": ["To receive any apologies for absence."],
             "minutes": ["Apologies for absence were received from Councillors Emsley and Wardle, Dr. Alam and Sharon "
                         "Hubber.",
                         "The Board also received apologies from Dr. Duffy and Liz Windsor-Welsh."]},
            {"title": "Minutes", "agenda": ["Members are requested to approve the minutes of the meeting held on 25th "
                                            "Apr 2022", "To follow"],
             "minutes": ["RESOLVED that the minutes of the meeting held on 25th Apr 2022 be approved as a correct "
                         "record."]},
            {"title": "Declarations of Interest",
             "agenda": ["Members declare any interests they hold in the business on this agenda."],
             "minutes": ["There were no declarations of interest received"]},
            {"title": "Items for Exclusion of Public and Press",
             "minutes": ["There were no items for exclusion of press and public"]},
            {"title": "Urgent Items of Business", "minutes": ["There were no items of urgent business received"]},
            {"title": "Election of Vice-Chair",
             "agenda": ["A Vice-Chair for the 2022/23 municipal year is to be chosen from the Board's voting members."]},
        ]),
    attendees=[A("Emsley", APOLOGIES), A("Wardle", APOLOGIES), A("Alam", APOLOGIES), A("Sharon Hubber", APOLOGIES),
               A("Duffy", APOLOGIES), A("Liz Windsor-Welsh", APOLOGIES)],
    decisions=[D("RESOLVED that the minutes of the meeting held on 25th Apr 2022 be approved as a correct record.",
                 "approved", None, "Minutes")],
)

case(
    id="bromley-hwb-2021", year=2021, format="html", layout="moderngov_html",
    url="https://cds.bromley.gov.uk/ieListDocuments.aspx?CId=617&MId=7173&Ver=4",
    body="Bromley Health and Wellbeing Board", body_kind="hwb",
    patterns=["apologies_with_substitute_clause", "apologies_role_org_in_brackets", "garbled_leaving_early_clause",
              "guests_welcomed_by_name_with_roles", "items_without_numbers_or_titles"],
    notes="The stored copy shows neither item numbers nor titles; the case gives generic titles. Jonathan Lofthouse "
          "is named in the apologies sentence but is said to have to leave early, so he attended: optional.",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "Thursday 23 September 2021 1.30 pm", "Bromley Civic Centre",
        "Jo Partridge  020 8461 7694", [
            {"title": "", "minutes": [
                "Apologies for absence were received from Kim Carey and Sean Rafferty attended as substitute. Apologies "
                "were also received from Teresa Bell, Rachel Dunley, Jim Gamble and Dr Andrew Parson.",
                "Apologies for absence were also received from Jacqui Scott (Chief Executive – Bromley Healthcare) and "
                "Jonathan Lofthouse (Site Chief Executive – PRUH and South Sites: King’s College Hospital NHS "
                "Foundation Trust) gave prior notification that he would need to leave the meeting early."]},
            {"title": "", "minutes": ["Councillor Robert Evans declared that he was a Trustee of Mytime Active."]},
            {"title": "", "minutes": ["RESOLVED that the minutes of the meeting held on 29th April 2021 be agreed."]},
            {"title": "", "agenda": ["Questions on matters not on the agenda had to reach the Council in writing ten "
                                     "working days before the meeting."],
             "minutes": ["No questions had been received."]},
            {"title": "", "minutes": [
                "The Chairman welcomed Marg Mayne, Chief Executive – Mytime Active (“Chief Executive”), Debra Weekes, "
                "Partnerships Manager – Mytime Active (“Partnerships Manager”) and Kelly Stead, Head of Sales and "
                "Customer Experience – Mytime Active (“Head of Sales and Customer Experience”) to the meeting to "
                "provide an update on the work being undertaken to improve wellbeing in the local community.",
                "The Chief Executive described the charity's leisure and wellbeing programmes across the borough and "
                "how they were funded."]},
        ]),
    attendees=[
        A("Kim Carey", APOLOGIES), A("Sean Rafferty", SUB, sub_for="Kim Carey"), A("Teresa Bell", APOLOGIES),
        A("Rachel Dunley", APOLOGIES), A("Jim Gamble", APOLOGIES), A("Andrew Parson", APOLOGIES),
        A("Jacqui Scott", APOLOGIES, "Chief Executive", "Bromley Healthcare"),
        A("Jonathan Lofthouse", PRESENT, "Site Chief Executive – PRUH and South Sites",
          "King’s College Hospital NHS Foundation Trust", optional=True),
        A("Robert Evans", PRESENT, optional=True),
        A("Marg Mayne", IN_ATT, "Chief Executive", "Mytime Active"),
        A("Debra Weekes", IN_ATT, "Partnerships Manager", "Mytime Active"),
        A("Kelly Stead", IN_ATT, "Head of Sales and Customer Experience", "Mytime Active"),
    ],
    decisions=[D("RESOLVED that the minutes of the meeting held on 29th April 2021 be agreed.", "approved", None, None)],
)

case(
    id="telford-wrekin-hwb-2023", year=2023, format="html", layout="moderngov_html",
    url="https://democracy.telford.gov.uk/ieListDocuments.aspx?CId=1171&MeetingId=2342",
    body="Telford & Wrekin Health and Wellbeing Board", body_kind="hwb",
    patterns=["resolved_dash_that_agreed", "members_noted_the_update", "no_attendance_statement",
              "items_without_numbers", "presenter_initial_surname_org"],
    notes="The stored copy starts at the declarations item (no attendance block) and shows no item numbers; one "
          "item's title is missing there and is missing here too. The year comes from the minutes it confirms.",
    document=moderngov_meeting(
        "Health & Wellbeing Board", "2023", "Fourth Floor, Addenbrooke House, Ironmasters Way, Telford, TF3 4NT",
        "Kieran Robinson 01952 382061", [
            {"title": "Declarations of Interest", "minutes": ["None."]},
            {"title": "Minutes of the Previous Meeting",
             "minutes": ["RESOLVED – that the minutes of the meeting held on 23 March 2023 be agreed."]},
            {"title": "Public Speaking", "minutes": ["None."]},
            {"title": "Terms of Reference 2023/2024", "minutes": ["RESOLVED – that the Terms of Reference 2023/2024 be "
                                                                  "agreed."]},
            {"title": "", "minutes": [
                "The Insight Manager, Telford & Wrekin Council, took the Board through the borough's needs assessment "
                "web pages and what the latest census releases added to them.",
                "Board members welcomed the pages and asked that the poorer outcomes they showed be looked at further.",
                "Members of the Board noted the update."]},
            {"title": "Health & Wellbeing Strategy Engagement", "minutes": [
                "S Fogell, Healthwatch Telford & Wrekin, reported on focus groups held with residents about the draft "
                "strategy and the themes they raised."]},
        ]),
    attendees=[A("S Fogell", IN_ATT, None, "Healthwatch Telford & Wrekin", optional=True)],
    decisions=[
        D("RESOLVED – that the minutes of the meeting held on 23 March 2023 be agreed.", "approved", None,
          "Minutes of the Previous Meeting"),
        D("RESOLVED – that the Terms of Reference 2023/2024 be agreed.", "approved", None, "Terms of Reference 2023/2024"),
        D("Members of the Board noted the update.", "noted", None, None),
    ],
)


# ---------------------------------------------------------------------------------------------------------
# Council scrutiny committees with a health remit (ModernGov pages)

case(
    id="west-suffolk-overview-scrutiny-2023", year=2023, format="html", layout="moderngov_html",
    url="https://democracy.westsuffolk.gov.uk/ieListDocuments.aspx?CId=522&MeetingId=5395",
    body="West Suffolk Council Overview and Scrutiny Committee", body_kind="council_scrutiny",
    patterns=["substitution_declared_x_substituting_for_y", "apologies_councillors_plural_title",
              "minutes_confirmed_as_correct_record", "items_without_numbers", "health_scrutiny_report_item"],
    notes="The stored copy shows no item numbers and no meeting date; the year is inferred from the minutes it "
          "confirms (9 March 2023) and the health report it received (19 April 2023).",
    document=moderngov_meeting(
        "Overview and Scrutiny Committee", "2023", "West Suffolk House, Bury St Edmunds", "Democratic Services", [
            {"title": "Substitutes", "agenda": ["Any member who is substituting for another member should so indicate, "
                                                "together with the name of the relevant absent member."],
             "minutes": ["The following substitution was declared:",
                         "Councillor Liz Smith substituting for Councillor Andrew Martin. Councillor Tracy Whitehand "
                         "substituting for Councillor Dawn Dicker."]},
            {"title": "Apologies for absence",
             "minutes": ["Apologies for absence were received from Councillors Dawn Dicker and Andrew Martin."]},
            {"title": "Minutes", "agenda": ["To confirm the minutes of the meeting held on 9 March 2023 (copy attached)."],
             "minutes": ["The minutes of the meeting held on 9 March 2023 were confirmed as correct record and signed "
                         "by the Chair."]},
            {"title": "Declarations of interests",
             "minutes": ["Members' declarations of interest are recorded under the item to which the declaration "
                         "relates."]},
            {"title": "Public participation",
             "minutes": ["There were no members of the public in attendance on this occasion."]},
            {"title": "Suffolk County Council Health Scrutiny Committee - 19 April 2023",
             "agenda": ["Report number: OAS/WS/23/006"],
             "minutes": ["Councillor Margaret Marks, the Council's member on the county health scrutiny committee, "
                         "presented her final report on its April meeting, which had looked mainly at childhood "
                         "obesity, and answered members' questions on school food and dental services."]},
        ]),
    attendees=[
        A("Liz Smith", SUB, sub_for="Andrew Martin"), A("Tracy Whitehand", SUB, sub_for="Dawn Dicker"),
        A("Dawn Dicker", APOLOGIES), A("Andrew Martin", APOLOGIES), A("Margaret Marks", PRESENT, optional=True),
    ],
    decisions=[D("The minutes of the meeting held on 9 March 2023 were confirmed as correct record and signed by the "
                 "Chair.", "approved", None, "Minutes")],
)

case(
    id="oxfordshire-jhosc-2022", year=2022, format="html", layout="moderngov_html",
    url="https://mycouncil.oxfordshire.gov.uk/ieListDocuments.aspx?CId=148&MId=6892&Ver=4",
    body="Oxfordshire Joint Health Overview and Scrutiny Committee", body_kind="joint_scrutiny",
    patterns=["numbered_items_nn_slash_yy", "apologies_list_with_substituted_by_dash", "agreed_election_on_motion",
              "declarations_list", "resolved_minutes_subject_to_cut_off"],
    notes="Meeting of 9 June 2022 (from the stored copy's video link). The stored copy ends at the first bullet of "
          "the minutes' amendments; the case ends there.",
    document=moderngov_meeting(
        "Oxfordshire Joint Health Overview & Scrutiny Committee", "Thursday, 9th June, 2022 10.00 am",
        "Council Chamber - County Hall, New Road, Oxford OX1 1ND", "Colm Ó Caomhánaigh, Tel 07393 001096", [
            {"num": "22/22", "title": "Election of Chair for the 2022/23 Council Year",
             "minutes": ["The Democratic Services Officer explained who could stand for each post and that every voting "
                         "member could vote.",
                         "On a motion from Cllr Nathan Ley, seconded by Cllr Damian Haywood it was unanimously AGREED "
                         "that Cllr Jane Hanna OBE be elected as the Chair for 2022/23 Council Year."]},
            {"num": "23/22", "title": "Election of Deputy Chair for the 2022/23 Council Year",
             "minutes": ["On a motion from Cllr Jo Robb, seconded by Cllr Richard Webber it was unanimously AGREED that "
                         "Cllr Paul Barrow be elected as the Deputy Chair for 2022/23 Council Year."]},
            {"num": "24/22", "title": "Apologies for Absence and Temporary Appointments",
             "minutes": ["The following Committee Members had sent their apologies:",
                         "Cllr Freddie van Mierlo – substituted by Cllr Richard Webber",
                         "Cllr David Turner – substituted by Cllr Jo Robb",
                         "Cllr Jabu Nala-Hartley",
                         "Cllr Jason Slaymaker"]},
            {"num": "25/22", "title": "Declarations of Interest - see guidance note on the back page",
             "minutes": ["The following non-pecuniary interests were declared:",
                         "Dr Alan Cohen as a Trustee of Oxfordshire Mind.",
                         "Cllr Damian Haywood as an employee of Oxford University Hospitals NHS Trust.",
                         "Cllr Jane Hanna as CEO of SUDEP Action."]},
            {"num": "26/22", "title": "Minutes",
             "agenda": ["To approve the minutes of the meeting held on 10 May 2022 (JHO5) and to receive information "
                        "arising from them."],
             "minutes": ["RESOLVED that the minutes of the meeting held on 10 May 2022 be confirmed as a correct record "
                         "and signed by the Chair subject to the following:", "·"]},
        ]),
    attendees=[
        A("Freddie van Mierlo", APOLOGIES), A("Richard Webber", SUB, sub_for="Freddie van Mierlo"),
        A("David Turner", APOLOGIES), A("Jo Robb", SUB, sub_for="David Turner"), A("Jabu Nala-Hartley", APOLOGIES),
        A("Jason Slaymaker", APOLOGIES),
        A("Nathan Ley", PRESENT, optional=True), A("Damian Haywood", PRESENT, optional=True),
        A("Jane Hanna", PRESENT, optional=True), A("Paul Barrow", PRESENT, optional=True),
        A("Alan Cohen", PRESENT, optional=True),
    ],
    decisions=[
        D("On a motion from Cllr Nathan Ley, seconded by Cllr Damian Haywood it was unanimously AGREED that Cllr Jane "
          "Hanna OBE be elected as the Chair for 2022/23 Council Year.", "approved", "22/22",
          "Election of Chair for the 2022/23 Council Year"),
        D("On a motion from Cllr Jo Robb, seconded by Cllr Richard Webber it was unanimously AGREED that Cllr Paul "
          "Barrow be elected as the Deputy Chair for 2022/23 Council Year.", "approved", "23/22",
          "Election of Deputy Chair for the 2022/23 Council Year"),
        D("RESOLVED that the minutes of the meeting held on 10 May 2022 be confirmed as a correct record and signed by "
          "the Chair subject to the following:", "approved", "26/22", "Minutes"),
    ],
)

case(
    id="harrow-overview-scrutiny-2009", year=2009, format="html", layout="moderngov_html",
    url="https://moderngov.harrow.gov.uk/ieListDocuments.aspx?CId=276&MeetingId=4156",
    body="Harrow Council Overview and Scrutiny Committee", body_kind="council_scrutiny",
    patterns=["reserve_member_table_ordinary_reserve", "resolved_to_note_attendance", "resolved_to_recommend_to_council",
              "part_headings_without_numbers"],
    notes="The terms of reference changed with the Local Government and Public Involvement in Health Act 2007. The "
          "stored copy ends at the declarations item; the case ends there. Councillor Mitzi Green's apology is only "
          "implied by her reserve: optional.",
    document=moderngov_meeting(
        "Overview and Scrutiny Committee", "Monday 16 March 2009 7.00 pm",
        "Committee Rooms 1 & 2, Harrow Civic Centre, Station Road, Harrow, HA1 2XY",
        "Daksha Ghelani, Senior Democratic Services Officer  Tel: 020 8424 1881", [
            {"title": "PART I - RECOMMENDATIONS"},
            {"title": "RECOMMENDATION I - Overview and Scrutiny Committee Terms of Reference",
             "minutes": ["Members considered a report of the Assistant Chief Executive setting out changes to the "
                         "Committee's terms of reference that followed from recent legislation.  It was",
                         "Resolved to RECOMMEND: (to Council)",
                         "That the revised terms of reference of the Overview and Scrutiny Committee, as set out at "
                         "Appendix 1 to these minutes, be approved."]},
            {"title": "PART II - MINUTES"},
            {"num": "498.", "title": "Attendance by Reserve Members",
             "agenda": ["To note the attendance at this meeting of any duly appointed Reserve Members.",
                        "Reserve Members may attend in place of an ordinary Member who is absent for the whole meeting, "
                        "once their attendance has been noted at this item."],
             "minutes": ["RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve "
                         "Member:-",
                         rows_table([["Councillor Mitzi Green", "Councillor Rekha Shah"]],
                                    header=["Ordinary Member", "Reserve Member"])]},
            {"num": "499.", "title": "Declarations of Interest", "agenda": ["To receive declarations of personal or"]},
        ]),
    attendees=[A("Rekha Shah", SUB, sub_for="Mitzi Green"), A("Mitzi Green", APOLOGIES, optional=True)],
    decisions=[
        D("RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Member:-", "noted",
          "498",
          "Attendance by Reserve Members"),
        D("Resolved to RECOMMEND: (to Council) That the revised terms of reference of the Overview and Scrutiny "
          "Committee, as set out at Appendix 1 to these minutes, be approved.", "other", None,
          "RECOMMENDATION I - Overview and Scrutiny Committee Terms of Reference", optional=True),
    ],
)

case(
    id="lincolnshire-health-scrutiny-2014", year=2014, format="html", layout="moderngov_html",
    url="https://lincolnshire.moderngov.co.uk/ieListDocuments.aspx?CId=137&MId=4049&Ver=4",
    body="Health Scrutiny Committee for Lincolnshire", body_kind="council_scrutiny",
    patterns=["apologies_county_and_district_councillors_initials", "district_council_in_brackets",
              "no_decisions_in_stored_copy", "items_without_numbers"],
    notes="Autumn 2014 meeting (the Chairman reports events of September and October 2014). The stored copy ends in "
          "the Chairman's announcements; the case ends there.",
    document=moderngov_meeting(
        "Health Scrutiny Committee for Lincolnshire", "2014", "Committee Room One, County Offices, Newland, Lincoln LN1 1YL",
        "Cheryl Hall  Democratic Services Officer", [
            {"title": "Apologies for Absence/Replacement Members",
             "minutes": ["Apologies for absence were received from County Councillors C E H Marfleet and District "
                         "Councillors Mrs R Kaberry-Brown (South Kesteven District Council) and C Macey (East Lindsey "
                         "District Council)."]},
            {"title": "Declaration of Members' Interests",
             "minutes": ["There were no declarations of Members' Interests at this stage in the proceedings."]},
            {"title": "Chairman's Announcements",
             "minutes": ["The Chairman welcomed everyone to the meeting and advised the Committee of the following "
                         "items: -",
                         "i)          Lincolnshire Community Health Services NHS Trust",
                         "The Chairman had presented an award at the community trust's staff awards and had since met "
                         "its chairman and chief executive; the trust's clinical strategy would come to the Committee in "
                         "January."]},
        ]),
    attendees=[A("C E H Marfleet", APOLOGIES), A("R Kaberry-Brown", APOLOGIES, None, "South Kesteven District Council"),
               A("C Macey", APOLOGIES, None, "East Lindsey District Council")],
    decisions=[],
)

case(
    id="worcestershire-scrutiny-panel-2018", year=2018, format="html", layout="moderngov_html",
    url="http://worcestershire.moderngov.co.uk/ieListDocuments.aspx?CId=139&MId=2255&Ver=4",
    body="Worcestershire County Council scrutiny panel (ModernGov committee 139)", body_kind="council_scrutiny",
    patterns=["apologies_panel_members_sentence", "minutes_agreed_and_signed", "numbered_items",
              "unnamed_officers_present_in_narrative"],
    notes="The panel's name is not on the stored copy (an adult care and safeguarding remit). The stored copy ends in "
          "the safeguarding item; the case ends there.",
    document=moderngov_meeting(
        "Overview and Scrutiny Panel", "September 2018", "County Hall, Worcester",
        "Emma James /Jo Weston  Overview & Scrutiny Officers", [
            {"num": "287.", "title": "Apologies and Welcome",
             "minutes": ["The Chairman welcomed everyone to the meeting. Apologies had been received from Panel members "
                         "Rob Adams and Robin Lunn."]},
            {"num": "288.", "title": "Declarations of Interest", "minutes": ["None."]},
            {"num": "289.", "title": "Public Participation",
             "agenda": ["Members of the public wishing to take part were asked to give notice by 9.00am on the working "
                        "day before the meeting."],
             "minutes": ["None."]},
            {"num": "290.", "title": "Confirmation of the Minutes of the Previous Meeting",
             "agenda": ["Previously circulated"],
             "minutes": ["The minutes of the meeting held on 18 July 2018 were agreed as a correct record and signed by "
                         "the Chairman."]},
            {"num": "291.", "title": "Safeguarding Adults",
             "minutes": ["The Worcestershire Safeguarding Adults Board's new Independent Chair and its Board Manager "
                         "attended to discuss the Board's annual report; the Director of Adult Services and the "
                         "Cabinet Member for Adult Social Care were also there.",
                         "Derek Benson, WSAB Independent Chair, summarised the annual report, the Board's priorities "
                         "and its main risks."]},
        ]),
    attendees=[A("Rob Adams", APOLOGIES), A("Robin Lunn", APOLOGIES),
               A("Derek Benson", IN_ATT, "WSAB Independent Chair", optional=True)],
    decisions=[D("The minutes of the meeting held on 18 July 2018 were agreed as a correct record and signed by the "
                 "Chairman.", "approved", "290", "Confirmation of the Minutes of the Previous Meeting")],
)

case(
    id="gloucestershire-health-scrutiny-2019", year=2019, format="html", layout="moderngov_issue_html",
    url="https://glostext.gloucestershire.gov.uk/mgAi.aspx?ID=23357",
    body="Gloucestershire County Council Health Scrutiny Committee", body_kind="council_scrutiny",
    patterns=["agenda_item_page", "numbered_paragraphs_without_item_number", "two_minutes_agreed_paragraphs",
              "no_attendance_statement"],
    notes="Agenda-item page of a spring 2019 meeting; the committee had just been split from the former Health and "
          "Care Scrutiny Committee (the name is inferred). The page shows paragraph numbers but no item number.",
    document=item_history_page("Agenda item", None, "Minutes of the previous meetings", [
        "Draft Minutes of the meeting on 15 January 2019 (attached)",
        "Draft Minutes of the meeting on 20 February 2019 (attached)",
        "Draft Minutes of the meeting on 5 March 2019 (To Follow at the next meeting)",
        "3.1      The minutes of the Health and Care Scrutiny Committee meeting on 15 January 2019 were agreed as a "
        "correct record.",
        "3.2      The minutes of the Health and Care Scrutiny Committee meeting on 20 February 2019 were agreed as a "
        "correct record.",
        "3.3      District members regretted that the review splitting health from adult social care scrutiny had not "
        "involved the district councils, and asked to be invited to the new adult social care committee.",
        "3.4      Members asked about the general surgery pilot, paused after a legal challenge; Deborah Lee said the "
        "piloted model remained the trust's preferred option for now.",
    ]),
    attendees=[A("Deborah Lee", IN_ATT, optional=True)],
    decisions=[
        D("3.1 The minutes of the Health and Care Scrutiny Committee meeting on 15 January 2019 were agreed as a correct "
          "record.", "approved", None, "Minutes of the previous meetings"),
        D("3.2 The minutes of the Health and Care Scrutiny Committee meeting on 20 February 2019 were agreed as a "
          "correct record.", "approved", None, "Minutes of the previous meetings"),
    ],
)


# ---------------------------------------------------------------------------------------------------------
# Welsh, Scottish and Northern Irish councils and partnerships (ModernGov pages)

case(
    id="denbighshire-communities-scrutiny-2023", year=2023, format="html", layout="moderngov_html",
    url="https://moderngov.denbighshire.gov.uk/ieListDocuments.aspx?CId=271&MID=6673",
    body="Denbighshire County Council Communities Scrutiny Committee", body_kind="welsh",
    patterns=["apologies_single_member_with_reason", "vice_chair_chairing_unnamed", "lead_member_invited_in_narrative",
              "items_without_numbers", "no_decisions_in_stored_copy"],
    notes="Early 2023 meeting (it receives the minutes of 8 December 2022) that reviewed a Cabinet decision on care "
          "fees. The stored copy ends inside the minutes item; the case ends there.",
    document=moderngov_meeting(
        "Communities Scrutiny Committee", "2023", "Council Chamber, County Hall, Ruthin and by video conference",
        "Scrutiny Co-ordinator", [
            {"title": "APOLOGIES",
             "minutes": ["Councillor Chris Evans, a signatory to the call-in request – agenda item 5 had tendered his "
                         "apologies. As the Chair was attending the meeting remotely from abroad he had arranged with "
                         "the Vice-Chair that she took the chairing responsibilities for the meeting."]},
            {"title": "DECLARATION OF INTERESTS",
             "agenda": ["Members to declare any personal or prejudicial interests in any business identified to be "
                        "considered at this meeting."],
             "minutes": ["The Monitoring Officer reminded the Committee that Cabinet members could attend the call-in "
                         "item only at the Committee's invitation.",
                         "Councillor Elen Heaton, the Lead Member for Health and Social Care, had been invited by the "
                         "Committee to attend for the call-in item and answer members' questions.",
                         "Councillor Alan James declared a personal interest in agenda item 6 because his wife, "
                         "Councillor Win Mullen James, was the Lead Member for that report. Councillor Mark Young "
                         "declared a personal interest in agenda item 5."]},
            {"title": "URGENT MATTERS AS AGREED BY THE CHAIR",
             "minutes": ["No urgent matters had been raised with the Chair of the meeting ahead of the commencement of "
                         "business."]},
            {"title": "MINUTES", "agenda": ["To receive the minutes of the Communities Scrutiny Committee held on 08 "
                                            "December 2022 (copy enclosed)."],
             "minutes": ["The minutes of the Communities Scrutiny Committee meeting held on the 8 December 2022 were "
                         "presented for consideration."]},
        ]),
    attendees=[A("Chris Evans", APOLOGIES),
               A("Elen Heaton", IN_ATT, "Lead Member for Health and Social Care", optional=True),
               A("Alan James", PRESENT, optional=True), A("Mark Young", PRESENT, optional=True)],
    decisions=[],
)

case(
    id="carmarthenshire-county-council-2023", year=2023, format="html", layout="moderngov_html",
    url="http://democracy.carmarthenshire.gov.wales/ieListDocuments.aspx?CId=155&MId=6875&Ver=4",
    body="Carmarthenshire County Council", body_kind="welsh",
    patterns=["apologies_councillors_initials_full_stop_typo", "declarations_three_column_table",
              "councillors_named_in_announcements", "no_decisions_in_stored_copy"],
    notes="Full council of 13 September 2023. The stored copy ends in the Chair's announcements; the case ends there. "
          "The apologies list has a full stop where a comma belongs, as published.",
    document=moderngov_meeting(
        "County Council", "Wednesday, 13th September, 2023 10.00 am",
        "Chamber - County Hall, Carmarthen. SA31 1JP and remotely", "Democratic Services", [
            {"num": "1.", "title": "APOLOGIES FOR ABSENCE",
             "minutes": ["Apologies for absence were received from Councillors S.M. Allen, D.M. Cundy, B. Davies, "
                         "T.A.J. Davies. R.E. Evans and G.R. Jones."]},
            {"num": "2.", "title": "DECLARATIONS OF PERSONAL INTERESTS",
             "minutes": [rows_table([["A.    Davies", "9.1 Notice of Motion Proposed by Councillors Edward Thomas and "
                                      "Hefin Jones – “Llandeilo Bypass”",
                                      "Owns land in the area which could be impacted by the proposed bypass."]],
                                    header=["Councillor", "Minute Number", "Nature of Interest"])]},
            {"num": "3.", "title": "CHAIR’S ANNOUNCEMENTS (IF ANY)",
             "minutes": ["The Chair listed the events she and her consort had attended since the last meeting.",
                         "Councillor A. Lenny, also for Councillors G.H. John and P. Hughes-Griffiths, praised a local "
                         "retired paediatrician for his part as a medical expert in a recent criminal trial.",
                         "Councillor G. Davies and Councillor J.K. Howell congratulated residents selected for national "
                         "sports teams."]},
        ]),
    attendees=[A("S.M. Allen", APOLOGIES), A("D.M. Cundy", APOLOGIES), A("B. Davies", APOLOGIES),
               A("T.A.J. Davies", APOLOGIES), A("R.E. Evans", APOLOGIES), A("G.R. Jones", APOLOGIES),
               A("A. Davies", PRESENT, optional=True), A("A. Lenny", PRESENT, optional=True),
               A("G.H. John", PRESENT, optional=True), A("P. Hughes-Griffiths", PRESENT, optional=True),
               A("G. Davies", PRESENT, optional=True), A("J.K. Howell", PRESENT, optional=True)],
    decisions=[],
)

case(
    id="ceredigion-scrutiny-committee-2023", year=2023, format="html", layout="moderngov_html",
    url="https://council.ceredigion.gov.uk/ieListDocuments.aspx?CId=143&MId=319&Ver=4&LLL=0",
    body="Ceredigion County Council scrutiny committee (ModernGov committee 143)", body_kind="welsh",
    patterns=["roman_numbered_apologies_with_long_portfolio_roles", "apologised_for_inability_to_attend",
              "no_decisions_in_stored_copy"],
    notes="Spring 2023 meeting receiving the Public Services Board's well-being plan (the committee's name is not on "
          "the stored copy). The stored copy ends in item 3; the case ends there.",
    document=moderngov_meeting(
        "Overview and Scrutiny Committee", "2023",
        "Hybrid - Neuadd Cyngor Ceredigion, Penmorfa, Aberaeron / remotely via video conference", "Lisa Evans", [
            {"num": "1.", "title": "Apologies",
             "minutes": ["i.    Councillors Bryan Davies, Leader of the Council and Cabinet Member for Democratic "
                         "Services, Policy, Performance and People and Organisation, Caryl Roberts and Chris James "
                         "apologised for their inability to attend the meeting.",
                         "ii.   Councillor Matthew Vaux, Cabinet Member for Partnerships, Housing, Legal and Governance "
                         "and Public Protection apologised for his inability to attend the meeting due to other Council "
                         "commitments."]},
            {"num": "2.", "title": "Disclosures of personal interest (including whipping declarations)",
             "agenda": ["Members are reminded to declare any personal and prejudicial interest, and any prohibited "
                        "party whip, in respect of this agenda."],
             "minutes": ["There were no disclosures of Personal and Prejudicial Interests (including whipping "
                         "declarations) from Committee Members."]},
            {"num": "3.", "title": "Ceredigion Local Well-being Plan and the Ceredigion Public Services Board (PSB) "
                                   "meetings held on the 6th March 2023",
             "minutes": ["Hazel Lloyd-Lubran presented the report in the Leader's absence, explaining how the draft "
                         "well-being plan had changed after public consultation."]},
        ]),
    attendees=[
        A("Bryan Davies", APOLOGIES, "Leader of the Council and Cabinet Member for Democratic Services, Policy, "
          "Performance and People and Organisation"),
        A("Caryl Roberts", APOLOGIES), A("Chris James", APOLOGIES),
        A("Matthew Vaux", APOLOGIES, "Cabinet Member for Partnerships, Housing, Legal and Governance and Public "
          "Protection"),
        A("Hazel Lloyd-Lubran", IN_ATT, optional=True),
    ],
    decisions=[],
)

case(
    id="argyll-bute-cpp-management-committee-2022", year=2022, format="html", layout="moderngov_html",
    url="https://www.argyll-bute.gov.uk/moderngov/ieListDocuments.aspx?MId=14844",
    body="Argyll and Bute Community Planning Partnership Management Committee", body_kind="scottish_partnership",
    patterns=["apologies_noted_without_names", "new_members_welcomed_by_name_with_roles", "observer_welcomed",
              "minutes_approved_true_and_accurate_recording"],
    notes="The stored copy ends in item 2's action updates; the case ends there.",
    document=moderngov_meeting(
        "Argyll and Bute Community Planning Partnership - Management Committee", "Thursday, 6 October 2022 10:00 am",
        "Online via MS Teams", "Community Planning", [
            {"num": "1.", "title": "Welcome and Apologies (Chair)",
             "minutes": ["Joe McKay welcomed everyone attending and apologies were noted.  New members were welcomed - "
                         "Rachael McGruer - Deputy Director for Social Care and National Care Service Development, "
                         "Scottish Government who is the Community Planning Partnerships new Place Director and Graham "
                         "Bell, NHS Highland Board.  Meghan McEwen, observing the meeting from Orkney Community "
                         "Planning Partnership, was also welcomed."]},
            {"num": "2.", "title": "Approval of Last Minutes and Review of Actions (Rona Gold)",
             "minutes": ["The June minutes were approved as a true and accurate recording of the last meeting.",
                         "Rona Gold went through the open actions: partners could still ask for project support and "
                         "join the project steering group, and several actions were complete."]},
        ]),
    attendees=[
        A("Joe McKay", PRESENT, optional=True),
        A("Rachael McGruer", PRESENT, "Deputy Director for Social Care and National Care Service Development",
          "Scottish Government"),
        A("Graham Bell", PRESENT, None, "NHS Highland Board"),
        A("Meghan McEwen", IN_ATT, None, "Orkney Community Planning Partnership"),
        A("Rona Gold", PRESENT, optional=True),
    ],
    decisions=[D("The June minutes were approved as a true and accurate recording of the last meeting.", "approved", "2",
                 "Approval of Last Minutes and Review of Actions (Rona Gold)")],
)

case(
    id="belfast-city-council-committee-2012", year=2012, format="html", layout="moderngov_html",
    url="https://minutes.belfastcity.gov.uk/ieListDocuments.aspx?CId=317&MID=1936",
    body="Belfast City Council committee (ModernGov committee 317)", body_kind="ni_council",
    patterns=["apologies_for_inability_to_attend_aldermen_councillors", "irish_names_with_accents",
              "minutes_taken_as_read_and_signed_correct", "minutes_adopted_subject_to_amendments",
              "sub_numbered_items_1a_1b"],
    notes="The committee's name and the year are not on the stored copy; the year is inferred (2012) from the "
          "business and the members named. The two amendments the Council made are shortened here. The stored copy ends "
          "inside item 3; the case ends there.",
    document=moderngov_meeting(
        "Committee", "2012", "Lavery Room (Room G05), City Hall",
        "Mr Jim Hanna, Senior Democratic Services Officer  028 9027 0549", [
            {"num": "1a", "title": "Apologies",
             "minutes": ["            Apologies for inability to attend were reported from Aldermen M. Campbell and "
                         "R. Newton; and Councillors Hendron, Mac Giolla Mhín and Ó Muilleoir."]},
            {"num": "1b", "title": "Minutes",
             "minutes": ["            The minutes of the meeting of 19th April were taken as read and signed correct.  "
                         "It was reported that those minutes had been adopted by the Council at its meeting on 1st May, "
                         "subject to:",
                         "(i)      the amendment of the minute under the heading “Notice of Motion: Northern Ireland "
                         "Hospice” to provide for the removal of the words “in principle” from the recommendation agreed "
                         "by the Committee; and",
                         "(ii)     the amendment of the decision under the heading “Traffic Congestion in the City” to "
                         "provide that the Council seek an urgent meeting with the Minister responsible for the Roads "
                         "Service."]},
            {"num": "2.", "title": "Cross-Cutting Issues"},
            {"num": "3.", "title": "Presentation from Representatives of the Northern Ireland Public Service Alliance - "
                                   "Abolition of the Northern Ireland Housing Executive",
             "minutes": ["            The Committee had agreed in March to hear the trade union's case on the "
                         "Housing Executive's abolition; Ms. Alison Millar led the union's delegation."]},
        ]),
    attendees=[A("M. Campbell", APOLOGIES), A("R. Newton", APOLOGIES), A("Hendron", APOLOGIES),
               A("Mac Giolla Mhín", APOLOGIES), A("Ó Muilleoir", APOLOGIES),
               A("Alison Millar", IN_ATT, optional=True)],
    decisions=[D("The minutes of the meeting of 19th April were taken as read and signed correct.", "approved", "1b",
                 "Minutes")],
)


# ---------------------------------------------------------------------------------------------------------
# Other council and parliamentary page layouts: AKS minutes pages, CMIS, the Senedd record, an issue page

case(
    id="middlesbrough-health-scrutiny-panel-2014", year=2014, format="html", layout="aks_html",
    url="http://democracy.middlesbrough.gov.uk/aksmiddlesbrough/users/public/admin/kab12.pl?cmte=HSP&meet=1037&arc=71",
    body="Middlesbrough Council Health Scrutiny Panel", body_kind="council_scrutiny",
    patterns=["present_surnames_only", "substitute_in_brackets_as_substitute_for", "officers_initial_surname_line",
              "apologies_were_submitted_on_behalf_of", "agreed_noted_ordered_verbs", "item_number_nn_slash_n"],
    notes="The stored copy ends inside item 14/5; the case ends there.",
    document=aks_minutes(
        "Health Scrutiny Panel",
        ["Date:", "Monday 23 June 2014", "Time:", "4:00 p.m.", "Place:", "Mandela Room, Town Hall, Middlesbrough"],
        ["Present:", "Biswas, Davison, Dryden, Hubbard, P Purvis (as substitute for Councillor Hussain) and N J Walker "
         "(as substitute for Councillor Cole).",
         "Officers:", "J Bennington, E Pout and B Roberts.",
         "Apologies for absence:", "were submitted on behalf of Councillors Clark, Cole, Hussain and Mrs H Pearson",
         "Declarations of interest:", "There were no declarations of interest made at this point of the meeting."],
        [["PUBLIC", ""],
         ["14/1", "CHAIR OF HEALTH SCRUTINY PANEL - APPOINTMENT"],
         ["", "The Deputy Monitoring Officer/Legal Services Manager sought nominations for Chair of the Health Scrutiny "
              "Panel pro tem."],
         ["", "AGREED that Councillor Dryden be appointed Chair of the Health Scrutiny Panel for the meeting."],
         ["14/2", "WELCOME - COUNCILLOR HUBBARD - HEALTH SCRUTINY PANEL"],
         ["", "The Chair welcomed Councillor Hubbard, newly appointed to the Panel at the Council's annual meeting."],
         ["", "NOTED"],
         ["14/3", "VICE-CHAIR OF HEALTH SCRUTINY PANEL - APPOINTMENT"],
         ["", "The Chair sought nominations for Vice-Chair of the Health Scrutiny Panel for the Municipal Year "
              "2014/2015."],
         ["", "ORDERED that Councillor Biswas be appointed as Vice-Chair of the Health Scrutiny Panel for the Municipal "
              "Year 2014/2015."],
         ["14/4", "MINUTES - HEALTH SCRUTINY PANEL 23 APRIL 2014"],
         ["", "The minutes of the meeting of the Health Scrutiny Panel held on 23 April 2014 were submitted and approved "
              "as a correct record."],
         ["14/5", "HEALTH SCRUTINY PANEL - WORK PROGRAMME 2014/2015"],
         ["", "The Scrutiny Support Officer set out possible review topics for the year, with an update tabled at the "
              "meeting."]],
        ["Item Number", "Item/Resolution"], []),
    attendees=[
        A("Biswas", PRESENT), A("Davison", PRESENT), A("Dryden", PRESENT), A("Hubbard", PRESENT),
        A("P Purvis", SUB, sub_for="Hussain"), A("N J Walker", SUB, sub_for="Cole"),
        A("J Bennington", IN_ATT), A("E Pout", IN_ATT), A("B Roberts", IN_ATT),
        A("Clark", APOLOGIES), A("Cole", APOLOGIES), A("Hussain", APOLOGIES), A("H Pearson", APOLOGIES),
    ],
    decisions=[
        D("AGREED that Councillor Dryden be appointed Chair of the Health Scrutiny Panel for the meeting.", "approved",
          "14/1", "CHAIR OF HEALTH SCRUTINY PANEL - APPOINTMENT"),
        D("NOTED", "noted", "14/2", "WELCOME - COUNCILLOR HUBBARD - HEALTH SCRUTINY PANEL"),
        D("ORDERED that Councillor Biswas be appointed as Vice-Chair of the Health Scrutiny Panel for the Municipal Year "
          "2014/2015.", "approved", "14/3", "VICE-CHAIR OF HEALTH SCRUTINY PANEL - APPOINTMENT"),
        D("The minutes of the meeting of the Health Scrutiny Panel held on 23 April 2014 were submitted and approved as a "
          "correct record.", "approved", "14/4", "MINUTES - HEALTH SCRUTINY PANEL 23 APRIL 2014"),
    ],
)

case(
    id="stockton-health-select-committee-2010", year=2010, format="html", layout="aks_html",
    url="http://egenda.stockton.gov.uk/aksstockton/users/public/admin/kab12.pl?cmte=HEA&meet=26&arc=71",
    body="Stockton-on-Tees Borough Council Health Select Committee", body_kind="council_scrutiny",
    patterns=["attendance_details_run_on_list", "officers_line_without_label_dept_in_brackets",
              "in_attendance_semicolon_org_in_brackets", "concluded_that_verb", "decision_column_without_item_numbers",
              "numbered_parts_one_decision"],
    notes="The stored copy's item table keeps only the decision column (no item numbers or descriptions); the case "
          "shows it the same way. The narrative after the table is written anew and shortened.",
    document=aks_minutes(
        "Health Select Committee",
        ["Monday, 24th May, 2010", "First Floor, Committee Room, Town Hall, High Street, Stockton on Tees, TS18 1AU",
         "Please note: all Minutes are subject to approval at the next Meeting"],
        ["Cllr Mrs Ann Cains (Chair), Cllr Paul Baker, Cllr Dick Cains, Cllr Julia Cherrett, Cllr Aidan Cockerill, Cllr "
         "Kevin Faulks, Cllr Mohammed Javed and Cllr Mrs Sylvia Walmsley.",
         "P J Mennear, P K Bell (LD).", "In Attendance:", "A Murray (PCT); J Newton (LINk).",
         "Apologies for absence:", "Cllr Andrew Sherris."],
        [["", "", "There were no interests declared."],
         ["", "", "The minutes of the meetings held on 18th, 25th January and 8th March 2010 were signed by the Chair as "
                  "a correct record."],
         ["", "", "CONCLUDED that the draft minutes from the meeting held on 19th April 2010 be agreed as a correct "
                  "record."],
         ["", "", "CONCLUDED that the assessments of progress contained within the report be agreed, and further "
                  "updates be received as appropriate."],
         ["", "", "1. Progress in relation to ongoing regional health scrutiny projects be noted. 2. The Regional Health "
                  "Committee Protocol be endorsed and that Council be recommended that the Chair of the Health Select "
                  "Committee be appointed to serve on this body. 3. The Committee provide input into the Social and "
                  "Economic Wellbeing work stream of the Ex-Service Community Project and that regular progress reports "
                  "be presented to Health Select Committee in due course."],
         ["", "", "CONCLUDED that the Chair's Update be noted."]],
        ["Item", "Description", "Decision"],
        ["4.00 pm - 6.00 pm",
         "Members received matters arising from the April minutes: the Chair had still heard nothing about when the "
         "judicial review of a strategic health authority's fluoridation plans would be heard, and she presented the "
         "joint statement prepared on the local foundation trust's draft quality account."]),
    attendees=[
        A("Ann Cains", PRESENT, "Chair"), A("Paul Baker", PRESENT), A("Dick Cains", PRESENT), A("Julia Cherrett", PRESENT),
        A("Aidan Cockerill", PRESENT), A("Kevin Faulks", PRESENT), A("Mohammed Javed", PRESENT),
        A("Sylvia Walmsley", PRESENT), A("P J Mennear", PRESENT), A("P K Bell", PRESENT, None, "LD"),
        A("A Murray", IN_ATT, None, "PCT"), A("J Newton", IN_ATT, None, "LINk"), A("Andrew Sherris", APOLOGIES),
    ],
    decisions=[
        D("The minutes of the meetings held on 18th, 25th January and 8th March 2010 were signed by the Chair as a "
          "correct record.", "approved"),
        D("CONCLUDED that the draft minutes from the meeting held on 19th April 2010 be agreed as a correct record.",
          "approved"),
        D("CONCLUDED that the assessments of progress contained within the report be agreed, and further updates be "
          "received as appropriate.", "agreed"),
        D("1. Progress in relation to ongoing regional health scrutiny projects be noted. 2. The Regional Health "
          "Committee Protocol be endorsed and that Council be recommended that the Chair of the Health Select Committee "
          "be appointed to serve on this body. 3. The Committee provide input into the Social and Economic Wellbeing "
          "work stream of the Ex-Service Community Project and that regular progress reports be presented to Health "
          "Select Committee in due course.", "noted"),
        D("CONCLUDED that the Chair's Update be noted.", "noted"),
    ],
)

_EAST_SUFFOLK_FOR = ["Ashton", "Bennett", "Candy", "Clery", "Daly", "Ewart", "Fisher", "Grey", "Hammond",
                     "Keys-Holloway", "Langdon-Morris", "Leach", "Molyneux", "Noble", "Packard", "Plummer", "Reeves",
                     "Smith-Lyte", "Speca", "Thompson", "Topping", "Wakeling", "Whitelock", "Wilson"]
_EAST_SUFFOLK_AGAINST = ["Ashdown", "Back", "Cawley", "Craig", "Deacon", "Folley", "Gee", "Gooch", "Green", "Hedgley",
                         "Jepson", "King", "Lawson", "Mallinder", "Parker", "Patience", "Pitchers", "Smith", "Robinson",
                         "Scrancher", "Smithson"]


def _listed(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1]


case(
    id="east-suffolk-council-2025", year=2025, format="html", layout="cmis_html",
    url="http://eastsuffolk.cmis.uk.com/eastsuffolk/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/1290/"
        "Committee/4/Default.aspx",
    body="East Suffolk Council (Full Council)", body_kind="council",
    patterns=["cmis_meeting_summary_tabs", "recorded_vote_name_lists", "resolved_on_its_own_line",
              "no_attendance_statement", "item_number_repeated_before_minute"],
    notes="Annual meeting of 19 May 2025. The stored copy does not show the Attendance tab's contents; councillors "
          "named in the recorded vote certainly attended and are optional. The stored copy ends at item 2's agenda "
          "text; the case ends there.",
    document=cmis_meeting("Full Council", "19 May 2025 - 18:30 to 19:53",
                          ["Documents", "Attendance", "Visitors", "Declarations of Interests"], [
        "Documents", "Agenda", "Meeting Details",
        "Members are invited to a Meeting of the Full Council to be held in the Conference Room, Riverside, on Monday, "
        "19 May 2025 at 6:30 PM",
        "This meeting will be broadcast to the public via the East Suffolk YouTube Channel.",
        "Open To The Public",
        "1 Election of a Chair",
        "To elect a Chair of East Suffolk Council for the 2025 / 2026 municipal year.",
        "1",
        "The Vice Chair of the Council, Councillor John Fisher, asked for nominations. Councillor Speca was proposed by "
        "Councillor Topping and seconded by Councillor Whitelock; Councillor Pitchers was proposed by Councillor Deacon "
        "and seconded by Councillor Jepson.",
        "Mr Bing, Monitoring Officer, said that 45 Councillors were present and that a Recorded Vote would be taken.",
        f"For Councillor Speca ({len(_EAST_SUFFOLK_FOR)} votes)",
        f"Councillors {_listed(_EAST_SUFFOLK_FOR)}.",
        f"For Councillor Pitchers ({len(_EAST_SUFFOLK_AGAINST)} votes)",
        f"Councillors {_listed(_EAST_SUFFOLK_AGAINST)}.",
        "RESOLVED",
        "That Councillor Speca be elected as Chair of East Suffolk Council for the 2025/26 municipal year.",
        "The new Chair signed the declaration of acceptance of office and was invested with the ribbon of office.",
        "2 Election of a Vice-Chair",
        "To elect a Vice-Chair of East Suffolk C",
    ]),
    attendees=[A(n, PRESENT, optional=True) for n in _EAST_SUFFOLK_FOR + _EAST_SUFFOLK_AGAINST]
    + [A("Bing", IN_ATT, "Monitoring Officer", optional=True)],
    decisions=[D("RESOLVED That Councillor Speca be elected as Chair of East Suffolk Council for the 2025/26 municipal "
                 "year.", "approved", "1", "Election of a Chair")],
)

_ELGC_OTHERS = [
    ("David Cook", "Policy Officer, Wales Council for Voluntary Action", "Swyddog Polisi, Cyngor Gweithredu Gwirfoddol "
     "Cymru", "Policy Officer", "Wales Council for Voluntary Action"),
    ("Emma Williams", "Deputy Director—Housing Policy Division, Welsh Government", "Dirprwy Gyfarwyddwr—yr Is-adran "
     "Polisi Tai, Llywodraeth Cymru", "Deputy Director—Housing Policy Division", "Welsh Government"),
    ("Helen Kellaway", "Lawyer, Welsh Government", "Cyfreithwraig, Llywodraeth Cymru", "Lawyer", "Welsh Government"),
    ("Huw Charles", "Bill Manager, Welsh Government", "Rheolwr y Bil, Llywodraeth Cymru", "Bill Manager",
     "Welsh Government"),
    ("John Gallanders", "Association of Voluntary Organisations in Wrexham", "Cymdeithas Mudiadau Gwirfoddol Wrecsam",
     None, "Association of Voluntary Organisations in Wrexham"),
    ("Judith Stone", "Assistant Director of Policy—Partnerships and Engagement, Wales Council for Voluntary Action",
     "Cyfarwyddwr Cynorthwyol Polisi—Partneriaethau ac Ymgysylltu, Cyngor Gweithredu Gwirfoddol Cymru",
     "Assistant Director of Policy—Partnerships and Engagement", "Wales Council for Voluntary Action"),
    ("Robert Smith", "Area Director—East, Betsi Cadwaladr University Health Board", "Cyfarwyddwr Ardal y Dwyrain, Bwrdd "
     "Iechyd Lleol Prifysgol Betsi Cadwaladr", "Area Director—East", "Betsi Cadwaladr University Health Board"),
    ("Sally Baxter", "Acting Director of Strategy, Betsi Cadwaladr University Health Board", "Cyfarwyddwr Strategaeth "
     "Dros Dro, Bwrdd Iechyd Lleol Prifysgol Betsi Cadwaladr", "Acting Director of Strategy",
     "Betsi Cadwaladr University Health Board"),
    ("Sarah Aitken", "Director of Public Health, Aneurin Bevan Local Health Board", "Cyfarwyddwr Iechyd y Cyhoedd, Bwrdd "
     "Iechyd Lleol Aneurin Bevan", "Director of Public Health", "Aneurin Bevan Local Health Board"),
    ("Sarah Jennings", "Director of Partnerships and Corporate Services, Hywel Dda University Health Board",
     "Cyfarwyddwr Partneriaethau a Gwasanaethau Corfforaethol, Bwrdd Iechyd Lleol Hywel Dda",
     "Director of Partnerships and Corporate Services", "Hywel Dda University Health Board"),
    ("Sheila Hendrickson-Brown", "Cardiff Third Sector Council", "Cyngor Trydydd Sector Caerdydd", None,
     "Cardiff Third Sector Council"),
    ("Sue Leonard", "Pembrokeshire Association of Voluntary Services", "Cymdeithas Gwasanaethau Gwirfoddol Sir Benfro",
     None, "Pembrokeshire Association of Voluntary Services"),
]
_ELGC_MEMBERS = [("Gareth Bennett AM", None), ("Janet Finch-Saunders AM", None), ("Jenny Rathbone AM", None),
                 ("John Griffiths AM", "Committee Chair"), ("Sian Gwenllian AM", None)]

case(
    id="senedd-elgc-committee-2018", year=2018, format="html", layout="senedd_record_html",
    url="https://record.assembly.wales/Committee/4852",
    body="National Assembly for Wales Equality, Local Government and Communities Committee", body_kind="welsh",
    patterns=["bilingual_attendance_headings", "welsh_role_line_before_english", "name_then_role_comma_org_run",
              "org_only_witnesses", "no_decisions"],
    notes="Record of proceedings of 13 June 2018 (witnesses from health boards and the voluntary sector). The stored "
          "copy ends at the officials' heading; the case ends there.",
    document=page("Equality, Local Government and Communities Committee", "\n".join(
        ["<p>National Assembly for Wales</p>", "<p>Back to Search</p>",
         "<h1>Y Pwyllgor Cydraddoldeb, Llywodraeth Leol a Chymunedau</h1>",
         "<h2>Equality, Local Government and Communities Committee</h2>",
         "<h3>Aelodau'r Pwyllgor a oedd yn bresennol</h3>", "<h3>Committee Members in Attendance</h3>"]
        + [f"<p>{esc(n)}" + (" Cadeirydd y Pwyllgor<br>Committee Chair" if r else "") + "</p>" for n, r in _ELGC_MEMBERS]
        + ["<h3>Y rhai eraill a oedd yn bresennol</h3>", "<h3>Others in Attendance</h3>"]
        + [f"<p>{esc(n)} {esc(cy)}<br>{esc(en)}</p>" for n, en, cy, _, _ in _ELGC_OTHERS]
        + ["<h3>Swyddogion Cynulliad Cenedlaethol Cymru a oedd</h3>"])),
    attendees=[A(n.removesuffix(" AM"), PRESENT, r) for n, r in _ELGC_MEMBERS]
    + [A(n, IN_ATT, role, org) for n, _, _, role, org in _ELGC_OTHERS],
    decisions=[],
)

case(
    id="south-holland-cabinet-healthy-living-board-2023", year=2023, format="html", layout="moderngov_issue_html",
    url="https://democracy.sholland.gov.uk/ieIssueDetails.aspx?IId=22421&Opt=3",
    body="South Holland District Council Cabinet", body_kind="council_cabinet",
    patterns=["issue_history_page", "decision_colon_numbered_parts", "decision_cut_off_in_stored_copy",
              "portfolio_holders_by_title_only", "no_attendance_statement"],
    notes="Cabinet decision establishing a sub-regional healthy living board. The meeting date is not on the stored "
          "copy (the year is inferred from the partnership's formation). The stored copy ends inside the first part "
          "of the decision; the case ends there and the decision kind is inferred from the report's purpose.",
    document=item_history_page("Issue - meetings", None, "South and East Lincolnshire Healthy Living Board", [
        "To seek approval to the terms by which the South and East Lincolnshire Healthy Living Board are established "
        "and to provide delegated authority for the Deputy Chief Executive (Communities) to finalise a Healthy Living "
        "Action Plan and a Leisure and Culture programme for the sub-region.",
        "Additional documents:",
        "Minutes:",
        "The Cabinet considered the joint report of the three partner councils' Deputy Chief Executive – Communities.",
        "The Portfolio Holder for People, Places and Economy expected the board to help with long-standing local "
        "issues; the Portfolio Holder for Assets and Planning asked that members be kept informed about the loss of "
        "GP services at a community hospital.",
        "DECISION:",
        "1)",
        "That the detailed proposals provided within the report, supporting the establishment/intended role of the "
        "South",
    ]),
    attendees=[],
    decisions=[D("DECISION: 1) That the detailed proposals provided within the report, supporting the "
                 "establishment/intended role of the South", "approved", None,
                 "South and East Lincolnshire Healthy Living Board")],
)


# ---------------------------------------------------------------------------------------------------------
# NHS commissioners and trusts (PDFs laid out as the originals)

def _split_title(name: str) -> str:
    """A printed name without its courtesy title ('Mr', 'Dr', 'Cllr', ...)."""
    words = name.split()
    while words and words[0] in {"Mr", "Mrs", "Ms", "Miss", "Dr", "Cllr", "Councillor", "Prof", "Professor"}:
        words.pop(0)
    return " ".join(words)


_NCL21_VOTING = [
    ("Mr Ian Bretman (Chair)", "Governing Body Lay Member, Patient & Public Engagement and Committee Chair", None),
    ("Mr Simon Goodwin", "Chief Finance Officer", None),
    ("Dr Dominic Roberts", "Independent GP", None),
    ("Ms Claire Johnston", "Governing Body Member, Registered Nurse", None),
    ("Dr Subir Mukherjee", "Governing Body Member, Secondary Care Clinician", None),
    ("Mr Arnold Palmer", "Governing Lay Member, General Portfolio", None),
    ("Mr Paul Sinden", "Chief Operating Officer", None),
    ("Ms Karen Trew", "Governing Body Lay Member for Audit & Governance", None),
]
_NCL21_ATTENDING = [
    ("Dr Peter Christian", "Governing Body Member, Clinical Representative", None),
    ("Ms Tracey Lewis", "Head of Finance", "NCL STP Primary Care"),
    ("Ms Vanessa Piper", "Head of Primary Care", "NCL Primary Care Commissioning & Contracting Team"),
    ("Ms Deborah McBeal", "Director of Integration", "Enfield"),
    ("Mr Simon Wheatley", "Director of Primary & Community Commissioning (Interim)", "Camden"),
    ("Ms Colette Wood", "Director of Primary Care Transformation", "Barnet"),
    ("Ms Rebecca Kingsnorth", "Assistant Director of Primary Care", "Islington"),
    ("Mr Owen Sloman", "Assistant Director of Primary Care", "Haringey"),
    ("Ms Noelle Skivington", "Healthwatch Representative", "Enfield"),
    ("Ms Jane Betts", "Deputy Director of Primary Care", "Wide LMCs"),
    ("Dr Sue Dickie", "Chair of Haringey LMC", "London Wide LMCs"),
    ("Mr Mark Agathangelou", "Community Representative", "Camden"),
    ("Ms Nicola Theron", "Director of Estates", "NCL"),
    ("Cllr Patrician Callaghan", None, "London Borough of Camden"),
    ("Cllr Alev Cazimoglu", None, "London Borough of Enfield"),
    ("Cllr Nurullah Turan", None, "London Borough of Islington"),
]
_NCL21_PUBLIC = [
    ("Mr Malcolm Souch", "Healthy Urban Development Unit"), ("Mr Ismail Ihahir", "Practice Manager at Phoenix Practice"),
    ("Mr Kostakis Christodoulou", "Community Representative, Enfield"),
    ("Dr Louise Jones", "Healthwatch Representative, Camden"), ("Ms Karla Damba", "Estates Strategic Delivery Lead, NCL"),
    ("Ms Sally Mackinnon", "Director of Integration, NCL"),
]


def _printed(role: str | None, org: str | None) -> str:
    return ", ".join(x for x in (role, org) if x)


case(
    id="ncl-ccg-primary-care-committee-2021", year=2021, format="pdf", layout="pdf_text_table",
    url="https://docslib.org/doc/12204290/primary-care-commissioning-committee",
    body="NHS North Central London CCG Primary Care Commissioning Committee", body_kind="ccg",
    patterns=["label_name_role_three_column_table", "voting_members_present_label", "public_attendance_label",
              "councillors_with_borough_only", "minute_taker_in_brackets", "role_comma_borough"],
    notes="Meeting of 22 April 2021. The stored copy ends in the first apology (its role is cut off); the case ends "
          "after that name. Members of the public listed under 'Public Attendance' are optional.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("PRIMARY CARE COMMISSIONING COMMITTEE", bold=True, size=12),
        T("Minutes of Meeting held on Thursday 22 April 2021 between 2:30pm and 4pm"),
        T("Online Meeting via MS Teams Live"),
        GAP(3),
        TABLE([["Voting Members Present:" if i == 0 else "", n, r] for i, (n, r, _) in enumerate(_NCL21_VOTING)]
              + [["In Attendance" if i == 0 else "", n, _printed(r, o)] for i, (n, r, o) in enumerate(_NCL21_ATTENDING)]
              + [["", "Vivienne Ahmad (Minutes)", "Board Secretary , NCL"]]
              + [["Public Attendance" if i == 0 else "", n, r] for i, (n, r) in enumerate(_NCL21_PUBLIC)]
              + [["Apologies:", "Ms Sarah McDonnell-", ""]], [36, 50, 88], size=9),
    ]}]},
    attendees=[A(_split_title(n.replace(" (Chair)", "")), PRESENT, r, o) for n, r, o in _NCL21_VOTING]
    + [A(_split_title(n), IN_ATT, r, o) for n, r, o in _NCL21_ATTENDING]
    + [A("Vivienne Ahmad", IN_ATT, "Board Secretary", "NCL")]
    + [A(_split_title(n), IN_ATT, optional=True) for n, _ in _NCL21_PUBLIC]
    + [A("Sarah McDonnell", APOLOGIES)],
    decisions=[],
)

_NENE15_PRESENT = [
    ("Christina Edwards (CE)", "Non-Executive Director NHS Nene CCG (Chair)", "Non-Executive Director", "NHS Nene CCG"),
    ("Peter Boylan (PB)", "Director of Nursing & Quality, NHS Nene & NHS Corby CCGs", "Director of Nursing & Quality",
     "NHS Nene & NHS Corby CCGs"),
    ("Sebastian Hendricks (SH)", "Secondary Care Consultant, NHS Corby CCG", "Secondary Care Consultant",
     "NHS Corby CCG"),
]
_NENE15_ATTENDING = [
    ("Richard Bailey (RB)", "Deputy Head of Joint Commissioning, NHS Nene & NHS Corby CCGs (item 13)",
     "Deputy Head of Joint Commissioning", "NHS Nene & NHS Corby CCGs"),
    ("Jane Bell (JB)", "Head of Nursing, NHS Nene & NHS Corby CCGs", "Head of Nursing", "NHS Nene & NHS Corby CCGs"),
    ("Alison Berlie (AB)", "Complaints Manager, Arden & GEM CSU (item 10)", "Complaints Manager", "Arden & GEM CSU"),
    ("Karen Cornick (KC)", "Public Health Consultant, Northamptonshire County Council (items 1-3)",
     "Public Health Consultant", "Northamptonshire County Council"),
    ("Sue Freeman (SF)", "Joint Commissioning Lead, Learning Disabilities, NHS Nene CCG (item 5)",
     "Joint Commissioning Lead, Learning Disabilities", "NHS Nene CCG"),
    ("Alison Jamson (AJ)", "Deputy Director of Quality, NHS Nene & NHS Corby CCGs", "Deputy Director of Quality",
     "NHS Nene & NHS Corby CCGs"),
    ("David Knight (DK)", "Senior Quality Improvement Manager, NHS Nene & NHS Corby CCGs (items 14-15)",
     "Senior Quality Improvement Manager", "NHS Nene & NHS Corby CCGs"),
    ("Kelly Morris (KMo)", "Service Relationship and Health Protection Manager, Northamptonshire County Council "
     "(items 1-3)", "Service Relationship and Health Protection Manager", "Northamptonshire County Council"),
    ("Matthew Spilsbury (MS)", "Head of Performance, NHS Nene CCG (items 7-8)", "Head of Performance", "NHS Nene CCG"),
    ("Helen Sutton (HS)", "Minute Taker NHS Nene CCG", "Minute Taker", "NHS Nene CCG"),
]

case(
    id="nene-corby-ccgs-quality-committee-2015", year=2015, format="pdf", layout="pdf_text_table",
    url="https://vdocuments.mx/reader/full/pgb-15-47-joint-quality-committee-minutes-1002-pgb-15-47-joint-quality-"
        "committee",
    body="NHS Nene and NHS Corby CCGs Quality Committee", body_kind="ccg",
    patterns=["cover_page_before_minutes", "name_initials_colon_role_org_table", "attending_for_items_in_brackets",
              "chair_after_org", "no_decisions_in_stored_copy"],
    notes="Minutes of 10 February 2015 published in a governing body pack (a cover page first). The stored copy "
          "ends at the first agenda heading; the case ends there.",
    document=None,
    pdf_spec={"pages": [
        {"items": [T("PGB-15-47 Joint Quality Committee Minutes 10.02.15", bold=True, size=14), GAP(8),
                   T("PGB-15-47 Governing Body Meeting in Public 21 April 2015"), T("1 of 12")]},
        {"items": [
            T("Quality Committee Meeting Minutes", bold=True, size=12),
            T("Tuesday 10 February 2015 13:00 hrs to 15:50 hrs"), T("The Board Room, Francis Crick House"), GAP(3),
            TABLE([["Present:" if i == 0 else "", n, ":", shown] for i, (n, shown, _, _) in enumerate(_NENE15_PRESENT)]
                  + [["", "", "", ""]]
                  + [["In attendance:" if i == 0 else "", n, ":", shown]
                     for i, (n, shown, _, _) in enumerate(_NENE15_ATTENDING)], [28, 46, 4, 96], size=9),
            GAP(3), T("1. Welcome and", bold=True)]},
    ]},
    attendees=[A(n.split(" (")[0], PRESENT, r, o) for n, _, r, o in _NENE15_PRESENT]
    + [A(n.split(" (")[0], IN_ATT, r, o) for n, _, r, o in _NENE15_ATTENDING],
    decisions=[],
)

_TWOGETHER11_GRID = [["Rennie Fritchie (Chair)", "Joan Tranter", "Julie Garnham"],
                     ["David Maynard", "Gill Pyatt", "Mark Elliott"],
                     ["Tim Stokes", "Ros Taylor", "Richard Butt-Evans"],
                     ["Francesca Tolond", "John Gillett", "Rod Whiteley"],
                     ["Duncan Smith", "Jan Furniaux", ""],
                     ["Pat Ayres", "Amjad Uppal", ""]]
_TWOGETHER11_ATTENDING = [
    ("Nick Baker", "Deputy LD Governor", "Deputy LD Governor", None),
    ("Mike Brereton", "2gether (Supporter for LD Governors)", "Supporter for LD Governors", "2gether"),
    ("Matthew Page", "Director, Children & Young People’s Services (Item 4)",
     "Director, Children & Young People’s Services", None),
    ("Richard Szadziewski", "Non Executive Director", "Non Executive Director", None),
    ("Shaun Clee", "Chief Executive", "Chief Executive", None),
    ("Frank Powell", "Non Executive Director", "Non Executive Director", None),
    ("Thomas Dunleavy", "Deputy LD Governor", "Deputy LD Governor", None),
    ("John McIlveen", "Trust Secretary", "Trust Secretary", None),
    ("Roger Brimblecombe", "Senior Independent Director", "Senior Independent Director", None),
    ("Felicity Longshaw", "Chair, Avon & Wiltshire Partnership", "Chair", "Avon & Wiltshire Partnership"),
    ("Ted Quinn", "Locality Director North", "Locality Director North", None),
]
_TWOGETHER11_APOLOGIES = ["Jo Smith", "Nigel Hayward", "Sam Tolley", "Kristoff Fraszczak", "Phil Hennessey",
                          "Marion Winship", "Faye Henry", "Peter Braidwood"]

case(
    id="2gether-council-of-governors-2011", year=2011, format="pdf", layout="pdf_text_grid",
    url="http://www.docstoc.com/docs/124396300/GLOUCESTERSHIRE-PARTNERSHIP-NHS-FOUNDATION-TRUST",
    body="2gether NHS Foundation Trust Council of Governors", body_kind="nhs_trust",
    patterns=["present_three_column_name_grid", "in_attendance_name_comma_role_list", "apologies_received_from_comma",
              "did_not_attend_sentence", "running_header_with_other_date", "paragraph_numbered_minutes"],
    notes="Meeting of 13 October 2011; the running header still names the July meeting, as published. The stored "
          "copy lost the item headings and ends inside paragraph 3.1; the case ends there.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("2gether NHS Foundation Trust\nCouncil of Governors Meeting\n13 July 2011", size=8),
        GAP(3),
        T("2GETHER NHS FOUNDATION TRUST", bold=True, size=12), T("13 OCTOBER 2011", bold=True), GAP(3),
        TABLE([["PRESENT:" if i == 0 else ""] + row for i, row in enumerate(_TWOGETHER11_GRID)], [30, 48, 48, 48]),
        GAP(3),
        TABLE([["IN ATTENDANCE:" if i == 0 else "", f"{n}, {shown}"]
               for i, (n, shown, _, _) in enumerate(_TWOGETHER11_ATTENDING)], [30, 144]),
        GAP(4),
        TABLE([["1.1", "Apologies for the meeting were received from, " + ", ".join(_TWOGETHER11_APOLOGIES[:-1])
                + " and " + _TWOGETHER11_APOLOGIES[-1] + ". Jill Crook did not attend the meeting."],
               ["1.2", "The Chair welcomed three newly elected governors to their first meeting."],
               ["2.1", "One governor told the Council about a new voluntary role she had taken on with a charity."],
               ["3.1", "The following change to the minutes was agreed:"]], [14, 160]),
    ]}]},
    attendees=[A(n.replace(" (Chair)", ""), PRESENT, "Chair" if "(Chair)" in n else None)
               for row in _TWOGETHER11_GRID for n in row if n]
    + [A(n, IN_ATT, r, o) for n, _, r, o in _TWOGETHER11_ATTENDING]
    + [A(n, APOLOGIES) for n in _TWOGETHER11_APOLOGIES] + [A("Jill Crook", ABSENT)],
    decisions=[D("3.1 The following change to the minutes was agreed:", "agreed", None, None)],
)


# ---------------------------------------------------------------------------------------------------------
# Safeguarding boards (multi-agency partnerships of councils, the NHS and the police)

_SALFORD16_GRID = [
    ("Steve Pugh (SP) – Chair", "P", "Steve Pugh", "Chair", None),
    ("Brian Gathercole (BG) – Safeguarding, Reviews and Extra Care, SCC", "P", "Brian Gathercole",
     "Safeguarding, Reviews and Extra Care", "SCC"),
    ("Ann Brooking (AB) – SSAB Business Manager, SCC", "P", "Ann Brooking", "SSAB Business Manager", "SCC"),
    ("Elizabeth Walton (EW) – Designated Nurse, Adult Safeguarding, CCG", "P", "Elizabeth Walton",
     "Designated Nurse, Adult Safeguarding", "CCG"),
    ("Manjit Seale (MS) – Assistant Chief Executive, National Probation Service", "P", "Manjit Seale",
     "Assistant Chief Executive", "National Probation Service"),
    ("Christopher Walker (CW) – Detective Chief Inspector, GMP", "A", "Christopher Walker", "Detective Chief Inspector",
     "GMP"),
    ("Mary Doyle (MD) – Chief Superintendent, GMP", "A", "Mary Doyle", "Chief Superintendent", "GMP"),
    ("Clare Devlin (CD) – Detective Chief Inspector, GMP", "R", "Clare Devlin", "Detective Chief Inspector", "GMP"),
    ("Keith Darragh (KD) – CHSC Assistant Director, SCC", "A", "Keith Darragh", "CHSC Assistant Director", "SCC"),
    ("Bernadette Enright (BE) – Assistant Director, Adult Social Care, SCC", "P", "Bernadette Enright",
     "Assistant Director, Adult Social Care", "SCC"),
    ("Clare Kelly (CK) - Assistant Director: Nursing Services for Safeguarding, SRFT", "", "Clare Kelly",
     "Assistant Director: Nursing Services for Safeguarding", "SRFT"),
    ("Cath Barningham (CB) – Lead, Age UK, Salford", "P", "Cath Barningham", "Lead", "Age UK, Salford"),
    ("Ceri Schofield (CS) – Assistant Chief Executive, CMG CRC", "P", "Ceri Schofield", "Assistant Chief Executive",
     "CMG CRC"),
    ("Francine Thorpe (FT) – Director of Quality and Innovation, CCG", "P", "Francine Thorpe",
     "Director of Quality and Innovation", "CCG"),
    ("Simon Westwood (SW) - SSCB Independent Chair Children's Services", "DNA", "Simon Westwood",
     "SSCB Independent Chair Children's Services", None),
    ("Hayley Moore (HM) – Inspection Manager, CQC", "DNA", "Hayley Moore", "Inspection Manager", "CQC"),
    ("Guy Twemlow (GT) – Shared Legal Service, SCC/MCC", "A", "Guy Twemlow", "Shared Legal Service", "SCC/MCC"),
    ("Louise Murray (LM) –Deputy Chief Exec, Salford CVS", "P", "Louise Murray", "Deputy Chief Exec", "Salford CVS"),
    ("Cathryn Buckley (CB) – Professional Lead for Social Care, GMW", "P", "Cathryn Buckley",
     "Professional Lead for Social Care", "GMW"),
    ("Tony Holt (TH) – Borough Manager, GMFRS", "P", "Tony Holt", "Borough Manager", "GMFRS"),
    ("Andy Powall (AP) – Community Safety Manager, GMFRS", "P", "Andy Powall", "Community Safety Manager", "GMFRS"),
    ("Emma Ford (EF) - Head of Safeguarding, Safeguarding Children and Quality Assurance Unit - SCC", "P", "Emma Ford",
     "Head of Safeguarding, Safeguarding Children and Quality Assurance Unit", "SCC"),
    ("Lynne Stafford (LS) - Chief Executive, Gaddum Centre", "P", "Lynne Stafford", "Chief Executive", "Gaddum Centre"),
    ("Sarah Clayton (SC) – Head of Service (Regeneration Team), CGM CRC", "P", "Sarah Clayton",
     "Head of Service (Regeneration Team)", "CGM CRC"),
    ("Bernice Seworde (BS) – Healthwatch Representative", "R", "Bernice Seworde", "Healthwatch Representative", None),
    ("Tony Belvedere (TB) – Salford Care Homes Association", "P", "Tony Belvedere", None,
     "Salford Care Homes Association"),
]
_GRID_COLUMN = {"P": 1, "A": 2, "DNA": 3, "R": 4}
_GRID_STATUS = {"P": PRESENT, "A": APOLOGIES, "DNA": ABSENT}


def _register_row(text: str, mark: str) -> list[str]:
    cells = [text, "", "", "", ""]
    if mark:
        cells[_GRID_COLUMN[mark]] = mark
    return cells


case(
    id="salford-safeguarding-adults-board-2016", year=2016, format="pdf", layout="pdf_text_register_grid",
    url="https://docslib.org/doc/13941722/minutes-of-the-salford-safeguarding-adult-board-ssab-meeting",
    body="Salford Safeguarding Adults Board", body_kind="safeguarding_board",
    patterns=["register_grid_p_a_dna_dr_columns", "legend_line_for_marks", "name_initials_dash_role_org_cell",
              "deputised_mark_without_deputy_name", "row_without_any_mark", "bordered_meeting_facts_table"],
    notes="Meeting of 2 March 2016. A member marked only in the deputise/representative column sent someone "
          "unnamed: optional. One row has no mark at all: optional. The stored copy ends in a second, duplicated row "
          "for one member; the case ends before it.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Minutes of the Salford Safeguarding Adult Board (SSAB) Meeting", bold=True, size=12), GAP(2),
        TABLE([["MEETING:", "Salford Safeguarding Adult Board", "Date of Meeting:", "2nd March 2016"],
               ["LOCATION:", "Civic Centre Committee Room 1", "Time of Meeting:", "9:30am to 12.30pm"]],
              [24, 64, 34, 52], border=True),
        GAP(2),
        T("P= Present A= Apologies DNA=Did not attend D/R=Deputise/Representative", size=9),
        TABLE([["Board Member", "P", "A", "DNA", "D/R"]] + [_register_row(t, m) for t, m, *_ in _SALFORD16_GRID],
              [130, 11, 11, 11, 11], border=True, header=True, size=8),
    ]}]},
    attendees=[A(n, _GRID_STATUS[m], r, o) for _, m, n, r, o in _SALFORD16_GRID if m in _GRID_STATUS]
    + [A(n, APOLOGIES, r, o, optional=True) for _, m, n, r, o in _SALFORD16_GRID if m not in _GRID_STATUS],
    decisions=[],
)

_NORFOLK15_PRESENT = [
    ("Joan Maughan – Independent Chair", "Joan Maughan", "Independent Chair", None),
    ("Nigel Andrews – Tenancy Support Manager, Norwich City Council", "Nigel Andrews", "Tenancy Support Manager",
     "Norwich City Council"),
    ("Lorna Bright – Assistant Director, Social Work, Adult Social Care (also representing Harold Bodmer)",
     "Lorna Bright", "Assistant Director, Social Work, Adult Social Care", None),
    ("Nick Davison – Chief Superintendent, Norfolk Constabulary", "Nick Davison", "Chief Superintendent",
     "Norfolk Constabulary"),
    ("Stuart Horth – Head of Community Safety, Norfolk Fire and Rescue Service", "Stuart Horth",
     "Head of Community Safety", "Norfolk Fire and Rescue Service"),
    ("James Kearns – Chief Executive Officer, BUILD, Norwich", "James Kearns", "Chief Executive Officer",
     "BUILD, Norwich"),
    ("Christine Macdonald – Development Manager, Healthwatch, Norfolk", "Christine Macdonald", "Development Manager",
     "Healthwatch, Norfolk"),
    ("Elizabeth Morgan – County Councillor, Norfolk County Council", "Elizabeth Morgan", "County Councillor",
     "Norfolk County Council"),
    ("Kate Rudkin – Head of Development and Operations, Age UK, Norfolk", "Kate Rudkin",
     "Head of Development and Operations", "Age UK, Norfolk"),
    ("Jane Sayer – Director of Nursing, Quality & Patient Safety, Norfolk & Suffolk NHS Foundation Trust", "Jane Sayer",
     "Director of Nursing, Quality & Patient Safety", "Norfolk & Suffolk NHS Foundation Trust"),
    ("Ian Sturgess – Domestic Abuse Co-ordinator, Police & Crime Commissioner’s Officer (representing Jenny McKibben)",
     "Ian Sturgess", "Domestic Abuse Co-ordinator", "Police & Crime Commissioner’s Officer"),
    ("William Styles – Govenor, HMP Norwich", "William Styles", "Govenor", "HMP Norwich"),
    ("Mark Talbot – Vice Chair, ARMC", "Mark Talbot", "Vice Chair", "ARMC"),
    ("Mark Taylor – Chief Officer, Norfolk Clinical Commissioning Groups", "Mark Taylor", "Chief Officer",
     "Norfolk Clinical Commissioning Groups"),
    ("Helen Thacker – Manager, Safeguarding Adults Board", "Helen Thacker", "Manager, Safeguarding Adults Board", None),
    ("Jan Cant – Business Support Officer, Norfolk Safeguarding Adults Board", "Jan Cant", "Business Support Officer",
     "Norfolk Safeguarding Adults Board"),
]
_NORFOLK15_SUBS = {"Lorna Bright": "Harold Bodmer", "Ian Sturgess": "Jenny McKibben"}

case(
    id="norfolk-safeguarding-adults-board-2015-scan", year=2015, format="pdf", layout="pdf_scan", scan=True,
    url="https://studylib.net/doc/7616039/minute---norfolk-safeguarding-adults-board",
    body="Norfolk Safeguarding Adults Board", body_kind="safeguarding_board",
    patterns=["present_name_dash_role_org_lines", "also_representing_in_brackets", "representing_in_brackets",
              "apologies_with_representative_named", "item_minute_table", "misspelt_role", "scanned_page"],
    notes="Meeting of 16 April 2015 (the first of the re-formed board). Rendered as a scan from the stored text (the "
          "original's scan status is unknown). Harold Bodmer's apology is only implied: optional.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("Norfolk Safeguarding Adults Board", bold=True, size=13),
        T("Minutes of the Meeting held on Thursday 16 April 2015 in the Filby Room, Police Headquarters, Jubilee "
          "House, Falconers Chase, Wymondham, Norwich NR18 0WW"), GAP(3),
        TABLE([["Present:" if i == 0 else "", t] for i, (t, *_) in enumerate(_NORFOLK15_PRESENT)], [22, 152], size=9),
        GAP(3),
        TABLE([["Item", "Minute", "Action"],
               ["", "Declarations of Interest - None reported", ""],
               ["1", "Apologies for Absence\nJenny McKibben – Deputy Police & Crime Commissioner, Police & Crime "
                     "Commissioner’s Office (representative Ian Sturgess)\nJackie Schneider – Head of Patient Safety and "
                     "Clinical Quality, North Norfolk CCG", ""],
               ["2", "Welcome and Introductions\nThe Chair opened the first meeting of the re-formed strategic board, "
                     "which now had a smaller executive-level membership; anyone sent in a member's place should be able "
                     "to decide for their organisation.", ""]], [12, 140, 22], border=True, header=True, size=9),
    ]}]},
    attendees=[A(n, SUB, r, o, sub_for=_NORFOLK15_SUBS[n]) if n in _NORFOLK15_SUBS else A(n, PRESENT, r, o)
               for _, n, r, o in _NORFOLK15_PRESENT]
    + [A("Harold Bodmer", APOLOGIES, optional=True),
       A("Jenny McKibben", APOLOGIES, "Deputy Police & Crime Commissioner", "Police & Crime Commissioner’s Office"),
       A("Jackie Schneider", APOLOGIES, "Head of Patient Safety and Clinical Quality", "North Norfolk CCG")],
    decisions=[],
)

_STOCKTON16_MEMBERS = [
    ("Dave Pickard (DP)", "LSCB Independent Chair", "SLSCB", "LSCB Chair Hartlepool", ""),
    ("Pauline Beall (PB)", "Business Manager", "", "MALAP (Multi Agency Looked After Partnership) Stockton VCSE "
     "Safeguarding Forum", ""),
    ("Leanne Bain (LB)", "Lay Member", "", "", ""),
    ("Lesley Cooke (LC)", "Lay Member", "", "Eastern Ravens Trust Catalyst", "Apols"),
    ("Deborah Wray (DW)", "Lay Member", "", "Governor Bowesfield Primary School", "Apols"),
    ("Jane Humphreys (JH)", "Director of Children's Services", "Local Authority", "Health and Wellbeing Board (HWB) HWB "
     "Adult Partnership HWB Children’s Partnership SMB Public Protection Safer Stockton Partnership", ""),
    ("Peter Kelly (PK)", "Director of Adults and Health", "", "Health and Wellbeing Board (HWB) HWB Adult Partnership "
     "HWB Children’s Partnership Tees Adult Safeguarding Board Safer Stockton Partnership", ""),
    ("Martin Gray (MG)", "Assistant Director - Early Help, Partnership and Planning", "", "HWB Children’s Partnership "
     "MALAP (Multi Agency Looked After Partnership) Stockton YOS Management Board", ""),
    ("Diane McConnell (DM)", "Assistant Director - Schools and SEN", "", "CAF Board Convener of the Safeguarding Forum "
     "for Education Settings", ""),
    ("Shaun McLurg (SM)", "Assistant Director - Safeguarding and Looked After Children", "", "Chair Tees LSCB’s "
     "Procedures Group / Chair SLSCB VEMT Sub-Group", ""),
    ("Jane Edmends (JE)", "Strategic Housing Manager", "", "Stockton Early Help Partnership Group Housing and "
     "Neighbourhood Partnership (Thematic Group)", "Apols"),
]

case(
    id="stockton-safeguarding-children-board-2016", year=2016, format="pdf", layout="pdf_text_table",
    url="https://pdfslide.net/documents/stockton-on-tees-local-safeguarding-apols-guests-rhona-bollands-rb-sbc-.html",
    body="Stockton-on-Tees Local Safeguarding Children Board", body_kind="safeguarding_board",
    patterns=["membership_table_with_apols_column", "present_implied_by_blank_apols_cell", "other_interests_column",
              "name_initials_in_brackets", "bordered_table"],
    notes="Meeting of 21 April 2016. Members without 'Apols' are taken as present (the table is the attendance "
          "record). The stored copy ends at a councillor's row; the case ends before it.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Minutes from SLSCB Board Meeting: 21st April 2016", size=8),
        T("STOCKTON-ON-TEES LOCAL SAFEGUARDING CHILDREN BOARD (SLSCB)", bold=True, size=12), GAP(2),
        T("1. Attendance, Apologies & Governance", bold=True),
        TABLE([["SLSCB Members", "Title", "Representing", "Other Interests: Stockton-on-Tees or Tees Valley "
                "Partnerships, Boards, Group etc. (Ch. denotes Chair, VCh Vice-Chair)", "Apols"]]
              + [list(row) for row in _STOCKTON16_MEMBERS], [32, 36, 22, 70, 14], border=True, header=True, size=8),
    ]}]},
    attendees=[A(n.split(" (")[0], APOLOGIES if mark else PRESENT, title, org or None)
               for n, title, org, _, mark in _STOCKTON16_MEMBERS],
    decisions=[],
)

case(
    id="camden-safeguarding-adults-partnership-board-2010", year=2010, format="html", layout="document_site_html",
    url="https://docsbay.net/doc/445677/safeguarding-adults-partnership-board",
    body="Camden Safeguarding Adults Partnership Board", body_kind="safeguarding_board",
    patterns=["action_sheet_before_minutes", "people_present_name_role_contact_table", "header_date_year_mismatch",
              "deferred_item_in_action_sheet"],
    notes="Meeting of 7 December 2010 (the page heading says 2011, as published). A document-sharing site's rendering "
          "of a Word file; the action sheet is shortened and reworded, the deferral kept as published. The stored copy ends "
          "in the first row of the people-present table, and the case ends there. Officers named in action lines are "
          "not attendees.",
    document=page("Safeguarding Adults Partnership Board", "\n".join([
        "<h1>Safeguarding Adults Partnership Board</h1>", "<p>Monday 7th December 2011</p>", "<p>Action Sheet</p>",
        paras(["1. / Training for voluntary sector trustees to be specified as part of their induction / Nancy",
               "2. / Circulate the announcement about the local mental health trust / Carol",
               "3. / Draft criteria and a job profile for the chair and vice chair / Carol",
               "4. / Send each sub group its part of the audit report for comment / Carol",
               "5. / Review the sub groups and propose mergers / Carol",
               "10. / Discussion on ‘Community Intelligence – gathering information from the fire/community safety "
               "services and managing referrals through WISH Plus’\nThis item to be deferred to the next meeting in "
               "March / Tom Preest and Mark Hazelton",
               "11. / Book a venue for future meetings / Reshma"]),
        paras(["Date and Time of meeting / Tuesday 7th December 2010\n10am to 12pm / Conference Room\nSt Pancras "
               "Hospital"]),
        "<p>People present</p>",
        rows_table([["Lyn Romeo", "Assistant Director Adult Social Care", "0207"]],
                   header=["Names Present at Meeting", "Role and organisation", "Contact details"]),
    ])),
    attendees=[A("Lyn Romeo", PRESENT, "Assistant Director Adult Social Care")],
    decisions=[D("This item to be deferred to the next meeting in March", "deferred", "10", None, optional=True)],
)


# ---------------------------------------------------------------------------------------------------------
# Full councils: printed minutes (two of them scanned)

_SALFORD19_PRESENT = [
    "Derek Antrobus", "Sharmina August", "Michele Barnes", "Barbara Bentham", "Paula Boshell", "Adrian Brocklehurst",
    "Tanya Burch", "Jim Cammell", "Bob Clarke", "Stephen Coen", "Richard Critchley", "Jim Dawson", "Stuart Dickman",
    "Laura Edwards", "John Ferguson", "Heather Fletcher", "Karen Garrido", "Robin Garrido", "Jane Hamilton",
    "Bill Hinds", "Ann-Marie Humphries", "David Jolley", "Roger Jones", "Tracy Kelly", "Jim King", "David Lancaster",
    "Ari Leitner", "Kate Lewis", "Sophia Linden", "Mike McCusker", "Ray Mashiter", "John Merry", "Margaret Morris",
    "John Mullen", "Lewis Nelson", "Wilson Nkurinziza", "Mike Pevitt", "Gina Reynolds", "Neil Reynolds", "Brendan Ryan",
    "Arnold Saunders", "Robert Sharpe", "Les Turner", "Madeline Wade", "Ray Walker", "Joan Walsh", "John Walsh",
    "Darren Ward", "John Warmisham", "Barry Warner", "Colette Weir", "Michael Wheeler",
]
_SALFORD19_APOLOGIES = ["Samantha Bellamy", "Jillian Collinson", "Peter Connor", "Stephen Hesling", "Charlie McIntyre",
                        "Colette Weir"]

case(
    id="salford-city-council-2019-scan", year=2019, format="pdf", layout="pdf_scan", scan=True,
    url="https://docslib.org/doc/4735899/salford-city-council-15-may-2019-meeting-commenced-9-35",
    body="Salford City Council", body_kind="council",
    patterns=["present_councillors_run_on_paragraph", "mayor_and_chair_first_line", "apologies_mayor_in_brackets",
              "same_member_present_and_apologies", "resolved_colon_that_caps_deferred", "scanned_page"],
    notes="Annual council of 15 May 2019, rendered as a scan from the stored text (the original's scan status is "
          "unknown). One councillor is listed both as present and among the apologies, as published: optional. The "
          "stored copy breaks off inside the deferral resolution; the case ends at the end of its first clause.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("SALFORD CITY COUNCIL", bold=True, size=12), T("15 May, 2019"), GAP(2),
        TABLE([["Meeting commenced:", "9.35 a.m."], ["“ adjourned:", "10.50 a.m."], ["“ re-convened:", "11.10 a.m."],
               ["“ ended:", "12.35 p.m."]], [40, 40]),
        GAP(3),
        TABLE([["PRESENT:", "Councillor Ronnie Wilson - Ceremonial Mayor and Chair"],
               ["", "Councillors " + ", ".join(_SALFORD19_PRESENT[:-1]) + " and " + _SALFORD19_PRESENT[-1] + "."]],
              [24, 150]),
        GAP(3),
        T("85. APOLOGIES FOR ABSENCE", bold=True),
        T("Apologies for absence were submitted on behalf of Mr Paul Dennett (City Mayor) and Councillors "
          + ", ".join(_SALFORD19_APOLOGIES[:-1]) + " and " + _SALFORD19_APOLOGIES[-1] + "."),
        GAP(2), T("86. DECLARATIONS OF INTEREST", bold=True), T("There were no declarations of interest."),
        GAP(2), T("87. MINUTES OF PROCEEDINGS", bold=True),
        T("The minutes of the meeting held on 20 March 2019 were approved as correct record."),
        GAP(2), T("88. RECEIPT OF PETITIONS/COMMUNICATIONS", bold=True),
        T("Councillor Robert Sharpe presented a petition from residents asking for a new pedestrian crossing."),
        GAP(2), T("89. NOTIFICATION/APPOINTMENT OF CABINET 2019/20", bold=True),
        T("RESOLVED: THAT this item be deferred until the next meeting and the attendance of the City Mayor."),
    ]}]},
    attendees=[A("Ronnie Wilson", PRESENT, "Ceremonial Mayor and Chair")]
    + [A(n, PRESENT) for n in _SALFORD19_PRESENT if n not in _SALFORD19_APOLOGIES]
    + [A("Paul Dennett", APOLOGIES, "City Mayor")]
    + [A(n, APOLOGIES) for n in _SALFORD19_APOLOGIES if n not in _SALFORD19_PRESENT]
    + [A("Colette Weir", PRESENT, optional=True)],
    decisions=[
        D("The minutes of the meeting held on 20 March 2019 were approved as correct record.", "approved", "87",
          "MINUTES OF PROCEEDINGS"),
        D("RESOLVED: THAT this item be deferred until the next meeting and the attendance of the City Mayor.",
          "deferred", "89", "NOTIFICATION/APPOINTMENT OF CABINET 2019/20"),
    ],
)

_STIRLING08_GRID = [["Councillor Neil BENNY", "Councillor Alasdair MacPHERSON"],
                    ["Councillor Alistair BERRILL", "Councillor Corrie McCHORD"],
                    ["Councillor Margaret BRISLEY", "Councillor Colin O’BRIEN"],
                    ["Councillor Ian BROWN", "Councillor Gerard O’BRIEN (from"],
                    ["Councillor Scott FARMER", "item SC223e)"],
                    ["Councillor Tony FFINCH", "Councillor Paul OWENS"],
                    ["Councillor Colin FINLAY", "Councillor Steven PATERSON"],
                    ["Councillor David GOSS", "Councillor Graham REED"],
                    ["Councillor John HENDRY", "Councillor Andrew SIMPSON"],
                    ["Councillor Graham HOUSTON", "Depute Convenor Jim THOMSON"],
                    ["Councillor Graham LAMBIE", ""]]
_STIRLING08_ATTENDING = [
    ("Jim Boyle", "Chief Accountant, Corporate Services"), ("Tony Cain", "Head of Housing, Environment Services"),
    ("Irene Cavanagh", "Chief Social Work Officer & Head of Community Care, Community Services"),
    ("David Cameron", "Director of Children’s Services"), ("Brian Devlin", "Director of Environment Services"),
    ("Claire Dunbar", "Committee Officer, Corporate Services"),
    ("Des Friel", "Head of Sport, Youth & Support for People Services"),
    ("Janice Hewitt", "Director of Community Services"), ("Bob Jack", "Director of Corporate Services"),
    ("Lyn Kennedy", "Community Governance Manager, Corporate Services"),
    ("Fiona Macleod", "Head of Governance, Corporate Services (Clerk)"), ("Rebecca Maxwell", "Assistant Chief Executive"),
    ("Peter Morgan", "Services Manager (Planning and Policy), Environment Services"),
    ("Willie Watson", "Head of Resources, Corporate Services"), ("Keith Yates", "Chief Executive"),
]


def _grid_name(cell: str) -> str:
    words = cell.replace(" (from", "").split()
    while words and words[0] in {"Councillor", "Depute", "Convenor"}:
        words.pop(0)
    return " ".join(words)


case(
    id="stirling-council-2008-scan", year=2008, format="pdf", layout="pdf_scan", scan=True,
    url="https://docslib.org/doc/615815/minutes-of-meeting-of-stirling-council-held-in-the-council-chambers-old-"
        "viewforth-stirling-on-thursday-19-june-2008-at-10-00am",
    body="Stirling Council", body_kind="scottish_council",
    patterns=["present_two_column_grid_surnames_in_capitals", "provost_in_the_chair_first", "arrived_from_item_note",
              "in_attendance_name_comma_role_dept", "apology_single_sentence", "file_path_footer", "scanned_page"],
    notes="Council meeting of 19 June 2008, rendered as a scan from the stored text (the original's scan status is "
          "unknown). The stored copy has no decisions before it ends in the opening congratulations.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("COUNCIL", bold=True),
        T("MINUTES of MEETING of STIRLING COUNCIL held in the COUNCIL CHAMBERS, OLD VIEWFORTH, STIRLING on THURSDAY "
          "19 JUNE 2008 at 10.00am.", bold=True), GAP(3),
        TABLE([["Present:", "Provost Fergus WOOD (in the Chair)", ""]]
              + [[""] + row for row in _STIRLING08_GRID], [24, 75, 75]),
        GAP(3),
        TABLE([["In Attendance:" if i == 0 else "", f"{n}, {r}"] for i, (n, r) in enumerate(_STIRLING08_ATTENDING)],
              [30, 144]),
        GAP(3),
        TABLE([["Apologies:", "An apology for absence was submitted on behalf of Councillor Callum Campbell"]],
              [30, 144]),
        GAP(3),
        T("Before business began, the Council congratulated staff of two council services on national awards."),
        GAP(6),
        T("N:\\DEMSUPP\\NEWDECISIONS\\SCOUNCIL\\MINUTES\\SC20080619.DOC", size=7),
    ]}]},
    attendees=[A("Fergus WOOD", PRESENT, "Provost")]
    + [A(_grid_name(c), PRESENT, "Depute Convenor" if "Depute" in c else None)
       for row in _STIRLING08_GRID for c in row if c and c != "item SC223e)"]
    + [A(n, IN_ATT, r) for n, r in _STIRLING08_ATTENDING]
    + [A("Callum Campbell", APOLOGIES)],
    decisions=[],
)

_EAYRSHIRE07_PRESENT = [
    "Rose-Ann Cuninghame", "John MacKay", "John McGhee", "Helen Coffey", "Maureen McKay", "Tom Cook", "Robert Keohone",
    "Iain Linton", "Douglas Reid", "Jim Buchanan", "John Campbell", "Gordon Cree", "Drew McIntyre", "John Knapp",
    "Hugh Ross", "Jim Todd", "Alan Brown", "Stuart Finlayson", "Robert McDill", "Stephanie Young", "Eric Jackson",
    "Jimmy Kelly", "Neil McGhee", "Jim Roberts", "William Crawford", "Barney Menzies", "Kathy Morrice",
    "Elaine Dinwoodie", "Drew Filson", "James Sutherland",
]
_EAYRSHIRE07_ATTENDING = [
    ("Fiona Lees", "Chief Executive"),
    ("Elizabeth Morton", "Depute Chief Executive/Executive Director of Corporate Support"),
    ("Graham Short", "Executive Director of Educational and Social Services"),
    ("William Stafford", "Executive Director of Neighbourhood Services"),
    ("Alex McPhee", "Executive Head of Finance and Asset Management"),
    ("John Clayton", "Head of Corporate Development and Communication"),
    ("Bill Walkinshaw", "Head of Democratic Services"),
    ("David Mitchell", "Head of Legal, Procurement and Regulatory Services"),
    ("Caroline Gordon", "Public Relations Officer"), ("Julie McGarry", "Administration Manager"),
]

case(
    id="east-ayrshire-council-2007", year=2007, format="pdf", layout="pdf_text_label_paragraphs",
    url="https://docslib.org/doc/9779638/east-ayrshire-council",
    body="East Ayrshire Council", body_kind="scottish_council",
    patterns=["caps_labels_present_attending_apologies_chair", "attending_semicolon_list_with_roles",
              "chair_label_with_item_ranges", "there_was_submitted_and_noted", "statutory_first_meeting"],
    notes="First meeting after the 3 May 2007 elections. The stored copy ends in the roll-call vote for Provost; the "
          "case ends before it.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("EAST AYRSHIRE COUNCIL", bold=True, size=12), GAP(2),
        TABLE([["PRESENT:", "Councillors " + ", ".join(_EAYRSHIRE07_PRESENT[:-1]) + " and " + _EAYRSHIRE07_PRESENT[-1]
                + "."],
               ["ATTENDING:", "; ".join(f"{n}, {r}" for n, r in _EAYRSHIRE07_ATTENDING[:-1]) + "; and "
                + ", ".join(_EAYRSHIRE07_ATTENDING[-1]) + "."],
               ["APOLOGIES:", "Councillors Willie Coffey and Eric Ross."],
               ["CHAIR:", "Chief Executive (Items 1 and 2.1) and Provost Stephanie Young (Items 2.2 to 11)."]],
              [28, 146]),
        GAP(4),
        T("COUNCIL ELECTIONS - 3 MAY 2007", bold=True),
        T("1.   There was submitted and noted a report dated 9 May 2007 (circulated) by the Chief Executive which provided "
          "the results of the recent Council Elections held on Thursday 3 May 2007 as shown in Appendix I to these "
          "Minutes."),
        GAP(2), T("PROVOST/DEPUTE PROVOST", bold=True), T("2.1  ELECTION OF PROVOST", bold=True),
        T("The Chief Executive invited nominations for Provost, and two councillors were proposed and seconded."),
    ]}]},
    attendees=[A(n, PRESENT, "Provost" if n == "Stephanie Young" else None) for n in _EAYRSHIRE07_PRESENT]
    + [A(n, IN_ATT, r) for n, r in _EAYRSHIRE07_ATTENDING]
    + [A("Willie Coffey", APOLOGIES), A("Eric Ross", APOLOGIES)],
    decisions=[D("There was submitted and noted a report dated 9 May 2007 (circulated) by the Chief Executive which "
                 "provided the results of the recent Council Elections held on Thursday 3 May 2007 as shown in Appendix "
                 "I to these Minutes.", "noted", "1", "COUNCIL ELECTIONS - 3 MAY 2007")],
)


_RENFREW20_ATTENDING = [
    ("S Black", "Chief Executive"), ("S Quinn", "Director of Children's Services"),
    ("M Crearie", "Director of Communities, Housing & Planning Services"),
    ("G McNeil", "Director of Environment & Infrastructure"), ("A Russell", "Director of Finance & Resources"),
    ("L McIntyre", "Head of Policy & Commissioning"), ("L Mahon", "Head of Communications & Marketing"),
    ("A Morrison", "Head of Regeneration"), ("S McFadden", "City Deal Project Director"),
    ("B Walker", "Depute City Deal Project Director"),
    ("A Armstrong-Walter", "Strategic Partnerships & Inequalities Manager"),
    ("R Cooper", "Economic Development Manager"), ("S McMillan", "Regeneration Manager"),
    ("P Moss", "Strategy, Policy & Insight Manager"),
]


def _renfrew_attending() -> str:
    """The published run: directors joined by '; ', the last director after '; and ', then managers by ', '."""
    directors = [f"{n}, {r}" for n, r in _RENFREW20_ATTENDING[:5]]
    managers = [f"{n}, {r}" for n, r in _RENFREW20_ATTENDING[5:]]
    return ("; ".join(directors[:-1]) + "; and " + directors[-1] + "; " + ", ".join(managers[:-1]) + " and "
            + managers[-1] + " (all Chief Executive's)")


case(
    id="renfrewshire-leadership-board-2020", year=2020, format="html", layout="cmis_html",
    url="http://renfrewshire.cmis.uk.com/renfrewshire/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/2729/"
        "Committee/26/Default.aspx",
    body="Renfrewshire Council Leadership Board", body_kind="scottish_council",
    patterns=["cmis_meeting_summary_tabs", "chair_presided_sentence", "in_attendance_initial_surname_role_run",
              "department_group_in_brackets_after_list", "no_decisions_in_stored_copy"],
    notes="Meeting of 19 February 2020. The stored copy breaks off in the last bracket of the in-attendance run "
          "('(all Chief Exe'); the case completes it and ends there.",
    document=cmis_meeting("Leadership Board", "19 Feb 2020 - 13:00 to 14:00",
                          ["Documents", "Attendance", "Visitors", "Declarations of Interests"], [
        "Documents", "Agenda", "Agenda", "Standard Items",
        "Please note that two presentations to elected members would be given in the Council Chambers, one before and "
        "one after the Board meeting.",
        "Further Information",
        "This is a meeting which is open to members of the public.",
        "Members of the Press and Public",
        "Members of the press and public wishing to attend the meeting should report to the customer service centre "
        "where they will be met and directed to the meeting.",
        "Chair", "Councillor Nicolson, Convener, presided.",
        "In attendance", _renfrew_attending(),
    ]),
    attendees=[A("Nicolson", PRESENT, "Convener")] + [A(n, IN_ATT, r) for n, r in _RENFREW20_ATTENDING],
    decisions=[],
)
