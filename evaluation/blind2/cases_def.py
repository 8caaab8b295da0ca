"""The second blind set: what each document says and how it is labelled.

Every case is modelled on one stored public page (``url``) of a body that appears in none of the other
evaluation sets. Attendance sections and decision wording are reproduced as published (names, roles,
organisations, statuses and formulaic wording are public facts); every narrative paragraph is written anew and
kept short. Labels come from the published page only, never from running a parser. Labelling rules are those
of ``evaluation/blind/README.md``; this set's README says how it was built.

Rendered by ``python evaluation/blind/build_cases.py --set evaluation/blind2`` with the blind set's renderers
(``render.py``) and, for PDFs, ``evaluation/real/pdfcase.py`` (tables, grids, scanned pages).
"""
from __future__ import annotations

from labels import APOLOGIES, IN_ATT, PRESENT, SUB, A, D
from pdfspec import GAP, T, TABLE
from render import bullets, esc, moderngov_meeting, page, rows_table


def labelled_rows(label, pairs):
    """Rows of a label | name | role table: the label only on the first row, as word processors lay it out."""
    return [[label if i == 0 else "", name, role] for i, (name, role) in enumerate(pairs)]


CASES: list[dict] = []


def case(**kw):
    CASES.append(kw)


# ---------------------------------------------------------------------------------------------------------
# English health and wellbeing boards (ModernGov HTML)

case(
    id="tower-hamlets-hwb-2019", year=2019, format="html", layout="moderngov_html",
    url="https://democracy.towerhamlets.gov.uk/ieListDocuments.aspx?CId=632&MId=10458&Ver=4",
    body="Tower Hamlets Health and Wellbeing Board", body_kind="hwb",
    patterns=["apologies_received_from_colon_inline_list", "previous_attendance_correction",
              "resolved_colon_numbered_to_approve", "resolved_colon_numbered_to_note", "items_without_numbers"],
    notes="The stored copy shows no item numbers and no meeting date; the year is inferred from the meeting id "
          "(later than MId 10455, a July 2019 meeting).",
    document=moderngov_meeting(
        "Tower Hamlets Health and Wellbeing Board", "2019", "Committee Room One - Town Hall, Mulberry Place",
        "Committee Services Officer", [
            {"title": "Welcome, Introductions and Apologies for Absence",
             "agenda": ["To receive apologies for absence and subsequently the Chair to welcome those present to "
                        "the meeting and request introductions."],
             "minutes": ["Apologies were received from: Councillor Sirajul Islam, Councillor Candida Ronald, "
                         "Dr Ian Basnett, Helen Wilson, Marcus Barnett, Denise Radley."]},
            {"title": "Declarations of Disclosable Pecuniary Interests",
             "minutes": ["There were no declarations of pecuniary interests."]},
            {"title": "Minutes of the Previous Meeting and Matters Arising",
             "minutes": ["The minutes of the previous meeting were agreed as an accurate record, there were minor "
                         "amendments in the attendance section. It was noted that Chris Banks and Katy Scammell "
                         "(Associate Directors Public Health) were present and that Dr Paul Gilluley was present "
                         "as a substitute for Dr Navina Evans.",
                         "RESOLVED: 1. To approve the minutes."]},
            {"title": "Forward Plan", "minutes": ["RESOLVED: 1. To note the forward plan."]},
            {"title": "Health and Wellbeing Story: Social Prescribing in Practice",
             "minutes": ["The Board heard from a resident who had been referred to a link worker after a period "
                         "out of work, and from the worker who supported him, about how the help had been put "
                         "together and what had made the difference."]},
        ]),
    attendees=[
        A("Sirajul Islam", APOLOGIES), A("Candida Ronald", APOLOGIES), A("Ian Basnett", APOLOGIES),
        A("Helen Wilson", APOLOGIES), A("Marcus Barnett", APOLOGIES), A("Denise Radley", APOLOGIES),
    ],
    decisions=[
        D("The minutes of the previous meeting were agreed as an accurate record, there were minor amendments in the "
          "attendance section.", "approved", None, "Minutes of the Previous Meeting and Matters Arising", optional=True),
        D("RESOLVED: 1. To approve the minutes.", "approved", None, "Minutes of the Previous Meeting and Matters Arising"),
        D("RESOLVED: 1. To note the forward plan.", "noted", None, "Forward Plan"),
    ],
)

case(
    id="tower-hamlets-hwb-2018", year=2018, format="html", layout="moderngov_html",
    url="https://democracy.towerhamlets.gov.uk/ieListDocuments.aspx?CId=632&MId=7584&Ver=4",
    body="Tower Hamlets Health and Wellbeing Board", body_kind="hwb",
    patterns=["apologies_received_from_inline_list_with_and", "resolved_newline_roman_numeral", "capitals_item_titles",
              "presenter_named_in_narrative"],
    notes="Second meeting of the same board (a different year and layout of the apologies sentence).",
    document=moderngov_meeting(
        "Tower Hamlets Health and Wellbeing Board", "2018", "Committee Room One - Town Hall, Mulberry Place",
        "Committee Services Officer", [
            {"title": "STANDING ITEMS OF BUSINESS", "agenda": ["6.00-6.10pm (10 mins)"]},
            {"title": "WELCOME INTRODUCTIONS AND APOLOGIES FOR ABSENCE",
             "minutes": ["Apologies were received from Councillor Danny Hassell, Councillor Sirajul Islam, "
                         "Councillor Amy Whitelock Gibbs, Denise Radley, Dr Ian Basnett, Jackie Sullivan, Simon Hall, "
                         "Dr Navina Evans, Chris Banks, and Dianne Barham."]},
            {"title": "MINUTES OF THE LAST MEETING AND MATTERS ARISING",
             "agenda": ["To approve the minutes of the meeting held on 20 February 2018."],
             "minutes": ["RESOLVED",
                         "i. The minutes of the meeting held on 20 February 2018 were approved as an accurate record "
                         "and signed by the Chair."]},
            {"title": "DECLARATIONS OF DISCLOSABLE PECUNIARY INTERESTS",
             "minutes": ["There were no declarations of pecuniary interests."]},
            {"title": "DRAFT TERMS OF REFERENCE",
             "minutes": ["The draft Terms of Reference report was presented by Dr Somen Banerjee, Director of Public "
                         "Health.",
                         "The report set out proposed additions to the Board's membership and updated the titles "
                         "of several NHS members to reflect recent changes in their organisations."]},
        ]),
    attendees=[
        A("Danny Hassell", APOLOGIES), A("Sirajul Islam", APOLOGIES), A("Amy Whitelock Gibbs", APOLOGIES),
        A("Denise Radley", APOLOGIES), A("Ian Basnett", APOLOGIES), A("Jackie Sullivan", APOLOGIES),
        A("Simon Hall", APOLOGIES), A("Navina Evans", APOLOGIES), A("Chris Banks", APOLOGIES),
        A("Dianne Barham", APOLOGIES),
        A("Somen Banerjee", PRESENT, "Director of Public Health", optional=True),
    ],
    decisions=[
        D("i. The minutes of the meeting held on 20 February 2018 were approved as an accurate record and signed by "
          "the Chair.", "approved", None, "MINUTES OF THE LAST MEETING AND MATTERS ARISING"),
    ],
)


def _leeds_hwb_2024() -> str:
    groups = [
        ("Leeds Committee of the West Yorkshire Integrated Care Board",
         ["Tim Ryley - Place Based Lead, Leeds Health & Care Partnership"]),
        ("Directors of Leeds City Council",
         ["Victoria Eaton – Director of Public Health", "Caroline Baria Director of Adults and Health"]),
        ("Third Sector Joint Representative",
         ["Corrina Lawrence – Chief Executive, Feel Good Factor", "Helen Hart – Chief Executive, BARCA"]),
        ("Representative of Local Health Watch Organisation", ["Jane MischenkoCo-Chair, Healthwatch Leeds"]),
        ("Representatives of NHS providers", ["Sara Munro - Leeds and York Partnership NHS Foundation Trust"]),
        ("Representative of Leeds GP Confederation", ["Jim Barwick Chief Executive of Leeds GP Confederation"]),
        ("Clinicians Joint Representative",
         ["Jason Broch, Chief Clinical Information Officer", "Sarah ForbesChief Clinical Information Officer"]),
        ("Representative of Communities of Interest", ["Pip Goff - Director, Volition"]),
    ]
    cell = []
    for heading, lines in groups:
        cell.append(f"<p>{esc(heading)} </p>")
        cell.extend(f"<p>{esc(line)} </p>" for line in lines)
        cell.append("<p>&nbsp;</p>")
    items = [
        ("32.", "Election of Chair", [
            "As Councillor F Venner, the Chair of the Board, had sent her apologies, Councillor S Arif was nominated "
            "and seconded to Chair the meeting.",
            "RESOLVED – That Councillor S Arif be formally elected as Chair."]),
        ("33.", "Welcome and introductions", [
            "The Chair shared news of recent local achievements, including a national award for a community health "
            "centre and new investment in the energy efficiency of council homes."]),
        ("34.", "Appeals against refusal of inspection of documents", ["There were no appeals."]),
    ]
    rows = ['<tr><td class="mgItemNumberCell"></td><td>' + "".join(cell) + "</td></tr>"]
    for num, title, minutes in items:
        body = "".join(f"<p>{esc(m)}</p>" for m in minutes)
        rows.append(f'<tr><td class="mgItemNumberCell">{esc(num)}</td><td><p class="mgSubItemTitleTxt"><strong>'
                    f'{esc(title)}</strong></p><div class="mgWordPara"><p class="mgSectionTitle"><strong>Minutes:'
                    f"</strong></p>{body}</div></td></tr>")
    body = ("<h1>Agenda and draft minutes</h1>\n<h2>Health and Wellbeing Board - Thursday, 21st March, 2024 1.00 pm</h2>\n"
            "<p>Venue: Leeds City Museum (The Thoresby Room) - Millennium Square, Leeds LS2 8BH</p>\n"
            "<p>Contact: Health Partnerships Team</p>\n"
            '<table class="mgItemTable"><tr><th>No.</th><th>Item</th></tr>\n' + "\n".join(rows) + "</table>")
    return page("Agenda and draft minutes - Health and Wellbeing Board - 21 March 2024", body)


case(
    id="leeds-hwb-2024", year=2024, format="html", layout="moderngov_html",
    url="https://democracy.leeds.gov.uk/ieListDocuments.aspx?CId=965&MId=12244&Ver=4",
    body="Leeds Health and Wellbeing Board", body_kind="hwb",
    patterns=["members_grouped_under_seat_headings_no_present_label", "name_dash_role_comma_org",
              "name_run_into_role_without_space", "apology_inside_narrative_sentence", "resolved_en_dash_that"],
    notes="The stored copy begins part-way through the attendance list (earlier groups, e.g. councillors, are not "
          "in it); the case begins where the stored copy begins. The list sits in an unnumbered row of the item "
          "table, with no 'Present' heading.",
    document=_leeds_hwb_2024(),
    attendees=[
        A("Tim Ryley", PRESENT, "Place Based Lead", "Leeds Health & Care Partnership"),
        A("Victoria Eaton", PRESENT, "Director of Public Health", "Leeds City Council"),
        A("Caroline Baria", PRESENT, "Director of Adults and Health", "Leeds City Council"),
        A("Corrina Lawrence", PRESENT, "Chief Executive", "Feel Good Factor"),
        A("Helen Hart", PRESENT, "Chief Executive", "BARCA"),
        A("Jane Mischenko", PRESENT, "Co-Chair", "Healthwatch Leeds"),
        A("Sara Munro", PRESENT, None, "Leeds and York Partnership NHS Foundation Trust"),
        A("Jim Barwick", PRESENT, "Chief Executive", "Leeds GP Confederation"),
        A("Jason Broch", PRESENT, "Chief Clinical Information Officer"),
        A("Sarah Forbes", PRESENT, "Chief Clinical Information Officer"),
        A("Pip Goff", PRESENT, "Director", "Volition"),
        A("F Venner", APOLOGIES, "Chair of the Board"),
        A("S Arif", PRESENT, "Chair", optional=True),
    ],
    decisions=[
        D("RESOLVED – That Councillor S Arif be formally elected as Chair.", "approved", "32", "Election of Chair"),
    ],
)

case(
    id="northumberland-hwb-2024", year=2024, format="html", layout="moderngov_html",
    url="https://northumberland.moderngov.co.uk/ieListDocuments.aspx?CId=155&MeetingId=2341",
    body="Northumberland Health and Well-being Board", body_kind="hwb",
    patterns=["apologies_initials_with_dots", "plural_councillors_prefix_in_list", "resolved_that_minutes_true_record",
              "capitals_item_titles"],
    document=moderngov_meeting(
        "Health and Well-being Board", "Thursday, 11th January, 2024 10.00 am", "Council Chamber, County Hall, Morpeth",
        "Democratic Services", [
            {"num": "49.", "title": "APOLOGIES FOR ABSENCE",
             "minutes": ["Apologies for absence were received from G. Binning, V. McFarlane-Reid, C. Wardlaw, "
                         "Councillors P. Ezhilchelvan and G. Renner-Thompson."]},
            {"num": "50.", "title": "MINUTES",
             "agenda": ["Minutes of the meeting of the Health and Wellbeing Board held on Thursday, 14 December 2023 "
                        "as circulated, to be confirmed as a true record and signed by the Chair."],
             "minutes": ["RESOLVED that the minutes of the meeting of the Health and Wellbeing Board held on "
                         "14 December 2023, as circulated, be confirmed as a true record and signed by the Chair."]},
            {"num": "51.", "title": "DISCLOSURES OF INTEREST",
             "agenda": ["Members are reminded of the requirements of the Code of Conduct when a matter arises at a "
                        "meeting that relates to one of their interests."],
             "minutes": ["There were no disclosures of interest."]},
        ]),
    attendees=[
        A("G. Binning", APOLOGIES), A("V. McFarlane-Reid", APOLOGIES), A("C. Wardlaw", APOLOGIES),
        A("P. Ezhilchelvan", APOLOGIES), A("G. Renner-Thompson", APOLOGIES),
    ],
    decisions=[
        D("RESOLVED that the minutes of the meeting of the Health and Wellbeing Board held on 14 December 2023, as "
          "circulated, be confirmed as a true record and signed by the Chair.", "approved", "50", "MINUTES"),
    ],
)

case(
    id="southend-hwb-2015", year=2015, format="html", layout="moderngov_printed_minutes_html",
    url="https://democracy.southend.gov.uk/celistdocuments.aspx?MID=1694&DF=25%2F03%2F2015&A=1&R=0&F=embed$Minutes.htm",
    body="Southend Health and Wellbeing Board", body_kind="hwb",
    patterns=["printed_minutes_attendance_details_at_end", "apologies_with_bracketed_substitute_colon",
              "no_substitute_bracket", "decisions_bare_that_without_resolved", "numbered_parts_of_one_decision"],
    notes="Minutes of 10 February 2015 as embedded in the 25 March 2015 meeting documents. The stored copy ends "
          "inside the attendance list ('Councillors Evans, Lam…'); the case ends after 'Councillors Evans'.",
    document=page("Southend Health and Wellbeing Board Minutes", (
        "<h1>Meeting documents</h1><h2>Health &amp; Wellbeing Board<br>Wednesday, 25th March, 2015 3.45 pm</h2>"
        "<h2>Southend Health and Wellbeing Board Minutes</h2><p>Tuesday, 10th February, 2015<br>"
        "Leigh Community Centre, 71-73 Elm Road</p><h3>Attendance Details</h3><h3>Part I</h3>"
        "<h4>632 Apologies and substitutions.</h4><p>Apologies for absence were received from Councillor Callaghan "
        "(no substitute), Ms S Hardy (substitute: Mr J Findlay), Ms A Atherton (substitute: Mr J Williams).</p>"
        "<h4>633 Declarations of interest.</h4>"
        "<h4>634 Minutes of the Meeting held on Wednesday, 3rd December, 2014</h4><ul><li>Minutes</li></ul>"
        "<p>That the minutes of the meeting held on 3rd December 2014 be confirmed and signed as a correct record.</p>"
        "<h4>635 Public Questions</h4>"
        "<h4>636 Strategic Direction</h4>"
        "<p>1. That the recommendations contained in the Annual Report of the Director of Public Health be endorsed.</p>"
        "<p>2. That Southend's Health and Wellbeing Strategy be refreshed in two stages, set out below:</p>"
        "<p>a) Short term refresh from April 2015 to April 2016 (as set out in appendix 1 to the submitted report);</p>"
        "<p>b) Longer term priorities to then be developed for 2016-2020.</p>"
        "<p>3. That the nine ambitions within the current Strategy be retained for 2015/16 in addition to the three "
        "new \"broad impact\" goals, as follows:</p><p>a) Increased Physical Activity (prevention);<br>"
        "b) Increased Aspiration and Opportunity (addressing inequality);<br>c) Increased Personal Responsibility "
        "and Participation (sustainability).</p>"
        "<h4>637 Recent Issues affecting Southend Hospital</h4>"
        "<p>1. That the presentation from Mr Findlay on the recent issues affecting Southend Hopsital be noted.</p>"
        "<p>2. That the appreciation of the Board in the way that the challenges were dealt with be extended to "
        "Southend Hospital staff and health colleagues (GPs, CCG, etc).</p>"
        "<h4>638 Proposed New HWB Report Format</h4><p>That the proposed new HWB report format be endorsed.</p>"
        "<h4>639 HWB/Scrutiny Protocol</h4><p>That the HWB/Scrutiny Protocol be endorsed.</p>"
        "<h4>640 HWB Forward Plan</h4><p>That the Forward Plan be noted and updated accordingly.</p>"
        "<h3>Attendance Details</h3><p>Councillor D Norman MBE (Chairman)<br>Councillors Evans</p>")),
    attendees=[
        A("Callaghan", APOLOGIES), A("S Hardy", APOLOGIES), A("J Findlay", SUB, sub_for="S Hardy"),
        A("A Atherton", APOLOGIES), A("J Williams", SUB, sub_for="A Atherton"),
        A("D Norman", PRESENT, "Chairman"), A("Evans", PRESENT),
    ],
    decisions=[
        D("That the minutes of the meeting held on 3rd December 2014 be confirmed and signed as a correct record.",
          "approved", "634", "Minutes of the Meeting held on Wednesday, 3rd December, 2014"),
        D("1. That the recommendations contained in the Annual Report of the Director of Public Health be endorsed. "
          "2. That Southend's Health and Wellbeing Strategy be refreshed in two stages, set out below: a) Short term "
          "refresh from April 2015 to April 2016 (as set out in appendix 1 to the submitted report); b) Longer term "
          "priorities to then be developed for 2016-2020. 3. That the nine ambitions within the current Strategy be "
          "retained for 2015/16 in addition to the three new \"broad impact\" goals, as follows: a) Increased "
          "Physical Activity (prevention); b) Increased Aspiration and Opportunity (addressing inequality); "
          "c) Increased Personal Responsibility and Participation (sustainability).", "approved", "636",
          "Strategic Direction"),
        D("1. That the presentation from Mr Findlay on the recent issues affecting Southend Hopsital be noted. "
          "2. That the appreciation of the Board in the way that the challenges were dealt with be extended to "
          "Southend Hospital staff and health colleagues (GPs, CCG, etc).", "noted", "637",
          "Recent Issues affecting Southend Hospital"),
        D("That the proposed new HWB report format be endorsed.", "approved", "638", "Proposed New HWB Report Format"),
        D("That the HWB/Scrutiny Protocol be endorsed.", "approved", "639", "HWB/Scrutiny Protocol"),
        D("That the Forward Plan be noted and updated accordingly.", "noted", "640", "HWB Forward Plan"),
    ],
)

case(
    id="enfield-hwb-2018", year=2018, format="html", layout="moderngov_html",
    url="https://governance.enfield.gov.uk/ieListDocuments.aspx?CId=640&MId=12599",
    body="Enfield Health and Wellbeing Board", body_kind="hwb",
    patterns=["apologies_sentence_plural_councillors", "apologies_for_lateness", "chair_named_in_welcome",
              "capitals_verb_received_noted_decisions"],
    document=moderngov_meeting(
        "Health and Wellbeing Board", "Thursday, 6th December, 2018, 4.30 pm", "Room 1, Civic Centre, Silver Street, Enfield",
        "Democratic Services", [
            {"num": "1.", "title": "Welcome and Apologies",
             "minutes": ["Councillor Alev Cazimoglu (Chair) welcomed everyone to the meeting. Apologies for absence "
                         "were received from Councillors Nesil Caliskan and Achilleas Georgiou, Dr Helene Brown, Jo "
                         "Ikhelef, and Natalie Forrest. Apologies for lateness were received from Dr Mo Abedi and "
                         "Parin Bahl."]},
            {"num": "2.", "title": "Declaration of Interests",
             "agenda": ["Members are asked to declare any pecuniary, other pecuniary or non-pecuniary interests "
                        "relating to items on the agenda."],
             "minutes": ["There were no declarations of interest registered in respect of any items on the agenda."]},
            {"num": "3.", "title": "INFLUENZA UPDATE",
             "agenda": ["To receive the report of the Executive Director People, LBE, to provide a briefing on "
                        "influenza and health protection assurance."],
             "minutes": ["RECEIVED the report of the Director of Public Health.",
                         "NOTED the introduction by Dr Tha Han, highlighting the three key issues:",
                         bullets(["planning for a flu pandemic across the council and local NHS bodies;",
                                  "how cases and vaccinations are monitored through the season;",
                                  "local vaccination figures, some of which lagged behind other boroughs."])]},
        ]),
    attendees=[
        A("Nesil Caliskan", APOLOGIES), A("Achilleas Georgiou", APOLOGIES), A("Helene Brown", APOLOGIES),
        A("Jo Ikhelef", APOLOGIES), A("Natalie Forrest", APOLOGIES),
        A("Alev Cazimoglu", PRESENT, "Chair", optional=True),
        A("Mo Abedi", PRESENT, optional=True), A("Parin Bahl", PRESENT, optional=True),
        A("Tha Han", IN_ATT, optional=True),
    ],
    decisions=[
        D("RECEIVED the report of the Director of Public Health.", "noted", "3", "INFLUENZA UPDATE"),
        D("NOTED the introduction by Dr Tha Han, highlighting the three key issues: planning for a flu pandemic "
          "across the council and local NHS bodies; how cases and vaccinations are monitored through the season; "
          "local vaccination figures, some of which lagged behind other boroughs.", "noted", "3", "INFLUENZA UPDATE",
          optional=True),
    ],
)

case(
    id="surrey-hwb-2019", year=2019, format="html", layout="moderngov_html",
    url="https://mycouncil.surreycc.gov.uk/ieListDocuments.aspx?MId=6906",
    body="Surrey Health and Wellbeing Board", body_kind="hwb",
    patterns=["apologies_sentence_then_substituted_for_sentence", "substitutes_listed_against_more_absentees",
              "items_without_numbers"],
    notes="As published, three substitutes are listed against four absent members; Matthew Tait's principal is "
          "therefore not certain and is left null.",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "Thursday, 5 September 2019 1.00 pm", "Ashcombe Suite, County Hall, Kingston upon Thames",
        "Democratic Services", [
            {"title": "APOLOGIES FOR ABSENCE", "agenda": ["To receive any apologies for absence and substitutions."],
             "minutes": ["Apologies were received from Dr Andy Brooks, Dr Charlotte Canniff, Ruth Colburn Jackson, "
                         "Fiona Edwards, Dr Claire Fuller and Dr Russell Hills. Nicola Airey, Graham Wareham and "
                         "Matthew Tait substituted for Dr Andy Brooks, Ruth Colburn Jackson, Fiona Edwards and Dr "
                         "Claire Fuller."]},
            {"title": "DECLARATIONS OF INTEREST", "minutes": ["None received."]},
            {"title": "QUESTIONS AND PETITIONS", "minutes": ["None received."]},
            {"title": "FORWARD PLAN", "agenda": ["The Board is asked to review and approve its forward plan."],
             "minutes": ["Key points raised during the discussion:",
                         "1. The Chairman suggested an item on planning for leaving the European Union at the next "
                         "meeting."]},
        ]),
    attendees=[
        A("Andy Brooks", APOLOGIES), A("Charlotte Canniff", APOLOGIES), A("Ruth Colburn Jackson", APOLOGIES),
        A("Fiona Edwards", APOLOGIES), A("Claire Fuller", APOLOGIES), A("Russell Hills", APOLOGIES),
        A("Nicola Airey", SUB, sub_for="Andy Brooks"), A("Graham Wareham", SUB, sub_for="Ruth Colburn Jackson"),
        A("Matthew Tait", SUB),
    ],
    decisions=[],
)

case(
    id="hampshire-hwb-2024", year=2024, format="html", layout="moderngov_html",
    url="https://democracy.hants.gov.uk/ieListDocuments.aspx?CId=193&MId=11366&Ver=4",
    body="Hampshire Health and Wellbeing Board", body_kind="hwb",
    patterns=["apologies_bullets_name_comma_org", "deputy_also_apologised_in_bullet", "deputy_attended_in_his_place",
              "representing_body_in_bullet", "item_deferred", "interests_named_councillors"],
    document=moderngov_meeting(
        "Health and Wellbeing Board", "2024", "Ashburton Hall, Elizabeth II Court, Winchester", "Members' Services", [
            {"title": "Apologies for Absence", "agenda": ["To receive any apologies for absence received."],
             "minutes": ["Apologies were received from:", bullets([
                 "David Radbourne, NHS England",
                 "Glenn Bowyer Hampshire & Isle of Wight Fire & Rescue Service and his deputy Phil Barrett",
                 "Stuart Ashley, Director of Children’s Services. His deputy Sarah Snowdon attended in his place",
                 "Ron Shields, representing the Community and Mental Health NHS Trusts"])]},
            {"title": "Declarations of Interest",
             "minutes": ["Councillor Warwick, Councillor Porter, Councillor Fairhurst and Councillor Forster indicated "
                         "a personal interest that they were members of both the County Council and District/Borough "
                         "Councils."]},
            {"title": "Appointment of Vice Chairman",
             "agenda": ["Under paragraph 6 of its terms of reference, the Board annually appoints its vice-Chairman."],
             "minutes": ["This item was deferred for consideration at the next meeting. Dr Matt Nisbet continued as "
                         "Vice Chairman for this meeting."]},
            {"title": "Chairman's Announcements",
             "minutes": ["The Chairman reported on a survey of young people's wellbeing in secondary schools across "
                         "the county and how its findings were being shared with partners."]},
        ]),
    attendees=[
        A("David Radbourne", APOLOGIES, None, "NHS England"),
        A("Glenn Bowyer", APOLOGIES, None, "Hampshire & Isle of Wight Fire & Rescue Service"),
        A("Phil Barrett", APOLOGIES, "deputy"),
        A("Stuart Ashley", APOLOGIES, "Director of Children’s Services"),
        A("Sarah Snowdon", SUB, "deputy", None, "Stuart Ashley"),
        A("Ron Shields", APOLOGIES, None, "Community and Mental Health NHS Trusts"),
        A("Warwick", PRESENT, optional=True), A("Porter", PRESENT, optional=True),
        A("Fairhurst", PRESENT, optional=True), A("Forster", PRESENT, optional=True),
        A("Matt Nisbet", PRESENT, "Vice Chairman", optional=True),
    ],
    decisions=[
        D("This item was deferred for consideration at the next meeting.", "deferred", None,
          "Appointment of Vice Chairman", optional=True),
    ],
)

case(
    id="southampton-hwb-2023", year=2023, format="html", layout="moderngov_html",
    url="https://southampton.gov.uk/modernGov/ieListDocuments.aspx?CId=543&MId=7112&Ver=4",
    body="Southampton Health and Wellbeing Board", body_kind="hwb",
    patterns=["the_apologies_of_were_noted", "arranged_for_x_to_attend_as_representative", "vacancy_named_person",
              "resolved_colon_that_minutes"],
    document=moderngov_meeting(
        "Health and Wellbeing Board", "Wednesday, 13th December, 2023 5.30 pm", "Conference Room 3 and 4, Civic Centre",
        "Senior Democratic Services Officer", [
            {"title": "Apologies and Changes in Membership (if any)",
             "agenda": ["To note any changes in membership of the Board made in accordance with Council Procedure "
                        "Rule 4.3."],
             "minutes": ["The apologies of Councillor P Baillie, Councillor Kenny, Councillor Winning, Natalie "
                         "Johnson, Rob Kurn, Dr Sarah Young, Clare Edgar, Robin Poole and Paul Grundy were noted.",
                         "The Board noted that Rob Kurn had arranged for Suki Sitaram, Chair of Healthwatch; and that "
                         "Paul Grundy had arranged for Dr Trevor Smith to attend the meeting as their representatives "
                         "for the purposes of this meeting.",
                         "The Board also noted that Dr Hannah Burgess was no longer in post and therefore there was "
                         "a vacancy for a mental health services representative on the Board."]},
            {"title": "Minutes of the Previous Meeting (including matters arising)",
             "agenda": ["To approve and sign as a correct record the minutes of the meeting held on 13 September 2023 "
                        "and to deal with any matters arising, attached."],
             "minutes": ["RESOLVED: that the minutes for the Panel meeting on 13 September 2023 be approved and signed "
                         "as a correct record."]},
            {"title": "Director of Public Health Annual Report 2023-24",
             "minutes": ["The Board considered the annual report, which this year looks at how work and fair "
                         "employment shape the health of residents, and discussed how partners could act on it as "
                         "employers."]},
        ]),
    attendees=[
        A("P Baillie", APOLOGIES), A("Kenny", APOLOGIES), A("Winning", APOLOGIES), A("Natalie Johnson", APOLOGIES),
        A("Rob Kurn", APOLOGIES), A("Sarah Young", APOLOGIES), A("Clare Edgar", APOLOGIES), A("Robin Poole", APOLOGIES),
        A("Paul Grundy", APOLOGIES),
        A("Suki Sitaram", SUB, "Chair", "Healthwatch", "Rob Kurn"),
        A("Trevor Smith", SUB, None, None, "Paul Grundy"),
    ],
    decisions=[
        D("RESOLVED: that the minutes for the Panel meeting on 13 September 2023 be approved and signed as a correct "
          "record.", "approved", None, "Minutes of the Previous Meeting (including matters arising)"),
    ],
)

case(
    id="barnet-hwb-2021", year=2021, format="html", layout="moderngov_html",
    url="https://barnet.moderngov.co.uk/ieListDocuments.aspx?CId=177&MId=10101&Ver=4",
    body="Barnet Health and Wellbeing Board", body_kind="hwb",
    patterns=["absence_of_members_dash_list_substituted_by", "resolved_inside_sentence_it_was_resolved",
              "board_noted_the", "declaration_on_behalf_of_others"],
    notes="Meeting after 1 October 2020 (whose minutes it approved); held virtually, so early 2021.",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "2021", "Virtual Meeting", "Governance Service", [
            {"title": "Minutes of the Previous Meeting",
             "minutes": ["The Chairman of the Health and Wellbeing Board, Councillor Caroline Stock welcomed all "
                         "attendees to the virtual meeting.",
                         "Subject to the correction that there was one public question which was responded to in "
                         "writing, it was RESOLVED that the minutes of the previous meeting of the Health and "
                         "Wellbeing Board held on 1 October 2020 be agreed as a correct record."]},
            {"title": "Absence of Members",
             "minutes": ["Apologies for absence were received from:",
                         "-       Chris Munday who was substituted by Ben Thomas, and",
                         "-       Madeleine Ellis who was substituted by Caroline Collier."]},
            {"title": "Declaration of Members' Interests",
             "minutes": ["Dr Charlotte Benjamin, Vice-Chair of the HWBB declared a non-pecuniary interest on behalf of "
                         "herself, Dr Clare Stephens and Dr Nikesh Dattani as primary care providers via their "
                         "respective GP Practices and GP Federation in the interest of transparency."]},
            {"title": "Public Questions and Comments (if any)",
             "minutes": ["The Board noted the submitted Public Questions and the responses provided. One "
                         "supplementary question was asked about support payments for people told to self-isolate; "
                         "a written answer was promised."]},
        ]),
    attendees=[
        A("Chris Munday", APOLOGIES), A("Ben Thomas", SUB, None, None, "Chris Munday"),
        A("Madeleine Ellis", APOLOGIES), A("Caroline Collier", SUB, None, None, "Madeleine Ellis"),
        A("Caroline Stock", PRESENT, "Chairman", optional=True),
        A("Charlotte Benjamin", PRESENT, "Vice-Chair", optional=True),
        A("Clare Stephens", PRESENT, optional=True), A("Nikesh Dattani", PRESENT, optional=True),
    ],
    decisions=[
        D("it was RESOLVED that the minutes of the previous meeting of the Health and Wellbeing Board held on "
          "1 October 2020 be agreed as a correct record.", "approved", None, "Minutes of the Previous Meeting"),
        D("The Board noted the submitted Public Questions and the responses provided.", "noted", None,
          "Public Questions and Comments (if any)"),
    ],
)

case(
    id="islington-hwb-2016", year=2016, format="html", layout="moderngov_html",
    url="https://democracy.islington.gov.uk/ieListDocuments.aspx?CId=143&MId=2420&Ver=4",
    body="Islington Health and Wellbeing Board", body_kind="hwb",
    patterns=["apologies_sentence_then_would_be_substituting_for", "chair_named_in_item_title"],
    notes="The stored copy shows no date; the year is estimated from the members named (c. 2016).",
    document=moderngov_meeting(
        "Health and Wellbeing Board", "2016", "Committee Room 4, Town Hall, Upper Street, N1 2UD", "Democratic Services", [
            {"num": "1", "title": "Welcome and Introductions - Councillor Richard Watts",
             "minutes": ["The Chair welcomed everyone to the meeting. Members of the Board introduced themselves."]},
            {"num": "2", "title": "Apologies for Absence",
             "minutes": ["Apologies for absence were received from Dr Henrietta Hughes, Olav Ernstzen and Dr Jo "
                         "Sauvage. Dr Katie Coleman would be substituting for Dr Sauvage and Emma Whitby would be "
                         "substituting for Olav Ernstzen."]},
            {"num": "3", "title": "Declarations of Interest",
             "minutes": ["There were no declarations of interest."]},
        ]),
    attendees=[
        A("Henrietta Hughes", APOLOGIES), A("Olav Ernstzen", APOLOGIES), A("Jo Sauvage", APOLOGIES),
        A("Katie Coleman", SUB, None, None, "Jo Sauvage"), A("Emma Whitby", SUB, None, None, "Olav Ernstzen"),
        A("Richard Watts", PRESENT, "Chair", optional=True),
    ],
    decisions=[],
)

case(
    id="greenwich-hwb-2017", year=2017, format="html", layout="moderngov_html",
    url="http://committees.royalgreenwich.gov.uk/ieListDocuments.aspx?MId=4578&EVT=105",
    body="Royal Borough of Greenwich Health and Wellbeing Board", body_kind="hwb",
    patterns=["apologies_missing_space_after_absence", "rank_title_borough_commander", "resolved_dash_own_line",
              "previous_attendance_correction_in_resolution"],
    document=moderngov_meeting(
        "Health and Wellbeing Board", "2017", "Rooms 4 & 5, Town Hall, Wellington Street, Woolwich SE18 6PW",
        "Democratic Services", [
            {"title": "Apologies for Absence", "agenda": ["To receive apologies for absence from Members of the Board."],
             "minutes": ["Apologies for absencewere received from Councillor Danny Thorpe, Dr Ellen Wright, Val "
                         "Davison, and Borough Commander Simon Dobinson"]},
            {"title": "Urgent Business", "minutes": ["There was no urgent business."]},
            {"title": "Declarations of Interest",
             "minutes": ["Resolved –", "That the list of Councillors’ memberships as Council appointed representatives "
                         "on outside bodies, joint committees and school governing bodies be noted."]},
            {"title": "Minutes",
             "agenda": ["Members are requested to confirm as an accurate record the Minutes of the meeting held on "
                        "9 August 2017."],
             "minutes": ["Resolved -", "That the minutes of the meeting of the Health and Wellbeing Board held on "
                         "9 August 2017 be agreed and signed as a true and accurate record subject to an amendment "
                         "to note that Rikki Garcia was present from Healthwatch Greenwich."]},
        ]),
    attendees=[
        A("Danny Thorpe", APOLOGIES), A("Ellen Wright", APOLOGIES), A("Val Davison", APOLOGIES),
        A("Simon Dobinson", APOLOGIES, "Borough Commander"),
    ],
    decisions=[
        D("That the list of Councillors’ memberships as Council appointed representatives on outside bodies, joint "
          "committees and school governing bodies be noted.", "noted", None, "Declarations of Interest"),
        D("That the minutes of the meeting of the Health and Wellbeing Board held on 9 August 2017 be agreed and "
          "signed as a true and accurate record subject to an amendment to note that Rikki Garcia was present from "
          "Healthwatch Greenwich.", "approved", None, "Minutes"),
    ],
)


# ---------------------------------------------------------------------------------------------------------
# Combined authority, ICS place partnership, ICB, Welsh and Scottish bodies published as HTML

case(
    id="west-of-england-ca-2023", year=2023, format="html", layout="moderngov_html",
    url="https://westofengland-ca.moderngov.co.uk/ieListDocuments.aspx?CId=141&MId=600&Ver=4",
    body="West of England Combined Authority Committee (annual meeting)", body_kind="combined_authority",
    patterns=["apologies_with_bracketed_attended_as_substitute", "civic_title_as_name", "mayor_named_in_welcome"],
    notes="Annual General Meeting 2023/24. 'Mayor Rees' is printed without a forename; the label keeps the surname.",
    document=moderngov_meeting(
        "West of England Combined Authority Committee", "2023", "Room 1, Bawa Healthcare & Leisure, 589 Southmead Road, Filton",
        "Democratic Services", [
            {"num": "1.", "title": "Welcome & Introductions",
             "agenda": ["The Metro Mayor to welcome everybody to the meeting and introduce the new Committee members "
                        "for 2023/24."],
             "minutes": ["Metro Mayor Dan Norris welcomed everybody to the Annual General Meeting of the West of "
                         "England Combined Authority and those present introduced themselves."]},
            {"num": "2.", "title": "Apologies for Absence", "agenda": ["To receive any apologies for absence."],
             "minutes": ["Apologies for absence had been received from Cllr Kevin Guy (Cllr Sarah Warren attended as "
                         "substitute) and Mayor Rees (Cllr Kye Dudd attended as substitute)."]},
            {"num": "3.", "title": "Declarations of interest under the Localism Act 2011",
             "minutes": ["There were no declarations of interest declared under the Localism Act 2011."]},
            {"num": "4.", "title": "Chair's Announcements", "minutes": ["There were no Chair’s announcements."]},
            {"num": "5.", "title": "Comments from the Chair of the West of England Local Enterprise Partnership Board",
             "minutes": ["The Chair of the West of England Local Enterprise Partnership Board, Richard Bonner was "
                         "invited to address the meeting. He welcomed the new council leaders and offered the "
                         "support of the partnership's business members."]},
        ]),
    attendees=[
        A("Kevin Guy", APOLOGIES), A("Sarah Warren", SUB, None, None, "Kevin Guy"),
        A("Rees", APOLOGIES, "Mayor"), A("Kye Dudd", SUB, None, None, "Rees"),
        A("Dan Norris", PRESENT, "Metro Mayor", optional=True),
        A("Richard Bonner", IN_ATT, "Chair", "West of England Local Enterprise Partnership Board", optional=True),
    ],
    decisions=[],
)

case(
    id="wirral-place-partnership-2022", year=2022, format="html", layout="moderngov_html",
    url="https://democracy.wirral.gov.uk/ieListDocuments.aspx?CId=1014&MID=9783",
    body="Wirral Place Based Partnership Board (NHS Cheshire and Merseyside ICS place board)", body_kind="ics_partnership",
    patterns=["it_was_reported_that_apologies_had_been_received", "resolved_en_dash_that_elected_chair",
              "motion_moved_seconded_names", "in_the_chair_row"],
    notes="The Board's first meeting (autumn 2022). Not the Wirral committee 630 used by the first blind set.",
    document=moderngov_meeting(
        "Wirral Place Based Partnership Board", "2022", "Committee Room 1 - Wallasey Town Hall", "Democratic Services", [
            {"title": "Election of Chair for the Meeting",
             "minutes": ["The Head of Legal Services started the meeting and asked for nominations for somebody to "
                         "Chair the meeting.",
                         "On a motion moved Councillor Yvonne Nolan, seconded by Karen Howell, it was –",
                         "Resolved – That Simon Banks, Place Director be elected Chair for the duration of the meeting."]},
            {"title": "Simon Banks in the Chair"},
            {"title": "Welcome and Introduction",
             "minutes": ["The Chair welcomed members and those watching online to the first meeting of the Board and "
                         "explained how it would bring the council, the NHS and the voluntary sector together to do "
                         "the integrated care board's business in Wirral."]},
            {"title": "Apologies",
             "minutes": ["It was reported that apologies for absence had been received from Janelle Holmes, Tim Welch "
                         "and Simone White."]},
            {"title": "Declarations of Interest", "minutes": ["No declarations were made."]},
        ]),
    attendees=[
        A("Janelle Holmes", APOLOGIES), A("Tim Welch", APOLOGIES), A("Simone White", APOLOGIES),
        A("Simon Banks", PRESENT, "Place Director", optional=True),
        A("Yvonne Nolan", PRESENT, optional=True), A("Karen Howell", PRESENT, optional=True),
    ],
    decisions=[
        D("Resolved – That Simon Banks, Place Director be elected Chair for the duration of the meeting.", "approved",
          None, "Election of Chair for the Meeting"),
    ],
)

_DDICB_PRESENT = [
    "John MacDonald (JM), ICB Chair (Chair)",
    "Tracy Allen (TA), Chief Executive DCHS & Place Partnerships (NHS Trust & FT Partner Member)",
    "Jim Austin (JA), Chief Digital and Information Officer",
    "Dr Avi Bhatia (AB), Clinical & Professional Leadership Group participant to the Board",
    "Dr Chris Clayton (CC), ICB Chief Executive Officer",
    "Julian Corner (JC), ICB Non-Executive Member",
    "Helen Dillistone (HD), Executive Director of Corporate Affairs",
    "Margaret Gildea (MG), ICB Non-Executive Member",
    "Carolyn Green (representing Ifti Majid) (CG) Director of Nursing and Patient Experience Deputy Chief Executive",
    "Keith Griffiths (KG), ICB Executive Director of Finance",
    "Ellie Houlston (EH), Director of Public Health – Derbyshire County Council (Partner Member for Local Authorities)",
    "Zara Jones (ZJ), Executive Director of Strategy & Planning",
    "Dr Andrew Mott (AM), GP Amber Valley (Partner Member for Primary Medical Services)",
    "Amanda Rawlings (AR), Chief People Officer",
    "Brigid Stacey (BS), Chief Nursing Officer & Deputy Chief Executive Officer",
    "Sue Sunderland (SS), ICB Non-Executive Member",
    "Dr Chris Weiner (CW), ICB Chief Medical Officer",
    "Richard Wright (RW), ICB Non-Executive Member",
]
_DDICB_ATTENDANCE = [
    "Chlinder Jandu (CJ), Corporate Administration",
    "Manager Suzanne Pickering (SP), Head of Governance",
    "Fraser Holmes (FH), Interpreter",
    "Sam Waters (SW), Interpreter",
    "Sean Thornton (ST), Deputy Director Communications and Engagement",
]
_DDICB_APOLOGIES = [
    "Andy Smith (AS), Strategic Director of People Services, Derbyshire County Council (Local Authority Partner Member)",
    "Dr Buk Dhadda (BD), ICB Non-Executive Member / Vice Chair of the ICB Board",
    "Ifti Majid (IM), Chief Executive DHcFT & Provider Collaborative at Scale (NHS Trust & FT Partner Member for "
    "Mental Health)",
]


def _lines(lines):
    return "".join(f"<p>{esc(x)}</p>" for x in lines)


case(
    id="derby-derbyshire-icb-2022", year=2022, format="html", layout="nhs_site_html",
    url="https://joinedupcarederbyshire.co.uk/governing-body-meeting/integrated-care-board-meeting-17th-november-2022",
    body="NHS Derby and Derbyshire Integrated Care Board (Board meeting in public)", body_kind="icb",
    patterns=["name_initials_in_brackets_comma_role", "representing_x_in_brackets_before_initials",
              "partner_member_in_brackets", "line_break_moves_word_of_role_to_next_name", "paragraph_per_person"],
    notes="The ICB succeeded a CCG whose governing-body pages on the same site are in the real-world development "
          "corpus; the ICB Board is a different body with its own membership. The stored copy breaks "
          "'Corporate Administration Manager' across two lines, putting 'Manager' before the next name; kept.",
    document=page("Integrated Care Board meeting – 17th November 2022", (
        "<h1>Integrated Care Board meeting – 17th November 2022</h1><p>Page Contents</p><h2>Minutes</h2>"
        "<p>MINUTES OF NHS DERBY AND DERBYSHIRE ICB BOARD PUBLIC MEETING</p><p>HELD ON THURSDAY 17th November, 2022</p>"
        "<p>VIA MICROSOFT TEAMS</p><p><strong>Present</strong></p>" + _lines(_DDICB_PRESENT)
        + "<p><strong>In Attendance</strong></p>" + _lines(_DDICB_ATTENDANCE)
        + "<p><strong>Apologies</strong></p>" + _lines(_DDICB_APOLOGIES)
        + "<p><strong>ICBP/2223/036: Welcome and apologies</strong></p><p>John MacDonald (JM) welcomed new Board "
          "members and noted the apologies above. The meeting was confirmed as quorate.</p>"
        "<p><strong>ICBP/2223/037: Questions received from members of the public</strong></p>"
        "<p>No questions had been received.</p>")),
    attendees=[
        A("John MacDonald", PRESENT, "ICB Chair (Chair)"),
        A("Tracy Allen", PRESENT, "Chief Executive", "DCHS"),
        A("Jim Austin", PRESENT, "Chief Digital and Information Officer"),
        A("Avi Bhatia", PRESENT, "Clinical & Professional Leadership Group participant to the Board"),
        A("Chris Clayton", PRESENT, "ICB Chief Executive Officer"),
        A("Julian Corner", PRESENT, "ICB Non-Executive Member"),
        A("Helen Dillistone", PRESENT, "Executive Director of Corporate Affairs"),
        A("Margaret Gildea", PRESENT, "ICB Non-Executive Member"),
        A("Carolyn Green", SUB, "Director of Nursing and Patient Experience Deputy Chief Executive", None, "Ifti Majid"),
        A("Keith Griffiths", PRESENT, "ICB Executive Director of Finance"),
        A("Ellie Houlston", PRESENT, "Director of Public Health", "Derbyshire County Council"),
        A("Zara Jones", PRESENT, "Executive Director of Strategy & Planning"),
        A("Andrew Mott", PRESENT, "GP Amber Valley"),
        A("Amanda Rawlings", PRESENT, "Chief People Officer"),
        A("Brigid Stacey", PRESENT, "Chief Nursing Officer & Deputy Chief Executive Officer"),
        A("Sue Sunderland", PRESENT, "ICB Non-Executive Member"),
        A("Chris Weiner", PRESENT, "ICB Chief Medical Officer"),
        A("Richard Wright", PRESENT, "ICB Non-Executive Member"),
        A("Chlinder Jandu", IN_ATT, "Corporate Administration Manager"),
        A("Suzanne Pickering", IN_ATT, "Head of Governance"),
        A("Fraser Holmes", IN_ATT, "Interpreter"),
        A("Sam Waters", IN_ATT, "Interpreter"),
        A("Sean Thornton", IN_ATT, "Deputy Director Communications and Engagement"),
        A("Andy Smith", APOLOGIES, "Strategic Director of People Services", "Derbyshire County Council"),
        A("Buk Dhadda", APOLOGIES, "ICB Non-Executive Member / Vice Chair of the ICB Board"),
        A("Ifti Majid", APOLOGIES, "Chief Executive", "DHcFT"),
    ],
    decisions=[],
)

_NWFRA_PRESENT = [
    ("P Lewis (Chair)", "Conwy County Borough Council"), ("B Apsley", "Wrexham County Borough Council"),
    ("M Bateman", "Flintshire County Council"), ("A Davies", "Denbighshire County Council"),
    ("M Ll Davies", "Denbighshire County Council"), ("M Dixon", "Wrexham County Borough Council"),
    ("V Gay", "Flintshire County Council"), ("R Griffiths", "Anglesey County Council"),
    ("J B Hughes", "Gwynedd Council"), ("S Lloyd-Williams", "Conwy County Borough Council"),
    ("G Lowe", "Wrexham County Borough Council"), ("R E Parry", "Conwy County Borough Council"),
    ("B Parry-Jones", "Wrexham County Borough Council"), ("D Rees", "Anglesey County Council"),
    ("G A Roberts", "Gwynedd Council"), ("R Roberts", "Wrexham County Borough Council"),
    ("N Smith", "Conwy County Borough Council"), ("W O Thomas", "Flintshire County Council"),
    ("G G Williams", "Gwynedd Council"),
]
_NWFRA_APOLOGIES = [
    ("B Blakeley", "Denbighshire County Council"), ("A I Dunbar", "Flintshire County Council"),
    ("P Evans", "Denbighshire County Council"), ("S Glyn", "Gwynedd Council"), ("E W Jones", "Anglesey County Council"),
    ("P Shotton", "Flintshire County Council"), ("A Tansley", "Conwy County Borough Council"),
]

case(
    id="north-wales-fire-authority-2019", year=2019, format="html", layout="public_body_site_html",
    url="https://www.freesmokealarm.co.uk/fire-and-rescue-authority/2019-onwards-meetings-agendas-and-reports/2019/12/161219/minutes-16-december-2019/",
    body="North Wales Fire and Rescue Authority", body_kind="welsh",
    patterns=["councillor_heading_over_name_council_table", "initials_only_names", "also_present_semicolon_list",
              "two_names_share_bracketed_role", "resolved_to_approve_minutes", "numbered_paragraphs"],
    document=page("Minutes 16 December 2019", (
        "<h1>Minutes 16 December 2019</h1><p>NORTH WALES FIRE AND RESCUE AUTHORITY</p>"
        "<p>Minutes of the meeting of North Wales Fire and Rescue Authority held on Monday 16 December 2019 at Conwy "
        "County Borough Council Chamber, Bodlondeb, Conwy. Meeting commenced at 10.30am.</p>"
        "<p><strong>PRESENT</strong></p><p>Councillor </p>" + rows_table([list(r) for r in _NWFRA_PRESENT])
        + "<p><strong>Also present:</strong></p><p>S A Smith (Chief Fire Officer and Chief Executive); C Everett "
          "(Clerk and Monitoring Officer to the Authority); K W Finch (Treasurer to the Authority); R Fairhead and "
          "K Roberts (Assistant Chief Fire Officers); S Morris and H MacArthur (Assistant Chief Officers); "
          "T Williams (Corporate Communications Manager); A Davies (Member Liaison Officer).</p>"
          "<p><strong>APOLOGIES</strong></p><p>Councillor </p>" + rows_table([list(r) for r in _NWFRA_APOLOGIES])
        + "<p><strong>1 DECLARATIONS OF INTEREST</strong></p><p>1.1 There were no declarations of interest.</p>"
          "<p><strong>2 MINUTES OF THE MEETING HELD ON 16 SEPTEMBER 2019</strong></p>"
          "<p>2.1 The minutes of the Fire and Rescue Authority meeting held on 16 September were submitted for "
          "approval.</p><p>2.2 RESOLVED to approve minutes of the meeting as a true and correct record.</p>"
          "<p><strong>3 MATTERS ARISING</strong></p><p>3.1 There were no matters arising.</p>")),
    attendees=[A(n.replace(" (Chair)", ""), PRESENT, "Chair" if "(Chair)" in n else None, org)
               for n, org in _NWFRA_PRESENT]
    + [A("S A Smith", IN_ATT, "Chief Fire Officer and Chief Executive"),
       A("C Everett", IN_ATT, "Clerk and Monitoring Officer to the Authority"),
       A("K W Finch", IN_ATT, "Treasurer to the Authority"),
       A("R Fairhead", IN_ATT, "Assistant Chief Fire Officers"), A("K Roberts", IN_ATT, "Assistant Chief Fire Officers"),
       A("S Morris", IN_ATT, "Assistant Chief Officers"), A("H MacArthur", IN_ATT, "Assistant Chief Officers"),
       A("T Williams", IN_ATT, "Corporate Communications Manager"),
       A("A Davies", IN_ATT, "Member Liaison Officer")]
    + [A(n, APOLOGIES, None, org) for n, org in _NWFRA_APOLOGIES],
    decisions=[
        D("2.2 RESOLVED to approve minutes of the meeting as a true and correct record.", "approved", "2",
          "MINUTES OF THE MEETING HELD ON 16 SEPTEMBER 2019"),
    ],
)

_SCOT_MINISTERS = [("Jeane Freeman", "Cabinet Secretary for Health and Sport"),
                   ("Clare Haughey", "Minister for Mental Health")]
_SCOT_CHAIRS = [
    ("Martin Cheyne", "NHS Ayrshire and Arran", None), ("John Raine", "NHS Borders", None),
    ("Penny Halliday", "NHS Dumfries and Galloway", "Vice-Chair"), ("Tricia Marwick", "NHS Fife", None),
    ("Alex Linkston", "NHS Forth Valley", None), ("Stephen Logan", "NHS Grampian", None),
    ("John Brown", "NHS Greater Glasgow and Clyde/NHS Tayside", None), ("David Alston", "NHS Highland", None),
    ("Neena Mahal", "NHS Lanarkshire", None), ("Brian Houston", "NHS Lothian", None),
    ("Gary Robinson", "NHS Shetland", None), ("Ian Burgess", "NHS Western Isles", "Vice-Chair"),
    ("Susan Douglas-Scott", "Golden Jubilee Foundation", None), ("Carole Wilkinson", "Healthcare Improvement Scotland", None),
    ("Esther Roberton", "NHS 24", None), ("David Garbutt", "NHS Education for Scotland", None),
    ("Elizabeth Ireland", "NHS National Services Scotland", None), ("David Crichton", "NHS Health Scotland", None),
    ("Terry Currie", "State Hospital", None), ("Eddie Frizzell", "Scottish Ambulance Service", "Vice-Chair"),
    ("Pam Whittle", "Scottish Health Council", None), ("Paul Edie", "Care Inspectorate", None),
]
_SCOT_OFFICIALS = [
    ("Paul Gray", "Director General for Health and Social Care for the Scottish Government and Chief Executive of NHS Scotland"),
    ("Shirley Rogers", "Director of Health Workforce, Leadership and Service Transformation"),
    ("Andrew Scott", "Director of Population Health Improvement"),
    ("Liz Sadler", "Deputy Director Planning and Quality"),
    ("Rachael Dunk", "Head of Chief Nursing Officer Directorate"),
    ("Colin Brown", "Head of Office of the Chief Executive NHS Scotland"),
    ("Robert Kirkwood", "Office of the Chief Executive NHS Scotland"),
    ("Laurie Whyte", "Office of the Chief Executive NHS Scotland"),
    ("Jack Downie", "DPS/Cabinet Secretary Health and Sport"),
    ("James How", "EU Withdrawal Team"), ("Jane Hamilton", "EU Withdrawal Team"),
]


def _nhs_chairs_2018() -> str:
    chair_lines = [f"{n}, {o}" + (f" ({r})" if r else "") for n, o, r in _SCOT_CHAIRS]
    return page("NHS Chairs minutes: December 2018", (
        "<h1>NHS Chairs minutes: December 2018</h1><p>Minutes of the meeting of the NHS Chairs on 10 December 2018.</p>"
        "<h2>Attendees and apologies</h2><h3>Scottish Ministers</h3>"
        + bullets([f"{n}, {r}" for n, r in _SCOT_MINISTERS]) + "<h3>Health board chairs</h3>" + bullets(chair_lines)
        + "<h3>Scottish Government officials</h3>" + bullets([f"{n}, {r}" for n, r in _SCOT_OFFICIALS])))


case(
    id="scotland-nhs-chairs-2018", year=2018, format="html", layout="government_site_html",
    url="https://gov.scot/publications/nhs-chairs-minutes-december-2018",
    body="NHS Scotland Board Chairs' meeting with Scottish Ministers", body_kind="scottish_nhs",
    patterns=["attendees_grouped_under_category_headings_bullets", "name_comma_org_bullets",
              "bracketed_vice_chair_after_org", "slash_two_bodies_one_person"],
    exposed="read by the lead on 2026-12-02 after the merged rules gave all 35 people 'apologies' under the combined "
            "'Attendees and apologies' heading; that rule was then fixed",
    notes="The stored copy is cut inside the 'In attendance' group (one truncated name), so the case ends after the "
          "officials; no item of business is reached, so there are no decisions.",
    document=_nhs_chairs_2018(),
    attendees=[A(n, PRESENT, r) for n, r in _SCOT_MINISTERS]
    + [A(n, PRESENT, r, o) for n, o, r in _SCOT_CHAIRS]
    + [A(n, PRESENT, r) for n, r in _SCOT_OFFICIALS],
    decisions=[],
)

case(
    id="healthwatch-hertfordshire-2015", year=2015, format="txt", layout="word_document_text",
    url="https://docest.com/doc/678691/douglas-tilbe-house-hall-grove-wewyn-garden-city-al7-4ph",
    body="Healthwatch Hertfordshire Board", body_kind="healthwatch",
    patterns=["present_colon_inline_list_with_bracketed_roles", "others_colon_inline_list", "members_of_public_named",
              "no_apologies", "minutes_approved_sentence"],
    document=(
        "Healthwatch Hertfordshire Board Meeting\n"
        "10 a.m on Monday 17th August 2015, at\n"
        "Douglas Tilbe House, Hall Grove, Wewyn Garden City, AL7 4PH\n"
        "Present: Michael Downing (Chairman), Geoff Brown (Chief Executive), Jean Brown (Board Designate), Meg Carter, "
        "Brian Gunson, Virginia Kirri-Songhurst (Board Designate), Sundera Kumara-Moorthy, Joan Manning, Steven Palmer "
        "(Board Designate), Sue Reeve, Michael Taylor, Mel Wood (Board Designate)\n"
        "Others: Monika Brzozowska-Neroth (HwH Officer presenting on Eastern European Engagement), Nuray Ercan "
        "(Officer, minute-taker), Ruth Harrington (HCC Commissioner), Caro Hart (Stakeholder Panel Chair), Dianne "
        "Morrison (public), Helen Musson (public), Phil Redshaw (public), Paul Regan (Officer, presenting on "
        "Broadening Engagement), Keith Shephard (presenting on Strategy), Tim Sims (public)\n"
        "1. Welcome, apologies and register of interests\n"
        "Michael welcomed everyone. No apologies. Two members noted interests arising from roles they hold with "
        "local charities and an NHS trust.\n"
        "2. Minutes of 15th June 2015\n"
        "The minutes were approved as an accurate record. The Board's nominee to a trust's council of governors "
        "will be confirmed at the next meeting.\n"
        "Action: Board members to send their expense details to the office.\n"
        "3. Chief Executive's update\n"
        "The report had been circulated before the meeting; members asked about feedback from recent engagement "
        "work.\n"),
    attendees=[
        A("Michael Downing", PRESENT, "Chairman"), A("Geoff Brown", PRESENT, "Chief Executive"),
        A("Jean Brown", PRESENT, "Board Designate"), A("Meg Carter", PRESENT), A("Brian Gunson", PRESENT),
        A("Virginia Kirri-Songhurst", PRESENT, "Board Designate"), A("Sundera Kumara-Moorthy", PRESENT),
        A("Joan Manning", PRESENT), A("Steven Palmer", PRESENT, "Board Designate"), A("Sue Reeve", PRESENT),
        A("Michael Taylor", PRESENT), A("Mel Wood", PRESENT, "Board Designate"),
        A("Monika Brzozowska-Neroth", IN_ATT, "HwH Officer presenting on Eastern European Engagement"),
        A("Nuray Ercan", IN_ATT, "Officer, minute-taker"), A("Ruth Harrington", IN_ATT, "HCC Commissioner"),
        A("Caro Hart", IN_ATT, "Stakeholder Panel Chair"),
        A("Paul Regan", IN_ATT, "Officer, presenting on Broadening Engagement"),
        A("Keith Shephard", IN_ATT, "presenting on Strategy"),
        A("Dianne Morrison", IN_ATT, "public", optional=True), A("Helen Musson", IN_ATT, "public", optional=True),
        A("Phil Redshaw", IN_ATT, "public", optional=True), A("Tim Sims", IN_ATT, "public", optional=True),
    ],
    decisions=[
        D("The minutes were approved as an accurate record.", "approved", "2", "Minutes of 15th June 2015"),
    ],
)


# ---------------------------------------------------------------------------------------------------------
# PDFs: NHS trust and PCT boards, Welsh and Scottish bodies, partnerships (text and scanned)

_KPCT_PRESENT = [
    ("Rob Napier", "Chairman"), ("Vanessa Stirum", "Non-executive Director and Vice Chair"),
    ("Valerie Aguirregoicoa", "Non-executive Director"), ("Rob Millington", "Non-executive Director"),
    ("Mehboob Khan", "Non-executive Director"), ("Tony Gerrard", "Non-executive Director"),
    ("Mike Potts", "Chief Executive"), ("Dr David Anderson", "Chair Clinical Executive Committee"),
    ("Bryan Machin", "Executive Director of Finance"), ("Dr Judith Hooper", "Executive Director of Public Health (from 9.50 am)"),
    ("Carol McKenna", "Executive Director of Commissioning and Strategic Development"),
]
_KPCT_ATTENDANCE = [
    ("Peter Flynn", "Director of Performance and Information"),
    ("Sue Ellis", "Director of Human Resources and Organisational Development"),
    ("Helena Corder", "Director of Corporate Services"), ("Pauline Kershaw", "Executive Assistant"),
    ("Karen Hemsworth", "Assistant Director for Safeguarding Children & Vulnerable Adults (Agenda item KPCT/11/44)"),
    ("Tracy Small", "Deputy Director of Patient Care and Innovation"),
    ("Steve Ollerton", "Chair, Greater Huddersfield Commissioning Consortium Shadow Board (part-time)"),
    ("Julie Wilkinson", "RCN Representative"),
]


def _strip_title(name: str) -> str:
    for title in ("Dr ", "Mr ", "Mrs ", "Ms ", "Miss ", "Professor ", "Cllr "):
        if name.startswith(title):
            return name[len(title):]
    return name


case(
    id="kirklees-pct-board-2011", year=2011, format="pdf", layout="pdf_text_table",
    url="https://issuu.com/nhskirklees/docs/kpct-11-63_public_board_minutes_30_03_11__final_",
    body="NHS Kirklees (Kirklees PCT) Trust Board", body_kind="nhs_trust",
    patterns=["label_name_role_three_column_table", "deputising_for_named_in_welcome_paragraph",
              "apologies_semicolon_list_name_comma_role", "role_with_time_qualifier"],
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Minutes of the Trust Board Meeting held on Wednesday 30 March 2011 at 9.15 am in the Boardroom at Broad Lea "
          "House, Bradley Business Park, Huddersfield", bold=True),
        GAP(3),
        TABLE(labelled_rows("Present:", _KPCT_PRESENT) + labelled_rows("In attendance:", _KPCT_ATTENDANCE),
              [32, 48, 94]),
        GAP(3),
        T("There were no members of the public in attendance. The Chairman opened the meeting by welcoming all those "
          "in attendance, particularly Tracy Small, who was deputising for Sheila Dilks, Executive Director of "
          "Patient Care and Professions; Steve Ollerton, Chair of the Greater Huddersfield Commissioning Consortium "
          "Shadow Board and Julie Wilkinson, RCN Representative, who was shadowing Rob Napier in his role as Chair."),
        GAP(3),
        TABLE([["KPCT/11/30", "Apologies for Absence"],
               ["", "Sheila Dilks, Executive Director of Patient Care and Professions; Imran Patel, Non-executive "
                    "Director and David Kelly, Chair of the North Kirklees Health Alliance Shadow Board."],
               ["KPCT/11/31", "Declarations of Interest"],
               ["", "Four directors declared an interest in the item on cluster governance arrangements."]],
              [28, 146]),
    ]}]},
    attendees=[A(_strip_title(n), PRESENT, r) for n, r in _KPCT_PRESENT]
    + [A(n, SUB if n == "Tracy Small" else IN_ATT, r, None, "Sheila Dilks" if n == "Tracy Small" else None)
       for n, r in _KPCT_ATTENDANCE]
    + [A("Sheila Dilks", APOLOGIES, "Executive Director of Patient Care and Professions"),
       A("Imran Patel", APOLOGIES, "Non-executive Director"),
       A("David Kelly", APOLOGIES, "Chair", "North Kirklees Health Alliance Shadow Board")],
    decisions=[],
)

_CKW12_PRESENT = [
    ("Angela Monaghan", "Chair"), ("Roger Grasby", "Non Executive Director and Vice Chair"),
    ("Keith Wright", "Non Executive Director and Audit Committee Chair"), ("Sandra Cheseldine", "Non Executive Director"),
    ("Tony Gerrard", "Non Executive Director"), ("Mehboob Khan", "Non Executive Director"),
    ("Mike Potts", "Chief Executive"), ("Sue Cannon", "Executive Director of Quality and Governance (Executive Nurse)"),
    ("Ian Currell", "Executive Director of Finance"),
    ("Dr Judith Hooper", "Executive Director of Public Health (NHS Kirklees) (from 9.30am)"),
    ("Dr Andrew Furber", "Executive Director of Public Health (NHS Wakefield District)"),
    ("Dr Damian Riley", "Executive Medical Director and Primary Care Lead"),
]
_CKW12_ATTENDANCE = [
    ("Peter Flynn", "Director of Performance and Commissioning Intelligence", None),
    ("June Goodson-Moore", "Director of Workforce", None),
    ("Gill Galdins", "Director of Corporate Development and Transition", None),
    ("Jo Webster", "Designate Chief Officer (NHS Wakefield CCG)", "NHS Wakefield CCG"),
    ("Dr Matt Walsh", "Designate Chief Officer (NHS Calderdale CCG)", "NHS Calderdale CCG"),
    ("Carol McKenna", "Designate Chief Officer (NHS Greater Huddersfield CCG)", "NHS Greater Huddersfield CCG"),
    ("Andrea McCourt", "Head of Corporate Governance (NHS Wakefield District)", "NHS Wakefield District"),
    ("Eleanor Nossiter", "Head of Communications (NHS Wakefield)", "NHS Wakefield"),
    ("Steve Brennan", "Chief Finance Officer (NHS North Kirklees CCG)", "NHS North Kirklees CCG"),
    ("Pauline Kershaw", "Executive Assistant (NHS Kirklees)", "NHS Kirklees"),
    ("Alison Fearnley", "Corporate Governance Administrator (NHS Kirklees)", "NHS Kirklees"),
    ("Michaela Iveson", "Senior Engagement Manager (NHS Wakefield District) (Agenda Item CKWCB/12/187)",
     "NHS Wakefield District"),
    ("Judith Salter", "Assistant Director of Transition (Agenda Item CKWCB/12/193)", None),
]
_ORG_IN_ROLE = {"Dr Judith Hooper": "NHS Kirklees", "Dr Andrew Furber": "NHS Wakefield District",
                "Dr Graham Wardman": "NHS Calderdale"}

case(
    id="ckw-cluster-board-2012", year=2012, format="pdf", layout="pdf_text_table",
    url="https://issuu.com./nhskirklees/docs/ckwcb-13-11a_draft_cluster_public_b",
    body="NHS Calderdale, Kirklees and Wakefield District Cluster Board", body_kind="nhs_trust",
    patterns=["label_name_role_three_column_table", "org_in_brackets_after_role", "agenda_item_qualifier_in_role",
              "apologies_sentence_name_comma_role_comma_list"],
    notes="The stored copy ends inside the apologies sentence ('NHS North Kirkle…'); completed as 'NHS North "
          "Kirklees CCG' and ended there.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("NHS Calderdale, Kirklees and Wakefield District Cluster", bold=True, size=12),
        T("Minutes of the CKW Cluster Board held on Thursday 27 September 2012 at 9.00am in the Shibden Room at Dean "
          "Clough, Halifax", bold=True),
        GAP(3),
        TABLE(labelled_rows("Present:", _CKW12_PRESENT)
              + labelled_rows("In attendance:", [(n, r) for n, r, _ in _CKW12_ATTENDANCE]), [32, 46, 96]),
        GAP(2),
        T("In addition there were two members of the public also in attendance."),
        GAP(3),
        TABLE([["CKWCB/12/176", "Apologies for Absence"],
               ["", "Apologies for absence were received from Ann Liston, Non Executive Director, Roy Coldwell, Non "
                    "Executive Director, Ann Ballarini, Executive Director of Commissioning and Service Development, "
                    "Chris Dowse, Shadow Accountable Officer, NHS North Kirklees CCG."]], [30, 144]),
    ]}]},
    attendees=[A(_strip_title(n), PRESENT, r, _ORG_IN_ROLE.get(n)) for n, r in _CKW12_PRESENT]
    + [A(_strip_title(n), IN_ATT, r, o) for n, r, o in _CKW12_ATTENDANCE]
    + [A("Ann Liston", APOLOGIES, "Non Executive Director"), A("Roy Coldwell", APOLOGIES, "Non Executive Director"),
       A("Ann Ballarini", APOLOGIES, "Executive Director of Commissioning and Service Development"),
       A("Chris Dowse", APOLOGIES, "Shadow Accountable Officer", "NHS North Kirklees CCG")],
    decisions=[],
)

_CKW11_PRESENT = [
    ("Angela Monaghan", "Chair"), ("Roger Grasby", "Non Executive Director and Vice Chair"),
    ("Tony Gerrard", "Non Executive Director"), ("Keith Wright", "Non Executive Director"),
    ("Sandra Cheseldine", "Non Executive Director"), ("Roy Coldwell", "Non Executive Director"),
    ("Ann Liston", "Non Executive Director"), ("Mehboob Khan", "Non Executive Director"),
    ("Mike Potts", "Chief Executive"), ("Jonathan Molyneux", "Interim Executive Director of Finance and Efficiency"),
    ("Ann Ballarini", "Executive Director of Commissioning and Service Development"),
    ("Sue Cannon", "Executive Director of Quality and Governance (Executive Nurse)"),
    ("Dr Matt Walsh", "Executive Medical Director"),
    ("Dr Andrew Furber", "Executive Director of Public Health (NHS Wakefield District)"),
    ("Dr Graham Wardman", "Executive Director of Public Health (NHS Calderdale)"),
]
_CKW11_ATTENDANCE = [
    ("Carol McKenna", "Chief Operating Officer (NHS Kirklees)", "NHS Kirklees"),
    ("Julie Lawreniuk", "Chief Operating Officer (NHS Calderdale)", "NHS Calderdale"),
    ("Gill Galdins", "Chief Operating Officer (NHS Wakefield District)", "NHS Wakefield District"),
    ("Peter Flynn", "Director of Performance and Commissioning Intelligence", None),
    ("Sue Ellis", "Director of Human Resources and Organisational Development", None),
    ("Sarah Muckle", "Consultant in Public Health (NHS Kirklees)", "NHS Kirklees"),
    ("Dr Raj Aggarwal", "General Medical Practitioner, South Elmsall and Rycroft Clinical Commissioning Group",
     "South Elmsall and Rycroft Clinical Commissioning Group"),
    ("Karen Whitfield", "Practice Manager, South Elmsall and Rycroft CCG", "South Elmsall and Rycroft CCG"),
    ("Rachel Spilsbury", "Programme Manager", None), ("Daphne Taylor", "Board Development Consultant", None),
    ("Vicky Pickles", "Head of Corporate Governance (NHS Calderdale)", "NHS Calderdale"),
    ("Alison Fearnley", "Corporate Governance Administrator", None),
    ("Jayne Beecham", "Senior Communications Manager (NHS Wakefield)", "NHS Wakefield"),
]

case(
    id="ckw-cluster-board-2011-scan", year=2011, format="pdf", layout="pdf_scan", scan=True,
    url="https://issuu.com/nhskirklees/docs/ckwcb-11-51_ckw_cluster_board_minutes_held_06_12_1",
    body="NHS Calderdale, Kirklees and Wakefield District Cluster Board", body_kind="nhs_trust",
    patterns=["label_name_role_three_column_table", "org_in_brackets_after_role", "scanned_page",
              "apologies_sentence_name_comma_role"],
    notes="Second meeting of the same board, rendered as a scanned page. The stored copy ends inside the apologies "
          "sentence ('Sheila Dil…'); completed as 'Sheila Dilks.' and ended there.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("NHS Calderdale, Kirklees and Wakefield District Cluster", bold=True, size=12),
        T("Minutes of the CKW Cluster Board held on Tuesday 6 December 2011 at 1.30pm in the Manor and Bankfield "
          "Rooms at Dean Clough, Halifax", bold=True),
        GAP(3),
        TABLE(labelled_rows("Present:", _CKW11_PRESENT)
              + labelled_rows("In attendance:", [(n, r) for n, r, _ in _CKW11_ATTENDANCE]), [32, 46, 96]),
        GAP(2),
        T("In addition there were four members of the public also in attendance. The Chair opened the meeting by "
          "welcoming all those in attendance."),
        GAP(3),
        TABLE([["", "Apologies for Absence"],
               ["", "Apologies for absence were received from Dr Judith Hooper, Executive Director of Public Health "
                    "and Sheila Dilks."]], [30, 144]),
    ]}]},
    attendees=[A(_strip_title(n), PRESENT, r, _ORG_IN_ROLE.get(n)) for n, r in _CKW11_PRESENT]
    + [A(_strip_title(n), IN_ATT, r, o) for n, r, o in _CKW11_ATTENDANCE]
    + [A("Judith Hooper", APOLOGIES, "Executive Director of Public Health"), A("Sheila Dilks", APOLOGIES)],
    decisions=[],
)

_KC_PRESENT = [
    ("Peter Molyneux", "Chair"), ("Laurence Beard", "Non-Executive Director"), ("Cynthia Dize", "Non-Executive Director"),
    ("Andreas Lambrianou", "Non-Executive Director"), ("Sandra Mounier-Jack", "Non-Executive Director"),
    ("Edgar Moyo", "Non-Executive Director"), ("Clive Pinder", "Non-Executive Director"),
    ("Cllr Fiona Buxton", "Associate Non-Executive Director"), ("Andrew Steeden", "Clinical Executive Committee Chair"),
    ("Jon Bell", "Director Finance and Commissioning"), ("Jane Clegg", "Acting Chief Operating Officer"),
]

case(
    id="kensington-chelsea-pct-2008-scan", year=2008, format="pdf", layout="pdf_scan", scan=True,
    url="http://www.docstoc.com/docs/34276101/Kensington-Chelsea",
    body="Kensington and Chelsea Primary Care Trust Board", body_kind="nhs_trust",
    patterns=["cover_sheet_before_minutes", "letterhead_names_not_attendees", "name_role_table_without_heading",
              "scanned_page"],
    notes="Minutes of 22 July 2008 (presented to the 30 September 2008 Board; 2008 is outside the 2010-2025 range "
          "the brief asks for, the only such case). The stored copy shows no 'Present' heading above the name | "
          "role table and ends inside the last role ('Acting Chief Operat…'), completed as 'Acting Chief Operating "
          "Officer'. The letterhead names the Chair, Chief Executive and CEC Chair; they are not attendance.",
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("PRIMARY CARE TRUST BOARD MEETING", bold=True), T("30 September 2008"),
        T("AGENDA ITEM 1.3\nAGENDA PAPER 08/37.01"),
        TABLE([["Title", "Minutes of the Board meeting held on 22 July 2008"],
               ["Presented by", "Peter Molyneux"],
               ["What is the decision or action required by the Board?",
                "To approve the minutes as a true record and to consider any matters arising"]],
              [60, 114], border=True),
        GAP(6),
        T("Chair Peter Molyneux\nChief Executive: Diana Middleditch\nChair Clinical Executive Committee: Andrew Steeden",
          size=8),
        GAP(4),
        T("MINUTES OF THE BOARD MEETING\nHELD ON 22 JULY 2008", bold=True),
        GAP(3),
        TABLE([[n, r] for n, r in _KC_PRESENT], [55, 119]),
    ]}]},
    attendees=[A(_strip_title(n), PRESENT, r) for n, r in _KC_PRESENT],
    decisions=[],
)

case(
    id="natural-resources-wales-board-2014", year=2014, format="pdf", layout="pdf_text_table",
    url="https://expydoc.com/doc/4227266/confirmed-board-meeting-minutes---may-14-2014",
    body="Natural Resources Wales Board", body_kind="welsh",
    patterns=["label_column_names_one_per_line", "executive_team_in_attendance_label", "secretariat_label",
              "apologies_noted_from_sentence", "minutes_agreed_subject_to_amendments"],
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Confirmed Minutes", bold=True, size=12),
        TABLE([["Title of Meeting:", "Board Meeting (Business)"], ["Date of Meeting:", "14 May 2014"]], [45, 129]),
        GAP(2),
        TABLE([["Board Members:" if i == 0 else "", n] for i, n in enumerate([
            "Mike Brooker", "Ruth Hall", "Madeleine Havard", "Harry Legge-Bourke", "Peter Matthews (Chair)",
            "Andy Middleton", "Nigel Reader", "Emyr Roberts (Chief Executive)", "Lynda Warren", "Paul Williams"])]
              + [["Executive Team in attendance:" if i == 0 else "", n] for i, n in enumerate([
                  "Graham Hillier", "Liz Davis", "Ceri Davies", "Clive Thomas", "Kevin Ingram", "Niall Reynolds",
                  "Tim Jones", "Catherine Smith"])]
              + [["Secretariat:" if i == 0 else "", n] for i, n in enumerate(["Geralene Mills", "Kelly Goswell"])],
              [45, 129]),
        GAP(3),
        T("Item 1", bold=True), T("Welcome", bold=True), T("1. The Chairman welcomed all to the meeting."),
        T("Apologies", bold=True),
        T("2. Apologies for absence noted from Trefor Owen, Executive Director for National Services."),
        T("Declaration of Interest", bold=True),
        T("3. There were no declarations of interest in relation to items on the agenda."),
        T("Ratification of Minutes", bold=True),
        T("4. The minutes from the Board meeting on 3rd April were agreed as a true record of the meeting and "
          "approved subject to the following amendments:"),
        T("· a missing bullet on the role of third-sector partners to be restored;\n"
          "· two wording corrections in the reports of the Board's advisory groups."),
    ]}]},
    attendees=[A(n, PRESENT) for n in ["Mike Brooker", "Ruth Hall", "Madeleine Havard", "Harry Legge-Bourke"]]
    + [A("Peter Matthews", PRESENT, "Chair"), A("Andy Middleton", PRESENT), A("Nigel Reader", PRESENT),
       A("Emyr Roberts", PRESENT, "Chief Executive"), A("Lynda Warren", PRESENT), A("Paul Williams", PRESENT)]
    + [A(n, IN_ATT) for n in ["Graham Hillier", "Liz Davis", "Ceri Davies", "Clive Thomas", "Kevin Ingram",
                              "Niall Reynolds", "Tim Jones", "Catherine Smith", "Geralene Mills", "Kelly Goswell"]]
    + [A("Trefor Owen", APOLOGIES, "Executive Director for National Services")],
    decisions=[
        D("4. The minutes from the Board meeting on 3rd April were agreed as a true record of the meeting and approved "
          "subject to the following amendments:", "approved", "4", "Ratification of Minutes"),
    ],
)

_SAYR_PRESENT = [
    ("Councillor Bill McIntosh", "Leader of Council (Chair)", None), ("Councillor Allan Dorans", None, "South Ayrshire Council"),
    ("Councillor John McDowall", None, "South Ayrshire Council"), ("Councillor Rita Miller", "Chair", "Integration Joint Board"),
    ("Eileen Howat", "Chief Executive", "South Ayrshire Council"), ("Dr. Martin Cheyne", "Chairman", "NHS Ayrshire and Arran"),
    ("Tim Eltringham", "Director", "South Ayrshire Health & Social Care Partnership"),
    ("Dr. Joy Tomlinson", "Consultant in Public Health Medicine", "NHS Ayrshire and Arran"),
    ("Chief Superintendent Paul Main", None, "Police"),
    ("Stuart Millar", "Director of Education, Contracts and Business Development", "Ayrshire College"),
    ("Susan Ward", "Customer Service Leader, South Ayrshire", "Jobcentre Plus"),
    ("Gibby Lamont", "Depute Group Manager", "Scottish Fire and Rescue Service"),
    ("Allan Comrie", "Senior Transport Planner", "Strathclyde Partnership for Transport"),
    ("Alyson Russell-Stevenson", "Location Director for South Ayrshire", "Scottish Enterprise"),
    ("Pat McPhee", "Area Manager", "Skills Development Scotland"),
    ("Kerry Wallace", "Unit Manager (Strathclyde and Ayrshire)", "Scottish Natural Heritage"),
    ("Marie Oliver", "Chief Executive Officer", "Voluntary Action South Ayrshire"),
]
_SAYR_APOLOGIES = [
    ("John Burns", "Chief Executive", "NHS Ayrshire and Arran"),
    ("Gordon Hunt", "Head of External Engagement", "University of the West of Scotland"),
    ("Heather Dunk", "Principal", "Ayrshire College"), ("Hazel Mathieson", "Head of Operations", "Skills Development Scotland"),
    ("Catriona Morton", "District Manager", "Jobcentre Plus"),
    ("Val Russell", "Chief Executive", "Ayrshire Chamber of Commerce and Industry"),
    ("Jim Scott", "Area Manager (East, North and South Ayrshire)", "Scottish Fire and Rescue Service"),
]
_SAYR_OTHERS = [
    ("Justina Murray", "Chief Officer", "South West Scotland Community Justice Ayrshire"),
    ("Douglas Hutchison", "Director of Educational Services", None), ("Claire Monaghan", "Head of Communities", None),
    ("Valerie Stewart", "Community Planning Co-ordinator", None),
]

case(
    id="south-ayrshire-cpb-2017", year=2017, format="pdf", layout="pdf_text_flowing",
    url="https://docslib.org/doc/746634/1-south-ayrshire-community-planning-board-minutes-of",
    body="South Ayrshire Community Planning Board", body_kind="scottish_partnership",
    patterns=["present_board_members_semicolon_flowing_list", "name_comma_role_comma_org_entries",
              "apologies_semicolon_flowing_list", "others_attending_label", "rank_title_chief_superintendent"],
    notes="The stored copy ends inside the last 'Others attending' entry ('Community Planning Co-ordin…'); "
          "completed as 'Co-ordinator' and ended there.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("SOUTH AYRSHIRE COMMUNITY PLANNING BOARD.", bold=True),
        T("Minutes of meeting in the Room, County Buildings, Wellington Square, on 22nd March 2017 at 2.00 p.m."),
        GAP(3),
        T("Present: Board Members:", bold=True),
        T("; ".join(", ".join(x for x in (n, r, o) if x) for n, r, o in _SAYR_PRESENT)
          .replace("Chief Superintendent Paul Main, Police", "Chief Superintendent Paul Main, Police ") + "."),
        GAP(2), T("Apologies:", bold=True),
        T("; ".join(", ".join(x for x in (n, r, o) if x) for n, r, o in _SAYR_APOLOGIES) + "."),
        GAP(2), T("Others attending:", bold=True),
        T("; ".join(", ".join(x for x in (n, r, o) if x) for n, r, o in _SAYR_OTHERS) + "."),
        GAP(3), T("1. Welcome and Introductions", bold=True),
        T("The Chair welcomed everyone and noted that this was the last meeting before the local elections."),
    ]}]},
    attendees=[A(n.replace("Councillor ", "").replace("Dr. ", "").replace("Chief Superintendent ", ""), PRESENT, r, o)
               for n, r, o in _SAYR_PRESENT]
    + [A(n, APOLOGIES, r, o) for n, r, o in _SAYR_APOLOGIES]
    + [A(n, IN_ATT, r, o) for n, r, o in _SAYR_OTHERS],
    decisions=[],
)

_MID_PRESENT = [
    ("Councillor Jim Muirhead", "Midlothian Council"), ("Alasdair Mathers", "Midlothian Council"),
    ("Gillian Jardine", "DWP"), ("Lesley Kelly", "MVA"), ("George Archibald", "Chamber of Commerce"),
    ("Angus McCann", "NHS"), ("Garry Clark", "Federation of Small Businesses"), ("Grant McDougall", "Skills Development"),
    ("David Russell", "Midlothian Council"), ("Angus MacInnes", "Police Scotland"), ("Frank Beattie", "Scottish Enterprise"),
    ("Stephen Gourlay", "Scottish Fire & Rescue Service"), ("Margaret Littlewood", "Federation of Community Councils"),
    ("Grace Vickers", "Midlothian Council"),
]
_MID_APOLOGIES = [
    ("Colonel Douglas Mackay", "Armed Forces"), ("Keith Fisken", "SEStran"), ("Councillor Winchester", "Midlothian Council"),
    ("Dr Mary Smith", "Midlothian Council"), ("George Wilson", "Midlothian Voluntary Action"),
    ("Allister Short", "Midlothian Council/NHS Lothian"), ("Malcolm Spaven", "Federation of Community Councils"),
    ("Elaine Morrison", "Scottish Enterprise"), ("Niall Corbet", "Scottish Natural Heritage"),
]

case(
    id="midlothian-cpb-2019", year=2019, format="pdf", layout="pdf_text_table",
    url="https://docslib.org/doc/11731167/minute-of-community-planning-board-thursday-31-january-2019-at-10-00am-committee-room-midlothian-house-present-councillor-ji",
    body="Midlothian Community Planning Board", body_kind="scottish_partnership",
    patterns=["label_name_org_three_column_table", "acronym_organisations", "military_rank_title",
              "action_column_with_initials", "minutes_agreed_as_true_record"],
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Minute of Community Planning Board", bold=True, size=12),
        T("Thursday 31 January 2019 at 10:00am\nCommittee Room, Midlothian House"),
        GAP(3),
        TABLE([["Present:" if i == 0 else "", n, o] for i, (n, o) in enumerate(_MID_PRESENT)], [26, 62, 86]),
        GAP(2),
        TABLE([["Apologies:" if i == 0 else "", n, o] for i, (n, o) in enumerate(_MID_APOLOGIES)], [26, 62, 86]),
        GAP(3),
        TABLE([["", "", "ACTION"],
               ["0", "Apologies\nApologies as noted above. Councillor Muirhead suggested a letter of thanks to the "
                     "Armed Forces representative, who is to retire and be replaced.", "AM/JM"],
               ["1", "Minutes/matters arising\nThe minutes of the previous meeting were agreed as a true record. A "
                     "member asked whether feedback could still be given on a current consultation; it could.", "GA"]],
              [10, 140, 24]),
    ]}]},
    attendees=[A(n.replace("Councillor ", ""), PRESENT, None, o) for n, o in _MID_PRESENT]
    + [A(n.replace("Colonel ", "").replace("Councillor ", "").replace("Dr ", ""), APOLOGIES, None, o)
       for n, o in _MID_APOLOGIES],
    decisions=[
        D("The minutes of the previous meeting were agreed as a true record.", "approved", "1", "Minutes/matters arising"),
    ],
)

case(
    id="mersey-care-trust-board-2015", year=2015, format="pdf", layout="pdf_text_flowing",
    url="https://studylib.net/doc/10127731/january-28th-2015---mersey-care-nhs-trust",
    body="Mersey Care NHS Trust Board", body_kind="nhs_trust",
    patterns=["present_comma_list_name_bracketed_role", "in_attendance_comma_list", "apologies_received_label_inline",
              "carers_named_as_guests"],
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Trust Board Meeting", bold=True, size=12),
        T("Meeting Date: Wednesday 28 January 2015\nVenue: Boardroom, 8 Princes Parade, Princes Dock. Liverpool L3 1DL\n"
          "Time: 10.30 a.m."),
        GAP(3),
        T("Present: Beatrice Fraenkel (Chairman), Nick Williams (Non Executive Director), Neil Willcox (Non Executive "
          "Director), Matt Birch (Non Executive Director), Gerry O'Keeffe (Non Executive Director), Joe Rafferty (Chief "
          "Executive), Neil Smith (Executive Director of Resources/Deputy Chief Executive), David Fearnley (Medical "
          "Director), Ray Walker (Executive Director of Nursing and Secure Services), Elaine Darbyshire (Executive "
          "Director of Communications & Corporate Governance), Amanda Oates (Executive Director of Workforce)"),
        GAP(2),
        T("In Attendance: Mandy Gregory (Staff Side), Louise Edwards (Director of Strategy), Andrea Chadwick (Corporate "
          "Director of Finance and Estates), Jim Hughes (Director of Informatics and Performance Improvement), Mike "
          "Whelan (Carer), Alicia Whelan (Carer), Andy Meadows (Trust Secretary), Sarah Jennings (Corporate "
          "Governance/Minute Secretary)"),
        GAP(2),
        T("Apologies Received: Brenda Roe (Non Executive Director), Chris Dowrick (Advisory Board Member)"),
        GAP(3),
        T("A2 2. WELCOME", bold=True),
        T("Mrs Fraenkel welcomed everyone and reminded Board members that reports were taken as read."),
        T("CARER STORY", bold=True),
        T("Two carers described their family's experience of one of the trust's services and suggested where "
          "signposting and support could be better."),
    ]}]},
    attendees=[
        A("Beatrice Fraenkel", PRESENT, "Chairman"), A("Nick Williams", PRESENT, "Non Executive Director"),
        A("Neil Willcox", PRESENT, "Non Executive Director"), A("Matt Birch", PRESENT, "Non Executive Director"),
        A("Gerry O'Keeffe", PRESENT, "Non Executive Director"), A("Joe Rafferty", PRESENT, "Chief Executive"),
        A("Neil Smith", PRESENT, "Executive Director of Resources/Deputy Chief Executive"),
        A("David Fearnley", PRESENT, "Medical Director"),
        A("Ray Walker", PRESENT, "Executive Director of Nursing and Secure Services"),
        A("Elaine Darbyshire", PRESENT, "Executive Director of Communications & Corporate Governance"),
        A("Amanda Oates", PRESENT, "Executive Director of Workforce"),
        A("Mandy Gregory", IN_ATT, "Staff Side"), A("Louise Edwards", IN_ATT, "Director of Strategy"),
        A("Andrea Chadwick", IN_ATT, "Corporate Director of Finance and Estates"),
        A("Jim Hughes", IN_ATT, "Director of Informatics and Performance Improvement"),
        A("Mike Whelan", IN_ATT, "Carer"), A("Alicia Whelan", IN_ATT, "Carer"),
        A("Andy Meadows", IN_ATT, "Trust Secretary"),
        A("Sarah Jennings", IN_ATT, "Corporate Governance/Minute Secretary"),
        A("Brenda Roe", APOLOGIES, "Non Executive Director"), A("Chris Dowrick", APOLOGIES, "Advisory Board Member"),
    ],
    decisions=[],
)

_WLMHT_PRESENT = [
    ("Mr Nigel McCorkell", "Chairman"), ("Mr Steve Shrubb", "Chief Executive"), ("Dr Nick Broughton", "Medical Director"),
    ("Mrs Barbara Byrne", "Director of Finance & Information"), ("Ms Christine Higgins", "Non-Executive Director"),
    ("Mrs Barbara Kerin", "Non-Executive Director"), ("Professor Lefkos Middleton", "Non- Executive Director"),
    ("Miss Leeanne McGee", "Director of High Secure Services"), ("Mr Steve Trenchard", "Director of Nursing & Patient Experience"),
    ("Mrs Lynne Weedall", "Non-Executive Director"), ("Mr Andy Weir", "Director of Specialist and Forensic Services"),
]
_WLMHT_ATTENDANCE = [
    ("Mr Charles Allen", "Interim Director of Workforce"), ("Mr Nigel Leonard", "Director of Planning & Corporate Affairs"),
    ("Ms Vicki Harvey-Piper", "Interim Head of Communications"),
    ("Miss Helen Mangan", "Deputy Director of Local Services / Head of Partnerships"),
    ("Mrs Barbara Wörts", "Board Secretary (minutes)"), ("Mr David Wellborne", "CapGemini"), ("Ms Penny Locke", "CapGemini"),
    ("Mr Ian Cox", "NHS London"), ("Mr Barathan Veerappan", "NHS London"),
]

case(
    id="west-london-mh-trust-board-2012", year=2012, format="pdf", layout="pdf_text_table",
    url="https://studylib.net/doc/8585410/minutes-of-the-trust-board-meeting--part-1--held-in",
    body="West London Mental Health NHS Trust Board", body_kind="nhs_trust",
    patterns=["label_name_role_three_column_table", "organisation_in_role_column", "members_of_public_count_row",
              "welcomed_as_representative_of_absent_director", "apologies_lettered_paragraph",
              "minutes_agreed_subject_to_amendments_duly_signed", "minute_number_and_item_number"],
    notes="The decision's item is labelled with the minute number (2789/12); the row also says 'Item 4'.",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("MINUTES OF THE TRUST BOARD MEETING (PART 1) HELD IN PUBLIC on Wednesday 26th September 2012 at The "
          "Boardroom, Trust Headquarters, St Bernard's, Uxbridge Road, UB1 3EU", bold=True),
        GAP(3),
        TABLE(labelled_rows("Present:", _WLMHT_PRESENT) + labelled_rows("In attendance:", _WLMHT_ATTENDANCE)
              + [["", "& 2 members of the public", ""]], [30, 58, 86]),
        GAP(3),
        TABLE([["Minute", "", ""],
               ["2786/12", "Item 1", "OPENING AND WELCOME\na. The Chairman welcomed everyone to the meeting"],
               ["2787/12", "Item 2", "APOLOGIES FOR ABSENCE\na. Apologies for absence were received from Dame Sally "
                                     "Powell Non Executive Director Mr Neville Manuel Non Executive Director Mr Geoff "
                                     "Rose Non Executive Director. Ms Jean George Director of Local Services\n"
                                     "b. Miss Mangan was welcomed to the meeting as Ms George's representative."],
               ["2788/12", "Item 3", "DECLARATION OF INTERESTS\na. No interests were declared on the agenda items."],
               ["2789/12", "Item 4", "MINUTES OF PREVIOUS MEETING HELD ON 25th JULY 2012\na. The Board considered the "
                                     "minutes of the meeting held on 25th July 2012. Subject to the following "
                                     "amendments, the minutes were agreed as a true and accurate record and were duly "
                                     "signed:\nb. Page 3 - a reference code to be corrected"]],
              [20, 16, 138]),
    ]}]},
    attendees=[A(_strip_title(n), PRESENT, r) for n, r in _WLMHT_PRESENT]
    + [A(_strip_title(n), SUB if "Mangan" in n else IN_ATT, r, r if r in ("CapGemini", "NHS London") else None,
         "Jean George" if "Mangan" in n else None) for n, r in _WLMHT_ATTENDANCE]
    + [A("Sally Powell", APOLOGIES, "Non Executive Director"), A("Neville Manuel", APOLOGIES, "Non Executive Director"),
       A("Geoff Rose", APOLOGIES, "Non Executive Director"), A("Jean George", APOLOGIES, "Director of Local Services")],
    decisions=[
        D("a. The Board considered the minutes of the meeting held on 25th July 2012. Subject to the following "
          "amendments, the minutes were agreed as a true and accurate record and were duly signed:", "approved",
          "2789/12", "MINUTES OF PREVIOUS MEETING HELD ON 25th JULY 2012"),
    ],
)

case(
    id="healthwatch-lancashire-2016", year=2016, format="pdf", layout="pdf_text_table",
    url="https://docest.com/doc/668151/healthwatch-lancashire-limited-board",
    body="Healthwatch Lancashire Limited Board", body_kind="healthwatch",
    patterns=["names_without_present_heading", "two_names_share_seat_slash", "in_attendance_name_role_org_lines",
              "item_table_number_title_cells", "resolved_colon_minutes_agreed", "resolved_colon_board_noted"],
    notes="The stored copy shows the members' names with no 'Present' label before them (as here).",
    exposed="the same source page became development case evaluation/real/attendance/healthwatch-lancashire-board-2016 "
            "(batch 7, dev split) while this set was being built; left out of blind figures by default",
    document=None,
    pdf_spec={"pages": [{"items": [
        T("Healthwatch Lancashire Limited Board", bold=True, size=12),
        T("Part I Minutes of the Meeting held on Wednesday, 23rd March, 2016 at 10.00 am at the Healthwatch Lancashire "
          "Offices, Leyland House, Lancashire Business Park, Leyland, PR26 6TY"),
        GAP(3),
        T("Michael Wedgeworth (Chairman)\nJohn Fell\nDavina Hanlon / Alex Rocke\nAveril Sparrow\nNaz Zaman"),
        GAP(3),
        T("In Attendance", bold=True),
        T("Gill Brown, Chief Executive, Healthwatch Lancashire\n"
          "Neil Greaves, Communications Manager, Healthwatch Lancashire Limited\n"
          "Andy Milroy, Company Services Officer, Lancashire County Council\n"
          "Sheralee Turner-Birchall, Volunteers & Projects Officers Manager, Healthwatch Lancashire Limited\n"
          "Rose Whalley, Moore and Smalley"),
        GAP(3),
        TABLE([["1.", "Welcome and Apologies\nThe Chair, Mike Wedgeworth, welcomed all to the meeting. Apologies for "
                      "absence were noted from Carol Gradwell."],
               ["2.", "Minutes of the last Board meeting held on 3rd March 2016\nResolved: The minutes of the Board "
                      "meeting held on 3rd March 2016 were agreed as an accurate record and duly signed by the Chair."],
               ["3.", "Matters Arising\nIt was asked that open and private business be minuted separately in future; "
                      "the company secretary's representative agreed."],
               ["4.", "Declaration of Interests"],
               ["5.", "Chair's Report\nThe Chair reported on meetings he had attended since the last Board, including "
                      "one on outreach to families in East Lancashire.\nResolved: The Board noted the Chair's Report as "
                      "presented."]],
              [14, 160], border=True),
    ]}]},
    attendees=[
        A("Michael Wedgeworth", PRESENT, "Chairman"), A("John Fell", PRESENT), A("Davina Hanlon", PRESENT),
        A("Alex Rocke", PRESENT), A("Averil Sparrow", PRESENT), A("Naz Zaman", PRESENT),
        A("Gill Brown", IN_ATT, "Chief Executive", "Healthwatch Lancashire"),
        A("Neil Greaves", IN_ATT, "Communications Manager", "Healthwatch Lancashire Limited"),
        A("Andy Milroy", IN_ATT, "Company Services Officer", "Lancashire County Council"),
        A("Sheralee Turner-Birchall", IN_ATT, "Volunteers & Projects Officers Manager", "Healthwatch Lancashire Limited"),
        A("Rose Whalley", IN_ATT, None, "Moore and Smalley"),
        A("Carol Gradwell", APOLOGIES),
    ],
    decisions=[
        D("Resolved: The minutes of the Board meeting held on 3rd March 2016 were agreed as an accurate record and duly "
          "signed by the Chair.", "approved", "2", "Minutes of the last Board meeting held on 3rd March 2016"),
        D("Resolved: The Board noted the Chair's Report as presented.", "noted", "5", "Chair's Report"),
    ],
)

_BANES = [
    ("Board Members", "Chairman Cllr Martin Veal",
     "Cabinet Member for Community Services, Bathavon North Ward Councillor, Conservative, B&NES Council,", PRESENT,
     "B&NES Council"),
    ("", "Cllr Mark Shelford", "B&NES Council Cabinet Assistant for Economic Development, Lyncombe Ward Councillor, "
                               "Conservative", PRESENT, "B&NES Council"),
    ("", "Cllr Robin Moss", "Westfield Ward Councillor, Labour Group Leader", PRESENT, None),
    ("", "Cllr June Player", "Westmoreland Ward Councillor, Independent", PRESENT, None),
    ("", "Peter Andrews", "Community Board Member, Transition Bath and other community initiatives.", PRESENT, None),
    ("", "Donna Baddeley", "Executive Director, Transformation & Business Improvement, Curo Group", PRESENT, "Curo Group"),
    ("", "Bruce Laurence", "Director of Public Health, B&NES Council", PRESENT, "B&NES Council"),
    ("", "Andrew Pate", "Strategic Director, Resources, B&NES Council", PRESENT, "B&NES Council"),
    ("", "Louise Fradd", "Strategic Director, Place, B&NES Council", PRESENT, "B&NES Council"),
    ("Board Advisors", "Dave Crowson", "Environment Agency", PRESENT, "Environment Agency"),
    ("", "Peter Capener", "Independent Sustainable Energy Consultant", PRESENT, None),
    ("Guests", "Sophie Kirk", "Sustainability Officer, Food. B&NES Council", IN_ATT, "B&NES Council"),
    ("", "Jonathan Poole", "", IN_ATT, None),
    ("Standing Officers", "Jane Wildblood", "Corporate Sustainability Manager, B&NES Council", IN_ATT, "B&NES Council"),
    ("", "Micaela Basford", "Corporate Sustainability Officer, B&NES Council", IN_ATT, "B&NES Council"),
    ("", "Sara Banks", "Standards & Support Officer, B&NES Council", IN_ATT, "B&NES Council"),
    ("Apologies", "David Trethewey", "Divisional Director, Strategy & Performance, B&NES Council", APOLOGIES,
     "B&NES Council"),
    ("", "Cllr Jonathan Carr", "Abbey Ward Councillor, Green Party Leader STEPPED DOWN", APOLOGIES, None),
    ("", "Cllr Paul Crossley", "Southdown Ward Councillor, Liberal Democrat Group, Member Advocate for The Sustainable "
                               "Environment", APOLOGIES, None),
]

case(
    id="bath-nes-environmental-partnership-2016", year=2016, format="pdf", layout="pdf_text_table",
    url="http://businessdocbox.com/Green_Solutions/75584961-Environmental-sustainability-partnership-board-esp-board-attendees.html",
    body="Bath and North East Somerset Environmental Sustainability Partnership Board", body_kind="partnership",
    patterns=["attendees_grid_group_label_name_role_columns", "group_labels_board_members_advisors_guests_officers",
              "apologies_as_a_group_row", "chairman_title_before_cllr", "empty_role_cell"],
    notes="The stored copy gives the names and the role column separately; one guest (Jonathan Poole) has no role "
          "left to pair with and is shown with an empty cell.",
    document=None,
    pdf_spec={"pages": [{"items": [
        TABLE([["Meeting", "Environmental Sustainability Partnership Board (ESP) Board"],
               ["Date", "11th October 2016"], ["Time", "14:00 start 16:00 finish"],
               ["Venue", "Mulberry Park Visitors Centre, Foxhill, Bath, BA2 5QN"]], [30, 144], border=True),
        GAP(3),
        T("Attendees", bold=True),
        TABLE([[g, n, r] for g, n, r, _, _ in _BANES], [32, 48, 94], border=True),
        GAP(3),
        T("Agenda 11th October 2016", bold=True),
        TABLE([["", "Subject", "Time", "Presenter"],
               ["1", "Welcome, introductions and declarations of interest", "5m", "Cllr Martin Veal"],
               ["2", "Minutes & Actions from last Board Meeting (minutes below)", "5m", "Cllr Martin Veal"]],
              [8, 110, 16, 40], border=True),
    ]}]},
    attendees=[A(n.replace("Chairman ", "").replace("Cllr ", ""), st, r or None, org) for _, n, r, st, org in _BANES],
    decisions=[],
)

case(
    id="brecknock-radnor-chc-2013-scan", year=2013, format="pdf", layout="pdf_scan", scan=True,
    url="https://docslib.org/doc/4876445/brecknock-and-radnor-community-health-council-minutes-of-a-meeting-held-on-friday-29-th-november-2013-in-bishop-meadow-motel-br",
    body="Brecknock and Radnor Community Health Council", body_kind="welsh",
    patterns=["label_column_member_groups", "name_en_dash_role", "initials_with_honorifics", "in_attendance_name_comma_role_comma_org",
              "no_apologies_sentence", "capitals_agreed_minutes", "minute_reference_numbers", "scanned_page"],
    document=None,
    pdf_spec={"pages": [{"scan": True, "items": [
        T("BRECKNOCK AND RADNOR COMMUNITY HEALTH COUNCIL", bold=True),
        T("Minutes of a meeting held on Friday 29th November 2013 in Bishop Meadow Motel, at 10.30 am."),
        GAP(3),
        TABLE([["Present:", "CHC Members:", "Cllr Mrs D G Thomas – Chairman"], ["", "", "Mrs H Barrow – Vice Chairman"],
               ["", "", "Mrs A Mathias"], ["", "", "Cllr H Williams"], ["", "", "Cllr I Williams"],
               ["", "Co-opted Members:", "Mr G Davies"], ["", "", "Mrs J Eason"], ["", "", "Mr G Greaves"],
               ["", "", "Mrs M Morris"], ["", "", "Mr J Steadman"], ["", "", "Mrs B Whitticase"]], [26, 40, 108]),
        GAP(2),
        TABLE([["In Attendance :", "J David Adams, Chief Officer, CHC"], ["", "Jayne Thornhill, Deputy Chief Officer, CHC"],
               ["", "Gill Coles, Office Manager, CHC"], ["", "Dr Brendan Lloyd, Medical Director, THealth Board"],
               ["", "Mr Andrew Evans, Local General Manager, South Powys"],
               ["", "Mr Bruce Whitear, Director of Planning"]], [36, 138]),
        GAP(2), T("Three members of the public were present."), GAP(3),
        TABLE([["", "", "Action"], ["FC/91/13", "There were no apologies for absence.", ""],
               ["FC/92/13", "Declarations of Interest: There were no Declarations of Interest.", ""],
               ["FC/93/13", "Chairman's announcements: There were no specific announcements by the Chairman.", ""],
               ["FC/94/13", "Minutes of the Meeting held on 16th September 2013\nThe minutes of the meeting held on "
                            "16th September 2013 were AGREED as a correct record.", ""]], [24, 134, 16]),
    ]}]},
    attendees=[
        A("D G Thomas", PRESENT, "Chairman"), A("H Barrow", PRESENT, "Vice Chairman"), A("A Mathias", PRESENT),
        A("H Williams", PRESENT), A("I Williams", PRESENT),
        A("G Davies", PRESENT, "Co-opted Member"), A("J Eason", PRESENT, "Co-opted Member"),
        A("G Greaves", PRESENT, "Co-opted Member"), A("M Morris", PRESENT, "Co-opted Member"),
        A("J Steadman", PRESENT, "Co-opted Member"), A("B Whitticase", PRESENT, "Co-opted Member"),
        A("J David Adams", IN_ATT, "Chief Officer", "CHC"), A("Jayne Thornhill", IN_ATT, "Deputy Chief Officer", "CHC"),
        A("Gill Coles", IN_ATT, "Office Manager", "CHC"),
        A("Brendan Lloyd", IN_ATT, "Medical Director", "THealth Board"),
        A("Andrew Evans", IN_ATT, "Local General Manager, South Powys"),
        A("Bruce Whitear", IN_ATT, "Director of Planning"),
    ],
    decisions=[
        D("The minutes of the meeting held on 16th September 2013 were AGREED as a correct record.", "approved",
          "FC/94/13", "Minutes of the Meeting held on 16th September 2013"),
    ],
)
