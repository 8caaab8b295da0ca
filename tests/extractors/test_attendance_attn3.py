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


def test_apologies_from_a_named_group_with_a_colon_then_the_list():
    # modelled on a ModernGov HWB page (East Sussex, 2018): two apology paragraphs, each naming its group
    text = ("32.1 Apologies for absence were received from the following Board Members:\nCouncillor Ada Pike\n"
            "Ben Oster (Substitute: Cy Lowe)\n"
            "32.2 Apologies for absence were received from the following Invited Observers with Speaking Rights:\n"
            "Councillor Dora Quill\nEd Marr (substitute: Fay Noon)\n33\nDisclosure of interests\nMinutes:\n")
    recs = by_person(parse(text))
    assert set(recs) == {"Ada Pike", "Ben Oster", "Cy Lowe", "Dora Quill", "Ed Marr", "Fay Noon"}
    assert recs["Dora Quill"].status == "apologies" and recs["Dora Quill"].role is None
    assert recs["Fay Noon"].status == "substitute" and recs["Fay Noon"].substitute_for == "Ed Marr"


def test_substituted_on_behalf_of_and_a_were_absent_sentence():
    # modelled on a district council committee's ModernGov page (Dacorum, 2025)
    text = ("Apologies received from Gus Hale.\nCouncillor Ida Jory substituted on behalf of Councillor Kit Lund.\n"
            "Councillor Lou Mace and Councillor Max Nye were absent.\nAnn Oak was absent for item 5.\n"
            "Several members were absent.\n")
    recs = by_person(parse(text))
    assert set(recs) == {"Gus Hale", "Ida Jory", "Lou Mace", "Max Nye"}
    assert recs["Ida Jory"].status == "substitute" and recs["Ida Jory"].substitute_for == "Councillor Kit Lund"
    assert recs["Lou Mace"].status == "absent" and recs["Max Nye"].status == "absent"


def test_printed_moderngov_groups_other_representatives_and_employees_attend():
    # modelled on printed ModernGov minutes of an HWB (Coventry, 2017): label column, groups under "Present:"
    text = ("Present:\nBoard Members:\tCouncillor Abel\n\tNia Ross, Northvale Healthwatch\n"
            "Other Representatives:\tCouncillor Bex\n\tOwen Park, Northvale Enterprise Partnership\n"
            "Employees (by Directorate):\nPlace:\tP Quay\nPeople:\tR Sand\n"
            "Apologies:\tCouncillor Cole\nPublic Business\n108. Declarations of Interest\n")
    recs = by_person(parse(text))
    assert set(recs) == {"Abel", "Nia Ross", "Bex", "Owen Park", "P Quay", "R Sand", "Cole"}
    assert recs["Abel"].status == "present" and recs["Nia Ross"].status == "present"
    assert all(recs[p].status == "in_attendance" for p in ("Bex", "Owen Park", "P Quay", "R Sand"))
    assert recs["Cole"].status == "apologies"


def test_surname_that_names_a_role_ends_the_name_before_a_comma():
    recs = by_person(parse("Present:\nDame Vera Caldicott, Chairman\nMr Hal Ives, Caldicott Guardian\n"))
    assert set(recs) == {"Vera Caldicott", "Hal Ives"}
    assert recs["Vera Caldicott"].role == "Chairman"
    assert "Caldicott" not in recs["Hal Ives"].name  # the role word after a comma stays out of the name


def test_that_the_following_be_appointed_as_members_is_no_attendance_heading():
    # modelled on a ModernGov HWB page (Hackney, 2022): a resolution lists new members, who were not at the meeting
    text = ("5.\nAppointment of New Members to the Board\nMinutes:\nResolved:\n"
            "That the following be appointed as members of the Board:\nIona Pike, Chief Executive of Northvale Trust\n"
            "Jon Quail, Director of Delivery, Northvale\n6.\nAction Tracker (To Follow)\nMinutes:\n")
    assert parse(text) == []


def test_county_borough_councillors_as_a_plural_title():
    # modelled on a Welsh county borough council's ModernGov page (Rhondda Cynon Taf, 2023)
    recs = by_person(parse("Apologies for absence were received from County Borough Councillors P Ash, S J Bale "
                           "and R Cope.\n"))
    assert set(recs) == {"P Ash", "S J Bale", "R Cope"}
    assert all(r.status == "apologies" for r in recs.values())


def test_apologies_for_lateness_mean_present_for_part_of_the_meeting():
    # modelled on a borough partnership board's ModernGov page (Hounslow, 2015)
    text = ("Apologies were submitted on behalf of Ann Dale and Bo Eves. Cy Ford submitted apologies for lateness "
            "on behalf of Di Gale who joined the meeting during Agenda Item 4. Ed Hume had submitted apologies for "
            "his late arrival and joined the meeting during Agenda Item 5. Flo Ince had sent her apologies.\n")
    recs = by_person(parse(text))
    assert set(recs) == {"Ann Dale", "Bo Eves", "Cy Ford", "Di Gale", "Ed Hume", "Flo Ince"}
    assert recs["Ann Dale"].status == "apologies" and recs["Flo Ince"].status == "apologies"
    assert all(recs[p].status == "present" for p in ("Cy Ford", "Di Gale", "Ed Hume"))
