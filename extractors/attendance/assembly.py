"""A page's attendance: its blocks and sentences, each entry's records, one record per person."""
from __future__ import annotations

import re

from boardpapers.models import AttendanceRecord, Page

from ..doctype import meeting_date
from ..lazyre import lazy_compile
from ..names import ROLE_WORDS, person_key, split_name
from ..organisations import Gazetteer
from .headings import (
    _BODY_GROUP_LABEL,
    _NOTE_TIME_TAIL,
    _PART_ATTENDANCE_NOTE,
    _clean_row,
    _column_headings,
    _group_label,
    _sitting_label,
    _heading,
    _is_entry_line,
    _is_post_line,
    _is_prose,
    _is_stop,
    _PRESS_AND_PUBLIC,
    _join_wrapped_labels,
    _lines,
    _drop_heading_tails,
    _midline_headings,
    _office_heading,
)
from .learned import learned_records
from .records import _entry_records
from .rows import _PUBLIC_HEAD, _block_entries, _column_entries, _name_and_body_lines, _post_before_name, _status_from_bracket_marks
from .sentences import _sentences
from .shape import (
    _GAZ,
    _initials_of,
    _is_bare_name,
    _is_person,
    _looks_like_org,
    _split_list,
    _starts_person,
    _wrapped_cell_line,
)
from .tables import (
    _apologies_column_table,
    _header_table,
    _introductions_table,
    _MARK_ROW,
    _mark_legend,
    _mark_rows_run,
    _register_run,
    _register_statuses,
    _status_rows_run,
)
from .vocab import (
    _SWITCHING_LABEL,
    _MEMBERS_AFTER_PRESENT,
    _STRONG_ORG_WORDS,
    _WELSH_SEAT_WORDS,
    _BULLET,
    _Entry,
    _LETTER_SPACED,
    _LETTER_SPACED_OPENING,
    _NUMBER_PREFIX,
    _REPRESENTING_LABEL,
    _SEATS_OF_MANY,
    _SPACED_HEADINGS,
    _CAPS_LABEL_TAIL,
    _GROUP_MARK,
    _PEOPLE_GROUP,
    _FOOTNOTE_MARK,
    _GROUP_WORDS,
    _HEADER_CELLS,
    _HEADING_WORD_RE,
    _ITEM_RE,
    _SPACE_COLUMNS,
    _STRONG_ORG_WORDS,
    _STATUS_WEIGHT,
    _STRONG,
)
from .wording import _APOLOGY_SENT, _DEPUTY_TAIL, _SUBSTITUTE_CLAUSE, _SUBSTITUTES_LIST


def parse_attendance(pages: list[Page], gazetteer: Gazetteer | None = None) -> list[AttendanceRecord]:
    """Every attendance record the minutes state, in reading order, one per person."""
    gaz = gazetteer if gazetteer is not None else Gazetteer.default()
    meeting_day = attendance_day(pages)
    return combined_pages(pages, [page_attendance(page, meeting_day, gaz) for page in pages], gaz)


def combined_pages(pages: list[Page], per_page: list[list[AttendanceRecord]], gaz) -> list[AttendanceRecord]:
    """The document's records from each page's (``page_attendance``, read in any order or process): tables
    carried over page breaks, then one record per person."""
    return _dedupe(joined_pages(pages, per_page, gaz))


def joined_pages(pages: list[Page], per_page: list[list[AttendanceRecord]], gaz) -> list[AttendanceRecord]:
    """The pages' records in order, with the rows of a table that runs over a page break (``continued_table``)."""
    out = list(per_page[:1])
    for i in range(1, len(pages)):
        # a table the page before ends in may go on at the top of this one
        carried = continued_table(pages[i], pages[i - 1], per_page[i - 1], gaz) if per_page[i - 1] else []
        out.append(carried + per_page[i])
    return [r for page_records in out for r in page_records]


def attendance_day(pages: list[Page]):
    """The meeting's date, whose column a register (one column per meeting) is read in."""
    return meeting_date(next((p.text for p in pages if (p.text or "").strip()), ""))


def page_attendance(page: Page, meeting_day, gaz: Gazetteer) -> list[AttendanceRecord]:
    """One page's records, before ``_dedupe``: a page is read on its own, so pages may be read in
    any order or in several processes (``extract_document`` shares a long document's pages out)."""
    records: list[AttendanceRecord] = []
    text = attendance_text(page)
    used: list[tuple[int, int]] = []
    for entries, span in _blocks(text, meeting_day):
        found = [r for entry in entries for r in _entry_records(entry, page.number, gaz)]
        if found or not entries:
            used.append(span)
        # else the block's text was no list ("Apologies" then "i. Councillors A and B apologised for …"): its
        # sentences are read as sentences
        records.extend(found)
    for entries in _sentences(text, used):
        for entry in entries:
            records.extend(_entry_records(entry, page.number, gaz))
    records.extend(learned_records(text, used, records, page.number, gaz))  # the recall fallback (learned.py)
    return records


def attendance_text(page: Page) -> str:
    """The page's text as the attendance rules read it (same length as the page's text, so offsets hold)."""
    text = (page.text or "").replace("[", "(").replace("]", ")")
    # a run of 3+ spaces inside a line is a column gap (text laid out by another tool, "pdftotext -layout"):
    # read it as the TAB the layout reader would have written; same length, so offsets hold
    if "   " in text:  # (the gap's three spaces: most pages have none, and the scan costs)
        text = _SPACE_COLUMNS.sub(lambda m: "\t" + " " * (len(m.group(0)) - 1), text)
    if _LETTER_SPACED_OPENING.search("\n" + text) and _LETTER_SPACED.search(text):
        text = _LETTER_SPACED.sub(_unspaced_heading, text)
    text = _fold_bilingual_seats(text)
    text = _fold_caps_names(text)
    if "*" in text or "†" in text or "‡" in text:
        text = _FOOTNOTE_MARK.sub(lambda m: " " * len(m.group(0)), text)
    return text


def _unspaced_heading(m: re.Match) -> str:
    """A letter-spaced heading as its words ("P R E S E N T" → "PRESENT" and spaces to the old length, so offsets
    hold); any other letter-spaced line as written."""
    letters = m.group("letters")
    heading = _SPACED_HEADINGS.get(letters.replace(" ", "").lower())
    if heading is None:
        return m.group(0)
    word = heading.upper() if letters.isupper() else heading.capitalize()
    return m.group("pre") + word + " " * (len(letters) - len(word))


def _labelled_body(label: str) -> str | None:
    """The body a group label names ("NHS Fife:", "Scottish Government officials:" → "Scottish Government"), or None
    ("Board Members:", "Declaration of Members' Interests:", "Leaders of North Wales local authorities:")."""
    label = label.strip().rstrip(":-").strip()
    rep = _REPRESENTING_LABEL.fullmatch(label)
    if rep:
        return rep.group("body")  # "Representing Northvale Enterprise (NE):": the label says it is a body
    if _SEATS_OF_MANY.search(label):
        return None  # "Community Partnership Chairs:": the chairs of several partnerships, each row its own
    body = re.sub(r"\s+(?:officials|officers|members|representatives|staff)$", "", label, flags=re.I)
    # a kind of body alone ("Board Members", "Council Officers") is a group of this body's people, no other body
    return body if len(body.split()) >= 2 and _names_a_body(body) else None


def _names_a_body(text: str) -> bool:
    """A group's label or a heading names a body as one: a gazetteer body, or a kind of body ("CCG", "Council",
    "Trust") in a name; a label such as "Political Members" or a place is not every listed person's organisation."""
    return bool(_GAZ().match(text)) or bool(_STRONG_ORG_WORDS.search(text)) and _looks_like_org(text)


# a title, then a name wholly in capitals ("COUNCILLOR ANN RUDD (CHAIR)", "Cllr JOHN SMITH"); case-sensitive and with
# no leading \b (which would stop the regex engine skipping ahead to a title's first letter), as the page test runs
# on every page: _caps_titled_name checks the word boundary
_CAPS_TITLED_NAME = lazy_compile(
    r"(?:COUNCILLORS?|CLLRS?|MRS|MR|MS|MISS|DR|PROFESSOR|PROF|SIR|DAME|REVD|REV|PROVOST|BAILIE|Councillors?|Cllrs?"
    r"|Mrs|Mr|Ms|Miss|Dr|Professor|Prof|Sir|Dame|Revd|Rev|Provost|Bailie)\.?[ \t]+[A-Z][A-Z'’-]*(?:[ \t]+[A-Z][A-Z'’-]*)+"
    r"(?:[ \t]*\([A-Z][A-Z -]*\))?(?![\w'’-])")


def _fold_caps_names(text: str) -> str:
    """A titled name written wholly in capitals, in ordinary case ("COUNCILLOR ANN RUDD (CHAIR)" → "Councillor Ann
    Rudd (Chair)"), so the name rules read it; initials (one or two letters) stay as written. A line wholly in
    capitals is folded whole ("COUNCILLORS P KOLB AND T REID", "MR A MARSH, DIRECTOR OF FINANCE, NHS FIFE"): its
    short words stay (acronyms such as "NHS"), but for "and", "of", "for", "the". Same length, so offsets hold."""
    if not _caps_titled_name(text):
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        m = _caps_titled_name(line)
        if not m:
            continue
        if not any(c.islower() for c in line):
            lines[k] = re.sub(r"[A-Z][A-Z'’-]*", lambda w: _caps_line_word(w.group(0)), line)
        title, rest = re.match(r"(\S+)(.*)", m.group(0), re.S).groups()
        lines[k] = lines[k][:m.start()] + _caps_word(title) \
            + re.sub(r"[A-Z][A-Z'’-]{2,}", lambda w: _caps_word(w.group(0)), rest) + lines[k][m.end():]
    return "\n".join(lines)


def _caps_titled_name(text: str) -> re.Match | None:
    return next((m for m in _CAPS_TITLED_NAME.finditer(text) if not m.start() or not text[m.start() - 1].isalnum()),
                None)


def _caps_line_word(word: str) -> str:
    if word in ("AND", "OF", "FOR", "THE", "TO", "IN", "AT"):
        return word.lower()
    return _caps_word(word) if len(word) >= 4 and re.search(r"[AEIOUY]", word) else word


def _caps_word(word: str) -> str:
    """"RUDD" → "Rudd", "MCLEAN" → "McLean", "O'NEILL" → "O'Neill", "SMITH-JONES" → "Smith-Jones"."""
    out = re.sub(r"[A-Z]+", lambda p: p.group(0)[:1] + p.group(0)[1:].lower(), word)
    return re.sub(r"^Mc([a-z])", lambda p: "Mc" + p.group(1).upper(), out)


# capitalised, as a seat opens; case-sensitive, because an alternation under re.I is several times slower to scan a
# page with (the page test runs on every page)
_WELSH_SEAT_ALTERNATION = "|".join(sorted((w[:1].upper() + w[1:] for w in _WELSH_SEAT_WORDS), key=len, reverse=True))
_WELSH_SEAT_WORD = lazy_compile(rf"(?:{_WELSH_SEAT_ALTERNATION})\b")
_WELSH_SEAT_START = lazy_compile(rf"[ \t](?:{_WELSH_SEAT_ALTERNATION})\b")


# "Aelodau'r Pwyllgor a oedd yn bresennol", "Y rhai eraill a oedd yn bresennol" ("… who were present")
_WELSH_PRESENT_HEADING = lazy_compile(r"[^\n]{0,80}\ba\s+oedd\s+yn\s+bresennol", re.I)


def _fold_bilingual_seats(text: str) -> str:
    """A bilingual record's entry, "Name Welsh seat" then "English seat" on the next line ("Ann Lee Swyddog Polisi,
    Cyngor …" / "Policy Officer, … Council"), becomes one line "Name, English seat": the Welsh words blanked and
    the line break a space (same length, so offsets hold). Only where a line goes on from a name into a Welsh post
    or body word and the next line is a seat, not a person."""
    if not _WELSH_SEAT_WORD.search(text):
        return text
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if _WELSH_PRESENT_HEADING.fullmatch(line.strip()):
            lines[k] = " " * len(line)  # the Welsh heading over its English one: a blank line, not a seat
    for k in range(len(lines) - 1):
        line, nxt = lines[k], lines[k + 1]
        m = _WELSH_SEAT_START.search(line)
        if not m or "\t" in line or not nxt.strip() or "\t" in nxt:
            continue
        name = line[:m.start()].strip()
        own = split_name(name)
        first = nxt.split(",")[0].strip()
        # the Welsh seat follows the name with no comma ("Cllr A, Cyngor Gwynedd" is one language's name, body),
        # and the next line is a seat, not the next person
        if not own or own.end < len(name) - 4 or name.endswith(",") or not nxt[:1].isupper() or own.title \
                or re.match(r"Y|Yr\b", name) \
                or _starts_person(first) and not (_looks_like_org(first) or _STRONG_ORG_WORDS.search(first)) \
                or _WELSH_SEAT_START.search(" " + nxt):
            continue
        at = m.start()
        lines[k] = line[:at] + "," + " " * (len(line) - at - 1)
        lines[k + 1] = " " + nxt  # takes the place of the line break
    out = []
    for k, line in enumerate(lines):
        if k and line.startswith(" ") and out and out[-1].rstrip(" ").endswith(","):
            out[-1] = out[-1] + line  # joined: the space stands where the "\n" was
        else:
            out.append(line)
    return "\n".join(out)


def _blocks(text: str, meeting_day=None):
    """Yield (entries, (start, end)) for each attendance block on the page: blocks under a heading, and
    tables whose header row names an attendance column or one column per meeting."""
    lines = _drop_heading_tails(_join_wrapped_labels(_midline_headings(_lines(text))))
    n = len(lines)
    i = 0
    items_seen = False  # a list with no heading counts only before the first agenda item or heading
    # the rules for lists with no heading are tried from every line, so their own first tests are done once per
    # page: a register needs a status line just below, seat groups a seat label somewhere below
    statuses = _register_statuses(lines)
    any_status = any(statuses)
    last_seat_label = _last_seat_label(lines)
    legend = _mark_legend(lines) if ":" in text or "=" in text else {}
    present_seen = False  # a "Present" heading has come: "Members in attendance" after it are no members of the body
    while i < n:
        offset, line = lines[i]
        # (both tables open on a header row of cells, and a register needs a status line: tested here, not
        # in a call from every line)
        table = _header_table(lines, i, meeting_day) or _apologies_column_table(lines, i) if "\t" in line else None
        if table is not None:
            entries, span, i = table
            yield entries, span
            continue
        register = (_register_run(lines, i, statuses) if any_status else None) if "\t" not in line \
            else _status_rows_run(lines, i)
        if register is None and "\t" not in line and i + 1 < n and "\t" in lines[i + 1][1]:
            register = _status_rows_run(lines, i)  # a label in capitals over the first group
        if register is None and legend and _MARK_ROW.match(line):
            register = _mark_rows_run(lines, i, legend)
        elif register is None and legend and i + 1 < n and _MARK_ROW.match(lines[i + 1][1]) and _heading(line):
            register = _mark_rows_run(lines, i + 1, legend)  # "Councillors:" over the rows: each mark says the status
        if register is not None:
            entries, span, i = register
            yield entries, span
            continue
        intro = _introductions_table(lines, i)
        if intro is not None:
            body, i = intro
            yield _block_entries(text, "present", line.strip(), "", offset, body), (body[0][0], body[-1][0] + len(
                body[-1][1]))
            continue
        head = _heading(line)
        if not head or head[0] is None:
            if not items_seen and (head or _ITEM_RE.match(line)):
                items_seen = True
            elif items_seen and not head and _MINUTES_TITLE.match(line):
                items_seen = False  # the agenda's items above, then the minutes' own title: their list may follow
            preamble = None if items_seen or "(" not in line and ":" not in line \
                and not line.lstrip().startswith(("Cllr", "Councillor ")) else _preamble_list(lines, i)
            if preamble is None and not items_seen and not head and "\t" not in line and line.count("(") >= 3 \
                    and (initialled := _initialled_list_lines(lines, i)) is not None:
                members, others, i = initialled
                for status, rows in (("present", members), ("in_attendance", others)):
                    if rows:
                        yield _block_entries(text, status, "(no heading)", "", rows[0][0], rows), (
                            rows[0][0], rows[-1][0] + len(rows[-1][1]))
                continue
            if preamble is None and not items_seen and "\t" in line:
                # (cheap tests first: these rules are tried from every TAB line before the first item)
                if "(" in line or i + 1 < n and lines[i + 1][1].lstrip().startswith("("):
                    preamble = _initialled_rows(lines, i)
                if preamble is None and all("(" in c for c in line.split("\t") if c.strip()):
                    preamble = _bracketed_grid(lines, i)
                elif preamble is None and "(" not in line:
                    preamble = _name_grid(lines, i)
            if preamble is None and not items_seen and not head and _TITLED_LIST_LINE.match(line) \
                    and (titled := _titled_list_preamble(lines, i)) is not None:
                listed, officers, i = titled
                yield _block_entries(text, "present", "(no heading)", "", listed[0][0], listed), (
                    listed[0][0], listed[-1][0] + len(listed[-1][1]))
                for off_r, row in officers:  # an officer's line, post then name: no tail of the list above it
                    lead = len(row) - len(row.lstrip())
                    yield [_Entry(_post_before_name(row.strip(" .")), off_r + lead, "present", "(no heading)")], (
                        off_r, off_r + len(row))
                continue
            if preamble is None and not items_seen and not head and i <= last_seat_label:
                preamble = _seat_groups(lines, i)
            if preamble is not None:
                body, i = preamble
                yield _block_entries(text, "present", "(no heading)", "", offset, body), (
                    body[0][0], body[-1][0] + len(body[-1][1]))
                continue
            i += 1
            continue
        status, raw, content_at = head
        if status == "present" and present_seen and raw.strip(" :-").lower() in _MEMBERS_AFTER_PRESENT:
            status = "in_attendance"
        present_seen = present_seen or status == "present"
        members = _unheaded_members(lines, i) if status == "in_attendance" and not _ITEM_RE.match(line) \
            and not _NUMBER_PREFIX.match(line) else None
        if members is not None:
            # "In attendance" with the members' rows straight above it and no heading of their own: those are the
            # members present
            yield _block_entries(text, "present", "(no heading)", "", members[0][0], members), (
                members[0][0], members[-1][0] + len(members[-1][1]))
        titled_head = _PLURAL_TITLE_HEADING.match(line)
        if titled_head and line[content_at:].strip() and not split_name(line[content_at:].strip()):
            # "Councillors Present: Ruddock (Chair), Peel and Irwin": the heading's title is the surnames' (the
            # status words blanked, so offsets hold)
            blank_from = titled_head.end("title")
            line = line[:blank_from] + " " * (titled_head.end() - blank_from) + line[titled_head.end():]
            content_at = titled_head.start("title")
        group_of = _ATTENDEES_OF_GROUP.match(line)
        if group_of and not getattr(split_name(group_of.group("group")), "title", None) and i + 1 < n \
                and _is_entry_line(lines[i + 1][1]):
            # "Attendees – Northvale (in-person)" over its people: the dash names which attendees, not a person (the
            # group's words blanked, so offsets hold)
            line = line[:group_of.start("group")] + " " * len(group_of.group("group"))
        cell_slash = re.match(r"[ \t]*/[ \t]+(?=\S)", line[content_at:])
        if cell_slash:
            # "In attendance: / Di Eve / Board Secretary": a document site's rendering of a Word table, its cells
            # parted by " / "
            content_at += cell_slash.end()
        inline = line[content_at:]
        lead_in = _RECEIVED_FROM_LEAD.match(lines[i + 1][1]) if not inline.strip() and i + 1 < n else None
        if lead_in:
            # "Apologies for absence:" then "were submitted on behalf of Councillors A, B and C": the list follows
            i += 1
            offset, line = lines[i]
            content_at = lead_in.end()
            inline = line[content_at:]
        below = _table_below_title(lines, i, meeting_day) if not inline.strip() else None
        if below is not None:
            i = below  # "Attendance" over a register or a table with a status column: the table says each row's status
            continue
        if _SECTION_TITLE.fullmatch(raw.strip()) and not inline.strip():
            nxt = next((s for _, s in _non_blank(lines, i + 1)), "")
            if (h_next := _heading(nxt)) and h_next[0] is not None:
                i += 1  # "Attendance Details" over "Present:", "Officers:", "Apologies:": a title, each heading its own
                continue
        above = _rows_above_label(lines, i) if inline.strip() and "\t" in line else None
        if above is not None:
            # a label cell centred down its group ("Present:" beside the third name): the group's first rows sit
            # above the label's line
            yield _block_entries(text, status, raw.strip(), "", above[0][0], above), (
                above[0][0], above[-1][0] + len(above[-1][1]))
        while inline.strip() and (inline.count("(") > inline.count(")") or inline.rstrip().endswith(",")
                                  or re.search(r",.*\s[A-Z]\.?$", inline.rstrip())
                                  and _WRAPPED_SURNAME_HEAD.match(lines[i + 1][1].strip() if i + 1 < n else "")) \
                and i + 1 < n and lines[i + 1][1].strip() and not _heading(lines[i + 1][1]) \
                and not _is_stop(lines[i + 1][1]):
            # "Apologies … from: A (ABC), B (ABC – C" / "D is sub), E (ABC)": an inline list wrapped over lines (or
            # cut after an initial: "…, Cllr J" / "Smith, …"); a wrapped line's blank first cell is only its indent
            nxt_off, nxt = lines[i + 1]
            nxt = re.sub(r"^\t+", lambda m: " " * len(m.group(0)), nxt)
            inline = inline + " " * (nxt_off - (offset + len(line))) + nxt
            line = line + " " * (nxt_off - (offset + len(line))) + nxt
            i += 1
        if raw.isupper() and len(raw.split()) > 1 and i + 1 < n:
            tail = _CAPS_LABEL_TAIL.match(lines[i + 1][1])
            if tail and not split_name(tail.group(0).strip().title()):
                lines[i + 1] = (lines[i + 1][0] + tail.end(), lines[i + 1][1][tail.end():])
        if _APOLOGY_SENT.search(inline) or status == "substitute" and inline.strip() and _SUBSTITUTES_LIST.search(line):
            # "Apologies for Absence<TAB>Minutes: Apologies … were received from …", "The following substitutes
            # were present: A for B; C for D": sentences, read as such
            i += 1
            continue
        # a row of headings ("Present:<TAB>In Attendance:") heads one column each
        columns = _column_headings(line)
        body: list[tuple[int, str]] = []
        grouped = False  # "Present:" then "Board Members:" … "Officials:": labels of groups under one status
        labelled_body = False  # a group label that names a body ("NHS Fife:") heads the people under it
        j = i + 1
        # "Chairman: Cllr Ann Lee" over "Venue: …": an office's heading holds its one holder, no list below
        office = bool(inline.strip()) and _office_heading(raw)
        while j < n and not office:
            off2, l2 = lines[j]
            if not l2.strip():
                k = j + 1
                while k < n and not lines[k][1].strip():
                    k += 1
                if not body and not inline.strip():
                    j = k  # "PRESENT" then a blank line, then the names
                    continue
                if k < n and (_is_entry_line(lines[k][1]) or _is_post_line(lines[k][1]) and not any(
                        split_name(_clean_row(0, b)[1]) for _, b in body) and not split_name(inline.strip())):
                    j = k  # "IN ATTENDANCE: Northvale Borough Council", a blank line, its posts, then the people
                    continue
                break
            stripped = _BULLET.sub("", l2)
            h2 = _heading(stripped)
            if h2 is not None and status == "present" and stripped[h2[2]:].strip() \
                    and _office_heading(h2[1]):
                # "Present" then "Chair<TAB>Cllr Amy Rook": the office's row of the list, its holder one of those present
                body.append((off2, l2))
                j += 1
                continue
            if h2 is not None:
                rest2 = stripped[h2[2]:].strip()
                weak = h2[0] not in _STRONG and not _SWITCHING_LABEL.search(h2[1])
                if not rest2 and weak and (grouped or h2[0] == status or not body and not inline.strip()) \
                        or h2[0] is None:
                    j += 1  # "Board Members:" / "Voting Members:" inside a Present block: a group, same status
                    group_body = _heading_body(h2[1])
                    at = off2 + len(l2) - len(l2.lstrip())
                    if not group_body and not rest2 and (group_body := _labelled_body(stripped)):
                        labelled_body = True  # "Scottish Government officials:": the group's body
                    if group_body:
                        # "NHS East Sussex CCG Present" after the first CCG's people: the next group's body
                        body += [(at, _GROUP_MARK), (at, group_body)]
                    elif labelled_body:
                        body.append((at, _GROUP_MARK))  # "Board Members:" after "NHS Fife:"'s people: no body now
                    grouped = grouped or not body and not inline.strip()
                    continue
                break
            if _PART_ATTENDANCE_NOTE.match(stripped):
                j += 1  # "In attendance from Item 6.1.2" / "(13:50) onwards" under a name: when, no one of its own
                while j < n and _NOTE_TIME_TAIL.fullmatch(lines[j][1]):
                    j += 1
                continue
            if _PRESS_AND_PUBLIC.match(stripped.strip()):
                break  # "Members of the Public" after the officers: no group of attendees, the block ends
            if status != "present" and raw.isupper() and _CAPS_SEAT_ROW.match(stripped):
                break  # "APOLOGIES:<TAB>…" then "CHAIR:<TAB>Ann Lee": the next labelled paragraph, not an apology
            if (_group_label(stripped) and not _is_entry_line(stripped) or _PEOPLE_GROUP.match(stripped.strip())
                    or _sitting_label(stripped)) and not _wrapped_cell_line(body[-1][1] if body else line, l2):
                body.append((off2, _GROUP_MARK))  # "Councillors:", "Officials": a group under the heading's status
                label = _labelled_body(stripped)
                if label:
                    body.append((off2 + len(l2) - len(l2.lstrip()), label))  # "NHS Fife:": the group's body
                    labelled_body = True
                j += 1
                continue
            if _is_stop(l2) or _is_prose(stripped) or _APOLOGY_SENT.match(stripped.strip()) \
                    or _SUBSTITUTE_CLAUSE.search(stripped) and not (
                        _DEPUTY_TAIL.search(stripped) and _starts_person(stripped)):
                break  # (not "A B, Director. His deputy C D attended in his place": a row of the list)
            body.append((off2, l2))
            j += 1
        if columns:
            entries = _column_entries(columns, body, raw)
        else:
            rows = _name_and_body_lines(body) if not inline.strip() else body
            entries = _status_from_bracket_marks(_block_entries(text, status, raw, inline, offset + content_at, rows))
        body_of = _heading_body(raw)
        for e in entries if body_of else ():
            e.group_org = e.group_org or body_of  # "NHS East Sussex CCG Present": the group's body
        end = body[-1][0] + len(body[-1][1]) if body else offset + len(line)
        yield entries, (offset, end)
        i = max(j, i + 1)


# a heading whose first words are a plural title ("Councillors Present:", "Cllrs in attendance:-")
# a meeting's title or place between a page's "Attendance" title and its table ("Cabinet - Tuesday, 3rd May, 2016",
# "Venue: Town Hall"): ModernGov's attendance page
_MEETING_LINE = lazy_compile(r"^\s*(?:(?:Venue|Place|Location|Contact)\s*:|.*\b(?:19|20)\d\d\b)")


def _table_below_title(lines, i: int, meeting_day) -> int | None:
    """The index of the header row of a table with a status column just below heading ``i``, past at most two lines
    naming the meeting; None where anything else comes first."""
    for j in range(i + 1, min(i + 4, len(lines))):
        if "\t" in lines[j][1]:
            return j if _header_table(lines, j, meeting_day) is not None else None
        if not _MEETING_LINE.match(lines[j][1]):
            return None
    return None


# "Attendees – Northvale (in-person)", "Attendees - Government/External": a heading naming the attendees, a dash, then
# which group of them (no list: no comma)
_ATTENDEES_OF_GROUP = lazy_compile(r"[ \t]*(?:Attendees|ATTENDEES|Attendance|ATTENDANCE)[ \t]+[–—-][ \t]+(?P<group>[^,;\t]+?)[ \t]*$")
_PLURAL_TITLE_HEADING = lazy_compile(r"[ \t]*(?P<title>(?:County\s+|Borough\s+)?Councillors|Cllrs|Aldermen)[ \t]+"
                                     r"(?:present|in\s+attendance|attending)[ \t]*(?::-|:|–|-)[ \t]*", re.I)


def _rows_above_label(lines: list[tuple[int, str]], i: int) -> list[tuple[int, str]] | None:
    """The name | role rows straight above the first attendance label of the page, under the title lines: each in
    the name column (a leading TAB), a person then a role cell. None when there are none, or an attendance heading
    came before them (they then belong to that heading's block)."""
    k = i
    while k > 0 and (row := lines[k - 1][1]).startswith("\t") and "\t" in row.strip() \
            and _starts_person(row.strip()) and not _heading(row):
        k -= 1
    if k == i or k > 0 and "\t" in lines[k - 1][1] or any((h := _heading(r)) and h[0] for _, r in lines[:k]):
        return None
    return lines[k:i]


def _member_row(row: str) -> bool:
    """A row of a name cell then a job cell ("Ann Lee<TAB>Chair", "Tom Bell<TAB>-<TAB>Director of Finance"): the
    first cell a person's name and nothing else."""
    cells = [c.strip() for c in row.split("\t") if c.strip() and c.strip() not in ("-", "–", ":")]
    if len(cells) < 2 or _heading(row) or _ITEM_RE.match(row):
        return False
    sp = split_name(cells[0])
    # (a forename the name rules do not read, "SarahJane Relf", among the others: still a name's cell)
    named = sp and not cells[0][sp.end:].strip(" ,") or _NAME_CELL.fullmatch(cells[0]) \
        and not _STRONG_ORG_WORDS.search(cells[0])
    return bool(named) and not _looks_like_org(cells[1]) \
        and not split_name(cells[1])


_NAME_CELL = lazy_compile(r"[A-Z][a-z]+[A-Za-z'’-]*(?:\s+[A-Z][a-z]+[A-Za-z'’-]*){1,2}")


def _unheaded_members(lines: list[tuple[int, str]], i: int) -> list[tuple[int, str]] | None:
    """The name | job rows straight above the page's first attendance heading, "In attendance" (not an agenda item's
    "1. Apologies": a list under no heading may be a circulation list), under
    the title lines or a label that is no status ("Board of Directors"): minutes that list their members first with
    no "Present" heading. Three people or more, every row a person's name then a job (a job wrapped in its cell,
    a line in the job column alone, goes with the row above); None when a heading with a status came first or the
    line above the rows is a table's (a header row: that table's rule reads them)."""
    k, people = i, 0
    while k > 0:
        row = lines[k - 1][1]
        if _member_row(row):
            people += 1
        elif not (row.startswith("\t") and row.strip() and not _starts_person(row.strip())
                  and k < i and not _heading(row)):
            break
        k -= 1
    while k < i and not _member_row(lines[k][1]):
        k += 1  # the run opens with a person, not a wrapped job
    if people < 3:
        k, people = _bare_member_run(lines, i)
    if people < 3 or k > 0 and "\t" in lines[k - 1][1] or any((h := _heading(r)) and h[0] for _, r in lines[:k]):
        return None
    return lines[k:i]


def _bare_member_run(lines: list[tuple[int, str]], i: int) -> tuple[int, int]:
    """(first line, people) of the run of lines straight above line ``i`` that each hold people alone, a name with
    at most a bracket after it ("Ann Lee (Chairman)", "Tom Bell", "Cy Dunn / Di Eve": two sharing a seat): a
    board's members printed with no heading over the title lines' end and "In Attendance". Four lines or more,
    or (i, 0): fewer bare names could be anything."""
    k = i
    while k > 0 and _bare_people_row(lines[k - 1][1]):
        k -= 1
    return (k, i - k) if i - k >= 4 else (i, 0)


def _bare_people_row(row: str) -> bool:
    """"Ann Lee (Chairman)" / "Cy Dunn / Di Eve": a line of one person, or two parted by a slash, each a name
    and at most one bracket after it, no TAB."""
    if "\t" in row or not row.strip() or _heading(row) or _ITEM_RE.match(row):
        return False
    for part in row.split(" / "):
        core, _, bracket = part.strip().partition("(")
        sp = split_name(core.strip())
        if not sp or core.strip()[sp.end:].strip() or bracket and not bracket.rstrip().endswith(")"):
            return False
    return True


# a heading's sentence carried on to the next line: "were received from", "were submitted on behalf of"
_RECEIVED_FROM_LEAD = lazy_compile(r"[ \t]*(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:received|submitted|tendered|"
                                   r"given|sent|noted|presented|offered|conveyed)\s+(?:from|on\s+behalf\s+of|by)\s+(?=[A-Z])")
# a seat labelled in capitals before its person ("CHAIR:<TAB>Ann Lee", "SECRETARY:<TAB>…")
_CAPS_SEAT_ROW = lazy_compile(r"(?:VICE[- ]|CO-|DEPUTY )?(?:CHAIR(?:MAN|PERSON)?|SECRETARY|CLERK|MINUTES|NOTE[- ]TAKER|MINUTE "
                              r"TAKER)\s*:-?\s*\t")
# a section title over the attendance headings, not a status of its own
_SECTION_TITLE = lazy_compile(r"attendance(?:\s+(?:details|record|list))?|attendees", re.I)


def _specificity(rec: AttendanceRecord) -> float:
    return (_STATUS_WEIGHT.get(rec.status or "", 0) + 2 * bool(rec.organisation_id) + bool(rec.organisation)
            + bool(rec.role) + 0.5 * bool(rec.substitute_for) + 0.1 * len(rec.qualifiers))


def _non_blank(lines: list[tuple[int, str]], i: int):
    """(index, stripped text) of each line from ``i`` on that holds anything."""
    for k in range(i, len(lines)):
        s = lines[k][1].strip()
        if s:
            yield k, s


def _preamble_list(lines: list[tuple[int, str]], i: int):
    """(rows, next line index) for the attendees listed with no heading at all between a meeting's title lines
    and its first item: four or more lines in a row (blank lines between them allowed), each one person and
    what is in brackets after the name ("Mary Busk (SAL, Steward)", "Fr Neil (SAL)"), nothing else; or each one
    person, a colon and the post ("Ann Lee: Group Chair", "Dr. Venn: Practice Partner"), as a patient group's
    web page sets out its attendees as bullets; or each one councillor by title ("Cllr. J Bishop")."""
    rows = []
    j = len(lines)
    seated = 0  # rows whose name carries a council title
    coded = 0  # rows that end on the person's initials
    for k, s in _non_blank(lines, i):
        code = _TRAILING_CODE.search(s)
        code_sp = split_name(s[:code.start()].split("(")[0]) if code else None
        coded_row = bool(code_sp and _initials_of(re.sub(r"[ -]", "", code.group(1)), code_sp.person))
        row = lines[k]
        if coded_row:
            s = s[:code.start()]  # "Mark Dodds (Practice Manager) MD": the initials the minutes use for him
            coded += 1
            end = len(row[1].rstrip())
            row = (row[0], row[1][:end - len(code.group(0))] + " " * len(code.group(0)) + row[1][end:])
        core = s.split("(")[0]
        sp = split_name(core)
        seated += bool(sp and sp.title and sp.title.rstrip(".") in ("Cllr", "Councillor"))
        post = _NAME_COLON_POST.fullmatch(s)
        if post and (post_sp := split_name(post.group(1))) and post_sp.end == len(post.group(1)) \
                and not _heading(s):
            rows.append(row)
            continue
        if not sp or core[sp.end:].strip(" .") or s.count("(") != s.count(")") \
                or "(" not in s and not sp.title and not coded_row or "\t" in s or len(s.split()) > 12 \
                or _heading(s):
            j = k
            break
        rows.append(row)
    # "Cllr. J Bishop" one a line: a parish council's members under its meeting's title need no bracket
    if len(rows) < 4 or (sum("(" in r or ":" in r for _, r in rows) + coded) * 2 < len(rows) and seated < len(rows):
        return None
    return rows, j


# the minutes' title under an agenda printed above them on the same page: "Minutes of PPG meeting Thursday 30th May"
# (not an item's "Minutes of the last meeting")
_MINUTES_TITLE = lazy_compile(r"[ \t]*Minutes\s+of\s+(?!(?:the\s+)?(?:last|previous|prior|earlier)\b)[^:]*$")
# a person's initials after the name at a row's end: "Ken Pearson KP", "Alec Price-Alexander A P-A"
_TRAILING_CODE = lazy_compile(r"\s([A-Z](?:[ -]?[A-Z]){1,4})$")


# "Ann Lee: Group Chair": a name, a colon, a post of a few words (no sentence)
_NAME_COLON_POST = lazy_compile(r"([^:()\t]{3,40}?)\s*:\s+([A-Z][^:()\t.]{2,60})")


# a line that opens with a plural title and a name: "Councillors D Ross (Chairman) (DR), P Sim (PS), …", "Drs.
# Ann Lee, Bob Hay, …" (a medical committee's members)
_TITLED_LIST_LINE = lazy_compile(r"[ \t]*(?:Councillors|Cllrs\.?|Drs\.?)[ \t]+(?:Mrs?\.?\s+|Ms\.?\s+)?[A-Z]")


# the surname of a list's last name cut after its initial, at the next line's start ("…, Cllr J" / "Smith, …");
# not a sentence ("…, David P" / "A possible new member …": a patient group names its members by initial)
_WRAPPED_SURNAME_HEAD = lazy_compile(r"[A-Z][\w'’-]+(?:[,.;(]|\s*$|\s+(?:and|&)\s)")
# the last name's surname wrapped onto a line of its own, closing the list: "Philip."
_WRAPPED_SURNAME = lazy_compile(r"[A-Z][\w'’-]+\.")


def _titled_list_preamble(lines: list[tuple[int, str]], i: int):
    """(list rows, officer rows, next line index) for the members listed under no heading between a meeting's
    title lines and its first item, as a line that opens with a plural title ("Councillors D Ross (Chairman), P
    Sim and K Tull"): three people or more; a line ending in a comma wraps the list onto the next; the lines
    straight after it that each name an officer by post then name ("Parish Clerk and RFO A M Lee") go with it.
    None for any other line."""
    parts = _split_list(lines[i][1].strip(), 0)
    if len(parts) < 3 or sum(_is_person(p.strip(" .")) for _, p in parts[1:]) < 2:
        return None
    rows = [lines[i]]
    j = i + 1
    while j < len(lines) and lines[j][1].strip() and not _heading(lines[j][1]) and not _ITEM_RE.match(lines[j][1]) \
            and (rows[-1][1].rstrip().endswith(",") or _WRAPPED_SURNAME.fullmatch(lines[j][1].strip())
                 and not rows[-1][1].rstrip().endswith(".")):
        rows.append(lines[j])  # the list wrapped: "…, Stuart Reary," then "Margaret Denison, …, Thomas" "Philip."
        j += 1
    listed = len(rows)
    for k, s in _non_blank(lines, j):
        if _heading(s) or _ITEM_RE.match(s) or not _post_before_name(s.strip(" .")):
            break
        rows.append(lines[k])
        j = k + 1
    return rows[:listed], rows[listed:], j


def _initialled_person(row: str) -> bool | None:
    """Whether the initials in brackets after the name are the person's ("Tom Bell (TB)<TAB>Director",
    "Ada Venn (Av)<TAB>…"), for a row of a person's cell then a role's; None for any other row. Minutes that
    later minute actions against initials list their members this way."""
    if "\t" not in row:
        return None
    first = _LEADING_QUOTE.sub("", row.split("\t")[0]).strip().rstrip(",")
    core, _, bracket = first.partition("(")
    sp = split_name(core.strip())
    if not sp or core.strip()[sp.end:].strip(" ,"):
        return None
    initials, _, after = bracket.partition(")")
    cells = [c.strip() for c in row.split("\t")[1:] if c.strip()]
    if after.strip(" ,") or not cells or len(cells[0]) < 4:
        return None  # "Ann Lee (AL) - Chair<TAB>P": a register's row, its marks in the cells after the name
    return bool(initials) and _initials_of(initials.strip().upper(), sp.person)


def _initialled_rows(lines: list[tuple[int, str]], i: int):
    """(rows, next line index) for members listed with no heading between a meeting's title lines and its first
    item as name | role rows, each name followed by the person's initials in brackets ("Tom Bell (TB)<TAB>
    Director, NHS Northvale"); a short line that is no person's (a role wrapped in its cell, "Vice Chair", or the
    initials alone, "(ALB) (Chairman)") goes on the row above. Four rows or more, and the initials on three rows
    in four, or None: a list of names with roles alone could be anything."""
    rows: list[tuple[int, str]] = []
    people = initialled = 0
    j = len(lines)
    note = False  # the line before was a note on when someone attended
    for k, s in _non_blank(lines, i):
        if rows and (_PART_ATTENDANCE_NOTE.match(s) or note and _NOTE_TIME_TAIL.fullmatch(s)):
            note = True  # "In attendance from Item 6.1.2" / "(13:50) onwards" in a name cell: when, not a role
            continue
        note = False
        person = _initialled_person(s) if not _heading(s) else None
        if person is None:
            if not rows or "\t" in s or len(s.split()) > 6 or _heading(s) or _ITEM_RE.match(s) or split_name(s):
                j = k
                break
            own = _OWN_INITIALS.match(s)  # "Councillor Ann Lee Bell<TAB>Portfolio Holder" / "(ALB) (Chairman)"
            prev = split_name(rows[-1][1].split("\t")[0].strip())
            initialled += bool(own and "(" not in rows[-1][1] and prev and _initials_of(own.group(1).upper(), prev.person))
        else:
            people += 1
            initialled += person
        off, raw = lines[k]
        lead = _LEADING_QUOTE.match(raw)  # a speck read as a quote mark before the name on a scan
        rows.append((off + lead.end(), raw[lead.end():]) if lead else lines[k])
    if people < 4 or initialled * 4 < people * 3:
        return None
    return rows, j


# a name closed by the person's own initials in brackets: "Ann Lee (AL)", "Bo Dee-Hart (BDH)"
_INITIALLED_NAME = lazy_compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})\s*\((?P<code>[A-Z]{2,4})\)")


def _own_initials(m: re.Match | None) -> bool:
    return bool(m and (sp := split_name(m.group("name"))) and _initials_of(m.group("code"), sp.person))


def _initialled_list_lines(lines: list[tuple[int, str]], i: int):
    """(member rows, other rows, next line index) for members listed with no heading between a meeting's title
    lines and its first item as one comma list, each name closed by the person's own initials in brackets ("Ann
    Lee (AL), Bo Dee (BD), Cy Fox (CF)"), as a small council's minutes open: three such names or more, nothing
    else, on the first line. A line after it that names someone so ("1 member of the public, Di Ray (DR) Clerk")
    lists the others there: the clerk, officers and public are in attendance, no members."""
    parts = [p.strip(" .") for p in re.split(r",|\s+and\s+", lines[i][1])]
    if len(parts) < 3 or not all(_own_initials(_INITIALLED_NAME.fullmatch(p)) for p in parts):
        return None
    others = []
    j = i + 1
    while j < len(lines) and j <= i + 2 and not _heading(lines[j][1]) \
            and (not _ITEM_RE.match(lines[j][1]) or _PUBLIC_HEAD.match(lines[j][1])) \
            and any(_own_initials(m) for m in _INITIALLED_NAME.finditer(lines[j][1])):
        others.append(lines[j])
        j += 1
    return [lines[i]], others, j


def _bracketed_grid(lines: list[tuple[int, str]], i: int):
    """(rows, next line index) for members set out with no heading as a grid of "Name (Body)" cells between a
    meeting's title lines and its first item or heading ("Ann Lee (Met Police)<TAB>Tom Bell (NSPCC)<TAB>…"):
    two rows or more, six people or more, every cell a person and the bracket after the name, nothing else. Two
    cells run together with a space ("… (Northvale Council) Tom Bell (…)") are parted with a TAB (same offsets)."""
    rows: list[tuple[int, str]] = []
    people = 0
    j = len(lines)
    for k, s in _non_blank(lines, i):
        row = _RUN_TOGETHER_CELLS.sub("\t", lines[k][1])
        cells = [c.strip() for c in row.split("\t") if c.strip()]
        if _heading(s) or not all(_bracketed_person(c) for c in cells):
            j = k
            break
        people += len(cells)
        rows.append((lines[k][0], row))
    if len(rows) < 2 or people < 6 or sum("\t" in r for _, r in rows) < 2:
        return None
    return rows, j


def _name_grid(lines: list[tuple[int, str]], i: int):
    """(rows, next line index) for members set out with no heading as a grid of bare names between a meeting's
    title lines and its first item ("Ann Lee<TAB>Tom Bell" / "Cy Dunn<TAB>Di Eve" / …), as a community council's
    web post prints its members present: three rows or more, each of two cells or more, every cell a name and
    nothing else (a name | body row, "Ann Lee<TAB>Northvale Unlimited", comes among rows that are not)."""
    rows: list[tuple[int, str]] = []
    j = len(lines)
    for k, s in _non_blank(lines, i):
        cells = [c.strip() for c in s.split("\t") if c.strip()]
        if len(cells) < 2 or _heading(s) or not all(_is_bare_name(c) and " " in c for c in cells):
            j = k
            break
        rows.append(lines[k])
    return (rows, j) if len(rows) >= 3 else None


def _bracketed_person(cell: str) -> bool:
    """"Ann Lee (Northvale LSCB)": a person's name, then one bracket, then nothing."""
    m = _NAME_THEN_BRACKET.fullmatch(cell)
    sp = split_name(m.group(1)) if m else None
    return bool(sp) and not m.group(1)[sp.end:].strip()


_NAME_THEN_BRACKET = lazy_compile(r"([^()]+?)\s*\([^()]+\)")
# a space between one cell's closing bracket and the next cell's name, where PDF-to-text lost the column gap
_RUN_TOGETHER_CELLS = lazy_compile(r"(?<=\)) (?=[A-Z][\w'’-]+ [A-Z][\w'’-]+ \()")

_OWN_INITIALS = lazy_compile(r"\(([A-Za-z]{2,6})\)")
_LEADING_QUOTE = lazy_compile(r"^[\s“”\"'‘’`]+")

_SEAT_PERSON = lazy_compile(r"\s+[–—-]\s+|,\s+")
# a seat label names a place on the board; a status word or a colon makes it a heading of another kind
_SEAT_WORD = lazy_compile(r"\b(?:representatives?|directors?|members?|healthwatch|nhs|council|board|sector|providers?"
                          r"|commissioning|clinicians?|officers?|partners?)\b", re.I)
_NOT_SEAT = lazy_compile(r"\b(?:apolog|absen|substitut|present\b|attend|minutes\b|resolved\b|declar|welcom)", re.I)


def _seat_groups(lines: list[tuple[int, str]], i: int):
    """(rows, next line index) for members listed under seat labels with no status heading before the first
    item ("Directors of Northvale Council" / "Ann Lee – Director of Public Health" / "Representative of Local
    Healthwatch" / "Bob Cole – Chair"): two or more labels, each followed by people, the people at least three.
    The labels name seats, not statuses: everyone listed was there."""
    rows: list[tuple[int, str]] = []
    labels = people = seats = 0
    after_label = False
    j = len(lines)
    for k, s in _non_blank(lines, i):
        j = k
        if "\t" in s or _ITEM_RE.match(s) or _heading(s):
            break
        sep = _SEAT_PERSON.search(s)
        sp = None if sep else split_name(s)
        if sep and _starts_person(s[:sep.start()]) and split_name(s[:sep.start()]) \
                or sp and s[sp.end:].split()[:1] and s[sp.end:].split()[0] in ROLE_WORDS:
            # "Ann Lee – Director", or the role straight after the name: "Ann Lee Director of Public Health"
            rows.append(lines[k])
            people += 1
            after_label = False
        elif not after_label and _seat_label_shape(s) and not split_name(s) and not _starts_person(s):
            if labels and not people:
                break
            labels += 1
            seats += bool(_SEAT_WORD.search(s))
            after_label = True
            # a new group; a label naming a body ("Directors of Northvale Council") gives its people that body
            rows.append((lines[k][0], _GROUP_MARK))
            body = _seat_body(s)
            if body:
                rows.append((lines[k][0] + lines[k][1].find(body), body))
        else:
            break
    else:
        j = len(lines)
    if after_label:
        labels -= 1  # a last label with nobody under it is not part of the list
        while rows and (rows[-1][1] == _GROUP_MARK or not split_name(rows[-1][1])):
            rows.pop()
    if labels < 2 or people < 3 or not seats:
        return None
    return rows, j


def _seat_label_shape(s: str) -> bool:
    """A stripped line shaped as a seat label, before the name tests: a few words, capitalised, no closing
    stop or colon, no status word."""
    return len(s.split()) <= 10 and not s.endswith((".", ":", "-", ":-")) and s[:1].isupper() \
        and not _NOT_SEAT.search(s)


def _last_seat_label(lines: list[tuple[int, str]]) -> int:
    """Index of the page's last line that could count as a seat label (-1 if none): ``_seat_groups`` from a
    line after it finds no seat, so it cannot return a list."""
    return next((k for k in range(len(lines) - 1, -1, -1)
                 if (s := lines[k][1].strip())[:1].isupper() and _seat_label_shape(s) and _SEAT_WORD.search(s)), -1)


def _seat_body(label: str) -> str | None:
    """The body a seat label names after "of" ("Directors of Northvale Borough Council", "Representative of
    Northvale GP Federation"), written as a proper name; None for "Representatives of NHS providers"."""
    m = re.search(r"\bof\s+(?:the\s+)?(?P<org>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|and|&|the|for))*)\s*$", label)
    if not m or not re.search(r"[A-Z][\w'’&-]*$", m.group("org")):
        return None
    org = m.group("org")
    return org if _names_a_body(org) else None


# the body after the status words of a heading: "In Attendance from Northvale Support Organisation (NSO):"
_STATUS_FROM_BODY = lazy_compile(r"(?i:in\s+attendance|present|attending)\s+(?:from|representing)\s+(?:the\s+)?"
                                 r"(?P<org>[A-Z][^:\t]{2,80}?)\s*:?-?")


def _heading_body(raw: str) -> str | None:
    """The body named before the status word of a heading ("NHS Brighton and Hove CCG Present"), or None
    ("Board Members Present", "Officers in attendance": a group of people, not a body)."""
    group = _BODY_GROUP_LABEL.fullmatch(raw)
    if group and not group.group("members"):
        return group.group("body")  # "NVP Staff": the staff of the body whose initials head the label
    after = _STATUS_FROM_BODY.fullmatch(raw.strip())
    if after and (_names_a_body(after.group("org")) or _looks_like_org(after.group("org"))):
        return after.group("org")  # "In Attendance from Northvale Support Organisation (NSO):": "from" names a body
    m = re.fullmatch(r"(?P<org>.+?)\s+(?:in\s+|of\s+)?(?:attendance|present|apologies)", raw.strip(), re.I)
    if not m or _GROUP_WORDS.search(m.group("org")) or _HEADING_WORD_RE.search(m.group("org").lower()) \
            or re.fullmatch(r"(?:also|in|not|others?|all|those)(?:\s+(?:also|in|not))*", m.group("org"), re.I):
        return None  # "IN ATTENDANCE", "Also in attendance", "Not present"
    org = m.group("org")
    return org if _names_a_body(org) else None


_MALE_TITLES = frozenset({"mr", "sir", "lord", "baron"})
_FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "dame", "lady", "baroness"})


def _different_people(a: str, b: str) -> bool:
    """Two mentions whose titles say different people ("Mr J Davies", "Mrs J Davies")."""
    ta, tb = (n.split(None, 1)[0].rstrip(".").lower() if n.strip() else "" for n in (a, b))
    return ta in _MALE_TITLES and tb in _FEMALE_TITLES or ta in _FEMALE_TITLES and tb in _MALE_TITLES


def continued_table(page: Page, before: Page, before_records: list[AttendanceRecord],
                    gaz: Gazetteer) -> list[AttendanceRecord]:
    """The rows at the top of ``page`` of an attendance table that the page before ends in: its last record runs
    to the end of that page's text, and this page opens with table rows (TAB-parted cells, a repeated header row
    allowed) whose first holds a person. They take the status of that last record."""
    last = max((r for r in before_records if r.span), key=lambda r: r.span[1], default=None)
    text = page.text or ""
    if last is None or "\t" not in text[:200] or (before.text or "")[last.span[1]:].strip():
        return []
    body: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        if "\t" not in line:
            break
        body.append((at, line))
        at += len(line) + 1
    first = next((r for _, r in (_clean_row(o, l) for o, l in body)
                  if not all(c.strip().lower().rstrip(":") in _HEADER_CELLS for c in r.split("\t") if c.strip())), "")
    if not _starts_person(first):
        return []
    entries = _block_entries(text, last.status, last.status_raw or "", "", 0, body)
    return [r for entry in entries for r in _entry_records(entry, page.number, gaz)]


def _absent_in_full(surname_key: str, records: list[AttendanceRecord]):
    """The one full name, among the people substitutes came for, whose surname is ``surname_key``, or None."""
    fulls = {}
    for r in records:
        sp = split_name(r.substitute_for) if r.substitute_for else None
        if sp and " " in (k := person_key(sp.person)) and k.endswith(" " + surname_key):
            fulls[k] = sp
    return next(iter(fulls.values())) if len(fulls) == 1 else None


def _dedupe(records: list[AttendanceRecord]) -> list[AttendanceRecord]:
    """One record per person: the most specific one (at the position of the first mention), with role and
    organisation filled in from the other mention when it lacks them."""
    best: dict[str, int] = {}
    out: list[AttendanceRecord] = []
    surnames: dict[str, list[int]] = {}
    for rec in records:
        key = person_key(rec.person or rec.name)
        by_surname = False
        if key not in best and " " not in key and len(surnames.get(key, [])) == 1 and (
                rec.status in ("present", out[surnames[key][0]].status)
                # "… with Dr Daly attending on his behalf" after "Dr M Daly" in the attendance list, "Miss Lane was
                # welcomed as Ms Gorse's representative" after "Miss Helen Lane": the one there came as a substitute
                or rec.status == "substitute" and out[surnames[key][0]].status in ("present", "in_attendance")):
            # "Dr Harbison joined the meeting" after "Dr J Harbison" in the list: the same person
            key = person_key(out[surnames[key][0]].person or out[surnames[key][0]].name)
            by_surname = True
        words = key.split()
        if key not in best and len(words) == 2 and len(words[0]) == 1:
            # "Councillor I McMillan, Convener, presided." after "Iain McMillan" in the list: one given name with
            # that initial and that surname, the same person
            same = [j for j in surnames.get(words[1], [])
                    if len(w := person_key(out[j].person or out[j].name).split()) == 2 and len(w[0]) > 1
                    and w[0][0] == words[0]]
            if len(same) == 1 and rec.status in ("present", out[same[0]].status):
                key = person_key(out[same[0]].person or out[same[0]].name)
                by_surname = True
        elif key not in best and len(words) == 2 and len(words[0]) > 1:
            # "The Chairman welcomed Mr Richard Hunting …" after "Mr R Hunting" in the list: the one member with
            # that initial and that surname
            same = [j for j in surnames.get(words[1], [])
                    if len(w := person_key(out[j].person or out[j].name).split()) == 2 and len(w[0]) == 1
                    and w[0] == words[0][0]]
            if len(same) == 1 and rec.status in ("present", out[same[0]].status):
                key = person_key(out[same[0]].person or out[same[0]].name)
        if key not in best and not by_surname and " " not in key and rec.status in ("apologies", "absent"):
            full = _absent_in_full(key, records)
            if full is not None:
                # "Apology from: Councillor Ames" after "Cllr B Lowe (in place of Councillor Rita Ames)": the
                # member the substitute came for, whose full name the substitute's line gives
                rec.name, rec.person = full.name, full.person
                key = person_key(full.person)
        if key in best and _different_people(rec.name, out[best[key]].name):
            key = f"{key}#{len(out)}"  # "Mr J Davies" and "Mrs J Davies": one initial and surname, two people
        if key in best:
            i = best[key]
            keep, other = (rec, out[i]) if _specificity(rec) > _specificity(out[i]) else (out[i], rec)
            if by_surname and keep is rec and not _office_heading(other.status_raw or ""):
                # the list's fuller name (but "Chairman:<TAB>Phil Lee" in the meeting's details, then "Present: Dr P
                # Lee (Chair)": the attendance list's own form)
                keep.name, keep.person = other.name, other.person
            if keep.organisation is None and other.organisation is not None:
                for f in ("organisation", "organisation_id", "organisation_name", "organisation_type",
                          "organisation_confidence"):
                    setattr(keep, f, getattr(other, f))
            if keep.role is None:
                keep.role = other.role
            if len((other.person or "").split()) > len((keep.person or "").split()) \
                    and person_key(other.person or "").endswith(" " + person_key(keep.person or "")):
                keep.name, keep.person = other.name, other.person  # the full name of the first mention
            out[i] = keep
            continue
        best[key] = len(out)
        surnames.setdefault(key.split(" ")[-1], []).append(len(out))
        out.append(rec)
    return out
