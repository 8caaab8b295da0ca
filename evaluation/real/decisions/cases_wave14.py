"""Wave 14: ten bodies no earlier case or blind set used (each body name, its variants and the source address were
grepped across ``evaluation/`` first, and each body was claimed in the session's claims list): four health bodies (a
London health and wellbeing board's decision notice, a Canadian regional hospital district board's published
highlights, two American local health councils, one of them laid out as a minutes | action grid), two House of
Commons committees' formal minutes, a parish council, a district council's single agenda item with votes, and a
police and crime panel. Scored once before any change made for them (README.md, "Decision wave 14").

As in ``cases_def.py``: the layout, item numbering and formulaic decision wording are as published at
``source_url`` where the stored page showed them; names, figures and every narrative sentence are written anew.
Where the stored page showed only part of the record, ``evidence`` says so and the other decisions follow forms
common to that kind of body.
"""
from cases_def import C, D, P, T

WAVE = 14

CASES = [
    # A parish council's minutes in which the reference, the agenda wording and the minute run together in one
    # paragraph ("028/19 To receive and accept apologies for absence Apologies were received … Proposed and Resolved
    # that …"); a co-option recorded as "duly proposed and seconded and on being put to the vote was duly elected".
    C("scotton-pc-2019", "https://scotton.parish.lincolnshire.gov.uk/council-business/2019-parish-council-minutes-meetings/8",
      "Scotton Parish Council", "council", 2019, "wp", ["ref_title_minute_one_paragraph", "proposed_and_resolved_that", "duly_elected_coopted"], [
          ("028/19", "To receive and accept apologies for absence", [
              P("028/19 To receive and accept apologies for absence Apologies were received from Cllr. Denholm.",
                D("agreed", "Proposed and Resolved that the reason given be accepted."))]),
          ("029/19", "To receive declaration of interests", [
              P("029/19 To receive declaration of interests in accordance with the requirements of the Localism Act 2011 and to consider any requests for dispensations There were none.")]),
          ("030/19", "To receive and approve the notes of the meeting on 3rd October 2019 as Minutes", [
              P("030/19 To receive and approve the notes of the meeting on 3rd October 2019 as Minutes. Amendment to item 019/19 to read 'Cllr. Haigh to obtain two further quotations before the bench is ordered.'",
                D("approved", "Proposed and Resolved that the notes, with the amendment noted, be approved as a correct record and signed as Minutes."))]),
          ("031/19", "To consider applications for co-option to the Parish Council", [
              P("031/19 To consider applications for co-option to the Parish Council Two residents had applied for the vacancy and each spoke briefly about their reasons for wishing to serve.",
                D("approved", "Mrs Carol Ibbotson was duly proposed and seconded and on being put to the vote was duly elected to the Parish Council."))]),
          ("032/19", "Clerk's Update", [
              P("032/19 Clerk's Update The Clerk reported that the grass cutting contract would be renewed in March and that the noticeboard by the church had been repaired.")]),
          ("033/19", "Finance", [
              P("033/19 Finance Bank statements and the budget monitoring report for October were circulated.",
                D("approved", "Proposed and Resolved that the payments listed, totalling £412.60, be approved."))]),
          ("034/19", "Planning", [
              P("034/19 Planning Application 141220 – single storey rear extension, 4 Manor Road.",
                D("agreed", "Proposed and Resolved to raise no objection to the application."))]),
      ], subtitle="November 2019 Minutes", head="", preamble=[
          "Minutes Of The Meeting Of The Parish Council Held On Thursday 7th November 2019 At 6pm, Village Hall, Scotton",
          "Present: Councillors: R. Haigh (Chairman), P. Lund, Mrs J. Denby, A. Ormerod",
          "In attendance: Mrs. K. Fenwick (Parish Clerk) and 3 members of the public"],
      evidence="layout (reference, agenda wording and minute in one paragraph) and the 'Proposed and Resolved that …' wording seen on the source page; the co-option wording is from the same council's July 2019 minutes; names, figures and subjects are new",
      wave=WAVE),

    # A House of Commons domestic committee's published decisions: numbered headings, then one sentence each; a
    # decision not to act ("The Committee agreed not to change …"), "The Committee resolved to …", "The Committee
    # took note of the paper."
    C("hoc-finance-services-2013", "https://www.parliament.uk/business/committees/committees-a-z/commons-select/finance-and-services-committee/formal-minutes/decisions-2012-13/fsc-130313/",
      "House of Commons Finance and Services Committee", "other", 2013, "wp", ["numbered_headings_one_sentence", "agreed_not_to", "took_note_of_the_paper"], [
          ("1.", "Matters arising from the informal note", [
              "The Committee noted that the Commission had accepted its advice that the catering price review should wait for the new supplier contracts; the Committee would be consulted again in May."]),
          ("2.", "Publication of Committee papers", [
              D("agreed", "The Committee agreed not to change its current practice but would consider publishing a summary of its papers once a year.")]),
          ("3.", "Paperless working", [
              D("agreed", "The Committee resolved to move to electronic-only circulation of its papers from the start of the summer recess.")]),
          ("4.", "Financial monitoring: Quarter 3", [D("noted", "The Committee took note of the paper.")]),
          ("5.", "Corporate business plan", [D("noted", "The Committee took note of the paper.")]),
          ("6.", "Date and time of next meeting", ["Wednesday 24 April at 2.00pm."]),
      ], subtitle="Decisions 13 March 2013", head_tag="h3", preamble=[
          "Wednesday 13 March 2013 at 2pm in Committee Room 13", "Members present:",
          "Jane Orpington (in the Chair)", "Sir Hugh Wetherby", "Gareth Pelling", "Moira Castleton", "Dennis Ashwell"],
      evidence="layout (numbered headings, one sentence under each) and the 'agreed not to change', 'resolved to move to' and 'took note of the paper' wording seen on the source page; names and subjects are new",
      wave=WAVE),

    # A select committee's formal minutes: no item numbers or titles; "Draft Special Report …, proposed by the
    # Chairman, brought up, read and agreed to.", "Resolved, That …", "Ordered, That …", "[Adjourned till …".
    C("hoc-modernisation-2004", "https://www.parliament.uk/business/committees/committees-archive/select-committee-on-modernisation-of-the-house-of-commons/modcomfm291104/",
      "House of Commons Select Committee on Modernisation of the House of Commons", "other", 2004, "wp", ["formal_minutes_resolved_ordered", "report_brought_up_read_agreed_to", "no_items"], [
          (None, "", [
              "Members present:", "Mr Alan Brereton, in the Chair",
              "Ms Ruth Calloway, Mr Simon Hetherington, Mrs Anne Kilby, Mr Owen Latimer, Dr Peter Moss, Mr Ivor Quennell",
              "The Committee deliberated.",
              D("agreed", "Draft Special Report [Sitting Hours: the Government's Response to the Committee's Second Report, Session 2003-04], proposed by the Chairman, brought up, read and agreed to."),
              D("agreed", "Resolved, That the Report be the First Special Report of the Committee to the House."),
              D("agreed", "Ordered, That the Chairman do make the Report to the House."),
              D("agreed", "Resolved, That the Committee do visit Copenhagen in connection with its inquiry into the Scrutiny of Delegated Legislation.-(The Chairman.)"),
              D("agreed", "Ordered, That the Chairman do seek the approval of the Liaison Committee for expenditure in connection with the said visit."),
              "The Committee further deliberated.",
              "[Adjourned till Wednesday 15th December at half-past Three o'clock."]),
      ], subtitle="Formal Minutes", head="", preamble=["Monday 29th November 2004"],
      evidence="layout and the formal wording ('brought up, read and agreed to', 'Resolved, That', 'Ordered, That', '[Adjourned till') seen on the source page; names, the report title and the place are new",
      wave=WAVE),

    # A regional hospital district board's published highlights: a run of short lines, the agenda and minutes
    # "approved and … received/adopted", numbered outcomes "1) The Board received …", a deferral "until …", and after a
    # recess an unnumbered "The Board resumed consideration of … and agreed, by majority vote, to appoint …".
    C("cariboo-chilcotin-rhd-2019", "https://cariboopolitics.blogspot.com/2019/06/ccrhd-board-highlights-june-27th-mtg.html",
      "Cariboo Chilcotin Regional Hospital District Board", "other", 2019, "wp", ["highlights_numbered_outcomes", "board_received", "deferred_until", "resumed_consideration_after_recess"], [
          (None, "", [
              "Meeting called to order at 9:30am",
              "The Chair welcomed Alternate Directors Lindqvist (Area H) and Boyce (Quesnel) to the meeting.",
              D("approved", "Meeting Agenda approved and minutes of the June 7th CCRHD Board Meeting were received/adopted"),
              D("noted", "Memorandum of Business - Delegations was received by the Board"),
              "Business:"]),
          ("1)", "", [D("noted", "1) The Board received the Hospital Consent Calendar, as of June 27th, 2019")]),
          ("2)", "", [D("approved", "2) The Board gave Capital Expenditure Bylaw #161, 2019 (Quesnel Hospital – Ultrasound Equipment) 1st, 2nd, 3rd Readings and Adoption")]),
          ("3)", "", [D("noted", "3) The Board received a News Release from the health authority, dated June 10, 2019, announcing a new rural nursing recruitment programme")]),
          ("4)", "", [D("deferred", "4) After some discussion, the Board deferred consideration of an invitation to appoint a representative to the Emergency Department Redevelopment Advisory Committee until the Chair can be consulted on representation")]),
          ("5)", "", [D("noted", "5) The Board received the health authority's Capital Projects and Planning Status Reports for May 2019")]),
          (None, "", [
              "The Board recessed at 9:45am", "The Board resumed at 12:40pm",
              D("approved", "The Board resumed consideration of the invitation to appoint a representative to the Emergency Department Redevelopment Advisory Committee and agreed, by majority vote, to appoint the CCRHD Chair (Director Halvorsen) to this Committee"),
              "The Board adjourned at 12:52pm"]),
      ], subtitle="CCRHD Board Highlights - June 27th mtg", head="",
      evidence="layout (short lines, numbered outcomes under 'Business:', the recess and resumed consideration) and the 'received/adopted', 'The Board received', 'deferred consideration … until', 'agreed, by majority vote, to appoint' wording seen on the source page; names, dates and subjects are new",
      wave=WAVE),

    # One agenda item of a full council (ModernGov): a long narrative with an adjournment, then "A vote was taken on
    # the amendment, which was not carried." and "The vote on the recommendation was then taken, and carried by 22
    # votes to one, with two abstentions."
    C("uttlesford-council-2016", "https://uttlesford.moderngov.co.uk/mgAi.aspx?ID=1845",
      "Uttlesford District Council (Council)", "council", 2016, "mgai", ["amendment_not_carried", "recommendation_carried_by_votes"], [
          (None, "Potential land acquisition", [
              "Members received a presentation from officers about the site, and the report was then circulated.",
              "The meeting was adjourned at 8.40pm to give members time to read the report. The meeting resumed at 8.50pm.",
              "Councillor Garrod presented the report and the reasons for bringing it to Council, and said that the site would give the district a lasting community asset. He proposed the recommendation.",
              "Councillor Mayhew seconded the proposal.",
              "Members put a number of questions to officers, who gave further clarification on the valuation and the timetable.",
              "Councillor Lorimer moved an amendment that the decision be deferred until a second valuation had been obtained; this was seconded by Councillor Pike.",
              D("rejected", "A vote was taken on the amendment, which was not carried."),
              D("agreed", "The vote on the recommendation was then taken, and carried by 22 votes to one, with two abstentions."),
              "The meeting ended at 9.55pm."]),
      ], agenda={None: "To consider the report on a potential land acquisition."},
      evidence="layout and the 'A vote was taken on the amendment, which was not carried.' / 'carried by 22 votes to one, with two abstentions' wording seen on the source page; the amendment's subject and all names are new; the meeting year is not shown on the stored page (2016 is an estimate)",
      wave=WAVE),

    # A police and crime panel's ModernGov page with empty number cells: minutes of several meetings "agreed as a
    # correct record subject to the amendment detailed above", an agreement inside the Chairman's announcements.
    C("wiltshire-swindon-pcp-2013", "https://cms.wiltshire.gov.uk/ieListDocuments.aspx?CId=1127&MId=7542&Ver=4",
      "Wiltshire and Swindon Police and Crime Panel", "other", 2013, "mg", ["empty_number_cells", "minutes_of_several_meetings", "agreed_inside_announcements"], [
          (None, "Apologies for Absence", [
              "Apologies were received from Councillor Barton, Councillor Elms and Councillor Tallis.",
              "Councillor Okafor substituted for Councillor Barton."]),
          (None, "Declarations of interest", ["There were no declarations of interest."]),
          (None, "Chairman's Announcements", [
              "The Chairman thanked the Wiltshire Council members, for whom this was the last meeting before the May elections, for their work in setting up the Panel.",
              "Councillor Lacey and Mr Ferris had attended a national conference for police and crime panels on 21 March.",
              D("agreed", "It was agreed that a short note of the conference would be circulated to members.")]),
          (None, "Minutes and matters arising", [
              "The minutes of the confirmation hearing held on 11 January 2013 were presented. An amendment to minute 17, replacing 'reviewing' with 'approving', was accepted.",
              D("approved", "The minutes of the meeting held on 11 January 2013 were agreed as a correct record subject to the amendment detailed above, and signed by the Chairman."),
              D("approved", "The minutes of the meetings held on 6 February 2013 and 1 March 2013 were agreed as a correct record and signed by the Chairman.")]),
          (None, "Police and Crime Plan - Commissioner's response", [
              "The Commissioner's Chief Executive outlined the changes made to the plan following the Panel's comments on 1 March.",
              D("noted", "Resolved: To note the Commissioner's response to the Panel's report on the draft Police and Crime Plan.")]),
      ], subtitle="Wiltshire and Swindon Police and Crime Panel - Thursday, 4 April 2013 10.30 am", no_numbers=True,
      agenda={}, evidence="layout (empty number cells), the minutes item and the agreement in the announcements seen on the source page; the last item follows forms common to police and crime panels; names are new",
      wave=WAVE),

    # A health and wellbeing board's decision-details notice: "Decision:" then "The Board:" over roman-numbered
    # parts that each open with a past-tense verb ("(i) Noted …"), one with bullets inside.
    C("lbbd-hwb-2017", "https://modgov.lbbd.gov.uk/Internet/ieDecisionDetails.aspx?ID=3235",
      "Barking and Dagenham Health and Wellbeing Board", "hwb", 2017, "mgdec", ["decision_details_page", "the_board_colon_roman_past_tense"], [
          (None, "Health and Wellbeing Outcomes Framework Performance Report - Quarter 2 (2017/18)", [
              "The Board will be presented with the Health and Wellbeing Outcomes Framework Performance Report for the period ending 30 September 2017.",
              D("noted", "The Board:",
                "(i) Noted the performance and the areas where challenges remained, and the inclusion of two new indicators for childhood immunisation at two years and for breast screening coverage;",
                "(ii) Noted that the school nursing service had met all of its indicators for a second quarter running and commended its staff; and",
                "(iii) Noted that winter pressures were expected to affect the indicators for delayed transfers of care.")]),
      ], maker="Health & Wellbeing Board", date="10/11/2017",
      evidence="layout ('Decision:' / 'The Board:' over '(i) Noted …' parts, a purpose paragraph, no reasons) seen on the source page; the indicators and services are new",
      wave=WAVE),

    # A city health commission's minutes as an archive's text layer gives them: roman-numbered headings run into
    # the first line ("III.Approval Of Meeting Agenda"), then "Motion by … to approve …. Seconded by …. Motion Passed."
    C("edina-chc-2016", "https://edinadocs.edinamn.gov/WebLink/DocView.aspx?id=230626&dbid=0&repo=Laserfiche",
      "Edina Community Health Commission", "other", 2016, "txt", ["roman_headings_no_space", "motion_seconded_motion_passed", "motion_to_recommend"], [
          ("I.", "Call To Order", ["A.Commission photograph for the website"]),
          ("II.", "Roll Call", ["Attending: Priya Nandakumar, Joel Sorensen, Megan Fairbanks, Tomas Reyes, student member Ava Lindgren. Staff: Dana Kowalski. Absent: Erik Halvorsen."]),
          ("III.", "Approval Of Meeting Agenda", [
              D("approved", "Motion by Megan Fairbanks to approve meeting agenda. Seconded by Tomas Reyes. Motion Passed.")]),
          ("IV.", "Approval Of Meeting Minutes", [
              D("approved", "Motion by Joel Sorensen to approve meeting minutes. Seconded by Priya Nandakumar. Motion Passed."),
              "A.April 11, 2016 Draft Minutes"]),
          ("V.", "Community Comment", ["None."]),
          ("VI.", "Reports/Recommendations", [
              "A.Smoke-free parks update from Priya Nandakumar and Staff Liaison Kowalski on the survey of park users.",
              D("other", "Motion by Tomas Reyes to recommend that the City Council extend the smoke-free policy to all city parks. Seconded by Megan Fairbanks. Motion Passed.")]),
          ("VII.", "Chair And Member Comments", ["Members discussed the rise in tick-borne illness and how the city might publicise prevention advice."]),
          ("VIII.", "Adjournment", ["Meeting Adjourned by Chair Fairbanks."]),
      ], subtitle="MINUTES Community Health Commission May 9, 2016 at 6:30 PM City Hall, Community Room", head="{num}{title}",
      para_gap=False, preamble=["MINUTES", "Community Health Commission", "May 9, 2016 at 6:30 PM", "City Hall, Community Room"],
      evidence="layout (roman headings run into their titles, 'Motion by … Seconded by … Motion Passed.') seen on the source page; the motion to recommend follows the same form; names and subjects are new",
      wave=WAVE),

    # A county health council's minutes as numbered paragraphs with no titles: minutes "approved on a motion by …
    # and second by … and passed unanimously", a motion made and seconded with no result recorded (not a decision),
    # members "unanimously elected" on a motion.
    C("dukes-county-health-council-2003", "https://cmsarchive.civicplus.com/Dukes%20County%20MA/DukesCountyMA_hcminutes/W-2003%20Minutes/S004820E1/default.htm",
      "Dukes County Health Council", "other", 2003, "wp", ["numbered_paragraphs_no_titles", "approved_on_a_motion", "motion_without_result", "unanimously_elected"], [
          ("1.", "", ["1. As the first order of business the Chair announced that the next meeting would be held on March 27, 2003."]),
          ("2.", "", [P("2. The next agenda item was the reading of the minutes of the two prior meetings. The Chair said that the minutes of the January 30, 2003 meeting were not yet complete.",
                        D("approved", "The minutes from the January 16, 2003 meeting were approved on a motion by Ruth Abernathy and second by Colin Marsh and passed unanimously."))]),
          ("3.", "", ["3. The Chair gave the Treasurer's report in the Treasurer's absence."]),
          ("4.", "", ["4. The County Clerk swore in the new and reappointed members of the Council."]),
          ("5.", "", ["5. The Chair handed out proposed changes to the By-laws. After discussion, the position of dentist was moved from the physician to the non-physician category. A motion to accept the By-laws was made by Gail Prentiss and seconded by Colin Marsh."]),
          ("6.", "", [P("6. A list of six volunteer candidates for the Coordinating Committee was proposed, and each candidate spoke about their background.",
                        D("approved", "On a motion by Hal Winslow the following members were unanimously elected: 1. Ruth Abernathy, 2. Dora Kettle, 3. Gail Prentiss, 4. Sam Oyelaran, 5. Nora Beech."))]),
      ], subtitle="MINUTES OF THE DUKES COUNTY HEALTH COUNCIL Regular Meeting of February 20, 2003", head="", preamble=[
          "On February 20, 2003 at 8:00 am, the Chair called the meeting of the Dukes County Health Council to order.",
          "Present were: Ruth Abernathy, Dora Kettle, Colin Marsh, Sam Oyelaran, Gail Prentiss, Hal Winslow, Nora Beech"],
      evidence="layout (numbered paragraphs without titles) and the 'approved on a motion by … and second by … and passed unanimously', 'A motion to accept the By-laws was made by … and seconded by …' and 'unanimously elected' wording seen on the source page; names are new",
      wave=WAVE),

    # A citizens' advisory health board's minutes laid out as a four-column grid (Meeting Outline | Minutes | Action
    # Taken | Responsible Party) with no item numbers; the decisions sit in the "Action Taken" cell.
    C("corpus-christi-cahb-2005", "https://docs.cctexas.com/WebLink/DocView.aspx?dbid=0&id=60721&repo=PublicRecords",
      "Corpus Christi-Nueces County Citizens Advisory Health Board", "other", 2005, "pdf", ["outline_minutes_action_grid", "action_taken_column", "no_item_numbers"], [
          (None, "", [
              T(["Meeting Outline", "Minutes", "Action Taken", "Responsible Party"], [
                  (["Call to Order", "The Vice-Chair called the meeting to order at 12:35pm, noting that a quorum was present.", "", ""], None, 1, []),
                  (["June 15, 2005 Minutes", "The minutes of the June 15 meeting were reviewed.", "Minutes approved as presented.", ""],
                   "approved", 2, [("approved", "Minutes approved as presented.", None, "June 15, 2005 Minutes")]),
                  (["Public Comment", "No public comment.", "", ""], None, 1, []),
                  (["Review of County Draft Study", "Members discussed whether to support the consultant's study as a whole or only the recommendations they agreed with.\nOne member favoured a combined health district over separate city and county departments.",
                    "The Board agreed to defer its response to the study until the September meeting.", "Vice-Chair"],
                   "deferred", 2, [("deferred", "The Board agreed to defer its response to the study until the September meeting.", None, "Review of County Draft Study")]),
                  (["Director's Report", "The Director reported on the hurricane preparedness exercise planned for November and on flood-free routes for clinic staff.", "Director's report attached.", "Director"], None, 1, []),
              ])]),
      ], subtitle="CITIZENS ADVISORY HEALTH BOARD - MINUTES - August 17, 2005", layout="plain", table_widths=(34, 76, 46, 24),
      preamble=["Corpus Christi-Nueces County Public Health District", "Members Present: Vice-Chair L. Ortega, R. Delgado, M. Voss, T. Whitaker"],
      evidence="layout (the Meeting Outline | Minutes | Action Taken | Responsible Party grid with no item numbers) seen on the source page; the meeting there lacked a quorum and took no action, so the two actions follow forms common to such advisory boards; names are new",
      wave=WAVE),
]
