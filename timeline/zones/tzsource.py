"""Time-zone rules from the ``tzdata`` package only.

``zoneinfo.ZoneInfo(key)`` looks in the host's /usr/share/zoneinfo before the tzdata
package, so results would change with the host. Reading the package's own files
with ``ZoneInfo.from_file`` keeps them the same everywhere, without touching the
process-wide ``zoneinfo`` search path of the program that imports us.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

import tzdata

TZDATA_VERSION: str = tzdata.IANA_VERSION

_OFFSET = re.compile(r"^([+-])(\d{2}):(\d{2})$")


class UnknownZone(ValueError):
    pass


@cache
def _available() -> frozenset[str]:
    names = resources.files("tzdata").joinpath("zones").read_text(encoding="utf-8").split()
    return frozenset(names)


def is_zone(key: str) -> bool:
    return key in _available()


@cache
def get_zone(key: str) -> ZoneInfo:
    """The IANA zone ``key`` as the tzdata package defines it."""
    if not is_zone(key):
        raise UnknownZone(f"unknown time zone {key!r}")
    path = resources.files("tzdata.zoneinfo").joinpath(*key.split("/"))
    with path.open("rb") as handle:
        return ZoneInfo.from_file(handle, key=key)


def fixed_offset(value: str) -> dt.timezone:
    """A fixed offset written "+03:00" / "-05:30"."""
    match = _OFFSET.match(value)
    if not match:
        raise UnknownZone(f"not an offset: {value!r}")
    sign = -1 if match.group(1) == "-" else 1
    delta = dt.timedelta(hours=int(match.group(2)), minutes=int(match.group(3)))
    if delta > dt.timedelta(hours=14):
        raise UnknownZone(f"offset out of range: {value!r}")
    return dt.timezone(sign * delta)


def tzinfo_for(zone: str) -> dt.tzinfo:
    """An IANA id or a "+HH:MM" offset as a tzinfo."""
    if zone and zone[0] in "+-":
        return fixed_offset(zone)
    if zone in ("UTC", "Etc/UTC", "Z"):
        return dt.UTC
    return get_zone(zone)


def format_offset(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def all_zones() -> frozenset[str]:
    return _available()
