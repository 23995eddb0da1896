"""The four stages wired together: documents in, ``Timeline`` out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from timeline import lang as languages
from timeline.extract import extract_document
from timeline.extract.impossible_times import impossible_clock_findings
from timeline.model import Document, Finding, Link, Mention, PlaceMention, Resolved, Timeline
from timeline.reconcile import ReconcileOptions, build_events, merge_sources, order_events
from timeline.reconcile.places import GivenPlace
from timeline.resolve import ResolveOptions, resolve_document
from timeline.zones.gazetteer import Place, lookup_place_stripped
from timeline.zones.resolver import LITERAL


class UnknownPlace(ValueError):
    pass


def parse_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"invalid date {value!r}: expected an existing day as YYYY-MM-DD ({exc})") from None


def find_place(name: str) -> Place:
    places, _ = lookup_place_stripped(name)
    zoned = [p for p in places if p.zone]
    if not zoned:
        if places:
            raise UnknownPlace(f"place {name!r} spans several time zones; name a city instead")
        raise UnknownPlace(f"unknown place {name!r}")
    return zoned[0]


def build(
    text_or_documents: str | Document | Iterable[Document | str],
    *,
    reference_date: dt.date | str | None = None,
    place: str | None = None,
    lang: str | None = None,
    abbrev_policy: str = LITERAL,
    today: dt.date | None = None,
    duration_tolerance: float | dt.timedelta | None = None,
) -> Timeline:
    """Read one or more texts and return their merged, checked timeline.

    ``reference_date`` (a date or ISO string) is the publication date: the day the
    text calls "today". ``place`` is where the text is about when it does not say.
    Per-document values on ``Document`` objects win over these defaults.
    ``duration_tolerance`` (seconds or a timedelta) is how far a stated duration may be
    from the stated start and end before it is a ``duration-mismatch``.

    Several documents give one timeline: events reported by more than one of them are
    merged (with every source's mentions), and disagreements between them are
    ``source-conflict`` findings.
    """
    reconcile_options = ReconcileOptions() if duration_tolerance is None else ReconcileOptions(
        duration_tolerance_s=duration_tolerance.total_seconds() if isinstance(duration_tolerance, dt.timedelta)
        else float(duration_tolerance))
    documents = _as_documents(text_or_documents, parse_date(reference_date), place, lang)
    default_place = find_place(place) if place else None
    options = ResolveOptions(today=today, abbrev_policy=abbrev_policy, default_place=default_place)
    all_mentions: list[Mention] = []
    all_links: list[Link] = []
    resolved: dict[str, Resolved] = {}
    findings: list[Finding] = []
    places: list[PlaceMention] = []
    events = []
    final_documents = []
    for doc in documents:
        code = doc.lang or languages.detect(doc.text)
        languages.get(code)
        mentions, links = extract_document(replace(doc, lang=code), len(all_mentions) + 1)
        doc_options = options
        if doc.place and doc.place != place:
            doc_options = ResolveOptions(today=today, abbrev_policy=abbrev_policy, default_place=find_place(doc.place))
        result = resolve_document(doc, mentions, links, doc_options)
        final_doc = replace(doc, lang=code, reference_date=result.reference_date)
        final_documents.append(final_doc)
        doc_findings: list[Finding] = [*result.findings, *impossible_clock_findings(doc.text, code)]
        given = doc_options.default_place
        events += build_events(final_doc, mentions, result.resolved, links, doc_findings,
                               date_source=result.reference_source, options=reconcile_options,
                               places=result.places,
                               given_place=GivenPlace(given.name, given.zone) if given and given.zone else None)
        all_mentions += mentions
        all_links += links
        resolved.update(result.resolved)
        findings += doc_findings
        places += result.places
    return Timeline(
        documents=tuple(final_documents),
        mentions=tuple(all_mentions),
        resolved=resolved,
        links=tuple(all_links),
        events=tuple(order_events(merge_sources(events, all_mentions, resolved, findings, reconcile_options,
                                                    places))),
        findings=tuple(findings),
        places=tuple(places),
    )


def _as_documents(value, reference_date, place, lang) -> list[Document]:
    if isinstance(value, (str, Document)):
        value = [value]
    documents = []
    for i, item in enumerate(value, start=1):
        if isinstance(item, str):
            item = Document(text=item, id=f"doc{i}")
        documents.append(Document(
            text=item.text,
            id=item.id,
            lang=item.lang or lang,
            reference_date=item.reference_date or reference_date,
            place=item.place or place,
            source=item.source,
        ))
    ids = [d.id for d in documents]
    if len(set(ids)) != len(ids):
        raise ValueError(f"document ids must be unique: {ids}")
    return documents
