"""Date atoms from the language's date patterns ("June 16, 2021", "Wednesday", "16 يونيو").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.extract.atoms import _PRIORITY, Atom
from timeline.extract.fastscan import finditer as fast_finditer
from timeline.extract.patterns import Patterns, table_get
from timeline.model import DATE, Parts

_SENTENCE_GOES_ON = re.compile(r"\s*$|\s+(?=[A-Z])")


def _date_atoms(s: str, p: Patterns) -> list[Atom]:
    atoms = []
    prio = _PRIORITY[DATE]
    for m in _near_words(p.weekday, s, p) or p.weekday.finditer(s):
        weekday = table_get(p.weekdays, m.group("wd"))
        if weekday is None:
            weekday = table_get(p.weekdays, _strip_prefix_of(m.group("wd"), p))
        if weekday is not None:
            atoms.append(Atom(m.start(), m.end(), DATE, Parts(weekday=int(weekday)), "date:weekday", prio))
    for m in _near_words(p.relative_day, s, p) or p.relative_day.finditer(s):
        offset = table_get(p.relative_days, m.group("rel"))
        if offset is not None:
            atoms.append(Atom(m.start(), m.end(), DATE, Parts(relative_days=int(offset)), "date:relative-day", prio))
    for regex, rule in ((p.day_month, "date:day-month"), (p.month_day, "date:month-day")):
        for m in _near_words(regex, s, p) or fast_finditer(regex, s):
            end = m.end()
            if s[end - 1 : end] == "." and _SENTENCE_GOES_ON.match(s, end):
                end -= 1  # "signed 16 June. The…": the full stop ends the sentence, not an abbreviation
            month = table_get(p.months, m.group("mon"))
            day = int(m.group("d"))
            if month is None or not 1 <= day <= 31:
                continue
            year = int(m.group("y")) if m.group("y") else None
            atoms.append(Atom(m.start(), end, DATE, Parts(year=year, month=int(month), day=day), rule, prio + 1))
    for m in fast_finditer(p.iso_date, s):
        atoms.append(
            Atom(m.start(), m.end(), DATE,
                 Parts(year=int(m.group("y")), month=int(m.group("m")), day=int(m.group("d"))), "date:iso", prio + 1)
        )
    for m in fast_finditer(p.numeric_date, s):
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (a, b) if p.language.numeric_date_order == "dmy" else (b, a)
        if month > 12 and day <= 12:
            day, month = month, day
        atoms.append(
            Atom(m.start(), m.end(), DATE, Parts(year=int(m.group("y")), month=month, day=day), "date:numeric", prio + 1)
        )
    return atoms


def _near_words(regex: re.Pattern[str], s: str, p: Patterns) -> Iterator[re.Match[str]] | None:
    """The pattern's matches found near its anchor words (timeline.extract.phrases), or
    None when it is not searched that way."""
    from timeline.extract.phrases import anchored_finditer

    return anchored_finditer(regex, s, p.language.code)


def _strip_prefix_of(word: str, p: Patterns) -> str:
    prefix = p.language.glued_prefix
    m = re.match(prefix, word) if prefix else None
    return word[m.end() :] if m else word
