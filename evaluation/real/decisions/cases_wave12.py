"""Wave 12: nine cases from bodies no earlier case or blind set used (each body name and source address was grepped in
``evaluation/`` first, the blind sets included): three fire and rescue authorities, a police and crime panel, a
national park planning committee, a district cabinet, a district planning committee's recorded votes and a town
council committee. Scored once before any change made for them (README.md, "Decision wave 12").

As in ``cases_def.py``: the layout, item numbering and formulaic wording are as published at ``source_url`` where the
stored page showed them; names, figures and every narrative sentence are written anew. Where the stored page showed
only part of the minutes, ``evidence`` says so and the other decisions follow forms common to that kind of body.
"""
from cases_def import B, C, D, DB

WAVE = 12

CASES = [
    # A district cabinet on ModernGov with "Decision:" blocks: the minutes' record written as "That the Minutes … were
    # approved …" under "Minutes:" alone; a roman-numbered decision whose parts are past-tense verbs with no subject
    # ("i. Considered and commented on …") and which turns into a recommendation to another body part-way
    # ("RECOMMENDS TO THE … BOARD: iii. …").
    C("huntingdonshire-cabinet-2016", "https://democracy.huntingdonshire.gov.uk/moderngov/ieListDocuments.aspx?CId=256&MID=5949",
      "Huntingdonshire District Council Cabinet", "council_cabinet", 2016, "mg", ["minutes_that_were_approved", "decision_roman_past_tense", "recommends_to_another_body"], [
          ("a", "MINUTES", [D("approved", "That the Minutes of the meeting held on 20 October 2016 were approved as a correct record and signed by the Chairman.")]),
          ("b", "MEMBERS' INTERESTS", ["Councillor R Okafor declared a non-statutory disclosable interest in the leisure item as a trustee of the St Ives swimming club."]),
          ("c", "INTEGRATED PERFORMANCE REPORT 2016/17 - QUARTER 2", [
              "The Corporate Team Manager introduced the quarter 2 report; two of the corporate indicators on processing benefit claims were behind target because of a system upgrade.",
              D("agreed", "i. Considered and commented on progress made against Key Activities and Corporate Indicators in the Corporate Plan and current projects, as summarised in Appendix A of the submitted report;",
                "ii. Considered and commented on the Council's financial performance at the end of September, as detailed in Appendix D of the submitted report; and",
                "RECOMMENDS TO THE PROJECT MANAGEMENT GOVERNANCE BOARD:",
                "iii. Removal of the Mobile Working Project from the list of current projects, as detailed in Appendix C of the submitted report.")]),
          ("d", "LEISURE CENTRE FEES AND CHARGES 2017/18", [
              "The Executive Councillor for Leisure explained that swimming fees would rise by less than inflation to protect the health referral scheme.",
              D("approved", "RESOLVED that the fees and charges for the leisure centres for 2017/18 be approved as set out in Appendix 1 to the report.")]),
      ], subtitle="Cabinet - Thursday, 17 November 2016 7.00 pm", heading="Agenda, decisions and minutes", decision_blocks=True, no_numbers=True,
      agenda={"a": "To approve as a correct record the Minutes of the meeting held on 20 October 2016."},
      evidence="layout, the minutes' wording and the performance report's roman-numbered 'Considered and commented …' / 'RECOMMENDS TO …' decision seen on the source page; the fees item follows forms common to district cabinets",
      wave=WAVE),

    # A fire authority on ModernGov: "RESOLVED –" alone on its line, then "That …" on the next; a numbered two-part
    # resolution; a recommendation to the full Authority.
    C("bucks-mk-fire-authority-2022", "https://buckinghamshire.moderngov.co.uk/ieListDocuments.aspx?CId=885&MId=17112&Ver=4",
      "Buckinghamshire and Milton Keynes Fire Authority", "other", 2022, "mg", ["resolved_dash_own_line", "numbered_that_parts"], [
          ("2.", "Minutes", [D("approved", "RESOLVED –", "That the Minutes of the meeting of the Fire Authority held on 8 December 2021, be approved, and signed by the Chairman as a correct record.")]),
          ("3.", "Disclosure of Interests", ["None."]),
          ("4.", "Chairman's Announcements", ["The Chairman thanked a retiring area commander for almost thirty years with the Service and wished him well."]),
          ("7.", "Budget Monitoring Performance and Debt Management April 2021 - December 2021", [
              "The Director of Finance and Assets reported a forecast underspend on revenue, mainly from vacancies in the control room, and slippage in the capital programme on the new training tower.",
              D("approved", "RESOLVED –", "1. That the forecast revenue and capital outturn position be noted.", "2. That the slippage of £310,000 on the training tower be approved for carry forward to 2022/23.")]),
          ("9.", "Pay Policy Statement 2022/23", [
              "Members asked whether the ratio between the highest and median salaries had changed since last year; it had fallen slightly.",
              D("approved", "RESOLVED –", "That the Pay Policy Statement 2022/23 be approved for publication.")]),
      ], subtitle="Fire Authority - Wednesday, 16 February 2022 11.00 am",
      agenda={"2.": "To approve, and sign as a correct record the Minutes of the meeting of the Fire Authority held on 8 December 2021 (item 2)"},
      evidence="layout and the 'RESOLVED –' / 'That the Minutes …' wording seen on the source page; the budget and pay items follow the same form",
      wave=WAVE),

    # A fire authority on CMIS: unnumbered titles each over its agenda wording, then the minute; "RESOLVED that …" run
    # on in one sentence, "RESOLVED that: (i) … and (ii) …".
    C("hw-fire-authority-2015", "http://hwfire.cmis.uk.com/hwfire/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/111/Committee/2/Default.aspx",
      "Hereford and Worcester Fire Authority", "other", 2015, "wp", ["cmis_title_agenda_minute", "resolved_that_inline", "resolved_that_colon_roman"], [
          ("", "Apologies for Absence", ["To receive any apologies for absence.", "Apologies were received from Cllr M Orton and Cllr P Dale."]),
          ("", "Declarations of Interest (if any)", ["This item allows the Chairman to invite any Councillor to declare an interest in any of the items on this Agenda.", "No interests were declared."]),
          ("", "Confirmation of Minutes", ["To confirm the minutes of the meeting held on 8 October 2015.",
                                          D("approved", "RESOLVED that the minutes of the meeting of the Fire Authority held on 8 October 2015 be confirmed as a correct record and signed by the Chairman.")]),
          ("", "Chairman's Announcements", ["To update Members on recent activities.", "The Chairman reported on a multi-agency exercise at a flood defence site and the opening of a refurbished station at Ledbury."]),
          ("", "Medium Term Financial Plan", [
              "The Treasurer explained that the grant settlement was expected to fall by a further 8% and that the Plan assumed a council tax rise of just under 2%.",
              D("approved", "RESOLVED that: (i) the assumptions in the Medium Term Financial Plan be noted; and (ii) the Authority approve the consultation on the 2016/17 precept set out in the report.")]),
          ("", "Treasury Management Mid-year Review", [D("noted", "RESOLVED that the Treasury Management Mid-year Review be noted.")]),
      ], subtitle="Fire Authority - 16 December 2015", head="{title}", head_tag="h4",
      preamble=["Agenda Items"],
      evidence="layout and the minutes' 'RESOLVED that …' wording seen on the source page; the financial items follow forms common to fire authorities",
      wave=WAVE),

    # A fire and rescue authority's annual meeting on ModernGov: minute numbers "23-24/FRA/1"; a nomination "seconded
    # by …" and "duly elected" narrated before "RESOLVED:" / "That Councillor … be elected …"; a report received.
    C("beds-fra-2023", "http://bedsfireresauth.moderngov.co.uk/ieListDocuments.aspx?CId=134&MId=522&Ver=4",
      "Bedfordshire Fire and Rescue Authority", "other", 2023, "mg", ["year_slash_body_numbers", "duly_elected_then_resolved", "resolved_colon_own_line"], [
          ("23-24/FRA/1", "Election of Chair 2023/24", [
              "In accordance with the Authority's Standing Orders, the Monitoring Officer presided over the election of Chair.",
              "Councillor K Adeyemi was nominated by Councillor P Harland and seconded by Councillor S Whitlock.",
              "As there were no other nominations, Councillor K Adeyemi was duly elected as Chair of the Fire and Rescue Authority for 2023/24.",
              D("approved", "RESOLVED:", "That Councillor K Adeyemi be elected Chair of the Fire and Rescue Authority for 2023/24.")]),
          ("23-24/FRA/2", "Election of Vice Chair 2023/24", [
              "Councillor P Harland was nominated by Councillor J Morrow and seconded by Councillor T Begum.",
              D("approved", "RESOLVED:", "That Councillor P Harland be elected Vice-Chair of the Fire and Rescue Authority for 2023/24.")]),
          ("23-24/FRA/3", "Apologies", ["An apology for absence was received from Councillor D Frame."]),
          ("23-24/FRA/4", "Minutes", [D("approved", "RESOLVED:", "That the Minutes of the meeting of the Fire and Rescue Authority held on 30 March 2023 be confirmed as a true record.")]),
          ("23-24/FRA/6", "Communications", [
              "The Chief Fire Officer reported that:",
              B("", ["the on-call recruitment campaign had attracted forty applicants, twelve of them women;",
                     "a new water rescue boat had entered service at Bedford station."]),
              D("noted", "RESOLVED:", "That the communications be received.")]),
      ], subtitle="Fire and Rescue Authority - Tuesday, 20 June 2023 10.00 am",
      evidence="layout, the minute numbers, the elections and the minutes' wording seen on the source page; the communications resolution follows the same form",
      wave=WAVE),

    # A fire authority committee hosted on a city council's ModernGov: decisions written as plain sentences with the
    # body as subject and no "RESOLVED" ("The Committee confirmed the minutes … as a true record and they were signed by
    # the Chair.", "The Committee decided to exclude the public …").
    C("notts-fra-policy-strategy-2015", "https://committee.nottinghamcity.gov.uk/ieListDocuments.aspx?CId=219&MId=4722&Ver=4",
      "Nottinghamshire and City of Nottingham Fire and Rescue Authority - Policy and Strategy Committee", "other", 2015, "mg", ["committee_confirmed_minutes", "committee_decided_to"], [
          ("1.", "APOLOGIES FOR ABSENCE", ["Apologies for absence were received from:", "Councillor R Dunmore, for whom Councillor H Akhtar was substitute."]),
          ("2.", "DECLARATIONS OF INTERESTS", ["None."]),
          ("3.", "MINUTES", [D("approved", "The Committee confirmed the minutes of the meeting held on 17 April 2015 as a true record and they were signed by the Chair.")]),
          ("4.", "EXCLUSION OF THE PUBLIC", [
              D("agreed", "The Committee decided to exclude the public from the meeting during consideration of the remaining agenda item in accordance with Section 100A(4) of the Local Government Act 1972, as the information was exempt under Paragraph 3 of Part 1 of Schedule 12A to the Act.")]),
          ("5.", "EXEMPT MINUTES", [D("approved", "The Committee confirmed the exempt minutes of the meeting held on 17 April 2015 as a true record and they were signed by the Chair.")]),
          ("6.", "ADJOURNMENT OF THE MEETING", ["The meeting was adjourned at 10.40 am for ten minutes while papers were copied for members."]),
      ], subtitle="Nottinghamshire and City of Nottingham Fire and Rescue Authority - Policy and Strategy Friday, 24th July, 2015 10.00 am",
      agenda={"3.": "Of the meeting held on 17 April 2015 (for confirmation).", "5.": "Of the meeting held on 17 April 2015 (for confirmation)."},
      evidence="layout and the minutes' and exclusion wording seen on the source page; the adjournment narrative is new",
      wave=WAVE),

    # A national park authority's planning committee (PDF): "AGENDA ITEM 3: TITLE" headings over paragraphs numbered
    # through the whole minutes; minutes "approved with amendments to the following:" over bullets; "The Committee
    # agreed to …" with a deferral.
    C("cairngorms-npa-planning-2008", "stored text with no address (pages corpus): CAIRNGORMS NATIONAL PARK AUTHORITY MINUTES OF THE PLANNING COMMITTEE held at The Village Hall, Dalwhinnie on 5th September 2008",
      "Cairngorms National Park Authority Planning Committee", "other", 2008, "pdf", ["agenda_item_n_colon_headings", "running_paragraph_numbers", "approved_with_amendments_bullets"], [
          ("1 & 2", "WELCOME AND APOLOGIES", ["1. The Convenor welcomed all present.", "2. Apologies were received from the above Members."]),
          ("3", "MINUTES & MATTERS ARISING FROM THE PREVIOUS MEETING", [
              DB("approved", "3. The minutes of the previous meeting, 22nd August 2008, held at the Village Hall, Nethy Bridge were approved with amendments to the following:",
                 ["Paragraph 7 - Change of the name Alan Reid to Morag Innes.", "Paragraph 19 - to include a reference to the bat survey requested by the Community Council."]),
              "4. There were no matters arising."]),
          ("4", "DECLARATION OF INTEREST BY MEMBERS ON ANY ITEMS APPEARING ON THE AGENDA", ["5. No declarations of interest were made."]),
          ("6", "REPORT ON CALLED-IN PLANNING APPLICATION FOR ERECTION OF 6 HOUSES AT LAND NORTH OF MAIN STREET, NEWTONMORE (PAPER 1)", [
              "12. The planning officer presented the paper, recommending approval subject to conditions, including one requiring two of the houses to be affordable.",
              "13. Members discussed the access onto Main Street and the distance to the health centre for older residents.",
              D("approved", "14. The Committee agreed to approve the application subject to the conditions stated in the report.")]),
          ("7", "REPORT ON CALLED-IN PLANNING APPLICATION FOR CHANGE OF USE TO HOLIDAY LODGES AT DALWHINNIE (PAPER 2)", [
              "15. Members were concerned that the flood risk assessment had not been seen by SEPA.",
              D("deferred", "16. The Committee agreed to defer determination of the application until the response from SEPA had been received.")]),
      ], subtitle="CAIRNGORMS NATIONAL PARK AUTHORITY MINUTES OF THE PLANNING COMMITTEE held at The Village Hall, Dalwhinnie on 5th September 2008 at 10.30am",
      head="AGENDA ITEM {num}: {title}", layout="plain",
      preamble=["PRESENT", "Ian Brodie Fiona Kerr Alan Reid Morag Innes Duncan Shaw", "IN ATTENDANCE: Andrew Tulloch", "APOLOGIES: Helen Rowe"],
      evidence="the stored text showed the 'AGENDA ITEM N:' headings, the running paragraph numbers and the minutes' approval with amendments; the application items follow forms common to planning committees. The stored copy gave no address, so none is recorded",
      wave=WAVE),

    # A town council committee's minutes page: running minute references "A23/018" before capital titles, "It was
    # RESOLVED to confirm …", "It was RESOLVED to recommend to Full Council that …", "… was noted." alone.
    C("knutsford-tc-assets-2023", "https://www.knutsfordtowncouncil.gov.uk/minutes/assets-180923",
      "Knutsford Town Council Assets Committee", "council", 2023, "wp", ["running_minute_refs_letter_prefix", "it_was_resolved_to", "resolved_to_recommend", "noted_alone"], [
          ("A23/015", "APOLOGIES FOR ABSENCE", ["Apologies were received from Cllr Oduya (work commitments)."]),
          ("A23/018", "CONFIRMATION OF PREVIOUS MINUTES", [D("approved", "It was RESOLVED to confirm the minutes of the meeting held on 26th June.")]),
          ("A23/019", "REVIEW OF YEAR-TO-DATE INCOME AND EXPENDITURE", [D("noted", "The financial position year to date was noted.")]),
          ("A23/021", "PURCHASE OF A MOWER", [
              "It was requested that an item be tabled at a future meeting on the storage of grounds equipment.",
              D("other", "It was RESOLVED to recommend to Full Council that it authorise the purchase of a ride-on mower from the capital receipts reserve.")]),
          ("A23/022", "HEATH BENCHES", [
              D("agreed", "It was RESOLVED that the Town Clerk obtain quotations for replacing the four benches on the Heath path and that the next report include options for memorial plaques.")]),
          ("A23/024", "COMMITTEE SERVICE FEES 2024/25", [D("approved", "It was RESOLVED to approve the fees as set out in report A-23-07.")]),
      ], subtitle="Assets Committee 18 September 2023", head="{num} {title}", head_tag="p",
      preamble=["A23/014 PRESENT", "Councillors Bright, Carver, Denholm, Fenwick and Ormerod", "L Stroud (Town Clerk)"],
      evidence="layout, the minute references and the 'It was RESOLVED to …', 'RESOLVED to recommend to Full Council' and '… was noted.' wording seen on the source page",
      wave=WAVE),

    # A police and crime panel on ModernGov: "UNANIMOUSLY RESOLVED that …", sub-items "4.1" under matters arising with
    # "(1)." paragraphs, "RESOLVED that the report be received.".
    C("dyfed-powys-pcp-2017", "http://democracy.carmarthenshire.gov.wales/ieListDocuments.aspx?CId=193&MId=1534&Ver=4",
      "Dyfed Powys Police and Crime Panel", "other", 2017, "mg", ["unanimously_resolved", "sub_item_numbers"], [
          ("1.", "APOLOGIES FOR ABSENCE AND PERSONAL MATTERS", ["Apologies for absence were received from Councillors H. Rees and M. Pryce."]),
          ("2.", "DECLARATIONS OF INTEREST", ["There were no declarations of personal interest."]),
          ("3.", "TO SIGN AS A CORRECT RECORD THE MINUTES OF THE MEETING HELD ON THE 28TH JULY, 2017", [
              D("approved", "UNANIMOUSLY RESOLVED that the minutes of the meeting of the Dyfed Powys Police and Crime Panel held on the 28th July, 2017 be signed as a correct record.")]),
          ("4.1", "Minute 6 - Annual Report of the Police and Crime Commissioner", [
              "(1). A member asked when the promised investment in town centre CCTV would reach Llandrindod Wells; the Commissioner said the specification was still being written."]),
          ("5.", "POLICE AND CRIME COMMISSIONER'S ANNUAL REPORT ON COMPLAINTS", [
              "The Panel considered the report, which showed a fall in complaints about call handling.",
              D("noted", "RESOLVED that the report be received.")]),
          ("6.", "PANEL WORK PROGRAMME", [
              D("agreed", "UNANIMOUSLY RESOLVED that a task and finish group be established to review the Commissioner's rural crime strategy.")]),
      ], subtitle="Dyfed Powys Police and Crime Panel - Thursday, 16th November, 2017 10.30 am",
      evidence="layout, the sub-item numbering and the 'UNANIMOUSLY RESOLVED that …' minutes wording seen on the source page; the complaints and work programme items follow forms common to the Panel",
      wave=WAVE),

    # A district planning committee's ModernGov recorded-vote page: each motion's wording then "Motion status:Rejected" /
    # "Motion status:Carried" and the names for, against and abstaining with counts.
    C("nw-leics-planning-votes-2020", "https://minutes-1.nwleics.gov.uk/mgListRecordedVotesShort.aspx?AIID=10211&MID=2206",
      "North West Leicestershire District Council Planning Committee", "council_committee", 2020, "wp", ["recorded_votes_page", "motion_status"], [
          ("", "Item: 20/00412/FULM: Erection of a health centre with pharmacy and associated car parking", [
              D("rejected", "Motion to Defer the application to allow the applicant to submit a revised travel plan:", "Motion status:Rejected"),
              "ForC Ames, P Dyer, R Hollins, T Kaur and L Webb5", "AgainstF Bell, G Crane, M Doyle, S Ibbott and A Quayle5",
              "AbstainN Pryor1", "Conflict Of InterestsNone0", "Casting voteA Quayle1",
              D("agreed", "Motion to permit the application in accordance with the officer recommendation subject to an additional condition on the hours of deliveries:", "Motion status:Carried"),
              "ForF Bell, G Crane, M Doyle, S Ibbott, N Pryor and A Quayle6", "AgainstC Ames, P Dyer, R Hollins, T Kaur and L Webb5",
              "Conflict Of InterestsNone0"]),
      ], subtitle="Voting record", head="{title}", head_tag="p", no_numbers=True,
      preamble=["Planning Committee, Tuesday, 1st December, 2020 6.00 pm"],
      evidence="layout, the 'Motion to …:' / 'Motion status:' lines and the run-together name and count cells seen on the source page; the application is new",
      wave=WAVE),
]
