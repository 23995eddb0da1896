"""The ``Atom``: one pattern match in the normalised text (kind, typed parts, rule), with
the priorities that decide between overlapping atoms of equal length.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.model import DATE, DURATION, TIME, Parts


@dataclass(frozen=True, slots=True)
class Atom:
    start: int  # offsets in the normalised text
    end: int
    kind: str
    parts: Parts
    rule: str
    priority: int  # breaks ties between overlapping atoms of equal length


_PRIORITY = {TIME: 3, DATE: 2, DURATION: 1}


_PHRASE_PRIORITY = 4  # a language's phrase rule is more specific than a generic atom of equal length


NOT_A_TIME = "none"  # a phrase rule's verdict that the words are no time ("a 6-year-old")
