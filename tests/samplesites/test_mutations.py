"""Mutations for change-detection and alert tests, and a ModernGov site the adapters have never seen."""
from __future__ import annotations

import datetime as dt

import requests
import yaml
from lxml import etree

from boardpapers.config import parse_sources
from boardpapers.samplesites import ModernGovSpec, SampleSites


def test_add_meeting_republish_withdraw(fresh_sites):
    sites = fresh_sites
    phrase = "zebra crossing wellbeing audit"
    before = len(sites.truth["eastwold-hwb"].meetings)
    meeting = sites.add_meeting("eastwold", "2020-11-10", phrase=phrase)
    truth = sites.truth
    assert len(truth["eastwold-hwb"].meetings) == before + 1
    assert len(truth.phrase(phrase)) == 2
    month = requests.get(sites.url("eastwold") + "Meetings.aspx", timeout=10).text
    assert "10 Nov 2020 11:00 - Health and Wellbeing Board" in month
    for url in truth.phrase(phrase):
        assert requests.get(url, timeout=10).status_code == 200
    # republish: same URL, new bytes, later Last-Modified
    url = next(iter(truth["northmere-eastwold-ccg-gb"].documents))
    old = requests.get(url, timeout=10)
    sites.republish(url)
    new = requests.get(url, timeout=10)
    assert new.content != old.content and new.headers["ETag"] != old.headers["ETag"]
    assert requests.get(url, headers={"If-None-Match": old.headers["ETag"]}, timeout=10).status_code == 200
    sites.republish(url, b"%PDF-1.4 replaced")
    assert requests.get(url, timeout=10).content == b"%PDF-1.4 replaced"
    # withdraw: gone from the listing and 404
    doc = next(d for d in sites.truth["northmere-hwb"].documents.values() if d.type == "report")
    sites.withdraw(doc.key)
    assert requests.get(doc.url, timeout=10).status_code == 404
    assert doc.url not in [u for m in sites.truth["northmere-hwb"].meetings for u in m.documents]
    assert meeting.key


def test_add_meeting_on_moderngov_and_listing(fresh_sites):
    sites = fresh_sites
    sites.add_meeting("northmere", dt.date(2020, 11, 19), phrase="heat pump loan scheme")
    xml = requests.get(sites.url("northmere") + "mgWebService.asmx/GetMeetings", timeout=10,
                       params={"lCommitteeId": 142, "sFromDate": "01/11/2020", "sToDate": "30/11/2020"}).content
    assert "19/11/2020" in etree.fromstring(xml).xpath("//meetingdate/text()")
    sites.add_meeting("nhs", "2020-11-16", phrase="estates rationalisation in Kingsbridge")
    page = requests.get(sites.url("nhs"), timeout=10).text
    assert "16 November 2020" in page
    assert len(sites.truth.phrase("estates rationalisation in Kingsbridge")) == 2


def test_extra_moderngov_site():
    spec = ModernGovSpec(path="/democracy/", committee_id=9001, meeting_id_start=70000, name_style="weekday", seed=3)
    with SampleSites.start(extra_moderngov=[spec]) as sites:
        entry = next(e for e in yaml.safe_load(sites.sources_yaml())["sources"] if e["id"] == spec.source_id)
        source = parse_sources({"sources": [entry]})[0]
        assert source.base_url.endswith("/democracy/") and source.kind == "moderngov"
        truth = sites.truth[spec.source_id]
        assert len(truth.meetings) >= 10 and all(int(m.key) > 70000 for m in truth.meetings)
        page = requests.get(source.base_url + "ieListMeetings.aspx?CId=9001&Year=0", timeout=10).text
        for m in truth.meetings:
            assert f"MId={m.key}" in page
        doc = next(d for d in truth.documents.values() if d.type == "minutes")
        assert "day%20" in doc.url  # "Wednesday 21-Jun-2017" style names
        assert requests.get(doc.url, timeout=10).status_code == 200
