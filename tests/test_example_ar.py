"""examples/doha_truce_ar.txt: our own Arabic report with mixed mentions (Hijri and Gregorian
dates, word and numeric clock times in four zones, a stated conversion, an interval, durations,
relative days and a relative week) gives the right timeline, in the library and on the CLI."""

import datetime as dt

from click.testing import CliRunner
from conftest import EXAMPLES

import timeline
from timeline.cli import main

UTC = dt.UTC
REPORT = EXAMPLES / "doha_truce_ar.txt"


def _build(text=None):
    return timeline.build(text or REPORT.read_text(encoding="utf-8"), reference_date="2023-11-22")


def test_mentions_of_every_kind():
    t = _build()
    kinds = [m.kind for m in t.mentions]
    assert len(kinds) >= 10
    assert {"time", "date", "duration"} <= set(kinds)
    by_text = {m.text: t.resolved[m.id] for m in t.mentions}
    assert by_text["الحادية عشرة صباحًا بتوقيت الدوحة"].utc == dt.datetime(2023, 11, 22, 8, 0, tzinfo=UTC)
    assert by_text["08:00 بتوقيت غرينتش"].utc == dt.datetime(2023, 11, 22, 8, 0, tzinfo=UTC)
    assert by_text["10:00 بالتوقيت المحلي"].zone == "Asia/Gaza"
    assert by_text["اليوم الأربعاء 8 جمادى الأولى 1445 هـ"].date == dt.date(2023, 11, 22)
    data = t.to_dict()
    timex = {m["text"]: m["timex3"]["value"] for m in data["mentions"]}
    assert timex["قرابة عشر ساعات"] == "PT10H"
    assert timex["مساء أمس"] == "2023-11-21TEV"
    assert timex["الأسبوع المقبل"] == "2023-W48"


def test_timeline_events_in_order():
    t = _build()
    assert not t.has_conflict and not t.findings
    rows = [(e.kind, e.start, e.end, e.zone) for e in t.events]
    assert rows == [
        ("all-day", dt.date(2023, 11, 21), dt.date(2023, 11, 21), None),
        ("all-day", dt.date(2023, 11, 22), dt.date(2023, 11, 22), None),
        ("instant", dt.datetime(2023, 11, 22, 8, 0, tzinfo=UTC), None, "Asia/Qatar"),
        ("interval", dt.datetime(2023, 11, 22, 12, 30, tzinfo=UTC), dt.datetime(2023, 11, 22, 13, 0, tzinfo=UTC),
         "America/New_York"),
        ("interval", dt.datetime(2023, 11, 23, 8, 0, tzinfo=UTC), dt.datetime(2023, 11, 27, 8, 0, tzinfo=UTC),
         "Asia/Gaza"),
        ("interval", dt.datetime(2023, 11, 23, 14, 0, tzinfo=UTC), dt.datetime(2023, 11, 23, 16, 0, tzinfo=UTC),
         "Africa/Cairo"),
    ]
    press = t.events[2]
    assert any("agree" in note for note in press.notes)


def test_wrong_hijri_date_is_reported():
    text = REPORT.read_text(encoding="utf-8").replace("8 جمادى الأولى", "11 جمادى الأولى")
    t = _build(text)
    codes = [f.code for f in t.findings]
    assert codes == ["hijri-mismatch"]
    assert t.findings[0].severity == "conflict" and "3 days" in t.findings[0].message


def test_cli_prints_the_timeline():
    result = CliRunner().invoke(main, ["show", "--date", "2023-11-22", str(REPORT)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any(line.startswith("e3  2023-11-22 08:00") and "11:00 +03" in line for line in lines)
    assert any(line.startswith("e5  2023-11-23 08:00") and "(4 d)" in line for line in lines)
    assert "Findings: none" in result.output
