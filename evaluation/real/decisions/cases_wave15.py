"""Wave 15: decisions in the minutes of SMALL bodies (a parish council, a local medical committee, village hall
committees and trustees, a marina company's board), from bodies no earlier case or blind set used (each body name and
source address was grepped in ``evaluation/`` first, the blind sets by name only, and claimed in the session's claims
list). Small bodies record decisions inline: "were approved unanimously" in a bullet, "It was agreed that …" in a
discussion cell, "Minutes were approved." alone, "That the Minutes … are accepted …" over "Moved: X/Seconded: Y",
"… were proposed by X and seconded by Y as an accurate report". Scored once before any change made for them
(README.md, "Wave 15").

As in ``cases_def.py``: the layout, item numbering and formulaic wording are as published at ``source_url`` where the
stored page showed them; every narrative sentence is written anew. Where the stored page showed only part of the
record, ``evidence`` says so and the other decisions follow forms common to that kind of body.
"""
from cases_def import B, C, D, DB, T

WAVE = 15
PARTIAL = "layout and decision wording seen on the first part of the source page; later items follow the same forms"

CASES = [
    # A parish council's minutes as a web page: "59.    Title" lines, every minute a bullet, decisions inside bullets
    # ("… were approved unanimously and will be signed …", "The Council agreed unanimously to fund …").
    C("preshute-pc-2021", "https://preshutepc.org.uk/onewebmedia/PPC%20mtg%2022032021.html",
      "Preshute Parish Council", "council", 2021, "wp", ["numbered_titles_bullet_minutes", "approved_unanimously_inline", "council_agreed_unanimously"], [
          ("59.", "To receive apologies for absence", [B("", ["Cllr I Wroth & Cllr H Wroth sent apologies."])]),
          ("60.", "To receive declarations of interests", [B("", ["None"])]),
          ("62.", "Minutes of the previous meetings", [DB("approved", "", [
              "The minutes of the meetings held on 26th January 2021 and the Extraordinary General Meeting of the Council held on 23rd February 2021 were approved unanimously and will be signed at the next available opportunity as a true record."])]),
          ("63.", "Clerk’s Report", [
              B("", ["Training – the Clerk has found gaps in her knowledge of parish council work during the year and asked to take the intermediate clerks’ qualification before the summer; a neighbouring parish has offered to share the cost."]),
              DB("agreed", "", ["The Council agreed unanimously to fund the ‘From ILCA to CILCA’ course now and to share the cost of the ILCA with Kennet Valley Parish Council later in the year."])]),
      ], subtitle="Minutes of the PARISH COUNCIL MEETING held on the 22nd March 2021 at 7.30pm remotely through Zoom.",
      head="{num}    {title}", head_tag="p",
      preamble=["Present:  Cllr P Morgan (Chair), Cllr S Mills, Cllr J Penn & Cllr J Clark.", "In attendance:  Mrs S Roberts (Clerk) and Unitary Cllr J Davies.", "Public Participation – None."],
      evidence=PARTIAL, wave=WAVE),

    # A local medical committee's minutes: an Item | Discussion | Action table; "It was agreed that the minutes … were an
    # accurate record … subject to the following amendment:" and "Action:" lines inside the discussion cell.
    C("sandwell-lmc-2016", "https://docest.com/doc/667988/sandwell-local-medical-council-public-meeting-minutes",
      "Sandwell Local Medical Council", "other", 2016, "wp", ["item_discussion_action_table", "it_was_agreed_that_minutes", "action_lines_in_cell"], [
          (None, "", [T(["Item", "Discussion", "Action"], [
              (["1.", "Apologies were acknowledged as above.\nThere were no announcements.", ""], None, None),
              (["2.", "It was agreed that the minutes of the previous meeting were an accurate record of the meeting subject to the following amendment:\n"
                      "The nomination for Treasurer was seconded by NH.\nMatters Arising\n"
                      "BA said that if minutes are to go on the LMC website the public and private minutes would have to be kept apart.\n"
                      "Action: Minutes going forward to be separated and recorded as private and public minutes.", "HH"], None, None,
               [("approved", "It was agreed that the minutes of the previous meeting were an accurate record of the meeting subject to the following amendment:", "2.", "Minutes")]),
              (["3.", "Election of members\nThe committee should have 14 or 15 elected members; it was not clear when elections had last been held.\n"
                      "It was agreed that elections would be held in the autumn and every three years after that.", "RS"], None, None,
               [("agreed", "It was agreed that elections would be held in the autumn and every three years after that.", "3.", "Election of members")]),
          ])]),
      ], subtitle="Sandwell Local Medical Council – Public Meeting Minutes", table_items=False, head="",
      preamble=["Monday 8th August 2016, 7.30-9.30pm", "The Medical Education Centre, Sandwell Hospital"],
      evidence=PARTIAL, wave=WAVE),

    # A village hall committee: "Item 2  Minutes of the Last Meeting." then "The minutes … were approved by the Committee
    # and signed by the Chairman."; a policy "duly approved by the Committee".
    C("east-brent-village-hall-2018", "http://community.eastbrentparishcouncil.org.uk/view/organisation-view-report/4/106",
      "East Brent Village Hall Management Committee", "other", 2018, "wp", ["item_n_colon_titles", "approved_by_the_committee"], [
          ("Item 1:", "Apologies:", ["Janet Nurse, Kay Clarke, Dot Coles, Betty Griffin,"]),
          ("Item 2", "Minutes of the Last Meeting.", [D("approved", "The minutes of the meeting held on February 28th were approved by the Committee and signed by the Chairman.")]),
          ("Item 3:", "Matters arising:", ["Data Protection Policy", D("approved", "This had been circulated following the last meeting. It was duly approved by the Committee and signed for the record by the Chairman.")]),
          ("Item 5:", "Treasurer’s Report:", ["See attached. Casual bookings so far were about £600 below last year’s."]),
      ], subtitle="Monthly Meeting Minutes - 28th March 2018", head="{num}            {title}", head_tag="p",
      preamble=["Village Hall Management Committee", "Present:         Hugh Mackay, Mike Grant, Jacqui Collins, Pat Seabrook., Jenny Hudson, Barbara Woodward."],
      evidence=PARTIAL, wave=WAVE),

    # A marina company's board: a run-together "Discussion/Actions / Action Points" layout; "That the Minutes … are accepted
    # as a true and accurate record." over "Moved: X/Seconded: Y"; "Board agreed that …" in narrative.
    C("seaview-marina-board-2017", "https://docsbay.net/minutes-of-a-meeting-of-the-board-of-seaview-marina-ltd",
      "Seaview Marina Ltd (board)", "other", 2017, "wp", ["that_minutes_are_accepted", "moved_seconded_slash", "board_agreed_inline"], [
          ("1.", "BOARD ONLY SESSION", ["Deferred until October 2017 board meeting."]),
          ("2.", "MINUTES OF THE PREVIOUS MEETING", [
              D("approved", "That the Minutes of the Board meeting held on Thursday 17 August 2017", "are accepted as a true and accurate record."),
              "Moved: Brian Walshe/Seconded: Peter Steel"]),
          ("3.", "FINANCIAL REPORT", ["BK took the board through the report for the month ended 31 August 2017.",
                                     "The server has run short of space and the administrator will follow it up with the chief executive.",
                                     D("agreed", "Board agreed that the system must be updated urgently.")]),
      ], subtitle="Minutes of a Meeting of the Board of Seaview Marina Ltd", head="{num}{title}", head_tag="p",
      preamble=["Held on Thursday 21 September 2017 at 11:00amin the Seaview Marina Office", "Present:Brian Walshe(Chair)(BW)"],
      evidence=PARTIAL, wave=WAVE),

    # A village hall committee: "Item 3 - Record of Minutes …" headings (the dash is the title's, so the item is "Item 3"); "… were discussed and agreed."; "It was agreed
    # that Dylan should arrange …" inside matters arising.
    C("hughenden-village-hall-2014", "https://docest.com/doc/677344/record-of-annual-general-meeting-minutes-from-the-hughenden-village-hall-held-on-05-december",
      "Hughenden Village Hall Committee", "other", 2014, "wp", ["item_n_dash_titles", "discussed_and_agreed", "it_was_agreed_that_person_should"], [
          ("Item 1", "– The Chairman’s Welcome and Introduction", ["Michael welcomed everyone to the meeting."]),
          ("Item 2", "– Apologies", ["Apologies were declared, acknowledged and recorded."]),
          ("Item 3", "- Record of Minutes from the last Meeting", [D("approved", "The minutes of the previous meeting held in October 2014 were discussed and agreed.")]),
          ("Item 4", "– Matters Arising from the last Meeting", [
              "Dylan had looked into taking out the speed bumps on the drive, which would cost £4000.",
              D("agreed", "It was agreed that Dylan should arrange the removal of the bumps as soon as possible."),
              "Michael will write to the National Trust to thank them for cutting back the long grass."]),
      ], subtitle="MINUTES OF MEETING FROM THE HUGHENDEN VILLAGE HALL COMMITTEE HELD ON 3rd November 2014 AT 2000HRS", head="{num} {title}", head_tag="p",
      evidence=PARTIAL, wave=WAVE),

    # Charity trustees: "45.15 To confirm …" numbered titles; "Minutes were approved." alone; "It was agreed for this
    # discussion to continue after …" (a deferral).
    C("giddings-village-hall-charity-2015", "https://www.thegiddings.org.uk/2015-07-minutes-21st-july-village-hall-recreation-ground-charity-trustee-meeting/",
      "The Giddings Village Hall and Recreation Ground Charity", "other", 2015, "wp", ["nn_yy_numbered_titles", "minutes_were_approved_alone", "agreed_to_continue_later"], [
          ("43.15", "Apologies and reasons for absence", ["Trustee Hayden did not attend."]),
          ("45.15", "To confirm and accept minutes of 16th June 2015", [D("approved", "Minutes were approved."), "Trustee Alexander signed and dated them."]),
          ("49.15", "To discuss what the Trustees would do in the event of the Committee being unable to raise sufficient funds to keep the Village Hall running", [
              "The Clerk said that an unused hall would still cost the parish council about £1500 a year.",
              "The Committee is to ask residents in a questionnaire which events they would come to.",
              D("deferred", "It was agreed for this discussion to continue after the results of the questionnaire were available.")]),
      ], subtitle="2015-07 Minutes 21st July Village Hall & Recreation Ground Charity Trustee meeting", head="{num} {title}", head_tag="strong",
      preamble=["Present: Trustees Alexander (Chair), James, Giddens, Hodson, Howden and the Clerk", "Members of the public: None"],
      evidence=PARTIAL, wave=WAVE),

    # A village hall AGM as PDF text: "N. Title: text" on one line; "The Minutes … were proposed by X and seconded by Y as
    # an accurate report of the proceedings."
    C("west-wratting-village-hall-2016", "https://docest.com/doc/255112/west-wratting-village-hall-management-committee",
      "West Wratting Village Hall Management Committee", "other", 2016, "txt", ["title_colon_text_same_line", "proposed_seconded_as_accurate"], [
          ("1.", "Welcome and Apologies: The Chairman welcomed the Committee and Sisse McCall. Apologies for absence were received from Maggie Attewell, Sherry O'Donovan, Nigel Heath and Ben Willcocks.", []),
          ("2.", "Minutes of 2015 AGM:", [D("approved", "The Minutes of the AGM held on 14th December 2015 were proposed by Mira Nichols and seconded by John Horsfield as an accurate report of the proceedings.")]),
          ("3.", "Matters Arising: All were dealt with in the Chairman's Report or under the agenda headings.", []),
          ("5.", "Treasurer's Report:", ["The accounts showed a small surplus after the toilet block works.",
                                         D("approved", "The accounts were proposed by Diana Edwards and seconded by Mick Lock and approved.")]),
      ], subtitle="WEST WRATTING VILLAGE HALL MANAGEMENT COMMITTEE", head="{num} {title}",
      preamble=["WEST WRATTING VILLAGE HALL MANAGEMENT COMMITTEE", "Minutes of the AGM held on Monday 12th December, 2016",
                "Present: Mike Rowland Anne Catchpole Diana Edwards", "Mick Lock Becky Gilley John Horsfield", "Mira Nichols Hanneke Okkenhaug Sisse McCall"],
      evidence=PARTIAL, wave=WAVE),
]
