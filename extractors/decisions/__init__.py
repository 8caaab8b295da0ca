"""What was decided: every resolution or agreement in minutes, tied to the agenda item it sits under.

A decision is one resolution as the minutes record it. Its numbered parts ("RESOLVED: (i) … (ii) …",
"1. That … 2. That …", bullets under "The Board agreed:") stay one decision with one part per line of
``text``, because the numbering of parts is not consistent between boards; two separate statements under one
item ("The Board agreed that … " and later "The Board agreed to …") are two decisions. The same resolution
printed twice under one item (ModernGov's "Decision:" block repeated in its "Minutes:") is kept once.

Forms read (each seen in published minutes):
  * a formal verb at the start of a line or sentence: "RESOLVED:", "Resolved –", "RESOLVED that …",
    "RESOLVED/-", "(3) Resolved that", "AGREED:", "Agreed that –", "DECISION:", "Decision:" blocks,
    "Decision/Action:", "Noted:";
  * a body and a verb: "The Board resolved :- (i) …", "The Board agreed:", "The Governing Body APPROVED …",
    "Members NOTED …", "The Integration Joint Board agreed:-", "The Governing Body:" followed by parts;
  * "It was agreed / resolved that …";
  * minutes and notes recorded as approved: "The minutes … were agreed and signed as a correct record",
    "… was submitted and approved", "… were noted", "The minutes … be confirmed and signed", "… were taken as
    read, confirmed and signed", "The minutes of the last meeting agreed as a true record";
  * short verdicts: "These were agreed", "Recommendation 3 was agreed.";
  * a bare resolution with no verb before it, as decision notices print them: "That the report be noted.";
    also a bare part list "(i) That … (ii) That …" after the discussion, and parts under "Delegated decisions:";
  * an appointment recorded with no decision verb: "Councillor A was appointed Chair of the Board …";
  * "The Board were happy to note the report";
  * "RECEIVED the report …"; "The Provost ruled, and the Council agreed, that …"; "… were approved subject to …";
    "The Committee did not approve …"; "The Chair signed the minutes as a correct record"; a one-word "Noted.";
  * Scottish articles with no heading ("1. The Executive Group had before it …" … "Decided: …"): the article's
    number is the item;
  * the House of Commons' formal minutes: "Resolved, That …", "Ordered, That …";
  * a bare infinitive under ModernGov's "Minutes:" label: "To note the update." (above the label the same words
    describe the agenda item);
  * not decisions: apologies noted in a sentence ("The above apologies were noted."), rows of an action log table
    (Action | Owner | Status), a decision recalled "at its last meeting";
  * not decisions: part of a body speaking ("Two members noted …"), agreements recalled from an earlier meeting
    ("It was agreed at the last meeting …", "In March, the Board agreed …");
  * decision tables: a header row with a "Decision" (or "Outcome", "Resolution") column, one decision a row;
    a summary-of-decisions table's row whose item the minutes record a decision for is dropped (said twice);
  * "RESOLVED, that:" over unmarked parts, "(A) … (B) …", "RESOLVEDthat", "The committee approved the Minute …",
    "The Sub-Committee agreed:-", "Thereafter the Committee agreed …", "…, and Council accepted, that …",
    "Outcome<TAB>The Board noted …", "This was confirmed.", another body's minutes "received for information";
  * not decisions: "The Mayor will move that …", sentences under "Reasons for the decision", an agenda's
    "Recommended – That …" above the item's own decision.

  * a vote's verdict: "A vote was taken on the amendment, which was not carried.", "… carried by 22 votes to one",
    "Motion by A to approve … Seconded by B. Motion Passed."; "Proposed and Resolved that …"; "The Committee took
    note of …"; a paper "was received by the Board"; minutes "received/adopted"; "The Board resumed consideration of
    … and agreed …"; "028/19 To receive … absence Apologies were …" (a reference and the agenda's words run into the
    minute); a time stamp ("The Board adjourned at 12:52pm") is a line of its own;

``decision_kind`` classifies a decision's text (one place for that rule).

The package: ``wording`` (headings, triggers and furniture the reader recognises), ``parser`` (the line-by-line
reader), ``tables`` (decision tables) and ``kinds`` (``decision_kind``). Names starting with "_" are shared
inside the package only.
"""
from __future__ import annotations

from .kinds import decision_kind
from .parser import parse_decisions

__all__ = ["decision_kind", "parse_decisions"]
