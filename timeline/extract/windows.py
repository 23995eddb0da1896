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


# In a text of ASCII characters only, "\\d" and "\\w" are these ranges; ``re`` looks for a
# class of ranges much faster than for a category (about 7x here).
_ASCII_RANGES = {
    sre.CATEGORY_DIGIT: [(sre.RANGE, (48, 57))],
    sre.CATEGORY_WORD: [(sre.RANGE, (48, 57)), (sre.RANGE, (65, 90)), (sre.RANGE, (97, 122)), (sre.LITERAL, 95)],
}


# ``Shape.ascii_records`` entry of a run of word characters: in any text, no longer than
# the longest piece of it between white space (counting every run of the class in
# a long text made one string per word).
WITHIN_TOKENS = "within tokens"


def _ascii_run_record(item: tuple, state: _parser.State) -> tuple | str | None:
    """The run pattern of ``item`` for texts of ASCII characters only, where it finds the
    same runs: digits as a range; ``WITHIN_TOKENS`` for word characters. None for a class
    this does not hold for ("\\s" takes U+001C–U+001F for spaces only in Unicode, a letter's
    case depends on the flags) or where it would not help."""
    op, av = item
    entries = [(op, av)] if op in (sre.LITERAL, sre.CATEGORY) else list(av) if op is sre.IN else None
    if entries == [(sre.CATEGORY, sre.CATEGORY_WORD)]:
        return WITHIN_TOKENS
    if not entries or not any(e_op is sre.CATEGORY and e in _ASCII_RANGES for e_op, e in entries):
        return None
    ranges = []
    for entry_op, entry in entries:
        if entry_op is sre.CATEGORY and entry in _ASCII_RANGES:
            ranges += _ASCII_RANGES[entry]
        elif entry_op is sre.LITERAL and entry < 128 and not chr(entry).isalpha() \
                or entry_op is sre.RANGE and entry[1] < 128 \
                and not any(chr(c).isalpha() for c in range(entry[0], entry[1] + 1)):
            ranges.append((entry_op, entry))
        else:
            return None
    # The ranges hold both cases of every letter they hold: the case flag changes nothing.
    plain = _parser.State()
    plain.flags = int(re.UNICODE)  # an int: facts are stored with marshal
    return _run_record((sre.IN, ranges), plain)


def _run_record(item: tuple, state: _parser.State) -> tuple:
    # Runs of two or more: single characters are everywhere (spaces) and a run of one
    # is counted anyway (see ``longest_run``). Written as the character then a repeat of
    # it, so that the pattern opens with its class and ``re`` skips ahead to where that
    # class occurs (an opening repeat had it try every position of the text), and
    # without the case flag when the class has no letters (with it, ``re`` skips nothing).
    if state.flags & re.IGNORECASE and _without_case(item):
        caseless = int(state.flags & ~re.IGNORECASE)  # keeping re.UNICODE: "\\s" is every Unicode space
        state = _parser.State()
        state.flags = caseless
    body = _parser.SubPattern(state, [item])
    run = _parser.SubPattern(state, [item, (sre.MAX_REPEAT, (1, sre.MAXREPEAT, body))])
    return regex_store.record_of_tree(run, state.flags)


_CASELESS_CATEGORIES = frozenset({sre.CATEGORY_SPACE, sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_SPACE,
                                  sre.CATEGORY_UNI_DIGIT})


def _without_case(item: tuple) -> bool:
    """Whether a one-character item matches only characters that have no case (ASCII
    marks, spaces, digits), so that the case flag changes nothing it matches."""
    op, av = item
    entries = [(op, av)] if op in (sre.LITERAL, sre.CATEGORY) else av if op is sre.IN else None
    if entries is None:
        return False
    for entry_op, entry in entries:
        if entry_op is sre.LITERAL:
            if not (entry < 128 and not chr(entry).isalpha()):
                return False
        elif entry_op is sre.RANGE:
            if not (entry[1] < 128 and not any(chr(c).isalpha() for c in range(entry[0], entry[1] + 1))):
                return False
        elif entry_op is not sre.CATEGORY or entry not in _CASELESS_CATEGORIES:
            return False
    return True


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
    # Per run pattern, one finding the same runs in a text of ASCII characters only,
    # faster (``_ascii_run_record``), or None; and those patterns as data.
    ascii_records: tuple[tuple | None, ...] = ()
    ascii_patterns: tuple[re.Pattern[str] | str | None, ...] = ()

    def to_data(self) -> tuple:
        """The shape as plain data, for ``Shape.from_data``."""
        return self.fixed, self.runs, self.run_records, self.ascii_records

    @classmethod
    def from_data(cls, data: tuple) -> Shape:
        fixed, runs, records, ascii_records = data
        return cls(fixed, runs, records, tuple(regex_store.revive(r) for r in records), ascii_records,
                   _revive_all(ascii_records))


def _revive_all(records: tuple) -> tuple:
    return tuple(regex_store.revive(r) if isinstance(r, tuple) else r for r in records)


class _ShapeReader:
    """Reads a ``Shape`` from a parse tree."""

    def __init__(self, tree: _parser.SubPattern) -> None:
        self.state = tree.state
        self.items: dict[tuple, tuple] = {}
        self.fixed, self.runs = self._of(tree.data)

    def shape(self) -> Shape:
        compiled = [_run_pattern(item, self.state, key) for key, item in self.items.items()]
        ascii_records = tuple(_ascii_run_record(item, self.state) for item in self.items.values())
        return Shape(self.fixed, self.runs, tuple(r for r, _ in compiled), tuple(p for _, p in compiled),
                     ascii_records, _revive_all(ascii_records))

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
        self.ascii = text.isascii()
        self._longest_token: int | None = None
        self.runs: dict[re.Pattern[str], int] = {}

    def longest_run(self, run_pattern: re.Pattern[str]) -> int:
        longest = self.runs.get(run_pattern)
        if longest is None:
            # No run of two or more: the longest is at most one (an upper bound is enough).
            # The run pattern has no groups: findall gives each run's text.
            runs = run_pattern.findall(self.text)
            longest = self.runs[run_pattern] = max(map(len, runs), default=1)
        return longest

    def longest_of(self, shape: Shape) -> int:
        """The longest run (or a bound of it), in this text, of any of the shape's
        unbounded repeats."""
        longest = 0
        twins = shape.ascii_patterns
        for i, pattern in enumerate(shape.run_patterns):
            twin = twins[i] if i < len(twins) else None
            if twin == WITHIN_TOKENS:
                run = self.longest_token()
            else:
                run = self.longest_run(twin if twin is not None and self.ascii else pattern)
            if run > longest:
                longest = run
        return longest

    def longest_token(self) -> int:
        """The longest piece of the text between white space: no run of word characters
        is longer (white space is none)."""
        if self._longest_token is None:
            self._longest_token = max(map(len, self.text.split()), default=1)
        return self._longest_token

    def of(self, shape: Shape) -> int:
        return shape.fixed + shape.runs * self.longest_of(shape)


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

