"""Clock-time events: the time mentions stated as one moment (an "equals" link, or the
same instant in two zones in one sentence) grouped into one event, their agreement
checked (conflicts, day across midnight, daylight-saving season), with where it
happens, its label, concepts, phase ("began", "ended") and approximation.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import replace

from timeline.extract.links import EQUALS, RANGE
from timeline.extract.sentences import sentence_bounds
from timeline.model import (
    CONFLICT,
    INFO,
    TIME,
    WARNING,
    Finding,
    Link,
    Mention,
    Resolved,
)
from timeline.reconcile.cues import approximate_word, phase_in
from timeline.reconcile.drafts import _clause_of, _concepts, _Context, _Draft, signed
from timeline.reconcile.hints import conversion_seasons, explain_difference
from timeline.reconcile.labels import make_label
from timeline.reconcile.places import EventPlace, event_place
from timeline.reconcile.words import content_words, event_nouns_in
from timeline.resolve.resolver import RANGE_DAY_ASSUMED


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
        notes += _range_day_notes(readings)
        label = make_label(ctx.doc.text, ctx.starts, first_m.sentence, first_m.span, ctx.masked, ctx.code)
        clause_text = ctx.without_references(" ".join(_clause_of(ctx.doc.text, ctx.starts, m) for m in group))
        draft = _Draft(group, kind, start, zone, label, set(content_words(clause_text, ctx.code)),
                       event_nouns_in(clause_text, ctx.code), notes=notes,
                       zone_rule=where.rule if anchored else None)
        draft.phase = phase_in(_lead_window(ctx, group[0]), ctx.code)
        draft.concepts = _concepts(ctx, label, clause_text)
        _mark_approximate(ctx, draft)
        drafts.append(draft)
    return drafts


def _range_day_notes(readings: list[tuple[Mention, Resolved]]) -> list[str]:
    """A time dated only by a range of days ("runs from June 26 to 28; doors open at 10:00
    each day") was put on its first day: the event says so, not only its mention."""
    notes = []
    for m, r in readings:
        notes += [f"'{m.text}': {a}" for a in r.assumptions if a.startswith(RANGE_DAY_ASSUMED)]
    return notes


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
    return ctx.without_references(ctx.doc.text[max(a, previous, m.span[0] - 90) : m.span[0]]) + " " + m.text


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
