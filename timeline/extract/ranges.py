"""Range starts that are mentions only because of their end: an hour word ("بين الثامنة
والعاشرة مساءً") and a bare day number ("من 13 إلى 15 يونيو"). Bare clock digits
("من 9 إلى 11 صباحًا") are completed by ``links.complete_ranges``.

A time start borrows the end's day period (unless that would put the start after the
end) and zone cue; a day start borrows the end's month, year and calendar — the month
before when its day is the larger ("du 28 au 3 juillet"). The links
are found in ``links.py`` (times) and ``relations.py`` (dates).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from timeline.extract import regex_store
from timeline.extract.patterns import Patterns, alternation, fragments, normalized_table, table_get
from timeline.extract.zone_cues import match_zone_cue
from timeline.model import DATE, TIME, Parts
from timeline.resolve.calendar import hour_of_day


@cache
def _compile(code: str) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, object]] | None:
    from timeline.extract.patterns import compile_language

    lang = compile_language(code).language
    if not (lang.range_openers and lang.range_connectors):
        return None
    glued = f"(?:{lang.glued_prefix})?" if lang.glued_prefix else ""
    leads = fragments(lang.clock_leads)
    hour_words = alternation(lang.clock_hour_words)
    # Anchored at the end: what stands right before the end mention.
    start = regex_store.compile(
        rf"(?<![\w])(?P<open>{alternation(lang.range_openers)})\s+(?:(?:{leads})\s*)?"
        rf"{glued}(?P<hword>{hour_words})"
        rf"\s*(?P<join>{alternation(lang.range_connectors)})\s*(?:(?:{leads})\s*)?(?:{glued})?$",
        re.IGNORECASE,
    )
    day_start = regex_store.compile(
        rf"(?<![\w])(?P<open>{alternation(lang.range_openers)})\s+(?P<d>\d{{1,2}})(?:\.(?=\s))?"
        rf"\s*(?P<join>{alternation(lang.range_connectors)})\s*(?:{glued})?$",
        re.IGNORECASE,
    )
    return start, day_start, normalized_table(lang.clock_hour_words)


def range_start_atoms(s: str, atoms: list, p: Patterns) -> list:
    """New atoms for range starts that are bare numbers; ``atoms`` are the kept atoms."""
    compiled = _compile(p.language.code)
    if compiled is None:
        return []
    start_re, day_start_re, hour_words = compiled
    out = []
    for i, end_atom in enumerate(atoms):
        previous_end = atoms[i - 1].end if i else 0
        window_start = max(previous_end, end_atom.start - 60)
        if end_atom.kind == DATE and end_atom.parts.day is not None and end_atom.parts.month is not None:
            # "من 13 إلى 15 يونيو": the start day shares the end's month and year.
            m = day_start_re.search(s, window_start, end_atom.start)
            if m and 1 <= int(m.group("d")) <= 31 and int(m.group("d")) != end_atom.parts.day:
                year, month = end_atom.parts.year, end_atom.parts.month
                if int(m.group("d")) > end_atom.parts.day:
                    # "du 28 au 3 juillet", "from 28 to 3 July": the start is in the month before.
                    if end_atom.parts.calendar == "hijri":
                        continue
                    year, month = (year - 1 if year else None, 12) if month == 1 else (year, month - 1)
                parts = Parts(year=year, month=month, day=int(m.group("d")), calendar=end_atom.parts.calendar)
                out.append(type(end_atom)(m.start("d"), m.end("d"), DATE, parts, "date:range-start",
                                          end_atom.priority))
            continue
        if end_atom.kind != TIME:
            continue
        m = start_re.search(s, window_start, end_atom.start)
        if m is None:
            continue
        hour = table_get(hour_words, m.group("hword"))
        if hour is None:
            continue
        hour, minute = int(hour), 0
        end = end_atom.parts
        period = end.day_period
        if period and hour <= 12 and end.hour is not None and end.hour <= 12 \
                and hour_of_day(hour, period) > hour_of_day(end.hour, period):
            period = None  # "من 10 إلى 2 ظهرًا": the start is before noon, not 22:00
        parts = Parts(hour=hour, minute=minute, day_period=period, zone_cue=end.zone_cue)
        for field in ("year", "month", "day", "weekday", "relative_days", "calendar", "tense"):
            if getattr(end, field) is not None:
                parts = replace(parts, **{field: getattr(end, field)})
        out.append(type(end_atom)(m.start("hword"), m.end("hword"), TIME, parts, "clock:range-start",
                                  end_atom.priority))
    return out


@cache
def _ordinal_suffix(code: str) -> str:
    """The optional letters after a day number ("3rd") in the language, as a pattern."""
    from timeline.extract.patterns import compile_language

    lang = compile_language(code).language
    return f"(?:{alternation(lang.ordinal_suffixes)})?" if lang.ordinal_suffixes else ""


@cache
def _day_end(code: str) -> re.Pattern[str] | None:
    from timeline.extract.patterns import compile_language

    lang = compile_language(code).language
    if not lang.range_connectors:
        return None
    # What may follow the bare day: the end of the clause or a small word, never a unit,
    # a clock period or a noun ("June 3 and 4 people", "May 2 to 5 p.m.", "5%").
    followers = f"{alternation(lang.day_range_followers)}|" if lang.day_range_followers else ""
    return regex_store.compile(
        rf"\s*(?P<join>{alternation(lang.range_connectors)})\s*(?P<d>\d{{1,2}}){_ordinal_suffix(code)}"
        rf"(?=\s*(?:[,.;:)\]]|$)(?!\d)|\s+(?:{followers}1[6-9]\d\d|20\d\d)\b)",
        re.IGNORECASE,
    )


def day_end_atoms(s: str, atoms: list, p: Patterns) -> list:
    """"June 3-5", "April 24 and 25": a bare day number after a date written month first
    is the range's other end, in the same month and year."""
    pattern = _day_end(p.language.code)
    if pattern is None:
        return []
    out = []
    for i, start_atom in enumerate(atoms):
        parts = start_atom.parts
        if start_atom.kind != DATE or parts.day is None or parts.month is None:
            continue
        said = s[start_atom.start : start_atom.end]
        if not re.search(rf"(?<!\d){parts.day}{_ordinal_suffix(p.language.code)}$", said):
            continue  # the day is not said last ("3 June", "June 3, 1999")
        limit = atoms[i + 1].start if i + 1 < len(atoms) else len(s)
        m = pattern.match(s, start_atom.end, limit)
        if m and parts.day < int(m.group("d")) <= 31:
            end = Parts(year=parts.year, month=parts.month, day=int(m.group("d")), calendar=parts.calendar)
            out.append(type(start_atom)(m.start("d"), m.end("d"), DATE, end, "date:range-end", start_atom.priority))
    return out


@cache
def _hour_end(code: str) -> re.Pattern[str] | None:
    from timeline.extract.patterns import compile_language

    lang = compile_language(code).language
    if not (lang.range_openers and lang.range_connectors and lang.clock_hour_words):
        return None
    glued = f"(?:{lang.glued_prefix})?" if lang.glued_prefix else ""
    minutes = alternation(lang.clock_minute_words) if lang.clock_minute_words else "(?!)"
    periods = alternation(w for w in lang.day_periods if w)
    return re.compile(
        rf"\s*(?P<join>{alternation(lang.range_connectors)})\s*(?:{fragments(lang.clock_leads)}\s*)?"
        rf"{glued}(?P<hword>{alternation(lang.clock_hour_words)})(?![\w])"
        rf"(?:\s*(?P<mword>{minutes})(?![\w]))?(?:\s*(?P<period>{periods})(?![\w]))?",
        re.IGNORECASE,
    )


def hour_end_atoms(s: str, atoms: list, p: Patterns) -> list:
    """"من الساعة الواحدة ظهرا حتى الثانية والنصف": an hour word after a clock time and a
    range connector is the interval's end, though no lead or day period of its own makes it
    a time; it takes the start's day period when that keeps it after the start."""
    pattern = _hour_end(p.language.code)
    if pattern is None:
        return []
    hours = normalized_table(p.language.clock_hour_words)
    minute_words = normalized_table(p.language.clock_minute_words)
    out = []
    for i, start_atom in enumerate(atoms):
        start = start_atom.parts
        if start_atom.kind != TIME or start.hour is None:
            continue
        limit = atoms[i + 1].start if i + 1 < len(atoms) else len(s)
        m = pattern.match(s, start_atom.end, limit)
        if m is None:
            continue
        cue, cue_end = match_zone_cue(s, m.end(), p)
        if not (m.group("mword") or m.group("period") or cue or _CLAUSE_END.match(s, m.end())):
            continue  # "حتى الثانية من الجلسة": an ordinal of something else
        hour = table_get(hours, _without_glued(m.group("hword"), p, hours))
        if hour is None or not 1 <= int(hour) <= 12:
            continue
        minute = int(table_get(minute_words, m.group("mword")) or 0) if m.group("mword") else 0
        if not 0 <= minute < 60:
            continue
        period = p.day_periods.get(m.group("period")) if m.group("period") else None
        if period is None and m.group("period"):
            period = table_get(p.day_periods, m.group("period")) or None
        if not m.group("period"):
            # The end is the first reading of its hour after the start ("from ten a.m. until
            # two" ends at 14:00, "from 1 p.m. until half past two" at 14:30).
            start24 = hour_of_day(start.hour, start.day_period) * 60 + (start.minute or 0)
            as_said = (int(hour) % 12) * 60 + minute
            period = "pm" if as_said <= start24 < as_said + 720 else "am" if as_said > start24 else None
        parts = Parts(hour=int(hour), minute=minute, day_period=str(period) if period else None,
                      zone_cue=cue or start.zone_cue)
        for field in ("year", "month", "day", "weekday", "relative_days", "calendar", "tense"):
            if getattr(start, field) is not None:
                parts = replace(parts, **{field: getattr(start, field)})
        out.append(type(start_atom)(m.start("hword"), cue_end if cue else m.end(), TIME, parts, "clock:range-end",
                                    start_atom.priority))
    return out


_CLAUSE_END = re.compile(r"\s*(?:[.,،؛;:!?؟)\]\n]|$)")


def _without_glued(word: str, p: Patterns, table: dict[str, object]) -> str:
    if table_get(table, word) is not None or not p.language.glued_prefix:
        return word
    m = re.match(p.language.glued_prefix, word)
    return word[m.end():] if m else word
