"""The task code: discover → fetch → extract → index. The CLI, ``airflow dags test`` and a scheduled Airflow
deployment all call these functions; nothing here knows which one is calling.

- ``workspace``: the catalogue, archive, fetcher, engine and sandbox a task uses, opened lazily;
- ``discovery``: a source's meetings and papers into the catalogue (new papers pending);
- ``processing``: one document fetched, extracted and indexed; a failure recorded on it, never stopping others;
- ``attendance``: a meeting's attendance as indexed (site list or minutes, documented inferences);
- ``indexing``: documents and meetings into the search engine;
- ``run``: ``ingest`` over sources, extracting on every core when there are several documents.
"""
from boardpapers.payload import PDF_CONTENT_TYPES, check_payload, expects_pdf  # noqa: F401 (re-exported)
from boardpapers.pipeline.attendance import (  # noqa: F401
    BOARD_BODY_QUALIFIER, BOARD_COUNCIL_QUALIFIER, BOARD_ORGANISATION_CONFIDENCE, NHS_BODY_BOARDS,
    resolve_meeting_attendance,
)
from boardpapers.pipeline.discovery import (  # noqa: F401
    MAX_PERMANENT_ATTEMPTS, PERMANENT_FAILURES, SKIP_REASONS, DiscoverReport, discover,
)
from boardpapers.pipeline.indexing import index_document, indexed_document, indexed_meeting, organisations_of  # noqa: F401
from boardpapers.pipeline.processing import (  # noqa: F401
    INFRASTRUCTURE_ERRORS, FetchedDocument, ProcessReport, _current_bytes, fetch_document, finish_document,
    process_document, process_with_one_retry,
)
from boardpapers.pipeline.run import (  # noqa: F401
    EXTRACT_WORKERS_ENV, ExtractionPool, SourceSummary, extract_concurrently, extraction_workers, ingest,
)
from boardpapers.pipeline.workspace import Progress, Workspace  # noqa: F401
