"""New members welcomed in a sentence are present (issue 12, shape 6).

Every name here is invented; the shapes follow real minutes (modelled on the welcome item of
https://www.argyll-bute.gov.uk/moderngov/ieListDocuments.aspx?MId=14844 and on the issue's pattern list)."""
from .attendance_shapes import people


def test_welcomed_to_their_first_meeting_with_roles():
    text = ("1. Welcome and introductions\nThe Chair welcomed Nadia Vance, Director of Adult Services, and Piers Holt, "
            "to their first meeting of the Board.\n2. Minutes\nThe minutes were agreed.\n")
    assert people(text) == {"Nadia Vance": ("present", "Director of Adult Services", None),
                            "Piers Holt": ("present", None, None)}


def test_new_members_were_welcomed_with_a_clause_about_one_of_them():
    text = ("1. Welcome and Apologies\nMinutes:\nJoe Kay welcomed everyone attending and apologies were noted. New "
            "members were welcomed - Rana Moor - Deputy Director for Social Care, Scottish Government who is the "
            "Partnership's new Place Director and Glen Bale, NHS Highland.\n2. Minutes\n")
    assert people(text) == {"Rana Moor": ("present", "Deputy Director for Social Care", "Scottish Government"),
                            "Glen Bale": ("present", None, "NHS Highland")}


def test_welcomed_as_new_members_with_posts_and_a_welcome_to_everyone_names_nobody():
    text = ("Present: Councillor A Rook (Chair), Councillor B Pell.\n1. Welcome\nThe Chair welcomed everyone to the "
            "meeting, and welcomed Cal Reddy, Chief Officer, Northvale Voluntary Action, and Councillor Dee Moss as "
            "new members of the Committee.\n")
    assert people(text) == {"A Rook": ("present", None, None), "B Pell": ("present", None, None),
                            "Cal Reddy": ("present", "Chief Officer", "Northvale Voluntary Action"),
                            "Dee Moss": ("present", None, None)}


def test_one_name_welcomed_to_a_first_meeting_or_to_the_meeting_is_no_list_of_members():
    # a list of people with their posts is how new members are introduced; "welcomed Councillor Reddy to his first
    # meeting" alone may be his first in the chair, or a visitor's (as before, nobody is read from it)
    text = ("1. Welcome\nThe Chair welcomed Councillor Cal Reddy to the meeting.\n"
            "The Chair welcomed Councillor Dee Moss to his first meeting as Chair.\n")
    assert people(text) == {}
