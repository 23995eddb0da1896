"""The evidence line of an event placed by an offset quotes the offset once, whether the
connector is a word of its own ("two hours after the talks") or inside the phrase
("two hours later")."""

import timeline


def _notes(text: str) -> list[str]:
    t = timeline.build(text, reference_date="2022-03-16")
    return [n for e in t.events for n in e.notes if n.startswith("placed")]


def test_offset_whose_phrase_holds_its_direction_is_quoted_once():
    notes = _notes("The quake struck at 11:08 p.m. local time in Tokyo. A tsunami advisory was lifted "
                   "two hours later.")
    assert len(notes) == 1, notes
    assert notes[0].count("two hours later") == 1, notes
    assert "'two hours later', counted after the start of" in notes[0]


def test_offset_with_a_separate_connector_keeps_it():
    notes = _notes("The talks began at 10:00 GMT in Geneva. Two hours after the talks began, the leaders spoke "
                   "to reporters.")
    assert len(notes) == 1, notes
    assert "'Two hours' after the start of" in notes[0], notes


def test_a_vague_end_offset_is_relative_and_never_raises():
    # Found by the 100,000-input fuzz run (seed 7, input 37,695): "ended several hours
    # later" has no count, so it gives no end; it used to raise a TypeError.
    t = timeline.build("The talks began at 10:00 GMT in Geneva. The talks ended several hours later.",
                       reference_date="2024-03-14")
    began, ended = t.events
    assert began.end is None
    assert ended.kind == "relative"
    assert any("'several hours' after the start of 'talks began'" in n and "no exact count" in n
               for n in ended.notes), ended.notes
