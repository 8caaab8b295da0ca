"""Attendance shapes of community, town council and planning committee minutes (wave 12, December 2026).

Every name here is invented; only the layouts are those of the real minutes: a present list that goes on after a
full stop ("… (Deputy Mayor). Councillors …", "… Name. Also County Cllr. Name."), a post written before a name
with a dash ("Clerk – W S Tarn"), a verb clause after the last name of a list ("… and C D Penn attended and were
co-opted (Item 12)"), and a substitute "appointed as a substitute member for" after a procedure rule's clause."""
from .test_attendance import by_person, parse
from .test_attendance_wave10 import _statuses


def test_a_present_list_goes_on_after_a_full_stop():
    text = (
        "PRESENT : Councillors Alun Brace (Mayor), Iwan Lloyd (Deputy Mayor). Councillors Olwen Pryse, Gwyn "
        "Tegid and Elis Wynford. Also County Cllr. Bethan Morfa.\n\n"
        "57 . APOLOGIES FOR ABSENCE\n"
        "Apologies for absence were received from Councillor Hywel Rhos.\n")
    assert _statuses(text) == {
        "Alun Brace": "present", "Iwan Lloyd": "present", "Olwen Pryse": "present", "Gwyn Tegid": "present",
        "Elis Wynford": "present", "Bethan Morfa": "present", "Hywel Rhos": "apologies"}
    recs = by_person(parse(text))
    assert recs["Iwan Lloyd"].role == "Deputy Mayor"
    assert recs["Elis Wynford"].role is None


def test_a_title_abbreviation_does_not_end_a_name():
    text = "PRESENT: Cllr. Bethan Morfa, Cllr. Gwyn Tegid (Chair).\n\n2. Minutes\nThe minutes were approved.\n"
    assert _statuses(text) == {"Bethan Morfa": "present", "Gwyn Tegid": "present"}


def test_post_dash_name_and_a_verb_tail_after_the_last_name():
    text = (
        "PRESENT: Councillor R Harle (in the Chair)\n"
        "Councillors J Orme, P Vesey.\n"
        "ALSO PRESENT: Clerk – W S Tarn. Cllr Nerys Pugh (Northvale CBC), Councillors A Bryn, E Cadwal and "
        "C D Penn attended and were co-opted (Item 12)\n"
        "APOLOGIES: Cllr T Moss\n")
    assert _statuses(text) == {
        "R Harle": "present", "J Orme": "present", "P Vesey": "present", "W S Tarn": "in_attendance",
        "Nerys Pugh": "in_attendance", "A Bryn": "in_attendance", "E Cadwal": "in_attendance",
        "C D Penn": "in_attendance", "T Moss": "apologies"}
    recs = by_person(parse(text))
    assert recs["W S Tarn"].role == "Clerk"
    assert recs["C D Penn"].role is None and recs["C D Penn"].organisation is None


def test_appointed_as_a_substitute_member_after_a_procedure_rule():
    text = (
        "12. Apologies\n"
        "It was noted that apologies had been received from Councillors K L Dray and M Ostler.\n"
        "13. Appointment of Substitute Members\n"
        "It was noted that, in accordance with Council Procedure Rule 4, Councillor P Q Renn had been appointed as "
        "a substitute member for Councillor M Ostler.\n"
        "14. Declarations of Interest\nThere were no declarations of interest.\n")
    assert _statuses(text) == {"K L Dray": "apologies", "M Ostler": "apologies", "P Q Renn": "substitute"}
    assert by_person(parse(text))["P Q Renn"].substitute_for == "Councillor M Ostler"
