"""Where a pattern's matches can start: next to words every match contains.

``prefilter`` finds one set of words a pattern cannot match without, and ``windows``
searches a reach around each of them. This module reads, from the same parse tree,
every such set the pattern has (a rule "the\\s+(?:previous|preceding|prior)\\s+day"
has {the} and {previous, preceding, prior} and {day}) together with how far before
the word a match can begin (its *lead*: 0 for a word the pattern opens with). A text
is then searched only from the rarest set's occurrences, each at most a lead back.

Finite alternatives are read as the strings they spell, so that the prefix tree of a
word list ("j(?:an(?:uary)?|u(?:ne|ly))", ``word_trie``) gives its words again
({jan, january, june, july}) instead of no word at all.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser

from timeline.extract import regex_store
from timeline.extract.prefilter import _caseless_safe
from timeline.extract.windows import Unbounded, _ShapeReader, parse

_MIN_LENGTH = 3
# A word at an edge of a run of word characters (``STARTS``, ``ENDS``) is rare enough to
# anchor on even when it is short ("hr" ending "3hr").
_MIN_LENGTH_AT_EDGE = 2
_MAX_STRINGS = 64  # a finite part spelling more strings than this is not enumerated
_MAX_ANCHORS = 4  # sets kept per pattern, best first
_REPEATS = frozenset({sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT})
_ZERO_WIDTH = frozenset({sre.AT, sre.ASSERT, sre.ASSERT_NOT})
_WORD_CHAR = re.compile(r"\w")
# Edges of an anchor word the pattern asserts: no word character right before it
# (it starts a run of word characters), none right after it (it ends one).
STARTS, ENDS = 1, 2

# One anchor as data: (words, fixed lead, runs in the lead, edges). A match containing
# one of ``words`` starts at most ``fixed + runs * longest_run`` characters before it,
# where ``longest_run`` is that of the pattern's ``windows.Shape`` in the text; a lead
# of (-1, 0) is unknown (the whole reach is used). ``edges`` (STARTS, ENDS) hold for
# the occurrence in the match when the word is made of word characters only.
Anchor = tuple[tuple[str, ...], int, int, int]


def pattern_anchors(pattern: str, flags: int) -> tuple[Anchor, ...]:
    """``anchors_of`` the pattern, from the stored facts (``regex_store``) when they have it."""
    return regex_store.fact("phrase anchors", (pattern, int(flags)), lambda: anchors_of(parse(pattern, flags), flags))


def anchors_of(tree: _parser.SubPattern | None, flags: int) -> tuple[Anchor, ...]:
    """The word sets every match of the pattern contains a member of, each with its lead
    and edges (lower-cased for a case-insensitive pattern), best first; () when none is found."""
    if tree is None:
        return ()
    try:
        reader = _ShapeReader(tree)
    except Unbounded:
        return ()
    found: dict[tuple[frozenset[str], int], tuple[int, int] | None] = {}
    for words, lead, edges in _Walk(reader).walk(list(tree), (0, 0), True, True):
        usable = _usable(words, flags, edges)
        if usable is None:
            continue
        key = (usable, edges)
        found[key] = _max(found[key], lead) if key in found else lead
    ranked = sorted(found.items(), key=lambda item: (-min(map(len, item[0][0])) - 2 * (item[0][1] == STARTS | ENDS),
                                                      len(item[0][0]), -item[0][1], sorted(item[0][0])))
    return tuple((tuple(sorted(words)), *(lead if lead is not None else (-1, 0)), edges)
                 for (words, edges), lead in ranked[:_MAX_ANCHORS])


def _usable(words: frozenset[str], flags: int, edges: int) -> frozenset[str] | None:
    shortest = _MIN_LENGTH_AT_EDGE if edges else _MIN_LENGTH
    if not words or min(map(len, words)) < shortest:
        return None
    if not flags & re.IGNORECASE:
        return words
    if not all(_caseless_safe(word) for word in words):
        return None
    return frozenset(word.lower() for word in words)


def _max(a: tuple[int, int] | None, b: tuple[int, int] | None) -> tuple[int, int] | None:
    if a is None or b is None:
        return None
    return max(a[0], b[0]), max(a[1], b[1])


def _plus(a: tuple[int, int] | None, b: tuple[int, int]) -> tuple[int, int] | None:
    return None if a is None else (a[0] + b[0], a[1] + b[1])


def _non_word(code: int) -> bool:
    """Whether a character, and every character it matches without case, is no word character."""
    ch = chr(code)
    return not any(_WORD_CHAR.match(c) for c in {ch, ch.lower(), ch.upper(), ch.casefold()} if len(c) == 1)


def _class_non_word(av: list) -> bool:
    for op, value in av:
        if op is sre.LITERAL:
            if not _non_word(value):
                return False
        elif op is sre.RANGE:
            if value[1] - value[0] > 256 or not all(_non_word(c) for c in range(value[0], value[1] + 1)):
                return False
        elif op is sre.CATEGORY:
            if value not in (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD, sre.CATEGORY_UNI_SPACE,
                             sre.CATEGORY_UNI_NOT_WORD):
                return False
        else:  # a negation, …
            return False
    return True


def _is_word_class(items: list) -> bool:
    """Whether ``items`` is one character of the word class ("\\w", "[\\w]")."""
    if len(items) != 1:
        return False
    op, av = items[0]
    word = (sre.CATEGORY_WORD, sre.CATEGORY_UNI_WORD)
    return op is sre.IN and len(av) == 1 and av[0][0] is sre.CATEGORY and av[0][1] in word


def _after(item: tuple, before: bool) -> bool:
    """Whether, after ``item``, the character before is no word character (or there is
    none), given whether that held before it."""
    op, av = item
    if op is sre.LITERAL:
        return _non_word(av)
    if op is sre.IN:
        return _class_non_word(av)
    if op is sre.AT:
        # "\\b" before a word character: the one before is none.
        return av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING, sre.AT_BOUNDARY, sre.AT_UNI_BOUNDARY) or before
    if op is sre.ASSERT_NOT:
        direction, body = av
        return (direction < 0 and _is_word_class(list(body))) or before
    if op is sre.ASSERT:
        direction, body = av
        body = list(body)
        return (direction < 0 and _after_all(body, False)) or before
    if op is sre.SUBPATTERN:
        return _after_all(list(av[-1]), before)
    if op is sre.ATOMIC_GROUP:
        return _after_all(list(av), before)
    if op is sre.BRANCH:
        return all(_after_all(list(alternative), before) for alternative in av[1])
    if op in _REPEATS:
        low, _, body = av
        body = list(body)
        once = _after_all(body, False) or (before and _after_all(body, True))
        return once and (low >= 1 or before)
    return False


def _after_all(items: list, before: bool) -> bool:
    for item in items:
        before = _after(item, before)
    return before


def _begins(items: list, after: bool) -> bool:
    """Whether what ``items`` (then whatever ``after`` describes) match begins with no
    word character, or asserts that none follows a word character (or the text ends)."""
    for k, (op, av) in enumerate(items):
        rest = items[k + 1:]
        if op is sre.LITERAL:
            return _non_word(av)
        if op is sre.IN:
            return _class_non_word(av)
        if op is sre.AT:
            if av in (sre.AT_END, sre.AT_END_STRING, sre.AT_BOUNDARY, sre.AT_UNI_BOUNDARY):
                return True  # "\\b" after a word character: the next is none
            continue
        if op is sre.ASSERT_NOT:
            direction, body = av
            if direction > 0 and _is_word_class(list(body)):
                return True
            continue
        if op is sre.ASSERT:
            direction, body = av
            body = list(body)
            if direction > 0 and _begins(body, False):
                return True
            continue
        if op is sre.SUBPATTERN:
            return _begins(list(av[-1]), _begins(rest, after))
        if op is sre.ATOMIC_GROUP:
            return _begins(list(av), _begins(rest, after))
        if op is sre.BRANCH:
            then = _begins(rest, after)
            return all(_begins(list(alternative), then) for alternative in av[1])
        if op in _REPEATS:
            low, _, body = av
            first = _begins(list(body), False)
            return first if low >= 1 else first and _begins(rest, after)
        return False
    return after


class _Walk:
    def __init__(self, reader: _ShapeReader) -> None:
        self.reader = reader

    def walk(self, items: list, at: tuple[int, int] | None, before: bool, after: bool) -> list:
        """(words, lead, edges) for ``items``, which a match starts reading ``at`` (fixed,
        runs) characters after its own start (None: unknown); ``before``: no word
        character right before them; ``after``: none right after."""
        out: list = []
        spelled: set[str] = {""}  # what the finite items just read spell, from ``spelled_at``
        spelled_at, spelled_edge = at, before

        def close(k: int) -> None:
            if spelled != {""}:
                edges = (STARTS if spelled_edge else 0) | (ENDS if _begins(items[k:], after) else 0)
                out.append((frozenset(spelled), spelled_at, edges))

        for k, item in enumerate(items):
            op, av = item
            strings = None if op in _ZERO_WIDTH else _strings(item)
            if strings is not None and len(spelled) * len(strings) <= _MAX_STRINGS:
                if spelled == {""}:
                    spelled_at, spelled_edge = at, before
                spelled = {a + b for a in spelled for b in strings}
            else:
                close(k)
                spelled, spelled_at, spelled_edge = (set(strings), at, before) if strings is not None else ({""}, at, before)
                if strings is None and op not in _ZERO_WIDTH:
                    out += self._inside(item, items[k + 1:], at, before, after)
            before = _after(item, before)
            if op in _ZERO_WIDTH:
                continue
            try:
                at = _plus(at, self.reader._of([item]))
            except Unbounded:
                at = None
        close(len(items))
        return out

    def _inside(self, item: tuple, rest: list, at: tuple[int, int] | None, before: bool, after: bool) -> list:
        op, av = item
        then = _begins(rest, after)
        if op is sre.SUBPATTERN and not (av[1] or av[2]):
            return self.walk(list(av[-1]), at, before, then)
        if op is sre.ATOMIC_GROUP:
            return self.walk(list(av), at, before, then)
        if op in _REPEATS and av[0] >= 1:
            body = list(av[2])
            return self.walk(body, at, before, then and (av[1] == 1 or _begins(body, False)))
        if op is sre.BRANCH:
            best = [_best(self.walk(list(alternative), at, before, then)) for alternative in av[1]]
            if best and all(b is not None for b in best):
                lead: tuple[int, int] | None = best[0][1]
                edges = STARTS | ENDS
                for b in best:
                    lead = _max(lead, b[1])
                    edges &= b[2]
                return [(frozenset().union(*(b[0] for b in best)), lead, edges)]
        return []


def _best(candidates: list) -> tuple | None:
    best, score = None, 0
    for words, lead, edges in candidates:
        shortest = min(map(len, words))
        if shortest >= _MIN_LENGTH and (best is None or shortest > score
                                         or (shortest == score and len(words) < len(best[0]))):
            best, score = (words, lead, edges), shortest
    return best


def _strings(item: tuple) -> set[str] | None:
    """Every string ``item`` can match, when they are few and fixed (zero-width parts
    match the empty string); None otherwise."""
    op, av = item
    if op is sre.LITERAL:
        return {chr(av)}
    if op in _ZERO_WIDTH:
        return {""}
    if op is sre.IN:
        if len(av) > 4 or any(entry_op is not sre.LITERAL for entry_op, _ in av):
            return None  # a range, a category, a negation: many characters
        return {chr(entry) for _, entry in av}
    if op is sre.SUBPATTERN:
        return None if av[1] or av[2] else _sequence_strings(list(av[-1]))
    if op is sre.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            strings = _sequence_strings(list(alternative))
            if strings is None or len(out) + len(strings) > _MAX_STRINGS:
                return None
            out |= strings
        return out
    if op in _REPEATS and av[1] <= 2:
        low, high, body = av
        once = _sequence_strings(list(body))
        if once is None:
            return None
        out, current = ({""} if low == 0 else set()), {""}
        for count in range(1, high + 1):
            current = {a + b for a in current for b in once}
            if len(out) + len(current) > _MAX_STRINGS:
                return None
            if count >= low:
                out |= current
        return out
    return None


def _sequence_strings(items: list) -> set[str] | None:
    out = {""}
    for item in items:
        strings = _strings(item)
        if strings is None or len(out) * len(strings) > _MAX_STRINGS:
            return None
        out = {a + b for a in out for b in strings}
    return out
