"""Benchmark: zone-name and place lookups (cached and uncached), in microseconds.

    python bench/zone_lookup.py
"""

from __future__ import annotations

import time

from timeline.zones import gazetteer
from timeline.zones.cldr_names import lookup_zone_name
from timeline.zones.gazetteer import lookup_place

NAMES = ["جنيف", "Genf", "Moscou", "Texas", "Switzerland", "Paris", "nowhere-x", "Москва", "بجنيف", "Eastern Time"]


def main() -> None:
    lookup_place("warm-up")
    lookup_zone_name("warm-up")
    t = time.process_time()
    rounds = 1000
    for i in range(rounds):
        for n in NAMES:
            lookup_place(n + ("" if i % 2 else " "))
    cached = (time.process_time() - t) / (rounds * len(NAMES)) * 1e6
    t = time.process_time()
    for i in range(2000):
        gazetteer._lookup_key(f"geneva{i}" if i % 2 else "geneva")
    uncached = (time.process_time() - t) / 2000 * 1e6
    print(f"cached place lookup:   {cached:8.2f} µs")
    print(f"uncached place lookup: {uncached:8.2f} µs")


if __name__ == "__main__":
    main()
