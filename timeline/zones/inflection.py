"""Place names as they stand in running text of inflected languages ("в Женеве",
"по времени Москвы"): the language's ``place_name_endings`` turn the word back into
the dictionary form the gazetteer knows."""

from __future__ import annotations

from functools import lru_cache

from timeline.lang import SUPPORTED
from timeline.lang import get as get_language
from timeline.zones.gazetteer import Place, lookup_place_stripped

# An inflected reading is a guess; only places this large (or countries and regions)
# are worth it.
_MIN_POPULATION = 100_000


@lru_cache(maxsize=1 << 14)
def lookup_place_inflected(phrase: str, lang_code: str) -> tuple[tuple[Place, ...], str]:
    """``lookup_place_stripped``, then the phrase's last word with each of the
    language's case endings replaced. Returns (places, matched form)."""
    places, form = lookup_place_stripped(phrase)
    if places or lang_code not in SUPPORTED:
        return places, form
    endings = get_language(lang_code).place_name_endings
    if not endings:
        return (), ""
    head, _, last = phrase.rpartition(" ")
    for inflected, base in endings:
        if not last.endswith(inflected) or len(last) - len(inflected) < 3:
            continue
        candidate = (head + " " if head else "") + last[: len(last) - len(inflected)] + base
        places, form = lookup_place_stripped(candidate)
        kept = tuple(p for p in places if p.kind != "city" or p.population >= _MIN_POPULATION)
        if kept:
            return kept, form
    return (), ""
