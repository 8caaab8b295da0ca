"""Attendance shapes read from the sixth blind set once it was retired to development (December 2026).

Every name and body here is invented; only the layouts are those of the retired minutes: headings typeset with
their letters spaced out, members listed as name | job rows with no heading of their own above "In attendance",
an officers' heading that names the body in between ("Officers of the Board Present"), a body's acronym in a
column of its own beside a job that names the body in full, and "standing in for" a member."""
import pytest

from .test_attendance import by_person, parse


def test_letter_spaced_headings_are_read_as_their_words():
    text = (
        "NORTHVALE HEALTH BOARD\n"
        "Minutes of a Meeting of the Northvale Health Board held on Tuesday, 4 March 2031 at 9.30am.\n"
        "P R E S E N T\n"
        "Mr A Brannock (in the Chair)\tMs C Dunmore\tDr E Fairlie\n"
        "Cllr G Harrow\tMrs I Jessop\tMr K Lomond\n"
        "I N  A T T E N D A N C E\n"
        "Mr M Nairn\tHead of Administration\n"
        "Ms O Pettigrew\tDirector of eHealth\n"
        "Dr Q Rintoul\tConsultant in Public Health Medicine\n"
        "01.\tAPOLOGIES\n"
        "\tApologies for absence were intimated on behalf of Mr S Tolland.\n")
    recs = by_person(parse(text))
    for person in ("A Brannock", "C Dunmore", "E Fairlie", "G Harrow", "I Jessop", "K Lomond"):
        assert recs[person].status == "present"
    for person in ("M Nairn", "O Pettigrew", "Q Rintoul"):
        assert recs[person].status == "in_attendance"
    assert recs["O Pettigrew"].role == "Director of eHealth"
    assert recs["S Tolland"].status == "apologies"


def test_letter_spaced_mixed_case_heading_over_a_paragraph_list():
    text = (
        "At a meeting of the Northvale Combined Authority held on Friday, 6 June 2031 the following Members were\n"
        "P r e s e n t:\n"
        "Councillor A Quarry (in the Chair), Councillor B Rudge, Councillor C Selby (Substitute for Councillor\n"
        "D Thwaite) and Councillor E Upton.\n"
        "12. APOLOGIES FOR ABSENCE\n")
    recs = by_person(parse(text))
    assert {p: recs[p].status for p in ("A Quarry", "B Rudge", "E Upton")} == dict.fromkeys(
        ("A Quarry", "B Rudge", "E Upton"), "present")
    assert recs["C Selby"].status == "substitute"


def test_a_letter_spaced_line_that_is_no_heading_is_left_alone():
    text = "N O R T H V A L E\nPresent: Ann Quill (Chair), Bob Rand\n"
    recs = by_person(parse(text))
    assert set(recs) == {"Ann Quill", "Bob Rand"}


def test_unheaded_member_rows_above_in_attendance_are_present():
    text = (
        "Minutes of the Board Meeting Held in Public on\n"
        "Wednesday 9th April 2031 at\n"
        "Northvale District Council, Market House, Room 2\n"
        "Hugo Ashby\t-\tChairman\n"
        "Iris Belton\t-\tChief Executive\n"
        "Jude Carver\t-\tExecutive Board Clinical Member and\n"
        "\t\tBoard Nurse Representative\n"
        "Kit Dunmow\t-\tNon Executive Director\n"
        "In attendance\n"
        "Lena Eyre\t-\tBoard Secretary\n"
        "Apologies for Absence\n"
        "None received\n")
    recs = by_person(parse(text))
    assert {p: recs[p].status for p in recs} == {
        "Hugo Ashby": "present", "Iris Belton": "present", "Jude Carver": "present", "Kit Dunmow": "present",
        "Lena Eyre": "in_attendance"}
    assert recs["Iris Belton"].role == "Chief Executive"


def test_unheaded_member_rows_under_a_label_with_no_status():
    text = (
        "41st Meeting of the Board of Directors\n"
        "Thursday 3 July 2031\n"
        "Board of Directors\n"
        "Mara Fenwick\tChair\n"
        "Ned Gorring\tVice Chair and Non-Executive Director\n"
        "Opal Hythe\tNon-Executive Director\n"
        "Piers Ivory\tMedical Director\n"
        "In attendance\n"
        "Rosa Jenner\tTrust Secretary\n")
    recs = by_person(parse(text))
    assert {p: recs[p].status for p in recs} == {
        "Mara Fenwick": "present", "Ned Gorring": "present", "Opal Hythe": "present", "Piers Ivory": "present",
        "Rosa Jenner": "in_attendance"}


def test_rows_after_a_present_heading_keep_their_block():
    # an earlier heading with a status owns the rows: nothing is read twice or restated
    text = (
        "Present\n"
        "Mara Fenwick\tChair\n"
        "Ned Gorring\tNon-Executive Director\n"
        "Opal Hythe\tNon-Executive Director\n"
        "Apologies\n"
        "Piers Ivory\tMedical Director\n")
    recs = by_person(parse(text))
    assert {p: recs[p].status for p in recs} == {
        "Mara Fenwick": "present", "Ned Gorring": "present", "Opal Hythe": "present", "Piers Ivory": "apologies"}


@pytest.mark.parametrize("rows, heading", [
    # two rows are too few to be sure of a members' list
    ("Sana Kell\tChair\nToby Lusk\tDirector of Finance\n", "In attendance"),
    # "1. In attendance" is an item of the agenda: the rows above it could be a circulation list
    ("Sana Kell\tChair\nToby Lusk\tDirector of Finance\nVic Nash\tDirector of Nursing\n", "1. In attendance"),
])
def test_rows_above_in_attendance_that_stay_unread(rows, heading):
    recs = by_person(parse(f"Northvale Board\n{rows}{heading}\nUma Marr\tBoard Secretary\n"))
    assert {p: recs[p].status for p in recs} == {"Uma Marr": "in_attendance"}


def test_officers_of_the_body_present_are_in_attendance():
    text = (
        "Board Members Present\n"
        "Vera Nolan (Chairman)\tWade Orr\n"
        "Xena Pike\tYuri Quant\n"
        "Officers of the Authority Present\n"
        "Zara Ross (Committee Administrator)\tAbel Stone (Director of Nursing)\n")
    recs = by_person(parse(text))
    assert {p: recs[p].status for p in recs} == {
        "Vera Nolan": "present", "Wade Orr": "present", "Xena Pike": "present", "Yuri Quant": "present",
        "Zara Ross": "in_attendance", "Abel Stone": "in_attendance"}


def test_an_acronym_column_stands_for_the_body_the_job_names():
    text = (
        "ATTENDEES\n"
        "Members\n"
        "Bea Tarn\tChair of Northvale LEP\tLEP\n"
        "Apologies for absence\n"
        "Cal Umber\tMember of Northvale LEP\tLEP\n"
        "Dora Vane\tLeader of Northvale Borough Council\tNBC\n")
    recs = by_person(parse(text))
    assert recs["Bea Tarn"].organisation == "Northvale LEP"
    assert recs["Cal Umber"].organisation == "Northvale LEP"
    assert recs["Cal Umber"].status == "apologies"
    assert recs["Dora Vane"].organisation == "Northvale Borough Council"


def test_standing_in_for_a_member_is_a_substitute():
    text = "Present: Ed Wren (Chair), Fay Yates (standing in for Gus Zell)\n"
    recs = by_person(parse(text))
    assert recs["Fay Yates"].status == "substitute"
    assert recs["Fay Yates"].substitute_for == "Gus Zell"
    assert recs["Ed Wren"].status == "present"


def test_an_action_tables_header_row_is_no_one():
    text = (
        "Note of Northvale Patient Panel Meeting\n"
        "Date of meeting:\t3rd March 2031 at 2.00pm\n"
        "Venue:\tRoom 4, Hill House\n"
        "Present:\tMrs Ada Hirst (Chair), Mrs Bea Corr, Mrs Cleo Dane\n"
        "Apologies:\tMr Dan Ewart\n"
        "In attendance:\tMrs Fern Gale, Mrs Gail Hume\n"
        "Agenda Item\tDiscussion Points\tAgreed Action\n"
        "\tMrs Hirst welcomed everyone to the third meeting of the\n"
        "\tpanel.\n")
    recs = by_person(parse(text))
    assert {p: recs[p].status for p in recs} == {
        "Ada Hirst": "present", "Bea Corr": "present", "Cleo Dane": "present", "Dan Ewart": "apologies",
        "Fern Gale": "in_attendance", "Gail Hume": "in_attendance"}


def test_representing_labels_name_their_body_and_plural_seats_name_none():
    text = (
        "Present:\n"
        "Representing Northvale and Islands Enterprise (NIE):\n"
        "Mr J Ibbot\n"
        "Representing the Northvale Fire and Rescue Service (NFRS):\n"
        "Mr K Jolly (Substitute) (also representing Westmoor Community Partnership)\n"
        "Locality Partnership Chairs:\n"
        "Ms L Kemp, Westmoor\n"
        "In attendance:\n"
        "Miss N Lowe, Committee Administrator, Northvale Council\n")
    recs = by_person(parse(text))
    assert recs["J Ibbot"].organisation == "Northvale and Islands Enterprise"
    assert recs["K Jolly"].organisation == "Northvale Fire and Rescue Service"
    assert recs["K Jolly"].qualifiers == ["Substitute", "also representing Westmoor Community Partnership"]
    assert recs["K Jolly"].status == "substitute"
    assert recs["L Kemp"].organisation is None
    assert recs["L Kemp"].status == "present"


def test_a_status_tables_organisation_column_and_a_name_wrapped_in_its_cell():
    text = (
        "Governing Body Attendance\n"
        "Name\tOrganisation\tJob Title\tPresent\n"
        "Dr Ona Pryce\tNHS NV CCG\tChair of NHS Northvale CCG\t✓\n"
        "Dr Wren\tNHS NV CCG\tGP Member\t✓\n"
        "Lewis-Arden\n"
        "Sol Quill\tNHS NV CCG\tLay Member\t✓\n"
        "Tia Rourke\tWestmoor Council\tDirector of Public Health\tApols\n")
    recs = by_person(parse(text))
    assert {p: recs[p].status for p in recs} == {
        "Ona Pryce": "present", "Wren Lewis-Arden": "present", "Sol Quill": "present", "Tia Rourke": "apologies"}
    assert recs["Ona Pryce"].organisation == "NHS NV CCG"
    assert recs["Wren Lewis-Arden"].role == "GP Member"
    assert recs["Tia Rourke"].organisation == "Westmoor Council"


def test_a_peers_territorial_designation_and_initials_that_spell_a_degree():
    text = (
        "Present:\tLord Bexley of Northmoor: Chairman\n"
        "\tMs MA Quint: Deputy Chairman\n"
        "\tMr R Vallance: Non-Executive Director\n"
        "\tDr Ann Kerr MA: Medical Director\n"
        "In Attendance:\tMr J Wolde: Head of Administration\n"
        "The Chairman welcomed Mr Robert Vallance, recently appointed as a Non-Executive Director, to his first\n"
        "meeting.\n")
    recs = by_person(parse(text))
    assert {p: recs[p].status for p in recs} == {
        "Bexley of Northmoor": "present", "MA Quint": "present", "R Vallance": "present", "Ann Kerr": "present",
        "J Wolde": "in_attendance"}
    assert recs["Bexley of Northmoor"].role == "Chairman"
    assert recs["R Vallance"].role == "Non-Executive Director"
