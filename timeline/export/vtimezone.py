"""VTIMEZONE components that follow RFC 5545 §3.6.5, built from the tzdata rules.

icalendar (7.x) can build a VTIMEZONE itself (``Timezone.from_tzinfo``), but it writes
the onset of a spring-forward observance as the wall time *after* the change
(``DAYLIGHT DTSTART:20210328T030000`` with ``TZOFFSETFROM:+0100`` for Europe/Zurich),
while the RFC defines DTSTART as local time on the *old* clock: "TZOFFSETFROM is
combined with DTSTART to define the effective onset" — 02:00 at +01:00, i.e. 01:00 UTC.
A client that trusts the embedded definition would then switch an hour late. So the
transitions are found here, from the zone's own offsets, and only the components are
left to icalendar (no hand-written text).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

import icalendar

UTC = dt.UTC

# Coarse step for finding transitions: no zone changes its clock twice within it.
_STEP = dt.timedelta(hours=12)
# How far back to look for the transition that started the observance in force at
# the first date used (DST zones change at least once a year).
_LOOKBACK = dt.timedelta(days=400)


class ClockState(NamedTuple):
    offset: dt.timedelta
    dst: dt.timedelta
    name: str


@dataclass(frozen=True)
class Transition:
    """The instant (UTC) a zone's clock changed from ``before`` to ``after``."""

    at: dt.datetime
    before: ClockState
    after: ClockState

    @property
    def onset_local(self) -> dt.datetime:
        """The onset as RFC 5545 wants it: wall time on the clock in use before the change."""
        return (self.at + self.before.offset).replace(tzinfo=None)


def clock_state(zone: dt.tzinfo, instant: dt.datetime) -> ClockState:
    local = instant.astimezone(zone)
    return ClockState(local.utcoffset() or dt.timedelta(0), local.dst() or dt.timedelta(0), local.tzname() or "")


def transitions(zone: dt.tzinfo, start: dt.datetime, end: dt.datetime) -> list[Transition]:
    """Every clock change of ``zone`` in (start, end], located to the second."""
    found = []
    lo, lo_state = start, clock_state(zone, start)
    while lo < end:
        hi = min(lo + _STEP, end)
        hi_state = clock_state(zone, hi)
        if hi_state != lo_state:
            found.append(_bisect(zone, lo, lo_state, hi))
        lo, lo_state = hi, hi_state
    return found


def _bisect(zone: dt.tzinfo, lo: dt.datetime, lo_state: ClockState, hi: dt.datetime) -> Transition:
    # Invariant: the state at lo is lo_state, the state at hi is not.
    while hi - lo > dt.timedelta(seconds=1):
        mid = lo + (hi - lo) / 2
        mid = mid.replace(microsecond=0)
        if mid <= lo:
            break
        if clock_state(zone, mid) == lo_state:
            lo = mid
        else:
            hi = mid
    return Transition(hi, lo_state, clock_state(zone, hi))


def build_vtimezone(tzid: str, zone: dt.tzinfo, first: dt.date, last: dt.date) -> icalendar.Timezone:
    """A VTIMEZONE for ``tzid`` that is exact for every local time from ``first`` to ``last``.

    It holds the observance in force on ``first`` (the real transition that began it,
    when one happened in the year before; else that day's clock with TZOFFSETFROM =
    TZOFFSETTO) and every transition up to the end of ``last``.
    """
    # A day of margin on each side covers every UTC offset (±14 h) of a local day.
    start = dt.datetime.combine(first - dt.timedelta(days=1), dt.time(), UTC)
    end = dt.datetime.combine(last + dt.timedelta(days=2), dt.time(), UTC)
    earlier = transitions(zone, start - _LOOKBACK, start)
    in_range = transitions(zone, start, end)
    vtimezone = icalendar.Timezone()
    vtimezone.add("tzid", tzid)
    vtimezone.add("comment", f"Exact from {first.isoformat()} to {last.isoformat()}.")
    if earlier:
        observances = [earlier[-1]] + in_range
    else:
        # No change in the year before: the clock in force, from local midnight on.
        state = clock_state(zone, start)
        observances = [Transition(start - state.offset, state, state)] + in_range
    for change in observances:
        vtimezone.add_component(_observance(change))
    return vtimezone


def _observance(change: Transition) -> icalendar.Component:
    component = icalendar.TimezoneDaylight() if change.after.dst else icalendar.TimezoneStandard()
    component.add("dtstart", change.onset_local)
    component.add("tzoffsetfrom", change.before.offset)
    component.add("tzoffsetto", change.after.offset)
    if change.after.name:
        component.add("tzname", change.after.name)
    return component
