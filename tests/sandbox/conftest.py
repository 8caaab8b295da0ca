"""Forked-worker tests run where a fork is allowed.

``ExtractionSandbox(fork=True)`` forks only from a single-threaded process (``page_readers.can_fork``), as the
``boardpapers`` command is. In a whole test run, earlier tests' libraries and servers may leave threads in pytest's
process, where the sandbox would quietly spawn instead and a "forked" case would test the spawned path. Such a
case is run again in a fresh pytest process, and there it must really be able to fork.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from boardpapers.extractors.page_readers import can_fork

_FRESH = "BOARDPAPERS_TEST_FORK_FRESH"
# tests that only mean something for a forked worker (the others take a ``fork`` parameter)
_FORK_ONLY = {"test_a_forked_worker_has_the_spawned_ones_environment_directory_and_no_other_descriptor",
              "test_the_extract_command_forks_its_worker_and_every_other_caller_spawns_it"}


def _wants_fork(item) -> bool:
    params = getattr(item, "callspec", None)
    return item.originalname in _FORK_ONLY or bool(params and params.params.get("fork") is True)


def pytest_pyfunc_call(pyfuncitem):
    if not _wants_fork(pyfuncitem):
        return None
    if can_fork():
        return None  # the test runs here, and its worker is forked
    if os.environ.get(_FRESH):
        import threading

        pytest.fail(f"a fresh pytest process still runs threads, so no worker can be forked: {threading.enumerate()}")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", pyfuncitem.nodeid],
                         cwd=pyfuncitem.config.rootpath, env=dict(os.environ, **{_FRESH: "1"}),
                         capture_output=True, text=True, timeout=600)
    if run.returncode != 0:
        pytest.fail(f"{pyfuncitem.nodeid} failed in a fresh pytest process:\n{run.stdout[-6000:]}\n{run.stderr[-2000:]}")
    return True  # run and passed in the fresh process
