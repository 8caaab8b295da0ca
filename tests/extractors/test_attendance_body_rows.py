"""A body alone on a row of an attendance list heads the people under it, never a person (issue 12, shape 4:
"Healthwatch Norfolk" on its own line, "NHS Fife:" as a group label). Every person and body here is invented
except the area names (Doncaster, Norfolk: council areas the gazetteer holds)."""
from .attendance_shapes import people


def test_group_labels_naming_bodies_head_their_people_until_the_next_group():
    text = ("Present:\nNHS Northvale:\nJo Grant, Director of Nursing\nKen Pike\nNorthvale Council:\nCllr Al Reed\n"
            "Board Members:\nSue Vale\nApologies:\nLi Wen\n")
    assert people(text) == {"Jo Grant": ("present", "Director of Nursing", "NHS Northvale"),
                            "Ken Pike": ("present", None, "NHS Northvale"),
                            "Al Reed": ("present", None, "Northvale Council"),
                            "Sue Vale": ("present", None, None), "Li Wen": ("apologies", None, None)}


def test_a_local_body_named_for_its_area_is_no_person():
    text = ("Present:\nCllr A Rook (Chair)\nDr Hal Tenby\nCitizens Advice Doncaster\nMia Forde\nAge Concern Norfolk\n"
            "Jo Grant, Chief Officer\nApologies:\nSue Vale\n")
    assert people(text) == {"A Rook": ("present", None, None), "Hal Tenby": ("present", None, None),
                            "Mia Forde": ("present", None, "Citizens Advice Doncaster"),
                            "Jo Grant": ("present", "Chief Officer", "Age Concern Norfolk"),
                            "Sue Vale": ("apologies", None, None)}


def test_a_two_word_name_ending_in_a_place_is_still_a_person():
    # "Ann Kent": a surname that is also a council's area; only three or more words ending in one make a body
    assert people("Present:\nAnn Kent\nBo Derby, Chief Officer\n") == {
        "Ann Kent": ("present", None, None), "Bo Derby": ("present", "Chief Officer", None)}


def test_a_name_run_into_a_body_opening_on_an_area_stays_a_person():
    text = ("Apologies were received from:\nDai Rees, NHS England\n"
            "Glyn Bower Hampshire & Isle of Wight Fire & Rescue Service and his deputy Phil Barr\n"
            "Declarations of Interest\nMinutes:\nNone were declared.\n")
    got = people(text)
    assert got["Glyn Bower"] == ("apologies", None, "Hampshire & Isle of Wight Fire & Rescue Service")
    assert got["Dai Rees"] == ("apologies", None, "NHS England")


def test_a_label_naming_a_body_s_officials_heads_them_and_an_agenda_title_names_no_body():
    text = ("Present:\nScottish Government officials:\nAndy Scott, Director of Population Health\n"
            "Liz Sade, Deputy Director\nBoard Members:\nCai McCoy\nDeclaration of Members' Interests:\nNone.\n")
    assert people(text) == {"Andy Scott": ("present", "Director of Population Health", "Scottish Government"),
                            "Liz Sade": ("present", "Deputy Director", "Scottish Government"),
                            "Cai McCoy": ("present", None, None)}
