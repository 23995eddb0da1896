"""CLDR time-zone names across every babel locale -> IANA zones.

Data: ``timeline/zones/data/zonenames.sqlite`` built by
``scripts/build_zone_data.py`` (long metazone names, long zone-specific names
and exemplar cities of every ``babel.localedata.locale_identifiers()``
locale; golden zones; zone -> current metazone).  Opened read-only and lazily
on first use.  Short names / abbreviations are NOT indexed here (see
``timeline.zones.abbreviations``).
"""

from __future__ import annotations

import importlib.resources
import sqlite3
import threading
from dataclasses import dataclass
from functools import cache, lru_cache

from .normalize import normalize_name
from .readonly_db import ReadOnlyDatabase

__all__ = [
    "ZoneName",
    "lookup_zone_name",
    "metazone_golden_zone",
    "metazone_of",
    "DB_PATH",
]

DB_PATH = importlib.resources.files(__package__) / "data" / "zonenames.sqlite"


@dataclass(frozen=True, slots=True)
class ZoneName:
    zone: str  # IANA id (for a metazone name: its golden zone, territory 001)
    metazone: str | None  # CLDR metazone id, e.g. "Europe_Central"
    variant: str  # "generic" | "standard" | "daylight" | "city"
    locale: str  # the locale that best stands for this name (a major language first)


_DB = ReadOnlyDatabase(DB_PATH)
_lock = threading.Lock()  # one shared connection: queries take turns
_ents: dict[int, tuple[str, str | None, str]] = {}


def _connect() -> sqlite3.Connection:
    return _DB.connection()


def _entity(con: sqlite3.Connection, eid: int) -> tuple[str, str | None, str]:
    e = _ents.get(eid)
    if e is None:
        e = con.execute("SELECT zone, metazone, variant FROM zname WHERE eid=?", (eid,)).fetchone()
        _ents[eid] = e
    return e


@lru_cache(maxsize=1 << 14)
def lookup_zone_name(phrase: str) -> tuple[ZoneName, ...]:
    """Zone names equal (after ``normalize_name``) to ``phrase``.

    Ranked by number of locales using that name for that zone/metazone,
    then variant (generic, standard, daylight, city), then zone id.
    E.g. "Moscow Time", "توقيت موسكو", "heure de Moscou" -> Europe/Moscow;
    "Eastern Time" -> America/New_York (America_Eastern, generic).
    """
    key = normalize_name(phrase)
    if not key:
        return ()
    con = _connect()
    with _lock:
        row = con.execute("SELECT items FROM zname_key WHERE key=?", (key,)).fetchone()
        if row is None:
            return ()
        out = []
        for item in row[0].split():
            eid, _, loc = item.partition(":")
            zone, mz, variant = _entity(con, int(eid))
            out.append(ZoneName(zone, mz, variant, loc))
    return tuple(out)


@lru_cache(maxsize=4096)
def metazone_golden_zone(metazone: str, territory: str = "001") -> str | None:
    """Golden IANA zone of a CLDR metazone for ``territory`` ("001" = world).

    For another territory: the metazone's zone in that territory (e.g.
    ("America_Eastern", "CA") -> "America/Toronto"); None if the metazone is
    not used there or unknown.
    """
    con = _connect()
    with _lock:
        row = con.execute(
            "SELECT zone FROM golden WHERE metazone=? AND territory=?", (metazone, territory.upper())
        ).fetchone()
    return row[0] if row else None


@lru_cache(maxsize=4096)
def metazone_of(zone: str) -> str | None:
    """Current CLDR metazone of IANA ``zone`` (aliases/links accepted), e.g.
    "Europe/Paris" -> "Europe_Central"; None if it has none (e.g. Etc/UTC)."""
    con = _connect()
    with _lock:
        row = con.execute("SELECT metazone FROM zone_metazone WHERE zone=?", (zone,)).fetchone()
    return row[0] if row else None


@cache
def _max_words() -> int:
    con = _connect()
    with _lock:
        row = con.execute("SELECT v FROM meta WHERE k='max_words'").fetchone()
    return int(row[0])


def __getattr__(name: str):
    # MAX_ZONE_NAME_WORDS is read lazily from the data (PEP 562) so that
    # importing this module never opens the database.
    if name == "MAX_ZONE_NAME_WORDS":
        return _max_words()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
