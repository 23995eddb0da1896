"""A clock time said to recur on each day of a range: "The fair runs from June 26 to 28;
doors open at 10:00 local time each day", «يقام المعرض من 26 إلى 28 يونيو، وتفتح أبوابه
يوميا عند الساعة 10:00». The resolver put the time on the range's first day (the text gives
no other); with a word saying "each day" (``Language.daily_words``) in its sentence the
event is that first occurrence with a daily recurrence over the range's days
(``Event.recurrence``, an RFC 5545 RRULE), and its note says so instead of "first day
assumed".
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from timeline.extract.links import RANGE
from timeline.extract.patterns import spaced_alternation
from timeline.extract.sentences import sentence_bounds
from timeline.lang import get as get_language
from timeline.model import DATE, TIME, Mention
from timeline.reconcile.drafts import _Context, _Draft
from timeline.resolve.resolver import RANGE_DAY_ASSUMED


@cache
def _daily_pattern(code: str) -> re.Pattern[str] | None:
    words = get_language(code).daily_words
    if not words:
        return None
    alternatives = spaced_alternation(words)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def _mark_daily(ctx: _Context, drafts: list[_Draft]) -> None:
    pattern = _daily_pattern(ctx.code)
    if pattern is None:
        return
    for d in drafts:
        if not d.timed or d.recurrence is not None:
            continue
        for m in d.mentions:
            if m.kind != TIME or not any(a.startswith(RANGE_DAY_ASSUMED) for a in ctx.resolved[m.id].assumptions):
                continue
            a, b = sentence_bounds(ctx.doc.text, ctx.starts, m.sentence)
            said = pattern.search(ctx.doc.text, a, b)
            days = _range_of(ctx, m)
            if said is None or days is None:
                continue
            first, last, first_m, last_m = days
            count = (last - first).days + 1
            d.recurrence = f"FREQ=DAILY;COUNT={count}"
            d.notes = [n for n in d.notes if RANGE_DAY_ASSUMED not in n]
            d.notes.append(f"recurs each day ('{said.group()}') of the range '{first_m.text}' to '{last_m.text}': "
                           f"first on {first.isoformat()}, last on {last.isoformat()} ({count} days)")
            break


def _range_of(ctx: _Context, m: Mention) -> tuple[dt.date, dt.date, Mention, Mention] | None:
    """The stated range of days whose first day ``m`` was put on: in its sentence, else
    the last one before it."""
    local = ctx.resolved[m.id].local
    if local is None:
        return None
    by_id = {x.id: x for x in ctx.mentions if x.kind == DATE}
    best = None
    for link in ctx.links:
        if link.kind != RANGE or link.source not in by_id or link.target not in by_id:
            continue
        first_m, last_m = by_id[link.source], by_id[link.target]
        first, last = ctx.resolved[first_m.id].date, ctx.resolved[last_m.id].date
        if first != local.date() or last is None or not dt.timedelta(0) < last - first <= dt.timedelta(days=62):
            continue
        if first_m.span[0] > m.span[1] and first_m.sentence != m.sentence:
            continue
        key = (first_m.sentence == m.sentence, first_m.span[0])
        if best is None or key > best[0]:
            best = (key, (first, last, first_m, last_m))
    return best[1] if best else None
