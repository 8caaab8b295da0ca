"""A committee's first meeting of the year notes and approves its membership: the list of members that follows
is who sits on the committee, not who attended.

Every name and body here is invented; the shape is that of a county scrutiny committee's ModernGov page (West
Sussex, 2021, https://westsussex.moderngov.co.uk/ieListDocuments.aspx?CId=137&MId=2800&Ver=4): "… and approve
the co-opted membership of the Committee as follows: -" then a list."""
import pytest

from .test_attendance import parse


@pytest.mark.parametrize("lead", [
    "and approve the co-opted membership of the Committee as follows: -",
    "To confirm the membership of the Committee as follows:",
    "The Committee approved its co-opted members as follows:",
])
def test_membership_to_approve_is_no_attendance(lead):
    text = ("1.\nCommittee Membership\n"
            "The Committee to note the County Council appointments to the Committee as follows: -\n"
            "Cllr Venn, Cllr Tully, Cllr Lamb\n"
            f"{lead}\n"
            "Cllr Orme (Northvale District Council), Cllr Fenn (Eastvale Borough Council), Cllr Park (Westvale "
            "District Council).\n"
            "Minutes:\n1.1 Resolved – that the Committee notes its membership.\n")
    assert parse(text) == []


def test_co_opted_members_label_still_heads_a_list():
    recs = parse("Co-opted members present:\nCllr Orme (Northvale District Council)\nCllr Fenn (Eastvale Borough "
                 "Council)\n")
    assert [(r.name, r.status) for r in recs] == [("Cllr Orme", "present"), ("Cllr Fenn", "present")]
