"""Run every reconciliation scenario (tests/scenarios/*.yaml): multi-sentence texts, some
in several documents, each with its exact events (in order, with their intervals) and
its exact findings. Format: tests/scenarios/README.md."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

import timeline
from timeline.model import Document

SCENARIOS = Path(__file__).parent / "scenarios"


def _entries():
    for path in sorted(SCENARIOS.glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            yield pytest.param(entry, id=f"{path.stem}-{entry['name']}")


def _documents(entry: dict) -> list[Document]:
    specs = entry.get("documents") or [{k: entry[k] for k in ("text", "date", "place", "lang", "id") if k in entry}]
    docs = []
    for i, spec in enumerate(specs, start=1):
        date = spec.get("date")
        docs.append(Document(text=spec["text"], id=str(spec.get("id", f"doc{i}")), lang=spec.get("lang"),
                             reference_date=dt.date.fromisoformat(str(date)) if date else None,
                             place=spec.get("place")))
    return docs


def _moment(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return value.strftime("%Y-%m-%dT%H:%M") + " wall"
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%MZ")
    return value.isoformat()


def run(entry: dict) -> timeline.Timeline:
    tolerance = entry.get("tolerance_min")
    return timeline.build(_documents(entry), today=dt.date(2026, 1, 15),
                          duration_tolerance=None if tolerance is None else tolerance * 60)


def summary(t: timeline.Timeline) -> dict:
    """What a scenario asserts, in the scenario file's own shape."""
    texts = {m.id: m.text for m in t.mentions}
    return {
        "events": [
            {"kind": e.kind, "start": _moment(e.start), "end": _moment(e.end), "sources": list(e.sources),
             "label": e.label, "evidence": list(e.evidence), "zone": e.zone, "zone_rule": e.zone_rule,
             "duration_min": None if e.duration_s is None else round(e.duration_s / 60, 2),
             "recurrence": e.recurrence}
            for e in t.events
        ],
        "findings": sorted(
            ({"code": f.code, "severity": f.severity, "mentions": sorted(texts[m] for m in f.mentions)}
             for f in t.findings), key=lambda f: (f["code"], f["mentions"])),
    }


@pytest.mark.parametrize("entry", list(_entries()))
def test_scenario(entry):
    got = summary(run(entry))
    want_events = entry["events"]
    assert len(got["events"]) == len(want_events), got["events"]
    for i, (have, want) in enumerate(zip(got["events"], want_events, strict=True)):
        for key, value in want.items():
            if key in ("start", "end") and value is not None:
                value = str(value)
            assert have[key] == value, (i, key, have)
    want_findings = sorted(
        ({"code": f["code"], **({"severity": f["severity"]} if "severity" in f else {}),
          **({"mentions": sorted(f["mentions"])} if "mentions" in f else {})} for f in entry.get("findings") or []),
        key=lambda f: (f["code"], f.get("mentions", [])))
    assert [f["code"] for f in got["findings"]] == [f["code"] for f in want_findings], got["findings"]
    for have, want in zip(got["findings"], want_findings, strict=True):
        for key, value in want.items():
            assert have[key] == value, (key, have)
