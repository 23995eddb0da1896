"""Likely causes of a disagreement between two statements of the same instant, and
what a stated conversion says about the season (and so the date) it was written in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from timeline.model import Resolved
from timeline.zones.tzsource import tzinfo_for

_HOUR = dt.timedelta(hours=1)


def explain_difference(diff: dt.timedelta, first: Resolved, second: Resolved) -> str:
    """Why ``second`` (stated equal to ``first``) is ``diff`` later, as " — hint; hint"."""
    hints = []
    season = conversion_seasons(first, second)
    if season is not None and season.days and not season.holds_on(first.local.date()):
        hints.append(("one hour: " if abs(diff) == _HOUR else "") + f"the stated conversion is right {season.describe()}, not on "
                     f"{first.local.date().isoformat()}: the writer may have used the clocks of the other season")
    elif abs(diff) == _HOUR:
        dst_zones = [r.zone for r in (first, second) if r.zone and _observes_dst(r.zone, r.local)]
        if dst_zones:
            hints.append(f"one hour: the writer may have used winter time instead of summer time, or the reverse "
                         f"({', '.join(dict.fromkeys(dst_zones))} changes clocks)")
        else:
            hints.append("one hour: a daylight-saving mistake or an outdated offset is the usual cause")
    offsets = {r.zone: _offset(r) for r in (first, second) if r.zone and r.utc is not None}
    if first.local is not None and second.local is not None and first.local == second.local and len(offsets) == 2:
        hints.append("both give the same wall-clock time: the conversion was not applied")
    elif len(offsets) == 2:
        a, b = (_offset(first), _offset(second))
        if a is not None and b is not None and a != b and abs(diff) == 2 * abs(b - a):
            hints.append("twice the offset between the two zones: the conversion went the wrong way")
    for r in (first, second):
        offset = _offset(r)
        if offset and abs(diff) == abs(offset) and r.zone and not r.zone.startswith("Etc/"):
            hints.append(f"equal to the UTC offset of {r.zone}: one time may have been given in UTC")
            break
    return " — " + "; ".join(hints) if hints else ""


def _offset(r: Resolved) -> dt.timedelta | None:
    if not r.zone or r.utc is None:
        return None
    return r.utc.astimezone(tzinfo_for(r.zone)).utcoffset()


def _observes_dst(zone: str, local: dt.datetime | None) -> bool:
    if zone[0] in "+-" or local is None:
        return False
    tz = tzinfo_for(zone)
    year = local.year
    winter = dt.datetime(year, 1, 15, 12, tzinfo=tz).utcoffset()
    summer = dt.datetime(year, 7, 15, 12, tzinfo=tz).utcoffset()
    return winter != summer


@dataclass(frozen=True)
class ConversionSeasons:
    """The days of a year on which a stated conversion ("13:35 Geneva = 14:35 Moscow")
    is right: every day, some of them (it depends on daylight saving), or none."""

    year: int
    days: frozenset[dt.date]
    zones: tuple[str, str]
    clock: dt.time = dt.time(12)  # the wall time of the first zone the conversion was stated at

    @property
    def every_day(self) -> bool:
        return len(self.days) >= (366 if _leap(self.year) else 365)

    def holds_on(self, day: dt.date) -> bool:
        return day in self.days

    def ranges(self) -> list[tuple[dt.date, dt.date]]:
        out: list[tuple[dt.date, dt.date]] = []
        for day in sorted(self.days):
            if out and day - out[-1][1] == dt.timedelta(days=1):
                out[-1] = (out[-1][0], day)
            else:
                out.append((day, day))
        return out

    def season(self) -> str | None:
        """ "summer time" when the days are those when a zone keeps daylight saving,
        "winter time" when neither does, else None."""
        return _season(self.days, self.zones, self.clock, self.clock.fold)

    def describe(self) -> str:
        return _described(self)


# The same conversion is described in the note or finding of every pair that states it:
# its year of days sorted into ranges once (the seasons are remembered objects).
@lru_cache(maxsize=1024)
def _described(seasons: ConversionSeasons) -> str:
    parts = [f"{a.isoformat()} to {b.isoformat()}" for a, b in seasons.ranges()]
    season = seasons.season()
    where = f"only in {season} ({seasons.year}: " if season else f"in {seasons.year} only ("
    return where + ", ".join(parts) + ")"


# The seasons come from the remembered ``_conversion_seasons`` and are described once per
# finding and note of every pair stated: a year of days looked up in two zones each time.
# ``fold`` is part of the key: times equal and hash alike whatever their fold, which
# picks the reading of an ambiguous wall time.
@lru_cache(maxsize=4096)
def _season(days: frozenset[dt.date], zones: tuple[str, str], clock: dt.time, fold: int) -> str | None:
    def dst_on(day: dt.date) -> bool:
        return any(dt.datetime.combine(day, clock, tzinfo_for(z)).dst() for z in zones)

    flags = {dst_on(day) for day in days}
    if flags == {True}:
        return "summer time"
    if flags == {False}:
        return "winter time"
    return None


def conversion_seasons(first: Resolved, second: Resolved) -> ConversionSeasons | None:
    """On which days of the year the wall times of ``first`` and ``second`` name the same
    instant, for two zones with rules (fixed offsets have no season)."""
    if not (first.zone and second.zone and first.local and second.local):
        return None
    if first.zone[0] in "+-" or second.zone[0] in "+-" or first.zone == second.zone:
        return None
    return _conversion_seasons(first.zone, second.zone, first.local.year, first.local.time(),
                               first.local.fold, first.local - second.local)


# A pure function of two zones, a year, a wall time and the stated difference: a year of
# days is walked once per distinct conversion, not once per pair of mentions (reports
# repeat the same "Geneva = Moscow" conversion, and each pair is checked twice).
@lru_cache(maxsize=4096)
def _conversion_seasons(zone_a: str, zone_b: str, year: int, clock: dt.time, fold: int,
                        stated: dt.timedelta) -> ConversionSeasons:
    # ``fold`` is part of the key because times equal and hash alike whatever their fold,
    # which picks the reading of an ambiguous wall time below.
    tz_a, tz_b = tzinfo_for(zone_a), tzinfo_for(zone_b)
    days = set()
    day = dt.date(year, 1, 1)
    while day.year == year:
        at = dt.datetime.combine(day, clock)
        off_a = at.replace(tzinfo=tz_a).utcoffset()
        utc = at.replace(tzinfo=tz_a) - off_a
        off_b = utc.replace(tzinfo=dt.UTC).astimezone(tz_b).utcoffset()
        if off_a - off_b == stated:
            days.add(day)
        day += dt.timedelta(days=1)
    return ConversionSeasons(year, frozenset(days), (zone_a, zone_b), clock)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
