"""Tense and approximation passes: whether a date or time points ahead (a future cue
before it, or after a fronted date) or back, and "about 3 p.m." marked approximate.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.extract.atoms import Atom
from timeline.extract.patterns import Patterns
from timeline.extract.sentences import sentence_index
from timeline.model import DATE, TIME

_TENSE_WINDOW = 60  # characters before a date searched for a future cue
_MONTH_TENSE_WINDOW = 100  # a bare month: its clause runs longer ("will be named commander of … for a mission in December")
_FRONTED_WINDOW = 160  # characters after a date opening its sentence searched for its verb


def _with_tense(s: str, atoms: list[Atom], p: Patterns, starts: list[int]) -> list[Atom]:
    if p.future_cue is None:
        return atoms
    out = []
    for i, atom in enumerate(atoms):
        if atom.kind in (DATE, TIME):
            index = sentence_index(starts, atom.start) if starts else 0
            sentence_start = starts[index] if starts else 0
            reach = _MONTH_TENSE_WINDOW if atom.parts.month is not None and atom.parts.day is None else _TENSE_WINDOW
            window = s[max(sentence_start, atom.start - reach) : atom.start]
            future = _says_future(window, p)
            if not future and _fronted(s[sentence_start : atom.start]):
                # "On Tuesday, the league plans to …": a date opening its sentence comes
                # before the verb that says which way it points.
                sentence_end = starts[index + 1] if starts and index + 1 < len(starts) else len(s)
                following = atoms[i + 1].start if i + 1 < len(atoms) else sentence_end
                # The verb may lie past a long subject ("On Tuesday, the National … League
                # plans to …"): the rest of the sentence up to the next date is read, a past
                # verb ahead of any future cue still settling it as past.
                verb_window = s[atom.end : min(sentence_end, following, atom.end + _FRONTED_WINDOW)]
                future = _says_future(verb_window, p, before_past=True)
                # Its own verb, before the next comma: not an attribution after the clause
                # ("On April 1, new rules take effect, the ministry said").
                if not future and _says_past(verb_window.lstrip(" ,").split(",", 1)[0], p):
                    atom = replace(atom, parts=replace(atom.parts, past_stated=True))
            atom = replace(atom, parts=replace(atom.parts, tense="future" if future else "past"))
        out.append(atom)
    return out


def _says_future(window: str, p: Patterns, before_past: bool = False) -> bool:
    """A future cue in ``window`` that no pluperfect turns into a past plan ("had been
    scheduled to expire Friday"); with ``before_past``, only one ahead of any past-tense verb."""
    past = p.past_verb.search(window) if before_past and p.past_verb is not None else None
    for cue in p.future_cue.finditer(window):
        if past is not None and past.start() < cue.start():
            return False
        if p.past_plan is None or not p.past_plan.search(window[: cue.start()]):
            return True
    return False


def _says_past(window: str, p: Patterns) -> bool:
    """A past-tense verb in ``window`` ahead of any future cue."""
    past = p.past_verb.search(window) if p.past_verb is not None else None
    if past is None:
        return False
    cue = p.future_cue.search(window)
    return cue is None or past.start() < cue.start()


_FRONTED_LEAD = re.compile(r"^\W*(?:\w+\W*)?$")  # at most one word ("On", "By") before the date


def _fronted(lead: str) -> bool:
    return bool(_FRONTED_LEAD.match(lead))


def _with_approximate_times(s: str, atoms: list[Atom], p: Patterns) -> list[Atom]:
    """"about 3 p.m.": the time is marked approximate (TIMEX3 mod APPROX); its span stays
    the time itself, as reconcile reads the word before it."""
    if p.approximate_time is None:
        return atoms
    out = []
    for atom in atoms:
        if atom.kind == TIME and not atom.parts.approximate and p.approximate_time.search(s[max(0, atom.start - 30) : atom.start]):
            atom = replace(atom, parts=replace(atom.parts, approximate=True))
        out.append(atom)
    return out
