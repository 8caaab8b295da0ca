"""Decision shapes taught by the retired seventh blind set, each on an invented example: the formulaic words are as
minutes print them, the bodies, names and narrative are made up."""
from .decision_shapes import page_decisions as _found


def test_running_minute_number_with_title_run_into_a_capital_resolution():
    found = _found("Present\tCouncillors A Pellow, B Trant\n"
                   "4120\tElection of Chairman RESOLVED that Councillor R Fenwick be elected Chairman for the year, and\n"
                   "\tnoted his thanks to the Council.\n"
                   "4121\tAppointment of Vice Chairman RESOLVED that Councillor S Ollard be appointed Vice Chairman for\n"
                   "\t2019/20.\n", "item", "item_title", "kind", "text")
    assert found == [
        ("4120", "Election of Chairman", "approved",
         "RESOLVED that Councillor R Fenwick be elected Chairman for the year, and noted his thanks to the Council."),
        ("4121", "Appointment of Vice Chairman", "approved",
         "RESOLVED that Councillor S Ollard be appointed Vice Chairman for 2019/20."),
    ]


def test_capital_resolved_over_a_lower_case_noted():
    found = _found("4122\tDeclaration of Acceptance RESOLVED noted that Councillor S Ollard signed the Declaration.\n")
    assert found == [("4122", "noted", "RESOLVED noted that Councillor S Ollard signed the Declaration.")]


def test_list_after_a_resolution_ending_in_a_dash_is_part_of_it():
    found = _found("4123\tCommittees RESOLVED that Members serve on the following Committees as indicated -\n"
                   "\tFinance Committee - Councillors R Fenwick, S Ollard and T Quine\n"
                   "\tParks Committee - Councillors B Trant and A Pellow\n"
                   "4124\tClosure\n", "item", "text")
    assert found == [("4123", "RESOLVED that Members serve on the following Committees as indicated -\n"
                              "Finance Committee - Councillors R Fenwick, S Ollard and T Quine\n"
                              "Parks Committee - Councillors B Trant and A Pellow")]


def test_number_title_and_minute_in_three_cells():
    found = _found("D 12/08\tAPOLOGIES\n"
                   "D 13/08\tMINUTES\tThe minutes of the meeting held on 2nd June 2008 were signed by the Chair as a "
                   "correct record.\n", "item", "item_title", "text")
    assert found == [("D 13/08", "MINUTES",
                      "The minutes of the meeting held on 2nd June 2008 were signed by the Chair as a correct record.")]


def test_first_person_plural_resolution():
    found = _found("Parking review\nMinutes:\nWe received the draft parking review.\n"
                   "We resolved to adopt the review subject to one amendment.\n"
                   "We resolved that the Clerk writes to the highway authority.\n", "kind", "text")
    assert found == [("approved", "We resolved to adopt the review subject to one amendment."),
                     ("agreed", "We resolved that the Clerk writes to the highway authority.")]


def test_agenda_description_above_the_next_minutes_label_is_no_decision():
    found = _found("Declarations of Interest.\nMinutes:\nNo interests were declared.\nMinutes.\n"
                   "To approve and sign the Minutes of the previous meeting as a correct record.\nMinutes:\n"
                   "Agreed that the Minutes of the meeting held on 4 May 2020 be approved as a correct record.\n", "text")
    assert found == [("Agreed that the Minutes of the meeting held on 4 May 2020 be approved as a correct record.",)]


def test_title_case_agreed_alone_as_the_items_minute():
    found = _found("3 Declarations of interest\nNone.\n4 Minutes of previous meeting\nAgreed\n"
                   "5 Skills update\nThe Director gave an update on the skills plan.\n6 Skills plan\nAgreed\n",
                   "item", "kind", "text")
    # a bare verdict is about its item: the minutes agreed are approved, a plan agreed is agreed
    assert found == [("4", "approved", "Agreed"), ("6", "agreed", "Agreed")]
