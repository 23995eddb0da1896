"""All-day events: a date said in a sentence with no clock time on that day, and a
sentence that counts a day from the last one talked about ("the next day, …").
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from timeline.extract.links import RANGE
from timeline.extract.sentences import sentence_bounds
from timeline.lang import get as get_language
from timeline.model import (
    DATE,
    TIME,
    WARNING,
    Finding,
    Link,
    Mention,
    Resolved,
)
from timeline.reconcile.cues import phase_in
from timeline.reconcile.drafts import _clause_of, _concepts, _Context, _Draft
from timeline.reconcile.labels import make_label
from timeline.reconcile.words import content_words, event_nouns_in, is_stopword
from timeline.textnorm import normalize


def _day_events(ctx: _Context) -> list[_Draft]:
    """A date said in a sentence with no clock time is an all-day event of its own."""
    # The days the clock times of each sentence are on: a date naming one of them is that
    # time's; a date naming another day ("talks ended on Monday; the vote starts at 9 a.m.
    # on Wednesday") is an event of its own.
    days_of_times: dict[int, set[dt.date]] = {}
    for m in ctx.mentions:
        if m.kind == TIME:
            days_of_times.setdefault(m.sentence, set()).update(_days_of_time(ctx.resolved.get(m.id)))
    # The ends of a stated range of days are the range's event even when a time of the
    # sentence is on one of its days ("runs from June 26 to 28 and opens at 10:00 on June 26").
    range_ends = _range_end_ids(ctx)
    by_day: dict[dt.date, list[Mention]] = {}
    periods: list[Mention] = []
    for m in ctx.mentions:
        day = ctx.resolved[m.id].date if m.kind == DATE else None
        if day is not None and (m.sentence not in days_of_times or m.id in range_ends or
                                (ctx.resolved[m.id].granularity == "day"
                                 and not _days_said(m, day) & days_of_times[m.sentence])):
            if _part_of_a_day(ctx, m, range_ends):
                periods.append(m)
                continue
            by_day.setdefault(day, []).append(m)
    drafts = []
    backwards: dict[str, str] = {}  # mention id → why its range was not made one event
    spans = _stated_day_ranges(ctx, by_day, backwards)
    for day, group in by_day.items():
        if day in spans and spans[day] is None:
            continue  # the last day of a stated range: its mentions are in the range's event
        last_day, range_link = spans.get(day) or (day, None)
        if range_link is not None:
            group = group + by_day[last_day]
        first = group[0]
        masked = ctx.masked
        if range_link is not None:
            # The whole range is the time expression, with what stands between its ends
            # ("vom 26. bis 28. Juni": the ordinal dot after 26).
            ends = [m.span for m in group if m.id in (range_link.source, range_link.target)]
            masked = sorted(masked + [(min(a for a, _ in ends), max(b for _, b in ends))])
        label = _dateline_label(ctx, group) or make_label(ctx.doc.text, ctx.starts, first.sentence, first.span,
                                                          masked, ctx.code)
        clause_text = " ".join(_clause_of(ctx.doc.text, ctx.starts, m) for m in group)
        notes = []
        if range_link is not None:
            said = ctx.doc.text[range_link.span[0]:range_link.span[1]].strip() or range_link.connector
            notes.append(f"days stated as a range: '{said}' ({day.isoformat()} to {last_day.isoformat()}, "
                         f"end day included)")
        elif len(group) > 1:
            notes.append(f"{len(group)} mentions of {day.isoformat()} merged")
        notes += [backwards[m.id] for m in group if m.id in backwards]
        d = _Draft(group, "all-day", day, None, label, set(content_words(clause_text, ctx.code)),
                   event_nouns_in(clause_text, ctx.code), end=last_day, notes=notes)
        d.concepts = _concepts(ctx, label, clause_text)
        d.phase = phase_in(label, ctx.code)
        d.day_part = _one_day_part(group) if last_day == day else None
        drafts.append(d)
    return _until_ranges(ctx, drafts) + _period_events(ctx, periods) + _sequel_day_events(ctx)


def _days_said(m: Mention, day: dt.date) -> set[dt.date]:
    """The days a date mention covers: a night runs into the next day ("in der Nacht zum
    Montag um 1.12 Uhr": the time on Monday is that night's)."""
    return {day, day + dt.timedelta(days=1)} if m.parts.day_period == "night" else {day}


def _part_of_a_day(ctx: _Context, m: Mention, range_ends: set[str]) -> bool:
    """ "ويغادر الوزير عمّان مساء اليوم", "leaves Amman this evening": a part of a day, with no
    clock time in its sentence, told in a sentence of its own after the day was already
    named — another event that day, not the day's first mention (which still dates it)."""
    if m.parts.day_period is None or m.id in range_ends or ctx.resolved[m.id].granularity != "day":
        return False
    day = ctx.resolved[m.id].date
    return any(x.kind == DATE and x.sentence < m.sentence and ctx.resolved[x.id].date == day
               for x in ctx.mentions)


_PERIOD_WORDS = {"am": "in the morning", "morning": "in the morning", "pm": "in the afternoon or evening",
                 "afternoon": "in the afternoon", "evening": "in the evening", "night": "at night", "noon": "at noon",
                 "midnight": "at midnight"}


# A dateline line holds the place, the date and the agency's credit, nothing more
# («الرياض 10 رمضان 1445 هـ الموافق 20 مارس 2024 م واس», "BEIRUT, Jan. 22 (AP) —"); a
# longer first line runs on into the lead sentence, which says what happened.
_DATELINE_MAX_WORDS = 4


def _dateline_label(ctx: _Context, group: list[Mention]) -> str | None:
    """ "الرياض (واس)", "دبي (وام)": the label of the day a dateline gives — its place and
    the agency credited — not the line's leftover words («الرياض الموافق واس»). None when
    the day is not said on a dateline line of its own."""
    place = ctx.places.dateline()
    text = ctx.doc.text
    if place is None:
        return None
    line_end = text.find("\n", place.span[1])
    line_end = len(text) if line_end < 0 else line_end
    if any(not place.span[1] <= m.span[0] < line_end for m in group):
        return None
    inside = [m.span for m in ctx.mentions if place.span[1] <= m.span[0] < line_end]
    rest = make_label_words(text, place.span[1], line_end, inside)
    # «الموافق» joins the Hijri date to the Gregorian one: no part of the credit.
    joiners = {normalize(w).casefold() for w in get_language(ctx.code).equivalence_connectors}
    credit = [w for w in rest if not is_stopword(w, ctx.code) and normalize(w).casefold() not in joiners]
    if len(credit) > _DATELINE_MAX_WORDS or event_nouns_in(" ".join(credit), ctx.code):
        return None
    return f"{place.text} ({' '.join(credit)})" if credit else place.text


def make_label_words(text: str, start: int, end: int, masked: list[tuple[int, int]]) -> list[str]:
    """The words of text[start:end] outside ``masked`` spans, without punctuation."""
    pieces, pos = [], start
    for a, b in sorted(masked):
        pieces.append(text[pos:max(pos, a)])
        pos = max(pos, b)
    pieces.append(text[pos:end])
    return re.findall(r"[^\W_]+(?:[\u064B-\u065F\u0670][^\W_]*)*", " ".join(pieces))


def _one_day_part(group: list[Mention]) -> str | None:
    """The part of the day a day's event is told as: its first mention's («مساء يوم الاثنين 29
    رمضان الموافق 8 أبريل»), not one said alongside a full date ("mercredi 14 juin … ce matin"
    is the day)."""
    return min(group, key=lambda m: m.span).parts.day_period


def _period_events(ctx: _Context, periods: list[Mention]) -> list[_Draft]:
    drafts = []
    for m in periods:
        day = ctx.resolved[m.id].date
        label = make_label(ctx.doc.text, ctx.starts, m.sentence, m.span, ctx.masked, ctx.code)
        clause_text = _clause_of(ctx.doc.text, ctx.starts, m)
        d = _Draft([m], "all-day", day, None, label, set(content_words(clause_text, ctx.code)),
                   event_nouns_in(clause_text, ctx.code), end=day,
                   notes=[f"'{m.text}': {_PERIOD_WORDS.get(m.parts.day_period, m.parts.day_period)} on "
                          f"{day.isoformat()}, no clock time stated (an event of its own, not merged with the "
                          "day's other mentions)"])
        d.day_part = m.parts.day_period
        d.concepts = _concepts(ctx, label, clause_text)
        d.phase = phase_in(label, ctx.code)
        drafts.append(d)
    return drafts


def _until_ranges(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    """ "انطلقت القمة صباح اليوم وتستمر حتى 14 فبراير", "opens on Friday and runs until
    August 28": a day said only as a limit ("until") is the last day of what began on the
    day named before it in its sentence — a date (whose all-day event it joins) or a clock
    time's day. One all-day event over the days, not a separate day "14 February"."""
    from timeline.resolve.resolver import bound_only_day

    for d in list(drafts):
        if len(d.mentions) != 1 or d.end != d.start or not isinstance(d.start, dt.date):
            continue
        bound = d.mentions[0]
        if not bound_only_day(bound, ctx.doc.text) or any(bound.id in (x.source, x.target)
                                                          for x in ctx.links if x.kind == RANGE):
            continue
        opener = _day_before_in_sentence(ctx, bound)
        if opener is None:
            continue
        m, day = opener
        if not dt.timedelta(0) < d.start - day <= _MAX_DAY_RANGE:
            continue
        note = (f"'{m.text}' ({day.isoformat()}) until '{bound.text}' ({d.start.isoformat()}): one span of days, "
                "end day included")
        # "اعتبارا من مساء الخميس وحتى صباح السبت": a range the link finder did not join is
        # one event; "landed on Monday in Warsaw, where he will stay until Wednesday" keeps
        # the landing's day and adds the stay over the days.
        joined = next((x for x in drafts if x is not d and x.kind == "all-day" and x.start == day == x.end
                       and any(y.id == m.id for y in x.mentions)), None) if _opened(ctx, m) else None
        if joined is not None:
            joined.end = d.start
            joined.mentions += d.mentions
            joined.notes.append(note)
            drafts.remove(d)
        else:
            d.start = day
            d.notes.append(note)
    return drafts


def _opened(ctx: _Context, m: Mention) -> bool:
    """Whether a range opener ("from", "من", "اعتبارا من") stands right before ``m``."""
    from timeline.extract.patterns import alternation, compile_language

    openers = compile_language(ctx.code).language.range_openers
    if not openers:
        return False
    before = ctx.doc.text[max(0, m.span[0] - 20) : m.span[0]]
    return re.search(rf"(?<![^\W\d_])(?:{alternation(openers)})\s+$", before, re.IGNORECASE) is not None


def _day_before_in_sentence(ctx: _Context, bound: Mention) -> tuple[Mention, dt.date] | None:
    """The last date or clock time before ``bound`` in its sentence, with its day."""
    before = [m for m in ctx.mentions if m.sentence == bound.sentence and m.span[1] <= bound.span[0]
              and m.kind in (DATE, TIME)]
    for m in reversed(before):
        day = _day_of_mention(ctx, m)
        if day is not None and (m.kind == TIME or ctx.resolved[m.id].granularity == "day"):
            return m, day
    return None


# A stated range of days longer than a year is more likely a misread year than one event;
# its two ends stay events of their own.
_MAX_DAY_RANGE = dt.timedelta(days=366)


def _range_end_ids(ctx: _Context) -> set[str]:
    """The mentions that are the ends of a stated range between two days."""
    dates = {m.id for m in ctx.mentions if m.kind == DATE and ctx.resolved[m.id].date is not None
             and ctx.resolved[m.id].granularity == "day"}
    return {x for link in ctx.links if link.kind == RANGE and link.source in dates and link.target in dates
            for x in (link.source, link.target)}


def _stated_day_ranges(ctx: _Context, by_day: dict[dt.date, list[Mention]], backwards: dict[str, str]
                       ) -> dict[dt.date, tuple[dt.date, Link] | None]:
    """ "from June 26 to 28", "du 26 au 28 juin": a range link between two dates that are
    both all-day events makes one event over the days. Maps a range's first day to (its
    last day, the link) and its last day to None (folded into the first). A range that
    ends before it starts ("from June 28 to June 26") is a ``range-backwards`` finding and
    its days stay apart (``backwards`` gets a note for each end)."""
    day_of = {m.id: day for day, group in by_day.items() for m in group}
    by_id = {m.id: m for m in ctx.mentions}
    spans: dict[dt.date, tuple[dt.date, Link] | None] = {}
    for link in ctx.links:
        if link.kind != RANGE or link.source not in day_of or link.target not in day_of:
            continue
        if any(ctx.resolved[m].granularity != "day" for m in (link.source, link.target)):
            continue  # a month or a year is not a day: "from January to March" is not Jan 1 – Mar 1
        first, last = day_of[link.source], day_of[link.target]
        if last < first:
            _report_backwards(ctx, by_id[link.source], by_id[link.target], first, last, link, backwards)
            continue
        if not dt.timedelta(0) < last - first <= _MAX_DAY_RANGE:
            continue  # an end before the start, or the same day twice: not a span of days
        if first in spans or last in spans:
            continue  # a day already in another stated range: keep the first reading
        spans[first] = (last, link)
        spans[last] = None
    return spans


def _report_backwards(ctx: _Context, start: Mention, end: Mention, first: dt.date, last: dt.date, link: Link,
                      backwards: dict[str, str]) -> None:
    said = ctx.doc.text[start.span[0]:end.span[1]]
    ctx.findings.append(Finding(
        "range-backwards", WARNING,
        f"'{said}': the range ends on {last.isoformat()} ('{end.text}'), before it starts on "
        f"{first.isoformat()} ('{start.text}'); one of the two days is likely misstated, so they are kept "
        "as two days, not one event over the range", (start.id, end.id)))
    note = f"said as one end of the range '{said}', which ends before it starts: kept as a day of its own"
    backwards[start.id] = backwards[end.id] = note


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
    from timeline.extract.links import sequel_days_in, sequel_phrase, sequel_words_in

    if not sequel_words_in(ctx.doc.text, ctx.code):
        return []
    # A length does not date its sentence ("La veille, l'entraînement avait duré une heure et
    # demie": the day before, with how long it lasted).
    with_mentions = {m.sentence for m in ctx.mentions if m.kind in (DATE, TIME)}
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


def _day_range_spans(text: str, mentions: list[Mention], links: list[Link], code: str) -> list[tuple[int, int]]:
    """Where each stated range between two dates is written, from the word opening it
    ("from", "du", "من") to its last end."""
    opener = _range_opener(code)
    dates = {m.id: m for m in mentions if m.kind == DATE}
    spans = []
    for link in links:
        if link.kind == RANGE and link.source in dates and link.target in dates:
            start = dates[link.source].span[0]
            found = opener.search(text, max(0, start - 20), start) if opener else None
            spans.append((found.start() if found else start, dates[link.target].span[1]))
    return spans


@cache
def _range_opener(code: str) -> re.Pattern[str] | None:
    """The language's words opening a range of days, right before a date (built once,
    not per document)."""
    from timeline.extract.patterns import alternation, compile_language

    openers = compile_language(code).language.range_openers
    return re.compile(rf"(?<![^\W\d_])(?:{alternation(openers)})\s+$", re.IGNORECASE) if openers else None


def _sequel_spans(text: str, code: str) -> list[tuple[int, int]]:
    from timeline.extract.links import sequel_phrase, sequel_words_in

    if not sequel_words_in(text, code):
        return []
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
