"""A country named right after a dateline's dash ("PARIS (AP) — In Texas, …") is the story's
first place, not a qualifier of the dateline: the dateline keeps its own (largest) reading,
while "Paris, Texas —" and "TRIPOLI, Lebanon (AP) —" are still settled by the country."""

import pytest

from timeline.zones.places_in_text import find_places


@pytest.mark.parametrize("text, name, country", [
    ("PARIS (AP) — In Texas, storms had passed by then.", "PARIS", "FR"),
    ("BERLIN (dpa) - In New York begann die Sitzung.", "BERLIN", "DE"),
    ("Paris, Texas — The mayor spoke on Monday.", "Paris", "US"),
    ("TRIPOLI, Lebanon (AP) — Clashes began on Monday.", "TRIPOLI", "LB"),
])
def test_a_place_after_the_dateline_dash_does_not_settle_it(text, name, country):
    lang = "de" if "begann" in text else "en"
    places = {p.text: p for p in find_places(text, lang, "doc", [0])}
    assert places[name].country == country
