"""Provenance of an event placed at another event's end (tests/scenarios/event_end.yaml
checks the events themselves)."""

from __future__ import annotations

import datetime as dt

import pytest

import timeline
from timeline.lang import get as get_language
from timeline.model import Document
from timeline.reconcile.cues import end_references


def _build(text: str, lang: str = "en") -> timeline.Timeline:
    return timeline.build([Document(text=text, id="d", lang=lang, reference_date=dt.date(2021, 6, 16))])


def test_end_from_start_and_length_says_it_was_assumed():
    t = _build("The meeting in Geneva began at 13:35 local time and lasted three and a half hours. "
               "At the end of the meeting, the two presidents issued a joint statement.")
    meeting, statement = t.events
    (note,) = statement.notes
    assert note.startswith("'At the end of the meeting': placed at the end of 'meeting in Geneva began', 15:05 UTC")
    assert "assumed from its start + duration ('13:35 local time' + 'three and a half hours')" in note
    assert statement.after == meeting.mentions[0]
    assert statement.start == meeting.end


def test_stated_end_is_quoted():
    t = _build("The talks in Geneva began at 13:00 and ended at 17:05 local time. "
               "At the end of the talks, the ministers signed the accord.")
    assert "as stated ('17:05 local time')" in t.events[-1].notes[0]


def test_unknown_end_is_order_only_and_says_so():
    t = _build("The talks in Geneva began at 13:35 local time. At the end of the talks, the ministers signed the accord.")
    relative = t.events[-1]
    assert relative.kind == "relative" and relative.start is None
    assert "whose end is not stated — placed in order only" in relative.notes[0]


def test_the_meeting_named_is_masked_from_the_new_events_concepts():
    t = _build("The meeting in Geneva began at 13:35 local time and lasted two hours. "
               "At the end of the meeting, the two presidents issued a joint statement.")
    assert "meeting" not in t.events[-1].concepts


@pytest.mark.parametrize(("code", "text", "concept"), [
    ("en", "At the close of the summit, leaders left.", "summit"),
    ("en", "When it was over, leaders left.", None),
    ("fr", "Au terme des discussions, les ministres sont partis.", "meeting"),
    ("es", "Al final de la cumbre, los líderes se fueron.", "summit"),
    ("de", "Zum Abschluss des Gipfels reisten die Staatschefs ab.", "summit"),
    ("ru", "В конце встречи лидеры уехали.", "meeting"),
    ("ar", "وعند انتهاء القمة غادر القادة.", "summit"),
])
def test_end_phrases_of_each_language(code, text, concept):
    (ref,) = end_references(text, code)
    assert ref.concept == concept
    assert text[ref.span[0]:ref.span[1]] == ref.words


def test_every_language_module_states_end_phrases():
    for code in ("en", "fr", "es", "de", "ru", "ar"):
        assert get_language(code).event_end_phrases, code


def test_end_of_a_period_is_no_event():
    assert end_references("At the end of the year, prices rose.", "en") == []
    assert end_references("في نهاية العام ارتفعت الأسعار.", "ar") == []


def test_table_says_an_event_placed_at_an_end_has_no_time_of_its_own():
    from timeline.export.table import render_table

    t = _build("The meeting in Geneva began at 13:35 local time and lasted two hours. "
               "At the end of the meeting, the two presidents issued a joint statement.")
    assert "  e2  (no time stated for it; see below)\n      'At the end of the meeting'" in render_table(t)
