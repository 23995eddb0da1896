"""One moment told twice in one report, on two clocks and in two sentences: an agency
gives a quake "at 3:12 local time" and, further down, the USGS "at 2:12 GMT". When the two
times are the same instant and the two sentences tell the same kind of thing (the same
event concept, "هزة" / "الزلزال"), they are one event carrying both mentions, and the
note says the statements agree.

Only different clocks are joined: the same clock time said twice ("talks at 10:00 …
a briefing at 10:00") is more often two things scheduled together than one retold. A
range, an interval, an approximate time or a different phase ("began" / "ended") keeps
its own event, and so do two sentences naming different places or different qualifiers
("the first blast" / "the second blast", ``SameEventEvidence.different_events``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from timeline.model import TIME, Event
from timeline.reconcile.drafts import _Context, _Draft, _first_text
from timeline.reconcile.evidence import SameEventEvidence


def _join_retold(ctx: _Context, drafts: list[_Draft]) -> list[_Draft]:
    candidates = [d for d in drafts if _joinable(d)]
    if len(candidates) < 2:
        return drafts
    # Only drafts at one instant and in one phase can be alike (``_alike``): comparing
    # within those groups keeps a long text of many times linear, not cubic.
    groups: dict[tuple, list[_Draft]] = defaultdict(list)
    for d in candidates:
        groups[(d.start, d.phase)].append(d)
    evidence = None
    absorbed: set[int] = set()  # ids of drafts joined into an earlier one
    for group in groups.values():
        if len(group) < 2:
            continue
        by_position: list[_Draft] | None = None
        for later in sorted(group, key=lambda d: d.position):
            # Sorted again only after a join (absorbing mentions is what moves a position).
            if by_position is None:
                by_position = sorted(group, key=lambda d: d.position)
            for earlier in by_position:
                if earlier.position >= later.position:
                    break
                if id(earlier) in absorbed or id(later) in absorbed or not _alike(ctx, earlier, later):
                    continue
                if evidence is None:
                    evidence = SameEventEvidence([], {m.id: m for m in ctx.mentions},
                                                 ctx.places.places if ctx.places else ())
                if evidence.different_events(_as_event(ctx, earlier), _as_event(ctx, later)) is not None:
                    continue
                _absorb(ctx, earlier, later)
                absorbed.add(id(later))
                by_position = None
                break
    if absorbed:
        drafts[:] = [d for d in drafts if id(d) not in absorbed]
    return drafts


def _joinable(d: _Draft) -> bool:
    return (d.kind == "instant" and d.timed and d.end is None and d.duration_s is None
            and not d.approximate and bool(d.mentions) and all(m.kind == TIME for m in d.mentions))


def _zones(ctx: _Context, d: _Draft) -> frozenset[str]:
    return frozenset(ctx.resolved[m.id].zone for m in d.mentions if ctx.resolved[m.id].zone)


def _sentences(d: _Draft) -> set[int]:
    return {m.sentence for m in d.mentions}


def _alike(ctx: _Context, a: _Draft, b: _Draft) -> bool:
    if a.start != b.start or a.phase != b.phase or _sentences(a) & _sentences(b):
        return False
    za, zb = _zones(ctx, a), _zones(ctx, b)
    if not za or not zb or za & zb:
        return False  # told on one clock: two things at one time, not one told twice
    return bool(a.concepts and b.concepts and a.concepts[0] == b.concepts[0])


def _as_event(ctx: _Context, d: _Draft) -> Event:
    return Event(id="", label=d.label, kind=d.kind, start=d.start, end=d.end, duration_s=d.duration_s,
                 mentions=tuple(m.id for m in d.mentions), sources=(ctx.doc.id,), zone=d.zone,
                 evidence=tuple(m.text for m in d.mentions), concepts=tuple(d.concepts), phase=d.phase,
                 zone_rule=d.zone_rule)


def _absorb(ctx: _Context, kept: _Draft, retold: _Draft) -> None:
    assert isinstance(kept.start, dt.datetime)
    kept.notes.append(
        f"'{_first_text(kept)}' and '{_first_text(retold)}' (told again, in a later sentence, on another clock) "
        f"= {kept.start.astimezone(dt.UTC):%H:%M} UTC: the statements agree; both tell the "
        f"{kept.concepts[0]} ('{retold.label}')")
    kept.notes += [n for n in retold.notes if n not in kept.notes and not _place_note(n)]
    kept.mentions = sorted(kept.mentions + retold.mentions, key=lambda m: m.span)
    kept.words |= retold.words
    kept.nouns |= retold.nouns
    kept.concepts += [c for c in retold.concepts if c not in kept.concepts]


def _place_note(note: str) -> bool:
    """Where the retold time's own event would have happened: the kept event's place stands."""
    return note.startswith("happens in ")
