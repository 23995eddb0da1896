"""Bad input at the command line: a clear one-line message and exit 2 for input that
cannot be read, a finding (exit 0) for impossible things said in a readable text;
never a traceback, never a half-written output file."""

import json

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.inputs import MAX_BYTES


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def assert_clean_error(result, message):
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: costs no disk and no memory
    assert_clean_error(run("show", str(path)), "byte limit")


def test_huge_standard_input_is_refused(monkeypatch):
    monkeypatch.setattr("timeline.inputs.MAX_BYTES", 1000)
    assert_clean_error(run("show", "-", input=b"at 10:00 GMT. " * 200), "byte limit")


@pytest.mark.parametrize("content, message", [
    (b"\xc3\x28 at 10:00", "not valid UTF-8"),
    (b"at 10:00 \xed\xa0\x80 GMT", "not valid UTF-8"),  # an encoded surrogate
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(1, 32)) * 40, "binary"),
])
def test_undecodable_input(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert_clean_error(run("show", "--date", "2021-06-16", str(path)), message)
    assert_clean_error(run("show", "--date", "2021-06-16", "-", input=content), message)


def test_impossible_things_in_the_text_are_findings_not_errors(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "The vote is on 31 February 2021 at 10:00 GMT. The clock showed 25:70 and 24:61.\n"
        "Trains left at 2:30 a.m. local time in New York on March 14, 2021.\n"
        "Polls opened at 10:00 XQZT time.",
        encoding="utf-8",
    )
    result = run("show", "--date", "2021-06-16", "--format", "json", str(path))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    codes = {f["code"] for f in data["findings"]}
    assert "invalid-date" in codes and "dst-gap" in codes
    texts = [m["text"] for m in data["mentions"]]
    assert not any("25:70" in t or "24:61" in t for t in texts)
    gap = next(m for m in data["mentions"] if m["text"].startswith("2:30"))
    assert any("does not exist" in a for a in gap["assumptions"])


@pytest.mark.parametrize("text, flagged", [
    ("The vote closed at 25:70 Moscow time.", ["'25:70 Moscow time'"]),
    ("Polls closed at 24:30 GMT and results came at 9:75 p.m.", ["'24:30 GMT'", "'9:75 p.m.'"]),
    ("أغلقت مراكز الاقتراع عند الساعة 26:15 بتوقيت مكة.", ["'26:15 بتوقيت مكة'"]),
    ("أغلقت مراكز الاقتراع الساعة ٢٦:١٥ مساء.", ["'٢٦:١٥ مساء'"]),
    ("Le bureau a fermé à 25h10 heure de Paris.", ["'25h10 heure de Paris'"]),
    # Nothing says these are times: a score, a ratio, a page range.
    ("The clock showed 25:70 and 24:61.", []),
    ("They won 27:65 in the final and the ratio was 3:75.", []),
    ("Shares rose to $30.25 in New York, up from 29.75 in March.", []),
    ("Die Sitzung endete um 25.10 Uhr.", ["'25.10 Uhr'"]),
    # In range: a mention, no finding.
    ("The vote closed at 24:00 Moscow time.", []),
])
def test_clock_times_no_clock_shows_are_findings(text, flagged):
    result = run("show", "--date", "2021-06-16", "--format", "json", "-", input=text.encode("utf-8"))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    found = [f["message"] for f in data["findings"] if f["code"] == "invalid-time"]
    assert [m.split(" (characters")[0] for m in found] == flagged
    for message in found:
        start, stop = map(int, message.split("(characters ")[1].split(")")[0].split("-"))
        assert f"'{text[start:stop]}'" in message
    assert not any(t.strip("'")[:5] in m["text"] for t in flagged for m in data["mentions"])


def test_repeated_wall_time_is_a_finding(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("On November 7, 2021, the last train left at 1:30 a.m. local time in New York.", encoding="utf-8")
    result = run("show", "--date", "2021-11-07", "--format", "json", str(path))
    assert result.exit_code == 0
    assert "dst-fold" in {f["code"] for f in json.loads(result.stdout)["findings"]}


def test_unwritable_output_is_an_error_and_keeps_the_old_file(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("at 10:00 GMT", encoding="utf-8")
    assert_clean_error(run("show", "-o", str(tmp_path / "missing" / "out.json"), str(src)), "cannot write")
    out = tmp_path / "out.json"
    out.write_text("previous result", encoding="utf-8")
    out.parent.chmod(0o500)  # the folder refuses new files: the old output must survive
    try:
        result = run("show", "--format", "json", "-o", str(out), str(src))
    finally:
        out.parent.chmod(0o700)
    if result.exit_code == 0:
        pytest.skip("running as a user that ignores permissions")
    assert_clean_error(result, "cannot write")
    assert out.read_text(encoding="utf-8") == "previous result"


def test_output_written_whole(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Voting ends at 20:00 GMT.", encoding="utf-8")
    out = tmp_path / "out.json"
    out.write_text("x" * 100000, encoding="utf-8")
    assert run("show", "--date", "2021-06-16", "--format", "json", "-o", str(out), str(src)).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["mentions"][0]["utc"] == "2021-06-16T20:00:00Z"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.json")] == []
