"""Wave 19: decisions of internal drainage boards, council audit committees, a children's scrutiny committee, a joint
committee, a joint consultative committee and a full council's votes, from bodies no earlier case, blind set or other
helper's claim uses (each body name, its variants and its source address grepped in ``evaluation/`` first, blind12 and
blind13 left out, and claimed in the session's claims list; the parent councils of some committees appear in other
cases, the committees themselves in none). Layouts: drainage boards' text minutes with the attendance in category
rows ("Ratepayer Members:", "Appointed Members:"), numbered sub-minutes ("52.1", "04/19/01", "B.1261"), "It was
PROPOSED by MR A and SECONDED by MR B and UNANIMOUSLY RESOLVED that …", "RESOLVED that this be noted." closing a
declaration, "RESOLVED" alone over "That …", minutes "accepted as a correct record" or "approved and … proposed by …
seconded by …", and "It was proposed by …, seconded by … and resolved that …"; ModernGov issue pages with "RESOLVED:
That:" over "1) … 2) … 3) …" and a full council's amendments "put to the vote and lost" before the substantive
"RESOLVED that …"; agenda item pages with "Resolved:" over "(a) That …" / "(b) That …"; a scrutiny committee's
paragraph-numbered minutes ("1.5 RESOLVED - That …", "2.1 RESOLVEDThat …"); an "Agenda and decisions" page whose
items carry "Decision:" alone ("It was RESOLVED that …", "It was RESOLVED:" over "1. That …"). Scored once before any
change made for them (README.md, "Wave 19").

As in ``cases_def.py``: the layout, item numbering and formulaic wording are as published at ``source_url`` where the
stored page showed them; every narrative sentence is written anew. Where the stored page showed only part of the
record, ``evidence`` says so and the other decisions follow forms common to that kind of body.
"""
from cases_def import C, D, P

WAVE = 19
PARTIAL = "layout and decision wording seen on the first part of the source page; later items follow the same forms"

REEDNESS_PREAMBLE = [
    "REEDNESS AND SWINEFLEET INTERNAL DRAINAGE BOARD",
    "MINUTES OF THE FULL BOARD MEETING",
    "MONDAY 13th MAY 2019",
    "91 BRIDGEGATE, , DN14 7JJ",
    "PRESENT: Ratepayer Members: Mr Barker (Ch) Mr Cowling Mr I Backhouse Mr Hirst (VCh) Mr Reed",
    "Appointed Members: Co-opted Members: Members Present: 5",
    "APOLOGIES: Ratepayer Members: Mr Oldridge Appointed Members: Cllr Sargeantson Co-opted Members:",
    "ABSENT: Ratepayer Members: Appointed Members: Co-Opted Members:",
    "IN ATTENDANCE: Officers: Mr McLachlan – Chief Executive (CEO) Miss Cowen – Corporate Strategy Manager (CSM) Mr Towse – Asset Manager (AMgr) Mrs O’Driscoll – Board Secretary (Minutes)",
    "Others:",
    "Page | 1",
    "Contents",
    "49 Welcome, Introductions and Apologies ...... 3 50 Declarations of Interest ...... 3 51 Additional Agenda Items ...... 3 52 Minutes of the previous Full Board Meeting, 7th January 2019...... 3 53 Matters Arising ...... 3 56 Accounting Statements and Annual Return ...... 4 61 Annual Maintenance Plan Approval ...... 6 68 Date of Next Meeting ...... 8",
    "Page | 2",
]

ROMNEY_PREAMBLE = [
    "Agenda Item No. 7",
    "ROMNEY MARSHES AREA INTERNAL DRAINAGE BOARD",
    "A meeting of the Board was held at Brookland Village Hall, on Wednesday 18th June 2014 at",
    "2.00 pm.",
    "PRESENT",
    "D Body Esq., F Cooke Esq., L. Cooke Esq., S Marshall Esq., W Maylam Esq., D Wheeler",
    "Esq., Elected Members. Cllr M Burgess, Cllr P Coe, Cllr A Ganly, Cllr A Hills, Cllr C Hill,",
    "C. Jenkinson Esq., R Nickerson Esq., Cllr R Patten, Cllr T Preston, Cllr Mrs S Prochak, Cllr",
    "C. Ramus, Appointed Members. N. Botting Esq., Clerk/Engineer to the Board, Mrs D",
    "Chalcroft, Finance Officer and R Monje Esq., Assistant Clerk/Engineer to the Board.",
]

EAST_HARLING_PREAMBLE = [
    "Minutes of the East Harling Internal Drainage Board held on 2nd June 2016 at The Pines, 50 Connaught Road, , at 8:30 am.",
    "Present: Mr D Stammers (Chairman) Mr C D Wright (CEO and Clerk) Mr A Southgate Mr G Ellis (Attleborough Town Council) Mr A Bingham (Board Engineer) Mr H Beevor Mr I Walker Mr T Jolly Mr P Lee Mr A Thornton Mr S Askew",
]

MARCH_EAST_PREAMBLE = [
    "MARCH EAST INTERNAL DRAINAGE BOARD",
    "At a Meeting of the March East Internal Drainage Board held at the Middle Level Offices, March on Thursday the 6th June 2019",
    "PRESENT",
    "C E Martin Esq (Chairman)            R D Gladwin Esq",
    "C W Albutt Esq (Vice Chairman)       J E Heading Esq",
    "J F Clark Esq                        D J Henson Esq",
    "M Cornwell Esq                       C Marks Esq",
    "A Dunham Esq                         R E Mason Esq",
    "G C Dunham Esq                       D S Morris Esq",
    "A J N Gee Esq                        F H Yeulett Esq",
    "Miss Samantha Ablett (representing the Clerk to the Board) and Mr Morgan Lakey (representing the Consulting Engineers) were in attendance.",
]

STOUR_PREAMBLE = [
    "1 Board Minutes, 4 February 2016",
    "THE RIVER STOUR (KENT) INTERNAL DRAINAGE BOARD",
    "Minutes of the Meeting of the Board held at 14.00 hours on Thursday 4 February 2016 in the Ashford Borough Council Offices, Civic Centre, Tannery Lane, Ashford, TN23 1PL (Committee Room 2)",
    "PRESENT:",
    "Mr M J G Tapp (Chairman), Mr A D Linfoot OBE (Vice Chairman), Mr D M Botting, Councillor M J Burgess, Councillor M D Conolly, Mr P S Dunn, Councillor Mrs A K Hicks, Mr P Howard, Councillor Mrs M Martin, Councillor Mrs M Ovenden, Councillor D O Smith, Mr J F E Smith, Mr G R Steed, Mrs G Wyant, Mr M P Wilkinson and Mr P Williams.",
    "IN ATTENDANCE:",
    "Ms Debbie McNamara (Incident Response Team Leader – Upper & Lower Stour Area, Environment Agency), Mr Darren Godden (IDB Contracts Manager, Rhino Plant Hire), Mr John Davis (Works & Contracts Supervisor, Stour & Medway IDBs), Ms Ana Eastwood (Finance & Rating Officer), Mr Peter Dowling (Clerk & Engineer to the Board).",
]

CASES = [
    # A district council's issue page for a full council item: the recommendation "RECOMMENDED to Full Council that
    # …" as agenda text, two amendments "put to the vote and lost", "The substantive motion was put to the vote and
    # carried." and then "RESOLVED that …" (the carried motion and its resolution are one decision).
    C("teignbridge-council-2023", "https://democracy.teignbridge.gov.uk/ieIssueDetails.aspx?IId=13842&PlanId=0&Opt=3",
      "Teignbridge District Council (Full Council)", "council", 2023, "mgissue",
      ["recommended_to_full_council", "amendment_put_to_the_vote_and_lost", "substantive_motion_carried_then_resolved"], [
          ("68", "Recommendation from Procedures Committee - Reverting one Overview and Scrutiny Committee", [
              "The Executive Member for Corporate Resources moved the recommendation and the Leader seconded it.",
              "Cllr Sanders moved an amendment for a single Overview and Scrutiny Committee of 20 members from the Annual General Meeting in May 2024; Cllr Parrott seconded it.",
              "The mover and seconder of the recommendation accepted the amendment as the substantive motion.",
              D("rejected", "Cllr MacGregor proposed an amendment that the Administration did not Chair Overview and Scrutiny Committees, this was seconded by Cllr J Taylor put to the vote and lost."),
              D("rejected", "Cllr Bullivant proposed to go to one Overview and Scrutiny Committee with 26 members with effect from 1 January 2024 as per the recommendation set out in the report, this was seconded by Cllr Lake put to the vote and lost."),
              "The substantive motion was put to the vote and carried.",
              D("agreed", "RESOLVED that the Overview & Scrutiny Committees merge to form one Overview & Scrutiny Committee of 20 Members and with effect from the Annual General Meeting in May 2024.")]),
      ], issue="Recommendation from Procedures Committee - Reverting one Overview and Scrutiny Committee",
      meetings=["28/11/2023 - Full Council"],
      agenda={"68": "To consider the recommendation of Procedures Committee on Monday, 2nd October, 2023 RECOMMENDED to Full Council that the Overview & Scrutiny Committees are merged to have one Overview & Scrutiny Committee of 26 Members this would come into effect on 1 January 2024."},
      evidence="decision layout seen on the source page; the amendments' wording as published, the narrative new", wave=WAVE),

    # A borough council's audit and governance board, issue page over two meetings: "RESOLVED: That:" over numbered
    # parts "1) … be received;", "2) … be noted; and", "3) … be noted." (one decision).
    C("halton-audit-governance-2015", "http://councillors.halton.gov.uk/ieIssueDetails.aspx?IId=32336&Opt=3",
      "Halton Borough Council Audit and Governance Board", "council_committee", 2015, "mgissue",
      ["resolved_colon_that_colon_numbered_parts", "issue_history_two_meetings"], [
          ("26", "Internal Audit Progress Report", [
              "The Board had a report of the Operational Director – Finance summarising the internal audit work finished since its last meeting.",
              D("noted", "RESOLVED: That:",
                "1)    the update on progress against the 2015/16 Internal Audit Plan be received;",
                "2)    the completed internal audit reports be noted; and",
                "3)    the progress made in regard to the implementation of previous internal audit recommendations be noted.")]),
          ("15", "Internal Audit Progress Report", [
              "The Board went through the first quarter's audit work and asked about two reports that had been given limited assurance.",
              D("noted", "RESOLVED: That the report be noted.")]),
      ], issue="Internal Audit Progress Report",
      meetings=["18/11/2015 - Audit and Governance Board", "09/09/2015 - Audit and Governance Board"],
      evidence=PARTIAL, wave=WAVE),

    # A crematorium joint committee's agenda item page (no item number): "Resolved:" alone over lettered resolutions
    # "(a) That …" and "(b) That …" (one decision).
    C("central-durham-crematorium-jc-2011", "https://democracy.durham.gov.uk/mgAi.aspx?ID=1753",
      "Central Durham Crematorium Joint Committee", "other", 2011, "mgai",
      ["resolved_colon_alone", "lettered_that_parts", "joint_committee_item_page"], [
          (None, "Start Times of the Meetings", [
              "The Clerk to the Joint Committee took members back to the December meeting, which had left the start time of meetings to be settled at the next ordinary meeting (for copy, see file of minutes).",
              "Members heard that the present timetable could stand until the Annual General Meeting in June, when the usual forward plan would show any change; the Clerk would also check whether the Constitution fixed a start time.",
              "Councillor N Foster agreed the June meeting was the right place to decide, but asked that members' views be gathered first; Councillor J Marr pointed out that many members of both authorities already sat at 10.00am and 2.00pm.",
              D("agreed", "Resolved:",
                "(a)       That the Members of the Central Durham Crematorium Joint                                         Committee are contacted to ascertain their views regarding the start                 times for the meetings of the Joint Committee.",
                "(b)       That subsequent to Members’ views having been received, the Clerk               produce a report setting out those views for consideration by the Joint                   Committee.")]),
      ], agenda={None: "·        Start Time of the Meetings."},
      evidence="decision layout seen on the source page; the stored page shows no date (the year is an estimate from its ID)", wave=WAVE),

    # A city council's audit committee agenda item page: the minutes "were approved as a correct record." in
    # narrative, then a separate "RESOLVED: That a report be submitted …" after discussion.
    C("sheffield-audit-2016", "http://democracy.sheffield.gov.uk/mgAi.aspx?ID=13195",
      "Sheffield City Council Audit Committee", "council_committee", 2016, "mgai",
      ["minutes_approved_narrative", "resolved_colon_that_report_be_submitted"], [
          (None, "Minutes of Previous Meeting", [
              D("approved", "The minutes of the meeting of the former Audit Committee held on 14 July 2016 were approved as a correct record."),
              "Asked about part (c) of the resolution under item 7 of those minutes, the Senior Audit Manager said she was working with colleagues on a way to handle slippage when high opinion audit recommendations were put into effect late, and that a paper on it would go to the Executive Management Team soon.",
              D("agreed", "RESOLVED: That a report be submitted to the next meeting of the Committee outlining Internal Audit’s processes for tracking implementation of high opinion audit recommendations, including reported slippage.")]),
      ], agenda={None: "To approve the minutes of the meeting of the Audit Committee held on 14 July 2016."},
      evidence="decision layout seen on the source page", wave=WAVE),

    # A city council's children and young people's scrutiny committee on ModernGov: paragraph-numbered minutes under
    # sub-headings ("1a Declarations of substitutions", "1.1 …"), "1.5 RESOLVED - That …" and "2.1 RESOLVEDThat …"
    # (no space after the word).
    C("brighton-hove-cyposc-2008", "https://democracy.brighton-hove.gov.uk/ieListDocuments.aspx?CId=165&MId=314&Ver=4",
      "Brighton & Hove City Council Children & Young People's Overview & Scrutiny Committee", "council_committee", 2008, "mg",
      ["paragraph_numbered_minutes", "resolved_dash_that", "resolved_run_into_that"], [
          ("1.", "PROCEDURAL BUSINESS", [
              "1a        Declarations of substitutions",
              "1.1             Councillor Pete West for Councillor Ben Duncan.",
              "1b       Declarations of interests",
              "1.2             There were none.",
              "1c        Declaration of party whip",
              "1.3             There were none.",
              "1d       Exclusion of Press and Public",
              "1.4             The Committee asked itself whether any item on the agenda needed the press and public to leave, given the business and the chance that confidential or exempt information under Schedule 12A to the Local Government Act 1972 would be disclosed.",
              D("agreed", "1.5             RESOLVED - That the press and public be not excluded from the meeting.")]),
          ("2.", "MINUTES OF THE PREVIOUS MEETING", [
              D("approved", "2.1             RESOLVEDThat the minutes of the meeting held on 1 April 2008 be approved and signed by the Chairman.")]),
          ("3.", "CHAIRMAN'S COMMUNICATIONS", [
              "3.1           The Chairman welcomed those present to the committee's first meeting in its new form."]),
          ("4.", "COMMITTEE TERMS OF REFERENCE", [
              "4.1      The Interim Head of Scrutiny went through the report on the committee's terms of reference and the parts of them shared with the other scrutiny committees.",
              D("noted", "4.2      RESOLVED - That the terms of reference be noted.")]),
      ], subtitle="Agenda for Children & Young People's Overview & Scrutiny Committee on Wednesday, 25th June, 2008, 5.00pm",
      heading="Minutes", evidence=PARTIAL, wave=WAVE),

    # A borough council's joint consultative committee on an "Agenda and decisions" page: each item's record sits
    # under "Decision:" alone — "It was RESOLVED that X be appointed as Chair …", apologies, "It was RESOLVED that the
    # Minutes … be approved …", "None", and "It was RESOLVED:" over "1. That … 2. That …".
    C("stevenage-jcc-2018", "http://democracy.stevenage.gov.uk/ieListDocuments.aspx?CId=179&MId=3547&Ver=4",
      "Stevenage Borough Council Joint Consultative Committee", "council_committee", 2018, "mg",
      ["agenda_and_decisions_page", "it_was_resolved_that", "it_was_resolved_colon_numbered"], [
          ("1.", "ELECTION OF PERSON TO PRESIDE AT THE MEETING", [
              D("approved", "It was RESOLVED that Diane Wenham be appointed as Chair for the meeting.")]),
          ("2.", "APOLOGIES FOR ABSENCE AND DECLARATIONS OF INTEREST", [
              "Apologies were submitted on behalf of Richard Gates – UNITE Regional Officer.",
              "There were no declarations of interest."]),
          ("3.", "MINUTES - 19 NOVEMBER 2013", [
              D("approved", "It was RESOLVED that the Minutes of the meeting held on 19 November 2013 be approved as a correct record and signed by the Chair."),
              "Members noted that the long interval since the last meeting came from neither side having put business forward."]),
          ("4.", "URGENT PART 1 BUSINESS", ["None"]),
          ("5.", "EXCLUSION OF PUBLIC AND PRESS", [
              D("agreed", "It was RESOLVED:",
                "1. That under Section 100(A) of the Local Government Act 1972, the press and public be excluded from the meeting for the following items of business on the grounds that they involved the likely disclosure of exempt information as described in paragraphs 1 – 7 of Part 1 of Schedule 12A of the Act as amended by Local Government (Access to Information) (Variation) Order 2006.",
                "2. That the reasons for the following reports being in Part II were accepted, and the exemption from disclosure of the information contained therein be maintained on the grounds that this outweighs the public interest in disclosure.")]),
      ], subtitle="Joint Consultative Committee - Monday, 30 April 2018 6.00pm", heading="Agenda and decisions",
      decisions_only=True,
      agenda={"1.": "To elect a Chair to preside at this meeting.",
              "3.": "To approve as a correct record the Minutes of the meeting held on 19 November 2013.",
              "4.": "To consider any Part 1 business accepted by the Chair as urgent.",
              "5.": "To consider the following motions – 1. That under Section 100(A) of the Local Government Act 1972, the press and public be excluded from the meeting for the following items of business on the grounds that they involve the likely disclosure of exempt information. 2. That Members consider the reasons for the following reports being in Part II and determine whether or not maintaining the exemption from disclosure of the information contained therein outweighs the public interest in disclosure."},
      evidence="decision layout seen on the source page", wave=WAVE),

    # An internal drainage board's full board minutes as PDF text: attendance in category rows, a contents list,
    # numbered sub-minutes ("52.1") and "It was PROPOSED by MR A and SECONDED by MR B and UNANIMOUSLY RESOLVED that
    # the that the minutes … be adopted as a true record." (the doubled word as published).
    C("reedness-swinefleet-idb-2019", "https://docslib.org/doc/5120111/minutes-may-2019",
      "Reedness and Swinefleet Internal Drainage Board", "other", 2019, "txt",
      ["category_rows_attendance", "sub_numbered_minutes", "proposed_seconded_unanimously_resolved"], [
          ("49", "Welcome, Introductions and Apologies", [
              "49.1 The Chairman welcomed members to the meeting and gave the apologies of Cllr Sargeantson and Mr Oldridge."]),
          ("50", "Declarations of Interest", ["50.1 None were made."]),
          ("51", "Additional Agenda Items", ["51.1 There were no requests for additional agenda items."]),
          ("52", "Minutes of the previous Full Board Meeting, 7th January 2019.", [
              D("approved", "52.1 It was PROPOSED by MR COWLING and SECONDED by MR BARKER and UNANIMOUSLY RESOLVED that the that the minutes of the previous meeting be adopted as a true record.")]),
          ("53", "Matters Arising", [
              "53.1 The AMgr told members that the pumping station telemetry upgrade agreed in January had been ordered and would be fitted before the summer."]),
          ("56", "Accounting Statements and Annual Return", [
              "56.1 The CEO took members through the accounting statements for 2018/19 and the annual governance statement.",
              D("approved", "56.2 It was PROPOSED by MR HIRST and SECONDED by MR REED and UNANIMOUSLY RESOLVED that the Accounting Statements and Annual Return for 2018/19 be approved and signed by the Chairman.")]),
          ("61", "Annual Maintenance Plan Approval", [
              "61.1 The AMgr presented the drain maintenance programme for the coming season.",
              D("approved", "61.2 It was PROPOSED by MR BACKHOUSE and SECONDED by MR COWLING and UNANIMOUSLY RESOLVED that the Annual Maintenance Plan be approved.")]),
          ("68", "Date of Next Meeting", ["68.1 The next Full Board Meeting will be held in September 2019."]),
      ], subtitle="Reedness and Swinefleet Internal Drainage Board", preamble=REEDNESS_PREAMBLE,
      evidence=PARTIAL, wave=WAVE),

    # An internal drainage board's minutes as PDF text wrapped at the page width: "457. APOLOGIES FOR ABSENCE",
    # old minute numbers quoted under "459. MATTERS ARISING" ("447. Matters Arising"), minutes "taken as read" and
    # "accepted as a correct record of the previous meeting and signed by the Chairman."
    C("romney-marshes-idb-2014", "https://studylib.net/doc/7587538/board-18.06.14---romney-marsh-area-internal-drainage-board",
      "Romney Marshes Area Internal Drainage Board", "other", 2014, "txt",
      ["minutes_taken_as_read_accepted", "quoted_old_minute_numbers", "caps_numbered_items"], [
          ("457.", "APOLOGIES FOR ABSENCE", [
              "Apologies were received from C Apps Esq., P Boulden Esq., A Clifton Esq., D Cole Esq., T Piper Esq., and B Wrout Esq., Elected Members. Cllr A Clifton-Holt, Cllr A Cragg, Cllr R Tillson and Cllr D Wimble, Appointed Members."]),
          ("458.", "MINUTES OF PREVIOUS MEETING", [
              P("The minutes of the meeting held on 29th January 2014 having previously been circulated to members prior to the meeting were taken as read.",
                ("D", "approved", "The minutes were accepted as a correct record of the previous meeting and signed by the Chairman."))]),
          ("459.", "MATTERS ARISING", [
              "447. Matters Arising",
              "The Clerk said that new register of interest forms would go out with the invitations to the next Main Board meeting, as new members were likely to join after this year's election; that would make it simpler to adopt a Code of Conduct.",
              "456. Any Other Business",
              "Cllr A Hills returned to his idea of a way for members to report problems with Environment Agency works, so that the levy-paying Councils could also press for delayed work to be done."]),
          ("460.", "ENGINEERS PROGRESS REPORT", [
              "The Engineer went through the district reports on weed cutting, bank repairs and the pumping stations.",
              D("noted", "It was proposed by D Wheeler Esq., seconded by Cllr P Coe and agreed that the report be received.")]),
          ("461.", "ANNUAL ACCOUNTS", [
              "The Finance Officer presented the accounts for the year ended 31st March 2014.",
              D("approved", "It was proposed by W Maylam Esq., seconded by Cllr A Ganly and agreed that the accounts for 2013/14 be approved.")]),
      ], subtitle="Romney Marshes Area Internal Drainage Board", preamble=ROMNEY_PREAMBLE, head="{num} {title}", wrap=92,
      para_gap=False,
      evidence=PARTIAL, wave=WAVE),

    # An internal drainage board's minutes as text: "1. Apologies for Absence" over one sentence, minutes "approved
    # and it was proposed by Mr A and seconded by Mr B and carried unanimously.", matters arising under "A." letters.
    C("east-harling-idb-2016", "https://docslib.org/doc/9504943/banham-and-kenninghall-fens-and-quidenham-mere",
      "East Harling Internal Drainage Board", "other", 2016, "txt",
      ["minutes_approved_proposed_seconded_carried", "lettered_matters_arising"], [
          ("1.", "Apologies for Absence", [
              "Apologies for absence were received from Mr P Drake, Mrs E Jolly and Mr T Charles.",
              "The Clerk read out a letter from Mr P Drake standing down from the Board as he neared his 80th birthday; the Clerk was asked to write and thank him for his many years of work for the Board."]),
          ("2.", "Minutes of Meeting on 11th February 2016", [
              D("approved", "The minutes of the meeting of the 11th February 2016 having been previously circulated were approved and it was proposed by Mr Southgate and seconded by Mr Beevor and carried unanimously.")]),
          ("3.", "Matters Arising", [
              "A. Weir",
              "Mr Bingham set out the options for the weir: modelling the flows under the road bridge would cost about £10,000, while a spillway on the north side could lower winter levels at far less cost."]),
          ("4.", "Accounts", [
              "The Clerk presented the accounts for the year to 31st March 2016.",
              D("approved", "The accounts for the year to 31st March 2016 were approved and it was proposed by Mr Lee and seconded by Mr Walker and carried unanimously.")]),
      ], subtitle="East Harling Internal Drainage Board", preamble=EAST_HARLING_PREAMBLE, head="{num} {title}",
      evidence=PARTIAL, wave=WAVE),

    # A Middle Level board's minutes as text: two-column PRESENT list, "B.1261"-style minute numbers, "RESOLVED"
    # alone over "That …", a file path footer inside the text and "… and this was approved." told before the
    # resolution that records it (one decision).
    C("march-east-idb-2019", "https://docslib.org/download/285508/march-east-internal-drainage-board",
      "March East Internal Drainage Board", "other", 2019, "txt",
      ["resolved_alone_over_that", "letter_dot_minute_numbers", "file_path_footer"], [
          (None, "Apologies for absence", [
              "Apologies for absence were received from A W Coulson Esq, P G Hayes, and Councillor M Purser."]),
          ("B.1260", "Declarations of Interest", [
              "Miss Ablett asked Members to declare an interest in any item on today’s agenda that touched them or anyone close to them."]),
          ("B.1261", "Confirmation of Minutes", [
              D("approved", "RESOLVED", "That the Minutes of the Meeting of the Board held on the 7th June 2018 are recorded correctly and that they be confirmed and signed.")]),
          ("B.1262", "Land Drainage Act 1991 Board Membership – Fenland District Council", [
              "Miss Ablett reported the District Council's appointments of Councillors to the Board under the Land Drainage Act 1991, and that three former appointees had not been re-appointed.",
              "________________________",
              "The Chairman welcomed Councillors Marks and Yeulett to their first meeting of the Board.",
              "F:\\Admin\\BrendaM\\Word\\marcheast\\mins\\6.6.19"]),
          ("B.1263", "Election of Board Members", [
              "Miss Ablett reported that Members' terms of office end on the 31st October 2019 and put forward the register of electors for the 2019 election.",
              D("approved", "RESOLVED", "That the Register be approved.")]),
          ("B.1264", "Amalgamation", [
              "Further to minute B.1225, Miss Ablett reported on the talks with neighbouring boards about joining together.",
              D("noted", "RESOLVED", "That the report be noted.")]),
      ], subtitle="March East Internal Drainage Board", preamble=MARCH_EAST_PREAMBLE, head="{num} {title}",
      evidence=PARTIAL, wave=WAVE),

    # A drainage board's minutes and report extracts: sub-minute numbers "04/19/01", each declaration of interest
    # closed by "RESOLVED that this be noted.", minutes "approved and signed as a true record. Arising therefrom:",
    # and a page furniture line ("ID Broads (2006) IDB, Minute Action") run into a sub-minute's title.
    C("broads-idb-2019", "https://docslib.org/doc/9316831/minutes-and-report-extracts",
      "Broads (2006) Internal Drainage Board", "other", 2019, "txt",
      ["slash_sub_minute_numbers", "declaration_resolved_noted", "page_furniture_in_title"], [
          ("02/19", "APPOINTED MEMBERSHIP", [
              "02/19/01 The Chairman reported that Great Yarmouth Borough Council had appointed Mr Brian Lawn in place of Mr Graham Carpenter."]),
          ("03/19", "REMEMBRANCE", [
              "03/19/01 Members stood in silence in memory of Mr W Northam, appointed Member for North Norfolk District Council, who had died in October 2018."]),
          ("04/19", "DECLARATIONS OF INTEREST", [
              P("04/19/01 Mr A Goose declared an interest in respect of the payment recorded in the Schedule of Paid Accounts made to Account ID GO0742 due to his family relationship with the account holder.",
                ("D", "noted", "RESOLVED that this be noted.")),
              P("04/19/02 Mr F Sharman declared an interest in the report included within the Operations Report concerning Repps Pumping Station bridge refurbishment, due to his involvement as pump attendant for Repps Pumping Station.",
                ("D", "noted", "RESOLVED that this be noted.")),
              P("04/19/03 Mr R Buxton declared an interest in respect of the Operations Report update on works at Horsey Mill, due to his ownership of land here.",
                ("D", "noted", "RESOLVED that this be noted."))]),
          ("05/19", "MINUTES OF THE LAST BOARD MEETING", [
              P(("D", "approved", "05/19/01 The minutes of the last Board meeting held on 15 November 2018 were approved and signed as a true record."), "Arising therefrom:"),
              "05/19//02 Broadland Environmental Services Limited (BESL) Maintenance of Flood Defences Contract Expiry 2021 ID Broads (2006) IDB, Minute Action",
              P("The Project Engineer said that he and the Catchment Engineer would meet the Environment Agency's new asset team that afternoon to talk about looking after the flood banks once the contract ends.",
                ("D", "noted", "RESOLVED that this be noted."))]),
      ], subtitle="Broads (2006) Internal Drainage Board", head="{num} {title}",
      preamble=["ID Broads (2006) IDB, Minute Action"], evidence=PARTIAL, wave=WAVE),

    # A Kent drainage board's minutes: margin headings lost from the text, the present list in one paragraph, and
    # "It was proposed by A, seconded by B and resolved that the minutes be confirmed and signed by the Chairman as a
    # true record …" / "… and resolved that the minutes be received."
    C("river-stour-idb-2016", "https://docslib.org/doc/8851684/board-minutes-4-february-2016",
      "River Stour (Kent) Internal Drainage Board", "other", 2016, "txt",
      ["proposed_seconded_and_resolved_that", "committee_minutes_received"], [
          ("1.", "APOLOGIES", [
              "Apologies for absence were received from Mr P E Dyas, Councillor P J F Sims, Councillor H Stummer-Schmertzing and Councillor S Walker. An apology was also received from Mr Derek Lewis (Outgoing Clerk of the Board)."]),
          ("2.", "MINUTES OF THE LAST MEETING", [
              P("The minutes of the meeting of the Board held on Thursday 5 November 2015 were received.",
                ("D", "approved", "It was proposed by Councillor Mrs M Martin, seconded by Councillor M D Conolly and resolved that the minutes be confirmed and signed by the Chairman as a true record of the proceedings at that meeting.")),
              "There were no matters arising from these minutes."]),
          ("3.", "FINANCE, GENERAL PURPOSES AND WORKS COMMITTEE", [
              P("The minutes of the meeting of the Finance, General Purposes and Works Committee held on Monday 18 January 2016 were received.",
                ("D", "noted", "It was proposed by Councillor Mrs A Hicks, seconded by Mr A D Linfoot and resolved that the minutes be received."))]),
          ("4.", "CLERK & ENGINEER'S REPORT", [
              "Main River Desilting",
              "The Clerk & Engineer said tests on the silt from the Minster and the Streams showed it could go to land; the Chairman asked him to let Mr Dyas know."]),
      ], subtitle="River Stour (Kent) Internal Drainage Board", preamble=STOUR_PREAMBLE, head="{num} {title}",
      evidence=PARTIAL + "; the margin headings (present, in attendance, apologies) that the stored text lost are restored as lines", wave=WAVE),
]
