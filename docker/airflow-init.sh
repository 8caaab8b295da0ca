#!/usr/bin/env bash
# One-shot initialisation: migrate Airflow's database, then create one pool per website host named in the
# sources file (re-run after adding a source on a new host: `docker compose run --rm airflow-init`).
set -euo pipefail
airflow db migrate
python -m boardpapers.airflow_tasks pools --slots "${BOARDPAPERS_POOL_SLOTS:-1}" > /tmp/boardpapers-pools.json
airflow pools import /tmp/boardpapers-pools.json
airflow pools list
