"""``timeline batch``: one record per document, in order; broken documents become error
records; --resume skips finished ids; parallel output equals serial output."""

import json

import pytest
from click.testing import CliRunner

from timeline import batch as batch_mode
from timeline.batch import Defaults, Task, done_ids, run_batch
from timeline.cli import main

GENEVA = "The talks began at 1:35 p.m. local time in Geneva, i.e. 14:35 Moscow time, and lasted three and a half hours."
VOTE = "Polls close at 20:00 GMT on Sunday, officials said."
ARABIC = "بدأ اللقاء عند الساعة 13:35 بالتوقيت المحلي في جنيف."


def write_jsonl(path, lines):
    with open(path, "wb") as f:
        for line in lines:
            if isinstance(line, bytes):
                f.write(line + b"\n")
            elif isinstance(line, str):
                f.write(line.encode() + b"\n")
            else:
                f.write(json.dumps(line, ensure_ascii=False).encode() + b"\n")


def read_jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "in.jsonl"
    write_jsonl(path, [
        {"id": "geneva", "text": GENEVA, "date": "2021-06-16", "place": "Geneva"},
        {"id": "vote", "text": VOTE, "date": "2021-06-16"},
        "not json",
        b'{"id": "latin1", "text": "caf\xe9 at 10:00 GMT"}',
        [1, 2, 3],
        {"id": "no-text"},
        {"id": "num-text", "text": 12},
        {"id": "bad-date", "text": VOTE, "date": "2021-02-30"},
        {"id": "bad-lang", "text": VOTE, "lang": "xx"},
        "",
        {"id": 7, "text": ARABIC, "date": "2021-06-16", "lang": "ar"},
        {"text": "", "date": "2021-06-16"},
    ])
    return path


def test_one_record_per_document_in_order(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    summary = run_batch(corpus, out)
    records = read_jsonl(out)
    assert [r["id"] for r in records] == [
        "geneva", "vote", "line-3", "line-4", "line-5", "no-text", "num-text", "bad-date", "bad-lang", "7", "line-12",
    ]
    by_id = {r["id"]: r for r in records}
    assert by_id["geneva"]["status"] == "ok"
    assert by_id["geneva"]["documents"][0]["id"] == "geneva"
    assert {"documents", "mentions", "events", "findings"} <= by_id["geneva"].keys()
    starts = [e["start_utc"] for e in by_id["geneva"]["events"] if e["start_utc"]]
    assert "2021-06-16T11:35:00Z" in starts
    assert by_id["7"]["mentions"][0]["utc"] == "2021-06-16T11:35:00Z"
    assert by_id["line-12"]["status"] == "ok" and by_id["line-12"]["mentions"] == []
    errors = {r["id"]: r["error"]["code"] for r in records if r["status"] == "error"}
    assert errors == {
        "line-3": "bad-record", "line-4": "bad-input", "line-5": "bad-record", "no-text": "bad-record",
        "num-text": "bad-record", "bad-date": "bad-input", "bad-lang": "bad-input",
    }
    assert "not valid UTF-8" in by_id["line-4"]["error"]["message"]
    assert by_id["line-4"]["line"] == 4
    assert (summary.documents, summary.ok, summary.errors) == (11, 4, 7)
    assert "11 documents: 4 ok, 7 errors" in summary.line()


def test_parallel_output_equals_serial(corpus, tmp_path):
    serial, parallel = tmp_path / "serial.jsonl", tmp_path / "parallel.jsonl"
    run_batch(corpus, serial, jobs=1)
    run_batch(corpus, parallel, jobs=2)
    assert serial.read_bytes() == parallel.read_bytes()


def test_resume_skips_finished_ids_and_redoes_a_cut_line(corpus, tmp_path):
    full = tmp_path / "full.jsonl"
    run_batch(corpus, full)
    lines = full.read_bytes().splitlines(keepends=True)
    partial = tmp_path / "partial.jsonl"
    # Two finished records and half of the third, as an interrupted run leaves them.
    partial.write_bytes(lines[0] + lines[1] + lines[2][: len(lines[2]) // 2])
    assert done_ids(partial) == {"geneva", "vote"}
    summary = run_batch(corpus, partial, resume=True)
    assert summary.skipped == 2 and summary.documents == len(lines) - 2
    assert sorted(partial.read_bytes().splitlines()) == sorted(full.read_bytes().splitlines())


def test_folder_of_text_files(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "b_vote.txt").write_text(VOTE, encoding="utf-8")
    (folder / "a_geneva.txt").write_text(GENEVA, encoding="utf-8")
    (folder / "c_binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "d_cp1256.txt").write_bytes("الساعة 10:00".encode("cp1256"))
    (folder / "e_empty.txt").write_bytes(b"")
    (folder / "notes.md").write_text("not a .txt file", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch(folder, out, defaults=Defaults(reference_date="2021-06-16"))
    records = read_jsonl(out)
    assert [r["id"] for r in records] == ["a_geneva", "b_vote", "c_binary", "d_cp1256", "e_empty"]
    status = {r["id"]: r["status"] for r in records}
    assert status == {"a_geneva": "ok", "b_vote": "ok", "c_binary": "error", "d_cp1256": "error", "e_empty": "ok"}
    assert records[1]["documents"][0]["reference_date"] == "2021-06-16"
    assert records[2]["source"].endswith("c_binary.txt") and "binary" in records[2]["error"]["message"]
    assert summary.ok == 3 and summary.errors == 2


def test_an_engine_fault_is_an_error_record_not_a_crash(corpus, tmp_path, monkeypatch):
    def explode(task, text, defaults):
        if task.id == "vote":
            raise KeyError("simulated engine bug")
        return original(task, text, defaults)

    original = batch_mode._build
    monkeypatch.setattr(batch_mode, "_build", explode)
    out = tmp_path / "out.jsonl"
    summary = run_batch(corpus, out)
    vote = next(r for r in read_jsonl(out) if r["id"] == "vote")
    assert vote["status"] == "error" and vote["error"]["code"] == "internal"
    assert "KeyError" in vote["error"]["message"]
    assert summary.ok == 3


def test_oversized_record_is_skipped_without_reading_it_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(batch_mode, "MAX_BYTES", 1000)
    path = tmp_path / "in.jsonl"
    write_jsonl(path, [{"id": "big", "text": "x" * 5000}, {"id": "small", "text": VOTE}])
    records = list(batch_mode.iter_tasks(path))
    assert records[0].error[0] == "bad-input" and "1000 byte limit" in records[0].error[1]
    assert records[1].id == "small" and records[1].error is None


def test_look_ahead_is_bounded(monkeypatch):
    """Constant memory: the parallel runner never reads far ahead of what it has written."""
    pulled = 0

    def tasks():
        nonlocal pulled
        for i in range(400):
            pulled += 1
            yield [Task(id=f"t{i}", text=VOTE)]

    results = batch_mode._results(tasks(), Defaults(reference_date="2021-06-16"), jobs=2)
    first_batch, _ = next(results)
    assert first_batch[0].id == "t0"
    assert pulled <= 2 * batch_mode._IN_FLIGHT_PER_JOB + 1
    results.close()


def test_cli_batch(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["batch", str(corpus), "-o", str(out), "--jobs", "2", "--progress"])
    assert result.exit_code == 0, result.output
    assert "11 documents: 4 ok, 7 errors" in result.stderr
    assert "Traceback" not in result.output
    assert len(read_jsonl(out)) == 11
    again = CliRunner().invoke(main, ["batch", str(corpus), "-o", str(out), "--resume"])
    assert again.exit_code == 0 and "0 documents" in again.stderr and "11 skipped" in again.stderr
    assert len(read_jsonl(out)) == 11


@pytest.mark.parametrize("args, message", [
    (["--date", "2021-13-01"], "invalid date"),
    (["--place", "Nowhereville Xq"], "unknown place"),
])
def test_cli_batch_bad_options(corpus, tmp_path, args, message):
    result = CliRunner().invoke(main, ["batch", str(corpus), "-o", str(tmp_path / "o.jsonl"), *args])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output


def test_cli_batch_missing_input(tmp_path):
    result = CliRunner().invoke(main, ["batch", str(tmp_path / "absent.jsonl"), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2 and "Traceback" not in result.output
