import subprocess
import sys
from pathlib import Path

import pytest

from boardpapers.extractors.attendance import (
    attendance_from_moderngov_attendees,
    attendance_from_moderngov_table,
    parse_attendance,
)
from boardpapers.extractors.organisations import Gazetteer
from boardpapers.models import Page

ROOT = Path(__file__).resolve().parents[2]


def parse(text):
    return parse_attendance([Page(number=1, text=text)])


def by_person(records):
    return {r.person: r for r in records}


def test_reference_block_with_initials():
    text = ("Present:\nDr Avi Bhatia (AB) Clinical Chair\nJill Dentith JD Lay Member for Governance\nApologies:\n"
            "Dr Robyn Dewis RD Director of Public Health – Derby City Council\nIn attendance:\n"
            "Dawn Litchfield DL Executive Assistant to the Governing Body / Minute Taker\n")
    recs = by_person(parse(text))
    assert recs["Avi Bhatia"].status == "present" and recs["Avi Bhatia"].role == "Clinical Chair"
    assert recs["Avi Bhatia"].name == "Dr Avi Bhatia" and recs["Avi Bhatia"].organisation is None
    assert recs["Jill Dentith"].role == "Lay Member for Governance"
    dewis = recs["Robyn Dewis"]
    assert dewis.status == "apologies" and dewis.role == "Director of Public Health"
    assert dewis.organisation == "Derby City Council" and dewis.organisation_id == "council-derby"
    assert dewis.organisation_type == "council" and dewis.organisation_confidence > 0.9
    assert recs["Dawn Litchfield"].status == "in_attendance"
    assert recs["Dawn Litchfield"].role.startswith("Executive Assistant")
    # spans point at the entry in the page text
    s, e = dewis.span
    assert text[s:e].startswith("Dr Robyn Dewis") and dewis.page == 1 and dewis.origin == "text"


def test_reference_apology_sentence_with_substitutes():
    text = ("Apologies for absence were received from Mr D Blacklock (Ms H Horne attended as substitute), "
            "Mr A Cummings (Mr D Walker, Medical Director attended in his absence), Mrs C Pike and Ms B Reilly, "
            "NHS England.\n")
    recs = by_person(parse(text))
    assert {p: r.status for p, r in recs.items()} == {
        "D Blacklock": "apologies", "H Horne": "substitute", "A Cummings": "apologies", "D Walker": "substitute",
        "C Pike": "apologies", "B Reilly": "apologies"}
    assert recs["H Horne"].substitute_for == "Mr D Blacklock"
    assert recs["D Walker"].substitute_for == "Mr A Cummings" and recs["D Walker"].role == "Medical Director"
    assert recs["B Reilly"].organisation_id == "nhs-england"
    assert recs["D Blacklock"].organisation is None


def test_reference_irregular_spacing_sentence():
    recs = by_person(parse("Apologies were received from Dr Andrew Wilson (NHS Cheshire CCG), Clare Watson ( NHS "
                           "Cheshire CCG), Peter Crowcroft, (Cheshire Police)\n"))
    assert set(recs) == {"Andrew Wilson", "Clare Watson", "Peter Crowcroft"}
    assert all(r.status == "apologies" for r in recs.values())
    assert recs["Andrew Wilson"].organisation_id == "ccg-cheshire"
    assert recs["Clare Watson"].organisation_id == "ccg-cheshire"
    assert recs["Peter Crowcroft"].organisation_id == "police-cheshire"


def test_substitute_sentences():
    recs = by_person(parse("Cllr Adam Marsh attended the meeting as a substitute.\n"))
    assert recs["Adam Marsh"].status == "substitute" and recs["Adam Marsh"].name == "Cllr Adam Marsh"
    recs = by_person(parse("Councillor N Riordan attended as substitute for Councillor W Hext.\n"))
    assert recs["N Riordan"].substitute_for == "Councillor W Hext"
    assert "W Hext" not in recs


def test_cllrs_plural_and_inline_list():
    recs = parse("Present: Councillors J Hardy (Chair), P Ngata and S Wells; Dr V Sato (NHS Eastwold CCG)\n"
                 "Also present: Cllrs A Smith and B Jones\n\n1. Minutes\n")
    names = [(r.name, r.status) for r in recs]
    assert names == [("Councillor J Hardy", "present"), ("Councillor P Ngata", "present"),
                     ("Councillor S Wells", "present"), ("Dr V Sato", "present"),
                     ("Cllr A Smith", "in_attendance"), ("Cllr B Jones", "in_attendance")]
    assert recs[0].qualifiers == ["Chair"]
    assert recs[3].organisation_id == "fic-ccg-eastwold"


def test_qualifiers_and_post_nominals():
    recs = by_person(parse("Present:\nCouncillor Joan Pryce (Chair)\nCouncillor Ade Bankole (Vice-Chair)\n"
                           "Dr Lena Fisk (part meeting)\nMr Tom Harker (Item 262 only)\nMs Rose Quill (from item 5)\n"
                           "Prof Ian Daly OBE (virtual)\nSir Malcolm Reade CBE DL, Chair\n\n260. Apologies\n"))
    assert recs["Joan Pryce"].qualifiers == ["Chair"]
    assert recs["Ade Bankole"].qualifiers == ["Vice-Chair"]
    assert recs["Lena Fisk"].qualifiers == ["part meeting"]
    assert recs["Tom Harker"].qualifiers == ["Item 262 only"]
    assert recs["Rose Quill"].qualifiers == ["from item 5"]
    assert recs["Ian Daly"].qualifiers == ["virtual"] and recs["Ian Daly"].name == "Prof Ian Daly"
    assert recs["Malcolm Reade"].role == "Chair"


@pytest.mark.parametrize("heading,status", [
    ("PRESENT:", "present"), ("Members present", "present"), ("VOTING MEMBERS:", "present"),
    ("NON VOTING MEMBERS:", "present"), ("IN ATTENDANCE:", "in_attendance"), ("Also present", "in_attendance"),
    ("Officers present:", "in_attendance"), ("APOLOGIES:", "apologies"), ("Apologies for absence", "apologies"),
    ("Absent:", "absent"), ("Substitutes:", "substitute"),
])
def test_headings(heading, status):
    recs = parse(f"{heading}\nDr Jane Okoro\tDirector of Public Health – Derby City Council\n\n2. Minutes\n")
    assert [(r.person, r.status, r.role, r.organisation_id) for r in recs] == [
        ("Jane Okoro", status, "Director of Public Health", "council-derby")]
    assert recs[0].status_raw.lower().startswith(heading.lower().rstrip(":").split()[0])


def test_name_role_org_and_name_org_forms():
    recs = by_person(parse("Present:\nJanet Creasey, Chief Executive, Northmere Hospitals NHS Foundation Trust\n"
                           "Martin Grice (Healthwatch Northmere)\nMaya Sorensen, Chief Executive, Fernhill Housing Group\n"
                           "Dr Idris Lowe (the CCG)\n\n1. Welcome\n"))
    assert recs["Janet Creasey"].role == "Chief Executive"
    assert recs["Janet Creasey"].organisation_id == "fic-trust-northmere-hospitals"
    assert recs["Martin Grice"].organisation_id == "fic-healthwatch-northmere" and recs["Martin Grice"].role is None
    # unknown or generic organisations are kept raw and not linked
    assert recs["Maya Sorensen"].organisation == "Fernhill Housing Group"
    assert recs["Maya Sorensen"].organisation_id is None
    assert recs["Idris Lowe"].organisation == "the CCG" and recs["Idris Lowe"].organisation_id is None


def test_flattened_names_then_roles():
    recs = parse("PRESENT:\nCouncillor Mary Oduya\nDr Kevin Lister\nLeader, Eastwold Borough Council\n"
                 "Chair, NHS Eastwold CCG\n\n5. Item\n")
    assert [(r.person, r.role, r.organisation_id) for r in recs] == [
        ("Mary Oduya", "Leader", "fic-council-eastwold"), ("Kevin Lister", "Chair", "fic-ccg-eastwold")]


def test_block_stops_at_item_and_no_heading_no_records():
    recs = parse("Present: Councillor Rhys Madoc (in the Chair)\n\nMinute 53 Apologies\nDr Rowan Leigh sent regards.\n")
    assert [r.person for r in recs] == ["Rhys Madoc"]
    assert parse("Councillor Harriet Lyle\nDr Samuel Ekwueme\nVictoria Pascoe\n") == []
    recs = parse("Present:\nCouncillor A Bee\n2. DECLARATIONS OF INTEREST\nCouncillor C Dee declared an interest.\n")
    assert [r.person for r in recs] == ["A Bee"]


def test_dedupe_keeps_most_specific():
    pages = [Page(1, "Present:\nCouncillor Mabel Strand (Chair)\nDr Jonah Petrakis, NHS Kingsbridge CCG\n\n1. A\n"),
             Page(2, "Present:\nCouncillor Mabel Strand (Chair)\nDr Jonah Petrakis\n\n2. B\n")]
    recs = parse_attendance(pages)
    assert [r.person for r in recs] == ["Mabel Strand", "Jonah Petrakis"]
    assert recs[1].organisation_id == "fic-ccg-kingsbridge"


def test_moderngov_attendees_xml():
    xml = """<getmeeting><meeting><attendees>
    <attendee memberid="1" name="Councillor Jane Smith" roledescription="Chair" attendance="Present" />
    <attendee memberid="2" name="Dr Ali Khan" roledescription="Committee Member" attendance="Apologies, sent substitute" />
    <attendee memberid="3" name="Councillor Bo Lee" roledescription="Substitute" attendance="Present as substitute" />
    <attendee memberid="4" name="Mr Tim Roe" roledescription="Officer" attendance="In attendance" />
    <attendee memberid="5" name="Ms Ann Fry" roledescription="Committee Member" attendance="Present virtual" />
    <attendee memberid="6" name="Ms Zoe Kay" roledescription="Committee Member" attendance="Expected" />
    <attendee memberid="7" name="Mr Al Bow" roledescription="Committee Member" attendance="Absent" />
    </attendees></meeting></getmeeting>"""
    recs = attendance_from_moderngov_attendees(xml)
    assert [(r.person, r.status) for r in recs] == [
        ("Jane Smith", "present"), ("Ali Khan", "apologies"), ("Bo Lee", "substitute"), ("Tim Roe", "in_attendance"),
        ("Ann Fry", "present"), ("Zoe Kay", "expected"), ("Al Bow", "absent")]
    assert all(r.origin == "site" for r in recs)
    assert recs[0].role == "Chair" and recs[0].status_raw == "Present"
    assert recs[4].qualifiers == ["virtual"]
    assert attendance_from_moderngov_attendees(xml.encode()) == recs


def test_moderngov_attendance_table():
    html = """<table summary="Table of meeting attendance"><tr><th>Attendee</th><th>Role</th><th>Attendance</th>
    <th>Attendance comment</th></tr>
    <tr><td><a href="mgUserInfo.aspx?UID=1">Councillor Hugh Pennant</a></td><td>Chair</td><td>Present</td><td></td></tr>
    <tr><td><a href="mgUserInfo.aspx?UID=2">Dr Clare Mowbray</a></td><td>Committee Member</td><td>Apologies</td>
    <td>Represented by Joe Sallis</td></tr></table>"""
    recs = attendance_from_moderngov_table(html)
    assert [(r.name, r.person, r.status, r.role) for r in recs] == [
        ("Councillor Hugh Pennant", "Hugh Pennant", "present", "Chair"),
        ("Dr Clare Mowbray", "Clare Mowbray", "apologies", "Committee Member")]
    assert recs[1].qualifiers == ["Represented by Joe Sallis"] and recs[1].origin == "site"


def test_evaluation_set_meets_thresholds():
    """The labelled set in evaluation/attendance: F1 >= 0.95 on (person, status), org accuracy >= 0.90."""
    proc = subprocess.run([sys.executable, str(ROOT / "evaluation" / "score.py")], capture_output=True, text=True,
                          cwd=ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr


# ---- layouts seen in real minutes (examples written for these tests) -----------------------------------------


def statuses(records):
    return {r.person: r.status for r in records}


def test_heading_in_first_table_cell_and_continuation_rows():
    text = ("Present:\tCouncillor PM Morgan\tCabinet Member (Chairman)\n\tDr A Watts\tClinical Commissioning Group\n"
            "In attendance:\tMr T Brown\tGovernance Services Manager\n\n20. APOLOGIES FOR ABSENCE\n")
    recs = by_person(parse(text))
    assert statuses(recs.values()) == {"PM Morgan": "present", "A Watts": "present", "T Brown": "in_attendance"}
    assert recs["A Watts"].organisation == "Clinical Commissioning Group"


def test_caps_surnames_members_role_table_and_lead_in_apologies():
    text = ("Present:-\nMembers\tRole\nTrudy McLEAY (Vice Chairperson)\tNominated by Health Board (Non-Executive Member)\n"
            "Ken LYNN\tNominated by Dundee City Council (Elected Member)\nI APOLOGIES FOR ABSENCE\n"
            "Apologies for absence were submitted on behalf of:-\nMembers\tRole\nAnne BUCHANAN\tChief Social Work Officer\n"
            "II DECLARATION OF INTEREST\nThere were no declarations of interest.\n")
    assert statuses(parse(text)) == {"Trudy McLeay": "present", "Ken Lynn": "present", "Anne Buchanan": "apologies"}


def test_numbered_bilingual_and_colon_dash_headings():
    assert statuses(parse("1.1 Present:\nMatt Day (MD) - Consultant\n1.2 Apologies:\nJohn Richards\n2. Chair\n")) == {
        "Matt Day": "present", "John Richards": "apologies"}
    assert statuses(parse("PRESENT / YN BRESENNOL:\nCouncillor Ellen ap Gwynn (EapG), Dr Caroline Turner (CT)\n")) == {
        "Ellen ap Gwynn": "present", "Caroline Turner": "present"}
    recs = parse("Present:- Councillor Pantelic (Chair), Dr Jim O’Donnell (Vice-Chair)\n"
                 "Apologies for Absence:- Ramesh Kukar and Superintendent Felicity Parker\n")
    assert statuses(recs) == {"Pantelic": "present", "Jim O’Donnell": "present", "Ramesh Kukar": "apologies",
                              "Felicity Parker": "apologies"}


def test_keyword_headings_and_group_labels():
    text = ("PRESENT:\nBoard Members:\nMr D Martin – Chair\nMr T Wright\nHSENI Officials:\nMr R Kidd – Chief Executive\n"
            "POLICE SERVICE OF NORTHERN IRELAND IN ATTENDANCE:\nMr Simon Byrne, Chief Constable\nOne PSNI Staff Member\n"
            "Non-members in attendance at request of Chief Officer:-\nJenny HILL\tHead of Health and Community Care\n")
    assert statuses(parse(text)) == {"D Martin": "present", "T Wright": "present", "R Kidd": "present",
                                     "Simon Byrne": "in_attendance", "Jenny Hill": "in_attendance"}


def test_block_ends_where_its_shape_ends():
    text = ("APOLOGIES\nMrs F McAndrew / Director of Social Care\nDr Harbison joined the board meeting at 11.55 am.\n"
            "Officers: Helene Green and David Scott\nPART I\n37/11 MINUTES\n")
    recs = by_person(parse(text))
    assert recs["F McAndrew"].status == "apologies" and recs["F McAndrew"].role == "Director of Social Care"
    assert recs["David Scott"].person == "David Scott" and "Harbison" in recs  # joined: present, not an apology
    assert recs["Harbison"].status == "present"


def test_wrapped_rows_and_wrapped_lists():
    text = ("Members Present:    Councillor John Holdich, Chairman\n"
            "                    Cathy Mitchell, Local Chief Officer, Cambridgeshire and\n"
            "                    Peterborough Clinical Commissioning Group\n"
            "In attendance:Karen McWilliam, Cllr. Graeme Clark\nDoug Samways, Allan Sutherland (part),\n")
    recs = by_person(parse(text))
    assert recs["Cathy Mitchell"].organisation == "Cambridgeshire and Peterborough Clinical Commissioning Group"
    assert recs["John Holdich"].role == "Chairman"
    assert {"Graeme Clark", "Doug Samways", "Allan Sutherland"} <= set(recs)


def test_name_grid_and_column_headings():
    grid = "PRESENT:\tCllr Roger Wilson (Chair)\tSarah Scott\n\tMary Hutton\tChris Spencer\nApologies:\tPete Bungard\n"
    assert statuses(parse(grid)) == {"Roger Wilson": "present", "Sarah Scott": "present", "Mary Hutton": "present",
                                     "Chris Spencer": "present", "Pete Bungard": "apologies"}
    columns = ("Present:\tIn Attendance:\nMr Brian McMurray (Chair)\tMr Paddy Anderson (Director of Finance)\n"
               "Mr Jim Rooney (Non-Executive Director)\n\nTB01 Minutes\n")
    assert statuses(parse(columns)) == {"Brian McMurray": "present", "Paddy Anderson": "in_attendance",
                                        "Jim Rooney": "present"}


def test_attendance_column_table_and_register_column_of_the_meeting():
    table = "Name\tTitle\tAttendance\nPaul Farenden\tChairman\tPresent\nGeoff Snell\tNon-Executive Director\tApols\n" \
            "Simon Weldon\tDirector\tAbsent\n"
    assert statuses(parse(table)) == {"Paul Farenden": "present", "Geoff Snell": "apologies", "Simon Weldon": "absent"}
    register = ("MINUTES OF THE MEETING HELD ON TUESDAY 5 APRIL 2016\nMember\tRole\t02/02/16 01/03/16 05/04/16 03/05/16\n"
                "Dr Phil Moore\tChair\tY\tY\tY\nDr Naz Jivani\tGP\tA\tY\tA\nCaroline Wood\tNurse\tY\tA\tY\n")
    assert statuses(parse(register)) == {"Phil Moore": "present", "Naz Jivani": "apologies", "Caroline Wood": "present"}


def test_apology_and_substitute_wordings():
    text = ("The following apologies were submitted:\nCouncillor Ann Lee\nMark Hope (Healthwatch Northmere)\n\n"
            "Apologies were received from:-\n· Councillor Llinos Medi Huws (Isle of Anglesey County Council) with "
            "Councillor Gary Pritchard deputising;\n· Yana Williams (Coleg Cambria);\n\n"
            "Apologies for absence were received from Patricia Miller.  Eugene Yafele attended in her absence.\n"
            "Apologies had been received from Sir Richard Leese and Cllr Danny Thorpe.\n"
            "Cllrs James Swindlehurst and Adam Marsh attended the meeting as substitutes.\n"
            "Cllr Robert Light from Kirklees Council substituted for Marco Cereste.\n"
            "It was noted that Councillor Poland was in attendance as a substitute for Councillor Morgan.\n"
            "The Board was advised that ACC Mark Callaghan was attending as James Vaughan’s substitute.\n"
            "The Chair welcomed Mr Stuart Easingwood to the meeting who was deputising for Mr Murray Leys.\n"
            "Apologies: Mark Hope (substituted by Jo King), Dr Raj Patel (Dr Sam Hill), Tim Bell (represented by Al Roe)\n")
    recs = by_person(parse(text))
    expect = {"Ann Lee": "apologies", "Mark Hope": "apologies", "Llinos Medi Huws": "apologies",
              "Gary Pritchard": "substitute", "Yana Williams": "apologies", "Patricia Miller": "apologies",
              "Eugene Yafele": "substitute", "Richard Leese": "apologies", "Danny Thorpe": "apologies",
              "James Swindlehurst": "substitute", "Adam Marsh": "substitute", "Robert Light": "substitute",
              "Poland": "substitute", "Mark Callaghan": "substitute", "Stuart Easingwood": "substitute",
              "Jo King": "substitute", "Raj Patel": "apologies", "Sam Hill": "substitute", "Tim Bell": "apologies",
              "Al Roe": "substitute"}
    assert statuses(recs.values()) == expect
    assert recs["Eugene Yafele"].substitute_for == "Patricia Miller"
    assert recs["Gary Pritchard"].substitute_for and "Llinos Medi Huws" in recs["Gary Pritchard"].substitute_for
    assert recs["Poland"].substitute_for == "Councillor Morgan"
    assert recs["Mark Callaghan"].substitute_for == "James Vaughan"
    assert recs["Stuart Easingwood"].substitute_for == "Mr Murray Leys"
    assert recs["Mark Hope"].organisation == "Healthwatch Northmere"
    assert recs["Yana Williams"].organisation == "Coleg Cambria"


def test_for_representing_deputising_and_lateness():
    recs = by_person(parse("Present: Cllr Ann Lee (Chair), Jo King for Mark Hope, Sue Brown (deputising for Al Roe)\n"
                           "Also present: Tim Bell, Representing Northmere Carers Network\n\n1. Item\n"
                           "There were apologies for absence from Councillors Lorraine Lauder MBE (due to mayoral "
                           "business), and Darren Merrill; and for lateness from Councillors Neil Coyle.\n"))
    assert recs["Jo King"].status == "substitute" and recs["Jo King"].substitute_for == "Mark Hope"
    assert recs["Sue Brown"].status == "substitute" and recs["Sue Brown"].substitute_for == "Al Roe"
    assert recs["Tim Bell"].organisation == "Northmere Carers Network"
    assert recs["Lorraine Lauder"].status == "apologies" and "Neil Coyle" not in recs


def test_non_people_are_not_people():
    text = ("Present:\nMr K W Smith (Chairman)\nAppointed Governors 4 (out of 11)\nStaff Governors 4 (out of 7)\n"
            "In attendance:\nNHS Greater Glasgow and Clyde\nJohn Brown, Chair\nSandra Goatley, Director of Workforce and "
            "Organisational Development\nThree Board Officials\nMembers of the public\n")
    recs = by_person(parse(text))
    assert set(recs) == {"K W Smith", "John Brown", "Sandra Goatley"}
    assert recs["John Brown"].organisation == "NHS Greater Glasgow and Clyde"  # a heading for the group under it


def test_grouped_organisation_after_a_list_and_mid_line_present():
    text = ("ABERDEEN, 22 January 2019.  Minute of Meeting of the BOARD.  Present:- Councillor Sarah Duncan, "
            "Chairperson; Councillors Philip Bell and Dell Henrickson; and Rhona Atkinson.\n\n"
            "PRESENT\nCouncillors Derek Bibby and Iain McMillan (Renfrewshire Council) Donald Sime and Donald Lyons "
            "(Greater Glasgow & Clyde Health Board).\n")
    recs = by_person(parse(text))
    assert {"Sarah Duncan", "Philip Bell", "Dell Henrickson", "Rhona Atkinson"} <= set(recs)
    assert recs["Derek Bibby"].organisation == "Renfrewshire Council"
    assert recs["Donald Sime"].organisation == "Greater Glasgow & Clyde Health Board"
    assert recs["Donald Sime"].name == "Donald Sime"  # the plural title ends with its group


def test_tesseract_tsv_words_go_through_the_layout_reader():
    from boardpapers.extractors.text import tesseract_tsv_words, words_to_lines

    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [head]
    # two columns OCR'd as separate blocks: names (block 1) then roles (block 2), and a speck before a name
    for k, (name, role) in enumerate([("Dr Avi Bhatia", "Clinical Chair"), ("Jill Dentith", "Lay Member")]):
        y = 100 + 40 * k
        x = 100
        for w in name.split():
            rows.append(f"5\t1\t1\t1\t{k}\t1\t{x}\t{y}\t{12 * len(w)}\t30\t95\t{w}")
            x += 12 * len(w) + 12
        x = 700
        for w in role.split():
            rows.append(f"5\t1\t2\t1\t{k}\t1\t{x}\t{y}\t{12 * len(w)}\t30\t95\t{w}")
            x += 12 * len(w) + 12
    rows.append("5\t1\t3\t1\t1\t1\t60\t101\t4\t4\t12\t.")
    words = tesseract_tsv_words("\n".join(rows))
    assert words_to_lines(words, 1600) == ["Dr Avi Bhatia\tClinical Chair", "Jill Dentith\tLay Member"]


@pytest.mark.skipif(__import__("shutil").which("tesseract") is None, reason="tesseract-ocr is installed by scripts/test")
def test_scanned_name_role_table_keeps_roles():
    """A scanned page (the real-world case built from its spec): roles stay with their names through OCR."""
    sys.path.insert(0, str(ROOT / "evaluation" / "real"))
    from pdfcase import case_document

    from boardpapers.extractors import extract_document

    data, name = case_document(ROOT / "evaluation" / "real" / "attendance" / "harrogate-ccg-2017")
    recs = by_person(extract_document(data, filename=name).attendance)
    assert recs["Alistair Ingram"].role == "Clinical Chair" and recs["Alistair Ingram"].status == "present"
    assert recs["Charles Parker"].status == "apologies" and recs["Charles Parker"].role == "Secondary Care Doctor"


DEV_F1_FLOOR = 0.98
DEV_ORG_FLOOR = 0.97


def test_real_world_dev_split_meets_its_floor():
    """The real-world cases of the dev split, through the whole extractor (evaluation/README.md)."""
    sys.path.insert(0, str(ROOT / "evaluation"))
    import score

    res = score.score_real("dev")
    assert res["overall"]["cases"] >= 45
    assert res["overall"]["f1"] >= DEV_F1_FLOOR, res["overall"]
    assert res["overall"]["org_accuracy"] >= DEV_ORG_FLOOR, res["overall"]


def test_present_were_sentences_and_several_substitute_clauses():
    recs = by_person(parse(
        "Present at the meeting were Councillor Ann Lee (Chair), Dr Raj Patel and Sue Brown. Also in attendance were "
        "Mark Hope (Healthwatch Northmere) and Jo King.\nCouncillor Tim Bell attended as substitute for Councillor "
        "Sam Hill and Councillor Ed Cox attended as substitute for Councillor Al Roe.\n"))
    assert statuses(recs.values()) == {"Ann Lee": "present", "Raj Patel": "present", "Sue Brown": "present",
                                       "Mark Hope": "in_attendance", "Jo King": "in_attendance",
                                       "Tim Bell": "substitute", "Ed Cox": "substitute"}
    assert recs["Ed Cox"].substitute_for == "Councillor Al Roe"
    assert recs["Mark Hope"].organisation == "Healthwatch Northmere"


def test_space_laid_columns_read_as_cells():
    recs = by_person(parse("PRESENT:     Cllr Ann Lee          Chair\n"
                           "             Dr Raj Patel          Clinical Chair, NHS Northmere CCG\n"
                           "APOLOGIES:   Sue Brown             Healthwatch Northmere\n\n1. Minutes\n"))
    assert statuses(recs.values()) == {"Ann Lee": "present", "Raj Patel": "present", "Sue Brown": "apologies"}
    assert recs["Raj Patel"].role == "Clinical Chair" and recs["Raj Patel"].organisation == "NHS Northmere CCG"


def test_press_and_public_and_agenda_table_end_the_block():
    recs = by_person(parse("Present:\nCllr Ann Lee, Chair\nDr Raj Patel, Clinical Chair\nMembers of the press and public\n"
                           "Item\tDescription\tDecision\n1\tMinutes\tAgreed\n"))
    assert recs["Raj Patel"].role == "Clinical Chair" and set(recs) == {"Ann Lee", "Raj Patel"}


def read_as(text: str, expected: dict[str, str]) -> dict:
    """The records of ``text`` by person, after checking every person and status is as expected."""
    recs = by_person(parse(text))
    assert statuses(recs.values()) == expected
    return recs


def test_dotted_initials_under_a_plural_title_and_civic_titles():
    recs = read_as(
        "Apologies for absence were received on behalf of Councillors S. R. Hale, M. Glass and J. M. L. A. Gould. "
        "Councillor C. Scurr confirmed he was attending as a substitute for Councillor H. Jones.\n\n"
        "Apologies were also received from Alderman Sir Peter Vane, Alderwoman Jane Nye and Deputy Robin Eve.\n",
        {"S. R. Hale": "apologies", "M. Glass": "apologies",
         "J. M. L. A. Gould": "apologies", "C. Scurr": "substitute",
         "Peter Vane": "apologies", "Jane Nye": "apologies", "Robin Eve": "apologies"})
    assert recs["C. Scurr"].substitute_for == "Councillor H. Jones"


def test_caps_labels_saying_where_with_the_label_wrapped():
    recs = read_as(
        "PRESENT IN COUNCIL The Right Worshipful the Mayor\nCHAMBER\tCouncillor N Trent (Outgoing)\n"
        "\tAldermen J Bard and O Gale\nPRESENT IN REMOTE Councillors N Ander, S Carr and\nLOCATION\n\tU Mack\n"
        "IN ATTENDANCE IN Northvale Borough Council\nCOUNCIL CHAMBER\tChief Executive\n\tThe Very Reverend Sam Wren\n"
        "Commencement of Meeting\nThe Mayor welcomed everyone.\n",
        {"N Trent": "present", "J Bard": "present", "O Gale": "present",
         "N Ander": "present", "S Carr": "present", "U Mack": "present",
         "Sam Wren": "in_attendance"})
    assert recs["N Trent"].organisation is None and "Outgoing" in recs["N Trent"].qualifiers


def test_no_apologies_label_and_numbers_run_into_headings():
    recs = read_as(
        "Present: Ian Hale (Chair), Vera Jones, Wendy Thomas-Ellis (Youth Project Worker)\n"
        "No Apologies: Dilwyn Lloyd, Mair Williams.\n1.Apologies: Ifan Llewelyn Jones, Sue Jones\n"
        "2.Notice of Any Other Matter:\nIan Hale: Deputy Chair\n",
        {"Ian Hale": "present", "Vera Jones": "present", "Wendy Thomas-Ellis": "present",
         "Dilwyn Lloyd": "absent", "Mair Williams": "absent",
         "Ifan Llewelyn Jones": "apologies", "Sue Jones": "apologies"})
    assert recs["Wendy Thomas-Ellis"].organisation is None


def test_organisation_first_tables_name_role_grids_and_people_groups():
    recs = read_as(
        "Present\nNorthvale Council\tCllr Ann Bolt (Substitute)\nNorthvale Council\tCllr Tom Reed\n"
        "Board President\tCllr Jo Pike\n\nIn attendance:\nCllr Ann Bell, Chair\tMark Lee, Chief Executive\n"
        "Leaders of North Wales local authorities\nCllr Tim Rowe, Gwynedd Council\nOfficials\nJo Pine, Head of Policy\n"
        "\n1. Welcome\n",
        {"Ann Bolt": "substitute", "Tom Reed": "present", "Jo Pike": "present",
         "Ann Bell": "in_attendance", "Mark Lee": "in_attendance",
         "Tim Rowe": "in_attendance", "Jo Pine": "in_attendance"})
    assert recs["Tom Reed"].organisation == "Northvale Council" and recs["Jo Pike"].role == "Board President"
    assert recs["Mark Lee"].role == "Chief Executive" and recs["Jo Pine"].organisation is None


def test_nested_brackets_role_and_body_in_one_bracket_and_accents():
    recs = read_as(
        "Present:\nDr Ann Bell (Medical Director (Interim), Northvale NHS Trust)\nSeán Ó Fearghaíl (Chair)\n"
        "Áine Ní Bhriain, Director\n\nAn apology for non-attendance at the meeting was accepted and recorded on behalf "
        "of the Deputy Mayor, Councillor T Rowe.\n",
        {"Ann Bell": "present", "Seán Ó Fearghaíl": "present",
         "Áine Ní Bhriain": "present", "T Rowe": "apologies"})
    assert recs["Ann Bell"].organisation == "Northvale NHS Trust" and recs["Ann Bell"].role == "Medical Director Interim"


def test_four_column_table_flattened_to_two_people_per_line():
    # name | role | name | role rows run together by PDF-to-text; an organisation cell may precede a name
    text = ("Governing Body Members Present:\n"
            "Northvale CCG Alan Forde, Lay Member Southmere CCG Beth Okafor, Lay Member\n"
            "Carla Denning, Elected - Clinical Director Dylan Hesketh, Secondary Care\n"
            "Erin T Walsh, Elected - Chair Farid Nouri, Elected - GP Member\n"
            "Gina Morley, Lay Member Harvey Quist Officer, Managing Director\n"
            "1. Welcome\nThe Chair opened the meeting.\n")
    got = {(r.person, r.role, r.status) for r in parse(text)}
    assert got == {("Alan Forde", "Lay Member", "present"), ("Beth Okafor", "Lay Member", "present"),
                   ("Carla Denning", "Elected - Clinical Director", "present"),
                   ("Dylan Hesketh", "Secondary Care", "present"), ("Erin T Walsh", "Elected - Chair", "present"),
                   ("Farid Nouri", "Elected - GP Member", "present"), ("Gina Morley", "Lay Member", "present"),
                   ("Harvey Quist", "Officer, Managing Director", "present")}


def test_single_name_role_body_line_is_not_split_into_two_people():
    text = ("Present:\nJane Smith, Director of Adult Social Care, Northvale Council\n"
            "Tom Bell, Head of Public Health Intelligence, Northvale Council\n1. Welcome\n")
    assert {r.person for r in parse(text)} == {"Jane Smith", "Tom Bell"}


def test_group_headings_with_a_bracketed_note_and_no_colon():
    # bold headings in a blog post, each over line-broken names, with no "Present" heading anywhere
    text = ("Co-opted reps (non-voting)\nAmy Fenwick\nBen Ostrow (Carers Forum)\n"
            "Councillors (members of the panel)\nCllr Cara Dunmore\nCllr Dev Rahman (Chair)\n"
            "Officers (to advise the panel)\nElla Varga (Director of Public Health, Northvale Council)\n"
            "The Chair opened the meeting and thanked everyone for coming.\n")
    got = {r.person: r.status for r in parse(text)}
    assert got == {"Amy Fenwick": "present", "Ben Ostrow": "present", "Cara Dunmore": "present",
                   "Dev Rahman": "present", "Ella Varga": "in_attendance"}


def test_role_with_bracketed_note_is_not_a_heading():
    text = "Present:\nCllr Ann Lee (Chair)\nDirector of Public Health (Northvale)\nTom Bell\n1. Welcome\n"
    assert {r.person for r in parse(text)} >= {"Ann Lee"}
    assert all(r.status == "present" for r in parse(text))


def test_introductions_table_without_present_heading():
    text = ("Welcome and introductions\nMinutes:\nThe Chair opened the meeting and welcomed everyone.\n"
            "Councillor Pia Rowe\tChair\nOmar Shah\tDirector of Public Health, Northvale Council\n"
            "Lena Brook\tHealthwatch Northvale\nTess Vine\tNorthvale Police\n"
            "Also present:\nUma Kell\tNorthvale Council\n2 Minutes\nThe minutes were agreed.\n")
    got = {r.person: (r.status, r.role, r.organisation) for r in parse(text)}
    assert got == {"Pia Rowe": ("present", "Chair", None),
                   "Omar Shah": ("present", "Director of Public Health", "Northvale Council"),
                   "Lena Brook": ("present", None, "Healthwatch Northvale"),
                   "Tess Vine": ("present", None, "Northvale Police"),
                   "Uma Kell": ("in_attendance", None, "Northvale Council")}


def test_apology_lines_substituted_by():
    text = ("2 Apologies for Absence\nMinutes:\n"
            "Ann Lee, Chief Strategy Officer, Northvale Hospital was substituted by Ben Cole, Deputy Strategy Officer;\n"
            "Carl Dunn, Northvale College was substituted by Dina Evans, Vice Principal Curriculum;\n"
            "Eve Ford was substituted by Gus Hart, Director of Care, Northvale Council;\n"
            "Ian Jones, Director of Place, Northvale Council.\n3 Minutes\nThe minutes were agreed.\n")
    got = {r.person: (r.status, r.role, r.organisation, r.substitute_for) for r in parse(text)}
    assert got == {
        "Ann Lee": ("apologies", "Chief Strategy Officer", "Northvale Hospital", None),
        "Ben Cole": ("substitute", "Deputy Strategy Officer", None, "Ann Lee"),
        "Carl Dunn": ("apologies", None, "Northvale College", None),
        "Dina Evans": ("substitute", "Vice Principal Curriculum", None, "Carl Dunn"),
        "Eve Ford": ("apologies", None, None, None),
        "Gus Hart": ("substitute", "Director of Care", "Northvale Council", "Eve Ford"),
        "Ian Jones": ("apologies", "Director of Place", "Northvale Council", None)}


def test_register_of_name_seat_status_lines():
    # an attendance register re-published one field per line: name, seat (role and/or body), status
    text = ("Board meeting, 4 March\nCouncillor Ada Marsh\nChair, Northvale Council\nPresent, as expected\n"
            "Bo Tran\nHealthwatch Northvale\nApologies\nCara Webb\nExpected\n"
            "Dev Oduya\nNorthvale Fire and Rescue\nAbsent\n"
            "Eli Park\nDirector of Public Health\nNorthvale Council\nPresent\n"
            "1. Welcome\nThe Chair opened the meeting.\n")
    got = {r.person: (r.status, r.role, r.organisation) for r in parse(text)}
    assert got == {"Ada Marsh": ("present", "Chair", "Northvale Council"),
                   "Bo Tran": ("apologies", None, "Healthwatch Northvale"),
                   "Cara Webb": ("expected", None, None),
                   "Dev Oduya": ("absent", None, "Northvale Fire and Rescue"),
                   "Eli Park": ("present", "Director of Public Health", "Northvale Council")}


def test_group_cell_then_list_of_people_table():
    # left cell: a seat or a body; right cell: the people in it
    text = ("Present\nChair\tCllr Rob Tate\nWard Councillors\tNina Holt, Owen Marsh, Paula Reid\n"
            "Residents' Panel Representative\tQuinn Adams, Rhys Bolt\n"
            "Northvale Police\tInspector Tom Udall, Sergeant Vera Wynn\n"
            "Council Officers\tWill Xu (Recycling Officer), Yara Zane (Planning Assistant)\n"
            "Apologies\nAbe Ball (Seacombe LCP), Cllr Cat Dale\nMinute 1 - Welcome\nThe Chair opened the forum.\n")
    got = {r.person: (r.status, r.role, r.organisation) for r in parse(text)}
    assert got == {"Rob Tate": ("present", "Chair", None),
                   "Nina Holt": ("present", "Ward Councillors", None),
                   "Owen Marsh": ("present", "Ward Councillors", None),
                   "Paula Reid": ("present", "Ward Councillors", None),
                   "Quinn Adams": ("present", "Residents' Panel Representative", None),
                   "Rhys Bolt": ("present", "Residents' Panel Representative", None),
                   "Tom Udall": ("present", None, "Northvale Police"),
                   "Vera Wynn": ("present", None, "Northvale Police"),
                   "Will Xu": ("present", "Recycling Officer", None),
                   "Yara Zane": ("present", "Planning Assistant", None),
                   "Abe Ball": ("apologies", None, "Seacombe LCP"),
                   "Cat Dale": ("apologies", None, None)}


def test_represented_by_guests_and_reported_substitutes():
    text = ("1 Apologies\nApologies for absence were received from Ann Lee, Bob Ray, Cara Diaz who was represented "
            "by Dee Fox and Eli Gray who was represented by Fay Hunt.\n"
            "The Chair welcomed Gil Ives from Northvale Police and Hal Joss from the ICS as guests to the meeting.\n"
            "2 Appointment of Substitute Members\n"
            "Under the constitution the appointment of the following substitute members was reported:-\n"
            "Ian Kerr for Jon Lutz (Northvale Council)\nKay Moss for Len Nash (Northvale Hospitals)\n"
            "3 Minutes\nThe minutes were agreed.\n")
    got = {r.person: (r.status, r.organisation, r.substitute_for) for r in parse(text)}
    assert got == {"Ann Lee": ("apologies", None, None), "Bob Ray": ("apologies", None, None),
                   "Cara Diaz": ("apologies", None, None), "Dee Fox": ("substitute", None, "Cara Diaz"),
                   "Eli Gray": ("apologies", None, None), "Fay Hunt": ("substitute", None, "Eli Gray"),
                   "Gil Ives": ("in_attendance", "Northvale Police", None),
                   "Hal Joss": ("in_attendance", "ICS", None),
                   "Ian Kerr": ("substitute", "Northvale Council", "Jon Lutz"),
                   "Kay Moss": ("substitute", "Northvale Hospitals", "Len Nash")}


def test_apology_lines_stay_apart_and_share_a_pairs_body():
    text = ("Apologies for Absence\nMinutes:\nApologies were received from:\nCouncillor Amy Bell\nCouncillor Ben Carr\n"
            "Tia Dunne and Kit Evans, Northvale Community Health Care Foundation Trust\n"
            "Sue Finch, Northvale Met College\n"
            "Sir Dan Gale and Jan Hume, Northvale University Teaching Hospital\n"
            "Declarations of Interests\nMinutes:\nThere were no declarations of interests.\n")
    got = {r.person: (r.status, r.organisation) for r in parse(text)}
    trust, college, hospital = ("Northvale Community Health Care Foundation Trust", "Northvale Met College",
                                "Northvale University Teaching Hospital")
    assert got == {"Amy Bell": ("apologies", None), "Ben Carr": ("apologies", None),
                   "Tia Dunne": ("apologies", trust), "Kit Evans": ("apologies", trust),
                   "Sue Finch": ("apologies", college), "Dan Gale": ("apologies", hospital),
                   "Jan Hume": ("apologies", hospital)}


def test_body_after_the_last_of_a_long_titled_list_stays_with_the_last():
    text = ("Apologies for absence were received from Mr D Hale (Ms H Ince attended as substitute), "
            "Mr I Jory and Ms B Kent, NHS England.\n")
    got = {r.person: r.organisation for r in parse(text)}
    assert got["I Jory"] is None and got["B Kent"] == "NHS England"


def test_other_apologies_as_follows_with_role_first_lines():
    text = ("Apologies\nMinutes:\nApologies for absence were received from Cllr Ann Lee and Bob Ray.\n"
            "Other apologies received were as follows :-\n"
            "Northvale Council's, Director for Adult Services, Cath Dee.\n"
            "Deputy Chief Nurse at the Northvale NHS Trust, Dora Eng.\n"
            "The Head of Engagement at the CCG, Eve Fox.\n"
            "Declarations of Interest\nThere were no declarations of interest.\n")
    got = {r.person: r for r in parse(text)}
    assert set(got) == {"Ann Lee", "Bob Ray", "Cath Dee", "Dora Eng", "Eve Fox"}
    assert all(r.status == "apologies" for r in got.values())
    assert (got["Dora Eng"].role, got["Dora Eng"].organisation) == ("Deputy Chief Nurse", "Northvale NHS Trust")
    assert got["Eve Fox"].role == "Head of Engagement"


def test_apology_list_wrapped_inside_a_bracket_with_acronym_bodies_and_is_sub():
    text = ("Apologies for absence were received from: Councillor Bell (NBC), Mark Trent (NBC – Mark\n"
            "Fell is sub), Rhea Gill (NPA), Nora Cole (WCCG),\nDora Bunt and Councillor Lew Ross (DDC), "
            "S Allen (Northvale CCG)\n15/02 GOOD NEWS (Agenda item 2)\nNorthvale Borough Council\n"
            "1. A joint pledge on growth had been agreed.\n")
    got = {r.person: (r.status, r.organisation, r.substitute_for) for r in parse(text)}
    # the body before "– Mark Fell is sub" is Mark Trent's own (session 28: labelled so on the real page)
    assert got == {"Bell": ("apologies", "NBC", None), "Mark Trent": ("apologies", "NBC", None),
                   "Mark Fell": ("substitute", None, "Mark Trent"), "Rhea Gill": ("apologies", "NPA", None),
                   "Nora Cole": ("apologies", "WCCG", None), "Dora Bunt": ("apologies", None, None),
                   "Lew Ross": ("apologies", "DDC", None), "S Allen": ("apologies", "Northvale CCG", None)}


# ---- shapes added with batch 7 (own invented examples) ---------------------------------------------------------


def _triples(text):
    return [(r.person, r.status, r.organisation) for r in parse(text)]


def test_shared_seat_and_footnote_marks_and_titles():
    text = ("Present\n\nMrs Ann Rowe (Chair)\nDavid Lowe / Ruth Penn\nHis Honour Judge Ian Firth\nFr Tom Egan\n"
            "Mr Sam Hale*\n\nIn Attendance\n\nMs Pat Cole*, Clerk\n\n1. Welcome\n")
    assert [(p, s) for p, s, _ in _triples(text)] == [
        ("Ann Rowe", "present"), ("David Lowe", "present"), ("Ruth Penn", "present"), ("Ian Firth", "present"),
        ("Tom Egan", "present"), ("Sam Hale", "present"), ("Pat Cole", "in_attendance")]


def test_shared_surname_and_labels_after_a_sentence():
    text = ("Present: Tim Dale, Helen and Simon Vane (Co-Convenors), Rev Judith Lamb. Guest: Ann Ober (Salvation Army.)\n"
            "2. Apologies for absence: Received from Carol Bart, Linda Reed.\n")
    assert _triples(text) == [
        ("Tim Dale", "present", None), ("Helen Vane", "present", None), ("Simon Vane", "present", None),
        ("Judith Lamb", "present", None), ("Ann Ober", "in_attendance", "Salvation Army"),
        ("Carol Bart", "apologies", None), ("Linda Reed", "apologies", None)]
    text = "Present: Fr. Colm, Mary Wall (Chair), Tom Hobb. By invitation – Cyn Dunne\nApologies: Mike Nally\n"
    assert [(p, s) for p, s, _ in _triples(text)] == [
        ("Colm", "present"), ("Mary Wall", "present"), ("Tom Hobb", "present"), ("Cyn Dunne", "in_attendance"),
        ("Mike Nally", "apologies")]


def test_substitute_at_the_end_of_an_apology_sentence():
    recs = by_person(parse("Apologies for absence were received from Councillor Kay Onslo and Councillor Chris Harte "
                           "attended as substitute.  Apologies were also received from Jo Jones.\n"))
    assert recs["Kay Onslo"].status == "apologies" and recs["Jo Jones"].status == "apologies"
    assert recs["Chris Harte"].status == "substitute" and recs["Chris Harte"].substitute_for == "Councillor Kay Onslo"


def test_groups_under_body_headings_with_wrapped_brackets():
    text = ("NHS Northvale and Eastmere CCG Present\n"
            "Lola Bank (nominated deputy for Kay Breen)\tExecutive Managing Director\n"
            "Wendy Carr (WC)\tExecutive Director Primary Care\n"
            "Mandy Catch (nominated deputy for Alison\tDeputy Director of Quality\n"
            "Cannon) (MC)\n"
            "NHS Westmere CCG Present\n"
            "Nick Deyn (ND)\tLay Member\n"
            "Penny Ford (nominated deputy for Kay Breen) (PF)\tExecutive Managing Director\n\n"
            "1. Welcome and apologies\n")
    assert _triples(text) == [
        ("Lola Bank", "substitute", "NHS Northvale and Eastmere CCG"),
        ("Wendy Carr", "present", "NHS Northvale and Eastmere CCG"),
        ("Mandy Catch", "substitute", "NHS Northvale and Eastmere CCG"),
        ("Nick Deyn", "present", "NHS Westmere CCG"), ("Penny Ford", "substitute", "NHS Westmere CCG")]
    assert by_person(parse(text))["Lola Bank"].substitute_for == "Kay Breen"


def test_rows_with_their_own_status_under_capitals_group_labels():
    text = ("BOARD\nMrs A Kettle\tChairman\tPresent\nG. Morris\tDeputy Chairman\tPresent\n"
            "N. Shah\tChief Executive Officer - interim\tApologies\nNON-VOTING MEMBERS\n"
            "Dame Ivy Holt, DBE\tHonorary President\tPresent\nT. Quayle\tCompany Secretary\tAbsent\n"
            "1. Welcome\nThe Chairman opened the meeting.\n")
    recs = parse(text)
    assert [(r.person, r.status, r.role) for r in recs] == [
        ("A Kettle", "present", "Chairman"), ("G. Morris", "present", "Deputy Chairman"),
        ("N. Shah", "apologies", "Chief Executive Officer - interim"), ("Ivy Holt", "present", "Honorary President"),
        ("T. Quayle", "absent", "Company Secretary")]


def test_bodies_by_the_shape_of_the_block():
    # a firm after a comma among "Name, Role" lines is no second person
    assert _triples("Present:\nMr D Archer, Henderson Logan\nMs A Bell, Audit Scotland\nCllr T Rowe, Chair\n\n"
                    "1. Welcome\n") == [("D Archer", "present", "Henderson Logan"),
                                        ("A Bell", "present", "Audit Scotland"), ("T Rowe", "present", None)]
    # a body column whose cell is shaped like a name
    assert _triples("Present:\nAnn Lee\tRural Action Northvale\nTom Bell\tNorthvale Borough Council\n"
                    "Jim Ray\tNorthvale Carers Forum\n\n1. Welcome\n")[0] == ("Ann Lee", "present", "Rural Action Northvale")
    # a body inside a job, and a body's name that goes on after a comma
    recs = by_person(parse("Present:\nJo Hart, Chief Executive of Northvale NHS Trust\n"
                           "Kate Moss, Secretary, Watchet Association of Commerce, Environment and Trade\n"
                           "Jim Bell, Chair of the Northvale Partnership Group\n\n1. Welcome\n"))
    assert (recs["Jo Hart"].role, recs["Jo Hart"].organisation) == ("Chief Executive", "Northvale NHS Trust")
    assert recs["Kate Moss"].organisation == "Watchet Association of Commerce, Environment and Trade"
    assert recs["Jim Bell"].organisation is None  # a seat on a body is a role


def test_attendees_listed_with_no_heading_before_the_first_item():
    text = ("Parish Partnership Meeting\n\nWednesday 5 June 2019, 8:15, Northvale Parish Hall\n\n"
            "Mary Bask (NVP, Steward)\n\nChris Bask (NVP, Parish Council)\n\nFr Neil (NVP)\n\nAnne Fix (OLR, Steward)\n\n"
            "1. Patrick Shale (NVP) could not come, so Mary Bask took the chair.\n\n"
            "Tom Ray (NVP)\nSue Day (NVP)\nJo Kay (NVP)\nAl Roy (NVP)\n")
    recs = parse(text)
    assert [(r.person, r.status, r.organisation, r.role) for r in recs] == [
        ("Mary Bask", "present", "NVP", "Steward"), ("Chris Bask", "present", "NVP", "Parish Council"),
        ("Neil", "present", "NVP", None), ("Anne Fix", "present", "OLR", "Steward")]


def test_a_heading_over_attendees_and_apologies_gives_present_until_an_apologies_subheading():
    text = ("Attendees and apologies\n\nMinisters\nCabinet Secretary for Health, Alan Brodie\n"
            "Minister for Public Health, Mary Quinton\n\nApologies\nPat Green, NHS Northmoor\n\n"
            "Items and actions\n\n1. Welcome\nThe Cabinet Secretary welcomed members.\n")
    found = {r.name: r.status for r in parse_attendance([Page(number=1, text=text)], Gazetteer.default())}
    assert found == {"Alan Brodie": "present", "Mary Quinton": "present", "Pat Green": "apologies"}


# --- batch 8 shapes (ModernGov HWB item pages): invented examples -------------------------------------------

def _people(records):
    return {(r.person, r.status): r for r in records}


def test_substitute_wordings_in_substitution_would_be_and_numbered_paragraph():
    recs = _people(parse("Apologies were received from Councillor Brook.\n"
                         "4.2 Councillor Tamsin Hale was in attendance in substitution for Councillor Brook.\n"))
    assert recs[("Tamsin Hale", "substitute")].substitute_for == "Councillor Brook"
    recs = _people(parse("Apologies for absence were received from Dr Ann Hill and Tom Bell. "
                         "Dr Kay Ford would be substituting for Dr Hill.\n"))
    assert recs[("Kay Ford", "substitute")].substitute_for == "Dr Hill"
    assert {k for k in recs if k[1] == "apologies"} == {("Ann Hill", "apologies"), ("Tom Bell", "apologies")}
    recs = _people(parse("29.1 Alan Marsh, NVCC attended as a substitute for Ruth Pike.\n"))
    assert list(recs) == [("Alan Marsh", "substitute")] and recs[("Alan Marsh", "substitute")].organisation == "NVCC"


def test_second_substitute_clause_with_its_verb_left_out():
    recs = _people(parse("Councillor Amy Reed attended on behalf of Councillor Bill Fox and Carla Dunn on behalf "
                         "of Dev Patel.\n"))
    assert recs[("Amy Reed", "substitute")].substitute_for == "Councillor Bill Fox"
    assert recs[("Carla Dunn", "substitute")].substitute_for == "Dev Patel"
    assert len(recs) == 2


def test_also_attended_is_in_attendance():
    recs = _people(parse("Apologies were received from Ann Hill. Dr Paul Grey, GP also attended the meeting.\n"))
    assert recs[("Paul Grey", "in_attendance")].role == "GP"
    assert ("Ann Hill", "apologies") in recs and len(recs) == 2


def test_apology_list_variants():
    recs = _people(parse("Apologies were received from Councillors Ann Hill, Bob Lane and Cat Moss; and from "
                         "Dan Ross.\n"))
    assert set(recs) == {(n, "apologies") for n in ("Ann Hill", "Bob Lane", "Cat Moss", "Dan Ross")}
    assert recs[("Cat Moss", "apologies")].role is None
    recs = _people(parse("The apologies of Ann Hill, Bob Lane and Cat Moss were noted.\n"))
    assert set(recs) == {(n, "apologies") for n in ("Ann Hill", "Bob Lane", "Cat Moss")}
    recs = _people(parse("Apologies for absencewere received from Ann Hill and Bob Lane.\n"))
    assert set(recs) == {("Ann Hill", "apologies"), ("Bob Lane", "apologies")}
    recs = _people(parse("Apologies of absence were received from Ann Hill and Bob Lane.\n"))
    assert set(recs) == {("Ann Hill", "apologies"), ("Bob Lane", "apologies")}


def test_arranged_for_a_representative():
    recs = _people(parse("Ann Hill had arranged for Bob Lane to attend as her representative.\n"))
    assert set(recs) == {("Ann Hill", "apologies"), ("Bob Lane", "substitute")}
    assert recs[("Bob Lane", "substitute")].substitute_for == "Ann Hill"
    recs = _people(parse("Apologies were received from Councillor Ann Hill. She had arranged for Councillor Bob "
                         "Lane to attend in her place.\n"))
    assert set(recs) == {("Ann Hill", "apologies"), ("Bob Lane", "substitute")}
    assert recs[("Ann Hill", "apologies")].role is None
    assert recs[("Bob Lane", "substitute")].substitute_for == "Councillor Ann Hill"


def test_who_was_substituted_by_in_a_list_line():
    recs = _people(parse("Apologies were received from:\n- Ann Hill, Northvale Council who was substituted by Bob "
                         "Lane\n- Cat Moss, Northvale Police\n"))
    assert recs[("Ann Hill", "apologies")].organisation == "Northvale Council"
    assert recs[("Bob Lane", "substitute")].substitute_for == "Ann Hill"
    assert recs[("Cat Moss", "apologies")].organisation == "Northvale Police"


_SEAT_PAGE = """<html><body><div id="modgov"><h1 class="mgMainTitleTxt">Agenda and minutes</h1><table>
<tr><td></td><td><p>Representatives of Northvale Integrated Care Board</p><p>Ann Hill – Place Lead, Northvale ICB</p>
<p>&nbsp;</p><p>Directors of Northvale City Council</p><p>Bob Lane – Director of Public Health</p>
<p>Cat Moss – Director of Adults and Health</p><p>&nbsp;</p><p>Representative of Local Healthwatch Organisation</p>
<p>Dan Ross – Chair, Healthwatch Northvale</p></td></tr>
<tr><td>1.</td><td><p>Apologies for Absence</p><p>Minutes:</p>
<p>Apologies for absence were received from Councillor Fay Moore.</p><p>Guy Hart, Chair of the Forum, spoke on item 4.</p></td></tr>
</table></div></body></html>"""


def test_members_under_seat_labels_with_no_present_heading():
    from boardpapers.extractors.html_text import html_pages

    recs = _people(parse_attendance(html_pages(_SEAT_PAGE)))
    assert set(recs) == {("Ann Hill", "present"), ("Bob Lane", "present"), ("Cat Moss", "present"),
                         ("Dan Ross", "present"), ("Fay Moore", "apologies")}
    assert recs[("Bob Lane", "present")].role == "Director of Public Health"
    assert recs[("Dan Ross", "present")].organisation == "Healthwatch Northvale"


def test_seat_labels_need_seats_and_no_status_words():
    from boardpapers.extractors.html_text import html_pages

    # topic labels over "Name – text" lines are no seats: nobody is read as present from them
    topics = _SEAT_PAGE.replace("Representatives of Northvale Integrated Care Board", "Stalls at the spring fair") \
        .replace("Directors of Northvale City Council", "Walks planned for autumn") \
        .replace("Representative of Local Healthwatch Organisation", "Lights for the winter evenings")
    assert not any(status == "present" for _, status in _people(parse_attendance(html_pages(topics))))
    # a label that states a status is a heading of its own, not a seat
    statuses = _SEAT_PAGE.replace("Directors of Northvale City Council", "Directors in attendance") \
        .replace("Representative of Local Healthwatch Organisation", "Council officers present")
    recs = _people(parse_attendance(html_pages(statuses)))
    assert ("Bob Lane", "present") not in recs
