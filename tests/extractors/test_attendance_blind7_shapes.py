"""Attendance shapes taught by the retired seventh blind set, each on an invented example: the layout and the
formulaic words are as minutes print them, the bodies and names are made up."""
from boardpapers.extractors.names import split_name

from .attendance_shapes import people

_ATTENDEES = ("ATTENDEES\n"
              "Jane Arbery (JA)\tChair\n"
              "Councillor Tom Vell\tDeputy Mayor, Northby BC\n"
              "Kate Lorne (KL)\tCEO Northby Borough Council\n"
              "Owen Pike\tCEO RT Docks\n"
              "Ruth Senn (RS)\tNorthvale Unlimited\n"
              "Paul Dace (PD)\tNorthvale Unlimited\n"
              "1 Welcome\nThe Chair opened the meeting.\n")


def test_title_completed_by_the_next_word_is_an_office_not_a_name():
    assert split_name("Deputy Mayor, Northby BC") is None
    assert split_name("Mr Major, Northby BC").person == "Major"


def test_deputy_mayor_in_the_job_cell_is_no_second_person():
    assert people(_ATTENDEES)["Tom Vell"] == ("present", "Deputy Mayor", "Northby BC")
    assert "Mayor" not in people(_ATTENDEES)


def test_ceo_then_the_body_without_a_comma():
    found = people(_ATTENDEES)
    assert found["Kate Lorne"] == ("present", "CEO", "Northby Borough Council")
    assert found["Owen Pike"] == ("present", "CEO", "RT Docks")


def test_body_shaped_like_a_name_in_a_job_column_is_the_persons_body():
    found = people(_ATTENDEES)
    assert found["Ruth Senn"] == ("present", None, "Northvale Unlimited")
    assert found["Paul Dace"] == ("present", None, "Northvale Unlimited")
    assert "Northvale Unlimited" not in found


def test_label_then_people_rows_are_no_job_column():
    found = people("Present\nChair\tCllr Amy Rook\nWard Councillors\tBen Tull, Cara Imms\n"
                   "Area Co-ordinator\tDan Fisk\nNorthvale Primary Care Trust\tEve Hale\nStreet Scene Manager\tFay Gunn\n"
                   "Apologies\nGil Marr\n", "status")
    assert found == {"Amy Rook": ("present",), "Ben Tull": ("present",), "Cara Imms": ("present",),
                     "Dan Fisk": ("present",), "Eve Hale": ("present",), "Fay Gunn": ("present",), "Gil Marr": ("apologies",)}


def test_job_cell_wrapped_into_its_own_column_is_no_body_heading():
    found = people("In Attendance:\tMrs Ada Prell\tChief Officer\n"
                   "\tMr Ivo Stent\tProject Director Estates, Northvale\n"
                   "\t\tUniversity Health Board\n"
                   "\tMs Una Bayle\tAdministrative Officer\n"
                   "Apologies:\tMr Cal Drey\n", "status", "organisation")
    assert found == {"Ada Prell": ("in_attendance", None),
                     "Ivo Stent": ("in_attendance", "Northvale University Health Board"),
                     "Una Bayle": ("in_attendance", None), "Cal Drey": ("apologies", None)}


def test_office_written_first_with_its_holder_in_a_bracket():
    found = people("Present:\nThe Worshipful the Mayor (Cllr Bill Nobbs), Cllr Hal Aggs and Cllr Ann Cole.\n"
                   "Officers:\nG Garl (CE)\n", "status", "role")
    assert found["Bill Nobbs"] == ("present", "The Worshipful the Mayor")
    assert set(found) == {"Bill Nobbs", "Hal Aggs", "Ann Cole", "G Garl"}


def test_chair_and_presiding_heading_cells_name_a_member_present():
    found = people("Meeting of Northvale NHS Board\nCHAIR:\tMrs P Quarry, Non-Executive Director\n"
                   "PRESENT:\tMrs L Bence, Director of Finance\nAPOLOGIES:\tCouncillor J Fosse\n", "status")
    assert found == {"P Quarry": ("present",), "L Bence": ("present",), "J Fosse": ("apologies",)}
    found = people("Minutes\nPresiding\tCouncillor M Tegg\nPresent\tCouncillors P Wint, D Jude\n"
                   "Apologies\tCouncillors W Griff\n", "status")
    assert found == {"M Tegg": ("present",), "P Wint": ("present",), "D Jude": ("present",), "W Griff": ("apologies",)}



def test_learned_fallback_takes_no_entries_under_a_numbered_minute(monkeypatch):
    # the tagger stubbed to call every line an entry: the gate alone decides what is read
    from boardpapers.extractors.attendance import learned
    from boardpapers.extractors.organisations import Gazetteer
    monkeypatch.setattr(learned, "model_path", lambda: "stub")
    monkeypatch.setattr(learned, "tag_lines", lambda lines, path, worth=None: [("P", 1.0)] * len(lines))
    text = ("Present\n"
            "Rhian Wint\n"
            "4101\tMembership of Committees\n"
            "Owain Tegg\n")
    found = [(r.person, r.status) for r in learned.learned_records(text, [], [], 1, Gazetteer.default())]
    assert found == [("Rhian Wint", "present")]


def test_office_heading_only_before_its_holder():
    from boardpapers.extractors.attendance.headings import _heading
    assert _heading("CHAIR:\tMrs P Quarry, Non-Executive Director")[0] == "present"
    assert _heading("Chair\tClinical Lead\tDirector of Public Health") is None
