"""Each sample site answers its key URLs with the markup the reference describes."""
from __future__ import annotations

import re

import pytest
import requests
from bs4 import BeautifulSoup
from lxml import etree

from boardpapers.samplesites.cmis import TOKEN_PARAM


def get(url, **kwargs):
    return requests.get(url, timeout=10, **kwargs)


def soup(url):
    response = get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.text, "lxml")


@pytest.mark.parametrize("key", ["northmere", "kingsbridge", "eastwold", "nhs"])
def test_robots_disallow_a_linked_path(sites, key):
    robots = get(sites.url(key, "/robots.txt"))
    assert robots.status_code == 200 and "Disallow: /private/" in robots.text
    page = get(sites.url(key)).text
    assert 'href="/private/' in page


def test_sources_parse_with_real_ports(sites):
    sources = sites.sources()
    assert {s.kind for s in sources} == {"moderngov", "cmis", "listing"}
    for source in sources:
        assert source.delay_seconds == 0
        assert source.allowed_hosts[0].startswith("127.0.0.1:")
    listing = next(s for s in sources if s.kind == "listing")
    assert listing.listing.follow_link and listing.listing.html_minutes_link
    assert "kind: cmis" in sites.sources_yaml()
    assert any(s.base_url.endswith("/modernGov/") for s in sources if s.base_url)


def test_moderngov_web_service(sites):
    base = sites.url("northmere")
    committees = etree.fromstring(get(base + "mgWebService.asmx/GetCommittees").content)
    assert "142" in committees.xpath("//committee/committeeid/text()")
    meetings = etree.fromstring(get(base + "mgWebService.asmx/GetMeetings",
                                    params={"lCommitteeId": 142, "sFromDate": "01/01/2015",
                                            "sToDate": "31/12/2020"}).content)
    statuses = meetings.xpath("//committeemeetings/meeting/meetingstatus/text()")
    assert len(statuses) == len(sites.truth["northmere-hwb"].meetings) and "Cancelled" in statuses
    held = next(m for m in sites.truth["northmere-hwb"].meetings if m.status == "held" and m.attendees
                and m.decisions)
    meeting = etree.fromstring(get(base + "mgWebService.asmx/GetMeeting", params={"lMeetingId": held.key}).content)
    attendees = meeting.xpath("//attendees/attendee")
    assert len(attendees) == len(held.attendees)
    assert {"memberid", "name", "roledescription", "attendance"} <= set(attendees[0].attrib)
    minutes_html = "".join(meeting.xpath("//agendaitem/minutesnonemptyhtmlbody/text()"))
    assert "WordSection1" in minutes_html and "MsoNormal" in minutes_html
    urls = meeting.xpath("//linkeddoc/url/text()")
    assert urls and all(get(u).status_code == 200 for u in urls[:3])
    attachment = meeting.xpath("//linkeddoc/attachmentid/text()")[0]
    pdf = get(base + "mgWebService.asmx/GetAttachment", params={"lAttachmentID": attachment})
    assert pdf.content.startswith(b"%PDF")


def test_moderngov_html_pages(sites):
    base = sites.url("northmere")
    page = soup(base + "ieListMeetings.aspx?CId=142&Year=0")
    links = page.select(".mgNonBulletTableList a.mgMeetingTableLnk")
    assert len(links) == len(sites.truth["northmere-hwb"].meetings)
    held = [m for m in sites.truth["northmere-hwb"].meetings if m.decisions][0]
    meeting = soup(held.url)
    assert meeting.select_one("#modgov h1.mgMainTitleTxt") and meeting.select_one("h2.mgSubTitleTxt")
    assert meeting.select("td.mgItemNumberCell") and meeting.select("a.mgAiTitleLnk")
    assert meeting.select("span.mgFileSize") and meeting.select("p.mgSubItemTitleTxt")
    attendance = soup(base + f"mgMeetingAttendance.aspx?ID={held.key}")
    assert attendance.select_one('table[summary="Table of meeting attendance"]')
    rss = get(base + "mgRss.aspx?CID=142")
    assert rss.status_code == 200 and b"<rss" in rss.content
    minutes = next(u for u in held.documents if "Printed%20minutes" in u)
    response = get(minutes)
    assert response.status_code == 200 and "ETag" not in response.headers and "Last-Modified" not in response.headers


def test_moderngov_without_web_service_is_messy(sites):
    base = sites.url("kingsbridge")
    assert base.endswith("/modernGov/")
    assert get(base + "mgWebService.asmx/GetCommittees").status_code == 404
    raw = get(base + "ieListMeetings.aspx?CId=573&Year=0").text
    assert "<a  href=" in raw and "&#32;" in raw and "&#47;" in raw
    assert "MID=" in raw and "CeListDocuments.aspx?CommitteeId=" in raw and re.search(r'href="ieListDocuments\.aspx\?MId=', raw)
    page = BeautifulSoup(raw, "lxml")
    headings = set()
    for link in page.select("a.mgMeetingTableLnk"):
        meeting = get(base + link["href"].replace("&amp;", "&"))
        assert meeting.status_code == 200
        headings.add(BeautifulSoup(meeting.text, "lxml").select_one("h1.mgMainTitleTxt").text)
    assert {"Agenda and minutes", "Agenda and draft minutes", "Agenda, decisions and minutes"} <= headings
    # every spelling of a document URL (%20, '+', raw spaces) names the same file
    doc = next(d for d in sites.truth["kingsbridge-hwb"].documents.values() if d.type == "minutes")
    bodies = {get(u).content for u in [doc.url] + doc.link_hrefs}
    assert len(bodies) == 1


def test_cmis_calendar_meeting_and_documents(sites):
    truth = sites.truth["eastwold-hwb"]
    meeting = next(m for m in truth.meetings if m.date.isoformat() == "2019-07-09")
    base = sites.url("eastwold")
    month = soup(base + "Meetings/tabid/70/ctl/MeetingCalendarPublicNoJava/mid/397/Date/2019-07-01/Default.aspx")
    rows = month.select("tr.rgRow, tr.rgAltRow")
    texts = [r.a.text for r in rows]
    assert "9 Jul 2019 11:00 - Health and Wellbeing Board" in texts
    assert any("Planning Committee" in t for t in texts)
    assert month.select("tr.rgAltRow") and month.select_one("#dnn_ContentPane")
    assert "dnn$ctr397$MeetingCalendarPublic" in str(month)
    page = soup(meeting.url)
    labels = {h.select_one(".DNNLabel").text: h.select_one(".Value").text for h in page.select("div.holder")}
    assert labels["Meeting Status"] and page.select_one("span.Value.Venue")
    links = page.select("ul.DocumentList > li.DocumentListItem > a.TitleLink")
    assert len(links) == len(meeting.documents) and page.select("span.FileSize")
    assert all(TOKEN_PARAM in a["href"] for a in links)
    assert get(base + "Meetings.aspx").status_code == 200


def test_listing_site_pages(sites):
    start = soup(sites.url("nhs"))
    assert [th.text for th in start.select("table th")] == ["Date", "Papers", "Minutes"]
    assert "Awaiting confirmation" in start.text
    archive_links = [a["href"] for a in start.select("a") if "archive-" in a["href"]]
    assert len(archive_links) >= 4
    page2 = soup(sites.url("nhs", "/about-us/governing-body-meetings/archive-2016/page/2/"))
    assert page2.select('a[href$=".pdf"]')
    a2017 = soup(sites.url("nhs", "/about-us/governing-body-meetings/archive-2017/"))
    assert any("Redacted" in a.text for a in a2017.select("a"))
    post = get(sites.url("nhs", "/?p=9622"))
    assert post.status_code == 200 and "Present:" in post.text


def test_conditional_get(sites):
    listing = sites.url("nhs")
    first = get(listing)
    assert first.headers.get("ETag") and first.headers.get("Last-Modified")
    assert get(listing, headers={"If-None-Match": first.headers["ETag"]}).status_code == 304
    pdf = next(d.url for d in sites.truth["northmere-eastwold-ccg-gb"].documents.values() if d.url.endswith(".pdf"))
    got = get(pdf)
    assert get(pdf, headers={"If-Modified-Since": got.headers["Last-Modified"]}).status_code == 304
    cmis_doc = next(iter(sites.truth["eastwold-hwb"].documents))
    got = get(cmis_doc)
    assert "Last-Modified" in got.headers and "ETag" not in got.headers
    assert get(cmis_doc, headers={"If-Modified-Since": got.headers["Last-Modified"]}).status_code == 304
    modgov_doc = next(iter(sites.truth["northmere-hwb"].documents))
    assert get(modgov_doc, headers={"If-Modified-Since": "Mon, 01 Jan 2035 00:00:00 GMT"}).status_code == 200


def test_request_log(sites):
    sites.reset_log()
    get(sites.url("nhs"), headers={"User-Agent": "boardpapers-test", "If-None-Match": '"x"'})
    # only this test's request: a slow request of an earlier test may still land in the log
    entries = [e for e in sites.requests if e.headers.get("user-agent") == "boardpapers-test"]
    assert len(entries) == 1
    entry = entries[0]
    assert entry.site == "nhs" and entry.status == 200 and entry.bytes > 0
    assert entry.headers["user-agent"] == "boardpapers-test" and entry.headers["if-none-match"] == '"x"'


def test_robots_disallowed_links_exist_on_kingsbridge(sites):
    robots = get(sites.url("kingsbridge", "/robots.txt")).text
    assert "Disallow: /modernGov/mgConvert2PDF.aspx" in robots
    meeting = next(m for m in sites.truth["kingsbridge-hwb"].meetings if m.decisions)
    assert "mgConvert2PDF.aspx?ID=" in get(meeting.url).text


def test_public_reports_pack(sites):
    packs = [d for d in sites.truth["northmere-hwb"].documents.values() if "Public%20reports%20pack" in d.url]
    assert packs and all(d.url.endswith("?T=10") and d.type == "agenda" and d.pages >= 3 for d in packs)


def test_westbrook_is_a_cmis_portal_as_birmingham_runs_it(sites):
    """Menu-only calendar, JavaScript calendar page, trailing-slash and case-insensitive paths, day-cell month
    rows, several document lists, documents as application/octet-stream."""
    root = soup(sites.url("westbrook"))
    assert "MeetingCalendar" not in str(root) and root.find("a", string="Meetings")["href"] == "/Westbrook/Meetings.aspx"
    for path in ("/westbrook/Meetings.aspx", "/Westbrook/Meetings/tabid/70/Default.aspx/"):
        page = get(sites.url("westbrook", path)).text
        assert "dnn$ctr397$MeetingCalendarPublic$btnButtonListView" in page and "tabid/70/ctl" not in page
    listed = soup(sites.url("westbrook", "/westbrook/Meetings.aspx?ctl=MeetingCalendarListView&mid=397"))
    assert all("/tabid/70/ctl/ViewMeetingPublic/" in a["href"] for a in listed.select("tr.rgRow a, tr.rgAltRow a"))
    board = sites.truth["westbrook-hwb"].meetings[1]
    month = soup(sites.url("westbrook", f"/westbrook/Meetings/tabid/70/ctl/MeetingCalendarPublicNoJava/mid/397/Date/"
                                        f"{board.date:%Y-%m}-01/Default.aspx"))
    row = next(td.parent for td in month.select("td.SimpleCalendarDate")
               if td.get_text() == f"{board.date:%A}, {board.date.day} {board.date:%B}")
    assert [a.get_text().split(" ", 1)[1] for a in row.select("p.Meeting a")] == [
        "Licensing Sub-Committee", "Health and Wellbeing Board"]  # the board is not the first link of its row
    doc = next(d for d in sites.truth["westbrook-hwb"].documents.values() if d.fetchable)
    response = get(doc.url.replace("/westbrook/", "/WESTBROOK/"))
    assert response.status_code == 200 and response.headers["Content-Type"] == "application/octet-stream"


def test_ashby_is_a_jadu_site_with_one_page_per_meeting(sites):
    truth = sites.truth["ashby-hwb"]
    board = soup(sites.url("ashby"))
    assert board.select("div.accordion button") and board.select_one('a[href$="?page=2"]')
    assert {d.skipped for d in truth.documents.values()} == {None, "off_site", "robots_disallowed"}
    robots = get(sites.url("ashby", "/robots.txt")).text
    restricted = next(d for d in truth.documents.values() if d.skipped == "robots_disallowed")
    assert "Disallow: /downloads/restricted/" in robots and "/downloads/restricted/" in restricted.url
    partner = next(d for d in truth.documents.values() if d.skipped == "off_site")
    assert not partner.url.startswith(sites.url("ashby", "/")) and partner.url.startswith("http://127.0.0.1:")
