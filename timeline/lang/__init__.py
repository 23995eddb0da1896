"""Language registry. Each supported language is a module ``timeline.lang.<code>``
exposing ``LANGUAGE``; registering one is adding its code to ``SUPPORTED``."""

from __future__ import annotations

import importlib
import re
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
def _script_groups() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    """Languages grouped by the script they are written in, in ``SUPPORTED`` order."""
    groups: dict[str, list[str]] = {}
    for code in SUPPORTED:
        groups.setdefault(get(code).script, []).append(code)
    return tuple((re.compile(script), tuple(codes)) for script, codes in groups.items())


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def detect(text: str, sample: int = 20000) -> str:
    """The supported language of the text: first the script with the most letters,
    then, among languages sharing that script (English, French, German, Spanish), the
    one whose frequent function words occur most often."""
    head = text[:sample]
    best_codes: tuple[str, ...] = (DEFAULT,)
    best_count = 0
    for pattern, codes in _script_groups():
        count = len(pattern.findall(head))
        if count > best_count:
            best_codes, best_count = codes, count
    if len(best_codes) == 1:
        return best_codes[0]
    return _by_function_words(head, best_codes)


def _by_function_words(text: str, codes: tuple[str, ...]) -> str:
    counts: dict[str, int] = {}
    for word in _WORD.findall(text[:5000]):
        word = word.casefold()
        counts[word] = counts.get(word, 0) + 1
    best, best_score = codes[0], 0
    for code in codes:
        score = sum(counts.get(w, 0) for w in get(code).function_words)
        if score > best_score:
            best, best_score = code, score
    return best
