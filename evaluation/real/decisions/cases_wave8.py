"""Wave 8: fourteen cases from kinds of body the rules were least written for (Northern Ireland councils and HSC
bodies, Scottish council committees and a special health board, a Welsh health board and community health
councils, local enterprise partnerships), none used by an earlier case or a blind set; scored once before any change
made for them (README.md, "Wave 8").

As in ``cases_def.py``: the layout, item numbering and formulaic wording ("It was / Proposed by … Seconded by …, and
/ Resolved: that …", "Moved by … Seconded by … and RESOLVED - that …", "The Committee agreed:-", "There was submitted
and noted …", "RECEIVED and APPROVED", "were submitted and approved") are as published at ``source_url``; names,
figures and every narrative sentence are written anew. Where the stored page showed the layout but not the decision
wording, ``evidence`` says so and the wording follows that kind of body's usual forms.
"""
from cases_def import B, C, D, P

WAVE = 8
COMMON_FORMS = ("layout seen on the source page; its decision wording was not shown there and follows the forms "
                "common to this kind of body")

CASES = [
    # A Northern Ireland district council's minutes as text: "1 Minutes" headings, paragraphs numbered "1.1",
    # "It was" on its own line, then "Proposed by … Seconded by …, and", then "Resolved: that …"; "2.3.1 It was
    # agreed that …" under "Submitted letter from …" paragraphs.
    C("magherafelt-dc-2011", "https://docslib.org/doc/8264261/magherafelt-district-council-minutes",
      "Magherafelt District Council", "ni", 2011, "txt", ["it_was_proposed_seconded_resolved", "sub_paragraph_numbers", "submitted_letter_lines"], [
          ("1", "Minutes", [
              "1.1 It was",
              "Proposed by Councillor R T Quinn Seconded by Councillor Mrs L A Boyd, and",
              D("approved", "Resolved: that the Minutes of the Meeting of the Council held on Tuesday, 9 August 2011 (copy previously circulated to each Member) be taken as read and signed as correct."),
              "1.2 It was",
              "Proposed by Councillor P J Devlin Seconded by Councillor R T Quinn, and",
              D("approved", "Resolved: that the Minutes of a Special Meeting of the Council held on Tuesday, 16 August 2011 (copy previously circulated to each Member) be taken as read and signed as correct.")]),
          ("2", "Matters Arising Out of the Minutes", [
              "2.1 The Chief Executive advised that there were no matters as such arising out of the Minutes, but that he had several items of information for Members.",
              "2.2 Submitted letter from the Roads Service advising that the resurfacing of the Moneymore Road would begin in the second week of October (copy circulated to each Member).",
              "2.3 Submitted e-mail from Northern Ireland Water asking for dates on which it might present its capital works programme to the Council.",
              D("agreed", "2.3.1 It was agreed that Northern Ireland Water be invited to attend the November meeting of the Council.")]),
          ("3", "Civic Receptions", [
              "3.1 Councillor Mrs L A Boyd requested a Civic Reception for the under-14 camogie team from the district, who had won the Ulster title in August.",
              "3.2 It was",
              "Proposed by Councillor P J Devlin Seconded by Councillor T A Crossan, and",
              D("agreed", "Resolved: that the Council host a Civic Reception for the team, the date to be arranged by the Chief Executive.")]),
          ("4", "Notice of Motion", [
              "4.1 Councillor T A Crossan spoke to his motion on the minor injuries service at the local hospital, which the Trust had proposed to close in the evenings.",
              "4.2 Following discussion it was",
              "Proposed by Councillor T A Crossan Seconded by Councillor Mrs L A Boyd, and",
              D("approved", "Resolved: that the Council supports the retention of the evening minor injuries service and writes to the Minister for Health to say so.")]),
      ], preamble=["MAGHERAFELT DISTRICT COUNCIL",
                   "Minutes of Proceedings of a Meeting of District Council held in the Council Chamber, 50 Ballyronan Road, Magherafelt on Tuesday, 13 September 2011. The meeting commenced at 7.30 pm.",
                   "Presiding: G C Shiels"], head="{num} {title}", wrap=90, wave=WAVE),

    # A Northern Ireland borough council: capitals headings "4 MINUTES OF …", "Moved by Councillor …" and "Seconded
    # by Alderman … and" on their own lines, "RESOLVED - that …", an "ACTION BY:" line after a resolution.
    C("antrim-newtownabbey-2017", "https://docslib.org/doc/4711889/1-minutes-of-the-proceedings-of-the-meeting-of-the",
      "Antrim and Newtownabbey Borough Council", "ni", 2017, "txt", ["moved_seconded_resolved_dash", "action_by_line", "caps_headings"], [
          ("1", "BIBLE READING, PRAYER AND WELCOME", [
              "The Mayor welcomed everyone to the meeting and advised Members of the audio recording procedures.",
              "The meeting opened with a Bible reading and prayer by the Reverend Alan Dunseith."]),
          ("2", "APOLOGIES", ["Apologies were received from Councillor Keery."]),
          ("3", "DECLARATIONS OF INTEREST", ["There were no Declarations of Interest made."]),
          ("4", "MINUTES OF THE ANTRIM AND NEWTOWNABBEY BOROUGH COUNCIL MEETING", [
              "Moved by Councillor Ferris", "Seconded by Alderman Hood and",
              D("approved", "RESOLVED - that the Minutes of the proceedings of the Antrim and Newtownabbey Borough Council Meeting of Monday 30 October 2017 be taken as read and signed as correct.")]),
          ("5", "DEPUTATION - DEPARTMENT FOR INFRASTRUCTURE ROADS", [
              "The Mayor welcomed the Divisional Roads Manager and the Section Engineer, who outlined the winter service programme and the schemes planned for the coming year.",
              "Members asked about the gritting of rural routes and the repair of footways near schools, and the officers undertook to reply in writing on the points raised.",
              "The Mayor thanked the officers for their attendance and they left the meeting."]),
          ("6", "REPORT ON BUSINESS OF THE PLANNING COMMITTEE", [
              "Moved by Alderman Hood", "Seconded by Councillor Lyle and",
              D("approved", "RESOLVED - that the report of the Planning Committee meeting of 20 November 2017 be adopted."),
              "ACTION BY: Lorna Jamison, Head of Governance"]),
          ("7", "NOTICE OF MOTION - DEFIBRILLATORS IN COUNCIL FACILITIES", [
              "Councillor Lyle proposed the motion standing in her name, which asked officers to report on the provision of defibrillators at every leisure and community facility of the Council.",
              "Moved by Councillor Lyle", "Seconded by Councillor Ferris and",
              D("agreed", "RESOLVED - that officers bring a report to the January meeting of the Operations Committee on the provision of defibrillators in Council facilities."),
              "ACTION BY: Gary Boyd, Director of Operations"]),
      ], preamble=["MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE COUNCIL HELD IN ANTRIM CIVIC CENTRE ON 27 NOVEMBER 2017 AT 6:30 PM",
                   "In the Chair : The Mayor (Councillor P Hanna)"], head="{num} {title}", wrap=95, wave=WAVE),

    # An HSC trust committee's minutes laid out as a PDF: numbered items, "Members endorsed …", "The Committee endorsed
    # the following policies" over "i) … ii) …" parts, minutes "approved" as a sentence.
    C("northern-hsct-governance-2016", "https://vdocuments.site/report-summary-boardcommitteespdf-mr-j-murray-internal-audit-bso-ms-l-neill.html",
      "Northern Health and Social Care Trust Governance Committee", "ni", 2016, "pdf", ["committee_endorsed_following", "roman_parts_close_paren", "members_endorsed"], [
          ("1.", "Apologies", ["Apologies were received from Mrs K Dillon, Non-Executive Director."]),
          ("2.", "Declarations of Interest", ["No declarations of interest were made."]),
          ("3.", "Minutes of the Previous Meeting", [D("approved", "The minutes of the meeting held on 5 November 2015 were approved as an accurate record.")]),
          ("4.", "Corporate Risk Register", [
              "The Director of Finance presented the register. Two new risks had been added since the last meeting, one on the recruitment of domiciliary care staff and one on the replacement of the radiology system.",
              "A member asked how the risk on waiting times would be reduced; the Director said that the elective plan would be brought to the next meeting.",
              D("noted", "The Committee noted the Corporate Risk Register.")]),
          ("5.", "Policies for Approval", [
              "The Board Secretary explained that both policies had been revised to follow the regional model and had been reviewed by the trade unions.",
              D("approved", "The Committee endorsed the following policies", "i) Draft Gifts, Hospitality and Sponsorship Policy", "ii) Draft Conflicts of Interest Policy")]),
          ("6.", "Annual Business Cycle", [
              "The Board Secretary presented the annual business cycle, which set out the reports the Committee would receive at each meeting in 2016.",
              D("approved", "Members endorsed the Governance Committee Annual Business Cycle 2016.")]),
      ], subtitle="Northern Health and Social Care Trust - Minutes of the Governance Committee held on 4 February 2016, Boardroom, Bretten Hall, Antrim",
      head="{num} {title}", layout="plain", evidence=COMMON_FORMS, wave=WAVE),

    # An HSC body's audit committee page: "3. Minutes of … –GAC 1/2017" headings with a paper reference, minutes
    # "approved subject to the following amendment:" over lettered corrections, "The Committee noted that …" (a report,
    # no decision) and "The Committee noted the …" (a decision).
    C("bso-gac-2017", "https://docsbay.net/draft-agenda-next-audit-committee",
      "Business Services Organisation Governance and Audit Committee", "ni", 2017, "wp", ["paper_reference_in_heading", "approved_subject_to_amendment_list", "noted_that_report"], [
          ("1.", "Apologies", ["Apologies were received from Prof. Hazel Orr and Mr Desmond Kerr."]),
          ("2.", "Conflicts of Interest Declaration", ["There were no conflicts of interest declared."]),
          ("3.", "Minutes of Governance and Audit Committee meeting held on 18 October 2016 –GAC 1/2017", [
              D("approved", "The minutes of the meeting held on 18 October 2016 were approved subject to the following amendment:"),
              "(a) Minute 7(a) iii – Payroll Shared Services Follow Up",
              "The word ‘embedding’ in the fourth paragraph should read ‘embedded’."]),
          ("4.", "Action Points arising out of Minutes of 18 October 2016 – GAC 2/2017", [
              "The Committee noted that all action points had been completed."]),
          ("5.", "Chair’s Business", ["The Acting Chair welcomed the newly appointed Non-Executive Directors to their first meeting of the Committee."]),
          ("6.", "Internal Audit Progress Report – GAC 3/2017", [
              "The Head of Internal Audit reported that eleven of the fourteen planned audits had been completed, two of them with limited assurance.",
              D("noted", "The Committee noted the Internal Audit progress report.")]),
          ("7.", "Revised Audit Committee Handbook – GAC 4/2017", [
              "The Director of Finance presented the revised handbook, which brought the Committee's terms of reference into line with the Department's guidance.",
              D("approved", "The Committee approved the revised handbook for submission to the Board.")]),
      ], subtitle="Minutes of the Governance and Audit Committee (GAC) which took place on Tuesday, 17 January 2017 at 11:00am in the BSO Board Room, 2 Franklin Street, Belfast.",
      head="{num} {title}", head_tag="p", wave=WAVE),

    # A local enterprise partnership's board minutes as text: "1. Title" headings, "Resolved: The Board agreed that …",
    # "Resolved: The Board approved the updated minutes …, the minutes were duly signed by the Chair.", "None" items.
    C("lancashire-lep-2015", "https://deploy.abcdocz.com/doc/1066438/minutes---lep-board---17.03.15-draft---council",
      "Lancashire Enterprise Partnership Board", "lep", 2015, "txt", ["resolved_colon_board_verb", "minutes_approved_duly_signed", "none_items"], [
          ("1.", "Welcome and Apologies for Absence", [
              "The Chair welcomed all to the meeting. Apologies for absence were noted from four Directors.",
              "A Director asked the Board to allow a colleague from his company to attend as an observer in his absence, and the Chair asked that two officers of partner councils also be allowed to observe.",
              D("agreed", "Resolved: The Board agreed that the three observers be present for the Part I agenda items but excluded from the Part II agenda items.")]),
          ("2.", "Minutes of the meeting held on 10th February 2015", [
              "A correction to the previous minutes was reported, adding a reference to the stakeholder group in the Any Other Business section.",
              D("approved", "Resolved: The Board approved the updated minutes of the meeting held on 10th February 2015 as an accurate record, the minutes were duly signed by the Chair.")]),
          ("3.", "Matters Arising", ["None"]),
          ("4.", "Declarations of Interest", ["Two Directors declared interests in Item 7 as the owners of a town centre scheme. As the report was an update with no decisions to be taken on that scheme, they remained in the meeting."]),
          ("5.", "Growth Deal Programme Update", [
              "The Director of Economic Development presented the report, which set out the spending profile of the first year of the Growth Deal and the schemes at risk of slipping.",
              "Directors asked for earlier warning of any slippage, and it was confirmed that a dashboard would be provided at each meeting.",
              D("noted", "Resolved: The Board noted the report and the progress made in the first year of the Growth Deal.")]),
      ], preamble=["Lancashire Enterprise Partnership Limited Board",
                   "Minutes of the Meeting held on Tuesday, 17th March, 2015 at 6.00 pm at the Cabinet Room 'D', County Hall, Preston"],
      head="{num} {title}", wrap=95, wave=WAVE),

    # The same kind of body on a ModernGov page (a combined authority's LEP board): numbers in their own cell,
    # "Resolved: That …", "Resolved: (i) That … (ii) That …", bullets of reports before "Resolved: That the updates be
    # noted."
    C("leeds-city-region-lep-2018", "http://westyorkshire.moderngov.co.uk/ieListDocuments.aspx?CId=150&MId=532",
      "Leeds City Region Enterprise Partnership Board", "lep", 2018, "mg", ["resolved_colon_that", "narrative_bullets_before_resolution", "roman_that_parts"], [
          ("51.", "Apologies for Absence", ["Apologies for absence were received from Ian Cherry and Councillors P Box, R Cooper and T Swift."]),
          ("52.", "Declarations of Interest", ["A member declared an other interest in Agenda Item 8 as a member of the national review panel of LEPs."]),
          ("53.", "Chair's Comments", ["The Chair welcomed three new private sector members to their first LEP Board meeting."]),
          ("54.", "Minutes of the meeting held on 29 November 2017", [
              D("approved", "Resolved: That the minutes of the meeting held on 29 November 2017 be approved and signed by the Chair.")]),
          ("55.", "Panel Chair Updates", [
              B("The Panel and Group Chairs were thanked for the following reports, presented to the Board for information and update:",
               ["Business Communications Group", "Employment and Skills Panel", "Green Economy Panel"]),
              "A verbal update was given on the Land & Assets Panel, which had met on 5 January 2018.",
              D("noted", "Resolved: That the updates be noted.")]),
          ("56.", "Growth Deal Update", [
              "The Board considered a report of the Director of Delivery on the spending and performance of the Growth Deal programme and the forthcoming review of the programme.",
              "Members discussed the schemes whose spending had slipped and the approach to the review.",
              D("approved", "Resolved:", "(i) That the progress of the Growth Deal programme be noted.",
                "(ii) That the approach to the 2019/20 Growth Deal review set out in the report be endorsed.")]),
      ], subtitle="West Yorkshire Business Board (formerly Leeds City Region Enterprise Partnership Board) - Tuesday, 16th January, 2018 2.30 pm",
      heading="Agenda and minutes", pdficon=True, wave=WAVE),

    # A LEP board's PDF minutes: every paragraph numbered through its item ("3.2 The Minutes … were agreed as a correct
    # record."), a numbered sub-heading line inside an item ("3.4 Enterprise Zone agreements"), "The Board noted … and
    # agreed that …" in one sentence.
    C("llep-board-2019", "https://docslib.org/doc/3434729/llep-board-minutes-6-aug-2019",
      "Leicester and Leicestershire Enterprise Partnership Board of Directors", "lep", 2019, "pdf", ["numbered_paragraphs_through_item", "numbered_subheading_in_item", "noted_and_agreed_sentence"], [
          ("1.", "Welcome and Apologies", ["1.1 KH welcomed those present.", "1.2 Apologies for absence were noted as above."]),
          ("2.", "Declarations of Interest", ["2.1 There were no Declarations of Interest."]),
          ("3.", "Minutes of Previous Meetings", [
              "3.1 a) 2 April 2019",
              D("approved", "3.2 The Minutes of the Board Meeting held on 2 April 2019 were agreed as a correct record."),
              "3.3 MR provided the following updates on the Enterprise Zone agreements (Minute 3.4 refers)",
              "3.4 Enterprise Zone agreements",
              "3.5 It was reported that meetings had been held with the new leader of the district council and that the memorandum of understanding was expected to come to the Board in October."]),
          ("4.", "Local Assurance Framework", [
              "4.1 The Head of Governance presented the revised Local Assurance Framework, which reflected the national guidance issued in January.",
              "4.2 Directors asked that the register of interests be published within ten working days of any change.",
              D("approved", "4.3 The Board approved the revised Local Assurance Framework for submission to government by the end of August.")]),
          ("5.", "Local Industrial Strategy", [
              "5.1 The Chief Executive gave an update on the evidence base for the Local Industrial Strategy and the timetable agreed with government.",
              D("agreed", "5.2 The Board noted the update and agreed that a workshop on the draft strategy be held in September.")]),
      ], subtitle="LLEP BOARD OF DIRECTORS - Minutes of the Meeting - 6 August 2019", head="{num} {title}", layout="plain",
      preamble=["NB: In line with our Local Assurance Framework these minutes are published as a draft record until formal ratification at the subsequent Board of Directors meeting."],
      evidence=COMMON_FORMS, wave=WAVE),

    # A Scottish council committee minute: "3. MINUTES" over "(a) Previous Meeting" / "(b) Executive Sub-Committee",
    # "was approved as a correct record and signed by the Convener", "was submitted and noted (APPENDIX I)", "There was
    # submitted and noted Report No …", "The Committee agreed:-" over "(i) … (ii) …".
    C("angus-isc-2009", "https://docslib.org/doc/6756548/infrastructure-services-committee-held-in-the-town-and-county-hall-forfar-on-tuesday-20-january-2009-at-4-00-pm",
      "Angus Council Infrastructure Services Committee", "other", 2009, "txt", ["lettered_minutes_subheadings", "submitted_and_noted", "committee_agreed_colon_dash"], [
          ("1.", "APOLOGIES/SUBSTITUTES", ["Apologies for absence were intimated on behalf of Councillors Finlay Reid and Morag Gow, with Councillor Alan Ross substituting for Councillor Reid."]),
          ("2.", "DECLARATIONS OF INTEREST", ["Councillor Ross declared an interest in item 5 as a member of the harbour users' group. He indicated that he would take part in discussion and voting."]),
          ("3.", "MINUTES", [
              "(a) Previous Meeting",
              D("approved", "The minute of meeting of this Committee of 25 November 2008 was approved as a correct record and signed by the Convener."),
              "(b) Executive Sub-Committee",
              D("noted", "The minute of meeting of the Executive Sub-Committee of 15 December 2008, a copy of which is appended hereto, was submitted and noted (APPENDIX I).")]),
          ("4.", "TRAFFIC REGULATION ORDERS - UPDATE", [
              D("noted", "There was submitted and noted Report No 51/09 by the Director of Infrastructure Services advising of the progress of the traffic regulation orders promoted since the last meeting.")]),
          ("5.", "HARBOUR DREDGING CONTRACT", [
              "There was submitted Report No 58/09 by the Director of Infrastructure Services seeking approval to accept the lowest tender for the maintenance dredging of the harbour.",
              D("approved", "The Committee agreed:-", "(i) to approve the acceptance of the lowest tender, in the sum of £186,400; and",
                "(ii) to note that a further report on the disposal of the dredged material would be submitted to a future meeting.")]),
      ], preamble=["ANGUS COUNCIL",
                   "MINUTE of MEETING of the INFRASTRUCTURE SERVICES COMMITTEE held in the Town and County Hall, Forfar on Tuesday 20 January 2009 at 4.00 pm.",
                   "Councillor DUNCAN, Convener, in the Chair."], head="{num} {title}", wrap=95, wave=WAVE),

    # A Scottish licensing committee: the previous minute "held as read" before item I, roman capitals headings,
    # "were submitted and approved", two "it was agreed that" statements in one paragraph, a list of applicants whose
    # lines open with a number, "the Committee agreed that the application be granted".
    C("dundee-licensing-2007", "https://docslib.org/doc/10530948/lord-provost-john-r-letford-bailies-john-co",
      "Dundee City Council Licensing Committee", "other", 2007, "txt", ["roman_caps_headings", "minute_held_as_read", "numbered_applicant_lines", "committee_agreed_granted"], [
          (None, "", [
              D("approved", "The minute of meeting of this Committee of 1st February, 2007 was held as read."),
              "Unless marked thus * all items stand delegated."]),
          ("I", "MINUTE OF MEETING OF LICENSING SUB-COMMITTEE", [
              D("approved", "The minutes of meetings of the Licensing Sub-Committee held on 1st and 15th February, 2007 were submitted and approved, a copy of which are attached to this minute as Appendices II and III.")]),
          ("II", "LICENSING OF SKIN PIERCING AND TATTOOING", [
              "Reference was made to Article II(h) of the minute of meeting of this Committee of 2nd March, 2006 which approved the conditions to be attached to licences for the above activity.",
              P("Following a consultation carried out by the Scottish Executive,",
               D("agreed", "it was agreed that the revised conditions (Appendix I) be a condition of all licences granted."),
               D("agreed", "It was further agreed that all applications outstanding would be placed before the Committee at its meeting on 29th March, 2007."))]),
          ("III", "CIVIC GOVERNMENT (SCOTLAND) ACT 1982", [
              "(a) LATE HOURS CATERING LICENCE - NEW APPLICATIONS",
              "There was submitted the undernoted application:-",
              "No Name Address of Premises Hours of Opening",
              "1 Harbour Grill/ Sunil Mehta 41 Perth Road From 11pm to 2.00am Mondays to Sundays",
              D("agreed", "In the case of the above application, there being no objections, the Committee agreed that the above application be granted."),
              "(b) PRIVATE HIRE DRIVERS LICENCE - NEW APPLICATIONS",
              "There was submitted the undernoted applications:-",
              "No Name Address",
              "1 Colin Baird 12 Lochee Road",
              "2 Aileen Forbes 3 Strathmore Avenue",
              D("agreed", "In the case of the above applications, there being no objections, the Committee agreed that the applications be granted.")]),
      ], preamble=["At a MEETING of the LICENSING COMMITTEE held at Dundee on 1st March, 2007.", "Present:-",
                   "Bailie Neil MACRAE, Convener, in the Chair."], head="{num} {title}", wrap=95, wave=WAVE),

    # A special health board's minutes as text: "Item 1. Minutes of …", a correction then "With this one change, the
    # minutes were approved.", "The Board noted the matters arising.", "Item 4a." sub-items.
    C("scottish-ambulance-board-2009", "https://careersdocbox.com/Nursing/74604602-105-th-meeting-of-the-scottish-ambulance-service-board-at-10-00am-on-25-th-november-2009-in-the-conference-room-national-headquarters-edinburgh.html",
      "Scottish Ambulance Service Board", "health_board", 2009, "txt", ["item_word_numbers", "with_this_change_minutes_approved", "board_noted_matters_arising"], [
          ("Item 1.", "Minutes of the meeting held on the 30th September 2009", [
              "One change was made to the minutes; Moira Dunn was not present at the meeting on the 30th September.",
              D("approved", "With this one change, the minutes were approved.")]),
          ("Item 2.", "Matter Arising", [
              D("noted", "The Board noted the matters arising."),
              "A non-executive director asked whether the board risk day would follow the same format as in previous years and the Chief Executive confirmed that it would."]),
          ("Item 3.", "HEAT targets and summary", [
              "The Chief Executive introduced this item and said that the patient transport targets were performing well, as were the island services, while sickness absence remained above the national standard.",
              "Members discussed the rise in calls from care homes at weekends and asked for the figures to be broken down by region at the next meeting.",
              D("noted", "The Board noted the HEAT targets summary.")]),
          ("Item 4a.", "Procurement Strategy", [
              "The Head of Procurement presented the strategy for the next three years, which aimed to save four per cent on non-pay spending through national contracts.",
              D("approved", "The Board approved the procurement strategy subject to the addition of a section on sustainability.")]),
      ], preamble=["105TH MEETING OF THE SCOTTISH AMBULANCE SERVICE BOARD AT 10:00AM ON 25TH NOVEMBER 2009 IN THE CONFERENCE ROOM, NATIONAL HEADQUARTERS, EDINBURGH",
                   "Present: Mr David Garvie, Chairman"], head="{num} {title}", wrap=95, wave=WAVE),

    # A Welsh health board's PDF minutes with the minute reference in the margin ("tHB/15/141", lower-case first
    # letter), "The Board RECEIVED and NOTED …", "were APPROVED as a true and accurate record", "The Board RESOLVED to".
    C("powys-thb-2015", "https://vdocuments.mx/powys-teaching-health-board-confirmed-minutes-of-9-december-2015-status-approval.html",
      "Powys Teaching Health Board", "wales", 2015, "pdf", ["lowercase_minute_reference", "board_caps_verbs", "numcol"], [
          ("tHB/15/138", "WELCOME AND APOLOGIES FOR ABSENCE", ["The Chair welcomed members and observers to the meeting. Apologies were recorded as above."]),
          ("tHB/15/139", "DECLARATIONS OF INTEREST", ["No declarations of interest were received."]),
          ("tHB/15/140", "MINUTES OF THE PREVIOUS MEETING HELD ON 30 SEPTEMBER 2015", [
              D("approved", "The minutes of the meeting held on 30 September 2015 were APPROVED as a true and accurate record.")]),
          ("tHB/15/141", "EMERGENCY AMBULANCE SERVICES COMMISSIONING", [
              "The Chief Ambulance Services Commissioner presented the new commissioning framework and the measures that would replace the eight-minute target for most calls.",
              "Independent Members asked how response times in the most rural parts of the county would be reported; the Commissioner said that figures would be given for each locality.",
              D("noted", "The Board RECEIVED and NOTED the report.")]),
          ("tHB/15/142", "INTEGRATED MEDIUM TERM PLAN 2016-19", [
              "The Director of Planning and Performance presented the draft plan and the timetable for its submission to the Welsh Government.",
              D("approved", "The Board RESOLVED to approve the draft Integrated Medium Term Plan 2016-19 for submission to the Welsh Government, subject to the changes agreed in discussion.")]),
      ], subtitle="POWYS TEACHING HEALTH BOARD CONFIRMED MINUTES OF THE MEETING OF THE BOARD HELD ON WEDNESDAY 9 DECEMBER 2015, AT 10AM AT THE MEDIA RESOURCE CENTRE, LLANDRINDOD WELLS",
      layout="numcol", footer="Board Minutes Meeting held on 9 December 2015 Status: Approval          Page {page} of 24",
      evidence=COMMON_FORMS, wave=WAVE),

    # A Welsh community health council's executive committee as a PDF: "ExC05/20 To Receive …" references glued to
    # the heading, "The Executive Committee RECEIVED and APPROVED the minutes …" with no full stop, a running footer.
    C("south-glamorgan-chc-exec-2020", "https://docslib.org/doc/2676288/cardiff-community-health-council",
      "South Glamorgan Community Health Council Executive Committee", "wales", 2020, "pdf", ["mixed_case_minute_reference", "received_and_approved_caps", "page_footer"], [
          ("ExC01/20", "Welcome and Introductions", [
              "The Chief Officer welcomed everyone to the Executive Committee meeting and said that the Chair would take over the meeting when he joined.",
              "It was noted that a minute's silence would be observed at 11.00 am to remember key workers who had lost their lives."]),
          ("ExC02/20", "Apologies for Absence - Apologies noted above.", []),
          ("ExC03/20", "Declaration of Interests - None", []),
          ("ExC05/20", "To Receive Unconfirmed Minutes of Executive Committee Meeting 4 February 2020", [
              D("approved", "The Executive Committee RECEIVED and APPROVED the minutes of the meeting held on 4 February 2020")]),
          ("ExC07/20", "Health Board Update on Service Changes", [
              "The Executive Director of Strategic Planning described the temporary changes to outpatient and community services and the plans to restore them over the summer.",
              "Members asked how patients would be told about the changes and were told that letters would be sent to every patient whose appointment had moved.",
              D("noted", "The Executive Committee NOTED the update.")]),
          ("ExC08/20", "Visiting Programme", [
              D("agreed", "The Executive Committee AGREED that visits to hospitals and care settings would be suspended until the end of June and reviewed at the next meeting.")]),
      ], subtitle="South Glamorgan Community Health Council (CHC) Executive Committee Meeting (Skype) Tuesday 28 April 2020 10.00 - 12:50 Confirmed Minutes",
      head="{num} {title}", layout="plain", footer="EC 28.04.2020          Page {page} of 12", wave=WAVE),

    # A community health council's local committee as text: "Approved 6/7/12" header, a nomination before item 1,
    # "The following corrections were noted and the minutes were approved as an accurate record:" over lettered
    # corrections, an officer's initials agreeing to act (no decision), "Members agreed that …", "Members noted …".
    C("hywel-dda-chc-ceredigion-2012", "https://studylib.net/doc/8997805/approved-6-7-12-minutes-of-a-meeting-of-the-ceredigion-local",
      "Hywel Dda Community Health Council Ceredigion Local Committee", "wales", 2012, "txt", ["corrections_noted_minutes_approved", "person_agreed_not_decision", "members_agreed_that"], [
          (None, "Election of Chair and Vice Chair 2012-2013", [
              "Prior to the commencement of business the elections of Chair & Vice Chair took place; Huw Pryce was nominated as Chair & Gwenda Lloyd as Vice Chair of the Ceredigion Locality Committee."]),
          ("1", "Chairs Remarks", ["In the Chair's absence the Vice Chair extended a warm welcome to all present."]),
          ("2.", "Declaration of Interest", ["There were no declarations received"]),
          ("3.", "Minutes from the previous meeting", [
              D("approved", "The following corrections were noted and the minutes were approved as an accurate record:"),
              "3 a) should have read £40,000",
              "6 a) Several of the listening events should have read one"]),
          ("4.", "Matters Arising from the minutes", [
              "Item 3 a) SMJ agreed to provide members with a written report from the Director of Finance on how the additional funding from the Welsh Government would be spent. SMJ"]),
          ("5.", "Ambulance Response Times in Ceredigion", [
              "The Locality Ambulance Officer reported that response times in the north of the county had improved since the second rapid response vehicle was placed at Aberaeron, but remained below target in the uplands.",
              "Members raised concerns about the time taken to hand over patients at the district general hospital.",
              D("agreed", "Members agreed that the Chief Officer write to the Health Board asking for monthly handover figures for the hospital."),
              D("noted", "Members noted the report.")]),
      ], preamble=["Approved 6/7/12",
                   "Minutes of a meeting of the Ceredigion Local Committee Held at Waunfawr Hall, Aberystwyth 11th May 2012 at 1.00 p.m"],
      head="{num} {title}", wrap=95, wave=WAVE),

    # A Scottish council's minute on its archive pages: capitals headings "1. ORDER OF BUSINESS", "The Council
    # resolved, in accordance with Standing Order 11, that …", a motion quoted after "moved:-" (no decision), "The
    # Council resolved unanimously to approve the motion and instructed …".
    C("angus-council-2000", "http://archive.angus.gov.uk/ccmeetings/minutes/ac/AC2000-09-14.html",
      "Angus Council", "other", 2000, "wp", ["council_resolved_standing_order", "quoted_motion_not_decision", "resolved_unanimously_to_approve"], [
          ("1.", "ORDER OF BUSINESS", [
              D("agreed", "The Council resolved, in accordance with Standing Order 11, that the Order of Business would be as detailed below.")]),
          ("2.", "REQUEST FOR DEPUTATION", [
              D("agreed", "The Council resolved, in accordance with Standing Order 12, to hear a deputation from the campaign to keep the maternity unit at the community hospital in connection with the notice of motion by Councillor Weir."),
              "Two members of the campaign addressed the Council in support of their case.",
              "They were then thanked for their attendance and withdrew to the public benches."]),
          ("3.", "NOTICE OF MOTION - MATERNITY SERVICES", [
              "Following notice given by Councillor Weir in terms of Standing Order 24, Councillor Weir, seconded by Councillor Mrs Lamont, moved:-",
              "\"That this Council supports the campaign to keep hospital based maternity services in the burgh and calls on the Health Board to confirm that it has no plans to reduce them.\"",
              D("approved", "The Council resolved unanimously to approve the motion and instructed the Chief Executive to send a copy of the motion to the Health Board and to the local Members of the Scottish Parliament.")]),
          ("4.", "MINUTES", [
              D("approved", "The minute of meeting of the Council of 29 June 2000 was approved as a correct record and signed by the Provost.")]),
      ], subtitle="ANGUS COUNCIL - MINUTE of MEETING of ANGUS COUNCIL held in the Town and County Hall, Forfar on Thursday 14 September at 4.00 pm.",
      head="{num} {title}", head_tag="p", wave=WAVE),
]
