"""Zone rules come from the tzdata package, whatever the host has."""

import datetime as dt
import zoneinfo

import tzdata

import timeline
from timeline.resolve.instants import to_utc
from timeline.zones import tzsource


def test_zones_are_read_from_the_tzdata_package(monkeypatch, tmp_path):
    # An empty host zone directory: zoneinfo alone would fail, we must not.
    tzsource.get_zone.cache_clear()
    monkeypatch.setattr(zoneinfo, "TZPATH", (str(tmp_path),))
    zone = tzsource.get_zone("Europe/Moscow")
    assert dt.datetime(2021, 6, 16, 14, 35, tzinfo=zone).utcoffset() == dt.timedelta(hours=3)
    assert tzsource.TZDATA_VERSION == tzdata.IANA_VERSION


def test_history_moscow_was_utc_plus_4_in_2012():
    assert to_utc(dt.datetime(2012, 6, 1, 12, 0), "Europe/Moscow").offset == "+04:00"
    assert to_utc(dt.datetime(2021, 6, 1, 12, 0), "Europe/Moscow").offset == "+03:00"


def test_egypt_dst_returned_in_2023():
    assert to_utc(dt.datetime(2022, 7, 1, 12, 0), "Africa/Cairo").offset == "+02:00"
    assert to_utc(dt.datetime(2023, 7, 1, 12, 0), "Africa/Cairo").offset == "+03:00"


def test_dst_gap_zurich_is_flagged_with_both_candidates():
    instant = to_utc(dt.datetime(2021, 3, 28, 2, 30), "Europe/Zurich")
    assert instant.gap is not None
    assert [c.strftime("%H:%M") for c in instant.gap] == ["00:30", "01:30"]
    t = timeline.build("The blast happened at 02:30 local time in Zurich.", reference_date="2021-03-28")
    assert [f.code for f in t.findings] == ["dst-gap"]


def test_dst_fold_new_york_is_flagged():
    instant = to_utc(dt.datetime(2021, 11, 7, 1, 30), "America/New_York")
    assert instant.fold is not None
    assert instant.utc == dt.datetime(2021, 11, 7, 5, 30, tzinfo=dt.UTC)
    t = timeline.build("Shots were fired at 1:30 a.m. local time in New York.", reference_date="2021-11-07")
    assert [f.code for f in t.findings] == ["dst-fold"]
    assert any("happens twice" in a for a in t.resolved[t.mentions[0].id].assumptions)


def test_dst_gap_new_york_and_fold_zurich():
    assert to_utc(dt.datetime(2021, 3, 14, 2, 30), "America/New_York").gap is not None
    assert to_utc(dt.datetime(2021, 10, 31, 2, 30), "Europe/Zurich").fold is not None
