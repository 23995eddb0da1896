"""The extraction engine: run a language's compiled patterns over a text and compose
what they find into typed ``Mention``s. Language-free: everything that differs
between languages comes from ``timeline.lang``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache

from timeline.extract.fastscan import finditer as fast_finditer
from timeline.extract.patterns import Patterns, compile_language, table_get
from timeline.extract.phrases import find_phrases
from timeline.extract.sentences import sentence_index, sentence_starts
from timeline.model import DATE, DURATION, TIME, Mention, Parts, ZoneCue
from timeline.textnorm import NormalizedText, normalize
from timeline.timex import unit_letter
from timeline.zones.cldr_names import lookup_zone_name
from timeline.zones.lookup import is_abbreviation, names_a_zone_in


@dataclass(frozen=True, slots=True)
class Atom:
    start: int  # offsets in the normalised text
    end: int
    kind: str
    parts: Parts
    rule: str
    priority: int  # breaks ties between overlapping atoms of equal length


_PRIORITY = {TIME: 3, DATE: 2, DURATION: 1}
_PHRASE_PRIORITY = 4  # a language's phrase rule is more specific than a generic atom of equal length
_NUMBER = re.compile(r"\d+(?:[.,\u066B]\d+)?")
_CLOCK_BEFORE = re.compile(r"\d\s?[:hH]\s?$")


def scan(text: str, lang_code: str, doc_id: str, first_id: int = 1) -> list[Mention]:
    """Every time, date and duration mention in ``text``, in text order."""
    patterns = compile_language(lang_code)
    norm = NormalizedText(text)
    atoms: list[Atom] = []
    atoms += _clock_atoms(norm.text, patterns)
    atoms += _duration_atoms(norm.text, patterns)
    atoms += _date_atoms(norm.text, patterns)
    atoms += [Atom(ph.start, ph.end, ph.kind, ph.parts, ph.rule, _PHRASE_PRIORITY) for ph in find_phrases(norm.text, lang_code)]
    atoms += _word_atoms(norm.text, patterns)
    atoms += _unit_first_durations(norm.text, patterns)
    atoms += _time_date_candidates(norm.text, atoms, patterns)
    kept = _merge_adjacent_dates(norm.text, _without_overlaps(atoms), patterns)
    kept = [a for a in kept if a.kind != NOT_A_TIME]
    kept = _merge_time_and_day(norm.text, kept)
    kept = _merge_times_with_dates(norm.text, kept, patterns)
    kept = _with_range_starts(norm.text, kept, patterns)
    kept = _with_periods_of_days(norm.text, kept)
    starts = sentence_starts(text, patterns.language.non_final_abbreviations)
    kept = _with_tense(norm.text, kept, patterns, starts)
    kept = _with_context_period(kept, starts)
    kept = _anchored_to_prior_date(kept, starts)
    kept = _with_approximate_times(norm.text, kept, patterns)
    mentions = []
    for number, atom in enumerate(kept, start=first_id):
        start, end = norm.span_to_original(atom.start, atom.end)
        parts = atom.parts
        if parts.zone_cue is not None:
            cue = parts.zone_cue
            cue_span = norm.span_to_original(*cue.span)
            parts = replace(parts, zone_cue=replace(cue, span=cue_span, text=text[cue_span[0] : cue_span[1]]))
        mentions.append(
            Mention(
                id=f"m{number}",
                doc=doc_id,
                span=(start, end),
                text=text[start:end],
                kind=atom.kind,
                parts=parts,
                lang=lang_code,
                rule=atom.rule,
                sentence=sentence_index(starts, start),
            )
        )
    return mentions


# --- clock times -------------------------------------------------------------


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
        if not (m.group("period") or m.group("lead")):
            continue
        if not m.group("period") and not takes_bare_hour(p, m.group("lead")):
            continue  # "um 5 Prozent", "до 12": a count after a preposition
        hour = int(m.group("h"))
        if hour > 24 or (m.group("period") and period in ("am", "pm") and not 1 <= hour <= 12):
            continue
        if not m.group("lead") and _is_weak_period(p, m.group("period")):
            continue  # "10 م" is as often ten metres as 10 p.m.
        end = m.end()
        cue, cue_end = match_zone_cue(s, end, p)
        start = _prefix_start(m) if m.group("period") else m.start()
        atoms.append(
            Atom(start, cue_end if cue else end, TIME,
                 Parts(hour=hour, minute=0, day_period=period, zone_cue=cue),
                 "clock:hour-period" if m.group("period") else "clock:lead-hour", _PRIORITY[TIME])
        )
    for m in fast_finditer(p.four_digit_clock, s):
        cue, cue_end = match_zone_cue(s, m.end(), p)
        if cue is None or cue.kind == "named":
            continue  # "1135" is a time only when a zone such as GMT vouches for it
        atoms.append(
            Atom(m.start(), cue_end, TIME,
                 Parts(hour=int(m.group("h")), minute=int(m.group("m")), zone_cue=cue),
                 "clock:four-digit", _PRIORITY[TIME])
        )
    return atoms


def _prefix_start(m: re.Match[str]) -> int:
    return m.start("pre") if m.groupdict().get("pre") else m.start("h")


@cache
def _weak_periods(code: str) -> frozenset[str]:
    from timeline.extract.patterns import normalized_table

    return frozenset(normalized_table(dict.fromkeys(compile_language(code).language.weak_day_periods, 1)))


@cache
def _bare_hour_leads(code: str) -> re.Pattern[str] | None:
    from timeline.extract.patterns import fragments

    leads = compile_language(code).language.bare_hour_leads
    return None if leads is None else re.compile(fragments(leads), re.IGNORECASE)


def takes_bare_hour(p: Patterns, lead: str | None) -> bool:
    """Whether ``lead`` alone makes the number after it a clock hour (no "Uhr", no period)."""
    leads = _bare_hour_leads(p.language.code)
    return leads is None or (bool(lead) and leads.fullmatch(" ".join(lead.split())) is not None)


def is_weak_period(p: Patterns, found: str | None) -> bool:
    return _is_weak_period(p, found)


def _is_weak_period(p: Patterns, found: str | None) -> bool:
    return bool(found) and " ".join(found.casefold().split()) in _weak_periods(p.language.code)


def _period(p: Patterns, found: str | None) -> str | None:
    if not found:
        return None
    value = table_get(p.day_periods, found)
    return str(value) if value else None


def match_zone_cue(s: str, pos: int, p: Patterns) -> tuple[ZoneCue | None, int]:
    """The zone cue that starts right after ``pos`` (after spaces, a comma or a
    parenthesis), or (None, pos). Its span keeps a closing parenthesis only when it
    also holds the opening one."""
    cue, end = _match_zone_cue(s, pos, p)
    if cue is None:
        return None, pos
    start, end = cue.span
    while end > start and s[end - 1].isspace():
        end -= 1
    if s[end - 1] == ")" and "(" not in s[start:end]:
        end -= 1
        while end > start and s[end - 1].isspace():
            end -= 1
    while start < end and s[start].isspace():
        start += 1
    return replace(cue, span=(start, end), text=s[start:end]), end


def _match_zone_cue(s: str, pos: int, p: Patterns) -> tuple[ZoneCue | None, int]:
    opening = p.cue_opening.match(s, pos)
    at = opening.end() if opening else pos
    m = p.local_cue.match(s, at)
    if m:
        return ZoneCue(m.group().strip(), (m.start(), m.end()), "local", "local", "cue:local"), m.end()
    m = p.offset_cue.match(s, at)
    if m:
        if m.group("bare"):
            sign, hours, minutes = m.group("bare"), m.group("boh"), m.group("bom")
        else:
            sign, hours, minutes = m.group("sign"), m.group("oh"), m.group("om") or "00"
        # Real offsets run from -12:00 to +14:00; "+1434" is a number, not a zone.
        if int(minutes) < 60 and int(hours) * 60 + int(minutes) <= 14 * 60:
            value = f"{'-' if sign == '-' else '+'}{int(hours):02d}:{int(minutes):02d}"
            return ZoneCue(m.group().strip(), (m.start(), m.end()), "offset", value, "cue:offset"), m.end()
    m = p.word_cue.match(s, at)
    if m:
        return ZoneCue(m.group().strip(), (m.start(), m.end()), "abbreviation", m.group("word"), "cue:zone-word"), m.end()
    for template in p.template_cues:
        m = template.match(s, at)
        if not m:
            continue
        found = _template_zone(s, m, p)
        if found is None:
            continue
        value, end = found
        return ZoneCue(s[m.start():end].strip(), (m.start(), end), "named", value, "cue:template"), end
    m = p.abbreviation_token.match(s, at)
    if m and is_abbreviation(m.group("abbr")):
        return ZoneCue(m.group().strip(), (m.start(), m.end()), "abbreviation", m.group("abbr"), "cue:abbreviation"), m.end()
    return None, pos


_SLOT_WORD = re.compile(r"\S+")


def _template_zone(s: str, m: re.Match[str], p: Patterns) -> tuple[str, int] | None:
    """The zone a template match names, longest reading first, and where the cue
    ends: the whole cue as a CLDR name ("Central European Summer Time", "heure normale
    d'Europe centrale"), else the slot's leading words as a place, zone name,
    abbreviation or one of the language's zone adjectives ("British", "московскому")."""
    words = list(_SLOT_WORD.finditer(s, m.start("zone"), m.end("zone")))
    # Spaces after the slot are no tail: "en Bogotá ante sus seguidores.\n\n" ends in a paragraph break.
    has_tail = bool(s[m.end("zone") : m.end()].strip())
    lang = p.language
    for n in range(len(words), 0, -1):
        if n < len(words) and has_tail:
            break  # the template's tail came after the dropped words
        end = m.end() if n == len(words) else words[n - 1].end()
        phrase = s[words[0].start() : words[n - 1].end()]
        whole = s[m.start() : end].strip().lstrip("(").strip().rstrip(")").strip()
        if lookup_zone_name(whole):
            return whole, end
        if whole.endswith(".") and not has_tail and lookup_zone_name(whole.rstrip(".")):
            return whole.rstrip("."), end - 1  # the name ends the sentence
        if names_a_zone_in(phrase, lang.code, lang.places_capitalised):
            return phrase, end
        trimmed = phrase.rstrip(".,;:")  # "Paris." ending the sentence; "U.S." keeps its dots above
        if trimmed != phrase and not has_tail \
                and names_a_zone_in(trimmed, lang.code, lang.places_capitalised):
            return trimmed, end - (len(phrase) - len(trimmed))
    return None


# --- durations -----------------------------------------------------------------


def _duration_atoms(s: str, p: Patterns) -> list[Atom]:
    atoms = []
    for m in p.duration.finditer(s):
        unit_seconds, implied = table_get(p.duration_units, _strip_glued(m.group("unit"), p)) or (0, 0)
        if not unit_seconds:
            continue
        count: float | None
        low: float | None = None
        raw = m.group("num")
        if raw and _CLOCK_BEFORE.search(s, max(0, m.start("num") - 4), m.start("num")):
            continue  # the minutes of "13:35 hora", not a count of hours
        if raw:
            values = _numbers(raw, p)
            if not values or len(values) > 2:
                continue
            if len(values) == 2:  # "ثلاث وأربع ساعات": a range said with number words
                low, count = values
            else:
                count = values[0]
            if m.groupdict().get("lo"):
                whole = _numbers(s[m.start("lo") : m.end("num")], p)
                if whole and len(whole) == 1:  # "خمس وعشرين": one compound number, no range
                    count = whole[0]
                else:
                    lows = _numbers(m.group("lo"), p)
                    if not lows or len(lows) != 1:
                        continue
                    low = lows[0]
        elif implied and (implied > 1 or m.group("lead") or m.group("frac2") or m.group("approx")):
            if implied == 1 and _names_a_month_next(s, m.end(), p):
                continue  # "خلال شهر رمضان", "شهر يونيو": the month's name, not a month's length
            count = float(implied)
        elif not implied and m.group("lead") and p.language.uncounted_durations:
            # "بعد دقائق", "منذ سنوات": a plural unit with no count (TIMEX3 "PTXM", "PXY").
            atoms.append(Atom(m.start("unit"), m.end(), DURATION,
                              Parts(duration_unit=unit_letter(unit_seconds)), "duration:unit-uncounted",
                              _PRIORITY[DURATION]))
            continue
        else:
            continue
        for frac_group in ("frac1", "frac2"):
            if m.group(frac_group):
                frac = 0.5 if m.group(frac_group) == "½" else table_get(p.fraction_words, m.group(frac_group))
                count += float(frac or 0)
        start = m.start("approx") if m.group("approx") else (m.start("num") if raw else m.start("unit"))
        if _reads_as_clock(m, raw, count, p):
            start = m.start("num")  # the clock time of the same words wins ("около 20 часов")
        if raw and m.groupdict().get("lo") and low is None:
            start = min(start, m.start("lo"))
        if low is not None:
            if not 0 < low < count:
                continue
            groups = m.groupdict()
            start = min(start, m.start("lo") if groups.get("lo") else start)
            start = m.start("ropen") if groups.get("ropen") and not m.group("approx") else start
            high_s = count * unit_seconds
            low_s = low * unit_seconds
            atoms.append(
                Atom(start, m.end(), DURATION,
                     # TIMEX3 has no range value: the unit without a count ("PTXH") is honest.
                     Parts(duration_s=(low_s + high_s) / 2, approximate=True, duration_range=(low_s, high_s),
                           duration_unit=unit_letter(unit_seconds)),
                     "duration:range", _PRIORITY[DURATION])
            )
            continue
        if raw and m.groupdict().get("pre"):
            start = min(start, m.start("pre"))
        elif raw and start == m.start("num"):
            start += _glued_length(raw, p)  # "وربع ساعة": the conjunction is not the duration
        bound = table_get(_bounding_words(p.language.code), m.group("approx")) if m.group("approx") else None
        atoms.append(
            Atom(start, m.end(), DURATION,
                 Parts(duration_s=count * unit_seconds, approximate=bool(m.group("approx")),
                       modifier=str(bound) if bound else None,
                       duration_unit=unit_letter(unit_seconds),
                       # "several hours": a count for ordering events, but no number for TIMEX3 (PXH)
                       duration_count=None if raw and _is_vague(raw, p) else count),
                 "duration:number-unit" if raw else "duration:unit", _PRIORITY[DURATION])
        )
    return atoms


def _reads_as_clock(m: re.Match[str], raw: str | None, count: float, p: Patterns) -> bool:
    """"около 20 часов": where the unit word is also the language's clock word ("часов"
    after an hour), an approximate whole count of 0–24 in digits with no duration lead
    ("в течение", "длились") is an hour of the clock, as news copy uses it."""
    return (bool(raw) and raw.isdigit() and bool(m.group("approx")) and not m.group("lead")
            and count == int(count) and 0 <= count <= 24
            and table_get(p.day_periods, m.group("unit")) is not None)


@cache
def _month_names(code: str) -> re.Pattern[str]:
    from timeline.extract.patterns import alternation

    lang = compile_language(code).language
    return re.compile(rf"\s+(?:{alternation([*lang.months, *lang.hijri_months])})(?![\w])", re.IGNORECASE)


def _names_a_month_next(s: str, pos: int, p: Patterns) -> bool:
    return bool(_month_names(p.language.code).match(s, pos))


def _unit_first_durations(s: str, p: Patterns) -> list[Atom]:
    """"الساعات الـ24 الماضية": the unit, then its count, then a direction word."""
    pattern = _unit_first_pattern(p.language.code)
    if pattern is None:
        return []
    atoms = []
    for m in pattern.finditer(s):
        unit_seconds, _ = table_get(p.duration_units, m.group("unit")) or (0, 0)
        if not unit_seconds:
            continue
        raw = m.group("num")
        values = [float(raw)] if raw.isdigit() else _numbers(_strip_article(raw, p), p)
        if not values or len(values) != 1:
            continue
        count = values[0]
        atoms.append(Atom(m.start(), m.end(), DURATION,
                          Parts(duration_s=count * unit_seconds, duration_unit=unit_letter(unit_seconds),
                                duration_count=count), "duration:unit-count", _PRIORITY[DURATION]))
    return atoms


@cache
def _unit_first_pattern(code: str) -> re.Pattern[str] | None:
    from timeline.extract.patterns import alternation

    lang = compile_language(code).language
    if not (lang.number_prefix and lang.direction_words):
        return None
    article = f"(?:{lang.number_prefix})"  # the article, as it is glued to numbers too
    # "الأيام الثلاثة المقبلة": the count may be a number word carrying the article.
    return re.compile(
        rf"(?<![\w])(?:{lang.glued_prefix})?{article}(?P<unit>{alternation(lang.duration_units)})\s+"
        rf"(?P<num>{article}?\d+|{article}{alternation(lang.number_words)})\s+"
        rf"(?:{alternation(lang.direction_words)})(?![\w])",
        re.IGNORECASE,
    )


def _strip_article(raw: str, p: Patterns) -> str:
    m = re.match(p.language.number_prefix, raw) if p.language.number_prefix else None
    return raw[m.end():] if m else raw


def _glued_length(raw: str, p: Patterns) -> int:
    if _NUMBER.fullmatch(raw) or not p.language.glued_prefix or table_get(p.number_words, raw) is not None:
        return 0
    m = re.match(p.language.glued_prefix, raw)
    if m and m.end() and table_get(p.number_words, raw[m.end():].split()[0] if raw[m.end():] else "") is not None:
        return m.end()
    return 0


@cache
def _bounding_words(code: str) -> dict[str, object]:
    from timeline.extract.patterns import normalized_table

    return normalized_table(compile_language(code).language.bounding_words)


@cache
def number_reader_for(code: str):
    from timeline.extract.numbers import number_reader

    lang = compile_language(code).language
    return number_reader(lang, f"(?:{lang.glued_prefix})?" if lang.glued_prefix else "")


def _numbers(raw: str, p: Patterns) -> list[float] | None:
    """The number(s) a count says: one, or two for a range in words ("ثلاث وأربع")."""
    if _NUMBER.fullmatch(raw):
        return [float(raw.replace(",", ".").replace("\u066b", "."))]
    value = _number(raw, p)
    if value is not None:
        return [value]
    if p.language.number_joiners or p.language.number_multipliers:
        return number_reader_for(p.language.code).read(raw)
    return None
def _is_vague(raw: str, p: Patterns) -> bool:
    found = {" ".join(x.casefold().split()) for x in (raw, _strip_glued(raw, p))}
    return any(" ".join(normalize(w).casefold().split()) in found for w in p.language.vague_counts)


def _number(raw: str, p: Patterns) -> float | None:
    if _NUMBER.fullmatch(raw):
        return float(raw.replace(",", "."))
    value = table_get(p.number_words, raw)
    if value is None:
        value = table_get(p.number_words, _strip_glued(raw, p))
    return float(value) if value is not None else None


def _strip_glued(word: str, p: Patterns) -> str:
    prefix = p.language.glued_prefix
    if not prefix:
        return word
    if table_get(p.duration_units, word) or table_get(p.number_words, word):
        return word
    m = re.match(prefix, word)
    return word[m.end() :] if m else word


# --- dates -------------------------------------------------------------------------


def _date_atoms(s: str, p: Patterns) -> list[Atom]:
    atoms = []
    prio = _PRIORITY[DATE]
    for m in p.weekday.finditer(s):
        weekday = table_get(p.weekdays, m.group("wd"))
        if weekday is None:
            weekday = table_get(p.weekdays, _strip_prefix_of(m.group("wd"), p))
        if weekday is not None:
            atoms.append(Atom(m.start(), m.end(), DATE, Parts(weekday=int(weekday)), "date:weekday", prio))
    for m in p.relative_day.finditer(s):
        offset = table_get(p.relative_days, m.group("rel"))
        if offset is not None:
            atoms.append(Atom(m.start(), m.end(), DATE, Parts(relative_days=int(offset)), "date:relative-day", prio))
    for regex, rule in ((p.day_month, "date:day-month"), (p.month_day, "date:month-day")):
        for m in fast_finditer(regex, s):
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


def _strip_prefix_of(word: str, p: Patterns) -> str:
    prefix = p.language.glued_prefix
    m = re.match(prefix, word) if prefix else None
    return word[m.end() :] if m else word


# --- composition ------------------------------------------------------------------


def _without_overlaps(atoms: list[Atom]) -> list[Atom]:
    ranked = sorted(atoms, key=lambda a: (-(a.end - a.start), -a.priority, a.start))
    taken: list[Atom] = []
    # The taken spans, disjoint and sorted: an atom overlaps one of them exactly when it
    # overlaps the last one starting before its end (a scan of all was quadratic).
    spans: list[tuple[int, int]] = []
    for atom in ranked:
        i = bisect.bisect_left(spans, (atom.end,))
        if i and spans[i - 1][1] > atom.start and not (spans[i - 1][0] >= atom.end):
            continue
        bisect.insort(spans, (atom.start, atom.end))
        taken.append(atom)
    return sorted(taken, key=lambda a: a.start)


_SENTENCE_GOES_ON = re.compile(r"\s*$|\s+(?=[A-Z])")
NOT_A_TIME = "none"  # a phrase rule's verdict that the words are no time ("a 6-year-old")
_TENSE_WINDOW = 60  # characters before a date searched for a future cue


def _with_tense(s: str, atoms: list[Atom], p: Patterns, starts: list[int]) -> list[Atom]:
    if p.future_cue is None:
        return atoms
    out = []
    for i, atom in enumerate(atoms):
        if atom.kind in (DATE, TIME):
            index = sentence_index(starts, atom.start) if starts else 0
            sentence_start = starts[index] if starts else 0
            window = s[max(sentence_start, atom.start - _TENSE_WINDOW) : atom.start]
            future = _says_future(window, p)
            if not future and _fronted(s[sentence_start : atom.start]):
                # "On Tuesday, the league plans to …": a date opening its sentence comes
                # before the verb that says which way it points.
                sentence_end = starts[index + 1] if starts and index + 1 < len(starts) else len(s)
                following = atoms[i + 1].start if i + 1 < len(atoms) else sentence_end
                future = _says_future(s[atom.end : min(sentence_end, following, atom.end + _TENSE_WINDOW)], p,
                                      before_past=True)
            atom = replace(atom, parts=replace(atom.parts, tense="future" if future else "past"))
        out.append(atom)
    return out


def _says_future(window: str, p: Patterns, before_past: bool = False) -> bool:
    """A future cue in ``window`` that no pluperfect turns into a past plan ("had been
    scheduled to expire Friday"); with ``before_past``, only one ahead of any past-tense verb."""
    past = p.past_verb.search(window) if before_past and p.past_verb is not None else None
    for cue in p.future_cue.finditer(window):
        if past is not None and past.start() < cue.start():
            return False
        if p.past_plan is None or not p.past_plan.search(window[: cue.start()]):
            return True
    return False


_FRONTED_LEAD = re.compile(r"^\W*(?:\w+\W*)?$")  # at most one word ("On", "By") before the date


def _fronted(lead: str) -> bool:
    return bool(_FRONTED_LEAD.match(lead))


def _with_approximate_times(s: str, atoms: list[Atom], p: Patterns) -> list[Atom]:
    """"about 3 p.m.": the time is marked approximate (TIMEX3 mod APPROX); its span stays
    the time itself, as reconcile reads the word before it."""
    if p.approximate_time is None:
        return atoms
    out = []
    for atom in atoms:
        if atom.kind == TIME and not atom.parts.approximate and p.approximate_time.search(s[max(0, atom.start - 30) : atom.start]):
            atom = replace(atom, parts=replace(atom.parts, approximate=True))
        out.append(atom)
    return out


_CONTEXT_SENTENCES = 3  # how many sentences back a contextual shift looks for its period


def _with_context_period(atoms: list[Atom], starts: list[int]) -> list[Atom]:
    """"Third-quarter profit rose from a year earlier": a contextual year shift takes the
    quarter named shortly before it (this sentence or the few before)."""
    out: list[Atom] = []
    for atom in atoms:
        p = atom.parts
        if atom.kind == DATE and p.contextual and p.unit == "year" and p.quarter is None and p.month is None:
            sentence = sentence_index(starts, atom.start) if starts else 0
            for prior in reversed(out):
                if (sentence_index(starts, prior.start) if starts else 0) < sentence - _CONTEXT_SENTENCES:
                    break
                q = prior.parts
                if prior.kind != DATE or q.contextual:
                    continue
                if q.quarter is not None:
                    # "the 1988 quarter" keeps its own year; "a year earlier" shifts the prior one's.
                    year = p.year if p.year is not None else (
                        q.year + (p.offset or 0) if q.year is not None else None)
                    atom = replace(atom, parts=replace(p, quarter=q.quarter, year=year))
                    break
                if q.unit == "quarter" and q.offset is not None:
                    atom = replace(atom, parts=replace(p, unit="quarter", offset=q.offset + 4 * (p.offset or 0)))
                    break
        out.append(atom)
    return out


# "the following year" counts from a year named in this or the few sentences before (the
# time the narrative is at), unless a date counted from the reference date comes first.
_ANCHOR_SENTENCES = 4


def _anchored_to_prior_date(atoms: list[Atom], starts: list[int]) -> list[Atom]:
    """"He was promoted in 1995, and the following year…": an anchored year or month
    shift counts from the date named just before it (this sentence or the few before);
    without one it stays counted from the reference date. "The quarter" / "the latest
    period" in an earnings report is the quarter under discussion, named shortly before."""
    out: list[Atom] = []
    for atom in atoms:
        p = atom.parts
        if atom.kind == DATE and p.anchored and p.day_period is not None and p.unit is None:
            atom = _day_part_of_prior_day(atom, out, starts)
        elif atom.kind == DATE and p.anchored and p.unit in ("year", "month") and p.year is None:
            atom = _shifted_from_prior(atom, out, starts)
        elif atom.kind == DATE and p.anchored and p.unit == "quarter" and p.quarter is None:
            atom = _quarter_under_discussion(atom, out, starts)
        out.append(atom)
    return out


_DAY_NAMING_FIELDS = ("year", "month", "day", "weekday", "relative_days", "calendar", "tense")


def _day_part_of_prior_day(atom: Atom, prior_atoms: list[Atom], starts: list[int]) -> Atom:
    """"Am Montag kam er an und reiste am Abend weiter": an anchored part of a day
    ("am Abend", "вечером") is that part of the day named just before it (this sentence
    or the one before); without one it stays on the day its rule gives (the reference)."""
    sentence = sentence_index(starts, atom.start) if starts else 0
    for prior in reversed(prior_atoms):
        if (sentence_index(starts, prior.start) if starts else 0) < sentence - _ANCHOR_SENTENCES:
            break
        q = prior.parts
        if prior.kind not in (DATE, TIME) or q.ref is not None or q.unit is not None or q.anchored:
            continue
        if q.weekday is None and q.day is None and q.relative_days is None:
            continue
        fields = {f: getattr(q, f) for f in _DAY_NAMING_FIELDS}
        return replace(atom, parts=replace(atom.parts, **fields), rule=f"{atom.rule}+anchored:{prior.rule}")
    return atom


def _priors(atom: Atom, out: list[Atom], starts: list[int]):
    """The atoms before ``atom``, latest first, within the anchoring reach."""
    sentence = sentence_index(starts, atom.start) if starts else 0
    for prior in reversed(out):
        if (sentence_index(starts, prior.start) if starts else 0) < sentence - _ANCHOR_SENTENCES:
            return
        yield prior


def _shifted_from_prior(atom: Atom, out: list[Atom], starts: list[int]) -> Atom:
    p = atom.parts
    for prior in _priors(atom, out, starts):
        q = prior.parts
        if prior.kind == DATE and q.year is None and q.ref is None and (
                q.offset is not None or q.relative_days is not None) and not (q.anchored or q.contextual):
            if q.unit == p.unit and q.offset is not None:
                # "last year … the following year": one on from last year, counted from the reference
                return replace(atom, parts=replace(p, offset=q.offset + (p.offset or 0)))
            return atom  # the narrative is back at the reference date
        if prior.kind not in (DATE, TIME) or q.year is None or q.ref is not None:
            continue
        if p.unit == "year":
            return replace(atom, parts=replace(p, year=q.year + (p.offset or 0), offset=None))
        if q.month is not None:
            index = q.year * 12 + q.month - 1 + (p.offset or 0)
            return replace(atom, parts=replace(p, year=index // 12, month=index % 12 + 1, offset=None))
        return atom
    return atom


def _quarter_under_discussion(atom: Atom, out: list[Atom], starts: list[int]) -> Atom:
    p = atom.parts
    for prior in _priors(atom, out, starts):
        q = prior.parts
        if prior.kind != DATE or q.contextual:
            continue  # "a year earlier" is about the quarter, not a quarter of its own
        if q.quarter is not None:
            return replace(atom, parts=replace(p, unit=None, offset=None, quarter=q.quarter, year=q.year))
        if q.unit == "quarter" and q.offset is not None:
            return replace(atom, parts=replace(p, offset=q.offset))
    return atom


_TIME_DAY_GAP = re.compile(r"^,?\s*(?:on\s+)?$", re.IGNORECASE)


def _merge_time_and_day(s: str, atoms: list[Atom]) -> list[Atom]:
    """"10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9": a clock time (with its
    zone) followed by the day it falls on is one TIME mention whose parts carry the day."""
    out: list[Atom] = []
    for atom in atoms:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == TIME and atom.kind == DATE
                and _names_one_day(atom.parts)
                and _TIME_DAY_GAP.match(s[prev.end : atom.start])
                and _zone_lets_day_join(prev.parts.zone_cue, s[prev.end : atom.start])):
            fields = {f: getattr(atom.parts, f) for f in _DATE_FIELDS if getattr(atom.parts, f) is not None}
            out[-1] = Atom(prev.start, atom.end, TIME, replace(prev.parts, **fields), f"{prev.rule}+{atom.rule}",
                           prev.priority)
        else:
            out.append(atom)
    return out


def _zone_lets_day_join(cue: ZoneCue | None, gap: str) -> bool:
    """A zone abbreviation is part of the clock time ("5 p.m. EST Nov. 9", "4 a.m. EDT
    Thursday"), so the day right after it still belongs to the time; after a zone phrase
    ("1:35 p.m. local time on Wednesday") the day stays a mention of its own."""
    return cue is None or (cue.kind == "abbreviation" and "on" not in gap.lower())


def _names_one_day(parts: Parts) -> bool:
    return (parts.ref is None and parts.unit is None and parts.day_period is None
            and parts.relative_days is None
            and (parts.weekday is not None or (parts.month is not None and parts.day is not None)))


_DATE_GAP = re.compile(r"^[\s,،]*(?:the\s+|يوم\s+)?$", re.IGNORECASE)
_DATE_FIELDS = ("year", "month", "day", "weekday", "relative_days")
# Fields a time may take over from the date said with it ("الثامنة من صباح اليوم").
_DAY_FIELDS = ("year", "month", "day", "weekday", "relative_days", "calendar", "tense")


def _only_day_fields(parts: Parts) -> bool:
    return parts.ref is None and parts.unit is None and parts.offset is None and parts.day_period is None


@cache
def _date_gap(code: str) -> re.Pattern[str]:
    from timeline.extract.patterns import alternation

    joiners = compile_language(code).language.date_joiners
    extra = rf"(?:(?:{alternation(joiners)})\s+)?" if joiners else ""
    return re.compile(rf"^[\s,،]*(?:the\s+|يوم\s+)?{extra}$", re.IGNORECASE)


@cache
def _time_date_gap(code: str) -> re.Pattern[str]:
    from timeline.extract.patterns import alternation

    lang = compile_language(code).language
    joiners = alternation(tuple(lang.date_joiners) + tuple(lang.day_period_joiners))
    return re.compile(rf"^\s*(?:(?:{joiners})\s+)*$", re.IGNORECASE)


def _word_atoms(s: str, p: Patterns) -> list[Atom]:
    """Clock times in words and the date forms of ``date_words``."""
    from timeline.extract.date_words import date_word_atoms
    from timeline.extract.word_clock import word_clock_atoms

    def time_atom(start: int, end: int, parts: Parts, rule: str) -> Atom:
        return Atom(start, end, TIME, parts, rule, _PRIORITY[TIME])

    def date_atom(start: int, end: int, parts: Parts, rule: str, bonus: int) -> Atom:
        return Atom(start, end, DATE, parts, rule, _PRIORITY[DATE] + bonus)

    def strip(word: str, table) -> str:
        if table_get(table, word) is not None:
            return word
        return _strip_prefix_of(word, p)

    return word_clock_atoms(s, p, time_atom, match_zone_cue, _period) + date_word_atoms(s, p, date_atom, strip)


def _with_range_starts(s: str, atoms: list[Atom], p: Patterns) -> list[Atom]:
    from timeline.extract.ranges import day_end_atoms, range_start_atoms

    starts = range_start_atoms(s, atoms, p) + day_end_atoms(s, atoms, p)
    return sorted(atoms + starts, key=lambda a: a.start) if starts else atoms


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


def _merge_adjacent_dates(s: str, atoms: list[Atom], p: Patterns | None = None) -> list[Atom]:
    """"اليوم الأربعاء", "Wednesday, June 16, 2021": one date said in several parts."""
    gap = _date_gap(p.language.code) if p is not None else _DATE_GAP
    merged: list[Atom] = []
    for atom in atoms:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.kind == DATE
            and atom.kind == DATE
            and gap.match(s[prev.end : atom.start])
            # "مساء أمس الأربعاء": the first part may carry the day period.
            and _only_day_fields(replace(prev.parts, day_period=None)) and _only_day_fields(atom.parts)
            and not any(getattr(prev.parts, f) is not None and getattr(atom.parts, f) is not None for f in _DATE_FIELDS)
        ):
            fields = {f: getattr(atom.parts, f) for f in (*_DATE_FIELDS, "calendar")
                      if getattr(atom.parts, f) is not None}
            merged[-1] = Atom(prev.start, atom.end, DATE, replace(prev.parts, **fields), f"{prev.rule}+{atom.rule}", prev.priority)
        else:
            merged.append(atom)
    return merged
