"""The blind cases: what each document says and how it is labelled.

Every case is modelled on one stored public page (``url``). Attendance sections and decision wording are
reproduced as published (names, roles, organisations, statuses and formulaic wording are public facts);
every narrative paragraph is written anew. Labels come from the published page only — never from running a
parser. Labelling rules are in README.md.
"""
from __future__ import annotations

from labels import ABSENT, APOLOGIES, EXPECTED, IN_ATT, PRESENT, SUB, A, D
from render import bullets, moderngov_meeting, page, rows_table, esc

CASES: list[dict] = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------------------
# Wirral: partnership board (committee 630), 2024 — name | role, organisation rows; "Also present:";
# apologies bullets "X, role, org was substituted by Y, role;"
wirral_rows = [
    ["Councillor Jean Robinson", "Chair"],
    ["Simon Banks", "Director of Place (Wirral) NHS Cheshire and Merseyside"],
    ["Sayyed Osman", "Director of Adults, Health and Strategic Commissioning, Wirral Council"],
    ["Dave Bradburn", "Director of Public Health, Wirral Council"],
    ["Councillor Stephen Bennett", "Wirral Council"],
    ["Councillor Jeff Green", "Wirral Council"],
    ["Councillor Julie McManus", "Wirral Council"],
    ["Councillor Kieran Murphy", "Wirral Council"],
    ["Elizabeth Hartley", "Director of Children’s Services, Wirral Council"],
    ["Rebecca Barker", "Department for Work and Pensions"],
    ["Christine Carter", "Vice Principal Curriculum, Wirral Met College"],
    ["Sharon Clunn", "Deputy Director of Contracts & Commissioning, Wirral Community Health and Care NHS Foundation Trust"],
    ["Michael Gibbs", "Deputy Chief Strategy Officer, Wirral University Teaching Hospital"],
    ["Chris Lynch", "CWP"],
    ["Matthew Moscrop", "Merseyside Police"],
    ["Kirsteen Sheppard", "Healthwatch Wirral"],
    ["Mark Thomas", "Merseyside Fire and Rescue Service"],
]
also_rows = [["Alan Higgins", "Champs Support Team"], ["Mark Camborne", "Wirral Council"], ["Nikki Jones", "Wirral Council"],
             ["Tracy Flute", "Wirral Council"], ["Vicki Shaw", "Wirral Council"]]
case(
    id="wirral-partnership-board-2024",
    url="https://democracy.wirral.gov.uk/ieListDocuments.aspx?CId=630&MId=11467&Ver=4",
    body="Wirral Council partnership board (ModernGov committee 630; chaired by Cllr Jean Robinson)",
    body_kind="partnership", year=2024,
    patterns=["name_role_org_rows", "also_present_heading", "apologies_bullets_substituted_by",
              "substitutes_listed_as_present"],
    notes="Year inferred from the meeting id sequence (a later meeting than MID 9572, which approved minutes of "
          "29 September 2022). The stored copy ends inside the seventh apology bullet; that bullet is completed "
          "with Michael Gibbs' role as given in the list above it. The committee name is not on the stored copy.",
    format="html",
    document=moderngov_meeting(
        "Partnership Board", "2024", "Wallasey Town Hall", "Democratic Services",
        [
            {"title": "Welcome and introduction", "minutes": [
                "The Chair opened the meeting, welcomed those attending and read out the notice about webcasting.",
                rows_table(wirral_rows), "Also present:", rows_table(also_rows)]},
            {"title": "Apologies for Absence", "minutes": [bullets([
                "Matthew Swanborough, Chief Strategy Officer, Wirral University Teaching Hospital (WUTH) was substituted by Michael Gibbs, Deputy Chief Strategy Officer;",
                "Mark Greatrex, Chief Executive, Wirral Community Health and Care NHS Foundation Trust was substituted by Sharon Clunn, Deputy Director of Contracts & Commissioning;",
                "Julie Gray, Wirral Met College was substituted by Christine Carter, Vice Principal Curriculum;",
                "Isla Wilson, Chair CWP was substituted by Chris Lynch, NED;",
                "Paul Satoor was substituted by Sayyed Osman, Director Adults Health and Strategic Commissioning, Wirral Council;",
                "Marcus Shaw, Director of Regeneration and Place, Wirral Council;",
                "Janelle Holmes, CEO, WUTH was substituted by Michael Gibbs, Deputy Chief Strategy Officer.",
            ])]},
        ]),
    attendees=[
        A("Jean Robinson", PRESENT, "Chair"),
        A("Simon Banks", PRESENT, "Director of Place (Wirral)", "NHS Cheshire and Merseyside"),
        A("Sayyed Osman", SUB, "Director of Adults, Health and Strategic Commissioning", "Wirral Council", "Paul Satoor"),
        A("Dave Bradburn", PRESENT, "Director of Public Health", "Wirral Council"),
        A("Stephen Bennett", PRESENT, None, "Wirral Council"),
        A("Jeff Green", PRESENT, None, "Wirral Council"),
        A("Julie McManus", PRESENT, None, "Wirral Council"),
        A("Kieran Murphy", PRESENT, None, "Wirral Council"),
        A("Elizabeth Hartley", PRESENT, "Director of Children’s Services", "Wirral Council"),
        A("Rebecca Barker", PRESENT, None, "Department for Work and Pensions"),
        A("Christine Carter", SUB, "Vice Principal Curriculum", "Wirral Met College", "Julie Gray"),
        A("Sharon Clunn", SUB, "Deputy Director of Contracts & Commissioning",
          "Wirral Community Health and Care NHS Foundation Trust", "Mark Greatrex"),
        A("Michael Gibbs", SUB, "Deputy Chief Strategy Officer", "Wirral University Teaching Hospital", "Matthew Swanborough"),
        A("Chris Lynch", SUB, "NED", "CWP", "Isla Wilson"),
        A("Matthew Moscrop", PRESENT, None, "Merseyside Police"),
        A("Kirsteen Sheppard", PRESENT, None, "Healthwatch Wirral"),
        A("Mark Thomas", PRESENT, None, "Merseyside Fire and Rescue Service"),
        A("Alan Higgins", IN_ATT, None, "Champs Support Team"),
        A("Mark Camborne", IN_ATT, None, "Wirral Council"),
        A("Nikki Jones", IN_ATT, None, "Wirral Council"),
        A("Tracy Flute", IN_ATT, None, "Wirral Council"),
        A("Vicki Shaw", IN_ATT, None, "Wirral Council"),
        A("Matthew Swanborough", APOLOGIES, "Chief Strategy Officer", "Wirral University Teaching Hospital (WUTH)"),
        A("Mark Greatrex", APOLOGIES, "Chief Executive", "Wirral Community Health and Care NHS Foundation Trust"),
        A("Julie Gray", APOLOGIES, None, "Wirral Met College"),
        A("Isla Wilson", APOLOGIES, "Chair", "CWP"),
        A("Paul Satoor", APOLOGIES),
        A("Marcus Shaw", APOLOGIES, "Director of Regeneration and Place", "Wirral Council"),
        A("Janelle Holmes", APOLOGIES, "CEO", "WUTH"),
    ],
    decisions=[],
)

case(
    id="wirral-partnership-board-2022",
    url="https://democracy.wirral.gov.uk/ieListDocuments.aspx?CId=630&MID=9572",
    body="Wirral Council partnership board (ModernGov committee 630; chaired by Cllr Jean Robinson)",
    body_kind="partnership", year=2022,
    patterns=["apologies_received_from_lines", "two_names_share_org", "resolved_colon_that", "resolved_dash_noted"],
    notes="Meeting after 29 September 2022 (whose minutes it approved).",
    format="html",
    document=moderngov_meeting(
        "Partnership Board", "2022", "Wallasey Town Hall", "Democratic Services",
        [
            {"title": "Apologies for Absence", "minutes": [
                "Apologies were received from:", "Councillor Tom Anderson", "Councillor Yvonne Nolan",
                "Tony Bennett and Karen Howell, Wirral Community Health Care Foundation Trust",
                "Sue Higginson, Wirral Met College",
                "Sir David Henshaw and Janelle Holmes, Wirral University Teaching Hospital"]},
            {"title": "Declarations of Interests", "minutes": ["There were no declarations of interests."]},
            {"title": "Minutes", "minutes": [
                "Resolved: That the minutes of the meeting held on 29 September 2022 be approved as a correct record."]},
            {"title": "Public and Member Questions", "minutes": ["No questions, statements or petitions were received."]},
            {"title": "Wirral Worklessness Support Service", "minutes": [
                "The Interim Director for Regeneration and Place presented a report on the borough's worklessness "
                "support service, part of its wider programme to help residents into work. The provider's officers "
                "described how the service had widened its reach since the pandemic, the numbers helped into jobs "
                "over the past year and the trends they were seeing among people looking for work.",
                "Resolved – That the report and supporting information contained in Appendices 1 and 2 of this report be noted."]},
            {"title": "Wirral Place Update", "minutes": [
                "The Place Director gave an update on how Wirral was developing as a place within the integrated "
                "care system."]},
        ]),
    attendees=[
        A("Tom Anderson", APOLOGIES), A("Yvonne Nolan", APOLOGIES),
        A("Tony Bennett", APOLOGIES, None, "Wirral Community Health Care Foundation Trust"),
        A("Karen Howell", APOLOGIES, None, "Wirral Community Health Care Foundation Trust"),
        A("Sue Higginson", APOLOGIES, None, "Wirral Met College"),
        A("David Henshaw", APOLOGIES, None, "Wirral University Teaching Hospital"),
        A("Janelle Holmes", APOLOGIES, None, "Wirral University Teaching Hospital"),
    ],
    decisions=[
        D("That the minutes of the meeting held on 29 September 2022 be approved as a correct record.", "approved",
          None, "Minutes"),
        D("That the report and supporting information contained in Appendices 1 and 2 of this report be noted.",
          "noted", None, "Wirral Worklessness Support Service"),
    ],
)

# Wirral area forum 2007 — old ModernGov CeListDocuments: names grouped under seat / organisation headings
af_rows = [
    ["Chair", "Cllr Dave Hawkins"],
    ["Ward Councillors", "Karen Hayes, Adrian Jones, Denis Knowles, John Salter"],
    ["Community Representatives", "Margaret Allen (Seacombe Community Representative), Diane Ledder , Jo McCourt "
     "(Wallasey YMCA), Fr. Leon Ostaszewski, Carole Thomas (Liscard Community Representative)"],
    ["Older People's Parliament Representative", "Geoffrey Dormand, Joe Lee, Audrey Moore"],
    ["Lead Officer", "Mark Camborne (Health & Safety & Resilience Operations Manager)"],
    ["Area Service Co-ordinator", "Michelle Gray"],
    ["Street Scene Manager", "Chris Jones"],
    ["Wirral Primary Care Trust", "Iain Stewart"],
    ["Wirral University Teaching Hospital NHS Foundation Trust", "Jo Goodfellow (Div. General Manager for Women and Children)"],
    ["Merseyside Police", "Inspector Julie Fletcher, Sergeant Ian McEwan"],
    ["Merseyside Fire & Rescue Service", "Tony Mooney"],
    ["Council Officers", "Tara Dumas (Recycling Officer), Christina Jones (Education & Cultural Services), Howard "
     "Mortimer (Special Initiatives Team), Carol Sharratt (Community Planning Assistant)"],
    ["British Sign Language Interpreters", "Ken Butterfield, Ian Duncan"],
]
case(
    id="wirral-area-forum-2007",
    url="https://democracy.wirral.gov.uk/CeListDocuments.aspx?A=0&DF=11%2F10%2F2007&MID=2546&R=0&RD=Minutes",
    body="Wirral Area Forum (Liscard and Seacombe)", body_kind="partnership", year=2007,
    patterns=["grouped_under_org_and_seat_headings", "present_heading_then_grid", "apologies_in_grid",
              "police_ranks", "minute_decision_block"],
    format="html",
    document=page("Meeting documents - Area Forum (Liscard and Seacombe) - 11 October 2007", "".join([
        "<h1>Meeting documents</h1><h2>Area Forum (Liscard and Seacombe)</h2><p>Thursday, 11th October 2007</p>",
        "<h3>Present</h3>", rows_table(af_rows),
        "<h3>Apologies</h3>", "<p>John Drew (Seacombe LCP), Cllr Leah Fraser, Bernadette Howson (Wirral University "
        "Hospital NHS Foundation Trust)</p>",
        "<h3>Index to Minutes</h3>",
        "<h4>Minute 1 - Welcome, introductions and apologies</h4><p><strong>Minute Text :</strong></p>",
        "<p>The Chair, Councillor Dave Hawkins, opened the forum at Wallasey Town Hall, greeting its members and the "
        "thirty or so residents who had come. He introduced the two British Sign Language interpreters, asked "
        "whether anyone needed them and thanked them for coming.</p>",
        "<p><strong>Minute Decision :</strong></p>",
        "<p>Resolved that Ian Duncan and Ken Butterfield be thanked for attending this forum meeting.</p>",
        "<h4>Minute 2 - Minutes and matters arising from previous June forum meeting</h4>"
        "<p><strong>Minute Text :</strong></p><p>Minute 5: an update was given on a matter raised in June.</p>",
    ])),
    attendees=[
        A("Dave Hawkins", PRESENT, "Chair"),
        A("Karen Hayes", PRESENT, "Ward Councillor"), A("Adrian Jones", PRESENT, "Ward Councillor"),
        A("Denis Knowles", PRESENT, "Ward Councillor"), A("John Salter", PRESENT, "Ward Councillor"),
        A("Margaret Allen", PRESENT, "Seacombe Community Representative"),
        A("Diane Ledder", PRESENT, "Community Representative"),
        A("Jo McCourt", PRESENT, "Community Representative", "Wallasey YMCA"),
        A("Leon Ostaszewski", PRESENT, "Community Representative"),
        A("Carole Thomas", PRESENT, "Liscard Community Representative"),
        A("Geoffrey Dormand", PRESENT, "Representative", "Older People's Parliament"),
        A("Joe Lee", PRESENT, "Representative", "Older People's Parliament"),
        A("Audrey Moore", PRESENT, "Representative", "Older People's Parliament"),
        A("Mark Camborne", PRESENT, "Health & Safety & Resilience Operations Manager"),
        A("Michelle Gray", PRESENT, "Area Service Co-ordinator"),
        A("Chris Jones", PRESENT, "Street Scene Manager"),
        A("Iain Stewart", PRESENT, None, "Wirral Primary Care Trust"),
        A("Jo Goodfellow", PRESENT, "Div. General Manager for Women and Children",
          "Wirral University Teaching Hospital NHS Foundation Trust"),
        A("Julie Fletcher", PRESENT, "Inspector", "Merseyside Police"),
        A("Ian McEwan", PRESENT, "Sergeant", "Merseyside Police"),
        A("Tony Mooney", PRESENT, None, "Merseyside Fire & Rescue Service"),
        A("Tara Dumas", PRESENT, "Recycling Officer"),
        A("Christina Jones", PRESENT, "Education & Cultural Services"),
        A("Howard Mortimer", PRESENT, "Special Initiatives Team"),
        A("Carol Sharratt", PRESENT, "Community Planning Assistant"),
        A("Ken Butterfield", PRESENT, "British Sign Language Interpreter"),
        A("Ian Duncan", PRESENT, "British Sign Language Interpreter"),
        A("John Drew", APOLOGIES, None, "Seacombe LCP"),
        A("Leah Fraser", APOLOGIES),
        A("Bernadette Howson", APOLOGIES, None, "Wirral University Hospital NHS Foundation Trust"),
    ],
    decisions=[D("Resolved that Ian Duncan and Ken Butterfield be thanked for attending this forum meeting.", "other",
                 "1", "Welcome, introductions and apologies")],
)

# Wirral Health and Wellbeing OSC 2011 — a citizen journalist's WordPress post: lists under seat headings
case(
    id="wirral-health-scrutiny-2011",
    url="https://johnbrace.com/health-and-wellbeing-overview-and-scrutiny-committee-8th-november-2011-part-1/",
    body="Wirral Health and Wellbeing Overview and Scrutiny Committee", body_kind="scrutiny", year=2011,
    patterns=["wordpress_post", "grouped_under_seat_headings_no_present_label", "name_org_brackets",
              "minutes_were_agreed"],
    format="html",
    document=page("Health and Wellbeing Overview and Scrutiny Committee 8th November 2011 Part 1", "".join([
        "<article><h1>Health and Wellbeing Overview and Scrutiny Committee 8th November 2011 Part 1</h1>",
        "<p>The agenda and reports for this meeting are on the council's website.</p>",
        "<p><strong>Non-voting reps/co-optees (who are part of the committee)</strong><br>Sue Lowe<br>"
        "Diane Hill (LINKS)<br>Sandra Wall (Older Peoples Parliament)</p>",
        "<p><strong>Councillors (part of the committee)</strong><br>Cllr Mike Hornby<br>Cllr Geoffrey Watt<br>"
        "Cllr Sheila Clarke<br>Cllr Cherry Povall<br>Cllr Patricia Glasman (Chair)<br>Cllr Denise Roberts<br>"
        "Cllr Paul Doughty<br>Cllr Joe Walsh<br>Cllr Pat Williams<br>Cllr Bob Wilkins</p>",
        "<p><strong>Officers (there to advise the councillors and co-optees)</strong><br>Howard Cooper (Interim "
        "Director of Adult Social Services, Wirral Council)<br>Kathy Doran, (Chief Executive NHS Cheshire, "
        "Warrington and Wirral (West Cheshire))<br>Gary Doherty (Acting Chief Executive, Wirral University "
        "Teaching Hospital NHS Foundation Trust)<br>Peter Herring (Chief Executive, Countess of Chester NHS "
        "Foundation Trust)</p>",
        "<p>The Chair began by telling the committee that its interim adult social services director would "
        "retire in December, and thanked him for taking the post on the previous autumn; he replied that he had "
        "enjoyed the year of change.</p>",
        "<p>After introductions, three councillors declared interests: one in item 8 and two in item 5.</p>",
        "<p>The minutes were agreed. Because the agenda was long, the two follow-up points from the last "
        "meeting were left for the end of the meeting or for email.</p>",
        "<p>The committee then turned to the hospital site strategy review, taking general questions first and "
        "the vascular proposals afterwards.</p></article>",
    ])),
    attendees=[
        A("Sue Lowe", PRESENT, "Co-optee"), A("Diane Hill", PRESENT, "Co-optee", "LINKS"),
        A("Sandra Wall", PRESENT, "Co-optee", "Older Peoples Parliament"),
        A("Mike Hornby", PRESENT), A("Geoffrey Watt", PRESENT), A("Sheila Clarke", PRESENT),
        A("Cherry Povall", PRESENT), A("Patricia Glasman", PRESENT, "Chair"), A("Denise Roberts", PRESENT),
        A("Paul Doughty", PRESENT), A("Joe Walsh", PRESENT), A("Pat Williams", PRESENT), A("Bob Wilkins", PRESENT),
        A("Howard Cooper", IN_ATT, "Interim Director of Adult Social Services", "Wirral Council"),
        A("Kathy Doran", IN_ATT, "Chief Executive", "NHS Cheshire, Warrington and Wirral (West Cheshire)"),
        A("Gary Doherty", IN_ATT, "Acting Chief Executive", "Wirral University Teaching Hospital NHS Foundation Trust"),
        A("Peter Herring", IN_ATT, "Chief Executive", "Countess of Chester NHS Foundation Trust"),
    ],
    decisions=[D("The minutes were agreed.", "approved")],
)

# Wolverhampton Health Scrutiny Panel 2021 — apologies sentence plus "Other apologies ... :-" role-first lines
case(
    id="wolverhampton-health-scrutiny-2021",
    url="https://wolverhampton.moderngov.co.uk/ieListDocuments.aspx?CId=146&MId=15345&Ver=4",
    body="City of Wolverhampton Council Health Scrutiny Panel", body_kind="scrutiny", year=2021,
    patterns=["apology_sentence_with_group_label", "role_first_apology_lines", "minutes_confirmed_passive"],
    format="html",
    document=moderngov_meeting(
        "Health Scrutiny Panel", "Thursday, 14th January, 2021 1.30 pm", "Via Microsoft Teams", "Martin Stevens",
        [
            {"title": "Apologies", "agenda": ["[To receive any apologies for absence]."], "minutes": [
                "Apologies for absence were received from Panel Members, Cllr Obaida Ahmed, Cllr Bhupinder Gakhal and Rose Urkovskis.",
                "Other apologies received were as follows :-",
                "City of Wolverhampton Council’s, Director for Children’s and Adult Services, Emma Bennett.",
                "Deputy Chief Nurse at the Royal Wolverhampton NHS Trust, Vanessa Whatley.",
                "The Head of Engagement and Communication at the CCG, Jayne Salter-Scott."]},
            {"title": "Declarations of Interest", "agenda": ["[To receive any declarations of interest]."],
             "minutes": ["There were no declarations of interest."]},
            {"title": "Minutes of previous meeting", "agenda": [
                "[To approve the minutes of the meeting held on Thursday, 19 November 2020 as a correct record]."],
             "minutes": ["The minutes of the meeting held on 19 November 2020 were confirmed as a correct record."]},
            {"title": "Matters Arising", "agenda": ["[To consider any matters arising from the minutes]."],
             "minutes": ["There were no matters arising from the minutes."]},
            {"title": "CCGs Merger Update", "agenda": ["[To receive a verbal update on the merger of the CCGs]."],
             "minutes": [
                 "The Panel heard a spoken update on the planned merger of the four clinical commissioning groups "
                 "in the Black Country and West Birmingham. Member practices had voted strongly in favour in the "
                 "autumn, which was described as a clear endorsement of the change."]},
        ]),
    attendees=[
        A("Obaida Ahmed", APOLOGIES, "Panel Member"), A("Bhupinder Gakhal", APOLOGIES, "Panel Member"),
        A("Rose Urkovskis", APOLOGIES, "Panel Member"),
        A("Emma Bennett", APOLOGIES, "Director for Children’s and Adult Services", "City of Wolverhampton Council"),
        A("Vanessa Whatley", APOLOGIES, "Deputy Chief Nurse", "Royal Wolverhampton NHS Trust"),
        A("Jayne Salter-Scott", APOLOGIES, "Head of Engagement and Communication"),
    ],
    decisions=[D("The minutes of the meeting held on 19 November 2020 were confirmed as a correct record.",
                 "approved", None, "Minutes of previous meeting")],
)

case(
    id="wolverhampton-hwb-2018",
    url="https://wolverhampton.moderngov.co.uk/ieListDocuments.aspx?CId=178&MId=7526&Ver=4",
    body="Wolverhampton Health and Wellbeing Together (health and wellbeing board)", body_kind="hwb", year=2018,
    patterns=["apology_sentence", "substitute_members_item", "attended_on_behalf_of", "bare_that_resolution"],
    notes="The stored copy shows the minutes resolution as a bare 'That …' sentence under the item.",
    format="html",
    document=moderngov_meeting(
        "Health and Wellbeing Together", "Wednesday, 10th January, 2018 1.30 pm",
        "Training Room - Ground Floor - Civic Centre, St Peter's Square, Wolverhampton WV1 1SH", "Helen Tambini",
        [
            {"title": "Apologies for absence", "minutes": [
                "Apologies for absence were received from Councillor Roger Lawrence, Councillor Sandra Samuels OBE, "
                "Brendan Clifford, Chief Superintendent Jayne Meir, David Watts, Dr Alexandra Hopkins and Tim Johnson."]},
            {"title": "Notification of substitute members", "minutes": [
                "Bhawna Solanki attended on behalf of Dr Alexandra Hopkins."]},
            {"title": "Declarations of interest", "minutes": ["There were no declarations of interest made."]},
            {"title": "Minutes of the previous meeting - 18 October 2017",
             "agenda": ["[To approve the minutes of the previous meeting as a correct record]"],
             "minutes": ["That the minutes of the meeting held on 18 October 2017 be confirmed as a correct record "
                         "and signed by the Chair."]},
            {"title": "Matters arising", "minutes": [
                "There were no matters arising from the minutes of the previous meeting."]},
            {"title": "Health and Wellbeing Board Forward Plan 2017-2018", "minutes": [
                "The Democratic Services Officer took the Board through the forward plan. Members heard that the "
                "next public health annual report would set out a longer-term vision, that the safeguarding "
                "boards' annual reports would come in the autumn, and that there was no fixed national model for "
                "place-based commissioning to follow."]},
        ]),
    attendees=[
        A("Roger Lawrence", APOLOGIES), A("Sandra Samuels", APOLOGIES), A("Brendan Clifford", APOLOGIES),
        A("Jayne Meir", APOLOGIES, "Chief Superintendent"), A("David Watts", APOLOGIES),
        A("Alexandra Hopkins", APOLOGIES), A("Tim Johnson", APOLOGIES),
        A("Bhawna Solanki", SUB, None, None, "Alexandra Hopkins"),
    ],
    decisions=[D("That the minutes of the meeting held on 18 October 2017 be confirmed as a correct record and "
                 "signed by the Chair.", "approved", None, "Minutes of the previous meeting - 18 October 2017")],
)

# Rotherham HWB 2021 — "Resolved:- (1) … (2) … (3)" with "Action:-" lines naming officers
case(
    id="rotherham-hwb-2021",
    url="https://moderngov.rotherham.gov.uk/ieListDocuments.aspx?CId=916&MId=15187&Ver=4",
    body="Rotherham Health and Wellbeing Board", body_kind="hwb", year=2021,
    patterns=["resolved_colon_dash_numbered", "action_lines_with_names", "no_attendance_section"],
    format="html",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "Wednesday 10 March 2021 9.00 a.m.", "Virtual Meeting via Microsoft Teams",
        "Dawn Mitchell",
        [
            {"title": "Declarations of Interest", "minutes": ["There were no Declarations of Interest to report."]},
            {"title": "Questions from members of the public and the press", "minutes": [
                "There were no questions from members of the public or press."]},
            {"title": "Communications", "minutes": [
                "(1)  The Chair drew attention to the Government's White Paper of 11th February setting out plans "
                "for a Health and Care Bill, including proposals on integrated care systems that could change how "
                "partners worked; fuller detail was expected in the spring. The South Yorkshire board chairs would "
                "write jointly to the regional integrated care system.",
                "(2)  Meeting dates for the 2021/22 municipal year had been fixed and invitations would follow."]},
            {"title": "Minutes of the previous meeting", "minutes": [
                "The minutes of the previous meeting of the Health and Wellbeing Board were considered.",
                "Arising from Minute No. 135, the Board heard that the findings of the survey of children's and "
                "young people's mental wellbeing had been reported to the Health Select Commission.",
                "Resolved:-  (1)  That the minutes of the previous meeting held on 13th January, 2021, be approved as a correct record.",
                "(2)  That the Governance Advisor ascertain if Minute No. 133(2) (5 Ways to Wellbeing video) had been actioned.",
                "Action:-  Dawn Mitchell",
                "(3)  That the report submitted to the Health Select Commission be circulated to Board members.",
                "Action:-  Suzanne Joyner/Becky Woolley"]},
            {"title": "Special Education Needs and Disabilities Strategy", "minutes": [
                "The Board received a presentation on the draft strategy for children and young people with special "
                "educational needs and disabilities, and on how partners had helped to shape it."]},
        ]),
    attendees=[],
    decisions=[D("(1) That the minutes of the previous meeting held on 13th January, 2021, be approved as a correct "
                 "record. (2) That the Governance Advisor ascertain if Minute No. 133(2) (5 Ways to Wellbeing video) "
                 "had been actioned. (3) That the report submitted to the Health Select Commission be circulated to "
                 "Board members.", "approved", None, "Minutes of the previous meeting")],
)

# Doncaster HWB 2025 — ModernGov attendance list as re-published by an aggregator: name / seat / status lines
don = [
    ("Dr Nabeel Alsindi", "GP and Place Medical Director, NHS South Yorkshire ICB", "Present, as expected",
     A("Nabeel Alsindi", PRESENT, "GP and Place Medical Director", "NHS South Yorkshire ICB")),
    ("Fran Joel", "Healthwatch Doncaster", "Present, as expected", A("Fran Joel", PRESENT, None, "Healthwatch Doncaster")),
    ("Richard Parker", "Chief Executive of Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust", "Apologies",
     A("Richard Parker", APOLOGIES, "Chief Executive", "Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust")),
    ("Pamela John-Lewis", None, "Expected", A("Pamela John-Lewis", EXPECTED)),
    ("Riana Nelson", "Executive Director of Children, Young People & Families (DCS), Doncaster Council", "Apologies",
     A("Riana Nelson", APOLOGIES, "Executive Director of Children, Young People & Families (DCS)", "Doncaster Council")),
    ("Lucy Robertshaw", "Health and Social Care Forum", "Present, as expected",
     A("Lucy Robertshaw", PRESENT, None, "Health and Social Care Forum")),
    ("Dan Swaine", "Executive Director of Place", "Present, as expected", A("Dan Swaine", PRESENT, "Executive Director of Place")),
    ("Toby Lewis", "RDaSH", "Absent", A("Toby Lewis", ABSENT, None, "RDaSH")),
    ("Laura Sherburn", "Primary Care, Doncaster", "Present, as expected", A("Laura Sherburn", PRESENT, None, "Primary Care, Doncaster")),
    ("James Woods", "Citizens Advice Doncaster", "Present, as expected", A("James Woods", PRESENT, None, "Citizens Advice Doncaster")),
    ("Nick Abbott", "South Yorkshire Fire and Rescue", "Absent", A("Nick Abbott", ABSENT, None, "South Yorkshire Fire and Rescue")),
    ("Peter Thorp", "South Yorkshire Police", "Absent", A("Peter Thorp", ABSENT, None, "South Yorkshire Police")),
    ("Toni Illman", "Doncaster Culture and Leisure Trust", "Present, as expected",
     A("Toni Illman", PRESENT, None, "Doncaster Culture and Leisure Trust")),
    ("Rachael Leslie", "Director of Public Health, City of Doncaster Council", "Present, as expected",
     A("Rachael Leslie", PRESENT, "Director of Public Health", "City of Doncaster Council")),
    ("Chris Margrave", "Chief Executive, St Leger Homes of Doncaster", "Present, as expected",
     A("Chris Margrave", PRESENT, "Chief Executive", "St Leger Homes of Doncaster")),
    ("Councillor Nigel Ball", None, "Present, as expected", A("Nigel Ball", PRESENT)),
    ("Anthony Fitzgerald", "NHS South Yorkshire ICB", "Present, as expected",
     A("Anthony Fitzgerald", PRESENT, None, "NHS South Yorkshire ICB")),
    ("Councillor Lani-Mae Ball", None, "Absent", A("Lani-Mae Ball", ABSENT)),
    ("Councillor Sarah Smith", None, "Present, as expected", A("Sarah Smith", PRESENT)),
    ("Phil Holmes", "Executive Director of Adults, Wellbeing & Culture (DASS), Doncaster Council", "Present, as expected",
     A("Phil Holmes", PRESENT, "Executive Director of Adults, Wellbeing & Culture (DASS)", "Doncaster Council")),
]
case(
    id="doncaster-hwb-2025",
    url="https://polly-tix.uk/council/doncaster/meeting/16-jan-2025-doncaster-health-and-wellbeing-board/4667",
    body="Doncaster Health and Wellbeing Board", body_kind="hwb", year=2025,
    patterns=["attendance_register_lines", "present_as_expected", "expected_status", "absent_status",
              "public_speaker_named_in_narrative"],
    format="html",
    document=page("Health and Wellbeing Board - Doncaster - 16 Jan 2025", "".join([
        "<h1>Meeting</h1><h2>Health and Wellbeing Board - Doncaster</h2>",
        "<p>Scheduled Time</p><p>Thursday, 16th January 2025 9:00 AM</p><p>Confirmed</p>",
        "<p>Council Chamber, Civic Office, Waterdale, Doncaster DN1 3BU</p>",
        '<div class="attendees">',
        "".join('<div class="attendee"><p class="name">%s</p>%s<p class="status">%s</p></div>' % (
            esc(n), f'<p class="seat">{esc(s)}</p>' if s else "", esc(st)) for n, s, st, _ in don),
        "</div>",
        "<h3>Public statement</h3><p>A member of the public, Mr Brown, addressed the Board about the barriers his "
        "family had met in finding work and support, and asked members to take his experience into account.</p>",
    ])),
    attendees=[a for *_, a in don],
    decisions=[],
)

# Sefton HWB 2024 — a correction adds a person to the PREVIOUS meeting's attendance (not this one)
case(
    id="sefton-hwb-2024",
    url="https://modgov.sefton.gov.uk/ieListDocuments.aspx?CId=712&MId=11158&Ver=4",
    body="Sefton Health and Wellbeing Board", body_kind="hwb", year=2024,
    patterns=["single_apology_sentence_org_brackets", "previous_meeting_attendance_correction",
              "resolved_colon_own_line_subject_to"],
    format="html",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "2024", "Committee Room - Bootle Town Hall, Trinity Road, Bootle, L20 7AE",
        "Amy Dyson Democratic Services Officer",
        [
            {"title": "Apologies for Absence", "minutes": [
                "An apology for absence was received from Deborah Butcher (Sefton Council)."]},
            {"title": "Minutes of Previous Meeting", "agenda": ["Minutes of the meeting held on 6 December 2023"],
             "minutes": ["RESOLVED:", "That subject to the following addition in the list of those present, the "
                         "Minutes of the meeting held on 6 December 2023 be confirmed as a correct record:",
                         bullets(["Angela White, present remotely, via Teams"])]},
            {"title": "Declarations of Interest", "agenda": [
                "Members must declare any interest in an item on the agenda that is not already on the register."],
             "minutes": ["No declarations of any disclosable pecuniary interests or personal interests were received."]},
            {"title": "Presentation of the Associate Director of Partnerships and Sustainability, NHS Cheshire and Merseyside",
             "minutes": ["The Board heard a presentation on the integrated care board's approach to partnerships and "
                         "sustainability across Cheshire and Merseyside."]},
        ]),
    attendees=[A("Deborah Butcher", APOLOGIES, None, "Sefton Council")],
    decisions=[D("That subject to the following addition in the list of those present, the Minutes of the meeting "
                 "held on 6 December 2023 be confirmed as a correct record: Angela White, present remotely, via Teams",
                 "approved", None, "Minutes of Previous Meeting")],
)

# St Helens People's Board 2021 — "Apologies for Absence were received from:" then a name | seat table
sth = [["Tony Bennet", "Wirral Community Trust"], ["Councillor Charlton", "Cabinet Member for Children and Young People"],
       ["Councillor Groucutt", "Cabinet Member for Education, Skills and Business"], ["Karen Howell", "Wirral Community Trust"],
       ["Guy Keen", "Merseyside Fire and Rescue"], ["Jim Leivers", "Director of Children’s Services"],
       ["Ann Marr", "St Helens and Knowsley Teaching Hospital NHS Trust"], ["Councillor Mussell", "Opposition Member"],
       ["Mark Palethorpe", "Executive Director Integrated Health & Social Care. Accountable Officer CCG"],
       ["Sally Yeoman", "Halton and St Helens Voluntary and Community Action"]]
case(
    id="st-helens-peoples-board-2021",
    url="http://moderngov.sthelens.gov.uk/ieListDocuments.aspx?CId=495&MId=11107",
    body="St Helens People's Board (health and wellbeing board and community safety partnership)",
    body_kind="hwb", year=2021,
    patterns=["apologies_heading_then_name_seat_table", "surname_only_councillors", "asterisk_resolved_that"],
    format="html",
    document=moderngov_meeting(
        "People's Board", "Wednesday, 17th November, 2021 2.30 pm", "Room 10", "Mrs KM Howard",
        [
            {"title": "Apologies for Absence", "minutes": ["Apologies for Absence were received from:", rows_table(sth)]},
            {"title": "Minutes from the Meeting held on 29 September 2021", "minutes": [
                "*           Resolved that the minutes of the meeting held on 29 September 2021, be approved and signed."]},
            {"title": "Declarations of Interest", "minutes": ["No Declarations of Interest were made."]},
            {"title": "Health Inequalities Commission Update", "minutes": [
                "The Cabinet Member for Wellbeing, Culture and Heritage introduced an update on the health "
                "inequalities programme, including plans for an inequalities commission and the borough's work "
                "towards becoming a Marmot community. A workshop with the national Marmot team was planned for "
                "early December."]},
        ]),
    attendees=[
        A("Tony Bennet", APOLOGIES, None, "Wirral Community Trust"),
        A("Charlton", APOLOGIES, "Cabinet Member for Children and Young People"),
        A("Groucutt", APOLOGIES, "Cabinet Member for Education, Skills and Business"),
        A("Karen Howell", APOLOGIES, None, "Wirral Community Trust"),
        A("Guy Keen", APOLOGIES, None, "Merseyside Fire and Rescue"),
        A("Jim Leivers", APOLOGIES, "Director of Children’s Services"),
        A("Ann Marr", APOLOGIES, None, "St Helens and Knowsley Teaching Hospital NHS Trust"),
        A("Mussell", APOLOGIES, "Opposition Member"),
        A("Mark Palethorpe", APOLOGIES, "Executive Director Integrated Health & Social Care. Accountable Officer CCG"),
        A("Sally Yeoman", APOLOGIES, None, "Halton and St Helens Voluntary and Community Action"),
    ],
    decisions=[D("Resolved that the minutes of the meeting held on 29 September 2021, be approved and signed.",
                 "approved", None, "Minutes from the Meeting held on 29 September 2021")],
)

# Lewisham HWB 2018 — numbered paragraphs; minutes agreed "subject to X being added to the attendee list"
case(
    id="lewisham-hwb-2018",
    url="http://councilmeetings.lewisham.gov.uk/ieListDocuments.aspx?CId=315&MeetingId=5255",
    body="Lewisham Health and Wellbeing Board", body_kind="hwb", year=2018,
    patterns=["numbered_paragraphs", "previous_meeting_attendance_correction", "resolved_colon_bullets"],
    notes="The stored copy is cut off inside the 3.3 bullet after 'act as collecti'; the bullet is completed as "
          "'collective system leaders.' from the report's own wording in 3.2.",
    format="html",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "2018", "Committee Room 1 - Civic Suite", "Stewart Weaver-Snellgrove",
        [
            {"num": "1.", "title": "Minutes of last meeting and matters arising/Action Tracker", "minutes": [
                "1.1       The minutes of the last meeting agreed as a true record, subject to Martin Wilkinson being added to the attendee list."]},
            {"num": "2.", "title": "Declarations of Interest", "minutes": ["2.1 There were no declarations of interest"]},
            {"num": "3.", "title": "Introduction to the Health and Wellbeing Board in the 2018/19 Council Administration",
             "minutes": [
                 "3.1       An officer introduced the report. In summary:",
                 bullets(["members had met informally in May with the new Mayor, who chairs the Board, to talk about "
                          "what the Board is for and how it works;",
                          "there was shared interest in renewing the Board so that it acts where its members, "
                          "together, can change things that no single organisation can."]),
                 "3.2       In the discussion that followed, members said:",
                 bullets(["they wanted to work as collective system leaders and to choose the issues on which the "
                          "Board could make a difference, rather than only noting reports;",
                          "they needed to agree together what to focus on and exactly what each would do."]),
                 "3.3       Resolved:",
                 bullets(["That meetings will be used primarily to progress a focus around specific health "
                          "inequalities, focusing on where and how the Board can act as collective system leaders."])]},
        ]),
    attendees=[],
    decisions=[
        D("The minutes of the last meeting agreed as a true record, subject to Martin Wilkinson being added to the "
          "attendee list.", "approved", "1", "Minutes of last meeting and matters arising/Action Tracker"),
        D("That meetings will be used primarily to progress a focus around specific health inequalities, focusing "
          "on where and how the Board can act as collective system leaders.", "agreed", "3",
          "Introduction to the Health and Wellbeing Board in the 2018/19 Council Administration"),
    ],
)

case(
    id="croydon-hwb-2017",
    url="https://democracy.croydon.gov.uk/ieListDocuments.aspx?CId=172&MId=330&Ver=4",
    body="Croydon Health & Wellbeing Board", body_kind="hwb", year=2017,
    patterns=["resolved_that_inline", "no_attendance_section"],
    format="html",
    document=moderngov_meeting(
        "Health & Wellbeing Board", "Wednesday, 18th October, 2017 2.00 pm",
        "Council Chamber, Town Hall, Katharine Street, Croydon CR0 1NX", "Michelle Gerning",
        [
            {"title": "Minutes of the Previous Meeting", "agenda": [
                "To approve the minutes of the meeting held on Wednesday 13 September 2017 as an accurate record."],
             "minutes": ["RESOLVED that the minutes of the meeting held on Wednesday 13 September was agreed as an accurate record."]},
            {"title": "Disclosure of Interests", "agenda": [
                "Members are reminded to register and, where needed, disclose any disclosable pecuniary interests "
                "and gifts or hospitality above the set value."],
             "minutes": ["There was no disclosure at this meeting."]},
            {"title": "Urgent Business (if any)", "minutes": ["There was no urgent business."]},
            {"title": "Director of Public Health Annual Report", "minutes": [
                "The Director of Public Health presented this year's annual report and answered members' questions."]},
        ]),
    attendees=[],
    decisions=[D("RESOLVED that the minutes of the meeting held on Wednesday 13 September was agreed as an accurate record.",
                 "approved", None, "Minutes of the Previous Meeting")],
)

# Gateshead HWB 2022 — guests welcomed; a person missing from the previous minutes; "It was agreed that"
case(
    id="gateshead-hwb-2022",
    url="https://democracy.gateshead.gov.uk/ieListDocuments.aspx?CId=153&MId=2855",
    body="Gateshead Health and Wellbeing Board", body_kind="hwb", year=2022,
    patterns=["apology_sentence", "guests_welcomed_sentence", "previous_meeting_attendance_correction",
              "it_was_agreed_that", "minutes_agreed_passive", "agenda_title_names_presenter"],
    format="html",
    document=moderngov_meeting(
        "Gateshead Health and Wellbeing Board", "Friday, 29th April, 2022 9.00 am", "Council Chamber - Civic Centre",
        "Melvyn Mallam-Churchill",
        [
            {"title": "Apologies for Absence", "minutes": [
                "Apologies for absence were received from Councillor Martin Gannon, Siobhan O’Neil, Steph Downey, Stephen Kirk and Steve Thomas.",
                "The Chair welcomed Clare Wheatly from Northumbria Police and Dan Jackson from the ICS as guests to the meeting."]},
            {"title": "Minutes", "agenda": [
                "The minutes of the meeting held on 4 March 2022 are attached for approval, together with the Action List"],
             "minutes": [
                 "The Board heard that a task and finish group would be formed to draw up the implementation plan for "
                 "the Health and Wellbeing Strategy, and that members would be invited to take part. It was agreed "
                 "that an update on progress made would be reported back at the June Board meeting.",
                 "It was also noted that Joanna Clark of the Gateshead Health Foundation Trust had been at the "
                 "previous meeting but was missing from its record, which would be corrected online.",
                 "Noting the above, the minutes of the previous meeting held on 29 April 2022 were agreed as a correct record."]},
            {"title": "Declarations of Interest", "agenda": ["Members of the Board to declare an interest in any particular agenda item."],
             "minutes": ["(i)               There were no declarations of interest."]},
            {"title": "Update on ICS Development and Implications for Place Systems - Dan Jackson"},
            {"title": "Climate Change Strategy for Gateshead - Anneliese Hutchinson / Lucy Greenfield", "minutes": [
                "The Board was asked to endorse the borough's climate emergency strategy, which officers linked to "
                "the health and wellbeing strategy and to the Council's environmental policy of 2021."]},
        ]),
    attendees=[
        A("Martin Gannon", APOLOGIES), A("Siobhan O’Neil", APOLOGIES), A("Steph Downey", APOLOGIES),
        A("Stephen Kirk", APOLOGIES), A("Steve Thomas", APOLOGIES),
        A("Clare Wheatly", IN_ATT, None, "Northumbria Police"), A("Dan Jackson", IN_ATT, None, "ICS"),
    ],
    decisions=[
        D("It was agreed that an update on progress made would be reported back at the June Board meeting.", "agreed",
          None, "Minutes"),
        D("Noting the above, the minutes of the previous meeting held on 29 April 2022 were agreed as a correct record.",
          "approved", None, "Minutes"),
    ],
)

# North Tyneside HWB 2023 — substitutes as "A for B (Organisation)" lines under their own agenda item
case(
    id="north-tyneside-hwb-2023",
    url="https://democracy.northtyneside.gov.uk/ieListDocuments.aspx?CId=166&MeetingId=766",
    body="North Tyneside Health and Wellbeing Board", body_kind="hwb", year=2023,
    patterns=["substitute_members_item", "a_for_b_org_lines", "declarations_name_members"],
    notes="Members substituted for are not said to have sent apologies on the stored copy: labelled optional. "
          "Councillors who declared interests were present but are not in an attendance list: optional.",
    format="html",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "Thursday, 9th March, 2023 10.00 am",
        "Room 0.02, Quadrant, The Silverlink North, Cobalt Business Park, NE27 0BY", "Michael Robson",
        [
            {"title": "Appointment of Substitute Members", "agenda": [
                "To receive a report on the appointment of Substitute Members."], "minutes": [
                "A member who cannot attend may send a substitute, provided the Contact Officer is told before the meeting starts.",
                "Pursuant to the Council’s constitution the appointment of the following substitute members was reported:-",
                "Julie Dodds for John Sparkes (North Tyneside Council)",
                "Mark Barrett for Lisa Cook (North Tyneside Council)",
                "Charis Pollard for Partick Garner (Newcastle Hospitals)",
                "Kathryn Elliot for Chloe Mann (Cumbria, Northumberland, Tyne and Wear NHS Trust)"]},
            {"title": "Declarations of Interest and Dispensations", "agenda": [
                "Voting members declare registerable and non-registerable interests, and any dispensations; "
                "non-voting members declare conflicts of interest."], "minutes": [
                "Councillor Peter Earley declared a registerable personal interest in relation to the report from "
                "Healthwatch North Tyneside because he was a Trustee of the North Tyneside Carers Centre.",
                "Councillor Karen Clark declared a registerable personal interest in relation to delivery of the "
                "Joint Health & Wellbeing Strategy because she was a Director and Employee at Justice Prince CIC, "
                "which held contracts with North Tyneside Council."]},
        ]),
    attendees=[
        A("Julie Dodds", SUB, None, "North Tyneside Council", "John Sparkes"),
        A("Mark Barrett", SUB, None, "North Tyneside Council", "Lisa Cook"),
        A("Charis Pollard", SUB, None, "Newcastle Hospitals", "Partick Garner"),
        A("Kathryn Elliot", SUB, None, "Cumbria, Northumberland, Tyne and Wear NHS Trust", "Chloe Mann"),
        A("John Sparkes", APOLOGIES, None, "North Tyneside Council", optional=True),
        A("Lisa Cook", APOLOGIES, None, "North Tyneside Council", optional=True),
        A("Partick Garner", APOLOGIES, None, "Newcastle Hospitals", optional=True),
        A("Chloe Mann", APOLOGIES, None, "Cumbria, Northumberland, Tyne and Wear NHS Trust", optional=True),
        A("Peter Earley", PRESENT, optional=True), A("Karen Clark", PRESENT, optional=True),
    ],
    decisions=[],
)

case(
    id="lambeth-hwb-2022",
    url="https://moderngov.lambeth.gov.uk/ieListDocuments.aspx?CId=648&MId=15945&Ver=4",
    body="Lambeth Health and Wellbeing Board", body_kind="hwb", year=2022,
    patterns=["resolved_colon_passive", "report_author_lines_not_attendees", "no_attendance_section"],
    format="html",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "Thursday 23 June 2022 6.00 pm",
        "Committee Room (B6) - Lambeth Town Hall, Brixton, London, SW2 1RW", "David Rose, Democratic Services",
        [
            {"num": "1.", "title": "Declarations of Interest", "agenda": [
                "Board members are bound by the Members' Code of Conduct and must leave the room for any item in "
                "which they have a disclosable pecuniary interest unless a dispensation has been granted."],
             "minutes": ["Councillor Ben Kind said that his wife worked as a clinical psychologist engaged through an "
                         "agency; this was not a pecuniary interest."]},
            {"num": "2.", "title": "Minutes of Previous Meeting", "agenda": [
                "To approve the minutes of the meeting held on the 20 January 2022."],
             "minutes": ["RESOLVED: The minutes of 20 January 2022 were approved as a correct record of the meeting."]},
            {"num": "3.", "title": "Joint Strategic Needs Assessment 'The Health Profile for Lambeth' 2022 refresh - Emerging Findings",
             "agenda": ["Report Authorised by: Andrew Eyres: Strategic Director of Adults and Health",
                        "Contact for enquiries: James Crompton, Head of Health Intelligence"],
             "minutes": ["The Board was taken through the early findings of this year's health profile of the "
                         "borough and discussed where the evidence pointed for joint action."]},
        ]),
    attendees=[A("Ben Kind", PRESENT, optional=True)],
    decisions=[D("RESOLVED: The minutes of 20 January 2022 were approved as a correct record of the meeting.",
                 "approved", "2", "Minutes of Previous Meeting")],
)

case(
    id="durham-scrutiny-2017",
    url="https://democracy.durham.gov.uk/mgAi.aspx?ID=29325",
    body="Durham County Council overview and scrutiny committee (HWB annual report item)", body_kind="scrutiny",
    year=2017,
    patterns=["mgai_agenda_item_page", "numbered_i_ii_that_no_verb"],
    notes="The stored copy shows the resolution as bare '(i) That … (ii) That …' lines after the discussion.",
    format="html",
    document=page("Agenda item - Health and Wellbeing Board Annual Report 2016/17", "".join([
        "<h1>Agenda item</h1><h2>Health and Wellbeing Board Annual Report 2016/17</h2>",
        "<p>The Committee considered a report of the Director of Transformation and Partnerships presenting the "
        "Board's annual report for 2016/17 (for copy of report, see file of minutes).</p>",
        "<p>An officer presented the report and drew attention to the Board's shortlisting for a national award "
        "for effective health and wellbeing boards.</p>",
        "<p>Councillor Temple asked whether the proposed extension of water fluoridation in the county would go "
        "ahead; members were told it was on the Board's work programme but had not reached consultation.</p>",
        "<p>(i)            That the work undertaken in 2016/17 be noted.</p>",
        "<p>(ii)          That the Annual Report 2016/17 be received for information.</p>",
        "<p>Supporting documents:</p>",
    ])),
    attendees=[A("Temple", PRESENT, optional=True)],
    decisions=[D("(i) That the work undertaken in 2016/17 be noted. (ii) That the Annual Report 2016/17 be received "
                 "for information.", "noted", None, "Health and Wellbeing Board Annual Report 2016/17")],
)

# NHS Fife Area Partnership Forum 2006 — PDF, present list as a two-column name grid, titles + initials
fife_grid = [["Mr S Fevre (Chair)", "Mr R McLean"], ["Mrs C Adamson (part time)", "Mrs S Manion"],
             ["Mr B Anderson", "Mr R Nisbet"], ["Mr G Brechin", "Ms L Parsons (until 2.20 p.m.)"],
             ["Mr J Docherty", "Mr R Pettigrew"], ["Dr F Elliot", "Dr C Saunders"], ["Ms M Gardiner", "Ms L Sheriffs"],
             ["Mrs C Inwood", "Ms L Small"], ["Mrs V Irons", "Mr S Watt"], ["Mr G Keatings", "Mrs R Webster"],
             ["Mr J Leiper", "Mr J Wilson"]]
case(
    id="nhs-fife-partnership-forum-2006",
    url="https://vdocument.in/area-partnership-forum-24-march-2006-unconfirmed.html",
    body="NHS Fife Area Partnership Forum", body_kind="nhs_board", year=2006,
    patterns=["pdf", "two_column_name_grid", "initials_and_titles", "qualifiers_part_time_until",
              "in_attendance_name_comma_org", "retired_people_named_in_narrative", "apology_sentence"],
    notes="The stored copy is cut off after the fourth name of the apology sentence; the sentence ends there.",
    format="pdf",
    document=[
        {"kind": "heading", "text": "Fife NHS Board", "align": "C"},
        {"kind": "heading", "text": "MINUTES OF THE NHS FIFE AREA PARTNERSHIP FORUM HELD AT 1.30 P.M. ON FRIDAY, "
                                     "24 MARCH 2006 IN THE COMMON ROOM, QMH", "size": 10},
        {"kind": "text", "text": "Present:", "bold": True},
        {"kind": "grid", "widths": [80, 80], "rows": fife_grid},
        {"kind": "text", "text": "In Attendance:", "bold": True},
        {"kind": "text", "text": "Mr D Archibald, Henderson Loggie\nMr G Wagner\nMrs J Millar"},
        {"kind": "text", "text": "Mr Fevre said the planned talk on a home computing scheme had been called off "
                                 "after the Chancellor's announcement. He welcomed Mr Archibald from the external "
                                 "auditors. He reported that Cathy McLean and Carmel Smith had both retired, and "
                                 "that he would write to each of them to thank them for their work for the Forum."},
        {"kind": "text", "text": "015/06 APOLOGIES FOR ABSENCE", "bold": True},
        {"kind": "text", "text": "Apologies were received from Ms BA Boyter, Dr S Clark, Ms B Cooke and Mr G Cunningham."},
    ],
    attendees=[
        A("S Fevre", PRESENT, "Chair"), A("R McLean", PRESENT), A("C Adamson", PRESENT), A("S Manion", PRESENT),
        A("B Anderson", PRESENT), A("R Nisbet", PRESENT), A("G Brechin", PRESENT), A("L Parsons", PRESENT),
        A("J Docherty", PRESENT), A("R Pettigrew", PRESENT), A("F Elliot", PRESENT), A("C Saunders", PRESENT),
        A("M Gardiner", PRESENT), A("L Sheriffs", PRESENT), A("C Inwood", PRESENT), A("L Small", PRESENT),
        A("V Irons", PRESENT), A("S Watt", PRESENT), A("G Keatings", PRESENT), A("R Webster", PRESENT),
        A("J Leiper", PRESENT), A("J Wilson", PRESENT),
        A("D Archibald", IN_ATT, None, "Henderson Loggie"), A("G Wagner", IN_ATT), A("J Millar", IN_ATT),
        A("BA Boyter", APOLOGIES), A("S Clark", APOLOGIES), A("B Cooke", APOLOGIES), A("G Cunningham", APOLOGIES),
    ],
    decisions=[],
)

# Peak District Partnership board 2014 — PDF, borderless name | organisation table; apologies with abbreviations
pdp_rows = [["Peter Dewhurst (Chair)", "University of Derby"], ["Lesley Stevens", "High Peak Borough Council"],
            ["Mark Forrester", "High Peak Borough Council"], ["Giles Dann", "Dales District Council"],
            ["Julie Hirst", "DCC Public Health"], ["Neil Moulden", "Derbyshire Dales CVS"],
            ["Peter Harrison", "Peak Park Authority"], ["Jonathan Wardle", "North Derbyshire CCG"],
            ["Ann Wright", "Derbyshire County Council"], ["Jo Battye", "Derbyshire County Council"],
            ["Graham McLoughlin", "Derbyshire Police"], ["Sylvia Green", "Rural Action Derbyshire"],
            ["Ian Bates", "Derbys, Notts & Leics Chamber"], ["Alan Dow", "Tameside & Glossop CCG"],
            ["Rachel Rourke", "High Peak Borough Council"]]
case(
    id="peak-district-partnership-2014",
    url="https://docslib.org/doc/3069827/pdp-board-minutes-july-2014-final-docx",
    body="Peak District Partnership Board", body_kind="partnership", year=2014,
    patterns=["pdf", "name_org_borderless_table", "apologies_colon_list_org_abbreviations",
              "substitute_noted_inside_brackets", "no_final_full_stop", "org_subheadings_with_numbered_news"],
    format="pdf",
    document=[
        {"kind": "text", "text": "Minutes of a Board meeting held on Wednesday 9 July 2014 at 2.00 p.m. at the "
                                 "Agricultural Business Centre, Bakewell"},
        {"kind": "text", "text": "Present:", "bold": True},
        {"kind": "grid", "widths": [60, 90], "rows": pdp_rows},
        {"kind": "text", "text": "15/01 WELCOME, APOLOGIES & DECLARATIONS OF INTEREST (Agenda item 1)", "bold": True},
        {"kind": "text", "text": "The Chair opened the meeting of the PDP and members introduced themselves."},
        {"kind": "text", "text": "Apologies for absence were received from: Councillor Bisknell (HPBC), Mark Trillo "
                                 "(HPBC – Mark Forrester is sub), Rachel Gillis (PDNPA), Councillor Dave Wilcox "
                                 "(DCC), Naomi Compton (NDCCG), Dorcas Bunton and Councillor Lewis Rose (DDDC), "
                                 "S Allinson (Tameside & Glossop CCG)"},
        {"kind": "text", "text": "15/02 GOOD NEWS (Agenda item 2)", "bold": True},
        {"kind": "text", "text": "High Peak Borough Council", "bold": True},
        {"kind": "text", "text": "1. A joint pledge on growth had been agreed with the county council.\n2. A local "
                                 "trust had been confirmed as the partner for taking over the town's heritage halls."},
        {"kind": "text", "text": "Derbyshire Dales District Council", "bold": True},
        {"kind": "text", "text": "1. Work with a credit union on local services was progressing.\n2. Ten new "
                                 "businesses had started with the help of the district's business advice service."},
    ],
    attendees=[
        A("Peter Dewhurst", PRESENT, "Chair", "University of Derby"),
        A("Lesley Stevens", PRESENT, None, "High Peak Borough Council"),
        A("Mark Forrester", SUB, None, "High Peak Borough Council", "Mark Trillo"),
        A("Giles Dann", PRESENT, None, "Dales District Council"),
        A("Julie Hirst", PRESENT, None, "DCC Public Health"),
        A("Neil Moulden", PRESENT, None, "Derbyshire Dales CVS"),
        A("Peter Harrison", PRESENT, None, "Peak Park Authority"),
        A("Jonathan Wardle", PRESENT, None, "North Derbyshire CCG"),
        A("Ann Wright", PRESENT, None, "Derbyshire County Council"),
        A("Jo Battye", PRESENT, None, "Derbyshire County Council"),
        A("Graham McLoughlin", PRESENT, None, "Derbyshire Police"),
        A("Sylvia Green", PRESENT, None, "Rural Action Derbyshire"),
        A("Ian Bates", PRESENT, None, "Derbys, Notts & Leics Chamber"),
        A("Alan Dow", PRESENT, None, "Tameside & Glossop CCG"),
        A("Rachel Rourke", PRESENT, None, "High Peak Borough Council"),
        A("Bisknell", APOLOGIES, None, "HPBC"), A("Mark Trillo", APOLOGIES, None, "HPBC"),
        A("Rachel Gillis", APOLOGIES, None, "PDNPA"), A("Dave Wilcox", APOLOGIES, None, "DCC"),
        A("Naomi Compton", APOLOGIES, None, "NDCCG"), A("Dorcas Bunton", APOLOGIES),
        A("Lewis Rose", APOLOGIES, None, "DDDC"), A("S Allinson", APOLOGIES, None, "Tameside & Glossop CCG"),
    ],
    decisions=[],
)

# NW London CCGs' governing bodies in common 2020 — PDF-to-text of a four-column members table (two per line)
nwl_rows = [
    ("Brent CCG Alex Johnstone, Lay Member", "Central London CCG Andrew McCall, Lay Member"),
    ("Jahan Mahmoodi, Elected - Clinical Director", "Diana Middleditch, Lay Member"),
    ("Jonathan Timperley, Secondary Care", "Jane Hawdon, Secondary Care"),
    ("Ketana Halai, Elected - Clinical Director", "Mona Vaidya, Elected - Vice Chair"),
    ("Lindsey Wishart, Lay Member", "Neville Purssell, Elected - Chair"),
    ("Lyndsey Williams, Elected - Clinical Director", "Niamh McLaughlin, Elected - GP Member"),
    ("Madhukar C Patel, Elected - Chair", "Philip Young, Lay Member"),
    ("Nicholas Young, Lay Member", "Simon Gordon, Elected - GP Member"),
    ("Shazia Siddiqi, Elected - Vice Chair", "Sheik Auladin Officer, Managing Director"),
    ("Ealing CCG Alex Fragoyannis, Elected - GP Member", "Hammersmith & Fulham CCG Andy Petros, Secondary Care"),
    ("Angad Saluja, Elected - GP Member", "Bruno Meekings, Lay Member"),
    ("Annet Gamell, Lay Member", "Imogen Spencer, Lay Member"),
    ("Carmel Cahill, Lay Member", "James Cavanagh, Elected - Chair"),
    ("Fionnuala O'Donnell, Practice Manager", "Janet Cree Officer, Managing Director"),
    ("Martin Lees, Secondary Care", "Nick Martin, Lay Member"),
    ("Mohini Parmar, Elected - Chair", "Philip Young, Lay Member"),
    ("Philip Young, Lay Member", "Pritpal Ruprai, Elected - GP Member"),
    ("Sally Armstrong, Local Nurse", "Smitha Addala, Elected - GP Member"),
    ("Shanker Vijayadeva, Elected - GP Member", "Vanessa Andreae, Elected - Vice Chair"),
    ("Tara-Lee Baohm/ Neha Unadkat Officer - Acting Joint Managing Directors (sharing one vote)",
     "Vicki Cooney, Elected - GP Member"),
    ("Vijay Tailor Elected - Vice Chair", ""),
]
_nwl_people: dict[str, str] = {}
for pair in nwl_rows:
    for cell in pair:
        if not cell:
            continue
        text = cell.split(" CCG ", 1)[1] if " CCG " in cell else cell
        if text.startswith("Tara-Lee"):
            for who in ("Tara-Lee Baohm", "Neha Unadkat"):
                _nwl_people[who] = "Officer - Acting Joint Managing Directors (sharing one vote)"
            continue
        for marker in (" Officer, ", ", ", " Elected - "):
            if marker in text:
                name, role = text.split(marker, 1)
                role = {" Officer, ": "Officer, ", " Elected - ": "Elected - "}.get(marker, "") + role
                break
        _nwl_people.setdefault(name, role)
case(
    id="nw-london-ccgs-governing-bodies-2020",
    url="https://vdocuments.net/nw-london-ccgs-governing-bodies-meeting-in-common.html",
    body="NW London CCGs' Governing Bodies meeting-in-common", body_kind="ccg", year=2020,
    patterns=["pdf_to_text", "two_people_per_line", "ccg_headings_inline", "name_comma_role",
              "missing_comma_before_role", "two_names_sharing_one_seat", "repeated_person"],
    notes="Reproduces the text as the document-sharing site's PDF-to-text gives it (the members table read row by "
          "row). Organisations are not labelled: which column (CCG) each member sits in cannot be read reliably "
          "from the flattened text. Philip Young, listed three times (several CCGs), is one person.",
    format="txt",
    document="\n".join([
        "Page 1 of 17", "NW London CCGs’ Governing Bodies meeting-in-common",
        "Of Brent, Central London, Ealing, Hammersmith & Fulham, Harrow, Hillingdon, Hounslow and West London CCGs",
        "DRAFT MINUTES", "Of the virtual meeting held in public on Wednesday 25 November 2020 from 15.00-17.00hrs via MS Teams",
        "Governing Body Members Present:",
    ] + [f"{a} {b}".rstrip() for a, b in nwl_rows]) + "\n",
    attendees=[A(name, PRESENT, role) for name, role in _nwl_people.items()],
    decisions=[],
)

case(
    id="nottingham-city-hwb-2025",
    url="https://committee.nottinghamcity.gov.uk/ieListDocuments.aspx?MId=11158",
    body="Nottingham City Health and Wellbeing Board", body_kind="hwb", year=2025,
    patterns=["apologies_lines_with_reasons", "resolved_to_appoint", "minutes_confirmed_active_voice",
              "agreed_to_chair_not_a_decision"],
    format="html",
    document=moderngov_meeting(
        "Nottingham City Health and Wellbeing Board", "Wednesday, 28th May, 2025 1.30 pm",
        "Ground Floor Committee Room - Loxley House, Station Street, Nottingham, NG2 3NG", "Phil Wye",
        [
            {"num": "1.", "title": "Appointment of Vice Chair", "minutes": [
                "Resolved to appoint Dr Hussein Mawji as Vice-Chair of the Board for the 2025-26 Municipal Year",
                "In the absence of the Chair, Dr Mawji agreed to chair the meeting."]},
            {"num": "2.", "title": "Apologies for Absence", "minutes": [
                "Councillor Helen Kalsi – work commitments", "Councillor Cheryl Barnard - leave",
                "Councillor Neghat Khan – other council business", "Victoria McGregor-Riley", "Tim Guyler",
                "Sajeeda Rose", "Damien West"]},
            {"num": "3.", "title": "Declarations of Interests", "minutes": ["None."]},
            {"num": "4.", "title": "Minutes", "agenda": ["Minutes of the meeting held on 26 February 2025, for confirmation"],
             "minutes": ["The Board confirmed the minutes of the meeting held on 26 February 2025 as a correct record "
                         "and they were signed by the Chair."]},
            {"num": "5.", "title": "Best Start Strategy", "agenda": ["Report of the Director of Public Health"],
             "minutes": ["Public health officers presented the city's Best Start Strategy for 2025-35, built on "
                         "local data and on engagement with parents, carers and professionals since autumn 2024."]},
        ]),
    attendees=[
        A("Hussein Mawji", PRESENT, "Vice-Chair", optional=True),
        A("Helen Kalsi", APOLOGIES), A("Cheryl Barnard", APOLOGIES), A("Neghat Khan", APOLOGIES),
        A("Victoria McGregor-Riley", APOLOGIES), A("Tim Guyler", APOLOGIES), A("Sajeeda Rose", APOLOGIES),
        A("Damien West", APOLOGIES),
    ],
    decisions=[
        D("Resolved to appoint Dr Hussein Mawji as Vice-Chair of the Board for the 2025-26 Municipal Year", "approved",
          "1", "Appointment of Vice Chair"),
        D("The Board confirmed the minutes of the meeting held on 26 February 2025 as a correct record and they were "
          "signed by the Chair.", "approved", "4", "Minutes"),
    ],
)

case(
    id="oadby-wigston-hwb-2017",
    url="https://moderngov.oadby-wigston.gov.uk/ieListDocuments.aspx?CId=220&MId=1504&Ver=4",
    body="Oadby and Wigston Health & Wellbeing Board", body_kind="hwb", year=2017,
    patterns=["apologies_bare_comma_list_no_sentence", "cllr_dr_titles", "presenter_name_org_brackets"],
    format="html",
    document=moderngov_meeting(
        "Health & Wellbeing Board", "Tuesday, 15th August, 2017 1.30 pm",
        "Council Offices, Bushloe House, Station Road, Wigston, Leicestershire, LE18 2DR", "Avril Lennox MBE",
        [
            {"title": "Welcome", "minutes": [
                "The Chair, Cllr Jeffrey Kaufman, welcomed attendees to the meeting, the first of the year to take "
                "a health theme, this time dementia and mental health."]},
            {"title": "Apologies for Absence", "minutes": [
                "Cllr Anne Bond, Cllr Dr T Khong, Cllr Helen Loydall, Cllr J W Boyce, Debbie Preston, Dr Varakantam, "
                "Joy Husband, Julia Leadbetter, Lesley Thornton, Liz Bray, Sharon Rose, Suzanne Lucas"]},
            {"title": "Minutes of the Previous Meeting held on 04 April 2017", "minutes": [
                "Three actions from April were reviewed: a new date was awaited for the locality leadership "
                "meeting; the delivery plan for the joint strategy was on hold until the STP governance was "
                "settled; and the Board's priorities had been finalised."]},
            {"title": "2017 Air Quality Annual Status Report (Tony Cawthorne)", "minutes": [
                "Tony Cawthorne (OWBC Environmental Health Officer) provided an overview of the 2017 Air Quality report.",
                "He explained the Council's statutory duties for local air quality management and the history of "
                "the borough's air quality management areas."]},
        ]),
    attendees=[
        A("Jeffrey Kaufman", PRESENT, "Chair", optional=True),
        A("Tony Cawthorne", IN_ATT, "Environmental Health Officer", "OWBC", optional=True),
        A("Anne Bond", APOLOGIES), A("T Khong", APOLOGIES), A("Helen Loydall", APOLOGIES), A("J W Boyce", APOLOGIES),
        A("Debbie Preston", APOLOGIES), A("Varakantam", APOLOGIES), A("Joy Husband", APOLOGIES),
        A("Julia Leadbetter", APOLOGIES), A("Lesley Thornton", APOLOGIES), A("Liz Bray", APOLOGIES),
        A("Sharon Rose", APOLOGIES), A("Suzanne Lucas", APOLOGIES),
    ],
    decisions=[],
)

case(
    id="leicestershire-hwb-2018",
    url="https://democracy.leics.gov.uk/ieListDocuments.aspx?CId=1038&MId=5299&Ver=4",
    body="Leicestershire Health and Wellbeing Board", body_kind="hwb", year=2018,
    patterns=["taken_as_read_confirmed_signed", "board_noted_document", "no_attendance_section"],
    format="html",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "2018", "County Hall, Glenfield", "Democratic Services",
        [
            {"title": "Minutes", "minutes": [
                "The minutes of the meeting held on 24 May 2018 were taken as read, confirmed and signed.",
                "The Board also noted the Action Log, which provided an update on actions agreed by the Board at its previous meetings."]},
            {"title": "Position Statement by the Chairman.", "minutes": [
                "The Chairman gave a position statement on:",
                bullets(["NHS 70th Anniversary", "Self-Care Campaign", "Improving Access to Urgent Care in Community",
                         "Leicestershire Health Profiles 2018", "Stop Smoking Service rated excellent by quitters"]),
                "Members discussed the 2018 health profiles, which showed the county doing better than average "
                "overall, with some district indicators needing attention."]},
            {"title": "Joint Strategic Needs Assessment Update.", "agenda": ["There will be a Powerpoint presentation for this item."],
             "minutes": ["The Director of Public Health outlined the plan for the needs assessment, to be published "
                         "in chapters on a rolling basis."]},
        ]),
    attendees=[],
    decisions=[
        D("The minutes of the meeting held on 24 May 2018 were taken as read, confirmed and signed.", "approved", None, "Minutes"),
        D("The Board also noted the Action Log, which provided an update on actions agreed by the Board at its "
          "previous meetings.", "noted", None, "Minutes"),
    ],
)

case(
    id="torbay-hwb-2022",
    url="https://www.torbay.gov.uk/DemocraticServices/ieListDocuments.aspx?CId=529&MId=10728&Ver=4",
    body="Torbay Health and Wellbeing Board", body_kind="hwb", year=2022,
    patterns=["apology_sentence_semicolon_name_role_org", "attended_in_place_of", "two_substitutes_for_one",
              "ranks_before_names", "members_noted_report"],
    notes="Members replaced by a substitute are not said to have sent apologies: labelled optional.",
    format="html",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "2022", "Meadfoot Room, Town Hall, Castle Circus, Torquay, TQ1 3DR",
        "Governance Support",
        [
            {"num": "8.", "title": "Apologies", "agenda": [
                "To receive any apologies for absence, including notifications of any changes to the membership of the Committee."],
             "minutes": [
                 "Apologies were received from Nancy Meehan, Director of Children’s Services, Torbay Council; Alison "
                 "Hernandez, Police and Crime Commissioner; Anthony Reilly, Devon NHS Partnership Trust and Sarah "
                 "Newham, Department for Work and Pensions.",
                 "Acting Superintendent Nigel Yelland attended in place of Chief Superintendent Roy Linden.",
                 "Chris Winfield and Chris Knights attended in place of Adel Jones, Torbay and South Devon NHS Foundation Trust.",
                 "Sharon O’Reilly attended in place of Jo Williams, Director of Adult and Community Services."]},
            {"num": "9.", "title": "Minutes", "agenda": [
                "To confirm as a correct record the Minutes of the Health and Wellbeing Board held on 8 September 2022."],
             "minutes": [
                 "The Minutes of the Health and Wellbeing Board held on 8 September 2022 were confirmed as a correct record and signed by the Chairwoman.",
                 "The Chairwoman raised the Board's current membership, and the Board held no objection to the "
                 "suggestion that co-opted members could become full members of the Board."]},
            {"num": "10.", "title": "Peninsula Health Protection Annual Report 2021/22", "agenda": [
                "To consider the Peninsula Protection Annual Report 2021/22."],
             "minutes": [
                 "Members noted the Peninsula Health Protection Annual Report 2021/22 which was outlined by Julia "
                 "Chisnell, Consultant in Public Health with Torbay Council.",
                 "The report covered health protection, control of communicable disease, immunisation and screening, "
                 "infections linked to health care and emergency planning."]},
        ]),
    attendees=[
        A("Nancy Meehan", APOLOGIES, "Director of Children’s Services", "Torbay Council"),
        A("Alison Hernandez", APOLOGIES, "Police and Crime Commissioner"),
        A("Anthony Reilly", APOLOGIES, None, "Devon NHS Partnership Trust"),
        A("Sarah Newham", APOLOGIES, None, "Department for Work and Pensions"),
        A("Nigel Yelland", SUB, "Acting Superintendent", None, "Roy Linden"),
        A("Chris Winfield", SUB, None, None, "Adel Jones"), A("Chris Knights", SUB, None, None, "Adel Jones"),
        A("Sharon O’Reilly", SUB, None, None, "Jo Williams"),
        A("Roy Linden", APOLOGIES, "Chief Superintendent", optional=True),
        A("Adel Jones", APOLOGIES, None, "Torbay and South Devon NHS Foundation Trust", optional=True),
        A("Jo Williams", APOLOGIES, "Director of Adult and Community Services", optional=True),
        A("Julia Chisnell", PRESENT, "Consultant in Public Health", "Torbay Council", optional=True),
    ],
    decisions=[
        D("The Minutes of the Health and Wellbeing Board held on 8 September 2022 were confirmed as a correct record "
          "and signed by the Chairwoman.", "approved", "9", "Minutes"),
        D("The Board held no objection to the suggestion that co-opted members could become full members of the Board.",
          "agreed", "9", "Minutes", optional=True),
        D("Members noted the Peninsula Health Protection Annual Report 2021/22 which was outlined by Julia Chisnell, "
          "Consultant in Public Health with Torbay Council.", "noted", "10", "Peninsula Health Protection Annual Report 2021/22"),
    ],
)

case(
    id="torbay-hwb-2020",
    url="https://www.torbay.gov.uk/DemocraticServices/ieListDocuments.aspx?CId=529&MId=10713&Ver=4",
    body="Torbay Health and Wellbeing Board", body_kind="hwb", year=2020,
    patterns=["apology_sentence_who_was_represented_by"],
    format="html",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "2020", "Zoom Meeting - Virtual", "Lisa Antrobus",
        [
            {"num": "123.", "title": "Apologies", "agenda": [
                "To receive any apologies for absence, including notifications of any changes to the membership of the Committee."],
             "minutes": ["Apologies for absence were received from Liz Thomas, Alison Hernandez, Jo Williams, David "
                         "Somerfield, Matt Longman, Caroline Dimond who was represented by Julia Chisnell and Nancy "
                         "Meehan who was represented by Ceri Woszczyk."]},
            {"num": "124.", "title": "Updates on focus areas from June meeting:", "agenda": [bullets([
                "Addressing the economic impact of Covid-19 on young people in Torbay;",
                "Improving digital access and tackling inequality", "Improving Public Mental Health"])],
             "minutes": ["The Board heard three presentations on its focus areas. Tanny Stobart described the "
                         "pressure the pandemic had put on families and young people, especially those at risk of "
                         "harm, children in care and pupils in year 11, and asked how partners could help."]},
        ]),
    attendees=[
        A("Liz Thomas", APOLOGIES), A("Alison Hernandez", APOLOGIES), A("Jo Williams", APOLOGIES),
        A("David Somerfield", APOLOGIES), A("Matt Longman", APOLOGIES), A("Caroline Dimond", APOLOGIES),
        A("Nancy Meehan", APOLOGIES),
        A("Julia Chisnell", SUB, None, None, "Caroline Dimond"), A("Ceri Woszczyk", SUB, None, None, "Nancy Meehan"),
        A("Tanny Stobart", IN_ATT, optional=True),
    ],
    decisions=[],
)

case(
    id="devon-hwb-2023",
    url="https://democracy.devon.gov.uk/ieListDocuments.aspx?CId=166&MId=4804&Ver=4",
    body="Devon Health and Wellbeing Board", body_kind="hwb", year=2023,
    patterns=["resolved_that_inline", "board_happy_to_note", "asterisk_number_cells", "no_attendance_section"],
    format="html",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "2023", "Committee Suite, County Hall, Exeter", "Wendy Simpson",
        [
            {"num": "*", "title": "Minutes", "agenda": ["Minutes of the meeting held on 20 July 2023, attached."],
             "minutes": ["RESOLVED that the minutes of the meeting held on 20 July 2023 be signed as a correct record."]},
            {"num": "*", "title": "Items Requiring Urgent Attention", "minutes": ["There were no items requiring urgent attention."]},
            {"num": "*", "title": "Devon Joint Health and Wellbeing Strategy: Priorities and Outcomes Monitoring",
             "agenda": ["Report of the Director of Public Health, Communities and Prosperity (CX/PH23/02)."],
             "minutes": ["The Board considered the latest monitoring of the four priorities of the joint strategy "
                         "for 2020-25, with new data on adult smoking, dementia diagnosis and fuel poverty.",
                         "Members discussed how dementia diagnosis rates varied between districts, and Dr Wollaston "
                         "undertook to raise this with NHS colleagues.",
                         "The Board were happy to note the Report."]},
            {"num": "*", "title": "Smokefree Devon"},
        ]),
    attendees=[A("Wollaston", PRESENT, optional=True)],
    decisions=[
        D("RESOLVED that the minutes of the meeting held on 20 July 2023 be signed as a correct record.", "approved",
          None, "Minutes"),
        D("The Board were happy to note the Report.", "noted", None,
          "Devon Joint Health and Wellbeing Strategy: Priorities and Outcomes Monitoring"),
    ],
)

case(
    id="trafford-hwb-2024",
    url="https://democratic.trafford.gov.uk/ieListDocuments.aspx?CId=260&MeetingId=3939",
    body="Trafford Health and Wellbeing Board", body_kind="hwb", year=2024,
    patterns=["numbered_1_2_that_no_verb", "ratify_inquorate_minutes", "declaration_names_member"],
    notes="The stored copy shows the resolution as bare '(1) That … (2) That …' lines.",
    format="html",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "2024", "Trafford Town Hall, Talbot Road, Stretford M32 0TH",
        "Democratic Services",
        [
            {"title": "MINUTES", "agenda": ["To note the inquorate Minutes of the meeting held on 13 September 2024.",
                                            "The Board is requested to ratify the recommended actions set out at minute numbers 68, 69 and 70."],
             "minutes": ["(1)            That the minutes of the meeting held on 13 September 2024 be agreed as a correct record and signed by the Chair.",
                         "(2)            That the actions set out at minute numbers 68, 69 and 70 of the minutes for the meeting on 13th September be ratified."]},
            {"title": "DECLARATIONS OF INTEREST", "agenda": [
                "Members to give notice of any interest and the nature of that interest relating to any item on the agenda."],
             "minutes": ["Councillor Brophy declared an interest regarding employment by NHS Professionals with Manchester Foundation Trust."]},
            {"title": "DPH Annual Report 23/24", "agenda": ["To receive a report from the Director of Public Health."],
             "minutes": ["The Board was introduced to this year's statutory report, which looked at how surroundings "
                         "such as housing, green space and streets around schools shape health.",
                         "The Board thanked Liz Bristow for her work."]},
        ]),
    attendees=[A("Brophy", PRESENT, optional=True), A("Liz Bristow", IN_ATT, optional=True)],
    decisions=[D("(1) That the minutes of the meeting held on 13 September 2024 be agreed as a correct record and "
                 "signed by the Chair. (2) That the actions set out at minute numbers 68, 69 and 70 of the minutes for "
                 "the meeting on 13th September be ratified.", "approved", None, "MINUTES")],
)

case(
    id="bury-cabinet-decision-2015",
    url="https://councildecisions.bury.gov.uk/ieDecisionDetails.aspx?AIId=3539",
    body="Bury Council Cabinet (decision on the Health and Wellbeing Board annual report)", body_kind="cabinet",
    year=2015,
    patterns=["decision_details_page", "delegated_decisions_numbered_list", "recommendations_to_council"],
    format="html",
    document=page("Decision details - Health and Wellbeing Board Annual Report and Refreshed Health and Wellbeing Strategy", "".join([
        "<h1>Decision details</h1><h2>Health and Wellbeing Board Annual Report and Refreshed Health and Wellbeing Strategy</h2>",
        "<p>Decision status: Recommendations Approved</p><p>Is Key decision?: No</p><p>Is subject to call in?: Yes</p>",
        "<p>The Cabinet Member for Health and Wellbeing presented the Board's annual report for 2014/15 with a "
        "shorter, refreshed strategy organised around five priorities, and asked Cabinet to support adding a fire "
        "and rescue service representative to the Board.</p>",
        "<p><strong>Delegated decisions:</strong></p>",
        "<ol><li>That approval be given to the vision and direction of the refreshed Health and Wellbeing Strategy.</li>",
        "<li>That approval be given to support the following priorities:",
        bullets(["Priority 1 – Starting Well", "Priority 2 – Living Well",
                 "Priority 3 – Living Well with a long term condition or as a carer", "Priority 4 – Ageing well",
                 "Priority 5 – Healthy Places"]), "</li>",
        "<li>That the Bury Health and Wellbeing Strategy Governance Structure be noted.</li>",
        "<li>That progress be reviewed in the 2015/16 Annual Report.</li>",
        "<li>That support be given to amend the membership of the Health and Wellbeing Board to include a "
        "representative of the Greater Manchester Fire and Rescue Service.</li></ol>",
        "<p><strong>Recommendations to Council:</strong></p>",
        "<ol><li>That the Health and Wellbeing Annual Report and Refreshed Health and Wellbeing Strategy be approved.</li>",
        "<li>That the membership of the Health and Wellbeing Board be amended to include of a representative of the "
        "Greater Manchester Fire and Rescue Service.</li></ol>",
        "<p><strong>Reason for the decisions:</strong></p><p>The Board must report on its work each year and keep its "
        "strategy up to date.</p>",
    ])),
    attendees=[],
    decisions=[
        D("1. That approval be given to the vision and direction of the refreshed Health and Wellbeing Strategy. "
          "2. That approval be given to support the following priorities: Priority 1 – Starting Well Priority 2 – "
          "Living Well Priority 3 – Living Well with a long term condition or as a carer Priority 4 – Ageing well "
          "Priority 5 – Healthy Places 3. That the Bury Health and Wellbeing Strategy Governance Structure be noted. "
          "4. That progress be reviewed in the 2015/16 Annual Report. 5. That support be given to amend the "
          "membership of the Health and Wellbeing Board to include a representative of the Greater Manchester Fire "
          "and Rescue Service.", "approved", None,
          "Health and Wellbeing Board Annual Report and Refreshed Health and Wellbeing Strategy"),
        D("1. That the Health and Wellbeing Annual Report and Refreshed Health and Wellbeing Strategy be approved. "
          "2. That the membership of the Health and Wellbeing Board be amended to include of a representative of the "
          "Greater Manchester Fire and Rescue Service.", "other", None,
          "Health and Wellbeing Board Annual Report and Refreshed Health and Wellbeing Strategy", optional=True),
    ],
)

case(
    id="bury-hwb-2025",
    url="https://councildecisions.bury.gov.uk/ieListDocuments.aspx?CId=151&MeetingId=3947",
    body="Bury Health and Wellbeing Board", body_kind="hwb", year=2025,
    patterns=["prefixed_item_numbers_HWB_dot", "it_was_agreed_colon_then_that", "apologies_noted_above"],
    format="html",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "Tuesday, 11th November, 2025 4.30 pm", "Committee Rooms A&B",
        "Josh Ashworth  Democratic Services",
        [
            {"num": "HWB.122", "title": "Apologies for Absence", "minutes": ["Apologies for absence are noted above."]},
            {"num": "HWB.123", "title": "Declarations of Interest", "agenda": [
                "Members are asked whether they have an interest in any matter on the agenda."],
             "minutes": ["Councillor E Fitzgerald, declared a declaration of interest in relation to the culture strategy update"]},
            {"num": "HWB.124", "title": "Public Question Time", "agenda": [
                "Up to 30 minutes are set aside for questions from members of the public."],
             "minutes": ["There were no public questions asked at the meeting."]},
            {"num": "HWB.125", "title": "Minutes of previous meeting", "agenda": [
                "The minutes of the meeting held on 4th September 2025 are attached."],
             "minutes": ["It was agreed:", "That the minutes of the meeting held on 4th September 2025 be approved as a correct record."]},
            {"num": "HWB.126", "title": "Matters Arising", "minutes": ["There were no matters arising."]},
            {"num": "HWB.127", "title": "Wider Determinants of Population Health"},
            {"num": "HWB.127a", "title": "Public Sector Leadership Team Update", "minutes": [
                "Chris Woodhouse gave an update on neighbourhood working in the borough: five neighbourhoods built "
                "around multi-disciplinary teams, with public services, health and voluntary partners working "
                "more closely together."]},
        ]),
    attendees=[A("E Fitzgerald", PRESENT, optional=True), A("Chris Woodhouse", IN_ATT, optional=True)],
    decisions=[D("That the minutes of the meeting held on 4th September 2025 be approved as a correct record.",
                 "approved", "HWB.125", "Minutes of previous meeting")],
)
