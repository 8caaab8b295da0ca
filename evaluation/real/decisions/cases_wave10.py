"""Wave 10: nine cases from town and parish councils and a council cabinet member deciding adult social care, none
used by an earlier case or a blind set (each body name was grepped in ``evaluation/`` first); three are scanned
PDFs (``scan``: every page an image, read back through OCR). Scored once before any change made for them
(README.md, "Wave 10").

As in ``cases_def.py``: the layout, item numbering and formulaic wording are as published at ``source_url`` where the
stored page showed them; names, figures and every narrative sentence are written anew. Where the stored page showed
only part of the minutes, ``evidence`` says so and the other decisions follow forms common to that kind of body.
"""
from cases_def import B, C, D, P

WAVE = 10
PARTIAL = ("the source page showed the layout and the minutes' approval wording; the other decisions follow forms "
           "common to town and parish council minutes")

CASES = [
    # A town council's minutes as an HTML page of plain lines: capital item titles, a "Resolution Record No.
    # BTC/33/01/Sept/08" line, "Proposed by Cllr. X and seconded by Cllr. Y.", "CARRIED: 8 for 2 abstentions." and
    # the resolution in capitals ("THAT THE … BE ACCEPTED AND SIGNED AS A TRUE RECORD."), "None." under interests.
    C("brandon-tc-2008", "https://brandontc.co.uk/documents/minutes/BTC_Minutes_01.09.08.html",
      "Brandon Town Council", "council", 2008, "wp", ["resolution_record_no", "proposed_seconded_carried", "caps_resolution"], [
          ("1.", "APOLOGIES FOR ABSENCE", ["Cllr. T Marsh, Cllr. Mrs H Doyle."]),
          ("2.", "DECLARATIONS OF INTERESTS AND ADDITIONS TO REGISTER OF MEMBERS INTERESTS", ["None."]),
          ("3.", "TO RECEIVE, CONFIRM AND SIGN MINUTES", [
              "Of the Full Brandon Town Council Meeting of Monday 4 August 2008.",
              "Amendment to minutes: Cllr. P Fenn to be added to those present.",
              D("approved", "Resolution Record No. BTC/31/01/Sept/08", "Proposed by Cllr. R Quinton and seconded by Cllr. J Lacey.",
                "CARRIED: 8 for 2 abstentions.",
                "THAT THE AMENDED MINUTES OF THE FULL BRANDON TOWN COUNCIL MEETING OF MONDAY 4 AUGUST 2008 BE ACCEPTED AND SIGNED AS A TRUE RECORD.")]),
          ("4.", "MATTERS ARISING for information exchange only", [
              "Cllr. J Lacey had met the practice manager of the health centre about the waiting room; no further news on the extension."]),
          ("6.", "PUBLIC ACCESS DEFIBRILLATOR", [
              "The Town Clerk reported that the ambulance service would train volunteers if a defibrillator were placed at the Market Hill kiosk.",
              D("agreed", "Resolution Record No. BTC/32/01/Sept/08", "Proposed by Cllr. P Fenn and seconded by Cllr. R Quinton.",
                "CARRIED unanimously.",
                "THAT THE TOWN COUNCIL CONTRIBUTES £650 TOWARDS A PUBLIC ACCESS DEFIBRILLATOR AT MARKET HILL.")]),
      ], subtitle="BRANDON TOWN COUNCIL", head="{num}  {title}", head_tag="strong",
      preamble=["Minutes of the Meeting of the Full Brandon Town Council", "Held at 7.00pm on Monday 1 September 2008"],
      evidence="layout and the resolution-record form seen on the source page; the defibrillator item follows the same form",
      wave=WAVE),

    # A Welsh town council's full council minutes: running minute numbers (1358, 1359 …) beside capital titles, a
    # page reference, "RESOLVED: The minutes … were confirmed and signed as a true record" with no full stop,
    # "RESOLVED: That …", "Noted." alone. Scanned.
    C("haverfordwest-tc-2017", "https://fdocuments.us/document/minutes-of-a-meeting-of-full-council-held-on-tuesday-monday-2nd-october-2017-due.html",
      "Haverfordwest Town Council", "council", 2017, "pdf", ["running_minute_numbers", "resolved_colon", "noted_one_word", "scan"], [
          ("1358", "DECLARATIONS OF INTEREST FROM MEMBERS", ["Declarations of interest from members will be taken as and when they arise."]),
          ("1359", "MINUTES OF THE LAST FULL COUNCIL MEETING", [
              D("approved", "RESOLVED: The minutes of the Full Council meeting held on 19th July 2017 were confirmed and signed as a true record")]),
          ("1360", "MATTERS ARISING FROM THE RESOLUTIONS IN THE MINUTES OF 19 JULY 2017", [
              "There were no matters arising from the resolutions in the minutes of 19th July 2017."]),
          ("1361", "MAYOR'S ENGAGEMENTS", ["A list of the engagements attended by the Mayor since the last meeting had been circulated.", D("noted", "Noted.")]),
          ("1362", "HEALTH BOARD CONSULTATION ON HOSPITAL SERVICES", [
              "The Town Clerk reported that the health board's consultation on the future of the county hospital would close at the end of October.",
              "Members spoke of the distance residents already travel for maternity care and of the pressure on the minor injuries unit.",
              D("agreed", "RESOLVED: That the Town Clerk prepares a response opposing any loss of emergency services at the county hospital, to be circulated to all members before it is sent.")]),
      ], subtitle="MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 20th SEPTEMBER 2017 AT 7PM IN THE COUNCIL CHAMBER",
      preamble=["Full Council 20 September 2017 Page 1 88/17"], layout="numcol", scan=True, evidence=PARTIAL, wave=WAVE),

    # A parish council's minutes (PDF text, scanned): "N. Title." headings with a full stop, numbered sub-paragraphs
    # ("5.1 Council."), decisions in sentences ("Approval of the minutes was proposed, seconded and agreed.", "It was
    # agreed to …", "The Clerk's Report was noted and accepted …") each followed by a "· To …" action line.
    C("heath-hayes-pc-2012", "https://docest.com/doc/302690/heath-hayes-wimblebury",
      "Heath Hayes and Wimblebury Parish Council", "council", 2012, "pdf", ["proposed_seconded_agreed", "action_dot_lines", "numbered_subparagraphs", "scan"], [
          ("1.", "Apologies.", ["The meeting began at 7.30pm.", "Apologies were received and accepted from Cllr S. Rowley."]),
          ("3.", "To Approve the Minutes of the Meeting on 7th March 2012.", [
              D("approved", "Approval of the minutes was proposed, seconded and agreed.", "· To approve the minutes of the meeting.")]),
          ("4.", "Matters Arising from the Minutes.", ["There were no matters arising."]),
          ("5.", "Clerks Report.", [
              D("noted", "The Clerk's Report was noted and accepted with the following additional comments.")]),
          ("5.1", "Council.", [
              D("agreed", "(Item 9.2) It was agreed to send a letter to the retiring practice manager of the Hednesford Road surgery to thank her for her help with the council's health events.",
                "· To write to the practice manager.")]),
          ("5.2", "Community Centre.", [
              "The management committee had met and its minutes would be circulated.", "· To circulate the minutes."]),
          ("6.", "Health and Wellbeing Day.", [
              "Cllr D. Okafor reported that the clinical commissioning group would provide blood pressure checks at the event in June.",
              D("agreed", "It was agreed to hire the library hall for the day at a cost of £80.", "· To book the hall.")]),
      ], subtitle="Heath Hayes & Wimblebury Parish Council - Minutes of the Parish Council Meeting, Held on Wednesday 4th April 2012.",
      preamble=["Heath Hayes Library, Hednesford Road, Heath Hayes."], layout="plain", scan=True,
      evidence="layout, the minutes' and clerk's report's wording and the action lines seen on the source page", wave=WAVE),

    # A parish council's minutes as PDF text: "3) MINUTES" headings, "It was proposed, seconded and agreed that …"
    # followed by the same decision again as "Resolved:" / "That …", lettered sub-items "a) …" under matters arising.
    C("grendon-pc-2016", "https://docslib.org/download/13745326/grendon-parish-council",
      "Grendon Parish Council", "council", 2016, "pdf", ["proposed_seconded_agreed_then_resolved", "paren_numbers", "lettered_subitems"], [
          ("1)", "APOLOGIES", ["Apologies for absence were received from K Marlow."]),
          ("3)", "MINUTES", [
              D("approved", "It was proposed, seconded and agreed that the Minutes of the Parish Council Meeting held on 12th January 2016 be approved as a true and correct record.",
                "Resolved:", "That the Minutes of the Parish Council Meeting held on 12th January 2016 be approved as a true and correct record.")]),
          ("4)", "MATTERS ARISING", [
              "a) Website", "The Clerk reported that the host company had begun to add the Minutes to the website.",
              "b) Surgery Bus", "B Ellery reported that the community transport scheme to the Baddesley surgery would continue until the summer."]),
          ("6)", "GRANT APPLICATIONS", [
              "A request had been received from the Grendon Good Neighbours scheme, which drives older residents to hospital appointments.",
              D("agreed", "Resolved:", "That a grant of £300 be made to Grendon Good Neighbours towards its hospital transport costs.")]),
      ], subtitle="GRENDON PARISH COUNCIL",
      preamble=["The Minutes of the Meeting of Grendon Parish Council held at 7.15pm on Tuesday, 9th February 2016 in the Community Centre"],
      layout="plain", evidence="layout and the minutes' wording seen on the source page; the grant item follows the same form",
      wave=WAVE),

    # A parish council's website minutes: "3) Minutes – it was RESOLVED unanimously to agree and sign …" (the title
    # and the minute on one line), bullets of information from a presenter, "it was RESOLVED to …".
    C("brampton-abbotts-foy-pc-2019", "https://bramptonabbottsfoypc.co.uk/minutes-4th-april-2019-extraordinary-meeting/",
      "Brampton Abbotts and Foy Parish Council", "council", 2019, "wp", ["inline_title_dash", "resolved_unanimously_to"], [
          ("1)", "Apologies for absence", [P("1) Apologies for absence: Cllr P Rudd; Cllr M Henshaw.")]),
          ("2)", "Declarations of interest", [P("2) Declarations of interest and dispensation requests: none.")]),
          ("3)", "Minutes", [P("3) Minutes –", ("D", "approved", "it was RESOLVED unanimously to agree and sign the minutes of the Parish Council meeting of 12th March as a true and accurate record of the meeting."))]),
          ("4)", "Community transport", [
              P("4) Community transport – the county's community transport officer explained how a volunteer car scheme could take residents to GP and hospital appointments."),
              B("", ["A scheme needs a named coordinator and insured volunteer drivers.",
                     "Parish councils may fund the coordinator's expenses from their general power of competence."]),
              P(("D", "agreed", "It was RESOLVED to write to residents asking for volunteer drivers and to put the coordinator's expenses in next year's budget."))]),
      ], subtitle="Minutes 4th April 2019 – Extraordinary meeting", head="",
      preamble=["Minutes of an Extraordinary meeting of the Parish Council", "Present: Cllr R Lowe, Chairman; Cllr E Prior; Cllr I Nash; Cllr J Scott."],
      evidence="layout and the 'RESOLVED unanimously' minutes wording seen on the source page; the transport item is invented in the same form",
      wave=WAVE),

    # A parish council's minutes on an old hosted page: "2. Minutes" over "13-12-01 approved", "Arising therefrom
    # Resolved:" over a numbered list of points (one resolution), "Agreed Clerk should …", "Resolved minutes be
    # received and recommendations be approved."
    C("holmes-chapel-pc-2002", "http://holmeschapelpc.tripod.com/full100102.html",
      "Holmes Chapel Parish Council", "council", 2002, "wp", ["terse_minutes_approved", "resolved_numbered_list", "agreed_no_that"], [
          ("2.", "Minutes", [D("approved", "13-12-01 approved")]),
          ("3.", "Matters arising", ["\u201cVision\u201d – Clerk had written to the county council and was waiting for a reply"]),
          ("4.", "Defibrillator for Leisure Centre", [
              "Council considered a letter from a resident asking why a defibrillator had not yet been installed at the Leisure Centre.",
              D("agreed", "Arising therefrom Resolved:",
                "1. Clerk reply to the resident explaining the Council had already raised the matter with the Borough Council",
                "2. Clerk ask the Borough Council for a date by which staff would be trained",
                "3. Council should contribute half the cost of a defibrillator provided the Borough Council meets the rest.")]),
          ("6.", "Golden Jubilee", [
              "Chairman reported on the first meeting of the jubilee working group.",
              D("agreed", "Agreed Clerk should invite the health visitors and the surgery to take part in a family health afternoon.")]),
          ("8.", "Finance", ["Council considered the discussion at the earlier committee meeting.",
                            D("approved", "Resolved minutes be received and recommendations be approved.")]),
      ], subtitle="Holmes Chapel Parish Council", head="{num} {title}", head_tag="strong",
      preamble=["Thursday 10 January 2002 at 8.00 p.m."],
      evidence="layout and decision wording seen on the source page", wave=WAVE),

    # A parish council's annual parish meeting page: "It was RESOLVED: That the Minutes … be approved as a true and
    # correct record.", a report approved with a table of attendance figures under it, a grant resolution.
    C("smiths-wood-pc-2018", "http://smiths-wood-parish-council.co.uk/id86.html",
      "Smiths Wood Parish Council", "council", 2018, "wp", ["it_was_resolved_colon_that", "table_under_resolution"], [
          ("1.", "Apologies", ["Apologies were received and accepted from Cllr B Mensah"]),
          ("2.", "Minutes of the Previous Annual Parish Meeting", [
              D("approved", "It was RESOLVED: That the Minutes of the Thirty-Second Annual Parish Meeting held on Monday 21st May 2018 be approved as a true and correct record.")]),
          ("3.", "Report of Attendance of Councillors", [
              D("approved", "It was RESOLVED: That the following Report of Councillors Attendance be approved as a true and correct record."),
              "Councillor  Summoned  Attended  Percentage", "R Adeyemi  22  18  82 %", "C Fordham  22  14  64 %"]),
          ("5.", "Grant Aid", [
              "The Clerk reported two applications, from the Smiths Wood Carers Group and the Chelmsley Wood dementia cafe.",
              D("approved", "It was RESOLVED: That grants of £400 to the Smiths Wood Carers Group and £250 to the dementia cafe be approved.")]),
      ], subtitle="Annual Parish Meeting held on Monday 20th May 2019.", head="{num}  {title}", head_tag="p",
      preamble=["Those present:", "Chairman:  Cllr R Adeyemi."],
      evidence="layout and the 'It was RESOLVED: That' wording seen on the source page", wave=WAVE),

    # A unitary council's cabinet member decision minutes for adult services: "49 (9) STRATEGIC CARE HOMES
    # PARTNERSHIP – The Service Director … submitted a report …" (minute number, agenda number, title and text in one
    # paragraph), "Resolved – (a) That …, (b) that … and (c) that …".
    C("north-lincs-adult-services-cm-2010", "https://democracy.northlincs.gov.uk/executive-decisions-20132014/cabinet-portfolios-2009-2010/adult-services/adult-services-cabinet-member-minutes-12-february-2010/",
      "North Lincolnshire Council Adult Services Cabinet Member", "council_cabinet", 2010, "wp", ["inline_minute_title", "resolved_dash_lettered"], [
          ("48", "MINUTES", [P("48 (8) MINUTES –", ("D", "approved", "Resolved – That the minutes of the meeting held on 15 January 2010, having been printed and circulated, be taken as read and correctly recorded and be signed by the Cabinet Member."))]),
          ("49", "DOMICILIARY CARE CHARGES", [
              P("49 (9) DOMICILIARY CARE CHARGES – The Service Director Adult Social Care submitted a report on the charges for home care from April 2010."),
              "The report set out the effect of inflation on the hourly rate and the numbers of people who would pay the full charge.",
              P(("D", "approved", "Resolved – (a) That the hourly charge for home care be increased to £12.40 from 12 April 2010, (b) that people receiving less than three hours a week continue to be exempt, and (c) that the Service Director report on the first quarter's collections."))]),
      ], subtitle="Adult Services Cabinet Member – minutes – 12 February 2010", head="",
      evidence="layout and the 'Resolved – (a) That …' form seen on the source page; the care charge facts are invented", wave=WAVE),

    # A parish council's extraordinary meeting (PDF, scanned): "23/101 Title" minute references, "Relevant
    # Legislation: …" lines under procedural items, an agenda motion to exclude the public that records nothing, a
    # decision "RESOLVED: Members AGREED in principle …" about GP provision in a council building.
    C("stone-pc-2023", "https://stoneparishcouncil.com/minutes-for-the-extraordinary-meeting-of-the-council-held-wednesday-6-september-2023/",
      "Stone Parish Council (Kent)", "council", 2023, "pdf", ["minute_refs_yy_nnn", "relevant_legislation_lines", "members_agreed", "scan"], [
          ("23/101", "Apologies for Absence", ["Apologies for absence were received from Cllr T Vance.", "Relevant Legislation: Local Government Act 1972, s 85."]),
          ("23/102", "Disclosure of Pecuniary Interests", ["There were no disclosures of pecuniary interests.", "Relevant Legislation: Localism Act 2011, s 31."]),
          ("23/103", "Exclusion of the Press and Public", [
              "To resolve, pursuant to section 1 (2) of the Public Bodies (Admission to Meetings) Act 1960, that because of the confidential nature of the business to be transacted, the public and the press be asked to leave the meeting.",
              "There were no members of the press or public present."]),
          ("23/104", "GP Provision in the Parish", [
              "Members considered a report on the shortage of GP appointments in the parish since the closure of a local surgery and on talks with a GP provider about interim space.",
              "Members discussed the effect on the pavilion's bookings and asked that existing users be consulted.",
              D("agreed", "RESOLVED: Members AGREED in principle to offer space at the Stone Pavilion for GP services and authorised the Clerk to agree draft Heads of Terms with the provider and the NHS.")]),
      ], subtitle="Minutes for the Extraordinary Meeting of the Council held Wednesday 6 September 2023",
      layout="plain", scan=True,
      evidence="layout, 'Relevant Legislation' lines and the exclusion motion seen on the source page; the minute references and the wording of the resolution follow forms common to parish councils",
      wave=WAVE),
]
