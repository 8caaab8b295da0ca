"""A sentence taking note of apologies records who was absent, it decides nothing; a formal resolution receiving
apologies is still a resolution (issue 12). Invented text."""
from .decision_shapes import page_decisions as _found


def test_apologies_noted_in_a_sentence_are_no_decision():
    assert _found("1. Apologies for absence\n"
                  "Apologies were received from Jane Doe (Police) and Sam Roe (Probation).\n"
                  "The above apologies were noted.\n"
                  "The Partnership Board noted the apologies.\n"
                  "The Board NOTED the above apologies for absence.\n"
                  "The apologies listed above were accepted.\n"
                  "2. Minutes of the last meeting\n"
                  "The minutes were agreed as a correct record.\n") == [
        ("2.", "approved", "The minutes were agreed as a correct record."),
    ]


def test_a_resolution_receiving_apologies_stays_a_decision():
    assert _found("1. Apologies\nRESOLVED – That the apologies be received and noted.\n") == [
        ("1.", "noted", "That the apologies be received and noted."),
    ]


def test_apologies_noted_with_a_further_decision_keeps_the_decision():
    found = _found("1. Welcome\nThe Board noted the apologies and approved the minutes of the last meeting.\n")
    assert found == [("1.", "approved", "The Board noted the apologies and approved the minutes of the last meeting.")]


def test_a_decision_of_an_earlier_meeting_recalled_after_its_object_is_no_decision():
    assert _found("3. Matters arising\n"
                  "The Cabinet approved the carers strategy at its last meeting and it had since been published.\n"
                  "The Board agreed the timetable at the previous meeting, and officers had kept to it.\n"
                  "The Board noted the actions agreed at the last meeting.\n"
                  "The Board approved the minutes of the last meeting.\n") == [
        ("3.", "noted", "The Board noted the actions agreed at the last meeting."),
        ("3.", "approved", "The Board approved the minutes of the last meeting."),
    ]
