"""Zone cue resolution (issue 3): the pieces under the corpus in tests/corpus/zones.yaml."""

import datetime as dt

import pytest

import timeline
from timeline import lang as languages
from timeline.extract.sentences import sentence_starts
from timeline.zones.adjectives import adjective_target
from timeline.zones.cldr_names import lookup_zone_name
from timeline.zones.countries import country_clock, zone_country
from timeline.zones.inflection import lookup_place_inflected
from timeline.zones.places_in_text import find_places
from timeline.zones.resolver import ZoneContext, resolve_abbreviation, resolve_named
from timeline.zones.scope import find_declarations

SUMMER = dt.date(2021, 6, 16)


@pytest.mark.parametrize(("text", "code"), [
    ("The summit began at noon in Geneva, officials said.", "en"),
    ("Le sommet a commencé à 13h35 à Genève, selon les responsables.", "fr"),
    ("Das Treffen begann um 13.35 Uhr in Genf, wie die Sprecher sagten.", "de"),
    ("La cumbre comenzó a las 13:35 en Ginebra, según los funcionarios.", "es"),
    ("Встреча началась в 13:35 по местному времени.", "ru"),
    ("بدأ اللقاء في جنيف عند الساعة 13:35 بالتوقيت المحلي", "ar"),
])
def test_language_detection_tells_latin_script_languages_apart(text, code):
    assert languages.detect(text) == code


@pytest.mark.parametrize(("phrase", "code", "target"), [
    ("British", "en", "GB"),
    ("Saudi", "en", "SA"),
    ("française", "fr", "FR"),
    ("peninsular", "es", "Europe/Madrid"),
    ("московскому", "ru", "Europe/Moscow"),
    ("السعودي", "ar", "SA"),
    ("deutscher", "de", "DE"),
    ("Genfer", "de", "Europe/Zurich"),  # from the place name by the language's adjective endings
])
def test_adjectival_zone_names_are_language_data(phrase, code, target):
    found = adjective_target(phrase, code)
    assert found is not None and found.target == target


def test_adjectives_do_not_leak_across_languages():
    assert adjective_target("московскому", "en") is None
    assert adjective_target("pointe", "fr") is None


def test_country_with_one_clock_and_country_with_many():
    assert country_clock("GB", SUMMER, []).zone == "Europe/London"
    assert country_clock("DE", SUMMER, []).zone == "Europe/Berlin"  # Büsingen keeps the same time
    us = country_clock("US", SUMMER, [])
    assert us.zone is None and us.how == "ambiguous" and "America/New_York" in us.detail
    settled = country_clock("US", SUMMER, [("Chicago", "America/Chicago")])
    assert settled.zone == "America/Chicago" and settled.how == "document-place"


def test_zone_country_comes_from_tzdata_tables():
    assert zone_country("Africa/Cairo") == "EG"
    assert zone_country("Etc/UTC") is None


def test_cldr_name_of_a_shared_metazone_prefers_the_named_city():
    # CLDR's Russian name of the Minsk metazone is "Московское время".
    assert lookup_zone_name("Московское время")[0].zone == "Europe/Minsk"
    choice = resolve_named("Московское время", ZoneContext("ru", []), SUMMER)
    assert choice.zone == "Europe/Moscow" and choice.rule == "zone:cldr-name-city"
    assert resolve_named("Central European Summer Time", ZoneContext("en", []), SUMMER).zone == "Europe/Paris"


def test_cldr_names_report_a_representative_locale():
    assert lookup_zone_name("Eastern Time")[0].locale == "en"
    assert lookup_zone_name("hora de Moscú")[0].locale == "es"


def test_multi_zone_country_without_context_is_unresolved_with_a_reason():
    choice = resolve_named("US", ZoneContext("en", []), SUMMER)
    assert choice.zone is None and "several time zones" in choice.reason


def _places(text, code):
    return find_places(text, code, "d", sentence_starts(text))


def test_sentence_initial_capital_needs_support():
    assert _places("Nice weather is forecast for Sunday.", "en") == []
    assert [p.name for p in _places("The summit in Nice opened on Sunday.", "en")] == ["Nice"]
    assert _places("Split votes are rare.", "en") == []


def test_apostrophe_clitics_and_inflections():
    assert [p.name for p in _places("Tehran's stock exchange closed early.", "en")] == ["Tehran"]
    assert [p.name for p in _places("L'avion s'est posé à l'aéroport d'Ankara.", "fr")] == ["Ankara"]
    assert lookup_place_inflected("Женеве", "ru")[0][0].name == "Geneva"


def test_shared_arabic_name_is_settled_by_kind_words_and_document_countries():
    assert [p.name for p in _places("عقدت القمة في مدينة عمان", "ar")] == ["Amman"]
    assert [p.name for p in _places("وصل الوفد إلى سلطنة عمان", "ar")] == ["Oman"]
    assert [p.name for p in _places("وصل الوزير الأردني إلى عمان", "ar")] == ["Amman"]


def test_common_arabic_words_are_not_places():
    names = [p.name for p in _places("وقع الحادث والخميس في مدينة بيروت", "ar")]
    assert names == ["Beirut"]  # not Khemis Miliana ("الخميس") nor Madinah ("مدينة")


def test_declarations_and_standalone_zone_notes():
    text = "All times EDT. The game starts at 7:05 p.m."
    (declaration,) = find_declarations(text, "en", [])
    assert declaration.kind == "declaration" and declaration.cue.value == "EDT"
    text = "9h00 ouverture ; 12h00 déjeuner (heure de Paris)"
    (note,) = find_declarations(text, "fr", [])
    assert note.kind == "standalone" and text[note.span[0] : note.span[1]] == "(heure de Paris)"


def test_abbreviation_reading_follows_the_document_country_and_its_own_zone():
    athens = _places("The parliament in Athens will vote.", "en")
    choice = resolve_abbreviation("EET", ZoneContext("en", athens), dt.date(2023, 1, 26))
    assert choice.zone == "Europe/Athens"
    cairo = _places("The presidency in Cairo said.", "en")
    assert resolve_abbreviation("EET", ZoneContext("en", cairo), dt.date(2022, 1, 20)).zone == "Africa/Cairo"


def test_every_assumption_is_recorded():
    t = timeline.build("All times EDT. The game starts at 7:05 p.m.", reference_date="2022-07-15")
    (mention,) = [m for m in t.to_dict()["mentions"] if m["kind"] == "time"]
    assert mention["zone_rule"].startswith("zone:declared-declaration")
    assert any("All times EDT" in a for a in mention["assumptions"])


def test_places_are_scanned_only_for_documents_with_clock_times(monkeypatch):
    import timeline.resolve.resolver as resolver

    calls = []
    monkeypatch.setattr(resolver, "find_places", lambda *a, **k: calls.append(a) or [])
    timeline.build("The talks in Geneva lasted three hours on Wednesday.", reference_date="2021-06-16")
    assert calls == []
    timeline.build("The talks in Geneva began at 13:35 local time.", reference_date="2021-06-16")
    assert len(calls) == 1
