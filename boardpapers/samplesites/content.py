"""The papers of each meeting: agendas, minutes (with attendance blocks in each board's house style) and reports.

Layouts are decided here, as text blocks per page; ``pdfs`` only draws them. Attendance wording follows the
reference's section 4 variants, one house style per board, with the irregular spacing left in.
"""
from __future__ import annotations

import datetime as dt
import random

from boardpapers.samplesites.world import (
    ORGS, PHRASES, SENTENCES, Attendee, Block, Document, Item, SiteWorld, WorldMeeting, long_date, paginate, wrap,
)

# --- attendance blocks -------------------------------------------------------------------------------------


def _who(a: Attendee, initials: bool = False, org: bool = True, short_org: bool = False) -> str:
    text = a.name
    if initials:
        text += f" ({a.person.initials})"
    if org and not a.councillor:
        name = ORGS[a.organisation].short if short_org and ORGS[a.organisation].short else a.organisation
        text += f" \u2013 {a.role}, {name}" if initials else f" ({a.role}, {name})"
    elif initials:
        text += f" {a.role}"
    for q in a.qualifiers:
        text += f" ({q})"
    return text


def _apologies_sentence(attendees: list[Attendee], style: str) -> list[str]:
    """'Apologies for absence were received from Mr D Blacklock (Ms H Horne attended as substitute), ...'"""
    apologies = [a for a in attendees if a.status == "apologies"]
    if not apologies:
        return ["There were no apologies for absence."]
    subs = {a.substitute_for: a for a in attendees if a.status == "substitute"}
    parts = []
    for a in apologies:
        text = a.person.short_name if style == "short" else a.name
        if not a.councillor:
            text += f" ({a.organisation})" if style != "short" else f", {a.organisation}"
        sub = subs.get(a.name)
        if sub:
            text += f" ({sub.name} attended as substitute)"
        parts.append(text)
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return [f"Apologies for absence were received from {joined}."]


def attendance_blocks(meeting: WorldMeeting, style: str) -> list[Block]:
    att = meeting.attendees
    present = [a for a in att if a.status == "present"]
    officers = [a for a in att if a.status == "in_attendance"]
    subs = [a for a in att if a.status == "substitute"]
    lines: list[Block] = []
    if style == "modgov_northmere":
        lines.append(Block("h", "PRESENT:"))
        lines += [Block("line", _who(a)) for a in present]
        if officers:
            lines.append(Block("h", "Officers present:"))
            lines += [Block("line", f"{a.name} ({a.role}, {a.organisation})") for a in officers]
        lines += [Block("text", t) for t in _apologies_sentence(att, "full")]
    elif style == "modgov_kingsbridge":
        cllrs = [a for a in present if a.councillor]
        if cllrs:
            names = [f"{a.person.first[0]} {a.person.last}" + "".join(f" ({q})" for q in a.qualifiers) for a in cllrs]
            joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
            lines.append(Block("text", f"Present: Councillors {joined}"))
        others = [a for a in present if not a.councillor]
        if others:
            lines.append(Block("text", "Also present: " + ", ".join(_who(a) for a in others)))
        for sub in subs:
            if sub.councillor:
                lines.append(Block("text", f"Cllr {sub.person.first} {sub.person.last} attended the meeting as a "
                                           f"substitute."))
        if officers:
            lines.append(Block("text", "Officers in attendance: " + ", ".join(
                f"{a.name} ({a.role}, {a.organisation})" for a in officers)))
        cllr_apologies = [a for a in att if a.status == "apologies" and a.councillor]
        other_apologies = [a for a in att if a.status == "apologies" and not a.councillor]
        if cllr_apologies:
            names = [a.person.last for a in cllr_apologies]
            joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
            lines.append(Block("text", f"Apologies for absence were received from Cllr{'s' if len(names) > 1 else ''} "
                                       f"{joined}."))
        if other_apologies:
            parts = []
            for a in other_apologies:
                sub = next((s for s in subs if s.substitute_for == a.name and not s.councillor), None)
                parts.append(f"{a.name}, ( {a.organisation})" + (f" ({sub.name} attended in their absence)"
                                                                  if sub else ""))
            lines.append(Block("text", "Apologies were received from " + ", ".join(parts) + "."))
    elif style == "cmis_eastwold":
        voting = [a for a in present + subs if a.roledescription != "Co-opted Member"]
        non_voting = [a for a in present + subs if a.roledescription == "Co-opted Member"]
        def line(a: Attendee) -> Block:
            text = _who(a, initials=True, short_org=False)
            if a.status == "substitute":
                text += f" (substitute for {a.substitute_for})"
            return Block("line", text)
        lines.append(Block("h", "VOTING MEMBERS:"))
        lines += [line(a) for a in voting]
        if non_voting:
            lines.append(Block("h", "NON VOTING MEMBERS:"))
            lines += [line(a) for a in non_voting]
        if officers:
            lines.append(Block("h", "IN ATTENDANCE:"))
            lines += [line(a) for a in officers]
        apologies = [a for a in att if a.status == "apologies"]
        lines.append(Block("h", "APOLOGIES:"))
        lines += [Block("line", _who(a, initials=True)) for a in apologies] or [Block("line", "None.")]
    elif style == "listing_ccg":
        def ccg_line(a: Attendee, with_org: bool) -> Block:
            # lay members are often written without a title and with bare initials: "Jill Dentith JD"
            bare = a.role.startswith("Lay Member")
            name = f"{a.person.first} {a.person.last}" if bare else a.name
            initials = a.person.initials if bare else f"({a.person.initials})"
            role = a.role + (f" \u2013 {a.organisation}" if with_org else "")
            if a.status == "substitute":
                role += f" (deputising for {a.substitute_for})"
            return Block("line", f"{name} {initials} {role}" + "".join(f" ({q})" for q in a.qualifiers))
        ccg = meeting_ccg(meeting)
        lines.append(Block("h", "Present:"))
        lines += [ccg_line(a, a.organisation != ccg) for a in present + subs]
        lines.append(Block("h", "In attendance:"))
        lines += [ccg_line(a, a.organisation != ccg) for a in officers]
        lines.append(Block("h", "Apologies:"))
        lines += [ccg_line(a, a.organisation != ccg) for a in att if a.status == "apologies"] or [
            Block("line", "None")]
    return lines


def meeting_ccg(meeting: WorldMeeting) -> str:
    return "NHS Northmere and Eastwold CCG" if meeting.date >= dt.date(2018, 4, 1) else "NHS Northmere CCG"


def issuing_body(site: SiteWorld, meeting: WorldMeeting) -> str:
    """The body named at the head of its papers: before the 2018 merger, the CCG of that time."""
    return meeting_ccg(meeting) if site.organisation == "NHS Northmere and Eastwold CCG" else site.organisation


# --- documents ---------------------------------------------------------------------------------------------


def _report_pages(site: SiteWorld, meeting: WorldMeeting, item: Item, rng: random.Random) -> list[list[Block]]:
    author = getattr(item, "_author", "Director of Public Health")
    n_pages = rng.randint(2, 6)
    blocks = [Block("title", item.title), Block("text", f"Report of the {author}"),
              Block("text", f"{site.board_name}, {site.organisation} \u2013 {long_date(meeting.date, 'plain')}"),
              Block("h", "1. Purpose of the report"),
              Block("text", f"This report updates the {site.board_name} on the {item.title}. "
                            + " ".join(rng.sample(SENTENCES, 2))),
              Block("h", "2. Recommendations")]
    blocks += [Block("text", f"({chr(97 + i)}) {d}") for i, d in enumerate(item.decisions)]
    sections = ["Background", "Current position", "Performance", "Finance", "Risks", "Engagement",
                "Next steps", "Equality impact", "Legal implications"]
    pages = paginate(blocks)
    for page_no in range(2, n_pages + 1):
        section = sections[(page_no - 2) % len(sections)]
        page = [Block("h", f"{page_no + 1}. {section}")]
        for _ in range(4):
            page += [Block("text", line) for line in wrap(" ".join(rng.sample(SENTENCES, 3)))]
        pages.append(page)
    return pages


def _agenda_blocks(site: SiteWorld, meeting: WorldMeeting) -> list[Block]:
    blocks = [Block("title", issuing_body(site, meeting)), Block("h", site.board_name),
              Block("line", f"Date: {long_date(meeting.date, 'plain')}"), Block("line", f"Time: {meeting.time}"),
              Block("line", f"Venue: {meeting.location}"), Block("h", "AGENDA")]
    if meeting.cancelled:
        blocks.append(Block("text", "THIS MEETING HAS BEEN CANCELLED."))
    for item in meeting.items:
        blocks.append(Block("h", f"{item.number} {item.title}"))
        if item.agenda_text:
            blocks.append(Block("text", item.agenda_text))
    return blocks


def _minutes_blocks(site: SiteWorld, meeting: WorldMeeting, style: str, with_attendance: bool = True) -> list[Block]:
    heading = (f"Minutes of the meeting of the {site.board_name} held on {long_date(meeting.date, 'plain')} "
               f"at {meeting.location}")
    blocks = [Block("title", issuing_body(site, meeting)), Block("text", heading)]
    if with_attendance:
        blocks += attendance_blocks(meeting, style)
    for item in meeting.items:
        blocks.append(Block("h", f"{item.number} {item.title.upper() if style == 'cmis_eastwold' else item.title}"))
        blocks += [Block("text", p) for p in item.minutes]
        blocks += [Block("text", line) for line in item.decision_lines()]
    blocks.append(Block("text", "The meeting closed at 12.15 pm."))
    blocks.append(Block("line", "Chair: ______________________"))
    return blocks


def _plant(site: SiteWorld, meeting: WorldMeeting, doc_type: str, page: int, phrase: str) -> None:
    """Put a sentence with the phrase in the meeting's document of this type, on (or near) the given page."""
    doc = next((d for d in meeting.documents if d.type == doc_type and d.layout in ("text", "html")), None)
    if doc is None:
        return
    sentence = f"Members discussed the {phrase} and asked for an update at a future meeting."
    index = min(page, len(doc.pages)) - 1
    target = doc.pages[index]
    target.append(Block("text", sentence))


def add_documents(site: SiteWorld, rng: random.Random) -> None:
    style = site.options["plan"].minute_style
    for meeting in site.meetings:
        pub = meeting.date - dt.timedelta(days=rng.choice([5, 7, 8]))
        base = f"{site.source_id}/{meeting.key}"
        if meeting.cancelled:
            continue  # cancelled meetings keep their listing but carry no papers
        reports = []
        for item in meeting.items:
            if getattr(item, "_author", None):
                doc = Document(f"{base}/report-{item.internal_number}", site.key, meeting.key, "report",
                               item.title, pub, _report_pages(site, meeting, item, rng))
                item.report_keys.append(doc.key)
                reports.append(doc)
        agenda = Document(f"{base}/agenda", site.key, meeting.key, "agenda",
                          f"Agenda \u2013 {site.board_name} \u2013 {long_date(meeting.date, 'plain')}", pub,
                          paginate(_agenda_blocks(site, meeting)))
        meeting.documents.append(agenda)
        meeting.documents.extend(reports)
        if meeting.minutes_published:
            minutes_pub = meeting.date + dt.timedelta(days=rng.randint(14, 40))
            minutes = Document(f"{base}/minutes", site.key, meeting.key, "minutes",
                               f"Minutes \u2013 {site.board_name} \u2013 {long_date(meeting.date, 'plain')}",
                               minutes_pub, paginate(_minutes_blocks(site, meeting, style, style != "none"),
                                                     min_pages=2))
            meeting.documents.append(minutes)
            if style != "none":  # "none": minutes without an attendance block
                meeting.attendance_source = "site" if site.kind == "moderngov" else "text"
        elif site.kind == "moderngov":
            meeting.attendance_source = "site"  # ModernGov publishes attendance before the minutes
    _special_cases(site, rng)
    for phrase, targets in PHRASES.items():
        for site_key, day, doc_type, page in targets:
            if site_key == site.key:
                meeting = next((m for m in site.meetings if m.date.isoformat() == day), None)
                if meeting is not None:
                    _plant(site, meeting, doc_type, page, phrase)
    for doc in site.documents():
        doc.last_modified = dt.datetime.combine(doc.published, dt.time(9, 30), tzinfo=dt.timezone.utc)


def _special_cases(site: SiteWorld, rng: random.Random) -> None:
    """The irregular papers the reference warns about, each in one known place."""
    if site.key == "northmere":
        # 2018: ModernGov also publishes a "Public reports pack" (agenda and every report in one PDF)
        for meeting in site.meetings:
            if meeting.date.year == 2018 and meeting.documents:
                agenda = meeting.doc("agenda")
                pages = list(agenda.pages)
                for report in (d for d in meeting.documents if d.type == "report"):
                    pages += report.pages
                meeting.documents.insert(1, Document(f"{site.source_id}/{meeting.key}/pack", site.key, meeting.key,
                                                     "agenda", "Public reports pack", agenda.published, pages))
    if site.key == "kingsbridge":
        meeting = next(m for m in site.meetings if m.date.year == 2019 and m.documents)
        report = next(d for d in meeting.documents if d.type == "report")
        report.title += " - WITHDRAWN"
        report.withdrawn_initially = True  # still listed, but the file answers 404
    if site.key == "nhs":
        by_date = {m.date.isoformat(): m for m in site.meetings}
        # 2016-17: one combined "Governing Body Papers" PDF per meeting (agenda + reports)
        for meeting in site.meetings:
            if meeting.date.year <= 2017 and meeting.documents:
                agenda = meeting.doc("agenda")
                reports = [d for d in meeting.documents if d.type == "report"]
                pages = list(agenda.pages)
                for r in reports:
                    pages += r.pages
                agenda.pages = pages
                agenda.title = f"Governing Body Papers {meeting.date.day} {meeting.date:%B %Y}"
                agenda.options = "combined"  # type: ignore[attr-defined]
                meeting.documents = [d for d in meeting.documents if d.type != "report"]
        # one image-only minutes PDF (a scan): attendance is not machine-readable without OCR
        scanned = by_date.get("2016-09-19")
        if scanned and scanned.doc("minutes"):
            scanned.doc("minutes").layout = "image_only"
            scanned.attendance_source = "ocr"  # readable only where Tesseract is installed
        # one set of minutes laid out as a two-column name | role table
        table_meeting = by_date.get("2018-11-19")
        if table_meeting and table_meeting.doc("minutes"):
            doc = table_meeting.doc("minutes")
            doc.layout = "two_column_attendance"
            ccg = meeting_ccg(table_meeting)
            rows = []
            for label, status in (("Present", ("present", "substitute")), ("In attendance", ("in_attendance",)),
                                  ("Apologies", ("apologies",))):
                rows.append((label.upper(), ""))
                for a in table_meeting.attendees:
                    if a.status in status:
                        role = a.role if a.organisation == ccg else f"{a.role}, {a.organisation}"
                        if a.status == "substitute":
                            role += f" (for {a.substitute_for})"
                        rows.append((a.name, role))
            doc.table_rows = rows
            site_title = [Block("title", site.organisation),
                          Block("text", f"Minutes of the Governing Body meeting held on "
                                        f"{long_date(table_meeting.date, 'plain')}")]
            table_lines = [Block("line", f"{n}  {r}".strip()) for n, r in rows]
            rest = paginate(_minutes_blocks(site, table_meeting, "listing_ccg", with_attendance=False)[2:])
            doc.pages = [site_title + table_lines] + rest
        # one set of minutes published as an HTML post (WordPress ?p=9622)
        post_meeting = by_date.get("2019-03-18")
        if post_meeting and post_meeting.doc("minutes"):
            doc = post_meeting.doc("minutes")
            doc.layout = "html"
            doc.pages = [_minutes_blocks(site, post_meeting, "listing_ccg")]  # one page, paragraphs unwrapped


def new_meeting(site: SiteWorld, day: dt.date, phrase: str | None = None, title: str | None = None,
                time: str | None = None) -> WorldMeeting:
    """A meeting that appears after the first crawl: an agenda and one report (with the phrase, if given)."""
    rng = random.Random(f"new:{site.key}:{day.isoformat()}:{phrase}:{title}")
    plan = site.options["plan"]
    if site.kind == "listing":
        key = day.isoformat()
    else:
        key = str(max(int(m.key) for m in site.meetings) + rng.randint(5, 40))
    meeting = WorldMeeting(key, site.key, day, time or plan.time, "held", plan.location, added=True,
                           minutes_published=False)
    topic = title or "Urgent Business"
    number = 1
    def item(t: str, author: str | None, decisions: list[str]) -> Item:
        nonlocal number
        it = Item(f"{number}.", number, 900000 + rng.randint(0, 99999), t,
                  f"To consider the report of the {author}." if author else "", [], "RESOLVED_COLON", decisions)
        it._author = author  # type: ignore[attr-defined]
        number += 1
        return it
    meeting.items = [item("Apologies for Absence and Substitutions", None, []),
                     item("Declarations of Interest", None, []),
                     item(topic, "Director of Public Health", ["That the report be noted."])]
    pub = day - dt.timedelta(days=7)
    base = f"{site.source_id}/{key}"
    report = Document(f"{base}/report-3", site.key, key, "report", topic, pub,
                      _report_pages(site, meeting, meeting.items[-1], rng))
    if phrase:
        report.pages[0].append(Block("text", f"The Board is asked to consider the {phrase}."))
    meeting.items[-1].report_keys.append(report.key)
    agenda = Document(f"{base}/agenda", site.key, key, "agenda",
                      f"Agenda \u2013 {site.board_name} \u2013 {long_date(day, 'plain')}", pub,
                      paginate(_agenda_blocks(site, meeting)))
    if phrase:
        agenda.pages[0].append(Block("text", f"Item {number - 1} concerns the {phrase}."))
    meeting.documents = [agenda, report]
    for doc in meeting.documents:
        doc.last_modified = dt.datetime.combine(doc.published, dt.time(9, 30), tzinfo=dt.timezone.utc)
    site.meetings.append(meeting)
    site.meetings.sort(key=lambda m: m.date)
    return meeting
