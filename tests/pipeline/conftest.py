"""One real ingest of the bundled sample sites through the `boardpapers` command, shared by the tests here."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from boardpapers.samplesites import SampleSites

BOARDPAPERS = [sys.executable, "-m", "boardpapers.cli"]


def run_cli(*args, home: Path | None = None, check: bool = False, timeout: float = 600,
            env: dict | None = None) -> subprocess.CompletedProcess:
    """``boardpapers [--home HOME] ARGS…`` in a subprocess; ``env`` adds to (or overrides) the environment."""
    command = BOARDPAPERS + ([f"--home={home}"] if home else []) + [str(a) for a in args]
    env = {**os.environ, "BOARDPAPERS_ENGINE": os.environ.get("BOARDPAPERS_ENGINE", "embedded"), **(env or {})}
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env)
    if check and result.returncode != 0:
        raise AssertionError(f"{command} exited {result.returncode}:\n{result.stderr[-3000:]}")
    return result


@pytest.fixture(scope="session")
def sample_sites():
    with SampleSites.start() as sites:
        yield sites


@pytest.fixture(scope="session")
def ingested(sample_sites, tmp_path_factory):
    """(home, sources file, first-run summary, request log of the first run)."""
    home = tmp_path_factory.mktemp("ingested")
    sources_file = home / "sources.yaml"
    sources_file.write_text(sample_sites.sources_yaml(), encoding="utf-8")
    sample_sites.reset_log()
    result = run_cli("ingest", "--sources", sources_file, "--json", "--quiet", home=home, check=True)
    first_requests = list(sample_sites.requests)
    return home, sources_file, json.loads(result.stdout), first_requests


class Served:
    """``boardpapers serve`` running in a subprocess on 127.0.0.1:<free port>."""

    def __init__(self, home: Path, env: dict | None = None):
        import time
        import urllib.request

        from tests.kit.httpserver import free_port

        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(BOARDPAPERS + [f"--home={home}", "serve", "--host", "127.0.0.1", "--port",
                                                    str(self.port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, env={**os.environ, "BOARDPAPERS_ENGINE": "embedded", **(env or {})})
        started = time.monotonic()
        while time.monotonic() - started < 60:
            if self.proc.poll() is not None:
                raise AssertionError(f"serve exited {self.proc.returncode}: {self.proc.stderr.read()[-2000:]}")
            try:
                urllib.request.urlopen(self.base + "/openapi.json", timeout=2).close()
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise AssertionError("serve did not answer within 60 s")

    def get(self, path: str, **params):
        import httpx

        return httpx.get(self.base + path, params=params, timeout=30)

    def post(self, path: str, json=None, headers=None):
        import httpx

        return httpx.post(self.base + path, json=json, headers=headers, timeout=30)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
