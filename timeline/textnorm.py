"""Normalisation for matching only: patterns run on a normalised copy of the text and
every span found there is mapped back to offsets in the text as read.

Most characters map one to one (digits of other scripts, letter variants, dashes,
spaces), so offsets stay put; the few characters removed outright (Arabic
diacritics and tatweel, zero-width and bidi controls) are tracked in an offset map.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

_ONE_TO_ONE = {
    # Arabic-Indic and Persian digits → ASCII, so one set of patterns reads all three.
    **{0x0660 + i: str(i) for i in range(10)},
    **{0x06F0 + i: str(i) for i in range(10)},
    # Alef, ta marbuta, alef maqsura and hamza seats: outlets spell these inconsistently.
    ord("أ"): "ا",
    ord("إ"): "ا",
    ord("آ"): "ا",
    ord("ٱ"): "ا",
    ord("ة"): "ه",
    ord("ى"): "ي",
    ord("ؤ"): "و",
    ord("ئ"): "ي",
    # Persian letter forms that Arabic-script sources mix in.
    ord("ی"): "ي",
    ord("ک"): "ك",
    # Dashes, minus signs and spaces of every width.
    0x2010: "-",
    0x2011: "-",
    0x2012: "-",
    0x2013: "-",
    0x2014: "-",
    0x2212: "-",
    0x00A0: " ",
    0x2007: " ",
    0x2009: " ",
    0x200A: " ",
    0x202F: " ",
    0x3000: " ",
    # Typographic quotes and the Arabic percent/semicolon signs stay; the Arabic
    # decimal and thousands separators are left for the language patterns to read.
    0x2019: "'",
    0x2018: "'",
}
_TABLE = str.maketrans(_ONE_TO_ONE)
_MAPPED_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _TABLE) + "]")
_MAPPED = {chr(c): v for c, v in _TABLE.items()}
# Replacing the characters one by one gives what ``translate`` gives only while no
# replacement is itself a character to replace.
_REPLACE_IN_TURN = not any(c in _MAPPED for v in _MAPPED.values() for c in v)
_MAPS_ASCII = any(c < 128 for c in _TABLE)


def _translate(text: str) -> str:
    """``text.translate(_TABLE)``. No ASCII character is mapped, so an ASCII text stays as
    it is; in other text ``translate`` looks every character up in the table and pays
    for a failed lookup on each one it does not map (most of an Arabic text), so the few
    mapped characters a text holds are replaced one kind at a time (half the time)."""
    if text.isascii() and not _MAPS_ASCII:
        return text
    if not _REPLACE_IN_TURN:
        return text.translate(_TABLE)
    for char in set(_MAPPED_RE.findall(text)):
        text = text.replace(char, _MAPPED[char])
    return text

# Removed for matching: Arabic tashkeel, superscript alef, tatweel, zero-width and
# bidi controls. None of them changes what a time expression says.
_REMOVED = "\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD"
_REMOVED_RE = re.compile(f"[{_REMOVED}]+")
_TRAILING_MARKS_RE = re.compile("[\u064B-\u065F\u0670\u0640]+")


def normalize(text: str) -> str:
    """The matching form of a lexicon entry or a text (no offset tracking)."""
    if len(text) <= _SHORT:
        return _normalize_short(text)
    return _REMOVED_RE.sub("", _translate(text))


# Words and names are normalised again and again (every n-gram of the place scan,
# every word of a label): short strings are remembered; long ones are not kept alive.
_SHORT = 48


@lru_cache(maxsize=1 << 14)
def _normalize_short(text: str) -> str:
    return _REMOVED_RE.sub("", _translate(text))


class NormalizedText:
    """A normalised copy of ``original`` with a map back to original offsets."""

    __slots__ = ("original", "text", "_norm_starts", "_orig_starts")

    def __init__(self, original: str) -> None:
        self.original = original
        translated = _translate(original)
        removed = list(_REMOVED_RE.finditer(translated))
        if not removed:
            self.text = translated
            self._norm_starts: list[int] = [0]
            self._orig_starts: list[int] = [0]
            return
        pieces: list[str] = []
        norm_starts: list[int] = []
        orig_starts: list[int] = []
        orig_pos = 0
        norm_pos = 0
        for match in removed:
            piece = translated[orig_pos : match.start()]
            norm_starts.append(norm_pos)
            orig_starts.append(orig_pos)
            pieces.append(piece)
            norm_pos += len(piece)
            orig_pos = match.end()
        norm_starts.append(norm_pos)
        orig_starts.append(orig_pos)
        pieces.append(translated[orig_pos:])
        self.text = "".join(pieces)
        self._norm_starts = norm_starts
        self._orig_starts = orig_starts

    def to_original(self, index: int) -> int:
        """Original offset of the character at normalised ``index``."""
        i = bisect.bisect_right(self._norm_starts, index) - 1
        return self._orig_starts[i] + (index - self._norm_starts[i])

    def to_normalized(self, index: int) -> int:
        """Normalised offset of original ``index`` (of the first character kept at or
        after it): ``NormalizedText(original[a:b]).text == text[to_normalized(a):to_normalized(b)]``,
        as normalising works character by character."""
        i = bisect.bisect_right(self._orig_starts, index) - 1
        piece_end = self._norm_starts[i + 1] if i + 1 < len(self._norm_starts) else len(self.text)
        return min(self._norm_starts[i] + (index - self._orig_starts[i]), piece_end)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            o = self.to_original(start)
            return o, o
        o_start = self.to_original(start)
        o_end = self.to_original(end - 1) + 1
        # A word's trailing diacritics (the tanween of "مساءً") belong to the word.
        tail = _TRAILING_MARKS_RE.match(self.original, o_end)
        if tail:
            o_end = tail.end()
        return o_start, o_end
