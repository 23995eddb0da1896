"""Duration atoms ("three and a half hours", "ساعتين", "hours: 3"): a count and a unit in
either order, with the number readers (digits, number words, glued prefixes) they use.
"""

from __future__ import annotations

import re
from functools import cache

from timeline.extract.atoms import _PRIORITY, Atom
from timeline.extract.patterns import Patterns, compile_language, table_get
from timeline.model import DURATION, Parts
from timeline.textnorm import normalize
from timeline.timex import unit_letter

_NUMBER = re.compile(r"\d+(?:[.,\u066B]\d+)?")


_CLOCK_BEFORE = re.compile(r"\d\s?[:hH]\s?$")


def _duration_atoms(s: str, p: Patterns) -> list[Atom]:
    from timeline.extract.phrases import anchored_finditer  # phrases reads numbers with this module

    atoms = []
    # Only near the unit words ("hours", "ans"): a scan of the whole text tried every position.
    matches = anchored_finditer(p.duration, s, p.language.code)
    for m in matches if matches is not None else p.duration.finditer(s):
        unit_seconds, implied = table_get(p.duration_units, _strip_glued(m.group("unit"), p)) or (0, 0)
        if not unit_seconds:
            continue
        count: float | None
        low: float | None = None
        paired: bool | None = None
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
            if m.groupdict().get("lounit"):
                # "بين ساعتين وثلاث ساعات": the lower bound is a unit that counts itself.
                lo_seconds, lo_implied = table_get(p.duration_units, _strip_glued(m.group("lounit"), p)) or (0, 0)
                if lo_seconds == unit_seconds and lo_implied >= 2:
                    low = float(lo_implied)
                elif lo_seconds:  # "يومين وثلاث ساعات": two lengths, each its own
                    atoms.append(Atom(m.start("lounit"), m.end("lounit"), DURATION,
                                      Parts(duration_s=float(lo_seconds * lo_implied),
                                            duration_unit=unit_letter(lo_seconds), duration_count=float(lo_implied)),
                                      "duration:unit", _PRIORITY[DURATION]))
            elif m.groupdict().get("lo"):
                whole = _numbers(s[m.start("lo") : m.end("num")], p)
                paired = _paired_range(m, p)
                if whole and len(whole) == 1:  # "خمس وعشرين": one compound number, no range
                    count = whole[0]
                    paired = None
                elif paired is False:
                    pass  # "à 10 ans" with no "de", "от 9 до 18 часов" with no lead: only the count
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
        if raw and m.groupdict().get("lo") and low is None and paired is not False:
            start = min(start, m.start("lo"))
        if low is not None:
            if not 0 < low < count:
                continue
            groups = m.groupdict()
            start = min(start, m.start("lo") if groups.get("lo") else m.start("lounit") if groups.get("lounit") else start)
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


def _paired_range(m: re.Match[str], p: Patterns) -> bool | None:
    """For a range joined by a word that makes one only after its opener ("de 5 à 10 ans"):
    whether the opener is there (and, when the unit is also the clock's hour word, a
    duration lead before it: "длился от 2 до 3 часов", not "от 9 до 18 часов"). None when
    the joiner needs no opener ("3-4 hours")."""
    pairs = p.language.duration_range_pairs
    joiner = " ".join(m.group("rjoin").casefold().split())
    if table_get(_plain_joiners(p.language.code), joiner) is not None:
        return None
    opener = m.group("ropen")
    needs = {normalize(j).casefold() for j in pairs.get(next(
        (o for o in pairs if opener and normalize(o).casefold() == " ".join(opener.casefold().split())), ""), ())}
    if joiner not in needs:
        return False
    clock_unit = table_get(p.day_periods, m.group("unit")) is not None
    return not clock_unit or bool(m.group("lead"))


@cache
def _plain_joiners(code: str) -> dict[str, object]:
    from timeline.extract.patterns import normalized_table

    return normalized_table(dict.fromkeys(compile_language(code).language.duration_range_joiners, 1))


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
