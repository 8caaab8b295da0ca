"""Apology sentences listing untitled people, each followed by a role or a body with no separator (issue 12,
shape 1: "Apologies were received from Jane Smith Director of Public Health and Tom Brown Healthwatch").

Every person here is invented; the bodies are fictional ones of the gazetteer or real national ones."""
from .attendance_shapes import people


def test_name_role_and_name_healthwatch():
    text = ("3. Apologies for Absence\nApologies were received from Jane Marlow Director of Public Health and "
            "Tom Brenner Healthwatch.\n4. Minutes\n")
    assert people(text) == {"Jane Marlow": ("apologies", "Director of Public Health", None),
                            "Tom Brenner": ("apologies", None, "Healthwatch")}


def test_comma_list_of_names_run_into_roles_and_known_bodies():
    text = ("3. Apologies\nApologies for absence were received from Jane Marlow Director of Public Health, Tom "
            "Brenner Healthwatch Northmere, Ola Finch Chief Executive and Pat Kerr Public Health England.\n")
    assert people(text) == {"Jane Marlow": ("apologies", "Director of Public Health", None),
                            "Tom Brenner": ("apologies", None, "Healthwatch Northmere"),
                            "Ola Finch": ("apologies", "Chief Executive", None),
                            "Pat Kerr": ("apologies", None, "Public Health England")}


def test_a_body_named_like_a_person_then_its_kind_is_still_no_person():
    # "Mid Northmere NHS Trust" ends in a body's kind the gazetteer does not hold whole: no person in it
    text = "Apologies were received from Jane Marlow Director of Public Health and Mid Northmere NHS Trust.\n"
    assert set(people(text)) == {"Jane Marlow"}
