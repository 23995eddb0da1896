"""One question for the extractor: do these words name a clock? It asks the three
indexes (CLDR zone names, places, abbreviations) without choosing among readings;
choosing is the resolver's job."""

from __future__ import annotations

from functools import lru_cache

from timeline.zones.abbreviations import lookup_abbreviation
from timeline.zones.cldr_names import lookup_zone_name
from timeline.zones.gazetteer import lookup_place_stripped


@lru_cache(maxsize=4096)
def is_abbreviation(token: str) -> bool:
    return bool(lookup_abbreviation(token))


@lru_cache(maxsize=4096)
def names_a_zone(phrase: str) -> bool:
    if lookup_zone_name(phrase) or lookup_abbreviation(phrase):
        return True
    places, _ = lookup_place_stripped(phrase)
    return any(p.zone or p.kind == "country" for p in places)
