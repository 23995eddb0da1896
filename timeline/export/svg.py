"""``--format svg``: a picture of the timeline, Gantt-style.

One row per event, grouped in lanes (the zone where each event happens, or the source
document when there are several). Left: the label, right-aligned and laid out
right-to-left for Arabic and other RTL scripts (``direction="rtl"`` +
``unicode-bidi="embed"``, so the renderer's bidi algorithm orders it). Right: one UTC
time axis shared by every row — an interval is a bar, an instant a diamond, an all-day
event a pale band over its day; the wall time on the event's own clock is written
beside it. Events with findings are outlined red with a "!" and listed at the bottom.
A time whose zone is unknown cannot be placed on an absolute axis: its row says so
instead of pretending it is UTC.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from timeline.export.bidi import isolate_rtl_phrases
from timeline.export.common import (
    UTC,
    duration_text,
    event_findings,
    in_zone,
    is_all_day,
    is_timed,
    is_utc,
    is_wall_clock,
    source_names,
    worst_severity,
)
from timeline.model import CONFLICT, Event, Timeline

FONT_FAMILY = "'DejaVu Sans', 'Noto Sans', 'Noto Sans Arabic', 'Arial', 'Tahoma', 'Segoe UI', sans-serif"

_LABEL_X = 16
_LABEL_WIDTH = 340
_PLOT_GAP = 24
_ROW = 30
_LANE_HEADER = 26
_TOP = 64
_FONT = 13
_SMALL = 11
_COLOURS = {"bar": "#3b6ea8", "band": "#d9e4f1", "point": "#1f4e79", "conflict": "#c0392b", "warning": "#d68910",
            "info": "#7f8c8d", "grid": "#e3e3e3", "text": "#222222", "muted": "#666666"}
# Nice tick steps, shortest first.
_STEPS = [dt.timedelta(minutes=m) for m in (15, 30, 60, 120, 180, 360, 720)] + [
    dt.timedelta(days=d) for d in (1, 2, 7, 14, 30, 61, 91, 182, 365)]


@dataclass(frozen=True)
class _Axis:
    start: dt.datetime
    end: dt.datetime
    x0: float
    x1: float

    def x(self, instant: dt.datetime) -> float:
        span = (self.end - self.start).total_seconds() or 1.0
        fraction = (instant.astimezone(UTC) - self.start).total_seconds() / span
        return self.x0 + max(0.0, min(1.0, fraction)) * (self.x1 - self.x0)


def timeline_to_svg(t: Timeline, width: int = 1100) -> str:
    lanes = _lanes(t)
    axis = _axis(t, width)
    out: list[str] = []
    y = _TOP
    body: list[str] = []
    for lane_name, events in lanes:
        body.append(_lane_header(lane_name, y, width))
        y += _LANE_HEADER
        for e in events:
            body.append(_row(t, e, y, axis, width))
            y += _ROW
    plot_bottom = y
    findings_block, y = _findings(t, y + 16, width)
    height = int(y + 16)
    out.append(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
               f'viewBox="0 0 {width} {height}" font-family="{escape(FONT_FAMILY)}" font-size="{_FONT}">')
    out.append(f'<title>{escape(_title(t))}</title>')
    out.append(f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>')
    out.append(f'<text x="{_LABEL_X}" y="24" font-size="16" font-weight="bold" fill="{_COLOURS["text"]}">'
               f'{escape(_title(t))}</text>')
    if t.events:
        out += _ticks(axis, _TOP - 8, plot_bottom)
    else:
        out.append(f'<text x="{_LABEL_X}" y="{_TOP + 8}" fill="{_COLOURS["muted"]}">'
                   f'{"No time mentions found." if not t.mentions else "No events."}</text>')
    out += body
    out.append(findings_block)
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _title(t: Timeline) -> str:
    if len(t.documents) == 1:
        d = t.documents[0]
        ref = d.reference_date.isoformat() if d.reference_date else "unknown"
        return f"Timeline of {d.source or d.id} ({d.lang}), reference date {ref} — times on the axis in UTC"
    return f"Timeline of {len(t.documents)} documents — times on the axis in UTC"


def _lanes(t: Timeline) -> list[tuple[str, list[Event]]]:
    """One lane per source when several documents were read, else one per zone."""
    several = len(t.documents) > 1
    lanes: dict[str, list[Event]] = {}
    for e in t.events:
        if several:
            name = ", ".join(source_names(t, e))
        elif is_timed(e):
            name = "UTC" if not e.zone or is_utc(e.zone) else e.zone
        elif is_all_day(e):
            name = "all day"
        else:
            name = "zone unknown"
        lanes.setdefault(name, []).append(e)
    return list(lanes.items())


def _axis(t: Timeline, width: int) -> _Axis:
    instants: list[dt.datetime] = []
    for e in t.events:
        if is_timed(e):
            instants.append(e.start.astimezone(UTC))
            if isinstance(e.end, dt.datetime) and e.end.tzinfo is not None:
                instants.append(e.end.astimezone(UTC))
    if not instants:  # only days (or nothing placeable): show the days
        days = [e.start for e in t.events if is_all_day(e)] or [dt.date(2000, 1, 1)]
        start = dt.datetime.combine(min(days), dt.time(), UTC)
        end = dt.datetime.combine(max(days) + dt.timedelta(days=1), dt.time(), UTC)
    else:
        start, end = min(instants), max(instants)
        pad = max((end - start) * 0.06, dt.timedelta(minutes=30))
        start, end = start - pad, end + pad
    x0 = _LABEL_X + _LABEL_WIDTH + _PLOT_GAP
    return _Axis(start, end, x0, width - 150)  # room on the right for the time written beside a mark


def _ticks(axis: _Axis, y_top: float, y_bottom: float) -> list[str]:
    span = axis.end - axis.start
    step = next((s for s in _STEPS if span / s <= 8), _STEPS[-1])
    first = _floor(axis.start, step) + step
    out = []
    tick = first
    previous_day = None
    while tick < axis.end:
        x = axis.x(tick)
        out.append(f'<line class="tick" data-utc="{tick:%Y-%m-%dT%H:%M:%SZ}" x1="{x:.1f}" y1="{y_top:.1f}" '
                   f'x2="{x:.1f}" y2="{y_bottom:.1f}" stroke="{_COLOURS["grid"]}" stroke-width="1"/>')
        label = f"{tick:%H:%M}" if step < dt.timedelta(days=1) else f"{tick:%Y-%m-%d}"
        if step < dt.timedelta(days=1) and tick.date() != previous_day:
            label = f"{tick:%m-%d} {label}"
        previous_day = tick.date()
        out.append(f'<text x="{x:.1f}" y="{y_top - 4:.1f}" font-size="{_SMALL}" text-anchor="middle" '
                   f'fill="{_COLOURS["muted"]}">{escape(label)}</text>')
        tick += step
    return out


def _floor(instant: dt.datetime, step: dt.timedelta) -> dt.datetime:
    epoch = dt.datetime(2000, 1, 1, tzinfo=UTC)
    return epoch + ((instant - epoch) // step) * step


def _lane_header(name: str, y: float, width: int) -> str:
    return (f'<rect x="0" y="{y:.1f}" width="{width}" height="{_LANE_HEADER - 4}" fill="#f4f6f8"/>'
            f'<text x="{_LABEL_X}" y="{y + 16:.1f}" font-weight="bold" fill="{_COLOURS["text"]}">'
            f'{escape(fit(name, width - 2 * _LABEL_X))}</text>')


def _row(t: Timeline, e: Event, y: float, axis: _Axis, width: int) -> str:
    findings = event_findings(t, e)
    severity = worst_severity(findings)
    mid = y + _ROW / 2
    parts = [f'<g class="event" id={quoteattr(e.id)}>']
    parts.append(f"<title>{escape(_tooltip(t, e, findings))}</title>")
    parts.append(_label(e, mid))
    mark_colour = _COLOURS["conflict"] if severity == CONFLICT else _COLOURS["bar"]
    outline = f' stroke="{_COLOURS[severity]}" stroke-width="2"' if severity else ""
    if is_timed(e):
        x = axis.x(e.start)
        end = e.end if isinstance(e.end, dt.datetime) and e.end.tzinfo is not None else None
        if end is not None:
            x_end = max(axis.x(end), x + 3)
            parts.append(f'<rect class="interval" x="{x:.1f}" y="{mid - 7:.1f}" width="{x_end - x:.1f}" height="14" rx="3" '
                         f'fill="{mark_colour}"{outline}/>')
        else:
            x_end = x + 7
            parts.append(f'<path class="instant" data-x="{x:.1f}" d="M {x:.1f} {mid - 8:.1f} L {x + 7:.1f} {mid:.1f} L {x:.1f} {mid + 8:.1f} '
                         f'L {x - 7:.1f} {mid:.1f} Z" fill="{_COLOURS["point"] if not severity else mark_colour}"'
                         f'{outline}/>')
        parts.append(_side_text(_clock_text(e), x - 10, x_end + 6, axis, width, mid))
    elif is_all_day(e):
        day_start = dt.datetime.combine(e.start, dt.time(), UTC)
        last = e.end if isinstance(e.end, dt.date) and not isinstance(e.end, dt.datetime) else e.start
        day_end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), UTC)
        x, x_end = axis.x(day_start), axis.x(day_end)
        parts.append(f'<rect class="all-day" x="{x:.1f}" y="{mid - 9:.1f}" width="{max(x_end - x, 3):.1f}" height="18" '
                     f'fill="{_COLOURS["band"]}"{outline}/>')
        parts.append(f'<text x="{(x + x_end) / 2:.1f}" y="{mid + 4:.1f}" text-anchor="middle" font-size="{_SMALL}" '
                     f'fill="{_COLOURS["muted"]}">{escape(e.start.isoformat())} (all day; zone not stated)</text>')
    elif is_wall_clock(e):
        end = f"–{e.end:%H:%M}" if isinstance(e.end, dt.datetime) else ""
        parts.append(f'<text class="unplaced" x="{axis.x0:.1f}" y="{mid + 4:.1f}" font-size="{_SMALL}" font-style="italic" '
                     f'fill="{_COLOURS["warning"]}">{escape(f"{e.start:%Y-%m-%d %H:%M}{end}")} on an unknown clock '
                     f'— not placed on the UTC axis</text>')
    if severity:
        parts.append(f'<circle class="finding" cx="{_LABEL_X + _LABEL_WIDTH + 10:.1f}" cy="{mid:.1f}" r="7" '
                     f'fill="{_COLOURS[severity]}"/><text x="{_LABEL_X + _LABEL_WIDTH + 10:.1f}" y="{mid + 4:.1f}" '
                     f'text-anchor="middle" font-size="{_SMALL}" font-weight="bold" fill="#ffffff">!</text>')
    parts.append("</g>")
    return "".join(parts)


def _label(e: Event, y: float) -> str:
    text = fit(f"{e.label or '(no label)'}", _LABEL_WIDTH - 40)
    ident = (f'<text x="{_LABEL_X}" y="{y + 4:.1f}" font-size="{_SMALL}" fill="{_COLOURS["muted"]}">'
             f'{escape(e.id)}</text>')
    if is_rtl(text):
        # Start of right-to-left text is its right edge: anchor there, let the renderer's bidi order it.
        return ident + (f'<text class="label" x="{_LABEL_X + _LABEL_WIDTH:.1f}" y="{y + 4:.1f}" direction="rtl" '
                        f'unicode-bidi="embed" text-anchor="start" fill="{_COLOURS["text"]}">{escape(text)}</text>')
    return ident + (f'<text class="label" x="{_LABEL_X + 30}" y="{y + 4:.1f}" fill="{_COLOURS["text"]}">'
                    f'{escape(text)}</text>')


def _side_text(text: str, left_x: float, right_x: float, axis: _Axis, width: int, y: float) -> str:
    """The wall time beside a mark: to its right when it fits, else to its left."""
    needed = text_width(text, _SMALL)
    if right_x + needed <= width - 8:
        return (f'<text x="{right_x:.1f}" y="{y + 4:.1f}" font-size="{_SMALL}" fill="{_COLOURS["text"]}">'
                f'{escape(text)}</text>')
    return (f'<text x="{left_x:.1f}" y="{y + 4:.1f}" font-size="{_SMALL}" text-anchor="end" '
            f'fill="{_COLOURS["text"]}">{escape(text)}</text>')


def _clock_text(e: Event) -> str:
    zone = e.zone if e.zone and not is_utc(e.zone) else None
    start = in_zone(e.start, zone) if zone else e.start.astimezone(UTC)
    text = f"{start:%H:%M}"
    if isinstance(e.end, dt.datetime) and e.end.tzinfo is not None:
        end = in_zone(e.end, zone) if zone else e.end.astimezone(UTC)
        text += f"–{end:%H:%M}" if end.date() == start.date() else f"–{end:%m-%d %H:%M}"
    text += f" {start.tzname() or ''}" if zone else " UTC"
    if zone:
        text += f" ({start.astimezone(UTC):%H:%M} UTC)"
    return text


def _tooltip(t: Timeline, e: Event, findings) -> str:
    lines = [f"{e.id}: {e.label}"]
    if e.duration_s:
        lines.append(f"duration {duration_text(e.duration_s)}")
    lines += [f"«{q}»" for q in e.evidence]
    lines += [f"{f.severity.upper()} {f.code}: {f.message}" for f in findings]
    lines.append("source: " + ", ".join(source_names(t, e)))
    return "\n".join(lines)


def _findings(t: Timeline, y: float, width: int) -> tuple[str, float]:
    if not t.findings:
        return (f'<text x="{_LABEL_X}" y="{y + 12:.1f}" fill="{_COLOURS["muted"]}">Findings: none</text>', y + 16)
    out = [f'<text x="{_LABEL_X}" y="{y + 12:.1f}" font-weight="bold" fill="{_COLOURS["text"]}">Findings</text>']
    y += 16
    for f in t.findings:
        y += 18
        line = isolate_rtl_phrases(fit(f"{f.severity.upper()} {f.code}: {f.message}", width - 2 * _LABEL_X - 20))
        out.append(f'<circle cx="{_LABEL_X + 5}" cy="{y - 4:.1f}" r="5" fill="{_COLOURS[f.severity]}"/>'
                   f'<text x="{_LABEL_X + 16}" y="{y:.1f}" font-size="{_SMALL + 1}" unicode-bidi="plaintext" '
                   f'fill="{_COLOURS["text"]}"><title>{escape(f.message)}</title>{escape(line)}</text>')
    return "".join(out), y + 4


# --- text measurement, good enough to keep text inside its column --------------------------

def is_rtl(text: str) -> bool:
    """Whether the first strong character is right-to-left (the bidi paragraph direction)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def text_width(text: str, size: float = _FONT) -> float:
    """An estimate of the rendered width in px (DejaVu-like proportions)."""
    width = 0.0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        if unicodedata.east_asian_width(ch) in "WF":
            width += 1.0
        elif ch in "il.,:;|'!" or ch == " ":
            width += 0.33
        elif ch.isupper() or ch in "mwMW—":
            width += 0.75
        else:
            width += 0.58
    return width * size


def fit(text: str, max_width: float, size: float = _FONT) -> str:
    """``text`` cut with "…" so that it fits ``max_width`` px."""
    if text_width(text, size) <= max_width:
        return text
    while text and text_width(text + "…", size) > max_width:
        text = text[:-1]
    return text.rstrip() + "…"
