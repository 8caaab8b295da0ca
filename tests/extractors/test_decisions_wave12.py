"""Decision shapes taught by the wave-12 dev cases (fire authorities and a town council committee), each on an
invented example: the formulaic words are as minutes print them, everything around them is written anew."""
from boardpapers.extractors.decisions.kinds import decision_kind

from .decision_shapes import page_decisions as _found


def test_a_minute_number_of_municipal_year_body_letters_and_number_heads_its_item():
    found = _found("24-25/PCA/3\nApologies\nAn apology was received from Councillor Fenn.\n"
                   "24-25/PCA/4\nMinutes\nRESOLVED:\nThat the Minutes of the meeting held on 2 April 2024 be confirmed as a true record.\n")
    assert found == [("24-25/PCA/4", "approved",
                      "That the Minutes of the meeting held on 2 April 2024 be confirmed as a true record.")]


def test_the_body_decided_to_or_that_in_plain_words_is_a_decision():
    found = _found("7. EXCLUSION OF THE PUBLIC\n"
                   "The Panel decided to exclude the public during consideration of the remaining item, as it contained exempt information.\n"
                   "8. DEPOT LEASE\nThe Panel decided that the lease of the Marsh Lane depot be renewed for five years.\n")
    assert found == [("7.", "agreed", "The Panel decided to exclude the public during consideration of the remaining item, "
                                      "as it contained exempt information."),
                     ("8.", "agreed", "The Panel decided that the lease of the Marsh Lane depot be renewed for five years.")]


def test_a_body_that_decided_nothing_in_particular_is_narrative():
    assert _found("5. Budget\nThe Committee decided on balance that more information was needed before the next meeting.\n") == []


def test_a_recommendation_to_full_council_leaves_the_decision_to_council():
    assert decision_kind("It was RESOLVED to recommend to Full Council that it authorise the purchase of a van.") == "other"
