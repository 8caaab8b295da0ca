"""Apology and substitute wording: the sentence patterns that say who sent apologies, who came for whom, who
was present or joined."""
from __future__ import annotations

import re

from ..lazyre import lazy_compile


_COMMENT_SUBSTITUTE = lazy_compile(r"^(?:as\s+)?(?:(?:a\s+)?substitute|substituting|deputising|deputy)\s+(?:for|in place of)\s+"
                                   r"(?P<for>.+?)\.?$", re.I)


_APOLOGY_SENT = lazy_compile(
    r"(?:the\s+following\s+apologies(?:\s+for\s+absence)?\s+(?:were|had\s+been|have\s+been)\s+(?:received|submitted|noted|"
    r"given|reported|tendered|intimated|recorded|presented|offered|conveyed)(?:\s+from)?[ \t]*(?::-|:|–)[ \t]*$)|"
    r"(?:the\s+apologies\s+of\s+)|"  # "The apologies of A and B were noted."
    # "The Chair gave apologies for the absence of A", "Apologies were received for the absence of A"
    r"(?:apologies\s+(?:(?:were|had\s+been)\s+(?:received|given|noted|recorded)\s+)?for\s+the\s+absence\s+of\s+)|"
    r"(?:(?:there\s+were\s+)?apologies(?:\s+(?:for|of)\s+(?:absence|non-attendance|the\s+meeting|this\s+meeting"
    r"|(?:(?:his|her|their)\s+)?inability\s+to\s+attend(?:\s+the\s+meeting)?))?"
    r"|an\s+apology(?:\s+for\s+(?:absence|non-attendance)(?:\s+at\s+the\s+meeting)?)?)"
    r"(?:\s*(?:were|was|had\s+been|have\s+been|has\s+been|be))?(?:\s+also)?"
    # "That apologies be received and noted from A": the resolution's wording
    r"(?:\s+(?:received|submitted|noted|given|reported|tendered|intimated|recorded|sent|made"
    r"|accepted|presented|offered|conveyed)(?:\s+and\s+(?:recorded|noted|accepted))?)?"
    r"\s+(?:from|on\s+behalf\s+of|by)\b(?:\s+the\s+following(?:\s+(?:members|board\s+members)"
    # "… from the following Invited Observers with Speaking Rights:": any group's name, then the list
    r"|(?:\s+[A-Z][\w'’-]*(?:\s+(?:with|of|and|the|for)\b)*){1,6}(?=[ \t]*:-?[ \t]*$))?)?[ \t]*(?::-|:|–)?[ \t]*",
    re.I | re.M,
)


# someone attending for someone else, in a sentence: the person is the text before the verb
# a short personal title before a name inside a sentence ("… as Ms George's representative", "…, particularly
# Dr Ann Lee, who …")
_SHORT_TITLE = r"(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Councillor|Prof)\.?\s+"

_SUBSTITUTE_CLAUSE = lazy_compile(
    r"\s+(?:(?:attended|was\s+present|was\s+in\s+attendance|was\s+attending|were\s+in\s+attendance|attending"
    r"|attended\s+the\s+meeting|attended\s+this\s+meeting|was\s+attending\s+this\s+meeting|confirmed\s+(?:he|she|they)"
    r"\s+(?:was|were)\s+attending|had\s+been\s+appointed|(?:was|were)\s+appointed)\s+as\s+(?:a\s+|the\s+|(?P<poss>his\s+|her\s+|their\s+))?"
    # "… had been appointed as a substitute member for Councillor B" (a council procedure rule's formula)
    r"(?:substitutes?|deputy|deputies)(?:\s+members?)?"
    r"(?:\s+(?:for|in\s+place\s+of|on\s+behalf\s+of)\s+(?P<for>(?:[^.;]|(?<=\b[A-Z])\.)+?))?"
    r"|(?:substituted|deputised|deputized|was\s+deputising|was\s+substituting|is\s+deputising|deputising|substituting"
    r"|(?:would|will)\s+be\s+(?:substituting|deputising))\s+(?:for|on\s+behalf\s+of)\s+"
    r"(?P<for2>(?:[^.;]|(?<=\b[A-Z])\.)+?)"
    r"|(?:acted|was\s+acting)\s+as\s+(?:a\s+)?substitute\s+for\s+(?P<for3>(?:[^.;]|(?<=\b[A-Z])\.)+?)"
    r"|(?:was\s+attending|attended)(?:\s+(?:this|the)\s+meeting)?\s+as\s+(?P<for4>(?:[^.;]|(?<=\b[A-Z])\.)+?)['’]s?\s+substitute"
    # "Miss Lane was welcomed to the meeting as Ms George's representative": a person's representative (a
    # body's representative, "as the Council's representative", is a seat, not a substitute)
    r"|(?:was\s+attending|attended|was\s+welcomed|(?:was|were)\s+present)(?:\s+(?:to\s+)?(?:this|the)\s+meeting)?\s+as\s+"
    r"(?P<for6>(?-i:(?:" + _SHORT_TITLE + r")?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))['’]s?\s+"
    r"(?:representative|deputy|nominee)"
    # ("Ann Lee is attending on behalf of Dr Bo Hart, Northvale CCG": a list of replacements in the present tense)
    r"|(?:attended|was\s+present|(?:was|were)\s+in\s+attendance|is\s+attending)\s+(?:in\s+place\s+of|on\s+behalf\s+of"
    r"|in\s+substitution\s+for)\s+(?P<for5>(?:[^.;]|(?<=\b[A-Z])\.)+?)"
    r"|(?P<absence>attended\s+in\s+(?:his|her|their)\s+(?:absence|place|stead)"
    r"|(?:was|were)\s+(?:substituting|deputising)(?=\s*[.;]|\s*$))"
    r")(?=\s*(?:(?<!\b[A-Z])[.;]|,?\s+and\s+|$))",  # not the full stop of an initial
    re.I,
)


# the groups of _SUBSTITUTE_CLAUSE naming the one stood in for
_TARGET_GROUPS = ("for", "for2", "for3", "for4", "for5", "for6")


# "Present at the meeting were …", "Also in attendance were …"
_PRESENT_SENT = lazy_compile(r"(?:(?P<also>also|others)\s+)?(?:present|(?P<att>in\s+attendance))(?:\s+at\s+the\s+meeting)?\s+were"
                             r"(?:\s+the\s+following)?\s*:?-?\s+", re.I)


_JOINED = lazy_compile(r"(?:^|(?<=[.;]\s)|(?<=\n))(?P<who>(?:[A-Z][\w.'’-]*\s+){1,5}?)(?:(?:joined|arrived\s+at)\s+the\s+(?:[\w-]+\s+){0,3}?meeting\b"
                       r"|arrived\s+(?:during|late\b|at\s+\d))",
                       re.M)

# a line that names people with their bodies, then says how they were at the meeting ("Cllr Ann Lee, Eastshire
# Council and Bo Kerr, NHS Northvale ICB joined the meeting via Teams.", "Cy Dale, Northvale ICB observed the
# meeting."): the list before the verb, the verb its status (one bare name is _JOINED's)
_LIST_AT_MEETING = lazy_compile(r"^(?P<listed>[A-Z][^.\n]{3,400}?,[^.\n]+?)\s+(?P<verb>joined|observed)\s+the\s+meeting\b"
                                r"[^.\n]{0,60}\.[ \t]*$", re.M)

# a person named in a sentence: an optional title and two to four capitalised words
_TITLED_NAME = r"(?:(?:Dr|Mr|Mrs|Ms|Cllr|Councillor|Prof)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"


# the same within one line (a heading such as "Chair" on the line before is not part of the name)
_TITLED_NAME_ON_LINE = _TITLED_NAME.replace(r"\s+", r"[ \t]+")


_SUBS_WAS = lazy_compile(r"(?:on\s+behalf\s+of|for)\s+(?P<for>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:was|were)\s+"
                         rf"(?P<who>{_TITLED_NAME})(?:\s+\((?P<org>[^)]*)\))?")


# a colon list of who came for whom: "There were the following substitutes: A for B; C for D and E for F.",
# "The following substitutes were present: …", "Substitutes were as follows: …"
_SUBSTITUTES_LIST = lazy_compile(r"\b(?:there\s+(?:were|was)\s+the\s+following\s+substitutes?(?:\s+members?)?"
                                 r"|the\s+following\s+substitutes?(?:\s+members?)?\s+(?:were\s+(?:present|noted|"
                                 r"in\s+attendance|reported)|attended)|substitutes?(?:\s+members?)?\s+(?:were|was)\s+as\s+"
                                 r"follows|the\s+substitutes?\s+(?:were|was))\s*:-?\s*", re.I)
# the same pairs closing an apology sentence: "Apologies were submitted on behalf of Councillors A, B and C, with the
# substitution of Councillor D for Councillor B." (the pairs are read by _SUBSTITUTE_PAIR after it)
_SUBSTITUTION_OF = lazy_compile(r",?\s+with\s+the\s+substitutions?\s+of\s+(?=[A-Z])")
# one pair of such a list: "Dr L Murthy for C Cunnington-Shore"
_SUBSTITUTE_PAIR = lazy_compile(r"\s*(?:and\s+)?(?P<who>[^;:,]+?)\s+(?:for|in\s+place\s+of|on\s+behalf\s+of)\s+"
                                r"(?P<for>[^;:,]+?)\s*$")

_WELCOMED_DEPUTY = lazy_compile(r"welcomed\s+(?P<who>.+?)\s+(?:to\s+the\s+meeting\s+)?who\s+was\s+(?:deputising|"
                                r"substituting|attending)\s+(?:for|on\s+behalf\s+of)\s+(?P<for>[^.;]+)", re.I)


_REPRESENTED_BY = lazy_compile(r"(?:,?\s+who\s+(?:was|were)\s+|,\s+)(?:represented|substituted|deputised|replaced)\s+by\s+"
                               rf"(?P<who>{_TITLED_NAME})")


# "The Chair welcomed Ann Lee from Northvale Police and Tom Bell from the ICS as guests to the meeting."
_WELCOMED_GUESTS = lazy_compile(r"welcomed\s+(?P<who>[A-Z][^.;]{3,300}?)\s+(?:to\s+the\s+meeting\s+)?as\s+(?:a\s+)?"
                                r"(?:guests?|observers?)\b")


# "He welcomed Ann Lee and Tom Bell from Audit Northvale, and …": visitors named with the body they came from
_PERSON_WORDS = r"(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+"
_WELCOMED_FROM_BODY = lazy_compile(rf"\bwelcomed\s+(?P<who>{_PERSON_WORDS}(?:(?:,\s+|\s+and\s+){_PERSON_WORDS})*)\s+from\s+"
                                   r"(?:the\s+)?(?P<org>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|of|and|&|for)){0,6}?)"
                                   r"(?=\s*[,.;]|\s+(?:to|who|as)\b|\s*$)")
# "…, and also Ann Lee, the Chair of the Standards Committee, who was in attendance for …": one person, her post
# between commas, then the relative clause
_WHO_WAS_IN_ATTENDANCE = lazy_compile(rf"(?P<who>{_PERSON_WORDS}),\s+(?P<role>(?:the\s+)?[A-Za-z][^,.;]{{2,80}}),\s+who\s+"
                                      r"(?:was|were)\s+(?:also\s+)?in\s+attendance\b")


# "…, who was in attendance for items 7 to 9, along with his Chief Executive, Ann Lee, and Treasurer, Bo Hart.": the
# staff who came with the one in attendance, each a post then a name
_ALONG_WITH_STAFF = lazy_compile(r"\balong\s+with\s+(?:his|her|their)\s+(?P<staff>[A-Z][^.;]{5,200}?)\.?$")
_STAFF_PART = lazy_compile(r",?\s+and\s+(?:his\s+|her\s+|their\s+)?")


_LEAD_IN = lazy_compile(r"^(?:\d+(?:\.\d+)+|\d+\([a-z]\)|(?:it\s+was\s+)?noted\s+that|the\s+\w+\s+(?:was|were)\s+(?:advised|informed|told)\s+that"
                        r"|and|also|further|in\s+addition,?|however,?)\s+", re.I)


# (police and service ranks too: "T/Ch. Supt. Ann Lee", "Det. Insp. Sam Roe" inside an apology list)
_ABBREV_BEFORE_DOT = {"dr", "drs", "mr", "mrs", "ms", "cllr", "prof", "rev", "revd", "st", "no", "supt", "cllrs",
                      "ch", "insp", "det", "sgt", "supt", "cmdr", "capt", "maj", "col", "lt", "hon", "rt",
                      "esq"}  # "C Apps Esq., P Boulden Esq., …": the courtesy suffix closes a name, not the sentence


_SUBSTITUTE_WORDS = ("substitut", "deputis", "deputiz", "deputy", "deputies", "in place of", "on behalf of", "absence",
                     "'s representative", "’s representative",
                     "in her place", "in his place", "in their place", "stead")


# "… and B, with C attending as substitute for Councillor A.": the member C came for may be named
_WITH_DEPUTY = lazy_compile(r"\s+with\s+(?P<who>[^,;()]+?)\s+(?:deputising|substituting|attending\s+in\s+(?:his|her|their)"
                            r"\s+place|attending\s+on\s+(?:his|her|their)\s+behalf|attending\s+as\s+(?:a\s+|his\s+|her\s+|their\s+)?(?:substitute|deputy))\b"
                            r"(?:\s+for\s+(?P<for>[^,;()]+?))?[.;,]?\s*$", re.I)


# "Ann Lee, CEO, Northvale Hospital was substituted by Ben Cole, Deputy CEO;": one line of an apology list
# "A, who was substituted by B", "A – substituted by B" (a dash for the verb in a list of apologies)
_SUBSTITUTED_BY = lazy_compile(r"(?:,?(?:\s+who)?\s+(?:was|were|is)|\s*[–—-]|,)\s+(?:substituted|represented|deputised|deputized|replaced)\s+by\s+"
                               r"(?P<who>[^;]+?)[.;]?\s*$", re.I)


# "… attended on behalf of B and Carla Dunn on behalf of Dev Patel": a second clause with its verb left out
_ELIDED_SUBSTITUTE = lazy_compile(rf",?\s+and\s+(?P<who>{_TITLED_NAME})\s+(?:on\s+behalf\s+of|in\s+place\s+of)\s+"
                                  r"(?P<for>[A-Z][^.;]*?)(?=\s*(?:(?<!\b[A-Z])[.;]|,?\s+and\s+|$))")


# "Dr Paul Grey, GP also attended the meeting.": someone there who is no member
_ALSO_ATTENDED = lazy_compile(r"(?:^|(?<=[.;]\s)|(?<=\n))(?P<who>[A-Z][^.;\n]{2,150}?)\s+also\s+attended"
                              r"(?:\s+(?:the|this)\s+meeting)?(?=\s*[.;]|\s*$)", re.M)


# "County Councillor Ann Lee was in attendance with 9 members of the public.", "District Cllrs Hay and Fox were
# present": people then a verb of attendance, the sentence their list ("was in attendance" and "were also present"
# are those in attendance, "were present" those present)
_WERE_IN_ATTENDANCE = lazy_compile(r"(?:^|(?<=[.;]\s)|(?<=\n))(?P<who>[A-Z][^.;\n]{2,200}?)\s+(?:was|were)\s+(?P<also>also\s+)?"
                                   r"(?:(?P<att>in\s+attendance)|present)(?=\s*(?:[.;]|$)|\s+(?:with|for|at|throughout)\b)",
                                   re.M)
# "Also in attendance for part of the meeting was Ann Lee, Head Teacher and …": the list after the verb
_ALSO_IN_ATTENDANCE_WAS = lazy_compile(r"\b(?P<also>Also)\s+(?:(?P<att>in\s+attendance)|present)(?:\s+for\s+(?:part\s+of\s+)?the\s+meeting)?"
                                       r"\s+(?:was|were)\s+")


# "Ann Hill had arranged for Bob Lane to attend as her representative.": the one who came for the one away
_ARRANGED_FOR = lazy_compile(r"(?:^|(?<=[.;:]\s)|(?<=\bthat\s))(?P<x>(?:(?:Dr|Mr|Mrs|Ms|Cllr|Councillor|Prof)\.?\s+)?[A-Z][\w'’-]*"
                             r"(?:\s+[A-Z][\w'’-]*){0,3})"
                             r"\s+had\s+(?:arranged|asked)\s+for\s+(?P<who>[A-Z][^.;]*?)(?:\s+to\s+attend(?:\s+the\s+meeting)?\s+"
                             r"(?:as\s+(?:his|her|their|its)\s+(?:representatives?|substitutes?|deputy|deputies)|in\s+(?:his|her|their)"
                             r"\s+(?:place|stead)|on\s+(?:his|her|their)\s+behalf)"
                             # "A had arranged for B; and that C had arranged for D to attend … as their representatives"
                             r"|(?=;\s+and\s+(?:that\s+)?[A-Z][^.;]*?\shad\s+(?:arranged|asked)\s+for\s+[^.;]*?\sto\s+attend\b))")


# "As Councillor Ann Lee, the Chair of the Board, had sent her apologies, …": one person's apology as the subject
# of a sentence, with the role between commas (the name on one line: "1. Apologies" / "Cllr Cole sent his …")
_SENT_APOLOGIES = lazy_compile(r"(?:^|(?<=[.;:]\s)|(?<=\n))(?:\d{1,3}(?:\.\d{1,2})?[ \t]+)?"  # "132.1 ": its paragraph's number
                               r"(?:(?:As|Since|Because|While|Whilst|Although)\s+)?"
                               rf"(?P<who>{_TITLED_NAME_ON_LINE}?)(?:,\s+(?:the\s+)?(?P<role>[^,.;()]{{3,60}}),)?"
                               r"\s+(?:had\s+|has\s+)?(?:sent|given|tendered|offered|submitted)\s+(?:(?:his|her|their)\s+)?"
                               r"apologies\b", re.M)


# "Councillor Ann Lee and Bo Hart were absent.": a sentence of its own, ending there (not "absent for item 5",
# "absent from the room")
_WERE_ABSENT = lazy_compile(r"(?:^|(?<=[.;:]\s)|(?<=\n))(?P<who>[A-Z][^.;:\n]{2,200}?)\s+(?:(?:was|were)\s+(?:also\s+)?absent"
                            r"|did\s+not\s+attend)(?:\s+(?:from\s+)?(?:the|this)\s+meeting)?(?:\s+without\s+apologies)?[ \t]*(?:\.|$)", re.M)


# the end of one row of an apology list naming the person's deputy: "…, Fire Service and his deputy Bo Hart" (away
# too), "…, Director. Her deputy Cy Dale attended in her place" (came instead)
_DEPUTY_TAIL = lazy_compile(r"[.;,]?\s+(?:and\s+)?(?:his|her|their)\s+(?P<role>deputy|substitute),?\s+"
                            r"(?P<who>[A-Z][^,;()]*?),?(?P<came>\s+(?:attended|was\s+present|was\s+in\s+attendance"
                            r"|attending)(?:\s+the\s+meeting)?(?:\s+(?:in\s+(?:his|her|their)\s+(?:place|stead|absence)"
                            r"|on\s+(?:his|her|their)\s+behalf|as\s+(?:a\s+)?substitute))?)?\.?\s*$", re.I)


# "In the absence of Councillor A, Councillor Bea Lund took the chair.": whoever took the chair was there
# "Councillor Ross, Convener, presided.": the Scottish wording, the post between commas
_TOOK_CHAIR = lazy_compile(rf"(?:^|(?<=[.;:,]\s)|(?<=\n)|(?<=\band\s))(?P<who>{_TITLED_NAME_ON_LINE}?)(?:\s+\([^()]{{1,40}}\))?"
                           r"(?:,\s+(?:the\s+)?(?P<role>[A-Z][^,.;()\n]{1,40}),)?"
                           r"\s+(?:(?:took|assumed|occupied)\s+the\s+chair|was\s+in\s+the\s+[Cc]hair|chaired\s+the\s+meeting"
                           r"|presided(?=\s*\.))\b",
                           re.M)


# "Councillors A, Leader of the Council, B and C apologised for their inability to attend the meeting.": the list
# is the sentence's subject, the verb at its end ("District Cllr Lee had apologised as he was on holiday.", "Cllr
# Lee had apologised.": the verb then a reason, or the sentence's end)
_APOLOGISED = lazy_compile(r"(?:^|(?<=[.;:]\s)|(?<=\n))(?P<who>[A-Z][^.;:\n]{2,400}?)\s+(?:had\s+)?apologised(?:\s+for\s+"
                           r"(?:(?:his|her|their)\s+)?(?:inability\s+to\s+attend|absence|non-attendance|not\s+being\s+able"
                           r"\s+to\s+attend)\b|\s+as\s+(?:he|she|they)\s+(?:was|were|had|would)\b|(?=\s*[.;]))", re.M)


# "Cllr A Lee & Cllr B Hart sent apologies.", "Ann Lee and Bo Hart have sent their apologies": a list (or one person)
# as the subject, the sentence ending with the verb; a bullet may open the line
_LIST_SENT_APOLOGIES = lazy_compile(r"(?:^|(?<=[.;:]\s)|(?<=\n)|(?<=^[•·\-*]\t)|(?<=^[•·\-*] ))(?P<who>[A-Z][^.;:\n]{2,300}?)"
                                    r"\s+(?:had\s+|have\s+)?(?:sent|given|tendered|submitted)\s+(?:their\s+)?apologies"
                                    r"(?:\s+for\s+absence)?[ \t]*(?:\.|$)", re.M)


# "The Chairman welcomed Ann Lee, Chief Executive – Northvale Leisure, and Bo Hart, … to the meeting to present …":
# visitors named with their posts, there for an item
_WELCOMED_TO_MEETING = lazy_compile(r"\bwelcomed\s+(?P<who>[A-Z][^.;\n]{3,400}?)\s+to\s+(?:the|this)\s+meeting\b")


# "The Chair welcomed Ann Lee, Director of Public Health, and Bo Hart to their first meeting", "… welcomed Ann Lee,
# Body, and Cllr Bo Hart as new members", "New members were welcomed - Ann Lee, Body and Bo Hart, Body.": members,
# so present (sentences.py reads only a list with posts, with a comma in it)
_WELCOMED_NEW_MEMBERS = lazy_compile(
    r"\bwelcomed\s+(?P<who>[A-Z][^.;\n]{3,400}?)\s+(?:(?:to|at)\s+(?:his|her|their)\s+first\s+(?:meeting|Board|Committee)"
    r"|(?:to\s+(?:the|this)\s+(?:Board|Committee|Partnership|Panel|meeting)\s+)?as\s+(?:a\s+|the\s+)?new\s+(?:members?|"
    r"representatives?)\b)"
    r"|\b[Nn]ew\s+members?\s+(?:was|were)\s+welcomed\s*[-–—:,]*\s+(?P<listed>[A-Z][^.;\n]{3,400}?)(?=\.(?:\s|$)|;|$)")
# "…, Scottish Government who is the Partnership's new Place Director and Bo Hart": a clause about the one before
_WHO_IS_CLAUSE = lazy_compile(r"\s+who\s+(?:is|was|are|were|has|had)\b.*?(?=\s+and\s+[A-Z]|,\s+[A-Z]|$)")


# two lists paired in order: "Councillors A and B were substituted by Councillors C and D respectively", "Councillors C
# and D attended as substitutes for Councillors A and B respectively" (each list's people, the first with the first)
# ("1.3 Councillor A (Deputy Cabinet Member for …), B (Adult Social Care) and C attended as Deputies respectively for
# Councillor D, E and F.": a paragraph's number first, each person's post or body in brackets, "respectively" before
# the second list)
_RESPECTIVELY = lazy_compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\n))(?:\d{1,2}(?:\.\d{1,2})*\.?[ \t]+)?(?:[^.;:\n()]*?,\s+)?"
    r"(?P<first>(?:[A-Z][\w.'’-]*|and|&|,|[ \t]|\([^()\n]{1,120}\))+?)\s+(?:"
    r"(?:were\s+|was\s+)?(?P<by>substituted|replaced|represented|deputised|deputized)\s+by"
    r"|(?:attended|were\s+present|were\s+in\s+attendance|were\s+attending)\s+as\s+(?:the\s+)?(?:substitutes?|[Dd]eputies)"
    r"\s+(?P<resp>respectively\s+)?(?:for|of)"
    r"|(?:substituted|deputised|deputized|were\s+substituting|were\s+deputising)\s+(?:for|on\s+behalf\s+of)"
    r"|attended\s+(?:in\s+place\s+of|on\s+behalf\s+of))"
    r"\s+(?P<second>(?:[A-Z][\w.'’-]*|and|&|,|[ \t]|\([^()\n]{1,120}\))+?)"
    r"(?(resp)(?=\.?[ \t]*$)|,?\s+respectively\b)", re.M)
