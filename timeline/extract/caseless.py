"""A caseless pattern searched as a case-sensitive one over the lower-cased text.

``re`` runs a pattern compiled with ``re.IGNORECASE`` about twice as slowly as the same
pattern without it: every letter is lowered before it is compared, and a branch of
alternatives cannot be skipped by its first letter. On a text of ASCII characters only,
most of the languages' caseless patterns find exactly the same matches (same spans) when
the case flag is dropped and they are run over the lower-cased text instead, so the
matches are found that way and the caseless pattern itself is then matched at each
start found, which gives the very match object (groups as the text writes them) that
``finditer`` over the text gives.

Why the spans agree: on an ASCII text, ``lower()`` changes only A-Z, keeps every length,
and keeps whether a character is a word character, a digit or a space. A caseless
literal ``c`` matches a character ``x`` when ``lower(x) == lower(c)`` (plus the extra
cases of ``re``: "ı" with "i", "ſ" with "s"), which for an ASCII ``x`` is ``lower(x) == c``
exactly when ``c`` is not an upper-case letter and none of the few non-ASCII characters
that lower to, or stand for, an ASCII letter ("İ", "K" the Kelvin sign, "ı", "ſ");
classes likewise (a class is matched against ``lower(x)`` in caseless mode); categories,
word boundaries and lookarounds see the same kinds of characters. A pattern with an
upper-case letter, one of those characters, a group that changes the flags ("(?-i:[A-Z])"),
or the LOCALE flag has no twin.
"""

from __future__ import annotations

import re
from re import _constants as sre

from timeline.extract import regex_store
from timeline.extract.windows import parse

# Non-ASCII characters a caseless comparison can take for an ASCII letter: "İ" and the
# Kelvin sign lower to "i" and "k"; "ı" and "ſ" are ``re``'s extra cases of "i" and "s".
_FOLD_TO_ASCII = frozenset({0x130, 0x212A, 0x131, 0x17F})
_UPPER = range(ord("A"), ord("Z") + 1)

_TWINS: dict[tuple[str, int], re.Pattern[str] | None] = {}


def lowered_twin(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of a caseless ``regex`` (same text, no case flag), whose
    matches over ``text.lower()`` are the matches of ``regex`` over ``text`` for every
    ASCII ``text``; None when it has none."""
    key = (regex.pattern, regex.flags)
    if key in _TWINS:
        return _TWINS[key]
    twin = None
    if isinstance(regex.pattern, str) and regex.flags & re.IGNORECASE:
        plain = regex.flags & ~re.IGNORECASE
        if regex_store.fact("lowered twin", key, lambda: has_lowered_twin(*key)):
            twin = regex_store.compile(regex.pattern, plain)
    _TWINS[key] = twin
    return twin


def has_lowered_twin(pattern: str, flags: int) -> bool:
    """Whether ``pattern`` (caseless) matches on ASCII texts as its case-sensitive self
    over the lower-cased text (the module's docstring says why)."""
    if not flags & re.IGNORECASE or flags & (re.LOCALE | re.ASCII | re.VERBOSE):
        return False
    tree = parse(pattern, flags)
    plain = parse(pattern, flags & ~re.IGNORECASE)
    if tree is None or plain is None or plain.state.flags & re.IGNORECASE:
        return False  # an inline "(?i)" would keep the twin caseless
    try:
        _check(list(tree))
    except _NoTwin:
        return False
    return True


class _NoTwin(Exception):
    pass


def _check_code(code: int) -> None:
    if code in _UPPER or code in _FOLD_TO_ASCII:
        raise _NoTwin


def _check(items) -> None:
    for op, av in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            _check_code(av)
        elif op is sre.IN:
            for entry_op, entry in av:
                if entry_op is sre.LITERAL:
                    _check_code(entry)
                elif entry_op is sre.RANGE:
                    low, high = entry
                    if low <= _UPPER[-1] and high >= _UPPER[0] or any(low <= c <= high for c in _FOLD_TO_ASCII):
                        raise _NoTwin
                elif entry_op not in (sre.NEGATE, sre.CATEGORY):
                    raise _NoTwin
        elif op is sre.SUBPATTERN:
            if av[1] or av[2]:  # a group with flags of its own
                raise _NoTwin
            _check(av[-1])
        elif op is sre.ATOMIC_GROUP:
            _check(av)
        elif op is sre.BRANCH:
            for branch in av[1]:
                _check(branch)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            _check(av[2])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            _check(av[1])
        elif op in (sre.AT, sre.CATEGORY, sre.ANY, sre.GROUPREF):
            continue
        else:  # a conditional group, anything else: not looked into
            raise _NoTwin
