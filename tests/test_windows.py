"""Windowed phrase matching gives exactly the matches of a whole-text scan: for every
phrase rule of every language, on texts made of the rules' own words, long blank runs
and arbitrary text."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.phrases import compile_phrases
from timeline.extract.windows import TextIndex, finditer
from timeline.lang import SUPPORTED

RULES = [rule for code in SUPPORTED for rule in compile_phrases(code).rules]
WORDS = sorted({w for c in RULES for w in (c.required or ())}
               | {"two", "three", "1998", "in", "the", "of", "days", "years", "a", "-", ",", "."})
GAPS = st.sampled_from([" ", " ", " ", "  ", "\n\n", " \t  \n   ", "-", ""])


def _same(text: str) -> None:
    lowered = text.lower()
    index = TextIndex(text, lowered)
    for compiled in RULES:
        if not index.aligned:
            break
        ignore_case = not compiled.rule.case_sensitive
        whole = [(m.span(), m.groupdict()) for m in compiled.regex.finditer(text)]
        windowed = [(m.span(), m.groupdict()) for m in finditer(compiled.regex, compiled.required, ignore_case, index)]
        assert windowed == whole, (compiled.rule.name, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS) | st.text(max_size=3), GAPS), max_size=14))
def test_windowed_matches_equal_whole_scan(pieces):
    _same("".join(word + gap for word, gap in pieces))


def test_windowed_matches_with_long_blank_runs():
    _same("It happened three" + " " * 40 + "years\n\n\n\n  ago, and two days later, last week, every Monday.")
    _same("two years ago " * 30 + "three    months later")


def test_unboundable_pattern_is_scanned_whole():
    pattern = re.compile(r"(?<![\w])(?:(?:ab\s)+ago)(?![\w])", re.IGNORECASE)
    text = "ab ab ab ago x ab ago"
    index = TextIndex(text, text.lower())
    assert [m.span() for m in finditer(pattern, ("ago",), True, index)] == [m.span() for m in pattern.finditer(text)]


def test_letters_that_match_caselessly_but_lower_apart():
    # Case-insensitive matching takes "ı" for "i", "ſ" for "s" and the old Cyrillic letter
    # forms ("ᲁ" for "д") although lower() keeps them: the required word is not in the
    # lowered text, yet the rule matches (hypothesis draws "ı", a literal in zones.normalize).
    for text in ("at mıdnight", "every ſummer", "в четверг \u1c81нем", "in the wınter of 1998"):
        _same(text)
