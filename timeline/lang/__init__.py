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
    counts = Counter(map(str.casefold, _WORD.findall(text[:5000])))
    best, best_score = codes[0], 0
    for code in codes:
        score = sum(counts.get(w, 0) for w in get(code).function_words)
        if score > best_score:
            best, best_score = code, score
    return best
