"""Attendance shapes of council democracy platform pages (wave 13, December 2026).

Every name here is invented; only the layouts are those of the real minutes: a plural title's list of surnames
with initialled names among them and an initialled pair at its end ("Councillors Abel, C Dorn, E Fenn and Gale",
"…, B. Hart and J. Hart")."""
from .test_attendance import by_person, parse
from .test_attendance_wave10 import _statuses


def test_initialled_names_in_a_plural_titles_surname_list_keep_the_title():
    text = ("1. Apologies for Absence\n"
            "Apologies for absence had been received from Councillors Abel, Crane, C Dorn, E Fenn, H Ivers and Gale.\n\n"
            "2. Declarations of Interest\nNone were made.\n")
    assert _statuses(text) == {"Abel": "apologies", "Crane": "apologies", "C Dorn": "apologies",
                               "E Fenn": "apologies", "H Ivers": "apologies", "Gale": "apologies"}
    assert all(r.organisation is None for r in parse(text))


def test_an_initialled_pair_at_a_lists_end_is_two_people_not_a_firm():
    text = ("1. Apologies\n"
            "Apologies were received from Councillors Abel, Crane, B. Hart and J. Hart.\n\n"
            "2. Minutes\nThe minutes were approved.\n")
    recs = by_person(parse(text))
    assert set(recs) == {"Abel", "Crane", "B. Hart", "J. Hart"}
    assert recs["Crane"].organisation is None


def test_a_firm_named_by_two_surnames_stays_a_body():
    text = ("In Attendance:\nRita Vale, Moore and Pellow\nTom Ash, Chief Executive\n\n"
            "1. Welcome\nThe Chair opened the meeting.\n")
    recs = by_person(parse(text))
    assert recs["Rita Vale"].organisation == "Moore and Pellow"
