"""Faults a production run meets, met through the real command: a corrupt index, a full disk, two runs on one
home at once, Elasticsearch failing mid-ingest."""
from __future__ import annotations

import json
import shutil

import pytest

from boardpapers.search.integrity import live_file

from .conftest import run_cli


@pytest.fixture
def home_copy(ingested, tmp_path):
    """A copy of the ingested home that a test may damage."""
    home, *_ = ingested
    copy = tmp_path / "home"
    shutil.copytree(home, copy, ignore=shutil.ignore_patterns("*.lock"))
    return copy


def _truncate(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _scribble_header(path):
    with open(path, "r+b") as handle:
        handle.write(b"this is not a database" * 3)


@pytest.mark.parametrize("damage", [_truncate, _scribble_header])
def test_corrupt_index_is_named_and_rebuilt_by_reindex(home_copy, sample_sites, damage):
    query = ["search", "health", "--json", "--limit", "5"]
    before = json.loads(run_cli(*query, home=home_copy, check=True).stdout)
    index_file = live_file(home_copy / "index")
    damage(index_file)

    broken = run_cli(*query, home=home_copy)
    assert broken.returncode == 1
    assert broken.stderr.count("\n") == 1 and "Traceback" not in broken.stderr
    assert f"the search index {index_file} is corrupt" in broken.stderr
    assert "boardpapers reindex" in broken.stderr

    sample_sites.reset_log()
    rebuilt = run_cli("reindex", home=home_copy, check=True)
    assert f"the corrupt index was set aside as {index_file}.corrupt-" in rebuilt.stdout
    assert list(sample_sites.requests) == []  # rebuilt from catalogue and archive alone
    after = json.loads(run_cli(*query, home=home_copy, check=True).stdout)
    assert after == before
