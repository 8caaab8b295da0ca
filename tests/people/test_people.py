"""Linking attendance records of the same person: what is joined, on which evidence, and the near misses."""
from __future__ import annotations

import datetime as dt

import pytest

from boardpapers.models import AttendanceRecord, IndexedMeeting
from boardpapers.people import appearances_of, link_people, parse_name


def meeting(mid, body, day, *records):
    return IndexedMeeting(meeting_id=mid, source_id=body, board_name=body.upper(), board_type="hwb",
                          date=dt.date.fromisoformat(day), status="held", attendance=list(records),
                          attendance_document_id=f"doc-{mid}")


def rec(name, org=None, org_id=None, role=None, status="present"):
    return AttendanceRecord(name=name, status=status, organisation=org, organisation_name=org, organisation_id=org_id,
                            role=role, page=2)


LINEAGE = {"ccg-n": "fam-n", "icb-ne": "fam-n", "council-n": "council-n", "council-s": "council-s"}


def family(org_id, org):
    return LINEAGE.get(org_id, org_id) if org_id else (org.lower() if org else None)


def people_of(*meetings):
    return link_people(appearances_of(meetings), family=family)


def by_name(people):
    return {p.name: p for p in people}


@pytest.mark.parametrize("text,expected", [
    ("Cllr J Smith", ("cllr", ("j",), "smith")),
    ("Councillor Jane Smith", ("councillor", ("jane",), "smith")),
    ("Dr. Avi Bhatia MBE", ("dr", ("avi",), "bhatia")),
    ("Mrs Jane van der Berg", ("mrs", ("jane",), "van der berg")),
    ("Jane Smith (Chair)", (None, ("jane",), "smith")),
])
def test_parse_name(text, expected):
    parsed = parse_name(text)
    assert (parsed.title, parsed.forenames, parsed.surname) == expected


def test_initials_join_the_only_full_name_of_the_same_organisation():
    people = people_of(
        meeting("m1", "north-hwb", "2017-01-10", rec("Councillor Jane Smith", "Northmere Council", "council-n")),
        meeting("m2", "ics-board", "2019-03-01", rec("Cllr J Smith", "Northmere Council", "council-n")),
    )
    assert len(people) == 1
    person = people[0]
    assert person.name == "Jane Smith" and person.boards == ["ics-board", "north-hwb"]
    assert [lk.rule for lk in person.links] == ["initials-organisation"]
    assert "fit the only Jane Smith" in person.links[0].reason


def test_same_name_follows_the_organisation_through_reorganisation():
    people = people_of(
        meeting("m1", "north-hwb", "2017-01-10", rec("Dr Avi Bhatia", "NHS Northmere CCG", "ccg-n")),
        meeting("m2", "ics-board", "2023-01-10", rec("Dr Avi Bhatia", "NHS Northmere and Eastwold ICB", "icb-ne")),
    )
    assert len(people) == 1
    assert people[0].links[0].rule == "same-name-organisation"
    assert "reorganisations" in people[0].links[0].reason


def test_same_name_same_board_without_organisation_links():
    people = people_of(
        meeting("m1", "north-hwb", "2017-01-10", rec("Rita Patel", None, None, "Healthwatch lead")),
        meeting("m2", "north-hwb", "2018-01-10", rec("Ms Rita Patel", "Healthwatch Northmere", "hw-n")),
    )
    assert len(people) == 1 and people[0].links[0].rule == "same-name-board"


def test_same_name_same_role_on_other_boards_links():
    people = people_of(
        meeting("m1", "north-hwb", "2017-01-10", rec("Sam Okoro", None, None, "Director of Public Health")),
        meeting("m2", "east-hwb", "2018-01-10", rec("Sam Okoro", None, None, "Director of Public Health")),
    )
    assert len(people) == 1 and people[0].links[0].rule == "same-name-role"


# --- near misses: none of these may be joined -------------------------------------------------------------------


def test_same_name_on_different_boards_without_evidence_stays_apart():
    people = people_of(
        meeting("m1", "north-hwb", "2017-01-10", rec("John Brown")),
        meeting("m2", "south-hwb", "2017-02-10", rec("John Brown")),
    )
    assert len(people) == 2 and all(not p.links for p in people)


def test_same_name_with_different_organisations_stays_apart_even_on_one_board():
    people = people_of(
        meeting("m1", "north-hwb", "2017-01-10", rec("Jane Smith", "Northmere Council", "council-n")),
        meeting("m2", "north-hwb", "2017-02-10", rec("Jane Smith", "Southvale Council", "council-s")),
    )
    assert len(people) == 2


def test_ambiguous_initials_stay_apart():
    people = people_of(
        meeting("m1", "north-hwb", "2017-01-10", rec("Jane Smith", "Northmere Council", "council-n"),
                rec("John Smith", "Northmere Council", "council-n")),
        meeting("m2", "ics-board", "2019-03-01", rec("Cllr J Smith", "Northmere Council", "council-n")),
    )
    named = by_name(people)
    assert set(named) == {"Jane Smith", "John Smith", "J Smith"}
    assert all(len(p.appearances) == 1 for p in people)


def test_initials_need_the_same_organisation():
    people = people_of(
        meeting("m1", "north-hwb", "2017-01-10", rec("Jane Smith", "Northmere Council", "council-n")),
        meeting("m2", "north-hwb", "2017-05-10", rec("J Smith")),
    )
    assert len(people) == 2


def test_different_forenames_and_titles_never_join():
    people = people_of(
        meeting("m1", "north-hwb", "2017-01-10", rec("Jane Smith", "Northmere Council", "council-n"),
                rec("Mr Alex Jones", "Northmere Council", "council-n")),
        meeting("m2", "north-hwb", "2017-05-10", rec("Joan Smith", "Northmere Council", "council-n"),
                rec("Mrs Alex Jones", "Northmere Council", "council-n")),
    )
    assert len(people) == 4


def test_a_surname_alone_is_not_a_person():
    assert people_of(meeting("m1", "north-hwb", "2017-01-10", rec("Smith"))) == []


def test_each_record_keeps_its_source():
    [person] = people_of(meeting("m1", "north-hwb", "2017-01-10", rec("Jane Smith", "Northmere Council", "council-n")))
    [a] = person.appearances
    assert (a.meeting_id, a.document_id, a.page, a.status, a.organisation) == \
        ("m1", "doc-m1", 2, "present", "Northmere Council")
    assert person.person_id == people_of(meeting("m1", "north-hwb", "2017-01-10",
                                                 rec("Jane Smith", "Northmere Council", "council-n")))[0].person_id
