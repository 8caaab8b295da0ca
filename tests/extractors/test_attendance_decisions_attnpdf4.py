"""PDF and scan shapes of attendance and decisions that held back unseen minutes (issue 12, fourth PDF pass):
invented minutes, built as small PDFs with fpdf2 (one rendered to a scan), or as the lines the layout reader writes.

The layouts were modelled on published minutes: an NHS board's label | name, role list on a scanned page
(https://docslib.org/doc/10703143/assynt-house), a foundation trust's scanned list with its apologies minute
(https://vdocuments.site/royal-devon-and-exeter-healthcare-nhs-trust-2019-07-03-march-2017-ottery-st.html), a CCG
executive's label | name | role table (https://issuu.com./nhskirklees/docs/ckwcb-12-198b_wakefield_cce_minutes),
a Scottish health board's label column with sub-labelled groups
(https://docslib.org/doc/2161799/minute-of-meeting-held-on-25-march-2019) and a trust board's minutes approved
with amendments (https://studylib.net/doc/11644962/). Every name, body and sentence here is invented."""
import shutil
import sys
from pathlib import Path

import pytest

from boardpapers.extractors import extract_document
from boardpapers.extractors.layout import words_to_lines
from boardpapers.models import Page
from extractors.attendance import parse_attendance
from .decision_shapes import page_decisions as decisions

ROOT = Path(__file__).resolve().parents[2]
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="tesseract-ocr is installed by scripts/test")


def _pdf(items: list[dict], scan: bool = False) -> bytes:
    sys.path.insert(0, str(ROOT / "evaluation" / "real"))
    from pdfcase import build_pdf

    return build_pdf({"pages": [{"scan": scan, "items": items}]})


def people(text: str) -> dict:
    return {r.person: (r.status, r.role, r.organisation, r.substitute_for)
            for r in parse_attendance([Page(number=1, text=text)])}


# --- decision tables whose cells run into each other ---------------------------------------------------------

DECISION_TABLE = [
    {"type": "text", "text": "EASTMOOR HEALTH PARTNERSHIP BOARD\nDecisions of the meeting held on 4 May 2021", "bold": True},
    {"type": "gap", "mm": 3},
    {"type": "table", "widths": [18, 72, 84], "border": True, "header": True, "rows": [
        ["Item", "Description", "Decision"],
        ["4", "Minutes of the previous meeting held on 2 March 2021 and matters arising",
         "The minutes were approved as a correct record."],
        ["5", "Community mental health transformation programme update report",
         "The Board noted the progress made and approved the revised delivery timetable."],
        ["6", "Winter resilience plan and urgent care escalation arrangements", "The Board endorsed the winter plan."],
    ]},
    {"type": "gap", "mm": 4},
    {"type": "text", "text": "Action log"},
    {"type": "table", "widths": [18, 90, 40, 26], "border": True, "header": True, "rows": [
        ["Ref", "Action", "Lead", "Due"],
        ["A1", "Circulate the approved timetable to partners and agree the next steps", "Director of Strategy",
         "June 2021"],
        ["A2", "Report back on the agreed winter staffing levels", "Chief Nurse", "July 2021"],
    ]},
]


def test_decision_table_whose_description_fills_its_cell_keeps_one_decision_a_row():
    # the description's first line ends a space short of the decision column: no column gap, yet the decision's
    # first word starts where the header's "Decision" and the wrapped lines of other rows start
    ext = extract_document(_pdf(DECISION_TABLE), filename="decisions.pdf")
    assert [(d.item, d.kind, d.text) for d in ext.decisions] == [
        ("4", "approved", "The minutes were approved as a correct record."),
        ("5", "approved", "The Board noted the progress made and approved the revised delivery timetable."),
        ("6", "approved", "The Board endorsed the winter plan."),
    ]
    lines = ext.pages[0].text.split("\n")
    assert "4\tMinutes of the previous meeting held on 2\tThe minutes were approved as a correct record." in lines
    # the action log's rows keep their four cells (no register column slides), and hold no decision
    assert "A2\tReport back on the agreed winter staffing levels\tChief Nurse\tJuly 2021" in lines


def _word(text: str, x0: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": top, "bottom": top + 10}


def _row(top: float, *cells: tuple[float, str]) -> list[dict]:
    out = []
    for x, text in cells:
        for w in text.split():
            out.append(_word(w, x, top))
            x += 5.0 * len(w) + 5.0
    return out


def test_a_prose_word_under_a_table_column_does_not_split_the_sentence():
    # a table row, then two prose lines whose words happen to start at the second column's x: only a line with
    # cells of its own, or one between two lines that start a cell there, is cut at that column
    words = (_row(100, (50, "Ann Lee"), (200, "Director of Finance"))
             + _row(112, (50, "Bob Hart"), (200, "Chief Executive"))
             + _row(124, (50, "The meeting heard a short update on"), (235, "the budget for the year ahead."))
             + _row(136, (50, "Members thanked the officers and asked for a further note on it."))
             )
    lines = words_to_lines(words)
    assert lines[2] == "The meeting heard a short update on the budget for the year ahead."
    assert lines[3] == "Members thanked the officers and asked for a further note on it."


def test_a_row_whose_cell_runs_into_the_next_is_split_where_its_neighbours_start_that_cell():
    words = (_row(100, (50, "Item"), (90, "Description"), (300, "Decision"))
             + _row(112, (50, "4"), (90, "Minutes of the previous meeting held on"), (300, "Approved."))
             + _row(124, (50, "5"), (90, "Quality and performance report for quarter"), (305, "Noted."))
             + _row(136, (90, "two"), (300, "and escalated."))
             )
    lines = words_to_lines(words)
    assert lines[2] == "5\tQuality and performance report for quarter\tNoted."


# --- decisions in board minutes -------------------------------------------------------------------------------

def test_a_group_label_over_a_list_of_members_is_no_decision():
    text = ("Present:\nNon-Executive Members:\nMrs Ann Brown (Vice Chair)\nMr Carl Green\nCllr Dev White\n"
            "Executive Members:\nMr Jon Burr (Chief Executive)\n"
            "6. Financial Performance\nMr Burr spoke to the paper on the position at month 7.\n"
            "The Board:\n• noted the financial position at month 7;\n• approved the revised capital plan.\n")
    assert decisions(text) == [("6.", "approved", "The Board:\n• noted the financial position at month 7;\n"
                                                  "• approved the revised capital plan.")]


def test_minutes_approved_subject_to_amendments_end_before_the_amendments():
    text = ("TB21/19 Minutes of the previous meeting\n"
            "The minutes were approved and signed as a correct record subject to the following amendments:\n"
            "· page 3, the figure for theatre sessions should read eleven\n"
            "· page 5, the title of the Director of Estates to be corrected\n"
            "TB22/19 Chief Executive's Report\nThe Board NOTED the report.\n")
    assert decisions(text) == [
        ("TB21/19", "approved",
         "The minutes were approved and signed as a correct record subject to the following amendments:"),
        ("TB22/19", "noted", "The Board NOTED the report."),
    ]
    # the sentence wrapped by the PDF's line width, its list marked by bullets
    text = ("TB65/13\tMinutes of the meeting held on 13 March 2013\n"
            "\tThe minutes were approved and signed as a correct record subject to the following comments\n"
            "\tand amendments:\n\t· two corrections of wording on page five;\n\t· a clarification of an action.\n")
    assert decisions(text) == [("TB65/13", "approved", "The minutes were approved and signed as a correct record "
                                                       "subject to the following comments and amendments:")]


# --- attendance ---------------------------------------------------------------------------------------------

def test_words_joined_by_and_inside_a_role_are_no_second_person():
    text = ("Present\tDr Ruth Mair, Chair\nAlso present\tMs Jill Orr, Director of Operations, North and West Glen\n"
            "\tDr Sara Vine, Lead Doctor Child Protection and Looked After Children\n"
            "\tMr Tom Hale, Head of Estates\n1. Apologies\n")
    assert people(text) == {
        "Ruth Mair": ("present", "Chair", None, None),
        "Jill Orr": ("in_attendance", "Director of Operations", "North and West Glen", None),
        "Sara Vine": ("in_attendance", "Lead Doctor Child Protection and Looked After Children", None, None),
        "Tom Hale": ("in_attendance", "Head of Estates", None, None),
    }


TRUST_LIST = [
    {"type": "text", "text": "MEETING OF THE BOARD OF DIRECTORS\n15 March 2017\nMINUTES", "bold": True},
    {"type": "gap", "mm": 3},
    {"type": "text", "text": "PRESENT:", "bold": True},
    {"type": "table", "widths": [50, 110], "rows": [
        ["Mr J Penrose", "Chairman"], ["Mrs S Tull", "Chief Executive"], ["Mr P Ashdown", "Director of Finance"]]},
    {"type": "text", "text": "APOLOGIES", "bold": True},
    {"type": "table", "widths": [50, 110], "rows": [["Mr A Harte", "Executive Medical Director"]]},
    {"type": "text", "text": "IN ATTENDANCE:", "bold": True},
    {"type": "table", "widths": [50, 110], "rows": [
        ["Miss B Coles", "Governance Coordinator"], ["Dr M Dunne", "Deputy Medical Director"]]},
    {"type": "gap", "mm": 4},
    {"type": "table", "widths": [20, 150], "rows": [
        ["21.17", "APOLOGIES"],
        ["", "Apologies had been received from Mr Harte, with Dr Dunne attending on his behalf."]]},
]
TRUST_PEOPLE = {
    "J Penrose": ("present", "Chairman", None, None), "S Tull": ("present", "Chief Executive", None, None),
    "P Ashdown": ("present", "Director of Finance", None, None),
    "A Harte": ("apologies", "Executive Medical Director", None, None),
    "B Coles": ("in_attendance", "Governance Coordinator", None, None),
    "M Dunne": ("substitute", "Deputy Medical Director", None, "Mr Harte"),
}


def test_a_listed_officer_named_later_as_attending_for_an_absent_member_is_a_substitute():
    ext = extract_document(_pdf(TRUST_LIST), filename="minutes.pdf")
    assert {a.person: (a.status, a.role, a.organisation, a.substitute_for) for a in ext.attendance} == TRUST_PEOPLE


@needs_tesseract
def test_a_substitute_named_in_the_apologies_minute_of_a_scanned_page():
    ext = extract_document(_pdf(TRUST_LIST, scan=True), filename="minutes.pdf")
    assert ext.pages[0].ocr
    assert {a.person: (a.status, a.role, a.organisation, a.substitute_for) for a in ext.attendance} == TRUST_PEOPLE


def test_a_surname_only_substitute_never_takes_over_an_apology_of_the_same_surname():
    text = ("Present:\nMrs S Tull\tChief Executive\nApologies:\nMr A Harte\tMedical Director\n"
            "1. Apologies\nApologies had been received from Mr Lowe, with Dr Harte attending on his behalf.\n")
    got = people(text)
    assert got["A Harte"][0] == "apologies"
    assert got["Harte"] == ("substitute", None, None, "Mr Lowe")


def test_label_name_role_table_with_wrapped_cells():
    text = ("Minutes of the meeting held on 28 June 2012\n"
            "Present\tDr Paul Ives\tChair, Northvale Alliance\n"
            "\tJo Wren\tShadow Accountable Officer NHS Northvale Clinical\n"
            "\tCommissioning Group (CCG)\n"
            "\tKim Rowe\tDirector of Finance NHS Northvale CCG\n"
            "In Attendance\tRoss Dale\tCorporate Risk Manager, NHS Northvale District (NHSND)\n"
            "\tMatt England\tHead of Contracting, NHS Northvale Clinical Commissioning Group\n"
            "\tCat Lowe\tSenior Commissioning Manager, NHSND (Minute 126 and\n"
            "\t127 only)\n"
            "\tJayne Bell\tSenior Communications Manager, NHSND (Minute 127 only)\n"
            "12/117\tApologies\n")
    assert people(text) == {
        "Paul Ives": ("present", "Chair", "Northvale Alliance", None),
        "Jo Wren": ("present", "Shadow Accountable Officer", "NHS Northvale Clinical Commissioning Group", None),
        "Kim Rowe": ("present", "Director of Finance", "NHS Northvale CCG", None),
        # the body written out before its acronym is the body ("NHS Northvale District (NHSND)")
        "Ross Dale": ("in_attendance", "Corporate Risk Manager", "NHS Northvale District", None),
        "Matt England": ("in_attendance", "Head of Contracting", "NHS Northvale Clinical Commissioning Group", None),
        "Cat Lowe": ("in_attendance", "Senior Commissioning Manager", "NHSND", None),
        "Jayne Bell": ("in_attendance", "Senior Communications Manager", "NHSND", None),
    }


def test_the_note_taker_marked_minutes_after_her_role_is_in_attendance():
    text = ("Present:\tDr Ian Roy (Chair)\nIn attendance:\tMrs Kay Muir (Head of Corporate Governance)\n"
            "\tMrs Ann O'Hara (Committee Secretary) minutes\n"
            "The Chairman welcomed Mrs Jo Todd to her first Board meeting.\n1. Apologies\n")
    got = people(text)
    assert set(got) == {"Ian Roy", "Kay Muir", "Ann O'Hara"}
    assert got["Ann O'Hara"][0] == "in_attendance"


def test_substitutes_named_in_narrative_after_the_attendance_table():
    # a relative clause after a welcome, and a welcome "as X's representative", about people the table lists
    text = ("Present:\tRob Nairn\tChairman\n\tMike Pott\tChief Executive\n"
            "In attendance:\tKaren Hume\tAssistant Director for Safeguarding Children & Vulnerable\n"
            "\tAdults (Agenda item KPCT/11/44)\n"
            "\tTracy Small\tDeputy Director of Patient Care\n"
            "\tMiss Helen Mann\tDeputy Director of Local Services\n"
            "There were no members of the public. The Chairman opened the meeting by welcoming all those in "
            "attendance, particularly Tracy Small, who was deputising for Sheila Dilks, Director of Patient Care; "
            "and Julie Wain, RCN Representative.\n"
            "2787/12\tItem 2\tAPOLOGIES FOR ABSENCE\n"
            "\ta. Apologies for absence were received from Dame Sally Pole Non Executive Director Mr Neil Marsh "
            "Non Executive Director Mr Geoff Ross Non Executive Director.\n"
            "\tb. Miss Mann was welcomed to the meeting as Ms George's representative.\n"
            "2788/12\tItem 3\tDECLARATION OF INTERESTS\n")
    got = people(text)
    assert got["Karen Hume"] == ("in_attendance", "Assistant Director for Safeguarding Children & Vulnerable Adults",
                                 None, None)
    assert got["Tracy Small"] == ("substitute", "Deputy Director of Patient Care", None, "Sheila Dilks")
    assert got["Helen Mann"] == ("substitute", "Deputy Director of Local Services", None, "Ms George")
    assert {p: got[p][:2] for p in ("Sally Pole", "Neil Marsh", "Geoff Ross")} == {
        p: ("apologies", "Non Executive Director") for p in ("Sally Pole", "Neil Marsh", "Geoff Ross")}


def test_one_initial_and_surname_with_titles_of_two_people_stays_two_records():
    text = ("Present:\nCllr H Wynne\tChair\nMr J Davies\tLay Member\nIn attendance:\nMrs J Davies\tHead of Finance\n"
            "Trish Alder, Deputy Managing Director (TA)\n1. Apologies\nNone.\n")
    got = [(r.person, r.status, r.role) for r in parse_attendance([Page(number=1, text=text)])]
    assert got == [("H Wynne", "present", "Chair"), ("J Davies", "present", "Lay Member"),
                   ("J Davies", "in_attendance", "Head of Finance"),
                   ("Trish Alder", "in_attendance", "Deputy Managing Director")]


def test_board_verdicts_in_trust_minutes_and_an_action_log_that_decides_nothing():
    text = ("TB70/17 Integrated Performance Report\n"
            "The Director of Operations presented the report. The Board RECEIVED the report.\n"
            "TB71/17 Board Assurance Framework\n"
            "The Board received the framework and the Director of Governance explained the changes.\n"
            "TB72/17 Action Log\nRef\tAction\tLead\tStatus\nA12\tCirculate the approved estates plan\tDE\tComplete\n"
            "A13\tAgree the revised terms of reference with the chairs\tCS\tAgreed at March meeting\n"
            "TB73/17 Audit Committee Chair's Report\nThe report was received and noted.\n"
            "The Board ratified the appointment of the external auditor.\n")
    assert decisions(text) == [
        ("TB70/17", "noted", "The Board RECEIVED the report."),
        ("TB73/17", "noted", "The report was received and noted."),
        ("TB73/17", "approved", "The Board ratified the appointment of the external auditor."),
    ]


CENTRED_LABELS = [
    {"type": "text", "text": "NORTHMERE HEALTH BOARD\nMINUTES OF THE BOARD MEETING HELD ON 3 MAY 2018", "bold": True},
    {"type": "gap", "mm": 3},
    # a Word table whose label cells are centred down their merged rows: "Present:" beside its group's third name
    {"type": "table", "widths": [32, 50, 90], "rows": [
        ["", "Ann Lee", "Chair"], ["", "Bob Cole", "Non-Executive Director"],
        ["Present:", "Jim Ray", "Non-Executive Director"], ["", "Sue Tam", "Chief Executive"],
        ["", "Kim Poe", "Director of Finance"],
        ["In attendance:", "Liz Orr", "Head of Communications"], ["", "Dan Fry", "Minutes"]]},
    {"type": "gap", "mm": 4},
    {"type": "text", "text": "1. Welcome\nThe Chair welcomed everyone to the meeting."},
]


def test_label_centred_down_its_group_takes_the_rows_above_it():
    ext = extract_document(_pdf(CENTRED_LABELS), filename="minutes.pdf")
    assert [(a.person, a.status, a.role) for a in ext.attendance] == [
        ("Ann Lee", "present", "Chair"), ("Bob Cole", "present", "Non-Executive Director"),
        ("Jim Ray", "present", "Non-Executive Director"), ("Sue Tam", "present", "Chief Executive"),
        ("Kim Poe", "present", "Director of Finance"), ("Liz Orr", "in_attendance", "Head of Communications"),
        ("Dan Fry", "in_attendance", "Minutes")]


def test_rows_above_a_later_label_stay_with_the_heading_before_them():
    text = ("Present:\nAnn Lee\tChair\n\tBob Cole\tNon-Executive Director\n"
            "In attendance:\tLiz Orr\tHead of Communications\n1. Welcome\n")
    assert [(p, s) for p, (s, *_rest) in people(text).items()] == [
        ("Ann Lee", "present"), ("Bob Cole", "present"), ("Liz Orr", "in_attendance")]


def test_flowing_name_role_list_wrapped_inside_brackets_keeps_its_order():
    text = ("In Attendance: Mandy Greer (Staff Side), Andrea Chase\n"
            "(Corporate Director of Finance and Estates), Jim Hurst (Director of Informatics and Performance\n"
            "Improvement), Mike Wheel (Carer), Andy Mead (Trust Secretary), Sarah Jenks\n"
            "(Corporate Governance/Minute Secretary)\n"
            "Apologies Received: Brenda Rowe (Non Executive Director)\nA2 2. WELCOME\n")
    assert {p: (s, r) for p, (s, r, _o, _f) in people(text).items()} == {
        "Mandy Greer": ("in_attendance", None), "Andrea Chase": ("in_attendance", "Corporate Director of Finance and Estates"),
        "Jim Hurst": ("in_attendance", "Director of Informatics and Performance Improvement"),
        "Mike Wheel": ("in_attendance", "Carer"), "Andy Mead": ("in_attendance", "Trust Secretary"),
        "Sarah Jenks": ("in_attendance", "Corporate Governance/Minute Secretary"),
        "Brenda Rowe": ("apologies", "Non Executive Director")}


DISCUSSION_DECISION_TABLE = [
    {"type": "text", "text": "NORTHVALE CCG GOVERNING BODY\nMinutes of the meeting held on 4 May 2016", "bold": True},
    {"type": "gap", "mm": 3},
    # justified cells (fpdf2's default, as Word tables often are): the discussion runs up to the decision column
    {"type": "table", "widths": [22, 30, 80, 42], "border": True, "header": True, "rows": [
        ["No.", "Item", "Discussion", "DECISION"],
        ["GB/16/41", "Minutes of the last meeting",
         "The minutes of the meeting held on 6 April were reviewed. One typing error was noted on page 4.",
         "APPROVED as a correct record"],
        ["GB/16/42", "Primary care strategy", "The Director of Commissioning presented the strategy and members "
         "asked about estates and workforce in the north of the area.", "The Governing Body APPROVED the strategy."],
        ["GB/16/43", "Risk register", "Members discussed the two new risks on workforce.", "NOTED"],
    ]},
]


def test_discussion_decision_table_with_justified_cells_that_run_together():
    ext = extract_document(_pdf(DISCUSSION_DECISION_TABLE), filename="minutes.pdf")
    assert [(d.item, d.kind, d.text) for d in ext.decisions] == [
        ("GB/16/41", "approved", "APPROVED as a correct record"),
        ("GB/16/42", "approved", "The Governing Body APPROVED the strategy."),
        ("GB/16/43", "noted", "NOTED"),
    ]


def test_a_verdict_after_an_absence_clause():
    text = ("48. Chair's Update\nIn the absence of Councillor K Carr the Chair's Update was deferred.\n"
            "49. Health Protection Report\nIn the absence of the Director, the report was deferred to the next meeting.\n"
            "In the absence of the Chair, Councillor Lee chaired the meeting.\n")
    assert decisions(text) == [
        ("48.", "deferred", "In the absence of Councillor K Carr the Chair's Update was deferred."),
        ("49.", "deferred", "In the absence of the Director, the report was deferred to the next meeting."),
    ]


JUSTIFIED_ROLES = [
    {"type": "text", "text": "NORTHVALE NHS TRUST BOARD\nMinutes of the meeting held on 9 June 2015", "bold": True},
    {"type": "gap", "mm": 3},
    # fpdf2 justifies a wrapped cell's lines, as Word does in justified tables: "Executive<gap>Director<gap>of"
    {"type": "table", "widths": [30, 45, 44], "rows": [
        ["Present:", "Ann Lee", "Chair"], ["", "Bob Cole", "Executive Director of Strategy, Planning and Performance"],
        ["", "Jim Ray", "Non-Executive Director"],
        ["In attendance:", "Liz Orr", "Head of Corporate Governance and Company Secretary"],
        ["", "Dan Fry", "Minute Taker"]]},
    {"type": "gap", "mm": 4},
    {"type": "text", "text": "1. Welcome\nThe Chair welcomed everyone to the meeting."},
]


def test_a_role_justified_across_its_cell_stays_one_cell():
    ext = extract_document(_pdf(JUSTIFIED_ROLES), filename="minutes.pdf")
    lines = ext.pages[0].text.split("\n")
    # a role's wrapped lines are written in the role's column, the third
    assert "\tBob Cole\tExecutive Director of" in lines and "\t\tGovernance and" in lines
    assert [(a.person, a.status, a.role) for a in ext.attendance] == [
        ("Ann Lee", "present", "Chair"),
        ("Bob Cole", "present", "Executive Director of Strategy, Planning and Performance"),
        ("Jim Ray", "present", "Non-Executive Director"),
        ("Liz Orr", "in_attendance", "Head of Corporate Governance and Company Secretary"),
        ("Dan Fry", "in_attendance", "Minute Taker")]
