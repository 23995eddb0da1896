"""Fast paths of resolving and event building give exactly what their plain formulation gives."""

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import textnorm
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


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from("أإآٱةىؤئیک٠١٩۰۹‐—−\u00a0\u3000’‘ابهيوك -'a1\u064b\u0640\u200f"),
                                  st.characters()), max_size=40))
def test_translate_replaces_like_str_translate(text):
    assert textnorm._translate(text) == text.translate(textnorm._TABLE)


# Words that open place names of several words and words that do not, glued Arabic
# prepositions, lexicon words, capitals and hyphens: the n-gram scan's hard cases.
_PLACE_PIECES = st.sampled_from([
    "في", "بمدينة", "مدينة", "عمان", "سلطنة", "جنيف", "وبجنيف", "الدار", "البيضاء", "ابو", "ظبي", "أبو", "البيت",
    "الأبيض", "الخميس", "والخميس", "بعد", "الظهر", "New", "York", "new", "Saint", "St.", "Petersburg", "Rio", "de",
    "Janeiro", "the", "Hague", "The", "Georgia", "senator", "in", "Geneva", "Nice", "Paris", "Texas", "Lebanese",
    "city", "of", "Tripoli", "Ciudad", "México", "Frankfurt", "am", "Main", "Los", "Angeles", "-", "--", ",", ".",
    "St. Petersburg", "New York", "في الدار البيضاء", "بأبو ظبي", "Rio de Janeiro", "in Los Angeles", "The Hague",
    "Ciudad de México", "Frankfurt am Main", "مدينة عمان", "البيت الأبيض", "بعد الظهر", "Ste. Foy", "Saint-Denis",
])
_PLACE_TEXTS = st.lists(st.tuples(_PLACE_PIECES, st.sampled_from([" ", " ", "-", " - ", ", ", "\n"])),
                        max_size=16).map(lambda parts: "".join(p + j for p, j in parts))


@settings(max_examples=300, deadline=None)
@given(_PLACE_TEXTS, st.sampled_from(["ar", "en", "fr"]))
def test_place_scan_skips_only_phrases_that_cannot_be_names(text, code):
    from timeline.zones import places_in_text

    starts = sentence_starts(text)
    fast = places_in_text.find_places(text, code, "d", starts)
    saved = places_in_text._may_open_phrase
    try:
        places_in_text._may_open_phrase = lambda *args: True
        plain = places_in_text.find_places(text, code, "d", starts)
    finally:
        places_in_text._may_open_phrase = saved
    assert fast == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=20), st.integers(0, 80))
def test_excluded_offsets_read_from_the_reach_of_the_spans_before(spans, offset):
    from timeline.zones.places_in_text import _excluded_reach, _in_excluded

    excluded = sorted((a, a + n) for a, n in spans)
    starts = [a for a, _ in excluded]
    # The plain reading: one of the last 8 spans starting at or before the offset holds it.
    before = [s for s in excluded if s[0] <= offset][-8:]
    assert _in_excluded(offset, starts, _excluded_reach(excluded)) == any(a <= offset < b for a, b in before)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("ab ،\u064b\u0640\u200fأإآى")))
def test_normalize_gives_the_text_of_a_normalized_copy(text):
    # order_references asks normalize() whether an order word may be there before it
    # builds the normalised copy with its offset map.
    assert textnorm.normalize(text) == NormalizedText(text).text


@settings(max_examples=300, deadline=None)
@given(st.text("ab c", max_size=30), st.lists(st.tuples(st.integers(0, 30), st.integers(0, 10)), max_size=6))
def test_blanking_spans_at_once_as_one_by_one(text, spans):
    from timeline.reconcile.places import blank_spans

    spans = [(min(a, len(text)), min(a + n, len(text))) for a, n in spans]
    plain = text
    for a, b in spans:
        plain = plain[:a] + " " * (b - a) + plain[b:]
    assert blank_spans(text, spans) == plain


def test_events_numbered_as_replace_numbers_them():
    import dataclasses
    import datetime as dt

    from timeline.model import Event
    from timeline.reconcile.ordering import _numbered

    e = Event("x", "talks", "interval", dt.datetime(2021, 6, 16, 11, 35, tzinfo=dt.UTC),
              dt.datetime(2021, 6, 16, 15, 5, tzinfo=dt.UTC), 12600.0, ("m1", "m2"), ("doc1",), "Europe/Zurich",
              ("«13:35»",), ("a note",), ("meeting",), "start", "m0", True, "place:clause", "FREQ=DAILY;COUNT=2",
              "evening")
    assert _numbered(e, "e3") == dataclasses.replace(e, id="e3")
