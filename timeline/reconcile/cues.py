"""Words around a mention that say how its event relates to others: a phase ("began",
"انتهاء"), an approximation ("around", "حوالي"), an order ("after the meeting",
"بعد اللقاء"). All the words come from the language module; this is only the reading."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from timeline.extract import regex_store
from timeline.extract.patterns import alternation
from timeline.extract.prefilter import _caseless_safe, has_ascii_folds, required_word_sets
from timeline.lang import get as get_language
from timeline.model import Mention
from timeline.reconcile.words import content_words, is_event_noun, stem
from timeline.textnorm import NormalizedText, normalize

_ARTICLES = r"(?:the|its|his|her|their|this|that|a|an)"
_DIGIT = re.compile(r"\d")
_TAIL_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _patterns(code: str) -> dict[str, re.Pattern[str]]:
    lang = get_language(code)
    glued = r"(?:[وفل]?(?:ب|ل)?(?:ال)?)?" if lang.glued_prefix else ""
    flags = re.IGNORECASE
    edge = r"(?<![^\W\d_])"
    return {
        "phase": regex_store.compile(rf"{edge}{glued}(?P<w>{alternation(lang.phase_words)})(?![^\W\d_])", flags),
        "approx": regex_store.compile(rf"{edge}{glued}(?P<w>{alternation(lang.approximate_time_words)})\s*$", flags),
        "approx_lead": regex_store.compile(rf"^\s*{glued}(?P<w>{alternation(lang.approximate_time_words)})(?![^\W\d_])",
                                  flags),
        "order_ref": regex_store.compile(
            rf"{edge}{glued}(?P<o>{alternation(lang.order_words)})(?P<tail>(?:\s+[^\W\d_][\w'’-]*){{1,4}})",
            flags),
    }


def _table(mapping, word: str):
    """The value of the key of ``mapping`` (a table of the language) that folds like ``word``."""
    return _folded_table(mapping).get(_fold(word))


def _fold(word: str) -> str:
    return " ".join(normalize(word).casefold().split())


# Language tables by id, each with the table itself (kept alive, so its id stays its own)
# and its keys folded: a match's word was compared with every key folded again.
_FOLDED_TABLES: dict[int, tuple[object, dict[str, object]]] = {}


def _folded_table(mapping) -> dict[str, object]:
    entry = _FOLDED_TABLES.get(id(mapping))
    if entry is None or entry[0] is not mapping:
        folded: dict[str, object] = {}
        for key, value in mapping.items():
            folded.setdefault(_fold(key), value)  # the first key that folds so wins, as in a scan
        entry = _FOLDED_TABLES[id(mapping)] = (mapping, folded)
    return entry[1]


def phase_in(text: str, code: str) -> str | None:
    """The last phase word ("began", "ended") in ``text``: what a time just after it marks."""
    found = None
    for m in _patterns(code)["phase"].finditer(normalize(text)):
        found = _table(get_language(code).phase_words, m.group("w"))
    return found


def first_phase_in(text: str, code: str) -> str | None:
    """The first phase word in ``text``: what an offset counts from when the words after it
    name an edge ("four hours before the starting whistle, …, the closing ceremony")."""
    m = _patterns(code)["phase"].search(normalize(text))
    return _table(get_language(code).phase_words, m.group("w")) if m else None


def approximate_word(text: str, before: str, m: Mention, code: str) -> str | None:
    """The word making a clock time approximate: just before it ("around 3 p.m.") or
    inside its own lead ("حوالي الساعة 3")."""
    from timeline.extract.links import strip_clock_lead

    pats = _patterns(code)
    rest, lead = strip_clock_lead(normalize(before[-40:]).rstrip(), code)
    hit = pats["approx"].search(rest.rstrip()) or pats["approx_lead"].match(lead)
    if hit:
        return hit.group("w")
    digits = _DIGIT.search(m.text)
    lead = normalize(m.text[: digits.start()] if digits else m.text)  # "shortly after midnight"
    hit = pats["approx_lead"].match(lead)
    return hit.group("w") if hit else None


@dataclass(frozen=True)
class OrderReference:
    direction: str  # "after" | "before"
    noun: str  # stem of the event noun
    concept: str
    span: tuple[int, int]  # offsets into the text given (caller adds its base)
    words: str


def order_references(text: str, code: str) -> list[OrderReference]:
    """ "after the meeting", "بعد اللقاء": an order word followed by an event noun."""
    lang = get_language(code)
    # Matched on the normalised copy; spans mapped back, since removed marks (the tanween
    # of "صحفيًا") shift every later offset and a span taken as is cuts words in two.
    # A whole document is normalised once for this and for its end phrases (below).
    norm = _normalized_text(text) if len(text) >= _WHOLE_TEXT else None
    if not _may_hold_order_word(normalize(text) if norm is None else norm.text, code):
        return []  # most clauses and sentences asked about hold no order word
    if norm is None:
        norm = NormalizedText(text)  # (its text is ``normalize(text)``, with a map back)
    refs = []
    for m in _patterns(code)["order_ref"].finditer(norm.text):
        # The first event noun within a few words after the order word is the event it
        # names ("after a colourful opening ceremony"); a clause break ends the search.
        pos = m.start("tail")
        for w in _TAIL_WORD.finditer(m.group("tail")):
            noun = stem(w.group(), code)
            if not is_event_noun(noun, code):
                continue
            direction = _table(lang.order_words, m.group("o"))
            if direction in ("after", "before"):
                start, end = norm.span_to_original(m.start(), pos + w.end())
                refs.append(OrderReference(direction, noun, concept_of(noun, code), (start, end),
                                           text[start:end]))
            break
    return refs


def _may_hold_order_word(normalised: str, code: str) -> bool:
    """Whether a normalised text holds the first word of one of the language's order words,
    as every match of ``order_ref`` does (the words' alternation spells each word as
    normalised, lower-cased, with any run of spaces between its words)."""
    openers = _order_word_openers(code)
    if openers is None or has_ascii_folds(normalised):
        return True
    lowered = normalised.lower()
    for word in openers:  # a loop, not a generator: asked per clause
        if word in lowered:
            return True
    return False


@cache
def _order_word_openers(code: str) -> tuple[str, ...] | None:
    """The first word of each order word, lower-cased; None when one has a letter whose
    case-insensitive matches ``lower()`` does not all give (then no word is looked for)."""
    openers = set()
    for word in get_language(code).order_words:
        pieces = normalize(word).split()
        if not pieces:
            continue
        if not _caseless_safe(pieces[0]):
            return None
        openers.add(pieces[0].lower())
    return tuple(sorted(openers))


@dataclass(frozen=True)
class EndReference:
    """ "at the end of the meeting", "في ختامه": what follows happens at an event's end."""

    concept: str | None  # the event named; None: the event just told ("when it ended")
    span: tuple[int, int]  # offsets into the text given
    words: str


_EVENT_SLOT = "{event}"
_EVENT_WORDS = r"(?P<event>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3})"


_END_EDGE = r"(?<![^\W\d_])"


def _end_bodies(code: str, event_words: str) -> list[tuple[str, bool]]:
    """Each end phrase of the language as a pattern after its left edge, with whether it
    has an event slot (filled with ``event_words``)."""
    lang = get_language(code)
    glued = r"(?:[وفل]?(?:ب|ل)?)?" if lang.glued_prefix else ""
    out = []
    for phrase in lang.event_end_phrases:
        body = phrase.replace(" ", r"\s+").replace(_EVENT_SLOT.replace(" ", r"\s+"), event_words)
        out.append((rf"{glued}(?:{body})(?![^\W\d_])", _EVENT_SLOT in phrase))
    return out


@cache
def _end_patterns(code: str) -> list[tuple[re.Pattern[str], bool]]:
    """Each end phrase of the language compiled, with whether it has an event slot."""
    return [(re.compile(_END_EDGE + body, re.IGNORECASE), slotted)
            for body, slotted in _end_bodies(code, _EVENT_WORDS)]


@cache
def _end_starts(code: str) -> re.Pattern[str] | None:
    """One pattern whose (empty) matches are exactly the positions where one of the end
    phrases matches: each phrase pattern opens with a lookbehind, so ``re`` tries it at
    every position of the text, and six of them cost more than the rest of the event
    building; one scan for all of them, then each is tried only where one matches.
    None when the phrases cannot be put in one pattern (their own named groups)."""
    bodies = [body for body, _ in _end_bodies(code, _EVENT_WORDS.replace("(?P<event>", "(?:"))]
    if not bodies:
        return None
    try:
        starts = regex_store.compile(_END_EDGE + "(?=" + "|".join(f"(?:{b})" for b in bodies) + ")",
                                     re.IGNORECASE)
    except re.error:
        return None
    # Each phrase must consume text (the positions found are where a match starts; an
    # empty match would make ``finditer`` resume differently).
    return starts if all(p.match("") is None for p, _ in _end_patterns(code)) else None


def _matches_at(pattern: re.Pattern[str], text: str, positions: list[int]) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` when ``positions`` holds every position it can match at:
    the first match at or after where the last one ended, as ``finditer`` takes them
    (``match`` at a position sees the text before it, so the lookbehind reads as in a search)."""
    found = []
    end = 0
    for at in positions:
        if at < end:
            continue
        m = pattern.match(text, at)
        if m is not None:
            found.append(m)
            end = m.end()
    return found


@cache
def _end_word_sets(code: str) -> list[tuple[tuple[str, ...], ...]]:
    """Per end phrase, the word sets each of its matches has a member of (``prefilter``)."""
    return [required_word_sets(pattern.pattern, pattern.flags) for pattern, _ in _end_patterns(code)]


def end_phrases_possible(text: str, code: str) -> tuple[bool, ...] | None:
    """Per end phrase of the language, whether ``text`` holds a word of each set the
    phrase needs; None when that cannot be told (a character caseless matching folds
    otherwise than ``lower()``). Normalising and lower-casing work character by
    character, so a phrase impossible in a whole text is impossible in each sentence:
    a caller scanning every sentence asks this once for the text."""
    lowered = _lowered_for_words(_normalized_text(text).text)
    if lowered is None:
        return None
    return tuple(_has_words(lowered, word_sets) for word_sets in _end_word_sets(code))


# A document's text is looked at whole three times while its events are built (the end
# phrases it can hold, the sentences they may be in, their spans): normalised once.
_normalized_text = lru_cache(maxsize=4)(NormalizedText)
# A text this long is a document (or most of one), normalised through ``_normalized_text``;
# clauses and sentences are normalised as they come, not kept.
_WHOLE_TEXT = 1000

_LETTER = re.compile(r"[^\W\d_]", re.IGNORECASE)


def end_phrase_sentences(text: str, code: str, bounds: list[tuple[int, int]]) -> list[bool]:
    """Per sentence (its bounds in ``text``), whether an end phrase may match in the
    sentence read alone (False: ``end_references`` of it finds nothing). The whole text
    is normalised once and each sentence's part of it searched with that part's end as
    the string's end; only a letter right before a sentence could make a phrase at its
    start match alone but not in the text, and such a sentence is always scanned."""
    starts = _end_starts(code)
    if starts is None:
        return [True] * len(bounds)
    norm = _normalized_text(text)
    # Where a phrase can start in the whole text, found in one scan (a search per sentence
    # tried every position of the text once more). A search cut at a sentence's end
    # differs from the whole text's only for a match ending right at the cut (a lookahead
    # there sees the end of the string): when the sentence's last character is no space
    # (or a phrase may end in one), the sentence is searched alone as before.
    positions = _end_start_positions(norm.text, code)
    tail_matters = _end_phrase_may_end_in_space(code)
    size = len(norm.text)
    out = []
    for a, b in bounds:
        na, nb = norm.to_normalized(a), norm.to_normalized(b)
        if na > 0 and _LETTER.match(norm.text, na - 1) is not None:
            out.append(True)
            continue
        first = bisect.bisect_left(positions, na)
        if first < len(positions) and positions[first] < nb:
            out.append(True)
        elif nb < size and nb > na and (tail_matters or not norm.text[nb - 1].isspace()):
            out.append(starts.search(norm.text, na, nb) is not None)
        else:
            out.append(False)
    return out


@lru_cache(maxsize=8)
def _end_start_positions(normalized: str, code: str) -> list[int]:
    """Where ``_end_starts`` matches in a normalised text (shared: treat as read-only)."""
    starts = _end_starts(code)
    return [m.start() for m in starts.finditer(normalized)] if starts is not None else []


@cache
def _end_phrase_may_end_in_space(code: str) -> bool:
    """Whether an end phrase of the language may end with white space (its last word is a
    word in every phrase written so far)."""
    return any(phrase != phrase.rstrip() or phrase.rstrip(")?*+").endswith(("\\s", "\\S", "."))
               for phrase in get_language(code).event_end_phrases)


def _lowered_for_words(normalised: str) -> str | None:
    return None if has_ascii_folds(normalised) else normalised.lower()


def _has_words(lowered: str, word_sets: tuple[tuple[str, ...], ...]) -> bool:
    # Loops, not generators: asked per sentence and phrase, the generator frames cost more than the lookups.
    for words in word_sets:
        for word in words:
            if word in lowered:
                break
        else:
            return False
    return True


def end_references(text: str, code: str, possible: tuple[bool, ...] | None = None) -> list[EndReference]:
    """The end phrases of ``text``: with an event slot, the first event noun among its
    words names the event (no event noun: no reference — "at the end of the day");
    without one, the phrase names the event just told. ``possible`` is
    ``end_phrases_possible`` of a text this one is part of: the phrases it rules out are
    not looked for."""
    norm = _normalized_text(text)  # matched normalised, spans mapped back to the text
    refs = []
    taken: list[tuple[int, int]] = []
    lowered = _lowered_for_words(norm.text)
    starts_pattern = _end_starts(code)
    positions: list[int] | None = None
    for k, ((pattern, slotted), word_sets) in enumerate(zip(_end_patterns(code), _end_word_sets(code), strict=True)):
        if possible is not None and not possible[k]:
            continue
        # Most sentences lack a word the phrase cannot match without: not scanned.
        if lowered is not None and not _has_words(lowered, word_sets):
            continue
        if starts_pattern is None:
            matches: Iterable[re.Match[str]] = pattern.finditer(norm.text)
        else:
            if positions is None:
                positions = _end_start_positions(norm.text, code)
            matches = _matches_at(pattern, norm.text, positions)
        for m in matches:
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if not slotted:
                start, end = norm.span_to_original(*m.span())
                refs.append(EndReference(None, (start, end), text[start:end]))
                taken.append(m.span())
                continue
            pos = m.start("event")
            for w in re.finditer(r"[^\W\d_][\w'’-]*", m.group("event")):
                noun = stem(w.group(), code)
                if is_event_noun(noun, code):
                    # The phrase ends at the event noun, or at the words after the slot.
                    end = max(pos + w.end(), m.end() if m.end("event") < m.end() else pos + w.end())
                    taken.append((m.start(), end))
                    start, end = norm.span_to_original(m.start(), end)
                    refs.append(EndReference(concept_of(noun, code), (start, end), text[start:end]))
                    break
    return sorted(refs, key=lambda r: r.span)


@cache
def _concepts(code: str) -> dict[str, str]:
    return {stem(k, code): v for k, v in get_language(code).event_concepts.items()}


def concept_of(noun_stem: str, code: str) -> str:
    """The cross-language concept of an event noun, else the noun itself."""
    table = _concepts(code)
    if noun_stem in table:
        return table[noun_stem]
    if noun_stem.endswith("ا") and noun_stem[:-1] in table:
        return table[noun_stem[:-1]]
    return f"{code}:{noun_stem}"


def concepts_in(text: str, code: str) -> set[str]:
    from timeline.reconcile.words import event_nouns_in

    return {concept_of(n, code) for n in event_nouns_in(text, code)}


def shared_content(a: str, b: str, code_a: str, code_b: str) -> set[str]:
    if code_a != code_b:
        return set()
    return set(content_words(a, code_a)) & set(content_words(b, code_b))
