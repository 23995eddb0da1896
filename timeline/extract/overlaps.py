"""Overlap removal: of atoms covering the same text, the longest (then the highest
priority) is kept.
"""

from __future__ import annotations

import bisect

from timeline.extract.atoms import Atom


def _without_overlaps(atoms: list[Atom]) -> list[Atom]:
    ranked = sorted(atoms, key=lambda a: (-(a.end - a.start), -a.priority, a.start))
    taken: list[Atom] = []
    # The taken spans, disjoint and sorted: an atom overlaps one of them exactly when it
    # overlaps the last one starting before its end (a scan of all was quadratic).
    spans: list[tuple[int, int]] = []
    for atom in ranked:
        i = bisect.bisect_left(spans, (atom.end,))
        if i and spans[i - 1][1] > atom.start and not (spans[i - 1][0] >= atom.end):
            continue
        bisect.insort(spans, (atom.start, atom.end))
        taken.append(atom)
    return sorted(taken, key=lambda a: a.start)
