"""Clock times said in words: "الساعة الثامنة والنصف مساءً", "الواحدة ظهرًا",
"الثالثة وعشر دقائق فجرًا", "الثامنة إلا ربعًا", "منتصف الليل", "عند الظهر".

Hour words are often ordinals too ("الثانية" is also "the second"), so an hour word is
read as a clock time only after a clock lead ("الساعة") or before a day period.
Everything language-specific comes from the ``Language``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from timeline.extract import regex_store
from timeline.extract.numbers import NumberReader
from timeline.extract.patterns import Patterns, alternation, fragments, normalized_table, table_get
from timeline.model import Parts

_CLAUSE_END = re.compile(r"\s*(?:[.,،؛;:!?؟)\]\n]|$)")


@dataclass(frozen=True)
class WordClockPatterns:
    clock: re.Pattern[str]
    named: re.Pattern[str]
    hour_words: dict[str, object]
    minute_words: dict[str, object]
    minute_joiners: dict[str, object]
    minute_prefixes: dict[str, object]
    named_times: dict[str, object]
    # Hour words said as cardinals (Language.spoken_clock_hour_words), normalised.
    spoken_only: frozenset[str] = frozenset()


@cache
def _compile(code: str) -> WordClockPatterns | None:
    from timeline.extract.patterns import compile_language
    from timeline.extract.scanner import number_reader_for

    p = compile_language(code)
    lang = p.language
    if not (lang.clock_hour_words or lang.spoken_clock_hour_words or lang.named_times or lang.lead_named_times):
        return None
    flags = re.IGNORECASE
    glued = f"(?:{lang.glued_prefix})?" if lang.glued_prefix else ""
    numbers: NumberReader = number_reader_for(code)
    leads = fragments(lang.clock_leads)
    hour_words = alternation({**lang.spoken_clock_hour_words, **lang.clock_hour_words})
    prefix = f"(?:{lang.number_prefix})?" if lang.number_prefix else ""
    minute_units = alternation(w for w, (seconds, _) in lang.duration_units.items() if seconds == 60)
    joiners = alternation(lang.clock_minute_joiners)
    minute_words = alternation(lang.clock_minute_words)
    minute_prefixes = alternation(lang.clock_minute_prefixes)
    hour_units = alternation(lang.clock_hour_units)
    period_joiners = alternation(lang.day_period_joiners)
    periods = alternation(lang.day_periods)
    clock = regex_store.compile(
        rf"(?<![\w])(?:(?P<lead>{leads})\s*)?(?:(?P<mprefix>{minute_prefixes})\s+)?"
        rf"(?:{glued}(?P<hword>{hour_words})|{prefix}(?P<hdigit>\d{{1,2}}))(?![\w])"
        rf"(?:\s*(?P<mword>{minute_words})(?![\w])"
        rf"|\s*(?P<hunit>{hour_units})\s*(?P<umnum>\d{{1,2}}|{numbers.phrase})\s*(?P<umunit>{minute_units})(?![\w])"
        rf"|\s*(?P<mjoin>{joiners})\s*(?P<mnum>\d{{1,2}}|{numbers.phrase})\s*(?:{glued}(?P<munit>{minute_units}))?(?![\w]))?"
        rf"(?:\s*(?:(?:{period_joiners})\s+)?(?P<period>{periods})(?![^\W\d_]))?",
        flags,
    )
    named_alt = alternation(lang.named_times)
    lead_named_alt = alternation(lang.lead_named_times)
    named_leads = alternation(lang.named_time_leads)
    named = regex_store.compile(
        rf"(?<![\w])(?:{glued}(?P<named>{named_alt})|(?:{named_leads})\s+(?P<leadnamed>{lead_named_alt}))(?![\w])",
        flags,
    )
    return WordClockPatterns(
        clock=clock,
        named=named,
        hour_words=normalized_table({**lang.spoken_clock_hour_words, **lang.clock_hour_words}),
        spoken_only=frozenset(normalized_table({w: 1 for w in lang.spoken_clock_hour_words
                                                if w not in lang.clock_hour_words})),
        minute_words=normalized_table(lang.clock_minute_words),
        minute_joiners=normalized_table(lang.clock_minute_joiners),
        minute_prefixes=normalized_table(lang.clock_minute_prefixes),
        named_times=normalized_table({**lang.named_times, **lang.lead_named_times}),
    )


def word_clock_atoms(s: str, p: Patterns, make_atom, match_zone_cue, period_of) -> list:
    """Atoms for clock times in words. ``make_atom(start, end, parts, rule)`` builds the
    scanner's atom; ``match_zone_cue``/``period_of`` are the scanner's own readers."""
    wc = _compile(p.language.code)
    if wc is None:
        return []
    from timeline.extract.clock_atoms import is_weak_word_clock_period
    from timeline.extract.scanner import number_reader_for, takes_bare_hour

    numbers = number_reader_for(p.language.code)
    atoms = []
    for m in wc.clock.finditer(s):
        has_minutes = bool(m.group("mword") or m.group("mjoin") or m.group("hunit") or m.group("mprefix"))
        if m.group("hdigit") and not has_minutes:
            continue  # "الساعة 8", "8 مساءً": the numeric rules read these
        # "halb acht", "Viertel nach acht": the prefix says clock as a lead does (a digit
        # after it, "halb 8", still wants a lead or a day period).
        said_as_clock = m.group("lead") or m.group("period") or (m.group("mprefix") and m.group("hword"))
        if not said_as_clock:
            continue
        if not has_minutes and not m.group("period") and not takes_bare_hour(p, m.group("lead")):
            continue  # "в два раза": a count after a preposition
        if not m.group("lead") and is_weak_word_clock_period(p, m.group("period")):
            continue  # "два часа" alone is a length of time as often as two o'clock
        if m.group("hword"):
            hour = table_get(wc.hour_words, _strip(m.group("hword"), p, wc.hour_words))
        else:
            hour = int(m.group("hdigit"))
        if hour is None or not 0 <= int(hour) <= 24:
            continue
        minutes = 0
        if m.group("mprefix"):
            minutes = int(table_get(wc.minute_prefixes, m.group("mprefix")) or 0)
            if not minutes or m.group("mword") or m.group("mjoin") or m.group("hunit"):
                continue  # "halb acht und zehn Minuten": no clock reading adds both
        if m.group("hunit"):
            values = [float(m.group("umnum"))] if m.group("umnum").isdigit() else numbers.read(m.group("umnum"))
            if not values or len(values) != 1:
                continue
            minutes = int(values[0])
        elif m.group("mword"):
            minutes = int(table_get(wc.minute_words, m.group("mword")) or 0)
        elif m.group("mjoin"):
            sign = int(table_get(wc.minute_joiners, m.group("mjoin")) or 0)
            raw = m.group("mnum")
            values = [float(raw)] if raw.isdigit() else numbers.read(raw)
            if not values or len(values) != 1 or not sign:
                continue
            if not (m.group("munit") or m.group("period")):
                continue  # "العاشرة وخمسة جرحى": a count, not minutes
            minutes = sign * int(values[0])
        hour = int(hour)
        if minutes < 0:
            # "الواحدة إلا ربعًا": a quarter to one is 12:45 on a twelve-hour clock.
            hour, minutes = (hour - 1) or 12, 60 + minutes
        if not 0 <= minutes < 60:
            continue
        period = period_of(p, m.group("period"))
        if m.group("mprefix"):
            start = m.start("mprefix")
        elif m.group("hunit"):
            start = m.start("hdigit") if m.group("hdigit") else m.start("hword")
        else:
            start = (m.start("hword") if m.group("hword")
                     else m.start() if p.language.lead_in_clock_span else m.start("hdigit"))
        end = m.end()
        cue, cue_end = match_zone_cue(s, end, p)
        if (m.group("hword") and _strip(m.group("hword"), p, wc.hour_words).casefold() in wc.spoken_only
                and not (m.group("lead") and (m.group("period") or has_minutes or cue or _CLAUSE_END.match(s, end)))):
            # "الساعة ثلاثة أيام": a spoken hour needs its lead and something that ends it — a day
            # period even when it reads as no part of the day ("a las quince horas una reunión").
            continue
        atoms.append(make_atom(start, cue_end if cue else end,
                               Parts(hour=hour, minute=minutes, day_period=period, zone_cue=cue,
                                     twelve_hour_dial=bool(m.group("hword")) and not period and 1 <= hour <= 12),
                               "clock:words"))
    for m in wc.named.finditer(s):
        found = m.group("named") or m.group("leadnamed")
        value = table_get(wc.named_times, _strip(found, p, wc.named_times))
        if value is None:
            continue
        hour, minute = value
        start = m.start("named") if m.group("named") else m.start("leadnamed")
        cue, cue_end = match_zone_cue(s, m.end(), p)
        atoms.append(make_atom(start, cue_end if cue else m.end(),
                               Parts(hour=int(hour), minute=int(minute), zone_cue=cue), "clock:named"))
    return atoms


def _strip(word: str, p: Patterns, table: dict[str, object]) -> str:
    if table_get(table, word) is not None or not p.language.glued_prefix:
        return word
    m = re.match(p.language.glued_prefix, word)
    return word[m.end():] if m else word
