import datetime as dt

import pytest

from boardpapers.extractors.organisations import Gazetteer


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.default()


@pytest.mark.parametrize("text,org_id", [
    ("NHS DARLINGTON CCG", "ccg-darlington"),
    ("Darlington CCG", "ccg-darlington"),
    ("Darlington Clinical Commissioning Group", "ccg-darlington"),
    ("NHS Birmingham Crosscity CCG", "ccg-birmingham-crosscity"),
    ("Birmingham City Council", "council-birmingham"),
    ("Derby City Council", "council-derby"),
    ("Derby Council", "council-derby"),
    ("Darlington Borough Council.", "council-darlington"),
    ("Bath & North East Somerset Council", "council-bath-and-north-east-somerset"),
    ("PHE", "phe"),
    ("Public Health England", "phe"),
    ("NHSE/I", "nhs-england"),
    ("NHS England and NHS Improvement", "nhs-england"),
    ("Cheshire Police", "police-cheshire"),
    ("NHS Birmingham and Solihull Integrated Care Board", "icb-birmingham-and-solihull"),
    ("Birmingham and Solihull ICB", "icb-birmingham-and-solihull"),
    ("Healthwatch Derby", "healthwatch-derby"),
    ("Northmere County Council", "fic-council-northmere"),
    ("NMC", "fic-council-northmere"),
    ("Northmere Constabulary", "fic-police-northmere"),
    ("Northmere and Eastwold STP", "fic-stp-northmere-and-eastwold"),
])
def test_match(gaz, text, org_id):
    m = gaz.match(text)
    assert m is not None and m.id == org_id
    assert 0 < m.confidence <= 1
    assert m.matched_text == text


@pytest.mark.parametrize("text", ["the CCG", "the Council", "Council", "NHS", "Healthwatch", "CCG",
                                  "Fernhill Housing Group", "Greater Northmere Carers Network", "", "HWB"])
def test_no_forced_match(gaz, text):
    assert gaz.match(text) is None


def test_fuzzy_near_miss_and_kind_word(gaz):
    assert gaz.match("NHS Birmingham Crosscitty CCG").id == "ccg-birmingham-crosscity"
    assert gaz.match("NHS Birmingham Crosscitty CCG").confidence < 1
    # never crosses the kind of body: a CCG name is not an ICB
    assert gaz.match("NHS Darlington ICB") is None


def test_find_in_role(gaz):
    found = gaz.find_in("Director of Public Health – Derby City Council")
    assert [f.id for f in found] == ["council-derby"]
    assert found[0].matched_text == "Derby City Council"
    assert [f.id for f in gaz.find_in("Chief Officer, NHS Darlington CCG")] == ["ccg-darlington"]
    assert [f.id for f in gaz.find_in("Director of Commissioning, NHSE/I")] == ["nhs-england"]
    assert gaz.find_in("Director of Adult Social Care") == []


def test_succession_and_lineage(gaz):
    assert gaz.get("ccg-birmingham-crosscity").code == "13P"
    assert gaz.get("ccg-birmingham-and-solihull").code == "15E"
    assert gaz.get("icb-birmingham-and-solihull").code == "QHL"
    lineage = gaz.lineage("ccg-birmingham-crosscity")
    assert lineage.index("ccg-birmingham-crosscity") < lineage.index("ccg-birmingham-and-solihull") \
        < lineage.index("icb-birmingham-and-solihull")
    assert gaz.successor_on("ccg-birmingham-crosscity", dt.date(2019, 1, 1)) == "ccg-birmingham-and-solihull"
    assert gaz.successor_on("ccg-birmingham-crosscity", dt.date(2023, 1, 1)) == "icb-birmingham-and-solihull"
    assert gaz.successor_on("ccg-birmingham-crosscity", dt.date(2015, 1, 1)) == "ccg-birmingham-crosscity"
    # PHE split in two on 1 October 2021; its first-listed successor (health protection) is UKHSA
    assert gaz.get("phe").successor_ids[0] == "ukhsa"
    assert gaz.successor_on("phe", dt.date(2022, 1, 1)) == "ukhsa"
    assert gaz.lineage("phe") == ["phe", "ohid", "ukhsa"]


def test_fictional_chain(gaz):
    assert gaz.get("fic-ccg-northmere").fictional
    assert not gaz.get("phe").fictional
    chain = ["fic-ccg-eastwold", "fic-ccg-northmere", "fic-ccg-northmere-and-eastwold",
             "fic-icb-northmere-and-eastwold"]  # oldest first; the two merging CCGs by id
    for member in chain:  # the same chain, in the same order, from any body in it
        assert gaz.lineage(member) == chain
    starts = [(gaz.get(i).start, gaz.get(i).end) for i in chain]
    assert starts == sorted(starts)
    assert gaz.successor_on("fic-ccg-northmere", dt.date(2020, 5, 1)) == "fic-ccg-northmere-and-eastwold"
    assert gaz.match("NHS Northmere and Eastwold ICB").id == "fic-icb-northmere-and-eastwold"


def test_date_disambiguates_same_name(gaz):
    # "Dorset County Council" (to 2019) and "Dorset Council" (from 2019) are different bodies
    assert gaz.match("Dorset County Council").id == "council-dorset-county"
    assert gaz.match("Dorset Council").id == "council-dorset"


def test_coverage(gaz):
    types = {}
    for org in gaz:
        types[org.type] = types.get(org.type, 0) + (not org.fictional)
    assert types["icb"] == 42
    assert types["council"] >= 150
    assert types["police"] >= 43
    assert types["stp"] >= 42
    assert gaz.get("phe").end == dt.date(2021, 9, 30)
