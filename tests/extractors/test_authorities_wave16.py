"""Attendance shapes of fire authorities' and joint committees' minutes (wave 16, December 2026).

Every name, body and sentence here is invented; only the layouts are those of the real minutes ("Present:" then
"Councillors" over one name a line and "Officers" over "Name, Post (XFRS)"; "Present:" then "Councillor: A (Chair)"
over "Councillors: B, C and D")."""
from .test_attendance import by_person, parse
from .test_attendance_wave10 import _statuses


def test_officers_after_present_and_councillors_attend_and_keep_their_service():
    text = ("Minutes\n\nPresent:\n\nCouncillors\n\nA Bell (Chair)\n\nC Dunn\n\nOfficers\n\n"
            "L Barr, Member Services Officer (NFRS)\nK Moss, Area Manager (NFRS)\n\n"
            "In attendance\n\nP Vale, Northvale Union\n\n12/25    Apologies for Absence\n")
    recs = by_person(parse(text))
    assert {n: r.status for n, r in recs.items()} == {
        "A Bell": "present", "C Dunn": "present", "L Barr": "in_attendance", "K Moss": "in_attendance",
        "P Vale": "in_attendance"}
    # "(NFRS)" after "L Barr" shares only her first initial: her service's acronym, not her initials
    assert recs["L Barr"].organisation == "NFRS" and recs["K Moss"].organisation == "NFRS"


def test_initials_in_brackets_still_name_the_person_not_a_body():
    recs = by_person(parse("Present:\nLena Bray (LB) Clinical Chair\nOwen Pike (OP) Lay Member\n\n1. Welcome\n"))
    assert recs["Lena Bray"].organisation is None and recs["Owen Pike"].organisation is None


def test_one_councillor_labelled_with_a_colon_before_the_councillors_list():
    text = ("Present:\n\nCouncillor: R Moon (Chair)\n\nCouncillors: T Hale, V Ince and Mayor W Jory\n\n"
            "In attendance:\n\nCouncillor Y Kell\n\n4\nTRANSPORT UPDATE\n")
    assert _statuses(text) == {"R Moon": "present", "T Hale": "present", "V Ince": "present", "W Jory": "present",
                               "Y Kell": "in_attendance"}


def test_a_councillor_title_cell_before_a_name_is_no_heading():
    assert _statuses("Apologies:\nCouncillor\tAnn Lowe\nCouncillor\tBen Rudd\n\n1. Minutes\n") == {
        "Ann Lowe": "apologies", "Ben Rudd": "apologies"}


def test_a_minute_numbered_by_municipal_year_ends_the_name_grid():
    text = ("Present:\n\nD Hale (Chair)\n\nCouncillors\n\nA Moss\tF Lund\nL Pike\tR Vane\n"
            "19-25/26\tChair's Welcome and Introduction\n\tThe Chair welcomed members.\n")
    recs = by_person(parse(text))
    assert set(recs) == {"D Hale", "A Moss", "F Lund", "L Pike", "R Vane"}
    assert recs["L Pike"].role is None and recs["R Vane"].role is None  # no agenda title taken for a role
