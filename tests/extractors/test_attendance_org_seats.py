"""Organisations of attendees from the seat they fill: a council's area standing for the council, a body written
out before its acronym, a body bracket after a substitute clause, NHS body acronyms (fictional people)."""
from boardpapers.extractors.attendance import parse_attendance
from boardpapers.models import Page


def parse(text):
    return {r.person: r for r in parse_attendance([Page(number=1, text=text)])}


def test_area_first_table_gives_each_member_their_council():
    recs = parse("Present\nCOSLA President\tCllr Tamsin Rook\nAngus\tCllr Ivo Quill\nEast Ayrshire\tPetra Vane\n"
                 "East Ayrshire\tCllr Olaf Brindle (Substitute)\nGlasgow City\tCllr Nia Fallow (Teleconference)\n"
                 "1. Welcome\nThe President opened the meeting.\n")
    assert sorted(recs) == ["Ivo Quill", "Nia Fallow", "Olaf Brindle", "Petra Vane", "Tamsin Rook"]
    assert recs["Ivo Quill"].organisation == "Angus"
    assert recs["Petra Vane"].organisation == "East Ayrshire"
    assert (recs["Olaf Brindle"].organisation, recs["Olaf Brindle"].status) == ("East Ayrshire", "substitute")
    assert recs["Nia Fallow"].organisation == "Glasgow City"
    assert recs["Tamsin Rook"].role == "COSLA President"


def test_council_area_after_a_councillor_is_the_council():
    recs = parse("Present:\nCllr Tamsin Rook, Conwy\nCllr Ivo Quill, Anglesey\nCllr Petra Vane (Wigan)\n"
                 "Rhod Amwell, Head of Cabinet Division\n\n1. Welcome\n")
    assert recs["Tamsin Rook"].organisation == "Conwy"  # "Conwy County Borough Council"
    assert recs["Ivo Quill"].organisation == "Anglesey"  # "Isle of Anglesey County Council"
    assert recs["Petra Vane"].organisation == "Wigan"
    assert (recs["Rhod Amwell"].organisation, recs["Rhod Amwell"].role) == (None, "Head of Cabinet Division")


def test_body_bracket_after_substitute_clause_is_the_substitutes():
    recs = parse("Substitutes:\nJo Fenwick for Alf Tandy (Northvale Borough Council)\n"
                 "Kay Dunmore for Sid Prowse (Vice-Chair)\n\n1. Minutes\n")
    assert (recs["Jo Fenwick"].status, recs["Jo Fenwick"].organisation) == ("substitute", "Northvale Borough Council")
    assert recs["Jo Fenwick"].substitute_for == "Alf Tandy"
    assert recs["Kay Dunmore"].organisation is None  # a role there is the absent member's


def test_body_written_out_before_its_acronym():
    recs = parse("Attendees\nOrla Penn, Association of Directors of Leisure in Wales (ADLW)\n"
                 "Kit Marr, Friends in Northvale (FiN) Forum representative\n"
                 "Ada Crane, Coalition of Care and Support Providers in Northvale (CCPN) Forum representative\n"
                 "Ben Holm, Director of Public Health (DPH)\n"
                 "Cy Dale, Corporate Risk Manager, NHS Northvale District (NHSND)\n\n1. Welcome\n")
    assert recs["Orla Penn"].organisation == "Association of Directors of Leisure in Wales"
    assert (recs["Kit Marr"].organisation, recs["Kit Marr"].role) == ("Friends in Northvale", "Forum representative")
    assert recs["Ada Crane"].organisation == "Coalition of Care and Support Providers in Northvale"
    assert recs["Ben Holm"].organisation is None
    assert (recs["Cy Dale"].role, recs["Cy Dale"].organisation) == ("Corporate Risk Manager", "NHS Northvale District")


def test_nhs_acronym_bodies_and_ceo_before_acronym():
    recs = parse("Present:\nCara Doyle, Interim CEO, Northvale UHB\nBea Lusk, CEO NVLGA\n"
                 "Tom Garve, Chief Officer, Northvale HSCP\n\n1. Welcome\n")
    assert (recs["Cara Doyle"].organisation, recs["Cara Doyle"].role) == ("Northvale UHB", "Interim CEO")
    assert recs["Bea Lusk"].organisation == "NVLGA"
    assert (recs["Tom Garve"].organisation, recs["Tom Garve"].role) == ("Northvale HSCP", "Chief Officer")


def test_area_headings_and_area_labels_over_councillors():
    recs = parse("PRESENT:\nWigan\nCllr Tamsin Rook\nCllr Ivo Quill\nBolton\nCllr Petra Vane\n\n1. Minutes\n")
    assert {p: r.organisation for p, r in recs.items()} == {
        "Tamsin Rook": "Wigan", "Ivo Quill": "Wigan", "Petra Vane": "Bolton"}
    recs = parse("Present:\nWigan: Cllr Tamsin Rook, Cllr Ivo Quill\nBolton: Cllr Petra Vane\n\n1. Minutes\n")
    assert {p: r.organisation for p, r in recs.items()} == {
        "Tamsin Rook": "Wigan", "Ivo Quill": "Wigan", "Petra Vane": "Bolton"}


def test_body_then_dash_then_job_in_an_officer_cell():
    recs = parse("Present:\nCllr Tamsin Rook\tChair\nOfficers\nIvo Quill\tGMCA – Chief Executive\n"
                 "Petra Vane\tNorthvale Council – Solicitor\nOlaf Brindle\tWigan – Head of Policy\n\n1. Minutes\n")
    assert (recs["Ivo Quill"].organisation, recs["Ivo Quill"].role) == ("GMCA", "Chief Executive")
    assert (recs["Petra Vane"].organisation, recs["Petra Vane"].role) == ("Northvale Council", "Solicitor")
    assert (recs["Olaf Brindle"].organisation, recs["Olaf Brindle"].role) == ("Wigan", "Head of Policy")
    assert (recs["Tamsin Rook"].organisation, recs["Tamsin Rook"].role) == (None, "Chair")


def test_elected_mayors_are_roles_not_names():
    recs = parse("Present:\nMetro Mayor Ivo Quill (Chair)\nCllr Tamsin Rook\nCity Mayor Petra Vane\n"
                 "Deputy Mayor Olaf Brindle\n\n1. Minutes\n")
    assert {p: (r.role, r.organisation) for p, r in recs.items()} == {
        "Ivo Quill": ("Metro Mayor", None), "Tamsin Rook": (None, None), "Petra Vane": ("City Mayor", None),
        "Olaf Brindle": ("Deputy Mayor", None)}


def test_long_trust_name_after_a_job_acronym():
    recs = parse("The following apologies were reported:\nIvo Quill, CEO, Robert Hale & Ida Lowe Orthopaedic "
                 "Hospital NHS Foundation Trust\nPetra Vane, Chief Officer, Northvale Partners in Care\n\n1. Minutes\n")
    assert (recs["Ivo Quill"].role, recs["Ivo Quill"].organisation) == (
        "CEO", "Robert Hale & Ida Lowe Orthopaedic Hospital NHS Foundation Trust")
    assert recs["Ivo Quill"].status == "apologies"


def test_apologies_received_and_noted_resolution():
    recs = parse("1. Apologies\nThat apologies be received and noted from Cllr Tamsin Rook and Dr Ivo Quill.\n\n"
                 "2. Minutes\n")
    assert {p: r.status for p, r in recs.items()} == {"Tamsin Rook": "apologies", "Ivo Quill": "apologies"}


def test_last_comma_part_is_the_body_when_a_bracket_qualifies_the_post():
    recs = parse("Present:\nIvo Quill, Unit Manager (Eastmoor and Westdale), Northvale Heritage Agency\n"
                 "Petra Vane, Area Manager (East and West Northvale), Northvale Fire and Rescue Service\n"
                 "Olaf Brindle (Minutes)\tBoard Secretary, NVCG\n\n1. Minutes\n")
    assert (recs["Ivo Quill"].role, recs["Ivo Quill"].organisation) == (
        "Unit Manager, Eastmoor and Westdale", "Northvale Heritage Agency")
    assert recs["Petra Vane"].organisation == "Northvale Fire and Rescue Service"
    assert recs["Olaf Brindle"].organisation == "NVCG"
    # a post-holder's office is a body, though its name holds a job's word
    offices = parse("Apologies:\nIvo Quill - Deputy Police & Crime Commissioner, Police & Crime Commissioner's "
                    "Office\nPetra Vane\tChief Executive, Northvale and Eastdale Police and Crime Commissioner’s "
                    "Office.\n\n1. Minutes\n")
    assert (offices["Ivo Quill"].role, offices["Ivo Quill"].organisation) == (
        "Deputy Police & Crime Commissioner", "Police & Crime Commissioner's Office")
    assert offices["Petra Vane"].organisation == "Northvale and Eastdale Police and Crime Commissioner’s Office"


def test_job_then_body_in_one_cell():
    recs = parse("Present:\nIvo Quill (IQ)\t: Minute Taker NHS Northvale CCG\n"
                 "Petra Vane (PV)\tDirector Children and Adults Services Northvale Council\n"
                 "Olaf Brindle, Commissioner for Eastdale and Chair of the Northvale Policing Group\n\n1. Minutes\n")
    assert (recs["Ivo Quill"].role, recs["Ivo Quill"].organisation) == ("Minute Taker", "NHS Northvale CCG")
    assert (recs["Petra Vane"].role, recs["Petra Vane"].organisation) == (
        "Director Children and Adults Services", "Northvale Council")
    assert recs["Olaf Brindle"].organisation is None  # a seat on the group, within the role


def test_seats_and_remits_are_not_bodies():
    recs = parse("Present:\nIvo Quill, Chairman, Finance Committee\nDr Petra Vane, Eastdale Local Medical Committee\n"
                 "Olaf Brindle, Service Director for Children, Young People and Families\n"
                 "Tamsin Rook – Northvale University Health Board 2\n\n1. Minutes\n")
    assert (recs["Ivo Quill"].role, recs["Ivo Quill"].organisation) == ("Chairman, Finance Committee", None)
    assert recs["Petra Vane"].organisation == "Eastdale Local Medical Committee"
    assert (recs["Olaf Brindle"].role, recs["Olaf Brindle"].organisation) == (
        "Service Director for Children, Young People and Families", None)
    assert recs["Tamsin Rook"].organisation == "Northvale University Health Board"  # no footnote number


def test_bodies_in_a_list_under_a_title_written_once():
    recs = parse("Present: Councillors Rook (Chairman), Quill and Vane, D. Brindle, Halton Borough Council, "
                 "S. Amwell, NHS Halton and St Helens, E. Tarn, Director of Public Health\n\n"
                 "Apologies for Absence: Councillors Kent, Bury and P Dorne (Northvale District Council)\n")
    assert {p: r.organisation for p, r in recs.items()} == {
        "Rook": None, "Quill": None, "Vane": None, "D. Brindle": "Halton Borough Council",
        "S. Amwell": "NHS Halton and St Helens", "E. Tarn": None,
        # a body in brackets after the last name is every listed councillor's, and no one's name
        "Kent": "Northvale District Council", "Bury": "Northvale District Council", "P Dorne": "Northvale District Council"}


def test_body_then_post_with_its_remit():
    recs = parse("Board Members\nCllr Ivo Quill\tNorthvale Council Cabinet Assistant for Economic Development, "
                 "Eastgate Ward Councillor\nPetra Vane\tNorthvale Council Director of Public Health\n\n1. Minutes\n")
    assert (recs["Ivo Quill"].organisation, recs["Ivo Quill"].role) == (
        "Northvale Council", "Cabinet Assistant for Economic Development, Eastgate Ward Councillor")
    assert (recs["Petra Vane"].organisation, recs["Petra Vane"].role) == ("Northvale Council", "Director of Public Health")


def test_unit_then_dash_then_its_bodys_acronym():
    recs = parse("Present:\nIvo Quill - Head of Safeguarding, Safeguarding Children and Quality Assurance Unit - NVC\n"
                 "Petra Vane - Borough Manager, NVFRS\n\n1. Minutes\n")
    assert (recs["Ivo Quill"].role, recs["Ivo Quill"].organisation) == (
        "Head of Safeguarding, Safeguarding Children and Quality Assurance Unit", "NVC")
    assert (recs["Petra Vane"].role, recs["Petra Vane"].organisation) == ("Borough Manager", "NVFRS")
