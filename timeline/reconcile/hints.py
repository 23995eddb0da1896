"""Likely causes of a disagreement between two statements of the same instant."""

from __future__ import annotations

import datetime as dt

from timeline.model import Resolved
from timeline.zones.tzsource import tzinfo_for

_HOUR = dt.timedelta(hours=1)


def explain_difference(diff: dt.timedelta, first: Resolved, second: Resolved) -> str:
    hints = []
    if abs(diff) == _HOUR:
        dst_zones = [r.zone for r in (first, second) if r.zone and _observes_dst(r.zone, r.local)]
        if dst_zones:
            hints.append(f"one hour: the writer may have used winter time instead of summer time, or the reverse "
                         f"({', '.join(dict.fromkeys(dst_zones))} changes clocks)")
        else:
            hints.append("one hour: a daylight-saving mistake or an outdated offset is the usual cause")
    for r in (first, second):
        if r.zone and r.utc is not None:
            offset = r.utc.astimezone(tzinfo_for(r.zone)).utcoffset()
            if offset and abs(diff) == abs(offset):
                hints.append(f"equal to the UTC offset of {r.zone}: one time may have been given in UTC")
                break
    return " — " + "; ".join(hints) if hints else ""


def _observes_dst(zone: str, local: dt.datetime | None) -> bool:
    if zone[0] in "+-" or local is None:
        return False
    tz = tzinfo_for(zone)
    year = local.year
    winter = dt.datetime(year, 1, 15, 12, tzinfo=tz).utcoffset()
    summer = dt.datetime(year, 7, 15, 12, tzinfo=tz).utcoffset()
    return winter != summer
