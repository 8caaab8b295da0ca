"""Substitutes paired with the members they replace by "respectively" (issue 12, shape 3).

Every name here is invented; the two wordings are the issue's ("X and Y substituted by Councillors C and D
respectively", "attended as substitutes for A and B respectively")."""
from .attendance_shapes import people as _people


def people(text):
    return _people(text, "status", "substitute_for")


def test_substituted_by_respectively_after_the_list_of_those_present():
    text = ("Present: Councillors A Rook (Chair), B Pell, C Drew and D Moss.\n"
            "Councillors E Finn and G Hale substituted by Councillors C Drew and D Moss respectively.\n")
    assert people(text) == {"A Rook": ("present", None), "B Pell": ("present", None),
                            "C Drew": ("substitute", "Councillor E Finn"),
                            "D Moss": ("substitute", "Councillor G Hale")}


def test_attended_as_substitutes_for_respectively_in_an_apologies_item():
    text = ("2. Apologies and Substitutions\nApologies were received from Councillors E Finn and G Hale. "
            "Councillors C Drew and D Moss attended as substitutes for Councillors E Finn and G Hale respectively.\n"
            "3. Minutes\n")
    assert people(text) == {"E Finn": ("apologies", None), "G Hale": ("apologies", None),
                            "C Drew": ("substitute", "Councillor E Finn"),
                            "D Moss": ("substitute", "Councillor G Hale")}


def test_untitled_people_were_replaced_by_respectively():
    text = ("Apologies\nApologies were received from Ann Lee and Bob Ray. Ann Lee and Bob Ray were replaced by "
            "Cy Dunn and Di Vale respectively.\n")
    assert people(text) == {"Ann Lee": ("apologies", None), "Bob Ray": ("apologies", None),
                            "Cy Dunn": ("substitute", "Ann Lee"), "Di Vale": ("substitute", "Bob Ray")}
