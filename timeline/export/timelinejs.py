"""``--format timelinejs``: the JSON that Knight Lab's TimelineJS3 embeds
(``new TL.Timeline(id, data)``; format: timeline.knightlab.com/docs/json-format.html).

A TimelineJS date object has no zone: the browser reads it on its own clock. So every
date object here is on one clock — UTC — which keeps the order right whatever the
reader's zone, and each slide's ``display_date`` states the wall time where the event
happens ("13:35 CEST Europe/Zurich · 11:35 UTC"). Wall-clock times whose zone is unknown
keep their literal time and say "zone unknown". Slide text is HTML, so every piece of
source text is escaped, and right-to-left labels carry ``dir``/``lang``.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from timeline.export.common import (
    UTC,
    duration_text,
    event_findings,
    event_lang,
    evidence_items,
    in_zone,
    is_all_day,
    is_timed,
    is_utc,
    is_wall_clock,
    source_names,
)
from timeline.model import Event, Timeline

_RTL_LANGS = frozenset({"ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"})


def timeline_to_timelinejs(t: Timeline) -> dict[str, Any]:
    several = len(t.documents) > 1
    events = [_slide(t, e, several) for e in t.events if e.start is not None]
    return {
        "title": {"text": {"headline": html.escape(_title(t)), "text": _title_text(t)}},
        "events": events,
        "scale": "human",
    }


def _title(t: Timeline) -> str:
    if len(t.documents) == 1:
        d = t.documents[0]
        return f"Timeline of {d.source or d.id}"
    return f"Timeline of {len(t.documents)} documents"


def _title_text(t: Timeline) -> str:
    counts = f"{len(t.events)} events, {len(t.findings)} findings"
    docs = "".join(
        f"<li>{html.escape(d.source or d.id)} ({html.escape(d.lang or '?')}, reference date "
        f"{d.reference_date.isoformat() if d.reference_date else 'unknown'})</li>"
        for d in t.documents)
    return f"<p>{counts}</p><ul>{docs}</ul>"


def _date(value: dt.datetime | dt.date) -> dict[str, int]:
    out = {"year": value.year, "month": value.month, "day": value.day}
    if isinstance(value, dt.datetime):
        out.update({"hour": value.hour, "minute": value.minute})
        if value.second:
            out["second"] = value.second
    return out


def _slide(t: Timeline, e: Event, several_documents: bool) -> dict[str, Any]:
    slide: dict[str, Any] = {"unique_id": e.id}
    if is_timed(e):
        slide["start_date"] = _date(e.start.astimezone(UTC))
        if isinstance(e.end, dt.datetime) and e.end.tzinfo is not None:
            slide["end_date"] = _date(e.end.astimezone(UTC))
    elif is_wall_clock(e):
        slide["start_date"] = _date(e.start)
        if isinstance(e.end, dt.datetime):
            slide["end_date"] = _date(e.end)
    elif is_all_day(e):
        slide["start_date"] = _date(e.start)
        if isinstance(e.end, dt.date) and e.end != e.start:
            slide["end_date"] = _date(e.end)
    slide["display_date"] = _display_date(e)
    slide["text"] = {"headline": _labelled(e.label or "(no label)", event_lang(t, e)), "text": _body(t, e)}
    if several_documents:
        group = ", ".join(source_names(t, e))
    elif e.zone:
        group = e.zone
    else:
        group = "zone unknown" if is_wall_clock(e) else None
    if group:
        slide["group"] = group
    slide["autolink"] = False  # source text is quoted, never turned into links
    return slide


def _display_date(e: Event) -> str:
    if is_timed(e):
        return " · ".join(_span_on(e, zone) for zone in _clocks(e)) + (
            f" ({duration_text(e.duration_s)})" if e.duration_s else "")
    if is_wall_clock(e):
        end = f"–{e.end:%H:%M}" if isinstance(e.end, dt.datetime) else ""
        return f"{e.start:%Y-%m-%d %H:%M}{end} (zone unknown: wall-clock time as written)"
    if is_all_day(e):
        return f"{e.start.isoformat()} (all day)"
    return ""


def _clocks(e: Event) -> list[str | None]:
    """The event's own zone first, then UTC (None)."""
    return [e.zone, None] if e.zone and not is_utc(e.zone) else [None]


def _span_on(e: Event, zone: str | None) -> str:
    start = in_zone(e.start, zone) if zone else e.start.astimezone(UTC)
    text = f"{start:%H:%M}"
    if isinstance(e.end, dt.datetime) and e.end.tzinfo is not None:
        end = in_zone(e.end, zone) if zone else e.end.astimezone(UTC)
        text += f"–{end:%H:%M}" if end.date() == start.date() else f"–{end:%Y-%m-%d %H:%M}"
    if zone:
        return f"{start:%Y-%m-%d} {text} {start.tzname() or ''} ({zone})".replace("  ", " ")
    return f"{text} UTC" if e.zone and not is_utc(e.zone) else f"{start:%Y-%m-%d} {text} UTC"


def _labelled(text: str, lang: str | None) -> str:
    escaped = html.escape(text)
    if lang in _RTL_LANGS:
        return f'<span dir="rtl" lang="{lang}">{escaped}</span>'
    return f'<span lang="{lang}">{escaped}</span>' if lang else escaped


def _body(t: Timeline, e: Event) -> str:
    quotes = []
    for m, zone in evidence_items(t, e):
        where = f" → {html.escape(zone)}" if zone else ""
        quotes.append(f"<li>«{_labelled(m.text, m.lang)}»{where} <small>({m.id}, {html.escape(m.doc)})</small></li>")
    out = [f"<ul>{''.join(quotes)}</ul>"]
    if e.notes:
        out.append("<p>" + "<br>".join(html.escape(n) for n in e.notes) + "</p>")
    findings = event_findings(t, e)
    if findings:
        out.append("<p><strong>Findings</strong></p><ul>" + "".join(
            f"<li>{html.escape(f.severity.upper())} {html.escape(f.code)}: {html.escape(f.message)}</li>"
            for f in findings) + "</ul>")
    out.append(f"<p><small>Source: {html.escape(', '.join(source_names(t, e)))}</small></p>")
    return "".join(out)
