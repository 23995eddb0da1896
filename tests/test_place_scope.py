"""'Local time' under a dateline: the clock of the place the report is filed from only as
a stated assumption (session 6)."""

import timeline


def _time(text: str, date: str = "2026-06-16"):
    data = timeline.build(text, reference_date=date).to_dict()
    return next(m for m in data["mentions"] if m["kind"] == "time")


def test_dateline_only_local_time_is_a_stated_assumption():
    m = _time("NEW YORK (AP) — Toyota said a fire broke out at one of its plants at 11 p.m. local time Sunday.")
    assert m["zone"] == "America/New_York"
    assert any("where the report is filed" in a and "may be elsewhere" in a for a in m["assumptions"])


def test_foreign_adjective_of_the_subject_is_named_in_the_assumption():
    m = _time("KYIV (Reuters) - Russian missiles hit an apartment block at 3:10 a.m. local time, officials said.")
    assert m["zone"] == "Europe/Kyiv"  # the dateline's clock is kept
    assert any("(RU)" in a and "where the report is filed" in a for a in m["assumptions"])


def test_a_place_opening_a_sentence_is_no_dateline():
    m = _time("Guerrero state police said the attack happened at 5 a.m. local time.")
    assert m["zone"] == "America/Mexico_City"
    assert not any("where the report is filed" in a for a in m["assumptions"])


def test_a_year_before_a_clock_named_after_a_place_is_no_time():
    for text in ("Since 2011 Moscow time has stayed on UTC+4.", "In 2014 Moscow time moved back an hour."):
        data = timeline.build(text, reference_date="2026-01-16").to_dict()
        assert not [m for m in data["mentions"] if m["kind"] == "time"], text
    m = _time("The vote is at 2000 Moscow time.", "2026-01-16")  # a clock lead before it: a time
    assert m["utc"] == "2026-01-16T17:00:00Z"


def test_a_place_after_a_bare_preposition_does_not_make_four_digits_a_time():
    data = timeline.build("Nadal ganó el Masters 1000 de Madrid el domingo.", reference_date="2026-05-04",
                          lang="es").to_dict()
    assert not [m for m in data["mentions"] if m["kind"] == "time"]
