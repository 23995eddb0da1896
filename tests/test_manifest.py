"""Manifests (JSON, JSON Lines, YAML) and ``timeline show --manifest`` / positional files
merging several documents, with per-document date and place."""

import json

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.manifest import ManifestError, read_manifest

EN = "The meeting of the foreign ministers began at 10:00 local time in Vienna."
AR = "بدأ اجتماع وزيري الخارجية في فيينا عند الساعة 11:00 بالتوقيت المحلي."
LATER = "The ministers' meeting, which began yesterday at 10:00 local time in Vienna, ended without a deal."


def run(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _files(tmp_path):
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "ar.txt").write_text(AR, encoding="utf-8")
    (tmp_path / "later.txt").write_text(LATER, encoding="utf-8")


def test_jsonl_manifest_with_paths_dates_and_ids(tmp_path):
    _files(tmp_path)
    path = tmp_path / "m.jsonl"
    path.write_text('{"id": "wire", "path": "en.txt", "date": "2023-03-06"}\n\n'
                    '{"id": "next", "path": "later.txt", "date": "2023-03-07", "lang": "en"}\n', encoding="utf-8")
    docs = read_manifest(path)
    assert [d.id for d in docs] == ["wire", "next"]
    assert str(docs[1].reference_date) == "2023-03-07" and docs[1].lang == "en"
    result = run("show", "--manifest", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    timed = [e for e in data["events"] if e["start_utc"]]
    assert len(timed) == 1 and timed[0]["sources"] == ["wire", "next"]
    assert timed[0]["start_utc"] == "2023-03-06T09:00:00Z"
    assert data["findings"] == []


def test_json_manifest_with_inline_text_and_place(tmp_path):
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"documents": [
        {"id": "a", "text": "The launch took place at 10:00, the agency said.", "date": "2022-05-10",
         "place": "Tokyo"},
        {"id": "b", "text": "The launch took place at 01:00 GMT.", "date": "2022-05-10"},
    ]}), encoding="utf-8")
    data = json.loads(run("show", "--manifest", str(path), "--format", "json").stdout)
    assert [e["sources"] for e in data["events"]] == [["a", "b"]]


def test_yaml_manifest(tmp_path):
    pytest.importorskip("yaml")
    _files(tmp_path)
    path = tmp_path / "m.yaml"
    path.write_text("- {id: en, path: en.txt, date: 2023-03-06}\n- {id: ar, path: ar.txt, date: 2023-03-06}\n",
                    encoding="utf-8")
    result = run("show", "--manifest", str(path), "--strict")
    assert result.exit_code == 1  # the two reports are an hour apart
    assert "source-conflict" in result.stdout and "1 hour" in result.stdout


def test_positional_files_merge_and_disagree(tmp_path):
    _files(tmp_path)
    result = run("show", "--date", "2023-03-06", "--format", "json", str(tmp_path / "en.txt"),
                 str(tmp_path / "ar.txt"))
    data = json.loads(result.stdout)
    conflicts = [f for f in data["findings"] if f["code"] == "source-conflict"]
    assert len(conflicts) == 1
    docs = {m["doc"] for m in data["mentions"] if m["id"] in conflicts[0]["mentions"]}
    assert docs == {"doc1", "doc2"}


def test_manifest_and_files_together(tmp_path):
    _files(tmp_path)
    path = tmp_path / "m.jsonl"
    path.write_text('{"id": "doc2", "path": "en.txt", "date": "2023-03-06"}\n', encoding="utf-8")
    data = json.loads(run("show", "--manifest", str(path), "--date", "2023-03-06", "--format", "json",
                          str(tmp_path / "ar.txt")).stdout)
    assert len({d["id"] for d in data["documents"]}) == 2


@pytest.mark.parametrize("content, message", [
    ('{"id": "a"}', "exactly one of 'path' or 'text'"),
    ('{"text": "x", "date": "2021-02-30"}', "invalid date"),
    ('{"text": "x", "colour": "red"}', "unknown field"),
    ('{"text": "x", "id": "a"}\n{"text": "y", "id": "a"}', "unique"),
    ('{"path": "missing.txt"}', "no such file"),
    ("not json", "not valid JSON"),
])
def test_bad_manifests_are_one_line_errors(tmp_path, content, message):
    path = tmp_path / "m.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ManifestError, match=message):
        read_manifest(path)
    result = run("show", "--manifest", str(path))
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_duration_tolerance_option(tmp_path):
    path = tmp_path / "talks.txt"
    path.write_text("The talks in Paris began at 09:00 local time and ended at 12:05 local time. "
                    "The talks lasted three hours.", encoding="utf-8")
    assert "duration-mismatch" not in run("show", "--date", "2022-02-10", str(path)).stdout
    strict = run("show", "--date", "2022-02-10", "--duration-tolerance", "2", str(path))
    assert "duration-mismatch" in strict.stdout
