"""Who sits at the table and what do they decide: decisions, the board × organisation matrix, people, rates,
what changed, and the web security limits — over the ingested sample sites (see conftest.py)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
from xml.etree import ElementTree as ET

import pytest

from tests.web.conftest import HOSTILE_DECISION, HOSTILE_ID, HOSTILE_ITEM_TITLE, HOSTILE_NAME, HOSTILE_ORG, TOKEN

PHRASE = "submission to NHS England"
DECISION_KEYS = {"text", "kind", "item", "item_title", "body", "meeting_date", "document_id", "page", "url"}
ATOM = {"a": "http://www.w3.org/2005/Atom"}


def get_json(client, url, **params):
    r = client.get(url, params=params)
    assert r.status_code == 200, r.text[:500]
    return r.json()


def meeting_ids_on(page_html: str) -> set[str]:
    return set(re.findall(r'#meeting-([0-9a-f]+)"', page_html))


def follow(client, href: str) -> str:
    r = client.get(href.replace("&amp;", "&"))
    assert r.status_code == 200
    return r.text


# --- decisions -----------------------------------------------------------------------------------------------


def test_decisions_mentioning_a_phrase_across_boards_and_their_export(client):
    data = get_json(client, "/api/decisions", q=f'"{PHRASE}"', limit=10000, facets="true")
    assert data["total"] == len(data["decisions"]) > 1
    assert len({d["body"] for d in data["decisions"]}) > 1, "the phrase is decided on by more than one board"
    for d in data["decisions"]:
        assert DECISION_KEYS <= set(d)
        assert PHRASE.lower() in " ".join(d["text"].split()).lower()
        assert d["kind"] == "approved" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d["meeting_date"])
        assert d["url"].startswith("http://127.0.0.1") and d["archive_url"].startswith("/archive/")
        assert d["page"] >= 1
    dates = [d["meeting_date"] for d in data["decisions"]]
    assert dates == sorted(dates, reverse=True)
    assert sum(data["facets"]["board"].values()) == data["total"]
    assert data["facets"]["kind"] == {"approved": data["total"]}

    export = client.get("/api/decisions", params={"q": f'"{PHRASE}"', "format": "csv", "limit": 10000})
    assert export.status_code == 200 and export.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(export.text)))
    assert len(rows) == data["total"]
    assert [(r["document_id"], r["item"], r["page"]) for r in rows] == \
        [(d["document_id"], d["item"] or "", str(d["page"])) for d in data["decisions"]]


def test_decision_filters_and_paging(client, sample):
    sites, _ = sample
    body = sites.source_id("northmere")
    everything = get_json(client, "/api/decisions", limit=10000)
    assert everything["total"] > 50
    noted = get_json(client, "/api/decisions", kind="noted", body=body, limit=10000)
    assert noted["total"] > 0 and all(d["kind"] == "noted" and d["body"] == body for d in noted["decisions"])
    window = get_json(client, "/api/decisions", **{"from": "2017-01-01", "to": "2017-12-31"}, limit=10000)
    assert window["total"] > 0 and all(d["meeting_date"].startswith("2017") for d in window["decisions"])
    second = get_json(client, "/api/decisions", limit=5, page=2)
    assert second["decisions"] == everything["decisions"][5:10] and second["pages"] == -(-everything["total"] // 5)
    # --org: decisions of meetings the organisation attended, its successors included
    ccg = get_json(client, "/api/decisions", org="NHS Northmere CCG", limit=10000)
    assert 0 < ccg["total"] < everything["total"]
    assert any(d["meeting_date"] >= "2018-04-01" for d in ccg["decisions"]), "successor CCG / ICB meetings count"
    for bad in ({"kind": "maybe"}, {"limit": 0}, {"limit": 10001}, {"from": "2019-02-30"}):
        assert client.get("/api/decisions", params=bad).status_code == 422


def test_decisions_page_escapes_hostile_text_and_highlights(client):
    r = client.get("/decisions", params={"q": "zanzibarquux"})
    assert r.status_code == 200
    html = r.text
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>now</b>" not in html
    assert "&lt;script&gt;alert(&#34;d&#34;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(5)&gt;" in html
    assert "<mark>zanzibarquux</mark>" in html
    assert f'href="/documents/{HOSTILE_ID}?q=zanzibarquux#page-1"' in html
    for facet in ("facet-board", "facet-kind", "facet-year"):
        assert facet in client.get("/decisions").text


def test_board_decisions_atom_feed(client, sample):
    sites, _ = sample
    body = sites.source_id("kingsbridge")
    feed = client.get(f"/boards/{body}/decisions.atom")
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(feed.content)
    entries = root.findall("a:entry", ATOM)
    expected = get_json(client, "/api/decisions", body=body, limit=200)["decisions"]
    assert len(entries) == len(expected) > 0
    assert [e.find("a:summary", ATOM).text for e in entries] == [d["text"] for d in expected]
    assert len({e.find("a:id", ATOM).text for e in entries}) == len(entries)
    assert client.get("/boards/no-such-board/decisions.atom").status_code == 404


# --- organisations: the matrix and one organisation's boards --------------------------------------------------


def test_matrix_cells_count_the_meetings_they_link_to(client, sample):
    sites, _ = sample
    data = get_json(client, "/api/organisations")
    assert "record attendance" in data["definition"]
    cells = data["cells"]
    assert len({c["board"] for c in cells}) >= 3 and len({c["organisation"] for c in cells}) >= 5
    for c in cells:
        assert set(c["attended_meeting_ids"]) <= set(c["recorded_meeting_ids"])
        assert c["meetings_attended"] == len(c["attended_meeting_ids"])
        assert c["meetings_recorded"] == len(c["recorded_meeting_ids"]) == c["meetings_held"] - c["not_recorded"]
    # the denominator is the board's meetings with recorded attendance, the same for every organisation
    body = sites.source_id("northmere")
    trends = get_json(client, "/api/attendance", body=body)["rows"]
    for c in (c for c in cells if c["board"] == body):
        row = next(r for r in trends if r["period"] == c["period"])
        assert c["meetings_recorded"] == row["meetings_held"] - row["not_recorded"]

    page = client.get("/organisations").text
    assert "<svg" in page and 'class="heat heat-' in page
    link = re.search(r'<a class="attended" href="(/meetings\?id=[^"]+)"[^>]*>(\d+)</a> / '
                     r'<a class="recorded" href="(/meetings\?id=[^"]+)"[^>]*>(\d+)</a>', page)
    assert link, "matrix cells link to their meetings"
    assert len(meeting_ids_on(follow(client, link.group(1)))) == int(link.group(2))
    assert len(meeting_ids_on(follow(client, link.group(3)))) == int(link.group(4))

    export = client.get("/api/organisations", params={"format": "csv"})
    assert export.status_code == 200 and "attachment" in export.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(export.text)))
    assert len(rows) == len(cells)
    assert rows[0].keys() >= {"board", "period", "organisation", "meetings_attended", "meetings_recorded",
                              "attended_meeting_ids"}


def test_organisation_page_follows_successions(client):
    data = get_json(client, "/api/organisations/NHS Northmere CCG")
    assert [o["name"] for o in data["lineage"]][-1] == "NHS Northmere and Eastwold Integrated Care Board"
    boards = {b["body"]: b for b in data["boards"]}
    assert boards and all(b["first"] <= b["last"] for b in boards.values())
    recorded_as = {name for b in boards.values() for name in b["as"]}
    assert "NHS Northmere CCG" in recorded_as and len(recorded_as) > 1, recorded_as
    assert max(b["last"] for b in boards.values()) >= "2018-04-01"
    html = client.get("/organisations/NHS Northmere CCG").text
    timeline = data["timeline"]
    assert timeline and {e["kind"] for e in timeline} >= {"attended"}
    assert len(set(re.findall(r'<circle class="mark mark-(\w+)"', html))) >= 1
    assert html.count('<circle class="mark') == len(timeline)
    attended = {e["meeting_id"] for e in timeline if e["kind"] == "attended"}
    assert len(attended) == sum(b["meetings"] for b in data["boards"])
    first = data["boards"][0]
    assert f'<a href="{first["meetings_url"]}">{first["meetings"]}</a>'.replace("&", "&amp;") in html
    assert len(meeting_ids_on(follow(client, first["meetings_url"]))) == first["meetings"]


# --- people ---------------------------------------------------------------------------------------------------


def test_people_across_boards_with_evidence(client, app, sample):
    """The sample world gives every seat its own people, so one councillor is also recorded, by initial, at
    another board's meeting: the initials rule must join them, saying why, and nothing else may be joined."""
    from boardpapers.models import AttendanceRecord, IndexedMeeting

    sites, ws = sample
    views = app.state.views
    views.forget_people()
    people = views.people()
    assert not [p for p in people if len(p.boards) > 1], "no one sits on two sample boards before the visit"
    surnames = {}
    for p in people:
        surnames.setdefault(p.name.split()[-1], []).append(p)
    visitor = next(p for p in people
                   if p.appearances[0].name.startswith("Councillor") and p.appearances[0].organisation_id
                   and len(p.boards) == 1
                   and not [q for q in surnames[p.name.split()[-1]] if q is not p and q.name[0] == p.name[0]])
    home = visitor.appearances[0]
    other = next(s.id for s in sites.sources() if s.id != home.body and s.board_type == "hwb")
    initials = f"Cllr {visitor.name[0]} {visitor.name.split()[-1]}"
    ws.engine.index_meetings([IndexedMeeting(
        meeting_id="visitmeeting00001", source_id=other, board_name=other, board_type="hwb",
        date=dt.date(2019, 6, 12), status="held", attendance=[AttendanceRecord(
            name=initials, status="present", organisation=home.organisation, organisation_name=home.organisation,
            organisation_id=home.organisation_id)])])
    views.forget_people()

    people = get_json(client, "/api/people")["people"]
    across = [p for p in people if len(p["boards"]) > 1]
    assert [p["name"] for p in across] == [visitor.name]
    person = get_json(client, across[0]["api_url"])
    assert [lk["rule"] for lk in person["links"]] == ["initials-organisation"]
    assert initials in person["links"][0]["reason"] and visitor.name in person["links"][0]["reason"]
    assert {b["body"] for b in person["boards"]} == {home.body, other}
    assert initials in person["variants"]
    export = client.get(across[0]["api_url"], params={"format": "csv"})
    rows = list(csv.DictReader(io.StringIO(export.text)))
    assert len(rows) == len(person["appearances"]) == len(visitor.appearances) + 1
    assert all("initials" in r["evidence"] for r in rows) and {r["person_id"] for r in rows} == {person["person_id"]}
    html = client.get(person["url"]).text
    assert "<svg" in html and 'class="mark mark-attended"' in html
    assert any(meeting_ids_on(follow(client, b["meetings_url"])) for b in person["boards"])
    all_rows = list(csv.DictReader(io.StringIO(client.get("/api/people", params={"format": "csv"}).text)))
    assert len(all_rows) == sum(p["records"] for p in people)


def test_people_pages_escape_hostile_names(client):
    found = get_json(client, "/api/people", q="zanzibarquux")["people"]
    assert len(found) == 1
    for url in ("/people?q=zanzibarquux", found[0]["url"], f"/documents/{HOSTILE_ID}"):
        html = client.get(url).text
        assert "<script>alert" not in html and "<img src=x" not in html, url
    person_html = client.get(found[0]["url"]).text
    assert "&lt;script&gt;alert(&#34;n&#34;)&lt;/script&gt;" in person_html
    assert "&lt;img src=x onerror=alert(6)&gt; Zanzibarquux Trust" in person_html
    assert HOSTILE_NAME not in person_html and HOSTILE_ORG not in person_html


# --- rates ----------------------------------------------------------------------------------------------------


def test_one_rate_with_every_count_shown(client):
    rows = get_json(client, "/api/attendance")["rows"]
    for r in rows:
        if r["meetings"]:
            assert r["attendance_rate"] == round(r["meetings_attended"] / r["meetings"], 4)
            assert set(r["attended_meeting_ids"]) <= set(r["meeting_ids"])
    html = client.get("/trends").text
    assert "How the rate is worked out" in html and "Substitute" in html and "÷" in html
    assert "Recorded (denominator)" in html
    spec = get_json(client, "/openapi.json")
    assert "Attendance rate = meetings attended ÷ meetings recorded" in \
        spec["paths"]["/api/attendance"]["get"]["description"]
    csv_head = client.get("/api/attendance", params={"format": "csv"}).text.splitlines()[0]
    assert "meetings_attended" in csv_head and "substitute" in csv_head


def test_openapi_lists_the_new_endpoints(client):
    paths = get_json(client, "/openapi.json")["paths"]
    for path in ("/api/decisions", "/api/organisations", "/api/organisations/{name}", "/api/people",
                 "/api/people/{person_id}", "/api/documents/{document_id}/changes",
                 "/boards/{board_id}/decisions.atom"):
        assert path in paths, path


# --- what changed ---------------------------------------------------------------------------------------------


def test_changed_paper_shows_its_diff_and_the_alert_links_to_it(client, sample):
    from boardpapers.pipeline import ingest

    sites, ws = sample
    record = next(r for r in ws.catalogue.documents_where(source_id=sites.source_id("eastwold"), status="indexed")
                  if r.url.endswith(".pdf") or "pdf" in (r.content_type or ""))
    words = " ".join(next(p for p in ws.catalogue.extraction(record.sha256).pages if p.text.strip()).text.split()[:3])
    saved = client.post("/api/saved-searches", json={"name": "changes", "q": f'"{words}"', "body": [record.source_id]},
                        headers={"Authorization": f"Bearer {TOKEN}"}).json()
    sites.republish(sites.truth[record.source_id].documents[record.url].key)  # by key: CMIS URLs carry queries
    meeting_day = ws.catalogue.meeting(record.meeting_id).date
    source = next(s for s in sites.sources() if s.id == record.source_id)
    ingest(ws, [source], today=meeting_day + dt.timedelta(days=7))  # a recent meeting's papers are re-checked

    data = get_json(client, f"/api/documents/{record.document_id}/changes")
    assert data["old"] == record.sha256 and data["new"] != record.sha256 and data["changed"]
    added = [line["text"] for line in data["lines"] if line["kind"] == "added"]
    assert any("Supplement 1" in text for text in added), added[:10]
    html = client.get(f"/documents/{record.document_id}/changes").text
    assert 'class="added"' in html and "Supplement 1" in html
    assert "what changed" in client.get(f"/documents/{record.document_id}").text

    alerts = get_json(client, saved["alerts_url"])["alerts"]
    changed = [a for a in alerts if a["kind"] == "changed" and a["document_id"] == record.document_id]
    assert changed and changed[0]["changes_url"].startswith(f"/documents/{record.document_id}/changes")
    root = ET.fromstring(client.get(saved["feed_url"]).content)
    hrefs = [link.get("href") for link in root.iterfind("a:entry/a:link[@rel='alternate']", ATOM)]
    assert any(h.endswith(changed[0]["changes_url"]) for h in hrefs)
    assert client.get(f"/documents/{record.document_id}/changes", params={"from": "0" * 64}).status_code == 404
    assert client.get(f"/api/documents/{record.document_id}/changes", params={"to": "nothex"}).status_code == 422


# --- web security (issue 17) ---------------------------------------------------------------------------------


def test_token_is_compared_in_constant_time(client, monkeypatch):
    import hmac

    from boardpapers.web import app as app_module

    calls = []
    real = hmac.compare_digest

    def spy(a, b):
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(app_module.hmac, "compare_digest", spy)
    body = {"name": "timing", "q": "x"}
    assert client.post("/api/saved-searches", json=body, headers={"Authorization": f"Bearer {TOKEN[:-1]}"}).status_code == 403
    assert client.post("/api/saved-searches", json=body, headers={"Authorization": f"Bearer {TOKEN}x"}).status_code == 403
    assert calls == [(TOKEN[:-1].encode(), TOKEN.encode()), (f"{TOKEN}x".encode(), TOKEN.encode())]


def test_archive_never_serves_a_path_outside_the_archive(client, sample, tmp_path):
    _, ws = sample
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the web")
    fake = "ab" * 32
    planted = ws.archive.local_path(fake)
    planted.parent.mkdir(parents=True, exist_ok=True)
    os.symlink(secret, planted)
    try:
        r = client.get(f"/archive/{fake}")
        assert r.status_code == 404 and "not for the web" not in r.text
    finally:
        planted.unlink()
    for path in ("/archive/..%2F..%2Fcatalogue.sqlite", "/archive/%2e%2e/%2e%2e/etc/passwd",
                 "/archive/" + "A" * 64, "/archive/../../etc/passwd"):
        r = client.get(path)
        assert r.status_code in (400, 404) and "root:" not in r.text, path


def test_request_size_limits(client):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    big = b'{"name": "' + b"x" * (100 * 1024) + b'"}'
    r = client.post("/api/saved-searches", content=big, headers=auth)
    assert r.status_code == 413

    def chunks():  # no Content-Length: the limit still holds while streaming
        yield b'{"name": "'
        for _ in range(100):
            yield b"x" * 1024
        yield b'"}'

    r = client.post("/api/saved-searches", content=chunks(), headers=auth)
    assert r.status_code == 413
    assert client.get("/api/search", params={"q": "x", "body": ["b" * 150] * 60}).status_code == 414
    assert client.post("/api/saved-searches", json={"name": "small", "q": "x"},
                       headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 201
