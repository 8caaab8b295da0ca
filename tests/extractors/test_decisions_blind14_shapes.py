"""Decision shapes taught by the retired fourteenth blind set, each on an invented example: the formulaic words are as
minutes print them, the bodies, names and narrative are made up."""
from boardpapers.extractors.decisions.kinds import decision_kind

from .decision_shapes import page_decisions as _found


def test_a_that_clause_over_its_mover_and_seconder_is_the_resolution():
    found = _found("Forward Plan\n"
                   "Under standing order 7 (b) that the Forward Plan be moved up the Agenda to item 9.\n"
                   "(Moved by Councillor A Dunne and seconded by Councillor B Lowry.)\n"
                   "Members thought the plan had little on it.\n", "text")
    assert found == [("Under standing order 7 (b) that the Forward Plan be moved up the Agenda to item 9.",)]


def test_a_that_clause_with_no_mover_under_it_is_no_decision():
    found = _found("Forward Plan\n"
                   "Members asked that the Forward Plan be moved up the Agenda.\n"
                   "The Chair said this would be looked at.\n", "text")
    assert found == []


def test_a_financial_year_opening_a_title_is_no_item_number():
    found = _found("5. Minutes\n"
                   "The minutes were approved as a correct record.\n"
                   "2017/18 Forward Plan\n"
                   "It was agreed that the plan be published.\n"
                   "77/18 Budget\n"
                   "It was agreed that the budget be set.\n", "item", "text")
    assert found == [("5.", "The minutes were approved as a correct record."),
                     ("5.", "It was agreed that the plan be published."),
                     ("77/18", "It was agreed that the budget be set.")]


def test_an_item_number_in_brackets_heads_its_minute():
    found = _found("Item (1) March Minutes\n"
                   "Minutes were agreed with the following correction: minute should read Spring Fair begins first\n"
                   "week in June.\n"
                   "Item (2) Matters Arising\n", "item", "kind")
    assert found == [("Item (1)", "approved")]


def test_a_member_proposed_who_agreed_to_represent_the_group_is_appointed():
    found = _found("3. Group Business\n"
                   "Mrs Ann Tull was elected as Chairman of the group. Mr Bo Quist was proposed and agreed to "
                   "represent the group at CCG meetings when required.\n", "kind", "text")
    assert found == [("approved", "Mrs Ann Tull was elected as Chairman of the group."),
                     ("approved", "Mr Bo Quist was proposed and agreed to represent the group at CCG meetings when "
                                  "required.")]
    assert decision_kind("Mr Bo Quist was proposed and agreed to represent the group.") == "approved"
