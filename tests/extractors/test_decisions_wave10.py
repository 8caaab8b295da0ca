"""Decision shapes taught by the wave-10 dev cases (town and parish councils, a cabinet member's minutes), each on an
invented example: the formulaic words are as minutes print them, everything around them is written anew."""
from .decision_shapes import page_decisions as _found


def test_four_digit_running_minute_number_before_a_title_in_capitals_is_an_item():
    found = _found("2741 MINUTES OF THE LAST MEETING\n"
                   "RESOLVED: The minutes of the meeting held on 3rd May 2019 were confirmed and signed as a true record\n"
                   "2742 MATTERS ARISING FROM THE MINUTES OF 3 MAY 2019\n"
                   "There were no matters arising.\n"
                   "2743 CHEMIST OPENING HOURS\n"
                   "Noted.\n")
    assert found == [
        ("2741", "approved", "The minutes of the meeting held on 3rd May 2019 were confirmed and signed as a true record"),
        ("2743", "noted", "Noted."),
    ]


def test_number_closed_by_a_bracket_opens_an_item():
    found = _found("2) MINUTES\nResolved:\nThat the Minutes of the meeting held on 4th March 2020 be approved.\n"
                   "5) GRANTS\nResolved:\nThat a grant of £120 be made to the Lowfield lunch club.\n")
    assert [(i, k) for i, k, _ in found] == [("2", "approved"), ("5", "agreed")]


def test_title_case_agenda_title_after_a_number_is_a_heading():
    found = _found("4. To Approve the Minutes of the Meeting on 2nd June 2015.\n"
                   "Approval of the minutes was proposed, seconded and agreed.\n")
    assert found == [("4.", "approved", "Approval of the minutes was proposed, seconded and agreed.")]


def test_short_capitalised_sub_number_is_a_sub_item_but_a_sentence_start_is_not():
    found = _found("7. Clerks Report.\n7.1 Surgery Parking.\nIt was agreed to ask the surgery to mark out two disabled bays.\n")
    assert found == [("7.1", "agreed", "It was agreed to ask the surgery to mark out two disabled bays.")]
    found = _found("2. Minutes\n2.1 It was\nResolved: that the Minutes of the meeting held on 1 May be adopted.\n")
    assert [i for i, _, _ in found] == ["2."]


def test_minute_number_title_and_text_on_one_line_after_a_dash():
    found = _found("31 (4) RESPITE CARE BEDS – The Head of Commissioning submitted a report on the respite beds.\n"
                   "Resolved – That the report be noted.\n"
                   "6) Minutes – it was RESOLVED unanimously to agree and sign the minutes of the meeting of 9th May as a correct record.\n")
    assert found == [
        ("31", "noted", "That the report be noted."),
        ("6", "approved", "it was RESOLVED unanimously to agree and sign the minutes of the meeting of 9th May as a correct record."),
    ]


def test_arising_therefrom_resolved_opens_a_resolution():
    found = _found("9. Hearing Loop\nArising therefrom Resolved:\n1. Clerk order a portable hearing loop\n"
                   "2. Clerk tell the surgery when it arrives\n")
    assert [i for i, _, _ in found] == ["9."]
