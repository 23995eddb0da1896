"""A caseless pattern searched as a case-sensitive one over the lower-cased text.

``re`` runs a pattern compiled with ``re.IGNORECASE`` about twice as slowly as the same
pattern without it: every letter is lowered before it is compared, and a branch of
alternatives cannot be skipped by its first letter. On a text of ASCII characters only,
a caseless pattern's *lowered twin* — the same parse tree with every upper-case letter
lowered, the parts that see case ("(?-i:[A-Z])") read caselessly too, compiled without the
case flag — run over the lower-cased text matches wherever the pattern matches over the
text (and possibly elsewhere): so the twin finds where the pattern may match, and the
pattern itself is matched there, which gives the very match object ``finditer`` over the
text gives (``word_index.search_near``). Where the pattern does not match after all, the
search goes on from the next position.

Why the twin matches wherever the pattern does: on an ASCII text, ``lower()`` changes only
A-Z, keeps every length, and keeps whether a character is a word character, a digit or a
space. A caseless literal ``c`` matches a character ``x`` when ``lower(x) == lower(c)``,
which for an ASCII ``x`` is the twin's ``lower(x) == lower(c)``; a case-sensitive one
matches only ``x == c``, which implies it; classes likewise (with their upper-case ranges
lowered); categories, word boundaries and lookarounds see the same kinds of characters.
A pattern with one of the few non-ASCII characters that a caseless comparison takes for
an ASCII letter ("İ", the Kelvin sign, "ı", "ſ"), a conditional group, or the LOCALE flag
has no twin. For most patterns the twin finds exactly the pattern's matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre
from re import _parser

from timeline.extract import regex_store
from timeline.extract.windows import parse

# Non-ASCII characters a caseless comparison can take for an ASCII letter: "İ" and the
# Kelvin sign lower to "i" and "k"; "ı" and "ſ" are ``re``'s extra cases of "i" and "s".
_FOLD_TO_ASCII = frozenset({0x130, 0x212A, 0x131, 0x17F})
_A, _Z = ord("A"), ord("Z")
_TO_LOWER = ord("a") - ord("A")
_FLAG_GROUPS = int(re.IGNORECASE)  # the only flag a group may switch: case is all the twin ignores

_TWINS: dict[tuple[str, int], re.Pattern[str] | None] = {}


def lowered_twin(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """The lowered twin of a caseless ``regex``: it matches over ``text.lower()`` at every
    position where ``regex`` matches over ``text``, for every ASCII ``text``; None when
    ``regex`` is not caseless or has no twin."""
    key = (regex.pattern, regex.flags)
    if key in _TWINS:
        return _TWINS[key]
    twin = None
    if isinstance(regex.pattern, str) and regex.flags & re.IGNORECASE:
        record = regex_store.fact("lowered twin", key, lambda: twin_record(*key))
        twin = regex_store.revive(record) if record is not None else None
    _TWINS[key] = twin
    return twin


def twin_record(pattern: str, flags: int) -> tuple | None:
    """The compiled twin of a caseless pattern as data (``regex_store.revive``), or None."""
    if not flags & re.IGNORECASE or flags & re.LOCALE:
        return None
    tree = parse(pattern, flags)
    if tree is None or tree.getwidth()[0] <= 0:
        return None  # an empty match changes how a search goes on after it
    try:
        items = _lowered(list(tree))
    except _NoTwin:
        return None
    tree.state.flags &= ~re.IGNORECASE
    plain = int(flags & ~re.IGNORECASE)
    return regex_store.record_of_tree(_parser.SubPattern(tree.state, items), plain)


class _NoTwin(Exception):
    pass


def _lower(code: int) -> int:
    if code in _FOLD_TO_ASCII:
        raise _NoTwin
    return code + _TO_LOWER if _A <= code <= _Z else code


def _lowered_set(entries) -> list:
    out = []
    for entry_op, entry in entries:
        if entry_op is sre.LITERAL:
            out.append((entry_op, _lower(entry)))
        elif entry_op is sre.RANGE:
            low, high = entry
            if any(low <= c <= high for c in _FOLD_TO_ASCII):
                raise _NoTwin
            out.append((entry_op, entry))
            if low <= _Z and high >= _A:  # the upper-case letters it holds, lowered
                out.append((sre.RANGE, (max(low, _A) + _TO_LOWER, min(high, _Z) + _TO_LOWER)))
        elif entry_op in (sre.NEGATE, sre.CATEGORY):
            out.append((entry_op, entry))
        else:
            raise _NoTwin
    return out


def _sub(items, like: _parser.SubPattern) -> _parser.SubPattern:
    sub = _parser.SubPattern(like.state, _lowered(list(items)))
    sub.width = like.width
    return sub


def _lowered(items) -> list:
    out = []
    for op, av in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            out.append((op, _lower(av)))
        elif op is sre.IN:
            out.append((op, _lowered_set(av)))
        elif op is sre.SUBPATTERN:
            group, add_flags, del_flags, body = av
            if (add_flags | del_flags) & ~_FLAG_GROUPS:
                raise _NoTwin
            out.append((op, (group, 0, 0, _sub(body, body))))
        elif op is sre.ATOMIC_GROUP:
            out.append((op, _sub(av, av)))
        elif op is sre.BRANCH:
            out.append((op, (av[0], [_sub(branch, branch) for branch in av[1]])))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, body = av
            out.append((op, (low, high, _sub(body, body))))
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, body = av
            out.append((op, (direction, _sub(body, body))))
        elif op in (sre.AT, sre.CATEGORY, sre.ANY, sre.GROUPREF):
            out.append((op, av))
        else:  # a conditional group, anything else: not looked into
            raise _NoTwin
    return out


def finditer(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)``, searched with the lowered twin when ``text`` is ASCII."""
    twin = lowered_twin(regex) if text.isascii() else None
    if twin is None:
        yield from regex.finditer(text)
        return
    lowered, search, match = text.lower(), twin.search, regex.match
    pos = 0
    while (found := search(lowered, pos)) is not None:
        at = found.start()
        m = match(text, at)
        if m is None:
            pos = at + 1
            continue
        yield m
        pos = m.end()  # never empty: a pattern that can match empty has no twin


def search(regex: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``regex.search(text)``, with the lowered twin when ``text`` is ASCII."""
    return next(finditer(regex, text), None)
