"""The eleventh blind set: what each document says and how it is labelled.

Every case is modelled on one stored public page (``url``) of a body that appears in none of the other
evaluation sets (``evaluation/real/*``, ``evaluation/blind``, ``blind2`` .. ``blind10``). Attendance sections and
decision wording are reproduced as published (names, roles, organisations, statuses and formulaic wording are
public facts); every narrative paragraph is written anew and kept short. Labels come from the published page only,
never from running a parser. Labelling rules are those of ``evaluation/blind/README.md`` and blind8's README.

Rendered by ``python evaluation/blind/build_cases.py --set evaluation/blind11`` with the blind set's renderers
(``render.py``) and, for PDFs, ``evaluation/real/pdfcase.py`` (tables, scanned pages).
"""
from __future__ import annotations

from labels import APOLOGIES, IN_ATT, PRESENT, SUB, A, D, bare
from pdfspec import GAP, T, TABLE
from render import esc, moderngov_meeting, page, paras

CASES: list[dict] = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------------------
# NHS medicines committees: an English area prescribing committee, a Scottish area pharmaceutical committee,
# an English local pharmaceutical committee and a local optical committee

_ROTH08_PRESENT = [("Dr P Scorah", "(Chair)"), ("Dr J Radford", "Director of Public Health, Rotherham PCT"),
                   ("Mike Ireland", "RPCT"), ("Andrew Houston", "Pharmacist, DASH"), ("Dr C Harrison", "RGHT"),
                   ("Christina Dezelak", "RGHT"), ("Surinder Ahuja", "RGHT"), ("Ian Cawthorne", "RGHT"),
                   ("Sue Wright", "Prescribing Advisor, Nine Trees"), ("Chris Horsfield", "Prescribing Advisor, Nine Trees"),
                   ("Donna Dennison", "Secretary, RPCT")]
_ROTH08_MINUTES = "All other minutes were agreed to be a true and accurate record."


def _roth_label(name: str, text: str) -> dict:
    """'Role, Organisation', a bare organisation (the trusts' initials) or '(Chair)'."""
    if text == "(Chair)":
        return A(bare(name), PRESENT, "Chair")
    role, _, org = text.rpartition(", ")
    return A(bare(name), PRESENT, role or None, org)


case(
    id="rotherham-area-prescribing-committee-2008-scan", year=2008, format="pdf", layout="pdf_scan", scan=True,
    url="https://docsbay.net/date-time-of-next-meeting",
    body="Rotherham Area Prescribing Committee", body_kind="nhs_medicines_committee",
    patterns=["meeting_details_grid_title_time_date_venue_reference_chairman", "present_name_cell_role_org_cell",
              "organisation_initials_only", "chair_in_brackets_in_role_cell", "minute_codes_yy_nnn_in_first_column",
              "apologies_inside_first_minute", "other_minutes_agreed_true_and_accurate_record", "scanned_page"],
    notes="Area Prescribing Committee meeting of 16 January 2008 in the Ravenfield Room, RDGH (Rotherham PCT and "
          "Rotherham General Hospitals Trust). Rendered as a scan (the stored copy is a converted Word document). The "
          "meeting details and the Present list are two-column grids as stored; the minutes are a table of minute code, "
          "text and 'Action By'. The corrections to the previous minutes are shortened and rewritten; the case ends "
          "after the declarations of interest.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        TABLE([["Title of Meeting:", "Area Prescribing Committee Meeting"], ["Time:", "1:00pm"],
               ["Date:", "Wednesday, 16 January 2008"], ["Venue:", "Ravenfield Room, RDGH"],
               ["Reference:", "PS/dd"], ["Chairman:", "Phil Scorah"]], [40, 130]),
        GAP(2),
        TABLE([["Present:" if i == 0 else "", n, r] for i, (n, r) in enumerate(_ROTH08_PRESENT)], [25, 50, 95]),
        GAP(3),
        TABLE([["", "Agenda Items & Action Points", "Action By"],
               ["08/001", "Apologies:\nRobin Carlisle, Stuart Lakin, Dr P Martin", ""],
               ["08/002", "Minutes from the last meeting held on the 21 November 2007.\nSue Wright gave apologies for "
                          "the previous meeting.\n07/33 - a spelling error to be corrected.\n07/45 - the shared care "
                          "protocol needs a traffic light rating for each specialty.\n" + _ROTH08_MINUTES, ""],
               ["08/003", "Matters Arising:\n07/07 - SW will visit a local clinic to review its use of controlled "
                          "drugs.\n07/37 - the asthma guidelines go to the Drugs and Therapeutics Committee in two "
                          "weeks.", "SW"],
               ["08/004", "Declarations of Interest\nNothing to declare.", ""]], [20, 125, 25]),
    ]}]},
    attendees=[_roth_label(n, r) for n, r in _ROTH08_PRESENT]
    + [A("Robin Carlisle", APOLOGIES), A("Stuart Lakin", APOLOGIES), A("P Martin", APOLOGIES)],
    decisions=[D(_ROTH08_MINUTES, "approved", "08/002", "Minutes from the last meeting held on the 21 November 2007.")],
)

_HIGH06_PRESENT = ["Dr David Raeburn (Chairman)", "Mr Colin Costello", "Mr John Cromarty", "Mr Alex Kelso",
                   "Ms Wendy Laing", "Ms Fiona MacFarlane", "Ms Sandra Melville (by videolink)", "Ms Clare Morrison",
                   "Ms Mary Morton", "Mr Peter Mutton", "Ms Fiona Nicholas", "Mr Andrew Paterson"]
_HIGH06_APOLOGIES = ("Apologies were received from Ms Catherine Beaton, Mr Gareth Dixon, Mr Scott Nicol, Ms Sharon "
                     "Pfleger and Ms Fiona Thomson.")
_HIGH06_DECISION = ("The Committee:\na Noted the appointment of Ms Fiona MacFarlane as Vice-Chairman.\nb Remitted to Dr "
                    "Raeburn and Professor Cromarty to draft a letter to members informing them of the importance of "
                    "the role of Secretary to the Committee and urge for a volunteer.")


def _high_label(text: str) -> dict:
    name, _, rest = text.partition(" (")
    return A(bare(name), PRESENT, "Chairman" if rest.startswith("Chairman") else None)


case(
    id="nhs-highland-area-pharmaceutical-committee-2006", year=2006, format="html", layout="word_export_page",
    url="https://docsbay.net/presentdr-david-raeburn-chairman",
    body="NHS Highland Area Pharmaceutical Committee", body_kind="nhs_medicines_committee",
    patterns=["letterhead_then_minute_title", "present_label_run_into_first_name", "one_name_a_line_with_titles",
              "by_videolink_in_brackets", "in_attendance_name_comma_role", "apologies_sentence_with_titles",
              "the_committee_lettered_noted_remitted"],
    notes="Minute of the Area Pharmaceutical Committee meeting of 27 November 2006 in the Board Room, Assynt House, "
          "Inverness (NHS Highland), a Word document published as a web page. The stored copy runs the 'Present' label "
          "into the first name ('PresentDr David Raeburn'); the case keeps that. NHS Highland's board (blind3) and a "
          "CHP committee (blind10) are other bodies; this professional advisory committee is a body apart. The "
          "secretary discussion is rewritten; the lettered outcome list of item 2.1 is one decision. The case ends "
          "inside item 2.2, rewritten.",
    document=page("Minute of Meeting of the Area Pharmaceutical Committee", "\n".join([
        paras(["Assynt House", "Beechwood Park", "Inverness, IV2 3HG", "Telephone: 01463 717123",
               "MINUTE of MEETING of the", "AREA PHARMACEUTICAL COMMITTEE", "Board Room, Assynt House",
               "27 November 2006 – 10.00 am"]),
        "<p>Present" + esc(_HIGH06_PRESENT[0]) + "</p>",
        paras(_HIGH06_PRESENT[1:]),
        paras(["In AttendanceMrs Barbara Simpson, Board Committee Administrator", "1 WELCOME AND APOLOGIES",
               _HIGH06_APOLOGIES, "2 AREA PHARMACEUTICAL COMMITTEE, APRIL 2006 – MARCH 2009",
               "2.1 Appointment of Office Bearers – Vice-Chairman and Secretary",
               "The following appointment was made:",
               "Vice-Chairman - Ms Fiona MacFarlane (nominated by Professor Cromarty and seconded by Dr Raeburn)",
               "Secretary – nobody volunteered, and Dr Raeburn offered to write to members about the role, with "
               "Professor Cromarty's help."]),
        "<p>" + "<br>".join(esc(x) for x in _HIGH06_DECISION.split("\n")) + "</p>",
        paras(["2.2 Election of Representatives 2006 – 2009", "Representatives were appointed as follows:",
               "(a) Pharmacy Practices Committee"]),
    ])),
    attendees=[_high_label(t) for t in _HIGH06_PRESENT]
    + [A("Barbara Simpson", IN_ATT, "Board Committee Administrator")]
    + [A(n, APOLOGIES) for n in ["Catherine Beaton", "Gareth Dixon", "Scott Nicol", "Sharon Pfleger", "Fiona Thomson"]],
    decisions=[D(" ".join(_HIGH06_DECISION.split("\n")), "noted", "2.1",
                 "Appointment of Office Bearers – Vice-Chairman and Secretary")],
)

_LRLPC14_LEFT = ["Sejal Gohil, Vice-Chair (SG) - Acting Chair", "David Wood (DW) - Chief Officer", "Susan Hind (SH)",
                 "Veronica Horne (VH) (Absent 11am – 2pm)", "Jane Lumb (JL)"]
_LRLPC14_RIGHT = ["Syma Raza Jones (SRJ)", "Satyan Kotecha (SK)", "Adam Thomas (AT)", "Rajesh Vaitha (RV)",
                  "Liz Harris (LH) - Administrator"]
_LRLPC14_UNHEADED = ["Neena Lakhani (NL)", "David Smith (DS)", "Altaf Vaiya (AV)"]
_LRLPC14_AGREED = ("it was agreed that templates be checked for consistency and emailed to all Committee members to "
                   "complete, sign and bring to the next meeting.")

case(
    id="leicestershire-rutland-lpc-2014", year=2014, format="html", layout="word_export_page",
    url="https://docest.com/doc/307329/leicestershire-rutland-pharmaceutical-committee-meeting",
    body="Leicestershire & Rutland Local Pharmaceutical Committee", body_kind="nhs_medicines_committee",
    patterns=["present_two_column_table_name_initials", "role_after_dash", "absent_for_part_in_brackets",
              "guests_name_comma_organisation", "third_block_without_heading", "action_column",
              "it_was_agreed_inside_narrative"],
    notes="Committee meeting of Monday 8 December 2014 at the Peepul Centre, Leicester. Printed as a table: 'Present:' "
          "beside two columns of names with initials, then 'Guests:'; a third block of three names follows with no "
          "heading in the stored copy (most likely the apologies, but the page does not say), so those three are "
          "labelled optional. Leicestershire's health and wellbeing board (blind) is another body. Narrative is "
          "rewritten; the case ends after the code-of-conduct item.",
    document=page("Leicestershire & Rutland Pharmaceutical Committee Meeting", "\n".join([
        paras(["Leicestershire & Rutland Pharmaceutical Committee Meeting", "Monday, 8th December 2014",
               "The Peepul Centre, Orchardson Avenue, Leicester LE4 6DP"]),
        "<table><tr><td>Present:</td><td>" + "<br>".join(esc(x) for x in _LRLPC14_LEFT) + "</td><td>"
        + "<br>".join(esc(x) for x in _LRLPC14_RIGHT) + "</td></tr>"
        "<tr><td>Guests:</td><td>Kay Bestall, NHS England Team<br>Jo Elliott, Smoking Cessation, Leics County &amp; "
        "Rutland</td><td></td></tr>"
        "<tr><td></td><td>" + "<br>".join(esc(x) for x in _LRLPC14_UNHEADED) + "</td><td>Action</td></tr></table>",
        "<table><tr><td>Introduction of new Chief Officer &amp; Administrator<br>SG welcomed David Wood, the new Chief "
        "Officer, and Liz Harris, the new Administrator, to the Committee and described their induction visits to "
        "two other LPCs.</td><td></td></tr>"
        "<tr><td>Declaration of Interests and Code of Conduct<br>DW reminded members that declarations should follow "
        "the national LPC governance guide. Some declarations were still outstanding, and " + esc(_LRLPC14_AGREED)
        + " A spreadsheet will be kept by the Governance Committee.</td><td>DW</td></tr></table>",
    ])),
    attendees=[A("Sejal Gohil", PRESENT, "Vice-Chair - Acting Chair"), A("David Wood", PRESENT, "Chief Officer"),
               A("Susan Hind", PRESENT), A("Veronica Horne", PRESENT), A("Jane Lumb", PRESENT),
               A("Syma Raza Jones", PRESENT), A("Satyan Kotecha", PRESENT), A("Adam Thomas", PRESENT),
               A("Rajesh Vaitha", PRESENT), A("Liz Harris", PRESENT, "Administrator"),
               A("Kay Bestall", IN_ATT, None, "NHS England Team"),
               A("Jo Elliott", IN_ATT, "Smoking Cessation", "Leics County & Rutland")]
    + [A(n.split(" (")[0], APOLOGIES, optional=True) for n in _LRLPC14_UNHEADED],
    decisions=[D(_LRLPC14_AGREED, "agreed", None, "Declaration of Interests and Code of Conduct")],
)

_SLOC11_MINUTES = ("The minutes of the last meeting held on Monday 11th April 2010 were accepted as a correct record. "
                   "Proposed by HB and seconded by PB")
_SLOC11_LEVY = ("Increased the statuary levy by a quarter of a percent, from 0.75% to 1%, to cover the proposed 0.5% "
                "LOCSU payment, proposed by HB, seconded by PB.")
_SLOC11_AUDIT = "DI to continue as appointed auditor."

case(
    id="sheffield-loc-agm-2011", year=2011, format="html", layout="web_post",
    url="http://sloc.org.uk/archives/category/agm/sheffield-loc-agm-24th-may-2011",
    body="Sheffield Local Optical Committee", body_kind="nhs_medicines_committee",
    patterns=["present_run_on_names_with_initials_in_brackets", "chair_after_dash_inside_brackets",
              "guest_list_missing_comma", "attendees_label_for_minute_taker", "apologies_run_on_with_initials",
              "proposed_and_seconded_by_initials", "bulleted_levy_decision", "appointment_sentence_to_continue"],
    notes="Annual general meeting of 24 May 2011, posted on the committee's WordPress site. Attendance lines as "
          "stored (the guest list lacks a comma after the first name; 'Attendees' holds the minute taker). The levy "
          "bullet and the auditor line are decisions as printed; the treasurer's discussion and the other business are "
          "rewritten and short. The case ends inside 'Any other business'.",
    document=page("Sheffield LOC AGM 24th May 2011 – Sheffield Local Optometric Committee", "\n".join([
        "<h1>Sheffield LOC AGM 24th May 2011</h1>",
        paras(["Sheffield Local Optical Committee", "Annual General Meeting (AGM) Minutes", "Held: Tuesday 24th May 2011",
               "Present: Phil Banton (PB), Helen Bailey (HB), Shirley Blundell (SB), Gerry Cowley (GC), Mike Daybell "
               "(MD), Rob Hughes (RH – Chair), Tanveer Hussain (TH), David Inman (DI), Habib Shah (HS), Helen "
               "Wilkinson (HW)",
               "Guest: James Allen (JA) Alastair Mew (AM), Richard Oliver (RO), David Timmings (DT)",
               "Attendees: Louise Lambert (LL) (Minutes)",
               "Apologies: Alex Gage (AG) Steven Haigh (SH), Azad Nawaz (AN), Susan Wilford (SW)",
               "1. Minutes of the last meeting", _SLOC11_MINUTES, "2. Correspondence", "3. Secretary’s report",
               "4. Treasurer’s report", "Attached – the committee looked at two points in more detail;"]),
        "<ul><li>HB to ask other LOCs whether they pay a voluntary levy to the central fund.<br>Action HB to report "
        "back findings</li><li>" + esc(_SLOC11_LEVY) + "</li></ul>",
        paras(["5. Chairperson’s comment", "6. Appointment of Auditors", _SLOC11_AUDIT, "7. Any other business",
               "RO thanked the committee for its work with the PCT on the local eye care schemes."]),
    ])),
    attendees=[A(n, PRESENT, "Chair" if n == "Rob Hughes" else None)
               for n in ["Phil Banton", "Helen Bailey", "Shirley Blundell", "Gerry Cowley", "Mike Daybell", "Rob Hughes",
                         "Tanveer Hussain", "David Inman", "Habib Shah", "Helen Wilkinson"]]
    + [A(n, IN_ATT) for n in ["James Allen", "Alastair Mew", "Richard Oliver", "David Timmings"]]
    + [A("Louise Lambert", IN_ATT, "Minutes")]
    + [A(n, APOLOGIES) for n in ["Alex Gage", "Steven Haigh", "Azad Nawaz", "Susan Wilford"]],
    decisions=[D(_SLOC11_MINUTES, "approved", "1", "Minutes of the last meeting"),
               D(_SLOC11_LEVY, "approved", "4", "Treasurer’s report"),
               D(_SLOC11_AUDIT, "approved", "6", "Appointment of Auditors")],
)

# ---------------------------------------------------------------------------------------------------------
# Alcohol and drug partnerships (Scotland): public health partnerships of NHS boards, councils, police, third sector

_DG15_PRESENT = [("Andrew Carnon", "Chair", "Joint Interim Director of Public Health"), ("Bill Sturgeon", None, "Police Scotland"),
                 ("Vikki Binnie", None, "South West Scotland Community Justice Authority"), ("Mairi Dunn", "Finance", "NHS"),
                 ("David Coulter", None, "Third Sector"), ("Dennis Cameron", None, "Third Sector"),
                 ("Jackie Davies", "Acting Alcohol & Drug Partnership Co-ordinator", None)]
_DG15_LINES = ["Andrew Carnon, Chair, Joint Interim Director of Public Health", "Bill Sturgeon, Police Scotland",
               "Vikki Binnie, South West Scotland Community Justice Authority", "Mairi Dunn, NHS, Finance",
               "David Coulter Third Sector", "Dennis Cameron, Third Sector",
               "Jackie Davies, Acting Alcohol & Drug Partnership Co-ordinator"]
_DG15_AGREED = "Agreed to discuss this in more detail at today’s meeting under agenda Item 7 ADP Budget."

case(
    id="dumfries-galloway-adp-2015", year=2015, format="html", layout="word_export_page",
    url="https://docest.com/doc/489135/alcohol-and-drug-partnership",
    body="Dumfries and Galloway Alcohol and Drug Partnership", body_kind="alcohol_drug_partnership",
    patterns=["present_label_then_name_comma_org_lines", "missing_comma_before_organisation",
              "chair_role_then_post", "apologies_and_attending_labels", "attending_role_in_brackets",
              "numbered_item_table", "noted_as_above"],
    notes="Alcohol and Drug Partnership meeting of 23 October 2015 in Meeting Room 4, Crichton Hall, Dumfries, a Word "
          "document published as a web page. The Present lines are as stored ('David Coulter Third Sector' has no "
          "comma; 'Mairi Dunn, NHS, Finance' is labelled organisation NHS, role Finance). The matters-arising "
          "'Agreed to …' records what the previous meeting agreed for this one: optional. Narrative is rewritten; the "
          "case ends inside matters arising.",
    document=page("Alcohol and Drug Partnership - Minute of meeting held on 23rd October 2015", "\n".join([
        paras(["Alcohol and Drug Partnership", "Minute of meeting held on 23rd October 2015 at 10.00am in",
               "Meeting Room 4, Crichton Hall, Dumfries", "Present: " + _DG15_LINES[0], *_DG15_LINES[1:],
               "Apologies: Alex McCallum, Criminal Justice Social Services",
               "Attending: Mrs Diane Brough (Executive Assistant to Director of Public Health)"]),
        "<table>"
        "<tr><td>1</td><td>Apologies for absence<br>Apologies for absence were noted as above.</td></tr>"
        "<tr><td>2.</td><td>Dr Carnon welcomed everyone to his first meeting as Chair of the partnership and said that "
        "Jackie Davies would act as co-ordinator for three months.</td></tr>"
        "<tr><td>3.</td><td>Matters Arising<br>ADP Budgets/Other Funding Options 16-18 year old substance misusers<br>"
        "The last meeting had found an underspend of about £70k in this year’s budget. " + esc(_DG15_AGREED)
        + "<br>Recruitment of ADP Coordinator<br>The Chair said the post had been graded and would be advertised "
        "within weeks.</td></tr></table>",
    ])),
    attendees=[A(n, PRESENT, r, o) for n, r, o in _DG15_PRESENT]
    + [A("Alex McCallum", APOLOGIES, None, "Criminal Justice Social Services"),
       A("Diane Brough", IN_ATT, "Executive Assistant to Director of Public Health")],
    decisions=[D(_DG15_AGREED, "agreed", "3.", "Matters Arising", optional=True)],
)

_SLDAF10_PRESENT = [("Donald Beaton (Chairman)", "Skye and Lochalsh Council on Alcohol"), ("Dick Johnston", "Community Service"),
                    ("Lesley Hellon", "Learning Centre and Al-anon"), ("Marjory Jagger", "Skye and Lochalsh Young Carers"),
                    ("Pat McNicol", "Working for families Highland"),
                    ("Chrisanne MacDonald", "Skye and Lochalsh Council for Voluntary Organisations"),
                    ("Dianne Henderson", "Children and Families"), ("Andrew Shaw", "Northern Constabulary"),
                    ("Elaine Smith", "Youth Action Service")]
_SLDAF10_APOLOGIES = [("Chris Crichton", None, "Youth Cafe"), ("Jim Towers", None, "Highland Community Care Forum"),
                      ("Tina Barrows", "Public Health Practitioner", "NHS Highland"),
                      ("Alaisdair MacKenzie", "Area Solicitor and Clerk to the Licensing Board", None),
                      ("Vicki Samuels", None, "Training and Guidance"), ("Rod Richard", "Social Work", "Highland Council"),
                      ("John Norman MacDonald", None, "Skye and Lochalsh Council on Alcohol"),
                      ("Annie Davidson", "Youth Development Officer", "Highland Council"),
                      ("Mary MacKinnon", "Criminal Justice Service", "Highland Council"),
                      ("Neil Turner", "Alcohol Liaison Nurse", None), ("Duncan MacLean", None, "Northern Constabulary")]
_SLDAF10_MIN1 = ("The minutes of the meeting held on 26th November 2009 were adopted. PROPOSED: DICK JOHNSTON. SECONDED: "
                 "CHRISANNE MACDONALD.")
_SLDAF10_MIN2 = ("The minutes of the Review and Planning Day meeting held on 9th February 2010 were also adopted. "
                 "PROPOSED: CHRISANNE MACDONALD. SECONDED: DICK JOHNSTON.")
_SLDAF10_PLAN = "it was agreed that Donald would submit the Plan with updates to HAADP."


def _comma(name: str, role: str | None, org: str | None) -> str:
    return ", ".join(x for x in (name, role, org) if x)


case(
    id="skye-lochalsh-drug-alcohol-forum-2010", year=2010, format="pdf", layout="pdf_text_name_comma_org",
    url="https://studylib.net/doc/7623639/sldaf-minutes---skye-and-lochalsh-cvo",
    body="Skye and Lochalsh Drug and Alcohol Forum", body_kind="alcohol_drug_partnership",
    patterns=["capitalised_present_and_apologies_headings", "name_comma_organisation_lines",
              "chairman_in_brackets_before_organisation", "role_and_council_after_name",
              "minutes_adopted_proposed_seconded_in_capitals", "two_sets_of_minutes_adopted", "it_was_agreed_in_action_plan"],
    notes="Forum meeting of 23 March 2010 in Tigh Lisigarry, Portree (a text PDF). The stored text runs the attendance "
          "together; the case prints one person a line as 'Name, Organisation' in the stored order. Two sets of "
          "minutes were adopted, each with proposer and seconder in capitals: two decisions. The action-plan item is "
          "shortened and rewritten around its 'it was agreed' clause; the case ends there.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("SLDAF MINUTES", bold=True, size=12),
        T("Minutes of the meeting of the Skye and Lochalsh Drug and Alcohol Forum held in Tigh Lisigarry, Portree on "
          "Tuesday 23rd March 2010 at 12.30 pm."),
        GAP(2), T("PRESENT", bold=True), *[T(f"{n}, {o}") for n, o in _SLDAF10_PRESENT],
        GAP(2), T("APOLOGIES", bold=True), *[T(_comma(*p)) for p in _SLDAF10_APOLOGIES],
        GAP(2), T("1. WELCOMES: Donald welcomed everyone to the meeting and apologies were noted as above. Pat McNicol "
                  "and Andrew Shaw were at their first meeting, so everyone introduced themselves."),
        GAP(1), T("2. MINUTES OF PREVIOUS MEETING: " + _SLDAF10_MIN1 + " " + _SLDAF10_MIN2),
        GAP(1), T("3. MATTERS ARISING There were no matters arising not already on the agenda."),
        GAP(1), T("4. ACTION PLAN", bold=True),
        T("4.1 ACTION PLAN 2009-10 The plan had been reviewed in full at the planning day in February, so "
          + _SLDAF10_PLAN),
    ]}]},
    attendees=[A(bare(n.split(" (")[0]), PRESENT, "Chairman" if "(Chairman)" in n else None, o)
               for n, o in _SLDAF10_PRESENT]
    + [A(n, APOLOGIES, r, o) for n, r, o in _SLDAF10_APOLOGIES],
    decisions=[D(_SLDAF10_MIN1, "approved", "2", "MINUTES OF PREVIOUS MEETING"),
               D(_SLDAF10_MIN2, "approved", "2", "MINUTES OF PREVIOUS MEETING"),
               D(_SLDAF10_PLAN, "agreed", "4.1", "ACTION PLAN 2009-10")],
)

_OH11_MEMBERS = [("Gordon Macleod", "Chief Inspector, Northern Constabulary"),
                 ("Colin Gilmour", "Health Promotion Manager – NHS Western Isles"),
                 ("Mairi Bremner", "Community Representative"), ("John Edwards", "")]
_OH11_ATTENDING = [("Wendy Ingledew", "ADP Coordinator"), ("Suzanne Macaulay", "ADP Substance Misuse Development Officer"),
                   ("Alasdair Macleod", "ADP Administrator"),
                   ("Fiona Macdonald", "ADP Substance Misuse Information Research Officer"),
                   ("Donnie Mackenzie", "Management Accountant, NHS Western Isles")]
_OH11_APOLOGIES = [("Emelin Collier", "Head of Planning and Development - NHS Western Isles"),
                   ("Sheila Scott", "Director of Public Health - NHS Western Isles")]
_OH11_FORMS = "It was agreed that Wendy Ingledew and Suzanne Macaulay will edit the Large Grant Application Forms."
_OH11_SECTION = ("It was agreed that the section concerning where next years funding will come from will be left in.")


def _oh_label(name: str, text: str, status: str) -> dict:
    """'Role, Organisation' or 'Role – Organisation' / 'Role - Organisation'; a bare role otherwise."""
    for sep in (", ", " – ", " - "):
        if sep in text:
            role, org = text.rsplit(sep, 1)
            return A(name, status, role, org)
    return A(name, status, text or None)


case(
    id="outer-hebrides-adp-executive-2011-scan", year=2011, format="pdf", layout="pdf_scan", scan=True,
    url="http://pdfmedfinder.com/o/outerhebadp.co.uk1.html",
    body="Outer Hebrides Alcohol and Drug Partnership Executive Group", body_kind="alcohol_drug_partnership",
    patterns=["members_present_name_role_two_column_table", "in_attendance_name_role_table", "apologies_name_role_table",
              "role_dash_organisation", "member_without_role", "took_the_chair_sentence", "it_was_agreed_sentences",
              "scanned_page"],
    notes="Executive group meeting of 20 April 2011 at the Police Station, Church Street, Stornoway, rendered as a scan "
          "(the stored copy is a PDF's text). Attendance is a two-column name | role table under three headings; John "
          "Edwards' role is blank in the stored copy (he replaced another member for the council). The finance update "
          "is shortened and rewritten around its two 'It was agreed' sentences; the case ends there.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("Outer Hebrides Alcohol Drug Partnership", bold=True, size=12),
        T("EXECUTIVE GROUP MEETING", bold=True), T("20 April 2011 at 10.00 – 3.00pm"),
        T("Police Station, Church Street, Stornoway"), T("Minutes of Meeting", bold=True),
        GAP(2), T("Members Present:", bold=True), TABLE([[n, r] for n, r in _OH11_MEMBERS], [50, 120]),
        GAP(2), T("In Attendance:", bold=True), TABLE([[n, r] for n, r in _OH11_ATTENDING], [50, 120]),
        GAP(2), T("Apologies:", bold=True), TABLE([[n, r] for n, r in _OH11_APOLOGIES], [50, 120]),
        GAP(3), T("Mr Gordon Macleod took the chair and welcomed his colleagues to the meeting. The group welcomed John "
                  "Edwards, who replaces the previous council member."),
        GAP(2), T("FINANCE UPDATE", bold=True),
        T("Donnie Mackenzie reported the underspend for 2010 – 2011 and the carry forward approved for 2011 – 2012, "
          "and the group went through the one-year funding package for 2011 – 12 and each funded service."),
        T(_OH11_FORMS + " " + _OH11_SECTION),
    ]}]},
    attendees=[_oh_label(n, r, PRESENT) for n, r in _OH11_MEMBERS]
    + [_oh_label(n, r, IN_ATT) for n, r in _OH11_ATTENDING]
    + [_oh_label(n, r, APOLOGIES) for n, r in _OH11_APOLOGIES],
    decisions=[D(_OH11_FORMS, "agreed", None, "FINANCE UPDATE"), D(_OH11_SECTION, "agreed", None, "FINANCE UPDATE")],
)

_FIFE08_PRESENT = ["Stephen Moore (Chair)", "Jim Bett", "Simone Ledraw", "April Adam", "Angela Swift", "Cllr Tim Brett",
                   "Lucy Cockayne", "Mike Roworth", "Alex Baldacchino", "Alan Briggs", "Bill Lawrie"]
_FIFE08_AGREED = ("It was agreed that a decision must be taken as soon as possible on funds held as a contingency and "
                  "carried forward to 2008-09")

case(
    id="fife-daat-2008", year=2008, format="pdf", layout="pdf_text_run_on",
    url="http://www.docstoc.com/docs/114408087/Fife-Drug-and-Alcohol-Action-Team",
    body="Fife Drug and Alcohol Action Team", body_kind="alcohol_drug_partnership",
    patterns=["present_comma_run_on_with_chair_in_brackets", "and_before_last_name", "in_attendance_comma_list",
              "apologies_noted_from_in_welcome_paragraph", "decimal_paragraph_numbers", "approved_as_an_accurate_record",
              "it_was_agreed_paragraph"],
    notes="Drug and Alcohol Action Team meeting of 21 May 2008 at Kingdom House, Saltire Centre, Glenrothes (a text "
          "PDF). NHS Fife's partnership forum (blind) is another body. The minutes' paragraphs carry decimal numbers "
          "under whole-number headings; decisions are labelled with the heading's number. The drug deaths and finance "
          "paragraphs are shortened and rewritten; the case ends after paragraph 4.1.3.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Fife Drug and Alcohol Action Team", bold=True, size=12),
        T("Minute of meeting held on Wednesday 21 May 2008 at Kingdom House, Saltire Centre, Glenrothes"),
        GAP(2), T("Present: " + ", ".join(_FIFE08_PRESENT[:-1]) + " and " + _FIFE08_PRESENT[-1] + "."),
        GAP(1), T("In Attendance: Rita Keyte, Eric Corstorphine"),
        GAP(2), TABLE([["1.0", "Welcome and Apologies"],
                       ["1.1", "The Chair welcomed everyone to the meeting and apologies were noted from George "
                               "Cunningham and Graeme McArthur."],
                       ["2.0", "Minute of Previous Meeting"], ["2.1", "Approved as an accurate record"],
                       ["3.0", "Matters Arising"], ["3.1", "Drug Deaths Report"],
                       ["3.1.1", "Dr. Baldacchino said the report had been widely and carefully covered by the media."],
                       ["3.1.2", "Members discussed how partners could share the work of an action plan."],
                       ["4.0", "Financial Reports"], ["4.1", "Report from A Briggs"],
                       ["4.1.1", "AB reported spending to 31 March 2008 from the funds held by NHS Fife and Fife "
                                 "Council."],
                       ["4.1.2", "This year's drug misuse allocation had still not been confirmed."],
                       ["4.1.3", _FIFE08_AGREED]], [18, 152]),
    ]}]},
    attendees=[A("Stephen Moore", PRESENT, "Chair")] + [A(bare(n), PRESENT) for n in _FIFE08_PRESENT[1:]]
    + [A("Rita Keyte", IN_ATT), A("Eric Corstorphine", IN_ATT),
       A("George Cunningham", APOLOGIES), A("Graeme McArthur", APOLOGIES)],
    decisions=[D("Approved as an accurate record", "approved", "2.0", "Minute of Previous Meeting"),
               D(_FIFE08_AGREED, "agreed", "4.1", "Report from A Briggs")],
)

_ABDN09_PRESENT = ("Present:-    Richard Carey (Chair); Councillors James Kiddie, Gordon Leslie; and Willie Young, Bert "
                   "Donald and Andy Imray, Grampian Police; Paul Hannan, ACVO; Senga MacDonald, Aberdeen Alcohol, Drug "
                   "and Blood Borne Virus Forum;      Chris Stewart, Depute Manager, Aberdeen Community Health "
                   "Partnership; Simon Rayner, Karen Gunn, Sandy Kelman, Jennie Biggs and Fraser Hoggan, NHS Grampian; "
                   "Fred McBride, Rhona Jarvis and Mairi-Anne Macdonald, Aberdeen City Council; and Fiona Gardiner "
                   "(Note).")
_ABDN09_MINUTE = "The minute of the meeting held on 11th May, 2009 was approved."

case(
    id="aberdeen-adp-2009", year=2009, format="pdf", layout="pdf_text_run_on",
    url="http://www.docstoc.com/docs/26638518/UNAPPROVED-MINUTE",
    body="Aberdeen City Alcohol and Drugs Partnership", body_kind="alcohol_drug_partnership",
    patterns=["present_semicolon_groups_organisation_after_group", "councillors_prefix_for_group", "note_taker_in_brackets",
              "apologies_submitted_on_behalf_of_with_roles", "unapproved_minute_heading", "minute_approved_sentence",
              "unnumbered_paragraphs"],
    notes="Partnership meeting of 17 August 2009 at Summerfield House, Aberdeen, headed 'UNAPPROVED MINUTE' (a text "
          "document). The Present paragraph groups people by semicolons with the organisation after each group, as "
          "printed, including the stored copy's run of spaces; each person takes the organisation of their group. "
          "Aberdeen City Council's other committees and NHS Grampian's board are used elsewhere; this partnership is "
          "a body apart. The apologies sentence is cut in the stored copy after 'Scottish Prison'; the case completes "
          "it as 'Scottish Prison Service'. Narrative is rewritten; the case ends inside the commissioning item.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("UNAPPROVED MINUTE", bold=True, size=12),
        T("Meeting held Monday, 17th August, 2009"), T("at Summerfield House, Aberdeen"),
        GAP(3), T(_ABDN09_PRESENT),
        GAP(2), T("Apologies for absence were submitted on behalf of Lesley Wilkie, Director of Public Health; Pat "
                  "Greenhough, Scottish Drugs Forum; and Audrey Mooney, Scottish Prison Service."),
        GAP(2), T(_ABDN09_MINUTE + " Councillor Kiddie asked, as a matter arising, for an update on advocacy services "
                  "at the next meeting."),
        GAP(1), T("Sandy Kelman agreed to follow this up.", bold=True),
        GAP(2), T("Richard Carey introduced a representative of a local service provider and spoke of the need for a "
                  "clear framework for commissioning services."),
    ]}]},
    attendees=[A("Richard Carey", PRESENT, "Chair"), A("James Kiddie", PRESENT), A("Gordon Leslie", PRESENT)]
    + [A(n, PRESENT, None, "Grampian Police") for n in ["Willie Young", "Bert Donald", "Andy Imray"]]
    + [A("Paul Hannan", PRESENT, None, "ACVO"),
       A("Senga MacDonald", PRESENT, None, "Aberdeen Alcohol, Drug and Blood Borne Virus Forum"),
       A("Chris Stewart", PRESENT, "Depute Manager", "Aberdeen Community Health Partnership")]
    + [A(n, PRESENT, None, "NHS Grampian") for n in ["Simon Rayner", "Karen Gunn", "Sandy Kelman", "Jennie Biggs",
                                                     "Fraser Hoggan"]]
    + [A(n, PRESENT, None, "Aberdeen City Council") for n in ["Fred McBride", "Rhona Jarvis", "Mairi-Anne Macdonald"]]
    + [A("Fiona Gardiner", IN_ATT, "Note"),
       A("Lesley Wilkie", APOLOGIES, "Director of Public Health"),
       A("Pat Greenhough", APOLOGIES, None, "Scottish Drugs Forum"),
       A("Audrey Mooney", APOLOGIES, None, "Scottish Prison Service")],
    decisions=[D(_ABDN09_MINUTE, "approved", None, None)],
)

# ---------------------------------------------------------------------------------------------------------
# Council executive and committees: a unitary council's cabinet, a county council's corporate parenting board

_SHROP09_MINUTES = ("3.1 The Minutes of the meeting held on 15th July 2009 were approved and signed by the Leader as a "
                    "correct record.")

case(
    id="shropshire-cabinet-2009", year=2009, format="pdf", layout="pdf_text_run_on",
    url="https://docslib.org/doc/1408889/cabinet-17-october-2012-12-30-pm-item-public-minutes-of-the-cabinet-meeting-"
        "held-on-wednesday-12-september-2012-12-30-pm",
    body="Shropshire Council Cabinet", body_kind="council_cabinet",
    patterns=["committee_and_date_cover_box", "responsible_officer_contact_block", "present_initial_surname_with_roles_in_brackets",
              "plural_role_in_brackets_after_pair", "apologies_paragraph_1_1_mr", "declarations_name_members_present",
              "minutes_approved_and_signed_by_the_leader"],
    notes="Minutes of the Cabinet meeting of 23 September 2009, as submitted to the Cabinet of 21 October 2009 (item 3; "
          "a text PDF in a public pack). The cover box names the responsible officer (a contact, not an attendee). "
          "'(Deputy Leaders)' follows a pair of names. The declarations are shortened and rewritten; the case ends "
          "after the minutes.",
    document=None,
    pdf_spec={"pages": [{"items": [
        TABLE([["Committee and Date", "Item No/Paper"], ["Cabinet", "3"], ["21st October 2009", ""],
               ["12.30 pm", "Public"]], [110, 60], border=True),
        GAP(3), T("MINUTES OF THE MEETING HELD ON 23RD SEPTEMBER 2009", bold=True), T("10.00 am. – 12.20 pm."),
        GAP(2), TABLE([["Responsible Officer", "Penny Chamberlain"], ["e-mail:", ""],
                       ["Tel:", "01743 252729"]], [45, 125]),
        GAP(3), TABLE([["Present:", "K. Barrow (Leader)\nC. Motley and P. Nutting (Deputy Leaders)\nG. Butler, A. "
                                    "Caesar-Homden, S. P. Jones, M. Price, D. Roberts and M. Taylor-Smith"]], [25, 145]),
        GAP(3), T("1. Apologies for Absence", bold=True),
        T("1.1 There were apologies for absence from Mr S Charmley."),
        GAP(2), T("2. Declarations of Interest", bold=True),
        T("2.1 Mr Butler declared a personal and prejudicial interest in agenda item 9 because of a grant application "
          "he had made, and left the room for that item."),
        T("2.2 Mrs Caesar-Homden and Mr Roberts declared personal and prejudicial interests in agenda item 19 (the "
          "coroner's service) through personal links, and left the room for that item."),
        GAP(2), T("3. Minutes", bold=True), T(_SHROP09_MINUTES),
    ]}]},
    attendees=[A("K. Barrow", PRESENT, "Leader"), A("C. Motley", PRESENT, "Deputy Leader"),
               A("P. Nutting", PRESENT, "Deputy Leader")]
    + [A(n, PRESENT) for n in ["G. Butler", "A. Caesar-Homden", "S. P. Jones", "M. Price", "D. Roberts", "M. Taylor-Smith"]]
    + [A("S Charmley", APOLOGIES)],
    decisions=[D(_SHROP09_MINUTES, "approved", "3", "Minutes")],
)

_LCC25_APOLOGIES = ("All were welcomed to the meeting and apologies were received from County Councillor Andrea Kay, "
                    "Kathy Ashworth, Jill Riley, Jo Swords, Amanda Barbour, Tonya Harrison, Julie McShane and Moya "
                    "McKinney.")
_LCC25_NEW = ["Vanessa Nice, Virtual School Headteacher, Education Improvement, Lancashire County Councillor has replaced "
              "Audrey Swann who has retired from the Authority.",
              "Lisa Farrell who has temporarily replaced Jenny Ryder, Lancashire 0-19 HCRG",
              "Helen Rimmer, NHS Lancashire and South Cumbria Integrated Care Board"]
_LCC25_REPLACEMENTS = ["Suliman Hussain for Adam Riley, Child and Family Wellbeing Service, Lancashire County Council",
                       "Helen Owen for Gina Power, Permanence Service, Lancashire County Council"]
_LCC25_MINUTES = "Resolved:  That the minutes were agreed as an accurate record."

case(
    id="lancashire-corporate-parenting-board-2025", year=2025, format="html", layout="moderngov_html",
    url="https://council.lancashire.gov.uk/ieListDocuments.aspx?MId=13622",
    body="Lancashire County Council Corporate Parenting Board", body_kind="council_committee",
    patterns=["item_table_without_numbers", "presenter_name_under_item_title", "apologies_sentence_mixed_councillor_and_officers",
              "new_members_bullets_name_role_org_replaced", "replacement_for_this_meeting_x_for_y_org",
              "joined_via_teams_sentence", "observed_the_meeting_sentence", "resolved_minutes_agreed"],
    notes="Corporate Parenting Board meeting of 22 January 2025 (a ModernGov meeting page; the stored copy shows no item "
          "numbers). Lancashire's shadow health and wellbeing board and its health scrutiny committee are used in "
          "real/*; this board is a body apart. New members welcomed are labelled present (the one replacing a retired "
          "officer and the temporary replacement likewise); 'X for Y' replacements for this meeting are substitutes; "
          "people who joined via Teams are present; the observer is in attendance. Vanessa Nice's organisation is printed "
          "'Lancashire County Councillor has replaced …' (a slip for Council) and is labelled Lancashire County Council. "
          "The chair is named only as the "
          "presenter under each item title: optional. The young people's items are rewritten and short.",
    document=moderngov_meeting(
        "Corporate Parenting Board", "Wednesday, 22nd January, 2025", "Savoy Suite 1 - The Exchange, County Hall, "
        "Preston, PR1 8XJ", "Samantha Gorton", [
            {"title": "Introductions and Apologies",
             "agenda": ["County Councillor Clarke", "To note who is attending and any apologies for absence."],
             "minutes": [_LCC25_APOLOGIES, "The Board welcomed the following new members:",
                         "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in _LCC25_NEW) + "</ul>",
                         "Replacement for this meeting were as follows:",
                         "<ul>" + "".join(f"<li>{esc(x)}</li>" for x in _LCC25_REPLACEMENTS) + "</ul>",
                         "County Councillor Julie Gibson, Lancashire County Council and Caroline Waldron, NHS Lancashire "
                         "and South Cumbria Integrated Care Board joined the meeting via Teams.",
                         "Kelvin Sarsfield, NHS Lancashire and South Cumbria Integrated Care Board observed the "
                         "meeting."]},
            {"title": "Notes of the Meeting and Matters Arising from 20 November 2024",
             "agenda": ["County Councillor Clarke", "To agree for accuracy the notes of the meeting and receive any "
                        "matters arising, including Q&As from last meeting."],
             "minutes": [_LCC25_MINUTES, "There were no matters arising from the minutes.",
                         "The questions and answers from the November meeting had been circulated beforehand."]},
            {"title": "Young people from LINX/CLF (Lancashire's Children in Care Council/Care Leavers Forum)",
             "minutes": ["Young people from the children in care council and care leavers forum opened with a short "
                         "group activity."]},
        ]),
    attendees=[A("Andrea Kay", APOLOGIES)]
    + [A(n, APOLOGIES) for n in ["Kathy Ashworth", "Jill Riley", "Jo Swords", "Amanda Barbour", "Tonya Harrison",
                                 "Julie McShane", "Moya McKinney"]]
    + [A("Vanessa Nice", PRESENT, "Virtual School Headteacher, Education Improvement", "Lancashire County Council"),
       A("Lisa Farrell", PRESENT, None, "Lancashire 0-19 HCRG"),
       A("Helen Rimmer", PRESENT, None, "NHS Lancashire and South Cumbria Integrated Care Board"),
       A("Suliman Hussain", SUB, "Child and Family Wellbeing Service", "Lancashire County Council", "Adam Riley"),
       A("Helen Owen", SUB, "Permanence Service", "Lancashire County Council", "Gina Power"),
       A("Julie Gibson", PRESENT, None, "Lancashire County Council"),
       A("Caroline Waldron", PRESENT, None, "NHS Lancashire and South Cumbria Integrated Care Board"),
       A("Kelvin Sarsfield", IN_ATT, None, "NHS Lancashire and South Cumbria Integrated Care Board"),
       A("Clarke", PRESENT, "Chair", optional=True),
       A("Adam Riley", APOLOGIES, optional=True), A("Gina Power", APOLOGIES, optional=True)],
    decisions=[D(_LCC25_MINUTES, "approved", None, "Notes of the Meeting and Matters Arising from 20 November 2024")],
)

# ---------------------------------------------------------------------------------------------------------
# An NHS board's professional advisory forum (Scotland) and a council's health scrutiny review panel

_ACF14_PRESENT = [("Mrs Linda Juroszek", "Chair", "Area Pharmaceutical Committee (Chair)"),
                  ("Mrs Jackie Berry", "Chair", "Allied Health Professionals Advisory Committee (AHPAC)"),
                  ("Mr Norman Binnie", "Chair", "Consultants’ Sub-Committee (CSC)"),
                  ("Mr David Corry", "Chair", "Area Optometric Committee (AOC)"),
                  ("Ms Jenny Gibb", "Vice Chair", "Grampian Area Nursing & Midwifery Committee (GANMAC)"),
                  ("Mr Chris Llewellyn", "Chair", "Area Healthcare Scientists Committee (HSC)"),
                  ("Mrs Jenny McNicol", "Chair", "GANMAC"),
                  ("Dr Helen Moffat", "Vice Chair", "Grampian Area Applied Psychology Advisory Committee (GAAPAC)"),
                  ("Dr Rebecca Riddell", "Chair", "GP Sub-Committee")]
_ACF14_ATTENDING = [("Dr Roelf Dijkhuizen", "Medical Director"), ("Mrs Jenny Ingram", "Head of Service Improvement (Item 4.2)"),
                    ("Mrs Joyce Leys", "Healthcare Science Board Lead"), ("Mrs Elinor Smith", "Director of Nursing"),
                    ("Mr Graeme Smith", "Director of Modernisation (Items 4.2 & 5)"),
                    ("Mrs Susan Webb", "Deputy Director of Public Health"), ("Ms Tracey Leete", "Minuting Secretary")]
_ACF14_APOLOGIES = [("Mr Richard Carey", "Chief Executive", None), ("Mrs Pamela Cornwallis", "Vice Chair", "AHPAC"),
                    ("Dr Izhar Khan", "Chair", "Area Medical Committee (AMC)"),
                    ("Mr David Shaw", "Chair", "Area Dental Committee (ADC)"),
                    ("Ms Ann Smith", "Vice Chair", "Area Pharmaceutical Committee (APC)")]
_ACF14_MINUTE = "The Minute of the previous meeting was approved as an accurate record."


def _acf_org(org: str | None) -> str | None:
    """The committee as printed, without a trailing '(Chair)' (the meeting's chair) but with its abbreviation."""
    return org.removesuffix(" (Chair)") if org else None


case(
    id="nhs-grampian-area-clinical-forum-2014", year=2014, format="pdf", layout="pdf_text_name_comma_role",
    url="https://docslib.org/doc/13753508/item-14-5-for-1-aug-14-area-clinical-forum-14-05-14",
    body="NHS Grampian Area Clinical Forum", body_kind="nhs_board_committee",
    patterns=["approved_stamp_above_title", "present_name_comma_office_comma_committee_lines",
              "committee_abbreviation_in_brackets", "meeting_chair_marked_after_committee",
              "in_attendance_role_with_item_numbers_in_brackets", "item_subject_action_table",
              "apologies_as_name_comma_role_lines_in_table", "minute_approved_as_an_accurate_record"],
    notes="Area Clinical Forum meeting of 14 May 2014 at 5.30pm in the Conference Room, Summerfield House (NHS Grampian), "
          "a text PDF stamped APPROVED and sent to the board of 1 August 2014. Members are the chairs and vice chairs of "
          "the professional advisory committees: 'Name, Office, Committee (Abbreviation)', the meeting's chair marked "
          "'(Chair)' at the end of her line. NHS Grampian's board (real/attendance) is another body. Matters arising "
          "are rewritten and short; the case ends inside item 4.2.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("APPROVED", bold=True),
        T("NHS GRAMPIAN", bold=True, size=12),
        T("Minute of the Area Clinical Forum Meeting held on Wednesday 14 May 2014 at 5.30pm in the Conference Room, "
          "Summerfield House", bold=True),
        GAP(2), T("Present:", bold=True), *[T(", ".join(p)) for p in _ACF14_PRESENT],
        GAP(2), T("In Attendance:", bold=True), *[T(f"{n}, {r}") for n, r in _ACF14_ATTENDING],
        GAP(3), TABLE([["Item", "Subject", "Action"],
                       ["1.", "Chair’s Welcome\nThe Chair welcomed everyone to the meeting.", ""],
                       ["2.", "Apologies\n" + "\n".join(_comma(*p) for p in _ACF14_APOLOGIES), ""],
                       ["3.", "Minute of meeting held on 19 March 2014\n" + _ACF14_MINUTE, ""],
                       ["4.", "Matters Arising", ""],
                       ["4.1", "Recruitment\nThe board paper on recruitment had been circulated after the last "
                               "meeting; the board was well aware of the issues and work was under way.", ""],
                       ["4.2", "Delayed Discharges\nMrs Ingram presented a summary of the management team's "
                               "discussion and asked for the Forum's views.", ""]], [15, 135, 20], header=True),
    ]}]},
    attendees=[A(bare(n), PRESENT, r, _acf_org(o)) for n, r, o in _ACF14_PRESENT]
    + [A(bare(n), IN_ATT, r.split(" (Item")[0]) for n, r in _ACF14_ATTENDING]
    + [A(bare(n), APOLOGIES, r, o) for n, r, o in _ACF14_APOLOGIES],
    decisions=[D(_ACF14_MINUTE, "approved", "3.", "Minute of meeting held on 19 March 2014")],
)

case(
    id="haringey-scrutiny-review-learning-disabilities-2006", year=2006, format="html", layout="moderngov_html",
    url="https://www.minutes.haringey.gov.uk/ieListDocuments.aspx?CId=481&MeetingId=1844",
    body="Haringey Council Scrutiny Review Panel - Access to Primary Healthcare for People with Learning Disabilities",
    body_kind="health_scrutiny_panel",
    patterns=["numbered_item_table", "apologies_councillors_surnames_pair", "urgent_business_none",
              "declarations_none_such", "scoping_item_narrative_without_decision"],
    notes="First meeting of a health scrutiny review panel, 5 September 2006 at the Civic Centre, Wood Green (a "
          "ModernGov meeting page). Haringey's health and wellbeing board (real/*) is another body. Only the apologies "
          "name anyone; no decision is recorded in the stored items. The declarations guidance and the scoping item "
          "are shortened and rewritten.",
    document=moderngov_meeting(
        "Scrutiny Review - Access to Primary Healthcare for People with Learning Disabilities",
        "Tuesday, 5th September, 2006 6.30 pm", "Civic Centre, High Road, Wood Green, N22 8LE", "Rob Mack  x2921", [
            {"num": "1.", "title": "Apologies for Absence",
             "minutes": ["Apologies for absence were received from Councillors Dogus and Oatway."]},
            {"num": "2.", "title": "Urgent Business",
             "agenda": ["The Chair will consider the admission of any late items of urgent business."],
             "minutes": ["None."]},
            {"num": "3.", "title": "Declarations of Interest",
             "agenda": ["Members must declare any personal or prejudicial interest in an item at the start of its "
                        "consideration."],
             "minutes": ["There were no such declarations."]},
            {"num": "4.", "title": "Scrutiny Review on Improving Access to Primary Health care for People with "
                                  "Profound and Multiple Learning Disabilities – Scope/Terms of Reference",
             "agenda": ["To consider the proposed scope and terms of reference for the review."],
             "minutes": ["The Panel heard a presentation on the proposed scope of the review and on the linked "
                         "action learning project, which had won outside funding for a consultation exercise."]},
        ], heading="Agenda and draft minutes"),
    attendees=[A("Dogus", APOLOGIES), A("Oatway", APOLOGIES)],
    decisions=[],
)
