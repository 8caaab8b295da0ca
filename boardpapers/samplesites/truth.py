"""The ground truth the tests check the pipeline against, read from the world (not from the rendered pages)."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from boardpapers.samplesites.world import PHRASES, Document, WorldMeeting


@dataclass
class TruthDocument:
    key: str
    url: str  # canonical absolute URL (percent-encoded)
    type: str  # agenda | minutes | report | other
    title: str
    published: dt.date
    meeting_key: str
    meeting_date: dt.date
    pages: int
    layout: str  # text | two_column_attendance | image_only | html
    listed: bool  # appears on the site's pages
    fetchable: bool  # answers 200 and may be fetched (False: withdrawn, 404; or skipped)
    link_hrefs: list[str] = field(default_factory=list)  # other spellings of the URL used in links (same file)
    skipped: str | None = None  # why a polite crawler leaves it alone: "off_site" | "robots_disallowed"


@dataclass
class TruthAttendee:
    name: str  # with title, as the site's structured data writes it
    person: str  # first and last name, no title
    role: str
    organisation: str  # canonical name
    status: str
    substitute_for: str | None
    qualifiers: list[str]


@dataclass
class TruthMeeting:
    key: str
    date: dt.date
    status: str  # held | cancelled
    time: str
    url: str
    documents: list[str]  # URLs of documents listed for the meeting
    attendance_source: str | None  # "site" (structured), "text" (minutes with a text layer), "ocr" (scanned), None
    attendees: list[TruthAttendee]
    decisions: list[tuple[str, str]]  # (item number as printed, decision clause)


@dataclass
class SourceTruth:
    source_id: str
    site: str
    kind: str
    organisation: str
    board_name: str
    meetings: list[TruthMeeting]
    documents: dict[str, TruthDocument]  # by URL
    phrases: dict[str, dict[str, list[int]]]  # phrase -> {document URL: [pages]}

    @property
    def cancelled(self) -> list[TruthMeeting]:
        return [m for m in self.meetings if m.status == "cancelled"]

    @property
    def withdrawn(self) -> list[TruthDocument]:
        return [d for d in self.documents.values() if not d.fetchable and not d.skipped]

    @property
    def skipped(self) -> list[TruthDocument]:
        return [d for d in self.documents.values() if d.skipped]

    def attendance_counts(self, *, ocr: bool = False) -> Counter:
        """(organisation, year, status) -> records, over held meetings whose attendance is machine-readable
        (scanned minutes count only when ``ocr``: Tesseract is installed)."""
        counts: Counter = Counter()
        for m in self.meetings:
            if m.status == "held" and m.attendance_source and (ocr or m.attendance_source != "ocr"):
                for a in m.attendees:
                    counts[(a.organisation, m.date.year, a.status)] += 1
        return counts


@dataclass
class Truth:
    sources: dict[str, SourceTruth]  # by source id

    def __getitem__(self, source_id: str) -> SourceTruth:
        return self.sources[source_id]

    @property
    def meetings(self) -> list[TruthMeeting]:
        return [m for s in self.sources.values() for m in s.meetings]

    @property
    def documents(self) -> list[TruthDocument]:
        return [d for s in self.sources.values() for d in s.documents.values()]

    def documents_with_layout(self, layout: str) -> list[TruthDocument]:
        return [d for d in self.documents if d.layout == layout]

    def phrase(self, phrase: str) -> dict[str, list[int]]:
        """Every document (URL) containing the phrase, with its 1-based pages."""
        out: dict[str, list[int]] = {}
        for s in self.sources.values():
            out.update(s.phrases.get(phrase, {}))
        return out

    def to_dict(self) -> dict:
        """JSON-ready: every source's meetings, documents, phrases and attendance counts."""
        from boardpapers.models import _jsonable

        out = {}
        for sid, source in self.sources.items():
            data = _jsonable(source)
            data["attendance_counts"] = [{"organisation": o, "year": y, "status": s, "count": n}
                                         for (o, y, s), n in sorted(source.attendance_counts().items())]
            out[sid] = data
        return out

    @property
    def phrases(self) -> list[str]:
        return list(PHRASES) + sorted({p for s in self.sources.values() for p in s.phrases} - set(PHRASES))


def document_truth(app, doc: Document, meeting: WorldMeeting) -> TruthDocument:
    url = app.url(doc.path)
    skipped = "off_site" if not url.startswith(app.origin + "/") else \
        "robots_disallowed" if any(doc.path.startswith(p) for p in app.robots_disallow) else None
    return TruthDocument(doc.key, url, doc.type, doc.title, doc.published, meeting.key, meeting.date,
                         len(doc.pages) + (1 if doc.version > 1 and doc.override_bytes is None else 0), doc.layout,
                         listed=not doc.withdrawn,
                         fetchable=not (doc.withdrawn or doc.withdrawn_initially or skipped),
                         link_hrefs=[app.url(h) for h in doc.link_hrefs], skipped=skipped)


def source_truth(app, extra_phrases: list[str]) -> SourceTruth:
    site = app.site
    meetings, documents, phrases = [], {}, {}
    for m in site.meetings:
        urls = []
        for doc in m.documents:
            truth = document_truth(app, doc, m)
            documents[truth.url] = truth
            if truth.listed:
                urls.append(truth.url)
            if doc.layout == "image_only" or doc.override_bytes is not None:
                continue  # no text layer (or bytes we did not write): phrases there are not findable
            for phrase in list(PHRASES) + extra_phrases:
                pages = [i for i, text in enumerate(doc.page_texts(), start=1) if phrase in text]
                if pages:
                    phrases.setdefault(phrase, {})[truth.url] = pages
        attendees = [TruthAttendee(a.name, f"{a.person.first} {a.person.last}", a.role, a.organisation, a.status,
                                   a.substitute_for, list(a.qualifiers)) for a in m.attendees]
        decisions = [(item.number, d) for item in m.items for d in item.decisions] if m.minutes_published else []
        meetings.append(TruthMeeting(m.key, m.date, m.status, m.time, app.meeting_url(m), urls, m.attendance_source,
                                     attendees, decisions))
    return SourceTruth(site.source_id, site.key, site.kind, site.organisation, site.board_name, meetings, documents,
                       phrases)
