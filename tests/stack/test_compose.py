"""docker-compose.yml and scripts/stack cannot drift: the same shared settings file, the same init script, the same
commands. (Docker cannot run here; `docker-compose config` validates the file when it is installed.)"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from boardpapers.stack import AIRFLOW_COMMANDS, INIT_SCRIPT, SHARED_SETTINGS, WEB_COMMAND, Stack, read_env_file

REPO = Path(__file__).resolve().parents[2]
COMPOSE = REPO / "docker-compose.yml"
AIRFLOW_SERVICES = {"airflow-apiserver": "api-server", "airflow-scheduler": "scheduler",
                    "airflow-dag-processor": "dag-processor", "airflow-triggerer": "triggerer",
                    "airflow-worker": "celery-worker"}


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text())


def _command(service: dict) -> list[str]:
    command = service.get("command") or []
    return command.split() if isinstance(command, str) else list(command)


def test_every_airflow_component_runs_the_command_the_native_stack_runs(compose):
    for service, component in AIRFLOW_SERVICES.items():
        # The official image's entrypoint runs `airflow <command>`.
        assert ["airflow", *_command(compose["services"][service])] == AIRFLOW_COMMANDS[component], service
    assert set(AIRFLOW_SERVICES.values()) == set(AIRFLOW_COMMANDS)
    web = compose["services"]["web"]
    assert web["entrypoint"] + _command(web)[:1] == WEB_COMMAND


def test_both_read_the_shared_settings_and_override_none_of_them(compose):
    shared = read_env_file(SHARED_SETTINGS)
    assert shared["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    for name in [*AIRFLOW_SERVICES, "airflow-init", "web"]:
        service = compose["services"][name]
        assert "docker/airflow.env" in service["env_file"], name
        assert not set(service.get("environment") or {}) & set(shared), f"{name} overrides a shared setting"


def test_the_native_environment_is_the_shared_file_plus_addresses_and_secrets(tmp_path):
    env = Stack(tmp_path / "stack").environment()
    for key, value in read_env_file(SHARED_SETTINGS).items():
        assert env[key] == value, key
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == env["AIRFLOW__API__BASE_URL"] + "/execution/"
    assert env["BOARDPAPERS_CATALOGUE_URL"].startswith("postgresql+psycopg2://")
    assert env["BOARDPAPERS_ARCHIVE_URL"].startswith("s3://")


def test_both_initialise_with_the_same_script(compose):
    init = compose["services"]["airflow-init"]
    assert init["entrypoint"][-1].endswith("/" + INIT_SCRIPT.name)
    assert any(str(v).startswith(f"./docker/{INIT_SCRIPT.name}:") for v in init["volumes"])
    text = INIT_SCRIPT.read_text()
    assert "airflow db migrate" in text and "boardpapers.airflow_tasks pools" in text and "airflow pools import" in text


def test_the_archive_is_a_real_s3_server_in_both(compose):
    s3 = compose["services"]["s3"]
    assert "org.gaul.s3proxy.Main" in " ".join(_command(s3))
    assert any("scripts/s3proxy/pom.xml" in v for v in s3["volumes"])
    assert "minio" not in COMPOSE.read_text().lower()


@pytest.mark.skipif(shutil.which("docker-compose") is None, reason="docker-compose is not installed")
def test_docker_compose_accepts_the_file():
    out = subprocess.run(["docker-compose", "-f", str(COMPOSE), "config", "--services"], capture_output=True,
                         text=True, timeout=120, cwd=REPO)
    assert out.returncode == 0, out.stderr
    assert {"s3", "s3-init", "airflow-worker", "web"} <= set(out.stdout.split())
