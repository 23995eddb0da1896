"""Searches that start near the end of a stretch (a clock lead ending where a time
starts) or only at numbers (out-of-range clock shapes) find what a search of every
position finds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.extract.impossible_times import _OUT_OF_RANGE, _out_of_range_in
from timeline.extract.links import _relation_patterns, strip_clock_lead
from timeline.lang import SUPPORTED, get

LEAD_WORDS = sorted({w for code in SUPPORTED for w in (*get(code).clock_leads, *get(code).weak_clock_leads)
                     if isinstance(w, str) and "\\" not in w and "(" not in w})
PIECES = st.sampled_from([*LEAD_WORDS, "عند", "الساعه", "تمام", "اعتبارا", "من", "at", "um", "à", "a las", " ",
                          "   ", "\n", "\n\n", ",", "x", "8", "25:70", "9:75", "24:15", "13:35", "١٣:٦٥", "ال"])


def _whole(before: str, code: str) -> tuple[str, str]:
    hit = _relation_patterns(code)["lead_tail"].search(before)
    if not hit or not hit.group().strip():
        return before, ""
    return before[: hit.start()], hit.group()


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES | st.text(max_size=3), max_size=14), st.sampled_from([" ", "", "  "]))
def test_lead_at_the_end_is_found_as_a_whole_search_finds_it(pieces, gap):
    before = gap.join(pieces)
    for code in SUPPORTED:
        assert strip_clock_lead(before, code) == _whole(before, code), (code, before)


def test_lead_after_a_long_stretch():
    long = "كلام " * 400
    for before in (long + "عند الساعه", long + "اعتبارا   من   تمام الساعه  ", long + "at", long + "at\n", "at"):
        for code in SUPPORTED:
            assert strip_clock_lead(before, code) == _whole(before, code)
    assert strip_clock_lead(long + "عند الساعه", "ar")[1] == "عند الساعه"


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES | st.text(max_size=3), max_size=14))
def test_out_of_range_shapes_found_at_numbers_as_anywhere(pieces):
    text = "".join(pieces)
    assert _out_of_range_in(text) == (_OUT_OF_RANGE.search(text) is not None), text
