"""Attendance tables and name grids in text PDFs, read by word positions: invented layouts (fpdf2) that vary the
column widths, fonts, header rows and rules, with cells that wrap, grids of two and three columns and registers
with one column per meeting. Each asserts every record exactly."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from fpdf import FPDF

from boardpapers.extractors import extract_document
from boardpapers.extractors.attendance.shape import _continue_cells
from boardpapers.extractors.attendance.tables import _date_run_cells

TITLE = "Minutes of the Health and Wellbeing Board held on 14 March 2024 at 2.00 pm"
CLOSING = "1. Welcome and introductions\nThe Chair welcomed everyone to the meeting and the Board noted the report."
PEOPLE = [("Cllr Anne Porter", "Chair", "Kent County Council"),
          ("Dr Rajesh Malhotra", "Clinical Lead", "NHS Kent and Medway ICB"),
          ("Susan Greaves", "Director of Public Health", "Kent County Council"),
          ("Mark Oduya", "Chief Executive", "Healthwatch Kent"),
          ("Helen Marsh", "Director of Adult Social Care", "Kent County Council"),
          ("Prof Peter Lindqvist", "Non-Executive Director", "Maidstone and Tunbridge Wells NHS Trust")]
PERSONS = ["Anne Porter", "Rajesh Malhotra", "Susan Greaves", "Mark Oduya", "Helen Marsh", "Peter Lindqvist"]
MARKED = ("Y", "A")


def _pdf(items: list[tuple], font: str = "Helvetica", size: float = 10, scan: bool = False) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_margins(18, 15, 18)
    pdf.add_page()
    line_h = size * 0.5
    for kind, *args in items:
        if kind == "text":
            pdf.set_font(font, "B" if args[1:] and args[1] else "", size)
            pdf.multi_cell(0, line_h, args[0], new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            widths, rows, border, header = args
            for r, row in enumerate(rows):
                pdf.set_font(font, "B" if header and r == 0 else "", size)
                x, y = pdf.l_margin, pdf.get_y()
                h = max(len(pdf.multi_cell(w - 2, line_h, c, dry_run=True, output="LINES")) if c else 1
                        for w, c in zip(widths, row)) * line_h + 1.5
                if y + h > pdf.h - pdf.b_margin:
                    pdf.add_page()
                    y = pdf.get_y()
                for w, c in zip(widths, row):
                    pdf.set_xy(x + 1, y + 0.5)
                    # a register's marks sit in the middle of their narrow columns
                    pdf.multi_cell(w - 2, line_h, c, align="C" if c in MARKED else "L")
                    if border:
                        pdf.rect(x, y, w, h)
                    x += w
                pdf.set_xy(pdf.l_margin, y + h)
        elif kind == "grid":  # names flowed down n columns, or across them row by row
            n, names, down = args
            pdf.set_font(font, "", size)
            per = -(-len(names) // n)
            col_w = (pdf.w - pdf.l_margin - pdf.r_margin) / n
            y = pdf.get_y()
            for k, name in enumerate(names):
                col, row = (k // per, k % per) if down else (k % n, k // n)
                pdf.set_xy(pdf.l_margin + col * col_w, y + row * (line_h + 1))
                pdf.cell(col_w - 4, line_h, name)
            pdf.set_xy(pdf.l_margin, y + per * (line_h + 1) + 2)
    data = bytes(pdf.output())
    if not scan:
        return data
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "evaluation" / "real"))
    from pdfcase import _scanned  # the page as a 200 dpi greyscale image with specks

    return _scanned(data, [True] * pdf.page)


def _records(items, **kw):
    ext = extract_document(_pdf(items, **kw), filename="minutes.pdf")
    return [(a.person, a.status, a.role, a.organisation) for a in ext.attendance]


NRO_HEADER = [["Name", "Role", "Organisation"]]
ALL_PRESENT = [(p, "present", r, o) for p, (_, r, o) in zip(PERSONS, PEOPLE)]


@pytest.mark.parametrize("widths, font, size, border, header", [
    ([35, 40, 50], "Helvetica", 10, True, True),  # narrow: roles and bodies wrap inside their cells
    ([35, 40, 50], "Helvetica", 10, False, True),
    ([40, 45, 89], "Times", 12, True, False),
    ([45, 50, 79], "Courier", 9, False, True),
])
def test_name_role_organisation_table_whose_cells_wrap(widths, font, size, border, header):
    rows = (NRO_HEADER if header else []) + [list(p) for p in PEOPLE]
    items = [("text", TITLE, True), ("text", "Present:", True), ("table", widths, rows, border, header),
             ("text", CLOSING)]
    assert _records(items, font=font, size=size) == ALL_PRESENT


def test_a_wrapped_cell_is_written_in_its_own_column():
    rows = NRO_HEADER + [list(p) for p in PEOPLE]
    ext = extract_document(_pdf([("text", TITLE, True), ("text", "Present:", True),
                                 ("table", [35, 40, 50], rows, True, True), ("text", CLOSING)]), filename="m.pdf")
    lines = ext.pages[0].text.split("\n")
    # the role wrapped alone stays in the second column; a row wrapped in both its last cells keeps both
    assert "Helen Marsh\tDirector of Adult Social\tKent County Council" in lines and "\tCare" in lines
    assert "\tDirector\tWells NHS Trust" in lines


def test_organisation_wrapped_alone_goes_to_the_third_column():
    rows = [["Ann Lee", "Chair", "Northvale and Southmere Community Health Partnership Trust"],
            ["Bob Cole", "Director of Finance", "Kent County Council"]]
    ext = extract_document(_pdf([("text", TITLE, True), ("text", "Present:", True),
                                 ("table", [40, 45, 50], rows, False, False), ("text", CLOSING)]), filename="m.pdf")
    lines = ext.pages[0].text.split("\n")
    assert lines[2:5] == ["Ann Lee\tChair\tNorthvale and Southmere", "\t\tCommunity Health", "\t\tPartnership Trust"]
    assert [(a.person, a.role, a.organisation) for a in ext.attendance] == [
        ("Ann Lee", "Chair", "Northvale and Southmere Community Health Partnership Trust"),
        ("Bob Cole", "Director of Finance", "Kent County Council")]


NAMES = [p for p, _, _ in PEOPLE] + ["Cllr Tom Baines", "Ms Lucy Harding"]
NAME_PERSONS = PERSONS + ["Tom Baines", "Lucy Harding"]


@pytest.mark.parametrize("columns, down, count", [(2, True, 8), (3, True, 8), (3, False, 8), (2, False, 8),
                                                  (3, True, 7), (3, False, 7), (2, True, 5)])
def test_name_grid_whose_last_column_is_short(columns, down, count):
    items = [("text", TITLE, True), ("text", "Present:", True), ("grid", columns, NAMES[:count], down),
             ("text", CLOSING)]
    assert sorted(_records(items)) == sorted((p, "present", None, None) for p in NAME_PERSONS[:count])


REGISTER = [["Name", "Role", "11 Jan 2024", "14 Mar 2024", "9 May 2024"]] + [
    [n, r, "Y", mark, "Y"] for (n, r, _), mark in zip(PEOPLE, ["Y", "A", "Y", "Y", "A", "Y"])]


@pytest.mark.parametrize("heading", [None, "Attendance", "Present:"])
@pytest.mark.parametrize("border", [True, False])
def test_register_read_in_the_meetings_column_under_dates_that_run_together(heading, border):
    items = [("text", TITLE, True)] + ([("text", heading, True)] if heading else []) + [
        ("table", [45, 45, 28, 28, 28], REGISTER, border, True), ("text", CLOSING)]
    statuses = ["present", "apologies", "present", "present", "apologies", "present"]
    assert _records(items) == [(p, s, r, None) for p, s, (_, r, _) in zip(PERSONS, statuses, PEOPLE)]


def test_register_whose_date_headers_wrap_onto_a_second_line():
    # "11 January" over "2024" in narrow columns: the header's wrapped line is written in its columns
    register = [["Name", "Role", "11 January 2024", "14 March 2024", "9 May 2024"]] + REGISTER[1:]
    items = [("text", TITLE, True), ("table", [45, 51, 26, 26, 26], register, True, True), ("text", CLOSING)]
    statuses = ["present", "apologies", "present", "present", "apologies", "present"]
    assert _records(items) == [(p, s, r, None) for p, s, (_, r, _) in zip(PERSONS, statuses, PEOPLE)]


def test_header_cells_that_are_runs_of_meeting_dates():
    assert _date_run_cells("Role 11 Jan 2024 14 Mar 2024 9 May 2024") == ["Role", "11 Jan 2024", "14 Mar 2024",
                                                                          "9 May 2024"]
    assert _date_run_cells("02/02/16 01/03/16 05/04/16") == ["02/02/16", "01/03/16", "05/04/16"]
    assert _date_run_cells("3rd March 4th May") == ["3rd March", "4th May"]
    # one date, or none, is a cell as it is
    assert _date_run_cells("Member March 2024") == ["Member March 2024"]
    assert _date_run_cells("Director of Public Health") == ["Director of Public Health"]


def test_heading_in_the_first_column_of_a_table():
    rows = [["Present:", PEOPLE[0][0], f"{PEOPLE[0][1]}, {PEOPLE[0][2]}"]] + [
        ["", n, f"{r}, {o}"] for n, r, o in PEOPLE[1:4]] + [
        ["Apologies:", PEOPLE[4][0], f"{PEOPLE[4][1]}, {PEOPLE[4][2]}"],
        ["", PEOPLE[5][0], f"{PEOPLE[5][1]}, {PEOPLE[5][2]}"]]
    for border in (False, True):
        assert _records([("text", TITLE, True), ("table", [30, 45, 99], rows, border, False),
                         ("text", CLOSING)]) == ALL_PRESENT[:4] + [
            (p, "apologies", r, o) for p, _, r, o in ALL_PRESENT[4:]]


def test_table_running_over_a_page_break():
    more = [("Cllr Ian Dale", "Ian Dale"), ("Cllr Joy Evans", "Joy Evans"), ("Cllr Ken Fox", "Ken Fox")]
    rows = NRO_HEADER + [list(p) for p in PEOPLE] + [[n, "Member", "Kent County Council"] for n, _ in more]
    filler = [("text", "The Board received the quarterly report on the plan and discussed it at length. " * 5)] * 10
    items = [("text", TITLE, True)] + filler + [("text", "Present:", True), ("table", [40, 60, 74], rows, True, True),
                                                ("text", CLOSING)]
    ext = extract_document(_pdf(items), filename="minutes.pdf")
    assert len(ext.pages) == 2
    assert [(a.person, a.status, a.role, a.organisation) for a in ext.attendance] == ALL_PRESENT + [
        (p, "present", "Member", "Kent County Council") for _, p in more]


def test_body_cell_spanning_the_rows_under_it():
    rows = [["Organisation", "Name", "Role"]]
    last = None
    for name, role, body in sorted(PEOPLE, key=lambda p: p[2]):
        rows.append(["" if body == last else body, name, role])
        last = body
    for border in (False, True):
        got = _records([("text", TITLE, True), ("text", "Present:", True), ("table", [70, 50, 54], rows, border, True),
                        ("text", CLOSING)])
        assert sorted(got) == sorted(ALL_PRESENT)


@pytest.mark.parametrize("items", [
    [("text", "Present:", True), ("table", [35, 40, 50], NRO_HEADER + [list(p) for p in PEOPLE], True, True)],
    [("text", "Present:", True), ("table", [40, 60, 74], [list(p) for p in PEOPLE], False, False)],
])
def test_scanned_name_role_organisation_table(items):
    # the page is an image: OCR word boxes go through the same layout reader (table rules read as bars dropped)
    assert _records([("text", TITLE, True)] + items + [("text", CLOSING)], scan=True) == ALL_PRESENT


def test_scanned_three_column_name_grid():
    items = [("text", TITLE, True), ("text", "Present:", True), ("grid", 3, NAMES, True), ("text", CLOSING)]
    assert sorted(_records(items, scan=True)) == sorted((p, "present", None, None) for p in NAME_PERSONS)


def test_wrapped_cells_go_on_in_their_own_columns():
    assert _continue_cells("Ann Lee\tDirector of Public\tKent County Council", "Health", 1) == \
        "Ann Lee\tDirector of Public Health\tKent County Council"
    assert _continue_cells("Ann Lee\tNon-Executive\tNorthvale and", "Director\tSouthmere Trust", 1) == \
        "Ann Lee\tNon-Executive Director\tNorthvale and Southmere Trust"
    # a column the row left blank takes the wrapped piece as its own
    assert _continue_cells("Ann Lee\tChair", "\tNorthvale Trust", 1) == "Ann Lee\tChair\tNorthvale Trust"


@pytest.mark.parametrize("per_row, border", [(2, False), (3, True)])
def test_grid_of_cells_each_a_name_over_a_role(per_row, border):
    cells = [f"{n}\n{r}" for n, r, _ in PEOPLE]
    width = 174 / per_row
    items = [("text", TITLE, True), ("text", "Present:", True),
             ("table", [width] * per_row, [cells[k:k + per_row] for k in range(0, 6, per_row)], border, False),
             ("text", CLOSING)]
    assert sorted(_records(items)) == sorted((p, "present", r, None) for p, (_, r, _) in zip(PERSONS, PEOPLE))


def test_table_with_the_name_in_title_first_name_and_surname_columns():
    rows = [["Title", "First name", "Surname", "Role"]] + [
        n.split() + [r] for n, r, _ in PEOPLE if len(n.split()) == 3]
    items = [("text", TITLE, True), ("text", "Present:", True), ("table", [20, 40, 40, 74], rows, False, True),
             ("text", CLOSING)]
    assert _records(items) == [("Anne Porter", "present", "Chair", None),
                               ("Rajesh Malhotra", "present", "Clinical Lead", None),
                               ("Peter Lindqvist", "present", "Non-Executive Director", None)]


def test_table_with_a_header_row_straight_under_the_minutes_title():
    # no "Present" heading: the table that opens the minutes is who was there; its header row is no person
    rows = NRO_HEADER + [list(p) for p in PEOPLE]
    items = [("text", TITLE, True), ("table", [40, 60, 74], rows, True, True), ("text", CLOSING)]
    assert _records(items) == ALL_PRESENT
    # a header row over rows whose second cell holds no roles is still no attendance
    addresses = [["Name", "Address"]] + [[n, f"{k} Mill Lane"] for k, (n, _, _) in enumerate(PEOPLE, 1)]
    assert _records([("text", TITLE, True), ("table", [60, 114], addresses, False, True), ("text", CLOSING)]) == []


def test_body_rows_heading_the_people_under_them_even_when_a_name_wraps():
    rows = []
    for body in ("Kent County Council", "Healthwatch Kent", "Maidstone and Tunbridge Wells NHS Trust"):
        rows.append([body, ""])  # the body's row: its name alone (the last wraps in its 70 mm cell)
        rows += [[n, r] for n, r, o in PEOPLE if o == body]
    for border in (False, True):
        got = _records([("text", TITLE, True), ("text", "Present:", True), ("table", [70, 104], rows, border, False),
                        ("text", CLOSING)])
        assert sorted(got) == sorted(t for t in ALL_PRESENT if t[3] != "NHS Kent and Medway ICB")
