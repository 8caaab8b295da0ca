"""Wave 4: thirteen cases from bodies no earlier case was modelled on, written after the parser reached 1.0 on
dev and test, and scored once before any change made for them (README.md, "Wave 4").

As in ``cases_def.py``: the layout, item numbering and formulaic wording ("RESOLVED:", "Decision", "Agreed:",
"The Executive Group resolved:", "were accepted as a correct record subject to …") are as published at
``source_url``; names, figures and every narrative sentence are written anew. Where the stored page showed the
layout but not the decision wording, ``evidence`` says so and the wording follows that kind of body's usual forms.
"""
from cases_def import DB, C, D

WAVE = 4
COMMON_FORMS = ("layout seen on the source page; its decision wording was not shown there and follows the forms "
                "common to this kind of body")

CASES = [
    # ModernGov meeting page with empty number cells; "RESOLVED:" then "That …" with a Word bullet inside the
    # resolution; an "It was agreed that" sentence recording an agreed next step.
    C("sefton-hwb-2024", "https://modgov.sefton.gov.uk/ieListDocuments.aspx?CId=712&MId=11158&Ver=4",
      "Sefton Health and Wellbeing Board", "hwb", 2024, "mg", ["resolved_colon_own_paragraph", "bullet_inside_resolution", "unnumbered_items", "it_was_agreed"], [
          (None, "Apologies for Absence", ["An apology for absence was received from Dana Whitlock (Sefton Council)."]),
          (None, "Minutes of Previous Meeting", [
              D("approved", "RESOLVED:",
                "That subject to the following addition in the list of those present, the Minutes of the meeting held on 6 December 2023 be confirmed as a correct record:",
                "· Hollie Grant, present remotely, via Teams")]),
          (None, "Declarations of Interest", ["No declarations of any disclosable pecuniary interests or personal interests were received."]),
          (None, "Presentation of the Associate Director of Partnerships, NHS Cheshire and Merseyside", [
              "The Board received a presentation on the place partnership arrangements for Sefton, which asked the Board to endorse the revised governance chart.",
              "Members asked how the voluntary sector would be represented and were told that two seats had been reserved for it.",
              D("approved", "RESOLVED: That", "(1) the presentation be noted; and", "(2) the Sefton Place partnership arrangements be endorsed.")]),
          (None, "Better Care Fund Quarter 3 Return", [
              "The Integration Lead summarised the return, which had been submitted under delegated authority before the deadline.",
              D("agreed", "It was agreed that the completed template would be circulated to members with the minutes."),
              D("noted", "RESOLVED: That the Better Care Fund quarter three return be noted.")]),
      ], subtitle="Health and Wellbeing Board - Wednesday, 6th March, 2024 2.00 pm", heading="Agenda and minutes",
      no_numbers=True, wave=WAVE),

    # ModernGov issue page over two meetings; Cabinet's "Decision:" block "(1) That … (2) That …" repeated in
    # minutes whose paragraphs are numbered "169.1"; Council's minutes with "64.2 RESOLVED:".
    C("brighton-hove-cabinet-2012", "https://democracy.brighton-hove.gov.uk/ieIssueDetails.aspx?IId=25717&Opt=3&PlanId=0",
      "Brighton & Hove City Council Cabinet and Council", "other", 2012, "mgissue", ["moderngov_issue_page", "decision_and_minutes_blocks", "numbered_that_parts", "item_dot_paragraphs"], [
          ("64", "Health & Wellbeing Board Development (Shadow Year)", [
              "64.1 The Leader moved the recommendations from Cabinet and a member seconded them.",
              D("approved", "64.2 RESOLVED: That the recommendations of the Cabinet on the shadow Health & Wellbeing Board be approved.")]),
          ("169", "Health & Wellbeing Board Development (Shadow Year)", [
              "169.1 The Chair introduced the joint report, which proposed a shadow board from April 2012 so that the statutory board could be developed in time.",
              "169.2 A member asked how the voluntary sector would be heard; the Director of Public Health replied that a seat would be kept under review.",
              D("agreed", "(1) That the report and the extract from the Governance Committee be noted.",
                "(2) That Council be recommended to establish a shadow Health & Wellbeing Board from April 2012 as set out in the report.")]),
      ], issue="Health & Wellbeing Board Development (Shadow Year)",
      meetings=["26/01/2012 - Council", "19/01/2012 - Cabinet (pre 2012)"], decision_blocks=True, wave=WAVE),

    # A Scottish minute whose articles have no headings: the number is glued to the first sentence ("1.The …"),
    # and "The Executive Group resolved:" is followed by "to …" parts.
    C("aberdeen-chp-exec-2013", "https://docest.com/doc/630021/item-11-7-for-30-sep-2013-aberdeen-city-chp-28-june",
      "Aberdeen City Community Health Partnership Executive Group", "health_board", 2013, "txt", ["untitled_articles", "body_resolved_colon_to", "roman_parts_to"], [
          ("1.", "", ["1.The Executive Group had before it the minute of its previous meeting of 31 May 2013.",
                      D("approved", "The Executive Group resolved:", "to approve the minute as a correct record.")]),
          ("2.", "", ["2.With reference to article 3 of the minute of its previous meeting, the Executive Group discussed progress with the integration of health and social care.",
                      "The Programme Manager reported on a workforce planning session held the day before, which had been well attended by front line staff.",
                      D("noted", "The Executive Group resolved:", "to note the updates provided.")]),
          ("3.", "", ["3. The Executive Group received a presentation from the General Manager which (1) set out the national context, (2) described the likely timescales and (3) outlined the scope of the integration scheme.",
                      D("noted", "The Executive Group resolved:", "(i) to note the presentation; and",
                        "(ii) to request that a development session on the integration scheme be arranged for August.")]),
      ], subtitle="Minute of Meeting - 28 June 2013 - Marischal College, Aberdeen", head="", wrap=95, wave=WAVE),

    # ModernGov (Argyll and Bute): "Decision" alone on a line, then "1. Noted …; 2. Noted …; and 3. Agreed …".
    C("argyll-bute-cpp-social-2010", "https://argyll-bute.gov.uk/moderngov/ieListDocuments.aspx?CId=423&MId=4368&Ver=4",
      "Argyll and Bute Social Affairs Thematic CPP Group", "other", 2010, "mg", ["decision_word_own_line", "noted_agreed_numbered_parts", "minutes_approved_sentence"], [
          ("1.", "APOLOGIES FOR ABSENCE", ["Apologies for absence were intimated from Councillor Ruth Kerr and from Iain Dow, Association of Community Councils."]),
          ("2.", "DECLARATIONS OF INTEREST", ["None declared."]),
          ("3.", "MINUTES", [D("approved", "The Minutes of the Social Affairs Thematic CPP Group meeting held on 9 August 2010 were approved as a correct record.")]),
          ("4.", "MATTERS ARISING FROM MINUTES", ["None."]),
          ("5.", "EDUCATION ATTAINMENT", [
              "The Quality Standards Manager gave a presentation on the attainment of pupils in the area's secondary schools in 2010 and compared it with earlier years and with similar councils.",
              "He then answered a number of questions arising from the presentation.",
              D("agreed", "Decision", "1.             Noted the contents of this presentation;",
                "2.             Noted that the results for each subject would be published on the Education website once appeals were complete; and",
                "3.             Agreed that a future meeting would receive a presentation on the new examination system.")]),
          ("6.", "HEALTH IMPROVEMENT UPDATE", [
              "The Health Improvement Lead spoke to a report on smoking cessation services and the new alcohol brief interventions.",
              D("noted", "Decision", "Noted the terms of the report."),
              "(Reference: Report by Health Improvement Lead dated 25 October 2010, submitted)"]),
      ], subtitle="Social Affairs Thematic CPP Group - Monday, 8 November 2010 9:30 am", heading="Agenda and minutes", pdficon=True, wave=WAVE),

    # The same council's committee four years on: "(Reference: …, submitted)" after the decision; an unnumbered
    # note before item 1; a single "Agreed to …" decision.
    C("argyll-bute-community-services-2014", "https://www.argyll-bute.gov.uk/moderngov/ieListDocuments.aspx?CId=548&MId=6308&Ver=4",
      "Argyll and Bute Council Community Services Committee", "other", 2014, "mg", ["decision_word_own_line", "reference_line_after_decision", "noted_numbered_parts"], [
          ("1.", "APOLOGIES FOR ABSENCE", ["Apologies for absence were intimated from Councillors Mairi Shaw and Lewis Orr and from Alan Crum, Church representative."]),
          ("2.", "DECLARATIONS OF INTEREST", ["A member declared a non financial interest in the housing association's funding application and left the room for that item."]),
          ("3.", "MINUTES", [D("approved", "The Minute of the Community Services Committee of 8 May 2014 was approved as a correct record.")]),
          ("4.", "NHS HIGHLAND SLA WITH GREATER GLASGOW AND CLYDE HEALTH BOARD", [
              "A representative of NHS Highland presented a report on the range and value of the agreements that the Community Health Partnership holds with other health boards, and answered questions.",
              D("noted", "Decision", "1.        Noted the range, type and value of the agreements that the Community Health Partnership commissions and manages; and",
                "2.        Noted that a copy of the agreement would be circulated to Members of the Committee."),
              "(Reference: Report by NHS Highland dated 16 July 2014, submitted)"]),
          ("5.", "SCHOOL CATCHMENT AREAS POLICY ISSUES", [
              "Members considered a request to alter the catchment area of a primary school on the island and heard the views of the parent council.",
              D("agreed", "Decision", "Agreed to continue consideration of the policy to the next meeting of the Committee to allow a site visit to take place."),
              "(Reference: Report by Executive Director – Community Services dated 14 August 2014, submitted)"]),
      ], subtitle="Community Services Committee - Thursday, 11 September 2014 10:30 am", heading="Agenda and minutes", pdficon=True, wave=WAVE),

    # Northern Ireland Assembly committee: "Agreed: The Committee agreed …" inside numbered business, and a run of
    # "The Committee noted correspondence from …" statements, each its own decision.
    C("ni-assembly-health-2021", "https://www.niassembly.gov.uk/assembly-business/committees/2017-2022/health/minutes-of-proceedings/session-2021---2022/14-october-2021/",
      "Northern Ireland Assembly Committee for Health", "ni", 2021, "wp", ["agreed_colon_committee_agreed", "committee_noted_correspondence", "several_per_item"], [
          ("1.", "Apologies", ["As above."]),
          ("2.", "Chairperson's Business", [
              "The Chairperson advised Members that a rural health event was taking place in the Long Gallery later in the day.",
              "The Chairperson referred to the outcome of the review of radiology images at one of the trusts and the number of discrepancies found.",
              D("agreed", "Agreed: The Committee agreed to write to the Department to ask for an update on the action being taken in relation to this matter.")]),
          ("3.", "Draft Minutes", [D("approved", "Agreed:   The Committee agreed the minutes of the meeting held on 7 October 2021.")]),
          ("4.", "Matters Arising", ["There were no matters arising."]),
          ("5.", "Correspondence", [
              D("noted", "The Committee noted correspondence from the Minister of Health on actions being taken to improve access to GP services."),
              D("noted", "The Committee noted correspondence from the Minister of Health providing an update on the recall of neurology patients."),
              D("agreed", "Agreed: The Committee agreed to forward the correspondence on waiting lists to the Research and Information Service for analysis.")]),
          ("6.", "Any Other Business", ["None."]),
      ], subtitle="Committee for Health - Minutes of Proceedings - 14 October 2021", head="{num} {title}", head_tag="h3", wave=WAVE),

    # The same Assembly's health committee in 2007 (its predecessor): a decision taken in private session before
    # item 1 (no item), time stamps such as "2.19 p.m. …" between paragraphs, "Members noted a letter from …".
    C("ni-assembly-hssps-2007", "https://archive.niassembly.gov.uk/health/2007mandate/minutes/071115.htm",
      "Northern Ireland Assembly Committee for Health, Social Services and Public Safety", "ni", 2007, "wp", ["decision_before_first_item", "time_stamps_between_items", "members_noted_letter"], [
          (None, "", [
              "The meeting commenced at 2.12 p.m. in private session",
              "The Committee deliberated on how its scrutiny of the draft budget would be carried out.",
              D("agreed", "The Committee agreed to draw up procedures for making decisions between Committee meetings."),
              "2.19 p.m. Dr Deeny joined the meeting.",
              "The meeting moved to public session at 3.04 p.m."]),
          ("1.", "Apologies", ["Apologies as listed above."]),
          ("2.", "Chairperson's Business", ["The Chairperson thanked the hospice for the use of its premises for the meeting."]),
          ("3.", "Draft Minutes of the Meeting held on 18 October 2007", [D("approved", "The draft minutes of the meeting held on 18 October 2007 were agreed.")]),
          ("4.", "Matters arising", [
              D("noted", "Members noted a letter from a diabetes specialist nurse thanking the Committee for its help in resolving a pay banding issue."),
              D("noted", "Members noted a letter from the Chief Executive of the Southern Trust replying to an enquiry about infection rates at one of its hospitals."),
              "3.26 p.m. Mr Easton left the meeting."]),
      ], subtitle="COMMITTEE FOR HEALTH, SOCIAL SERVICES AND PUBLIC SAFETY - MINUTES OF PROCEEDINGS - THURSDAY, 15 NOVEMBER 2007",
      head="{num} {title}", head_tag="p", wave=WAVE),

    # Trust board PDF: number alone on the line above a capitals title, a page footer on every page, a
    # resolution of several parts long enough to run onto the next page.
    C("bsuh-trust-2015", "https://paperzz.com/doc/7649956/a-minutes---brighton-and-sussex-university-hospitals-nhs-...",
      "Brighton and Sussex University Hospitals NHS Trust Board of Directors", "trust", 2015, "pdf", ["number_above_caps_title", "board_caps_verbs", "page_footer", "decision_across_page_break"], [
          ("11.1", "APOLOGIES FOR ABSENCE", ["Apologies were received from Professor Colin Ash, Non-Executive Director."]),
          ("11.2", "PATIENT STORY - FRACTURED NECK OF FEMUR SERVICE", [
              "The consultant orthogeriatrician described the care of two patients admitted within days of each other and how a proactive, holistic approach had shaped each admission.",
              "The consultant anaesthetist presented findings from a review of hip fracture patients treated since 2006, which showed falling mortality since the service was introduced.",
              "The Board thanked both clinicians for a powerful account of the service."]),
          ("11.3", "MINUTES OF THE MEETING HELD ON 7 OCTOBER 2015", [D("approved", "The minutes of the meeting held on 7 October 2015 were AGREED as a correct record.")]),
          ("11.4", "CHIEF EXECUTIVE'S REPORT", ["The Chief Executive reported on the outcome of the recent inspection and on the winter plan.",
                                                D("noted", "The Board NOTED the report.")]),
          ("11.5", "QUALITY AND PERFORMANCE REPORT", [
              "The Chief Nurse presented the report. Infection rates had fallen for the third month in a row, but the number of patients waiting longer than four hours in the emergency department remained well above the standard.",
              "The Chief Operating Officer explained that the new ambulatory unit had opened on schedule and that the length of stay of frail patients was the main pressure on beds.",
              "A Non-Executive Director asked whether the ward staffing figures reflected the use of agency nurses; the Chief Nurse said that they did and that the agency share would be reported separately from next month.",
              "The Medical Director reported that the mortality indicator remained within the expected range and that the weekend review project had been extended to two more wards.",
              "The Board discussed the risk that winter pressure would delay elective surgery and asked that the January report show the effect on the waiting list.",
              "The Director of Workforce reported on recruitment from overseas and the induction programme for the nurses who had arrived in October.",
              "The Board discussed at length the pressures on the discharge lounge and the work with the council on packages of care."]),
          ("11.6", "FINANCE REPORT MONTH 6", [
              "The Chief Financial Officer presented the month 6 position, which showed a deficit ahead of plan because of agency spending and lost elective income.",
              "He described the recovery actions agreed with the regulator and the capital schemes that would be deferred to next year to protect cash.",
              "The Board discussed the effect of the deferrals on the estate and asked for a risk assessment of each deferred scheme.",
              "Members noted that the regulator had asked for a revised forecast by the end of the month and that the forecast would come to the Board first.",
              DB("approved", "The Board:", ["NOTED the month 6 financial position;",
                                             "APPROVED the revised capital programme for 2015/16, including the deferral of the three schemes listed in the report;",
                                             "AGREED that the revised forecast be submitted to the regulator after review by the Finance Committee."])]),
      ], subtitle="MINUTES OF THE MEETING OF THE BOARD OF DIRECTORS 4 NOVEMBER 2015", head="{num}\n{title}", layout="plain",
      footer="Trust Board 04.11.2015 Minutes - Final          Page {page}", evidence=COMMON_FORMS, wave=WAVE),

    # A Welsh local service board's minutes as text: "137.   TITLE" with capitals titles, "RESOLVED:" alone on a
    # line above "That …" parts lettered (a) and (b).
    C("conwy-lsb-2009", "http://www.docstoc.com/docs/30218069/Minutes-Template---Get-Now-DOC", "Conwy Local Service Board",
      "wales", 2009, "txt", ["resolved_colon_own_line", "lettered_that_parts", "number_spaces_caps_title"], [
          ("137.", "APOLOGIES FOR ABSENCE", ["Apologies for absence were received from Councillor Dewi Rees (Leader of Conwy County Borough Council), Bryn Owen (Chief Executive) and Elin Gray (North Wales NHS Trust)."]),
          ("138.", "DECLARATIONS OF INTEREST", ["None."]),
          ("139.", "MINUTES", ["The minutes of the meeting held on 8 July 2009 were submitted for approval.",
                                D("approved", "RESOLVED:", "That the minutes be approved as a correct record.")]),
          ("140.", "LOCAL SERVICE BOARD WORK PROGRAMME", [
              "The Partnerships Coordination Manager presented the draft work programme, which drew together the projects agreed at the July development day.",
              "Members discussed the shared assets project and the need for a lead officer from each partner.",
              D("approved", "RESOLVED:", "(a) That the work programme be endorsed.",
                "(b) That a further report on the shared assets project be submitted to the December meeting.")]),
      ], subtitle="LOCAL SERVICE BOARD - Wednesday, 7th October, 2009 at 9.30 am - Interchange, Colwyn Bay", head="{num}   {title}",
      wrap=80, evidence=COMMON_FORMS, wave=WAVE),

    # A partnership's notes: unnumbered headings written as dashed list lines ("- Minutes of last Meeting: – …"),
    # "The Minutes were confirmed subject to …", "It was agreed that …", "The Partnership agreed to adopt …".
    C("watford-three-rivers-hp-2010", "https://docsbay.net/watford-and-three-rivers-health-partnership",
      "Watford and Three Rivers Health Partnership", "other", 2010, "wp", ["dashed_unnumbered_headings", "minutes_confirmed_subject_to", "it_was_agreed", "partnership_agreed_to"], [
          (None, "Welcome:", ["The Chairman welcomed everyone to the meeting and those present introduced themselves."]),
          (None, "Apologies:", ["Apologies were received from eleven partners, listed in the attendance record."]),
          (None, "Minutes of last Meeting: – 25 March 2010", [D("approved", "The Minutes were confirmed subject to the deletion of one partner from those attending.")]),
          (None, "Matters Arising", ["Minute 7 - Feedback on Spending",
                                     "The PCT's health improvement lead reported that a feedback report on health project spending was in preparation and would be circulated to the Partnership."]),
          (None, "Feedback by Chair on the Executive Group Review", [
              "Following the discussion at the previous meeting on re-energising the Partnership, the Chairman reported on the review of the Executive Group.",
              D("agreed", "It was agreed that the Executive Group would meet quarterly and report to each meeting of the Partnership.")]),
          (None, "Health Inequalities Action Plan", [
              "The Partnership considered the draft action plan for the two most deprived wards.",
              D("approved", "The Partnership agreed to adopt the action plan subject to the addition of a target for smoking in pregnancy.")]),
      ], subtitle="Watford and Three Rivers Health Partnership - Minutes of Meeting held on 2 June 2010", head="- {title}", head_tag="p",
      wave=WAVE),

    # A CCG-era executive's PDF minutes: "174/11 CAPITALS TITLE", "were accepted as a correct record subject to …",
    # "received and noted", "It was agreed that … would …" followed by an action owner, and a page footer.
    C("calderdale-cce-2011", "https://issuu.com/nhskirklees/docs/ckwcb-12-46_calderdale_cce_minutes_8_december_2011",
      "NHS Calderdale Clinical Commissioning Executive", "ccg", 2011, "pdf", ["slash_year_items", "accepted_correct_record_subject_to", "received_and_noted", "it_was_agreed_action"], [
          ("173/11", "DECLARATIONS OF INTEREST", ["Dr Paul Dean declared an interest in item 179/11 in relation to his practice."]),
          ("174/11", "MINUTES OF THE MEETING HELD ON 10 NOVEMBER 2011", [
              D("approved", "The minutes of the meeting held on 10 November 2011 were accepted as a correct record subject to the inclusion of the words \"In relation to the access contract\" at the beginning of the third paragraph on page 3 of the minutes.")]),
          ("175/11", "MATTERS ARISING FROM THE MINUTES AND ACTION SHEET", [
              "(a) Standing Orders - access for board members to the shared drive",
              "It was noted that work on access to the shared drive was still going on and would be completed before Christmas."]),
          ("179/11", "CORPORATE PERFORMANCE REPORT", [
              "The Associate Director of Business Intelligence presented the report, which showed referrals to the hospital above plan for the fourth month.",
              D("noted", "The Clinical Commissioning Executive received and noted the report.")]),
          ("181/11", "MENTAL HEALTH COMMISSIONING", [
              "The Senior Programme Manager outlined the gaps in the current memory assessment pathway.",
              D("agreed", "It was agreed that the Senior Programme Manager would bring a revised service specification to the January meeting."),
              "ACTION: JB"]),
      ], subtitle="Minutes of the Clinical Commissioning Executive Meeting held on 8 December 2011", head="{num} {title}", layout="plain",
      footer="Page {page}", wave=WAVE),

    # Scottish Government page: unnumbered headings over paragraphs numbered through the whole minute
    # ("2. The minutes … were approved."); a minister "agreed that …" in discussion is no decision of the meeting.
    C("nhs-chairs-scotland-2017", "https://www.gov.scot/publications/nhs-chairs-minutes-october-2017/",
      "NHS Scotland Board Chairs Group", "health_board", 2017, "wp", ["unnumbered_headings_numbered_paragraphs", "minutes_approved_sentence", "person_agreed_not_decision"], [
          (None, "Items and actions", ["1. A list of those present and apologies is provided above."]),
          (None, "Minutes of the previous meeting", [D("approved", "2. The minutes of the meeting held on 28 August 2017 were approved.")]),
          (None, "Matters arising", ["3. There were no matters arising."]),
          (None, "Ministerial remarks", ["4. The Cabinet Secretary highlighted the following areas for the attention of NHS Board Chairs:",
                                         "5. The Cabinet Secretary confirmed that the review of targets was still to be published and would be discussed at a future meeting."]),
          (None, "Regional planning", [
              "8. The regional implementation lead for the north of Scotland led a presentation on the regional arrangements.",
              "9. The Director of Workforce outlined the next steps for engagement before the regional plans are finalised in March 2018.",
              "10. The Cabinet Secretary commended the work so far and agreed that the next two meetings should follow a similar format."]),
          (None, "Any other business", ["11. No additional items were proposed."]),
      ], subtitle="NHS Chairs minutes: October 2017", head="{title}", head_tag="h3", wave=WAVE),

    # A Scottish health board committee minute as text: "The minutes … were amended … and with that amendment the
    # minutes were approved.", "The COMMITTEE noted …", a bare "The Committee approved …" sentence.
    C("borders-nhs-sp-committee-2011", "https://docslib.org/doc/10652590/borders-nhs-board",
      "Borders NHS Board Strategy & Performance Committee", "health_board", 2011, "txt", ["minutes_amended_then_approved", "body_caps_noted", "numbered_items"], [
          ("1.", "Apologies and Announcements", ["Apologies had been received from Ewan Baird and Joan Duthie.",
                                                 "The Chair welcomed the consultant in public health medicine, who was attending on behalf of the Director of Public Health."]),
          ("2.", "Minutes of Previous Meeting", [
              D("approved", "The minutes of the previous meeting of the Strategy & Performance Committee held on 2 June 2011 were amended at page 2, paragraph 4 to read \"eight beds\" and with that amendment the minutes were approved.")]),
          ("4.", "Access to Services", ["The General Manager gave an overview of waiting times for outpatients and the steps taken to reduce the longest waits.",
                                        D("noted", "The COMMITTEE noted the update.")]),
          ("5.", "Kelso Community Hospital Redesign", ["The Director of Planning presented the options appraisal for the hospital's inpatient ward.",
                                                      D("approved", "The COMMITTEE approved the preferred option for consultation with the local community.")]),
      ], subtitle="Borders NHS Board - Minutes of a meeting of the Strategy & Performance Committee held on Thursday 4 August 2011 at 1.00pm in the Tait Hall, Kelso.",
      wrap=95, para_gap=False, evidence=COMMON_FORMS, wave=WAVE),

    # ---- wave 5: two more bodies found after wave 4's changes, scored once before any change for them ----

    # ModernGov's text-only meeting page: headings with no numbers, "The Council resolved:-" on its own line over
    # a "to …" resolution, a sub-item line "9(a) …" inside narrative that is no heading.
    C("aberdeen-city-council-2013", "https://committees.aberdeencity.gov.uk/ieListDocuments.aspx?CId=122&MId=2863&Ver=4&txtonly=1",
      "Aberdeen City Council", "other", 2013, "txt", ["body_resolved_colon_dash_to", "unnumbered_headings", "sub_item_line_in_narrative"], [
          (None, "Admission of Burgesses", [
              "(A) The persons undermentioned were admitted into the presence of the Council and passed as Burgesses of Guild in respect of their respective Acts of Admission in the Guild Burgess Book:-",
              "Moira Lennox, Harbour Pilot, Aberdeen", "Dr Colin Reid, General Practitioner, Aberdeen"]),
          (None, "Determination of Exempt Business", [
              "The Council was requested to determine that the following item of business, which contained exempt information, be taken in private:-",
              "9(a) Affordable Housing Partnership Phase 2 - Report by Director of Housing and Environment",
              D("agreed", "The Council resolved:-",
                "in terms of Section 50(A)(4) of the Local Government (Scotland) Act 1973 to exclude the press and public from the meeting during consideration of the aforementioned item of business (Article 18 of this minute refers).")]),
          (None, "Request for Deputation", [
              "The Council had before it the following request for deputation in connection with the report on temporary halting sites:-",
              "Mr Graham Lyall",
              D("agreed", "The Council resolved:-", "to accept the request and hear the deputation immediately prior to consideration of the report.")]),
          (None, "Minute of Meeting of Aberdeen City Council of 26 June 2013", [
              "The Council had before it the minute of its meeting of 26 June 2013.",
              D("approved", "The Council resolved:-", "to approve the minute as a correct record.")]),
      ], subtitle="Council - Wednesday, 14th August, 2013 10.30 am", head="{title}", no_numbers=True, wrap=110, wave=5),

    # ModernGov meeting page: a ruling before item 1 in a row with no number ("The Provost ruled, and the Council
    # agreed, that …"), "Decision" over a Word list whose numbering restarts ("1. Noted …" twice).
    C("argyll-bute-council-2013", "https://argyll-bute.gov.uk/moderngov/ieListDocuments.aspx?CId=257&MID=5906",
      "Argyll and Bute Council", "other", 2013, "mg", ["decision_before_first_item", "clause_body_agreed", "decision_word_own_line", "restarted_numbering"], [
          (None, "", [
              "Prior to the meeting, a councillor informed Members that the Development and Infrastructure Service had received two awards for renewable heat projects.",
              D("agreed", "The Provost ruled, and the Council agreed, that the item dealt with at item 8 of this Minute be taken as a matter of urgency because a response was due to the Parliamentary Committee that day.")]),
          ("1.", "APOLOGIES FOR ABSENCE", ["Apologies for absence were intimated from Councillors Bell and Munro and from two Church representatives."]),
          ("2.", "DECLARATIONS OF INTEREST", ["There were no declarations of interest intimated."]),
          ("3.", "MINUTES", [D("approved", "The Minutes of the Argyll and Bute Council of 31 October 2013 were approved as a correct record.")]),
          ("4.", "NHS HIGHLAND - ANNUAL PUBLIC HEALTH REPORT", [
              "The Council heard a presentation by the Director of Public Health on the annual report, which was tabled. Members asked questions and the Provost thanked her for the presentation."]),
          ("5.", "LEADER'S REPORT", [
              "The Council considered a report by the Leader on the activities undertaken in the role since 25 October 2013.",
              D("noted", "Decision", "1. Noted the contents of the report.",
                "1. Noted that further details of the meetings attended would be provided to Members on request.")]),
      ], subtitle="Argyll and Bute Council - Thursday, 28 November 2013 11:00 am", heading="Agenda and minutes", pdficon=True, wave=5),
]
