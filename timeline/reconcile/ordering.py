"""The final order of events: all-day events before the timed events of their day, timed
events in UTC order, events placed only relative to another right after it, unplaced
ones last; ids are given in that order.
"""

from __future__ import annotations

import datetime as dt
import operator
from dataclasses import fields, replace

from timeline.model import (
    Event,
)
from timeline.zones.tzsource import tzinfo_for

# Where a part of a day with no clock time ("this evening", «ظهر اليوم», «فجر اليوم») stands
# among the day's clock times: from the local hour that part usually begins — a time
# stated after it may fall in it, one before it does not. Keys are Parts.day_period values.
DAY_PART_FROM_HOUR = {"am": 5, "morning": 5, "noon": 11, "afternoon": 13, "pm": 12, "evening": 17,
                      "night": 20, "midnight": 0}


def order_events(events: list[Event]) -> list[Event]:
    """Events in time order: all-day events before the timed events of their day (a part
    of the day, "this evening", among them), events placed only relative to another right
    after it, unplaced ones last."""
    by_mention = {mid: e for e in events for mid in e.mentions}
    day_zones = _zones_of_timed_days(events)

    def key(e: Event, depth: int = 0) -> tuple:
        if e.after and e.start is None and depth < 10 and e.after in by_mention:
            return key(by_mention[e.after], depth + 1) + (depth + 1,)
        if isinstance(e.start, dt.datetime):
            day = e.start.astimezone(tzinfo_for(e.zone)).date() if e.zone and e.start.tzinfo else e.start.date()
            moment = e.start.replace(tzinfo=None) if e.start.tzinfo is None else \
                e.start.astimezone(dt.UTC).replace(tzinfo=None)
            return (0, day, 1, moment, 0)
        if isinstance(e.start, dt.date):
            part_at = _day_part_moment(e, day_zones)
            if part_at is not None:
                return (0, e.start, 1, part_at, 0)
            return (0, e.start, 0, dt.datetime.min, 0)
        return (1, dt.date.max, 2, dt.datetime.min, 0)

    ordered = _instants_in_utc_order(sorted(events, key=key))
    ordered = [_with_placement_note(e) if _day_part_moment(e, day_zones) is not None else e for e in ordered]
    return [_numbered(e, f"e{i}") for i, e in enumerate(ordered, start=1)]


# Every field of an Event after its id, read at once.
_AFTER_ID = operator.attrgetter(*(f.name for f in fields(Event)[1:]))


def _numbered(e: Event, event_id: str) -> Event:
    """``replace(e, id=event_id)``, without ``replace``'s reflection over the fields for
    every event (an Event has no __post_init__: its fields are taken as they are)."""
    return Event(event_id, *_AFTER_ID(e))


def _zones_of_timed_days(events: list[Event]) -> dict[dt.date, str]:
    """For each local day holding timed events, the zone of the first of them: the clock
    a part of that day with no time of its own is read on."""
    zones: dict[dt.date, str] = {}
    for e in sorted((e for e in events if isinstance(e.start, dt.datetime) and e.start.tzinfo and e.zone),
                    key=lambda e: e.start):
        zones.setdefault(e.start.astimezone(tzinfo_for(e.zone)).date(), e.zone)
    return zones


def _day_part_moment(e: Event, day_zones: dict[dt.date, str]) -> dt.datetime | None:
    """The UTC moment (naive, as the sort keys are) a part of a day is ordered at: the
    local hour that part begins, on its event's clock or that of the day's timed events.
    None for a whole day, a span of days, or a day with no timed event."""
    hour = DAY_PART_FROM_HOUR.get(e.day_part or "")
    if hour is None or e.end not in (None, e.start):
        return None
    zone = e.zone or day_zones.get(e.start)
    if zone is None:
        return None
    local = dt.datetime.combine(e.start, dt.time(hour), tzinfo=tzinfo_for(zone))
    return local.astimezone(dt.UTC).replace(tzinfo=None)


_DAY_PART_WORDS = {"am": "the morning", "morning": "the morning", "pm": "the afternoon or evening",
                   "afternoon": "the afternoon", "evening": "the evening", "night": "the night", "noon": "noon",
                   "midnight": "midnight"}


def _with_placement_note(e: Event) -> Event:
    hour = DAY_PART_FROM_HOUR[e.day_part or ""]
    note = (f"ordered among the day's clock times as {_DAY_PART_WORDS.get(e.day_part or '', e.day_part)} "
            f"(from about {hour:02d}:00 local time); no hour is assumed for it")
    return replace(e, notes=e.notes + (note,))


def _instants_in_utc_order(ordered: list[Event]) -> list[Event]:
    """Grouping by local day puts 07:00 Tokyo on 17 June (22:00 UTC on the 16th) after
    19:00 New York on 16 June (23:00 UTC): events in different zones would be out of
    order. The timed events (each with the relative events that follow it) are put in
    UTC order among the places they hold; all-day and unplaced events stay where the
    day order put them."""
    units: list[list[Event]] = []
    for e in ordered:
        relative = e.after and e.start is None
        if relative and units:
            units[-1].append(e)
        else:
            units.append([e])

    def aware(unit: list[Event]) -> bool:
        start = unit[0].start
        return isinstance(start, dt.datetime) and start.tzinfo is not None

    timed = [i for i, unit in enumerate(units) if aware(unit)]
    in_utc = sorted((units[i] for i in timed), key=lambda unit: unit[0].start)
    for i, unit in zip(timed, in_utc, strict=True):
        units[i] = unit
    return [e for unit in units for e in unit]
