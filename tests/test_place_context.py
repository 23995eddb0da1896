"""Shared place names settled by context: adjectives are weak evidence, named places
stronger, and neither turns a city into a far smaller namesake."""

import timeline


def _zone_of_first_time(text: str) -> str | None:
    t = timeline.build(text, reference_date="2021-06-16")
    first = next(m for m in t.mentions if m.kind == "time")
    return t.resolved[first.id].zone


def test_american_adjective_does_not_move_geneva_to_illinois():
    text = ("عقد الرئيس الأمريكي جو بايدن والرئيس الروسي فلاديمير بوتين اليوم أول قمة بينهما في جنيف. "
            "بدأت المحادثات عند الساعة 13:35 بالتوقيت المحلي، أي 14:35 بتوقيت موسكو.")
    assert _zone_of_first_time(text) == "Europe/Zurich"
    assert not timeline.build(text, reference_date="2021-06-16").has_conflict


def test_english_american_adjective_keeps_geneva():
    text = ("The American and Russian presidents met in Geneva. "
            "Talks began at 1:35 p.m. local time, i.e. 14:35 Moscow time.")
    assert _zone_of_first_time(text) == "Europe/Zurich"


def test_adjective_still_settles_places_of_similar_size():
    text = "وصل الوفد الأردني إلى عمان عند الساعة 10:00 بالتوقيت المحلي."
    assert _zone_of_first_time(text) == "Asia/Amman"
