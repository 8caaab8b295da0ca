"""Wave 9: nine cases from NHS trust boards and councils of governors, a CCG governing body and a district council's
health and wellbeing board and its advisory group, none used by an earlier case or a blind set (each body name was
grepped in ``evaluation/`` first); scored once before any change made for them (README.md, "Wave 9").

As in ``cases_def.py``: the layout, item numbering and formulaic wording are as published at ``source_url`` where the
stored page showed them; names, figures and every narrative sentence are written anew. Where the stored page showed
the body's meeting list or agenda but not its minutes' decision wording, ``evidence`` says so and the wording follows
forms common to that kind of body.
"""
from cases_def import B, C, D, DB

WAVE = 9
LISTING = ("the source page showed the body's meetings (or an agenda), not its minutes text; the layout and decision "
           "wording follow forms seen in minutes of this kind of NHS board")
PARTIAL = ("the source page showed the layout and the minutes' approval sentence; the other decisions follow forms "
           "common to this kind of body")

CASES = [
    # A children's hospital FT's board minutes: the minute number in the margin ("2013/94"), capital titles,
    # "The minutes of the meeting held on … were approved as an accurate record", "Resolved: the Board received and
    # noted …", an approval sentence after the discussion.
    C("alder-hey-ft-board-2013", "https://www.yumpu.com/en/document/view/35189316/minutes-alder-hey-childrens-hospital",
      "Alder Hey Children's NHS Foundation Trust Board of Directors", "trust", 2013, "pdf", ["margin_minute_numbers", "resolved_board_received_noted", "caps_titles"], [
          ("2013/94", "MINUTES OF THE PREVIOUS MEETING HELD ON 9th APRIL 2013", [
              D("approved", "The minutes of the meeting held on 9th April 2013 were approved as an accurate record.")]),
          ("2013/95", "MATTERS ARISING AND ACTION LOG", ["The action log was reviewed and the completed actions were removed."]),
          ("2013/96", "CHIEF EXECUTIVE'S REPORT", [
              "The Chief Executive described the first month of the new outpatient booking system and the fall in missed appointments that had followed it.",
              D("noted", "Resolved: the Board received and noted the Chief Executive's report.")]),
          ("2013/97", "ANNUAL PLAN 2013/14", [
              "The Director of Finance presented the final version of the annual plan, which now included the revised capital programme for the new hospital build.",
              "Non-Executive Directors asked about the assumptions on commissioner income; these had been agreed with the lead commissioner the week before.",
              D("approved", "The Board approved the Annual Plan 2013/14 for submission to Monitor.")]),
      ], subtitle="BOARD OF DIRECTORS - Minutes of the meeting held on Tuesday 14 May 2013 in the Boardroom",
      layout="numcol", evidence=PARTIAL, wave=WAVE),

    # A CCG governing body's minutes as PDF text: numbered items, "The Governing Body:" over verb-led lines
    # ("Approved …", "Received …"), minutes "approved" in a sentence.
    C("vale-of-york-ccg-gb-2017", "https://careersdocbox.com/amp/79628877-Nursing/Minutes-of-the-meeting-of-the-nhs-vale-of-york-clinical-commissioning-group-governing-body-held-7-september-2017-at-the-priory-street-centre-york.html",
      "NHS Vale of York CCG Governing Body", "ccg", 2017, "txt", ["governing_body_colon_verb_lines", "numbered_items"], [
          ("1.", "Apologies", ["As noted above."]),
          ("2.", "Declaration of Members' Interests in Relation to the Business of the Meeting", ["There were no declarations of interest in the business of the meeting."]),
          ("3.", "Minutes of the Meeting held on 6 July 2017", [
              D("approved", "The minutes of the meeting held on 6 July 2017 were approved.")]),
          ("5.", "Financial Recovery Plan Update", [
              "The Chief Finance Officer reported that the plan was behind its target at month four, mainly because the planned care savings had started later than expected.",
              D("noted", "The Governing Body:", "Received the Financial Recovery Plan update.")]),
          ("6.", "Commissioning Policy Review", [
              "The Deputy Chief Operating Officer explained that the revised policies had been shared with local GPs and with the acute trust.",
              D("approved", "The Governing Body:", "Approved the revised commissioning policies for hip and knee replacement.")]),
      ], subtitle="Minutes of the Meeting of the NHS Vale of York Clinical Commissioning Group Governing Body held 7 September 2017",
      head="{num} {title}", wrap=95, evidence=PARTIAL, wave=WAVE),

    # A district council's health and wellbeing board on its website: "3. Minutes of the Previous Meeting", "… were
    # agreed as a correct record", "During consideration of the item it was noted that:" over bullets (no decision).
    C("thanet-hwb-2017", "https://democracy.thanet.gov.uk/documents/s55269/Minutes%2009032017%20Thanet%20Health%20and%20Wellbeing%20Board.html?CT=2",
      "Thanet Health and Wellbeing Board", "hwb", 2017, "wp", ["agreed_as_correct_record", "noted_that_bullets"], [
          ("1.", "Apologies for Absence", ["Apologies were received from the following Board members:", "Councillor Ashdown;", "Peter Quill."]),
          ("2.", "Declaration of Interests", ["There were no declarations of interest made at the meeting."]),
          ("3.", "Minutes of the Previous Meeting", [
              D("approved", "The minutes of the meeting held on 10 November 2016 were agreed as a correct record.")]),
          ("4.", "Falls Prevention Update", [
              "The Falls Service Lead gave an update on the new community falls pathway.",
              B("During consideration of the item it was noted that:", [
                  "Referrals from the ambulance service had risen since the pathway began;",
                  "Exercise classes were full in two of the four towns."]),
              D("agreed", "The Board agreed that a fuller report on the pathway be brought to the June meeting.")]),
      ], subtitle="Thanet Health and Wellbeing Board", head="{num} {title}", head_tag="h3",
      preamble=["Minutes of the meeting held on 9 March 2017 at 10.00 am in the Council Chamber, Council Offices, Margate."], wave=WAVE),

    # The same council's health and wellbeing cabinet advisory group on ModernGov: short passive verdicts ("The terms
    # of reference were noted."), "Members noted the minutes."
    C("thanet-hw-cag-2020", "https://democracy.thanet.gov.uk/ieListDocuments.aspx?CId=692&MId=5569",
      "Thanet Health and Wellbeing Cabinet Advisory Group", "council_committee", 2020, "mg", ["passive_short_verdict", "members_noted"], [
          ("1.", "Apologies for absence", ["Apologies were received from Councillor Rowe, substituted by Councillor Dane."]),
          ("2.", "Declarations of Interest", ["There were no declarations made at the meeting."]),
          ("3.", "Terms of Reference", [D("noted", "The terms of reference were noted.")]),
          ("4.", "Health & Wellbeing Partnership Minutes", [
              "The Director of Communities introduced the item and said the partnership's minutes were shared so that the group could follow its work on housing and health.",
              "Members asked whether the partnership could present its work on social prescribing at a future meeting.",
              D("noted", "Members noted the minutes.")]),
      ], subtitle="Health and Wellbeing Cabinet Advisory Group", heading="Agenda and draft minutes", wave=WAVE,
      evidence="layout and the two verdict forms seen on the source page; the meeting's year is not shown there"),

    # A hospital FT's council of governors: "WHHFT/GC/13/xx" references, "The Council of Governors approved …",
    # "It was agreed that …", minutes "accepted as a true and accurate record".
    C("warrington-halton-ft-cog-2013", "http://dissertation.xlibx.info/d1-other/439784-1-council-governors-final-minutes-the-meeting-held-thursday-30th-m.php",
      "Warrington and Halton Hospitals NHS Foundation Trust Council of Governors", "trust", 2013, "pdf", ["body_of_governors_verb", "it_was_agreed", "slash_references"], [
          ("GC/13/21", "Minutes of the Previous Meeting", [
              D("approved", "The minutes of the meeting held on 21 February 2013 were accepted as a true and accurate record.")]),
          ("GC/13/22", "Appointment of Non-Executive Director", [
              "The Chairman reported on the work of the Nominations Committee, which had interviewed three candidates for the vacant post.",
              D("approved", "The Council of Governors approved the appointment of Mrs Ruth Elsworth as a Non-Executive Director for three years from 1 June 2013.")]),
          ("GC/13/23", "Governor Elections", [
              "The Membership Officer described the timetable for the summer elections in the two public constituencies.",
              D("agreed", "It was agreed that the election results would be announced at the Annual Members' Meeting.")]),
      ], subtitle="COUNCIL OF GOVERNORS - FINAL Minutes of the Meeting held on Thursday 30th May 2013",
      layout="plain", evidence=PARTIAL, wave=WAVE),

    # A women's hospital FT board: three-digit running item numbers ("274"), "The Board:" over bullets that open
    # with verbs, and a minutes sentence.
    C("liverpool-womens-ft-board-2016", "https://docslib.org/download/8849536/meeting-of-the-board-of-directors-held-in-public-friday-4-november-2016-at-liverpool-women-s-hospital-at-10-00-a-m",
      "Liverpool Women's NHS Foundation Trust Board of Directors", "trust", 2016, "pdf", ["running_item_numbers", "board_colon_bullets"], [
          ("274", "Minutes of the previous meeting held on 7 October 2016", [
              D("approved", "The minutes of the previous meeting were confirmed as an accurate record.")]),
          ("277", "Chief Executive Report", [
              "The Chief Executive updated the Board on the review of neonatal services across the region and on the staff flu campaign.",
              DB("noted", "The Board:", ["Received and noted the Chief Executive's report."])]),
          ("278", "Maternity Review Report", [
              "The Interim Head of Midwifery presented the review of maternity staffing and the actions proposed for the winter.",
              DB("approved", "The Board:", ["Noted the findings of the review;", "Approved the maternity workforce action plan."])]),
      ], subtitle="Meeting of the Board of Directors held in public, Friday 4 November 2016 - Minutes",
      layout="plain", evidence=LISTING, wave=WAVE),

    # A specialist cancer FT board: "BOD/22/045" references in a number column, "Resolved: the Board …", "The Board
    # of Directors ratified …".
    C("clatterbridge-board-2022", "https://www.clatterbridgecc.nhs.uk/about-centre/corporate-matters/meetings",
      "The Clatterbridge Cancer Centre NHS Foundation Trust Board of Directors", "trust", 2022, "pdf", ["number_margin_column", "resolved_colon_board", "ratified"], [
          ("BOD/22/044", "Minutes of the previous meeting", [
              D("approved", "Resolved: the minutes of the meeting held on 30 March 2022 were approved as a true record.")]),
          ("BOD/22/046", "Integrated Performance Report", [
              "The Chief Operating Officer reported that the radiotherapy waiting time standard had been met for the third month running.",
              D("noted", "Resolved: the Board noted the Integrated Performance Report.")]),
          ("BOD/22/047", "Audit Committee Chair's Report", [
              "The Chair of the Audit Committee summarised the committee's review of the draft annual accounts.",
              D("approved", "The Board of Directors ratified the revised Standing Financial Instructions.")]),
      ], subtitle="The Clatterbridge Cancer Centre NHS Foundation Trust - Board of Directors - 27 April 2022 - Minutes",
      layout="numcol", evidence=LISTING, wave=WAVE),

    # A community and acute trust board: "TB/24/0xx" headings, the board's verbs in capitals, "RESOLVED: that the
    # report be received and noted".
    C("walsall-healthcare-board-2024", "https://www.walsallhealthcare.nhs.uk/about-us/how-we-are-run/board-papers/",
      "Walsall Healthcare NHS Trust Board", "trust", 2024, "txt", ["caps_verbs", "resolved_that_received_noted"], [
          ("TB/24/031", "Minutes of the Previous Meeting", [
              D("approved", "The minutes of the meeting held on 13 March 2024 were APPROVED as an accurate record.")]),
          ("TB/24/033", "Patient Story", [
              "A patient's daughter described her father's discharge home with support from the virtual ward team, and the Board thanked her for sharing it."]),
          ("TB/24/034", "Quality Committee Highlight Report", [
              "The committee chair drew attention to the improvement in sepsis screening on the medical wards.",
              D("noted", "RESOLVED: that the report be received and noted.")]),
          ("TB/24/035", "Green Plan Refresh", [
              "The Director of Estates presented the refreshed plan, which set a target for the fleet to be fully electric by 2028.",
              D("approved", "The Trust Board APPROVED the refreshed Green Plan.")]),
      ], subtitle="WALSALL HEALTHCARE NHS TRUST - MINUTES OF THE PUBLIC TRUST BOARD HELD ON 17 APRIL 2024",
      head="{num} {title}", wrap=95, evidence=LISTING, wave=WAVE),

    # An acute trust board: "TB/2022/0xx" headings, "Directors" as the body ("RESOLVED: Directors received …"), and a
    # decision that defers.
    C("elht-trust-board-2022", "https://elht.nhs.uk/about-us/board-meetings-including-agenda-and-papers",
      "East Lancashire Hospitals NHS Trust Board", "trust", 2022, "txt", ["resolved_directors", "deferred"], [
          ("TB/2022/061", "Minutes of the previous meeting", [
              D("approved", "RESOLVED: Directors approved the minutes of the meeting held on 9 March 2022 as a correct record.")]),
          ("TB/2022/063", "Chief Executive's Report", [
              "The Chief Executive outlined the pressures on the emergency department over Easter and the opening of the new discharge lounge.",
              D("noted", "RESOLVED: Directors received the report and noted its contents.")]),
          ("TB/2022/064", "Charitable Funds Annual Report", [
              "The Director of Finance explained that the external examiner's letter had not yet arrived.",
              D("deferred", "RESOLVED: Directors deferred approval of the Charitable Funds Annual Report to the July meeting.")]),
      ], subtitle="EAST LANCASHIRE HOSPITALS NHS TRUST - TRUST BOARD MEETING HELD IN PUBLIC - 11 MAY 2022 - MINUTES",
      head="{num} {title}", wrap=95, evidence=LISTING, wave=WAVE),
]
