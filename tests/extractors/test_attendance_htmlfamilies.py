"""Families of attendance wording in HTML and plain-text minutes (ModernGov item pages and printed minutes,
council and partnership boards), each written as real minutes write it and read by its shape.

Every name and body here is invented; each test names the kind of page its layout was modelled on."""
from boardpapers.extractors.attendance import parse_attendance
from boardpapers.extractors.html_text import html_pages

from .test_attendance import by_person, parse


def _item_page(minutes: str) -> str:
    """A ModernGov meeting page's item table: number | title, the "Minutes:" label, then the minute."""
    return ("<table><tr><th>No.</th><th>Item</th></tr>"
            "<tr><td><p>2.</p></td><td><p><strong>Apologies for absence</strong></p>"
            "<p>To receive any apologies for absence</p><p>Minutes:</p>" + minutes + "</td></tr>"
            "<tr><td><p>3.</p></td><td><p><strong>Declarations of Interest</strong></p><p>Minutes:</p>"
            "<p>No declarations were made.</p></td></tr></table>")


def _minute(sentence: str) -> dict:
    """Records by person of one "Minutes:" paragraph of an item page, the next item's title after it."""
    return by_person(parse(f"Minutes:\n{sentence}\n2. Next item\n"))


# --- plural titles and a title written once before a run of surnames ---------------------------------------

def test_misspelt_plural_title_before_bare_surnames():
    # modelled on a district council committee's ModernGov meeting page: the title typed with extra letters
    recs = by_person(parse("Minutes:\nApologies were received from Councilllors Amberley, Rustwell and Tanning.\n"
                           "3.\nDeclarations of Interest\n"))
    assert set(recs) == {"Amberley", "Rustwell", "Tanning"}
    assert all(r.status == "apologies" and r.role is None and r.organisation is None for r in recs.values())
    assert recs["Amberley"].name == "Councillor Amberley"


def test_singular_misspelt_title_written_once_before_several_surnames_mid_list():
    recs = by_person(parse_attendance(html_pages(_item_page(
        "<p>Apologies received from Ivo Penrose, Councillllor Quarry, Redfern, Stallard and Tovey- Ubank.</p>"))))
    assert set(recs) == {"Ivo Penrose", "Quarry", "Redfern", "Stallard", "Tovey- Ubank"}
    assert all(r.status == "apologies" and r.role is None and r.organisation is None for r in recs.values())
    assert recs["Redfern"].name == "Councillor Redfern"


def test_two_absent_councillors_with_the_second_title_left_out_and_no_full_stop():
    recs = by_person(parse_attendance(html_pages(_item_page(
        "<p>Councillor Varley substituted on behalf of Councillor Wragg.</p>"
        "<p>Councillor Yelland and Zouch were absent</p>"))))
    assert recs["Yelland"].status == "absent" and recs["Zouch"].status == "absent"
    assert recs["Zouch"].name == "Councillor Zouch"
    assert recs["Varley"].status == "substitute" and recs["Varley"].substitute_for == "Councillor Wragg"


def test_plural_title_with_brackets_on_a_line_of_its_own_under_present():
    # modelled on printed ModernGov minutes of a council committee: one line of councillors under "Present:"
    text = ("Present:\nCouncillors Ashdown (Chair), Bexley (Vice-Chair), Cotter, Dunmore and Elwood\n"
            "Co-opted Members:\nMrs P Frome and Mr R Gosling\n"
            "Officers in Attendance:\nJo Harker (Head of Legal), Kim Ibbot (Committee Officer)\n"
            "1. Apologies\n")
    recs = by_person(parse(text))
    assert set(recs) == {"Ashdown", "Bexley", "Cotter", "Dunmore", "Elwood", "P Frome", "R Gosling", "Jo Harker",
                         "Kim Ibbot"}
    assert all(recs[p].status == "present" for p in ("Ashdown", "Cotter", "Elwood", "P Frome", "R Gosling"))
    assert recs["Elwood"].name == "Councillor Elwood" and recs["Elwood"].role is None
    assert recs["Kim Ibbot"].status == "in_attendance" and recs["Kim Ibbot"].role == "Committee Officer"


def test_apologies_label_with_a_plural_title_and_two_surnames():
    recs = by_person(parse("Apologies: Councillors Lomond and Yarrow\n1. Minutes\n"))
    assert set(recs) == {"Lomond", "Yarrow"}
    assert recs["Yarrow"].role is None and recs["Yarrow"].status == "apologies"


def test_plural_title_as_subject_of_a_substitute_sentence():
    recs = by_person(parse("Minutes:\nApologies for absence were received from Councillors Lomond and Yarrow. "
                           "Councillors Ince and Sandell attended as substitutes.\n2. Minutes\n"))
    assert recs["Ince"].status == "substitute" and recs["Sandell"].status == "substitute"
    assert recs["Sandell"].role is None


def test_a_singular_title_before_a_surname_and_a_body_stays_one_person():
    # a single word after the comma that is a body, or a role, is no second councillor
    recs = by_person(parse("Apologies were received from Councillor Ruddock, Healthwatch and Councillor Peel.\n"))
    assert set(recs) == {"Ruddock", "Peel"}
    recs = by_person(parse("Apologies were received from Councillor Ruddock, Chair.\n"))
    assert set(recs) == {"Ruddock"} and recs["Ruddock"].role == "Chair"


def test_hyphen_typed_with_a_space_joins_a_surname_only_after_a_title():
    recs = by_person(parse("Apologies were received from Ann Lee- Barnardos and Councillor Ivo Tovey- Ubank.\n"))
    assert "Ann Lee" in recs and "Ivo Tovey- Ubank" in recs


def test_heading_with_a_plural_title_gives_it_to_the_surnames_after_it():
    # modelled on printed council committee minutes: "Councillors Present:" then surnames only
    recs = by_person(parse("Councillors Present: Ashdown (Chair), Bexley and Cotter\nApologies: Councillor Dunmore\n"
                           "1. Minutes\n"))
    assert set(recs) == {"Ashdown", "Bexley", "Cotter", "Dunmore"}
    assert all(recs[p].status == "present" for p in ("Ashdown", "Bexley", "Cotter"))
    assert recs["Cotter"].name == "Councillor Cotter" and recs["Dunmore"].status == "apologies"


# --- groups named inside one list ----------------------------------------------------------------------------

def test_co_opted_members_named_inside_a_present_list():
    # modelled on printed council scrutiny minutes: co-optees joined onto the councillors' list
    recs = by_person(parse("PRESENT: Councillors Ashdown, Bexley and Cotter, together with co-opted members "
                           "Mrs P Frome and Mr R Gosling.\n1. Minutes\n"))
    assert set(recs) == {"Ashdown", "Bexley", "Cotter", "P Frome", "R Gosling"}
    assert recs["Cotter"].role is None and all(r.status == "present" for r in recs.values())
    recs = by_person(parse("Present: Councillor X Ashdown (Chair); Councillors A Bexley and C Cotter; Co-opted "
                           "Members: Mrs D Dunmore and Mr E Elwood\nAlso Present: Councillor F Frome (Cabinet Member "
                           "for Health)\n1. Minutes\n"))
    assert set(recs) == {"X Ashdown", "A Bexley", "C Cotter", "D Dunmore", "E Elwood", "F Frome"}
    assert recs["C Cotter"].organisation is None and recs["D Dunmore"].status == "present"
    assert recs["F Frome"].status == "in_attendance"


def test_a_label_of_another_status_inside_a_list_is_not_dropped_as_a_group():
    # "Apologies:" is a status, not a group of the present list: its people are never read as present
    recs = by_person(parse("Present: Councillor A Bexley and Councillor C Cotter; Apologies: Mrs D Dunmore\n"))
    assert recs.get("D Dunmore") is None or recs["D Dunmore"].status != "present"


# --- apologies and substitutes in sentences ------------------------------------------------------------------

def test_name_role_name_role_apology_sentence_with_no_commas():
    # modelled on an NHS trust board's minutes: titled names with their roles run together in one sentence
    recs = by_person(parse("2. Apologies for absence\nApologies for absence were received from Dame Iris Pell Non "
                           "Executive Director Mr Neil Mann Non Executive Director Mr Geo Rowe Director of Finance.\n"
                           "3. Declarations\n"))
    assert set(recs) == {"Iris Pell", "Neil Mann", "Geo Rowe"}
    assert recs["Neil Mann"].role == "Non Executive Director" and recs["Geo Rowe"].role == "Director of Finance"
    assert all(r.status == "apologies" for r in recs.values())


def test_representative_welcomed_for_a_named_member():
    recs = by_person(parse("Minutes:\nApologies were received from Ms Jo Gorse.\nMiss Mangle was welcomed to the "
                           "meeting as Ms Gorse's representative.\n3. Next\n"))
    assert recs["Mangle"].status == "substitute" and recs["Mangle"].substitute_for == "Ms Gorse"
    # a body's representative is a seat, not a substitute
    assert parse("Minutes:\nMr Ian Dunn attended as the Council's representative.\n") == []
    assert parse("Minutes:\nMr Ian Dunn attended as Northvale Council's representative.\n") == []


def test_substitute_named_after_a_reporting_clause_inside_a_paragraph():
    # modelled on ModernGov item minutes: two substitutes in one narrative paragraph
    recs = by_person(parse_attendance(html_pages(_item_page(
        "<p>The Chair welcomed everyone to the meeting. Apologies were received from Councillor Fenn and Dr Ruth "
        "Adair. Councillor Tom Blake attended as substitute for Councillor Fenn and the Board noted that Sara "
        "Moss was deputising for Dr Ruth Adair.</p>"))))
    assert set(recs) == {"Fenn", "Ruth Adair", "Tom Blake", "Sara Moss"}
    assert recs["Tom Blake"].substitute_for == "Councillor Fenn" and recs["Tom Blake"].role is None
    assert recs["Sara Moss"].status == "substitute" and recs["Sara Moss"].substitute_for == "Dr Ruth Adair"


def test_arrived_during_an_item_and_in_the_chair_mean_present():
    recs = by_person(parse("Minutes:\nApologies had been received from Councillor Ann Ruddock. Councillor Ben Peel "
                           "was in the Chair.\nCouncillor Dee Sands arrived during consideration of item 5.\n"))
    assert recs["Ann Ruddock"].status == "apologies"
    assert recs["Ben Peel"].status == "present" and recs["Dee Sands"].status == "present"


def test_representative_named_by_surname_is_the_person_listed_in_attendance():
    recs = by_person(parse("In attendance:\nMiss Helen Mangle, Deputy Director\n1. Apologies\nApologies were received "
                           "from Ms Jo Gorse.\nMiss Mangle was welcomed to the meeting as Ms Gorse's representative.\n"))
    assert set(recs) == {"Helen Mangle", "Jo Gorse"}
    assert recs["Helen Mangle"].status == "substitute" and recs["Helen Mangle"].substitute_for == "Ms Gorse"
    assert recs["Helen Mangle"].role == "Deputy Director"


# --- a Word file saved as HTML -------------------------------------------------------------------------------

def test_word_html_tab_stops_of_non_breaking_spaces_are_column_gaps():
    # modelled on a Word file rendered by a document-sharing site: one paragraph per line, columns laid out
    # with runs of &nbsp; (Word's tab stops), names without titles
    gap = "&nbsp;" * 8 + " "
    html = ("<html><body>"
            f"<p class=MsoNormal><b>Present:</b>{gap}Ann Lee{gap}Chair, Northvale CCG</p>"
            f"<p class=MsoNormal>{gap * 3}Bo Hart{gap}Rowan Hospice</p>"
            f"<p class=MsoNormal>{gap * 3}Cy Dale{gap}Age UK Northvale</p>"
            "<p class=MsoNormal>&nbsp;</p>"
            f"<p class=MsoNormal><b>In attendance:</b><span style='mso-tab-count:1'>{gap}</span>Di Eve"
            f"<span style='mso-tab-count:2'>{gap * 2}</span>Board Secretary</p>"
            f"<p class=MsoNormal>1.{gap}Welcome</p><p class=MsoNormal>The Chair welcomed members.&nbsp; All "
            "were&nbsp;&nbsp;thanked.</p></body></html>")
    pages = html_pages(html)
    assert pages[0].text.splitlines()[1] == "Bo Hart\tRowan Hospice"
    assert pages[0].text.splitlines()[-1] == "The Chair welcomed members. All were thanked."
    recs = by_person(parse_attendance(pages))
    assert set(recs) == {"Ann Lee", "Bo Hart", "Cy Dale", "Di Eve"}
    assert recs["Bo Hart"].organisation == "Rowan Hospice" and recs["Cy Dale"].organisation == "Age UK Northvale"
    assert recs["Di Eve"].status == "in_attendance" and recs["Di Eve"].role == "Board Secretary"


# --- substitutes in lists and sentences ----------------------------------------------------------------------

def test_substitute_for_after_a_dash_in_a_present_list():
    recs = by_person(parse("Present:\nCouncillor Ann Rudd (Chair)\nCouncillor Ben Peel (substitute for Councillor Cy "
                           "Irwin)\nCouncillor Dee Lomas - Substitute for Councillor Eve Yard\n1. Apologies\n"))
    assert recs["Ann Rudd"].status == "present"
    assert recs["Dee Lomas"].status == "substitute" and recs["Dee Lomas"].substitute_for == "Councillor Eve Yard"
    assert recs["Dee Lomas"].role is None


def test_substitutions_reported_on_the_same_line():
    recs = _minute("The following substitutions were reported: Councillor Ben Peel for Councillor "
                   "Cy Irwin and Councillor Dee Lomas for Councillor Eve Yard.")
    assert recs["Ben Peel"].status == "substitute" and recs["Ben Peel"].substitute_for == "Councillor Cy Irwin"
    assert recs["Dee Lomas"].status == "substitute" and recs["Dee Lomas"].substitute_for == "Councillor Eve Yard"


def test_attended_as_his_substitute_stands_in_for_the_one_just_named_away():
    recs = _minute("Apologies for absence were received from Councillor Cy Irwin. Councillor Ben "
                   "Peel attended the meeting as his substitute.")
    assert recs["Cy Irwin"].status == "apologies"
    assert recs["Ben Peel"].status == "substitute" and recs["Ben Peel"].substitute_for == "Councillor Cy Irwin"


def test_represented_by_between_commas_and_a_second_from_in_an_apology_sentence():
    recs = _minute("Apologies for absence were received from Sara Kemp (Northvale ICB), represented "
                   "by Tom Lowe, and from Ann Rudd (Healthwatch Northvale).")
    assert set(recs) == {"Sara Kemp", "Tom Lowe", "Ann Rudd"}
    assert recs["Sara Kemp"].role is None and recs["Sara Kemp"].organisation == "Northvale ICB"
    assert recs["Tom Lowe"].status == "substitute" and recs["Tom Lowe"].substitute_for == "Sara Kemp"
    assert recs["Ann Rudd"].status == "apologies" and recs["Ann Rudd"].organisation == "Healthwatch Northvale"


def test_posts_without_names_are_no_people():
    assert parse("Officers in attendance:\nDirector of Public Health\nHead of Democratic Services\n1. Apologies\n") == []
    assert parse("Minutes:\nApologies for absence were received from the Director of Public Health and the Chief "
                 "Executive of Northvale NHS Trust.\n2. Next\n") == []


# --- more apology-item sentences of ModernGov minutes --------------------------------------------------------

def test_co_opted_member_named_after_and_from_under_a_plural_title():
    recs = _minute("Apologies for absence were received from Councillors Ann Rudd and Ben Peel, and from Co-opted "
                   "Member Mrs Cy Irwin.")
    assert set(recs) == {"Ann Rudd", "Ben Peel", "Cy Irwin"}
    assert recs["Ben Peel"].role is None and recs["Cy Irwin"].role == "Co-opted Member"


def test_vice_chair_who_chaired_is_present_not_an_apology():
    recs = _minute("Apologies were received from Councillor Ann Rudd (Chair), and Councillor Ben Peel (Vice-Chair) "
                   "chaired the meeting.")
    assert recs["Ann Rudd"].status == "apologies" and recs["Ann Rudd"].role is None
    assert recs["Ben Peel"].status == "present"


def test_substitute_without_a_named_target_stands_in_for_the_one_apology():
    recs = _minute("Apologies were received from Cllr Ann Rudd. Cllr Ben Peel was substituting.")
    assert recs["Ben Peel"].status == "substitute" and recs["Ben Peel"].substitute_for == "Cllr Ann Rudd"
    recs = _minute("Apologies for absence were received from Councillor Ann Rudd. Councillor Ben Peel attended as "
                   "substitute.")
    assert recs["Ben Peel"].substitute_for == "Councillor Ann Rudd"


def test_substitute_after_a_dash_following_a_bracket_with_a_comma():
    recs = _minute("Apologies were received from Dr Ann Rudd (Clinical Chair, NHS Northvale ICB) – Dr Ben Peel "
                   "attended in her place.")
    assert recs["Ann Rudd"].status == "apologies" and recs["Ann Rudd"].role == "Clinical Chair"
    assert recs["Ben Peel"].status == "substitute" and recs["Ben Peel"].substitute_for == "Dr Ann Rudd"


def test_resolution_noting_apologies():
    recs = _minute("RESOLVED – That apologies for absence from Councillors Rudd and Peel be noted.")
    assert set(recs) == {"Rudd", "Peel"} and all(r.status == "apologies" for r in recs.values())
    assert _minute("RESOLVED: That the apologies from Councillor Ann Rudd be noted.")["Ann Rudd"].status == "apologies"


def test_given_apologies_and_present_as_her_substitute_in_one_sentence():
    recs = _minute("Councillor Ann Rudd had given apologies and Councillor Ben Peel was present as her substitute.")
    assert recs["Ann Rudd"].status == "apologies"
    assert recs["Ben Peel"].status == "substitute" and recs["Ben Peel"].substitute_for == "Councillor Ann Rudd"


def test_bracketed_substituted_after_the_one_away():
    recs = _minute("Apologies for absence were received from Ann Rudd, Ben Peel and Councillor Cy Irwin (Councillor "
                   "Dee Lomas substituted).")
    assert recs["Cy Irwin"].status == "apologies" and recs["Cy Irwin"].role is None
    assert recs["Dee Lomas"].status == "substitute" and recs["Dee Lomas"].substitute_for == "Councillor Cy Irwin"


# --- rows of a block ---------------------------------------------------------------------------------------

def test_initials_in_brackets_end_the_name_before_a_body():
    # modelled on partnership-board minutes: "Name (Initials) Role-or-Body", one per line
    recs = by_person(parse("Present:\nAnn Rudd (AR) Chair\nBen Peel (BP) Director of Public Health\nCy Irwin (CI) "
                           "Healthwatch Northvale\nApologies:\nDee Lomas (DL) Northvale Council\n1. Welcome\n"))
    assert set(recs) == {"Ann Rudd", "Ben Peel", "Cy Irwin", "Dee Lomas"}
    assert recs["Ben Peel"].role == "Director of Public Health"
    assert recs["Cy Irwin"].organisation == "Healthwatch Northvale" and recs["Cy Irwin"].status == "present"


def test_group_labels_with_a_colon_before_the_people_of_a_row():
    # modelled on a partnership board's WordPress minutes: sector labels inside the present list
    recs = by_person(parse("Present:\nCllr Ann Rudd, Cllr Ben Peel\nNHS: Dr Dee Lomas, Ms Eve Yard\nVoluntary sector: "
                           "Fay Gill (Northvale CVS)\n1. Welcome\n"))
    assert set(recs) == {"Ann Rudd", "Ben Peel", "Dee Lomas", "Eve Yard", "Fay Gill"}
    assert recs["Eve Yard"].organisation is None and recs["Dee Lomas"].status == "present"
    assert recs["Fay Gill"].organisation == "Northvale CVS"


def test_document_site_rendering_with_cells_parted_by_slashes():
    # modelled on a document-sharing site's HTML of a Word file (Bury CCG minutes, 2017): table cells become
    # "cell / cell / cell" on one line, a heading's own cell first
    html = ("<p>Present: / <br>Ann Lee / Chair / NHS Northvale CCG<br>Bo Hart / Lay Member<br>"
            "Cy Dale / Chief Finance Officer / Northvale CCG</p><p>In attendance: / Di Eve / Board Secretary</p>"
            "<p>Apologies: / Ed Fox / Medical Director</p><p>1.1 / Welcome / The Chair welcomed all.</p>")
    recs = by_person(parse_attendance(html_pages(html)))
    assert set(recs) == {"Ann Lee", "Bo Hart", "Cy Dale", "Di Eve", "Ed Fox"}
    assert recs["Ann Lee"].role == "Chair" and recs["Ann Lee"].organisation == "NHS Northvale CCG"
    assert recs["Di Eve"].status == "in_attendance" and recs["Di Eve"].role == "Board Secretary"
    assert recs["Ed Fox"].status == "apologies" and recs["Ed Fox"].role == "Medical Director"


def test_surname_starting_with_a_particle_after_a_title():
    recs = by_person(parse("Present:\nCouncillor de Souza (Chair), Councillor van der Berg, Ms Ann Rudd\n1. Next\n"))
    assert set(recs) == {"de Souza", "van der Berg", "Ann Rudd"}
    assert recs["van der Berg"].role is None and recs["van der Berg"].name == "Councillor van der Berg"


def test_plural_group_name_before_its_people_inside_an_apology_list():
    recs = _minute("Apologies for absence were received from Councillors Ann Rudd and Ben Peel; and Co-opted Members "
                   "Cy Irwin and Dee Lomas.")
    assert set(recs) == {"Ann Rudd", "Ben Peel", "Cy Irwin", "Dee Lomas"}
    assert recs["Ben Peel"].role is None and all(r.status == "apologies" for r in recs.values())
    assert recs["Cy Irwin"].name == "Cy Irwin"  # the councillors' title stops at the semicolon
