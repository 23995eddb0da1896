"""Fast paths of resolving and event building give exactly what their plain formulation gives."""

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.sentences import sentence_bounds, sentence_starts
from timeline.lang import SUPPORTED
from timeline.reconcile import cues
from timeline.textnorm import NormalizedText

# Pieces that make end phrases of every language and break them at every edge: glued
# letters, diacritics removed by normalising, sentence ends with and without a space.
_PIECES = st.sampled_from([
    "at the end of", "at the very end of", "the meeting", "the talks", "when", "as", "they", "it", "ended",
    "were over", "at its", "close", "conclusion", "À l'issue de", "la réunion", "à la fin de", "les entretiens",
    "al final de", "la reunión", "am Ende", "der Gespräche", "по окончании", "переговоров", "في ختام", "اللقاء",
    "عند انتهاء", "المحادثات", "في ختامه", "وفي نهاية", "القمة", "ً", "\u200f", "x", ".", ". ", "\n", " ", ",",
])
_JOINTS = st.sampled_from([" ", " ", " ", "", ". ", "\n"])
TEXTS = st.lists(st.tuples(_PIECES, _JOINTS), max_size=14).map(lambda parts: "".join(p + j for p, j in parts))


def _plain_end_references(text: str, code: str) -> list:
    """``end_references`` scanning each phrase over the whole text, as before the shared scan."""
    saved = cues._end_starts
    try:
        cues._end_starts = lambda code: None
        return cues.end_references(text, code)
    finally:
        cues._end_starts = saved


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.sampled_from(sorted(SUPPORTED)))
def test_end_references_tried_where_a_phrase_starts_find_what_a_full_scan_finds(text, code):
    assert cues.end_references(text, code) == _plain_end_references(text, code)


@settings(max_examples=400, deadline=None)
@given(TEXTS, st.sampled_from(sorted(SUPPORTED)))
def test_a_sentence_ruled_out_holds_no_end_phrase(text, code):
    starts = sentence_starts(text)
    bounds = [sentence_bounds(text, starts, i) for i in range(len(starts))]
    for (a, b), may_hold in zip(bounds, cues.end_phrase_sentences(text, code, bounds), strict=True):
        if not may_hold:
            assert _plain_end_references(text[a:b], code) == []
    # Any cut, not only a sentence splitter's: a letter before the cut is the hard case.
    cuts = [(a, b) for a in range(0, len(text) + 1, 3) for b in range(a, len(text) + 1, 4)]
    for (a, b), may_hold in zip(cuts, cues.end_phrase_sentences(text, code, cuts), strict=True):
        if not may_hold:
            assert _plain_end_references(text[a:b], code) == []


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=200))
def test_to_normalized_slices_like_normalising_the_slice(text, a, b):
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    norm = NormalizedText(text)
    assert norm.text[norm.to_normalized(a):norm.to_normalized(b)] == NormalizedText(text[a:b]).text
