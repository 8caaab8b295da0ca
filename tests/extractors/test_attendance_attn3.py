"""Attendance shapes of the third blind set's weak layouts (ModernGov meeting pages, a document-sharing site's
rendering of a Word file, printed minutes with a label column).

Every name and body here is invented; each test reproduces one layout seen in real minutes."""
from boardpapers.extractors.attendance import parse_attendance
from boardpapers.extractors.html_text import html_pages

from .test_attendance import by_person, parse


def test_abbreviated_police_rank_inside_an_apology_sentence_does_not_end_it():
    # modelled on a ModernGov minutes page (democraticservices.hounslow.gov.uk, 2017): one long sentence of
    # apologies whose middle names a police officer by abbreviated rank
    recs = by_person(parse(
        "Apologies were noted on behalf of Ada Venn, Bram Tully (deputised by Cora Lamb), T/Ch. Supt. Dev Orme, "
        "Councillor Eli Fenn, Det. Insp. Gil Park and Hana Roe.\n"))
    assert set(recs) == {"Ada Venn", "Bram Tully", "Cora Lamb", "Dev Orme", "Eli Fenn", "Gil Park", "Hana Roe"}
    assert recs["Cora Lamb"].status == "substitute" and recs["Cora Lamb"].substitute_for == "Bram Tully"
    assert all(recs[p].status == "apologies" for p in ("Dev Orme", "Eli Fenn", "Gil Park", "Hana Roe"))
    assert recs["Dev Orme"].organisation is None


def test_bare_members_label_opens_the_list_and_press_and_public_end_it():
    # modelled on a CCG governing body's minutes rendered by a document-sharing site (bury CCG, 2017): bold
    # "Governing Body Members" with no colon, then "Others in attendance", then "Members of the Public"
    html = ("<p>22 March 2030<br>Chair – Dr Ivo Marsh</p>"
            "<p><strong>Governing Body Members</strong><br>Dr Ivo Marsh (Chair)<br>"
            "Mrs Lena Oakes, Lay Member for Quality<br>Mr Tam Reid, Chief Officer</p>"
            "<p><strong>Others in attendance</strong><br>Ms Una Vale, Communications Advisor</p>"
            "<p><strong>Members of the Public</strong><br>Mr D Quist, Northvale resident<br>"
            "Mr E Rowe, reporter, Northvale Gazette</p>"
            "<p>1.1 / Dr Marsh welcomed those present.</p>")
    recs = by_person(parse_attendance(html_pages(html)))
    assert set(recs) == {"Ivo Marsh", "Lena Oakes", "Tam Reid", "Una Vale"}
    assert all(recs[p].status == "present" for p in ("Ivo Marsh", "Lena Oakes", "Tam Reid"))
    assert recs["Tam Reid"].role == "Chief Officer"
    assert recs["Una Vale"].status == "in_attendance"


def test_agenda_title_ending_in_members_opens_no_list():
    recs = parse("Appointment of Board Members\nThe Board noted the nominations received.\n")
    assert recs == []


def test_ex_officio_group_under_present_stays_present_and_a_surname_that_is_a_role_word():
    # modelled on a Scottish health board's printed minute (label column, sub-labelled groups, 2019)
    text = ("Present:\tDr Rhona Kell (Chair)\n\tNon-Executive Members:\n\tMrs Ada Finch\n\tMr Ivor Welsh\n"
            "\tExecutive Members:\n\tMr Cal Dunn (Chief Executive)\n\tBoard Advisors/Ex-Officios:\n"
            "\tMs Flora Gair (Director of Nursing)\n"
            "In attendance:\tMrs Isla Rudd (Board Secretary)\n"
            "1. Apologies\nApologies were noted from Mr Ned Brack.\n")
    recs = by_person(parse(text))
    assert set(recs) == {"Rhona Kell", "Ada Finch", "Ivor Welsh", "Cal Dunn", "Flora Gair", "Isla Rudd", "Ned Brack"}
    assert recs["Ivor Welsh"].role is None
    assert recs["Flora Gair"].status == "present" and recs["Flora Gair"].role == "Director of Nursing"
    assert recs["Isla Rudd"].status == "in_attendance"
    assert recs["Ned Brack"].status == "apologies"
