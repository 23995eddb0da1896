"""A caseless pattern's lowered twin (timeline.extract.caseless) finds, over the
lower-cased text, exactly the spans the pattern finds over an ASCII text; patterns for
which that does not hold have no twin."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.caseless import has_lowered_twin, lowered_twin
from timeline.extract.phrases import _anchored_patterns, compile_phrases
from timeline.lang import SUPPORTED

PATTERNS = [c.regex for code in SUPPORTED for c in compile_phrases(code).rules] + [
    regex for code in SUPPORTED for regex in _anchored_patterns(code)]
TWINNED = [(regex, lowered_twin(regex)) for regex in PATTERNS if lowered_twin(regex) is not None]
WORDS = ["The", "LAST", "week", "Three", "Hours", "ago", "March", "MAY", "1998", "'98", "the 1990s", "Monday",
         "of", "Jan.", "a", "half", "for", "TWO", "days", "Year", "end", "early", "1st", "2nd", "21ST", "quarter"]
GAPS = st.sampled_from([" ", " ", "  ", "\n", ", ", "-", "", ". "])


def _same(text: str) -> None:
    lowered = text.lower()
    for regex, twin in TWINNED:
        assert [m.span() for m in twin.finditer(lowered)] == [m.span() for m in regex.finditer(text)], \
            (regex.pattern[:80], text)


def test_most_english_patterns_have_a_twin():
    english = [c.regex for c in compile_phrases("en").rules]
    assert sum(lowered_twin(regex) is not None for regex in english) > len(english) // 2


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS) | st.text(st.characters(max_codepoint=127), max_size=3), GAPS),
                max_size=12))
def test_twin_over_lowered_text_finds_the_same_spans(pieces):
    _same("".join(word + gap for word, gap in pieces))


def test_examples():
    _same("In MARCH 1998, the 3rd of April, THREE AND A HALF HOURS later; the 1990S, Last Week, 'ninety-eight'.")


def test_patterns_that_see_case_have_no_twin():
    assert not has_lowered_twin(r"the\s+(?=(?-i:[A-Z]))\w+", re.IGNORECASE)  # a part that sees case
    assert not has_lowered_twin(r"Monday", re.IGNORECASE)  # an upper-case letter
    assert not has_lowered_twin(r"[A-Z]\d", re.IGNORECASE)
    assert not has_lowered_twin("\u212a", re.IGNORECASE)  # the Kelvin sign matches "k" caselessly
    assert not has_lowered_twin(r"monday", 0)  # not caseless: nothing to gain
    assert has_lowered_twin(r"(?<!\w)mon(?:day)?\s+[a-z0-9]+(?!\w)", re.IGNORECASE)
    # Over ASCII text, the last one is what it promises:
    text = "MONDAY Mon x1 monday."
    twin = re.compile(r"(?<!\w)mon(?:day)?\s+[a-z0-9]+(?!\w)")
    regex = re.compile(twin.pattern, re.IGNORECASE)
    assert [m.span() for m in twin.finditer(text.lower())] == [m.span() for m in regex.finditer(text)] != []
