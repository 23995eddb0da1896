"""The extraction engine: run a language's compiled patterns over a text and compose
what they find into typed ``Mention``s. Language-free: everything that differs
between languages comes from ``timeline.lang``.

This module runs the passes in order; each job is a module of its own: atoms (what a
match becomes), clock_atoms (clock times and day periods), zone_cues (the zone said
with a time), duration_atoms (lengths), date_atoms (dates), overlaps (one reading per
span), date_merging (a time or date said in several parts → one mention), tense
(future or past, approximate times), anchoring (dates counted from one named before).
"""

from __future__ import annotations

from dataclasses import replace

from timeline.extract.anchoring import _anchored_to_prior_date, _with_context_period, _with_day_shift_leads
from timeline.extract.atoms import _PHRASE_PRIORITY, _PRIORITY, NOT_A_TIME, Atom
from timeline.extract.clock_atoms import _clock_atoms, _period, is_weak_period, takes_bare_hour
from timeline.extract.date_atoms import _date_atoms, _strip_prefix_of
from timeline.extract.date_merging import (
    _merge_adjacent_dates,
    _merge_time_and_day,
    _merge_times_with_dates,
    _time_date_candidates,
    _with_periods_of_days,
)
from timeline.extract.duration_atoms import _duration_atoms, _unit_first_durations, number_reader_for
from timeline.extract.overlaps import _without_overlaps
from timeline.extract.patterns import Patterns, compile_language, table_get
from timeline.extract.phrases import find_phrases
from timeline.extract.sentences import sentence_index, sentence_starts
from timeline.extract.tense import _with_approximate_times, _with_tense
from timeline.extract.zone_cues import match_zone_cue
from timeline.model import DATE, TIME, Mention, Parts
from timeline.textnorm import NormalizedText


def scan(text: str, lang_code: str, doc_id: str, first_id: int = 1) -> list[Mention]:
    """Every time, date and duration mention in ``text``, in text order."""
    patterns = compile_language(lang_code)
    norm = NormalizedText(text)
    atoms: list[Atom] = []
    atoms += _clock_atoms(norm.text, patterns)
    atoms += _duration_atoms(norm.text, patterns)
    atoms += _date_atoms(norm.text, patterns)
    atoms += [_with_trailing_cue(norm.text, Atom(ph.start, ph.end, ph.kind, ph.parts, ph.rule, _PHRASE_PRIORITY),
                                 patterns) for ph in find_phrases(norm.text, lang_code)]
    atoms += _word_atoms(norm.text, patterns)
    atoms += _unit_first_durations(norm.text, patterns)
    atoms += _time_date_candidates(norm.text, atoms, patterns)
    kept = _merge_adjacent_dates(norm.text, _without_overlaps(atoms), patterns)
    kept = [a for a in kept if a.kind != NOT_A_TIME]
    kept = _merge_time_and_day(norm.text, kept, patterns)
    kept = _merge_times_with_dates(norm.text, kept, patterns)
    kept = _with_range_starts(norm.text, kept, patterns)
    kept = _with_periods_of_days(norm.text, kept)
    starts = sentence_starts(text, patterns.language.non_final_abbreviations, patterns.language.sentence_openers)
    kept = _with_tense(norm.text, kept, patterns, starts)
    kept = _with_day_shift_leads(kept, norm.text, patterns.language.day_shift_leads)
    kept = _with_context_period(kept, starts, norm.text, patterns.indefinite_lead)
    kept = _anchored_to_prior_date(kept, starts, norm.text, patterns.indefinite_lead, patterns.language.code)
    kept = _with_approximate_times(norm.text, kept, patterns)
    mentions = []
    for number, atom in enumerate(kept, start=first_id):
        start, end = norm.span_to_original(atom.start, atom.end)
        parts = atom.parts
        if parts.zone_cue is not None:
            cue = parts.zone_cue
            cue_span = norm.span_to_original(*cue.span)
            parts = replace(parts, zone_cue=replace(cue, span=cue_span, text=text[cue_span[0] : cue_span[1]]))
        if parts.anchor_span is not None:
            parts = replace(parts, anchor_span=norm.span_to_original(*parts.anchor_span))
        mentions.append(
            Mention(
                id=f"m{number}",
                doc=doc_id,
                span=(start, end),
                text=text[start:end],
                kind=atom.kind,
                parts=parts,
                lang=lang_code,
                rule=atom.rule,
                sentence=sentence_index(starts, start),
            )
        )
    return mentions


def _with_trailing_cue(s: str, atom: Atom, p: Patterns) -> Atom:
    """A time of day in words from a phrase rule ("noon", "midnight") takes the zone cue
    after it, as a clock time does: "noon GMT", "midnight Brussels time"."""
    if atom.kind != TIME or atom.parts.hour is None or atom.parts.zone_cue is not None:
        return atom
    cue, end = match_zone_cue(s, atom.end, p)
    if cue is None:
        return atom
    return replace(atom, end=end, parts=replace(atom.parts, zone_cue=cue))


def _word_atoms(s: str, p: Patterns) -> list[Atom]:
    """Clock times in words and the date forms of ``date_words``."""
    from timeline.extract.date_words import date_word_atoms
    from timeline.extract.word_clock import word_clock_atoms

    def time_atom(start: int, end: int, parts: Parts, rule: str) -> Atom:
        return Atom(start, end, TIME, parts, rule, _PRIORITY[TIME])

    def date_atom(start: int, end: int, parts: Parts, rule: str, bonus: int) -> Atom:
        return Atom(start, end, DATE, parts, rule, _PRIORITY[DATE] + bonus)

    def strip(word: str, table) -> str:
        if table_get(table, word) is not None:
            return word
        return _strip_prefix_of(word, p)

    return word_clock_atoms(s, p, time_atom, match_zone_cue, _period) + date_word_atoms(s, p, date_atom, strip)


def _with_range_starts(s: str, atoms: list[Atom], p: Patterns) -> list[Atom]:
    from timeline.extract.ranges import day_end_atoms, hour_end_atoms, range_start_atoms

    starts = range_start_atoms(s, atoms, p) + day_end_atoms(s, atoms, p) + hour_end_atoms(s, atoms, p)
    return sorted(atoms + starts, key=lambda a: a.start) if starts else atoms


__all__ = ["NOT_A_TIME", "Atom", "is_weak_period", "match_zone_cue", "number_reader_for", "scan", "takes_bare_hour"]
