"""A body then the place it serves, after a comma, is the organisation as written (issue 12, shape 7:
"BUILD, Norwich", "Age UK, Bristol"). Modelled on the members' list of
https://studylib.net/doc/7616039/minute---norfolk-safeguarding-adults-board; every name here is invented."""
from .attendance_shapes import people as _people
from .test_attendance import parse


def people(text):
    return _people(text, "role", "organisation")


def test_acronym_or_known_body_then_a_place():
    text = ("Present:\nJo Grant, BUILD, Norwich\nKen Pike, Age UK, Bristol\nLi Wen, Director, Age UK, Milton Keynes\n"
            "Al Reed, Chair, Healthwatch, Norfolk\n")
    assert people(text) == {"Jo Grant": (None, "BUILD, Norwich"), "Ken Pike": (None, "Age UK, Bristol"),
                            "Li Wen": ("Director", "Age UK, Milton Keynes"), "Al Reed": ("Chair", "Healthwatch, Norfolk")}


def test_a_portfolio_a_party_or_a_seat_in_brackets_is_no_place():
    text = ("Present:\nCllr Ken Pike, Northvale Council, Labour\nMary Bask (NVP, Steward)\n"
            "Bo Dee, Cabinet Member, Housing\n")
    got = people(text)
    assert got["Mary Bask"] == ("Steward", "NVP")
    assert got["Bo Dee"] == ("Cabinet Member, Housing", None)
    assert got["Ken Pike"] == ("Northvale Council, Labour", None)  # (an unknown council stays in the role)


def test_a_title_wrapped_before_the_next_name_is_no_place():
    # "…, Northvale City Council), Miss" then "Mary Quill …" on the next line (a sample site's wrapped list)
    text = ("Also present: Dr Ann Orr (Director of Public Health, Northvale City Council), Miss\n"
            "Mary Quill OBE (Clinical Chair, NHS Northvale CCG)\n")
    got = {r.person: r.organisation for r in parse(text)}
    assert got["Ann Orr"] == "Northvale City Council"
