"""The founding example: the Arabic report of the Geneva summit, 2021-06-16."""

import datetime as dt

import timeline

UTC = dt.UTC


def _build(text, **kw):
    return timeline.build(text, reference_date="2021-06-16", **kw)


def test_meeting_start_end_and_press_conference(seed_text):
    t = _build(seed_text)
    timed = [e for e in t.events if e.kind != "all-day"]
    assert len(t.events) == 3
    meeting, press = timed
    assert meeting.start == dt.datetime(2021, 6, 16, 11, 35, tzinfo=UTC)
    assert meeting.end == dt.datetime(2021, 6, 16, 15, 5, tzinfo=UTC)
    assert meeting.duration_s == 3.5 * 3600
    assert meeting.zone == "Europe/Zurich"
    assert meeting.label == "بدء لقاء بوتين وبايدن في جنيف"
    assert press.start == dt.datetime(2021, 6, 16, 17, 30, tzinfo=UTC)
    assert press.start > meeting.end
    # "20:30 بتوقيت موسكو" is Moscow's clock, but the press conference is in Geneva: the
    # event is on Geneva's clock, the mention keeps Moscow as what was stated.
    assert press.zone == "Europe/Zurich" and press.zone_rule == "place:document"
    assert t.resolved[press.mentions[0]].zone == "Europe/Moscow"
    assert [e.id for e in t.events] == ["e1", "e2", "e3"]
    assert t.events[0].kind == "all-day" and t.events[0].start == dt.date(2021, 6, 16)
    assert not t.has_conflict
    assert any("agree" in n for n in meeting.notes)
    # "بعد اللقاء" (after the meeting) is checked against the whole meeting, end included.
    assert any("after its end too" in n and "15:05 UTC" in n for n in press.notes)


def test_both_statements_on_the_start_event(seed_text):
    data = _build(seed_text).to_dict()
    by_id = {m["id"]: m for m in data["mentions"]}
    meeting = next(e for e in data["events"] if e["duration_s"])
    zones = {by_id[i]["zone"] for i in meeting["mentions"] if by_id[i]["kind"] == "time"}
    assert zones == {"Europe/Zurich", "Europe/Moscow"}
    assert meeting["start"] == "2021-06-16T13:35:00+02:00"
    assert meeting["end"] == "2021-06-16T17:05:00+02:00"
    local = next(m for m in data["mentions"] if m["zone_cue"] == "بالتوقيت المحلي")
    assert local["utc"] == "2021-06-16T11:35:00Z"
    assert seed_text[local["span"][0]:local["span"][1]] == local["text"]


def test_changed_conversion_is_a_conflict_naming_both_mentions(seed_text):
    t = _build(seed_text.replace("14:35", "15:35"))
    conflicts = [f for f in t.findings if f.code == "equivalence-conflict"]
    assert len(conflicts) == 1
    f = conflicts[0]
    assert f.severity == "conflict" and len(f.mentions) == 2
    texts = {t.mention(m).text for m in f.mentions}
    assert texts == {"13:35 بالتوقيت المحلي", "15:35 بتوقيت موسكو"}
    assert "1 hour" in f.message


def test_without_date_says_which_date_it_assumed(seed_text):
    t = timeline.build(seed_text, today=dt.date(2026, 11, 29))
    assumed = [f for f in t.findings if f.code == "assumed-date"]
    assert assumed and "2026-11-29" in assumed[0].message
    assert t.documents[0].reference_date == dt.date(2026, 11, 29)


def test_english_twin_gives_the_same_timeline(seed_text):
    from conftest import EXAMPLES

    en = _build((EXAMPLES / "geneva_summit_en.txt").read_text(encoding="utf-8"))
    ar = _build(seed_text)

    def instants(t):
        return [(e.start, e.end) for e in t.events if e.kind != "all-day"]

    assert instants(en) == instants(ar)
    assert not en.has_conflict


def test_english_twin_without_shared(tmp_path):
    from conftest import EXAMPLES

    t = _build((EXAMPLES / "geneva_summit_en.txt").read_text(encoding="utf-8"))
    starts = [e.start for e in t.events if e.kind != "all-day"]
    assert starts == [dt.datetime(2021, 6, 16, 11, 35, tzinfo=UTC), dt.datetime(2021, 6, 16, 17, 30, tzinfo=UTC)]
