"""Start the test suite's Elasticsearch node (``tests/engines/elasticsearch``, built with Maven) for a benchmark.

    with test_node(heap="512m") as url: ...          # 127.0.0.1, a free port, data in a temporary directory

``search_bench.py --start-node`` uses it when ``ELASTICSEARCH_URL`` is not set, so the Elasticsearch figures
come from the same node the tests use, with the same heap.
"""
from __future__ import annotations

import contextlib
import subprocess
import tempfile
from pathlib import Path

from boardpapers import services


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
            yield url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
