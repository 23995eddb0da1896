"""Order words ("after the meeting", "بعد انتهاء المحادثات"): a time said to be after or
before another event is checked to be on that side of it.
"""

from __future__ import annotations

import datetime as dt

from timeline.extract.sentences import sentence_bounds
from timeline.model import (
    CONFLICT,
    INFO,
    TIME,
    WARNING,
    Finding,
    Mention,
)
from timeline.reconcile.cues import phase_in
from timeline.reconcile.drafts import _Context, _Draft, _first_id, _hm, _tolerance


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
        for ref in ctx.order_references(ctx.doc.text[a:b]):
            others = [x for x in timed if x is not d and x.concepts and x.concepts[0] == ref.concept]
            if not others or (d.concepts and d.concepts[0] == ref.concept):
                continue
            before = [x for x in others if x.position < d.position]
            if not before and (len(others) > 1 or ref.direction == "after"):
                # Named only later, and more than once: which one is meant is unclear. "After
                # the launch" points back to a launch already told, not one the text comes to.
                continue
            other = max(before, key=lambda x: x.position) if before else others[0]
            if ref.direction == "after" and _back_to_the_day_of(ctx, d, first, other, ref.words.strip()):
                continue
            tol = dt.timedelta(seconds=_tolerance(ctx, 0, d.approximate or other.approximate))
            to_end = isinstance(other.end, dt.datetime) and _names_the_end(ctx, a + ref.span[0], a + ref.span[1])
            if ref.direction == "after":
                if d.start < other.start - tol:
                    severity, edge, when = CONFLICT, "start", other.start
                elif to_end and d.start < other.end - tol:
                    severity, edge, when = WARNING, "end", other.end
                elif not to_end and isinstance(other.end, dt.datetime) and d.start >= other.end - tol:
                    # The plain phrase only promises after the start; say so when the time
                    # is after the end as well, since that is what a reader checks first.
                    d.notes.append(f"'{ref.words.strip()}': after '{other.label}' ({_hm(other.start)} to "
                                   f"{_hm(other.end)}), as stated — after its end too")
                    continue
                elif not to_end and isinstance(other.end, dt.datetime) and d.start < other.end - tol:
                    # "After the talks" at a time the talks still ran: not a contradiction
                    # (after they began is still after), but a reader should know.
                    ctx.findings.append(Finding(
                        "order-during", INFO,
                        f"'{ref.words.strip()}': '{first.text}' ({_hm(d.start)}) is after '{other.label}' began "
                        f"({_hm(other.start)}) but before it ends ({_hm(other.end)}): 'after' may mean after "
                        "it began, or a stated time or length is off",
                        (_first_id(other), first.id)))
                    continue
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


def _back_to_the_day_of(ctx: _Context, d: _Draft, first: Mention, other: _Draft, words: str) -> bool:
    """ "ويتوجه الوزير إلى باريس غدا الثلاثاء … وعقب الاتصال، ترأس الملك اجتماعا عند الساعة 8:30
    مساء": a clock time with no day in its sentence took the day last named (tomorrow), but
    its sentence places it right after an event of an earlier day — it is that day's, later
    than the event. Moves it there (whole days, same wall clock) and says so."""
    from timeline.zones.tzsource import tzinfo_for

    if not (isinstance(d.start, dt.datetime) and isinstance(other.start, dt.datetime) and d.zone and other.zone):
        return False
    p = first.parts
    if any(getattr(p, f) is not None for f in ("year", "month", "day", "weekday", "relative_days")):
        return False
    if any(m.kind != TIME and m.sentence == first.sentence and ctx.resolved.get(m.id) is not None
           and ctx.resolved[m.id].date is not None for m in ctx.mentions):
        return False  # its sentence names a day
    zone, other_zone = tzinfo_for(d.zone), tzinfo_for(other.zone)
    own_day = d.start.astimezone(zone).date()
    other_day = other.start.astimezone(other_zone).date()
    if other_day >= own_day:
        return False
    local = d.start.astimezone(zone)
    moved = dt.datetime.combine(other_day, local.time().replace(tzinfo=None), tzinfo=zone)
    shift = moved - local.replace(tzinfo=zone)
    if moved.astimezone(dt.UTC) < other.start:
        return False  # on that day it would come before the event it follows
    d.start = d.start + shift
    if isinstance(d.end, dt.datetime):
        d.end = d.end + shift
    d.notes.append(f"'{words}': on the day of '{other.label}' ({other_day.isoformat()}), after it — not "
                   f"the day last named ({own_day.isoformat()}), since its own sentence names no day")
    return True


def _names_the_end(ctx: _Context, start: int, end: int) -> bool:
    """Whether an order phrase ("after the end of the talks", "after the talks ended",
    "بعد انتهاء اللقاء") says it counts from the end of the event it names."""
    return phase_in(ctx.doc.text[start : end + 12], ctx.code) == "end"
