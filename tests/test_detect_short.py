"""Language detection of short one-sentence texts: the function words of a short text
may be too few or shared ("in", "en", "de"), so a language's own time words, then its
distinctive letters, decide a tie."""

from pathlib import Path

import pytest
import yaml

from timeline.lang import detect

SHORT_TEXTS = [
    ("de", "Das Treffen beginnt am Dienstag um 10 Uhr."),
    ("de", "Die Sitzung dauerte drei Stunden."),
    ("de", "Am Mittwoch gegen 14 Uhr landete das Flugzeug."),
    ("de", "Er kam gestern Abend an."),
    ("de", "Der Zug fährt morgen früh ab."),
    ("de", "Im März wird gewählt."),
    ("de", "Sie traf ihn in der Nacht von Mittwoch auf Donnerstag."),
    ("de", "Wir warten seit zwei Tagen."),
    ("de", "Montag um 9 Uhr."),
    ("de", "Die Messe fand in Hannover statt."),
    ("fr", "La réunion commence mardi à 10 heures."),
    ("fr", "Il est arrivé hier soir."),
    ("fr", "Le vol a duré trois heures."),
    ("fr", "Rendez-vous samedi prochain."),
    ("fr", "Elle partira demain matin."),
    ("fr", "Nous avons attendu deux jours."),
    ("fr", "Lundi à 9 heures."),
    ("fr", "Le chômage a baissé en février."),
    ("es", "La reunión empieza el martes a las 10."),
    ("es", "Llegó anoche."),
    ("es", "El vuelo duró tres horas."),
    ("es", "Nos vemos el sábado."),
    ("es", "Salió ayer por la mañana."),
    ("es", "Esperamos dos días."),
    ("es", "Lunes a las 9."),
    ("es", "La lluvia cayó en Bilbao."),
    ("en", "The meeting starts on Tuesday at 10 a.m."),
    ("en", "He arrived last night."),
    ("en", "The flight lasted three hours."),
    ("en", "See you on Saturday."),
    ("en", "She left yesterday morning."),
    ("en", "We waited two days."),
    ("en", "Monday at 9 a.m."),
    ("ru", "Встреча начнётся во вторник в 10 часов."),
    ("ru", "Он прибыл вчера вечером."),
    ("ru", "Полёт длился три часа."),
    ("ar", "بدأ الاجتماع يوم الثلاثاء في الساعة العاشرة."),
    ("ar", "وصل أمس مساء."),
]

# English texts with a word that is also another language's function or time word:
# they must stay English.
STAYS_ENGLISH = [
    "Turnout rose 1/2 percent by 5 p.m. ET.",  # "ET" is no French "et"
    "Polls close at 8 p.m. ET in Ohio.",
    "Sales rose a year ago.",  # "a" is no Spanish preposition here
    "Three people die in a crash on Monday.",  # "die" is an English verb
    "The DE team met in Paris.",
    "A long day of talks ended without a deal.",
]


# Texts set in capitals (wire flashes, headlines): every word is "upper case", so none
# may be set aside as an acronym, or French and German lose all their function words.
ALL_CAPS_TEXTS = [
    ("fr", "LE MINISTRE ET LE PRESIDENT SE SONT VUS A PARIS POUR LA DEUXIEME FOIS DE LA SEMAINE."),
    ("fr", "LES DEUX DIRIGEANTS ONT PARLE DES SANCTIONS ET DE LA GUERRE DANS UN ENTRETIEN."),
    ("de", "DER MINISTER UND DER PRAESIDENT HABEN SICH IN BERLIN GETROFFEN, SAGTE EIN SPRECHER."),
    ("de", "DIE BEIDEN POLITIKER SPRACHEN UEBER DIE SANKTIONEN UND DEN KRIEG IN EINEM TELEFONAT."),
    ("es", "LOS DOS LIDERES HABLARON DE LAS SANCIONES Y DE LA GUERRA EN UNA CONVERSACION."),
    ("en", "THE MINISTER AND THE PRESIDENT MET IN PARIS FOR THE SECOND TIME THIS WEEK, AN AIDE SAID."),
    ("en", "POLLS CLOSE AT 8 P.M. ET IN OHIO AND AT 9 P.M. ET IN TEXAS, THE NETWORK SAID."),
]


@pytest.mark.parametrize(("expected", "text"), ALL_CAPS_TEXTS)
def test_text_in_capitals_language(expected: str, text: str) -> None:
    assert detect(text) == expected

@pytest.mark.parametrize(("expected", "text"), SHORT_TEXTS)
def test_short_text_language(expected: str, text: str) -> None:
    assert detect(text) == expected


@pytest.mark.parametrize("text", STAYS_ENGLISH)
def test_english_with_foreign_looking_words_stays_english(text: str) -> None:
    assert detect(text) == "en"


def test_corpus_entries_detected_as_their_declared_language() -> None:
    """Almost every corpus entry that declares its language is detected as that
    language; the few that are not (no function word, time word or accent at all)
    stay few."""
    corpus = Path(__file__).parent / "corpus"
    declared = [(entry["lang"], entry["text"]) for path in sorted(corpus.glob("*.yaml"))
                for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []
                if isinstance(entry, dict) and entry.get("lang")]
    wrong = [(code, text) for code, text in declared if detect(text) != code]
    assert len(declared) > 1000
    assert len(wrong) <= 2, wrong
