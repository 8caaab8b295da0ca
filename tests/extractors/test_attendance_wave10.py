"""Attendance shapes of town, parish and community council minutes (wave 10, December 2026).

Every name here is invented; only the layouts are those of the real minutes: a run-on "Cllrs" list wrapped in its
table cell straight after an initial, "&" before the last name, a sentence-ending "Also:" that adds people to the
block it is in, an apologies heading whose sentence goes on in lower case on the next line, a plural title shared
by names that each carry their initials and a lower-case office ("vice-chair"), and "County Councilor" spelt with
one l."""
from .test_attendance import by_person, parse


def _statuses(text: str) -> dict:
    return {person: rec.status for person, rec in by_person(parse(text)).items()}


def test_a_name_wrapped_after_its_initial_stays_in_the_list():
    text = (
        "Present:\tCllrs A Brindle, C Dawlish (Deputy Mayor), E\n"
        "\tFenwick, G Hartop,\n"
        "\tI Jarrow, K Lanyon (Town Mayor) and M\n"
        "\tNorbury\n"
        "Officers:\tP Quenby, Town Clerk\n"
        "1 Apologies for Absence\n"
        "Apologies were received from Cllr Rudge (personal).\n")
    assert _statuses(text) == {
        "A Brindle": "present", "C Dawlish": "present", "E Fenwick": "present", "G Hartop": "present",
        "I Jarrow": "present", "K Lanyon": "present", "M Norbury": "present", "P Quenby": "in_attendance",
        "Rudge": "apologies"}
    assert by_person(parse(text))["E Fenwick"].organisation is None


def test_ampersand_parts_the_last_two_names():
    text = (
        "1 Present\n\n"
        "Councillors, Mr Ivor Pryce (Chair), Mrs Nia Rowlands, Mr Emyr Tudor & Mr Dai Vaughan (Clerk).\n\n"
        "2 Declarations\n\nNone.\n")
    assert _statuses(text) == {"Ivor Pryce": "present", "Nia Rowlands": "present", "Emyr Tudor": "present",
                               "Dai Vaughan": "present"}
    assert by_person(parse(text))["Dai Vaughan"].role == "Clerk"


def test_also_after_a_full_stop_adds_people_under_the_blocks_status():
    text = (
        "1 Present\n\n"
        "Councillors, Mr Ivor Pryce (Chair) & Mrs Nia Rowlands. Also: County Councilor Mr Gwyn Hafod\n\n"
        "2 Apologies\n\n"
        "were received from: Councillors Mr Owain Llwyd & Mrs Eirys Pant. Also: County Councillor Mr Huw Rhos\n\n"
        "3 Welcome:\n\nThe Chair welcomed those present.\n")
    assert _statuses(text) == {
        "Ivor Pryce": "present", "Nia Rowlands": "present", "Gwyn Hafod": "present",
        "Owain Llwyd": "apologies", "Eirys Pant": "apologies", "Huw Rhos": "apologies"}


def test_shared_plural_title_with_initials_and_lower_case_offices():
    text = (
        "In Attendance\n"
        "Councillors T Arkwright (TA) Chair, V Bramhall (VB) vice-chair, X Cleobury (XC), Z Dunstan (ZD).\n"
        "1) Apologies – Councillors B Elsdon and D Fothergill.\n"
        "2) Declarations of Interest – none\n")
    assert _statuses(text) == {
        "T Arkwright": "in_attendance", "V Bramhall": "in_attendance", "X Cleobury": "in_attendance",
        "Z Dunstan": "in_attendance", "B Elsdon": "apologies", "D Fothergill": "apologies"}
    recs = by_person(parse(text))
    assert recs["T Arkwright"].role == "Chair"
    assert recs["V Bramhall"].role == "vice-chair"



def test_list_in_a_minute_reference_table_wrapped_after_an_initial():
    text = (
        "Par/301/30-31\tPresent\n"
        "\tMembers: Cllr R Ashdown (Chairman), Cllr T Ashdown, Cllr Bellamy, Cllr Corrie,\n"
        "\tCllr Dunmow (arrived at 7.05pm), Cllr Everitt, Cllr J\n"
        "\tFrobisher, Cllr Garside and Cllr Haddow.\n"
        "Par/302/30-31\tApologies for Absence\n"
        "\tApologies for absence were received from Cllr Ingleby\n")
    assert _statuses(text) == {
        "R Ashdown": "present", "T Ashdown": "present", "Bellamy": "present", "Corrie": "present",
        "Dunmow": "present", "Everitt": "present", "J Frobisher": "present", "Garside": "present",
        "Haddow": "present", "Ingleby": "apologies"}
    assert all(r.organisation is None and r.role in (None, "Chairman") for r in parse(text))
