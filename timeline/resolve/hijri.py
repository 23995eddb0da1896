"""Hijri (Islamic) dates → Gregorian days, through the ``hijridate`` package (Umm al-Qura
tables, 1343–1500 AH), and the check that a Hijri date agrees with a Gregorian date said
in the same sentence.

Umm al-Qura is the Saudi civil calendar; countries that start months on a local moon
sighting can be a day (rarely two) off it, so a one-day difference is reported as
information, not as a conflict.
"""

from __future__ import annotations

import datetime as dt

from hijridate import Gregorian, Hijri

# The year range hijridate's tables cover.
FIRST_YEAR, LAST_YEAR = 1343, 1500


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of a Hijri date; ValueError when it does not exist or is out of range."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"Hijri year {year} is outside the Umm al-Qura tables ({FIRST_YEAR}–{LAST_YEAR} AH)")
    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError) as exc:
        raise ValueError(f"impossible Hijri date {day}/{month}/{year} AH ({exc})") from None


def nearest_hijri_year(month: int, day: int, reference: dt.date) -> int:
    """The Hijri year that puts day/month closest to the reference date."""
    current = Gregorian(reference.year, reference.month, reference.day).to_hijri().year
    best, best_gap = current, None
    for year in (current - 1, current, current + 1):
        try:
            gap = abs((hijri_to_gregorian(year, month, day) - reference).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best
