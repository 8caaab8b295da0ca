"""The web app and JSON API over the ingested sample sites (one ingest per session; see conftest.py)."""
from __future__ import annotations

import csv
import io
import json
import re
from xml.etree import ElementTree as ET

import pytest

from tests.web.conftest import HOSTILE_ID, TOKEN

PHRASE = "Kingsbridge air quality action plan"
HIT_KEYS = {"document_id", "title", "body", "meeting_date", "type", "url", "snippet", "page"}
ROW_KEYS = {"period", "organisation", "present", "apologies", "absent", "substitute", "in_attendance", "meetings"}
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _search(client, **params):
    r = client.get("/api/search", params=params)
    assert r.status_code == 200, r.text
    return r.json()


# --- search API --------------------------------------------------------------------------------------------------


def test_search_shape_and_planted_phrase(client, sample):
    sites, _ = sample
    data = _search(client, q=f'"{PHRASE}"')
    assert data["total"] >= 1
    for hit in data["hits"]:
        assert HIT_KEYS <= set(hit)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", hit["meeting_date"])
        assert hit["type"] in ("agenda", "minutes", "report", "other")
        assert hit["page"] >= 1
        assert "<mark>" in hit["snippet"]
        assert hit["archive_url"].startswith("/archive/")
    truth = sites.truth.phrase(PHRASE)
    assert {h["url"] for h in data["hits"]} == set(truth)
    hit = data["hits"][0]
    assert hit["page"] in truth[hit["url"]]


def test_search_filters(client, sample):
    sites, _ = sample
    kingsbridge = sites.source_id("kingsbridge")
    everything = _search(client, per_page=100)
    assert everything["total"] > 100
    only = _search(client, body=kingsbridge, per_page=100)
    assert 0 < only["total"] < everything["total"]
    assert {h["body"] for h in only["hits"]} == {kingsbridge}
    minutes = _search(client, type="minutes", per_page=100)
    assert minutes["hits"] and {h["type"] for h in minutes["hits"]} == {"minutes"}
    dated = _search(client, **{"from": "2018-01-01", "to": "2018-12-31", "per_page": 100})
    assert dated["hits"] and all("2018-01-01" <= h["meeting_date"] <= "2018-12-31" for h in dated["hits"])
    hwb = _search(client, board_type="hwb", per_page=100)
    assert hwb["hits"] and {h["board_type"] for h in hwb["hits"]} == {"hwb"}
    newest = _search(client, sort="date", per_page=20)["hits"]
    assert [h["meeting_date"] for h in newest] == sorted((h["meeting_date"] for h in newest), reverse=True)
    oldest = _search(client, sort="date_asc", per_page=20)["hits"]
    assert [h["meeting_date"] for h in oldest] == sorted(h["meeting_date"] for h in oldest)


def test_search_pagination_and_facets(client):
    first = _search(client, q="health", per_page=5, page=1, facets="true")
    second = _search(client, q="health", per_page=5, page=2)
    assert len(first["hits"]) == 5 and first["page"] == 1 and first["per_page"] == 5
    assert not {h["document_id"] for h in first["hits"]} & {h["document_id"] for h in second["hits"]}
    assert {"board", "year", "type", "organisation"} <= set(first["facets"])
    assert sum(first["facets"]["type"].values()) == first["total"]
    far = _search(client, q="health", page=1000, per_page=100)
    assert far["hits"] == [] and far["total"] == first["total"]


def test_search_exports(client):
    r = client.get("/api/search", params={"q": PHRASE, "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows and {"document_id", "title", "body", "meeting_date", "type", "url", "page", "snippet"} <= set(rows[0])
    r = client.get("/api/search", params={"q": PHRASE, "format": "jsonl"})
    assert r.status_code == 200 and "ndjson" in r.headers["content-type"]
    lines = [json.loads(line) for line in r.text.splitlines()]
    assert lines and all(HIT_KEYS <= set(line) for line in lines)
    assert client.get("/api/search", params={"format": "xml"}).status_code == 422


# --- documents, boards, organisations, attendance ----------------------------------------------------------------


def test_document_api_and_page(client):
    hit = _search(client, q=f'"{PHRASE}"')["hits"][0]
    r = client.get(f"/api/documents/{hit['document_id']}")
    assert r.status_code == 200
    doc = r.json()
    assert doc["document_id"] == hit["document_id"] and doc["body"] == hit["body"]
    assert doc["pages"] and doc["pages"][0]["number"] == 1
    assert doc["versions"] and doc["versions"][0]["archive_url"].startswith("/archive/")
    assert {"attendance", "decisions", "meeting", "sha256", "archive_url"} <= set(doc)
    page = client.get(f"/documents/{hit['document_id']}", params={"q": f'"{PHRASE}"'})
    assert page.status_code == 200
    assert re.search(r"<mark>Kingsbridge air quality action plan</mark>", page.text, re.I)
    assert f'id="page-{hit["page"]}"' in page.text
    assert client.get("/api/documents/does-not-exist").status_code == 404
    assert client.get("/documents/does-not-exist").status_code == 404
    assert client.get("/documents/..%2F..%2Fetc%2Fpasswd").status_code == 404


def test_minutes_document_shows_attendance_and_decisions(client):
    hits = _search(client, type="minutes", per_page=50)["hits"]
    shown = 0
    for hit in hits:
        doc = client.get(f"/api/documents/{hit['document_id']}").json()
        if doc["attendance"] and doc["decisions"]:
            html = client.get(f"/documents/{hit['document_id']}").text
            assert "<h2>Attendance</h2>" in html and "<h2>Decisions</h2>" in html
            assert {"name", "role", "organisation", "status", "substitute_for"} <= set(doc["attendance"][0])
            shown += 1
            break
    assert shown, "no minutes with attendance and decisions among the sample papers"


def test_archive_serves_bytes(client, sample):
    _, ws = sample
    hit = _search(client, q=f'"{PHRASE}"')["hits"][0]
    sha = hit["archive_url"].split("/archive/")[1].split("#")[0]
    r = client.get(f"/archive/{sha}")
    assert r.status_code == 200
    assert r.content == ws.archive.get(sha)
    assert r.headers["content-type"].startswith("application/pdf") == r.content.startswith(b"%PDF")
    assert client.get("/archive/not-a-sha").status_code == 400
    assert client.get("/archive/" + "A" * 64).status_code == 400
    assert client.get("/archive/" + "0" * 64).status_code == 404
    assert client.get("/archive/..%2F..%2Fcatalogue.sqlite").status_code in (400, 404)


def test_boards(client, sample):
    sites, _ = sample
    boards = client.get("/api/boards").json()["boards"]
    ids = {b["id"] for b in boards}
    assert {s.id for s in sites.sources()} <= ids
    board_id = sites.source_id("northmere")
    board = client.get(f"/api/boards/{board_id}").json()
    assert board["meetings"] and any(m["documents"] for m in board["meetings"])
    html = client.get(f"/boards/{board_id}").text
    assert board["name"] in html and "/documents/" in html
    assert client.get("/api/boards/nope").status_code == 404
    assert client.get("/boards/nope").status_code == 404
    assert client.get("/boards").status_code == 200


def test_attendance_api(client, sample):
    sites, _ = sample
    data = client.get("/api/attendance").json()
    assert data["rows"]
    for row in data["rows"]:
        assert ROW_KEYS <= set(row)
        assert re.fullmatch(r"\d{4}", row["period"])
    quarterly = client.get("/api/attendance", params={"by": "quarter"}).json()["rows"]
    assert all(re.fullmatch(r"\d{4}-Q[1-4]", r["period"]) for r in quarterly)
    monthly = client.get("/api/attendance", params={"by": "month", "body": sites.source_id("northmere")}).json()
    assert all(re.fullmatch(r"\d{4}-\d{2}", r["period"]) for r in monthly["rows"])
    r = client.get("/api/attendance", params={"format": "csv"})
    assert r.status_code == 200 and r.text.startswith("period,organisation,present,apologies,absent")
    assert client.get("/api/attendance", params={"by": "decade"}).status_code == 422
    assert client.get("/api/attendance", params={"from": "2019-02-30"}).status_code == 422


def test_organisation(client):
    org = client.get("/api/organisations/NHS England")
    assert org.status_code == 200
    data = org.json()
    assert data["match"] and data["boards"] and data["rows"]
    html = client.get("/organisations/NHS England").text
    assert "<svg" in html and "<rect" in html
    assert client.get("/api/organisations/zzqqxx-no-such-body").status_code == 404


def test_trends_page(client):
    r = client.get("/trends", params={"by": "year"})
    assert r.status_code == 200
    assert "<svg" in r.text and 'class="bar bar-attended"' in r.text
    assert "/api/attendance?by=year&amp;format=csv" in r.text
    assert "/meetings?id=" in r.text  # each figure links to its meetings
    link = re.search(r'href="(/meetings\?id=[^"]+)"', r.text).group(1).replace("&amp;", "&")
    meetings = client.get(link)
    assert meetings.status_code == 200 and "/documents/" in meetings.text


def test_search_page(client):
    r = client.get("/search", params={"q": f'"{PHRASE}"'})
    assert r.status_code == 200
    assert "<mark>" in r.text and "archived copy" in r.text and "#page=" in r.text
    for facet in ("facet-board", "facet-board_type", "facet-type", "facet-year"):
        assert facet in r.text
    assert client.get("/").status_code == 200
    paged = client.get("/search", params={"q": "health", "page": 2})
    assert paged.status_code == 200 and 'rel="prev"' in paged.text


def test_openapi(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/search", "/api/attendance", "/api/documents/{document_id}", "/api/boards",
                 "/api/saved-searches", "/archive/{sha256}"):
        assert path in spec["paths"]


# --- hostile input -----------------------------------------------------------------------------------------------


HOSTILE_QUERIES = [
    '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' OR 1=1 --", '"unbalanced', "((((((",
    "NEAR(a b) col:term ^x", "*", "-", "AND OR NOT", "\x00\x01", "%", "é😀", "a" * 500, "x " * 250,
]


@pytest.mark.parametrize("q", HOSTILE_QUERIES)
def test_hostile_queries_are_answered(client, q):
    # every one of these is a valid query (at most 500 characters): any input is safe, so each is a 200 with a
    # result, never a 422 or a 500
    assert len(q) <= 500
    api = client.get("/api/search", params={"q": q})
    assert api.status_code == 200, api.text
    assert set(api.json()) >= {"total", "hits"}
    page = client.get("/search", params={"q": q})
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "<img src=x" not in page.text
    doc = client.get(f"/documents/{HOSTILE_ID}", params={"q": q})
    assert doc.status_code == 200
    assert "<script>" not in doc.text


@pytest.mark.parametrize("url", ["/api/search", "/search", f"/documents/{HOSTILE_ID}"])
def test_over_long_query_is_a_422_naming_the_limit(client, url):
    r = client.get(url, params={"q": "(" * 501})
    assert r.status_code == 422
    assert "500" in r.text and "q" in r.text


def test_document_text_is_escaped(client):
    data = _search(client, q="zanzibarquux")
    assert [h["document_id"] for h in data["hits"]] == [HOSTILE_ID]
    snippet = data["hits"][0]["snippet"]
    assert "<script>" not in snippet and "&lt;script&gt;" in snippet and "<mark>zanzibarquux</mark>" in snippet
    page = client.get("/search", params={"q": "zanzibarquux"}).text
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in page
    assert "javascript:" not in page  # the hostile document's source URL is not rendered as a link
    doc = client.get(f"/documents/{HOSTILE_ID}", params={"q": "zanzibarquux"}).text
    assert "<script>" not in doc and "&lt;script&gt;alert(1)&lt;/script&gt;" in doc
    assert "<mark>zanzibarquux</mark>" in doc
    assert "<b>Hostile</b>" not in doc


def test_pages_send_a_strict_content_security_policy(client):
    r = client.get("/search", params={"q": "health"})
    assert "script-src 'none'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("url", [
    "/api/search?page=1001", "/api/search?page=0", "/api/search?page=99999999999999999999999",
    "/api/search?per_page=101", "/api/search?per_page=-1", "/api/search?from=2019-99-99",
    "/api/search?from=yesterday", "/api/search?to=2019-1-1", "/api/search?from=2020-01-01&to=2019-01-01",
    "/api/search?sort=random", "/api/search?type=memo", "/api/search?board_type=council",
    "/api/search?q=" + "q" * 501, "/search?page=1001", "/search?from=bad", "/search?q=" + "q" * 501,
    "/trends?from=bad", "/trends?by=week", "/api/documents/x?q=" + "q" * 501,
    "/api/saved-searches/abc/alerts", "/saved-searches/abc/feed.atom", "/api/search?body=" + "b" * 201,
])
def test_bad_parameters_are_422(client, url):
    r = client.get(url)
    assert 400 <= r.status_code < 500, (url, r.status_code)
    if "documents/x" not in url:
        assert r.status_code == 422, (url, r.status_code, r.text[:200])


def test_unknown_ids_are_404(client):
    for url in ("/api/documents/0000", "/api/boards/zz", "/boards/zz", "/api/saved-searches/999999/alerts",
                "/saved-searches/999999/feed.atom", "/no/such/page", "/organisations/%00"):
        assert client.get(url).status_code == 404, url


# --- saved searches and alerts -----------------------------------------------------------------------------------


def test_saved_searches_need_a_token(client):
    body = {"name": "needs token", "q": "budget"}
    assert client.post("/api/saved-searches", json=body).status_code == 401
    assert client.post("/api/saved-searches", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert client.post("/api/saved-searches", json=body, headers={"Authorization": "Basic abc"}).status_code == 401
    created = client.post("/api/saved-searches", json=body, headers=AUTH)
    assert created.status_code == 201
    saved = created.json()
    assert client.delete(f"/api/saved-searches/{saved['id']}").status_code == 401
    assert client.delete(f"/api/saved-searches/{saved['id']}", headers={"Authorization": "Bearer x"}).status_code == 403
    assert client.delete(f"/api/saved-searches/{saved['id']}", headers=AUTH).status_code == 204
    assert client.delete(f"/api/saved-searches/{saved['id']}", headers=AUTH).status_code == 404
    bad = client.post("/api/saved-searches", json={"name": "x", "q": "q" * 501}, headers=AUTH)
    assert bad.status_code == 422
    bad = client.post("/api/saved-searches", json={"name": "x", "from": "2019-02-30"}, headers=AUTH)
    assert bad.status_code == 422
    assert client.post("/api/saved-searches", content=b"{not json", headers={**AUTH, "Content-Type": "application/json"}).status_code == 422


def test_saved_searches_read_only_without_server_token(sample):
    from fastapi.testclient import TestClient

    from boardpapers.web.app import create_app

    _, ws = sample
    app = create_app(ws.settings.home, token=None, workspace=ws)
    with TestClient(app) as c:
        assert c.post("/api/saved-searches", json={"name": "x"}, headers={"Authorization": "Bearer anything"}).status_code == 403
        assert c.get("/api/saved-searches").status_code == 200


def test_new_meeting_alerts_saved_search(client, sample):
    from boardpapers.pipeline import ingest

    sites, ws = sample
    phrase = "quillfeather lighthouse covenant"
    created = client.post("/api/saved-searches", json={"name": "Lighthouse <watch>", "q": f'"{phrase}"'}, headers=AUTH)
    assert created.status_code == 201
    saved = created.json()
    assert client.get(saved["alerts_url"]).json()["alerts"] == []
    listed = client.get("/api/saved-searches").json()["saved_searches"]
    assert any(s["id"] == saved["id"] for s in listed)

    sites.add_meeting("northmere", "2020-10-15", phrase=phrase)
    ingest(ws, sites.sources(), full=True)

    alerts = client.get(saved["alerts_url"]).json()["alerts"]
    assert alerts, "the new meeting's papers should have raised alerts"
    assert {a["kind"] for a in alerts} == {"new"}
    assert all(a["body"] == sites.source_id("northmere") and a["meeting_date"] == "2020-10-15" for a in alerts)
    feed = client.get(saved["feed_url"])
    assert feed.status_code == 200 and feed.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(feed.content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert root.find("a:title", ns).text == "boardpapers: Lighthouse <watch>"
    entries = root.findall("a:entry", ns)
    assert len(entries) == len(alerts)
    assert all(e.find("a:link[@rel='alternate']", ns).get("href").endswith(f"/documents/{a['document_id']}")
               for e, a in zip(entries, alerts))
    page = client.get("/saved-searches").text
    assert "Lighthouse &lt;watch&gt;" in page
    found = _search(client, q=f'"{phrase}"')
    assert found["total"] == len(alerts)
