"""The --format json contract of DESIGN.md: keys and value formats other tools rely on."""

import re

import timeline

ISO_Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
ZONE = re.compile(r"^(?:[A-Za-z_]+(?:/[A-Za-z0-9_+\-]+)*|[+-]\d{2}:\d{2})$")


def check_contract(data, text_by_doc):
    assert set(data) >= {"documents", "mentions", "events", "findings"}
    for d in data["documents"]:
        assert {"id", "lang", "reference_date"} <= d.keys()
    ids = set()
    for m in data["mentions"]:
        assert {"id", "doc", "text", "span", "kind", "local", "zone", "utc", "granularity", "zone_cue",
                "assumptions"} <= m.keys()
        ids.add(m["id"])
        a, b = m["span"]
        assert text_by_doc[m["doc"]][a:b] == m["text"]
        assert m["utc"] is None or ISO_Z.match(m["utc"])
        assert m["zone"] is None or ZONE.match(m["zone"])
        if m["kind"] == "duration":
            assert isinstance(m["duration_s"], (int, float))
    for e in data["events"]:
        assert {"id", "label", "start", "end", "duration_s", "mentions", "sources"} <= e.keys()
        assert set(e["mentions"]) <= ids
    for f in data["findings"]:
        assert {"code", "severity", "message", "mentions"} <= f.keys()
        assert f["severity"] in ("info", "warning", "conflict")
        assert set(f["mentions"]) <= ids


def test_seed_matches_contract(seed_text):
    data = timeline.build(seed_text, reference_date="2021-06-16").to_dict()
    check_contract(data, {"doc1": seed_text})


def test_two_documents_have_distinct_ids():
    a = timeline.Document("Talks began at 13:35 local time in Geneva.", id="a")
    b = timeline.Document("بدأت المحادثات عند الساعة 14:35 بتوقيت موسكو.", id="b")
    t = timeline.build([a, b], reference_date="2021-06-16")
    data = t.to_dict()
    check_contract(data, {"a": a.text, "b": b.text})
    assert len({m["id"] for m in data["mentions"]}) == len(data["mentions"]) == 2
    assert [d["lang"] for d in data["documents"]] == ["en", "ar"]
