"""Attendance shapes taught by the retired tenth blind set (small bodies: parish councils, patient groups, medical
committees), each on an invented example: the layout and the formulaic words are as minutes print them, the bodies
and names are made up."""
from .attendance_shapes import people


def test_a_wrapped_drs_list_under_the_title_and_drs_apologies_sentence():
    text = ("Minute of the meeting of the Northvale LMC\n"
            "Monday 4th March at 7.00 pm\n"
            "Drs. Alma Trent, Basil Orme, Cora Vance, Dale Huxley,\n"
            "Edie Marsh, Dr Ferris (Registrar, Northby), Gwen\n"
            "Talbot.\n"
            "1) Welcome and apologies\n"
            "Apologies were received from Drs. Hugh Lamb, Iris Noon.\n"
            "2) Minute of last meeting\n")
    assert people(text, "status") == {
        "Alma Trent": ("present",), "Basil Orme": ("present",), "Cora Vance": ("present",),
        "Dale Huxley": ("present",), "Edie Marsh": ("present",), "Ferris": ("present",), "Gwen Talbot": ("present",),
        "Hugh Lamb": ("apologies",), "Iris Noon": ("apologies",)}


def test_apologies_for_non_attendance_from_plural_title():
    text = ("Minutes of the Annual Meeting of Eastby Parish Council\n"
            "2. Apologies.\n"
            "Apologies for non-attendance were received from Cllrs. Quayle, Rudd and Sefton.\n"
            "3. Election of Chair.\n")
    assert people(text, "status") == {"Quayle": ("apologies",), "Rudd": ("apologies",), "Sefton": ("apologies",)}


def test_councillors_one_a_line_under_the_title_are_present():
    text = ("Minutes of the Annual Meeting of Eastby Parish Council held in the Parish Room\n"
            "Cllr. T Quayle (Chairman for the meeting).\n"
            "Cllr. M Rudd\n"
            "Cllr. P Sefton\n"
            "Cllr. Underwood-Vale\n"
            "1. Welcome.\n"
            "Cllr. Quayle opened the meeting.\n")
    assert people(text, "status") == {"T Quayle": ("present",), "M Rudd": ("present",), "P Sefton": ("present",),
                                      "Underwood-Vale": ("present",)}


def test_names_one_a_line_without_titles_under_the_title_are_no_list():
    text = ("Minutes of the Annual Meeting of Eastby Parish Council\n"
            "T Quayle (Chairman)\nM Rudd\nP Sefton\nK Underwood\n1. Welcome.\n")
    assert people(text) == {}


def test_a_semicolon_for_the_colon_after_present_and_apologies():
    text = ("WESTBY PARISH COUNCIL\n"
            "MINUTES OF THE ANNUAL MEETING\n"
            "Present; Cllr Mrs A. Penrose, Chairman. Cllrs B. Quick, C. Rayner, D. Stott\n"
            "Apologies; Ella Tanner, Fred Upton\n"
            "1. Election of Chairman.\n")
    assert people(text, "status", "role") == {
        "A. Penrose": ("present", "Chairman"), "B. Quick": ("present", None), "C. Rayner": ("present", None),
        "D. Stott": ("present", None), "Ella Tanner": ("apologies", None), "Fred Upton": ("apologies", None)}


def test_a_semicolon_after_a_status_word_in_a_sentence_is_no_heading():
    assert people("Minutes\nApologies; these were noted by the chair.\n") == {}


def test_patient_group_members_by_given_name_and_initial():
    text = ("PPG Minutes 3rd April 2025\n"
            "PRESENT: Nell T (Chair), Olga S, Pip R-W,\n"
            "Dr. B. Quince, Rosa K.\n"
            "APOLOGIES; Stan B, Tess W, Una P\n"
            "A new member had not yet replied.\n"
            "Item 1. Newsletter\n")
    assert people(text, "status") == {
        "Nell T": ("present",), "Olga S": ("present",), "Pip R-W": ("present",), "B. Quince": ("present",),
        "Rosa K": ("present",), "Stan B": ("apologies",), "Tess W": ("apologies",), "Una P": ("apologies",)}


def test_two_given_names_with_initials_are_no_run():
    # fewer than three: "Appendix B"-like words are never taken for people
    assert people("Present: Appendix B, Table C\n") == {}


def test_a_run_on_list_of_names_with_their_initials_then_roles():
    text = ("Minutes of Patient Participation Group\n"
            "Present: Vera Ash (VA) PPG Chair, Walt Birch OBE (WB) Practice Manager, Xena Cole (XC) PPG Secretary, "
            "Yann Dove (PPG), Zoe Elm (Office Manager).\n"
            "Apologies: Abe Finch\n")
    assert people(text, "status", "role") == {
        "Vera Ash": ("present", "PPG Chair"), "Walt Birch": ("present", "Practice Manager"),
        "Xena Cole": ("present", "PPG Secretary"), "Yann Dove": ("present", None),
        "Zoe Elm": ("present", "Office Manager"), "Abe Finch": ("apologies", None)}


def test_names_one_a_line_with_their_initials_under_the_minutes_title_after_the_agenda():
    text = ("May 2, 2025\n"
            "1. Welcome and apologies\n"
            "2. Approval of previous minutes\n"
            "3. Any Other Business\n"
            "Minutes of PPG meeting Friday 2nd May 3.30pm Northby Surgery\n"
            "Ada Penn (Practice Manager) AP\n"
            "Bram Quill BQ\n"
            "Cleo Rowe-Stanton C R-S\n"
            "Dex Tully DT\n"
            "Apologies: None\n"
            "11) Welcome by AP\n")
    assert people(text, "status", "role", "organisation") == {
        "Ada Penn": ("present", "Practice Manager", None), "Bram Quill": ("present", None, None),
        "Cleo Rowe-Stanton": ("present", None, None), "Dex Tully": ("present", None, None)}


def test_names_one_a_line_after_the_agenda_with_no_minutes_title_are_no_list():
    text = ("1. Welcome and apologies\n"
            "2. Any Other Business\n"
            "Ada Penn (Practice Manager) AP\nBram Quill BQ\nCleo Rowe CR\nDex Tully DT\n")
    assert people(text) == {}


def test_a_numbered_paragraph_of_one_councillor_sending_apologies_under_the_apologies_item():
    text = ("Parish Council Minutes\n"
            "52. Apologies\n"
            "52.1 Councillor Quayle sent his apologies which were accepted.\n"
            "53. Public Question Time\n")
    assert people(text, "status") == {"Quayle": ("apologies",)}
