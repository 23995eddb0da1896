"""Provenance of what a stated range of days decides (the scenarios in
tests/scenarios/range_edges.yaml check the events; these check what they say about it)."""

from __future__ import annotations

import datetime as dt

import timeline
from timeline.model import Document


def _build(text: str, date: str, lang: str | None = None) -> timeline.Timeline:
    return timeline.build([Document(text=text, id="d", lang=lang, reference_date=dt.date.fromisoformat(date))])


def test_time_in_a_range_says_its_day_was_assumed():
    # (With "each day" the time recurs on every day of the range: tests/test_recurring_times.py.)
    t = _build("The fair in Vienna runs from June 26 to 28; the doors open at 10:00.", "2023-06-01")
    clock = next(m for m in t.mentions if m.text == "10:00")
    assumptions = " ".join(t.resolved[clock.id].assumptions)
    assert "range of days 'June 26' to '28'" in assumptions and "first day assumed" in assumptions
    event = next(e for e in t.events if clock.id in e.mentions)
    assert any("first day assumed" in note for note in event.notes)
    assert any("first day assumed" in a for m in t.to_dict()["mentions"] if m["text"] == "10:00"
               for a in m["assumptions"])


def test_time_with_its_own_day_in_a_range_sentence_has_no_range_note():
    t = _build("The fair in Vienna runs from June 26 to 28 and opens at 10:00 on June 26.", "2023-06-01")
    event = next(e for e in t.events if e.kind == "instant")
    assert not any("range" in note for note in event.notes)


def test_range_end_year_says_it_follows_the_start():
    t = _build("The festival in Rome will be held from December 28 to January 3.", "2023-04-30")
    end = next(m for m in t.mentions if m.text == "January 3")
    assert t.resolved[end.id].date == dt.date(2024, 1, 3)
    assert any("from the range's start 'December 28'" in a for a in t.resolved[end.id].assumptions)
    assert not any("closest to the reference date" in a for a in t.resolved[end.id].assumptions)


def test_past_range_moved_back_says_why():
    t = _build("The exhibition in Rome was held from June 1 to September 30.", "2023-02-05")
    start = next(m for m in t.mentions if m.text == "June 1")
    assert t.resolved[start.id].date == dt.date(2022, 6, 1)
    assert any("past tense" in a for a in t.resolved[start.id].assumptions)


def test_backwards_range_finding_names_both_days_and_events_say_why():
    t = _build("The exhibition in Rome ran from June 28 to June 26, the catalogue said.", "2023-06-01")
    (finding,) = [f for f in t.findings if f.code == "range-backwards"]
    assert finding.severity == "warning"
    assert "2023-06-26" in finding.message and "2023-06-28" in finding.message
    assert all(any("ends before it starts" in n for n in e.notes) for e in t.events)


def _two(a: tuple[str, str], b: tuple[str, str]) -> timeline.Timeline:
    return timeline.build([Document(text=text, id=doc_id, reference_date=dt.date(2023, 6, 1))
                           for doc_id, text in (a, b)])


def test_overlapping_days_of_two_sources_are_related_not_merged():
    t = _two(("a", "Le sommet se tiendra à Vienne du 26 au 28 juin."), ("b", "Le sommet s'ouvrira à Vienne le 27 juin."))
    whole, day = t.events
    assert "related to 'sommet s'ouvrira à Vienne' (b: 2023-06-27)" in " ".join(whole.notes)
    assert "(a: 2023-06-26 to 2023-06-28), whose days overlap but are not the same: not merged" in " ".join(day.notes)


def test_same_days_of_two_sources_merge_and_say_so():
    t = _two(("a", "The climate summit in Vienna runs from June 26 to 28, organisers said."),
             ("b", "Le sommet sur le climat se tiendra à Vienne du 26 au 28 juin."))
    (event,) = t.events
    assert "also reported by b (26 · 28 juin): the same days (2023-06-26 to 2023-06-28)" in event.notes
    assert not any("gives the start" in note for note in event.notes)


def test_days_apart_are_not_related():
    t = _two(("a", "The summit in Vienna runs from June 26 to 28."), ("b", "The summit in Vienna ends on June 30."))
    assert not any("related to" in note for e in t.events for note in e.notes)
