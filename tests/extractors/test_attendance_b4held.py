"""Attendance layouts from the fourth blind set's retired held-out half (issue 12), as invented minutes in the
shape real ones use: the lines the layout reader writes, or the text a ModernGov / CMIS / record page gives."""
from boardpapers.models import Page
from extractors.attendance import parse_attendance


def parse(text):
    return {r.person: r for r in parse_attendance([Page(number=1, text=text)])}


def statuses(people):
    return {n: r.status for n, r in people.items()}


# a register with one column per mark under a legend line; the layout reader drops blank cells, so each row keeps
# only its mark (modelled on a safeguarding adults board's PDF minutes, docslib.org rendering)
MARK_COLUMNS_REGISTER = (
    "Minutes of the Northvale Safeguarding Adults Board\n"
    "MEETING:\tNorthvale Safeguarding Adults Board\tDate of Meeting:\t4th May 2017\n"
    "P= Present A= Apologies DNA=Did not attend D/R=Deputise/Representative\n"
    "Board Member\tP\tA\tDNA\tD/R\n"
    "Joan Ashby (JA) - Independent Chair\tP\n"
    "Peter Lowe (PL) - Head of Adult Services, NVC\tP\n"
    "Anita Roy (AR) - Detective Inspector, Northvale Police\t\tA\n"
    "Colin Marsh (CM) - Named Nurse, CCG\t\t\t\tR\n"
    "Dawn Pike (DP) - Service Manager, Northvale Carers Centre\n"
    "Hugh Benn (HB) - Inspection Manager, CQC\tDNA\n"
    "Rita Kaur (RK) - Deputy Chief Executive, Northvale CVS\tP\n"
    "1. Welcome and introductions\n"
    "The Chair welcomed members to the meeting.\n"
)


def test_mark_columns_register_reads_each_rows_mark():
    people = parse(MARK_COLUMNS_REGISTER)
    assert statuses(people) == {
        "Joan Ashby": "present", "Peter Lowe": "present", "Anita Roy": "apologies", "Hugh Benn": "absent",
        "Rita Kaur": "present"}
    assert people["Peter Lowe"].role == "Head of Adult Services"
    assert people["Peter Lowe"].organisation == "NVC"
    assert people["Joan Ashby"].role == "Independent Chair"


def test_mark_columns_register_needs_mark_headers():
    # the same rows under a header of ordinary words are not a register
    text = MARK_COLUMNS_REGISTER.replace("Board Member\tP\tA\tDNA\tD/R", "Board Member\tNotes\tRoom")
    assert parse(text) == {}


# a ModernGov item "Apologies" whose minute is sentences, the list the subject and the verb at the end (modelled on
# a Welsh county council scrutiny committee's ModernGov minutes page)
APOLOGISED_SENTENCES = (
    "No.\tItem\n"
    "1.\n"
    "Apologies\n"
    "Minutes:\n"
    "i. Councillors Wyn Parry, Cabinet Member for Housing, Finance and Culture, Elin Rowlands and Gethin Hughes "
    "apologised for their inability to attend the meeting.\n"
    "ii. Councillor Nia Pugh, Cabinet Member for Schools apologised for her inability to attend the meeting due to "
    "other commitments.\n"
    "2.\n"
    "Disclosures of personal interest\n"
    "Minutes:\n"
    "There were no disclosures from Committee Members.\n"
)


def test_apologised_for_inability_to_attend_lists_the_subjects():
    people = parse(APOLOGISED_SENTENCES)
    assert statuses(people) == {
        "Wyn Parry": "apologies", "Elin Rowlands": "apologies", "Gethin Hughes": "apologies",
        "Nia Pugh": "apologies"}
    assert people["Nia Pugh"].role == "Cabinet Member for Schools"


# "Apologies for inability to attend were reported from" with plural titles before each group (modelled on a
# Northern Irish council committee's ModernGov minutes page)
def test_apologies_for_inability_to_attend_were_reported_from():
    text = ("1a\nApologies\nMinutes:\nApologies for inability to attend were reported from Aldermen P. Quinn and "
            "T. Boyd; and Councillors Doherty, Mac Cormaic and Ó Dálaigh.\n1b\nMinutes\nMinutes:\n"
            "The minutes of the meeting of 3rd May were taken as read and signed correct.\n")
    people = parse(text)
    assert statuses(people) == {
        "P. Quinn": "apologies", "T. Boyd": "apologies", "Doherty": "apologies", "Mac Cormaic": "apologies",
        "Ó Dálaigh": "apologies"}


# a CMIS meeting page: "Chair" then the Scottish "presided" sentence, and an officers list that goes over from
# semicolons to commas part-way (modelled on a Scottish council board's CMIS meeting page)
CMIS_PRESIDED = (
    "Meeting Details\nLeadership Board\n4 Mar 2021 - 10:00 to 11:30\n"
    "Members of the press and public wishing to attend should report to reception.\n"
    "Chair\n"
    "Councillor Dunbar, Convener, presided.\n"
    "In attendance\n"
    "K Laird, Chief Executive; J Muir, Director of Finance; and T Reid, Director of Environment; "
    "F Kerr, Head of Policy, D McAlpine, Head of Regeneration, C Baird-Lennox, Economic Development Manager "
    "and N Orr, Policy Manager (all Chief Executive's)\n"
)


def test_presided_and_a_list_going_over_to_commas():
    people = parse(CMIS_PRESIDED)
    assert statuses(people) == {
        "Dunbar": "present", "K Laird": "in_attendance", "J Muir": "in_attendance", "T Reid": "in_attendance",
        "F Kerr": "in_attendance", "D McAlpine": "in_attendance", "C Baird-Lennox": "in_attendance",
        "N Orr": "in_attendance"}
    assert people["Dunbar"].role == "Convener"
    assert people["D McAlpine"].role == "Head of Regeneration"
    assert people["C Baird-Lennox"].role == "Economic Development Manager"


def test_a_place_after_a_role_stays_a_place_in_a_semicolon_list():
    # "South Westdale" after a role is where the person works, not a person: no initial, so not the new shape
    people = parse("Apologies were received from A Lee, Area Manager, South Westdale; B Cole, Director, North "
                   "Eastvale; C Dale, Officer, West Hill.\n")
    assert set(people) == {"A Lee", "B Cole", "C Dale"}


# a bilingual committee record: Welsh heading then English heading, each entry the name and Welsh seat on one line,
# the English seat on the next (modelled on a National Assembly for Wales committee's record-of-proceedings page)
BILINGUAL_RECORD = (
    "Y Pwyllgor Iechyd a Gofal Cymdeithasol\n"
    "Health and Social Care Committee\n"
    "Aelodau'r Pwyllgor a oedd yn bresennol\n"
    "Committee Members in Attendance\n"
    "Alun Pryce AM\n"
    "Megan Rees AM Cadeirydd y Pwyllgor\n"
    "Committee Chair\n"
    "Y rhai eraill a oedd yn bresennol\n"
    "Others in Attendance\n"
    "Gwen Hughes Cyfarwyddwr Cyllid, Bwrdd Iechyd Prifysgol Glan Teifi\n"
    "Director of Finance, Glan Teifi University Health Board\n"
    "Owen Price Swyddog Polisi, Llywodraeth Cymru\n"
    "Policy Officer, Welsh Government\n"
    "Tomos Jenkins Cymdeithas Gwirfoddolwyr Bro Tawe\n"
    "Tawe Vale Volunteers Association\n"
)


def test_bilingual_record_takes_the_english_seat():
    people = parse(BILINGUAL_RECORD)
    assert statuses(people) == {
        "Alun Pryce": "present", "Megan Rees": "present", "Gwen Hughes": "in_attendance",
        "Owen Price": "in_attendance", "Tomos Jenkins": "in_attendance"}
    assert people["Megan Rees"].role == "Committee Chair"
    assert (people["Gwen Hughes"].role, people["Gwen Hughes"].organisation) == (
        "Director of Finance", "Glan Teifi University Health Board")
    assert (people["Owen Price"].role, people["Owen Price"].organisation) == ("Policy Officer", "Welsh Government")
    assert people["Tomos Jenkins"].organisation == "Tawe Vale Volunteers Association"


def test_a_welsh_body_after_a_comma_is_not_folded():
    # one language: "Cyngor Gwynedd" after a comma is the person's body, and the next line is the next person
    from extractors.attendance.assembly import _fold_bilingual_seats

    text = "Present:\nCllr Eleri Wyn, Cyngor Gwynedd\nDr Sion Rhys, Policy Officer\nAled Morgan Cyngor Sir Powys\nDr Nia Evans\n"
    assert _fold_bilingual_seats(text) == text


def test_presiding_initial_is_the_listed_member():
    # "Councillor I Ross" presiding is "Ian Ross" of the list above, not a second person
    text = ("PRESENT\nCouncillors Ann Barr, Ian Ross and Jo Kerr (Northvale Council).\n\nCHAIR\n"
            "Councillor I Ross, Convener, presided.\n")
    people = parse(text)
    assert statuses(people) == {
        "Ann Barr": "present", "Ian Ross": "present", "Jo Kerr": "present"}


def test_full_stop_typed_for_a_comma_in_a_list_of_initialled_names():
    # (modelled on a Welsh county council's ModernGov minutes page)
    text = ("1.\nAPOLOGIES FOR ABSENCE\nMinutes:\nApologies for absence were received from Councillors K.L. Rees, "
            "P.J. Hughes, A. Lloyd. M.E. Price and D.W. Bevan.\n2.\nDECLARATIONS OF PERSONAL INTERESTS\n")
    people = parse(text)
    assert {r.person: r.status for r in people.values()} == {
        "K.L. Rees": "apologies", "P.J. Hughes": "apologies", "A. Lloyd": "apologies", "M.E. Price": "apologies",
        "D.W. Bevan": "apologies"}
    assert all(r.role is None for r in people.values())


def test_a_sentence_after_a_list_still_ends_at_its_full_stop():
    text = ("Apologies for absence were received from Councillors A. Lloyd and B. Rees. Dr. K.L. Hill joined the "
            "meeting at 10.30am.\n")
    people = parse(text)
    assert people["A. Lloyd"].status == "apologies"
    assert people["B. Rees"].status == "apologies"
    assert people["K.L. Hill"].status == "present"


def test_reserve_members_table_names_who_came_for_whom():
    # (modelled on a London borough's ModernGov "Attendance by Reserve Members" item)
    text = ("12.\nAttendance by Reserve Members\nMinutes:\nRESOLVED: To note the attendance at this meeting of the "
            "following duly appointed Reserve Members:-\nOrdinary Member\tReserve Member\n"
            "Councillor Asha Patel\tCouncillor Tom Reilly\nCouncillor Ben Ure\tCouncillor Cara Vance\n"
            "13.\tDeclarations of Interest\n")
    people = parse(text)
    assert {n: (r.status, r.substitute_for) for n, r in people.items()} == {
        "Tom Reilly": ("substitute", "Councillor Asha Patel"), "Cara Vance": ("substitute", "Councillor Ben Ure")}


def test_visitors_welcomed_to_the_meeting_with_their_posts():
    # (modelled on a London borough health and wellbeing board's ModernGov minutes page)
    text = ("Minutes:\nThe Chairman welcomed Rosa Lind, Chief Executive – Northvale Leisure (“Chief Executive”), "
            "Tom Hale, Partnerships Manager – Northvale Leisure and Uma Shah, Head of Programmes – Northvale Leisure "
            "to the meeting to give an update on the work of the trust.\n")
    people = parse(text)
    assert statuses(people) == {
        "Rosa Lind": "in_attendance", "Tom Hale": "in_attendance", "Uma Shah": "in_attendance"}


def test_a_member_welcomed_to_the_meeting_gets_no_seat():
    assert parse("The Chair welcomed Councillor Ann Lee to the meeting.\n") == {}
    assert parse("The Chair welcomed Ann Lee and Bo Hart to the meeting.\n") == {}


def test_a_post_wrapped_across_lines_keeps_its_and_part():
    # "Head of Finance and Asset Management" wrapped in a semicolon list: the part after "and" is the post, not a
    # person (modelled on a Scottish council's minutes PDF)
    text = ("ATTENDING:\tAnn Reid, Chief Executive; Ian Bell, Executive\n\tHead of Finance and Asset Management; "
            "Joan Muir, Head of Property and Facilities Management;\n\tand Ruth Kerr, Administration Manager.\n"
            "APOLOGIES:\tCouncillor Dan Moss.\n")
    people = parse(text)
    assert statuses(people) == {
        "Ann Reid": "in_attendance", "Ian Bell": "in_attendance", "Joan Muir": "in_attendance",
        "Ruth Kerr": "in_attendance", "Dan Moss": "apologies"}


def test_job_spaced_dash_body_gives_the_organisation():
    people = parse("Present:\nRosa Lind, Chief Executive – Brightwell Active\nDr Sam Okoro, Area Director—East\n")
    assert (people["Rosa Lind"].role, people["Rosa Lind"].organisation) == ("Chief Executive", "Brightwell Active")
    # no spaces round the dash: one post ("Area Director—East"), no body
    assert (people["Sam Okoro"].role, people["Sam Okoro"].organisation) == ("Area Director—East", None)


def test_an_apology_list_ends_where_a_new_clause_begins():
    people = parse("Apologies for absence were also received from Ann Lee (Chief Executive – Brightwell Care) and Bo "
                   "Hart (Site Director) gave prior notification that he would need to leave the meeting early.\n")
    assert statuses(people) == {"Ann Lee": "apologies"}
    assert people["Ann Lee"].role.startswith("Chief Executive")
