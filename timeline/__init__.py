"""timeline: find every time mention in news text, resolve it to a time-zone-aware
instant, and merge them into one ordered, checked timeline.

    >>> import timeline
    >>> t = timeline.build(text, reference_date="2021-06-16")
    >>> t.events, t.findings, t.to_json()
"""

from timeline.extract import extract
from timeline.model import Document, Event, Finding, Link, Mention, Parts, Resolved, Timeline, ZoneCue
from timeline.pipeline import build

__all__ = [
    "Document", "Event", "Finding", "Link", "Mention", "Parts", "Resolved", "Timeline", "ZoneCue",
    "build", "extract",
]
__version__ = "0.1.0"
