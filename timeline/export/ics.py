"""``--format ics``: the timeline as an iCalendar (RFC 5545) file, built with icalendar.

- One VEVENT per event. A timed event starts (DTSTART;TZID=…) on the clock of the zone
  where it happens (``Event.zone``: Geneva's meeting at 13:35 Europe/Zurich), ends with
  DTEND on the same clock when its end is known; an all-day event is VALUE=DATE with the
  exclusive DTEND of the RFC; a time whose zone is unknown is written as floating time
  (no TZID: "13:35 on whatever clock you read it") and says so in its DESCRIPTION.
- A VTIMEZONE for every TZID, exact over the dates used (see ``vtimezone.py`` for why
  icalendar's own is not used).
- Two runs on the same input give the same bytes: UID is a hash of the source texts and
  the spans of the event's mentions (so re-importing a corrected run updates the event
  rather than duplicating it), and DTSTAMP is the reference date (or a given instant),
  never the clock.
- Provenance in X-TIMELINE-* properties: event id and kind, each mention with its span
  and rules, each finding, each source document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from importlib import metadata

import icalendar

from timeline.export.common import (
    UTC,
    EmptyCalendar,
    duration_text,
    event_findings,
    event_lang,
    evidence_items,
    is_all_day,
    is_timed,
    is_utc,
    is_wall_clock,
    unattached_findings,
)
from timeline.export.vtimezone import build_vtimezone
from timeline.model import Document, Event, Finding, Timeline
from timeline.zones.tzsource import TZDATA_VERSION, fixed_offset, tzinfo_for


def timeline_to_ics(t: Timeline, dtstamp: dt.datetime | dt.date | None = None) -> bytes:
    """The calendar as bytes (CRLF line ends, UTF-8), identical for identical input.

    Raises ``EmptyCalendar`` when no event has a start (an empty timeline)."""
    if not any(e.start is not None for e in t.events):
        skipped = sum(1 for e in t.events if e.start is None)
        why = (f"none of its {skipped} event(s) has a start time" if skipped
               else "the timeline has no events" + ("" if t.mentions else " (no time mentions found)"))
        raise EmptyCalendar(f"nothing to write as iCalendar: {why}; RFC 5545 requires at least one "
                            "component in a calendar")
    stamp = _dtstamp(t, dtstamp)
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//timeline//timeline {_version()}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _calendar_name(t))
    calendar.add("x-timeline-tzdata", TZDATA_VERSION)
    for d in t.documents:
        calendar.add("x-timeline-document", _document_line(d))
    for f in unattached_findings(t):
        calendar.add("x-timeline-finding", _finding_line(f))
    clocks = _Clocks()
    vevents = []
    for e in t.events:
        if e.start is None:
            calendar.add("x-timeline-skipped", f"{e.id}: no start time could be determined ({e.label})")
            continue
        vevents.append(_vevent(t, e, stamp, clocks))
    for vtimezone in clocks.vtimezones():
        calendar.add_component(vtimezone)
    for vevent in vevents:
        calendar.add_component(vevent)
    return calendar.to_ical()


def _version() -> str:
    try:
        return metadata.version("timeline")
    except metadata.PackageNotFoundError:
        return "0"


def _calendar_name(t: Timeline) -> str:
    if len(t.documents) == 1:
        d = t.documents[0]
        return f"Timeline of {d.source or d.id}"
    return f"Timeline of {len(t.documents)} documents"


def _dtstamp(t: Timeline, given: dt.datetime | dt.date | None) -> dt.datetime:
    """DTSTAMP must be UTC; derived from the input, never from the clock, for identical bytes."""
    if isinstance(given, dt.datetime):
        return given.astimezone(UTC) if given.tzinfo else given.replace(tzinfo=UTC)
    if isinstance(given, dt.date):
        return dt.datetime.combine(given, dt.time(), UTC)
    days = [d.reference_date for d in t.documents if d.reference_date]
    day = max(days) if days else dt.date(1970, 1, 1)
    return dt.datetime.combine(day, dt.time(), UTC)


class _Clocks:
    """The TZIDs used, their tzinfo, and the span of local dates each must cover."""

    def __init__(self) -> None:
        self._zones: dict[str, tuple[dt.tzinfo, dt.date, dt.date]] = {}

    def localize(self, instant: dt.datetime, zone: str | None) -> dt.datetime:
        if zone is None or is_utc(zone):
            return instant.astimezone(UTC)
        if zone[0] in "+-":
            tzid = f"UTC{zone}"
            tz: dt.tzinfo = dt.timezone(fixed_offset(zone).utcoffset(None), tzid)
        else:
            tzid, tz = zone, tzinfo_for(zone)
        local = instant.astimezone(tz)
        if local.fold and local.replace(fold=0).utcoffset() != local.utcoffset():
            # The second of two equal wall times (clocks went back): RFC 5545 reads a local
            # time as the first, so only UTC can say which one.
            return instant.astimezone(UTC)
        _, first, last = self._zones.get(tzid, (tz, local.date(), local.date()))
        self._zones[tzid] = (tz, min(first, local.date()), max(last, local.date()))
        return local

    def vtimezones(self) -> list[icalendar.Timezone]:
        return [build_vtimezone(tzid, tz, first, last) for tzid, (tz, first, last) in sorted(self._zones.items())]


def _vevent(t: Timeline, e: Event, stamp: dt.datetime, clocks: _Clocks) -> icalendar.Event:
    vevent = icalendar.Event()
    lang = event_lang(t, e)
    vevent.add("uid", _uid(t, e))
    vevent.add("dtstamp", stamp)
    vevent.add("summary", e.label or "(no label)", parameters={"LANGUAGE": lang} if lang else None)
    if is_timed(e):
        vevent.add("dtstart", clocks.localize(e.start, e.zone))
        if isinstance(e.end, dt.datetime) and e.end.tzinfo is not None:
            vevent.add("dtend", clocks.localize(e.end, e.zone))
        else:
            vevent.add("duration", dt.timedelta(0))  # an instant: say so, lest clients invent an hour
    elif is_wall_clock(e):
        vevent.add("dtstart", e.start)  # floating: naive, no TZID
        if isinstance(e.end, dt.datetime):
            vevent.add("dtend", e.end)
        else:
            vevent.add("duration", dt.timedelta(0))
    elif is_all_day(e):
        vevent.add("dtstart", e.start)
        last = e.end if isinstance(e.end, dt.date) and not isinstance(e.end, dt.datetime) else e.start
        vevent.add("dtend", last + dt.timedelta(days=1))  # DTEND of a DATE event is exclusive
    if e.recurrence:
        vevent.add("rrule", icalendar.vRecur.from_ical(e.recurrence))
        last = _last_occurrence(e)
        if last is not None and is_timed(e):
            clocks.localize(last, e.zone)  # the VTIMEZONE covers every occurrence
    vevent.add("transp", "TRANSPARENT")  # a reported event does not make the reader busy
    vevent.add("description", _description(t, e))
    vevent.add("x-timeline-event", e.id)
    vevent.add("x-timeline-kind", e.kind)
    if e.zone:
        vevent.add("x-timeline-zone", e.zone)
    if e.zone_rule:
        # Why the TZID is this zone: where the event happens ("place:…"), or the clock its
        # time was stated on when the text does not say ("clock:…").
        vevent.add("x-timeline-zone-rule", e.zone_rule)
    if e.duration_s is not None:
        vevent.add("x-timeline-duration-s", f"{e.duration_s:g}")
    for doc_id in e.sources:
        vevent.add("x-timeline-source", doc_id)
    for mid in e.mentions:
        vevent.add("x-timeline-mention", _mention_line(t, mid))
    for f in event_findings(t, e):
        vevent.add("x-timeline-finding", _finding_line(f))
    return vevent


def _last_occurrence(e: Event) -> dt.datetime | None:
    """The start of the last occurrence of a daily recurrence with a count (the same wall
    clock time on the last day)."""
    rule = dict(part.split("=", 1) for part in (e.recurrence or "").split(";") if "=" in part)
    if rule.get("FREQ") != "DAILY" or not rule.get("COUNT", "").isdigit() or not isinstance(e.start, dt.datetime):
        return None
    if e.zone is None or e.start.tzinfo is None:
        return None
    local = e.start.astimezone(tzinfo_for(e.zone))
    wall = local.replace(tzinfo=None) + dt.timedelta(days=int(rule["COUNT"]) - 1)
    return wall.replace(tzinfo=tzinfo_for(e.zone))


def _uid(t: Timeline, e: Event) -> str:
    digest = hashlib.sha256()
    for doc_id in sorted(e.sources):
        try:
            digest.update(hashlib.sha256(t.document(doc_id).text.encode("utf-8")).digest())
        except KeyError:
            digest.update(doc_id.encode("utf-8"))
    for mid in e.mentions:
        try:
            m = t.mention(mid)
        except KeyError:
            continue
        digest.update(f"\x1f{m.span[0]}:{m.span[1]}:{m.kind}".encode())
    digest.update(e.kind.encode("utf-8"))
    return f"{digest.hexdigest()[:32]}@timeline"


def _description(t: Timeline, e: Event) -> str:
    lines: list[str] = []
    if is_wall_clock(e):
        lines.append("ZONE UNKNOWN: the text gives this wall-clock time without saying whose clock; it is "
                     "written as floating time, so calendars show it at this time in whatever zone they use.")
    if e.duration_s is not None:
        lines.append(f"Duration: {duration_text(e.duration_s)}")
    lines.append("Evidence:")
    for m, zone in evidence_items(t, e):
        where = f" → {zone}" if zone else ""
        lines.append(f"  «{m.text}»{where} ({m.id}, {m.doc} [{m.span[0]}:{m.span[1]}])")
    if e.notes:
        lines.append("Checks:")
        lines += [f"  {note}" for note in e.notes]
    findings = event_findings(t, e)
    if findings:
        lines.append("Findings:")
        lines += [f"  {f.severity.upper()} {f.code}: {f.message}" for f in findings]
    else:
        lines.append("Findings: none")
    lines.append("Sources:")
    for doc_id in e.sources:
        try:
            d = t.document(doc_id)
        except KeyError:
            lines.append(f"  {doc_id}")
            continue
        ref = d.reference_date.isoformat() if d.reference_date else "unknown"
        lines.append(f"  {d.id}: {d.source or '(standard input)'} ({d.lang}, reference date {ref})")
    return "\n".join(lines)


def _mention_line(t: Timeline, mid: str) -> str:
    try:
        m = t.mention(mid)
    except KeyError:
        return mid
    r = t.resolved.get(mid)
    parts = [mid, m.doc, f"{m.span[0]}:{m.span[1]}", m.kind, f"rule={m.rule}"]
    if r is not None:
        if r.zone:
            parts.append(f"zone={r.zone}")
        if r.zone_rule:
            parts.append(f"zone_rule={r.zone_rule}")
        if r.utc is not None:
            parts.append(f"utc={r.utc.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}")
        if r.unresolved_reason:
            parts.append(f"unresolved={r.unresolved_reason}")
    parts.append(f"text={m.text}")
    return " ".join(parts)


def _finding_line(f: Finding) -> str:
    who = f" [{', '.join(f.mentions)}]" if f.mentions else ""
    return f"{f.severity} {f.code}: {f.message}{who}"


def _document_line(d: Document) -> str:
    ref = d.reference_date.isoformat() if d.reference_date else "unknown"
    sha = hashlib.sha256(d.text.encode("utf-8")).hexdigest()[:16]
    return f"{d.id} lang={d.lang} reference_date={ref} sha256={sha} source={d.source or '-'}"
