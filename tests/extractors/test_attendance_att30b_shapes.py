"""Attendance shapes the session-30 sweep left: "Also present Mrs A …" with no colon and "…" typed for a status's
colon, a substitution clause closing an apology sentence, a council's initials before a clerk's post and a post
with a colon inside a semicolon list, a welcome naming a titled guest "of" a body, "Cllr A, Clerk B" with no final
stop, and an apology clause before "the meeting was inquorate".

Every name and body here is invented; each test reproduces the shape of a layout real minutes print (modelled on
pages of Dunchideock, Hampton Bishop, Colston Bassett and Dilwyn parish councils, the Blaby and Hinckley joint
community safety scrutiny committee, a Maldon committee and a Torbay committee)."""
import pytest

from .test_attendance import by_person, parse
from .test_attendance_att30_shapes import _fields


def test_also_present_with_no_colon_before_one_titled_name():
    recs = by_person(parse(
        "Minutes of the extraordinary meeting held on 3 May 2021\n\nPresent:- Cllrs A Dorne, B Fitch and C Gale\n\n"
        "Also present Mrs D Hollis acting as clerk to the council and 5 members of the public.\n\n"
        "1) Apologies for Absence – Cllr Ivers had a family engagement.\n"))
    assert _fields(recs) == {
        "A Dorne": ("present", None, None), "B Fitch": ("present", None, None), "C Gale": ("present", None, None),
        "D Hollis": ("in_attendance", "acting as clerk to the council", None),
        "Ivers": ("apologies", "had a family engagement", None),
    }


def test_a_status_word_without_a_name_after_it_is_no_label():
    # "In attendance" opening a sentence with no titled name after it stays prose
    assert parse("In attendance was the Parish Clerk, who took the minutes.\n") == []


def test_an_ellipsis_typed_for_the_colon_after_the_status():
    recs = by_person(parse(
        "Minutes of an Extraordinary Meeting of the Parish Council\n\n"
        "Present … Councillors: Tom Abel (In the Chair), Sue Birch & Ray Coe.\n\n"
        "In attendance … Lyn Dace – Parish Clerk. Two members of the public.\n\n"
        "1. Apologies for absence were received from Councillors Ed Fane & Jo Gill.\n"))
    assert _fields(recs) == {
        "Tom Abel": ("present", None, None), "Sue Birch": ("present", None, None), "Ray Coe": ("present", None, None),
        "Lyn Dace": ("in_attendance", "Parish Clerk", None),
        "Ed Fane": ("apologies", None, None), "Jo Gill": ("apologies", None, None),
    }


def test_a_substitution_clause_after_the_apology_list_names_who_came_for_whom():
    recs = by_person(parse(
        "2 Apologies and substitutions\nApologies for absence were submitted on behalf of Councillors Abbot, Bright "
        "and Cole from Northvale District Council and Councillors Dunn and Eames from Eastvale Borough Council, "
        "with the substitution of Councillor Forde for Councillor Dunn.\n3 Declarations of interest\nNone.\n"))
    assert _fields(recs) == {
        "Abbot": ("apologies", None, "Northvale District Council"),
        "Bright": ("apologies", None, "Northvale District Council"),
        "Cole": ("apologies", None, "Northvale District Council"),
        "Dunn": ("apologies", None, "Eastvale Borough Council"),
        "Eames": ("apologies", None, "Eastvale Borough Council"),
        "Forde": ("substitute", None, None),
    }
    assert recs["Forde"].substitute_for == "Councillor Dunn"


def test_council_initials_before_the_clerks_post_in_a_wide_gap_column():
    recs = by_person(parse(
        "Present         Cllr R Ames (Chair), Cllr T Bowe\n\n"
        "In Attendance          WCC Cllr N Crane   HVPC Clerk P Doyle\n\n"
        "296     Apologies for non-attendance        Cllr Eady\n"))
    assert _fields(recs) == {
        "R Ames": ("present", None, None), "T Bowe": ("present", None, None),
        "N Crane": ("in_attendance", None, None), "P Doyle": ("in_attendance", "Clerk", None),
        "Eady": ("apologies", None, None),
    }


def test_a_post_and_its_colon_inside_a_semicolon_list_then_a_count_of_the_public():
    recs = by_person(parse(
        "ORMSBY PARISH COUNCIL Minutes of the Parish Council Meeting held on Tuesday 3rd March 2020 at 7.30 p.m. "
        "PRESENT: Cllr J Hale (Chair); Cllr S Tovey and Cllr P Kyte. Also present: Ward Cllr Mike Joll; Interim "
        "Parish Clerk: Ann Bray plus 4 members of the public. Minutes: 1. Apologies for Absence were received from "
        "Cllr D Stott. 2. Declarations of Interest: none.\n"))
    assert _fields(recs) == {
        "J Hale": ("present", None, None), "S Tovey": ("present", None, None), "P Kyte": ("present", None, None),
        "Mike Joll": ("in_attendance", None, None), "Ann Bray": ("in_attendance", "Interim Parish Clerk", None),
        "D Stott": ("apologies", None, None),
    }


def test_guests_welcomed_by_name_one_with_a_post_one_of_a_body_are_in_attendance():
    recs = by_person(parse(
        "Chairman's notices Minutes: The Chairman drew attention to the list of notices.\n"
        "The Chairman welcomed Peter Lund, Community Safety Partnership Manager, and Inspector Ruth Mace of "
        "Northvale Police to the meeting. |\nApologies for Absence Minutes: There were none. |\n"))
    assert _fields(recs) == {
        "Peter Lund": ("in_attendance", "Community Safety Partnership Manager", None),
        "Ruth Mace": ("in_attendance", None, "Northvale Police"),
    }


def test_a_welcome_to_one_member_says_nothing_of_attendance():
    assert parse("The Chairman welcomed Councillor Ann Lee of Northvale to the meeting.\n") == []


@pytest.mark.parametrize("tail", ["", "."])
def test_a_councillor_then_the_clerk_by_post_with_or_without_a_final_stop(tail):
    recs = by_person(parse(
        f"Minutes of the meeting held on 2 March 2022\n\nIn attendance: Ward Cllr Ann Lee, Clerk Bo Hay{tail}\n\n"
        "Apologies: Cllr Cy Dee\n"))
    assert _fields(recs) == {
        "Ann Lee": ("in_attendance", None, None), "Bo Hay": ("in_attendance", "Clerk", None),
        "Cy Dee": ("apologies", None, None),
    }


def test_apologies_from_the_mayor_and_councillors_before_the_meeting_was_inquorate():
    recs = by_person(parse(
        "To receive apologies for absence.\n\nIt was reported that, as apologies for absence had been received from "
        "the Mayor and Councillors Alder, Birch, Cobb and Drury, the meeting was inquorate.  The Clerk would meet "
        "with the Mayor.\n"))
    assert _fields(recs) == {p: ("apologies", None, None) for p in ("Alder", "Birch", "Cobb", "Drury")}
    assert recs["Cobb"].name == "Councillor Cobb"
