"""``Timeline.to_dataframe()`` (pandas is the optional ``[pandas]`` extra; also in ``dev``)."""

from __future__ import annotations

import datetime as dt

import pytest
from export_examples import event_from, multi_timeline, seed_timeline

pd = pytest.importorskip("pandas")


def test_seed_dataframe(seed_text):
    t = seed_timeline(seed_text)
    frame = t.to_dataframe()
    assert list(frame.index) == [e.id for e in t.events]
    assert str(frame["start_utc"].dt.tz) == "UTC"
    assert str(frame["start_Europe/Zurich"].dt.tz) == "Europe/Zurich"
    meeting = frame[frame["kind"] == "interval"].iloc[0]
    assert meeting["start_utc"] == pd.Timestamp("2021-06-16T11:35", tz="UTC")
    assert meeting["end_utc"] == pd.Timestamp("2021-06-16T15:05", tz="UTC")
    assert meeting["start_Europe/Zurich"].hour == 13 and meeting["start_Europe/Moscow"].hour == 14
    assert meeting["duration"] == pd.Timedelta(hours=3, minutes=30)
    day = frame[frame["kind"] == "all-day"].iloc[0]
    assert pd.isna(day["start_utc"]) and day["day"] == dt.date(2021, 6, 16)
    # Analysis works on it directly: events sorted by instant, NaT last.
    assert frame.sort_values("start_utc")["kind"].tolist()[0] == "interval"


def test_multi_document_dataframe():
    t = multi_timeline()
    frame = t.to_dataframe(zones=["Asia/Tokyo"])
    assert [c for c in frame.columns if c.startswith("start_")] == ["start_utc", "start_Asia/Tokyo"]
    floating = frame.loc[event_from(t, "floating").id]
    assert pd.isna(floating["start_utc"]) and floating["wall_time"] == pd.Timestamp("2021-06-16T10:00")
    ny = frame.loc[event_from(t, "ny").id]
    assert ny["start_Asia/Tokyo"] == pd.Timestamp("2021-03-28T08:00", tz="Asia/Tokyo")
    assert ny["duration"] == pd.Timedelta(hours=2)
    assert frame.loc[event_from(t, "offset").id, "sources"] == ("offset",)
    mentions = t.to_dataframe(rows="mentions")
    assert len(mentions) == len(t.mentions) and str(mentions["utc"].dt.tz) == "UTC"
    assert mentions["duration"].dropna().tolist() == [pd.Timedelta(hours=2)]
