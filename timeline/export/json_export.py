"""The ``--format json`` contract (see DESIGN.md): other tools depend on it, so keys
are only ever added, never renamed."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from timeline.model import DURATION, Event, Mention, Resolved, Timeline
from timeline.timex import timex3
from timeline.zones.tzsource import tzinfo_for


def iso_utc(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_local(r: Resolved) -> str | None:
    if r.local is not None:
        fmt = "%Y-%m-%dT%H:%M:%S" if r.granularity == "second" else "%Y-%m-%dT%H:%M"
        return r.local.strftime(fmt)
    if r.date is not None:
        return r.date.isoformat()
    return None


def iso_event_time(value: dt.datetime | dt.date | None, zone: str | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return value.isoformat(timespec="minutes")  # wall clock, zone unknown
        shown = value.astimezone(tzinfo_for(zone)) if zone else value.astimezone(dt.UTC)
        return shown.isoformat(timespec="seconds")
    return value.isoformat()


def mention_to_dict(m: Mention, r: Resolved | None, reference: dt.date | None = None) -> dict[str, Any]:
    resolved = r
    r = r or Resolved(m.id)
    cue = m.parts.zone_cue
    out: dict[str, Any] = {
        "id": m.id,
        "doc": m.doc,
        "text": m.text,
        "span": [m.span[0], m.span[1]],
        "kind": m.kind,
        "local": iso_local(r),
        "zone": r.zone,
        "utc": iso_utc(r.utc),
        "granularity": r.granularity,
        "zone_cue": cue.text if cue else None,
        "assumptions": list(r.assumptions),
        # Additions to the contract: provenance and parts.
        "rule": m.rule,
        "lang": m.lang,
        "zone_rule": r.zone_rule,
        "zone_cue_kind": cue.kind if cue else None,
        "zone_cue_span": [cue.span[0], cue.span[1]] if cue else None,
        "unresolved_reason": r.unresolved_reason,
        "approximate": m.parts.approximate,
    }
    if m.kind == DURATION:
        out["duration_s"] = m.parts.duration_s
        if m.parts.duration_range:
            # "de 5 à 10 ans": TIMEX3 has no range value (P XY), so the bounds are said here.
            out["duration_range_s"] = [m.parts.duration_range[0], m.parts.duration_range[1]]
    out["timex3"] = timex3(m, resolved, reference).to_dict()
    return out


def event_to_dict(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "label": e.label,
        "start": iso_event_time(e.start, e.zone),
        "end": iso_event_time(e.end, e.zone),
        "duration_s": e.duration_s,
        "mentions": list(e.mentions),
        "sources": list(e.sources),
        "kind": e.kind,
        "zone": e.zone,
        # How "zone" was chosen: where the text says the event happens ("place:…"), else
        # the clock its time was stated on ("clock:…"); the mentions keep their own zones.
        "zone_rule": e.zone_rule,
        "start_utc": iso_utc(e.start) if isinstance(e.start, dt.datetime) and e.start.tzinfo else None,
        "end_utc": iso_utc(e.end) if isinstance(e.end, dt.datetime) and e.end.tzinfo else None,
        "evidence": list(e.evidence),
        "notes": list(e.notes),
        # Reconciliation additions: what cross-document matching used and how the event
        # was placed.
        "concepts": list(e.concepts),
        "phase": e.phase,
        "approximate": e.approximate,
        "after": e.after,
        # "doors open at 10:00 each day" over a range of days: an RFC 5545 RRULE, ``start``
        # being the first occurrence.
        "recurrence": e.recurrence,
    }


def timeline_to_dict(t: Timeline) -> dict[str, Any]:
    return {
        "documents": [
            {"id": d.id, "lang": d.lang, "reference_date": d.reference_date.isoformat() if d.reference_date else None,
             "source": d.source}
            for d in t.documents
        ],
        "mentions": [mention_to_dict(m, t.resolved.get(m.id), _reference_of(t, m.doc)) for m in t.mentions],
        "events": [event_to_dict(e) for e in t.events],
        "findings": [
            {"code": f.code, "severity": f.severity, "message": f.message, "mentions": list(f.mentions)}
            for f in t.findings
        ],
    }


def _reference_of(t: Timeline, doc_id: str) -> dt.date | None:
    for d in t.documents:
        if d.id == doc_id:
            return d.reference_date
    return None


def timeline_to_json(t: Timeline, indent: int | None = 2) -> str:
    return json.dumps(timeline_to_dict(t), ensure_ascii=False, indent=indent)
