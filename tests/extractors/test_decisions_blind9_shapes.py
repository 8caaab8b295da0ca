"""Decision shapes taught by the retired ninth blind set, each on an invented example: the formulaic words are as
minutes print them, the bodies, names and narrative are made up."""
from boardpapers.extractors.html_text import html_to_lines

from .decision_shapes import page_decisions as _found


def test_numbered_list_item_shows_its_number():
    lines = html_to_lines("<p>Present: Ann Lee</p><ol><li>Welcome.</li><li>It was agreed to appoint Bo Hill as "
                          "Treasurer.</li></ol><ol start='7'><li>(a) Already marked.</li><li>Other.</li></ol>"
                          "<ul><li>A bullet.</li></ul><ol type='a'><li>Lettered.</li></ol>")
    assert lines == ["Present: Ann Lee", "1. Welcome.", "2. It was agreed to appoint Bo Hill as Treasurer.",
                     "(a) Already marked.", "8. Other.", "A bullet.", "Lettered."]


def test_community_council_numbered_decisions_with_no_item_titles():
    found = _found("Inaugural Meeting of Northby Community Council\n"
                   "Present: Ann Lee, Bo Hill, Cy Dunn\n"
                   "1. Ann Lee welcomed all to the meeting.\n"
                   "2. It was agreed to appoint Bo Hill as Convener of the Community Council.\n"
                   "3. It was agreed to continue the appointment of a Vice Convener.\n"
                   "4. It was agreed to continue appointments of specialist administrators to the next meeting.\n"
                   "5. The community council considered and adopted the Model Constitution.\n"
                   "6. The community council considered and adopted the Model Standing Orders.\n"
                   "7. The next meeting will be held in the hall in May.\n", "item", "kind", "text")
    assert found == [
        ("2.", "approved", "It was agreed to appoint Bo Hill as Convener of the Community Council."),
        ("3.", "deferred", "It was agreed to continue the appointment of a Vice Convener."),
        ("4.", "deferred", "It was agreed to continue appointments of specialist administrators to the next meeting."),
        ("5.", "approved", "The community council considered and adopted the Model Constitution."),
        ("6.", "approved", "The community council considered and adopted the Model Standing Orders."),
    ]


def test_continuing_a_named_members_appointment_keeps_them_in_post():
    found = _found("It was agreed to continue the appointment of Cllr Bo Hill as Treasurer.\n", "kind")
    assert found == [("agreed",)]  # not deferred: a named member stays in the post


def test_parish_minutes_read_approved_and_signed_and_an_offer_not_taken_up():
    found = _found("PRESENT were Mr A Pell (Chairman) and Mrs B Rook.\n"
                   "THE MINUTES of the previous meeting were read, approved and signed.\n"
                   "MATTERS ARISING: 1. The district council offered a grit bin at a yearly charge. It was\n"
                   "decided that this offer would not be taken up.\n"
                   "2. The bench has been repainted.\n", "kind", "text")
    assert found == [("approved", "THE MINUTES of the previous meeting were read, approved and signed."),
                     ("rejected", "It was decided that this offer would not be taken up.")]


def test_a_matter_still_to_be_decided_is_no_decision():
    assert _found("Members asked to visit the site before it was decided.\n", "text") == []


def test_elected_to_the_role_of_vice_chair():
    found = _found("Election of Vice Chair\nMinutes:\nMrs Ada Pell was elected to the role of Vice Chair for the Northby "
                   "Local Board.\n", "kind", "text")
    assert found == [("approved", "Mrs Ada Pell was elected to the role of Vice Chair for the Northby Local Board.")]
