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
_MAX_STRINGS = 64  # a finite part spelling more strings than this is not enumerated
_MAX_ANCHORS = 4  # sets kept per pattern, best first
_REPEATS = frozenset({sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT})
_ZERO_WIDTH = frozenset({sre.AT, sre.ASSERT, sre.ASSERT_NOT})

# One anchor as data: (words, fixed lead, runs in the lead). A match containing one of
# ``words`` starts at most ``fixed + runs * longest_run`` characters before it, where
# ``longest_run`` is that of the pattern's ``windows.Shape`` in the text; a lead of
# (-1, 0) is unknown (the whole reach is used).
Anchor = tuple[tuple[str, ...], int, int]


def pattern_anchors(pattern: str, flags: int) -> tuple[Anchor, ...]:
    """``anchors_of`` the pattern, from the stored facts (``regex_store``) when they have it."""
    return regex_store.fact("phrase anchors", (pattern, int(flags)), lambda: anchors_of(parse(pattern, flags), flags))


def anchors_of(tree: _parser.SubPattern | None, flags: int) -> tuple[Anchor, ...]:
    """The word sets every match of the pattern contains a member of, each with its lead
    (lower-cased for a case-insensitive pattern), best first; () when none is found."""
    if tree is None:
        return ()
    try:
        reader = _ShapeReader(tree)
    except Unbounded:
        return ()
    found: dict[frozenset[str], tuple[int, int]] = {}
    for words, lead in _walk(reader, list(tree), (0, 0)):
        words = _usable(words, flags)
        if words is None:
            continue
        old = found.get(words)
        found[words] = lead if old is None else _max(old, lead)
    ranked = sorted(found.items(), key=lambda item: (-min(map(len, item[0])), len(item[0]), sorted(item[0])))
    return tuple((tuple(sorted(words)), *(lead if lead is not None else (-1, 0)))
                 for words, lead in ranked[:_MAX_ANCHORS])


def _usable(words: frozenset[str], flags: int) -> frozenset[str] | None:
    if not words or min(map(len, words)) < _MIN_LENGTH:
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


def _walk(reader: _ShapeReader, items: list, at: tuple[int, int] | None) -> list:
    """(words, lead) pairs for ``items``, which a match starts reading ``at`` (fixed, runs)
    characters after its own start (None: unknown)."""
    out: list = []
    spelled: set[str] = {""}  # the strings the finite items just read spell, from ``spelled_at``
    spelled_at = at

    def close() -> None:
        if spelled != {""}:
            out.append((frozenset(spelled), spelled_at))

    for item in items:
        op, av = item
        strings = _strings(item)
        if strings is not None and len(spelled) * len(strings) <= _MAX_STRINGS:
            if spelled == {""}:
                spelled_at = at
            spelled = {a + b for a in spelled for b in strings}
        else:
            close()
            spelled, spelled_at = (set(strings), at) if strings is not None else ({""}, at)
            if op is sre.SUBPATTERN and not (av[1] or av[2]):
                out += _walk(reader, list(av[-1]), at)
            elif op is sre.ATOMIC_GROUP:
                out += _walk(reader, list(av), at)
            elif op in _REPEATS and av[0] >= 1:
                out += _walk(reader, list(av[2]), at)
            elif op is sre.BRANCH:
                best = [_best(_walk(reader, list(alternative), at)) for alternative in av[1]]
                if best and all(b is not None for b in best):
                    lead: tuple[int, int] | None = best[0][1]
                    for b in best[1:]:
                        lead = _max(lead, b[1])
                    out.append((frozenset().union(*(b[0] for b in best)), lead))
        if op in _ZERO_WIDTH:
            continue
        try:
            at = _plus(at, reader._of([item]))
        except Unbounded:
            at = None
    close()
    return out


def _best(candidates: list) -> tuple[frozenset[str], tuple[int, int] | None] | None:
    best, score = None, 0
    for words, lead in candidates:
        shortest = min(map(len, words))
        if shortest >= _MIN_LENGTH and (best is None or shortest > score
                                         or (shortest == score and len(words) < len(best[0]))):
            best, score = (words, lead), shortest
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
