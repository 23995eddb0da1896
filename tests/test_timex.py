"""TIMEX3 values from parts, resolutions and the reference date (timeline.timex)."""

import datetime as dt

import pytest

from timeline.model import DATE, DURATION, SET, TIME, Mention, Parts, Resolved
from timeline.timex import iso_duration, timex3

REF = dt.date(2013, 3, 22)  # a Friday in ISO week 12


def _mention(kind: str, **parts) -> Mention:
    return Mention("m1", "doc1", (0, 1), "x", kind, Parts(**parts), "en", "test", 0)


@pytest.mark.parametrize(("parts", "value"), [
    ({"unit": "week", "offset": -1}, "2013-W11"),
    ({"unit": "weekend", "offset": 0}, "2013-W12-WE"),
    ({"unit": "month", "offset": -3}, "2012-12"),
    ({"unit": "year", "offset": 0}, "2013"),
    ({"unit": "quarter", "offset": -1}, "2012-Q4"),
    ({"quarter": 3}, "2012-Q3"),
    ({"quarter": 1}, "2013-Q1"),
    ({"quarter": 3, "year": 2011}, "2011-Q3"),
    ({"decade": 199}, "199"),
    ({"century": 19}, "19"),
    ({"season": "WI", "offset": -1}, "2012-WI"),
    ({"ref": "PAST"}, "PAST_REF"),
    ({"ref": "PRESENT"}, "PRESENT_REF"),
    ({"month": 12}, "2012-12"),
    ({"month": 3, "year": 2010}, "2010-03"),
    ({"year": 1998}, "1998"),
])
def test_period_values(parts, value):
    assert timex3(_mention(DATE, **parts), None, REF).value == value


def test_day_from_resolution_and_day_part():
    m = _mention(DATE, weekday=2, day_period="morning")
    t = timex3(m, Resolved("m1", date=dt.date(2013, 3, 20), granularity="day"), REF)
    assert (t.type, t.value) == ("TIME", "2013-03-20TMO")


def test_time_uses_wall_clock_not_utc():
    m = _mention(TIME, hour=15, minute=0)
    r = Resolved("m1", local=dt.datetime(2013, 3, 22, 15, 0), utc=dt.datetime(2013, 3, 22, 19, 0, tzinfo=dt.UTC),
                 granularity="minute")
    assert timex3(m, r, REF).to_dict() == {"type": "TIME", "value": "2013-03-22T15:00"}


@pytest.mark.parametrize(("count", "unit", "value"), [
    (3, "Y", "P3Y"), (3.5, "H", "PT3H30M"), (18, "M", "P18M"), (1.5, "Y", "P1Y6M"), (1, "DE", "P10Y"),
    (0.5, "D", "PT12H"), (90, "MIN", "PT90M"), (2, "W", "P2W"),
])
def test_durations(count, unit, value):
    assert iso_duration(count, unit) == value


def test_duration_without_count():
    assert timex3(_mention(DURATION, duration_unit="Y"), None, REF).value == "PXY"


@pytest.mark.parametrize(("parts", "value"), [
    ({"weekday": 0}, "XXXX-WXX-1"), ({"season": "WI"}, "XXXX-WI"),
    ({"duration_unit": "D", "duration_count": 1}, "P1D"), ({"duration_unit": "W"}, "P1W"),
])
def test_sets(parts, value):
    t = timex3(_mention(SET, **parts), None, REF)
    assert (t.type, t.value) == ("SET", value)
