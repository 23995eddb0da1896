"""Places named in a text: the context that "local time" and ambiguous
abbreviations are settled by. Scanned lazily, only for documents that need it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from timeline.extract.patterns import compile_language, normalized_table, table_get
from timeline.extract.sentences import sentence_index
from timeline.lang import get as get_language
from timeline.model import PlaceMention, Span
from timeline.textnorm import normalize
from timeline.zones.gazetteer import MAX_NAME_WORDS, Place
from timeline.zones.inflection import lookup_place_inflected

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
# A city this large is rarely a common word in disguise; smaller ones need a locative
# word before them ("in", "في") to count.
_CONFIDENT_POPULATION = 1_000_000
_MIN_POPULATION = 15_000


@cache
def _lexicon(code: str) -> frozenset[str]:
    """Every word the language module already gives a meaning to: never a place."""
    lang = get_language(code)
    words: set[str] = set()
    for mapping in (lang.weekdays, lang.months, lang.relative_days, lang.number_words, lang.day_periods,
                    lang.duration_units):
        words.update(normalize(w).casefold() for w in mapping)
    words.update(normalize(w).casefold() for w in lang.stopwords)
    words.update(normalize(w).casefold() for w in lang.not_places)
    return frozenset(words)


@cache
def _prepositions(code: str) -> dict[str, object]:
    return normalized_table({w: True for w in get_language(code).place_prepositions})


def find_places(
    text: str, lang_code: str, doc_id: str, starts: list[int], exclude: Iterable[Span] = ()
) -> list[PlaceMention]:
    lang = get_language(lang_code)
    compile_language(lang_code)  # the lexicon tables share its cache
    lexicon = _lexicon(lang_code)
    excluded = sorted(exclude)
    tokens = list(_WORD.finditer(text))
    found: list[PlaceMention] = []
    i = 0
    while i < len(tokens):
        hit = None
        for n in range(min(MAX_NAME_WORDS, len(tokens) - i), 0, -1):
            group = tokens[i : i + n]
            if not _plausible(group, text, lang.places_capitalised, lexicon):
                continue
            span = (group[0].start(), group[-1].end())
            if any(a <= span[0] < b for a, b in excluded):
                break
            phrase = text[span[0] : span[1]]
            if n > 1 and normalize(phrase).casefold() in lexicon:
                break
            places, form = lookup_place_inflected(phrase, lang_code)
            place = _best(places)
            if place is None:
                continue
            previous = tokens[i - 1] if i else None
            following = tokens[i + n] if i + n < len(tokens) else None
            if lang.places_capitalised and _inside_longer_name(text, span, previous, following):
                continue
            strong = _is_strong(place, phrase, form, text, span[0], previous, lang_code) or _is_dateline(text, span)
            if place.kind == "city" and place.population < _MIN_POPULATION and not strong:
                continue
            if not strong and place.kind == "city" and place.population < _CONFIDENT_POPULATION and n == 1 \
                    and not lang.places_capitalised:
                # An unmarked single Arabic word that is a mid-size city somewhere is
                # too often an ordinary word ("الأبيض" in "البيت الأبيض").
                continue
            hit = (n, PlaceMention(doc_id, span, phrase, place.name, place.country, place.zone,
                                   sentence_index(starts, span[0]), strong))
            break
        if hit:
            found.append(hit[1])
            i += hit[0]
        else:
            i += 1
    return found


def _plausible(group: list[re.Match[str]], text: str, capitalised: bool, lexicon: frozenset[str]) -> bool:
    first = group[0].group()
    if normalize(first).casefold() in lexicon and len(group) == 1:
        return False
    if capitalised and not all(t.group()[0].isupper() for t in group):
        return False
    for a, b in zip(group, group[1:], strict=False):
        if text[a.end() : b.start()].strip(" -"):
            return False  # a comma or other mark splits the name
    return len(first) >= 2


def _inside_longer_name(text: str, span: Span, previous: re.Match[str] | None,
                        following: re.Match[str] | None) -> bool:
    """"Vladimir Putin", "Villa La Grange", "the White House": a capitalised name that
    runs on past the place name (or follows "the") is something else."""
    if following is not None and not text[span[1] : following.start()].strip() and following.group()[0].isupper():
        return True
    if previous is not None and not text[previous.end() : span[0]].strip():
        word = previous.group()
        if word[0].isupper() and not _sentence_initial(text, previous.start()):
            return True
        if word.casefold() == "the":
            return True
    return False


def _sentence_initial(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?\n:;—–-\"“«("


def _is_dateline(text: str, span: Span) -> bool:
    """"GENEVA, Wednesday —": a place opening the text, followed by a comma or dash."""
    return not text[: span[0]].strip() and bool(re.match(r"\s*(?:,|\(|—|–|-)", text[span[1] :]))


def _best(places: tuple[Place, ...]) -> Place | None:
    return places[0] if places else None


def _is_strong(place: Place, phrase: str, form: str, text: str, start: int, previous: re.Match[str] | None,
               lang_code: str) -> bool:
    if place.kind in ("country", "region") or place.population >= _CONFIDENT_POPULATION:
        return True
    if normalize(form) != normalize(phrase):
        stripped = normalize(phrase)[: len(normalize(phrase)) - len(normalize(form))]
        if stripped.endswith(("ب", "بال", "في")):
            return True
    if previous is not None and not text[previous.end() : start].strip():
        return table_get(_prepositions(lang_code), previous.group()) is not None
    return False
