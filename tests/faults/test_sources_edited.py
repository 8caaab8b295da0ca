"""The sources file edited while the DAGs run. The DAG file re-parses it on every scheduler parse
(``boardpapers.airflow_tasks.configured_sources``): an edit shows up in the next parse; a broken edit is an
import error naming the problem (Airflow keeps the DAGs of the last good parse); task runs already under way
hold their Source and carry on, whatever the file now says."""
from __future__ import annotations

import pytest

from boardpapers import airflow_tasks
from boardpapers.catalogue import Catalogue
from boardpapers.errors import ConfigError
from tests.kit.papersite import PaperSite, text_pdf


def _entry(source_id: str, url: str) -> str:
    return (f"  - id: {source_id}\n    name: Board {source_id}\n    kind: listing\n    start_url: {url}\n"
            f"    board_type: ccg\n    delay_seconds: 0\n    listing:\n      paper_link: '\\.pdf$'\n")


def test_edits_are_picked_up_and_a_broken_edit_names_its_problem(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n" + _entry("alpha-ccg", "https://alpha.example.nhs.uk/papers/"))
    assert [s.id for s in airflow_tasks.configured_sources(path)] == ["alpha-ccg"]

    path.write_text("sources:\n" + _entry("alpha-ccg", "https://alpha.example.nhs.uk/papers/")
                    + _entry("beta-ccg", "https://beta.example.nhs.uk/papers/"))
    assert [s.id for s in airflow_tasks.configured_sources(path)] == ["alpha-ccg", "beta-ccg"]

    wrong_key = path.read_text().replace("    board_type: ccg\n    delay_seconds: 0\n    listing:\n      paper_link: '\\.pdf$'\n"
                                         "  - id: beta", "    board_type: ccg\n    delay_secs: 0\n    listing:\n"
                                         "      paper_link: '\\.pdf$'\n  - id: beta", 1)
    assert "delay_secs" in wrong_key
    path.write_text(wrong_key)
    with pytest.raises(ConfigError) as err:
        airflow_tasks.configured_sources(path)
    message = str(err.value)
    assert message.startswith("boardpapers DAGs not built: ") and "\n" not in message
    assert "alpha-ccg" in message and "delay_secs" in message and "BOARDPAPERS_SOURCES" in message

    good = "sources:\n" + _entry("alpha-ccg", "https://alpha.example.nhs.uk/papers/")
    path.write_text(good[: len(good) - 30] + "\n  - id: [")  # saved half-way by an editor
    with pytest.raises(ConfigError) as err:
        airflow_tasks.configured_sources(path)
    assert str(err.value).startswith("boardpapers DAGs not built: ") and str(path) in str(err.value)


def test_runs_under_way_carry_on_after_a_broken_edit(tmp_path, monkeypatch):
    home = tmp_path / "home"
    monkeypatch.setenv("BOARDPAPERS_HOME", str(home))
    monkeypatch.setenv("BOARDPAPERS_ENGINE", "embedded")
    papers = {f"minutes-{i}": text_pdf(f"Minutes of meeting {i}") for i in range(2)}
    with PaperSite(papers) as site:
        path = tmp_path / "sources.yaml"
        path.write_text("sources:\n" + _entry(site.source_id, site.url("/papers/")))
        source, = airflow_tasks.configured_sources(path)  # what the DAG file handed its tasks at parse time
        discovered = airflow_tasks.run_discovery(source, trigger="test")
        assert len(discovered["document_ids"]) == 2

        path.write_text("sources:\n  - id: [broken")  # the operator's edit lands mid-run
        with pytest.raises(ConfigError):
            airflow_tasks.configured_sources(path)

        run_id = airflow_tasks.start_processing(source, discovered["document_ids"], trigger="test")
        for document_id in discovered["document_ids"]:
            assert airflow_tasks.run_process_document(source, document_id, run_id)["ok"] is True
        summary = airflow_tasks.summarise(source, discovered["document_ids"], run_id)
        assert summary["indexed"] == 2 and summary["documents_failed"] == 0
    catalogue = Catalogue.open(home)
    assert sorted(r.status for r in catalogue.documents_where()) == ["indexed", "indexed"]
    catalogue.close()
