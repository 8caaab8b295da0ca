"""Attendance shapes from the session-31 sweep of real minutes with tables, grids and flattened PDF paragraphs: a
paragraph that runs its labels on after each list's last name with no stop between ("… and Ivy Lott Apologies: -
Ned Voss …"), a label's colon followed by a dash marking it; a reason for an apology in brackets after the person or
their body ("Ann Lee, Northvale Trust (illness)"); a table whose cells the text put one a line, name then body (or
name, a cell of initials, body) with no kind word saying which line is which; a status in brackets after a person
of a members' list ("Bo Dee (apologies)"); a status-column table's Organisation cell that ends in a body's initials
("Northvale LSCB"); "Senior" as a surname after a given name ("Graeme Senior (GS) Body"); a bullet row whose name ends at its initials in
brackets, however long the body after them.

Every name and body here is invented; each test reproduces the shape of a layout real minutes print."""
from .test_attendance import by_person, parse


def _fields(recs):
    return {p: (r.status, r.role, r.organisation) for p, r in recs.items()}


def test_dashed_labels_run_on_after_each_list_in_one_paragraph():
    # modelled on a Scottish community council's PDF minute whose lists run on in one paragraph
    # (https://docslib.org/doc/2159425/minutes-of-meldrum-bourtie-daviot-community-council-meeting)
    recs = by_person(parse(
        "Minutes of Northvale Community Council Meeting Tuesday 3rd March 2020 7.00pm Village Hall CC Members "
        "Present: - Ann Dale, Tom Ray, Ivy Lott and Sue Penn Apologies: - Ned Voss and Kay Fenn Members of Public: "
        "- Jo Marsh and Al Penrose Councillors: Cllr Orr, Cllr Hebden and Cllr Quayle Police: None Minutes of "
        "February 2020 Ann advised the minutes were correct. Proposed: Tom Ray Seconded: Sue Penn\n"))
    assert _fields(recs) == {
        "Ann Dale": ("present", None, None), "Tom Ray": ("present", None, None),
        "Ivy Lott": ("present", None, None), "Sue Penn": ("present", None, None),
        "Ned Voss": ("apologies", None, None), "Kay Fenn": ("apologies", None, None),
        "Orr": ("present", None, None), "Hebden": ("present", None, None),
        "Quayle": ("present", None, None),
    }


def test_dashed_officers_label_ends_the_list_before_it():
    recs = by_person(parse(
        "Flood Partnership Board Attendees: - Ann Dale, Tom Ray Officers in Attendance: - Ivy Lott, Sue Penn "
        "Apologies: - Ned Voss\n"))
    assert _fields(recs) == {
        "Ann Dale": ("present", None, None), "Tom Ray": ("present", None, None),
        "Ivy Lott": ("in_attendance", None, None), "Sue Penn": ("in_attendance", None, None),
        "Ned Voss": ("apologies", None, None),
    }


def test_a_colon_and_dash_inside_prose_without_a_label_word_is_not_split():
    recs = by_person(parse(
        "Present: Ann Dale, Tom Ray\n"
        "Apologies: Ned Voss\n"
        "1. Actions: - the clerk to write to the council\n"))
    assert _fields(recs) == {
        "Ann Dale": ("present", None, None), "Tom Ray": ("present", None, None),
        "Ned Voss": ("apologies", None, None),
    }


def test_a_bracketed_reason_after_an_apology_is_no_post_and_leaves_the_body():
    # modelled on apology lists of partnership minutes that give "Name, Body (reason)" one a line
    recs = by_person(parse(
        "Minutes of the Northvale Flood Forum\n"
        "Present:\n"
        "Ann Dale, Northvale Borough Council\n"
        "Tom Ray, Eastshire Water\n"
        "Apologies:\n"
        "Ivy Lott, Parish Flood Group (illness)\n"
        "Sue Penn - Chief Officer, Westmoor Trust (annual leave)\n"
        "Cllr Ned Voss (on holiday)\n"
        "\n1. Welcome\n"))
    assert _fields(recs) == {
        "Ann Dale": ("present", None, "Northvale Borough Council"),
        "Tom Ray": ("present", None, "Eastshire Water"),
        "Ivy Lott": ("apologies", None, "Parish Flood Group"),
        "Sue Penn": ("apologies", "Chief Officer", "Westmoor Trust"),
        "Ned Voss": ("apologies", None, None),
    }


def test_bracketed_reasons_in_a_comma_list_of_apologies():
    recs = by_person(parse(
        "Present: Ann Dale, Tom Ray\n"
        "Apologies: Cllr Ivy Lott (holiday), Sue Penn (work commitments), Jo Marsh, Westmoor Trust (unwell)\n"))
    assert _fields(recs) == {
        "Ann Dale": ("present", None, None), "Tom Ray": ("present", None, None),
        "Ivy Lott": ("apologies", None, None), "Sue Penn": ("apologies", None, None),
        "Jo Marsh": ("apologies", None, "Westmoor Trust"),
    }


def test_a_bracket_that_is_no_reason_stays_the_post():
    recs = by_person(parse(
        "Present: Ann Dale (Chair), Tom Ray\n"
        "Apologies: Ivy Lott (Treasurer), Sue Penn (illness)\n"))
    assert _fields(recs) == {
        "Ann Dale": ("present", None, None), "Tom Ray": ("present", None, None),
        "Ivy Lott": ("apologies", "Treasurer", None), "Sue Penn": ("apologies", None, None),
    }


def test_table_cells_one_a_line_name_initials_body():
    # modelled on a borough flood forum's minutes whose attendance table came out one cell a line
    # (https://rbwm.moderngov.co.uk/CeListDocuments.aspx?CommitteeId=218&MeetingId=3340&DF=18%2f09%2f2012&Ver=2)
    recs = by_person(parse(
        "NORTHVALE FLOOD FORUM\n"
        "MINUTES\n"
        "Present\n"
        "Cllr Ann Dale (Chair)\nAD\nNorthvale Borough Council\n"
        "Tom Ray\nTR\nEastshire Water\n"
        "Ivy Lott\nIL\nParish Flood Liaison Group\n"
        "Sue Penn\nSP\nEnvironment Agency\n"
        "\n1.0 Welcome & Introductions\n"))
    assert _fields(recs) == {
        "Ann Dale": ("present", None, "Northvale Borough Council"),
        "Tom Ray": ("present", None, "Eastshire Water"),
        "Ivy Lott": ("present", None, "Parish Flood Liaison Group"),
        "Sue Penn": ("present", None, "Environment Agency"),
    }


def test_table_cells_one_a_line_name_then_body():
    recs = by_person(parse(
        "Minutes of the Northvale Catchment Group\n"
        "Present\n"
        "Ann Dale\nNorthvale Borough Council\n"
        "Tom Ray\nEastshire Water\n"
        "Ivy Lott\nWestmoor Rivers Trust\n"
        "\n1. Welcome\n"))
    assert _fields(recs) == {
        "Ann Dale": ("present", None, "Northvale Borough Council"),
        "Tom Ray": ("present", None, "Eastshire Water"),
        "Ivy Lott": ("present", None, "Westmoor Rivers Trust"),
    }


def test_names_one_a_line_are_not_paired():
    recs = by_person(parse(
        "Present:\nAnn Dale\nTom Ray\nIvy Lott\nSue Penn\n\n1. Welcome\n"))
    assert _fields(recs) == {p: ("present", None, None) for p in ("Ann Dale", "Tom Ray", "Ivy Lott", "Sue Penn")}


def test_people_with_their_fields_between_whole_names_are_not_paired():
    recs = by_person(parse(
        "Present:\n"
        "Cllr Ann Dale (Chair)\n"
        "Tom Ray, Chief Executive, Eastshire Housing Group\n"
        "Dr Ivy Lott (the CCG)\n"
        "Sue Penn, Westmoor Carers Network\n"
        "\n4. Minutes\n"))
    assert set(recs) == {"Ann Dale", "Tom Ray", "Ivy Lott", "Sue Penn"}
    assert recs["Tom Ray"].role == "Chief Executive"
    assert recs["Sue Penn"].organisation == "Westmoor Carers Network"


def test_a_bracketed_status_after_a_member_gives_the_status():
    # modelled on Scottish community council minutes that mark an absent office-bearer "(apologies)" in the list
    # (https://docslib.org/doc/9662688/heldon-community-council-minutes-of-the)
    recs = by_person(parse(
        "Minutes of Northvale Community Council\n"
        "Members: Ann Dale (Chair), Tom Ray (apologies), Ivy Lott, Sue Penn (Apols)\n"
        "In attendance: Cllr Orr\n"
        "\n1. Welcome\n"))
    assert _fields(recs) == {
        "Ann Dale": ("present", None, None), "Tom Ray": ("apologies", None, None),
        "Ivy Lott": ("present", None, None), "Sue Penn": ("apologies", None, None),
        "Orr": ("in_attendance", None, None),
    }


def test_a_bracketed_status_after_a_post_line():
    recs = by_person(parse(
        "Minutes of Northvale Community Council\n"
        "Present:\n"
        "Ann Dale – Chair\n"
        "Tom Ray – Treasurer (apologies)\n"
        "Sue Penn – Secretary (absent)\n"
        "\n1. Welcome\n"))
    assert _fields(recs) == {
        "Ann Dale": ("present", "Chair", None), "Tom Ray": ("apologies", "Treasurer", None),
        "Sue Penn": ("absent", "Secretary", None),
    }


def test_organisation_cell_ending_in_a_bodys_initials_in_a_status_column_table():
    # modelled on safeguarding board minutes with a name | title | organisation | attendance grid
    recs = by_person(parse(
        "Minutes of the Northvale Safeguarding Board\n"
        "Attendance\n"
        "Name\tTitle\tOrganisation\tAttendance\n"
        "Ann Dale\tTreasurer\tNorthvale LSCB\tY\n"
        "Tom Ray\tChair\tNorthvale Council\tApols\n"
        "Ivy Lott\tManager\tEastvale CVS\tY\n"
        "Sue Penn\tDirector\tNorthvale DPH Office\tX\n"
        "\n1. Welcome\n"))
    assert _fields(recs) == {
        "Ann Dale": ("present", "Treasurer", "Northvale LSCB"),
        "Tom Ray": ("apologies", "Chair", "Northvale Council"),
        "Ivy Lott": ("present", "Manager", "Eastvale CVS"),
        "Sue Penn": ("absent", "Director", "Northvale DPH Office"),
    }


def test_senior_after_a_given_name_is_the_surname():
    # modelled on a partnership forum's attendee list with initials and a body after each name
    # (https://www.transport.gov.scot/publication/meeting-minutes-road-safety-framework-local-partnership-forum-west-meeting-minutes-road-safety-framework-local-partnership-forum-west-22-november-2021/)
    recs = by_person(parse(
        "Meeting minutes - Northvale Road Safety Forum\n"
        "Attendees\n"
        "- Ann Dale (AD) Northvale Council (Chair)\n"
        "- Tom Senior (TS) Eastvale Roads Alliance\n"
        "- Ivy Lott (IL) Senior Officer, Westvale Police\n"
        "Welcome and Introductions\n"
        "The Chair welcomed the group.\n"))
    assert _fields(recs) == {
        "Ann Dale": ("present", None, "Northvale Council"),
        "Tom Senior": ("present", None, "Eastvale Roads Alliance"),
        "Ivy Lott": ("present", "Senior Officer", "Westvale Police"),
    }


def test_a_bullet_row_with_initials_and_a_long_body_is_its_own_person():
    recs = by_person(parse(
        "Meeting minutes - Northvale Road Safety Forum\n"
        "Attendees\n"
        "- Ann Dale (AD) Transport Northvale (Chair)\n"
        "- Tom Ray (TR) Police Northvale\n"
        "- Ivy Lott (IL) Eastvale & Westvale, Fire Northvale / Eastvale Road Safety Partnership\n"
        "- Sue Penn (SP) Westvale Council\n"
        "Welcome and Introductions\n"
        "The Chair welcomed the group.\n"))
    assert set(recs) == {"Ann Dale", "Tom Ray", "Ivy Lott", "Sue Penn"}
    assert all(r.status == "present" for r in recs.values())
    assert recs["Tom Ray"].organisation == "Police Northvale" and recs["Tom Ray"].role is None
    assert recs["Sue Penn"].organisation == "Westvale Council"
