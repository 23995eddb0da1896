"""``Timeline.to_dataframe()``: events (or mentions) as a pandas DataFrame for analysis.

pandas is an optional extra (``pip install 'timeline[pandas]'``). Instants are tz-aware
columns: ``start_utc``/``end_utc`` in UTC and one ``start_<zone>`` column per display zone
(the zones the text used, or those asked for), each in its own zone from the tzdata
package; ``duration`` is a Timedelta. All-day events have a ``day`` and no instant;
wall-clock times whose zone is unknown are in the naive ``wall_time`` column, never
passed off as UTC.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from timeline.export.common import event_findings, event_lang, in_zone, is_all_day, is_timed, is_wall_clock, utc
from timeline.export.tabular import MENTION_ROWS, ROW_KINDS, display_zones, zone_column
from timeline.model import Timeline
from timeline.zones.tzsource import tzinfo_for


class PandasMissing(ImportError):
    pass


def _pandas():
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise PandasMissing("to_dataframe() needs pandas: pip install 'timeline[pandas]'") from exc
    return pandas


def timeline_to_dataframe(t: Timeline, zones: list[str] | None = None, rows: str = "events"):
    pd = _pandas()
    if rows not in ROW_KINDS:
        raise ValueError(f"rows must be one of {ROW_KINDS}, not {rows!r}")
    if rows == MENTION_ROWS:
        return _mentions_frame(pd, t)
    zones = display_zones(t, zones)
    records: list[dict[str, Any]] = []
    for e in t.events:
        start_utc, end_utc = utc(e.start), utc(e.end)
        record: dict[str, Any] = {
            "id": e.id,
            "label": e.label,
            "kind": e.kind,
            "start_utc": start_utc,
            "end_utc": end_utc,
            "zone": e.zone,
            "duration": pd.Timedelta(seconds=e.duration_s) if e.duration_s is not None else pd.NaT,
            "day": _day(e),
            "wall_time": e.start if is_wall_clock(e) else None,
            "lang": event_lang(t, e),
            "sources": tuple(e.sources),
            "mentions": tuple(e.mentions),
            "findings": tuple(f.code for f in event_findings(t, e)),
        }
        records.append(record)
    columns = ["id", "label", "kind", "start_utc", "end_utc", "zone", "duration", "day", "wall_time", "lang",
               "sources", "mentions", "findings"]
    frame = pd.DataFrame.from_records(records, columns=columns)
    frame["start_utc"] = pd.to_datetime(frame["start_utc"], utc=True)
    frame["end_utc"] = pd.to_datetime(frame["end_utc"], utc=True)
    frame["duration"] = pd.to_timedelta(frame["duration"])
    frame["wall_time"] = pd.to_datetime(frame["wall_time"])
    for position, z in enumerate(zones, start=columns.index("wall_time") + 1):
        frame.insert(position, zone_column(z), frame["start_utc"].dt.tz_convert(tzinfo_for(z)))
    return frame.set_index("id")


def _day(e) -> dt.date | None:
    if is_all_day(e):
        return e.start
    if is_timed(e):
        return in_zone(e.start, e.zone).date() if e.zone else e.start.astimezone(dt.UTC).date()
    if is_wall_clock(e):
        return e.start.date()
    return None


def _mentions_frame(pd, t: Timeline):
    from timeline.export.tabular import mention_rows

    frame = pd.DataFrame.from_records(mention_rows(t))
    if frame.empty:
        return frame
    frame["utc"] = pd.to_datetime(frame["utc"], utc=True)
    frame["duration"] = pd.to_timedelta(frame["duration_s"], unit="s")
    return frame.set_index("id")
