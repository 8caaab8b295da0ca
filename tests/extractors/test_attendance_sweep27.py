"""Shapes of the development misses swept in session 27. Every name here is invented; only the layouts are those
of the real minutes: attendees as "Name: Post" bullets under no heading, a role word as a surname after a given
name ("Janet Nurse"), bare names straight above "In Attendance", an action table's header row rendered with
slashes and the first item run on, an area's name after a member's (their seat), "Cty Cllr", a place's name
run on from a member's name before "Borough Council", clubs and friends' groups as bodies, and a substitute's
bracket cut by the post cell ("nominated deputy for Alma Deputy Director of Quality Pryce")."""
from .test_attendance import by_person, parse
from .test_attendance_wave10 import _statuses


def test_name_colon_post_bullets_under_no_heading_are_present():
    text = ("Patient Group Minutes\n"
            "2pm Tuesday 4th June 2024: Northvale Library\n"
            "Edna Pollard: Group Chair\n"
            "Ravi Soames: Practice Manager\n"
            "Dr. Quill: Practice Partner\n"
            "Nell Ashby: Secretary\n"
            "Patients: 7\n"
            "Introduction and Welcome\n"
            "Edna Pollard welcomed everyone.\n")
    recs = by_person(parse(text))
    assert set(recs) == {"Edna Pollard", "Ravi Soames", "Quill", "Nell Ashby"}
    assert all(r.status == "present" for r in recs.values())
    assert recs["Ravi Soames"].role == "Practice Manager"


def test_fewer_than_four_name_colon_post_lines_are_no_list():
    text = ("Patient Group Minutes\n"
            "Edna Pollard: Group Chair\n"
            "Ravi Soames: Practice Manager\n"
            "Introduction and Welcome\n"
            "Edna Pollard welcomed everyone.\n")
    assert parse(text) == []


def test_nurse_after_a_given_name_is_a_surname():
    assert _statuses("Apologies:\nMavis Nurse, Kay Orton, Dot Pryor.\n") == {
        "Mavis Nurse": "apologies", "Kay Orton": "apologies", "Dot Pryor": "apologies"}


def test_a_nurse_post_is_still_no_person():
    recs = by_person(parse("Present: Joan Tarrant, Assistant Director, Health Services and Child Nurse, NVC\n"))
    assert set(recs) == {"Joan Tarrant"}
    text = "Present:\nAnn Pike, School Nurse\nTom Rudd, Designated Nurse, Northvale CCG\n"
    recs = by_person(parse(text))
    assert set(recs) == {"Ann Pike", "Tom Rudd"}
    assert recs["Ann Pike"].role == "School Nurse"


def test_bare_names_above_in_attendance_are_the_members_present():
    text = ("Northvale Voice Limited Board\n"
            "Minutes of the Meeting held on Wednesday, 9th March, 2016 at the Northvale Offices\n"
            "Hector Lyle (Chairman)\n"
            "Ada Crisp\n"
            "Bea Tovey / Cal Ostler\n"
            "Dora Fenn\n"
            "In Attendance\n"
            "Gus Brand, Chief Executive, Northvale Voice Limited\n"
            "1.\tWelcome and Apologies\n"
            "\tThe Chair welcomed all to the meeting.\n")
    assert _statuses(text) == {"Hector Lyle": "present", "Ada Crisp": "present", "Bea Tovey": "present",
                               "Cal Ostler": "present", "Dora Fenn": "present", "Gus Brand": "in_attendance"}


def test_three_bare_names_above_in_attendance_are_not_enough():
    text = ("Northvale Voice Limited Board\n"
            "Hector Lyle\n"
            "Ada Crisp\n"
            "Dora Fenn\n"
            "In Attendance\n"
            "Gus Brand, Chief Executive, Northvale Voice Limited\n"
            "1.\tWelcome\n")
    assert _statuses(text) == {"Gus Brand": "in_attendance"}


def test_a_slashed_action_table_header_ends_the_block():
    text = ("Present: Ida Rowe (Chair)\n"
            "In Attendance: Len Moss (Harbour Administrator)\n"
            "Kit Lowry (Harbour Administrator)\n"
            "Discussion/Actions / Action Points1.BOARD ONLY SESSION\n"
            "Deferred until the next meeting.\n"
            "Ned Yorke (CEO, Northvale Harbour)\n")
    recs = by_person(parse(text))
    assert set(recs) == {"Ida Rowe", "Len Moss", "Kit Lowry"}
    assert recs["Kit Lowry"].organisation is None
    assert recs["Kit Lowry"].role == "Harbour Administrator"


def test_an_area_after_a_member_is_their_seat_not_a_person():
    text = "Present:\nMr M Lusk, East Brae\nMs A Crane, Mid Brae\nMr G West, Northvale\nAnn North (Vice Chair)\n"
    recs = by_person(parse(text))
    assert set(recs) == {"M Lusk", "A Crane", "G West", "Ann North"}
    assert recs["M Lusk"].organisation == "East Brae"


def test_cty_cllr_is_a_title_and_a_place_before_borough_council_is_no_surname():
    text = ("Present:\nCllr N Hobb, Borough Council\nCty Cllr P Rundle, Northshire County Council\n"
            "Cllr R Haslam Northvale Borough Council\n")
    recs = by_person(parse(text))
    assert set(recs) == {"N Hobb", "P Rundle", "R Haslam"}
    assert recs["R Haslam"].organisation == "Northvale Borough Council"
    assert recs["P Rundle"].organisation == "Northshire County Council"
    assert recs["P Rundle"].name == "Cty Cllr P Rundle"


def test_a_club_or_friends_group_beside_a_name_is_a_body():
    text = ("Present\nMona Pratt\nIvor Lusk\nGwen Tapp\nRuth Dale\nOwen Marsh\n"
            "Chairman\nPottery Club\nMeadow Friends\nSecretary\nTreasurer\n"
            "Apologies\nDirk Hale\n1. Minutes\nAgreed.\n")
    recs = by_person(parse(text))
    assert recs["Ivor Lusk"].organisation == "Pottery Club"
    assert recs["Gwen Tapp"].organisation == "Meadow Friends"
    assert set(recs) == {"Mona Pratt", "Ivor Lusk", "Gwen Tapp", "Ruth Dale", "Owen Marsh", "Dirk Hale"}
    assert recs["Mona Pratt"].role == "Chairman"


def test_a_substitute_bracket_cut_by_the_post_cell_keeps_the_substitute():
    text = ("Present:\n"
            "Rita Vane (nominated deputy for Alma Deputy Director of Quality Pryce) Northvale CCG\n"
            "Pat Oakes (nominated deputy for Chris Director of Finance\n")
    recs = by_person(parse(text))
    assert {p: r.status for p, r in recs.items()} == {"Rita Vane": "substitute", "Pat Oakes": "substitute"}
    assert recs["Rita Vane"].substitute_for == "Alma Pryce"
    assert recs["Rita Vane"].role == "Deputy Director of Quality"
    assert recs["Pat Oakes"].substitute_for == "Chris"
    assert recs["Pat Oakes"].role == "Director of Finance"
