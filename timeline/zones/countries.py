"""A country named as a clock ("UK time", "بالتوقيت السعودي", "US time"): one zone
when all its zones keep the same time on that date, else the zone the document's
own places in that country settle, else honestly ambiguous."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache, lru_cache

from timeline.zones.gazetteer import country_zones
from timeline.zones.tzsource import format_offset, tzinfo_for


@dataclass(frozen=True, slots=True)
class CountryClock:
    zone: str | None
    how: str  # "single-zone" | "document-place" | "given-place" | "ambiguous" | "unknown"
    detail: str


# Asked for the same zone and day by every cue, place and reading compared on that day.
@lru_cache(maxsize=4096)
def offset_on(zone: str, on: dt.date) -> str | None:
    try:
        tz = tzinfo_for(zone)
    except ValueError:
        return None
    offset = dt.datetime(on.year, on.month, on.day, 12, tzinfo=tz).utcoffset()
    return format_offset(offset) if offset is not None else None


def country_clock(cc: str, on: dt.date, document_zones: list[tuple[str, str]],
                  given_zone: tuple[str, str] | None = None) -> CountryClock:
    """``document_zones``: (place name, zone) of the places the document names in
    ``cc``, in text order; ``given_zone``: the --place, when in ``cc``."""
    zones = country_zones(cc)
    if not zones:
        return CountryClock(None, "unknown", f"no time zones are known for country {cc}")
    offsets = {z: offset_on(z, on) for z in zones}
    if len(set(offsets.values())) == 1:
        return CountryClock(zones[0], "single-zone", f"{cc} keeps one time (UTC{offsets[zones[0]]}) on {on}")
    named = [(name, zone) for name, zone in document_zones if zone in offsets or offset_on(zone, on)]
    if named:
        distinct = {offset_on(zone, on) for _, zone in named}
        if len(distinct) == 1:
            name, zone = named[0]
            return CountryClock(zone, "document-place",
                                f"{cc} spans several time zones; the document's place {name} settles it ({zone})")
    if given_zone is not None:
        name, zone = given_zone
        return CountryClock(zone, "given-place", f"{cc} spans several time zones; --place {name} settles it ({zone})")
    listing = ", ".join(f"{z} UTC{o}" for z, o in list(offsets.items())[:4])
    more = f" and {len(zones) - 4} more" if len(zones) > 4 else ""
    return CountryClock(None, "ambiguous",
                        f"{cc} spans several time zones ({listing}{more}) and the document names no place there")


@cache
def _zone_countries() -> dict[str, str]:
    found: dict[str, str] = {}
    for cc in _all_countries():
        for zone in country_zones(cc):
            found.setdefault(zone, cc)
    return found


def _all_countries() -> tuple[str, ...]:
    from timeline.zones.gazetteer import _zone_tabs

    return tuple(_zone_tabs())


def zone_country(zone: str) -> str | None:
    """The country an IANA zone belongs to (tzdata zone.tab), None for Etc/ zones."""
    return _zone_countries().get(zone)
