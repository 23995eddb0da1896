"""The terminal printout: one row per event — UTC, each zone's wall time, end, label —
then the evidence and checks behind each row, then the findings."""

from __future__ import annotations

import datetime as dt
import unicodedata

from timeline.export.common import duration_text, evidence_items
from timeline.model import Event, Timeline
from timeline.zones.tzsource import tzinfo_for

UTC = dt.UTC


_UTC_NAMES = {"UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Zulu", "Etc/UCT", "+00:00", "Z"}


def zones_used(t: Timeline) -> list[str]:
    """IANA zones (and fixed offsets) the text's times were resolved in, in order of use."""
    seen: dict[str, None] = {}
    for m in t.mentions:
        r = t.resolved.get(m.id)
        if r and r.zone and r.zone not in _UTC_NAMES:
            seen.setdefault(r.zone, None)
    for e in t.events:
        if e.zone and e.zone not in _UTC_NAMES:
            seen.setdefault(e.zone, None)
    return list(seen)


def render_table(t: Timeline, zones: list[str] | None = None) -> str:
    zones = zones_used(t) if not zones else zones
    header = ["#", "UTC"] + zones + ["End (UTC)", "Event"]
    rows = [header]
    for e in t.events:
        rows.append([e.id, _utc_cell(e)] + [_zone_cell(e, z) for z in zones] + [_end_cell(e), e.label])
    lines = [_title(t), ""]
    if not t.events:
        lines.append("No time mentions found." if not t.mentions else "No events: see the mentions in --format json.")
    else:
        widths = [max(_width(r[i]) for r in rows) for i in range(len(header) - 1)]
        for r in rows:
            cells = [_pad(c, widths[i]) for i, c in enumerate(r[:-1])] + [r[-1]]
            lines.append("  ".join(cells).rstrip())
        lines.append("")
        lines.append("Evidence")
        for e in t.events:
            # An event placed from another ("at the end of the meeting", "the next day")
            # has no mention of its own: its notes say where it comes from.
            lines.append(f"  {e.id}  " + (" · ".join(_evidence(t, e)) or "(no time stated for it; see below)"))
            for note in e.notes:
                lines.append(f"      {note}")
    lines.append("")
    if t.findings:
        lines.append("Findings")
        for f in t.findings:
            who = f" [{', '.join(f.mentions)}]" if f.mentions else ""
            lines.append(f"  {f.severity.upper():8} {f.code}: {f.message}{who}")
    else:
        lines.append("Findings: none")
    return "\n".join(lines) + "\n"


def _title(t: Timeline) -> str:
    docs = t.documents
    if len(docs) == 1:
        d = docs[0]
        ref = d.reference_date.isoformat() if d.reference_date else "unknown"
        return f"Timeline of {d.source or d.id} ({d.lang}), reference date {ref}"
    return f"Timeline of {len(docs)} documents"


def _utc_cell(e: Event) -> str:
    if isinstance(e.start, dt.datetime):
        if e.start.tzinfo is None:
            return f"{e.start:%Y-%m-%d %H:%M} (zone unknown)"
        return f"{e.start.astimezone(UTC):%Y-%m-%d %H:%M}"
    if isinstance(e.start, dt.date):
        return f"{e.start.isoformat()} (all day)"
    if e.kind == "relative":
        return "(relative: see notes)"  # placed in order only ("several hours later")
    return "?"


def _zone_cell(e: Event, zone: str) -> str:
    if not isinstance(e.start, dt.datetime) or e.start.tzinfo is None:
        return ""
    start_utc = e.start.astimezone(UTC)
    local = start_utc.astimezone(tzinfo_for(zone))
    text = f"{local:%H:%M} {local.tzname() or ''}".strip()
    if local.date() != start_utc.date():
        text = f"{local:%m-%d} {text}"
    return text


def _end_cell(e: Event) -> str:
    if isinstance(e.end, dt.datetime) and e.end.tzinfo is not None:
        end = e.end.astimezone(UTC)
        text = f"{end:%H:%M}"
        if isinstance(e.start, dt.datetime) and e.start.tzinfo and end.date() != e.start.astimezone(UTC).date():
            text = f"{end:%m-%d %H:%M}"
        if e.duration_s:
            text += f" ({duration_text(e.duration_s)})"
        return text
    if isinstance(e.end, dt.date) and not isinstance(e.end, dt.datetime) and e.end != e.start:
        return f"{e.end.isoformat()} (included)"  # a stated range of days ("June 26-28")
    if e.duration_s:
        return f"({duration_text(e.duration_s)})"
    return ""


def _evidence(t: Timeline, e: Event) -> list[str]:
    return [f"«{m.text}»{f' → {zone}' if zone else ''} ({m.id})" for m, zone in evidence_items(t, e)]


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))
