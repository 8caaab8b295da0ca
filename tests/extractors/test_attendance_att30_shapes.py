"""Attendance shapes from the session-30 sweep of real parish, district, partnership and drainage board minutes:
a tier or a council's initials written before "Cllr" ("Ward Cllr", "District & County Cllr", "NCC Cllr"), a
PDF paragraph that runs the title, "PRESENT:" and "Also present:" together, "&" before the last surname under a
plural title, people run together on one line with no commas ("Mr A – Post Mr B – Post", "M D Lee - Post J Hay –
Post", "D Dewar K Ingle J Lowe"), and an apology list whose groups each end "from <Body>".

Every name and body here is invented; each test reproduces the shape of a layout real minutes print."""
import pytest

from .test_attendance import by_person, parse


def _fields(recs):
    return {p: (r.status, r.role, r.organisation) for p, r in recs.items()}


def test_tier_before_the_short_council_title_is_part_of_the_title():
    recs = by_person(parse(
        "Present: Cllr Ann Dale (Chair), Cllr Tom Ray.\n"
        "In attendance: Ward Cllr Jim Orr, District & County Cllr Sue Penn, Clerk Ivy Lott.\n"
        "Apologies: Cllr Ned Voss, County & District Cllr Kay Fenn.\n"))
    assert _fields(recs) == {
        "Ann Dale": ("present", None, None), "Tom Ray": ("present", None, None),
        "Jim Orr": ("in_attendance", None, None), "Sue Penn": ("in_attendance", None, None),
        "Ivy Lott": ("in_attendance", "Clerk", None),
        "Ned Voss": ("apologies", None, None), "Kay Fenn": ("apologies", None, None),
    }
    assert recs["Jim Orr"].name == "Ward Cllr Jim Orr"
    assert recs["Sue Penn"].name == "District & County Cllr Sue Penn"


def test_council_initials_before_cllr_are_read_as_the_title_not_the_name():
    recs = by_person(parse(
        "Present: Cllr Ann Dale (Chair), Cllr Tom Ray.\n"
        "In Attendance: NCC Cllr Jim Orr, Cllr Ivy Lott\n"
        "Apologies: Cllr Voss, RBC Cllr Fenn\n"
        "1. Minutes\n"))
    assert _fields(recs) == {
        "Ann Dale": ("present", None, None), "Tom Ray": ("present", None, None),
        "Jim Orr": ("in_attendance", None, None), "Ivy Lott": ("in_attendance", None, None),
        "Voss": ("apologies", None, None), "Fenn": ("apologies", None, None),
    }
    assert recs["Jim Orr"].name == "NCC Cllr Jim Orr" and recs["Fenn"].name == "RBC Cllr Fenn"
    assert recs["Ann Dale"].qualifiers == ["Chair"]


def test_capitalised_labels_inside_one_pdf_paragraph_each_start_a_list():
    recs = by_person(parse(
        "ORMSBY PARISH COUNCIL Minutes of the Parish Council Meeting held on Tuesday 3rd March 2020 at 7.30 p.m. "
        "PRESENT: Cllr J Hale (Chair); Cllr S Tovey; Cllr R Fenwick (Vice Chair) and Cllr P Kyte. Also Present: "
        "Ward Cllr Mike Joll; Ann Bray (Clerk). Minutes: 1. Apologies for Absence were received from Cllr D Stott "
        "and Cllr J Lowe. 2. Declarations of Interest: none.\n"))
    assert _fields(recs) == {
        "J Hale": ("present", None, None), "S Tovey": ("present", None, None),
        "R Fenwick": ("present", None, None), "P Kyte": ("present", None, None),
        "Mike Joll": ("in_attendance", None, None), "Ann Bray": ("in_attendance", "Clerk", None),
        "D Stott": ("apologies", None, None), "J Lowe": ("apologies", None, None),
    }


def test_ampersand_before_the_last_surname_keeps_the_plural_title():
    recs = by_person(parse(
        "PRESENT\n\nCllrs Carver (Chairman), Chilton, Birtle, Rees, Benning & Thorley\n\n2 members of the public\n\n"
        "250 APOLOGIES\n\nApologies were received from Cllr Joyner.\n"))
    assert _fields(recs) == {
        "Carver": ("present", None, None), "Chilton": ("present", None, None),
        "Birtle": ("present", None, None), "Rees": ("present", None, None),
        "Benning": ("present", None, None), "Thorley": ("present", None, None),
        "Joyner": ("apologies", None, None),
    }


@pytest.mark.parametrize("line, expected", [
    # titled names, each post after a dash, then the next title
    ("In attendance: Mr Lomax – Chief Executive Mr Allard – Chief Engineer Miss Corwen – Corporate Strategy Manager",
     {"Lomax": "Chief Executive", "Allard": "Chief Engineer", "Corwen": "Corporate Strategy Manager"}),
    # initialled names, each post after a dash, then the next initials
    ("In attendance:\nM D Watts - Chief Executive J Wills – Finance Assistant L Rowe - Administration Assistant",
     {"M D Watts": "Chief Executive", "J Wills": "Finance Assistant", "L Rowe": "Administration Assistant"}),
])
def test_people_each_with_a_dashed_post_run_together_on_one_line(line, expected):
    recs = by_person(parse(f"Minutes of the meeting\n\n{line}\n\n1. Declarations\n\nNone.\n"))
    assert _fields(recs) == {p: ("in_attendance", role, None) for p, role in expected.items()}


def test_initialled_names_run_together_with_no_commas_are_one_person_each():
    recs = by_person(parse(
        "Members of the Board Present\n\nChairman: S Batley\n\nD Dewar-Whitley K Ingram J Lewin J Mairs S Mairs "
        "N Hamer\n\nApologies were received from S Atwell, D Davey and R Hallam.\n"))
    assert _fields(recs) == {
        "S Batley": ("present", None, None), "D Dewar-Whitley": ("present", None, None),
        "K Ingram": ("present", None, None), "J Lewin": ("present", None, None), "J Mairs": ("present", None, None),
        "S Mairs": ("present", None, None), "N Hamer": ("present", None, None),
        "S Atwell": ("apologies", None, None), "D Davey": ("apologies", None, None), "R Hallam": ("apologies", None, None),
    }


def test_each_group_of_an_apology_list_comes_from_the_body_after_it():
    recs = by_person(parse(
        "2 Apologies and substitutions\nApologies for absence were submitted on behalf of Councillors Aston, Jarvis "
        "and Moxley from Northvale District Council and Councillors Bryce and Crook from Southmoor Borough "
        "Council.\n3 Declarations of interest\nNo interests were declared.\n"))
    assert _fields(recs) == {
        "Aston": ("apologies", None, "Northvale District Council"),
        "Jarvis": ("apologies", None, "Northvale District Council"),
        "Moxley": ("apologies", None, "Northvale District Council"),
        "Bryce": ("apologies", None, "Southmoor Borough Council"),
        "Crook": ("apologies", None, "Southmoor Borough Council"),
    }


def test_a_single_name_with_initials_is_not_split():
    # "Cllr J Lowe" alone, and a name whose next word is no initialled name, stay one person
    recs = by_person(parse("Present: Cllr J Lowe (Chair), Mr A B Carter Finance Officer.\n"))
    assert set(recs) == {"J Lowe", "A B Carter"}


def test_calling_of_the_roll_lists_those_present_and_the_apologies_follow_in_a_sentence():
    recs = by_person(parse(
        "1. Calling of the Roll and Apologies for Absence\n\nMr G Abbot, Mrs J Barlow, Mr R Brennan, "
        "Ms K Curran\n\nIn Attendance:\nChief Executive\n\nApologies for absence were intimated on behalf of "
        "Mr B Allard and Mrs C Wilmot.\n\n2. Declarations of Interest\n\nThere were none.\n"))
    assert _fields(recs) == {
        "G Abbot": ("present", None, None), "J Barlow": ("present", None, None),
        "R Brennan": ("present", None, None), "K Curran": ("present", None, None),
        "B Allard": ("apologies", None, None), "C Wilmot": ("apologies", None, None),
    }


def test_a_long_row_of_initialled_names_is_still_read_as_people():
    recs = by_person(parse(
        "Members of the Board Present\n\nChairman: S Batley\n\nD Dewar K Ingram J Lewin J Mairs S Mairs N Hamer "
        "P Marlow B Stoner J Wray\n\nApologies were received from S Atwell.\n"))
    assert _fields(recs) == {p: ("present", None, None) for p in (
        "S Batley", "D Dewar", "K Ingram", "J Lewin", "J Mairs", "S Mairs", "N Hamer", "P Marlow", "B Stoner", "J Wray")} \
        | {"S Atwell": ("apologies", None, None)}


def test_apologies_accepted_with_the_verb_left_out_end_the_list():
    recs = by_person(parse(
        "250 APOLOGIES\n\nApologies were received from Cllrs Joyner and Lathe and accepted by the meeting.\n\n"
        "251 DECLARATION OF INTERESTS\n\nNone\n"))
    assert _fields(recs) == {"Joyner": ("apologies", None, None), "Lathe": ("apologies", None, None)}


def test_a_tier_word_before_councillor_stays_in_one_post():
    # "County" and "Councillor" after the dash are one post, not a post and a second person "Councillor Northvale"
    recs = by_person(parse(
        "Present:\n\tAnn Lemon - Head of Service, Northvale Council\n\tEve Marsh - County Councillor Northvale County "
        "Council\n\tKit Rudd - Director of Operations, Age Concern\n"))
    assert set(recs) == {"Ann Lemon", "Eve Marsh", "Kit Rudd"}
    assert recs["Eve Marsh"].status == "present" and recs["Eve Marsh"].role.startswith("County Councillor")


def test_a_wide_gap_after_a_numbered_label_separates_it_from_titled_names():
    # a three-digit minute number before the label, the label's colon replaced by a column's wide gap
    recs = by_person(parse(
        "295     Those Present and In Attendance\n\nPresent         Cllr R Jarvis (Chair), Cllr K Parry\n\n"
        "296     Apologies for non-attendance        Cllr Alcott     RBC Cllr Combe\n\n"
        "297     Declaration of Interest: There were none\n"))
    assert _fields(recs) == {
        "R Jarvis": ("present", None, None), "K Parry": ("present", None, None),
        "Alcott": ("apologies", None, None), "Combe": ("apologies", None, None),
    }


def test_a_surname_that_is_also_a_tier_word_still_parts_at_and():
    # "Ward" here is a councillor's surname, not the tier of "Ward Cllr"
    recs = by_person(parse("Present: Councillors Ames, Bell, Ward and Webb.\n"))
    assert set(recs) == {"Ames", "Bell", "Ward", "Webb"}
