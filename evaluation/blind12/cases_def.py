"""The twelfth blind set: what each document says and how it is labelled.

Every case is modelled on one stored public page (``url``) of a body that appears in none of the other
evaluation sets (``evaluation/real/*``, ``evaluation/blind``, ``blind2`` .. ``blind11``). Attendance sections and
decision wording are reproduced as published (names, roles, organisations, statuses and formulaic wording are
public facts); every narrative paragraph is written anew and kept short. Labels come from the published page only,
never from running a parser. Labelling rules are those of ``evaluation/blind/README.md`` and blind9's README.

Rendered by ``python evaluation/blind/build_cases.py --set evaluation/blind12`` with the blind set's renderers
(``render.py``) and, for PDFs, ``evaluation/real/pdfcase.py`` (tables, scanned pages).
"""
from __future__ import annotations

from labels import APOLOGIES, IN_ATT, PRESENT, SUB, A, D, bare
from pdfspec import GAP, T, TABLE
from render import esc, moderngov_meeting, page, paras

CASES: list[dict] = []


def case(**kw):
    CASES.append(kw)


def _comma_and(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1]


# ---------------------------------------------------------------------------------------------------------
# Children's trust boards (children's partnerships)

# Cumbria: 'Title Initial Surname - role – organisation' lines, one person a line, under PRESENT.
_CUMBRIA10_PRESENT = [
    ("Professor J Ashton", "Director of Public Health", None),
    ("Mr M Bowman", "Chief Executive", "Connexions Cumbria"),
    ("Mrs A Burns", "Children's Social Care Portfolio Holder", "Cumbria County Council"),
    ("Ms A Carmichael", "County Manager, Continuing Learning", None),
    ("Mr K Douglas", "Chief Executive", "Eden District Council"),
    ("Ms J Goodfellow", "Public Engagement Lead", "NHS Cumbria"),
    ("Ms V Hallard", "Area Development Manager - Continuing Learning", "Children's Services Directorate"),
    ("Ms A Holliman", "Strategic Manager", "Cumbria Children's Trust Team"),
    ("Mrs N Jackson", "Children's Trust Board Manager", None),
    ("Mr S Mason", None, "Children's Services Directorate"),
    ("Mr R Norman", "Voluntary Sector Representative", None),
    ("ACC M Skeer", None, "Cumbria Constabulary"),
    ("Mr J Swainston", "Head of Service - Schools and Learning Projects", "Children's Services Directorate"),
    ("Mr P Thornton", "District Councils Member Representative", None),
    ("Mr M Watmough", "Head of Service - Commissioning and Management Support", "Children's Services Directorate"),
    ("Mr V Watson", None, "NHS Cumbria"),
]
# The printed line for each (order of role and organisation as the stored copy prints it).
_CUMBRIA10_LINES = [
    "Professor J Ashton - Director of Public Health",
    "Mr M Bowman - Chief Executive - Connexions Cumbria",
    "Mrs A Burns - Cumbria County Council - Children's Social Care Portfolio Holder",
    "Ms A Carmichael - County Manager, Continuing Learning (item 11)",
    "Mr K Douglas - Chief Executive, Eden District Council",
    "Ms J Goodfellow - Public Engagement Lead - NHS Cumbria (item 10)",
    "Ms V Hallard - Area Development Manager - Continuing Learning - Children's Services Directorate (item 11)",
    "Ms A Holliman - Strategic Manager - Cumbria Children's Trust Team (items 5, 6 and 8)",
    "Mrs N Jackson - Children's Trust Board Manager",
    "Mr S Mason - Children's Services Directorate",
    "Mr R Norman - Voluntary Sector Representative",
    "ACC M Skeer - Cumbria Constabulary",
    "Mr J Swainston - Head of Service - Schools and Learning Projects - Children's Services Directorate",
    "Mr P Thornton - District Councils Member Representative",
    "Mr M Watmough - Head of Service - Commissioning and Management Support, Children's Services Directorate",
    "Mr V Watson - NHS Cumbria",
]
_CUMBRIA10_APOLOGIES = [("Dr M Bewick", "NHS Cumbria"), ("Ms E Clarke", "LSC"), ("Ms Y Craig", "CHA"),
                        ("Ms A Hennessy", "Cumbria Probation Service"), ("Mr T Hobson", "CASH"),
                        ("Mr K Jones", "Children's Services Directorate"), ("Ms D Royston", "YOS"),
                        ("Ms H Smith", "Children's Services Directorate")]


def _untitled(name: str) -> str:
    """bare() plus the police rank printed before one name ('ACC')."""
    return bare(name.removeprefix("ACC "))


case(
    id="cumbria-childrens-trust-board-2010-scan", year=2010, format="pdf", layout="pdf_scan", scan=True,
    url="https://doc4pdf.com/68693-cumbria-childrens-trust-board-minutes-of-a-meeting-of.html",
    body="Cumbria Children's Trust Board", body_kind="childrens_partnership",
    patterns=["present_heading_then_chair_line", "title_initial_surname_dash_role_dash_organisation_lines",
              "organisation_before_role_on_some_lines", "item_attendance_in_brackets", "action_column_heading",
              "apologies_sentence_with_organisations_in_brackets", "scanned_page"],
    notes="Meeting of 4 March 2010 at The Courts, Carlisle, re-published as text by an aggregator; rendered here as a "
          "scan (the original's scan status is unknown). Cumbria County Council's health and wellbeing board and "
          "local committee appear elsewhere in evaluation/; the children's trust board appears nowhere and is kept as "
          "a body apart. The Present lines mix 'role - organisation' and 'organisation - role'; each is labelled as "
          "printed. Officers present for one item are labelled present (they are under PRESENT). 'ACC' (assistant "
          "chief constable) is a rank and is left out of the name. The stored copy breaks off inside the apologies "
          "sentence after Ms H Smith ('Mr S …'); the case closes the sentence there and ends. No decision is shown.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("CUMBRIA CHILDREN'S TRUST BOARD", bold=True, size=12),
        T("Minutes of a meeting of the Cumbria Children's Trust Board held on 4 March 2010 at 1.00 pm at The Courts, "
          "Carlisle."),
        GAP(3), T("PRESENT", bold=True), GAP(1), T("Ms M Swann (Chair)"), GAP(1),
        *[T(line) for line in _CUMBRIA10_LINES],
        GAP(3), T("ACTION", bold=True),
        T("1. APOLOGIES FOR ABSENCE", bold=True),
        T("Apologies for absence were received from "
          + _comma_and([f"{n} ({o})" for n, o in _CUMBRIA10_APOLOGIES]) + "."),
    ]}]},
    attendees=[A("M Swann", PRESENT, "Chair")]
    + [A(_untitled(n), PRESENT, r, o) for n, r, o in _CUMBRIA10_PRESENT]
    + [A(bare(n), APOLOGIES, None, o) for n, o in _CUMBRIA10_APOLOGIES],
    decisions=[],
)

# Stockton-on-Tees: a four-column table (name, initials, dash, role and/or organisation) under '1. Present'.
_STOCKTON10_PRESENT = [
    ("Cllr Ann McCoy (Chair)", "AM", "Cabinet Member For Children and Young People\nStockton-on-Tees Borough Council"),
    ("Cllr Jim Beall", "JB", "Councillor, Stockton-on-Tees Borough Council"),
    ("Darren Best", "DB", "Cleveland Police"),
    ("Jackie Ennis", "JE", "Tees, Esk & Wear Valley NHS Trust"),
    ("Geoff Fell", "GF", "Board Member – Cleveland Police Authority"),
    ("Martin Graham", "MG", "Stockton-on-Tees Borough Council"),
    ("Ruth Hill", "RH", "NHS Stockton-on-Tees"),
    ("Elizabeth Horne", "EH", "Stockton Schools Representative"),
    ("Jane Humphreys", "JH", "Stockton-on-Tees Borough Council"),
    ("Peter Lowe", "PL", "Voluntary Sector Representative (The Children's Society)"),
    ("Julia Morrison", "JM", "Stockton-on-Tees Borough Council / NHS Stockton"),
    ("Peter Seller", "PS", "Stockton-on-Tees Borough Council / NHS Stockton"),
    ("Geoff Turner", "GT", "Western Area Partnership"),
    ("Simon Willson", "SW", "Stockton-on-Tees Borough Council"),
    ("Joe Lee", "JL", "Youth MP"),
    ("Elizabeth Shearer", "ES", "Youth MP"),
]
_SBC = "Stockton-on-Tees Borough Council"
_STOCKTON10_LABELS = [
    A("Ann McCoy", PRESENT, "Chair", _SBC), A("Jim Beall", PRESENT, "Councillor", _SBC),
    A("Darren Best", PRESENT, None, "Cleveland Police"), A("Jackie Ennis", PRESENT, None, "Tees, Esk & Wear Valley NHS Trust"),
    A("Geoff Fell", PRESENT, "Board Member", "Cleveland Police Authority"), A("Martin Graham", PRESENT, None, _SBC),
    A("Ruth Hill", PRESENT, None, "NHS Stockton-on-Tees"),
    A("Elizabeth Horne", PRESENT, "Stockton Schools Representative"), A("Jane Humphreys", PRESENT, None, _SBC),
    A("Peter Lowe", PRESENT, "Voluntary Sector Representative", "The Children's Society"),
    A("Julia Morrison", PRESENT, None, _SBC + " / NHS Stockton"), A("Peter Seller", PRESENT, None, _SBC + " / NHS Stockton"),
    A("Geoff Turner", PRESENT, None, "Western Area Partnership"), A("Simon Willson", PRESENT, None, _SBC),
    A("Joe Lee", PRESENT, "Youth MP"), A("Elizabeth Shearer", PRESENT, "Youth MP"),
]
_STOCKTON10_ATTENDANCE = ("In Attendance: Mike Batty (Development and Neighbourhood Services, SBC attending on behalf of "
                          "Paul Dobson), Gill Durdan, Neil Goodall, Sam, John, Robert, Rachel and Danny (Representatives "
                          "of the Support Plus Project) John Tierney (Integrated Youth Support Services, SBC), Tracy "
                          "Cooke (Minuting, SBC).")
_STOCKTON10_APOLOGIES = ["Dr Agrawal", "Cllr Lewis", "Shaun McLurg", "Paul Dobson", "Tony Beckwith", "Fran Toller",
                         "Graham Prest", "Chris Willis", "Marilyn Surtees", "Sandra Egleton", "Chris Livingston",
                         "Neil Schneider", "Chris Willis", "Cllr Gibson"]
_STOCKTON10_MINUTES = "Following this amendment the minutes were agreed as an accurate record of the last meeting."

case(
    id="stockton-childrens-trust-board-2010", year=2010, format="pdf", layout="pdf_text_table",
    url="https://docest.com/doc/188770/stockton-on-tees-childrens-trust-board",
    body="Stockton-on-Tees Children's Trust Board", body_kind="childrens_partnership",
    patterns=["numbered_item_table_with_present_as_item_1", "name_initials_dash_role_organisation_columns",
              "chair_in_brackets_after_name", "in_attendance_run_on_with_bracketed_departments",
              "attending_on_behalf_of_inside_brackets", "first_names_only_for_young_people",
              "apologies_label_without_colon_comma_list", "name_repeated_in_apologies",
              "minutes_agreed_after_amendment"],
    notes="Meeting of Thursday 2 July 2010 at Stockton Central Library (a Word table re-published by an aggregator; "
          "rendered as a text PDF table). The Stockton-on-Tees Local Safeguarding Children Board is a blind4 case; the "
          "children's trust board is a different body, kept apart. Mike Batty attends on behalf of Paul Dobson "
          "(substitute; Dobson is also in the apologies). The five Support Plus Project representatives are printed "
          "by first name only and are optional. 'Chris Willis' is printed twice in the apologies; labelled once. "
          "Item 2's amendment is rewritten; its agreement sentence is kept. The stored copy is cut in item 3; the case "
          "ends after it.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Stockton-on-Tees Children's Trust Board", bold=True, size=12), T("Thursday 2nd July 2010"),
        T("Stockton Central Library"), GAP(3),
        TABLE([["1.", "Present", "", "", ""]], [10, 45, 12, 5, 98]),
        TABLE([["", n, i, "-", r] for n, i, r in _STOCKTON10_PRESENT], [10, 45, 12, 5, 98]),
        GAP(2), T(_STOCKTON10_ATTENDANCE), GAP(2),
        T("Apologies " + ", ".join(_STOCKTON10_APOLOGIES) + "."), GAP(3),
        TABLE([["2.", "Minutes from Previous Meeting"],
               ["", "Before the meeting PL had asked for one sentence about his comments on Catalyst to be corrected; the "
                    "minutes were amended. " + _STOCKTON10_MINUTES],
               ["3.", "Matters Arising"],
               ["", "CAF - JH told members that a new CAF Co-ordinator had been appointed."]], [10, 160]),
    ]}]},
    attendees=_STOCKTON10_LABELS
    + [A("Mike Batty", SUB, None, "Development and Neighbourhood Services, SBC", sub_for="Paul Dobson"),
       A("Gill Durdan", IN_ATT), A("Neil Goodall", IN_ATT)]
    + [A(n, IN_ATT, None, "Support Plus Project", optional=True) for n in ("Sam", "John", "Robert", "Rachel", "Danny")]
    + [A("John Tierney", IN_ATT, None, "Integrated Youth Support Services, SBC"),
       A("Tracy Cooke", IN_ATT, "Minuting", "SBC")]
    + [A(bare(n), APOLOGIES) for i, n in enumerate(_STOCKTON10_APOLOGIES) if n not in _STOCKTON10_APOLOGIES[:i]],
    decisions=[D(_STOCKTON10_MINUTES, "approved", "2", "Minutes from Previous Meeting")],
)

# ---------------------------------------------------------------------------------------------------------
# Local Involvement Networks (LINks: Healthwatch's forerunners)

_BOLTON08_PRESENT = ("Lucy Ettridge (Bolton PCT),Frank Chadwick, Anne Bain, Harold Hunter, John Addison (Bolton Health "
                     "Overview & Scrutiny),Mark Fraser ( Bolton Council),Isabel Seddon (COMCO), John Seddon (COMCO), "
                     "Gail Gregory (COMCO),Victor Williams (COMCO), Mike Phillips, Karen Johnston (Bolton Council), "
                     "Larry Hollando (Bolton Council),Sheila Tracy (Bolton Patients Council), Ann Benn (Chair), Joy Tweed "
                     "(Consultant)")
_BOLTON08_LABELS = [
    A("Lucy Ettridge", PRESENT, None, "Bolton PCT"), A("Frank Chadwick", PRESENT), A("Anne Bain", PRESENT),
    A("Harold Hunter", PRESENT), A("John Addison", PRESENT, None, "Bolton Health Overview & Scrutiny"),
    A("Mark Fraser", PRESENT, None, "Bolton Council"), A("Isabel Seddon", PRESENT, None, "COMCO"),
    A("John Seddon", PRESENT, None, "COMCO"), A("Gail Gregory", PRESENT, None, "COMCO"),
    A("Victor Williams", PRESENT, None, "COMCO"), A("Mike Phillips", PRESENT),
    A("Karen Johnston", PRESENT, None, "Bolton Council"), A("Larry Hollando", PRESENT, None, "Bolton Council"),
    A("Sheila Tracy", PRESENT, None, "Bolton Patients Council"), A("Ann Benn", PRESENT, "Chair"),
    A("Joy Tweed", PRESENT, "Consultant"),
]
_BOLTON08_APOLOGIES = ["Tina Taylor", "Ruth Heaton", "Joanne Taylor", "Kevin O’Neill"]


def _two_cell_rows(rows: list[tuple[str, str, str]]) -> str:
    """A Word table exported to HTML: a label / number cell, then a cell of text ('' for none); the third part is an
    action cell (initials), empty for most rows."""
    out = ["<table>"]
    for a, b, c in rows:
        out.append(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>")
    out.append("</table>")
    return "".join(out)


case(
    id="bolton-link-steering-group-2008", year=2008, format="html", layout="word_table_html",
    url="https://docest.com/doc/43340/bolton-link-transitional-steering-group-meeting-minutes-29th-may-2008",
    body="Bolton LINk Transitional Steering Group", body_kind="healthwatch",
    patterns=["label_cell_present_then_comma_run_on_with_orgs_in_brackets", "missing_space_after_comma",
              "space_inside_bracket", "chair_in_brackets_in_run_on", "apologies_label_cell", "numbered_item_rows",
              "correction_to_previous_attendance_not_an_attendee", "action_initials_column"],
    notes="Transitional steering group of the Bolton Local Involvement Network (the forerunner of local Healthwatch), "
          "29 May 2008, a Word table re-published by an aggregator. Bolton appears elsewhere only as Bolton NHS FT and "
          "inside Greater Manchester bodies; this LINk group is a body apart. The run-on Present list keeps its missing "
          "spaces and '( Bolton Council)'. Item 2.1 corrects the previous meeting's attendance (not an attendee "
          "statement). Narrative is rewritten; no decision is recorded before the stored copy reaches item 4, where "
          "the case ends.",
    document=page("Bolton LINk Transitional Steering Group Meeting Minutes 29th May 2008", "\n".join([
        "<h1>Bolton LINk Transitional Steering Group</h1>",
        paras(["Meeting Minutes 29th May 2008"]),
        _two_cell_rows([("PRESENT:", _BOLTON08_PRESENT, ""),
                        ("APOLOGIES:", ", ".join(_BOLTON08_APOLOGIES), ""),
                        ("1.", "Introduction", ""),
                        ("", "Ann Benn welcomed everyone, in particular the COMCO representatives, COMCO having been "
                             "appointed host of the Bolton LINk, and Joy Tweed, who was helping to draft a governance "
                             "model. Governance was the main business of the meeting.", ""),
                        ("2.1", "Matters arising from meeting of 21 April.", ""),
                        ("", "Sheila Tracy was present although not mentioned in the minutes, Harold Hunter is not from "
                             "the Patients Forum as indicated in the minutes but from the Patients Council for Mental "
                             "Health.", ""),
                        ("2.2", "Lucy reported that invitations to the volunteers' meeting had gone to more than 70 "
                                "people.", ""),
                        ("2.3", "Larry had asked the NHS photographer to the next meeting but had had no reply.", ""),
                        ("2.4.", "COMCO's contract starts on 1 June; its submission will be circulated to the group. A "
                                 "question about VAT on the LINk funding is outstanding.", "LH"),
                        ("4", "Discussion on Governance Model", "")])])),
    attendees=_BOLTON08_LABELS + [A(n, APOLOGIES) for n in _BOLTON08_APOLOGIES],
    decisions=[],
)

_HULL10_VCS = [("Wendy Bennett", "North Bank Forum"), ("Sam Chaney", "Carers' Centre Hull"),
               ("Tish Lamb", "Cornerhouse (Yorkshire)")]
_HULL10_INDIVIDUAL = ["Jason Stamp (Chair)", "Ali Lovelock", "John Lawrence", "Penny Stephenson", "Andy Train",
                      "Sally Browne"]
_HULL10_APOLOGIES = [("Pam Quick", None, None), ("Helen Laws – nCompass Hull (Vice Chair)", "Vice Chair", "nCompass Hull"),
                     ("Karen Stretton - Choices and Rights Disability Coalition", None,
                      "Choices and Rights Disability Coalition"),
                     ("Sam Bell - Goodwin Development Trust", None, "Goodwin Development Trust")]
_HULL10_ALSO = [("Steve Kimberley", "Hull CVS Services Manager"), ("Jonathan Appleton", "LINk Team Leader"),
                ("Helen Blanchard", "LINk Engagement Worker"), ("George Campbell", "LINk Membership Engagement Officer"),
                ("Barbara Langdale", "LINk Administrator")]
_HULL10_VICE = "Agreed. Penny to proceed as interim vice chair until Helen L's return."
_HULL10_MINUTES = "Approved as an accurate record."

case(
    id="hull-link-steering-group-2010", year=2010, format="pdf", layout="pdf_text_table",
    url="http://www.docstoc.com/docs/123325473/Hull-LINk-Steering-Group",
    body="Hull LINk Steering Group", body_kind="healthwatch",
    patterns=["introductions_item_holds_attendance", "member_category_subheadings", "name_dash_organisation_lines",
              "chair_and_vice_chair_in_brackets", "also_in_attendance_name_comma_role", "members_of_public_in_attendance",
              "agenda_item_action_two_column_table", "agreed_in_action_column", "noted_in_action_column"],
    notes="Steering group of the Hull Local Involvement Network, 31 March 2010 at Centre 88, Saner Street, Hull (a text "
          "PDF re-published by an aggregator). The member lists sit under item 1 'Introductions' with category "
          "sub-headings. In the stored copy a second group of four names follows the individual members after a "
          "break with its heading lost; one of them, the Vice Chair, is said in item 1 to be recovering from an "
          "operation, so the group is the apologies: the case prints an 'Apologies:' heading there and labels it so. "
          "Decisions sit in the Action column ('Agreed.', 'Noted.'); the 'Noted.' against declarations of interest is "
          "optional. The stored copy breaks off in item 3's action cell; the case ends with item 3's minute.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Hull LINk Steering Group", bold=True, size=12), T("Minutes of Meeting", bold=True),
        T("Wednesday 31st March 2010"), T("Centre 88, Saner Street, Hull"), GAP(3),
        T("1. Introductions", bold=True), T("Voluntary and Community Group Members", bold=True),
        *[T(f"{n} – {o}") for n, o in _HULL10_VCS],
        T("Individual Members", bold=True), *[T(n) for n in _HULL10_INDIVIDUAL], GAP(2),
        T("Apologies:", bold=True), *[T(line) for line, *_ in _HULL10_APOLOGIES], GAP(2),
        T("Also In Attendance:", bold=True), *[T(f"{n}, {r}") for n, r in _HULL10_ALSO], GAP(2),
        T("Members of the public in attendance:", bold=True), T("David Glenister, Chair of Mental Health Action Group"),
        GAP(3),
        TABLE([["", "Agenda Item", "Action"],
               ["1.", "Welcome, Introductions and Apologies\nThe Chair proposed that, as Vice Chair Helen Laws is "
                      "recovering from an operation, Penny Stephenson act as interim Vice Chair while she is away.",
                _HULL10_VICE],
               ["2.", "Declaration of Interests\nThe Chair declared that he sat on the PCT's North Locality Board.",
                "Noted."],
               ["", "Penny Stephenson declared that she sat on the PCT's West Locality Board.", "Noted."],
               ["3.", "Minutes of Meeting held 17th February 2010\n" + _HULL10_MINUTES, ""]],
              [10, 110, 50], header=True),
    ]}]},
    attendees=[A(n, PRESENT, None, o) for n, o in _HULL10_VCS]
    + [A("Jason Stamp", PRESENT, "Chair")] + [A(n, PRESENT) for n in _HULL10_INDIVIDUAL[1:]]
    + [A(line.split(" –")[0].split(" -")[0], APOLOGIES, r, o) for line, r, o in _HULL10_APOLOGIES]
    + [A(n, IN_ATT, r) for n, r in _HULL10_ALSO]
    + [A("David Glenister", IN_ATT, "Chair of Mental Health Action Group")],
    decisions=[D(_HULL10_VICE, "approved", "1", "Welcome, Introductions and Apologies"),
               D("Noted.", "noted", "2", "Declaration of Interests", optional=True),
               D(_HULL10_MINUTES, "approved", "3", "Minutes of Meeting held 17th February 2010")],
)

# ---------------------------------------------------------------------------------------------------------
# GP practice patient groups

_ALDBOROUGH14_COMMITTEE = [("Dr Mark Fleming", None), ("Nita Good", "Secretary"), ("Ann Mackenzie", "Treasurer"),
                           ("Jim Spiller", "Chair"), ("Yvonne Tiffany", None), ("Gill Wilton", None)]
_ALDBOROUGH14_ATTENDING = ["Heather Spiller", "Faith Broadbent", "Christine Carlson", "David Tiffany", "Pauline Hill",
                           "Derek Hill", "Alex Mackenzie", "Peter Wordingham", "Joyce Ryan", "Mavis Waite", "Ruth Bayes",
                           "Anne Murat", "David Buchanan", "Elena Beimborn", "Dorothy Wedge", "Peter Wedge", "Bob Eke",
                           "Wendy Eke", "Barry Neate", "Christina Neate", "David Waine", "Glenys Padgham",
                           "Karen Fidgen"]

case(
    id="aldborough-surgery-ppg-agm-2014", year=2014, format="pdf", layout="pdf_text_running",
    url="https://studylib.net/doc/6700519/ppg-agm-minutes-may-2014",
    body="Aldborough Surgery Patient Participation Group", body_kind="patient_participation_group",
    patterns=["present_from_the_committee_label", "officers_in_brackets_after_names", "trailing_comma_after_list",
              "in_attendance_long_comma_list_of_patients", "apologies_for_absence_with_office_in_brackets",
              "resignations_line_not_attendance", "annual_general_meeting"],
    notes="Annual general meeting of 13 May 2014 in the Church Room, Aldborough (Norfolk), re-published as text by an "
          "aggregator; rendered as a text PDF. Committee members are 'Present from the committee' (present); the "
          "patients who came are 'In attendance' (in attendance, as printed). The 'Resignations:' line is not an "
          "attendance statement. The chair's report is rewritten and short; the stored copy breaks off inside it and "
          "shows no decision; the case ends there.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Aldborough Surgery Patient Participation Group", bold=True, size=12),
        T("Minutes of the Annual General Meeting held at 7.30 pm on Tuesday May 13th, 2014 at the Church Room"), GAP(3),
        T("Present from the committee: " + ", ".join(n + (f" ({r})" if r else "") for n, r in _ALDBOROUGH14_COMMITTEE)
          + ","),
        T("In attendance: " + ", ".join(_ALDBOROUGH14_ATTENDING) + "."), GAP(2),
        T("Apologies for absence: John Shrive (Vice Chair)"), T("Resignations: John Shrive"), GAP(2),
        T("Chair's report: Jim Spiller said that soon after he became chair in May 2012 the committee had grown "
          "concerned about the effects of the recent changes to the NHS in England. The group had written to the "
          "Secretary of State and to the local MP, and had later invited the MP to an open meeting, which many "
          "patients attended."),
    ]}]},
    attendees=[A(bare(n), PRESENT, r) for n, r in _ALDBOROUGH14_COMMITTEE]
    + [A(n, IN_ATT) for n in _ALDBOROUGH14_ATTENDING] + [A("John Shrive", APOLOGIES, "Vice Chair")],
    decisions=[],
)

_SPH15_SURGERY = [("Catherine Dickinson", "Practice Manager"), ("Sarah Jackson", "Secretary")]
_SPH15_PATIENTS = ["Mr G Mensah", "Mr S Roberts", "Mrs D Hickey", "Mrs S Lawrence", "Mr K Rankin", "Mrs C Tagg",
                   "Mrs D O'Connell", "Mrs J Bennett"]
_SPH15_APOLOGIES = ["Mr S Hemming", "Mr C Abbs", "Mrs L Mason", "Mrs M Hunter", "Mr M Newham", "Mrs K Shelbourn",
                    "Ms S Hayes"]

case(
    id="st-peters-hill-surgery-ppg-2015-scan", year=2015, format="pdf", layout="pdf_scan", scan=True,
    url="https://docsbay.net/st-peter-s-hill-surgery",
    body="St Peter's Hill Surgery Patient Participation Group", body_kind="patient_participation_group",
    patterns=["in_attendance_heading_with_representing_and_patients_sub_labels", "name_role_in_brackets",
              "title_initial_surname_patients", "apologies_heading_with_patients_sub_label", "no_space_after_colon",
              "inaugural_meeting", "scanned_page"],
    notes="Inaugural meeting of the practice's patient participation group, Wednesday 17 June 2015 (St Peter's Hill "
          "Surgery, Grantham), re-published as text by an aggregator; rendered here as a scan (the original's scan "
          "status is unknown). Everyone who came is under 'In attendance:' (labelled in attendance, as printed); the "
          "'Representing …:' and 'Patients:' sub-labels are kept, as is 'Patients:Mr S Hemming' without a space. The "
          "welcome and the PPG explanation are rewritten; the stored copy shows no decision before it breaks off.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("ST PETER'S HILL SURGERY", bold=True, size=12), T("Patient Participation Group", bold=True),
        T("Inaugural Meeting Minutes - Wednesday 17th June 2015", bold=True), GAP(3),
        T("In attendance:", bold=True),
        T("Representing St Peter's Hill Surgery: " + ", ".join(f"{n} ({r})" for n, r in _SPH15_SURGERY)),
        T("Patients: " + ", ".join(_SPH15_PATIENTS)), GAP(2),
        T("Apologies:", bold=True), T("Patients:" + ", ".join(_SPH15_APOLOGIES)), GAP(3),
        T("1) Welcome", bold=True),
        T("Catherine Dickinson welcomed everyone to the group's first meeting and said she hoped patients would come "
          "to run it themselves. Sarah led a short round of introductions."),
        T("2) What is a PPG?", bold=True),
        T("Sarah explained how patient participation groups began and what they do."),
    ]}]},
    attendees=[A(n, IN_ATT, r) for n, r in _SPH15_SURGERY] + [A(bare(n), IN_ATT) for n in _SPH15_PATIENTS]
    + [A(bare(n), APOLOGIES) for n in _SPH15_APOLOGIES],
    decisions=[],
)

_GCP15_ATTENDING = ["Tony Baird", "David Ball", "Natalie Cox", "Sarah Ellingworth", "Robert Frost", "Suzanne Meenan",
                    "Martin Norman", "Tony Powell", "Dr. Rahul Shah", "Shev Smith"]
_GCP15_MINUTES = "The Minutes of the last meeting were approved and signed."
_GCP15_AMEND = "The draft constitution was discussed at length and a number of amendments were agreed."
_GCP15_REDRAFT = ("It was agreed that DB would redraft and circulate to the group by email for approval with a view to "
                  "having the final version in place and effective by 01.08.15.")

case(
    id="garden-city-practice-patients-voices-2015", year=2015, format="html", layout="web_page",
    url="https://docest.com/doc/702019/patients-voices-the-garden-city-practice",
    body="Patients' Voices - The Garden City Practice", body_kind="patient_participation_group",
    patterns=["in_attendance_comma_run_on_as_only_list", "missing_space_after_comma", "dr_with_full_stop",
              "apologies_comma_list", "year_prefixed_minute_numbers", "minutes_approved_and_signed",
              "it_was_agreed_that_initials_would"],
    notes="Meeting 11 of the patient group of the Garden City Practice (Welwyn Garden City), Tuesday 14 July 2015, "
          "re-published as a web page by an aggregator. The only attendance list is 'In attendance:' (labelled in "
          "attendance, as printed); 'Tony Baird,David Ball' keeps its missing space. Minute numbers run on from "
          "earlier meetings (15.28 …). Narrative is rewritten; the agreement sentences are kept. The stored copy "
          "breaks off in 15.32(a); the case ends after the redraft agreement.",
    document=page("Patients’ Voices - The Garden City Practice", "\n".join([
        "<h1>Patients’ Voices - The Garden City Practice</h1>",
        paras(["Meeting 11 – Tuesday 14 July 2015",
               "In attendance: " + ",".join(_GCP15_ATTENDING[:2]) + ", " + ", ".join(_GCP15_ATTENDING[2:]),
               "Apologies: Sarah Gaynor, Janet Gibson, Rupen Shah.",
               "15.28.Welcome and Membership",
               "DB welcomed everyone. He and JG had reviewed attendance and written to three nominal members who no "
               "longer came; two more patients had asked to join, and a borough councillor registered at the practice "
               "had asked to receive the minutes.",
               "15.29.Minutes of Meeting 12 May 2015", _GCP15_MINUTES,
               "15.30.Matters arising",
               "Sessions on the blood pressure machines were still to be arranged; the two working groups had met.",
               "15.31.Declarations of interest", "No declarations of interest were declared.",
               "15.32.Constitutional Group", "(a) Constitution", _GCP15_AMEND + " " + _GCP15_REDRAFT])])),
    attendees=[A(bare(n), IN_ATT) for n in _GCP15_ATTENDING]
    + [A(n, APOLOGIES) for n in ("Sarah Gaynor", "Janet Gibson", "Rupen Shah")],
    decisions=[D(_GCP15_MINUTES, "approved", "15.29", "Minutes of Meeting 12 May 2015"),
               D(_GCP15_AMEND, "agreed", "15.32", "Constitutional Group", optional=True),
               D(_GCP15_REDRAFT, "agreed", "15.32", "Constitutional Group")],
)

# ---------------------------------------------------------------------------------------------------------
# A county community safety partnership board (ModernGov)

_LSCSB23_CHAIR = "It was proposed, seconded, and AGREED that Mrs. D. Taylor CC be elected Chairman of the Board for 2023/24."
_LSCSB23_DEPUTY = ("It was proposed, seconded, and AGREED that Mr. N. Bannister CC be elected Deputy Chairman of the Board "
                   "for 2023/24.")
_LSCSB23_MINUTES = "The minutes of the meeting held on 17 March 2023 were taken as read and confirmed as a correct record."
_LSCSB23_ACTION1 = ("It was agreed that Action no. 1: Leicestershire Police to provide a report to a future meeting of the "
                    "Board regarding lessons learned from the Covid-19 pandemic, was no longer required and should be "
                    "removed from the Action Log.")
_LSCSB23_NOTED = "That the status of the Action Log be noted."

case(
    id="leicestershire-safer-communities-board-2023", year=2023, format="html", layout="moderngov_html",
    url="https://democracy.leics.gov.uk/ieListDocuments.aspx?CId=1032&MId=7243&Ver=4",
    body="Leicestershire and Rutland Safer Communities Strategy Board", body_kind="community_safety_partnership",
    patterns=["no_attendance_list_apologies_noted", "proposed_seconded_and_agreed_elections", "name_in_the_chair_line",
              "cc_suffix_after_councillor_names", "minutes_taken_as_read_and_confirmed",
              "resolution_without_resolved_label", "item_numbers_not_shown"],
    notes="Meeting of Friday 30 June 2023 (ModernGov, Leicestershire County Council). Leicestershire's health and "
          "wellbeing board is a blind case on the same site; this community safety board is a different body, kept "
          "apart. The stored page prints no attendance list ('the list of apologies was noted'), no item numbers and "
          "no venue or contact; the case keeps all three (the renderer's Venue and Contact lines are left empty). The Chairman named in the elections and 'in the Chair', and the Deputy Chairman who "
          "declares an interest, are optional. The action-log resolution is shown without its 'RESOLVED' label, as "
          "stored. Narrative is rewritten; the case ends at the performance item's agenda line.",
    document=moderngov_meeting(
        "Leicestershire and Rutland Safer Communities Strategy Board", "Friday, 30 June 2023 10.00 am",
        "", "", [
            {"num": None, "title": "Introductions and apologies.",
             "minutes": ["Introductions were made and the list of apologies was noted."]},
            {"num": None, "title": "Election of Chairman.", "minutes": [_LSCSB23_CHAIR, "Mrs. D. Taylor CC in the Chair"]},
            {"num": None, "title": "Election of Deputy Chairman.", "minutes": [_LSCSB23_DEPUTY]},
            {"num": None, "title": "Minutes of previous meeting.", "minutes": [_LSCSB23_MINUTES]},
            {"num": None, "title": "Matters arising",
             "minutes": ["On minute 36, 'HMP Fosse Way update', members heard that the prison had now opened."]},
            {"num": None, "title": "LSCSB Action Log",
             "minutes": ["The Board considered the LSCSB Action Log, marked 'Agenda Item 6'.", _LSCSB23_ACTION1,
                         "Members heard that the visit of community safety partnership chairs to Warning Zone had gone "
                         "well.", _LSCSB23_NOTED]},
            {"num": None, "title": "Declarations of interest",
             "minutes": ["Mr. N. Bannister CC said he worked for the Crown Prosecution Service but attended in a personal "
                         "capacity, not as its representative."]},
            {"num": None, "title": "Safer Communities Performance 2022/23 - Quarter 4.",
             "agenda": ["Carly Turner, Youth and Justice Service Manager, will present this report."]},
        ]),
    attendees=[A("D. Taylor", PRESENT, "Chairman", optional=True),
               A("N. Bannister", PRESENT, "Deputy Chairman", optional=True)],
    decisions=[D(_LSCSB23_CHAIR, "approved", None, "Election of Chairman."),
               D(_LSCSB23_DEPUTY, "approved", None, "Election of Deputy Chairman."),
               D(_LSCSB23_MINUTES, "approved", None, "Minutes of previous meeting."),
               D(_LSCSB23_ACTION1, "agreed", None, "LSCSB Action Log"),
               D(_LSCSB23_NOTED, "noted", None, "LSCSB Action Log")],
)

# ---------------------------------------------------------------------------------------------------------
# A Welsh fire and rescue authority (bilingual)

_MWWFA13_MEMBERS = ["J Bayliss", "K W Curry", "J Curtice", "J Dudley", "W E Evans", "T Hennegan", "C Higgins", "P James",
                    "G Jones", "A Lewis", "R Lewis", "C Lloyd", "D R Rees-Evans", "W D Thomas", "D E Williams",
                    "A Woolcock"]
_MWWFA13_APOLOGIES = ["C J Crowley", "B Mills", "K Pearson", "T J Richards"]
_MWWFA13_OFFICERS = ["R Smith", "P Bates", "D Daycock", "C Davies", "D Masson", "E Aitken", "K Jones", "J Cameron",
                     "S McLinden", "J Maunder", "S Flather", "C Margetts"]

case(
    id="mid-west-wales-fire-authority-2013", year=2013, format="pdf", layout="pdf_text_label_column",
    url="https://docslib.org/download/13710632/fire-authority-fa-committee-minutes-11-february-2013-english",
    body="Mid and West Wales Fire and Rescue Authority", body_kind="fire_authority",
    patterns=["bilingual_welsh_english_labels", "attendance_percentage_line", "chair_and_deputy_chair_label_lines",
              "cyng_cllrs_prefix_before_comma_list", "apologies_label_with_prefix", "in_attendance_initial_surnames",
              "apologies_minute_repeats_list"],
    notes="Fire Authority meeting of 11 February 2013 at the Service headquarters, Carmarthen (text PDF; the English "
          "file, whose headings are bilingual). The attendance block is a label column: Welsh/English labels, then "
          "'Cyng/Cllrs:' and initial-surname lists. Officers in attendance are printed without roles. The declarations "
          "and the chair's announcements are rewritten and short; the stored copy shows no decision before it breaks "
          "off in the announcements, where the case ends.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("AWDURDOD TÂN AC ACHUB CANOLBARTH A GORLLEWIN CYMRU", bold=True),
        T("MID AND WEST WALES FIRE AND RESCUE AUTHORITY", bold=True),
        T("NOTE: THESE MINUTES ARE SUBJECT TO CONFIRMATION BY THE FIRE AUTHORITY AT ITS NEXT MEETING", size=8),
        GAP(2), T("COFNODION CYFARFOD YR AWDURDOD TAN", bold=True),
        T("Ganolfan Gynadledda, Pencadlys Y Gwasanaeth Tân Ac Achub, Caerfyddin"), T("11 CHWEFROR 2013"), GAP(2),
        T("MINUTES OF THE FIRE AUTHORITY MEETING", bold=True),
        T("The Conference Centre, Fire and Rescue Service Headquarters, Carmarthen"), T("11 FEBRUARY 2013"),
        T("11.00 - 12.15"), GAP(2),
        TABLE([["75%", "PRESENOLDEB/ATTENDANCE"],
               ["", "Presennol yn y Cyfarfod/Present at Meeting:"],
               ["GADEIRYDD/ CHAIR:", "R Llewellyn"],
               ["IS-GADEIRYDD/ DEPUTY CHAIR:", "G Thomas"],
               ["AELODAU/MEMBERS:", "Cyng/Cllrs: " + ", ".join(_MWWFA13_MEMBERS)],
               ["YMDDIHEURIADAU/APOLOGIES:", "Cyng/Cllrs: " + ", ".join(_MWWFA13_APOLOGIES)],
               ["YN BRESENNOL /IN ATTENDANCE:", ", ".join(_MWWFA13_OFFICERS)]], [60, 112]),
        GAP(3), T("1 APOLOGIES FOR ABSENCE", bold=True),
        T("Apologies for absence were received from Councillors C J Crowley, K Pearson, B Mills and T J Richards."),
        T("2 DECLARATIONS BY MEMBERS OF ANY PERSONAL OR PREJUDICIAL INTERESTS", bold=True),
        T("Each Member present declared a personal interest in matters affecting their own constituent authority; the "
          "Chair and Deputy Chair also declared a personal interest in item 14."),
        T("3 CHAIR'S ANNOUNCEMENTS / PERSONAL MATTERS", bold=True),
        T("The Chair reminded Members that they could speak in Welsh or English, and welcomed Councillor G Jones, who "
          "had replaced Councillor P Harris on the Authority."),
    ]}]},
    attendees=[A("R Llewellyn", PRESENT, "Chair"), A("G Thomas", PRESENT, "Deputy Chair")]
    + [A(n, PRESENT) for n in _MWWFA13_MEMBERS] + [A(n, APOLOGIES) for n in _MWWFA13_APOLOGIES]
    + [A(n, IN_ATT) for n in _MWWFA13_OFFICERS],
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# An NHS mental health foundation trust board

_SLAM09_PRESENT = [("Madeliene Long", "Chair"), ("Dr Martin Baggaley", "Medical Director"),
                   ("Stuart Bell", "Chief Executive"), ("Prof Chris Clare", "Non Executive Director"),
                   ("Dr Patricia Connell-Julien", "Non Executive Director"), ("Robert Coomber", "Non Executive Director"),
                   ("Kumar Jacob", "Non Executive Director"), ("Prof Hilary McCallion", "Director of Nursing and Education"),
                   ("Zoë Reed", "Director of Strategy & Business Development"),
                   ("Prof Eric Taylor", "Non Executive Director")]
_SLAM09_ATTENDING = [("Alison Baker", "PA to Chair & Non Executive Directors"),
                     ("Jonathan Beder", "Deputy Service Director, Lewisham"),
                     ("Patrick Halloran", "Trust Emergency Planning Liaison Officer"),
                     ("Patrick Gillespie", "Service Director, Lambeth"), ("Tim Greenwood", "Deputy Finance Director"),
                     ("Jill Lockett", "Service Director National Division & Neurodevelopment"),
                     ("Paul Mitchell", "Trust Board Secretary"), ("Ricky Mackennon", "Head of IT"),
                     ("Louise Norris", "Director of Human Resources"), ("Prof Graham Thornicroft", "R&D Director"),
                     ("Anthony Schnaar", "IT Analyst"),
                     ("Karen Taylor", "Assistant Director of Nursing – Infection Control"),
                     ("Noel Urwin", "Members' Council")]
_SLAM09_APOLOGIES = [("Clive Baker", "Head of Capital Planning & Projects"), ("Steve Davidson", "")]


def _label_rows(label: str, people: list[tuple[str, str]]) -> list[list[str]]:
    return [[label if i == 0 else "", n, r] for i, (n, r) in enumerate(people)]


case(
    id="south-london-maudsley-ft-board-2009", year=2009, format="pdf", layout="pdf_text_label_column",
    url="http://www.docstoc.com/docs/73441631/Item-3---June-09-minutes",
    body="South London and Maudsley NHS Foundation Trust Board of Directors", body_kind="nhs_trust_board",
    patterns=["label_column_present_in_attendance_apologies", "name_then_role_columns", "heading_cut_held_on_date",
              "prof_and_dr_titles", "members_council_representative_in_attendance", "diaeresis_in_name"],
    notes="Board of directors meeting of 29 June 2009, its minutes re-published by an aggregator as 'Item 3 - June 09 "
          "minutes' (the papers of the next meeting). The stored copy's heading is cut to 'HELD ON 29TH JUNE 2009'; "
          "the people (chair Madeliene Long, chief executive Stuart Bell, a Members' Council representative, service "
          "directors for Lewisham and Lambeth) are those of South London and Maudsley's board. The attendance block is "
          "a label column (PRESENT / IN ATTENDANCE / APOLOGIES) with name and role columns. 'Noel Urwin, Members' "
          "Council' is labelled with the council as organisation. The stored copy breaks off inside Steve Davidson's "
          "role ('Service …'); the case prints his name without a role and ends there. No decision is shown.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Item 3", size=9), T("HELD ON 29TH JUNE 2009", bold=True), GAP(3),
        TABLE(_label_rows("PRESENT", _SLAM09_PRESENT) + _label_rows("IN ATTENDANCE", _SLAM09_ATTENDING)
              + _label_rows("APOLOGIES", _SLAM09_APOLOGIES), [32, 55, 85]),
    ]}]},
    attendees=[A(bare(n), PRESENT, r) for n, r in _SLAM09_PRESENT]
    + [A(bare(n), IN_ATT, r) for n, r in _SLAM09_ATTENDING[:-1]] + [A("Noel Urwin", IN_ATT, None, "Members' Council")]
    + [A("Clive Baker", APOLOGIES, "Head of Capital Planning & Projects"), A("Steve Davidson", APOLOGIES)],
    decisions=[],
)

# ---------------------------------------------------------------------------------------------------------
# A youth offending service management board (youth justice partnership)

_YOS09_PRESENT = [("Mike Batty", "Head of Community Protection (Chair)"), ("Miriam Robertson", "YOS Manager"),
                  ("Terry Frank", "Integrated Youth Support Services Manager"),
                  ("Peter Seller", "Head of Children & Young People's Strategy"), ("Jean Bell", "HMCS Magistrates Court"),
                  ("Tina Beckett", "Assistant Director, National Probation Service - Teesside"),
                  ("Stephen Young", "Cleveland Police (on behalf of Ted Allen)"),
                  ("Jenna Ditchburn", "Admin Officer, Youth Offending Team (Minutes)")]
_YOS09_APOLOGIES = [("Lyn Burns", "Interim Head of Service / Assistant Director, Children and Young People's Operational "
                                  "Services"),
                    ("Jane Edmends", "Housing Strategy & Development Manager"),
                    ("Ted Allen", "Chief Inspector, Cleveland Police"),
                    ("Darren Coulton", "LSC, Partnership Manager, Stockton"),
                    ("Julia Morrison", "Assistant Director/Head of Service - Children, Schools and Complex Needs")]
_YOS09_MINUTES = "Minutes of meeting held on 20.01.09 were agreed as a true and accurate record."
_YOS09_CUSTODY = ("Young People in Custody: MR presented the information to Tony Beckwith and it was agreed that it does not "
                  "breach Data Protection given that no personal/sensitive identifiable information is included.")

case(
    id="stockton-yos-management-board-2009", year=2009, format="pdf", layout="pdf_text_table",
    url="https://docsbay.net/doc/684683/yos-management-board-20th-january-2009",
    body="Stockton Youth Offending Service Management Board", body_kind="youth_justice_partnership",
    patterns=["present_heading_then_name_role_columns", "chair_in_brackets_after_role", "on_behalf_of_in_brackets",
              "minute_taker_marked_minutes_in_brackets", "apologies_heading_name_role_columns",
              "minutes_agreed_as_true_and_accurate_record", "it_was_agreed_that_finding", "action_initials_after_text"],
    notes="YOS management board of 28 April 2009 (Stockton-on-Tees), re-published by an aggregator under the January "
          "2009 title. The stored copy runs each name into its role ('Stephen YoungCleveland Police'), the trace of a "
          "tab; the case prints name and role as two borderless columns. The Stockton children's trust board (also in "
          "this set) and the Stockton LSCB (blind4) are different bodies; this board is named in blind4 only inside "
          "one member's list of other interests. Stephen Young attends on behalf of Ted Allen (substitute; Allen is "
          "in the apologies). Matters-arising narrative is rewritten except the agreement sentence; the case ends "
          "inside item 2, where the stored copy breaks off.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("YOS MANAGEMENT BOARD", bold=True, size=12), T("28th April 2009"), GAP(3),
        T("Present:", bold=True), TABLE([[n, r] for n, r in _YOS09_PRESENT], [45, 125]),
        T("Apologies:", bold=True), TABLE([[n, r] for n, r in _YOS09_APOLOGIES], [45, 125]), GAP(2),
        T("1. Minutes & Matters Arising", bold=True), T(_YOS09_MINUTES), T("Matters arising", bold=True),
        T("YOS Performance: the year's first-time entrant figures are still being collated for the Youth Justice "
          "Board, so the education, training and employment detail will come to the next meeting. ACTION: MR"),
        T(_YOS09_CUSTODY),
        T("2. Youth Justice Planning Framework Validation Feedback", bold=True),
        T("The regional Youth Justice Board team rated the board's Youth Justice Plan 'very good' and named three areas "
          "it wished to focus on."),
    ]}]},
    attendees=[A("Mike Batty", PRESENT, "Chair"), A("Miriam Robertson", PRESENT, "YOS Manager"),
               A("Terry Frank", PRESENT, "Integrated Youth Support Services Manager"),
               A("Peter Seller", PRESENT, "Head of Children & Young People's Strategy"),
               A("Jean Bell", PRESENT, None, "HMCS Magistrates Court"),
               A("Tina Beckett", PRESENT, "Assistant Director", "National Probation Service - Teesside"),
               A("Stephen Young", SUB, None, "Cleveland Police", sub_for="Ted Allen"),
               A("Jenna Ditchburn", PRESENT, "Admin Officer", "Youth Offending Team"),
               A("Lyn Burns", APOLOGIES, _YOS09_APOLOGIES[0][1]),
               A("Jane Edmends", APOLOGIES, "Housing Strategy & Development Manager"),
               A("Ted Allen", APOLOGIES, "Chief Inspector", "Cleveland Police"),
               A("Darren Coulton", APOLOGIES, "Partnership Manager, Stockton", "LSC"),
               A("Julia Morrison", APOLOGIES, _YOS09_APOLOGIES[4][1])],
    decisions=[D(_YOS09_MINUTES, "approved", "1", "Minutes & Matters Arising"),
               D(_YOS09_CUSTODY, "agreed", "1", "Minutes & Matters Arising")],
)

# ---------------------------------------------------------------------------------------------------------
# A county council health scrutiny (select) committee, as an aggregator republishes a ModernGov meeting

_HASC23_APOLOGIES = "Apologies were received from Councillors Craig, Jackman and North."
_HASC23_SUBS = ("Councillors Ford and Porter were in attendance as the substitute members for the Conservative group and "
                "Liberal Democrat group respectively.")
_HASC23_MINUTES = "The minutes of the previous meeting held on 23 May 2023 were agreed as a correct record and signed by the Chairman."


def _item_title_minutes_table(rows: list[tuple[str, str, list[str]]]) -> str:
    """The aggregator's agenda table: item number, title, then the minutes paragraphs in a third cell."""
    out = ["<table><tr><th>Item</th><th>Title</th><th>Minutes</th></tr>"]
    for num, title, minutes in rows:
        out.append(f"<tr><td>{esc(num)}</td><td>{esc(title)}</td><td>" + "".join(f"<p>{esc(m)}</p>" for m in minutes)
                   + "</td></tr>")
    out.append("</table>")
    return "".join(out)


case(
    id="hampshire-hasc-2023", year=2023, format="html", layout="aggregator_meeting_page",
    url="https://polly-tix.uk/council/hampshire/meeting/27-jun-2023-hampshire-health-and-adult-social-care-select-"
        "committee/919/",
    body="Hampshire County Council Health and Adult Social Care Select Committee", body_kind="health_scrutiny",
    patterns=["no_attendance_list_apologies_surnames_only", "substitutes_for_party_groups_respectively",
              "item_title_minutes_three_column_table", "minutes_agreed_as_correct_record_and_signed",
              "no_deputations_sentence"],
    notes="Meeting of 27 June 2023 at Ashburton Hall, Winchester, as republished by a council-meetings aggregator "
          "(item / title / minutes table). Hampshire's health and wellbeing board is a blind2 case and the aggregator "
          "hosts a blind case of another council; this health scrutiny committee is a different body. The page prints "
          "no attendance list: apologies by surname, and two substitutes 'for the Conservative group and Liberal "
          "Democrat group respectively' (substitutes, whom they replace not named). The interests boilerplate is "
          "shortened; the stored copy breaks off in the Chairman's announcements, whose heading ends the case.",
    document=page("Health and Adult Social Care Select Committee - Hampshire - 27 Jun 2023", "\n".join([
        "<h1>Health and Adult Social Care Select Committee</h1>",
        paras(["This is a meeting of the Health and Adult Social Care Select Committee of Hampshire County Council held "
               "on the 27th Jun 2023.", "Meeting Status", "Confirmed", "Minutes Published", "Yes",
               "Meeting Location", "Ashburton Hall, Elizabeth II Court, The Castle, Winchester"]),
        "<h2>Agenda</h2>",
        _item_title_minutes_table([
            ("1", "Apologies for absence", [_HASC23_APOLOGIES, _HASC23_SUBS]),
            ("2", "Declarations of interest", ["Members were mindful of their duties under the Members' Code of Conduct "
                                               "to declare any interest at the relevant item."]),
            ("3", "Minutes of previous meeting Draft HASC minutes - 23 May 2023", [_HASC23_MINUTES]),
            ("4", "Deputations", ["The Committee did not receive any deputations."]),
            ("5", "Chairman's Announcements", [])])])),
    attendees=[A(n, APOLOGIES) for n in ("Craig", "Jackman", "North")] + [A(n, SUB) for n in ("Ford", "Porter")],
    decisions=[D(_HASC23_MINUTES, "approved", "3", "Minutes of previous meeting")],
)

# ---------------------------------------------------------------------------------------------------------
# A hospital's Patient and Public Involvement Forum (a statutory patient body, 2003-2008)

_PAPWORTH05_MEMBERS = ["Ruth Clapham (Chair)", "Elizabeth Gambier", "Michael Thilo", "Kenneth Warren", "Tony Ward"]
_PAPWORTH05_MINUTES = "The minutes of the last meeting were approved."
_PAPWORTH05_LETTER = ("As a response, forum members agreed to write a letter to Mrs Blackwell expressing their "
                      "dissatisfaction about the way the hospital handled staff and patient and public opinion on the "
                      "proposed relocation.")

case(
    id="papworth-hospital-ppi-forum-2005", year=2005, format="pdf", layout="pdf_text_table",
    url="http://www.docsford.com/document/4290727",
    body="Patient and Public Involvement Forum for Papworth Hospital", body_kind="patient_forum",
    patterns=["forum_members_present_run_on_label", "support_organisation_staff_label_with_and",
              "apologies_single_name", "text_and_actions_two_column_table", "minutes_approved_one_sentence",
              "members_agreed_to_write_a_letter"],
    notes="Meeting in public of the Papworth Hospital PPI Forum, 7 December 2005, Cardiac Unit Seminar Room (a Word "
          "document re-published as text by an aggregator, whose copy runs the Actions column into the text; the "
          "case prints text and actions as two columns). PPI forums appear elsewhere only as organisations of "
          "individual people. The support organisation's staff are in attendance, the heading naming their "
          "organisation. Matters-arising narrative is rewritten except the agreement sentence; the case ends after "
          "item 3, where a member's resignation is announced (narrative).",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Patient and Public Involvement Forum", bold=True, size=12), T("Papworth Hospital", bold=True), GAP(2),
        T("Meeting in Public", bold=True), T("Patient and Public Involvement Forum for Papworth Hospital"),
        T("Cardiac Unit Seminar Room, Papworth Hospital"), T("7 December 2005, 7:00 - 9:00pm"), GAP(3),
        T("Papworth Hospital PPI Forum Members present: " + ", ".join(_PAPWORTH05_MEMBERS)),
        T("Forum Support Organisation staff: Zoltan Asztalos and Una Sanderson"), T("Apologies: Philip Cork"), GAP(3),
        TABLE([["", "Actions"],
               ["1. Welcome and apologies\nRuth Clapham opened the meeting, welcomed members and noted apologies.",
                "FSO to write a letter to Philip Cork enquiring about his commitment to the forum."],
               ["2. Minutes of the last meeting\n" + _PAPWORTH05_MINUTES, ""],
               ["3. Matters arising\nForum members asked for figures on the areas patients come from; the hospital "
                "had promised them, grouped by the first part of the postcode.", "FSO to pursue the figures."],
               ["The hospital had sent the forum its draft communications and consultation strategy for the new "
                "hospital. " + _PAPWORTH05_LETTER, "FSO to draft a letter to Luci Blackwell."],
               ["Elizabeth Gambier announced that she was leaving the Forum; the Chair thanked her.", ""]],
              [120, 52], header=True),
    ]}]},
    attendees=[A("Ruth Clapham", PRESENT, "Chair")] + [A(n, PRESENT) for n in _PAPWORTH05_MEMBERS[1:]]
    + [A(n, IN_ATT, None, "Forum Support Organisation") for n in ("Zoltan Asztalos", "Una Sanderson")]
    + [A("Philip Cork", APOLOGIES)],
    decisions=[D(_PAPWORTH05_MINUTES, "approved", "2", "Minutes of the last meeting"),
               D(_PAPWORTH05_LETTER, "agreed", "3", "Matters arising")],
)

# ---------------------------------------------------------------------------------------------------------
# A county council scrutiny topic group (a Word table exported to HTML)

_HCC05_COUNCILLORS = ["Ken Coleman (Chair),", "Peter Channell", "David Lloyd", "Moyra O’Neill", "Lorna Kercher"]
_HCC05_CARERS = ["Sue Reeve (Carers in Hertfordshire)", "Sandra Cannon", "Jenny Young", "Martyn Macphee",
                 "Mary Christiansen"]
_HCC05_OFFICERS = ["Sarah Pickup, Director of ACS (first part of the meeting)",
                   "Tim Anfilogoff, ACS Policy Manager (Users and Carers)",
                   "Angela Cannon, ACS - Carers Development Manager,", "Sue Jaye, Client Development Manager, CSF",
                   "Becky Dunning, Project Officer (Children with Disabilities and Young Carers, CSF",
                   "Janice Mottram, Topic Group Administrator, ACS"]
_HCC05_APOLOGIES = ["CC Mary Bayes,", "CC Barbara Lamb,", "CC Roma Mills,", "CC David Royall,", "CC Eleanor Clarke",
                    "Veronica Petrie,", "Mary Newton", "Gwendoline Andrew."]
_HCC05_MINUTES = "The minutes were agreed."
_HCC05_NOTED = "The Group welcomed the update and the following was noted:"


def _cell_lines(lines: list[str]) -> str:
    return "<br>".join(esc(x) for x in lines)


case(
    id="hertfordshire-carers-topic-group-2005", year=2005, format="html", layout="word_table_html",
    url="https://docsbay.net/minutes-of-the-meeting-carers-topic-group-held-on-2-march-2005",
    body="Hertfordshire County Council Carers' Topic Group", body_kind="council_committee",
    patterns=["attendance_label_column_county_councillors_carers_officers_apologies", "chair_in_brackets_with_comma",
              "officers_name_comma_role_with_directorate_acronyms", "unclosed_bracket_in_role", "cc_prefix_in_apologies",
              "trailing_commas_on_lines", "minutes_were_agreed", "welcomed_the_update_and_noted"],
    notes="Scrutiny topic group of Hertfordshire County Council, 2 March 2005 (a Word table re-published by an "
          "aggregator; rendered as HTML). Healthwatch Hertfordshire, the Hertfordshire police and crime panel and "
          "North and East Herts committees appear elsewhere; this topic group appears nowhere. The attendance block is "
          "a label column (County Councillors / Carers Representatives / Officers / Apologies), one person a line, with "
          "the trailing commas, the unclosed bracket in Becky Dunning's role and the 'CC' (county councillor) prefixes "
          "as printed. Officers are in attendance. The Head of Scrutiny, named only in narrative, is optional. "
          "Narrative is rewritten; the case ends inside item 1.",
    document=page("Minutes of the meeting Carers' Topic Group held on 2 March 2005", "\n".join([
        paras(["MINUTES of the meeting CARERS’ TOPIC GROUP held on 2 March 2005.", "ATTENDANCE"]),
        "<table>" + "".join(f"<tr><td>{esc(label)}</td><td>{_cell_lines(lines)}</td></tr>" for label, lines in [
            ("County Councillors:", _HCC05_COUNCILLORS), ("Carers Representatives:", _HCC05_CARERS),
            ("Officers:", _HCC05_OFFICERS), ("Apologies:", _HCC05_APOLOGIES)]) + "</table>",
        paras(["Minutes of the meeting held on 23 September 2004", _HCC05_MINUTES, "Matters arising",
               "David Moses, Head of Scrutiny, spoke briefly about the Group's programme after the May elections; "
               "members would suggest subjects for future reports."]),
        "<table><tr><td>1</td><td>Update on Carers Strategy</td><td>ACTION</td></tr>"
        "<tr><td></td><td>" + esc("(a) Adult Care Services") + "<br>"
        + esc("Tim Anfilogoff presented a report on recent progress on the Carers Strategy and the areas that still "
              "needed work. " + _HCC05_NOTED) + "<br>"
        + esc("(i) the council and its partners had won a share of a national bid to support working carers;") + "<br>"
        + esc("(ii) the council had been shortlisted for Beacon status for supporting carers;") + "<br>"
        + esc("(iii) carers' assessments were expected to rise by at least 40% this year.")
        + "</td><td></td></tr></table>"])),
    attendees=[A("Ken Coleman", PRESENT, "Chair")] + [A(n, PRESENT) for n in
                                                       ("Peter Channell", "David Lloyd", "Moyra O’Neill", "Lorna Kercher")]
    + [A("Sue Reeve", PRESENT, None, "Carers in Hertfordshire")]
    + [A(n, PRESENT) for n in _HCC05_CARERS[1:]]
    + [A("Sarah Pickup", IN_ATT, "Director of ACS"), A("Tim Anfilogoff", IN_ATT, "ACS Policy Manager (Users and Carers)"),
       A("Angela Cannon", IN_ATT, "Carers Development Manager", "ACS"),
       A("Sue Jaye", IN_ATT, "Client Development Manager", "CSF"),
       A("Becky Dunning", IN_ATT, "Project Officer (Children with Disabilities and Young Carers", "CSF"),
       A("Janice Mottram", IN_ATT, "Topic Group Administrator", "ACS"),
       A("David Moses", IN_ATT, "Head of Scrutiny", optional=True)]
    + [A(n.removeprefix("CC ").rstrip(",."), APOLOGIES) for n in _HCC05_APOLOGIES],
    decisions=[D(_HCC05_MINUTES, "approved", None, "Minutes of the meeting held on 23 September 2004"),
               D(_HCC05_NOTED, "noted", "1", "Update on Carers Strategy")],
)
