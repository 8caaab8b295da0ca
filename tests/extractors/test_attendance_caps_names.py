"""Names wholly in capitals after a title (issue 12, shape 2: "COUNCILLOR ANN RUDD (CHAIR)", "Cllr J SMITH").
Every name and body here is invented."""
from .attendance_shapes import people as _people


def people(text):
    return _people(text, "status", "role", "organisation", "qualifiers")


def test_caps_lines_with_titles_roles_and_a_plural_title():
    text = ("PRESENT:\nCOUNCILLOR ANN RUDGE (CHAIR)\nCOUNCILLORS P KOLB, T MCLEAN AND J O'NEILL\n"
            "MR AC MARSH, DIRECTOR OF FINANCE, NORTHVALE COUNCIL\nAPOLOGIES: Councillor JOHN SMITH-JONES\n"
            "1. MINUTES\n")
    assert people(text) == {
        "Ann Rudge": ("present", None, None, ("Chair",)),
        "P Kolb": ("present", None, None, ()), "T McLean": ("present", None, None, ()),
        "J O'Neill": ("present", None, None, ()),
        "AC Marsh": ("present", "Director of Finance", "Northvale Council", ()),
        "John Smith-Jones": ("apologies", None, None, ()),
    }


def test_caps_surname_after_an_initial_is_written_in_ordinary_case():
    assert people("Present:\nCllr J SMYTHE\nCllr K LOWE (Vice-Chair)\n") == {
        "J Smythe": ("present", None, None, ()), "K Lowe": ("present", None, None, ("Vice-Chair",))}


def test_caps_words_that_are_no_name_stay_as_written():
    # "MS Teams": no title before a name; "NHS" in a mixed-case line is untouched
    got = people("Present:\nDr Ann Orr, NHS Northvale\nAlso present via MS Teams: Cllr Bo Hart\n")
    assert got["Ann Orr"][2] == "NHS Northvale"
