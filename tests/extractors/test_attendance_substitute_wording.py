"""Who came for whom, in the wordings minutes use outside a "Substitutes:" block: a colon list of pairs, clauses
parted by semicolons, initials in a bracket before "for", "on behalf of" a post.

Every name and body here is invented; each test reproduces a wording seen in real minutes (a county health and
wellbeing board's ModernGov page, Durham 2022; a city scrutiny committee's, Brighton and Hove 2012; a children's
trust board's scanned minute, Merton 2007; a Scottish Government delivery board's page, 2021):
https://democracy.durham.gov.uk/ieListDocuments.aspx?CId=919&MId=14455&Ver=4,
https://democracy.brighton-hove.gov.uk/ieListDocuments.aspx?CId=728&MId=4488&Ver=4,
https://studylib.net/doc/7375320/education--leisure-and-libraries,
https://gov.scot/publications/children-and-young-peoples-mental-health-and-wellbeing-joint-delivery-board-minutes-april-2021"""
import pytest

from .test_attendance import by_person, parse


@pytest.mark.parametrize("lead", [
    "There were the following substitutes:",
    "The following substitutes were present:",
    "Substitute members were as follows:-",
])
def test_colon_list_of_substitute_pairs(lead):
    text = ("3.\nSubstitute Members\nMinutes:\n"
            f"{lead} A Venn for B Tully; C Lamb for D Orme: Dr E Fenn for G Park-Hale, H Roe for the Office of "
            "the Police and Crime Commissioner; I Marsh for J Kell and K Lowe for L Moss.\n"
            "4.\nDeclarations of Interest\n")
    recs = by_person(parse(text))
    assert set(recs) == {"A Venn", "C Lamb", "E Fenn", "H Roe", "I Marsh", "K Lowe"}
    assert all(r.status == "substitute" for r in recs.values())
    assert {p: r.substitute_for for p, r in recs.items()} == {
        "A Venn": "B Tully", "C Lamb": "D Orme", "E Fenn": "G Park-Hale", "H Roe": None, "I Marsh": "J Kell",
        "K Lowe": "L Moss"}


def test_substitute_clauses_parted_by_semicolons():
    text = ("33A Substitutes\n33.1 Cllr Venn attended the meeting as substitute for Cllr Tully; Cllr Lamb attended "
            "the meeting as substitute for Cllr Orme; Cllr Fenn attended the meeting as substitute for Cllr Park.\n")
    recs = by_person(parse(text))
    assert {p: (r.status, r.substitute_for) for p, r in recs.items()} == {
        "Venn": ("substitute", "Cllr Tully"), "Lamb": ("substitute", "Cllr Orme"),
        "Fenn": ("substitute", "Cllr Park")}


def test_initials_then_what_the_bracket_says():
    text = ("Attendees: Ada Venn (AV - Chair), Bram Tully (BT), Cora Lamb (CL for Dev Orme), Eli Fenn (EF – for "
            "item 5), Gil Park (GPa - notetaker), Hana Roe (HR, Northvale Council)\n"
            "1. Welcome\n")
    recs = by_person(parse(text))
    assert set(recs) == {"Ada Venn", "Bram Tully", "Cora Lamb", "Eli Fenn", "Gil Park", "Hana Roe"}
    assert recs["Cora Lamb"].status == "substitute" and recs["Cora Lamb"].substitute_for == "Dev Orme"
    assert recs["Cora Lamb"].organisation is None
    assert recs["Ada Venn"].status == "present" and recs["Ada Venn"].organisation is None
    assert recs["Eli Fenn"].organisation is None and recs["Eli Fenn"].status == "present"
    assert recs["Gil Park"].role == "notetaker"
    assert recs["Hana Roe"].organisation == "Northvale Council"


def test_on_behalf_of_a_post_is_a_substitute_for_no_one_named():
    text = ("Present:\nAda Venn, Director of Learning, Northvale Government (Chair)\n"
            "Bram Tully, on behalf of Director of Children's Services, Northvale Government\n"
            "Cora Lamb, on behalf of Northvale Council\n"
            "1. Welcome\n")
    recs = by_person(parse(text))
    assert recs["Bram Tully"].status == "substitute" and recs["Bram Tully"].substitute_for is None
    assert recs["Bram Tully"].organisation == "Northvale Government"
    # on behalf of a body: its representative, attending in her own right
    assert recs["Cora Lamb"].status == "present"
    assert recs["Ada Venn"].status == "present"
