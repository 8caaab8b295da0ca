"""What a decision does to its subject: ``decision_kind``, the one place for that rule."""
from __future__ import annotations

import re

from ..lazyre import lazy_compile
from .wording import _BODY, _LOST_ON_VOTE, _MOTION_BY, _PROPOSED_THEN_RESOLVED, _UNVERDICTED_NOMINATION, _VERB


# --- kinds -----------------------------------------------------------------------------------------------

_KIND_RULES = (
    ("rejected", lazy_compile(r"\bnot\s+(?:be\s+)?(?:approved|agreed|supported|accepted|endorsed)\b|"
                              r"\b(?:did|does|do|could|would)\s+not\s+(?:approve|agree|support|accept|endorse)\b|\breject(?:ed|s)?\b|"
                              # "The Board decided not to support the bid": a choice not to take the proposal up (the
                              # verb that opens the decision is cut off before these rules: "not to …" starts the text)
                              r"(?:^|\b(?:decided|agreed|resolved)\s+)not\s+to\s+(?:approve|support|accept|endorse|adopt|proceed|pursue)\b|"
                              r"\bdeclin(?:ed|es)\b|\brefus(?:ed|es)\b|"
                              # "It was decided that this option would not be taken up": an offer turned down
                              r"\bnot\s+(?:be\s+)?taken\s+up\b|"
                              # a vote's verdict: "A vote was taken on the amendment, which was not carried."
                              r"\b(?:vote|motion|amendment|proposal)\b[^.;]{0,120}?\b(?:not\s+carried|(?:was|were)\s+(?:lost|defeated))\b|"
                              + _LOST_ON_VOTE, re.I)),
    ("deferred", lazy_compile(r"\bdefer(?:red|s|ral)?\b|\bpostpon(?:ed|es|e)\b|\badjourned\b|"
                              # Scottish usage: "to continue (the) appointment of a Vice Convener" puts a post nobody
                              # was named to off to later (not "continue the appointment of Cllr A", who keeps it)
                              r"\bcontinue[ds]?\s+(?:the\s+)?appointments?\s+of\s+(?:an?\s|(?-i:[a-z]))", re.I)),
    # endorsing, ratifying, supporting a proposal and appointing, electing or co-opting someone approve it as much as "approve"
    ("approved", lazy_compile(r"\bapprov(?:e|ed|es|al|ing)\b|\bratif(?:y|ied|ies|ication)\b|\badopt(?:ed|s)?\b|\bconfirm(?:ed|s)?\b|"
                              r"\bendors(?:e|ed|es|ement)\b|\bsupport(?:ed|s)?\b|"
                              # "agreed that there was no need to elect a treasurer": an office left empty, no one chosen
                              # (the look-behinds after the word boundary: tried only where a word starts, not at every character)
                              r"\b(?<!no need to )(?<!not to )(?:re-?)?(?:appoint(?:ed|s)?|elect(?:ed)?)\b|"
                              r"\bco-?opt(?:ed|s)?\b|"  # co-opting a member to a vacancy appoints them
                              r"\bnominated\s+by\b|"  # a nomination recorded with its verdict ("… nominated by Cllr A … Carried.")
                              r"\bwas\s+(?:proposed|nominated)\s+and\s+agreed\s+to\s+(?:represent|act|serve)\b|"  # a seat taken up
                              r"\b(?:third|3rd)\s+readings?\b|"  # a bylaw given its third reading is passed
                              r"\bdeclared\s+as\s+(?:the\s+)?(?-i:[A-Z])|"  # the only nominee "declared as Deputy Mayor"
                              r"\b(?:correct|true|accurate)(?:\s+and\s+correct)?\s+record\b|"
                              # "that the plan is signed off in April": a sign-off set for later is agreed, not given
                              r"\bsigned\b(?!\s+off\s+(?:in|by|at|before|during)\b)|\b(?:held|taken)\s+as\s+read\b|"
                              r"\brecorded\s+as\s+(?:an?\s+)?(?:accurate|correct|true)\b|"
                              # a select committee adopting its draft: "That the Report be the First Report of the Committee"
                              r"\bbe\s+the\s+\w+\s+(?:Special\s+)?Report\s+of\s+the\s+Committee\b", re.I)),
    # "The report was noted and accepted": a report accepted along with noting it is received, not agreed to
    ("agreed", lazy_compile(r"\bagree(?:d|s)?\b|(?<!noted and )\baccept(?:ed|s)?\b|"
                            r"\bdelegat(?:e|ed|es)\b|\bestablish(?:ed)?\b|"
                            r"\binstruct(?:ed)?\b|\bamend(?:ed|s)?\b|\bexclud(?:e|ed)\b|\bcommission(?:ed)?\b|"
                            r"\bauthoris(?:e|ed)\b|\bwelcome[ds]?\b|(?-i:\bfund\b)|"  # "to fund", not "Better Care Fund"
                            # "The vote on the recommendation was then taken, and carried by 22 votes to one": a motion
                            # carried agrees what it moved, whatever that was
                            r"\b(?:vote|motion|recommendation|proposal)\b[^.;]{0,120}?\b(?:carried|passed)\b|"
                            r"\bvotes?\s+in\s+favou?r\b|"
                            # "… seconded by Cllr B and all those at the meeting were in favour": the motion carried
                            r"\ball\s+(?:[\w']+\s+){0,5}?(?:were\s+)?in\s+favou?r\b|\bpassed\s+(?:with|by)\s+(?:a\s+)?(?:unanimous|majority)\s+vote\b", re.I)),
    ("noted", lazy_compile(r"\bnot(?:e|ed|es|ing)\b|\breceiv(?:e|ed|es)\b|\backnowledg(?:e|ed|es)\b", re.I)),
)
_LEAD = lazy_compile(
    rf"^\s*(?:\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}\.?\s+)?(?:\(\d+\)\s*)?(?:(?:Arising\s+therefrom|Thereafter),?\s+)?(?:(?:{_BODY})\s+)?(?:it\s+was\s+)?(?:{_VERB}|Decision\s*/\s*Action|NOTED|Noted|noted)\b\s*(?:/-|:-|:|–|—|-|,)?\s*(?:that\b)?",
    re.I)
# ", which provided an update on actions agreed …" or ", including the deferral of …" describes the subject, not
# what the decision does to it
_RELATIVE_CLAUSE = lazy_compile(r",\s*(?:which|including)\b(?!(?:\s+was)?\s+(?:not\s+)?(?i:carried|lost|defeated)\b)[^,;]*"  # ", which was not carried" is the verdict
                                # "noted the actions agreed at the last meeting": a participle dated to an earlier
                                # meeting describes the subject too
                                r"|\b(?:agreed|approved|endorsed|resolved|decided)\s+(?:at|by)\s+(?:the|its|their)\s+"
                                r"(?:last|previous|preceding|earlier|prior)\s+meeting\b")
# a vote of thanks or congratulations decides nothing about a subject
# "That the list of appointed representatives be noted": the verb after "be" is what is decided, words in the
# subject before it are not; "be noted that X is appointed" reports X's appointment, it does not make it
_SUBJECT = lazy_compile(r"(?:^|\b(?:That|that)\s+|\((?:[ivx]{1,4}|\d{1,2}|[a-h])\)\s*)"
                        r"(?!(?:it|That|that|approval|agreement|endorsement|consent|support|authority|delegated)\b|\d|\()"
                        # the subject ends before a verb the body itself says ("That the Committee agrees that …")
                        r"(?:(?!\b(?:agrees|approves|notes|endorses|supports|resolves)\b)[^;:.\n])*?(?<!\bnot)\s(?=be\s+(?:\w+ly\s+)?\w+(?:ed|en)\b)")
# "… circulate the draft by email for approval": what a step is for, not what the decision does (the approval is
# to come)
_FOR_PURPOSE = lazy_compile(r"\bfor\s+(?:(?:final|formal|further)\s+)?(?:approval|endorsement|ratification|adoption|sign-?off)\b",
                            re.I)
_NOTED_THAT = lazy_compile(r"\b(?<=noted\s)that\b[^;]*?(?=[.;](?:\s|$)|$)")
# "Cllr A proposed that £75 be donated …, which was agreed": a motion carried resolves what it proposed
_RESOLVED_TO = lazy_compile(r"\b(?:resolved|Resolved|RESOLVED|decided|DECIDED)\s+(?:to|that)\b|\bproposed\s+that\b")
# "Motion by Ines Varga to recommend that …": the mover's name before what the motion does
_MOTION_LEAD = lazy_compile(r"\s*" + _MOTION_BY + r"\s+[^.;]{1,60}?\s+(?=to\s)")
_TO_RECOMMEND = lazy_compile(r"to\s+recommend\b", re.I)
_BARE_RESOLUTION = lazy_compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}\.)\s*that\b", re.I)
_COURTESY = lazy_compile(r"\b(?:thank(?:ed|s)?|congratulat(?:e|ed|ions)|condolences|gratitude|appreciation)\b", re.I)
# ("Agreed the minutes of the meeting held on 9 April subject to an amendment …": the verdict before the minutes)
_MINUTES_AGREED = lazy_compile(r"\b(?:minutes?|notes of (?:the )?(?:last|previous|meeting))\b[^.]*\b(?:agreed|accepted|in\s+favou?r)\b"
                               r"|^\s*(?:agreed|accepted)\s+the\s+minutes\s+of\b", re.I)
# "The following change to the minutes was agreed": the change is agreed, the minutes are not yet approved
_CHANGE_TO_MINUTES = lazy_compile(r"\b(?:changes?|amendments?|corrections?)\s+to\s+the\s+minutes\b", re.I)


# "The Committee noted the report …", "Members noted …": the body's own verb is noting, in lower case (a formal
# "NOTED" or "RESOLVED" heads a resolution whose words decide)
# ("The Board received and noted the report …, which had been approved by the Partnership": received and noted
# alike, the body's own verb is noting)
_NOTED_LEAD = lazy_compile(rf"^\s*(?:{_BODY})\s+(?:received\s+and\s+)?noted\s+(?:the|a|an)\b")
# "… noted the report and agreed to …", "… noted the report but did not support it": a verb of the body's own after it
_OWN_VERB_AFTER = lazy_compile(r"\b(?:and|but)\s+(?:then\s+|also\s+|further\s+|did\s+not\s+|would\s+)?(?:approv|agree|endors|support|ratif|"
                               r"adopt|accept|resolv|defer|reject|declin|decid|appoint|elect|delegat|ask|request|recommend)\w*", re.I)
_FOLLOWING_NOTED = lazy_compile(r"\bthe\s+following(?:\s+\w+)?\s+(?:was|were)\s+noted\s*:-?$", re.I)


# "…; (ii) to approve the plan": a resolution of several parts, each with its own verb, is judged by them all
_FURTHER_PART = lazy_compile(r"(?:[;\n]|\([ivx\d]{1,4}\)|\b\d{1,2}\.)\s*(?:\([ivx\d]{1,4}\)\s*)?(?:and\s+)?(?:that\s+|to\s+)", re.I)
# "to recommend APPROVAL" / "to recommend refusal" with no body named: a consultee's reply on a planning application
# (agreed, as "Resolved to raise no objection" is), not a recommendation that leaves the decision to another body
_CONSULTEE_REPLY = lazy_compile(r"\s*(?:unanimously\s+)?to\s+recommend\s+(?:approval|refusal)\b(?!\s+to\s)", re.I)
_FIRST_VERB = lazy_compile(r"\s*(?:\d{1,2}\.\s*|\([ivx\d]{1,4}\)\s*)?to\s+(note|recommend)\b(?!\s+(?:that|and|or)\b)", re.I)


def decision_kind(text: str) -> str:
    """approved | agreed | noted | deferred | rejected | other, from what the decision does to its subject.

    The verb that introduces the decision ("RESOLVED", "The Board agreed") is set aside first, so "Agreed
    that the report be noted" is noted; then the strongest action named wins (rejected > deferred >
    approved > agreed > noted); minutes agreed or accepted as a record are approved. Verbs inside a
    ", which …" clause describe the subject and are set aside ("noted the Action Log, which listed actions
    agreed" is noted). Appointing or electing someone ("Resolved to appoint X as Vice-Chair") is agreed, like
    delegating or establishing: the body's choice, not the approval of a paper. A vote of thanks or
    congratulations naming none of these actions is other; any other resolution naming none is agreed;
    anything else is other."""
    t = " ".join((text or "").split())
    if "second" in t and _UNVERDICTED_NOMINATION.match(t):
        return "approved"  # "A proposes B as Chairman and C seconds." kept as a decision: the election, no verdict named
    # "It was proposed by A, seconded by B and agreed that the report be received": the motion's record and its verb
    # introduce the decision as "RESOLVED" does
    lead = _PROPOSED_THEN_RESOLVED.match(t) or _LEAD.match(t)
    body = t[lead.end():] if lead and lead.end() < len(t) else t
    body = _FOR_PURPOSE.sub("", _RELATIVE_CLAUSE.sub("", body))
    motion = _MOTION_LEAD.match(body)
    if motion and _TO_RECOMMEND.match(body, motion.end()):
        return "other"  # "Motion by A to recommend that the Council …": the body recommended to decides
    if _CONSULTEE_REPLY.match(body):
        return "agreed"  # "AGREED to recommend APPROVAL": a parish's reply on a planning application, its own say
    first = _FIRST_VERB.match(body)
    if first and not _FURTHER_PART.search(body, first.end()):
        # "RESOLVED: To note the attendance of the duly appointed reserve": the verb the resolution opens with is
        # what it does; a participle later in its subject ("appointed") is not; "to recommend" (to Council) leaves
        # the decision to another body
        return "noted" if first.group(1).lower() == "note" else "other"
    if _FOLLOWING_NOTED.search(t):
        return "noted"  # "The Group welcomed the update and the following was noted:": what it closes on is a noting
    noted = _NOTED_LEAD.match(t)
    if noted and not _OWN_VERB_AFTER.search(t, noted.end()):
        # "Members noted the circulated report recommending the Board support …": what the report recommends or
        # seeks describes it; the body only noted it
        return "noted"
    if _MINUTES_AGREED.search(t) and not _CHANGE_TO_MINUTES.search(t) and not _KIND_RULES[0][1].search(body) and not _KIND_RULES[1][1].search(body):
        return "approved"
    decided = _SUBJECT.sub("that ", _NOTED_THAT.sub("", body))
    for kind, rx in _KIND_RULES:
        if rx.search(decided):
            return kind
    for kind, rx in _KIND_RULES:
        if rx.search(body):
            return kind
    if _COURTESY.search(body):
        return "other"
    if _RESOLVED_TO.search(body) or _BARE_RESOLUTION.match(body):
        return "agreed"  # "…, the Committee resolved to set up a task group"; "(1) that the report is resubmitted …"
    if lead:
        word = lead.group(0).lower()
        if "note" in word:
            return "noted"
        return "agreed"
    return "other"
