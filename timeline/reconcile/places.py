"""Where an event happens, as opposed to whose clock its time was stated on.

"Biden will hold his press conference at 20:30 Moscow time" in a report from Geneva:
the time is read on Moscow's clock (the mention keeps that zone as provenance), but the
press conference is in Geneva, so the event is shown and exported on Geneva's clock.
The place comes from, in order:

1. a time stated as "local time" (or with no cue, read on a place's clock): that place;
2. a place named with a locative word in the time's clause ("in Geneva at 20:30 Moscow
   time");
3. a clock named after a place ("11:00 Doha time", "7:30 a.m. Washington time", "EST"),
   when the text names that place, its country or a place keeping the same time outside
   the cue ("talks in Doha", "Russian officials"), or when nothing else says where — not when the document uses that clock only
   as its readers' reference clock, which it shows by converting a local time to it
   ("13:35 local time, i.e. 14:35 Moscow time"). A clock the text names nowhere else
   ("The vote closes at 8 p.m. Moscow time" in a report datelined Kyiv) gives way to a
   place named in the sentence, then the dateline ("place:dateline") when the text comes
   back to its country, then the document's own place, with a note saying so; a dateline
   named nowhere else is where the report was filed, and the stated clock stays;
4. a place named with a locative word in the time's sentence;
5. the document's own place: the place it names most (the opening sentence counts
   double), else the place its "local time" readings were read on, else the place the
   caller gave (``--place``);
6. otherwise nothing says where: the clock the time was stated on (GMT, an offset).

A clause that names a place spanning several zones ("in Russia") stops the search at
step 2: the stated clock is kept, since the text says the event is in that country.
Every choice is a rule id on the event (``Event.zone_rule``) and, when the place's zone
differs from the stated clock, a note saying why.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from timeline.extract.sentences import sentence_bounds
from timeline.model import Mention, PlaceMention, Resolved
from timeline.reconcile.labels import clauses_of
from timeline.zones.countries import offset_on, zone_country
from timeline.zones.places_in_text import demonym_countries

# A place is the document's own when it scores this much: named twice with a locative
# word ("in Geneva"), or once so in the opening sentence.
_DOCUMENT_PLACE_MIN_SCORE = 4


@dataclass(frozen=True)
class GivenPlace:
    """The place the caller said the text is about (``--place``, a manifest's ``place``)."""

    name: str
    zone: str


@dataclass(frozen=True)
class EventPlace:
    zone: str | None
    rule: str  # "place:local-time" | "place:clause" | "place:sentence" | "place:dateline" | "place:document" |
    #            "place:document-local-time" | "place:given" | "clock:stated" | "clock:stated-place" |
    #            "clock:stated-in-named-country"
    note: str | None = None  # why, when the place's zone is not the stated clock's


@dataclass
class DocumentPlaces:
    """What one document says about where things happen."""

    text: str
    starts: list[int]
    lang: str
    places: list[PlaceMention]
    resolved: dict[str, Resolved]
    mentions: list[Mention]
    given: GivenPlace | None = None
    equals: list[tuple[str, str]] = field(default_factory=list)  # mention ids stated as the same moment
    _reference_clocks: set[str] | None = None
    _home: tuple[str, str, str] | None = None  # (zone, rule, why), computed on first use
    _home_done: bool = False
    _dateline: tuple[PlaceMention | None] | None = None  # computed on first use
    _clock_support: dict[tuple[str, dt.date | None], bool] = field(default_factory=dict)
    _adjectives: frozenset[str] | None = None
    _without_cues: str | None = None
    # (starts, positions) of the strong places sorted by start, built on first use: each
    # event asks for the places of its sentence, and a scan of all of them per event
    # made texts with thousands of times and places quadratic.
    _strong_index: tuple[list[int], list[int]] | None = None

    def strong_places_in(self, a: int, b: int) -> list[PlaceMention]:
        """The places named with a locative word that start in [a, b), in list order."""
        if self._strong_index is None:
            order = sorted((i for i, p in enumerate(self.places) if p.strong), key=lambda i: self.places[i].span[0])
            self._strong_index = ([self.places[i].span[0] for i in order], order)
        starts, order = self._strong_index
        chosen = order[bisect.bisect_left(starts, a) : bisect.bisect_left(starts, b)]
        return [self.places[i] for i in sorted(chosen)]

    def dateline(self) -> PlaceMention | None:
        """The place opening the text ("KYIV, March 3 (Reuters) -", «جنيف -»): where it
        was written from."""
        if self._dateline is None:
            first = min(self.places, key=lambda p: p.span[0], default=None)
            found = first if first is not None and first.strong and not self.text[: first.span[0]].strip() else None
            self._dateline = (found,)
        return self._dateline[0]

    def names_beyond_dateline(self, line: PlaceMention) -> bool:
        """Whether the text comes back to the dateline's country: another place there, the
        country by adjective ("KYIV – … Ukrainian officials said"), or a time read as the
        dateline's local time ("WIEN – Die Gespräche begannen um 15 Uhr Ortszeit")."""
        if any(p is not line and p.country == line.country for p in self.places):
            return True
        if any(r.zone == line.zone and _read_on_a_place(r) for r in self.resolved.values()):
            return True
        after = self._text_without_cues()[line.span[1] :]  # the dateline's own word is no adjective
        return line.country in demonym_countries(after, self.lang)

    def names_place_of(self, clock: str, on: dt.date | None) -> bool:
        """Whether the text, outside its zone cues, names a place on this clock, in its
        country, or keeping the same time that day (Gaza for a Cairo clock), or names its
        country by adjective ("Russian officials" for a Moscow clock)."""
        key = (clock, on)
        if key not in self._clock_support:
            country = zone_country(clock)
            offset = offset_on(clock, on) if on is not None else None
            self._clock_support[key] = any(
                p.zone == clock or (country and p.country == country)
                or (offset is not None and p.zone and offset_on(p.zone, on) == offset)
                for p in self.places) or (country is not None and country in self.adjective_countries())
        return self._clock_support[key]

    def adjective_countries(self) -> frozenset[str]:
        """Countries named by adjective outside the times' zone cues ("Russian officials";
        not «موسكو» in «بتوقيت موسكو»)."""
        if self._adjectives is None:
            self._adjectives = demonym_countries(self._text_without_cues(), self.lang)
        return self._adjectives

    def _text_without_cues(self) -> str:
        """The text with its zone cues blanked out (offsets kept), built on first use: a
        copy of the text per cue made long texts quadratic."""
        if self._without_cues is None:
            self._without_cues = blank_spans(self.text, [m.parts.zone_cue.span for m in self.mentions
                                                         if m.parts.zone_cue is not None])
        return self._without_cues

    def home(self) -> tuple[str, str, str] | None:
        """The document's own place: (zone, rule, why), or None."""
        if not self._home_done:
            self._home = self._find_home()
            self._home_done = True
        return self._home

    def reference_clocks(self) -> set[str]:
        """Zones the document converts its local times to ("13:35 local time, i.e. 14:35
        Moscow time"): its readers' clock, not a place where things happen."""
        if self._reference_clocks is None:
            found = set()
            for a, b in self.equals:
                ra, rb = self.resolved.get(a), self.resolved.get(b)
                if ra is None or rb is None or not ra.zone or not rb.zone or ra.zone == rb.zone:
                    continue
                for local, other in ((ra, rb), (rb, ra)):
                    if _read_on_a_place(local) and not _read_on_a_place(other):
                        found.add(other.zone)
            self._reference_clocks = found
        return self._reference_clocks

    def _find_home(self) -> tuple[str, str, str] | None:
        scores: Counter[str] = Counter()
        names: dict[str, PlaceMention] = {}
        for p in self.places:
            if p.zone is None:
                continue
            scores[p.zone] += (2 if p.strong else 1) + (2 if p.sentence == 0 and p.strong else 0)
            names.setdefault(p.zone, p)
        ranked = scores.most_common(2)
        if ranked and ranked[0][1] >= _DOCUMENT_PLACE_MIN_SCORE and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            zone = ranked[0][0]
            return zone, "place:document", f"{names[zone].name} ('{names[zone].text}'), the place the document names most"
        local = {r.zone: m for m in self.mentions if (r := self.resolved.get(m.id)) is not None
                 and r.zone and r.utc is not None and _read_on_a_place(r)}
        if len(local) == 1:
            zone, witness = next(iter(local.items()))
            return zone, "place:document-local-time", f"the place of the document's local time ('{witness.text}')"
        if self.given is not None:
            return self.given.zone, "place:given", f"{self.given.name}, the place given for the document"
        return None


def _names_a_place(zone: str) -> bool:
    """A region's clock (Europe/Moscow, America/New_York), not UTC or a bare offset."""
    return not (zone[0] in "+-" or zone.startswith("Etc/") or zone in ("UTC", "GMT"))


def _read_on_a_place(r: Resolved) -> bool:
    """A reading whose zone is a place's clock because of where the text says it is."""
    rule = r.zone_rule or ""
    return ("local" in rule or "uncued" in rule) and "unknown" not in rule and "inferred" not in rule


def event_place(group: list[tuple[Mention, Resolved]], doc: DocumentPlaces) -> EventPlace:
    """Where the event of these (anchored) readings happens, and why."""
    stated = group[0][1].zone
    for _, r in group:
        if _read_on_a_place(r):
            return EventPlace(r.zone, "place:local-time")
    first = group[0][0]
    a, b = sentence_bounds(doc.text, doc.starts, first.sentence)
    clause = next(((c, d) for c, d in clauses_of(doc.text, a, b, doc.lang) if c <= first.span[0] < d), (a, b))
    in_sentence = doc.strong_places_in(a, b)
    in_clause = [p for p in in_sentence if clause[0] <= p.span[0] < clause[1]]
    place_clocks = [r.zone for _, r in group if r.zone and _names_a_place(r.zone)
                    and r.zone not in doc.reference_clocks()]
    for pool, rule, where in ((in_clause, "place:clause", "its clause"), (in_sentence, "place:sentence",
                                                                          "its sentence")):
        if rule == "place:sentence" and place_clocks:
            return _place_of_stated_clock(place_clocks[0], group, in_sentence, first, doc)
        if not pool:
            continue
        place = min(pool, key=lambda p: abs(p.span[0] - first.span[0]))
        if place.zone is None:
            how = "clock:stated-in-named-country" if stated and zone_country(stated) == place.country \
                else "clock:stated"
            return EventPlace(stated, how, None if stated is None else
                              f"happens in {place.name} ('{place.text}', named in {where}), which spans several "
                              f"time zones: shown on the clock it was stated on ({stated})")
        return EventPlace(place.zone, rule,
                          _note(group, place.zone, f"{place.name} ('{place.text}'), named in {where}"))
    home = doc.home()
    if home is not None:
        zone, rule, why = home
        return EventPlace(zone, rule, _note(group, zone, why))
    return EventPlace(stated, "clock:stated")


def _place_of_stated_clock(clock: str, group: list[tuple[Mention, Resolved]], in_sentence: list[PlaceMention],
                           first: Mention, doc: DocumentPlaces) -> EventPlace:
    """A time stated on a place's clock ("8 p.m. Moscow time", «20:00 بتوقيت موسكو») with no
    place in its clause and no conversion to or from another clock. The clock is where the event
    happens only when the text names that place (or its country) outside the cue, or when
    nothing else says where; otherwise, in order: a place named in the sentence, the
    dateline, the document's own place. The instant is the same either way: only the
    clock it is shown on changes."""
    named = any(r.zone == clock and m.parts.zone_cue is not None and m.parts.zone_cue.kind == "named"
                for m, r in group)
    converted = len({r.zone for _, r in group if r.zone}) > 1
    if not named or converted:
        # An abbreviation ("2 p.m. EST") names a region's clock, not a place the text
        # would otherwise name; a city clock converted for the readers ("13 Uhr Kiewer
        # Zeit (12 Uhr MESZ)") is the clock of where it happens: either stays.
        return EventPlace(clock, "clock:stated-place")
    on = next((r.utc.date() for _, r in group if r.zone == clock and r.utc is not None), None)
    if doc.names_place_of(clock, on):
        return EventPlace(clock, "clock:stated-place")
    said = ", ".join(f"'{m.text}'" for m, r in group if r.zone == clock)
    unsupported = f"the time was stated on {clock}'s clock ({said}), a place the text names nowhere else"
    line = doc.dateline()
    zoned = [p for p in in_sentence if p.zone is not None and p is not line]
    if zoned:
        place = min(zoned, key=lambda p: abs(p.span[0] - first.span[0]))
        return EventPlace(place.zone, "place:sentence",
                          f"{unsupported}; shown on {place.name} ('{place.text}', named in its sentence), "
                          f"{place.zone}")
    bureau = line is not None and not doc.names_beyond_dateline(line)
    if line is not None and line.zone and not bureau:
        return EventPlace(line.zone, "place:dateline",
                          f"{unsupported}; shown where the document is datelined: {line.name} ('{line.text}'), "
                          f"{line.zone}")
    home = doc.home()
    if home is not None and home[0] != clock and not (bureau and home[0] == line.zone):
        zone, rule, why = home
        return EventPlace(zone, rule, f"{unsupported}; shown on the document's own place: {why}, {zone}")
    if bureau:
        # "LONDON — The drone was shot down over the Black Sea at 03:15 Moscow time": a
        # dateline the text never comes back to is where the report was filed; the clock
        # the writer chose says more about where it happened.
        return EventPlace(clock, "clock:stated-place",
                          f"shown on the clock it was stated on: the dateline, {line.name} ('{line.text}'), "
                          "is named nowhere else (nor its country), so it tells where the report was filed, "
                          "not where this happened")
    return EventPlace(clock, "clock:stated-place")


def _note(group: list[tuple[Mention, Resolved]], zone: str, why: str) -> str | None:
    clocks = [(m, r) for m, r in group if r.zone != zone]
    if not clocks:
        return None
    said = ", ".join(f"'{m.text}' on {r.zone}" for m, r in clocks)
    return f"happens in {why}: shown on {zone}; the time was stated on another clock ({said})"


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every character inside one of ``spans`` replaced by a space (spans may
    overlap; offsets stay as they were)."""
    pieces: list[str] = []
    done = 0  # text[:done] is in pieces
    for a, b in sorted(spans):
        if b <= done:
            continue
        a = max(a, done)
        pieces.append(text[done:a])
        pieces.append(" " * (b - a))
        done = b
    pieces.append(text[done:])
    return "".join(pieces)
