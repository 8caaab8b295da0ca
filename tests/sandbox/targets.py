"""Extraction targets for the sandbox tests: each misbehaves in one way, inside the worker process."""
from __future__ import annotations

import json
import os
import signal
import sys
import time

from boardpapers.extractors import extract_document


def slow(data, **kwargs):
    """Extracts, after a pause long enough for a test to kill the worker meanwhile."""
    time.sleep(float(os.environ.get("SANDBOX_TEST_PAUSE", "1.5")))
    return extract_document(data, **kwargs)


def sleep_forever(data, **kwargs):
    while True:
        time.sleep(1)


def allocate(data, **kwargs):
    """Allocates as many megabytes as the document says, like a decompression bomb."""
    block = bytearray(int(data) * 1024 * 1024)
    return {"never": len(block)}


def kill_self(data, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)


def die_loudly(data, **kwargs):
    print("pdf parser: assertion failed in page tree walk", file=sys.stderr, flush=True)
    os._exit(3)


def describe_self(data, **kwargs):
    """An extraction whose title tells what the worker is: its pid, environment and imported Airflow modules."""
    about = {"pid": os.getpid(), "environment": sorted(os.environ), "cwd": os.getcwd(), "argv": sys.orig_argv,
             "airflow_modules": sorted(m for m in sys.modules if m.split(".")[0] == "airflow")}
    return {"title": json.dumps(about), "pages": []}
