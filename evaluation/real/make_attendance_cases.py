"""Write the real-world attendance cases (evaluation/real/attendance/<case_id>/) from the specs below.

    .venv/bin/python evaluation/real/make_attendance_cases.py

Each spec was modelled on one published set of minutes (its URL is kept in case.json): the attendance block is
reproduced as published — people, roles, organisations, statuses, headings, formulaic wording and punctuation
— while the surrounding narrative is written anew. Labels are written by hand from the source, one line per
attendee: ``STATUS|name as a person (no title)|role|organisation|substitute for`` with STATUS one of
P present, A apologies, X absent, I in_attendance, S substitute. The split is fixed by the case id alone
(``split_of``), decided before any tuning.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import textwrap
from pathlib import Path

OUT = Path(__file__).resolve().parent / "attendance"
STATUS = {"P": "present", "A": "apologies", "X": "absent", "I": "in_attendance", "S": "substitute"}
CASES: list[dict] = []
# Cases whose stored source showed the layout (headings, table shape, wording) but not the whole attendee list:
# the people missing from the excerpt were filled in to complete the layout; case.json says "attendees":
# "completed" for them and "as published" for the rest.
COMPLETED = {
    "slough-hwb-2021", "halton-shadow-hwb-2011", "lancashire-shadow-hwb-2012", "gloucestershire-hwb-2019",
    "herefordshire-hwb-2012", "haringey-hwb-2015", "peterborough-hwb-2014", "medway-hwb-2016", "merton-ccg-2016",
    "bradford-ccgs-jfp-2018", "milton-keynes-northants-pct-cluster-2012", "kingston-ccg-2016",
    "nottingham-north-east-ccg-2015", "harrogate-ccg-2017", "lincolnshire-icb-2024", "blmk-icb-2024",
    "christie-ft-2020", "kmpt-board-2019", "norfolk-waveney-partnership-2021", "fit-for-future-stp-2017",
    "moray-ijb-2021", "aberdeen-ijb-2019", "glasgow-ijb-pec-2020", "nhs-grampian-board-2017",
    "powys-growth-deal-2020", "nifrs-board-2015", "south-eastern-hsct-2016", "argyll-bute-ijb-2021",
    "renfrewshire-shadow-ijb-2015", "scottish-borders-ijb-2016", "cardiff-vale-charity-2020",
    "midlothian-council-2018", "west-suffolk-joint-exec-2018", "city-of-london-pr-2018", "policing-board-wales-2019",
}


def split_of(case_id: str) -> str:
    """Two thirds dev, one third test, by a hash of the id (fixed before tuning)."""
    return "test" if int(hashlib.sha1(case_id.encode()).hexdigest(), 16) % 3 == 0 else "dev"


def case(case_id, *, url, body, kind, year, patterns, labels, txt=None, html=None, pdf=None):
    CASES.append(dict(case_id=case_id, url=url, body=body, kind=kind, year=year, patterns=patterns,
                      labels=labels, txt=txt, html=html, pdf=pdf))


def _labels(spec: str) -> list[dict]:
    out = []
    for line in textwrap.dedent(spec).strip().splitlines():
        st, name, role, org, sub = (line.split("|") + ["", "", "", ""])[:5]
        out.append({"name": name.strip(), "role": role.strip() or None, "organisation": org.strip() or None,
                    "status": STATUS[st.strip()], "substitute_for": sub.strip() or None})
    return out


def T(s: str) -> str:
    return textwrap.dedent(s).strip("\n") + "\n"


# ---------------------------------------------------------------------------------------------------------------
# English Health and Wellbeing Boards
# ---------------------------------------------------------------------------------------------------------------

case("cumbria-hwb-2019", url="http://councilportal.cumbria.gov.uk/ieListDocuments.aspx?MId=9236",
     body="Cumbria Health and Wellbeing Board", kind="hwb", year=2019, patterns=["apology_sentence", "substitute_in_brackets"],
     html=T("""
     <html><body><div id="modgov"><h1>Cumbria Health and Wellbeing Board</h1><p>Thursday, 18th April, 2019 10.00 am</p>
     <table><tr><td>1.</td><td><p><strong>Apologies for Absence</strong></p><p>To receive any apologies for absence.</p>
     <p>Minutes:</p><p>Apologies for absence were received from Mr D Blacklock (Ms H Horne attended as substitute), Mr A Cummings (Mr D Walker, Medical Director attended in his absence), Ms K Fairclough (Dr D Roberts attended as substitute), Mr J Hawker (Mr A Gardner attended as substitute), Mr I Johnson and Ms B Reilly, NHS England.</p></td></tr>
     <tr><td>2.</td><td><p><strong>Disclosures of Interest</strong></p><p>No member declared an interest in any item.</p></td></tr></table>
     </div></body></html>
     """),
     labels="""
     A|D Blacklock
     S|H Horne|||D Blacklock
     A|A Cummings
     S|D Walker|Medical Director||A Cummings
     A|K Fairclough
     S|D Roberts|||K Fairclough
     A|J Hawker
     S|A Gardner|||J Hawker
     A|I Johnson
     A|B Reilly||NHS England
     """)

case("cheshire-east-hwb-2020", url="https://moderngov.cheshireeast.gov.uk/ecminutes/ieListDocuments.aspx?CId=739&MId=8054&Ver=4",
     body="Cheshire East Health and Wellbeing Board", kind="hwb", year=2020, patterns=["apology_sentence", "org_in_brackets", "irregular_spacing"],
     html=T("""
     <html><body><div id="modgov"><p>Venue: Virtual Meeting</p><table>
     <tr><td>Appointment of Chairman</td><td>Minutes: It was moved and seconded that Councillor Sam Corcoran be appointed the Chairman.</td></tr>
     <tr><td>Apologies for Absence</td><td>Minutes: Apologies for absence were received from Dr Andrew Wilson (NHS Cheshire CCG), Clare Watson ( NHS Cheshire CCG), Peter Crowcroft, (Cheshire Police) and Mike Larking, (Cheshire Fire).</td></tr>
     <tr><td>Declarations of Interest</td><td>Minutes: One member declared a non-pecuniary interest in the redesign item.</td></tr>
     </table></div></body></html>
     """),
     labels="""
     A|Andrew Wilson||NHS Cheshire CCG
     A|Clare Watson||NHS Cheshire CCG
     A|Peter Crowcroft||Cheshire Police
     A|Mike Larking||Cheshire Fire
     """)

case("cheshire-east-hwb-2018", url="https://moderngov.cheshireeast.gov.uk/ecminutes/ieListDocuments.aspx?CId=739&MId=7165&Ver=4",
     body="Cheshire East Health and Wellbeing Board", kind="hwb", year=2018, patterns=["apology_sentence", "org_in_brackets", "rank_title"],
     txt=T("""
     Cheshire East Health and Wellbeing Board
     Minutes of a meeting held on 24 July 2018 at Westfields, Sandbach

     1 Apologies for Absence
     Apologies were received from Dr Andrew Wilson (South Cheshire CCG), Jerry Hawker (Eastern Cheshire CCG), Clare Watson (South Cheshire CCG), Chief Inspector Alan Fairclough (Cheshire Police), Mike Larking (Cheshire Fire and Rescue Service) and Councillor Liz Wardlaw (Cheshire East Council).

     2 Declarations of Interest
     There were none.

     3 Minutes of Previous meeting
     RESOLVED:
     That the minutes of the meeting held on 29 May 2018 be approved as a correct record.
     """),
     labels="""
     A|Andrew Wilson||South Cheshire CCG
     A|Jerry Hawker||Eastern Cheshire CCG
     A|Clare Watson||South Cheshire CCG
     A|Alan Fairclough||Cheshire Police
     A|Mike Larking||Cheshire Fire and Rescue Service
     A|Liz Wardlaw||Cheshire East Council
     """)

case("dorset-hwb-2020", url="http://moderngov.dorsetcouncil.gov.uk/ieListDocuments.aspx?CId=431&MeetingId=4625",
     body="Dorset Health and Wellbeing Board", kind="hwb", year=2020, patterns=["apology_sentence", "attended_in_her_absence"],
     txt=T("""
     Health and Wellbeing Board - Wednesday, 23rd September, 2020 2.00 pm
     Venue: Meeting to be held virtually by a Teams Meeting

     3. Apologies
     Apologies for absence were received from Patricia Miller.  Eugene Yafele attended in her absence.

     4. Terms of Reference
     The Board looked again at how its terms of reference fit the new unitary arrangements.
     """),
     labels="""
     A|Patricia Miller
     S|Eugene Yafele|||Patricia Miller
     """)

case("dorset-hwb-2021", url="http://moderngov.dorsetcouncil.gov.uk/ieListDocuments.aspx?CId=431&MId=5017",
     body="Dorset Health and Wellbeing Board", kind="hwb", year=2021, patterns=["apology_sentence", "no_titles"],
     txt=T("""
     Health and Wellbeing Board - Wednesday, 10th November, 2021 2.00 pm

     27. Apologies
     Apologies for absence were received from Scott Chilton, Tim Goodson, Dr Dani Farrell, Dr Martin Longley and Vivienne Broadhurst.

     28. Declarations of Interest
     No declarations of disclosable pecuniary interests were made at the meeting.
     """),
     labels="""
     A|Scott Chilton
     A|Tim Goodson
     A|Dani Farrell
     A|Martin Longley
     A|Vivienne Broadhurst
     """)

case("bcp-hwb-2020", url="https://democracy.bcpcouncil.gov.uk/ieListDocuments.aspx?CId=347&MId=4650&Ver=4",
     body="BCP Health and Wellbeing Board", kind="hwb", year=2020, patterns=["apology_sentence", "substitute_members_item", "observer"],
     html=T("""
     <html><body><div id="modgov"><table>
     <tr><td>68.</td><td><p>Apologies</p><p>Minutes:</p><p>Tim Goodson took the Chair for items 1 – 3.</p>
     <p>Apologies for absence were received from Graham Farrant, James Vaughan and Eugine Yafele.</p></td></tr>
     <tr><td>69.</td><td><p>Substitute Members</p><p>Minutes:</p>
     <p>The Board was advised that ACC Mark Callaghan was attending as James Vaughan’s substitute and Katharine Harvey, Service Director for Children, Young People and Families was attending this meeting as Eugine Yafele’s substitute.</p></td></tr>
     <tr><td>70.</td><td><p>Election of Chairman</p><p>Minutes:</p><p>Councillor Nicola Greene was nominated and seconded, and took the Chair.</p></td></tr>
     </table></div></body></html>
     """),
     labels="""
     A|Graham Farrant
     A|James Vaughan
     A|Eugine Yafele
     S|Mark Callaghan|||James Vaughan
     S|Katharine Harvey|Service Director for Children, Young People and Families||Eugine Yafele
     """)

case("lbhf-hwb-2021", url="https://democracy.lbhf.gov.uk/ieListDocuments.aspx?CId=463&MId=7113&Ver=4",
     body="Hammersmith & Fulham Health & Wellbeing Board", kind="hwb", year=2021, patterns=["apology_sentence", "rank_title"],
     txt=T("""
     Health & Wellbeing Board - Wednesday, 24th March, 2021 5.00 pm
     Venue: Online - Virtual Meeting

     2. Apologies for Absence
     Apologies for absence were received from Councillor Lucy Richardson, Glendine Shepherd, Inspector Mark Kent and Janet Cree.

     3. Roll Call and Declarations of Interest
     The Chair called the roll; no interests were declared.
     """),
     labels="""
     A|Lucy Richardson
     A|Glendine Shepherd
     A|Mark Kent
     A|Janet Cree
     """)

case("city-of-london-hwb-2015", url="http://democracy.cityoflondon.gov.uk/ieListDocuments.aspx?CId=994&MId=17184&Ver=4",
     body="City of London Health and Wellbeing Board", kind="hwb", year=2015, patterns=["apology_sentence", "unusual_title"],
     txt=T("""
     HEALTH AND WELLBEING BOARD
     Friday, 22 May 2015

     1. APOLOGIES OF ABSENCE
     Apologies had been received from Dr Martin Dudley, Deputy Billy Dove, Paul Haigh and Dr Gary Marlowe.

     2. DECLARATIONS UNDER THE CODE OF CONDUCT IN RESPECT OF ITEMS ON THE AGENDA
     There were no declarations.
     """),
     labels="""
     A|Martin Dudley
     A|Billy Dove
     A|Paul Haigh
     A|Gary Marlowe
     """)

case("rbwm-shadow-hwb-2012", url="https://rbwm.moderngov.co.uk/CeListDocuments.aspx?MID=2309&RD=Minutes&DF=18%2f05%2f2012&A=0&R=0",
     body="Royal Borough of Windsor and Maidenhead Shadow Health and Wellbeing Board", kind="hwb", year=2012,
     patterns=["inline_list", "plural_title", "substituting_in_brackets", "officers_heading", "role_in_brackets"],
     txt=T("""
     SHADOW HEALTH AND WELLBEING BOARD
     COUNCIL CHAMBER AT 2.00PM
     3 FEBRUARY 2012

     Present: Councillors Simon Dudley (Chairman – Cabinet Lead Member for Adult and Community Services), Eileen Quick (Cabinet Lead Member for Children’s Services) and Lynda Yong (Deputy Lead Member for Health).

     Dr Adrian Hayter, Mr Mike Holness (substituting for Brian Huggett), Dr Pat Riordan, Christabel Shawcross, Cliff Turner and David Williams.

     Also Present: Councillor George Fussey, Dr Jackie McGlynn and Bev Searle

     Officers: Helene Green, Michaela Helman, Liz Hornby, Naveed Mohammed, Catherine Mullins and David Scott
     PART I

     37/11 APOLOGIES FOR ABSENCE
     Apologies were received from Brian Huggett and Dr Judith Kinder.

     38/11 DECLARATIONS OF INTEREST
     There were no declarations of interest.
     """),
     labels="""
     P|Simon Dudley|Chairman – Cabinet Lead Member for Adult and Community Services
     P|Eileen Quick|Cabinet Lead Member for Children’s Services
     P|Lynda Yong|Deputy Lead Member for Health
     P|Adrian Hayter
     S|Mike Holness|||Brian Huggett
     P|Pat Riordan
     P|Christabel Shawcross
     P|Cliff Turner
     P|David Williams
     I|George Fussey
     I|Jackie McGlynn
     I|Bev Searle
     I|Helene Green
     I|Michaela Helman
     I|Liz Hornby
     I|Naveed Mohammed
     I|Catherine Mullins
     I|David Scott
     A|Brian Huggett
     A|Judith Kinder
     """)

case("leicester-jhsc-2022", url="https://cabinet.leicester.gov.uk/ieListDocuments.aspx?CId=420&MId=11048&Ver=4",
     body="Leicester, Leicestershire and Rutland Joint Health Scrutiny Committee", kind="other", year=2022,
     patterns=["apology_sentence", "name_dash_role", "in_attendance_as_substitute_for", "surname_only"],
     txt=T("""
     Leicester, Leicestershire and Rutland Joint Health Scrutiny Committee - Monday, 28 March 2022 5:30 pm

     53. APOLOGIES FOR ABSENCE
     Apologies for absence were received from Councillor Morgan and, Ruth Lake - Director of Adult Social Care.

     It was noted that Councillor Poland was in attendance as a substitute for Councillor Morgan.

     54. DECLARATIONS OF INTEREST
     Two members described their links with local charities and kept an open mind.
     """),
     labels="""
     A|Morgan
     A|Ruth Lake|Director of Adult Social Care
     S|Poland|||Morgan
     """)

case("wiltshire-hwb-2024", url="https://cms.wiltshire.gov.uk/ieListDocuments.aspx?CId=1163&MeetingId=15483",
     body="Wiltshire Health and Wellbeing Board", kind="hwb", year=2024, patterns=["no_apologies", "chair_in_narrative"],
     txt=T("""
     Health and Wellbeing Board - Thursday 23 May 2024 10.00 am
     Venue: Kennet Room - County Hall, Trowbridge

     13. Chairman's Welcome, Introduction and Announcements
     The Chair, Cllr Richard Clewer, opened the meeting and members introduced themselves.

     14. Apologies for Absence
     There were no apologies for absence.

     15. Minutes
     Resolved
     The Board approved the minutes of the previous meeting as a true and accurate record.
     """),
     labels="""
     """)

case("slough-hwb-2021", url="https://democracy.slough.gov.uk/ieIssueDetails.aspx?IId=41815&Opt=3",
     body="Slough Health & Wellbeing Board", kind="hwb", year=2021, patterns=["present_heading_inline_list", "role_in_brackets", "also_present"],
     txt=T("""
     Slough Health & Wellbeing Board – Meeting held on Thursday, 21st October, 2021.

     Present:- Councillor Pantelic (Chair), Dr Jim O’Donnell (Vice-Chair), Councillor Anderson, Alan Sinclair, Colin Pill and Tessa Lindfield

     Also present under Rule 30:- Councillor Strutton

     Apologies for Absence:- Ramesh Kukar and Superintendent Felicity Parker

     PART 1
     63. Minutes of the last meeting held on 14 July 2021
     Resolved – That the minutes of the meeting be agreed as a correct record.
     """),
     labels="""
     P|Pantelic|Chair
     P|Jim O’Donnell|Vice-Chair
     P|Anderson
     P|Alan Sinclair
     P|Colin Pill
     P|Tessa Lindfield
     I|Strutton
     A|Ramesh Kukar
     A|Felicity Parker
     """)

case("halton-shadow-hwb-2011", url="http://councillors.halton.gov.uk/ieListDocuments.aspx?CId=601&MId=3857&Ver=4",
     body="Halton Shadow Health and Wellbeing Board", kind="hwb", year=2011, patterns=["present_heading_inline_list", "name_org_comma", "plural_title"],
     txt=T("""
     SHADOW HEALTH AND WELLBEING BOARD
     At a meeting of the Shadow Health and Wellbeing Board on Monday, 5 December 2011 in the Board Room - Municipal Building, Widnes

     Present: Councillors Polhill (Chairman), Philbin and Wright, D. Parr, Halton Borough Council, S. Banks, NHS Halton and St Helens, Dr C. Dunn, Halton Clinical Commissioning Group, E. O'Meara, Director of Public Health

     Apologies for Absence: Councillor Jones and A. Marr

     Also in attendance: A. Scott, Committee Services

     HWB1 BOARD INTRODUCTIONS
     Members introduced themselves and pen portraits were handed round.
     """),
     labels="""
     P|Polhill|Chairman
     P|Philbin
     P|Wright
     P|D. Parr||Halton Borough Council
     P|S. Banks||NHS Halton and St Helens
     P|C. Dunn||Halton Clinical Commissioning Group
     P|E. O'Meara|Director of Public Health
     A|Jones
     A|A. Marr
     I|A. Scott|Committee Services
     """)

case("lancashire-shadow-hwb-2012", url="http://council.lancashire.gov.uk/ieListDocuments.aspx?CId=708&MId=1484&Ver=4",
     body="Lancashire Shadow Health and Wellbeing Board", kind="hwb", year=2012, patterns=["name_role_org_table", "county_councillor_title", "pdf_table"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "Lancashire County Council\nShadow Health and Wellbeing Board\nMinutes of the Meeting held on Tuesday, 29th May, 2012 at 2.00 pm in the Rowan Room - Woodlands", "bold": True},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "Present:", "bold": True},
         {"type": "table", "widths": [62, 110], "rows": [
             ["Chair", ""],
             ["County Councillor Valerie Wilson", "Lancashire County Council"],
             ["Committee Members", ""],
             ["County Councillor Mike Calvert", "Lancashire County Council"],
             ["Councillor Julie Cooper", "East Lancashire District Councils"],
             ["Dr Sakthi Karunanithi", "Director of Public Health, NHS Lancashire"],
             ["Richard Jones", "Executive Director for Adult and Community Services, Lancashire County Council"],
             ["Habib Patel", "Lancashire County Council"],
             ["Dr Mike Ions", "East Lancashire Clinical Commissioning Group"],
         ]},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "1. Welcome from the Chair and overview of the agenda", "bold": True},
         {"type": "text", "text": "The Chair opened the meeting, welcomed the new district council representative and took the Board through the agenda."},
         {"type": "text", "text": "2. Apologies for absence", "bold": True},
         {"type": "text", "text": "Apologies were noted."},
     ]}]},
     labels="""
     P|Valerie Wilson||Lancashire County Council
     P|Mike Calvert||Lancashire County Council
     P|Julie Cooper||East Lancashire District Councils
     P|Sakthi Karunanithi|Director of Public Health|NHS Lancashire
     P|Richard Jones|Executive Director for Adult and Community Services|Lancashire County Council
     P|Habib Patel||Lancashire County Council
     P|Mike Ions||East Lancashire Clinical Commissioning Group
     """)

case("gloucestershire-hwb-2019", url="https://glostext.gloucestershire.gov.uk/ieListDocuments.aspx?CId=653&MId=9031&Ver=4",
     body="Gloucestershire Health & Wellbeing Board", kind="hwb", year=2019, patterns=["name_role_org_grid", "two_columns", "pdf_table"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "GLOUCESTERSHIRE HEALTH AND WELLBEING BOARD\nMINUTES of the meeting held on Tuesday 14 May 2019 at Shire Hall, Gloucester", "bold": True},
         {"type": "gap", "mm": 3},
         {"type": "table", "widths": [34, 50, 34, 56], "rows": [
             ["PRESENT:", "Cllr Roger Wilson (Chair)", "", "Sarah Scott"],
             ["", "Dr Andy Seymour (Vice-Chair)", "", "Chris Spencer"],
             ["", "Mary Hutton", "", "Bob Lloyd Smith"],
             ["", "Margaret Willcox", "", "Cllr Lynden Stowe"],
         ]},
         {"type": "gap", "mm": 2},
         {"type": "table", "widths": [34, 140], "rows": [
             ["Substitutes:", "Jo Walker (for Pete Bungard)"],
             ["Apologies:", "Pete Bungard, Cllr Kathy Williams and Martin Surl"],
         ]},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "13. ELECTION OF CHAIRPERSON", "bold": True},
         {"type": "text", "text": "13.1 The Board elected its Chairperson for the coming council year."},
     ]}]},
     labels="""
     P|Roger Wilson|Chair
     P|Andy Seymour|Vice-Chair
     P|Mary Hutton
     P|Margaret Willcox
     P|Sarah Scott
     P|Chris Spencer
     P|Bob Lloyd Smith
     P|Lynden Stowe
     S|Jo Walker|||Pete Bungard
     A|Pete Bungard
     A|Kathy Williams
     A|Martin Surl
     """)

case("herefordshire-hwb-2012", url="https://councillors.herefordshire.gov.uk/mgAi.aspx?ID=30029",
     body="Herefordshire Health and Wellbeing Board", kind="hwb", year=2012, patterns=["name_role_table", "present_label_in_first_column", "html_table"],
     html=T("""
     <html><body><div id="modgov"><h2>Minutes</h2>
     <table>
     <tr><td>Present:</td><td>Councillor PM Morgan</td><td>Cabinet Member, Health and Wellbeing (Chairman)</td></tr>
     <tr><td></td><td>Dr A Watts</td><td>Clinical Commissioning Group (Vice-Chairman)</td></tr>
     <tr><td></td><td>Mr C Bull</td><td>Chief Executive, Herefordshire Council and NHS Herefordshire</td></tr>
     <tr><td></td><td>Councillor JG Jarvis</td><td>Cabinet Member, Environment, Housing and Planning</td></tr>
     <tr><td></td><td>Mr J Wilczek</td><td>Healthwatch Herefordshire</td></tr>
     <tr><td>In attendance:</td><td>Mr T Brown</td><td>Governance Services Manager</td></tr>
     </table>
     <p>20. APOLOGIES FOR ABSENCE</p><p>Apologies were received from Councillor A Seldon and Mrs J Davidson.</p>
     <p>21. HEALTH AND WELLBEING BOARD - GOVERNANCE ARRANGEMENTS</p><p>The Board set out its views on voting rights and substitutes ahead of formal establishment.</p>
     </div></body></html>
     """),
     labels="""
     P|PM Morgan|Cabinet Member, Health and Wellbeing (Chairman)
     P|A Watts||Clinical Commissioning Group
     P|C Bull|Chief Executive|Herefordshire Council and NHS Herefordshire
     P|JG Jarvis|Cabinet Member, Environment, Housing and Planning
     P|J Wilczek||Healthwatch Herefordshire
     I|T Brown|Governance Services Manager
     A|A Seldon
     A|J Davidson
     """)

case("haringey-hwb-2015", url="https://www.minutes.haringey.gov.uk/ieIssueDetails.aspx?IId=50261&Opt=3&PlanId=0",
     body="Haringey Health and Wellbeing Board", kind="hwb", year=2015, patterns=["board_members_heading", "name_role_comma", "html_paragraphs"],
     html=T("""
     <html><body><div id="modgov"><h2>MINUTES OF THE MEETING OF THE HEALTH AND WELLBEING BOARD</h2>
     <p><strong>Board Members:</strong></p>
     <p>Cllr Peter Morton (Chair), Cabinet Member for Health and Wellbeing</p>
     <p>Cllr Elin Weston, Cabinet Member for Children and Families</p>
     <p>Sir Paul Ennals, Independent Chair, Local Safeguarding Children Board</p>
     <p>Dr Sherry Tang, Chair, Haringey Clinical Commissioning Group</p>
     <p>Sharon Grant, Chair, Healthwatch Haringey</p>
     <p><strong>Officers:</strong></p>
     <p>Zina Etheridge, Deputy Chief Executive</p>
     <p>Dr Jeanelle de Gruchy, Director of Public Health</p>
     <p>Stephen Lawrence-Orumwense, Assistant Head of Legal Services</p>
     <p>10. FUTURE AGENDA ITEMS AND DATES OF FUTURE MEETINGS</p>
     <p>The Board agreed to keep future agendas to one or two strategic discussions.</p>
     </div></body></html>
     """),
     labels="""
     P|Peter Morton|Chair, Cabinet Member for Health and Wellbeing
     P|Elin Weston|Cabinet Member for Children and Families
     P|Paul Ennals|Independent Chair|Local Safeguarding Children Board
     P|Sherry Tang|Chair|Haringey Clinical Commissioning Group
     P|Sharon Grant|Chair|Healthwatch Haringey
     I|Zina Etheridge|Deputy Chief Executive
     I|Jeanelle de Gruchy|Director of Public Health
     I|Stephen Lawrence-Orumwense|Assistant Head of Legal Services
     """)

case("peterborough-hwb-2014", url="https://democracy.peterborough.gov.uk/mgAi.aspx?ID=11284&txtonly=1",
     body="Peterborough Health and Wellbeing Board", kind="hwb", year=2014, patterns=["members_present_heading", "name_role_comma", "two_line_wrap"],
     txt=T("""
     MINUTES OF THE HEALTH AND WELLBEING BOARD MEETING HELD AT THE TOWN HALL, PETERBOROUGH ON 16 JUNE 2014

     Members Present:    Councillor John Holdich, Chairman
                         Councillor Wayne Fitzgerald, Cabinet Member for Adult Social Care
                         Wendi Ogle-Welbourn, Director of Communities
                         Dr Henrietta Ewart, Interim Director of Public Health
                         Cathy Mitchell, Local Chief Officer, Cambridgeshire and
                         Peterborough Clinical Commissioning Group
                         Dr Harshad Mistry, Chair of the Peterborough Local
                         Commissioning Group
                         Dr Kit Chan, Chairman, Healthwatch Peterborough

     Officers Present:   Dr Liz Robin, Director of Public Health
                         Paulina Ford, Senior Governance Officer

     1. Apologies for Absence
     Apologies for absence were received from Councillor Sheila Scott and Russell Wate.
     """),
     labels="""
     P|John Holdich|Chairman
     P|Wayne Fitzgerald|Cabinet Member for Adult Social Care
     P|Wendi Ogle-Welbourn|Director of Communities
     P|Henrietta Ewart|Interim Director of Public Health
     P|Cathy Mitchell|Local Chief Officer|Cambridgeshire and Peterborough Clinical Commissioning Group
     P|Harshad Mistry|Chair of the Peterborough Local Commissioning Group
     P|Kit Chan|Chairman|Healthwatch Peterborough
     I|Liz Robin|Director of Public Health
     I|Paulina Ford|Senior Governance Officer
     A|Sheila Scott
     A|Russell Wate
     """)

case("medway-hwb-2016", url="https://democracy.medway.gov.uk/ieIssueDetails.aspx?IId=7008&Opt=3",
     body="Medway Health and Wellbeing Board", kind="hwb", year=2016, patterns=["members_heading", "substitutes_heading", "in_attendance_heading", "name_role_colon"],
     txt=T("""
     Medway Council
     Meeting of Health and Wellbeing Board
     Tuesday, 23 August 2016  4.00pm to 6.10pm

     Record of the meeting
     Subject to approval as an accurate record at the next meeting of this committee

     Present:  Councillor David Brake, Portfolio Holder for Adult Services (Chairman)
               Councillor Andrew Mackness, Portfolio Holder for Children's Services (Lead Member)
               Dr Peter Green, Clinical Chief Officer, Medway Clinical Commissioning Group (Vice-Chairman)
               Ian Sutherland, Director of Children and Adults Services
               Dr Andrew Burnett, Interim Director of Public Health

     Substitutes: Pennie Ford, Director of Assurance and Delivery, NHS England (Substitute for Alison Cole)

     In Attendance: Stuart Bourne, Partnership Commissioning Manager
                    Jade Milnes, Democratic Services Officer

     135 Apologies for absence
     Apologies for absence were received from Councillor Mike O'Brien and Alison Cole, Director of Commissioning Operations, NHS England.
     """),
     labels="""
     P|David Brake|Portfolio Holder for Adult Services (Chairman)
     P|Andrew Mackness|Portfolio Holder for Children's Services (Lead Member)
     P|Peter Green|Clinical Chief Officer|Medway Clinical Commissioning Group
     P|Ian Sutherland|Director of Children and Adults Services
     P|Andrew Burnett|Interim Director of Public Health
     S|Pennie Ford|Director of Assurance and Delivery|NHS England|Alison Cole
     I|Stuart Bourne|Partnership Commissioning Manager
     I|Jade Milnes|Democratic Services Officer
     A|Mike O'Brien
     A|Alison Cole|Director of Commissioning Operations|NHS England
     """)

# ---------------------------------------------------------------------------------------------------------------
# CCG governing bodies, ICBs, PCTs
# ---------------------------------------------------------------------------------------------------------------

case("derby-derbyshire-ccg-2022-01", url="https://joinedupcarederbyshire.co.uk/governing-body-meeting/governing-body-meeting-january-2022",
     body="Derby and Derbyshire CCG Governing Body", kind="ccg", year=2022, patterns=["name_initials_role", "part_meeting"],
     html=T("""
     <html><body><article><h1>Governing body meeting – 13 January, 2022</h1>
     <p>Derby and Derbyshire CCG Governing Body Meeting in Public<br>Held on 13th January 2022 via Microsoft Teams</p><p>CONFIRMED</p>
     <p><strong>Present:</strong></p>
     <table>
     <tr><td>Dr Avi Bhatia</td><td>AB</td><td>Clinical Chair</td></tr>
     <tr><td>Dr Bruce Braithwaite</td><td>BB</td><td>Secondary Care Consultant</td></tr>
     <tr><td>Richard Chapman</td><td>RCp</td><td>Chief Finance Officer</td></tr>
     <tr><td>Dr Chris Clayton</td><td>CC</td><td>Chief Executive Officer (part meeting)</td></tr>
     <tr><td>Jill Dentith</td><td>JD</td><td>Lay Member for Governance</td></tr>
     <tr><td>Ian Gibbard</td><td>IG</td><td>Lay Member for Audit</td></tr>
     <tr><td>Martin Whittle</td><td>MWh</td><td>Lay Member for Patient and Public Involvement / Vice Chair</td></tr>
     </table>
     <p><strong>Apologies:</strong></p>
     <table>
     <tr><td>Dr Penny Blackwell</td><td>PB</td><td>Governing Body GP</td></tr>
     <tr><td>Dr Robyn Dewis</td><td>RD</td><td>Director of Public Health – Derby City Council</td></tr>
     <tr><td>Dean Wallace</td><td>DW</td><td>Director of Public Health – Derbyshire County Council</td></tr>
     </table>
     <p><strong>In attendance:</strong></p>
     <table>
     <tr><td>Helen Hipkiss</td><td>HH</td><td>Director of Quality</td></tr>
     <tr><td>Dawn Litchfield</td><td>DL</td><td>Executive Assistant to the Governing Body / Minute Taker</td></tr>
     </table>
     <p><strong>GBP/2122/214: Welcome, Apologies &amp; Quoracy</strong></p>
     <p>The Chair opened the meeting. Apologies were received and noted as above. The meeting was quorate.</p>
     </article></body></html>
     """),
     labels="""
     P|Avi Bhatia|Clinical Chair
     P|Bruce Braithwaite|Secondary Care Consultant
     P|Richard Chapman|Chief Finance Officer
     P|Chris Clayton|Chief Executive Officer
     P|Jill Dentith|Lay Member for Governance
     P|Ian Gibbard|Lay Member for Audit
     P|Martin Whittle|Lay Member for Patient and Public Involvement / Vice Chair
     A|Penny Blackwell|Governing Body GP
     A|Robyn Dewis|Director of Public Health|Derby City Council
     A|Dean Wallace|Director of Public Health|Derbyshire County Council
     I|Helen Hipkiss|Director of Quality
     I|Dawn Litchfield|Executive Assistant to the Governing Body / Minute Taker
     """)

case("liverpool-ccg-2015", url="https://studylib.net/doc/18696860/minutes---liverpool-ccg",
     body="NHS Liverpool CCG Governing Body", kind="ccg", year=2015, patterns=["voting_nonvoting", "two_column_table_wrapped_roles", "pdf_table", "public_count"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "NHS LIVERPOOL CLINICAL COMMISSIONING GROUP\nGOVERNING BODY\nMinutes of meeting held on TUESDAY 8TH DECEMBER 2015 1pm\nBOARDROOM, THE DEPARTMENT, LEWIS'S BUILDING", "bold": True},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "PRESENT:\nVOTING MEMBERS:", "bold": True},
         {"type": "table", "widths": [62, 60], "rows": [
             ["Dr Nadim Fazlani", "Chair/GP"],
             ["Katherine Sheerin", "Chief Officer"],
             ["Prof Maureen Williams", "Lay Member - Governance/Deputy Chair"],
             ["Dr Simon Bowers", "GP/Clinical Vice Chair"],
             ["Dave Antrobus", "Lay Member - Patient Engagement"],
             ["Jane Lunt", "Head of Quality/Chief Nurse"],
             ["Tom Jackson", "Chief Finance Officer"],
             ["Moira Cain", "Practice Nurse"],
             ["Dr Donal O'Donoghue", "Secondary Care Doctor"],
         ]},
         {"type": "text", "text": "NON VOTING MEMBERS:", "bold": True},
         {"type": "table", "widths": [62, 60], "rows": [
             ["Dr Paula Finnerty", "GP - North Locality Chair"],
             ["Tina Atkins", "Practice Manager"],
             ["Dr Sandra Davies", "Director of Public Health"],
             ["Dr Rob Barnett", "LMC Secretary"],
         ]},
         {"type": "text", "text": "IN ATTENDANCE:", "bold": True},
         {"type": "table", "widths": [62, 60], "rows": [
             ["Carole Hill", "Healthy Liverpool Integrated Programme Director"],
             ["Samih Kalakeche", "Director of Adult Services & Health, Liverpool City Council"],
             ["Paula Jones", "Minutes"],
         ]},
         {"type": "text", "text": "APOLOGIES:", "bold": True},
         {"type": "table", "widths": [62, 60], "rows": [
             ["Lynn Collins", "Chair of Healthwatch Liverpool"],
             ["Alison Ormrod", "Interim Head of Finance"],
             ["Councillor Roz Gladden", "Liverpool City Council"],
         ]},
         {"type": "text", "text": "Public: 6"},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "PART 1:\nINTRODUCTIONS & APOLOGIES", "bold": True},
         {"type": "text", "text": "Members introduced themselves for the benefit of the public in the room."},
     ]}]},
     labels="""
     P|Nadim Fazlani|Chair/GP
     P|Katherine Sheerin|Chief Officer
     P|Maureen Williams|Lay Member - Governance/Deputy Chair
     P|Simon Bowers|GP/Clinical Vice Chair
     P|Dave Antrobus|Lay Member - Patient Engagement
     P|Jane Lunt|Head of Quality/Chief Nurse
     P|Tom Jackson|Chief Finance Officer
     P|Moira Cain|Practice Nurse
     P|Donal O'Donoghue|Secondary Care Doctor
     P|Paula Finnerty|GP - North Locality Chair
     P|Tina Atkins|Practice Manager
     P|Sandra Davies|Director of Public Health
     P|Rob Barnett|LMC Secretary
     I|Carole Hill|Healthy Liverpool Integrated Programme Director
     I|Samih Kalakeche|Director of Adult Services & Health|Liverpool City Council
     I|Paula Jones|Minutes
     A|Lynn Collins|Chair|Healthwatch Liverpool
     A|Alison Ormrod|Interim Head of Finance
     A|Roz Gladden||Liverpool City Council
     """)

case("great-yarmouth-waveney-ccg-2015", url="https://docest.com/doc/429817/consultation-questions-from-the-public",
     body="NHS Great Yarmouth and Waveney CCG Governing Body", kind="ccg", year=2015, patterns=["name_position_org_table", "initials_in_brackets", "pdf_table", "table_header_row"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "Draft - Minutes for Meeting of the Governing Body held in public\nThursday 5 November 2015, 13.30\nMeeting Room 3, Beccles House, Beccles", "bold": True},
         {"type": "text", "text": "Present", "bold": True},
         {"type": "table", "widths": [50, 70, 52], "border": True, "header": True, "rows": [
             ["Name", "Position", "Organisation"],
             ["Dr John Stammers (JS)", "Chair", "NHS GYW CCG"],
             ["Andrew Evans (AE)", "Chief Executive", "NHS GYW CCG"],
             ["Cath Gorman (CG)", "Director of Commissioning and Quality and Chief Nurse", "NHS GYW CCG"],
             ["Dr Andy McCall (AMc)", "GP", "Millwood surgery"],
             ["Dr Liam Stevens (LS)", "GP", "East Norfolk Medical Practice"],
             ["Cedric Burton (CB)", "Lay member", "NHS GYW CCG"],
             ["David Scott (DSt)", "Secondary Care Representative", "NHS GYW CCG"],
             ["Jonathan Williams (JW)", "Chief Executive", "ECCH"],
         ]},
         {"type": "text", "text": "In attendance", "bold": True},
         {"type": "table", "widths": [50, 70, 52], "border": True, "header": True, "rows": [
             ["Name", "Position", "Organisation"],
             ["Amanda Sear (ASE)", "Business Support Officer", "NHS GYW CCG"],
             ["Arthur Charvonia (AC)", "Strategic Director", "Waveney District Council"],
             ["Alan Kent (AK)", "-", "Litmus Health Limited"],
         ]},
         {"type": "gap", "mm": 3},
         {"type": "table", "widths": [12, 160], "rows": [
             ["1.", "Apologies for absence"],
             ["", "Apologies were received from Ian Gibson, Abhijit Bagade, Mariella Elissen and Andrew Wall."],
             ["2.", "Chairman's introduction and report on any Chairman's action"],
             ["", "The Chair welcomed the members of the public who had come to observe."],
         ]},
     ]}]},
     labels="""
     P|John Stammers|Chair|NHS GYW CCG
     P|Andrew Evans|Chief Executive|NHS GYW CCG
     P|Cath Gorman|Director of Commissioning and Quality and Chief Nurse|NHS GYW CCG
     P|Andy McCall|GP|Millwood surgery
     P|Liam Stevens|GP|East Norfolk Medical Practice
     P|Cedric Burton|Lay member|NHS GYW CCG
     P|David Scott|Secondary Care Representative|NHS GYW CCG
     P|Jonathan Williams|Chief Executive|ECCH
     I|Amanda Sear|Business Support Officer|NHS GYW CCG
     I|Arthur Charvonia|Strategic Director|Waveney District Council
     I|Alan Kent||Litmus Health Limited
     A|Ian Gibson
     A|Abhijit Bagade
     A|Mariella Elissen
     A|Andrew Wall
     """)

case("north-lancashire-pct-2007", url="http://www.docstoc.com/docs/41983525/BOARD-AGENDA---1st-April",
     body="North Lancashire Teaching PCT Board", kind="nhs_trust", year=2007, patterns=["name_comma_role", "observers", "members_of_public", "surname_only"],
     txt=T("""
     MINUTES OF A MEETING OF THE TRUST BOARD HELD ON WEDNESDAY 30 MAY 2007 AT
     9.30am AT THE GARSTANG COUNTRY HOTEL AND GOLF CLUB

     PART 1
     Present:     Mr W Bingley, Chairman
                  Mrs J Aldridge, PEC Nurse Lead
                  Dr F Atherton, Director of Public Health
                  Mr I Cumming, Chief Executive
                  Mr W Gormley, Non-Executive Director
                  Ms J Kennedy, Non-Executive Director
                  Mr K Parkinson, Deputy Chief Executive/Director of Finance and Information
                  Mrs J Woods, Non-Executive Director

     In Attendance:
                  Mr E Briggs, PPI Forum
                  Mr M Wilson, Staff Representative
                  Mrs A Ivett, Personal Assistant to the Chief Executive

     Observers:
                  Ms H Clay, Communications Manager
                  Ms J Waite, Assistant Project Manager
                  Members of the public

     73/07   APOLOGIES FOR ABSENCE
             Apologies for absence were received from Dr J Gardner, Ms C Campbell, Cllr Burgess and
             Mrs P Bowling.

     74/07   DECLARATIONS OF INTERESTS
             One director described her work with a regional sexual health network.
     """),
     labels="""
     P|W Bingley|Chairman
     P|J Aldridge|PEC Nurse Lead
     P|F Atherton|Director of Public Health
     P|I Cumming|Chief Executive
     P|W Gormley|Non-Executive Director
     P|J Kennedy|Non-Executive Director
     P|K Parkinson|Deputy Chief Executive/Director of Finance and Information
     P|J Woods|Non-Executive Director
     I|E Briggs||PPI Forum
     I|M Wilson|Staff Representative
     I|A Ivett|Personal Assistant to the Chief Executive
     I|H Clay|Communications Manager
     I|J Waite|Assistant Project Manager
     A|J Gardner
     A|C Campbell
     A|Burgess
     A|P Bowling
     """)

case("merton-ccg-2016", url="https://careersdocbox.com/amp/79275147-Nursing/Minutes-merton-clinical-commisioning-group-governing-body-part-1.html",
     body="Merton CCG Governing Body", kind="ccg", year=2016, patterns=["members_heading_initials", "flattened_names_then_roles", "pdf_two_column"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "MINUTES\nMERTON CLINICAL COMMISSIONING GROUP GOVERNING BODY PART 1\n26th January 2016, 120 The Broadway, Wimbledon, SW19 1RH", "bold": True},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "Members", "bold": True},
         {"type": "table", "widths": [70, 100], "rows": [
             ["Dr Andrew Murray (AM)", "Chair"],
             ["Adam Doyle (AD)", "Chief Officer"],
             ["Dr Karen Worthington (KW)", "Clinical Director"],
             ["Neil McDowell (NMcD)", "Chief Finance Officer"],
             ["Clare Gummett (CG)", "Lay Member, Patient and Public Engagement"],
         ]},
         {"type": "text", "text": "In attendance", "bold": True},
         {"type": "table", "widths": [70, 100], "rows": [
             ["Dr Kay Eilbert (KE)", "Director of Public Health, London Borough of Merton"],
             ["Simon Williams (SW)", "Director of Community and Housing, London Borough of Merton"],
             ["Kate Symons (KS)", "Minute taker"],
         ]},
         {"type": "text", "text": "Apologies", "bold": True},
         {"type": "table", "widths": [70, 100], "rows": [
             ["Dr Simon Bennett (SB)", "Secondary Care Doctor"],
         ]},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "1. Welcome and apologies", "bold": True},
         {"type": "text", "text": "The Chair welcomed members and the public and noted the apology recorded above."},
     ]}]},
     labels="""
     P|Andrew Murray|Chair
     P|Adam Doyle|Chief Officer
     P|Karen Worthington|Clinical Director
     P|Neil McDowell|Chief Finance Officer
     P|Clare Gummett|Lay Member, Patient and Public Engagement
     I|Kay Eilbert|Director of Public Health|London Borough of Merton
     I|Simon Williams|Director of Community and Housing|London Borough of Merton
     I|Kate Symons|Minute taker
     A|Simon Bennett|Secondary Care Doctor
     """)

case("bradford-ccgs-jfp-2018", url="https://careersdocbox.com/amp/83532706-Nursing/Present-also-in-attendance-mrs-karen-ball-minute-taker-lr-pa-to-the-chief-finance-officer-welcome.html",
     body="Bradford CCGs Joint Finance and Performance Committee", kind="ccg", year=2018, patterns=["also_in_attendance", "name_brackets_minute_taker_initials", "name_initials_role"],
     txt=T("""
     Bradford City CCG, Bradford Districts CCG and Airedale, Wharfedale and Craven CCG
     Minutes of the Joint Finance and Performance Committee Meeting
     Thursday 3rd May 2018

     Present:
     Mr Jonathan Booth         JB   Lay Member (Chair)
     Mr Andrew Pollard         AP   Lay Member
     Dr Akram Khan             AK   Clinical Chair, Bradford City CCG
     Mr Ian Holmes             IH   Director of Strategy and Transformation

     Also in Attendance:
     Miss Laura Boden          LB   Deputy Chief Finance Officer
     Mrs Karen Ball (Minute taker)  KB   PA to the Chief Finance Officer

     Apologies:
     Mrs Julie Lawreniuk       JL   Chief Finance Officer

     1. Welcome
     The Chair opened the meeting and confirmed it was quorate.
     """),
     labels="""
     P|Jonathan Booth|Lay Member (Chair)
     P|Andrew Pollard|Lay Member
     P|Akram Khan|Clinical Chair|Bradford City CCG
     P|Ian Holmes|Director of Strategy and Transformation
     I|Laura Boden|Deputy Chief Finance Officer
     I|Karen Ball|PA to the Chief Finance Officer
     A|Julie Lawreniuk|Chief Finance Officer
     """)

case("milton-keynes-northants-pct-cluster-2012", url="https://careersdocbox.com/amp/66183107-Nursing/Milton-keynes-northamptonshire-primary-care-trusts-cluster-board-public-meeting.html",
     body="Milton Keynes & Northamptonshire PCTs Cluster Board", kind="nhs_trust", year=2012, patterns=["name_role_table", "present_absent_column", "pdf_table"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "MILTON KEYNES & NORTHAMPTONSHIRE PRIMARY CARE TRUSTS CLUSTER BOARD PUBLIC MEETING\nMinutes of the meeting held on 27 March 2012", "bold": True},
         {"type": "gap", "mm": 3},
         {"type": "table", "widths": [60, 80, 32], "border": True, "header": True, "rows": [
             ["Name", "Title", "Attendance"],
             ["Paul Farenden", "Chairman", "Present"],
             ["Angela Hillery", "Chief Executive", "Present"],
             ["Carole Dehghani", "Director of Nursing", "Apologies"],
             ["Christine Allen", "Non-Executive Director", "Present"],
             ["Geoff Snell", "Non-Executive Director", "Apols"],
             ["Chris Bishop", "Director of Finance", "Present"],
             ["Simon Weldon", "Director of Commissioning", "Absent"],
         ]},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "12/30 Welcome and introductions", "bold": True},
         {"type": "text", "text": "The Chairman opened the last meeting of the cluster board held in public."},
     ]}]},
     labels="""
     P|Paul Farenden|Chairman
     P|Angela Hillery|Chief Executive
     A|Carole Dehghani|Director of Nursing
     P|Christine Allen|Non-Executive Director
     A|Geoff Snell|Non-Executive Director
     P|Chris Bishop|Director of Finance
     X|Simon Weldon|Director of Commissioning
     """)

case("kingston-ccg-2016", url="https://careersdocbox.com/amp/79275147-Nursing/Minutes-merton-clinical-commisioning-group-governing-body-part-1.html",
     body="Kingston CCG Governing Body", kind="ccg", year=2016, patterns=["attendance_register", "one_column_per_meeting", "pdf_table"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "MINUTES OF THE THIRTY-SECOND MEETING OF THE GOVERNING BODY OF KINGSTON CLINICAL COMMISSIONING GROUP HELD ON TUESDAY 5 APRIL 2016", "bold": True},
         {"type": "gap", "mm": 2},
         {"type": "text", "text": "Attendance record 2015/16 (Y present, A apologies, - not a member)"},
         {"type": "table", "widths": [52, 56, 16, 16, 16, 16], "border": True, "header": True, "rows": [
             ["Member", "Role", "02/02/16", "01/03/16", "05/04/16", "03/05/16"],
             ["Dr Phil Moore", "Chair", "Y", "Y", "Y", ""],
             ["Tonia Michaelides", "Managing Director", "Y", "A", "Y", ""],
             ["Dr Naz Jivani", "GP Board Member", "A", "Y", "A", ""],
             ["Dr Jonathan Hildebrand", "Director of Public Health", "Y", "Y", "A", ""],
             ["Peter Flavell", "Lay Member, Governance", "Y", "Y", "Y", ""],
             ["Dr Tony Kelly", "Secondary Care Doctor", "-", "Y", "Y", ""],
             ["Caroline Wood", "Registered Nurse", "Y", "A", "A", ""],
         ]},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "1. Welcome and apologies", "bold": True},
         {"type": "text", "text": "The Chair welcomed everyone; apologies are recorded in the attendance record above."},
     ]}]},
     labels="""
     P|Phil Moore|Chair
     P|Tonia Michaelides|Managing Director
     A|Naz Jivani|GP Board Member
     A|Jonathan Hildebrand|Director of Public Health
     P|Peter Flavell|Lay Member, Governance
     P|Tony Kelly|Secondary Care Doctor
     A|Caroline Wood|Registered Nurse
     """)

case("nottingham-north-east-ccg-2015", url="https://careersdocbox.com/amp/83532706-Nursing/Present-also-in-attendance-mrs-karen-ball-minute-taker-lr-pa-to-the-chief-finance-officer-welcome.html",
     body="Nottingham North & East CCG Governing Body", kind="ccg", year=2015, patterns=["name_role_tab_lines", "also_present", "substitute_member_line"],
     txt=T("""
     MINUTES
     Nottingham North & East Clinical Commissioning Group Governing Body Meeting
     Held 17 November 2015 at Gedling Civic Centre

     Present:
     Dr Paramjit Panesar\tClinical Chair
     Sam Walters\tChief Officer
     Jonathan Bemrose\tChief Finance Officer
     Dr James Hopkinson\tGP Board Member
     Paul Smeeton\tChief Nurse (deputising for Dr Ian Campbell)
     Ruth Marshall\tLay Member

     Also present:
     Sue Batty\tService Director, Nottinghamshire County Council
     Lynne Sharp\tCorporate Governance Officer (minutes)

     Apologies:
     Dr Ian Campbell\tGP Board Member
     Councillor Muriel Weisz\tNottinghamshire County Council

     GB/15/112 Welcome and introductions
     The Chair opened the meeting in public.
     """),
     labels="""
     P|Paramjit Panesar|Clinical Chair
     P|Sam Walters|Chief Officer
     P|Jonathan Bemrose|Chief Finance Officer
     P|James Hopkinson|GP Board Member
     S|Paul Smeeton|Chief Nurse||Ian Campbell
     P|Ruth Marshall|Lay Member
     I|Sue Batty|Service Director|Nottinghamshire County Council
     I|Lynne Sharp|Corporate Governance Officer
     A|Ian Campbell|GP Board Member
     A|Muriel Weisz||Nottinghamshire County Council
     """)

case("harrogate-ccg-2017", url="https://hobbydocbox.com/amp/80637196-Investors_and_Patents/Poole-hospital-nhs-foundation-trust-council-of-governors.html",
     body="Harrogate and Rural District CCG Governing Body", kind="ccg", year=2017, patterns=["scan", "name_role_table", "ocr"],
     pdf={"pages": [{"scan": True, "items": [
         {"type": "text", "text": "HARROGATE AND RURAL DISTRICT CLINICAL COMMISSIONING GROUP\nMinutes of the Governing Body meeting held in public on 25 May 2017", "bold": True, "size": 12},
         {"type": "gap", "mm": 4},
         {"type": "text", "text": "Present:", "bold": True, "size": 12},
         {"type": "table", "widths": [62, 110], "size": 12, "rows": [
             ["Dr Alistair Ingram", "Clinical Chair"],
             ["Amanda Bloor", "Chief Officer"],
             ["Julie Pinder", "Chief Finance Officer"],
             ["Dr Bruce Willoughby", "GP Governing Body Member"],
             ["Gillian Fleming", "Lay Member"],
         ]},
         {"type": "text", "text": "Apologies:", "bold": True, "size": 12},
         {"type": "table", "widths": [62, 110], "size": 12, "rows": [
             ["Dr Charles Parker", "Secondary Care Doctor"],
         ]},
         {"type": "gap", "mm": 4},
         {"type": "text", "text": "1. Welcome", "bold": True, "size": 12},
         {"type": "text", "text": "The Chair welcomed everyone to the meeting.", "size": 12},
     ]}]},
     labels="""
     P|Alistair Ingram|Clinical Chair
     P|Amanda Bloor|Chief Officer
     P|Julie Pinder|Chief Finance Officer
     P|Bruce Willoughby|GP Governing Body Member
     P|Gillian Fleming|Lay Member
     A|Charles Parker|Secondary Care Doctor
     """)

case("lincolnshire-icb-2024", url="https://lincolnshire.icb.nhs.uk/event/icbs-cluster-board-meeting-thursday-15-january-2026",
     body="NHS Lincolnshire Integrated Care Board", kind="icb", year=2024, patterns=["members_heading", "participants_heading", "name_role_dash", "partner_member"],
     txt=T("""
     NHS Lincolnshire Integrated Care Board
     Minutes of the Board Meeting held in Public on Wednesday 24 January 2024

     Members:
     Sir Andrew Cash – Chair
     John Turner – Chief Executive
     Sandra Williamson – Director of Health Inequalities and Regional Collaboration
     Martin Fahy – Director of Nursing
     Dr Kakoli Choudhury – Partner Member, Primary Medical Services
     Professor Neil Gray – Non-Executive Member
     Glen Garrod – Partner Member, Lincolnshire County Council

     Participants:
     Pete Burnett – Director of Strategic Planning, Integration and Partnerships
     Claire Ellis – Board Secretary

     Apologies:
     Matt Gummerson – Director of Finance
     Elaine Baylis – Non-Executive Member

     ICB/23/150 Welcome, introductions and apologies
     The Chair welcomed members and members of the public.
     """),
     labels="""
     P|Andrew Cash|Chair
     P|John Turner|Chief Executive
     P|Sandra Williamson|Director of Health Inequalities and Regional Collaboration
     P|Martin Fahy|Director of Nursing
     P|Kakoli Choudhury|Partner Member, Primary Medical Services
     P|Neil Gray|Non-Executive Member
     P|Glen Garrod|Partner Member|Lincolnshire County Council
     I|Pete Burnett|Director of Strategic Planning, Integration and Partnerships
     I|Claire Ellis|Board Secretary
     A|Matt Gummerson|Director of Finance
     A|Elaine Baylis|Non-Executive Member
     """)

case("blmk-icb-2024", url="https://bedfordshirelutonandmiltonkeynes.icb.nhs.uk/about-us/board-meetings/",
     body="Bedfordshire, Luton and Milton Keynes ICB Board", kind="icb", year=2024, patterns=["name_role_org_table", "table_header_row", "html_table", "present_column"],
     html=T("""
     <html><body><main><h1>Minutes of the Board of the Bedfordshire, Luton and Milton Keynes Integrated Care Board</h1>
     <p>Held on Friday 19 July 2024, Council Chamber, Priory House, Chicksands</p>
     <table border="1">
     <tr><th>Name</th><th>Role</th><th>Organisation</th><th>Present</th></tr>
     <tr><td>Rima Makarem</td><td>Chair</td><td>BLMK ICB</td><td>✓</td></tr>
     <tr><td>Felicity Cox</td><td>Chief Executive Officer</td><td>BLMK ICB</td><td>✓</td></tr>
     <tr><td>Dr Sarah Whiteman</td><td>Chief Medical Director</td><td>BLMK ICB</td><td>Apols</td></tr>
     <tr><td>Manjeet Gill</td><td>Non-Executive Member</td><td>BLMK ICB</td><td>✓</td></tr>
     <tr><td>Dr Sanhita Chakrabarti</td><td>Partner Member, Primary Care</td><td>Luton Primary Care Network</td><td>✓</td></tr>
     <tr><td>Marcel Coiffait</td><td>Partner Member, Local Authorities</td><td>Central Bedfordshire Council</td><td>Apols</td></tr>
     </table>
     <p>1. Welcome and apologies</p><p>The Chair opened the meeting; apologies are shown in the table above.</p>
     </main></body></html>
     """),
     labels="""
     P|Rima Makarem|Chair|BLMK ICB
     P|Felicity Cox|Chief Executive Officer|BLMK ICB
     A|Sarah Whiteman|Chief Medical Director|BLMK ICB
     P|Manjeet Gill|Non-Executive Member|BLMK ICB
     P|Sanhita Chakrabarti|Partner Member, Primary Care|Luton Primary Care Network
     A|Marcel Coiffait|Partner Member, Local Authorities|Central Bedfordshire Council
     """)

# ---------------------------------------------------------------------------------------------------------------
# NHS trusts and foundation trusts
# ---------------------------------------------------------------------------------------------------------------

case("wmas-trust-board-2025", url="https://wmas.nhs.uk/?p=5054",
     body="West Midlands Ambulance Service University NHS Foundation Trust Board", kind="nhs_trust", year=2025,
     patterns=["bullet_dash_role", "title_surname_apologies", "press_and_public_listed"],
     html=T("""
     <html><body><article><h2>Present</h2><ul>
     <li>Prof. I Cumming – Non-Executive Director (Chairman) and voting member</li>
     <li>Mr AC Marsh – Chief Executive Officer and voting member</li>
     <li>Ms S Banks – Non-Executive Director and voting member</li>
     <li>Ms K Rutter – Director of Finance and voting member</li>
     <li>Mr V Khashu – Strategy and Engagement Director</li>
     <li>Mr P. Higgins – Governance Director and Trust Secretary</li>
     <li>Mrs M Capper – Member of Staff (part of meeting)</li>
     <li>Mrs E Cov – Lead Governor</li>
     <li>Mr I Syme – Member of the Public</li>
     <li>Ms C Tilley – Press</li>
     </ul>
     <h2>Minutes</h2><p>01/25/01 – Welcome, Apologies and Chairman’s Matters</p>
     <p>Apologies for absence were received from Mr MacGregor, Mr Henry, Mrs Eyre and Professor Hopkins.</p>
     <p>The Chairman welcomed everyone and changed the order of the agenda slightly.</p>
     </article></body></html>
     """),
     labels="""
     P|I Cumming|Non-Executive Director (Chairman) and voting member
     P|AC Marsh|Chief Executive Officer and voting member
     P|S Banks|Non-Executive Director and voting member
     P|K Rutter|Director of Finance and voting member
     P|V Khashu|Strategy and Engagement Director
     P|P. Higgins|Governance Director and Trust Secretary
     P|M Capper|Member of Staff
     P|E Cov|Lead Governor
     P|I Syme|Member of the Public
     P|C Tilley|Press
     A|MacGregor
     A|Henry
     A|Eyre
     A|Hopkins
     """)

case("southern-health-ft-2017", url="https://paperzz.com/doc/9128830/southern-health-nhs-foundation-trust",
     body="Southern Health NHS Foundation Trust Board", kind="nhs_trust", year=2017,
     patterns=["flattened_names_then_roles", "members_heading", "secretariat", "pdf_two_column"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "Southern Health NHS Foundation Trust\nMinutes of the Board Meeting in Public\nTuesday 25 April 2017 10:15 - 12:30\nThe ARK Conference Centre, Basingstoke", "bold": True},
         {"type": "gap", "mm": 3},
         {"type": "table", "widths": [30, 50, 92], "rows": [
             ["Members:", "Alan Yates", "Interim Chair"],
             ["", "Julie Dawes", "Interim Chief Executive Officer"],
             ["", "Jon Allen", "Non-Executive Director"],
             ["", "Paula Anderson", "Director of Finance"],
             ["", "Malcolm Berryman", "Non-Executive Director"],
             ["", "Dr Lesley Stevens", "Medical Director"],
             ["In Attendance:", "Chris Ash", "Director of Strategy"],
             ["", "Mark Morgan", "Director of Operations (Mental Health, Learning Disabilities & Social Care)"],
             ["", "Paul Streat", "Company Secretary & Head of Corporate Governance"],
             ["Secretariat:", "Neal Sidney", "Corporate Governance Coordinator"],
         ]},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "1. Chair's Welcome and Meeting Protocol", "bold": True},
         {"type": "text", "text": "1.1. The Chair opened the meeting at 10:20."},
         {"type": "text", "text": "2. Apologies for Absence", "bold": True},
         {"type": "text", "text": "2.1. Alan Yates noted apologies from Judith Smyth, Non-Executive Director."},
     ]}]},
     labels="""
     P|Alan Yates|Interim Chair
     P|Julie Dawes|Interim Chief Executive Officer
     P|Jon Allen|Non-Executive Director
     P|Paula Anderson|Director of Finance
     P|Malcolm Berryman|Non-Executive Director
     P|Lesley Stevens|Medical Director
     I|Chris Ash|Director of Strategy
     I|Mark Morgan|Director of Operations (Mental Health, Learning Disabilities & Social Care)
     I|Paul Streat|Company Secretary & Head of Corporate Governance
     I|Neal Sidney|Corporate Governance Coordinator
     A|Judith Smyth|Non-Executive Director
     """)

case("newcastle-ft-cog-2009", url="https://www.yumpu.com/en/document/view/29717886/03-cog-mins-19-mar-09-44kb-pdf-newcastle-hospitals",
     body="The Newcastle upon Tyne Hospitals NHS Foundation Trust Council of Governors", kind="nhs_trust", year=2009,
     patterns=["counts_not_people", "unlabelled_in_attendance_group", "apology_sentence_wrapped"],
     txt=T("""
     THE NEWCASTLE UPON TYNE NHS FOUNDATION TRUST
     COUNCIL OF GOVERNORS
     MINUTES OF THE MEETING HELD ON 19th MARCH 2009

     Present:
     Mr K W Smith (Chairman)
     Appointed Governors 4 (out of 11)
     Staff Governors 4 (out of 7)
     Public Governors (Constituency 1): 6 (out of 9)
     (Attendance record attached)

     In attendance:
     Mr D Allison, Operations Director
     Mrs A Dragone, Finance Director
     Sir Leonard Fenwick, Chief Executive
     Mr S R Reed, Trust Secretary

     09/19 Apologies for Absence
     Apologies for absence had been received from Mrs J Binns, Dr J Court, Professor
     T Goodship, Dr M Holliday and Mrs
     S Webster.

     09/20 Presentations
     The Operations Director introduced the ward accreditation programme.
     """),
     labels="""
     P|K W Smith|Chairman
     I|D Allison|Operations Director
     I|A Dragone|Finance Director
     I|Leonard Fenwick|Chief Executive
     I|S R Reed|Trust Secretary
     A|J Binns
     A|J Court
     A|T Goodship
     A|M Holliday
     A|S Webster
     """)

case("christie-ft-2020", url="https://www.christie.nhs.uk/about-us/the-foundation-trust/about-the-trust/board-of-directors-meetings",
     body="The Christie NHS Foundation Trust Board of Directors", kind="nhs_trust", year=2020, patterns=["name_role_table", "in_attendance_item_only", "pdf_table"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "The Christie NHS Foundation Trust\nBoard of Directors\nMinutes of the meeting held in public on Thursday 26 November 2020 via Zoom", "bold": True},
         {"type": "gap", "mm": 3},
         {"type": "table", "widths": [30, 55, 90], "rows": [
             ["Present:", "Mr C Outram", "Chairman"],
             ["", "Mr R Lynch", "Chief Executive"],
             ["", "Mrs J Morgan", "Non-Executive Director"],
             ["", "Prof C Harrison", "Medical Director"],
             ["In attendance:", "Mrs L Westcott", "Trust Company Secretary"],
             ["", "Mr J Wray", "Head of Communications (item 20/83 only)"],
             ["Apologies:", "Mr N Sue", "Non-Executive Director"],
         ]},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "20/80 Apologies", "bold": True},
         {"type": "text", "text": "The apology above was noted."},
     ]}]},
     labels="""
     P|C Outram|Chairman
     P|R Lynch|Chief Executive
     P|J Morgan|Non-Executive Director
     P|C Harrison|Medical Director
     I|L Westcott|Trust Company Secretary
     I|J Wray|Head of Communications
     A|N Sue|Non-Executive Director
     """)

case("kmpt-board-2019", url="https://www.kmpt.nhs.uk/about-us/trust-board/board-meetings/",
     body="Kent and Medway NHS and Social Care Partnership Trust Board", kind="nhs_trust", year=2019,
     patterns=["name_role_comma_lines", "present_in_parentheses", "two_people_one_line"],
     txt=T("""
     KENT AND MEDWAY NHS AND SOCIAL CARE PARTNERSHIP TRUST
     MINUTES OF THE TRUST BOARD MEETING HELD IN PUBLIC ON THURSDAY 25 APRIL 2019

     Present:
     Dr Jackie Craissati, Chair
     Helen Greatorex, Chief Executive
     Sheila Stenson, Deputy Chief Executive
     Sandra Goatley, Director of Workforce and Organisational Development
     Peter Conway, Non-Executive Director; Venu Tammana, Non-Executive Director
     Dr Afifa Qazi, Medical Director

     In Attendance:
     Sarah Hamilton, Trust Secretary
     Mary Mumvuri, Deputy Director of Nursing (for Dr Mary Mumvuri)

     Apologies:
     Jacqueline Lawrence, Chief Nurse

     19/25 Chair's welcome
     The Chair welcomed the board and observers.
     """),
     labels="""
     P|Jackie Craissati|Chair
     P|Helen Greatorex|Chief Executive
     P|Sheila Stenson|Deputy Chief Executive
     P|Sandra Goatley|Director of Workforce and Organisational Development
     P|Peter Conway|Non-Executive Director
     P|Venu Tammana|Non-Executive Director
     P|Afifa Qazi|Medical Director
     I|Sarah Hamilton|Trust Secretary
     I|Mary Mumvuri|Deputy Director of Nursing
     A|Jacqueline Lawrence|Chief Nurse
     """)

# ---------------------------------------------------------------------------------------------------------------
# Combined authorities, LGA and partnership boards
# ---------------------------------------------------------------------------------------------------------------

case("cpca-board-2024", url="https://democracy.cambridgeshirepeterborough-ca.gov.uk/ieListDocuments.aspx?CId=141&MId=144&Ver=4",
     body="Cambridgeshire and Peterborough Combined Authority Board", kind="combined_authority", year=2024,
     patterns=["apology_sentence", "substituting_in_brackets"],
     txt=T("""
     Cambridgeshire and Peterborough Combined Authority Board
     ARU Peterborough, Bishop's Road, Peterborough

     1. Announcements, Apologies for absence and Declarations of Interest
     Apologies for absence were received from Cllr Anna Bailey, Darryl Preston and Al Kingsley (Nitin Patel substituting). There were no declarations of interest.

     2. Minutes of the previous meeting
     The minutes of the meeting on 20 March 2024 were approved as an accurate record.
     """),
     labels="""
     A|Anna Bailey
     A|Darryl Preston
     A|Al Kingsley
     S|Nitin Patel|||Al Kingsley
     """)

case("lga-leadership-board-2014", url="https://lga.moderngov.co.uk/mgAi.aspx?ID=1981",
     body="Local Government Association Leadership Board", kind="other", year=2014,
     patterns=["apologies_bullets", "substituted_for_sentence", "acted_as_substitute", "unusual_title"],
     html=T("""
     <html><body><div id="modgov"><h2>Agenda item</h2><h3>Welcome and apologies</h3>
     <p>Cllr Leese welcomed members to the meeting. Apologies were noted from the following members:</p>
     <p>o   Cllr Marco Cereste</p><p>o   Cllr Nick Forbes</p><p>o   Cllr Joe Anderson</p><p>o   Cllr Albert Bore</p><p>o   Mayor George Ferguson</p>
     <p>Cllr Robert Light from Kirklees Council substituted for Marco Cereste. Alderman Sir David Wootton from the City of London Corporation acted as substitute for Mayor George Ferguson.</p>
     </div></body></html>
     """),
     labels="""
     A|Marco Cereste
     A|Nick Forbes
     A|Joe Anderson
     A|Albert Bore
     A|George Ferguson
     S|Robert Light||Kirklees Council|Marco Cereste
     S|David Wootton||City of London Corporation|George Ferguson
     """)

case("lga-board-2023", url="https://lga.moderngov.co.uk/mgAi.aspx?ID=21243",
     body="Local Government Association City Regions Board", kind="other", year=2023,
     patterns=["apology_sentence", "plural_title_substitutes_sentence"],
     txt=T("""
     Chair's Welcome, Introductions, Apologies/Substitutes and Declarations of Interest

     The Chair welcomed Members, officers, and guests to the meeting.

     Apologies had been received from Sir Richard Leese, Cllr Phelim MacCafferty and Cllr Danny Thorpe.

     Cllrs James Swindlehurst, Daniel Francis, Adam Marsh and Liam Billington attended the meeting as substitutes.

     No declarations of interest had been received.
     """),
     labels="""
     A|Richard Leese
     A|Phelim MacCafferty
     A|Danny Thorpe
     S|James Swindlehurst
     S|Daniel Francis
     S|Adam Marsh
     S|Liam Billington
     """)

case("bromsgrove-osb-2014", url="https://moderngovwebpublic.bromsgrove.gov.uk/ieIssueDetails.aspx?IId=17794&Opt=3&PlanId=0",
     body="Bromsgrove Overview and Scrutiny Board", kind="other", year=2014,
     patterns=["plural_title_initials_list", "attending_as_substitute_for"],
     txt=T("""
     Overview and Scrutiny Board
     3 December 2014

     78. Apologies for Absence
     Apologies for absence were received from Councillors R. Clarke, S. R. Colella, B. Cooper, H. Jones and R. Laight.  Councillor C. Scurrell confirmed he was attending as a substitute for Councillor H. Jones.

     It was noted that two members would arrive late because of work.
     """),
     labels="""
     A|R. Clarke
     A|S. R. Colella
     A|B. Cooper
     A|H. Jones
     A|R. Laight
     S|C. Scurrell|||H. Jones
     """)

case("southwark-council-2019", url="https://moderngov.southwark.gov.uk/mgAi.aspx?ID=19436",
     body="Southwark Council Assembly", kind="other", year=2019,
     patterns=["apologies_for_absence_from", "apologies_for_lateness", "post_nominals"],
     txt=T("""
     Apologies

     There were apologies for absence from Councillors Lorraine Lauder MBE (due to mayoral business), and Darren Merrill; and for lateness from Councillors Neil Coyle and Abdul Mohamed.
     """),
     labels="""
     A|Lorraine Lauder
     A|Darren Merrill
     """)

case("norfolk-waveney-partnership-2021", url="https://norfolkandwaveneypartnership.org.uk/about-us/interim-partnership-board/interim-partnership-board-meetings.html",
     body="Norfolk and Waveney Interim Partnership Board", kind="stp", year=2021,
     patterns=["name_role_org_table", "represented_by", "html_table"],
     html=T("""
     <html><body><main><h1>Interim Partnership Board – minutes of the meeting held in public on 8 April 2021 (online)</h1>
     <table>
     <tr><td><strong>Present:</strong></td><td></td><td></td></tr>
     <tr><td>Patricia Hewitt</td><td>Independent Chair</td><td>Norfolk and Waveney Health and Care Partnership</td></tr>
     <tr><td>Melanie Craig</td><td>Chief Executive</td><td>NHS Norfolk and Waveney CCG</td></tr>
     <tr><td>Cllr Bill Borrett</td><td>Chair, Health and Wellbeing Board</td><td>Norfolk County Council</td></tr>
     <tr><td>Sam Higginson</td><td>Chief Executive</td><td>Norfolk and Norwich University Hospitals NHS Foundation Trust</td></tr>
     <tr><td>Alex Stewart</td><td>Chief Executive</td><td>Healthwatch Norfolk</td></tr>
     <tr><td><strong>Apologies:</strong></td><td></td><td></td></tr>
     <tr><td>Caroline Shaw</td><td>Chief Executive (represented by Rachel Hunt)</td><td>The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust</td></tr>
     </table>
     <p>1. Welcome and apologies</p><p>The Chair welcomed those watching online.</p>
     </main></body></html>
     """),
     labels="""
     P|Patricia Hewitt|Independent Chair|Norfolk and Waveney Health and Care Partnership
     P|Melanie Craig|Chief Executive|NHS Norfolk and Waveney CCG
     P|Bill Borrett|Chair, Health and Wellbeing Board|Norfolk County Council
     P|Sam Higginson|Chief Executive|Norfolk and Norwich University Hospitals NHS Foundation Trust
     P|Alex Stewart|Chief Executive|Healthwatch Norfolk
     A|Caroline Shaw|Chief Executive|The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust
     S|Rachel Hunt|||Caroline Shaw
     """)

case("fit-for-future-stp-2017", url="https://www.fitforfuture.org.uk/delivering-the-stp/fit-for-the-future-stp-board-meetings-to-be-held-in-public/",
     body="Fit for the Future STP Board (Cambridgeshire and Peterborough)", kind="stp", year=2017,
     patterns=["attendees_heading", "name_org_dash", "initials_in_brackets", "on_behalf_of"],
     txt=T("""
     STP Board
     Minutes of the meeting held on 14 September 2017

     Attendees:
     Dr Neil Modha (NM) - Cambridgeshire and Peterborough CCG
     Tracy Dowling (TD) - Cambridgeshire and Peterborough CCG
     Roland Sinker (RS) - Cambridge University Hospitals NHS Foundation Trust
     Stephen Graves (SG) - North West Anglia NHS Foundation Trust
     Matthew Winn (MW) - Cambridgeshire Community Services NHS Trust
     Adrian Chapman (AC) - Peterborough City Council (on behalf of Gillian Beasley)

     Apologies:
     Gillian Beasley - Peterborough City Council
     Aidan Thomas - Cambridgeshire and Peterborough NHS Foundation Trust

     1. Welcome and introductions
     NM opened the meeting.
     """),
     labels="""
     P|Neil Modha||Cambridgeshire and Peterborough CCG
     P|Tracy Dowling||Cambridgeshire and Peterborough CCG
     P|Roland Sinker||Cambridge University Hospitals NHS Foundation Trust
     P|Stephen Graves||North West Anglia NHS Foundation Trust
     P|Matthew Winn||Cambridgeshire Community Services NHS Trust
     S|Adrian Chapman||Peterborough City Council|Gillian Beasley
     A|Gillian Beasley||Peterborough City Council
     A|Aidan Thomas||Cambridgeshire and Peterborough NHS Foundation Trust
     """)

case("stf-coordination-2016", url="https://docsbay.net/stf-coordination-group-meeting",
     body="Somerset Towns Forum Coordination Group", kind="other", year=2016,
     patterns=["numbered_headings", "name_initials_org_dash", "alternating_name_org_list"],
     txt=T("""
     STF Coordination Group Meeting
     Wednesday 21st September 2016
     Edgar Hall, Somerton
     Notes of meeting

     1. Attendance
     1.1 Present:
     Matt Day (MD) - STF independent consultant
     Roger Powell (RP) - Martock Parish Council
     Fiona Hook (FH) - Martock Parish Council
     Charles Wood (CW) - Vision for Frome
     1.2 Apologies:
     John Richards, Watchet Association of Commerce, Environment and Trade, Amanda Broom, Chard TC, Mel Usher, Frome Town Council

     2. Meeting Chair
     2.1. MD agreed to chair and take notes.
     """),
     labels="""
     P|Matt Day|STF independent consultant
     P|Roger Powell||Martock Parish Council
     P|Fiona Hook||Martock Parish Council
     P|Charles Wood||Vision for Frome
     A|John Richards||Watchet Association of Commerce, Environment and Trade
     A|Amanda Broom||Chard TC
     A|Mel Usher||Frome Town Council
     """)

case("stockwell-partnership-2014", url="https://docsbay.net/doc/494629/draft-minutes-of-the-trustees-meeting-of-the-stockwell-partnership-sp-held-in-157-south",
     body="Stockwell Partnership Trustees", kind="other", year=2014,
     patterns=["inline_list", "square_bracket_role", "observer_in_brackets", "missing_spaces"],
     txt=T("""
     Draft Minutes of the Trustees' meeting of the Stockwell Partnership (SP) held in 157 South Lambeth Road on Tuesday 29th April at 18.30hrs

     Present: Lucy Annan (Chair), Nick Hardie,Anna Hirschfeld,Daphne De Souza, Davidson Ughanwa, Michael O'Connell and David Prichard-Jones.

     In attendance: John McCay [minutes] and Steve Griffin (Staff) and Philippa Chancellor-Weale (observer).

     Apologies for absence:Jill Gregson and Jonathon Bond.

     The Chair welcomed everyone and a round of introductions took place.

     1.Minutes
     1.1 The minutes of 5th February were agreed as a true record.
     """),
     labels="""
     P|Lucy Annan|Chair
     P|Nick Hardie
     P|Anna Hirschfeld
     P|Daphne De Souza
     P|Davidson Ughanwa
     P|Michael O'Connell
     P|David Prichard-Jones
     I|John McCay
     I|Steve Griffin
     I|Philippa Chancellor-Weale
     A|Jill Gregson
     A|Jonathon Bond
     """)

case("stonehaven-partnership-2011", url="https://docest.com/doc/630389/stonehaven-town-partnership",
     body="Stonehaven Town Partnership Board", kind="other", year=2011,
     patterns=["table_item_column", "cllr_dot_no_space", "part_qualifier", "initials_after_name"],
     txt=T("""
     Minutes of Board Meeting
     held on 23rd August 2011
     at the Invercarron Resource Centre, Stonehaven
     Item\tAction
     1.\tWelcome & apologies
     Present: Cllr.Peter Bellarby (chair),Frank Budd, Pam Dobbie, Mike Robins, David Fleming,Mike Innes
     Minute Secretary:David Fleming
     In attendance:Karen McWilliam, Cllr. Graeme Clark
     Doug Samways, Allan Sutherland (part),
     Apologies:Dennis Collie(DC),Niall Menzies, Diane Collinson (DColl)
     The Chairman welcomed everyone.
     2.\tMinutes from last meeting (26th July2011)
     The minutes were accepted.
     """),
     labels="""
     P|Peter Bellarby|chair
     P|Frank Budd
     P|Pam Dobbie
     P|Mike Robins
     P|David Fleming
     P|Mike Innes
     I|Karen McWilliam
     I|Graeme Clark
     I|Doug Samways
     I|Allan Sutherland
     A|Dennis Collie
     A|Niall Menzies
     A|Diane Collinson
     """)

case("cnpa-board-2019", url="https://vdocument.in/cnpa-board-meeting-2020-8-25-an-interim-cnc-governance-structure-was-in-place.html",
     body="Civil Nuclear Police Authority Board", kind="other", year=2019,
     patterns=["name_comma_role_lines", "square_bracket_for", "headings_without_colons"],
     txt=T("""
     CNPA BOARD MEETING
     APPROVED Minutes of the meeting held on Wednesday, 29 May 2019
     Venue: Room 3, Building E6, Culham Science Centre, Abingdon

     Present
     Vic Emery (Chair)
     Mike Calloway
     Paul Kernaghan
     Mark Neate
     Simon Chesterman, CEO / Chief Constable
     Richard Saunders, Director of People and Organisational Development

     Apologies
     Paul Winkle

     In Attendance
     Richard Cawdron, Head of Executive Office and Legal Services
     Eleanor Walker, Head of Governance
     Rebecca Webber, Communications Manager [for Victoria Bartlett, Head of Engagement and Communications]
     Catherine Pepler, Board and Committee Secretary

     Start: 11:00 hrs approx.
     1 Agenda and Chairs Announcements
     The Chair welcomed members including a new Authority member attending her first meeting.
     """),
     labels="""
     P|Vic Emery|Chair
     P|Mike Calloway
     P|Paul Kernaghan
     P|Mark Neate
     P|Simon Chesterman|CEO / Chief Constable
     P|Richard Saunders|Director of People and Organisational Development
     A|Paul Winkle
     I|Richard Cawdron|Head of Executive Office and Legal Services
     I|Eleanor Walker|Head of Governance
     S|Rebecca Webber|Communications Manager||Victoria Bartlett
     I|Catherine Pepler|Board and Committee Secretary
     """)

# ---------------------------------------------------------------------------------------------------------------
# Scotland
# ---------------------------------------------------------------------------------------------------------------

case("dundee-ijb-2021", url="https://www.dundeehscp.com/publications/ijb/7237",
     body="Dundee City Health and Social Care Integration Joint Board", kind="ijb", year=2021,
     patterns=["members_role_table", "caps_surnames", "non_members_in_attendance", "apologies_submitted_on_behalf_of"],
     html=T("""
     <html><body><article><p>At a MEETING of the DUNDEE CITY HEALTH AND SOCIAL CARE INTEGRATION JOINT BOARD held remotely on 27th October, 2021.</p>
     <p>Present:-</p>
     <table><tr><th>Members</th><th>Role</th></tr>
     <tr><td>Trudy McLEAY (Vice Chairperson)</td><td>Nominated by Health Board (Non-Executive Member)</td></tr>
     <tr><td>Lynne SHORT</td><td>Nominated by Dundee City Council (Elected Member)</td></tr>
     <tr><td>Donald McPHERSON</td><td>Nominated by Health Board (Non-Executive Member)</td></tr>
     <tr><td>Vicky IRONS</td><td>Chief Officer</td></tr>
     <tr><td>Dave BERRY</td><td>Chief Finance Officer</td></tr>
     <tr><td>Jim McFARLANE</td><td>Trade Union Representative</td></tr>
     <tr><td>Emma FLETCHER</td><td>Director of Public Health</td></tr>
     </table>
     <p>Non-members in attendance at request of Chief Officer:-</p>
     <table>
     <tr><td>Jenny HILL</td><td>Head of Health and Community Care</td></tr>
     <tr><td>Lucinda GODFREY</td><td>Dundee Carers Centre</td></tr>
     <tr><td>Anne Marie MACHAN</td><td>Audit Scotland</td></tr>
     </table>
     <p>Trudy MCLEAY, Vice Chairperson, in the Chair.</p>
     <p>I APOLOGIES FOR ABSENCE</p>
     <p>Apologies for absence were submitted on behalf of:-</p>
     <table><tr><th>Members</th><th>Role</th></tr>
     <tr><td>Anne BUCHANAN</td><td>Nominated by Health Board (Non-Executive Member)</td></tr>
     <tr><td>Ken LYNN (Chairperson)</td><td>Nominated by Dundee City Council (Elected Member)</td></tr>
     </table>
     <p>II DECLARATION OF INTEREST</p><p>There were no declarations of interest.</p>
     </article></body></html>
     """),
     labels="""
     P|Trudy McLeay|Nominated by Health Board (Non-Executive Member)
     P|Lynne Short|Nominated by Dundee City Council (Elected Member)
     P|Donald McPherson|Nominated by Health Board (Non-Executive Member)
     P|Vicky Irons|Chief Officer
     P|Dave Berry|Chief Finance Officer
     P|Jim McFarlane|Trade Union Representative
     P|Emma Fletcher|Director of Public Health
     I|Jenny Hill|Head of Health and Community Care
     I|Lucinda Godfrey||Dundee Carers Centre
     I|Anne Marie Machan||Audit Scotland
     A|Anne Buchanan|Nominated by Health Board (Non-Executive Member)
     A|Ken Lynn|Nominated by Dundee City Council (Elected Member)
     """)

case("dundee-ijb-2024", url="https://dundeehscp.com/publications/ijb/8106",
     body="Dundee City Health and Social Care Integration Joint Board", kind="ijb", year=2024,
     patterns=["members_role_table", "caps_surnames", "pdf_table", "apologies_submitted_on_behalf_of"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "At a MEETING of the DUNDEE CITY HEALTH AND SOCIAL CARE INTEGRATION JOINT BOARD held remotely on 23rd October, 2024."},
         {"type": "text", "text": "Present:-", "bold": True},
         {"type": "table", "widths": [60, 112], "header": True, "rows": [
             ["Members", "Role"],
             ["Bob BENSON", "Nominated by Health Board (Non-Executive Member)"],
             ["Ken LYNN", "Nominated by Dundee City Council (Elected Member)"],
             ["Dorothy MCHUGH", "Nominated by Dundee City Council (Elected Member)"],
             ["Dave BERRY", "Acting Chief Officer"],
             ["Dr Emma FLETCHER", "Director of Public Health"],
             ["Glyn LLOYD", "Chief Social Work Officer"],
             ["Dr David WILSON", "NHS Tayside (Registered Medical Practitioner (whose name is included in the list of primary medical performers)"],
         ]},
         {"type": "text", "text": "Non-members in attendance at request of Chief Officer:-", "bold": True},
         {"type": "table", "widths": [60, 112], "rows": [
             ["Robin FALCONER", "Health and Social Care Partnership"],
             ["Angie SMITH", "Health and Social Care Partnership"],
         ]},
         {"type": "text", "text": "Bob BENSON, Chairperson, in the Chair (for Articles I to III)."},
         {"type": "text", "text": "I APOLOGIES FOR ABSENCE", "bold": True},
         {"type": "text", "text": "Apologies for absence were submitted on behalf of:-"},
         {"type": "table", "widths": [60, 112], "header": True, "rows": [
             ["Member", "Role"],
             ["Siobhan Tolland", "Nominated by Dundee City Council (Elected Member)"],
         ]},
         {"type": "text", "text": "II DECLARATION OF INTEREST", "bold": True},
         {"type": "text", "text": "There were no declarations of interest."},
     ]}]},
     labels="""
     P|Bob Benson|Nominated by Health Board (Non-Executive Member)
     P|Ken Lynn|Nominated by Dundee City Council (Elected Member)
     P|Dorothy McHugh|Nominated by Dundee City Council (Elected Member)
     P|Dave Berry|Acting Chief Officer
     P|Emma Fletcher|Director of Public Health
     P|Glyn Lloyd|Chief Social Work Officer
     P|David Wilson|Registered Medical Practitioner|NHS Tayside
     I|Robin Falconer||Health and Social Care Partnership
     I|Angie Smith||Health and Social Care Partnership
     A|Siobhan Tolland|Nominated by Dundee City Council (Elected Member)
     """)

case("renfrewshire-shadow-ijb-2015", url="https://renfrewshire.cmis.uk.com/renfrewshire/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/1009/Committee/95/Default.aspx",
     body="Shadow Renfrewshire Health and Social Care Integration Joint Board", kind="ijb", year=2015,
     patterns=["sederunt", "grouped_by_organisation_after", "attending_semicolon_list", "all_org_suffix"],
     txt=T("""
     Minute of Meeting
     Shadow Renfrewshire Health and Social Care Integration Joint Board

     Date\tTime\tVenue
     Friday, 20 March 2015\t09:30\tCouncil Chambers (Renfrewshire), Council Headquarters, Paisley

     PRESENT
     Councillors Derek Bibby, Jacqueline Henry, Michael Holmes and Iain McMillan (Renfrewshire Council) Donald Sime, John Brown and Donald Lyons (Greater Glasgow & Clyde Health Board).

     CHAIR
     Councillor I McMillan, Convener, presided.

     IN ATTENDANCE
     David Leese, Chief Officer Designate to Renfrewshire Health & Social Care Partnership; Sandra Black, Chief Executive; Ken Graham, Head of Corporate Governance and Lilian Belshaw, Democratic Services Manager (all Renfrewshire Council); and Jean Still and Fiona McKay, Heads of Service (NHS Greater Glasgow & Clyde).

     APOLOGY
     Morag Brown.

     1 APPOINTMENT OF CHAIR
     Nominations were sought for Chair of the Shadow Joint Board.
     """),
     labels="""
     P|Derek Bibby||Renfrewshire Council
     P|Jacqueline Henry||Renfrewshire Council
     P|Michael Holmes||Renfrewshire Council
     P|Iain McMillan||Renfrewshire Council
     P|Donald Sime||Greater Glasgow & Clyde Health Board
     P|John Brown||Greater Glasgow & Clyde Health Board
     P|Donald Lyons||Greater Glasgow & Clyde Health Board
     I|David Leese|Chief Officer Designate to Renfrewshire Health & Social Care Partnership|Renfrewshire Council
     I|Sandra Black|Chief Executive|Renfrewshire Council
     I|Ken Graham|Head of Corporate Governance|Renfrewshire Council
     I|Lilian Belshaw|Democratic Services Manager|Renfrewshire Council
     I|Jean Still|Heads of Service|NHS Greater Glasgow & Clyde
     I|Fiona McKay|Heads of Service|NHS Greater Glasgow & Clyde
     A|Morag Brown
     """)

case("scottish-borders-ijb-2018", url="https://scottishborders.moderngov.co.uk/ieListDocuments.aspx?CId=218&MeetingId=4407",
     body="Scottish Borders Health & Social Care Integration Joint Board", kind="ijb", year=2018,
     patterns=["apologies_had_been_received", "deputising_for_sentence", "html_moderngov"],
     html=T("""
     <html><body><div id="modgov"><table>
     <tr><td>1.</td><td><p>ANNOUNCEMENTS AND APOLOGIES</p><p>Minutes:</p>
     <p>Apologies had been received from Cllr John Greenwell, Mrs Lynn Gallacher and Mr Murray Leys.</p>
     <p>The Chair confirmed the meeting was quorate.</p>
     <p>The Chair welcomed Mr Stuart Easingwood to the meeting who was deputising for Mr Murray Leys.</p>
     <p>The Chair welcomed Cllr Elaine Thornton-Nicol as a voting member of the Board.</p></td></tr>
     <tr><td>2.</td><td><p>DECLARATIONS OF INTEREST</p><p>Minutes:</p><p>There were none.</p></td></tr>
     </table></div></body></html>
     """),
     labels="""
     A|John Greenwell
     A|Lynn Gallacher
     A|Murray Leys
     S|Stuart Easingwood|||Murray Leys
     """)

case("scottish-borders-ijb-2016", url="http://scottishborders.moderngov.co.uk/ieListDocuments.aspx?CId=218&MId=3148&Ver=4",
     body="Scottish Borders Health & Social Care Integration Joint Board", kind="ijb", year=2016,
     patterns=["present_in_attendance_columns", "two_columns", "pdf_columns", "apologies_had_been_received"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "SCOTTISH BORDERS HEALTH & SOCIAL CARE INTEGRATION JOINT BOARD\nMinutes of a meeting held on Monday 4 April 2016 at 2pm in Council Chamber, Newtown St Boswells", "bold": True},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "Present:", "bold": True},
         {"type": "columns", "n": 2, "lines": ["Cllr Catriona Bhatia (Chair)", "Mr John Raine", "Cllr Frances Renton", "Mrs Pat Alexander", "Cllr Iain Gillespie", "Dr Stephen Mather"]},
         {"type": "text", "text": "In Attendance:", "bold": True},
         {"type": "columns", "n": 2, "lines": ["Miss Iris Bishop", "Mrs Susan Manion", "Mr Paul McMenamin", "Mrs Elaine Torrance"]},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "1. ANNOUNCEMENTS & APOLOGIES", "bold": True},
         {"type": "text", "text": "Apologies had been received from Cllr Jim Torrance, Mrs Jeanette McDiarmid and Mrs Fiona Morrison."},
         {"type": "text", "text": "The Chair confirmed the meeting was quorate."},
     ]}]},
     labels="""
     P|Catriona Bhatia|Chair
     P|John Raine
     P|Frances Renton
     P|Pat Alexander
     P|Iain Gillespie
     P|Stephen Mather
     I|Iris Bishop
     I|Susan Manion
     I|Paul McMenamin
     I|Elaine Torrance
     A|Jim Torrance
     A|Jeanette McDiarmid
     A|Fiona Morrison
     """)

case("argyll-bute-ijb-2021", url="https://www.argyll-bute.gov.uk/moderngov/ieListDocuments.aspx?CId=638&MId=14138&Ver=4",
     body="Argyll and Bute Integration Joint Board", kind="ijb", year=2021,
     patterns=["sederunt_table", "caps_sections", "joined_the_meeting"],
     txt=T("""
     MINUTES of MEETING of ARGYLL AND BUTE INTEGRATION JOINT BOARD held BY SKYPE on WEDNESDAY, 24 MARCH 2021

     Present:\tSarah Compton Bishop, Chair
     \tCouncillor Kieron Green
     \tCouncillor Sandy Taylor
     \tCouncillor Gary Mulvaney
     \tJoanna MacDonald, Chief Officer
     \tJudy Orr, Head of Finance and Transformation

     Also Present:\tBetty Rhodick, Carers Representative
     \tCharlotte Craig, Business Improvement Manager

     1. APOLOGIES FOR ABSENCE
     Apologies for absence were received from Susan Ringwood.

     2. DECLARATIONS OF INTEREST
     The Chair declared a non-financial interest in one savings proposal.
     """),
     labels="""
     P|Sarah Compton Bishop|Chair
     P|Kieron Green
     P|Sandy Taylor
     P|Gary Mulvaney
     P|Joanna MacDonald|Chief Officer
     P|Judy Orr|Head of Finance and Transformation
     I|Betty Rhodick|Carers Representative
     I|Charlotte Craig|Business Improvement Manager
     A|Susan Ringwood
     """)

case("moray-ijb-2021", url="https://moray.cmis.uk.com/moray/CouncilandGovernance/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/1748/Committee/18/Default.aspx",
     body="Moray Integration Joint Board", kind="ijb", year=2021,
     patterns=["sederunt", "grouped_by_category_headings", "name_role_comma"],
     txt=T("""
     MORAY INTEGRATION JOINT BOARD
     THURSDAY 25 MARCH 2021
     VARIOUS LOCATIONS VIA VIDEO-CONFERENCE

     PRESENT

     Voting Members:
     Mr Dennis Robertson (Chair), Councillor Shona Morrison, Councillor Frank Brown, Councillor Theresa Coull, Professor Nick Fluck, Mr Sandy Riddell

     Non-Voting Members:
     Mr Simon Bokor-Ingram, Chief Officer; Ms Tracey Abdy, Chief Financial Officer; Mr Ivan Augustus, Carer Representative; Ms Susan Maclaren, Chief Social Work Officer

     IN ATTENDANCE
     Mrs Tracey Sutherland, Committee Services Officer

     APOLOGIES
     Apologies for absence were intimated on behalf of Dr Malcolm Simmons and Mr Graham Hilditch.

     1. Chair of Meeting
     The meeting was chaired by Mr Dennis Robertson.
     """),
     labels="""
     P|Dennis Robertson|Chair
     P|Shona Morrison
     P|Frank Brown
     P|Theresa Coull
     P|Nick Fluck
     P|Sandy Riddell
     P|Simon Bokor-Ingram|Chief Officer
     P|Tracey Abdy|Chief Financial Officer
     P|Ivan Augustus|Carer Representative
     P|Susan Maclaren|Chief Social Work Officer
     I|Tracey Sutherland|Committee Services Officer
     A|Malcolm Simmons
     A|Graham Hilditch
     """)

case("aberdeen-ijb-2019", url="https://committees.aberdeencity.gov.uk/ieListDocuments.aspx?CId=516&MID=6052&txtonly=1",
     body="Aberdeen City Integration Joint Board", kind="ijb", year=2019,
     patterns=["sederunt_caps", "present_role_in_brackets", "also_present"],
     txt=T("""
     INTEGRATION JOINT BOARD

     ABERDEEN, 22 January 2019.  Minute of Meeting of the INTEGRATION JOINT BOARD.  Present:- Councillor Sarah Duncan, Chairperson; Jonathan Passmore MBE, Vice Chairperson; Councillors Philip Bell and Dell Henrickson; and Rhona Atkinson, Professor Mike Greaves, Sandra Macleod (Chief Officer), Alex Stephen (Chief Finance Officer), Kenneth Simpson (Third Sector Representative) and Jim Currie (Trade Union Representative).

     Also present:- Alison MacLeod and Derek Jamieson.

     Apologies:- Councillor Lesley Dunbar and Kevin Toshney.

     WELCOME FROM THE CHAIR
     1. The Chair opened the meeting and thanked two departing members.
     """),
     labels="""
     P|Sarah Duncan|Chairperson
     P|Jonathan Passmore|Vice Chairperson
     P|Philip Bell
     P|Dell Henrickson
     P|Rhona Atkinson
     P|Mike Greaves
     P|Sandra Macleod|Chief Officer
     P|Alex Stephen|Chief Finance Officer
     P|Kenneth Simpson|Third Sector Representative
     P|Jim Currie|Trade Union Representative
     I|Alison MacLeod
     I|Derek Jamieson
     A|Lesley Dunbar
     A|Kevin Toshney
     """)

case("glasgow-ijb-pec-2020", url="https://glasgowcity.hscp.scot/index.php/ijb-public-engagement-committee-papers",
     body="Glasgow City IJB Public Engagement Committee", kind="ijb", year=2020,
     patterns=["present_table_label_column", "in_attendance_table", "name_role_comma", "scan"],
     pdf={"pages": [{"scan": True, "items": [
         {"type": "text", "text": "Glasgow City Integration Joint Board\nPublic Engagement Committee\nMinute of Meeting held on Wednesday 26 August 2020", "bold": True, "size": 12},
         {"type": "gap", "mm": 4},
         {"type": "table", "widths": [36, 136], "size": 12, "rows": [
             ["Present:", "Rona Sweeney, Chair"],
             ["", "Councillor Mhairi Hunter"],
             ["", "Shona Stephen, Third Sector Representative"],
             ["In Attendance:", "Susanne Millar, Chief Officer"],
             ["", "Allison Eccles, Head of Business Development"],
             ["Apologies:", "Councillor Archie Graham"],
         ]},
         {"type": "gap", "mm": 4},
         {"type": "text", "text": "1. Declarations of Interest", "bold": True, "size": 12},
         {"type": "text", "text": "No declarations of interest were raised.", "size": 12},
     ]}]},
     labels="""
     P|Rona Sweeney|Chair
     P|Mhairi Hunter
     P|Shona Stephen|Third Sector Representative
     I|Susanne Millar|Chief Officer
     I|Allison Eccles|Head of Business Development
     A|Archie Graham
     """)

case("nhs-grampian-board-2017", url="https://careersdocbox.com/amp/89292873-Nursing/Nhs-grampian-minute-of-meeting-of-grampian-nhs-board-held-in-open-session-at-am-on-5-october-2017-clan-house-120-westburn-road-aberdeen.html",
     body="Grampian NHS Board", kind="health_board", year=2017,
     patterns=["board_members_heading", "attending_heading", "name_role_comma", "post_nominals"],
     txt=T("""
     NHS GRAMPIAN
     Minute of Meeting of GRAMPIAN NHS BOARD held in Open Session at 10.00 am on 5 October 2017
     CLAN House, 120 Westburn Road, Aberdeen

     Board Members:
     Mrs Amanda Croft, Chief Executive
     Dr Nick Fluck, Medical Director
     Professor Stephen Logan OBE, Non-Executive Board Member
     Mr Stephen Lindsay, Chair
     Mrs Rhona Atkinson, Non-Executive Board Member
     Councillor Sarah Duncan, Non-Executive Board Member

     Attending:
     Ms Amy Anderson, Grampian Director, PAMIS
     Mrs Marilyn Elmslie, Communications Officer, Committee Clerk

     1 Apologies
     Apologies were received from Mr Alan Gray, Director of Finance, and Dr Nick Fluck for the final item.
     """),
     labels="""
     P|Amanda Croft|Chief Executive
     P|Nick Fluck|Medical Director
     P|Stephen Logan|Non-Executive Board Member
     P|Stephen Lindsay|Chair
     P|Rhona Atkinson|Non-Executive Board Member
     P|Sarah Duncan|Non-Executive Board Member
     I|Amy Anderson|Grampian Director|PAMIS
     I|Marilyn Elmslie|Communications Officer, Committee Clerk
     A|Alan Gray|Director of Finance
     """)

# ---------------------------------------------------------------------------------------------------------------
# Wales
# ---------------------------------------------------------------------------------------------------------------

case("nweab-2019", url="https://democracy.cyngor.gwynedd.gov.uk/ieListDocuments.aspx?CId=418&MId=2742&Ver=4",
     body="North Wales Economic Ambition Board", kind="combined_authority", year=2019,
     patterns=["apologies_item_bare_list", "org_in_brackets", "attendance_correction_previous_meeting"],
     txt=T("""
     NORTH WALES ECONOMIC AMBITION BOARD
     Conference Room 1a & 1b, County Hall, Ruthin

     1. APOLOGIES
     Prof. Graham Upton (Bangor University), Dr Gwynne Jones (Isle of Anglesey County Council) and Dilwyn Williams (Gwynedd Council).

     2. DECLARATION OF PERSONAL INTEREST
     No declarations of personal interest were received.

     4. MINUTES OF THE PREVIOUS MEETING
     The Chairman signed the minutes of the previous meeting held on 15 March 2019 as a true record, subject to the following corrections:-
     Attendance - to note that Dr Gwynne Jones, not Marc Jones, had been present as chief officer on behalf of Isle of Anglesey County Council.
     """),
     labels="""
     A|Graham Upton||Bangor University
     A|Gwynne Jones||Isle of Anglesey County Council
     A|Dilwyn Williams||Gwynedd Council
     """)

case("nweab-2023", url="https://democracy.gwynedd.llyw.cymru/ieListDocuments.aspx?CId=418&MId=4988&Ver=4",
     body="North Wales Economic Ambition Board", kind="combined_authority", year=2023,
     patterns=["apologies_were_received_from_bullets", "with_x_deputising", "org_in_brackets"],
     html=T("""
     <html><body><div id="modgov"><table>
     <tr><td>1.</td><td><p>APOLOGIES</p><p>To receive any apologies for absence.</p><p>Minutes:</p>
     <p>Apologies were received from:-</p>
     <ul>
     <li>Councillor Mark Pritchard (Wrexham County Borough Council);</li>
     <li>Councillor Llinos Medi Huws (Isle of Anglesey County Council) with Councillor Gary Pritchard deputising;</li>
     <li>Yana Williams (Coleg Cambria);</li>
     <li>Professor Edmund Burke (Bangor University) with Professor Paul Spencer deputising;</li>
     <li>Neal Cockerton (Flintshire County Council) with Andrew Farrow deputising;</li>
     <li>Dafydd Gibbard (Cyngor Gwynedd) with Sioned Williams deputising.</li>
     </ul>
     <p>The Chairman welcomed the deputies to the meeting.</p></td></tr>
     <tr><td>2.</td><td><p>DECLARATION OF PERSONAL INTEREST</p><p>Minutes:</p><p>One officer declared a personal interest and withdrew for that item.</p></td></tr>
     </table></div></body></html>
     """),
     labels="""
     A|Mark Pritchard||Wrexham County Borough Council
     A|Llinos Medi Huws||Isle of Anglesey County Council
     S|Gary Pritchard|||Llinos Medi Huws
     A|Yana Williams||Coleg Cambria
     A|Edmund Burke||Bangor University
     S|Paul Spencer|||Edmund Burke
     A|Neal Cockerton||Flintshire County Council
     S|Andrew Farrow|||Neal Cockerton
     A|Dafydd Gibbard||Cyngor Gwynedd
     S|Sioned Williams|||Dafydd Gibbard
     """)

case("public-health-wales-2011", url="https://docsbay.net/doc/1031255/present-in-part",
     body="Public Health Wales NHS Trust Board", kind="nhs_trust", year=2011,
     patterns=["name_slash_role", "present_in_part", "pdf_table"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "Minutes from the Eleventh Meeting of the Public Health Wales Board\nDate of meeting: 11 April 2011\nVenue for meeting: Temple of Peace and Health, Cardiff", "bold": True},
         {"type": "text", "text": "Present:", "bold": True},
         {"type": "table", "widths": [64, 108], "rows": [
             ["Professor Sir Mansel Aylward CB", "Chair, Public Health Wales"],
             ["Dr Carl Clowes", "Non Executive Director"],
             ["Mr Keith Cox", "Board Secretary"],
             ["Mr Huw George", "Executive Director of Finance"],
             ["Mr Bob Hudson", "Chief Executive, Public Health Wales"],
             ["Professor Simon Smail CBE", "Non Executive Director"],
             ["Ms Eleanor Higgins", "Executive Administrative Manager (Secretariat)"],
         ]},
         {"type": "text", "text": "Present in part:", "bold": True},
         {"type": "table", "widths": [64, 108], "rows": [
             ["Ms Tracy Veale", "Wales Audit Office"],
             ["Mr Andrew Strong", "Wales Audit Office"],
         ]},
         {"type": "gap", "mm": 3},
         {"type": "table", "widths": [12, 160], "rows": [
             ["1.", "Welcome & Apologies for Absence"],
             ["", "The Chair welcomed all in attendance and a new director to her first Board meeting."],
         ]},
     ]}]},
     labels="""
     P|Mansel Aylward|Chair|Public Health Wales
     P|Carl Clowes|Non Executive Director
     P|Keith Cox|Board Secretary
     P|Huw George|Executive Director of Finance
     P|Bob Hudson|Chief Executive|Public Health Wales
     P|Simon Smail|Non Executive Director
     P|Eleanor Higgins|Executive Administrative Manager (Secretariat)
     P|Tracy Veale||Wales Audit Office
     P|Andrew Strong||Wales Audit Office
     """)

case("public-health-wales-2010", url="https://docsbay.net/public-health-wales-s1",
     body="Public Health Wales NHS Trust Board", kind="nhs_trust", year=2010,
     patterns=["name_slash_role_org", "attended_in_part", "flattened_text"],
     txt=T("""
     Eighth Meeting of the Public Health Wales Board
     Date of meeting: 4 October 2010
     Venue for meeting: Abertawe Bro Morgannwg University LHB Headquarters, Port Talbot

     Present:
     Professor Sir Mansel Aylward CB / Chair, Public Health Wales
     Mr Keith Cox / Board Secretary, Public Health Wales
     Mr Mark Dickinson / Executive Director of Planning and Performance, Public Health Wales
     Dr Jo Farrar / Board Member, Public Health Wales
     Mr Bob Hudson / Chief Executive, Public Health Wales
     Professor Simon Smail CBE / Board Member, Public Health Wales
     Attended in part:
     Professor Gareth Williams / Board Member, Public Health Wales
     Dr Stephen Monaghan / Executive Director of Public Health, Abertawe Bro Morgannwg NHS Trust
     1. / Welcome & Apologies for Absence
     1.1. The Chair welcomed everyone to the eighth meeting.
     1.2. Apologies were received from Dr Carl Clowes.
     """),
     labels="""
     P|Mansel Aylward|Chair|Public Health Wales
     P|Keith Cox|Board Secretary|Public Health Wales
     P|Mark Dickinson|Executive Director of Planning and Performance|Public Health Wales
     P|Jo Farrar|Board Member|Public Health Wales
     P|Bob Hudson|Chief Executive|Public Health Wales
     P|Simon Smail|Board Member|Public Health Wales
     P|Gareth Williams|Board Member|Public Health Wales
     P|Stephen Monaghan|Executive Director of Public Health|Abertawe Bro Morgannwg NHS Trust
     A|Carl Clowes
     """)

case("cardiff-vale-charity-2020", url="https://docslib.org/doc/7932123/board-of-trustee-meeting-agenda",
     body="Cardiff and Vale Health Charity Board of Trustees", kind="health_board", year=2020,
     patterns=["name_initials_role", "pdf_table"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "Unconfirmed Minutes of the Board of Trustees\nThursday, 30 January 2020 at 12.00pm\nCowbridge Town Hall, 21 High Street, Cowbridge", "bold": True},
         {"type": "table", "widths": [24, 50, 14, 86], "rows": [
             ["Present:", "Charles Janczewski", "CJ", "Trustee and UHB Interim Chair"],
             ["", "Len Richards", "LR", "Trustee and Chief Executive Officer"],
             ["", "Professor Gary Baxter", "GB", "Trustee and Independent Member - University"],
             ["", "Robert Chadwick", "RC", "Trustee and Executive Director of Finance"],
             ["", "Michael Imperato", "MI", "Trustee and Interim Vice Chair"],
             ["In Attendance:", "Helen Bricknell", "HB", "Charity Director"],
             ["Apologies:", "Sara Moseley", "SM", "Trustee and Independent Member - Third Sector"],
         ]},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "CT 01/01 Welcome and introductions", "bold": True},
         {"type": "text", "text": "The Chair welcomed trustees to the meeting."},
     ]}]},
     labels="""
     P|Charles Janczewski|Trustee and UHB Interim Chair
     P|Len Richards|Trustee and Chief Executive Officer
     P|Gary Baxter|Trustee and Independent Member - University
     P|Robert Chadwick|Trustee and Executive Director of Finance
     P|Michael Imperato|Trustee and Interim Vice Chair
     I|Helen Bricknell|Charity Director
     A|Sara Moseley|Trustee and Independent Member - Third Sector
     """)

case("welsh-government-board-2023", url="https://gov.wales/welsh-government-board-meeting-13-january-2023-html",
     body="Welsh Government Board", kind="other", year=2023,
     patterns=["bullets_no_heading_first", "post_as_person", "attendees_heading", "apologies_heading"],
     html=T("""
     <html><body><main><h1>Welsh Government Board meeting: 13 January 2023</h1>
     <h2>Attendees</h2>
     <ul><li>The Permanent Secretary (Chair)</li><li>Meena Upadhyaya</li><li>Gareth Lynn</li><li>Ellen Donovan</li><li>Tracey Burke</li><li>Judith Paget</li><li>Andrew Slade</li></ul>
     <h2>In attendance</h2>
     <ul><li>Catrin Sully</li><li>Nick Wood</li></ul>
     <h2>Apologies</h2>
     <ul><li>Jo-Anne Daniels</li><li>David Richards</li></ul>
     <h2>1. Welcome</h2><p>The Chair welcomed all to the Board meeting and gave updates on several areas.</p>
     </main></body></html>
     """),
     labels="""
     P|Meena Upadhyaya
     P|Gareth Lynn
     P|Ellen Donovan
     P|Tracey Burke
     P|Judith Paget
     P|Andrew Slade
     I|Catrin Sully
     I|Nick Wood
     A|Jo-Anne Daniels
     A|David Richards
     """)

case("senedd-papac-2022", url="https://record.assembly.wales/Committee/15581",
     body="Senedd Public Accounts and Public Administration Committee", kind="other", year=2022,
     patterns=["category_names_table", "witnesses", "apologies_no_substitute", "attended_in_her_place", "post_nominal_ms"],
     html=T("""
     <html><body><h1>Concise Minutes - Public Accounts and Public Administration Committee</h1>
     <p>Meeting date: Wednesday, 9 March 2022</p>
     <h2>Attendance</h2>
     <table><tr><th>Category</th><th>Names</th></tr>
     <tr><td>Members of the Senedd:</td><td><p>Mark Isherwood MS (Chair)</p><p>Natasha Asghar MS</p><p>Cefin Campbell MS</p><p>Mike Hedges MS</p></td></tr>
     <tr><td>Witnesses:</td><td><p>Sue Hill, Betsi Cadwaladr University Health Board</p><p>Teresa Owen, Betsi Cadwaladr University Health Board</p></td></tr>
     <tr><td>Committee Staff:</td><td><p>Fay Bowen (Clerk)</p><p>Owain Davies (Second Clerk)</p></td></tr>
     </table>
     <h3>1 Introductions, apologies and substitutions</h3>
     <p>1.1 The Chair welcomed the Members to the meeting.</p>
     <p>1.2 Apologies were received from Rhianon Passmore. There was no substitute.</p>
     <h3>3 Governance issues at Betsi Cadwaladr University Health Board: Evidence session with the Health Board</h3>
     <p>3.1 Apologies were received from Gill Harris. Teresa Owen attended in her place.</p>
     </body></html>
     """),
     labels="""
     P|Mark Isherwood|Chair
     P|Natasha Asghar
     P|Cefin Campbell
     P|Mike Hedges
     I|Sue Hill||Betsi Cadwaladr University Health Board
     S|Teresa Owen||Betsi Cadwaladr University Health Board|Gill Harris
     I|Fay Bowen|Clerk
     I|Owain Davies|Second Clerk
     A|Rhianon Passmore
     A|Gill Harris
     """)

case("powys-growth-deal-2020", url="https://powys.moderngov.co.uk/ieListDocuments.aspx?CId=896&MId=6329&Ver=4",
     body="Growing Mid Wales Board", kind="combined_authority", year=2020,
     patterns=["bilingual_headings", "present_initials_in_brackets", "no_apologies"],
     txt=T("""
     GROWING MID WALES BOARD / BWRDD TYFU CANOLBARTH CYMRU
     Zoom Meeting, 6 November 2020

     PRESENT / YN BRESENNOL:
     County Councillor Rosemarie Harris (RH) (Chair), Councillor Ellen ap Gwynn (EapG), Dr Caroline Turner (CT), Cheryl Evans (CJE), Fiona Stewart (FS), Steve Hughson (SH)

     1. CROESO AC YMDDIHEURIADAU / WELCOME AND APOLOGIES
     There were no apologies for absence.

     2. DATGANIADAU O FUDDIANT PERSONOL / DECLARATIONS OF PERSONAL INTEREST
     There were no declarations of interest.
     """),
     labels="""
     P|Rosemarie Harris|Chair
     P|Ellen ap Gwynn
     P|Caroline Turner
     P|Cheryl Evans
     P|Fiona Stewart
     P|Steve Hughson
     """)

# ---------------------------------------------------------------------------------------------------------------
# Northern Ireland and Ireland
# ---------------------------------------------------------------------------------------------------------------

case("nipb-2020", url="https://pdfslide.us/documents/northern-ireland-policing-board-minutes-of-meeting-operation-seasons-greetings-analysis.html",
     body="Northern Ireland Policing Board", kind="other", year=2020,
     patterns=["footnote_markers", "absent_heading", "org_prefixed_in_attendance_heading", "counted_officials"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "NORTHERN IRELAND POLICING BOARD\nMINUTES OF MEETING OF THE NORTHERN IRELAND POLICING BOARD HELD ON THURSDAY 6 FEBRUARY 2020 AT 9.30AM IN WATERSIDE TOWER, CLARENDON DOCK.", "bold": True},
         {"type": "gap", "mm": 3},
         {"type": "table", "widths": [40, 12, 120], "rows": [
             ["PRESENT:", "", "Mrs Anne Connolly (Chair)"],
             ["", "(1)", "Ms Deborah Watters (Vice-Chair)"],
             ["", "", "Mr John Blair"],
             ["", "(2)", "Mr Alan Chambers"],
             ["", "", "Prof Brice Dickson"],
             ["", "", "Mrs Dolores Kelly"],
             ["ABSENT:", "", "Mrs Joanne Bunting"],
         ]},
         {"type": "gap", "mm": 2},
         {"type": "text", "text": "POLICE SERVICE OF NORTHERN IRELAND IN ATTENDANCE:", "bold": True},
         {"type": "table", "widths": [52, 120], "rows": [
             ["", "Mr Simon Byrne, Chief Constable"],
             ["", "Mr Mark Hamilton, Deputy Chief Constable Designate"],
             ["", "One PSNI Staff Member"],
         ]},
         {"type": "text", "text": "OFFICIALS IN ATTENDANCE:", "bold": True},
         {"type": "table", "widths": [52, 120], "rows": [
             ["", "Mrs Amanda Stewart, Chief Executive"],
             ["", "Mr Adrian McNamee, Director of Partnership"],
             ["", "Three Board Officials"],
         ]},
         {"type": "text", "text": "(1) Item 6 to item 15 (arrived at 2pm)\n(2) Item 3 to 15 (arrived at 9.45am)", "size": 8},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "1. APOLOGIES", "bold": True},
         {"type": "text", "text": "Apologies were noted as above."},
     ]}]},
     labels="""
     P|Anne Connolly|Chair
     P|Deborah Watters|Vice-Chair
     P|John Blair
     P|Alan Chambers
     P|Brice Dickson
     P|Dolores Kelly
     X|Joanne Bunting
     I|Simon Byrne|Chief Constable
     I|Mark Hamilton|Deputy Chief Constable Designate
     I|Amanda Stewart|Chief Executive
     I|Adrian McNamee|Director of Partnership
     """)

case("pha-ni-board-2010", url="https://docsbay.net/minutes-of-the-twelfth-meeting-of-the-public-health-agency-board-held-at-10-15-am-on-thursday",
     body="Public Health Agency (Northern Ireland) Board", kind="health_board", year=2010,
     patterns=["name_slash_role", "caps_headings_no_colon", "joined_the_meeting"],
     txt=T("""
     Minutes of the Twelfth Meeting of the Public Health Agency board held at 10.15 am on Thursday 18 February 2010, in the Oak Room, Lagan Valley Island Conference Centre, Lisburn

     PRESENT:
     Ms M McMahon / Chair
     Dr E Rooney / Chief Executive
     Mrs J Erskine / Non-Executive Director
     Dr J Harbison / Non-Executive Director
     Cllr S Nicholl / Non-Executive Director
     Ms M Hinds / Director of Nursing & Allied Health
     Professionals
     Dr C Harper / Director of Public Health/Medical Director
     IN ATTENDANCE
     Mr P Cummings / Director of Finance, HSC Board
     Ms M Hully / Chief Executive, Patient and Client Council
     Mr R Dixon / Patient and Client Council (for item 18/10)
     Ms H Fyfe / Secretariat
     APOLOGIES
     Mrs F McAndrew / Director of Social Care and Children, HSC Board
     Dr Harbison joined the PHA board meeting at 11.55 am.
     13/10 / Chair's Business
     The Chair welcomed members to the meeting.
     """),
     labels="""
     P|M McMahon|Chair
     P|E Rooney|Chief Executive
     P|J Erskine|Non-Executive Director
     P|J Harbison|Non-Executive Director
     P|S Nicholl|Non-Executive Director
     P|M Hinds|Director of Nursing & Allied Health Professionals
     P|C Harper|Director of Public Health/Medical Director
     I|P Cummings|Director of Finance|HSC Board
     I|M Hully|Chief Executive|Patient and Client Council
     I|R Dixon||Patient and Client Council
     I|H Fyfe|Secretariat
     A|F McAndrew|Director of Social Care and Children|HSC Board
     """)

case("pha-ni-board-2010-09", url="https://docsbay.net/minutes-of-21stmeeting-of-the-public-health-agency-board",
     body="Public Health Agency (Northern Ireland) Board", kind="health_board", year=2010,
     patterns=["two_column_table_labels_in_left_column", "name_role_table", "pdf_table", "left_meeting_qualifier"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "Minutes of 21st Meeting of the Public Health Agency board\nThursday 16 September 2010, 2:15pm, Conference Room A, NICVA, Belfast", "bold": True},
         {"type": "gap", "mm": 3},
         {"type": "table", "widths": [34, 50, 90], "rows": [
             ["Present", "Ms M McMahon", "Chair"],
             ["", "Dr E Rooney", "Chief Executive"],
             ["", "Dr C Harper", "Director of Public Health/Medical Director"],
             ["", "Mr E McClean", "Director of Operations"],
             ["", "Cllr S Nicholl", "Non-Executive Director (left meeting at 3:55pm)"],
             ["In Attendance", "Ms M Hully", "Chief Executive, Patient and Client Council"],
             ["", "Mr S Wilson", "Assistant Director Communication and Knowledge Management"],
             ["", "Ms H Fyfe", "Secretariat"],
             ["Apologies", "Mrs J Erskine", "Non-Executive Director"],
             ["", "Mrs F McAndrew", "Assistant Director of Social Care and Children, HSCB"],
         ]},
         {"type": "gap", "mm": 3},
         {"type": "table", "widths": [20, 150], "rows": [
             ["77/10", "Chair's Business"],
             ["", "The Chair welcomed members and listed the events she had attended since the last meeting."],
         ]},
     ]}]},
     labels="""
     P|M McMahon|Chair
     P|E Rooney|Chief Executive
     P|C Harper|Director of Public Health/Medical Director
     P|E McClean|Director of Operations
     P|S Nicholl|Non-Executive Director
     I|M Hully|Chief Executive|Patient and Client Council
     I|S Wilson|Assistant Director Communication and Knowledge Management
     I|H Fyfe|Secretariat
     A|J Erskine|Non-Executive Director
     A|F McAndrew|Assistant Director of Social Care and Children|HSCB
     """)

case("pha-ni-board-2010-02-scan", url="http://www.docstoc.com/docs/124085070/Item-4-PHA-Previous-Minutes-18-02-10",
     body="Public Health Agency (Northern Ireland) Board", kind="health_board", year=2010,
     patterns=["scan", "ocr", "name_role_wide_columns", "caps_headings_no_colon"],
     pdf={"pages": [{"scan": True, "items": [
         {"type": "text", "text": "Minutes of the Twelfth Meeting of the Public Health Agency board held at 10.15 am on Thursday 18 February 2010, in the Oak Room, Lagan Valley Island Conference Centre, Lisburn", "size": 11},
         {"type": "gap", "mm": 4},
         {"type": "text", "text": "PRESENT", "bold": True, "size": 11},
         {"type": "table", "widths": [80, 94], "size": 11, "rows": [
             ["Ms M McMahon", "Chair"],
             ["Dr E Rooney", "Chief Executive"],
             ["Mrs J Erskine", "Non-Executive Director"],
             ["Mr T Mahaffy", "Non-Executive Director"],
             ["Cllr Mullaghan", "Non-Executive Director"],
             ["Mr R Orr", "Non-Executive Director"],
             ["Dr C Harper", "Director of Public Health/Medical Director"],
         ]},
         {"type": "text", "text": "IN ATTENDANCE", "bold": True, "size": 11},
         {"type": "table", "widths": [80, 94], "size": 11, "rows": [
             ["Mr P Cummings", "Director of Finance, HSC Board"],
             ["Ms M Hully", "Chief Executive, Patient and Client Council"],
             ["Mr S Devlin", "BSO (for item 20/10)"],
             ["Mrs C McAuley", "Secretariat"],
         ]},
         {"type": "text", "text": "APOLOGIES", "bold": True, "size": 11},
         {"type": "table", "widths": [80, 94], "size": 11, "rows": [
             ["Mrs F McAndrew", "Director of Social Care and Children, HSC Board"],
         ]},
         {"type": "gap", "mm": 4},
         {"type": "text", "text": "13/10   Chair's Business", "bold": True, "size": 11},
         {"type": "text", "text": "The Chair welcomed members to the meeting.", "size": 11},
     ]}]},
     labels="""
     P|M McMahon|Chair
     P|E Rooney|Chief Executive
     P|J Erskine|Non-Executive Director
     P|T Mahaffy|Non-Executive Director
     P|Mullaghan|Non-Executive Director
     P|R Orr|Non-Executive Director
     P|C Harper|Director of Public Health/Medical Director
     I|P Cummings|Director of Finance|HSC Board
     I|M Hully|Chief Executive|Patient and Client Council
     I|S Devlin||BSO
     I|C McAuley|Secretariat
     A|F McAndrew|Director of Social Care and Children|HSC Board
     """)

case("hscb-ni-2019", url="https://vdocuments.mx/minutes-of-the-health-and-social-care-board-held-at-a-download-a-public-meetings.html",
     body="Health and Social Care Board (Northern Ireland)", kind="health_board", year=2019,
     patterns=["flowing_present_list", "name_comma_role_run_on", "caps_headings"],
     txt=T("""
     HSCB – 9 May 2019
     MINUTES OF THE HEALTH AND SOCIAL CARE BOARD HELD AT 10.00AM ON THURSDAY 9 MAY 2019 IN THE CONFERENCE HALL, GREENMOUNT COLLEGE, ANTRIM

     PRESENT:
     Dr Ian Clements, Chair
     Mrs Valerie Watts, Chief Executive
     Mr Paul Cummings, Director of Finance
     Ms Marie Roulston, Director of Social Care & Children
     Mr Stephen Leach, Non Executive Director
     Mrs Stephanie Lowry, Non Executive Director

     IN ATTENDANCE:
     Dr Sloan Harper, Director of Integrated Care
     Mrs Mary Hinds, Executive Director of Nursing & AHPs, PHA
     Ms Linda Craig, Regional Leader for 10,000 More Voices (for agenda item 10 only)

     APOLOGIES:
     Dr Miriam McCarthy, Director of Commissioning
     Dr Adrian Mairs, Acting Director of Public Health, PHA

     44/19 CHAIR'S REMARKS
     The Chair thanked a colleague for chairing the April meeting.
     """),
     labels="""
     P|Ian Clements|Chair
     P|Valerie Watts|Chief Executive
     P|Paul Cummings|Director of Finance
     P|Marie Roulston|Director of Social Care & Children
     P|Stephen Leach|Non Executive Director
     P|Stephanie Lowry|Non Executive Director
     I|Sloan Harper|Director of Integrated Care
     I|Mary Hinds|Executive Director of Nursing & AHPs|PHA
     I|Linda Craig|Regional Leader for 10,000 More Voices
     A|Miriam McCarthy|Director of Commissioning
     A|Adrian Mairs|Acting Director of Public Health|PHA
     """)

case("hseni-board-2021", url="https://hseni.gov.uk/hseni-board-meeting-minutes-january-2021",
     body="Health and Safety Executive for Northern Ireland Board", kind="other", year=2021,
     patterns=["present_subheadings_groups", "bullets", "name_dash_role", "minister_title"],
     html=T("""
     <html><body><main><h1>HSENI Board Meeting minutes - January 2021</h1>
     <p>MINUTES OF THE 115th MEETING OF THE BOARD OF THE HEALTH AND SAFETY EXECUTIVE FOR NORTHERN IRELAND HELD ON THURSDAY 28 JANUARY 2021 AT 09:30 VIA VIDEOCONFERENCE</p>
     <p>Present:</p>
     <p>Board Members:</p>
     <ul><li>Mr D Martin – Chair</li><li>Mrs H Singleton – Dep Chair</li><li>Mr M Mawhinney</li><li>Mr T Wright</li><li>Ms L Smith</li></ul>
     <p>HSENI Officials:</p>
     <ul><li>Mr R Kidd – Chief Executive</li><li>Mr L Burns – Deputy Chief Executive</li><li>Ms L Nelson – Minutes</li><li>Mr D Cartland – P/S Minister, DfE</li></ul>
     <p>The Chair welcomed everyone, including the Minister and her Personal Secretary.</p>
     </main></body></html>
     """),
     labels="""
     P|D Martin|Chair
     P|H Singleton|Dep Chair
     P|M Mawhinney
     P|T Wright
     P|L Smith
     P|R Kidd|Chief Executive
     P|L Burns|Deputy Chief Executive
     P|L Nelson|Minutes
     P|D Cartland|P/S Minister, DfE
     """)

case("hse-ireland-board-2024", url="https://about.hse.ie/publications/hse-board-meeting-minutes-27-march-2024/",
     body="Health Service Executive (Ireland) Board", kind="health_board", year=2024,
     patterns=["inline_list_roles_in_brackets", "in_attendance_for", "joined_the_meeting_heading", "fada_names"],
     html=T("""
     <html><body><main><h1>HSE board meeting minutes 27 March 2024</h1>
     <p>A meeting of the Board of the Health Service Executive was held on Wednesday 27 March 2024 at 9:00am, via videoconference.</p>
     <h3>Board Members Present:</h3>
     <p>Mr Ciarán Devane (Chairperson), Prof Deirdre Madden (Deputy Chairperson), Mr Brendan Whelan, Mr Aogán Ó Fearghaíl, Mr Fergus Finlay, Dr Sarah McLoughlin and Mr Matt Walsh</p>
     <h3>Apologies:</h3>
     <p>Dr Yvonne Traynor</p>
     <h3>In Attendance for Board Meeting:</h3>
     <p>Mr Bernard Gloster (CEO), Ms Niamh Doody (Executive Business Manager), Mr Dara Purcell (Corporate Secretary)</p>
     <h3>Joined the meeting:</h3>
     <p>Mr Stephen Mulvany (Chief Financial Officer), Dr Colm Henry (Chief Clinical Officer), Ms Jackie McIlroy, Ms Paula McShane (CEO’s office)</p>
     <h2>Meeting minutes</h2><p>1. Board Members Private Discussion</p><p>The Chairperson welcomed members.</p>
     </main></body></html>
     """),
     labels="""
     P|Ciarán Devane|Chairperson
     P|Deirdre Madden|Deputy Chairperson
     P|Brendan Whelan
     P|Aogán Ó Fearghaíl
     P|Fergus Finlay
     P|Sarah McLoughlin
     P|Matt Walsh
     A|Yvonne Traynor
     I|Bernard Gloster|CEO
     I|Niamh Doody|Executive Business Manager
     I|Dara Purcell|Corporate Secretary
     I|Stephen Mulvany|Chief Financial Officer
     I|Colm Henry|Chief Clinical Officer
     I|Jackie McIlroy
     I|Paula McShane
     """)

case("nifrs-board-2015", url="https://financedocbox.com/amp/94401233-Retirement_Planning/Minutes-in-attendance-ms-cara-anderson.html",
     body="Northern Ireland Fire & Rescue Service Board", kind="other", year=2015,
     patterns=["apology_sentence_semicolons", "present_inline_list_roles_in_brackets"],
     txt=T("""
     NORTHERN IRELAND FIRE & RESCUE SERVICE BOARD
     MINUTES OF A MEETING 30 JUNE 2015 PM

     Present: Mr Alexander Coleman (Chairman), Mr Paul Conway, Mr Jim Dillon, Ms Carol Moore and Mr David Woods.

     In Attendance: Mr Gary Thompson (Chief Fire Officer), Mr Dale Ashford (Assistant Chief Fire Officer) and Ms Cara Anderson (Board Secretary).

     1.0 Apologies
     Apologies were received from Mr J Collins; Ms M Crilly; Mrs H McClenaghan; Ms C McKinney and Mrs M Cree.

     2.0 Conflicts of Interest
     None were declared.
     """),
     labels="""
     P|Alexander Coleman|Chairman
     P|Paul Conway
     P|Jim Dillon
     P|Carol Moore
     P|David Woods
     I|Gary Thompson|Chief Fire Officer
     I|Dale Ashford|Assistant Chief Fire Officer
     I|Cara Anderson|Board Secretary
     A|J Collins
     A|M Crilly
     A|H McClenaghan
     A|C McKinney
     A|M Cree
     """)

case("south-eastern-hsct-2016", url="https://financedocbox.com/amp/94401233-Retirement_Planning/Minutes-in-attendance-ms-cara-anderson.html",
     body="South Eastern Health and Social Care Trust Board", kind="nhs_trust", year=2016,
     patterns=["name_role_initials_brackets", "two_columns_present_in_attendance", "pdf_table"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "SOUTH EASTERN HEALTH & SOCIAL CARE TRUST\nMinutes of the Trust Board Meeting held on 3 March 2016 at 10.00 am in the Boardroom, Lisburn", "bold": True},
         {"type": "gap", "mm": 3},
         {"type": "table", "widths": [86, 86], "rows": [
             ["Present:", "In Attendance:"],
             ["Mr Brian McMurray (Chair)", "Mr Paddy Anderson (Director of Finance)"],
             ["Mr Hugh McCaughey (Chief Executive)", "Mrs Karen Bailey (Director of Customer Care and Performance)"],
             ["Mrs Geraldine Fahy (Non-Executive Director)", "Miss Amanda Mills (Board Secretary)"],
             ["Mr Jim Rooney (Non-Executive Director)", ""],
         ]},
         {"type": "gap", "mm": 2},
         {"type": "text", "text": "Apologies: Prof Hugh McKenna"},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "TB01/03/16 Minutes of the Previous Meeting", "bold": True},
         {"type": "text", "text": "The minutes were agreed as an accurate record."},
     ]}]},
     labels="""
     P|Brian McMurray|Chair
     P|Hugh McCaughey|Chief Executive
     P|Geraldine Fahy|Non-Executive Director
     P|Jim Rooney|Non-Executive Director
     I|Paddy Anderson|Director of Finance
     I|Karen Bailey|Director of Customer Care and Performance
     I|Amanda Mills|Board Secretary
     A|Hugh McKenna
     """)

# ---------------------------------------------------------------------------------------------------------------
# Second batch: written after the rules above were tuned on the first batch's dev split, and scored once before
# any further change (evaluation/README.md reports that figure as an unseen check).
# ---------------------------------------------------------------------------------------------------------------
BATCH2_START = len(CASES)

case("leeds-scrutiny-adults-health-2021", url="https://democracy.leeds.gov.uk/mgAi.aspx?ID=87906",
     body="Leeds Scrutiny Board (Adults, Health and Active Lifestyles)", kind="other", year=2021,
     patterns=["in_attendance_lead_in_sentence", "bullets", "name_dash_role"],
     html=T("""
     <html><body><div id="modgov"><h2>Agenda item</h2><h3>Draft Constitution of the West Yorkshire Integrated Care Board</h3>
     <p>Minutes:</p><p>The Head of Democratic Services submitted a report on the draft constitution.</p>
     <p>The following were in attendance:</p>
     <p>·  Cllr Fiona Venner - Executive Member for Adult and Children’s Social Care and Health Partnerships</p>
     <p>·  Cath Roff - Director of Adults and Health</p>
     <p>·  Victoria Eaton - Director of Public Health</p>
     <p>·  Tim Ryley - Chief Executive of NHS Leeds Clinical Commissioning Group (CCG) and also Chair of the ICS Governance Working Group.</p>
     <p>The Chief Executive introduced the report and the new target date for the statutory arrangements.</p>
     </div></body></html>
     """),
     labels="""
     I|Fiona Venner|Executive Member for Adult and Children’s Social Care and Health Partnerships
     I|Cath Roff|Director of Adults and Health
     I|Victoria Eaton|Director of Public Health
     I|Tim Ryley|Chief Executive|NHS Leeds Clinical Commissioning Group
     """)

case("wg-cabinet-north-wales-2023", url="https://www.gov.wales/cabinet-sub-committee-for-north-wales-meeting-5-october-2023-html",
     body="Welsh Government Cabinet Sub-Committee for North Wales", kind="other", year=2023,
     patterns=["group_headings_without_status", "bullets", "name_comma_place", "post_nominals"],
     html=T("""
     <html><body><main><h1>Cabinet Sub-Committee for North Wales meeting: 5 October 2023</h1>
     <h2>Attendees</h2>
     <h3>Ministers</h3>
     <ul><li>Rt Hon Mark Drakeford MS</li><li>Lesley Griffiths MS (Chair)</li><li>Mick Antoniw MS</li><li>Eluned Morgan MS</li></ul>
     <h3>Leaders of North Wales local authorities</h3>
     <ul><li>Cllr Charlie McCoubrey, Conwy</li><li>Cllr Jason McLellan, Denbighshire</li><li>Cllr Gary Pritchard, Anglesey</li></ul>
     <h3>Other external attendees</h3>
     <ul><li>Carol Shillabeer, Interim CEO, Betsi Cadwaladr UHB</li><li>Dyfed Edwards, Interim Chair of the Board, Betsi Cadwaladr UHB</li><li>Chris Llywelyn, CEO WLGA</li></ul>
     <h3>Officials</h3>
     <ul><li>Rebecca Dunn, Head of Cabinet Division</li><li>Damian Roche, Cabinet Secretariat (minutes)</li></ul>
     <h2>Item 1: Welcome</h2><p>The Chair welcomed members and external attendees.</p>
     </main></body></html>
     """),
     labels="""
     P|Mark Drakeford
     P|Lesley Griffiths|Chair
     P|Mick Antoniw
     P|Eluned Morgan
     P|Charlie McCoubrey||Conwy
     P|Jason McLellan||Denbighshire
     P|Gary Pritchard||Anglesey
     P|Carol Shillabeer|Interim CEO|Betsi Cadwaladr UHB
     P|Dyfed Edwards|Interim Chair of the Board|Betsi Cadwaladr UHB
     P|Chris Llywelyn|CEO|WLGA
     I|Rebecca Dunn|Head of Cabinet Division
     I|Damian Roche|Cabinet Secretariat
     """)

case("cosla-leaders-2021", url="https://docslib.org/doc/3607399/draft-minute-of-special-leaders-meeting-16-march-21",
     body="COSLA Special Leaders", kind="other", year=2021,
     patterns=["org_name_table", "substitute_in_brackets_after_name", "pdf_table"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "COSLA SPECIAL LEADERS 16 APRIL 2021 DRAFT MINUTE\nMINUTE OF MEETING OF SPECIAL LEADERS (DRAFT)\nFriday, 16 April 2021 at 1100hrs, Microsoft Teams", "bold": True},
         {"type": "text", "text": "Present", "bold": True},
         {"type": "table", "widths": [70, 100], "rows": [
             ["COSLA President", "Councillor Alison Evison"],
             ["COSLA Vice President", "Councillor Graham Houston"],
             ["Aberdeen City Council", "Rob Polkinghome (Substitute)"],
             ["Aberdeen City Council", "Councillor Douglas Lumsden"],
             ["Angus Council", "Margo Williamson"],
             ["Angus Council", "Councillor David Fairweather"],
             ["Argyll and Bute Council", "Pippa Milne"],
             ["East Lothian Council", "Councillor Norman Hampshire (Substitute)"],
         ]},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "1. Welcome, Apologies and Declarations of Interest", "bold": True},
         {"type": "text", "text": "The President welcomed Leaders to the special meeting."},
     ]}]},
     labels="""
     P|Alison Evison|COSLA President
     P|Graham Houston|COSLA Vice President
     S|Rob Polkinghome||Aberdeen City Council
     P|Douglas Lumsden||Aberdeen City Council
     P|Margo Williamson||Angus Council
     P|David Fairweather||Angus Council
     P|Pippa Milne||Argyll and Bute Council
     S|Norman Hampshire||East Lothian Council
     """)

case("midlothian-council-2018", url="https://docslib.org/doc/2652431/notice-of-meeting",
     body="Midlothian Council", kind="other", year=2018,
     patterns=["provost_titles", "surname_only_councillors", "name_comma_role_two_columns", "observers_group"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "Minute of Meeting\nMidlothian Council", "bold": True},
         {"type": "table", "widths": [40, 40, 90], "rows": [["Date", "Time", "Venue"], ["13 November 2018", "11am", "Council Chambers, Midlothian House, Dalkeith"]]},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "Present:", "bold": True},
         {"type": "table", "widths": [85, 85], "rows": [
             ["Provost Smaill (Chair)", "Depute Provost Russell"],
             ["Councillor Muirhead - Depute Council Leader", "Councillor Alexander"],
             ["Councillor Baird", "Councillor Cassidy"],
             ["Councillor Curran", "Councillor Hackett"],
         ]},
         {"type": "text", "text": "In attendance:", "bold": True},
         {"type": "table", "widths": [85, 85], "rows": [
             ["Dr Grace Vickers, Chief Executive", "Kevin Anderson, Acting Director, Resources"],
             ["Gary Fairley, Head of Finance", "Mike Broadway, Democratic Services Officer"],
         ]},
         {"type": "text", "text": "Religious Representatives (Non-voting observers for Education Business only):", "bold": True},
         {"type": "table", "widths": [85, 85], "rows": [["Mrs E. Morton", "Mr V. Bourne"]]},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "1. Welcome, Introductions and Apologies", "bold": True},
         {"type": "text", "text": "The Provost welcomed everyone. Apologies were received from Councillor Johnstone."},
     ]}]},
     labels="""
     P|Smaill|Chair
     P|Russell
     P|Muirhead|Depute Council Leader
     P|Alexander
     P|Baird
     P|Cassidy
     P|Curran
     P|Hackett
     I|Grace Vickers|Chief Executive
     I|Kevin Anderson|Acting Director, Resources
     I|Gary Fairley|Head of Finance
     I|Mike Broadway|Democratic Services Officer
     I|E. Morton
     I|V. Bourne
     A|Johnstone
     """)

case("falkirk-civic-licensing-2019", url="https://docslib.org/doc/4606370/volume-1-2019-2020-index",
     body="Falkirk Council Civic Licensing Committee", kind="other", year=2019,
     patterns=["councillors_heading_names_per_line", "officers_heading", "apologies_intimated_on_behalf_of", "depute_provost"],
     txt=T("""
     Minute of meeting of the Civic Licensing Committee held in the Municipal Buildings, Falkirk on Wednesday 12 June 2019 at 9.30 a.m.

     Councillors:\tDavid Aitchison
     \tDavid Balfour
     \tLorna Binnie
     \tJim Blackwood
     \tJim Flynn
     \tGordon Hughes (Convener)

     Officers:\tBryan Douglas, Licensing Co-ordinator
     \tJack Frawley, Committee Services Officer
     \tFrances Kobiela, Senior Solicitor

     CL29. Apologies
     Apologies were intimated on behalf of Depute Provost Ritchie and Councillor Goldie.

     CL30. Declarations of Interest
     There were no declarations of interest.
     """),
     labels="""
     P|David Aitchison
     P|David Balfour
     P|Lorna Binnie
     P|Jim Blackwood
     P|Jim Flynn
     P|Gordon Hughes|Convener
     I|Bryan Douglas|Licensing Co-ordinator
     I|Jack Frawley|Committee Services Officer
     I|Frances Kobiela|Senior Solicitor
     A|Ritchie
     A|Goldie
     """)

case("city-of-london-pr-2018", url="http://democracy.cityoflondon.gov.uk/ieListDocuments.aspx?CId=395&MId=19274",
     body="City of London Policy and Resources Committee", kind="other", year=2018,
     patterns=["apology_sentence", "lord_mayor_alderman_titles", "role_in_brackets"],
     txt=T("""
     POLICY AND RESOURCES COMMITTEE
     Thursday, 7 June 2018

     1. APOLOGIES
     The Chairman welcomed two Members to their first meeting of the Committee.

     Apologies were received from Deputy Doug Barrow, the Rt. Hon. The Lord Mayor Alderman Charles Bowman, Sir Mark Boleat, Henry Colthurst, Alderman Peter Estlin, Alderman William Russell, Sir Michael Snyder, and Deputy Tom Sleigh (Vice-Chairman).

     2. MEMBERS DECLARATIONS UNDER THE CODE OF CONDUCT IN RESPECT OF ITEMS ON THE AGENDA
     Two Members declared interests in Item 8.
     """),
     labels="""
     A|Doug Barrow
     A|Charles Bowman
     A|Mark Boleat
     A|Henry Colthurst
     A|Peter Estlin
     A|William Russell
     A|Michael Snyder
     A|Tom Sleigh|Vice-Chairman
     """)

case("south-hams-executive-2024", url="https://www.southhams.gov.uk/",
     body="South Hams Executive", kind="other", year=2024,
     patterns=["councillors_subheading", "role_before_name", "officers_posts_without_names", "via_teams"],
     txt=T("""
     Minutes of a meeting of the South Hams Executive held on Thursday, 7th March, 2024 at 10.00 am at the Council Chamber - Follaton House

     Present:
     Councillors:
     Chairman Cllr Brazil
     Vice Chairman Cllr Thomas
     Cllr Abbott
     Cllr Birch
     Cllr Hodgson

     In attendance:
     Councillors:
     Cllr Cooper (via Teams)
     Cllr Dennis
     Cllr Long

     Officers:
     Chief Executive
     Deputy Chief Executive
     Monitoring Officer
     Head of Democratic Services

     70. Minutes
     E.70/23
     The minutes of the previous meetings were confirmed as a true and correct record.
     """),
     labels="""
     P|Brazil|Chairman
     P|Thomas|Vice Chairman
     P|Abbott
     P|Birch
     P|Hodgson
     I|Cooper
     I|Dennis
     I|Long
     """)

case("lbhf-cabinet-2013", url="https://yumpu.com/en/document/view/40724095/minutes-of-the-cabinet-meeting-held-on-4-march-2013-pdf-94-kb",
     body="Hammersmith & Fulham Cabinet", kind="other", year=2013,
     patterns=["caps_heading_no_colon", "name_comma_role_with_plus_brackets"],
     txt=T("""
     London Borough of Hammersmith & Fulham
     Cabinet
     Minutes
     Monday 4 March 2013

     PRESENT
     Councillor Nicholas Botterill, Leader (+ Regeneration, Asset Management and IT)
     Councillor Greg Smith, Deputy Leader (+ Residents Services)
     Councillor Helen Binmore, Cabinet Member for Children's Services
     Councillor Mark Loveday, Cabinet Member for Communications (+ Chief Whip)
     Councillor Victoria Brocklebank-Fowler, Cabinet Member for Transport and Technical
     Services

     161. MINUTES OF THE CABINET MEETING HELD ON 11 FEBRUARY 2013
     RESOLVED:
     That the minutes be confirmed and signed as an accurate record.

     162. APOLOGIES FOR ABSENCE
     There were no apologies for absence.
     """),
     labels="""
     P|Nicholas Botterill|Leader (+ Regeneration, Asset Management and IT)
     P|Greg Smith|Deputy Leader (+ Residents Services)
     P|Helen Binmore|Cabinet Member for Children's Services
     P|Mark Loveday|Cabinet Member for Communications (+ Chief Whip)
     P|Victoria Brocklebank-Fowler|Cabinet Member for Transport and Technical Services
     """)

case("senedd-hsc-committee-2025", url="https://record.assembly.wales/Committee/15581",
     body="Senedd Health and Social Care Committee", kind="other", year=2025,
     patterns=["bilingual_role_lines", "in_attendance_headings_bilingual", "name_role_same_line"],
     txt=T("""
     Y Pwyllgor Iechyd a Gofal Cymdeithasol
     Health and Social Care Committee
     03/07/2025

     Aelodau'r Pwyllgor a oedd yn bresennol
     Committee Members in Attendance
     James Evans\tCadeirydd y Pwyllgor Dros Dro
     \tTemporary Committee Chair
     John Griffiths
     Joyce Watson
     Lesley Griffiths
     Mabon ap Gwynfor

     Y rhai eraill a oedd yn bresennol
     Others in Attendance
     Kirsty Williams\tYmgeisydd a ffefrir gan Lywodraeth Cymru
     \tWelsh Government’s preferred candidate for the role of Chair of Cardiff and Vale University Health Board

     Swyddogion y Senedd a oedd yn bresennol
     Senedd Officials in Attendance
     Claire Morris\tAil Glerc
     \tSecond Clerk
     Richard Thomas\tClerc
     \tClerk

     1. Cyflwyniadau, ymddiheuriadau, dirprwyon a datgan buddiannau
     1. Introductions, apologies, substitutions, and declarations of interest
     """),
     labels="""
     P|James Evans|Temporary Committee Chair
     P|John Griffiths
     P|Joyce Watson
     P|Lesley Griffiths
     P|Mabon ap Gwynfor
     I|Kirsty Williams
     I|Claire Morris|Second Clerk
     I|Richard Thomas|Clerk
     """)

case("west-suffolk-joint-exec-2018", url="https://democracy.westsuffolk.gov.uk/ieListDocuments.aspx?CId=499&MeetingId=4122",
     body="West Suffolk Joint Executive (Cabinet) Committee", kind="other", year=2018,
     patterns=["present_grouped_by_council_headings", "councillors_plural_lists", "in_attendance_plural"],
     txt=T("""
     Joint Executive (Cabinet) Committee
     Minutes of a meeting held on Monday 25 June 2018 at 6.00 pm at West Suffolk House, Bury St Edmunds

     Present:
     Forest Heath District Council
     Councillors James Waters (Chairman), Robin Millar and Lance Stanbury
     St Edmundsbury Borough Council
     Councillors John Griffiths (Vice-Chairman), Sara Mildmay-White and Joanna Rayner

     In attendance:
     Councillors Simon Cole and Andy Drummond

     1. Introduction
     The Chairman welcomed all those present to this first meeting of the Joint Committee.

     2. Apologies for Absence
     Apologies for absence were received from Councillors Robert Everitt and Ian Houlder.
     """),
     labels="""
     P|James Waters|Chairman|Forest Heath District Council
     P|Robin Millar||Forest Heath District Council
     P|Lance Stanbury||Forest Heath District Council
     P|John Griffiths|Vice-Chairman|St Edmundsbury Borough Council
     P|Sara Mildmay-White||St Edmundsbury Borough Council
     P|Joanna Rayner||St Edmundsbury Borough Council
     I|Simon Cole
     I|Andy Drummond
     A|Robert Everitt
     A|Ian Houlder
     """)

# ---------------------------------------------------------------------------------------------------------------
# Third batch: written after batch 2 was tuned on, scored once unseen before any further change.
# ---------------------------------------------------------------------------------------------------------------
BATCH3_START = len(CASES)

case("stockton-hwb-2018", url="http://egenda.stockton.gov.uk/aksstockton/users/public/admin/kab12.pl?cmte=NHW&meet=65&arc=71",
     body="Stockton-on-Tees Health & Wellbeing Board", kind="hwb", year=2018,
     patterns=["attendance_details_heading", "double_title", "missing_space_after_comma", "org_initials_in_brackets"],
     html=T("""
     <html><body><h1>Health &amp; Wellbeing Board Minutes</h1><p>Wednesday, 31st October, 2018</p>
     <p>Jim Cooke Conference Suite, Stockton Central Library, Stockton on Tees, TS18 1TU</p>
     <h2>Attendance Details</h2>
     <p>Cllr Jim Beall (Chairman), Cllr Lynn Hall, Cllr Mrs Ann McCoy, Fiona Adamson,Nicola Bailey, Dominic Gardner, Martin Gray, Karen Grundy, Steve Rose, Ann Workman, Julie Parkes</p>
     <p>Nigel Hart (SBC)</p>
     <p>In Attendance:</p><p>Cllr Norma Wilburn (Cabinet Member for Arts, Leisure &amp; Culture).</p>
     <p>Apologies for absence:</p><p>Cllr Sonia Bailey, Cllr Kevin Faulks, Cllr Di Hewitt, Sarah Bowman-Abouna, Barry Coppinger, Sheila Lister.</p>
     <table><tr><th>Item</th><th>Description</th><th>Decision</th></tr>
     <tr><td>1</td><td>Healthy Places</td><td>RESOLVED that the report be noted.</td></tr></table>
     </body></html>
     """),
     labels="""
     P|Jim Beall|Chairman
     P|Lynn Hall
     P|Ann McCoy
     P|Fiona Adamson
     P|Nicola Bailey
     P|Dominic Gardner
     P|Martin Gray
     P|Karen Grundy
     P|Steve Rose
     P|Ann Workman
     P|Julie Parkes
     P|Nigel Hart||SBC
     I|Norma Wilburn|Cabinet Member for Arts, Leisure & Culture
     A|Sonia Bailey
     A|Kevin Faulks
     A|Di Hewitt
     A|Sarah Bowman-Abouna
     A|Barry Coppinger
     A|Sheila Lister
     """)

case("ceredigion-psb-2016", url="https://docslib.org/doc/3416649/ceredigion-public-services-board",
     body="Ceredigion Public Services Board", kind="other", year=2016,
     patterns=["name_org_table", "group_label_policy_support", "apologies_semicolon_name_org", "pdf_table"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "Bwrdd Gwasanaethau Cyhoeddus Ceredigion Public Services Board\nMeeting 2\n4th of July, 2016\nCouncil Chamber, Penmorfa, Aberaeron 10am - 12:00pm\nMINUTES", "bold": True},
         {"type": "table", "widths": [30, 60, 82], "rows": [
             ["Present:", "Cllr Ellen ap Gwynn", "Ceredigion County Council"],
             ["", "Bronwen Morgan", "Ceredigion County Council Chief Executive"],
             ["", "Martin Cox", "Natural Resources Wales"],
             ["", "Bernardine Rees", "Hywel Dda University Health Board"],
             ["", "Chief Insp. Nicola Carter", "Dyfed Powys Police"],
             ["", "Ben Davies", "One Voice Wales"],
             ["Policy Support:", "Alun Williams", "Head of Policy Support, Ceredigion County Council"],
             ["", "Mererid Jones", "PSB Support Officer, Ceredigion County Council"],
             ["Also in Attendance:", "Naomi McDonagh", "Health, Social Care & Wellbeing Executive Group"],
         ]},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "2.1 Apologies, Introductions & Disclosures of interest", "bold": True},
         {"type": "text", "text": "Apologies: Jane Davidson, University of Wales Trinity Saint David; Supt. Ian John, Dyfed Powys Police; Sarah Jennings, Hywel Dda University Health Board; Dafydd Llywelyn, Dyfed Powys Police and Crime Commissioner"},
     ]}]},
     labels="""
     P|Ellen ap Gwynn||Ceredigion County Council
     P|Bronwen Morgan|Chief Executive|Ceredigion County Council
     P|Martin Cox||Natural Resources Wales
     P|Bernardine Rees||Hywel Dda University Health Board
     P|Nicola Carter||Dyfed Powys Police
     P|Ben Davies||One Voice Wales
     I|Alun Williams|Head of Policy Support|Ceredigion County Council
     I|Mererid Jones|PSB Support Officer|Ceredigion County Council
     I|Naomi McDonagh||Health, Social Care & Wellbeing Executive Group
     A|Jane Davidson||University of Wales Trinity Saint David
     A|Ian John||Dyfed Powys Police
     A|Sarah Jennings||Hywel Dda University Health Board
     A|Dafydd Llywelyn|Dyfed Powys Police and Crime Commissioner
     """)

case("conwy-denbighshire-psb-2021", url="https://moderngov.denbighshire.gov.uk/ieListDocuments.aspx?CId=519&MeetingId=6457&LLL=0",
     body="Conwy and Denbighshire Public Services Board", kind="other", year=2021,
     patterns=["apologies_item_minutes_label", "name_dash_org_lines", "html_moderngov"],
     html=T("""
     <html><body><div id="modgov"><table>
     <tr><td>1.</td><td><p>APOLOGIES</p><p>Minutes:</p>
     <p>Councillor Hugh Evans – Denbighshire County Council.</p>
     <p>Jo Whitehead – Betsi Cadwaladr University Health Board</p>
     <p> </p></td></tr>
     <tr><td>2.</td><td><p>MINUTES OF THE LAST MEETING</p><p>Minutes:</p><p>The minutes of the meeting held on 17 May 2021 were submitted.</p></td></tr>
     </table></div></body></html>
     """),
     labels="""
     A|Hugh Evans||Denbighshire County Council
     A|Jo Whitehead||Betsi Cadwaladr University Health Board
     """)

case("wmca-wellbeing-2023", url="https://governance.wmca.org.uk/ieListDocuments.aspx?CId=139&MeetingId=987",
     body="West Midlands Combined Authority Wellbeing Board", kind="combined_authority", year=2023,
     patterns=["apology_sentence", "org_in_brackets", "substitutes_sentence_on_behalf_of_was"],
     txt=T("""
     Wellbeing Board
     Friday 8 December 2023, Room 116, 16 Summer Lane, Birmingham

     54. Apologies for Absence
     Apologies for absence were received from Mark Axcell (Black Country Integrated Care Board), Councillor Margaret Bell (Warwickshire County Council), Councillor Ian Bevan (Dudley Metropolitan Borough Council), Lisa Stalley-Green (Birmingham & Solihull Integrated Care Board), Peter Wilson (West Midlands Fire Service), Justin Varney (West Midlands Association of Directors of Public Health Representative) and Mike Wade (Office for Health Improvement & Disparities / NHSE Midlands).

     The substitutes attending the meeting on behalf of Mike Wade was Giri Rajaratnam (Office for Health Improvement & Disparities) and for Justin Varney was Rebecca Howell-Jones (Birmingham City Council).

     The meeting was inquorate.
     """),
     labels="""
     A|Mark Axcell||Black Country Integrated Care Board
     A|Margaret Bell||Warwickshire County Council
     A|Ian Bevan||Dudley Metropolitan Borough Council
     A|Lisa Stalley-Green||Birmingham & Solihull Integrated Care Board
     A|Peter Wilson||West Midlands Fire Service
     A|Justin Varney||West Midlands Association of Directors of Public Health Representative
     A|Mike Wade||Office for Health Improvement & Disparities / NHSE Midlands
     S|Giri Rajaratnam||Office for Health Improvement & Disparities|Mike Wade
     S|Rebecca Howell-Jones||Birmingham City Council|Justin Varney
     """)

case("wmca-wellbeing-2019-03", url="https://governance.wmca.org.uk/ieListDocuments.aspx?CId=139&MId=260&Ver=4",
     body="West Midlands Combined Authority Wellbeing Board", kind="combined_authority", year=2019,
     patterns=["nomination_of_substitutes_item", "x_for_y_list", "plural_surnames_then_names"],
     txt=T("""
     Wellbeing Board
     Friday 22 March 2019

     Apologies for Absence
     Apologies for absence were received from Councillor Partridge, Andy Hardy, Helen Hibbs, Sarah Norman, Gary Taylor and Alison Tonge.

     Nomination of Substitutes
     The following substitutes had been received:
     Alastair McIntyre for Helen Hibbs (STP Systems Leader NHS –Black Country and West Birmingham) and Jason Campbell for Gary Taylor (West Midlands Fire Service).

     Chair's Remarks (if any)
     The Chair reported that she would attend the Overview and Scrutiny Committee in April.
     """),
     labels="""
     A|Partridge
     A|Andy Hardy
     A|Helen Hibbs
     A|Sarah Norman
     A|Gary Taylor
     A|Alison Tonge
     S|Alastair McIntyre|||Helen Hibbs
     S|Jason Campbell|||Gary Taylor
     """)

case("wmca-wellbeing-2019-01", url="https://governance.wmca.org.uk/ieListDocuments.aspx?CId=139&MId=262&Ver=4",
     body="West Midlands Combined Authority Wellbeing Board", kind="combined_authority", year=2019,
     patterns=["plural_title_surnames_then_full_names"],
     txt=T("""
     Wellbeing Board
     Friday 18 January 2019

     Apologies for Absence
     Apologies for absence were received from Councillors Caan, Grinsell and Partridge and Sarah Norman, Guy Daly and Gary Taylor.

     Chair's Remarks
     (i) Appointment of Vice-Chair
     The Chair nominated Councillor Hamilton to the position of Vice-Chair.
     """),
     labels="""
     A|Caan
     A|Grinsell
     A|Partridge
     A|Sarah Norman
     A|Guy Daly
     A|Gary Taylor
     """)

case("basildon-partnership-2014", url="https://studylib.net/doc/7126521/partnership-board-minutes-18-09-14",
     body="Pitsea (Big Local) Partnership Board", kind="other", year=2014,
     patterns=["name_role_initials_table", "not_attended_heading", "pdf_table"],
     pdf={"pages": [{"items": [
         {"type": "text", "text": "Partnership Board Meeting\nMinutes of the meeting held on Wednesday 18th September 2014 at The Place 19:00pm", "bold": True},
         {"type": "table", "widths": [28, 45, 85, 16], "rows": [
             ["PRESENT", "Sue Houghton", "Resident Partnership Chair", "SH"],
             ["", "Louise Edwards", "Basildon Borough Council Partnership Member", "LE"],
             ["", "Chris Evans", "Basildon, Billericay & Wickford CVS", "CE"],
             ["", "Simon Johnson", "Heart of Pitsea Co-ordinator", "SJ"],
             ["", "Andy Smith", "ECC Youth Service Partnership Member", "AS"],
             ["APOLOGIES", "Viv Clements", "Basildon and Brentwood Clinical Commissioning Group Partnership Member", "VC"],
             ["", "Peter Dickson", "Resident Partnership Member", "PD"],
             ["NOT ATTENDED", "Keith Bobbin", "Resident Partnership Member", "KB"],
         ]},
         {"type": "gap", "mm": 3},
         {"type": "text", "text": "WELCOME", "bold": True},
         {"type": "text", "text": "The meeting commenced at 19:03pm. SH gave welcomes, introductions and apologies."},
     ]}]},
     labels="""
     P|Sue Houghton|Resident Partnership Chair
     P|Louise Edwards|Partnership Member|Basildon Borough Council
     P|Chris Evans||Basildon, Billericay & Wickford CVS
     P|Simon Johnson|Heart of Pitsea Co-ordinator
     P|Andy Smith|Partnership Member|ECC Youth Service
     A|Viv Clements|Partnership Member|Basildon and Brentwood Clinical Commissioning Group
     A|Peter Dickson|Resident Partnership Member
     X|Keith Bobbin|Resident Partnership Member
     """)

case("policing-board-wales-2019", url="https://docslib.org/doc/10106020/policing-board-for-wales-monday-18th-february-2019-11-00-12-40-first-minister-s-event-suite-welsh-government-crown-buildings-cathays-park-cardiff",
     body="Policing Board for Wales", kind="other", year=2019,
     patterns=["attendees_run_on_name_role_org", "apologies_heading_no_colon"],
     txt=T("""
     Policing Board for Wales
     Monday 18th February 2019 (11:00- 12:40)
     Minutes

     Attendees:
     Jeff Cuthbert, Police and Crime Commissioner for Gwent and Chair of the All Wales Policing Group
     Dafydd Llywelyn, Police and Crime Commissioner for Dyfed-Powys
     Ann Griffith, Deputy Police and Crime Commissioner for North Wales
     Carl Foulkes, Chief Constable, North Wales Police
     Tracey Burke, Director General, Education & Public Services, Welsh Government
     Chris Llewellyn, Chief Executive, Welsh Local Government Association
     Superintendent Steve Thomas, Police Liaison Unit

     Apologies
     Arfon Jones, Police and Crime Commissioner for North Wales
     Cllr Robert Jones, Welsh Local Government Association

     1. Chair's opening address
     1.1 The Chair welcomed everyone to the meeting.
     """),
     labels="""
     P|Jeff Cuthbert|Police and Crime Commissioner for Gwent and Chair of the All Wales Policing Group
     P|Dafydd Llywelyn|Police and Crime Commissioner for Dyfed-Powys
     P|Ann Griffith|Deputy Police and Crime Commissioner for North Wales
     P|Carl Foulkes|Chief Constable|North Wales Police
     P|Tracey Burke|Director General, Education & Public Services|Welsh Government
     P|Chris Llewellyn|Chief Executive|Welsh Local Government Association
     P|Steve Thomas||Police Liaison Unit
     A|Arfon Jones|Police and Crime Commissioner for North Wales
     A|Robert Jones||Welsh Local Government Association
     """)


def main() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    for c in CASES:
        d = OUT / c["case_id"]
        d.mkdir()
        if c["txt"] is not None:
            (d / "document.txt").write_text(c["txt"], encoding="utf-8")
        elif c["html"] is not None:
            (d / "document.html").write_text(c["html"], encoding="utf-8")
        else:
            (d / "spec.json").write_text(json.dumps(c["pdf"], indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "labels.json").write_text(json.dumps(_labels(c["labels"]), indent=1, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
        meta = {k: c[k] for k in ("case_id", "url", "body", "kind", "year", "patterns")}
        meta["format"] = "txt" if c["txt"] is not None else "html" if c["html"] is not None else "pdf"
        meta["split"] = split_of(c["case_id"])
        meta["attendees"] = "completed" if c["case_id"] in COMPLETED else "as published"
        k = CASES.index(c)
        meta["batch"] = 3 if k >= BATCH3_START else 2 if k >= BATCH2_START else 1
        (d / "case.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    bodies = {c["body"] for c in CASES}
    print(f"{len(CASES)} cases, {len(bodies)} distinct bodies, "
          f"{sum(split_of(c['case_id']) == 'test' for c in CASES)} in test")


if __name__ == "__main__":
    main()
