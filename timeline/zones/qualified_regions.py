"""Regions whose name is first something else: a far larger city elsewhere ("Victoria" is
also a Hong Kong district and a Canadian city), or a common surname ("Guerrero",
"Hidalgo"). The zone index leaves them out on purpose (scripts/build_zone_data.py), so
"across Victoria" was Hong Kong and "the state of Guerrero" no place at all. They are
read as the region only when the text qualifies the name: a region's kind word right
next to it ("the state of Guerrero", "Victoria state"; Language.place_kind_words of kind
"region") or its country named elsewhere in the document ("MELBOURNE, Australia", "the
Australian state").

The zone is never typed here: it is the zone of the region's main city as the gazetteer
gives it (GeoNames), as for the regions of build_zone_data.py.
"""

from __future__ import annotations

from functools import cache

from timeline.zones.gazetteer import Place, lookup_place_stripped
from timeline.zones.normalize import normalize_name

# (country, names, the main city whose zone the region keeps).
QUALIFIED_REGIONS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("AU", ("Victoria",), "Melbourne"),
    ("MX", ("Guerrero",), "Acapulco"),
    ("MX", ("Hidalgo",), "Pachuca"),
    ("MX", ("Morelos",), "Cuernavaca"),
    ("BR", ("Paraná", "Parana"), "Curitiba"),
    ("BR", ("Santa Catarina",), "Florianópolis"),
    ("BR", ("Paraíba", "Paraiba"), "João Pessoa"),
)


@cache
def _readings() -> dict[str, tuple[Place, ...]]:
    table: dict[str, list[Place]] = {}
    for country, names, city in QUALIFIED_REGIONS:
        cities = [p for p in lookup_place_stripped(city)[0] if p.country == country and p.kind == "city" and p.zone]
        if not cities:
            continue  # the gazetteer lacks the city: no zone to give (never typed)
        region = Place(names[0], country, "region", 0, cities[0].zone, None)
        for name in names:
            table.setdefault(normalize_name(name), []).append(region)
    return {key: tuple(places) for key, places in table.items()}


def qualified_readings(phrase: str) -> tuple[Place, ...]:
    """The regions of this list ``phrase`` names (none for most phrases)."""
    return _readings().get(normalize_name(phrase), ())


@cache
def first_words() -> frozenset[str]:
    """The first word (normalised) of every name of the list."""
    return frozenset(key.split(" ")[0] for key in _readings())
