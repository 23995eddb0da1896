"""A place cue ending the text: its sentence's full stop and the file's last line break are
not part of the mention (a file's text usually ends with '.\n')."""

import pytest

import timeline


@pytest.mark.parametrize("text, expected", [
    ("The summit opens at 7 p.m. in Washington.\n", "7 p.m. in Washington"),
    ("The summit opens at 7 p.m. in Washington.", "7 p.m. in Washington"),
    ("Le sommet s'ouvre à 19 heures à Paris.\n\n", "19 heures à Paris"),
    # A zone's CLDR name ("heure de Moscou") ending the text before its line break.
    ("Il parlera à 20h30 heure de Moscou.\n", "20h30 heure de Moscou"),
    ("La cita es a las 14:00 hora de Madrid.\n", "14:00 hora de Madrid"),
])
def test_place_cue_stops_before_the_full_stop(text, expected):
    mentions = timeline.build(text, reference_date="2025-06-16").mentions
    assert [m.text for m in mentions] == [expected]
    assert text[mentions[0].span[0]:mentions[0].span[1]] == expected


@pytest.mark.parametrize("text, lang, expected_zone, expected_utc", [
    ("PUTIN WILL HOLD A NEWS CONFERENCE AT 8:30 P.M. MOSCOW TIME.", "en", "Europe/Moscow", "17:30"),
    ("THE VOTE IS AT 9 A.M. IN MOSCOW.", "en", "Europe/Moscow", "06:00"),
    ("POUTINE TIENDRA UNE CONFÉRENCE DE PRESSE À 20H30 HEURE DE MOSCOU.", "fr", "Europe/Moscow", "17:30"),
    ("PUTIN GIBT UM 20.30 UHR MOSKAUER ZEIT EINE PRESSEKONFERENZ.", "de", "Europe/Moscow", "17:30"),
])
def test_zone_template_in_a_text_set_in_capitals(text, lang, expected_zone, expected_utc):
    """A wire flash in capitals keeps its zone cue: the template's own words ("time",
    "heure de") match in any case, or the time would silently take another clock."""
    timeline_ = timeline.build(text, reference_date="2021-06-16", lang=lang)
    [mention] = timeline_.mentions
    assert mention.parts.zone_cue is not None
    resolved = timeline_.resolved[mention.id]
    assert resolved.zone == expected_zone
    assert resolved.utc.strftime("%H:%M") == expected_utc
