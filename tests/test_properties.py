"""Properties that hold for every input (hypothesis): zone arithmetic round trips in
every zone, including the instants around DST changes; extraction and the whole
pipeline never raise on arbitrary Unicode, every span is a valid slice, events are
in order, the JSON matches the contract and is the same bytes on every run."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import timeline
from tests.test_json_contract import check_contract
from timeline.resolve.instants import to_utc, wall_time
from timeline.zones.tzsource import all_zones, tzinfo_for

UTC = dt.UTC
ZONES = sorted(all_zones())
# 1901-2037 covers what the tz database has real rules for in 32-bit data and what news talks about.
INSTANTS = st.datetimes(min_value=dt.datetime(1901, 1, 1), max_value=dt.datetime(2037, 12, 31),
                        timezones=st.just(UTC))

# --- UTC <-> local ---------------------------------------------------------------------


def _check_round_trip(instant: dt.datetime, zone: str) -> None:
    local = wall_time(instant, zone)
    naive = local.replace(tzinfo=None)
    result = to_utc(naive, zone)
    assert result.gap is None, f"{naive} read back as nonexistent in {zone}"
    if result.fold is None:
        assert result.utc == instant
        assert result.assumptions == ()
    else:
        # The wall time happens twice: both candidates are given, the instant is one
        # of them, and the choice is stated.
        assert instant in result.fold and result.utc == min(result.fold)
        assert result.assumptions
    # And the instant chosen shows the same wall clock again.
    assert wall_time(result.utc, zone).replace(tzinfo=None) == naive
    assert result.offset == _offset(result.utc.astimezone(tzinfo_for(zone)).utcoffset())


def _offset(delta: dt.timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


@settings(max_examples=300, deadline=None)
@given(zone=st.sampled_from(ZONES), instant=INSTANTS)
def test_utc_local_round_trip_in_every_zone(zone, instant):
    _check_round_trip(instant.replace(second=0, microsecond=0), zone)


def _transitions(zone: str, year: int) -> list[dt.datetime]:
    """The UTC instants (to the second) at which ``zone`` changes its offset in ``year``."""
    tz = tzinfo_for(zone)
    found = []
    t = dt.datetime(year, 1, 1, tzinfo=UTC)
    end = dt.datetime(year + 1, 1, 1, tzinfo=UTC)
    step = dt.timedelta(days=1)
    while t < end:
        if t.astimezone(tz).utcoffset() != (t + step).astimezone(tz).utcoffset():
            lo, hi = t, t + step
            while hi - lo > dt.timedelta(seconds=1):
                mid = lo + (hi - lo) / 2
                if mid.astimezone(tz).utcoffset() == lo.astimezone(tz).utcoffset():
                    lo = mid
                else:
                    hi = mid
            found.append(hi.replace(microsecond=0))
        t += step
    return found


EDGE_OFFSETS = st.sampled_from([0, 1, 59, 60, 1799, 1800, 3599, 3600, 5400, 7200])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(zone=st.sampled_from(ZONES), year=st.integers(1970, 2037), index=st.integers(0, 3),
       seconds=EDGE_OFFSETS, before=st.booleans())
def test_round_trip_around_dst_changes(zone, year, index, seconds, before):
    changes = _transitions(zone, year)
    assume(changes)
    change = changes[index % len(changes)]
    instant = change - dt.timedelta(seconds=seconds) if before else change + dt.timedelta(seconds=seconds)
    _check_round_trip(instant, zone)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(zone=st.sampled_from(ZONES), year=st.integers(1970, 2037), index=st.integers(0, 3),
       minutes=st.integers(0, 179))
def test_wall_times_near_a_change_are_exact_gap_or_fold(zone, year, index, minutes):
    """A wall time near a change either exists once (and round-trips), does not exist
    (a gap: both candidates, a stated assumption) or exists twice (a fold)."""
    changes = _transitions(zone, year)
    assume(changes)
    change = changes[index % len(changes)]
    tz = tzinfo_for(zone)
    wall = (change - dt.timedelta(minutes=90)).astimezone(tz).replace(tzinfo=None, second=0) \
        + dt.timedelta(minutes=minutes)
    result = to_utc(wall, zone)
    candidates = {wall.replace(tzinfo=tz, fold=f).astimezone(UTC) for f in (0, 1)}
    really = [c for c in candidates if c.astimezone(tz).replace(tzinfo=None) == wall]
    if not really:
        assert result.gap is not None and result.assumptions, f"{wall} in {zone} does not exist"
        assert result.utc in result.gap
    elif len(really) == 2:
        assert result.fold is not None and set(result.fold) == set(really) and result.assumptions
        assert result.utc == min(really)
    else:
        assert result.gap is None and result.fold is None and result.utc == really[0]


# --- text -----------------------------------------------------------------------------

# Pieces that steer generated text into the engine's hot corners: clock digits and
# separators, zone words in several languages, Arabic, bidi and zero-width marks.
PIECES = [
    "13:35", "1:35 p.m.", "8 p.m. ET", "1730 GMT", "20:30", "٢٠:٣٠", "25:70", "24:00", "00:00", "12", ":", ".", ",",
    "-", "+", "/", "(", ")", "GMT+3", "UTC−05:00", "+03:00", "local time", "Moscow time", "Eastern Time", "EST",
    "BST", "IST", "CST", "Geneva", "Moscow", "in Tokyo", "بتوقيت موسكو", "بالتوقيت المحلي", "الساعة", "مساءً",
    "صباحا", "جنيف", "أي", "i.e.", "which is", "today", "yesterday", "Wednesday", "اليوم الأربعاء", "June 16, 2021",
    "16 June 2021", "31 February 2021", "2021-02-30", "2021-06-16", "16/06/2021", "three and a half hours",
    "ساعتين", "about two hours", "lasted", "after", "later", "\u200f", "\u200e", "\u202b", "\u202c", "\u2066",
    "\u200b", "\ufeff", "\u0640", "\u064b", " ", " ", "\n", "\t", "\u00a0", "2021", "1", "0",
]
TEXTS = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=40).map(" ".join) | st.text()


def _check_mentions(text: str, mentions) -> None:
    for m in mentions:
        a, b = m.span
        assert 0 <= a <= b <= len(text)
        assert text[a:b] == m.text
        cue = m.parts.zone_cue
        if cue is not None:
            ca, cb = cue.span
            assert 0 <= ca <= cb <= len(text) and text[ca:cb] == cue.text


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, lang=st.sampled_from([None, "en", "ar"]))
def test_extraction_never_raises_and_spans_are_slices(text, lang):
    _check_mentions(text, timeline.extract(text, lang=lang))


@settings(max_examples=200, deadline=None)
@given(text=TEXTS, date=st.dates(dt.date(1950, 1, 1), dt.date(2037, 12, 31)))
# Two zones whose local days differ: ordering by local day alone put these backwards.
@example(text="Trading ended at 7 p.m. EDT on June 16. The market opened at 7:00 Tokyo time on June 17.",
         date=dt.date(2021, 6, 16))
def test_pipeline_json_contract_order_and_determinism(text, date):
    result = timeline.build(text, reference_date=date)
    _check_mentions(text, result.mentions)
    data = json.loads(result.to_json())
    check_contract(data, {"doc1": text})
    # Events are in time order: timed events by their UTC instant, all-day events by
    # day, and events that could not be placed come last.
    placed = [e for e in data["events"] if e["start"] is not None]
    unplaced_seen = False
    for e in data["events"]:
        if e["start"] is None and not e.get("notes") and e.get("kind") != "relative":
            unplaced_seen = True
        elif e["start"] is not None and unplaced_seen:
            raise AssertionError(f"placed event {e['id']} after an unplaced one")
    timed = [e["start_utc"] for e in placed if e.get("start_utc")]
    assert timed == sorted(timed), timed
    # Same input, same bytes.
    assert timeline.build(text, reference_date=date).to_json() == result.to_json()
