"""A council or NHS board named after a councillor or officer is their organisation, never a second person
(issue 12, shape 5: "Cllr A Jones, Cyngor Gwynedd"). The Welsh and Scottish councils and boards are in the
gazetteer (real bodies' names are facts); every person here is invented."""
from boardpapers.extractors.organisations import Gazetteer

from .attendance_shapes import people as _people


def people(text):
    return _people(text, "status", "role", "organisation", "organisation_name")


def test_welsh_council_names_in_either_language_after_a_councillor():
    text = ("Present:\nCllr Alys Rhun, Cyngor Gwynedd\nCllr Bryn Ellis, Cyngor Sir Ynys Môn\n"
            "Cllr Cai Price, Conwy County Borough Council\nAlun Hywel, Betsi Cadwaladr University Health Board\n")
    assert people(text) == {
        "Alys Rhun": ("present", None, "Cyngor Gwynedd", "Gwynedd Council"),
        "Bryn Ellis": ("present", None, "Cyngor Sir Ynys Môn", "Isle of Anglesey County Council"),
        "Cai Price": ("present", None, "Conwy County Borough Council", "Conwy County Borough Council"),
        "Alun Hywel": ("present", None, "Betsi Cadwaladr University Health Board",
                       "Betsi Cadwaladr University Health Board"),
    }


def test_council_in_an_apology_sentence_list():
    text = "Apologies were received from Cllr Alys Rhun, Cyngor Gwynedd, and Cllr Bryn Ellis, Fife Council.\n"
    assert people(text) == {"Alys Rhun": ("apologies", None, "Cyngor Gwynedd", "Gwynedd Council"),
                            "Bryn Ellis": ("apologies", None, "Fife Council", "Fife Council")}


def test_gazetteer_holds_welsh_and_scottish_bodies_by_their_other_names():
    gaz = Gazetteer.default()
    assert gaz.match("Cyngor Sir Ddinbych").name == "Denbighshire County Council"
    assert gaz.match("Wrexham Council").name == "Wrexham County Borough Council"
    assert gaz.match("Glasgow City Council").name == "Glasgow City Council"
    assert gaz.match("NHS Ayrshire & Arran").name == "NHS Ayrshire and Arran"
    assert gaz.match("Aneurin Bevan Local Health Board").name == "Aneurin Bevan University Health Board"
    assert gaz.match("NHS Fife").type == "health_board"


def test_a_nominating_body_or_a_post_not_yet_held_is_no_organisation():
    text = ("Present:\nLyn Short\tNominated by Fife Council (Elected Member)\n"
            "Others in attendance:\nKira Wynne\tpreferred candidate for the role of Chair of Powys Teaching Health "
            "Board\n")
    got = people(text)
    assert got["Lyn Short"][2] is None and got["Kira Wynne"][2] is None


def test_a_fuzzy_match_never_starts_on_a_lower_case_word():
    found = Gazetteer.default().find_in("Nominated by Dundee City Council")
    assert [(f.matched_text, f.name) for f in found] == [("Dundee City Council", "Dundee City Council")]


def test_a_known_body_run_into_the_next_witness_name():
    # a table cell's paragraphs joined by a space: "Name, Body Name, Body" (modelled on a Senedd committee's
    # concise minutes, evaluation/real/attendance/senedd-papac-2022)
    text = ("Attendance\nCategory\tNames\nWitnesses:\tSian Ellis, Hywel Dda University Health Board Tomos Rees, "
            "Hywel Dda University Health Board\nCommittee Staff:\tFay Bryn (Clerk)\n1 Introductions\n")
    assert people(text) == {
        "Sian Ellis": ("in_attendance", None, "Hywel Dda University Health Board", "Hywel Dda University Health Board"),
        "Tomos Rees": ("in_attendance", None, "Hywel Dda University Health Board", "Hywel Dda University Health Board"),
        "Fay Bryn": ("in_attendance", "Clerk", None, None)}
