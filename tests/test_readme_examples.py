"""The terminal printouts quoted in README are what the command prints today: every
``$ timeline show --date D examples/FILE`` block (no pipe, no -o) is re-run and compared."""

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"^```[^\n]*\n\$ (timeline show [^\n|>]*?)\n(.*?)^```", re.M | re.S)


def _quoted_runs() -> list[tuple[str, str]]:
    runs = []
    for command, output in BLOCK.findall(README):
        if " -o " in command or "$ " in output or "\n...\n" in output or "╭" in output:
            continue  # writes a file, several commands, an elided printout or a terminal-width table
        runs.append((command, output))
    return runs


RUNS = _quoted_runs()


def test_readme_quotes_printouts():
    assert len(RUNS) >= 5


@pytest.mark.parametrize(("command", "expected"), RUNS, ids=[c for c, _ in RUNS])
def test_readme_printout_is_current(command, expected, monkeypatch):
    monkeypatch.chdir(ROOT)
    args = shlex.split(command)[1:]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert result.output.rstrip("\n") == expected.rstrip("\n")
