"""Phrase rules and the scanner's word-led patterns searched only near their anchor words (timeline.extract.anchors,
timeline.extract.word_index) give exactly the matches of a whole-text scan, rule by
rule, for every language; and the word index finds what ``str.find`` finds."""

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.anchors import ENDS, STARTS, anchors_of
from timeline.extract.phrases import _anchored_patterns, _rule_matches, anchored_finditer, compile_phrases
from timeline.extract.windows import parse
from timeline.extract.word_index import Vocabulary, WordIndex, key_of, search_near
from timeline.lang import SUPPORTED

TABLES = [compile_phrases(code) for code in SUPPORTED]
WORDS = sorted({w if isinstance(w, str) else w[0] for t in TABLES for c in t.rules for keys, _, _ in c.anchors for w in keys}
               | {k if isinstance(k, str) else k[0] for t in TABLES for anchors, _ in (t.anchored or {}).values()
                  for keys, _, _ in anchors for k in keys}
               | {"Two", "three", "1998", "'98", "1990s", "in", "The", "of", "days", "a", "-", ",", ".", "May", "March"})
GAPS = st.sampled_from([" ", " ", " ", "  ", "\n\n", " \t  \n   ", "-", "", "x", "ing "])


def _same(text: str) -> None:
    for tables in TABLES:
        near = [(c.rule.name, m.span(), m.groupdict()) for c, m in _rule_matches(text, tables)]
        whole = [(c.rule.name, m.span(), m.groupdict()) for c in tables.rules for m in c.regex.finditer(text)]
        assert near == whole, (tables.code, text)
        for regex in _anchored_patterns(tables.code):
            found = anchored_finditer(regex, text, tables.code)
            near = [(m.span(), m.groupdict()) for m in (found if found is not None else regex.finditer(text))]
            assert near == [(m.span(), m.groupdict()) for m in regex.finditer(text)], (tables.code, regex.pattern[:60], text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS) | st.text(max_size=3), GAPS), max_size=14))
def test_matches_near_anchors_equal_whole_scan(pieces):
    _same("".join(word + gap for word, gap in pieces))


def test_examples_with_long_runs_and_case():
    _same("It happened three" + " " * 40 + "years\n\n\n\n  ago, and two days later, last week, every Monday.")
    _same("In MARCH 1998, the 3rd of April and the day before; Christmas Eve, the year-ago quarter, the 1990s.")
    _same("the " * 50 + "the twenty-first of March, 'the 21st' twenty years ago")


def test_tree_of_words_gives_its_words_again():
    # A prefix tree ("word_trie") is read as the words it spells, with where they start.
    pattern = r"(?<![\w])(?:the\s+(?:j(?:an(?:uary)?|u(?:ne|ly))))(?![\w])"
    anchors = anchors_of(parse(pattern, re.IGNORECASE), re.IGNORECASE)
    # "the" opens the match and stands alone (the lookbehind before it, "\\s" after it).
    assert (("the",), 0, 0, STARTS | ENDS) in anchors
    assert (("jan", "january", "july", "june"), 3, 1, STARTS | ENDS) in anchors


def test_word_index_finds_what_find_finds():
    words = ["the", "he", "there", "ana", "aug.", "year's"]
    vocabulary = Vocabulary(key_of(word, edges)[0] for word in words for edges in (0, STARTS, ENDS, STARTS | ENDS))
    text = "there the other. aug. the year's banana theft"
    index = WordIndex(text, vocabulary)
    for word in words:
        for edges in (0, STARTS, ENDS, STARTS | ENDS):
            key, offset = key_of(word, edges)
            found = [m.start() for m in re.finditer(f"(?=({re.escape(word)}))", text)]
            if edges & STARTS:
                found = [at for at in found if at == 0 or not text[at - 1].isalnum()]
            if edges & ENDS:
                found = [at for at in found if not text[at + len(word):at + len(word) + 1].isalnum()]
            # Every occurrence at those edges is found (a word with other characters by
            # its run of word characters, ``offset`` in, which may occur alone too).
            starts = [at - offset for at in index.starts([key])]
            assert set(found) <= set(starts), (word, edges)
            if key == word or key == (word, edges):
                assert starts == found


def test_lowering_keeps_word_characters_apart():
    # word_index reads the lower-cased text's runs of word characters as the text's own.
    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        lowered = ch.lower()
        if lowered != ch and len(lowered) == 1:
            assert bool(word.match(ch)) == bool(word.match(lowered)), hex(code)


def test_search_near_resumes_after_each_match_as_finditer_does():
    regex = re.compile(r"(?<![\w])ab(?:\s+ab)*(?![\w])")
    text = "ab ab  ab x ab"
    windows = [(m.start(), m.start()) for m in re.finditer("ab", text)]
    assert [m.span() for m in search_near(regex, text, windows, 40)] == [m.span() for m in regex.finditer(text)]


def test_stored_readings_are_plain_data():
    # regex_store keeps the shapes and anchors with marshal (a RegexFlag in a record made
    # scripts/build_regex_store.py fail).
    import marshal

    for tables in TABLES:
        for compiled in tables.rules:
            if compiled.shape is not None:
                marshal.dumps(compiled.shape.to_data())
            marshal.dumps(compiled.anchors)
