"""Durations ("the meeting lasted three hours"): each stated length is attached to the
event it measures, giving its end, or checked against a stated start and end.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from timeline.extract.links import is_approximate, mention_seconds
from timeline.extract.patterns import compile_language
from timeline.extract.sentences import sentence_bounds
from timeline.model import (
    CONFLICT,
    DATE,
    DURATION,
    INFO,
    Finding,
    Mention,
)
from timeline.reconcile.cues import concept_of
from timeline.reconcile.drafts import (
    _MAX_EVENT_DURATION_S,
    _MIN_EVENT_DURATION_S,
    _clause_of,
    _Context,
    _Draft,
    _hours,
    _tolerance,
    _vague,
    signed,
)
from timeline.reconcile.words import event_nouns_in
from timeline.resolve.resolver import told_in_the_past

_DAY_S = 86400
_MEASURED_WORD = re.compile(r"[^\W\d_]+['’]?")


def _attach_durations(ctx: _Context, drafts: list[_Draft], offsets: set[str]) -> None:
    timed = [d for d in drafts if d.kind in ("instant", "wall-clock", "interval")]
    days_named = _days_named_by_sentence(ctx)
    for m in ctx.mentions:
        seconds = mention_seconds(m) if m.kind == DURATION else None
        if seconds is None or m.id in offsets:
            continue
        if not _MIN_EVENT_DURATION_S <= seconds <= _MAX_EVENT_DURATION_S or _vague(m):
            continue
        if _measures_something_else(ctx, m) or _is_a_deadline(ctx, m):
            continue
        # The duration's own clause: what it names is there ("the meeting lasted …").
        clause = _clause_of(ctx.doc.text, ctx.starts, m, lookback=0)
        nouns = event_nouns_in(clause, ctx.code)
        named_before = _event_named_before(ctx, m)
        measured = _measures_an_event(ctx, m) or named_before  # "two hours of talks": the talks', no other event's
        antecedent = _relative_clause_antecedent(ctx, m)
        own_days = days_named.get(m.sentence, set())
        ordered_after = _events_ordered_against(ctx, m.sentence)
        ahead = _length_told_ahead(ctx, m)
        best, best_score, why = None, 0, ""
        for d in timed:
            if measured and not measured & d.nouns:
                continue
            if named_before and not named_before & event_nouns_in(d.label, ctx.code):
                continue  # "llegó … a las 9.30 para una visita de dos días": the visit's, not the arrival's
            first = min(d.mentions, key=lambda x: x.span)
            if first.span[0] > m.span[0] + 400:
                continue
            if antecedent and (not antecedent & d.nouns
                               or first.sentence == m.sentence and first.span[0] > m.span[0]
                               and not antecedent & event_nouns_in(d.label, ctx.code)):
                # "The talks, which lasted two hours, were followed by … at 8:30": the talks';
                # "The ceremony, which is expected to last 40 minutes, begins at 11 a.m.": the
                # later time is the ceremony's own.
                continue
            shared = nouns & d.nouns or {n for n in nouns if d.concepts and concept_of(n, ctx.code) == d.concepts[0]}
            same_sentence = any(x.sentence == m.sentence for x in d.mentions)
            near_before = first.span[0] < m.span[0] and m.sentence - max(x.sentence for x in d.mentions) <= 1
            if shared and not same_sentence and own_days and _local_day(ctx, first) not in own_days:
                # "وكان التونسيون في الخارج قد بدأوا التصويت يوم الجمعة … واستمر اقتراعهم ثلاثة
                # أيام": the voting of another day than Sunday's polling.
                shared = set()
            if (shared or near_before) and first.sentence != m.sentence and _told_of_another_period(
                    ctx, m.sentence, _local_day(ctx, first)):
                # "وكان السباق في نسخة العام الماضي قد استغرق ساعة و33 دقيقة": last year's
                # race, not the one of this evening told just before.
                shared, near_before = set(), False
            if near_before and own_days and _local_day(ctx, first) not in own_days:
                # "Hier soir, … une séance d'une trentaine de minutes": the duration's sentence
                # names another day than the event before it, so it tells of something else.
                near_before = False
            if near_before and ordered_after and not ordered_after & set(d.concepts):
                # "Après la conférence de presse, il a rencontré … pendant une quarantaine de
                # minutes": the sentence tells a new event placed against another one, and the
                # length is that new event's, not the one told just before.
                near_before = False
            if near_before and seconds >= _DAY_S:
                # "Schools will stay closed for three days", "الحداد الوطني سبعة أيام": days
                # said in the sentence after a clock time measure something else than it.
                near_before = False
            if ahead and not shared and (same_sentence or near_before) and told_in_the_past(first, ctx.doc.text):
                # "The speech, expected to last about 30 minutes, comes hours after he met
                # Kishida at 10 a.m.": a length still to come measures its own clause's event,
                # not one a past verb tells as over.
                same_sentence = near_before = False
            if (seconds >= _DAY_S and d.kind == "interval" and isinstance(d.start, dt.datetime)
                    and isinstance(d.end, dt.datetime) and d.end - d.start < dt.timedelta(days=1)):
                # "Голосование продлится три дня: участки открыты с 8:00 до 20:00": days are not
                # the length of the hours of a day a range of clock times states.
                continue
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


_AHEAD_REACH = 40  # characters before a length searched for its future cue ("expected to last")


def _length_told_ahead(ctx: _Context, m: Mention) -> bool:
    """A length told as still to come: a future cue in its clause right before it ("is
    expected to last", "will take")."""
    cue = compile_language(ctx.code).future_cue
    if cue is None:
        return False
    a, _ = sentence_bounds(ctx.doc.text, ctx.starts, m.sentence)
    window = ctx.doc.text[max(a, m.span[0] - _AHEAD_REACH) : m.span[0]]
    return cue.search(re.split(r"[,;:()]", window)[-1]) is not None


def _events_ordered_against(ctx: _Context, sentence: int) -> set[str]:
    """The events a sentence places its own against ("after the news conference"): their concepts."""
    a, b = sentence_bounds(ctx.doc.text, ctx.starts, sentence)
    return {r.concept for r in ctx.order_references(ctx.doc.text[a:b])}


def _measures_an_event(ctx: _Context, m: Mention) -> set[str]:
    """The event nouns a duration measures ("three days of voting", "two hours of talks"),
    in languages where that "of" never links an offset to its event."""
    from timeline.textnorm import normalize

    words = _folded_words(ctx.code, "event_measure_words")
    if not words:
        return set()
    tail = normalize(ctx.doc.text[m.span[1] : m.span[1] + 40]).split()
    if len(tail) < 2 or tail[0].casefold() not in words:
        return set()
    return event_nouns_in(" ".join(tail[1:3]), ctx.code)


def _event_named_before(ctx: _Context, m: Mention) -> set[str]:
    """The event noun a length qualifies from before ("une visite officielle de deux jours",
    "una visita de dos días"): that event's length, not the one of a clock time near it."""
    from timeline.textnorm import normalize

    links = _folded_words(ctx.code, "measured_noun_links")
    if not links:
        return set()
    before = normalize(ctx.doc.text[max(0, m.span[0] - 40) : m.span[0]])
    words = _MEASURED_WORD.findall(before)
    if len(words) < 2 or words[-1].casefold() not in links:
        return set()
    return event_nouns_in(" ".join(words[-3:-1]), ctx.code)


@cache
def _relative_clause_opener(code: str) -> re.Pattern[str] | None:
    from timeline.lang import get as get_language
    from timeline.textnorm import normalize

    openers = get_language(code).relative_clause_openers
    if not openers:
        return None
    return re.compile("|".join(f"(?:{normalize(o)})" for o in openers) + r"(?![^\W\d_])", re.IGNORECASE)


def _relative_clause_antecedent(ctx: _Context, m: Mention) -> set[str]:
    """The event noun whose relative clause holds the length ("The meeting, which is expected
    to last about three hours, will be followed by a news conference at 8:30 p.m."): the
    meeting's length, not the news conference's. Empty when the clause is closed before the
    length or its noun names no event ("a villa, which …")."""
    from timeline.textnorm import normalize

    opener = _relative_clause_opener(ctx.code)
    if opener is None:
        return set()
    a, _ = sentence_bounds(ctx.doc.text, ctx.starts, m.sentence)
    before = normalize(ctx.doc.text[a : m.span[0]])
    last = max(opener.finditer(before), key=lambda found: found.start(), default=None)
    if last is None or re.search(r"[,،;:()\[\]—–]", before[last.end() :]):
        return set()
    words = re.findall(r"[^\W\d_]+", before[: last.start()])[-3:]
    return event_nouns_in(" ".join(words), ctx.code)


def _days_named_by_sentence(ctx: _Context) -> dict[int, set[dt.date]]:
    """For each sentence, the days its date mentions resolve to (one pass over the
    mentions, not one per duration)."""
    days: dict[int, set[dt.date]] = {}
    for x in ctx.mentions:
        r = ctx.resolved.get(x.id)
        if x.kind == DATE and r is not None and r.date is not None and r.local is None:
            days.setdefault(x.sentence, set()).add(r.date)
    return days


_PERIOD_UNITS = frozenset({"week", "month", "year", "decade", "century"})


def _told_of_another_period(ctx: _Context, sentence: int, day: dt.date | None) -> bool:
    """Whether a sentence names a period the day does not lie in: a year or month other than
    the day's ("في مايو 2023"), or a period counted back ("العام الماضي", "last year")
    that holds no date the day is on."""
    if day is None:
        return False
    for x in ctx.mentions:
        if x.sentence != sentence or x.kind != DATE:
            continue
        p = x.parts
        if p.day is None and p.weekday is None and p.relative_days is None:
            if p.year is not None and (p.year != day.year or p.month is not None and p.month != day.month):
                return True
            if p.unit in _PERIOD_UNITS and p.offset is not None and p.offset < 0:
                return True
    return False


def _local_day(ctx: _Context, m: Mention) -> dt.date | None:
    r = ctx.resolved.get(m.id)
    if r is None:
        return None
    return r.local.date() if r.local is not None else r.date


def _is_a_deadline(ctx: _Context, m: Mention) -> bool:
    """ "would respond within 48 hours", "third launch in four days", "خلال أيام": a span in
    which something happens, not how long an event lasts; "mit sechs Stunden Verspätung": a
    shift of a schedule."""
    from timeline.lang import get as get_language
    from timeline.textnorm import normalize

    language = get_language(ctx.code)
    if language.shift_tails:
        after = normalize(ctx.doc.text[m.span[1] : m.span[1] + 40]).casefold()
        after = " ".join(re.findall(r"[^\W\d_]+", after))
        if any(after == t or after.startswith(t + " ") for t in _shift_tails(ctx.code)):
            return True
    leads = _span_leads(ctx.code)
    if not leads:
        return False
    before = normalize(ctx.doc.text[max(0, m.span[0] - 30) : m.span[0]]).casefold().split()
    return any(" ".join(before[-size:]) == lead for size, lead in leads if len(before) >= size)


@cache
def _span_leads(code: str) -> tuple[tuple[int, str], ...]:
    """The language's span leads ("within", "خلال"), each as (its number of words, its
    folded form): asked for every duration, worked out once."""
    from timeline.lang import get as get_language
    from timeline.textnorm import normalize

    return tuple((len(lead.split()), normalize(lead).casefold()) for lead in get_language(code).span_leads)


@cache
def _folded_words(code: str, table: str) -> frozenset[str]:
    """The words of one of the language's word lists, normalised and case-folded (once,
    not per duration)."""
    from timeline.lang import get as get_language
    from timeline.textnorm import normalize

    return frozenset(normalize(w).casefold() for w in getattr(get_language(code), table))


@cache
def _shift_tails(code: str) -> tuple[str, ...]:
    from timeline.lang import get as get_language
    from timeline.textnorm import normalize

    return tuple(" ".join(normalize(t).casefold().split()) for t in get_language(code).shift_tails)


def _measures_something_else(ctx: _Context, m: Mention) -> bool:
    """ "two minutes of silence", "ثلاث دقائق من الصمت": a duration of a thing named right
    after it, unless that thing is an event ("two hours of talks")."""
    from timeline.textnorm import normalize

    words = _folded_words(ctx.code, "measure_of_words")
    if not words:
        return False
    tail = normalize(ctx.doc.text[m.span[1] : m.span[1] + 40]).split()
    if len(tail) < 2 or tail[0].casefold() not in words:
        return False
    return not event_nouns_in(" ".join(tail[1:3]), ctx.code)


def _apply_duration(ctx: _Context, d: _Draft, m: Mention, why: str, force: bool = False) -> None:
    seconds = mention_seconds(m)
    if seconds is None:
        return  # "several hours": no count, so no end can be worked out from it
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
