"""The configuration users copy: README's Jadu example and sources.yaml's real CMIS entries."""
import re
from pathlib import Path

import yaml

from boardpapers.config import load_sources, parse_source
from boardpapers.fetch import Fetcher
from boardpapers.samplesites import SampleSites
from boardpapers.sites.base import adapter_for

REPO = Path(__file__).resolve().parents[2]


def test_readme_jadu_example_reads_the_jadu_sample_site():
    blocks = re.findall(r"```yaml\n(.*?)```", (REPO / "README.md").read_text(encoding="utf-8"), re.S)
    example = next(b for b in blocks if "meeting_link" in b)
    entry = yaml.safe_load(example)[0]
    with SampleSites.start() as sites:
        entry["start_url"] = entry["start_url"].replace("https://www.ashbyvale.gov.uk", sites.url("ashby", ""))
        entry.update(allowed_hosts=[sites.netloc("ashby")], delay_seconds=0)
        found = adapter_for(parse_source(entry, "README"), Fetcher(default_delay=0, retries=0)).discover()
        truth = sites.truth["ashby-hwb"]
    assert {m.key: m.date for m in found.meetings} == {m.key: m.date for m in truth.meetings}
    assert {d.url for m in found.meetings for d in m.documents} == {d.url for d in truth.documents.values()}


def test_real_cmis_entries_use_the_url_a_user_copies():
    cmis = {s.id: s.base_url for s in load_sources(REPO / "sources.yaml") if s.kind == "cmis"}
    assert cmis == {
        "birmingham-hwb": "https://birmingham.cmis.uk.com/birmingham/Meetings.aspx",
        "hull-hwb": "https://cmis.hullcc.gov.uk/cmis/CalendarofMeetings/tabid/70/",
        "cambridgeshire-hwb": "https://cambridgeshire.cmis.uk.com/ccc_live/MeetingsCalendar/",
    }
