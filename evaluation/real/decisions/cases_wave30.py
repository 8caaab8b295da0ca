"""Session 30's decision sweep ("dec30"): two regression cases modelled on real minutes the sweep read (each body
grepped in ``evaluation/`` first and claimed in the session's claims list), for the shapes it fixed that small bodies
write: a motion's record closed by a plain verdict ("… seconded by CC B. All present agreed."), a vote told as who was
in favour ("… seconded by Cllr B and all those at the meeting were in favour.", "A proposal was raised … by Cllr A.
Cllr B seconded this and all Cllrs were in favour."). Written after the fixes (dev split; README.md, "Decision sweep
(session 30)").

As in ``cases_def.py``: the layout, item numbering and formulaic wording are as published at ``source_url``; names,
places, figures and every narrative sentence are written anew.
"""
from cases_def import C, D

WAVE = 30
PARTIAL = "layout and decision wording seen on the first part of the source page; later items follow the same forms"

CASES = [
    # A parish council planning committee as a web page: "17/27 Title" lines, the minutes "proposed by …, seconded by …
    # and all those at the meeting were in favour", a reply to the planning authority proposed and seconded with all in
    # favour, an action list between them.
    C("chiseldon-pc-planning-2017", "https://www.chiseldon-pc.gov.uk/minutes-agendas/minutes-planning-committee-meeting-4/",
      "Chiseldon Parish Council Planning Committee", "council", 2017, "txt", ["numbered_ref_titles", "seconded_all_in_favour"], [
          ("17/25", "Declarations of Interest.", []),
          ("17/26", "Public recess.", ["No public"]),
          ("17/27", "Minutes of meeting of 14th June 2017", ["No changes",
              D("approved", "The minutes of the meeting held on 14th June 2017 were then proposed by Cllr Marlow, seconded by Cllr Treece and all those at the meeting were in favour.")]),
          ("17/28", "Matters arising and action points", [
              "The Clerk is to ask the planning officer whether the bin store at the garage extension is wide enough.",
              "- 17/06. Ask the garage owners about planting beside the store. COMPLETED – NO REPLY",
              "- 17/07. Update Standing Orders for the new meeting pattern. COMPLETED"]),
          ("17/29", "Outstanding Applications", [
              "S/TC/17/0931 Replace telecommunications pole at Hill House",
              "The committee saw no difficulty with the plans.",
              D("agreed", "A proposal was raised to reply to SBC with \"No objection\" on these plans by Cllr Marlow. Cllr Treece seconded this and all Cllrs were in favour.")]),
      ], subtitle="Chiseldon Parish Council – Minutes of the Planning Committee Meeting", head="{num} {title}",
      preamble=["Minutes of the Planning Committee Meeting held on Thursday 6th July 2017 at 7.30pm"],
      evidence=PARTIAL, wave=WAVE),

    # A Scottish community council's draft minutes: "N. Title" headings, a co-option proposed and seconded, then "All
    # present agreed." as a sentence of its own.
    C("comrie-cc-2012", "http://www.docstoc.com/docs/112126855/CCC-Draft-Minutes-12012012_2_",
      "Comrie Community Council", "council", 2012, "txt", ["numbered_titles", "motion_then_all_present_agreed"], [
          ("1.", "Welcome and Introduction", ["CC Lennox welcomed those present to the first meeting of the year; the December meeting had been called off because of snow."]),
          ("2.", "Co-option of Secretary", [
              D("agreed", "CC Lennox proposed Morag Quayle for the position of Secretary and was seconded by CC Abernethy. All present agreed."),
              "Two places on the Community Council remain open; how to fill them will be discussed at a later meeting."]),
          ("3.", "Police Matters", ["There was no police report this month."]),
      ], subtitle="Draft Minutes of Meeting held on Thursday 12th January 2012", head="{num} {title}",
      preamble=["Draft Minutes of Meeting held on Thursday 12th January 2012", "Comrie Community Centre at 19.30"],
      evidence=PARTIAL, wave=WAVE),
]
