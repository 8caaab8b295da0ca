"""The ninth blind set: what each document says and how it is labelled.

Every case is modelled on one stored public page (``url``) of a body that appears in none of the other
evaluation sets (``evaluation/real/*``, ``evaluation/blind``, ``blind2`` .. ``blind8``). Attendance sections and
decision wording are reproduced as published (names, roles, organisations, statuses and formulaic wording are
public facts); every narrative paragraph is written anew and kept short. Labels come from the published page only,
never from running a parser. Labelling rules are those of ``evaluation/blind/README.md`` and blind8's README.

Rendered by ``python evaluation/blind/build_cases.py --set evaluation/blind9`` with the blind set's renderers
(``render.py``) and, for PDFs, ``evaluation/real/pdfcase.py`` (tables, scanned pages).
"""
from __future__ import annotations

from labels import APOLOGIES, IN_ATT, PRESENT, SUB, A, D, bare
from pdfspec import GAP, T, TABLE
from render import bullets, item_history_page, moderngov_meeting, page, paras

CASES: list[dict] = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------------------
# Town, parish and community councils (England, Scotland)

_CAMPBELTOWN22 = [["David Allen", "Victoria MacBrayne"], ["Catherine Dobbie", "Archibald Martin"],
                  ["Ann Gallacher", "James Martin"], ["Kristin Gillies", "Ian Mitchell"],
                  ["Elizabeth Glendinning", "Valerie Nimmo"]]
_CAMPBELTOWN22_DECISIONS = [
    ("It was agreed to appoint Valerie Nimmo as Convener of the Community Council.", "approved"),
    ("It was agreed to continue appointment of a Vice Convener to the next meeting.", "deferred"),
    ("It was agreed to continue appointment of a Secretary to the next meeting to allow clarification to be sought on "
     "whether an external Secretary can be engaged to deal with correspondence, minutes etc. It was noted in the "
     "meantime that all correspondence should be sent to the Convener.", "deferred"),
    ("It was agreed to appoint Ann Gallacher as Treasurer.", "approved"),
    ("It was agreed that appointments of specialist administrators would be as follows:- Planning and Licensing – "
     "Victoria MacBrayne", "approved"),
    ("The community council considered and adopted the Model Constitution.", "approved"),
    ("The community council considered and adopted the Model Standing Orders", "approved"),
    ("The community council considered and adopted the Best Practice Agreement.", "approved"),
]

case(
    id="campbeltown-community-council-2022", year=2022, format="html", layout="web_post",
    url="https://www.campbeltowncommunitycouncil.uk/minutes-inaugural-meeting/",
    body="Campbeltown Community Council", body_kind="community_council",
    patterns=["two_column_name_table_without_heading", "returning_officer_line_after_names",
              "bulleted_it_was_agreed_decisions", "continued_appointment_deferred", "adopted_model_documents"],
    notes="Inaugural meeting of 25 October 2022 after the Argyll and Bute community council elections, posted on the "
          "community council's website. The stored page prints the ten members in a two-column table with no "
          "'Present' heading, then the returning officer's representative on a line of her own; the case keeps that. "
          "Decisions are bullets without numbers. The governance briefing and next-meeting bullets are rewritten.",
    document=page("Minutes – Inaugural Meeting – Campbeltown Community Council", "\n".join([
        "<h1>Minutes – Inaugural Meeting</h1>",
        paras(["Inaugural Meeting of the Campbeltown Community Council held in the Town Hall, Campbeltown on Tuesday "
               "25 October 2022", "Minutes (to be approved)"]),
        "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in _CAMPBELTOWN22) + "</table>",
        paras(["Shona Barton (on behalf of the Returning Officer):"]),
        "<ul>" + "".join(f"<li>{t}</li>" for t in [
            "Shona Barton, on behalf of the Returning Officer, welcomed all to the meeting.",
            "An apology for absence was received from John Biggins.",
            "There were no declarations of interest.",
            *[d for d, _ in _CAMPBELTOWN22_DECISIONS],
            "Shona Barton went through the council's duties on agendas and minutes, co-option, committees, complaints "
            "and data protection, and mentioned the training on offer.",
            "Meetings will be held in the Town Hall on the second Tuesday of each month, except July and August."])
        + "</ul>"])),
    attendees=[A(n, PRESENT) for row in _CAMPBELTOWN22 for n in row]
    + [A("Shona Barton", IN_ATT, "on behalf of the Returning Officer"), A("John Biggins", APOLOGIES)],
    decisions=[D(t, k, None, None) for t, k in _CAMPBELTOWN22_DECISIONS],
)

_TIREE22 = [
    ("4", "It was agreed to appoint Phyl Meyer as Convener of the Community Council.", "approved"),
    ("5", "It was agreed to continue the appointment of a Vice Convener.", "deferred"),
    ("6", "It was agreed to appoint John Holliday as Secretary.", "approved"),
    ("7", "It was agreed to appoint Jacqueline Bennett as Treasurer.", "approved"),
    ("8", "It was agreed to continue the appointments of specialist administrators.", "deferred"),
    ("9", "The community council considered and adopted the Model Constitution.", "approved"),
    ("10", "The community council considered and adopted the Model Standing Orders.", "approved"),
    ("11", "The community council considered and adopted the Best Practice Agreement.", "approved"),
]

case(
    id="tiree-community-council-2022", year=2022, format="html", layout="web_post",
    url="http://tireecommunitycouncil.co.uk/minutes-of-the-inaugural-december-2022-meeting-of-tiree-community-"
        "council/",
    body="Tiree Community Council", body_kind="community_council",
    patterns=["present_inline_comma_list_with_officer_in_brackets", "public_count_sentence",
              "numbered_list_it_was_agreed", "continued_appointment_deferred", "adopted_model_documents"],
    notes="Inaugural meeting of 19 December 2022. The returning officer's representative is printed inside the "
          "Present list and is labelled present as printed. Items are a numbered list. The governance briefing and "
          "the next-meeting item are rewritten.",
    document=page("Minutes of the inaugural December 2022 meeting of Tiree Community Council", "\n".join([
        "<h1>Minutes of the inaugural December 2022 meeting of Tiree Community Council</h1>",
        paras(["Inaugural Meeting of the Tiree Community Council held in An Talla Centre on Monday 19th December @ 2pm",
               "Present: Jacqueline Bennett, John Holliday , Phyl Meyer, Shona Barton (on behalf of the Returning "
               "Officer)", "One member off the public attended"]),
        "<ol>" + "".join(f"<li>{t}</li>" for t in [
            "Shona Barton, on behalf of the Returning Officer, welcomed all to the meeting.",
            "An apology for absence were received from Tim Arkless.", "There were no declarations of interest.",
            *[d for _, d, _ in _TIREE22],
            "Shona Barton covered the rules on agendas, minutes, co-option, committees and complaints, and the "
            "training available.",
            "The next meeting will be held by Zoom in January 2023, and monthly after that."]) + "</ol>",
        paras(["Shona Barton"])])),
    attendees=[A("Jacqueline Bennett", PRESENT), A("John Holliday", PRESENT), A("Phyl Meyer", PRESENT),
               A("Shona Barton", PRESENT, "on behalf of the Returning Officer"), A("Tim Arkless", APOLOGIES)],
    decisions=[D(t, k, n, None) for n, t, k in _TIREE22],
)

_HONINGHAM16_PRESENT = ["Mr R Human", "Mrs L Human", "Mrs N Cargill", "Mr  T Sapey", "Mr S Steggles"]
_HONINGHAM16_MINUTES = "THE MINUTES of the previous meeting were read, approved and signed."
_HONINGHAM16_BINS = "It was decided that this option would not be taken up."
_HONINGHAM16_PLANNING = ("1. Planning Application 20161566 (Stable Block near Greenacres, Colton Road) was considered at "
                         "the meeting.  No objections were raised.")

case(
    id="honingham-parish-council-2016-scan", year=2016, format="pdf", layout="pdf_scan", scan=True,
    url="http://honinghampc.norfolkparishes.gov.uk/2016/10/13/honingham-parish-council-minutes-of-meeting-10th-"
        "october-2016/",
    body="Honingham Parish Council", body_kind="parish_council",
    patterns=["present_were_run_on_sentence_with_chairman_in_brackets", "mr_mrs_initial_surname_names",
              "residents_count_sentence", "apologies_for_absence_were_received_from_sentence",
              "capitalised_run_in_headings", "minutes_read_approved_and_signed", "decided_not_to_take_up",
              "no_objections_planning_consensus", "scanned_page"],
    notes="Monthly meeting of 10 October 2016 in the village hall (Norfolk), posted on the parish council's website and "
          "rendered here as a scan (the original is a web post). Headings are run into their paragraphs in capitals, as "
          "printed; the double space in 'Mr  T Sapey' is kept. The dog-bin decision declines an offer (rejected); the "
          "planning 'No objections were raised' is a consultation consensus, optional. The stored copy breaks off in "
          "the leisure item; the other matters-arising points, finance and highways are rewritten and the case ends "
          "at the leisure heading.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("HONINGHAM PARISH COUNCIL", bold=True, size=12),
        T("MINUTES of the meeting of Honingham Parish Council held on 10th. October 2016, at 7.00 pm in the Village "
          "Hall."),
        GAP(2),
        T("PRESENT were Mr D Bishop (Chairman), " + ", ".join(_HONINGHAM16_PRESENT[:-1]) + " and "
          + _HONINGHAM16_PRESENT[-1] + ".  14 residents of the village also attended the meeting."),
        GAP(2), T("APOLOGIES FOR ABSENCE were received from Mrs S Blyth."),
        GAP(2), T(_HONINGHAM16_MINUTES),
        GAP(2),
        T("MATTERS ARISING: 1. A letter from Broadland District Council stated that no further free dog waste bins "
          "would be supplied, but that the Parish Council could pay for a bin and its emptying at over £200 a year.  "
          + _HONINGHAM16_BINS),
        T("2. The playground repairs called for by the RoSPA inspection have been completed by the Chairman, and the "
          "Council thanked him."),
        T("3. The Clerk is still waiting for a reply about the footpath to the new roundabout."),
        T("4. Musicians have been booked for a village evening in January 2017."),
        GAP(2), T("FINANCE:  A consultation paper on the precept has arrived and will be passed round the Council."),
        GAP(2), T("PLANNING:  " + _HONINGHAM16_PLANNING),
        T("2. Papers on the environmental screening of the proposed Food Hub have arrived; members will read them "
          "before the next meeting."),
        GAP(2), T("HIGHWAYS AND FOOTPATHS.  A landowner has closed a stile off Berry's Lane; a gate and a permissive "
                  "path a little further along the road remain open."),
        GAP(2), T("LEISURE AND ENVIRONMENTAL MATTERS."),
    ]}]},
    attendees=[A("D Bishop", PRESENT, "Chairman")] + [A(" ".join(bare(n).split()), PRESENT) for n in _HONINGHAM16_PRESENT]
    + [A("S Blyth", APOLOGIES)],
    decisions=[D(_HONINGHAM16_MINUTES, "approved", None, None),
               D(_HONINGHAM16_BINS, "rejected", None, "MATTERS ARISING"),
               D(_HONINGHAM16_PLANNING, "other", None, "PLANNING", optional=True)],
)

# ---------------------------------------------------------------------------------------------------------
# English council committees: licensing, planning, area committees, a county council local board

case(
    id="melton-licensing-committee-2022", year=2022, format="html", layout="moderngov_html",
    url="https://democracy.melton.gov.uk/ieListDocuments.aspx?CId=148&MId=1373",
    body="Melton Borough Council Licensing Committee", body_kind="council_committee",
    patterns=["item_table_l_prefixed_numbers_not_shown", "apologies_surnames_only", "personal_interest_declarations",
              "late_arrival_note_in_brackets", "minutes_confirmed", "sub_committee_minutes_noted_subject_to_amendment"],
    notes="Licensing Committee meeting of spring 2022 (it notes sub-committee minutes up to 30 March 2022). The "
          "stored page shows no item numbers in the table though the text cites 'Minute Number L4' and 'L5'; the case "
          "prints the numbers L1 to L5. Councillors named in declarations or arriving late are present but named "
          "outside an attendance statement: optional. The case ends inside the licensing policy item, rewritten.",
    document=moderngov_meeting(
        "Licensing Committee", "2022", "Parkside, Station Approach, Burton Street, Melton Mowbray", "Democratic Services", [
            {"num": "L1", "title": "Apologies for Absence",
             "minutes": ["Apologies for absence were received from Councillors de Burle and Glancy."]},
            {"num": "L2", "title": "Declarations of Interest",
             "agenda": ["Members to declare any interest as appropriate in respect of items to be considered at this "
                        "meeting."],
             "minutes": ["Councillor Chandler declared a personal interest in relation to Minute Number L4, Licensing "
                         "Sub-Committee Minutes for 17 January 2022 and 2 March 2022, as the events would have a "
                         "significant impact upon the Ward she represents.",
                         "Councillor Carter declared a personal interest in relation to Minute Number L5, Review of the "
                         "Statement of Licensing Policy 2022-27, as he possesses a personal licence.",
                         "(At 6:34pm, during the consideration of this item, Councillor Wilkinson entered the "
                         "meeting.)"]},
            {"num": "L3", "title": "Minutes", "agenda": ["To confirm the minutes of the meeting held on 25 November 2021."],
             "minutes": ["The Minutes of the meeting held on 25 November 2021 were confirmed."]},
            {"num": "L4", "title": "Licensing Sub-Committee Minutes",
             "agenda": ["(a)  To note the minutes of the Licensing Sub Committee held on 17 January 2022",
                        "(b)  To note the minutes of the Licensing Sub Committee held on 2 March 2022",
                        "(c)   To note the minutes of the Licensing Sub Committee held on 21 March 2022",
                        "(d)  To note the minutes of the Licensing Sub Committee held on 30 March 2022 at 10.30 am",
                        "(e)  To note the minutes of the Licensing Sub Committee held on 30 March 2022 at 12.30 pm"],
             "minutes": ["Subject to the below amendment, the Minutes of the Licensing Sub Committee meetings held on 17 "
                         "January 2022, 2 March 2022, 21 March 2022, 30 March 2022 at 10:30am and 30 March 2022 at "
                         "12:30pm were noted.",
                         "30 March 2022, 10:30am, Exempt Minutes",
                         "The Committee agreed to change ‘Cutting Tree Pub’ to ‘Cutting Rooms’."]},
            {"num": "L5", "title": "Review of the Statement of Licensing Policy 2022-27",
             "agenda": ["To consider a report which seeks approval from Members to go out for 12 weeks consultation on "
                        "the Licensing Policy the in accordance with the Licensing Act 2003"],
             "minutes": ["Officers presented the draft policy and asked for approval to consult on it for twelve "
                         "weeks."]},
        ]),
    attendees=[A("de Burle", APOLOGIES), A("Glancy", APOLOGIES), A("Chandler", PRESENT, optional=True),
               A("Carter", PRESENT, optional=True), A("Wilkinson", PRESENT, optional=True)],
    decisions=[D("The Minutes of the meeting held on 25 November 2021 were confirmed.", "approved", "L3", "Minutes"),
               D("Subject to the below amendment, the Minutes of the Licensing Sub Committee meetings held on 17 January "
                 "2022, 2 March 2022, 21 March 2022, 30 March 2022 at 10:30am and 30 March 2022 at 12:30pm were noted.",
                 "noted", "L4", "Licensing Sub-Committee Minutes"),
               D("The Committee agreed to change ‘Cutting Tree Pub’ to ‘Cutting Rooms’.", "agreed", "L4",
                 "Licensing Sub-Committee Minutes")],
)

_TW15_COUNCILLORS = ["Backhouse", "Mrs Cobbold", "Elliott", "Dr Hall", "Patterson", "Scholes", "Sloan", "Smith",
                     "Mrs Thomas", "Tompsett", "Ward", "Webb"]
_TW15_OFFICERS = [("Tim Archer", "Principal Planning Officer"), ("Cheryl Clark", "Democratic Services Officer"),
                  ("Jane Lynch", "Head of Planning"), ("Mark Stephenson", "Principal Conservation Officer"),
                  ("Peter Hockney", "DM Team Leader"), ("Jo Smith", "Lawyer"), ("Charlotte Oben", "Planning Officer")]

case(
    id="tunbridge-wells-planning-committee-2015-scan", year=2015, format="pdf", layout="pdf_scan", scan=True,
    url="https://deploy.abcdocz.com/doc/1101890/minutes--now-attached----democracy-and-standards",
    body="Tunbridge Wells Borough Council Planning Committee", body_kind="council_committee",
    patterns=["present_councillor_chairman_then_councillors_run_on", "officers_in_attendance_name_bracket_role_run_on",
              "other_members_in_attendance", "minute_reference_codes_pla_nnn_yy", "headings_above_minute_codes",
              "scanned_page"],
    notes="Minutes of 25 March 2015, sent out in a public document pack for the meeting of 8 April 2015 (the pack's "
          "covering letter is left out). Rendered as a scan (the original's scan status is unknown). The stored copy "
          "shows no decision before the excerpt ends; the case ends inside the site inspection minute, rewritten.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("Agenda Item 5", size=9), T("PLANNING COMMITTEE", bold=True, size=12), T("Wednesday, 25 March 2015"),
        GAP(2),
        T("Present: Councillor Mrs Soyke (Chairman)\nCouncillors Noakes (Vice-Chairman), "
          + ", ".join(_TW15_COUNCILLORS[:-1]) + " and " + _TW15_COUNCILLORS[-1]),
        T("Officers in Attendance: " + ", ".join(f"{n} ({r})" for n, r in _TW15_OFFICERS[:-1])
          + f" and {_TW15_OFFICERS[-1][0]} ({_TW15_OFFICERS[-1][1]})"),
        T("Other Members in Attendance: Councillors McDermott and Lockhart"),
        GAP(2),
        T("APOLOGIES", bold=True),
        TABLE([["PLA146/14", "Apologies for absence were recorded from Councillor Weeden."]], [25, 145]),
        T("DECLARATIONS OF INTEREST", bold=True),
        TABLE([["PLA147/14", "Councillor Mrs Soyke declared a ‘significant other interest’ with reference to "
                             "application 14/506664 as she was related to the applicant. She would therefore leave the "
                             "chamber and the Vice-chairman would take the chair while the application was "
                             "considered."]], [25, 145]),
        T("DECLARATIONS OF LOBBYING (IN ACCORDANCE WITH THE PROTOCOL FOR MEMBERS TAKING PART IN THE PLANNING PROCESS, "
          "PART 5, SECTION 5.11, PARAGRAPH 6.6)", bold=True),
        TABLE([["PLA148/14", "No declarations of lobbying were made."]], [25, 145]),
        T("SITE INSPECTIONS", bold=True),
        TABLE([["PLA149/14", "The Chairman said a short site visit had taken place that morning so that a new member "
                             "of the Committee could see the site of one application before it was decided."]],
              [25, 145]),
    ]}]},
    attendees=[A("Soyke", PRESENT, "Chairman"), A("Noakes", PRESENT, "Vice-Chairman")]
    + [A(bare(n), PRESENT) for n in _TW15_COUNCILLORS]
    + [A(n, IN_ATT, r) for n, r in _TW15_OFFICERS]
    + [A("McDermott", IN_ATT), A("Lockhart", IN_ATT), A("Weeden", APOLOGIES)],
    decisions=[],
)

_NSOM16 = [("P", "Peter Crew (Chairman)"), ("P", "Jill Iles (Vice-Chairman)"), None,
           ("P", "Elfan Ap Rees"), ("P", "Felicity Baker"), ("P", "Jan Barber"), ("P", "Chris Blades"),
           ("P", "Mary Blatchford"), ("P", "Peter Burden (substitute for Dawn Payne)"), ("P", "Peter Bryant"),
           ("P", "Mark Canniford"), ("P", "Charles Cave"), ("P", "Robert Cleland"), ("P", "Andy Cole"),
           ("P", "John Crockford-Hawley"), ("P", "Bob Garner"), ("P", "David Jolley (substitute for Reyna Knight)"),
           ("A", "Reyna Knight"), ("P", "Tom Leimdorfer"), ("P", "John Ley-Morgan"), ("P", "Richard Nightingale"),
           ("P", "David Pasley"), ("A", "Dawn Payne"), None, ("P", "Terry Porter"), ("A", "David Shopland"),
           ("P", "Kate Stowey (substitute for Martin Williams)"), ("P", "James Tonkin (substitute for David Shopland)"),
           ("P", "Richard Tucker"), ("A", "Liz Wells"), ("A", "Martin Williams")]
_NSOM16_OFFICERS = [("Sue Buck", "Corporate Services"), ("Howard Davies", "Development & Environment"),
                    ("Simon Exley", "Development & Environment"), ("Richard Kent", "Development & Environment"),
                    ("Julia Parkes", "Corporate Services"), ("Heather Sanders", "Corporate Services"),
                    ("Neil Underhay", "Development & Environment"), ("Roger Willmot", "Development & Environment")]


def _nsom_label(mark: str, text: str) -> dict:
    name, _, rest = text.partition(" (")
    rest = rest.rstrip(")")
    if rest.startswith("substitute for "):
        return A(name, SUB, sub_for=rest.removeprefix("substitute for "))
    return A(name, PRESENT if mark == "P" else APOLOGIES, rest or None)


case(
    id="north-somerset-planning-regulatory-committee-2016", year=2016, format="html", layout="council_minutes_page",
    url="http://apps.n-somerset.gov.uk/cairo/docs/doc27376.htm",
    body="North Somerset Council Planning & Regulatory Committee", body_kind="council_committee",
    patterns=["p_a_mark_before_each_name", "legend_p_present_a_apologies", "substitute_for_in_brackets",
              "officers_in_attendance_name_bracket_directorate", "minute_prefix_par_number_on_own_line"],
    notes="Meeting of 11 May 2016 at Weston-super-Mare Town Hall, published as a Word-exported HTML page. Each "
          "member's line starts with P or A (explained by a legend below the list); substitutes are marked "
          "'(substitute for …)'. Officers' brackets name their directorate, labelled as organisation. North Somerset "
          "appears elsewhere only inside the Bristol, North Somerset and South Gloucestershire CCG; this committee is "
          "a body apart. The stored copy shows no decision before the excerpt ends; the public speaking minutes are "
          "rewritten and the case ends after the third.",
    document=page("Minutes - Planning & Regulatory Committee - 11 May 2016", "\n".join([
        paras(["Minutes", "of the Meeting of the", "Planning & Regulatory Committee", "Wednesday, 11th May 2016",
               "held at the Town Hall, Weston-super-Mare, Somerset.",
               "Meeting Commenced:  2.30pm      Meeting Concluded: 4.38pm", "Councillors:"]),
        paras([f"{m}  {t}" if (m, t) else " " for m, t in [(x or ("", "")) for x in _NSOM16]]),
        paras(["P: Present", "A: Apologies for absence submitted",
               "Officers in attendance: " + ", ".join(f"{n} ({o})" for n, o in _NSOM16_OFFICERS)]),
        paras(["PAR", "1", "Public speaking at Planning Committees (Standing Order 17A)",
               "Planning Application Nos. 16/P/0462/F & 16/P/0291/F",
               "Speaking for the applicant, Chris Obern supported the two applications at High Street, Nailsea.",
               "PAR", "2", "Public speaking at Planning Committees (Standing Order 17A)",
               "Planning Application No. 15/P/2304/F",
               "The agent for the applicant spoke in favour of the application at Accommodation Road, Bleadon.",
               "PAR", "3", "Public speaking at Planning Committees (Standing Order 17A)"]),
    ])),
    attendees=[_nsom_label(m, t) for m, t in [x for x in _NSOM16 if x]]
    + [A(n, IN_ATT, None, o) for n, o in _NSOM16_OFFICERS]
    + [A("Chris Obern", IN_ATT, optional=True)],
    decisions=[],
)

_NYCC24_MEMBERS = ["Chris Aldred", "Philip Broadbank", "Sam Gibbs", "Hannah Gostlow", "Michael Harrison", "Paul Haslam",
                   "Peter Lacey", "John Mann", "Pat Marsh", "Robert Windass"]
_NYCC24_OFFICERS = [("Mark Codman", "Democratic Services Officer"), ("Harriet Clarke", "Democratic Services Officer"),
                    ("Harry Briggs", "Head of Waste Operations and Streetscene"),
                    ("Michael Leah", "Associate Director for Environmental Services")]
_NYCC24_MINUTES = ("That the minutes of the meeting held on 23 November 2023, having been printed and circulated, be taken "
                   "as read and confirmed and signed by the Chair as a correct record.")

case(
    id="nyorks-harrogate-knaresborough-acc-2024", year=2024, format="html", layout="council_minutes_page",
    url="https://edemocracy.northyorks.gov.uk/documents/s29059/NYCC%20ACC%20Minutes%20-%202024.01.12.html?CT=2",
    body="North Yorkshire Council Harrogate and Knaresborough Area Constituency Committee",
    body_kind="council_committee",
    patterns=["councillors_present_chair_sentence_then_run_on_list", "chair_repeated_in_list",
              "officers_present_name_bracket_role_comma_list", "in_attendance_mp_and_councillor",
              "apologies_councillors_surname_pair", "unnumbered_headings", "that_minutes_without_resolved_label"],
    notes="Meeting of 12 January 2024 at Harrogate Civic Centre (printed minutes as HTML). The chair is named in the "
          "'in the Chair' sentence and again in the list, as printed. The resolution on the minutes prints without a "
          "'Resolved' label (the stored copy dropped it or never had it). The resident who read a statement is "
          "optional. The case ends inside the public statement, rewritten.",
    document=page("Harrogate and Knaresborough Area Constituency Committee - 12 January 2024", "\n".join([
        paras(["North Yorkshire Council", "Harrogate and Knaresborough Area Constituency Committee",
               "Minutes of the meeting held at Harrogate Civic Centre on Friday 12 January 2024 commencing at 12:00pm.",
               "Councillors Present: Councillor Pat Marsh in the Chair.  Councillors " + ", ".join(_NYCC24_MEMBERS[:-1])
               + " and " + _NYCC24_MEMBERS[-1],
               "Officers present:  " + ", ".join(f"{n} ({r})" for n, r in _NYCC24_OFFICERS),
               "In Attendance:  Andrew Jones MP (MP for Harrogate and Knaresborough), Councillor Carl Les",
               "Apologies:       Councillors Mike Schofield and Matt Walker.",
               "Copies of all documents considered are in the Minute Book",
               "Welcome by the Chairman, introductions and apologies for absence:",
               "The Chair welcomed everyone to the meeting.  Apologies were noted.",
               "Minutes of the meeting held on 23 November 2023", _NYCC24_MINUTES,
               "Declarations of interest", "No declarations of interest were made.",
               "Public Questions and Statements",
               "One statement had been sent in before the meeting. Barry Adams read it out for three local residents' "
               "groups; it was about the timing of a town council election for Harrogate."]),
    ])),
    attendees=[A("Pat Marsh", PRESENT, "Chair")] + [A(n, PRESENT) for n in _NYCC24_MEMBERS if n != "Pat Marsh"]
    + [A(n, IN_ATT, r) for n, r in _NYCC24_OFFICERS]
    + [A("Andrew Jones", IN_ATT, "MP for Harrogate and Knaresborough"), A("Carl Les", IN_ATT),
       A("Mike Schofield", APOLOGIES), A("Matt Walker", APOLOGIES), A("Barry Adams", IN_ATT, optional=True)],
    decisions=[D(_NYCC24_MINUTES, "approved", None, "Minutes of the meeting held on 23 November 2023")],
)

case(
    id="peak-district-npa-planning-committee-2021", year=2021, format="html", layout="moderngov_item_page",
    url="https://democracy.peakdistrict.gov.uk/mgAi.aspx?ID=15407",
    body="Peak District National Park Authority Planning Committee", body_kind="national_park_committee",
    patterns=["item_page_without_meeting_line", "minutes_approved_subject_to_amendments", "bulleted_courses_of_action",
              "officer_named_by_title_only"],
    notes="An item page for the planning committee meeting after 11 December 2020 (dated 2021 from its own text, which "
          "approves the December 2020 minutes). The Peak District partnership in the first blind set is a different "
          "body. No attendance is printed. The officer's explanation is rewritten; the decision and its amendments "
          "are as printed.",
    document=item_history_page("Agenda item", None, "Minutes of previous meeting held on 11 December 2020", [
        "The Director of Conservation & Planning told the committee that an applicant had emailed all Members saying "
        "that the minutes of one December decision were not accurate, and explained that minutes summarise the "
        "discussion and that the decision itself was recorded correctly.",
        "The applicant would be told of three options:",
        "·         Appeal the refusal decision",
        "·         Review their proposal and re-submit following pre-application discussions with Officers",
        "·         Apply for leave to judicially review the decision",
        "The minutes of the Planning Committee held on 11 December 2020 were approved as a correct record subject to "
        "the following amendments:",
        "Corrections were noted to page 6 Minute no.116/20 – replacement of agricultural with arboricultural in the "
        "first paragraph of that item.",
        "Supporting documents:"]),
    attendees=[],
    decisions=[D("The minutes of the Planning Committee held on 11 December 2020 were approved as a correct record subject "
                 "to the following amendments:", "approved", None, "Minutes of previous meeting held on 11 December 2020")],
)

case(
    id="kent-dartford-local-board-2009", year=2009, format="html", layout="moderngov_html",
    url="https://democracy.kent.gov.uk/ieListDocuments.aspx?CId=148&MId=2871&Ver=4",
    body="Kent County Council Dartford Local Board", body_kind="council_committee",
    patterns=["item_table_without_numbers", "chair_named_in_apologies_item", "apologies_for_officer_in_sentence",
              "notes_approved", "elected_vice_chair_sentence", "presenter_named_in_item_title"],
    notes="Meeting of 16 July 2009 in a Temple Hill church. Kent County Council's full council appears in "
          "real/decisions; this local board is a body apart. No attendance list is printed: the chair is named in the "
          "welcome (optional), the presenter in an item title (optional). The case ends inside the presentation, "
          "rewritten.",
    document=moderngov_meeting(
        "Dartford Local Boards", "Thursday, 16th July, 2009 7.00 pm",
        "St Edmund's Church, Living Well, St Edmund's Road, Temple Hill, Dartford DA1 5ND", "Kayley Phillips  01622 696067", [
            {"title": "Apologies & Introductions", "minutes": [
                "The Chair, Ann Allen, welcomed everyone to the meeting and gave apologies for the absence of Kayley "
                "Phillips, Community Liaison Manager, and explained the reasons.  Each Member introduced themselves "
                "and there were no declarations of interest."]},
            {"title": "Notes of Local Board meeting held on 18 March 2009", "minutes": [
                "The notes of the Local Board Meeting held in March were approved and thanks were given for the "
                "leadership of Bertie Bassam, the previous Local Board Chairman."]},
            {"title": "Election of Vice Chair", "minutes": [
                "Mrs Penny Cole was elected to the role of Vice Chair for the Dartford Local Board."]},
            {"title": "Presentation by Amanda Wright, Project Manager, Family Action", "minutes": [
                "Amanda Wright described the charity's county-funded project in Dartford, which runs short social "
                "skills programmes for primary school children, and showed a film made by one school's group."]},
        ]),
    attendees=[A("Ann Allen", PRESENT, "Chair", optional=True),
               A("Kayley Phillips", APOLOGIES, "Community Liaison Manager"),
               A("Penny Cole", PRESENT, "Vice Chair", optional=True),
               A("Amanda Wright", IN_ATT, "Project Manager", "Family Action", optional=True)],
    decisions=[D("The notes of the Local Board Meeting held in March were approved and thanks were given for the "
                 "leadership of Bertie Bassam, the previous Local Board Chairman.", "approved", None,
                 "Notes of Local Board meeting held on 18 March 2009"),
               D("Mrs Penny Cole was elected to the role of Vice Chair for the Dartford Local Board.", "approved", None,
                 "Election of Vice Chair")],
)

case(
    id="lancaster-planning-regulatory-committee-2019", year=2019, format="html", layout="moderngov_html",
    url="https://committeeadmin.lancaster.gov.uk/ieListDocuments.aspx?CId=315&MId=7062&Ver=4",
    body="Lancaster City Council Planning Regulatory Committee", body_kind="council_committee",
    patterns=["numbered_item_table", "minutes_signed_by_chairman_as_correct_record", "no_urgent_business",
              "interest_declared_by_named_councillor"],
    notes="Meeting of 4 February 2019. Lancaster's cabinet is used in real/decisions; the planning committee is a body "
          "apart. No attendance list is shown on the stored page; the councillor declaring an interest is optional. "
          "The case ends inside the declarations item, rewritten.",
    document=moderngov_meeting(
        "Planning Regulatory Committee", "Monday, 4th February 2019 10.30 a.m.", "Lancaster Town Hall",
        "Tessa Mott, Democratic Services: telephone (01524) 582074", [
            {"num": "109.", "title": "Minutes", "agenda": ["Minutes of meeting held on 7 January, 2019 (previously "
                                                           "circulated)."],
             "minutes": ["The minutes of the meeting held on 7th January 2019 were signed by the Chairman as a correct "
                         "record."]},
            {"num": "110.", "title": "Items of Urgent Business authorised by the Chairman",
             "minutes": ["There were no items of urgent business."]},
            {"num": "111.", "title": "Declarations of Interest",
             "agenda": ["To receive declarations by Members of interests in respect of items on this Agenda."],
             "minutes": ["Councillor Helen Helme declared an interest in agenda item A5 18/00335/FUL Land at Chapel "
                         "Lane, Galgate, as a member of Ellel Parish Council, and said she had taken no part in its "
                         "discussions of the application and would consider it with an open mind."]},
        ]),
    attendees=[A("Helen Helme", PRESENT, optional=True)],
    decisions=[D("The minutes of the meeting held on 7th January 2019 were signed by the Chairman as a correct record.",
                 "approved", "109.", "Minutes")],
)

# ---------------------------------------------------------------------------------------------------------
# Scottish council committee

_HIGHLAND13_SITE = ["Mr D Bremner", "Mr G Farlow", "Mr B Fernie", "Mr M Finlayson", "Mr C Fraser", "Mr D Mackay",
                    "Mr A MacLeod", "Mrs I McCallum", "Mrs M Paterson", "Mr I Renwick", "Mrs A Sinclair",
                    "Mr W Mackay", "Ms G Coghill"]
_HIGHLAND13_SCHEDULED = ("Mrs I Campbell, Mr D Bremner (excluding items 6.3 – 6.7), Mr G Farlow, Mr B Fernie, "
                         "Mr M Finlayson, Mr C Fraser, Mr D MacKay (excluding item 6.3 and 6.4), Mr A MacLeod (excluding "
                         "item 6.3, 6.6 and 6.7), Mrs I McCallum, Mr D Millar, Mrs M Paterson, Mr I Renwick, Mr A Rhind "
                         "(excluding items 6.5 – 6.7), Mrs A Sinclair, Ms M Smith, Mr W Mackay (local member vote for "
                         "items 5.1, 5.2, 5.3 and 6.1) and Mrs G Coghill (local member vote for Items 5.1, 5.3 and 6.1).")
_HIGHLAND13_MEMBERS = ["I Campbell", "D Bremner", "G Farlow", "B Fernie", "M Finlayson", "C Fraser", "D MacKay",
                       "A MacLeod", "I McCallum", "D Millar", "M Paterson", "I Renwick", "A Rhind", "A Sinclair",
                       "M Smith", "W Mackay", "G Coghill"]
_HIGHLAND13_OFFICIALS_SITE = [("Mr A Mackenzie", "Legal Manager (Regulatory Services) and Clerk"),
                              ("Mr D Mudie", "Team Leader, Development Management"), ("Mr V Hawthorne", "Team Leader, Wick"),
                              ("Mr K McCorquodale", "Principal Planner"), ("Mr D Barclay", "Graduate Planner"),
                              ("Mrs A MacArthur", "Administrative Assistant")]
_HIGHLAND13_OFFICIALS = [("Mr A Mackenzie", "Legal Manager (Regulatory Services) and Clerk"),
                         ("Mr D Jones", "Area Planning Manager North"), ("Mr D Mudie", "Team Leader, Development Management"),
                         ("Mr M Harvey", "Team Leader"), ("Mr K McCorquodale", "Principal Planner"),
                         ("Mr B Robertson", "Principal Planner"), ("Mr R Patton", "Principal Officer Land"),
                         ("Mr G Mackenzie", "Community Works Manager"), ("Mrs A MacArthur", "Administrative Assistant")]

case(
    id="highland-north-planning-applications-2013", year=2013, format="html", layout="council_minutes_page",
    url="https://www.highland.gov.uk/meetings/meeting/826/north_planning_applications_committee/attachment/12210",
    body="Highland Council North Planning Applications Committee", body_kind="scottish_council_committee",
    patterns=["two_meetings_in_one_minute", "subheadings_per_meeting_under_members_present",
              "comma_run_on_members_with_bracketed_exclusions", "officials_in_attendance_name_comma_role_lines",
              "mr_mrs_titles_for_councillors"],
    notes="Minute of a site inspection on 9 September 2013 and the scheduled meeting of 17 September 2013, one page. "
          "Highland's community planning partnership board is used elsewhere; this committee is a body apart. Every "
          "site-inspection member also sat at the scheduled meeting, so each member is labelled once, present; the two "
          "officials seen only at the site inspection are labelled in attendance too. The stored copy breaks off at "
          "'Also in attendance:'; the case ends there.",
    document=page("North Planning Applications Committee Minute - 9 and 17 September 2013", "\n".join([
        "<h1>Agendas, reports and minutes</h1>", "<h2>North Planning Applications Committee</h2>",
        paras(["Date: Tuesday, 17 September 2013",
               "Minutes: North Planning Applications Committee Minute - 9 and 17 September 2013",
               "Minute of the site inspection meeting of the North Planning Applications Committee held on 9 September, "
               "2013 at 10.30 am and the scheduled meeting of the Committee held in the Council Chamber, Council "
               "Headquarters, Glenurquhart Road, Inverness on Tuesday, 17 September, 2013 at 10.30 am.",
               "Committee Members Present:", "Site Inspection Meeting on 9 September:",
               ", ".join(_HIGHLAND13_SITE[:-1]) + " and " + _HIGHLAND13_SITE[-1] + ".",
               "Scheduled Meeting on 17 September:", _HIGHLAND13_SCHEDULED,
               "Officials in attendance:", "Site Inspection Meeting on 9 September:"]),
        "<p>" + "<br>".join(f"{n}, {r}" for n, r in _HIGHLAND13_OFFICIALS_SITE) + "</p>",
        paras(["Scheduled Meeting on 17 September:"]),
        "<p>" + "<br>".join(f"{n}, {r}" for n, r in _HIGHLAND13_OFFICIALS) + "</p>",
        paras(["Also in attendance:"])])),
    attendees=[A(n, PRESENT) for n in _HIGHLAND13_MEMBERS]
    + [A(bare(n), IN_ATT, r) for n, r in _HIGHLAND13_OFFICIALS]
    + [A("V Hawthorne", IN_ATT, "Team Leader, Wick"), A("D Barclay", IN_ATT, "Graduate Planner")],
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# A police and crime panel (a fire authority case was removed: its body is a real/decisions case)

# Hertfordshire Police and Crime Panel: each person as printed (name, organisation or role), in the stored order.
_HPCP12_PRESENT = [("Cllr M Alexander", "East Herts District Council", None),
                   ("Cllr Mrs A Brewster", "City and District Council", None), ("Cllr M Bright", "Council", None),
                   ("Cllr Mrs T Cowley", "North Herts District Council", None),
                   ("Cllr J Dean", "Hatfield Borough Council", None), ("Ms A Francis", None, "Co-opted Member"),
                   ("Cllr A Franey (substitute)", "Borough Council", None),
                   ("Cllr R G Hannam", "Borough Council", "Chairman"), ("Cllr N Harden", "Borough Council", None),
                   ("Cty Cllr P Ruffles", "Hertfordshire County Council", None), ("Cllr R Seabourne", "Council", None),
                   ("Cllr D Scudder (substitute)", "Borough Council", None), ("Dr M Verlot", None, "Co-opted Member")]
_HPCP12_ALSO = [("J Bugg", "Hertfordshire Police Authority"), ("G Miles", "Broxbourne Borough Council"),
                ("M J Walker", "Broxbourne Borough Council")]
_HPCP12_APOLOGIES = [("Mr I Laidlaw-Dickson Co-opted member", "I Laidlaw-Dickson", "Co-opted member", None),
                     ("Cllr R Smith, Herts Police Authority", "R Smith", None, "Herts Police Authority"),
                     ("Cllr Ms S Taylor, Borough Council", "S Taylor", None, "Borough Council"),
                     ("Cllr R Henry Stevenage Borough Council", "R Henry", None, "Stevenage Borough Council"),
                     ("Mayor Dorothy Thornhill, Mayor of Watford", "Dorothy Thornhill", "Mayor of Watford", None),
                     ("A White, Herts Police Authority", "A White", None, "Herts Police Authority")]
_HPCP12_HOME_OFFICE = ("(ii) While the Panel supported efforts to raise public awareness and engagement with the "
                       "forthcoming elections for the Police Commissioner, it was agreed to make representations to the "
                       "Home Office about some of the negative advertisements being used to encourage public "
                       "engagement in view of their impact on public reassurance and the fear of crime.")


def _hpcp_line(name: str, org: str | None, role: str | None) -> str:
    """'Name, Organisation' with a chair's role bracketed after it, or 'Name, Role' for a co-opted member."""
    if org is None:
        return f"{name}, {role}"
    return f"{name}, {org}" + (f" ({role})" if role else "")


def _hpcp_label(name: str, org: str | None, role: str | None) -> dict:
    if name.endswith(" (substitute)"):
        return A(bare(name.removesuffix(" (substitute)").replace("Cty ", "")), SUB, role, org)
    return A(bare(name.replace("Cty ", "")), PRESENT, role, org)


case(
    id="hertfordshire-police-crime-panel-2012", year=2012, format="pdf", layout="pdf_text_name_comma_org",
    url="https://docslib.org/doc/5512260/meeting-of-hertfordshire-police-and-crime-panel",
    body="Hertfordshire Police and Crime Panel", body_kind="police_crime_panel",
    patterns=["present_name_comma_organisation_lines", "chairman_after_organisation_in_brackets",
              "substitute_in_brackets_without_whom", "co_opted_member_role_in_place_of_organisation",
              "also_present_name_comma_organisation", "apologies_lines_with_and_without_commas",
              "mayor_title_and_role", "numbered_capitalised_items", "agreed_one_word_minutes"],
    notes="Meeting of 25 October 2012 at East Herts District Council, Wallfields (a text PDF). The stored copy runs the "
          "attendance lines together and several organisations are cut to their last words ('Council', 'Borough "
          "Council', 'City and District Council'); the case prints one person a line with the organisation as stored "
          "and labels it so. Substitutes are marked '(substitute)' without whom they replace. The apologies print some "
          "organisations or roles without a comma, as stored. Item 4's first point is rewritten; its second point is "
          "a decision whose sentence the stored copy breaks off ('… in some parts of'): the case closes it after "
          "'the fear of crime' and ends there.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("HERTFORDSHIRE", bold=True, size=12), T("MEETING OF POLICE AND CRIME PANEL", bold=True, size=12),
        T("Thursday 25 October 2012"), T("East Herts District Council Wallfields,"),
        GAP(3), T("Present:", bold=True), *[T(_hpcp_line(*p)) for p in _HPCP12_PRESENT],
        GAP(2), T("Also Present:", bold=True), *[T(f"{n}, {o}") for n, o in _HPCP12_ALSO],
        GAP(2), T("Apologies:", bold=True), *[T(line) for line, *_ in _HPCP12_APOLOGIES],
        GAP(3), T("1 INTRODUCTION AND WELCOME", bold=True),
        T("The Chairman welcomed the Panel's members, and in particular its two new co-opted members."),
        GAP(2), T("2 MINUTES OF THE PREVIOUS MEETING OF 19 JULY 2012", bold=True), T("Agreed."),
        GAP(2), T("3 MATTERS ARISING", bold=True), T("None."),
        GAP(2), T("4 TRAINING EVENT - 28 SEPTEMBER 2012", bold=True),
        T("(i) Members asked for a visit to the Constabulary's headquarters support services before 6 December 2012, "
          "and for a separate briefing for new members and those who had missed the training day."),
        T(_HPCP12_HOME_OFFICE),
    ]}]},
    attendees=[_hpcp_label(*p) for p in _HPCP12_PRESENT]
    + [A(n, IN_ATT, None, o) for n, o in _HPCP12_ALSO]
    + [A(n, APOLOGIES, r, o) for _, n, r, o in _HPCP12_APOLOGIES],
    decisions=[D("Agreed.", "approved", "2", "MINUTES OF THE PREVIOUS MEETING OF 19 JULY 2012"),
               D(_HPCP12_HOME_OFFICE, "agreed", "4", "TRAINING EVENT - 28 SEPTEMBER 2012")],
)

# ---------------------------------------------------------------------------------------------------------
# NHS foundation trust: an annual members' meeting

_HDFT16_GOVERNORS = [("Pamela Allen", "Public Governor / Deputy Chair of the Council of Governors"),
                     ("Sally Blackburn", "Public Governor"), ("Liz Dean", "Public Governor"),
                     ("Tony Doveston", "Public Governor"), ("Zoe Metcalfe", "Public Governor"),
                     ("Peter Pearson", "Public Governor"), ("Yvonne Campbell", "Staff Governor"),
                     ("Clare Cressey", "Staff Governor"), ("Emma Edgar", "Staff Governor"),
                     ("Dr Daniel Scott", "Staff Governor"), ("Cllr Bernard Bateman", "Stakeholder Governor"),
                     ("Cllr Ivor Fox", "Stakeholder Governor"), ("Joanne Parker", "Stakeholder Governor")]
_HDFT16_ATTENDING = [("Sandra Dodson", "Chairman"), ("Dr Ros Tolcher", "Chief Executive"),
                     ("Jonathan Coulter", "Deputy Chief Executive / Finance Director"), ("Jill Foster", "Chief Nurse"),
                     ("Robert Harrison", "Chief Operating Officer"),
                     ("Phillip Marshall", "Director of Workforce & Organisational Development"),
                     ("Dr David Scullion", "Medical Director"), ("Neil McLean", "Non-Executive Director"),
                     ("Prof Sue Proctor", "Non-Executive Director"), ("Chris Thompson", "Non-Executive Director"),
                     ("Lesley Webster", "Non-Executive Director"), ("Maureen Taylor", "Non-Executive Director"),
                     ("Debbie Henderson", "Company Secretary"), ("Angie Colvin", "Corporate Affairs and Membership Manager")]
_HDFT16_MEMBERS = ["Gerald Andrews", "Nigel Ayre", "Barry Blake", "Phillipa Bogle", "Erica Cadbury", "David Calvert",
                   "Linda Calvert", "Richard Chillery", "Amy Clarke", "Cllr Jim Clarke", "Kathy Clark",
                   "Adele Coulthard", "Maggie Cowman", "Joanne Crewe", "Simon Crossfield", "Ertugrul Dalkiran",
                   "Cath Doman", "Peter Edward Doyle", "John Dudley", "Richard Eastoe", "Dr John Edwards",
                   "Matthew Evans", "William Forshaw", "Andrew Forsyth", "Sue Foster", "Joyce Griffith",
                   "Adrienne Guthrie", "Dave Hall", "Joanne Harrison", "Alison Hurley", "Deborah Jacobs", "Sara Keogh",
                   "Carmen Lawn", "Michael Lawn", "Barbara Lyon", "Christine Clayton", "Rosemary Herbert", "Jean Hopper",
                   "Victoria Pawlak", "Judy Lennon", "Rosemary Marsh", "John Marshall", "Herbert Masterson",
                   "Lorraine McDonald", "Neil Munro"]

case(
    id="harrogate-district-ft-annual-members-meeting-2016", year=2016, format="pdf", layout="pdf_text_name_comma_role",
    url="https://paperzz.com/doc/9383629/available-here.---harrogate-and-district-nhs-foundation-t...",
    body="Harrogate and District NHS Foundation Trust Annual Members' Meeting", body_kind="nhs_trust_board",
    patterns=["present_heading_then_governors_subheading", "name_comma_role_lines", "board_listed_in_attendance",
              "members_in_attendance_long_comma_run_on", "annual_members_meeting"],
    notes="Annual members' meeting of 13 September 2016 at the Cedar Court Hotel, Harrogate. Governors are present; "
          "the board and two staff are in attendance; trust members who came are a long comma list, also in "
          "attendance. Angie Colvin's role is printed across a line break ('Corporate Membership Manager Affairs and'); "
          "the case prints it in reading order. The stored copy's member list breaks off mid-name after Neil Munro; "
          "the case ends the list there. No decision is shown.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("ANNUAL MEMBERS’ MEETING – 2015/16", bold=True, size=12),
        T("The Harrogate and District NHS Foundation Trust Annual Members’ Meeting held on Tuesday 13 September 2016 "
          "at 6:00 pm at the Cedar Court Hotel, Park Parade, Harrogate, HG1 5AH"),
        GAP(2), T("Present", bold=True), T("Governors", bold=True),
        *[T(f"{n}, {r}") for n, r in _HDFT16_GOVERNORS],
        GAP(2), T("In attendance", bold=True), *[T(f"{n}, {r}") for n, r in _HDFT16_ATTENDING],
        GAP(2), T("Members in attendance:", bold=True), T(", ".join(_HDFT16_MEMBERS)),
    ]}]},
    attendees=[A(bare(n), PRESENT, r) for n, r in _HDFT16_GOVERNORS]
    + [A(bare(n), IN_ATT, r) for n, r in _HDFT16_ATTENDING]
    + [A(bare(n), IN_ATT) for n in _HDFT16_MEMBERS],
    decisions=[],
)
