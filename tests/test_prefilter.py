"""The phrase prefilter only ever skips a pattern that cannot match: for every phrase
rule of every language, on texts made of the rules' own words and on arbitrary text."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.phrases import compile_phrases
from timeline.extract.prefilter import may_match, required_words
from timeline.lang import SUPPORTED, get

RULES = [(code, compiled) for code in SUPPORTED for compiled in compile_phrases(code).rules]
WORDS = sorted({w for _, c in RULES for w in (c.required or ())} | {"ago", "Aug.", "AUG.", "in", "the", "two", "1998"})


def test_required_words_of_simple_patterns():
    assert required_words(r"(?:about\s+)?(?P<n>\d+)\s+years?\s+ago", re.IGNORECASE) in {("year",), ("ago",)}
    assert required_words(r"(?:last|next)\s+wk", re.IGNORECASE) == ("last", "next")
    assert required_words(r"(?:last|x)\s+week", re.IGNORECASE) == ("week",)
    assert required_words(r"Christmas", 0) == ("Christmas",)
    assert required_words(r"\d+:\d+", 0) is None
    assert required_words(r"(?:a)?b", 0) is None
    # A group with its own flags is not read: "(?i:Ago)" also matches "AGO".
    assert required_words(r"(?i:Ago)\s+\d+", 0) is None


def test_case_and_special_folds():
    words = required_words(r"ago", re.IGNORECASE)
    assert may_match(words, "two years AGO", "two years ago", True)
    # KELVIN SIGN matches "k" case-insensitively: the prefilter must not skip.
    text = "wee\u212a"
    assert re.search("week", text, re.IGNORECASE)
    assert may_match(required_words("week", re.IGNORECASE), text, text.lower(), True)


def _check(text: str) -> None:
    lowered = text.lower()
    for code, compiled in RULES:
        if not may_match(compiled.required, text, lowered, not compiled.rule.case_sensitive):
            assert compiled.regex.search(text) is None, (code, compiled.rule.name, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS) | st.text(max_size=4), max_size=12).map(" ".join))
def test_skipped_rules_never_match_made_up_text(text):
    _check(text)


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_skipped_rules_never_match_arbitrary_text(text):
    _check(text)


def test_most_rules_have_words():
    # The point of the prefilter: most rules can be skipped on most texts.
    for code in SUPPORTED:
        rules = compile_phrases(code).rules
        if len(rules) >= 10 and get(code).phrase_rules:
            assert sum(r.required is not None for r in rules) >= len(rules) // 2, code
