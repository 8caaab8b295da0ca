"""Engines are named in one registry: the CLI's choices and Settings come from it, and every registered engine
has every method of the SearchEngine protocol (nothing calling an engine needs to probe with hasattr)."""
from __future__ import annotations

import inspect

import pytest

from boardpapers import search
from boardpapers.cli import build_parser
from boardpapers.config import Settings
from boardpapers.errors import ConfigError, SearchError
from boardpapers.search.base import SearchEngine
from boardpapers.search.elastic import ElasticsearchEngine
from boardpapers.search.embedded import EmbeddedEngine
from boardpapers.search.tantivy_engine import TantivyEngine

PROTOCOL_METHODS = sorted(name for name, _ in inspect.getmembers(SearchEngine, inspect.isfunction)
                          if not name.startswith("_"))


def test_the_protocol_names_what_the_app_cli_and_pipeline_call():
    assert {"get_document", "search_decisions", "facets", "iter_meetings", "attendance_trends", "search",
            "index_documents", "index_meetings", "rebuild", "delete_document", "close"} <= set(PROTOCOL_METHODS)


@pytest.mark.parametrize("engine_class", [TantivyEngine, EmbeddedEngine, ElasticsearchEngine])
def test_every_engine_implements_the_whole_protocol(engine_class):
    missing = [m for m in PROTOCOL_METHODS if not callable(getattr(engine_class, m, None))]
    assert missing == []


def test_choices_come_from_the_registry():
    assert search.ENGINES == ("embedded", "elasticsearch")
    assert search.engine_kind("es").name == "elasticsearch"
    with pytest.raises(SearchError, match="use one of embedded, elasticsearch"):
        search.engine_kind("lucene")


class _NullEngine:
    name = "null"

    def __init__(self, home):
        self.home = home


def test_a_registered_engine_is_offered_everywhere(tmp_path):
    search.register_engine(search.EngineKind("null", lambda home, url, **options: _NullEngine(home)))
    try:
        assert "null" in search.engine_names()
        assert build_parser().parse_args(["--engine", "null", "status"]).engine == "null"
        assert Settings.from_env(tmp_path, "null").engine == "null"
        assert search.open_engine("null", home=tmp_path).home == tmp_path
    finally:
        search.unregister_engine("null")
    with pytest.raises(ConfigError, match="engine must be one of 'embedded', 'elasticsearch'"):
        Settings.from_env(tmp_path, "null")
