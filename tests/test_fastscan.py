"""Scanning only where a match can start gives exactly the matches of a whole-text
scan: for every pattern of every language's scanner and date forms, on texts made of
digits, separators, clock and date words, Arabic and arbitrary characters."""

import dataclasses
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.date_words import _compile as date_word_patterns
from timeline.extract.fastscan import core_windows, finditer, required_core, start_class
from timeline.extract.patterns import compile_language
from timeline.extract.phrases import compile_phrases
from timeline.lang import SUPPORTED
from timeline.textnorm import normalize


def _patterns() -> list[re.Pattern[str]]:
    found = {}
    for code in SUPPORTED:
        for table in (compile_language(code), date_word_patterns(code)):
            for field in dataclasses.fields(table):
                value = getattr(table, field.name)
                if isinstance(value, re.Pattern):
                    found[(value.pattern, value.flags)] = value
    return list(found.values())


PATTERNS = _patterns()
SPARSE = [p for p in PATTERNS if start_class(p) is not None]
PIECES = st.sampled_from(["1", "12", "13:35", "2021", "-06-", "16", "/", ".", ":", ",", "h", " ", "  ", "\n", "p.m.",
                          "a.m.", "June", "juin", "Juni", "июня", "يونيو", "الساعة", "١٣:٣٥", "2021/06/16", "'", "’",
                          "GMT", "ET", "local time", "o'clock", "s", "th", "am", "Uhr", "ч", "م", "هـ", "×"])


def _same(text: str) -> None:
    for regex in SPARSE:
        assert [(m.span(), m.groupdict()) for m in finditer(regex, text)] == \
            [(m.span(), m.groupdict()) for m in regex.finditer(text)], (regex.pattern, text)


def test_the_digit_led_patterns_use_the_fast_scan():
    # Guards the point of the module: clock and date patterns open with a lookbehind.
    assert len(SPARSE) >= 10
    assert start_class(compile_language("en").clock) is not None


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES | st.text(max_size=3), max_size=16))
def test_fast_scan_equals_whole_scan(pieces):
    _same("".join(pieces))


def test_fast_scan_on_a_news_paragraph():
    _same("GENEVA, June 16 (Reuters) - The meeting began at 13:35 local time (1135 GMT) on 16.06.2021 "
          "and lasted until 5 p.m.; on 2021-06-16 at 9h30, 10:00:15, at 8 o'clock, in the 1990s, '98, "
          "وبدأ عند الساعة 13:35 يوم 16/6/2021، أي ١٤:٣٥ بتوقيت موسكو.")


def test_start_class_reads_the_first_characters():
    assert start_class(re.compile(r"(?<![\d.])\d{1,2}:\d\d")).match("7")
    # The leading lookbehind goes with the class: no start inside "17" or after "3.".
    assert [m.start() for m in start_class(re.compile(r"(?<![\d.])\d{1,2}:\d\d")).finditer("17 a 3.5")] == [0, 5]
    lead = re.compile(r"(?:(?P<lead>(?!))\s*)?(?<![\d,])(?<!\d/)\d+")  # past a lead that cannot match
    assert [m.start() for m in start_class(lead).finditer("1/2 3,4 5")] == [0, 4, 8]
    assert start_class(re.compile(r"(?:(?P<lead>(?!))\s*)?(?<!\d)\d+")) is not None  # a lead that cannot match
    assert start_class(re.compile(r"(?:-|\+)?\d")).match("-")
    assert start_class(re.compile(r"(?:at\s+)?\d")) is None  # a letter can start it
    assert start_class(re.compile(r"\s*\d")) is None  # so can a space
    assert start_class(re.compile(r"\d*")) is None  # the empty match
    assert start_class(re.compile(r".\d")) is None
    assert start_class(re.compile(r"(?i:x)?\d")) is None  # a group with its own flags


CORED = [(compiled.regex, compiled.core) for code in SUPPORTED for compiled in compile_phrases(code).rules
         if compiled.core is not None]
CORE_PIECES = PIECES | st.sampled_from(["1998", "the 1990s", "'90s", "fiscal", "early", "mid-", "the end of", "of",
                                        "%", "percent", "$", "'98", "March", "mars", "März", "марта", "1990er", "年",
                                        "années", "80", "s", "th", "de", "del"])


@settings(max_examples=300, deadline=None)
@given(st.lists(CORE_PIECES | st.text(max_size=3), max_size=12), st.sampled_from([" ", "", "\n"]))
def test_a_rule_matches_only_where_its_core_occurs(pieces, gap):
    text = gap.join(pieces)
    for regex, core in CORED:
        if regex.search(text):
            assert core.occurs(text), (regex.pattern, text)


def test_year_rules_have_a_core():
    names = {compiled.rule.name for compiled in compile_phrases("en").rules if compiled.core is not None}
    assert {"year", "decade", "decade-short", "year-apostrophe", "month-year"} <= names
    year = next(c for c in compile_phrases("en").rules if c.rule.name == "year")
    assert year.core.occurs("in early 1998") and not year.core.occurs("in early May")


def test_required_core_of_simple_patterns():
    core = required_core(re.compile(r"(?<!\w)(?:(?:early|late)\s+)?(?P<y>\d{4})s?(?!\w)", re.IGNORECASE))
    assert core is not None and core.occurs("x 1998") and not core.occurs("early May")
    # The words and spaces are not sparse: the rest of the sequence after them is the core.
    digits = required_core(re.compile(r"(?:early|late)\s+\d{4}"))
    assert digits.occurs("late 1998") and not digits.occurs("late 1") and not digits.occurs("early May")
    # "'98": the apostrophe after an optional word, not the two digits alone (most texts
    # have digits, few have an apostrophe right before two of them).
    apostrophe = required_core(re.compile(r"(?<!\w)(?:(?:fiscal\s+)?'(?P<y>\d\d)(?!\d|s))(?!\w)", re.IGNORECASE))
    assert apostrophe.occurs("fiscal '98") and not apostrophe.occurs("page 98")
    assert required_core(re.compile(r"(?:early|late)\s+(?:May|June)")) is None  # letters only: not sparse
    assert required_core(re.compile(r"(?P<a>\d)x(?P=a)")) is None  # a back reference
    assert required_core(re.compile(r"(?:\d\d)?abc")) is None  # the digits are optional


# Patterns whose start is not sparse but which pass, a few characters in, through a part
# that is (the Arabic clock patterns, after their optional lead "عند الساعة").
WINDOWED = [p for p in PATTERNS if start_class(p) is None and core_windows(p) is not None]
LEAD_PIECES = PIECES | st.sampled_from([
    "عند", "في", "قبل", "حوالي", "اعتبارا من", "اعتبارا  من", "تمام", "الساعة", "الساعه", "ساعة", "بالساعة",
    "وبالساعة", "فلالساعة", "ال", "ال8", "8", "20:30", "9", "صباحا", "مساء", "من", "بتوقيت", "1", "30", " ", "   ",
    "\n\n", "،", "الحافي", "عندال", "تمامالساعة", "ساعه", "الساعه 8", "الساعة 8", "8 ساعات", "عام", "العام", "لعام", "سنة", "عام 2021",
    "1442", "2021م", "1991 ميلادية"])


def test_the_arabic_clock_patterns_are_searched_near_their_digits():
    arabic = compile_language("ar")
    for regex in (arabic.clock, arabic.hour_with_period):
        windows = core_windows(regex)
        assert start_class(regex) is None and windows is not None
        assert windows.opener is not None and "الساعه" in windows.opener[0]
    assert core_windows(re.compile(r"(?:at\s+)?\d")) is None  # the lead is the pattern's own start
    assert core_windows(re.compile(r"(?:abcdefgh)\d")) is None  # too long a lead before the digit
    assert core_windows(re.compile(r"\s*x?\d")) is None  # an unbounded lead
    # An opening part is searched near its words only when they have no case (found as written).
    windows = core_windows(re.compile(r"(?:(?:عند|قبل)\s+الساعه\s*)?(?:ال)?(?<!\d)\d", re.IGNORECASE))
    assert windows is not None and windows.opener[0] == ("الساعه",) and windows.lead.fixed == 2
    assert core_windows(re.compile(r"(?:(?:at|around)\s+hour\s*)?(?<!\d)\d", re.IGNORECASE)) is None
    # Alternatives that open with a digit or hold a caseless word: "عام 2021" or "2021م".
    year = core_windows(date_word_patterns("ar").year)
    assert year is not None and year.classes and "عام" in year.words[0][0]
    assert core_windows(re.compile(r"(?:\d|x?)y")) is None  # an alternative that reads nothing


def _same_windowed(raw: str) -> None:
    text = normalize(raw)  # the scanner's patterns are matched against the normalised text
    for regex in WINDOWED:
        assert [(m.span(), m.groupdict()) for m in finditer(regex, text)] == \
            [(m.span(), m.groupdict()) for m in regex.finditer(text)], (regex.pattern, text)


@settings(max_examples=400, deadline=None)
@given(st.lists(LEAD_PIECES | st.text(max_size=3), max_size=20), st.sampled_from([" ", "", "  ", "\n"]))
def test_windowed_scan_equals_whole_scan(pieces, gap):
    _same_windowed(gap.join(pieces))


def test_windowed_scan_on_arabic_paragraphs():
    assert WINDOWED
    _same_windowed("وبدأ اللقاء عند الساعة 13:35 بالتوقيت المحلي، أي 14:35 بتوقيت موسكو، واستمر حتى الساعة 17:05. "
                   "وكان من المقرر أن يعقد بايدن مؤتمرا صحفيا اعتبارا من الساعة 8 مساء، وفي تمام الساعة 9 صباحا "
                   "يغادر. وصل الوفد الحافي الساعة 10:15 وغادر في حدود الساعة    11 ليلا، وبالساعة 5. ال8 صباحا")
    # A lead longer than its words alone: the spaces between them count too.
    _same_windowed("يبدأ البث اعتبارا   من   تمام   الساعة 8 مساء")
    _same_windowed("تأسست عام 1991 وبعام 2020 ولعام  2021، وفي 2022م وسنة 1999 ميلادية")
