"""ModernGov: pure parsers on fixtures written from the reference, then the adapter over real HTTP."""
import datetime as dt

import pytest

from boardpapers.config import parse_source
from boardpapers.errors import FetchError, SiteChangedError
from boardpapers.sites.base import adapter_for
from boardpapers.sites.base import PageShapeError
from boardpapers.sites.moderngov import (
    Committee,
    drop_alternate_renderings,
    parse_committees_xml,
    parse_meeting_page_html,
    parse_meeting_xml,
    parse_meetings_list_html,
    parse_meetings_xml,
    resolve_committee,
)
from tests.sites.fixtureserver import FixtureServer

XML = "text/xml; charset=utf-8"

COMMITTEES_XML = """<?xml version="1.0" encoding="utf-8"?>
<committees><committee><committeeid>101</committeeid><committeetitle>Cabinet</committeetitle>
<committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired></committee>
<committee><committeeid>601</committeeid><committeetitle>Shadow Health and Wellbeing Board</committeetitle>
<committeedeleted>False</committeedeleted><committeeexpired>True</committeeexpired></committee>
<committee><committeeid>653</committeeid><committeetitle>Gloucestershire Health &amp; Wellbeing Board</committeetitle>
<committeedeleted>False</committeedeleted><committeeexpired>False</committeeexpired></committee></committees>"""

MEETINGS_XML = """<?xml version="1.0" encoding="utf-8"?>
<getmeetings><committee><committeeid>653</committeeid><committeemeetings>
<meeting><meetingid>3456</meetingid><meetingdate>18/04/2019</meetingdate><meetingtime>10.00 am</meetingtime>
<meetingstatus>Confirmed</meetingstatus></meeting>
<meeting><meetingid>3460</meetingid><meetingdate>20/06/2019</meetingdate><meetingtime>2.00 pm</meetingtime>
<meetingstatus>Cancelled</meetingstatus></meeting>
</committeemeetings></committee></getmeetings>"""

EMPTY_MEETINGS_XML = ("<?xml version=\"1.0\"?><getmeetings><committee><committeeid>653</committeeid>"
                      "<committeemeetings></committeemeetings></committee></getmeetings>")

MEETING_XML = """<?xml version="1.0" encoding="utf-8"?>
<getmeeting xmlns="http://moderngov.co.uk/namespaces"><meeting><meetingid>3456</meetingid>
<meetingdate>18/04/2019</meetingdate><meetingtime>10.00 am</meetingtime><meetingstatus>Confirmed</meetingstatus>
<meetinglocation>Committee Room 1, Shire Hall</meetinglocation>
<agendapublished>True</agendapublished><minutepublished>True</minutepublished>
<meetingdocuments><linkeddoc><attachmentid>900</attachmentid><title>Printed minutes</title>
<url>https://democracy.example.gov.uk/modernGov/documents/g3456/Printed minutes 18th-Apr-2019 10.00 Health and Wellbeing Board.pdf?T=1</url>
<publicationdate>02/05/2019</publicationdate></linkeddoc></meetingdocuments>
<agendaitems><agendaitem><agendaitemid>77</agendaitemid><agendaitemtitle>Better Care Fund</agendaitemtitle>
<fulldisplaynumberformat>5.</fulldisplaynumberformat>
<agendatext>&lt;div class="WordSection1"&gt;&lt;p class="MsoNormal"&gt;To consider&lt;/p&gt;&lt;/div&gt;</agendatext>
<linkeddocuments><linkeddoc><attachmentid>901</attachmentid><title>Better Care Fund Quarterly Return</title>
<url>https://democracy.example.gov.uk/modernGov/documents/s901/BCF Q3.pdf</url><publicationdate>10/04/2019</publicationdate>
<ownertitle>Better Care Fund</ownertitle></linkeddoc>
<linkeddoc><attachmentid>902</attachmentid><title>Appendix A</title><url>https://democracy.example.gov.uk/modernGov/documents/s902/App+A.pdf</url></linkeddoc>
</linkeddocuments></agendaitem></agendaitems>
<attendees><attendee memberid="12" name="Councillor Jane Smith" roledescription="Chair" attendance="Present">
<url>https://democracy.example.gov.uk/modernGov/mgUserInfo.aspx?UID=12</url></attendee>
<attendee memberid="13" name="Dr Avi Bhatia" roledescription="Committee Member" attendance="Apologies"/></attendees>
</meeting></getmeeting>"""


def chrome(content, title="Meetings", subtitle=""):
    sub = f'<h2  class="mgSubTitleTxt">{subtitle}</h2>' if subtitle else ""
    return (f'<html><body><div id="header"><a href="/">Council</a></div><div  id="modgov">'
            f'<h1 class="mgMainTitleTxt">{title}</h1>{sub}<div class="mgContent">{content}</div></div></body></html>')


MEETINGS_HTML = chrome(
    '<ul class="mgNonBulletTableList">'
    '<li><a  href="ieListDocuments.aspx?CId=653&amp;MId=3456&amp;Ver=4" class="mgMeetingTableLnk" '
    'title="Meeting&#32;of&#32;Board,&#32;18&#47;04&#47;2019">18 Apr 2019&nbsp;10.00 am</a></li>'
    '<li><a href="ieListDocuments.aspx?CId=653&amp;MID=3460" class="mgMeetingTableLnk">20 Jun 2019&nbsp;2.00 pm CANCELLED</a></li>'
    '<li><a href="CeListDocuments.aspx?CommitteeId=653&amp;MeetingId=3300" class="mgMeetingTableLnk">'
    'Thursday, 13th December, 2018 10.00 am</a></li></ul>')

MEETING_HTML = chrome(
    '<div class="mgMeetingVenue"><span class="mgLabel">Venue: </span>Committee Room 1, Shire Hall</div>'
    '<ul class="mgBulletList"><li><a  href="documents/g3456/Printed+minutes+18th-Apr-2019+10.00+Board.pdf?T=1" '
    'title="Link&#32;to&#32;document">Printed minutes</a> <span class="mgFileSize">PDF 119 KB</span></li>'
    '<li><a href="documents/g3456/Public reports pack 18th-Apr-2019 10.00 Board.pdf?T=10">Public reports pack '
    '<span class="mgFileSize">pdf icon PDF 2 MB</span></a></li>'
    '<li><a href="mgConvert2PDF.aspx?ID=900">Printed minutes (PDF)</a></li></ul>'
    '<table class="mgItemTable"><tr><td class="mgItemNumberCell">5.</td><td>'
    '<p class="mgAiTitleTxt"><a class="mgAiTitleLnk" href="mgAi.aspx?ID=77">Better Care Fund</a></p>'
    '<ul class="mgBulletList"><li><a href="documents/s901/BCF%20Q3.pdf">Better Care Fund Quarterly Return</a></li>'
    '<li><a href="documents/s901/BCF Q3.pdf">Better Care Fund Quarterly Return</a></li></ul></td></tr></table>',
    title="Agenda, decisions and minutes",
    subtitle="Health and Wellbeing Board - Thursday, 18th April, 2019 10.00 am")

ATTENDANCE_HTML = chrome(
    '<table summary="Table of meeting attendance"><tr><th>Attendee</th><th>Role</th><th>Attendance</th>'
    '<th>Attendance comment</th></tr><tr><td><a href="mgUserInfo.aspx?UID=12">Councillor Jane Smith</a></td>'
    '<td>Chair</td><td>Present</td><td></td></tr></table>')


# --- pure parsers -------------------------------------------------------------------------------------------


def test_committees_and_resolution():
    committees = parse_committees_xml(COMMITTEES_XML)
    assert [c.id for c in committees] == ["101", "601", "653"]
    assert resolve_committee(committees, "Gloucestershire Health and Wellbeing Board").id == "653"
    assert resolve_committee(committees, "gloucestershire health & wellbeing board").id == "653"
    assert resolve_committee(committees, "Health and Wellbeing Board").id == "653"  # unique live superset
    assert resolve_committee(committees, "653").title == "Gloucestershire Health & Wellbeing Board"
    assert resolve_committee(committees, "Planning Committee") is None


def test_resolution_prefers_live_committee():
    committees = [Committee("1", "Health and Wellbeing Board", expired=True), Committee("2", "Health & Wellbeing Board")]
    assert resolve_committee(committees, "Health and Wellbeing Board").id == "2"


def test_get_meetings_xml():
    stubs = parse_meetings_xml(MEETINGS_XML)
    assert [(s.id, s.date, s.time, s.status_raw) for s in stubs] == [
        ("3456", dt.date(2019, 4, 18), "10:00", "Confirmed"), ("3460", dt.date(2019, 6, 20), "14:00", "Cancelled")]
    assert parse_meetings_xml(EMPTY_MEETINGS_XML) == []


@pytest.mark.parametrize("text", ["<html><body>Server Error</body></html>", "<committees/>", "not xml at all"])
def test_get_meetings_wrong_shape(text):
    with pytest.raises(PageShapeError):
        parse_meetings_xml(text)


def test_get_meeting_xml_documents_location_attendees():
    detail = parse_meeting_xml(MEETING_XML, "https://democracy.example.gov.uk/modernGov/")
    assert detail.location == "Committee Room 1, Shire Hall"
    docs = {d.site_id: d for d in detail.documents}
    assert docs["900"].type == "minutes" and docs["900"].published == dt.date(2019, 5, 2)
    assert docs["900"].url.endswith("/g3456/Printed%20minutes%2018th-Apr-2019%2010.00%20Health%20and%20Wellbeing%20Board.pdf?T=1")
    assert docs["901"].type == "report" and docs["901"].url.endswith("/documents/s901/BCF%20Q3.pdf")
    assert docs["902"].type == "report" and docs["902"].url.endswith("/documents/s902/App%20A.pdf")
    assert len(detail.attendees_xml) == 2


def test_meetings_list_html_irregular_links():
    stubs = parse_meetings_list_html(MEETINGS_HTML, "https://x.gov.uk/modernGov/ieListMeetings.aspx?CId=653&Year=0")
    assert [(s.id, s.date, s.time, s.status_raw) for s in stubs] == [
        ("3456", dt.date(2019, 4, 18), "10:00", None),
        ("3460", dt.date(2019, 6, 20), "14:00", "Cancelled"),
        ("3300", dt.date(2018, 12, 13), "10:00", None)]
    assert stubs[2].url == "https://x.gov.uk/modernGov/CeListDocuments.aspx?CommitteeId=653&MeetingId=3300"


def test_meetings_list_html_empty_but_intact_and_changed():
    assert parse_meetings_list_html(chrome("<p>There are no meetings to display.</p>"), "https://x/") == []
    with pytest.raises(PageShapeError):
        parse_meetings_list_html("<html><body><h1>Welcome to our new website</h1></body></html>", "https://x/")


def test_meeting_page_html():
    page_url = "https://x.gov.uk/modernGov/ieListDocuments.aspx?CId=653&MId=3456"
    detail = parse_meeting_page_html(MEETING_HTML, page_url)
    assert (detail.date, detail.time, detail.location) == (dt.date(2019, 4, 18), "10:00", "Committee Room 1, Shire Hall")
    docs = drop_alternate_renderings(detail.documents)
    assert [(d.title, d.type) for d in docs] == [
        ("Printed minutes", "minutes"), ("Public reports pack", "agenda"),
        ("Better Care Fund Quarterly Return", "report")]  # %20 / space spellings are one document
    assert docs[0].url == "https://x.gov.uk/modernGov/documents/g3456/Printed%20minutes%2018th-Apr-2019%2010.00%20Board.pdf?T=1"


def test_cancelled_meeting_page():
    html = chrome('<p class="mgMeetingStatus">This meeting has been cancelled.</p>', title="Agenda",
                  subtitle="Board - Tuesday 21 January 2020 10.00 am")
    detail = parse_meeting_page_html(html, "https://x/")
    assert detail.status_raw == "Cancelled" and detail.documents == []


# --- the adapter over real HTTP ---------------------------------------------------------------------------


def source(server, committee="Health and Wellbeing Board", path="/modernGov/", **extra):
    entry = {"id": "test-hwb", "kind": "moderngov", "base_url": server.url(path), "committee": committee,
             "delay_seconds": 0, "from_date": "2018-01-01", **extra}
    return parse_source(entry, "test")


def ws_routes(prefix="/modernGov/"):
    return {
        f"{prefix}mgWebService.asmx/GetCommittees": (200, XML, COMMITTEES_XML),
        f"{prefix}mgWebService.asmx/GetMeetings": (200, XML, MEETINGS_XML),
        f"{prefix}mgWebService.asmx/GetMeeting?lMeetingId=3456": (200, XML, MEETING_XML.replace(
            "https://democracy.example.gov.uk", "")),
        f"{prefix}mgWebService.asmx/GetMeeting?lMeetingId=3460": (200, XML, MEETING_XML.replace(
            "<meetingid>3456", "<meetingid>3460").replace("https://democracy.example.gov.uk", "")),
    }


def test_web_service_discovery_and_cost(fetcher):
    with FixtureServer(ws_routes()) as server:
        d = adapter_for(source(server), fetcher).discover(until=dt.date(2019, 12, 31))
    assert d.board.committee_id == "653" and d.requests == 4  # GetCommittees + GetMeetings + 2 × GetMeeting
    by_key = {m.key: m for m in d.meetings}
    assert by_key["3456"].status == "held" and by_key["3460"].status == "cancelled"
    assert by_key["3456"].location == "Committee Room 1, Shire Hall"
    assert {doc.type for doc in by_key["3456"].documents} == {"minutes", "report"}
    assert [(a.name, a.status, a.origin) for a in by_key["3456"].attendance] == [
        ("Councillor Jane Smith", "present", "site"), ("Dr Avi Bhatia", "apologies", "site")]
    assert any("sFromDate=01/01/2018" in t and "sToDate=31/12/2019" in t for t in server.requested)


def test_numeric_committee_skips_get_committees(fetcher):
    with FixtureServer(ws_routes()) as server:
        d = adapter_for(source(server, committee="653"), fetcher).discover(until=dt.date(2019, 12, 31))
        assert not server.fetched("GetCommittees")
    assert d.requests == 3 and len(d.meetings) == 2


def test_unknown_committee_title_is_reported(fetcher):
    with FixtureServer(ws_routes()) as server:
        with pytest.raises(SiteChangedError) as err:
            adapter_for(source(server, committee="Planning Committee"), fetcher).discover()
    assert err.value.source_id == "test-hwb" and "Planning Committee" in str(err.value)


def test_empty_board_is_not_a_changed_site(fetcher):
    routes = ws_routes()
    routes["/modernGov/mgWebService.asmx/GetMeetings"] = (200, XML, EMPTY_MEETINGS_XML)
    with FixtureServer(routes) as server:
        d = adapter_for(source(server), fetcher).discover()
    assert d.meetings == [] and d.warnings == []


def test_changed_xml_raises_naming_source(fetcher):
    routes = ws_routes()
    routes["/modernGov/mgWebService.asmx/GetMeetings"] = (200, XML, "<?xml version='1.0'?><meetings><x/></meetings>")
    with FixtureServer(routes) as server:
        with pytest.raises(SiteChangedError) as err:
            adapter_for(source(server), fetcher).discover()
    assert err.value.source_id == "test-hwb" and "GetMeetings" in err.value.url and "getmeetings" in err.value.expected


def test_one_failed_meeting_is_a_warning(fetcher):
    routes = ws_routes()
    del routes["/modernGov/mgWebService.asmx/GetMeeting?lMeetingId=3460"]
    routes["/modernGov/mgWebService.asmx/GetMeeting?lMeetingId=3460"] = (503, "text/plain", "busy")
    with FixtureServer(routes) as server:
        d = adapter_for(source(server), fetcher).discover(until=dt.date(2019, 12, 31))
    assert [m.key for m in d.meetings] == ["3456"]
    assert any("3460" in w for w in d.warnings)


def html_routes(prefix="/modernGov/"):
    return {
        f"{prefix}mgWebService.asmx/GetMeetings": (404, "text/html", "<html><body>The resource cannot be found.</body></html>"),
        f"{prefix}ieListMeetings.aspx?CId=653&Year=0": MEETINGS_HTML,
        f"{prefix}ieListDocuments.aspx?CId=653&MId=3456&Ver=4": MEETING_HTML,
        f"{prefix}ieListDocuments.aspx?CId=653&MID=3460": chrome(
            '<p class="mgMeetingStatus">This meeting has been cancelled.</p>', "Agenda", "Board - 20 June 2019 2.00 pm"),
        f"{prefix}CeListDocuments.aspx?CommitteeId=653&MeetingId=3300": chrome("<p>No documents</p>", "Agenda",
                                                                              "Board - Thursday, 13th December, 2018 10.00 am"),
        f"{prefix}mgMeetingAttendance.aspx?ID=3456": ATTENDANCE_HTML,
        f"{prefix}mgMeetingAttendance.aspx?ID=3300": ATTENDANCE_HTML,
    }


def test_html_fallback(fetcher):
    with FixtureServer(html_routes(), robots="User-agent: *\nDisallow: /modernGov/mgConvert2PDF.aspx\n") as server:
        d = adapter_for(source(server, committee="653"), fetcher).discover(until=dt.date(2019, 12, 31))
        assert not server.fetched("mgConvert2PDF")
        assert not server.fetched("mgMeetingAttendance.aspx?ID=3460")  # cancelled: no attendance to read
    by_key = {m.key: m for m in d.meetings}
    assert set(by_key) == {"3456", "3460", "3300"}
    assert by_key["3460"].status == "cancelled" and by_key["3456"].status == "held"
    assert [doc.type for doc in by_key["3456"].documents] == ["minutes", "agenda", "report"]
    assert [(a.name, a.status, a.origin) for a in by_key["3456"].attendance] == [
        ("Councillor Jane Smith", "present", "site")]
    assert any("web service unavailable" in w for w in d.warnings)


def test_html_fallback_when_service_answers_html(fetcher):
    routes = html_routes()
    routes["/modernGov/mgWebService.asmx/GetMeetings"] = "<html><body>Please log in</body></html>"
    with FixtureServer(routes) as server:
        d = adapter_for(source(server, committee="653"), fetcher).discover(until=dt.date(2019, 12, 31))
    assert len(d.meetings) == 3


def test_html_fallback_title_needs_committee_list(fetcher):
    routes = html_routes()
    routes["/modernGov/mgWebService.asmx/GetCommittees"] = (500, "text/html", "<html>error</html>")
    routes["/modernGov/mgListCommittees.aspx"] = chrome(
        '<ul class="mgBulletList"><li><a href="mgCommitteeDetails.aspx?ID=101">Cabinet</a></li>'
        '<li><a  href="mgCommitteeDetails.aspx?ID=653">Health &amp; Wellbeing Board</a></li></ul>')
    with FixtureServer(routes) as server:
        d = adapter_for(source(server), fetcher).discover(until=dt.date(2019, 12, 31))
    assert d.board.committee_id == "653" and len(d.meetings) == 3


def test_html_meetings_page_changed(fetcher):
    routes = html_routes()
    routes["/modernGov/ieListMeetings.aspx?CId=653&Year=0"] = "<html><body><h1>Our new democracy site</h1></body></html>"
    with FixtureServer(routes) as server:
        with pytest.raises(SiteChangedError) as err:
            adapter_for(source(server, committee="653"), fetcher).discover()
    assert err.value.source_id == "test-hwb" and "ieListMeetings" in err.value.url


def test_http_error_on_entry_page_is_raised(fetcher):
    routes = html_routes()
    routes["/modernGov/ieListMeetings.aspx?CId=653&Year=0"] = (403, "text/html", "forbidden")
    with FixtureServer(routes) as server:
        with pytest.raises(FetchError) as err:
            adapter_for(source(server, committee="653"), fetcher).discover()
    assert err.value.reason == "http_403"
