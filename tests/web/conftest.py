"""Web fixtures: the bundled sample sites ingested ONCE per session into a temporary data directory."""
from __future__ import annotations

import datetime as dt

import pytest

from boardpapers.models import AttendanceRecord, Decision, IndexedDocument, IndexedMeeting, Page

TOKEN = "test-token-0123456789"
HOSTILE_ID = "hostile0000000001"
HOSTILE_MEETING = "hostilemeeting0001"
HOSTILE_DECISION = '<script>alert("d")</script> That the zanzibarquux plan be approved & "noted" <b>now</b>'
HOSTILE_ITEM_TITLE = '<img src=x onerror=alert(5)> Zanzibarquux item'
HOSTILE_NAME = '<script>alert("n")</script> Jane Zanzibarquux'
HOSTILE_ORG = '<img src=x onerror=alert(6)> Zanzibarquux Trust'
HOSTILE_TEXT = ('Minutes of a hostile meeting. <script>alert(1)</script> "quoted" & \'single\' '
                'zanzibarquux <img src=x onerror=alert(2)> end.')


@pytest.fixture(scope="session")
def sample(tmp_path_factory):
    """(sites, workspace): the sample sites still serving, their papers ingested, plus one hostile document."""
    from boardpapers.pipeline import Workspace, ingest
    from boardpapers.samplesites import SampleSites

    home = tmp_path_factory.mktemp("web-home")
    with SampleSites.start() as sites:
        ws = Workspace.open(home, engine="embedded")
        ingest(ws, sites.sources())
        source_id = sites.sources()[0].id
        ws.engine.index_documents([IndexedDocument(
            document_id=HOSTILE_ID, source_id=source_id, board_name="<b>Hostile</b> board", board_type="hwb",
            title='<script>alert("t")</script> Hostile paper', type="minutes", url="javascript:alert(3)",
            meeting_id=HOSTILE_MEETING, meeting_date=dt.date(2019, 5, 5), sha256="0" * 64,
            pages=[Page(number=1, text=HOSTILE_TEXT)],
            decisions=[Decision(item="7.", text=HOSTILE_DECISION, item_title=HOSTILE_ITEM_TITLE, page=1)])])
        ws.engine.index_meetings([IndexedMeeting(
            meeting_id=HOSTILE_MEETING, source_id=source_id, board_name="<b>Hostile</b> board", board_type="hwb",
            date=dt.date(2019, 5, 5), status="held", attendance_document_id=HOSTILE_ID, attendance=[
                AttendanceRecord(name=HOSTILE_NAME, status="present", organisation=HOSTILE_ORG, role="<i>Chair</i>",
                                 page=1)])])
        try:
            yield sites, ws
        finally:
            ws.close()


@pytest.fixture(scope="session")
def app(sample):
    from boardpapers.web.app import create_app

    _, ws = sample
    return create_app(ws.settings.home, token=TOKEN, workspace=ws)


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    # raise_server_exceptions: any unhandled error fails the test instead of turning into a 500 page
    with TestClient(app, raise_server_exceptions=True) as c:
        yield c
