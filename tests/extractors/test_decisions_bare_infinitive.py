"""A minute that records its decision as a bare infinitive under ModernGov's "Minutes:" label ("To note the
update.") (issue 12); the same words above the label describe the agenda item and decide nothing. Invented text."""
from .decision_shapes import page_decisions


def _found(text):
    return page_decisions(text, "item_title", "kind", "text")


def test_bare_infinitive_sentences_of_the_minute_are_decisions():
    assert _found("Minutes of the last meeting\n"
                  "To approve as a correct record the minutes of the meeting held on 4 March.\n"
                  "Minutes:\n"
                  "To approve the minutes of the meeting held on 4 March as a correct record.\n"
                  "Carers strategy update\n"
                  "To receive an update on the refreshed carers strategy.\n"
                  "Minutes:\n"
                  "The Board heard how carers had shaped the refreshed strategy and when it would be published.\n"
                  "To note the update.\n"
                  "Winter plan\n"
                  "To endorse the winter plan for adult social care and health services.\n"
                  "Minutes:\n"
                  "To endorse the winter plan, subject to the changes agreed at the meeting.\n") == [
        ("Minutes of the last meeting", "approved",
         "To approve the minutes of the meeting held on 4 March as a correct record."),
        ("Carers strategy update", "noted", "To note the update."),
        ("Winter plan", "approved", "To endorse the winter plan, subject to the changes agreed at the meeting."),
    ]


def test_agenda_descriptions_and_requests_are_no_decisions():
    assert _found("Dental access\nTo receive a report on dental access.\n"
                  "Minutes of the previous meeting (and matters arising)\n"
                  "To approve the minutes of the meeting held on 4 March.\n"
                  "Minutes:\n"
                  "The Board discussed the report.\n"
                  "Recommendations:\n"
                  "To note the report.\n") == []
