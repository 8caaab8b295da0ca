"""Wave 18: decisions of council scrutiny and audit committees (health and adult social care, audit), a fire
authority, a combined fire authority and a national park's local access forum, from bodies no earlier case or blind set used (each body name, its
variants and its source address grepped in ``evaluation/`` first, blind11 and blind12 left out, and claimed in the
session's claims list; the parent councils of some committees appear in other cases, the committees themselves in
none). Layouts: a fire authority's page numbered "DSFRA/16", "DSFRA/17a" with "RESOLVED that, subject to …, the
Minutes … be signed" and "RESOLVED that, in accordance with Standing Orders, the Minutes be adopted."; issue-history
pages with "Resolved:- That …", minutes approved in narrative ("The Committee approved the minutes of its meeting of
… and authorised the Chair to sign them …"), and "RESOLVED: That" over "(a) …", "(b) …"; an agenda
item page with "Resolved:" alone over "i) That … be noted." and "ii) That … be agreed."; a combined fire authority's
text minutes with "A4Minutes …" run into their number and a bare "That the report be noted."; a forum's "1. APPOINTMENT OF CHAIRMAN: Mr X was appointed …". Scored once before
any change made for them (README.md, "Wave 18").

As in ``cases_def.py``: the layout, item numbering and formulaic wording are as published at ``source_url`` where the
stored page showed them; every narrative sentence is written anew. Where the stored page showed only part of the
record, ``evidence`` says so and the other decisions follow forms common to that kind of body.
"""
from cases_def import C, D

WAVE = 18
PARTIAL = "layout and decision wording seen on the first part of the source page; later items follow the same forms"

CASES = [
    # A fire and rescue authority's ModernGov page: "DSFRA/16" numbers, committee minutes as lettered sub-items
    # ("DSFRA/17a"), a minutes resolution with its amendment first, and committee minutes "adopted".
    C("dsfra-2016", "https://fireauthority.dsfire.gov.uk/ieListDocuments.aspx?CId=139&MId=348&Ver=4",
      "Devon and Somerset Fire and Rescue Authority", "other", 2016, "mg",
      ["slash_prefixed_item_numbers", "resolved_that_subject_to", "minutes_adopted_standing_orders"], [
          ("DSFRA/16", "Minutes", [
              D("approved", "RESOLVED that, subject to Minute DSFRA/3 (Election of Vice-Chair) being amended to read “Councillor Healey proposed (with Councillor Thomas seconding) that Councillor Greenslade be appointed Vice-Chair”, the Minutes of the Annual and Ordinary meetings of the Authority held on 26 May 2016 be signed as a correct record.")]),
          ("DSFRA/17a", "Human Resources Management & Development Committee", [
              "Standing in for the committee chair, Councillor Chugg MOVED the Minutes of the meeting held on 24 June 2016, which had dealt with sickness absence figures and the yearly appointments to the pensions disputes panel.",
              D("approved", "RESOLVED that, in accordance with Standing Orders, the Minutes be adopted.")]),
          ("DSFRA/17b", "Audit & Performance Review Committee", [
              "Councillor Radford MOVED the Minutes of the meeting held on 28 June 2016, at which the committee had looked at the draft annual governance statement.",
              D("approved", "RESOLVED that, in accordance with Standing Orders, the Minutes be adopted.")]),
          ("DSFRA/18", "Treasury Management Performance 2016-17", [
              "The Director of Finance went through the report (DSFRA/16/12), which showed the investment returns for the first quarter against the benchmark.",
              D("noted", "RESOLVED that the report be noted.")]),
      ], subtitle="Devon & Somerset Fire & Rescue Authority - Friday, 29th July, 2016 10.00 am",
      agenda={"DSFRA/16": "of the Annual and Ordinary Meetings held on 26 May 2016.",
              "DSFRA/17a": "The Chair of the Committee, Councillor Bown, to MOVE the Minutes of the meeting held on 24 June 2016. RECOMMENDATION that the Minutes be adopted in accordance with Standing Orders.",
              "DSFRA/17b": "The Chair of the Committee, Councillor Radford, to MOVE the Minutes of the meeting held on 28 June 2016 RECOMMENDATION that the Minutes be adopted in accordance with Standing Orders."},
      evidence=PARTIAL, wave=WAVE),

    # A metropolitan borough's audit committee issue-history page: "Resolved:-  That the minutes … be approved as a
    # correct record for signature by the Chairman." after a lettered list of matters noted.
    C("rotherham-audit-2017", "https://moderngov.rotherham.gov.uk/ieIssueDetails.aspx?IId=78795&Opt=3",
      "Rotherham Metropolitan Borough Council Audit Committee", "council_committee", 2017, "mgissue",
      ["resolved_colon_hyphen", "issue_history_two_meetings", "for_signature_by_the_chairman"], [
          ("56", "Minutes of the previous meeting held on 8th February, 2017", [
              "The Committee went through the minutes of its meeting of 8th February, 2017 and noted that:-",
              "(a) (Minute No. 43 – Self-Assessment) – a summary of the Committee's strengths and gaps would reach Members before the July meeting;",
              "(b) (Minute No. 50 – Appointment of External Auditors) – the Council had accepted the recommendation at its March meeting.",
              D("approved", "Resolved:- That the minutes of the previous meeting of the Audit Committee be approved as a correct record for signature by the Chairman.")]),
          ("31", "Minutes of the previous meeting held on 21st September, 2016", [
              "The Committee went through the minutes of its meeting of 21st September, 2016.",
              D("approved", "Resolved:-  That the minutes of the previous meeting be approved as a correct record for signature by the Chairman.")]),
      ], issue="Minutes of the previous meeting held on XX (herewith)",
      meetings=["19/04/2017 - Audit Committee", "23/11/2016 - Audit Committee"],
      evidence="decision layout seen on the source page", wave=WAVE),

    # A county council's audit committee agenda item page: "Resolved:" alone, then roman-numbered resolutions
    # "i) That … be noted." / "ii) That … be agreed." (one decision with two parts).
    C("durham-audit-2023", "https://democracy.durham.gov.uk/mgAi.aspx?ID=62822",
      "Durham County Council Audit Committee", "council_committee", 2023, "mgai",
      ["resolved_colon_alone", "roman_parts_that_be", "report_to_council"], [
          (None, "Report of the Audit Committee for the period September 2022 to August 2023", [
              "The Committee received the chair's draft annual report, which will go to County Council in October and sets out how the committee has overseen governance during the year.",
              "The report also proposed extending the terms of office of the two co-opted independent members until a recruitment exercise could be completed.",
              D("agreed", "Resolved:",
                "i)               That the contents of the report be noted.",
                "ii)             That the extended terms of office for the two co-opted Independent Persons to 30 April 2024 subject to a recruitment exercise being concluded in advance of that date to appoint co-opted members for a three year period from May 2024 be agreed.")]),
      ], evidence="decision layout seen on the source page", wave=WAVE),

    # A county council's audit & governance committee issue page: "Minutes:" where the approval is told in
    # narrative, once per set of minutes, one of them "subject to the following
    # amendments".
    C("oxfordshire-audit-governance-2022", "https://mycouncil.oxfordshire.gov.uk/ieIssueDetails.aspx?IId=29982&PlanId=0&Opt=3",
      "Oxfordshire County Council Audit & Governance Committee", "council_committee", 2022, "mgissue",
      ["committee_approved_and_authorised_chair", "subject_to_amendments"], [
          ("31", "Minutes", [
              "The Committee considered the minutes of its meetings of –",
              "5 January 2022",
              D("approved", "The Committee approved the minutes of its meeting of 5 January 2022 and authorised the Chair to sign them as a correct record."),
              "Members noted that the performance indicators for the parking permit service promised at the last meeting had not yet been sent.",
              "16 March 2022",
              D("approved", "The Committee approved the minutes of its meeting of 16 March 2022 and authorised the Chair to sign them as a correct record, subject to the following amendments."),
              "(a)     Attendance",
              "That one co-opted member be shown once only, as a Non-Voting Member, and that a councillor who had been present be added to the Voting Members.",
          ]),
      ], issue="Minutes", meetings=["11/05/2022 - Audit & Governance Committee"], decision_blocks=False,
      evidence=PARTIAL, wave=WAVE),

    # A unitary council's health and adult social care scrutiny committee issue page: "RESOLVED: That" over lettered
    # parts "(a) … ;", "(b) …; and", "(c) …" (one decision).
    C("cheshire-east-hasc-scrutiny-2008", "https://moderngov.cheshireeast.gov.uk/ieIssueDetails.aspx?IId=8649&Opt=3&PlanId=0",
      "Cheshire East Council Health and Adult Social Care Scrutiny Committee", "council_committee", 2008, "mgissue",
      ["resolved_colon_that_lettered_parts", "task_finish_panel"], [
          ("44", "Work Programme", [
              "The Committee looked at how the items in its work programme had moved on; the ambulance service and the adult social care redesign would both report back regularly.",
              "Members went through the action plans from two earlier county reviews and asked whether more work was needed.",
              D("agreed", "RESOLVED: That",
                "(a) a Task/Finish Panel be established to undertake a Scrutiny Review of Diabetes and Obesity based on a 4:1:1:1 basis and a Scoping Report be submitted for consideration to the Mid Point meeting;",
                "(b) a presentation be made to a future meeting on Diabetes; and",
                "(c) a Scoping Report be submitted for consideration to the Mid Point meeting on a possible Scrutiny Review of Community Support Transport related matters.")]),
      ], issue="Work Programme", meetings=["16/12/2008 - Health and Adult Social Care Scrutiny Committee"],
      evidence="decision layout seen on the source page", wave=WAVE),

    # A combined fire authority's minutes as PDF-to-text: group labels by council, "A4Minutes …" with no space after
    # the number, minutes "confirmed as a correct record and signed by the chair", and bare "That the report be
    # noted." lines with no "RESOLVED".
    C("durham-darlington-cfa-2015", "https://docsbay.net/durham-county-councillors",
      "Combined Fire Authority for County Durham and Darlington", "other", 2015, "txt",
      ["number_run_into_title", "bare_that_resolutions", "confirmed_and_signed_by_the_chair"], [
          ("A1", "Declarations of interest", ["There were no declarations of interest."]),
          ("A2", "Chief Fire Officer’s commendations", [
              "The acting chief fire officer presented commendations to two residents who had helped casualties out of danger at separate incidents."]),
          ("A4", "Minutes of the meeting held on 24 September 2015", [
              D("approved", "The minutes of the meeting held on 24 September 2015 were confirmed as a correct record and signed by the chair (for copy see file of minutes)."),
              "There were no further matters arising."]),
          ("A5", "Audit and risk committee – chairs report", [
              "The Authority considered a report of the chair of the audit and risk committee on the business of its meeting held on 28 September 2015 (for copy see file of minutes).",
              D("noted", "That the report be noted.")]),
          ("A6", "Policy and performance review committee – chairs report", [
              "The Authority considered a report of the chair of the policy and performance review committee on its October meeting, which had looked at response times in rural areas (for copy see file of minutes).",
              D("noted", "That the report be noted.")]),
      ], subtitle="Combined Fire Authority for County Durham and Darlington", head="{num}{title}",
      preamble=["At a meeting of the Combined Fire Authority for County Durham and Darlington held at Fire and Rescue Service Headquarters, Belmont Business Park, Durham on Thursday 12 November 2015 at 10.00 a.m.",
                "Durham County Councillors:",
                "Councillors D Bell, J Bell,J Chaplow,B Graham, M Hodgson, S Iveson, J Lethbridge, L Marshall, C Potts, G Richardson, K Shaw, M Simmons,D Stoker, J Turnbull andA Willis.",
                "Darlington Borough Councillors:",
                "Councillors B Jones, G Lee and S Richmond.",
                "Independent Standards Members:",
                "Mr J Dykes",
                "Apologies for absence were received from Councillors B Armstrong, B Glass, A Laing, P Oliver and J Robinson."],
      para_gap=False, evidence=PARTIAL, wave=WAVE),
    # A national park authority's local access forum, minutes as PDF text: a numbered item's capitals title ends
    # in a colon and its minute runs on in the same paragraph ("1. APPOINTMENT OF CHAIRMAN: Mr X was appointed
    # …"; "5. (1) MINUTES: The minutes … were agreed and signed as a correct record.").
    C("exmoor-laf-2014", "https://docslib.org/doc/7856601/item-3-exmoor-local-access-forum-minutes-of-a-meeting-of-the-exmoor-local-access-forum-held-on-thursday-9-october-2014-at-6-30pm-at-porlock-village-hall",
      "Exmoor Local Access Forum", "other", 2014, "txt",
      ["caps_title_colon_run_in_minute", "was_appointed_for_the_ensuing_year", "sub_numbered_minutes_item"], [
          ("1.", "APPOINTMENT OF CHAIRMAN", [("P", "1. APPOINTMENT OF CHAIRMAN:",
              ("D", "approved", "Mr Philip Park was appointed Chairman of the Forum for the ensuing year."))]),
          ("2.", "APPOINTMENT OF DEPUTY CHAIRMAN", [("P", "2. APPOINTMENT OF DEPUTY CHAIRMAN:",
              ("D", "approved", "Mrs Alison Kent was appointed Deputy Chairman of the Forum for the ensuing year."))]),
          ("3.", "APOLOGIES FOR ABSENCE", [("P", "3. APOLOGIES FOR ABSENCE: Apologies for absence were received from Chris Binnie, Julian Gurney and Sue Applegate. The meeting heard that Peter Thorn had stood down from the Forum; the Authority would publicise the vacancy in the new year.")]),
          ("4.", "DECLARATIONS OF INTEREST", [("P", "4. DECLARATIONS OF INTEREST: Every Forum Member declared a personal interest as a representative of the interest group that had nominated them.")]),
          ("5.", "MINUTES", [("P", "5. (1) MINUTES:",
              ("D", "approved", "The minutes of the meeting held on 3 April 2014 were agreed and signed as a correct record."))]),
          ("6.", "COASTAL ACCESS", [("P", "6. COASTAL ACCESS: The Access & Recreation Manager described progress on the coast path proposals between Minehead and Combe Martin; members asked to see the draft route maps when they were ready.",
              ("D", "noted", "The update was noted."))]),
      ], subtitle="Exmoor Local Access Forum", head="",
      preamble=["ITEM 3", "EXMOOR LOCAL ACCESS FORUM",
                "MINUTES of a meeting of the Exmoor Local Access Forum held on Thursday 9 October 2014 at 6.30pm at Porlock Village Hall.",
                "PRESENT Colin Blackburn Philip Park", "Alison Kent Richard Partington", "Joan Long Nick Simpson", "Robin Milton Ueli Zellweger",
                "EXMOOR NATIONAL PARK AUTHORITY STAFF IN ATTENDANCE Dan Barnett (Access & Recreation Manager)", "Carol Carder (Joint Secretary to the Forum)"],
      evidence=PARTIAL, wave=WAVE),
]
