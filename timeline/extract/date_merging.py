"""One mention from parts said together: adjacent date parts ("Wednesday, June 16,
2021"), a clock time and the day after it ("10 p.m. Wednesday", "الساعة 10 صباحًا أمس"),
and a clock time taking the day period of the day said just before it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from timeline.extract.atoms import Atom
from timeline.extract.patterns import Patterns, alternation, compile_language
from timeline.extract.zone_cues import match_zone_cue
from timeline.model import DATE, TIME, Parts, ZoneCue


@cache
def _time_day_gap(code: str) -> re.Pattern[str]:
    joiners = compile_language(code).language.time_day_joiners
    extra = rf"(?:(?:{alternation(joiners)})\s+)?" if joiners else ""
    return re.compile(rf"^,?\s*{extra}$", re.IGNORECASE)


def _merge_time_and_day(s: str, atoms: list[Atom], p: Patterns) -> list[Atom]:
    """"10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9": a clock time (with its
    zone) followed by the day it falls on is one TIME mention whose parts carry the day."""
    gap_pattern = _time_day_gap(p.language.code)
    out: list[Atom] = []
    for atom in atoms:
        prev = out[-1] if out else None
        # "à 22 h 10 mardi soir": a named day with its part joins a time said without one,
        # and the part goes with it ("à 8 heures mardi soir" is 20:00).
        with_part = (atom.parts.day_period is not None and prev is not None and prev.kind == TIME
                     and prev.parts.day_period is None and prev.parts.zone_cue is None
                     and _names_one_day(replace(atom.parts, day_period=None)))
        if (prev is not None and prev.kind == TIME and atom.kind == DATE
                and (_names_one_day(atom.parts) or with_part)
                and gap_pattern.match(s[prev.end : atom.start])
                and _zone_lets_day_join(prev.parts.zone_cue, s[prev.end : atom.start])):
            fields = {f: getattr(atom.parts, f) for f in _DATE_FIELDS if getattr(atom.parts, f) is not None}
            if with_part:
                fields["day_period"] = atom.parts.day_period
            parts, end = replace(prev.parts, **fields), atom.end
            if parts.zone_cue is None:
                # "4 p.m. Monday, Washington time", "6:25 صباح اليوم الخميس بالتوقيت المحلي":
                # the clock's zone is said after its day.
                cue, cue_end = match_zone_cue(s, end, p)
                if cue is not None:
                    parts, end = replace(parts, zone_cue=cue), cue_end
            out[-1] = Atom(prev.start, end, TIME, parts, f"{prev.rule}+{atom.rule}", prev.priority)
        else:
            out.append(atom)
    return out


def _zone_lets_day_join(cue: ZoneCue | None, gap: str) -> bool:
    """A zone abbreviation is part of the clock time ("5 p.m. EST Nov. 9", "4 a.m. EDT
    Thursday"), so the day right after it still belongs to the time; after a zone phrase
    ("1:35 p.m. local time on Wednesday") the day stays a mention of its own."""
    return cue is None or (cue.kind == "abbreviation" and not any(c.isalpha() for c in gap))


def _names_one_day(parts: Parts) -> bool:
    return (parts.ref is None and parts.unit is None and parts.day_period is None
            and parts.relative_days is None
            and (parts.weekday is not None or (parts.month is not None and parts.day is not None)))


_DATE_FIELDS = ("year", "month", "day", "weekday", "relative_days")


# Fields a time may take over from the date said with it ("الثامنة من صباح اليوم").
_DAY_FIELDS = ("year", "month", "day", "weekday", "relative_days", "calendar", "tense")


def _offset_kept(first: Parts, second: Parts) -> int | None:
    """A relative weekday's count ("this coming Sunday") is dropped when a day of a month
    follows it ("…, March 8"): that day says which Sunday."""
    if first.weekday is not None and first.unit is None and second.month is not None and second.day is not None:
        return None
    return first.offset


def _only_day_fields(parts: Parts) -> bool:
    return parts.ref is None and parts.unit is None and parts.offset is None and parts.day_period is None


@cache
def _date_gap(code: str) -> re.Pattern[str]:
    lang = compile_language(code).language
    article = rf"(?:(?:{alternation(lang.date_part_articles)})\s+)?" if lang.date_part_articles else ""
    extra = rf"(?:(?:{alternation(lang.date_joiners)})\s+)?" if lang.date_joiners else ""
    return re.compile(rf"^[\s,،]*{article}{extra}$", re.IGNORECASE)


@cache
def _time_date_gap(code: str) -> re.Pattern[str]:
    lang = compile_language(code).language
    joiners = alternation(tuple(lang.date_joiners) + tuple(lang.day_period_joiners))
    return re.compile(rf"^\s*(?:(?:{joiners})\s+)*$", re.IGNORECASE)


_PERIOD_GAP = 30  # characters between "عصر اليوم" and the clock time it sets


def _with_periods_of_days(s: str, atoms: list[Atom]) -> list[Atom]:
    """"عصر اليوم الجمعة عند الساعة الرابعة والربع", "Friday afternoon at 4:15": a clock
    time with no day period of its own, just after a day said with one, takes it."""
    out: list[Atom] = []
    for atom in atoms:
        prev = out[-1] if out else None
        if (prev is not None and atom.kind == TIME and atom.parts.day_period is None
                and atom.parts.hour is not None and 1 <= atom.parts.hour <= 12
                # A named time ("الظهر", "noon") is its own hour: "صباح اليوم … حتى الظهر"
                # is noon, not the morning's twelve o'clock (midnight).
                and not atom.rule.startswith("clock:named")
                and prev.kind == DATE and prev.parts.day_period is not None
                and atom.start - prev.end <= _PERIOD_GAP and not re.search(r"[.!?؟\n]", s[prev.end : atom.start])):
            atom = replace(atom, parts=replace(atom.parts, day_period=prev.parts.day_period),
                           rule=f"{atom.rule}+period-of-day")
        out.append(atom)
    return out


def _is_day(parts: Parts) -> bool:
    return parts.unit in (None, "day") and (
        parts.relative_days is not None or parts.weekday is not None or parts.day is not None)


def _with_date(s: str, time: Atom, date: Atom, p: Patterns) -> Atom:
    fields = {f: getattr(date.parts, f) for f in _DAY_FIELDS if getattr(date.parts, f) is not None}
    if time.parts.day_period is None and date.parts.day_period is not None:
        fields["day_period"] = date.parts.day_period
    parts = replace(time.parts, **fields)
    end = date.end
    if parts.zone_cue is None:
        cue, cue_end = match_zone_cue(s, end, p)
        if cue is not None:
            parts, end = replace(parts, zone_cue=cue), cue_end
    elif parts.zone_cue.span[0] >= date.start:
        return time
    return Atom(time.start, max(end, time.end), TIME, parts, f"{time.rule}+{date.rule}", time.priority)


def _time_date_candidates(s: str, atoms: list[Atom], p: Patterns) -> list[Atom]:
    """A time and the day said right after it, as one candidate atom: "8 مساء أمس" shares
    "مساء" with the date "مساء أمس", so the two would otherwise exclude each other."""
    if not p.language.time_takes_following_date:
        return []
    gap = _time_date_gap(p.language.code)
    out = []
    dates = [a for a in atoms if a.kind == DATE and _is_day(a.parts)]
    for t in atoms:
        if t.kind != TIME or (t.parts.zone_cue is not None and t.parts.zone_cue.span[1] >= t.end):
            continue
        for d in dates:
            tail_overlap = t.start < d.start < t.end <= d.end
            if tail_overlap or (d.start >= t.end and gap.match(s[t.end : d.start])):
                out.append(_with_date(s, t, d, p))
    return out


def _merge_times_with_dates(s: str, atoms: list[Atom], p: Patterns) -> list[Atom]:
    """"الساعة 10 صباحًا أمس الأربعاء": after dates are merged, a time followed by its day."""
    if not p.language.time_takes_following_date:
        return atoms
    gap = _time_date_gap(p.language.code)
    merged: list[Atom] = []
    for atom in atoms:
        prev = merged[-1] if merged else None
        if (prev is not None and prev.kind == TIME and atom.kind == DATE and _is_day(atom.parts)
                and gap.match(s[prev.end : atom.start])
                and not any(getattr(prev.parts, f) is not None and getattr(atom.parts, f) is not None
                            for f in _DATE_FIELDS)
                and prev.parts.zone_cue is None):
            merged[-1] = _with_date(s, prev, atom, p)
        else:
            merged.append(atom)
    return merged


def _merge_adjacent_dates(s: str, atoms: list[Atom], p: Patterns) -> list[Atom]:
    """"اليوم الأربعاء", "Wednesday, June 16, 2021": one date said in several parts."""
    gap = _date_gap(p.language.code)
    merged: list[Atom] = []
    for atom in atoms:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.kind == DATE
            and atom.kind == DATE
            and gap.match(s[prev.end : atom.start])
            # "مساء أمس الأربعاء": the first part may carry the day period; "this coming
            # Sunday, March 8": a weekday counted from today, settled by the day after it.
            and _only_day_fields(replace(prev.parts, day_period=None, offset=_offset_kept(prev.parts, atom.parts)))
            and _only_day_fields(atom.parts)
            and not any(getattr(prev.parts, f) is not None and getattr(atom.parts, f) is not None for f in _DATE_FIELDS)
        ):
            fields = {f: getattr(atom.parts, f) for f in (*_DATE_FIELDS, "calendar")
                      if getattr(atom.parts, f) is not None}
            first = replace(prev.parts, offset=_offset_kept(prev.parts, atom.parts))
            merged[-1] = Atom(prev.start, atom.end, DATE, replace(first, **fields), f"{prev.rule}+{atom.rule}", prev.priority)
        else:
            merged.append(atom)
    return merged
