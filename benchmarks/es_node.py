"""Start the test suite's Elasticsearch node (``tests/engines/elasticsearch``, built with Maven) for a benchmark.

    with test_node(heap="512m") as url: ...          # 127.0.0.1, a free port, data in a temporary directory

``search_bench.py --start-node`` uses it when ``ELASTICSEARCH_URL`` is not set, so the Elasticsearch figures
come from the same node the tests use, with the same heap.
"""
from __future__ import annotations

import contextlib
import glob
import subprocess
import tempfile
from pathlib import Path

from boardpapers import services


STARTED = {"pid": None}  # the node this process started (for node_cpu_seconds)


def node_cpu_seconds() -> float | None:
    """CPU seconds the started node's JVM has used so far, all threads (nanosecond ``schedstat``): the
    load-independent measure of the server's work. None when the node was not started here."""
    pid = STARTED["pid"]
    if pid is None:
        return None
    total = 0
    for path in glob.glob(f"/proc/{pid}/task/*/schedstat"):
        try:
            with open(path) as fh:
                total += int(fh.read().split()[0])
        except (OSError, ValueError, IndexError):  # a thread that ended meanwhile
            pass
    return total / 1e9


@contextlib.contextmanager
def test_node(heap: str = "512m"):
    port = services.free_port()
    with tempfile.TemporaryDirectory(prefix="bp-bench-es-") as tmp:
        home = Path(tmp)
        log = home / "node.log"
        cmd = services.elasticsearch_command(services.require_java(), port, home / "data", heap=heap)
        with open(log, "wb") as out:
            proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            services.wait_for("Elasticsearch benchmark node",
                              lambda: services.http_ok(f"{url}/_cluster/health?wait_for_status=yellow&timeout=1s"),
                              180, log=log, alive=lambda: proc.poll() is None)
            STARTED["pid"] = proc.pid
            yield url
        finally:
            STARTED["pid"] = None
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
