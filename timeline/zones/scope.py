"""How far a zone cue reaches beyond the time it is written after.

* a declaration: "All times EDT", "(all times GMT)", "جميع المواعيد بتوقيت مكة", and a
  cue standing alone in parentheses after a list ("(heure de Paris)");
* a cue shared inside one sentence: "from 10:00 to 14:00 GMT" (joined by the
  language's ``cue_sharing_connectors``), or a later time in the sentence of a cued one;
* a city heading its own time on a line: "Geneva 13:35 / Moscow 14:35".

Language-free: the words come from ``timeline.lang``; cues are parsed by the
extractor's ``match_zone_cue``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from timeline.extract.patterns import compile_language, fragments
from timeline.lang import get as get_language
from timeline.model import Mention, PlaceMention, Span, ZoneCue
from timeline.textnorm import NormalizedText

_MAX_SHARING_GAP = 60  # characters between a time and the cue that closes its sentence
_BLOCK_BREAK = re.compile(r"\n[ \t]*\n")
# Between a city and its time in a table line: spaces, a colon or a dash, no newline.
_TABLE_GAP = re.compile(r"^[ \t]*[:\-–—]?[ \t]*$")
_TABLE_END = re.compile(r"^[ \t]*(?:$|\n|[/|;,]|\s[/|;]\s)")


@dataclass(frozen=True, slots=True)
class Declaration:
    span: Span  # the declaration in the text as read
    cue: ZoneCue
    kind: str  # "declaration" (lead words) | "standalone" (a cue alone in parentheses)

    def text_of(self, text: str) -> str:
        return " ".join(text[self.span[0] : self.span[1]].split())


@dataclass(frozen=True, slots=True)
class ScopedCue:
    cue: ZoneCue | None  # the cue to resolve (None when ``place`` decides)
    place: PlaceMention | None
    rule: str
    note: str


@cache
def _declaration_pattern(lang_code: str) -> re.Pattern[str] | None:
    leads = get_language(lang_code).zone_declarations
    if not leads:
        return None
    return re.compile(rf"(?<![\w])\(?\s*{fragments(leads)}", re.IGNORECASE)


@cache
def _sharing_gap(lang_code: str) -> re.Pattern[str]:
    lang = get_language(lang_code)
    words = fragments(lang.cue_sharing_connectors + lang.clock_leads)
    return re.compile(rf"^(?:[\s,/\-–—]|(?<![\w]){words}(?![\w]))*$", re.IGNORECASE)


def find_declarations(text: str, lang_code: str, times: list[Mention]) -> list[Declaration]:
    """Zone declarations of a text, in text order."""
    from timeline.extract.scanner import match_zone_cue  # the extractor's cue grammar

    patterns = compile_language(lang_code)
    norm = NormalizedText(text)
    s = norm.text
    inside_times = _SpanIndex([m.span for m in times])
    found: list[Declaration] = []
    pattern = _declaration_pattern(lang_code)
    if pattern is not None:
        for m in pattern.finditer(s):
            cue, end = match_zone_cue(s, m.end(), patterns)
            if cue is None or _covered(norm.span_to_original(m.start(), end), inside_times):
                continue
            found.append(_declaration(norm, text, m.start(), end, cue, "declaration"))
    for m in re.finditer(r"\(", s):
        cue, end = match_zone_cue(s, m.start(), patterns)
        if cue is None or cue.span[0] != m.start():
            continue
        close = re.match(r"\s*\)", s[end:]) if s[end - 1 : end] != ")" else re.match("", "")
        if close is None:
            continue
        start, stop = norm.span_to_original(m.start(), end + close.end())
        if _covered((start, stop), inside_times) or any(d.span[0] <= start < d.span[1] for d in found):
            continue
        found.append(_declaration(norm, text, m.start(), end + close.end(), cue, "standalone"))
    return sorted(found, key=lambda d: d.span)


def _declaration(norm: NormalizedText, text: str, start: int, end: int, cue: ZoneCue, kind: str) -> Declaration:
    a, b = norm.span_to_original(start, end)
    ca, cb = norm.span_to_original(*cue.span)
    return Declaration((a, b), replace(cue, span=(ca, cb), text=text[ca:cb], rule=f"cue:{kind}"), kind)


class _SpanIndex:
    """Spans sorted by start with the running maximum of their ends: whether a span
    overlaps any of them is two bisections (a scan per declaration was quadratic)."""

    def __init__(self, spans: list[Span]) -> None:
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.max_ends: list[int] = []
        for _, b in ordered:
            self.max_ends.append(max(b, self.max_ends[-1]) if self.max_ends else b)


def _covered(span: Span, spans: _SpanIndex) -> bool:
    """Whether ``span`` overlaps one of ``spans`` (a < span end and span start < b)."""
    i = bisect.bisect_left(spans.starts, span[1])
    return i > 0 and spans.max_ends[i - 1] > span[0]


class DeclarationIndex:
    """A text's declarations (in text order, as ``find_declarations`` gives them) with
    their starts and the positions of the lead-word ones, so that the declaration
    covering a time is found by bisection instead of a scan of them all."""

    def __init__(self, declarations: Sequence[Declaration]) -> None:
        self.items = sorted(declarations, key=lambda d: d.span)
        self.starts = [d.span[0] for d in self.items]
        self.lead_word = [i for i, d in enumerate(self.items) if d.kind == "declaration"]


def declared_cue(m: Mention, declarations: Sequence[Declaration] | DeclarationIndex, text: str) -> ScopedCue | None:
    """The declaration covering an uncued time: the last declaration before it (a zone
    note in parentheses only within its own passage), else a declaration closing the
    time's passage ("…12h00 déjeuner (heure de Paris)")."""
    index = declarations if isinstance(declarations, DeclarationIndex) else DeclarationIndex(declarations)
    d = _declaration_before(m, index, text)
    if d is not None:
        return ScopedCue(d.cue, None, f"zone:declared-{d.kind}",
                         f"no zone stated; the {_what(d)} '{d.text_of(text)}' before it covers this time")
    block = _block_of(text, m.span[0])
    i = bisect.bisect_left(index.starts, m.span[1])
    if i < len(index.items) and _block_of(text, index.items[i].span[0]) == block:
        d = index.items[i]
        return ScopedCue(d.cue, None, f"zone:declared-{d.kind}",
                         f"no zone stated; the {_what(d)} '{d.text_of(text)}' closing this passage covers it")
    return None


def _declaration_before(m: Mention, index: DeclarationIndex, text: str) -> Declaration | None:
    """The last declaration ending before the time: any in its own passage, else a
    lead-word one from an earlier passage."""
    breaks = _block_break_ends(text)
    block = bisect.bisect_right(breaks, m.span[0])
    block_start = breaks[block - 1] if block else 0
    j = bisect.bisect_right(index.starts, m.span[0]) - 1
    while j >= 0 and index.items[j].span[0] >= block_start:
        if index.items[j].span[1] <= m.span[0]:
            return index.items[j]
        j -= 1
    k = bisect.bisect_right(index.lead_word, j) - 1
    while k >= 0:
        d = index.items[index.lead_word[k]]
        if d.span[1] <= m.span[0]:
            return d
        k -= 1
    return None


def _what(d: Declaration) -> str:
    return "declaration" if d.kind == "declaration" else "zone note"


def _block_of(text: str, offset: int) -> int:
    """The number of blank-line breaks before ``offset``: found once per text and
    bisected (counting from the start on every call made long texts cubic)."""
    return bisect.bisect_right(_block_break_ends(text), offset)


@lru_cache(maxsize=8)
def _block_break_ends(text: str) -> list[int]:
    return [m.end() for m in _BLOCK_BREAK.finditer(text)]


def _block_end(text: str, offset: int) -> int:
    m = _BLOCK_BREAK.search(text, offset)
    return m.start() if m else len(text)


def shared_cue(m: Mention, times: list[Mention], text: str, linked: set[str],
               places: Sequence[PlaceMention] = ()) -> ScopedCue | None:
    """A cue written once for several times of one sentence."""
    same = [t for t in times if t.sentence == m.sentence and t.doc == m.doc and t.id != m.id]
    following = next((t for t in same if t.span[0] >= m.span[1]), None)
    if following is not None and text[m.span[1] : following.span[0]].strip() in get_language(m.lang).conversion_marks:
        # "8 p.m./7 p.m. Central": the same instant on another clock, not a shared cue.
        return None
    from timeline.extract.links import (  # at module level a cycle: links → resolve → scope
        restates_after_dash,
        restates_on_named_clock,
    )

    if following is not None and restates_on_named_clock(text[m.span[1] : following.span[0]], m, following):
        return None  # "at 7 p.m., or 1 p.m. in Washington": a conversion, see restates_on_named_clock
    if following is not None and restates_after_dash(text, m, following):
        return None  # "um 20.30 Uhr mit dem Botschafter – 14.30 Uhr in Washington": a conversion too
    gap = _sharing_gap(m.lang)
    later_cued = next((t for t in same if t.span[0] >= m.span[1] and t.parts.zone_cue is not None), None)
    if later_cued is not None and later_cued.id not in linked \
            and later_cued.span[0] - m.span[1] <= _MAX_SHARING_GAP \
            and not any(p.sentence == m.sentence for p in places) \
            and not any(m.span[1] <= t.span[0] < later_cued.span[0] and t.parts.zone_cue for t in same):
        # "ouvrent à 8h00 et ferment à 19h00 heure de Paris": one cue closing the
        # sentence, and no place in it that could be another clock.
        cue = later_cued.parts.zone_cue
        return ScopedCue(cue, None, "zone:shared-cue",
                         f"no zone stated; shares the zone cue '{cue.text}' of '{later_cued.text}' later in the sentence")
    # "from 10:00 to 14:00 GMT": the next cued time, joined by connectors only.
    later = [t for t in same if t.span[0] >= m.span[1]]
    end = m.span[1]
    for t in later:
        if not gap.match(text[end : t.span[0]]):
            break
        if t.parts.zone_cue is not None:
            if t.id in linked:
                return None
            return ScopedCue(t.parts.zone_cue, None, "zone:shared-cue",
                             f"no zone stated; shares the zone cue '{t.parts.zone_cue.text}' of '{t.text}'")
        end = t.span[1]
    # A later time of the sentence keeps the clock of the cued time before it.
    earlier = [t for t in same if t.span[1] <= m.span[0] and t.parts.zone_cue is not None]
    if earlier:
        t = earlier[-1]
        if t.id in linked:
            # "1:35 p.m. (1135 GMT) and ended at 5:05 p.m.": the cued time is a conversion
            # given in passing; the sentence's own clock is its partner's.
            return None
        if any(t.span[1] <= p.span[0] < m.span[0] and p.zone for p in places):
            return None  # "…5 a.m. Moscow time, while in Washington it was 9 p.m.": that place's clock
        return ScopedCue(t.parts.zone_cue, None, "zone:sentence-cue",
                         f"no zone stated; the sentence gave '{t.parts.zone_cue.text}' for '{t.text}' before it")
    return None


def table_place(m: Mention, places: list[PlaceMention], text: str) -> ScopedCue | None:
    """"Geneva 13:35", "Moscow: 14:35", "13:35 Geneva / 14:35 Moscow": a city written
    right beside its time on one line."""
    for p in places:
        if p.zone and p.span[1] <= m.span[0] and m.span[0] - p.span[1] <= 4 \
                and _TABLE_GAP.match(text[p.span[1] : m.span[0]]):
            return ScopedCue(None, p, "zone:table-place-before",
                             f"no zone stated; the time stands beside '{p.text}' ({p.zone}) on its line")
    for p in places:
        if p.zone and p.span[0] >= m.span[1] and p.span[0] - m.span[1] <= 4 \
                and _TABLE_GAP.match(text[m.span[1] : p.span[0]]) and _TABLE_END.match(text[p.span[1] :]):
            return ScopedCue(None, p, "zone:table-place-after",
                             f"no zone stated; the time stands beside '{p.text}' ({p.zone}) on its line")
    return None
