"""Every CSV export (search, people, decisions, attendance trends, the board × organisation matrix) goes through
one writer, and none of them lets text from a published page run as a spreadsheet formula."""
from __future__ import annotations

import csv
import datetime as dt
import io

from boardpapers.csv_export import csv_cell, rows_to_csv
from boardpapers.models import DecisionHit, TrendRow
from boardpapers.search.decisions import decisions_to_csv
from boardpapers.search.trends import CSV_COLUMNS, MATRIX_CSV_COLUMNS, matrix_to_csv, trend_rows_to_csv

HOSTILE = '=HYPERLINK("http://127.0.0.1/x","click")'


def parse(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_cells():
    assert csv_cell(None) == ""
    assert csv_cell(["m1", "m2"]) == "m1 m2"
    assert csv_cell(0.5) == 0.5 and csv_cell(-3) == -3  # numbers are numbers, even negative ones
    for text in (HOSTILE, "+44 1234", "-1+1", "@SUM(A1)", "\tx", "\rx"):
        assert csv_cell(text) == "'" + text
    assert csv_cell("NHS Leeds = partner") == "NHS Leeds = partner"
    assert csv_cell(["=cmd"]) == "'=cmd"


def test_rows_keep_column_order_and_fill_missing_keys():
    text = rows_to_csv([{"b": 2, "a": "x"}, {"a": None}], ("a", "b"))
    assert text == "a,b\nx,2\n,\n"


def test_decisions_csv_guards_formulas():
    hit = DecisionHit(text=HOSTILE, kind="approved", item="5", item_title="@Plan", body="b1",
                      meeting_date=dt.date(2024, 3, 1), document_id="d1", page=2, url="http://127.0.0.1/p.pdf")
    (row,) = parse(decisions_to_csv([hit]))
    assert row["text"] == "'" + HOSTILE and row["item_title"] == "'@Plan"
    assert row["meeting_date"] == "2024-03-01" and row["page"] == "2" and row["archive_url"] == ""


def test_trend_csv_guards_formulas_and_keeps_every_column():
    rows = [TrendRow(period="2024", organisation=HOSTILE, present=3, meetings=2, meetings_attended=1,
                     attendance_rate=0.5, meeting_ids=["m1", "m2"], attended_meeting_ids=["m1"])]
    text = trend_rows_to_csv(rows)
    assert text.splitlines()[0] == ",".join(CSV_COLUMNS)
    (row,) = parse(text)
    assert row["organisation"] == "'" + HOSTILE
    assert row["meeting_ids"] == "m1 m2" and row["attended_meeting_ids"] == "m1"
    assert row["attendance_rate"] == "0.5" and row["present"] == "3" and row["expected"] == "0"


def test_matrix_csv_guards_formulas():
    cell = {"board": "b1", "board_name": "Board", "period": "2024", "organisation": "-Org", "organisation_id": None,
            "meetings_attended": 1, "meetings_recorded": 2, "meetings_held": 2, "not_recorded": 0, "share": 0.5,
            "attended_meeting_ids": ["m1"], "recorded_meeting_ids": ["m1", "m2"]}
    text = matrix_to_csv([cell])
    assert text.splitlines()[0] == ",".join(MATRIX_CSV_COLUMNS)
    (row,) = parse(text)
    assert row["organisation"] == "'-Org" and row["organisation_id"] == ""
    assert row["recorded_meeting_ids"] == "m1 m2"
