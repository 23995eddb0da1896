"""Stage 3 for one document: resolved mentions → events, with every stated equivalence
checked, intervals built from what the text states (a range, a start and an end, a
start or end plus a duration, an offset from another event), and order words checked.

This module runs the stages in order; each stage is a module of its own:
time_events (equivalent clock times → one event), intervals (ranges, start + end),
retold (one moment told again later on another clock), recurring (a time each day of a range),
day_events (all-day events), offsets ("two hours after X"), durations ("lasted three
hours"), order_words ("after the meeting" checked), end_statements ("at the end of the
meeting, …" placed at its end), ordering (the final order);
drafts holds the working state they share.

Every rule that joined or placed something leaves a note on the event; every
disagreement becomes a ``Finding``.
"""

from __future__ import annotations

from timeline.extract.links import EQUALS, OFFSET_AFTER, OFFSET_BEFORE
from timeline.extract.patterns import compile_language
from timeline.extract.sentences import sentence_starts
from timeline.model import (
    Document,
    Event,
    Finding,
    Link,
    Mention,
    PlaceMention,
    Resolved,
)
from timeline.reconcile.cues import order_references
from timeline.reconcile.day_events import _day_events, _day_range_spans, _sequel_spans
from timeline.reconcile.drafts import DEFAULT_DURATION_TOLERANCE_S, ReconcileOptions, _Context, signed
from timeline.reconcile.durations import _attach_durations
from timeline.reconcile.end_statements import _place_end_statements, end_reference_spans
from timeline.reconcile.intervals import _join_phases, _join_ranges
from timeline.reconcile.labels import with_mention_leads
from timeline.reconcile.offsets import _place_offsets, _settle_offsets
from timeline.reconcile.order_words import _check_order_words
from timeline.reconcile.ordering import order_events
from timeline.reconcile.places import DocumentPlaces, GivenPlace
from timeline.reconcile.recurring import _mark_daily
from timeline.reconcile.retold import _join_retold
from timeline.reconcile.time_events import _time_events


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
    # A stated range of days ("from June 26 to 28") is one time expression: a label leaves
    # out what stands between its ends too.
    references += _day_range_spans(doc.text, mentions, links, code)
    references += end_reference_spans(doc.text, code)
    ctx = _Context(doc, mentions, resolved, links, findings,
                   sentence_starts(doc.text, *_sentence_words(code)),
                   with_mention_leads(doc.text, sorted([m.span for m in mentions] + references), code), code, options or ReconcileOptions(), date_source,
                   references)
    ctx.places = DocumentPlaces(doc.text, ctx.starts, code, list(places or ()), resolved, mentions, given_place,
                                [(link.source, link.target) for link in links if link.kind == EQUALS])
    drafts = _time_events(ctx)
    drafts = _join_ranges(ctx, drafts)
    drafts = _join_phases(ctx, drafts)
    drafts = _join_retold(ctx, drafts)
    _mark_daily(ctx, drafts)
    drafts += _day_events(ctx)
    offset_durations = _place_offsets(ctx, drafts)
    _attach_durations(ctx, drafts, offset_durations)
    _settle_offsets(ctx)
    _check_order_words(ctx, drafts)
    drafts += _place_end_statements(ctx, drafts)
    events = []
    for d in drafts:
        ordered = sorted(d.mentions, key=lambda m: m.span)
        events.append(Event(
            id="", label=d.label, kind=d.kind, start=d.start, end=d.end, duration_s=d.duration_s,
            mentions=tuple(m.id for m in ordered), sources=(doc.id,), zone=d.zone,
            evidence=tuple(m.text for m in ordered), notes=tuple(d.notes), concepts=tuple(d.concepts),
            phase=d.phase, after=d.after, approximate=d.approximate, zone_rule=d.zone_rule,
            recurrence=d.recurrence, day_part=d.day_part))
    return events


_signed = signed


__all__ = ["DEFAULT_DURATION_TOLERANCE_S", "ReconcileOptions", "build_events", "order_events", "signed"]


def _sentence_words(code: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    language = compile_language(code).language
    return language.non_final_abbreviations, language.sentence_openers
