"""Attendance stated in sentences outside the blocks: apologies, people present, substitutes, people who
joined, guests."""
from __future__ import annotations

import re

from ..lazyre import lazy_compile
from ..names import split_name
from .headings import _clean_row, _heading, _is_prose, _is_stop, _lines
from .rows import _block_entries, _list_entries
from .shape import _clean_target, _is_bare_name, _looks_like_list, _starts_person
from .vocab import _BULLET, _Entry, _ITEM_RE, _ROLE_HINT
from .wording import (
    _ABBREV_BEFORE_DOT,
    _ALONG_WITH_STAFF,
    _STAFF_PART,
    _ALSO_ATTENDED,
    _ALSO_IN_ATTENDANCE_WAS,
    _APOLOGISED,
    _LIST_SENT_APOLOGIES,
    _APOLOGY_SENT,
    _ARRANGED_FOR,
    _ELIDED_SUBSTITUTE,
    _JOINED,
    _LEAD_IN,
    _LIST_AT_MEETING,
    _PRESENT_SENT,
    _REPRESENTED_BY,
    _RESPECTIVELY,
    _SENT_APOLOGIES,
    _SHORT_TITLE,
    _TOOK_CHAIR,
    _WERE_ABSENT,
    _WERE_IN_ATTENDANCE,
    _SUBS_WAS,
    _SUBSTITUTE_PAIR,
    _SUBSTITUTES_LIST,
    _SUBSTITUTION_OF,
    _SUBSTITUTE_CLAUSE,
    _SUBSTITUTE_WORDS,
    _TARGET_GROUPS,
    _WELCOMED_DEPUTY,
    _WELCOMED_GUESTS,
    _WELCOMED_FROM_BODY,
    _WHO_WAS_IN_ATTENDANCE,
    _PERSON_WORDS,
    _WELCOMED_NEW_MEMBERS,
    _WELCOMED_TO_MEETING,
    _WHO_IS_CLAUSE,
)


# "…, B. Davies, T.A.J. Davies. R.E. Evans and G.R. Jones.": a full stop typed for a comma inside a list of
# initialled names; what follows is the list's tail (initialled names, commas and "and", then the real full stop)
_INITIALLED = r"(?:[A-Z]\.\s?)+[A-Z][\w'’-]+"
_LIST_TAIL_AFTER_STOP = lazy_compile(rf"[ \t]+{_INITIALLED}(?:,\s+{_INITIALLED})*,?\s+and\s+{_INITIALLED}\s*\.")


# "…, and from the Chief Executive of Northvale Trust": an apology sent by a post's holder, no name given
_AND_FROM_WORDS = r"(?:[;,]\s+(?:and\s+)?|\s+and\s+)from\s+"  # "…; and from", "…, from", "… and from"
_FROM_POST_ONLY = lazy_compile(rf"{_AND_FROM_WORDS}the\s+(?P<post>(?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*)")
_AND_FROM = lazy_compile(rf"{_AND_FROM_WORDS}(?=(?:the\s+)?[A-Z])")
# "… and B Wrout Esq., Elected Members. Cllr A Cragg, …, Appointed Members.": a list closed by the group its names
# belong to, then the next group's names: one list under the sentence's verb, the full stop between groups
_GROUP_CLOSES_LIST = lazy_compile(r",\s+(?:[A-Z][a-z]+\s+){0,2}(?:Members|Representatives|Councillors)$")


def _word_before(text: str, at: int) -> str:
    m = re.search(r"(\w+)$", text[:at])
    return m.group(1) if m else ""


def _sentence_end(text: str, start: int) -> int:
    """End of the sentence starting at ``start``: a full stop that is not after an initial or a title, or a
    blank line."""
    i = start
    depth = 0
    while i < len(text):
        c = text[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c == "\n" and text[i + 1:i + 2] == "\n":
            return i
        elif c == "\n" and (_heading(text[i + 1:text.find("\n", i + 1) if "\n" in text[i + 1:] else len(text)])
                            or _ITEM_RE.match(text[i + 1:]) or depth == 0 and _next_item_title(text, i + 1)
                            or depth == 0 and _prose_follows(text, start, i)):
            return i
        elif c == "." and depth == 0:
            prev = re.search(r"(\w+)$", text[start:i])
            word = prev.group(1) if prev else ""
            if not (len(word) == 1 and word.isupper()) and word.lower() not in _ABBREV_BEFORE_DOT \
                    and not ("," in text[start:i] and _LIST_TAIL_AFTER_STOP.match(text, i + 1)) \
                    and not ("," in text[start:i] and _GROUP_CLOSES_LIST.search(text, start, i)
                             and _starts_person(" ".join(text[i + 1:i + 80].split()))):
                return i
        i += 1
    return len(text)


def _prose_follows(text: str, start: int, at: int) -> bool:
    """The line after ``at`` is a sentence of narrative and the line before ends on a name, not mid-list ("… on behalf
    of Councillor Ann Lee" / "Before business began, the Council …"): the sentence ended with its line, full stop
    or not."""
    if re.search(r"(?:[,;:&(–-]|\b(?:and|of|from|for|by|the|to|with))\s*$", text[start:at]):
        return False
    if _NAME_CUT_AFTER_INITIAL.search(text[start:at]):
        return False  # "… Councillor H" / "Stummer-Schmertzing and …": a name wrapped after its title and initial
    end = text.find("\n", at + 1)
    nxt = text[at + 1:end if end >= 0 else len(text)].strip()
    return bool(nxt) and "\t" not in nxt and not _starts_person(nxt) and _is_prose(nxt)


_NAME_CUT_AFTER_INITIAL = lazy_compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Prof)\.?(?:\s+[A-Z]\.?)+\s*$")


def _next_item_title(text: str, at: int) -> bool:
    """The line at ``at`` is the title of the next item (a short line with no sentence punctuation, then
    "Minutes:" or an item number): the sentence before it ended with its line, full stop or not."""
    end = text.find("\n", at)
    if end < 0 or end - at > 80:
        return False
    title = text[at:end].strip()
    if not title[:1].isupper() or title.endswith((",", ".", ";", ":")) or "," in title or len(title.split()) > 8:
        return False
    nxt_end = text.find("\n", end + 1)
    nxt = text[end + 1:nxt_end if nxt_end >= 0 else len(text)]
    return bool(nxt.strip()) and (_is_stop(nxt) or bool(_ITEM_RE.match(nxt)))


def _sentences(text: str, used: list[tuple[int, int]]):
    """Entries from sentences outside the blocks: apologies, and people attending for someone else."""
    flat = text.replace("\n", " ").replace("\t", " ")
    last_apology: list[str] = []
    events = []
    low = flat.lower()
    absent = {stem for stem in _WINDOW_STEMS if stem not in low}
    # the sentence patterns run only in sentences holding one of their words (a page of prose costs a few
    # substring searches, not a scan by every pattern)
    for a, b in _windows(low, ("apolog",), absent):
        for m in _APOLOGY_SENT.finditer(text, a, b):
            if any(x <= m.start() < y for x, y in used):
                continue
            rest_of_line = text[m.end():text.find("\n", m.end()) if "\n" in text[m.end():] else len(text)]
            # "Apologies were received from:-" and the names on the lines below
            events.append((m.start(), "apology-list" if not rest_of_line.strip() else "apology", m))
    apologies_windows = _windows(low, (" apologies",), absent)  # both readings below look in the same sentences
    for a, b in apologies_windows:
        for m in _SENT_APOLOGIES.finditer(text, a, b):
            if not any(x <= m.start("who") < y for x, y in used) and _is_bare_name(m.group("who")):
                events.append((m.start("who"), "sent-apologies", m))
    for a, b in _windows(low, (" apologised",), absent):
        for m in _APOLOGISED.finditer(text, a, b):
            who = _LEAD_IN.sub("", re.sub(r"^(?:[ivx]+|\d+|[a-z])[.)]\s+", "", m.group("who")))
            if not any(x <= m.start("who") < y for x, y in used) and _starts_person(who):
                events.append((m.start("who"), "apologised", m))
    read = {at for at, kind, _ in events if kind == "sent-apologies"}
    for a, b in apologies_windows:
        for m in _LIST_SENT_APOLOGIES.finditer(text, a, b):
            # (one person the sent-apologies reading above has already taken is not read twice)
            if m.start("who") not in read and not any(x <= m.start("who") < y for x, y in used) \
                    and _starts_person(m.group("who")):
                events.append((m.start("who"), "apologised", m))
    for a, b in _windows(low, ("the chair", "chaired the", " presided"), absent):
        for m in _TOOK_CHAIR.finditer(text, a, b):
            if not any(x <= m.start("who") < y for x, y in used) and _is_bare_name(m.group("who")):
                events.append((m.start("who"), "took-chair", m))
    for a, b in _windows(low, (" absent", " did not"), absent):
        for m in _WERE_ABSENT.finditer(text, a, b):
            if not any(x <= m.start("who") < y for x, y in used) and _starts_person(m.group("who")):
                events.append((m.start("who"), "were-absent", m))
    for a, b in _windows(low, ("present were", "present at the meeting were", "attendance were"), absent):
        for m in _PRESENT_SENT.finditer(text, a, b):
            if not any(x <= m.start() < y for x, y in used):
                events.append((m.start(), "present", m))
    for a, b in _windows(low, _SUBSTITUTE_WORDS, absent):
        for m in _SUBSTITUTE_CLAUSE.finditer(flat, a, b):
            if m.group("for6") and not _is_bare_name(m.group("for6")):
                continue  # "… as Northvale Council's representative": a seat, not someone's substitute
            if not any(x <= m.start() < y for x, y in used):
                events.append((m.start(), "substitute", m))
    for a, b in _windows(low, ("joined", "arrived"), absent):
        for m in _JOINED.finditer(text, a, b):
            if not any(x <= m.start() < y for x, y in used) and _is_bare_name(m.group("who").strip()):
                events.append((m.start(), "joined", m))
    for a, b in _windows(low, ("joined the meeting", "observed the meeting"), absent):
        for m in _LIST_AT_MEETING.finditer(text, a, b):
            if not any(x <= m.start() < y for x, y in used) and _starts_person(m.group("listed")):
                events.append((m.start(), "list-at-meeting", m))
    for a, b in _windows(low, ("substitute",), absent):
        # "The substitutes attending on behalf of Mike Wade was Giri Rajaratnam (OHID) and for Justin Varney was …"
        for m in _SUBS_WAS.finditer(flat, a, b):
            if not any(x <= m.start() < y for x, y in used):
                events.append((m.start(), "subs-was", m))
    for a, b in _windows(low, ("substitute",), absent):
        for m in _SUBSTITUTES_LIST.finditer(flat, a, b):
            if not any(x <= m.start() < y for x, y in used):
                events.append((m.start(), "substitutes-list", m))
    for a, b in _windows(low, ("as guest", "as a guest", "as observer", "as an observer"), absent):
        for m in _WELCOMED_GUESTS.finditer(flat, a, b):
            if not any(x <= m.start() < y for x, y in used):
                events.append((m.start(), "guests", m))
    for a, b in _windows(low, ("welcomed",), absent):
        for m in _WELCOMED_TO_MEETING.finditer(flat, a, b):
            if not any(x <= m.start() < y for x, y in used) and "," in m.group("who") \
                    and _starts_person(m.group("who")):
                events.append((m.start("who"), "welcomed-visitors", m))
        for m in _WELCOMED_NEW_MEMBERS.finditer(flat, a, b):
            at = m.start("who") if m.group("who") else m.start("listed")
            # a list of people with their posts, as new members are introduced: "welcomed Cllr Lee to his first
            # meeting" alone may be a member's first meeting in the chair, or a visitor's
            if "," in (m.group("who") or m.group("listed")) and not any(x <= at < y for x, y in used):
                events.append((at, "welcomed-members", m))
        for m in _WELCOMED_FROM_BODY.finditer(flat, a, b):
            if not any(x <= m.start("who") < y for x, y in used):
                events.append((m.start("who"), "welcomed-from-body", m))
    for a, b in _windows(low, ("in attendance",), absent):
        for m in _WHO_WAS_IN_ATTENDANCE.finditer(flat, a, b):
            if not any(x <= m.start("who") < y for x, y in used) and split_name(m.group("who")):
                events.append((m.start("who"), "who-was-in-attendance", m))
    for a, b in _windows(low, ("respectively",), absent):
        # read inside a block too: the sentence often follows the list of those present, which takes it as a row
        events.extend((m.start("first"), "respectively", m) for m in _RESPECTIVELY.finditer(text, a, b))
    for a, b in _windows(low, ("also attended",), absent):
        for m in _ALSO_ATTENDED.finditer(flat, a, b):
            if not any(x <= m.start() < y for x, y in used) and _starts_person(_LEAD_IN.sub("", m.group("who"))):
                events.append((m.start(), "also-attended", m))
    for a, b in _windows(low, (" in attendance", " present"), absent):
        # (in the text with its line breaks too: "… F H Yeulett Esq" / "A (…) and B (…) were in attendance.", a
        # sentence that opens its own line after a list with no full stop)
        starts = set()
        for m in (*_WERE_IN_ATTENDANCE.finditer(flat, a, b), *_WERE_IN_ATTENDANCE.finditer(text, a, b)):
            who = _LEAD_IN.sub("", m.group("who"))
            if m.start("who") not in starts and not any(x <= m.start("who") < y for x, y in used) and _starts_person(who):
                starts.add(m.start("who"))
                events.append((m.start("who"), "were-in-attendance", m))
        for m in _ALSO_IN_ATTENDANCE_WAS.finditer(flat, a, b):
            if not any(x <= m.start() < y for x, y in used):
                events.append((m.start(), "present", m))
    for a, b in _windows(low, ("arranged for", "asked for"), absent):
        for m in _ARRANGED_FOR.finditer(flat, a, b):
            if not any(x <= m.start() < y for x, y in used):
                events.append((m.start(), "arranged", m))
    for a, b in _windows(low, ("who was",), absent):
        for m in _WELCOMED_DEPUTY.finditer(flat, a, b):
            if not any(x <= m.start() < y for x, y in used):
                events.append((m.start(), "welcomed", m))
    events.sort(key=lambda e: e[0])
    clause_end = 0
    for pos, kind, m in events:
        if _corrects_previous_minutes(text, pos):
            continue
        if kind == "apology":
            end = _sentence_end(text, m.end())
            segment = flat[m.end():end]
            # "… for lateness from …", a next sentence, or "Councillor J Aitman who was representing the Council …"
            # "… and C who was represented by D": the one who came instead, as a bracket of the same length
            segment = _REPRESENTED_BY.sub(lambda r: f" (represented by {r.group('who')})".ljust(len(r.group(0))),
                                          segment)
            # "… from A and from the Chief Medical Director of Northvale ICB": the last one sent by a post, unnamed
            post_only = _FROM_POST_ONLY.search(segment)
            if post_only and _ROLE_HINT.search(post_only.group("post")) and " from " not in segment[post_only.end():]:
                segment = segment[:post_only.start()]
            # "… Cat Moss; and from Dan Ross", "…, and from Dan Ross", "from A, from B and from C": one list (same
            # length, so offsets hold)
            segment = _AND_FROM.sub(lambda r: ",".ljust(len(r.group(0))), segment)
            # "…, T.A.J. Davies. R.E. Evans and G.R. Jones": the full stop typed for a comma (_LIST_TAIL_AFTER_STOP)
            segment = re.sub(rf"(?<=[a-z'’])\.(?=[ \t]+{_INITIALLED})",
                             lambda r: "," if _word_before(segment, r.start()).lower() not in _ABBREV_BEFORE_DOT else ".",
                             segment)
            cut = re.search(r";?\s*(?:and\s+)?for\s+lateness\b|\s+(?:The|It)\s+[a-z]"
                            r"|\s+(?:were|was|had\s+been|be)\s+(?:noted|received|accepted|recorded)\b"
                            # "…, and Councillor B (Vice-Chair) chaired the meeting": who chaired was there
                            r"|,?\s+and\s+[^,.;]*?\s+(?:chaired\s+the\s+meeting|took\s+the\s+chair|was\s+in\s+the\s+chair)\b"
                            r"|,?\s+who\s+(?:was|were|is|had|has|would|could)\b"
                            # "As apologies had been received from A and B, the meeting was inquorate": the main clause
                            r"|,\s+(?:the|this)\s+(?:meeting|committee|board|panel)\s+(?:was|is|were|had|could)\b"
                            # "… of Ann Lee, Manager, and explained the reasons": the speaker's next verb, no one more
                            r"|,?\s+and\s+(?:then\s+)?(?:explained|said|noted|added|reported|confirmed|advised)\b"
                            # "… and Bo Hart (Director) gave prior notice that he would leave early": a new clause
                            r"|,?\s+and\s+[^,.;]*?\s+(?:gave|had\s+given)\s+(?:prior\s+|advance\s+)?(?:notice|notification)\b",
                            segment)
            if cut:
                segment = segment[:cut.start()]
            # "…, with the substitution of Councillor A for Councillor B.": who came for whom, after the list
            swapped = _SUBSTITUTION_OF.search(segment)
            if swapped:
                segment = segment[:swapped.start()]
            came = _SUBSTITUTE_CLAUSE.search(segment)
            stand_in = None
            if came:
                # "… from Councillor A and Councillor B attended as substitute.": the list ends before B, who
                # came for the last one named
                head = segment[:came.start()]
                k = _last_list_separator(head)
                who = head[k:].lstrip(" ,;–—-")
                who = who[4:] if who.startswith("and ") else who
                if k > 0 and split_name(who.strip()):
                    stand_in = _Entry(who.strip(), m.end() + k + (len(head[k:]) - len(who)), "substitute",
                                      "attended as substitute")
                    segment = head[:k]
            entries = _list_entries(segment, m.end(), "apologies", m.group(0).strip())
            if stand_in is not None and entries:
                target = next((came.group(g) for g in _TARGET_GROUPS if came.group(g)), None)
                stand_in.substitute_for = _clean_target(target or entries[-1].text)  # type: ignore[attr-defined]
                entries.append(stand_in)
            if swapped:
                entries.extend(_substitute_pairs(flat, m.end() + swapped.end()))
            last_apology = [e.text for e in entries if e.status == "apologies"]
            clause_end = end
            yield entries
        elif kind == "present":
            end = _sentence_end(text, m.end())
            status = "in_attendance" if m.group("also") or m.group("att") else "present"
            listed = flat[m.end():end]
            who_clause = re.search(r",?\s+who\s+(?!is\b|was\b)[a-z]", listed)  # "… Rowe who gave a talk": no field
            yield _list_entries(listed[:who_clause.start()] if who_clause else listed, m.end(), status,
                                m.group(0).strip())
        elif kind == "apology-list":
            lines = _lines(text[m.end():])
            body = []
            for off, l in lines[1:]:
                s = _BULLET.sub("", l)
                if not l.strip():
                    if body:
                        break
                    continue
                if _heading(s) or _is_stop(l) or _is_prose(s) or not _starts_person(_clean_row(0, l)[1]):
                    break
                body.append((m.end() + off, l))
            entries = _block_entries(text, "apologies", m.group(0).strip(), "", m.end(), body)
            last_apology = [e.text for e in entries]
            yield entries
        elif kind == "sent-apologies":
            # "Councillor Ann Lee, the Chair of the Board, had sent her apologies"
            who = m.group("who") + (f", {m.group('role')}" if m.group("role") else "")
            if _LATE_ONLY.match(flat, m.end(), _sentence_end(text, m.end())):
                # "Sue Lee had sent apologies for her late arrival and joined during item 5": there, late
                late = [(m.group("who"), m.start("who"))]
                # "… for lateness on behalf of Zoe Kay who joined …": the one coming late is named after "on behalf of"
                behalf = re.compile(r"[^.]*?\bon\s+behalf\s+of\s+").match(flat, m.end(), _sentence_end(text, m.end()))
                other = split_name(flat[behalf.end():_sentence_end(text, m.end())]) if behalf else None
                if other:
                    late.append((flat[behalf.end():behalf.end() + other.end], behalf.end()))
                entries = []
                for who_late, at in late:
                    e = _Entry(who_late + " (part meeting)", at, "present", "sent apologies for lateness")
                    e.joined = True  # type: ignore[attr-defined]
                    entries.append(e)
                yield entries
                continue
            e = _Entry(who, m.start("who"), "apologies", "sent apologies")
            last_apology = [m.group("who")]
            yield [e]
        elif kind == "apologised":
            who = m.group("who")
            lead = re.match(r"(?:(?:[ivx]+|\d+|[a-z])[.)]\s+)?", who).end()
            entries = _list_entries(who[lead:], m.start("who") + lead, "apologies", "apologised")
            last_apology = [e.text for e in entries]
            yield entries
        elif kind == "were-absent":
            yield _list_entries(m.group("who"), m.start("who"), "absent", "were absent")
        elif kind == "took-chair":
            yield [_Entry(f"{m.group('who')} ({m.group('role') or 'Chair'})", m.start("who"), "present", "took the chair")]
        elif kind == "joined":
            # "Cllr Tim Bell joined the meeting at 10.30am": present for part of it
            e = _Entry(m.group("who").strip() + " (part meeting)", m.start("who"), "present", "joined the meeting")
            e.joined = True  # type: ignore[attr-defined]
            yield [e]
        elif kind == "list-at-meeting":
            status = "in_attendance" if m.group("verb") == "observed" else "present"
            yield _list_entries(m.group("listed"), m.start("listed"), status, m.group("verb") + " the meeting")
        elif kind == "subs-was":
            who = m.group("who") + (f" ({m.group('org')})" if m.group("org") else "")
            e = _Entry(who, m.start("who"), "substitute", "substitute")
            e.substitute_for = _clean_target(m.group("for"))  # type: ignore[attr-defined]
            yield [e]
        elif kind == "substitutes-list":
            yield _substitute_pairs(flat, m.end())
        elif kind == "guests":
            entries = []
            pos = m.start("who")
            for part in re.split(r"(,\s+|\s+and\s+(?=[A-Z]))", m.group("who")):
                # "Ann Lee from Northvale Police": the body after "from" (same length, so offsets hold)
                text_part = re.sub(r"\s+from(\s+the)?\s+", lambda f: ",".ljust(len(f.group(0))), part, count=1)
                if _starts_person(text_part) and not re.fullmatch(r",\s+|\s+and\s+", part):
                    entries.append(_Entry(text_part, pos, "in_attendance", "welcomed as guests"))
                pos += len(part)
            yield entries
        elif kind == "welcomed-visitors":
            # only a list of people with their posts ("Ann Lee, Chief Executive – Body, …"): a welcome to a member
            # ("welcomed Councillor Lee to the meeting") says nothing of a seat
            who = re.sub(r"\s*\([“\"‘'][^()]*[”\"’']\)", lambda q: " " * len(q.group(0)), m.group("who"))
            entries = _list_entries(who, m.start("who"), "in_attendance", "welcomed to the meeting")
            # (with a post, among them a titled guest and the body after "of": "… and Inspector Bo Hart of Northvale
            # Police")
            posted = [bool(re.search(r",\s*\S", e.text)) for e in entries]
            if any(posted) and all(p or len(entries) >= 2 and _titled_from_body(e.text) for p, e in zip(posted, entries)):
                yield entries
        elif kind == "welcomed-from-body":
            # each name before "from Body" came from that body
            entries = []
            for part in re.finditer(_PERSON_WORDS, m.group("who")):
                name = re.sub(r"^(?:and|also)\s+", "", part.group(0))
                if split_name(name) and not split_name(name).end < len(name):
                    entries.append(_Entry(f"{name} ({m.group('org')})", m.start("who") + part.start(), "in_attendance",
                                          "welcomed from a body"))
            yield entries
        elif kind == "who-was-in-attendance":
            entries = [_Entry(f"{m.group('who')}, {m.group('role')}", m.start("who"), "in_attendance", "who was in attendance")]
            end = _sentence_end(text, m.end())
            along = _ALONG_WITH_STAFF.search(flat, m.end(), end) if "along with" in flat[m.end():end] else None
            at = along.start("staff") if along else 0
            for part in _STAFF_PART.split(along.group("staff")) if along else ():
                post, _, name = part.rpartition(",")
                if post and _ROLE_HINT.search(post) and _is_bare_name(name.strip()):
                    entries.append(_Entry(f"{name.strip()}, {post.strip()}", flat.find(name.strip(), at), "in_attendance",
                                          "along with who was in attendance"))
            yield entries
        elif kind == "respectively":
            yield _paired_substitutes(m)
        elif kind == "welcomed-members":
            group = "who" if m.group("who") else "listed"
            who = _WHO_IS_CLAUSE.sub(lambda c: " " * len(c.group(0)), m.group(group))  # same length: offsets hold
            yield _list_entries(who, m.start(group), "present", "welcomed as a new member")
        elif kind == "also-attended":
            who = _LEAD_IN.sub("", m.group("who"))
            yield [_Entry(who, m.end("who") - len(who), "in_attendance", "also attended")]
        elif kind == "were-in-attendance":
            status = "in_attendance" if m.group("also") or m.group("att") else "present"
            yield _list_entries(m.group("who"), m.start("who"), status, m.group(0)[m.end("who") - m.start():].strip())
        elif kind == "arranged":
            away = m.group("x")
            if away.lower() in ("he", "she", "they", "it") or not split_name(away):
                away = last_apology[-1] if last_apology else None
            e = _Entry(m.group("who"), m.start("who"), "substitute", "attending as representative")
            e.substitute_for = _clean_target(away) if away else None  # type: ignore[attr-defined]
            entries = [e]
            if away and away == m.group("x") and away not in last_apology:
                entries.insert(0, _Entry(away, m.start("x"), "apologies", "arranged a representative"))
            yield entries
        elif kind == "welcomed":
            who = m.group("who")
            e = _Entry(who, m.start("who"), "substitute", "deputising")
            e.substitute_for = _clean_target(m.group("for"))  # type: ignore[attr-defined]
            yield [e]
        else:
            # "A attended as substitute for B; C attended as substitute for D": a clause may start after a semicolon
            sentence_start = _last_sentence_start(flat, m.start())
            starts = sorted({sentence_start, text.rfind("\n", 0, m.start()) + 1,
                             clause_end if clause_end <= m.start() else 0,
                             max(flat.rfind(";", 0, m.start()) + 1, sentence_start)}, reverse=True)
            # "It was noted that, in accordance with Rule 4, Councillor A had been appointed …": when no sentence
            # or clause start begins with a person, a titled name after the last comma may
            comma = flat.rfind(",", sentence_start, m.start()) + 1
            after_comma = split_name(flat[comma:m.start()].strip()) if comma else None
            start = next((st for st in starts + ([comma] if after_comma and after_comma.title else [])
                          if _starts_person(_LEAD_IN.sub("", _after_reporting_clause(flat[st:m.start()]).strip()))),
                         starts[0])
            who = _after_reporting_clause(flat[start:m.start()])
            start = m.start() - len(who)
            rel = _WHO_CLAUSE.search(flat, max(0, m.start() - 160), m.start())
            if rel and not _starts_person(_LEAD_IN.sub("", who.strip())):
                # "… welcoming all those in attendance, particularly Tracy Small, who was deputising for …"
                start, who = rel.start("who"), rel.group("who")
            # "X was attending as A's substitute and Y, Role was attending …": the clause after the last one
            who = re.split(r"\s+and\s+(?=[A-Z][^,]*?$)|['’]s\s+substitute\s+and\s+", who)[-1] if "substitute and" in who \
                else who
            lead = _LEAD_IN.match(who.strip())
            who = who.strip()[lead.end():] if lead else who.strip()
            target = next((m.group(g) for g in _TARGET_GROUPS if m.group(g)), None)
            if (m.group("absence") or m.group("poss")) and last_apology:
                # "… attended in her place", "… attended the meeting as his substitute": the one last away
                target = last_apology[-1]
            elif target is None and len(last_apology) == 1:
                target = last_apology[0]  # "Apologies … from A. B attended as substitute.": for the one away
            clause_end = m.end()
            who_sp = split_name(re.sub(r"\([^)]*\)", " ", who))
            if not who_sp:
                # "Cllrs A, B, C and D attended the meeting as substitutes"
                entries = [e for e in _list_entries(who, start, "substitute", "attended as substitute")]
                if entries and re.match(r"(?:Councillors|Cllrs)\b", who):
                    yield entries
                continue
            if _looks_like_list(who):
                yield _list_entries(who, start, "substitute", "attended as substitute")
                continue
            e = _Entry(who, start, "substitute", "attended as substitute")
            if target:
                e.substitute_for = _clean_target(target)  # type: ignore[attr-defined]
            entries = [e]
            more = _ELIDED_SUBSTITUTE.match(flat, m.end()) if m.group("for5") else None
            if more:
                e2 = _Entry(more.group("who"), more.start("who"), "substitute", "attended as substitute")
                e2.substitute_for = _clean_target(more.group("for"))  # type: ignore[attr-defined]
                entries.append(e2)
                clause_end = more.end()
            yield entries


# "… and the Board noted that Sarah Moss was deputising for …": the subject is the name after the reporting verb
_REPORTING_CLAUSE = lazy_compile(r"\b(?:that|noted|reported|confirmed|explained|advised|informed|announced|added"
                                 r"|apologies\s+and|absent\s+and)\s+"
                                 r"(?=[A-Z])")


def _after_reporting_clause(text: str) -> str:
    """The text after the last reporting clause ("… noted that ") when a person's name follows it; else all."""
    last = None
    for last in _REPORTING_CLAUSE.finditer(text):
        pass
    if last is not None and _starts_person(text[last.end():].strip()):
        return text[last.end():]
    return text


def _last_list_separator(head: str) -> int:
    """Where the last part of a list begins (its separator: a comma, semicolon, " and " or a spaced dash)
    outside brackets, or -1: "A (Chair, X Board) – Dr B" parts before "Dr B", not inside the bracket."""
    depth = 0
    last = -1
    for i, c in enumerate(head):
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (c in ",;" or head.startswith((" and ", " – ", " — ", " - "), i)):
            last = i
    return last


# "…, particularly Ann Lee, who was deputising for …": the person the relative clause is about
_WHO_CLAUSE = lazy_compile(r"(?:^|[,;:(]\s*|\b(?:particularly|especially|including|notably|welcom(?:ed|ing))\s+)"
                           r"(?P<who>(?:" + _SHORT_TITLE + r")?[A-Z][\w'’.-]*"
                           r"(?:\s+[A-Z][\w'’.-]*){1,3}),\s+who\s*$")


# after "… had sent apologies": for coming late, not for being away
_LATE_ONLY = lazy_compile(r"[^.]*?\b(?:for\s+lateness|late\s+arrival|arriving\s+late)\b", re.I)


# "The minutes of the previous meeting were agreed, with amendments to the attendance. It was noted that A was
# present …": attendance of that earlier meeting, not of this one
# ("Agreed the minutes of the meeting held on 9 April subject to an amendment to reflect the apologies of Cllr A": the
# minutes before a meeting are always an earlier meeting's)
_PREVIOUS_MINUTES = lazy_compile(r"(?:\b(?:previous|last)\s+meeting\b|\bminutes\s+of\s+the\s+(?:\w+\s+)?meeting\s+held\s+on\b)"
                                 r"[^\n]*?\b(?:amend|correct|omitted|should\s+have|attendance\s+(?:section|list))", re.I)


def _titled_from_body(text: str) -> bool:
    """"Inspector Bo Hart of Northvale Police", "Dr Cy Dale of the Eastvale Trust": a titled name and the body after
    "of" (a rank or a courtesy title: the title marks the name, "of" the guest's body)."""
    sp = split_name(text)
    return bool(sp and sp.title and re.match(r"\s+of\s+(?:the\s+)?[A-Z]", text[sp.end:]))


def _corrects_previous_minutes(text: str, pos: int) -> bool:
    """Whether the paragraph before ``pos`` is about correcting the previous meeting's minutes."""
    start = text.rfind("\n", 0, pos) + 1
    return pos - start < 1000 and bool(_PREVIOUS_MINUTES.search(text, start, pos))


def _substitute_pairs(flat: str, at: int) -> list[_Entry]:
    """The pairs of a colon list of substitutes, to the sentence's end: "S Burns for D Gallagher; P Garner for
    P Sutton and R Stray for S Jacques" (parted by semicolons, colons, commas or "and"). Each pair's first
    name is the substitute; a body in the second place ("C Oakley for the Office of the PCC") is no one's."""
    end = _sentence_end(flat, at)
    entries: list[_Entry] = []
    pos = at
    for piece in re.split(r"([;:,]|\s+and\s+(?=[^;:,]+\s+for\s+))", flat[at:end]):
        m = _SUBSTITUTE_PAIR.fullmatch(piece) if piece.strip() not in (";", ":", ",", "and") else None
        if m and _is_bare_name(m.group("who")):
            e = _Entry(m.group("who"), pos + m.start("who"), "substitute", "substitute")
            target = _clean_target(m.group("for"))
            e.substitute_for = target if _is_bare_name(target) else None  # type: ignore[attr-defined]
            entries.append(e)
        pos += len(piece)
    return entries


def _paired_substitutes(m: re.Match) -> list[_Entry]:
    """The substitutes of a "… respectively" sentence, each for the one in the same place of the other list;
    nothing when the lists differ in length (the pairing is then unknown)."""
    first = _list_entries(m.group("first"), m.start("first"), "substitute", "substitute")
    second = _list_entries(m.group("second"), m.start("second"), "substitute", "substitute")
    came, away = (second, first) if m.group("by") else (first, second)
    if len(came) != len(away) or len(came) < 2:
        return []
    for e, other in zip(came, away):
        named = split_name(other.text, other.inherited_title)
        e.substitute_for = named.name if named else _clean_target(other.text)  # type: ignore[attr-defined]
    return came


# stems the windows' words share: a word whose stem is not on the page is not there either, so one search of the
# page stands for several words (most pages hold none of them)
_WINDOW_STEMS = ("apolog", "substitut", "deput", "place", "representative", "guest", "observer", "attendance",
                 "present", "chair")
_STEM_OF: dict[str, str] = {}  # each window word's first stem ("" for none), worked out when first asked


def _windows(low: str, words, absent: set[str]) -> list[tuple[int, int]]:
    """Spans of the sentences (and the lines around them) that contain any of ``words``, merged: where the
    sentence patterns are worth running. ``absent``: the _WINDOW_STEMS not on the page."""
    spans: list[list[int]] = []
    for w in words:
        stem = _STEM_OF.get(w)
        if stem is None:
            stem = _STEM_OF[w] = next((s for s in _WINDOW_STEMS if s in w), "")
        if stem in absent:
            continue
        i = low.find(w)
        while i >= 0:
            a = max(low.rfind(". ", 0, max(i - 400, 0) + 1), low.rfind(". ", 0, i), 0)
            a = max(0, low.rfind(". ", 0, a - 1) + 2 if a > 0 else 0)  # one sentence further back: the subject
            b = low.find(". ", i + len(w))
            b = len(low) if b < 0 else min(len(low), b + 2)
            spans.append([a, b])
            i = low.find(w, i + len(w))
    spans.sort()
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [(a, b) for a, b in merged]


def _last_sentence_start(text: str, pos: int) -> int:
    i = pos
    while i > 0:
        i = text.rfind(". ", 0, i)
        if i < 0:
            return 0
        prev = re.search(r"(\w+)$", text[:i])
        word = prev.group(1) if prev else ""
        if not (len(word) == 1 and word.isupper()) and word.lower() not in _ABBREV_BEFORE_DOT:
            return i + 2
    return 0
