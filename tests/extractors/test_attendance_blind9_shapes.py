"""Attendance shapes taught by the retired ninth blind set, each on an invented example: the layout and the
formulaic words are as minutes print them, the bodies and names are made up."""
from .attendance_shapes import people

_MARKED = ("Minutes of the Meeting of the Licensing Committee\n"
           "Councillors:\n"
           "P Nora Quill (Chairman)\n"
           "P Owen Tarrant\n"
           "A Vera Hollis\n"
           "P Simon Dray (substitute for Vera Hollis)\n"
           "\n"
           "A Ada Pennock\n"
           "P: Present\n"
           "A: Apologies for absence submitted\n"
           "1 Public speaking\nThe Chairman welcomed the speakers.\n")


def test_mark_before_each_name_takes_its_status_from_the_legend():
    found = people(_MARKED, "status", "qualifiers", "substitute_for")
    assert found == {"Nora Quill": ("present", ("Chair",), None), "Owen Tarrant": ("present", (), None),
                     "Vera Hollis": ("apologies", (), None), "Simon Dray": ("substitute", (), "Vera Hollis"),
                     "Ada Pennock": ("apologies", (), None)}


def test_marks_without_a_legend_are_no_register():
    found = people(_MARKED.replace("P: Present\nA: Apologies for absence submitted\n", ""))
    assert [status for status, _, _ in found.values()].count("apologies") == 0  # a lone capital may be an initial


_MEMBERS_MEETING = ("Northvale NHS Foundation Trust Annual Members' Meeting\n"
                    "Present\n"
                    "Governors\n"
                    "Ann Lowe, Public Governor\n"
                    "Bill Sayer, Staff Governor\n"
                    "In attendance\n"
                    "Carol Bent, Chairman\n"
                    "Members in attendance:\n"
                    "Dora Fenn, Eric Hale, Cllr Fay Gold, Gus Ince\n")


def test_members_in_attendance_after_the_present_list_are_in_attendance():
    found = people(_MEMBERS_MEETING, "status")
    assert found == {"Ann Lowe": ("present",), "Bill Sayer": ("present",), "Carol Bent": ("in_attendance",),
                     "Dora Fenn": ("in_attendance",), "Eric Hale": ("in_attendance",),
                     "Fay Gold": ("in_attendance",), "Gus Ince": ("in_attendance",)}


def test_members_in_attendance_as_the_first_heading_are_present():
    found = people("Members in attendance:\nDora Fenn, Eric Hale\nOthers in attendance:\nGus Ince\n", "status")
    assert found == {"Dora Fenn": ("present",), "Eric Hale": ("present",), "Gus Ince": ("in_attendance",)}


def test_a_headingless_grid_of_bare_names_under_the_title_is_those_present():
    text = ("Inaugural Meeting of the Northby Community Council held in the Village Hall\n"
            "Minutes (to be approved)\n"
            "Ada Brook\tCarl Dunmore\n"
            "Edna Fairley\tGil Harker\n"
            "Ivy Jessop\tKen Lomax\n"
            "An apology for absence was received from Mona Nye.\n"
            "It was agreed to appoint Ada Brook as Convener.\n")
    found = people(text, "status")
    assert {p: s for p, s in found.items() if s == ("present",)} == {
        p: ("present",) for p in ("Ada Brook", "Carl Dunmore", "Edna Fairley", "Gil Harker", "Ivy Jessop", "Ken Lomax")}
    assert found["Mona Nye"] == ("apologies",)


def test_two_rows_of_bare_names_are_no_grid():
    found = people("Minutes of the Northby Forum\nAda Brook\tCarl Dunmore\nEdna Fairley\tGil Harker\n"
                   "1 Welcome\nThe chair opened the meeting.\n")
    assert found == {}


def test_a_ladys_own_title_in_a_run_of_councillors_surnames_keeps_the_plural_title_for_the_rest():
    found = people("Present: Councillor Mrs Fenby (Chairman)\n"
                   "Councillors Garrow (Vice-Chairman), Holt, Mrs Ingram, Jukes, Dr Kell, Lamb, Mott, Nutley\n", "status")
    assert found == {p: ("present",) for p in ("Fenby", "Garrow", "Holt", "Ingram", "Jukes", "Kell", "Lamb", "Mott",
                                               "Nutley")}


def test_a_ladys_own_title_inside_a_run_of_councillors_surnames_keeps_the_run_going():
    found = people("Present: Councillors Quenby (Vice-Chairman), Mrs Larch, Dr Penn,\nOdell, Mrs Vane, Tilsley, Wragg "
                   "and Yeo\nOfficers in Attendance: Ned Arle (Planning Officer)\n", "status", "organisation")
    assert found == {name: ("present", None) for name in
                     ("Quenby", "Larch", "Penn", "Odell", "Vane", "Tilsley", "Wragg", "Yeo")} | {
        "Ned Arle": ("in_attendance", None)}


def test_two_sittings_each_labelled_over_its_own_list():
    found = people("Committee Members Present:\nSite Inspection Meeting on 4 March:\nMr D Orrin, Mrs E Vass and Ms F Kyle.\n"
                   "Scheduled Meeting on 11 March:\nMrs G Hume, Mr D Orrin\nOfficials in attendance:\n"
                   "Mr H Lyle, Graduate Planner\nMrs J Tait, Senior Engineer\n", "status", "role")
    assert found == {"D Orrin": ("present", None), "E Vass": ("present", None), "F Kyle": ("present", None),
                     "G Hume": ("present", None), "H Lyle": ("in_attendance", "Graduate Planner"),
                     "J Tait": ("in_attendance", "Senior Engineer")}


def test_apologies_given_for_the_absence_of_someone_inside_a_sentence():
    found = people("Apologies & Introductions\nMinutes:\nThe Chair, Rhona Veal, welcomed everyone and gave apologies for "
                   "the absence of Tamsin Orde, Community Liaison Manager, and explained the reasons.\n", "status", "role")
    assert found == {"Tamsin Orde": ("apologies", "Community Liaison Manager")}
    found = people("Minutes:\nApologies were received for the absence of Cllr Ivo Penn and Cllr Ula Ross.\n", "status")
    assert found == {"Ivo Penn": ("apologies",), "Ula Ross": ("apologies",)}
