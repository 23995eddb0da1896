"""``--format csv`` (events and mentions), ``--format jsonl`` and ``Timeline.to_dataframe()``."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

from click.testing import CliRunner
from export_examples import MULTI_TEXTS, multi_timeline, seed_timeline

from timeline.cli import main

UTC = dt.UTC


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_seed_csv_events(seed_text):
    t = seed_timeline(seed_text)
    rows = read_csv(t.to_csv())
    assert [r["id"] for r in rows] == [e.id for e in t.events]
    meeting = next(r for r in rows if r["kind"] == "interval")
    assert meeting["start_utc"] == "2021-06-16T11:35:00Z" and meeting["end_utc"] == "2021-06-16T15:05:00Z"
    assert meeting["start"] == "2021-06-16T13:35:00+02:00" and meeting["zone"] == "Europe/Zurich"
    assert meeting["start_Europe/Zurich"] == "2021-06-16T13:35:00+02:00"
    assert meeting["start_Europe/Moscow"] == "2021-06-16T14:35:00+03:00"
    assert meeting["duration_s"] == "12600"
    assert meeting["label"] == "بدء لقاء بوتين وبايدن في جنيف"
    assert meeting["mentions"].split(" | ") == list(next(e for e in t.events if e.kind == "interval").mentions)


def test_seed_csv_mentions_spans_point_into_the_text(seed_text):
    t = seed_timeline(seed_text)
    rows = read_csv(t.to_csv(rows="mentions"))
    assert len(rows) == len(t.mentions)
    for r in rows:
        assert seed_text[int(r["span_start"]):int(r["span_end"])] == r["text"]
    moscow = next(r for r in rows if r["text"].startswith("14:35"))
    assert moscow["zone"] == "Europe/Moscow" and moscow["utc"] == "2021-06-16T11:35:00Z"
    assert moscow["event"] == next(e.id for e in t.events if e.kind == "interval")


def test_csv_zones_option_and_empty_timeline(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("The talks began at 13:35 local time in Geneva.", encoding="utf-8")
    result = CliRunner().invoke(main, ["show", "--date", "2021-06-16", "--format", "csv", "--tz", "Asia/Tokyo",
                                       str(src)])
    assert result.exit_code == 0
    (row,) = read_csv(result.stdout)
    assert row["start_Asia/Tokyo"] == "2021-06-16T20:35:00+09:00" and "start_Europe/Zurich" not in row
    src.write_text("Nothing happened.", encoding="utf-8")
    for rows in ("events", "mentions"):
        result = CliRunner().invoke(main, ["show", "--format", "csv", "--rows", rows, str(src)])
        assert result.exit_code == 0
        assert result.stdout.startswith("id,") and len(result.stdout.splitlines()) == 1


def test_multi_document_csv():
    t = multi_timeline()
    rows = {r["sources"]: r for r in read_csv(t.to_csv())}
    assert set(rows) == set(MULTI_TEXTS)
    assert rows["floating"]["kind"] == "wall-clock" and rows["floating"]["start_utc"] == ""
    assert rows["floating"]["start"] == "2021-06-16T10:00"
    assert "warning:unresolved-zone" in rows["floating"]["findings"]
    assert rows["offset"]["start"] == "2021-06-16T20:00:00+03:00"
    assert rows["ny"]["start_America/New_York"] == "2021-03-27T19:00:00-04:00"


def test_jsonl_one_line_per_document(tmp_path):
    paths = []
    for doc_id, text in MULTI_TEXTS.items():
        path = tmp_path / f"{doc_id}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    result = CliRunner().invoke(main, ["show", "--date", "2021-06-16", "--format", "jsonl", *paths])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(paths)
    whole = json.loads(CliRunner().invoke(main, ["show", "--date", "2021-06-16", "--format", "json", *paths]).stdout)
    for line, path in zip(lines, paths, strict=True):
        record = json.loads(line)
        (doc,) = record["documents"]
        assert doc["source"] == path
        assert {"documents", "mentions", "events", "findings"} == record.keys()
        assert all(m["doc"] == doc["id"] for m in record["mentions"])
        assert all(doc["id"] in e["sources"] for e in record["events"])
        # Same ids and values as the whole run's JSON.
        for e in record["events"]:
            assert e in whole["events"]
    floating = json.loads(lines[list(MULTI_TEXTS).index("floating")])
    assert [f["code"] for f in floating["findings"]] == ["unresolved-zone"]


def test_seed_jsonl(seed_text):
    t = seed_timeline(seed_text)
    (line,) = t.to_jsonl().splitlines()
    assert json.loads(line) == json.loads(t.to_json())
