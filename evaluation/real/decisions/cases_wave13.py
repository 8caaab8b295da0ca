"""Wave 13: decision records as the big council democracy platforms publish them, from bodies no earlier case or
blind set used (each body name and source address was grepped in ``evaluation/`` first, the blind sets included):
three ModernGov decision-details notices (a district cabinet, a borough executive, an executive cabinet), two
ModernGov cabinet meeting pages (one with "Decision:" blocks and a voting record), and a district council's older
committee-system meeting page. Scored once before any change made for them (README.md, "Decision wave 13").

As in ``cases_def.py``: the layout, item numbering and formulaic wording are as published at ``source_url`` where the
stored page showed them; names, figures and every narrative sentence are written anew. Where the stored page showed
only part of the record, ``evidence`` says so and the other decisions follow forms common to that kind of body.
"""
from cases_def import C, D

WAVE = 13

CASES = [
    # A decision-details notice whose decision is one plain sentence under "Decision taken" ("Cabinet agreed the
    # recommendations set out in the report."), then "Reason for decision" narrative.
    C("welwyn-hatfield-cabinet-2024", "http://democracy.welhat.gov.uk/ieDecisionDetails.aspx?Id=991",
      "Welwyn Hatfield Borough Council Cabinet", "council_cabinet", 2024, "mgdec", ["decision_details_page", "decision_taken_heading", "cabinet_agreed_recommendations"], [
          (None, "Recommendations of the Allotments Task and Finish Group", [
              D("agreed", "Cabinet agreed the recommendations set out in the report.")]),
      ], maker="Cabinet", date="03/12/2024", dec_heading="Decision taken", reasons_heading="Reason for decision",
      reasons=["On 6th November 2024 the Overview and Scrutiny Committee recommended to Cabinet the recommendations of the Allotments Task and Finish Group for approval."],
      evidence="layout and the 'Decision taken' / 'Cabinet agreed the recommendations set out in the report.' / 'Reason for decision' wording seen on the source page; the subject is new",
      wave=WAVE),

    # A decision-details notice with no "Decision:" label: purpose, then numbered infinitive decisions ("1. To approve …
    # 2. To delegate authority …"), then numbered reasons, all under unlabelled paragraphs.
    C("guildford-executive-2022", "https://democracy.guildford.gov.uk/ieDecisionDetails.aspx?ID=4186",
      "Guildford Borough Council Executive", "council_cabinet", 2022, "mgdec", ["decision_details_page", "numbered_to_infinitives", "numbered_reasons_after"], [
          (None, "Procurement Pipeline and Delegation of Authority to award contracts", [
              "To consider the forthcoming procurement pipeline and the delegation of authority to award the contracts in it.",
              D("approved", "1.        To approve the procurement procedures listed in Appendix 1 to the report submitted to the Executive.",
                "2.        To delegate authority to the Strategic Director of Finance to proceed to procurement in consultation with the Lead Councillor for Finance where the anticipated costs or timescales change only slightly.",
                "3.        To delegate authority to award the contracts as listed in the final column of the table in Appendix 2 to the report.")]),
      ], maker="Executive", date="26/07/2022", dec_heading="", reasons_heading="",
      reasons=["1.        Executive approval is required for every key decision with a financial consequence of £200,000 or more, so the Executive should see the pipeline before procurement begins.",
               "2.        Planning procurement in advance allows suppliers to be engaged early and keeps the Council within its Contract Procedure Rules."],
      evidence="layout (purpose, numbered 'To approve …' / 'To delegate authority …' decisions, numbered reasons, no labels) seen on the source page; the reasons are new",
      wave=WAVE),

    # An executive cabinet's decision notice: numbered "That the Executive Cabinet agree …" / "That the Executive Member
    # … be given delegated responsibility …" parts with no heading above them.
    C("chorley-executive-cabinet-2021", "https://democracy.chorley.gov.uk/ieDecisionDetails.aspx?ID=9389",
      "Chorley Council Executive Cabinet", "council_cabinet", 2021, "mgdec", ["decision_details_page", "numbered_that_parts", "delegated_responsibility"], [
          (None, "Clean Air Strategy", [
              "To seek approval of a draft clean air strategy and a period of formal consultation.",
              D("agreed", "1. That the Executive Cabinet agree the proposal for a clean air strategy and formal consultation.",
                "2. That the Executive Member for Early Intervention be given delegated responsibility for approving the final proposal after the consultation, provided no significant changes are made to the proposals in this report.")]),
      ], maker="Executive Cabinet", date="25/02/2021", dec_heading="", reasons_heading="",
      evidence="layout and the numbered 'That the Executive Cabinet agree …' / 'be given delegated responsibility' wording seen on the source page",
      wave=WAVE),

    # A cabinet's ModernGov page with both "Decision:" and "Minutes:" blocks for every item (procedural items too:
    # "Decision: There were no declarations …"), "RESOLVED that the minutes … be approved as a correct record." followed
    # by "Voting Record" and "5 For, 0 Against, 1 Abstention".
    C("cotswold-cabinet-2024", "https://meetings.cotswold.gov.uk/ieListDocuments.aspx?CId=1136&MId=2287",
      "Cotswold District Council Cabinet", "council_cabinet", 2024, "mg", ["decision_and_minutes_blocks", "voting_record_after_resolution", "procedural_decision_blocks"], [
          ("1.", "Apologies", ["Apologies were received from Councillors Priya Hallam and Owen Derby."]),
          ("2.", "Declarations of Interest", ["There were no declarations of interest from any Members present."]),
          ("3.", "Minutes", [
              "The purpose of this item was to consider the minutes of the meeting of Cabinet on 5 September 2024.",
              "There were no amendments to the minutes.",
              D("approved", "RESOLVED that the minutes of the meeting of the Cabinet meeting held on 5 September 2024 be approved as a correct record."),
              "Voting Record", "5 For, 0 Against, 1 Abstention"]),
          ("4.", "Leader's Announcements", ["The Leader reported that the new recycling depot at Down Ampney would open in November."]),
          ("7.", "Car Park Tariffs 2025/26", [
              "The Cabinet Member for Finance introduced the report, which proposed holding tariffs in the market towns and a modest rise at the two long-stay car parks in Cirencester.",
              D("approved", "RESOLVED that Cabinet:", "1. APPROVED the car park tariffs for 2025/26 set out in Annex A; and",
                "2. NOTED that a review of permit charges would be brought to Cabinet in the spring."),
              "Voting Record", "6 For, 0 Against, 0 Abstentions"]),
      ], subtitle="Cabinet - Thursday, 3 October 2024 6.00 pm", heading="Agenda, decisions and minutes", decision_blocks=True,
      agenda={"1.": "To receive any apologies for absence. The quorum for Cabinet is 3 members.",
              "3.": "To approve the minutes of the previous meeting held on 5 September 2024."},
      decision_narrative={"1.": ["Apologies were received from Councillors Priya Hallam and Owen Derby."],
                          "2.": ["There were no declarations of interest from any Members present."]},
      evidence="layout ('Decision:' and 'Minutes:' blocks for procedural items too), the minutes' 'RESOLVED that …' and the 'Voting Record' / '5 For, 0 Against, 1 Abstention' lines seen on the source page; the car park item follows the same form",
      wave=WAVE),

    # A cabinet's ModernGov page with running minute numbers and "Minutes:" only: the minutes "were agreed." in one
    # sentence; interests listed as "Min 92. Title." then the declaration; "RESOLVED:" over numbered parts; a
    # recommendation to Council ("RECOMMENDED to Council that …").
    C("east-devon-cabinet-2024", "https://democracy.eastdevon.gov.uk/ieListDocuments.aspx?CId=136&MId=2320",
      "East Devon District Council Cabinet", "council_cabinet", 2024, "mg", ["minutes_were_agreed_short", "min_n_interest_lines", "recommended_to_council"], [
          ("86.", "Minutes of the previous meeting", [D("approved", "The minutes of the previous meeting of Cabinet held on 30 October 2024 were agreed.")]),
          ("87.", "Declarations of interest", [
              "Min 92. Minutes of the Budget Setting and Capital Allocations Panel held on 11 November 2024.",
              "Councillor Ruth Penhale, Affects Non-registerable Interest, member of Sidmouth Town Council.",
              "Min 98. Seaton Wetlands Visitor Centre.",
              "Councillor Tom Ashcombe, Affects Non-registerable Interest, lives near the site."]),
          ("92.", "Minutes of Budget Setting and Capital Allocations Panel held on 11 November 2024", [
              D("noted", "RESOLVED:", "that the minutes of the Budget Setting and Capital Allocations Panel held on 11 November 2024 be noted.")]),
          ("98.", "Seaton Wetlands Visitor Centre", [
              "The Assistant Director for Countryside explained that the visitor centre roof had failed and that a grant from the National Lottery would meet most of the replacement cost.",
              D("approved", "RESOLVED:", "1. That Cabinet approve the replacement of the visitor centre roof at a cost of up to £180,000.",
                "2. That authority be delegated to the Director of Finance to accept the grant offer.")]),
          ("101.", "Council Tax Reduction Scheme 2025/26", [
              "Members discussed the cost of living and the number of working-age households on the scheme.",
              D("other", "RECOMMENDED to Council that the Council Tax Reduction Scheme for 2025/26 be adopted without change from the current year.")]),
      ], subtitle="Cabinet - Wednesday, 27th November, 2024 6.00 pm",
      evidence="layout, the minute numbers, the short 'were agreed.' minutes wording and the 'Min N. Title' interest lines seen on the source page; the resolutions follow forms common to district cabinets",
      wave=WAVE),

    # An older committee-system meeting page: "Item Number Item/Description" then "48/12 TITLE IN CAPITALS" headings,
    # the minute text under each, "RESOLVED: that …" and "It was proposed by Councillor …, seconded by Councillor …
    # and AGREED that …".
    C("fenland-council-2013", "https://fenland.gov.uk/localgov/CeListDocuments.aspx?CommitteeId=156&DF=24%2F01%2F2013&MeetingId=570&Ver=2",
      "Fenland District Council", "council", 2013, "wp", ["number_slash_year_caps_titles", "proposed_seconded_and_agreed", "resolved_colon_that"], [
          ("48/12", "COUNCILLOR HOLBROOK", ["Members joined the Chairman in standing in remembrance of Councillor Holbrook, who had died suddenly over the new year.",
                                          "The Chairman said that he had served the Council with great energy, particularly on the Planning Committee."]),
          ("49/12", "TO SIGN AND CONFIRM THE MINUTES FROM THE MEETING OF 20 DECEMBER 2012", [
              "The Chairman said that a member had asked for a note to be attached to the minutes about the length of the debate on the budget.",
              D("approved", "RESOLVED: that the minutes of the meeting of 20 December 2012 be confirmed and signed as a correct record.")]),
          ("50/12", "LOCAL COUNCIL TAX SUPPORT SCHEME", [
              "The Portfolio Holder for Finance presented the final scheme, which kept the level of support for pensioners and reduced it slightly for working-age claimants.",
              D("approved", "It was proposed by Councillor Tilney, seconded by Councillor Marr and AGREED that the Local Council Tax Support Scheme for 2013/14 be adopted.")]),
          ("51/12", "APPOINTMENTS TO OUTSIDE BODIES", [
              D("approved", "RESOLVED: that Councillor Ashby be appointed to the Wisbech Harbour Board in place of Councillor Holbrook.")]),
      ], subtitle="Council Thursday, 24th January, 2013 4.00 pm", head="{num} {title}", head_tag="p",
      preamble=["Please note: all Minutes are subject to approval at the next Meeting", "Attendance Details",
                "Present:", "Councillor A Ashby, Councillor B Carrow, Councillor Mrs D Marr, Councillor P Tilney",
                "Item Number Item/Description", "PUBLIC"],
      evidence="layout, the 'Item Number Item/Description' table, the '48/12 TITLE' headings and the minutes item seen on the source page; the decisions follow forms common to district councils of the time",
      wave=WAVE),
]
