"""examples/korea_missile_en.txt and examples/riyadh_summit_ar.txt: our own wire reports,
written as held-out tests of whole timelines (a conversion across the date line, an offset
that checks a stated time, a length said with 'for … before', a day told in a pluperfect
clause that must not date later times). Each gives the right events, and a wrong stated
conversion put into it is a finding."""

import datetime as dt

from click.testing import CliRunner
from conftest import EXAMPLES

import timeline
from timeline.cli import main

UTC = dt.UTC
MISSILE = EXAMPLES / "korea_missile_en.txt"
SUMMIT = EXAMPLES / "riyadh_summit_ar.txt"


def _at(*parts):
    return dt.datetime(*parts, tzinfo=UTC)


def _rows(t):
    return [(e.kind, e.start, e.end) for e in t.events]


def test_missile_report_timeline():
    t = timeline.build(MISSILE.read_text(encoding="utf-8"), reference_date="2024-02-15")
    assert _rows(t) == [
        ("all-day", dt.date(2024, 1, 14), dt.date(2024, 1, 14)),
        # 7:10 a.m. Thursday in Seoul = 2210 GMT Wednesday; 'flew for about 70 minutes before
        # falling' is how long, not an offset
        ("interval", _at(2024, 2, 14, 22, 10), _at(2024, 2, 14, 23, 20)),
        # 'four minutes after the launch' checks 7:14 a.m. Tokyo time against the launch told before
        ("instant", _at(2024, 2, 14, 22, 14), None),
        ("interval", _at(2024, 2, 15, 0, 0), _at(2024, 2, 15, 1, 30)),
        ("instant", _at(2024, 2, 15, 19, 0), None),
        ("instant", _at(2024, 2, 16, 20, 0), None),
    ]
    assert [f.code for f in t.findings] == ["approximate"]
    assert any("agrees with the stated time" in note for note in t.events[2].notes)


def test_missile_report_wrong_conversion_is_a_conflict():
    text = MISSILE.read_text(encoding="utf-8").replace("(2210 GMT Wednesday)", "(2310 GMT Wednesday)")
    t = timeline.build(text, reference_date="2024-02-15")
    conflicts = [f for f in t.findings if f.severity == "conflict"]
    assert [f.code for f in conflicts] == ["equivalence-conflict"]
    assert "1 hour apart" in conflicts[0].message


def test_summit_report_timeline():
    t = timeline.build(SUMMIT.read_text(encoding="utf-8"), reference_date="2023-11-11")
    assert _rows(t) == [
        ("all-day", dt.date(2023, 11, 10), dt.date(2023, 11, 10)),
        ("all-day", dt.date(2023, 11, 11), dt.date(2023, 11, 11)),
        ("interval", _at(2023, 11, 11, 13, 0), _at(2023, 11, 11, 15, 0)),
        # an hour after the session ended
        ("instant", _at(2023, 11, 11, 16, 0), None),
        # 9 p.m. Cairo time on Saturday, not on the Friday of the pluperfect sentence before it
        ("instant", _at(2023, 11, 11, 19, 0), None),
    ]
    assert not t.findings


def test_summit_report_wrong_conversion_is_a_conflict():
    text = SUMMIT.read_text(encoding="utf-8").replace("13:00 بتوقيت غرينتش", "14:00 بتوقيت غرينتش")
    t = timeline.build(text, reference_date="2023-11-11")
    assert [f.code for f in t.findings] == ["equivalence-conflict"]


def test_cli_prints_both():
    result = CliRunner().invoke(main, ["show", "--date", "2024-02-15", str(MISSILE)])
    assert result.exit_code == 0, result.output
    assert any(line.startswith("e2  2024-02-14 22:10") and "07:10 KST" in line for line in result.output.splitlines())
    result = CliRunner().invoke(main, ["show", "--date", "2023-11-11", str(SUMMIT)])
    assert result.exit_code == 0, result.output
    assert any(line.startswith("e5  2023-11-11 19:00") for line in result.output.splitlines())
