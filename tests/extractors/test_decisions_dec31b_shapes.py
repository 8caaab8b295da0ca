"""Decision shapes from the dec31b sweep (blind14, retired, and stored real UK minutes no set uses): a member
elected by an initial and surname, an opening clause before a body named in lower case agreeing to act, a paper
tabled and its verdict in one sentence, a minute reference with its title and verdict on one line, "The group
agreed …", and an office left empty ("no need to elect") as agreed, each on an invented example with a
counter-example."""
from boardpapers.extractors.decisions import decision_kind

from .decision_shapes import page_decisions as _found


def test_a_member_named_by_initial_and_surname_elected_mayor_is_an_appointment():
    text = ("1. Election of Town Mayor\n"
            "Councillor R Tallow was duly elected as Town Mayor.\n")
    assert _found(text) == [("1.", "approved", "Councillor R Tallow was duly elected as Town Mayor.")]


def test_a_member_named_by_initial_who_reported_is_no_appointment():
    text = ("1. Mayor's Report\n"
            "Councillor R Tallow reported on the civic events attended since the last meeting.\n")
    assert _found(text) == []


def test_an_opening_clause_before_forum_members_agreeing_to_act_is_a_decision():
    text = ("3. Hospital Relocation\n"
            "As a response, forum members agreed to write a letter to the trust about the consultation.\n")
    assert _found(text) == [("3.", "agreed",
                             "As a response, forum members agreed to write a letter to the trust about the consultation.")]


def test_an_opening_clause_with_no_comma_before_the_executive_agreeing_is_a_decision():
    text = ("5. Annual Report\n"
            "Given the warm response to the report the PPF executive agreed to send a copy to the planning group.\n")
    assert _found(text, "item", "kind") == [("5.", "agreed")]


def test_an_opening_clause_recalling_an_earlier_month_or_part_of_the_members_is_no_decision():
    text = ("5. Annual Report\n"
            "As reported in March, forum members agreed to send a copy to the planning group.\n"
            "As a response, two members agreed to write to the trust.\n")
    assert _found(text) == []


def test_a_paper_tabled_and_amendments_to_it_agreed_in_one_sentence_is_a_decision():
    text = ("4. Action Plan\n"
            "A draft action plan was tabled and amendments to the volunteering section were agreed.\n"
            "\n"
            "5. Budget\n"
            "The draft budget was presented and approved.\n")
    assert _found(text) == [
        ("4.", "agreed", "A draft action plan was tabled and amendments to the volunteering section were agreed."),
        ("5.", "approved", "The draft budget was presented and approved.")]


def test_a_paper_presented_and_approved_by_another_body_earlier_is_no_decision():
    text = ("6. Strategy\n"
            "The strategy was presented and approved by the Cabinet in March.\n"
            "The rota was discussed and it was felt that more volunteers were needed.\n")
    assert _found(text) == []


def test_a_minute_reference_title_and_verdict_on_one_line_keep_the_title():
    text = "M21/14 / Minutes of the Meeting held on 3 March 2021 – were signed as a correct record.\n"
    assert _found(text, "item", "item_title", "kind") == [
        ("M21/14", "Minutes of the Meeting held on 3 March 2021", "approved")]


def test_a_minute_reference_title_and_a_dash_with_no_verdict_stays_the_title():
    text = ("M21/15 / Treasurer's Report – bank balances\n"
            "RESOLVED that the report be noted.\n")
    assert _found(text, "item", "item_title", "text") == [
        ("M21/15", "Treasurer's Report – bank balances", "RESOLVED that the report be noted.")]


def test_the_group_in_lower_case_agreeing_is_a_decision():
    text = ("2. Membership\n"
            "The group agreed that invitations would go out to all local organisations.\n")
    assert _found(text, "item", "kind") == [("2.", "agreed")]


def test_the_working_group_in_lower_case_reporting_is_no_decision():
    text = ("2. Membership\n"
            "The group heard that invitations had gone out to all local organisations.\n")
    assert _found(text) == []


def test_no_need_to_elect_an_office_is_agreed_not_approved():
    assert decision_kind("It was agreed that there was currently no need to elect a treasurer.") == "agreed"
    assert decision_kind("It was agreed to elect Ann Bellow as treasurer.") == "approved"
    assert decision_kind("RESOLVED not to appoint a Vice-Chair this year.") == "agreed"
