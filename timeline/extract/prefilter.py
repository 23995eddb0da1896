"""Words a pattern cannot match without: a pattern is run over a text only if one of
them is in it.

Phrase rules are many small patterns, each scanned over the whole text; most texts
contain none of the words that make most rules ("ago", "Christmas", "quarter"), and
these scans were half the time of a run. The words are read from the compiled pattern
itself (the parse tree of Python's ``re``), so the data stays the only source: a rule
whose words cannot be read reliably is always run.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parse tree's opcodes
from re import _parser

from timeline.extract import regex_store

_MIN_LENGTH = 3
# Characters that Python's case-insensitive matching takes for an ASCII letter although
# their lower case is not that letter (KELVIN SIGN ~ k, LONG S ~ s, dotless and dotted I).
_FOLDS_TO_ASCII = frozenset("\u212a\u017f\u0131\u0130")
# Likewise for Cyrillic: the old letter forms U+1C80–U+1C88 match "в", "д", "о", "с", "т",
# "ъ", "ѣ" case-insensitively. With them out of a text, a word of the basic Russian
# alphabet compares exactly after lower().
_CYRILLIC_VARIANTS = frozenset(chr(c) for c in range(0x1C80, 0x1C89))
_FOLDS = _FOLDS_TO_ASCII | _CYRILLIC_VARIANTS
# The same characters as one class: a regex scans a text in C without making a string
# object per character, which ``isdisjoint`` does for every non-Latin-1 letter (Arabic).
_FOLDS_RE = re.compile("[" + "".join(sorted(_FOLDS)) + "]")


def required_words(pattern: str, flags: int = 0, tree=None) -> tuple[str, ...] | None:
    """Strings one of which occurs in every match of ``pattern`` (lower-cased for a
    case-insensitive pattern); None when no such set is found."""
    if tree is None:  # a caller that already parsed the pattern passes its tree
        try:
            tree = _parser.parse(pattern, flags)
        except Exception:  # noqa: BLE001 - an internal API: without it, no prefilter
            return None
    best = _best(_candidates(list(tree)))
    if best is None:
        return None
    if not flags & re.IGNORECASE:
        return tuple(sorted(best))
    if not all(_caseless_safe(word) for word in best):
        return None
    return tuple(sorted({w.lower() for w in best}))


def required_word_sets(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    """Sets of strings such that every match of ``pattern`` contains a member of each
    set (lower-cased for a case-insensitive pattern): a stronger filter than
    ``required_words``, which keeps only the best one; () when none is found."""
    try:
        tree = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an internal API: without it, no prefilter
        return ()
    sets = []
    for words in _candidates(list(tree)):
        if min(len(w) for w in words) < _MIN_LENGTH:
            continue
        if flags & re.IGNORECASE:
            if not all(_caseless_safe(word) for word in words):
                continue
            words = {w.lower() for w in words}
        sets.append(tuple(sorted(words)))
    return tuple(sets)


def has_ascii_folds(text: str) -> bool:
    """Whether ``text`` holds a character that case-insensitive matching takes for an
    ASCII letter although ``lower()`` does not give it (then no caseless prefilter holds)."""
    return _FOLDS_RE.search(text) is not None


def may_match(required: tuple[str, ...] | None, text: str, lowered: str, ignore_case: bool,
              folds: bool | None = None) -> bool:
    """Whether a pattern with these required words can match ``text`` (``lowered`` is
    ``text.lower()``; ``folds`` is ``has_ascii_folds(text)``, passed by a caller that
    tests many patterns on one text so that the text is read once, not once per pattern)."""
    if required is None:
        return True
    if ignore_case:
        if folds if folds is not None else has_ascii_folds(text):
            return True
        text = lowered
    # A loop, not ``any`` over a generator: asked per rule and text, the frame costs more than the lookups.
    for word in required:
        if word in text:
            return True
    return False


def _caseless_safe(word: str) -> bool:
    # ASCII letters and characters without case compare exactly after lower();
    # other cased letters have case-insensitive equivalents lower() does not give (σ/ς).
    return all(c.isascii() or (c.lower() == c and c.upper() == c) or _is_plain_cyrillic(c) for c in word)


def _is_plain_cyrillic(c: str) -> bool:
    # The basic Russian alphabet and "ё": case pairs that lower() folds completely.
    return "\u0410" <= c <= "\u044f" or c in "\u0401\u0451"


def _best(candidates: list[frozenset[str]]) -> frozenset[str] | None:
    best, score = None, 0
    for alternatives in candidates:
        shortest = min(len(a) for a in alternatives)
        if shortest >= _MIN_LENGTH and (best is None or shortest > score
                                         or (shortest == score and len(alternatives) < len(best))):
            best, score = alternatives, shortest
    return best


def _candidates(items: list) -> list[frozenset[str]]:
    """Sets of strings, each set having a member in every match of ``items``."""
    out: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if len(run) >= _MIN_LENGTH:
            out.append(frozenset(["".join(run)]))
        run.clear()

    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        close_run()
        if op is sre.SUBPATTERN:
            if not (av[1] or av[2]):  # a group with its own flags ("(?i:…)") is left alone
                out += _candidates(list(av[-1]))
        elif op is sre.BRANCH:
            per_branch = [_best(_candidates(list(alternative))) for alternative in av[1]]
            if per_branch and all(b is not None for b in per_branch):
                out.append(frozenset().union(*per_branch))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            out += _candidates(list(av[2]))
        elif op is sre.ATOMIC_GROUP:
            out += _candidates(list(av))
        # Anything else (classes, assertions, optional parts) requires no fixed word.
    close_run()
    return out


def never_matches(pattern: str, flags: int = 0) -> bool:
    """Whether ``pattern`` cannot match any text: a part every match needs is an empty
    lookahead ("(?!)", which ``alternation`` gives for a language without such words).
    False when unsure."""
    return regex_store.fact("never matches", (pattern, int(flags)), lambda: _never_matches(pattern, flags))


def _never_matches(pattern: str, flags: int) -> bool:
    try:
        tree = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - an internal API: without it, the pattern is run
        return False
    return _never(list(tree))


def _never(items: list) -> bool:
    for op, av in items:
        if op is sre.ASSERT_NOT:
            if len(av[1]) == 0:  # "(?!)" / "(?<!)": the empty string is always there
                return True
        elif op is sre.ASSERT:
            if _never(list(av[1])):
                return True
        elif op is sre.SUBPATTERN:
            if _never(list(av[-1])):
                return True
        elif op is sre.ATOMIC_GROUP:
            if _never(list(av)):
                return True
        elif op is sre.BRANCH:
            if all(_never(list(alternative)) for alternative in av[1]):
                return True
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if av[0] >= 1 and _never(list(av[2])):
                return True
    return False
