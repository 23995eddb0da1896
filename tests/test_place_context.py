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


def _places(text: str, lang: str = "en"):
    from timeline.extract.sentences import sentence_starts
    from timeline.zones.places_in_text import find_places

    return find_places(text, lang, "d", sentence_starts(text))


def test_country_next_to_a_shared_name_settles_it_whatever_the_sizes():
    # Each pair: the reading next to its country, against a larger namesake elsewhere.
    cases = [("Officials met in the Lebanese city of Tripoli.", "Tripoli", "LB", "en"),
             ("وصل الوفد إلى مدينة طرابلس اللبنانية.", "طرابلس", "LB", "ar"),
             ("The storm hit Saint Petersburg, Florida, overnight.", "Saint Petersburg", "US", "en"),
             ("The rally was held in Paris, Texas, on Saturday.", "Paris", "US", "en"),
             ("The meeting took place in Alexandria, Virginia.", "Alexandria", "US", "en"),
             ("Protests spread to Valencia, Spain.", "Valencia", "ES", "en"),
             ("Protests spread to Córdoba, Spain.", "Córdoba", "ES", "en")]
    for text, name, country, lang in cases:
        found = {p.text: p for p in _places(text, lang)}
        assert found[name].country == country, (text, found[name])
        assert found[name].settled_by and "next to it" in found[name].settled_by


def test_without_a_country_next_to_it_the_larger_place_stays():
    found = {p.text: p for p in _places("Officials met in Tripoli on Monday.")}
    assert found["Tripoli"].country == "LY" and found["Tripoli"].settled_by is None


def test_a_country_beyond_a_sentence_break_is_not_next_to_it():
    found = {p.text: p for p in _places("Officials met in Tripoli. Spain sent a delegation.")}
    assert found["Tripoli"].country == "LY"
