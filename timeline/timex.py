"""TIMEX3 normalisation (TimeML guidelines): every mention's ``type`` and ``value``.

Language-free: it reads only a mention's typed ``Parts``, its ``Resolved`` reading and
the document's reference date, so every language that fills those parts gets TIMEX3
values for free. Values follow ISO 8601 as TimeML extends it:

* DATE  — ``2013-03-22``, ``2013-03``, ``2013``, ``2013-W11``, ``2013-W11-WE``, ``2013-Q1``,
  ``2013-H2``, ``2013-SU``, ``199`` (the 1990s), ``19`` (the 20th century),
  ``2013-03-22TMO`` (a day part), ``PAST_REF`` / ``PRESENT_REF`` / ``FUTURE_REF``
* TIME  — ``2013-03-22T15:00`` (wall clock as written, not UTC)
* DURATION — ``P3Y``, ``P18M``, ``PT3H30M``, ``PXY`` (an unstated number of years)
* SET   — ``P1D`` (daily), ``XXXX-WXX-1`` (every Monday), ``XXXX-WI`` (each winter)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from timeline.model import DURATION, SET, TIME, Mention, Parts, Resolved

DATE_TYPE, TIME_TYPE, DURATION_TYPE, SET_TYPE = "DATE", "TIME", "DURATION", "SET"

# Day periods as TimeML writes them after a date ("Friday morning" → 1998-08-07TMO).
DAY_PART_CODES = {
    "morning": "MO", "am": "MO", "afternoon": "AF", "pm": "AF", "evening": "EV", "night": "NI",
    "noon": "MI", "midday": "MI",
}
# ISO 8601 duration letters, in seconds per unit (months and years are calendar means
# only for fractional counts: "a year and a half" → P1Y6M).
_DATE_UNITS = {"CE": 100 * 365 * 86400, "DE": 10 * 365 * 86400, "Y": 365 * 86400, "Q": 91 * 86400,
               "M": 30 * 86400, "W": 7 * 86400, "D": 86400}
_TIME_UNITS = {"H": 3600, "MIN": 60, "S": 1}
# A duration unit's length in seconds (as lexicons give it) → its TIMEX3 letter.
_LETTER_BY_SECONDS = {1: "S", 60: "MIN", 3600: "H", 86400: "D", 7 * 86400: "W", 30 * 86400: "M",
                      91 * 86400: "Q", 365 * 86400: "Y", 3650 * 86400: "DE", 36500 * 86400: "CE"}


def unit_letter(seconds: float) -> str | None:
    """The TIMEX3 unit letter of a lexicon duration unit given in seconds (3600 → "H")."""
    return _LETTER_BY_SECONDS.get(int(seconds))


_CLOCK_UNIT_LETTERS = {"hour": "H", "minute": "MIN", "second": "S"}
_REF_VALUES = {"PAST": "PAST_REF", "PRESENT": "PRESENT_REF", "FUTURE": "FUTURE_REF"}


@dataclass(frozen=True, slots=True)
class Timex:
    type: str
    value: str
    mod: str | None = None

    def to_dict(self) -> dict[str, str]:
        out = {"type": self.type, "value": self.value}
        if self.mod:
            out["mod"] = self.mod
        return out


def timex3(m: Mention, r: Resolved | None, reference: dt.date | None) -> Timex:
    """The TIMEX3 type and value of one mention (``reference``: the document's reference date)."""
    p = m.parts
    mod = p.modifier or ("APPROX" if p.approximate else None)
    if m.kind == DURATION:
        return Timex(DURATION_TYPE, duration_value(p), mod)
    if m.kind == SET:
        return Timex(SET_TYPE, set_value(p), mod)
    if m.kind == TIME:
        return Timex(TIME_TYPE, _time_value(p, r, reference), mod)
    if p.unit in _CLOCK_UNIT_LETTERS and p.offset:
        # "two hours later": a shift from another event, not from the reference date; the
        # stated extent is what TIMEX3 can say.
        return Timex(DURATION_TYPE, iso_duration(abs(p.offset), _CLOCK_UNIT_LETTERS[p.unit]), mod)
    value = date_value(p, r, reference)
    kind = TIME_TYPE if p.day_period and p.hour is None and "T" in value else DATE_TYPE
    return Timex(kind, value, mod)


# --- durations ----------------------------------------------------------------------


def duration_value(p: Parts) -> str:
    if p.duration_unit:
        if p.duration_count is None:
            return _iso_duration_unknown(p.duration_unit)
        return iso_duration(p.duration_count, p.duration_unit)
    if p.duration_s is None:
        return "PXX"
    return _iso_duration_from_seconds(p.duration_s)


def iso_duration(count: float, unit: str) -> str:
    """``3.5, "H"`` → ``PT3H30M``; ``1.5, "Y"`` → ``P1Y6M``; ``2, "DE"`` → ``P20Y``."""
    if unit == "DE":
        count, unit = count * 10, "Y"
    elif unit == "CE":
        count, unit = count * 100, "Y"
    elif unit == "Q" and count != int(count):
        count, unit = count * 3, "M"
    if count == int(count):
        n = int(count)
        if unit in _TIME_UNITS:
            return f"PT{n}{'M' if unit == 'MIN' else unit}"
        return f"P{n}{unit}"
    seconds = count * (_DATE_UNITS.get(unit) or _TIME_UNITS[unit])
    if unit == "Y" and (count * 12) == int(count * 12):
        # "2 1/2 years" → P2Y6M (as TimeBank writes it); "half a year" → P6M
        years, months = divmod(int(count * 12), 12)
        return f"P{years}Y{months}M" if years else f"P{months}M"
    if unit == "Y":
        return _iso_duration_from_seconds(seconds)
    return _iso_duration_from_seconds(seconds)


def _iso_duration_unknown(unit: str) -> str:
    if unit in _TIME_UNITS:
        return f"PTX{'M' if unit == 'MIN' else unit}"
    return "PXY" if unit in ("DE", "CE") else f"PX{unit}"


def _iso_duration_from_seconds(seconds: float) -> str:
    """The shortest exact ISO form: whole days and larger as one unit, else hours+minutes+seconds."""
    whole = round(seconds)
    for unit in ("Y", "M", "W", "D"):
        size = _DATE_UNITS[unit]
        if whole >= size and whole % size == 0:
            return f"P{whole // size}{unit}"
    if whole >= 86400 and whole % 3600:
        days, rest = divmod(whole, 86400)
        return f"P{days}D" + _time_part(rest)
    if whole >= 86400:
        return f"PT{whole // 3600}H"
    return "P" + (_time_part(whole) or "T0S")


def _time_part(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    text = "".join(f"{n}{u}" for n, u in ((hours, "H"), (minutes, "M"), (secs, "S")) if n)
    return f"T{text}" if text else ""


# --- sets -----------------------------------------------------------------------------


def set_value(p: Parts) -> str:
    if p.weekday is not None:
        value = f"XXXX-WXX-{p.weekday + 1}"
    elif p.season:
        value = f"XXXX-{p.season}"
    elif p.month is not None:
        value = f"XXXX-{p.month:02d}" + (f"-{p.day:02d}" if p.day else "")
    elif p.duration_unit:
        value = iso_duration(p.duration_count or 1, p.duration_unit)
    elif p.hour is not None:
        value = f"XXXX-XX-XXT{p.hour:02d}:{p.minute or 0:02d}"
    elif p.day_period in DAY_PART_CODES:
        return f"XXXX-XX-XXT{DAY_PART_CODES[p.day_period]}"
    else:
        return "XXXX-XX-XX"
    if p.day_period in DAY_PART_CODES and "T" not in value:
        value += f"T{DAY_PART_CODES[p.day_period]}"
    return value


# --- times -----------------------------------------------------------------------------


def _time_value(p: Parts, r: Resolved | None, reference: dt.date | None) -> str:
    if r is not None and r.local is not None:
        local = r.local
        if r.granularity == "second":
            return local.strftime("%Y-%m-%dT%H:%M:%S")
        if p.hour == 24 or (p.day_period == "midnight" and p.minute in (None, 0)):
            return (local.date() - dt.timedelta(days=1)).isoformat() + "T24:00"
        return local.strftime("%Y-%m-%dT%H:%M")
    day = r.date if r is not None and r.date is not None else reference
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    if p.hour is None:
        code = DAY_PART_CODES.get(p.day_period or "")
        return f"{prefix}T{code}" if code else prefix
    from timeline.resolve.calendar import hour_of_day

    return f"{prefix}T{hour_of_day(p.hour, p.day_period):02d}:{p.minute or 0:02d}"


# --- dates and periods ---------------------------------------------------------------------


def date_value(p: Parts, r: Resolved | None, reference: dt.date | None) -> str:
    if p.ref:
        return _REF_VALUES.get(p.ref, f"{p.ref}_REF")
    if r is not None and r.date is not None and _names_a_day(p):
        return r.date.isoformat() + _day_part_suffix(p)
    if reference is None:
        return _without_reference(p)
    if p.unit == "week" and (p.anchor is not None or p.day is not None):
        # counted on from the day named before it, or "the week of March 6": its own day
        return _week_from_anchor(p, reference)
    if p.unit == "quarter" and p.quarter is None and p.month is not None and p.day is not None:
        return _quarter_ended(p, reference)
    value = _period_value(p, reference)
    if p.day_shift is not None and p.day is None and p.weekday is None and p.relative_days is None and (
            p.month is not None and p.unit is None):
        # A day of the month the story is at, which one unstated ("that same day" after
        # "last October"): TimeML leaves the day unknown.
        value += "-XX" + _day_part_suffix(p)
    return value


def _week_from_anchor(p: Parts, reference: dt.date) -> str:
    """"The following week" after "March 3": the week of the day the parts name (copied
    from the date named before it, timeline.extract.anchoring), counted on by the offset."""
    from dataclasses import replace

    from timeline.resolve.calendar import read_day

    day = read_day(replace(p, unit=None, offset=None, day_period=None), reference).date
    if day is None:
        return "XXXX-WXX"
    year, week, _ = (day + dt.timedelta(weeks=p.offset or 0)).isocalendar()
    return f"{year}-W{week:02d}"


# Days back from the last day of a three-month period to a day in its middle month.
_TO_MIDDLE_MONTH = 45


def _quarter_ended(p: Parts, reference: dt.date) -> str:
    """"The quarter ended Sept. 30": the calendar quarter holding most of the three months up
    to that day (a fiscal quarter ended July 31 is mostly the second). The day is the latest
    one on or before the reference (results are told after the fact) unless the text looks ahead."""
    year = reference.year
    day = min(p.day or 1, 28)
    if p.year is not None:
        year = p.year
    elif p.tense == "future":
        year += 1 if (p.month, day) < (reference.month, reference.day) else 0
    elif (p.month, day) > (reference.month, reference.day):
        year -= 1
    middle = dt.date(year, p.month, day) - dt.timedelta(days=_TO_MIDDLE_MONTH)
    # "a year earlier" than that quarter: counted back in quarters (Parts.offset)
    index = middle.year * 4 + (middle.month - 1) // 3 + (p.offset or 0)
    return f"{index // 4}-Q{index % 4 + 1}"


def _names_a_day(p: Parts) -> bool:
    return p.unit in (None, "day")


def _day_part_suffix(p: Parts) -> str:
    code = DAY_PART_CODES.get(p.day_period or "") if p.hour is None else None
    return f"T{code}" if code else ""


def _without_reference(p: Parts) -> str:
    if p.year is not None:
        return _period_in_year(p, p.year)
    return "XXXX-XX-XX"


def _period_value(p: Parts, ref: dt.date) -> str:
    unit = p.unit
    if p.century is not None:
        return f"{p.century:02d}"
    if p.decade is not None:
        return f"{p.decade:03d}"
    if p.year is not None:
        return _period_in_year(p, p.year)
    offset = p.offset
    if unit == "century":
        return f"{(ref.year // 100) + (offset or 0):02d}"
    if unit == "decade":
        return f"{(ref.year // 10) + (offset or 0):03d}"
    if unit == "year":
        base = ref.year
        if p.contextual and p.quarter is not None:
            # "third-quarter profit rose from a year earlier": a year before that quarter
            base = _year_of_part(p.quarter, (ref.month - 1) // 3 + 1, ref, None, p.tense)
        return _period_in_year(p, base + (offset or 0))
    if unit == "quarter" and p.quarter is None:
        index = (ref.year * 4 + (ref.month - 1) // 3) + (offset or 0)
        return f"{index // 4}-Q{index % 4 + 1}"
    if unit == "half" and p.half is None:
        index = (ref.year * 2 + (ref.month - 1) // 6) + (offset or 0)
        return f"{index // 2}-H{index % 2 + 1}"
    if unit == "month" and p.month is None:
        index = ref.year * 12 + ref.month - 1 + (offset or 0)
        return f"{index // 12}-{index % 12 + 1:02d}"
    if unit == "weekend" and offset is None:
        # "the weekend": the one just past in past-tense copy (unless today is in it).
        offset = -1 if p.tense == "past" and ref.weekday() < 5 else 0
    if unit in ("week", "weekend"):
        day = ref + dt.timedelta(weeks=offset or 0)
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "day":
        return (ref + dt.timedelta(days=offset or 0)).isoformat() + _day_part_suffix(p)
    if p.season is not None:
        year = ref.year + (offset or 0)
        if offset is None and p.tense != "future" and _season_after(p.season, ref):
            year -= 1
        return f"{year}-{p.season}"
    if p.quarter is not None:
        return f"{_year_of_part(p.quarter, (ref.month - 1) // 3 + 1, ref, offset, p.tense)}-Q{p.quarter}"
    if p.half is not None:
        return f"{_year_of_part(p.half, (ref.month - 1) // 6 + 1, ref, offset, p.tense)}-H{p.half}"
    if p.month is not None:
        from timeline.resolve.calendar import month_year

        year, _ = month_year(p, ref)
        if p.day is not None:
            if p.weekday_on_or_after and p.weekday is not None:
                from timeline.resolve.calendar import on_or_after

                return on_or_after(dt.date(year, p.month, p.day), p.weekday).isoformat()
            return f"{year}-{p.month:02d}-{p.day:02d}"
        return f"{year}-{p.month:02d}"
    if p.weekday is not None:
        return "XXXX-WXX-" + str(p.weekday + 1)
    return "XXXX-XX-XX"


def _year_of_part(part: int, current: int, ref: dt.date, offset: int | None, tense: str | None) -> int:
    """The year of "the fourth quarter": in a March report, last year's (results are
    reported after the fact) unless the text looks ahead ("will … in the fourth quarter")."""
    if offset is not None:
        return ref.year + offset
    if part > current and tense != "future":
        return ref.year - 1
    return ref.year


def _period_in_year(p: Parts, year: int) -> str:
    if p.quarter is not None:
        return f"{year}-Q{p.quarter}"
    if p.half is not None:
        return f"{year}-H{p.half}"
    if p.season is not None:
        return f"{year}-{p.season}"
    if p.month is not None:
        if p.day is not None:
            return f"{year}-{p.month:02d}-{p.day:02d}"
        return f"{year}-{p.month:02d}"
    return f"{year:04d}"


_SEASON_START_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_after(season: str, ref: dt.date) -> bool:
    """Whether this year's ``season`` starts after the reference month (so the text more
    likely means the one before). Winter spans the new year: January's winter is this one."""
    if season == "WI":
        return False
    return _SEASON_START_MONTH[season] > ref.month + 2
