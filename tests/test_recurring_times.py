"""A clock time said to recur on each day of a range ("doors open at 10:00 each day",
«يوميا»): the first occurrence with a daily recurrence (Event.recurrence), exported as
JSON ``recurrence`` and an iCalendar RRULE whose VTIMEZONE covers every occurrence."""

from __future__ import annotations

import datetime as dt
import json

import icalendar

import timeline


def _doors(t: timeline.Timeline) -> timeline.Event:
    (found,) = [e for e in t.events if e.kind == "instant"]
    return found


def test_each_day_over_a_range_is_a_daily_recurrence():
    t = timeline.build("The fair in Vienna runs from June 26 to 28; doors open at 10:00 local time each day.",
                       reference_date="2023-06-01")
    doors = _doors(t)
    assert doors.start == dt.datetime(2023, 6, 26, 8, 0, tzinfo=dt.UTC)
    assert doors.recurrence == "FREQ=DAILY;COUNT=3"
    assert any("recurs each day ('each day')" in n for n in doors.notes)
    assert not any("first day assumed" in n for n in doors.notes)
    data = json.loads(t.to_json())
    assert [e["recurrence"] for e in data["events"]] == [None, "FREQ=DAILY;COUNT=3"]


def test_arabic_yawmiyyan():
    t = timeline.build("يقام المعرض في الرياض من 26 إلى 28 يونيو، وتفتح أبوابه يوميًا عند الساعة 10:00 بالتوقيت المحلي.",
                       reference_date="2024-06-20")
    assert _doors(t).recurrence == "FREQ=DAILY;COUNT=3"


def test_a_time_on_its_own_day_of_the_range_does_not_recur():
    t = timeline.build("The fair in Vienna runs from June 26 to 28 and opens at 10:00 local time on June 26.",
                       reference_date="2023-06-01")
    assert _doors(t).recurrence is None


def test_each_day_without_a_range_is_no_recurrence_said():
    t = timeline.build("The museum in Vienna opened at 10:00 local time on June 26, as it does each day.",
                       reference_date="2023-06-01")
    assert _doors(t).recurrence is None


def test_ics_rrule_and_a_vtimezone_over_the_clock_change():
    # Vienna's clocks go forward on 2024-03-31: the last occurrence (April 1, 10:00 CEST)
    # is on summer time, which the VTIMEZONE must describe.
    t = timeline.build("The fair in Vienna runs from March 30 to April 1; doors open at 10:00 local time each day.",
                       reference_date="2024-03-01")
    calendar = icalendar.Calendar.from_ical(t.to_ics())
    (vevent,) = [v for v in calendar.walk("VEVENT") if v.get("RRULE")]
    assert vevent["RRULE"]["FREQ"] == ["DAILY"] and vevent["RRULE"]["COUNT"] == [3]
    assert vevent["DTSTART"].dt.hour == 10
    (vtimezone,) = [z for z in calendar.walk("VTIMEZONE") if str(z["TZID"]) == "Europe/Vienna"]
    assert {c.name for c in vtimezone.subcomponents} == {"STANDARD", "DAYLIGHT"}
    assert str(vtimezone["COMMENT"]) == "Exact from 2024-03-30 to 2024-04-01."
