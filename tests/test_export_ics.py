"""``--format ics``: parsed back with icalendar, checked against tzdata, imported into khal."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import icalendar
import pytest
from click.testing import CliRunner
from export_examples import REFERENCE, event_from, multi_timeline, seed_timeline

from timeline.cli import main
from timeline.export.vtimezone import build_vtimezone, clock_state, transitions
from timeline.zones.tzsource import tzinfo_for

UTC = dt.UTC


def parse(data: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(data)


def vevent_for(calendar: icalendar.Calendar, event_id: str) -> icalendar.Event:
    (found,) = [v for v in calendar.walk("VEVENT") if str(v["X-TIMELINE-EVENT"]) == event_id]
    return found


def test_seed_meeting_starts_1335_zurich_and_ends_1705(seed_text):
    t = seed_timeline(seed_text)
    data = t.to_ics()
    assert b"DTSTART;TZID=Europe/Zurich:20210616T133500" in data
    assert b"DTEND;TZID=Europe/Zurich:20210616T170500" in data
    meeting = next(e for e in t.events if e.kind == "interval")
    vevent = vevent_for(parse(data), meeting.id)
    start, end = vevent["DTSTART"].dt, vevent["DTEND"].dt
    assert vevent["DTSTART"].params["TZID"] == "Europe/Zurich"
    assert (start.hour, start.minute, end.hour, end.minute) == (13, 35, 17, 5)
    assert start == meeting.start and end == meeting.end
    assert start.astimezone(UTC) == dt.datetime(2021, 6, 16, 11, 35, tzinfo=UTC)
    assert str(vevent["SUMMARY"]) == meeting.label and vevent["SUMMARY"].params["LANGUAGE"] == "ar"


def test_seed_every_event_round_trips(seed_text):
    t = seed_timeline(seed_text)
    calendar = parse(t.to_ics())
    assert len(calendar.walk("VEVENT")) == len(t.events) == 3
    for e in t.events:
        vevent = vevent_for(calendar, e.id)
        assert vevent["DTSTART"].dt == e.start
        description = str(vevent["DESCRIPTION"])
        for quote in e.evidence:
            assert f"«{quote}»" in description
        assert "Findings: none" in description and "seed.txt" in description
        assert {str(s) for s in _as_list(vevent["X-TIMELINE-SOURCE"])} == set(e.sources)
        assert len(_as_list(vevent["X-TIMELINE-MENTION"])) == len(e.mentions)


def test_all_day_event_is_value_date_with_exclusive_end(seed_text):
    t = seed_timeline(seed_text)
    data = t.to_ics()
    assert b"DTSTART;VALUE=DATE:20210616" in data and b"DTEND;VALUE=DATE:20210617" in data
    day = next(e for e in t.events if e.kind == "all-day")
    vevent = vevent_for(parse(data), day.id)
    assert vevent["DTSTART"].dt == dt.date(2021, 6, 16) and not isinstance(vevent["DTSTART"].dt, dt.datetime)


def test_instant_has_zero_duration(seed_text):
    t = seed_timeline(seed_text)
    press = next(e for e in t.events if e.kind == "instant")
    vevent = vevent_for(parse(t.to_ics()), press.id)
    assert "DTEND" not in vevent and vevent["DURATION"].dt == dt.timedelta(0)
    assert vevent["DTSTART"].dt.astimezone(UTC) == dt.datetime(2021, 6, 16, 17, 30, tzinfo=UTC)
    # Stated "at 20:30 Moscow time", held in Geneva: the calendar entry is on Geneva's clock.
    assert vevent["DTSTART"].params["TZID"] == "Europe/Zurich"
    assert str(vevent["X-TIMELINE-ZONE-RULE"]) == "place:document"


def test_cli_twice_gives_identical_bytes(seed_text, tmp_path):
    src = tmp_path / "seed.txt"
    src.write_text(seed_text, encoding="utf-8")
    outputs = []
    for name in ("a.ics", "b.ics"):
        out = tmp_path / name
        result = CliRunner().invoke(main, ["show", "--date", "2021-06-16", "--format", "ics", "-o", str(out), str(src)])
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    assert b"DTSTAMP:20210616T000000Z" in outputs[0]
    assert b"\r\n" in outputs[0]


def test_dtstamp_option_and_uid_stability(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Voting ends at 20:00 GMT.", encoding="utf-8")
    args = ["show", "--date", "2021-06-16", "--format", "ics", str(src)]
    first = CliRunner().invoke(main, args).stdout_bytes
    stamped = CliRunner().invoke(main, args[:-1] + ["--dtstamp", "2021-06-17T08:30Z", str(src)]).stdout_bytes
    assert b"DTSTAMP:20210617T083000Z" in stamped
    assert b"DTSTART:20210616T200000Z" in first  # a GMT time is written in UTC, no TZID
    uid = [v["UID"] for v in parse(first).walk("VEVENT")]
    assert uid == [v["UID"] for v in parse(stamped).walk("VEVENT")]
    # A different text gives a different UID.
    src.write_text("Voting ends at 21:00 GMT tonight.", encoding="utf-8")
    other = CliRunner().invoke(main, args).stdout_bytes
    assert [v["UID"] for v in parse(other).walk("VEVENT")] != uid
    bad = CliRunner().invoke(main, args[:-1] + ["--dtstamp", "yesterday", str(src)])
    assert bad.exit_code == 2 and "invalid --dtstamp" in bad.stderr


def test_multi_document_instants_round_trip():
    t = multi_timeline()
    calendar = parse(t.to_ics())
    events = {str(v["X-TIMELINE-EVENT"]): v for v in calendar.walk("VEVENT")}
    assert len(events) == len(t.events) == 4
    for e in t.events:
        vevent = events[e.id]
        assert vevent["DTSTART"].dt == e.start
        if e.end is not None:
            assert vevent["DTEND"].dt == e.end
    assert {str(v["X-TIMELINE-SOURCE"]) for v in events.values()} == {"ny", "zurich", "offset", "floating"}
    ny = events[event_from(t, "ny").id]
    assert ny["DTSTART"].params["TZID"] == "America/New_York"
    assert ny["DTSTART"].dt.astimezone(UTC) == dt.datetime(2021, 3, 27, 23, 0, tzinfo=UTC)
    assert ny["DTEND"].dt.astimezone(UTC) == dt.datetime(2021, 3, 28, 1, 0, tzinfo=UTC)


def test_fixed_offset_gets_its_own_vtimezone():
    t = multi_timeline()
    data = t.to_ics()
    calendar = parse(data)
    vevent = vevent_for(calendar, event_from(t, "offset").id)
    assert vevent["DTSTART"].params["TZID"] == "UTC+03:00"
    assert b'DTSTART;TZID="UTC+03:00":20210616T200000' in data  # quoted: the value holds a colon
    assert vevent["DTSTART"].dt.astimezone(UTC) == dt.datetime(2021, 6, 16, 17, 0, tzinfo=UTC)


def test_unknown_zone_is_floating_with_a_note():
    t = multi_timeline()
    vevent = vevent_for(parse(t.to_ics()), event_from(t, "floating").id)
    start = vevent["DTSTART"].dt
    assert start == dt.datetime(2021, 6, 16, 10, 0) and start.tzinfo is None
    assert "TZID" not in vevent["DTSTART"].params
    assert "ZONE UNKNOWN" in str(vevent["DESCRIPTION"])
    assert any("unresolved-zone" in str(f) for f in _as_list(vevent["X-TIMELINE-FINDING"]))


def test_every_tzid_has_a_vtimezone_exact_over_the_dates_used(seed_text):
    for t in (seed_timeline(seed_text), multi_timeline()):
        calendar = parse(t.to_ics())
        defined = {str(tz["TZID"]): tz for tz in calendar.walk("VTIMEZONE")}
        used = {v[p].params["TZID"] for v in calendar.walk("VEVENT") for p in ("DTSTART", "DTEND")
                if p in v and "TZID" in v[p].params}
        assert used == set(defined)
        for vevent in calendar.walk("VEVENT"):
            for prop in ("DTSTART", "DTEND"):
                if prop in vevent and "TZID" in vevent[prop].params:
                    tzid = vevent[prop].params["TZID"]
                    _assert_vtimezone_matches(defined[tzid], tzid, vevent[prop].dt.date())


def _assert_vtimezone_matches(vtimezone: icalendar.Timezone, tzid: str, day: dt.date) -> None:
    """Read our VTIMEZONE (under a name icalendar cannot look up, so it must use the
    definition) and compare its offsets with tzdata hour by hour around ``day``."""
    renamed = icalendar.Timezone.from_ical(vtimezone.to_ical())
    renamed["TZID"] = f"X-TEST-{tzid}"
    from_definition = renamed.to_tz()
    truth = tzinfo_for(tzid[3:] if tzid.startswith("UTC+") or tzid.startswith("UTC-") else tzid)
    start = dt.datetime.combine(day - dt.timedelta(days=1), dt.time(), UTC)
    for hour in range(72):
        instant = start + dt.timedelta(hours=hour)
        assert instant.astimezone(from_definition).utcoffset() == instant.astimezone(truth).utcoffset(), instant


@pytest.mark.parametrize("zone, onset, offset_from, offset_to", [
    ("Europe/Zurich", dt.datetime(2021, 3, 28, 2, 0), "+0100", "+0200"),  # spring forward: 02:00 on the old clock
    ("Europe/Zurich", dt.datetime(2021, 10, 31, 3, 0), "+0200", "+0100"),  # fall back: 03:00 on the old clock
    ("America/New_York", dt.datetime(2021, 3, 14, 2, 0), "-0500", "-0400"),
    ("Australia/Sydney", dt.datetime(2021, 10, 3, 2, 0), "+1000", "+1100"),
])
def test_observance_onset_is_local_time_before_the_change(zone, onset, offset_from, offset_to):
    """RFC 5545 §3.6.5: DTSTART is the onset in local time on the clock in use before
    it (TZOFFSETFROM); icalendar's own VTIMEZONE writes 03:00 for a spring-forward."""
    vtimezone = build_vtimezone(zone, tzinfo_for(zone), onset.date(), onset.date())
    text = vtimezone.to_ical().decode()
    block = f"DTSTART:{onset:%Y%m%dT%H%M%S}\r\nTZNAME:"
    assert block in text, text
    after = text.split(block, 1)[1]
    assert f"TZOFFSETFROM:{offset_from}" in after.split("END:", 1)[0]
    assert f"TZOFFSETTO:{offset_to}" in after.split("END:", 1)[0]
    # The onset read with TZOFFSETFROM is the instant tzdata changes the clock.
    sign = 1 if offset_from[0] == "+" else -1
    delta = sign * dt.timedelta(hours=int(offset_from[1:3]), minutes=int(offset_from[3:]))
    instant = (onset - delta).replace(tzinfo=UTC)
    tz = tzinfo_for(zone)
    assert clock_state(tz, instant - dt.timedelta(seconds=1)) != clock_state(tz, instant)


def test_transitions_found_to_the_second():
    tz = tzinfo_for("Europe/Zurich")
    found = transitions(tz, dt.datetime(2021, 1, 1, tzinfo=UTC), dt.datetime(2022, 1, 1, tzinfo=UTC))
    assert [c.at for c in found] == [dt.datetime(2021, 3, 28, 1, 0, tzinfo=UTC),
                                     dt.datetime(2021, 10, 31, 1, 0, tzinfo=UTC)]
    assert [c.onset_local for c in found] == [dt.datetime(2021, 3, 28, 2, 0), dt.datetime(2021, 10, 31, 3, 0)]


# --- a real calendar client ---------------------------------------------------------------

KHAL_CONFIG = """\
[calendars]
[[news]]
path = {calendar}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
default_timezone = {zone}
local_timezone = {zone}
[sqlite]
path = {db}
"""


def khal_list(tmp_path, ics: bytes, zone: str, start: str, end: str) -> list[str]:
    """Import ``ics`` into a throw-away khal calendar and list it as khal shows it in ``zone``."""
    home = tmp_path / f"khal-{zone.replace('/', '-')}"
    (home / "calendar").mkdir(parents=True)
    config = home / "config"
    config.write_text(KHAL_CONFIG.format(calendar=home / "calendar", zone=zone, db=home / "khal.db"), encoding="utf-8")
    source = home / "in.ics"
    source.write_bytes(ics)
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home), "XDG_DATA_HOME": str(home)}
    khal = [sys.executable, "-m", "khal", "-c", str(config)]
    subprocess.run(khal + ["import", "--batch", "-a", "news", str(source)], check=True, env=env,
                   capture_output=True, timeout=60)
    listed = subprocess.run(khal + ["list", "--format", "{start} | {end} | {title}", start, end], check=True,
                            env=env, capture_output=True, text=True, timeout=60)
    return [line for line in listed.stdout.splitlines() if " | " in line]


def test_khal_shows_the_seed_meeting_at_1135_utc(seed_text, tmp_path):
    t = seed_timeline(seed_text)
    lines = khal_list(tmp_path, t.to_ics(), "UTC", "2021-06-16", "1d")
    meeting = next(e for e in t.events if e.kind == "interval")
    assert f"2021-06-16 11:35 | 2021-06-16 15:05 | {meeting.label}" in lines
    assert any(line.startswith("2021-06-16 17:30 | 2021-06-16 17:30 |") for line in lines)
    assert any(line.startswith("2021-06-16 | 2021-06-16 |") for line in lines)  # the all-day event
    tokyo = khal_list(tmp_path, t.to_ics(), "Asia/Tokyo", "2021-06-16", "2d")
    assert f"2021-06-16 20:35 | 2021-06-17 00:05 | {meeting.label}" in tokyo


def test_khal_multi_document(tmp_path):
    t = multi_timeline()
    lines = khal_list(tmp_path, t.to_ics(), "UTC", "2021-03-27", "2021-06-18")
    expected = {
        "ny": "2021-03-27 23:00 | 2021-03-28 01:00 | ",
        "zurich": "2021-03-28 01:30 | 2021-03-28 01:30 | ",  # 03:30 CEST, the day the clocks jumped
        "offset": "2021-06-16 17:00 | 2021-06-16 17:00 | ",
        "floating": "2021-06-16 10:00 | 2021-06-16 10:00 | ",  # floating: 10:00 on any clock
    }
    for doc_id, prefix in expected.items():
        assert prefix + event_from(t, doc_id).label in lines, (doc_id, lines)
    # Floating stays 10:00 in another zone; the others move.
    tokyo = khal_list(tmp_path, t.to_ics(), "Asia/Tokyo", "2021-03-27", "2021-06-18")
    assert "2021-06-16 10:00 | 2021-06-16 10:00 | " + event_from(t, "floating").label in tokyo
    assert "2021-06-17 02:00 | 2021-06-17 02:00 | " + event_from(t, "offset").label in tokyo


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


def test_reference_date_is_used_for_dtstamp():
    t = multi_timeline()
    stamps = {v["DTSTAMP"].dt for v in parse(t.to_ics()).walk("VEVENT")}
    assert stamps == {dt.datetime.combine(REFERENCE, dt.time(), UTC)}


def test_second_of_two_equal_wall_times_is_written_in_utc():
    """02:30 happened twice in Zurich on 2021-10-31; the second (01:30 UTC) cannot be
    written as a Zurich wall time, which RFC 5545 reads as the first."""
    from timeline.model import Document, Event, Timeline

    def calendar_for(instant: dt.datetime) -> icalendar.Event:
        event = Event(id="e1", label="vote counted", kind="instant", start=instant, end=None, duration_s=None,
                      mentions=(), sources=("doc1",), zone="Europe/Zurich", evidence=())
        t = Timeline(documents=(Document(text="x", reference_date=dt.date(2021, 10, 31)),), mentions=(),
                     resolved={}, links=(), events=(event,), findings=())
        (vevent,) = parse(t.to_ics()).walk("VEVENT")
        return vevent

    second = calendar_for(dt.datetime(2021, 10, 31, 1, 30, tzinfo=UTC))
    assert second["DTSTART"].dt == dt.datetime(2021, 10, 31, 1, 30, tzinfo=UTC)
    assert "TZID" not in second["DTSTART"].params
    first = calendar_for(dt.datetime(2021, 10, 31, 0, 30, tzinfo=UTC))
    assert first["DTSTART"].params["TZID"] == "Europe/Zurich"
    assert first["DTSTART"].dt.astimezone(UTC) == dt.datetime(2021, 10, 31, 0, 30, tzinfo=UTC)


# --- no event to write ----------------------------------------------------------------------


def test_timeline_without_events_is_no_calendar():
    # RFC 5545 section 3.4: a calendar holds at least one component; an empty VCALENDAR
    # is not written (nor a placeholder that clients would show or refuse).
    import timeline
    from timeline.export.common import EmptyCalendar

    empty = timeline.build("Nothing was said about when.", reference_date="2021-06-16")
    with pytest.raises(EmptyCalendar, match="no time mentions found"):
        empty.to_ics()
    assert isinstance(EmptyCalendar("x"), ValueError)


def test_cli_ics_of_an_empty_timeline_exits_2_and_writes_nothing(tmp_path):
    text = tmp_path / "quiet.txt"
    text.write_text("Nothing was said about when.", encoding="utf-8")
    out = tmp_path / "old.ics"
    out.write_bytes(b"previous run")
    result = CliRunner().invoke(main, ["show", "--format", "ics", "--date", "2021-06-16", "-o", str(out), str(text)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "RFC 5545" in result.output and "Traceback" not in result.output
    assert out.read_bytes() == b"previous run"
    # Text with events still makes a calendar.
    text.write_text("The talks began at 13:35 local time in Geneva.", encoding="utf-8")
    ok = CliRunner().invoke(main, ["show", "--format", "ics", "--date", "2021-06-16", str(text)])
    assert ok.exit_code == 0 and len(parse(ok.stdout_bytes).walk("VEVENT")) == 1
