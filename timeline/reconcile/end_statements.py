"""What a sentence tells "at the end of" an event ("At the end of the meeting, the two
presidents issued a joint statement", «في ختام اللقاء», "à l'issue de la réunion", "when
it ended"): an event placed at that event's end, when the end is known — stated, or
worked out from its start and a stated length, which the notes say — else in order only,
after it. A sentence that states its own clock time is left to that time (and to the
order-word check); the end phrases are language data (``Language.event_end_phrases``).
"""

from __future__ import annotations

import datetime as dt

from timeline.extract.sentences import sentence_bounds
from timeline.model import DURATION, TIME, WARNING, Finding
from timeline.reconcile.cues import EndReference, end_phrase_sentences, end_phrases_possible, end_references
from timeline.reconcile.drafts import _concepts, _Context, _Draft, _first_id, _first_text, _hm, _tolerance, signed
from timeline.reconcile.labels import make_label
from timeline.reconcile.words import content_words, event_nouns_in


def end_reference_spans(text: str, code: str) -> list[tuple[int, int]]:
    """Where the text says "at the end of …": masked out of labels and concepts, as the
    event named there is another one."""
    return [r.span for r in end_references(text, code)]


def _place_end_statements(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    with_times = {m.sentence for m in ctx.mentions if m.kind == TIME}
    new: list[_Draft] = []
    possible = end_phrases_possible(ctx.doc.text, ctx.code)
    if possible is not None and not any(possible):
        return new
    bounds = [sentence_bounds(ctx.doc.text, ctx.starts, index) for index in range(len(ctx.starts))]
    for index, may_hold in enumerate(end_phrase_sentences(ctx.doc.text, ctx.code, bounds)):
        if not may_hold:
            continue
        a, b = bounds[index]
        refs = end_references(ctx.doc.text[a:b], ctx.code, possible)
        if not refs:
            continue
        ref = refs[0]
        anchor = _anchor_of(ref, a, drafts)
        if anchor is None:
            continue
        if index in with_times:
            _check_stated_time(ctx, index, ref, anchor, drafts)
            continue
        if _counted_from_the_end(ctx, a, ref):
            continue
        new.append(_statement_at_end(ctx, index, a, b, ref, anchor))
    return new


def _counted_from_the_end(ctx: _Context, sentence_start: int, ref: EndReference) -> bool:
    """ "Half an hour after the end of the talks", "Через час после окончания переговоров": a
    length right before the end phrase counts from that end — the offset places the event,
    and the end itself is no second event of the sentence."""
    begin = sentence_start + ref.span[0]
    return any(m.kind == DURATION and m.span[1] <= begin and not ctx.doc.text[m.span[1]:begin].strip(" ,")
               for m in ctx.mentions)


def _check_stated_time(ctx: _Context, index: int, ref: EndReference, anchor: _Draft, drafts: list[_Draft]) -> None:
    """ "At the end of the meeting, at 17:30 local time, …": the stated time is checked
    against the end worked out or stated before (a wrong length or time shows here)."""
    end = _end_of(anchor)
    timed = [d for d in drafts if d is not anchor and d.timed and d.mentions
             and min(d.mentions, key=lambda m: m.span).sentence == index
             and min(d.mentions, key=lambda m: m.span).kind == TIME]
    if end is None or end.tzinfo is None or not timed:
        return
    d = min(timed, key=lambda x: x.position)
    first = min(d.mentions, key=lambda m: m.span)
    said = f"'{ref.words.strip()}'"
    tol = dt.timedelta(seconds=_tolerance(ctx, 0, d.approximate or anchor.approximate))
    if abs(d.start - end) <= tol:
        d.notes.append(f"{said}: at the end of '{anchor.label}' ({_hm(end)}), as stated")
        return
    how = " (its start + duration)" if anchor.duration_from is not None and anchor.end is not None \
        and anchor.phase != "end" else ""
    ctx.findings.append(Finding(
        "order-contradiction", WARNING,
        f"{said}: '{first.text}' ({_hm(d.start)}) is said to be at the end of '{anchor.label}', but that ends at "
        f"{_hm(end)}{how}: {signed(d.start - end)} {'later' if d.start > end else 'earlier'}",
        (_first_id(anchor), first.id)))


def _anchor_of(ref: EndReference, sentence_start: int, drafts: list[_Draft]) -> _Draft | None:
    """The timed event told before the sentence that the phrase names (by its concept),
    or for "when it ended" the last timed one told before it; the last one whose end is
    known, if any is."""
    before = [d for d in drafts if isinstance(d.start, dt.datetime) and d.mentions and d.position < sentence_start]
    if ref.concept is not None:
        before = [d for d in before if ref.concept in d.concepts]
    ended = [d for d in before if _end_of(d) is not None]
    return max(ended or before, key=lambda d: d.position) if before else None


def _end_of(d: _Draft) -> dt.datetime | None:
    """The end of an event when it is known: its end, or its time when that time is
    what the text says is its end ("the talks ended at 17:05")."""
    if isinstance(d.end, dt.datetime) and d.end != d.start:
        return d.end
    if d.phase == "end" and d.end is None and isinstance(d.start, dt.datetime):
        return d.start
    return None


def _statement_at_end(ctx: _Context, index: int, a: int, b: int, ref: EndReference, anchor: _Draft) -> _Draft:
    span = (a + ref.span[0], a + ref.span[1])
    label = make_label(ctx.doc.text, ctx.starts, index, span, sorted(ctx.masked + [span]), ctx.code)
    told = ctx.doc.text[a:span[0]] + " " + ctx.doc.text[span[1]:b]
    d = _Draft([], "instant", None, anchor.zone, label, set(content_words(told, ctx.code)),
               event_nouns_in(told, ctx.code), zone_rule=anchor.zone_rule, approximate=anchor.approximate)
    d.concepts = _concepts(ctx, label, told)
    d.sentence_start = a
    d.after = _first_id(anchor)
    said = f"'{ref.words.strip()}'"
    end = _end_of(anchor)
    if end is not None:
        d.start = end
        d.kind = "instant" if end.tzinfo is not None else "wall-clock"
        if anchor.end is None:
            how = f"the end of '{anchor.label}' as stated ('{_first_text(anchor)}')"
        elif anchor.duration_from is not None and anchor.phase != "end":
            length = next((m.text for m in anchor.mentions if m.id == anchor.duration_from), "its stated length")
            how = (f"the end of '{anchor.label}' assumed from its start + duration ('{_first_text(anchor)}' + "
                   f"'{length}')")
        else:
            stated = next((m.text for m in anchor.mentions if m.kind == TIME and ctx.resolved.get(m.id) is not None
                           and ctx.resolved[m.id].utc == end), None)
            how = f"the end of '{anchor.label}' as stated" + (f" ('{stated}')" if stated else "")
        d.notes.append(f"{said}: placed at the end of '{anchor.label}', {_hm(end)} — {how}")
        if anchor.approximate:
            d.notes.append(f"the end of '{anchor.label}' is approximate, and so is this time")
    else:
        d.kind = "relative"
        d.notes.append(f"{said}: after '{anchor.label}' ({_hm(anchor.start)}), whose end is not stated — "
                       "placed in order only")
    return d
