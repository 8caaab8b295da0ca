"""``python -m tests.faults.ingest_driver HOME SOURCES_YAML``: an ingest in a process of its own, to be killed.

Stands in for ``boardpapers ingest --home HOME --sources FILE`` (same calls) so the crash tests do not depend on
the CLI. Prints one JSON line of counts per source when the run completes.
"""
from __future__ import annotations

import json
import sys


def main(argv: list[str]) -> int:
    from boardpapers.config import load_sources
    from boardpapers.pipeline import Workspace, ingest

    home, sources_file = argv
    with Workspace.open(home) as ws:
        for summary in ingest(ws, load_sources(sources_file)):
            print(json.dumps({"source": summary.source_id, **summary.counts()}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
