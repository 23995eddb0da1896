"""Intervals from two stated times: a range ("from 13:35 until 17:05") and a start and an
end said apart ("the talks began at 10:00 … they ended at 13:00") become one event.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract.links import RANGE
from timeline.model import (
    CONFLICT,
    WARNING,
    Finding,
)
from timeline.reconcile.drafts import _Context, _Draft, _draft_of, _first_id, _first_text

# A start and an end said in different clauses are joined only within a day.
_MAX_JOINED_SPAN = dt.timedelta(hours=24)


_ONE_DAY = dt.timedelta(days=1)


def _days_before(gap: dt.timedelta) -> str:
    if gap % _ONE_DAY:
        return f"{gap.total_seconds() / 3600:.0f} hours"
    days = gap // _ONE_DAY
    return f"{days} days" if days != 1 else "1 day"


def _when(moment: dt.datetime) -> str:
    return f"{moment.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC" if moment.tzinfo else f"{moment:%Y-%m-%d %H:%M}"


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
            if end <= first.start - _ONE_DAY:
                # "from 9 a.m. on Friday to 11 a.m. on Tuesday" read with a Tuesday days
                # before the Friday: a day more would still end before the start, so the
                # two stay events of their own and the finding says so.
                ctx.findings.append(Finding(
                    "range-backwards", WARNING,
                    f"'{ctx.doc.text[first.mentions[0].span[0]:second.mentions[0].span[1]]}': the interval ends at "
                    f"{_when(end)} ('{_first_text(second)}'), "
                    f"{_days_before(first.start - end)} before it starts at {_when(first.start)} "
                    f"('{_first_text(first)}'); one of the two is likely misstated or misread, so they are "
                    "kept as two events, not one interval", (_first_id(first), _first_id(second))))
                continue
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
