"""examples/brussels_summit_fr.txt and examples/bogota_runoff_es.txt: our own French and
Spanish reports (a dateline with weekday, day, month and year; clock times with "heure
locale"/"hora local" and a stated GMT conversion; an opening and a close with a duration that
agrees; yesterday evening and a meeting of its own; an interval; a press event on a named
city's clock; a relative week or a day and month ahead) give the right timeline, with the
language detected from the text, in the library and on the CLI."""

import datetime as dt

from click.testing import CliRunner
from conftest import EXAMPLES

import timeline
from timeline.cli import main

UTC = dt.UTC
FRENCH = EXAMPLES / "brussels_summit_fr.txt"
SPANISH = EXAMPLES / "bogota_runoff_es.txt"


def _build(path, date, text=None):
    return timeline.build(text or path.read_text(encoding="utf-8"), reference_date=date)


def test_french_mentions_and_values():
    t = _build(FRENCH, "2023-06-14")
    assert {m.lang for m in t.mentions} == {"fr"}
    by_text = {m.text: t.resolved[m.id] for m in t.mentions}
    assert by_text["mercredi 14 juin 2023"].date == dt.date(2023, 6, 14)
    assert by_text["10 h 30 heure locale"].zone == "Europe/Brussels"
    assert by_text["10 h 30 heure locale"].utc == dt.datetime(2023, 6, 14, 8, 30, tzinfo=UTC)
    assert by_text["8 h 30 GMT"].utc == dt.datetime(2023, 6, 14, 8, 30, tzinfo=UTC)
    assert by_text["16 heures, heure de Bruxelles"].utc == dt.datetime(2023, 6, 14, 14, 0, tzinfo=UTC)
    assert by_text["Hier soir"].date == dt.date(2023, 6, 13)
    timex = {m["text"]: m["timex3"] for m in t.to_dict()["mentions"]}
    assert timex["trois heures et demie"]["value"] == "PT3H30M"
    assert timex["une trentaine de minutes"] == {"type": "DURATION", "value": "PT30M", "mod": "APPROX"}
    assert timex["ce matin"]["value"] == "2023-06-14TMO"
    assert timex["Hier soir"]["value"] == "2023-06-13TEV"
    assert timex["la semaine prochaine"]["value"] == "2023-W25"
    assert timex["9 h"]["value"] == "2023-06-15T09:00"


def test_french_timeline_events_in_order():
    t = _build(FRENCH, "2023-06-14")
    assert not t.has_conflict and not t.findings
    rows = [(e.kind, e.start, e.end) for e in t.events]
    assert rows == [
        ("all-day", dt.date(2023, 6, 13), dt.date(2023, 6, 13)),
        ("all-day", dt.date(2023, 6, 14), dt.date(2023, 6, 14)),
        ("interval", dt.datetime(2023, 6, 14, 8, 30, tzinfo=UTC), dt.datetime(2023, 6, 14, 12, 0, tzinfo=UTC)),
        ("instant", dt.datetime(2023, 6, 14, 14, 0, tzinfo=UTC), None),
        ("interval", dt.datetime(2023, 6, 15, 7, 0, tzinfo=UTC), dt.datetime(2023, 6, 15, 10, 0, tzinfo=UTC)),
    ]
    meeting = t.events[2]
    assert any("agree" in note for note in meeting.notes)
    assert meeting.label.startswith("réunion")
    # The half-hour session of the evening before is not the summit's length.
    assert "une trentaine de minutes" not in {m.text for m in t.mentions if m.id in meeting.mentions}


def test_french_wrong_duration_is_reported():
    text = FRENCH.read_text(encoding="utf-8").replace("trois heures et demie", "cinq heures")
    t = _build(FRENCH, "2023-06-14", text)
    assert [f.code for f in t.findings] == ["duration-mismatch"]


def test_spanish_mentions_and_values():
    t = _build(SPANISH, "2022-06-19")
    assert {m.lang for m in t.mentions} == {"es"}
    by_text = {m.text: t.resolved[m.id] for m in t.mentions}
    assert by_text["domingo 19 de junio de 2022"].date == dt.date(2022, 6, 19)
    assert by_text["8:00 hora local"].zone == "America/Bogota"
    assert by_text["8:00 hora local"].utc == dt.datetime(2022, 6, 19, 13, 0, tzinfo=UTC)
    assert by_text["19:00 en Bogotá"].utc == dt.datetime(2022, 6, 20, 0, 0, tzinfo=UTC)
    assert by_text["7 de agosto"].date == dt.date(2022, 8, 7)
    timex = {m["text"]: m["timex3"] for m in t.to_dict()["mentions"]}
    assert timex["Anoche"]["value"] == "2022-06-18TNI"
    assert timex["esta noche"]["value"] == "2022-06-19TNI"
    assert timex["ocho horas"]["value"] == "PT8H"
    assert timex["una veintena de minutos"] == {"type": "DURATION", "value": "PT20M", "mod": "APPROX"}
    assert timex["16.30"] == {"type": "TIME", "value": "2022-06-19T16:30", "mod": "APPROX"}


def test_spanish_timeline_events_in_order():
    t = _build(SPANISH, "2022-06-19")
    assert not t.has_conflict
    assert [f.code for f in t.findings] == ["approximate"]
    rows = [(e.kind, e.start, e.end) for e in t.events]
    assert rows == [
        ("all-day", dt.date(2022, 6, 18), dt.date(2022, 6, 18)),
        ("all-day", dt.date(2022, 6, 19), dt.date(2022, 6, 19)),
        ("interval", dt.datetime(2022, 6, 19, 13, 0, tzinfo=UTC), dt.datetime(2022, 6, 19, 21, 0, tzinfo=UTC)),
        ("instant", dt.datetime(2022, 6, 19, 21, 30, tzinfo=UTC), None),
        ("instant", dt.datetime(2022, 6, 20, 0, 0, tzinfo=UTC), None),
        ("all-day", dt.date(2022, 8, 7), dt.date(2022, 8, 7)),
    ]
    polls = t.events[2]
    assert polls.zone == "America/Bogota"
    assert any("agree" in note for note in polls.notes)


def test_spanish_wrong_conversion_is_reported():
    text = SPANISH.read_text(encoding="utf-8").replace("13:00 GMT", "14:00 GMT")
    t = _build(SPANISH, "2022-06-19", text)
    assert t.has_conflict
    assert "equivalence-conflict" in [f.code for f in t.findings]


def test_cli_prints_both_timelines():
    runner = CliRunner()
    french = runner.invoke(main, ["show", "--date", "2023-06-14", str(FRENCH)])
    assert french.exit_code == 0, french.output
    assert any(line.startswith("e3  2023-06-14 08:30") and "10:30 CEST" in line for line in french.output.splitlines())
    assert "Findings: none" in french.output
    spanish = runner.invoke(main, ["show", "--date", "2022-06-19", str(SPANISH)])
    assert spanish.exit_code == 0, spanish.output
    assert any(line.startswith("e3  2022-06-19 13:00") and "08:00 -05" in line for line in spanish.output.splitlines())


GENEVA_FR = ("Genève – Le président américain Joe Biden et le président russe Vladimir Poutine se sont rencontrés "
             "mercredi à Genève pour leur premier sommet. Les entretiens ont commencé à 13 h 35 heure locale, soit "
             "14 h 35 heure de Moscou, et ont duré trois heures et demie. La conférence de presse de Vladimir Poutine "
             "était prévue à 19 h 30 heure locale.")
GENEVA_ES = ("Ginebra – El presidente estadounidense Joe Biden y el presidente ruso Vladímir Putin se reunieron el "
             "miércoles en Ginebra en su primera cumbre. Las conversaciones comenzaron a las 13:35 hora local, es "
             "decir, a las 14:35 hora de Moscú, y duraron tres horas y media. La rueda de prensa de Putin estaba "
             "prevista a las 20:30 hora de Moscú.")


def test_reports_in_three_languages_merge():
    english = (EXAMPLES / "geneva_summit_en.txt").read_text(encoding="utf-8")
    t = timeline.build([english, GENEVA_FR, GENEVA_ES], reference_date="2021-06-16")
    assert not t.has_conflict and not t.findings
    talks = [e for e in t.events if e.kind == "interval"]
    assert len(talks) == 1
    talk = talks[0]
    assert (talk.start, talk.end) == (dt.datetime(2021, 6, 16, 11, 35, tzinfo=UTC),
                                      dt.datetime(2021, 6, 16, 15, 5, tzinfo=UTC))
    assert {m.text for m in t.mentions if m.id in talk.mentions} >= {
        "13 h 35 heure locale", "trois heures et demie", "13:35 hora local", "tres horas y media"}
    # "conférence de presse" and "rueda de prensa" are the English press conference.
    press = [e for e in t.events if e.kind == "instant" and e.start == dt.datetime(2021, 6, 16, 17, 30, tzinfo=UTC)]
    assert len(press) == 1
    assert {m.text for m in t.mentions if m.id in press[0].mentions} >= {"19 h 30 heure locale", "20:30 hora de Moscú"}
