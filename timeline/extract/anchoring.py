"""Dates counted from a date named before them: "a year earlier" after a quarter, "the
following year" after 1995, "the quarter" under discussion, "in the evening" of the
day just named.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from timeline.extract.atoms import Atom
from timeline.extract.patterns import spaced_alternation
from timeline.extract.sentences import sentence_index
from timeline.model import DATE, TIME

_CONTEXT_SENTENCES = 3
_LEAD_REACH = 40  # characters before a day searched for a lead that counts days from it


def _with_day_shift_leads(atoms: list[Atom], text: str, leads: Mapping[str, int]) -> list[Atom]:
    """"The day before last Tuesday's hearing": a lead that counts days from the day named
    right after it (Language.day_shift_leads) makes one mention with it, that day counted on."""
    if not leads:
        return atoms
    pattern = _lead_pattern(tuple(sorted(leads)))
    table = {" ".join(k.lower().split()): v for k, v in leads.items()}
    out: list[Atom] = []
    for atom in atoms:
        p = atom.parts
        names_day = p.weekday is not None or p.day is not None or p.relative_days is not None
        if atom.kind == DATE and names_day and p.unit is None and p.ref is None and p.day_shift is None:
            floor = out[-1].end if out else 0
            hit = pattern.search(text, max(floor, atom.start - _LEAD_REACH), atom.start)
            if hit:
                shift = table[" ".join(hit.group("lead").lower().split())]
                atom = replace(atom, start=hit.start(), parts=replace(p, day_shift=shift),
                               rule=f"{atom.rule}+day-lead")
        out.append(atom)
    return out


_LEAD_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _lead_pattern(leads: tuple[str, ...]) -> re.Pattern[str]:
    if leads not in _LEAD_PATTERNS:
        words = spaced_alternation(leads)
        _LEAD_PATTERNS[leads] = re.compile(rf"(?<!\w)(?P<lead>{words})\s+$", re.IGNORECASE)
    return _LEAD_PATTERNS[leads]  # how many sentences back a contextual shift looks for its period


def _with_context_period(atoms: list[Atom], starts: list[int], text: str | None = None,
                         indefinite_lead: re.Pattern[str] | None = None) -> list[Atom]:
    """"Third-quarter profit rose from a year earlier": a contextual year shift takes the
    quarter named shortly before it (this sentence or the few before)."""
    out: list[Atom] = []
    for atom in atoms:
        p = atom.parts
        if atom.kind == DATE and p.contextual and p.unit == "year" and p.quarter is None and p.month is None:
            atom = _in_context_quarter(atom, [a for a in out if not _in_passing(a, text, indefinite_lead)], starts, text)
        out.append(atom)
    return out


_IN_PASSING_REACH = 40  # characters before a period searched for an indefinite article


def _in_passing(prior: Atom, text: str | None, indefinite_lead: re.Pattern[str] | None) -> bool:
    """A quarter named as a head noun after an indefinite article ("after a flat second
    quarter"): a period told in passing, not the one the report is about ("a third-quarter
    loss", a modifier, is)."""
    if indefinite_lead is None or text is None or prior.parts.quarter is None:
        return False
    words = text[prior.start : prior.end]
    if "-" in words or text.startswith("-", prior.end):
        return False
    return indefinite_lead.search(text, max(0, prior.start - _IN_PASSING_REACH), prior.start) is not None


def _in_context_quarter(atom: Atom, out: list[Atom], starts: list[int], text: str | None) -> Atom:
    p = atom.parts
    sentence = sentence_index(starts, atom.start) if starts else 0
    pointer = None  # "that quarter": the quarter named before it is the one meant, if any
    near, moved = True, False
    ended = None  # "the quarter ended Sept. 30", when no quarter is named before it
    for prior in reversed(out):
        if near and (sentence_index(starts, prior.start) if starts else 0) < sentence - _CONTEXT_SENTENCES:
            if pointer is not None or moved:
                break
            # Further back, the quarter still counts when it is the last date the story
            # named ("… a third-quarter loss. [four sentences on costs] A year earlier, net
            # income was …"): nothing else ("the nine months", "yesterday") came in between.
            near = False
        q = prior.parts
        if q.ref is None and (prior.kind != DATE or (q.quarter is None and q.unit != "quarter")):
            if not near:
                break
            moved = True
        if prior.kind != DATE or q.contextual or q.ref is not None:
            continue
        if q.quarter is not None:
            # "the 1988 quarter" keeps its own year; "a year earlier" shifts the prior one's.
            year = p.year if p.year is not None else (q.year + (p.offset or 0) if q.year is not None else None)
            return replace(atom, parts=replace(p, quarter=q.quarter, year=year, anchor=_words(prior, text)))
        if q.unit == "quarter" and q.offset is not None:
            if q.anchored and pointer is None and near:
                pointer = prior
                continue
            if not q.anchored or not near:
                return _quarters_on(atom, prior, text)
        if q.unit == "quarter" and q.month is not None and q.day is not None and ended is None:
            # "the quarter ended Sept. 30 … a year earlier": a quarter named before it is the
            # one meant (it will be read so), else the one that day ends, four quarters back
            ended = prior
    if pointer is not None:
        return _quarters_on(atom, pointer, text)
    if ended is not None:
        q = ended.parts
        shift = {"offset": 0, "year": p.year} if p.year is not None else {"offset": 4 * (p.offset or 0), "year": q.year}
        return replace(atom, parts=replace(p, unit="quarter", month=q.month, day=q.day, tense=q.tense,
                                           anchor=_words(ended, text), **shift))
    return atom


def _quarters_on(atom: Atom, prior: Atom, text: str | None) -> Atom:
    p, q = atom.parts, prior.parts
    return replace(atom, parts=replace(p, unit="quarter", offset=q.offset + 4 * (p.offset or 0),
                                       anchor=_words(prior, text)))


# "the following year" counts from a year named in this or the few sentences before (the
# time the narrative is at), unless a date counted from the reference date comes first.
_ANCHOR_SENTENCES = 4


def _anchored_to_prior_date(atoms: list[Atom], starts: list[int], text: str | None = None,
                            indefinite_lead: re.Pattern[str] | None = None, code: str | None = None) -> list[Atom]:
    """"He was promoted in 1995, and the following year…": an anchored year or month
    shift counts from the date named just before it (this sentence or the few before);
    without one it stays counted from the reference date. "The quarter" / "the latest
    period" in an earnings report is the quarter under discussion, named shortly before.
    "That day", "the next day", "the day before" count from the day the story is at.
    Each atom counted from a prior date keeps that date's words (``Parts.anchor``)."""
    out: list[Atom] = []
    for atom in atoms:
        p = atom.parts
        if atom.kind in (DATE, TIME) and p.anchored and p.day_shift is not None and p.unit is None:
            atom = _day_from_prior_day(atom, out, starts, text)
        elif atom.kind == DATE and p.anchored and p.day_period is not None and p.unit is None:
            atom = _day_part_of_prior_day(atom, out, starts, text, code)
        elif atom.kind == DATE and p.anchored and p.unit in ("year", "month") and p.year is None:
            atom = _shifted_from_prior(atom, out, starts, text)
        elif atom.kind == DATE and p.anchored and p.unit == "week" and p.weekday is None:
            atom = _week_of_prior_day(atom, out, starts, text)
        elif atom.kind == DATE and p.anchored and p.unit == "quarter" and p.quarter is None:
            atom = _quarter_under_discussion(atom, [a for a in out if not _in_passing(a, text, indefinite_lead)],
                                             starts, text)
        out.append(atom)
    return out


def _own_rule(prior: Atom) -> str:
    """The rule that found a prior date, without what it was itself anchored on."""
    return prior.rule.split("+anchored:", 1)[0]


def _words(prior: Atom, text: str | None) -> str | None:
    """The words of the date an atom was counted from, for its provenance."""
    return " ".join(text[prior.start:prior.end].split()) if text is not None else None


_DAY_NAMING_FIELDS = ("year", "month", "day", "weekday", "relative_days", "calendar", "tense")


def _day_part_of_prior_day(atom: Atom, prior_atoms: list[Atom], starts: list[int], text: str | None,
                           code: str | None = None) -> Atom:
    """"Am Montag kam er an und reiste am Abend weiter": an anchored part of a day
    ("am Abend", "вечером") is that part of the day named just before it (this sentence
    or the one before); without one it stays on the day its rule gives (the reference).
    A day of an earlier sentence told in a pluperfect or relative clause is background
    ("El candidato había cerrado su campaña el jueves. Por la tarde, …": the story's day,
    not Thursday's afternoon)."""
    from timeline.resolve.resolver import in_background_clause

    sentence = sentence_index(starts, atom.start) if starts else 0
    for prior in reversed(prior_atoms):
        prior_sentence = sentence_index(starts, prior.start) if starts else 0
        if prior_sentence < sentence - _ANCHOR_SENTENCES:
            break
        q = prior.parts
        if prior.kind not in (DATE, TIME) or q.ref is not None or q.unit is not None or q.anchored:
            continue
        if q.weekday is None and q.day is None and q.relative_days is None:
            continue
        if prior_sentence < sentence and code and text and in_background_clause((prior.start, prior.end), code, text):
            continue
        fields = {f: getattr(q, f) for f in _DAY_NAMING_FIELDS}
        return replace(atom, parts=replace(atom.parts, **fields, anchor=_words(prior, text),
                                           anchor_span=(prior.start, prior.end)),
                       rule=f"{atom.rule}+anchored:{_own_rule(prior)}")
    return atom


def _day_from_prior_day(atom: Atom, prior_atoms: list[Atom], starts: list[int], text: str | None) -> Atom:
    """"The plant was hit on March 3. The next day, …": a day counted from the day the
    story is at — the one named last before it (this sentence or the few before), itself
    perhaps counted so ("the day after that"); without one, from the reference date."""
    p = atom.parts
    shift = p.day_shift or 0
    for prior in _priors(atom, prior_atoms, starts):
        q = prior.parts
        if prior.kind not in (DATE, TIME) or q.ref is not None or q.unit is not None:
            continue
        if q.weekday is None and q.day is None and q.relative_days is None:
            if q.month is not None and q.quarter is None and q.season is None and q.half is None:
                # "…last October, when the doctor was killed. His name was crossed out that
                # same day": a day of the month the story is at, which one unstated.
                fields = {f: getattr(q, f) for f in ("year", "month", "offset", "tense", "calendar")}
                return replace(atom, parts=replace(p, **fields, anchor=_words(prior, text)),
                               rule=f"{atom.rule}+anchored:{_own_rule(prior)}")
            continue
        fields = {f: getattr(q, f) for f in _DAY_NAMING_FIELDS}
        if q.day_shift is None and q.relative_days is not None:
            # "yesterday … the day before": still a count of days from the reference date
            fields["relative_days"], shift = q.relative_days + shift, None
        else:
            shift = (q.day_shift or 0) + shift
        return replace(atom, parts=replace(p, **fields, day_shift=shift, anchor=_words(prior, text),
                                           anchor_span=(prior.start, prior.end)),
                       rule=f"{atom.rule}+anchored:{_own_rule(prior)}")
    # No day named before it: the story is at the reference date.
    return replace(atom, parts=replace(p, relative_days=shift, day_shift=None))


def _priors(atom: Atom, out: list[Atom], starts: list[int]):
    """The atoms before ``atom``, latest first, within the anchoring reach."""
    sentence = sentence_index(starts, atom.start) if starts else 0
    reach = _ANCHOR_SENTENCES if atom.parts.anchor_sentences is None else atom.parts.anchor_sentences
    for prior in reversed(out):
        if (sentence_index(starts, prior.start) if starts else 0) < sentence - reach:
            return
        yield prior


def _week_of_prior_day(atom: Atom, out: list[Atom], starts: list[int], text: str | None) -> Atom:
    """"They met on March 3; the following week …": the week counted from the day named
    just before (its parts are copied; timeline.timex reads the week from them). A date
    coarser than a day comes first ("in March … that week"): no week to count from."""
    p = atom.parts
    for prior in _priors(atom, out, starts):
        q = prior.parts
        if prior.kind not in (DATE, TIME) or q.ref is not None:
            continue
        if q.unit == "week" and q.anchor is not None:
            # "The following week … later that week": the week the story has moved to
            return replace(atom, parts=replace(p, **{f: getattr(q, f) for f in _DAY_NAMING_FIELDS},
                                               day_shift=q.day_shift, offset=(q.offset or 0) + (p.offset or 0),
                                               anchor=_words(prior, text)),
                           rule=f"{atom.rule}+anchored:{_own_rule(prior)}")
        if q.unit is not None or (q.weekday is None and q.day is None and q.relative_days is None):
            return atom
        fields = {f: getattr(q, f) for f in _DAY_NAMING_FIELDS}
        return replace(atom, parts=replace(p, **fields, day_shift=q.day_shift, anchor=_words(prior, text)),
                       rule=f"{atom.rule}+anchored:{_own_rule(prior)}")
    return atom


def _shifted_from_prior(atom: Atom, out: list[Atom], starts: list[int], text: str | None) -> Atom:
    p = atom.parts
    for prior in _priors(atom, out, starts):
        q = prior.parts
        if prior.kind == DATE and q.year is None and q.ref is None and (
                q.offset is not None or q.relative_days is not None) and not (q.anchored or q.contextual):
            if q.unit == p.unit and q.offset is not None:
                # "last year … the following year": one on from last year, counted from the reference
                return replace(atom, parts=replace(p, offset=q.offset + (p.offset or 0), anchor=_words(prior, text)))
            return atom  # the narrative is back at the reference date
        if (p.unit == "month" and prior.kind in (DATE, TIME) and q.year is None and q.month is not None
                and q.ref is None and q.unit is None and not (q.anchored or q.contextual)):
            # "In March, … The following month": April of the year March was read in (the
            # month alone, read as March was); a shift across the year end has no such year.
            month = q.month + (p.offset or 0)
            if not 1 <= month <= 12:
                return atom
            return replace(atom, parts=replace(p, unit=None, offset=None, month=month, tense=q.tense,
                                               anchor=_words(prior, text)))
        if prior.kind not in (DATE, TIME) or q.year is None or q.ref is not None:
            continue
        if p.unit == "year":
            return replace(atom, parts=replace(p, year=q.year + (p.offset or 0), offset=None,
                                               anchor=_words(prior, text)))
        if q.month is not None:
            index = q.year * 12 + q.month - 1 + (p.offset or 0)
            return replace(atom, parts=replace(p, year=index // 12, month=index % 12 + 1, offset=None,
                                               anchor=_words(prior, text)))
        return atom
    return atom


def _quarter_under_discussion(atom: Atom, out: list[Atom], starts: list[int], text: str | None) -> Atom:
    p = atom.parts
    for prior in _priors(atom, out, starts):
        q = prior.parts
        if prior.kind != DATE or q.contextual:
            continue  # "a year earlier" is about the quarter, not a quarter of its own
        # A quarter named before wins over the end day the mention may state ("the fiscal
        # first quarter … the quarter ended Sept. 29": the first, as the company counts).
        if q.quarter is not None:
            return replace(atom, parts=replace(p, unit=None, offset=None, quarter=q.quarter, year=q.year,
                                               month=None, day=None, anchor=_words(prior, text)))
        if q.unit == "quarter" and q.offset is not None:
            return replace(atom, parts=replace(p, offset=q.offset, month=None, day=None, anchor=_words(prior, text)))
        if q.unit == "quarter" and q.month is not None and q.day is not None:
            # "the quarter ended Sept. 30 … during the quarter": the same one
            return replace(atom, parts=replace(p, offset=None, month=q.month, day=q.day, year=q.year, tense=q.tense,
                                               anchor=_words(prior, text)))
    return atom
