"""Adjectival and idiomatic zone names ("British time", "heure française", "по
московскому времени", "بالتوقيت السعودي", "Moskauer Zeit"): the words come from each
language's ``zone_adjectives`` and ``zone_adjective_endings``; this module only looks
them up. The answer is an IANA zone or an ISO country code, still to be settled by
``timeline.zones.countries`` when the country has several zones."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from timeline.lang import SUPPORTED
from timeline.lang import get as get_language
from timeline.zones.gazetteer import lookup_place_stripped
from timeline.zones.normalize import normalize_name


@dataclass(frozen=True, slots=True)
class AdjectiveTarget:
    target: str  # IANA zone id ("Europe/Moscow") or ISO 3166 country code ("GB")
    source: str  # how it was found, for provenance

    @property
    def is_country(self) -> bool:
        return "/" not in self.target


@cache
def _table(code: str) -> dict[str, str]:
    if code not in SUPPORTED:
        return {}
    return {normalize_name(word): target for word, target in get_language(code).zone_adjectives.items()}


@lru_cache(maxsize=8192)
def adjective_target(phrase: str, code: str) -> AdjectiveTarget | None:
    """What an adjectival zone name of language ``code`` points at, or None."""
    key = normalize_name(phrase)
    if not key:
        return None
    target = _table(code).get(key)
    if target is not None:
        return AdjectiveTarget(target, f"'{phrase}' is a {get_language(code).name} name for the clock of {target}")
    if code not in SUPPORTED:
        return None
    for adjective_ending, name_ending in get_language(code).zone_adjective_endings:
        if not phrase.endswith(adjective_ending) or len(phrase) - len(adjective_ending) < 3:
            continue
        stem = phrase[: len(phrase) - len(adjective_ending)] + name_ending
        places, _ = lookup_place_stripped(stem)
        zoned = [p for p in places if p.zone and p.kind == "city"]
        if zoned:
            place = zoned[0]
            return AdjectiveTarget(place.zone, f"'{phrase}' is the adjective of {place.name} ({place.country})")
    return None
