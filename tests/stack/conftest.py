"""The native production stack for the tests: ``scripts/stack up`` on free ports in a fresh ``$STACK_DIR``,
``scripts/stack down --purge`` after. Also the single Postgres and S3 servers of the catalogue/archive tests.

Needs Debian's ``postgresql`` and ``redis-server``, Java 17+ and Maven, and the ``stack`` extra
(``pip install -e '.[stack]'``); without them the tests are skipped with the reason (``scripts/test`` installs all).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from boardpapers import services

REPO = Path(__file__).resolve().parents[2]


def missing_prerequisites(*, airflow: bool) -> list[str]:
    missing = []
    for program, package in (("redis-server", "redis-server"), ("mvn", "maven"), ("java", "a JDK")):
        if airflow or program != "redis-server":
            if shutil.which(program) is None:
                missing.append(f"{program} ({package})")
    try:
        services.postgres_bin("initdb")
    except services.ServiceError:
        missing.append("initdb (postgresql)")
    modules = ["psycopg2", "s3fs"] + (["airflow", "airflow.providers.celery", "asyncpg"] if airflow else [])
    for module in modules:
        try:
            __import__(module)
        except ImportError:
            missing.append(f"python module {module} (pip install -e '.[stack]')")
    return missing


def stack_dir() -> Path:
    """Under /tmp and world-searchable: the postgres user must reach its data directory (pytest's are 0700)."""
    path = Path(tempfile.mkdtemp(prefix="bp-stack-", dir="/tmp"))
    path.chmod(0o755)
    return path


def server_dir() -> Path:
    missing = missing_prerequisites(airflow=False)
    if missing:
        pytest.skip("no Postgres/S3 test servers: missing " + ", ".join(missing))
    return stack_dir()


@pytest.fixture(scope="session")
def postgres_server():
    """One private Postgres cluster for the session (the stack's launcher)."""
    directory = server_dir()
    server = services.Postgres(directory / "postgres", services.free_port(), services.new_secret(),
                               directory / "logs" / "postgres.log")
    server.start()
    yield server
    server.stop()
    shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="session")
def s3_server():
    """One s3proxy server for the session (the stack's launcher), with its filesystem backend."""
    directory = server_dir()
    server = services.S3Server(services.free_port(), directory / "s3", "boardpapers", services.new_secret())
    daemon = services.Daemon("s3", directory)
    daemon.start(server.command(directory / "s3proxy.properties"))
    try:
        services.wait_for("s3proxy", server.ready, 180, daemon.log_file, daemon.alive)
        yield server
    finally:
        daemon.stop()
        shutil.rmtree(directory, ignore_errors=True)


def run_stack(*args: str, env: dict, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run([str(REPO / "scripts" / "stack"), *args], env=env, capture_output=True, text=True,
                          timeout=timeout, cwd=REPO)


@pytest.fixture(scope="module")
def stack_env(tmp_path_factory):
    """``scripts/stack up`` with an empty sources file; yields the environment the script was run with."""
    missing = missing_prerequisites(airflow=True)
    if missing:
        pytest.skip("no native stack: missing " + ", ".join(missing))
    directory = stack_dir()
    sources = directory / "sources.yaml"
    sources.write_text("sources: []\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "BOARDPAPERS_", "ELASTICSEARCH"))}
    env.update({
        "STACK_DIR": str(directory / "stack"),
        "PYTHON": sys.executable,
        "BOARDPAPERS_SOURCES": str(sources),
        "BOARDPAPERS_POOL_SLOTS": "4",
        "BOARDPAPERS_RETRY_DELAY_SECONDS": "5",
        # Quick enough for a test: new DAG files, dead workers' tasks and lost queue messages are noticed soon.
        "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
        "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT": "40",
        "AIRFLOW__SCHEDULER__TASK_INSTANCE_HEARTBEAT_TIMEOUT_DETECTION_INTERVAL": "5",
        "AIRFLOW__SCHEDULER__TASK_QUEUED_TIMEOUT": "120",
    })
    started = time.monotonic()
    up = run_stack("up", env=env)
    if up.returncode != 0:
        logs = directory / "stack" / "logs"
        tails = "\n".join(f"--- {p.name}\n{services.log_tail(p, 15)}" for p in sorted(logs.glob("*.log")))
        run_stack("down", "--purge", env=env)
        pytest.fail(f"scripts/stack up failed:\n{up.stdout}\n{up.stderr}\n{tails}")
    print(f"stack up in {time.monotonic() - started:.0f} s", file=sys.stderr)
    try:
        yield env
    finally:
        down = run_stack("down", env=env)
        assert down.returncode == 0, down.stderr
        shutil.rmtree(directory, ignore_errors=True)
