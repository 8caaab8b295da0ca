"""The fictional world and the ground truth derived from it."""
from __future__ import annotations

import datetime as dt
import hashlib

from boardpapers.models import ATTENDANCE_STATUSES, DOCUMENT_TYPES
from boardpapers.samplesites.base import PDF_CACHE
from boardpapers.samplesites.pdfs import render_pdf
from boardpapers.samplesites.world import ORGS, build_world


def test_enough_meetings_over_the_stp_era(sites):
    truth = sites.truth
    meetings = truth.meetings
    assert len(meetings) >= 30
    years = {m.date.year for m in meetings}
    assert {2015, 2016, 2017, 2018, 2019, 2020} <= years
    assert all(dt.date(2015, 1, 1) <= m.date <= dt.date(2020, 12, 31) for m in meetings)
    assert len([m for m in meetings if m.status == "cancelled"]) >= 3
    for source in truth.sources.values():
        for m in source.cancelled:
            assert m.documents == [] and m.attendees == []


def test_documents_have_known_types_and_urls(sites):
    truth = sites.truth
    docs = truth.documents
    assert {d.type for d in docs} <= set(DOCUMENT_TYPES)
    assert {"agenda", "minutes", "report"} <= {d.type for d in docs}
    assert len({d.url for d in docs}) == len(docs)
    for source in truth.sources.values():
        for m in source.meetings:
            for url in m.documents:
                assert source.documents[url].meeting_key == m.key


def test_special_documents_exist(sites):
    truth = sites.truth
    assert len(truth.documents_with_layout("two_column_attendance")) == 1
    assert len(truth.documents_with_layout("image_only")) == 1
    assert truth.documents_with_layout("image_only")[0].meeting_date.year < 2018
    assert len(truth.documents_with_layout("html")) == 1
    withdrawn = truth["kingsbridge-hwb"].withdrawn
    assert len(withdrawn) == 1 and withdrawn[0].title.endswith("- WITHDRAWN") and withdrawn[0].listed


def test_attendance_truth(sites):
    truth = sites.truth
    orgs = set()
    for source in truth.sources.values():
        counts = source.attendance_counts()
        # Westbrook and Ashby publish minutes without an attendance block (their sites are about page shapes)
        assert bool(counts) == (source.source_id not in ("westbrook-hwb", "ashby-hwb")), source.source_id
        for (org, year, status), n in counts.items():
            assert org in ORGS and status in ATTENDANCE_STATUSES and n > 0
            orgs.add(org)
        for m in source.meetings:
            for a in m.attendees:
                if a.status == "substitute":
                    assert a.substitute_for
    assert "Public Health England" in orgs and "Northmere Police" in orgs
    north = truth["northmere-hwb"].attendance_counts()
    # the CCG merger: the old CCG before April 2018, the merged one after
    assert not any(org == "NHS Northmere CCG" and year >= 2019 for org, year, _ in north)
    assert any(org == "NHS Northmere and Eastwold CCG" and year == 2019 for org, year, _ in north)
    assert not any(org == "Public Health England" and year < 2017 for org, year, _ in north)
    police_years = {year for org, year, _ in north if org == "Northmere Police"}
    assert police_years <= {2016, 2019}
    sources = {s.source_id: {m.attendance_source for m in s.meetings} for s in truth.sources.values()}
    assert "site" in sources["northmere-hwb"] and "text" in sources["eastwold-hwb"]


def test_phrases_are_planted_on_known_pages(sites):
    truth = sites.truth
    social = truth.phrase("social prescribing pilot for Eastwold")
    assert len(social) == 3
    assert all(pages for pages in social.values())
    for phrase in truth.phrases:
        assert truth.phrase(phrase), phrase


def test_decisions_are_recorded(sites):
    decisions = [d for m in sites.truth.meetings for d in m.decisions]
    assert any(text.startswith("That ") for _, text in decisions)
    assert any("/" in number for number, _ in decisions)  # Eastwold's 77/21 style


def test_world_and_pdf_bytes_are_deterministic():
    first, second = build_world(), build_world()
    docs_a, docs_b = first.all_documents(), second.all_documents()
    assert [d.key for d in docs_a] == [d.key for d in docs_b]
    pick = [i for i, d in enumerate(docs_a) if d.layout != "html"][::9]
    pick += [i for i, d in enumerate(docs_a) if d.layout in ("image_only", "two_column_attendance")]
    for i in pick:
        a, b = render_pdf(docs_a[i], "x"), render_pdf(docs_b[i], "x")
        assert hashlib.sha256(a).digest() == hashlib.sha256(b).digest(), docs_a[i].key
        assert a.startswith(b"%PDF")


def test_served_bytes_match_a_fresh_render(sites):
    doc_truth = sites.truth["eastwold-hwb"].documents
    url = next(u for u, d in doc_truth.items() if d.type == "report")
    served = sites.document_bytes(url)
    _, doc = sites._find(url)
    PDF_CACHE.pop((doc.key, doc.version), None)
    assert sites.document_bytes(url) == served


def test_two_column_table_rows_are_recoverable_from_word_positions(sites):
    import io

    import pdfplumber

    doc = sites.truth.documents_with_layout("two_column_attendance")[0]
    data = sites.document_bytes(doc.url)
    meeting = next(m for m in sites.truth["northmere-eastwold-ccg-gb"].meetings if m.key == doc.meeting_key)
    person = next(a for a in meeting.attendees if a.status == "present")
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        words = pdf.pages[0].extract_words()
    last = person.name.split()[-1]
    name_word = next(w for w in words if w["text"] == last and w["x0"] < 77 * 72 / 25.4)
    role_words = [w["text"] for w in words if abs(w["top"] - name_word["top"]) < 2 and w["x0"] > 77 * 72 / 25.4]
    assert " ".join(role_words).startswith(person.role.split()[0])


def test_image_only_minutes_have_no_text_layer(sites):
    import pypdfium2

    doc = sites.truth.documents_with_layout("image_only")[0]
    pdf = pypdfium2.PdfDocument(sites.document_bytes(doc.url))
    assert all(not pdf[i].get_textpage().get_text_range().strip() for i in range(len(pdf)))
    meeting = next(m for m in sites.truth["northmere-eastwold-ccg-gb"].meetings if m.key == doc.meeting_key)
    assert meeting.attendance_source == "ocr"
