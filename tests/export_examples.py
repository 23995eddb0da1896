"""Timelines shared by the export tests: the seed, and a multi-document example that
exercises what a single news text rarely does at once — several sources, a day when
the clocks jump forward, a fixed UTC offset, and a time whose zone is unknown."""

from __future__ import annotations

import datetime as dt

import timeline
from timeline.model import Document, Timeline

REFERENCE = dt.date(2021, 6, 16)

MULTI_TEXTS = {
    "ny": "The rally in New York began at 7 p.m. local time on 27 March 2021 and lasted two hours.",
    "zurich": "In Zurich, the bells rang at 03:30 local time on 28 March 2021.",
    "offset": "Voting closed at 20:00 GMT+3 on 16 June 2021.",
    "floating": "The meeting starts at 10:00 on 16 June 2021.",
}


def seed_timeline(seed_text: str) -> Timeline:
    return timeline.build([Document(text=seed_text, id="doc1", source="seed.txt")], reference_date=REFERENCE)


def multi_timeline() -> Timeline:
    docs = [Document(text=text, id=doc_id, source=f"{doc_id}.txt") for doc_id, text in MULTI_TEXTS.items()]
    return timeline.build(docs, reference_date=REFERENCE)


def event_from(t: Timeline, doc_id: str):
    (event,) = [e for e in t.events if doc_id in e.sources]
    return event
