"""Zone cue → zone: choose among the readings the indexes offer, using the places the
document talks about, its language and the date, and say why."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from timeline.lang import get as get_language
from timeline.model import PlaceMention, ZoneCue
from timeline.zones.abbreviations import Abbreviation, lookup_abbreviation
from timeline.zones.adjectives import adjective_target
from timeline.zones.cldr_names import ZoneName, lookup_zone_name
from timeline.zones.countries import country_clock, offset_on, zone_country
from timeline.zones.gazetteer import Place, lookup_place_prefix, lookup_place_stripped
from timeline.zones.inflection import lookup_place_inflected
from timeline.zones.normalize import normalize_name
from timeline.zones.places_in_text import demonym_countries, is_dateline, prefer_in_context, ranked_readings
from timeline.zones.tzsource import format_offset, tzinfo_for

LITERAL = "literal"
INTENDED = "intended"


@dataclass
class ZoneContext:
    """What a document tells about where its clocks are."""

    lang: str
    places: list[PlaceMention]
    default_place: Place | None = None
    abbrev_policy: str = LITERAL
    # Zone cues excluded from place context (a place inside "بتوقيت موسكو" is whose
    # clock, not where the event happens).
    cue_spans: list[tuple[int, int]] = field(default_factory=list)
    # Countries the text names only by adjective ("Indian officials"): weaker than a
    # place, asked only when no place settles an ambiguous abbreviation.
    adjective_countries: frozenset[str] = frozenset()
    # The document's text, for the city names of an ambiguous abbreviation's zones
    # ("Halifax police ... 9:15 p.m. AST"), which a sentence-initial name may not have
    # made a place.
    text: str = ""
    # Stock exchanges and indexes named in the text ("Wall Street", "Nikkei"; zones/landmarks.py):
    # the clock of "local time" or of a time with no cue in their own sentence only.
    exchanges: list[PlaceMention] = field(default_factory=list)

    # (sorted starts, running maximum of ends) of cue_spans, built on first use.
    _cue_index: tuple[list[int], list[int], int] | None = field(default=None, init=False, repr=False, compare=False)
    _free_places: tuple[tuple[int, int], list[PlaceMention]] | None = field(
        default=None, init=False, repr=False, compare=False)
    # Answers that depend only on the free places, remembered per cue key: asked for
    # every abbreviation, a scan of every place each time made long texts quadratic.
    _by_free_places: dict[tuple, object] = field(default_factory=dict, init=False, repr=False, compare=False)

    def remembered(self, key: tuple, compute):
        """``compute()``, remembered under ``key`` while the free places stay the same."""
        full_key = (len(self.places), len(self.cue_spans)) + key
        if full_key not in self._by_free_places:
            self._by_free_places[full_key] = compute()
        return self._by_free_places[full_key]

    def inside_cue(self, span: tuple[int, int]) -> bool:
        """Whether ``span`` lies within one of ``cue_spans``. Asked for every place and
        every cue: a linear scan made documents with many cues quadratic."""
        index = self._cue_index
        if index is None or index[2] != len(self.cue_spans):
            ordered = sorted(self.cue_spans)
            starts = [a for a, _ in ordered]
            max_ends: list[int] = []
            for _, b in ordered:
                max_ends.append(max(b, max_ends[-1]) if max_ends else b)
            index = self._cue_index = (starts, max_ends, len(self.cue_spans))
        starts, max_ends, _ = index
        i = bisect.bisect_right(starts, span[0])
        return i > 0 and max_ends[i - 1] >= span[1]

    def free_places(self) -> list[PlaceMention]:
        """The places not inside a zone cue, in text order (remembered: asked per cue)."""
        key = (len(self.places), len(self.cue_spans))
        cached = self._free_places
        if cached is None or cached[0] != key:
            cached = self._free_places = (key, [p for p in self.places if not self.inside_cue(p.span)])
        return cached[1]

    def countries(self) -> set[str]:
        found = {p.country for p in self.places}
        if self.default_place:
            found.add(self.default_place.country)
        return found


@dataclass(frozen=True)
class ZoneChoice:
    zone: str | None  # IANA id or "+HH:MM"
    rule: str
    assumptions: tuple[str, ...] = ()
    reason: str | None = None  # why there is no zone
    place: str | None = None
    # For an abbreviation whose literal offset does not fit its region on that date
    # ("EST" in July): the finding to raise.
    season_note: str | None = None
    # For an ambiguous abbreviation left unresolved: its readings as (zone, offset), so
    # that a stated equivalent time can pick the one whose offset fits.
    candidates: tuple[tuple[str, str | None], ...] = ()


def resolve_cue(cue: ZoneCue, offset: int, sentence: int, ctx: ZoneContext, on: dt.date) -> ZoneChoice:
    if cue.kind == "local":
        return resolve_local(offset, sentence, ctx)
    if cue.kind == "offset":
        return ZoneChoice(cue.value, "zone:offset")
    if cue.kind == "abbreviation":
        choice = resolve_abbreviation(cue.value, ctx, on)
        if cue.rule == "cue:bare-zone-name":
            said = f"'{cue.text}' right after the time, with nothing after it, names a clock: read as {cue.value}"
            choice = dataclasses.replace(choice, assumptions=(said, *choice.assumptions))
        return choice
    return resolve_named(cue.value, ctx, on)


def resolve_local(offset: int, sentence: int, ctx: ZoneContext, uncued: bool = False) -> ZoneChoice:
    """"Local time": where the event in that sentence happens. For a time with no cue at
    all (``uncued``), a place said as a place ("in Dallas", the dateline) outranks a bare
    name, which may stand for a team or a government ("The Mavericks host Phoenix at 8
    p.m.", "Moscow said"); and an earlier paragraph's place gives way to the dateline."""
    arriving = False
    if uncued:
        destination, arriving = _arrival(offset, sentence, ctx)
        if destination is not None:
            why = (f"told as an arrival at '{destination.text}' ({destination.name}): an arrival time is given "
                   f"on the clock of where the trip ends, {destination.zone}")
            return ZoneChoice(destination.zone, "zone:local-arrival-place", (why,), place=destination.name)
    choice = _resolve_local(offset, sentence, ctx, uncued, skip_origins=arriving)
    if not uncued and choice.rule == "zone:local-place-in-sentence":
        choice = _scene_over_dateline(choice, offset, sentence, ctx)
    if uncued and choice.rule == "zone:local-nearest-place-before":
        choice = _dateline_over_earlier_paragraph(choice, offset, ctx)
    if uncued and choice.rule == "zone:local-nearest-place-before":
        choice = _dateline_over_background_place(choice, offset, ctx)
    if uncued:
        passed = [p for p in ctx.places if p.destination and p.sentence == sentence and p.zone != choice.zone]
        if passed:
            # Provenance: say which place was passed over and why.
            note = (f"'{passed[0].text}' ({passed[0].name}) is where the trip goes, not the clock of the scene")
            choice = dataclasses.replace(choice, assumptions=(*choice.assumptions, note))
    return choice


# How far before a time an arrival word may stand to be that time's ("landed safely at
# Heathrow at 6:45").
_ARRIVAL_REACH = 60


def _arrival(offset: int, sentence: int, ctx: ZoneContext) -> tuple[PlaceMention | None, bool]:
    """Whether the time at ``offset`` is told as the arrival of a trip its sentence names
    ("The flight to Mumbai landed at 3:15 a.m.", "the flight from New York landed at 6:45"),
    and the trip's destination when it is named. A departure ("left at 10:10") is not."""
    trips = [p for p in ctx.free_places() if p.sentence == sentence and (p.destination or p.origin)
             and p.span[1] <= offset]
    pattern = _words_pattern(get_language(ctx.lang).arrival_words) if trips else None
    if pattern is None or not pattern.search(ctx.text, max(trips[0].span[1], offset - _ARRIVAL_REACH), offset):
        return None, False
    destinations = [p for p in trips if p.destination and p.zone]
    return (destinations[-1] if destinations else None), True


@cache
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


# A paragraph ends at a blank line or at a line break right after a sentence's end.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|[.!?»\"”'][ \t]*\n")


def _dateline_over_earlier_paragraph(choice: ZoneChoice, offset: int, ctx: ZoneContext) -> ZoneChoice:
    """"BERLIN – … she met the president in Kyiv at 10:30 local time.\n\nThe cabinet meets
    on Wednesday at 9:30.": a time with no cue in a paragraph that names no place is on the
    clock of where the report is written, not of the last foreign place told before."""
    place = next((p for p in reversed(ctx.free_places()) if p.span[0] < offset and p.strong
                  and p.zone == choice.zone), None)
    if place is None or not _PARAGRAPH_BREAK.search(ctx.text, place.span[1], offset):
        return choice
    back = _back_reference(offset, ctx)
    if back is not None:
        # "In Kyiv, sirens sounded …\n\nThe all-clear was given at 6:15 a.m., city officials
        # said.": the paragraph points back at the place told before; it goes on there.
        return dataclasses.replace(choice, assumptions=(
            *choice.assumptions, f"'{back}' in its paragraph points back at {place.name}, the place the "
                                 "earlier paragraph was about; kept rather than the dateline's clock"))
    earlier = f"no place named in its paragraph; the last one, {place.name} ('{place.text}'), is in an earlier paragraph"
    line = dateline_place(ctx)
    if line is not None and line is not place and line.zone and line.zone != choice.zone:
        return ZoneChoice(line.zone, "zone:local-dateline",
                          (f"{earlier}: taken as the clock of the dateline, {line.name} ('{line.text}', {line.zone})",),
                          place=line.name)
    given = ctx.default_place
    if line is None and given is not None and given.zone and given.zone != choice.zone:
        return ZoneChoice(given.zone, "zone:local-given-place",
                          (f"{earlier}: taken as the clock of the place given for the document, {given.name} "
                           f"({given.zone})",), place=given.name)
    return choice


def _dateline_over_background_place(choice: ZoneChoice, offset: int, ctx: ZoneContext) -> ZoneChoice:
    """"PARIS (AFP) - … Dans les territoires d'outre-mer, le scrutin avait commencé la veille :
    à Saint-Pierre-et-Miquelon, les bureaux avaient ouvert à 8 heures heure locale. Le candidat
    s'est exprimé à 21h40": a place told in a pluperfect or relative clause
    (``Language.background_cues``) is a step aside; a later time whose sentence names no place
    is back on the clock of the dateline, not on the aside's."""
    from timeline.resolve.resolver import in_background_clause

    place = next((p for p in reversed(ctx.free_places()) if p.span[0] < offset and p.strong
                  and p.zone == choice.zone), None)
    line = dateline_place(ctx)
    if (place is None or line is None or line is place or not line.zone or line.zone == choice.zone
            or not in_background_clause(place.span, ctx.lang, ctx.text)
            or in_background_clause((offset, offset), ctx.lang, ctx.text)):
        return choice
    return ZoneChoice(line.zone, "zone:local-dateline",
                      (f"no place named in its sentence; the last one, {place.name} ('{place.text}'), is told in a "
                       f"background clause: taken as the clock of the dateline, {line.name} ('{line.text}', "
                       f"{line.zone})",), place=line.name)


def _back_reference(offset: int, ctx: ZoneContext) -> str | None:
    """A word of the paragraph holding ``offset`` that points back at the place last told
    ("there", "city officials"; Language.place_back_references), as written."""
    pattern = _words_pattern(get_language(ctx.lang).place_back_references)
    if pattern is None:
        return None
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(ctx.text, 0, offset)]
    start = breaks[-1] if breaks else 0
    end_break = _PARAGRAPH_BREAK.search(ctx.text, offset)
    found = pattern.search(ctx.text, start, end_break.start() if end_break else len(ctx.text))
    return found.group() if found else None


_ARRIVAL_AROUND = 80  # characters around a trip's destination and its time read for a word of arriving


def _arrival_near(place: PlaceMention, offset: int, ctx: ZoneContext) -> bool:
    """Whether a word of arriving (``Language.arrival_words``) stands near a trip's destination
    and the time, within their sentence ("le vol pour New York a atterri à 10h10 heure
    locale"): then "local time" is the destination's; without one, a trip's "local time" is
    where it leaves from ("Le vol retour vers Paris, prévu à 18h30 heure locale")."""
    pattern = _words_pattern(get_language(ctx.lang).arrival_words)
    if pattern is None or not ctx.text:
        return False
    lo, hi = min(place.span[0], offset), max(place.span[1], offset)
    start = max(0, lo - _ARRIVAL_AROUND)
    head, tail = ctx.text[start:lo], ctx.text[lo : hi + _ARRIVAL_AROUND]
    # Keep to the sentence: cut at a full stop followed by a space and a capital.
    ends = list(_SENTENCE_END.finditer(head))
    head = head[ends[-1].end():] if ends else head
    stop = _SENTENCE_END.search(tail, hi - lo)
    tail = tail[: stop.start()] if stop else tail
    return pattern.search(head + tail) is not None


_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])")


def _scene_over_dateline(choice: ZoneChoice, offset: int, sentence: int, ctx: ZoneContext) -> ZoneChoice:
    """"PARIS (AFP) - La fusée a décollé à 18 h 30 heure locale … depuis Kourou", "PARIS - Le
    président arrivera à 9 h heure locale à Abidjan": "local time" in the dateline's sentence
    is the clock of the other place that sentence names (the nearest after the time, else
    before it), not of the city the report is filed from."""
    line = dateline_place(ctx)
    if line is None or line.sentence != sentence or line.zone != choice.zone:
        return choice
    others = [p for p in ctx.places if p.sentence == sentence and p is not line and p.strong and p.zone
              and p.zone != line.zone and not ctx.inside_cue(p.span) and not p.destination
              and not _DATELINE_QUALIFIER.fullmatch(ctx.text, line.span[1], p.span[0])]
    # "FRANKFURT (dpa) - Nach der Eröffnung der Wall Street um 9.30 Uhr Ortszeit": an exchange is a scene too.
    others = sorted(others + [p for p in ctx.exchanges if p.sentence == sentence and p.zone != line.zone],
                    key=lambda p: p.span[0])
    after = [p for p in others if p.span[0] >= offset]
    before = [p for p in others if p.span[1] <= offset and p.span[0] > line.span[1]]
    scene = after[0] if after else (before[-1] if before else None)
    if scene is None:
        return _dateline_only(choice, line, sentence, ctx)
    picked = _place_choice(scene, "zone:local-place-in-sentence")
    note = f"the dateline {line.name} ('{line.text}') is where the report is filed; the sentence's scene is {scene.name}"
    return dataclasses.replace(picked, assumptions=(*picked.assumptions, note))


# "MOSCOW, Idaho (AP)": the region after the dateline's city and a comma is part of the
# dateline, not another scene.
_DATELINE_QUALIFIER = re.compile(r"\s*,\s*")


def _dateline_only(choice: ZoneChoice, line: PlaceMention, sentence: int, ctx: ZoneContext) -> ZoneChoice:
    """"NEW YORK (Reuters) - Saudi Aramco said a drone struck its Abqaiq facility at 4:40
    a.m. local time": a dateline says where the report is filed, and "local time" is
    mostly written for a clock elsewhere. A city the sentence names bare, on another clock
    ("its Abqaiq facility"), is that scene; with none, the dateline's clock is kept, but
    said to be an assumption, naming the foreign country the sentence's subject is of."""
    if not is_dateline(ctx.text, line.span):
        return choice  # "Guerrero state police said …": a place opening the sentence, no dateline
    bare = [p for p in ctx.places if p.sentence == sentence and p is not line and p.zone and p.zone != line.zone
            and p.kind == "city" and not ctx.inside_cue(p.span) and not p.destination and not p.origin
            and not p.visitor]
    if bare:
        scene = bare[0]
        picked = _place_choice(scene, "zone:local-place-in-sentence")
        note = (f"the sentence names no place but the dateline {line.name} ('{line.text}'), where the report is "
                f"filed, and '{scene.text}', the place of its subject: taken as {scene.name}'s clock")
        return dataclasses.replace(picked, assumptions=(*picked.assumptions, note))
    foreign = sorted(c for c in demonym_countries(_sentence_text(ctx, line, sentence), ctx.lang) if c != line.country)
    subject = (f"; its subject is named by a country's adjective ({', '.join(foreign)}), whose clock it may be"
               if foreign else "; the event it tells may be elsewhere (the subject is not placed)")
    note = (f"'local time' in the dateline's sentence, which names no other place: taken as the clock of the "
            f"dateline {line.name} ('{line.text}'), where the report is filed{subject}")
    return dataclasses.replace(choice, assumptions=(*choice.assumptions, note))


def _sentence_text(ctx: ZoneContext, line: PlaceMention, sentence: int) -> str:
    """The text of the dateline's sentence after the dateline (to the next full stop
    followed by a capital, or the end of the paragraph)."""
    rest = ctx.text[line.span[1] :]
    stop = _SENTENCE_END.search(rest)
    paragraph = _PARAGRAPH_BREAK.search(rest)
    ends = [m.start() for m in (stop, paragraph) if m is not None]
    return rest[: min(ends)] if ends else rest


def dateline_place(ctx: ZoneContext) -> PlaceMention | None:
    """The place opening the text ("BERLIN (dpa) –", "МОСКВА, 5 марта."), said as a place."""
    first = min(ctx.places, key=lambda p: p.span[0], default=None)
    if first is None or not first.located or ctx.text[: first.span[0]].strip():
        return None
    return first


def _resolve_local(offset: int, sentence: int, ctx: ZoneContext, uncued: bool,
                   skip_origins: bool = False) -> ZoneChoice:
    candidates = [p for p in ctx.places if not ctx.inside_cue(p.span) and p.zone
                  and not (uncued and (p.destination or p.visitor)) and not (skip_origins and p.origin)
                  and not (not uncued and p.destination and not _arrival_near(p, offset, ctx))]
    same = [p for p in candidates if p.sentence == sentence]
    # A place named with a locative word ("in Geneva", "في جنيف") outranks a bare name.
    pools = [([p for p in same if p.strong], "zone:local-place-in-sentence"),
             ([p for p in candidates if p.strong and p.span[0] < offset], "zone:local-nearest-place-before"),
             (same, "zone:local-place-in-sentence")]
    if uncued and any(p.strong and not p.located for p in same):
        pools[:0] = [([p for p in same if p.located], "zone:local-place-in-sentence"),
                     ([p for p in candidates if p.located and p.span[0] < offset], "zone:local-nearest-place-before")]
    if ctx.exchanges:
        # "Nach der Eröffnung der Wall Street um 9.30 Uhr Ortszeit": an exchange named in the
        # sentence, after a place said as a place there, before any earlier sentence's place.
        here = [p for p in ctx.exchanges if p.sentence == sentence]
        at = next(i for i, (_, rule) in enumerate(pools) if rule == "zone:local-nearest-place-before")
        pools.insert(at, (here, "zone:local-exchange-in-sentence"))
    if uncued:
        # "Phoenix visits Dallas at 8 p.m.": the game is where the visit goes.
        pools[:0] = [([p for p in same if p.visited], "zone:local-visited-place")]
    for pool, rule in pools:
        if rule == "zone:local-nearest-place-before":
            spread = [p for p in ctx.places if p.sentence == sentence and p.strong and p.zone is None
                      and not ctx.inside_cue(p.span)]
            if spread:
                # "polls in Kentucky close at 18:00 local time": the sentence's own place
                # keeps several clocks; an earlier city elsewhere is no answer.
                return ZoneChoice(None, "zone:local-place-several-zones",
                                  reason=f"'local time' in {spread[0].name} ('{spread[0].text}'), which spans "
                                         "several time zones, and the text does not say which")
        before = [p for p in pool if p.span[0] < offset]
        if len(before) > 1 and before[-2].settled_by and before[-2].country == before[-1].country:
            # "Córdoba, Argentina": the city its country was named to settle, not the country.
            return _place_choice(before[-2], rule)
        if before:
            return _place_choice(before[-1], rule)
        if pool:
            return _place_choice(pool[0], rule)
    main = _main_place(candidates)
    if main is not None:
        return _place_choice(main, "zone:local-document-place")
    if ctx.default_place is not None and ctx.default_place.zone:
        return ZoneChoice(ctx.default_place.zone, "zone:local-given-place",
                          (f"local time taken as {ctx.default_place.name} ({ctx.default_place.zone}) from --place",),
                          place=ctx.default_place.name)
    return ZoneChoice(None, "zone:local-unknown",
                      reason="the text says 'local time' but names no place it could be, and no --place was given")


def _place_choice(place: PlaceMention, rule: str) -> ZoneChoice:
    why = f"local time taken as {place.name} ({place.zone}), named as '{place.text}'"
    if place.settled_by:
        why += f" ({place.name} of {place.country}: {place.settled_by})"
    return ZoneChoice(place.zone, rule, (why,), place=place.name)


def _main_place(places: list[PlaceMention]) -> PlaceMention | None:
    if not places:
        return None
    counts: dict[str, int] = {}
    for p in places:
        counts[p.name] = counts.get(p.name, 0) + (2 if p.strong else 1)
    best = max(counts.values())
    return next(p for p in places if counts[p.name] == best)


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in spans)


def resolve_named(phrase: str, ctx: ZoneContext, on: dt.date) -> ZoneChoice:
    names = lookup_zone_name(phrase)
    if names:
        return _zone_name_choice(phrase, names, ctx, on)
    adjective = adjective_target(phrase, ctx.lang)
    if adjective is not None:
        if not adjective.is_country:
            return ZoneChoice(adjective.target, "zone:adjective", (adjective.source,))
        return _country_choice(phrase, adjective.target, ctx, on, "zone:adjective-country", adjective.source)
    if lookup_abbreviation(phrase):
        return resolve_abbreviation(phrase, ctx, on)
    places, form = lookup_place_inflected(phrase, ctx.lang)
    # Ranked as places in the text are: "Florida time" is the state's clock, not that of
    # a larger town that merely has "Florida" among its alternate names (Floridablanca).
    zoned = list(ranked_readings([p for p in places if p.zone]))
    if zoned:
        place = _place_in_context(zoned, ctx)
        note = f"'{phrase}' read as {place.name}, {place.country} ({place.zone})"
        if len(zoned) > 1 and {p.zone for p in zoned} != {place.zone}:
            others = ", ".join(f"{p.name} {p.country}" for p in zoned[:4] if p.zone != place.zone)
            note += f"; rejected: {others}"
        return ZoneChoice(place.zone, "zone:place-name", (note,), place=place.name)
    if places:
        place = places[0]
        if place.kind == "country":
            return _country_choice(phrase, place.country, ctx, on, "zone:country",
                                   f"'{phrase}' is the country {place.name}")
        return ZoneChoice(None, "zone:place-without-zone",
                          reason=f"'{phrase}' is {place.name}, which spans several time zones")
    return ZoneChoice(None, "zone:unknown-name", reason=f"'{phrase}' names no known place or time zone")


def _place_in_context(zoned: list[Place], ctx: ZoneContext) -> Place:
    """Among places sharing a name, one in a country the document talks about, else
    the most populous."""
    return prefer_in_context(zoned, ctx.countries())


def _country_choice(phrase: str, cc: str, ctx: ZoneContext, on: dt.date, rule: str, source: str) -> ZoneChoice:
    document = [(p.name, p.zone) for p in ctx.places
                if p.country == cc and p.zone and not ctx.inside_cue(p.span)]
    given = None
    if ctx.default_place is not None and ctx.default_place.country == cc and ctx.default_place.zone:
        given = (ctx.default_place.name, ctx.default_place.zone)
    clock = country_clock(cc, on, document, given)
    if clock.zone is None:
        return ZoneChoice(None, rule + "-ambiguous", (source,), reason=f"'{phrase}': {clock.detail}")
    suffix = "" if clock.how == "single-zone" else "-by-" + clock.how
    return ZoneChoice(clock.zone, rule + suffix, (source, clock.detail))


def _zone_name_choice(phrase: str, names: tuple[ZoneName, ...], ctx: ZoneContext, on: dt.date) -> ZoneChoice:
    """A CLDR name. When it is a metazone name whose golden zone's city is not in the
    phrase, but a city in the phrase keeps the same time ("Московское время" is the
    Russian name of the Minsk metazone), the named city's zone is the better answer."""
    name = names[0]
    note = f"'{phrase}' is the CLDR {name.variant} name of {name.metazone or name.zone} ({name.locale})"
    if name.metazone and name.variant != "city":
        own = _city_named_in(phrase, name.zone, ctx, on)
        if own is not None and own.zone != name.zone:
            return ZoneChoice(own.zone, "zone:cldr-name-city",
                              (note, f"the name points at {own.name} ({own.zone}), which keeps the same time as "
                                     f"{name.zone} on {on}; took {own.zone}"), place=own.name)
    return ZoneChoice(name.zone, "zone:cldr-name", (note,))


def _city_named_in(phrase: str, zone: str, ctx: ZoneContext, on: dt.date) -> Place | None:
    target = offset_on(zone, on)
    if target is None:
        return None
    for word in phrase.split():
        if len(word) < 4:
            continue
        exact, _ = lookup_place_stripped(word)
        candidates = [p for p in exact if p.kind == "city" and p.zone and p.population >= _LARGE_CITY]
        if not candidates:
            adjective = adjective_target(word, ctx.lang)
            if adjective is not None and not adjective.is_country:
                if offset_on(adjective.target, on) == target:
                    return Place(word, "", "city", 0, adjective.target, None)
            candidates = [p for key, p in lookup_place_prefix(word[:4]) if p.kind == "city" and p.zone
                          and p.population >= _LARGE_CITY and _same_stem(normalize_name(word), key)]
        for place in candidates:
            if place.zone == zone:
                return None  # the metazone's own city: nothing to correct
            if offset_on(place.zone, on) == target:
                return place
    return None


_LARGE_CITY = 500_000


def _same_stem(word: str, name: str) -> bool:
    """"московское" and "москва": the name, but for its last two letters, begins the word."""
    if len(name) < 5 or " " in name:
        return False
    common = 0
    for a, b in zip(word, name, strict=False):
        if a != b:
            break
        common += 1
    return common >= max(4, len(name) - 2)


def _offsets_during(zone: str, on: dt.date) -> set[str]:
    """The UTC offsets ``zone`` keeps at some moment of the day ``on`` (two on a change day)."""
    try:
        tz = tzinfo_for(zone)
    except ValueError:
        return set()
    start = dt.datetime(on.year, on.month, on.day, tzinfo=dt.UTC) - dt.timedelta(hours=14)
    return {format_offset(moment.astimezone(tz).utcoffset())
            for moment in (start + dt.timedelta(hours=h) for h in range(0, 40, 2))
            if moment.astimezone(tz).date() == on}


def resolve_abbreviation(token: str, ctx: ZoneContext, on: dt.date) -> ZoneChoice:
    readings = lookup_abbreviation(token)
    if not readings:
        return ZoneChoice(None, "zone:unknown-abbreviation", reason=f"'{token}' is not a known zone abbreviation")
    chosen, why = _choose_reading(readings, ctx, on)
    if chosen is None:
        return _ambiguous_abbreviation(token, readings, on)
    rejected = [r for r in readings if r is not chosen]
    notes = [f"'{token}' read as {chosen.zone} ({why})"]
    if rejected:
        notes[0] += "; rejected: " + ", ".join(f"{r.zone}" for r in rejected)
    zone = chosen.zone
    local_place = _document_zone_for(chosen, ctx, on)
    if local_place is not None:
        zone = local_place.zone
        notes.append(f"the document's place {local_place.name} keeps the same clock; took its zone {zone}")
    if chosen.offset_minutes is None:
        return ZoneChoice(zone, "zone:abbreviation", tuple(notes))
    literal = format_offset(dt.timedelta(minutes=chosen.offset_minutes))
    region_offset = offset_on(zone, on)
    if region_offset is None or region_offset == literal:
        return ZoneChoice(zone, "zone:abbreviation", tuple(notes))
    if literal in _offsets_during(zone, on):
        # "1:20 a.m. EDT" on the night the clocks go back: the name is right for part of that
        # day and says which of the two readings of the hour is meant.
        notes.append(f"{zone} changes clocks on {on.isoformat()}; '{token}' fixes UTC{literal}")
        return ZoneChoice(literal, "zone:abbreviation-on-change-day", tuple(notes))
    season = (f"'{token}' means UTC{literal}, but {zone} is on UTC{region_offset} on {on.isoformat()}"
              " (a standard-time name used in summer, or the reverse)")
    if ctx.abbrev_policy == INTENDED:
        notes.append(f"read as the wall clock of {zone} (--abbrev-policy intended)")
        return ZoneChoice(zone, "zone:abbreviation-intended", tuple(notes), season_note=season)
    notes.append(f"read literally as UTC{literal} (--abbrev-policy literal)")
    return ZoneChoice(literal, "zone:abbreviation-literal", tuple(notes), season_note=season)


def _ambiguous_abbreviation(token: str, readings: tuple[Abbreviation, ...], on: dt.date) -> ZoneChoice:
    """No place in the document settles between clocks that differ ("IST": India, Israel
    or Ireland): unresolved, with every reading named; a stated equivalent may still
    pick one (``ZoneChoice.candidates``)."""
    common = [r for r in readings if not r.rare]
    listed = ", ".join(f"{r.zone} (UTC{_reading_offset(r, on)})" for r in common)
    return ZoneChoice(None, "zone:abbreviation-ambiguous",
                      reason=f"'{token}' is ambiguous ({listed}) and no place in the document settles it",
                      candidates=tuple((r.zone, _reading_offset(r, on)) for r in readings))


def _reading_offset(r: Abbreviation, on: dt.date) -> str | None:
    """The UTC offset a reading stands for: its literal one, or its region's on that date."""
    if r.offset_minutes is not None:
        return format_offset(dt.timedelta(minutes=r.offset_minutes))
    return offset_on(r.zone, on)


def is_ambiguous(readings: tuple[Abbreviation, ...], on: dt.date) -> bool:
    """Whether readings news commonly means stand for different offsets (IST, CST, BST,
    AST); readings of one offset (EET: Bucharest or Cairo) only differ in name."""
    return len({_reading_offset(r, on) for r in readings if not r.rare}) > 1


def _choose_reading(readings: tuple[Abbreviation, ...], ctx: ZoneContext,
                    on: dt.date) -> tuple[Abbreviation | None, str]:
    """The reading the document's places settle, with why; (None, ...) when the token is
    ambiguous and no place settles it (the language or the date's offset is no evidence
    of which clock a writer meant: "CST" in June is as often Chicago's clock misnamed
    as China's)."""
    if len(readings) == 1:
        return readings[0], "its only reading"
    countries = ctx.countries()

    homes = _place_countries(ctx)

    def score(item: tuple[int, Abbreviation]) -> tuple[int, int, int, int, int]:
        rank, r = item
        # Places in the reading's own country ("Cairo" for EET's Egyptian reading) count
        # before places merely in a country that also uses the name.
        home = homes.get(zone_country(r.zone) or "", 0)
        by_place = int(bool(countries & set(r.countries)))
        by_lang = int(ctx.lang in r.languages)
        fits = int(r.offset_minutes is None or offset_on(r.zone, on) == format_offset(dt.timedelta(minutes=r.offset_minutes)))
        return (home, by_place, by_lang, fits, -rank)

    best_rank, best = max(enumerate(readings), key=score)
    home, by_place, by_lang, fits, _ = score((best_rank, best))
    if not (home or by_place) and is_ambiguous(readings, on):
        return _settle_ambiguous(readings, ctx, on)
    if home:
        why = f"the document names places in {zone_country(best.zone)}"
    elif by_place:
        why = "the document names places in " + ", ".join(sorted(countries & set(best.countries)))
    elif by_lang:
        why = f"the text is in {ctx.lang}"
    elif fits and best_rank:
        why = "its offset fits the date; the more common reading does not"
    else:
        why = "the most common reading in news; nothing in the document decides"
    return best, why


def _settle_ambiguous(readings: tuple[Abbreviation, ...], ctx: ZoneContext,
                      on: dt.date) -> tuple[Abbreviation | None, str]:
    """An ambiguous token no place settled: the weaker evidence, in order, when it points at
    readings of one offset only: the city its zone is named after written in the text
    ("Halifax"), a country named by adjective ("Indian officials"), the text's language
    (Arabic "AST" is Arabia's). Else (None, "ambiguous")."""
    common = [r for r in readings if not r.rare]
    tests = (
        (lambda r: _zone_city_in(r.zone, ctx.text), lambda r: f"the text names {_zone_city(r.zone)}, the city of {r.zone}"),
        (lambda r: bool(ctx.adjective_countries & ({zone_country(r.zone)} | set(r.countries))),
         lambda r: "the text names " + ", ".join(sorted(ctx.adjective_countries & (
             {zone_country(r.zone) or ""} | set(r.countries)))) + " by adjective"),
        (lambda r: ctx.lang in r.languages, lambda r: f"the text is in {ctx.lang}, where it is this reading's name"),
    )
    for test, why in tests:
        named = [r for r in common if test(r)]
        if named and len({_reading_offset(r, on) for r in named}) == 1:
            return named[0], why(named[0]) + "; no place in the document settles it"
    return None, "ambiguous"


def _zone_city(zone: str) -> str:
    return zone.rsplit("/", 1)[-1].replace("_", " ")


def _zone_city_in(zone: str, text: str) -> bool:
    city = _zone_city(zone)
    return bool(text) and city in text and re.search(rf"(?<!\w){re.escape(city)}(?!\w)", text) is not None


def _place_countries(ctx: ZoneContext) -> dict[str, int]:
    return ctx.remembered(("place-countries",), lambda: _count_place_countries(ctx))


def _count_place_countries(ctx: ZoneContext) -> dict[str, int]:
    counts: dict[str, int] = {}
    for p in ctx.free_places():
        counts[p.country] = counts.get(p.country, 0) + 1
    if ctx.default_place is not None:
        counts[ctx.default_place.country] = counts.get(ctx.default_place.country, 0) + 1
    return counts


def _document_zone_for(reading: Abbreviation, ctx: ZoneContext, on: dt.date) -> PlaceMention | None:
    """A place the document names where the abbreviation is used and whose clock
    agrees with the reading's region on that date ("EET" in an Athens story is
    Europe/Athens rather than the table's Europe/Bucharest)."""
    target = offset_on(reading.zone, on)
    if target is None:
        return None
    home = zone_country(reading.zone)

    def first_match() -> PlaceMention | None:
        matching = [p for p in ctx.free_places()
                    if p.zone
                    and (p.country in reading.countries or p.country == home) and offset_on(p.zone, on) == target]
        if not matching or any(p.zone == reading.zone for p in matching):
            return None
        return matching[0]

    return ctx.remembered(("document-zone", reading.zone, tuple(reading.countries), on), first_match)
