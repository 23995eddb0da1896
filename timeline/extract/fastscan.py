"""``regex.finditer(text)``, with exactly its matches, tried only where a match can start.

Python's ``re`` skips ahead quickly only for a pattern that opens with a literal or a
character class; a pattern that opens with a lookbehind ("(?<![\\d.,:/])\\d{1,2}:…", the
way every clock and date pattern guards its left edge) is tried at every position of
the text, which made each such scan cost as much as a pass of the whole pipeline's
cheaper stages. Most of them can only start at a digit, which few positions of a
news text are: the characters a match can start with are read from the pattern's
parse tree (lookarounds and anchors consume nothing; an optional part adds what
follows it), a class of them is scanned for, and the pattern is tried at each of
those positions alone, in text order, resuming after each match as ``finditer`` does.

Only sparse start characters are used (digits and marks, never letters or spaces,
never a case-folded character); any other pattern is scanned as before.
"""

from __future__ import annotations

import _sre
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from re import _constants as sre
from re import _parser

from timeline.extract import regex_store
from timeline.extract.prefilter import _never
from timeline.extract.windows import Shape, Unbounded, _Reach, _ShapeReader

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_DIGIT_CATEGORIES = (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT)
_MAX_RANGE = 64


class _Unknown(Exception):
    """The pattern's start characters cannot be read (or are not sparse)."""


def _first(items) -> tuple[list, bool]:
    """The items a match of ``items`` can start with (a superset), and whether
    ``items`` can match the empty string."""
    out: list = []
    for op, av in items:
        if _never([(op, av)]):
            # A part that cannot match fails the whole sequence: it adds no start (and
            # inside an optional group or one branch, the rest does not depend on it).
            return out, False
        if op in _ZERO_WIDTH:
            continue
        if op in (sre.LITERAL, sre.IN):
            out.append((op, av))
            return out, False
        if op is sre.SUBPATTERN:
            if av[1] or av[2]:  # a group with its own flags ("(?-i:…)")
                raise _Unknown
            firsts, nullable = _first(av[-1])
        elif op is sre.ATOMIC_GROUP:
            firsts, nullable = _first(av)
        elif op is sre.BRANCH:
            firsts, nullable = [], False
            for alternative in av[1]:
                f, n = _first(alternative)
                firsts += f
                nullable = nullable or n
        elif op in _REPEATS:
            firsts, nullable = _first(av[2])
            nullable = nullable or av[0] == 0
        else:  # any character, a negated literal, a back reference, a conditional…
            raise _Unknown
        out += firsts
        if not nullable:
            return out, False
    return out, True


def _sparse(code: int) -> bool:
    ch = chr(code)
    return not ch.isalpha() and not ch.isspace() and ch.lower() == ch == ch.upper()


def _class_entries(firsts: list) -> list:
    entries = []
    for op, av in firsts:
        for entry_op, entry in ([(op, av)] if op is sre.LITERAL else av):
            if entry_op is sre.LITERAL and _sparse(entry):
                entries.append((entry_op, entry))
            elif entry_op is sre.RANGE and entry[1] - entry[0] <= _MAX_RANGE \
                    and all(_sparse(c) for c in range(entry[0], entry[1] + 1)):
                entries.append((entry_op, entry))
            elif entry_op is sre.CATEGORY and entry in _DIGIT_CATEGORIES:
                entries.append((entry_op, entry))
            else:  # letters, spaces, a negated class, a word category: not sparse
                raise _Unknown
    return entries


@lru_cache(maxsize=1024)
def start_class(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-character pattern matching every character a match of ``regex`` can start
    with; None when they cannot be read or are not sparse."""
    if regex.pattern is None:  # built from a tree: nothing to key the stored fact by
        record = _start_class_record_of_pattern(regex)
    else:
        record = regex_store.fact("start class", (regex.pattern, regex.flags),
                                  lambda: _start_class_record_of_pattern(regex))
    return None if record is None else regex_store.revive(record)


def _start_class_record_of_pattern(regex: re.Pattern[str]) -> tuple | None:
    try:
        tree = _parser.parse(regex.pattern, regex.flags)
    except Exception:  # noqa: BLE001 - an internal API: without it, the plain scan
        return None
    return _start_class_record(tree)


def _start_class_record(tree: _parser.SubPattern) -> tuple | None:
    if tree.getwidth()[0] <= 0:  # an empty match changes how finditer advances
        return None
    try:
        firsts, nullable = _first(list(tree))
        if nullable or not firsts:
            return None
        entries = _class_entries(firsts)
    except _Unknown:
        return None
    # The lookbehinds every match starts with go with the class: "(?<![\d.,:])" leaves
    # out the digits inside a number, where the pattern would be tried in vain. They are
    # checked after the class ("[0-9](?<![\d.,:][0-9])"): a pattern that opens with a
    # class is scanned for it in C, one that opens with a lookbehind at every position.
    start = (sre.IN, entries)
    items = [start]
    for op, (direction, body) in _leading_lookbehinds(list(tree)):
        items.append((op, (direction, _parser.SubPattern(tree.state, [*body, start]))))
    return regex_store.record_of_tree(_parser.SubPattern(tree.state, items), tree.state.flags)


_PLAIN_ITEMS = (sre.LITERAL, sre.NOT_LITERAL, sre.IN)


def _leading_lookbehinds(items: list) -> list:
    """The lookbehinds of plain characters and classes ("(?<![\\d.,:])", "(?<![\\d,:]/)")
    that every match checks where it starts: those before the first item that can read a
    character, past other zero-width items and optional parts that cannot match."""
    out = []
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, body = av
            if direction < 0 and len(body) > 0 and all(item_op in _PLAIN_ITEMS for item_op, _ in body):
                out.append((op, av))
            continue
        if op is sre.AT:
            continue
        if op in _REPEATS and av[0] == 0 and _never(list(av[2])):
            continue  # "(?:(?P<lead>(?!))\s*)?": reads nothing
        break
    return out


def finditer(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``regex.finditer(text)``, in order."""
    starts = start_class(regex)
    if starts is None:
        windows = core_windows(regex)
        if windows is None:
            yield from regex.finditer(text)
        else:
            yield from windows.finditer(regex, text)
        return
    match = regex.match  # at a position, seeing the text before it (lookbehinds) as search does
    pos = 0
    for start in starts.finditer(text):
        at = start.start()
        if at < pos:
            continue
        m = match(text, at)
        if m is not None:
            yield m
            pos = m.end()


@dataclass(frozen=True)
class CoreWindows:
    """Where a pattern without sparse start characters can match. Every match passes
    through a part (its *core*: "(?<![\\d.,:])(?P<h>\\d{1,2})…") that can only start at
    sparse characters, a few characters at most after the match starts (``lead``) — unless
    the pattern opens with an optional part ("(?:(?P<lead>عند\\s+الساعة|…)\\s*)?") every
    match of which holds one of a few words (``opener``): a match that takes it starts at
    most that part's own lead before one of its words, and only a word with a core close
    enough after it can open a match. The pattern is tried at each position of those
    windows alone, in text order, going on after each match as ``finditer`` does."""

    starts: re.Pattern[str]  # where the core can start (``start_class`` of it)
    lead: Shape  # the reach of the items before the core (after the opening part, with an opener)
    # The opening part's words (caseless characters only: found as written), their lead
    # (fixed, runs) and the part's shape, whose longest run bounds those runs.
    opener: tuple[tuple[str, ...], int, int, Shape] | None = None

    def finditer(self, regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        bounds = _reach_in(text)
        lead = bounds.of(self.lead)
        cores = list(map(_start_of, self.starts.finditer(text)))
        windows = [(at - lead if at > lead else 0, at) for at in cores]
        if self.opener is not None and cores:
            words, fixed, runs, shape = self.opener
            opened = fixed + runs * bounds.longest_of(shape)
            # A match that takes the opening part reaches its core at most the part's reach
            # and the core's lead after the part's word: a word with no core that near opens none.
            near = bounds.of(shape) + lead
            last = len(cores)
            found = [at for at in _occurrences(text, words)
                     if (k := bisect_left(cores, at)) < last and cores[k] <= at + near]
            if found:
                windows += [(at - opened if at > opened else 0, at) for at in found]
                windows.sort()
        yield from _in_windows(regex, text, windows)


@dataclass(frozen=True)
class BranchWindows:
    """Where a pattern that opens with alternatives ("(?:(?P<d>\\d{1,2})|(?P<dword>الأول|…))
    …") can match: each alternative either opens with sparse characters (``classes``: a
    match starts at one) or holds one of a few words made of caseless characters, a lead at
    most after the match starts (``words``: (words, fixed lead, runs in it, the
    alternative's shape))."""

    classes: tuple[re.Pattern[str], ...]
    words: tuple[tuple[tuple[str, ...], int, int, Shape], ...]

    def finditer(self, regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        windows = [(at, at) for starts in self.classes for at in map(_start_of, starts.finditer(text))]
        if self.words:
            bounds = _reach_in(text)
            for words, fixed, runs, shape in self.words:
                lead = fixed + runs * bounds.longest_of(shape)
                windows += [(at - lead if at > lead else 0, at) for at in _occurrences(text, words)]
        windows.sort()
        yield from _in_windows(regex, text, windows)


def _in_windows(regex: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches of ``regex.finditer(text)`` when each starts inside one of ``windows``
    ((low, high) ranges of positions, sorted): each position of the windows is tried in
    text order, and the scan goes on after a match, as ``finditer`` does (a match is not
    searched for: ``search`` would try every position up to its end)."""
    match = regex.match
    untried = 0  # the first position neither tried nor passed over by a match
    for low, high in windows:
        at = low if low > untried else untried
        while at <= high:
            m = match(text, at)
            if m is None:
                at += 1
                continue
            yield m
            at = m.end()
        untried = at


def _occurrences(text: str, words: tuple[str, ...]) -> list[int]:
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
    found.sort()
    return found


_start_of = re.Match.start
# The text whose runs were measured last: the scanner's patterns share one text.
_LAST_REACH: list = [None, None]


def _reach_in(text: str) -> _Reach:
    if _LAST_REACH[0] is not text:
        _LAST_REACH[0], _LAST_REACH[1] = text, _Reach(text)
    return _LAST_REACH[1]


@lru_cache(maxsize=1024)
def core_windows(regex: re.Pattern[str]) -> CoreWindows | BranchWindows | None:
    """``CoreWindows`` or ``BranchWindows`` of a pattern ``start_class`` has nothing for;
    None when the pattern has neither."""
    if regex.pattern is None:
        return None
    data = regex_store.fact("core windows", (regex.pattern, regex.flags), lambda: _core_windows_data(regex))
    if data is None:
        return None
    if data[0] == "branch":
        _, classes, words = data
        return BranchWindows(tuple(regex_store.revive(r) for r in classes),
                             tuple((*w[:3], Shape.from_data(w[3])) for w in words))
    _, starts, lead, opener = data
    return CoreWindows(regex_store.revive(starts), Shape.from_data(lead),
                       None if opener is None else (*opener[:3], Shape.from_data(opener[3])))


def _core_windows_data(regex: re.Pattern[str]) -> tuple | None:
    try:
        tree = _parser.parse(regex.pattern, regex.flags)
    except Exception:  # noqa: BLE001 - an internal API: without it, the plain scan
        return None
    if tree.getwidth()[0] <= 0:
        return None  # an empty match changes how finditer advances
    items = list(tree)
    branch = _branch_windows_data(items, tree.state, regex.flags)
    if branch is not None:
        return branch
    for k, (op, _) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue
        first = k  # the lookbehinds right before the item go with its start class
        while first > 0 and items[first - 1][0] in _ZERO_WIDTH:
            first -= 1
        if first == 0:
            continue  # the pattern's own start: not sparse, or start_class would have it
        starts = _start_class_record(_parser.SubPattern(tree.state, items[first:]))
        if starts is None:
            continue
        opener = _opener(items[0], tree.state, regex.flags)
        try:
            lead = _ShapeReader(_parser.SubPattern(tree.state, items[1 if opener else 0 : first])).shape()
        except Unbounded:
            return None  # the items before reach arbitrarily far; later cores are further
        if lead.runs or lead.fixed > _MAX_CORE_LEAD:
            # Windows this wide before every digit cover much of a text: a whole-text scan
            # (which ``re`` runs in C, skipping ahead to a literal opening) costs less.
            return None
        return "core", starts, lead.to_data(), opener
    return None


# The longest lead (in characters, with no unbounded part) a core may have.
_MAX_CORE_LEAD = 4


def _branch_windows_data(items: list, state: _parser.State, flags: int) -> tuple | None:
    """("branch", class records, words) when the pattern's first item that reads a
    character is a set of alternatives each of which opens with sparse characters or holds
    caseless words; None otherwise."""
    rest = [item for item in items if item[0] not in _ZERO_WIDTH]
    if not rest or rest[0][0] is not sre.BRANCH:
        return None
    classes, words = [], []
    for alternative in rest[0][1][1]:
        body = _parser.SubPattern(state, list(alternative))
        if body.getwidth()[0] <= 0:
            return None  # an alternative that can read nothing starts anywhere
        starts = _start_class_record(body)
        if starts is not None:
            classes.append(starts)
            continue
        found = _caseless_words(body, flags)
        if found is None:
            return None
        words.append(found)
    return "branch", tuple(classes), tuple(words)


def _caseless_words(body: _parser.SubPattern, flags: int) -> tuple | None:
    """(words, fixed lead, runs in the lead, shape as data) of the first anchor set of
    ``body`` (``anchors.anchors_of``) made of caseless characters, which a case-insensitive
    pattern matches only as written; None when there is none."""
    from timeline.extract.anchors import anchors_of

    for words, fixed, runs, _ in anchors_of(body, flags):
        if fixed >= 0 and all(not _sre.unicode_iscased(ord(c)) for word in words for c in word):
            try:
                shape = _ShapeReader(body).shape()
            except Unbounded:
                return None
            return words, fixed, runs, shape.to_data()
    return None


def _opener(item: tuple, state: _parser.State, flags: int) -> tuple | None:
    """An optional opening part ("(?:…)?") every non-empty match of which holds one of a
    set of words made of caseless characters (``anchors.anchors_of``): (words, fixed lead,
    runs in the lead, the part's shape as data); None otherwise."""
    op, av = item
    if op not in _REPEATS or av[0] != 0 or av[1] != 1:
        return None
    body = _parser.SubPattern(state, list(av[2]))
    if body.getwidth()[0] <= 0:
        return None  # a part that can match the empty string holds no word then
    return _caseless_words(body, flags)


@dataclass(frozen=True)
class Core:
    """A part every match of a pattern contains, cheap to look for."""

    regex: re.Pattern[str]
    starts: re.Pattern[str]  # the characters a match of ``regex`` can start with
    # Both patterns as data (``regex_store``), for ``Core.from_data``.
    records: tuple = field(default=(), compare=False, repr=False)

    def occurs(self, text: str) -> bool:
        # ``regex`` opens with its first consuming item (no lookbehind before it), so
        # ``re`` itself skips ahead to the characters of ``starts``.
        return self.regex.search(text) is not None

    def to_data(self) -> tuple:
        return self.records

    @classmethod
    def from_data(cls, records: tuple) -> Core:
        return cls(regex_store.revive(records[0]), regex_store.revive(records[1]), records)


def required_core(regex: re.Pattern[str], tree=None) -> Core | None:
    """A pattern that finds something in every text ``regex`` matches in, and that
    starts with sparse characters, so that looking for it is cheap: the rest of a
    sequence every match goes through, from its first item that must match, when that
    rest starts with a digit or a mark ("1998" in "(?:early\\s+)?(?P<year>\\d{4})").
    None when there is none. ``tree`` is the pattern's parse tree when the caller has it."""
    if tree is None:
        try:
            tree = _parser.parse(regex.pattern, regex.flags)
        except Exception:  # noqa: BLE001 - an internal API: without it, no core
            return None
    if _has_references(list(tree)):
        return None  # a part of the pattern could name a group outside it
    best = None
    for items in _mandatory_sequences(list(tree)):
        for k, (op, _) in enumerate(items):
            if op in _ZERO_WIDTH:
                continue
            rest = _parser.SubPattern(tree.state, items[k:])
            starts = _start_class_record(rest)
            if starts is None:
                # Not sparse ("(?:fiscal\s+)?'(?P<year2>\d\d)" opens with a word): every
                # match still passes through the rest of the sequence ("'\d\d"), which
                # is rarer than a part inside it ("\d\d").
                continue
            if best is None or rest.getwidth()[0] > best[0]:
                best = (rest.getwidth()[0], rest, starts)
            break  # the first sparse item: the run from it covers the ones after it
    if best is None:
        return None
    try:
        return Core.from_data((regex_store.record_of_tree(best[1], tree.state.flags), best[2]))
    except Exception:  # noqa: BLE001 - a part that does not compile alone: no core
        return None


def _mandatory_sequences(items: list):
    """``items`` and every sequence inside it that each match passes through."""
    yield items
    for op, av in items:
        if op is sre.SUBPATTERN and not (av[1] or av[2]):
            yield from _mandatory_sequences(list(av[-1]))
        elif op is sre.ATOMIC_GROUP:
            yield from _mandatory_sequences(list(av))
        elif op in _REPEATS and av[0] >= 1:
            yield from _mandatory_sequences(list(av[2]))


_REFERENCES = (sre.GROUPREF, sre.GROUPREF_IGNORE, sre.GROUPREF_EXISTS, sre.GROUPREF_LOC_IGNORE, sre.GROUPREF_UNI_IGNORE)


def _has_references(items: list) -> bool:
    for op, av in items:
        if op in _REFERENCES:
            return True
        if op is sre.SUBPATTERN:
            inner = [list(av[-1])]
        elif op is sre.ATOMIC_GROUP:
            inner = [list(av)]
        elif op in _REPEATS:
            inner = [list(av[2])]
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            inner = [list(av[1])]
        elif op is sre.BRANCH:
            inner = [list(b) for b in av[1]]
        else:
            continue
        if any(_has_references(i) for i in inner):
            return True
    return False
