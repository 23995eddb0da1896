"""A list of lexicon words as one regex alternation, folded into a prefix tree."""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline.textnorm import normalize

_SPACE = None  # a run of spaces inside a lexicon phrase


def trie_alternation(words: Iterable[str]) -> str:
    """Any of ``words``, for a pattern compiled with ``re.IGNORECASE``.

    The words are folded into a prefix tree: a flat list of a few hundred words
    ("twenty-one" … "ninety-nine") made the regex engine try every one of them at
    every word of the text, and this was the scanner's hottest spot. The tree tries
    a longer word before its prefix ("بعد الظهر" before "بعد", "a.m." before "a"),
    which is the longest-first order of a flat list, since only one branch of a
    node can match a given character.
    """
    trie: dict = {}
    for word in words:
        tokens = _tokens(normalize(word))
        if not tokens:
            continue
        node = trie
        for token in tokens:
            node = node.setdefault(token, {})
        node[""] = {}  # a word ends here
    return f"(?:{_trie_pattern(trie)[0]})" if trie else "(?!)"


def _tokens(word: str) -> list[str | None]:
    tokens: list[str | None] = []
    for i, part in enumerate(word.split()):
        if i:
            tokens.append(_SPACE)
        # Lower case is the key (callers match case-insensitively), unless lowering
        # changes the length ("İ"), where the character is kept as written.
        tokens += [c.lower() if len(c.lower()) == 1 else c for c in part]
    return tokens


def _trie_pattern(node: dict) -> tuple[str, int]:
    """The pattern for ``node`` and the length of the longest word below it."""
    ends_here = "" in node
    branches = []
    for token, child in node.items():
        if token == "":
            continue
        tail, depth = _trie_pattern(child)
        branches.append((depth + 1, (r"\s+" if token is _SPACE else re.escape(token)) + tail))
    if not branches:
        return "", 0
    branches.sort(key=lambda b: -b[0])
    body = branches[0][1] if len(branches) == 1 else "(?:" + "|".join(b for _, b in branches) + ")"
    if ends_here:
        body = f"(?:{body})?"
    return body, branches[0][0]
