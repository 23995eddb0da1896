"""Fast paths of the pipeline give exactly what their plain formulation gives."""

import datetime as dt
import re
from dataclasses import fields

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.extract.links import _direction_value, _relation_patterns, sequel_phrase
from timeline.extract.prefilter import never_matches
from timeline.lang import SUPPORTED
from timeline.lang import get as get_language
from timeline.model import Resolved
from timeline.reconcile.hints import conversion_seasons
from timeline.textnorm import NormalizedText, normalize
from timeline.zones.places_in_text import _sentence_initial

TEXT = st.text(alphabet=st.sampled_from("ab .!?\n\t:;—–-\"“«(\u00a0\u2003\u3000x"), max_size=30)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.integers(min_value=0, max_value=31))
def test_sentence_initial_walks_back_like_rstrip(text, start):
    start = min(start, len(text))
    before = text[:start].rstrip()
    assert _sentence_initial(text, start) == (not before or before[-1] in ".!?\n:;—–-\"“«(")


def test_conversion_seasons_tell_ambiguous_wall_times_apart():
    # 02:30 on 2021-10-31 exists twice in Europe/Zurich: the remembered answer for one
    # reading must not be handed out for the other.
    def seasons(fold):
        local = dt.datetime(2021, 10, 31, 2, 30, fold=fold)
        return conversion_seasons(Resolved("a", zone="Europe/Zurich", local=local),
                                  Resolved("b", zone="Europe/Moscow", local=local + dt.timedelta(hours=1)))
    first, second = seasons(0), seasons(1)
    assert first.clock.fold == 0 and second.clock.fold == 1
    assert seasons(0) is first


def test_never_matches_reads_required_parts_only():
    assert never_matches(r"(?!)")
    assert never_matches(r"(?<!\w)(?:(?!))\s+x", re.IGNORECASE)
    assert never_matches(r"a(?:b|(?!)c)(?:(?!)|(?!)d)")
    assert never_matches(r"(?:x(?!)){2,5}")
    assert never_matches(r"(?=(?!)a)b") and never_matches(r"(?<!)a")
    assert not never_matches(r"(?:(?!)|a)b")
    assert not never_matches(r"(?:(?!))?a")
    assert not never_matches(r"(?:(?!)x)*a")
    assert not never_matches(r"(?!a)b")
    assert not never_matches(r"[")  # unreadable: run it


_FRAGMENTS = st.sampled_from(["a", "b", r"\d", r"\s+", "(?!)", "(?<!)", "(?!a)", "(?=b)", "(?:", ")", "|", "?", "*",
                              "+", "{2}", "(?<![\\w])"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=12), st.text(alphabet="ab1 \n", max_size=20))
def test_a_pattern_said_never_to_match_matches_nothing(fragments, text):
    pattern = "".join(fragments)
    try:
        regex = re.compile(pattern)
    except re.error:
        return
    if never_matches(pattern):
        assert regex.search(text) is None


def test_skipped_date_forms_find_nothing():
    # The date forms a language has no words for are skipped; scanned, they find nothing.
    from timeline.extract.date_words import _can_match, _compile

    text = "On 16 June 2021, the year 2021, 1442 AH, last week, Friday next, tomorrow morning, 2021/06/16."
    for code in SUPPORTED:
        patterns = _compile(code)
        for field in fields(patterns):
            regex = getattr(patterns, field.name)
            if isinstance(regex, re.Pattern) and not _can_match(regex):
                assert regex.search(text) is None and regex.search(text.lower()) is None


_SEQUEL_WORDS = sorted({w for code in SUPPORTED for w in get_language(code).sequel_days}
                       | {"The", "NEXT", "day", "after", "اليوم", "وفي", "le", "lendemain", "1998", ","})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_SEQUEL_WORDS) | st.text(max_size=3), max_size=8),
       st.sampled_from(SUPPORTED))
@example(["\xad", "اليوم التالي"], "ar")  # normalising removes the soft hyphen: offsets shift
def test_sequel_phrase_prefilter_keeps_every_hit(words, code):
    text = " ".join(words)
    hit = _relation_patterns(code)["sequel"].search(normalize(text))
    value = _direction_value(get_language(code).sequel_days, hit.group("w")) if hit else None
    # sequel_phrase gives its span in the text as given: a removed mark (a soft hyphen) shifts it.
    span = NormalizedText(text).span_to_original(*hit.span()) if hit else None
    assert sequel_phrase(text, code) == ((value, span) if value else None)
