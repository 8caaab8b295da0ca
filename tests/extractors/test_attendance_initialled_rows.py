"""Members listed with no heading as name | role rows, each name followed by the person's initials in brackets
(minutes that later minute actions against initials), between the meeting's title lines and its first item.

Every name and body here is invented; the shape is that of a children's trust board's scanned minutes
(modelled on a Medway Children's Trust Board minute, 2009, as the OCR reads it: the column gap a TAB, a
role wrapped onto its own line, the initials of the first row under its name, a speck read as a quote mark;
http://www.docstoc.com/docs/26530893/Medway-Children-and-Young-Peoples-Strategic-Partnership)."""
from .test_attendance import by_person, parse

TITLE = "Northvale Children's Trust Board\nWednesday 14 May 2031 at 4.30pm, Civic Centre, Northvale\n"


def test_initialled_rows_with_no_heading_are_present():
    text = TITLE + (
        "Councillor Ada Venn\tPortfolio Holder Children's Services Northvale Council\n"
        "(AV) (Chairman)\n"
        "Bram Tully (BT)\tDirector of Commissioning, Northvale Health Partnership\n"
        "Cora Lamb (CL),\tDirector Children and Adults Services Northvale Council\n"
        "Vice Chair\n"
        "Dev Orme (DO)\tChief Superintendent, Northvale Police\n"
        "Eli Fenn (Ef)\tNorthvale Youth Forum, Young Person Representative\n"
        "\u201cGil Park (GP)\tTeam Manager, Northvale Youth Offending Team\n"
        "In attendance: Hana Roe (HR), Interim Head of Strategy, Northvale Council.\n"
        "1. Welcome and apologies\n"
        "The Chairman welcomed everyone to the meeting.\n")
    recs = by_person(parse(text))
    assert set(recs) == {"Ada Venn", "Bram Tully", "Cora Lamb", "Dev Orme", "Eli Fenn", "Gil Park", "Hana Roe"}
    assert all(recs[p].status == "present" for p in ("Ada Venn", "Bram Tully", "Cora Lamb", "Dev Orme", "Eli Fenn",
                                                     "Gil Park"))
    assert recs["Hana Roe"].status == "in_attendance"
    assert recs["Bram Tully"].role == "Director of Commissioning"
    assert recs["Bram Tully"].organisation == "Northvale Health Partnership"
    assert recs["Dev Orme"].organisation == "Northvale Police"
    # the body first, then the seat on it; initials whose second capital the OCR lost ("(Ef)")
    assert recs["Eli Fenn"].organisation == "Northvale Youth Forum"
    assert recs["Eli Fenn"].role == "Young Person Representative"
    assert recs["Gil Park"].organisation == "Northvale Youth Offending Team"  # the stray quote mark is no part


def test_a_post_then_a_body_shaped_like_a_name_is_one_person():
    text = TITLE + (
        "Ada Venn (AV)\tNon-Executive Northvale PCT\n"
        "Bram Tully (BT)\tDirector, Northvale Council\n"
        "Cora Lamb (CL)\tChief Executive, Northvale Council\n"
        "Dev Orme (DO)\tHead of Service, Northvale Council\n"
        "1. Apologies\n")
    recs = by_person(parse(text))
    assert set(recs) == {"Ada Venn", "Bram Tully", "Cora Lamb", "Dev Orme"}


def test_rows_without_initials_or_too_few_stay_unread():
    # a list of names and roles under no heading could be a circulation list or its authors: the initials
    # (or a heading) say these people attended, and four rows or more make the list
    text = TITLE + ("Ada Venn\tDirector, Northvale Council\n"
                    "Bram Tully\tChief Executive, Northvale Council\n"
                    "Cora Lamb\tHead of Service, Northvale Council\n"
                    "Dev Orme\tChief Superintendent, Northvale Police\n"
                    "1. Apologies\n")
    assert parse(text) == []
    text = TITLE + ("Ada Venn (AV)\tDirector, Northvale Council\n"
                    "Bram Tully (BT)\tChief Executive, Northvale Council\n"
                    "Cora Lamb (CL)\tHead of Service, Northvale Council\n"
                    "1. Apologies\n")
    assert parse(text) == []
    text = TITLE + ("Ada Venn (AV)\tDirector, Northvale Council\n"
                    "Bram Tully (BT)\tChief Executive, Northvale Council\n"
                    "Cora Lamb (NHS)\tHead of Service, Northvale Council\n"
                    "Dev Orme (CEO)\tChief Superintendent, Northvale Police\n"
                    "1. Apologies\n")
    assert parse(text) == []


def test_initialled_rows_after_the_first_item_are_not_a_list_of_attendees():
    text = TITLE + ("1. Actions from the last meeting\n"
                    "Ada Venn (AV)\tDirector, Northvale Council\n"
                    "Bram Tully (BT)\tChief Executive, Northvale Council\n"
                    "Cora Lamb (CL)\tHead of Service, Northvale Council\n"
                    "Dev Orme (DO)\tChief Superintendent, Northvale Police\n")
    assert parse(text) == []
