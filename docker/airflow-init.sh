#!/usr/bin/env bash
# One-shot initialisation, for docker-compose's airflow-init and for scripts/stack up: migrate Airflow's
# database, create the catalogue and the search index, then one pool per website host named in the sources file
# (re-run after adding a source on a new host: `docker compose run --rm airflow-init` / `scripts/stack pools`).
set -euo pipefail
airflow db migrate
# The catalogue's tables and the index, made once here: the first tasks run concurrently and would race to create
# them (two processes creating the first Elasticsearch index leave its alias without a write index).
python -c "from boardpapers.pipeline import Workspace; ws = Workspace.open(); ws.engine; ws.close()"
pools=$(mktemp --suffix=.json)
trap 'rm -f "$pools"' EXIT
python -m boardpapers.airflow_tasks pools --slots "${BOARDPAPERS_POOL_SLOTS:-1}" > "$pools"
airflow pools import "$pools"
airflow pools list
