"""Atom feeds and the archived copies: what readers and feed clients fetch, outside ``/api/``."""
from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, Response

from .params import SHA_RE
from .views import Views, content_type_of, extension


def feeds_router(views: Views) -> APIRouter:
    router = APIRouter()

    @router.get("/saved-searches/{saved_id}/feed.atom", tags=["saved searches"], summary="Atom feed of a saved search")
    def atom_feed(saved_id: int, request: Request):
        saved = views.saved_search_or_404(saved_id)
        entries = views.alert_entries(saved_id, 100)
        base = str(request.base_url).rstrip("/")
        return Response(atom_feed_xml(saved, entries, base), media_type="application/atom+xml; charset=utf-8")

    @router.get("/archive/{sha256}", tags=["archive"], summary="The archived bytes of a document version")
    def archive(sha256: str):
        if not SHA_RE.match(sha256):
            raise HTTPException(400, "not a sha256 (64 lower-case hex digits)")
        try:
            exists = views.ws.archive.exists(sha256)
        except ValueError:
            raise HTTPException(400, "not a sha256") from None
        if not exists:
            raise HTTPException(404, "not in the archive")
        content_type = content_type_of(views.ws, sha256)
        headers = {"Content-Disposition": f'inline; filename="{sha256[:16]}{extension(content_type)}"',
                   "Cache-Control": "public, max-age=31536000, immutable"}
        if not content_type.startswith("application/pdf"):
            # archived HTML comes from other sites: never let it run scripts on this origin
            headers["Content-Security-Policy"] = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'"
        path = views.ws.archive.local_path(sha256)
        if path is not None:
            return FileResponse(path, media_type=content_type, headers=headers)
        return Response(views.ws.archive.get(sha256), media_type=content_type, headers=headers)

    return router


ATOM = "http://www.w3.org/2005/Atom"


def atom_feed_xml(saved: dict, entries: list[dict], base: str) -> bytes:
    ET.register_namespace("", ATOM)

    def sub(parent, tag, text=None, **attrs):
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: str(v) for k, v in attrs.items()})
        if text is not None:
            el.text = _xml_safe(str(text))
        return el

    feed = ET.Element(f"{{{ATOM}}}feed")
    sub(feed, "id", f"{base}/saved-searches/{saved['id']}")
    sub(feed, "title", f"boardpapers: {saved['name']}")
    created = saved.get("created_at")
    updated = max([e["created_at"] for e in entries if e["created_at"]]
                  + [created.isoformat() if created else "1970-01-01T00:00:00"])
    sub(feed, "updated", _rfc3339(updated))
    sub(feed, "link", rel="self", href=f"{base}/saved-searches/{saved['id']}/feed.atom")
    author = sub(feed, "author")
    sub(author, "name", "boardpapers")
    for e in entries:
        entry = sub(feed, "entry")
        sub(entry, "id", f"{base}/alerts/{e['id']}")
        what = "Changed" if e["kind"] == "changed" else "New"
        sub(entry, "title", f"{what}: {e['title']}" + (f" ({e['body']}, {e['meeting_date']})" if e["body"] else ""))
        sub(entry, "updated", _rfc3339(e["created_at"] or updated))
        sub(entry, "link", rel="alternate", href=f"{base}{e['document_url']}")
        if e["url"]:
            sub(entry, "link", rel="via", href=e["url"])
        if e["archive_url"]:
            sub(entry, "link", rel="enclosure", href=f"{base}{e['archive_url']}")
        sub(entry, "summary", f"{what} paper matching saved search {saved['name']!r}: {e['title']}"
                              + (f" — {e['type']}" if e["type"] else "") + (f", meeting {e['meeting_date']}" if e["meeting_date"] else ""))
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


def _rfc3339(value: str) -> str:
    return value if value.endswith("Z") or "+" in value[10:] else value + "Z"


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    return _XML_BAD.sub(" ", text)
