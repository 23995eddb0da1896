"""The working state the reconcile stages of one document share: options, draft events,
offsets waiting for their anchor's end, the per-document context, and the small
lookups and wordings every stage uses (first mention, clause of a mention, concepts,
tolerance, how times and differences are written in notes).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache

from timeline.extract.sentences import sentence_bounds
from timeline.model import (
    Document,
    Finding,
    Link,
    Mention,
    Resolved,
)
from timeline.reconcile.cues import OrderReference, concept_of, order_references
from timeline.reconcile.labels import clauses_of
from timeline.reconcile.places import DocumentPlaces
from timeline.reconcile.words import content_words, event_nouns_of_word

# A duration that long is not how long a clock-time event lasted ("extended for 5 years").
_MAX_EVENT_DURATION_S = 7 * 86400
# Clock times are stated to the minute: a duration of seconds ("a second blast" read as
# "a second") says nothing about them.
_MIN_EVENT_DURATION_S = 60
DEFAULT_DURATION_TOLERANCE_S = 600.0


@dataclass(frozen=True)
class ReconcileOptions:
    # How far a stated duration or offset may be from what the stated times give before
    # it is a ``duration-mismatch`` (news copy rounds: "three hours" for 2 h 55 min).
    duration_tolerance_s: float = DEFAULT_DURATION_TOLERANCE_S


@dataclass
class _Draft:
    mentions: list[Mention]
    kind: str
    start: dt.datetime | dt.date | None
    zone: str | None
    label: str
    words: set[str]
    nouns: set[str]
    end: dt.datetime | dt.date | None = None
    duration_s: float | None = None
    notes: list[str] = field(default_factory=list)
    phase: str | None = None
    concepts: list[str] = field(default_factory=list)  # the primary one first
    approximate: bool = False
    after: str | None = None
    duration_from: str | None = None  # the mention that gave the duration
    zone_rule: str | None = None  # how ``zone`` (where it happens) was chosen
    sentence_start: int = 0  # where an event with no mention of its own is told
    recurrence: str | None = None  # RFC 5545 RRULE of a time said to recur ("each day")
    day_part: str | None = None  # an all-day event told as a part of its day ("this evening")

    @property
    def position(self) -> int:
        return min((m.span[0] for m in self.mentions), default=self.sentence_start)

    @property
    def timed(self) -> bool:
        return isinstance(self.start, dt.datetime) and self.start.tzinfo is not None


@dataclass
class _PendingOffset:
    """ "two hours after the talks": placed against 'the talks' once it is known whether
    they have an end, and whether the text says which edge it counts from."""

    draft: _Draft | None  # the event the offset places (None: it checks a stated time)
    anchor: _Draft
    duration: Mention
    link: Link
    offset: dt.timedelta
    after: bool
    edge: str | None  # "start" | "end" when the text says which ("after the end of"), else None
    approximate: bool
    vague: bool
    target: _Draft | None = None  # the event whose stated time the offset checks
    target_said: tuple[str, str] = ("", "")  # its first mention (id, text) as stated, before the offset joins it


@dataclass
class _Context:
    doc: Document
    mentions: list[Mention]
    resolved: dict[str, Resolved]
    links: list[Link]
    findings: list[Finding]
    starts: list[int]
    masked: list[tuple[int, int]]
    code: str
    options: ReconcileOptions
    date_source: str
    references: list[tuple[int, int]] = field(default_factory=list)
    # sentence → sorted ends of its time mentions, built on first use (see _lead_window).
    time_ends: dict[int, list[int]] | None = None
    places: DocumentPlaces | None = None
    # Offsets whose reference edge (start or end of the event counted from) is settled once
    # every duration is attached (see _settle_offsets).
    pending_offsets: list[_PendingOffset] = field(default_factory=list)
    # The order references of each stretch of this document asked about (a clause, a
    # sentence): every event of a sentence asks about the same stretches again.
    _order_references: dict[str, list[OrderReference]] = field(default_factory=dict)

    def order_references(self, text: str) -> list[OrderReference]:
        """``cues.order_references(text)`` for this document's language, remembered for
        the document (shared: read only)."""
        found = self._order_references.get(text)
        if found is None:
            found = self._order_references[text] = order_references(text, self.code)
        return found

    def without_references(self, text: str) -> str:
        """``_without_references(text)``, with the references remembered."""
        for ref in self.order_references(text):
            text = text.replace(ref.words, " ")
        return text


def _draft_of(drafts: list[_Draft], mention_id: str) -> _Draft | None:
    return next((d for d in drafts if any(m.id == mention_id for m in d.mentions)), None)


def _first_text(d: _Draft) -> str:
    return min(d.mentions, key=lambda m: m.span).text if d.mentions else d.label


def _first_id(d: _Draft) -> str:
    return min(d.mentions, key=lambda m: m.span).id if d.mentions else ""


def _clause_of(text: str, starts: list[int], m: Mention, lookback: int = 120) -> str:
    a, b = sentence_bounds(text, starts, m.sentence)
    for c_start, c_end in clauses_of(text, a, b, m.lang):
        if c_start <= m.span[0] < c_end:
            lo = max(a, c_start - lookback)
            return text[lo:c_end]
    return text[a:b]


def _without_references(text: str, code: str) -> str:
    """The text without its "after the meeting ended" phrases: their nouns and phase words
    are another event's."""
    for ref in order_references(text, code):
        text = text.replace(ref.words, " ")
    return text


def _concepts(ctx: _Context, label: str, clause_text: str) -> list[str]:
    ordered: list[str] = []
    clause_text = ctx.without_references(clause_text)
    for source in (label, clause_text):
        for w in content_words(source, ctx.code):
            for noun in event_nouns_of_word(w, ctx.code):
                concept = concept_of(noun, ctx.code)
                if concept not in ordered:
                    ordered.append(concept)
    return ordered


def _vague(m: Mention) -> bool:
    """ "several hours", "بضع ساعات": a count that is no number."""
    from timeline.textnorm import normalize

    text = normalize(m.text).casefold()
    head = next((h for h in _vague_heads(m.lang) if text.startswith(h)), None)
    if head is None:
        return False
    rest = text[len(head):].split()
    # "unas tres horas": the head only makes the number after it approximate.
    return not rest or not (rest[0][:1].isdigit() or rest[0] in _number_words(m.lang))


@cache
def _number_words(code: str | None) -> frozenset[str]:
    """The language's number words that are a count, not a vague one ("tres", not "unas")."""
    from timeline.lang import get as get_language
    from timeline.textnorm import normalize

    language = get_language(code)
    vague = {normalize(w).casefold() for w in language.vague_counts}
    return frozenset(w for w in (normalize(w).casefold() for w in language.number_words) if w not in vague)


@cache
def _vague_heads(code: str | None) -> tuple[str, ...]:
    """The language's vague counts as a mention's text starts with them, normalised."""
    from timeline.lang import get as get_language
    from timeline.textnorm import normalize

    return tuple(normalize(w).casefold() + " " for w in get_language(code).vague_counts)


def _tolerance(ctx: _Context, seconds: float, approximate: bool) -> float:
    tol = ctx.options.duration_tolerance_s
    return max(tol, 0.25 * seconds, 900.0) if approximate else tol


def _hm(value: dt.datetime) -> str:
    if value.tzinfo is None:
        return f"{value:%H:%M} (wall clock)"
    return f"{value.astimezone(dt.UTC):%H:%M} UTC"


def _hours(seconds: float) -> str:
    return f"{seconds / 3600:g} h"


def signed(delta: dt.timedelta) -> str:
    minutes = int(round(abs(delta.total_seconds()) / 60))
    h, mi = divmod(minutes, 60)
    if not h:
        return f"{mi} min"
    return f"{h} h {mi:02d} min" if mi else f"{h} hour{'s' if h != 1 else ''}"
