"""Attendance shapes taught by the retired fourteenth blind set, each on an invented example: the formulaic words are
as minutes print them, the bodies and names are made up."""
from boardpapers.extractors.attendance.headings import _heading

from .attendance_shapes import people


def test_a_department_before_its_councils_initials_is_the_body_in_a_body_column():
    # (modelled on a Western Isles forum's list: "Sustainable Communities, CnES" is the council's department)
    found = people("PRESENT            Ann Tull (Chair)            Public Health, NHS Northvale\n"
                   "                   Bo Quist                    Sustainable Communities, NVC\n"
                   "                   Cy Rame                     Social Work, NVC\n")
    assert found == {
        "Ann Tull": ("present", "Public Health", "NHS Northvale"),
        "Bo Quist": ("present", None, "Sustainable Communities, NVC"),
        "Cy Rame": ("present", None, "Social Work, NVC"),
    }


def test_a_body_after_a_spaced_dash_closing_a_list_line_is_every_listed_persons():
    found = people("Also in Attendance :\n"
                   "Mr J Dorne, Mr A Fisk, Mrs B Hale - Northvale Borough Council\n"
                   "Mrs E Gant - Northvale Care Trust\n", "status", "organisation")
    assert found == {
        "J Dorne": ("in_attendance", "Northvale Borough Council"),
        "A Fisk": ("in_attendance", "Northvale Borough Council"),
        "B Hale": ("in_attendance", "Northvale Borough Council"),
        "E Gant": ("in_attendance", "Northvale Care Trust"),
    }


def test_a_sector_label_heads_the_seats_listed_under_it():
    found = people("Present :\n"
                   "Northvale Borough Council\n"
                   "Mr R Pike (Chairman), Mr M Quell\n"
                   "Voluntary Sector\n"
                   "Mrs P Lowe, Ms S Nash\n"
                   "Community Health Council\n"
                   "Mr P Barr\n", "organisation")
    assert found == {
        "R Pike": ("Northvale Borough Council",), "M Quell": ("Northvale Borough Council",),
        "P Lowe": ("Voluntary Sector",), "S Nash": ("Voluntary Sector",),
        "P Barr": ("Community Health Council",),
    }


def test_a_bodys_initials_with_members_or_staff_label_a_list_with_no_status_word():
    assert _heading("NVF members") == ("present", "NVF members", 11)
    assert _heading("NVHP Staff") == ("in_attendance", "NVHP Staff", 10)
    assert _heading("GP members") is None  # a post's initials: no body
    found = people("Public Partnership Forum\n"
                   "2pm Thursday 3rd April 2009\n"
                   "NVF members\n"
                   "Lena Knox, Fergus Steel, Mary Cole,\n"
                   "Jim Greer.\n"
                   "NVHP Staff\n"
                   "Eve Barr (Head of Planning)\n"
                   "Ian Mott\n"
                   "Item (1) March Minutes\n"
                   "Minutes were agreed.\n")
    assert found == {
        "Lena Knox": ("present", None, None), "Fergus Steel": ("present", None, None),
        "Mary Cole": ("present", None, None), "Jim Greer": ("present", None, None),
        "Eve Barr": ("in_attendance", "Head of Planning", "NVHP"), "Ian Mott": ("in_attendance", None, "NVHP"),
    }


def test_a_comma_list_of_names_with_their_own_initials_opens_a_small_councils_minutes():
    found = people("Minutes of the Meeting of the Parish Council\n"
                   "22nd November 2018, The Village Hall, Northvale\n"
                   "Alan Hurst (AH), Pat Ames (PA), Tom Orr (TO), Ann Epps (AE)\n"
                   "1 member of the public, Lyn Parr-Jones (LPJ) Clerk\n"
                   "1. Apologies for Absence\n"
                   "Apologies were received from Mark Bell\n", "status", "role")
    assert found == {
        "Alan Hurst": ("present", None), "Pat Ames": ("present", None), "Tom Orr": ("present", None),
        "Ann Epps": ("present", None), "Lyn Parr-Jones": ("in_attendance", "Clerk"), "Mark Bell": ("apologies", None),
    }


def test_a_list_of_names_with_the_wrong_initials_is_no_attendance_list():
    found = people("Minutes of the Meeting of the Parish Council\n"
                   "Alan Hurst (PCC), Pat Ames (NVC), Tom Orr (RBL)\n"
                   "1. Apologies for Absence\n", "status")
    assert found == {}


def test_a_count_of_the_public_first_in_a_list_is_no_one():
    found = people("In attendance: 2 members of the public, Lyn Parr (Clerk)\n"
                   "1. Apologies\n", "status", "role")
    assert found == {"Lyn Parr": ("in_attendance", "Clerk")}


def test_an_apology_list_of_from_clauses_gives_each_sender():
    found = people("Minutes:\n"
                   "Apologies for absence had been received from Councillor D Bale, from Central Bedfordshire "
                   "Councillor T Stott, from E Gray of the Elm Road Surgery Patient Participation Group and from the "
                   "Chief Medical Director of Northvale Care Board (NCB).\n", "status", "organisation")
    assert found == {
        "D Bale": ("apologies", None),
        "T Stott": ("apologies", "Central Bedfordshire"),
        "E Gray": ("apologies", "Elm Road Surgery Patient Participation Group"),
    }


def test_a_present_apologies_deputy_table_with_wrapped_cells_gives_marks_and_deputies():
    # the deputy's column header wrapped under the row ("DEPUTY" / "ATTENDED"), long role cells wrapped onto lines
    # whose first cell is blank, the deputy's surname wrapped to the end of the next line
    found = people("Northvale Safeguarding Board - Attendance List\n"
                   "NAME\tROLE, ORGANISATION\tPRESENT\tAPOLOGIES\tDEPUTY\n"
                   "\t\t\t\tATTENDED\n"
                   "Ann Tull\tIndependent Chair, NVSB\tY (Chair)\n"
                   "Bo Quist\tCorporate Director, Children\tand Families\tA\t_\n"
                   "\tServices, Northvale County Council\n"
                   "Cy Rame\tConsultant in Public Health,\tA\tDee\n"
                   "\tNorthvale County Council\t\t\t\tHart\n"
                   "Eli Voss\tHead of Safeguarding, Northvale Hospitals\tY\n"
                   "\tNHS Trust\n"
                   "Minutes\n", "status", "organisation", "substitute_for")
    assert found == {
        "Ann Tull": ("present", "NVSB", None),
        "Bo Quist": ("apologies", "Northvale County Council", None),
        "Cy Rame": ("apologies", "Northvale County Council", None),
        "Dee Hart": ("substitute", None, "Cy Rame"),
        "Eli Voss": ("present", "Northvale Hospitals NHS Trust", None),
    }
