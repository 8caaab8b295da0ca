"""Attendance in PDF layouts (issue 12: tables, registers, scans): invented minutes, built as small PDFs with
fpdf2 (and rendered to a scan where the shape is a scan's), or as the lines the layout reader writes."""
import shutil
import sys
from pathlib import Path

import pytest

from boardpapers.extractors import extract_document
from boardpapers.extractors.layout import words_to_lines
from boardpapers.extractors.ocr import tesseract_tsv_words
from boardpapers.models import Page
from extractors.attendance import parse_attendance

ROOT = Path(__file__).resolve().parents[2]
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None,
                                     reason="tesseract-ocr is installed by scripts/test")


def parse(text):
    return {r.person: r for r in parse_attendance([Page(number=1, text=text)])}


def _pdf(items: list[dict], scan: bool = False) -> bytes:
    sys.path.insert(0, str(ROOT / "evaluation" / "real"))
    from pdfcase import build_pdf

    return build_pdf({"pages": [{"scan": scan, "items": items}]})


TITLE_TABLE = [
    {"type": "text", "text": "NORTHVALE PRIMARY CARE TRUST BOARD", "bold": True},
    {"type": "text", "text": "MINUTES OF THE BOARD MEETING\nHELD ON 14 MARCH 2009", "bold": True},
    {"type": "gap", "mm": 3},
    {"type": "table", "widths": [55, 90], "rows": [
        ["Ruth Okafor", "Chair"], ["Dennis Fairley", "Non-Executive Director"],
        ["Cllr Priya Anand", "Associate Non-Executive Director"], ["Tomas Weir", "Director of Finance"],
        ["Hilda Grange", "Acting Chief Operating Officer"]]},
    {"type": "gap", "mm": 4},
    {"type": "text", "text": "1. Welcome\nThe Chair opened the meeting and thanked the board for attending."},
]
TITLE_TABLE_PEOPLE = {"Ruth Okafor": "Chair", "Dennis Fairley": "Non-Executive Director",
                      "Priya Anand": "Associate Non-Executive Director", "Tomas Weir": "Director of Finance",
                      "Hilda Grange": "Acting Chief Operating Officer"}


def test_name_role_table_under_the_minutes_title_is_who_was_present():
    ext = extract_document(_pdf(TITLE_TABLE), filename="minutes.pdf")
    assert {a.person: (a.status, a.role) for a in ext.attendance} == {
        p: ("present", role) for p, role in TITLE_TABLE_PEOPLE.items()}


def test_a_table_under_the_title_whose_second_column_holds_no_roles_is_not_attendance():
    text = ("MINUTES OF THE BOARD MEETING\nHELD ON 14 MARCH 2009\nRuth Okafor\t12 Mill Lane\n"
            "Dennis Fairley\t4 Church Street\nTomas Weir\t9 High Road\nHilda Grange\t1 Station Road\n")
    assert parse(text) == {}


@needs_tesseract
def test_scanned_name_role_table_under_the_minutes_title():
    ext = extract_document(_pdf(TITLE_TABLE, scan=True), filename="minutes.pdf")
    assert ext.pages[0].ocr
    assert {a.person: (a.status, a.role) for a in ext.attendance} == {
        p: ("present", role) for p, role in TITLE_TABLE_PEOPLE.items()}


def _tsv(words: list[tuple[str, int, int, int, int, float]]) -> str:
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    return "\n".join([head] + [f"5\t1\t1\t1\t1\t{k}\t{x}\t{y}\t{w}\t{h}\t{c}\t{t}"
                               for k, (t, x, y, w, h, c) in enumerate(words, 1)])


def test_ocr_speck_glued_to_a_name_and_a_bar_read_for_the_initial_i():
    # a 200 dpi scan of a two-column members list: "-Mrs" is a speck before a name, pushed left of its column;
    # "|" is the initial I after a title
    rows = [("Present:", 100, 200), ("Cllr", 600, 200), ("Ann", 650, 200), ("Lee", 700, 200),
            ("Cllr", 600, 250), ("|", 652, 250), ("Moss", 670, 250),
            ("Mrs", 600, 300), ("Jo", 650, 300), ("Dunn", 690, 300),
            ("-Mrs", 588, 350), ("Kay", 650, 350), ("Bell", 700, 350)]
    words = tesseract_tsv_words(_tsv([(t, x, y, 12 * len(t) if t != "|" else 6, 20, 91.0) for t, x, y in rows]))
    assert words_to_lines(words, 1650) == ["Present:\tCllr Ann Lee", "\tCllr I Moss", "\tMrs Jo Dunn",
                                           "\tMrs Kay Bell"]


def test_a_bar_standing_apart_is_a_table_rule_not_an_initial():
    words = tesseract_tsv_words(_tsv([("Cllr", 100, 50, 48, 20, 90.0), ("|", 400, 50, 6, 20, 90.0),
                                      ("Moss", 700, 50, 48, 20, 90.0)]))
    assert [w["text"] for w in words] == ["Cllr", "Moss"]  # the rule is dropped, the initial kept above


def test_minute_reference_column_before_the_apologies_item():
    ext = extract_document(_pdf([
        {"type": "text", "text": "Minutes of the Trust Board meeting held on 2 May 2012"},
        {"type": "table", "widths": [30, 50, 90], "rows": [
            ["Present:", "Ruth Okafor", "Chair"], ["", "Dennis Fairley", "Chief Executive"]]},
        {"type": "table", "widths": [30, 140], "rows": [
            ["NVT/12/40", "Apologies for Absence"],
            ["", "Tomas Weir, Director of Finance; Hilda Grange, Non-executive Director and Sam Pryce, "
                 "Chair of the Northvale Locality Forum."],
            ["NVT/12/41", "Declarations of Interest"], ["", "None were declared."]]},
    ]), filename="minutes.pdf")
    got = {a.person: a.status for a in ext.attendance}
    assert got == {"Ruth Okafor": "present", "Dennis Fairley": "present", "Tomas Weir": "apologies",
                   "Hilda Grange": "apologies", "Sam Pryce": "apologies"}


def test_justified_label_cell_keeps_its_words_together():
    # "Officers in" justified across a narrow label cell, "attendance:" on the line below; the name column
    # starts one space after "in"
    def word(t, x0, top):
        return {"text": t, "x0": x0, "x1": x0 + 5.2 * len(t), "top": top, "bottom": top + 10}

    words = [word("Members:", 50, 100), word("Ann", 180, 100), word("Lee", 202, 100),
             word("Bob", 180, 117), word("Cole", 202, 117), word("Tim", 180, 134), word("Pike", 202, 134),
             word("Officers", 50, 151), word("in", 165, 151), word("Sam", 180, 151), word("Hill", 202, 151),
             word("attendance:", 50, 165), word("Jo", 180, 182), word("Dunn", 196, 182)]
    lines = words_to_lines(words, 600)
    assert lines[3:] == ["Officers in\tSam Hill", "attendance:", "\tJo Dunn"]
    got = {p: r.status for p, r in parse("\n".join(lines)).items()}
    assert got == {"Ann Lee": "present", "Bob Cole": "present", "Tim Pike": "present",
                   "Sam Hill": "in_attendance", "Jo Dunn": "in_attendance"}


def test_semicolon_list_wrapped_inside_a_body_name():
    text = ("Present:\nCllr Ann Lee, Leader of Council (Chair); Bob Cole, Chief Executive, Northvale Council;\n"
            "Tim Pike, Area Manager, Westdale, Jobs Agency; Kay Moss, Unit Manager (North and East), Northvale\n"
            "Wildlife Trust; Sam Hill, Head of Learning, Northvale College.\n1. Welcome\n")
    got = parse(text)
    assert set(got) == {"Ann Lee", "Bob Cole", "Tim Pike", "Kay Moss", "Sam Hill"}
    assert got["Bob Cole"].organisation == "Northvale Council"


def test_name_role_place_lines_are_one_person_each():
    text = ("In Attendance:\tJo Dunn, Chief Officer, NHC\n\tTim Pike, Office Manager, NHC\n"
            "\tMr Sam Hill, Local General Manager, North Westdale\n\tMr Bob Cole, Director of Planning\n"
            "Two members of the public were present.\n")
    got = parse(text)
    assert set(got) == {"Jo Dunn", "Tim Pike", "Sam Hill", "Bob Cole"}
    assert all(r.status == "in_attendance" for r in got.values())


def test_ward_councillor_seat_wrapped_in_its_cell_is_no_person():
    text = ("Attendees\nBoard Members\tCllr Ann Lee\tCabinet Member for Transport, Millbrook North\n"
            "\t\tWard Councillor, Independent\n\tCllr Bob Cole\tEastfield Ward Councillor, Labour Group Leader\n"
            "Board Advisors\tTim Pike\tNorthvale Rivers Agency\n"
            "Apologies\tCllr Kay Moss\tAbbeygate Ward Councillor\n\nAgenda\n")
    got = parse(text)
    assert {p: r.status for p, r in got.items()} == {"Ann Lee": "present", "Bob Cole": "present",
                                                     "Tim Pike": "present", "Kay Moss": "apologies"}
    assert got["Tim Pike"].organisation == "Northvale Rivers Agency"


def test_register_blank_cell_keeps_the_next_value_in_its_own_meeting_column():
    # one column per meeting; the minutes are of 9 March: a blank under 12 January must not slide Bob Cole's
    # "A" for 9 March into January's column
    ext = extract_document(_pdf([
        {"type": "text", "text": "Northvale Health and Wellbeing Board\nMinutes of the meeting held on 9 March 2021"},
        {"type": "text", "text": "Attendance register"},
        {"type": "table", "widths": [45, 50, 22, 22, 22], "border": True, "rows": [
            ["Name", "Role", "12/01/21", "09/03/21", "11/05/21"],
            ["Cllr Ann Lee", "Chair", "A", "Y", ""],
            ["Bob Cole", "Director of Public Health", "", "A", ""],
            ["Tim Pike", "Healthwatch Chair", "Y", "", ""],
            ["Kay Moss", "Chief Officer", "Y", "Y", ""]]},
        {"type": "text", "text": "1. Welcome\nThe Chair welcomed members."}]), filename="minutes.pdf")
    assert "Bob Cole\tDirector of Public Health\t\tA" in ext.pages[0].text.split("\n")
    assert {a.person: a.status for a in ext.attendance} == {"Ann Lee": "present", "Bob Cole": "apologies",
                                                            "Kay Moss": "present"}


def test_a_colon_spaced_off_its_label_does_not_start_a_cell():
    # a scan's "In Attendance :" whose colon happens to sit where three cells of another column start
    def word(t, x0, top):
        return {"text": t, "x0": x0, "x1": x0 + 12 * len(t), "top": top, "bottom": top + 20}

    words = [word("Present:", 100, 100), word("Board", 290, 100), word("Members:", 356, 100), word("Ann", 600, 100),
             word("Lee", 650, 100), word("Co-opted", 290, 140), word("Members:", 400, 140), word("Bob", 600, 140),
             word("Cole", 650, 140), word("Lay", 290, 180), word("Members:", 340, 180), word("Tim", 600, 180),
             word("Pike", 650, 180), word("In", 100, 220), word("Attendance", 130, 220), word(":", 285, 220),
             word("Sam", 600, 220), word("Hill", 650, 220)]
    assert words_to_lines(words, 1600)[3] == "In Attendance :\tSam Hill"
