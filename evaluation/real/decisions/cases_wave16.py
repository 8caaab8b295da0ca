"""Wave 16: decisions of a combined fire authority and two police and crime panels, from bodies no earlier case or
blind set used (each body name and source address grepped in ``evaluation/`` first, the blind sets by name only, and
claimed in the session's claims list). Fire authority minutes number items by municipal year ("22-25/26") and open
each resolution with "Resolved: That …"; ModernGov panel pages put "RESOLVED" on its own line over "That Mr X be
elected …" with "(Proposed by … and seconded by …)" after it, or run "RESOLVED: that …" into one paragraph.
Scored once before any change made for them (README.md, "Wave 16").

As in ``cases_def.py``: the layout, item numbering and formulaic wording are as published at ``source_url`` where the
stored page showed them; every narrative sentence is written anew. Where the stored page showed only part of the
record, ``evidence`` says so and the other decisions follow forms common to that kind of body.
"""
from cases_def import C, D

WAVE = 16
PARTIAL = "layout and decision wording seen on the first part of the source page; later items follow the same forms"

CASES = [
    # A combined fire authority's printed minutes as text: "22-25/26" numbers (item-year/year) on their own line
    # before the title, "Resolved: That the Minutes of the CFA held on … be confirmed and signed by the Chair."
    C("lancs-cfa-2025", "https://cfa.lancsfirerescue.org.uk/ieListDocuments.aspx?MId=471",
      "Lancashire Combined Fire Authority", "other", 2025, "txt", ["municipal_year_item_numbers", "resolved_colon_that_capital"], [
          ("19-25/26", "Chair's Welcome and Introduction", [
              "The Chair welcomed members and congratulated firefighters, officers and the Chief Fire Officer on the Service's recent inspection report.",
              "The Chair gave notice of a motion on fire authority funding, to be taken under urgent business if the Clerk advised that it qualified."]),
          ("20-25/26", "Apologies for Absence", [
              "Apologies were received from County Councillors N Alderson, J Ash and P Buckley and Councillor G Baker."]),
          ("21-25/26", "Disclosure of Pecuniary and non-Pecuniary Interests", [
              "Disclosures would be taken later in the agenda, once members had seen the wording of the motion."]),
          ("22-25/26", "Minutes of Previous Meeting", [
              D("approved", "Resolved: That the Minutes of the CFA held on 23 June 2025 be confirmed and signed by the Chair.")]),
          ("23-25/26", "Minutes of meeting Wednesday 2 July 2025 of Performance Committee", [
              "County Councillor E Worthington said the committee's last meeting had been a useful one and thanked the Service's staff.",
              D("noted", "Resolved: That the proceedings of the Performance Committee held on 2 July 2025 be noted and endorsed.")]),
      ], subtitle="Lancashire Combined Fire Authority", head="{num}\n{title}",
      preamble=["Monday, 15 September 2025 at 10.30 am in Washington Hall, Leadership and Development Centre, Euxton", "Minutes"],
      evidence=PARTIAL, wave=WAVE),

    # A police and crime panel's first meeting on a ModernGov page: "RESOLVED" alone, then "That Mr X be elected
    # Chairman …", then "(Proposed by Mr A and seconded by Mr B)" as its own paragraph.
    C("thames-valley-pcp-2012", "https://buckinghamshire.moderngov.co.uk/CeListDocuments.aspx?CommitteeId=650&MeetingId=9568&DF=19%2f07%2f2012&Ver=2",
      "Thames Valley Police and Crime Panel", "other", 2012, "mg", ["resolved_own_line_that_elected", "proposed_seconded_in_brackets"], [
          ("1.", "Election of Chairman", [
              D("approved", "RESOLVED", "That Mr T Egleton be elected Chairman of the Thames Valley Police and Crime Panel for the ensuing year."),
              "(Proposed by Mr D Carroll and seconded by Mr N Brown)"]),
          ("2.", "Appointment of Vice-Chairman", [
              D("approved", "RESOLVED", "That Mr K Mallon be elected Vice-Chairman of the Thames Valley Police and Crime Panel for the ensuing year."),
              "(Proposed by Mr T Egleton and seconded by Mr N Brown)."]),
          ("3.", "Declarations of Interest", [
              "Mr B Jones declared a non-pecuniary interest: his pension is paid by Thames Valley Police."]),
          ("4.", "Rules of Procedure", [
              "The Panel's independent legal adviser introduced the draft rules, which a steering group had worked through over the spring.",
              "Members preferred to gather a year's experience before making one full revision at the next annual meeting.",
              D("agreed", "RESOLVED", "That the Rules of Procedure be agreed, subject to a full review at the Annual Meeting in 2013.")]),
      ], subtitle="Thames Valley Police and Crime Panel - Thursday, 19 July 2012 5.00 pm",
      agenda={"1.": "To elect a Chairman for the ensuing year.", "2.": "To appoint a Vice-Chairman for the ensuing year"},
      evidence=PARTIAL, wave=WAVE),

    # A police and crime panel meeting online: "RESOLVED: that …" in one paragraph for the minutes (to be circulated
    # and signed after comments) and for excluding the press and public.
    C("west-mercia-pcp-2020", "https://worcestershire.moderngov.co.uk/ieListDocuments.aspx?CId=553&MId=3621&Ver=4",
      "West Mercia Police and Crime Panel", "other", 2020, "mg", ["resolved_colon_lower_that", "minutes_circulated_for_comment", "exclusion_of_public"], [
          ("7.", "Welcome and Introductions", ["The Chairman welcomed everyone to the Meeting."]),
          ("8.", "Apologies", ["None."]),
          ("9.", "Declaration of Interests", ["None."]),
          ("10.", "Confirmation of Minutes", [
              D("approved", "RESOLVED: that the minutes of this meeting and 26 May 2020 meeting be circulated to Members of the Panel and be signed by the Chairman in the light of any comments on their accuracy received within 7 days of their circulation.")]),
          ("11.", "Exclusion of Press and Public", [
              D("agreed", "RESOLVED: that the press and public be excluded from the meeting for the following item as it is likely that exempt information relating to any individual will be disclosed and the public interest in maintaining the exemption outweighs the public interest in disclosure.")]),
          ("12.", "Appointment of Two Lay Independent Co-Opted Members of West Mercia Police and Crime Panel", [
              "Summary of the proceedings during which the press and public were excluded (this is a fair summary of the proceedings and there are exempt minutes)",
              "The Panel must appoint two independent members who are not councillors; its appointment sub-panel had interviewed candidates and brought its recommendations.",
              D("approved", "RESOLVED: that the two candidates recommended by the Independent Member Appointment Panel be appointed as independent co-opted members of the Panel.")]),
      ], subtitle="West Mercia Police and Crime Panel - Agenda and minutes",
      agenda={"10.": "To authorise the procedure for confirming and signing the Minutes of this meeting and 26 May 2020."},
      evidence=PARTIAL, wave=WAVE),
]
