"""boardpapers: two DAGs per source in the sources file (``BOARDPAPERS_SOURCES``, default ``sources.yaml``).

* ``discover__<source id>`` runs on the source's ``schedule`` (default ``@daily``). It lists the source's meetings
  and papers and emits an asset event on ``boardpapers://documents/<source id>`` *only* when some documents are
  new, changed or due a retry; the event's extra carries their ids and the discovery counts. When nothing
  changed the task is skipped, and a skipped task emits no asset event.
* ``process__<source id>`` is scheduled on that asset, not on the clock. It reads the document ids from the
  triggering asset events and processes each in its own mapped task instance (fetch → archive → extract →
  index), so one bad document fails only its own instance; a summary task logs the counts (read back from the
  catalogue) and fails, naming the failed documents, if any did, so the run shows red.

Tasks that talk to a website run in the pool ``host__<host>`` (create the pools with
``python -m boardpapers.airflow_tasks pools > pools.json && airflow pools import pools.json``) and are retried
with exponential backoff. This file is wiring only: the work is done by ``boardpapers.pipeline``.
Adding a source to the sources file adds its DAGs; a bad sources file is an import error saying what is wrong.
"""
from __future__ import annotations

import datetime as dt

from airflow.sdk import Asset, Param, dag, task
from airflow.sdk.exceptions import AirflowFailException, AirflowSkipException

from boardpapers import airflow_tasks as bt

START = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
TAGS = ["boardpapers"]


def discovery_dag(source, asset: Asset):
    @dag(dag_id=f"discover__{source.id}", schedule=source.schedule or "@daily", start_date=START, catchup=False,
         max_active_runs=1, tags=TAGS + [source.id, "discover"],
         params={"full": Param(False, type="boolean", description="re-list every meeting, not only recent ones")},
         doc_md=f"Discovers new and changed papers of **{source.name}** ({source.entry_url}); emits `{asset.uri}`.")
    def discover_source():
        @task(task_id="discover", outlets=[asset], pool=bt.pool_name(source), pool_slots=1, **bt.RETRY_ARGS)
        def discover(*, outlet_events=None, dag_run=None, params=None) -> dict:
            extra = bt.run_discovery(source, trigger=f"airflow:{dag_run.run_id}", full=bool((params or {}).get("full")))
            if not extra["document_ids"]:
                raise AirflowSkipException(f"{source.id}: no new or changed documents; no asset event emitted")
            outlet_events[asset].extra = extra
            return extra["counts"]

        discover()

    return discover_source()


def processing_dag(source, asset: Asset):
    @dag(dag_id=f"process__{source.id}", schedule=[asset], start_date=START, catchup=False, max_active_runs=1,
         tags=TAGS + [source.id, "process"],
         params={"document_ids": Param([], type="array",
                                       description="manual runs: document ids to (re)process; "
                                                   "none: the source's pending documents")},
         doc_md=f"Fetches, archives, extracts and indexes the documents of **{source.name}** named by `{asset.uri}` events.")
    def process_source():
        @task(task_id="collect")
        def collect(*, triggering_asset_events=None, dag_run=None, params=None, ti=None) -> list[str]:
            conf = {"document_ids": (params or {}).get("document_ids") or []}
            ids = bt.document_ids_from(triggering_asset_events, conf)
            if not triggering_asset_events and not conf["document_ids"]:  # a manual run with no ids given
                ids = bt.pending_document_ids(source)
            ti.xcom_push(key="catalogue_run", value=bt.start_processing(source, ids, trigger=f"airflow:{dag_run.run_id}"))
            return ids

        @task(task_id="process_document", pool=bt.pool_name(source), pool_slots=1,
              map_index_template="{{ task.op_kwargs['document_id'] }}", **bt.RETRY_ARGS)
        def process_document(document_id: str, catalogue_run: int | None) -> dict:
            return bt.run_process_document(source, document_id, catalogue_run)

        @task(task_id="summary", trigger_rule="all_done")
        def summary(document_ids: list[str], catalogue_run: int | None) -> dict:
            counts = bt.summarise(source, document_ids, catalogue_run)
            if counts["failures"]:  # after logging every count: the run shows red, naming the documents
                raise AirflowFailException(f"{source.id}: {len(counts['failures'])} of {counts['documents']} "
                                           f"document(s) failed: " + "; ".join(
                                               f"{f['document_id']} {f['url']}: {f['error']}" for f in counts["failures"]))
            if counts["unfinished"]:  # interrupted by infrastructure failures; the next discovery queues them
                raise RuntimeError(f"{source.id}: {len(counts['unfinished'])} document(s) not processed: "
                                   + " ".join(counts["unfinished"]))
            return counts

        ids = collect()
        run = ids["catalogue_run"]
        processed = process_document.partial(catalogue_run=run).expand(document_id=ids)
        processed >> summary(ids, run)

    return process_source()


for _source in bt.configured_sources():
    _asset = Asset(bt.asset_uri(_source.id), group="boardpapers", extra={"source_id": _source.id})
    globals()[f"discover__{_source.id}"] = discovery_dag(_source, _asset)
    globals()[f"process__{_source.id}"] = processing_dag(_source, _asset)
