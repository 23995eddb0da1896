"""Several documents → one timeline: the same event reported by more than one source
becomes one event carrying every source's mentions; the same event reported at
different times becomes a ``source-conflict`` naming the mentions of both.

Two events are "the same" when they share their event concept (the cross-language
table in each language module: "meeting" = "لقاء") or, in one language, content words,
and their times agree within a tolerance. They are "the same event at a different
time" when their main concept and phase (start/end) are the same, the difference
is small or has a known cause (daylight saving, a zone mix-up), and something beyond the
concept says they are one event (``same_event_evidence``: a place both name, the same
place's clock, people or words both name, the same rank in each report's sequence) with
nothing saying they are two (different places named, "morning" against "afternoon");
otherwise two press conferences an hour apart are two press conferences, and no finding
is made.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from timeline.model import CONFLICT, TIME, Event, Finding, Mention, PlaceMention, Resolved
from timeline.reconcile.events import ReconcileOptions, signed
from timeline.reconcile.evidence import SameEventEvidence
from timeline.reconcile.words import content_words
from timeline.zones.tzsource import tzinfo_for

_SAME_TIME_S = 600.0  # reports of one moment by different outlets agree to the minute, or nearly
_SAME_TIME_COARSE_S = 1800.0  # when one of them gives only the hour or says "about"
_EXACT_S = 120.0
_MAX_PLAIN_CONFLICT = dt.timedelta(hours=3)


def merge_sources(events: list[Event], mentions: list[Mention], resolved: dict[str, Resolved],
                  findings: list[Finding], options: ReconcileOptions | None = None,
                  places: list[PlaceMention] | tuple[PlaceMention, ...] = ()) -> list[Event]:
    if len({s for e in events for s in e.sources}) < 2:
        return events
    by_id = {m.id: m for m in mentions}
    evidence = SameEventEvidence(events, by_id, places)
    merged: list[Event] = []
    for e in events:
        if e.start is None:
            merged.append(e)
            continue
        candidates = [f for f in merged if not set(f.sources) & set(e.sources) and f.start is not None]
        alike = [f for f in candidates if evidence.different_events(e, f) is None]
        same = _best_match(e, alike, by_id, resolved)
        if same is not None:
            merged[merged.index(same)] = _merge(same, e, by_id, resolved, findings)
            continue
        e = _note_overlapping_days(e, alike, merged, by_id)
        # An event with no mention of its own (placed at another's end) has no time of its
        # own to dispute: a disagreement is its anchor's, reported there.
        disputed = _disputed(e, [f for f in candidates if f.mentions], by_id, resolved, evidence) \
            if e.mentions else None
        if disputed is not None:
            other, diff, edge, why = disputed
            findings.append(_conflict(other, e, diff, edge, by_id, resolved, why))
            e = replace(e, notes=e.notes + (f"disputed: {', '.join(other.sources)} report this {edge} {signed(diff)} "
                                            f"{'earlier' if diff > dt.timedelta(0) else 'later'}",))
        merged.append(e)
    return merged


# --- matching ------------------------------------------------------------------------------


def _lang(e: Event, by_id: dict[str, Mention]) -> str | None:
    return by_id[e.mentions[0]].lang if e.mentions and e.mentions[0] in by_id else None


# Concepts that one report may use for another's: a summit is a meeting (of leaders).
_BROADER = {"summit": "meeting"}


def _broad(concept: str) -> str:
    return _BROADER.get(concept, concept)


def _related(a: Event, b: Event, by_id: dict[str, Mention]) -> bool:
    broad_a, broad_b = {_broad(c) for c in a.concepts}, {_broad(c) for c in b.concepts}
    if a.concepts and b.concepts and (_broad(a.concepts[0]) in broad_b or _broad(b.concepts[0]) in broad_a):
        return True
    la, lb = _lang(a, by_id), _lang(b, by_id)
    if la and la == lb:
        return len(set(content_words(a.label, la)) & set(content_words(b.label, lb))) >= 2
    return False


def _same_concept(a: Event, b: Event) -> bool:
    return bool(a.concepts and b.concepts and _broad(a.concepts[0]) == _broad(b.concepts[0]))


def _points(e: Event) -> dict[str, dt.datetime]:
    """The instants an event states, by edge: its start, its end."""
    if not isinstance(e.start, dt.datetime) or e.start.tzinfo is None:
        return {}
    if e.end is not None and isinstance(e.end, dt.datetime) and e.end != e.start:
        return {"start": e.start, "end": e.end}
    return {e.phase if e.phase == "end" else "start": e.start}


def _coarse(e: Event, resolved: dict[str, Resolved]) -> bool:
    return e.approximate or any(resolved.get(m) is not None and resolved[m].granularity == "hour"
                                for m in e.mentions)


def _tolerance(a: Event, b: Event, resolved: dict[str, Resolved]) -> float:
    return _SAME_TIME_COARSE_S if _coarse(a, resolved) or _coarse(b, resolved) else _SAME_TIME_S


def _best_match(e: Event, candidates: list[Event], by_id, resolved) -> Event | None:
    best, best_gap = None, None
    for f in candidates:
        if isinstance(e.start, dt.datetime) != isinstance(f.start, dt.datetime):
            continue
        if not isinstance(e.start, dt.datetime):
            if _days(e) == _days(f) and _related(e, f, by_id):
                return f  # the same days: one event (a range and one of its days are not)
            continue
        pe, pf = _points(e), _points(f)
        shared = set(pe) & set(pf)
        if not shared:
            if _start_and_end(e, f) and _same_concept(e, f) and (best_gap is None):
                best, best_gap = f, _EXACT_S  # one reports the start, the other the end
            continue
        gap = min(abs((pe[k] - pf[k]).total_seconds()) for k in shared)
        related = _related(e, f, by_id)
        if not (related and gap <= _tolerance(e, f, resolved)) and not (gap <= _EXACT_S and related):
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = f, gap
    return best


def _days(e: Event) -> tuple[dt.date, dt.date]:
    """The first and last day of an all-day event (its end day included)."""
    return e.start, e.end if isinstance(e.end, dt.date) and not isinstance(e.end, dt.datetime) else e.start


def _span_text(e: Event) -> str:
    first, last = _days(e)
    return first.isoformat() if first == last else f"{first.isoformat()} to {last.isoformat()}"


def _note_overlapping_days(e: Event, candidates: list[Event], merged: list[Event], by_id) -> Event:
    """Two sources' all-day events on overlapping but different days ("June 26-28" and
    "June 26"): related, not merged — the days they give are not the same, so which
    event each tells (the whole summit, its opening day) is not known. Both say so."""
    if isinstance(e.start, dt.datetime):
        return e
    first, last = _days(e)
    for f in candidates:
        if isinstance(f.start, dt.datetime) or not _related(e, f, by_id):
            continue
        other_first, other_last = _days(f)
        if other_last < first or last < other_first:
            continue
        e = replace(e, notes=e.notes + (
            f"related to '{f.label}' ({', '.join(f.sources)}: {_span_text(f)}), whose days overlap but are not "
            "the same: not merged",))
        merged[merged.index(f)] = replace(f, notes=f.notes + (
            f"related to '{e.label}' ({', '.join(e.sources)}: {_span_text(e)}), whose days overlap but are not "
            "the same: not merged",))
    return e


def _start_and_end(a: Event, b: Event) -> bool:
    """One report gives only the start, the other only the end, a plausible span later."""
    pa, pb = _points(a), _points(b)
    if set(pa) == {"start"} and set(pb) == {"end"}:
        start, end = pa["start"], pb["end"]
    elif set(pa) == {"end"} and set(pb) == {"start"}:
        start, end = pb["start"], pa["end"]
    else:
        return False
    return dt.timedelta(0) < end - start <= dt.timedelta(hours=24)


def _disputed(e: Event, candidates: list[Event], by_id, resolved,
              evidence: SameEventEvidence) -> tuple[Event, dt.timedelta, str, str] | None:
    """The other source's report of the same event at a different time, if any: the same
    concept and phase, and evidence beyond the concept that it is the same event."""
    best = None
    for f in candidates:
        if not _same_concept(e, f):
            continue
        why = evidence.same_event(e, f)
        if why is None:
            continue  # two events of one kind (two press conferences), not one in dispute
        pe, pf = _points(e), _points(f)
        for edge in set(pe) & set(pf):
            diff = pe[edge] - pf[edge]
            if abs(diff.total_seconds()) <= _tolerance(e, f, resolved):
                continue
            if abs(diff) > _MAX_PLAIN_CONFLICT and not _known_cause(diff, e, f, resolved):
                continue
            if best is None or abs(diff) < abs(best[1]):
                best = (f, diff, edge, why)
    return best


def _zones(e: Event, resolved: dict[str, Resolved]) -> list[str]:
    return list(dict.fromkeys(resolved[m].zone for m in e.mentions
                              if m in resolved and resolved[m].zone and resolved[m].utc is not None))


def _offset(zone: str, at: dt.datetime) -> dt.timedelta:
    return at.astimezone(tzinfo_for(zone)).utcoffset() or dt.timedelta(0)


def _observes_dst(zone: str, at: dt.datetime) -> bool:
    if zone[0] in "+-":
        return False
    tz = tzinfo_for(zone)
    return dt.datetime(at.year, 1, 15, 12, tzinfo=tz).utcoffset() != dt.datetime(at.year, 7, 15, 12, tzinfo=tz).utcoffset()


def _known_cause(diff: dt.timedelta, a: Event, b: Event, resolved) -> bool:
    return bool(_causes(diff, a, b, resolved))


def _causes(diff: dt.timedelta, a: Event, b: Event, resolved) -> list[str]:
    causes = []
    at = a.start if isinstance(a.start, dt.datetime) else None
    if at is None:
        return causes
    if abs(diff) == dt.timedelta(hours=1):
        seasonal = [z for z in _zones(a, resolved) + _zones(b, resolved) if _observes_dst(z, at)]
        causes.append("one hour: one source may have used winter time instead of summer time, or the reverse "
                      f"({', '.join(dict.fromkeys(seasonal))} changes clocks)" if seasonal else
                      "one hour: a daylight-saving mistake or an outdated offset is the usual cause")
    for za in _zones(a, resolved):
        for zb in _zones(b, resolved):
            if za != zb and abs(diff) == abs(_offset(za, at) - _offset(zb, at)) and diff and \
                    not za.startswith("Etc/") and not zb.startswith("Etc/"):
                causes.append(f"equal to the offset between {za} and {zb}: one source may have read the time "
                              f"on the other's clock")
                return causes
    for z in _zones(a, resolved) + _zones(b, resolved):
        if abs(diff) == abs(_offset(z, at)) and diff and not z.startswith("Etc/"):
            causes.append(f"equal to the UTC offset of {z}: one source may have given UTC as local time, "
                          f"or the reverse")
            break
    return causes


# --- merging and reporting ----------------------------------------------------------------


def _merge(kept: Event, extra: Event, by_id, resolved, findings: list[Finding]) -> Event:
    notes = list(kept.notes)
    pk, px = _points(kept), _points(extra)
    if not isinstance(kept.start, dt.datetime):
        notes.append(f"also reported by {', '.join(extra.sources)} ({' · '.join(extra.evidence)}): "
                     f"the same days ({_span_text(kept)})")
    elif set(pk) & set(px):
        gap = min(abs((pk[k] - px[k]).total_seconds()) for k in set(pk) & set(px))
        agree = "agree" if gap <= _EXACT_S else f"agree within {round(gap / 60)} min"
        notes.append(f"also reported by {', '.join(extra.sources)} ({' · '.join(extra.evidence)}): "
                     f"the sources {agree}")
    else:
        notes.append(f"also reported by {', '.join(extra.sources)} ({' · '.join(extra.evidence)}), "
                     f"which gives the {'end' if 'end' in px else 'start'}")
    start, end, duration, kind = kept.start, kept.end, kept.duration_s, kept.kind
    if set(pk) == {"end"} and set(px) == {"start"}:
        start, end = px["start"], pk["end"]
        duration, kind = (end - start).total_seconds(), "interval"
        notes.append(f"start from {', '.join(extra.sources)}, end from {', '.join(kept.sources)}")
    elif "end" in px and "end" not in pk and isinstance(start, dt.datetime):
        end = px["end"]
        duration = (end - start).total_seconds()
        kind = "interval"
        if "start" in px:
            notes.append(f"end from {', '.join(extra.sources)}")
    elif "end" in px and "end" in pk:
        diff = px["end"] - pk["end"]
        if abs(diff.total_seconds()) > _tolerance(kept, extra, resolved):
            findings.append(_conflict(kept, extra, diff, "end", by_id, resolved))
    phase = kept.phase if kept.phase == extra.phase else None
    return replace(kept, start=start, end=end, duration_s=duration, kind=kind, phase=phase,
                   mentions=kept.mentions + extra.mentions,
                   sources=tuple(dict.fromkeys(kept.sources + extra.sources)),
                   evidence=kept.evidence + extra.evidence, notes=tuple(notes),
                   concepts=tuple(dict.fromkeys(kept.concepts + extra.concepts)),
                   approximate=kept.approximate or extra.approximate)


def _conflict(first: Event, second: Event, diff: dt.timedelta, edge: str, by_id, resolved,
              why: str | None = None) -> Finding:
    def said(e: Event) -> str:
        points = _points(e)
        times = [by_id[m] for m in e.mentions if m in by_id and by_id[m].kind == TIME]
        quoted = ", ".join(f"'{m.text}'" for m in times[:3])
        return f"{', '.join(e.sources)}: '{e.label}' {edge} {points[edge].astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC ({quoted})"

    causes = _causes(diff, first, second, resolved)
    message = f"the sources disagree by {signed(diff)} — {said(first)}; {said(second)}"
    if why:
        message += f" — the same event: {why}"
    if causes:
        message += " — " + "; ".join(causes)
    ids = tuple(m for e in (first, second) for m in e.mentions if m in by_id and by_id[m].kind == TIME)
    return Finding("source-conflict", CONFLICT, message, ids)
