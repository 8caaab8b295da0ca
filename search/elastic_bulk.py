"""Elasticsearch bulk writing: the actions of one document (its documents-index entry with its pages, its
decisions) and the bulk loop that sends them and reports failures per document.

Loading is parallel (``helpers.parallel_bulk``, one thread per core: while one request is analysed by the node
the next is serialised here), in requests of ``CHUNK_ACTIONS`` actions or ``CHUNK_BYTES`` bytes, whichever comes
first. The settings used during a load (no refresh, no replicas, asynchronous translog) are in
``elastic_schema``.
"""
from __future__ import annotations

import os
from typing import Callable, Iterable

from boardpapers.extractors.decisions import decision_kind
from boardpapers.models import IndexedDocument, IndexedMeeting

from .common import clean_text, org_keys
from .elastic_schema import MAX_PAGES
from .trends import meeting_to_json

BULK_THREADS = max(2, min(4, os.cpu_count() or 2))
CHUNK_ACTIONS = 1000
CHUNK_BYTES = 5 * 1024 * 1024
BULK_TIMEOUT = 300.0  # seconds per bulk request: a busy node may take long over one, and a retry would redo it


def _date(value) -> str | None:
    return value.isoformat() if value else None


def _org_keys(doc) -> list[str]:
    """Lookup keys of a document's or meeting's organisations, named or attending."""
    return sorted(org_keys(list(getattr(doc, "organisations", None) or []) + [
        v for r in doc.attendance for v in (r.organisation, r.organisation_id, r.organisation_name) if v]))


def _organisations(doc: IndexedDocument) -> list[str]:
    return sorted({o.strip() for o in doc.organisations if o and o.strip()})


def document_action(doc: IndexedDocument, index: str) -> dict:
    """The bulk action for one document (_id = its document_id): its metadata and its pages, nested, in page
    order (a stub page, number None and no text, when it has none, so that match-all and NOT queries find it).
    Raises ValueError on a bad page number."""
    date = _date(doc.meeting_date)
    pages: dict[int, str] = {}
    for p in doc.pages:
        if not isinstance(p.number, int) or p.number < 1:
            raise ValueError(f"page number {p.number!r} out of range")
        pages[p.number] = clean_text(p.text)
    if len(pages) > MAX_PAGES:
        raise ValueError(f"{len(pages)} pages: more than the {MAX_PAGES} one document may have")
    return {"_op_type": "index", "_index": index, "_id": doc.document_id, "_source": {
        "document_id": doc.document_id, "page_count": len(pages), "title": doc.title, "source_id": doc.source_id,
        "board_name": doc.board_name, "board_type": doc.board_type, "type": doc.type, "url": doc.url,
        "meeting_id": doc.meeting_id, "meeting_date": date, "year": date[:4] if date else None,
        "sha256": doc.sha256, "organisations": _organisations(doc), "organisation_keys": _org_keys(doc),
        "pages": [{"page": n, "text": text} for n, text in sorted(pages.items())] or [{"page": None, "text": ""}],
    }}


def decision_actions(doc: IndexedDocument, index: str, token: str) -> list[dict]:
    """One action per decision (_id ``<document_id>:d<seq>``), with the fields a decision hit shows."""
    return [
        {"_op_type": "index", "_index": index, "_id": f"{doc.document_id}:d{i}",
         "_source": {"document_id": doc.document_id, "source_id": doc.source_id,
                     "meeting_date": _date(doc.meeting_date),
                     "item": d.item, "item_title": d.item_title, "page": d.page,
                     "text": clean_text(d.text), "index_token": token,
                     # an extraction stored before kinds existed gets its kind from the same rule
                     "kind": d.kind or decision_kind(d.text), "seq": i,
                     "meeting_id": doc.meeting_id, "board_name": doc.board_name,
                     "title": doc.title, "url": doc.url}}
        for i, d in enumerate(doc.decisions)
    ]


def document_actions(doc: IndexedDocument, documents_index: str, decisions_index: str, token: str) -> list[dict]:
    """Every action of one document (raises ValueError on a bad document: nothing of it is sent)."""
    return [document_action(doc, documents_index)] + decision_actions(doc, decisions_index, token)


def meeting_action(m: IndexedMeeting, index: str) -> dict:
    return {
        "_op_type": "index", "_index": index, "_id": m.meeting_id,
        "_source": {
            "meeting_id": m.meeting_id, "source_id": m.source_id, "board_type": m.board_type,
            "date": _date(m.date), "status": m.status, "organisation_keys": _org_keys(m),
            "record": meeting_to_json(m),
        },
    }


REJECTED = 429  # the node's write queue was full: the action was not applied and may be sent again
RESEND_RETRIES = 5  # rounds for rejected actions, with the helpers' exponential backoff from RESEND_BACKOFF
RESEND_BACKOFF = 2.0  # seconds before the first resend (then 4, 8, …): time for the write queue to drain


def send(es, actions: Iterable[dict], key_of: Callable[[str, str], str], *,
         parallel: bool = False) -> tuple[set[str], dict[str, str]]:
    """Send ``actions``; return (keys all of whose actions succeeded, {key: first error}), a key being
    ``key_of(concrete index, _id)`` (the document or meeting the action belongs to).

    ``parallel_bulk`` does not retry: an action the node rejected because its write queue was full (429) is
    sent again afterwards, one request at a time with backoff, and fails only if it is still rejected then."""
    from elasticsearch import helpers

    ok: set[str] = set()
    failed: dict[str, str] = {}
    es = es.options(request_timeout=BULK_TIMEOUT)
    if not parallel:
        _collect(helpers.streaming_bulk(es, actions, raise_on_error=False, raise_on_exception=False,
                                        chunk_size=500, max_chunk_bytes=CHUNK_BYTES, max_retries=2),
                 key_of, ok, failed)
        return ok - set(failed), failed
    # actions in flight by _id (results name the concrete index, not the alias an action may name): a result
    # takes back the oldest one of its _id, so this holds only the requests not yet answered
    in_flight: dict[str, list[dict]] = {}

    def remembered():
        for action in actions:
            in_flight.setdefault(action["_id"], []).append(action)
            yield action

    rejected: list[dict] = []
    results = helpers.parallel_bulk(es, remembered(), thread_count=BULK_THREADS, chunk_size=CHUNK_ACTIONS,
                                    max_chunk_bytes=CHUNK_BYTES, queue_size=BULK_THREADS,
                                    raise_on_error=False, raise_on_exception=False)
    for success, item in results:
        op = next(iter(item.values()))
        same_id = in_flight.get(op.get("_id", ""), [])
        action = same_id.pop(0) if same_id else None
        if not same_id:
            in_flight.pop(op.get("_id", ""), None)
        if not success and op.get("status") == REJECTED and action is not None:
            rejected.append(action)
            continue
        _collect([(success, item)], key_of, ok, failed)
    if rejected:
        _collect(helpers.streaming_bulk(es, rejected, raise_on_error=False, raise_on_exception=False,
                                        chunk_size=CHUNK_ACTIONS, max_chunk_bytes=CHUNK_BYTES,
                                        max_retries=RESEND_RETRIES, initial_backoff=RESEND_BACKOFF),
                 key_of, ok, failed)
    return ok - set(failed), failed


def _collect(results, key_of: Callable[[str, str], str], ok: set[str], failed: dict[str, str]) -> None:
    for success, item in results:
        op = next(iter(item.values()))
        key = key_of(op.get("_index", ""), op.get("_id", ""))
        if success:
            ok.add(key)
        else:
            err = op.get("error")
            if isinstance(err, dict):
                err = f"{err.get('type')}: {err.get('reason')}"
            failed.setdefault(key, str(err or op.get("status")))
