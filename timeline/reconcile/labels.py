"""A short, readable label for an event, taken from the clause that talks about it,
in the source language ("بدء لقاء بوتين وبايدن في جنيف")."""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from timeline.extract.patterns import spaced_alternation
from timeline.extract.sentences import sentence_bounds
from timeline.model import Span
from timeline.reconcile.words import _content_words, content_words, event_nouns_in, is_stopword

# A comma between digits is a decimal mark ("بقوة 7,8 درجات", "5,9"), no break.
_CLAUSE_BREAK = re.compile(r"(?<!\d)[,،]|[,،](?!\d)|[;؛:()\[\]\"“”«»]|\s[-–—]\s")
_WORD = re.compile(r"\S+")
_MAX_WORDS = 8
_EDGE_PUNCT = " \t\n.,،;؛:!?؟-–—\"'“”«»()/"


@cache
def _mention_leads(code: str | None) -> re.Pattern[str] | None:
    """The language's words that belong with a masked mention, as the end of a piece."""
    if code is None:
        return None
    from timeline.lang import get as get_language

    lang = get_language(code)
    if not lang.mention_leads:
        return None
    # Range words go too: between two masked times "zwischen 14 und 16 Uhr" leaves nothing.
    leads = {*lang.mention_leads, *lang.range_openers, *lang.range_connectors} - {"-"}
    alternatives = spaced_alternation(leads)
    return re.compile(rf"(?<![\w])(?:{alternatives})\s*$", re.IGNORECASE)


_LEAD_REACH = 30  # characters before a mention searched for its lead words


def with_mention_leads(text: str, spans: list[Span], code: str | None) -> list[Span]:
    """``spans`` (sorted) with each one's lead words ("am", "um", "в") taken in, so that a
    label leaves them out with the mention; never reaching back into the span before."""
    leads = _mention_leads(code)
    if leads is None:
        return spans
    out: list[Span] = []
    previous_end = 0
    for start, end in spans:
        floor = max(previous_end, start - _LEAD_REACH)
        m = leads.search(text, floor, start)
        out.append((m.start(), end) if m else (start, end))
        previous_end = max(previous_end, end)
    return out


@cache
def _soft_ends(code: str | None) -> re.Pattern[str] | None:
    if code is None:
        return None
    from timeline.lang import get as get_language

    fragments = get_language(code).soft_sentence_ends
    return re.compile("|".join(f"(?:{f})" for f in fragments)) if fragments else None


def clause_spans(text: str, start: int, end: int, code: str | None = None) -> list[Span]:
    """The clauses of text[start:end]: split at commas, brackets, dashes, and at the
    language's soft sentence ends ("at 11 a.m. The service …", which the sentence
    splitter keeps together because "a.m." usually ends no sentence)."""
    return list(clauses_of(text, start, end, code))


# A sentence's clauses are asked for its label and again for each mention's clause.
@lru_cache(maxsize=256)
def clauses_of(text: str, start: int, end: int, code: str | None) -> tuple[Span, ...]:
    """``clause_spans`` as the remembered tuple itself (shared: read only, never copied)."""
    return _clause_spans(text, start, end, code)


def _clause_spans(text: str, start: int, end: int, code: str | None) -> tuple[Span, ...]:
    spans = []
    pos = start
    soft = _soft_ends(code)
    breaks = sorted(list(_CLAUSE_BREAK.finditer(text, start, end))
                    + (list(soft.finditer(text, start, end)) if soft else []), key=lambda m: m.start())
    for m in breaks:
        if m.start() < pos:
            continue
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return tuple((a, b) for a, b in spans if text[a:b].strip())


def make_label(text: str, starts: list[int], sentence: int, anchor: Span, masked: list[Span], code: str) -> str:
    """The label for an event anchored at ``anchor``, with ``masked`` spans (the time
    expressions themselves, in text order) left out."""
    s_start, s_end = sentence_bounds(text, starts, sentence)
    clauses = clauses_of(text, s_start, s_end, code)
    if not clauses:  # a "sentence" of breaks and marks only (found by the fuzz run)
        return text[anchor[0] : anchor[1]]
    home = next((i for i, (a, b) in enumerate(clauses) if a <= anchor[0] < b), 0)
    order = [home] + [i for k in range(1, len(clauses)) for i in (home - k, home + k) if 0 <= i < len(clauses)]
    texts: dict[int, str] = {}  # filled as the search reaches each clause

    def clause_text(i: int) -> str:
        if i not in texts:
            texts[i] = _unmasked(text, clauses[i], masked)
        return texts[i]

    if len(_content_words(clause_text(home), code)) >= 2:
        # The time's own clause says what happens then ("the final kicked off at 10 p.m."),
        # even when a neighbouring clause names some other event.
        return _trim(_window(text, clauses[home], anchor, masked, texts[home], code), code)
    for require_noun in (True, False):
        for i in order:
            if require_noun and not event_nouns_in(clause_text(i), code):
                continue
            words = _content_words(clause_text(i), code)
            if len(words) >= 2 or (require_noun and words):
                return _trim(_window(text, clauses[i], anchor, masked, texts[i], code), code)
    return _trim(clause_text(home), code) or text[anchor[0] : anchor[1]]


def _window(text: str, clause: Span, anchor: Span, masked: list[Span], whole: str, code: str) -> str:
    """In a long clause, the words just before the time say what happens at that time."""
    if not clause[0] <= anchor[0] < clause[1]:
        return _around_event_noun(whole, code)
    clause, whole = _joined_side(text, clause, anchor, masked, whole, code)
    before = _unmasked(text, (clause[0], anchor[0]), masked)
    if len(_WORD.findall(whole)) <= _MAX_WORDS or len(_WORD.findall(before)) < 3:
        return whole
    return " ".join(_WORD.findall(before)[-_MAX_WORDS:])


@cache
def _joiners(code: str) -> re.Pattern[str] | None:
    from timeline.lang import get as get_language

    words = get_language(code).label_clause_joiners
    if not words:
        return None
    alternatives = spaced_alternation(words)
    return re.compile(rf"\s(?:{alternatives})\s", re.IGNORECASE)


def _joined_side(text: str, clause: Span, anchor: Span, masked: list[Span], whole: str, code: str
                 ) -> tuple[Span, str]:
    """The side of a joined clause that holds the time, when the other side tells something
    at a time of its own: "The board met at 10 a.m. and the vote came two hours later"."""
    joiners = _joiners(code)
    if joiners is None:
        return clause, whole
    lo, hi = clause
    for m in joiners.finditer(text, clause[0], clause[1]):
        if any(a < m.end() and m.start() < b for a, b in masked):
            continue  # a joiner inside a time ("between 9 and 11 a.m.") joins no clauses
        left, right = (lo, m.start()), (m.end(), hi)
        own, other = (left, right) if anchor[0] < m.start() else (right, left)
        if len(content_words(_unmasked(text, own, masked), code)) < 2 \
                or not _says_something(text, other, masked, code):
            continue  # the label's side needs two words of its own: "resumed" alone says little
        if anchor[0] < m.start():
            hi = m.start()
            break
        lo = m.end()
    if (lo, hi) == clause:
        return clause, whole
    return (lo, hi), _unmasked(text, (lo, hi), masked)


def _says_something(text: str, side: Span, masked: list[Span], code: str) -> bool:
    """A time of its own and a word about it ("and closed at 5 p.m."): a clause, not the
    second name of "talks between Putin and Biden began at 13:35"."""
    return any(side[0] <= a < side[1] for a, _ in masked) and bool(content_words(_unmasked(text, side, masked), code))


def _around_event_noun(clause: str, code: str) -> str:
    """A long clause away from the time ("U.S. President Joe Biden and Russian President
    Vladimir Putin held their first summit today"): the words around its event noun."""
    words = _WORD.findall(clause)
    if len(words) <= _MAX_WORDS:
        return clause
    for i, w in enumerate(words):
        if event_nouns_in(w, code):
            lo = max(0, i - 5)
            return " ".join(words[lo : lo + _MAX_WORDS])
    return clause


def _unmasked(text: str, span: Span, masked: list[Span]) -> str:
    """The text of ``span`` without the ``masked`` spans (in text order, not nested)."""
    a, b = span
    pieces = []
    pos = a
    # Only the spans near ``span`` matter: found by bisection, since a text has
    # thousands of mentions and each label looks at a few.
    first = bisect.bisect_left(masked, (a, a))
    while first > 0 and masked[first - 1][1] > a:
        first -= 1
    for i in range(first, len(masked)):  # not masked[first:]: a copy of the tail per call
        m_start, m_end = masked[i]
        if m_start >= b:
            break
        if m_end <= a:
            continue
        m_start, m_end = _whole_words(text, m_start, m_end)
        pieces.append(text[pos : max(pos, m_start)])
        pos = max(pos, min(m_end, b))
    pieces.append(text[pos:b])
    return " ".join(" ".join(pieces).split())


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A masked span widened to the words it touches: a label never holds part of a word
    ("الختا" of "الختام"). A glued prefix ("ب" of "بساعتين") goes with its mention."""
    while start > 0 and _is_word_char(text[start - 1]) and start < len(text) and _is_word_char(text[start]):
        start -= 1
    while 0 < end < len(text) and _is_word_char(text[end]) and _is_word_char(text[end - 1]):
        end += 1
    return start, end


def _is_word_char(c: str) -> bool:
    return c.isalnum() or "\u064B" <= c <= "\u065F" or c in "\u0670\u0640"


def _trim(clause: str, code: str) -> str:
    # A lone letter at an edge is a glued prefix cut from a masked time ("ب" of "بساعتين").
    words = _WORD.findall(clause)
    while words and len(words[-1].strip(_EDGE_PUNCT)) <= 1 and not words[-1][:1].isdigit():
        words.pop()
    while words and (is_stopword(words[0].strip(_EDGE_PUNCT), code) or not words[0].strip(_EDGE_PUNCT)):
        words.pop(0)
    while words and (is_stopword(words[-1].strip(_EDGE_PUNCT), code) or not words[-1].strip(_EDGE_PUNCT)):
        words.pop()
    if len(words) > _MAX_WORDS:
        words = words[:_MAX_WORDS]
        while words and is_stopword(words[-1].strip(_EDGE_PUNCT), code):
            words.pop()
        return " ".join(words).strip(_EDGE_PUNCT) + "…"
    return " ".join(words).strip(_EDGE_PUNCT)
