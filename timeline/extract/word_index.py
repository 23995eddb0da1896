"""Where the anchor words of a language's phrase rules (``anchors``) occur in one text,
found in one pass over its words, and the rules' patterns searched only near them.

Looking for each rule's words separately read the whole text once per word and rule
(``word in text`` is a scan), and most of those scans found nothing. Here the text is
read once: each run of word characters is looked up in a table of what anchor words it
holds (built once per distinct run, kept for the next texts), so every rule then asks
only a dictionary. A word made of word characters lies inside one such run, so the
positions are exactly those ``str.find`` gives; the few words with other characters
("aug.", "year's") are looked for with ``str.find``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_TOKEN = re.compile(r"\w+")
_END = ""  # key of the prefix tree marking a word's end
# Distinct runs remembered per vocabulary before the table starts afresh (news vocabulary
# is open-ended; a table this size covers years of one source's words).
_MAX_TOKENS = 200_000
# Characters past the reach kept in a cut text (as ``windows._MARGIN``).
_MARGIN = 16
# A window this narrow is tried position by position (``match``): a search would go on
# trying every position up to the cut, a reach past the window.
_NARROW = 3


class Vocabulary:
    """The lower-cased words looked for, and what each run of word characters holds."""

    def __init__(self, words: Iterable[str]) -> None:
        words = set(words)
        self.plain = frozenset(w for w in words if _TOKEN.fullmatch(w))
        self.other = tuple(sorted(words - self.plain))
        self.trie: dict = {}
        for word in self.plain:
            node = self.trie
            for ch in word:
                node = node.setdefault(ch, {})
            node[_END] = word
        self.hits: dict[str, tuple[tuple[str, int], ...]] = {}
        # Most runs hold no word: one search in C says so before the tree is walked.
        self.any_word = re.compile(_tree_pattern(self.trie)) if self.plain else None

    def hits_of(self, token: str) -> tuple[tuple[str, int], ...]:
        """(word, offset) of every occurrence of a plain word inside ``token``."""
        found = []
        if self.any_word is None or self.any_word.search(token) is None:
            if len(self.hits) >= _MAX_TOKENS:
                self.hits.clear()
            self.hits[token] = ()
            return ()
        for i in range(len(token)):
            node = self.trie
            for ch in token[i:]:
                node = node.get(ch)
                if node is None:
                    break
                word = node.get(_END)
                if word is not None:
                    found.append((word, i))
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
        positions: dict[str, list[int]] = {}
        known = vocabulary.hits.get
        for m in _TOKEN.finditer(lowered):
            token = m.group()
            hits = known(token)
            if hits is None:
                hits = vocabulary.hits_of(token)
            if hits:
                at = m.start()
                for word, offset in hits:
                    found = positions.get(word)
                    if found is None:
                        positions[word] = [at + offset]
                    else:
                        found.append(at + offset)
        self.positions = positions

    def _other(self, word: str) -> list[int]:
        found, at = [], self.lowered.find(word)
        while at >= 0:
            found.append(at)
            at = self.lowered.find(word, at + 1)
        self.positions[word] = found
        return found

    def count(self, words: Iterable[str]) -> int:
        """How many times the words occur (each word lower-cased and in the vocabulary)."""
        positions = self.positions
        total = 0
        for word in words:
            found = positions.get(word)
            if found is None and word not in self.vocabulary.plain:
                found = self._other(word)
            if found:
                total += len(found)
        return total

    def starts(self, words: Iterable[str]) -> list[int]:
        """Where the words occur, in order (``count`` asked first)."""
        lists = [found for found in map(self.positions.get, words) if found]
        if len(lists) == 1:
            return lists[0]
        return sorted(at for found in lists for at in found)


def search_near(regex: re.Pattern[str], text: str, windows: Iterable[tuple[int, int]],
                reach: int) -> Iterator[re.Match[str]]:
    """The matches ``regex.finditer(text)`` gives, when each of them starts inside one of
    ``windows`` ((low, high) ranges of start positions, ordered by ``low``) and no match
    or attempt reads more than ``reach`` characters (``windows.Shape``)."""
    n = len(text)
    search, match = regex.search, regex.match
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
                m = match(text, start, end) if end < n else match(text, start)
                if m is None:
                    start += 1
                    continue
            else:
                m = search(text, start, end) if end < n else search(text, start)
                if m is None or m.start() > high:
                    break
            yield m
            pos = start = m.end()
        low, high = (next_low if next_low > 0 else 0), next_high
