"""Dates beyond "16 June 2021": ordinal day words ("السادس عشر من يونيو"), Hijri dates
("6 ذو القعدة 1442 هـ"), relative periods ("الأسبوع الماضي"), day periods of a day
("صباح اليوم", "مساء الأربعاء"), years and months ("عام 2021", "يونيو 2021", "يونيو
الماضي"), weekdays with a direction ("الجمعة المقبلة") and year-first numeric dates.

Every word comes from the ``Language``; a language without these fields gets no atoms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.extract import regex_store
from timeline.extract.fastscan import finditer as fast_finditer
from timeline.extract.patterns import Patterns, alternation, normalized_table, table_get
from timeline.extract.prefilter import never_matches
from timeline.model import Parts

_BEFORE = r"(?<![\w])"
_AFTER = r"(?![\w])"
_YEAR = r"(?P<y>1\d{3}|2[01]\d{2})"


@dataclass(frozen=True)
class DatePatterns:
    day_month: re.Pattern[str]
    hijri: re.Pattern[str]
    relative_period: re.Pattern[str]
    period_day: re.Pattern[str]
    relative_day_period: re.Pattern[str]
    month_year: re.Pattern[str]
    year: re.Pattern[str]
    weekday_direction: re.Pattern[str]
    ymd: re.Pattern[str]
    ordinal_days: dict[str, object]
    hijri_months: dict[str, object]
    relative_periods: dict[str, object]
    day_period_prefixes: dict[str, object]
    relative_day_periods: dict[str, object]
    directions: dict[str, object]
    month_leads: dict[str, object]


@cache
def _compile(code: str) -> DatePatterns:
    from timeline.extract.patterns import compile_language

    lang = compile_language(code).language
    flags = re.IGNORECASE
    glued = f"(?:{lang.glued_prefix})?" if lang.glued_prefix else ""
    months = alternation(lang.months)
    ordinals = alternation(lang.ordinal_days)
    joiners = alternation(lang.day_month_joiners)
    year_leads = alternation(lang.year_leads)
    era = alternation(lang.gregorian_era_words)
    hijri_era = alternation(lang.hijri_era_words)
    directions = alternation(lang.direction_words)
    date_joiners = alternation(lang.date_joiners)
    # A number may carry a glued conjunction or preposition ("و16 يونيو", "ب15 مارس").
    before_number = (rf"(?:(?<![\w])|(?<=\b{lang.number_glued_prefixes}))" if lang.number_glued_prefixes
                     else _BEFORE)
    year_tail = rf"(?:\s*,?\s*(?:(?:{year_leads})\s*)?{_YEAR}(?:\s*{glued}(?:{era})(?![^\W\d_]))?)"
    day_month = regex_store.compile(
        rf"(?:{before_number}(?P<d>\d{{1,2}})|{_BEFORE}{glued}(?P<dword>{ordinals}))\s*(?:(?:{joiners})\s*)?{glued}(?P<mon>{months})"
        rf"(?:\s*/\s*{months})?(?:{year_tail})?(?:\s+(?P<dir>{directions}))?{_AFTER}",
        flags,
    )
    hijri = regex_store.compile(
        rf"(?:{before_number}(?P<d>\d{{1,2}})|{_BEFORE}{glued}(?P<dword>{ordinals}))\s*(?:(?:{joiners})\s*)?{glued}"
        rf"(?P<mon>{alternation(lang.hijri_months)})"
        rf"(?:\s*,?\s*(?:(?:{year_leads})\s*)?(?P<y>1[2-5]\d{{2}})(?:\s*(?P<era>{hijri_era}))?)?{_AFTER}",
        flags,
    )
    relative_period = regex_store.compile(rf"{_BEFORE}{glued}(?P<rp>{alternation(lang.relative_periods)}){_AFTER}", flags)
    day_words = alternation({**lang.relative_days, **lang.weekdays})
    period_day = regex_store.compile(
        rf"{_BEFORE}{glued}(?P<pp>{alternation(lang.day_period_prefixes)})\s+(?:(?:{date_joiners})\s+)?"
        rf"{glued}(?P<day>{day_words})(?:\s+(?P<dir>{directions}))?{_AFTER}",
        flags,
    )
    relative_day_period = regex_store.compile(rf"{_BEFORE}{glued}(?P<rdp>{alternation(lang.relative_day_periods)}){_AFTER}", flags)
    month_year = regex_store.compile(
        rf"{_BEFORE}(?:(?P<lead>{alternation(lang.month_leads)})\s+)?{glued}(?P<mon>{months})(?:\s*/\s*(?P<mon2>{months}))?"
        rf"(?:{year_tail}|\s+(?P<dir>{directions}))?{_AFTER}",
        flags,
    )
    # "عام 2021", or a year its era word vouches for ("2020م", "1991 ميلادية"); a one-letter
    # era word counts only glued to the year ("1500 م" is as often 1500 metres).
    short_era = alternation(w for w in lang.gregorian_era_words if len(w) == 1)
    long_era = alternation(w for w in lang.gregorian_era_words if len(w) > 1)
    # "لعام 1445 هـ" is a Hijri year, not the Gregorian year 1445.
    not_hijri = rf"(?!\s*(?:{hijri_era})(?![^\W\d_]))" if lang.hijri_era_words else ""
    year = regex_store.compile(
        rf"{_BEFORE}(?:{glued}(?:{year_leads})\s*{_YEAR}{not_hijri}(?:\s*{glued}(?:{era})(?![^\W\d_]))?"
        rf"|{_YEAR.replace('<y>', '<y2>')}(?:{short_era}|\s*(?:{long_era}))){_AFTER}",
        flags,
    )
    weekday_direction = regex_store.compile(
        rf"{_BEFORE}{glued}(?P<wd>{alternation(lang.weekdays)})\s+(?P<dir>{directions}){_AFTER}", flags
    )
    ymd = regex_store.compile(r"(?<![\d/.-])(?P<y>\d{4})([/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?![\d/])")
    return DatePatterns(
        day_month=day_month,
        hijri=hijri,
        relative_period=relative_period,
        period_day=period_day,
        relative_day_period=relative_day_period,
        month_year=month_year,
        year=year,
        weekday_direction=weekday_direction,
        ymd=ymd,
        ordinal_days=normalized_table(lang.ordinal_days),
        hijri_months=normalized_table(lang.hijri_months),
        relative_periods=normalized_table(lang.relative_periods),
        day_period_prefixes=normalized_table(lang.day_period_prefixes),
        relative_day_periods=normalized_table(lang.relative_day_periods),
        directions=normalized_table(lang.direction_words),
        month_leads=normalized_table(lang.month_leads),
    )


@cache
def _can_match(regex: re.Pattern[str]) -> bool:
    return not never_matches(regex.pattern, regex.flags)


def _matches(regex: re.Pattern[str], s: str, code: str):
    # A form the language has no words for ("(?!)" where its month leads or Hijri months
    # would be) is not scanned for: the scan would cost as much as a real one. A form
    # led by words is searched near them (timeline.extract.phrases.anchored_finditer).
    from timeline.extract.phrases import anchored_finditer

    if not _can_match(regex):
        return ()
    near = anchored_finditer(regex, s, code)
    return near if near is not None else fast_finditer(regex, s)


def anchored_patterns(code: str) -> tuple[re.Pattern[str], ...]:
    """The forms worth searching near their words (the others start with a digit, or with
    a number or a year lead). Relative periods and day periods ("الأسبوع الماضي", "مساء
    اليوم") are whole-text scans of every position otherwise (Arabic bench pass: each
    about 9 ms scanned whole, 3-5 ms near their words)."""
    d = _compile(code)
    return tuple(regex for regex in (d.day_month, d.month_year, d.period_day, d.weekday_direction,
                                     d.relative_period, d.relative_day_period)
                 if _can_match(regex))


def date_word_atoms(s: str, p: Patterns, make_atom, strip) -> list:
    """``make_atom(start, end, parts, rule, bonus)``; ``strip(word, table)`` removes a glued prefix."""
    d = _compile(p.language.code)
    atoms = []

    def direction(m) -> int | None:
        found = m.groupdict().get("dir")
        value = table_get(d.directions, found) if found else None
        return int(value) if value is not None else None

    for m in _matches(d.day_month, s, p.language.code):
        day = int(m.group("d")) if m.group("d") else table_get(d.ordinal_days, strip(m.group("dword"), d.ordinal_days))
        month = table_get(p.months, strip(m.group("mon"), p.months))
        if day is None or month is None or not 1 <= int(day) <= 31:
            continue
        year = int(m.group("y")) if m.group("y") else None
        way = None if year else direction(m)  # "16 يونيو الماضي"
        atoms.append(make_atom(m.start(), m.end(), Parts(year=year, month=int(month), day=int(day), offset=way or None),
                               "date:day-month-words" if m.group("dword") else "date:day-month", 1))
    for m in _matches(d.hijri, s, p.language.code):
        day = int(m.group("d")) if m.group("d") else table_get(d.ordinal_days, strip(m.group("dword"), d.ordinal_days))
        month = table_get(d.hijri_months, strip(m.group("mon"), d.hijri_months))
        if day is None or month is None or not 1 <= int(day) <= 30:
            continue
        year = int(m.group("y")) if m.group("y") else None
        atoms.append(make_atom(m.start(), m.end(), Parts(year=year, month=int(month), day=int(day), calendar="hijri"),
                               "date:hijri", 1))
    for m in _matches(d.relative_period, s, p.language.code):
        unit, offset = table_get(d.relative_periods, strip(m.group("rp"), d.relative_periods)) or (None, None)
        if unit:
            atoms.append(make_atom(m.start(), m.end(), Parts(unit=unit, offset=int(offset)),
                                   "date:relative-period", 0))
    for m in _matches(d.period_day, s, p.language.code):
        period = table_get(d.day_period_prefixes, strip(m.group("pp"), d.day_period_prefixes))
        day_word = strip(m.group("day"), p.relative_days) if table_get(p.relative_days, m.group("day")) is None else m.group("day")
        rel = table_get(p.relative_days, day_word)
        weekday = None
        if rel is None:
            weekday = table_get(p.weekdays, m.group("day"))
            if weekday is None:
                weekday = table_get(p.weekdays, strip(m.group("day"), p.weekdays))
        if period is None or (rel is None and weekday is None):
            continue
        parts = Parts(day_period=str(period), relative_days=None if rel is None else int(rel),
                      weekday=None if weekday is None else int(weekday),
                      offset=direction(m) if weekday is not None else None)
        atoms.append(make_atom(m.start(), m.end(), parts, "date:period-day", 1))
    for m in _matches(d.relative_day_period, s, p.language.code):
        value = table_get(d.relative_day_periods, strip(m.group("rdp"), d.relative_day_periods))
        if value is not None:
            offset, period = value
            atoms.append(make_atom(m.start(), m.end(), Parts(relative_days=int(offset), day_period=str(period)),
                                   "date:relative-day-period", 1))
    for m in _matches(d.month_year, s, p.language.code):
        month = table_get(p.months, strip(m.group("mon"), p.months))
        if month is None:
            continue
        year = int(m.group("y")) if m.group("y") else None
        # A month name alone is often an ordinary word ("آب" is also "father" once
        # normalised): read it only with a year, a direction, a lead ("شهر") or as a pair.
        if year is None and not (m.group("dir") or m.group("lead") or m.group("mon2")):
            continue
        start = m.start("mon") if not m.group("lead") else m.start()
        modifier = table_get(d.month_leads, m.group("lead")) if m.group("lead") else None
        atoms.append(make_atom(start, m.end(), Parts(year=year, month=int(month), offset=direction(m),
                                                    modifier=str(modifier) if modifier else None),
                               "date:month", 0))
    for m in _matches(d.year, s, p.language.code):
        atoms.append(make_atom(m.start(), m.end(), Parts(year=int(m.group("y") or m.group("y2"))), "date:year", 0))
    for m in _matches(d.weekday_direction, s, p.language.code):
        weekday = table_get(p.weekdays, m.group("wd"))
        if weekday is None:
            weekday = table_get(p.weekdays, strip(m.group("wd"), p.weekdays))
        if weekday is not None:
            atoms.append(make_atom(m.start(), m.end(), Parts(weekday=int(weekday), offset=direction(m)),
                                   "date:weekday-direction", 0))
    for m in _matches(d.ymd, s, p.language.code):
        atoms.append(make_atom(m.start(), m.end(), Parts(year=int(m.group("y")), month=int(m.group("m")),
                                                        day=int(m.group("d"))), "date:ymd", 1))
    return atoms
