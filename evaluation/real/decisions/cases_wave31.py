"""Session 31's decision sweep ("dec31"): a regression case modelled on real minutes the sweep read (the body grepped
in ``evaluation/`` first and claimed in the session's claims list), for the shapes it fixed on ModernGov's "Agenda and
decisions" pages: under an item's "Decision:" label, the account of who attended and presented before the item's own
"It was RESOLVED that …" is no decision, nor is a member's declaration of interest written there. Written after the
fixes (dev split; README.md, "Decision sweep (session 31)").

As in ``cases_def.py``: the layout, item numbering and formulaic wording are as published at ``source_url``; names,
places, figures and every narrative sentence are written anew.
"""
from cases_def import C, D

WAVE = 31

CASES = [
    # A borough council's select committee on an "Agenda and decisions" page: each item's record sits under
    # "Decision:" alone; two items open with an account of the presentation ("… attended the meeting and gave an
    # update …", "The Chair thanked …") before "It was RESOLVED that the update be noted."; a declaration of interest
    # is the whole record of the first item.
    C("stevenage-csc-2020", "https://democracy.stevenage.gov.uk/ieListDocuments.aspx?CId=151&MId=5059&Ver=4",
      "Stevenage Borough Council Community Select Committee", "council_committee", 2020, "mg",
      ["agenda_and_decisions_page", "account_before_resolution_under_decision_label", "declaration_under_decision_label"], [
          ("1.", "APOLOGIES FOR ABSENCE AND DECLARATIONS OF INTEREST", [
              "Councillor Tobias Wren declared an other interest as his partner is employed at the leisure centre named in item 4."]),
          ("2.", "MINUTES - 14 OCTOBER 2020", [
              D("approved", "It was RESOLVED that the Minutes of the meeting of the Community Select Committee held on 14 October 2020 be approved as a correct record.")]),
          ("3.", "DIRECTOR OF PUBLIC HEALTH UPDATE", [
              "The county's Director of Public Health, Imogen Ashdown, attended the meeting and gave an update on vaccination uptake in the town and on the winter flu programme, and answered Members' questions.",
              "The Chair thanked the Director for her update and asked that the Committee's thanks be passed to the public health team.",
              D("noted", "It was RESOLVED that the update be noted.")]),
          ("4.", "LEISURE AND WELLBEING STRATEGY PROGRESS", [
              "Rhodri Pennant, Leisure Development Manager, gave a presentation on the first year of the Leisure and Wellbeing Strategy and the take-up of the swimming offer for older residents.",
              "Members asked about opening hours at the two pools and were told a review would report in the spring.",
              D("noted", "It was RESOLVED that the presentation be noted.")]),
      ], subtitle="Community Select Committee - Wednesday, 11 November 2020 6.00pm", heading="Agenda and decisions",
      decisions_only=True,
      agenda={"2.": "To approve as a correct record the Minutes of the meeting of the Community Select Committee held on 14 October 2020.",
              "3.": "To receive an update from the county's Director of Public Health.",
              "4.": "To receive a presentation on the progress of the Leisure and Wellbeing Strategy."},
      evidence="decision layout seen on the source page", wave=WAVE),
]
