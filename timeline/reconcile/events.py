"""Stage 3: resolved mentions → events, with every stated equivalence checked and
every duration tied to the event it describes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from timeline.extract.patterns import compile_language
from timeline.extract.sentences import sentence_starts
from timeline.model import (
    CONFLICT,
    DATE,
    DURATION,
    INFO,
    TIME,
    Document,
    Event,
    Finding,
    Link,
    Mention,
    Resolved,
)
from timeline.reconcile.hints import explain_difference
from timeline.reconcile.labels import clause_spans, make_label
from timeline.reconcile.words import content_words, event_nouns_in
from timeline.zones.tzsource import tzinfo_for

# A duration that long is not how long a clock-time event lasted ("extended for 5 years").
_MAX_EVENT_DURATION_S = 7 * 86400


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


def build_events(doc: Document, mentions: list[Mention], resolved: dict[str, Resolved], links: list[Link],
                 findings: list[Finding]) -> list[Event]:
    if not mentions:
        return []
    code = mentions[0].lang
    starts = sentence_starts(doc.text, compile_language(code).language.non_final_abbreviations)
    masked = [m.span for m in mentions]
    drafts = _time_events(doc, mentions, resolved, links, findings, starts, masked, code)
    drafts += _day_events(doc, mentions, resolved, starts, masked, code)
    _attach_durations(doc, mentions, resolved, drafts, findings, starts, code)
    events = []
    for d in drafts:
        ids = tuple(m.id for m in sorted(d.mentions, key=lambda m: m.span))
        events.append(Event(
            id="", label=d.label, kind=d.kind, start=d.start, end=d.end, duration_s=d.duration_s,
            mentions=ids, sources=(doc.id,), zone=d.zone,
            evidence=tuple(m.text for m in sorted(d.mentions, key=lambda m: m.span)), notes=tuple(d.notes)))
    return events


def order_events(events: list[Event]) -> list[Event]:
    def key(e: Event) -> tuple:
        if isinstance(e.start, dt.datetime):
            day = e.start.astimezone(tzinfo_for(e.zone)).date() if e.zone else e.start.date()
            return (0, day, 1, e.start.replace(tzinfo=None) if e.start.tzinfo is None else e.start.astimezone(dt.UTC).replace(tzinfo=None))
        if isinstance(e.start, dt.date):
            return (0, e.start, 0, dt.datetime.min)
        return (1, dt.date.max, 2, dt.datetime.min)

    ordered = sorted(events, key=key)
    from dataclasses import replace

    return [replace(e, id=f"e{i}") for i, e in enumerate(ordered, start=1)]


def _groups(times: list[Mention], links: list[Link]) -> list[list[Mention]]:
    parent = {m.id: m.id for m in times}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        if link.kind == "equals" and link.source in parent and link.target in parent:
            parent[find(link.target)] = find(link.source)
    grouped: dict[str, list[Mention]] = {}
    for m in times:
        grouped.setdefault(find(m.id), []).append(m)
    return list(grouped.values())


def _time_events(doc, mentions, resolved, links, findings, starts, masked, code) -> list[_Draft]:
    times = [m for m in mentions if m.kind == TIME]
    drafts = []
    for group in _groups(times, links):
        group.sort(key=lambda m: m.span)
        readings = [(m, resolved[m.id]) for m in group]
        anchored = [(m, r) for m, r in readings if r.utc is not None]
        notes: list[str] = []
        if anchored:
            first_m, first_r = anchored[0]
            start: dt.datetime | None = first_r.utc
            kind = "instant"
            for m, r in anchored[1:]:
                if r.utc == first_r.utc:
                    notes.append(f"'{first_m.text}' = '{m.text}' = {first_r.utc:%H:%M} UTC: the statements agree")
                else:
                    diff = r.utc - first_r.utc
                    findings.append(Finding(
                        "equivalence-conflict", CONFLICT,
                        f"'{first_m.text}' is {first_r.utc:%Y-%m-%d %H:%M} UTC but '{m.text}', stated as the same "
                        f"moment, is {r.utc:%Y-%m-%d %H:%M} UTC: {_signed(diff)} apart"
                        + explain_difference(diff, first_r, r),
                        (first_m.id, m.id)))
            zone = _event_zone(anchored)
        else:
            first_m, first_r = readings[0]
            start = first_r.local
            kind = "wall-clock"
            zone = None
            notes.append(f"zone unknown: {first_r.unresolved_reason}")
        label = make_label(doc.text, starts, first_m.sentence, first_m.span, masked, code)
        clause_text = " ".join(_clause_of(doc.text, starts, m) for m in group)
        drafts.append(_Draft(group, kind, start, zone, label, set(content_words(clause_text, code)),
                             event_nouns_in(clause_text, code), notes=notes))
    return drafts


def _event_zone(anchored: list[tuple[Mention, Resolved]]) -> str | None:
    """Where the event happens: a "local time" reading beats a remote clock ("Moscow time")."""
    for _, r in anchored:
        if r.zone_rule and ("local" in r.zone_rule or "uncued" in r.zone_rule):
            return r.zone
    return anchored[0][1].zone


def _day_events(doc, mentions, resolved, starts, masked, code) -> list[_Draft]:
    """A date said in a sentence with no clock time is an all-day event of its own."""
    sentences_with_times = {m.sentence for m in mentions if m.kind == TIME}
    by_day: dict[dt.date, list[Mention]] = {}
    for m in mentions:
        if m.kind == DATE and m.sentence not in sentences_with_times and resolved[m.id].date is not None:
            by_day.setdefault(resolved[m.id].date, []).append(m)
    drafts = []
    for day, group in by_day.items():
        first = group[0]
        label = make_label(doc.text, starts, first.sentence, first.span, masked, code)
        clause_text = " ".join(_clause_of(doc.text, starts, m) for m in group)
        notes = []
        if len(group) > 1:
            notes.append(f"{len(group)} mentions of {day.isoformat()} merged")
        drafts.append(_Draft(group, "all-day", day, None, label, set(content_words(clause_text, code)),
                             event_nouns_in(clause_text, code), end=day, notes=notes))
    return drafts


def _clause_of(text: str, starts: list[int], m: Mention) -> str:
    from timeline.extract.sentences import sentence_bounds

    a, b = sentence_bounds(text, starts, m.sentence)
    for c_start, c_end in clause_spans(text, a, b):
        if c_start <= m.span[0] < c_end:
            lo = max(a, c_start - 120)
            return text[lo:c_end]
    return text[a:b]


def _attach_durations(doc, mentions, resolved, drafts, findings, starts, code) -> None:
    timed = [d for d in drafts if d.kind in ("instant", "wall-clock")]
    for m in mentions:
        if m.kind != DURATION or m.parts.duration_s is None:
            continue
        if m.parts.duration_s > _MAX_EVENT_DURATION_S:
            continue
        clause = _clause_of(doc.text, starts, m)
        nouns = event_nouns_in(clause, code)
        best, best_score, why = None, 0, ""
        for d in timed:
            first = min(d.mentions, key=lambda x: x.span)
            if first.span[0] > m.span[0] + 400:
                continue
            shared = nouns & d.nouns
            same_sentence = any(x.sentence == m.sentence for x in d.mentions)
            near_before = first.span[0] < m.span[0] and m.sentence - max(x.sentence for x in d.mentions) <= 1
            score = 3 if shared else 2 if same_sentence else 1 if near_before else 0
            if score > best_score or (score == best_score and score and first.span[0] < m.span[0]):
                best, best_score = d, score
                why = (f"shares the event word '{sorted(shared)[0]}'" if shared
                       else "same sentence" if same_sentence else "the event just before it")
        if best is None:
            continue
        _apply_duration(best, m, why, findings)


def _apply_duration(d: _Draft, m: Mention, why: str, findings: list[Finding]) -> None:
    seconds = m.parts.duration_s
    delta = dt.timedelta(seconds=seconds)
    d.mentions.append(m)
    if d.end is not None and isinstance(d.start, dt.datetime) and isinstance(d.end, dt.datetime):
        stated = (d.end - d.start).total_seconds()
        if abs(stated - seconds) > 60:
            findings.append(Finding("duration-mismatch", CONFLICT,
                                    f"'{m.text}' ({seconds / 3600:g} h) but the stated start and end are "
                                    f"{stated / 3600:g} h apart", tuple(x.id for x in d.mentions)))
        return
    d.duration_s = seconds
    if d.start is not None and isinstance(d.start, dt.datetime):
        d.end = d.start + delta
        d.kind = "interval" if d.kind == "instant" else d.kind
    d.notes.append(f"lasts '{m.text}' ({why})" + (" — approximate" if m.parts.approximate else ""))
    if m.parts.approximate:
        findings.append(Finding("approximate", INFO, f"'{m.text}' is approximate; the end is too", (m.id,)))


def _signed(delta: dt.timedelta) -> str:
    minutes = int(abs(delta.total_seconds()) // 60)
    h, mi = divmod(minutes, 60)
    text = f"{h} h {mi:02d} min" if mi else f"{h} hour{'s' if h != 1 else ''}"
    return text
