"""Sentence boundaries: where "the same sentence" ends, for context and labels."""

from __future__ import annotations

import bisect
import re

_END = re.compile(r"[.!?؟።。]+[\"'”’»)\]]*(?=\s)|\n\s*")
_LAST_WORD = re.compile(r"(\S+)$")


def sentence_starts(text: str, non_final: tuple[str, ...] = ()) -> list[int]:
    """Offsets where sentences start; the first is always 0."""
    non_final_folded = {w.casefold() for w in non_final}
    starts = [0]
    for match in _END.finditer(text):
        if match.group().startswith((".",)) and non_final_folded:
            word = _LAST_WORD.search(text, 0, match.end())
            token = word.group(1).casefold() if word else ""
            if token in non_final_folded or _is_initial(token):
                continue
        end = match.end()
        while end < len(text) and text[end].isspace():
            end += 1
        if end < len(text) and end != starts[-1]:
            starts.append(end)
    return starts


def _is_initial(token: str) -> bool:
    # "J." in "John J. Smith" or "U.S." ends no sentence.
    core = token.rstrip(".")
    return len(core) == 1 and core.isalpha() or bool(re.fullmatch(r"(?:\w\.)+\w?", token))


def sentence_index(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def sentence_bounds(text: str, starts: list[int], index: int) -> tuple[int, int]:
    end = starts[index + 1] if index + 1 < len(starts) else len(text)
    return starts[index], end
