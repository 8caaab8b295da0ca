"""Organisation shapes of session 31 (orgs31): a place bracketed inside an NHS body's name, a post's bracket with
commas in it before the body, a "-worker" post before its body's initials, a plural post in a bracket shared by the
names before it, and "Body: people" row labels the gazetteer does not know.

Every name and body here is invented; each test reproduces the shape of a layout real minutes print."""
from .test_attendance import by_person, parse


def _fields(recs):
    return {name: (r.status, r.role, r.organisation) for name, r in recs.items()}


def test_place_bracketed_inside_an_nhs_body_stays_in_the_body():
    # modelled on the Nottinghamshire Safeguarding Children Board's attendance table (blind14)
    recs = by_person(parse(
        "Present:\nAnn Lorrimer, Designated Nurse, Safeguarding Children, NHS (Northvale) 3 CCGs\n"
        "Bo Pettifer, Chief Nurse, NHS Eastmoor CCG\n"))
    assert _fields(recs) == {
        "Ann Lorrimer": ("present", "Designated Nurse, Safeguarding Children", "NHS (Northvale) 3 CCGs"),
        "Bo Pettifer": ("present", "Chief Nurse", "NHS Eastmoor CCG"),
    }


def test_post_bracket_with_commas_before_the_body_is_the_posts_remit():
    # "(… Adults, Children & LAC)": the bracket's last comma part is no body; the body follows the bracket
    recs = by_person(parse(
        "Present:\nCara Wendle, Deputy Chief Nurse (Designated Nurse Safeguarding Adults, Children & LAC), NHS "
        "Eastmoor Clinical Commissioning Group (CCG)\nDai Ormerod, Head of Service, Northvale Borough Council\n"
        "Cy Lamb, Lead Nurse (Adults, Children), Northvale Hospital NHS Trust\n"))
    assert _fields(recs) == {
        "Cara Wendle": ("present", "Deputy Chief Nurse, Designated Nurse Safeguarding Adults, Children & LAC",
                        "NHS Eastmoor Clinical Commissioning Group"),
        "Dai Ormerod": ("present", "Head of Service", "Northvale Borough Council"),
        "Cy Lamb": ("present", "Lead Nurse, Adults, Children", "Northvale Hospital NHS Trust"),
    }


def test_worker_post_then_the_bodys_initials_with_no_comma():
    # modelled on the Lothian Maternity Services Liaison Committee's "(Chinese Linkworker MEHIP)" (blind14)
    recs = by_person(parse(
        "Present:\nMei Lin Tse (Chinese Linkworker NVHIP)\nAnn Lee (Support Worker NVCS)\n"
        "Bo Dee (Staff Nurse ICU)\n"))
    assert _fields(recs) == {
        "Mei Lin Tse": ("present", "Chinese Linkworker NVHIP", "NVHIP"),
        "Ann Lee": ("present", "Support Worker NVCS", "NVCS"),
        # a nurse's ward is no body: only "-worker" posts (and the older chief-officer words) lead to initials
        "Bo Dee": ("present", "Staff Nurse ICU", None),
    }


def test_plural_post_in_a_shared_bracket_is_no_body():
    # modelled on the North Glasgow CHCP Public Partnership Forum's staff list (blind14)
    recs = by_person(parse(
        "CHCP Staff\nEve Lander, Head of Planning, CHCP\nJon Pask, Tim Orrell, (Development Workers)\n"
        "Kay Ruddle, CHCP\n"))
    assert _fields(recs) == {
        "Eve Lander": ("in_attendance", "Head of Planning", "CHCP"),
        "Jon Pask": ("in_attendance", None, "CHCP"),
        "Tim Orrell": ("in_attendance", "Development Workers", "CHCP"),
        "Kay Ruddle": ("in_attendance", None, "CHCP"),
    }


def test_plural_words_with_a_place_in_a_bracket_stay_a_body():
    recs = by_person(parse("Present:\nJon Pask, Tim Orrell, (Northvale Carers)\n"))
    assert _fields(recs) == {
        "Jon Pask": ("present", None, None),
        "Tim Orrell": ("present", None, "Northvale Carers"),
    }


def test_body_labels_before_people_that_the_gazetteer_does_not_know():
    # modelled on the Midlothian shadow Police and Fire & Rescue Board's "Body: people;" lines
    recs = by_person(parse(
        "Present:-\nNorthvale Council: Councillors Abbot (Chair) and Brill;\n"
        "Eastmoor and Westdale Police: Chief Inspector J Corran;\n"
        "Eastmoor Fire and Rescue: Mr D Fell, Local Senior Fire Officer;\nCouncil Officers: Ms A Lunn;\n"
        "Apology for Absence:- Mr R Stott.\n"))
    assert _fields(recs) == {
        "Abbot": ("present", None, "Northvale Council"),
        "Brill": ("present", None, "Northvale Council"),
        "J Corran": ("present", None, "Eastmoor and Westdale Police"),
        "D Fell": ("present", "Local Senior Fire Officer", "Eastmoor Fire and Rescue"),
        # a post's plural is no body, whatever body word it holds
        "A Lunn": ("in_attendance", None, None),
        "R Stott": ("apologies", None, None),
    }
