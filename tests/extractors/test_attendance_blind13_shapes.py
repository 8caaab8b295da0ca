"""Attendance shapes taught by the retired thirteenth blind set, each on an invented example: the formulaic words are
as minutes print them, the bodies and names are made up."""
from boardpapers.extractors.attendance.headings import _heading
from boardpapers.extractors.ocr import _mend_misreads

from .attendance_shapes import people


def test_a_surname_grid_under_councillors_gives_each_councillor():
    found = people("Minutes of Proceedings\n"
                   "Present\n"
                   "Councillors\n"
                   "Abbot\tDenham\tLister\n"
                   "Ann Baker\tEmsley\tMorton\n"
                   "Carl Baker\tFoxley (Vice-Chairman)\tNorris\n"
                   "Dunn MBE\tGrange\tPerrin\n"
                   "In Attendance\n"
                   "Sam Quill\tTed Rowe\tUna Sharp\n"
                   "Vic Tull\tWes Upton\tYan Vell\n"
                   "Minutes\n"
                   "90 Apologies for absence\n"
                   "No apologies were received.\n", "status", "role")
    assert found == {
        "Abbot": ("present", None), "Denham": ("present", None), "Lister": ("present", None),
        "Ann Baker": ("present", None), "Emsley": ("present", None), "Morton": ("present", None),
        "Carl Baker": ("present", None), "Foxley": ("present", None), "Norris": ("present", None),
        "Dunn": ("present", None), "Grange": ("present", None), "Perrin": ("present", None),
        "Sam Quill": ("in_attendance", None), "Ted Rowe": ("in_attendance", None), "Una Sharp": ("in_attendance", None),
        "Vic Tull": ("in_attendance", None), "Wes Upton": ("in_attendance", None), "Yan Vell": ("in_attendance", None),
    }


def test_a_lone_surname_among_initialled_names_is_not_read_as_a_councillor():
    # an initial lost by a scan's text ("Duxbury" for "I Duxbury") in a grid of initialled names: no new person
    found = people("Present:\n"
                   "Councillors\n"
                   "A Ash\tF Fern\n"
                   "U Umber\tZ Zeal MBE\n"
                   "Dorsey\tM Moss\n"
                   "1. Welcome\n", "status")
    assert "Dorsey" not in found
    assert {"A Ash", "F Fern", "U Umber", "Z Zeal", "M Moss"} <= set(found)


def test_a_running_minute_number_then_apologies_with_a_full_stop_heads_the_list_below():
    assert _heading("141) Apologies.") == ("apologies", "Apologies", 15)
    assert _heading("2. Apologies.") == ("apologies", "Apologies", 13)
    assert _heading("Apologies.") is None  # a bare word and a stop, no item number: no heading of its own
    found = people("Present:\tCouncillors H. Hale (Chair)\n"
                   "\tA.E. Ames\n"
                   "\tM. Marsh\n"
                   "In attendance:\tClerk - Ms. C. Dale\n"
                   "141) Apologies.\n"
                   "Councillors E. Eyre, D. Eyre, T. Tait and I. Ince\n"
                   "142) Declarations of Interest\n"
                   "The Chair reminded Members to declare.\n", "status", "role")
    assert found == {"H. Hale": ("present", None), "A.E. Ames": ("present", None), "M. Marsh": ("present", None),
                     "C. Dale": ("in_attendance", "Clerk"), "E. Eyre": ("apologies", None),
                     "D. Eyre": ("apologies", None), "T. Tait": ("apologies", None), "I. Ince": ("apologies", None)}


def test_a_post_a_dash_then_a_titled_name_alone_after_the_heading():
    assert people("In attendance: Clerk – Mrs Ann Dale\n1. Minutes\n", "status", "role") == {
        "Ann Dale": ("in_attendance", "Clerk")}


def test_a_bar_with_a_full_stop_is_the_initial_i():
    words = [{"text": "and", "x0": 0, "x1": 10}, {"text": "|.", "x0": 12, "x1": 14}, {"text": "Ince", "x0": 16, "x1": 30}]
    assert [w["text"] for w in _mend_misreads(words)] == ["and", "I.", "Ince"]
    assert [w["text"] for w in _mend_misreads([{"text": "|", "x0": 0, "x1": 1}])] == ["|"]  # a rule stays a rule


def test_deputies_named_with_brackets_then_respectively_before_the_list_they_stand_in_for():
    found = people("1.2 Apologies for absence were received from Councillor Ray Hollis (Cabinet Member for Parks), "
                   "Sue Reed (Director of Care) and Bea Bright (Director of Housing).\n"
                   "1.3 Councillor Kay Scott (Deputy Cabinet Member for Children, Families and Young People), Dan Chase "
                   "(Adult Social Care) and Ann Luck (Housing and Regeneration) attended as Deputies respectively for "
                   "Councillor Ray Hollis, Sue Reed and Bea Bright.\n"
                   "1.4 The Chairman welcomed everyone.\n", "status", "substitute_for")
    assert {k: v for k, v in found.items() if v[0] == "substitute"} == {
        "Kay Scott": ("substitute", "Councillor Ray Hollis"), "Dan Chase": ("substitute", "Sue Reed"),
        "Ann Luck": ("substitute", "Bea Bright")}


def test_replacements_attending_on_behalf_of_members_in_the_present_tense():
    found = people("Minutes:\n"
                   "Apologies were noted as above.\n"
                   "Replacements for the meeting were as follows:\n"
                   "Dan Glass is attending on behalf of Dr Lena Dale, Northvale CCG and Dr Sam Mull, Eastvale CCG\n"
                   "Dee Carr is attending on behalf of Edna Grey OBE, Education and Children's Services, Northvale "
                   "County Council\n"
                   "Don Hart, Director of Public Health, Westvale Council was also in attendance.\n", "status")
    assert found["Dan Glass"] == ("substitute",) and found["Dee Carr"] == ("substitute",)
    assert found["Don Hart"] == ("in_attendance",)


def test_a_correction_to_the_minutes_of_the_meeting_held_on_a_date_names_no_one_at_this_meeting():
    found = people("4. MINUTES\n"
                   "Agreed the minutes of the meeting held on 9 April 2013 subject to an amendment to reflect the "
                   "submission of apologies from Councillor Sands.\n")
    assert found == {}


def test_notes_on_part_attendance_in_a_name_cell_are_neither_heading_nor_role():
    assert _heading("In attendance from Item 6.1 (13:40)") is None
    found = people("PRESENT:\n"
                   "NAME\tTITLE\tSERVICE/AGENCY\n"
                   "Dr Ann Lee (AL)\tCCG Chair\tNHS Northvale CCG\n"
                   "Bob Cole (BC)\tChief Officer\tNHS Northvale CCG\n"
                   "Dr Cy Dunn (CD)\tCCG Member\tNHS Northvale CCG\n"
                   "In attendance from Item 6.1.2\n"
                   "(13:50) onwards\n"
                   "Dr Di Eyre (DE)\tCCG Member\tNHS Northvale CCG\n"
                   "In attendance from Item 6.1 (13:40)\n"
                   "onwards\n"
                   "Ed Fox (EF)\tLay Member\tNHS Northvale CCG\n"
                   "IN ATTENDANCE:\n"
                   "Fay Gold (FG)\tPA (Note Taker)\tNHS Northvale CCG\n"
                   "1. Apologies\n", "status", "organisation")
    assert found == {"Ann Lee": ("present", "NHS Northvale CCG"), "Bob Cole": ("present", "NHS Northvale CCG"),
                     "Cy Dunn": ("present", "NHS Northvale CCG"), "Di Eyre": ("present", "NHS Northvale CCG"),
                     "Ed Fox": ("present", "NHS Northvale CCG"), "Fay Gold": ("in_attendance", "NHS Northvale CCG")}


def test_the_staff_who_came_along_with_one_in_attendance():
    found = people("3. WELCOME\n"
                   "The Chair introduced Tom Hale, Police and Crime Commissioner (PCC), who was in attendance for agenda "
                   "items seven and eight, along with his Chief Executive, Sue Hunt, and Treasurer, Dan Watt.\n"
                   "4. MINUTES\n", "status", "role")
    assert set(found) == {"Tom Hale", "Sue Hunt", "Dan Watt"} and found["Tom Hale"][0] == "in_attendance"
    assert found["Sue Hunt"] == ("in_attendance", "Chief Executive")
    assert found["Dan Watt"] == ("in_attendance", "Treasurer")


def test_a_group_label_with_a_status_run_on_after_the_last_list():
    found = people("1. Councillors Present: Sam Bell (Chair), Pat Dale and Ian Dean. Representatives Attending: "
                   "Cllr. Amy Hart (NVBC)\n"
                   "2. Apologies: Cllrs. Mo Barr & Ian Gale\n", "status", "organisation")
    assert found == {"Sam Bell": ("present", None), "Pat Dale": ("present", None), "Ian Dean": ("present", None),
                     "Amy Hart": ("in_attendance", "NVBC"), "Mo Barr": ("apologies", None),
                     "Ian Gale": ("apologies", None)}


def test_a_body_after_from_in_a_status_heading_or_a_representatives_label():
    found = people("Members in Attendance:\tHal Bond, Zoe Chard\n"
                   "\tTed Cole (Chair)\n"
                   "Representative from Northvale Hospitals NHS Trust:\n"
                   "\tDes Moy,\n"
                   "In Attendance from Forum Support Organisation (FSO):\n"
                   "\tVal Bliss, Forum Co-ordinator\n"
                   "\tJon Carr, Forum Administrator\n"
                   "Item\tDiscussion\tActions\n", "status", "role", "organisation")
    assert found["Des Moy"][2] == "Northvale Hospitals NHS Trust"
    assert found["Val Bliss"] == ("in_attendance", "Forum Co-ordinator", "Forum Support Organisation (FSO)")
    assert found["Jon Carr"] == ("in_attendance", "Forum Administrator", "Forum Support Organisation (FSO)")


def test_a_job_a_spaced_hyphen_then_the_bodys_initials():
    found = people("PRESENT:\tMark Wood\tNVC Chair\n"
                   "\tCllr Mick Barr\tPortfolio Holder for Tourism and Culture - NVC\n"
                   "\tJudy Cole\tStrategic Nurse\n"
                   "1. APOLOGIES\n", "role", "organisation")
    assert found["Mick Barr"] == ("Portfolio Holder for Tourism and Culture", "NVC")
