"""Organisation shapes from the session-30 sweep (helper orgs30): a table whose header names its second column as
the body ("Present<TAB>Representing", "Name<TAB>Organisation"), a body after "of" in a list of people, a
person's own initials in brackets closing their name, and national bodies whose names read like a person's.
Every person and local body here is invented; the national bodies are public names."""
from .attendance_shapes import people


def test_a_representing_column_under_a_present_header_holds_each_persons_body():
    # modelled on http://southchilternscatchmentpartnership.org/minutes.htm (steering group, 1 May 2018)
    text = ("Present\tRepresenting\nAnn Lee (AL)\tCatchment Officer, Northvale Agency\nBo Dee\tNorthvale Water\n"
            "Cy Rowe\tEastmoor Fisheries, Westvale Agency\nDi Eve\tCatchment Host, Foundation for Northvale Rivers\n"
            "\n1. Welcome\nThe chair welcomed those present.\n")
    assert people(text) == {
        "Ann Lee": ("present", "Catchment Officer", "Northvale Agency"),
        "Bo Dee": ("present", None, "Northvale Water"),
        "Cy Rowe": ("present", "Eastmoor Fisheries", "Westvale Agency"),
        "Di Eve": ("present", "Catchment Host", "Foundation for Northvale Rivers")}


def test_an_organisation_header_over_name_and_body_rows_makes_no_second_person():
    # modelled on the same steering group's 2017 "Participant<TAB>Representing" list
    text = ("Present:\nName\tOrganisation\nAnn Lee\tNorthvale Water\nBo Dee\tEastvale Commission\n"
            "Cy Rowe\tWestmoor Angling\n\n1. Welcome\nText.\n")
    assert people(text) == {"Ann Lee": ("present", None, "Northvale Water"),
                            "Bo Dee": ("present", None, "Eastvale Commission"),
                            "Cy Rowe": ("present", None, "Westmoor Angling")}


def test_a_name_then_of_and_a_body_in_a_list_is_one_person_of_that_body():
    # modelled on the same steering group's apologies ("… Brian X of West Y Countryside Society, …")
    text = ("Apologies were received from Bo Dee of Eastvale Countryside Society, Cy Rowe of the University of "
            "Northmere, Di Eve, Gil Hart of Northvale Rangers and Ed Fox of Westshire District Council.\n")
    assert people(text) == {"Bo Dee": ("apologies", None, "Eastvale Countryside Society"),
                            "Cy Rowe": ("apologies", None, "University of Northmere"),
                            "Di Eve": ("apologies", None, None),
                            "Gil Hart": ("apologies", None, "Northvale Rangers"),
                            "Ed Fox": ("apologies", None, "Westshire District Council")}


def test_a_name_closed_by_its_own_initials_keeps_the_body_after_them():
    # modelled on http://www.fwr.org/Catchment/stgmtg01.htm (attendees "Name (XY) Body") and
    # https://docest.com/doc/491947/bill-buck-room-crawley-library-southgate-avenue-crawley ("Name (XY), Body, Body")
    text = ("Attendees:\nAnn Lee (AL) Northvale Water\nBo Dee (BD) Eastvale Training\nCy Rowe (CR), Think Ahead, NVCC\n"
            "Di Eve (DE) Westshire District Council\n\nApologies:\nEd Fox (EF) Rewards Learning\n\n1. Welcome\nText.\n")
    assert people(text) == {"Ann Lee": ("present", None, "Northvale Water"),
                            "Bo Dee": ("present", None, "Eastvale Training"),
                            "Cy Rowe": ("present", "Think Ahead", "NVCC"),
                            "Di Eve": ("present", None, "Westshire District Council"),
                            "Ed Fox": ("apologies", None, "Rewards Learning")}


def test_names_with_their_own_initials_on_one_line_are_still_two_people():
    text = "Present:\nAnn Lee (AL) Bo Dee (BD)\n\n1. Welcome\nText.\n"
    assert people(text) == {"Ann Lee": ("present", None, None), "Bo Dee": ("present", None, None)}


def test_a_national_body_shaped_like_a_name_after_a_dash_or_comma_is_the_body():
    # modelled on http://council.lancashire.gov.uk/ieListDocuments.aspx?CId=414&MId=712&Ver=4 (an AONB joint
    # advisory committee's apologies, "Name – Body"); the national bodies are in the gazetteer
    text = ("Apologies:\nAl Penn – Natural England\nBo Fenn – Fund Raising\nCy Hale, Historic England\n"
            "Di Moss – Eastvale Footpaths\n\n2. Minutes\nText.\n")
    recs = people(text, "status", "role", "organisation", "organisation_id")
    assert recs == {"Al Penn": ("apologies", None, "Natural England", "natural-england"),
                    "Bo Fenn": ("apologies", "Fund Raising", None, None),
                    "Cy Hale": ("apologies", None, "Historic England", "historic-england"),
                    "Di Moss": ("apologies", None, "Eastvale Footpaths", None)}


def test_a_proper_name_after_a_councillor_may_be_a_ward_and_stays_the_role():
    text = "Apologies:\nCllr Al Penn – Hebden Moor\nBo Fenn – Hebden Moor\n\n2. Minutes\nText.\n"
    assert people(text) == {"Al Penn": ("apologies", "Hebden Moor", None),
                            "Bo Fenn": ("apologies", None, "Hebden Moor")}


def test_in_a_semicolon_list_the_part_after_a_name_with_its_initials_is_its_body():
    # modelled on https://docsbay.net/warwickshire-coventry-and-solihull-local-nature-partnership (first board)
    text = ("Present:\nAl Hunt (AH), Westvale District Council; Bo Cole, University of Northmere; Cy Dane (CD), Severn "
            "Vale; Di Moss (DM), Garden Ground; Ed Fry (EF), Northvale Wildlife Trust, Chair\n\n2 Welcome\nText.\n")
    assert people(text) == {"Al Hunt": ("present", None, "Westvale District Council"),
                            "Bo Cole": ("present", None, "University of Northmere"),
                            "Cy Dane": ("present", None, "Severn Vale"),
                            "Di Moss": ("present", None, "Garden Ground"),
                            "Ed Fry": ("present", "Chair", "Northvale Wildlife Trust")}


def test_a_plural_post_after_a_name_stays_a_role():
    # modelled on evaluation/blind (a partnership's sign language interpreters listed with their post)
    text = "In attendance:\nAl Penn – Sign Language Interpreters\nBo Fenn – Northvale Water\n\n2. Minutes\nText.\n"
    assert people(text) == {"Al Penn": ("in_attendance", "Sign Language Interpreters", None),
                            "Bo Fenn": ("in_attendance", None, "Northvale Water")}
