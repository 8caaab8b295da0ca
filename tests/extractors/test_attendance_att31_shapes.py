"""Attendance shapes from the session-31 sweep of real minutes with tables, grids and flattened PDF paragraphs: a
paragraph that runs its labels on after each list's last name with no stop between ("… and Ivy Lott Apologies: -
Ned Voss …"), a label's colon followed by a dash marking it.

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
