"""Atom feeds and the archived copies: what readers and feed clients fetch, outside ``/api/``."""
from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import FileResponse, Response

from boardpapers.models import SavedSearch, stable_id

from .params import SHA_RE, DecisionParams
from .views import Views, content_type_of, extension


def feeds_router(views: Views) -> APIRouter:
    router = APIRouter()

    @router.get("/saved-searches/{saved_id}/feed.atom", tags=["saved searches"], summary="Atom feed of a saved search")
    def atom_feed(saved_id: int, request: Request):
        saved = views.saved_search_or_404(saved_id)
        entries = views.alert_entries(saved_id, 100)
        base = str(request.base_url).rstrip("/")
        return Response(atom_feed_xml(saved, entries, base), media_type="application/atom+xml; charset=utf-8")

    @router.get("/boards/{board_id}/decisions.atom", tags=["decisions"],
                summary="Atom feed of a board's decisions, newest meeting first")
    def board_decisions_feed(board_id: str, request: Request):
        board = views.board_row_or_404(board_id)
        params = DecisionParams(q="", body=[board_id], org=[], kind=[], date_from=None, date_to=None, page=1,
                                per_page=200)
        base = str(request.base_url).rstrip("/")
        return Response(decisions_feed_xml(board_id, board.name or board_id,
                                           views.decisions(params).decisions, base),
                        media_type="application/atom+xml; charset=utf-8")

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
            # the archive's own layout is <root>/ab/cd/<sha>; a link planted in it must not reach other files
            root = path.parents[2].resolve()
            if not path.resolve().is_relative_to(root) or not path.resolve().is_file():
                raise HTTPException(404, "not in the archive")
            return FileResponse(path, media_type=content_type, headers=headers)
        return Response(views.ws.archive.get(sha256), media_type=content_type, headers=headers)

    return router


ATOM = "http://www.w3.org/2005/Atom"


def atom_xml(*, feed_id: str, title: str, self_href: str, updated: str, entries: list[dict]) -> bytes:
    """An Atom feed. Each entry: ``id``, ``title``, ``updated``, ``summary`` and ``links`` ((rel, href) pairs)."""
    ET.register_namespace("", ATOM)

    def sub(parent, tag, text=None, **attrs):
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: str(v) for k, v in attrs.items()})
        if text is not None:
            el.text = _xml_safe(str(text))
        return el

    feed = ET.Element(f"{{{ATOM}}}feed")
    sub(feed, "id", feed_id)
    sub(feed, "title", title)
    sub(feed, "updated", _rfc3339(updated))
    sub(feed, "link", rel="self", href=self_href)
    author = sub(feed, "author")
    sub(author, "name", "boardpapers")
    for e in entries:
        entry = sub(feed, "entry")
        sub(entry, "id", e["id"])
        sub(entry, "title", e["title"])
        sub(entry, "updated", _rfc3339(e["updated"]))
        for rel, href in e["links"]:
            sub(entry, "link", rel=rel, href=href)
        sub(entry, "summary", e["summary"])
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


def atom_feed_xml(saved: SavedSearch, entries: list[dict], base: str) -> bytes:
    """A saved search's alerts; a "changed" alert links to what changed between the versions."""
    created = saved.created_at
    updated = max([e["created_at"] for e in entries if e["created_at"]]
                  + [created.isoformat() if created else "1970-01-01T00:00:00"])
    items = []
    for e in entries:
        what = "Changed" if e["kind"] == "changed" else "New"
        links = [("alternate", f"{base}{e['changes_url'] or e['document_url']}")]
        links += [("via", e["url"])] if e["url"] else []
        links += [("enclosure", f"{base}{e['archive_url']}")] if e["archive_url"] else []
        items.append({
            "id": f"{base}/alerts/{e['id']}", "updated": e["created_at"] or updated, "links": links,
            "title": f"{what}: {e['title']}" + (f" ({e['body']}, {e['meeting_date']})" if e["body"] else ""),
            "summary": f"{what} paper matching saved search {saved.name!r}: {e['title']}"
                       + (f" — {e['type']}" if e["type"] else "")
                       + (f", meeting {e['meeting_date']}" if e["meeting_date"] else "")})
    return atom_xml(feed_id=f"{base}/saved-searches/{saved.id}", title=f"boardpapers: {saved.name}",
                    self_href=f"{base}/saved-searches/{saved.id}/feed.atom", updated=updated, entries=items)


def decisions_feed_xml(board_id: str, board_name: str, decisions: list, base: str) -> bytes:
    """A board's decisions, newest meeting first (one entry per decision)."""
    items = []
    for d in decisions:
        day = d.meeting_date.isoformat() if d.meeting_date else "1970-01-01"
        item = " ".join(filter(None, [d.item, d.item_title])) or "unnumbered item"
        links = [("alternate", f"{base}/documents/{d.document_id}" + (f"#page-{d.page}" if d.page else ""))]
        links += [("via", d.url)] if d.url else []
        links += [("enclosure", f"{base}{d.archive_url}")] if d.archive_url else []
        items.append({"id": f"{base}/decisions/{d.document_id}/{stable_id(d.document_id, d.item or '', d.text)}",
                      "title": f"{d.meeting_date or 'undated'} · {item} · {d.kind}", "updated": f"{day}T00:00:00",
                      "links": links, "summary": d.text})
    updated = max([i["updated"] for i in items] + ["1970-01-01T00:00:00"])
    return atom_xml(feed_id=f"{base}/boards/{board_id}/decisions", title=f"Decisions of {board_name}",
                    self_href=f"{base}/boards/{board_id}/decisions.atom", updated=updated, entries=items)


def _rfc3339(value: str) -> str:
    return value if value.endswith("Z") or "+" in value[10:] else value + "Z"


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    return _XML_BAD.sub(" ", text)
