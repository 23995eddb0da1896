"""Content words of a stretch of text: what labels are made of and what ties a
duration to the event it describes."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from timeline.lang import get as get_language
from timeline.textnorm import normalize

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


@cache
def _stopwords(code: str) -> frozenset[str]:
    lang = get_language(code)
    # Relation words ("between", "until", "around", "حتى") carry no content either.
    words = set(lang.stopwords) | {
        w for group in (lang.range_openers, lang.range_connectors, lang.approximate_time_words,
                        tuple(lang.order_words), tuple(lang.offset_order_words))
        for w in group if " " not in w
    }
    return frozenset(stem(w, code) for w in words) | frozenset(normalize(w).casefold() for w in words)


@cache
def _event_nouns(code: str) -> frozenset[str]:
    return frozenset(stem(w, code) for w in get_language(code).event_nouns)


# Labels and duration links look at the same clauses and words again and again (every
# event of a sentence); both functions are pure, so their answers are remembered.
@lru_cache(maxsize=1 << 14)
def stem(word: str, code: str) -> str:
    """The word without the glued prefixes its language allows, normalised for matching."""
    w = normalize(word).casefold()
    for prefix in get_language(code).content_prefixes:
        p = normalize(prefix)
        if w.startswith(p) and len(w) - len(p) >= (3 if len(p) > 1 else 4):
            w = w[len(p) :]
            break
    # Arabic accusative alif and English possessive: "مؤتمراً"/"meeting's" name the same thing.
    if w.endswith("'s"):
        w = w[:-2]
    return w


def content_words(text: str, code: str) -> list[str]:
    return list(_content_words(text, code))


@lru_cache(maxsize=4096)
def _content_words(text: str, code: str) -> tuple[str, ...]:
    stops = _stopwords(code)
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        s = stem(word, code)
        if s in stops or len(s) < 2 or _folded(word) in stops:
            continue
        out.append(s)
    return tuple(out)


@lru_cache(maxsize=1 << 14)
def _folded(word: str) -> str:
    return normalize(word).casefold()


# Asked for every content word of every clause and label: remembered per word.
@lru_cache(maxsize=1 << 14)
def event_noun_of(word_stem: str, code: str) -> str | None:
    """The event noun a word is, as listed: "مؤتمراً" → "مؤتمر", "جلسته" → "جلسه"."""
    nouns = _event_nouns(code)
    if word_stem in nouns:
        return word_stem
    if word_stem.endswith("ا") and word_stem[:-1] in nouns:
        return word_stem[:-1]
    for suffix, replacement in get_language(code).noun_suffixes.items():
        suffix = normalize(suffix)
        if word_stem.endswith(suffix) and len(word_stem) - len(suffix) >= 2:
            base = word_stem[: -len(suffix)] + normalize(replacement)
            if base in nouns:
                return base
    return None


def is_event_noun(word_stem: str, code: str) -> bool:
    return event_noun_of(word_stem, code) is not None


def event_nouns_in(text: str, code: str) -> set[str]:
    found = set()
    for w in _content_words(text, code):  # the remembered tuple itself: no copy to read it once
        noun = event_noun_of(w, code)
        if noun is not None:
            found.add(noun)
    return found


# Concepts are gathered word by word from every label and clause (each content word is
# asked for the event nouns it holds as a text of its own): remembered per word.
@lru_cache(maxsize=1 << 14)
def event_nouns_of_word(word: str, code: str) -> tuple[str, ...]:
    """``event_nouns_in(word)`` in its iteration order, for one word."""
    return tuple(event_nouns_in(word, code))


# Asked for the edge words of every label: remembered per word.
@lru_cache(maxsize=1 << 14)
def is_stopword(word: str, code: str) -> bool:
    stops = _stopwords(code)
    return normalize(word).casefold() in stops or stem(word, code) in stops
