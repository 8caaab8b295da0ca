"""Apology lists where a person's post is written before their name ("… Councillor A and Tenant Representative B"),
seen on housing and scrutiny committees' ModernGov pages (helper mg29). Every person here is invented."""
from .attendance_shapes import people


def test_councillor_then_post_led_name_after_and():
    text = ("1. Apologies\nApologies were received from Councillor Amos Tranter and Independent Member Carys "
            "Holloway.\n2. Minutes\n")
    assert people(text) == {"Amos Tranter": ("apologies", None, None),
                            "Carys Holloway": ("apologies", "Independent Member", None)}


def test_tenant_and_leaseholder_representatives():
    text = ("1. Apologies\nApologies were received from Tenant Representative Lulu Agate and Leaseholder "
            "Representative Bram Oduya.\n2. Minutes\n")
    assert people(text) == {"Lulu Agate": ("apologies", "Tenant Representative", None),
                            "Bram Oduya": ("apologies", "Leaseholder Representative", None)}
