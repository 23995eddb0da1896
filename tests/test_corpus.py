"""Run every corpus entry (tests/corpus/*.yaml) as a test."""

from pathlib import Path

import pytest
import yaml
from conftest import broken_label_words

import timeline

CORPUS = Path(__file__).parent / "corpus"


def _entries():
    for path in sorted(CORPUS.glob("*.yaml")):
        for i, entry in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")) or []):
            yield pytest.param(entry, id=f"{path.stem}-{i}")


@pytest.mark.parametrize("entry", list(_entries()))
def test_corpus_entry(entry):
    result = timeline.build(entry["text"], reference_date=str(entry["date"]), place=entry.get("place"),
                            abbrev_policy=entry.get("abbrev_policy", "literal"),
                            lang=entry.get("lang"))
    data = result.to_dict()
    mentions = data["mentions"]
    for expected in entry.get("expect") or []:
        found = [m for m in mentions if m["text"] == expected["text"]]
        assert found, f"no mention {expected['text']!r}; found {[m['text'] for m in mentions]}"
        got = found[0]
        for key, want in expected.items():
            if key == "text":
                continue
            have = got.get(key) if key != "timex3" else got.get("timex3")
            if isinstance(want, float) or isinstance(have, float):
                assert have is not None and abs(float(have) - float(want)) < 1e-6, (key, have, want, got)
            else:
                assert have == (str(want) if key in ("local",) else want), (key, have, want, got)
    if entry.get("only"):
        assert [m["text"] for m in mentions] == [e["text"] for e in entry.get("expect") or []]
    if "findings" in entry:
        assert sorted(f["code"] for f in data["findings"]) == sorted(entry["findings"]), data["findings"]
    # Every label is made of whole words of the text: a mask never cuts a word in two.
    assert not broken_label_words(entry["text"], [e["label"] for e in data["events"]]), data["events"]
