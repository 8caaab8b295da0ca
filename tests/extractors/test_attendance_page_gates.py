"""The per-page tests that spare the attendance rules a scan from every line (issue 15) keep their output.

Every name and body here is invented."""
import re

from boardpapers.extractors.attendance.assembly import _last_seat_label
from boardpapers.extractors.attendance.headings import _lines
from boardpapers.extractors.attendance.vocab import _HEADING_WORD_RE, _HEADING_WORDS, _any_of

from .test_attendance import by_person, parse


def test_prefix_tree_finds_a_word_exactly_where_the_flat_alternation_does():
    flat = re.compile("|".join(_HEADING_WORDS))
    near = [w[:-1] for w in _HEADING_WORDS] + [w.upper() for w in _HEADING_WORDS] + ["co opt", "mem ber", "absen"]
    texts = list(_HEADING_WORDS) + [f"the {w}s of the board" for w in _HEADING_WORDS] + near
    assert [bool(flat.search(t)) for t in texts] == [bool(_HEADING_WORD_RE.search(t)) for t in texts]
    assert not _HEADING_WORD_RE.search("mem ber, co opt, apolo gies, PRESENT, substitu")
    assert _HEADING_WORD_RE.search("the presenters") and _HEADING_WORD_RE.search("were co-opted")
    # a word a shorter one opens is dropped; shared openings are written once
    assert _any_of(["present", "presenter", "apolog", "absen"]) == "(?:a(?:bsen|polog)|present)"


def test_last_seat_label_is_the_last_short_capitalised_line_naming_a_seat():
    lines = _lines("Directors of Northvale Council\nAnn Lee – Director\nthe council agreed the plan.\n"
                   "Representative of Local Healthwatch\nBob Cole – Chair\nPresent: members of the board\n"
                   "Items of business for the meeting of the health and wellbeing board were taken in order.\n")
    assert _last_seat_label(lines) == 3
    assert _last_seat_label(_lines("the council agreed the plan.\nApologies: Board members\n")) == -1


def test_seat_groups_over_a_page_of_prose_are_read_and_a_register_after_them_too():
    prose = "\n".join(["the board noted the update on the plan for adults and the budget of the council."] * 30)
    text = ("Directors of Northvale Council\nAnn Lee – Director of Public Health\nCai Moss – Director of Housing\n"
            "Representative of Local Healthwatch\nBob Cole – Chair\n\n" + prose + "\nDee Marsh\nPresent\n"
            "Eli Park\nApologies\nFay Quinn\nPresent\n")
    recs = by_person(parse(text))
    assert set(recs) == {"Ann Lee", "Cai Moss", "Bob Cole", "Dee Marsh", "Eli Park", "Fay Quinn"}
    assert recs["Eli Park"].status == "apologies" and recs["Fay Quinn"].status == "present"
    assert recs["Cai Moss"].organisation == "Northvale Council"


def test_columns_written_as_runs_of_spaces_are_still_read_as_cells():
    recs = by_person(parse("Present:\nAnn Lee     Chair\nBob Cole     Vice Chair\n"))
    assert recs["Bob Cole"].role == "Vice Chair"
