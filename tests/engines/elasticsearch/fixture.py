"""The session-scoped ``elasticsearch_url`` fixture: a real Elasticsearch node for the tests.

Order of choice:

1. ``ELASTICSEARCH_URL`` is set: use that server as it is (nothing is started or stopped).
2. ``BOARDPAPERS_TEST_ES=0``: skip every test that asks for the fixture.
3. Otherwise build the launcher in this folder with Maven (``mvn -q -B package``: the Elasticsearch server jar and
   the Netty4 HTTP transport from Maven Central, cached in ``~/.m2``), start one node on 127.0.0.1 with a free port
   as a subprocess (``-Xmx512m``, data in a temporary directory), wait until the cluster health is at least yellow,
   set ``os.environ["ELASTICSEARCH_URL"]`` for the session, and stop the node at the end (close stdin, SIGTERM,
   wait, then SIGKILL).

If Java or Maven is missing, the build fails or the node does not come up, the tests are skipped with the reason
(including the last lines of the Maven output or of the node's log), never silently.

Environment knobs: ``BOARDPAPERS_TEST_ES_JAVA`` (java executable; default ``$JAVA_HOME/bin/java`` or ``java``),
``BOARDPAPERS_TEST_ES_JAVA_OPTS`` (extra JVM options), ``BOARDPAPERS_TEST_ES_START_TIMEOUT`` (seconds, default 120),
``BOARDPAPERS_TEST_ES_BUILD_TIMEOUT`` (seconds, default 900).
"""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

# The launcher's build is shared with the native stack (scripts/stack), which starts the same node.
from boardpapers.services import ES_LAUNCHER_DIR, MIN_JAVA, ServiceError, maven_classpath
from boardpapers.services import java_executable as _java
from boardpapers.services import java_feature_version as _java_feature_version

ENGINE_DIR = ES_LAUNCHER_DIR
TARGET = ENGINE_DIR / "target"
CLASSPATH_FILE = TARGET / "classpath.txt"
MAIN_CLASS = "org.elasticsearch.node.EsTestNode"
MAIN_CLASS_FILE = TARGET / "classes" / "org" / "elasticsearch" / "node" / "EsTestNode.class"
READY = re.compile(r"^ES_READY (?P<url>http://\S+) version=(?P<version>\S+)")


def _tail(text: str, lines: int = 30) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def _report(config, line: str) -> None:
    """Show a line in the pytest output even when output capture is on."""
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    capture = config.pluginmanager.get_plugin("capturemanager")
    if reporter is None or capture is None:
        print(line, file=sys.__stderr__, flush=True)
        return
    with capture.global_and_fixture_disabled():
        reporter.write_line("")
        reporter.write_line(line)


def _build(mvn: str, java: str) -> str | None:
    """Run ``mvn -q -B package`` here unless the build is current; return None on success, or why it failed."""
    try:
        maven_classpath(ENGINE_DIR, ["package"], [MAIN_CLASS_FILE], java)
    except ServiceError as err:
        return str(err)
    return None


def _get_json(url: str, timeout: float = 10.0):
    with urllib.request.urlopen(url, timeout=timeout) as resp:  # noqa: S310 - a local test node
        return json.loads(resp.read().decode("utf-8"))


class _Node:
    """The node subprocess: its stdout is read in a thread for the ES_READY line; its log goes to a file."""

    def __init__(self, java: str, log_path: Path):
        classpath = os.pathsep.join([str(TARGET / "classes"), CLASSPATH_FILE.read_text().strip()])
        extra = shlex.split(os.environ.get("BOARDPAPERS_TEST_ES_JAVA_OPTS", ""))
        cmd = [
            java,
            "-Xms256m",
            "-Xmx512m",
            "-XX:+UseSerialGC",
            "--enable-native-access=ALL-UNNAMED",
            "-Djava.awt.headless=true",
            "-Dfile.encoding=UTF-8",
            *extra,
            "-cp",
            classpath,
            MAIN_CLASS,
        ]
        self.log_path = log_path
        self._log = open(log_path, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            cmd, cwd=ENGINE_DIR, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._log, text=True
        )
        self.ready = threading.Event()
        self.url: str | None = None
        self.version: str | None = None
        self._reader = threading.Thread(target=self._read_stdout, name="es-test-node-stdout", daemon=True)
        self._reader.start()

    def _read_stdout(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            match = READY.match(line)
            if match and not self.ready.is_set():
                self.url, self.version = match.group("url"), match.group("version")
                self.ready.set()
        self.ready.set()  # end of output: the process has exited

    def log_tail(self, lines: int = 30) -> str:
        try:
            return _tail(self.log_path.read_text(errors="replace"), lines)
        except OSError:
            return ""

    def stop(self) -> None:
        try:
            if self.proc.poll() is None:
                try:
                    if self.proc.stdin:
                        self.proc.stdin.close()  # the launcher stops the node when stdin closes
                except OSError:
                    pass
                try:
                    self.proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    self.proc.terminate()
                    try:
                        self.proc.wait(timeout=20)
                    except subprocess.TimeoutExpired:
                        self.proc.kill()
                        self.proc.wait(timeout=10)
        finally:
            self._log.close()


def _start_node(java: str, log_dir: Path) -> tuple[_Node | None, str]:
    """Start the node and wait for it; return (node, "") or (None, reason)."""
    timeout = float(os.environ.get("BOARDPAPERS_TEST_ES_START_TIMEOUT", "120"))
    node = _Node(java, log_dir / "elasticsearch-node.log")
    deadline = time.monotonic() + timeout
    node.ready.wait(timeout)
    if node.url is None:
        exit_code = node.proc.poll()
        node.stop()
        state = f"exited with code {exit_code}" if exit_code is not None else f"not ready after {timeout:.0f} s"
        return None, f"Elasticsearch test node {state}; last lines of {node.log_path}:\n{node.log_tail()}"
    # A single node with no indices is green at once; yellow is accepted because indices created with replicas
    # by other code can never be green on one node.
    health_url = f"{node.url}/_cluster/health?wait_for_status=yellow&timeout=30s"
    last_error = ""
    while time.monotonic() < deadline:
        try:
            health = _get_json(health_url, timeout=40)
            if health.get("status") in ("green", "yellow"):
                return node, ""
            last_error = f"cluster health {health.get('status')}"
        except (urllib.error.URLError, OSError, ValueError) as err:
            last_error = str(err)
        if node.proc.poll() is not None:
            break
        time.sleep(0.5)
    node.stop()
    return None, f"Elasticsearch test node never became healthy ({last_error}); last lines of its log:\n{node.log_tail()}"


@pytest.fixture(scope="session")
def elasticsearch_url(request, tmp_path_factory):
    """URL of a live Elasticsearch server for the whole session (see the module docstring)."""
    url = os.environ.get("ELASTICSEARCH_URL")
    if url:
        yield url.rstrip("/")
        return
    if os.environ.get("BOARDPAPERS_TEST_ES", "1") == "0":
        pytest.skip("BOARDPAPERS_TEST_ES=0 and ELASTICSEARCH_URL is not set")
    java, mvn = _java(), shutil.which("mvn")
    if not java or not mvn:
        missing = " and ".join(name for name, path in (("java", java), ("mvn", mvn)) if not path)
        pytest.skip(f"no Elasticsearch test node: {missing} not found and ELASTICSEARCH_URL is not set")
    feature = _java_feature_version(java)
    if feature is None or feature < MIN_JAVA:
        pytest.skip(f"no Elasticsearch test node: {java} is Java {feature}, Elasticsearch 8.19 needs {MIN_JAVA}+")

    started = time.monotonic()
    problem = _build(mvn, java)
    if problem:
        pytest.skip(problem)
    built = time.monotonic()
    node, problem = _start_node(java, tmp_path_factory.mktemp("elasticsearch"))
    if node is None:
        pytest.skip(problem)
    ready = time.monotonic()
    _report(
        request.config,
        f"Elasticsearch {node.version} node started in {ready - built:.1f} s at {node.url} "
        f"(launcher build/check {built - started:.1f} s, Java {feature}, log {node.log_path})",
    )
    previous = os.environ.get("ELASTICSEARCH_URL")
    os.environ["ELASTICSEARCH_URL"] = node.url
    try:
        yield node.url
    finally:
        if previous is None:
            os.environ.pop("ELASTICSEARCH_URL", None)
        else:
            os.environ["ELASTICSEARCH_URL"] = previous
        node.stop()
