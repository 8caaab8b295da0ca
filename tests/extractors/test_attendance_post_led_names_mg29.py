"""Apology lists where a person's post is written before their name ("… Councillor A and Tenant Representative B"),
seen on housing and scrutiny committees' ModernGov pages (helper mg29). Every person here is invented."""
from .attendance_shapes import people


def test_councillor_then_post_led_name_after_and():
    text = ("1. Apologies\nApologies were received from Councillor Amos Tranter and Independent Member Carys "
            "Holloway.\n2. Minutes\n")
    assert people(text) == {"Amos Tranter": ("apologies", None, None),
                            "Carys Holloway": ("apologies", "Independent Member", None)}


def test_tenant_and_leaseholder_representatives():
    text = ("1. Apologies\nApologies were received from Tenant Representative Lulu Agate and Leaseholder "
            "Representative Bram Oduya.\n2. Minutes\n")
    assert people(text) == {"Lulu Agate": ("apologies", "Tenant Representative", None),
                            "Bram Oduya": ("apologies", "Leaseholder Representative", None)}


# --- ModernGov's attendance page: "Attendance" and the meeting's place over the Attendee | Role | Attendance table ---

_ATTENDANCE_PAGE = (
    "<html><body><div id='modgov'><h1>Attendance</h1><h2>Licensing Committee - Monday, 4th March, 2019 6.00 pm</h2>"
    "<p>Venue: Committee Room 2</p><table summary='Table of meeting attendance'><tr><th>Attendee</th><th>Role</th>"
    "<th>Attendance</th><th>Attendance comment</th></tr>"
    "<tr><td>Councillor Orla Petch</td><td>Chair</td><td>Present</td><td></td></tr>"
    "<tr><td>Councillor Idris Vane</td><td>Committee Member</td><td>Expected</td><td></td></tr>"
    "<tr><td>Councillor Mabel Strand</td><td>Committee Member</td><td>Apologies</td><td>Unwell</td></tr>"
    "<tr><td>Fenna Ridley</td><td>Officer</td><td>Present</td><td></td></tr></table></div></body></html>")


def test_attendance_page_with_title_and_venue_over_its_table():
    from boardpapers.extractors import extract_document
    got = {r.person: (r.status, r.role, r.organisation)
           for r in extract_document(_ATTENDANCE_PAGE.encode(), filename="attendance.html").attendance}
    assert got == {"Orla Petch": ("present", "Chair", None), "Idris Vane": ("expected", "Committee Member", None),
                   "Mabel Strand": ("apologies", "Committee Member", None), "Fenna Ridley": ("present", "Officer", None)}
