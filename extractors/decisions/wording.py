"""The wording of minutes the decision reader looks for: item headings, decision triggers, the cheap tests
that let most narrative lines through untouched, and page furniture."""
from __future__ import annotations

import re

from ..lazyre import lazy_compile


# --- item headings ---------------------------------------------------------------------------------------

_NUM = (
    r"(?:(?:Minute|Item|Agenda Item|Note)\s+(?:[Nn]o\.?\s*)?(?:[A-Z]?\d{1,4}(?:[./]\s?\d{1,4})*[a-z]?|\(\d{1,3}\))"  # Item 5, Note 01/20, Minute no. 5, Item (1)
    r"|[A-Z]{2,6}\s?\d{1,4}/\d{2}|[A-Z]\s\d{1,4}/\d{2,3}"  # GMCA 96/19, TB56/10, C 65/07, C 08/042
    r"|[A-Z][a-z]?[A-Z][A-Za-z]{0,3}\d{1,4}/\d{2}"  # ExC05/20: a mixed-case reference glued to its number
    r"|[A-Z][A-Za-z]{0,7}(?:/\s?\d{1,4}){2,3}"  # GB/17/41, GBP/2122/214, BOD/19/01, PCCCiC/20/07
    r"|[a-z][A-Z]{1,6}(?:/\d{1,4}){2}"  # tHB/15/140: a Welsh board's reference led by a lower-case letter
    r"|\d{2}-\d{2}/[A-Z]{2,6}/\d{1,3}"  # 23-24/FRA/1: the municipal year, the body's letters, the minute
    r"|\d{2}/\d{1,3}/[A-Z]{2,6}"  # 20/3/HSC: the year, the minute, the body's letters after them
    r"|[A-Z]{1,4}/\d{1,4}(?![/\d])"  # P/142, DC/17: the body's letters, one slash, the minute
    r"|[A-Z]{2,6}\(\d{2}\)\d{1,3}"  # UPB(15)16
    r"|[A-Z]{1,4}\.?\d{1,4}(?:[./]\d{1,4})*"  # E.70/23, HWB15, TB58/10
    r"|\d{1,4}/\d{2,4}"  # 77/21, 291/19
    r"|\d{1,4}/\d(?=\s+[A-Z]{2})"  # 14/1 CHAIR - APPOINTMENT: a one-digit minute only before a title in capitals
    r"|\d{1,3}[a-z](?![\w.])"  # 1a, 1b: a ModernGov item's lettered parts
    r"|\d{1,3}(?:\.\d{1,2}){0,2}\.?"  # 1. 53. 14.1 5.2.
    # 1359 MINUTES …, 14366 POLICE MATTERS: a town council's running minute number (title in capitals), in five
    # figures once the council has kept its count for decades
    r"|\d{4,5}(?=\t|\s+[A-Z][A-Z0-9'’&,\- ]{3,}$)"
    r")"
)
_HEADING = lazy_compile(rf"^(?P<num>{_NUM})(?:\s*[:.)]|\s+/|\s*[–—-](?=\s))?\s+(?P<title>\S.*)$")
# ("027/15 /": a minute's reference with the " / " a page puts between table cells, the title's cell left empty)
_NUM_ONLY = lazy_compile(rf"^(?P<num>{_NUM})\s*(?:[:.]|(?<=\d)\s/)?$")
# a minute's reference that no part of a resolution is numbered by: "027/15", "TB56/10", "GB/17/41"
_REFERENCE_ONLY = lazy_compile(r"^[A-Z]{0,6}/?\d{1,4}/\d{1,4}(?:/\d{1,4})?$")
# "Minutes of the Previous Meeting (12.03.13)", "… (3rd May 2019)": a title may close on the bracketed date of the
# meeting it names
_DATED_BRACKET = lazy_compile(r"\s\((?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                              r"Oct|Nov|Dec)[a-z]{0,6}\.?(?:\s+\d{4})?)\)$")
_NUMBERED_TITLE = lazy_compile(r"^\d{1,3}[.)]\s+(?:/\s+)?[A-Z]")  # "3. Minutes", "3) MINUTES"
_RESOLUTION_START = lazy_compile(r"(?:That|To|The (?:minutes|notes))\b")
_AGENDA_VERB = lazy_compile(r"To\s+(?:receive|confirm|consider|hear|approve|agree|note|accept|elect|co-opt|appoint|adopt|"
                            r"review|discuss|sign|resolve|ratify|authorise|determine|fill)\b")
_PLAIN_NUMBER = lazy_compile(r"^\d{1,3}[.)]?$")
_TRAILING_LINK = lazy_compile(r"\b(?:to|that|and)$")
# "3.2 The Board noted", "(b) The Board noted", "Outcome: The Board approved"
_PARA_NUMBER = lazy_compile(r"^(?:\d{1,2}(?:\.\d{1,2}){0,2}[.)]?|[a-h][.)]|\([a-z0-9]+\)|(?:Outcome|Resolution|Summary|Conclusion)s?\s*:)\s+")
_NARRATIVE_START = lazy_compile(r"(?:It\s+was\s+noted|There\s|To\s)")
# (not after a number: "under section 4.13 (c)", "standing order 7 (b)" cite a clause of a rule)
_INLINE_PART = lazy_compile(r"(?<![\d\s])\s+(?=\((?:[ivx]{1,5}|\d{1,2}|[a-h])\)\s)")
_PART_NUMBER = lazy_compile(r"^\(?(\d{1,2})[.)]")
_NON_WORD = lazy_compile(r"[^a-z0-9]+")
_PART_REF = lazy_compile(r"^\(?(?:[ivxlc]{1,5}|[a-h])[).]?$")
_ROMAN_HEADING = lazy_compile(r"^(?P<num>[IVXL]{1,6})\.?\s+(?P<title>[A-Z][A-Z0-9 ,&'’()/:-]{3,})$"
                              # "III.Approval Of Meeting Agenda": a title in title case, the space after the numeral
                              # lost by an archive's text layer
                              r"|^(?P<rnum>[IVXL]{1,6})\.\s*(?P<ttitle>[A-Z][a-z'’]+(?:[ /][A-Z][a-z'’]+){1,5})$")
# "2.MINUTES OF THE PREVIOUS MEETING": a Word page's number run into its title in capitals (text taken from the page
# drops the tab between them)
# "15.29.Minutes of Meeting 12 May 2015": a minute's sub-number run into a title in ordinary case (a web page's), a
# few words with no full stop
_GLUED_HEADING = lazy_compile(r"^(?P<num>\d{1,2}\.)(?P<title>[A-Z][A-Z0-9 ,&'’()/:-]{3,})$"
                              r"|^(?P<snum>\d{1,3}\.\d{1,3})\.(?P<stitle>[A-Z][a-z][\w'’&,/() -]{2,80})$")
_DATE = lazy_compile(r"^\d{1,2}/\d{1,2}/\d{2,4}\b")
# "4. Approval of the payments (Ref 24/92) – Ref 24/107:": the minute's own reference after the title, no part of it
# (the agenda's bracketed reference stays)
_MINUTE_REF_SUFFIX = lazy_compile(r"\s+[–—-]\s+Ref\.?\s+[\w/.]+\s*:?$")
_FILE_SUFFIX = lazy_compile(r"\s*(?:pdf icon\s*)?PDF\s+\d+(?:\.\d+)?\s*[KM]B\s*$", re.I)
# a title is a heading, not a sentence of the minute ("6.1 The Vice Chair informed the Board that …")
_PROSE = lazy_compile(r"(?i)\b(?:was|were|is|are|had|has|have|be|been|would|will|noted|agreed|approved|welcomed|"
                      r"received|confirmed|reported|informed|asked|explained|presented|resolved|declared|gave|sent)\b")


# "13 OCTOBER 2011" at the head of the minutes: a date, not item 13 ("20 April 2011 at 10.00 - 3.00pm": and its time;
# "30 March 2022, 10:30am, Exempt Minutes": a dated meeting's label, its time after a comma)
_WRITTEN_DATE = lazy_compile(r"^\d{1,2}(?:st|nd|rd|th)?\s+(?:january|february|march|april|may|june|july|august|september|"
                             r"october|november|december)(?:\s+\d{4})?(?:,?\s+(?:(?:at|from)\s+\d|\d{1,2}[:.]\d{2}\s*[ap]\.?m\b).*)?$", re.I)


# "HELD ON 9th APRIL 2013": an ordinal's suffix is written small in a heading in capitals
_ORDINAL_SUFFIX = lazy_compile(r"(?<=\d)(?:st|nd|rd|th)\b")
_DATED_END = lazy_compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|"
                          r"November|December),?\s+(?:19|20)\d\d\.$")


def _item_heading(line: str) -> tuple[str, str] | None:
    if _DATE.match(line) or _WRITTEN_DATE.match(line) or _TRIGGER.match(line) or _TRIGGER.match(_PARA_NUMBER.sub("", line)) \
            or _PART.match(line) and not _NUMBERED_TITLE.match(line):
        return None
    m = _HEADING.match(line)
    roman = None if m else _ROMAN_HEADING.match(line)  # (told apart by name: the patterns are compiled when used)
    if roman and roman.group("rnum"):
        return roman.group("rnum"), roman.group("ttitle")
    glued = None if m or roman else _GLUED_HEADING.match(line)
    if glued and glued.group("snum"):
        return None if _PROSE.search(glued.group("stitle")) else (glued.group("snum"), glued.group("stitle"))
    m = m or roman or glued
    if not m:
        return None
    num, title = m.group("num").strip(), _FILE_SUFFIX.sub("", m.group("title")).strip()
    year = re.fullmatch(r"(?:19|20)(\d\d)/(\d\d)", num)
    if year and int(year.group(2)) == (int(year.group(1)) + 1) % 100:
        return None  # "2017/18 Forward Plan": a financial year opens the title, no minute's number
    title = _MINUTE_REF_SUFFIX.sub("", title) if "Ref" in title else title
    # ModernGov prints a file's size after an item's title ("52 To receive the minutes … pdf icon PDF 150 KB"):
    # a heading, whatever its wording
    has_file = len(title) < len(m.group("title").strip())
    if not title or len(title) > 160 or not (title[0].isupper() or title[0].isdigit() or title[0] in "'\"‘“("):
        return None
    # "ExC05/20 To Receive Unconfirmed Minutes …": a minute reference heads an agenda title, a part number ("4. To
    # approve …") a part of a resolution
    # "3. To Approve the Minutes …": an agenda title in title case, where a part reads "3. To approve the plan"
    # "3. To confirm the minutes of …" (a parish agenda's own wording, left as the minute's heading): an agenda verb
    # after a plain number, no part of a resolution (a part ends ";" and is kept as one inside its block)
    # "Item 1 To agree the minutes of …": the word Item makes the number an item's, so its agenda wording is a title
    # "143) To receive any recommendations of the Sub-Committee:": a running minute number far past any part's
    # keeps its agenda title, though the title ends in a colon over what follows
    agenda_title = title.startswith("To ") and (title[3:4].isupper() or bool(
        _AGENDA_VERB.match(title) and (_PLAIN_NUMBER.match(num) or num.startswith("Item"))
        and (not title.endswith((";", ":")) or num.isdigit() and int(num) > 30)))
    if (not has_file and _RESOLUTION_START.match(title) and not (title.startswith("To ") and ("/" in num or agenda_title))
            or _BODY_VERB.match(title) or _BODY_COLON.match(title) or _IT_WAS.match(title) or _SHORT_VERDICT.match(title)
            or title[:1] in "AFHIOTU" and _opening_then_body_verb(title)):
        return None  # "4. The Board APPROVED the plan." is a numbered decision, not item 4
    words = title.split()
    # 'Item 3 - This should read "… is low."' (a correction listed under the last minutes): the sentence ends inside
    # its closing quote
    # ("Item 2. Network group and letter to MP.": a title after the word Item may close with a full stop; it has
    # no verb, no quotation and no article opening a sentence: 'Item 5 - The second sentence should read "…"')
    titled_item = num.startswith("Item") and not _PROSE.search(title) and not re.search(r"[\"“”]", title) \
        and not title.startswith(("The ", "This ", "A "))
    capitals = _ORDINAL_SUFFIX.sub("", title).isupper()  # "HELD ON 9th APRIL 2013." is a heading in capitals
    # "52 Minutes of the previous Full Board Meeting, 7th January 2019.": a title naming a dated meeting, closed by a
    # full stop, with no verb of its own
    dated = title.endswith(".") and _DATED_END.search(title) is not None and not _PROSE.search(title)
    if not capitals and not agenda_title and ((title.endswith(";") or _ends_sentence(title)) and len(words) >= 6
                                              and not titled_item and not dated
                                              or title.endswith((".", ";", ":")) and _PROSE.search(title)
                                              or len(words) > 9 and _PROSE.search(title)):
        return None  # a numbered paragraph of the minute, not a heading
    return num, title


def _opening_then_body_verb(title: str) -> bool:
    """ "After some discussion, the Board deferred …": the body's verdict behind an opening phrase."""
    core = _OPENING_PHRASE.sub("", title, count=1)
    return core != title and bool(_BODY_VERB.match(core[:1].upper() + core[1:]))


# --- decision triggers -----------------------------------------------------------------------------------

# "CONCLUDED that …" (a select committee's verdict) and "ORDERED that …" are written in capitals only
_VERB = r"RESOLVED|Resolved|resolved|AGREED|Agreed|DECISION|Decision|DECIDED|Decided|RECOMMENDED|Recommended|CONCLUDED|ORDERED"
# a formal trigger at the start of a line or sentence
_TRIGGER = lazy_compile(
    # "Proposed and Resolved that …": a parish council's record of the motion and its passing in one phrase
    r"^(?:\(\d+\)\s*)?(?:(?:Proposed|PROPOSED)(?:,?\s+(?:and\s+)?[Ss]econded)?\s+and\s+(?=R))?(?P<verb>Decision\s*/\s*Action|" + _VERB + r"|NOTED|Noted|APPROVED|Approved|ENDORSED|Endorsed|"
    r"RATIFIED|Ratified|DEFERRED|Deferred|RECEIVED|Received|"
    # the House of Commons' formal minutes: "Resolved, That the Report be …", "Ordered, That the Chairman do …"
    r"Ordered(?=,\s*That\b))"
    r"(?P<sep>\s*(?:/-|:-|:|–|—|-(?=\s|$)|\.(?=\s*$)|,(?=\s*(?:That|THAT|that)\b)|"
    # "Resolved, proposed Cllr A, seconded Cllr B, that …": the mover and seconder before the resolution
    r",(?=\s*proposed\s+(?:by\s+)?[A-Z][^.;]{0,80}?,\s*seconded\b))|\s+(?=(?:that|That|THAT|to|To|the|The|unanimously)\b|\()|"
    # "Approved as an accurate record" under the minutes' item: the verdict with its subject left out
    r"\s+(?=as\s+(?:an?\s+)?(?:accurate|true|correct)\s+record\b)|"
    # "Agreed Clerk should write to …", "Agreed Cllr Lowe to …": the officer or member who acts, with no "that"
    r"\s+(?=(?:Clerk|Chair(?:man)?|Mayor|Treasurer|RFO|Secretary|(?:Cllrs?\.?|Councillors?)\s+[A-Z][\w'’-]*)\s+(?:should|to|would|will)\s)|"
    # "RESOLVED noted that …": a capital RESOLVED over the body's own verb in lower case (Welsh community councils)
    r"(?<=RESOLVED)\s+(?=(?:noted|approved|agreed)\s+that\b)|"
    r"\s*$)"
    r"\s*(?P<rest>.*)$"
)
_BODY = (r"(?:(?:The|the)\s+)?(?:(?:[A-Z][\w&'’-]*|&|of|and)\s+){0,7}?"
         r"(?:Sub-|SUB-)?(?:Board|BOARD|Committee|COMMITTEE|Body|Partnership|IJB|ICB|PSB|Cabinet|Executive|Panel|Forum|Group|"
         r"Council|Authority|GMCA|Members|members|Partners|Trust|"
         # "The committee approved the Minute …": some minutes write the body in lower case
         # ("The group agreed that invites would go out …": a patient group's or forum's minutes, likewise)
         r"(?<=[Tt]he\s)(?:committee|board|group|forum|panel|(?:community|parish|town)\s+council))(?:s|S)?(?:\s+in\s+Common)?"
         # "The Board of Directors ratified …", "The Council of Governors approved …": the body's full name
         r"(?:\s+of\s+(?:Directors|Governors|Trustees|Management))?")
_BODY_VERB = lazy_compile(
    # "Members of the Board noted the update."
    # "We resolved to adopt …": minutes written in the first person plural
    rf"^(?P<body>We|(?:Members\s+of\s+the\s+)?{_BODY})\s+(?:(?:formally|unanimously|also|then|further|duly)\s+)?"
    r"(?:(?:considered|reviewed|discussed|debated|scrutinised|scrutinized)\s+and\s+)?"  # "considered and APPROVED"
    r"(?:(?:was|were)\s+(?:happy|pleased|content|minded)\s+to\s+(?:note|agree|approve|endorse|support|accept)\b|"
    # "The Board RECEIVED the report": the formal capitals record a verdict; "The Board received a presentation
    # from …" in lower case is the narrative of the item
    # ("The Committee Approved the Minute …": some minutes give the verdict a capital, as a heading's words)
    r"(?P<verb>RECEIVED and NOTED|received and noted|RECEIVED|RESOLVED|resolved|AGREED|agreed|APPROVED|approved|NOTED|noted|"
    r"Approved|Agreed|Noted|Endorsed|Ratified|"
    r"ENDORSED|endorsed|RATIFIED|ratified|SUPPORTED|supported|ACCEPTED|accepted|DEFERRED|deferred|DELEGATED|"
    r"delegated|REJECTED|rejected|DECLINED|declined|ADOPTED|adopted|agrees|approves|notes|resolves|"
    r"took\s+note(?=\s+of\b)|TOOK\s+NOTE(?=\s+OF\b))\b|"  # "The Committee took note of the paper."
    # "The Board gave Bylaw No. 12 first, second and third readings": a regional board passing a bylaw by its readings
    r"(?P<readings>gave|GAVE)(?=\s[^.;]{3,200}?\b(?:[Rr]eadings?|READINGS?)\b)|"
    # "The Committee decided to exclude the public …": the body's choice in plain words, with no "RESOLVED"
    r"(?P<decided>DECIDED|decided)(?=\s+(?:to|that|not)\b)|"
    r"(?:did|could)\s+not\s+(?:approve|support|endorse|accept|agree)\b(?!\s+that\b))"
    r"(?P<rest>.*)$"
)
# "Memorandum of Business - Delegations was received by the Board": a paper recorded as received by the body, the
# whole sentence (a noting in the passive)
_RECEIVED_BY_BODY = lazy_compile(rf"^[A-Z][^.;]{{2,160}}?\s(?:was|were)\s+(?:formally\s+)?received\s+by\s+{_BODY}\.?$")
# "The Board adjourned at 12:52pm", "Meeting called to order at 9:30am": the meeting's own time stamp, a line of its
# own even where the lines around it end without a full stop
_TIMED_PROCEDURE = lazy_compile(rf"^(?:{_BODY}|(?:The\s+)?[Mm]eeting)\s+(?:was\s+)?(?:adjourned|recessed|resumed|reconvened|closed|"
                                r"called\s+to\s+order|opened|ended)\b[^.;]{0,40}?\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\.?$")
_BODY_COLON = lazy_compile(rf"^(?P<body>{_BODY})\s*:-?\s*$")
# "The board heard how the plan was being revised, and agreed to …": the body's own verb after a verb of the
# discussion, in one sentence with one subject
_BODY_THEN_VERB = lazy_compile(
    # "The Board resumed consideration of the invitation and agreed, by majority vote, to appoint …" (after a recess)
    rf"^(?:Members\s+of\s+the\s+)?{_BODY}\s+(?:heard|received|considered|discussed|reviewed|debated|resumed\s+(?:its\s+)?consideration|"
    r"(?:was|were)\s+(?:given|updated|briefed))\b[^.;]{0,300}?,?\s+and\s+(?:then\s+|further\s+|also\s+)?"
    r"(?:agreed|approved|resolved|endorsed|AGREED|APPROVED|RESOLVED)\b")
_LETTER = r"(?-i:[a-h]\s+(?=[A-Z]))"
_LETTER_PART = lazy_compile("^" + _LETTER)
# the first part under "The Board:" opens with what the body did ("• noted …", "(a) APPROVED …"); a group label over
# a list of people ("Non-Executive Members:" above "Mrs A Brown (Vice Chair)") decides nothing
_VERB_LED_PART = lazy_compile(
    # ("a Noted the report;": a Scottish committee's lettered part, the letter with no bracket or stop)
    r"^(?:\(?(?:[ivxlc]{1,5}|\d{1,2}|[a-h])[.)]\s*|" + _LETTER + r"|[•·▪◦o\-–]\s+)?(?:(?:formally|unanimously|also|further)\s+)?"
    r"(?:noted|approved|agreed|endorsed|ratified|supported|accepted|received|resolved|deferred|delegated|rejected|"
    r"declined|confirmed|considered|reviewed|discussed|welcomed|requested|asked|adopted|authorised|authorized|"
    r"commended|recommended|instructed|appointed|elected|remitted|referred|note|approve|agree|endorse|ratify|support|accept|"
    r"receive|defer|delegate|reject|confirm|adopt|that|to)\b", re.I)
# "In making decisions on these items, the Committee agreed, …", "The Provost ruled, and the Council agreed, that …" —
# the body after an opening clause
_CLAUSE_BODY_VERB = lazy_compile(rf",\s+(?:and\s+)?(?:{_BODY})\s+(?:unanimously\s+)?(?:agreed|resolved|AGREED|RESOLVED|approved|APPROVED|accepted)\b")
# "As a response, forum members agreed to write …", "Given the comments on the report the PPF executive agreed to send
# …": a body named in lower case (a forum's members, a group's executive) agreeing to act, after an opening clause
# (with no comma only before "the"); "two members agreed" is part of the body, no verdict
_OPENING_CLAUSE_BODY = lazy_compile(
    r"^(?P<clause>(?:Given|As|With|In\s+(?:response|reply)\s+to)\b[^.;]{3,160}?)(?:,\s+|\s+(?=the\s))"
    r"(?:the\s+)?(?:(?:[A-Z]{2,6}|forum|group)\s+)?(?:(?:forum|group|executive|committee|board|panel|partnership)(?:\s+members)?|members)"
    r"\s+(?:then\s+|unanimously\s+)?agreed(?=\s+(?:to\s+[a-z]|that\b))")
# "In March, the Board agreed …", "At its meeting in January, the Committee resolved …": an opening clause that
# dates the decision recalls an earlier meeting (minutes do not date their own decisions)
_DATED_CLAUSE = lazy_compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                             r"(?:19|20)\d\d|last|previous(?:ly)?|earlier|prior|ago)\b")
_INNER_RESOLVED = lazy_compile(r"(?<!was )(?<=[\s,;])(?:RESOLVED|AGREED)(?=\s*(?:[:–—]|-\s|that\b|to\b))")
# "After discussion Members resolved …", "Following consideration the Board agreed …": an opening phrase
# without a comma before the body and its verb
_OPENING_PHRASE = lazy_compile(r"^(?:Thereafter|Arising\s+therefrom),?\s+(?=[Tt]he\s|[A-Z])|^(?:After|Following|Upon|On|Having\s+considered)\s+(?:(?:a|the|further|full|some|its|detailed|"
                               r"brief|lengthy)\s+)*(?:discussion|debate|consideration|questions|deliberation|a\s+vote)\b,?\s+"
                               # "In the absence of Councillor Caan the Chair's Update was deferred."
                               r"|^In\s+the\s+absence\s+of\s+[^,.;]{3,60}?(?:,\s*|\s+(?=[Tt]he\s))")
# a body's verb followed at once by one of these recalls an earlier decision ("Partners agreed in principle last
# year to …"), it records none of this meeting's
_EARLIER = lazy_compile(r"^\s*(?:in\s+principle\s+)?(?:last\s+(?:year|month|week|summer|autumn|winter|spring)|previously|"
                        r"earlier\s+this\s+year|at\s+(?:the|its|their)\s+(?:last|previous|preceding|earlier|prior)\s+meeting|in\s+(?:19|20)\d\d|(?:a|two|three|several|some)\s+(?:years?|months?|weeks?)\s+ago)\b")
# "The Cabinet approved the strategy at its last meeting": a dated meeting after the verb's object recalls that meeting's
# decision too ("at", not "of": "approved the minutes of the last meeting" is this meeting's decision)
_AT_EARLIER_MEETING = lazy_compile(r"\b(?:at|during)\s+(?:the|its|their)\s+(?:last|previous|preceding|earlier|prior)\s+meeting\b")
# "The above apologies were noted.", "The Board noted the apologies.": a sentence taking note of who sent apologies
# records attendance, it decides nothing (a formal "RESOLVED – That apologies be received" is still a resolution)
_APOLOGIES_SUBJECT = lazy_compile(r"^\s*(?:(?:The|the)\s+)?(?:above\s+|following\s+|said\s+)?(?:apologies|APOLOGIES)\b"
                                  r"(?![^.;]*\b(?:and|also)\s+(?:approved|agreed|endorsed|resolved)\b)")
# "Two members noted interests …", "Some Members agreed …": part of the body speaking, not the body deciding
_SUBSET = lazy_compile(r"^(?:Two|Three|Four|Five|Several|Some|Many|Most|Other|Individual|A\s+(?:few|number\s+of))\s+"
                       r"(?:[A-Z]\w+\s+)?(?:members|Members|partners|Partners)\b")
# a Scottish article with no heading: "1. The Executive Group had before it a report …", "2.There was submitted …";
# its number is the item of the decision below it
_ARTICLE = lazy_compile(r"^(?P<num>\d{1,3}\.)\s*(?=[A-Z])(?:With\s+reference\s+to\b[^,]{0,200},\s*)?"
                        r"(?:(?:The|the)\s+[^.]{0,80}?\s+had\s+before\s+(?:it|them)\b|"
                        r"There\s+(?:was|were|had\s+been)\s+(?:submitted|circulated|presented|tabled|considered)\b|"
                        # a community council's numbered list with no item titles: "4. It was agreed to appoint …"
                        r"It\s+was\s+(?:agreed|resolved|decided)\b|"
                        r"The\s+(?:community|parish|town)\s+council\s+(?:considered\s+and\s+)?(?:adopted|approved|agreed)\b)")
# "2. The next agenda item was the reading of the minutes …", "1) The Board received the consent calendar": a
# numbered paragraph of a record whose items carry no titles (not a resolution's "1. That …" part)
_NUMBERED_PARAGRAPH = lazy_compile(r"^(?P<num>(?P<n>\d{1,2})[.)])\s+(?!(?:That|To)\s)(?=[A-Z])(?:\S+\s+){7}")
# "The Board received the consent calendar": in a record numbered by paragraph alone, a paragraph that is only what
# the body received notes it (elsewhere the words open the narrative of an item)
_BODY_RECEIVED = lazy_compile(rf"^{_BODY}\s+received\s+(?:the|a|an)\b")
# "1. There was submitted and noted a report dated …": the Scottish record of a report noted
_SUBMITTED_AND_NOTED = lazy_compile(r"^(?:\d{1,3}\.\s*)?There\s+(?:was|were)\s+(?:submitted|circulated|tabled|presented)"
                                    r"\s+and\s+noted\b")
_IT_WAS = lazy_compile(r"\b[Ii]t\s+was\s+(?:further\s+|also\s+|unanimously\s+|therefore\s+)?(?:resolved|agreed|decided(?=\s+(?:that|to|not)\b)|RESOLVED|AGREED)\b")
# no full stop, but one between digits ("Minutes of meeting held on 20.01.09 were agreed …": a dotted date)
_NO_STOP = r"(?:[^.;]|(?<=\d)\.(?=\d))"
_PASSIVE_RECORD = lazy_compile(
    rf"\b(?:[Mm]inutes?|MINUTES?|[Nn]otes(?=\s+of\b))\b{_NO_STOP}{{0,220}}?\b(?:was|were|(?<!would )(?<!will )(?<!to )(?<!should )"
    r"(?<!could )(?<!may )(?<!must )(?<!can )be)\s+(?:duly\s+|formally\s+|then\s+|therefore\s+|also\s+)?"
    # "Approval of the minutes was proposed, seconded and agreed."
    # "… were received/adopted": two verbs joined by a slash
    r"(?:(?:considered|submitted|received|read|amended|adopted|agreed|proposed|seconded|discussed|reviewed|taken\s+as\s+read)(?:\s+and\s+|,\s+|/))*"
    # "The minute of meeting of this Committee of 1st February was held as read." (a Scottish committee's record)
    r"(?:approved|agreed|confirmed|adopted|accepted|noted|signed|APPROVED|AGREED|NOTED|ratified|endorsed|(?:held|taken)\s+as\s+read|"
    r"received(?=\s+for\s+information\b)|"  # another body's minutes "were received for information"
    # "Subject to this amendment the minutes were received as a true and accurate record": received as the record of
    # the meeting, the minutes are approved
    r"received(?=\s+as\s+(?:an?\s+)?(?:true|correct|accurate)\b))\b"
    # "The minutes of the last meeting agreed as a true record" — the verb without "were"
    rf"|\b(?:[Mm]inutes?|MINUTES?|[Nn]otes(?=\s+of\b))\b{_NO_STOP}{{0,220}}?\s(?<!\bbe\s)(?<!\bbeen\s)(?<!\bto\s)(?:agreed|approved|accepted|confirmed)\s+as\s+an?\s+"
    r"(?:true|correct|accurate)\b"
    # "Minutes of the last meeting agreed and accepted." (a patient group's note of it)
    rf"|\b(?:[Mm]inutes?|MINUTES?)\b{_NO_STOP}{{0,220}}?\s(?<!\bbe\s)(?<!\bbeen\s)(?<!\bto\s)(?:agreed|approved)\s+and\s+"
    r"(?:accepted|signed|approved|agreed)\b"
    # "Minutes of the previous meeting agreed.": the whole sentence is the minutes and the bare verb, no "were"
    rf"|^(?:The\s+)?(?:[Mm]inutes?|MINUTES?)\s+of\s+{_NO_STOP}{{0,120}}?\s(?<!\bbe\s)(?<!\bbeen\s)(?<!\bto\s)(?<!\bwas\s)(?<!\bwere\s)"
    r"(?:agreed|approved|accepted|confirmed)\.?$"
    # "The Chair signed the minutes as a correct record"
    r"|\b(?:signed|confirmed|approved|agreed|accepted)\s+the\s+(?:minutes?|notes)\b[^.;]{0,160}?\bas\s+an?\s+(?:true|correct|accurate)\b"
)
_SHORT_VERDICT = lazy_compile(
    r"^(?:(?:This|These|They)\s+(?:was|were)\s+confirmed\.?$)|^(?:(?:These|This|They|All\s+(?:the\s+)?recommendations|(?:The\s+)?[Rr]ecommendations?(?:\s+\d+)?|(?:The\s+)?[Mm]inutes|"
    r"(?:The\s+)?[Cc]ontents)"  # "Contents noted." under a letter read out
    r"(?:\s+\w+){0,3}?\s+(?:was|were)?\s*"
    # "The report was noted.", "The revised terms of reference were approved.", "The accounts for 2008/09 were
    # approved." — the verdict ends the sentence
    r"|(?:The|These|This|Both|All)(?:\s+(?!that\b|said\b|reported\b|explained\b|advised\b|stated\b)[\w'’&/-]+){1,14}?"
    r"\s+(?:was|were)\s+(?:duly\s+|formally\s+|unanimously\s+)?"
    r"(?:received\s+and\s+|considered\s+and\s+)?)"
    r"(?:agreed|approved|noted|accepted|endorsed|ratified|deferred|adopted|supported|APPROVED|NOTED|AGREED)"
    r"(?:\s+and\s+(?:accepted|agreed|approved|adopted|signed))?"  # "The report was noted and accepted"
    # "… were approved subject to the changes below.", "… was deferred to the next meeting.", "… noted and accepted
    # with the following comments:", a planning application "noted and no objection was raised"
    r"(?:\s+(?:as\s+(?:set\s+out|presented|circulated|amended|drafted|proposed|tabled)|subject\s+to|with\s+(?:the\s+)?"
    r"(?:following\s+(?:\w+\s+)?)?(?:amendments?|changes?|additions?|comments?|observations?)|(?:to|until|for)\b[^.;]{0,80}\bmeeting\b|"
    r"and\s+no\s+(?:objections?|comments?|observations?)\s+(?:was|were)\s+(?:raised|made|offered))[^.;]{0,150})?[.:]?$"
)
# "A proposed action plan was tabled and amendments to it were agreed.", "The draft budget was presented and approved.":
# a paper put before the meeting and the meeting's verdict on it (or on changes to it) in one sentence; a verdict
# given elsewhere ("… and approved by the Cabinet in March") is told, not taken, so only a verdict with its own
# conditions or the meeting as its agent closes the sentence
_TABLED_THEN_AGREED = lazy_compile(
    r"^(?:A|An|The|This|These)\s[^.;]{1,120}?\s(?:was|were)\s+(?:tabled|presented|circulated|submitted|discussed|considered|reviewed)"
    r"\s+and\s+(?:(?:the\s+|some\s+|minor\s+|several\s+)?(?:amendments?|changes?|revisions?|alterations?)\s+(?:to|in)\s+[^.;]{1,120}?\s+"
    r"(?:was|were)\s+)?(?:duly\s+|unanimously\s+)?(?:agreed|approved|adopted|accepted|endorsed)"
    r"(?:\s+(?:subject\s+to|with|as\s+(?:amended|presented|circulated|tabled))\b[^.;]{0,150}|"
    r"\s+by\s+(?:the\s+)?(?:group|meeting|members|forum|all\s+present|those\s+present))?\.?$")
# "All expenditure approved accordingly, subject to …", "All payments agreed.": a small council's note of its verdict
# on what it has just listed, the verb with no "was" or "were" (the whole sentence is the verdict); "All present
# agreed." names who agreed, not what: a verdict only after a motion (_MOTION_VERDICT)
_VERBLESS_VERDICT = lazy_compile(r"^All\s+(?!(?:present|members|councillors|those|attendees|governors|trustees)\b)(?:[a-z][\w'’-]*\s+){1,3}?(?:approved|agreed|accepted|adopted|ratified|endorsed)"
                                 r"(?:\s+accordingly)?(?:,?\s+subject\s+to\b[^;]{1,200}?)?\.?$")
# "… were approved as a correct record subject to the following amendments:" (or "… amendments." over lettered
# paragraphs) — the list after it is the amendments (corrections to the old minutes), not this meeting's decision
_AMENDMENT_LIST = lazy_compile(r"\bthe\s+following\s+(?:[\w,]+\s+){0,3}?(?:amendments?|corrections?|changes?|alterations?|comments?|observations?)"
                               r"\s*[:.]?-?\s*$", re.I)
# "49 (9) DOMICILIARY CARE – The Director submitted …", "3) Minutes – it was RESOLVED …": the minute's number (and
# the agenda's), a short title and, after a dash, the minute itself on the same line
_INLINE_TITLE = lazy_compile(r"^(?P<num>\d{1,3})[.)]?(?:\s+\(\d{1,3}\))?\s+(?P<title>[A-Z][^–—:;.]{1,60}?)\s+[–—]\s+(?P<rest>\S.{20,})$")
_SUB_PARAGRAPH = lazy_compile(r"^\d{1,3}\.\d{1,2}\.?$")


# the words a short title keeps in lower case, and the words that open a minute's sentence rather than a title
# "- To Approve the Minutes of the Meeting held on 3 March": an agenda's item led by a dash, its verb in title case as
# a title's is ("- To approve the plan;" in lower case is a part of a resolution)
_DASH_AGENDA_TITLE = lazy_compile(r"^[-–•]\s+(?P<title>To\s+[A-Z][a-z]+\b[^.;:]{3,150})$")
_TITLE_LINKS = {"of", "and", "the", "for", "to", "&", "on", "in", "a", "an", "at", "with"}
_SENTENCE_OPENERS = {"The", "A", "An", "This", "These", "It", "There", "Members", "Councillors", "Councillor", "Cllr",
                     "Cllr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Dr", "Dr.", "All", "No", "Following", "After"}


def _agenda_title_then_minute(text: str) -> tuple[str, str] | None:
    """ "To receive and accept apologies for absence Apologies were received …": the agenda's own wording run into
    the minute with no stop between. The minute opens at the first capitalised word followed by a lower-case word
    no title keeps ("… to the Parish Council Two residents had …"), or after a full stop ("… as Minutes. Amendment
    …"); a month before its year ("on 3rd October 2019") opens nothing."""
    words = text.split()
    if len(words) < 4 or words[0] != "To" or not words[1][:1].islower():
        return None
    for i in range(2, len(words) - 1):
        w, prev, nxt = words[i], words[i - 1], words[i + 1]
        stop = prev.endswith(".") and (len(prev) > 5 or prev[:1].islower())  # "Minutes." ends it, "Cllr." does not
        if w[:1].isupper() and (stop or nxt[:1].islower() and nxt not in _TITLE_LINKS):
            title, rest = " ".join(words[:i]).rstrip("."), " ".join(words[i:])
            return (title, rest) if len(rest) > 20 else None
    return None


def _run_in_title(text: str) -> tuple[str, str] | None:
    """A short title run into the minute's first sentence after a minute reference: "Finance Bank statements were
    circulated. …" -> ("Finance", "Bank statements were …"), "Clerk's Update The Clerk reported …" -> ("Clerk's
    Update", "The Clerk reported …"), "Planning Application 14 – single storey …" -> ("Planning Application 14",
    "single storey …"). The sentence opens at the last capitalised word before the first lower-case word that no
    title keeps (or at an article or a person's style in that run); ("", text) where no title stands before it."""
    words = text.split()
    if len(words) < 8 or not _PROSE.search(text):
        return None
    for i, w in enumerate(words):
        if ":" in w:
            return None  # "314/18 : Quality Report : Complaints - …": a list of references back, no item
        if w in ("–", "—", "-"):
            return (" ".join(words[:i]), " ".join(words[i + 1:])) if 0 < i <= 6 else ("", text)
        if w[:1].islower() and w not in _TITLE_LINKS:
            break
    else:
        return None
    openers = [j for j in range(1, i) if words[j] in _SENTENCE_OPENERS]
    k = openers[-1] if openers else i - 1
    if not 1 <= k <= 6 or words[0] in _SENTENCE_OPENERS or words[k - 1] in _TITLE_LINKS:
        return "", text
    return " ".join(words[:k]), " ".join(words[k:])


# "3666 Appointment of Chairman RESOLVED that …": a short title run into the capital resolution on the heading's line
_TITLE_THEN_VERB = lazy_compile(r"^(?P<title>[A-Z][^.:;–—]{1,60}?)\s+(?P<rest>(?:RESOLVED|AGREED|DECIDED)(?:\s|:).*)$")
# "L14/81 / Minutes of the Meeting held on 1 July 2014– were signed …": a minute reference, the title and its verdict
# run on after a dash, the title's subject left out of the verdict
_TITLE_DASH_VERDICT = lazy_compile(r"^(?P<title>[A-Z][^.;:–—]{2,100}?)\s*(?:[–—]|\s-)\s*(?:was|were)\s+(?:duly\s+)?"
                                   r"(?:signed|approved|agreed|accepted|confirmed|adopted|noted)\b")
# "… be appointed Vice Chairman for" / "2016/17.": a financial year wrapped onto its own line, no minute number
_YEAR_SPAN = lazy_compile(r"^(?:19|20)\d\d/(?:\d\d|(?:19|20)\d\d)\.?$")
# a part numbered after the first cannot open a resolution on its own
_LATER_PART = lazy_compile(r"^\((?![i1a]\))[^)]{1,5}\)")
# "Councillor A was appointed Chairman of the Network …": an appointment recorded with no decision verb
_APPOINTED = lazy_compile(
    # ("Councillor J Marsh was duly elected as Town Mayor": a member named by an initial and surname)
    r"^(?:(?:Councillor|Cllr\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Professor|Prof\.?)\s+)?(?:[A-Z]\.?\s+){0,2}[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
    # "Councillor A Bee, Northtown Borough Council was elected as Chair": the member's body after a comma
    r"(?:,\s+[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of|and|&)){0,6},?)?"
    # "… was declared as Deputy Town Mayor": the only nominee declared to the office
    r"\s+(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:re-?)?(?:appointed|elected|declared)\s+(?:as\s+)?(?:the\s+)?"
    # "… was elected to the role of Vice Chair"
    r"(?:to\s+the\s+(?:role|post|position|office)\s+of\s+(?:the\s+)?)?"
    r"(?:Chair|Chairman|Chairperson|Chairwoman|Vice[- ]Chair\w*|Deputy\s+Chair\w*"
    r"|(?:Deputy\s+)?(?:Town\s+|City\s+)?Mayor)\b")
# "Mrs A was duly proposed and seconded and on being put to the vote was duly elected to the Council", "On a motion by
# B the following members were unanimously elected: …": an election recorded with its motion or its verdict, no
# decision verb ("who was elected in May" recalls one; "As there were no other nominations, A was duly elected" is the
# narrative before the formal resolution)
_ELECTION_RECORD = lazy_compile(r"\b(?:proposed|seconded|motion|vote)\b[^.;]{0,200}?(?<!who )(?<!which )\b(?:was|were)\s+"
                                r"(?:duly\s+|unanimously\s+)?(?:re-?)?(?:elected|co-opted)\b")
# "Mr Ann Lee was proposed and agreed to represent the group at CCG meetings": a member put forward for a seat who
# took it (a patient group's minutes, with no election or vote), the group's appointment
_NOMINEE_AGREED = lazy_compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+"
                               r"was\s+(?:duly\s+)?(?:proposed|nominated)(?:\s+and\s+seconded)?,?\s+and\s+agreed\s+"
                               r"to\s+(?:represent|act\s+as|serve\s+(?:as|on))\b")
# ModernGov's issue-history page names the meeting and the item's number above the item's title ("Meeting:
# 15/05/2019 - Council (Item 15.)"); its published-decisions list opens each entry with the date, the title and a
# reference ("10/03/2020 - Minutes ref: 303    Recommendations Approved")
_ISSUE_MEETING = lazy_compile(r"^Meeting:\s*\d{1,2}/\d{1,2}/\d{2,4}\s+-\s+.+\(Item\s+(?P<num>\d{1,4}[a-z]?\.?)\)$")
# "The Council voted unanimously … to make the resolution below.": the resolution is written below, this announces it
_RESOLUTION_BELOW = lazy_compile(r"\bthe\s+(?:following\s+resolutions?|resolutions?\s+(?:set\s+out\s+)?below)\s*\.?$")
# a ModernGov page given to one item or decision names its kind first, then the item's title on the next line
_ITEM_PAGE_HEADING = lazy_compile(r"^(?:Decision details|Issue - meetings|Issue - decisions|Issue details|Agenda item)$")
_DECISION_ENTRY = lazy_compile(r"^\d{1,2}/\d{1,2}/\d{4}\s+-\s+(?P<title>\S.*?)\s+ref:\s*\d+\b")
# "Delegated decisions:" on its own line: the resolution's parts follow
_DECISION_LABEL = lazy_compile(r"^(?:(?:Delegated|Key|Executive|Cabinet)\s+)?(?:decisions?|resolutions?)"
                               r"(?:\s+(?:taken|made))?\s*:-?$", re.I)
# (a comma may follow "That" before a clause of authority: "That, in accordance with Section 100A(4) …, the press
# and public be excluded")
# ("a.    That Councillor A be appointed to …": a part lettered with a stop; "THAT the report be noted": in capitals;
# "(a) subject to …, the work programme be approved;": a first part in lower case with no "That", its verb in the
# subjunctive, where the page lost the "RESOLVED" above it)
_BARE_THAT = lazy_compile(r"^(?:(?:\d{1,2}[.)]\s+|\((?:[ivx]{1,5}|\d{1,2}|[a-h])\)\s*|[a-h]\.\s+)?(?:That|THAT),?|(?:\d{1,2}[.)]\s+|\((?:[ivx]{1,5}|\d{1,2}|[a-h])\)\s*)that)\s.*\b(?:be|is|are)\s+(?:\w+ed|given|made|taken|held|brought|sent|set|"
                          r"welcomed|noted|received|thanked)\b"
                          r"|^\((?:a|i|1)\)\s+(?=[a-z])(?!(?:that|to|in|on|at|for|with|the)\s)[^.;]{0,250}?\s(?:be|are)\s+(?:approved|noted|agreed|endorsed|adopted|"
                          r"appointed|received|accepted|deferred|referred|delegated|authorised|requested)\b[^.]*[;.]$")
# "Cllr A Bee declared an other interest as …", "Dr C Dee declared a non-pecuniary interest in item 6": a member's
# declaration, recorded under an item as a decision would be, decides nothing
_DECLARED_INTEREST = lazy_compile(r"^(?:[A-Z][\w.'’-]*\s+){1,5}declared\s+(?:an?\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}?interests?\b")
# what a "Decision:" block or a passive sentence can hold without deciding anything
# (and a preamble that points to the decisions below: "… considered the matters … and agreed as set out below")
_NOT_A_DECISION = lazy_compile(r"^(?:Apologies|There\s+(?:was|were)\s+(?:no|none)|There was none|No\s+(?:declarations?|apologies|"
                               r"questions|interests?)|None\b|Nil\b|.*\b(?:agreed|decided|resolved)\s+as\s+(?:set\s+out|recorded)"
                               r"\s+below\b)", re.I)
_RECOMMENDATION = lazy_compile(r"recommend|to consider|asked to", re.I)
# a sentence recording a motion before the verdict on it: who moved and seconded it and how the vote went
# "Motion by A …", "Motion moved by A …": who moved a motion, named before what it does
# "A motion was made by A and seconded by B to …", "Moved by member A, supported by member B, to …"
_MOTION_BY = r"(?:(?:A\s+)?[Mm]otion\s+(?:was\s+)?(?:made\s+|moved\s+)?|Moved\s+|MOVED\s+)by\b"
_MOTION_RECORD = lazy_compile(
    r"^(?:[a-h]\)\s+)?(?:(?:It\s+was\s+)?(?:[Pp]roposed|PROPOSED)\b|Seconded\b|" + _MOTION_BY + r"|A\s+(?:recorded\s+|named\s+)?vote\s+was\s+taken\b|"
    # "Bill Lee moved to raise the rate …", "Councilmember Ruiz MOVED to go into …": the mover named first
    r"(?:(?:Cllrs?\.?|Councillors?|Councilmember|Commissioner|Mr|Mrs|Ms|Dr)\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+"
    r"(?:formally\s+)?(?:proposed|seconded|moved\s+(?=to\s|that\s)|MOVED\s+(?=to\s|that\s))|"
    # "A proposal was raised to reply … by Cllr A.", "Approval of the minutes … was proposed by A and seconded by B.":
    # the motion told in the passive, its mover after "by"
    r"A\s+(?:formal\s+)?proposal\s+was\s+(?:made|raised|put)\b|[A-Z][^.;]{0,200}?\s(?:was|were)\s+(?:then\s+|duly\s+)?proposed\s+by\b)")
# the plain verdict after a motion's record ("Cllr A proposed B as Secretary, seconded by C. All present agreed.",
# "… was proposed by A and seconded by B. This was approved as such.", "… that Cllr C be elected Vice Chairman. Cllr C
# was duly elected unanimously."): a decision only with the motion before it, which it joins (alone, "All agreed."
# could follow any remark)
_MOTION_VERDICT = lazy_compile(
    r"^(?:All(?:\s+(?:those\s+)?(?:present|members(?:\s+present)?|councillors(?:\s+present)?))?\s+(?:agreed|were\s+in\s+favou?r)"
    r"|(?:Agreed|Approved|Carried)\s+by\s+all"
    r"|(?:This|It|The\s+(?:motion|proposal))\s+was\s+(?:duly\s+|unanimously\s+)?(?:agreed|approved|carried|accepted)(?:\s+as\s+such)?"
    r"|(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+was\s+(?:duly\s+)?(?:unanimously\s+)?"
    r"(?:re-?)?elected(?:\s+unanimously)?"
    r")(?:\s+unanimously)?\.?$", re.I)
# "It was PROPOSED by MR A and SECONDED by MR B and UNANIMOUSLY RESOLVED that …", "It was proposed by Cllr A, seconded
# by Mr B and agreed that …": a drainage board's (or small body's) one-sentence record of a motion and its passing; the
# mover and seconder lead the decision they carried
# ("It was proposed by Cllr A and resolved, to invite …": a parish council's record may name no seconder)
_PROPOSED_THEN_RESOLVED = lazy_compile(
    r"^It\s+was\s+(?:PROPOSED|[Pp]roposed)\s+by\s+[^;]{1,120}?(?:,?\s+(?:and\s+)?(?:SECONDED|[Ss]econded)\s+by\s+[^;]{1,120}?)?"
    r"\s+and\s+(?:(?:UNANIMOUSLY|[Uu]nanimously)\s+)?(?:RESOLVED|[Rr]esolved|AGREED|[Aa]greed),?\s+(?:that|to)\b")
# "Cllr A proposed an amendment that …, this was seconded by Cllr B put to the vote and lost.": a motion or amendment
# that fell on the vote (the verdict closes the sentence that moved it); a carried one is followed by its resolution
_LOST_ON_VOTE = r"\bput\s+to\s+(?:the\s+)?vote\s+and\s+(?:was\s+)?(?:lost|defeated|fell|not\s+carried)\b"
_PUT_TO_VOTE_LOST = lazy_compile(_LOST_ON_VOTE)
# "RESOLVED that this be noted." after a declaration: a resolution about the sentence before it, which says what
# "this" is (each one a decision of its own, though their words repeat)
_REFERS_BACK = lazy_compile(r"\b(?:that|That)\s+(?:this|it|these|the\s+same)\s+be\b")
# a motion written as moved and seconded, what it does after "to", its vote on the lines below it ("A motion was made
# by A and seconded by B to approve the agenda." / "Ayes: …" / "Nays: None."; "Moved by member A, supported by
# member B, to approve …" / … / "Motion Carried")
_MOTION_MADE = lazy_compile(r"^" + _MOTION_BY + r"\s[^;]{1,160}?\bto\s+[a-z]")
_VOTE_TALLY = lazy_compile(r"^(?:Vote\s+was\s+as\s+follows|Roll\s+call(?:\s+vote)?|Ayes?|Yeas?|Nays?|Noes|Absent|"
                           r"Abstain(?:ed|ing|s)?|Abstentions?)\s*[:.]", re.I)
_NONE_AGAINST = lazy_compile(r"^(?:Nays?|Noes)\s*:\s*(?:None|0|Nil)\b", re.I)
# a line putting a name forward for an office ("Cllr A was nominated by Cllr B", "Proposed Cllr A, seconded Cllr B,
# that Cllr C be elected Chairman"), whose verdict may follow on a line of its own
_NOMINATION = lazy_compile(r"\bnominated\s+(?:by|as)\b|\b(?:proposed|seconded)\b[^;]{0,200}?\bbe\s+(?:re-?)?elected\b", re.I)
# a person's name with an optional style: "Cllr A Bee", "Matt Dale", "Mrs J. Orton"
_STYLED_NAME = r"(?:(?:Cllrs?|Councillor|CC|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
# "Cllr A proposed Cllr B as Chairman, seconded by Cllr C.", "Matt Dale proposes Sam Lowe as Treasurer and Jo Minto
# seconds.": a nomination to a named office with its seconder and no verdict; an election where no resolution follows
# in its item (decided by the caller)
_UNVERDICTED_NOMINATION = lazy_compile(
    rf"^{_STYLED_NAME}\s+(?:proposed|proposes|nominated|nominates)\s+{_STYLED_NAME}\s+(?:as|for)\s+(?:the\s+)?"
    r"(?:(?:post|role|position|office)\s+of\s+(?:the\s+)?)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|the)){0,4}"
    rf"(?:\s+for\s+[^,.;]{{2,40}}?)?(?:,\s*|\s+and\s+(?:was\s+)?)(?:seconded\s+by\s+{_STYLED_NAME}|{_STYLED_NAME}\s+second(?:s|ed))\s*\.?$")
# "As there were no further nominations, Cllr B was duly elected …": the election is told before (or instead of) the
# resolution that records it
_NO_OTHER_NOMINATIONS = lazy_compile(r"(?:As\s+there\s+were|There\s+being)\s+no\s+(?:other|further)\s+nominations,?\s+(?=[A-Z])")
_MOTION_PASSED = lazy_compile(r"^(?:The\s+)?(?:motion\s+)?(?:was\s+)?(?:carried|passed)\b", re.I)
# "A vote was taken on the amendment, which was not carried.", "The vote on the recommendation was then taken, and
# carried by 22 votes to one", "Motion Passed.": the verdict of a vote (the motion's record is the sentences before it)
_VOTE_RESULT = lazy_compile(r"^(?:(?:A|The)\s+(?:recorded\s+|named\s+)?vote\b[^.;]{0,160}?\b(?:not\s+carried|carried|lost|defeated)\b|"
                            r"(?:The\s+)?(?:[Mm]otion|MOTION)\s+(?:was\s+)?(?:[Pp]assed|PASSED|[Cc]arried|CARRIED)\b|"
                            # "4-0 votes in favor.": a board's tally for the motion just moved and seconded
                            r"\d{1,2}\s*[-–]\s*\d{1,2}\s+votes?\s+in\s+favou?r\b)")
# "Cllr B seconded the donation, which was agreed by all.": a seconded motion and its passing in one sentence
_SECONDED_CARRIED = lazy_compile(r"\b(?:seconded|SECONDED)\b[^.;]{0,160}?,?\s+(?:which|and\s+(?:this|it))\s+was\s+(?:then\s+|duly\s+|unanimously\s+)?"
                                 r"(?:agreed|carried|approved|CARRIED|AGREED)\b"
                                 # "B SECONDED the motion, which CARRIED UNANIMOUSLY (7-0)."
                                 r"|\b(?:seconded|SECONDED)\s+the\s+motion,?\s+which\s+(?:carried|CARRIED|passed|PASSED)\b"
                                 # "…, seconded by Cllr B and passed with a unanimous vote.", "… this was seconded by Cllr
                                 # B and agreed by majority vote …", "Proposed by Cllr A … seconded by Cllr B unanimously
                                 # approved.": the seconder, then the verdict with no "which was"
                                 # ("seconded by C. Cuckson and unanimously agreed": a seconder's initial keeps its stop)
                                 r"|\b(?:seconded|Seconded)\s+by\s+(?:[^.;]|(?<=\b[A-Z])\.){1,80}?\s(?:and\s+(?:was\s+)?(?:then\s+)?|(?=unanimously\s))"
                                 r"(?:unanimously\s+|duly\s+)?(?:agreed|carried|approved|passed)\b"
                                 # "Mrs A proposed and Mr B seconded payment of this subscription and the meeting
                                 # unanimously agreed.": the verdict given by the meeting after what was moved
                                 r"|\b(?:seconded|SECONDED)\b[^.;]{0,160}?\s+and\s+the\s+(?:meeting|council|committee|group|board)\s+"
                                 r"(?:then\s+)?(?:unanimously\s+)?(?:agreed|approved|resolved)\b"
                                 # "B seconded. 4-0 votes in favor.": the tally after the seconder
                                 r"|\bseconded\.\s+\d{1,2}\s*[-–]\s*\d{1,2}\s+votes?\s+in\s+favou?r\b"
                                 # "A proposed and B seconded all in favour of …": the vote said with the motion
                                 r"|\bseconded,?\s+(?:with\s+)?all\s+in\s+favour\b"
                                 # "…, seconded by Cllr B and all those at the meeting were in favour.", "Cllr B seconded
                                 # this and all Cllrs were in favour.": the vote told as who was in favour
                                 r"|\b(?:seconded|SECONDED)\b[^.;]{0,80}?\s+and\s+all\s+(?:[\w']+\s+){0,5}?(?:were\s+)?in\s+favou?r\b")
# "13-12-01 approved" under "Minutes": the minutes of the meeting of that date approved, in two words
# "It was duly approved by the Committee and signed …", "They were adopted by the Trustees.": a passive verdict whose
# agent is the body (a small body's minutes often record a policy or report this way, its subject a pronoun)
# ("– These have been agreed by the group for publishing.": a patient group's note of it, after a dash)
_APPROVED_BY_BODY = lazy_compile(rf"^(?:[–—-]\s+)?(?:It|This|These|They)\s+(?:was|were|ha(?:s|ve)\s+been)\s+(?:duly\s+|formally\s+|unanimously\s+)?"
                                 rf"(?:approved|agreed|adopted|accepted|endorsed|ratified)\s+by\s+{_BODY}\b")
# "Minutes of the last meeting were reviewed and commented on & accepted by the group.", "These have been agreed by the
# group for publishing.": a verdict given by the meeting itself, named as those present or the group (a named body as
# the agent may be another body, or an earlier meeting; "… were duly elected by those present" is left to the
# election rules, whose items a patient group's doubled list numbers confuse)
_AGREED_BY_THOSE_PRESENT = lazy_compile(
    r"\b(?:(?:was|were|ha(?:s|ve)\s+been)\s+)?(?:duly\s+|unanimously\s+|then\s+)?(?:agreed|accepted|approved|adopted|endorsed)\s+"
    r"by\s+(?:the\s+(?:whole\s+)?(?:group|meeting|members|forum)|(?:all\s+)?those\s+(?:present|attending)|all\s+(?:present|members))\b"
    r"(?![^.;]*\b(?:last|previous|earlier)\s+meeting\b)")
_DATED_RECORD = lazy_compile(r"^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\s+(?:approved|agreed|confirmed|adopted)(?:\s+and\s+signed)?\.?$", re.I)
# how the minutes close a motion's record: its vote ("Unanimously agreed", "CARRIED", "All in favour")
_VOTE_TAIL = lazy_compile(r"\b(?:[Uu]nanimously\s+(?:agreed|carried|approved|resolved)|(?:CARRIED|[Cc]arried)(?:\s+unanimously)?|"
                          r"[Aa]ll\s+in\s+favour|[Aa]greed\s+by\s+all)\.?\s*$")
# "The Mayor will move that the minutes be signed …", "Members are asked to approve …": what is to be proposed
_PROPOSAL = lazy_compile(r"\b(?:will|shall)\s+(?:move|propose)\s+that\b|\b(?:is|are|will\s+be)\s+(?:asked|invited|recommended)\s+to\b")
# "Evidence to the committee: Agreed; a submission to be made" — a verdict after the subject
_INLINE_VERDICT = lazy_compile(r"^[^:]{3,120}:\s*(?:Agreed|AGREED|Noted|NOTED|Approved|APPROVED)\s*[;:.,–-]")
_PART = lazy_compile(r"^(?:\(?(?:[ivxlc]{1,5}|\d{1,2}|[a-h])\)\s*|\([A-H]\)\s*|\d{1,2}\.\s+|[a-h]\.\s+|[•·▪◦o\-–]\s+|(?:That|that|To|to)\s)")
_STOP = lazy_compile(
    r"^(?:Minutes|Supporting documents|Additional documents|Reasons? for (?:the )?decisions?|Purpose|"
    r"Report author|Publication date|Date of decision|Decided at meeting|Decision Maker|Decision status|"
    r"Alternative options considered|Accompanying Documents|Action|ACTION|Actions|Lead|Enclosure)\b[^.]{0,40}:"
)
# what follows these labels explains a decision (or the options set aside); only a formal trigger opens one there
_REASONS = lazy_compile(r"^(?:Reasons?\s+for\s+(?:the\s+|making\s+the\s+)?decisions?|(?:Any\s+)?alternative\s+options\s+considered)\b", re.I)
_TABLE_DECISION_HEADER = lazy_compile(r"^(?:decisions?|outcome|resolution|decision\s*/\s*action|decision taken|agreed)\s*:?$", re.I)
# an action log's header row: an action column beside who does it, by when or its status; its rows are actions
# carried between meetings, not this meeting's decisions
_ACTION_LOG_ACTION_HEADER = lazy_compile(r"^(?:actions?|action\s+(?:required|agreed|points?)|agreed\s+actions?)$", re.I)
_ACTION_LOG_OTHER_HEADER = lazy_compile(r"^(?:owner|lead|lead\s+officer|responsible|responsibility|by\s+whom|who|status|rag|"
                                        r"due|due\s+date|deadline|by\s+when|when|target\s+date|timescale|update)$", re.I)
_TABLE_ITEM_HEADER = lazy_compile(r"^(?:item|item no\.?|no\.?|ref\.?|minute|minute no\.?|agenda item)$", re.I)
_TABLE_TITLE_HEADER = lazy_compile(r"^(?:description|title|subject|item|report|paper)$", re.I)
# a cheap test that a line may hold a decision at all (most lines of minutes are narrative)
_MAYBE_WORDS = ("resolv", "agree", "decision", "decid", "note", "noting", "approv", "minute", "that", "endors", "ratif",
                "defer", "accept", "support", "record", "recommend", "reject", "declin", "delegat", "receiv",
                "appoint", "elected", "declared as", "second", "conclud", "ordered", "confirm", "adopted", "carried", "passed",
                "in favo",  # "4-0 votes in favor."
                "reading")  # a bylaw "given first, second and third readings"


def _maybe_decision(line: str) -> bool:
    low = line.lower()
    return line.rstrip().endswith((":", ":-")) or any(w in low for w in _MAYBE_WORDS)


_ROMAN_GLUED = lazy_compile(r"^[IVXL]{1,6}\.[A-Z]")  # "III.Approval"


def _heading_candidate(line: str) -> bool:
    """Cheap pre-test for an item heading: its first word carries a number, or is Item / Minute / a roman numeral."""
    toks = line.split(" ", 2)
    tok = toks[0]
    return any(c.isdigit() for c in tok) or tok in ("Item", "Minute", "Agenda", "Note") or bool(_ROMAN_GLUED.match(tok)) or (
        tok.isupper() and (set(tok.rstrip(".")) <= set("IVXL") or len(toks) > 1 and any(c.isdigit() for c in toks[1])))

_PAGE_FURNITURE = lazy_compile(r"^(?:-\s*)?page\s+\d+(?:\s+of\s+\d+)?(?:\s*-)?$", re.I)
# a page's first or last line naming its page ("Trust Board 04.11.2015 Minutes - Final   Page 1") is a running
# header or footer, even where the document is too short for the text layer to have found it repeated
_PAGE_REF = lazy_compile(r"\bpage\s+\d+(?:\s+of\s+\d+)?\s*$|^\s*page\s+\d+(?:\s+of\s+\d+)?\b", re.I)
# "Minute 7 – Feedback on spending" under "Matters arising" names the earlier minute, it opens no item
_MATTERS_ARISING = lazy_compile(r"\bmatters\s+arising\b", re.I)
# (a sentence may end inside its closing quote: "… to read 'Cllr. A to obtain quotations.' Proposed and Resolved …")
# (a list's number after a colon or comma ends no sentence: "… elected: 1. A Bee, 2. C Dee")
# (a title's or an initial's full stop ends no sentence: "AGREED that Mrs. A. Pike CC be elected …", "on the E.P. Lee
# Drain", "Cllr A. Lee proposed", "seconded by C. Cuckson", "S. Farrow proposed …" opening a sentence; a lone capital
# may: "… at Appendix A. The Board noted …")
_SENTENCE_END = lazy_compile(r"(?:(?<=[.!?])(?<![:,] \d\.)(?<![:,] \d\d\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bCllr\.)"
                             r"(?<![A-Z]\.[A-Z]\.)(?<![A-Z]\. [A-Z]\.)(?<!Cllr [A-Z]\.)(?<!Mr [A-Z]\.)(?<!Mrs [A-Z]\.)(?<!Ms [A-Z]\.)"
                             r"(?<!Dr [A-Z]\.)(?<!Councillor [A-Z]\.)(?<!Mr\. [A-Z]\.)(?<!Mrs\. [A-Z]\.)(?<!Ms\. [A-Z]\.)(?<!Dr\. [A-Z]\.)"
                             r"(?<!Cllr\. [A-Z]\.)(?<!\bby [A-Z]\.)(?<!^[A-Z]\.)(?<![.:] [A-Z]\.)|(?<=[.!?]['’\"”]))\s+(?=[A-Z(‘'\"“])")
# what every _SENTENCE_END needs, found by a fast scan (a pattern led by a lookbehind is tried at every position)
_STOP_THEN_SPACE = lazy_compile(r"[.!?]['’\"”]?\s")


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", '."', ".'", ".”", ".’"))
