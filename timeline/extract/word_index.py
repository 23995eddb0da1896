"""Where the anchor words of a language's phrase rules (``anchors``) occur in one text,
found in one pass over its words, and the rules' patterns searched only near them.

Looking for each rule's words separately read the whole text once per word and rule
(``word in text`` is a scan), and most of those scans found nothing. Here the text is
read once: each run of word characters is looked up in a table of what anchor words it
holds (built once per distinct run, kept for the next texts), so every rule then asks
only a dictionary. A word made of word characters lies inside one such run, so the
positions are exactly those ``str.find`` gives, and whether it starts or ends the run
is known too (``anchors.STARTS``, ``anchors.ENDS``); the few words with other
characters ("aug.", "year's") are looked for by their runs of word characters (``key_of``).

The text is the lower-cased one, whose runs of word characters are those of the text
itself: when lower() keeps the length, each character lowers to one character, and
lowering never makes a word character of another or the reverse (tests/test_anchors.py
checks this over all of Unicode).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import repeat

from timeline.extract import regex_store
from timeline.extract.anchors import ENDS, STARTS
from timeline.extract.caseless import lowered_twin

_TOKEN = re.compile(r"\w+")
_NONE = repeat(())
_END = ""  # key of the prefix tree marking a word's end
# Distinct runs remembered per vocabulary before the table starts afresh (news vocabulary
# is open-ended; a table this size covers years of one source's words).
_MAX_TOKENS = 200_000
# Characters past the reach kept in a cut text (as ``windows._MARGIN``).
_MARGIN = 16
# A window this narrow is tried position by position (``match``): a search would go on
# trying every position up to the cut, a reach past the window.
_NARROW = 3

Key = str | tuple[str, int]  # a word, or (word, edges) for a word at those edges of its run


def key_of(word: str, edges: int) -> tuple[Key, int] | None:
    """How ``WordIndex`` names the occurrences of ``word`` at ``edges`` (0: anywhere), and
    how far into ``word`` they are. A word with other characters than word characters
    ("aug.", "year's") is looked for by its longest run of word characters, which starts
    and ends a run of the text where the word has other characters around it: every
    occurrence of the word is one of that run (``offset`` characters in). None for a
    word without word characters."""
    runs = sorted(_TOKEN.finditer(word), key=lambda m: len(m.group()), reverse=True)
    if not runs:
        return None
    run = runs[0]
    if run.group() != word:
        edges = ((STARTS if run.start() > 0 else edges & STARTS)
                 | (ENDS if run.end() < len(word) else edges & ENDS))
    return ((run.group(), edges) if edges else run.group()), run.start()


class Vocabulary:
    """The lower-cased words looked for (each with the edges asked for), and what each
    run of word characters holds."""

    def __init__(self, keys: Iterable[Key]) -> None:
        edges: dict[str, set[int]] = {}
        for key in keys:
            word, edge = key if isinstance(key, tuple) else (key, 0)
            edges.setdefault(word, set()).add(edge)
        self.trie: dict = {}
        for word, wanted in edges.items():
            node = self.trie
            for ch in word:
                node = node.setdefault(ch, {})
            node[_END] = (word, tuple(sorted(wanted)))
        self.hits: dict[str, tuple[tuple[Key, int], ...]] = {}
        # Most runs hold no word: one search in C says so before the tree is walked.
        # Compiled through regex_store: a cold start finds its byte code stored.
        self.any_word = regex_store.compile(_tree_pattern(self.trie)) if edges else None

    def hits_of(self, token: str) -> tuple[tuple[Key, int], ...]:
        """(key, offset) of every occurrence of a word inside ``token``, under each key it
        answers to (the word, and the word at the edges it stands at)."""
        found = []
        if self.any_word is not None and self.any_word.search(token) is not None:
            size = len(token)
            for i in range(size):
                node = self.trie
                for j in range(i, size):
                    node = node.get(token[j])
                    if node is None:
                        break
                    entry = node.get(_END)
                    if entry is not None:
                        word, wanted = entry
                        here = (STARTS if i == 0 else 0) | (ENDS if j == size - 1 else 0)
                        for edge in wanted:
                            if edge & here == edge:
                                found.append((word if edge == 0 else (word, edge), i))
        if len(self.hits) >= _MAX_TOKENS:
            self.hits.clear()
        hits = self.hits[token] = tuple(found)
        return hits


def _tree_pattern(node: dict) -> str:
    # Any word of the prefix tree: one branch per next character, so that the engine
    # tries a character once, not once per word that continues with it.
    if _END in node:
        return ""  # a shorter word already matches here: whether longer ones do is moot
    branches = [re.escape(ch) + _tree_pattern(child) for ch, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class WordIndex:
    """Occurrences of a vocabulary's words in one lower-cased text."""

    def __init__(self, lowered: str, vocabulary: Vocabulary) -> None:
        self.lowered = lowered
        self.vocabulary = vocabulary
        positions: dict[Key, list[int]] = {}
        known = vocabulary.hits.get
        for m in _TOKEN.finditer(lowered):
            token = m.group()
            hits = known(token)
            if hits is None:
                hits = vocabulary.hits_of(token)
            if hits:
                at = m.start()
                for key, offset in hits:
                    found = positions.get(key)
                    if found is None:
                        positions[key] = [at + offset]
                    else:
                        found.append(at + offset)
        self.positions = positions

    def count(self, keys: Iterable[Key]) -> int:
        """How many times the words occur (keys of words in the vocabulary)."""
        return sum(map(len, map(self.positions.get, keys, _NONE)))

    def starts(self, keys: Iterable[Key]) -> list[int]:
        """Where the words occur, in order (``count`` asked first)."""
        lists = [found for found in map(self.positions.get, keys) if found]
        if len(lists) == 1:
            return lists[0]
        return sorted(at for found in lists for at in found)


def search_near(regex: re.Pattern[str], text: str, windows: Iterable[tuple[int, int]],
                reach: int, lowered: str | None = None) -> Iterator[re.Match[str]]:
    """The matches ``regex.finditer(text)`` gives, when each of them starts inside one of
    ``windows`` ((low, high) ranges of start positions, ordered by ``low``) and no match
    or attempt reads more than ``reach`` characters (``windows.Shape``). ``lowered`` is
    ``text.lower()`` when ``text`` is ASCII: a caseless pattern with a lowered twin
    (``caseless``) is searched as that twin there, and matched itself where the twin
    matches (the twin matches wherever the pattern does, so nothing is passed over)."""
    n = len(text)
    twin = lowered_twin(regex) if lowered is not None else None
    if twin is None:
        haystack, search, match, rematch = text, regex.search, regex.match, None
    else:
        haystack, search, match, rematch = lowered, twin.search, twin.match, regex.match
    pos = 0
    low = high = -2
    for next_low, next_high in (*windows, (n + reach + 2, 0)):
        if next_low <= high + 1:  # overlapping or adjacent: one window
            if next_high > high:
                high = next_high
            continue
        start = low if low > pos else pos
        end = high + reach + _MARGIN
        while start <= high:
            # No attempt starting at or before ``high`` reads past ``high + reach``, so
            # cutting the text a little beyond that changes no attempt in this window.
            if high - start < _NARROW:
                m = match(haystack, start, end) if end < n else match(haystack, start)
                if m is None:
                    start += 1
                    continue
            else:
                m = search(haystack, start, end) if end < n else search(haystack, start)
                if m is None or m.start() > high:
                    break
            if rematch is not None:  # the match as the text writes it, if the pattern matches here
                at = m.start()
                m = rematch(text, at, end) if end < n else rematch(text, at)
                if m is None:
                    start = at + 1
                    continue
            yield m
            pos = start = m.end()
        low, high = (next_low if next_low > 0 else 0), next_high
