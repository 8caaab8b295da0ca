"""Members set out with no heading as a grid of "Name (Body)" cells, three or so to a row, between a meeting's
title lines and the first heading ("Apologies:") or item; PDF-to-text may lose the gap between two cells.

Every name and body here is invented; the shape is that of a regional safeguarding board's text-PDF minutes
(modelled on a London Safeguarding Children Board minute, 2007: http://www.docsford.com/document/4323906)."""
from .test_attendance import by_person, parse

TITLE = ("Northvale Board meeting\nMeeting Title: Northvale Safeguarding Board Meeting\nDate: 25 July 2031\n"
         "Location: Civic Centre\nChaired by: Ada Venn (Northvale Council)\n")


def test_grid_of_name_body_cells_is_present_and_the_block_after_it_ends_at_a_section_title():
    text = TITLE + (
        "Ada Venn (Northvale Council) Bram Tully (Met Police)\tCora Lamb (Northvale Probation)\n"
        "Dev Orme (Youth Justice Board)\tEli Fenn (NSPCC)\tGil Park (Northvale PCT)\n"
        "Hana Roe (Northvale Board)\tIvo Marsh (Eastern Councils)\n"
        "Apologies:\n"
        "Jon Kell (GOL)\tKit Lowe (Barnwell LSCB)\tLyn Moss (Met Police)\n"
        "Mo Nash (CAFCASS)\tNia Ould (Met Police)\n"
        "Points of discussion\n"
        "1) Introductions and apologies\n"
        "The Board noted the apologies.\n")
    recs = by_person(parse(text))
    present = {"Ada Venn", "Bram Tully", "Cora Lamb", "Dev Orme", "Eli Fenn", "Gil Park", "Hana Roe", "Ivo Marsh"}
    apologies = {"Jon Kell", "Kit Lowe", "Lyn Moss", "Mo Nash", "Nia Ould"}
    assert set(recs) == present | apologies
    assert all(recs[p].status == "present" for p in present)
    assert all(recs[p].status == "apologies" for p in apologies)
    assert recs["Bram Tully"].organisation == "Met Police"
    assert recs["Eli Fenn"].organisation == "NSPCC"
    assert recs["Cora Lamb"].organisation == "Northvale Probation"
    assert recs["Hana Roe"].organisation == "Northvale Board"
    assert recs["Ivo Marsh"].organisation == "Eastern Councils" and recs["Ivo Marsh"].role is None
    # the last row's second cell is not run into the section title after it
    assert recs["Nia Ould"].organisation == "Met Police" and recs["Nia Ould"].role is None


def test_one_row_or_few_people_or_a_cell_that_is_no_person_make_no_grid():
    one_row = TITLE + "Ada Venn (Northvale Council)\tBram Tully (Met Police)\tCora Lamb (NSPCC)\n1) Welcome\n"
    assert parse(one_row) == []
    few = TITLE + "Ada Venn (Northvale Council)\tBram Tully (Met Police)\nCora Lamb (NSPCC)\tDev Orme (GOL)\n1) Welcome\n"
    assert parse(few) == []
    not_people = TITLE + ("Ada Venn (Northvale Council)\tBram Tully (Met Police)\tCora Lamb (NSPCC)\n"
                          "Budget (2031/32)\tDev Orme (GOL)\tEli Fenn (NSPCC)\n1) Welcome\n")
    assert parse(not_people) == []
