"""A caseless pattern's lowered twin (timeline.extract.caseless) matches over the
lower-cased text wherever the pattern matches over an ASCII text, so that searching with
the twin and matching the pattern where it matches (``word_index.search_near``) gives
exactly the pattern's own matches; patterns for which that cannot hold have no twin."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.caseless import finditer, lowered_twin, twin_record
from timeline.extract.patterns import compile_language
from timeline.extract.phrases import _anchored_patterns, compile_phrases
from timeline.extract.word_index import search_near
from timeline.lang import SUPPORTED

PATTERNS = [c.regex for code in SUPPORTED for c in compile_phrases(code).rules] + [
    regex for code in SUPPORTED for regex in _anchored_patterns(code)]
SCANNER = [v for code in SUPPORTED for v in vars(compile_language(code)).values()
           if isinstance(v, re.Pattern) and lowered_twin(v) is not None]
TWINNED = [(regex, lowered_twin(regex)) for regex in PATTERNS if lowered_twin(regex) is not None]
WORDS = ["The", "LAST", "week", "Three", "Hours", "ago", "March", "MAY", "1998", "'98", "the 1990s", "Monday",
         "of", "Jan.", "a", "half", "for", "TWO", "days", "Year", "end", "early", "1st", "2nd", "21ST", "quarter",
         "FY", "fiscal", "Next", "next", "Christmas", "DEC.", "mid-April", "sept", "Sept.", "will", "Will", "Is",
         "is to", "PLANS TO", "plans to", "hosts", "agreed to", "Sign", "would be Leaving", "said", "Expected"]
GAPS = st.sampled_from([" ", " ", "  ", "\n", ", ", "-", "", ". "])


def _same(text: str) -> None:
    lowered = text.lower()
    for regex, twin in TWINNED:
        spans = [m.span() for m in regex.finditer(text)]
        # Wherever the pattern matches, its twin does over the lowered text.
        assert all(twin.match(lowered, start) for start, _ in spans), (regex.pattern[:80], text)
        near = search_near(regex, text, [(0, len(text))], len(text) + 1, lowered)
        assert [(m.span(), m.groupdict()) for m in near] == [(m.span(), m.groupdict()) for m in regex.finditer(text)], \
            (regex.pattern[:80], text)
    for regex in SCANNER:
        assert [(m.span(), m.groupdict()) for m in finditer(regex, text)] == \
            [(m.span(), m.groupdict()) for m in regex.finditer(text)], (regex.pattern[:80], text)


def test_most_english_rules_have_a_twin():
    english = [c.regex for c in compile_phrases("en").rules if c.regex.flags & re.IGNORECASE]
    assert sum(lowered_twin(regex) is not None for regex in english) > len(english) * 0.9


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS) | st.text(st.characters(max_codepoint=127), max_size=3), GAPS),
                max_size=12))
def test_searching_with_the_twin_gives_the_patterns_matches(pieces):
    _same("".join(word + gap for word, gap in pieces))


def test_examples():
    _same("In MARCH 1998, the 3rd of April, THREE AND A HALF HOURS later; the 1990S, Last Week, 'ninety-eight'.")
    _same("FY 1998, the end of March, the end of march, mid-December 1997, the Third Quarter, may 1990, May 1990.")


def test_twins():
    # Upper-case letters are lowered; a part that sees case is read caselessly (the twin
    # may match more: the pattern decides where it matches).
    twin = lowered_twin(re.compile(r"(?<!\w)(?:FY\s*)?(?=(?-i:[A-Z]))[A-Z][a-z]+", re.IGNORECASE))
    assert twin is not None and not twin.flags & re.IGNORECASE
    assert twin.match("fy march").span() == (0, 8) and twin.match("FY March") is None
    assert twin_record("\u212a", re.IGNORECASE) is None  # the Kelvin sign matches "k" caselessly
    assert twin_record(r"[\u0100-\u0200]x", re.IGNORECASE) is None  # holds "ı" and "ſ"
    assert twin_record(r"monday", 0) is None  # not caseless: nothing to gain
