"""``--format timelinejs``: Knight Lab TimelineJS3's JSON (title, events of slides with
start_date/end_date date objects, text.headline/text.text, group, display_date, unique_id)."""

from __future__ import annotations

import datetime as dt
import json

from click.testing import CliRunner
from export_examples import event_from, multi_timeline, seed_timeline

from timeline.cli import main

DATE_KEYS = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"}
SLIDE_KEYS = {"start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink",
              "unique_id"}


def check_schema(data: dict) -> None:
    assert set(data) <= {"events", "title", "eras", "scale"}
    assert isinstance(data["events"], list)
    for slide in data["events"]:
        assert set(slide) <= SLIDE_KEYS
        assert "start_date" in slide and isinstance(slide["start_date"]["year"], int)
        for key in ("start_date", "end_date"):
            if key in slide:
                assert set(slide[key]) <= DATE_KEYS
        assert set(slide["text"]) <= {"headline", "text"}
    ids = [s["unique_id"] for s in data["events"]]
    assert len(ids) == len(set(ids))


def as_utc(date: dict) -> dt.datetime:
    return dt.datetime(date["year"], date["month"], date["day"], date.get("hour", 0), date.get("minute", 0),
                       tzinfo=dt.UTC)


def test_seed_timelinejs(seed_text, tmp_path):
    src = tmp_path / "seed.txt"
    src.write_text(seed_text, encoding="utf-8")
    result = CliRunner().invoke(main, ["show", "--date", "2021-06-16", "--format", "timelinejs", str(src)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    check_schema(data)
    t = seed_timeline(seed_text)
    assert [s["unique_id"] for s in data["events"]] == [e.id for e in t.events]
    meeting = next(s for s in data["events"] if "end_date" in s)
    assert as_utc(meeting["start_date"]) == dt.datetime(2021, 6, 16, 11, 35, tzinfo=dt.UTC)
    assert as_utc(meeting["end_date"]) == dt.datetime(2021, 6, 16, 15, 5, tzinfo=dt.UTC)
    assert meeting["display_date"].startswith("2021-06-16 13:35–17:05 CEST (Europe/Zurich) · 11:35–15:05 UTC")
    assert 'dir="rtl" lang="ar"' in meeting["text"]["headline"]
    assert "بدء لقاء بوتين وبايدن في جنيف" in meeting["text"]["headline"]
    day = data["events"][0]
    assert set(day["start_date"]) == {"year", "month", "day"} and "(all day)" in day["display_date"]


def test_multi_document_timelinejs_orders_on_one_clock_and_escapes():
    t = multi_timeline()
    data = t.to_timelinejs()
    check_schema(data)
    slides = {s["unique_id"]: s for s in data["events"]}
    ny = slides[event_from(t, "ny").id]
    zurich = slides[event_from(t, "zurich").id]
    # 19:00 in New York on the 27th is before 03:30 in Zurich on the 28th on every clock.
    assert as_utc(ny["start_date"]) < as_utc(zurich["start_date"])
    assert ny["group"] == "ny.txt"  # several documents: one group per source
    floating = slides[event_from(t, "floating").id]
    assert "zone unknown" in floating["display_date"]
    assert floating["start_date"]["hour"] == 10
    assert "UNRESOLVED-ZONE".lower() in floating["text"]["text"].lower()
    assert "<script" not in json.dumps(data)


def test_source_text_is_escaped(tmp_path):
    import timeline

    t = timeline.build("<b>Talks</b> began at 10:00 GMT & ended later.", reference_date="2021-06-16")
    text = json.dumps(t.to_timelinejs())
    assert "<b>" not in text and "&lt;b&gt;" in text
