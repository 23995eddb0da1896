"""examples/bruessel_gipfel_de.txt and examples/vladivostok_forum_ru.txt: our own German and
Russian reports (dates with weekdays, local times placed by the city named, stated
conversions between zones, approximate and bounded durations, relative days, an interval
of the clock, a date ahead) give the right timelines, with no false findings."""

import datetime as dt

from click.testing import CliRunner
from conftest import EXAMPLES

import timeline
from timeline.cli import main

UTC = dt.UTC
GERMAN = EXAMPLES / "bruessel_gipfel_de.txt"
RUSSIAN = EXAMPLES / "vladivostok_forum_ru.txt"


def _build(path, date, text=None):
    return timeline.build(text or path.read_text(encoding="utf-8"), reference_date=date)


def _values(t):
    return {m["text"]: m for m in t.to_dict()["mentions"]}


def test_german_mentions():
    t = _build(GERMAN, "2023-10-26")
    found = _values(t)
    assert list(found) == ["Donnerstag, 26. Oktober 2023", "10.30 Uhr Ortszeit", "13 Uhr Kiewer Zeit", "12 Uhr MESZ",
                           "etwa eine halbe Stunde", "rund vier Stunden", "gestern Abend", "Freitag", "9", "13 Uhr",
                           "14.30 Uhr", "14. Dezember"]
    assert found["10.30 Uhr Ortszeit"]["zone"] == "Europe/Brussels"
    assert found["10.30 Uhr Ortszeit"]["utc"] == "2023-10-26T08:30:00Z"
    assert found["13 Uhr Kiewer Zeit"]["utc"] == found["12 Uhr MESZ"]["utc"] == "2023-10-26T10:00:00Z"
    assert found["etwa eine halbe Stunde"]["timex3"] == {"type": "DURATION", "value": "PT30M", "mod": "APPROX"}
    assert found["gestern Abend"]["timex3"]["value"] == "2023-10-25TEV"
    assert found["9"]["utc"] == "2023-10-27T07:00:00Z" and found["13 Uhr"]["utc"] == "2023-10-27T11:00:00Z"
    assert found["14. Dezember"]["timex3"]["value"] == "2023-12-14"


def test_german_timeline():
    t = _build(GERMAN, "2023-10-26")
    assert not t.has_conflict
    assert [f.code for f in t.findings] == ["approximate"]  # the half hour is "etwa": said, not false
    rows = [(e.kind, e.start, e.end, e.zone) for e in t.events]
    assert rows == [
        ("all-day", dt.date(2023, 10, 25), dt.date(2023, 10, 25), None),
        ("all-day", dt.date(2023, 10, 26), dt.date(2023, 10, 26), None),
        ("instant", dt.datetime(2023, 10, 26, 8, 30, tzinfo=UTC), None, "Europe/Brussels"),
        ("interval", dt.datetime(2023, 10, 26, 10, 0, tzinfo=UTC), dt.datetime(2023, 10, 26, 10, 30, tzinfo=UTC),
         "Europe/Kyiv"),
        ("interval", dt.datetime(2023, 10, 27, 7, 0, tzinfo=UTC), dt.datetime(2023, 10, 27, 11, 0, tzinfo=UTC),
         "Europe/Brussels"),
        # "Am Freitag … Die Abschlusspressekonferenz ist für 14.30 Uhr geplant": on the Friday just named.
        ("instant", dt.datetime(2023, 10, 27, 12, 30, tzinfo=UTC), None, "Europe/Brussels"),
        ("all-day", dt.date(2023, 12, 14), dt.date(2023, 12, 14), None),
    ]
    address = t.events[3]
    assert any("agree" in note for note in address.notes)
    # Labels leave the masked times out with the words that lead them ("am", "zwischen … und").
    labels = [e.label for e in t.events]
    assert "soll der Gipfel fortgesetzt" in labels
    assert not any(word in label.split() for label in labels for word in ("am", "um", "zwischen", "für"))


def test_german_wrong_conversion_is_reported():
    text = GERMAN.read_text(encoding="utf-8").replace("12 Uhr MESZ", "13 Uhr MESZ")
    t = _build(GERMAN, "2023-10-26", text)
    assert t.has_conflict
    assert "equivalence-conflict" in [f.code for f in t.findings]


def test_russian_mentions():
    t = _build(RUSSIAN, "2023-09-12")
    found = _values(t)
    assert list(found) == ["вторник, 12 сентября 2023 года", "10:00 по местному времени", "3:00 по московскому времени",
                           "13:30 по местному времени", "около полутора часов", "Вчера", "более двух часов",
                           "среду, 13 сентября", "9:00", "18:00 по местному времени", "сентябре 2024 года"]
    assert found["10:00 по местному времени"]["zone"] == "Asia/Vladivostok"
    assert found["10:00 по местному времени"]["utc"] == found["3:00 по московскому времени"]["utc"] == "2023-09-12T00:00:00Z"
    assert found["около полутора часов"]["duration_s"] == 5400
    assert found["более двух часов"]["timex3"] == {"type": "DURATION", "value": "PT2H", "mod": "MORE_THAN"}
    assert found["Вчера"]["local"] == "2023-09-11"
    assert found["9:00"]["utc"] == "2023-09-12T23:00:00Z"
    assert found["сентябре 2024 года"]["timex3"]["value"] == "2024-09"


def test_russian_timeline():
    t = _build(RUSSIAN, "2023-09-12")
    assert not t.has_conflict
    assert [f.code for f in t.findings] == ["approximate"]
    rows = [(e.kind, e.start, e.end, e.zone) for e in t.events]
    assert rows == [
        ("all-day", dt.date(2023, 9, 11), dt.date(2023, 9, 11), None),
        ("all-day", dt.date(2023, 9, 12), dt.date(2023, 9, 12), None),
        ("instant", dt.datetime(2023, 9, 12, 0, 0, tzinfo=UTC), None, "Asia/Vladivostok"),
        ("interval", dt.datetime(2023, 9, 12, 3, 30, tzinfo=UTC), dt.datetime(2023, 9, 12, 5, 0, tzinfo=UTC),
         "Asia/Vladivostok"),
        ("interval", dt.datetime(2023, 9, 12, 23, 0, tzinfo=UTC), dt.datetime(2023, 9, 13, 8, 0, tzinfo=UTC),
         "Asia/Vladivostok"),
    ]
    assert any("agree" in note for note in t.events[2].notes)


def test_russian_wrong_conversion_is_reported():
    text = RUSSIAN.read_text(encoding="utf-8").replace("в 3:00 по московскому", "в 4:00 по московскому")
    t = _build(RUSSIAN, "2023-09-12", text)
    assert "equivalence-conflict" in [f.code for f in t.findings]


def test_cli_prints_both_timelines():
    for path, date, line in ((GERMAN, "2023-10-26", "e3  2023-10-26 08:30"), (RUSSIAN, "2023-09-12", "e3  2023-09-12 00:00")):
        result = CliRunner().invoke(main, ["show", "--date", date, str(path)])
        assert result.exit_code == 0, result.output
        assert any(row.startswith(line) for row in result.output.splitlines())


GENEVA_DE = ("Genf – US-Präsident Joe Biden und Kremlchef Wladimir Putin sind am Mittwoch in Genf zu ihrem ersten "
             "Gipfeltreffen zusammengekommen. Die Gespräche begannen um 13.35 Uhr Ortszeit, also um 14.35 Uhr Moskauer "
             "Zeit, und dauerten dreieinhalb Stunden. Die Pressekonferenz Putins war für 19.30 Uhr Ortszeit "
             "angesetzt.")
GENEVA_RU = ("Женева. Президенты России и США Владимир Путин и Джо Байден встретились в среду в Женеве. Переговоры "
             "начались в 13:35 по местному времени, то есть в 14:35 по московскому времени, и продолжались три с "
             "половиной часа. Пресс-конференция Путина должна начаться в 20:30 по московскому времени.")


def test_reports_in_three_languages_merge():
    english = (EXAMPLES / "geneva_summit_en.txt").read_text(encoding="utf-8")
    t = timeline.build([english, GENEVA_DE, GENEVA_RU], reference_date="2021-06-16")
    assert not t.has_conflict and not t.findings
    talks = [e for e in t.events if e.kind == "interval"]
    assert len(talks) == 1
    talk = talks[0]
    assert (talk.start, talk.end) == (dt.datetime(2021, 6, 16, 11, 35, tzinfo=UTC), dt.datetime(2021, 6, 16, 15, 5, tzinfo=UTC))
    # The German, Russian and English statements of the talks and of the press conference are one event each.
    assert {m.text for m in t.mentions if m.id in talk.mentions} >= {"13.35 Uhr Ortszeit", "13:35 по местному времени",
                                                                      "dreieinhalb Stunden", "три с половиной часа"}
    press = [e for e in t.events if e.kind == "instant" and e.start == dt.datetime(2021, 6, 16, 17, 30, tzinfo=UTC)]
    assert len(press) == 1
