"""extract_concurrently: several extraction workers at once, results in input order, failures returned."""
from __future__ import annotations

import threading

import pytest

from boardpapers.extractors import extract_document
from boardpapers.pipeline import extract_concurrently


def test_two_workers_run_at_once_and_results_keep_input_order():
    both_running = threading.Barrier(2, timeout=30)  # breaks (an error) unless two extractions overlap
    seen_threads = set()

    def make_worker(name):
        def extract(job):
            seen_threads.add(threading.get_ident())
            if job < 2:
                both_running.wait()
            if job == 3:
                raise ValueError("bad document 3")
            return f"{name}:{job}"
        return extract

    out = list(extract_concurrently(range(6), [make_worker("a"), make_worker("b")]))
    assert [job for job, _ in out] == list(range(6))
    assert all(isinstance(r, str) and r.endswith(f":{job}") for job, r in out if job != 3)
    assert isinstance(out[3][1], ValueError) and str(out[3][1]) == "bad document 3"
    assert len(seen_threads) == 2


def test_each_worker_is_used_by_one_thread_at_a_time():
    in_use: set[int] = set()
    lock = threading.Lock()
    overlaps = []

    def make_worker(index):
        def extract(job):
            with lock:
                if index in in_use:
                    overlaps.append(index)
                in_use.add(index)
            threading.Event().wait(0.01)
            with lock:
                in_use.discard(index)
            return job
        return extract

    out = list(extract_concurrently(range(20), [make_worker(i) for i in range(3)]))
    assert [r for _, r in out] == list(range(20)) and overlaps == []


def test_real_extractions():
    docs = [f"Minutes {i}\nRESOLVED: That the report be noted.".encode() for i in range(4)]
    out = list(extract_concurrently(docs, [lambda d: extract_document(d, filename="m.txt")] * 2))
    assert [e.title for _, e in out] == [f"Minutes {i}" for i in range(4)]
    assert all(len(e.decisions) == 1 for _, e in out)


def test_no_worker_is_an_error():
    with pytest.raises(ValueError):
        list(extract_concurrently([1], []))
