"""Calendar arithmetic on mention parts: which day a date mention names, and what hour
a clock time with a day period is. No time zones here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from timeline.model import Parts

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class DayReading:
    date: dt.date | None  # the day, or the first day of a week, month or year
    assumptions: tuple[str, ...] = ()
    reason: str | None = None  # why there is no date
    weekday_conflict: str | None = None  # the stated weekday does not fall on the date
    granularity: str = "day"  # "day" | "week" | "month" | "year"


def read_day(parts: Parts, reference: dt.date) -> DayReading:
    """The calendar day (or period) a date mention names, anchored on ``reference``."""
    reading = _read_stated_day(parts, reference)
    if parts.day_shift and reading.date is not None:
        # "the next day": the day named before it (its parts, read above), counted on
        shifted = reading.date + dt.timedelta(days=parts.day_shift)
        note = f"{abs(parts.day_shift)} day{'s' if abs(parts.day_shift) != 1 else ''} " + (
            "after" if parts.day_shift > 0 else "before") + f" {reading.date.isoformat()}"
        return replace(reading, date=shifted, assumptions=reading.assumptions + (note,), weekday_conflict=None)
    return reading


def _read_stated_day(parts: Parts, reference: dt.date) -> DayReading:
    assumptions: list[str] = []
    if parts.calendar == "hijri":
        return _read_hijri(parts, reference)
    if parts.month is not None and parts.day is not None:
        year = parts.year
        if year is None:
            if parts.offset:  # "14 جويلية الماضي": the last such day strictly before the reference
                year = _year_in_direction(parts.month, parts.day, reference, parts.offset)
                which = "last" if parts.offset < 0 else "next"
                assumptions.append(f"year not stated; {year}, the {which} such day from the reference date {reference}")
            else:
                year = _year_by_tense(parts.month, parts.day, reference, parts.tense, parts.past_stated)
                assumptions.append(_year_assumption(parts, year, reference))
        try:
            day = dt.date(year, parts.month, parts.day)
        except ValueError:
            return DayReading(None, reason=f"impossible date: day {parts.day} of month {parts.month} in {year}")
        if parts.weekday_on_or_after and parts.weekday is not None:
            day = on_or_after(day, parts.weekday)
            assumptions.append(f"the first {WEEKDAY_NAMES[parts.weekday]} on or after {parts.month}/{parts.day}")
    elif parts.day is not None and parts.month is None and parts.relative_days is None:
        # "the 16th": the reference month's, as news reports of the current month read.
        try:
            day = reference.replace(day=parts.day)
        except ValueError:
            return DayReading(None, reason=f"impossible date: day {parts.day} of month {reference.month}")
        assumptions.append(f"month not stated; the reference month {reference:%Y-%m}")
    elif parts.relative_days is not None:
        day = reference + dt.timedelta(days=parts.relative_days)
    elif parts.weekday is not None and parts.offset:
        # "last Tuesday" / "next Tuesday": the nearest one strictly before / after.
        if parts.offset < 0:
            day = reference - dt.timedelta(days=(reference.weekday() - parts.weekday - 1) % 7 + 1)
        else:
            day = reference + dt.timedelta(days=(parts.weekday - reference.weekday() - 1) % 7 + 1)
        return DayReading(day, (f"{WEEKDAY_NAMES[parts.weekday]} taken relative to the reference date {reference}",))
    elif parts.weekday is not None and parts.offset == 0:
        # "this Friday", "ce vendredi", "este viernes": the one of the reference's week.
        day = reference + dt.timedelta(days=parts.weekday - reference.weekday())
        return DayReading(day, (f"{WEEKDAY_NAMES[parts.weekday]} of the week of the reference date {reference}",))
    elif parts.weekday is not None and parts.night_before and parts.tense == "past":
        # "Das Endergebnis wurde in der Nacht zum Montag bekanntgegeben", on a Sunday: the
        # night that began on the reference day, the last one begun by then.
        day = _weekday_by_tense(parts.weekday, reference + dt.timedelta(days=1), "past")
        assumptions.append(f"the night before {WEEKDAY_NAMES[parts.weekday]} {day.isoformat()}, taken as the last "
                           f"one begun by the reference date {reference}: told in the past")
        return DayReading(day, tuple(assumptions))
    elif parts.weekday is not None:
        day = _weekday_by_tense(parts.weekday, reference, parts.tense)
        assumptions.append(_weekday_assumption(parts, day, reference))
        return DayReading(day, tuple(assumptions))
    else:
        return DayReading(None, reason="no day, month or relative day stated")
    conflict = None
    if parts.weekday is not None and day.weekday() != parts.weekday:
        conflict = (f"the text says {WEEKDAY_NAMES[parts.weekday]}, but {day.isoformat()} is a "
                    f"{WEEKDAY_NAMES[day.weekday()]}")
    return DayReading(day, tuple(assumptions), weekday_conflict=conflict)


def names_period(parts: Parts) -> str | None:
    """The granularity of a date mention that names more (or less) than one calendar
    day — "week", "month", "year", "PAST"… — or None when it names a day."""
    if parts.ref:
        return "vague"
    if parts.unit not in (None, "day"):
        return parts.unit
    for field, name in (("century", "century"), ("decade", "decade"), ("quarter", "quarter"),
                        ("half", "half"), ("season", "season")):
        if getattr(parts, field) is not None:
            return name
    if parts.day is None and parts.relative_days is None and parts.weekday is None:
        if parts.month is not None:
            return "month"
        if parts.year is not None:
            return "year"
    return None


def on_or_after(day: dt.date, weekday: int) -> dt.date:
    """The first ``weekday`` on or after ``day`` (floating holidays: "Thanksgiving")."""
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _weekday_assumption(parts: Parts, day: dt.date, reference: dt.date) -> str:
    """What chose a bare weekday's week: the tense cue that set its direction, else the
    default (past-tense copy), else the nearest."""
    name = WEEKDAY_NAMES[parts.weekday]
    if day == reference:
        return f"{name} taken as the reference date {reference} itself"
    if parts.tense == "future":
        return f"{name} taken as the next one after the reference date {reference}: '{parts.tense_cue}' points ahead"
    if parts.tense == "past":
        why = f"'{parts.tense_cue}' tells it in the past" if parts.tense_cue else "no future cue before it (past-tense copy)"
        return f"{name} taken as the last one before the reference date {reference}: {why}"
    return f"{name} taken as the closest one to the reference date {reference}"


def _weekday_by_tense(weekday: int, reference: dt.date, tense: str | None) -> dt.date:
    """A bare weekday: the one just past in past-tense copy, the one ahead after "will"…;
    the nearest when the language gives no tense cues."""
    if tense == "past":
        return reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)
    if tense == "future":
        return reference + dt.timedelta(days=(weekday - reference.weekday()) % 7)
    return _nearest_weekday(weekday, reference)


# How far ahead of the reference a past-tense day-and-month may still lie: reports name
# coming dates ("payable Dec. 15") without a future verb as often as past ones.
_PAST_LOOKAHEAD_DAYS = 120
# How far back of the reference a day-and-month after a future cue may lie: "will close
# Dec. 15" in a February report is the coming December's, not the one two months past; a
# week covers a cue read from a neighbouring clause or a late report.
_FUTURE_LOOKBACK_DAYS = 7


def _year_assumption(parts: Parts, year: int, reference: dt.date) -> str:
    if parts.tense == "future" and parts.tense_cue:
        return (f"year not stated; {year}: '{parts.tense_cue}' points ahead, so the first such day from a week "
                f"before the reference date {reference}")
    if parts.past_stated:
        return f"year not stated; {year}: the last such day up to the reference date {reference}, as '{parts.tense_cue}' tells it in the past"
    return f"year not stated; {year} is the closest to the reference date {reference}"


def _year_by_tense(month: int, day: int, reference: dt.date, tense: str | None, past_stated: bool = False) -> int:
    if tense not in ("past", "future"):
        return _nearest_year(month, day, reference)
    if past_stated:
        # "the fiscal year ended Jan. 31": told in the past by its own verb, so not ahead
        return reference.year if (month, day) <= (reference.month, reference.day) else reference.year - 1
    for year in ((reference.year + 1, reference.year, reference.year - 1) if tense == "past"
                 else (reference.year - 1, reference.year, reference.year + 1)):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        gap = (candidate - reference).days
        if tense == "past" and gap <= _PAST_LOOKAHEAD_DAYS:
            return year
        if tense == "future" and gap >= -_FUTURE_LOOKBACK_DAYS:
            return year
    return _nearest_year(month, day, reference)


# Past-tense copy still names the next few months by month alone ("the vote in January").
_MONTHS_AHEAD_IN_PAST_COPY = 3
# After a future cue a month is at most the one just ended ("will publish its results for
# January" in February) or a coming one ("will close in December" in a February report:
# this December, not the last).
_MONTHS_AHEAD_AFTER_FUTURE_CUE = 10


def month_year(parts: Parts, reference: dt.date) -> tuple[int, str]:
    """The year of a month named without one ("in January", "last November", "last Oct.
    23"), and what chose it (provenance)."""
    year, month = reference.year, parts.month
    name = _MONTH_NAMES[month - 1]
    if parts.offset is not None:
        # "last November": the latest before the reference month; "next April" the first after.
        # With a day ("last Oct. 23"), the day decides within the reference month.
        stated, current = (month, parts.day or 0), (reference.month, reference.day if parts.day else 0)
        if parts.offset < 0:
            year -= 1 if stated >= current else 0
        elif parts.offset > 0:
            year += 1 if stated <= current else 0
        return year, f"year not stated; {year}: the {'last' if parts.offset < 0 else 'next'} {name} from the reference date {reference}"
    if parts.tense is not None:
        # Within a year's window around the reference: reaching a few months ahead in
        # past-tense copy ("the vote in January"), a few months back after "will".
        ahead = _MONTHS_AHEAD_IN_PAST_COPY if parts.tense == "past" else _MONTHS_AHEAD_AFTER_FUTURE_CUE
        if parts.past_stated:
            ahead = 0  # "In January, the company brought in …": the January just past
        gap = month - reference.month
        if gap > ahead:
            year -= 1
        elif gap <= ahead - 12:
            year += 1
        if parts.past_stated:
            why = f"the last {name} up to the reference date {reference}, as '{parts.tense_cue}' tells it in the past"
        elif parts.tense == "future":
            why = f"'{parts.tense_cue}' points ahead: the next {name}, or the one just ended"
        else:
            why = (f"no future cue before it (past-tense copy): the {name} at most {ahead} months ahead of the "
                   f"reference month {reference:%Y-%m}, else the last")
        return year, f"year not stated; {year}: {why}"
    if month - reference.month > 6:
        year -= 1  # "December" in a February report: the one just past
    return year, f"year not stated; {year}: the {name} closest to the reference date {reference}"


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")


def _read_hijri(parts: Parts, reference: dt.date) -> DayReading:
    from timeline.resolve.hijri import hijri_to_gregorian, nearest_hijri_year

    if parts.month is None or parts.day is None:
        return DayReading(None, reason="a Hijri date needs a day and a month")
    assumptions = []
    year = parts.year
    if year is None:
        year = nearest_hijri_year(parts.month, parts.day, reference)
        assumptions.append(f"Hijri year not stated; {year} AH is the closest to the reference date {reference}")
    try:
        day = hijri_to_gregorian(year, parts.month, parts.day)
    except ValueError as exc:
        return DayReading(None, reason=str(exc))
    assumptions.append(f"Hijri {parts.day}/{parts.month}/{year} AH = {day.isoformat()} (Umm al-Qura calendar)")
    return DayReading(day, tuple(assumptions))


def _year_in_direction(month: int, day: int, reference: dt.date, direction: int) -> int:
    if direction < 0:
        return reference.year if (month, day) < (reference.month, reference.day) else reference.year - 1
    return reference.year if (month, day) > (reference.month, reference.day) else reference.year + 1


def _nearest_year(month: int, day: int, reference: dt.date) -> int:
    best = reference.year
    best_gap = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            gap = abs((dt.date(year, month, day) - reference).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def _nearest_weekday(weekday: int, reference: dt.date) -> dt.date:
    # News mostly reports the recent past: ties (three days either way) go backwards.
    back = (reference.weekday() - weekday) % 7
    forward = (weekday - reference.weekday()) % 7
    return reference - dt.timedelta(days=back) if back <= forward else reference + dt.timedelta(days=forward)


def hour_of_day(hour: int, period: str | None) -> int:
    """24-hour clock hour from a written hour and day period."""
    if not period or hour > 12:
        return hour  # "20:30 مساءً": the 24-hour figure already says it
    if period in ("am", "morning"):
        return 0 if hour == 12 else hour
    if period in ("pm", "afternoon", "evening"):
        return hour if hour == 12 else hour + 12
    if period == "noon":
        return hour if hour >= 11 else hour + 12
    if period == "night":
        if hour == 12:
            return 0
        return hour + 12 if hour >= 6 else hour
    if period == "midnight":
        return 0
    return hour
