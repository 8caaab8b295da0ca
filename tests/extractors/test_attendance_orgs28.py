"""Organisation shapes swept in session 28 from development misses. Every name here is invented; only the layouts
are those of the real minutes: a status | name | post | initials table whose post cell wraps onto a line of its
own under the post column ("…Clinical Commissioning" / "Group Partnership Member"), an "… Executive Group" in
the body column, two bodies joined by a slash in a bracket, a scan's speck read as a quote before a group
heading's acronym ('"NHS Eastmere CCG Present'), and the body before "– C is sub" in an apology's bracket."""
from boardpapers.extractors.attendance.records import _two_bodies
from boardpapers.extractors.attendance.shape import _wrapped_cell_line
from boardpapers.extractors.ocr import tesseract_tsv_words

from .test_attendance import by_person, parse
from .test_attendance_attnpdf import _tsv as _attnpdf_tsv


def _table(wrapped_under: str) -> str:
    return ("Partnership Board Meeting\n"
            "PRESENT\tEdna Pollard\tResident Partnership Chair\tEP\n"
            "\tRavi Soames\tNorthvale Borough Council Partnership Member\tRS\n"
            "APOLOGIES\tNell Ashby\tNorthvale and Eastmere Clinical Commissioning\tNA\n"
            f"{wrapped_under}Group Partnership Member\n"
            "\tDot Pryor\tResident Partnership Member\tDP\n"
            "\n"
            "WELCOME\n"
            "The meeting began at 7pm.\n")


def test_post_cell_wrapped_under_its_column_goes_on_in_that_cell():
    recs = by_person(parse(_table("\t\t")))
    assert {k: r.status for k, r in recs.items()} == {
        "Edna Pollard": "present", "Ravi Soames": "present", "Nell Ashby": "apologies", "Dot Pryor": "apologies"}
    assert recs["Nell Ashby"].organisation == "Northvale and Eastmere Clinical Commissioning Group"
    assert recs["Nell Ashby"].role == "Partnership Member"


def test_only_a_lone_text_under_a_filled_later_cell_is_a_wrapped_cell():
    row = "\tNell Ashby\tNorthvale Clinical Commissioning\tNA"
    assert _wrapped_cell_line(row, "\t\tGroup Partnership Member") is True
    assert _wrapped_cell_line(row, "\tCo-opted Members") is False  # the name column: a group's label
    assert _wrapped_cell_line(row, "\t\tVoting Members:") is False  # a label ends on its colon
    assert _wrapped_cell_line("\tNell Ashby\t\tNA", "\t\tGroup Partnership Member") is False  # no cell to go on


def test_an_executive_group_in_the_body_column_is_the_body():
    text = ("Public Services Board\n"
            "Present:\tCllr Edna Pollard\tNorthvale County Council\n"
            "\tRavi Soames\tNorthvale Fire and Rescue Service\n"
            "In attendance:\tNell Ashby\tHousing, Care & Wellbeing Executive Group\n"
            "\n"
            "1. Welcome\n"
            "The Chair welcomed everyone.\n")
    recs = by_person(parse(text))
    assert recs["Nell Ashby"].status == "in_attendance"
    assert recs["Nell Ashby"].organisation == "Housing, Care & Wellbeing Executive Group"
    assert recs["Nell Ashby"].role is None


def test_an_executive_of_a_body_is_still_a_post():
    recs = by_person(parse("Present:\nRavi Soames, Chief Executive, Northvale Leisure Trust\n"
                           "Nell Ashby, Executive Director of Nursing, Northvale Health Board\n\n1. Welcome\n"))
    assert (recs["Ravi Soames"].role, recs["Ravi Soames"].organisation) == ("Chief Executive", "Northvale Leisure Trust")
    assert (recs["Nell Ashby"].role, recs["Nell Ashby"].organisation) == (
        "Executive Director of Nursing", "Northvale Health Board")


def _tsv(words: list[tuple[str, int, int]]) -> str:
    return _attnpdf_tsv([(t, x, y, 12 * len(t), 30, 90) for t, x, y in words])


def test_a_speck_read_as_a_quote_before_an_acronym_is_dropped():
    # a scanned group heading: '"NHS Eastmere CCG Present' is the heading, not a quotation
    words = tesseract_tsv_words(_tsv([('"NHS', 100, 200), ("Eastmere", 160, 200), ("CCG", 280, 200)]))
    assert [w["text"] for w in words] == ["NHS", "Eastmere", "CCG"]
    assert words[0]["x0"] == 100 + 48 / 4


def test_a_quote_closed_on_its_acronym_stays():
    words = tesseract_tsv_words(_tsv([('"NHS"', 100, 200), ("badge", 172, 200)]))
    assert [w["text"] for w in words] == ['"NHS"', "badge"]


def test_two_bodies_joined_by_a_slash_in_a_bracket_are_the_organisation():
    recs = by_person(parse("Apologies for absence were received from Ravi Soames (Northvale Hospice / NHSE Midlands)"
                           " and Nell Ashby (Director of Public Health / NHSE Midlands).\n"))
    assert recs["Ravi Soames"].organisation == "Northvale Hospice / NHSE Midlands"
    assert recs["Ravi Soames"].role is None
    assert recs["Nell Ashby"].organisation is None  # a post before the slash makes no second body


def test_only_a_body_before_the_slash_makes_two_bodies():
    assert _two_bodies("Northvale Hospice / NHSE Midlands", "Northvale Hospice") is True
    assert _two_bodies("Director of Public Health / NHSE Midlands", "Director of Public Health") is False
    assert _two_bodies("Northvale Hospice, NHSE Midlands", "Northvale Hospice") is False  # a comma: a body's place


def test_a_body_before_who_is_sub_in_a_bracket_is_the_absent_members():
    recs = by_person(parse("Apologies for absence were received from: Ravi Soames (NVBC – Dot Pryor is sub), "
                           "Nell Ashby (Northvale Borough Council - Kay Orton was the substitute), "
                           "Edna Pollard (Dot Pryor is sub).\n"))
    assert recs["Ravi Soames"].organisation == "NVBC"
    assert recs["Nell Ashby"].organisation == "Northvale Borough Council"
    assert recs["Edna Pollard"].organisation is None
    assert recs["Ravi Soames"].status == recs["Nell Ashby"].status == recs["Edna Pollard"].status == "apologies"
