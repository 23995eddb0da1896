"""Language registry. Each supported language is a module ``timeline.lang.<code>``
exposing ``LANGUAGE``; registering one is adding its code to ``SUPPORTED``."""

from __future__ import annotations

import importlib
import re
from functools import cache

from timeline.lang.base import Language

SUPPORTED: tuple[str, ...] = ("en", "ar")
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


def detect(text: str, sample: int = 20000) -> str:
    """The supported language whose script has the most letters in the text."""
    head = text[:sample]
    best, best_count = DEFAULT, 0
    for code, pattern in _script_patterns():
        count = len(pattern.findall(head))
        if count > best_count:
            best, best_count = code, count
    return best
