"""Decision shapes taught by the retired twelfth blind set, each on an invented example: the formulaic words are as
minutes print them, the bodies, names and narrative are made up."""
from .decision_shapes import page_decisions as _found


def test_a_title_or_an_initial_with_its_full_stop_ends_no_sentence():
    found = _found("Election of Chairman.\n"
                   "Minutes:\n"
                   "It was proposed, seconded, and AGREED that Mrs. A. Pike CC be elected Chairman of the Board for "
                   "2024/25.\n", "text")
    assert found == [("AGREED that Mrs. A. Pike CC be elected Chairman of the Board for 2024/25.",)]


def test_minutes_dated_with_full_stops_are_still_the_record():
    found = _found("1. Minutes & Matters Arising\n"
                   "Minutes of meeting held on 14.02.11 were agreed as a true and accurate record.\n", "item", "text")
    assert found == [("1.", "Minutes of meeting held on 14.02.11 were agreed as a true and accurate record.")]


def test_a_sub_numbered_item_run_into_its_title_numbers_the_minute():
    found = _found("Patients' Group - Northvale Practice\n"
                   "12.04.Welcome and Membership\n"
                   "AP welcomed everyone.\n"
                   "12.05.Minutes of Meeting 3 March 2016\n"
                   "The Minutes of the last meeting were approved and signed.\n", "item", "text")
    assert found == [("12.05", "The Minutes of the last meeting were approved and signed.")]


def test_a_title_cell_carrying_its_linked_paper_still_heads_the_minute_in_the_third_cell():
    # an aggregator's meeting page: Item | Title | Minutes, the title cell followed by the name of its attached paper
    found = _found("Item\tTitle\tMinutes\n"
                   "2\tDeclarations of interest\tMembers were mindful of their duty to declare any interest.\n"
                   "3\tMinutes of previous meeting Draft NSC minutes - 4 March 2024\tThe minutes of the previous meeting "
                   "held on 4 March 2024 were agreed as a correct record and signed by the Chairman.\n"
                   "4\tDeputations\tThe Committee did not receive any deputations.\n", "item", "text")
    assert found == [("3", "The minutes of the previous meeting held on 4 March 2024 were agreed as a correct record "
                           "and signed by the Chairman.")]


def test_what_a_step_is_for_is_not_what_the_decision_does():
    from boardpapers.extractors.decisions.kinds import decision_kind
    assert decision_kind("It was agreed that AP would redraft the terms and circulate them by email for approval.") \
        == "agreed"
    assert decision_kind("RESOLVED that the terms be approved.") == "approved"
