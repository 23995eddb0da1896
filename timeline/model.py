"""The typed, immutable data that flows through the four stages.

extract → ``Mention`` (+ ``Link``), resolve → ``Resolved``, reconcile → ``Event`` and
``Finding``, and ``Timeline`` holds them all for export.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]

# Mention kinds.
TIME = "time"  # a clock time, possibly with a zone cue
DATE = "date"  # a calendar day (explicit, weekday or relative)
DURATION = "duration"
SET = "set"  # a recurrence: "every Monday", "daily", "each winter" (TIMEX3 type SET)

# Finding severities, mildest first.
INFO = "info"
WARNING = "warning"
CONFLICT = "conflict"
SEVERITIES = (INFO, WARNING, CONFLICT)


@dataclass(frozen=True, slots=True)
class Document:
    """One input text and what the caller knows about it."""

    text: str
    id: str = "doc1"
    lang: str | None = None  # None: detect from the script
    reference_date: dt.date | None = None  # publication date: the day the text calls "today"
    place: str | None = None  # where the text is about, when the text does not say
    source: str | None = None  # path or other origin, for provenance only


@dataclass(frozen=True, slots=True)
class ZoneCue:
    """The words that say whose clock a time is on, before any zone arithmetic."""

    text: str
    span: Span
    kind: str  # "local" | "named" (a place or CLDR zone name) | "abbreviation" | "offset"
    value: str  # the name, abbreviation or "+03:00" offset as written/normalised
    rule: str


@dataclass(frozen=True, slots=True)
class Parts:
    """What a mention literally says, split into typed parts. Absent parts are None."""

    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    day_period: str | None = None  # "am" | "pm" | "morning" | "evening" | "night" | "noon" | "midnight"
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 0
    relative_days: int | None = None  # today = 0, yesterday = -1
    duration_s: float | None = None
    approximate: bool = False
    zone_cue: ZoneCue | None = None
    # Calendar periods coarser or vaguer than a day ("last week", "the third quarter",
    # "the 1990s", "recently"). All optional; the TIMEX3 normaliser (timeline.timex)
    # reads them together with the reference date.
    unit: str | None = None  # the period a date mention names: "day" | "week" | "weekend" |
    #   "month" | "quarter" | "half" | "season" | "year" | "decade" | "century"
    offset: int | None = None  # that period counted from the reference's: last week = -1, this year = 0
    quarter: int | None = None  # 1..4
    half: int | None = None  # 1..2
    season: str | None = None  # "SP" | "SU" | "FA" | "WI" (TIMEX3 codes)
    decade: int | None = None  # the 1990s = 199
    century: int | None = None  # the 20th century = 19 (its first two digits)
    ref: str | None = None  # "PAST" | "PRESENT" | "FUTURE": "recently", "now", "in the future"
    # Durations and sets: the unit as written (TIMEX3 letter "Y" | "Q" | "M" | "W" | "D" |
    # "H" | "MIN" | "S" | "DE" | "CE") and the count (None: "years", "months" with no number).
    duration_unit: str | None = None
    duration_count: float | None = None
    # The grammatical time around the mention ("future" when a future cue such as "will"
    # precedes it, "past" otherwise; None when the language gives no cues): which way a
    # bare weekday or month points from the reference date.
    tense: str | None = None
    # A shift stated from a period the context names ("a year earlier" after "in the third
    # quarter"): the shift applies to that finer period when one is near.
    contextual: bool = False
    modifier: str | None = None  # TIMEX3 mod: "START" | "MID" | "END" | "APPROX" | "LESS_THAN" | "MORE_THAN"
    # The calendar year/month/day are in: None (Gregorian) or "hijri" (converted when resolved).
    calendar: str | None = None
    # A duration stated as a range ("ثلاث إلى أربع ساعات"): (low, high) in seconds.
    duration_range: tuple[float, float] | None = None
    # A floating holiday: the first ``weekday`` on or after ``month``/``day`` (Thanksgiving:
    # the Thursday on or after November 22).
    weekday_on_or_after: bool = False
    # The night before ``weekday``, dated by that day ("in der Nacht zum Montag", "в ночь на
    # пятницу"): the night begins the day before, so in past-tense copy it may end on the
    # day after the reference date.
    night_before: bool = False
    # Counted from the date the text named just before ("the following year", "later that
    # year"), not from the reference date, when such a date is near.
    anchored: bool = False
    # Days counted on from the day the text is at: "that day" 0, "the next day" 1, "the
    # day before" -1. With ``anchored`` that day is the one named just before; the
    # extractor copies its parts here and keeps the count (timeline.extract.anchoring).
    day_shift: int | None = None
    # How many sentences back an anchored day may be named (None: the anchoring default).
    # "overnight" is news-immediate: only a day of its sentence or the one before counts.
    anchor_sentences: int | None = None
    # The date phrase (as written) an anchored value was counted from, when the text named
    # one before it; None when counted from the reference date. Provenance only.
    anchor: str | None = None
    # Where that date phrase stands (its mention's span in the original text), so the
    # resolver can put an anchored day on the day its anchor was finally read as ("that
    # night" after "12:30 a.m. on Wednesday" read as the night after the dateline).
    anchor_span: tuple[int, int] | None = None
    # An hour said in words with no part of the day ("halb eins", "в восемь", "الثامنة"):
    # a twelve-hour dial, so the reading (12:30, 08:00) is an assumption; 00:30 or 20:00 are
    # as possible.
    twelve_hour_dial: bool = False
    # ``tense`` "past" read from the sentence's own verb, not by default: a date opening its
    # sentence followed by a past verb ("In January, the company brought in …"); a bare
    # month is then not reached a few months ahead of the reference.
    past_stated: bool = False
    # The words that set ``tense`` as written ("will", "planned a", "until … had"), for the
    # provenance of a weekday or month read from it; None when ``tense`` is the default
    # (past-tense copy, no cue).
    tense_cue: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    id: str
    doc: str
    span: Span
    text: str
    kind: str
    parts: Parts
    lang: str
    rule: str
    sentence: int  # index of the sentence the mention sits in


@dataclass(frozen=True, slots=True)
class Link:
    """A stated relation between two mentions ("13:35 local, i.e. 14:35 Moscow")."""

    kind: str  # "equals"
    source: str  # mention id (the earlier one)
    target: str  # mention id
    connector: str  # the connecting words as written
    span: Span
    rule: str


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in the text, kept as context for "local time" and abbreviations."""

    doc: str
    span: Span
    text: str
    name: str
    country: str
    zone: str | None
    sentence: int
    # Preceded by a locative word ("in", "في", glued "ب") or otherwise unlikely to be
    # a common word that happens to be a place name somewhere.
    strong: bool = False
    # How a name several places share was settled, when the context right next to it
    # decided ("'Lebanese' next to it names LB").
    settled_by: str | None = None
    # Said as a place: after a locative or kind word ("in Dallas", «في جنيف», "the city of
    # Tripoli"), as the dateline, or heading a clock time on its line — not a bare name
    # that may stand for a team or a government ("host Phoenix", "Moscow said").
    located: bool = False
    # Named as where something travels to ("the flight to New York", "die Maschine nach
    # New York"): not where a time with no cue is read.
    destination: bool = False
    # Named as where a trip came from ("the flight from New York landed at 6:45"): not the
    # clock of its arrival.
    origin: bool = False
    # Named as where a visit goes ("Phoenix visits Dallas at 8 p.m."): the place of the
    # event, before the visitor's own city opening the sentence.
    visited: bool = False
    # Named as the guest of a host ("Boston hosts Denver at 7 p.m."): not where the event is.
    visitor: bool = False
    # The reading's kind ("city" | "country" | "region"; None when not known).
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class Resolved:
    """A mention anchored in time, or the reason it could not be."""

    mention: str
    local: dt.datetime | None = None  # wall-clock time (naive) in ``zone``
    date: dt.date | None = None
    zone: str | None = None  # IANA id or "+HH:MM"
    utc: dt.datetime | None = None  # aware, UTC
    granularity: str | None = None  # "second" | "minute" | "hour" | "day"
    zone_rule: str | None = None  # how the zone was found
    assumptions: tuple[str, ...] = ()
    unresolved_reason: str | None = None

    @property
    def is_resolved(self) -> bool:
        return self.utc is not None or (self.date is not None and self.local is None)


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    label: str
    kind: str  # "instant" | "interval" | "all-day" | "wall-clock" (time known, zone not)
    start: dt.datetime | dt.date | None
    end: dt.datetime | dt.date | None
    duration_s: float | None
    mentions: tuple[str, ...]
    sources: tuple[str, ...]
    zone: str | None  # where the event happens: the zone used for display and iCalendar
    evidence: tuple[str, ...]  # quotes of the mentions, in text order
    notes: tuple[str, ...] = ()  # how it was put together (rules, checks passed)
    # Event concepts shared across languages ("meeting", "summit"): what multi-document
    # merging matches on.
    concepts: tuple[str, ...] = ()
    # Whether the times stated are the event's "start" or "end" ("began at", "ended at"), if said.
    phase: str | None = None
    # For an event placed only relative to another ("two hours later", no clock given): a
    # mention id of the event it follows, which orders it.
    after: str | None = None
    approximate: bool = False
    # How ``zone`` was chosen: "place:…" (where the text says it happens: "place:local-time",
    # "place:clause", "place:sentence", "place:document", "place:document-local-time",
    # "place:given") or "clock:…" (no place said: the clock the time was stated on).
    zone_rule: str | None = None
    # A time that recurs over a range of days ("doors open at 10:00 each day", «يوميا»):
    # an RFC 5545 RRULE ("FREQ=DAILY;COUNT=3"); ``start`` is the first occurrence.
    recurrence: str | None = None
    # An all-day event told as a part of its day with no clock time ("this evening", «ظهر
    # اليوم»): that part ("morning", "noon", "evening", … as Parts.day_period); it is ordered
    # among the day's clock times, not before them.
    day_part: str | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: str
    message: str
    mentions: tuple[str, ...] = ()


@dataclass(frozen=True)
class Timeline:
    documents: tuple[Document, ...]
    mentions: tuple[Mention, ...]
    resolved: dict[str, Resolved]
    links: tuple[Link, ...]
    events: tuple[Event, ...]
    findings: tuple[Finding, ...]
    places: tuple[PlaceMention, ...] = field(default=())

    def mention(self, mention_id: str) -> Mention:
        for m in self.mentions:
            if m.id == mention_id:
                return m
        raise KeyError(mention_id)

    def document(self, doc_id: str) -> Document:
        for d in self.documents:
            if d.id == doc_id:
                return d
        raise KeyError(doc_id)

    @property
    def has_conflict(self) -> bool:
        return any(f.severity == CONFLICT for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        from timeline.export.json_export import timeline_to_dict

        return timeline_to_dict(self)

    def to_json(self, indent: int | None = 2) -> str:
        from timeline.export.json_export import timeline_to_json

        return timeline_to_json(self, indent=indent)

    def to_ics(self, dtstamp: dt.datetime | dt.date | None = None) -> bytes:
        """iCalendar bytes; DTSTAMP from ``dtstamp`` or the latest reference date, so runs are identical."""
        from timeline.export.ics import timeline_to_ics

        return timeline_to_ics(self, dtstamp=dtstamp)

    def to_csv(self, rows: str = "events", zones: list[str] | None = None) -> str:
        """CSV text: one row per event (with a wall-time column per zone) or per mention."""
        from timeline.export.tabular import timeline_to_csv

        return timeline_to_csv(self, rows=rows, zones=zones)

    def to_jsonl(self) -> str:
        """JSON Lines: one line per document, each the JSON contract for that document."""
        from timeline.export.tabular import timeline_to_jsonl

        return timeline_to_jsonl(self)

    def to_dataframe(self, zones: list[str] | None = None, rows: str = "events"):
        """A pandas DataFrame (needs the ``pandas`` extra): tz-aware UTC and per-zone columns."""
        from timeline.export.dataframe import timeline_to_dataframe

        return timeline_to_dataframe(self, zones=zones, rows=rows)

    def to_timelinejs(self) -> dict[str, Any]:
        """The Knight Lab TimelineJS3 JSON object."""
        from timeline.export.timelinejs import timeline_to_timelinejs

        return timeline_to_timelinejs(self)

    def to_svg(self, width: int = 1100) -> str:
        """An SVG picture: events on a UTC time axis, one lane per zone (or per source)."""
        from timeline.export.svg import timeline_to_svg

        return timeline_to_svg(self, width=width)
