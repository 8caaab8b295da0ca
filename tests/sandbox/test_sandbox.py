"""The extraction sandbox: a clean child interpreter that works under any parent, bounded in time and memory,
reused across documents, replaced when it dies, and naming the real cause when it does."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from fpdf import FPDF

from boardpapers.errors import ExtractionError, InfrastructureError
from boardpapers.sandbox import ExtractionSandbox, _ForkedProcess, child_environment

REPO = Path(__file__).resolve().parents[2]
TASK_DATABASE_BLOCK = "airflow-db-not-allowed:///"  # what Airflow 3's task supervisor sets in task processes


def minutes_pdf(text: str = "The Board RESOLVED: That the winter plan be approved.") -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def sandbox(target: str, **kwargs) -> ExtractionSandbox:
    env = dict(child_environment(), PYTHONPATH=str(REPO))  # the targets live in this tests package
    return ExtractionSandbox(target=f"tests.sandbox.targets:{target}", env=env, **kwargs)


# Every behaviour holds for a worker forked from the caller (what `boardpapers extract` does) as for a spawned one.
BOTH = pytest.mark.parametrize("fork", [False, True], ids=["spawned", "forked"])


@BOTH
def test_extracts_a_real_pdf_and_reuses_its_worker(fork):
    box = ExtractionSandbox(timeout=120, fork=fork)
    try:
        first = box.extract(minutes_pdf(), content_type="application/pdf", filename="minutes.pdf")
        pid = box.worker_pid
        second = box.extract(minutes_pdf("A second paper about dementia care."), filename="b.pdf")
        assert "winter plan be approved" in first.pages[0].text
        assert "dementia care" in second.pages[0].text
        assert box.worker_pid == pid  # one worker for both documents
    finally:
        box.close()
    assert box.worker_pid is None


def test_the_json_text_made_by_the_worker_is_the_extraction_dumped_here():
    from boardpapers.models import extraction_json

    box = ExtractionSandbox(timeout=120)
    try:
        pdf = minutes_pdf("Rowan Pelling welcomed the Larchmere Board. RESOLVED: That the bridge plan be approved.")
        text = box.extract_json(pdf, filename="minutes.pdf")
        assert text == extraction_json(box.extract(pdf, filename="minutes.pdf").to_dict())
        assert "bridge plan be approved" in json.loads(text)["pages"][0]["text"]
    finally:
        box.close()


def test_a_json_request_fails_as_an_extraction_does():
    box = sandbox("allocate", memory_mb=400)
    try:
        with pytest.raises(ExtractionError) as err:
            box.extract_json(b"2000")
        assert err.value.reason == "too_large"
        assert json.loads(box.extract_json(b"10")) == {"never": 10 * 1024 * 1024}  # a target's plain dict
    finally:
        box.close()


@BOTH
def test_a_released_worker_leaves_on_its_own_and_the_next_document_gets_a_new_one(fork):
    box = ExtractionSandbox(timeout=120, fork=fork)
    try:
        box.extract(minutes_pdf(), filename="minutes.pdf")
        worker = box._worker
        box.release()  # end of its input: it exits without close() waiting for it
        assert box.worker_pid is None
        assert worker.proc.wait(timeout=30) == 0
        again = box.extract(minutes_pdf("A second paper about dementia care."), filename="b.pdf")
        assert "dementia care" in again.pages[0].text
        assert box.worker_pid not in (None, worker.pid)
    finally:
        box.close()
    assert box.worker_pid is None and box._released == [] and worker.stderr_path.exists() is False


PARENT_SCRIPT = """
    # Stands in for the `airflow` console script of a task process: re-running it in a child must fail,
    # and the task's environment blocks database access, which kills any child that imports Airflow.
    if __name__ != "__main__":
        raise ImportError("the parent's __main__ was re-run in the child")
    import json, os, sys
    {imports}
    os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = "{block}"
    os.environ["AIRFLOW__CORE__EXECUTOR"] = "CeleryExecutor"
    from boardpapers.sandbox import ExtractionSandbox
    box = ExtractionSandbox(timeout=120)
    with open(sys.argv[1], "rb") as handle:
        extraction = box.extract(handle.read(), filename="minutes.pdf")
    box.close()
    print(json.dumps({{"text": extraction.pages[0].text}}))
"""


@pytest.mark.parametrize("parent_imports", ["trap", "airflow"])
def test_works_under_a_parent_whose_main_and_environment_poison_a_child(tmp_path, parent_imports):
    if parent_imports == "airflow":
        pytest.importorskip("airflow", reason="Apache Airflow is not installed (pip install -e '.[airflow]')")
    (tmp_path / "trap.py").write_text(textwrap.dedent(f"""
        import os
        if os.environ.get("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN") == "{TASK_DATABASE_BLOCK}":
            raise ImportError("Could not parse SQLAlchemy URL: {TASK_DATABASE_BLOCK}")
    """))
    script = tmp_path / "airflow_like_main.py"
    script.write_text(textwrap.dedent(PARENT_SCRIPT.format(imports=f"import {parent_imports}",
                                                           block=TASK_DATABASE_BLOCK)))
    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(minutes_pdf())
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), str(REPO)]))
    env.pop("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", None)
    out = subprocess.run([sys.executable, str(script), str(pdf)], capture_output=True, text=True, env=env,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    assert "winter plan be approved" in json.loads(out.stdout.strip().splitlines()[-1])["text"]


def test_the_child_gets_a_clean_environment_and_never_imports_airflow(monkeypatch):
    monkeypatch.setenv("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", TASK_DATABASE_BLOCK)
    monkeypatch.setenv("BOARDPAPERS_CATALOGUE_URL", "postgresql://secret@db/boardpapers")
    box = sandbox("describe_self")
    try:
        about = json.loads(box.extract(b"x").title)
    finally:
        box.close()
    assert about["airflow_modules"] == []
    assert not [name for name in about["environment"] if name.startswith("AIRFLOW")]
    assert "BOARDPAPERS_CATALOGUE_URL" not in about["environment"]
    assert about["pid"] != os.getpid()


@BOTH
def test_a_document_that_takes_too_long_times_out_and_the_worker_is_replaced(fork):
    box = sandbox("sleep_forever", timeout=2, fork=fork)
    try:
        started = time.monotonic()
        with pytest.raises(ExtractionError) as err:
            box.extract(b"x")
        assert err.value.reason == "timeout"
        assert time.monotonic() - started < 15
        assert box.worker_pid is None  # the stuck worker was killed
    finally:
        box.close()


@BOTH
def test_a_document_that_needs_too_much_memory_fails_clearly(fork):
    box = sandbox("allocate", memory_mb=400 if not fork else _forked_limit_mb(400), fork=fork)
    try:
        with pytest.raises(ExtractionError) as err:
            box.extract(b"2000")  # 2 GB, against a 400 MB address-space limit
        assert err.value.reason == "too_large"
        assert "memory" in err.value.detail
        pid = box.worker_pid
        assert box.extract(b"10").pages == []  # the same worker goes on with the next document
        assert box.worker_pid == pid
    finally:
        box.close()


@pytest.mark.parametrize("target, causes", [
    ("kill_self", ["killed by SIGKILL"]),
    ("die_loudly", ["exit code 3", "pdf parser: assertion failed in page tree walk"]),
])
@BOTH
def test_a_worker_the_document_kills_reports_the_real_cause(target, causes, fork):
    box = sandbox(target, fork=fork)
    try:
        with pytest.raises(ExtractionError) as err:
            box.extract(b"x")
    finally:
        box.close()
    assert err.value.reason == "crashed"
    for cause in causes:  # the signal or exit code, and the tail of the worker's stderr
        assert cause in err.value.detail
    assert "memory" not in err.value.detail  # never a guess


@BOTH
def test_a_worker_killed_from_outside_is_replaced_and_the_document_still_extracted(fork):
    box = sandbox("slow", timeout=60, fork=fork)
    try:
        box.extract(minutes_pdf("warm up"))  # the worker exists now
        first_pid = box.worker_pid
        killer = threading.Timer(0.5, os.kill, (first_pid, signal.SIGKILL))
        killer.start()
        extraction = box.extract(minutes_pdf())
        killer.join()
        assert "winter plan be approved" in extraction.pages[0].text
        assert box.worker_pid not in (None, first_pid)
    finally:
        box.close()


def test_a_worker_that_cannot_start_is_an_infrastructure_error_naming_the_cause(tmp_path):
    broken = tmp_path / "python"
    broken.write_text("#!/bin/sh\necho 'ModuleNotFoundError: No module named boardpapers' >&2\nexit 1\n")
    broken.chmod(0o755)
    box = ExtractionSandbox(python=str(broken))
    with pytest.raises(InfrastructureError) as err:
        box.extract(b"x")
    box.close()
    assert "exit code 1" in str(err.value)
    assert "No module named boardpapers" in str(err.value)


@BOTH
def test_a_worker_started_early_is_the_one_that_extracts(fork):
    box = ExtractionSandbox(timeout=120, fork=fork)
    try:
        box.start()  # returns at once: the caller reads its document while the worker starts
        pid = box.worker_pid
        extraction = box.extract(minutes_pdf(), filename="minutes.pdf")
        assert "winter plan be approved" in extraction.pages[0].text
        assert box.worker_pid == pid
    finally:
        box.close()
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # stopped and reaped


@BOTH
def test_a_worker_started_early_and_never_used_is_stopped(fork):
    box = ExtractionSandbox(fork=fork)
    box.start()
    pid = box.worker_pid
    box.close()
    assert box.worker_pid is None
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_a_worker_started_early_that_cannot_start_is_an_infrastructure_error(tmp_path):
    broken = tmp_path / "python"
    broken.write_text("#!/bin/sh\necho 'ModuleNotFoundError: No module named boardpapers' >&2\nexit 1\n")
    broken.chmod(0o755)
    box = ExtractionSandbox(python=str(broken))
    box.start()
    with pytest.raises(InfrastructureError) as err:
        box.extract(b"x")
    box.close()
    assert "No module named boardpapers" in str(err.value)


@BOTH
def test_workers_are_replaced_after_max_requests(fork):
    box = sandbox("describe_self", max_requests=2, fork=fork)
    try:
        pids = [json.loads(box.extract(b"x").title)["pid"] for _ in range(5)]
    finally:
        box.close()
    assert pids[0] == pids[1] != pids[2] == pids[3] != pids[4]


def _forked_limit_mb(extra: int) -> int:
    """A forked worker starts with this process's address space (pytest's, not a fresh interpreter's): its
    limit is that plus ``extra`` MB, so the same allocations pass and fail as in a spawned worker."""
    size_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmSize:"))
    return size_kb // 1024 + extra


def test_a_forked_worker_has_the_spawned_ones_environment_directory_and_no_other_descriptor(monkeypatch):
    monkeypatch.setenv("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", TASK_DATABASE_BLOCK)
    monkeypatch.setenv("BOARDPAPERS_CATALOGUE_URL", "postgresql://secret@db/boardpapers")
    spawned, forked = sandbox("describe_self"), sandbox("describe_self", fork=True)
    try:
        about = {name: json.loads(box.extract(b"x").title) for name, box in (("spawned", spawned), ("forked", forked))}
        forked_dir, forked_pid = forked._workdir, forked.worker_pid
        descriptors = sorted(int(fd) for fd in os.listdir(f"/proc/{forked_pid}/fd"))
    finally:
        spawned.close()
        forked.close()
    assert about["forked"]["argv"] == sys.orig_argv  # this interpreter's copy, not a new one
    assert about["spawned"]["argv"][1:3] == ["-m", "boardpapers.sandbox_worker"]
    assert about["forked"]["environment"] == about["spawned"]["environment"]
    assert "BOARDPAPERS_CATALOGUE_URL" not in about["forked"]["environment"]
    assert Path(about["forked"]["cwd"]) == forked_dir and about["forked"]["pid"] not in (os.getpid(), None)
    assert descriptors == [0, 1, 2, 3]  # requests, stderr as stdout, stderr, the reply channel


@pytest.mark.parametrize("fork", [False, True], ids=["spawned", "forked"])
def test_a_worker_whose_target_cannot_be_imported_is_an_infrastructure_error_naming_the_cause(fork):
    box = ExtractionSandbox(target="tests.sandbox.no_such_module:extract", env=dict(child_environment(),
                            PYTHONPATH=str(REPO)), fork=fork)
    with pytest.raises(InfrastructureError) as err:
        box.extract(b"x")
    box.close()
    assert "exit code 1" in str(err.value)
    assert "No module named 'tests.sandbox.no_such_module'" in str(err.value)


def test_the_extract_command_forks_its_worker_and_every_other_caller_spawns_it():
    from boardpapers.cli import _start_extraction_worker

    early = _start_extraction_worker(["extract", "minutes.pdf"])
    try:
        assert early.fork is True and isinstance(early._worker.proc, _ForkedProcess)
    finally:
        early.close()
    assert ExtractionSandbox().fork is False
    assert ExtractionSandbox(python=sys.executable, fork=True).fork is False  # another interpreter: spawned


@BOTH
def test_extract_imports_the_data_model_while_the_worker_works(fork, monkeypatch):
    import boardpapers.sandbox as sandbox_module

    calls = []
    box = sandbox("slow", timeout=60, fork=fork)

    def noted():  # the worker has the request by now and is still on it (``slow``)
        calls.append(box.worker_pid is not None and box._worker.requests)

    monkeypatch.setattr(sandbox_module, "_import_models", noted)
    try:
        box.extract(b"x")
    except ExtractionError:
        pass
    finally:
        box.close()
    assert calls == [1]


@BOTH
def test_an_interrupted_wait_discards_the_worker_so_the_next_document_gets_its_own_reply(fork):
    box = ExtractionSandbox(timeout=120, fork=fork)

    def interrupted() -> None:
        raise KeyboardInterrupt

    try:
        with pytest.raises(KeyboardInterrupt):
            box._reply({"data": minutes_pdf("The first paper, about winter pressures."), "filename": "a.pdf"},
                       while_waiting=interrupted)
        assert box.worker_pid is None  # its unread reply went with it
        second = box.extract(minutes_pdf("A second paper about dementia care."), filename="b.pdf")
        assert "dementia care" in second.pages[0].text
        assert "winter pressures" not in second.pages[0].text
    finally:
        box.close()
