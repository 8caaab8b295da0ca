"""Attendance layouts from the fourth blind set's retired held-out half (issue 12), as invented minutes in the
shape real ones use: the lines the layout reader writes, or the text a ModernGov / CMIS / record page gives."""
from boardpapers.models import Page
from extractors.attendance import parse_attendance


def parse(text):
    return {r.person: r for r in parse_attendance([Page(number=1, text=text)])}


# a register with one column per mark under a legend line; the layout reader drops blank cells, so each row keeps
# only its mark (modelled on a safeguarding adults board's PDF minutes, docslib.org rendering)
MARK_COLUMNS_REGISTER = (
    "Minutes of the Northvale Safeguarding Adults Board\n"
    "MEETING:\tNorthvale Safeguarding Adults Board\tDate of Meeting:\t4th May 2017\n"
    "P= Present A= Apologies DNA=Did not attend D/R=Deputise/Representative\n"
    "Board Member\tP\tA\tDNA\tD/R\n"
    "Joan Ashby (JA) - Independent Chair\tP\n"
    "Peter Lowe (PL) - Head of Adult Services, NVC\tP\n"
    "Anita Roy (AR) - Detective Inspector, Northvale Police\t\tA\n"
    "Colin Marsh (CM) - Named Nurse, CCG\t\t\t\tR\n"
    "Dawn Pike (DP) - Service Manager, Northvale Carers Centre\n"
    "Hugh Benn (HB) - Inspection Manager, CQC\tDNA\n"
    "Rita Kaur (RK) - Deputy Chief Executive, Northvale CVS\tP\n"
    "1. Welcome and introductions\n"
    "The Chair welcomed members to the meeting.\n"
)


def test_mark_columns_register_reads_each_rows_mark():
    people = parse(MARK_COLUMNS_REGISTER)
    assert {n: r.status for n, r in people.items()} == {
        "Joan Ashby": "present", "Peter Lowe": "present", "Anita Roy": "apologies", "Hugh Benn": "absent",
        "Rita Kaur": "present"}
    assert people["Peter Lowe"].role == "Head of Adult Services"
    assert people["Peter Lowe"].organisation == "NVC"
    assert people["Joan Ashby"].role == "Independent Chair"


def test_mark_columns_register_needs_mark_headers():
    # the same rows under a header of ordinary words are not a register
    text = MARK_COLUMNS_REGISTER.replace("Board Member\tP\tA\tDNA\tD/R", "Board Member\tNotes\tRoom")
    assert parse(text) == {}
