"""Language registry. Each supported language is a module ``timeline.lang.<code>``
exposing ``LANGUAGE``; registering one is adding its code to ``SUPPORTED``."""

from __future__ import annotations

import importlib
import re
from collections import Counter
from collections.abc import Callable
from functools import cache

from timeline.lang.base import Language

SUPPORTED: tuple[str, ...] = ("en", "ar", "fr", "de", "es", "ru")
DEFAULT = "en"


class UnknownLanguage(ValueError):
    pass


@cache
def get(code: str) -> Language:
    if code not in SUPPORTED:
        raise UnknownLanguage(f"unsupported language {code!r} (supported: {', '.join(SUPPORTED)})")
    return importlib.import_module(f"timeline.lang.{code}").LANGUAGE


@cache
def _script_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((code, re.compile(get(code).script)) for code in SUPPORTED)


@cache
def _script_groups() -> tuple[tuple[Callable[[str], int], tuple[str, ...]], ...]:
    """Languages grouped by the script they are written in, in ``SUPPORTED`` order."""
    groups: dict[str, list[str]] = {}
    for code in SUPPORTED:
        groups.setdefault(get(code).script, []).append(code)
    return tuple((_letter_runs(script), tuple(codes)) for script, codes in groups.items())


def _letter_runs(script: str) -> Callable[[str], int]:
    """How many matches of the ``script`` pattern a text has. A pattern matching one
    character at a time is counted by its runs ("[A-Za-z]+", lengths added up): the
    same count with one match object per word instead of one per letter."""
    from re import _parser  # the parse tree tells whether every match is one character

    single = re.compile(script)
    try:
        one_character = single.groups == 0 and _parser.parse(script).getwidth() == (1, 1)
    except Exception:  # noqa: BLE001 - an internal API: without it, letter by letter
        one_character = False
    if not one_character:
        return lambda text: len(single.findall(text))
    runs = re.compile(f"(?:{script})+")
    return lambda text: sum(map(len, runs.findall(text)))


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def detect(text: str, sample: int = 20000) -> str:
    """The supported language of the text: first the script with the most letters,
    then, among languages sharing that script (English, French, German, Spanish), the
    one whose frequent function words occur most often."""
    head = text[:sample]
    best_codes: tuple[str, ...] = (DEFAULT,)
    best_count = 0
    for count_letters, codes in _script_groups():
        count = count_letters(head)
        if count > best_count:
            best_codes, best_count = codes, count
    if len(best_codes) == 1:
        return best_codes[0]
    return _by_function_words(head, best_codes)


def _by_function_words(text: str, codes: tuple[str, ...]) -> str:
    """The language whose function words occur most often; on a tie (a short text such
    as "Er kam gestern Abend an." has none of them), the one whose own time words
    (weekdays, months, day words, numbers, units, clock words) occur most often; then
    the one whose distinctive letters ("ñ", "ç", "ß") occur most often."""
    words = _WORD.findall(text[:5000])
    # A text set in capitals (a headline, a wire flash) has no acronyms to tell apart:
    # there every word counts, or "ET"/"DE" would take all its function words away.
    shouting = sum(word.isupper() for word in words) * 2 > len(words)
    counts = Counter(word.casefold() for word in words
                     if shouting or not _is_acronym(word))
    # Scores go over the text's own words (a few hundred), not over each lexicon (thousands),
    # and the later scores are counted only for the languages still tied.
    tied = _best(codes, lambda code: sum(n for w, n in counts.items() if w in _function_words(code)))
    if len(tied) > 1:
        tied = _best(tied, lambda code: sum(n for w, n in counts.items() if w in _own_time_words(code)))
    if len(tied) > 1:
        letters = Counter(text[:5000].casefold())
        tied = _best(tied, lambda code: sum(letters.get(c, 0) for c in get(code).distinctive_letters))
    # Nothing tells them apart: the first in ``SUPPORTED`` order, as before.
    return tied[0]


def _best(codes: tuple[str, ...], score: Callable[[str], int]) -> tuple[str, ...]:
    """The codes with the highest score, in their order; all of them when none scores."""
    scores = [score(code) for code in codes]
    top = max(scores)
    return codes if top == 0 else tuple(c for c, s in zip(codes, scores, strict=True) if s == top)


@cache
def _function_words(code: str) -> frozenset[str]:
    return frozenset(get(code).function_words)


def _is_acronym(word: str) -> bool:
    """"ET" (Eastern Time), "DE", "UN": capitals that are no function word ("et", "de")."""
    return len(word) > 1 and word.isupper()


_OWN_TIME_WORD_FIELDS = ("weekdays", "months", "relative_days", "number_words", "fraction_words",
                         "duration_units", "day_periods", "clock_leads", "approximate_words",
                         "daily_words", "named_times")


@cache
def _own_time_words(code: str) -> frozenset[str]:
    """The single words of a language's time lexicon, casefolded. Regex fragments and
    one-letter words ("h", "a") are left out: they tell no language apart."""
    language = get(code)
    words: set[str] = set()
    for field_name in _OWN_TIME_WORD_FIELDS:
        for entry in getattr(language, field_name):
            if "\\" in entry:
                continue
            words.update(token.casefold() for token in entry.split()
                         if len(token) > 1 and _WORD.fullmatch(token))
    # Phrase rules that are plain words ("anoche", "overnight"): their words too.
    for rule in language.phrase_rules:
        words.update(token.casefold() for token in rule.pattern.split()
                     if len(token) > 1 and _WORD.fullmatch(token))
    return frozenset(words)
