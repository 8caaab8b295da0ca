"""Wave 17: decisions of a national park authority, two children's services scrutiny committees and a Scottish
Government assurance board over an NHS board, from bodies no earlier case or blind set used (each body name and source
address grepped in ``evaluation/`` first, the blind sets by name only, and claimed in the session's claims list; the
parent councils of the two committees appear in other cases, the committees themselves in none). ModernGov pages put
"RESOLVED:" on its own paragraph over lettered parts "a)   To approve …", or "RESOLVED" alone over a lower-case
"that the Minutes … be confirmed …"; county minutes written in Word run "2/09<TAB>MINUTES" over "… were approved and
signed subject to:" and bullets; a gov.scot minutes page records that members "were content to sign off" a report
under an unnumbered heading. Scored once before any change made for them (README.md, "Wave 17").

As in ``cases_def.py``: the layout, item numbering and formulaic wording are as published at ``source_url`` where the
stored page showed them; every narrative sentence is written anew. Where the stored page showed only part of the
record, ``evidence`` says so and the other decisions follow forms common to that kind of body.
"""
from cases_def import B, C, D, DB

WAVE = 17
PARTIAL = "layout and decision wording seen on the first part of the source page; later items follow the same forms"

CASES = [
    # A national park authority's ModernGov page: "79/21"-style numbers, the agenda text over "Minutes:", and
    # "RESOLVED:" alone over two lettered approvals of earlier minutes.
    C("beacons-npa-2021", "https://governance.beacons-npa.gov.uk/ieListDocuments.aspx?CId=136&MId=8013&Ver=4",
      "Brecon Beacons National Park Authority", "other", 2021, "mg", ["year_item_numbers", "resolved_colon_alone_lettered_parts", "to_approve_infinitive"], [
          ("79/21", "Correspondence", ["The Chair opened the meeting and noted apologies."]),
          ("80/21", "Declarations of Interest", ["There were no declarations of interest."]),
          ("81/21", "Minutes", [
              D("approved", "RESOLVED:",
                "a)   To approve the  minutes of the National Park Authority (EGM) – 14th May 2021 and authorise the Chair to sign them as a correct record;",
                "b)  To approve the minutes of the National Park Authority held on 28 May 2021 and authorise the Chair to sign them as a correct record.")]),
          ("82/21", "Public Speaking", ["There were no requests to speak."]),
          ("83/21", "Chair's Announcements", [
              "The Chair told members that interviews for the new chief executive post had been arranged and that members would hear the outcome at the next meeting."]),
          ("84/21", "Members' Allowances", [
              "The Monitoring Officer explained that the independent panel's annual report set the allowances that members could claim for the year.",
              D("noted", "RESOLVED:", "a)   To note the report of the Independent Remuneration Panel for Wales for 2021/22.")]),
      ], subtitle="National Park Authority - Monday, 21st June, 2021 10.00 am",
      agenda={"79/21": "To receive and consider the attached Schedule of Correspondence and any recommendations thereon (below).",
              "80/21": "To receive any declarations of interest from Members relating to items on the agenda.",
              "81/21": "1. To approve the following minutes and authorise the Chair to sign them as a correct record: a) Extraordinary General Meeting – 14-05-21 b) National Park Authority – 28-05-21",
              "82/21": "To give opportunity for members of the public to address the meeting in accordance with the Authority’s Public Speaking Scheme.",
              "83/21": "To receive a verbal report on meetings and events attended by the Chair since the last meeting of the Authority."},
      evidence=PARTIAL, wave=WAVE),

    # A county children's services scrutiny committee on ModernGov: "RESOLVED" alone, then "that the Minutes … be
    # confirmed and signed by the Chairman as a correct record."; interests recorded as "(a) Personal Interests:- None."
    C("centralbeds-cs-osc-2011", "https://centralbeds.moderngov.co.uk/ieListDocuments.aspx?CId=650&MeetingId=3798",
      "Central Bedfordshire Children's Services Overview and Scrutiny Committee", "council_committee", 2011, "mg",
      ["resolved_own_line_lower_that", "confirmed_and_signed_by_chairman", "interests_lettered_none"], [
          ("11.", "Minutes", [
              D("approved", "RESOLVED", "that the Minutes of the meeting of the Children’s Services Overview and Scrutiny Committee held on 24 May 2011 be confirmed and signed by the Chairman as a correct record.")]),
          ("12.", "Members' Interests", ["(a) Personal Interests:-", "None.", "(b) Personal and Prejudicial Interests:-", "None.",
                                         "(c) Any political whip in relation to any agenda item:-", "None."]),
          ("13.", "Chairman's Announcements and Communications", [
              "The Chairman welcomed the committee's new parent governor representatives, elected for four years."]),
          ("14.", "Petitions", ["No petitions had been received from members of the public."]),
          ("17.", "Work Programme 2011/12 and Executive Forward Plan", [
              "Members went through the draft programme and asked that school place planning come to the autumn meeting.",
              D("approved", "RESOLVED", "that the work programme for 2011/12 be approved, subject to the addition of a report on school place planning.")]),
      ], subtitle="Children's Services Overview and Scrutiny Committee",
      agenda={"11.": "To approve as a correct record the Minutes of the meeting of the Children’s Services Overview and Scrutiny Committee held on 24 May 2011 and to note actions taken since that meeting."},
      evidence=PARTIAL, wave=WAVE),

    # A county children's services scrutiny committee's Word minutes as a page: "2/09<spaces>MINUTES" headings and
    # "were approved and signed subject to:" over bullets.
    C("oxfordshire-cs-scrutiny-2009",
      "https://mycouncil.oxfordshire.gov.uk/(S(32mmycb5lvrecdmia1z4qbyg))/ceListDocuments.aspx?CommitteeId=138&F=CH180309-03.htm&MeetingId=1174",
      "Oxfordshire County Council Children's Services Scrutiny Committee", "council_committee", 2009, "wp",
      ["number_slash_year_caps_titles", "approved_and_signed_subject_to_bullets", "agreed_as_set_out_below"], [
          ("2/09", "MINUTES", [
              DB("approved", "The Minutes of the meeting of the Committee held on 9 December 2009 were approved and signed subject to:", [
                  "Deleting ‘Councillor Fooks’ from the list of members present and adding her to the apologies."])]),
          ("3/09", "SPEAKING TO OR PETITIONING THE COMMITTEE", ["There were no requests to speak."]),
          ("4/09", "SCHOOL ADMISSIONS ARRANGEMENTS", [
              "Officers described the responses to the consultation and the changes proposed to the catchment areas of two primary schools.",
              DB("noted", "The Committee AGREED to:", [
                  "note the report; and",
                  "ask the Cabinet Member for Schools Improvement to report back on the catchment changes in the autumn."])]),
      ], subtitle="Children's Services Scrutiny Committee - Wednesday, 18 March 2009", head="{num}             {title}", head_tag="p",
      preamble=["MINUTES of the meeting held on 24 February 2009 commencing at 10.00 am and finishing at 12.25 pm",
                "The Scrutiny Committee considered the matters, reports and recommendations contained or referred to in the agenda for the meeting and agreed as set out below.  Copies of the agenda and reports are attached to the signed Minutes."],
      evidence=PARTIAL, wave=WAVE),

    # A Scottish Government assurance board over an NHS board, on a gov.scot page: unnumbered headings, members
    # "were content to sign off" a report.
    C("forth-valley-ab-2023-11", "https://gov.scot/publications/nhs-forth-valley-assurance-board-minutes-22-november-2023",
      "NHS Forth Valley Assurance Board", "health_board", 2023, "wp", ["gov_scot_unnumbered_headings", "content_to_sign_off", "members_approved_meeting"], [
          (None, "Welcome, apologies and introductions", [
              "The Chair of the Assurance Board (AB) welcomed members to the fifteenth meeting and outlined the agenda, noting that the Annual Review two days earlier had gone well."]),
          (None, "Escalation improvement action plan v2 - Close out report", [
              "The interim Chief Executive took members through the updated close out report, revised after comments at the previous meeting; actions still open move to version 3 of the plan.",
              D("approved", "The AB Chair and members were content to sign off the close out report.")]),
          (None, "Minutes of the previous meeting", [
              D("approved", "Members approved the minutes of the meeting held on 25 October 2023.")]),
      ], subtitle="NHS Forth Valley Assurance Board minutes: 22 November 2023", head="{title}", head_tag="h3", no_numbers=True,
      preamble=["Minutes from the meeting of the group on 22 November 2023.", "Items and actions"],
      evidence=PARTIAL, wave=WAVE),
]
