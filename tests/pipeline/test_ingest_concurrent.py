"""ingest extracts on every core when a run has several documents: one sandbox child per worker, catalogue
writes and indexing in the parent in the documents' order, and the same result as one at a time."""
from __future__ import annotations

from boardpapers.config import parse_source
from boardpapers.extractors import EXTRACTOR_VERSION
from boardpapers.models import SearchQuery
from boardpapers.pipeline import EXTRACT_WORKERS_ENV, Workspace, ingest
from tests.kit.papersite import PaperSite, text_pdf

PAPERS = {
    **{f"minutes-{i}": text_pdf(f"Governing Body minutes {i}", "Present:", f"Dr Ann Example{i} (Chair)",
                                "Cllr Bob Sample", f"RESOLVED: That report {i} be approved.", pages=3)
       for i in range(6)},
    "broken": b"%PDF-1.4\n1 0 obj << /Type /Catalog >> this is not a whole PDF",
}


def _run(home, site, workers, monkeypatch):
    monkeypatch.setenv(EXTRACT_WORKERS_ENV, str(workers))
    source = parse_source(site.source_entry(), "test")
    with Workspace.open(home, engine="embedded") as ws:
        summary, = ingest(ws, [source])
        documents = sorted(ws.catalogue.documents_where(), key=lambda r: r.document_id)
        state = {r.document_id: (r.url, r.status, r.error, r.sha256) for r in documents}
        extractions = {r.document_id: ws.catalogue.extraction(r.sha256, EXTRACTOR_VERSION).to_dict()
                       for r in documents if r.status == "indexed"}
        hits = ws.engine.search(SearchQuery(q="approved", limit=20))
        found = (hits.total, sorted(h.document_id for h in hits.hits))
        again, = ingest(ws, [source])  # a re-run retries the failed paper only, and duplicates nothing
        assert [p.url for p in again.processed] == [site.paper_url("broken")] and not again.processed[0].ok
        assert ws.engine.document_count() == len(extractions)
        assert len(ws.catalogue.documents_where()) == len(documents)
    return summary, state, extractions, found


def test_two_workers_give_what_one_gives(tmp_path, monkeypatch):
    with PaperSite(PAPERS) as site:
        one = _run(tmp_path / "one", site, 1, monkeypatch)
        two = _run(tmp_path / "two", site, 2, monkeypatch)
    summary, state, extractions, found = two
    assert [p.document_id for p in summary.processed] == [p.document_id for p in one[0].processed]
    assert summary.counts() == one[0].counts()
    assert (state, extractions, found) == one[1:]
    assert summary.counts()["indexed"] == 6 and summary.counts()["documents_failed"] == 1
    failed, = summary.failed
    assert failed.stage == "extract" and failed.url.endswith("/broken.pdf")  # one bad document, the run went on
    assert found[0] == 6
    # both workers extracted: two sandbox children, each with several documents
    workers = [p.worker for p in summary.processed if p.ok]
    assert len(set(workers)) == 2 and None not in workers
    assert all(p.worker is None for p in one[0].processed)  # one at a time: the workspace's own sandbox
