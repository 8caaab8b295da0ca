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
