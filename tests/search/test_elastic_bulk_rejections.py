"""A node whose write queue is full answers some bulk items with 429: those are sent again, not lost.

A real Elasticsearch node cannot be made to reject writes on demand here, so the node is a small HTTP server
speaking the bulk API's wire format (the client's product header, NDJSON in, per-item statuses out); the
client, its ``parallel_bulk`` and ``streaming_bulk`` helpers and the HTTP are real."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from elasticsearch import Elasticsearch

from boardpapers.search import elastic_bulk


class _BulkNode(ThreadingHTTPServer):
    """Answers /_bulk: an _id in ``reject_times`` gets 429 that many times, one in ``bad`` a 400, others 201."""

    def __init__(self, reject_times: dict[str, int], bad: set[str]):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.reject_times, self.bad = dict(reject_times), bad
        self.seen: list[str] = []
        self.lock = threading.Lock()


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        lines = [json.loads(line) for line in body.splitlines() if line.strip()]
        items = []
        node: _BulkNode = self.server  # type: ignore[assignment]
        for header in lines[::2]:  # index actions: header, then source
            op, meta = next(iter(header.items()))
            _id = meta["_id"]
            with node.lock:
                node.seen.append(_id)
                if node.reject_times.get(_id, 0) > 0:
                    node.reject_times[_id] -= 1
                    status, error = 429, {"type": "es_rejected_execution_exception", "reason": "queue full"}
                elif _id in node.bad:
                    status, error = 400, {"type": "mapper_parsing_exception", "reason": "bad field"}
                else:
                    status, error = 201, None
            item = {"_index": "bp-documents-000001", "_id": _id, "status": status}
            if error:
                item["error"] = error
            items.append({op: item})
        payload = json.dumps({"took": 1, "errors": any("error" in next(iter(i.values())) for i in items),
                              "items": items}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("X-Elastic-Product", "Elasticsearch")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_PUT = do_POST  # the 8.x client sends bulk requests as PUT


@pytest.fixture
def node_for():
    started = []

    def start(reject_times: dict[str, int], bad: set[str] = frozenset()) -> tuple[_BulkNode, Elasticsearch]:
        node = _BulkNode(reject_times, set(bad))
        threading.Thread(target=node.serve_forever, daemon=True).start()
        started.append(node)
        return node, Elasticsearch(f"http://127.0.0.1:{node.server_address[1]}")

    yield start
    for node in started:
        node.shutdown()
        node.server_close()


def _actions(n: int):
    return ({"_op_type": "index", "_index": "bp-documents", "_id": f"doc{i}", "_source": {"n": i}} for i in range(n))


def _key(_index: str, _id: str) -> str:
    return _id


@pytest.mark.parametrize("parallel", [True, False])
def test_rejected_actions_are_sent_again_and_succeed(node_for, monkeypatch, parallel):
    monkeypatch.setattr(elastic_bulk, "RESEND_BACKOFF", 0.01)
    node, es = node_for({"doc3": 1, "doc7": 2}, bad={"doc5"})
    ok, failed = elastic_bulk.send(es, _actions(10), _key, parallel=parallel)
    assert ok == {f"doc{i}" for i in range(10)} - {"doc5"}
    assert set(failed) == {"doc5"} and "mapper_parsing_exception" in failed["doc5"]
    assert node.seen.count("doc3") == 2 and node.seen.count("doc7") == 3
    assert node.seen.count("doc5") == 1  # a mapping error is not retried
    assert node.reject_times == {"doc3": 0, "doc7": 0}


def test_an_action_still_rejected_after_every_resend_is_reported_failed(node_for, monkeypatch):
    monkeypatch.setattr(elastic_bulk, "RESEND_BACKOFF", 0.01)
    node, es = node_for({"doc2": 1 + elastic_bulk.RESEND_RETRIES + 1})
    ok, failed = elastic_bulk.send(es, _actions(4), _key, parallel=True)
    assert ok == {"doc0", "doc1", "doc3"}
    assert set(failed) == {"doc2"} and "es_rejected_execution_exception" in failed["doc2"]
    assert node.seen.count("doc2") == 1 + elastic_bulk.RESEND_RETRIES + 1  # first send, then every round
