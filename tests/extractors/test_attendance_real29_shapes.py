"""Attendance shapes found by running the command on unlabelled real minutes (session 29, helper real29), each on an
invented example: the layout and the formulaic words are as minutes print them, the bodies and names are made up."""
from .attendance_shapes import people


def test_a_run_on_present_paragraph_with_the_apologies_sentence_after_it():
    text = ("Minutes of the meeting of Eastby Town Council held on Monday, 6th May 2019 at 7pm\n"
            "PRESENT: Councillor D. Lee (chairman), who presided, Councillors Mrs G. Kerr, J. Dale, and S. Moss and "
            "Councillors R. Pike, G. Hall, and the clerk A. Ford and the assistant to the clerk Mrs J. Wren. There were "
            "apologies from Councillors P. Cole (vice chairman), R. Hunt and N. West. There were 4 members of the "
            "public present.\n"
            "2101 CHAIRMAN'S ANNOUNCEMENTS\n"
            "The chairman listed the events he had attended.\n")
    assert people(text, "status", "role") == {
        "D. Lee": ("present", None), "G. Kerr": ("present", None), "J. Dale": ("present", None),
        "S. Moss": ("present", None), "R. Pike": ("present", None), "G. Hall": ("present", None),
        "A. Ford": ("present", "clerk"), "J. Wren": ("present", "assistant to the clerk"),
        "P. Cole": ("apologies", None), "R. Hunt": ("apologies", None), "N. West": ("apologies", None)}


def test_the_apologies_accepted_after_the_last_name():
    text = ("Eastby Parish Council meeting held on 3rd April 2018\n"
            "Apologies were received from councillors J. Lee, J. Kerr, M Dale and were formally accepted\n"
            "There were 3 members of the public present.\n")
    assert people(text, "status", "organisation") == {
        "J. Lee": ("apologies", None), "J. Kerr": ("apologies", None), "M Dale": ("apologies", None)}


def test_the_body_accepting_the_apologies_after_the_list_on_its_line():
    text = ("THOSE ATTENDING:\n"
            "Cllr K Lee\n"
            "1. APOLOGIES FOR ABSENCE\n"
            "Cllr L Kerr and Cllr J Dale (family commitment), Cllr A Moss (work commitment) and Cllr H Pike (leave). "
            "The meeting accepted these as proper reasons for non-attendance.\n"
            "2. DECLARATIONS OF INTEREST\n"
            "No declarations\n")
    assert people(text, "status") == {
        "K Lee": ("present",), "L Kerr": ("apologies",), "J Dale": ("apologies",), "A Moss": ("apologies",),
        "H Pike": ("apologies",)}
    # the body's sentence is no part of the last name's entry (it was read as that person's role)
    assert "accepted" not in (people(text, "role")["H Pike"][0] or "")


def test_a_vote_after_an_absent_line_is_no_absentee():
    text = ("Members Present: Chair Ann Lee, Bo Kerr, Cy Dale.\n"
            "\n"
            "Members Absent: None\n"
            "\n"
            "Moved by member Kerr, supported by member Dale, to approve the hall contract.\n"
            "\n"
            "Ayes: Kerr, Dale, Lee\n"
            "\n"
            "Nays: None\n"
            "\n"
            "Absent: None\n"
            "\n"
            "Motion Carried\n")
    assert people(text, "status") == {"Ann Lee": ("present",), "Bo Kerr": ("present",), "Cy Dale": ("present",)}


def test_an_also_present_list_of_name_dash_role_entries_with_counts_of_the_public():
    text = ("EASTBY TOWN COUNCIL\n"
            "PRESENT: Councillors: M Lee (Chairman), R Kerr\n"
            "ALSO PRESENT: Sergeant A Dale – Eastby Police, 6 members of the public, 2 members of the press, "
            "R Moss – Town Clerk\n"
            "APOLOGIES: Councillors: C Pike\n"
            "PRAYERS\n")
    assert people(text) == {
        "M Lee": ("present", None, None), "R Kerr": ("present", None, None),
        "A Dale": ("in_attendance", None, "Eastby Police"), "R Moss": ("in_attendance", "Town Clerk", None),
        "C Pike": ("apologies", None, None)}


def test_one_person_with_a_role_and_a_body_after_a_dash_stays_one_person():
    text = "Present:\nAnn Lee – Director, Northvale Council\nBo Kerr – Chair\n1. Welcome\n"
    assert people(text, "status", "role") == {"Ann Lee": ("present", "Director"), "Bo Kerr": ("present", "Chair")}


def test_a_count_of_the_public_after_the_last_name_is_no_field_of_it():
    text = ("Present: Councillors: Ann Lee; Bo Kerr\n"
            "In attendance: Cy Dale (Clerk) & 1 member of the Public\n"
            "1. ELECTION OF THE CHAIRMAN\n")
    assert people(text, "status", "role") == {
        "Ann Lee": ("present", None), "Bo Kerr": ("present", None), "Cy Dale": ("in_attendance", "Clerk")}


def test_a_minute_reference_then_the_agenda_number_each_in_its_own_cell_before_the_apologies_heading():
    text = ("THOSE ATTENDING:\n"
            "Cllr K Lee\n"
            "C048/23\t1.\tAPOLOGIES FOR ABSENCE.\n"
            "Cllr L Kerr and Cllr J Dale (family commitment). The meeting accepted these as proper reasons.\n"
            "C049/23\t2.\tDECLARATIONS OF INTEREST\n"
            "No declarations\n")
    assert people(text, "status") == {"K Lee": ("present",), "L Kerr": ("apologies",), "J Dale": ("apologies",)}


def test_a_sentence_of_who_acted_as_chairman_is_no_role_of_the_clerk_above_it():
    text = ("Councillors S. Lee, T. Kerr, J Dale.\n"
            "Apologies were received from Cllr J. Moss.\n"
            "Locum Clerk: Ann Pike\n"
            "The Vice Chairman T. Kerr acted as Chairman\n"
            "Item 1 To agree the minutes\n")
    assert people(text, "status", "role")["Ann Pike"] == ("in_attendance", None)
