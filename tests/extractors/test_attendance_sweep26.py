"""Shapes of the development misses swept in session 26. Every name here is invented; only the layouts are those
of the real minutes: a role word as a surname after initials ("D Risk (Chairman)"), a "Min No<TAB>Minute" table
header, a bare minute number on the line after a list, a double-barrelled surname typed with a spaced en dash, and
a mistyped two-letter code after a name with the post and body beside it."""
from .test_attendance import by_person, parse
from .test_attendance_wave10 import _statuses


def test_a_role_word_after_initials_is_the_surname():
    text = ("Minutes of a Meeting of the Council held at the Village Hall on Monday, 2 April 2007\n"
            "Councillors D Risk (Chairman) (DR), P Lowe (PL) and K Marsh (KM)\n"
            "Parish Clerk A M Tolley\n"
            "1. Welcome\nThe Chairman opened the meeting.\n")
    assert _statuses(text) == {"D Risk": "present", "P Lowe": "present", "K Marsh": "present",
                               "A M Tolley": "present"}


def test_a_min_no_table_header_is_no_person():
    text = ("Attendance Details\n"
            "Councillor A.B. Nolan (Chairman); Councillors C.D. Pike and E.F. Rowe.\n"
            "Min No\tMinute\n"
            "9\tApologies for absence were received from Councillor G.H. Sale.\n"
            "10\tRESOLVED that the Minutes be approved.\n")
    assert _statuses(text) == {"A.B. Nolan": "present", "C.D. Pike": "present", "E.F. Rowe": "present",
                               "G.H. Sale": "apologies"}


def test_a_bare_minute_number_after_a_list_ends_it():
    text = ("Apologies\n"
            "Councillors Abel, Crane, B. Hart and G. Hart\n"
            "77\n"
            "Apologies were received from Councillors Abel, Crane, B. Hart and G. Hart.\n")
    recs = by_person(parse(text))
    assert set(recs) == {"Abel", "Crane", "B. Hart", "G. Hart"}
    assert all(r.organisation is None for r in recs.values())


def test_a_surname_after_a_spaced_en_dash_stays_with_the_name():
    text = ("Present: Cllr Nia Vale – Pryce\nCllr Owen Tudor\nCllr Bethan Hale – Conwy\n\n"
            "1. Apologies\nNone.\n")
    recs = by_person(parse(text))
    assert set(recs) == {"Nia Vale – Pryce", "Owen Tudor", "Bethan Hale"}
    assert recs["Nia Vale – Pryce"].role is None
    assert recs["Bethan Hale"].organisation == "Conwy"


def test_a_plain_hyphen_still_parts_name_and_post():
    recs = by_person(parse("Present:\nOwen Sayle - Governor, HMP Northvale\n\n1. Welcome\nHello.\n"))
    assert set(recs) == {"Owen Sayle"}


def test_a_mistyped_two_letter_code_after_a_name_is_no_body():
    text = ("Present:\n"
            "Councillor Rob Hale (RH)\tLeader, Northvale BC\n"
            "Mark Tenby (TB)\tPrincipal, Northvale College of Art\n"
            "Sara Cole (SC)\tNorthvale Unlimited\n\n"
            "1 Welcome\nThe Chair opened the meeting.\n")
    recs = by_person(parse(text))
    assert recs["Mark Tenby"].organisation == "Northvale College of Art"
