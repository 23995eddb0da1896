"""A place cue ending the text: its sentence's full stop and the file's last line break are
not part of the mention (a file's text usually ends with '.\n')."""

import pytest

import timeline


@pytest.mark.parametrize("text, expected", [
    ("The summit opens at 7 p.m. in Washington.\n", "7 p.m. in Washington"),
    ("The summit opens at 7 p.m. in Washington.", "7 p.m. in Washington"),
    ("Le sommet s'ouvre à 19 heures à Paris.\n\n", "19 heures à Paris"),
])
def test_place_cue_stops_before_the_full_stop(text, expected):
    mentions = timeline.build(text, reference_date="2025-06-16").mentions
    assert [m.text for m in mentions] == [expected]
    assert text[mentions[0].span[0]:mentions[0].span[1]] == expected
