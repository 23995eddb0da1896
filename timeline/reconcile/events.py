"""Stage 3 for one document: resolved mentions → events, with every stated equivalence
checked, intervals built from what the text states (a range, a start and an end, a
start or end plus a duration, an offset from another event), and order words checked.

Every rule that joined or placed something leaves a note on the event; every
disagreement becomes a ``Finding``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace

from timeline.extract.links import EQUALS, OFFSET_AFTER, OFFSET_BEFORE, RANGE, is_approximate, mention_seconds
from timeline.extract.patterns import compile_language
from timeline.extract.sentences import sentence_bounds, sentence_starts
from timeline.model import (
    CONFLICT,
    DATE,
    DURATION,
    INFO,
    TIME,
    WARNING,
    Document,
    Event,
    Finding,
    Link,
    Mention,
    PlaceMention,
    Resolved,
)
from timeline.reconcile.cues import approximate_word, concept_of, order_references, phase_in
from timeline.reconcile.hints import conversion_seasons, explain_difference
from timeline.reconcile.labels import clause_spans, make_label, with_mention_leads
from timeline.reconcile.places import DocumentPlaces, EventPlace, GivenPlace, event_place
from timeline.reconcile.words import content_words, event_nouns_in
from timeline.zones.tzsource import tzinfo_for

# A duration that long is not how long a clock-time event lasted ("extended for 5 years").
_MAX_EVENT_DURATION_S = 7 * 86400
# Clock times are stated to the minute: a duration of seconds ("a second blast" read as
# "a second") says nothing about them.
_MIN_EVENT_DURATION_S = 60
# A start and an end said in different clauses are joined only within a day.
_MAX_JOINED_SPAN = dt.timedelta(hours=24)
DEFAULT_DURATION_TOLERANCE_S = 600.0


@dataclass(frozen=True)
class ReconcileOptions:
    # How far a stated duration or offset may be from what the stated times give before
    # it is a ``duration-mismatch`` (news copy rounds: "three hours" for 2 h 55 min).
    duration_tolerance_s: float = DEFAULT_DURATION_TOLERANCE_S


@dataclass
class _Draft:
    mentions: list[Mention]
    kind: str
    start: dt.datetime | dt.date | None
    zone: str | None
    label: str
    words: set[str]
    nouns: set[str]
    end: dt.datetime | dt.date | None = None
    duration_s: float | None = None
    notes: list[str] = field(default_factory=list)
    phase: str | None = None
    concepts: list[str] = field(default_factory=list)  # the primary one first
    approximate: bool = False
    after: str | None = None
    duration_from: str | None = None  # the mention that gave the duration
    zone_rule: str | None = None  # how ``zone`` (where it happens) was chosen
    sentence_start: int = 0  # where an event with no mention of its own is told

    @property
    def position(self) -> int:
        return min((m.span[0] for m in self.mentions), default=self.sentence_start)

    @property
    def timed(self) -> bool:
        return isinstance(self.start, dt.datetime) and self.start.tzinfo is not None


@dataclass
class _PendingOffset:
    """ "two hours after the talks": placed against 'the talks' once it is known whether
    they have an end, and whether the text says which edge it counts from."""

    draft: _Draft | None  # the event the offset places (None: it checks a stated time)
    anchor: _Draft
    duration: Mention
    link: Link
    offset: dt.timedelta
    after: bool
    edge: str | None  # "start" | "end" when the text says which ("after the end of"), else None
    approximate: bool
    vague: bool
    target: _Draft | None = None  # the event whose stated time the offset checks
    target_said: tuple[str, str] = ("", "")  # its first mention (id, text) as stated, before the offset joins it


@dataclass
class _Context:
    doc: Document
    mentions: list[Mention]
    resolved: dict[str, Resolved]
    links: list[Link]
    findings: list[Finding]
    starts: list[int]
    masked: list[tuple[int, int]]
    code: str
    options: ReconcileOptions
    date_source: str
    references: list[tuple[int, int]] = field(default_factory=list)
    # sentence → sorted ends of its time mentions, built on first use (see _lead_window).
    time_ends: dict[int, list[int]] | None = None
    places: DocumentPlaces | None = None
    # Offsets whose reference edge (start or end of the event counted from) is settled once
    # every duration is attached (see _settle_offsets).
    pending_offsets: list[_PendingOffset] = field(default_factory=list)


def build_events(doc: Document, mentions: list[Mention], resolved: dict[str, Resolved], links: list[Link],
                 findings: list[Finding], *, date_source: str = "given",
                 options: ReconcileOptions | None = None, places: list[PlaceMention] | None = None,
                 given_place: GivenPlace | None = None) -> list[Event]:
    if not mentions:
        return []
    code = mentions[0].lang
    # "after the meeting" names another event: it is masked out of labels and concepts.
    references = [r.span for r in order_references(doc.text, code)]
    references += [link.span for link in links if link.kind in (OFFSET_AFTER, OFFSET_BEFORE)]
    references += _sequel_spans(doc.text, code)
    ctx = _Context(doc, mentions, resolved, links, findings,
                   sentence_starts(doc.text, compile_language(code).language.non_final_abbreviations),
                   with_mention_leads(doc.text, sorted([m.span for m in mentions] + references), code), code, options or ReconcileOptions(), date_source,
                   references)
    ctx.places = DocumentPlaces(doc.text, ctx.starts, code, list(places or ()), resolved, mentions, given_place,
                                [(link.source, link.target) for link in links if link.kind == EQUALS])
    drafts = _time_events(ctx)
    drafts = _join_ranges(ctx, drafts)
    drafts = _join_phases(ctx, drafts)
    drafts += _day_events(ctx)
    offset_durations = _place_offsets(ctx, drafts)
    _attach_durations(ctx, drafts, offset_durations)
    _settle_offsets(ctx)
    _check_order_words(ctx, drafts)
    events = []
    for d in drafts:
        ordered = sorted(d.mentions, key=lambda m: m.span)
        events.append(Event(
            id="", label=d.label, kind=d.kind, start=d.start, end=d.end, duration_s=d.duration_s,
            mentions=tuple(m.id for m in ordered), sources=(doc.id,), zone=d.zone,
            evidence=tuple(m.text for m in ordered), notes=tuple(d.notes), concepts=tuple(d.concepts),
            phase=d.phase, after=d.after, approximate=d.approximate, zone_rule=d.zone_rule))
    return events


def order_events(events: list[Event]) -> list[Event]:
    """Events in time order: all-day events before the timed events of their day, events
    placed only relative to another right after it, unplaced ones last."""
    by_mention = {mid: e for e in events for mid in e.mentions}

    def key(e: Event, depth: int = 0) -> tuple:
        if e.after and e.start is None and depth < 10 and e.after in by_mention:
            return key(by_mention[e.after], depth + 1) + (depth + 1,)
        if isinstance(e.start, dt.datetime):
            day = e.start.astimezone(tzinfo_for(e.zone)).date() if e.zone and e.start.tzinfo else e.start.date()
            moment = e.start.replace(tzinfo=None) if e.start.tzinfo is None else \
                e.start.astimezone(dt.UTC).replace(tzinfo=None)
            return (0, day, 1, moment, 0)
        if isinstance(e.start, dt.date):
            return (0, e.start, 0, dt.datetime.min, 0)
        return (1, dt.date.max, 2, dt.datetime.min, 0)

    ordered = _instants_in_utc_order(sorted(events, key=key))
    return [replace(e, id=f"e{i}") for i, e in enumerate(ordered, start=1)]


def _instants_in_utc_order(ordered: list[Event]) -> list[Event]:
    """Grouping by local day puts 07:00 Tokyo on 17 June (22:00 UTC on the 16th) after
    19:00 New York on 16 June (23:00 UTC): events in different zones would be out of
    order. The timed events (each with the relative events that follow it) are put in
    UTC order among the places they hold; all-day and unplaced events stay where the
    day order put them."""
    units: list[list[Event]] = []
    for e in ordered:
        relative = e.after and e.start is None
        if relative and units:
            units[-1].append(e)
        else:
            units.append([e])

    def aware(unit: list[Event]) -> bool:
        start = unit[0].start
        return isinstance(start, dt.datetime) and start.tzinfo is not None

    timed = [i for i, unit in enumerate(units) if aware(unit)]
    in_utc = sorted((units[i] for i in timed), key=lambda unit: unit[0].start)
    for i, unit in zip(timed, in_utc, strict=True):
        units[i] = unit
    return [e for unit in units for e in unit]


# --- clock-time events ---------------------------------------------------------------


def _groups(times: list[Mention], links: list[Link]) -> list[list[Mention]]:
    parent = {m.id: m.id for m in times}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        if link.kind == EQUALS and link.source in parent and link.target in parent:
            parent[find(link.target)] = find(link.source)
    grouped: dict[str, list[Mention]] = {}
    for m in times:
        grouped.setdefault(find(m.id), []).append(m)
    return list(grouped.values())


def _same_instant_in_sentence(groups: list[list[Mention]], resolved: dict[str, Resolved],
                              links: list[Link]) -> list[list[Mention]]:
    """Two times in one sentence that resolve to the same instant, in different zones,
    are one moment said twice ("at 13:35 local time, 11:35 GMT")."""
    ranged = {x for link in links if link.kind == RANGE for x in (link.source, link.target)}
    merged: list[list[Mention]] = []
    # Positions in ``merged`` by (instant, sentence): only a group with the same instant
    # and a shared sentence can take another in. (Keyed by instant alone, a long text
    # puts many groups under each minute of the day and the scan grows with the text.)
    by_key: dict[tuple[dt.datetime, int], list[int]] = {}
    for group in groups:
        utc = next((resolved[m.id].utc for m in group if resolved[m.id].utc is not None), None)
        zones = {resolved[m.id].zone for m in group}
        sentences = {m.sentence for m in group}
        target = None
        if utc is not None and not any(m.id in ranged for m in group):
            for i in sorted({i for s in sentences for i in by_key.get((utc, s), ())}):
                other = merged[i]
                if (not any(m.id in ranged for m in other)
                        and zones != {resolved[m.id].zone for m in other}):
                    target = i
                    break
        if target is None:
            merged.append(list(group))
            target = len(merged) - 1
        else:
            merged[target].extend(group)
        if utc is not None:
            for s in sentences:
                positions = by_key.setdefault((utc, s), [])
                if target not in positions:
                    positions.append(target)
    return merged


def _time_events(ctx: _Context) -> list[_Draft]:
    times = [m for m in ctx.mentions if m.kind == TIME]
    groups = _same_instant_in_sentence(_groups(times, ctx.links), ctx.resolved, ctx.links)
    drafts = []
    for group in groups:
        group.sort(key=lambda m: m.span)
        readings = [(m, ctx.resolved[m.id]) for m in group]
        anchored = [(m, r) for m, r in readings if r.utc is not None]
        notes: list[str] = []
        if anchored:
            first_m, first_r = anchored[0]
            start: dt.datetime | None = first_r.utc
            kind = "instant"
            _check_equivalence(ctx, anchored, notes)
            where = _event_zone(ctx, anchored)
            zone = where.zone
            if where.note:
                notes.append(where.note)
        else:
            first_m, first_r = readings[0]
            start = first_r.local
            kind = "wall-clock"
            zone = None
            notes.append(f"zone unknown: {first_r.unresolved_reason}")
        label = make_label(ctx.doc.text, ctx.starts, first_m.sentence, first_m.span, ctx.masked, ctx.code)
        clause_text = _without_references(" ".join(_clause_of(ctx.doc.text, ctx.starts, m) for m in group), ctx.code)
        draft = _Draft(group, kind, start, zone, label, set(content_words(clause_text, ctx.code)),
                       event_nouns_in(clause_text, ctx.code), notes=notes,
                       zone_rule=where.rule if anchored else None)
        draft.phase = phase_in(_lead_window(ctx, group[0]), ctx.code)
        draft.concepts = _concepts(ctx, label, clause_text)
        _mark_approximate(ctx, draft)
        drafts.append(draft)
    return drafts


def _check_equivalence(ctx: _Context, anchored: list[tuple[Mention, Resolved]], notes: list[str]) -> None:
    first_m, first_r = anchored[0]
    for m, r in anchored[1:]:
        season = conversion_seasons(first_r, r)
        across_midnight = _across_midnight(first_r, r)
        if across_midnight is not None:
            # "8 p.m. ET (0100 GMT)": the other clock is already on the next day, which the
            # text did not say; the day was assumed, so the clock time is what was stated.
            r = replace(r, utc=r.utc + across_midnight, local=r.local + across_midnight if r.local else None)
            if r.utc == first_r.utc:
                notes.append(f"'{m.text}' is on the {'next' if across_midnight.days > 0 else 'previous'} day "
                             f"by its own clock (no date was stated for it)")
        if r.utc == first_r.utc:
            notes.append(f"'{first_m.text}' = '{m.text}' = {first_r.utc:%H:%M} UTC: the statements agree")
            if season is not None and season.days and not season.every_day:
                _season_confirms(ctx, first_m, m, season, notes)
            continue
        diff = r.utc - first_r.utc
        if ctx.date_source == "today" and season is not None and season.days:
            ctx.findings.append(Finding(
                "season-inference", WARNING,
                f"'{first_m.text}' = '{m.text}' is right {season.describe()}, not on the assumed date "
                f"{first_r.local.date().isoformat()}: the text was probably written in that season — pass --date",
                (first_m.id, m.id)))
            continue
        ctx.findings.append(Finding(
            "equivalence-conflict", CONFLICT,
            f"'{first_m.text}' is {first_r.utc:%Y-%m-%d %H:%M} UTC but '{m.text}', stated as the same "
            f"moment, is {r.utc:%Y-%m-%d %H:%M} UTC: {signed(diff)} apart"
            + explain_difference(diff, first_r, r),
            (first_m.id, m.id)))


def _across_midnight(first: Resolved, other: Resolved) -> dt.timedelta | None:
    """The whole days to add to ``other`` when the two are more than 12 hours apart and
    the day of one of them was assumed rather than stated."""
    diff = other.utc - first.utc
    if abs(diff) <= dt.timedelta(hours=12):
        return None
    # The day of a time is inferred unless a date stands right with it: "no date stated",
    # or a date elsewhere in the sentence ("Tuesday, March 1, at 9 p.m. EST (0200 GMT)").
    assumed = [any(a.startswith(("no date stated", "date from")) for a in r.assumptions) for r in (first, other)]
    if not any(assumed):
        return None
    days = -round(diff / dt.timedelta(days=1))
    return dt.timedelta(days=days) if days else None


def _season_confirms(ctx: _Context, a: Mention, b: Mention, season, notes: list[str]) -> None:
    """A conversion right in only one daylight-saving season is evidence about the date."""
    text = f"the conversion '{a.text}' = '{b.text}' is right {season.describe()}"
    if ctx.date_source == "today":
        ctx.findings.append(Finding(
            "season-inference", INFO,
            f"{text}: this fits the assumed date, but the date was not given — the season is confirmed, "
            f"not the day", (a.id, b.id)))
    else:
        notes.append(f"{text}, which confirms the season of the date")


def _event_zone(ctx: _Context, anchored: list[tuple[Mention, Resolved]]) -> EventPlace:
    """Where the event happens (timeline.reconcile.places), not whose clock it was said on."""
    return event_place(anchored, ctx.places)


def _lead_window(ctx: _Context, m: Mention) -> str:
    """The words before a time in its sentence, back to the previous time: where "began"
    or "ended" says what the time marks."""
    a, _ = sentence_bounds(ctx.doc.text, ctx.starts, m.sentence)
    if ctx.time_ends is None:
        # One pass over the mentions, not one per time: a text with thousands of times
        # made this quadratic.
        ctx.time_ends = {}
        for x in ctx.mentions:
            if x.kind == TIME:
                ctx.time_ends.setdefault(x.sentence, []).append(x.span[1])
        for ends in ctx.time_ends.values():
            ends.sort()
    ends = ctx.time_ends.get(m.sentence, [])
    i = bisect.bisect_right(ends, m.span[0])
    previous = ends[i - 1] if i else a
    return _without_references(ctx.doc.text[max(a, previous, m.span[0] - 90) : m.span[0]], ctx.code) + " " + m.text


def _without_references(text: str, code: str) -> str:
    """The text without its "after the meeting ended" phrases: their nouns and phase words
    are another event's."""
    for ref in order_references(text, code):
        text = text.replace(ref.words, " ")
    return text


def _concepts(ctx: _Context, label: str, clause_text: str) -> list[str]:
    ordered: list[str] = []
    for ref in order_references(clause_text, ctx.code):
        clause_text = clause_text.replace(ref.words, " ")
    for source in (label, clause_text):
        for w in content_words(source, ctx.code):
            for noun in event_nouns_in(w, ctx.code):
                concept = concept_of(noun, ctx.code)
                if concept not in ordered:
                    ordered.append(concept)
    return ordered


def _mark_approximate(ctx: _Context, d: _Draft) -> None:
    for m in d.mentions:
        if m.kind != TIME:
            continue
        word = approximate_word(ctx.doc.text, ctx.doc.text[max(0, m.span[0] - 40) : m.span[0]], m, ctx.code)
        if word:
            d.approximate = True
            d.notes.append(f"'{m.text}' is approximate ('{word.strip()}')")
            ctx.findings.append(Finding("approximate", INFO,
                                        f"'{m.text}' is approximate ('{word.strip()}'): the time is not exact",
                                        (m.id,)))


# --- intervals -----------------------------------------------------------------------


def _draft_of(drafts: list[_Draft], mention_id: str) -> _Draft | None:
    return next((d for d in drafts if any(m.id == mention_id for m in d.mentions)), None)


def _join_ranges(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """ "from 13:35 until 17:05": one event with a start and an end."""
    for link in ctx.links:
        if link.kind != RANGE:
            continue
        first, second = _draft_of(drafts, link.source), _draft_of(drafts, link.target)
        if first is None or second is None or first is second or first.end is not None:
            continue
        end = second.start
        if isinstance(end, dt.datetime) and isinstance(first.start, dt.datetime) and \
                (end.tzinfo is None) == (first.start.tzinfo is None):
            if end <= first.start:
                end = end + dt.timedelta(days=1)
                first.notes.append("the interval's end is earlier on the clock than its start: taken on the next day")
            first.end = end
            first.duration_s = (end - first.start).total_seconds()
            first.kind = "interval" if first.kind == "instant" else first.kind
        first.mentions += second.mentions
        first.notes += second.notes
        first.notes.append(f"interval stated: '{ctx.doc.text[link.span[0]:link.span[1]].strip() or link.connector}'")
        first.approximate = first.approximate or second.approximate
        drafts.remove(second)
    return drafts


def _join_phases(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """ "The talks began at 10:00 … they ended at 13:00": one event's start and end."""
    for end_draft in [d for d in drafts if d.phase == "end" and d.end is None and d.timed]:
        earlier = [d for d in drafts if d is not end_draft and d.timed and d.position < end_draft.position]
        if end_draft.concepts:
            candidates = [d for d in earlier if d.phase == "start" and d.end is None
                          and d.concepts and d.concepts[0] in end_draft.concepts]
        else:
            # "They ended at 12:30": the event started just before, in this or the last sentence.
            previous = max(earlier, key=lambda d: d.position, default=None)
            candidates = [previous] if previous is not None and previous.phase == "start" and previous.end is None \
                and end_draft.mentions[0].sentence - max(m.sentence for m in previous.mentions) <= 1 else []
        if not candidates:
            continue
        start_draft = max(candidates, key=lambda d: d.position)
        if end_draft.start - start_draft.start > _MAX_JOINED_SPAN:
            continue  # a day or more apart: not one sitting (or the dates were not stated)
        if end_draft.start < start_draft.start:
            ctx.findings.append(Finding(
                "order-contradiction", CONFLICT,
                f"'{_first_text(end_draft)}' ends '{start_draft.label}' at "
                f"{end_draft.start.astimezone(dt.UTC):%H:%M} UTC, before its stated start "
                f"'{_first_text(start_draft)}' ({start_draft.start.astimezone(dt.UTC):%H:%M} UTC)",
                (_first_id(start_draft), _first_id(end_draft))))
            continue
        start_draft.end = end_draft.start
        start_draft.duration_s = (end_draft.start - start_draft.start).total_seconds()
        start_draft.kind = "interval"
        start_draft.mentions += end_draft.mentions
        start_draft.notes += end_draft.notes
        what = f"the same {start_draft.concepts[0]}" if start_draft.concepts else "the event just before"
        start_draft.notes.append(f"ends at '{_first_text(end_draft)}' ({what} is said to end there)")
        start_draft.approximate = start_draft.approximate or end_draft.approximate
        drafts.remove(end_draft)
    return drafts


def _first_text(d: _Draft) -> str:
    return min(d.mentions, key=lambda m: m.span).text if d.mentions else d.label


def _first_id(d: _Draft) -> str:
    return min(d.mentions, key=lambda m: m.span).id if d.mentions else ""


# --- all-day events ------------------------------------------------------------------


def _day_events(ctx: _Context) -> list[_Draft]:
    """A date said in a sentence with no clock time is an all-day event of its own."""
    # The days the clock times of each sentence are on: a date naming one of them is that
    # time's; a date naming another day ("talks ended on Monday; the vote starts at 9 a.m.
    # on Wednesday") is an event of its own.
    days_of_times: dict[int, set[dt.date]] = {}
    for m in ctx.mentions:
        if m.kind == TIME:
            days_of_times.setdefault(m.sentence, set()).update(_days_of_time(ctx.resolved.get(m.id)))
    by_day: dict[dt.date, list[Mention]] = {}
    for m in ctx.mentions:
        day = ctx.resolved[m.id].date if m.kind == DATE else None
        if day is not None and (m.sentence not in days_of_times or
                                (ctx.resolved[m.id].granularity == "day" and day not in days_of_times[m.sentence])):
            by_day.setdefault(day, []).append(m)
    drafts = []
    for day, group in by_day.items():
        first = group[0]
        label = make_label(ctx.doc.text, ctx.starts, first.sentence, first.span, ctx.masked, ctx.code)
        clause_text = " ".join(_clause_of(ctx.doc.text, ctx.starts, m) for m in group)
        notes = []
        if len(group) > 1:
            notes.append(f"{len(group)} mentions of {day.isoformat()} merged")
        d = _Draft(group, "all-day", day, None, label, set(content_words(clause_text, ctx.code)),
                   event_nouns_in(clause_text, ctx.code), end=day, notes=notes)
        d.concepts = _concepts(ctx, label, clause_text)
        d.phase = phase_in(label, ctx.code)
        drafts.append(d)
    return drafts + _sequel_day_events(ctx)


def _days_of_time(r: Resolved | None) -> set[dt.date]:
    """The days a resolved clock time may be said to be on: its wall-clock day, and its UTC
    day (a date written beside a GMT equivalent)."""
    if r is None:
        return set()
    days = {r.local.date()} if r.local is not None else set()
    if r.utc is not None:
        days.add(r.utc.date())
    return days


def _sequel_day_events(ctx: _Context) -> list[_Draft]:
    """ "The next day, the leaders met again.": a sentence with no time or date of its own
    that counts a day from the day the text last talked about — an all-day event."""
    from timeline.extract.links import sequel_days_in, sequel_phrase

    with_mentions = {m.sentence for m in ctx.mentions}
    drafts = []
    for index in range(len(ctx.starts)):
        if index in with_mentions:
            continue
        a, b = sentence_bounds(ctx.doc.text, ctx.starts, index)
        shift = sequel_days_in(ctx.doc.text[a:b], ctx.code)
        if not shift:
            continue
        days = [(m, _day_of_mention(ctx, m)) for m in ctx.mentions if m.span[0] < a]
        days = [(m, day) for m, day in days if day is not None]
        base = days[-1][1] if days else ctx.doc.reference_date
        if base is None:
            continue
        day = base + dt.timedelta(days=shift)
        phrase = sequel_phrase(ctx.doc.text[a:b], ctx.code)
        masked = ctx.masked + ([(a + phrase[1][0], a + phrase[1][1])] if phrase else [])
        label = make_label(ctx.doc.text, ctx.starts, index, (a, a), sorted(masked), ctx.code)
        origin = f"the day of '{days[-1][0].text}'" if days else "the reference date"
        d = _Draft([], "all-day", day, None, label, set(content_words(ctx.doc.text[a:b], ctx.code)),
                   event_nouns_in(ctx.doc.text[a:b], ctx.code), end=day,
                   notes=[f"relative day: {shift:+d} from {origin} ({base.isoformat()})"])
        d.concepts = _concepts(ctx, label, ctx.doc.text[a:b])
        d.sentence_start = a
        drafts.append(d)
    return drafts


def _sequel_spans(text: str, code: str) -> list[tuple[int, int]]:
    from timeline.extract.links import sequel_phrase

    spans = []
    pos = 0
    while (found := sequel_phrase(text[pos:], code)) is not None:
        a, b = found[1]
        spans.append((pos + a, pos + b))
        pos += b
    return spans


def _day_of_mention(ctx: _Context, m: Mention) -> dt.date | None:
    r = ctx.resolved.get(m.id)
    if r is None:
        return None
    if r.local is not None:
        return r.local.date()
    return r.date


def _clause_of(text: str, starts: list[int], m: Mention, lookback: int = 120) -> str:
    a, b = sentence_bounds(text, starts, m.sentence)
    for c_start, c_end in clause_spans(text, a, b, m.lang):
        if c_start <= m.span[0] < c_end:
            lo = max(a, c_start - lookback)
            return text[lo:c_end]
    return text[a:b]


# --- offsets: "two hours later", "بعد ساعتين" -------------------------------------------


def _place_offsets(ctx: _Context, drafts: list[_Draft]) -> set[str]:
    """Place what an offset describes against the event it counts from. Returns the
    durations used as offsets (they are not how long something lasted)."""
    used: set[str] = set()
    by_id = {m.id: m for m in ctx.mentions}
    for link in ctx.links:
        if link.kind not in (OFFSET_AFTER, OFFSET_BEFORE):
            continue
        d = by_id.get(link.source)
        if d is None:
            continue
        seconds = mention_seconds(d)
        vague = _vague(d) or (seconds is None and d.parts.duration_unit is not None)
        if vague:
            seconds = seconds or 0.0
        elif seconds is None or not _MIN_EVENT_DURATION_S <= seconds <= _MAX_EVENT_DURATION_S:
            continue
        # "after two hours of talks": how long the talks lasted, counted from their start.
        measured = _measures_an_event(ctx, d)
        word = approximate_word(ctx.doc.text, ctx.doc.text[max(0, d.span[0] - 40) : d.span[0]], d, ctx.code)
        approximate = is_approximate(d) or word is not None
        after = link.kind == OFFSET_AFTER
        named = _named_anchor(ctx, drafts, d, link)
        stated = _time_just_before(ctx, drafts, d, link)
        if named is not None and named is stated:
            named = None  # the noun after the connector is the stated event's own
        if (measured and stated is not None and named is None and stated.end is not None
                and measured & (stated.nouns | event_nouns_in(_clause_of(ctx.doc.text, ctx.starts, d), ctx.code))):
            # "ended at 14:00, after three and a half hours of talks": the talks are the stated
            # interval itself; the duration is its length (checked), not a second event.
            used.add(d.id)
            _apply_duration(ctx, stated, d, "the length of what it measures")
            continue
        if stated is not None and named is None and isinstance(stated.start, dt.datetime) and not vague:
            # "took effect at 2 a.m., two hours after the last rocket was fired": what the
            # offset names is placed against the time stated just before it.
            used.add(d.id)
            drafts.append(_placed_from_time(ctx, stated, d, link, dt.timedelta(seconds=seconds), after,
                                            approximate))
            continue
        anchor = named or _previous_event(drafts, d)
        if anchor is None:
            continue
        if measured and not measured & anchor.nouns:
            continue  # "closed after three days of voting": a voting the text gives no time for
        used.add(d.id)
        offset = dt.timedelta(seconds=seconds)
        if stated is not None and named is not None and stated is not named:
            link = replace(link, target=_first_id(stated))  # "at 17:00, two hours after the meeting"
        clause = _clause_of(ctx.doc.text, ctx.starts, d)
        # "The talks ended two hours later": how long the event before lasted.
        if named is None and phase_in(clause, ctx.code) == "end" and (event_nouns_in(clause, ctx.code) & anchor.nouns) \
                and after and anchor.end is None:
            _apply_duration(ctx, anchor, d, "ended that long after its start", force=True)
            continue
        tail = ctx.doc.text[max(link.span[1], d.span[1]) : max(link.span[1], d.span[1]) + 40]
        # "an hour after polls close", "two hours after the end of the talks": the text says
        # which edge it counts from; "two hours after the talks" does not.
        edge = "start" if measured else phase_in(tail, ctx.code)
        target = _draft_of(drafts, link.target) if link.target else None
        if target is anchor:
            target = None
        if approximate or vague:
            said = f"'{word.strip()} {d.text}'" if word and word.strip().casefold() not in d.text.casefold() \
                else f"'{d.text}'"
            ctx.findings.append(Finding("approximate", INFO, f"{said} is approximate; so is the time it gives",
                                        (d.id,)))
        if target is not None and isinstance(target.start, dt.datetime) and isinstance(anchor.start, dt.datetime):
            said = (_first_id(target), _first_text(target))
            target.mentions.append(d)
            ctx.pending_offsets.append(_PendingOffset(None, anchor, d, link, offset, after, edge, approximate,
                                                      vague, target, said))
            continue
        label = make_label(ctx.doc.text, ctx.starts, d.sentence, d.span, ctx.masked, ctx.code)
        new = _Draft([d], "relative", None, anchor.zone, label, set(content_words(clause, ctx.code)),
                     event_nouns_in(clause, ctx.code), approximate=approximate, zone_rule=anchor.zone_rule)
        new.concepts = _concepts(ctx, label, clause)
        new.after = _first_id(anchor)
        reference = anchor.start
        place = f"{d.text} {link.connector} the start of '{anchor.label}'"
        if vague:
            new.notes.append(f"relative only: {place}; '{d.text}' is no exact count")
        elif isinstance(reference, dt.datetime):
            # Placed from the start for now, so that later durations and offsets see it;
            # _settle_offsets moves it to the end, or to order only, once ends are known.
            new.start = reference + offset if after else reference - offset
            new.kind = "instant" if reference.tzinfo is not None else "wall-clock"
            ctx.pending_offsets.append(_PendingOffset(new, anchor, d, link, offset, after, edge, approximate,
                                                      vague))
        elif isinstance(reference, dt.date) and seconds % 86400 == 0:
            days = dt.timedelta(days=seconds // 86400)
            new.start = new.end = reference + days if after else reference - days
            new.kind = "all-day"
            new.notes.append(f"placed {place}")
        else:
            new.notes.append(f"relative only: {place}; no clock time to count from")
        drafts.append(new)
    return used


def _edges(p: _PendingOffset) -> list[tuple[str, dt.datetime]]:
    """The instants an offset may count from: the edge the text names, else the anchor's
    start, and its end too when it has one (the text leaves the choice open)."""
    start, end = p.anchor.start, p.anchor.end
    has_end = isinstance(end, dt.datetime) and end != start
    if p.edge == "end":
        return [("end", end)] if has_end else []
    if p.edge == "start" or not has_end or not p.after:
        return [("start", start)]  # "two hours before the talks": before they began
    return [("start", start), ("end", end)]


def _settle_offsets(ctx: _Context) -> None:
    """Place or check each offset now that every event's end is known: "after X" counts
    from X's end only when the text says so ("after the end of X", "after X ended"); when
    X lasts and the text does not say, both readings are given and nothing is invented."""
    for p in ctx.pending_offsets:
        edges = _edges(p)
        words = f"'{p.duration.text}' {p.link.connector}"
        if p.target is not None:
            _check_offset_target(ctx, p, edges, words)
            continue
        new = p.draft
        shifted = [(edge, when + p.offset if p.after else when - p.offset) for edge, when in edges]
        if len(shifted) == 1:
            edge, new.start = shifted[0]
            new.notes.append(f"placed {p.duration.text} {p.link.connector} the {edge} of '{p.anchor.label}'"
                             + (" — approximate" if p.approximate else ""))
            continue
        new.start, new.end, new.kind = None, None, "relative"
        if not shifted:
            new.notes.append(f"relative only: {p.duration.text} {p.link.connector} the end of '{p.anchor.label}', "
                             f"whose end the text does not give")
            continue
        (_, from_start), (_, from_end) = shifted
        new.notes.append(
            f"relative only: {words} '{p.anchor.label}' is {_hm(from_start)} counted from its start, "
            f"{_hm(from_end)} from its end — the text does not say which")


def _check_offset_target(ctx: _Context, p: _PendingOffset, edges: list[tuple[str, dt.datetime]],
                         words: str) -> None:
    """ "at 17:00, three hours after the meeting": the stated time is checked against
    every edge the offset may count from; it must fit one of them."""
    target, anchor = p.target, p.anchor
    edges = [(edge, when) for edge, when in edges
             if isinstance(when, dt.datetime) and (target.start.tzinfo is None) == (when.tzinfo is None)]
    if not edges:
        return
    tol = _tolerance(ctx, p.offset.total_seconds(), p.approximate or anchor.approximate)
    (target_id, target_text), anchor_id = p.target_said, _first_id(anchor)
    first_edge, first_when = edges[0]
    wrong_side = target.start < first_when if p.after else target.start > first_when
    if wrong_side:
        ctx.findings.append(Finding(
            "order-contradiction", CONFLICT,
            f"{words} puts '{target_text}' {'after' if p.after else 'before'} the {first_edge} of "
            f"'{anchor.label}' ({_hm(first_when)}), but it is stated at {_hm(target.start)}",
            (anchor_id, p.duration.id, target_id)))
        return
    expected = [(edge, when + p.offset if p.after else when - p.offset) for edge, when in edges]
    fitting = [edge for edge, when in expected if abs((target.start - when).total_seconds()) <= tol]
    if fitting or p.vague:
        which = f" (counted from its {fitting[0]})" if fitting and len(expected) > 1 else ""
        target.notes.append(f"{words} '{anchor.label}': agrees with the stated time{which}")
        return
    puts = " or ".join(f"{_hm(when)}" + (f" (from its {edge})" if len(expected) > 1 else "")
                       for edge, when in expected)
    nearest = min((when for _, when in expected), key=lambda when: abs(target.start - when))
    ctx.findings.append(Finding(
        "duration-mismatch", CONFLICT,
        f"{words} puts '{target_text}' at {puts}, but it is stated at "
        f"{_hm(target.start)} ({signed(target.start - nearest)} apart)",
        (anchor_id, p.duration.id, target_id)))


def _time_just_before(ctx: _Context, drafts: list[_Draft], d: Mention, link: Link) -> _Draft | None:
    """The event of a clock time standing right before an offset whose connector names what
    follows ("at 2 a.m., two hours after …", "عند الساعة 2:00، بعد ساعتين من …")."""
    from timeline.lang import get as get_language
    from timeline.textnorm import normalize

    if link.connector == d.text:
        return None  # "two hours later" counts from the event before, not from a time beside it
    order_words = {" ".join(normalize(w).casefold().split()) for w in get_language(ctx.code).order_words}
    if " ".join(normalize(link.connector).casefold().split()) not in order_words:
        return None
    block = min(link.span[0], d.span[0])
    times = [m for m in ctx.mentions if m.kind == TIME and m.sentence == d.sentence and m.span[1] <= block]
    if not times:
        return None
    last = max(times, key=lambda m: m.span[1])
    gap = ctx.doc.text[last.span[1] : block]
    # Right after the time, or after a short place phrase closed by a comma ("in Gaza, ").
    allowed = 3 if re.search(r"[,،]\s*$", gap) else 1
    if len(re.findall(r"[^\W\d_]+", gap)) > allowed:
        return None
    return _draft_of(drafts, last.id)


def _placed_from_time(ctx: _Context, stated: _Draft, d: Mention, link: Link, offset: dt.timedelta, after: bool,
                      approximate: bool) -> _Draft:
    block_end = max(link.span[1], d.span[1])
    label = make_label(ctx.doc.text, ctx.starts, d.sentence, (block_end, block_end), ctx.masked, ctx.code)
    clause = ctx.doc.text[block_end : sentence_bounds(ctx.doc.text, ctx.starts, d.sentence)[1]]
    new = _Draft([d], "instant", stated.start - offset if after else stated.start + offset, stated.zone, label,
                 set(content_words(clause, ctx.code)), event_nouns_in(clause, ctx.code), approximate=approximate,
                 zone_rule=stated.zone_rule)
    new.concepts = _concepts(ctx, label, clause)
    new.notes.append(f"placed from '{_first_text(stated)}': it is '{d.text}' {link.connector} this"
                     + (" — approximate" if approximate else ""))
    return new


def _named_anchor(ctx: _Context, drafts: list[_Draft], d: Mention, link: Link) -> _Draft | None:
    """ "two hours after the meeting", "بعد ساعتين من اللقاء": the event named after the
    connector or the duration."""
    tail_start = max(link.span[1], d.span[1])
    tail = ctx.doc.text[tail_start : tail_start + 40]
    words = content_words(tail, ctx.code)[:3]
    for w in words:
        nouns = event_nouns_in(w, ctx.code)
        if not nouns:
            continue
        concept = concept_of(next(iter(nouns)), ctx.code)
        same = [x for x in drafts if x.concepts and x.concepts[0] == concept and d not in x.mentions]
        before = [x for x in same if x.position < d.span[0]]
        if before:
            return max(before, key=lambda x: x.position)
        if same:
            return min(same, key=lambda x: x.position)
        return None
    return None


def _previous_event(drafts: list[_Draft], d: Mention) -> _Draft | None:
    before = [x for x in drafts if x.position < d.span[0] and x.start is not None]
    return max(before, key=lambda x: x.position) if before else None


# --- durations -------------------------------------------------------------------------


def _attach_durations(ctx: _Context, drafts: list[_Draft], offsets: set[str]) -> None:
    timed = [d for d in drafts if d.kind in ("instant", "wall-clock", "interval")]
    for m in ctx.mentions:
        seconds = mention_seconds(m) if m.kind == DURATION else None
        if seconds is None or m.id in offsets:
            continue
        if not _MIN_EVENT_DURATION_S <= seconds <= _MAX_EVENT_DURATION_S or _vague(m):
            continue
        if _measures_something_else(ctx, m):
            continue
        # The duration's own clause: what it names is there ("the meeting lasted …").
        clause = _clause_of(ctx.doc.text, ctx.starts, m, lookback=0)
        nouns = event_nouns_in(clause, ctx.code)
        measured = _measures_an_event(ctx, m)  # "two hours of talks": the talks', no other event's
        own_days = _days_named_in(ctx, m.sentence)
        best, best_score, why = None, 0, ""
        for d in timed:
            if measured and not measured & d.nouns:
                continue
            first = min(d.mentions, key=lambda x: x.span)
            if first.span[0] > m.span[0] + 400:
                continue
            shared = nouns & d.nouns
            same_sentence = any(x.sentence == m.sentence for x in d.mentions)
            near_before = first.span[0] < m.span[0] and m.sentence - max(x.sentence for x in d.mentions) <= 1
            if near_before and own_days and _local_day(ctx, first) not in own_days:
                # "Hier soir, … une séance d'une trentaine de minutes": the duration's sentence
                # names another day than the event before it, so it tells of something else.
                near_before = False
            score = 3 if shared else 2 if same_sentence else 1 if near_before else 0
            if d.duration_from is not None and score < 3:
                continue  # already has a stated duration; a second one must name the same event
            if score > best_score or (score == best_score and score and first.span[0] < m.span[0]):
                best, best_score = d, score
                why = (f"shares the event word '{sorted(shared)[0]}'" if shared
                       else "same sentence" if same_sentence else "the event just before it")
        if best is None:
            continue
        _apply_duration(ctx, best, m, why)


def _measures_an_event(ctx: _Context, m: Mention) -> set[str]:
    """The event nouns a duration measures ("three days of voting", "two hours of talks"),
    in languages where that "of" never links an offset to its event."""
    from timeline.lang import get as get_language
    from timeline.textnorm import normalize

    words = get_language(ctx.code).event_measure_words
    if not words:
        return set()
    tail = normalize(ctx.doc.text[m.span[1] : m.span[1] + 40]).split()
    if len(tail) < 2 or tail[0].casefold() not in {normalize(w).casefold() for w in words}:
        return set()
    return event_nouns_in(" ".join(tail[1:3]), ctx.code)


def _days_named_in(ctx: _Context, sentence: int) -> set[dt.date]:
    """The days the date mentions of a sentence resolve to."""
    days = set()
    for x in ctx.mentions:
        r = ctx.resolved.get(x.id)
        if x.sentence == sentence and x.kind == DATE and r is not None and r.date is not None and r.local is None:
            days.add(r.date)
    return days


def _local_day(ctx: _Context, m: Mention) -> dt.date | None:
    r = ctx.resolved.get(m.id)
    if r is None:
        return None
    return r.local.date() if r.local is not None else r.date


def _measures_something_else(ctx: _Context, m: Mention) -> bool:
    """ "two minutes of silence", "ثلاث دقائق من الصمت": a duration of a thing named right
    after it, unless that thing is an event ("two hours of talks")."""
    from timeline.lang import get as get_language
    from timeline.textnorm import normalize

    words = get_language(ctx.code).measure_of_words
    if not words:
        return False
    tail = normalize(ctx.doc.text[m.span[1] : m.span[1] + 40]).split()
    if len(tail) < 2 or tail[0].casefold() not in {normalize(w).casefold() for w in words}:
        return False
    return not event_nouns_in(" ".join(tail[1:3]), ctx.code)


def _apply_duration(ctx: _Context, d: _Draft, m: Mention, why: str, force: bool = False) -> None:
    seconds = mention_seconds(m)
    delta = dt.timedelta(seconds=seconds)
    d.mentions.append(m)
    if d.end is not None and isinstance(d.start, dt.datetime) and isinstance(d.end, dt.datetime):
        stated = (d.end - d.start).total_seconds()
        tol = _tolerance(ctx, seconds, is_approximate(m) or d.approximate)
        if abs(stated - seconds) > tol:
            ctx.findings.append(Finding(
                "duration-mismatch", CONFLICT,
                f"'{m.text}' ({_hours(seconds)}) but the stated start and end are {_hours(stated)} apart "
                f"({signed(dt.timedelta(seconds=stated - seconds))} off; tolerance {tol / 60:g} min)",
                tuple(x.id for x in sorted(d.mentions, key=lambda x: x.span))))
        else:
            d.notes.append(f"'{m.text}' agrees with the stated start and end ({_hours(stated)})")
        return
    d.duration_s = seconds
    d.duration_from = m.id
    if isinstance(d.start, dt.datetime):
        if d.phase == "end" and not force:
            d.end = d.start
            d.start = d.end - delta
            d.notes.append(f"the stated time is the end; '{m.text}' gives the start")
        else:
            d.end = d.start + delta
        d.kind = "interval" if d.kind == "instant" else d.kind
    d.notes.append(f"lasts '{m.text}' ({why})" + (" — approximate" if is_approximate(m) else ""))
    if is_approximate(m):
        ctx.findings.append(Finding("approximate", INFO, f"'{m.text}' is approximate; the end is too", (m.id,)))


def _vague(m: Mention) -> bool:
    """ "several hours", "بضع ساعات": a count that is no number."""
    from timeline.lang import get as get_language
    from timeline.textnorm import normalize

    head = normalize(m.text).casefold()
    return any(head.startswith(normalize(w).casefold() + " ") for w in get_language(m.lang).vague_counts)


def _tolerance(ctx: _Context, seconds: float, approximate: bool) -> float:
    tol = ctx.options.duration_tolerance_s
    return max(tol, 0.25 * seconds, 900.0) if approximate else tol


# --- order words: "after the meeting" ------------------------------------------------------


def _check_order_words(ctx: _Context, drafts: list[_Draft]) -> None:
    """A time said to be after (or before) another event must be on that side of it.
    "After the talks" only says after they began; "after the talks ended", "after the end
    of the talks", "بعد انتهاء المحادثات" say after their end."""
    timed = [d for d in drafts if d.timed]
    for d in timed:
        first = min(d.mentions, key=lambda x: x.span)
        if first.kind != TIME:
            continue
        a, b = sentence_bounds(ctx.doc.text, ctx.starts, first.sentence)
        for ref in order_references(ctx.doc.text[a:b], ctx.code):
            others = [x for x in timed if x is not d and x.concepts and x.concepts[0] == ref.concept]
            if not others or (d.concepts and d.concepts[0] == ref.concept):
                continue
            before = [x for x in others if x.position < d.position]
            if not before and len(others) > 1:
                continue  # named only later, and more than once: which one is meant is unclear
            other = max(before, key=lambda x: x.position) if before else others[0]
            tol = dt.timedelta(seconds=_tolerance(ctx, 0, d.approximate or other.approximate))
            to_end = isinstance(other.end, dt.datetime) and _names_the_end(ctx, a + ref.span[0], a + ref.span[1])
            if ref.direction == "after":
                if d.start < other.start - tol:
                    severity, edge, when = CONFLICT, "start", other.start
                elif to_end and d.start < other.end - tol:
                    severity, edge, when = WARNING, "end", other.end
                else:
                    edge, when = ("end", other.end) if to_end else ("start", other.start)
                    d.notes.append(f"'{ref.words.strip()}': after the {edge} of '{other.label}' ({_hm(when)}), "
                                   "as stated" + ("" if to_end else " — an order, not a time"))
                    continue
            elif d.start > other.start + tol:
                severity, edge, when = CONFLICT, "start", other.start
            else:
                d.notes.append(f"'{ref.words.strip()}': before the start of '{other.label}' ({_hm(other.start)}), "
                               "as stated — an order, not a time")
                continue
            ctx.findings.append(Finding(
                "order-contradiction", severity,
                f"'{ref.words.strip()}': '{first.text}' ({_hm(d.start)}) is said to be {ref.direction} "
                f"'{other.label}', but that {'starts' if edge == 'start' else 'ends'} at {_hm(when)}",
                (_first_id(other), first.id)))


def _names_the_end(ctx: _Context, start: int, end: int) -> bool:
    """Whether an order phrase ("after the end of the talks", "after the talks ended",
    "بعد انتهاء اللقاء") says it counts from the end of the event it names."""
    return phase_in(ctx.doc.text[start : end + 12], ctx.code) == "end"


# --- formatting ----------------------------------------------------------------------------


def _hm(value: dt.datetime) -> str:
    if value.tzinfo is None:
        return f"{value:%H:%M} (wall clock)"
    return f"{value.astimezone(dt.UTC):%H:%M} UTC"


def _hours(seconds: float) -> str:
    return f"{seconds / 3600:g} h"


def signed(delta: dt.timedelta) -> str:
    minutes = int(round(abs(delta.total_seconds()) / 60))
    h, mi = divmod(minutes, 60)
    if not h:
        return f"{mi} min"
    return f"{h} h {mi:02d} min" if mi else f"{h} hour{'s' if h != 1 else ''}"


_signed = signed
