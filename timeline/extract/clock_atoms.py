"""Clock-time atoms ("13:35", "8 p.m.", "at 9 in the morning") with the zone cue said
after them, and the day-period readers ("p.m.", weak periods, bare hours) the word
clock shares.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.extract.atoms import _PRIORITY, Atom
from timeline.extract.fastscan import finditer as fast_finditer
from timeline.extract.patterns import Patterns, compile_language, table_get
from timeline.extract.zone_cues import match_zone_cue
from timeline.model import TIME, Parts


def _clock_atoms(s: str, p: Patterns) -> list[Atom]:
    atoms = []
    weak = set(p.language.weak_clock_separators)
    for m in fast_finditer(p.clock, s):
        hour, minute = int(m.group("h")), int(m.group("m"))
        second = int(m.group("s")) if m.group("s") else None
        if hour > 24 or (hour == 24 and minute):
            continue
        period = _period(p, m.group("period"))
        start, end = (_prefix_start(m), m.end())
        if _period_opens_cue(s, m, p):
            # "14h35 heure de Moscou", "13h35 heure locale": the hour word opens the clock's
            # name, it is no day period
            cue, cue_end = match_zone_cue(s, m.start("period"), p)
        else:
            cue, cue_end = match_zone_cue(s, end, p)
        if m.group("sep") in weak and not (m.group("period") or cue or m.group("lead")):
            continue  # "13.35" alone is as likely a decimal number
        if s[max(0, start - 1) : start] in "$€£¥":
            continue
        atoms.append(
            Atom(
                start,
                cue_end if cue else end,
                TIME,
                Parts(hour=hour, minute=minute, second=second, day_period=period, zone_cue=cue),
                "clock:numeric",
                _PRIORITY[TIME],
            )
        )
    for m in fast_finditer(p.hour_with_period, s):
        period = _period(p, m.group("period"))
        said_period = m.group("period") and not _period_opens_cue(s, m, p)
        if not (said_period or m.group("lead")):
            continue
        if not m.group("period") and not takes_bare_hour(p, m.group("lead")):
            continue  # "um 5 Prozent", "до 12": a count after a preposition
        hour = int(m.group("h"))
        if hour > 24 or (m.group("period") and period in ("am", "pm") and not 1 <= hour <= 12):
            continue
        if not m.group("lead") and _is_weak_period(p, m.group("period")) and not _clock_named_after(s, m.end(), p):
            continue  # "10 م" is as often ten metres as 10 p.m.; "(1 heure mercredi à Paris)" names its clock
        if not m.group("lead") and _counts_a_length(s, m.start(), m.group("period"), p):
            continue  # "a duré 12 heures à Paris", "durante casi 12 horas": a length, not noon
        if not m.group("lead") and m.group("period") and _number_of_a_name(s, m.start(), m.end(), p):
            continue  # "الفورمولا 1 مساء اليوم": the name's number, then "this evening"
        end = m.end() if said_period or not m.group("period") else m.start("period")
        cue, cue_end = match_zone_cue(s, end, p)
        start = _prefix_start(m) if said_period or not p.language.lead_in_clock_span else m.start()
        atoms.append(
            Atom(start, cue_end if cue else end, TIME,
                 Parts(hour=hour, minute=0, day_period=period, zone_cue=cue),
                 "clock:hour-period" if said_period else "clock:lead-hour", _PRIORITY[TIME])
        )
    for m in fast_finditer(p.four_digit_clock, s):
        cue, cue_end = match_zone_cue(s, m.end(), p)
        if cue is None or (cue.kind == "named" and not _named_cue_vouches(s, m, p, cue)):
            continue  # "1135" is a time only when a zone such as GMT vouches for it
        atoms.append(
            Atom(m.start(), cue_end, TIME,
                 Parts(hour=int(m.group("h")), minute=int(m.group("m")), zone_cue=cue),
                 "clock:four-digit", _PRIORITY[TIME])
        )
    return atoms


def _named_cue_vouches(s: str, m: re.Match[str], p: Patterns, cue) -> bool:
    """"at 1500 Moscow time", "1130 Beijing time": a clock named after a place vouches for
    four digits too, unless they read as a year ("in 2014 Moscow time moved back an
    hour") with no clock lead before them ("at 2000 Moscow time"). The cue must say it is
    a clock: a place after a bare preposition is not ("el Masters 1000 de Madrid")."""
    if not _says_clock(cue):
        return False
    if not 1900 <= int(m.group()[:4]) <= 2099:
        return True
    lead = _weak_lead_before(p.language.code)
    return lead is not None and lead.search(s, max(0, m.start() - 12), m.start()) is not None


def _says_clock(cue) -> bool:
    """Whether a named cue says it is a clock ("Moscow time", "heure de Moscou", "по
    московскому времени"), not only a place after a short preposition ("de Madrid")."""
    from timeline.zones.gazetteer import lookup_place_stripped

    words = cue.text.strip("() ").split()
    while len(words) > 1 and len(words[0]) <= 2:
        words = words[1:]
    return not lookup_place_stripped(" ".join(words))[0]


@cache
def _weak_lead_before(code: str) -> re.Pattern[str] | None:
    from timeline.extract.patterns import fragments

    leads = compile_language(code).language.weak_clock_leads
    return re.compile(rf"(?:{fragments(leads)})\s+$", re.IGNORECASE) if leads else None


def _prefix_start(m: re.Match[str]) -> int:
    return m.start("pre") if m.groupdict().get("pre") else m.start("h")


@cache
def _weak_periods(code: str) -> frozenset[str]:
    from timeline.extract.patterns import normalized_table

    return frozenset(normalized_table(dict.fromkeys(compile_language(code).language.weak_day_periods, 1)))


@cache
def _word_clock_weak_periods(code: str) -> frozenset[str]:
    from timeline.extract.patterns import normalized_table

    lang = compile_language(code).language
    return frozenset(normalized_table(dict.fromkeys(lang.weak_day_periods | lang.word_clock_weak_periods, 1)))


@cache
def _bare_hour_leads(code: str) -> re.Pattern[str] | None:
    from timeline.extract.patterns import fragments

    leads = compile_language(code).language.bare_hour_leads
    return None if leads is None else re.compile(fragments(leads), re.IGNORECASE)


@cache
def _length_cue_before(code: str) -> re.Pattern[str]:
    """A duration lead or approximation word ending just before a number ("a duré",
    "durante casi", "près de")."""
    from timeline.extract.patterns import alternation, fragments

    lang = compile_language(code).language
    approx = alternation(lang.approximate_words) if lang.approximate_words else "(?!)"
    return re.compile(rf"(?<![\w])(?:{fragments(lang.duration_leads)}|{approx})\s+$", re.IGNORECASE)


_SPACES = re.compile(r"[ \t]+")


def _period_opens_cue(s: str, m: re.Match[str], p: Patterns) -> bool:
    """Whether the matched day period is only an hour word that opens a zone cue ("heure" in
    "14h35 heure de Moscou", "1 heure locale"): it names a clock, not a part of the day."""
    if not m.group("period") or _period(p, m.group("period")):
        return False
    return match_zone_cue(s, m.start("period"), p)[0] is not None


def _clock_named_after(s: str, end: int, p: Patterns) -> bool:
    """Whether a zone cue follows the number and its weak period, right after it or after
    one day word ("1 heure à Paris", "(1 heure mercredi à Paris)", "5 часов по Москве"): a
    length is not read on a city's clock, so the hour word is the clock's."""
    cue, _ = match_zone_cue(s, end, p)
    if cue is not None:
        return True
    gap = _SPACES.match(s, end)
    if gap is None:
        return False
    day = p.weekday.match(s, gap.end()) or p.relative_day.match(s, gap.end())
    return day is not None and match_zone_cue(s, day.end(), p)[0] is not None


def _counts_a_length(s: str, start: int, period: str | None, p: Patterns) -> bool:
    """Whether a bare hour with an hour word that is also a duration unit ("12 heures",
    "12 horas") follows a duration lead or an approximation word: then it is a length."""
    if not period or table_get(p.duration_units, period) is None:
        return False
    return _length_cue_before(p.language.code).search(s, max(0, start - 40), start) is not None


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]*$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")


def _number_of_a_name(s: str, start: int, end: int, p: Patterns) -> bool:
    """ "سباق الفورمولا 1 مساء اليوم", "Formula 1 this evening": a bare number right after a
    content word, whose day period opens a day phrase ("مساء اليوم"), is that word's number
    (a name, a model, an article) — not an hour."""
    after = _WORD_AFTER.match(s, end)
    if after is None or table_get(p.relative_days, after.group(1)) is None:
        return False
    before = _WORD_BEFORE.search(s, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1).casefold()
    if word in _incident_nouns(p.language.code):
        return False  # "وقع الهجوم 11 مساء أمس": an attack has no number; 11 is its hour
    return any(word.startswith(a) and len(word) > len(a) + 1 for a in _glued_articles(p.language.code))


@cache
def _glued_articles(code: str) -> tuple[str, ...]:
    from timeline.textnorm import normalize

    return tuple(normalize(a).casefold() for a in compile_language(code).language.glued_articles)


# Concepts of incidents: their nouns are never followed by a number of their own (as a
# race, a round or an article is), so a number after one is the incident's hour.
_INCIDENT_CONCEPTS = frozenset({"attack", "explosion", "earthquake", "fire", "crash"})


@cache
def _incident_nouns(code: str) -> frozenset[str]:
    """The language's incident nouns, with each of its glued articles, normalised."""
    from timeline.textnorm import normalize

    lang = compile_language(code).language
    nouns = {normalize(n).casefold() for n, concept in lang.event_concepts.items() if concept in _INCIDENT_CONCEPTS}
    return frozenset(nouns | {a + n for a in _glued_articles(code) for n in nouns})


def takes_bare_hour(p: Patterns, lead: str | None) -> bool:
    """Whether ``lead`` alone makes the number after it a clock hour (no "Uhr", no period)."""
    leads = _bare_hour_leads(p.language.code)
    return leads is None or (bool(lead) and leads.fullmatch(" ".join(lead.split())) is not None)


def is_weak_period(p: Patterns, found: str | None) -> bool:
    return _is_weak_period(p, found)


def is_weak_word_clock_period(p: Patterns, found: str | None) -> bool:
    """A day period that does not make an hour in words a clock time without a lead."""
    return bool(found) and " ".join(found.casefold().split()) in _word_clock_weak_periods(p.language.code)


def _is_weak_period(p: Patterns, found: str | None) -> bool:
    return bool(found) and " ".join(found.casefold().split()) in _weak_periods(p.language.code)


def _period(p: Patterns, found: str | None) -> str | None:
    if not found:
        return None
    value = table_get(p.day_periods, found)
    return str(value) if value else None
