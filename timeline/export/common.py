"""Small questions every output format asks of a ``Timeline``."""

from __future__ import annotations

import datetime as dt

from timeline.model import Event, Finding, Timeline
from timeline.zones.tzsource import tzinfo_for


class EmptyCalendar(ValueError):
    """The timeline has no event with a start: RFC 5545 (section 3.4, ``icalbody``)
    requires at least one component in a calendar, and a VCALENDAR with none is
    rejected by strict readers. A placeholder component would be worse: a VJOURNAL
    shows up as a memo in some clients and is refused by event-only CalDAV
    collections. So there is no calendar to write, and the caller is told why."""


UTC = dt.UTC

# Zone values that are UTC itself: shown as UTC, never as an extra column or TZID.
UTC_NAMES = frozenset({"UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Zulu", "Etc/UCT", "Etc/Universal", "+00:00", "Z"})


def is_utc(zone: str | None) -> bool:
    return zone in UTC_NAMES


def is_timed(e: Event) -> bool:
    """Start is an instant (aware datetime)."""
    return isinstance(e.start, dt.datetime) and e.start.tzinfo is not None


def is_wall_clock(e: Event) -> bool:
    """Start is a wall-clock time whose zone is unknown (naive datetime)."""
    return isinstance(e.start, dt.datetime) and e.start.tzinfo is None


def is_all_day(e: Event) -> bool:
    return isinstance(e.start, dt.date) and not isinstance(e.start, dt.datetime)


def utc(value: dt.datetime | dt.date | None) -> dt.datetime | None:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        return value.astimezone(UTC)
    return None


def in_zone(value: dt.datetime, zone: str) -> dt.datetime:
    return value.astimezone(tzinfo_for(zone))


def event_findings(t: Timeline, e: Event) -> list[Finding]:
    """Findings about any of the event's mentions."""
    mine = set(e.mentions)
    return [f for f in t.findings if mine & set(f.mentions)]


def unattached_findings(t: Timeline) -> list[Finding]:
    """Findings that concern no event (document-level, or about mentions left out of every event)."""
    in_events = {m for e in t.events for m in e.mentions}
    return [f for f in t.findings if not (set(f.mentions) & in_events)]


def worst_severity(findings: list[Finding]) -> str | None:
    from timeline.model import SEVERITIES

    if not findings:
        return None
    return max((f.severity for f in findings), key=SEVERITIES.index)


def duration_text(seconds: float) -> str:
    minutes = round(seconds / 60)
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    parts = []
    if days:
        parts.append(f"{days} d")
    if hours:
        parts.append(f"{hours} h")
    if mins:
        parts.append(f"{mins} min")
    return " ".join(parts) or "0 min"


def source_names(t: Timeline, e: Event) -> list[str]:
    out = []
    for doc_id in e.sources:
        try:
            d = t.document(doc_id)
        except KeyError:
            out.append(doc_id)
            continue
        out.append(d.source or d.id)
    return out


def event_lang(t: Timeline, e: Event) -> str | None:
    """The language of the event's label: that of its first mention."""
    for mid in e.mentions:
        try:
            return t.mention(mid).lang
        except KeyError:
            continue
    return None


def evidence_items(t: Timeline, e: Event):
    """Each mention behind an event, with the zone its cue was read as ("" when it had
    no cue): the evidence that every output quotes in its own markup."""
    for mid in e.mentions:
        try:
            m = t.mention(mid)
        except KeyError:
            continue
        r = t.resolved.get(mid)
        yield m, (r.zone if r and r.zone and m.parts.zone_cue else "")
