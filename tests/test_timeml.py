"""TimeML in and out, and the TempEval-3 scorer (timeline.timeml)."""

import datetime as dt
import xml.dom.minidom
from pathlib import Path

import pytest
from click.testing import CliRunner

import timeline
from timeline.cli import main
from timeline.timeml.evaluate import evaluate_document, gold_files
from timeline.timeml.reader import read_tml, strip_tags
from timeline.timeml.scorer import Entity, match, scores, total
from timeline.timeml.writer import timeline_to_timeml

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "timeml"


def test_strip_tags_gives_spans_in_plain_text():
    text, timexes = strip_tags('Sales rose <TIMEX3 tid="t1" type="DATE" value="1998-Q3">the third quarter</TIMEX3>'
                               ' &amp; <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t2" type="DATE" value="PRESENT_REF">'
                               'now</TIMEX3>.')
    assert text == "Sales rose the third quarter & fell now."
    assert [(text[t.span[0]:t.span[1]], t.value) for t in timexes] == [("the third quarter", "1998-Q3"),
                                                                        ("now", "PRESENT_REF")]


def _e(start, end, value="X", kind="DATE"):
    return Entity((start, end), "", kind, value)


def test_scorer_matches_one_to_one_by_overlap():
    gold = [_e(0, 10, "1998"), _e(20, 25, "P1D", "DURATION"), _e(40, 45, "1998-W01")]
    system = [_e(0, 10, "1998"), _e(18, 23, "P2D", "DURATION"), _e(19, 24, "P1D", "DURATION"), _e(60, 62)]
    tally = match(gold, system)
    # Two system spans overlap the second gold one; only the larger overlap counts.
    assert (tally.relaxed, tally.strict, tally.value, tally.type) == (2, 1, 2, 2)
    s = scores(tally)
    assert s["relaxed"].precision == pytest.approx(2 / 4)
    assert s["relaxed"].recall == pytest.approx(2 / 3)
    f1 = 2 * (0.5 * 2 / 3) / (0.5 + 2 / 3)
    assert s["relaxed"].f1 == pytest.approx(f1)
    assert s["value"].f1 == pytest.approx(1.0 * f1)  # both relaxed matches have the right value
    assert sum("MISSED" in line for line in tally.misses) == 1
    assert sum("SPURIOUS" in line for line in tally.misses) == 2


def test_value_f1_is_accuracy_times_relaxed_f1():
    t = total([match([_e(0, 4, "1998"), _e(10, 14, "1999")], [_e(0, 4, "1998"), _e(10, 14, "2000")])])
    assert scores(t)["value"].f1 == pytest.approx(0.5)


def test_timeml_output_is_well_formed_and_round_trips(tmp_path):
    text = "Talks resumed last week & ended on Friday at 8 p.m.; they will meet daily for three days."
    result = timeline.build(text, reference_date="2013-03-22", lang="en")
    out = timeline_to_timeml(result)
    xml.dom.minidom.parseString(out.encode("utf-8"))
    path = tmp_path / "doc.tml"
    path.write_text(out, encoding="utf-8")
    doc = read_tml(path)
    assert doc.text == text
    assert doc.dct == dt.date(2013, 3, 22)
    values = {t.text: (t.type, t.value) for t in doc.timexes}
    assert values["last week"] == ("DATE", "2013-W11")
    assert values["daily"] == ("SET", "P1D")
    assert values["three days"] == ("DURATION", "P3D")


def test_show_format_timeml():
    result = CliRunner().invoke(main, ["show", "--format", "timeml", "--date", "2013-03-22", "--lang", "en", "-"],
                                input="The company said recently that sales fell 5% in the third quarter.")
    assert result.exit_code == 0, result.output
    assert '<TIMEX3 tid="t1" type="DATE" value="PAST_REF"' in result.output
    assert 'value="2012-Q3"' in result.output


@pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/data/timeml is not present in this checkout")
def test_sample_of_gold_scores_well():
    """Five gold documents (a smoke test; the full run is `timeline evaluate`, see README)."""
    paths = gold_files(GOLD)[::50][:5]
    t = total(evaluate_document(read_tml(p)) for p in paths)
    s = scores(t)
    assert t.gold > 20
    assert s["relaxed"].f1 > 0.8
    assert s["value"].f1 > 0.6


def test_evaluate_command_on_a_tiny_gold_dir(tmp_path):
    (tmp_path / "a.tml").write_text(
        '<?xml version="1.0" ?>\n<TimeML><DOCID>a</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" '
        'functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>\n<TEXT>Bombs exploded '
        '<TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, as they did '
        '<TIMEX3 tid="t2" type="DATE" value="1997">last year</TIMEX3>.</TEXT></TimeML>\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", "--verbose", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "relaxed   100.00  100.00  100.00" in result.output
    assert "value     100.00  100.00  100.00" in result.output


def test_evaluate_command_rejects_an_empty_dir(tmp_path):
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path)])
    assert result.exit_code == 2
