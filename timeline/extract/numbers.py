"""Numbers written as words, compound ones included ("خمس وعشرين", "ثلاثة آلاف وخمسمائة",
"two hundred"), read from a language's number words, joiners and multipliers.

Parts of a compound fill different decimal places (5 + 20, 3000 + 500). Two parts that
fill the same place ("ثلاث وأربع": 3 and 4) are two numbers — a range or an
alternative — and are returned as such, never summed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from timeline.extract import regex_store
from timeline.extract.patterns import alternation, fragments, normalized_table, table_get
from timeline.lang.base import Language


@dataclass(frozen=True)
class NumberReader:
    phrase: str  # regex fragment (no groups) matching one number phrase, possibly several numbers
    word: re.Pattern[str]
    joiner: re.Pattern[str]
    values: Mapping[str, object]
    multipliers: Mapping[str, object]

    def read(self, phrase: str) -> list[float] | None:
        """The numbers in ``phrase``: one for a compound, two for "ثلاث وأربع"; None if
        it is not wholly number words."""
        tokens: list[tuple[float, bool]] = []
        pos = 0
        text = phrase.strip()
        while pos < len(text):
            j = self.joiner.match(text, pos)
            if j and j.end() > pos and self.word.match(text, j.end()):
                pos = j.end()
            m = self.word.match(text, pos)
            if not m:
                return None
            found = m.group("w")
            mult = table_get(self.multipliers, found)
            if mult is not None:
                tokens.append((float(mult), True))
            else:
                value = table_get(self.values, found)
                if value is None:
                    return None
                tokens.append((float(value), False))
            pos = m.end()
        return _compose(tokens) if tokens else None


def _places(value: float) -> set[int]:
    if value != int(value):
        return {-1}
    digits = str(int(value))[::-1]
    return {i for i, d in enumerate(digits) if d != "0"}


def _compose(tokens: list[tuple[float, bool]]) -> list[float]:
    numbers: list[float] = []
    total = 0.0  # the part already multiplied by a thousand or more
    current = 0.0
    have = False
    for value, is_multiplier in tokens:
        if is_multiplier:
            current = (current or 1) * value
            if value >= 1000:
                total, current = total + current, 0.0
            have = True
            continue
        so_far = total + current
        if have and _places(value) & _places(so_far):
            numbers.append(so_far)
            total, current = 0.0, 0.0
        current += value
        have = True
    numbers.append(total + current)
    return numbers


def number_reader(lang: Language, glued: str) -> NumberReader:
    words = {**lang.number_words, **lang.number_multipliers}
    word_alt = alternation(words)
    joiners = fragments([re.escape(j) for j in lang.number_joiners]) if lang.number_joiners else "(?!)"
    # One number word, optionally carrying a glued prefix ("وعشرين", "بثلاث").
    one = rf"{glued}{word_alt}(?![^\W\d_])"
    phrase = rf"{one}(?:\s*(?:{joiners})\s*{one}|\s+{one})*"
    return NumberReader(
        phrase=phrase,
        word=regex_store.compile(rf"\s*{glued}(?P<w>{word_alt})(?![^\W\d_])", re.IGNORECASE),
        joiner=regex_store.compile(rf"\s*(?:{joiners})\s*|\s+", re.IGNORECASE),
        values=normalized_table(lang.number_words),
        multipliers=normalized_table(lang.number_multipliers),
    )
