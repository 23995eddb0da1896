"""The command line: output, exit codes and bad input (one line on stderr, exit 2)."""

import json

import pytest
from click.testing import CliRunner

from timeline.cli import main


def run(*args, input=None):
    runner = CliRunner()
    result = runner.invoke(main, list(args), input=input, catch_exceptions=False)
    return result


def test_show_seed_table(seed_text, tmp_path):
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    result = run("show", "--date", "2021-06-16", str(path))
    assert result.exit_code == 0
    out = result.stdout
    assert "2021-06-16 11:35" in out and "13:35 CEST" in out and "14:35 MSK" in out
    assert "15:05 (3 h 30 min)" in out
    assert "2021-06-16 17:30" in out and "19:30 CEST" in out and "20:30 MSK" in out
    assert out.index("11:35") < out.index("17:30")
    assert "Findings: none" in out


def test_show_json_from_stdin(seed_text):
    result = run("show", "--date", "2021-06-16", "--format", "json", "-", input=seed_text.encode())
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert {"documents", "mentions", "events", "findings"} <= data.keys()


def test_strict_exits_1_on_conflict(seed_text, tmp_path):
    path = tmp_path / "seed.txt"
    path.write_text(seed_text.replace("14:35", "15:35"), encoding="utf-8")
    assert run("show", "--date", "2021-06-16", str(path)).exit_code == 0
    result = run("show", "--strict", "--date", "2021-06-16", str(path))
    assert result.exit_code == 1
    assert "equivalence-conflict" in result.stdout


def test_tz_columns(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The talks began at 13:35 local time in Geneva.", encoding="utf-8")
    result = run("show", "--date", "2021-06-16", "--tz", "America/New_York", "--tz", "Asia/Tokyo", str(path))
    assert result.exit_code == 0
    assert "07:35 EDT" in result.stdout and "20:35 JST" in result.stdout


def test_output_file(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Voting ends at 20:00 GMT.", encoding="utf-8")
    out = tmp_path / "out.json"
    result = run("show", "--date", "2021-06-16", "--format", "json", "-o", str(out), str(src))
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["mentions"][0]["utc"] == "2021-06-16T20:00:00Z"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"\xff\xfe\x00bad", "binary"),
        (b"caf\xe9 at 10:00", "not valid UTF-8"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
    ],
)
def test_bad_bytes(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run("show", "--date", "2021-06-16", str(path))
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "args, message",
    [
        (["--date", "2021-02-30"], "invalid date"),
        (["--date", "16/06/2021"], "invalid date"),
        (["--tz", "Mars/Olympus"], "unknown time zone"),
        (["--place", "Qwxzyville"], "unknown place"),
    ],
)
def test_bad_options(tmp_path, args, message):
    path = tmp_path / "a.txt"
    path.write_text("at 10:00 GMT", encoding="utf-8")
    result = run("show", *args, str(path))
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_missing_file_and_directory(tmp_path):
    result = run("show", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2 and "no such file" in result.stderr
    result = run("show", str(tmp_path))
    assert result.exit_code == 2 and "directory" in result.stderr


def test_empty_file_and_text_without_times(tmp_path):
    for content in ("", "Nothing happened here at all."):
        path = tmp_path / "empty.txt"
        path.write_text(content, encoding="utf-8")
        result = run("show", "--date", "2021-06-16", str(path))
        assert result.exit_code == 0
        assert "No time mentions found" in result.stdout
        assert "no time mentions" in result.stderr


def test_bom_is_not_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffVoting ends at 20:00 GMT.".encode("utf-8"))
    result = run("show", "--date", "2021-06-16", "--format", "json", str(path))
    data = json.loads(result.stdout)
    m = data["mentions"][0]
    assert "Voting ends at 20:00 GMT."[m["span"][0]:m["span"][1]] == "20:00 GMT"


def test_without_date_reports_assumption(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Talks begin at 10:00 GMT.", encoding="utf-8")
    result = run("show", str(path))
    assert result.exit_code == 0
    assert "assumed-date" in result.stdout and "assumed today" in result.stdout


def test_console_script_help():
    result = run("show", "--help")
    assert result.exit_code == 0 and "--date" in result.stdout
