"""Fast paths of extraction and resolution give exactly what their plain formulation gives."""

import re
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract import sentences
from timeline.extract.tense import _with_tense_parts
from timeline.lang import SUPPORTED
from timeline.lang import get as get_language
from timeline.model import Parts
from timeline.resolve.resolver import _bound_words_before

_PLAIN_LAST_WORD = re.compile(r"(\S+)$")


def _plain_last_word(text: str, end: int) -> str:
    window_start = max(0, end - 64)
    word = _PLAIN_LAST_WORD.search(text, window_start, end)
    if word is None:
        return ""
    start = word.start(1)
    if start == window_start:
        while start > 0 and not text[start - 1].isspace():
            start -= 1
    return text[start:end]


# Letters, marks, every kind of white space (a final line break is where "$" also matches).
_PIECES = st.sampled_from(["a", "b", ".", "U.S.", " ", "\n", "\t", "\u00a0", "\u2003", "\x1c", "\x85", "é", "x" * 70])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12))
def test_last_word_is_the_last_run_without_space(pieces):
    text = "".join(pieces)
    for end in range(len(text) + 1):
        assert sentences._last_word(text, end) == _plain_last_word(text, end), (text, end)


@given(st.sampled_from(["future", "past"]), st.none() | st.text(max_size=5), st.booleans(),
       st.builds(Parts, hour=st.none() | st.integers(0, 23), month=st.none() | st.integers(1, 12),
                 tense=st.none() | st.just("past"), past_stated=st.booleans()))
def test_tense_parts_copy_is_replace(tense, cue, past_stated, parts):
    assert _with_tense_parts(parts, tense, cue, past_stated) == replace(
        parts, tense=tense, tense_cue=cue, past_stated=past_stated)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(SUPPORTED)), st.data())
def test_bound_words_in_one_pattern_find_what_a_search_per_word_finds(code, data):
    lang = get_language(code)
    words = [w for w in lang.range_connectors_strong if any(c.isalpha() for c in w)]
    glue = lang.glued_conjunctions
    before = data.draw(st.lists(st.sampled_from([*words, *lang.range_connectors_strong, " ", "(", "x", "و", "ت"]),
                                max_size=5).map("".join))
    plain = any(re.search(rf"(?:^|[\s(])(?:{glue})?{re.escape(w)}$" if glue else rf"(?:^|[\s(]){re.escape(w)}$",
                          before, re.IGNORECASE) for w in words)
    pattern = _bound_words_before(code)
    assert (pattern is not None and pattern.search(before) is not None) == plain
