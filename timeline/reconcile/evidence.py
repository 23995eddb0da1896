"""Whether two reports of the same kind of event tell the same event.

Sharing a concept ("press conference") is not enough to call two reports a dispute: a
ministry briefs in the morning and again in the afternoon, two capitals hold press
conferences an hour apart. Two reports are taken as one event told twice only when
something beyond the concept says so:

- a place both name in the event's sentence (across languages: GeoNames' name);
- the same place's clock for where both happen (``Event.zone`` chosen from a place);
- two words beyond the event noun both labels use (people, organisations), in one language;
- the same rank in each report's sequence of such events (the second of two briefings).

Against it, whatever the evidence for: different places named (and no country in
common), or different qualifiers ("morning" / "afternoon", "first" / "second",
"الصباحي" / "المسائي", from the language modules' ``event_qualifiers``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from timeline.lang import get as get_language
from timeline.model import TIME, Event, Mention, PlaceMention
from timeline.reconcile.words import content_words, event_noun_of, stem

# Words both labels must share, beyond event nouns and phase words, to say "the same people".
_SHARED_WORDS = 2
_ORDINAL = {1: "first", 2: "second", 3: "third"}


@dataclass(frozen=True)
class _Facts:
    places: frozenset[str]  # GeoNames names of the places named in the event's sentences
    countries: frozenset[str]
    zone: str | None  # where it happens, when a place gave it
    zone_said: bool  # that place is the text's own for this event (its local time, its clause or sentence)
    lang: str | None
    words: frozenset[str]  # label words beyond event nouns and phase words
    qualifiers: frozenset[str]


@cache
def _qualifiers(code: str) -> dict[str, str]:
    return {stem(word, code): key for word, key in get_language(code).event_qualifiers.items()}


@cache
def _phase_stems(code: str) -> frozenset[str]:
    return frozenset(stem(w, code) for phrase in get_language(code).phase_words for w in phrase.split())


class SameEventEvidence:
    def __init__(self, events: list[Event], by_id: dict[str, Mention],
                 places: list[PlaceMention] | tuple[PlaceMention, ...]):
        self._by_id = by_id
        self._places: dict[tuple[str, int], list[PlaceMention]] = {}
        for p in places:
            self._places.setdefault((p.doc, p.sentence), []).append(p)
        # Each report's events of one concept in time order: mention id → (rank, count).
        self._rank: dict[str, tuple[int, int]] = {}
        series: dict[tuple[str, str], list[Event]] = {}
        for e in events:
            if e.concepts and isinstance(e.start, dt.datetime) and e.start.tzinfo is not None and e.sources:
                series.setdefault((e.sources[0], e.concepts[0]), []).append(e)
        for group in series.values():
            group.sort(key=lambda e: e.start)
            for rank, e in enumerate(group, start=1):
                for m in e.mentions:
                    self._rank[m] = (rank, len(group))

    def _facts(self, e: Event) -> _Facts:
        mentions = [self._by_id[m] for m in e.mentions if m in self._by_id]
        sentences = {(m.doc, m.sentence) for m in mentions if m.kind == TIME} or {(m.doc, m.sentence) for m in mentions}
        named = [p for key in sentences for p in self._places.get(key, ())]
        lang = mentions[0].lang if mentions else None
        words: set[str] = set()
        qualifiers: set[str] = set()
        if lang:
            table = _qualifiers(lang)
            phases = _phase_stems(lang)
            for w in content_words(e.label, lang):
                if w in table:
                    qualifiers.add(table[w])
                elif event_noun_of(w, lang) is None and w not in phases:
                    words.add(w)
        from_place = e.zone_rule is not None and (e.zone_rule.startswith("place:") or e.zone_rule == "clock:stated-place")
        said = e.zone_rule in ("place:local-time", "place:clause", "place:sentence")
        return _Facts(frozenset(p.name for p in named), frozenset(p.country for p in named),
                      e.zone if from_place else None, said, lang, frozenset(words), frozenset(qualifiers))

    def different_events(self, a: Event, b: Event) -> str | None:
        """Why ``a`` and ``b`` cannot be one event, whatever their times: different places
        named, or different qualifiers ("morning" / "afternoon")."""
        fa, fb = self._facts(a), self._facts(b)
        if fa.qualifiers and fb.qualifiers and fa.qualifiers.isdisjoint(fb.qualifiers):
            return f"{'/'.join(sorted(fa.qualifiers))} against {'/'.join(sorted(fb.qualifiers))}"
        if fa.places and fb.places and fa.places.isdisjoint(fb.places) and fa.countries.isdisjoint(fb.countries):
            return f"{', '.join(sorted(fa.places))} against {', '.join(sorted(fb.places))}"
        if fa.zone_said and fb.zone_said and fa.zone != fb.zone:
            return f"{fa.zone} against {fb.zone}"
        return None

    def same_event(self, a: Event, b: Event) -> str | None:
        """Why ``a`` and ``b`` (same concept, different sources) are one event, or None."""
        if self.different_events(a, b) is not None:
            return None
        fa, fb = self._facts(a), self._facts(b)
        shared = fa.places & fb.places
        if shared:
            return f"both name {', '.join(sorted(shared))}"
        if fa.zone and fa.zone == fb.zone:
            return f"both take place on the clock of the same place ({fa.zone})"
        if fa.lang and fa.lang == fb.lang:
            words = sorted(fa.words & fb.words)
            if len(words) >= _SHARED_WORDS:
                return f"both name {', '.join(repr(w) for w in words[:3])}"
        ra, rb = self._rank_of(a), self._rank_of(b)
        if ra is not None and ra == rb and ra[1] >= 2:
            rank, count = ra
            return f"each is the {_ORDINAL.get(rank, f'{rank}th')} of {count} {a.concepts[0]} events its report tells"
        return None

    def _rank_of(self, e: Event) -> tuple[int, int] | None:
        ranks = {self._rank[m] for m in e.mentions if m in self._rank}
        return next(iter(ranks)) if len(ranks) == 1 else None
