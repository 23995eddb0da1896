"""Text set in capitals ("BREAKING: EXPLOSION AT PORT OF BEIRUT AT 6:07 PM LOCAL TIME",
an old wire flash, a headline line): where names are capitalised, case is what tells a
name ("Beirut", "Eastern") from a word ("at", "begins"), and capitals erase it. A line set
in capitals is read through a re-cased copy of the same length (offsets unchanged):
words of the language's lexicon ("AT", "IN", "PM") in lower case, zone abbreviations
("GMT", "EAT") kept, and the other words capitalised — for place finding only those that
may be (or open) a place name, so that "CURFEW IN DHAKA BEGINS" reads "curfew in Dhaka
begins" and not a four-word name.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from timeline.lang import get as get_language
from timeline.textnorm import normalize
from timeline.zones.gazetteer import lookup_place_stripped, may_open_longer_name
from timeline.zones.lookup import is_abbreviation
from timeline.zones.normalize import normalize_name

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W\d_]+")
# A line is set in capitals when it has no lower-case letter and at least this many
# words of two letters or more (a lone "NATO" or "(AP)" is an acronym, not a style).
_MIN_WORDS = 3
_LONG_WORD = re.compile(r"[^\W\d_]{2,}")


def capital_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of ``text`` set in capitals."""
    if text.lower() == text:
        return []  # no capital letter at all (or a script without case)
    spans = []
    for m in _LINE.finditer(text):
        line = m.group()
        if line.upper() == line and line.lower() != line and len(_LONG_WORD.findall(line)) >= _MIN_WORDS:
            spans.append(m.span())
    return spans


def recased(text: str, lang_code: str, for_places: bool) -> str | None:
    """``text`` with its lines set in capitals re-cased (same length), or None when it
    has none or its language does not capitalise names."""
    view = capital_view(text, lang_code, for_places)
    return view[0] if view is not None else None


@lru_cache(maxsize=8)
def capital_view(text: str, lang_code: str, for_places: bool) -> tuple[str, list[tuple[int, int]]] | None:
    """(the re-cased text, the spans of its lines set in capitals), or None when it has
    none or its language does not capitalise names. Remembered: the extractor asks it for
    every zone cue of a text."""
    if not get_language(lang_code).places_capitalised:
        return None
    spans = capital_lines(text)
    if not spans:
        return None
    parts: list[str] = []
    at = 0
    for start, end in spans:
        parts.append(text[at:start])
        line = text[start:end]
        parts.append(_recase_line(line, lang_code) if for_places
                     else _WORD.sub(lambda m: _recase_word(m.group(), lang_code, False), line))
        at = end
    parts.append(text[at:])
    out = "".join(parts)
    return (out, spans) if len(out) == len(text) else None


def _recase_line(line: str, lang_code: str) -> str:
    """A line in capitals re-cased for place finding: a word is capitalised when it
    goes on with the name the words before it open ("PUERTO RICO", "NEW YORK") or opens
    one itself; words that opened no whole name go back to lower case ("NEAR ANCHORAGE"),
    and after a whole name a word that only opens another stays lower case ("NEW YORK
    STOCK EXCHANGE": the city, then words)."""
    out: list[str] = []
    at = 0
    phrase = ""  # the name (key) the capitalised words so far open or form
    pending: list[int] = []  # where those words stand in ``out``

    def close() -> None:
        if phrase and not _is_a_name(phrase):
            for k in pending:
                out[k] = out[k].lower()
        pending.clear()

    for m in _WORD.finditer(line):
        out.append(line[at : m.start()])
        at = m.end()
        word = m.group()
        cased = _recase_word(word, lang_code, False)
        if cased != word[0] + word[1:].lower():  # a word of the language or an abbreviation
            close()
            out.append(cased)
            phrase = ""
            continue
        key = normalize_name(word)
        longer = f"{phrase} {key}" if phrase and line[m.start() - 1 : m.start()] in (" ", "-") else ""
        if longer and (_opens_a_name(longer) or _is_a_name(longer)):
            phrase = longer
        elif _is_a_name(key) or (_opens_a_name(key) and not (phrase and _is_a_name(phrase))):
            close()
            phrase = key
        else:
            close()
            out.append(word.lower())
            phrase = ""
            continue
        pending.append(len(out))
        out.append(cased)
    close()
    out.append(line[at:])
    return "".join(out)


@lru_cache(maxsize=1 << 14)
def _is_a_name(key: str) -> bool:
    return bool(key) and bool(lookup_place_stripped(key)[0])


@lru_cache(maxsize=1 << 14)
def _opens_a_name(key: str) -> bool:
    return bool(key) and may_open_longer_name(key)


@lru_cache(maxsize=1 << 14)
def _recase_word(word: str, lang_code: str, for_places: bool) -> str:
    lower = word.lower()
    title = word[0] + lower[1:]
    if len(lower) != len(word) or len(title) != len(word):
        return word  # a letter whose case changes its length: left as written
    if len(word) <= 5 and is_abbreviation(word):
        return word  # "GMT", "EDT", "EAT": a zone abbreviation keeps its capitals
    if normalize(lower).casefold() in _lexicon(lang_code):
        return lower  # "AT", "IN", "PM", "MONDAY": the language's own words
    if for_places and not _may_be_place_word(lower):
        return lower
    return title


def _may_be_place_word(word: str) -> bool:
    key = normalize_name(word)
    return bool(key) and (may_open_longer_name(key) or bool(lookup_place_stripped(word)[0]))


@cache
def _lexicon(code: str) -> frozenset[str]:
    from timeline.zones.places_in_text import lexicon_words

    return lexicon_words(code)
