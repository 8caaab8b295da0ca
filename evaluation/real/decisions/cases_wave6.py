"""Wave 6: eighteen cases from English (and one Channel Islands) bodies that no earlier decision case and no blind
set uses, written after waves 1-5 and scored once before any change made for them (README.md, "Wave 6").

As in ``cases_def.py``: the layout, item numbering and formulaic wording ("RESOLVED –", "RESOLVED, that:",
"Resolved unanimously:", "RESOLVED that Cabinet –", "It was resolved to:", "The Executive Councillor resolved to:")
are as published at ``source_url``; names, figures and every narrative sentence are written anew. The four NHS
committee cases were modelled on pages that showed the committee and its meeting list but not its minutes text:
``evidence`` says so, and their decision wording follows forms seen in minutes of that kind of body.
"""
from cases_def import DB, C, D, T

WAVE = 6
NHS_FORMS = ("the source page showed the committee and its meetings, not its minutes text; the layout and decision "
             "wording follow forms seen in minutes of this kind of NHS committee")

CASES = [
    # ModernGov meeting page (Lancaster): a motion quoted before the vote, "Resolved unanimously:" over "(1) That …",
    # then "Officer responsible for effecting the decision:" and "Reasons for making the decision:"; an urgent item
    # whose narrative says the Chair "had agreed" (a report, not a decision).
    C("lancaster-cabinet-2020", "https://committeeadmin.lancaster.gov.uk/ieListDocuments.aspx?MId=7584",
      "Lancaster City Council Cabinet", "other", 2020, "mg", ["motion_quoted_before_vote", "resolved_unanimously_numbered", "officer_responsible_line", "chair_had_agreed_narrative"], [
          ("15.", "Minutes", [D("approved", "The minutes of the meeting held on Tuesday 9 June 2020 were approved as a correct record.")]),
          ("16.", "Items of Urgent Business Authorised by the Leader", [
              "The Chair advised that she had agreed to take one urgent item, on the discretionary hardship grants, once the Chair of the Overview and Scrutiny Committee had joined the meeting, as he had agreed to the item being taken under special urgency."]),
          ("17.", "Declarations of Interest", ["There were no declarations of interest."]),
          ("18.", "Community Wellbeing Hubs", [
              "Cabinet received a report from the Chief Officer (People) proposing two community wellbeing hubs in the district, run with the local NHS trust and voluntary groups.",
              "The options, options analysis, including risk assessment, and the officer preferred option were set out in the report.",
              "Councillor Mercer proposed, seconded by Councillor Haigh:-",
              "\u201cThat the recommendations, as set out in the report, be approved.\u201d",
              "Councillors then voted:-",
              D("approved", "Resolved unanimously:",
                "(1) That the establishment of two community wellbeing hubs, at Marsh Lane and in the town centre library, be approved.",
                "(2) That the Chief Officer (People) be authorised to agree the terms of the leases in consultation with the Portfolio Holder."),
              "Officer responsible for effecting the decision:",
              "Chief Officer (People)",
              "Reasons for making the decision:",
              "The hubs support the Council's priority of healthy and happy communities and were funded within the approved budget."]),
      ], subtitle="Cabinet - Tuesday, 14th July 2020 6.00 p.m.", heading="Agenda and minutes",
      agenda={"15.": "To receive as a correct record the minutes of Cabinet held on Tuesday, 9 June, 2020 (previously circulated).",
              "17.": "To receive declarations by Councillors of interests in respect of items on this Agenda."}, wave=WAVE),

    # ModernGov council meeting numbered "35/20"; "confirmed as an accurate record and signed by the Mayor"; a
    # recommendation "carried on a division" before "RESOLVED: That the Council …"; an amendment that was lost.
    C("basingstoke-council-2020", "https://democracy.basingstoke.gov.uk/ieListDocuments.aspx?CId=143&MeetingId=1715",
      "Basingstoke and Deane Borough Council", "other", 2020, "mg", ["slash_year_numbers", "signed_by_the_mayor", "carried_on_a_division", "amendment_lost"], [
          ("35/20", "Apologies for absence", ["Apologies were received from Councillors Fenwick, Lowther and Adeyemi."]),
          ("36/20", "Declarations of interest", ["Councillor Brannigan declared an interest in item 8 because of her employment with the clinical commissioning group and said that she would not take part in the debate or vote on it."]),
          ("37/20", "Minutes of the meeting held on 16 July 2020", [
              D("approved", "The minutes of the meeting held on 16 July 2020 were confirmed as an accurate record and signed by the Mayor.")]),
          ("41/20", "Health and Wellbeing Plan 2020-2025", [
              "The Cabinet Member for Communities introduced the plan, which set out how the Council would work with the NHS and the county council on healthy weight, loneliness and housing conditions.",
              "Councillor Dunmore moved an amendment to add a target for the number of homes improved each year. The amendment was put to the vote and was lost.",
              "The recommendation from Cabinet was then put to the vote and was carried on a division.",
              D("approved", "RESOLVED: That the Council adopts the Health and Wellbeing Plan 2020-2025.")]),
      ], subtitle="Council - Thursday, 1st October, 2020 7.00 pm", heading="Agenda and minutes",
      agenda={"37/20": "The Mayor will move that the minutes of the meeting be signed as a correct record. The only part of the minutes that can be discussed is their accuracy."},
      wave=WAVE),

    # ModernGov (City of London): "RESOLVED – That the public minutes …", "RESOLVED, that:" over a Word bullet.
    C("cityoflondon-committee145-2019", "https://democracy.cityoflondon.gov.uk/ieListDocuments.aspx?CId=145&MId=19587&Ver=4",
      "City of London Corporation committee (ModernGov committee 145)", "other", 2019, "mg", ["resolved_dash_that", "resolved_comma_that_colon_bullet"], [
          ("1.", "Apologies", ["Apologies for absence were received from Deputy Alan Greaves, Rosalind Pike and Deputy Tom Venn."]),
          ("2.", "Members' Declarations under the Code of Conduct in respect of items on the agenda", ["There were no declarations of interest."]),
          ("3.", "Minutes of the previous meeting", [
              D("approved", "RESOLVED \u2013 That the public minutes and summary of the meeting held on Tuesday 22 January 2019 be approved as an accurate record.")]),
          ("4.", "Outstanding actions from previous meetings", [
              "The Committee considered a report of the Town Clerk listing the actions still open from its earlier meetings.",
              DB("noted", "RESOLVED, that:", ["The report be noted."])]),
          ("5.", "Annual Review of the Committee's Terms of Reference", [
              "The Committee considered a report of the Town Clerk on its terms of reference. Members observed that the sub-committee reporting to it had not met for over a year and asked whether it was still needed.",
              DB("approved", "RESOLVED, that:", [
                  "The terms of reference be approved for submission to the Court of Common Council, subject to the sub-committee being reviewed at the next meeting; and",
                  "Any further changes be delegated to the Town Clerk in consultation with the Chairman and Deputy Chairman."])]),
      ], subtitle="Committee - Tuesday, 5th March, 2019 1.45 pm", heading="Agenda and minutes",
      agenda={"3.": "To agree the public minutes of the meeting held on 22 January 2019.", "4.": "Report of the Town Clerk.",
              "5.": "Report of the Town Clerk."}, wave=WAVE),

    # ModernGov agenda item (Darlington): "Submitted –" opening, "RESOLVED – (a) That … (b) That …" (a vote of
    # thanks), then "REASONS – …" which is not part of the decision.
    C("darlington-hwb-2018", "https://democracy.darlington.gov.uk/mgAi.aspx?ID=688",
      "Darlington Health and Wellbeing Board", "hwb", 2018, "mgai", ["submitted_dash_opening", "resolved_dash_lettered_that", "reasons_dash_line", "vote_of_thanks"], [
          (None, "Integrated Care System - Update", [
              "Submitted \u2013 A briefing pack from the NHS organisations in the region on how they planned to work together across the new integrated care system footprint.",
              "The Chief Clinical Officer of the clinical commissioning group explained that the pack was the first of a series and that the next one would describe the clinical workstreams.",
              "Members discussed the financial pressures on neighbouring commissioners, the need to keep a local focus and the importance of giving partners the same message at the same time.",
              D("other", "RESOLVED \u2013 (a) That the thanks of the Board be conveyed to the Chief Clinical Officer for her presentation.",
                "(b) That the thanks of the Board be conveyed to the outgoing Chief Officer for her work with the Board."),
              "REASONS \u2013 To convey the views of the Board."]),
      ], agenda={None: "To receive an update on the integrated care system."}, wave=WAVE),

    # ModernGov issue page (East Hertfordshire): "RESOLVED – that (A) … ; and" / "(B) …" as two paragraphs.
    C("east-herts-hwb-scrutiny-2017", "https://democracy.eastherts.gov.uk/ieIssueDetails.aspx?IId=19568&J=1&Opt=3",
      "East Hertfordshire District Council Health and Wellbeing Scrutiny Committee", "other", 2017, "mgissue", ["moderngov_issue_page", "resolved_dash_that_lettered_caps"], [
          ("614", "Proposed Scrutiny Work Programme for 2017/18", [
              "The Chairman submitted a report reviewing the Committee's work in the light of the changes to the scrutiny committees agreed by Council.",
              "The Scrutiny Officer explained how the items on the programme would be shared between the new committees and asked Members to send her their highlights of the year for the annual report by the end of the month.",
              "The Chairman asked that a report on water quality be carried forward, and Members supported her request. A Member thanked the Chairman for her work on health issues at the Committee's last meeting.",
              D("noted", "RESOLVED \u2013 that (A) the report be received; and",
                "(B)   items from the Health and Wellbeing Scrutiny Committee work programme, including a further report on water quality, be carried forward into the new scrutiny arrangements.")]),
      ], issue="Evaluation of Scrutiny and Proposed Scrutiny Work Programme for 2017/18",
      meetings=["14/03/2017 - Health and Wellbeing Scrutiny Committee"], wave=WAVE),

    # A scrutiny panel's record of meeting as a grid (Ref Back | Agenda matter | Action): the item number and title
    # open the matter cell, whose later paragraphs hold the discussion and what the Panel agreed.
    C("jersey-hss-panel-2017", "https://statesassembly.je/scrutiny/scrutiny-meeting-minutes/2017/health-and-social-security-approved-panel-minutes-3-november-2017",
      "States of Jersey Health and Social Security Scrutiny Panel", "other", 2017, "wp", ["ref_matter_action_grid", "multi_paragraph_cells", "it_was_agreed_mid_sentence", "panel_noted_that"], [
          (None, "", [
              "Present: Deputy M. Le Cornu, Chairman; Deputy P. Ahier; Senator J. Vibert. Apologies: Deputy S. Querée. In attendance: Mr D. Blampied and Ms R. Journeaux, Scrutiny Officers.",
              T(["Ref Back", "Agenda matter", "Action"], [
                  (["19/10/17 Item 4", "1. Review of the Health and Social Care Governance Model\n"
                    "The Panel met to consider the key findings and recommendations of its review. After discussion, the Panel agreed its key findings and recommendations and asked the Officer to prepare a draft report with an executive summary and conclusion.\n"
                    "The Panel considered the timetable for presenting its report and it was agreed that the revised draft would be circulated before the Panel's meeting on Thursday 9th November.", "DB"],
                   "agreed", 1,
                   [("agreed", "the Panel agreed its key findings and recommendations and asked the Officer to prepare a draft report with an executive summary and conclusion.",
                     "1.", "Review of the Health and Social Care Governance Model"),
                    ("agreed", "it was agreed that the revised draft would be circulated before the Panel's meeting on Thursday 9th November.",
                     "1.", "Review of the Health and Social Care Governance Model")]),
                  (["", "2. Review of Mental Health Services\n"
                    "The Panel considered the draft terms of reference and scoping document for its review of mental health services.\n"
                    "The Panel approved the terms of reference and scoping document, subject to the timescale being extended to March 2018.", "RJ"],
                   "approved", 1,
                   [("approved", "The Panel approved the terms of reference and scoping document, subject to the timescale being extended to March 2018.",
                     "2.", "Review of Mental Health Services")]),
                  (["", "3. Future meetings\n"
                    "The Panel noted that its next meeting would be held on Thursday 9th November 2017 at 10am in Le Capelain Room.", ""],
                   None, 1, []),
              ])]),
      ], subtitle="Health and Social Security - Approved Panel Minutes - 3 November 2017", head="", wave=WAVE),

    # ModernGov meeting page (Hillingdon): "RESOLVED:" / "That Cabinet:" / lettered parts "A: Welcomes …"; a
    # one-line verdict ("This was confirmed."); "Alternative options considered and rejected" after the decision.
    C("hillingdon-cabinet-2011", "http://modgov.hillingdon.gov.uk/ieListDocuments.aspx?CId=115&MId=791&Ver=4",
      "London Borough of Hillingdon Cabinet", "other", 2011, "mg", ["that_cabinet_colon_lettered_parts", "one_line_verdict", "alternative_options_rejected_heading"], [
          ("276.", "Apologies for Absence", ["Apologies were received from Councillor Rupert Hale."]),
          ("277.", "Declarations of Interest in matters before this meeting", [
              "Councillor Edna Marsh declared a personal interest in Item 9 (minute 284) as a governor of the school concerned and remained in the room during the discussion and vote on the item."]),
          ("278.", "To approve the minutes of the last Cabinet meeting held on 17 February 2011", [
              D("approved", "The decisions and minutes of the last meeting were approved as a correct record.")]),
          ("279.", "To confirm that the items of business marked Part 1 will be considered in public and that the items of business marked Part 2 in private", [
              D("approved", "This was confirmed.")]),
          ("280.", "The use of Assistive Technology to support Independent Living - a major review by the Social Services, Health and Housing Policy Overview Committee", [
              "The Chairman of the Social Services, Health and Housing Policy Overview Committee presented the Committee's review of telecare and the equipment that lets older residents stay in their homes.",
              D("approved", "RESOLVED:", "That Cabinet:",
                "A:        Welcomes the Council's commitment to independent living and the additional investment in telecare made this year;",
                "B:        Approves the Committee's recommendations as set out in the report and asks officers to report back on their implementation within six months;",
                "C:        Thanks the witnesses who gave evidence to the review."),
              "Reasons for decision",
              "The review was carried out by a cross-party committee and its recommendations support the Council's approach to independent living.",
              "Alternative options considered and rejected",
              "Cabinet could have decided not to accept the recommendations."]),
      ], subtitle="CABINET - Thursday, 17th March, 2011 7.00 pm", heading="Agenda and minutes", wave=WAVE),

    # ModernGov agenda item (Havering): the minutes challenged, then "Accordingly, the minutes … were agreed as a
    # correct record and signed by the Chairman."
    C("havering-cabinet-2011", "https://democracy.havering.gov.uk/mgAi.aspx?ID=1412",
      "London Borough of Havering Cabinet", "other", 2011, "mgai", ["minutes_challenged_then_agreed", "accordingly_opening"], [
          (None, "Minutes", [
              "A Member questioned whether Minute 39 fully reflected the discussion of the proposed lorry routes through residential streets, and said that he had not been able to raise the matters in the exempt appendix.",
              "The Chairman said that he had reviewed the webcast of the meeting and was satisfied that the minutes were accurate; the Member had not asked for the public to be excluded so that the exempt matters could be discussed.",
              D("approved", "Accordingly, the minutes of the meeting of Cabinet held on 16 November 2011 were agreed as a correct record and signed by the Chairman.")]),
      ], agenda={None: "To approve as a correct record the minutes of the meeting held on 16 November 2011, and to authorise the Chairman to sign them."},
      wave=WAVE),

    # ModernGov issue page (Tendring): the item's purpose in agenda wording ("To present … for Cabinet approval"),
    # then "RESOLVED that Cabinet –" over "(a) approves …; (b) agrees …; and (c) agrees …".
    C("tendring-cabinet-2025", "https://tdcdemocracy.tendringdc.gov.uk/ieIssueDetails.aspx?IId=34353&Opt=3",
      "Tendring District Council Cabinet", "other", 2025, "mgissue", ["moderngov_issue_page", "resolved_that_cabinet_dash_lettered", "agenda_purpose_before_decision"], [
          ("14.", "Cabinet Members' Items - Report of the Partnerships Portfolio Holder - A.7 - Health & Wellbeing Draft Strategy for Tendring", [
              "To present a draft five-year Health and Wellbeing Strategy for Tendring for Cabinet approval before it is consulted on with partners and the public.",
              D("approved", "RESOLVED that Cabinet \u2013",
                "(a)    approves the draft Health and Wellbeing Strategy for consultation with stakeholders and the public;",
                "(b)    agrees that Officers, in consultation with the Portfolio Holder for Partnerships, run a consultation of at least eight weeks on the draft Strategy; and",
                "(c)    agrees that the final Strategy, revised in the light of the consultation, be brought back to Cabinet for approval and adoption.")]),
      ], issue="Health & Wellbeing Draft Strategy for Tendring", meetings=["21/02/2025 - Cabinet"], wave=WAVE),

    # ModernGov issue page (Bromsgrove): minutes "received for information", and "The Leader suggested, and Council
    # accepted, that …" (the body's agreement inside a clause).
    C("bromsgrove-council-2017", "https://moderngovwebpublic.bromsgrove.gov.uk/ieIssueDetails.aspx?IId=24087&Opt=3&PlanId=0",
      "Bromsgrove District Council", "other", 2017, "mgissue", ["minutes_received_for_information", "and_council_accepted_clause"], [
          ("52", "To receive the minutes of the meeting of the Cabinet held on 6th September 2017", [
              D("noted", "The minutes of the meeting of the Cabinet held on 6th September 2017 were received for information."),
              D("agreed", "The Leader suggested, and Council accepted, that the confidential minute at item 18 of the agenda be published with them, since nothing in it needed to remain restricted once the reports had been considered.")]),
      ], issue="To receive the minutes of the meetings of the Cabinet held on\u2026", meetings=["20/09/2017 - Council"], wave=WAVE),

    # ModernGov decision details (Cambridge): "The Executive Councillor resolved to:" over "i. … ii. … iii. …";
    # scrutiny considerations after it report what another body agreed (not this decision).
    C("cambridge-exec-health-2012", "https://democracy.cambridge.gov.uk/ieDecisionDetails.aspx?ID=1466",
      "Cambridge City Council Executive Councillor for Community Development and Health", "other", 2012, "mgdec", ["decision_details_page", "executive_councillor_resolved_roman", "scrutiny_agreed_in_reasons"], [
          (None, "Formation of a Local Health Partnership for Cambridge and the developing Cambridgeshire Health and Wellbeing Strategy", [
              "To agree terms of reference for a local health partnership and a Council response to the county's draft Health and Wellbeing Strategy.",
              D("agreed", "The Executive Councillor resolved to:",
                "i. Note the findings of the 2012 Joint Strategic Needs Assessment summary report",
                "ii. Agree to prepare a Council response to the draft Health and Wellbeing Strategy during its consultation, to be signed off by the Executive Councillor after consultation with the opposition spokesperson",
                "iii. Agree terms of reference to guide the Cambridge Local Health Partnership")]),
      ], maker="Executive Councillor for Community Development and Health", date="21/06/2012",
      reasons=["As per the officer report.", "Any alternative options considered and rejected:", "Not applicable.", "Scrutiny Considerations:",
               "The committee received a report from the Head of Refuse and Environment on the new partnership. The committee agreed that the City Council had an important part to play in promoting health and that partners should be encouraged to recognise it.",
               "The Scrutiny Committee considered and endorsed the recommendations in the report by 4 votes to 0."], wave=WAVE),

    # ModernGov agenda item (Leeds, for a joint committee of fifteen councils): a report summarised, bulleted
    # observations, then "RESOLVED – (a) That … (b) That …".
    C("yh-joint-hosc-2017", "http://democracy.leeds.gov.uk/mgAi.aspx?ID=65415",
      "Joint Health Overview and Scrutiny Committee (Yorkshire and the Humber)", "other", 2017, "mgai", ["bullets_in_narrative", "resolved_dash_lettered_that", "joint_committee"], [
          (None, "The Joint Health Overview and Scrutiny Committee (Yorkshire and the Humber): Summary of activity and the future role", [
              "The Head of Governance and Scrutiny Support submitted a report summarising the Joint Committee's work since it was set up in 2011 and inviting it to consider its future.",
              "Members looked back over the timeline of the Committee's work on children's heart surgery and agreed it showed what fifteen councils could do together.",
              ("B", "It was also recognised that:", [
                  "the local health and care landscape had changed a great deal since 2011, with new health and care partnerships across the region;",
                  "other joint scrutiny arrangements were now in place or being set up to match those partnerships."]),
              D("agreed", "RESOLVED \u2013",
                "(a) That the summary of the Joint Committee's activity since January 2011 be noted.",
                "(b) That the Joint Committee agrees that its work has concluded and that the constituent councils be informed accordingly.")]),
      ], agenda={None: "To consider a report summarising the Joint Committee's activity and its future role."}, wave=WAVE),

    # ModernGov agenda item (Sandwell): members not minded to approve the minutes, a vote "carried unanimously",
    # then a bare resolution "(1) that … (2) that … (3) that …".
    C("sandwell-committee-2021", "https://sandwell.moderngov.co.uk/mgDecisionDetails.aspx?IId=336&Opt=1",
      "Sandwell Metropolitan Borough Council committee (minutes of 18 March 2021)", "other", 2021, "mgai", ["minutes_not_approved", "carried_unanimously", "bare_numbered_that"], [
          (None, "To confirm the minutes of the meeting held on 18 March 2021 as a correct record", [
              "The minutes of the meeting held on 18 March 2021, and reconvened on 18 May after an adjournment, were submitted.",
              "Members were not minded to approve the minutes as a correct record and asked that they come back to a future meeting. Members also felt that the matter at Minute 21/21 needed further discussion.",
              "The proposals were put to the vote and carried unanimously by the members present with voting rights.",
              D("agreed", "(1)          that the minutes of the meeting held on 18 March (reconvened on 18 May) are submitted again to a future meeting of this Committee;",
                "(2)          that, as a consequence of (1) above, those minutes are not submitted to the Council in July 2021;",
                "(3)          that an additional meeting of the Committee is held at which the matter at Minute No. 21/21 is considered again.")]),
      ], wave=WAVE),

    # ModernGov issue page (West Lindsey): "Having been proposed and seconded, on being put to the vote it was:" then
    # "RESOLVED that …" in its own paragraph.
    C("west-lindsey-prosperous-2023", "https://democracy.west-lindsey.gov.uk/ieIssueDetails.aspx?IId=23179&Opt=3",
      "West Lindsey District Council Prosperous Communities Committee", "other", 2023, "mgissue", ["moderngov_issue_page", "put_to_the_vote_it_was", "resolved_that_own_paragraph"], [
          ("13", "Health and Wellbeing Strategy", [
              "The Homes, Health and Wellbeing Team Manager introduced the report, which sought the adoption of a health and wellbeing strategy shared by the county's district councils.",
              "The strategy was built around five areas where district councils could most directly improve health: housing, activity, environment, economic inclusion and work with communities.",
              "Members welcomed the strategy but asked how progress would be measured; officers said that each area would be given to a team manager and reported through the Council's performance framework.",
              "Having been proposed and seconded, on being put to the vote it was:",
              D("approved", "RESOLVED that the Lincolnshire District Councils' Health and Wellbeing Strategy be adopted and its delivery monitored through the Council's progress and delivery reports.")]),
      ], issue="Health and Wellbeing Strategy", meetings=["11/07/2023 - Prosperous Communities Committee"], wave=WAVE),

    # A CCG committee's minutes as PDF text: a summary-of-decisions table (Minute<TAB>Decision) repeating what the
    # minutes record; "The committee approved the Minute …"; "Outcome<TAB>The Committee noted …"; "RESOLVEDthat"
    # (the space lost in extraction); "Thereafter the Committee agreed that …".
    C("halton-ccg-pccc-2016", "https://www.haltonwarringtonccg.nhs.uk/about-us/our-governing-bodies-and-committees/halton-primary-care-committee",
      "NHS Halton CCG Primary Care Commissioning Committee", "ccg", 2016, "txt", ["summary_of_decisions_table", "committee_approved_the_minute", "outcome_tab", "resolvedthat_no_space", "thereafter_agreed"], [
          ("PCCC 16/21", "Welcome, apologies and declarations of interest", [
              "The Chair welcomed members to the meeting. Apologies were noted as listed above. No interests were declared in the items on the agenda."]),
          ("PCCC 16/22", "Minutes of the previous meeting", [
              D("approved", "The committee approved the Minute of the meeting held on 3 May 2016 as a correct record.")]),
          ("PCCC 16/23", "Matters arising and action log", ["All actions on the log were complete or were items on the agenda."]),
          ("PCCC 16/24", "Primary care finance report month 2", [
              "The Head of Finance reported a small underspend on the delegated budget, mainly from locum reimbursements, and warned that premises rent reviews could take it back.",
              D("noted", "Outcome\tThe Committee noted the month 2 position and the risks set out in the report.")]),
          ("PCCC 16/25", "Application to merge two practice contracts", [
              "The Primary Care Manager presented an application from the Beech Surgery and Riverside Medical Centre to merge their contracts. Both practices had written to their patients and held open meetings, and no objections had been received.",
              "Members asked whether the branch site would keep its opening hours and were assured that it would.",
              D("approved", "RESOLVEDthat the application from the Beech Surgery and Riverside Medical Centre to merge their contracts from 1 October 2016 be approved.")]),
          ("PCCC 16/26", "Local quality scheme 2016/17", [
              "The Clinical Lead described the responses from practices to the draft scheme, several of which had asked for fewer reporting returns.",
              D("agreed", "Thereafter the Committee agreed that the scheme be offered to all practices from August 2016, with two reporting returns a year instead of four.")]),
      ], subtitle="NHS HALTON CLINICAL COMMISSIONING GROUP", head="{num} {title}",
      preamble=["NHS HALTON CLINICAL COMMISSIONING GROUP", "PRIMARY CARE COMMISSIONING COMMITTEE", "Minutes of the meeting held in public on 5 July 2016, Runcorn", "",
                "SUMMARY OF DECISIONS", "Minute\tDecision",
                "PCCC 16/22\tMinute of 3 May 2016 approved as a correct record.",
                "PCCC 16/25\tMerger of the Beech Surgery and Riverside Medical Centre contracts from 1 October 2016 approved.",
                "PCCC 16/26\tLocal quality scheme to be offered to all practices from August 2016, with two returns a year."],
      evidence=NHS_FORMS, wave=WAVE),

    # A CCG committee's minutes laid out as a grid (No. | Minute | Action): the minute cell opens with the item's
    # title and holds several paragraphs; "The Committee APPROVED …", "NOTED … and AGREED …".
    C("coastal-west-sussex-ccg-pccc-2018", "https://coastalwestsussexccg.nhs.uk/primary-care-commissioning-committee",
      "NHS Coastal West Sussex CCG Primary Care Commissioning Committee", "ccg", 2018, "pdf", ["number_minute_action_grid", "multi_paragraph_cells", "caps_verbs_in_cell"], [
          (None, "", [
              T(["No.", "Minute", "Action"], [
                  (["PC/18/31", "Apologies and declarations of interest\nApologies were received from the Independent GP and the Healthwatch representative. No interests were declared.", ""], None, 1),
                  (["PC/18/32", "Minutes of the meeting held on 14 March 2018\nThe minutes of the meeting held on 14 March 2018 were agreed as an accurate record.", ""],
                   "approved", 1, [("approved", "The minutes of the meeting held on 14 March 2018 were agreed as an accurate record.")]),
                  (["PC/18/33", "Branch surgery closure: Downs Way\nThe Head of Primary Care presented the practice's application to close its branch surgery, which saw fewer than forty patients a week, and the results of the patient engagement.\n"
                    "Members asked about transport to the main site; the practice had agreed to run a home visiting clinic for housebound patients.\n"
                    "The Committee APPROVED the closure of the Downs Way branch surgery from 1 July 2018, subject to the practice confirming its transport arrangements.", "HoPC"],
                   "approved", 1, [("approved", "The Committee APPROVED the closure of the Downs Way branch surgery from 1 July 2018, subject to the practice confirming its transport arrangements.")]),
                  (["PC/18/34", "Primary care networks\nThe Director of Primary Care described how practices were forming networks of around forty thousand patients.\n"
                    "The Committee NOTED the update and AGREED that a progress report be brought to the September meeting.", "DPC"],
                   "agreed", 1, [("agreed", "The Committee NOTED the update and AGREED that a progress report be brought to the September meeting.")]),
              ])]),
      ], subtitle="NHS COASTAL WEST SUSSEX CCG - PRIMARY CARE COMMISSIONING COMMITTEE - MINUTES OF THE MEETING HELD IN PUBLIC ON 9 MAY 2018",
      layout="plain", table_widths=(22, 128, 30), evidence=NHS_FORMS, wave=WAVE),

    # An ICB committee's minutes as PDF text: agenda "Recommended – That …" under items that record their own
    # decision; "It was resolved to:" over lettered parts "A. … B. …" (one decision).
    C("lincolnshire-icb-pccc-2023", "https://lincolnshire.icb.nhs.uk/about-us/our-board-and-committees/committees/public-primary-care-commissioning-committee-meetings/",
      "NHS Lincolnshire ICB Primary Care Commissioning Committee", "icb", 2023, "txt", ["agenda_recommended_that", "it_was_resolved_to_lettered", "committee_noted_the"], [
          ("PCCC/23/044", "Apologies and declarations of interest", ["Apologies were received from the Director of Nursing. There were no new declarations of interest."]),
          ("PCCC/23/045", "Minutes of the meeting held on 22 June 2023", [
              D("approved", "The minutes of the meeting held on 22 June 2023 were approved as a true and accurate record.")]),
          ("PCCC/23/046", "Pharmacy supplementary opening hours", [
              "Recommended \u2013 That the Committee approves the two applications to reduce supplementary opening hours.",
              "The Head of Pharmacy Commissioning explained that both pharmacies had given the required notice and that neighbouring pharmacies would cover the evening hours in one town but not in the other.",
              D("deferred", "It was resolved to:",
                "A. approve the application from the Market Street pharmacy to reduce its supplementary hours from 1 October 2023;",
                "B. defer the application from the Station Road pharmacy until the pharmacy has consulted its patients on the change.")]),
          ("PCCC/23/047", "Access recovery plan", [
              "Recommended \u2013 That the Committee notes the progress report.",
              "The Deputy Director of Primary Care reported that most practices had moved to cloud telephony and that online consultation use had doubled since April.",
              D("noted", "The Committee noted the progress made on the access recovery plan and the risk to the delivery of the telephony upgrade in the remaining practices.")]),
          ("PCCC/23/048", "Any other business", ["There was no other business."]),
      ], subtitle="NHS LINCOLNSHIRE INTEGRATED CARE BOARD", head="{num}  {title}",
      preamble=["NHS LINCOLNSHIRE INTEGRATED CARE BOARD", "PRIMARY CARE COMMISSIONING COMMITTEE", "Minutes of the meeting held in public on 24 August 2023"], evidence=NHS_FORMS, wave=WAVE),

    # A CCG committee's minutes as a two-column PDF (number in the margin): "The Committee agreed:-" over bullets, a
    # "Decision:" label, and "agreed as a correct record".
    C("bnssg-ccg-pccc-2019", "https://bnssg.icb.nhs.uk/library/primary-care-commissioning-committee-paper-25-june-2019-item-6",
      "NHS Bristol, North Somerset and South Gloucestershire CCG Primary Care Commissioning Committee", "ccg", 2019, "pdf", ["number_margin_column", "committee_agreed_colon_dash_bullets", "decision_label"], [
          ("1.", "Welcome and apologies", ["The Chair welcomed members. Apologies were received from the Director of Finance and the Healthwatch representative."]),
          ("3.", "Minutes of the previous meeting", [D("approved", "The minutes of the meeting held on 28 May 2019 were agreed as a correct record.")]),
          ("4.", "Action log", [D("noted", "The Committee noted the action log; all actions were closed.")]),
          ("6.", "Primary Care Network registration", [
              "The Head of Primary Care presented the paper, which set out how each proposed network had been assessed against the registration requirements and the two networks whose boundaries overlapped.",
              "Members asked how practices outside any network would be supported; the Head of Primary Care said that the one practice concerned had been offered a place in a neighbouring network.",
              DB("approved", "The Committee agreed:-", [
                  "to approve the registration of the seventeen networks listed in Appendix 1;",
                  "to ask the two networks with overlapping boundaries to resubmit their applications by 12 July 2019."])]),
          ("7.", "Estates update", [
              "The Estates Lead gave an update on the two health centre schemes.",
              D("noted", "Decision: The Committee noted the update.")]),
      ], subtitle="NHS BRISTOL, NORTH SOMERSET AND SOUTH GLOUCESTERSHIRE CCG - PRIMARY CARE COMMISSIONING COMMITTEE - MINUTES, 25 JUNE 2019",
      layout="numcol", evidence=NHS_FORMS, wave=WAVE),
]
