"""`boardpapers extract` starts its sandbox worker before it builds the parser: the sub-command is read first."""
from __future__ import annotations

from boardpapers.cli import _command_word


def test_the_command_word_is_read_past_global_options_and_their_values():
    assert _command_word(["extract", "minutes.pdf", "--json"]) == "extract"
    assert _command_word(["--home", "extract", "search", "extract"]) == "search"  # --home's value is no command
    assert _command_word(["--home=/tmp/h", "-v", "--engine", "embedded", "extract", "x.pdf"]) == "extract"
    assert _command_word(["-v", "--help", "extract"]) is None  # help: no worker started
    assert _command_word(["extract", "-h"]) == "extract"  # (argparse prints extract's help; the worker is closed)
    assert _command_word([]) is None


def test_extract_as_the_program_prints_everything_and_exits_with_the_commands_code(tmp_path):
    import json
    import subprocess
    import sys

    notes = tmp_path / "notes.txt"
    notes.write_text("Quillon Parish Council\nPresent: Cllr Maren Oddie (Chair)\n" + "The hedge survey was noted.\n" * 4000)
    command = [sys.executable, "-m", "boardpapers.cli", "extract"]
    done = subprocess.run(command + [str(notes), "--json"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["pages"][0]["text"].count("hedge survey") == 4000  # all of it, flushed
    missing = subprocess.run(command + [str(tmp_path / "absent.pdf")], capture_output=True, text=True, timeout=300)
    assert missing.returncode == 1 and missing.stdout == ""
    assert missing.stderr.startswith("error: ") and "absent.pdf" in missing.stderr


def test_leaving_falls_back_to_the_ordinary_exit_when_the_output_cannot_be_flushed(monkeypatch):
    import sys

    from boardpapers import cli

    class ClosedPipe:
        def flush(self):
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert cli._leave(0) is None  # returned: no os._exit, the interpreter's own exit reports the pipe
