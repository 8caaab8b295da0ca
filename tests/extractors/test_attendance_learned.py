"""The learned attendance fallback (issue 12): line features, the corpus alignment that gives each line its tag,
and the hook that adds people the model finds on lines the rules did not read. Documents are invented."""
import importlib.util
from pathlib import Path

import pycrfsuite
import pytest

from boardpapers.models import Page
from extractors.attendance import learned, parse_attendance
from extractors.attendance.learned import (
    MODEL_ENV,
    candidate_windows,
    cue_status,
    learned_records,
    line_features,
    model_path,
)
from extractors.organisations import Gazetteer

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("train_attendance_model", ROOT / "scripts" / "train_attendance_model.py")
train_script = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(train_script)


# ---- features -------------------------------------------------------------------------------------------------

def test_own_features_of_a_titled_entry_line():
    feats = set(line_features(["Cllr Ann Rudd (Chair), Northvale Council"])[0])
    assert {"title_start=1", "titles=1", "commas=1", "brackets=1", "org=1", "name_start=titled", "name_words=2",
            "first=cllr", "tabs=0", "end=a", "-1:edge", "1:edge", "at=3", "above=none", "cue_above=none"} <= feats


def test_heading_and_cue_features_reach_the_lines_below():
    lines = ["Those present:", "Dr Bo Hart", "", "Ms Cy Irwin"]
    feats = line_features(lines)
    assert "heading=present" in feats[0] and "cue=present" in feats[0]
    assert "above=present" in feats[1] and "above_dist=1" in feats[1] and "cue_above=present" in feats[1]
    assert "blank=1" in feats[2] and "-1:blank=1" in feats[3] and "-2:name_start=titled" in feats[3]
    assert "above_dist=3" in feats[3]


def test_cue_status_names_the_most_specific_status():
    assert cue_status("Apologies for absence were received from:") == "apologies"
    assert cue_status("Also present:") == "in_attendance"
    assert cue_status("Members not present") == "absent"
    assert cue_status("Sederunt") == "present"
    assert cue_status("The Chair welcomed everyone") is None
    assert cue_status("Officers presented " + "the annual report on adult social care and its budget " * 3) is None


def test_candidate_windows_surround_short_cue_lines_and_merge():
    lines = ["Minutes"] * 5 + ["Present:"] + ["x"] * 10 + ["Apologies:"] + ["y"] * 80
    assert candidate_windows(lines) == [(3, 57)]
    assert candidate_windows(["No cue here", "nor here"]) == []


# ---- alignment (scripts/train_attendance_model.py) ------------------------------------------------------------

def test_mentions_needs_the_surname_with_a_forename_initial_or_title():
    assert train_script._mentions("Cllr A. Rudd (Chair)", "Ann Rudd")
    assert train_script._mentions("Ann RUDD, Northvale Council", "Ann Rudd")
    assert train_script._mentions("Councillor Rudd", "Ann Rudd")
    assert not train_script._mentions("Rudd Street depot was discussed", "Ann Rudd")
    assert not train_script._mentions("Ms Ann Ruddock", "Ann Rudd")


def test_line_tags_follow_the_first_mention_and_fill_a_wrapped_line():
    page = "\n".join([
        "Present:",                          # 0 heading
        "Ann Rudd, Chair",                   # 1 present
        "Director of Northvale Services",    # 2 wrapped between two present lines
        "Bo Hart, Vice-Chair",               # 3 present
        "Apologies:",                        # 4 heading
        "Cy Irwin and Dee Lomas",            # 5 apologies (two people)
        "Ann Rudd thanked members.",         # 6 a later mention: other
    ])
    people = [("Ann Rudd", "present"), ("Bo Hart", "substitute"), ("Cy Irwin", "apologies"),
              ("Dee Lomas", "apologies")]
    assert train_script.line_tags([page], people) == [["H", "P", "P", "P", "H", "A", "O"]]


# ---- integration ----------------------------------------------------------------------------------------------

# a label the rules do not read as a heading, then people one a line
_UNFAMILIAR = ("Northvale Community Partnership\n"
               "Minutes of the meeting held on 3 March 2021\n"
               "Those attending on the evening\n"
               "{a}, Northvale Council\n"
               "{b} (Treasurer)\n"
               "{c}, Northvale Housing Trust\n"
               "1. Minutes of the last meeting\n"
               "The minutes were agreed.\n")
_NAMES = [("Ann Rudd", "Bo Hart", "Cy Irwin"), ("Dee Lomas", "Eve Ford", "Gus Kane"),
          ("Hal Moss", "Ida Nash", "Jon Owen"), ("Kay Pratt", "Lee Quinn", "Max Reid")]


_AWAY_LEAD_IN = "The following apologies were reported by the Chair"


@pytest.fixture
def tiny_model(tmp_path, monkeypatch):
    """A model trained here on invented pages of the unfamiliar layout (entries tagged present)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for a, b, c in _NAMES * 3:
        for page in (_UNFAMILIAR, _UNFAMILIAR.replace("Those attending on the evening", _AWAY_LEAD_IN)):
            lines = page.format(a=a, b=b, c=c).split("\n")
            trainer.append(line_features(lines), ["O", "O", "H", "P", "P", "P", "O", "O", "O"])
    path = tmp_path / "tiny.crfsuite"
    trainer.train(str(path))
    monkeypatch.setenv(MODEL_ENV, str(path))
    return path


def test_the_fallback_adds_people_on_lines_the_rules_did_not_read(tiny_model):
    text = _UNFAMILIAR.format(a="Nia Stone", b="Owen Tate", c="Pia Vance")
    records = parse_attendance([Page(number=1, text=text)])
    assert [(r.person, r.status, r.organisation, r.role) for r in records] == [
        ("Nia Stone", "present", "Northvale Council", None),
        ("Owen Tate", "present", None, "Treasurer"),
        ("Pia Vance", "present", "Northvale Housing Trust", None),
    ]
    assert {r.status_raw for r in records} == {"(learned)"}


def test_the_fallback_is_off_by_switch(tiny_model, monkeypatch):
    monkeypatch.setenv(MODEL_ENV, "off")
    assert model_path() is None
    text = _UNFAMILIAR.format(a="Nia Stone", b="Owen Tate", c="Pia Vance")
    assert parse_attendance([Page(number=1, text=text)]) == []


def test_a_person_the_rules_found_keeps_the_rules_record(tiny_model):
    text = _UNFAMILIAR.format(a="Nia Stone", b="Owen Tate", c="Pia Vance")
    rules = parse_attendance([Page(number=1, text="Apologies: Owen Tate")])
    assert [(r.person, r.status) for r in rules] == [("Owen Tate", "apologies")]
    added = learned_records(text, [], rules, 1, Gazetteer.default())
    assert [r.person for r in added] == ["Nia Stone", "Pia Vance"]


def test_lines_inside_a_block_the_rules_read_are_left_to_the_rules(tiny_model):
    text = _UNFAMILIAR.format(a="Nia Stone", b="Owen Tate", c="Pia Vance")
    start = text.index("Nia Stone")
    end = text.index("Owen Tate") + len("Owen Tate (Treasurer)")
    added = learned_records(text, [(start, end)], [], 1, Gazetteer.default())
    assert [r.person for r in added] == ["Pia Vance"]


def test_narrative_tagged_as_an_entry_gives_no_one(tiny_model):
    text = _UNFAMILIAR.format(a="Nia Stone declared an interest", b="Owen Tate took the Chair",
                              c="Pia Vance said “I work for the Trust”")
    assert learned_records(text, [], [], 1, Gazetteer.default()) == []


def test_the_shipped_model_is_found_and_a_missing_file_turns_the_fallback_off(monkeypatch, tmp_path):
    monkeypatch.delenv(MODEL_ENV, raising=False)
    assert model_path() == str(learned.SHIPPED_MODEL)
    monkeypatch.setenv(MODEL_ENV, str(tmp_path / "absent.crfsuite"))
    assert model_path() is None


def test_a_lead_in_of_apologies_governs_the_list_under_it(tiny_model):
    # the tiny model tags these lines present (so it was trained); the lead-in says they sent apologies
    text = _UNFAMILIAR.replace("Those attending on the evening", _AWAY_LEAD_IN).format(
        a="Nia Stone", b="Owen Tate", c="Pia Vance")
    assert [(r.person, r.status) for r in learned_records(text, [], [], 1, Gazetteer.default())] == [
        ("Nia Stone", "apologies"), ("Owen Tate", "apologies"), ("Pia Vance", "apologies")]


def test_a_status_cell_says_the_rows_status():
    assert learned._status_cell("Ann Lee (AL) - Chair\tApols", "present", []) == ("apologies",
                                                                                 "Ann Lee (AL) - Chair\t     ")
    assert learned._status_cell("Ann Lee (AL) - Chair\tDNA", "present", ["Member\tP\tDNA"]) == ("absent",
                                                                               "Ann Lee (AL) - Chair\t   ")
    assert learned._status_cell("Ann Lee, Chair", "in_attendance", []) == ("in_attendance", "Ann Lee, Chair")
    # a substitute mark and an unknown mark give no status
    assert learned._status_cell("Ann Lee\tSub", "present", [])[0] is None
    assert learned._status_cell("Ann Lee\tR", "present", [])[0] is None


def test_a_one_letter_mark_needs_a_header_naming_it():
    header = "Board Member\tP\tA\tDNA D/R"
    assert learned._mark_header(header, "A")
    assert not learned._mark_header("Joan Ashby - Chair\tP", "P")  # a person's row: one mark
    assert not learned._mark_header("Board Member\tNotes\tRoom", "P")
    assert learned._status_cell("Bo Hart - Lead\t\tA", "present", [header]) == ("apologies", "Bo Hart - Lead\t\t ")
    assert learned._status_cell("Bo Hart - Lead\t\tA", "present", ["Board Member\tNotes"])[0] is None


# a name | role | body table under a label the rules do not read as a heading ("Members attending on the day";
# modelled on a health partnership board's PDF minutes, whose "Board Members Attending" the rules now read)
_PARTNERSHIP_TABLE = ("Northvale Health Partnership Board\n"
                      "Minutes of the meeting held on 4 June 2019\n"
                      "Members attending on the day\n"
                      "Dr Rhona Ellis\tClinical Chair\tNorthvale CCG\n"
                      "Tariq Hussain\tDirector of Public Health\tNorthvale Council\n"
                      "Mrs Wendy Platt\tChair\tHealthwatch Northvale\n"
                      "2. Minutes of the last meeting\n"
                      "The minutes were agreed as a true record.\n")
_MEMBERS = [
    ("Rhona Ellis", "present", "Clinical Chair", "Northvale CCG"),
    ("Tariq Hussain", "present", "Director of Public Health", "Northvale Council"),
    ("Wendy Platt", "present", "Chair", "Healthwatch Northvale"),
]


def test_the_shipped_model_reads_a_table_the_rules_miss(monkeypatch):
    monkeypatch.setenv(MODEL_ENV, "off")
    assert parse_attendance([Page(number=1, text=_PARTNERSHIP_TABLE)]) == []
    monkeypatch.delenv(MODEL_ENV)
    records = parse_attendance([Page(number=1, text=_PARTNERSHIP_TABLE)])
    assert [(r.person, r.status, r.role, r.organisation) for r in records] == _MEMBERS


def test_an_others_attending_block_below_the_table_is_read_by_the_rules_with_its_own_status(monkeypatch):
    # "Others Attending" is an in-attendance heading, so the unheaded rows above it are the members present; the
    # model adds nobody twice and does not carry "present" into the block below
    text = _PARTNERSHIP_TABLE.replace("2. Minutes", "Others Attending\nOwen Grey\tMinute taker\tNorthvale Council\n2. Minutes")
    expected = _MEMBERS + [("Owen Grey", "in_attendance", "Minute taker", "Northvale Council")]
    for setting in ("off", None):
        if setting:
            monkeypatch.setenv(MODEL_ENV, setting)
        else:
            monkeypatch.delenv(MODEL_ENV)
        records = parse_attendance([Page(number=1, text=text)])
        assert [(r.person, r.status, r.role, r.organisation) for r in records] == expected


def test_the_trainer_reads_the_retired_blinds_never_the_unseen_sets_and_groups_layouts():
    assert {"blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13",
            "blind14"} <= set(train_script.SETS)
    assert not {"blind10", "blind11", "blind12", "blind13", "blind14"} & set(train_script.UNSEEN)
    assert "blind15" in train_script.UNSEEN and "blind15" not in train_script.SETS
    assert not set(train_script.SETS) & set(train_script.UNSEEN)
    assert train_script.layout_group({"format": "pdf", "layout": "pdf_text_two_column_grid"}) == "pdf_grid"
    assert train_script.layout_group({"format": "pdf", "patterns": ["label_name_role_three_column_table"]}) == "pdf_table"
    assert train_script.layout_group({"format": "pdf", "scan": True, "layout": "pdf_scan"}) == "scan"
    assert train_script.layout_group({"format": "html"}) == "html"


def test_the_fallback_alone_matches_a_person_by_surname_and_initial():
    assert train_script._same_person("A. Rudd", "Ann Rudd")
    assert train_script._same_person("Rudd", "Ann Rudd")
    assert not train_script._same_person("Bo Rudd", "Ann Rudd")
    assert not train_script._same_person("Ann Ruddock", "Ann Rudd")
