"""Dates counted from a date named before them: "a year earlier" after a quarter, "the
following year" after 1995, "the quarter" under discussion, "in the evening" of the
day just named.
"""

from __future__ import annotations

from dataclasses import replace

from timeline.extract.atoms import Atom
from timeline.extract.sentences import sentence_index
from timeline.model import DATE, TIME

_CONTEXT_SENTENCES = 3  # how many sentences back a contextual shift looks for its period


def _with_context_period(atoms: list[Atom], starts: list[int]) -> list[Atom]:
    """"Third-quarter profit rose from a year earlier": a contextual year shift takes the
    quarter named shortly before it (this sentence or the few before)."""
    out: list[Atom] = []
    for atom in atoms:
        p = atom.parts
        if atom.kind == DATE and p.contextual and p.unit == "year" and p.quarter is None and p.month is None:
            sentence = sentence_index(starts, atom.start) if starts else 0
            for prior in reversed(out):
                if (sentence_index(starts, prior.start) if starts else 0) < sentence - _CONTEXT_SENTENCES:
                    break
                q = prior.parts
                if prior.kind != DATE or q.contextual:
                    continue
                if q.quarter is not None:
                    # "the 1988 quarter" keeps its own year; "a year earlier" shifts the prior one's.
                    year = p.year if p.year is not None else (
                        q.year + (p.offset or 0) if q.year is not None else None)
                    atom = replace(atom, parts=replace(p, quarter=q.quarter, year=year))
                    break
                if q.unit == "quarter" and q.offset is not None:
                    atom = replace(atom, parts=replace(p, unit="quarter", offset=q.offset + 4 * (p.offset or 0)))
                    break
        out.append(atom)
    return out


# "the following year" counts from a year named in this or the few sentences before (the
# time the narrative is at), unless a date counted from the reference date comes first.
_ANCHOR_SENTENCES = 4


def _anchored_to_prior_date(atoms: list[Atom], starts: list[int]) -> list[Atom]:
    """"He was promoted in 1995, and the following year…": an anchored year or month
    shift counts from the date named just before it (this sentence or the few before);
    without one it stays counted from the reference date. "The quarter" / "the latest
    period" in an earnings report is the quarter under discussion, named shortly before."""
    out: list[Atom] = []
    for atom in atoms:
        p = atom.parts
        if atom.kind == DATE and p.anchored and p.day_period is not None and p.unit is None:
            atom = _day_part_of_prior_day(atom, out, starts)
        elif atom.kind == DATE and p.anchored and p.unit in ("year", "month") and p.year is None:
            atom = _shifted_from_prior(atom, out, starts)
        elif atom.kind == DATE and p.anchored and p.unit == "quarter" and p.quarter is None:
            atom = _quarter_under_discussion(atom, out, starts)
        out.append(atom)
    return out


_DAY_NAMING_FIELDS = ("year", "month", "day", "weekday", "relative_days", "calendar", "tense")


def _day_part_of_prior_day(atom: Atom, prior_atoms: list[Atom], starts: list[int]) -> Atom:
    """"Am Montag kam er an und reiste am Abend weiter": an anchored part of a day
    ("am Abend", "вечером") is that part of the day named just before it (this sentence
    or the one before); without one it stays on the day its rule gives (the reference)."""
    sentence = sentence_index(starts, atom.start) if starts else 0
    for prior in reversed(prior_atoms):
        if (sentence_index(starts, prior.start) if starts else 0) < sentence - _ANCHOR_SENTENCES:
            break
        q = prior.parts
        if prior.kind not in (DATE, TIME) or q.ref is not None or q.unit is not None or q.anchored:
            continue
        if q.weekday is None and q.day is None and q.relative_days is None:
            continue
        fields = {f: getattr(q, f) for f in _DAY_NAMING_FIELDS}
        return replace(atom, parts=replace(atom.parts, **fields), rule=f"{atom.rule}+anchored:{prior.rule}")
    return atom


def _priors(atom: Atom, out: list[Atom], starts: list[int]):
    """The atoms before ``atom``, latest first, within the anchoring reach."""
    sentence = sentence_index(starts, atom.start) if starts else 0
    for prior in reversed(out):
        if (sentence_index(starts, prior.start) if starts else 0) < sentence - _ANCHOR_SENTENCES:
            return
        yield prior


def _shifted_from_prior(atom: Atom, out: list[Atom], starts: list[int]) -> Atom:
    p = atom.parts
    for prior in _priors(atom, out, starts):
        q = prior.parts
        if prior.kind == DATE and q.year is None and q.ref is None and (
                q.offset is not None or q.relative_days is not None) and not (q.anchored or q.contextual):
            if q.unit == p.unit and q.offset is not None:
                # "last year … the following year": one on from last year, counted from the reference
                return replace(atom, parts=replace(p, offset=q.offset + (p.offset or 0)))
            return atom  # the narrative is back at the reference date
        if prior.kind not in (DATE, TIME) or q.year is None or q.ref is not None:
            continue
        if p.unit == "year":
            return replace(atom, parts=replace(p, year=q.year + (p.offset or 0), offset=None))
        if q.month is not None:
            index = q.year * 12 + q.month - 1 + (p.offset or 0)
            return replace(atom, parts=replace(p, year=index // 12, month=index % 12 + 1, offset=None))
        return atom
    return atom


def _quarter_under_discussion(atom: Atom, out: list[Atom], starts: list[int]) -> Atom:
    p = atom.parts
    for prior in _priors(atom, out, starts):
        q = prior.parts
        if prior.kind != DATE or q.contextual:
            continue  # "a year earlier" is about the quarter, not a quarter of its own
        if q.quarter is not None:
            return replace(atom, parts=replace(p, unit=None, offset=None, quarter=q.quarter, year=q.year))
        if q.unit == "quarter" and q.offset is not None:
            return replace(atom, parts=replace(p, offset=q.offset))
    return atom
