"""Wave 11: eleven cases from bodies no earlier case or blind set used (each body name was grepped in ``evaluation/``
first): three NHS bodies (a CCG audit committee, two trust boards), four English district committees (cabinet,
planning, licensing, audit) and four town, parish and community councils. Scored once before any change made for
them (README.md, "Wave 11").

As in ``cases_def.py``: the layout, item numbering and formulaic wording are as published at ``source_url`` where the
stored page showed them; names, figures and every narrative sentence are written anew. Where the stored page showed
only part of the minutes, ``evidence`` says so and the other decisions follow forms common to that kind of body.
"""
from cases_def import B, C, D, P

WAVE = 11

CASES = [
    # A CCG audit committee's minutes as PDF text: running minute numbers "16.29" … before a title, "The minutes were
    # APPROVED with no amendments.", "The Committee NOTED …", "The Committee RESOLVED to approve …".
    C("west-norfolk-ccg-audit-2016", "https://vdocuments.us/action-agenda-item-1661-page-1-of-13-minutes-of-the-meeting-of-the-ccg-audit.html",
      "NHS West Norfolk CCG Audit Committee", "ccg_committee", 2016, "pdf", ["running_decimal_minute_numbers", "verb_in_capitals", "committee_resolved_to"], [
          ("16.29", "Declarations of Interest", ["There were no new declarations."]),
          ("16.30", "Apologies for Absence", ["Apologies were received from Mark Ellery and Dr Priya Sood."]),
          ("16.31", "Minutes of the Last Meeting held on 21st January 2016", [
              D("approved", "The minutes were APPROVED with no amendments."), "Matters arising: none"]),
          ("16.34", "Losses and Special Payments", [
              "The Chief Financial Officer presented the register of losses and special payments for the year, which showed two small write-offs of overpaid prescription charges.",
              D("noted", "The Committee NOTED the losses and special payments register.")]),
          ("16.36", "Internal Audit Plan 2016/17", [
              "The internal auditor set out the proposed reviews for the coming year; members asked for more time on continuing healthcare, where spending had risen sharply.",
              D("approved", "The Committee RESOLVED to approve the internal audit plan for 2016/17, subject to the addition of a review of continuing healthcare payments.")]),
      ], subtitle="Minutes of the Meeting of the CCG Audit Committee",
      preamble=["Agenda Item 16.61 Page 1 of 13", "Thursday 17th March 2016 10:00am - 1.30pm, CCG Headquarters, King's Lynn"],
      layout="plain", evidence="layout, the minute numbers and the minutes' approval wording seen on the source page; the other decisions follow forms common to CCG committees",
      wave=WAVE),

    # An acute trust board's minutes (PDF, number column): "11/041" minute numbers beside capital titles, verbs in
    # capitals ("The Board RECEIVED and NOTED …"), "Resolved: that … be approved", a deferral.
    C("heart-of-england-ft-board-2011", "https://careersdocbox.com/amp/85310850-Nursing/Trust-board-minutes-of-a-meeting-held-at-devon-house-heartlands-hospital-at-12-30p-m-on-tuesday-1-st-march-2011.html",
      "Heart of England NHS Foundation Trust Board", "nhs_trust", 2011, "pdf", ["numcol", "verb_in_capitals", "deferred"], [
          ("11/038", "APOLOGIES", ["Apologies were received from Mr K Adebayo and Mrs L Fenwick."]),
          ("11/039", "MINUTES OF THE PREVIOUS MEETING", [
              D("approved", "The minutes of the meeting held on 1 February 2011 were approved as a correct record, subject to minute 11/022 recording that the ward closures were temporary.")]),
          ("11/041", "INFECTION CONTROL REPORT", [
              "The Chief Nurse reported two cases of MRSA bacteraemia in January, both on the same surgical ward, and described the deep clean that followed.",
              D("noted", "The Board RECEIVED and NOTED the report.")]),
          ("11/042", "ACUTE MEDICAL UNIT BUSINESS CASE", [
              "The Director of Operations presented the case for twelve further assessment beds at Good Hope Hospital, to be funded from the winter allocation.",
              D("approved", "Resolved: that the business case for the expansion of the acute medical unit be approved.")]),
          ("11/044", "ESTATES STRATEGY", [
              "Non-executive directors asked for the backlog maintenance figures to be tested by an independent surveyor before the strategy was settled.",
              D("deferred", "The Board AGREED to defer the estates strategy to its April meeting.")]),
      ], subtitle="TRUST BOARD. Minutes of a meeting held at Devon House, Heartlands Hospital at 12.30p.m. on Tuesday 1st March 2011",
      layout="numcol", evidence="the stored page showed the title and meeting details only; the minute layout and wording follow forms common to trust boards",
      wave=WAVE),

    # A community trust board (PDF): "102/14" minute numbers with lettered parts, "Resolved: The Board approved …",
    # a two-verb decision ("noted … and approved its publication"), a ratified chair's action under "Decision:".
    C("bridgewater-chc-board-2014", "https://careersdocbox.com/amp/83208388-Nursing/Meeting-board-of-directors-meeting-to-be-held-on-25-june-2013-minutes-of-the-board-of-directors-meeting-held-on-28-may-2013-agenda-item-no-5.html",
      "Bridgewater Community Healthcare NHS Trust Board", "nhs_trust", 2014, "pdf", ["minute_refs_nnn_yy", "decision_colon", "ratified"], [
          ("100/14", "Apologies for Absence", ["Apologies were received from Ms R Lyle, Non-Executive Director."]),
          ("101/14", "Minutes of the Meeting held on 1 May 2014", [
              D("approved", "Resolved: The Board approved the minutes of the meeting held on 1 May 2014 as a correct record.")]),
          ("102/14", "Safe Staffing April 2014 Review", [
              "The Director of Nursing reported that all community nursing teams had met their planned staffing levels in April apart from two district nursing teams in the south of the borough.",
              D("approved", "The Board noted the safe staffing review and approved its publication on the Trust's website.")]),
          ("103/14", "Chair's Action", [
              "The Chair had approved a three-month extension of the community dental contract to avoid a gap in service.",
              D("approved", "Decision: The Board ratified the Chair's action.")]),
      ], subtitle="Bridgewater Community Healthcare NHS Trust - Minutes of the Board of Directors meeting held on Thursday 5 June 2014",
      layout="plain", evidence="the stored page showed a board paper's cover ('102/14(ii) … Safe Staffing April 2014 Review') only; the minute layout and wording follow forms common to trust boards",
      wave=WAVE),

    # A district council cabinet on ModernGov: "RESOLVED: That the minutes … were received as a correct record and
    # signed by the Leader." (past tense after "That"), "In reaching the decision below, Cabinet considered …" then
    # "RESOLVED: That the proposed approach … be approved.", a deferral.
    C("west-lancs-cabinet-2021", "https://democracy.westlancs.gov.uk/ieListDocuments.aspx?CId=143&MID=2806",
      "West Lancashire Borough Council Cabinet", "council_cabinet", 2021, "mg", ["resolved_that_past_tense", "in_reaching_the_decision_below"], [
          ("10.", "Apologies", ["An apology for absence was received on behalf of Councillor Nia Brennan."]),
          ("12.", "Minutes", [D("approved", "RESOLVED: That the minutes of the Cabinet meeting held on Tuesday 8 June 2021 were received as a correct record and signed by the Leader.")]),
          ("15.", "Leisure Facilities - Public Consultation", [
              "Consideration was given to the report of the Corporate Director of Place and Community, which set out a proposed consultation on the future of the leisure centre and its health referral classes.",
              "In reaching the decision below, Cabinet considered the details set out in the report before it and the reasons contained therein.",
              D("approved", "RESOLVED: That the proposed approach to consultation and options appraisal, as set out in section 7 of the report, be approved.")]),
          ("16.", "Health and Wellbeing Grants", [
              "Consideration was given to the report of the Head of Wellbeing on a small grants scheme for community groups running walking and falls prevention sessions.",
              D("deferred", "RESOLVED: That consideration of the grants scheme be deferred to the next meeting of Cabinet to allow the criteria to be reviewed with the primary care network.")]),
      ], subtitle="Cabinet - Tuesday, 20th July 2021 7.00 pm",
      evidence="layout and the minutes' and leisure item's wording seen on the source page; the grants item follows the same form",
      wave=WAVE),

    # A licensing sub-committee's item page (ModernGov mgAi): the hearing narrated, the summary decision given on
    # reconvening, then "Resolved to reject the TENs applications … and to serve a counter notice …".
    C("spelthorne-licensing-sub-2019", "https://democracy.spelthorne.gov.uk/mgAi.aspx?ID=11351",
      "Spelthorne Borough Council Licensing Sub-Committee", "council_committee", 2019, "mgai", ["resolved_to_reject"], [
          (None, "Temporary Event Notices - Riverside Meadow", [
              "The Chairman introduced the members and officers present and explained the procedure for the hearing.",
              "The Licensing Officer summarised the two temporary event notices and the objection from the environmental health service about noise from amplified music late at night.",
              "Having heard the evidence, the Sub-Committee retired to consider the notices, having regard to the four licensing objectives.",
              "Upon reconvening, the Chairman gave the Sub-Committee's summary decision. The full decision with reasons was sent to the parties within one working day.",
              D("rejected", "Resolved to reject the temporary event notices given by Riverside Events Ltd and to serve a counter notice in respect of each.")]),
      ], agenda={None: "The report of the Deputy Chief Executive is attached. A procedure note which explains what happens at a Licensing Sub-Committee follows."},
      evidence="layout and the 'Resolved to reject …' wording seen on the source page; the meeting year is not shown on the stored page",
      wave=WAVE),

    # A borough audit committee on ModernGov: a proposal "seconded by Councillor …" and "There was no dissent from the
    # Committee." before "RESOLVED: The Committee agreed the Minutes were a correct record …", "RESOLVED: The Committee
    # noted …", a recorded vote by name, "The Committee RESOLVED to …".
    C("kings-lynn-audit-committee-2020", "https://democracy.west-norfolk.gov.uk/ieListDocuments.aspx?CId=155&MId=4782&Ver=4",
      "Borough Council of King's Lynn and West Norfolk Audit Committee", "council_committee", 2020, "mg", ["proposal_seconded_no_dissent", "recorded_vote_names", "committee_resolved_to"], [
          ("1.", "Welcome and Introductions", ["The Chair informed the Committee that the meeting was being broadcast live.", "The Democratic Services Officer conducted a roll call to confirm attendees."]),
          ("2.", "Apologies", ["There were no apologies for absence."]),
          ("3.", "Minutes", [
              "The Chair explained that the draft minutes did not quite reflect the wording of the motion on the working group as it had been put to the vote.",
              "Councillor Harte proposed that the minutes be amended to record the motion as it had been read out before the vote. The proposal was seconded by Councillor Osei.",
              "There was no dissent from the Committee.",
              D("approved", "RESOLVED: The Committee agreed the Minutes were a correct record of the meeting held on 27 July 2020, subject to the amendment above.")]),
          ("8.", "Annual Audit Letter 2018/2019", [
              "The external auditor presented the letter, which summarised the work done on the 2018/2019 accounts.",
              D("noted", "RESOLVED: The Committee noted the Annual Audit Letter for the year ended 31 March 2019.")]),
          ("9.", "Cross Party Working Group", [
              "Councillor Harte proposed that the working group continue to meet to finish its review of the community grants report. A recorded vote was taken:",
              "For: Councillors Harte, Osei, Quinlan and Tate. Against: Councillors Bright and Moss.",
              D("agreed", "RESOLVED: That the Cross Party Working Group continue to meet to complete its review of the community grants report.")]),
          ("10.", "Occupational Health Contract", [
              "Members asked why the contract had been extended twice without a tender.",
              D("agreed", "The Committee RESOLVED to ask the Executive Director to report on the occupational health contract at its March meeting.")]),
      ], subtitle="Audit Committee - Monday, 21st September 2020 4.30 pm",
      evidence="layout and the minutes' proposal, 'no dissent' and 'RESOLVED: The Committee …' wording seen on the source pages of this committee; the recorded vote follows the form common to council committees",
      wave=WAVE),

    # A parish council's website minutes: "N. To …" agenda titles, "Resolved, that these minutes be agreed as a true
    # and accurate record …", "Resolved, proposed Cllr X, seconded Cllr Y, that … Unanimously agreed", a clerk's
    # undertaking that is not a decision.
    C("albury-pc-2023", "https://alburyvillage.co.uk/category/minutes/page/2",
      "Albury Parish Council", "council", 2023, "wp", ["resolved_comma_that", "resolved_proposed_seconded_inline"], [
          ("1.", "To receive and accept apologies for absence", ["Apologies were received and accepted from Councillors Neale and Barr"]),
          ("2.", "To receive declarations of interest.", ["None"]),
          ("3.", "To confirm the minutes of the Albury Parish Council meeting held on Tuesday 8th November 2022", [
              D("approved", "Resolved, that these minutes be agreed as a true and accurate record of the proceedings")]),
          ("4.", "To hear from parties interested in the parish councillor vacancy and co-opt a new councillor if relevant", [
              "Rhian Ostler had expressed an interest after attending the November meeting and spoke about her work as a community pharmacist.",
              D("approved", "Resolved, proposed Cllr Pike, seconded Cllr Haddow, that Rhian Ostler be co-opted to the office of parish councillor for Albury. Unanimously agreed"),
              "Rhian signed the acceptance of office document."]),
          ("6.", "To receive petitions, comments and questions from the public", [
              "A resident asked whether the footpath to the surgery bus stop could be resurfaced. The clerk agreed to ask the county council to inspect it."]),
          ("8.", "To consider a contribution towards the village hall defibrillator", [
              "The hall committee had asked for help with the cost of replacement pads and a battery.",
              D("agreed", "Resolved, proposed Cllr Haddow, seconded Cllr Pike, that £180 be given towards the replacement pads and battery. Unanimously agreed")]),
      ], subtitle="ALBURY PARISH COUNCIL MEETING", head="{num} {title}", head_tag="p",
      preamble=["Minutes of the meeting held Tuesday 10th January 2023, 7.15 pm at the Village Hall",
                "Present: Councillors Pike, Haddow and Lowther", "In attendance: Mrs D Carr (parish clerk) and 2 members of the public"],
      evidence="layout and the minutes' and co-option wording seen on the source page; the defibrillator item follows the same form",
      wave=WAVE),

    # A parish council's extraordinary meeting on its website: "N. Title – Ref 24/106: Proposed and seconded; a vote
    # was taken …; 5 for, 1 against. It was therefore RESOLVED that …" (heading and minute on one line or two), a
    # deferral by vote.
    C("keelby-pc-2024", "https://keelby.parish.lincolnshire.gov.uk/council-business/2024-parish-council-minutes-meetings-1/7",
      "Keelby Parish Council", "council", 2024, "wp", ["proposed_seconded_vote_counts", "it_was_therefore_resolved", "inline_title_ref"], [
          ("1.", "Apologies", [P("1. Apologies - Ref 24/104: Councillors D Fowler and S Grant.")]),
          ("3.", "Approval of the minutes of the meeting held on 7th May 2024 as a true record", [
              P("3. Approval of the minutes of the meeting held on 7th May 2024 as a true record – Ref 24/106:",
                ("D", "approved", "Proposed and seconded; a vote was taken on the accuracy of the minutes; All in favour. It was therefore RESOLVED that the minutes were an accurate record of the meeting."))]),
          ("4.", "Approval of the payment schedule (Ref 24/92)", [
              P("4. Approval of the payment schedule (Ref 24/92) – Ref 24/107:"),
              D("approved", "Proposed and seconded; a vote was taken to approve the item; 5 for, 1 against. It was therefore RESOLVED that the payment schedule be approved.")]),
          ("6.", "Replacement defibrillator cabinet (Ref 24/95)", [
              P("6. Replacement defibrillator cabinet (Ref 24/95) – Ref 24/109:"),
              "Only one quotation had been received for the heated cabinet outside the village hall.",
              D("deferred", "Proposed and seconded; a vote was taken to defer the item; all in favour. It was therefore RESOLVED that the item be deferred until a second quotation has been received.")]),
          ("7.", "Parking at the surgery (Ref 24/96)", [
              P("7. Parking at the surgery (Ref 24/96) – Ref 24/110:"),
              D("agreed", "Proposed and seconded; a vote was taken; 4 for, 2 against. It was therefore RESOLVED that the Clerk writes to the practice manager about patients parking on Church Lane.")]),
      ], subtitle="June 25th Minutes", head="",
      preamble=["Minutes of the Keelby Parish Council Extraordinary Meeting", "Held in the Village Hall on Tuesday 25th June 2024 commencing 7pm.",
                "Those Present: Councillors R Walsh (Chair), K Ibbotson, F Marr, P Cole, J Dunne and E Noble"],
      evidence="layout and the proposed/seconded/vote/RESOLVED wording seen on the source page; the defibrillator and surgery items follow the same form",
      wave=WAVE),

    # A Welsh community council's draft minutes page: headings with no numbers, "The minutes … were agreed and signed
    # off by the Chair", lettered matters arising in which a proposal is seconded and agreed, "Agreed Clerk should …"
    # with no "that", a planning application noted.
    C("llanfechain-cc-2017", "http://llanfechain.org.uk/june2017.html",
      "Llanfechain Community Council", "council", 2017, "wp", ["unnumbered_headings", "proposed_seconded_agreed_inline", "agreed_clerk_should"], [
          ("", "Apologies", ["No apologies had been received"]),
          ("", "Minutes", [D("approved", "The minutes of both the AGM and the May meeting were agreed and signed off by the Chair")]),
          ("", "Declarations of Interest", ["No declarations were made"]),
          ("", "Matters Arising", [
              "a) Cllr R Vaughan had met the Clerk to agree how correspondence would be shared with members. To be included on the agenda for the next meeting.",
              D("agreed", "b) Cllr R Vaughan proposed that £75 be donated to the Llanfechain First Responders towards a new defibrillator battery. Cllr T Owen seconded the donation, which was agreed by all."),
              "c) Suggestion boxes had been placed in the community shop and the inn; anonymous comments would be noted but not acted upon."]),
          ("", "Surgery Bus Stop", [
              "Residents had complained that the bus stop for the Llanfyllin surgery had no shelter and no timetable.",
              D("agreed", "Agreed Clerk should write to the county council asking for a shelter and a timetable at the surgery bus stop.")]),
          ("", "Planning", [
              "An application for a garden room at Bryn Tanat was considered.",
              D("noted", "The application was noted and no objection was raised.")]),
      ], subtitle="Llanfechain Community Council", head="{title}", head_tag="p", no_numbers=True,
      preamble=["These minutes are a draft copy only and may be subject to change before they are adopted",
                "A meeting was held on June 6th 2017 at Llanfechain Memorial Hall"],
      evidence="layout and the minutes' wording and a seconded donation seen on the source page; the bus stop and planning items follow forms common to community councils",
      wave=WAVE),

    # A Welsh community council's bound minutes (PDF): "N. Title: text" on one line, initials for members ("MP
    # proposed DP second PK. The proposal was agreed."), "… was noted and accepted with the following comments" over
    # bullets, "Agreed Clerk to …".
    C("llanbadarn-fawr-cc-2019", "https://docslib.org/doc/3989623/llanbadarn-fawr-community-council-minutes-of-meeting-held",
      "Llanbadarn Fawr Community Council", "council", 2019, "pdf", ["inline_colon_titles", "initials_proposed_second", "noted_and_accepted_with_comments"], [
          ("1.", "Welcome by the Chairman", [P("1. Welcome by the Chairman: MP thanked everyone for attending and opened the meeting at 7pm")]),
          ("4.", "Minutes of the previous meeting held on 4th April 2019", [
              P("4. Minutes of the previous meeting held on 4th April 2019:", ("D", "approved", "The minutes were approved and signed as a true record."))]),
          ("7.", "Appointment of Officers", [
              P("7. Appointment of Officers: (a) Chairman (b) Vice-Chairman: All appointments are until May 2020. DP had indicated a willingness to continue as Chair for a further year.",
                ("D", "agreed", "MP proposed DP second PK. The proposal was agreed."))]),
          ("9.", "Clerk's Financial Report", [
              P("9. Clerk's Financial Report:", ("D", "noted", "The report was noted and accepted with the following comments:")),
              B("", ["The grant to the Crossgates surgery patient group had not yet been claimed.",
                     "The insurance renewal would be paid from the June precept."])]),
          ("10.", "Surgery Car Park", [
              P("10. Surgery Car Park: Residents had reported that the disabled bays at the Crossgates surgery were often full by 9am.",
                ("D", "agreed", "Agreed Clerk to write to the health board asking for more disabled spaces."))]),
      ], subtitle="LLANBADARN FAWR COMMUNITY COUNCIL", head="", layout="plain",
      preamble=["Minutes of meeting held on 9th May 2019 at 7pm Crossgates Community Centre", "Present : KH, PK, MP"],
      evidence="layout, the inline titles, the initials and the appointment wording seen on the source page; the financial report and car park items follow forms common to community councils",
      wave=WAVE),
]
