"""extract_document loads the shipped gazetteer only when attendance first looks a body up (branch extractspeed)."""
from __future__ import annotations

from boardpapers.extractors import extract_document
from boardpapers.extractors.attendance import parse_attendance
from boardpapers.extractors.organisations import Gazetteer

from .conftest import _new_pdf


def _pdf(lines: list[str]) -> bytes:
    pdf = _new_pdf()
    pdf.add_page()
    pdf.set_xy(10, 20)
    for line in lines:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_a_report_with_no_attendance_does_not_load_the_gazetteer():
    Gazetteer.default.cache_clear()
    extraction = extract_document(_pdf(["Better Care Fund quarterly report", "The plan is on track this quarter."]),
                                  filename="report.pdf")
    assert extraction.attendance == []
    assert Gazetteer.default.cache_info().currsize == 0


def test_attendance_links_bodies_as_with_the_loaded_gazetteer():
    Gazetteer.default.cache_clear()
    data = _pdf(["Minutes of the Health and Wellbeing Board, 18 April 2019",
                 "Present: Cllr Jane Hollis (Cumbria County Council), Dr Amir Patel (NHS England)",
                 "Apologies: Ms Ruth Oduya (Healthwatch Cumbria)"])
    extraction = extract_document(data, filename="minutes.pdf")
    expected = parse_attendance(extraction.pages, Gazetteer.default())
    assert [r.to_dict() for r in extraction.attendance] == [r.to_dict() for r in expected]
    assert [(r.name, r.status) for r in extraction.attendance] == [
        ("Cllr Jane Hollis", "present"), ("Dr Amir Patel", "present"), ("Ms Ruth Oduya", "apologies")]
    council = next(r for r in extraction.attendance if r.name == "Cllr Jane Hollis")
    assert council.organisation_id == Gazetteer.default().match("Cumbria County Council").id
