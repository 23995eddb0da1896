"""Wall clock + zone → UTC instant, with DST gaps and folds detected, never shifted
silently."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline.zones.tzsource import format_offset, tzinfo_for

UTC = dt.UTC


@dataclass(frozen=True)
class Instant:
    utc: dt.datetime
    offset: str  # "+02:00" in force at that wall time
    assumptions: tuple[str, ...] = ()
    gap: tuple[dt.datetime, dt.datetime] | None = None  # both candidates when the wall time does not exist
    fold: tuple[dt.datetime, dt.datetime] | None = None  # both candidates when it happens twice


def to_utc(local: dt.datetime, zone: str) -> Instant:
    tz = tzinfo_for(zone)
    first = local.replace(tzinfo=tz, fold=0)
    second = local.replace(tzinfo=tz, fold=1)
    utc_first = first.astimezone(UTC)
    utc_second = second.astimezone(UTC)
    if utc_first == utc_second:
        return Instant(utc_first, format_offset(first.utcoffset()))
    exists = utc_first.astimezone(tz).replace(tzinfo=None) == local
    if not exists:
        # In a gap, fold=0 applies the offset from before the change: the clock the
        # writer most likely still had in mind.
        earlier, later = sorted((utc_first, utc_second))
        note = (f"{local:%Y-%m-%d %H:%M} does not exist in {zone} (clocks jumped forward); "
                f"read with the offset before the change, {format_offset(first.utcoffset())}")
        return Instant(utc_first, format_offset(first.utcoffset()), (note,), gap=(earlier, later))
    note = (f"{local:%Y-%m-%d %H:%M} happens twice in {zone} (clocks went back); "
            f"took the first, {format_offset(first.utcoffset())}")
    return Instant(utc_first, format_offset(first.utcoffset()), (note,), fold=(utc_first, utc_second))


def wall_time(instant: dt.datetime, zone: str) -> dt.datetime:
    return instant.astimezone(tzinfo_for(zone))
