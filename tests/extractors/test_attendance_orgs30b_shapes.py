"""Organisation shapes the session-30 organisation sweep left (helper orgs30b): a body shaped like a person's name
whose last word names a kind of body ("Northvale Water", "Kelby plc"), a job and a body glued in one cell, an
officer's post written short after a dash ("- SPO"), and "Name - Role - Body" lines.
Every person and body here is invented."""
from .attendance_shapes import people


def test_a_body_ending_in_its_kind_after_a_comma_is_the_persons_body_not_a_second_person():
    # modelled on http://www.fwr.org/Catchment/stgmtg01.htm (attendees "Name Body", bodies shaped like names)
    text = "Present:\nAnn Lee, Northvale Water\nBo Dee, Kelby plc\n\n1. Welcome\nText.\n"
    assert people(text) == {"Ann Lee": ("present", None, "Northvale Water"),
                            "Bo Dee": ("present", None, "Kelby plc")}


def test_a_body_ending_in_its_kind_in_a_second_cell_is_no_grid_of_names():
    text = "Present:\nAnn Lee\tNorthvale Water\nBo Dee\tEastvale Forum\n\n1. Welcome\nText.\n"
    assert people(text) == {"Ann Lee": ("present", None, "Northvale Water"),
                            "Bo Dee": ("present", None, "Eastvale Forum")}


def test_two_names_in_two_cells_are_still_two_people():
    text = "Present:\nAnn Lee\tBo Dee\nCy Rowe\tDi Eve\n\n1. Welcome\nText.\n"
    assert people(text) == {"Ann Lee": ("present", None, None), "Bo Dee": ("present", None, None),
                            "Cy Rowe": ("present", None, None), "Di Eve": ("present", None, None)}


def test_among_name_then_body_lines_a_body_shaped_like_a_name_is_the_body():
    # the list's shape decides the line whose body has no kind word ("Westmoor Rivers")
    text = ("Apologies:\nAnn Lee, Northvale Water\nBo Dee, Eastvale Council\nCy Rowe, Westmoor Rivers\n\n"
            "1. Welcome\nText.\n")
    assert people(text) == {"Ann Lee": ("apologies", None, "Northvale Water"),
                            "Bo Dee": ("apologies", None, "Eastvale Council"),
                            "Cy Rowe": ("apologies", None, "Westmoor Rivers")}


def test_an_officers_post_written_short_after_a_dash_is_the_role_and_a_bodys_initials_the_body():
    # modelled on https://docest.com/doc/163595/staffordshire-west-midlands-probation-trust ("BY INVITATION:
    # Mr D X - SPO", a senior probation officer)
    text = ("In attendance:\nMr A Penn - Director of Finance\nMr B Fenn - SPO\nMr C Hale - NVCC\n\n"
            "1. Welcome\nText.\n")
    assert people(text) == {"A Penn": ("in_attendance", "Director of Finance", None),
                            "B Fenn": ("in_attendance", "SPO", None),
                            "C Hale": ("in_attendance", None, "NVCC")}


def test_a_job_glued_to_its_body_without_a_comma_is_parted_at_the_body():
    # modelled on http://www.fwr.org/Catchment/stgmtg01.htm ("Name, Facilitator <Body>") and
    # https://docest.com/doc/491947/bill-buck-room-crawley-library-southgate-avenue-crawley ("Name (XY), <Council>
    # Work Experience Co-Ordinator")
    text = ("Present:\nAnn Lee, Facilitator Northvale by Design\n"
            "Bo Dee (BD), Westshire District Council Work Experience Co-Ordinator\nCy Rowe, Eastvale Council\n\n"
            "1. Welcome\nText.\n")
    assert people(text) == {"Ann Lee": ("present", "Facilitator", "Northvale by Design"),
                            "Bo Dee": ("present", "Work Experience Co-Ordinator", "Westshire District Council"),
                            "Cy Rowe": ("present", None, "Eastvale Council")}


def test_name_dash_role_dash_body_lines_give_the_last_part_as_the_body():
    # modelled on https://doc4pdf.com/68693-cumbria-childrens-trust-board-minutes-of-a-meeting-of.html (a
    # children's trust board, "Mr X - Chief Executive - <Body>", "Ms Y - <Job> - <Unit> - <Directorate>")
    text = ("PRESENT\nMr B Fenn - Chief Executive - Pathways Rutland\n"
            "Ms C Hale - Area Manager - Youth Learning - Westshire Children's Services Directorate\n"
            "Mr D Moss - Director of Public Health\nMrs E Fry - Head of Service - Adult Social Care\n"
            "Ms F Hart - Engagement Lead - NHS Cumbria\nMr G Holt - Independent Member - University\n\n"
            "1. APOLOGIES\nNone.\n")
    assert people(text) == {
        "B Fenn": ("present", "Chief Executive", "Pathways Rutland"),
        "C Hale": ("present", "Area Manager - Youth Learning", "Westshire Children's Services Directorate"),
        "D Moss": ("present", "Director of Public Health", None),
        "E Fry": ("present", "Head of Service - Adult Social Care", None),
        "F Hart": ("present", "Engagement Lead", "NHS Cumbria"),  # the body as printed, without the dash
        "G Holt": ("present", "Independent Member - University", None)}  # a sector, no body
