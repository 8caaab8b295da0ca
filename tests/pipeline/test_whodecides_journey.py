"""The journalist's and the researcher's journeys through the real command and the real ``serve`` (uvicorn in
a subprocess on a free local port), over the sample sites ingested once by conftest.py."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest

from .conftest import BOARDPAPERS, run_cli

PHRASE = "submission to NHS England"
DECISION_KEYS = {"text", "kind", "item", "item_title", "body", "meeting_date", "document_id", "page", "url"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(ingested):
    home, *_ = ingested
    port = _free_port()
    env = {**os.environ, "BOARDPAPERS_ENGINE": "embedded"}
    proc = subprocess.Popen(BOARDPAPERS + [f"--home={home}", "serve", "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/api/boards", timeout=2).read()
            break
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                pytest.fail(f"serve did not start: {proc.stderr.read().decode()[-2000:]}")
            time.sleep(0.3)
    try:
        yield base
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)


def fetch(base: str, path: str, **params) -> tuple[str, str]:
    url = base + urllib.parse.quote(path, safe="/?=&%") + ("?" + urllib.parse.urlencode(params, doseq=True) if params else "")
    with urllib.request.urlopen(url, timeout=60) as r:
        return r.read().decode("utf-8"), r.headers.get("content-type", "")


def meeting_count(base: str, href: str) -> int:
    html, _ = fetch(base, href.replace("&amp;", "&"))
    return len(set(re.findall(r'#meeting-([0-9a-f]+)"', html)))


def test_journalist_finds_and_exports_every_decision_mentioning_a_phrase(ingested, served):
    home, *_ = ingested
    cli = json.loads(run_cli("decisions", f'"{PHRASE}"', "--json", home=home, check=True).stdout)
    assert cli["total"] == len(cli["decisions"]) > 1
    assert len({d["body"] for d in cli["decisions"]}) > 1
    for d in cli["decisions"]:
        assert DECISION_KEYS <= set(d) and PHRASE.lower() in " ".join(d["text"].split()).lower()
        assert d["kind"] in ("approved", "agreed", "noted", "deferred", "rejected", "other")
    exported = list(csv.DictReader(io.StringIO(run_cli("decisions", f'"{PHRASE}"', "--csv", home=home,
                                                       check=True).stdout)))
    assert [r["document_id"] for r in exported] == [d["document_id"] for d in cli["decisions"]]

    api, _ = fetch(served, "/api/decisions", q=f'"{PHRASE}"', limit=10000)
    api = json.loads(api)
    assert api["total"] == cli["total"]
    assert [(d["document_id"], d["item"], d["text"]) for d in api["decisions"]] == \
        [(d["document_id"], d["item"], d["text"]) for d in cli["decisions"]]
    web_csv, ctype = fetch(served, "/api/decisions", q=f'"{PHRASE}"', format="csv", limit=10000)
    assert ctype.startswith("text/csv") and len(list(csv.DictReader(io.StringIO(web_csv)))) == cli["total"]
    page, _ = fetch(served, "/decisions", q=f'"{PHRASE}"')
    assert f'<strong class="total">{cli["total"]}</strong>' in page

    everything = json.loads(run_cli("decisions", "--json", home=home, check=True).stdout)
    dates = [d["meeting_date"] for d in everything["decisions"]]
    assert everything["total"] > cli["total"] and dates == sorted(dates, reverse=True)
    ccg = json.loads(run_cli("decisions", "--org", "NHS Northmere CCG", "--kind", "approved", "--json", home=home,
                             check=True).stdout)
    assert 0 < ccg["total"] < everything["total"] and {d["kind"] for d in ccg["decisions"]} == {"approved"}
    bad = run_cli("decisions", "--kind", "maybe", home=home)
    assert bad.returncode == 2 and "maybe" in bad.stderr and "Traceback" not in bad.stderr


def test_researcher_downloads_the_matrix_and_a_persons_attendance(served):
    matrix, ctype = fetch(served, "/api/organisations", format="csv")
    rows = list(csv.DictReader(io.StringIO(matrix)))
    assert ctype.startswith("text/csv") and rows
    assert {"board", "period", "organisation", "meetings_attended", "meetings_recorded"} <= set(rows[0])
    page, _ = fetch(served, "/organisations")
    cell = re.search(r'<a class="attended" href="([^"]+)"[^>]*>(\d+)</a> / <a class="recorded" href="([^"]+)"[^>]*>'
                     r'(\d+)</a>', page)
    assert meeting_count(served, cell.group(1)) == int(cell.group(2))
    assert meeting_count(served, cell.group(3)) == int(cell.group(4))

    people = json.loads(fetch(served, "/api/people")[0])["people"]
    linked = [p for p in people if p["linked_by"]]
    assert linked, "some records are linked (same person, organisation followed through reorganisation)"
    person = json.loads(fetch(served, linked[0]["api_url"])[0])
    person_csv, _ = fetch(served, linked[0]["api_url"], format="csv")
    rows = list(csv.DictReader(io.StringIO(person_csv)))
    assert len(rows) == len(person["appearances"]) > 1 and all(r["evidence"] for r in rows)
    for b in person["boards"]:
        assert meeting_count(served, b["meetings_url"]) >= 1

    org = json.loads(fetch(served, "/api/organisations/NHS Northmere CCG")[0])
    for b in org["boards"]:
        assert meeting_count(served, b["meetings_url"]) == b["meetings"]
    spec = json.loads(fetch(served, "/openapi.json")[0])
    assert {"/api/decisions", "/api/organisations", "/api/people", "/api/people/{person_id}"} <= set(spec["paths"])


def test_cli_rates_show_every_count(ingested):
    home, *_ = ingested
    out = run_cli("attendance", "--org", "NHS England", home=home, check=True).stdout
    lines = [line for line in out.splitlines() if re.match(r"\d{4} ", line)]
    assert lines
    for line in lines:
        m = re.search(r"attended (\d+) of (\d+) meetings recorded = (\d+)%.*present (\d+), substitute (\d+), "
                      r"in attendance (\d+), apologies (\d+), absent (\d+)\); (\d+) meetings held", line)
        assert m, line
        attended, recorded, rate = int(m.group(1)), int(m.group(2)), int(m.group(3))
        assert rate == round(100 * attended / recorded)
    assert "Attendance rate = meetings attended ÷ meetings recorded" in out
    data = json.loads(run_cli("attendance", "--org", "NHS England", "--json", home=home, check=True).stdout)
    assert all(r["attendance_rate"] == round(r["meetings_attended"] / r["meetings"], 4)
               for r in data["rows"] if r["meetings"])
