"""Sentence boundaries: where "the same sentence" ends, for context and labels."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

_END = re.compile(r"[.!?؟።。]+[\"'”’»)\]]*(?=\s)|\n\s*")
_LAST_WORD = re.compile(r"(\S+)$")


def sentence_starts(text: str, non_final: tuple[str, ...] = (), openers: tuple[str, ...] = ()) -> list[int]:
    """Offsets where sentences start; the first is always 0.

    Extraction, place finding and reconciliation all ask for the same document's
    sentences, so the last few answers are remembered (the list is shared: treat it
    as read-only)."""
    return _sentence_starts(text, tuple(non_final), tuple(openers))


@lru_cache(maxsize=8)
def _sentence_starts(text: str, non_final: tuple[str, ...], openers: tuple[str, ...] = ()) -> list[int]:
    non_final_folded, opener_set = _word_sets(non_final, openers)
    starts = [0]
    for match in _END.finditer(text):
        if match.group().startswith((".",)) and non_final_folded:
            token = _last_word(text, match.end()).casefold()
            if (token in non_final_folded or _is_initial(token)) and not _opens_sentence(text, match.end(), opener_set):
                continue
        if match.group().startswith("\n") and _wrapped_line(text, match.start(), match.group()):
            continue
        if match.group() == "." and text[match.start() - 1 : match.start()].isdigit() \
                and _ordinal_day_before_lower_case(text, match.end()):
            continue
        end = match.end()
        while end < len(text) and text[end].isspace():
            end += 1
        if end < len(text) and end != starts[-1]:
            _split_run_on(text, starts, end)
            starts.append(end)
    _split_run_on(text, starts, len(text))
    return starts


@lru_cache(maxsize=16)
def _word_sets(non_final: tuple[str, ...], openers: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    # A language's abbreviations folded once, not once per text (a few hundred words).
    return frozenset(w.casefold() for w in non_final), frozenset(openers)


# Copy wrapped at a fixed width breaks lines inside sentences ("The Fed said on\nWednesday
# that …"): a single line break after a full-width line that stops mid-sentence (a
# lower-case word or a comma) joins the lines. A short line (a headline, a dateline) or a
# blank line still ends the sentence.
_WRAPPED_LINE_MIN_CHARS = 40
_MID_SENTENCE_MARKS = ",;:(-–"


def _wrapped_line(text: str, newline: int, gap: str) -> bool:
    if gap.count("\n") > 1:
        return False
    line = text[text.rfind("\n", 0, newline) + 1 : newline].rstrip()
    if len(line) < _WRAPPED_LINE_MIN_CHARS:
        return False
    last = line[-1]
    return last.islower() or last in _MID_SENTENCE_MARKS


# No news sentence is this long. A stretch without sentence ends (a table, a
# transcript, hostile input) is cut into pieces of about this size at a space:
# labels and context are looked up per sentence, and one sentence the size of the
# text made that work grow with the square of the text.
MAX_SENTENCE_CHARS = 2000


def _split_run_on(text: str, starts: list[int], next_start: int) -> None:
    while next_start - starts[-1] > MAX_SENTENCE_CHARS:
        limit = starts[-1] + MAX_SENTENCE_CHARS
        cut = max(text.rfind(" ", starts[-1] + MAX_SENTENCE_CHARS // 2, limit),
                  text.rfind("\n", starts[-1] + MAX_SENTENCE_CHARS // 2, limit))
        starts.append(cut + 1 if cut > 0 else limit)


_WORD_WINDOW = 64
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)\b")


def _opens_sentence(text: str, end: int, openers: set[str]) -> bool:
    """ "…declared shortly after 11 p.m. The new government…": after an abbreviation that
    may end a sentence, a capitalised word that only opens sentences ("The", "He") says it did."""
    if not openers:
        return False
    nxt = _NEXT_WORD.match(text, end, end + 40)
    return nxt is not None and nxt.group(1) in openers


def _last_word(text: str, end: int) -> str:
    """The run of non-space characters ending at ``end``. Searched in a short window
    first: searching from 0 made every full stop cost the whole text (quadratic)."""
    window_start = max(0, end - _WORD_WINDOW)
    if end <= window_start:
        return ""
    if text[end - 1].isspace():
        # Only "(\S+)$" before a final line break ("$" matches there) finds a word.
        word = _LAST_WORD.search(text, window_start, end) if text[end - 1] == "\n" else None
        if word is None:
            return ""
        start = word.start(1)
    else:
        # The last piece of the window split at white space (``str.isspace``, what "\s"
        # is in a pattern): searching for "(\S+)$" tried every position of the window.
        start = end - len(text[window_start:end].rsplit(None, 1)[-1])
    if start == window_start:
        while start > 0 and not text[start - 1].isspace():
            start -= 1
    return text[start:end]


_ORDINAL_DAY = re.compile(r"(?<![\w.])(?:[12]\d|3[01]|0?[1-9])\.(?:(?:0?[1-9]|1[0-2])\.)?$")
_NEXT_LOWER = re.compile(r"\s+[^\W\d_A-ZÀ-ÞА-ЯЁ]")


def _ordinal_day_before_lower_case(text: str, end: int) -> bool:
    """ "vom 15.07. bis 20.07.", "am 26. und 27. Juni": a day (and month) with the ordinal
    dot before a lower-case word ends no sentence (a sentence opens with a capital).
    (Asked only after a digit: every such day ends with one.)"""
    return bool(_ORDINAL_DAY.search(text, max(0, end - 7), end)) and bool(_NEXT_LOWER.match(text, end))


_INITIALS = re.compile(r"(?:\w\.)+\w?")


def _is_initial(token: str) -> bool:
    # "J." in "John J. Smith" or "U.S." ends no sentence.
    core = token.rstrip(".")
    return len(core) == 1 and core.isalpha() or bool(_INITIALS.fullmatch(token))


def sentence_index(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def sentence_bounds(text: str, starts: list[int], index: int) -> tuple[int, int]:
    end = starts[index + 1] if index + 1 < len(starts) else len(text)
    return starts[index], end
