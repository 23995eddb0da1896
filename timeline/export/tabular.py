"""Flat views of a timeline: ``--format csv`` (``--rows events|mentions``), ``--format jsonl``
(one JSON line per document) and the rows behind ``Timeline.to_dataframe()``.

Values are the JSON contract's (``json_export``), so every format agrees on what an
event's start is; the flat formats add one wall-time column per display zone.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from timeline.export.common import event_findings, in_zone, is_timed, is_utc
from timeline.export.json_export import event_to_dict, mention_to_dict
from timeline.model import Event, Finding, Timeline

EVENT_ROWS = "events"
MENTION_ROWS = "mentions"
ROW_KINDS = (EVENT_ROWS, MENTION_ROWS)

_LIST_SEPARATOR = " | "


def display_zones(t: Timeline, zones: list[str] | None = None) -> list[str]:
    """The zones to show besides UTC: the ones asked for, else every zone the text used."""
    from timeline.export.table import zones_used

    chosen = zones if zones else zones_used(t)
    return [z for z in chosen if not is_utc(z)]


def zone_column(zone: str) -> str:
    return f"start_{zone}"


def event_rows(t: Timeline, zones: list[str] | None = None) -> list[dict[str, Any]]:
    """One flat record per event; list-valued fields joined with " | "."""
    zones = display_zones(t, zones)
    rows = []
    for e in t.events:
        d = event_to_dict(e)
        row: dict[str, Any] = {
            "id": e.id,
            "label": e.label,
            "kind": e.kind,
            "start": d["start"],
            "end": d["end"],
            "start_utc": d["start_utc"],
            "end_utc": d["end_utc"],
            "zone": e.zone,
            "duration_s": e.duration_s,
        }
        for z in zones:
            row[zone_column(z)] = _wall_time(e, z)
        findings = event_findings(t, e)
        row.update({
            "sources": _join(e.sources),
            "mentions": _join(e.mentions),
            "evidence": _join(e.evidence),
            "notes": _join(e.notes),
            "findings": _join(f"{f.severity}:{f.code}" for f in findings),
        })
        rows.append(row)
    return rows


def mention_rows(t: Timeline) -> list[dict[str, Any]]:
    """One flat record per mention, with the event it ended up in."""
    event_of = {mid: e.id for e in t.events for mid in e.mentions}
    rows = []
    for m in t.mentions:
        d = mention_to_dict(m, t.resolved.get(m.id))
        rows.append({
            "id": m.id,
            "doc": m.doc,
            "event": event_of.get(m.id),
            "text": m.text,
            "span_start": m.span[0],
            "span_end": m.span[1],
            "kind": m.kind,
            "local": d["local"],
            "zone": d["zone"],
            "utc": d["utc"],
            "granularity": d["granularity"],
            "duration_s": d.get("duration_s"),
            "approximate": d["approximate"],
            "zone_cue": d["zone_cue"],
            "zone_cue_kind": d["zone_cue_kind"],
            "zone_rule": d["zone_rule"],
            "rule": d["rule"],
            "lang": d["lang"],
            "assumptions": _join(d["assumptions"]),
            "unresolved_reason": d["unresolved_reason"],
        })
    return rows


def timeline_to_csv(t: Timeline, rows: str = EVENT_ROWS, zones: list[str] | None = None) -> str:
    if rows not in ROW_KINDS:
        raise ValueError(f"rows must be one of {ROW_KINDS}, not {rows!r}")
    records = event_rows(t, zones) if rows == EVENT_ROWS else mention_rows(t)
    columns = list(records[0]) if records else _empty_columns(t, rows, zones)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({k: _cell(v) for k, v in record.items()})
    return out.getvalue()


def timeline_to_jsonl(t: Timeline) -> str:
    """One line per document: the JSON contract restricted to that document.

    An event drawn from several documents appears on each of their lines; ids are
    those of the whole run, so a line can be matched with ``--format json``.
    """
    from timeline.export.json_export import timeline_to_dict

    whole = timeline_to_dict(t)
    lines = []
    for doc in whole["documents"]:
        doc_id = doc["id"]
        mention_ids = {m.id for m in t.mentions if m.doc == doc_id}
        record = {
            "documents": [doc],
            "mentions": [m for m in whole["mentions"] if m["id"] in mention_ids],
            "events": [e for e in whole["events"] if doc_id in e["sources"]],
            "findings": [f for f, raw in zip(whole["findings"], t.findings, strict=True)
                         if _finding_concerns(raw, doc_id, mention_ids, len(t.documents))],
        }
        lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    return "".join(line + "\n" for line in lines)


def _finding_concerns(f: Finding, doc_id: str, mention_ids: set[str], doc_count: int) -> bool:
    if f.mentions:
        return bool(mention_ids & set(f.mentions))
    # Document-level findings carry no mention; their message names the document ("doc2: …").
    return doc_count == 1 or f.message.startswith(f"{doc_id}:") or not any(
        f.message.startswith(f"doc{i}:") for i in range(1, doc_count + 1))


def _wall_time(e: Event, zone: str) -> str | None:
    if not is_timed(e):
        return None
    return in_zone(e.start, zone).isoformat(timespec="seconds")


def _join(values) -> str:
    return _LIST_SEPARATOR.join(str(v) for v in values)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _empty_columns(t: Timeline, rows: str, zones: list[str] | None) -> list[str]:
    if rows == MENTION_ROWS:
        return ["id", "doc", "event", "text", "span_start", "span_end", "kind", "local", "zone", "utc",
                "granularity", "duration_s", "approximate", "zone_cue", "zone_cue_kind", "zone_rule", "rule",
                "lang", "assumptions", "unresolved_reason"]
    return (["id", "label", "kind", "start", "end", "start_utc", "end_utc", "zone", "duration_s"]
            + [zone_column(z) for z in display_zones(t, zones)]
            + ["sources", "mentions", "evidence", "notes", "findings"])

