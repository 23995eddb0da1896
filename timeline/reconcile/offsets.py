"""Offsets ("two hours later", "two hours after the talks", "بعد ساعتين"): what an offset
describes is placed against the event it counts from, or a stated time is checked
against it; once every end is known, the edge it counts from (start or end) is settled.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from timeline.extract.links import OFFSET_AFTER, OFFSET_BEFORE, is_approximate, mention_seconds
from timeline.extract.sentences import sentence_bounds
from timeline.model import (
    CONFLICT,
    INFO,
    TIME,
    Finding,
    Link,
    Mention,
)
from timeline.reconcile.cues import approximate_word, concept_of, first_phase_in, phase_in
from timeline.reconcile.drafts import (
    _MAX_EVENT_DURATION_S,
    _MIN_EVENT_DURATION_S,
    _clause_of,
    _concepts,
    _Context,
    _Draft,
    _draft_of,
    _first_id,
    _first_text,
    _hm,
    _PendingOffset,
    _tolerance,
    _vague,
    signed,
)
from timeline.reconcile.durations import _apply_duration, _measures_an_event
from timeline.reconcile.labels import make_label
from timeline.reconcile.words import content_words, event_nouns_in


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
        if (stated is not None and named is None and after and not vague and stated.phase == "end"
                and stated.end is None and isinstance(stated.start, dt.datetime)
                and _length_right_after_an_end(ctx, d, link)):
            # "The talks ended at 17:05 local time after three hours", "après trois heures de
            # discussions": the time ends something, and the length said right after it is how
            # long that lasted (it began three hours before), not a second event at 14:05.
            used.add(d.id)
            _apply_duration(ctx, stated, d, "the length of what ended at this time")
            continue
        if stated is not None and named is None and isinstance(stated.start, dt.datetime) and not vague:
            # "took effect at 2 a.m., two hours after the last rocket was fired": what the
            # offset names is placed against the time stated just before it.
            used.add(d.id)
            at = _stated_instant(ctx, stated, d, link)
            if at is not None and at != stated.start:
                # "وأغلقت … في السادسة مساءً، بعد عشر ساعات من التصويت": the time is the end of
                # an interval already told; the offset is counted back from it, so it checks
                # the start — no new event.
                tol = dt.timedelta(seconds=_tolerance(ctx, seconds, approximate))
                when = at - dt.timedelta(seconds=seconds) if after else at + dt.timedelta(seconds=seconds)
                stated.mentions.append(d)
                if abs(when - stated.start) <= tol:
                    stated.notes.append(f"'{d.text}' {link.connector}: from its start to this time, "
                                        "as stated")
                else:
                    ctx.findings.append(Finding(
                        "duration-mismatch", CONFLICT,
                        f"'{d.text}' {link.connector} puts the start of '{stated.label}' at {_hm(when)}, but "
                        f"it is stated at {_hm(stated.start)} ({signed(stated.start - when)} apart)",
                        (_first_id(stated), d.id)))
                continue
            told = _event_already_told(ctx, drafts, stated, d, dt.timedelta(seconds=seconds), after, approximate)
            if told is not None:
                # "at 7:14 a.m., four minutes after the launch" when the launch was told at
                # 7:10: the offset checks the two, it is no second launch.
                stated.mentions.append(d)
                stated.notes.append(f"'{d.text}' {link.connector} '{told.label}': agrees with the stated time")
                continue
            drafts.append(_placed_from_time(ctx, stated, d, link, dt.timedelta(seconds=seconds), after,
                                            approximate))
            continue
        anchor_clause = None
        if named is None and stated is None:
            # "An hour before the prime minister spoke": no event noun, but a clause whose
            # words an earlier event's label shares (the speaker and the act).
            named, anchor_clause = _anchor_told_by_clause(ctx, drafts, d, link)
        state = None if measured or named is not None else _measured_state(ctx, d)
        anchor = named or _previous_event(drafts, d)
        if anchor is None:
            continue
        if measured and not measured & anchor.nouns:
            continue  # "closed after three days of voting": a voting the text gives no time for
        if state is not None:
            # "After three hours of silence, the ministry issued a statement": the length is
            # the silence's, which began at no time the text gives — not three hours after
            # the event told before. Placed after it in order only.
            used.add(d.id)
            drafts.append(_after_a_state(ctx, anchor, d, link, state))
            continue
        used.add(d.id)
        offset = dt.timedelta(seconds=seconds)
        if stated is not None and named is not None and stated is not named:
            link = replace(link, target=_first_id(stated))  # "at 17:00, two hours after the meeting"
        clause = _clause_of(ctx.doc.text, ctx.starts, d)
        # "The talks ended two hours later": how long the event before lasted.
        if named is None and not vague and phase_in(clause, ctx.code) == "end" \
                and (event_nouns_in(clause, ctx.code) & anchor.nouns) and after and anchor.end is None:
            _apply_duration(ctx, anchor, d, "ended that long after its start", force=True)
            continue
        tail = ctx.doc.text[max(link.span[1], d.span[1]) : max(link.span[1], d.span[1]) + 40]
        # "an hour after polls close", "two hours after the end of the talks": the text says
        # which edge it counts from; "two hours after the talks" does not.
        edge = "start" if measured else first_phase_in(_up_to_clause_end(tail), ctx.code)
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
        # The clause that retells the anchor is the anchor's words, not this event's.
        masked = sorted(ctx.masked + [anchor_clause]) if anchor_clause else ctx.masked
        label = make_label(ctx.doc.text, ctx.starts, d.sentence, d.span, masked, ctx.code)
        # "A closing ceremony will start 15 minutes before the match": 'match' names the
        # anchor, not this event (a length of the match must not attach here).
        own_clause = _clause_of(ctx.doc.text, ctx.starts, d, lookback=0)
        nouns = event_nouns_in(own_clause, ctx.code) - event_nouns_in(_object_of_connector(tail), ctx.code)
        new = _Draft([d], "relative", None, anchor.zone, label, set(content_words(clause, ctx.code)),
                     nouns, approximate=approximate, zone_rule=anchor.zone_rule)
        new.concepts = _concepts(ctx, label, clause)
        new.after = _first_id(anchor)
        reference = anchor.start
        place = f"'{d.text}' {'after' if after else 'before'} the start of '{anchor.label}'"
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


def _length_right_after_an_end(ctx: _Context, d: Mention, link: Link) -> bool:
    """ "ended at 17:05 after three hours", "… after three hours of talks", "nach drei Stunden
    Verhandlungen": the connector stands before the length and nothing after the length
    names what it counts from — the clause ends, or what follows is the event it measures
    ("of talks", "de discussions", "من المحادثات"). "ended at 17:05, two hours after the
    vote" counts from the vote; "after three hours of silence" measures no event."""
    from timeline.lang import get as get_language
    from timeline.textnorm import normalize

    if link.span[0] >= d.span[0]:
        return False  # "two hours after …": the length comes first and the connector names an anchor
    tail = normalize(ctx.doc.text[d.span[1] : d.span[1] + 40])
    if not re.match(r"\s*[^\W\d_]", tail):
        return True  # the clause ends (a comma, a full stop, the end of the text)
    words = tail.split()
    measure_words = {normalize(w).casefold() for w in get_language(ctx.code).measure_of_words}
    if words[0].casefold() in measure_words:
        return bool(event_nouns_in(" ".join(words[1:3]), ctx.code))
    # Languages that say what a length measures with no word between ("drei Stunden
    # Verhandlungen", "трёх часов переговоров"): the event noun right after it.
    return not measure_words and bool(event_nouns_in(words[0], ctx.code))


def _object_of_connector(tail: str) -> str:
    """What follows "before"/"after" up to the clause end ("… before the match."); nothing when
    the connector ends its clause ("two hours later, the talks resumed")."""
    if re.match(r"\s*[,،;؛.!?]", tail):
        return ""
    return _up_to_clause_end(tail)


def _up_to_clause_end(tail: str) -> str:
    """The words after an offset up to the next comma or full stop: a phase word further on
    is another clause's ("… من صافرة البداية، فيما يقام حفل الختام")."""
    return re.split(r"[,،;؛.!?]", tail, maxsplit=1)[0]


def _edges(p: _PendingOffset) -> list[tuple[str, dt.datetime]]:
    """The instants an offset may count from: the edge the text names, else the anchor's
    start, and its end too when it has one (the text leaves the choice open)."""
    start, end = p.anchor.start, p.anchor.end
    if not isinstance(start, dt.datetime):
        return []  # the anchor itself was moved to order only: nothing to count from
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
        told_length = _length_told_just_before(ctx, p) if len(edges) == 2 else None
        if told_length is not None:
            edges = edges[1:]
        words = _offset_words(p)
        if p.target is not None:
            _check_offset_target(ctx, p, edges, words)
            continue
        new = p.draft
        shifted = [(edge, when + p.offset if p.after else when - p.offset) for edge, when in edges]
        if len(shifted) == 1:
            edge, new.start = shifted[0]
            new.notes.append(f"placed {words} the {edge} of '{p.anchor.label}'"
                             + (" — approximate" if p.approximate else ""))
            if told_length is not None:
                new.notes.append(f"counted from the end: the sentence just before told how long "
                                 f"'{p.anchor.label}' lasted ('{told_length.text}'), and nothing after it")
            continue
        new.start, new.end, new.kind = None, None, "relative"
        if not shifted:
            new.notes.append(f"relative only: {words} the end of '{p.anchor.label}', "
                             f"whose end the text does not give")
            continue
        (_, from_start), (_, from_end) = shifted
        new.notes.append(
            f"relative only: {words} '{p.anchor.label}' is {_hm(from_start)} counted from its start, "
            f"{_hm(from_end)} from its end — the text does not say which")


def _offset_words(p: _PendingOffset) -> str:
    """ "'two hours' after", or "'two hours later', counted after" when the offset's phrase
    holds its own direction word (the connector is the phrase itself)."""
    (lo, hi), (d_lo, d_hi) = p.link.span, p.duration.span
    if d_lo <= lo and hi <= d_hi:
        return f"'{p.duration.text}', counted {'after' if p.after else 'before'}"
    return f"'{p.duration.text}' {p.link.connector}"


def _length_told_just_before(ctx: _Context, p: _PendingOffset) -> Mention | None:
    """ "The talks lasted three hours. An hour later, …": when the last thing the text told
    before the offset, in the sentence right before it, is how long its anchor lasted, the
    story has reached that end and the offset counts from it. Returns that length."""
    if p.target is not None or p.edge is not None or p.anchor.duration_from is None:
        return None
    length = next((m for m in ctx.mentions if m.id == p.anchor.duration_from), None)
    if length is None or length.sentence != p.duration.sentence - 1:
        return None
    between = [m for m in ctx.mentions if length.span[1] <= m.span[0] < p.duration.span[0]]
    return None if between else length


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


def _stated_instant(ctx: _Context, stated: _Draft, d: Mention, link: Link) -> dt.datetime | None:
    """The instant of the clock time standing before an offset (it may be the end of its
    event, not the start)."""
    block = min(link.span[0], d.span[0])
    times = [m for m in stated.mentions if m.kind == TIME and m.sentence == d.sentence and m.span[1] <= block]
    if not times:
        return None
    r = ctx.resolved.get(max(times, key=lambda m: m.span[1]).id)
    if r is None:
        return None
    if r.utc is not None:
        return r.utc
    return r.local if r.local is not None and isinstance(stated.start, dt.datetime) \
        and stated.start.tzinfo is None else None


def _event_already_told(ctx: _Context, drafts: list[_Draft], stated: _Draft, d: Mention, offset: dt.timedelta,
                        after: bool, approximate: bool) -> _Draft | None:
    """An event told before the offset that starts where the offset counts from."""
    when = stated.start - offset if after else stated.start + offset
    tol = dt.timedelta(seconds=_tolerance(ctx, offset.total_seconds(), approximate))
    for x in drafts:
        if (x is not stated and x.position < d.span[0] and isinstance(x.start, dt.datetime)
                and (x.start.tzinfo is None) == (when.tzinfo is None) and abs(x.start - when) <= tol):
            return x
    return None


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
    if link.span[1] < d.span[0]:
        # "قبل انطلاق الجلسة بساعتين": the event stands between the order word and the length.
        words = content_words(ctx.doc.text[link.span[1] : d.span[0]], ctx.code)[:3] + words
    for w in words:
        nouns = event_nouns_in(w, ctx.code)
        if not nouns:
            continue
        concept = concept_of(next(iter(nouns)), ctx.code)
        same = [x for x in drafts if x.concepts and x.concepts[0] == concept and d not in x.mentions]
        before = [x for x in same if x.position < d.span[0]]
        if before:
            return max(before, key=lambda x: x.position)
        if same and link.kind == OFFSET_BEFORE:
            # "two hours before the vote" may name a vote told later; "four minutes after
            # the launch" points back to one already told, never to a later mention.
            return min(same, key=lambda x: x.position)
        return None
    return None


# Content words an earlier event's label must share with the clause after the connector
# ("before the prime minister spoke": 'prime', 'minister', 'spoke').
_CLAUSE_WORDS_SHARED = 2


def _anchor_told_by_clause(ctx: _Context, drafts: list[_Draft], d: Mention, link: Link
                           ) -> tuple[_Draft | None, tuple[int, int] | None]:
    """The earlier event a clause after the connector retells ("An hour before the prime
    minister spoke", «قبل ساعة من حديث رئيس الوزراء»): the one whose label and clause
    share the most content words with it, at least two; the latest on a tie. Also where
    that clause is written."""
    if link.connector == d.text or link.span[1] > d.span[0] + len(d.text) + 40:
        return None, None
    tail_start = max(link.span[1], d.span[1])
    clause = _up_to_clause_end(ctx.doc.text[tail_start : tail_start + 80])
    if re.match(r"\s*$", clause):
        return None, None
    wanted = set(content_words(clause, ctx.code))
    if len(wanted) < _CLAUSE_WORDS_SHARED:
        return None, None
    best, best_key = None, None
    for x in drafts:
        if x.position >= d.span[0] or not isinstance(x.start, dt.datetime) or d in x.mentions:
            continue
        shared = len(wanted & (set(content_words(x.label, ctx.code)) | x.words))
        key = (shared, x.position)
        if shared >= _CLAUSE_WORDS_SHARED and (best_key is None or key > best_key):
            best, best_key = x, key
    if best is None:
        return None, None
    return best, (tail_start, tail_start + len(clause.rstrip()))


def _measured_state(ctx: _Context, d: Mention) -> str | None:
    """ "three hours of silence", «ثلاث ساعات من الصمت»: a length of something that is no
    event of the text — after a word that never links an offset to its anchor
    (``event_measure_words``: "of") and no event noun, or after any measure word and a
    state the language lists (``measured_states``: «الصمت», «الانتظار»). Returns it."""
    from timeline.lang import get as get_language
    from timeline.textnorm import normalize

    language = get_language(ctx.code)
    tail = _up_to_clause_end(ctx.doc.text[d.span[1] : d.span[1] + 40])
    words = normalize(tail).split()
    if len(words) < 2:
        return None
    head = words[0].casefold()
    what = " ".join(words[1:3])
    if event_nouns_in(what, ctx.code) or first_phase_in(what, ctx.code):
        return None
    if head in {normalize(w).casefold() for w in language.event_measure_words}:
        return f"{words[0]} {words[1]}"
    states = {normalize(w).casefold() for w in language.measured_states}
    if head in {normalize(w).casefold() for w in language.measure_of_words} and words[1].casefold() in states:
        return f"{words[0]} {words[1]}"
    return None


def _after_a_state(ctx: _Context, anchor: _Draft, d: Mention, link: Link, state: str) -> _Draft:
    label = make_label(ctx.doc.text, ctx.starts, d.sentence, d.span, ctx.masked, ctx.code)
    clause = _clause_of(ctx.doc.text, ctx.starts, d, lookback=0)
    new = _Draft([d], "relative", None, anchor.zone, label, set(content_words(clause, ctx.code)),
                 event_nouns_in(clause, ctx.code), zone_rule=anchor.zone_rule)
    new.concepts = _concepts(ctx, label, clause)
    new.after = _first_id(anchor)
    new.notes.append(f"relative only: '{d.text} {state}' is how long that lasted, not a time counted from "
                     f"'{anchor.label}': placed after it in order only")
    return new


def _previous_event(drafts: list[_Draft], d: Mention) -> _Draft | None:
    before = [x for x in drafts if x.position < d.span[0] and x.start is not None]
    return max(before, key=lambda x: x.position) if before else None
