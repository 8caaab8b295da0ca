"""CMIS and listing adapters: pure parsers on fixtures, then over real HTTP."""
import datetime as dt

import pytest

from boardpapers.config import parse_source
from boardpapers.errors import FetchError, SiteChangedError
from boardpapers.models import ListingRules
from boardpapers.sites.base import PageShapeError, adapter_for
from boardpapers.sites.cmis import (
    calendar_clues, entry_url, is_our_committee, one_spelling, parse_calendar_month, parse_meeting_page,
)
from boardpapers.sites.listing import group_into_meetings, parse_listing_page
from tests.sites.fixtureserver import FixtureServer

CAL = "/cmis/Meetings/tabid/70/ctl/MeetingCalendarPublicNoJava/mid/397/Date/{}/Default.aspx"
MEETING = "/cmis/Meetings/tabid/70/ctl/ViewMeetingPublic/mid/397/Meeting/{}/Committee/{}/Default.aspx"


def dnn(content):
    return (f'<html><body><form><div id="dnn_ContentPane"><div id="dnn_ctr397_ContentPane">{content}</div></div>'
            f'<input type="hidden" name="dnn$ctr397$MeetingCalendarPublic$hdnMonth" value="x"></form></body></html>')


def month(rows):
    body = "".join(
        f'<tr class="{"rgRow" if i % 2 == 0 else "rgAltRow"}"><td><a href="{MEETING.format(mid, cid)}">{text}</a></td>'
        f"<td>{status}</td></tr>" for i, (mid, cid, text, status) in enumerate(rows))
    return dnn(f'<table class="rgMasterTable"><tbody>{body or "<tr class=rgNoRecords><td>None</td></tr>"}</tbody></table>')


MEETING_PAGE = dnn(
    '<div class="holder"><span class="DNNLabel">Date</span><span class="Value">Tuesday, 09 July 2019</span></div>'
    '<div class="holder"><span class="DNNLabel">Time</span><span class="Value">11:00</span></div>'
    '<div class="holder"><span class="DNNLabel">Venue</span><span class="Value Venue">Room 2, Council House</span></div>'
    '<div class="holder"><span class="DNNLabel">Meeting Status</span><span class="Value Venue">Meeting held</span></div>'
    '<ul class="DocumentList"><li class="DocumentListItem"><a class="TitleLink" href="/cmis/Document.ashx?czJK=ab%2Bc%3D&amp;L=1">'
    'Agenda</a> <span class="FileSize">(156Kb)</span></li><li class="DocumentListItem"><a class="TitleLink" '
    'href="/cmis/Document.ashx?czJK=zz%2F9&amp;L=1">Social prescribing pilot</a></li></ul>')


def test_cmis_calendar_location_from_links_or_control_names():
    home = dnn(f'<a href="{CAL.format("2020-11-01")}">Calendar</a>'
               '<a href="/cmis/Committees/tabid/62/ctl/ViewCMIS_CommitteeDetails/mid/383/id/4/Default.aspx">HWB</a>')
    loc = calendar_clues(home, "https://c.uk/cmis/").location
    assert (loc.prefix, loc.module_id, loc.portal) == ("https://c.uk/cmis/Meetings/tabid/70/", "397", "/cmis/")
    assert loc.month_url(dt.date(2019, 7, 1)) == "https://c.uk" + CAL.format("2019-07-01")
    # the JavaScript calendar page: the module id only in control names, the tab path in the page's own URL
    only_controls = calendar_clues(dnn('<a href="/cmis/Meetings.aspx">Meetings</a>'),
                                   "https://c.uk/cmis/Meetings/tabid/70/Default.aspx")
    assert (only_controls.location, only_controls.module_id, only_controls.tab_prefix) == (
        None, "397", "https://c.uk/cmis/Meetings/tabid/70/")
    # a portal page with neither: the menu links that may lead there
    portal = calendar_clues('<html><body><ul><li><a href="/cmis/Councillors.aspx">Councillors</a></li><li><a '
                            'href="/cmis/Meetings.aspx">Meetings</a></li><li><a href="https://other.example/meetings">'
                            'Partner meetings</a></li></ul></body></html>', "https://c.uk/cmis/")
    assert portal.location is None and portal.menu == ["https://c.uk/cmis/Meetings.aspx"]
    assert calendar_clues("<html><body><p>Maintenance</p></body></html>", "https://c.uk/").menu == []


def test_cmis_entry_url_and_path_spelling():
    assert entry_url("https://c.uk/cmis/Meetings/tabid/70/Default.aspx/") == "https://c.uk/cmis/Meetings/tabid/70/Default.aspx"
    assert entry_url("https://c.uk/cmis/") == "https://c.uk/cmis/"
    assert one_spelling("https://c.uk/Birmingham/Document.ashx?id=1", "/birmingham/") == \
        "https://c.uk/birmingham/Document.ashx?id=1"
    assert one_spelling("https://c.uk/Portals/0/a.pdf", "/birmingham/") == "https://c.uk/Portals/0/a.pdf"


def test_cmis_month_rows_and_committee_filter():
    rows = parse_calendar_month(month([(15042, 4, "9 Jul 2019 11:00 - Health and Wellbeing Board", ""),
                                       (15043, 7, "10 Jul 2019 18:30 - Planning Committee", ""),
                                       (15050, 4, "23 Jul 2019 11:00 - Health &amp; Wellbeing Board", "Cancelled")]),
                                 "https://c.uk/cmis/")
    assert [(r.meeting_id, r.date, r.time, r.committee_id, r.status_raw) for r in rows] == [
        ("15042", dt.date(2019, 7, 9), "11:00", "4", None), ("15043", dt.date(2019, 7, 10), "18:30", "7", None),
        ("15050", dt.date(2019, 7, 23), "11:00", "4", "Cancelled")]
    assert [r.meeting_id for r in rows if is_our_committee(r, "Health and Wellbeing Board")] == ["15042", "15050"]
    assert [r.meeting_id for r in rows if is_our_committee(r, "7")] == ["15043"]
    assert parse_calendar_month(month([]), "https://c.uk/") == []  # intact, empty month
    with pytest.raises(PageShapeError):
        parse_calendar_month("<html><body><div id='dnn_ContentPane'><p>Under maintenance</p></div></body></html>", "x")


# Month view as Birmingham lays it out (shape of DemocracyClub/LGSF lgsf/minutes/tests/fixtures/
# cmis_calendar_month.html): a day cell without the year, then one link per meeting that day.
DAY_ROWS = dnn(
    '<table class="rgMasterTable" id="dnn_ctr397_MeetingCalendarPublicPrinter_grdRadMeeting_ctl00">'
    '<tr class="rgRow"><td class="SimpleCalendarDate">Monday, 1 July</td><td></td></tr>'
    '<tr class="rgAltRow"><td class="SimpleCalendarDate">Tuesday, 9 July</td><td>'
    f'<p class="Meeting"><a href="{MEETING.format(15041, 31)}">10:00 Licensing Sub-Committee</a></p>'
    f'<p class="Meeting"><a href="{MEETING.format(15042, 4)}">14:00 Health and Wellbeing Board</a></p></td></tr>'
    '<tr class="rgRow"><td class="SimpleCalendarDate">Tuesday, 30 July</td><td>'
    f'<p class="Meeting"><a href="{MEETING.format(15099, 4)}">Health &amp; Wellbeing Board</a></p></td></tr></table>')


def test_cmis_day_cell_rows_read_every_meeting_of_the_day():
    rows = parse_calendar_month(DAY_ROWS, "https://c.uk/cmis/", dt.date(2019, 7, 1))
    assert [(r.meeting_id, r.date, r.time, r.committee_title, r.committee_id) for r in rows] == [
        ("15041", dt.date(2019, 7, 9), "10:00", "Licensing Sub-Committee", "31"),
        ("15042", dt.date(2019, 7, 9), "14:00", "Health and Wellbeing Board", "4"),  # second link of the row
        ("15099", dt.date(2019, 7, 30), None, "Health & Wellbeing Board", "4")]
    assert [r.meeting_id for r in rows if is_our_committee(r, "Health and Wellbeing Board")] == ["15042", "15099"]
    # the year comes from the month shown, the nearest to it across a new year
    assert parse_calendar_month(DAY_ROWS.replace("July", "January"), "https://c.uk/", dt.date(2020, 12, 1))[0].date \
        == dt.date(2021, 1, 9)


# A meeting page with every kind of document list (shapes of LGSF's cmis_detail_with_minutes.html and
# cmis_meeting_summary.html: nested holders, ol.DocumentList; agenda items' ul.DocumentList; headed lists of
# direct /Portals/ files, whose titles say nothing of their type).
MANY_LISTS = dnn(
    '<div class="holder"><div class="DNNLabel"><label><span>Date/Time:</span></label></div>'
    '<div class="Value DateTime">9 Jul 2019 - 14:00</div></div>'
    '<div class="holder"><div class="DNNLabel"><label><span>Status:</span></label></div><div class="Value Venue">'
    'Meeting held</div><div class="holder"><div class="DNNLabel"><label><span>Venue:</span></label></div>'
    '<div class="Value Venue">Room 6</div></div></div>'
    '<ol class="DocumentList"><li class="DocumentListItem"><a class="TitleLink" href="/CMIS/Document.ashx?id=a1">'
    'Agenda frontsheet</a></li></ol>'
    '<div class="AgendaItem">5. Better Care Fund<ul class="DocumentList"><li class="DocumentListItem">'
    '<a class="TitleLink" href="/cmis/Document.ashx?id=r5">Better Care Fund Plan</a></li>'
    '<li class="DocumentListItem"><a class="TitleLink" href="/CMIS/Document.ashx?id=a1">Agenda frontsheet</a></li>'
    '</ul></div><h3>Minutes</h3><ul><li><a href="/Portals/0/Documents/Meetings/HWB-09.07.2019.pdf">'
    'Health and Wellbeing Board 09.07.2019</a></li></ul>')


def test_cmis_meeting_page_reads_every_document_list():
    page = parse_meeting_page(MANY_LISTS, "https://c.uk/cmis/Meetings/tabid/70/x/Default.aspx")
    assert page.fields["date/time"] == "9 Jul 2019 - 14:00" and page.fields["status"] == "Meeting held"
    assert page.fields["venue"] == "Room 6"
    assert [(d.url.rsplit("/", 1)[-1], d.type) for d in page.documents] == [
        ("Document.ashx?id=a1", "agenda"), ("Document.ashx?id=r5", "report"),
        ("HWB-09.07.2019.pdf", "minutes")]  # typed by the heading it is listed under
    assert page.documents[0].url == "https://c.uk/CMIS/Document.ashx?id=a1"  # the adapter gives it one spelling


def test_cmis_meeting_page_reads_labels_not_classes():
    page = parse_meeting_page(MEETING_PAGE, "https://c.uk/cmis/x/Default.aspx")
    assert page.fields["venue"] == "Room 2, Council House" and page.fields["meeting status"] == "Meeting held"
    assert [(d.title, d.type, d.url) for d in page.documents] == [
        ("Agenda", "agenda", "https://c.uk/cmis/Document.ashx?czJK=ab%2Bc%3D&L=1"),
        ("Social prescribing pilot", "report", "https://c.uk/cmis/Document.ashx?czJK=zz%2F9&L=1")]


def cmis_source(server, committee="Health and Wellbeing Board"):
    return parse_source({"id": "test-cmis", "kind": "cmis", "base_url": server.url("/cmis/"), "committee": committee,
                         "delay_seconds": 0}, "test")


def cmis_routes():
    return {
        "/cmis/": dnn(f'<a href="{CAL.format("2019-07-01")}">Meetings calendar</a>'),
        CAL.format("2019-06-01"): month([]),
        CAL.format("2019-07-01"): month([(15042, 4, "9 Jul 2019 11:00 - Health and Wellbeing Board", ""),
                                         (15043, 7, "10 Jul 2019 18:30 - Planning Committee", "")]),
        CAL.format("2019-08-01"): month([(15060, 4, "20 Aug 2019 11:00 - Health and Wellbeing Board", "Cancelled")]),
        MEETING.format(15042, 4): MEETING_PAGE,
        MEETING.format(15060, 4): dnn('<div class="holder"><span class="DNNLabel">Meeting Status</span>'
                                      '<span class="Value Venue">Cancelled</span></div>'),
    }


def test_cmis_adapter_filters_other_committees(fetcher):
    with FixtureServer(cmis_routes()) as server:
        d = adapter_for(cmis_source(server), fetcher).discover(since=dt.date(2019, 6, 1), until=dt.date(2019, 8, 31))
        assert not server.fetched("/Meeting/15043/")
    assert [(m.key, m.date, m.status) for m in d.meetings] == [
        ("15042", dt.date(2019, 7, 9), "held"), ("15060", dt.date(2019, 8, 20), "cancelled")]
    assert d.meetings[0].location == "Room 2, Council House" and len(d.meetings[0].documents) == 2
    assert d.requests == 1 + 3 + 2  # start page + one page per month + one per meeting


def test_cmis_calendar_reached_through_the_menu_and_the_list_view(fetcher):
    """Portal root → menu → the JavaScript calendar page (control names only) → list view (tab path) →
    month views; every entry URL a user may paste gets there."""
    routes = cmis_routes()
    routes["/cmis/"] = dnn('<p>Welcome</p>').replace('<input type="hidden" name="dnn$ctr397$MeetingCalendarPublic$hdnMonth" value="x">', "") \
        .replace("<p>Welcome</p>", '<ul><li><a href="/CMIS/Meetings.aspx">Meetings</a></li></ul>')
    calendar_page = ('<html><body><div id="dnn_ContentPane"><input type="submit" name="dnn$ctr397$MeetingCalendar'
                     'Public$btnButtonListView" value="Meeting List View"></div></body></html>')
    routes["/CMIS/Meetings.aspx"] = calendar_page
    routes["/cmis/Meetings/tabid/70/Default.aspx"] = calendar_page
    routes["/CMIS/Meetings.aspx?ctl=MeetingCalendarListView&mid=397"] = month(
        [(15042, 4, "9 Jul 2019 11:00 - Health and Wellbeing Board", "")])
    routes["/cmis/Committees/tabid/62/ctl/ViewCMIS_CommitteeDetails/mid/383/id/4/Default.aspx"] = routes["/cmis/"]
    for entry in ("/cmis/", "/CMIS/Meetings.aspx", "/cmis/Meetings/tabid/70/Default.aspx/",
                  "/cmis/Committees/tabid/62/ctl/ViewCMIS_CommitteeDetails/mid/383/id/4/Default.aspx"):
        with FixtureServer(routes) as server:
            source = parse_source({"id": "t", "kind": "cmis", "base_url": server.url(entry), "delay_seconds": 0,
                                   "committee": "Health and Wellbeing Board"}, "test")
            d = adapter_for(source, fetcher).discover(since=dt.date(2019, 6, 1), until=dt.date(2019, 8, 31))
            assert not any("Default.aspx/" in t for t in server.requested), entry
        assert [(m.key, m.date) for m in d.meetings] == [("15042", dt.date(2019, 7, 9)),
                                                         ("15060", dt.date(2019, 8, 20))], entry


def test_cmis_portal_without_a_calendar_raises_naming_the_source(fetcher):
    routes = {"/cmis/": "<html><body><a href='/cmis/Councillors.aspx'>Councillors</a></body></html>"}
    with FixtureServer(routes) as server:
        with pytest.raises(SiteChangedError) as err:
            adapter_for(cmis_source(server), fetcher).discover(since=dt.date(2019, 6, 1), until=dt.date(2019, 8, 31))
    assert err.value.source_id == "test-cmis" and "Meetings" in str(err.value)


def test_cmis_changed_calendar_raises(fetcher):
    routes = cmis_routes()
    routes[CAL.format("2019-07-01")] = "<html><body><p>Our calendar has moved</p></body></html>"
    with FixtureServer(routes) as server:
        with pytest.raises(SiteChangedError) as err:
            adapter_for(cmis_source(server), fetcher).discover(since=dt.date(2019, 6, 1), until=dt.date(2019, 8, 31))
    assert err.value.source_id == "test-cmis" and "MeetingCalendarPublicNoJava" in err.value.url


# --- listing ----------------------------------------------------------------------------------------------

RULES = ListingRules(paper_link=r"\.pdf$", follow_link=r"/papers/archive-\d{4}/(page/\d+/)?$",
                     html_minutes_link=r"[?&]p=\d+")

CURRENT = """<html><body><h1>Governing Body meetings</h1>
<table><tr><th>Date</th><th>Papers</th><th>Minutes</th></tr>
<tr><td>18 March 2019</td><td><a href="/up/GB-agenda.pdf">Agenda</a><br><a href="/up/item-5-finance.pdf">Finance report</a></td>
<td><a href="/?p=9622">Minutes of the Governing Body meeting held on 18 March 2019</a></td></tr>
<tr><td>20 May 2019</td><td>Awaiting confirmation</td><td>Awaiting confirmation</td></tr></table>
<h2>Archived papers</h2><ul><li><a href="/papers/archive-2017/">2017</a></li><li><a href="/papers/archive-2016/">2016</a></li>
<li><a href="https://elsewhere.example.org/papers/archive-2015/">2015 (old site)</a></li>
<li><a href="/private/papers/archive-2014/">2014</a></li></ul>
<p><a href="https://cdn.example.org/board.pdf">Board pack on another host</a></p>
<p><a href="/up/Strategy.pdf">Our strategy</a></p></body></html>"""

ARCHIVE_2017 = """<html><body><h1>Papers 2017</h1><h3>16 October 2017</h3><ul>
<li><a href="/up/2017/STP-Board-Minutes-16.10.2017.pdf">STP Board Minutes 16.10.2017 &#8211; Redacted</a></li>
<li><a href="/up/2017/Papers.pdf">Governing Body Papers</a></li></ul>
<h3>No date here</h3><ul><li><a href="/up/2017/GB-agenda-2017-03-20.pdf">Agenda</a></li></ul></body></html>"""

ARCHIVE_2016 = """<html><body><h1>Papers 2016</h1><ul><li><a href="/up/2016/GB-minutes-2016-09-19.pdf">Minutes</a></li></ul>
<a class="next" href="/papers/archive-2016/page/2/">Older papers</a></body></html>"""

ARCHIVE_2016_2 = """<html><body><h1>Papers 2016 - page 2</h1><ul><li><a href="/up/2016/GB-minutes-2016-03-21.pdf">Minutes</a></li></ul>
<a href="/papers/archive-2016/">Newer papers</a></body></html>"""


def test_listing_page_parsing_reads_dates_from_text_filename_row_and_heading():
    page = parse_listing_page(ARCHIVE_2017, "https://ccg.nhs.uk/papers/archive-2017/", RULES, ("ccg.nhs.uk",))
    assert [(p.title, p.date) for p in page.papers] == [
        ("STP Board Minutes 16.10.2017 \u2013 Redacted", dt.date(2017, 10, 16)),  # link text
        ("Governing Body Papers", dt.date(2017, 10, 16)),  # heading
        ("Agenda", dt.date(2017, 3, 20))]  # file name
    current = parse_listing_page(CURRENT, "https://ccg.nhs.uk/papers/", RULES, ("ccg.nhs.uk",))
    assert [(p.url.rsplit("/", 1)[-1], p.date, p.html_minutes) for p in current.papers] == [
        ("GB-agenda.pdf", dt.date(2019, 3, 18), False), ("item-5-finance.pdf", dt.date(2019, 3, 18), False),
        ("?p=9622", dt.date(2019, 3, 18), True), ("board.pdf", None, False),
        ("Strategy.pdf", None, False)]  # under "Archived papers", not under a dated heading: no date invented
    assert current.off_site == ["https://elsewhere.example.org/papers/archive-2015/"]  # a page: not visited
    # a paper on another host is still a listed paper: the pipeline records it skipped, never fetches it
    meetings = group_into_meetings("s", current.papers[:3])
    assert [(m.key, [d.type for d in m.documents]) for m in meetings] == [("2019-03-18", ["agenda", "report", "minutes"])]


def listing_source(server, **rules):
    return parse_source({"id": "test-ccg", "kind": "listing", "start_url": server.url("/papers/"), "delay_seconds": 0,
                         "listing": {"paper_link": r"\.pdf$", "follow_link": r"/papers/archive-\d{4}/(page/\d+/)?$",
                                     "html_minutes_link": r"[?&]p=\d+", **rules}}, "test")


def listing_routes():
    current = CURRENT.replace('<p><a href="/up/Strategy.pdf">Our strategy</a></p>', '<p><a href="/up/Leaflet.pdf">Leaflet</a></p>')
    return {"/papers/": current, "/papers/archive-2017/": ARCHIVE_2017, "/papers/archive-2016/": ARCHIVE_2016,
            "/papers/archive-2016/page/2/": ARCHIVE_2016_2,
            "/private/papers/archive-2014/": "<html><body><a href='/up/secret-2014-01-01.pdf'>x</a></body></html>"}


def test_heading_date_comes_from_parent_section_not_sibling():
    html = ("<h1>Board meeting 18 March 2019</h1><h2>Papers</h2><a href='/a.pdf'>A</a>"
            "<h2>12 May 2019</h2><p>x</p><h3>Other</h3><a href='/b.pdf'>B</a>")
    page = parse_listing_page(html, "https://ccg.nhs.uk/", RULES, ("ccg.nhs.uk",))
    assert [p.date for p in page.papers] == [dt.date(2019, 3, 18), dt.date(2019, 5, 12)]


def test_listing_adapter_follows_archives_and_pagination(fetcher):
    with FixtureServer(listing_routes(), robots="User-agent: *\nDisallow: /private/\n") as server:
        d = adapter_for(listing_source(server), fetcher).discover()
        assert not server.fetched("/private/")  # robots.txt forbids it: not fetched
        assert not server.fetched("elsewhere") and not server.fetched("/up/")  # papers are not fetched here
    keys = [m.key for m in d.meetings]
    assert "2016-03-21" in keys and "2016-09-19" in keys and "2017-10-16" in keys and "2019-03-18" in keys
    assert any("robots" in w for w in d.warnings)
    assert any("elsewhere.example.org" in w for w in d.warnings)
    assert any(doc.url == "https://cdn.example.org/board.pdf" for m in d.meetings for doc in m.documents)
    assert d.requests == 5  # start + 2017 + 2016 + 2016 page 2 + the refused private page


def test_listing_undated_paper_is_kept_and_warned(fetcher):
    routes = listing_routes()
    routes["/papers/archive-2016/"] = ARCHIVE_2016.replace("GB-minutes-2016-09-19.pdf", "GB-minutes.pdf")
    with FixtureServer(routes) as server:
        d = adapter_for(listing_source(server, date_from=["text", "filename"]), fetcher).discover()
    undated = [m for m in d.meetings if m.date is None]
    mine = [m for m in undated if m.key == f"undated:{server.url('/up/2016/GB-minutes.pdf')}"]
    assert len(mine) == 1 and mine[0].status == "unknown" and len(mine[0].documents) == 1
    assert any("no meeting date" in w and "GB-minutes.pdf" in w for w in d.warnings)


def test_listing_start_page_without_papers_or_archives_raises(fetcher):
    routes = {"/papers/": "<html><body><h1>This page has moved</h1><a href='/'>Home</a></body></html>"}
    with FixtureServer(routes) as server:
        with pytest.raises(SiteChangedError) as err:
            adapter_for(listing_source(server), fetcher).discover()
    assert err.value.source_id == "test-ccg"


def test_listing_entry_http_error_raises(fetcher):
    with FixtureServer({}) as server:
        with pytest.raises(FetchError):
            adapter_for(listing_source(server), fetcher).discover()


def test_listing_max_pages_bound(fetcher):
    with FixtureServer(listing_routes()) as server:
        d = adapter_for(listing_source(server, max_pages=2), fetcher).discover()
    assert d.requests == 2 and any("max_pages" in w for w in d.warnings)


def test_meeting_page_date_from_label_heading_or_link():
    from boardpapers.config import parse_source as parse
    from boardpapers.errors import ConfigError
    from boardpapers.sites.listing import meeting_page_date

    rules = ListingRules(meeting_link=r"/info/\d+/")
    table = ("<h1>Health and Wellbeing Board meeting</h1><table><tr><th>Date</th><td>Tuesday 8 December 2020</td></tr>"
             "<tr><th>Papers published</th><td>1 December 2020</td></tr></table>")
    assert meeting_page_date(table, "Board - 10 December 2020", rules) == dt.date(2020, 12, 8)
    inline = "<h1>Board</h1><p><strong>Date:</strong> 8 December 2020</p>"
    assert meeting_page_date(inline, "", rules) == dt.date(2020, 12, 8)
    assert meeting_page_date("<h1>Board: Tuesday 16 June 2020</h1>", "Board meeting", rules) == dt.date(2020, 6, 16)
    assert meeting_page_date("<h1>Board meeting</h1>", "Board - 17 December 2019", rules) == dt.date(2019, 12, 17)
    assert meeting_page_date("<h1>Board meeting</h1>", "Board meeting", rules) is None
    only_link = ListingRules(meeting_link=r"/info/\d+/", meeting_date_from=("link",))
    assert meeting_page_date(table, "Board meeting", only_link) is None
    with pytest.raises(ConfigError) as err:
        parse({"id": "x", "kind": "listing", "start_url": "https://x.uk/", "listing": {"meeting_date_from": ["date"]}},
              "test")
    assert "meeting_date_from" in str(err.value)
