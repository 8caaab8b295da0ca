"""Attendance and decision shapes of wave 17 (December 2026): county scrutiny committees' Word minutes shown as web
pages, a Scottish Government group's gov.scot minutes, a national park authority's ModernGov page.

Every name, body and sentence here is invented; only the layouts are those of the real minutes ("Voting Members:<TAB>
Councillor A - in the chair", "Other Members in<TAB>Post: Attendance:<TAB>Councillor B", "Officers:" over "Whole of
meeting:" and an "Agenda Item | Officer Attending" table, an "Apology from | Temporary Appointment" table,
"Attendees – Body (in-person)" group headings, "He welcomed A and B from Body")."""
from .decision_shapes import page_decisions as _found
from .test_attendance import by_person, parse
from .test_attendance_wave10 import _statuses

_COUNTY = ("MINUTES of the meeting held on 4 March 2008\nPresent:\n"
           "Voting Members:\tCouncillor Nora Vance - in the chair\nCouncillor Colm Fitzroy-O’Hara\n"
           "Councillor Ted Grove (in place of Councillor Ida Pell)\n"
           "Other Members in\tCabinet Member for Roads, Parks & Libraries: Attendance:\tCouncillor Una Marsh\n"
           "Officers:\nWhole of meeting:\tK. Lowther (Corporate Core)\nPart of meeting:\n"
           "Agenda Item\tOfficer Attending\n"
           "6.\tV. Quill (Community Services)\n"
           "8.\tA. Dace & F. Roach (Community Services) S. Tench (Riverside Consulting)\n"
           "The Committee considered the matters, reports and recommendations contained or referred to in the agenda "
           "for the meeting and agreed as set out below.\n"
           "14/08\tAPOLOGIES FOR ABSENCE AND TEMPORARY APPOINTMENTS\n"
           "Apologies for absence and temporary appointments were received as follows:\n"
           "Apology from\tTemporary Appointment\nCouncillor Pell\tCouncillor Grove\nCouncillor Yates\t-\n"
           "15/08\tMINUTES\nThe Minutes of the meeting held on 5 February 2008 were approved and signed.\n")


def test_county_scrutiny_minutes_read_every_group_of_attendees():
    assert _statuses(_COUNTY) == {
        "Nora Vance": "present", "Colm Fitzroy-O’Hara": "present", "Ted Grove": "substitute",
        "Una Marsh": "in_attendance", "K. Lowther": "in_attendance", "V. Quill": "in_attendance",
        "A. Dace": "in_attendance", "F. Roach": "in_attendance", "S. Tench": "in_attendance",
        "Ida Pell": "apologies", "Yates": "apologies"}


def test_a_double_barrelled_surname_keeps_its_irish_second_part():
    assert "Colm Fitzroy-O’Hara" in by_person(parse(_COUNTY))


def test_a_post_and_colon_before_a_councillor_is_her_role():
    assert by_person(parse(_COUNTY))["Una Marsh"].role == "Cabinet Member for Roads, Parks & Libraries"


def test_officers_by_agenda_item_share_the_bracketed_department_after_them():
    recs = by_person(parse(_COUNTY))
    assert [recs[p].organisation for p in ("K. Lowther", "V. Quill", "A. Dace", "F. Roach")] == [
        "Corporate Core", "Community Services", "Community Services", "Community Services"]
    assert recs["K. Lowther"].role is None  # the table's header row is no role of the officer above it
    # a firm named for its trade is the person's body, not her post
    assert recs["S. Tench"].organisation == "Riverside Consulting" and recs["S. Tench"].role is None


def test_an_apology_by_surname_takes_the_full_name_the_substitute_line_gives():
    recs = by_person(parse(_COUNTY))
    assert recs["Ida Pell"].status == "apologies" and recs["Ted Grove"].substitute_for == "Councillor Ida Pell"


def test_a_pairs_table_without_an_apology_header_still_records_no_absence():
    text = "Present:\nCllr Jo Aske\n\nMember\tSubstitute\nCllr Ruth Lamb\tCllr Jo Aske\n\n3. Minutes\n"
    assert _statuses(text) == {"Jo Aske": "substitute"}


def test_attendees_dash_group_is_a_heading_not_a_person():
    text = ("Attendees and apologies\nMara Quinn (Chair), Director of Planning (in-person)\n"
            "Attendees – Northvale (in-person)\nOwen Fisk, Chief Executive (in-person)\n"
            "Attendees – Northvale (virtually)\nPia Lund, Finance Director\n"
            "Apologies\nRuth Hale, Medical Director, Northvale Health\n"
            "Items and actions\nWelcome, apologies and introduction\nThe Chair welcomed members.\n")
    recs = by_person(parse(text))
    assert {p: r.status for p, r in recs.items()} == {
        "Mara Quinn": "present", "Owen Fisk": "present", "Pia Lund": "present", "Ruth Hale": "apologies"}
    # the section headings after the list are no part of the last person's seat
    assert recs["Ruth Hale"].organisation == "Northvale Health"


def test_visitors_welcomed_from_a_body_and_a_post_holder_who_was_in_attendance():
    text = ("23/22\tCorrespondence\nMinutes:\nThere were no apologies for absence.  He welcomed Lia Brandt and Tom "
            "Okafor from Audit Northvale, and also Jan Crewe, the Chair of the Ethics Committee, who was in attendance "
            "for the public part of the meeting.\n24/22\tDeclarations of Interest\n")
    recs = by_person(parse(text))
    assert {p: (r.status, r.organisation) for p, r in recs.items()} == {
        "Lia Brandt": ("in_attendance", "Audit Northvale"), "Tom Okafor": ("in_attendance", "Audit Northvale"),
        "Jan Crewe": ("in_attendance", None)}


def test_a_welcome_without_a_body_is_no_attendance():
    assert _statuses("4. Welcome\nThe Chair welcomed Lia Brandt to her first meeting as a member.\n") == {}


def test_a_preamble_pointing_to_the_decisions_below_is_no_decision():
    found = _found("The Committee considered the reports referred to in the agenda and agreed as set out below.\n"
                   "2/09\tMINUTES\nThe Minutes of the meeting held on 3 March were approved and signed.\n")
    assert [kind for _, kind, _ in found] == ["approved"]
