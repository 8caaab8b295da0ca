"""Case definitions: layout and formulaic wording as published at ``source_url``; all narrative is new text.

Labelling rules (see README.md): one decision per resolution (a "RESOLVED"/"AGREED"/"Decision:" block, a
"The Board agreed/noted/approved …" sentence, a "… were approved as a correct record" sentence, one row of a
decision table); the numbered parts of one resolution ("(i) … (v)", "1. That … 2. That …", bullets under
"The Board agreed:") are one decision. Kind follows what the decision does to its subject (see
``decision_kind``): approved > agreed > noted, "deferred" and "rejected" when said; minutes accepted as a
record count as approved.
"""


def C(id, source_url, body, body_kind, year, fmt, patterns, items, **kw):
    d = dict(id=id, source_url=source_url, body=body, body_kind=body_kind, year=year, fmt=fmt,
             patterns=patterns, items=items, subtitle=kw.pop("subtitle", f"{body} - {year}"))
    d.update(kw)
    return d


def D(kind, *lines):
    return ("D", kind) + lines


def DB(kind, lead, bullets):
    return ("DB", kind, lead, bullets)


def B(lead, bullets):
    return ("B", lead, bullets)


def P(*segments):
    """One paragraph mixing narrative sentences and decision sentences."""
    return ("P",) + segments


def T(header, rows):
    return ("T", header, rows)


CASES = [
    # ------------------------------------------------------------------ English HWBs, ModernGov HTML
    C("cumbria-hwb-2019", "http://councilportal.cumbria.gov.uk/ieListDocuments.aspx?MId=9236",
      "Cumbria Health and Wellbeing Board", "hwb", 2019, "mg", ["resolved_that_inline", "moderngov_minutes_block"], [
          ("1.", "Apologies for Absence", ["Apologies for absence were received from Mr P Lowe (Ms R Hart attended as substitute) and Ms T Gill, NHS England."]),
          ("2.", "Disclosures of Interest", ["No disclosures of interest were made on this occasion."]),
          ("3.", "Minutes", [D("approved", "RESOLVED that the minutes of the meeting held on 24 January 2019 be confirmed as a correct record and signed by the Chair.")]),
          ("4.", "Better Care Fund Quarter 3 Return", [
              "The Senior Manager for Integration outlined the quarter three return and the position on delayed transfers of care across the three localities.",
              "Members asked how the winter schemes had been evaluated and were told that a fuller review would follow in the summer.",
              D("noted", "RESOLVED that the Board note the quarter three return and the progress described in the report.")]),
      ], subtitle="Cumbria Health and Wellbeing Board - Thursday, 18th April, 2019 10.00 am", heading="Agenda and draft minutes",
      agenda={"1.": "To receive any apologies for absence.", "3.": "To confirm the minutes of the previous meeting."}),

    C("plymouth-hwb-2016", "https://democracy.plymouth.gov.uk/mgAi.aspx?ID=61440", "Plymouth Health and Wellbeing Board",
      "hwb", 2016, "mgai", ["agreed_that_dash_numbered"], [
          (None, "Health and Wellbeing Strategic Framework", [
              "The Strategic Director introduced the final draft of the framework, which had been shaped by board members over the past year.",
              "Members welcomed the shift towards prevention and asked that links to the other city partnerships be made explicit in the text.",
              D("approved", "Agreed that –", "1.         the board approves the Plymouth Health and Wellbeing Strategic Framework;",
                "2.         a forward plan of items and solution shops is brought to the next board.")]),
      ], agenda={None: "The Board to receive the Health and Wellbeing Strategy."}),

    C("plymouth-hwb-2014", "https://democracy.plymouth.gov.uk/mgAi.aspx?ID=63323", "Plymouth Health and Wellbeing Board",
      "hwb", 2014, "mgai", ["agreed_that_inline", "correct_record"], [
          (None, "Minutes", [
              D("approved", "Agreed that the minutes of the meeting of 27 March 2014 were confirmed."),
              "A member felt the minutes did not fully capture the discussion on the pharmacy review.",
              "In reply it was explained that the minutes were a summary and that the webcast remained the full record of the meeting."]),
      ], agenda={None: "To confirm the minutes of the meeting held on 27 March 2014."}),

    C("bcp-hwb-2021", "https://democracy.bcpcouncil.gov.uk/ieIssueDetails.aspx?IId=12855&Opt=3",
      "Bournemouth, Christchurch and Poole Health and Wellbeing Board", "hwb", 2021, "mgissue", ["resolved_that_inline", "moderngov_issue_page"], [
          ("8", "Health and Wellbeing Board - Business protocol, membership and terms of reference", [
              "The Board considered the protocol, a copy of which had been circulated and which appears as Appendix 'A' to these minutes in the Minute Book.",
              "The Chairman suggested a smaller quorum now that meetings had returned to the council chamber, and members discussed whether a quorum should include a councillor and an NHS member.",
              D("agreed", "RESOLVED that the Business protocol, membership and terms of reference be agreed subject to a quorum of seven members including one Councillor and one NHS representative.")]),
      ], issue="Health and Wellbeing Board - Business protocol, membership and terms of reference",
      meetings=["17/06/2021 - Health and Wellbeing Board"]),

    C("sheffield-hwb-2019", "https://democracy.sheffield.gov.uk/mgAi.aspx?ID=27057", "Sheffield Health and Wellbeing Board",
      "hwb", 2019, "mgai", ["resolved_colon_board_parts"], [
          (None, "Taking Stock of the Joint Health and Wellbeing Strategy", [
              "The Director of Public Health gave a verbal update, drawing attention to smoking, poverty and the gap in healthy life expectancy.",
              "Board members said that the context of each neighbourhood should shape the next action plan.",
              D("noted", "RESOLVED: That the Board:-", "(a) notes the update on the Joint Health and Wellbeing Strategy; and",
                "(b) asks that a summary of the interviews be shared with members.")]),
      ]),

    C("slough-wb-2021", "https://democracy.slough.gov.uk/ieIssueDetails.aspx?IId=41815&Opt=3", "Slough Wellbeing Board",
      "hwb", 2021, "mgissue", ["resolved_dash_that", "correct_record", "wrapped_across_paragraphs"], [
          ("63", "Minutes of the last meeting held on 14 July 2021", [
              "The Chair gave updates on matters arising, including the bus improvement bid and the flu vaccination offer for residents over fifty.",
              D("approved", "Resolved – That the minutes of the meeting held on 14 September 2021 be", "agreed as a correct record.")]),
      ], issue="Minutes of the last meeting held on", meetings=["21/10/2021 - Slough Health & Wellbeing Board"]),

    C("slough-wb-2018", "http://www.slough.gov.uk/moderngov/mgAi.aspx?ID=35986", "Slough Wellbeing Board", "hwb", 2018, "mgai",
      ["resolved_dash_that", "narrative_was_noted"], [
          (None, "Slough Wellbeing Board's Annual Report 2017/18", [
              "The Service Lead introduced the draft annual report, which described the partnership's work with the police, the fire service and local businesses.",
              "A member raised the low take-up of bowel screening, and at the conclusion of the discussion the annual report was noted.",
              D("noted", "Resolved –  That the draft SWB Annual Report be noted and that any further comments from Members be forwarded to the Service Lead.")]),
      ]),

    C("barnsley-hwb-2016", "http://barnsleymbc.moderngov.co.uk/mgAi.aspx?ID=3410", "Barnsley Health and Wellbeing Board",
      "hwb", 2016, "mgai", ["resolved_that_inline", "it_was_noted_narrative"], [
          (None, "Health and Wellbeing Strategy development - update (Oral report)", [
              "The Head of Commissioning described how the strategy would be refreshed over the coming months.",
              "It was noted that a workshop for the delivery group had been arranged for late February to agree priorities.",
              D("noted", "RESOLVED that the report be noted.")]),
      ]),

    C("westberks-hwb-2022", "https://decisionmaking.westberks.gov.uk/mgAi.aspx?ID=70464", "West Berkshire Health and Wellbeing Board",
      "hwb", 2022, "mgai", ["resolved_that_inline", "bullets_narrative"], [
          (None, "Integrated Care System Update", [
              B("The ICS Director gave an update. Key points were as follows:", [
                  "The start date for the new Integrated Care Board had moved to July 2022.",
                  "Interviews for the non-executive members were under way.",
                  "It was noted that councillors were no longer barred from sitting on the board."]),
              D("noted", "RESOLVED that the update be noted.")]),
      ], agenda={None: "Purpose: To update the Board on progress with the Integrated Care System."}),

    C("haringey-hwb-2021", "https://www.minutes.haringey.gov.uk/ieIssueDetails.aspx?IId=50261&Opt=3&PlanId=0",
      "Haringey Health and Wellbeing Board", "hwb", 2021, "mgissue", ["board_agreed_sentence", "several_per_item"], [
          ("17", "Future agenda items and dates of future meetings", [
              "The date of the next meeting was confirmed as 24 November at 18:00.",
              D("agreed", "The Board agreed that covering reports should set out plainly what the Board was being asked to do."),
              "Cllr Okafor observed that shorter agendas allowed more time for discussion of each item.",
              D("agreed", "The Board agreed to keep future meetings to one or two strategic discussions based on the ambitions of the strategy."),
              D("agreed", "The Board agreed to a start time of 18:00 for future meetings of the Board.")]),
      ], issue="Future agenda items and dates of future meetings", meetings=["22/09/2021 - Health and Wellbeing Board"]),

    C("bathnes-hwb-2013", "https://democracy.bathnes.gov.uk/ieListDocuments.aspx?CId=460&MID=3319",
      "Bath and North East Somerset Health and Wellbeing Board", "hwb", 2013, "mg", ["board_resolved_to_parts", "caps_titles"], [
          ("1.", "WELCOME AND INTRODUCTIONS", ["The Chairman welcomed everyone to the meeting."]),
          ("3.", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS", ["Councillor Fay Morton sent her apology. Councillor Ray Dent was her substitute for the meeting."]),
          ("5.", "TO ANNOUNCE ANY URGENT BUSINESS AGREED BY THE CHAIRMAN", ["There was none."]),
          ("7.", "MINUTES OF PREVIOUS MEETING", [D("approved", "The minutes of the previous meeting were approved as a correct record and signed by the Chairman.")]),
          ("9.", "JOINT HEALTH AND WELLBEING STRATEGY", [
              "The Director of Public Health presented the draft strategy and the results of the engagement events held in the autumn.",
              D("approved", "The Board RESOLVED to:", "(1) Approve the Joint Health and Wellbeing Strategy for publication; and",
                "(2) Ask the Director of Public Health to report on the first year of delivery in twelve months.")]),
      ], subtitle="Health and Wellbeing Board - Wednesday, 27th March, 2013 10.00 am"),

    C("herefordshire-hwb-2012", "https://councillors.herefordshire.gov.uk/mgAi.aspx?ID=30029", "Herefordshire Health and Wellbeing Board",
      "hwb", 2012, "mgai", ["board_noted_in_bullets", "resolved_colon_that_lettered"], [
          (None, "HEALTH AND WELLBEING BOARD - GOVERNANCE ARRANGEMENTS", [
              "The Governance Services Manager presented draft terms of reference and a paper of options for the Board to discuss.",
              B("In discussion the following principal points were made:", [
                  "Members debated whether every member should vote; the consensus was that votes should rest with the statutory core members.",
                  "Each member should be able to name more than one substitute, while keeping attendance as continuous as possible."]),
              "The Board noted that the Council's Code of Conduct would apply to all Board Members.",
              D("agreed", "RESOLVED: That (a) voting rights be restricted to the statutory core membership of the Board; and",
                "(b) members be able to nominate more than one named substitute.")]),
      ]),

    C("kent-cc-2011", "https://democracy.kent.gov.uk:9071/ieIssueDetails.aspx?IId=17862&Opt=3&PlanId=0", "Kent County Council (shadow HWB)",
      "hwb", 2011, "mgissue", ["resolved_colon_that_numbered_paragraphs"], [
          ("55", "Establishing a Shadow Health and Wellbeing Board for Kent", [
              "(1)       Mr Hale moved, Mr Burr seconded the recommendations set out in the agenda.",
              "(2)       In answer to a question, the Director of Governance confirmed how proportionality applied to the new Board.",
              D("approved", "Resolved: that (1) the Kent Health and Wellbeing Board be established as a Committee of Kent County Council and operate in shadow form until legislation is enacted;",
                "(2) the membership and the Terms of Reference as set out in Appendix A be approved;",
                "(3) the Board report annually to full Council on its activity; and",
                "(4) the Terms of Reference be reviewed in light of the Board's development over the next 18 months.")]),
      ], issue="Establishing a shadow Health & Wellbeing Board for Kent", meetings=["21/07/2011 - County Council"]),

    C("cityoflondon-hwb-2014", "http://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=25544", "City of London Health and Wellbeing Board",
      "hwb", 2014, "mgai", ["resolved_colon_that_no_stop"], [
          (None, "Terms of Reference", [
              "The Board received the report of the Town Clerk, which proposed allowing co-opted members and named substitutes for statutory members.",
              D("approved", "Resolved: That Members approved the revised terms of reference of the Board")]),
      ], agenda={None: "Report of the Town Clerk."}),

    C("gloucestershire-hwb-2020", "https://glostext.gloucestershire.gov.uk/ieListDocuments.aspx?CId=653&MId=9387&Ver=4",
      "Gloucestershire Health and Wellbeing Board", "hwb", 2020, "mg", ["board_agreed_in_numbered_paragraph", "numbered_paragraphs"], [
          ("1.", "Tribute", ["Members held a minute's silence in memory of a former chair of the Board."]),
          ("2.", "Declarations of interest", ["No declarations of interest were received."]),
          ("3.", "Minutes of the previous meeting", [D("approved", "The minutes of the meeting held on 26 November 2019 were agreed as a correct record.")]),
          ("6.", "Health and Wellbeing Board Membership", [
              "6.1       The Vice Chair informed the Board that the Primary Care Network representative would be Dr Ana Ruiz.",
              D("noted", "6.2       The Board agreed to note the changes in membership; and that the changes be submitted to the Constitution Committee in order to update the council Constitution.")]),
      ], subtitle="Gloucestershire Health & Wellbeing Board - Tuesday 21 January 2020 10.00 am"),

    C("dorset-hwb-2024", "https://moderngov.dorsetcouncil.gov.uk/ieListDocuments.aspx?CId=431&MeetingId=6049",
      "Dorset Health and Wellbeing Board", "hwb", 2024, "mg", ["bare_that_after_proposed", "bare_subjunctive_minutes"], [
          ("1.", "Apologies", ["Apologies for absence were received from Jo Penn and Tariq Aziz."]),
          ("2.", "Election of Chair", ["Proposed by Cllr Sam Hood, seconded by Leah Fry.",
                                      D("approved", "That Cllr Sam Hood be elected as Health and Wellbeing Board Chair for the year 2024-25.")]),
          ("3.", "Election of Vice-Chair", ["Proposed by Cllr Sam Hood, seconded by Cllr Dee Marsh.",
                                           D("approved", "That Leah Fry be elected as Health and Wellbeing Board Vice-Chair for the year 2024-25.")]),
          ("4.", "Minutes", ["Proposed by Tom Vane, seconded by Jo Penn.",
                             D("approved", "The minutes of the meeting held on 20 March 2024 be confirmed and signed.")]),
          ("5.", "Declarations of Interest", ["No declarations of interests were made at the meeting."]),
      ], subtitle="Health and Wellbeing Board - Wednesday, 26th June, 2024 2.00 pm", heading="Agenda and draft minutes"),

    C("wokingham-hwb-2022", "https://wokingham.moderngov.co.uk/mgAi.aspx?ID=34879", "Wokingham Health and Wellbeing Board",
      "hwb", 2022, "mgai", ["resolved_that_colon_numbered"], [
          (None, "Defining the BOB ICS Development Roadmap", [
              B("During the discussion of this item, the following points were made:", [
                  "The ICB constitution had been submitted and approved at the end of May.",
                  "The Board was told that the interim executive team was now in place."]),
              D("noted", "RESOLVED That:", "1)    the update on the ICS development roadmap be noted;",
                "2)    a further update be brought to the Board in the autumn.")]),
      ]),

    C("cityoflondon-hwb-2024", "https://democracy.cityoflondon.gov.uk/mgAi.aspx?ID=147970", "City of London Health and Wellbeing Board (2024)",
      "hwb", 2024, "mgai", ["resolved_dash_that", "correct_record"], [
          (None, "Minutes", [
              "The public minutes and non-public summary of the previous meeting were received.",
              "A member noted an inaccuracy under Item 10 about the practice premises, and the minutes were amended accordingly.",
              D("approved", "RESOLVED – That the public minutes and non-public summary of the previous meeting held on 24 November 2023 be approved as a correct record, as amended.")]),
      ]),

    C("lancashire-hsc-2016", "http://council.lancashire.gov.uk/ieDecisionDetails.aspx?AIId=44847", "Lancashire Health Scrutiny Committee",
      "other", 2016, "mgdec", ["decision_details_page", "resolved_colon_that"], [
          (None, "Health and Wellbeing Partnerships", [
              "The Head of Service introduced proposals for a single pan-Lancashire board with five local partnerships.",
              D("noted", "Resolved: That the report and comments be noted.")]),
      ], maker="Health Scrutiny Committee", date="22/11/2016"),

    C("southampton-cabinet-2010", "http://www.southampton.gov.uk/modernGov/ieDecisionDetails.aspx?ID=223", "Southampton Cabinet",
      "other", 2010, "mgdec", ["decision_heading_block", "reasons_not_decision"], [
          (None, "Project Integra: Annual Action Plan 2010 - 2015", [
              "To consider a report seeking approval of the partnership's annual action plan.",
              D("approved", "To approve the Project Integra Draft Annual Action Plan 2010-2015.")]),
      ], maker="Cabinet", date="15/03/2010",
      reasons=["(i)  The partnership board may only act within the plan each partner has approved.",
               "(ii)  Without the plan the partnership could not commit any partner to spending."]),

    # ------------------------------------------------------------------ Scottish IJBs
    C("aberdeen-ijb-2024", "https://committees.aberdeencity.gov.uk/ieDecisionDetails.aspx?AIId=105801", "Aberdeen City Integration Joint Board",
      "ijb", 2024, "mgdec", ["decision_heading_block", "roman_parts_to"], [
          (None, "Outcome of Culture Research Project - HSCP.24.024", [
              D("approved", "(i)            to instruct the Transformation Lead to consider recommissioning the research in 12-18 months' time;",
                "(ii)          to note that the report would be reviewed by the Culture Sounding Board; and",
                "(iii)         to approve the proposed actions set out in Appendix B of the report.")]),
      ], maker="Integration Joint Board", date="07/05/2024"),

    C("aberdeen-ijb-2020", "https://committees.aberdeencity.gov.uk/ieIssueDetails.aspx?IId=56649&PlanId=0&Opt=3",
      "Aberdeen City Integration Joint Board (2020)", "ijb", 2020, "mgissue", ["decision_and_minutes_blocks", "board_resolved_colon_dash", "roman_parts_to"], [
          ("3", "Minute of Previous Board Meeting - 19 November 2019", [
              "The Board had before it the draft minute of its meeting of 19 November 2019.",
              "Members pointed out that a date in Article 9 was wrong and that the discussion under Article 11 had not been recorded in enough detail.",
              D("approved", "The Board resolved :-", "(i)            to amend Article 9 to give the date as 11 February 2020;",
                "(ii)          that a document showing the amendments be published on the appropriate websites; and",
                "(iii)         to otherwise approve the minute as a true record of the meeting.")]),
      ], issue="Minute of Previous Board Meeting", meetings=["21/01/2020 - Integration Joint Board"], decision_blocks=True),

    C("aberdeen-ijb-2019", "https://committees.aberdeencity.gov.uk/ieListDocuments.aspx?CId=516&MID=6052&txtonly=1",
      "Aberdeen City Integration Joint Board (2019)", "ijb", 2019, "mg", ["board_resolved_colon_dash", "to_clause"], [
          ("1", "Welcome from the Chair", ["The Chair welcomed everyone and thanked two members who were leaving the Board."]),
          ("2", "Declarations of Interest", ["Members were asked to intimate any declarations of interest.",
                                             D("noted", "The Board resolved:-", "To note that no declarations of interest were intimated.")]),
          ("3", "Exempt Business", ["The Chair proposed that items 10 and 11 be taken in private.",
                                    D("agreed", "The Board resolved:", "(i)            to move the report at Item 9 into public session and",
                                      "(ii)          consider Items 10 and 11 with the press and public excluded.")]),
      ], subtitle="Integration Joint Board - Tuesday, 22nd January, 2019 10.00 am", no_numbers=True),

    C("dundee-ijb-2021", "https://www.dundeehscp.com/publications/ijb/7237", "Dundee City Integration Joint Board", "ijb", 2021, "wp",
      ["roman_item_numbers", "was_submitted_and_approved", "ijb_agreed_colon_dash"], [
          ("I", "APOLOGIES FOR ABSENCE", ["Apologies for absence were submitted on behalf of Ann Baird and Ken Ross."]),
          ("II", "DECLARATION OF INTEREST", ["There were no declarations of interest."]),
          ("III", "MINUTE OF PREVIOUS MEETING", [D("approved", "The minute of meeting of this Integration Joint Board held on 25th August, 2021 was submitted and approved.")]),
          ("IV", "WINTER PLANNING 2021/2022", [
              "There was submitted a report by the Chief Officer on the plans for additional capacity over the winter.",
              D("noted", "The Integration Joint Board agreed:-", "(i) to note the content of the report; and",
                "(ii) to note the funding allocated to each workstream as set out in Appendix 1.")]),
      ], subtitle="Dundee City Health and Social Care Integration Joint Board - 27th October, 2021", head="{num} {title}", head_tag="strong"),

    C("scottish-borders-ijb-2018", "https://scottishborders.moderngov.co.uk/ieListDocuments.aspx?CId=218&MeetingId=4407",
      "Scottish Borders Health and Social Care Integration Joint Board", "ijb", 2018, "mg", ["caps_body_noted", "amended_then_approved"], [
          ("1.", "ANNOUNCEMENTS AND APOLOGIES", ["Apologies had been received from Cllr Jean Burt and Mr Iain Muir.", "The Chair confirmed the meeting was quorate."]),
          ("2.", "DECLARATIONS OF INTEREST", ["The Chair sought any verbal declarations of interest.",
                                             D("noted", "The HEALTH & SOCIAL CARE INTEGRATION JOINT BOARD noted there were none.")]),
          ("3.", "MINUTES OF PREVIOUS MEETING", [D("approved", "The minutes of the previous meeting held on 20 August 2018 were amended at page 3 to correct a job title and with those amendments the minutes were approved.")]),
          ("5.", "PRIMARY CARE IMPROVEMENT PLAN", [
              "The Associate Medical Director outlined the plan and the recruitment of pharmacists and link workers.",
              D("approved", "The HEALTH & SOCIAL CARE INTEGRATION JOINT BOARD approved the Primary Care Improvement Plan for submission to the Scottish Government.")]),
      ], subtitle="Health & Social Care Integration Joint Board - Monday 15 October 2018 2.00 pm"),

    C("argyll-bute-ijb-2021", "https://www.argyll-bute.gov.uk/moderngov/ieListDocuments.aspx?CId=638&MId=14138&Ver=4",
      "Argyll and Bute Integration Joint Board", "ijb", 2021, "mg", ["were_approved_correct_record", "were_noted", "unnumbered_items"], [
          (None, "APOLOGIES FOR ABSENCE", ["Apologies for absence were received from Mark Cole."]),
          (None, "Integration Joint Board held on 27 January 2021", [D("approved", "The Minutes of the meeting of the Integration Joint Board held on 27 January 2021 were approved as a correct record.")]),
          (None, "Clinical and Care Governance Committee held on 14 January 2021", [D("noted", "The Minutes of the meeting of the Clinical and Care Governance Committee held on 14 January 2021 were noted.")]),
          (None, "Audit and Risk Committee held on 23 February 2021", [
              D("noted", "The Minutes of the meeting of the Audit and Risk Committee held on 23 February 2021 were noted."),
              "The committee chair gave an update on the plan to produce a digital strategy."]),
      ], subtitle="Integration Joint Board - Wednesday, 24th March, 2021 1.00 pm", no_numbers=True),

    # ------------------------------------------------------------------ councils: cabinets, scrutiny, PSBs
    C("surrey-cabinet-2021", "https://mycouncil.surreycc.gov.uk/ieListDocuments.aspx?CId=120&MId=7763", "Surrey County Council Cabinet",
      "other", 2021, "mg", ["decision_and_minutes_blocks", "slash_numbering"], [
          ("77/21", "Apologies for Absence", ["There were none."]),
          ("78/21", "Minutes of Previous Meeting: 30 March 2021", [D("approved", "The Minutes of the Cabinet meeting held on 30 March 2021 were approved as a correct record of the meeting.")]),
          ("80/21", "Procedural Matters", ["The Leader thanked staff and partners for their work through the pandemic."]),
          ("84/21", "Adult Social Care Market Position Statement", [
              "The Cabinet Member introduced the statement, which would guide providers on where new capacity was needed.",
              D("approved", "RESOLVED:", "1. That the Market Position Statement be approved for publication.",
                "2. That authority be delegated to the Executive Director to make minor amendments before publication.")]),
      ], subtitle="Cabinet - Tuesday, 27 April 2021 2.00 pm", heading="Agenda, decisions and minutes", decision_blocks=True),

    C("coventry-cabinet-2018", "http://edemocracy.coventry.gov.uk/ieListDocuments.aspx?MId=11774", "Coventry City Council Cabinet",
      "other", 2018, "mg", ["agreed_and_signed_true_record", "resolved_that_inline", "list_of_minute_numbers"], [
          ("39.", "Declarations of Interest", ["There were no disclosable pecuniary interests."]),
          ("40.", "Minutes", [D("approved", "The minutes of the meeting held on 28th August 2018 were agreed and signed as a true record."),
                              "There were no matters arising."]),
          ("41.", "Exclusion of Press And Public", [
              D("agreed", "RESOLVED that the Cabinet agrees to exclude the press and public under Sections 100(A)(4) of the Local Government Act 1972 relating to the following private reports:"),
              T(["Minute No.", "Report title"], [(["53", "Disposal of Small Surplus Sites"], None, 1),
                                                  (["54", "Modernising Domestic Abuse Services"], None, 1)])]),
          ("42.", "Private Sector Housing Enforcement Policy 2018", [
              "The Cabinet considered a report seeking approval of the revised enforcement policy.",
              D("approved", "RESOLVED that the Cabinet approves the Private Sector Housing Enforcement Policy 2018.")]),
      ], subtitle="Cabinet - Tuesday, 2nd October, 2018 2.00 pm"),

    C("bromley-pds-2019", "https://cds.bromley.gov.uk/ieListDocuments.aspx?MId=6630&EVT=101&DT=A", "Bromley Adult Care and Health PDS Committee",
      "other", 2019, "mg", ["agreed_and_signed_correct_record"], [
          ("16.", "APOLOGIES FOR ABSENCE AND NOTIFICATION OF SUBSTITUTE MEMBERS", ["Apologies were received from Councillor Kim Orr and Councillor Ben Ash attended as substitute."]),
          ("19.", "MINUTES OF ADULT CARE AND HEALTH PDS COMMITTEE MEETING HELD ON 25 JUNE 2019", [D("approved", "The minutes of the meeting held on 25th June 2019, were agreed and signed as a correct records.")]),
          ("20.", "WORK PROGRAMME AND MATTERS ARISING", ["The Committee considered the forward work programme.",
                                                     D("noted", "RESOLVED that the work programme and matters arising be noted.")]),
      ], subtitle="Adult Care and Health PDS Committee - Tuesday 17 September 2019 7.00 pm", pdficon=True),

    C("scambs-prc-2016", "http://scambs.moderngov.co.uk/ieListDocuments.aspx?CId=1043&MId=6859&Ver=4", "South Cambridgeshire Partnerships Review Committee",
      "other", 2016, "mg", ["were_agreed_correct_record"], [
          ("1.", "Apologies", ["There were no apologies for absence."]),
          ("3.", "Minutes of the Previous Meeting", [D("approved", "The minutes of the meeting held on 18 February 2016, were agreed as a correct record.")]),
          ("5.", "Devolution", ["The Leader gave an update on devolution proposals and the timetable for council decisions in October."]),
      ], subtitle="Partnerships Review Committee - Friday, 16 September 2016 3.00 p.m."),

    C("swindon-cabinet-2021", "http://ww5.swindon.gov.uk/ieIssueDetails.aspx?IId=60042&Opt=3", "Swindon Borough Council Cabinet (Health and Care Board)",
      "other", 2021, "mgissue", ["resolved_dash_own_paragraph", "numbered_that_parts"], [
          ("41", "Health & Care Board Swindon", [
              "The Cabinet Member for Adults and Health submitted a report seeking approval for a joint sub-committee with the CCG.",
              "Councillor Lane asked how councillors would be able to challenge decisions of the new Board before they took effect.",
              D("agreed", "Resolved –", "1) That the establishment of a new Health and Care Sub-Committee with delegated decision-making powers be agreed.",
                "2) That the Terms of Reference for the Sub-Committee as set out in Appendix 1 be agreed.",
                "3) That the Leader's scheme of delegation set out in Appendix 2 be noted.")]),
      ], issue="Health & Care Board Swindon", meetings=["16/06/2021 - Cabinet"]),

    C("trafford-exec-2017", "https://democratic.trafford.gov.uk/ieIssueDetails.aspx?IId=22100&Opt=3", "Trafford Council Executive",
      "other", 2017, "mgissue", ["resolved_dash_that", "lettered_subitem"], [
          ("114", "URGENT BUSINESS (IF ANY)", [
              "(a) Health and Social Care Integration Update",
              "The Executive Member for Health and Wellbeing submitted a report on the joint path to integration with the CCG.",
              D("noted", "RESOLVED – That the information regarding the approach to integration be noted.")]),
      ], issue="URGENT BUSINESS (IF ANY)", meetings=["26/06/2017 - Executive"]),

    C("llr-jhsc-2022", "https://cabinet.leicester.gov.uk/ieListDocuments.aspx?CId=420&MId=11048&Ver=4",
      "Leicester, Leicestershire and Rutland Joint Health Scrutiny Committee", "other", 2022, "mg", ["agreed_colon_own_line"], [
          ("53.", "APOLOGIES FOR ABSENCE", ["Apologies were received from Councillor Ray Moss. Councillor Pat Dean attended as a substitute."]),
          ("55.", "MINUTES OF PREVIOUS MEETING", [
              "It was noted that the minutes of the meeting held on 16 November 2021 had left out a member's declaration.",
              D("approved", "AGREED:", "that the minutes of the meetings held on 16 November 2021 and 15 February 2022 be confirmed as a correct record, subject to the addition of the declaration.")]),
          ("57.", "UHL ACUTE AND MATERNITY RECONFIGURATION", [
              "The Director of Strategy presented progress on the new treatment centre and the maternity unit.",
              D("noted", "AGREED:", "1) That the update be noted; and", "2) That a further report come to the Committee in six months.")]),
      ], subtitle="Leicester, Leicestershire and Rutland Joint Health Scrutiny Committee - Monday, 28 March 2022 5:30 pm"),

    C("conwy-denbighshire-psb-2021", "https://moderngov.denbighshire.gov.uk/ieListDocuments.aspx?CId=519&MeetingId=6457&LLL=0",
      "Conwy and Denbighshire Public Services Board", "wales", 2021, "mg", ["were_submitted_then_resolved", "resolved_that_inline"], [
          ("1.", "APOLOGIES", ["Councillor Huw Ellis – Denbighshire County Council."]),
          ("2.", "MINUTES OF THE LAST MEETING", ["The minutes of the Public Services Board meeting held on 17 May 2021 were submitted.",
                                                D("approved", "RESOLVED that the minutes of the meeting held on 17 May 2021 be received and approved as a correct record.")]),
          ("3.", "MEETING ACTION TRACKER", ["The tracker was presented and two open actions were highlighted.",
                                           D("noted", "RESOLVED that progress made on the actions arising from meetings be noted.")]),
      ], subtitle="Conwy and Denbighshire Public Services Board - 13 September 2021", heading="Agenda and draft minutes"),

    C("conwy-denbighshire-psb-2024", "https://moderngov.denbighshire.gov.uk/ieListDocuments.aspx?CId=519&LLL=0&MeetingId=6864",
      "Conwy and Denbighshire Public Services Board (2024)", "wales", 2024, "mg", ["resolved_no_that", "dash_noted_narrative"], [
          ("2.", "MINUTES OF LAST MEETING", [D("approved", "RESOLVED that the minutes of the meetings held on 25 September 2023 and 12 December 2023 be received and recorded as accurate.")]),
          ("3.", "OVERVIEW OF PREVIOUS MEETING DECISIONS AND ACTIONS FOR APPROVAL", [
              "Inverse Care Law – noted.", "Community Engagement Plan Development – noted.  No revised plan had been produced since the last meeting.",
              D("noted", "RESOLVED the Public Service Board note the decisions and actions.")]),
      ], subtitle="Conwy and Denbighshire Public Services Board - 11 March 2024"),

    C("epping-lsp-2008", "https://rds.eppingforestdc.gov.uk/ieListDocuments.aspx?CId=621&MeetingId=5618", "Epping Forest Local Strategic Partnership Board",
      "ics", 2008, "mg", ["were_agreed_short", "recommendation_was_agreed"], [
          ("1.", "Apologies for absence", ["Apologies were read out by the administrator."]),
          ("2.", "Minutes of the previous Board Meeting", [D("approved", "Minutes of previous Board Meeting (25 September 2008) were agreed."), "There were no matters arising"]),
          ("3.", "New Partnership Agreement", [
              "The Chief Executive presented the paper on new organisational and constitutional arrangements; the recommendations were taken in turn.",
              ]),
          ("3.1", "Refocusing the LSP's Role", [D("agreed", "All recommendations were agreed")]),
          ("3.3", "Proposed New Structure and Ways of Working", [
              "Members asked where the steering group sat in the structure and how task groups would be briefed.",
              D("agreed", "Recommendation 3 was agreed.")]),
      ], subtitle="Local Strategic Partnership Board - Thursday 18th December 2008 2.00 pm"),

    C("oxfordshire-cabinet-2016", "https://mycouncil.oxfordshire.gov.uk/ieListDocuments.aspx?CId=115&MID=4346", "Oxfordshire County Council Cabinet",
      "other", 2016, "mg", ["approved_and_signed_correct_record", "slash_numbering"], [
          ("1/16", "Apologies for Absence", ["An apology was received from Councillor Ned Cole."]),
          ("2/16", "Minutes", [D("approved", "The Minutes of the meeting held on 15 December 2015 were approved and signed as a correct record.")]),
          ("3/16", "Questions from County Councillors", ["Councillor Tanner asked how the proposed council tax rise would be explained to residents; the Cabinet Member replied."]),
      ], subtitle="Cabinet - Tuesday, 26 January 2016 2.00 pm", heading="Agenda, decisions and minutes",
      agenda={"2/16": "To approve the minutes of the meeting held on 15 December 2015 and to receive information arising from them."}),

    C("gwh-nhsft-2019", "https://gwh.moderngov.co.uk/ieListDocuments.aspx?CId=126&MId=1673&Ver=4", "Great Western Hospitals NHS Foundation Trust Board",
      "trust", 2019, "mg", ["adopted_and_signed", "resolved_own_line_then_that", "slash_numbering", "minute_refs_inside"], [
          ("337/18", "Apologies for Absence and Chairman's Welcome", ["The Chair welcomed all to the Board meeting.", "Apologies were received as outlined above."]),
          ("339/18", "Minutes", [
              D("approved", "The minutes of the meeting of the Board held on 7 February 2019 were adopted and signed as a correct record, subject to the following amendments: -"),
              "314/18 :  Quality Report : Mortality Indicator  -  Change the word 'target' to 'mean'"]),
          ("340/18", "Outstanding actions of the Board (public)", [
              "The Board received and considered the outstanding action list with the following comments:-",
              "314/18  :  Quality Report  :  Complaints  -  The split between complex and simple complaints would be shown in the next report.",
              D("noted", "RESOLVED", "that completed actions be removed from the tracker and the updates be noted.")]),
      ], subtitle="Trust Board - Thursday, 4th April, 2019 9.30 am", pdficon=True),

    C("denbighshire-stub-agenda-wmas-2025", "https://www.wmas.nhs.uk/?p=6589", "West Midlands Ambulance Service University NHS Foundation Trust Board",
      "trust", 2025, "wp", ["agenda_only_no_decisions", "item_word_numbering"], [
          ("Item 1", "Chairman's matters & Apologies received (Verbal)", []),
          ("Item 3", "Board Minutes Lead by the Chair", ["a. To approve the Minutes of the meeting held on 24 September 2025 as a correct record of that meeting. (Paper 01)"]),
          ("Item 4", "Action Log and any matters arising", ["To review the Board action log and agree that completed actions be closed."]),
      ], subtitle="Board of Directors meeting in public - 26 November 2025", head="{num}\n{title}", head_tag="h4"),
]

CASES += [
    # ------------------------------------------------------------------ CCG governing bodies, ICBs, ICS/STP boards
    C("derbyshire-ccg-gb-2022", "https://joinedupcarederbyshire.co.uk/governing-body-meeting/governing-body-meeting-january-2022",
      "NHS Derby and Derbyshire CCG Governing Body", "ccg", 2022, "wp", ["caps_verbs_body", "prefixed_slash_numbering"], [
          ("GBP/2122/214", "Welcome, Apologies & Quoracy", ["The Clinical Chair welcomed members to the meeting.", "Apologies were received and noted as above.", "It was confirmed that the meeting was quorate."]),
          ("GBP/2122/215", "Questions received from members of the public", ["No questions were received from members of the public."]),
          ("GBP/2122/219", "Covid-19 Vaccination Programme Update", [
              "The Chief Nursing Officer reported on booster uptake and the outreach work with housebound patients.",
              D("noted", "The Governing Body RECEIVED and NOTED the update on the vaccination programme.")]),
          ("GBP/2122/222", "Minutes of the Governing Body meeting held on 2nd December 2021", [
              D("approved", "The minutes from the above meeting were agreed as an accurate record of the discussions held.")]),
          ("GBP/2122/224", "Corporate Risk Register", [
              "The Head of Governance summarised the changes to the register, including two new risks on workforce.",
              D("approved", "The Governing Body RESOLVED to APPROVE the closure of risk 04 and the two new risks on the register.")]),
      ], subtitle="Derby and Derbyshire CCG Governing Body Meeting in Public, 13th January 2022",
      preamble=["CONFIRMED", "Present:", "Dr Ann Cole AC Clinical Chair"], head="{num}: {title}", head_tag="strong"),

    C("liverpool-ccg-gb-2015", "https://studylib.net/doc/18696860/minutes---liverpool-ccg", "NHS Liverpool CCG Governing Body",
      "ccg", 2015, "pdf", ["body_colon_bullets", "number_above_caps_title"], [
          ("1.1", "DECLARATIONS OF INTEREST", ["There were no declarations of interest specific to the meeting."]),
          ("1.2", "MINUTES & ACTION POINTS FROM THE LAST MEETING", [D("approved", "The minutes of the previous meeting on 10th November 2015 were agreed as an accurate record.")]),
          ("2.1", "CHIEF OFFICER'S REPORT", [
              "The Chief Officer reported on winter pressures, the new urgent care centre and the primary care estates review.",
              DB("noted", "The Governing Body:", ["noted the contents of the report;", "received the update on the urgent care centre."])]),
          ("2.2", "COMMISSIONING POLICY FOR FERTILITY SERVICES", [
              "The Head of Quality described the consultation and the equality analysis carried out.",
              DB("approved", "The Governing Body:", ["approved the revised policy for implementation from 1 April 2016;", "asked for a review after twelve months."])]),
      ], subtitle="NHS LIVERPOOL CLINICAL COMMISSIONING GROUP GOVERNING BODY Minutes of meeting held on TUESDAY 8TH DECEMBER 2015", layout="numcol"),

    C("merton-ccg-gb-2016", "https://careersdocbox.com/amp/79275147-Nursing/Minutes-merton-clinical-commisioning-group-governing-body-part-1.html",
      "NHS Merton CCG Governing Body", "ccg", 2016, "pdf", ["resolved_colon_body_verb", "dotted_item_numbers"], [
          ("1.", "Welcome and Apologies", ["The Chair welcomed members and the public. Apologies are recorded above."]),
          ("3.", "Minutes of the Meeting held on 24 November 2015", [D("approved", "RESOLVED: The Governing Body approved the minutes of the meeting held on 24 November 2015 as an accurate record.")]),
          ("6.", "Operating Plan 2016/17", [
              "The Director of Commissioning presented the draft plan, which had to be submitted to NHS England by 8 February.",
              D("agreed", "RESOLVED: The Governing Body delegated final sign-off of the Operating Plan to the Chief Officer and the Chair.")]),
          ("7.", "Quality Report", ["The Chief Nurse presented the quality report.", D("noted", "RESOLVED: The Governing Body noted the Quality Report.")]),
      ], subtitle="Minutes of Part 1 of the Merton Clinical Commissioning Group Governing Body Tuesday, 26th January 2016"),

    C("west-kent-ccg-gb-2017", "https://careersdocbox.com/amp/86936859-Nursing/Draft-minutes-of-the-nhs-west-kent-ccg-governing-body-meeting-held-in-public.html",
      "NHS West Kent CCG Governing Body", "ccg", 2017, "txt", ["it_was_agreed", "were_approved_correct_record", "wrapped_lines"], [
          ("GB/17/41", "Minutes of the meeting held on 25 April 2017", [D("approved", "With two minor corrections made, it was agreed that the Minutes be approved as a correct record.")]),
          ("GB/17/42", "Matters arising and action log", ["The action log was reviewed and all actions were either complete or in hand."]),
          ("GB/17/45", "Mental Health Services Procurement", [
              "The Director of Commissioning explained the evaluation of the three bids and the mobilisation timetable for the new service.",
              D("approved", "The Governing Body APPROVED the award of the contract to the preferred bidder, subject to completion of due diligence.")]),
          ("GB/17/46", "Stroke Review", ["The Programme Director reported that the independent panel report was awaited.",
                                       D("deferred", "It was agreed that a decision on the preferred option be deferred to the September meeting.")]),
      ], subtitle="DRAFT MINUTES of the NHS West Kent CCG Governing Body Meeting Held in Public, 27 June 2017", wrap=88, para_gap=False),

    C("cambs-pboro-ccg-gb-2021", "https://www.cambridgeshireandpeterboroughccg.nhs.uk/about-us/governing-body-meetings/",
      "NHS Cambridgeshire and Peterborough CCG Governing Body", "ccg", 2021, "pdf", ["agreed_colon_caps", "decision_table_i_ii"], [
          ("21/31", "Minutes of the Previous Meeting", [D("approved", "AGREED: The minutes of the meeting held on 11 May 2021 were approved as a true record.")]),
          ("21/34", "Finance Report Month 2", ["The Chief Finance Officer presented the month 2 position, which was on plan.",
                                               D("noted", "AGREED: The Governing Body noted the financial position at month 2.")]),
          ("21/35", "Decisions taken under emergency governance", [
              T(["Ref", "Decision"], [(["i)", "The Governing Body ratified the extension of the discharge-to-assess contract to March 2022."], "approved", 1),
                                       (["ii)", "The Governing Body ratified the award of winter funding to the three community providers."], "approved", 1)])]),
      ], subtitle="NHS Cambridgeshire and Peterborough Clinical Commissioning Group Governing Body - Minutes of the meeting held on 6 July 2021",
      table_items=False),

    C("nhs-humber-nyorks-icb-2023", "https://humberandnorthyorkshire.icb.nhs.uk/meetings-and-papers/", "NHS Humber and North Yorkshire ICB Board",
      "icb", 2023, "pdf", ["board_caps_verb", "numbered_items"], [
          ("1.", "Welcome and Introductions", ["The Chair welcomed everyone, including members of the public observing the meeting."]),
          ("4.", "Minutes of the previous meeting held on 8 March 2023", [D("approved", "The Board APPROVED the minutes of the meeting held on 8 March 2023 as a true and accurate record.")]),
          ("7.", "Joint Forward Plan", ["The Director of Strategy outlined the draft five-year plan and the engagement with the six places.",
                                         D("approved", "The Board APPROVED the draft Joint Forward Plan for publication, subject to comments from the Health and Wellbeing Boards.")]),
          ("9.", "Integrated Quality Report", ["The Chief Nurse highlighted pressures in maternity and mental health services.",
                                                D("noted", "The Board NOTED the report and the assurance provided.")]),
      ], subtitle="Minutes of the Integrated Care Board meeting held on 10 May 2023", layout="plain"),

    C("blmk-icb-2023", "https://bedfordshirelutonandmiltonkeynes.icb.nhs.uk/about-us/board-meetings/", "NHS Bedfordshire, Luton and Milton Keynes ICB Board",
      "icb", 2023, "pdf", ["board_resolved_to_bullets", "dotted_decimal_items"], [
          ("2.1", "Minutes of the last meeting", [D("approved", "The minutes of the meeting held on 27 January 2023 were approved.")]),
          ("4.1", "ICB Financial Plan 2023/24", [
              "The Chief Finance Officer set out the planned deficit and the efficiency programme needed to reach balance.",
              DB("approved", "The Board resolved to:", ["Approve the financial plan for 2023/24;", "Note the risks to delivery set out in section 5."])]),
          ("5.2", "Board Assurance Framework", [D("noted", "The Board noted the Board Assurance Framework.")]),
      ], subtitle="NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board - Minutes of the Board meeting held on 31 March 2023", layout="numcol"),

    C("central-lancs-icp-2021", "https://www.healthierlsc.co.uk/central-lancs/about/central-lancashire-our-areas-focus/icp-board-key-messages-8th-july-2021",
      "Central Lancashire Integrated Care Partnership Board", "ics", 2021, "wp", ["decision_action_label", "key_messages"], [
          (None, "Internal ICP Development Plan Highlight Report", [
              "The Programme Director described the new highlight report which would track the partnership's development plan in real time.",
              D("approved", "Decision/Action: The Board welcomed the report and supported the new format.")]),
          (None, "Development Plan Governance Products", [
              "The Programme Director presented the refreshed vision, values and partnership agreement for approval.",
              D("approved", "Decision/Action: The Board approved all the recommendations related to each product subject to some minor amendments to wording.")]),
          (None, "ICP Performance Dashboard", ["The dashboard showed continued pressure on elective waiting lists.",
                                               D("noted", "Decision/Action: The Board noted the dashboard and asked for a focus on cancer waits next time.")]),
      ], subtitle="ICP Board Key Messages - 8th July 2021", head="{title}", head_tag="h3"),

    C("lsc-jcccg-2018", "https://www.healthierlsc.co.uk/news-and-events/latest-news/key-messages-joint-committee-clinical-commissioning-groups-4th-october",
      "Lancashire and South Cumbria Joint Committee of CCGs", "ics", 2018, "wp", ["joint_committee_approved_bullets", "brought_back_deferred"], [
          (None, "Commissioning Policies", [
              DB("approved", "The Joint Committee approved three commissioning policies for implementation which included:", [
                  "Policy for the management of glue ear using grommets", "Policy for photorefractive eye surgery", "Policy for insulin pumps for adults"]),
              D("deferred", "The Joint Committee deferred the policy for spinal injections to its November meeting, when the clinical recommendations will have been considered.")]),
          (None, "Consultation framework", [D("approved", "The Joint Committee approved a Consultation Framework setting out the principles for large scale service change.")]),
      ], subtitle="Key messages from the Joint Committee of Clinical Commissioning Groups on 4th October", head="{title}", head_tag="h3"),

    C("sy-jccg-decision-summary-2017", "https://careersdocbox.com/amp/79336622-Nursing/South-west-london-committee-for-collaborative-decision-making-16-november-2017-17-00-19-00-rooms-6-2-the-broadway-sw19-1rh.html",
      "Joint Committee of Clinical Commissioning Groups (South Yorkshire and Bassetlaw) - Decision Summary", "ics", 2017, "pdf", ["item_description_decision_table", "decision_summary_table"], [
          (None, "Decision Summary for CCG Boards", [
              "Meeting held 21 February 2017, 9:30 - 11:30 am, Barnsley CCG.",
              T(["Item", "Description", "Decision"], [
                  (["1", "Minutes of the meeting held on 17 January 2017", "Approved as an accurate record."], "approved", 2),
                  (["2", "Hyper Acute Stroke Services", "The Joint Committee agreed to proceed to consultation on the preferred option."], "agreed", 2),
                  (["3", "Children's Surgery and Anaesthesia", "Deferred to the March meeting pending the clinical senate review."], "deferred", 2),
                  (["4", "Risk register", "Noted."], "noted", 2)])]),
      ], subtitle="Joint Committee of Clinical Commissioning Groups - Decision Summary", layout="plain"),

    C("ncl-ccg-gb-2020", "https://northcentrallondonccg.nhs.uk/meetings-publications/governing-body/", "NHS North Central London CCG Governing Body",
      "ccg", 2020, "pdf", ["decision_colon_caps", "numbered_items"], [
          ("1.1", "Welcome and apologies", ["The Chair welcomed members to the first meeting held on a virtual platform."]),
          ("1.4", "Minutes of the previous meeting", [D("approved", "DECISION: The Governing Body APPROVED the minutes of the meeting held on 19 March 2020.")]),
          ("2.1", "Covid-19 Governance Arrangements", ["The Director of Corporate Affairs described the temporary arrangements for urgent decisions.",
                                                        D("approved", "DECISION: The Governing Body RATIFIED the temporary governance arrangements and the decisions taken under them.")]),
          ("3.2", "Annual Report and Accounts", [D("deferred", "DECISION: The Governing Body DEFERRED approval of the annual report to an extraordinary meeting in June.")]),
      ], subtitle="NCL CCG Governing Body - Minutes of the meeting held on 18 June 2020", layout="numcol"),

    C("greater-preston-ccg-gb-2019", "https://www.greaterprestonccg.nhs.uk/governing-body-meetings", "NHS Greater Preston CCG Governing Body",
      "ccg", 2019, "txt", ["resolved_colon_own_line", "that_parts", "lettered_items"], [
          ("19/51", "Minutes of the last meeting", [D("approved", "RESOLVED:", "That the minutes of the meeting held on 22 May 2019 be approved as a correct record.")]),
          ("19/54", "Primary Care Networks", [
              "The Director of Primary Care reported that all practices had joined one of the seven networks by the deadline.",
              D("noted", "RESOLVED:", "That the Governing Body notes the formation of the Primary Care Networks.")]),
          ("19/55", "Clinical Policies Harmonisation", ["The Medical Director presented the harmonised policies across the four CCGs.",
                                                         D("rejected", "RESOLVED:", "That the proposed policy on cataract thresholds not be approved and be referred back to the clinical policies group.")]),
      ], subtitle="NHS GREATER PRESTON CCG GOVERNING BODY - MINUTES - 24 July 2019", wrap=80, para_gap=True),

    # ------------------------------------------------------------------ combined authorities
    C("gmca-2019", "https://docslib.org/doc/12693290/minutes-of-the-greater-manchester-combined-authority-meeting-held-on-31-may-2019-at-trafford-town-hall",
      "Greater Manchester Combined Authority", "combined_authority", 2019, "txt", ["resolved_slash_dash", "bare_that_no_trigger", "prefixed_item_numbers"], [
          ("GMCA 96/19", "APOLOGIES", [D("noted", "That apologies be received from Sam Holt, Chief Executive Tameside Council and Lee Dunn, Chief Executive Bolton Council.")]),
          ("GMCA 97/19", "CHAIR'S ANNOUNCEMENTS AND URGENT BUSINESS", [
              D("agreed", "RESOLVED/-", "1. That the GMCA and Mayor of GM formally welcome the two new council leaders as members of the GMCA.",
                "2. That the GMCA record its thanks to the two retiring leaders for their contributions to GM.")]),
          ("GMCA 98/19", "DECLARATIONS OF INTEREST", ["There were no declarations of interest made in relation to any item on the agenda."]),
          ("GMCA 99/19", "GM HEALTH AND SOCIAL CARE PARTNERSHIP UPDATE", [
              "The Chief Officer of the Partnership gave an update on the population health plan and the mental health strategy.",
              D("noted", "RESOLVED /-", "That the update be noted.")]),
      ], subtitle="MINUTES OF THE GREATER MANCHESTER COMBINED AUTHORITY MEETING HELD ON 31 MAY 2019", wrap=90),

    C("gmca-notice-2020", "https://docslib.org/doc/4163280/gmca-decision-notice-26-june-2020", "Greater Manchester Combined Authority - Notice of Decisions",
      "combined_authority", 2020, "txt", ["decision_notice_bare_that", "numbered_that_parts"], [
          ("1.", "APOLOGIES", [D("noted", "That the apologies be received and noted from Councillor Jo Bell (Wigan).")]),
          ("2.", "APPOINTMENT OF CHAIR – 2020/21", [D("noted", "That it be noted that the GM Mayor, under part 5A, Section 4 of the GMCA Constitution is the Chair of the GMCA (ex-officio).")]),
          ("3.", "APPOINTMENT OF VICE CHAIRS – 2020/21", [
              D("agreed", "1. That it be noted that Councillor Ray Lunn is automatically appointed as a Vice Chair of the GMCA.",
                "2. That the appointment of Councillor Beth Ward as a Vice Chair of the GMCA be agreed.")]),
      ], subtitle="NOTICE OF DECISIONS AGREED AT THE GREATER MANCHESTER COMBINED AUTHORITY HELD ON FRIDAY, 26 JUNE, 2020", wrap=95),

    C("gmca-delegated-2020", "https://democracy.greatermanchester-ca.gov.uk/mgDelegatedDecisions.aspx?&DR=22%2f11%2f2020-06%2f12%2f2020&RP=0&K=0&DM=0&HD=0&DS=2&Next=true&META=mgdelegateddecisions&V=1",
      "Greater Manchester Combined Authority - Decisions published", "combined_authority", 2020, "wp", ["moderngov_decisions_list", "decision_colon_numbered"], [
          (None, "27/11/2020 - Minutes of the GMCA Standards Committee held 19 November 2020 ref: 608    Recommendations Approved", [
              "Decision Maker: Greater Manchester Combined Authority", "Decision published: 30/11/2020",
              D("noted", "Decision:", "That the minutes of the GMCA Standards Committee meeting held on 19 November 2020 be noted.")]),
          (None, "27/11/2020 - Youth Homelessness Prevention Pathfinder ref: 589    Recommendations Approved", [
              "Decision Maker: Greater Manchester Combined Authority", "Decision published: 30/11/2020",
              D("approved", "Decision:", "1.      That approval be given to release £663,000 from the Reform Investment Fund to launch the Pathfinder.",
                "2.      That the offer from Wigan Council to take part in the Pathfinder be welcomed.")]),
      ], subtitle="Decisions", head="{title}", head_tag="h3"),

    C("wyca-2019", "https://www.westyorks-ca.gov.uk/governance/meetings/", "West Yorkshire Combined Authority", "combined_authority", 2019, "pdf",
      ["resolved_that_numbered_parts", "numbered_items"], [
          ("41.", "Minutes of the meeting held on 4 April 2019", [D("approved", "Resolved: That the minutes of the Combined Authority held on 4 April 2019 be approved and signed by the Chair.")]),
          ("44.", "West Yorkshire and Harrogate Health and Care Partnership", [
              "The Partnership's Chief Officer introduced the five-year plan and its links to the inclusive growth framework.",
              D("approved", "Resolved:", "(i) That the update from the Health and Care Partnership be noted.",
                "(ii) That the Combined Authority endorse joint work on the health and work programme.")]),
      ], subtitle="MINUTES OF THE MEETING OF THE WEST YORKSHIRE COMBINED AUTHORITY HELD ON THURSDAY, 27 JUNE 2019", layout="plain"),

    # ------------------------------------------------------------------ NHS trusts (England)
    C("southern-health-2017", "https://paperzz.com/doc/9128830/southern-health-nhs-foundation-trust", "Southern Health NHS Foundation Trust Board",
      "trust", 2017, "txt", ["numbered_paragraphs", "minutes_approved_paragraph"], [
          ("1.", "Chair's Welcome and Meeting Protocol", ["1.1. The Chair welcomed members to the meeting, which he opened at 10:20."]),
          ("2.", "Apologies for Absence", ["2.1. The Chair noted apologies from Jean Ray, Non-Executive Director."]),
          ("5.", "Minutes of Last Meeting (28.03.2017) and matters arising", [
              "5.1. In consideration of the minutes of the meeting held on 28.03.2017, the following amendment was made: the reference to the audit committee should read quality committee.",
              D("approved", "5.2. The minutes were approved as a correct record subject to the amendment above.")]),
          ("8.", "Learning from Deaths Report", ["8.1. The Medical Director presented the quarterly report and the themes from case note reviews.",
                                                D("noted", "8.2. The Board noted the report.")]),
      ], subtitle="Southern Health NHS Foundation Trust Minutes of the Board Meeting in Public Tuesday 25 April 2017", wrap=100, para_gap=False),

    C("velindre-trust-2016", "https://careersdocbox.com/amp/96310136-Nursing/Velindre-nhs-trust-trust-board-meeting.html", "Velindre NHS Trust Board",
      "wales", 2016, "pdf", ["board_resolved_to_caps", "dotted_items"], [
          ("1.3", "Minutes of the meeting held on 28 January 2016", [D("approved", "The minutes were APPROVED as an accurate record.")]),
          ("3.1", "Integrated Medium Term Plan 2016-2019", [
              "The Director of Planning presented the plan, which had been developed with the divisions and commissioners.",
              DB("approved", "The Trust Board RESOLVED to:", ["APPROVE the Integrated Medium Term Plan for submission to Welsh Government;", "NOTE the financial risks described."])]),
      ], subtitle="VELINDRE NHS TRUST - TRUST BOARD MEETING - 31 March 2016", layout="numcol"),

    C("nlg-trust-2020", "https://www.nlg.nhs.uk/about/board-meetings/", "Northern Lincolnshire and Goole NHS Foundation Trust Board",
      "trust", 2020, "pdf", ["item_description_decision_table", "decision_log_rows"], [
          (None, "Summary of decisions", [
              T(["Item", "Description", "Decision"], [
                  (["20/101", "Minutes of the meeting held on 5 May 2020", "Approved as a correct record"], "approved", 2),
                  (["20/104", "Covid-19 recovery plan", "The Board approved the recovery plan for elective services"], "approved", 2),
                  (["20/106", "Freedom to Speak Up report", "Noted"], "noted", 2),
                  (["20/108", "Standing orders review", "Deferred to September"], "deferred", 2)])]),
      ], subtitle="Trust Board - 7 July 2020 - Summary of decisions", layout="plain"),

    C("candi-trust-2022", "https://www.candi.nhs.uk/about-us/who-we-are/board-papers-and-minutes", "Camden and Islington NHS Foundation Trust Board",
      "trust", 2022, "txt", ["the_board_agreed_colon_bullets", "item_word_numbers"], [
          ("Item 3", "Minutes of the previous meeting", [D("approved", "The minutes of the meeting held on 24 March 2022 were agreed as an accurate record.")]),
          ("Item 7", "Estates Strategy", ["The Director of Estates presented the refreshed strategy and the plan for the new inpatient unit.",
                                          DB("approved", "The Board agreed:", ["to approve the Estates Strategy;", "to receive a progress report in six months."])]),
          ("Item 9", "Guardian of Safe Working Report", [D("noted", "The Board noted the report.")]),
      ], subtitle="Minutes of the Board of Directors meeting held in public on 26 May 2022", wrap=92, bullet="•"),

    C("bolton-ft-2019", "https://www.boltonft.nhs.uk/about-us/trust-profile/board-of-directors-meetings/2019-board-meetings/", "Bolton NHS Foundation Trust Board of Directors",
      "trust", 2019, "pdf", ["table_minute_action_layout", "resolved_in_column"], [
          ("BOD/19/01", "Minutes of the previous meeting", [D("approved", "The minutes of the meeting held on 20 December 2018 were approved as a correct record.")]),
          ("BOD/19/04", "Integrated Performance Report", ["The Chief Operating Officer summarised performance against the four-hour standard.",
                                                           D("noted", "RESOLVED: The Board noted the report.")]),
          ("BOD/19/06", "Winter Plan Review", ["The Board discussed the additional beds opened over the holiday period.",
                                               D("agreed", "RESOLVED: The Board agreed to fund the ambulatory care unit until the end of March.")]),
      ], subtitle="Board of Directors - Minutes - 31st January 2019", layout="numcol"),

    # ------------------------------------------------------------------ Northern Ireland
    C("ni-hscb-2019", "https://vdocuments.mx/minutes-of-the-health-and-social-care-board-held-at-a-download-a-public-meetings.html", "Health and Social Care Board (Northern Ireland)",
      "ni", 2019, "txt", ["caps_approved_in_sentence", "slash_year_items"], [
          ("44/19", "CHAIR'S REMARKS", ["Commencing his remarks, the Chair thanked the non-executive director who had chaired the April meeting."]),
          ("45/19", "MINUTES OF PREVIOUS MEETING", [D("approved", "The minutes of the previous meeting, held on 11 April 2019, were APPROVED as an accurate record of that meeting.")]),
          ("48/19", "COMMISSIONING PLAN 2019/20", ["The Director of Commissioning presented the plan, which had been developed with the Public Health Agency.",
                                                  D("approved", "Members APPROVED the Commissioning Plan 2019/20 for submission to the Department.")]),
          ("49/19", "FINANCE REPORT", [D("noted", "Members NOTED the Finance Report.")]),
      ], subtitle="MINUTES OF THE HEALTH AND SOCIAL CARE BOARD HELD AT 10.00AM ON THURSDAY 9 MAY 2019", wrap=95),

    C("belfast-hsct-2010", "http://financedocbox.com/Tax_Planning/118939414-Director-of-social-and-primary-care-director-specialist-hospitals-women-s-and-children-s-health-acting-director-cancer-and-specialist-services.html",
      "Belfast Health and Social Care Trust Board", "ni", 2010, "txt", ["considered_and_approved", "tb_prefix_items"], [
          ("TB56/10", "Minutes of Previous Meeting", [D("approved", "The minutes of the previous meeting held on 7 October, 2010 were considered and approved by members.")]),
          ("TB57/10", "Matters Arising", ["There were no matters arising."]),
          ("TB58/10", "Chairman's Business", ["a. Conflict of Interests", "The Chairman asked members to declare any conflicts of interest. None were reported."]),
          ("TB61/10", "Corporate Risk Register", ["The Director of Finance introduced the register.",
                                                 D("approved", "The Trust Board approved the Corporate Risk Register.")]),
      ], subtitle="Minutes of the Trust Board Meeting held on Thursday 2 December 2010", wrap=100, para_gap=False),

    C("pha-ni-2010", "https://docsbay.net/minutes-of-the-twelfth-meeting-of-the-public-health-agency-board-held-at-10-15-am-on-thursday",
      "Public Health Agency Board (Northern Ireland)", "ni", 2010, "txt", ["members_agreed", "slash_separated_items", "duly_signed"], [
          ("13/10", "Chair's Business", ["The Chair welcomed members and listed the meetings she had attended since January."]),
          ("14/10", "Minutes of Meeting held on 21 January 2010", [D("approved", "Members agreed the minutes of the meeting of 21 January 2010 as an accurate record and the minutes were duly signed by the Chair.")]),
          ("16/10", "Investing for Health Update", ["The Director of Public Health gave an update on the Investing for Health partnerships.",
                                                     D("noted", "Members noted the update.")]),
      ], subtitle="Minutes of the Twelfth Meeting of the Public Health Agency board held at 10.15 am on Thursday 18 February 2010",
      head="{num} / {title}", wrap=100, para_gap=False),

    C("se-hsct-2014", "https://fdocuments.us/document/south-eastern-health-and-social-care-1-south-eastern-health-and-social-care-trust.html",
      "South Eastern Health and Social Care Trust Board", "ni", 2014, "txt", ["approved_and_signed", "caps_titles_slash_items"], [
          ("121/14", "DECLARATION OF POTENTIAL CONFLICT OF INTERESTS WITH ANY BUSINESS ITEMS ON THE AGENDA", ["No conflict of interest with any business item on the agenda was declared."]),
          ("123/14", "MINUTES OF PREVIOUS MEETING", [D("approved", "The minutes of the previous meeting held on 22 October 2014 were approved and signed by the Chairman.")]),
          ("126/14", "MID-YEAR ASSURANCE STATEMENT", ["The Board Secretary presented the statement.",
                                                     D("approved", "Trust Board APPROVED the Mid-Year Assurance Statement.")]),
      ], subtitle="SOUTH EASTERN HEALTH AND SOCIAL CARE TRUST Minutes of a Public meeting held on Wednesday 26 November 2014", wrap=90),

    # ------------------------------------------------------------------ Wales
    C("wast-2017", "https://docsbay.net/confirmed-minutes-of-the-closed-meeting-of-the-welsh-ambulance-services-nhs-trust-board",
      "Welsh Ambulance Services NHS Trust Board", "wales", 2017, "txt", ["resolved_colon_that", "slash_separated_items"], [
          ("18/17", "RESOLUTION TO MEET IN CLOSED SESSION", ["Representatives of the press and public were excluded because of the confidential nature of the business."]),
          ("19/17", "PROCEDURAL MATTERS", ["The Chairman welcomed all and reminded Members that the meeting was being audio recorded.",
                                           D("noted", "RESOLVED: That the standing declarations of two Board members were noted.")]),
          ("20/17", "INTERIM COVER ARRANGEMENTS", ["The Board Secretary explained the arrangements during the Chief Executive's leave.",
                                                    D("approved", "RESOLVED: That the interim cover arrangements be approved.")]),
      ], subtitle="CONFIRMED MINUTES OF THE CLOSED MEETING OF THE WELSH AMBULANCE SERVICES NHS TRUST BOARD, HELD ON THURSDAY 14 DECEMBER 2017",
      head="{num} / {title}", wrap=100, para_gap=False),

    C("phw-2011", "https://docsbay.net/doc/1031255/present-in-part", "Public Health Wales NHS Trust Board", "wales", 2011, "txt",
      ["lettered_sub_heading", "were_approved_accurate_record"], [
          ("1.", "Welcome & Apologies for Absence", ["The Chair welcomed all in attendance to the eleventh meeting of the Board."]),
          ("3.", "Minutes from Public Health Wales Board meeting held on 14 February 2011", [
              "a) Approval of Minutes", D("approved", "The minutes were approved as an accurate record of the meeting."),
              "b) Actions Arising", "The Board Secretary updated the Board on each action point."]),
          ("5.", "Annual Operating Framework", ["The Director of Planning presented the framework.",
                                               D("approved", "The Board endorsed the framework subject to the changes discussed.")]),
      ], subtitle="Minutes from the Eleventh Meeting of the Public Health Wales Board, 11 April 2011", head="{num} / {title}", wrap=100, para_gap=False),

    C("hywel-dda-upb-2015", "https://paperzz.com/doc/8275634/approved-upb-minutes-16th-november-2015", "Hywel Dda University Partnership Board",
      "wales", 2015, "pdf", ["bracket_year_items", "board_caps_noted"], [
          ("UPB(15)16", "Welcome and Introductions", ["The Chair opened the meeting and welcomed all attendees."]),
          ("UPB(15)18", "Minutes of the previous meeting", [D("approved", "The minutes of the meeting held on 13 July 2015 were APPROVED as a correct record.")]),
          ("UPB(15)20", "Research and Development Strategy", ["The Director of R&D presented the joint research strategy.",
                                                             D("approved", "The University Partnership Board NOTED the strategy and SUPPORTED the proposed joint appointments.")]),
      ], subtitle="APPROVED MINUTES OF THE UNIVERSITY PARTNERSHIP BOARD MEETING 16 November 2015", layout="numcol"),

    C("ceredigion-psb-2016", "https://docslib.org/doc/3416649/ceredigion-public-services-board", "Ceredigion Public Services Board",
      "wales", 2016, "txt", ["decision_colon_inline", "decimal_items"], [
          ("2.1", "Apologies, Introductions & Disclosures of interest", ["Apologies were received from three members. No interests were disclosed."]),
          ("2.2", "Minutes of the last meeting", [D("approved", "Decision: The minutes of the meeting held on 4 April 2016 were accepted as a true record.")]),
          ("2.4", "Well-being Assessment", ["The Future Generations Manager outlined the timetable for the assessment.",
                                           D("agreed", "Decision: The Board agreed the timetable and the approach to engagement.")]),
      ], subtitle="Ceredigion Public Services Board Meeting 2 - 4th of July 2016 - MINUTES", wrap=95),

    C("gwent-psb-2022", "https://www.gwentpsb.org/wp-content/uploads/2022/09/02-Draft-Notes-of-Gwent-PSB-meeting-of-30th-June-2022-for-agreement-at-29-Sept-meeting.htm",
      "Gwent Public Services Board", "wales", 2022, "wp", ["caps_agreed_sentence", "word_html_numbered"], [
          ("1.", "Welcome and apologies", ["The Chair welcomed members to the fourth business meeting of the Board."]),
          ("2.", "Notes of the previous meeting", [D("approved", "The Board AGREED the notes of the meeting held on 24 March 2022 as an accurate record.")]),
          ("4.", "Well-being Plan development", ["The lead officer described the regional engagement plan and the draft objectives.",
                                                 D("agreed", "The Board AGREED the draft objectives for consultation.")]),
      ], subtitle="Gwent Public Services Board - 4th Business Meeting - 30th June 2022 - Notes of Meeting", head="{num} {title}", head_tag="strong"),

    C("wrexham-cypp-2006", "https://docsbay.net/distribution-as-above-cc-andrew-figiel-minutes-taken-by-katrina-chalk",
      "Wrexham Children and Young People's Partnership Framework Board", "wales", 2006, "wp", ["decision_agreed_by_all", "it_was_agreed_by"], [
          ("1.", "Apologies", [B("", ["Three members sent apologies."]),
                               "Confirmation of Chair",
                               D("agreed", "It was agreed by the Partners that the Strategic Director would act as Chair and the voluntary sector lead as Vice Chair.")]),
          ("2.", "Matters arising and previous minutes", [
              "The Chair asked that the meeting formally acknowledge the new partnership structure.",
              D("agreed", "Decision: Agreed by all Partners")]),
      ], subtitle="Children and Young People's Framework Partnership Board - 13th December 2006", head="{num} {title}", head_tag="strong"),

    C("welsh-gov-board-2023", "https://gov.wales/welsh-government-board-meeting-13-january-2023-html", "Welsh Government Board",
      "wales", 2023, "wp", ["were_agreed_inside_paragraph", "numbered_paragraphs"], [
          ("1.", "Welcome", [P("1.1 The Chair welcomed all to the Board meeting.", D("approved", "The minutes of the meeting of 2 December were agreed."), "The Chair gave updates on several areas."),
                             "1.2 The Chair welcomed two new non-executive directors to the meeting."]),
          ("3.", "Finance update", ["3.1 The Director of Finance summarised the in-year position.",
                                    D("noted", "3.2 The Board noted the position and the risks for the final quarter.")]),
      ], subtitle="Welsh Government Board meeting: 13 January 2023", head="{num} {title}", head_tag="h2"),

    C("shropshire-partnership-2014", "https://docsbay.net/robin-thompsonchair-shropshire-partnershiprt", "Shropshire Partnership Board",
      "ics", 2014, "txt", ["notes_agreed_true_record", "slash_separated_items"], [
          ("1.", "Welcome and apologies", ["The Chair welcomed everyone to the meeting and apologies were noted (see above)."]),
          ("2.", "Notes of the last meeting and matters arising", [D("approved", "Notes of the last meeting were agreed as a true and correct record.")]),
          ("3.", "Shropshire Compact Developments", ["The consultant gave an overview of the refreshed compact with the voluntary sector.",
                                                    D("agreed", "It was agreed that partners would send comments on the draft compact by the end of the month.")]),
      ], subtitle="Shropshire Partnership Board - Notes", head="{num} / {title}", wrap=95, para_gap=False),

    C("york-lsp-2005", "https://studylib.net/doc/7517618/28th-sep-2005---york-without-walls", "York Local Strategic Partnership Executive Board",
      "ics", 2005, "txt", ["minutes_were_agreed_short", "action_it_was_agreed"], [
          ("1", "WELCOME AND APOLOGIES", ["Partners welcomed the new stakeholder champion for the healthy city theme."]),
          ("2", "MINUTES OF THE MEETING HELD ON 18 JULY", [D("approved", "Minutes of the meeting held on 18 July were agreed.")]),
          ("3", "MATTERS ARISING", ["Partners were told that the PCT would send a substitute until a new chief executive was appointed.",
                                    D("agreed", "Action – It was agreed that the secretariat would write to thank the outgoing chief executive.")]),
      ], subtitle="LOCAL STRATEGIC PARTNERSHIP – EXECUTIVE BOARD Minutes 28 September 2005", wrap=95),

    C("rochford-panel-2020", "https://rochford.gov.uk/partnership-panel-meeting-notes-141020", "Rochford Partnership Panel",
      "other", 2020, "wp", ["note_numbering", "it_was_agreed"], [
          ("Note 01/20", "Welcome and Introductions", ["The chair welcomed participants to the first meeting of the Panel."]),
          ("Note 03/20", "Governance arrangements", ["The Panel was told how it would link with the Partnership Board.",
                                                     D("agreed", "It was agreed that the Panel would meet quarterly, ahead of each Partnership Board.")]),
      ], subtitle="Partnership Panel meeting notes - 14 October 2020", head="{num}\n{title}", head_tag="p"),

    C("sha-cymru-2015", "http://www.shacymruwales.cymru/policies/meetings/officers-meeting-6th-august-2015/", "SHA Cymru Officers' Meeting",
      "wales", 2015, "wp", ["agreed_colon_noted_colon", "these_were_agreed"], [
          (None, "Notes of last meeting", [D("agreed", "These were agreed")]),
          (None, "Matters arising not on the agenda", [D("agreed", "Evidence to the Lords committee on devolved funding: Agreed; a submission to be made using the secretary's draft.")]),
          (None, "Next member meeting", [D("noted", "Noted: the next members meeting would be on 8 September with a guest speaker on public health.")]),
      ], subtitle="Officers' Meeting 6th August 2015", head="{title}", head_tag="h4"),

    C("wmas-agenda-2025", "https://www.wmas.nhs.uk/?p=6589", "West Midlands Ambulance Service University NHS Foundation Trust Board",
      "trust", 2025, "wp", ["agenda_only_no_decisions", "item_word_numbering"], [
          ("Item 1", "Chairman's matters & Apologies received (Verbal)", []),
          ("Item 3", "Board Minutes Lead by the Chair", ["a. To approve the Minutes of the meeting held on 24 September 2025 as a correct record of that meeting. (Paper 01)"]),
          ("Item 4", "Action Log and any matters arising", ["To review the Board action log and agree that completed actions be closed."]),
      ], subtitle="Board of Directors meeting in public - 26 November 2025", head="{num}\n{title}", head_tag="p"),
]

# the WMAS agenda case was first drafted under a placeholder id; keep one copy only
CASES = [c for c in CASES if c["id"] != "denbighshire-stub-agenda-wmas-2025"]

# second wave: bodies and layouts found after the parser was first written (kept as found, scored as they fall)
CASES += [
    C("durham-stp-jhsc-2018", "https://democracy.durham.gov.uk/ieIssueDetails.aspx?IId=50194&Opt=3&PlanId=0",
      "Durham, Darlington, Teesside, Hambleton, Richmondshire and Whitby STP Joint Health Scrutiny Committee", "ics", 2018, "mgissue",
      ["agreed_that_inline", "were_agreed_true_record"], [
          ("4", "Minutes", [D("approved", "Agreed that the minutes of the meeting held on 17 January 2018 be confirmed and signed by the Chair as a correct record subject to fuller reference to the discussion of the three-centre hospital model.")]),
          ("3", "Minutes", [D("approved", "The minutes of the Joint Committee's meeting held on 8 November 2017 were agreed as a true record and there were no matters arising.")]),
      ], issue="Minutes", meetings=["13/03/2018 - STP Joint Health Scrutiny Committee", "17/01/2018 - STP Joint Health Scrutiny Committee"],
      agenda={}),

    C("halton-shadow-hwb-2011", "http://councillors.halton.gov.uk/ieListDocuments.aspx?CId=601&MId=3857&Ver=4", "Halton Shadow Health and Wellbeing Board",
      "hwb", 2011, "mg", ["it_was_agreed", "resolved_colon_that"], [
          ("1", "Board Introductions", ["The Chairman welcomed everyone to the first meeting of the Shadow Board and members introduced themselves."]),
          ("2", "Background and Context", ["The Chief Executive set out what the Shadow Board should achieve over its first year.",
                                          D("agreed", "It was agreed that membership of the Shadow Board would be reviewed regularly during the shadow period.")]),
          ("3", "Terms of Reference", ["The Board considered a report on draft terms of reference and the link to the needs assessment.",
                                       D("approved", "RESOLVED: That the draft Terms of Reference be approved.")]),
      ], subtitle="Shadow Health and Wellbeing Board - Monday, 5th December, 2011 9.00 a.m.", no_numbers=True),

    C("tees-valley-hwb-chairs-2016", "https://docsbay.net/tees-valley-health-and-wellbeing-board-chairs-network", "Tees Valley Health and Wellbeing Board Chairs' Network",
      "hwb", 2016, "txt", ["was_appointed", "agreed_that_dash_bullets", "slash_separated_items"], [
          ("1", "Appointment of Chairman", [D("approved", "Councillor Ray Lane was appointed Chairman of the Network for a two year period.")]),
          ("2", "Development of Terms of Reference/Rules of Procedure", [
              "Members considered outline terms of reference and suggested several changes, including attendance by neighbouring areas.",
              D("agreed", "It was agreed that the weight management contract should be considered at a future meeting of the Network."),
              DB("agreed", "AGREED that:", ["the Rules of Procedure and Terms of Reference be updated to reflect the discussion;",
                                           "a report on the weight management contract be brought to the next meeting."])]),
      ], subtitle="Tees Valley Health and Wellbeing Board Chairs' Network - 26 September 2016", head="{num} / {title}", wrap=95, bullet="-"),

    C("aberdeenshire-ijb-2023", "https://aberdeenshire.moderngov.co.uk/ieListDocuments.aspx?CId=166&MId=7562&Ver=4", "Aberdeenshire Integration Joint Board",
      "ijb", 2023, "mg", ["committee_agreed_after_clause", "numbered_lettered_parts"], [
          ("1", "Sederunt and Declaration of Members' Interests", ["The Chair asked for declarations of interest. None were declared."]),
          ("2", "Public Sector Equality Duty", [
              D("agreed", "In making decisions on the following items of business, the Committee agreed, in terms of Section 149 of the Equality Act 2010:-",
                "(1)       To have due regard to the need to eliminate discrimination and advance equality of opportunity, and",
                "(2)       where an impact assessment has been provided, to take its contents into consideration when reaching a decision.")]),
          ("5", "Chief Officer's Report", ["The Chief Officer reported on the new care home contracts and winter planning.",
                                           D("noted", "The Joint Board agreed to acknowledge the update provided in the report.")]),
      ], subtitle="Integration Joint Board - Wednesday, 10th May, 2023 10.00 am", no_numbers=True,
      agenda={"2": "(1) Consider, and if so decided, adopt the statement on equalities set out in the report."}),

    C("renfrewshire-ijb-2022", "https://renfrewshire.cmis.uk.com/renfrewshire/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/4726/Committee/127/Default.aspx",
      "Renfrewshire Health and Social Care Integration Joint Board", "ijb", 2022, "wp", ["decided_colon_that", "cmis_page"], [
          ("1", "Minute", ["The Minute of the meeting of the Integration Joint Board held on 19 November 2021 was submitted.",
                           D("approved", "DECIDED: That the Minute be approved.")]),
          ("2", "Rolling Action Log", ["The rolling action log was submitted.", D("noted", "DECIDED: That the rolling action log be noted.")]),
          ("3", "Financial Report 1 April to 30 November 2021", ["The Chief Finance Officer presented the revenue position.",
                                                                 D("approved", "DECIDED:", "(a) That the in-year position be noted; and",
                                                                   "(b) That the drawdown from reserves set out in the report be approved.")]),
      ], subtitle="Renfrewshire Health and Social Care Integration Joint Board - 28 Jan 2022", head="{num} {title}", head_tag="h4"),

    C("renfrewshire-shadow-ijb-2015", "https://renfrewshire.cmis.uk.com/renfrewshire/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/1009/Committee/95/Default.aspx",
      "Shadow Renfrewshire Health and Social Care Integration Joint Board", "ijb", 2015, "wp", ["it_was_agreed_unanimously", "proposed_then_agreed"], [
          (None, "Items Of Business", [
              "The Chief Officer Designate asked for nominations for the post of Chair of the Shadow Joint Board.",
              "It was proposed that Councillor Ian Moore be appointed as Chair of the Joint Board.",
              D("approved", "There being no further nominations it was agreed unanimously that Councillor Moore be appointed as Chair of the Joint Board."),
              "Councillor Moore thereafter took the Chair."]),
      ], subtitle="Shadow Renfrewshire Health and Social Care Integration Joint Board - 20 Mar 2015", head="{title}", head_tag="h4"),

    C("wmca-wellbeing-2019", "https://governance.wmca.org.uk/ieListDocuments.aspx?CId=139&MId=262&Ver=4", "West Midlands Combined Authority Wellbeing Board",
      "combined_authority", 2019, "mg", ["roman_subitems_narrative", "resolved_colon_that", "it_was_agreed"], [
          (None, "Apologies for Absence", ["Apologies for absence were received from three councillors and two officers."]),
          (None, "Chair's Remarks", [
              "(i)            Appointment of Vice-Chair",
              "The Chair nominated Councillor Hale as Vice-Chair; this was seconded and endorsed by the board.",
              D("approved", "Resolved: That Councillor Hale be appointed to the position of Vice-Chair for 2018/19."),
              "(ii)          Mental Health Awards",
              "The Chair reminded the board of the awards ceremony at the end of January."]),
          (None, "Minutes of the last meeting", [D("approved", "The minutes of the meeting held on 9 November 2018 were agreed as a correct record.")]),
          (None, "Introduction to Public Service Reform", ["The Director gave a presentation on the reform programme.",
                                                           D("agreed", "It was agreed that further updates would be given to the board in due course.")]),
      ], subtitle="Wellbeing Board - Friday, 18 January 2019 10.00 am", no_numbers=True),

    C("wmca-wellbeing-2024", "https://governance.wmca.org.uk/ieListDocuments.aspx?CId=139&MId=1062&Ver=4", "West Midlands Combined Authority Wellbeing Board (2024)",
      "combined_authority", 2024, "mg", ["decision_block_with_narrative", "decision_and_minutes_blocks"], [
          ("62.", "Apologies for Absence", ["Apologies for absence were received from four board members.",
                                           "The officer noted that the meeting was inquorate and that recommendations would be ratified by the WMCA Board."]),
          ("64.", "Minutes of the last meeting", [D("approved", "The minutes of the meeting held on 24 November 2023 were agreed as a correct record.")]),
          ("66.", "Health of the Region Report", ["The Head of Health presented the draft report.",
                                                   D("approved", "Resolved:", "(1)  That the draft Health of the Region report be endorsed subject to ratification by the WMCA Board.")]),
      ], subtitle="Wellbeing Board - Friday, 8 March 2024 10.00 am", heading="Agenda, decisions and draft minutes", decision_blocks=True,
      decision_narrative={"62.": ["Apologies for absence were received from four board members.",
                                  "The officer noted that the meeting was inquorate and that recommendations would be ratified by the WMCA Board."]}),

    C("solihull-hwb-2022", "https://eservices.solihull.gov.uk/mginternet/ieListDocuments.aspx?CId=322&MId=8795&Ver=4", "Solihull Health and Wellbeing Board",
      "hwb", 2022, "mg", ["bare_that_held_correct_record", "unnumbered_items"], [
          (None, "Apologies", ["The following apologies were submitted: two members, each represented by a deputy."]),
          (None, "Minutes", ["The minutes of the meeting held on 16th November 2021 were presented.",
                             "The Chair explained that a written response had been sent to the resident who made a deputation.",
                             D("approved", "That the minutes of the meeting held on 16th November 2021 be held as a correct record.")]),
          (None, "Covid-19 Outbreak Management - Update", [
              B("The Director of Public Health provided a verbal update, detailing the following:", [
                  "Case rates remained high across the borough.", "Most people now experienced milder symptoms."]),
              D("noted", "That the update be noted.")]),
      ], subtitle="Solihull Health & Wellbeing Board - Tuesday 25th January 2022 2.00 pm", no_numbers=True),

    C("lsc-icb-pccc-2023", "https://lancashireandsouthcumbria.icb.nhs.uk/about-us/pccc-1/meetings-and-papers/upcoming-meetings/20-july-2023-primary-care-commissioning",
      "NHS Lancashire and South Cumbria ICB Primary Care Commissioning Committee", "icb", 2023, "wp", ["item_colon_decision_colon", "key_decisions_page"], [
          ("Item 1.4", "Minutes of the Meeting Held on 8 June 2023", [D("approved", "Decision: The minutes were agreed as an accurate record from the previous meeting")]),
          ("Item 2.1", "Primary Care Procurement Review and recommendations", [
              "Recommendations were presented on the future procurement evaluation strategy for primary care services.",
              D("approved", "Decision: The Committee approved the recommendations for the future Primary Care Procurement Evaluation Strategy.")]),
          ("Item 2.2", "Delegated Assurance Framework Quarterly Review", [D("noted", "Decision: The Committee noted the quarterly review.")]),
      ], subtitle="20 July 2023 - Primary Care Commissioning Committee", preamble=["The following key decisions were made in the committee:"],
      head="{num}: {title}", head_tag="strong"),

    C("ddes-nd-ccg-pccc-2020", "https://docslib.org/doc/7986809/nhs-durham-dales-easington-and-sedgefield-ddes-ccg-and-north-durham-ccg-primary-care-commissioning-committees-in-common",
      "NHS DDES CCG and North Durham CCG Primary Care Commissioning Committees in Common", "ccg", 2020, "txt", ["mixed_case_prefix_items", "committee_approved"], [
          ("PCCCiC/20/03", "Minutes of the previous meeting", [D("approved", "The minutes of the meeting held on 19 November 2019 were approved as a true and accurate record.")]),
          ("PCCCiC/20/07", "Skerne Medical Group - branch closure application", [
              "The practice partner described the reasons for the application and the engagement with patients.",
              D("approved", "The Committees in Common approved the application, subject to the practice continuing to offer home visits in the area.")]),
          ("PCCCiC/20/11", "Primary Care Network update", [D("noted", "The Committees in Common noted the update.")]),
      ], subtitle="NHS DDES CCG AND NORTH DURHAM CCG PRIMARY CARE COMMISSIONING COMMITTEES IN COMMON - CONFIRMED MINUTES - 21 January 2020", wrap=92),

    C("sussex-ccgs-pccc-2020", "https://readkong.com/page/nhs-brighton-and-hove-nhs-east-sussex-and-nhs-west-sussex-5875409",
      "NHS Brighton and Hove, East Sussex and West Sussex CCGs Primary Care Commissioning Committees in Common", "ccg", 2020, "pdf",
      ["resolved_committees_bullets", "decimal_items"], [
          ("3.1", "Minutes of the previous meeting", [D("approved", "The minutes of the meeting held on 14 July 2020 were agreed as an accurate record.")]),
          ("5.1", "Primary Care Network Development", ["The Executive Director of Primary Care outlined the support offer for networks.",
                                                        DB("noted", "The Committees in Common:", ["NOTED the update on network development;", "NOTED the additional roles uptake."])]),
          ("6.1", "Practice merger application", [DB("approved", "The Committees in Common:", ["APPROVED the merger of the two practices from 1 April 2021."])]),
      ], subtitle="Primary Care Commissioning Committees (PCCC) in Common held in public - Minutes - Tuesday 15 September 2020", layout="plain"),

    C("lbhf-cabinet-2013", "https://yumpu.com/en/document/view/40724095/minutes-of-the-cabinet-meeting-held-on-4-march-2013-pdf-94-kb",
      "London Borough of Hammersmith & Fulham Cabinet", "other", 2013, "pdf", ["resolved_colon_own_line", "caps_item_titles"], [
          ("161.", "MINUTES OF THE CABINET MEETING HELD ON 11 FEBRUARY 2013", [
              D("approved", "RESOLVED:", "That the minutes of the meeting held on 11th February 2013 be confirmed and signed as an accurate record of the proceedings, and that the outstanding actions be noted.")]),
          ("162.", "APOLOGIES FOR ABSENCE", ["There were no apologies for absence."]),
          ("164.", "CAPITAL PROGRAMMES - BUDGET VARIATIONS AT QUARTER 3 2012/13", [
              D("approved", "RESOLVED:", "That approval be given to the budget variations as at quarter 3 for 2012/13 as set out in the report.")]),
      ], subtitle="London Borough of Hammersmith & Fulham - Cabinet Minutes - Monday 4 March 2013", layout="plain"),

    C("aberdeen-ijb-2020-txt", "https://committees.aberdeencity.gov.uk/ieListDocuments.aspx?CId=516&MeetingId=6867&txtonly=1",
      "Aberdeen City Integration Joint Board (text-only page)", "ijb", 2020, "mg", ["board_agreed_would", "declared_parts_narrative"], [
          (None, "Declarations of Interest", [
              "(i)            A member declared an interest in Item 10 by virtue of membership of the drug partnership but did not withdraw.",
              "(ii)          The Chair declared an interest in Item 9 and withdrew for that item."]),
          (None, "Exempt Business", [D("agreed", "The Board agreed that Item 12 would be heard in private.")]),
      ], subtitle="Integration Joint Board - Tuesday, 21st January, 2020 10.00 am", heading="Agenda, decisions and minutes", no_numbers=True),
]

# third wave (written before the parser saw them)
CASES += [
    C("medway-cabinet-2023", "https://democracy.medway.gov.uk/ieIssueDetails.aspx?IId=36801&Opt=3&PlanId=0", "Medway Council Cabinet (Integrated Care Strategy)",
      "other", 2023, "mgissue", ["decision_number_table", "cabinet_noted_approved"], [
          ("5", "Kent and Medway Integrated Care Strategy", [
              "Background:", "The strategy had been developed by a committee of the Integrated Care Board and needed the approval of both councils and the ICB.",
              T(["Decision number:", "Decision:"], [
                  (["", "The Cabinet noted the comments of the Health and Wellbeing Board, as set out at section 6 of the report."], "noted", 1),
                  (["184/2023", "The Cabinet approved the Kent and Medway Integrated Care Strategy and agreed to delegate authority to the Director of Public Health to make any changes required."], "approved", 1)]),
              "Reasons:", "Approving the strategy lets the partners meet the duty to publish an integrated care strategy."]),
      ], issue="Kent and Medway Integrated Care Strategy", meetings=["14/03/2023 - Cabinet"], table_items=False),

    C("mk-hcp-2023", "https://milton-keynes.moderngov.co.uk/ieListDocuments.aspx?CId=149&MeetingId=6892", "Milton Keynes Health and Care Partnership",
      "ics", 2023, "mg", ["resolved_dash_own_line", "actions_were_noted", "letter_prefixed_items"], [
          ("HCP1", "Welcome, Introductions and Apologies", ["The Chair welcomed members to the first meeting of the new council year and explained the Partnership's role within the ICS."]),
          ("HCP2", "Minutes", [D("approved", "RESOLVED -", "That the Minutes of the meeting of the Health and Care Partnership held on 22 February 2023 be approved and signed by the Chair as a correct record.")]),
          ("HCP3", "Decision Tracker", [D("noted", "The actions arising from the previous meeting held on 22 February 2023 were noted."),
                                       "All other actions were complete or in hand, as shown on the tracker."]),
          ("HCP4", "Disclosures of Interest", ["None."]),
      ], subtitle="Health & Care Partnership - Tuesday 13th June, 2023 2.00 pm", heading="Agenda, decisions and minutes",
      agenda={"HCP2": "To approve, and the Chair to sign as a correct record, the Minutes of the meeting of the Partnership held on 22 February 2023."}),

    C("senedd-pac-2022", "https://record.senedd.wales/Committee/12663", "Senedd Public Accounts and Public Administration Committee (Betsi Cadwaladr evidence)",
      "wales", 2022, "wp", ["papers_were_noted", "ai_markers_numbered_paragraphs"], [
          ("1", "Introductions, apologies and substitutions", ["1.1        The Chair welcomed the Members to the meeting.", "1.2        Apologies were received from one Member. There was no substitute."]),
          ("2", "Papers to Note", [D("noted", "2.1 The papers were noted.")]),
          ("3", "Governance issues at Betsi Cadwaladr University Health Board: Evidence session with the Health Board", [
              "3.1 The Committee received evidence from four witnesses from the Health Board.",
              "3.2 The witnesses undertook to send further information on recruitment to the Committee."]),
          ("4", "Motion under Standing Order 17.42 to resolve to exclude the public from the remainder of the meeting", [
              D("agreed", "4.1 The motion was agreed.")]),
      ], subtitle="Concise Minutes - Public Accounts and Public Administration Committee - Wednesday, 9 March 2022", head="{num}       {title}", head_tag="p"),

    C("nice-board-agenda-2021", "https://www.nice.org.uk/get-involved/meetings-in-public/public-board-meetings/agenda-papers-september-2021",
      "NICE Board (agenda)", "other", 2021, "wp", ["agenda_only_no_decisions", "to_approve_agenda_text"], [
          ("3.", "Minutes of the last board meeting (Word)", ["To approve the minutes of the public board meeting held on 21 July."]),
          ("5.", "Report from the executive team (Word)", ["Presented by: the chief executive", "To review the report."]),
          ("11.", "Date of the next meeting", ["To note the next public board meeting will be held on Wednesday 17 November 2021 at 1:30pm."]),
      ], subtitle="Public board meeting agenda and papers: September 2021", head="{num} {title}", head_tag="h3"),

    C("glos-icp-2023", "https://glostext.gloucestershire.gov.uk/mgAi.aspx?ID=42374", "One Gloucestershire Health and Wellbeing Partnership",
      "ics", 2023, "mgai", ["partnership_agreed_sentence", "subject_to_formal_agreement_narrative"], [
          (None, "One Gloucestershire Health and Wellbeing Partnership Interim Integrated Care Strategy", [
              "The Director of Public Health introduced the strategy and explained that, subject to formal agreement at the meeting, it would set the foundation for the partnership's work.",
              "Members welcomed the breadth of engagement behind the strategy and asked that it be kept under review as national guidance changed.",
              D("approved", "The Partnership agreed to approve the Interim Integrated Care Strategy for publication.")]),
      ], agenda={None: "To consider and agree the One Gloucestershire Health and Wellbeing Partnership Interim Integrated Care Strategy."}),

    C("thurrock-cabinet-2022", "https://democracy.thurrock.gov.uk/mgAi.aspx?ID=15547", "Thurrock Council Cabinet (Integrated Care Partnership)",
      "other", 2022, "mgai", ["decision_number_in_title", "resolved_that_cabinet_numbered"], [
          (None, "Integrated Care Partnership (ICP) (Decision: 110611)", [
              "The Portfolio Holder introduced the report on joining the Mid and South Essex Integrated Care Partnership as a founding member.",
              "A member asked whether the terms of reference could return to Cabinet; the Portfolio Holder gave that assurance.",
              D("agreed", "RESOLVED: That Cabinet:", "1. Agreed that Thurrock Council become a founding member of the Mid and South Essex Integrated Care Partnership.",
                "2. Delegated authority to the Director of Public Health to act as the Council's founding representative.")]),
      ]),
]
