"""The extraction's JSON text (``boardpapers extract --json``): made in one piece or with the pages' text made first."""
import dataclasses
import datetime as dt
import json

import pytest

from boardpapers import sandbox_worker
from boardpapers.models import AttendanceRecord, Extraction, Page, extraction_json, pages_json

PAGES = [Page(number=1, text='Minutes of the Quillby Board\n"Present": Cllr Nia Tarrant \\ Café\u2028end', ocr=True),
         Page(number=2, text="", image_only=True)]


@pytest.mark.parametrize("title", [None, "", "Quillby Board", 'A title\n  "pages": []', "Bwrdd Iechyd \u2029 \t"])
@pytest.mark.parametrize("pages", [PAGES, []], ids=["pages", "no pages"])
def test_the_pages_text_made_first_gives_the_same_text_as_the_whole(title, pages):
    extraction = Extraction(title=title, pages=pages, meeting_date=dt.date(2025, 3, 4), warnings=["page 3:\nskipped"],
                            attendance=[AttendanceRecord(name="Cllr Nia Tarrant", status="present", page=1)])
    whole = extraction_json(extraction.to_dict())
    assert extraction_json(dataclasses.replace(extraction, pages=[]).to_dict(), pages_json(pages)) == whole
    assert json.loads(whole)["pages"] == [p.to_dict() for p in pages]


def _extractor(calls):
    def extract(data, *, content_type=None, filename=None, title=None, with_pages=None):
        calls.append(with_pages)
        if with_pages is not None:
            with_pages(PAGES)
        return Extraction(title=title, pages=PAGES, decisions=[])
    return extract


def test_a_json_request_has_the_pages_text_made_by_the_extractors_with_pages():
    calls = []
    reply = sandbox_worker._handle(_extractor(calls), {"data": b"x", "title": "Quillby Board", "json": True})
    assert reply == {"json": extraction_json(Extraction(title="Quillby Board", pages=PAGES).to_dict())}
    assert len(calls) == 1 and calls[0] is not None


def test_a_plain_request_or_an_extractor_without_with_pages_is_called_as_before():
    calls = []
    reply = sandbox_worker._handle(_extractor(calls), {"data": b"x", "title": "Quillby Board"})
    assert reply == {"ok": Extraction(title="Quillby Board", pages=PAGES).to_dict()} and calls == [None]

    def plain(data, *, content_type=None, filename=None, title=None):
        return Extraction(title=title, pages=PAGES)
    reply = sandbox_worker._handle(plain, {"data": b"x", "title": "Quillby Board", "json": True})
    assert reply == {"json": extraction_json(Extraction(title="Quillby Board", pages=PAGES).to_dict())}
