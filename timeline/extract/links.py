"""Connectors between mentions: where the text states that two times are one instant
("13:35 local time, i.e. 14:35 Moscow time", "10 a.m. (0900 GMT)", "أي")."""

from __future__ import annotations

from timeline.extract.patterns import compile_language
from timeline.model import TIME, Link, Mention
from timeline.textnorm import normalize

_MAX_GAP = 80  # characters; beyond that a connector joins clauses, not two readings of a time


def find_links(text: str, mentions: list[Mention]) -> list[Link]:
    links: list[Link] = []
    times = [m for m in mentions if m.kind == TIME]
    for first, second in zip(times, times[1:], strict=False):
        if first.sentence != second.sentence or first.doc != second.doc:
            continue
        gap_start, gap_end = first.span[1], second.span[0]
        if gap_end - gap_start > _MAX_GAP:
            continue
        if any(gap_start <= m.span[0] < gap_end for m in mentions if m.kind != TIME):
            continue
        gap = text[gap_start:gap_end]
        rule = _equivalence_rule(gap, first, second)
        if rule:
            links.append(Link("equals", first.id, second.id, gap.strip(), (gap_start, gap_end), rule))
    return links


def _equivalence_rule(gap: str, first: Mention, second: Mention) -> str | None:
    patterns = compile_language(second.lang)
    norm = normalize(gap)
    if patterns.equivalence.match(norm):
        return "link:connector"
    cue_a, cue_b = first.parts.zone_cue, second.parts.zone_cue
    if "(" in gap and not gap.replace("(", "").strip() and cue_b is not None:
        return "link:parenthesis"
    if cue_a and cue_b and (cue_a.kind, cue_a.value) != (cue_b.kind, cue_b.value) and patterns.weak_equivalence.match(norm):
        return "link:juxtaposed-zones"
    return None
