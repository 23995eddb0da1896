"""One question for the extractor: do these words name a clock? It asks the three
indexes (CLDR zone names, places, abbreviations) and the language's adjectival zone
names without choosing among readings; choosing is the resolver's job."""

from __future__ import annotations

from functools import lru_cache

from timeline.zones.abbreviations import lookup_abbreviation
from timeline.zones.adjectives import adjective_target
from timeline.zones.cldr_names import lookup_zone_name
from timeline.zones.gazetteer import lookup_place_stripped
from timeline.zones.inflection import lookup_place_inflected


@lru_cache(maxsize=4096)
def is_abbreviation(token: str) -> bool:
    return bool(lookup_abbreviation(token))


@lru_cache(maxsize=4096)
def names_a_zone(phrase: str) -> bool:
    if lookup_zone_name(phrase) or lookup_abbreviation(phrase):
        return True
    places, _ = lookup_place_stripped(phrase)
    return any(p.zone or p.kind == "country" for p in places)


@lru_cache(maxsize=8192)
def names_a_zone_in(phrase: str, lang_code: str, capitalised: bool) -> bool:
    """``names_a_zone`` for a phrase of one language. Where place names are capitalised,
    a lowercase phrase ("pointe" in "heure de pointe") counts only as one of the
    language's zone adjectives or a zone name, never as a place somewhere."""
    if adjective_target(phrase, lang_code) is not None:
        return True
    if capitalised and not phrase[:1].isupper():
        # A lowercase word is no exemplar city: "reunión" (a meeting) is not Réunion.
        return bool(any(name.variant != "city" for name in lookup_zone_name(phrase)) or lookup_abbreviation(phrase))
    if names_a_zone(phrase):
        return True
    places, _ = lookup_place_inflected(phrase, lang_code)
    return any(p.zone or p.kind == "country" for p in places)
