"""Fast paths of the pipeline give exactly what their plain formulation gives."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Resolved
from timeline.reconcile.hints import conversion_seasons
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
