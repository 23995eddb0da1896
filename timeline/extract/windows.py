"""Run a pattern only near the words it cannot match without, with exactly the matches
``pattern.finditer(text)`` gives.

A phrase rule scanned over a whole text costs the same at every position, although it
can only match around one of its required words (timeline.extract.prefilter). Every
match contains such a word and is at most ``reach`` characters long, so a match can only
start in ``[word_end - reach, word_start]``: the pattern is searched only there.

``reach`` is read from the pattern's parse tree; an unbounded repeat of one character
("\\s+") is bounded by the longest run of such characters in this very text, so the
bound holds for the text it is used on. Lookaheads add what they can read. A pattern
whose reach cannot be read (other unbounded repeats, back references), or that can
match the empty string, is scanned whole, as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from re import _constants as sre
from re import _parser

from timeline.extract import regex_store
from timeline.extract.prefilter import has_ascii_folds

_SINGLE = frozenset({sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN, sre.CATEGORY})
_REPEATS = frozenset({sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT})
_ZERO = frozenset({sre.AT})
# Characters past the reach kept in a cut text: what a failing comparison or an anchor peeks at.
_MARGIN = 16


class Unbounded(Exception):
    """The pattern can read arbitrarily far (in the terms this module understands)."""


def parse(pattern: str, flags: int) -> _parser.SubPattern | None:
    """The parse tree of a pattern (Python's own), or None when it cannot be read."""
    try:
        return _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an internal API: without it, no windows
        return None


_RUN_PATTERNS: dict[tuple, tuple[tuple, re.Pattern[str]]] = {}


def _run_pattern(item: tuple, state: _parser.State, frozen: tuple | None = None) -> tuple[tuple, re.Pattern[str]]:
    # One character item repeated: compiled from the parse tree itself, so it means
    # exactly what the rule's own repeat means (same class, same flags). ``frozen`` is
    # ``_freeze(item)`` when the caller has it. With the record it was compiled from.
    key = (frozen if frozen is not None else _freeze(item), state.flags)
    if key not in _RUN_PATTERNS:  # a handful: the classes the rules repeat
        record = _run_record(item, state)
        _RUN_PATTERNS[key] = (record, regex_store.revive(record))
    return _RUN_PATTERNS[key]


def _run_record(item: tuple, state: _parser.State) -> tuple:
    body = _parser.SubPattern(state, [item])
    # Runs of two or more: single characters are everywhere (spaces) and a run of one
    # is counted anyway (see ``longest_run``).
    repeat = _parser.SubPattern(state, [(sre.MAX_REPEAT, (2, sre.MAXREPEAT, body))])
    return regex_store.record_of_tree(repeat, state.flags)


@dataclass(frozen=True)
class Shape:
    """A pattern's reach as ``fixed + runs * longest_run``: ``fixed`` counts every bounded
    part at its longest, ``runs`` the unbounded one-character repeats on any one path (an
    upper bound: both are maximised over alternatives separately), ``run_patterns`` find
    the runs of those repeats (two characters or more) in a text; ``run_records`` are
    those patterns as data (``regex_store``)."""

    fixed: int
    runs: int
    run_records: tuple[tuple, ...]
    run_patterns: tuple[re.Pattern[str], ...]

    def to_data(self) -> tuple:
        """The shape as plain data, for ``Shape.from_data``."""
        return self.fixed, self.runs, self.run_records

    @classmethod
    def from_data(cls, data: tuple) -> Shape:
        fixed, runs, records = data
        return cls(fixed, runs, records, tuple(regex_store.revive(r) for r in records))


class _ShapeReader:
    """Reads a ``Shape`` from a parse tree."""

    def __init__(self, tree: _parser.SubPattern) -> None:
        self.state = tree.state
        self.items: dict[tuple, tuple] = {}
        self.fixed, self.runs = self._of(tree.data)

    def shape(self) -> Shape:
        compiled = [_run_pattern(item, self.state, key) for key, item in self.items.items()]
        return Shape(self.fixed, self.runs, tuple(r for r, _ in compiled), tuple(p for _, p in compiled))

    def _of(self, items) -> tuple[int, int]:
        fixed = runs = 0
        for op, av in items:
            if op in _SINGLE:
                fixed += 1
            elif op in _ZERO:
                continue
            elif op is sre.SUBPATTERN:
                f, r = self._of(av[-1])
                fixed, runs = fixed + f, runs + r
            elif op is sre.ATOMIC_GROUP:
                f, r = self._of(av)
                fixed, runs = fixed + f, runs + r
            elif op is sre.BRANCH:
                shapes = [self._of(branch) for branch in av[1]]
                fixed += max(f for f, _ in shapes)
                runs += max(r for _, r in shapes)
            elif op in _REPEATS:
                low, high, body = av
                if high != sre.MAXREPEAT:
                    f, r = self._of(body)
                    fixed, runs = fixed + high * f, runs + high * r
                elif len(body) == 1 and body[0][0] in _SINGLE:
                    self.items[_freeze(body[0])] = body[0]
                    runs += 1
                else:
                    raise Unbounded
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                direction, body = av
                if direction > 0:  # a lookahead reads without consuming
                    f, r = self._of(body)
                    fixed, runs = fixed + f, runs + r
            else:
                raise Unbounded
        return fixed, runs


def shape_of(tree: _parser.SubPattern | None) -> Shape | None:
    """What bounds a pattern's reach, from its parse tree; None when it is unbounded or
    the pattern can match the empty string (which changes how finditer advances)."""
    if tree is None or tree.getwidth()[0] <= 0:
        return None
    try:
        return _ShapeReader(tree).shape()
    except Unbounded:
        return None


@cache
def _shape(pattern: str, flags: int) -> Shape | None:
    return shape_of(parse(pattern, flags))


_UNSET = object()


class _Reach:
    """How far a match attempt can read past its start, for one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.runs: dict[re.Pattern[str], int] = {}

    def longest_run(self, run_pattern: re.Pattern[str]) -> int:
        longest = self.runs.get(run_pattern)
        if longest is None:
            # No run of two or more: the longest is at most one (an upper bound is enough).
            # The run pattern has no groups: findall gives each run's text.
            runs = run_pattern.findall(self.text)
            longest = self.runs[run_pattern] = max(map(len, runs), default=1)
        return longest

    def of(self, shape: Shape) -> int:
        longest = max((self.longest_run(p) for p in shape.run_patterns), default=0)
        return shape.fixed + shape.runs * longest


def _freeze(item):
    if isinstance(item, (list, _parser.SubPattern)):
        return tuple(_freeze(x) for x in item)
    if isinstance(item, tuple):
        return tuple(_freeze(x) for x in item)
    return item


class TextIndex:
    """One text prepared for windowed matching: its lower-cased form and, per required
    word, where it occurs (computed once, shared by all rules)."""

    def __init__(self, text: str, lowered: str) -> None:
        self.text = text
        # Offsets in ``lowered`` are offsets in ``text`` only if lower() kept every length.
        self.aligned = len(lowered) == len(text)
        # A character caseless matching takes for another letter than its lower() ("ı" for
        # "i", "ᲁ" for "д"): a caseless rule can match where ``lowered`` has none of its words.
        self.folds = has_ascii_folds(text)
        self.lowered = lowered
        self.reach = _Reach(text)
        self._starts: dict[tuple[str, bool], list[int]] = {}

    def occurrences(self, word: str, ignore_case: bool) -> list[int]:
        key = (word, ignore_case)
        found = self._starts.get(key)
        if found is None:
            haystack = self.lowered if ignore_case else self.text
            found, at = [], haystack.find(word)
            while at >= 0:
                found.append(at)
                at = haystack.find(word, at + 1)
            self._starts[key] = found
        return found


def finditer(regex: re.Pattern[str], required: tuple[str, ...] | None, ignore_case: bool,
             index: TextIndex, shape: Shape | None | object = _UNSET) -> Iterator[re.Match[str]]:
    """The matches ``regex.finditer(index.text)`` gives, found by searching only the
    windows around ``required`` words (the whole text when no window can be bounded).
    ``shape`` is ``shape_of`` the pattern's tree, when the caller has it."""
    text = index.text
    if shape is _UNSET:
        shape = _shape(regex.pattern, regex.flags)
    if not (required and index.aligned) or (ignore_case and index.folds):
        shape = None
    reach = None if shape is None else index.reach.of(shape)
    if reach is None:
        yield from regex.finditer(text)
        return
    windows = _windows(required, ignore_case, index, reach)
    pos = 0
    for low, high in windows:
        start = max(low, pos)
        while start <= high:
            # No attempt starting at or before ``high`` reads past ``high + reach``, so
            # cutting the text a little beyond that changes no attempt in this window.
            end = high + reach + _MARGIN
            m = regex.search(text, start, end) if end < len(text) else regex.search(text, start)
            if m is None or m.start() > high:
                break
            yield m
            pos = start = m.end()


def _windows(required: tuple[str, ...], ignore_case: bool, index: TextIndex,
             reach: int) -> list[tuple[int, int]]:
    """Merged, ordered ranges of positions where a match may start."""
    ranges = []
    for word in required:
        for at in index.occurrences(word, ignore_case):
            ranges.append((max(0, at + len(word) - reach), at))
    ranges.sort()
    merged: list[tuple[int, int]] = []
    for low, high in ranges:
        if merged and low <= merged[-1][1] + 1:
            if high > merged[-1][1]:
                merged[-1] = (merged[-1][0], high)
        else:
            merged.append((low, high))
    return merged

